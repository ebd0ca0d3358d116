# writer everyday, part 06. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/CC0-1.0 (Statement of Purpose, sections 2 and 4), licence: CC0-1.0 text
(0, "summarization", "en", "before", "prose", "EV-p043", """I found some free clip art of vegetables for my farm shop leaflets and it came with this. Summarise in 3-4 bullets what it's saying, no legal words please.

Statement of Purpose

The laws of most jurisdictions throughout the world automatically confer
exclusive Copyright and Related Rights (defined below) upon the creator
and subsequent owner(s) (each and all, an "owner") of an original work of
authorship and/or a database (each, a "Work").

Certain owners wish to permanently relinquish those rights to a Work for
the purpose of contributing to a commons of creative, cultural and
scientific works ("Commons") that the public can reliably and without fear
of later claims of infringement build upon, modify, incorporate in other
works, reuse and redistribute as freely as possible in any form whatsoever
and for any purposes, including without limitation commercial purposes.
These owners may contribute to the Commons to promote the ideal of a free
culture and the further production of creative, cultural and scientific
works, or to gain reputation or greater distribution for their Work in
part through the use and efforts of others.

2. Waiver. To the greatest extent permitted by, but not in contravention
of, applicable law, Affirmer hereby overtly, fully, permanently,
irrevocably and unconditionally waives, abandons, and surrenders all of
Affirmer's Copyright and Related Rights and associated claims and causes
of action, whether now known or unknown (including existing as well as
future claims and causes of action), in the Work (i) in all territories
worldwide, (ii) for the maximum duration provided by applicable law or
treaty (including future time extensions), (iii) in any current or future
medium and for any number of copies, and (iv) for any purpose whatsoever,
including without limitation commercial, advertising or promotional
purposes (the "Waiver"). Affirmer makes the Waiver for the benefit of each
member of the public at large and to the detriment of Affirmer's heirs and
successors, fully intending that such Waiver shall not be subject to
revocation, rescission, cancellation, termination, or any other legal or
equitable action to disrupt the quiet enjoyment of the Work by the public
as contemplated by Affirmer's express Statement of Purpose.

4. Limitations and Disclaimers.

 a. No trademark or patent rights held by Affirmer are waived, abandoned,
    surrendered, licensed or otherwise affected by this document.
 b. Affirmer offers the Work as-is and makes no representations or
    warranties of any kind concerning the Work, express, implied,
    statutory or otherwise, including without limitation warranties of
    title, merchantability, fitness for a particular purpose, non
    infringement, or the absence of latent or other defects, accuracy, or
    the present or absence of errors, whether or not discoverable, all to
    the greatest extent permissible under applicable law.
 c. Affirmer disclaims responsibility for clearing rights of other persons
    that may apply to the Work or any use thereof, including without
    limitation any person's Copyright and Related Rights in the Work.
    Further, Affirmer disclaims responsibility for obtaining any necessary
    consents, permissions or other rights required for any use of the
    Work."""),
# source: /usr/share/common-licenses/CC0-1.0 (Statement of Purpose, sections 2 and 4), licence: CC0-1.0 text
(1, "open_qa", "en", "before", "prose", "EV-p043", """So with this can I print the veg clip art on paper bags I SELL, and do I still need to say who drew it? Also what does section 4c mean for me, could I still get in trouble somehow?

Statement of Purpose

The laws of most jurisdictions throughout the world automatically confer
exclusive Copyright and Related Rights (defined below) upon the creator
and subsequent owner(s) (each and all, an "owner") of an original work of
authorship and/or a database (each, a "Work").

Certain owners wish to permanently relinquish those rights to a Work for
the purpose of contributing to a commons of creative, cultural and
scientific works ("Commons") that the public can reliably and without fear
of later claims of infringement build upon, modify, incorporate in other
works, reuse and redistribute as freely as possible in any form whatsoever
and for any purposes, including without limitation commercial purposes.
These owners may contribute to the Commons to promote the ideal of a free
culture and the further production of creative, cultural and scientific
works, or to gain reputation or greater distribution for their Work in
part through the use and efforts of others.

2. Waiver. To the greatest extent permitted by, but not in contravention
of, applicable law, Affirmer hereby overtly, fully, permanently,
irrevocably and unconditionally waives, abandons, and surrenders all of
Affirmer's Copyright and Related Rights and associated claims and causes
of action, whether now known or unknown (including existing as well as
future claims and causes of action), in the Work (i) in all territories
worldwide, (ii) for the maximum duration provided by applicable law or
treaty (including future time extensions), (iii) in any current or future
medium and for any number of copies, and (iv) for any purpose whatsoever,
including without limitation commercial, advertising or promotional
purposes (the "Waiver"). Affirmer makes the Waiver for the benefit of each
member of the public at large and to the detriment of Affirmer's heirs and
successors, fully intending that such Waiver shall not be subject to
revocation, rescission, cancellation, termination, or any other legal or
equitable action to disrupt the quiet enjoyment of the Work by the public
as contemplated by Affirmer's express Statement of Purpose.

4. Limitations and Disclaimers.

 a. No trademark or patent rights held by Affirmer are waived, abandoned,
    surrendered, licensed or otherwise affected by this document.
 b. Affirmer offers the Work as-is and makes no representations or
    warranties of any kind concerning the Work, express, implied,
    statutory or otherwise, including without limitation warranties of
    title, merchantability, fitness for a particular purpose, non
    infringement, or the absence of latent or other defects, accuracy, or
    the present or absence of errors, whether or not discoverable, all to
    the greatest extent permissible under applicable law.
 c. Affirmer disclaims responsibility for clearing rights of other persons
    that may apply to the Work or any use thereof, including without
    limitation any person's Copyright and Related Rights in the Work.
    Further, Affirmer disclaims responsibility for obtaining any necessary
    consents, permissions or other rights required for any use of the
    Work."""),
(0, "classification", "en", "before", "list", None, """Quick one — tag as spring, summer, autumn or winter veg (UK): asparagus, courgettes, pumpkin, sprouts, broad beans, runner beans, parsnips, new potatoes"""),
(1, "creative_writing", "en", "none", "none", None, """i sell veg boxes from my farm. write a chalkboard line for this week, it's all courgettes again lol"""),
(0, "summarization", "en", "after", "email", "EV-p044", """Letter from my pen friend in Japan, she's 81 and we've written for 40 years. I'm making a little book of her letters and want a 2-3 sentence summary at the top of each:

Dear Margaret,

Thank you for your letter and for the photographs of your grandson's graduation. How tall he has become! He looks just like your late husband in the picture where he is laughing. Please tell him congratulations from an old lady in Kyoto.

Here, the cherry blossoms came early this year, at the end of March, and they were gone after only one week because of heavy rain. My daughter drove me to the river so I could see them before they fell. I sat on the bench where my husband and I used to eat our lunch, and I had a rice ball and some pickled plum, just as we did. It was a little sad but mostly happy. I think he would be pleased that I still go.

My health is fine, although my knees complain on the stairs. The doctor says I must walk every day, so now I walk to the small shrine at the end of our street every morning and I say good morning to the old cat who lives there. I think the cat is also 81 in cat years. We understand each other.

My great-granddaughter, Hana, is now four years old. She is learning to write hiragana and she wrote my name on a card for me. The letters are very large and one of them is upside down, but I have put it on the wall next to my bed.

I have started a new hobby! My neighbour teaches me to knit. I am very bad at it. I have made one scarf that is wide at one end and thin at the other, like a carrot. I will not send it to you. Perhaps next year I will make a better one.

You asked what I remember about the first letter you sent me in 1984. I remember that you wrote about your garden and you drew a picture of a robin at the bottom, because you said there was no robin in Japan and you wanted me to see one. I still have that drawing. I have always thought how kind it was, to send a bird across the world to someone you did not know.

Please write soon and tell me about your roses. Take care of your back.

With warm wishes,
Keiko"""),
(1, "creative_writing", "en", "after", "email", "EV-p044", """Letter from my pen friend in Japan, she's 81 and we've written for 40 years:

Dear Margaret,

Thank you for your letter and for the photographs of your grandson's graduation. How tall he has become! He looks just like your late husband in the picture where he is laughing. Please tell him congratulations from an old lady in Kyoto.

Here, the cherry blossoms came early this year, at the end of March, and they were gone after only one week because of heavy rain. My daughter drove me to the river so I could see them before they fell. I sat on the bench where my husband and I used to eat our lunch, and I had a rice ball and some pickled plum, just as we did. It was a little sad but mostly happy. I think he would be pleased that I still go.

My health is fine, although my knees complain on the stairs. The doctor says I must walk every day, so now I walk to the small shrine at the end of our street every morning and I say good morning to the old cat who lives there. I think the cat is also 81 in cat years. We understand each other.

My great-granddaughter, Hana, is now four years old. She is learning to write hiragana and she wrote my name on a card for me. The letters are very large and one of them is upside down, but I have put it on the wall next to my bed.

I have started a new hobby! My neighbour teaches me to knit. I am very bad at it. I have made one scarf that is wide at one end and thin at the other, like a carrot. I will not send it to you. Perhaps next year I will make a better one.

You asked what I remember about the first letter you sent me in 1984. I remember that you wrote about your garden and you drew a picture of a robin at the bottom, because you said there was no robin in Japan and you wanted me to see one. I still have that drawing.

Please write soon and tell me about your roses. Take care of your back.

With warm wishes,
Keiko

I'm Margaret. Could you help me write a warm reply? I'm 79, my roses got blackspot this year, my back is better, and I've been knitting for 60 years so I want to offer some gentle tips without being bossy. Keep it in my voice, a bit old-fashioned."""),
(0, "classification", "en", "before", "prose", None, """what language is 'Grazie mille, a domani!' """),
(1, "open_qa", "en", "none", "none", None, """how do Japanese people have 3 different alphabets, how does that even work"""),
(0, "summarization", "en", "after", "prose", None, """Welcome to The Old Dairy! A few things to know about your stay:

Check-in is from 4pm and check-out is by 10am. The key is in the lockbox to the left of the front door; the code will be texted to you on the morning of arrival. Please don't leave the key in the door when you go out, as the lock jams.

The heating is controlled by the thermostat in the hallway. It's set to come on at 6am and 5pm. Please don't turn it above 21 degrees, as the old boiler can't cope. The wood burner can be used (logs in the store by the back door, please don't use the logs stacked by the barn, those are ours!). Make sure the vent is fully open before lighting it.

Wi-fi: the network is OldDairy_Guest and the password is on the fridge. Signal is weak in the bedrooms, sorry.

Bins: black bin for general waste, green box for glass and cans, blue bag for paper and cardboard. Collection is Thursday morning, please put them at the end of the lane on Wednesday night if you're staying over.

The farm: you're very welcome to walk around the fields with the footpath signs, but please close all gates behind you. The cows in the top field are friendly but curious; keep dogs on leads. Please don't feed the horses.

Quiet hours are after 10.30pm as our house is next door. Smoking is not allowed anywhere inside.

If there's any problem, ring or text us on the number in the folder. We're usually around!

Enjoy your stay, Helen & Rob

Can you turn this into 6 short bullets for my family group chat before we go? there's 9 of us"""),
(1, "general_qa", "en", "none", "none", None, """Holiday cottage with 9 of us, 3 families, 2 dogs, 1 bathroom. How do we avoid falling out? Seriously"""),
(0, "classification", "en", "before", "list", None, """dogs breeds by size, small/medium/large: chihuahua, labrador, border collie, great dane, pug, springer spaniel, newfoundland, jack russell"""),
(0, "summarization", "en", "none", "none", None, """Give me a 5-line recap of Marley & Me before I watch it with my kids, does the dog die"""),
(1, "general_qa", "en", "none", "none", None, """our old dog is 14 and slowing down a lot. how do you know when it's time? I don't want to leave it too late or too early"""),
(1, "creative_writing", "en", "none", "none", None, """Please help with a poem for my dog's memorial stone in the garden. His name was Bramble, a scruffy terrier who loved chasing the postman"""),
(0, "classification", "en", "after", "reviews", "EV-p045", """Customer comments on my bakery's new vegan range:
A: "The vegan brownie is better than the normal one, honestly"
B: "Bit dry, the carrot cake"
C: "Please do a vegan sausage roll!!"
D: "Expensive for the size"
E: "My daughter has a dairy allergy and it's so nice to have options"
F: "Labels were confusing, I didn't know which ones had nuts"

Sort each comment into: taste, price, range request, labelling, or other"""),
(1, "general_qa", "en", "after", "reviews", "EV-p045", """Customer comments on my bakery's new vegan range:
A: "The vegan brownie is better than the normal one, honestly"
B: "Bit dry, the carrot cake"
C: "Please do a vegan sausage roll!!"
D: "Expensive for the size"
E: "My daughter has a dairy allergy and it's so nice to have options"
F: "Labels were confusing, I didn't know which ones had nuts"

How do I fix the labelling problem properly? I'm worried about allergy law, I'm a tiny bakery with 2 staff."""),
(1, "open_qa", "en", "none", "none", None, """what are the 14 allergens you have to label in the UK"""),
(0, "summarization", "en", "after", "prose", None, """From my daughter's geography textbook, she needs a summary of 50 words:

Volcanoes form where magma from deep inside the Earth rises to the surface. Most volcanoes are found along the edges of tectonic plates. At destructive plate margins, one plate sinks beneath another and melts, creating magma that rises through cracks in the crust. These volcanoes, such as those in Japan and the Andes, are often steep-sided and erupt explosively because the magma is thick and full of gas. At constructive margins, where plates move apart, magma rises to fill the gap, forming gentler shield volcanoes with runny lava, like those in Iceland. Some volcanoes, such as those in Hawaii, form in the middle of plates over 'hotspots', where a plume of very hot material rises from deep in the mantle. Volcanic eruptions can be deadly, but volcanic soils are very fertile, which is why many people continue to live near volcanoes."""),
(1, "open_qa", "en", "none", "none", None, """why do people live near volcanoes if they're so dangerous? give me an overview for my geography homework"""),
(1, "creative_writing", "en", "none", "none", None, """poem from the point of view of a sleepy volcano that's about to wake up, year 6 level"""),
(0, "classification", "en", "before", "list", None, """Is each of these a natural disaster or a man-made one? earthquake, oil spill, tsunami, wildfire, chemical leak, drought, nuclear meltdown"""),
(0, "summarization", "en", "after", "transcript", "EV-p046", """Voice memo from my nan about her wartime childhood (typed up by my phone):

"We lived in Coventry and when the big raid came in November 1940, I was six. I remember my mother waking me up and the siren going, and we went down to the Anderson shelter at the bottom of the garden. It was freezing and it smelt of earth and paraffin. There were four of us in there, me, my mum, my little brother Peter who was only two, and Mrs Halliday from next door, who'd come over because her husband was on fire watch. We were down there all night. You could hear the bombs, and you could feel them through the ground, like someone thumping the earth. Peter slept through it. I didn't. Mum sang to us, all the old songs, 'Daisy Daisy' and 'Pack Up Your Troubles', over and over. When we came out in the morning, the whole sky was orange and grey and there were bits of paper floating down, like snow, burnt paper. Our house was all right but the windows were all gone. Two streets away there was nothing left. The cathedral was burnt out. My dad was working on the railways and we didn't know if he was alive until the afternoon, when he walked in black from head to foot and just sat at the kitchen table and cried. I'd never seen my father cry before. After that I was evacuated to a farm in Wales for two years. But that's another story."

Need a 3-sentence summary for my school project on WW2 memories"""),
(1, "creative_writing", "en", "after", "transcript", "EV-p046", """Voice memo from my nan about her wartime childhood (typed up by my phone):

"We lived in Coventry and when the big raid came in November 1940, I was six. I remember my mother waking me up and the siren going, and we went down to the Anderson shelter at the bottom of the garden. It was freezing and it smelt of earth and paraffin. There were four of us in there, me, my mum, my little brother Peter who was only two, and Mrs Halliday from next door. We were down there all night. You could hear the bombs, and you could feel them through the ground, like someone thumping the earth. Peter slept through it. I didn't. Mum sang to us, all the old songs, 'Daisy Daisy' and 'Pack Up Your Troubles', over and over. When we came out in the morning, the whole sky was orange and grey and there were bits of paper floating down, like snow, burnt paper. Our house was all right but the windows were all gone. My dad was working on the railways and we didn't know if he was alive until the afternoon, when he walked in black from head to foot and just sat at the kitchen table and cried."

Can you turn her memory into a poem I can read in assembly for Remembrance Day? Use her words where you can, about 16 lines."""),
(1, "open_qa", "en", "none", "none", None, """what was an anderson shelter and did they actually work"""),
(0, "classification", "en", "before", "list", None, """Which war: WW1 or WW2? trenches, the Blitz, D-Day, Somme, evacuees, Battle of Britain, Gallipoli"""),
(1, "general_qa", "en", "none", "none", None, """I'm 14 and my history project is on family memories of the war but all my grandparents were born after. What can I do instead?"""),
(0, "summarization", "en", "after", "prose", None, """Hey, sorry it's a long one: so basically at work my manager told me on Monday that my hours are going to be cut from 30 to 20 because "it's quiet", but then on Wednesday they hired a new guy and gave him 25 hours, and when I asked about it my manager said the new guy is "more flexible" because he can work weekends, but I told them when I started that I can't do Sundays because of my kid, and they said that was fine at the time. Now I'm losing like 400 quid a month and I don't know if I can afford my rent. My contract says "minimum 16 hours per week". I've been there 2 years and never had a complaint.

that's what I told my friend. she said summarise it before you post it on a forum. can you? 2 sentences"""),
(1, "general_qa", "en", "none", "none", None, """my boss cut my hours from 30 to 20 and gave a new guy more hours. contract says min 16. is this legal in the UK and what can i do"""),
(0, "classification", "en", "after", "chat", None, """"can u pick up milk on ur way back x"

is this a request, a complaint or information?"""),
(1, "creative_writing", "en", "none", "none", None, """Text to my flatmate, make it funny, reminding her it's her turn to buy loo roll, for the 3rd week in a row"""),
(0, "summarization", "en", "none", "none", None, """Summarise the story of Cinderella in 3 sentences for a toddler"""),
(1, "creative_writing", "en", "none", "none", None, """Retell Cinderella but from the point of view of the pumpkin, short and silly, for my 6 year old"""),
(0, "classification", "en", "before", "list", None, """good guys or bad guys? Cinderella, the stepmother, the fairy godmother, Ursula, Simba, Scar, Mufasa, Cruella"""),
(1, "open_qa", "en", "none", "none", None, """Where did the Cinderella story originally come from? Was there an older version?"""),
# source: /usr/share/common-licenses/GFDL-1.3 (preamble and start of section 1), licence: GFDL-1.3 text, verbatim copying permitted
(0, "summarization", "en", "after", "prose", "EV-p047", """0. PREAMBLE

The purpose of this License is to make a manual, textbook, or other
functional and useful document "free" in the sense of freedom: to
assure everyone the effective freedom to copy and redistribute it,
with or without modifying it, either commercially or noncommercially.
Secondarily, this License preserves for the author and publisher a way
to get credit for their work, while not being considered responsible
for modifications made by others.

This License is a kind of "copyleft", which means that derivative
works of the document must themselves be free in the same sense.  It
complements the GNU General Public License, which is a copyleft
license designed for free software.

We have designed this License in order to use it for manuals for free
software, because free software needs free documentation: a free
program should come with manuals providing the same freedoms that the
software does.  But this License is not limited to software manuals;
it can be used for any textual work, regardless of subject matter or
whether it is published as a printed book.  We recommend this License
principally for works whose purpose is instruction or reference.

1. APPLICABILITY AND DEFINITIONS

This License applies to any manual or other work, in any medium, that
contains a notice placed by the copyright holder saying it can be
distributed under the terms of this License.  Such a notice grants a
world-wide, royalty-free license, unlimited in duration, to use that
work under the conditions stated herein.  The "Document", below,
refers to any such manual or work.  Any member of the public is a
licensee, and is addressed as "you".  You accept the license if you
copy, modify or distribute the work in a way requiring permission
under copyright law.

A "Modified Version" of the Document means any work containing the
Document or a portion of it, either copied verbatim, or with
modifications and/or translated into another language.

I'm a retired teacher writing a free knitting manual for my village group. Someone suggested this licence. Can you sum up what it says in 3 sentences?"""),
# source: /usr/share/common-licenses/GFDL-1.3 (preamble and start of section 1), licence: GFDL-1.3 text, verbatim copying permitted
(1, "general_qa", "en", "after", "prose", "EV-p047", """0. PREAMBLE

The purpose of this License is to make a manual, textbook, or other
functional and useful document "free" in the sense of freedom: to
assure everyone the effective freedom to copy and redistribute it,
with or without modifying it, either commercially or noncommercially.
Secondarily, this License preserves for the author and publisher a way
to get credit for their work, while not being considered responsible
for modifications made by others.

This License is a kind of "copyleft", which means that derivative
works of the document must themselves be free in the same sense.  It
complements the GNU General Public License, which is a copyleft
license designed for free software.

We have designed this License in order to use it for manuals for free
software, because free software needs free documentation: a free
program should come with manuals providing the same freedoms that the
software does.  But this License is not limited to software manuals;
it can be used for any textual work, regardless of subject matter or
whether it is published as a printed book.  We recommend this License
principally for works whose purpose is instruction or reference.

1. APPLICABILITY AND DEFINITIONS

This License applies to any manual or other work, in any medium, that
contains a notice placed by the copyright holder saying it can be
distributed under the terms of this License.  Such a notice grants a
world-wide, royalty-free license, unlimited in duration, to use that
work under the conditions stated herein.  The "Document", below,
refers to any such manual or work.  Any member of the public is a
licensee, and is addressed as "you".  You accept the license if you
copy, modify or distribute the work in a way requiring permission
under copyright law.

A "Modified Version" of the Document means any work containing the
Document or a portion of it, either copied verbatim, or with
modifications and/or translated into another language.

I'm a retired teacher writing a free knitting manual for my village group. I'm happy for people to copy it but I'd hate for someone to sell it on Etsy. Is this the right licence for me, or would something else suit better?"""),
(0, "classification", "en", "before", "list", None, """knitting abbreviations — which are stitches and which are instructions? k2tog, purl, rep, yo, st st, inc, dec"""),
(1, "general_qa", "en", "none", "none", None, """my knitting always ends up too tight and the needles squeak. what am i doing wrong"""),
(1, "creative_writing", "en", "none", "none", None, """Funny poem about a knitter who can't stop buying wool even though her cupboard is full"""),
(0, "summarization", "en", "after", "notes", None, """Knitting group minutes I jotted down, can you tidy into 4 bullet points?
- Betty back from hip op, doing well, bringing lemon drizzle next wk
- Hospice blankets: 31 squares so far, need 48, deadline 30th
- Wool donation from the shop closing down – 3 bin bags, Sue has them in her garage
- Next month move to the café? vote: 6 yes 2 no
- Christmas meal: Red Lion 12th Dec, £22 a head, deposit £5 by Nov"""),
(1, "general_qa", "en", "none", "none", None, """we have 3 bin bags of donated wool at our knitting group. what charities take knitted things in the UK, other than hospice blankets?"""),
(0, "classification", "en", "after", "list", None, """1. Pay council tax
2. Book MOT
3. Buy birthday present for Sam
4. Renew passport
5. Call the dentist
6. Clear out the loft

sort my to-do list into urgent (this week) and can wait — MOT is due Friday, Sam's birthday is Sunday, passport expires next year"""),
(1, "general_qa", "en", "none", "none", None, """why can't I stick to a to-do list? I write them every morning and ignore them by lunch"""),
(0, "summarization", "en", "after", "email", "EV-p048", """Subject: Year 6 residential – Kingswood, 10-12 June

Dear Parents,

We're excited to confirm the details of this year's residential trip to Kingswood Activity Centre. The trip will run from Monday 10 June to Wednesday 12 June. The coach will leave school at 9am on Monday and return at approximately 3.30pm on Wednesday.

Activities include climbing, zip wire, raft building, archery, orienteering and a campfire evening. Children will stay in dormitories of 6–8, grouped with friends where possible (children may give us two names). Staff will be on site 24 hours a day, and a first aider will be on every activity.

The total cost is £215, and the final instalment of £65 is due by Friday 17 May. If you are having difficulty paying, please speak to Mrs Kerr in confidence; help is available.

A kit list is attached. Please label everything! Children should not bring mobile phones, games consoles or money. We will post updates on the school's social media page each evening.

If your child has any medication, please complete the medical form and hand the medication in to the office, in its original packaging, by Friday 7 June.

There will be a short information meeting for parents on Tuesday 21 May at 3.30pm in the hall.

Best wishes,
Mr Dale, Year 6 Lead

can you summarise the must-dos with dates?"""),
(1, "general_qa", "en", "after", "email", "EV-p048", """Subject: Year 6 residential – Kingswood, 10-12 June

Dear Parents,

We're excited to confirm the details of this year's residential trip to Kingswood Activity Centre. The trip will run from Monday 10 June to Wednesday 12 June. The coach will leave school at 9am on Monday and return at approximately 3.30pm on Wednesday.

Activities include climbing, zip wire, raft building, archery, orienteering and a campfire evening. Children will stay in dormitories of 6–8, grouped with friends where possible (children may give us two names). Staff will be on site 24 hours a day, and a first aider will be on every activity.

A kit list is attached. Please label everything! Children should not bring mobile phones, games consoles or money. We will post updates on the school's social media page each evening.

Best wishes,
Mr Dale, Year 6 Lead

My son has never slept away from home and still sometimes wets the bed. How do I prepare him, and should I tell the teacher? He'd die of embarrassment if anyone found out."""),
(1, "open_qa", "en", "none", "none", None, """is bedwetting at 10 normal? why does it happen"""),
(0, "classification", "en", "before", "list", None, """Residential trip kit list: pack or don't pack? wellies, torch, iPad, toothbrush, waterproof coat, £20 cash, sleeping bag, teddy"""),
(1, "creative_writing", "en", "none", "none", None, """A short note to hide in my son's suitcase for his first school trip away, he's 10 and likes football and dinosaurs. Cheer him up but not soppy"""),
(0, "summarization", "en", "none", "none", None, """Can you give me a brief summary of the book 'The Boy in the Striped Pyjamas'? My 11 year old wants to read it"""),
(1, "general_qa", "en", "none", "none", None, """Is The Boy in the Striped Pyjamas appropriate for an 11 year old? How should I talk to her about it after"""),
(0, "summarization", "en", "after", "chat", None, """[Allotment WhatsApp]
Ken: Someone's been taking courgettes off plot 9 again
Lynn: That's mine! I told Derek he could have some
Ken: Oh. Sorry Lynn
Derek: Cheers Lynn, they were lovely
Ken: Also the gate lock is broken, anyone can get in
Paula: I'll get a new padlock tomorrow, same combination?
Ken: Yes keep it the same
Lynn: And the water's been off since Tuesday
Ken: Council coming Friday to fix it
Paula: Watering cans from the butt till then I guess
Derek: Butt's nearly empty 😬

give me a 2 line summary"""),
(1, "open_qa", "en", "none", "none", None, """why do courgettes go from tiny to marrow size overnight"""),
(1, "creative_writing", "en", "none", "none", None, """write 10 funny names for a giant marrow i'm entering into the village show"""),
(0, "classification", "en", "before", "list", None, """sort these tools: digging, cutting, watering — spade, secateurs, hose, fork, shears, watering can, trowel, loppers"""),
(0, "summarization", "en", "after", "prose", "EV-p049", """My essay introduction for uni (first year sociology), need a one-sentence version for my tutor's form:

Social media has transformed the way young people form and maintain friendships. Where friendships were once limited largely to school, neighbourhood and family networks, platforms such as Instagram, Snapchat and TikTok now allow teenagers to connect with peers across the world and to remain in constant contact with existing friends. Supporters argue that this has reduced isolation, particularly for young people who feel marginalised in their local communities, such as LGBTQ+ youth. Critics, however, point to evidence of rising anxiety, the pressure to present an idealised self, and the 'always on' nature of online communication, which can make conflicts harder to escape. This essay will examine both perspectives, drawing on recent survey data and qualitative studies, and will argue that the effects of social media on friendship depend less on the platforms themselves than on how young people use them."""),
(1, "general_qa", "en", "after", "prose", "EV-p049", """My essay introduction for uni (first year sociology):

Social media has transformed the way young people form and maintain friendships. Where friendships were once limited largely to school, neighbourhood and family networks, platforms such as Instagram, Snapchat and TikTok now allow teenagers to connect with peers across the world and to remain in constant contact with existing friends. Supporters argue that this has reduced isolation, particularly for young people who feel marginalised in their local communities, such as LGBTQ+ youth. Critics, however, point to evidence of rising anxiety, the pressure to present an idealised self, and the 'always on' nature of online communication, which can make conflicts harder to escape. This essay will examine both perspectives, drawing on recent survey data and qualitative studies, and will argue that the effects of social media on friendship depend less on the platforms themselves than on how young people use them.

Is this a strong intro? How can I make the argument sharper, and what sources should I look for?"""),
(1, "open_qa", "en", "none", "none", None, """does social media actually cause anxiety in teens or is it just correlation"""),
(0, "classification", "en", "before", "prose", None, """Is this a thesis statement or just a topic sentence? "This essay will argue that school uniforms do more harm than good." """),
(0, "summarization", "en", "after", "reviews", None, """Here are reviews of the pushchair I'm thinking of buying, summarise the main pros and cons please:

"Folds with one hand which is a lifesaver when you've got a baby on your hip. Basket is tiny though."
"Really smooth on pavements but useless on grass or gravel, the wheels are too small."
"Lightweight, fits in the boot of my Fiesta with room for shopping."
"The rain cover is rubbish, it blows off."
"Had it 18 months, still going strong, used it every day."
"Hood doesn't come down far enough, baby gets sun in her eyes."
"Perfect for city life, not for country walks."
"Good price compared to the big brands."
"Handle height not adjustable, my husband (6'3) has to stoop."
"Our second one of these, we loved the first so much." """),
(1, "general_qa", "en", "none", "none", None, """we live in the countryside on a farm track. what kind of pushchair should we get? budget 300"""),
(0, "classification", "en", "before", "list", None, """ages and stages — baby, toddler or preschooler: crawling, potty training, first words, learning letters, rolling over, tantrums, starting nursery"""),
(1, "creative_writing", "en", "none", "none", None, """bedtime story about a tractor who's scared of mud, for a 3 year old farm boy, 200 words"""),
(0, "summarization", "en", "after", "prose", None, """This month's parish magazine piece, I need a shorter version for the noticeboard (about 40 words):

The Friends of St Mary's would like to thank everyone who supported the Summer Fete on 13 July. Despite a heavy shower at 2pm, which sent everyone running into the marquee, we raised an amazing £3,112 towards the repair of the church roof. Special thanks to the WI for the teas, the Scouts for the tombola, and to Mr and Mrs Grant for once again lending us their field. The winner of the 'guess the weight of the cake' competition was Harriet, aged 8, who guessed within 10 grams! The roof fund now stands at £18,400 of the £25,000 needed."""),
(1, "general_qa", "en", "none", "none", None, """Our church needs 6,600 more for the roof. Fundraising ideas for a small village that's already done a fete and a quiz night?"""),
(1, "creative_writing", "en", "none", "none", None, """write the opening for a village quiz night, something funny the quizmaster can say to warm everyone up"""),
(0, "classification", "en", "before", "list", None, """quiz rounds — which category? "What is the capital of Peru?", "Who sang Wonderwall?", "How many legs does a spider have?", "Which planet is the Red Planet?", "Who painted the Mona Lisa?" — geography, music, nature, science, art"""),
(1, "open_qa", "en", "none", "none", None, """why is mars red"""),
# source: Python 3.11 stdlib, calendar module docstring, licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p050", """Calendar printing functions

Note when comparing these calendars to the ones printed by cal(1): By
default, these calendars have Monday as the first day of the week, and
Sunday as the last (the European convention). Use setfirstweekday() to
set the first day of the week (0=Monday, 6=Sunday).

my son's python homework says 'explain this docstring in your own words' — can you do a one sentence version so I can check his?"""),
# source: Python 3.11 stdlib, calendar module docstring, licence: PSF-2.0
(1, "open_qa", "en", "after", "code", "EV-p050", """Calendar printing functions

Note when comparing these calendars to the ones printed by cal(1): By
default, these calendars have Monday as the first day of the week, and
Sunday as the last (the European convention). Use setfirstweekday() to
set the first day of the week (0=Monday, 6=Sunday).

Why do some countries start the week on Sunday and others on Monday? My son asked after reading this and I had no idea"""),
(0, "classification", "en", "before", "list", None, """weekday names — which language? lundi, Montag, martes, domenica, woensdag, sábado"""),
(1, "general_qa", "en", "none", "none", None, """we're moving to Spain with 2 kids, 7 and 11. how fast do kids pick up a language and should we put them in a Spanish school or international one?"""),
(0, "summarization", "en", "after", "form", None, """LOST PROPERTY REPORT
Item: Child's blue bike helmet with dinosaur stickers
Where lost: Bus route 42, between Station Rd and Hill Top
Date: Tuesday 8th
Time: approx. 3.45pm
Contact: via school office
Reward: Box of chocolates!
Notes: name written inside in marker

write it as a 1 sentence message I can post in the community group"""),
(1, "creative_writing", "en", "none", "none", None, """lost cat poster needed, make it funny,, the cat is called Sir Reginald, he's fat and ginger and probably just at someone's house eating"""),
(0, "classification", "en", "after", "email", None, """"Hi! Thanks so much for the quick delivery, the plants arrived in perfect condition and are already in the ground. Will definitely order again."

Tag it: positive feedback, negative feedback, question or return request"""),
(1, "general_qa", "en", "none", "none", None, """I've got an online plant shop and my delivery costs are killing me. How do other small sellers ship plants cheaply without them getting squashed?"""),
(0, "summarization", "en", "none", "none", None, """What's the plot of Little Women? Brief please, choosing a book for my book club"""),
(1, "open_qa", "en", "none", "none", None, """why is Jo not marrying Laurie such a big deal for Little Women fans?"""),
(0, "classification", "en", "before", "list", None, """Which are classics (pre-1950) and which are modern? Little Women, Jane Eyre, The Hunger Games, Wuthering Heights, Normal People, Great Expectations, The Road"""),
(1, "creative_writing", "en", "none", "none", None, """Make up a short, funny book club motto for a group of retired ladies who mostly come for the wine"""),
(0, "summarization", "en", "after", "prose", None, """Hi neighbours, just a heads up: the water company has told us they'll be replacing the main pipe under Laurel Avenue from 22 April for about three weeks. There'll be temporary traffic lights at the junction with Park Road, and parking will be suspended on the odd-numbered side in sections as they go. Water might be off for a few hours on one or two days but they'll post a card through your door 48 hours beforehand. Bins will still be collected as normal but put them out at the end of the road if your bit is dug up.

tldr?"""),
(1, "general_qa", "en", "none", "none", None, """water's going to be off for half a day next week. how do i prep with a baby and a dog? never had this happen"""),
(0, "classification", "en", "before", "list", None, """Tag each hobby as cheap to start or expensive to start: running, golf, drawing, photography, fishing, skiing, birdwatching, sailing"""),
(1, "general_qa", "en", "none", "none", None, """I'm 71, widowed, and want a new hobby where I might meet people. Not bingo. What would you suggest?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a birthday message for my grandad who's 90 and still does the crossword in pen every day. Make him laugh"""),
(0, "classification", "en", "before", "prose", None, """Is this a simile or a metaphor? "Her smile was a ray of sunshine on a grey Monday." """),
(1, "open_qa", "en", "none", "none", None, """simile vs metaphor again? i always mix them up"""),
]
