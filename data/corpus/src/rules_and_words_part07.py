# writer rules_and_words, part 07. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "story", "RW-p111", """CHAPTER SEVEN

The letter from the bank came on the same morning as the swallows, and for the rest of her life Ruth would not be able to see one without thinking of the other.

She had been standing at the kitchen window with her tea, watching the first two birds stitch back and forth across the yard, in and out of the open barn door, and she had felt the small lift she felt every April, as if something had been given back. Then she heard the post van, and Owen's boots in the hall, and the particular silence of a man reading something he does not want to read.

He didn't show it to her at first. He put it in the drawer with the seed catalogues and went out to the ewes. She found it at lunchtime, because she always found things, and she read it standing up. The overdraft would not be extended. The loan on the new shed was to be repaid in full by the end of September, or the bank would 'consider its options', which was a phrase she had heard before, about other farms, in the pub, lowered voices.

She did not say anything at lunch. Owen did not say anything either. They ate soup and talked about the lambing, which had been good, better than last year, twin after twin, and about the fox that had been seen near the Pritchards' place, and about whether the forecast was right about rain on Thursday. Afterwards, he went back out, and she washed up, and then she sat at the kitchen table with the letter and a pencil and the accounts book, and did the sums three times.

They were thirty-one thousand short. Even if they sold every store lamb at the top of the market in August, which they would not, they would be thirteen short. The only thing on the farm worth that kind of money, quickly, was the bottom field: the flat, well-drained eight acres by the river that her grandfather had bought in 1952, the year the river didn't flood, with money from a horse he'd sold at Builth. A developer had written to them about it twice. Ruth had put both letters on the fire.

At four o'clock, her daughter rang from Cardiff. Ceri was twenty-six and worked for the Welsh Government and had a flat with a balcony where she grew tomatoes in pots, which she sent photographs of, as if to say: see, I still farm. She asked how the lambing had gone. Ruth told her. She asked about the swallows. Ruth told her about those too.

'Mum,' said Ceri, 'are you all right? You sound funny.'

Ruth looked at the letter. She thought about telling her. She thought about how Ceri would say, immediately, that she could help, that she had some savings, that she could look into grants, that there were schemes; how she would be on the train on Friday with a folder, her face set the way Owen's was set; how she would never again quite believe they were managing.

'I'm fine, love,' she said. 'Just tired. It's been a long month.'

After the call she went out to the barn. The swallows had found last year's nest on the beam above the tractor and were fussing at it, adding mud. Owen was in the far pen with a ewe that had prolapsed, his arm in up to the elbow, talking to her in Welsh, the low steady voice he used only with animals and, a long time ago, with babies. He looked up when Ruth came in. Their eyes met. He knew she had read it. She knew he knew.

'Hold her head,' he said. And she did, and they worked together in silence until the ewe was settled and the light was going, and then they walked back across the yard to the house, not touching, close enough that their sleeves brushed.

That night she couldn't sleep. At two she got up and went down to the kitchen and took the developer's third letter, the one she hadn't burned yet, out from behind the clock. She read it by the light of the cooker hood. Then she put it back, not behind the clock, but on the table, squared to the edge, where Owen would see it in the morning.

I'm sending this chapter to my editor. Write the chapter summary she asked for: 90-110 words, present tense, third person, covering every key plot point but no dialogue quotes. Mention the letter on the table at the end, since it sets up chapter 8."""),
(1, "creative_writing", "en", "after", "story", "RW-p111", """(End of my Chapter Seven, for context.) Ruth and Owen's hill farm in mid-Wales is thirty-one thousand pounds short after the bank refuses to extend their overdraft. The only quick way out is to sell the bottom field by the river, bought by her grandfather in 1952, to a developer. Ruth has hidden the problem from their daughter Ceri, who works in Cardiff. The chapter ends:

That night she couldn't sleep. At two she got up and went down to the kitchen and took the developer's third letter, the one she hadn't burned yet, out from behind the clock. She read it by the light of the cooker hood. Then she put it back, not behind the clock, but on the table, squared to the edge, where Owen would see it in the morning.

Write the opening of Chapter Eight, about 600 words, from Owen's point of view this time (close third person). Rules:
- it's the next morning; he finds the letter before she comes down
- he doesn't speak about it to her in this section
- show his connection to the bottom field through one specific memory, not a summary of the family history
- keep the same quiet, unsentimental style: short declarative sentences, physical detail, no interior monologue in italics
- no one cries
- end the section on an action, not a thought"""),
(0, "classification", "en", "before", "prose", None, """Tag each section of our employee handbook with ONE policy area from this list: Leave, Pay, Conduct, Health & Safety, IT & Data, Expenses. Output a two-column markdown table: Section | Policy area. Don't summarise the sections.

2.1 Annual holiday entitlement is 25 days plus public holidays, pro rata for part-time staff. Up to five unused days may be carried into the next holiday year with your manager's agreement. Requests should be made through the HR portal at least two weeks in advance for periods longer than three days.

2.2 Salaries are paid monthly in arrears on the last working day of the month. Payslips are available through the HR portal. Overtime is paid at time and a half for hours agreed in advance by your manager, and is included in the following month's salary.

2.3 All staff are expected to treat colleagues, clients and visitors with courtesy and respect. Harassment, bullying or discrimination of any kind will be treated as gross misconduct. Concerns can be raised with your manager, HR, or anonymously through the speak-up line.

2.4 Report all accidents and near misses, however minor, using the incident form within 24 hours. First aiders are listed on the noticeboard on each floor. Fire drills take place every six months; you must leave the building by the nearest exit and assemble in the car park.

2.5 Company laptops must be locked when unattended and encrypted. Do not store client data on personal devices or in personal cloud accounts. Report any suspected data breach to the IT helpdesk immediately; the company may be required to notify the regulator within 72 hours.

2.6 Reasonable travel and subsistence costs incurred on company business will be reimbursed on production of receipts. Claims must be submitted within 60 days. Train travel should be standard class unless the journey exceeds three hours. Alcohol is not reimbursable except at approved client events.

2.7 Staff who are unwell must notify their manager by 9:30am on the first day of absence. A self-certification form is required for absences of up to seven calendar days; a fit note from a doctor is required beyond that. Company sick pay is paid at full salary for up to four weeks in any rolling twelve months.

2.8 Display screen equipment assessments are available to all staff on request and are required for anyone working more than one hour a day at a screen. The company will pay up to 60 pounds towards an eye test and glasses needed for screen use.

2.9 Staff must not accept gifts or hospitality from suppliers worth more than 50 pounds without declaring them in the gifts register. Offering or accepting bribes is a criminal offence and will lead to dismissal.

2.10 Personal use of company email and internet is permitted in moderation, provided it does not interfere with work. The company monitors network traffic for security purposes. Installing unapproved software on company devices is not allowed.

2.11 Parental leave, including maternity, paternity, adoption and shared parental leave, is provided in line with statutory entitlements. Enhanced maternity pay of full salary for 16 weeks is available to staff with one year's continuous service."""),
(1, "general_qa", "en", "before", "notes", None, """I need advice on a neighbour dispute that's been going on for over a year. I'll give you the whole background because I think the details matter. I'm in England.

We bought our house three years ago. It's a semi-detached with a long narrow garden. Our neighbours on the non-attached side, an older couple, have a row of leylandii along the boundary that was already about three metres tall when we moved in. It's now nearer five metres. It blocks the afternoon sun from most of our garden and from our kitchen, which faces that way, from about 1pm onwards, even in summer. Our veg beds at the bottom barely grow anything now.

When we first mentioned it, about eighteen months ago, over the fence, they were friendly and said they'd 'have it looked at'. Nothing happened. Six months later I wrote a polite note asking if they'd consider reducing it to around two metres and offering to share the cost of a tree surgeon. They didn't reply. A few weeks after that, the husband came round and said the hedge gave them privacy, that his late brother had planted it, and that we 'knew it was there when we bought'. He wasn't aggressive, but he was clearly upset.

Since then things have been a bit frosty. Last autumn, our son's football went over and they didn't give it back for a week. My partner thinks that was deliberate; I'm not sure. This spring, roots from the hedge have started lifting the edge of our patio, and there's a crack along three slabs. A builder said it's almost certainly the roots.

I've read a bit online about the 'high hedges' complaint process through the council, and I know there's a fee. I've also read that I can cut back branches that overhang onto our side, but I'm nervous about doing that without telling them, and I don't want to kill the hedge and make things worse. We're not planning to move, and honestly I'd like to have a normal relationship with them; they're not bad people.

What I'd like from you:
1. A step-by-step plan, in the order you'd do things, starting with the least confrontational.
2. What the high hedges process involves, roughly what it costs and how long it takes, and whether our situation is likely to qualify. If you're not sure of current figures, say so rather than guessing.
3. What I can and can't do myself about the overhanging branches and the roots, legally.
4. A short draft of what I might say or write to them at the next step, that acknowledges the brother thing.
5. Whether I should mention the patio damage now or keep it separate.

Please be realistic about outcomes, and don't just tell me to get a solicitor."""),
(0, "summarization", "en", "after", "transcript", None, """Town hall Q&A with the new Director of Transport, Westbridge Community Centre (transcript excerpt)

Chair: First question, from the gentleman at the front.
Resident 1: Why has the number 7 bus been cut to once an hour? It's the only bus that goes to the hospital from this side of town.
Director: The 7 was cut because the operator lost its subsidy from the county in April. We've applied to the Bus Service Improvement fund to restore the half-hourly service, and we'll hear in September. In the meantime we've asked the operator to prioritise the morning and late afternoon slots for hospital staff and outpatient appointments.
Chair: Next, the lady in the green.
Resident 2: The new cycle lane on Station Road. Shops are saying they've lost trade because of the parking spaces that were removed. What's the evidence it's worth it?
Director: We removed 14 spaces and added a loading bay. Our counts show cycling on Station Road has gone up from about 150 to 420 trips a day since it opened. On trade, we're commissioning an independent survey of footfall and takings with the traders' association, and we'll publish it in the autumn. If it shows a real loss, we'll look at adding short-stay spaces on the side streets.
Resident 2: So you don't know yet.
Director: Honestly, not yet, no.
Chair: Question at the back.
Resident 3: When are you fixing the potholes on Hill Crescent? I reported them in January.
Director: Hill Crescent is scheduled for resurfacing in the October programme. I'm sorry it's taken so long; we had a backlog after the winter. If any pothole is deeper than 40mm, it should be patched within 28 days regardless, so please report it again and give me the reference number after this and I'll chase it personally.
Chair: One more, the young woman here.
Resident 4: I'm a wheelchair user. The dropped kerbs at the Market Square crossing are too steep and there's a lip I can't get over on my own. It's been like that for two years.
Director: Thank you for raising this, and I'm sorry. I didn't know about the lip. I'll ask our highways team to inspect it this week, and if it's not compliant, it'll go to the top of the minor works list. I'd also like to invite you to join our accessibility panel, if you're willing; we need more people who actually use the crossings.
Resident 4: I'd like that.
Chair: Last question, quickly.
Resident 5: Is the council still planning the 20mph limit for the whole town?
Director: Yes. The consultation opens next month and runs for eight weeks. It will cover all residential streets but not the A-roads. Everyone in this room will get a leaflet, and there'll be drop-in sessions at the library.
Chair: Thank you, Director.

Summarise this Q&A for the community newsletter as a table: Topic | Question (short) | Answer given | Any commitment made (with timing). One row per question. Then one sentence on anything the Director admitted wasn't known yet."""),
(1, "creative_writing", "en", "none", "none", None, """I need help writing the 'Project description' section of a small grant application. We're applying to a local community foundation for 5,000 pounds. Please read the background and the funder's guidance before writing.

About us:
- 'Second Helpings' is a volunteer-run lunch club in a church hall in a former mining town. We've run every Wednesday for six years.
- We serve a two-course hot lunch for 3 pounds (free for anyone who can't pay, no questions asked) to around 45 people a week, most over 70 and living alone.
- Lunch is cooked by volunteers using surplus food from two supermarkets and a local farm shop, plus what we buy.
- After lunch there's an hour of something: bingo, a quiz, a talk from the local history society, chair exercises, sometimes just tea and talking.
- We have 14 regular volunteers. The youngest is 19 (a college catering student), the oldest 84.

What we want the money for:
- Our oven is 22 years old and broke down three times last winter. A replacement commercial oven, fitted, costs about 3,200.
- A minibus hire budget (about 1,200) so we can pick up six regulars who can no longer walk to the hall, twice a month to start with, and a trial of a second day.
- 600 for food hygiene training for four new volunteers.

The funder's guidance says:
- 'Tell us what difference your project will make, not just what you will do.'
- 'Use plain language. Our panel is made up of local residents, not experts.'
- 'Maximum 400 words.'
- 'Please include at least one piece of evidence of need (a figure, a quote, or an example).'
- 'We particularly welcome projects that reduce isolation among older people and that involve young people.'

Evidence we have:
- Our visitor book: a regular, 91, wrote 'This is the only day I talk to anyone.'
- Last winter, when the oven broke, we had to serve sandwiches twice and attendance dropped by a third the following week.
- Three regulars stopped coming in the last year because they couldn't manage the walk.

Please write the section (max 400 words). Rules:
- first person plural, warm but businesslike
- open with the difference we make, not with our history
- include the 91-year-old's quote exactly
- mention the college student volunteer as an example of young people involved, without naming her
- give the three budget lines with amounts, in a short list at the end
- don't use 'vulnerable', 'service users', 'holistic' or 'empower'
- don't exaggerate; no claims we can't back up"""),
(0, "summarization", "en", "after", "prose", None, """I deleted Instagram six months ago. Here's what happened.

I didn't do it for any noble reason. I did it because one night in March I looked at my screen-time report and saw that I had spent, on average, two hours and fifty minutes a day on one app. That's about twenty hours a week, a part-time job's worth, spent looking at pictures of people I mostly hadn't spoken to in years, and at adverts for things I didn't want, and at videos of dogs, which, fine, I'm not made of stone.

The first week was strange. I kept picking my phone up, opening the folder where the app used to be, and staring at the gap. It was like reaching for a light switch in a house you've moved out of. I noticed how often I did it: waiting for the kettle, in the lift, during ad breaks, on the toilet (sorry). Sometimes I'd pick up my phone and not know what I was looking for. I started leaving it in another room in the evenings.

By the end of the first month, the itch had mostly gone. What replaced it, at first, was boredom, and I hadn't realised how long it had been since I'd been properly bored. Then, slowly, the boredom turned into other things. I read eleven books in the six months, which is more than I'd read in the previous three years combined. I started going to a pottery class on Tuesdays. I rang my sister more.

It wasn't all good. I missed things. I didn't know about a friend's engagement for three weeks, and she was hurt, and I understood why. I missed invitations that were only sent out as stories. There's a whole layer of social life that now happens there and nowhere else, especially for people in their twenties and thirties, and stepping out of it has a cost. I had to become the person who texts, or calls, which at first felt almost rude, like turning up unannounced.

The other thing I noticed was my mood. I'm wary of overclaiming; six months is not a controlled trial, and a lot of other things changed too. But I compare myself to other people less. I used to finish an evening scrolling feeling faintly behind, as if everyone else was on holiday or renovating a kitchen or running a half-marathon. Now I mostly just finish an evening.

Will I go back? Maybe, in some form. I'm not anti-technology, and I'm not writing this to tell anyone else what to do. But I've learned that the default, the way the app is designed to be used, was not a neutral choice, and that I'd been living inside someone else's idea of how to spend my time. That's the thing I'd want anyone to take from this: not 'delete it', but 'notice it'.

TL;DR in one sentence, then the 3 key points as bullets. Keep the author's tone, don't moralise."""),
(0, "summarization", "en", "after", "prose", None, """FAQ - Greenway Allotment Society

Who can join? Anyone living in the borough. You don't need any growing experience.
How long is the waiting list? Currently about 14 months for a full plot and 5 months for a half plot.
How much does it cost? A full plot (250 sq m) is 68 pounds a year, a half plot 38. Concessions are 50% off for over-65s, students and anyone on means-tested benefits.
Is there water? Yes, there are troughs on every path, filled from mains. Hosepipes are not allowed.
Can I have a shed? Yes, up to 2m x 1.8m, with committee permission. No concrete bases.
Can I keep chickens? Hens only (no cockerels), up to six, on full plots, after a site visit from the committee.
What if I can't keep up with my plot? Talk to us. We'd rather you swap to a half plot than give it up. Plots that are uncultivated for three months will get a warning letter.
Are bonfires allowed? Only between 1 November and 28 February, after 4pm, and never when the wind is blowing towards the houses.
Can children come? Yes, but they must be supervised at all times, and kept away from the water troughs.
Is there a toilet? There's a compost toilet by the main gate.

Condense this FAQ into the 5 questions a brand-new applicant would most need, with one-line answers."""),
(0, "classification", "en", "before", "transcript", None, """Label the emotion of each line of dialogue: anger, fear, joy, sadness, surprise, or neutral. Format "line: emotion".

1. MARA: You sold it? You sold Dad's boat without asking me?
2. TOM: I didn't have a choice, the mooring fees were
3. MARA: You always have a choice, Tom. Always.
4. TOM: (quietly) I kept the compass. It's in the car.
5. MARA: ...You kept the compass.
6. TOM: I thought you'd want it.
7. MARA: (laughing through tears) He'd have hated you for this. And then he'd have forgiven you by teatime.
8. TOM: The buyer's picking it up at four.
9. MARA: Four? Today?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short radio drama scene (about 4 minutes) about a lighthouse keeper's last shift before the light is automated in 1998.
Format rules:
- character names in capitals, then a colon
- sound effects on their own line, in capitals, starting with SFX:
- max 3 characters (the keeper, his replacement engineer, and one voice on the radio)
- 500-650 words
Content rules:
- no flashback
- the audience should understand the keeper's feelings without him ever naming them
- one moment of humour
- end on a sound effect, not a line of dialogue"""),
(0, "summarization", "en", "after", "prose", None, """RAFFLE TERMS AND CONDITIONS
1. Tickets cost 2 pounds each or 5 for 8 pounds and are available until 5pm on 14 December.
2. The draw will take place at 7pm on 15 December at the school Christmas fair. Winners need not be present.
3. Winners will be contacted by phone or email within 7 days. Prizes not claimed within 30 days of the draw will be re-drawn.
4. Entrants must be aged 16 or over. Staff and governors may enter.
5. Prizes are as described and cannot be exchanged for cash.
6. All proceeds go to the Friends of Oakfield School, registered charity no. 1100000.

In plain English, 3 bullets, for the bottom of the poster."""),
(1, "open_qa", "en", "none", "none", None, """Explain the main causes of the fall of the Roman Republic.
Audience: a curious adult who has watched a documentary or two but never studied Roman history.
Structure: a one-paragraph overview, then the causes as 4-6 numbered points, each with a one-sentence example (a person or event), then one paragraph on how historians disagree.
Length: 350-450 words.
Style: no Latin terms without a quick translation in brackets; no 'in conclusion'; don't compare it to modern politics, I want the history on its own terms."""),
(0, "classification", "en", "after", "verse", "RW-p112", """She kept the good cups for visitors
and drank her own tea from a jam jar.
She knew the names of every bird on the feeder
and none of the ministers.
She taught us rummy, and how to cheat at it,
and how to lose with a straight face.
She said the hospital food was better than mine,
which was true, and she knew it would make me laugh.
When they asked her, at the end, if she was comfortable,
she said 'comfortable enough',
which was what she said about everything:
her chair, her marriage, her long life,
the jam jar, the cold kitchen, the view.
Comfortable enough.
It was, she meant, a great deal.

Two labels: is the poem celebratory or elegiac? And is it rhymed or free verse? Answer as 'X / Y'."""),
(1, "general_qa", "en", "after", "verse", "RW-p112", """She kept the good cups for visitors
and drank her own tea from a jam jar.
She knew the names of every bird on the feeder
and none of the ministers.
She taught us rummy, and how to cheat at it,
and how to lose with a straight face.
She said the hospital food was better than mine,
which was true, and she knew it would make me laugh.
When they asked her, at the end, if she was comfortable,
she said 'comfortable enough',
which was what she said about everything:
her chair, her marriage, her long life,
the jam jar, the cold kitchen, the view.
Comfortable enough.
It was, she meant, a great deal.

I wrote this for my grandmother's funeral on Friday. My aunt thinks 'her marriage' in the list could upset my grandfather's side of the family. Is it appropriate to read as it is? Should I cut that word, and if so, what would keep the rhythm of that line? Also any tips for reading a poem aloud at a funeral without breaking down?"""),
(0, "summarization", "en", "after", "email", "RW-p113", """Dear Customer Relations,

I am writing about flight SK2281 from Manchester to Oslo on 17 March. The flight was scheduled to depart at 07:10. At the gate we were told there was a 'technical issue'. The flight eventually departed at 12:45 and arrived in Oslo at 15:55, instead of 10:20: a delay of five and a half hours. During the delay we were given one 5-pound food voucher each, which did not cover a sandwich and a drink in the terminal. No information was given between 09:00 and 11:30.

Because of the delay I missed the first afternoon of a conference I had paid 450 pounds to attend, and I had to pay 38 pounds for a later airport train because my original ticket was for a fixed time.

I am requesting compensation under UK261, reimbursement of the 38-pound train ticket, and an explanation of the technical issue.

Booking reference: QX7P2L. Two passengers on the booking.

Yours faithfully,
[name withheld]

Summarise this for the claims team as JSON with keys: "flight", "date", "delay_hours", "passengers", "requests" (array), "receipts_mentioned" (array). No other text."""),
(1, "open_qa", "en", "after", "email", "RW-p113", """Flight SK2281 from Manchester to Oslo on 17 March was scheduled to depart at 07:10. At the gate we were told there was a 'technical issue'. The flight eventually departed at 12:45 and arrived in Oslo at 15:55, instead of 10:20. We were given one 5-pound food voucher each. I missed the first afternoon of a conference I'd paid 450 for, and had to pay 38 for a later airport train.

Am I actually entitled to compensation under UK261 for this? How much, given the distance? Can they refuse by saying it was 'extraordinary circumstances'? And can I claim the conference fee too?"""),
(0, "summarization", "en", "after", "notes", None, """Lesson observation - Year 4 maths (fractions), 45 min
- clear learning objective on the board, shared at the start, children could repeat it
- good use of paper strips for folding halves/quarters, very engaged
- pace slowed in the middle: 12 min on one worked example, some children drifting
- TA used well with the lower group, but the higher group finished early and had nothing to extend them
- questioning mostly closed ('what's a half of 8?'); few 'why' or 'how do you know' questions
- behaviour excellent, warm relationships
- plenary rushed (2 min), no check of who had met the objective
- marking in books up to date, some helpful comments

Summarise as 2 strengths and 2 targets for the teacher's feedback form, one sentence each."""),
(1, "general_qa", "en", "none", "none", None, """I need a revision timetable for my GCSEs. Six subjects: Maths, English Lit, English Lang, Biology, Chemistry, History. Exams start in 8 weeks.
- weakest: Chemistry and English Lit
- I have football Tuesday and Thursday evenings (can't miss)
- I'm useless before 10am at weekends
- max 3 hours a day on weekdays, 5 at weekends
Give it as a weekly table (Mon-Sun, with time slots), then tell me how it should change in the last 2 weeks. Also 3 tips for actually sticking to it."""),
(0, "classification", "en", "before", "list", None, """Food group for each (protein, carbohydrate, dairy, fruit/veg, fats): lentils, oats, yoghurt, avocado, chicken, butter, broccoli, rice, cheddar, apple, olive oil, tofu, pasta, eggs, spinach"""),
(1, "creative_writing", "en", "none", "none", None, """Write a lullaby for my newborn. 3 short verses and a repeated refrain, gentle rhythm you could sway to, mention the sea (we live on the coast) and the lighthouse beam that sweeps through her window at night. No 'twinkle', no 'stars up above'."""),
(0, "summarization", "en", "after", "prose", "RW-p114", """The Black Ox has stood at the crossroads in Thornby since at least 1620, when it appears in a parish record as 'the Oxe alehouse'. It was a drovers' inn: cattle being walked from Wales to the London markets were kept overnight in the field behind, which is still called Drovers' Close. In 1789 a fire destroyed the thatched roof, and the building was re-roofed in slate, which you can still see today. During the nineteenth century the pub was the meeting place of the Thornby Friendly Society, which paid sick money to local labourers. The landlady from 1902 to 1941, Hannah Birch, ran it through both wars, and is said to have refused to serve anyone in uniform who hadn't first taken their boots off at the door. The pub was nearly demolished in 1974 to widen the road, but villagers raised enough money to have it listed. Today it is run as a community-owned pub, bought by 310 local shareholders in 2016.

overview in 3 bullets for the back of the menu, short and punchy"""),
(1, "creative_writing", "en", "after", "prose", "RW-p114", """The Black Ox has stood at the crossroads in Thornby since at least 1620. It was a drovers' inn: cattle being walked from Wales to the London markets were kept overnight in the field behind. In 1789 a fire destroyed the thatched roof. The landlady from 1902 to 1941, Hannah Birch, ran it through both wars, and is said to have refused to serve anyone in uniform who hadn't first taken their boots off at the door.

Write a tall-tale ghost legend about Hannah Birch for the back of our menu, 150 words. Funny rather than scary. She should still be enforcing the boots rule."""),
(0, "classification", "en", "before", "list", None, """Assign each ticket a priority using our SLA rules:
P1 = production down or data loss (respond 1h)
P2 = major feature unusable for many users (4h)
P3 = single user affected or workaround exists (1 day)
P4 = question or cosmetic (3 days)
Output "ticket: P#".

#501 All users getting 'session expired' on login since 10:05
#502 One customer can't change their profile photo
#503 How do I export my data?
#504 Reports page loads but charts are blank for everyone; CSV download works
#505 A button label says 'Sumbit'
#506 Deleted projects reappearing for a team of 40
#507 Invoices from last month missing from the database for some accounts
#508 Dark mode text hard to read in one dialog"""),
(1, "general_qa", "en", "after", "notes", "RW-p115", """Sprint 23 retro (sticky notes, copied as-is)
+ pairing on the search bug was great
+ demo went smoothly, stakeholders happy
+ new CI is much faster
- too many meetings on Wednesday, lost the whole day
- ticket descriptions vague, spent ages asking PO what was meant
- QA found bugs on the last day again
- nobody owned the flaky tests, they just got re-run
- on-call was exhausting, 3 pages at night
? can we try no-meeting afternoons
? should devs write acceptance criteria with PO

This is our retro board. Suggest 3 concrete experiments we could run next sprint to fix the worst issues. For each: what we'd try, how we'd know if it worked, and who should own it (by role)."""),
(0, "summarization", "en", "after", "notes", "RW-p115", """Sprint 23 retro (sticky notes, copied as-is)
+ pairing on the search bug was great
+ demo went smoothly, stakeholders happy
+ new CI is much faster
- too many meetings on Wednesday, lost the whole day
- ticket descriptions vague, spent ages asking PO what was meant
- QA found bugs on the last day again
- nobody owned the flaky tests, they just got re-run
- on-call was exhausting, 3 pages at night
? can we try no-meeting afternoons
? should devs write acceptance criteria with PO

Summarise into three headings for Confluence: Went well / Didn't go well / Questions raised. Merge similar notes, max 3 bullets per heading."""),
(0, "classification", "en", "before", "chat", None, """For each text, SCAM or GENUINE? Format "A: SCAM".

A) "Royal Mail: your parcel could not be delivered due to unpaid postage of 1.45. Pay now: rm-redelivery-uk.com"
B) "Hi it's Jess from book club, are we still at mine on Thursday?"
C) "HMRC: You are owed a tax refund of 428.60. Claim before midnight: hmrc-refund-portal.net"
D) "Your Tesco delivery is arriving between 6 and 7pm."
E) "Mum, I dropped my phone in the loo, this is my new number, can you help me with a bill, I'll explain later"
F) "Dentist reminder: appointment Tues 14 May 10:30. Reply C to cancel." """),
(1, "open_qa", "en", "after", "code", None, """const user = {
  name: "Sam",
  greet: function() {
    setTimeout(function() {
      console.log("Hi, I'm " + this.name);
    }, 100);
  }
};
user.greet();

This prints "Hi, I'm undefined". Why? And what are the ways to fix it, arrow function vs bind vs saving this? Which would you use and why?"""),
(1, "creative_writing", "en", "none", "none", None, """give me a one-liner joke about JavaScript's 'this' keyword"""),
(0, "classification", "en", "before", "code", None, """Which language is each snippet? Answer in order, one per line.

1) print("hello")
2) console.log("hello");
3) System.out.println("hello");
4) puts "hello"
5) fmt.Println("hello")"""),
(1, "general_qa", "en", "none", "none", None, """Which programming language should a 40-year-old accountant learn first to automate spreadsheets?"""),
(0, "summarization", "en", "none", "none", None, """Summarize the plot of Little Women in 4 sentences."""),
(1, "open_qa", "en", "none", "none", None, """Why did Louisa May Alcott not want Jo to marry Laurie?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short letter from Jo March to Laurie, set ten years after the novel ends. 150 words."""),
(0, "classification", "en", "inline", "prose", None, """Is this a line from a letter, a diary, or a speech? "Dear Teddy, the children are wild and the school roof leaks, and I have never been happier." """),
(1, "general_qa", "en", "none", "none", None, """key points for writing a good reference letter for a former employee?"""),
(0, "classification", "en", "before", "prose", None, """Is this reference positive, lukewarm, or negative overall? "Ms Chen worked with us from 2019 to 2023. She was punctual and completed her assigned tasks." """),
(1, "open_qa", "en", "none", "none", None, """Can a UK employer legally give a bad reference?"""),
(0, "summarization", "en", "after", "email", "RW-p116", """Hi team,

Following last week's all-hands, here's the detail on the hybrid working changes from 1 October.

Office days: everyone will be expected in the office two days a week. Your team lead will agree which two days with the team, so that teams overlap; the expectation is that at least one of those days is shared by the whole team. Fridays are excluded, so nobody will be required to come in on a Friday.

Desks: we're moving to desk booking for all staff except the 14 people with assessed workstation needs, who keep a fixed desk. Booking opens two weeks ahead via the app. If the office is full on a given day, you'll be able to book a spot at the partner co-working space on Bridge Street, which we pay for.

Travel: we'll reimburse the difference between a season ticket and pay-as-you-go for anyone whose commuting cost has gone up because of the change. Claim through expenses with your old season ticket receipt. This runs for 12 months and will then be reviewed.

Equipment: everyone can claim up to 250 pounds for home office equipment if they haven't already done so in the last three years.

Exceptions: anyone with caring responsibilities or health reasons that make two days difficult should talk to their manager or HR; we'll look at every case individually.

We'll review the whole policy in March with a staff survey.

Thanks,
Amira, Head of People

Summarise this email in 5 bullets for people who only read bullets. Each bullet under 20 words. Put the thing that affects most people first."""),
(1, "general_qa", "en", "after", "email", "RW-p116", """From 1 October everyone will be expected in the office two days a week. Your team lead will agree which two days with the team. Fridays are excluded. Anyone with caring responsibilities or health reasons that make two days difficult should talk to their manager or HR; we'll look at every case individually.

This is from our HR email. I'm a single dad; my son's school run means I can't get to the office before 10:15 and I'd have to leave by 3 on office days, which makes the commute (75 min each way) pretty pointless. How do I make the case to my manager for one day a week, or a flexible arrangement, without it sounding like I'm not committed? What should I propose and what should I expect them to push back on?"""),
(0, "classification", "en", "before", "reviews", None, """Our wine shop collects tasting notes from customers. Classify each note by the wine style it most likely describes: light red, full-bodied red, crisp white, rich white, rosé, sparkling. Format "n: style". Only use those six labels.

1. "Tiny bubbles, green apple, toasty finish, perfect for the party."
2. "Big, inky, blackberry and pepper, needed a steak with it."
3. "Pale pink, strawberries, very dry, lovely in the garden."
4. "Zingy, lemon and grapefruit, mouth-watering acidity."
5. "Buttery, vanilla, a bit oaky, really smooth."
6. "Light and cherry-ish, almost like a summer red you could chill."
7. "Dense, chocolatey, heavy tannins, warming."
8. "Fizzy and fruity, not too sweet."
9. "Peach and honey, creamy, full in the mouth."
10. "Super refreshing, grassy, with a hint of gooseberry." """),
(1, "creative_writing", "en", "none", "none", None, """Write back-label copy for three wines for our shop's own-label range. Rules for each:
- name of the wine (I'll give the style, you invent the name; names must be place-like but not real places)
- 45-60 words of label copy
- one food pairing suggestion
- no 'notes of' or 'hints of', no 'on the nose', no 'finishes with'
- write like a friend describing it, not a sommelier
Wines: (1) a crisp Picpoul-style white, (2) a chillable light red, (3) a rich, oaked Chardonnay-style white."""),
(0, "summarization", "en", "after", "transcript", None, """[Parish council meeting, item 6: Playground]
Cllr Hughes: The inspection report came back. The zip wire and the wooden climbing frame have both been condemned. The frame has rot in two of the uprights and the zip wire cable is frayed.
Cllr Patel: When were they installed?
Clerk: 2004, both of them.
Cllr Hughes: So they're at end of life. The quote to replace both with like-for-like is 28,000. We have 11,000 in reserves earmarked for the playground.
Cllr Lowe: Could we just replace the frame this year and the zip wire next?
Cllr Hughes: We could, but the zip wire has to be taken down now regardless. It can't stay up.
Cllr Patel: What about grants?
Clerk: The district council has a play equipment fund, up to 15,000, match-funded. Deadline is 30 November.
Cllr Lowe: So if we put in our 11, we could get 11 from them, 22 total. Still 6 short.
Cllr Patel: The school PTA have said before they'd fundraise for it.
Cllr Hughes: Then I propose: zip wire removed immediately, apply for the grant, ask the PTA, and decide at the December meeting what to buy with what we've got.
All: Agreed.

Summarise this agenda item in the standard minutes format: 'Discussion' (3 sentences max) and 'Resolved' (numbered list)."""),
(1, "general_qa", "en", "none", "none", None, """Our village playground needs 28k of new equipment and we have 22k via a grant. I'm on the PTA. Outline a fundraising plan to raise the other 6k in about 4 months. Give me 6-8 ideas with rough amount each could raise, effort level (low/med/high), and the order to do them. Rural village, 900 people, one pub, one school."""),
(0, "classification", "en", "after", "prose", None, """It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife. / Call me Ishmael. / It was the best of times, it was the worst of times. / Happy families are all alike; every unhappy family is unhappy in its own way. / Last night I dreamt I went to Manderley again.

For each opening line, is it first person or third person narration? Answer in order: 1-5."""),
(1, "creative_writing", "en", "none", "none", None, """Write five opening lines for novels that don't exist, each in a different genre (crime, romance, sci-fi, horror, literary). Each line should make me want to read the next one. Label the genre after each."""),
(0, "summarization", "en", "after", "list", None, """Things the vet said:
- Biscuit is overweight, 14.2kg, should be about 12
- cut food by 10%, use a measuring cup, not a scoop
- no more than 2 small treats a day, count them in the allowance
- switch to the 'light' version of his current food over 7 days, mixing
- 2 walks a day, at least one 30 min+
- weigh again in 6 weeks, free weigh-ins at reception
- teeth look fine, nails need a trim, can do that next time
- booster jab due in March

turn this into a short note to stick on the fridge for the whole family, 5 lines max"""),
(1, "general_qa", "en", "none", "none", None, """our labrador is 2kg overweight and the whole family sneaks him food. how do we actually stop? give me a plan that works with kids aged 6 and 9"""),
(0, "classification", "en", "before", "list", None, """Which of these foods are toxic to dogs? List only the toxic ones.
grapes, carrots, chocolate, plain rice, onions, blueberries, xylitol gum, cooked chicken, macadamia nuts, apple slices"""),
(1, "open_qa", "en", "none", "none", None, """why is chocolate toxic to dogs but not to humans?"""),
(0, "summarization", "en", "after", "prose", None, """When the power went out on the Thursday, we didn't realise how long it would last. The first evening was almost fun: candles, board games, a cold dinner of crackers and cheese. By Saturday the freezer had defrosted and we'd lost about 200 pounds of food. The neighbours with a gas hob cooked for the street on Sunday. The power came back on Monday at 4pm, four days after the storm. The electricity company has offered 70 pounds compensation, which doesn't cover the food.

Sum up what happened in 2 sentences."""),
(1, "open_qa", "en", "after", "prose", None, """When the power went out on the Thursday, we didn't realise how long it would last. By Saturday the freezer had defrosted and we'd lost about 200 pounds of food. The power came back on Monday at 4pm, four days after the storm. The electricity company has offered 70 pounds compensation.

In the UK, is 70 pounds what we're actually owed? I thought there were set compensation amounts for long power cuts. How do the rules work and can we claim for the food?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short poem about a power cut in winter, from a child's point of view. Rhyming, 12 lines, cosy rather than scary."""),
(0, "classification", "en", "inline", "prose", None, """Which emotion: "The candles made shadows on the ceiling and Dad told stories and I didn't want the lights to come back." joy, fear, boredom?"""),
(1, "general_qa", "en", "none", "none", None, """list what I should have in a home emergency kit for power cuts, UK, family of 4"""),
(0, "summarization", "en", "none", "none", None, """What happens in Great Expectations? 5-line summary, revision style."""),
(1, "open_qa", "en", "none", "none", None, """Is Pip a likeable narrator in Great Expectations? What does Dickens want us to think of him?"""),
(0, "classification", "en", "before", "list", None, """Which of these Dickens characters are from Great Expectations? Miss Havisham, Scrooge, Magwitch, Fagin, Estella, Mr Micawber, Joe Gargery"""),
(1, "creative_writing", "en", "none", "none", None, """Write Miss Havisham's dating profile. Funny, 80 words."""),
(0, "classification", "en", "inline", "prose", None, """Tone of "Seeking someone who won't leave me at the altar. Again." - bitter, hopeful, or playful?"""),
(1, "general_qa", "en", "none", "none", None, """what are good first date ideas that aren't drinks or dinner? small town, not much money"""),
(0, "summarization", "en", "before", "chat", None, """Summarise this for me, I've been away:

dad: Sunday roast at ours, 1pm
me: can't, working till 2
mum: come at 3 then, we'll do pudding
sis: I'll bring the crumble
dad: ok pudding at 3, roast at 1 for whoever can make it"""),
(0, "classification", "en", "inline", "prose", None, """"Love the new logo, but the font's a bit hard to read." Positive, negative or mixed?"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 5 names for a craft beer that's brewed with seaweed. Funny but sellable."""),
(1, "open_qa", "en", "none", "none", None, """how does seaweed end up in so many foods, like ice cream? what's carrageenan"""),
(0, "classification", "en", "before", "list", None, """Is each of these a food additive, a vitamin, or neither? carrageenan, vitamin C, lecithin, riboflavin, salt, E211"""),
(1, "general_qa", "en", "none", "none", None, """how do I start eating healthier without meal planning or counting anything"""),
(0, "summarization", "en", "before", "prose", None, """Key points, 3 bullets: "Eat mostly plants, fill half your plate with veg, choose whole grains over refined ones, drink water rather than sugary drinks, and don't obsess: consistency beats perfection." """),
(1, "open_qa", "en", "none", "none", None, """what kind of fat is actually bad for you? I've heard different things for 20 years"""),
(1, "creative_writing", "en", "none", "none", None, """write a limerick about an avocado who thinks it's better than all the other fruit"""),
(0, "classification", "en", "before", "list", None, """Is each one a fruit or a vegetable in the culinary sense? avocado, aubergine, rhubarb, courgette, lime, sweetcorn"""),
]
