# writer everyday, part 12. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "EV-p094", """From our local paper. My nan lives on Mill Street and won't read long articles, can you summarise the important bits in 4 bullets?

Residents count the cost as River Leam bursts its banks

Residents of the Mill Street and Bridge End area of Leamford were clearing up yesterday after the River Leam burst its banks for the second time in three years, flooding more than 60 homes and businesses.

The river rose rapidly on Sunday evening after more than a month's worth of rain fell in 24 hours across the upper catchment. The Environment Agency issued a flood warning at 6.40pm, upgraded to a severe flood warning, meaning danger to life, shortly after 9pm. Firefighters and volunteers from the local lifeboat crew helped evacuate around 40 people, including a number of elderly residents, to a rest centre at the leisure centre, where the Red Cross provided blankets, hot drinks and camp beds.

By midnight, water was more than a metre deep in parts of Mill Street. 'It came up through the floorboards first, then under the door,' said one resident, who has lived on the street for 31 years. 'We got the photos and the dog upstairs, but the kitchen's gone. Again.'

The water began to fall on Monday afternoon, leaving behind a thick layer of mud and sewage. The council has advised residents not to touch floodwater or mud with bare hands, to throw away any food that has been in contact with floodwater, and not to switch electricity back on until it has been checked by an electrician. Skips are being provided on Mill Street and Bridge End for damaged furniture and carpets, and there will be an extra bulky waste collection on Thursday.

Households that have been flooded can apply for a £500 community recovery grant from the council, and businesses for up to £2,500. Council tax relief of three months is also available. Details are on the council's website, and a drop-in advice session will be held at the library on Wednesday from 10am to 6pm, with representatives from the council, the Environment Agency and insurers.

The Environment Agency said a planned flood defence scheme for the town, including a new embankment and flood gates, had been delayed by rising costs but was still expected to begin construction next spring. Local campaigners said that was 'too little, too late' for residents who have now been flooded twice.

Anyone who needs help can call the council's emergency line, which is open 24 hours."""),
(1, "general_qa", "en", "after", "prose", "EV-p094", """From our local paper:

Residents of the Mill Street and Bridge End area of Leamford were clearing up yesterday after the River Leam burst its banks for the second time in three years, flooding more than 60 homes and businesses.

By midnight, water was more than a metre deep in parts of Mill Street. 'It came up through the floorboards first, then under the door,' said one resident. 'We got the photos and the dog upstairs, but the kitchen's gone. Again.'

The Environment Agency said a planned flood defence scheme for the town had been delayed by rising costs but was still expected to begin construction next spring.

My nan is 84 and lives on Mill Street. She got flooded both times. She refuses to move. What can we do to make her house more flood-resilient, and how do we make a proper flood plan with her so she's safe next time?"""),
(1, "open_qa", "en", "none", "none", None, """why does flooding seem to be getting worse in the UK? is it just climate change or building on floodplains too"""),
(0, "classification", "en", "before", "list", None, """Flood recovery — for each item say keep (clean it) or throw away: tinned food with intact cans, soft toys, wooden dining table, mattress, plastic plates, carpet, photos in albums, opened cereal"""),
(0, "summarization", "en", "before", "prose", "EV-p095", """Please turn this hospital letter into a short checklist for my dad (he's 79 and hates reading long things):

Dear Mr Evans,

Your operation: Right knee replacement
Date: Tuesday 14 May. Please arrive at the Day Surgery Unit, Level 2, at 7.00am.

Before your operation

Eating and drinking: Please do not eat anything, including chewing gum or sweets, after midnight the night before your operation. You may drink water only until 6.00am on the morning of your operation. After 6.00am, please do not eat or drink anything at all. This is very important for your safety during the anaesthetic. If you do eat or drink after these times, your operation may have to be cancelled.

Medicines: Please continue to take your usual medicines, with a small sip of water, on the morning of your operation, except the following: stop taking your aspirin 7 days before your operation; do not take your metformin on the morning of the operation. If you take any other blood-thinning medicine, please contact the pre-assessment team as soon as possible.

Washing: Please have a bath or shower on the evening before or the morning of your operation. Do not apply any creams, lotions or talc to your legs. Please remove all nail varnish and jewellery (a wedding ring can be taped). Do not shave your legs.

What to bring: Your medicines in their original boxes, this letter, loose comfortable clothes, slippers with a back, a dressing gown, toiletries, your glasses and hearing aids, and something to read. Please do not bring valuables or large amounts of money. You may be in hospital for 1 to 3 nights.

Getting home: You will not be able to drive for at least 6 weeks. Please arrange for someone to collect you from the ward and, if possible, to stay with you for the first few days. You will be given crutches and exercises by the physiotherapist before you go home.

If you have a cold, cough, or any other illness in the week before your operation, please ring the pre-assessment team, as it may need to be postponed.

We look forward to seeing you.

Yours sincerely,
Orthopaedic Admissions"""),
(1, "open_qa", "en", "before", "prose", "EV-p095", """Why can't you eat before an anaesthetic, but you can have water until 6am? And why stop aspirin but only skip metformin on the day? My dad (79, diabetic) thinks it's all nonsense and wants to know the actual reasons.

Your operation: Right knee replacement
Date: Tuesday 14 May.

Eating and drinking: Please do not eat anything, including chewing gum or sweets, after midnight the night before your operation. You may drink water only until 6.00am on the morning of your operation. After 6.00am, please do not eat or drink anything at all. This is very important for your safety during the anaesthetic.

Medicines: Please continue to take your usual medicines, with a small sip of water, on the morning of your operation, except the following: stop taking your aspirin 7 days before your operation; do not take your metformin on the morning of the operation. If you take any other blood-thinning medicine, please contact the pre-assessment team as soon as possible."""),
(1, "creative_writing", "en", "none", "none", None, """Write a funny 'get well soon' card for my dad's knee replacement. He's 79, grumpy, supports Wolves and says the NHS food is the best thing about it"""),
(0, "classification", "en", "before", "email", None, """I run a dog grooming salon. Can you put each of these messages into BOOKING, CANCELLATION, PRICE QUESTION, COMPLAINT or THANK YOU? Just number and label.

1. "Hi, can I book Teddy in for a full groom next Thursday? He's a cockapoo."
2. "How much do you charge for a nail clip only?"
3. "So sorry, Bella's got an upset tummy, we'll have to cancel tomorrow."
4. "Just wanted to say Max looks amazing, thank you!!"
5. "You cut my dog's fur much shorter than I asked for. I'm really upset."
6. "Do you do puppy introductions? What's the price?"
7. "Can I move Luna from Tuesday to Friday?"
8. "We won't need the 10am on Saturday any more, thanks."
9. "Is it extra for a matted coat?"
10. "Thank you for being so patient with Biscuit, he's so nervous usually."
11. "My dog came back with a small cut near his ear, can you explain what happened?"
12. "Have you got anything on a Sunday for a Westie?" """),
(1, "creative_writing", "en", "none", "none", None, """Write a sincere apology message to a dog grooming customer who's upset I cut her dog's fur too short. Offer a free bath next time. Warm, not grovelling"""),
(1, "general_qa", "en", "none", "none", None, """ways to get more customers for my dog grooming business without spending loads on ads? small town"""),
(0, "summarization", "en", "after", "transcript", None, """Transcript of a YouTube review of a budget phone. I can't watch it at work, just give me the verdict and the main pros and cons:

"Hey everyone, welcome back. So today we're looking at the new Zeta A15, which costs just £149, and the big question is: is it actually any good, or is it one of those phones that's cheap for a reason? I've been using it as my main phone for two weeks, so let's get into it.

First, the design. Honestly, for the price, it looks pretty decent. It's plastic, obviously, but it's got this matte finish on the back that doesn't pick up fingerprints, and it comes in three colours. It's a bit chunky, 200 grams, but it feels solid. There's a headphone jack, which some people will love, and a fingerprint sensor in the power button that works about nine times out of ten.

The screen is a 6.5-inch LCD, not OLED, so blacks aren't very deep, but it's bright enough to use outside and it's got a 90Hz refresh rate, so scrolling feels smooth. For watching YouTube and Netflix it's absolutely fine.

Performance is where you notice the price. Day-to-day stuff, WhatsApp, emails, browsing, it's fine. Opening the camera is a bit slow, and switching between lots of apps, it sometimes has to reload them. Gaming, light games like Candy Crush are fine, but anything heavy like Genshin, forget it, it stutters a lot.

Battery life, though, is brilliant. It's a 5,000 milliamp battery and I was regularly finishing the day with 40 percent left. Two-day battery if you're a light user. Charging is slow, 18 watts, so a full charge takes about two hours.

Cameras. The main camera in good daylight is actually really nice, colourful, sharp enough for Instagram. In low light it falls apart: noisy, blurry, and it takes ages to take the picture. The other two cameras on the back, a 'macro' and a 'depth sensor', are basically useless. The selfie camera is OK.

Software: it comes with Android 14 and they're promising two years of updates, which is not great. There's also a bit of bloatware, a few games and apps you'll want to uninstall.

So, verdict. If you're buying a phone for a kid, a grandparent, or you just need something reliable for calls, messages and maps with a great battery, this is a really good buy for £149. If you care about photos at night or gaming, spend a bit more. Let me know in the comments what you think, and I'll see you next time." """),
(1, "general_qa", "en", "none", "none", None, """buying a first phone for my 11 year old, budget 150. what should I look for and what parental controls should I set up on day one"""),
(0, "classification", "en", "before", "list", None, """Phone features — useful for a grandparent or not really needed? big text mode, 3 rear cameras, emergency SOS button, 120Hz screen, loud speaker, hearing aid compatibility, gaming mode, long battery"""),
(0, "summarization", "en", "after", "prose", None, """My son's book report on Holes by Louis Sachar. I want to check he's got the plot, can you give me a 3-sentence version of what he wrote?

Holes is about a boy called Stanley Yelnats who is sent to a juvenile detention camp called Camp Green Lake for a crime he didn't do. Someone stole a famous baseball player's trainers and they fell on Stanley's head from a bridge, so the police thought he stole them. His family think they are cursed because of his 'no-good-dirty-rotten-pig-stealing-great-great-grandfather', who broke a promise to a fortune teller called Madame Zeroni. At Camp Green Lake there is no lake, it dried up over a hundred years ago, and the boys have to dig a hole five feet deep and five feet wide every day in the hot sun. The Warden says it 'builds character', but really she is looking for something buried. Stanley makes friends with a boy called Zero, who can't read, and Stanley teaches him. Zero runs away and Stanley goes after him into the desert. They climb a mountain shaped like a thumb and find onions to eat, which keep them alive. There is also a story from a long time ago about a teacher called Kate Barlow who became an outlaw called Kissin' Kate after the man she loved was killed, and she buried her treasure near the lake. In the end Stanley and Zero go back and find the treasure, which belongs to Stanley's family, and the curse is broken because Stanley carried Zero up the mountain like his great-great-grandfather was supposed to carry Madame Zeroni. Zero's real name is Hector Zeroni so it all connects. I liked this book because all the stories join up at the end and it is funny but also sad. I would give it 9 out of 10."""),
(1, "general_qa", "en", "none", "none", None, """my son loved Holes. what should he read next? he's 11 and usually hates reading"""),
(0, "summarization", "en", "none", "none", None, """Summarise the plot of Holes in 3 sentences — I want to see if my son's version matches"""),
(1, "open_qa", "en", "none", "none", None, """what are the main themes in Holes? like fate, friendship, racism? my son's teacher wants him to write about one"""),
(0, "classification", "en", "after", "list", None, """Here are my spending notes from the last two weeks:
- Mon: £3.20 meal deal (lunch at work)
- Mon: £45 petrol
- Tue: £12.99 phone bill
- Wed: £6.50 coffee x2 with Sam
- Thu: £28 food shop Lidl
- Thu: £9.99 new phone case (didn't need it tbh)
- Fri: £35 night out
- Sat: £70 kids' football boots
- Sun: £18 Sunday carvery
- Mon: £3.20 meal deal
- Tue: £850 rent
- Wed: £15 birthday present for niece
- Thu: £31 food shop
- Fri: £22 takeaway
- Sat: £40 haircut
- Sun: £4.50 parking

Tag each one as needs, wants or savings-killer (things I could easily cut)"""),
(1, "general_qa", "en", "none", "none", None, """help me stop spending money on meal deals and coffee at work without feeling like I'm punishing myself"""),
(0, "summarization", "en", "after", "prose", "EV-p096", """This is from the information pack for my mum's care home. Please give me a 5-bullet summary I can share with my brothers:

Visiting: There are no fixed visiting hours, and relatives and friends are welcome at any time, although we ask that visitors avoid mealtimes (12.30–1.30pm and 5–6pm) where possible, so residents can eat without distraction. Please sign in and out at reception. Children and well-behaved dogs are welcome.

Personal belongings: We encourage residents to bring small items of furniture, photographs and ornaments to make their room feel like home. All clothing must be labelled; we can arrange name labels for a small charge. Please do not leave valuables or large amounts of cash in rooms.

Meals: Residents choose from a daily menu with at least two hot options at lunch and supper. Special diets (diabetic, soft, vegetarian, cultural) are catered for. Relatives are welcome to join for lunch for £6.

Health: A GP visits weekly, and residents can keep their own GP if they are within the practice area. Our nurses manage all medication. A chiropodist visits every six weeks, and a hairdresser every Tuesday (charged separately).

Activities: Our activities coordinator runs a programme seven days a week, including music, quizzes, gardening, chair exercise, arts and crafts and regular trips out. A printed activity calendar is displayed on each floor.

Fees: Fees are reviewed annually in April. Extras such as hairdressing, newspapers and trips are added to a monthly statement."""),
(1, "general_qa", "en", "after", "prose", "EV-p096", """From my mum's new care home's information pack:

Visiting: There are no fixed visiting hours, and relatives and friends are welcome at any time, although we ask that visitors avoid mealtimes where possible. Children and well-behaved dogs are welcome.

Personal belongings: We encourage residents to bring small items of furniture, photographs and ornaments to make their room feel like home.

Activities: Our activities coordinator runs a programme seven days a week, including music, quizzes, gardening, chair exercise, arts and crafts and regular trips out.

Mum has dementia and moved in last week. She keeps asking to 'go home'. What can we bring or do to help her settle? And how often should we visit at the start — my brother says stay away for 2 weeks, I think that's cruel."""),
(1, "creative_writing", "en", "none", "none", None, """write a simple, gentle poem I can read to my mum who has dementia, about the seaside trips we used to take, short lines, familiar things"""),
(0, "classification", "en", "before", "list", None, """Memory-friendly activities for care homes — mostly physical, mostly social, or mostly sensory? chair yoga, hand massage, sing-along, bingo, bread baking, balloon volleyball, smelling herbs, reminiscence photos"""),
(0, "summarization", "en", "after", "chat", None, """Chat with my daughter at uni, I'm trying to work out what's going on, summarise her side please:

Her: mum I need to talk
Her: it's not bad don't panic
Her: ok it's a bit bad
Her: I failed my stats module. I can resit in August
Me: Oh love. Are you ok?
Her: yeah. I mean no. I just didn't get it and was too embarrassed to go to office hours
Her: everyone else seemed to get it
Her: I've looked it up and if I pass the resit it's capped at 40 but I can still go into second year
Her: and my tutor said I can get extra support from the maths help centre
Her: I'm going to stay here for part of the summer to study, is that ok? I can pick up more shifts at the café
Me: Of course. Proud of you for telling me.
Her: thanks mum. don't tell dad yet pls I'll tell him"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, loving text from a dad to his daughter at uni who just failed a module and is scared to tell him. He wants her to know he's not angry"""),
(0, "classification", "en", "before", "prose", None, """Is this message from someone who sounds calm, worried or angry? "I've looked it up and if I pass the resit it's capped at 40 but I can still go into second year, so it's fine, it's fine." """),
(0, "summarization", "en", "after", "reviews", None, """Reviews of three local driving instructors, summarise each one in a sentence so I can choose:

Instructor A (Sue's School of Motoring):
"Very patient, perfect for nervous drivers." "Lessons sometimes cancelled last minute." "Passed first time with Sue!" "Car is a bit old but reliable."

Instructor B (FastPass):
"Very expensive, £48 an hour." "Intensive course got me through in 3 weeks." "Instructor was on his phone during one lesson." "Great pass rate."

Instructor C (Dave, independent):
"Really good at explaining roundabouts." "Bit grumpy in the mornings lol." "Flexible with times, did evenings after my shifts." "Cheapest around, £34 an hour." """),
(1, "general_qa", "en", "none", "none", None, """my 17yo is super anxious about driving. intensive course or weekly lessons? which is better for nervous learners"""),
(0, "classification", "en", "before", "list", None, """Which of these driving test faults are usually minor and which can make you fail straight away? not checking mirrors once, mounting the kerb, stalling once, going through a red light, not signalling on an empty road, causing another car to brake"""),
(0, "summarization", "en", "after", "email", None, """Dear parents of Year 11,

With exams starting on 13 May, I wanted to share some important information.

Exam timetables have been emailed to each student and are also on the school website. Please check your child's copy carefully, including morning (AM) and afternoon (PM) sessions. Students must arrive at least 15 minutes before the start of each exam. Anyone arriving after the exam has started may not be allowed in.

Students must bring their own clear pencil case with black pens, pencils, a rubber, a ruler and, where needed, a calculator. Mobile phones and smart watches are not allowed in the exam hall, even if switched off; anyone found with one may be disqualified from that subject. Water is allowed in a clear bottle with the label removed.

Study leave will begin on Friday 10 May. During study leave, students only need to be in school for their exams and any revision sessions they have signed up for. Revision sessions for most subjects run after school and during half term; the full programme is on the website.

If your child is ill on the day of an exam, please call the exams officer before 8am. A doctor's note may be needed for special consideration.

Finally, please look after yourselves and your children. This can be a stressful time. If you are worried about your child's wellbeing, please contact their Head of Year.

Best wishes,
Mrs Patel, Head of Year 11

summarise in 6 bullets for my son, he won't read it otherwise"""),
(1, "general_qa", "en", "none", "none", None, """how do I support my 16 year old through GCSE exams without nagging? he shuts himself in his room and says he's fine"""),
(1, "creative_writing", "en", "none", "none", None, """Write a good luck message to my son for his first GCSE exam tomorrow, short enough for a text, a bit funny, he's into gaming"""),
(0, "classification", "en", "before", "list", None, """Allowed or not allowed in the exam hall? clear pencil case, smart watch, water in a labelled bottle, calculator, phone switched off, black pen, highlighter, ruler"""),
(0, "summarization", "en", "after", "prose", None, """Here's a blog post from a seed company I like. Can you give me the 3 main tips?

The secret to a long season of salads isn't a bigger garden, it's smarter sowing. Most beginners make the same mistake: they sow a whole packet of lettuce in April, get forty lettuces ready in the same week in June, and then nothing for the rest of the summer. Instead, try 'little and often': sow a short row, or a few modules, every two to three weeks from March to August. That way you'll have a steady supply, and if one sowing fails because of slugs or a heatwave, you haven't lost everything. Second, pick cut-and-come-again varieties like mixed salad leaves, rocket and mizuna. Rather than pulling the whole plant, snip the outer leaves about an inch above the soil and the plant will regrow two or three times. Finally, give your salads some shade in high summer. Lettuce bolts (runs to seed) and turns bitter in hot, dry weather, so in July and August sow in a spot that gets shade in the afternoon, or under taller crops like sweetcorn or climbing beans. Keep the soil moist and you'll be picking leaves well into October."""),
(1, "creative_writing", "en", "none", "none", None, """Write a tongue-in-cheek 'ode to the slug' for my allotment society newsletter, 3 verses"""),
(0, "classification", "en", "after", "prose", None, """"Lettuce bolts (runs to seed) and turns bitter in hot, dry weather, so in July and August sow in a spot that gets shade in the afternoon."

Is this sentence giving advice, describing a problem, or both? Pick the best label: advice / problem / both"""),
(0, "summarization", "en", "after", "notes", None, """Meeting notes from my first day volunteering at the food bank, tidy into 5 clear steps:
arrive 9.15 sign in at desk (lanyard)
check dates on tins — anything past best-before ok if under 3 months, use-by NO
sort into crates: tins veg / tins meat / pasta & rice / cereal / toiletries / baby
parcels made up by family size – chart on wall (1 person, 2-3, 4+)
no personal chat about clients' situations, confidentiality!!
clients come in 11-1, offer tea, sit with them while parcel fetched
end: sweep, crates stacked, sign out"""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between best before and use by dates? is it actually safe to eat stuff past best before"""),
(0, "classification", "en", "before", "list", None, """Food bank donations — which crate? baked beans, nappies, spaghetti, corned beef, shampoo, cornflakes, tinned carrots, baby wipes, rice, toothpaste (crates: tins veg, tins meat, pasta & rice, cereal, toiletries, baby)"""),
(1, "creative_writing", "en", "none", "none", None, """Could you write an appeal for our church newsletter asking for food bank donations before Christmas. Mention we especially need toiletries and tinned meat. Not guilt-trippy"""),
(0, "summarization", "en", "after", "prose", None, """Extract from the new-resident welcome leaflet for our estate, please give me the 4 things I need to do this week:

Welcome to Willow Park! To help you settle in, here's what you need to know.

Bins: General waste (black) is collected on Mondays; recycling (blue) and garden waste (brown, subscription only) alternate on Thursdays. Please order your bins from the council website as soon as you move in, as new-build homes are not always supplied with them.

Parking: Each home has allocated spaces shown on your plot plan. Visitor bays are on Birch Way and Alder Close. Please don't park on the pavements or the grass verges, as the roads have not yet been adopted by the council and the developer will issue warnings.

Management company: The communal areas, play park and lighting are maintained by Greenway Estates, who charge an annual service fee (about £240 per home). You should have received an invoice with your completion documents; please set up payment within 30 days.

Snagging: Report any defects in your home to the developer's customer care team within your first two years. Most new homeowners find a few small issues, such as cracks in plaster or sticking doors. Please take photos and report everything in one list if possible.

Community: There's a residents' Facebook group and a summer barbecue on the green in July."""),
(1, "general_qa", "en", "none", "none", None, """just bought a new build, the snagging list is huge (cracked tiles, door won't close, gap under skirting). how do I make sure the developer actually fixes it all?"""),
]
