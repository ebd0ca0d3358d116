# writer rules_and_words, part 06. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/MPL-2.0, licence: MPL-2.0 (licence text itself)
(0, "summarization", "en", "before", "prose", "RW-p096", """Summarise section 3 of this licence for our engineering wiki. Requirements: one bullet per subsection (3.1 to 3.5), each bullet max 25 words, start each with the subsection number, plain English, and don't add interpretation beyond what the text says.

3. Responsibilities
-------------------

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

3.4. Notices

You may not remove or alter the substance of any license notices
(including copyright notices, patent notices, disclaimers of warranty,
or limitations of liability) contained within the Source Code Form of
the Covered Software, except that You may alter any license notices to
the extent required to remedy known factual inaccuracies.

3.5. Application of Additional Terms

You may choose to offer, and to charge a fee for, warranty, support,
indemnity or liability obligations to one or more recipients of Covered
Software. However, You may do so only on Your own behalf, and not on
behalf of any Contributor. You must make it absolutely clear that any
such warranty, support, indemnity, or liability obligation is offered by
You alone, and You hereby agree to indemnify every Contributor for any
liability incurred by such Contributor as a result of warranty, support,
indemnity or liability terms You offer. You may include additional
disclaimers of warranty and limitations of liability specific to any
jurisdiction."""),
# source: /usr/share/common-licenses/MPL-2.0, licence: MPL-2.0 (licence text itself)
(1, "open_qa", "en", "after", "prose", "RW-p096", """3.2. Distribution of Executable Form

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

We've patched two files of an MPL-2.0 library and we compile it into our closed-source mobile app. Given 3.2 and 3.3, do we have to publish our whole app's source, or only the two modified files? What exactly counts as the 'Covered Software' here, and how is MPL different from GPL on this point? Practical answer please."""),
(0, "summarization", "en", "after", "notes", None, """Mon
Started the new job. Everyone was nice but I didn't understand half of what they said in standup. Acronyms everywhere. My laptop didn't arrive so I read the onboarding wiki on a loan machine that kept logging me out. Ate lunch alone at my desk, which was my own fault, I didn't know where people went. Got home and slept at 9.

Tue
Laptop came! Spent the morning installing things. Sat with Kemi who showed me the codebase. She's very patient. I asked a question I think was stupid and she said 'good question' and I couldn't tell if she meant it. Found out people go to the Turkish place on Thursdays. Evening: called Mum, told her it was great, which was about 60% true.

Wed
First bug ticket. It was tiny, a typo in an error message, but it took me four hours because I didn't know how to run the tests. Asked in the team channel, three people replied in five minutes. Merged at 4pm. Kemi put a party emoji on it. I felt ridiculous for how happy that made me.

Thu
Went to the Turkish place. Nine of us. I talked to a guy from the data team about climbing, turns out there's a wall near the office. Afternoon was a long planning meeting, I understood more this time, maybe 70%. Someone used 'synergy' unironically and I saw Kemi's face and nearly laughed.

Fri
1:1 with my manager, Dev. He asked how it was going and I was honest, said the first two days were overwhelming. He said that was normal and that he wanted me to pair with someone every day next week. Also said the typo fix had 'unblocked' someone in support, which I didn't know. Left at 5 for once. Went climbing with the data guy, his name is Ollie, I was terrible at it, it was fun.

Sat
Slept till 11. Didn't open the laptop. Made a proper dinner. Thought about how last Sunday I was dreading all of this.

---
Weekly review time. Summarise my week in exactly 5 bullets (one per theme, not one per day), then give the week a one-word overall mood. Keep my voice, first person, no advice."""),
(1, "general_qa", "en", "before", "notes", None, """I need some honest advice about my dad and I've written out the whole situation because it's complicated. Please read it all.

My dad is 79 and lives alone in the house I grew up in, in a village about two hours' drive from me. Mum died four years ago. He's physically not bad for his age: walks the dog every day, still drives, though I'm increasingly nervous about that. But over the last year, something has changed. He repeats stories within the same phone call. He's missed two GP appointments. Last month the neighbour found the back door wide open at 11pm and the dog loose in the lane. When I asked him about it he got angry and said the neighbour was a busybody.

I've mentioned memory tests to him twice. The first time he laughed it off. The second time he said, quite coldly, 'I know what you're doing, and I'm not going into a home,' and changed the subject. I hadn't said anything about a home.

My brother lives in Canada. He's sympathetic but thinks I'm overreacting. He talks to Dad on video once a fortnight and says he 'seems fine', which, to be fair, he often does for 20 minutes. I'm the one who visits every other weekend, sorts his bills, and takes the calls from the neighbour.

I work full-time as a nurse on shifts. I have two teenagers, one doing GCSEs this year. My husband is supportive but we can't take Dad in: we have a three-bed semi with no downstairs bathroom, and honestly, Dad and my husband have never got on.

Things I've thought about:
- Getting a carer to pop in once a day, but Dad says he doesn't want 'strangers in the house'.
- A key safe and one of those door sensors that texts me.
- Asking the GP to call him in for a 'routine check' and mentioning my concerns beforehand.
- Lasting Power of Attorney: we never did it, and I'm worried it might be too late if he's declining.
- Moving him closer to me, into a flat or sheltered housing, but he's lived in that village for 50 years and the dog is his whole world.

What I'm asking:
1. What should I do first, this month, given that he's resisting?
2. How do I talk to him about the Power of Attorney without him shutting down? Even a rough script would help.
3. Is it okay to talk to his GP without his permission? What can they do?
4. How do I get my brother to take this seriously without a huge row?
5. What should I be prepared for over the next year or two?

I'm not looking for sympathy, I'm looking for a plan. Please don't tell me to 'look after myself too', I know. Be practical and specific, and tell me if I'm wrong about anything."""),
(0, "classification", "en", "before", "reviews", None, """Label each comment from our post-course survey. Return a JSON array, one object per comment, with keys:
- "n" (the number)
- "topic": one of "content", "trainer", "pace", "venue", "materials", "other"
- "sentiment": one of "positive", "negative", "mixed"
- "actionable": true if it suggests a specific change, otherwise false
Output only the JSON, no markdown fences.

1. The trainer clearly knew her stuff and answered every question.
2. Too much theory on day one, not enough practice.
3. Room was freezing, couldn't concentrate after lunch.
4. The handbook is great, I'll keep using it.
5. Please send the slides before the course, not after.
6. Day two went way too fast, we skipped the last module.
7. Loved the case studies, very relevant to my job.
8. The trainer talked over people sometimes.
9. Lunch was excellent.
10. More breaks please, 90 minutes without a break is too long.
11. The content was fine but nothing I couldn't have read online.
12. Parking was impossible, maybe mention the park and ride in the joining instructions.
13. Brilliant course, the best training I've done in years.
14. The workbook exercises had errors in the answers section.
15. I'd like a follow-up session in 3 months to check how we're applying it.
16. Good pace overall, though the afternoon of day one dragged.
17. Great trainer but the projector kept cutting out.
18. Would be better online, travelling two hours for this wasn't worth it.
19. The group activities were the most useful part.
20. Not enough time for questions at the end."""),
(1, "creative_writing", "en", "none", "none", None, """Please write the script for one stop of a museum audio guide. I'm the learning officer at a small town museum and we're replacing our old guide, which visitors say is dull and too long. Read everything first.

The object:
- A wooden ship's figurehead, about 1.5 metres tall, carved as a woman holding a book against her chest. Painted, but most of the paint has worn off; traces of blue on the dress and gold on the book's edges survive.
- It came from the brig 'Constance', built in our town in 1841, which traded timber and coal along the North Sea coast. The ship was wrecked off the Dutch coast in 1867 in a storm. Four of the nine crew died.
- The figurehead washed up on a Dutch beach and was kept by a fisherman's family for almost a century. In 1962 a Dutch schoolteacher, researching wrecks, traced it back to our town and the family returned it as a gift. There's a letter from the family in our archive that says 'she has been looking out to sea long enough; it is time she came home.'
- Nobody knows for certain who the carved woman represents. Local tradition says she's Constance Hall, the shipbuilder's daughter, who taught at the town's first girls' school. There's no documentary proof.

What I want:
1. A script of 220-260 words, which is about 90 seconds to two minutes spoken.
2. Written for the ear: short sentences, no brackets, no dates in the form '1841-1867'; say them naturally.
3. Open by asking the listener to look at something specific on the figurehead.
4. Include the Dutch family's quotation word for word, once.
5. Be honest that the Constance Hall story is tradition, not fact, but don't make it sound like a correction; let the listener enjoy the uncertainty.
6. Mention the four crew who died in one sentence, respectfully, without dramatising.
7. End with something for the listener to do or notice before moving on (not 'please proceed to the next stop').

Audience:
- Families with children 8+, older visitors, and occasional school groups. Nothing should go over a 10-year-old's head, but it shouldn't talk down to adults either.

Don't:
- use 'Imagine...' as the first word
- use 'fascinating', 'incredible' or 'amazing'
- invent any facts beyond what I've given you; if you want a sensory detail, make it something the listener can see in front of them
- add sound effect cues

Give me the script and then, separately, a suggested title for the stop (max 5 words)."""),
(0, "summarization", "en", "after", "notes", "RW-p097", """User interview notes - P7 (freelance photographer, 40s)
- uses our invoicing app for ~2 years
- main frustration: chasing late payments. 'I spend Friday afternoons sending awkward emails.'
- wants automatic reminders but 'not robotic ones that make me look like a debt collector'
- exports everything to a spreadsheet at year end for the accountant, 'the export is a mess, dates are in the wrong format'
- loves the quote-to-invoice button, 'saves me ten minutes every job'
- mentioned twice that the mobile app is slow to load invoices when on 4G at shoots
- doesn't use the expenses feature, 'didn't know it existed'
- would pay more for 'getting paid faster', wouldn't pay more for anything else

Pull out the top 3 pain points, ranked by how strongly she expressed them. One line each, with a short quote."""),
(1, "general_qa", "en", "after", "notes", "RW-p097", """User interview notes - P7 (freelance photographer, 40s)
- main frustration: chasing late payments. 'I spend Friday afternoons sending awkward emails.'
- wants automatic reminders but 'not robotic ones that make me look like a debt collector'
- export for the accountant is a mess, dates in the wrong format
- mobile app slow to load invoices on 4G
- doesn't use the expenses feature, 'didn't know it existed'
- would pay more for 'getting paid faster', wouldn't pay more for anything else

We've done 12 interviews and this is typical. We have one designer and two devs for 6 weeks. Which thing should we prototype first and how would you test whether it works before building it properly?"""),
(0, "classification", "en", "before", "email", None, """Sort each email into one of my folders: Receipts, Newsletters, Work, Family, Bills. Output as JSON {"1": "folder", ...}.

1. "Your Amazon order #204-33 has shipped"
2. "Q3 planning deck - comments by Thursday please"
3. "Mum: photos from Sunday lunch!"
4. "Your electricity bill for March is ready"
5. "The Weekly Hoot: 10 owl facts you didn't know"
6. "Receipt from Pret A Manger"
7. "Re: interview panel for the analyst role"
8. "Council tax: payment reminder"
9. "Auntie Sue's 70th - save the date"
10. "Substack: new post from The Garden Letter" """),
(1, "creative_writing", "en", "none", "none", None, """Write my dating app bio. Rules:
- max 300 characters
- I'm 34, a paramedic, I do wild swimming, I can't cook but I make excellent toast
- mention I'm looking for something serious without saying 'looking for something serious'
- no 'partner in crime', 'love to laugh', 'work hard play hard', 'fluent in sarcasm'
- end with a question someone could easily reply to
Give me 3 versions with different tones: dry, warm, playful."""),
(0, "summarization", "en", "after", "chat", "RW-p098", """Zoe: ok I need to vent. so you know I've been covering for Marie at work for like 3 weeks because her mum's ill
Zoe: which is fine, I'd want someone to do it for me
Zoe: but today our manager gave HER the credit for the Henderson report in front of everyone. which I wrote. all of it. while doing both our jobs
Zoe: and Marie just said thank you!!! didn't even look at me
Zoe: and then at lunch she asked if I could do her Friday shift too
Zoe: I said yes because I'm an idiot
Zoe: I'm so tired. I don't even know if I'm more angry at her or at myself
Zoe: sorry for the essay lol

tl;dr what's my friend upset about? 2 lines"""),
(1, "general_qa", "en", "after", "chat", "RW-p098", """Zoe: ok I need to vent. so you know I've been covering for Marie at work for like 3 weeks because her mum's ill
Zoe: but today our manager gave HER the credit for the Henderson report in front of everyone. which I wrote. all of it
Zoe: and Marie just said thank you!!! didn't even look at me
Zoe: and then at lunch she asked if I could do her Friday shift too
Zoe: I said yes because I'm an idiot
Zoe: I'm so tired. I don't even know if I'm more angry at her or at myself

She's my best friend. How should I reply? I don't want to just say 'omg that's awful', I want to actually help, but I also don't want to tell her what to do when she's this upset."""),
(0, "classification", "en", "before", "verse", "RW-p099", """Which movement is this poem imitating: Romantic, Modernist, Beat, or Confessional? One word.

the river   a grey page
torn at the bridge
                    gulls
                          print their small
                          complaints
a woman in a red coat
    counts coins into the hand of a man
    who sells newspapers nobody reads
the city   a machine for forgetting
                    hums
and I
       the clerk of nothing
file this afternoon
under M
for almost"""),
(1, "open_qa", "en", "after", "verse", "RW-p099", """the river   a grey page
torn at the bridge
                    gulls
                          print their small
                          complaints
a woman in a red coat
    counts coins into the hand of a man
    who sells newspapers nobody reads
the city   a machine for forgetting
                    hums
and I
       the clerk of nothing
file this afternoon
under M
for almost

I wrote this for a Modernism module. Explain which techniques in it are actually Modernist (fragmentation, spacing, imagery...) and which bits feel more like a later movement. Is 'the city a machine for forgetting' too on the nose for Modernism?"""),
(0, "summarization", "en", "before", "prose", "RW-p100", """ELI5, 3 sentences:

Microplastics are fragments of plastic smaller than five millimetres. Some are made small on purpose, like the microbeads once used in face scrubs, but most come from larger items breaking down: bottles, bags, fishing nets and, surprisingly, car tyres and synthetic clothing, which shed fibres in the wash. They have been found in deep-ocean sediment, Arctic ice, drinking water and human blood. What they do to health is less clear. Laboratory studies show they can cause inflammation in cells and animals at high doses, but scientists do not yet know whether the levels most people are exposed to cause harm, partly because measuring them reliably is difficult."""),
(1, "open_qa", "en", "none", "none", "RW-p100", """give me an overview of what we know about microplastics and health. how worried should I be, honestly?"""),
(0, "summarization", "en", "after", "prose", None, """So we finally finished the bathroom. Long post, sorry. We started in February thinking it'd take 3 weeks and 6k. It took 9 weeks and 11.2k. Strip-out was easy (2 days, us + a skip, 280). Then the plumber found the old lead pipe and the joists under the bath were rotten, so: new joists (900), replumb (2,100 instead of the 800 quoted). Tiler was booked for week 4 but we weren't ready till week 7, lost our slot, waited 2 more weeks. Tiles themselves were 1,400 because I fell in love with Moroccan zellige (worth it). Suite (bath, loo, sink, shower) 2,600. Electrician for the extractor and lights 650. Plastering 500. Paint, sealant, bits 400. Tiler 1,750. Lessons: get the floor lifted before you get quotes, and add 40% to everything.

Summarise the costs and timeline from this post in a small table plus one sentence on why it overran."""),
(1, "general_qa", "en", "none", "none", None, """We're about to renovate our bathroom (small, 2m x 2.5m, 1930s house). Give me the sequence of trades in the order they need to come in, as a table: Step | Trade | What they do | Typical duration. Then list the 5 things most likely to blow the budget in an old house, and how to check for each before we get quotes. Under 400 words."""),
(0, "classification", "en", "before", "list", None, """Using this list of CBT thinking traps: all-or-nothing, catastrophising, mind reading, overgeneralising, should statements, labelling. Label each thought with the best fit.

1. "If I don't get this job, my career is over."
2. "She didn't reply, she must think I'm boring."
3. "I failed one exam, I'm useless at everything."
4. "I should always be productive."
5. "I'm such an idiot."
6. "Either it's perfect or it's rubbish."
7. "I always mess up interviews."
8. "He looked at his phone, he's obviously bored of me."
9. "If I miss the train, I'll be late, I'll get fired, and I'll lose the flat."
10. "I must never make mistakes at work." """),
(1, "creative_writing", "en", "none", "none", None, """Write a 30-second radio ad script for a family-run garden centre's spring open weekend.
Rules:
- 70-80 words of spoken copy (about 30 seconds)
- two voices: an older man (the owner) and his granddaughter, about 10
- mention: free seedlings for kids, the café's scones, open Sat and Sun 9-5, address 'on the Ashby Road'
- one small joke between the two voices
- no music or SFX cues
- end with the owner saying the name of the centre: Brambles"""),
(0, "summarization", "en", "after", "prose", None, """Background: Loneliness in older adults is associated with poorer health, but few interventions have been tested at scale. Methods: We conducted a cluster-randomised trial in 48 general practices. Adults aged 70+ who scored as lonely on the UCLA scale were offered either weekly phone calls from trained volunteers for six months (intervention, n=612) or usual care (n=598). Results: At six months, loneliness scores were modestly lower in the intervention group (mean difference -1.2, 95% CI -1.9 to -0.5). There was no significant difference in GP visits or depression scores. Effects had faded by 12 months. Conclusions: Volunteer phone befriending produces small, short-lived reductions in loneliness. Longer or more intensive programmes may be needed.

Plain-language summary as JSON with the keys "question", "what_they_did", "what_they_found", "caveat". One sentence each. No jargon like 'cluster-randomised' or 'CI'."""),
(0, "classification", "en", "after", "story", "RW-p101", """She is standing at the counter of the pawn shop, and the man behind it is turning her grandmother's ring under the lamp. He does not look up. He says a number. It is less than half what she needs. Behind her the door opens and a boy comes in out of the rain, shaking his hood, holding a guitar case against his chest like a shield. The man glances at him and back at the ring and says the number again, lower, as if the boy's arrival has made everything in the shop worth less. She thinks of the rent, and of her grandmother's hands, which were always cold, and of the way the ring used to catch on the wool of her gloves. She holds out her palm. The man puts the ring into it. She closes her fingers and walks out past the boy into the rain.

Point of view and tense? e.g. 'third person, present'"""),
(1, "creative_writing", "en", "after", "story", "RW-p101", """She is standing at the counter of the pawn shop, and the man behind it is turning her grandmother's ring under the lamp. He does not look up. He says a number. It is less than half what she needs. Behind her the door opens and a boy comes in out of the rain, shaking his hood, holding a guitar case against his chest like a shield. The man glances at him and back at the ring and says the number again, lower, as if the boy's arrival has made everything in the shop worth less. She thinks of the rent, and of her grandmother's hands, which were always cold, and of the way the ring used to catch on the wool of her gloves. She holds out her palm. The man puts the ring into it. She closes her fingers and walks out past the boy into the rain.

Rewrite it in first person past tense, as if she's telling it years later. Add one sentence at the end that tells us what happened with the rent, without being neat about it."""),
(0, "summarization", "en", "after", "email", None, """Dear Parents and Carers,

Year 6 residential trip to Hilltop Outdoor Centre, 12-14 June

The coach will leave school at 8:45am on Wednesday 12 June; please have your child in the playground by 8:15. We will return at approximately 3:30pm on Friday 14 June.

Please ensure the remaining balance of 145 pounds is paid via ParentPay by 17 May. If this is difficult, please speak to Mrs Okoro in confidence.

Your child will need: a sleeping bag, pillow, towel, wash bag, waterproof coat, two pairs of old trainers (one will get very wet and muddy), warm clothes for the evenings, a torch, and a packed lunch for the first day. No phones, tablets or sweets, please. Named medication must be handed to Mr Price on the morning of departure in its original packaging, with the medical form (attached) completed.

There will be a short information evening in the school hall on Tuesday 4 June at 6pm.

Many thanks,
Mr Price, Year 6 Lead

Make me a checklist from this: dates, money, packing, forms. Tick-box format."""),
(1, "general_qa", "en", "before", "list", "RW-p102", """I'm a junior project coordinator (2 years, construction), PRINCE2 Foundation, good with spreadsheets, hate public speaking, live in Nottingham, can't relocate. Which one of these 4 jobs fits me best and why? Rank them and tell me the one thing to highlight in each application.

1. Project Officer, County Council highways team. Nottingham. Hybrid 3 days. Supports delivery of road maintenance schemes. Some presentations to councillors.
2. Junior PMO Analyst, bank. Remote (UK). Maintain project reporting, RAID logs, dashboards. No stakeholder-facing duties.
3. Assistant Project Manager, housebuilder. Site-based in Derby and Leicester. Run site meetings, manage subcontractors.
4. Project Coordinator, university estates. Nottingham campus, on-site 5 days. Refurbishment projects, lots of liaison with academic departments."""),
(0, "classification", "en", "before", "list", "RW-p102", """Label each job as REMOTE, HYBRID or ONSITE based only on the text.

1. Project Officer, County Council highways team. Nottingham. Hybrid 3 days.
2. Junior PMO Analyst, bank. Remote (UK).
3. Assistant Project Manager, housebuilder. Site-based in Derby and Leicester.
4. Project Coordinator, university estates. Nottingham campus, on-site 5 days."""),
(0, "summarization", "en", "after", "verse", "RW-p103", """(Verse 1)
Dad drove the lorry down the A1
left before dawn, back after sun
a red kite circling over the road
he said it followed him, carried his load

(Chorus)
Red kite, red kite, keep him in sight
over the motorway, into the night

(Verse 2)
I was thirteen when the phone call came
the hospital said a different name
then they said ours, and Mum sat down
and the kite went over the edge of town

(Verse 3)
Now I drive the lorry, same old route
his photo taped where the dashboard's cut
and somewhere near Grantham, every time
there's a red kite circling, keeping the line

Summarise the story this song tells in 2 sentences."""),
(1, "open_qa", "en", "after", "verse", "RW-p103", """(Verse 1)
Dad drove the lorry down the A1
left before dawn, back after sun
a red kite circling over the road
he said it followed him, carried his load

(Chorus)
Red kite, red kite, keep him in sight
over the motorway, into the night

(Verse 2)
I was thirteen when the phone call came
the hospital said a different name
then they said ours, and Mum sat down
and the kite went over the edge of town

(Verse 3)
Now I drive the lorry, same old route
his photo taped where the dashboard's cut
and somewhere near Grantham, every time
there's a red kite circling, keeping the line

What's the red kite doing symbolically across the three verses? It seems to change meaning. And what's going on with 'the hospital said a different name'?"""),
(1, "general_qa", "en", "none", "none", None, """Create a wedding day timeline for us. Ceremony 1pm at a registry office, then 20 min drive to the reception venue, meal, speeches, first dance, evening guests at 7, carriages at midnight. 70 day guests, 120 evening. Photos should happen in good light (sunset ~8:45pm, it's June).
Table: Time | What's happening | Who needs to be where. Then 3 bullets on where timelines usually slip."""),
(0, "summarization", "en", "after", "notes", None, """v3.8.0 release notes (internal)
- NEW: bulk edit for tasks (select up to 200, change assignee/due date/status)
- NEW: calendar sync with Outlook (Google already supported)
- FIX: notifications sent twice for comments on shared projects
- FIX: timezone bug that showed tasks due 'yesterday' for users in Australia/NZ
- FIX: CSV import now handles dates in DD/MM/YYYY
- CHANGE: free plan limited to 3 projects (was 5) for new signups; existing users unaffected
- PERF: dashboard loads ~40% faster for accounts with 1k+ tasks
- DEPRECATED: legacy API v1 endpoints, removal in v4.0

User-facing summary for the in-app 'What's new' popup: 3 bullets, friendly, under 50 words total. Don't mention the deprecation or the free plan change."""),
(0, "classification", "en", "before", "notes", None, """Label each release note line as FEATURE, FIX, BREAKING or OTHER.

- bulk edit for tasks
- notifications sent twice for comments: resolved
- free plan limited to 3 projects for new signups
- dashboard loads ~40% faster
- legacy API v1 endpoints removed
- Outlook calendar sync
- timezone bug for Australia/NZ users: resolved"""),
(1, "general_qa", "en", "none", "none", None, """how do I tell my landlord the oven's broken without sounding like a pain"""),
(0, "summarization", "en", "after", "prose", None, """The oven's top element stopped working last week and the fan makes a grinding noise. Could someone come and look? I'm in most evenings after 6. -- shorten to one sentence for a text"""),
(1, "creative_writing", "en", "none", "none", None, """Write a breakup text that's kind but final. We've been dating 3 months, no drama, I just don't feel it. Under 60 words."""),
(0, "classification", "en", "inline", "chat", None, """"hey, I don't think this is working, you're great but I don't feel it, sorry x" - is this a breakup message? y/n"""),
(1, "open_qa", "en", "none", "none", None, """what kind of cheese is halloumi and why does it squeak"""),
(0, "classification", "en", "before", "list", None, """Soft, semi-hard or hard cheese? brie, parmesan, cheddar, camembert, gouda, pecorino, mozzarella"""),
(1, "creative_writing", "en", "none", "none", None, """ode to halloumi, 8 lines, mock-heroic"""),
(0, "summarization", "en", "none", "none", None, """Summarise the plot of Hitchcock's Rear Window in 3 sentences."""),
(1, "open_qa", "en", "none", "none", None, """What makes Rear Window a good example of voyeurism as a theme in film? Explain with a couple of scenes."""),
(1, "general_qa", "en", "none", "none", None, """list 5 classic films to introduce a 13 year old to old cinema, not too slow"""),
(0, "classification", "en", "before", "list", None, """Silent era, black-and-white sound era, or colour? The General (1926), Casablanca (1942), Vertigo (1958), Metropolis (1927), Citizen Kane (1941)"""),
(1, "creative_writing", "en", "none", "none", None, """Write a tweet-length review of a film that doesn't exist: 'Attack of the Forty-Foot Librarian'."""),
(0, "summarization", "en", "after", "reviews", None, """"Slow first hour, but the last 30 minutes are incredible." / "Gorgeous cinematography, thin plot." / "Too long." / "The lead actor is phenomenal." / "Beautiful but boring."

sum up what these film reviews agree on"""),
(1, "open_qa", "en", "none", "none", None, """why are so many modern films nearly 3 hours long now?"""),
(0, "classification", "en", "inline", "prose", None, """topic label for "Interest rates held at 5.25% as inflation eases" : economy, politics, sport, tech"""),
(1, "open_qa", "en", "none", "none", None, """in a few lines, why do central banks raise interest rates to fight inflation"""),
(1, "general_qa", "en", "none", "none", None, """Should I fix my mortgage for 2 or 5 years right now? give me the considerations, not a verdict"""),
(0, "summarization", "en", "before", "prose", None, """Summarise in one sentence: "Following a review of attendance, the Thursday evening Spanish class will merge with the Tuesday class from next term, and the tutor will offer an extra conversation session on the first Saturday of each month." """),
(0, "classification", "en", "before", "list", None, """Countable or uncountable noun? rice, chair, advice, information, apple, furniture, idea"""),
(1, "open_qa", "en", "none", "none", None, """why is 'advice' uncountable in English when it's countable in French ('des conseils')?"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 6 titles for a cosy mystery novel set in a Cornish fudge shop."""),
(0, "classification", "en", "before", "list", None, """Which of these titles sound like cosy mysteries and which like thrillers? Label C or T.
- Death by Fudge
- The Silent Operator
- Murder at the Vicarage Fete
- Kill Switch
- A Scone to Die For
- Black Site"""),
(1, "general_qa", "en", "none", "none", None, """I'm 50 and want to start running. outline a safe way to get to 5k, I haven't exercised in 10 years"""),
(0, "summarization", "en", "after", "list", None, """Week 1: walk 20 min x3. Week 2: walk 5 / jog 1, repeat 4. Week 3: walk 3 / jog 2, x4. Week 4: walk 2 / jog 3, x4. Week 5: jog 5 / walk 2, x3. Week 6: jog 10, walk 3, jog 10. Week 7-8: jog 20-25 min continuous. Week 9: 5k.

describe this plan in two sentences for my mum"""),
(0, "classification", "en", "inline", "prose", None, """Mark as fact or opinion: "Running is the best exercise for over-50s." """),
(1, "open_qa", "en", "none", "none", None, """is running bad for your knees? what does the research actually say"""),
(1, "creative_writing", "en", "none", "none", None, """Write a funny Out-Of-Office message for a week's holiday. Professional enough that my boss won't mind."""),
(0, "classification", "en", "before", "email", None, """Is this an automatic out-of-office reply? yes or no.

"Thanks for your email. I'm away until Monday 12th with limited access to email. For urgent matters contact Sara on ext. 2214." """),
(0, "summarization", "en", "before", "chat", None, """Can you give me a summary of this chat for my notes?

Alex: have we decided the paint colour for the hallway
Sam: I like the sage green
Alex: too dark for a narrow hall?
Sam: get a tester pot of that and the lighter one, Pale Fern
Alex: ok I'll get both from B&Q on Saturday
Sam: and we'll decide Sunday"""),
(1, "general_qa", "en", "none", "none", None, """what colour should I paint a narrow, dark hallway with no windows? we have dark wooden floors"""),
(1, "open_qa", "en", "none", "none", None, """Give me an outline of colour theory basics for someone decorating a flat: warm/cool, complementary, 60-30-10."""),
(0, "classification", "en", "before", "list", None, """Warm or cool colour? terracotta, sage, navy, mustard, lilac, coral, teal"""),
(1, "creative_writing", "en", "none", "none", None, """Invent 8 names for paint colours in a range inspired by British seaside towns, with a one-line description each, like the ones on paint charts."""),
(0, "summarization", "en", "after", "prose", None, """This soft grey-green takes its cue from the lichen on old sea walls. In north-facing rooms it reads cool and calm; in sunny rooms it warms to a gentle olive. Pairs well with white woodwork and natural oak. -- shorten to max 15 words for the paint tin label"""),
(0, "classification", "en", "before", "transcript", None, """Speaker roles: for each line say if it's the INTERVIEWER or the CANDIDATE.

A: So tell me why you applied.
B: I've followed your work on accessible design for a while.
A: What's an example of that?
B: The screen-reader update you released last spring.
A: And what would you change about it?"""),
(1, "general_qa", "en", "none", "none", None, """Interview tomorrow for a UX job. How do I answer 'what would you change about our product' without insulting them?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short thank-you email after a job interview. Mention we talked about screen readers. 80 words max."""),
(0, "summarization", "en", "after", "email", None, """Hi Jamie, thanks so much for coming in yesterday. The panel really enjoyed meeting you. We're interviewing two more candidates this week and expect to make a decision by next Wednesday. We'll be in touch either way. Best, Leonie -- what's the gist?"""),
(0, "classification", "en", "after", "email", None, """Hi Jamie, thanks for coming in. Unfortunately on this occasion we've decided to proceed with another candidate. We'd love to keep your details on file. Best, Leonie

rejection, offer, or update? one word"""),
(1, "general_qa", "en", "none", "none", None, """I got rejected after a final interview. Is it worth asking for feedback and how do I word it?"""),
(0, "summarization", "en", "none", "none", None, """summary of what happens in Of Mice and Men, 5 lines, for revision"""),
(1, "open_qa", "en", "none", "none", None, """What's the significance of the dream of the farm in Of Mice and Men? exam-style answer, 200 words"""),
(0, "classification", "en", "before", "list", None, """Major or minor character in Of Mice and Men? George, Lennie, Curley's wife, Candy, Slim, Whit, Crooks"""),
(1, "creative_writing", "en", "none", "none", None, """Write a diary entry from Curley's wife's point of view, the night before she dies. 200 words, 1930s voice, don't make her a cliché."""),
(0, "summarization", "en", "after", "chat", "RW-p104", """#incident-0412
09:02 alice: checkout error rate spiking, ~30% of requests 500ing
09:03 bob: looking. started at 08:51 per the dashboard
09:06 bob: payment-svc pods are OOMKilled and restarting in a loop
09:08 carol: we deployed payment-svc v2.14 at 08:45, includes the new fraud scoring lib
09:09 alice: rollback?
09:10 bob: rolling back to v2.13 now
09:17 bob: rollback complete, pods stable
09:20 alice: error rate back to baseline 0.2%
09:31 carol: found it, fraud lib loads a 1.8GB model into memory on each pod start, our limit is 1GB
09:33 bob: staging has 4GB limits which is why we didn't catch it
09:40 alice: about 2,300 checkouts failed in the window. support are emailing affected customers with a 10% code
09:45 carol: I'll open a ticket to align staging limits with prod
09:47 alice: and we need a memory check in the deploy pipeline
09:50 alice: closing incident, postmortem Thursday

Write the postmortem summary. Headings: Impact, Timeline (max 6 lines), Root cause, Resolution. Under 150 words. Blameless tone, no names."""),
(1, "general_qa", "en", "after", "chat", "RW-p104", """09:06 bob: payment-svc pods are OOMKilled and restarting in a loop
09:08 carol: we deployed payment-svc v2.14 at 08:45, includes the new fraud scoring lib
09:31 carol: found it, fraud lib loads a 1.8GB model into memory on each pod start, our limit is 1GB
09:33 bob: staging has 4GB limits which is why we didn't catch it
09:40 alice: about 2,300 checkouts failed in the window

We're writing the action items for this postmortem. Beyond 'align staging with prod', what should we actually change so this class of problem can't reach prod again? Prioritise, and say what each costs us in effort."""),
(0, "classification", "en", "before", "prose", None, """Label the function of each paragraph in this student essay: CLAIM, EVIDENCE, COUNTERARGUMENT, REBUTTAL or CONCLUSION. Format "P1: LABEL".

P1. Schools should scrap homework for children under eleven, because it does little for learning and a lot for family stress.
P2. A large review of studies found almost no link between homework and attainment in primary school, although the link is stronger in secondary.
P3. Some argue that homework teaches responsibility and independent study habits that children will need later.
P4. Yet these habits can be taught in school time, through structured independent tasks, without turning kitchen tables into battlegrounds.
P5. In a survey of 2,000 parents, over half said homework caused arguments at least once a week.
P6. For these reasons, primary schools should replace homework with reading for pleasure and let evenings belong to families again."""),
(1, "creative_writing", "en", "none", "none", None, """Write the introduction paragraph for a persuasive essay arguing AGAINST school uniforms, for a Year 10 English assessment.
Mark scheme the teacher gave us:
- hook in the first sentence (not a question, not a dictionary definition)
- brief context (1-2 sentences)
- clear thesis statement with three reasons signposted
- formal register, no 'I think'
- 100-130 words
Also: avoid the 'it limits self-expression' cliché as the FIRST reason, everyone uses it."""),
(0, "summarization", "en", "after", "transcript", "RW-p105", """[voice note from Nana, transcribed]
Well, you asked, so. I was born in 1934 in Kingston, in a house with a mango tree that my father planted the year I was born. I came over on the ship in 1956, it took eighteen days, I was sick for ten of them. I got a job at the Lyons tea shop on the Strand, and then I trained as a nurse, St Thomas's, 1959. That's where I met your grandad, he was a porter, he used to sing in the lifts and the sister told him off. We married in 1961 at a church in Brixton and it rained so hard the photographer's umbrella blew inside out. We had your mother in '63 and your uncle in '66. I was a nurse for thirty-eight years. Thirty-eight! I retired in 1997 and we went back to Kingston for three months and the mango tree was still there, bigger than the house now. Your grandad passed in 2010. I still sing his songs when I do the washing up. That's enough, isn't it? Tell your mother I want the good biscuits when she comes.

Summarise my nan's life story into 6 timeline points (year - event) for the slideshow at her party."""),
(1, "creative_writing", "en", "after", "transcript", "RW-p105", """[voice note from Nana, transcribed]
I was born in 1934 in Kingston, in a house with a mango tree that my father planted the year I was born. I came over on the ship in 1956, it took eighteen days, I was sick for ten of them. I trained as a nurse, St Thomas's, 1959. That's where I met your grandad, he was a porter, he used to sing in the lifts and the sister told him off. We married in 1961 and it rained so hard the photographer's umbrella blew inside out. I was a nurse for thirty-eight years. I retired in 1997 and we went back to Kingston and the mango tree was still there, bigger than the house now. Your grandad passed in 2010. I still sing his songs when I do the washing up.

Turn this into a short poem I can read at her 90th. Use the mango tree at the start and end. About 16 lines, warm, not too sad, no rhyming 'Kingston' with anything."""),
(0, "classification", "en", "before", "list", None, """Net Promoter classification: 9-10 promoter, 7-8 passive, 0-6 detractor. Also tag the main theme of the comment (price, support, product, delivery). Output CSV with header id,nps_class,theme.

1, score 10, "Support team sorted my issue in minutes"
2, score 6, "Good product but too expensive for what it is"
3, score 8, "Arrived on time, does the job"
4, score 3, "Delivery took 3 weeks and nobody told me why"
5, score 9, "Honestly the best kettle I've owned"
6, score 7, "Fine. Bit pricey."
7, score 0, "Broke after a month and support never replied" """),
(1, "open_qa", "en", "after", "code", "RW-p106", """SELECT c.name, o.order_id, o.total
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN addresses a ON a.customer_id = c.id
WHERE o.created_at >= '2024-01-01'
ORDER BY o.total DESC;

This returns each order two or three times for some customers. Why? I only want one row per order, and I don't actually need anything from addresses, I just wanted to filter to customers who have an address."""),
(0, "summarization", "en", "after", "code", "RW-p106", """SELECT c.name, o.order_id, o.total
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN addresses a ON a.customer_id = c.id
WHERE o.created_at >= '2024-01-01'
ORDER BY o.total DESC;

describe what this query returns in one sentence, for a non-technical manager"""),
(0, "summarization", "en", "after", "transcript", None, """[WhatsApp voice message from the builder, auto-transcribed]
Alright mate, it's Gary. So I've had a look at the back wall. Good news is the damp's not rising damp, it's the gutter, it's been overflowing down the wall for God knows how long. So what we'll do, I'll get the gutter replaced first, that's about three hundred and twenty with the downpipe. Then the wall needs to dry out, give it three or four weeks, no point plastering before. Then I'll hack off the blown plaster inside, about two square metres, and re-plaster with a breathable lime plaster, not gypsum, because it's an old house. That's another four-fifty, four-eighty, depending. You don't need the damp-proof injection the other bloke quoted you, that's a waste of money, don't let anyone sell you that. I can do the gutter next Tuesday if that works, let me know. Cheers.

what's the plan and total cost range? bullet points"""),
(1, "general_qa", "en", "none", "none", None, """I need to have a hard conversation with my cofounder. We split equity 50/50 two years ago, but I've been full-time for 18 months and she's still part-time (2 days a week) with her old job. I want to propose vesting or re-splitting.
Please give me:
1. A short opening script (what I say in the first 60 seconds)
2. A table of her likely objections and how I might respond (Objection | Response)
3. Two or three fair options to put on the table, with pros/cons
4. What NOT to say
No legal advice beyond 'talk to a lawyer', I'll do that separately. Under 450 words."""),
(0, "classification", "en", "before", "verse", "RW-p107", """Rhyme scheme of this poem: ABAB, AABB, ABCB or free verse? Just the answer.

The lane goes down between the hedges
to where the river used to be;
the cows have gone, the gate has rusted,
and no one walks it now but me.

I knew each stone of it at seven,
each nettle patch, each gap, each sloe;
I'd run it barefoot in the evening
and not once think of where I'd go.

Now there are houses on the water meadow,
neat and beige, with neat beige cars;
a sign says 'Riverside' in letters
where we lay once and named the stars."""),
(1, "creative_writing", "en", "after", "verse", "RW-p107", """The lane goes down between the hedges
to where the river used to be;
the cows have gone, the gate has rusted,
and no one walks it now but me.

I knew each stone of it at seven,
each nettle patch, each gap, each sloe;
I'd run it barefoot in the evening
and not once think of where I'd go.

Now there are houses on the water meadow,
neat and beige, with neat beige cars;
a sign says 'Riverside' in letters
where we lay once and named the stars.

Write a fourth and final stanza, same ABCB pattern and loose metre. It should turn the poem slightly: maybe a child from one of the new houses on the lane. Don't make it preachy about development."""),
(0, "summarization", "en", "after", "form", "RW-p108", """DISCHARGE SUMMARY
Patient: [redacted], 74F
Admitted: 03/04 via ED with palpitations and breathlessness
Diagnosis: Paroxysmal atrial fibrillation (new). Mild LV dysfunction on echo (EF 45%).
Treatment: Rate control with bisoprolol 2.5mg OD. Anticoagulation started: apixaban 5mg BD (CHA2DS2-VASc 4).
Other: Potassium low on admission (3.1), corrected. Advised to reduce alcohol.
Follow-up: GP review in 2 weeks (BP, HR, U&Es). Cardiology clinic 6-8 weeks. Repeat echo in 3 months.
Safety-netting: return if chest pain, fainting, or signs of bleeding (black stools, blood in urine).

Summarise this discharge letter in plain English for my mum's family WhatsApp: what happened, what tablets, what's next. No jargon, 5 bullets max."""),
(1, "open_qa", "en", "after", "form", "RW-p108", """Diagnosis: Paroxysmal atrial fibrillation (new). Mild LV dysfunction on echo (EF 45%).
Treatment: Rate control with bisoprolol 2.5mg OD. Anticoagulation started: apixaban 5mg BD (CHA2DS2-VASc 4).

What does paroxysmal AF actually mean, and is an EF of 45% serious? Why would they put her on a blood thinner if her heart rhythm comes and goes? She's 74 and quite active."""),
(0, "classification", "en", "before", "list", None, """Does each answer actually answer the question? YES or NO for each pair.

Q1: Is this dishwasher safe? / A1: Yes, top rack only.
Q2: What size is the bowl? / A2: I bought it for my daughter, she loves it.
Q3: Does it come with batteries? / A3: No, you need 2 x AA.
Q4: Is it suitable for a 3 year old? / A4: Great quality, fast delivery.
Q5: Will it fit a 13 inch laptop? / A5: My 13" MacBook fits with room to spare.
Q6: Is the colour accurate to the photo? / A6: Arrived on time."""),
(1, "creative_writing", "en", "none", "none", None, """Write a children's story in rhyming couplets about a plastic bottle that gets recycled into a park bench. Rules: 12-16 couplets, ages 4-7, every couplet must actually rhyme, no guilt-tripping the reader, and the bottle should be cheerful throughout."""),
(0, "summarization", "en", "after", "prose", "RW-p109", """HOW TO PLAY: LANTERN HARBOUR (2-4 players, 30 minutes)

Each player runs a fishing family in a harbour town. On your turn, you do ONE of three things: (1) Fish: draw two cards from the Sea deck and keep one; (2) Trade: swap up to two fish cards with the Market row; (3) Light a lantern: spend fish cards matching a lantern's cost to place it on the harbour wall. Lanterns are worth points, and some give ongoing bonuses (e.g. draw an extra Sea card when fishing). When the Sea deck runs out for the second time, or a player lights their sixth lantern, finish the round. The player with most points wins; ties are broken by most fish cards left in hand. Storm cards are shuffled into the Sea deck: when one is drawn, every player must discard down to five fish cards. You can't hold more than eight fish cards at the end of your turn.

explain the rules in 5 short bullets for a new player"""),
(1, "general_qa", "en", "after", "prose", "RW-p109", """On your turn, you do ONE of three things: (1) Fish: draw two cards from the Sea deck and keep one; (2) Trade: swap up to two fish cards with the Market row; (3) Light a lantern: spend fish cards matching a lantern's cost to place it on the harbour wall. Lanterns are worth points, and some give ongoing bonuses. When the Sea deck runs out for the second time, or a player lights their sixth lantern, finish the round. Storm cards are shuffled into the Sea deck: when one is drawn, every player must discard down to five fish cards. You can't hold more than eight fish cards.

My family always beats me at this. Any strategy tips? When should I light cheap lanterns vs save for the big ones, and how do I play around storms?"""),
(0, "classification", "en", "before", "story", None, """Genre for each micro-story: horror, romance, sci-fi, or comedy.

A) The last human on Earth sat alone in a room. There was a knock on the door. It was the delivery robot, asking him to sign for a parcel addressed to someone else.
B) Every year on the same bench, they met and pretended to be strangers. This year, she brought two coffees.
C) The baby monitor crackled. 'Go back to sleep,' whispered a voice. We don't have a baby.
D) Mission Control, we have a problem. The ship's AI has renamed itself Kevin and refuses to discuss it."""),
(0, "summarization", "en", "after", "email", None, """Planning application 24/0917: Objections received (collated by the parish clerk)

1. From the residents of Mill Row (12 households, joint letter): The proposed 40-home development would add an estimated 80 cars to Mill Lane, a single-track road with no pavement which children use to walk to the primary school. The junction with the B-road already has poor visibility. We ask that, if approved, the developer be required to fund a footpath and traffic calming.

2. From Mr and Mrs H. (Orchard Cottage): The site floods every winter. Photographs attached from January show standing water across two-thirds of the field for eleven days. The developer's flood assessment relies on Environment Agency maps that are ten years old.

3. From the village school governors: The school is at capacity (210 pupils) and has no room to expand. The application makes no contribution towards school places.

4. From the Wildlife Trust (local group): The hedgerows along the western boundary are species-rich and used by a colony of dormice, recorded in 2021. The ecological survey was carried out in November, when dormice hibernate, and therefore would not have detected them.

5. From Ms P. (Church Street): I am not against new homes, and young people in the village badly need affordable housing. But only 4 of the 40 homes are 'affordable', below the council's own 30% target. I would support a smaller scheme with more affordable homes.

6. From the GP practice manager: The surgery list is closed to new patients as of March. 40 homes would bring roughly 100 new residents. No health contribution is proposed.

7. From Mr D. (Mill Row), separately: Construction traffic for 18 months on a single-track lane is unacceptable. Also concerned about light pollution from street lamps, as the area currently has dark skies.

8. From the Ramblers (local branch): Public footpath 14 crosses the site. The plans show it diverted along the edge of an estate road, which would destroy its character as a field path.

9. From the parish council: The site is outside the settlement boundary in the adopted Neighbourhood Plan (policy H2). The council objects in principle.

10. From Mrs K. (The Old Forge): Support in principle, my son can't afford to live in the village. But agree with the points about flooding.

For the parish council meeting, summarise these objections BY THEME, not by letter. Format: a table with Theme | Number of letters raising it | Key point(s). Then 2 sentences noting any letters that offer conditional support. Don't add objections that aren't in the letters, and don't evaluate them."""),
(1, "general_qa", "en", "after", "notes", "RW-p110", """BUSINESS PLAN (short version) - 'Loop Kids' children's clothing rental

The problem: Children under five grow out of clothes every three to six months. Parents spend on average around 1,300 pounds a year on children's clothing in the first few years, and much of it is worn only a handful of times. Second-hand selling is time-consuming and many parents don't bother.

The idea: A subscription where parents rent a bundle of 20 good-quality items (mix of everyday and outdoor wear) in their child's current size. When the child outgrows them, or the season changes, the parent sends them back in a prepaid bag and gets the next size up. We clean, check, repair and re-rent items, and retire them to a charity partner when they're too worn.

Pricing: 24 pounds a month for the standard bundle, 34 for the 'plus' bundle which includes a winter coat and waterproofs. Free swaps up to four times a year, 6 pounds per extra swap. Minimum subscription three months.

Supply: We'll buy from two mid-range brands at wholesale (we have an initial agreement with one), plus accept donations of good-quality items for credit.

Operations: Small warehouse unit in Bristol. Commercial laundry contract for cleaning. One part-time seamstress for repairs. Shipping via a national courier, estimated 4.50 per outbound bundle and 4.50 per return.

Customers: Parents of 0-5s, urban, aged 28-42, 'eco-curious' but time-poor. Initial marketing through local parenting groups, nurseries and Instagram.

Numbers (year 1 target): 600 subscribers by month 12. Average revenue per subscriber 26 a month. Average life of an item: 5 rentals. Stock cost per bundle about 180 pounds. Monthly fixed costs (warehouse, staff, software) around 9,000 pounds.

Funding: We're asking for 120,000 pounds for 15% equity. Founders have put in 25,000 of savings. One founder was a buyer for a high street retailer for eight years; the other was an operations manager at a courier company.

Risks we've identified: damage and stains higher than expected, parents not returning items, competitors from big retailers.

---
We're pitching to angel investors in three weeks. Critique this plan hard. What are the biggest risks we HAVEN'T identified? Do the unit economics look plausible from these numbers, and what will investors poke at first? Which assumption should we test before the pitch, and how? Be blunt."""),
(0, "classification", "en", "after", "notes", "RW-p110", """BUSINESS PLAN (short version) - 'Loop Kids' children's clothing rental

The problem: Children under five grow out of clothes every three to six months. Parents spend on average around 1,300 pounds a year on children's clothing in the first few years, and much of it is worn only a handful of times. Second-hand selling is time-consuming and many parents don't bother.

The idea: A subscription where parents rent a bundle of 20 good-quality items (mix of everyday and outdoor wear) in their child's current size. When the child outgrows them, or the season changes, the parent sends them back in a prepaid bag and gets the next size up. We clean, check, repair and re-rent items, and retire them to a charity partner when they're too worn.

Pricing: 24 pounds a month for the standard bundle, 34 for the 'plus' bundle which includes a winter coat and waterproofs. Free swaps up to four times a year, 6 pounds per extra swap. Minimum subscription three months.

Supply: We'll buy from two mid-range brands at wholesale (we have an initial agreement with one), plus accept donations of good-quality items for credit.

Operations: Small warehouse unit in Bristol. Commercial laundry contract for cleaning. One part-time seamstress for repairs. Shipping via a national courier, estimated 4.50 per outbound bundle and 4.50 per return.

Customers: Parents of 0-5s, urban, aged 28-42, 'eco-curious' but time-poor. Initial marketing through local parenting groups, nurseries and Instagram.

Numbers (year 1 target): 600 subscribers by month 12. Average revenue per subscriber 26 a month. Average life of an item: 5 rentals. Stock cost per bundle about 180 pounds. Monthly fixed costs (warehouse, staff, software) around 9,000 pounds.

Funding: We're asking for 120,000 pounds for 15% equity. Founders have put in 25,000 of savings.

---
For our accelerator application form I have to tick boxes. Based on the plan, classify: (1) business model: subscription, marketplace, one-off retail, or advertising; (2) customer type: B2B, B2C, or B2B2C; (3) sector: fashion, logistics, fintech, or edtech. Answer as three short lines."""),
(1, "creative_writing", "en", "none", "none", None, """tagline for a kids' clothing rental startup called Loop Kids, 5 words max, give me 8"""),
(0, "classification", "en", "inline", "prose", None, """"Grow, return, repeat." Is this a tagline, a headline or a call to action?"""),
(1, "general_qa", "en", "none", "none", None, """in a nutshell, how do angel investors value a pre-revenue startup?"""),
(0, "summarization", "en", "before", "prose", None, """key takeaways in 2 bullets: "Angels rarely rely on formal valuation models at pre-revenue stage; instead they weigh the team's track record, the size of the market, and comparable deals in the region. Many use simple rules of thumb such as the scorecard or Berkus methods." """),
(1, "open_qa", "en", "none", "none", None, """What's the Berkus method? explain simply"""),
(0, "summarization", "en", "none", "none", None, """recap The Social Network (2010) in 3 sentences"""),
(1, "creative_writing", "en", "none", "none", None, """Write a haiku from the point of view of a startup's last remaining office plant."""),
(0, "classification", "en", "before", "list", None, """Which of these are seed-stage activities and which Series B? Label S or B: building an MVP, expanding to 3 new countries, hiring a first engineer, acquiring a competitor, finding product-market fit"""),
(1, "general_qa", "en", "none", "none", None, """how do I know if I've actually got product-market fit? signs?"""),
(1, "open_qa", "en", "none", "none", None, """Where does the phrase 'product-market fit' come from and who popularised it?"""),
(0, "summarization", "en", "after", "chat", None, """cto: we can't ship v2 by March
ceo: why
cto: payments integration is 3 weeks behind, vendor API docs are wrong
ceo: can we ship without payments?
cto: yes, as a free beta
ceo: ok free beta in March, payments in April

tl;dr for the board update, one line"""),
]
