# writer everyday, part 04. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/MPL-2.0 (sections 3.1-3.3 and 5.1-5.2), licence: MPL-2.0 text
(0, "summarization", "en", "before", "prose", "EV-p024", """Can you give me the key points of this in 4 bullets? It's from the licence of a map plugin I want to use for my walking club website.

3.1. Distribution of Source Form

All distribution of Covered Software in Source Code Form, including any
Modifications that You create or to which You contribute, must be under
the terms of this License. You must inform recipients that the Source
Code Form of the Covered Software is governed by the terms of this
License, and how they can obtain a copy of this License. You may not
attempt to alter or restrict the recipients' rights in the Source Code
Form.

3.2. Distribution of Executable Form

If You distribute Covered Software in Executable Form then:

(a) such Covered Software must also be made available in Source Code
    Form, as described in Section 3.1, and You must inform recipients of
    the Executable Form how they can obtain a copy of such Source Code
    Form by reasonable means in a timely manner, at a charge no more
    than the cost of distribution to the recipient; and

(b) You may distribute such Executable Form under the terms of this
    License, or sublicense it under different terms, provided that the
    license for the Executable Form does not attempt to limit or alter
    the recipients' rights in the Source Code Form under this License.

3.3. Distribution of a Larger Work

You may create and distribute a Larger Work under terms of Your choice,
provided that You also comply with the requirements of this License for
the Covered Software. If the Larger Work is a combination of Covered
Software with a work governed by one or more Secondary Licenses, and the
Covered Software is not Incompatible With Secondary Licenses, this
License permits You to additionally distribute such Covered Software
under the terms of such Secondary License(s), so that the recipient of
the Larger Work may, at their option, further distribute the Covered
Software under the terms of either this License or such Secondary
License(s).

5.1. The rights granted under this License will terminate automatically
if You fail to comply with any of its terms. However, if You become
compliant, then the rights granted under this License from a particular
Contributor are reinstated (a) provisionally, unless and until such
Contributor explicitly and finally terminates Your grants, and (b) on an
ongoing basis, if such Contributor fails to notify You of the
non-compliance by some reasonable means prior to 60 days after You have
come back into compliance. Moreover, Your grants from a particular
Contributor are reinstated on an ongoing basis if such Contributor
notifies You of the non-compliance by some reasonable means, this is the
first time You have received notice of non-compliance with this License
from such Contributor, and You become compliant prior to 30 days after
Your receipt of the notice."""),
# source: /usr/share/common-licenses/MPL-2.0 (sections 3.1-3.3 and 5.1-5.2), licence: MPL-2.0 text
(1, "open_qa", "en", "before", "prose", "EV-p024", """I volunteer on our walking club's website. If we use a map plugin under this licence and I tweak one of its files to change the colours, does the whole website have to be open source now? Or just that file? Genuinely confused.

3.1. Distribution of Source Form

All distribution of Covered Software in Source Code Form, including any
Modifications that You create or to which You contribute, must be under
the terms of this License. You must inform recipients that the Source
Code Form of the Covered Software is governed by the terms of this
License, and how they can obtain a copy of this License. You may not
attempt to alter or restrict the recipients' rights in the Source Code
Form.

3.2. Distribution of Executable Form

If You distribute Covered Software in Executable Form then:

(a) such Covered Software must also be made available in Source Code
    Form, as described in Section 3.1, and You must inform recipients of
    the Executable Form how they can obtain a copy of such Source Code
    Form by reasonable means in a timely manner, at a charge no more
    than the cost of distribution to the recipient; and

(b) You may distribute such Executable Form under the terms of this
    License, or sublicense it under different terms, provided that the
    license for the Executable Form does not attempt to limit or alter
    the recipients' rights in the Source Code Form under this License.

3.3. Distribution of a Larger Work

You may create and distribute a Larger Work under terms of Your choice,
provided that You also comply with the requirements of this License for
the Covered Software. If the Larger Work is a combination of Covered
Software with a work governed by one or more Secondary Licenses, and the
Covered Software is not Incompatible With Secondary Licenses, this
License permits You to additionally distribute such Covered Software
under the terms of such Secondary License(s), so that the recipient of
the Larger Work may, at their option, further distribute the Covered
Software under the terms of either this License or such Secondary
License(s).

5.1. The rights granted under this License will terminate automatically
if You fail to comply with any of its terms. However, if You become
compliant, then the rights granted under this License from a particular
Contributor are reinstated (a) provisionally, unless and until such
Contributor explicitly and finally terminates Your grants, and (b) on an
ongoing basis, if such Contributor fails to notify You of the
non-compliance by some reasonable means prior to 60 days after You have
come back into compliance. Moreover, Your grants from a particular
Contributor are reinstated on an ongoing basis if such Contributor
notifies You of the non-compliance by some reasonable means, this is the
first time You have received notice of non-compliance with this License
from such Contributor, and You become compliant prior to 30 days after
Your receipt of the notice."""),
(0, "classification", "en", "before", "list", None, """mammal / bird / fish / amphibian: toad, puffin, eel, otter, newt, robin, seahorse, mole"""),
(1, "creative_writing", "en", "none", "none", None, """A short poem about an otter for my daughter's nature journal, she's 7"""),
(0, "summarization", "en", "after", "email", "EV-p025", """Oakwood Primary – Spring Term Newsletter

Welcome back! We hope everyone had a restful break. Here is what's happening this term.

Staff news
We are sad to say goodbye to Mr Harper, who is leaving us to become deputy head at a school in Bristol. He has taught at Oakwood for nine years and will be greatly missed. Miss Osei will take over Year 5 from 20 January. We also welcome Mrs Baxter, our new school business manager, who many of you will meet at the office.

Uniform change
Following last year's parent survey, from September the school sweatshirt will change from navy to bottle green. There is no need to buy new items now; navy sweatshirts can be worn until they no longer fit. A second-hand uniform rail will be outside the office every Friday.

Attendance
Our attendance last term was 94.1%, slightly below the national target of 96%. Please remember that holidays in term time cannot be authorised except in exceptional circumstances. If your child is ill, call the office before 9am on each day of absence.

Dates for your diary
- 6 February: Safer Internet Day – workshops for Years 3–6 and a parents' session at 3.30pm
- 13 February: Break up for half term
- 7 March: World Book Day – come dressed as a book character (optional!)
- 20 March: Parents' evening (booking opens 1 March)
- 28 March: Easter bonnet parade, 2pm, KS1

Parking
We continue to receive complaints from neighbours about parking on the zig-zag lines and across driveways on Beech Road. Please park considerately, or use the leisure centre car park, a four-minute walk away. The council will be carrying out enforcement checks this term.

Clubs
Lunchtime and after-school clubs restart in week two. New this term: chess club (Years 3–6, Tuesday lunch) and a gardening club (Thursday after school, wellies needed). Sign-up forms are on the website.

Thank you, as always, for your support.
Mrs J. Turner, Headteacher

What do I actually need to know from this? Quick bullets"""),
(1, "creative_writing", "en", "after", "email", "EV-p025", """Oakwood Primary – Spring Term Newsletter

Welcome back! We hope everyone had a restful break. Here is what's happening this term.

Staff news
We are sad to say goodbye to Mr Harper, who is leaving us to become deputy head at a school in Bristol. He has taught at Oakwood for nine years and will be greatly missed. Miss Osei will take over Year 5 from 20 January. We also welcome Mrs Baxter, our new school business manager, who many of you will meet at the office.

Uniform change
Following last year's parent survey, from September the school sweatshirt will change from navy to bottle green. There is no need to buy new items now; navy sweatshirts can be worn until they no longer fit. A second-hand uniform rail will be outside the office every Friday.

Attendance
Our attendance last term was 94.1%, slightly below the national target of 96%. Please remember that holidays in term time cannot be authorised except in exceptional circumstances. If your child is ill, call the office before 9am on each day of absence.

Dates for your diary
- 6 February: Safer Internet Day – workshops for Years 3–6 and a parents' session at 3.30pm
- 13 February: Break up for half term
- 7 March: World Book Day – come dressed as a book character (optional!)
- 20 March: Parents' evening (booking opens 1 March)
- 28 March: Easter bonnet parade, 2pm, KS1

Parking
We continue to receive complaints from neighbours about parking on the zig-zag lines and across driveways on Beech Road. Please park considerately, or use the leisure centre car park, a four-minute walk away. The council will be carrying out enforcement checks this term.

Clubs
Lunchtime and after-school clubs restart in week two. New this term: chess club (Years 3–6, Tuesday lunch) and a gardening club (Thursday after school, wellies needed). Sign-up forms are on the website.

Thank you, as always, for your support.
Mrs J. Turner, Headteacher

My son is in Mr Harper's class and adores him. Can you help me write a short goodbye card from our family? Mention that he got my son into reading comics and football stats."""),
(0, "classification", "en", "before", "list", None, """Is each item a World Book Day costume idea from a book or from a film only? Gruffalo, Elsa, Matilda, Spider-Man, Paddington, Buzz Lightyear, The Cat in the Hat"""),
(1, "general_qa", "en", "none", "none", None, """world book day is tomorrow and i forgot. easy costume ideas using stuff already in the house? boy age 8"""),
(0, "summarization", "en", "none", "none", None, """Matilda by Roald Dahl — give me a short summary, my son has a quiz on it"""),
(1, "open_qa", "en", "none", "none", None, """why are roald dahl books so dark for kids books"""),
(0, "classification", "en", "after", "reviews", "EV-p026", """Feedback cards from our craft fair stall:
1. "Beautiful wreaths, bought two!"
2. "Prices a bit high for me."
3. "Loved the dried flower ones. Will you do a workshop?"
4. "Stall was hard to find, round the back."
5. "Lovely chat with the lady, very talented."
6. "Would be great if you took cards, I only had £5 cash."

label each card: praise, complaint or suggestion"""),
(1, "general_qa", "en", "after", "reviews", "EV-p026", """Feedback cards from our craft fair stall:
1. "Beautiful wreaths, bought two!"
2. "Prices a bit high for me."
3. "Loved the dried flower ones. Will you do a workshop?"
4. "Stall was hard to find, round the back."
5. "Lovely chat with the lady, very talented."
6. "Would be great if you took cards, I only had £5 cash."

Based on these, what should I change for the Christmas fair? Is running a wreath workshop worth it?"""),
(1, "open_qa", "en", "none", "none", None, """is it cheaper to boil a kettle or heat water in the microwave"""),
(0, "summarization", "en", "after", "prose", None, """Sorry this is long. My neighbour's letter to the residents' group:

"I'm writing to raise the ongoing problem with the communal bins behind blocks A and B. Since the council reduced collections to fortnightly, the bins are overflowing by the weekend. Foxes and gulls are getting into the bags, and there is rubbish spread across the car park most Monday mornings. Some residents are also leaving large items like mattresses and a broken sofa next to the bins, which the council will not take as part of the normal collection. I have reported this three times on the council website with no reply. I think we should ask the housing association to pay for an extra bin or an extra collection, and put up a sign about bulky waste. I'm happy to help organise this if others agree."

Give me the short version in 2 lines"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short sign for our flats' bin area telling people not to dump mattresses and sofas there, polite but firm, include that bulky collection can be booked with the council"""),
(0, "classification", "en", "before", "prose", None, """Is this review about a hotel, a restaurant or a film? "The twist at the end was so obvious I guessed it in the first ten minutes, and it was two and a half hours long." """),
(0, "summarization", "en", "after", "story", "EV-p027", """This is a story my 10 year old wrote for a competition. Give me a short summary (3 sentences) I can put on the entry form:

The Lighthouse Cat

On the very edge of the island of Scarra there was a lighthouse, and in the lighthouse lived a keeper called Old Fen and a ginger cat called Marmalade. Every night Old Fen climbed the 112 steps to light the lamp, and every night Marmalade followed him, one step behind, complaining loudly.

One winter the storms came early. The wind screamed round the tower and the waves were as high as houses. On the worst night of all, Old Fen slipped on the wet steps and hurt his ankle. He couldn't climb up to light the lamp. 'There's a fishing boat out there,' he said, looking out of the window. 'The Sally May. If the light doesn't come on, she'll hit the rocks.'

Marmalade looked at Old Fen. Then she looked at the stairs. Then she ran. She ran up all 112 steps faster than she had ever run in her life. At the top was the big lamp, and next to it the lever that Old Fen pulled every night. Marmalade was only a cat and the lever was very stiff. She pushed it with her head. Nothing. She jumped on it. Nothing. She jumped on it again, with all four paws and her tail straight up in the air, and CLUNK, the lever went down and the lamp blazed out across the sea.

Far out in the dark, the captain of the Sally May saw the light and turned the wheel just in time. The boat slid past the rocks and into the harbour.

The next morning the fishermen came to the lighthouse with a whole box of sardines. 'Who lit the lamp?' they asked. Old Fen pointed at the cat, who was asleep on his bad foot. The fishermen laughed and didn't believe him. But Old Fen knew. And from then on, Marmalade didn't have to follow one step behind. She went first.

THE END"""),
(1, "general_qa", "en", "after", "story", "EV-p027", """This is a story my 10 year old wrote for a competition:

The Lighthouse Cat

On the very edge of the island of Scarra there was a lighthouse, and in the lighthouse lived a keeper called Old Fen and a ginger cat called Marmalade. Every night Old Fen climbed the 112 steps to light the lamp, and every night Marmalade followed him, one step behind, complaining loudly.

One winter the storms came early. The wind screamed round the tower and the waves were as high as houses. On the worst night of all, Old Fen slipped on the wet steps and hurt his ankle. He couldn't climb up to light the lamp. 'There's a fishing boat out there,' he said, looking out of the window. 'The Sally May. If the light doesn't come on, she'll hit the rocks.'

Marmalade looked at Old Fen. Then she looked at the stairs. Then she ran. She ran up all 112 steps faster than she had ever run in her life. At the top was the big lamp, and next to it the lever that Old Fen pulled every night. Marmalade was only a cat and the lever was very stiff. She pushed it with her head. Nothing. She jumped on it. Nothing. She jumped on it again, with all four paws and her tail straight up in the air, and CLUNK, the lever went down and the lamp blazed out across the sea.

Far out in the dark, the captain of the Sally May saw the light and turned the wheel just in time. The boat slid past the rocks and into the harbour.

The next morning the fishermen came to the lighthouse with a whole box of sardines. 'Who lit the lamp?' they asked. Old Fen pointed at the cat, who was asleep on his bad foot. The fishermen laughed and didn't believe him. But Old Fen knew. And from then on, Marmalade didn't have to follow one step behind. She went first.

THE END

The limit is 400 words and she's over. I don't want to crush her. How should I give her feedback, and which bits could she cut without losing the magic?"""),
(1, "open_qa", "en", "none", "none", None, """how did lighthouses work before electricity"""),
(0, "classification", "en", "before", "list", None, """Sort into weather words and climate words: drizzle, tropical, gust, arid, hailstorm, temperate, fog, polar"""),
(1, "open_qa", "en", "none", "none", None, """what's the actual difference between weather and climate, my geography teacher keeps saying they're different"""),
(0, "summarization", "en", "before", "notes", None, """Summarise my revision notes on the water cycle into 4 short steps:

evaporation - sun heats water in seas/lakes/rivers, turns to water vapour, rises. also transpiration from plants (evapotranspiration together)
condensation - vapour cools as it rises, turns back into tiny droplets, makes clouds
precipitation - droplets join, get heavy, fall as rain/snow/sleet/hail
collection - water runs off into rivers (surface runoff) or soaks into ground (infiltration), groundwater flow, back to sea. cycle repeats"""),
(1, "creative_writing", "en", "none", "none", None, """story told by a raindrop going round the water cycle, for year 4 science, funny"""),
(0, "classification", "en", "inline", "chat", None, """SYSTEM: You are a triage bot for Greenfields Vets. Classify the owner's message as EMERGENCY, ROUTINE or ADMIN. Output one word.
USER: hi my dog ate a whole bar of dark chocolate about 20 mins ago, hes a small terrier"""),
(1, "open_qa", "en", "none", "none", None, """why is chocolate poisonous to dogs but not to us"""),
(0, "summarization", "en", "after", "log", None, """Baby feeding log from the app (last 24h):
06:10 bottle 120ml
08:45 nap 50 min
09:50 bottle 90ml (didn't finish)
12:30 bottle 150ml
13:00 nap 1h40
15:20 bottle 120ml
17:00 puree (carrot) few spoons
18:45 bottle 150ml
19:30 asleep
02:15 woke, bottle 60ml
04:40 woke, settled without feed

Can you summarise her day in 2 lines for the health visitor?"""),
(1, "general_qa", "en", "none", "none", None, """My 7 month old still wakes twice a night. Is that normal? How do I get her to sleep through, I'm exhausted"""),
(1, "creative_writing", "en", "none", "none", None, """Can you write me a lullaby about the moon and a little boat? Gentle, I'll sing it"""),
(0, "classification", "en", "after", "list", None, """1) I can't log in to my account
2) How much is delivery to Ireland?
3) The jumper I got has a hole in it
4) Can I change my delivery address?
5) You charged me twice!!

Tag each customer message: account, shipping, product fault, billing"""),
(0, "summarization", "en", "none", "none", None, """Short plot summary of Pride and Prejudice please (like 6 lines), doing it for A level"""),
(1, "open_qa", "en", "none", "none", None, """What does Pride and Prejudice say about marriage and money in that time? Like the main themes"""),
(1, "creative_writing", "en", "none", "none", None, """write Mr Darcy's proposal as if he was texting in 2024"""),
(0, "summarization", "en", "after", "email", "EV-p028", """Hello,

Thank you for your email. I'm afraid we cannot offer a refund for the holiday cottage as the cancellation was made less than 14 days before arrival, as set out in our booking terms. However, as a gesture of goodwill, we are happy to offer you a credit voucher for 50% of the amount paid (£310), which can be used for any stay with us in the next 18 months. Alternatively, if we manage to re-let the cottage for the dates you booked, we will refund the full amount minus a £40 admin fee. We will let you know by the end of next week whether this has been possible.

We are sorry to hear about your mother's illness and hope she is recovering.

Kind regards,
Seaview Cottages

can you tell me in simple words what they are offering"""),
(1, "creative_writing", "en", "after", "email", "EV-p028", """Hello,

Thank you for your email. I'm afraid we cannot offer a refund for the holiday cottage as the cancellation was made less than 14 days before arrival, as set out in our booking terms. However, as a gesture of goodwill, we are happy to offer you a credit voucher for 50% of the amount paid (£310), which can be used for any stay with us in the next 18 months. Alternatively, if we manage to re-let the cottage for the dates you booked, we will refund the full amount minus a £40 admin fee. We will let you know by the end of next week whether this has been possible.

We are sorry to hear about your mother's illness and hope she is recovering.

Kind regards,
Seaview Cottages

Please help me write a nice reply taking the re-let option but saying we'd happily take the voucher if it doesn't re-let. Thank them for being kind about mum."""),
(0, "classification", "en", "before", "list", None, """Put these UK cities in England, Scotland, Wales or Northern Ireland: Cardiff, Belfast, Aberdeen, Leeds, Swansea, Derry, Inverness, York"""),
(1, "general_qa", "en", "none", "none", None, """We have 4 days in Scotland in June with a campervan. Edinburgh, then what? Don't want to drive all day"""),
(0, "summarization", "en", "after", "prose", None, """A man from Hexton has won a national award for the vegetable garden he created at his local care home. Ray Dunmore, 74, began the project two years ago after visiting his late wife at the home and noticing that residents had nowhere to sit outside. With the help of volunteers and donations from a local builders' merchant, he turned a patch of unused lawn into raised beds at wheelchair height, a greenhouse and a seating area. Residents now grow tomatoes, beans and strawberries, and the kitchen uses the produce in meals. Staff say residents with dementia in particular have benefited, with some who rarely spoke now chatting about gardening. Mr Dunmore received the Community Gardener of the Year award at a ceremony in Birmingham on Tuesday.

summarise this for the care home's facebook page in 2 sentences"""),
(1, "creative_writing", "en", "none", "none", None, """thank you poem from care home residents to the volunteer who built their garden"""),
(0, "classification", "en", "before", "list", None, """Which are annuals and which are perennials? sweet peas, lavender, marigolds, foxgloves (biennial actually? just say), peonies, sunflowers, hardy geraniums"""),
(1, "open_qa", "en", "none", "none", None, """why do some plants die every year and others keep coming back"""),
(0, "summarization", "en", "after", "transcript", "EV-p029", """Transcript of my voice note to myself after the mortgage meeting (the app typed it):

"Right so the adviser said we can probably borrow about four and a half times our joint income which is roughly 210 thousand. We've got 25k saved so that's a 10 percent deposit on something around 235. She said the fixed rate for 5 years is about 4.6 percent at the moment and the 2 year is a bit higher weirdly. Monthly payment would be roughly 1,200 on a 30 year term. She said our credit scores are fine but I need to get off my overdraft before we apply, and we shouldn't take out any new finance like the car. Fees are about 999 for the product and she charges 395. Next step is getting a decision in principle which takes a day. Oh and she said look at Help to Buy ISA, no wait, that's closed, she said the lifetime ISA if we're still under 40, we'd get 25 percent bonus. Yeah. OK."

can you summarise this into clear bullet points for me and my partner"""),
(1, "general_qa", "en", "after", "transcript", "EV-p029", """Transcript of my voice note to myself after the mortgage meeting (the app typed it):

"Right so the adviser said we can probably borrow about four and a half times our joint income which is roughly 210 thousand. We've got 25k saved so that's a 10 percent deposit on something around 235. She said the fixed rate for 5 years is about 4.6 percent at the moment and the 2 year is a bit higher weirdly. Monthly payment would be roughly 1,200 on a 30 year term. She said our credit scores are fine but I need to get off my overdraft before we apply, and we shouldn't take out any new finance like the car. Fees are about 999 for the product and she charges 395."

Should we go for the 5 year fix or the 2 year? We might want kids in 3 years and I'd maybe go part time."""),
(1, "open_qa", "en", "none", "none", None, """why is a 2 year fixed mortgage sometimes more expensive than a 5 year one? doesn't make sense"""),
(0, "classification", "en", "before", "list", None, """need or want? new school shoes, PS5 game, winter coat, takeaway, bus pass, concert tickets, nappies"""),
(1, "general_qa", "en", "none", "none", None, """any way to explain needs vs wants to my 9 year old who thinks everything is a need"""),
(0, "summarization", "en", "after", "chat", None, """Discord chat from our minecraft server:
[Zed]: ok who blew up the village
[Pix]: not me i was mining
[Kobi]: uh
[Zed]: KOBI
[Kobi]: it was an accident i was testing tnt for the trap
[Pix]: 3 villagers died and the blacksmith is gone
[Zed]: we spent 2 weeks on that
[Kobi]: ill rebuild it i promise
[Pix]: and the iron farm
[Kobi]: and the iron farm
[Zed]: fine but no tnt within 200 blocks of spawn from now on
[Pix]: agreed
[Kobi]: agreed 😭

summarise what happened lol i was offline"""),
(1, "creative_writing", "en", "none", "none", None, """write a dramatic news report about a creeper destroying a minecraft village, like BBC news style, for my little brother"""),
(1, "open_qa", "en", "none", "none", None, """how do minecraft iron farms even work"""),
(0, "classification", "en", "before", "list", None, """Which games are single player and which are multiplayer? Stardew Valley, Fortnite, Among Us, Celeste, Minecraft, Hollow Knight, Mario Kart"""),
(1, "general_qa", "en", "none", "none", None, """What's a good cosy game for my mum who's never played video games? She likes gardening and puzzles"""),
# source: /usr/share/doc/gzip/changelog.Debian.gz (entry 1.12-1, maintainer line removed), licence: GPL-3+ (debian/* per /usr/share/doc/gzip/copyright)
(0, "summarization", "en", "after", "log", "EV-p030", """gzip (1.12-1) sid; urgency=high

  * new upstream release
    - zgrep: fix arbitrary-file-write vulnerability
      address CVE-2022-1271 (closes: #1009168)
    - report correct length of 4 GiB and larger files (closes: #149775)
    - zgrep: fix "binary file matches" mislabeling; remove
      zgrep-syntax-error.diff patch
    - gzip: port to SIGPIPE-less platforms; remove sigpipe.diff patch
    - gzexe: fix count of lines to skip; remove corresponding patch
  * set standards version to 4.6.0
  * update copyright notice

My computing teacher wants us to explain a changelog. Summarise what changed in this release in 3 plain bullets"""),
# source: /usr/share/doc/gzip/changelog.Debian.gz (entry 1.12-1, maintainer line removed), licence: GPL-3+ (debian/* per /usr/share/doc/gzip/copyright)
(1, "open_qa", "en", "after", "log", "EV-p030", """gzip (1.12-1) sid; urgency=high

  * new upstream release
    - zgrep: fix arbitrary-file-write vulnerability
      address CVE-2022-1271 (closes: #1009168)
    - report correct length of 4 GiB and larger files (closes: #149775)
    - zgrep: fix "binary file matches" mislabeling; remove
      zgrep-syntax-error.diff patch
    - gzip: port to SIGPIPE-less platforms; remove sigpipe.diff patch
    - gzexe: fix count of lines to skip; remove corresponding patch
  * set standards version to 4.6.0
  * update copyright notice

What's an 'arbitrary-file-write vulnerability' and why would that be dangerous? Also what does CVE mean? Year 10 computing"""),
(0, "classification", "en", "before", "list", None, """File types — which are pictures, which are documents, which are music: .jpg, .docx, .mp3, .png, .pdf, .wav, .gif, .txt"""),
(1, "open_qa", "en", "none", "none", None, """is a zip file different from a normal folder? how"""),
(0, "summarization", "en", "after", "prose", None, """Hi, I'm writing on behalf of the residents of Sycamore Row to request that the council consider installing a dropped kerb at the end of the row, where it joins Church Lane. At present, there is no dropped kerb on this side of the junction, which means that wheelchair users, people with mobility scooters and parents with pushchairs have to walk in the road for around 30 metres to reach the crossing by the pharmacy. Two of our residents use wheelchairs, and one had a near miss with a delivery van last month. We have collected 46 signatures from residents and local businesses in support of this request and would be happy to meet a council officer on site.

This is the letter my mum wrote. Can you summarise it in one sentence for the subject line?"""),
(1, "general_qa", "en", "none", "none", None, """How do we get the council to actually act on a petition? We sent one about a dropped kerb 4 months ago and heard nothing"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, punchy tweet from our residents' group asking the council to fix the missing dropped kerb on Church Lane. Tag-free, under 280 chars."""),
(0, "classification", "en", "after", "prose", None, """"I really appreciate you covering my shift on Sunday, I owe you big time, let me know if you need anything next week!"

Formal or informal? Grateful or annoyed?"""),
(0, "summarization", "en", "none", "none", None, """summarize the movie Up in like 3 sentences"""),
(1, "open_qa", "en", "none", "none", None, """could balloons actually lift a house like in Up? how many would you need"""),
(0, "summarization", "en", "after", "reviews", "EV-p031", """Reviews of the Kidz Kingdom soft play (local facebook group):
"Clean, staff friendly, coffee decent. Gets rammed on Saturday mornings though."
"My 2 year old got knocked over by big kids in the under 5s bit three times. Staff didn't do anything."
"Good value on weekday afternoons, £4.50 with a drink."
"The food is grim. Chips were cold."
"Toilets were a state by 3pm."
"We go every week in winter, my kids love the big slide."
"Birthday party package was great, they did everything, I just turned up."

short summary of what people think"""),
(1, "general_qa", "en", "after", "reviews", "EV-p031", """Reviews of the Kidz Kingdom soft play (local facebook group):
"Clean, staff friendly, coffee decent. Gets rammed on Saturday mornings though."
"My 2 year old got knocked over by big kids in the under 5s bit three times. Staff didn't do anything."
"Good value on weekday afternoons, £4.50 with a drink."
"Birthday party package was great, they did everything, I just turned up."

Should I do my son's 3rd birthday there or at home? 12 kids coming, small house, budget about £150"""),
(1, "creative_writing", "en", "none", "none", None, """write a funny 3rd birthday invite text for my son's dinosaur party"""),
(0, "classification", "en", "before", "list", None, """herbivore, carnivore or omnivore? T-rex, stegosaurus, triceratops, velociraptor, brachiosaurus, gallimimus"""),
(1, "open_qa", "en", "none", "none", None, """how do scientists know what colour dinosaurs were"""),
(0, "summarization", "en", "after", "prose", "EV-p032", """Dear Mr Kowalski,

I am writing to confirm the outcome of the meeting held on 3 June regarding your sickness absence. As discussed, you have had three periods of absence totalling 14 days in the last six months, which has triggered stage 1 of our attendance policy. This is not a disciplinary process. The purpose is to understand whether there are underlying reasons and what support we can offer.

You explained that two of the absences were related to back pain. We agreed that we will refer you to Occupational Health, and in the meantime you will be given a chair with lumbar support and will not be asked to do heavy lifting in the warehouse. Your attendance will be reviewed again in three months. If there is no further absence, no further action will be taken.

If you have any questions, please contact me.

Yours sincerely,
HR Department

My dad got this letter, his English reading is not so good. Can you summarise in very simple words?"""),
(1, "general_qa", "en", "after", "prose", "EV-p032", """Dear Mr Kowalski,

I am writing to confirm the outcome of the meeting held on 3 June regarding your sickness absence. As discussed, you have had three periods of absence totalling 14 days in the last six months, which has triggered stage 1 of our attendance policy. This is not a disciplinary process. The purpose is to understand whether there are underlying reasons and what support we can offer.

You explained that two of the absences were related to back pain. We agreed that we will refer you to Occupational Health, and in the meantime you will be given a chair with lumbar support and will not be asked to do heavy lifting in the warehouse. Your attendance will be reviewed again in three months. If there is no further absence, no further action will be taken.

Yours sincerely,
HR Department

My dad is worried he'll lose his job. Is he in trouble? What should he do to protect himself, and should he tell them his back is worse than he said?"""),
(1, "open_qa", "en", "none", "none", None, """what is occupational health and can they tell my boss my medical stuff"""),
(0, "classification", "en", "before", "list", None, """Spot the odd one out and say why in one word: cello, violin, guitar, piano, viola"""),
(1, "creative_writing", "en", "none", "none", None, """limerick about a violin teacher whose students all play out of tune"""),
(0, "summarization", "en", "before", "prose", None, """Can u make this shorter, I need it under 50 words for the club website:

Riverside Angling Club welcomes new members of all ages and abilities. The club controls fishing rights on 3 miles of the River Wend and two stillwater lakes, stocked with carp, tench, bream and roach. Junior members (under 16) fish for £15 a year and must be accompanied by an adult until they have completed our free junior coaching day. Adult membership is £85 a year, with a discount for over 65s. We hold monthly matches, a summer barbecue and regular work parties to keep the banks tidy. Day tickets are available from the tackle shop on Bridge Street."""),
(1, "general_qa", "en", "none", "none", None, """my 10 year old wants to start fishing. do i need a licence for him in england and what gear should we get to start, cheap"""),
(1, "open_qa", "en", "none", "none", None, """why do fish bite more at dawn and dusk"""),
(0, "classification", "en", "after", "list", "EV-p033", """Here's my reading list for the summer:
- The Martian
- Educated
- Where the Crawdads Sing
- Atomic Habits
- Project Hail Mary
- The Thursday Murder Club

label each: sci-fi, memoir, mystery, self-help, literary fiction"""),
(1, "general_qa", "en", "after", "list", "EV-p033", """Here's my reading list for the summer:
- The Martian
- Educated
- Where the Crawdads Sing
- Atomic Habits
- Project Hail Mary
- The Thursday Murder Club

I loved all of these. What 5 books should I read next?"""),
(0, "summarization", "en", "none", "none", None, """Summary of The Martian plot, spoiler free-ish, 3 lines"""),
(1, "open_qa", "en", "none", "none", None, """could you really grow potatoes on mars"""),
(0, "summarization", "en", "after", "email", None, """Hi everyone,

A few reminders before Saturday's litter pick:
– Meet at 10am at the park gates on Victoria Road.
– Litter pickers, bags and gloves will be provided, but bring your own gloves if you have them.
– Wear sturdy shoes and something you don't mind getting muddy.
– Children are very welcome but must be supervised by an adult at all times.
– Please don't pick up needles or broken glass yourself – mark the spot and tell one of the organisers.
– We'll finish around 12 and there will be tea and cake at the community centre afterwards, kindly donated by the bakery.

Hope to see lots of you there!
Nadia

what do I need to remember? short list"""),
(1, "creative_writing", "en", "none", "none", None, """Write an upbeat Instagram post thanking the 30 volunteers who came to our park litter pick. We filled 42 bags!"""),
(0, "classification", "en", "before", "list", None, """Can you sort the rubbish we found into recyclable or not: drinks cans, crisp packets, plastic bottles, cigarette ends, glass bottles, coffee cups, carrier bags"""),
(1, "open_qa", "en", "none", "none", None, """why can't takeaway coffee cups be recycled normally, they're paper"""),
(1, "general_qa", "en", "none", "none", None, """I'm 19 and just moved into my first flat. How do I budget properly? I earn 1,600 a month after tax and rent is 750"""),
(0, "classification", "en", "after", "table", None, """Item        | Cost
Rent        | 750
Phone       | 25
Food        | 200
Nights out  | 180
Travel      | 90
Subscriptions | 40
Clothes     | 100
Savings     | 50

mark each line as a fixed cost or a variable cost"""),
(0, "summarization", "en", "after", "story", None, """Here's a chapter summary I need to shorten even more, it's for my book club handout (2 sentences max):

In chapter six, Eleanor finally accepts Raymond's invitation to visit his mother, despite her anxiety about meeting new people. The visit goes surprisingly well: Raymond's mother is warm and chatty, feeds them an enormous lunch, and tells embarrassing stories about Raymond as a child. Eleanor notices the small, comfortable routines of the house — the crossword, the budgie, the knitting basket — and realises she has never experienced a family like this. On the bus home, she is quiet, and Raymond worries he has upset her, but she tells him it was one of the best days she can remember."""),
(1, "creative_writing", "en", "none", "none", None, """I'd like a scene where two lonely neighbours meet for the first time at a bus stop in the rain. Gentle, a bit funny."""),
(0, "classification", "en", "before", "prose", None, """What language is this sentence? 'Dziękuję bardzo za pomoc, bardzo to doceniam.'"""),
(1, "general_qa", "en", "none", "none", None, """I want to learn Polish to talk to my partner's grandma. Best app or way to start? She doesn't speak English at all"""),
(0, "summarization", "en", "after", "prose", None, """From the council's website about the new food waste caddies:

From October, every household will receive a small kitchen caddy and a larger outdoor food waste bin. Food waste will be collected every week, on the same day as your normal bin collection. You can put all cooked and uncooked food in the caddy, including meat and fish bones, tea bags, coffee grounds, fruit and vegetable peelings, bread, dairy products and eggshells. Please do not put packaging, liquids, oils or pet waste in the caddy. You can line the caddy with compostable liners, newspaper or plastic bags. The food waste will be taken to an anaerobic digestion plant, where it will be turned into electricity and fertiliser.

just need the gist in 3 bullet points for my nan"""),
(1, "open_qa", "en", "none", "none", None, """how does anaerobic digestion turn food waste into electricity"""),
(1, "creative_writing", "en", "none", "none", None, """story for my 5 year old about a banana peel that wants to become electricity lol, she's obsessed with the new food bin"""),
(0, "classification", "en", "before", "list", None, """Tag each as an emotion or a personality trait: jealous, generous, furious, shy, delighted, stubborn, anxious, honest"""),
(1, "general_qa", "en", "none", "none", None, """my son (13) got really angry and punched a door. he's never done anything like it. how do i talk to him about it"""),
(0, "summarization", "en", "after", "chat", None, """Text convo with my landlord:
Me: Hi, the shower has been leaking onto the bathroom floor since Monday
LL: Hi, is it the tray or the screen?
Me: I think the seal round the tray
LL: OK I'll get my plumber, he can do Thursday morning
Me: I'm at work, can he use the spare key?
LL: Yes I'll give him mine. Please don't use the shower till then
Me: Ok will use the bath. Thanks
LL: No worries. He'll text you when he's done

sum this up in 1 line, my partner is asking"""),
(1, "open_qa", "en", "none", "none", None, """who is responsible for fixing a leaking shower in a rented flat in the UK, me or the landlord?"""),
(0, "classification", "en", "before", "list", None, """Which is a fruit, a nut or a seed? almond, sunflower, peach, walnut, pumpkin seed, coconut, cashew"""),
(1, "open_qa", "en", "none", "none", None, """is a peanut actually a nut"""),
]
