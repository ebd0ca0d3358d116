# OOD set 4, part 04. Each item written by hand.
ITEMS = [
(0, "classification", "en", "inline", "list", """okay uh hey which of these can my dog eat um grapes carrots chocolate apple slices onions plain rice just say safe or not safe for each one"""),
(0, "summarization", "en", "after", "email", """hey um can you just give me the short version of this email from my son's soccer coach i'm in the car so keep it super short

Hi parents! Quick update for this weekend. Saturday's game vs. the Riverside Hawks is moved from Field 2 to Field 6 at Lincoln Park because of the drainage work. Kickoff is still 9:30 but please have kids there by 9:00 for warmups. Wear the WHITE jerseys, not the blue. Snack duty is the Garcia family. If it rains, check the app by 7:30 am, we'll post any cancellation there. Also picture day is the following Saturday, order forms due Wednesday. Thanks! Coach Mel"""),
(1, "general_qa", "en", "none", "none", """uh hey quick how do i get red wine out of a white couch like right now it just happened"""),
(1, "creative_writing", "en", "none", "none", """okay um write me a little bedtime story about a sleepy bus that doesn't want to go to the depot uh my son is three so like really short and soft"""),
(0, "classification", "en", "before", "leads", """[Salesforce · Einstein ▸ Score leads]
Rules: HOT = requested a demo or pricing in the last 14 days; WARM = opened 2+ emails or visited the pricing page, no request; COLD = everything else. Today is 20 May. Return Lead → score.
- Dana Whitfield (Orbis Logistics): requested pricing 15 May
- Raj Menon (Kiteworks): opened 3 emails, no visits
- Lucy Tran (Fernhill Dental): requested demo 12 May
- Omar Haddad (Brightpath): visited pricing page twice this week
- Eva Novak (Lumen Foods): no activity since February"""),
(0, "summarization", "en", "before", "interview notes", """[Dovetail · ✦ Summarize insights]
Summarize these five user interview notes into the 3–4 main themes, one line each.

P1 (nurse, 34): Uses the app on night shifts to log fluid balance. Says the font is too small with gloves on and the tap targets are tiny. Loves the offline mode because the ward Wi-Fi drops. Wants a quick way to copy yesterday's entries.
P2 (charge nurse, 51): Mostly uses the dashboard. Finds the alerts overwhelming — everything is red, so nothing is red. Would like to filter alerts by bed. Doesn't trust the sync indicator after losing data once last year.
P3 (student nurse, 22): Picked it up in a day, finds it intuitive. Struggles with the medication list because brand and generic names are mixed. Uses the search a lot.
P4 (nurse, 43): Also mentions gloves and small buttons. Says logging takes four taps too many for a routine obs round. Offline mode is the only reason we use it, she says.
P5 (ward manager, 58): Wants monthly reports exportable to Excel. Says staff complain about alert fatigue. Worried about data loss stories spreading and people going back to paper."""),
(1, "open_qa", "en", "none", "none", """Key takeaways from the Cuban Missile Crisis? Just the big lessons historians draw from it, bullet points."""),
(1, "creative_writing", "en", "none", "none", """[Canva · Magic Write] Instagram caption for our bakery's new sourdough launch. Bakery: Crumb & Co, Bristol. Loaf: 48-hour fermented, made with local Cotswold flour. Launch Saturday 8am, first 50 loaves come with free salted butter. Fun, warm, 2-3 hashtags."""),
(0, "classification", "en", "before", "cards", """[Trello · Butler AI] Put each card in the right list — To Do, In Progress, or Done — going by the latest comment on it. Just card → list.
• Logo refresh — final files sent to client, approved ✅
• Spring newsletter — drafting copy, halfway through
• Website accessibility audit — not started, waiting for Q3
• Photo shoot for menu — shoot booked, happening right now at the café
• Update price list — done and uploaded"""),
(0, "summarization", "en", "after", "activity log", """[Salesforce › Account: Harlow Foods › Activity › ✦ Summarize]
- 02 Apr: Intro call with Sarah K (Ops Director). Interested in route optimisation for 40 vans.
- 09 Apr: Demo delivered. Concern about integration with their Sage ERP.
- 16 Apr: Sent integration docs + case study from a similar wholesaler.
- 30 Apr: Sarah looped in CFO. CFO asked for 3-year pricing.
- 07 May: Sent proposal: 3-year, 12% discount on year 1.
- 15 May: CFO says budget is frozen until July; wants to pilot 10 vans in June at no cost.
- 17 May: Internal: our sales director approved a paid pilot at 50% off, not free.
Give me a 3-sentence summary of where this deal stands."""),
(1, "general_qa", "en", "none", "none", """[IDE chat] How should I structure a Terraform repo for three environments (dev, staging, prod) across two AWS accounts? Workspaces, separate folders, or Terragrunt? Small team, 4 engineers."""),
(0, "classification", "en", "before", "haiku", """Which season is this haiku about — spring, summer, autumn or winter? One word, no analysis.

the old well bucket
rises through a skin of ice —
breath hangs in the yard"""),
(0, "summarization", "en", "before", "journal", """[Obsidian · Smart Connections ▸ Summarize selection]
Summarize my journal from this week in 3 lines — I'm writing a monthly review.

Mon — Rain. Didn't run. Finished the chapter on tide pools, feels like it finally sings. Called Mum, she sounds tired.
Tue — Editor emailed: wants the draft by the 30th of next month, not the 15th. Panic, then relief — that's actually more time. Cooked the lentil thing again.
Wed — Ran 8k along the canal. Wrote 2,000 words. Best day in weeks.
Thu — Bad sleep. Went to Mum's; she has a hospital appointment next Tuesday, I'll drive her. Wrote nothing.
Fri — Re-read Wednesday's pages, cut half of them. Still good though. Booked the car for Tuesday.
Sat — Market with Jo. Bought too many tomatoes. Long walk, talked about moving to the coast. Not ready to decide.
Sun — Quiet. Planned next week: Tuesday for Mum, the rest for the book."""),
(1, "open_qa", "en", "none", "none", """Give me a quick rundown of how noise-cancelling headphones actually cancel noise."""),
(0, "classification", "en", "before", "excerpt", """For our library's shelving: is this excerpt written for CHILDREN or ADULTS? Just one word.

Milo the mole had a very important job. Every morning he dug a tunnel to the bakery, and every morning he came out in a different place — once in the duck pond, once under the mayor's hat! 'Oh bother,' said Milo, shaking the mud from his whiskers. 'Today I will dig straight.'"""),
(1, "creative_writing", "en", "before", "notes", """I have to give the eulogy for my dad on Friday and I can't get started. Here are my notes. Can you write it — about 5 minutes spoken, in my voice (I'm his daughter, Rachel), warm with a bit of humour because he'd have hated a gloomy one.

- Frank Moretti, 1946–2024, born in Glasgow to Italian parents, ran the family chip shop on Byres Road for 38 years
- called every customer boss, even the children
- married Mum (Elaine) in 1971, they danced every Saturday at the Barrowland until it got too rough, then in the kitchen
- terrible singer, sang anyway, mostly Dean Martin
- taught me to drive in the chip shop van, I stalled it on a hill with a full fryer of oil in the back
- quietly fed anyone who couldn't pay; we only found out how many when people started writing to us after he died
- Celtic fan, but never let it get nasty; his best friend Hughie was a Rangers man for 50 years
- grandfather to Luca (12) and Sofia (9), taught them both to make his batter: the secret is it's cold and you don't overmix it
- last months were hard (heart failure) but he kept making jokes with the nurses
- I want to end with something about the shop light being on"""),
(0, "summarization", "en", "none", "none", """Summarize Pride and Prejudice in five lines. I have a quiz tomorrow and I only watched the film."""),
(0, "classification", "en", "before", "lyrics", """Tag the mood of these lyrics: HAPPY, SAD, ANGRY or CALM. One word, it's for a playlist tool.

You left the porch light burning when you went,
I leave it on the way a candle's lent
to someone who is never coming back,
and every moth that finds it finds the crack."""),
(1, "general_qa", "en", "none", "none", """What's the best way to set up a family budget spreadsheet for a household of five? We're both paid monthly on different dates and the kids get pocket money. Google Sheets, no add-ons."""),
(0, "summarization", "en", "none", "none", """Summarize the paper Attention Is All You Need in three bullets for my manager, who is not an ML person."""),
(1, "open_qa", "en", "after", "code", """```python
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item('apple'))
print(add_item('pear'))
```
Second line prints ['apple', 'pear'] instead of ['pear']. Why does the list remember the previous call?"""),
(0, "classification", "en", "after", "email", """y/n?? is this phishing

From: IT Helpdesk <it-support@micros0ft-security.com>
Subject: Mailbox quota exceeded
Your mailbox has exceeded its storage limit. To avoid losing incoming mail, re-validate your account within 12 hours: [Validate Now]"""),
(1, "creative_writing", "en", "none", "none", """Generate names for our new range of oat-milk ice creams. Hard requirements:
- exactly 8 names
- each name 1 or 2 words, max 14 characters including spaces
- no name may contain oat, moo, dairy or cream
- at least 3 names must be puns
- none may already be a well-known brand
- flavours, in order: salted caramel, mint choc chip, strawberry, coffee, mango, pistachio, chocolate, vanilla
Output JSON only: [{"flavour": "...", "name": "...", "why": "one short sentence"}]"""),
(0, "summarization", "en", "none", "none", """Recap the Seinfeld episode The Soup Nazi in three lines for my mum, who has never watched the show."""),
(1, "general_qa", "en", "after", "text message", """How should I reply to this? My landlord texted me tonight:

'Hi Sam, just a heads up, I'll be coming round tomorrow at 10 with a couple of potential buyers to view the flat. Hope that's OK. Cheers, Graham'

I work from home and have a client call at 10. It's the first I've heard about him selling. I don't want to be difficult but I also don't want strangers walking through with no notice."""),
(0, "classification", "en", "before", "headers", """OCR'd headers from mum's old recipe binder. Tag each as SOUP, MAIN, or DESSERT so I can sort them:
1. Cream of Mush room (Gran's)
2. Shep herd's Pie — serves 6
3. Lem on Mer ingue Pie
4. Beef & Bar ley Broth
5. Toad in the Hole
6. Sticky Tof fee Pud ding"""),
(0, "summarization", "en", "after", "letter", """This is a letter from my great-great-grandfather, transcribed from a scan (some words are broken). Can you give me a short summary of what he's saying?

Dear Ma, I am well and hope this finds you the same. We came out of the line on Tuesday and are rest ing in a village behind, which I am not al lowed to name. The food is better here and we have had a bath, the first in three weeks. Tell Alice I got her parcel, the socks are a God send, and the cake was only a little squash ed. Fred Holmes from Chapel Street was wound ed in the arm but he is in hos pital and will be right. Please do not worry if you do not hear for a while, the post is slow. Give my love to Father and tell him to mind his chest this winter. Your loving son, Albert"""),
(1, "creative_writing", "en", "none", "none", """Write five six-word stories about moving house. Each must be exactly six words, no hyphenated words to cheat the count, at least one must be funny and one must be sad, and none can use the words box, home or house."""),
(1, "open_qa", "en", "before", "symptoms", """My 3-year-old has had a fever of 38.5 since yesterday, little blisters in her mouth and red spots on her palms and the soles of her feet. She's drinking but doesn't want to eat. Nursery had a note up about something going round. What could this be, and how long does it usually last?"""),
(0, "classification", "en", "after", "worksheet", """Worksheet 7 — Classifying Animals
Write V (vertebrate) or I (invertebrate) next to each animal.
jellyfish ___ frog ___ octopus ___ eagle ___ earthworm ___ shark ___ snail ___ bat ___"""),
(0, "summarization", "en", "before", "spreadsheet", """[file: Q2_results.xlsx — sheet Summary pasted]
Metric | Q1 | Q2 | Target
Revenue (£k) | 1,240 | 1,385 | 1,350
Gross margin | 41% | 38% | 42%
New customers | 312 | 298 | 350
Churn | 2.4% | 1.9% | 2.0%
Headcount | 46 | 52 | 50
Cash (£k) | 2,900 | 2,610 | —
Write a 3-sentence summary for the board pack."""),
(1, "general_qa", "en", "after", "training log", """Here's my last 3 weeks of running. My marathon is in 8 weeks and I'm aiming for sub-4. How should I adjust the plan from here?
Week 1: Mon 8k easy, Wed 10k with 5x1k @ 5:05/km, Sat 22k @ 6:10/km — total 40k
Week 2: Mon 8k easy, Wed 10k tempo @ 5:30, Sat 25k @ 6:05 — total 43k, left knee a bit sore after
Week 3: Tue 6k easy, Thu 8k easy, Sun 28k @ 6:15, last 5k were a struggle — total 42k
Age 39, been running 2 years, half marathon PB 1:52."""),
(1, "creative_writing", "en", "none", "none", """You are a 1920s radio announcer at station WXYZ. In full character — breathless, formal, a bit too excited about new technology — announce tomorrow's weather forecast: light rain in the morning, clearing by noon, a chilly evening. About 100 words."""),
(0, "classification", "en", "before", "calls", """Mixed practice phone log — sort each call to the SMALL ANIMAL, EQUINE or FARM team:
- mare colicking since 6am, rolling
- ewe with a prolapse, lambing due next week
- hamster's front teeth overgrown
- cat vomiting hairballs twice today
- pony lame on left fore after shoeing
- 40 heifers need TB testing before sale"""),
(0, "summarization", "en", "after", "voice note", """[audio: voice_note_2024-06-03.m4a, 6:12 — auto-transcript below]
Hi love, it's Dad. Sorry this is long, I know you hate voice notes. So, the roof man came this morning, Kevin, the one Pat recommended. He went up and had a look and it's not as bad as we thought. It's not the whole roof, it's the flashing round the chimney that's gone, and a few slates on the back that slipped in that storm in February. He reckons about eleven hundred pounds, could be done in two days, but not till the end of the month because he's booked up. I said fine. Your mum wanted another quote but honestly he seemed straight and Pat's had him twice. Other news, the dog had her jabs, the vet says she's a bit heavy, so no more crusts from your mum, which is going to be a battle. And your Auntie June rang, she's coming up on the 15th for the weekend, so if you and Sam want to come for Sunday dinner that weekend, that'd be nice, she'd love to see the baby. Oh, and the car passed its MOT, just needed a wiper blade. That's about it. Ring us when you can. Love you. Bye. Bye. How do I stop this thing.

Can you summarize this for me in a few lines? I'm in a meeting."""),
(1, "open_qa", "en", "none", "none", """Line from the charter party: Time to count WIBON, WIPON, WIFPON, WCCON. What do those abbreviations mean, and which side bears the risk of waiting time because of them?"""),
(1, "general_qa", "en", "none", "none", """how do i get my cat to take a pill? she is 14 and very clever and spits it out every time, even wrapped in ham"""),
(0, "classification", "en", "before", "transmissions", """Training exercise: mark each transmission P (pilot) or C (controller).
1. Cessna 345, cleared to land runway 27, wind 250 at 8.
2. Tower, Cessna 345, ten miles south, inbound with information Delta.
3. Request descent to flight level 240, Speedbird 12.
4. Speedbird 12, descend flight level 240, expect ILS 09L.
5. Wilco, 345."""),
(0, "summarization", "en", "before", "table", """IELTS Academic Writing Task 1. You should spend about 20 minutes on this task.
The table below shows the percentage of households with internet access in four countries in 2005, 2010, 2015 and 2020. Summarise the information by selecting and reporting the main features, and make comparisons where relevant. Write at least 150 words.

Country | 2005 | 2010 | 2015 | 2020
Norway | 64 | 90 | 97 | 98
Spain | 35 | 59 | 79 | 96
Mexico | 9 | 22 | 39 | 60
India | 2 | 7 | 15 | 43"""),
(1, "creative_writing", "en", "none", "none", """GM here, I need a boxed text to read aloud when the party finally meets the lich queen Seraphine in her drowned throne room. Keep it under 150 words, make it eerie, end on her first line of dialogue, and don't describe what the players do."""),
(0, "classification", "en", "before", "permits", """Permit office: classify each permit-to-work request as HOT WORK, CONFINED SPACE, WORKING AT HEIGHT or ELECTRICAL ISOLATION.
1. Welding repair on the crusher chute liners
2. Entry into the thickener tank to remove scale
3. Replace lights on the conveyor gantry, 12 m up
4. Lock out the 6.6 kV feeder to the mill motor for inspection
5. Cutting old brackets with an oxy torch in the workshop"""),
(0, "summarization", "en", "before", "log entries", """*Computer, this is Captain Varga.* Summarize my last three log entries into a single status line for Starfleet Command.

Log 1: We entered the Kessari nebula at 0900. Sensors degraded by 40%. Two shuttles recalled.
Log 2: Contact with Kessari envoy established. They agree to talks but want our shields lowered. Refused; talks delayed.
Log 3: Envoy accepted a compromise — talks aboard a neutral station. Departing for Station Aurel in six hours. Minor coolant leak in engineering, contained."""),
(1, "general_qa", "en", "none", "none", """PPL holder, 140 hours. Next step: instrument rating, or tailwheel endorsement plus some aerobatics? I fly mostly for fun in the UK but might want to go commercial in a few years. Which would you do first and why?"""),
(1, "open_qa", "en", "none", "none", """why do cats knead blankets with their paws"""),
(0, "classification", "en", "before", "messages", """Tag each message from the port agent as BUNKERS, CREW, CARGO or PORT CLEARANCE — one tag each.
1. Barge with 600 MT VLSFO alongside at 1400 LT, please have manifold ready.
2. Two relief ABs arriving by launch tomorrow 0800, passports to be checked by immigration on board.
3. Stevedores will start discharging hold 3 at 0700, expect 2,400 MT per shift.
4. Free pratique granted, customs boarding at 1100.
5. Sign-off for the 2nd Engineer confirmed, flight Friday from Singapore."""),
(0, "summarization", "en", "before", "book report", """can you make this shorter its for my book report and it has to be 5 sentences max. its what i wrote about the book

Charlotte's Web is about a pig called Wilbur who lives on a farm. A girl called Fern saves him when he is a baby because he is the runt. Then he goes to live at her uncle's farm and he is lonely. Then he meets a spider called Charlotte who is his friend. The other animals are not nice at first but then some are. Wilbur finds out they are going to kill him for Christmas dinner and he is really scared. Charlotte writes words in her web like SOME PIG and TERRIFIC so people think Wilbur is special. He goes to the fair and wins a prize. Charlotte dies at the fair which is really sad. But her babies hatch and three of them stay with Wilbur."""),
(1, "creative_writing", "en", "none", "none", """write a poem about my hamster her name is Nugget and she is golden and she stuffs her cheeks with sunflower seeds and runs on her wheel all night. i am 8 and i want to read it to my class"""),
(1, "general_qa", "en", "none", "none", """I'm a small importer (about 30 containers a year from China to Rotterdam). How should I approach negotiating freight rates — go direct to carriers, use a forwarder, or lock in an annual contract? What leverage do I actually have at that volume?"""),
(0, "classification", "en", "after", "list", """Sunday school sheet — sort these readings into OLD TESTAMENT or NEW TESTAMENT:
Isaiah 9, Luke 2, Genesis 1, Romans 8, Psalm 23, Revelation 21, Ruth 1, Acts 2"""),
(0, "summarization", "en", "after", "letter", """I have had this letter from the council and I do not understand it. Can you put it in a few simple words for me please?

Dear Resident, We are writing to inform you that, following a review of the Council Tax Reduction Scheme, your entitlement has been reassessed with effect from 1 April. Your reduction will increase from 25% to 35% owing to the change in your household circumstances notified to us on 12 March. A revised bill is enclosed. Your monthly instalments will therefore decrease from £104.50 to £90.60. No action is required on your part. If you believe this decision is incorrect, you may request a reconsideration within one calendar month of the date of this letter."""),
(1, "open_qa", "en", "none", "none", """What's the difference between a deacon, a priest and a bishop in the Anglican church, and can a deacon take a wedding?"""),
(1, "general_qa", "en", "none", "none", """I've just become the hall coordinator at our church and we host funeral receptions about twice a month. How should I organise them so they run smoothly — volunteers, food, timing, and dealing gently with families who are grieving?"""),
(0, "classification", "en", "before", "identifiers", """Code review bot: label each identifier as snake_case, camelCase or PascalCase. Output identifier: style.
getUserById
parse_config_file
HttpRequestHandler
max_retry_count
OrderLineItem
isValidEmail"""),
(0, "summarization", "en", "before", "judgment", """Summarize this judgment extract in 3 sentences for our firm's client newsletter.

The appellant landlord contended that the tenant's installation of a wood-burning stove constituted a breach of clause 4.7 of the lease, which prohibits any alteration to the structure of the premises without consent. The trial judge found that the stove, together with its flue liner, was a removable fixture and did not affect the structure, and dismissed the claim for forfeiture. On appeal, we agree with the trial judge. The flue liner was inserted into an existing chimney without cutting or removing any masonry, and the stove stands on a hearth plate which can be lifted away. Although the tenant would have been wiser to seek consent, the absence of consent for a non-structural alteration does not breach clause 4.7. The appeal is dismissed. We make no order as to costs, given that the tenant's failure to inform the landlord contributed to the dispute."""),
(1, "creative_writing", "en", "none", "none", """I was in hospital for three weeks after my fall and the nurses on Ward 9 were wonderful to me. I am 88 and would like to send them a thank-you card with a box of chocolates. Could you write a few lines for the card? I particularly want to thank Nurse Bola who sang to me when I couldn't sleep."""),
(1, "open_qa", "en", "none", "none", """why is the sea blue but water in a glass isnt blue. i asked my dad and he said because of the sky but my teacher said thats not the whole answer"""),
(0, "classification", "en", "before", "reviews", """Label each review POSITIVE or NEGATIVE. Careful, some are sarcastic.
1. Oh great, another update that moves every button. Love that for me.
2. Honestly the best tent I've owned, dry through two storms.
3. Wow, only took three weeks to get a reply. Stellar service.
4. Didn't expect much for £12 but these headphones are brilliant.
5. Fantastic, the waterproof jacket soaked me to the skin on day one."""),
(0, "summarization", "en", "before", "clinic letter", """Condense this clinic letter into a 3-line summary for the top of the patient's notes.

Dear Dr Lin, I reviewed Mr Paul Okoye (62) in the respiratory clinic today. He reports a 4-month history of breathlessness on climbing two flights of stairs and a dry cough. He is an ex-smoker (30 pack-years, stopped 2015). Spirometry today shows FEV1 68% predicted, FEV1/FVC 0.62, with no significant reversibility. CT chest shows centrilobular emphysema, most marked in the upper lobes, and no nodules. Diagnosis: COPD, GOLD stage 2. I have started a LAMA/LABA combination inhaler and referred him to pulmonary rehabilitation. I would be grateful if you could arrange influenza and pneumococcal vaccination. Review in 6 months with repeat spirometry. Yours sincerely, Dr A. Mensah, Consultant Respiratory Physician"""),
(1, "general_qa", "en", "none", "none", """how can i get better at drawing hands. im 12 and they always look like bananas. what should i practise"""),
(1, "creative_writing", "en", "none", "none", """Write a funny poem for our engine room notice board about being the 3rd Engineer on a tanker: sweating in the purifier room, the bilge alarm at 3am, the chief who can hear a bearing going from the mess room. 4 verses."""),
(0, "summarization", "en", "before", "handover", """Night shift handover, Line Maintenance, stands 14–22. Summarize for the day shift lead in 4 bullets.
- G-EZXA: nose tyre changed (worn to limits), released 0340.
- G-EZXB: No. 1 engine borescope complete, no findings. Paperwork in the tech office for signature.
- G-EZXC: APU fault light on arrival, troubleshooting ongoing; suspect starter generator. Part ordered, ETA 0900. Aircraft AOG, ops informed.
- G-EZXD: cabin — seats 12C and 12D recline inop, MEL'd (cat C), parts on order.
- GSE: tow bar #3 has a cracked shear pin, tagged unserviceable.
- Stores: only one spare main wheel assembly left, reorder raised."""),
(1, "open_qa", "en", "none", "none", """In my office days we made copies with carbon paper and later a Gestetner machine that left purple ink on everything. How does a modern photocopier actually make a copy? I have always wondered."""),
(1, "general_qa", "en", "none", "none", """My husband died last spring. I am 84 and we were married 61 years. The days are very long now and I feel lonely in the evenings especially. My children ring but they live far away. What can I do?"""),
(0, "summarization", "en", "after", "handover", """Shift handover — Level 7 North. Day shift: charged and fired stope 7N-14 at 1430, re-entry after ventilation clearance 1615. Loader LH-09 mucked 480 t. Rockbolter down 2 hrs for a hydraulic hose. Water inflow at the 7N-12 access increased, pump added. Ground support in 7N-16 drive complete. No incidents. Night shift to continue mucking 7N-14 and install mesh in 7N-16.

Give me a two-line summary of that for the ops meeting."""),
(1, "creative_writing", "en", "after", "review", """Write a reply to this Google review from the owner's account. Polite, not defensive, offer to make it right, no more than 80 words.

★☆☆☆☆ Waited 25 minutes for two coffees and the barista didn't even apologise. The cake was stale. Won't be back. — Marcus T."""),
(1, "open_qa", "en", "after", "notam", """What does this NOTAM actually mean in plain English? I'm a student pilot.

A1234/24 NOTAMN Q) EGTT/QMRLC/IV/NBO/A/000/999/ A) EGKB B) 2406150600 C) 2406151800 E) RWY 03/21 CLSD DUE WIP. HEL OPS AVBL ON TWY A."""),
(0, "summarization", "en", "before", "email chain", """Summarize where the fixture stands in 4 bullets — I need to brief the chartering manager.

From: Broker (Jakob) — 10:02
Owners offer MV Sea Falcon, 58k dwt supramax, open Santos 12–15 June. Cargo 52,000 mt soya beans 10% MOLOO Santos to Qingdao. Freight USD 41.50 pmt FIOST. Load 8,000 mt SHINC, discharge 10,000 mt SHINC. Demurrage USD 18,000 / half despatch.

From: Charterers (Nina) — 11:40
Counter: freight USD 39.75, load 10,000 SHINC, demurrage USD 16,000. Laycan 13–17 June.

From: Broker (Jakob) — 13:15
Owners revert: freight USD 40.75 final, accept load rate 10,000, demurrage USD 17,000, laycan 12–16 June. Owners insist on their BIMCO war risks clause and want Qingdao berth confirmation within 48 hours of fixing.

From: Charterers (Nina) — 15:30
Accept freight 40.75, demurrage 17k and laycan 12–16. Want war risks per charterers' standard clause. Berth confirmation within 72 hours, not 48. Subject to shippers' approval of the vessel.

From: Broker (Jakob) — 16:45
Owners accept 72 hours for berth confirmation. Still holding out on the war risks clause; will revert tomorrow morning Asia time."""),
(1, "creative_writing", "en", "before", "cv", """Write a one-page cover letter for this job using my CV details. Job: Volunteer Coordinator at Riverside Hospice (part-time, 25 hrs).

My CV, short version:
- Aisha Rahman, 46
- 2015–now: school office manager at Hillcrest Primary (scheduling, parent volunteers for trips and events, handling safeguarding paperwork)
- 2009–2015: career break raising three children; ran the PTA for four years, organised the Christmas fair (60 volunteers)
- 2003–2009: retail supervisor at John Lewis, rota planning for 30 staff
- Volunteer at a food bank every Saturday since 2020
- Why I want it: my mum was cared for at a hospice in 2022 and the volunteers made the difference for our family

Keep it warm and professional, not gushing, and don't invent qualifications I don't have."""),
(0, "summarization", "en", "before", "report", """Please summarize the churchwardens' report below into one paragraph of about 100 words for the APCM handout.

Churchwardens' Report to the Annual Parochial Church Meeting
This has been a year of steady recovery. Average Sunday attendance rose from 48 to 57, and the 4pm family service, started in September, now draws around twenty people including a dozen children. Our thanks go to the team who run it with such energy.
Fabric: The long-awaited repairs to the north aisle roof were completed in June at a cost of £22,600, of which £15,000 came from the county historic churches trust and the rest from the fabric fund and a very successful summer fête. The bells were inspected in October; the fourth bell's clapper needs re-bushing, which we hope to carry out next spring.
Churchyard: The volunteer mowing team has kept the churchyard in excellent order. The wildflower area by the east wall has been admired by many visitors, though a few parishioners have asked that paths be kept clearly mown.
People: We said farewell to our organist of 31 years, Mr Harold Pim, in December. We are delighted that Mrs Ruth Adebayo has agreed to play on an interim basis. We also welcomed four new members to the electoral roll.
Finally, we thank the Rector for her leadership and all those whose quiet work keeps the church open, clean and welcoming each week."""),
(1, "general_qa", "en", "after", "story", """Need some advice from other small business owners.

I run a two-person landscaping company. Last autumn we did a full back garden redesign for a client — patio, raised beds, new lawn, lighting. Quote was £14,800, agreed in writing with a schedule: 30% deposit, 40% at patio completion, 30% on completion. She paid the deposit and the second stage without issue.

On the last day she walked the garden with us, said she loved it, and we left. Then the final invoice (£4,440) went unpaid. After three weeks she emailed saying the lawn hasn't taken properly and two of the lights flicker, and she'd pay once it's right. We went back, replaced four turf rolls that had died at the edge (she'd been walking a wheelbarrow over them, but whatever) and swapped the two light fittings. She then said the patio looks a different colour to the sample. It's the same stone from the same supplier; it's wet in her photos.

It's now been four months. She's stopped replying to emails. I've got photos of everything, the signed quote, and her texts saying she loved it. I don't want to go to war over it but £4,440 is a lot of money for us.

What should my next steps be? Letter before action, small claims, a debt collector? And is there anything I should change in how we write quotes so this doesn't happen again?"""),
(0, "summarization", "en", "before", "post", """Write a two-sentence TL;DR for the top of this post:

So I (34M) have been the one hosting Thanksgiving for my side of the family for six years. It started because my parents downsized and my apartment was the biggest. Every year I cook the turkey, two sides, and the pies, and everyone else brings one dish. This year my brother's wife, who has never hosted anything, announced in the family group chat that she and my brother would host, because they just bought a house and it's time for a change. Fine by me, honestly, I was relieved. Then she sent a spreadsheet assigning me the turkey, three sides, and all the pies, plus bringing my folding tables and chairs, because they don't have enough yet. My sister got assigned napkins. I replied-all saying I was happy to bring pies and the tables, but since they're hosting, I thought the host should do the turkey. My sister-in-law called me petty and said I was making it about me. My mom is now saying we should all just come to my place again to keep the peace. My brother hasn't said anything. I said no to hosting and stuck with pies and tables. Now half the group chat has gone silent."""),
(1, "general_qa", "en", "none", "none", """Help me plan a 12-day trip to Japan in late March for me (42), my partner (44) and our kids (9 and 13). Constraints:
- Flying into Tokyo Haneda, out of Osaka Kansai.
- The 13-year-old is obsessed with Pokémon and trains; the 9-year-old loves animals and hates long walks.
- My partner wants at least one night in a ryokan with an onsen, but our 13-year-old has a large birthmark on his arm that looks a bit like a tattoo, which I've read can be an issue.
- We don't want to change hotels more than 4 times.
- Budget is mid-range, around £350 a night total for accommodation.
- We'd like one slow day with nothing booked every 3–4 days.
- We're not bothered about nightlife or clothes shopping.
How would you split the days between places, and what would you prioritise? Also, is the JR Pass still worth it after the price rise for this route?"""),
(1, "general_qa", "en", "after", "previous answer", """> **Assistant (earlier):** For a small back garden with clay soil, I'd suggest a wildflower meadow mix sown in autumn, with a mown path through the middle.

Thanks, but I should have said: we have two dogs who dig, and my partner has bad hay fever. Given that, what would you do with the space instead?"""),
(0, "classification", "en", "after", "sms", """spam or not: 'Hi mum, this is my new number, can you send £50 today'"""),
(1, "creative_writing", "en", "none", "none", """pun about cheese"""),
(0, "classification", "fr", "before", "emails", """Trie ces mails en URGENT ou PAS URGENT pour mon boss, juste le label:
1. Le client Dupont menace d'annuler la commande si on ne livre pas demain.
2. Newsletter du CE : soirée bowling le mois prochain.
3. Le serveur de prod est down depuis 10 minutes.
4. Rappel : pensez à poser vos congés d'été avant fin avril.
5. L'auditeur arrive dans une heure et il manque le rapport financier."""),
(0, "summarization", "fr", "before", "article", """Résume cet article en deux phrases:

Depuis le 1er mars, la ville de Lyon expérimente la gratuité des transports en commun pour les moins de 18 ans le week-end. Selon les premiers chiffres de l'exploitant, la fréquentation des jeunes le samedi a augmenté de 35 %, surtout sur les lignes reliant les quartiers périphériques au centre. La municipalité estime le coût de la mesure à 4 millions d'euros par an et envisage de l'étendre aux étudiants à la rentrée, si le budget le permet. L'opposition dénonce une mesure électoraliste et réclame plutôt des investissements dans la fréquence des bus."""),
(1, "open_qa", "fr", "none", "none", """Pourquoi la baguette a-t-elle été inscrite au patrimoine de l'UNESCO, et qu'est-ce que ça change concrètement pour les boulangers?"""),
(1, "creative_writing", "fr", "none", "none", """Écris-moi un post LinkedIn un peu drôle pour annoncer que je quitte ma boîte après 5 ans pour lancer mon propre podcast food. Pas trop corporate, avec un peu d'auto-dérision, et mentionne que mon manager m'a appris à faire des slides impactantes."""),
(0, "classification", "es", "before", "tweets", """Clasifica estos tuits sobre el partido del Betis como POSITIVO, NEGATIVO o NEUTRO. Solo la etiqueta.
1. ¡Qué golazo de Isco! Esto es fútbol de verdad 💚
2. Otra vez perdiendo en casa, el entrenador tiene que irse ya.
3. El partido empieza a las 21:00 en el Villamarín.
4. Vaya desastre de defensa, tres goles en media hora."""),
(0, "summarization", "es", "before", "chat", """resúmeme este chat del trabajo please, me perdí todo:

Carlos: guys the client moved the deadline to el viernes
Ana: ¿este viernes? no way, we still need the QA
Carlos: sí, este. They have a board meeting el lunes
Luis: I can do QA tomorrow si alguien me pasa el build hoy
Ana: yo te lo paso antes de las 6
Carlos: perfecto. I'll tell them we deliver jueves EOD y viernes queda para fixes
Luis: ok pero no more scope changes, por favor 🙏
Carlos: lo dejo claro en el email"""),
(1, "creative_writing", "es", "none", "none", """Escribe una carta de amor breve, al estilo de los boleros de antes, para que mi abuelo se la lea a mi abuela en sus bodas de oro. Se conocieron en un baile en Veracruz en 1974."""),
(0, "classification", "it", "before", "sentences", """Per ogni frase scrivi DOMANDA o AFFERMAZIONE:
1. Il treno per Bologna parte alle otto.
2. Sai dove ho messo le chiavi?
3. Domani piove tutto il giorno.
4. Vieni anche tu alla festa di Chiara?"""),
(0, "classification", "ar", "before", "messages", """هل هذه الرسائل احتيالية أم حقيقية؟ اكتب احتيال أو حقيقية فقط.
١. عزيزي العميل، تم إيقاف بطاقتك البنكية، أرسل الرقم السري لإعادة تفعيلها.
٢. موعدك في عيادة الأسنان غداً الساعة الرابعة عصراً.
٣. مبروك! ربحت سيارة جديدة، ادفع رسوم الشحن ٢٠٠ ريال لاستلامها.
٤. أمي، سأتأخر قليلاً، الطريق مزدحم."""),
(1, "open_qa", "ar", "none", "none", """ما الفرق بين التقويم الهجري والتقويم الميلادي، ولماذا يتغير موعد رمضان كل عام؟"""),
(0, "classification", "vi", "before", "questions", """Phân loại các câu hỏi của khách sau vào nhóm: Đặt phòng, Thanh toán, hoặc Tiện ích. Chỉ ghi tên nhóm.
1. Khách sạn có hồ bơi không?
2. Tôi có thể trả bằng thẻ Visa không?
3. Tôi muốn đặt thêm một phòng đôi cho tối thứ Bảy.
4. Khách sạn có phòng gym mở cửa 24 giờ không?"""),
(0, "classification", "id", "before", "comments", """Tolong tandai setiap komentar ini sebagai POSITIF, NEGATIF, atau NETRAL:
1. Pengirimannya cepat banget, barangnya juga sesuai foto!
2. Warna tasnya beda jauh sama di gambar, kecewa.
3. Paket sampai hari Selasa.
4. Penjualnya ramah dan responsif, mantap."""),
(1, "general_qa", "id", "none", "none", """Saya mau mulai usaha katering rumahan kecil-kecilan di Bandung, modal sekitar 10 juta. Langkah pertama apa yang sebaiknya saya lakukan, dan bagaimana cara dapat pelanggan pertama?"""),
(0, "classification", "pl", "before", "tickets", """Przypisz każde zgłoszenie do działu: REKLAMACJE, FAKTURY lub DOSTAWY. Tylko nazwa działu.
1. Kurier nie przyjechał w umówionym terminie.
2. Na fakturze jest zły NIP firmy.
3. Buty rozkleiły się po tygodniu, chcę zwrotu pieniędzy.
4. Gdzie jest moja paczka? Numer śledzenia nie działa."""),
(0, "summarization", "ko", "before", "chat", """이 대화 내용을 두 줄로 정리해 줘.

민수: 다음 주 동창회 장소 정해졌어?
지영: 강남역 근처 고깃집으로 하자는 의견이 제일 많았어.
민수: 시간은?
지영: 토요일 저녁 7시. 회비는 3만 원씩.
민수: 준호는 온대?
지영: 준호는 출장이라 못 온대. 대신 영상 메시지 보낸다고 했어."""),
(1, "creative_writing", "ko", "none", "none", """졸업하는 고등학교 3학년 제자들에게 담임으로서 들려줄 짧은 편지를 써 줘. 코로나 때 입학해서 마스크 쓰고 처음 만났던 아이들이야. 따뜻하고 담백하게, 10줄 정도."""),
(0, "summarization", "tr", "before", "email", """Şu e-postayı iki cümleyle özetler misin?

Merhaba ekip, önümüzdeki pazartesi itibarıyla ofisimiz yeni binaya taşınıyor. Taşınma hafta sonu yapılacak, bu yüzden cuma günü saat 15:00'ten sonra eski ofiste çalışmak mümkün olmayacak. Kişisel eşyalarınızı perşembe akşamına kadar size verilen kolilere koyup üzerine adınızı yazmanızı rica ediyoruz. Yeni binada otopark kartları pazartesi sabahı resepsiyonda dağıtılacak. Sorularınız için İnsan Kaynakları ile iletişime geçebilirsiniz."""),
(0, "summarization", "zh", "before", "notice", """请用两句话概括这条家长群通知:
各位家长好,本周五下午学校将举行春季运动会,请孩子们穿校服和运动鞋,自带水杯。运动会从下午一点开始,预计四点结束,结束后直接放学,请家长按时接孩子。如遇下雨,运动会将顺延至下周一,届时会在群里另行通知。"""),
(1, "open_qa", "ru", "none", "none", """Почему Байкал не промерзает до дна зимой, хотя морозы там бывают под сорок?"""),
(1, "open_qa", "tl", "none", "none", """bakit po ba mas mahal ang kuryente sa Pilipinas compared sa ibang bansa sa Southeast Asia? ano po yung mga main na dahilan?"""),
(1, "creative_writing", "tl", "none", "none", """gawa ka naman ng short na love letter, yung parang harana vibes pero modern, para sa jowa ko na nurse sa Dubai. 2 years na kaming LDR, miss ko na siya, at mahilig siya sa mangga at sa Ben&Ben"""),
(1, "creative_writing", "sw", "none", "none", """Niandikie shairi fupi la beti nne kuhusu mvua za kwanza baada ya kiangazi kirefu kijijini. Liwe na vina na mizani kama shairi la jadi."""),
(1, "general_qa", "de", "none", "none", """Ich bin 58 und möchte mit meiner Frau in den nächsten zwei Jahren von Köln an die Ostsee ziehen. Wie gehen wir das am klügsten an — erst mieten oder gleich kaufen, und worauf sollten wir bei der Ortswahl achten?"""),
(1, "general_qa", "ja", "none", "none", """新しく小さなカフェを開く予定です。席は12席、住宅街の中です。オープン前の3か月でやっておくべき集客の準備を教えてください。SNSはインスタだけやっています。"""),
(1, "general_qa", "pt", "none", "none", """Meu pai de 70 anos caiu em golpe do WhatsApp duas vezes esse ano. Como eu ensino ele a se proteger sem fazer ele se sentir burro?"""),
]
