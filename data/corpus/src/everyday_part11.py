# writer everyday, part 11. Each item written by hand.
ITEMS = [
# source: /usr/share/doc/curl/copyright (License: curl and License: OLDAP-2.8 stanzas), licence: curl / OLDAP-2.8
(0, "summarization", "en", "before", "prose", "EV-p089", """Two licences came with a tool I use. Summarise each one in 2 bullets, and keep it simple please:

LICENCE A
 Permission to use, copy, modify, and distribute this software for any purpose
 with or without fee is hereby granted, provided that the above copyright
 notice and this permission notice appear in all copies.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN
 NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE
 OR OTHER DEALINGS IN THE SOFTWARE.
 .
 Except as contained in this notice, the name of a copyright holder shall not
 be used in advertising or otherwise to promote the sale, use or other dealings
 in this Software without prior written authorization of the copyright holder.

LICENCE B
 The OpenLDAP Public License
 Version 2.8, 17 August 2003
 .
 Redistribution and use of this software and associated documentation ("Software"), with or without modification, are permitted provided that the following conditions are met:
 .
 1. Redistributions in source form must retain copyright statements and notices,
 .
 2. Redistributions in binary form must reproduce applicable copyright statements and notices, this list of conditions, and the following disclaimer in the documentation and/or other materials provided with the distribution, and
 .
 3. Redistributions must contain a verbatim copy of this document.
 .
 The OpenLDAP Foundation may revise this license from time to time. Each revision is distinguished by a version number. You may use this Software under terms of this license revision or under the terms of any subsequent revision of the license.
 .
 THIS SOFTWARE IS PROVIDED BY THE OPENLDAP FOUNDATION AND ITS CONTRIBUTORS ``AS IS'' AND ANY EXPRESSED OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE OPENLDAP FOUNDATION, ITS CONTRIBUTORS, OR THE AUTHOR(S) OR OWNER(S) OF THE SOFTWARE BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 .
 The names of the authors and copyright holders must not be used in advertising or otherwise to promote the sale, use or other dealings in this Software without specific, written prior permission. Title to copyright in this Software shall at all times remain with copyright holders.
 .
 OpenLDAP is a registered trademark of the OpenLDAP Foundation.
 .
 Permission to copy and distribute verbatim copies of this document is granted."""),
# source: /usr/share/doc/curl/copyright (License: curl and License: OLDAP-2.8 stanzas), licence: curl / OLDAP-2.8
(1, "general_qa", "en", "before", "prose", "EV-p089", """I'm writing a little recipe-converter program I'll give away free on my cooking blog. I like both of these licences. Which one would you pick for my own code and why? Is one more hassle for people who use it?

LICENCE A
 Permission to use, copy, modify, and distribute this software for any purpose
 with or without fee is hereby granted, provided that the above copyright
 notice and this permission notice appear in all copies.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN
 NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE
 OR OTHER DEALINGS IN THE SOFTWARE.
 .
 Except as contained in this notice, the name of a copyright holder shall not
 be used in advertising or otherwise to promote the sale, use or other dealings
 in this Software without prior written authorization of the copyright holder.

LICENCE B
 The OpenLDAP Public License
 Version 2.8, 17 August 2003
 .
 Redistribution and use of this software and associated documentation ("Software"), with or without modification, are permitted provided that the following conditions are met:
 .
 1. Redistributions in source form must retain copyright statements and notices,
 .
 2. Redistributions in binary form must reproduce applicable copyright statements and notices, this list of conditions, and the following disclaimer in the documentation and/or other materials provided with the distribution, and
 .
 3. Redistributions must contain a verbatim copy of this document.
 .
 The OpenLDAP Foundation may revise this license from time to time. Each revision is distinguished by a version number. You may use this Software under terms of this license revision or under the terms of any subsequent revision of the license.
 .
 THIS SOFTWARE IS PROVIDED BY THE OPENLDAP FOUNDATION AND ITS CONTRIBUTORS ``AS IS'' AND ANY EXPRESSED OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE OPENLDAP FOUNDATION, ITS CONTRIBUTORS, OR THE AUTHOR(S) OR OWNER(S) OF THE SOFTWARE BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 .
 The names of the authors and copyright holders must not be used in advertising or otherwise to promote the sale, use or other dealings in this Software without specific, written prior permission. Title to copyright in this Software shall at all times remain with copyright holders.
 .
 OpenLDAP is a registered trademark of the OpenLDAP Foundation.
 .
 Permission to copy and distribute verbatim copies of this document is granted."""),
(0, "summarization", "en", "after", "story", None, """My grandad wrote this about fishing out of Brixham in the 1960s, I want a 3-sentence summary for the back of the little book we're printing for his 90th:

"I went to sea at fifteen on the Good Intent, a forty-foot trawler skippered by a man called Alf who had lost two fingers to a winch and never once mentioned it. My mother cried when I left the house at four in the morning with my sandwiches in a biscuit tin, and my father shook my hand like I was going to war. In a way I suppose I was.

The first week I was sick every single day. Alf said nothing about that either, just handed me a bucket and a mug of tea so strong you could stand the spoon up in it. By the second week I'd stopped being sick and started being useful. I learned to gut a fish in four strokes, to coil a rope so it wouldn't foul, and to sleep in a bunk the size of a coffin while the boat rolled like a drunk.

We fished for plaice and sole mostly, and in the winter for herring, which came in shoals so big the sea looked like it was boiling silver. Those were the good years. A good trip and you'd come home with more money in your pocket than your father earned in a month, and you'd spend half of it in the Bolton before you got home. A bad trip and you'd come home with nothing, or not at all. We lost the Maggie May in the winter of '64, four men, all from our street. I went to school with two of them. Alf took his cap off when we passed the spot where she went down, every single time, for the rest of his life.

I met your grandmother on the quay in 1966. She was selling crab sandwiches from a little hut and I bought one every day for a month before I worked up the nerve to ask her to the pictures. She said yes on the condition that I stopped buying sandwiches, because she was starting to worry about me.

I left the sea in 1979 when the fishing started to go, and got a job at the boatyard, which suited me fine because I could still smell the water. But I still dream about it. Some nights I'm back on the Good Intent with the nets coming up full and Alf at the wheel with his pipe, and the lights of Brixham getting smaller behind us, and I wake up and for a second I can feel the deck moving under me." """),
(1, "creative_writing", "en", "none", "none", None, """Write a toast for my grandad's 90th birthday. He was a fisherman out of Brixham for 20 years, met my nan when she sold crab sandwiches on the quay. Warm, a bit funny, 1 minute"""),
(0, "classification", "en", "before", "list", None, """For each fish, say if it's usually caught in the sea or in rivers/lakes, and whether you'd usually eat it or not: plaice, carp, sole, herring, pike, salmon, roach, mackerel"""),
(0, "summarization", "en", "before", "email", "EV-p090", """I run a small candle business. Please summarise this email thread with my wax supplier — what went wrong and what they've offered:

From: Me
Subject: Order #7741 – still not arrived

Hi, I ordered 50kg of soy wax on the 2nd with next-day delivery. It's now the 9th and nothing has arrived. The tracking link just says 'label created'. I have a big Christmas market order to fill by the 18th. Can you tell me what's happening?

From: Supplier (Customer Services)
Hi, apologies for the delay. We've had a problem with our courier due to high volumes. Your order is in the warehouse and will be collected today. You should receive it within 2–3 working days.

From: Me
Hi, that's really not good enough, I paid £14 for next-day delivery. 2-3 working days takes me to the 12th or 13th at best, and I need time to pour and cure the candles for at least 5 days. Can you send it with a different courier?

From: Supplier
Hi, I understand your frustration. We've spoken to our warehouse team. Unfortunately we can't change courier for this order as it's already been booked in. However, we'll refund your delivery charge in full (£14) and add a 10% discount code for your next order. We've also flagged your parcel as priority with the courier.

From: Me
Thanks for the refund, but the parcel still hasn't moved on the tracking. If it isn't here by Wednesday I'll have to buy wax locally at a much higher price. Would you refund the whole order in that case?

From: Supplier
If the parcel hasn't been delivered by end of day Wednesday, please let us know and we'll cancel the order and give you a full refund. If it arrives after you've cancelled, we'll arrange free collection. We're sorry again for the inconvenience.

From: Me
OK, thank you. I'll let you know Wednesday."""),
(1, "general_qa", "en", "before", "email", "EV-p090", """I run a small candle business. My wax is late (see thread). Should I buy wax locally now at double the price, or gamble on it arriving Wednesday? Christmas market order is due on the 18th and candles need 5 days to cure. Also how do I stop this happening again?

From: Me
Subject: Order #7741 – still not arrived

Hi, I ordered 50kg of soy wax on the 2nd with next-day delivery. It's now the 9th and nothing has arrived. The tracking link just says 'label created'. I have a big Christmas market order to fill by the 18th.

From: Supplier (Customer Services)
Hi, apologies for the delay. We've had a problem with our courier due to high volumes. Your order is in the warehouse and will be collected today. You should receive it within 2–3 working days.

From: Me
Hi, that's really not good enough, I paid £14 for next-day delivery. Can you send it with a different courier?

From: Supplier
Unfortunately we can't change courier for this order as it's already been booked in. However, we'll refund your delivery charge in full (£14) and add a 10% discount code for your next order.

From: Supplier
If the parcel hasn't been delivered by end of day Wednesday, please let us know and we'll cancel the order and give you a full refund."""),
(1, "creative_writing", "en", "none", "none", None, """Write 3 short product descriptions for my candles: 'Woodsmoke & Clove', 'Sea Salt Morning', and 'Grandma's Kitchen' (cinnamon, vanilla, apple). 2 sentences each, cosy"""),
(0, "classification", "en", "after", "reviews", None, """Candle reviews from my Etsy shop — for each say if it's about SCENT, BURN (how it burns), PACKAGING or SERVICE:
1. "Smells exactly like a bonfire night, obsessed"
2. "Tunnelled down the middle after the first burn"
3. "Gorgeous little box with a wax seal, felt so fancy"
4. "The seller sent a lovely note and a free wax melt"
5. "Scent was weak unless you were right next to it"
6. "Burned evenly for 40 hours, great value"
7. "Arrived with a cracked lid"
8. "Replied to my question within the hour" """),
(0, "summarization", "en", "after", "transcript", None, """I'm the teacher who runs the school council. Please write up short minutes from this (it's from the recording):

ME: OK everyone, first item. The playground.
AVA (Y6): Lots of people say there's nothing to do at lunch except football, and the football takes up the whole playground.
MOHAMMED (Y5): And the little ones get hit by the ball.
ME: So what do you suggest?
AVA: Football only on one half, and the other half for other games.
LEO (Y4): And we need more stuff. Like skipping ropes and hula hoops. The old ones are broken.
ME: Great. I'll ask the PTA if they can fund new equipment. Ava, can you and Mohammed draw a plan of the playground showing the two halves?
AVA: Yes!
ME: Second item. School dinners.
GRACE (Y3): The pizza is nice but there's never enough and the Year 6s get it all.
MOHAMMED: That's not true.
GRACE: It is a bit true.
ME: OK, let's not argue. What would help?
LEO: A rota so different years go first on different days.
ME: I'll suggest that to the kitchen and Mrs Booth. Third item. The charity for this term. We had three ideas: the dog rescue, the children's hospital and the food bank.
ALL: Dog rescue!
ME: Let's do a proper vote in classes, you'll each take a ballot back to your class on Monday. Results next week.
AVA: Can we do a non-uniform day to raise money?
ME: Yes, I'll ask the head. Anything else?
GRACE: The toilets on the top corridor smell.
ME: Thank you, Grace. I'll pass that on to the caretaker. OK, great meeting, see you next Thursday."""),
(1, "creative_writing", "en", "none", "none", None, """speech for a 10 year old running for school council president, promising better playtimes but nothing silly like no homework"""),
(0, "classification", "en", "before", "list", None, """Label each school council idea as 'costs money' or 'free': new skipping ropes, football rota, non-uniform day, new benches, lunch queue rota, buddy bench, a visit from a zookeeper, litter picking club"""),
(1, "general_qa", "en", "none", "none", None, """how do i get a playground buddy bench at our school? I'm in year 5 and want to do it for lonely kids"""),
(0, "summarization", "en", "after", "prose", "EV-p091", """From the leaflet the vet gave me after my cat's diagnosis, summarise the key points please (5 bullets):

Living with a diabetic cat

Diabetes mellitus is a common condition in older cats, particularly those that are overweight. It happens when the body doesn't produce enough insulin, or can't use it properly, so sugar builds up in the blood. Common signs include drinking and urinating much more than usual, weight loss despite a good appetite, and tiredness.

Most diabetic cats are treated with insulin injections, usually twice a day, about 12 hours apart, given just under the skin at the scruff of the neck. The needles are very fine, and most cats barely notice them. Your vet nurse will show you how to give injections and how to store insulin (in the fridge, never frozen).

Diet is very important. A high-protein, low-carbohydrate food, often a prescription diet, can help to control blood sugar. Meals should be given at the same time as injections. Avoid treats unless your vet approves them.

You'll need to monitor your cat's thirst, appetite and litter tray, and bring them for regular check-ups and blood tests, especially in the first few months while the dose is adjusted. Some owners learn to test blood glucose at home using a small prick on the ear.

Watch out for hypoglycaemia (low blood sugar), which can happen if too much insulin is given. Signs include wobbliness, confusion, twitching or seizures. If this happens, rub a little honey or glucose syrup on your cat's gums and call your vet immediately.

With good management, many diabetic cats live happy lives for years, and some even go into remission, meaning they no longer need insulin."""),
(1, "general_qa", "en", "after", "prose", "EV-p091", """From the vet's leaflet about diabetic cats:

Most diabetic cats are treated with insulin injections, usually twice a day, about 12 hours apart, given just under the skin at the scruff of the neck. Meals should be given at the same time as injections.

Watch out for hypoglycaemia (low blood sugar), which can happen if too much insulin is given. Signs include wobbliness, confusion, twitching or seizures.

I'm 76 and live alone, and I'm terrified of needles and of getting it wrong. I also go to my daughter's every other weekend. How on earth do I manage this? Is it fair on the cat to keep going?"""),
(1, "open_qa", "en", "none", "none", None, """why do older cats get diabetes? is it the same as type 2 in people"""),
(0, "classification", "en", "before", "list", None, """Cat behaviour — happy, scared or annoyed? slow blinking, flattened ears, purring, puffed-up tail, tail swishing fast, kneading, hissing, rubbing against legs"""),
(0, "classification", "en", "inline", "chat", None, """[Assistant instructions] Classify each incoming message for the Riverside Leisure Centre inbox into one of: SWIMMING_LESSONS, MEMBERSHIP, LOST_PROPERTY, FACILITIES_COMPLAINT, OTHER. Return "n: LABEL" lines.

Messages:
1. "Hi, my daughter left a pink towel and goggles in the changing rooms on Tuesday."
2. "Is there space in the Stage 3 lessons on Saturday mornings?"
3. "The showers in the men's changing room have been cold for a week."
4. "How do I freeze my membership while I'm abroad for 2 months?"
5. "Do you have a lifeguard training course for 16 year olds?"
6. "The car park barrier charged me twice."
7. "Has anyone handed in a silver bracelet?"
8. "Can I switch from the monthly plan to annual?" """),
(1, "creative_writing", "en", "none", "none", None, """write a little rhyme for kids on the poolside sign about not running, 4 lines, funny"""),
(1, "general_qa", "en", "none", "none", None, """I'm 44 and can't swim. I'm embarrassed. Is it too late to learn, and how do I start without dying of shame in a kids' pool?"""),
(0, "summarization", "en", "after", "notes", "EV-p092", """My notes from the open evening at the sixth form college, tidy into 5 bullets for me and my mum:
- 3 A levels standard, 4 only if GCSE avg 7+
- Sciences need grade 6 in the subject + maths 6
- Psychology v popular, limited spaces, apply by Jan
- bus pass free if >3 miles, we are 4.2 so yes
- study periods can go home if no lessons (yr 13 only)
- bursary available £30/week if household income < 25k
- enrichment: Duke of Edinburgh, debate, college newspaper
- interview in Feb, bring predicted grades & a bit about why you want each subject"""),
(1, "general_qa", "en", "after", "notes", "EV-p092", """My notes from the sixth form open evening:
- 3 A levels standard, 4 only if GCSE avg 7+
- Sciences need grade 6 in the subject + maths 6
- Psychology v popular, limited spaces, apply by Jan
- interview in Feb, bring predicted grades & a bit about why you want each subject

I'm predicted 6s and 7s, I like psychology, biology and English but I have no idea what job I want. Which 3 should I pick, and what do I say at the interview about why?"""),
(1, "open_qa", "en", "none", "none", None, """what do psychology graduates actually end up doing for jobs? it can't all be therapists"""),
(0, "classification", "en", "before", "list", None, """Arts, science or social science subject? chemistry, sociology, fine art, economics, physics, history of art, psychology, geography"""),
(0, "summarization", "en", "after", "prose", None, """Message from my son's football club to all parents:

"Hi all, a few things before the new season. Training moves to Wednesdays 6–7pm at the Memorial Ground from next week because the school pitch is being resurfaced. Subs stay at £120 for the season but can be paid in three instalments. New kit is compulsory for matches this year as the league has changed the rules on sponsors' logos; it's £35 and orders must be in by the 20th. We're also looking for a second coach for the U10s, full training and DBS check provided by the FA. Finally, please remember the 'silent sideline' rule on the first Sunday of every month: parents can clap but no shouting instructions. Thanks, Coach Dave"

give me the main points in bullet form"""),
(1, "creative_writing", "en", "none", "none", None, """Write a funny but firm poster for the touchline reminding football parents that it's under 10s, not the World Cup final. Short"""),
(0, "classification", "en", "after", "chat", None, """Comments I overheard on the touchline (I'm the coach):
"Come on ref, that was never a foul!"
"Well done Jayden, great pass!"
"SHOOT! SHOOT!"
"Unlucky love, keep going"
"Why is he even playing, he's useless"
"Brilliant save!"

Sort these into 'supportive' and 'not ok'"""),
(1, "general_qa", "en", "none", "none", None, """one dad at my kid's under 10s football shouts at the ref every week. as coach how do I deal with it without a massive row"""),
(0, "summarization", "en", "after", "prose", "EV-p093", """Can you summarise this reading for my Open University module in about 60 words?

Loneliness is often thought of as a problem of old age, but recent surveys suggest that young adults aged 16 to 24 report feeling lonely more often than any other age group. Researchers distinguish between social isolation, which is an objective lack of contact with other people, and loneliness, which is the subjective feeling that one's relationships are not meeting one's needs. A person can be surrounded by others and still feel lonely, or live alone and feel content. For older people, loneliness is frequently linked to bereavement, retirement, poor health and limited mobility. For younger people, key triggers include moving away from home for study or work, the end of a relationship, and the pressure to appear socially successful online. The effects can be serious: long-term loneliness has been linked to depression, poorer sleep, and increased risk of heart disease. Interventions that appear to help include befriending schemes, group activities built around a shared interest, and, for some, talking therapies that address patterns of negative thinking about relationships."""),
(1, "general_qa", "en", "after", "prose", "EV-p093", """From my Open University reading:

Loneliness is often thought of as a problem of old age, but recent surveys suggest that young adults aged 16 to 24 report feeling lonely more often than any other age group. A person can be surrounded by others and still feel lonely, or live alone and feel content. For younger people, key triggers include moving away from home for study or work, the end of a relationship, and the pressure to appear socially successful online. Interventions that appear to help include befriending schemes and group activities built around a shared interest.

This is basically me. I'm 22, moved to a new city for work, and know nobody. What groups or activities would actually help someone shy make friends? Be practical"""),
(1, "open_qa", "en", "none", "none", None, """why do young people feel lonelier than old people now? what's changed"""),
(0, "classification", "en", "before", "list", None, """Mainly social or mainly exercise? parkrun, book club, knit and natter, spin class, men's shed, choir, swimming lengths, walking football"""),
(1, "creative_writing", "en", "none", "none", None, """Draft a welcoming post for our Men's Shed Facebook page inviting retired blokes to come along, tea and woodwork, no pressure to talk about feelings lol"""),
]
