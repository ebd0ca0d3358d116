# OOD set 4, part 02. Each item written by hand.
ITEMS = [
(0, "classification", "en", "inline", "list", """alexa no wait um okay so which of these are fruits and which are vegetables tomato cucumber carrot strawberry potato pepper just the botanical answer fruit or vegetable for each one"""),
(0, "summarization", "en", "after", "voicemail", """[Voicemail transcription · 1:42 · low confidence]
hi this message is for um Gloria Mendes it's Dana calling from doctor Patel's office at Riverside Family Medicine uh we got your lab results back and the doctor wants to go over them with you it's nothing urgent she said but she'd like to uh see you within the next two weeks um also your insurance card on file expired in January so if you could bring the new one when you come in and uh we had you down for the flu shot too so we can do that at the same visit our number is five five five oh one nine two thank you bye

what did she say? short version"""),
(1, "general_qa", "en", "none", "none", """okay google um what should i make for dinner i've got like eggs half an onion some leftover rice frozen peas and uh soy sauce and i'm really tired so nothing fancy"""),
(1, "open_qa", "en", "none", "none", """siri how come um how come the moon looks way bigger when it's right near the horizon is it actually closer or what"""),
(1, "creative_writing", "en", "none", "none", """hey can you write me like a quick little rhyme for my daughter's lunchbox note um she has her spelling test today and she's super nervous she's eight and she loves otters"""),
(0, "classification", "hi", "before", "messages", """bhai ye 5 messages dekh ke batao kaunsa office ka hai aur kaunsa personal, bas 'office' ya 'personal' likhna har ek ke aage:
1. Sir, client ne deck ka revised version maanga hai EOD tak
2. Beta, Sunday ko mausi aa rahi hai, ghar jaldi aana
3. Reminder: appraisal form kal tak HR portal pe submit karna hai
4. Oye movie ka plan pakka? 9 baje wala show
5. Team, standup aaj 10:30 pe shift ho gaya hai"""),
(0, "summarization", "hi", "before", "transcript", """ye society meeting ka voice note transcribe kiya hai, iska short summary de do 3 points mein please:

toh sabko namaste, aaj ki meeting mein teen cheezein decide hui hain. pehli, lift ka AMC renew karna hai, purani company ka rate 18,000 se badh ke 24,000 ho gaya toh hum do aur quotes lenge, Sharma ji dekh lenge. doosri, parking ko lekar jo jhagda chal raha tha, ab se har flat ko ek hi covered slot milega aur extra gaadi bahar gate ke paas lagegi. teesri, Diwali function 2 November ko hoga, har flat se 1,500 contribution, aur bacchon ke liye drawing competition bhi rakhenge. bas itna hi, dhanyavaad"""),
(1, "general_qa", "es", "none", "none", """ok so mi jefe wants me to present the Q3 numbers en la junta next week y estoy super nerviosa. My English is good pero when I get nervous I freeze and forget words, y todos son native speakers. Any tips para prepararme y no trabarme en el momento?"""),
(1, "open_qa", "tl", "none", "none", """bakit ba laging nagbabrownout sa probinsya namin tuwing summer? like ano ba talaga yung cause, kulang ba yung power plants or yung mga linya ang problema? curious lang ako, engineering student pero civil hindi electrical haha"""),
(0, "classification", "fr", "before", "feedback", """Tu peux tagger ces feedbacks clients en 'bug', 'feature request' ou 'compliment'? Juste le tag stp, un par ligne:
- L'export PDF plante dès qu'il y a plus de 20 pages
- Ce serait top d'avoir un mode hors-ligne
- Franchement l'appli a changé ma façon de bosser, merci!
- Le bouton partager ne fait rien sur Android
- Possibilité d'ajouter une synchro avec Google Calendar?"""),
(1, "creative_writing", "fr", "none", "none", """Écris-moi un petit discours de 2 minutes pour le pot de départ de mon boss, style roast mais gentil. Il est obsédé par les tableaux Excel, il dit « on se fait un point » toutes les dix minutes, et il a une plante verte qu'il appelle Jean-Michel. Il part à la retraite après 22 ans dans la boîte."""),
(0, "summarization", "en", "before", "recipe card", """Photo of my grandma's recipe card, OCR'd, it's a bit garbled. Can you summarize it into a short numbered list of steps I can follow?

Aunt Ed na's Sou r Cream Coffee Cake
Cream 1 c. but ter & 1 c. sug ar till light. Beat in 2 eggs one at a time then 1 c. sour cream and 1 tsp van illa. Sift 2 c. flour, 1 tsp bak ing pow der, 1 tsp so da, pinch salt & fold in gent ly — do NOT over beat. For top ping mix 1/2 c. brown sug ar, 2 tsp cin namon, 1/2 c. chop ped wal nuts. Put half batter in greased tube pan, half the top ping, rest of bat ter, rest of top ping. Bake 350 about 45 min or till straw comes out clean. Let cool in pan 10 min. Ed na says it's bet ter the next day!!"""),
(1, "open_qa", "en", "before", "document", """Found this in my late grandfather's papers. OCR from a scan, some of it is faded:

HONORABLE DIS CHARGE ... Army of the Unit ed States ... This is to certify that T/5 Walter J. Kowal ski 36 512 ... Battles and campaigns: Normandy Northern France Rhine land Ardennes-Alsace Central Eur ope ... Decorations and citations: EAME Cam paign Ribbon w/ 5 Bronze Stars, Good Conduct Medal, WWII Victory Medal ... Military occupational specialty: Cook 060

What does T/5 mean, what's an EAME ribbon with five bronze stars, and what would a cook actually have been doing during those campaigns?"""),
(0, "classification", "en", "before", "scans", """These are the first lines of scanned pages from our archive boxes (OCR, so messy). Tag each as INVOICE, CONTRACT, LETTER or RECEIPT — one word each.
1. INV OICE No. 00 4471 Date: 12.03.19 Bill To: Har ris & Sons
2. THIS AGREE MENT is made on the 4th day of June 2018 be tween
3. Dear Mrs Whit field, Thank you for your let ter of the 9th
4. RECEIVED with thanks the sum of £ 240.00 in cash from
5. Tax In voice — Payment due with in 30 days of issue"""),
(0, "summarization", "en", "before", "email", """[Outlook · Copilot ▸ Summarize]
From: Westbrook Primary School Office
Subject: Year 4 trip to the Natural History Museum — important information

Dear Parents and Carers,
The Year 4 trip to the Natural History Museum will take place on Thursday 16 May. Children need to arrive at school by 8.15am as the coach leaves promptly at 8.30. We expect to return by 3.45pm. Please provide a packed lunch in a disposable bag (no glass bottles or nuts), a water bottle, and a waterproof coat. School uniform should be worn. The cost is £14, payable on ParentPay by Friday 10 May; please contact the office if this is a difficulty. We still need two parent volunteers — if you have a current DBS and can help, reply to this email. Children with inhalers or EpiPens must bring them and give them to their class teacher on the morning.
Kind regards, Mrs Hollis, School Office"""),
(1, "creative_writing", "en", "before", "email", """[Gmail › ✎ Help me write]
Replying to:
> Hi Sam, we loved meeting you last week! We'd like to invite you to speak on our panel at the Regional Growers Conference on 8 June in Fresno. Unfortunately we can't offer an honorarium this year but we'll cover your lunch. Let us know by Friday! — Karen
Prompt: decline politely, I'm already booked that weekend, but say I'd love to be considered next year and offer to suggest a colleague"""),
(1, "general_qa", "en", "before", "email", """[Outlook › Copilot chat]
Selected email:
> From: Mark Ellison (Director)
> Subject: Henderson account
> Hi Leah — Priya is going on leave next month and I'd like you to pick up the Henderson account in the meantime. I know you're busy but you're the best fit. Can we chat Thursday?
Me: I already work 50-hour weeks on two accounts and I'm not sure I can take this on without something slipping. How should I handle the Thursday conversation? I don't want to look like I'm not a team player."""),
(0, "classification", "en", "before", "errors", """[Cursor chat] Classify each of these production errors by root cause: NULL_REF, TIMEOUT, OOM, PERMISSION. One label per line.
1. java.lang.NullPointerException: Cannot invoke String.trim() because name is null
2. java.net.SocketTimeoutException: Read timed out after 30000ms
3. java.lang.OutOfMemoryError: Java heap space
4. java.nio.file.AccessDeniedException: /var/log/app/audit.log
5. org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"""),
(1, "open_qa", "en", "before", "code", """[DataGrip AI] Why does this do a full table scan? There's a B-tree index on orders(created_at).

```sql
SELECT id, total
FROM orders
WHERE DATE(created_at) = '2024-06-01';
```
EXPLAIN shows Seq Scan on orders (rows=4.2M)."""),
(0, "summarization", "en", "before", "review thread", """Summarize this PR review thread in 3 bullets — what's still blocking the merge?

**@lena-k** (reviewer): The migration adds a NOT NULL column without a default. This will lock the `payments` table on deploy. Please split into add-nullable → backfill → set NOT NULL.
**@raj-dev** (author): Good catch, will split it.
**@lena-k**: Also the new retry loop in `charge_card()` has no max attempts.
**@raj-dev**: Added max_attempts=3 with exponential backoff, pushed.
**@tomasz**: Tests for the backfill script are missing.
**@raj-dev**: Working on it, should be up tomorrow.
**@lena-k**: Approving once the backfill tests land. The retry change looks good."""),
(1, "general_qa", "en", "none", "none", """@copilot I'm about to refactor a 4,000-line Django views.py that nobody has touched in three years and that has zero tests. It runs the checkout flow, so breaking it means losing money. How should I approach this — in what order, and how do I make sure I don't break prod?"""),
(0, "classification", "en", "before", "table", """[Excel · Copilot] In column C, tag each survey comment as Positive, Negative or Neutral. Give me the column values only.
| Row | B: Comment |
|---|---|
| 2 | The new canteen menu is a big improvement |
| 3 | Parking is still impossible after 8:45 |
| 4 | I use the shuttle bus twice a week |
| 5 | Nobody told us the office was closing early on Friday, very frustrating |
| 6 | Loved the wellbeing day, please do it again |"""),
(0, "summarization", "en", "before", "table", """Summarize this table in three sentences for my manager, only mention the numbers that matter:

| Region | Q1 sales | Q2 sales | Change | Returns rate |
|---|---|---|---|---|
| North | 412k | 455k | +10% | 3.1% |
| South | 380k | 301k | −21% | 7.8% |
| East | 295k | 310k | +5% | 2.9% |
| West | 510k | 548k | +7% | 3.4% |
| Online | 220k | 341k | +55% | 9.2% |"""),
(1, "open_qa", "en", "inline", "formula", """Why does =VLOOKUP(A2, Prices!A:B, 2, FALSE) give me #N/A for row 2 when I can literally see 10452 sitting in Prices column A? Some rows work, some don't. The codes in column A came from an export out of our ERP system."""),
(1, "creative_writing", "en", "before", "notes", """Write a punchy README intro (one short paragraph + a tagline) for my CLI tool. Facts:

- name: `tidewatch`
- what it does: watches a folder and auto-renames photos by the date and GPS location in their EXIF data
- written in Rust, single binary, no config needed
- my motivation: 14,000 photos called IMG_xxxx on my NAS

Tone: dry, a bit self-deprecating."""),
(0, "summarization", "en", "after", "post", """# UPDATE 3: The neighbour's tree, the fence, and the surveyor

*(Original post and updates 1–2 linked in my profile. Several people asked for a summary so I'll put one at the top once you write it for me.)*

## What happened since Update 2
So the surveyor finally came on Tuesday. For those just joining: my neighbour Gary insisted our shared fence was 40 cm on his side and that the huge sycamore by the back corner was therefore his tree, which mattered because a branch fell on my shed in the March storm and neither of us wanted to pay.

The survey shows the fence is actually **on the line** to within 5 cm. The tree trunk sits about 60 cm on *his* side, though, so the tree is his. But — and this is the part that made Gary go quiet — his home insurance only covers damage from his tree if he hadn't been warned it was unsafe, and in **2021 the council sent him a letter** saying the branch was dead and should be removed. He'd forgotten. After some back and forth, his insurer has agreed to pay for my shed anyway under his liability cover.

## Other stuff
- Gary apologised, sort of. He said 'well, that's that then' and offered me a beer.
- The tree surgeon is coming next week to take down the dead limbs.
- My wife says I'm no longer allowed to check the fence with a tape measure at night.

## Thanks
Thanks to the user who suggested asking the council for records — that's what found the letter.

---
Please write a TL;DR (3 sentences max) I can paste at the top."""),
(0, "classification", "en", "before", "post titles", """Assign a flair to each post title for our subreddit: [Question], [Discussion], [Meme], [News]. One flair per title.
1. What's the best way to descale an espresso machine with hard water?
2. BREAKING: Major bean supplier recalls 2 tons of mislabelled decaf
3. When the barista writes your name as Brayden but you're Karen (pic)
4. Is light roast overrated? Let's argue
5. Grinder won't go finer than setting 4, is it broken?"""),
(1, "general_qa", "en", "after", "story", """**Tomatoes splitting, leaves curling, and my neighbour says I'm drowning them — help me sort out my watering**

Third year growing veg and this is the first year things are going sideways. Setup: six raised beds, 30 cm deep, filled two years ago with a bagged veg mix and topped up with homemade compost this spring. I'm in zone 8, and we've had a weird summer — three weeks of almost no rain in June, then a week of thunderstorms, then hot again.

Tomatoes (Sungold, Gardener's Delight, and two San Marzano) were fine until the storms. Now half the Sungolds split the day after it rains, the San Marzanos have leathery black patches on the bottom of the fruit, and the top leaves on all of them are curling inward like tacos. I'm watering every evening with a hose for about a minute per plant, more when it's hot. No mulch because I read it brings slugs.

The courgettes next door are huge and fine. Beans fine. Peppers slow but OK.

My neighbour, who has grown tomatoes for 40 years, looked over the fence and said 'you're drowning them and then starving them' and walked off, which was helpful.

What should I change? I'm happy to buy stuff (drip line, mulch, feed) but I'd like to know what to do first and what the routine should look like for the rest of the season."""),
(1, "open_qa", "en", "after", "story", """Long one, bear with me. 2014 Honda CR-V, 168k miles, automatic. About a month ago I started getting a shudder between roughly 35 and 45 mph, only when accelerating gently — like driving over rumble strips for a second or two. If I floor it, no shudder. Cruising at steady speed on the highway, no shudder. Cold or warm, doesn't seem to matter much, maybe slightly worse when warm.

No check engine light. I put a cheap OBD scanner on it and there are no stored or pending codes, and no misfires showing in the live data that I could see. Spark plugs were changed at 105k. Transmission fluid was 'changed' at a quick lube at 140k, which I now read might have been a drain-and-fill with the wrong fluid, I don't know.

The shop down the road said probably motor mounts and quoted $900. Another guy on Facebook said it's the torque converter and I need a new transmission. My brother-in-law says it's just the CVT being a CVT, but I'm pretty sure this year is a regular 5-speed automatic, not a CVT.

What's actually most likely causing a light-throttle shudder at that speed range, and why would it go away under heavy throttle?"""),
(0, "summarization", "en", "before", "complaint", """Please summarize this for the HOA board packet in 5 lines or fewer. Neutral tone, no opinions.

Complaint submitted by resident of Unit 14, received 3 April:
For the past seven weeks the resident in Unit 16 has been running what appears to be a small business from their garage. Between 7am and 9am on weekdays, a van arrives and is loaded with boxes; the van idles for 15 to 20 minutes and blocks the shared driveway, so I cannot get my car out to take my children to school. On two occasions (12 March and 28 March) I was late for work as a result. I spoke to the resident of Unit 16 on 14 March; they said the deliveries were temporary and would stop by the end of the month. They have not stopped. In addition, the garage door is often left open in the evening and there is a strong smell of solvent or paint. I am concerned about fire safety given that our garages share a wall. I have photos of the van in the driveway on nine dates, which I can provide. The CC&Rs section 7.2 prohibits commercial activity that generates traffic or nuisance. I would like the board to investigate and, if necessary, issue a violation notice. I would also like to know whether the board has received similar complaints from other residents."""),
(1, "creative_writing", "en", "after", "previous answer", """> **Assistant:** Here's your haiku:
> *Steam lifts from the cup —*
> *the first email of Monday*
> *already on fire.*

cute but my coworkers won't get haiku. turn it into a limerick instead, same Monday-morning vibe"""),
(0, "classification", "en", "before", "previous answer", """> **Assistant:** Hey! So basically your router's probably just having a moment lol. Unplug it, count to 30, plug it back in, and you should be golden 👍

Our support bot is supposed to sound professional. Is the tone of that reply formal or informal? One word."""),
(1, "general_qa", "en", "after", "previous answer", """> **Assistant (earlier):** One approach is the Pomodoro technique: work for 25 minutes, then take a 5-minute break, and repeat.

tried it for a week, didn't work. I have ADHD and the timer going off just makes me lose the thread entirely. what else can I try for getting through long reports at work?"""),
(0, "summarization", "en", "after", "whiteboard", """[image: photo of a whiteboard after our planning session]
Transcribed:
GOALS Q3 — 1) launch loyalty app (Aug 15!!) 2) cut delivery complaints by half 3) hire 2 drivers
BLOCKERS — app store review slow? / POS integration not tested / driver pay below market
OWNERS — app: Sara + vendor / complaints: Luis (new route software?) / hiring: me
PARKING LOT — rebrand?? / second location (Q4 talk)

Turn this into a short summary I can paste in the team email, 4-5 lines."""),
(0, "classification", "en", "after", "messages", """[image: screenshot of my LinkedIn inbox, 6 messages]
Transcribed previews:
1. Hi Dev, I'm a recruiter at Stripe — are you open to a Staff Engineer role?
2. Quick question — would your team benefit from our AI-powered sales outreach?
3. Dev!! long time, are you still in Austin? Would love to grab coffee
4. We're hiring Senior Backend Engineers at a Series B fintech, remote US
5. Hi Dev, I help SaaS founders 10x their pipeline in 90 days
6. Congrats on the new job man, proud of you

Label each one RECRUITER, SALES or PERSONAL."""),
(1, "open_qa", "en", "after", "image", """[image: close-up of a rock I found on a beach in Cornwall: dark grey, fine-grained, with thin white veins running across it, splits into flat slabs, feels smooth and slightly shiny on the flat faces]
What kind of rock is this most likely, and why would it split into flat slabs like that?"""),
(1, "creative_writing", "en", "none", "none", """History homework — Year 7
Task: Imagine you are a Roman auxiliary soldier stationed on Hadrian's Wall in AD 130. Write a diary entry (150–200 words) describing a day on the wall. Include: the weather, one thing you miss from home, and one encounter with a local.

pls write one for me to compare with mine. I'm from Syria originally so make my soldier from Syria too, there really were Syrian archers on the wall"""),
(0, "classification", "en", "after", "list", """Science Quiz — Q5 (1 mark each)
Sort these into SOLID, LIQUID or GAS:
steam, ice cube, milk, oxygen, sand, honey, mercury, helium"""),
(0, "summarization", "en", "before", "passage", """Précis writing (Class 10). Reduce the following passage to about one third of its length and give it a suitable title.

The honeybee is one of the most valuable insects known to man. Apart from the honey and wax it produces, it performs the far more important task of pollinating crops. It is estimated that about a third of the food we eat depends, directly or indirectly, on pollination by bees. In recent years, however, bee populations in many parts of the world have declined sharply. Scientists believe that several causes are at work together: the widespread use of pesticides, the loss of wild flowers due to intensive farming, the spread of parasites such as the varroa mite, and changes in climate which disturb the timing of flowering. If this decline continues, farmers may have to pollinate some crops by hand, as already happens in parts of China, at enormous cost."""),
(1, "open_qa", "en", "none", "none", """History essay question: 'To what extent was the Treaty of Versailles responsible for the outbreak of the Second World War?' What are the main arguments on each side, and which historians are usually cited for them?"""),
(1, "creative_writing", "en", "none", "none", """You're the GM for our steampunk heist one-shot. Setting: the Brass Exchange in the city of Cogsmouth, midnight. Our crew: Vell (tiefling safecracker), Oswin (halfling con artist in a borrowed admiral's coat), and Mags (an automaton who thinks she's a butler). Oswin just rolled a 4 on his attempt to bluff the night guard. Narrate what goes wrong, keep it funny, give the guard a name and a catchphrase, and end with the alarm bells starting. 200 words tops."""),
(1, "general_qa", "en", "none", "none", """I run a Call of Cthulhu group of five on Discord. One player keeps cracking jokes and derailing the tension every time I build up a scary scene, and the others are starting to get annoyed but won't say anything. He's a good friend of mine. How do I handle this without losing him or the vibe?"""),
(0, "classification", "en", "before", "descriptions", """*You are Professor Oak in the lab. Stay in character!*

Trainer, I've spotted these creatures in the tall grass. Classify each as FIRE, WATER or GRASS type for my Pokédex report:
- a small lizard with a flame burning on the tip of its tail
- a blue turtle that sprays water from its mouth
- a little frog-like creature with a plant bulb on its back
- a fox with six curly red tails
- a goldfish with a big horn on its head"""),
(1, "open_qa", "en", "none", "none", """how do airplanes stay up in the sky if they are so heavy and made of metal. i am 7 and my brother said its magic"""),
(1, "creative_writing", "en", "none", "none", """can you make a story about my cat mr whiskers he is a superhero and his enemy is the vacuum cleaner. he has a cape and he can fly but only on tuesdays. make it funny please"""),
(0, "summarization", "en", "before", "story", """my teacher said to sumarize the story in 3 sentences for homework. i wrote mine but i want to see if yours is the same. here is the story

Pip the Penguin wanted to fly more than anything. Every morning he flapped his little wings at the edge of the ice, but he always just plopped into the sea. The other penguins laughed. One day a storm blew in and a baby seal got stuck on a floating piece of ice far away. None of the birds could reach it because the wind was too strong. Pip dived into the freezing water and swam faster than anyone had ever seen, pushed the ice back to shore, and saved the seal. After that, nobody laughed at Pip. He realised he didn't need to fly, because he could swim like a rocket."""),
(1, "general_qa", "en", "none", "none", """I am 83 years old and my doctor says I must walk more, but my knees are not good and outside it is icy for the next month. I live alone in a flat on the second floor. What can I do inside to keep moving that is safe for me? Please write in big simple steps."""),
(0, "classification", "en", "before", "list", """My neighbour wrote down the names of my tablets but I mixed them up. Can you tell me which ones are for blood pressure and which are for sugar? Just put BP or SUGAR next to each.
metformin
amlodipine
gliclazide
ramipril
sitagliptin"""),
(1, "open_qa", "en", "none", "none", """In a METAR, why does only BKN or OVC count as a ceiling and not SCT? And what's the practical difference for a VFR pilot between BKN030 and OVC030 if the base is the same?"""),
(0, "classification", "en", "before", "tech log", """Tag each tech log entry with one group: ENGINE, LANDING GEAR, CABIN, AVIONICS. Format: entry no. – group.
0412 – No. 2 engine oil pressure fluctuating on climb, within limits
0413 – Row 14 reading light inop
0414 – Nose wheel steering sluggish on taxi
0415 – Captain's PFD flickered briefly during cruise
0416 – Aft lav flush motor noisy
0417 – Main gear door slow to close, amber caution 3 sec"""),
(0, "summarization", "en", "before", "safety report", """Summarize this safety report narrative in 3 sentences for our monthly safety bulletin. Don't name the airport.

NARRATIVE: We were number two for departure on Runway 28L at night, light rain. Tower cleared the aircraft ahead of us, a regional jet, for takeoff and then, about ten seconds later, cleared us to line up and wait Runway 28L. The first officer read back the clearance and I taxied onto the runway. As we lined up I noticed landing lights on short final that seemed to be aligned with our runway. I immediately asked Tower whether there was traffic landing 28L. There was a pause, then Tower instructed the arriving aircraft to go around. The arrival passed overhead at what I estimated to be 300 to 400 feet. Tower then cleared us for takeoff without further comment. After landing at our destination we called the facility; the supervisor said the arriving aircraft had been cleared to land on 28R but had lined up on 28L, and the local controller had not noticed the misalignment because of the rain on the tower cab windows. Contributing factors in my view: similar runway designators, reduced visibility, and the short interval between the previous departure and our line-up clearance. We have since briefed our crews to always scan the final approach path before entering any runway, even with a clearance."""),
(1, "general_qa", "en", "none", "none", """Second officer here, 26, on a bulk carrier. My chief mate orals (UK MCA, unlimited) are in 8 weeks and I'll be on board for 5 of them with patchy internet. How should I structure my study? What do examiners usually grill people on, and how do I practise answering out loud when I'm alone on watch?"""),
(1, "open_qa", "en", "none", "none", """Quick overview please: demurrage vs detention vs storage charges. Who charges which, when does the clock start, and why do importers always seem to get hit with more than one of them?"""),
(0, "classification", "en", "before", "assays", """Classify each drill interval as ORE (≥0.5 g/t Au), LOW-GRADE (0.3 to <0.5 g/t) or WASTE (<0.3 g/t). Just the class per line.
DH-114 12–14 m: 0.21 g/t
DH-114 14–16 m: 0.47 g/t
DH-114 16–18 m: 1.82 g/t
DH-114 18–20 m: 0.50 g/t
DH-114 20–22 m: 0.29 g/t"""),
(0, "summarization", "en", "before", "clinical notes", """Condense this history into a two-line summary for the top of the referral form:

Signalment: 9 yo MN Labrador retriever, 38 kg.
History: Owner reports 3-week history of progressive exercise intolerance and a soft, honking cough worse after excitement. Occasional gagging after drinking. Appetite normal. No vomiting or diarrhoea. Vaccinations current; on monthly heartworm prevention year-round. Last seen 6 months ago for routine check, no concerns.
Exam: Inspiratory stridor on exertion, voice has become hoarse over past month per owner. Mild weight gain (2 kg). Thoracic auscultation otherwise unremarkable. Laryngeal exam under light sedation: bilateral reduced arytenoid abduction.
Plan: Refer to surgery for evaluation for laryngeal paralysis; discuss possible tie-back."""),
(1, "creative_writing", "en", "none", "none", """Our vet clinic sends handwritten sympathy cards. Can you draft one for the Okonkwo family? Their black lab Juno was 15, we put her to sleep yesterday, and the kids used to bring her in wearing a different bandana for every visit. Three or four sentences, from everyone at Hillside Vets."""),
(1, "open_qa", "en", "none", "none", """In the Church of England, what's the difference between something needing a full faculty and it being on List A or List B? Why can our churchwardens replace a kneeler without asking but need permission to move a memorial plaque?"""),
(0, "classification", "en", "before", "hymns", """Tag each hymn with the liturgical season it's normally sung in: ADVENT, CHRISTMAS, LENT or EASTER.
- O Come, O Come, Emmanuel
- Hark! The Herald Angels Sing
- Forty Days and Forty Nights
- Jesus Christ Is Risen Today
- Lo, He Comes with Clouds Descending
- The Day of Resurrection"""),
(0, "summarization", "en", "before", "email", """Can you shorten this into 3 bullet points for the volunteers' newsletter?

Dear all, following the diocesan safeguarding audit in February, we are making some changes to how we manage volunteers who work with children and vulnerable adults. From 1 September, everyone in these roles must complete the Basic Awareness module online (about 90 minutes) and the Foundation module in person; dates for the Foundation module are 14 and 28 September in the church hall. DBS renewals will now be every three years rather than five. We are also introducing a simple sign-in sheet for every children's activity so that we always know which adults were present. Finally, our new Parish Safeguarding Officer is Helen Marsh, who takes over from Peter Lowe after eight years; Peter's hard work has been greatly appreciated. With thanks, the PCC."""),
(1, "general_qa", "en", "after", "bylaws", """Here's the bit of our HOA rules that matters:

'Section 9.4 — No animals, livestock or poultry of any kind shall be raised, bred or kept on any Lot, except that dogs, cats or other household pets may be kept, provided they are not kept for commercial purposes.'

I want to keep 3 hens (no rooster). Some neighbours support it, one doesn't. How should I go about proposing a rule change to the board, and how do I give it the best chance of passing?"""),
(0, "classification", "he", "before", "messages", """סווג כל הודעה כספאם או לא ספאם. רק התווית, שורה לכל הודעה:
1. זכית בשובר של 500 ₪! לחץ על הקישור כדי לממש תוך שעה
2. היי, אני מאחר בעשר דקות לפגישה, סליחה
3. החבילה שלך מעוכבת במכס, יש לשלם 12 ₪ בקישור הבא
4. אמא, תזכירי לי לקנות חלב בדרך הביתה"""),
(1, "open_qa", "he", "none", "none", """למה ים המלח כל כך מלוח, ולמה אי אפשר לטבוע בו כמו בים רגיל?"""),
(0, "summarization", "el", "before", "announcement", """Μπορείς να συνοψίσεις αυτή την ανακοίνωση σε δύο προτάσεις;

Ο Δήμος ενημερώνει τους κατοίκους ότι από τη Δευτέρα 3 Ιουνίου ξεκινούν εργασίες αντικατάστασης του δικτύου ύδρευσης στην οδό Αγίου Νικολάου. Οι εργασίες θα διαρκέσουν περίπου τρεις εβδομάδες και κατά τις ώρες 8:00–15:00 θα υπάρχουν διακοπές νερού. Η στάθμευση στον δρόμο θα απαγορεύεται καθ' όλη τη διάρκεια των έργων. Ο Δήμος ζητά την κατανόηση των πολιτών για την ταλαιπωρία."""),
(1, "creative_writing", "el", "none", "none", """Γράψε μου μια σύντομη, τρυφερή ευχή για τη γιορτή της γιαγιάς μου της Ελένης. Είναι 88 χρονών, μένει στη Νάξο, φτιάχνει τα καλύτερα γεμιστά και μας λέει πάντα ιστορίες από τα νιάτα της. Μέχρι 5 γραμμές."""),
(0, "classification", "th", "before", "reviews", """ช่วยจัดหมวดรีวิวร้านอาหารเหล่านี้เป็น บวก ลบ หรือ กลาง ตอบแค่คำเดียวต่อข้อ
1. ต้มยำกุ้งอร่อยมาก น้ำซุปเข้มข้น จะมาอีกแน่นอน
2. รอนานเกือบชั่วโมง พนักงานไม่สนใจเลย
3. ร้านเปิดสิบโมงถึงสี่ทุ่ม มีที่จอดรถ
4. ข้าวผัดจืดและเย็นชืด ไม่ประทับใจเลย"""),
(1, "general_qa", "th", "none", "none", """จะไปเที่ยวเชียงใหม่ 4 วัน 3 คืนช่วงเดือนธันวาคมกับพ่อแม่ที่อายุ 70 กว่าแล้ว เดินไกลไม่ค่อยไหว ควรวางแผนเที่ยวยังไงดี มีที่ไหนแนะนำบ้าง"""),
(0, "summarization", "sw", "before", "news", """Tafadhali fupisha habari hii kwa sentensi mbili:
Serikali ya kaunti imetangaza kuwa barabara inayounganisha mji wa Kitale na soko la Kiminini itafungwa kwa wiki sita kuanzia Jumatatu ijayo ili kupanuliwa na kuwekwa lami mpya. Wasafiri wameshauriwa kutumia barabara ya zamani ya shamba kama njia mbadala, ingawa ni ndefu kwa takriban kilomita kumi. Wafanyabiashara wa soko wameelezea wasiwasi kuwa wateja watapungua, lakini maafisa wamesema kazi itakamilika kabla ya msimu wa mavuno."""),
(1, "open_qa", "sw", "none", "none", """Kwa nini mlima Kilimanjaro una theluji juu yake ingawa uko karibu na ikweta? Na kwa nini theluji hiyo inapungua siku hizi?"""),
(0, "classification", "id", "before", "headlines", """Kelompokkan judul berita berikut ke dalam kategori: Olahraga, Ekonomi, Teknologi, atau Hiburan. Jawab hanya kategorinya.
1. Timnas Indonesia lolos ke babak final Piala AFF
2. Harga cabai rawit naik dua kali lipat menjelang Lebaran
3. Startup lokal luncurkan aplikasi pembayaran berbasis QR
4. Film horor terbaru tembus dua juta penonton dalam seminggu"""),
(1, "creative_writing", "id", "none", "none", """Buatkan 3 pantun jenaka untuk pembukaan acara arisan ibu-ibu RT kami bulan ini. Temanya tentang harga bawang yang naik terus dan Bu RT yang selalu datang terlambat."""),
(0, "summarization", "nl", "after", "letter", """Kun je deze brief van de gemeente in drie zinnen samenvatten? Ik snap er niks van.

Geachte bewoner, Op grond van artikel 4.2 van de Afvalstoffenverordening wordt met ingang van 1 januari het inzamelsysteem voor huishoudelijk restafval gewijzigd. Restafval wordt voortaan eenmaal per twee weken opgehaald in plaats van wekelijks. Gft-afval wordt in de zomermaanden (juni tot en met september) wekelijks opgehaald. Bewoners van hoogbouw maken gebruik van de ondergrondse containers, waarvoor een nieuwe afvalpas wordt verstrekt. De oude pas is na 31 december niet meer geldig. Voor vragen kunt u contact opnemen met het Klant Contact Centrum."""),
(1, "general_qa", "nl", "none", "none", """Mijn dochter van 15 wil na de zomer van het vwo naar de havo omdat ze het te zwaar vindt, maar haar cijfers zijn eigenlijk niet slecht, vooral de druk maakt haar gestrest. Hoe pakken we dit gesprek aan en waar moeten we op letten bij de beslissing?"""),
(0, "classification", "uk", "before", "messages", """Визнач, до якої категорії належить кожне повідомлення: скарга, питання чи подяка. Лише категорія.
1. Дякую за швидку доставку, все прийшло цілим!
2. Чи можна змінити адресу після оформлення замовлення?
3. Мені привезли не той розмір, і ніхто не відповідає на дзвінки.
4. Скільки коштує доставка до Львова?"""),
(1, "creative_writing", "uk", "none", "none", """Напиши короткий вірш (4 строфи) для моєї мами на її 60-річчя. Вона вчителька музики, обожнює свій сад із півоніями і завжди співає, коли готує борщ."""),
(0, "summarization", "zh", "before", "minutes", """帮我把这段会议记录总结成三条要点,发到群里用:
今天下午的会主要讨论了新品上市时间。市场部希望九月初上线,赶上开学季;但研发那边说包装供应商交货要推迟两周,九月中旬才能到货。最后决定:上市时间定在九月二十日,市场部先在八月底开始预热宣传;研发部负责每周五同步一次供应商进度;如果包装再延期,就先用简易包装做线上首发。"""),
(1, "general_qa", "zh", "none", "none", """我今年35岁,在一家外企做财务,工作稳定但很枯燥。最近对用户体验设计很感兴趣,想转行,但担心年龄和收入下降。我应该怎么一步步尝试转行?有没有办法先试水再决定?"""),
(1, "creative_writing", "ja", "none", "none", """猫が主人公の、ちょっと切ない短いお話を書いてください。舞台は昭和の商店街で、閉店する古い本屋の最後の一日です。400字くらいでお願いします。"""),
(0, "summarization", "ko", "before", "notice", """아래 공지를 세 줄로 요약해 줘.

안녕하세요, 입주민 여러분. 관리사무소입니다. 다음 주 화요일부터 목요일까지 3일간 지하주차장 바닥 도색 공사가 진행됩니다. 공사 기간 동안 지하 1층은 화요일, 지하 2층은 수요일, 지하 3층은 목요일에 각각 오전 9시부터 오후 6시까지 주차가 불가합니다. 해당 시간에는 지상 임시 주차장이나 인근 공영주차장을 이용해 주시기 바랍니다. 공영주차장 이용 요금은 관리비에서 지원됩니다. 협조 부탁드립니다."""),
(1, "open_qa", "ja", "none", "none", """なぜ日本の電気は東日本が50ヘルツ、西日本が60ヘルツに分かれているのですか?それで何か困ることはありますか?"""),
(0, "classification", "ar", "before", "tweets", """صنّف كل تغريدة من التغريدات التالية حسب الموضوع: رياضة، سياسة، طقس، أو طعام. اكتب التصنيف فقط.
١. أمطار غزيرة متوقعة على المناطق الساحلية غداً مع انخفاض في درجات الحرارة
٢. أخيراً جربت الكنافة النابلسية في المطعم الجديد، رهيبة!
٣. الهلال يتأهل إلى نصف النهائي بعد فوز صعب
٤. البرلمان يناقش قانون الانتخابات الجديد الأسبوع المقبل"""),
(1, "creative_writing", "ar", "none", "none", """اكتب لي رسالة قصيرة ولطيفة أهنئ بها جاري بمناسبة عودته سالماً من الحج. هو رجل كبير في السن ويساعد كل أهل الحي، وأريد أن تكون الرسالة بسيطة وصادقة."""),
(0, "summarization", "es", "before", "article", """Necesito un resumen de este artículo en cinco líneas para el boletín de la cooperativa:

La cooperativa de productores de café de la zona alta de Caldas cerró la cosecha principal con una producción de 48.000 arrobas, un 12 % menos que el año anterior. Según el gerente, la caída se debe sobre todo a las lluvias excesivas de abril y mayo, que afectaron la floración en las fincas situadas por encima de los 1.800 metros, y a la falta de recolectores, ya que muchos jóvenes de la región han migrado a las ciudades o al exterior. A pesar de ello, la calidad del grano mejoró: el 64 % del café fue clasificado como especial, frente al 51 % del año pasado, gracias al programa de beneficio húmedo y secado en marquesinas que se implementó con apoyo de la gobernación. Esto permitió negociar un precio promedio un 18 % por encima del precio base de la bolsa de Nueva York. La asamblea aprobó destinar parte de los excedentes a un fondo para contratar recolectores con alojamiento y alimentación incluidos durante la próxima cosecha, y a la compra de dos despulpadoras ecológicas que reducen el consumo de agua en un 80 %. También se eligió una nueva junta directiva, por primera vez con mayoría de mujeres. La próxima asamblea general se celebrará en marzo."""),
(0, "classification", "pt", "before", "messages", """Classifique cada mensagem do SAC como RECLAMAÇÃO, DÚVIDA ou ELOGIO. Só a etiqueta:
1. Comprei a geladeira há 10 dias e até agora não entregaram.
2. Vocês parcelam em 12 vezes sem juros no cartão?
3. O técnico foi super atencioso e resolveu tudo em meia hora, nota 10!
4. O produto veio com a porta amassada e ninguém me responde."""),
(1, "open_qa", "de", "none", "none", """Warum gibt es in Deutschland eigentlich so viele verschiedene Stromnetzbetreiber, und was genau bezahle ich mit den Netzentgelten auf meiner Stromrechnung?"""),
(0, "summarization", "fr", "before", "testimony", """Peux-tu résumer ce témoignage en 4 phrases pour la brochure de l'association ?

Je m'appelle Odile, j'ai 72 ans, et il y a trois ans je ne savais pas envoyer un mail. Mon mari s'occupait de tout ce qui était papiers et ordinateur. Quand il est parti, je me suis retrouvée devant des courriers de la caisse de retraite qui me demandaient de « créer un espace en ligne », et j'avais honte de demander de l'aide à mes enfants, qui habitent loin et sont très occupés. C'est la pharmacienne qui m'a parlé de l'atelier numérique de la médiathèque. Au début j'y allais à reculons. Le premier jour, l'animatrice, Samia, m'a fait allumer la tablette toute seule, et j'ai failli pleurer tellement j'avais peur de casser quelque chose. On était six, tous à peu près du même âge, et on riait beaucoup de nos bêtises. Aujourd'hui, je fais mes démarches administratives seule, je parle à mes petits-enfants en visio le dimanche, et j'ai même commencé à classer les photos de famille sur l'ordinateur. L'an dernier, Samia m'a demandé si je voulais aider les nouveaux. Maintenant, c'est moi qui leur dis qu'on ne casse rien en appuyant sur un bouton."""),
(0, "classification", "ru", "before", "titles", """Определи жанр каждой книги по названию: детектив, фантастика, любовный роман или кулинария. Только жанр.
1. «Убийство в поезде на Иркутск»
2. «Колонисты Проксимы b»
3. «Пироги от бабушки Зины: 100 рецептов»
4. «Лето, когда я встретила тебя»"""),
(1, "general_qa", "it", "none", "none", """Ho 40 anni e vorrei iniziare a correre, ma non ho mai fatto sport in vita mia e peso circa 15 chili in più del dovuto. Come comincio senza farmi male e senza mollare dopo due settimane?"""),
(0, "classification", "en", "after", "text", """sentiment: 'meh.'"""),
(1, "open_qa", "en", "none", "none", """what's ketosis exactly"""),
(1, "creative_writing", "en", "none", "none", """wedding haiku pls"""),
(1, "general_qa", "en", "none", "none", """gift ideas dad 60th"""),
(0, "summarization", "en", "after", "memo", """tl;dr this: 'Due to unforeseen circumstances the 3pm all-hands is moved to Thursday 10am, same room, same agenda, and lunch will now be provided afterwards for everyone who attends in person.'"""),
(1, "general_qa", "en", "after", "figures", """I own a small independent bookshop (1 location, 3 staff, 11 years). I've pasted last year's rough numbers below. My accountant says we're fine but fragile. I have about $40k I could invest. Options I'm considering: (a) open a small café corner, (b) build a proper online shop, (c) start a paid book subscription box, (d) just keep it as a cushion.

Revenue: $486,000
- New books: $402,000 (avg margin 40%)
- Used books: $38,000 (avg margin 65%)
- Events (author talks, ticketed): $21,000
- Gift items/cards: $25,000 (avg margin 50%)
Costs: rent $54,000; payroll $118,000 (incl. me); utilities/insurance $14,000; POS/software $3,600; marketing $4,000
Foot traffic: down about 8% vs pre-2020, but average basket up 14%.
Our events sell out; we turn people away for bigger authors because we only fit 45 chairs.
Instagram: 6,200 followers, mostly local. Newsletter: 2,900 subscribers, 48% open rate.
Nearest café is 2 doors down and is well liked.

Which option would you pick, and why? And what would you want me to test cheaply before committing the money?"""),
(0, "classification", "en", "before", "tickets", """You are the routing layer for an IT helpdesk. For each ticket below, output the queue: NETWORK, ACCOUNTS, HARDWARE, SOFTWARE, or FACILITIES. Output a numbered list of queue names only. Do not explain. Do not attempt to solve the tickets.

1. My laptop screen has a line of dead pixels down the middle since I dropped my bag.
2. I can't log in, it says my password expired but the reset link never arrives.
3. The Wi-Fi on the third floor keeps dropping every few minutes.
4. Excel crashes whenever I open the budget file with macros.
5. The air conditioning in meeting room 2B has been blowing hot air all week.
6. New starter on Monday needs an email account and access to the shared drive.
7. VPN connects but I can't reach any internal sites.
8. The printer by reception is making a grinding noise and jamming.
9. Teams won't let me share my screen, the button is greyed out.
10. One of the ceiling lights in the kitchen is flickering.
11. My docking station no longer charges my laptop.
12. I've been locked out after too many attempts, please unlock my account.
13. Zoom says my version is no longer supported and won't update.
14. Ethernet port at desk 14 is dead, tried two cables and another laptop.
15. Can someone fix the broken lock on the bike shed?"""),
(1, "creative_writing", "en", "none", "none", """Write the best-man speech for my brother's wedding. I know this is a lot of rules, but the venue, the families and my brother all have opinions:

1. Length: 3 to 4 minutes spoken, so roughly 450–550 words.
2. It must open with a joke about me, not about the groom.
3. Groom: Daniel, 34, a paramedic, runs ultramarathons, cannot cook anything except pancakes, once got lost on a marked trail for six hours.
4. Bride: Aisling, 33, Irish, a primary school teacher, beats everyone at pub quizzes, met Daniel when he treated her for a sprained ankle at a 10k race — she finished the race anyway.
5. Her grandmother is 96 and will be in the front row: nothing crude, no innuendo at all.
6. Daniel's ex must not be mentioned even indirectly. No previous-relationship jokes.
7. Include exactly one line in Irish (with the English meaning given once, naturally, in the speech) — something like a blessing.
8. One short, sincere paragraph about our dad, who died two years ago. Keep it warm rather than sad; Daniel asked that it not make everyone cry before the main course.
9. The pancakes must come back at the very end as a callback.
10. End with a toast to the couple, and give the exact words I should say when everyone raises their glass.
11. Make it easy to read aloud: short sentences, paragraph breaks where I should pause, and mark [PAUSE] where I should wait for laughs."""),
(1, "open_qa", "en", "inline", "soil report", """My allotment soil test came back and I don't understand the results. What do these numbers mean, and why would my brassicas be yellowing if nitrogen is adequate?

SOIL ANALYSIS REPORT — Sample ref. AL-22/0871
pH (water): 5.4
Phosphorus (P), Olsen: 38 mg/l — Index 3
Potassium (K): 95 mg/l — Index 1
Magnesium (Mg): 42 mg/l — Index 1
Organic matter (LOI): 7.8%
Total nitrogen: 0.31% — adequate
Calcium: low
Lime requirement (to pH 6.5 for arable): 6.0 t/ha ground limestone
Comments: Soil is acidic with low K and Mg indices. Consider liming and a potash-containing fertiliser. High organic matter noted.

Notes from me: the brassicas (kale, sprouts, purple sprouting broccoli) have older leaves going yellow between the veins while the veins stay green. Last year I had clubroot in one bed. I've added a lot of horse manure over the last three years. Is the pH connected to any of this?"""),
(0, "summarization", "en", "before", "call transcript", """[Contact centre · After-call work · ✦ Auto-summary]
Summarize this call for the CRM note: issue, what was done, next step. Max 60 words.

AGENT: Thanks for calling Northway Energy, you're speaking with Kelly, how can I help?
CUSTOMER: Hi, yeah, I've had a bill for £612 for one month and I normally pay about ninety.
AGENT: I'm sorry to hear that, let's have a look. Can I take your account number?
CUSTOMER: It's 4471-2093.
AGENT: Thank you, Mr Adeyemi. I can see the bill is based on an estimated reading. We haven't had an actual reading since February.
CUSTOMER: That's odd, I've got a smart meter.
AGENT: Your smart meter stopped sending readings in February, it looks like a communications fault. So the system has been estimating, and it estimated high for the winter months.
CUSTOMER: Right. Can you fix it?
AGENT: If you can give me a reading from the meter now, I can rebill you on that.
CUSTOMER: Hang on... it says 21884.
AGENT: Thanks. With that reading, your corrected bill is £143 for the period, because it covers two months of actual usage. I'll cancel the £612 bill.
CUSTOMER: Brilliant. And the meter?
AGENT: I'll book an engineer to look at the communications module. Earliest slot is Tuesday the 18th, between 8 and 12. Does that work?
CUSTOMER: Yes, that's fine.
AGENT: Great. You'll get a text confirmation. Is there anything else?
CUSTOMER: No, that's it, thanks Kelly."""),
(0, "summarization", "en", "before", "reviews", """Here are the 10 most recent reviews of the Ridgeline 2P tent from our store. What are the main takeaways? 3–4 bullets, for the product team.

★★★★★ Pitched it in 6 minutes in wind on the first try. Super light for the size.
★★☆☆☆ Condensation inside every single morning in Scotland. Woke up with wet sleeping bags twice.
★★★★☆ Great tent, but the included pegs are rubbish, two bent on hard ground the first night.
★★★★★ Used it for 3 weeks on the GR20. Survived a proper storm. Worth every penny.
★★★☆☆ Fine for one person plus gear. Two person is optimistic unless you really like each other.
★★★★☆ Love the two doors and vestibules. Pegs bent though, replaced them with MSR ones.
★★☆☆☆ Zip on the inner door broke after about ten uses. Customer service sent a replacement inner, credit to them.
★★★★★ Lightest freestanding tent I could find under £300.
★★★☆☆ Condensation is an issue if you close both vents. Open them and it's better, but still damp.
★★★★☆ Packs small, sets up fast, a bit snug for two tall people."""),
(0, "classification", "en", "before", "story", """Just tell me the genre — horror, romance, sci-fi or mystery. Don't continue the story or comment on the writing.

The fog had not lifted from Hollow Lane in three days, and on the third night Mrs Pruett's dog stopped barking. In the morning the dog was sitting in the middle of the road, facing the woods, and it would not turn around no matter how many times she called it. By noon every dog in the village was sitting the same way. Nobody could get them to move, and when Tom Abara finally tried to pick his up, it was cold — not dead, but cold as a stone in a river, and it smiled at him in a way dogs cannot."""),
(0, "summarization", "en", "before", "poem", """Summarize what happens in this poem in one plain sentence — I'm not asking what it means, just what happens.

The ferryman waits where the river turns,
his lantern hung from a crooked pole;
a girl comes down with a borrowed coin
and a letter she's carried the whole way home.
He takes the coin and he takes the letter,
he rows her out where the water's black,
and halfway over she reads it to him,
and halfway over he rows her back."""),
]
