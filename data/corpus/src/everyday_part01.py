# writer everyday, part 01. Each item written by hand.
ITEMS = [
(1, "creative_writing", "en", "none", "none", None, """birthday poem for my nan pls, she's turning 80 and loves her garden and her cat Biscuit"""),
(0, "classification", "en", "before", "list", None, """Fruit or vegetable? tomato, cucumber, apple, pumpkin, carrot, avocado, celery"""),
(0, "summarization", "en", "after", "email", "EV-p001", """Dear Parents and Carers,

As part of our ongoing work on road safety, Year 4 will be taking part in a Bikeability Level 1 course during the week beginning 12th May. Children will need to bring a roadworthy bicycle and a helmet to school each day that week. Bikes can be stored in the playground shelter, which will be locked during lessons. If your child does not have access to a bike, please let the office know by Friday 2nd May, as we have a small number available to borrow.

The course is free of charge thanks to funding from the county council. Instructors will check each bike on Monday morning; if a bike is found to be unsafe (for example, brakes not working or tyres flat) your child will not be able to ride it until it has been fixed.

Please return the consent slip below by Friday 2nd May. Children without a signed slip will stay in class and complete road-safety activities instead.

Kind regards,
Mrs Hollins
Year 4 Team

can you boil this down to like 3 lines so i can text it to my husband"""),
(1, "creative_writing", "en", "after", "email", "EV-p001", """Dear Parents and Carers,

As part of our ongoing work on road safety, Year 4 will be taking part in a Bikeability Level 1 course during the week beginning 12th May. Children will need to bring a roadworthy bicycle and a helmet to school each day that week. Bikes can be stored in the playground shelter, which will be locked during lessons. If your child does not have access to a bike, please let the office know by Friday 2nd May, as we have a small number available to borrow.

The course is free of charge thanks to funding from the county council. Instructors will check each bike on Monday morning; if a bike is found to be unsafe (for example, brakes not working or tyres flat) your child will not be able to ride it until it has been fixed.

Please return the consent slip below by Friday 2nd May. Children without a signed slip will stay in class and complete road-safety activities instead.

Kind regards,
Mrs Hollins
Year 4 Team

My son's bike got stolen last month and we can't replace it before then. Can you write a polite note to the teacher asking to borrow one of the school bikes, and mention he's a bit nervous about riding on roads?"""),
(1, "open_qa", "en", "none", "none", None, """why do cats knock stuff off tables"""),
(1, "general_qa", "en", "none", "none", None, """My tomato plants have yellow leaves at the bottom but the top looks fine. They're in grow bags on a sunny patio. Should I be worried and what do I do?"""),
(0, "classification", "en", "after", "reviews", None, """"Ordered the large pepperoni, arrived 50 mins late and stone cold. Driver was nice though."

positive, negative or mixed?"""),
(1, "creative_writing", "en", "none", "none", None, """Need a funny caption for an Instagram pic of my dog wearing sunglasses on the beach. Something short pls"""),
(0, "summarization", "en", "none", "none", None, """Give me a quick recap of the plot of Finding Nemo, like 4 sentences, for my kid's book report on the movie."""),
(1, "open_qa", "en", "none", "none", None, """Can you give me an overview of how the stock market works? I'm 15 and my dad keeps talking about it and I have no clue"""),
(0, "classification", "en", "before", "list", "EV-p002", """Sort these chores into daily, weekly or monthly:
- washing up
- hoovering the stairs
- cleaning the oven
- feeding the fish
- changing bed sheets
- descaling the kettle
- taking the bins out
- wiping the kitchen counters"""),
(1, "general_qa", "en", "before", "list", "EV-p002", """How can I split these chores fairly between me and my two teenagers (14 and 16) so nobody moans? 
- washing up
- hoovering the stairs
- cleaning the oven
- feeding the fish
- changing bed sheets
- descaling the kettle
- taking the bins out
- wiping the kitchen counters"""),
(1, "creative_writing", "en", "none", "none", None, """bedtime story about a dragon who is scared of the dark, for a 4 year old, not too long"""),
(0, "classification", "en", "before", "prose", None, """What language is this? "Hvor er nærmeste apotek? Jeg har vondt i hodet." """),
(1, "open_qa", "en", "none", "none", None, """is it true that you lose most of your body heat through your head"""),
(0, "summarization", "en", "after", "prose", None, """The town council has confirmed that the Riverside car park will close for resurfacing from Monday 3 June for approximately six weeks. During the works, shoppers are advised to use the multi-storey on Station Road, where the first two hours will be free until the end of July. Blue badge holders will still be able to park on the High Street in the marked bays. The council said the work, costing £420,000, was needed because the surface had become "dangerously uneven" after last winter's flooding. Local traders have expressed concern that the closure during the summer holidays could hit footfall, and the Chamber of Commerce has asked for the works to be phased.

tl;dr please"""),
(1, "general_qa", "en", "none", "none", None, """What's a good first fishing rod for a complete beginner who wants to fish in lakes, budget around 60 quid?"""),
(1, "creative_writing", "en", "none", "none", None, """Can you write a toast for my brother's wedding? He's marrying his uni girlfriend Priya, they met in a queue for a kebab at 2am. Keep it warm and a little cheeky, 1 minute max."""),
(0, "classification", "en", "before", "list", None, """mammals only please: dolphin, shark, bat, penguin, platypus, salmon, whale, ostrich"""),
(0, "summarization", "en", "before", "story", None, """Summarise this for me in two sentences, it's for my English homework:

A poor miller once told the king a silly lie to sound important: he said his daughter could spin straw into gold. The king, who loved gold more than anything, ordered the girl to be brought to the castle. He shut her in a little room piled high with straw, gave her a spinning wheel, and told her that if the straw was not gold by sunrise she would be put to death. Then he turned the key and left. The girl sat on a stool and stared at the straw. She had never spun gold in her life and had no idea where to begin. The longer she sat there, the more scared she got, until she was sobbing into her apron. Suddenly the door creaked open and a tiny man with a long beard walked in. "Why all the tears, miller's daughter?" he asked. She told him everything, and he rubbed his hands together and said, "What will you give me if I spin it for you?" """),
(1, "open_qa", "en", "none", "none", None, """what's the difference between baking soda and baking powder? can i swap them"""),
(1, "general_qa", "en", "none", "none", None, """I retired last month after 41 years at the same firm and honestly I don't know what to do with my days. Any ideas for keeping busy that aren't just golf?"""),
(0, "classification", "en", "after", "list", None, """Rent 850
Netflix 10.99
Tesco 67.40
Petrol 45
Gym 29
Council tax 142
Takeaway 23.50
Spotify 11.99
Electric 88

Can you tag each of these as essential or non-essential for my budget sheet"""),
(1, "creative_writing", "en", "none", "none", None, """joke about knitting pls"""),
(1, "open_qa", "en", "none", "none", None, """How do bees make honey? Explain it simple, I'm in year 5"""),
(0, "summarization", "en", "after", "chat", None, """[Family group chat]
Mum: Right, Sunday lunch is at ours, 1pm
Dan: Can we make it 2? Football finishes at 12.30
Mum: Fine, 2pm. Who's bringing pudding
Sophie: I'll do a crumble
Dan: I'll bring wine
Mum: Dan you always say that and then forget
Dan: I won't forget this time!!
Sophie: Is Grandad coming?
Mum: Yes, Dan can you pick him up on the way
Dan: Yep no problem
Sophie: Should I bring custard too
Mum: Yes please, and ice cream for the kids

I missed all this, what's the plan?"""),
(1, "general_qa", "en", "none", "none", None, """how do i get my 7 year old to read more, she only wants to watch youtube"""),
(0, "classification", "en", "before", "prose", None, """Is this email spam? Yes or no.

Subject: Your parcel could not be delivered
We attempted to deliver your package today but no one was home. To reschedule, please pay the redelivery fee of £1.45 at the link below within 24 hours or your package will be returned to the sender."""),
(1, "open_qa", "en", "none", "none", None, """why is the sky blue but sunsets are orange"""),
(1, "creative_writing", "en", "none", "none", None, """I run a small bakery in a village and want a chalkboard sign for our new cinnamon buns. Give me 5 short punny lines I could write on it."""),
(0, "summarization", "en", "none", "none", None, """Recap the first episode of Stranger Things season 1 in a few lines, I want to remember where it starts before rewatching"""),
(1, "open_qa", "en", "none", "none", None, """What were the main causes of World War 1? Overview please, I have a test friday"""),
(0, "classification", "en", "before", "list", None, """Sort these songs by genre (rock, pop, hip hop, country):
Bohemian Rhapsody - Queen
Jolene - Dolly Parton
Lose Yourself - Eminem
Shake It Off - Taylor Swift
Smells Like Teen Spirit - Nirvana
Ring of Fire - Johnny Cash
Juicy - The Notorious B.I.G."""),
(1, "creative_writing", "en", "none", "none", None, """My daughter is starting secondary school on Monday and she's really nervous. Can you write a little note I can put in her lunchbox? She loves horses and hates being called sweetie."""),
(1, "general_qa", "en", "none", "none", None, """Best way to get red wine out of a beige carpet? It happened like 10 minutes ago"""),
# source: /usr/share/common-licenses/BSD, licence: BSD-3-Clause (the text itself)
(0, "summarization", "en", "before", "prose", "EV-p003", """Summarize this licence in 3 bullets, plain English please. I found it at the top of a code file I downloaded.

Copyright (c) The Regents of the University of California.
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions
are met:
1. Redistributions of source code must retain the above copyright
   notice, this list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright
   notice, this list of conditions and the following disclaimer in the
   documentation and/or other materials provided with the distribution.
3. Neither the name of the University nor the names of its contributors
   may be used to endorse or promote products derived from this software
   without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS ``AS IS'' AND
ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS
OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF
SUCH DAMAGE."""),
# source: /usr/share/common-licenses/BSD, licence: BSD-3-Clause (the text itself)
(1, "open_qa", "en", "before", "prose", "EV-p003", """I make little phone games as a side thing. If I use a code file that has this licence on top, can I still sell my game? Do I have to credit them somewhere in the app?

Copyright (c) The Regents of the University of California.
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions
are met:
1. Redistributions of source code must retain the above copyright
   notice, this list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright
   notice, this list of conditions and the following disclaimer in the
   documentation and/or other materials provided with the distribution.
3. Neither the name of the University nor the names of its contributors
   may be used to endorse or promote products derived from this software
   without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS ``AS IS'' AND
ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS
OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF
SUCH DAMAGE."""),
(0, "classification", "en", "before", "list", None, """odd one out: spaghetti, penne, fusilli, risotto, farfalle"""),
(1, "open_qa", "en", "none", "none", None, """what kind of animal is an axolotl? my son wants one"""),
(1, "general_qa", "en", "none", "none", None, """Hello, I am from Poland and now live in Ireland. My landlord say he will put rent up 200 euro from next month. Is normal? What I can do?"""),
(0, "summarization", "en", "after", "reviews", None, """Reviews for "Sunny Paws" dog daycare:
★★★★★ They sent photos of Milo every afternoon, he came home exhausted and happy.
★★★★☆ Great staff but parking is a nightmare at pick-up time.
★★☆☆☆ My dog came home with kennel cough. They were apologetic but it took 2 weeks to clear up.
★★★★★ Best in the area, they actually remember every dog's name.
★★★☆☆ A bit pricey for half days. Staff lovely though.
★★★★★ Our nervous rescue has come out of her shell since going here.

what do people mostly say? short summary pls, deciding whether to book"""),
(1, "creative_writing", "en", "none", "none", None, """write a rap about photosynthesis for my science class, needs to be catchy and get the facts right"""),
(1, "open_qa", "en", "none", "none", None, """Is it bad to charge my phone overnight every night?"""),
(0, "classification", "en", "before", "list", None, """Can you label each of these as a hardback, paperback or ebook thing? Actually no — just tell me which are fiction and which are non-fiction:
1. The Very Hungry Caterpillar
2. Sapiens
3. Harry Potter and the Goblet of Fire
4. The Body Keeps the Score
5. Pride and Prejudice
6. Salt Fat Acid Heat"""),
(1, "general_qa", "en", "none", "none", None, """We're driving from Manchester to the south of France in August with two kids under 6. How should we break up the trip?"""),
(0, "summarization", "en", "before", "prose", None, """summarise in 5 bullet points

Photosynthesis is the process by which green plants, algae and some bacteria use light energy to make their own food. It takes place mainly in the leaves, inside tiny structures called chloroplasts, which contain a green pigment called chlorophyll. Chlorophyll absorbs light, mostly from the red and blue parts of the spectrum, and reflects green light, which is why leaves look green. During photosynthesis, the plant takes in carbon dioxide from the air through small holes in the leaves called stomata, and water from the soil through its roots. Using the energy from light, it turns these into glucose, a type of sugar, and releases oxygen as a waste product. The glucose can be used straight away for energy, stored as starch, or used to build other substances the plant needs, such as cellulose for cell walls. The word equation is: carbon dioxide + water → glucose + oxygen. The rate of photosynthesis depends on light intensity, carbon dioxide concentration and temperature. If any one of these is in short supply, it limits how fast the process can happen."""),
(1, "open_qa", "en", "none", "none", None, """how long do hens live and when do they stop laying"""),
(1, "creative_writing", "en", "none", "none", None, """Retirement card message for a colleague who's been the office tea-maker for 20 years. Funny but kind."""),
(0, "classification", "en", "after", "reviews", None, """1. "Absolutely loved it, the kids didn't want to leave"
2. "Overpriced and the rides were half closed"
3. "It was ok. Food was meh but the shows were fun"
4. "Never again. Queued 90 min for one coaster"
5. "Great day out, staff super helpful"

rate each one positive/negative/neutral"""),
(1, "general_qa", "en", "none", "none", None, """i'm 16 and want a part time job but i've never had one, how do i even start"""),
(1, "open_qa", "en", "none", "none", None, """Why do onions make you cry?"""),
(0, "summarization", "en", "after", "transcript", "EV-p004", """Allotment Society committee meeting, Tuesday 7pm, church hall

Chair (Brian): OK let's start. First thing, the water troughs. Three of them are leaking again.
Jean: The one by plot 14 is the worst, it's basically a pond now.
Brian: Right. Derek, can you get a quote for replacing them?
Derek: I'll ask the chap who did the fencing. Probably around £300 for all three.
Brian: Fine. Second, the annual show. It's 14th September this year.
Jean: We need judges. Last year's judge moved away.
Mary: My neighbour judges at the county show, I can ask her.
Brian: Brilliant. And the raffle — we need prizes.
Derek: The garden centre gave us a voucher last year, I'll ask again.
Brian: Last thing, plot 22 has been empty since March. Waiting list?
Jean: Four people on it. I'll contact the first one this week.
Brian: Great. Anything else? No? Then we're done, thanks all.

Can you turn this into short minutes with who's doing what?"""),
(1, "general_qa", "en", "after", "transcript", "EV-p004", """Allotment Society committee meeting, Tuesday 7pm, church hall

Chair (Brian): OK let's start. First thing, the water troughs. Three of them are leaking again.
Jean: The one by plot 14 is the worst, it's basically a pond now.
Brian: Right. Derek, can you get a quote for replacing them?
Derek: I'll ask the chap who did the fencing. Probably around £300 for all three.
Brian: Fine. Second, the annual show. It's 14th September this year.
Jean: We need judges. Last year's judge moved away.
Mary: My neighbour judges at the county show, I can ask her.
Brian: Brilliant. And the raffle — we need prizes.
Derek: The garden centre gave us a voucher last year, I'll ask again.
Brian: Last thing, plot 22 has been empty since March. Waiting list?
Jean: Four people on it. I'll contact the first one this week.
Brian: Great. Anything else? No? Then we're done, thanks all.

I'm the treasurer and we only have about £450 in the account. Besides asking the garden centre, what are some ways we could raise money for the troughs and the show before September?"""),
(0, "classification", "en", "before", "list", None, """which are reptiles? gecko, newt, tortoise, frog, iguana, salamander, python"""),
(1, "creative_writing", "en", "none", "none", None, """Make up a short story where my two kids, Alfie and Rosa, discover a secret door in the garden shed. They're 6 and 8. Around 300 words."""),
(1, "open_qa", "en", "none", "none", None, """What does 'APR' mean on a credit card and why is mine 29.9%??"""),
(0, "summarization", "en", "none", "none", None, """Short summary of what happens in Of Mice and Men please, I have to read it for GCSE and haven't finished"""),
(1, "general_qa", "en", "none", "none", None, """any tips for knitting my first jumper? i've only done scarves"""),
(0, "classification", "en", "before", "prose", None, """is this sentence formal or informal: "Hey, just checking if u got my msg about tmrw??" """),
(1, "open_qa", "en", "none", "none", None, """explain what inflation is like im 10"""),
(1, "creative_writing", "en", "none", "none", None, """A limerick about my husband who always falls asleep in front of the telly"""),
(0, "summarization", "en", "after", "email", None, """Hi all,

Quick update from the PTA. The Christmas fair raised £2,340, which is our best ever – thank you to everyone who baked, ran stalls or just came along and spent money! The plan is to put £1,500 towards new playground equipment (the climbing frame has been fenced off since October) and the rest towards subsidising the Year 6 trip to the science museum in March.

We're also looking for volunteers for the spring disco on 21 February. We need at least six adults to help with the tuck shop and supervision. If you can spare an hour, please reply to this email or grab one of us at the gate.

Finally, our next meeting is Wednesday 15 January at 7pm in the school hall. All welcome, biscuits provided.

Thanks again,
The PTA

give me the main points"""),
(1, "general_qa", "en", "none", "none", None, """My sourdough keeps coming out flat and dense. Starter is 3 weeks old and bubbles a lot. What am I doing wrong?"""),
(1, "open_qa", "en", "none", "none", None, """do fish feel pain"""),
(0, "classification", "en", "before", "list", None, """Group these into things that go in the recycling, the food bin or general waste:
pizza box with grease on it, banana peel, crisp packet, glass jar, teabags, yoghurt pot, newspaper, nappy"""),
(1, "creative_writing", "en", "none", "none", None, """Write a Facebook post for my hairdressing salon announcing we're closing for 2 weeks for a refurb, and that we'll reopen with a new nail bar. Upbeat but not cringe"""),
(0, "summarization", "en", "after", "story", "EV-p005", """My grandfather wrote this about his first day working at the mine, I'm typing it up for the family:

"I was fourteen and my boots were two sizes too big because they had been my brother's. Mother packed bread and dripping and a twist of tea in a tin. We walked down in the dark, twenty of us, and nobody spoke. At the pithead the foreman looked at me and laughed and said I was too small to be any use, but he put me on the ponies anyway. The pony was called Captain and he knew the way better than I did. I was frightened of the dark and the noise but Captain wasn't, and I decided if he wasn't afraid I wouldn't be either. When we came up at the end of the shift the sky was already dark again and I hadn't seen the sun all day. I cried a bit on the walk home but I didn't let anyone see. I gave Mother my first wage and she put it in the jar on the mantelpiece and said, 'Now you're a man.' I didn't feel like one." 

Can you summarise it in a few sentences for the front of the family album?"""),
(1, "creative_writing", "en", "after", "story", "EV-p005", """My grandfather wrote this about his first day working at the mine, I'm typing it up for the family:

"I was fourteen and my boots were two sizes too big because they had been my brother's. Mother packed bread and dripping and a twist of tea in a tin. We walked down in the dark, twenty of us, and nobody spoke. At the pithead the foreman looked at me and laughed and said I was too small to be any use, but he put me on the ponies anyway. The pony was called Captain and he knew the way better than I did. I was frightened of the dark and the noise but Captain wasn't, and I decided if he wasn't afraid I wouldn't be either. When we came up at the end of the shift the sky was already dark again and I hadn't seen the sun all day. I cried a bit on the walk home but I didn't let anyone see. I gave Mother my first wage and she put it in the jar on the mantelpiece and said, 'Now you're a man.' I didn't feel like one." 

Could you turn this into a short poem I can read at his 95th birthday? Keep the pony in it."""),
(1, "open_qa", "en", "none", "none", None, """how does a microwave actually heat food"""),
(1, "general_qa", "en", "none", "none", None, """What should I plant in a shady north-facing border in clay soil? Want something that flowers."""),
(0, "classification", "en", "before", "list", None, """South American countries? Peru, Portugal, Chile, Guyana, Panama, Uruguay, Cuba"""),
(0, "summarization", "en", "after", "prose", None, """Residents in the Elm Park area are being warned about a rise in catalytic converter thefts. Police say 14 vehicles have been targeted in the past month, mostly hybrid cars parked on driveways overnight. Officers are advising owners to park in garages where possible, fit a protective cage or marking kit, and report any suspicious activity, such as people lying under cars or using power tools late at night. A free marking event will be held at the community centre on Saturday from 10am to 2pm.

what's this saying in one line"""),
(1, "creative_writing", "en", "none", "none", None, """write me a spooky story to tell around the campfire, my scouts are 11-13 so scary but not too gory"""),
(1, "open_qa", "en", "none", "none", None, """Whats the difference between a virus and bacteria? does that mean antibiotics dont work on a cold"""),
(0, "classification", "en", "after", "prose", None, """"Please be advised that the lift in Block C will be out of service on Thursday between 9am and 3pm for scheduled maintenance. We apologise for any inconvenience."

Is this a complaint, a request or an announcement?"""),
(1, "general_qa", "en", "none", "none", None, """How much should I charge for dog walking? I'm 15 and want to do it in my neighbourhood"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 10 name ideas for a small handmade candle business. Cosy, a bit witchy, not too cheesy."""),
(0, "summarization", "en", "none", "none", None, """Can you recap The Lion King for me in like 5 lines? Haven't seen it since I was a kid and my niece keeps quoting it"""),
(1, "open_qa", "en", "none", "none", None, """what happens to your body when you stop drinking alcohol for a month"""),
# source: Python 3.11 stdlib, module this (The Zen of Python, printed on import), licence: PSF-2.0
(0, "summarization", "en", "after", "verse", "EV-p006", """Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced.
In the face of ambiguity, refuse the temptation to guess.
There should be one-- and preferably only one --obvious way to do it.
Although that way may not be obvious at first unless you're Dutch.
Now is better than never.
Although never is often better than *right* now.
If the implementation is hard to explain, it's a bad idea.
If the implementation is easy to explain, it may be a good idea.
Namespaces are one honking great idea -- let's do more of those!

my coding club teacher put this on the wall. can u sum it up in one sentence"""),
# source: Python 3.11 stdlib, module this (The Zen of Python, printed on import), licence: PSF-2.0
(1, "creative_writing", "en", "after", "verse", "EV-p006", """Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced.
In the face of ambiguity, refuse the temptation to guess.
There should be one-- and preferably only one --obvious way to do it.
Although that way may not be obvious at first unless you're Dutch.
Now is better than never.
Although never is often better than *right* now.
If the implementation is hard to explain, it's a bad idea.
If the implementation is easy to explain, it may be a good idea.
Namespaces are one honking great idea -- let's do more of those!

I run a coding club for 10 year olds. Could you write a version of this in the same style but about tidying your bedroom? Funny please"""),
(1, "general_qa", "en", "none", "none", None, """whats the best way to store fresh herbs so they dont go slimy in 2 days"""),
(0, "classification", "en", "before", "list", None, """Tag each as indoor or outdoor hobby: bouldering, crochet, birdwatching, jigsaw puzzles, kayaking, baking, geocaching, chess"""),
(1, "open_qa", "en", "none", "none", None, """Why do we have leap years?"""),
(1, "creative_writing", "en", "none", "none", None, """Short poem for my mum's 60th, she's a nurse and she's always looking after everyone else. 8-12 lines, rhyming if possible."""),
(0, "summarization", "en", "after", "notes", None, """my notes from history lesson:
- 1066 - Edward the Confessor dies Jan, no clear heir
- Harold Godwinson crowned, but William of Normandy says he was promised throne
- Harald Hardrada (Norway) also wants it, invades north w/ Tostig (Harold's brother)
- Battle of Stamford Bridge Sept - Harold wins, Hardrada killed
- 3 days later William lands at Pevensey
- Harold marches army south really fast, tired
- Battle of Hastings 14 Oct - Normans fake retreat, shield wall breaks, Harold killed (arrow in eye? maybe myth)
- William crowned Christmas Day 1066

can you make this into a short paragraph i can revise from"""),
(1, "general_qa", "en", "none", "none", None, """my mate wants me to be best man but i get really nervous speaking in front of people. should i say no or just do it"""),
(1, "open_qa", "en", "none", "none", None, """How do noise cancelling headphones work?"""),
(0, "classification", "en", "after", "email", None, """From: accounts@shopright-deals.biz
Subject: URGENT!! Your account has been suspended
Dear Valued Customer, We have detected unusual activity on your account. Click here to verify your identity within 12 hours or your account will be permanently deleted.

scam or legit?"""),
(1, "creative_writing", "en", "none", "none", None, """I'm a retired teacher and I want to write a short letter to my old school for their 100th anniversary, remembering the 1980s. Can you draft one? Mention the terrible school dinners and the great headmaster."""),
(0, "summarization", "en", "none", "none", None, """Summarize the Titanic movie plot, short"""),
(1, "open_qa", "en", "none", "none", None, """Give me an overview of the French Revolution, main events and why it happened, about a page"""),
(1, "general_qa", "en", "none", "none", None, """I've got about 3 hours a week and want to learn guitar at 45. Where should I start?"""),
(0, "classification", "en", "before", "list", None, """Sort my spices into sweet or savoury: cinnamon, cumin, nutmeg, paprika, cardamom, turmeric, vanilla, oregano, allspice"""),
(0, "summarization", "en", "after", "reviews", None, """Tent reviews copied from the shop website:
- "Went up in 10 mins first try. Stayed dry in a proper downpour in Wales."
- "Bigger than it looks, fits 2 adults and a toddler easily. Bag is a faff to get it back into."
- "Pegs bent on first use, buy better ones."
- "Great value. Condensation inside in the mornings but that's normal."
- "Zip broke after 3 trips. Customer service replaced it though."

quick pros and cons list from these please"""),
(1, "creative_writing", "en", "none", "none", None, """Could you do me a funny speech for my dad's retirement do, he was a postman for 35 years and got chased by every dog in Swindon"""),
(1, "open_qa", "en", "none", "none", None, """what's the point of the appendix if you can live without it"""),
(0, "classification", "en", "before", "list", None, """are these healthy snacks or treats? apple slices, crisps, rice cakes, chocolate buttons, carrot sticks, popcorn, haribo"""),
(1, "general_qa", "en", "none", "none", None, """Dear sir, I want to start small shop selling Turkish sweets online. I have good recipe from my mother. How I start, what I need for legal in UK?"""),
(0, "summarization", "en", "before", "prose", None, """Please give me the gist of this, it's from my gas bill letter:

We are writing to let you know that your Direct Debit will change from £96 to £118 per month from your next payment date. This is because your recent energy usage has been higher than we estimated when we last reviewed your account, and your account is currently £187.40 in debit. Your new Direct Debit amount has been calculated to clear this balance over the next 12 months as well as cover your expected future use. If you would like to discuss this, or provide a meter reading so that we can check your account, please log in to your online account or call us. You do not need to do anything if you are happy with the new amount."""),
(1, "open_qa", "en", "none", "none", None, """how do hedgehogs survive winter"""),
(1, "creative_writing", "en", "none", "none", None, """haiku about a rainy monday please"""),
(1, "general_qa", "en", "none", "none", None, """Planning a kids' party for 15 six-year-olds in a small garden. What games work without needing much space or stuff?"""),
(0, "classification", "en", "after", "chat", None, """Customer: hi my order #4471 hasn't arrived and it's been 10 days, tracking says delivered but it's not here

Which department should this go to: billing, delivery, returns or technical support?"""),
(0, "summarization", "en", "none", "none", None, """Can you give me a short plot summary of Charlotte's Web? It's for my year 3 son who's reading it"""),
(1, "open_qa", "en", "none", "none", None, """Why do planes leave white lines in the sky?"""),
(1, "creative_writing", "en", "none", "none", None, """Need a quick thank-you message for my neighbours who fed our cats while we were on holiday. They also watered the plants. Casual."""),
(1, "general_qa", "en", "none", "none", None, """what's a good game for me and my 10 year old to play together on the switch"""),
(0, "classification", "en", "before", "list", None, """Label each animal as nocturnal or diurnal: owl, squirrel, hedgehog, badger, robin, bat, fox, butterfly"""),
(1, "open_qa", "en", "none", "none", None, """what makes bread rise?"""),
(0, "summarization", "en", "after", "email", None, """Hiya,

So sorry for the delay getting back to you about the village hall booking! Good news, Saturday 19th October is free. The hall is £25 an hour and there's a minimum of 3 hours. You're welcome to set up from 10am if your party starts at 1. The kitchen is included but the dishwasher is temperamental so maybe bring paper plates. Please make sure everything is cleared by 6pm as the Zumba class comes in at 6.30. We'll need a £50 deposit to hold the date, refundable if the hall is left clean. Let me know if you want to go ahead and I'll send the form.

Best,
Carol (Hall Committee)

Summarise the key details for me?"""),
(1, "general_qa", "en", "none", "none", None, """Is it worth getting a heat pump for a 1930s semi in the UK or will it just be cold?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a cute little poem about autumn leaves for a year 1 class assembly"""),
]
