# writer chatwrap, part 05. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "inline", "prose", "CW-p084", """<|im_start|>system
You are EssayMate, a study assistant for university students. Be accurate and neutral.<|im_end|>
<|im_start|>user
This is my classmate's essay for our policy seminar, we're peer reviewing. Please summarize it in about 100 words so I can check I understood the argument.

"Carbon Taxes and the Politics of Fairness

Economists broadly agree that putting a price on carbon is the most efficient way to cut emissions. A carbon tax raises the cost of fossil fuels in proportion to the damage they cause, letting households and firms decide where cuts are cheapest. Yet carbon taxes remain politically fragile. France's 2018 fuel tax increase triggered the gilets jaunes protests, and Australia repealed its carbon price in 2014 after only two years. This essay argues that the main obstacle to carbon taxation is not economic but distributive: people oppose carbon taxes when they believe the burden falls unfairly on them.

Lower-income households spend a larger share of their income on energy, so a flat carbon tax is regressive unless its revenue is returned. Rural households, who drive longer distances and have fewer public transport options, are hit harder than urban ones. When governments use the revenue for general spending, these groups see only the cost. In contrast, Canada's federal carbon pricing system returns most revenue to households as quarterly rebates, and most lower-income families receive more back than they pay. Survey evidence suggests, however, that many Canadians do not know they receive the rebate, which limits its political benefit.

I therefore propose three design principles. First, revenue should be returned visibly, ideally as a separate, named payment rather than a tax credit buried in an annual return. Second, rebates should be larger for rural households to reflect their fewer alternatives. Third, the tax should rise gradually and predictably, so that people can plan purchases such as cars and boilers. Policies that follow these principles are more likely to survive elections.

Critics argue that rebates weaken the price signal, since households are compensated. But because the rebate does not depend on how much fuel a household uses, the incentive to cut emissions remains: every litre saved is money kept. Others argue that regulation, such as fuel efficiency standards, is more politically acceptable because its costs are hidden. This may be true, but hidden costs are often higher, and regulations are just as vulnerable to repeal.

Carbon taxes will not succeed because they are efficient. They will succeed when voters believe they are fair."<|im_end|>
<|im_start|>assistant
"""),
(1, "creative_writing", "en", "inline", "prose", "CW-p084", """<|im_start|>system
You are EssayMate, a study assistant for university students. Be accurate and neutral.<|im_end|>
<|im_start|>user
This is my classmate's essay for our policy seminar. For the debate round I've been assigned the opposing side. Write me a punchy 200-word opening statement arguing that regulation beats carbon taxes, responding directly to her points.

"Carbon Taxes and the Politics of Fairness

Economists broadly agree that putting a price on carbon is the most efficient way to cut emissions. A carbon tax raises the cost of fossil fuels in proportion to the damage they cause, letting households and firms decide where cuts are cheapest. Yet carbon taxes remain politically fragile. France's 2018 fuel tax increase triggered the gilets jaunes protests, and Australia repealed its carbon price in 2014 after only two years. This essay argues that the main obstacle to carbon taxation is not economic but distributive: people oppose carbon taxes when they believe the burden falls unfairly on them.

Lower-income households spend a larger share of their income on energy, so a flat carbon tax is regressive unless its revenue is returned. Rural households, who drive longer distances and have fewer public transport options, are hit harder than urban ones. When governments use the revenue for general spending, these groups see only the cost. In contrast, Canada's federal carbon pricing system returns most revenue to households as quarterly rebates, and most lower-income families receive more back than they pay. Survey evidence suggests, however, that many Canadians do not know they receive the rebate, which limits its political benefit.

I therefore propose three design principles. First, revenue should be returned visibly, ideally as a separate, named payment rather than a tax credit buried in an annual return. Second, rebates should be larger for rural households to reflect their fewer alternatives. Third, the tax should rise gradually and predictably, so that people can plan purchases such as cars and boilers. Policies that follow these principles are more likely to survive elections.

Critics argue that rebates weaken the price signal, since households are compensated. But because the rebate does not depend on how much fuel a household uses, the incentive to cut emissions remains: every litre saved is money kept. Others argue that regulation, such as fuel efficiency standards, is more politically acceptable because its costs are hidden. This may be true, but hidden costs are often higher, and regulations are just as vulnerable to repeal.

Carbon taxes will not succeed because they are efficient. They will succeed when voters believe they are fair."<|im_end|>
<|im_start|>assistant
"""),
(0, "summarization", "en", "after", "transcript", None, """[Podcast transcript — "Small Shop, Big Dreams" ep. 47 — segment 2, auto-generated]

Host: So when you opened the bookshop, everyone told you it was a terrible idea.
Guest: Everyone. My accountant, my mum, the bank. The bank actually laughed, which I didn't think banks did. They said, "You know people buy books online now?" And I said, yes, I know, that's the point.
Host: What did you mean by that?
Guest: I meant that the internet is brilliant at selling you the book you already know you want. It's terrible at selling you the book you didn't know existed. That's what a good bookshop does. So from day one we built everything around discovery. We don't shelve by genre only; we have tables like "books that made our staff cry on the bus" and "short enough to finish on a Sunday".
Host: And that worked?
Guest: Slowly. The first year we lost money every month. The second year we broke even. What changed it was events. We started doing a Thursday night thing, no authors, just people reading a page of something they love out loud for two minutes. We thought ten people would come. Sixty came the first night and we ran out of chairs.
Host: Wow.
Guest: And people buy books at those nights, but more importantly, they come back. We have regulars who have been to a hundred Thursdays. That community is our moat, as the tech people would say.
Host: Let's talk money though. How do you compete on price?
Guest: We don't. That's the honest answer. We can't beat the big online sellers on price and we stopped trying. What we do is make the price feel worth it. Free gift wrapping, handwritten recommendations, and a subscription where we pick a book for you each month based on a chat. That subscription is now about a third of our revenue.
Host: A third!
Guest: A third. And it's predictable, which for a small shop is everything. It means I know I can pay the rent in January, which is the worst month in retail.
Host: What would you tell someone thinking of opening a shop today?
Guest: Three things. First, sell an experience, not a product, because the product is available everywhere. Second, build something recurring as early as you can, a subscription or a club, anything. Third, don't underestimate how tired you'll be. I worked seven days a week for the first eighteen months, and I wouldn't recommend it. Hire your first part-timer earlier than feels comfortable.
Host: That's great advice.
Guest: And maybe a fourth: be in the window. Literally. People want to see a human in there. When I sit at the front desk by the window, sales go up. I've tracked it.

pull out the key takeaways from this segment as 5-6 bullets, with one short quote each if possible"""),
(0, "classification", "en", "inline", "prose", None, """### Instruction:
Classify each question from the FAQ page below into one of these categories: ACCOUNT, BILLING, SHIPPING, RETURNS, PRODUCT. Respond as a numbered list with the category only.

### Input:
Frequently Asked Questions — Nettle & Fern Home Goods

1. How long does standard delivery take?
Standard delivery within the mainland UK takes 3–5 working days. Highlands, islands and Northern Ireland may take up to 7 working days. You'll receive a tracking link by email as soon as your order leaves our warehouse.

2. Can I change the email address on my account?
Yes. Log in, go to My Account > Profile, and enter your new address. We'll send a confirmation link to the new email, and the change takes effect once you click it.

3. What is your returns policy?
You can return most items within 30 days of delivery for a full refund, as long as they're unused and in their original packaging. Personalised items and opened candles can't be returned unless they're faulty.

4. Are your candles made with paraffin?
No. All our candles are made from a blend of rapeseed and coconut wax with cotton wicks. Our fragrances are phthalate-free.

5. Why was I charged twice?
If you see two charges, one is usually a temporary authorisation that your bank will release within 3–5 days. If both charges remain after that, contact us with your order number and we'll investigate.

6. Do you ship internationally?
We currently ship to the EU, US, Canada and Australia. International orders may be subject to import duties and taxes, which are the customer's responsibility.

7. How do I return a faulty item?
Email us a photo of the fault within 14 days of delivery. We'll send you a prepaid returns label and a replacement or refund, whichever you prefer.

8. I forgot my password. What should I do?
Click "Forgot password" on the login page. If the reset email doesn't arrive within ten minutes, check your spam folder, then contact us.

9. Can I pay with Klarna?
Yes, Klarna's "pay in 3" is available at checkout for orders over £30.

10. Are your linen sheets pre-washed?
Yes. All our linen is stone-washed for softness, so it's ready to use straight away and won't shrink significantly.

11. Can I change my delivery address after ordering?
If your order hasn't been dispatched, contact us as soon as possible and we'll update it. Once dispatched, you'll need to contact the courier directly using your tracking link.

12. How do I close my account?
Email us from the address on your account and we'll close it within 7 days. Your order history will be deleted in line with our privacy policy.

13. Do you offer gift receipts?
Yes. Tick "This is a gift" at checkout and we'll include a gift receipt without prices.

14. Can I get a refund to a different card?
For security, refunds can only be made to the original payment method. If that card has expired, your bank will usually redirect the refund to your new card.

### Response:"""),
(0, "classification", "en", "after", "story", None, """my son wrote this for a school competition and the form asks which age category it goes in. categories: 5-7, 8-10, 11-13, 14-16. which one does the writing itself look like? just the category

The Day the Moon Fell In My Garden

On Tuesday the moon fell in my garden. It was not a big crash, it was more of a plop, like when you drop a grape in a glass of water. I was in bed but I heard it, and I went to the window, and there it was, sitting on the grass next to the trampoline, glowing like a giant nightlight.

I put on my dressing gown and my wellies and went outside very quietly so I would not wake up Mum or my little sister Bea, who cries at everything. The moon was about as big as our car. It was cold when I touched it, colder than ice cream, and it smelled a bit like pencils.

"Hello," I said, because it is polite.

"Hello," said the moon. Its voice was very deep and a bit wobbly, like it had a sore throat. "I think I have fallen down."

"You have," I said. "You are in my garden. Are you hurt?"

"I have a dent," said the moon, and it turned round a bit so I could see. There was a dent on its side, which was probably from the trampoline. I felt bad about that.

I asked the moon how it fell, and it said it was very tired from going round and round the Earth every single night for millions of years, and it just closed its eyes for one second, and then whoosh. I said I knew how that felt because sometimes I fall asleep in the car on the way back from Grandma's.

The problem was that without the moon the sky was really dark, and the sea was confused, and the owls could not find their way. I could hear them bumping into trees. So we had to get the moon back up.

First I tried the trampoline. I pushed the moon onto it and jumped as hard as I could, but the moon only went up a tiny bit and then rolled off into Dad's vegetables. Then I tried tying it to all of Bea's birthday balloons. It went up to the top of the shed and stopped.

In the end, I had an idea. I went inside and got my torch and shone it on the moon and sang it the song Mum sings when I cannot sleep. The moon started to glow brighter and brighter, and it got lighter and lighter, and then it floated up, slowly, past the shed, past the roof, past the big tree, all the way back to the sky.

"Thank you," it called down. "I will try to stay awake."

In the morning Dad said something had squashed all his carrots. I did not say anything. But when I looked at the moon that night, I could see the dent.

The End"""),
(1, "creative_writing", "en", "after", "chat", None, """[Slack — #sec-incident-0412 — private]
Amara (Security lead): Confirming what we know so far. At 02:14 UTC an attacker used a leaked API key from a contractor's public GitHub repo to access our staging environment. Staging had a copy of production customer data from a 2022 migration that should have been deleted.
Ken (Eng): Scope looks like: names, email addresses, and company names for ~18,400 customers. No passwords, no payment data, those were never in staging. Hashed session tokens were in there but they expired in 2022.
Amara: Key revoked at 03:05. Staging locked down, all staging data deleted as of 06:30. We've rotated every API key issued to contractors.
Priya (Legal): Under GDPR we have 72 hours from awareness to notify the ICO, which puts us at Thursday 02:00 UTC. We should also notify affected customers "without undue delay" since there's a phishing risk with names + company + email.
Ken: We haven't seen any evidence the data has been posted anywhere yet.
Dev (CEO): I want us to be direct. No "we take security seriously" boilerplate. Say what happened, what data, what we did, and what customers should watch for.
Priya: Agree, but please don't speculate about the attacker's identity or say "no evidence of misuse" in a way that sounds like a guarantee.
Amara: Customers should be warned about phishing emails pretending to be from us, especially ones asking them to "re-verify" accounts. We never ask for passwords by email.
Dev: And we should say what we're changing. Ken?
Ken: We're adding automated secret scanning for all repos including contractors', banning production data in non-prod environments with a technical control not just a policy, and doing a third-party audit next month.
Priya: We'll set up a dedicated inbox, security@ is fine, and an FAQ page.
Dev: Good. Someone draft the customer email, I want to review by 14:00.
Maya (Comms): I can polish, but I need a first draft fast, I'm in back-to-back calls until 1.

I'm Maya. Using only the facts above, draft the customer notification email. Plain, honest, about 250 words, with a clear subject line, what happened, what data, what we've done, what they should do, and where to get help. Signed by Dev as CEO."""),
(0, "summarization", "en", "after", "transcript", None, """City council meeting — public comment on the proposed Maple Avenue apartment development (rough transcript from the livestream captions)

Speaker 1 (resident, Maple Ave, 22 years): I'm not against housing, but 180 units on a street that already backs up every morning is too much. The traffic study was done in August when schools were out. I'd ask you to require a new study during the school year before voting.

Speaker 2 (small business owner): I run the bakery two blocks away. More residents means more customers, honestly. My staff can't afford to live anywhere near here. I support this, but I'd like the city to make sure there's loading space so delivery trucks aren't double parking in front of my shop.

Speaker 3 (teacher): Our elementary school is already at 112% capacity. We have two portable classrooms. If this goes ahead, I want to know where those kids go to school. The developer's impact fee won't pay for a new building.

Speaker 4 (renter, 28): I've moved three times in four years because rents keep rising. I'd love to live in a building like this. The plan includes 36 affordable units, which is more than anything else built here in a decade. Please approve it.

Speaker 5 (neighbourhood association chair): Our association voted 41 to 12 to oppose the current design, mainly because of the height. Six storeys next to single-family homes will block afternoon sun for about a dozen gardens. We'd support four storeys with the same number of affordable units.

Speaker 6 (cycling advocate): The site is 400 metres from the new rapid bus line. This is exactly where density should go. I'd ask the council to reduce the parking requirement so the developer can spend that money on more units instead of an underground garage.

Speaker 7 (resident, Elm St): I'm worried about construction. Two years of noise and dust. I'd like conditions on working hours, especially on Saturdays.

Speaker 8 (local pastor): Our church runs a food pantry and we see families being pushed out of the city every month. I support the development, and I'd ask that the affordable units be kept affordable permanently, not just for 15 years.

Speaker 9 (environmental group): The site has three mature oak trees. The developer plans to remove all of them. We'd like at least the largest one, on the south corner, to be kept, and a requirement for replanting.

Chair: Thank you to everyone who spoke. The council will deliberate at its next meeting on the 14th.

for my local newsletter: give me one line per speaker with their position (support / oppose / conditional) and their main reason"""),
(0, "classification", "en", "inline", "chat", "CW-p085", """[Browser extension: "Ask AI about this page"]
Selected text:
"Our new AquaPure filter removes 99.9% of bacteria, viruses and microplastics. Clinically proven. Doctors recommend drinking only AquaPure water. Order now and get 3 months free!"
User: is this selected text making health claims? yes/no and which sentence"""),
(1, "open_qa", "en", "inline", "chat", "CW-p085", """[Browser extension: "Ask AI about this page"]
Selected text:
"Our new AquaPure filter removes 99.9% of bacteria, viruses and microplastics. Clinically proven. Doctors recommend drinking only AquaPure water. Order now and get 3 months free!"
User: are home water filters like this actually worth it if you're on normal city tap water? what do they really remove"""),
(0, "summarization", "en", "after", "email", "CW-p086", """From: Jordan (landlord's agent)
Hi all, three updates for residents of 22 Carlow Road:
1) The window cleaners are coming on Wednesday 9th between 9 and 12. Please make sure window latches are accessible from inside, and move anything fragile off the sills.
2) The bike shed lock is being changed on Friday. New codes will be emailed individually on Thursday evening. Bikes left in the shed without a tag by the end of the month will be removed, so please collect a tag from the office if you don't have one.
3) We've had complaints about noise after 11pm from the top floor. A friendly reminder that the tenancy agreement sets quiet hours of 11pm to 7am.
Thanks, Jordan

compress to 3 short lines pls"""),
(1, "creative_writing", "en", "none", "none", "CW-p086", """write a polite but funny note to stick on the bike shed about people leaving broken bikes in there for months"""),
(0, "classification", "en", "after", "table", "CW-p091", """sheet from our plant shop inventory, need a light requirement column (LOW, MEDIUM, BRIGHT) filled for each:

| plant | pot size |
|---|---|
| snake plant | 14cm |
| fiddle leaf fig | 24cm |
| ZZ plant | 17cm |
| string of pearls | 12cm |
| peace lily | 17cm |
| aloe vera | 12cm |
| pothos | 14cm |
| bird of paradise | 27cm |"""),
(1, "general_qa", "en", "none", "none", "CW-p091", """my apartment only has a north window. what plants will actually survive and not look sad"""),
(0, "summarization", "en", "before", "chat", "CW-p087", """pls give me the short version of this convo w my mom lol

mom: did u eat
me: yes
mom: what
me: pasta
mom: again??
me: it's cheap mom
mom: i'll send you the lentil recipe
me: ok
mom: and call your grandmother her birthday is sunday
me: i know
mom: and the dentist called the house phone, u have an appt on the 12th
me: ok thanks
mom: love you eat a vegetable
me: love u too"""),
(1, "creative_writing", "en", "none", "none", "CW-p087", """my mom keeps sending me recipes. write a short funny thank you text back to her, with a vegetable pun"""),
(0, "classification", "en", "inline", "json", "CW-p088", """{"task": "language_id", "instructions": "Return the ISO 639-1 code for each text.", "inputs": ["Gracias por todo, nos vemos pronto", "Danke für die schnelle Antwort", "Merci beaucoup, à demain", "Obrigada, tchau", "Grazie mille, a presto", "Dank je wel, tot morgen"]}"""),
(1, "open_qa", "en", "none", "none", "CW-p088", """why do spanish and portuguese look so similar written down but sound so different"""),
(0, "summarization", "en", "after", "code", "CW-p089", """summarize what this bash script does, 2 lines, for the README:

#!/usr/bin/env bash
set -euo pipefail
SRC="$HOME/Pictures"
DEST="/mnt/nas/photos/$(date +%Y)"
mkdir -p "$DEST"
find "$SRC" -type f -mtime -1 -print0 |
  while IFS= read -r -d '' f; do
    rsync -a --ignore-existing "$f" "$DEST/"
  done
echo "Synced new photos to $DEST" | logger -t photo-sync"""),
(1, "open_qa", "en", "after", "code", "CW-p089", """in this line, what does -print0 with read -d '' actually do and why do people insist on it?

find "$SRC" -type f -iname '*.jpg' -print0 | while IFS= read -r -d '' f; do echo "$f"; done"""),
(0, "classification", "en", "after", "list", None, """for the pub quiz, put each in the right decade (1960s/70s/80s/90s): moon landing, fall of the berlin wall, first iphone? no wait scratch that one. ok: moon landing, fall of the berlin wall, woodstock, release of Jurassic Park, Live Aid, the first Star Wars"""),
(1, "creative_writing", "en", "none", "none", None, """pub quiz team name ideas, we're 4 nurses and one very smug pharmacist"""),
(0, "summarization", "en", "after", "prose", "CW-p090", """Ok here's the Amazon description of the blender I'm looking at, it's SO long, what does it actually do, 3 bullets:

"Introducing the VortexPro 9000 — engineered for culinary excellence. With a powerful 1,500-watt motor and aircraft-grade stainless steel blades, the VortexPro crushes ice, frozen fruit, and even nuts into silky smooth perfection in seconds. Choose from 10 variable speeds plus 4 intelligent pre-programmed settings: Smoothie, Ice Crush, Soup, and Self-Clean. The 64-ounce BPA-free Tritan pitcher is perfect for families, while the included 24-ounce travel cup lets you blend and go. The Soup setting uses friction heat to warm ingredients in about six minutes, so you can make hot soup without a stove. A built-in safety lock ensures the motor won't start unless the pitcher is properly secured. Dishwasher-safe parts make cleanup a breeze. Backed by our 7-year limited warranty. Elevate your kitchen today." """),
(1, "general_qa", "en", "none", "none", "CW-p090", """is a $200 blender actually worth it vs a $50 one if i just make smoothies most mornings"""),
(1, "creative_writing", "en", "none", "none", None, """WRITE ME A SHORT POEM ABOUT MY DOG BARKING AT THE MAILMAN EVERY DAY. HE THINKS HE WINS"""),
(0, "classification", "en", "before", "chat", "CW-p092", """mood of this text? "k." — from my gf after i said i'd be late again 😬"""),
(1, "general_qa", "en", "none", "none", "CW-p092", """she replied "k." after i said i'd be late again. how do i fix this tonight lol srsly"""),
(0, "summarization", "en", "none", "none", None, """quick recap of the first season of Stranger Things? rewatching s2 w my bf"""),
(1, "open_qa", "en", "none", "none", None, """why were the 80s such a big deal for pop culture nostalgia rn"""),
(1, "creative_writing", "en", "none", "none", None, """make up a fake 80s synthwave song title + first verse about a vending machine"""),
(0, "classification", "en", "before", "list", "CW-p093", """planet or moon: Titan, Neptune, Europa, Saturn, Io, Mars, Ganymede"""),
(1, "open_qa", "en", "none", "none", "CW-p093", """could there be life on europa? why do scientists keep bringing it up"""),
(1, "general_qa", "en", "none", "none", None, """how do i stop doomscrolling at night, ive tried screen time limits and just ignore them"""),
(0, "classification", "en", "after", "email", "CW-p094", """"Dear Sir/Madam, I wish to lodge a formal complaint regarding..." 

formal or informal? lol obviously but i need it for the dataset"""),
(1, "creative_writing", "en", "none", "none", "CW-p094", """write a formal complaint letter... from a cat to its owner about the late breakfast"""),
(0, "summarization", "en", "none", "none", None, """tldr of the french revolution, 5 bullets"""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between weather and climate? my uncle says cold winters disprove global warming"""),
(1, "general_qa", "en", "none", "none", None, """how do i respond to my uncle at thanksgiving when he says cold winters disprove climate change, without a fight"""),
(0, "classification", "en", "before", "chat", None, """is this a yes or a no: "i mean... i guess i could, if nobody else can" """),
(1, "creative_writing", "en", "none", "none", None, """write a rhyming reminder for my roommates to take out the trash on tuesdays"""),
(0, "summarization", "en", "after", "chat", "CW-p095", """[iMessage]
Sis: so dad's surgery went fine, he's in recovery
Sis: doc says 2 nights in hospital then home
Sis: no driving for 6 weeks
Sis: mom wants us to take turns staying over the first week
Sis: i can do mon-wed
Sis: can u do thurs-sun??

sum it up in 1 line, i'm forwarding to my husband"""),
(1, "general_qa", "en", "after", "chat", "CW-p095", """[iMessage]
Sis: so dad's surgery went fine, he's in recovery
Sis: doc says 2 nights in hospital then home
Sis: no driving for 6 weeks
Sis: mom wants us to take turns staying over the first week

what should we prep at the house before he comes home after knee surgery? he's 71 and stubborn"""),
(0, "classification", "en", "after", "code", "CW-p096", """SELECT * FROM users WHERE id = '" + userInput + "'

is this line vulnerable to sql injection, y/n"""),
(1, "open_qa", "en", "after", "code", "CW-p096", """SELECT * FROM users WHERE id = '" + userInput + "'

explain how someone would actually exploit this and how parameterized queries stop it"""),
(0, "summarization", "en", "none", "none", "CW-p097", """summarize the movie Interstellar but like explain the ending too, short"""),
(1, "open_qa", "en", "none", "none", "CW-p097", """is the time dilation in interstellar real physics or movie stuff"""),
(1, "creative_writing", "en", "none", "none", None, """write a short lullaby for a baby named Noor, soft and simple"""),
(0, "classification", "en", "after", "reviews", "CW-p098", """"I wanted to love this, I really did. But after two weeks the strap snapped." — pos, neg, mixed?"""),
(1, "general_qa", "en", "none", "none", "CW-p098", """my watch strap snapped after 2 weeks, the company ignores my emails. what are my options"""),
(0, "classification", "en", "before", "list", None, """fruit or vegetable (culinary): avocado, zucchini, mango, beet, lime, kale"""),
(1, "open_qa", "en", "none", "none", None, """how do self-checkout machines know if you didn't scan something"""),
(1, "creative_writing", "en", "none", "none", None, """write a fake product review of a self-checkout machine that judges you"""),
(0, "summarization", "en", "none", "none", None, """summarise the story of Beauty and the Beast, the disney one, 3 sentences"""),
(1, "general_qa", "en", "none", "none", None, """how do i ask my team to stop scheduling meetings on fridays without sounding lazy"""),
(0, "summarization", "en", "inline", "chat", None, """[Alexa-style voice assistant — dictation mode]
User (spoken): "Alexa, take a note. Okay, so for the garage sale on Saturday. We need to put signs up on Friday night on the corner of Birch and 5th and by the school. Price everything on Thursday, Mark is doing the tools and I'm doing the kids' stuff. The big stuff like the treadmill and the crib goes at the front, 50 bucks for the treadmill, 80 for the crib but we'll take 60. Get small change from the bank, like a hundred in ones and fives. Ask Jen next door if she wants to join, she said she had a bunch of books. Anything left at 2pm goes to the charity shop, they close at 4. Oh and make a sign that says no early birds before 8."
User (spoken): "Alexa, summarize that note as a to-do list with days." """),
(0, "classification", "en", "inline", "chat", None, """[Copilot ▸ Outlook ▸ Prioritize my inbox]
Rank each as HIGH, MEDIUM or LOW priority for me (I'm a project manager):

1. From CFO: "Need the revised project budget by 3pm today for the board pack"
2. From HR: "Reminder: open enrollment closes in 2 weeks"
3. From a vendor: "New features in our Q3 release — webinar invite"
4. From my direct report: "Can we chat about my workload? Feeling a bit underwater"
5. From client: "Small typo on slide 12 of yesterday's deck"
6. From IT: "Your password expires in 3 days"
7. From client: "The integration has been down since 8am, our orders aren't syncing"
8. From colleague: "Cake in the kitchen for Sue's birthday 🎂" """),
(0, "summarization", "en", "after", "reviews", "CW-p099", """G2 reviews of our competitor, pasted for a quick competitive scan:

"Setup was fast, had our team of 20 onboarded in a day. But reporting is very basic, we export to Excel for anything serious." – Ops Manager, logistics
"Great mobile app, our field techs love it. Pricing jumped 30% at renewal with barely any notice." – IT Director, utilities
"Integrations are the weak point. The Salesforce sync breaks every few weeks and support takes days to respond." – Sales Ops, SaaS
"Intuitive UI, nearly no training needed. Wish there were more permission levels, it's all-or-nothing admin right now." – Office Manager, healthcare
"Support used to be great, lately it's slow. Product is solid though." – Founder, agency
"The automation builder is the best I've used. Reporting still lags behind." – RevOps Lead, fintech
"Price increase at renewal was a shock. Considering alternatives." – Procurement, manufacturing

summarize: what do users like, what do they complain about, where's our opening"""),
(1, "general_qa", "en", "none", "none", "CW-p099", """how should a small saas company price against a bigger competitor who just raised prices 30%? undercut or not"""),
(0, "classification", "en", "after", "chat", None, """Messages from the parents' group, tag each: QUESTION, ANNOUNCEMENT, COMPLAINT, or OFFER_OF_HELP

- "Does anyone know if swim club is on this Thursday?"
- "Reminder: photo day is Monday, kids need their uniform"
- "I can drive 3 kids to the match on Saturday if anyone needs a lift"
- "Really not happy that the trip was cancelled with one day's notice"
- "Lost property has a blue North Face jacket, age 9-10"
- "Is the homework portal down for anyone else?"
- "Happy to help set up for the summer fair, just tell me when"
- "The car park at pick-up is dangerous, someone is going to get hurt" """),
(1, "creative_writing", "en", "inline", "chat", None, """Role: You are the copywriter for Pawsome Pet Insurance. Voice: warm, a bit silly, never scary. No claims about specific prices.
Task from user: we need an email subject line + 120-word email to people whose policy is about to renew, reminding them they can add dental cover this year. include one dog pun and one cat pun."""),
(0, "summarization", "en", "after", "notes", "CW-p100", """standup notes from this week, compiled by me, need a weekly summary for our skip-level:

Mon — Tariq: finished search relevance tweaks, CTR +4% in test. Ana: on-call, two P3s. Wei: started the billing export.
Tue — Tariq: A/B test rolled to 50%. Ana: fixed the P3 memory leak in image worker. Wei: billing export blocked on finance's field list.
Wed — Tariq: oncall handover prep. Ana: started dependency upgrades. Wei: got field list, unblocked.
Thu — Tariq: A/B test to 100%, shipped. Ana: upgrades merged except one lib with breaking changes. Wei: billing export in review.
Fri — Tariq: on-call. Ana: writing postmortem for the Tuesday leak. Wei: export shipped behind flag, finance testing Monday.

3-4 sentence summary, wins first"""),
(1, "general_qa", "en", "after", "notes", "CW-p100", """standup notes:
Mon — Wei: started the billing export.
Tue — Wei: billing export blocked on finance's field list.
Wed — Wei: got field list, unblocked.
Thu — Wei: billing export in review.
Fri — Wei: export shipped behind flag.

this keeps happening, my team gets blocked on finance for days. how do i fix the cross-team dependency problem as a team lead without escalating every time"""),
(0, "classification", "en", "inline", "prose", "CW-p101", """[Grammarly-like assistant] Detect the tone of this paragraph. Options: confident, apologetic, neutral, aggressive, friendly.

"I'm so sorry for the delay on this — I know you needed it last week. I completely dropped the ball, and I really appreciate your patience. I've attached the report now and I'm happy to walk you through it whenever suits you." """),
(1, "creative_writing", "en", "inline", "prose", "CW-p101", """[Grammarly-like assistant] Rewrite this to sound confident instead of overly apologetic, keep it short:

"I'm so sorry for the delay on this — I know you needed it last week. I completely dropped the ball, and I really appreciate your patience. I've attached the report now and I'm happy to walk you through it whenever suits you." """),
(0, "summarization", "en", "after", "transcript", "CW-p102", """[voice note transcript from my contractor, 3 min]
"Hi, it's Dave. So, had a look at the bathroom. Good news and bad news. Good news, the floor joists are fine, no rot, so we don't need to replace the subfloor, that saves you a good chunk. Bad news, the waste pipe from the shower is cracked, that's probably where your leak into the kitchen ceiling came from. I'll need to replace that, it's about a half day job, maybe 250 in parts and labour. The tiles you picked are on back order, the supplier says three weeks, so either we wait or you pick something else from the same range, the grey ones are in stock. If we wait, we're looking at starting the tiling on the 22nd instead of the 1st. Everything else is on schedule. Oh, and I need a decision on the extractor fan, the cheap one's fine but it's loud, the quiet one's 90 quid more. Let me know by Friday. Cheers." """),
(1, "general_qa", "en", "none", "none", "CW-p102", """is it worth paying more for a quiet bathroom extractor fan? what specs should i look at"""),
(0, "classification", "en", "after", "list", "CW-p103", """triage these bug reports by SEVERITY (S1 critical, S2 major, S3 minor):
1. Checkout button does nothing on Safari, no orders possible from iOS
2. Typo in footer: "Privicy Policy"
3. Search results load slowly (~4s) for some queries
4. Users can see other users' order history by changing the URL id
5. Profile photo upload fails for files over 5MB with no error message
6. Dark mode: a few icons are hard to see"""),
(1, "open_qa", "en", "after", "list", "CW-p103", """bug #4 in our list: "Users can see other users' order history by changing the URL id"

what is this kind of bug called and why does it happen so often? like what's the root mistake devs make"""),
(0, "summarization", "en", "after", "form", "CW-p104", """[Typeform response #2291]
Q: What brought you to us today? A: My old accounting software shut down and I need something before tax season.
Q: How many people will use it? A: Just me and my bookkeeper, part time.
Q: What matters most? A: Bank feeds that actually work, simple invoicing, and being able to see profit per client.
Q: What did you dislike about your old tool? A: Reports took forever to run and the mobile app was useless.
Q: Budget? A: Under $40/month.
Q: Anything else? A: I'm not an accountant, please no jargon.

summarize this lead for the sales rep in 2 sentences"""),
(1, "creative_writing", "en", "after", "form", "CW-p104", """[Typeform response #2291]
Q: What brought you to us today? A: My old accounting software shut down and I need something before tax season.
Q: What matters most? A: Bank feeds that actually work, simple invoicing, and being able to see profit per client.
Q: Budget? A: Under $40/month.
Q: Anything else? A: I'm not an accountant, please no jargon.

write a short personal follow-up email to this lead from our sales rep Kim, no jargon, suggest our Solo plan ($29)"""),
(0, "summarization", "en", "after", "email", None, """Email thread about our kid's football club, my partner forwarded all of it. can you summarise what's changed and what we need to do?

---
From: Coach Ellis
Hi parents, training moves from Tuesday to Wednesday from next week, same time (5:30–6:30), because the council needs the pitch on Tuesdays for the youth league. Please bring the kids 10 minutes early for the first session so we can do a quick kit check.

From: Club Secretary
Following on from Coach Ellis: subs for the spring term are £65, due by the 28th, via the club's bank transfer details (attached). Families who pay by the 15th get a £5 discount. If you have more than one child at the club, the second child is half price.

From: Coach Ellis
Quick addition: the new kits have arrived. Each child needs to try one on at Wednesday's session so we can order the right sizes for the shorts, which come separately. Shin pads are compulsory from now on, league rules. No pads, no play, sorry.

From: Parent (Lorraine)
Does the Wednesday change also apply to the under-8s? Mine is in the under-8s and they used to train on Thursdays.

From: Coach Ellis
Good question Lorraine, no, under-8s stay on Thursday. The change is only for under-10s and under-12s.

From: Club Secretary
Also a reminder that we're looking for two volunteers to help with the tuck shop on match days. It's a 90-minute slot once a month. Reply to this email if you can help.

From: Coach Ellis
Last thing, the away match on the 9th is at Hillcrest, kick-off 10am, meet there at 9:30. We need three drivers. Please reply if you can take kids.
---
ours is in the under-10s btw"""),
(1, "general_qa", "en", "inline", "chat", None, """System: You are a cooking assistant in the Mise app. Suggest recipes using what the user has. Keep it practical, metric units.
User: ok so I have: 2 chicken thighs, half a bag of spinach going a bit sad, a tin of coconut milk, a tin of chickpeas, an onion, garlic, a knob of ginger, some rice, a lime, and the usual spices (cumin, turmeric, chilli flakes, paprika). I have 30 minutes and one pan, plus a rice cooker. I'm feeding me and my partner, she doesn't like things too spicy. What can I make, and can you give me the steps in order so the rice and the main are ready at the same time? Also is it ok to use spinach that's slightly wilted or should I bin it?"""),
(0, "classification", "en", "inline", "chat", None, """[Jira Assistant ▸ Auto-label issues]
Labels: frontend, backend, infra, docs, design
Apply one label to each issue title:
PROJ-881 "Button padding inconsistent on settings page"
PROJ-882 "Terraform plan fails for eu-central-1 staging"
PROJ-883 "API returns 500 when filter param is empty"
PROJ-884 "README setup steps outdated for Node 20"
PROJ-885 "New empty-state illustrations for dashboard"
PROJ-886 "Rate limiter ignores X-Forwarded-For header"
PROJ-887 "Kubernetes node pool autoscaling too slow"
PROJ-888 "Date picker not keyboard accessible"
PROJ-889 "Document the webhook retry policy"
PROJ-890 "Icon set for the mobile nav" """),
(1, "open_qa", "en", "inline", "notes", None, """<context>
Retrieved from the company wiki, "Architecture decisions":
- ADR-012: We use event sourcing for the orders service.
- ADR-015: Read models are rebuilt from events nightly.
- ADR-019: We chose Kafka over RabbitMQ for the event bus.
</context>
<question>
I'm new here. Can you explain what event sourcing actually is, why a team might pick it for orders specifically, and what the usual downsides are? The wiki doesn't explain any of that.
</question>"""),
(0, "summarization", "en", "after", "chat", "CW-p105", """[Discord DM]
ren: ok so the commission. i want a portrait of my D&D character
ren: she's a half-elf ranger, silver hair in a braid, green cloak, a scar across her left eyebrow
ren: holding a longbow, a hawk on her shoulder
ren: background a misty forest, dawn light
ren: style like your last piece w the knight, painterly
ren: size A4, digital is fine
ren: budget 120, is that ok?
ren: no rush, her birthday (my friend's, it's a gift) is in 6 weeks
ren: oh and can the hawk be a bit chunky lol, it's a running joke

i'm the artist. summarize this commission brief into a checklist i can tick off"""),
(1, "creative_writing", "en", "after", "chat", "CW-p105", """[Discord DM]
ren: ok so the commission. i want a portrait of my D&D character
ren: she's a half-elf ranger, silver hair in a braid, green cloak, a scar across her left eyebrow
ren: holding a longbow, a hawk on her shoulder
ren: budget 120, is that ok?

i'm the artist, my rate for this is usually 180. write a friendly reply that counters at 160 with a sketch included, without scaring them off"""),
(0, "classification", "en", "after", "transcript", None, """customer calls from this morning, first line of each transcript. label the call reason: BILLING, TECH_SUPPORT, CANCELLATION, SALES, OTHER

1. "Hi, I got a letter saying my direct debit failed, but there's money in my account."
2. "My internet's been dropping every evening since Sunday."
3. "I'm moving in with my partner and we only need one contract, so I want to end mine."
4. "I'd like to know if you do business broadband for a small office."
5. "The router's lights are all flashing orange."
6. "Why has my bill gone up by eight pounds this month?"
7. "I found a wallet outside your shop on the high street, who do I hand it to?"
8. "Can I upgrade to the faster package without a new contract?" """),
(1, "open_qa", "en", "none", "none", None, """whats actually the difference between fibre to the cabinet and fibre to the premises, is it worth switching"""),
(0, "summarization", "en", "after", "prose", "CW-p106", """paste from my book club's newsletter, what's the short version? 2 sentences

"This month we read Kazuo Ishiguro's The Remains of the Day, and it divided us more than any book this year. Half the group found Stevens, the butler narrator, unbearably repressed, and said they wanted to shake him by the shoulders. The other half found his restraint heartbreaking and thought the slow reveal of what he has given up, both in his loyalty to Lord Darlington and in his missed chance with Miss Kenton, was a masterpiece of understatement. Everyone agreed the final scene on the pier in Weymouth was devastating. Next month we're reading something lighter, by popular demand: a comic novel set in a Welsh seaside town, which we'll announce on the WhatsApp group." """),
(1, "open_qa", "en", "none", "none", "CW-p106", """what is Stevens in The Remains of the Day supposed to represent? like what's ishiguro saying about england"""),
(0, "classification", "en", "after", "chat", "CW-p107", """Reddit modqueue, r/AskHistorians. Rule: answers must be in-depth and sourced. Mark each reply KEEP or REMOVE:

A) "Because they were evil lol"
B) "The collapse had several causes. Historian Bryan Ward-Perkins argues economic complexity fell sharply in the 5th century, evidenced by pottery quality and coin circulation (The Fall of Rome and the End of Civilization, 2005)..."
C) "Watch the documentary on YouTube, it explains everything"
D) "Great question! Following. 🍿" """),
(1, "general_qa", "en", "none", "none", "CW-p107", """how do i get better at answering questions on askhistorians, like what makes a good sourced answer? i'm a history undergrad"""),
(0, "summarization", "en", "after", "log", "CW-p108", """here's the output of our nightly data pipeline, my boss wants "a human summary" of what went wrong lol

[02:00:00] INFO  pipeline=daily_sales run_id=8812 start
[02:00:04] INFO  extract: pulled 1,284,033 rows from pos_transactions (2024-06-03)
[02:03:11] INFO  extract: pulled 48,210 rows from online_orders (2024-06-03)
[02:03:12] WARN  extract: store_id=117 returned 0 rows (expected ~9,000)
[02:03:12] WARN  extract: store_id=204 returned 0 rows (expected ~6,500)
[02:05:40] INFO  transform: deduplicated 3,118 rows
[02:05:41] ERROR transform: currency conversion failed for 2,402 rows: missing FX rate for CHF on 2024-06-03
[02:05:41] INFO  transform: rows with missing FX sent to quarantine table
[02:09:02] INFO  load: wrote 1,326,723 rows to warehouse.fact_sales
[02:09:05] WARN  quality_check: revenue total is 8.4% below 7-day average (threshold 5%)
[02:09:05] INFO  notify: sent alert to #data-alerts
[02:09:06] INFO  pipeline=daily_sales run_id=8812 finished status=COMPLETED_WITH_WARNINGS duration=9m06s

3 bullets max, non-technical"""),
(1, "open_qa", "en", "after", "log", "CW-p108", """[02:03:12] WARN  extract: store_id=117 returned 0 rows (expected ~9,000)
[02:03:12] WARN  extract: store_id=204 returned 0 rows (expected ~6,500)
[02:09:05] WARN  quality_check: revenue total is 8.4% below 7-day average (threshold 5%)

two stores returned zero rows overnight. what are the usual causes of that in a POS data pipeline and how would you figure out which one it is"""),
(0, "classification", "en", "inline", "email", "CW-p109", """SYSTEM: You sort incoming messages for a wedding photographer's inbox into: BOOKING_INQUIRY, EXISTING_CLIENT, VENDOR, SPAM, OTHER. Reply with the label only.

MESSAGE:
"Hi there! My fiancé and I are getting married on 14 September 2025 at Aldwick Barn and we love your documentary style. Are you available that day, and could you send your packages? We're thinking about 8 hours of coverage. Thanks so much, Priya & Dan" """),
(1, "creative_writing", "en", "inline", "email", "CW-p109", """SYSTEM: You draft replies for a wedding photographer. Warm, personal, not salesy. Sign off as "Hannah".

MESSAGE:
"Hi there! My fiancé and I are getting married on 14 September 2025 at Aldwick Barn and we love your documentary style. Are you available that day, and could you send your packages? We're thinking about 8 hours of coverage. Thanks so much, Priya & Dan"

NOTES: I'm free that date. 8-hour package is £2,200. I've shot at Aldwick Barn twice, love the light in the orchard. Offer a video call."""),
(0, "summarization", "en", "after", "prose", "CW-p110", """this is the "about" section of a charity my aunt wants me to donate to, can u give me the one-paragraph gist?

"Founded in 2011 by a group of retired teachers, BrightDesk provides refurbished laptops and tablets to students from low-income households across the North West. We collect used devices from businesses, wipe them securely to industry standards, repair or upgrade them in our workshop in Bolton, and distribute them through partner schools, who identify the students most in need. Each device comes with a charger, a protective case, a year of technical support, and where needed a mobile data SIM provided through our partnership with a national network. Since 2011 we have distributed over 24,000 devices. Our workshop also runs a training programme for young adults not in education or employment, who learn repair skills and gain a recognised IT qualification; 70% of trainees go on to work or further study within six months. We are funded by corporate partners, grant-making trusts and individual donors, and 87p of every pound we receive goes directly to our programmes." """),
(1, "general_qa", "en", "none", "none", "CW-p110", """how do i check if a small charity is legit before donating? uk"""),
(0, "classification", "en", "before", "list", "CW-p111", """tag each snack healthy-ish or junk, for my kid's lunchbox chart: apple slices, cheese puffs, hummus + carrots, gummy bears, yogurt, chocolate wafer, rice cakes"""),
(1, "general_qa", "en", "none", "none", "CW-p111", """healthy lunchbox ideas for a picky 6yo who only eats beige food 😩"""),
(0, "summarization", "en", "none", "none", "CW-p112", """summary of the Apollo 13 mission pls, 4 sentences"""),
(1, "open_qa", "en", "none", "none", "CW-p112", """how did they actually get apollo 13 home, what was the clever part"""),
(0, "classification", "en", "before", "chat", None, """passive aggressive y/n: "Per my previous message, which I'm sure you read..." """),
(1, "creative_writing", "en", "none", "none", None, """write a haiku about a meeting that should've been an email"""),
(0, "classification", "en", "after", "chat", "CW-p113", """"omg the cake was INCREDIBLE thank u sm 😭🎂" 

emotion: joy, gratitude, surprise? pick the strongest one"""),
(1, "open_qa", "en", "none", "none", "CW-p113", """why do people cry when they're happy? like what's happening in the brain"""),
(0, "summarization", "en", "after", "chat", "CW-p114", """[Hinge chat]
Sam: so you're a vet?? that's so cool
Me: yep, small animals mostly, lots of cats who hate me
Sam: lol. i'm a teacher, year 5. we have a class hamster called Gerald
Me: Gerald is a great hamster name
Sam: he's a menace. anyway, fancy a drink thursday? there's a bar near the canal with board games
Me: yes! i'm done at 6:30
Sam: 7:30 then? i'll book a table

tldr for my best friend who demands updates 😂"""),
(1, "general_qa", "en", "after", "chat", "CW-p114", """[Hinge chat]
Sam: so you're a vet?? that's so cool
Me: yep, small animals mostly, lots of cats who hate me
Sam: lol. i'm a teacher, year 5. we have a class hamster called Gerald
Sam: anyway, fancy a drink thursday? there's a bar near the canal with board games

first date in 2 years, i'm nervous. what board games are good for a first date and how do i not be awkward"""),
(0, "classification", "en", "inline", "chat", "CW-p115", """[Shopify Inbox AI] Customer message: "do these come in a size 12 wide?" — tag: PRODUCT_QUESTION, ORDER_STATUS, RETURN, or DISCOUNT"""),
(1, "open_qa", "en", "none", "none", "CW-p115", """why are shoe sizes so different between brands? is there no standard"""),
(0, "summarization", "en", "inline", "chat", "CW-p116", """<conversation_so_far>
user: I'm trying to decide between three apartments, can you help me keep track?
assistant: Of course! Tell me about each one.
user: A: 2-bed on Fenwick St, $2,150/month, 12-month lease, 5th floor with elevator, in-unit laundry, 25 min commute by train, no parking, landlord seemed nice.
user: B: 1-bed + den on Oakridge, $1,890, 18-month lease, ground floor, shared laundry in basement, 10 min bike to work, street parking permit $80/yr, a bit dark, near a loud bar.
user: C: 2-bed townhouse in Millbrook, $2,300, 12-month lease, private yard (I have a dog), laundry hookups but no machines, 40 min drive, 2 parking spots, landlord asked for 2 months deposit.
assistant: Got it. Anything else that matters to you?
user: my dog is 30kg, A said "pets considered", B allows cats only, C is fine with dogs. and i work from home 2 days a week.
</conversation_so_far>
user: before i decide, summarize the three options side by side in a compact table (rent, lease, commute, laundry, dog policy, big pro, big con)"""),
(1, "general_qa", "en", "inline", "chat", "CW-p116", """<conversation_so_far>
user: A: 2-bed on Fenwick St, $2,150/month, 12-month lease, 5th floor with elevator, in-unit laundry, 25 min commute by train, no parking, "pets considered".
user: B: 1-bed + den on Oakridge, $1,890, 18-month lease, ground floor, 10 min bike to work, cats only, near a loud bar.
user: C: 2-bed townhouse in Millbrook, $2,300, 12-month lease, private yard, 40 min drive, dog-friendly, 2 months deposit.
user: my dog is 30kg and i work from home 2 days a week.
</conversation_so_far>
user: ok honestly which one would you pick in my shoes and why? and what should i ask the Fenwick landlord about "pets considered" before signing"""),
(0, "classification", "en", "after", "reviews", None, """Amazon Q&A + reviews scraped for our listing. Mark each as QUESTION (someone asking something), REVIEW, or SELLER_ANSWER:

1. "Does this fit a 15.6 inch laptop?"
2. "Bought it for my commute, zips are sturdy, love the hidden pocket."
3. "Yes, it fits laptops up to 16 inches in the padded sleeve. – Nomad Bags Support"
4. "Is the material waterproof or just water resistant?"
5. "Strap started fraying after 3 months. Disappointed."
6. "It is water resistant; we recommend the rain cover for heavy rain. – Nomad Bags Support"
7. "Can you carry it as a carry-on on Ryanair?"
8. "Perfect size, looks smart enough for the office." """),
(0, "summarization", "en", "after", "prose", "CW-p117", """my teacher gave us this passage, summarise it in 50 words for my homework (i'll rewrite it myself after, promise):

"The Industrial Revolution, which began in Britain in the late eighteenth century, transformed the way goods were produced. Before it, most manufacturing took place in homes or small workshops, using hand tools and simple machines. The invention of the spinning jenny, the water frame and, above all, James Watt's improved steam engine made it possible to produce textiles and other goods in large factories. Workers moved from the countryside to fast-growing cities such as Manchester and Birmingham, where they often lived in crowded, unsanitary housing. Working hours were long, and child labour was common until reforms such as the Factory Act of 1833 began to limit it. Over time, the Industrial Revolution raised overall living standards and created a new middle class, but its early decades brought great hardship for many working families." """),
(1, "open_qa", "en", "none", "none", "CW-p117", """why did the industrial revolution start in britain and not somewhere else like china or france"""),
(0, "classification", "en", "inline", "prose", "CW-p118", """You are a content-rating bot for a kids' reading app. Rate the passage as AGES_6_PLUS, AGES_10_PLUS or TEEN based on content (violence, scary themes). One label.

Passage: "The wolf crept closer to the campfire, its yellow eyes glinting. Tomas held his breath. Then, from the darkness, the old shepherd's dog let out a single deep bark, and the wolf turned and slipped away between the pines. Tomas laughed with relief and hugged the dog, who licked his face and wagged her tail." """),
(1, "creative_writing", "en", "inline", "prose", "CW-p118", """You are a story assistant for a kids' reading app. Continue the passage for about 150 words, suitable for age 6+, and end on a cozy note.

Passage: "The wolf crept closer to the campfire, its yellow eyes glinting. Tomas held his breath. Then, from the darkness, the old shepherd's dog let out a single deep bark, and the wolf turned and slipped away between the pines." """),
(0, "summarization", "en", "after", "transcript", "CW-p119", """[Teams call — 1:1 with my manager, my own notes typed live]
- she liked the onboarding redesign, said the VP mentioned it
- feedback: I need to "communicate earlier" when things slip, the analytics dashboard was late and she heard from design first
- promotion: she thinks I'm close, wants to see me lead one cross-team project end to end this half
- suggested the search revamp as that project, kickoff in 2 weeks
- I asked for a mentor outside the team, she'll intro me to Rosa in platform
- budget for a conference: yes, up to $1,500, submit by end of month
- next 1:1 in 2 weeks, I should bring a draft plan for the search project

turn this into a short recap email I can send her, bullets ok"""),
(1, "general_qa", "en", "none", "none", "CW-p119", """manager says i'm "close" to promotion and need to lead a cross team project. how do i actually run one well when i've never led anything"""),
(0, "classification", "en", "before", "list", "CW-p120", """which are renewable energy jobs and which aren't: wind turbine technician, oil rig driller, solar installer, coal miner, hydro plant operator, gas station clerk"""),
(1, "creative_writing", "en", "none", "none", "CW-p120", """i'm a wind turbine tech, write a funny 4-line bio for my instagram"""),
(0, "summarization", "en", "none", "none", None, """give me a short summary of the plot of Macbeth, act by act, one line each"""),
(0, "classification", "en", "after", "email", None, """Five emails from my freelance inbox. For each one tell me: is the sender a POTENTIAL_CLIENT, an EXISTING_CLIENT, a RECRUITER, or SPAM. Format "1: LABEL".

1. "Hi, I found your portfolio through Dribbble. We're a two-person coffee roastery in Leeds and we need packaging for three new blends by October. Do you have availability and a rough day rate?"

2. "Hey, thanks for the logo files! Quick one, could you also send the white version as a PNG? The printer needs it by Friday for the banners."

3. "Dear Designer, we offer guaranteed first page Google ranking for your website in 7 days, 100% money back, reply now for special price only $99."

4. "Hi, I'm a talent partner at a fintech scale-up in London. We're hiring a Senior Product Designer, hybrid, £75–85k. Would you be open to a quick chat about the role?"

5. "Hope you had a good weekend! Attached are the final copy changes for the brochure, pages 4 and 7. Could we get the revised PDF by Wednesday? The invoice for the first half is paid, by the way." """),
(1, "creative_writing", "en", "none", "none", None, """write a short, confident reply to a coffee roastery asking if i'm available for packaging design and my day rate (£350). i'm free from september"""),
(0, "summarization", "en", "after", "chat", None, """[Slack #customer-voice — auto-digest requested]
@sales-bot: New NPS responses (last 24h)
• 9 — "The new scheduling feature saves me an hour a week. Please don't break it."
• 3 — "Billing page is confusing. I was charged for seats I removed."
• 10 — "Support solved my issue in 10 minutes. Amazing."
• 6 — "Good product but the mobile app feels like an afterthought."
• 2 — "Third outage this month. We're evaluating alternatives."
• 8 — "Love the integrations. Wish there was an API for reporting."
• 7 — "Fine. Does the job."
• 4 — "Seat removal didn't reduce my invoice. Still waiting on a credit."
• 9 — "Scheduling + calendar sync is the best part."
• 5 — "Mobile app crashes when I switch workspaces."

@you: can you digest this into: main positives, main negatives, and anything urgent"""),
(1, "general_qa", "en", "none", "none", None, """our NPS dropped from 42 to 31 in one quarter. where do i even start investigating? b2b saas, ~600 customers"""),
(0, "summarization", "en", "after", "prose", None, """summarise the instructions below as 5 numbered steps, short, for a sticky note on the machine:

"Before using the laminator, make sure it is on a flat, heat-resistant surface with at least 10 cm of space behind it for the pouch to exit. Switch it on at the back and select the correct setting for your pouch thickness: 80 micron or 125 micron. Wait until the green 'ready' light comes on, which usually takes three to four minutes. Place your document inside the pouch, leaving an even border of at least 3 mm on all sides, and feed the sealed edge of the pouch into the machine first. Do not feed pouches without a document inside, as this can cause them to stick to the rollers. If a pouch jams, switch the machine off immediately, unplug it, and press the release lever on the side. Allow laminated items to cool on a flat surface for a minute before handling. Switch the machine off when finished; it does not turn off automatically." """),
(1, "creative_writing", "en", "none", "none", None, """write a dramatic short poem from the point of view of the office laminator that nobody knows how to use"""),
(0, "classification", "en", "inline", "chat", "CW-p121", """[Customer Success Copilot ▸ Health score]
Account notes: "Logins down 40% over 2 months. Champion left the company in March. Two open tickets about the export bug, both 3 weeks old. Renewal in 45 days. No response to last two QBR invites."
Classify account health: GREEN, YELLOW or RED. Label only."""),
(1, "general_qa", "en", "inline", "chat", "CW-p121", """[Customer Success Copilot ▸ Ask]
Account notes: "Logins down 40% over 2 months. Champion left the company in March. Two open tickets about the export bug, both 3 weeks old. Renewal in 45 days. No response to last two QBR invites."
Give me a concrete save plan for the next 45 days, week by week."""),
]
