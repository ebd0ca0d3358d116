# writer rules_and_words, part 05. Each item written by hand.
ITEMS = [
(1, "general_qa", "en", "before", "notes", None, """I'd like feedback on my dissertation plan before I meet my supervisor on Thursday. Please read the plan and then answer in the format I describe at the bottom.

Degree: MA in Human Geography, 15,000-word dissertation, due in September. I have about 14 weeks.

Working title: "Who gets to sit? Public benches, hostile design and the right to rest in three UK city centres"

Research question: How has the provision and design of public seating changed in Birmingham, Bristol and Glasgow city centres since 2010, and how do different groups (older people, people experiencing homelessness, young people, disabled people) experience those changes?

Methods (planned):
1. Audit of benches and other seating in a defined central zone in each city, using council data where available and my own walking survey. Record type, design features (armrests, slopes, spikes), condition and location.
2. Compare with 2010 where possible, using Google Street View history.
3. Semi-structured interviews: aim for 8 per city, so 24 total, across the four groups.
4. Interviews with council officers or urban designers, 1-2 per city.
5. Maybe a short online survey for the public, not sure yet.

Literature I've read so far: Mike Davis on 'fortress' cities, some work on hostile architecture (mostly journalism and a couple of design papers), a few papers on ageing and public space, and the 'right to the city' literature (Lefebvre, Harvey). I haven't found much specifically on benches in the UK, which I think is a gap, but it might just mean I haven't looked properly.

Worries:
- Three cities might be too many for the time I have. Travelling to Glasgow is expensive and I live in Birmingham.
- Ethics approval for interviewing people experiencing homelessness could take weeks, and my department's ethics committee is slow.
- I'm not sure if Street View is a credible source for the 2010 comparison.
- I don't know whether to frame this mainly around hostile design (more political, more literature) or around 'rest' and ageing (less covered, maybe more original).
- My supervisor has said before that my plans are 'too ambitious'.

What I want back from you:
1. A verdict in one sentence: is this plan doable in 14 weeks as it stands?
2. The three biggest risks, ranked, each with a concrete way to reduce it.
3. A suggestion for how to cut the scope, with what I'd lose and gain.
4. Your view on the hostile design vs rest framing, in under 100 words.
5. Two kinds of literature I should look for that I've missed (types of source, not specific titles you might be making up).
6. A rough 14-week timeline as a table with Week | Task.

Don't: rewrite my research question for me, suggest quantitative methods I'd need to learn from scratch, or pad with encouragement. Be blunt, I'd rather hear it from you than on Thursday."""),
(0, "summarization", "en", "after", "prose", None, """PRODUCT REQUIREMENTS: Volunteer Shift Swap (v1)

Background
Our community food bank runs on about 180 volunteers across three sites. Shifts are booked through our volunteer portal. When someone can't make a shift, they currently email the site coordinator, who then emails or texts other volunteers to find a replacement. Coordinators tell us this takes up to four hours a week each, and that about one in five dropped shifts is never filled, which means the site runs short-staffed.

Goal
Let volunteers swap or give away shifts directly with other volunteers, with minimal coordinator involvement, while keeping coordinators informed and in control of who works where.

Users
- Volunteers: mostly aged 50+, many use the portal on a phone, some only use it on a library computer once a week. Low tolerance for complex flows.
- Site coordinators: three paid part-time staff. Need to know who is on each shift and must be able to veto a swap if the person lacks the training for that role (e.g. only trained drivers can take delivery shifts).

Requirements
R1. A volunteer can mark one of their booked shifts as 'available'. This must take no more than two taps from the shift detail screen.
R2. When a shift is marked available, volunteers who are (a) trained for that role and (b) not already booked at that time are notified by email, and by SMS if they've opted in.
R3. The first eligible volunteer to accept gets the shift. The original volunteer and the coordinator are both notified.
R4. Coordinators can set, per site, whether swaps are auto-approved or need their approval. Default: auto-approve.
R5. If a shift marked available is not taken within 48 hours, or within 12 hours of the shift start (whichever comes first), the coordinator is alerted.
R6. Swaps must be visible in the coordinator's weekly rota view with a small icon and a tooltip showing who swapped with whom.
R7. Volunteers cannot give away a shift less than 4 hours before it starts; they must phone the site instead. The screen should say this clearly and show the site's phone number.
R8. Accessibility: all new screens must meet WCAG 2.1 AA. Text must be at least 16px. No time-limited actions other than R5.

Out of scope for v1
- Partial shift swaps (e.g. taking half a shift)
- Swapping between sites
- A volunteer chat feature
- Reward or points systems

Success measures
- Coordinator time spent on finding cover falls by half within three months (self-reported weekly).
- Unfilled dropped shifts fall from around 20% to under 10%.
- At least 40% of volunteers who drop a shift use the swap feature rather than emailing, within three months.

Open questions
- Should volunteers see who gave the shift away? Some coordinators worry about social pressure.
- Do we need a way for volunteers to 'pre-register' interest in covering, so they get first notice?

---
Summarise this PRD for the trustees' board pack. They are not technical. Rules: max 150 words, three short paragraphs headed 'The problem', 'What we'll build', 'How we'll know it worked'. Don't mention WCAG, pixel sizes or requirement numbers. Keep the two percentages."""),
(0, "summarization", "en", "after", "reviews", "RW-p083", """Reviews for 'Tidewater Glamping', collected from three booking sites, last 6 months:

1. "The bell tents are gorgeous and the beds are proper beds. But the shower block is a 5-minute walk across a wet field, not fun at 2am with kids."
2. "Loved the wood-fired hot tub. Had to book it a day in advance which nobody told us."
3. "Stunning views across the estuary. The wifi is basically non-existent, which the listing didn't mention."
4. "Hosts were lovely, left us homemade bread and eggs. Tent was damp on the first night after rain."
5. "Perfect weekend. The firepit and the stars. Wish the kitchen tent had a proper fridge, the cool box wasn't enough in July."
6. "Too expensive for what it is. 160 a night and we still had to walk to a shower."
7. "The kids loved the chickens and the rope swing. Parking is a long way from the tents and there's no trolley for luggage."
8. "Peaceful and beautiful. Hot tub booking system is confusing."
9. "We had a wonderful stay. The bed was so comfortable. Only issue was condensation inside the tent in the mornings."
10. "Good but pricey. No wifi, patchy phone signal. Fine for a digital detox, bad if you need to work."
11. "Hosts went above and beyond when our car got stuck in the mud. Tent a bit damp."
12. "Honestly magical. Hot tub under the stars is worth the trip alone."
13. "The walk from the car park with all our stuff was a nightmare. Need wheelbarrows or something."
14. "Cool box is not a fridge. Milk went off on day 2."
15. "Would go back. Lovely hosts, gorgeous spot, bring wellies."

Summarise these into themes for our next owners' meeting. Format: a table with Theme | Positive or negative | How many reviews mention it. Then a two-sentence overall summary. Themes must be based only on what reviewers actually said. Count carefully."""),
(1, "creative_writing", "en", "after", "reviews", "RW-p083", """Reviews for 'Tidewater Glamping', last 6 months (a selection):

"The shower block is a 5-minute walk across a wet field, not fun at 2am with kids."
"Loved the wood-fired hot tub. Had to book it a day in advance which nobody told us."
"The wifi is basically non-existent, which the listing didn't mention."
"Tent was damp on the first night after rain."
"Wish the kitchen tent had a proper fridge, the cool box wasn't enough in July."
"Parking is a long way from the tents and there's no trolley for luggage."
"Hot tub booking system is confusing."
"Condensation inside the tent in the mornings."
"No wifi, patchy phone signal. Fine for a digital detox, bad if you need to work."
"Honestly magical. Hot tub under the stars is worth the trip alone."
"The walk from the car park with all our stuff was a nightmare."
"Would go back. Lovely hosts, gorgeous spot, bring wellies."

We own this site. Based on the reviews, write an honest 'Before you book' FAQ for our website so people aren't surprised. Rules:
- 7 to 9 questions, each phrased the way a guest would ask it
- answers 1-3 sentences, friendly, honest, never defensive
- mention that we've bought 4 garden trolleys for luggage (new this month) and that fridges are coming next spring
- the hot tub must be booked by 6pm the day before; explain how (ask at the welcome hut or text us on the number in the welcome pack)
- don't over-apologise, don't promise wifi
- end with one line that makes the lack of signal sound like a feature, without being smug"""),
(0, "summarization", "en", "after", "story", None, """Chapter Four: The Pomegranate

Persephone had decided, on her first morning in the underworld, that she would not eat anything. She knew the rule. Everyone knew the rule. Her mother had sung it to her as a lullaby: eat the food of the dead and you belong to the dead. So when the shades brought her bread on a black plate, she thanked them and left it. When they brought wine, she poured it into the roots of a grey tree, which shivered and put out one small, startled leaf.

Hades did not press her. That was the first surprise. She had expected a captor, someone who would rage or plead. Instead he seemed mostly tired, and a little embarrassed, as though he had brought her home without quite knowing what came next. He showed her the libraries, which were endless, filled with the stories of everyone who had ever died, each written in their own hand. He showed her the fields of asphodel, pale and quiet, where the dead walked and did not seem unhappy. He showed her the river, and did not let her touch it.

'Why did you take me?' she asked him, on the fifth day, or what she thought was the fifth day; there was no sun to count by.

He was quiet for a long time. 'Because no one here had asked me a question in three thousand years,' he said at last. 'I wanted to hear one.'

She did not know what to do with that answer, so she put it away, like a stone in a pocket, and took it out sometimes at night.

She grew thin. The shades worried. They brought her honey, figs, roasted barley, each time on the black plate, each time taken away untouched. Hades said nothing, but she saw him, once, standing in the kitchens, staring at a bowl of olives as though it had personally failed him.

Above, she knew, the world was dying. Her mother had stopped the harvest. The shades who came down now were mostly farmers, and children, and they told her about the frost in the fields in summer and the empty granaries. Persephone listened to every one. She began to write their names down, on the blank pages at the back of the libraries, so that someone up here would remember they'd had a bad harvest, that it wasn't their fault.

On the ninth day Hermes came, with a message from Zeus: she was to go home. Hades read the message twice and then gave it to her without a word. She read it and felt something she had not expected, which was not quite relief.

In the garden, on the way to the gate, there was a single pomegranate tree. She had walked past it every day. Its fruit had split, the way pomegranates do, and the seeds glowed in the dark like small lamps.

She stopped. Hermes said her name, impatiently. Hades, a few steps behind, said nothing at all.

She took six seeds. She did not know, afterwards, whether she had meant to. She only knew that she had wanted, for once, to choose something herself, and that the seeds were sweet and sharp and tasted of nothing she had ever eaten in her mother's fields.

Write the chapter summary for my Persephone retelling's planning doc. Rules: 80-100 words, present tense, include the key turning point, no quotes from the text."""),
(1, "creative_writing", "en", "none", "none", None, """I'm running a one-shot tabletop RPG session (system-agnostic, I'll stat it myself) for five players next Saturday and I need an adventure outline. Please follow this brief exactly.

The group:
- Five players, mixed experience: two have played for years, three are new. One of the new players is quite shy and likes puzzles more than combat.
- We have about four hours including a break.
- They will be level-3-ish characters in a low-magic, slightly folk-horror setting: think English villages, hedgerows, old churches, strange customs, nothing high fantasy.

The premise I want:
The village of Wetherly Combe holds a harvest festival every year where a 'Corn King' is chosen and crowned with a wreath. This year the Corn King has gone missing the night before the festival, and the villagers seem strangely calm about it. The players are travellers who arrive that evening.

What I need in the outline:
1. A one-paragraph summary of the secret (what's really going on). It should be creepy but not gory, and there should be a way for the village to be saved without anyone dying, if the players are clever.
2. Five to seven scenes or locations, each with: what the players can find there, one NPC, and one clue that points to the secret.
3. At least one puzzle that doesn't depend on dice rolls, suitable for the shy puzzle-loving player to shine. Describe the puzzle fully, including the solution.
4. Exactly one optional combat encounter, which players can avoid by talking or sneaking.
5. Three possible endings depending on what the players do.
6. A list of 6 NPC names with a one-line personality each. Names should sound like a real English village, not fantasy.

Rules:
- No demons, dragons, undead armies or 'ancient evil awakening'.
- The villagers are not simply evil; they should have an understandable reason for what they are doing.
- Don't give me any stat blocks or dice numbers.
- Keep the whole outline under 1,200 words.
- Use headings for each of the six parts so I can find things at the table.

Tone reference: more The Wicker Man meets a village fete than anything grimdark."""),
(0, "classification", "en", "before", "reviews", None, """Detect the language of each review and return a JSON object mapping review number to ISO 639-1 code. Nothing else, no markdown.

1. "Muy buena calidad, llegó a tiempo."
2. "Prima Qualität, gerne wieder."
3. "Arrived broken, very disappointed."
4. "Très bon rapport qualité-prix."
5. "Ottimo prodotto, consigliato."
6. "Bardzo dobra jakość, polecam."
7. "Goede kwaliteit, snelle levering."
8. "Excelente, chegou antes do prazo." """),
(0, "summarization", "en", "after", "prose", "RW-p084", """7.2 We may change the price of your subscription at any time. We will give you at least 7 days' notice by email. If you continue to use the Service after the change takes effect, you will be deemed to have accepted the new price.
7.3 Subscriptions renew automatically at the end of each billing period. To cancel, you must contact customer support by telephone during business hours. Cancellations made through any other channel will not be processed.
7.4 Fees are non-refundable, including for partial billing periods, except where required by law.
7.5 We may suspend your account without notice if we reasonably suspect a breach of these Terms. Fees will continue to be charged during any suspension.

ELI5 this bit of the terms I'm about to agree to. 4 bullets, one per clause, plain words."""),
(1, "open_qa", "en", "after", "prose", "RW-p084", """7.2 We may change the price of your subscription at any time. We will give you at least 7 days' notice by email. If you continue to use the Service after the change takes effect, you will be deemed to have accepted the new price.
7.3 Subscriptions renew automatically at the end of each billing period. To cancel, you must contact customer support by telephone during business hours. Cancellations made through any other channel will not be processed.
7.5 We may suspend your account without notice if we reasonably suspect a breach of these Terms. Fees will continue to be charged during any suspension.

I'm in the UK. Are 7.3 and 7.5 even enforceable? I thought there were new rules about making subscriptions easy to cancel. What does the law actually say?"""),
(0, "summarization", "en", "after", "email", "RW-p085", """Dear me at 40,

I'm writing this at 16, in the school library, because Ms Reyes made us. I'm supposed to tell you my hopes. Here goes. I hope you became a vet, or at least that you still like animals. I hope you learned to drive, because Mum keeps saying she won't be my taxi forever. I hope you're not still scared of phone calls. I hope you and Nadia are still friends, even though she's moving to Leeds next year. I hope you went to Japan. I hope you're not boring. I hope you still listen to loud music in the bath. And if you have kids, I hope you let them dye their hair blue, because Dad never let me.

Be nice to yourself.
Me (16)

Summarise this for my time-capsule index card: 3 bullets, under 10 words each."""),
(1, "creative_writing", "en", "after", "email", "RW-p085", """Dear me at 40,

I'm writing this at 16, in the school library, because Ms Reyes made us. I'm supposed to tell you my hopes. Here goes. I hope you became a vet, or at least that you still like animals. I hope you learned to drive. I hope you're not still scared of phone calls. I hope you and Nadia are still friends, even though she's moving to Leeds next year. I hope you went to Japan. I hope you're not boring. And if you have kids, I hope you let them dye their hair blue, because Dad never let me.

Be nice to yourself.
Me (16)

I'm 40 now and found this. I'm not a vet (I'm a school librarian, ironically), I did go to Japan, Nadia and I lost touch, and my daughter's hair is currently green. Write a reply letter from me to my 16-year-old self. Warm, funny, a bit honest about the Nadia thing, 250 words."""),
(0, "classification", "en", "before", "table", "RW-p086", """Classify each block in my week as DEEP WORK, MEETING, ADMIN or PERSONAL. Return the same table with a new last column 'Type'.

| Day | Time | Block |
| Mon | 9-11 | Write grant proposal |
| Mon | 11-12 | Team standup + 1:1s |
| Mon | 14-15 | Expenses and inbox |
| Tue | 9-10 | Gym |
| Tue | 10-13 | Data analysis for paper |
| Tue | 15-16 | Steering committee |
| Wed | 9-12 | Student supervision meetings |
| Wed | 13-14 | Book dentist, sort insurance |
| Thu | 9-12 | Write paper draft |
| Fri | 10-11 | Department meeting |
| Fri | 14-17 | Reviewing journal submissions |"""),
(1, "general_qa", "en", "before", "table", "RW-p086", """Here's my typical week as an academic. I never have time to write. Suggest a restructured week. Output the revised table in the same format, then max 4 bullets explaining the changes. Constraint: the steering committee, department meeting and student supervisions can't move.

| Day | Time | Block |
| Mon | 9-11 | Write grant proposal |
| Mon | 11-12 | Team standup + 1:1s |
| Mon | 14-15 | Expenses and inbox |
| Tue | 9-10 | Gym |
| Tue | 10-13 | Data analysis for paper |
| Tue | 15-16 | Steering committee |
| Wed | 9-12 | Student supervision meetings |
| Wed | 13-14 | Book dentist, sort insurance |
| Thu | 9-12 | Write paper draft |
| Fri | 10-11 | Department meeting |
| Fri | 14-17 | Reviewing journal submissions |"""),
(0, "summarization", "en", "after", "chat", "RW-p087", """Issue #1931: CSV export drops rows with emoji in the name field

@reporter: When I export contacts to CSV, any contact with an emoji in their name is missing from the file. 40 of our 2,000 contacts vanished. Version 4.2.1.
@maintainer-a: Confirmed. The export uses the csv module with encoding='ascii' and errors='ignore', which is wrong, but it should drop characters, not whole rows.
@contributor-b: Found it. The row is skipped because we catch UnicodeEncodeError in the loop and `continue`. errors='ignore' isn't actually being passed to the writer, only to the file open.
@maintainer-a: Ugh. Two options: (1) switch to utf-8 everywhere, (2) keep ascii but transliterate. (1) is cleaner but Excel on Windows opens utf-8 CSVs badly without a BOM.
@contributor-b: We could write utf-8-sig, which adds the BOM. Excel handles that fine.
@maintainer-c: utf-8-sig breaks a couple of downstream importers we know about (the old CRM sync). Could we make it a setting?
@maintainer-a: A setting is fine, default utf-8-sig, with a 'plain utf-8' option.
@contributor-b: I can do a PR this week. Need someone to test on Excel for Mac.
@reporter: I can test on Mac.

Summarise the state of this issue: cause, agreed fix, who's doing what, anything still blocking. Max 5 bullets."""),
(1, "open_qa", "en", "after", "chat", "RW-p087", """@maintainer-a: Two options: (1) switch to utf-8 everywhere, (2) keep ascii but transliterate. (1) is cleaner but Excel on Windows opens utf-8 CSVs badly without a BOM.
@contributor-b: We could write utf-8-sig, which adds the BOM. Excel handles that fine.
@maintainer-c: utf-8-sig breaks a couple of downstream importers we know about. Could we make it a setting?

Why does Excel need a BOM to read UTF-8 correctly in the first place? And why would a BOM break other importers? I've never understood what the BOM actually does."""),
(0, "classification", "en", "before", "verse", None, """Name the form of each poem (haiku, limerick, couplet, cinquain):

A)
Snow
soft, silent
falling, drifting, settling
the whole street holds its breath
Hush

B)
There once was a man from Dundee
who was stung on the nose by a bee;
he said with a sneeze,
'I'm allergic to these,'
and went home for a lie-down and tea.

C)
Old pond, and a frog;
the frog jumps in, and I hear
the sound of water.

D)
I asked the clock if time would wait for me;
it ticked, and kept its own strict company."""),
(1, "creative_writing", "en", "none", "none", None, """Write a sea shanty about the office printer that never works. Requirements: 3 verses of 4 lines and a chorus of 4 lines repeated after each verse; a strong call-and-response feel in the chorus; mentions of paper jams, toner and 'PC LOAD LETTER'; safe for a work Christmas party; no swearing, not even 'damn'. Bonus if the last verse has the printer finally working, at the worst possible moment, printing someone's private document."""),
(0, "summarization", "en", "after", "transcript", None, """LECTURE 6, Intro to Macroeconomics (auto-transcript)

...so today we're looking at money, what it actually is. Most people say coins and notes, but in the UK, physical cash is only about three percent of the money in the economy. The rest is bank deposits. And the key thing, which surprises people, is that most of that money is created by commercial banks when they make loans. When a bank gives you a mortgage, it doesn't take the money from someone else's savings. It creates a new deposit in your account. That's new money. So, er, the old textbook story, where banks take deposits and then lend them out, the money multiplier, is basically backwards. The Bank of England itself said this in a quarterly bulletin in 2014. What limits how much banks can create, then? Not the amount of deposits, but things like whether there are people who want to borrow, whether the bank thinks they'll pay it back, capital requirements, and interest rates set by the central bank. Okay, and when loans are repaid, that money is destroyed. So money is being created and destroyed all the time. Right, next week we'll look at what happens in a financial crisis when lots of loans go bad at once. Read chapter seven.

Put this in Cornell notes format: a 'Cues' column (questions/keywords), a 'Notes' column, and a 2-sentence 'Summary' at the bottom."""),
(1, "open_qa", "en", "none", "none", None, """Compare three theories of consciousness: global workspace theory, integrated information theory, and higher-order theories.
Output:
1. A table: Theory | Core claim (max 20 words) | Main proponent(s) | Biggest criticism
2. One paragraph (max 100 words) on which has the most experimental support right now
3. One sentence on what an experiment that could separate them would look like
No jargon without a short definition in brackets."""),
(0, "classification", "en", "after", "transcript", None, """[start of call]
Caller: Yes, hello, I've been on hold for fifty minutes. FIFTY. My boiler's been broken for four days and I've got a baby in the house.
Agent: I'm really sorry about the wait. Let me get the details.
...
Agent: So an engineer can be with you tomorrow between 8 and 12, and I've added a priority flag because of the baby. I'm also sending two electric heaters by courier today, they should arrive by 6.
Caller: Oh. Okay. That's... actually really helpful. Thank you. Sorry I shouted.
Agent: Not at all.
[end of call]

For QA: label the caller's emotion at the START and at the END of the call. Choose from: angry, anxious, neutral, grateful, confused. Format: start=..., end=..."""),
(1, "general_qa", "en", "after", "notes", "RW-p088", """My garden: south-west facing, about 8m x 5m. Clay soil that's waterlogged in winter by the back fence. A big sycamore next door shades the left side after 2pm. Patio by the house (right side gets full sun till evening). Lawn in the middle, patchy. Old shed at the back left. I have a 6 year old who plays football out there. I want: somewhere to sit in the evening sun, some colour most of the year, maybe veg in a raised bed, and bees.

What should I plant where? Keep the lawn for football. Give me a zone-by-zone plan with 3-4 plant suggestions per zone that will actually cope with the conditions."""),
(0, "summarization", "en", "after", "notes", "RW-p088", """My garden: south-west facing, about 8m x 5m. Clay soil that's waterlogged in winter by the back fence. A big sycamore next door shades the left side after 2pm. Patio by the house (right side gets full sun till evening). Lawn in the middle, patchy. Old shed at the back left.

Describe my garden layout in 2 clear sentences so I can text it to the landscaper before she comes round."""),
(1, "open_qa", "en", "none", "none", "RW-p089", """overview of the main types of renewable energy and which ones the UK relies on most"""),
(0, "summarization", "en", "before", "prose", "RW-p089", """Give me a short overview of what this paragraph says:

In 2023, renewable sources generated just under half of the UK's electricity. Wind was by far the largest contributor, with offshore wind alone providing around a fifth of total generation. Bioenergy, much of it from burning imported wood pellets at a single large power station, accounted for about a tenth. Solar produced around five percent, and hydro less than two. Nuclear, which is low-carbon but not renewable, supplied roughly fourteen percent."""),
(0, "classification", "en", "inline", "prose", None, """"ur the best, thx 4 everything!!" casual, formal, or neutral?"""),
(1, "creative_writing", "en", "none", "none", None, """Thank-you note to my kid's teacher at the end of the year. He's moving schools. Short, heartfelt, max 60 words."""),
(0, "summarization", "en", "none", "none", None, """What happens in The Hobbit? Summary in 4 sentences."""),
(1, "open_qa", "en", "none", "none", None, """How is The Hobbit different in tone from The Lord of the Rings, and why did Tolkien change approach?"""),
(1, "general_qa", "en", "none", "none", None, """outline a plan to get my credit score up in 6 months, UK"""),
(0, "classification", "en", "before", "list", None, """good debt or bad debt, by the usual personal-finance definition? mortgage, payday loan, student loan, credit card balance carried monthly, car loan at 0%"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 10 names for a fantasy tavern. No 'Prancing', no 'Dragon', no 'Flagon'."""),
(0, "classification", "en", "inline", "prose", None, """Is "The Drowned Lantern" more likely a tavern, a ship, or a book title? pick one, no explanation"""),
(1, "open_qa", "en", "none", "none", None, """describe the main differences between a crocodile and an alligator"""),
(0, "classification", "en", "before", "list", None, """Which are reptiles? crocodile, newt, tortoise, frog, iguana, gecko, toad"""),
(1, "general_qa", "en", "none", "none", None, """Summarize the steps I'd need to take to become a qualified electrician in the UK, starting at 30."""),
(0, "summarization", "en", "after", "prose", None, """To qualify as an electrician in England as an adult, most people either take an apprenticeship or combine a Level 2 and Level 3 diploma in electrical installation with on-site experience, then pass the AM2 practical assessment. You'll also need the 18th Edition wiring regulations certificate. The full route usually takes three to four years.

condense into 3 steps"""),
(1, "creative_writing", "en", "none", "none", None, """Write a limerick about an electrician who's scared of the dark."""),
(0, "classification", "en", "before", "email", None, """tag this email's urgency 1-5 and department (IT, HR, Facilities):

"The fire door on level 3 won't close properly, it's been like this since Monday." """),
(1, "general_qa", "en", "none", "none", None, """my fire door at work won't close and facilities aren't responding. who do I escalate to and what's the law on this in the UK?"""),
(0, "summarization", "en", "before", "json", None, """Describe this API response in one plain sentence for a product manager:

{"user_id": 4412, "plan": "pro", "trial_ends": null, "seats_used": 18, "seats_total": 20, "payment_status": "past_due", "last_login": "2024-05-02"}"""),
(1, "general_qa", "en", "after", "json", None, """{"plan": "pro", "seats_used": 18, "seats_total": 20, "payment_status": "past_due"}

This customer is our third biggest. Payment is 12 days overdue. What's a sensible dunning process that doesn't annoy a big account? Step by step."""),
(0, "classification", "en", "after", "story", "RW-p090", """The N29 leaves Trafalgar Square at 2:14 a.m., and for eleven years Lorna had driven it four nights a week, and in that time she had learned that the night bus was not one bus but three.

The first bus, from two until about three, belonged to the party people: girls in heels carrying their shoes, boys singing football songs in the wrong key, couples who had just met and couples who were just about to stop being couples. They were loud and mostly harmless. They fell asleep against the windows and she woke them at their stops, if they'd told her where they were going, and sometimes if they hadn't, because after a while you could tell.

The second bus, from three until half past four, belonged to nobody. It was the emptiest stretch. A few people who had nowhere else to be, riding to the end of the line and back for the warmth. She never asked them to get off. There was a man who always sat in the seat behind the stairs and read the same paperback, a thriller with a torn cover, and as far as she could tell he had been reading it for three years. She had never seen him turn a page. Once, in the second winter, she had left a cup of tea from the flask on the ledge by his seat, and he had drunk it without looking up, and the next night there had been a chocolate bar on her cab window when she came back from her break.

The third bus, from half past four until the end of her shift, belonged to the workers. Cleaners, mostly, and hospital porters, bakers, the men who opened the market. They said good morning to her. They knew her name, because she'd told them, and she knew theirs. Mrs Adebayo, who cleaned offices in the City and was putting two sons through university. Tomasz, who worked at a bakery in Wood Green and sometimes brought her a roll still warm from the oven. Dennis, who was eighty-one and still worked three mornings a week at a printing firm because, he said, if he stopped he would die, and he wasn't ready, he had a lot of films left to watch.

On her last night, nobody knew it was her last night, because she hadn't told anyone. The company was changing the routes, and the N29 would run on a new timetable with a new driver, and Lorna had decided to take the redundancy and go and live near her daughter in Hastings, where there were no night buses at all.

The party people were the same as always. The man with the paperback was in his seat. When she stopped at the end of the line, at Wood Green, at 4:27, he got up for the first time she could remember before the bus had turned round. He walked down the stairs to the front and put the book on the ledge of her cab window.

'Finished it,' he said.

Then he got off, and walked away up the High Road, and she never saw him again.

She drove the third bus. Mrs Adebayo, Tomasz, Dennis. She said good morning to all of them and didn't tell them. At the last stop she sat in the cab for a long time with the engine running. Then she opened the book to the last page. Someone had written in pencil, very small, in the margin: Thank you for the tea.

Tag this story for our anthology database. Output JSON with exactly these keys: "genre" (one of: literary, crime, romance, speculative, comedy), "setting" (a short phrase), "time_span" (one of: one night, several nights, years), "narration" (first person / third person), "ending_tone" (one of: bittersweet, tragic, triumphant, unresolved). No other text."""),
(1, "open_qa", "en", "after", "story", "RW-p090", """The N29 leaves Trafalgar Square at 2:14 a.m., and for eleven years Lorna had driven it four nights a week, and in that time she had learned that the night bus was not one bus but three.

The first bus, from two until about three, belonged to the party people: girls in heels carrying their shoes, boys singing football songs in the wrong key, couples who had just met and couples who were just about to stop being couples.

The second bus, from three until half past four, belonged to nobody. It was the emptiest stretch. A few people who had nowhere else to be, riding to the end of the line and back for the warmth. She never asked them to get off. There was a man who always sat in the seat behind the stairs and read the same paperback, a thriller with a torn cover, and as far as she could tell he had been reading it for three years. She had never seen him turn a page. Once, in the second winter, she had left a cup of tea from the flask on the ledge by his seat, and he had drunk it without looking up, and the next night there had been a chocolate bar on her cab window when she came back from her break.

The third bus, from half past four until the end of her shift, belonged to the workers. Cleaners, mostly, and hospital porters, bakers, the men who opened the market. They said good morning to her. They knew her name, because she'd told them, and she knew theirs. Mrs Adebayo, who cleaned offices in the City. Tomasz, who worked at a bakery in Wood Green and sometimes brought her a roll still warm from the oven. Dennis, who was eighty-one and still worked three mornings a week because, he said, if he stopped he would die, and he wasn't ready, he had a lot of films left to watch.

On her last night, nobody knew it was her last night, because she hadn't told anyone. The company was changing the routes, and Lorna had decided to take the redundancy and go and live near her daughter in Hastings, where there were no night buses at all.

The man with the paperback was in his seat. When she stopped at the end of the line, at Wood Green, at 4:27, he got up for the first time she could remember before the bus had turned round. He walked down the stairs to the front and put the book on the ledge of her cab window.

'Finished it,' he said.

Then he got off, and walked away up the High Road, and she never saw him again.

She drove the third bus. Mrs Adebayo, Tomasz, Dennis. She said good morning to all of them and didn't tell them. At the last stop she sat in the cab for a long time with the engine running. Then she opened the book to the last page. Someone had written in pencil, very small, in the margin: Thank you for the tea.

How did the man know it was her last night? Or did he? I've read this three times and I can't decide whether the ending is a coincidence, or he'd found out, or something else. What's your reading, and what in the text supports it? Also, why do you think she never tells the regulars?"""),
(0, "summarization", "en", "after", "transcript", None, """Riverside Community Garden, committee meeting (recording transcribed)

Chair (Ngozi): Okay, it's seven, let's start. Apologies from Phil, he's got Covid. We've got four things: the water, the break-in, the open day, and the waiting list.
Ngozi: Water first. Sue?
Sue: So, as you know, the council has said they'll stop paying for our water from April. We used about 180 cubic metres last year, which at current rates is around 400 pounds. I've looked at three options. One, we pass the cost on to plot holders, which is about 9 pounds each per year. Two, we put in more water butts and rainwater harvesting off the shed roofs, which I've costed at about 650 pounds to set up, but then it's free. Three, both.
Kwame: Nine pounds each is nothing. I'd rather do that and not have butts everywhere.
Jean: Some people can't afford nine pounds, Kwame. We've got three plot holders on the reduced rate already.
Kwame: Fair.
Sue: The butts also help in a drought. Last August we had the hosepipe ban and half the beds died.
Ngozi: Can we apply for a grant for the butts?
Sue: The Greenspace Fund does small grants up to 1,000. Deadline's end of March.
Ngozi: Let's do that. Sue, can you write the application? And in the meantime, we pass on the water cost, but the three reduced-rate people don't pay it. Agreed?
All: Agreed.
Ngozi: Break-in. Kwame, you found it.
Kwame: Yeah, Sunday morning. Someone cut the padlock on the big shed and took the petrol strimmer and two spades. Nothing else. I've reported it to the police, crime number's in the email.
Jean: Is the insurance going to cover it?
Kwame: Excess is 250, the strimmer was maybe 200. So no.
Ngozi: Do we replace the strimmer?
Jean: I'd rather get a battery one. Quieter, and the neighbours complained about the petrol one.
Kwame: Battery ones are about 180. I can get one through work at a discount.
Ngozi: Fine. Kwame, buy it, up to 180. And we need a better lock.
Kwame: I'll get a closed-shackle one, they're harder to cut. And maybe a camera?
Jean: I don't love the idea of filming people.
Ngozi: Let's park the camera. Lock, yes. Camera, discuss next time.
Ngozi: Open day. It's the second Saturday in June. Last year we had about 200 visitors. Ideas?
Jean: Plant sale, like last year, that made 340 pounds. And the kids' bug hunt was really popular.
Sue: Could we do a cake stall?
Kwame: Last year the cakes were all gone by eleven. We need more cakes or a later start.
Ngozi: More cakes. Jean, can you coordinate the plant sale again? I'll do the bug hunt. Sue, cakes?
Sue: Yes, I'll put a call out.
Ngozi: Last item. Waiting list is now 34 people, some have waited two years. We've got two plots that haven't been touched since last summer.
Jean: Plot 12 and plot 19.
Ngozi: The rules say after six months of no cultivation we can give notice. Jean, could you write to both holders, a friendly letter, giving them a month to either start using it or give it up?
Jean: Yes. And what about splitting big plots? Some of the 10-metre ones are too much for one person anyway.
Ngozi: Good idea, but it needs a vote at the AGM, because it changes the rules. Let's put it on the AGM agenda.
Ngozi: Anything else? No? Great, thanks everyone. Next meeting first Tuesday of March.

Write the minutes. Format:
- Header line with meeting name, attendees mentioned, apologies
- One short paragraph per agenda item (max 3 sentences each), recording decisions, not the discussion
- Then an action table: Action | Owner | Deadline (write 'not set' if no deadline was given)
- Then 'Items for next meeting / AGM' as bullets
Neutral, past tense. Don't include who said what in the paragraphs, only in the action table."""),
(1, "creative_writing", "en", "none", "none", None, """We're launching a small-batch tea company and need a name, a tagline and a short brand story. Please read all the context before you start, and stick to the rules at the end.

Who we are:
- Two sisters, both in our thirties. One of us worked as a buyer for a big supermarket for ten years; the other is a former chemistry teacher. We grew up in a flat above our parents' corner shop in Bradford.
- We import loose-leaf tea directly from four small growers: one in Darjeeling, one in Nepal (Ilam), one in Kenya and one in Taiwan. We've visited all four. We pay above fair-trade rates and publish the price we pay on each packet.
- We blend some teas ourselves in a unit on an industrial estate in Leeds. Our first four products are: a strong breakfast blend (Kenyan and Assam), a first-flush Darjeeling, a Nepalese black tea, and a Taiwanese oolong.
- We sell online and at two farmers' markets. Our packaging is a plain tin with a paper label; we want to keep that.

Our customers:
- Mostly people who drink a lot of tea, not tea snobs. People who are a bit bored of supermarket teabags but would be put off by anything too fancy or precious.
- About half are over 50. A growing number are younger people who've discovered loose tea through TikTok and want to know where it comes from.

What matters to us:
- Honesty about sourcing, and treating tea as an everyday pleasure, not a luxury.
- Our Yorkshire roots, but not in a cartoonish 'ee by gum' way.
- The corner shop: our dad used to make tea for every delivery driver who came in, and we think of the business as a continuation of that, one cup for anyone who stops by.

What I need:
1. Ten possible company names, each with a one-line reason. At least three should be a single word. At least two should nod to the corner shop without using the word 'shop'.
2. For your top three names, a tagline (max 7 words each).
3. A brand story for the 'About' section of our website, 150-200 words, written in first person plural, that uses the dad-and-delivery-drivers detail.

Rules:
- Don't use these words anywhere: artisan, curated, elevate, ritual, journey, bespoke, luxurious, premium.
- No names that are puns on 'tea' (Tea-riffic, Tea-rrific, Brew-tiful etc.).
- No fake Asian-sounding names, and don't use words from the growers' languages as a name unless you also say what they mean and why it would be appropriate; if in doubt, leave them out.
- The brand story must mention the four growing regions and the fact that we publish what we pay, but no prices or percentages.
- British English.

Format the answer with three headed sections: 'Names', 'Taglines', 'Brand story'. Nothing before or after."""),
(0, "summarization", "en", "after", "email", None, """From: Priya
Re: Mila's party Saturday
I'll bring the birthday cake and candles! Can someone do the drinks?

From: Ben
Re: Re: Mila's party Saturday
We'll bring squash and a crate of water. Do we need cups?

From: Hannah
Re: Re: Re: Mila's party Saturday
Yes please, the hall doesn't have any. I'll bring paper plates and napkins and party bags for 20 kids.

From: Ben
Re: Re: Re: Re: Mila's party Saturday
Ok cups too.

From: Tom
Re: Mila's party Saturday
Sorry only just seen this. I can do the sandwiches, 3 platters. Someone said one child is nut-allergic? Which child? I'll make sure all of it is nut free anyway.

From: Priya
Re: Re: Mila's party Saturday
It's Leo. And the cake is nut free too. Oh and can someone bring a speaker for music? The entertainer cancelled so it's just games now.

From: Hannah
Re: Re: Re: Mila's party Saturday
I'll bring my bluetooth speaker. Someone needs to run the games though, I'll be doing the food table.

Summarise who's bringing what, and flag anything still not covered. Keep it to one short list."""),
(1, "creative_writing", "en", "none", "none", None, """Write a toast for my parents' 40th (ruby) anniversary party. Rules:
- I'm their son, 38, and I'm nervous, so keep sentences short
- 200-250 words
- mention that they met at a bus stop in Glasgow in the rain and Dad lent her his umbrella and then they both got soaked because it was broken
- one line acknowledging that they've had hard years (Dad's redundancy in 2009) without dwelling
- end by asking everyone to raise a glass 'to the broken umbrella'
- no jokes about marriage being a prison or 'she's put up with him' etc."""),
(0, "classification", "en", "before", "list", None, """Stance detection. Topic: the city's proposed congestion charge. Label each post SUPPORT, OPPOSE or NEUTRAL.

1. About time. The air near my kids' school is filthy.
2. Another tax on working people who have no choice but to drive.
3. Council meeting on the charge is Thursday 7pm at the town hall.
4. If they actually fix the buses first, I'm in. Until then, no.
5. London did it and the sky didn't fall. Do it.
6. What's the exemption for blue badge holders? Anyone know?
7. Small businesses in the centre will die. Simple as that.
8. I cycle in every day, this can only make my commute safer.
9. The consultation closes on the 30th.
10. Honestly I can see both sides."""),
(0, "summarization", "en", "before", "table", "RW-p091", """In 2 sentences, what are the biggest costs in our wedding budget?

| Item | Cost |
| Venue hire | 6,500 |
| Catering (90 guests) | 7,200 |
| Drinks | 2,100 |
| Photographer | 1,800 |
| Dress + alterations | 1,400 |
| Suit | 450 |
| Flowers | 900 |
| Band | 1,600 |
| Cake | 380 |
| Invitations + stationery | 320 |
| Rings | 1,100 |
| Hair & makeup | 480 |
| Transport | 350 |
| Total | 24,580 |"""),
(1, "general_qa", "en", "before", "table", "RW-p091", """We need to cut 3,000 from this wedding budget without losing the band (non-negotiable, it's my brother-in-law's band and they gave us mates' rates already). Where would you cut and what would each cut actually look like on the day? 90 guests.

| Item | Cost |
| Venue hire | 6,500 |
| Catering (90 guests) | 7,200 |
| Drinks | 2,100 |
| Photographer | 1,800 |
| Dress + alterations | 1,400 |
| Suit | 450 |
| Flowers | 900 |
| Band | 1,600 |
| Cake | 380 |
| Invitations + stationery | 320 |
| Rings | 1,100 |
| Hair & makeup | 480 |
| Transport | 350 |
| Total | 24,580 |"""),
(0, "summarization", "en", "after", "prose", "RW-p092", """The Vortex S9 Pet is our most powerful cordless vacuum yet. A 450W digital motor delivers up to 230 air watts of suction, while the anti-tangle brush bar uses a comb that strips hair from the roller as it spins, so you never need to cut it free with scissors. The fully sealed HEPA filtration system captures 99.97% of particles down to 0.3 microns, including pet dander and pollen. Two swappable batteries give up to 80 minutes of runtime in eco mode (around 12 minutes in boost). The 0.76-litre bin empties with a single push, and the LCD screen shows remaining runtime in real time. It comes with a mini motorised pet tool, a crevice tool, and a wall-mounted charging dock. Weight: 2.9kg. Two-year warranty, extendable to five on registration.

bullet the key specs, max 6 bullets, numbers kept"""),
(1, "general_qa", "en", "after", "prose", "RW-p092", """The Vortex S9 Pet is our most powerful cordless vacuum yet. A 450W digital motor delivers up to 230 air watts of suction, while the anti-tangle brush bar uses a comb that strips hair from the roller as it spins. Two swappable batteries give up to 80 minutes of runtime in eco mode (around 12 minutes in boost). The 0.76-litre bin empties with a single push. Weight: 2.9kg.

Three-bed house, mostly carpet, two Labradors that shed like mad, and I have a bad back. Is this a good choice or should I get a corded one or a Dyson? What actually matters for dog hair on carpet?"""),
(0, "classification", "en", "before", "email", None, """Label each message in this thread as QUESTION, ANSWER or OTHER.

1. Luca: Does anyone know if the office is open on the bank holiday?
2. Fatima: It's closed, but the building's accessible with your pass.
3. Luca: Thanks! Is the heating on though?
4. Fatima: No idea, sorry.
5. Greg: Heating is off on bank holidays, learned that the hard way.
6. Luca: Ha, noted. Bringing a jumper.
7. Fatima: Happy long weekend all!"""),
(1, "open_qa", "en", "none", "none", None, """Explain how vaccines train the immune system.
Constraints: exactly 5 numbered steps; one analogy used throughout (not 'wanted poster'); mention memory B and T cells; max 200 words; end with one sentence on why some vaccines need boosters."""),
(0, "summarization", "en", "after", "story", "RW-p093", """You get off the train at the wrong station. You know it's wrong as soon as the doors close behind you, but the train is already pulling away, and the platform is empty, and the sign says a name you don't recognise in a font that looks old. There's one bench. There's a vending machine selling only one thing, which is small paper envelopes, and when you put a coin in and one drops out, it has your name on it. Inside is a ticket, for a train that leaves at 6:14. It's 6:12. You look down the line and there's nothing coming. You sit on the bench. You wait. At 6:14, nothing happens, and then, very quietly, the station lights start to go out, one by one, from the far end towards you.

tl;dr this in one sentence"""),
(1, "creative_writing", "en", "after", "story", "RW-p093", """You get off the train at the wrong station. You know it's wrong as soon as the doors close behind you, but the train is already pulling away, and the platform is empty, and the sign says a name you don't recognise in a font that looks old. There's one bench. There's a vending machine selling only one thing, which is small paper envelopes, and when you put a coin in and one drops out, it has your name on it. Inside is a ticket, for a train that leaves at 6:14. It's 6:12. You look down the line and there's nothing coming. You sit on the bench. You wait. At 6:14, nothing happens, and then, very quietly, the station lights start to go out, one by one, from the far end towards you.

Rewrite the ending (from 'At 6:14') so it's hopeful instead of creepy, but keep the strangeness. Second person, present tense, about 120 words."""),
(0, "classification", "en", "before", "list", None, """Which department does each job title belong to? Choose from Finance, Marketing, Engineering, People.

- Payroll Specialist
- SEO Manager
- Site Reliability Engineer
- Talent Acquisition Partner
- Financial Controller
- Content Strategist
- QA Automation Engineer
- Learning & Development Lead"""),
(0, "summarization", "en", "before", "prose", None, """3-bullet summary of these show notes please.

In this episode we talk to a retired air traffic controller about the night in 1996 when a radar failure left her guiding forty aircraft by radio and memory alone. She explains how controllers train for total system loss, why she still dreams about call signs, and what she thinks about proposals to automate parts of the job. We also take listener questions about turbulence, and finish with her favourite airport in the world, which turns out to be a tiny strip in the Scottish islands where planes land on the beach."""),
(1, "general_qa", "en", "after", "email", "RW-p094", """Dear Ms Harper,

I'm writing to apply for the Events Coordinator role at the Lyceum Arts Centre. For the past three years I've been assistant manager at a busy wedding venue, where I've run over 150 events from first enquiry to the last guest leaving. I'm used to juggling suppliers, budgets and nervous families, and I'm calm when things go wrong: last summer a marquee collapsed two hours before a ceremony and we moved 120 guests indoors without the couple noticing. I've always loved theatre and I'd relish the chance to bring my experience to an arts setting. I'm organised, reliable and a quick learner.

Yours sincerely,
Chloe Marsh

How can I make this stronger for an arts centre specifically? I think the ending is weak. What should I add or cut? Don't rewrite the whole thing, give me specific changes."""),
(0, "classification", "en", "after", "email", "RW-p094", """Dear Ms Harper,

I'm writing to apply for the Events Coordinator role at the Lyceum Arts Centre. For the past three years I've been assistant manager at a busy wedding venue, where I've run over 150 events from first enquiry to the last guest leaving. I'm calm when things go wrong: last summer a marquee collapsed two hours before a ceremony and we moved 120 guests indoors without the couple noticing. I'm organised, reliable and a quick learner.

Yours sincerely,
Chloe Marsh

Overall tone: confident, humble, arrogant or desperate? One word."""),
(0, "summarization", "en", "after", "list", None, """1. Lay all panels on a soft surface. Check you have parts A-H and fittings bag 1-4.
2. Attach the side panels (A, B) to the base (C) using 6 cam locks from bag 1. Don't tighten fully.
3. Slide the back panel (D) into the grooves. It should sit flush; if not, loosen the cam locks.
4. Fix the top (E) using the 4 dowels and cam locks from bag 2. Now tighten all cam locks.
5. Stand the unit upright. Attach the anti-tip bracket (bag 3) to the wall. This step is essential.
6. Fit the hinges to the doors (F, G), then hang the doors and adjust the hinge screws until the gaps are even.
7. Insert shelf pins (bag 4) at the heights you want and place the shelves (H).

Give me a 3-line version of these instructions, I've built flatpack before."""),
(1, "open_qa", "en", "after", "verse", "RW-p095", """My mother's hands in the sink,
red to the wrist,
lifting plates out of the water
as if they were fish she had caught.
She never sat down till we'd eaten.
She never ate till we'd gone.
Now I stand where she stood,
the same window, the same tap,
and my son comes in from the garden
and asks what's for tea,
and I feel the water close over my wrists
and something slip out of my hands
that I didn't know I was holding.

What does the final image suggest, the thing that 'slips out of my hands'? I can't decide if it's sad or a kind of relief."""),
(0, "classification", "en", "after", "verse", "RW-p095", """My mother's hands in the sink,
red to the wrist,
lifting plates out of the water
as if they were fish she had caught.
She never sat down till we'd eaten.
She never ate till we'd gone.
Now I stand where she stood,
the same window, the same tap,
and my son comes in from the garden
and asks what's for tea.

first, second or third person poem?"""),
(1, "creative_writing", "en", "none", "none", None, """write a clerihew about Isaac Newton"""),
(0, "classification", "en", "inline", "prose", None, """Is "It's raining cats and dogs" literal or an idiom?"""),
(1, "open_qa", "en", "none", "none", None, """where does 'raining cats and dogs' come from? is the thatched roof story true"""),
(1, "general_qa", "en", "none", "none", None, """best way to keep basil alive on a windowsill? mine always dies in a week"""),
(0, "summarization", "en", "none", "none", None, """Quick recap of the plot of Jaws, no more than 60 words."""),
(1, "open_qa", "en", "none", "none", None, """Did Jaws really cause people to be afraid of sharks for decades? what's the evidence"""),
(0, "classification", "en", "before", "list", None, """sharks, whales or neither: orca, great white, manta ray, whale shark, beluga, hammerhead"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, punchy opening line for a thriller set on a ferry across the Irish Sea."""),
(1, "general_qa", "en", "none", "none", None, """Give me a short list of what to pack for a week of hospital stay (planned knee op)"""),
(0, "classification", "en", "inline", "prose", None, """Category for this expense: "Uber to client meeting, 14.20" - travel, meals, or entertainment?"""),
(1, "open_qa", "en", "none", "none", None, """what are the main ideas of the Keto diet and does it actually work long-term?"""),
(0, "summarization", "en", "after", "prose", None, """The ketogenic diet cuts carbohydrates to around 20-50g a day, forcing the body to burn fat for fuel and produce ketones. Short-term studies show faster initial weight loss than low-fat diets, partly from water loss. After a year, differences between diets largely disappear. Side effects can include fatigue, constipation and raised LDL cholesterol in some people.

main ideas, 3 bullets"""),
(0, "classification", "en", "before", "list", None, """Mark each food high-carb (H) or low-carb (L): rice, eggs, bread, salmon, potatoes, spinach, pasta, cheese"""),
(1, "creative_writing", "en", "none", "none", None, """Make up a silly song (2 verses) about a toddler who refuses to wear socks."""),
(1, "general_qa", "en", "none", "none", None, """toddler refuses to wear socks or shoes, every morning is a battle. tips that actually work?"""),
(0, "summarization", "en", "before", "chat", None, """what did my partner and I agree? one sentence

me: ok so Saturday, your mum's or mine?
him: yours for lunch, mine for dinner?
me: that's a lot of driving
him: ok yours this week, mine next
me: deal"""),
(0, "classification", "en", "inline", "prose", None, """Sentiment, 3 classes: "The plot was predictable but the acting carried it." """),
(1, "creative_writing", "en", "none", "none", None, """write a 50-word movie review in the style of a pirate, for a rom-com"""),
(1, "open_qa", "en", "none", "none", None, """describe what a sommelier actually does day to day"""),
(0, "classification", "en", "before", "list", None, """Red, white or rosé grape? Pinot Noir, Chardonnay, Merlot, Sauvignon Blanc, Riesling, Syrah"""),
(1, "general_qa", "en", "none", "none", None, """what kind of wine should I bring to a dinner where they're serving lamb tagine? budget 15 quid"""),
(0, "summarization", "en", "after", "email", None, """Hi Jo,

Thanks for your patience while we looked into the issue with your kitchen. Here's where we are.

The leak under the sink is coming from the waste pipe, not the supply, so it's not under pressure and won't get worse suddenly, but it does need fixing. Our plumber, Darren, can come on Tuesday 14th between 8 and 10. He'll replace the trap and the section of pipe behind the dishwasher. He's quoted 140 including parts.

While he was there last week he also noticed the cupboard base has swollen from the water. We can replace it, but it's a different job (carpentry) and we'd need to order a matching board, which takes about two weeks. That would be around 90 on top.

Separately, you asked about the extractor fan. It's working but the filter is clogged. You can clean it yourself (instructions attached), or Darren can do it on Tuesday for 20.

Can you let me know by Friday (a) if Tuesday works, (b) whether you want the cupboard base done, and (c) whether you want the filter cleaned?

Best,
Ama
Harrow Lane Property Services

Summarise this into: what's wrong, what they'll do, cost options (table), and what I need to reply by Friday. Short."""),
(0, "classification", "en", "before", "list", None, """For each sentence, say whether it's an example of 'show' or 'tell' (creative writing sense). Format: number - SHOW/TELL.

1. She was very angry.
2. She slammed the cupboard so hard a mug fell and broke, and she didn't pick it up.
3. The house was old and creepy.
4. Wallpaper hung off the hall in long grey tongues.
5. He felt nervous about the interview.
6. He checked his tie in the lift mirror four times between the ground and fifth floors.
7. It was a cold morning.
8. Her breath hung in front of her like a second face."""),
(1, "creative_writing", "en", "before", "list", None, """Take these 'tell' sentences and rewrite each one as 'show', one or two sentences each, different techniques each time (action, dialogue, setting, body language...).

1. She was very angry.
2. The house was old and creepy.
3. He felt nervous about the interview.
4. It was a cold morning.
5. They were in love."""),
(1, "general_qa", "en", "none", "none", None, """I've been offered a 6-month secondment to our Singapore office. Help me think it through.
Give me:
1. A list of 8 questions I should answer for myself before deciding, grouped under Career, Money, Life
2. The 3 things people most often regret not checking before a secondment
3. A simple scoring grid I can fill in (table with Factor | Weight 1-5 | Stay score | Go score)
Keep it practical. I'm 31, single, renting, no pets."""),
(0, "summarization", "en", "after", "prose", None, """How we work: Code review guidelines (draft)

Every change to main must be reviewed by at least one other engineer. For changes to payments, authentication, or data deletion, two reviewers are required, and one of them must be from the platform team. Reviewers should aim to respond within one working day; if you can't, say so in the PR so the author can find someone else. Keep PRs small: under 400 lines changed where possible. If a PR is larger, the author should add a short 'How to review this' note explaining where to start. Reviewers should distinguish blocking comments from suggestions, by prefixing suggestions with 'nit:' or 'optional:'. Approve with comments if the only remaining points are nits. Don't use reviews to relitigate design decisions that were agreed in a design doc; raise those separately. Authors are responsible for merging their own PRs once approved and CI is green.

Condense into a checklist I can pin in the team channel, max 7 items, each starting with a verb."""),
(1, "general_qa", "en", "none", "none", None, """my team's code reviews are slow and kind of passive aggressive. what are the key points of a healthy code review culture and how do I introduce them without it looking like I'm blaming people?"""),
(0, "classification", "en", "before", "chat", None, """Which of these PR comments sound passive-aggressive? List the letters only.

a) "Nice, thanks for splitting this up!"
b) "As I've said before, we don't do it this way."
c) "nit: could this be a const?"
d) "I'm sure you had your reasons for this."
e) "Can you add a test for the empty case?"
f) "Interesting choice." """),
(1, "creative_writing", "en", "before", "chat", None, """Rewrite these PR comments so they're kind and clear but still say the same thing:

b) "As I've said before, we don't do it this way."
d) "I'm sure you had your reasons for this."
f) "Interesting choice." """),
(0, "summarization", "en", "after", "transcript", None, """Customer: Hi, I'm calling about my broadband. It's been dropping out every evening around 7 for about two weeks.
Agent: I'm sorry to hear that. I can see some line errors on your connection. Have you restarted the router?
Customer: Yes, loads of times.
Agent: Okay. I can see there's work in your area on the cabinet, which might be causing it. That's due to finish on the 22nd.
Customer: So I just have to put up with it?
Agent: I'll add a credit of 15 pounds for the disruption, and if it's still happening after the 22nd, we'll send an engineer for free.
Customer: Fine, thanks.

Agent notes please: 3 lines, what was wrong, what we did, follow-up."""),
(1, "open_qa", "en", "none", "none", None, """why does broadband get slower in the evenings? is it just everyone streaming?"""),
(0, "classification", "en", "inline", "prose", None, """Intent? "I'd like to upgrade to the faster package" (sales, support, cancellation, billing)"""),
(1, "general_qa", "en", "none", "none", None, """how do I haggle with my broadband provider when my contract ends? script pls"""),
(0, "summarization", "en", "none", "none", None, """Sum up the plot of Breaking Bad season 1 in a short paragraph"""),
(1, "creative_writing", "en", "none", "none", None, """Write an elevator pitch (3 sentences) for a TV series about a retired chemistry teacher who opens a bakery, in the style of a Netflix description."""),
(1, "open_qa", "en", "none", "none", None, """key differences between a cold and the flu?"""),
(0, "classification", "en", "before", "list", None, """Cold or flu symptom (more typical of)? sudden high fever, sneezing, body aches, runny nose, exhaustion for a week, mild sore throat"""),
(1, "general_qa", "en", "none", "none", None, """What kind of exercise is best for lower back pain? I sit at a desk all day"""),
(0, "classification", "en", "before", "list", None, """Label each exercise: cardio, strength, or flexibility. rowing, deadlift, yoga, cycling, push-ups, hamstring stretch"""),
(1, "creative_writing", "en", "none", "none", None, """motivational gym slogan, sarcastic, for a sign above the treadmills"""),
(0, "summarization", "en", "after", "prose", None, """Members are reminded that the gym will be closed on Sunday 5th for floor resurfacing. Classes scheduled that day will move to the studio at the community centre on Park Road. Lockers must be emptied by Saturday evening, as they will be moved during the works.

one line version for the app notification"""),
(1, "open_qa", "en", "none", "none", None, """Outline how the human heart pumps blood, chamber by chamber."""),
(0, "classification", "en", "before", "list", None, """Artery or vein: aorta, vena cava, pulmonary artery, jugular, carotid, pulmonary vein"""),
(1, "general_qa", "en", "none", "none", None, """I want to read more classics but find them boring. which kind of classic should a thriller fan start with?"""),
(0, "classification", "en", "before", "list", None, """Which of these classics are Russian? War and Peace, Madame Bovary, The Brothers Karamazov, Middlemarch, Dead Souls, Don Quixote"""),
(0, "summarization", "en", "before", "prose", None, """Summarise for a church newsletter, 2 sentences:

The Friends of St Anne's have now raised 18,400 towards the 25,000 needed to repair the bell tower. Thanks to everyone who came to the summer fete, which alone raised 2,100. The next event is a quiz night on 14 October in the church hall, tickets 8 pounds including a ploughman's supper. The architect's survey has confirmed that work can start in spring if the target is met by January."""),
(1, "creative_writing", "en", "none", "none", None, """Write 5 quiz questions for a church fundraiser quiz, round theme 'bells', with answers, a mix of easy and hard"""),
(0, "classification", "en", "before", "list", None, """Easy, medium or hard for a pub quiz? 
1. What's the capital of Australia?
2. How many sides does a hexagon have?
3. Which element has atomic number 74?
4. Who painted the Mona Lisa?
5. In which year did the Berlin Wall fall?"""),
(1, "open_qa", "en", "none", "none", None, """why is Canberra the capital of Australia and not Sydney?"""),
(0, "summarization", "en", "after", "notes", None, """Parents evening notes - Year 8
Maths: doing well, 7 predicted, needs to show working
English: quiet in class, essays good, should read more widely
Science: missing 3 homeworks, otherwise fine
French: struggling with vocab, recommends Duolingo 10 min/day
PE: great attitude
History: excellent project on the suffragettes

summarize for my partner who couldn't come: 2 good things, 2 to work on"""),
(1, "general_qa", "en", "after", "notes", None, """Science: missing 3 homeworks, otherwise fine
French: struggling with vocab, recommends Duolingo 10 min/day
English: quiet in class, should read more widely

My 12-year-old hates being nagged. How do I help with the homework and the reading without turning into the nag? Practical ideas."""),
]
