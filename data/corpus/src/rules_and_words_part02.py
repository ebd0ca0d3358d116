# writer rules_and_words, part 02. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/GPL-3, licence: GPL-3 text, verbatim copying permitted
(0, "summarization", "en", "before", "prose", "RW-p020", """Summarize this licence preamble for a non-lawyer. 3 bullets, plain words, nothing that isn't in the text.

  The GNU General Public License is a free, copyleft license for
software and other kinds of works.

  The licenses for most software and other practical works are designed
to take away your freedom to share and change the works.  By contrast,
the GNU General Public License is intended to guarantee your freedom to
share and change all versions of a program--to make sure it remains free
software for all its users.  We, the Free Software Foundation, use the
GNU General Public License for most of our software; it applies also to
any other work released this way by its authors.  You can apply it to
your programs, too.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
them if you wish), that you receive source code or can get it if you
want it, that you can change the software or use pieces of it in new
free programs, and that you know you can do these things.

  To protect your rights, we need to prevent others from denying you
these rights or asking you to surrender the rights.  Therefore, you have
certain responsibilities if you distribute copies of the software, or if
you modify it: responsibilities to respect the freedom of others.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must pass on to the recipients the same
freedoms that you received.  You must make sure that they, too, receive
or can get the source code.  And you must show them these terms so they
know their rights.

  Developers that use the GNU GPL protect your rights with two steps:
(1) assert copyright on the software, and (2) offer you this License
giving you legal permission to copy, distribute and/or modify it.

  For the developers' and authors' protection, the GPL clearly explains
that there is no warranty for this free software.  For both users' and
authors' sake, the GPL requires that modified versions be marked as
changed, so that their problems will not be attributed erroneously to
authors of previous versions.

  Some devices are designed to deny users access to install or run
modified versions of the software inside them, although the manufacturer
can do so.  This is fundamentally incompatible with the aim of
protecting users' freedom to change the software.  The systematic
pattern of such abuse occurs in the area of products for individuals to
use, which is precisely where it is most unacceptable.  Therefore, we
have designed this version of the GPL to prohibit the practice for those
products.  If such problems arise substantially in other domains, we
stand ready to extend this provision to those domains in future versions
of the GPL, as needed to protect the freedom of users.

  Finally, every program is threatened constantly by software patents.
States should not allow patents to restrict development and use of
software on general-purpose computers, but in those that do, we wish to
avoid the special danger that patents applied to a free program could
make it effectively proprietary.  To prevent this, the GPL assures that
patents cannot be used to render the program non-free."""),
# source: /usr/share/common-licenses/GPL-3, licence: GPL-3 text, verbatim copying permitted
(1, "open_qa", "en", "after", "prose", "RW-p020", """  The GNU General Public License is a free, copyleft license for
software and other kinds of works.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
them if you wish), that you receive source code or can get it if you
want it, that you can change the software or use pieces of it in new
free programs, and that you know you can do these things.

  To protect your rights, we need to prevent others from denying you
these rights or asking you to surrender the rights.  Therefore, you have
certain responsibilities if you distribute copies of the software, or if
you modify it: responsibilities to respect the freedom of others.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must pass on to the recipients the same
freedoms that you received.  You must make sure that they, too, receive
or can get the source code.  And you must show them these terms so they
know their rights.

  Developers that use the GNU GPL protect your rights with two steps:
(1) assert copyright on the software, and (2) offer you this License
giving you legal permission to copy, distribute and/or modify it.

  For the developers' and authors' protection, the GPL clearly explains
that there is no warranty for this free software.  For both users' and
authors' sake, the GPL requires that modified versions be marked as
changed, so that their problems will not be attributed erroneously to
authors of previous versions.

  Some devices are designed to deny users access to install or run
modified versions of the software inside them, although the manufacturer
can do so.  This is fundamentally incompatible with the aim of
protecting users' freedom to change the software.  Therefore, we
have designed this version of the GPL to prohibit the practice for those
products.

  Finally, every program is threatened constantly by software patents.
States should not allow patents to restrict development and use of
software on general-purpose computers, but in those that do, we wish to
avoid the special danger that patents applied to a free program could
make it effectively proprietary.  To prevent this, the GPL assures that
patents cannot be used to render the program non-free.

OK so given this: we ship a closed-source desktop app and one of our devs pulled in a GPL-3 library for PDF parsing. We only distribute the compiled binary. Are we actually in breach? What are our realistic options (swap the lib, open-source the app, dynamic linking...)? Explain the trade-offs, I need to brief our CTO."""),
(0, "summarization", "en", "after", "transcript", "RW-p021", """HOST: Welcome back to Small Acres. My guest today keeps bees on the roof of a car park in the middle of the city. Welcome, Bea.
BEA: Thanks for having me. And yes, before anyone asks, the name is a complete coincidence.
HOST: How did it start?
BEA: Honestly, by accident. I worked in the building opposite and I used to eat lunch looking at this flat grey roof doing nothing. I asked the council who owned it. It took eight months of emails, but they let me put two hives up there as a trial.
HOST: And now?
BEA: Fourteen hives. We harvest about three hundred jars a year, depending on the summer.
HOST: People assume city honey would be worse than country honey.
BEA: That's the most common thing I hear. It's often the opposite. Farmland can be a desert for bees, huge fields of one crop that flowers for two weeks. In the city you've got gardens, parks, street trees, railway embankments, all flowering at different times. Our honey tastes different every month. In June it's mostly lime trees, very pale. By August it's darker, there's bramble and buddleia in it.
HOST: What about pollution?
BEA: We had it tested in the first year because I was worried too. The lab found nothing above the limits. Bees are quite good filters, and the nectar isn't really sitting out in the air.
HOST: What's the hardest part?
BEA: Wind, weirdly. A roof is exposed. We lost two hives in a storm in the second winter because the straps weren't good enough. Now everything is weighted down with paving slabs. And the lift. Carrying full honey supers up six floors when the lift is broken, that's the real test of commitment.
HOST: You also run courses.
BEA: Yes, taster days for beginners, about ten people at a time. I try to put people off, actually. I tell them about the stings, the cost, the fact that you can't go on holiday in swarm season. If they still want to do it after that, they'll be good.
HOST: Is there a danger of too many urban beekeepers?
BEA: Yes, and I think we're close to it in some cities. Honeybees compete with wild bees and other pollinators for the same flowers. If you really want to help bees, plant things. Leave a patch of your lawn to grow long. Don't get a hive because it looks nice on Instagram.
HOST: Last question. Favourite moment?
BEA: The first spring, opening a hive that I was sure had died over the winter and finding it full, just roaring. I sat on the roof and cried a bit. The security guard pretended not to see.
HOST: Bea, thank you.

Pull the key points out of this podcast transcript for our show notes. Output as JSON with the keys "guest_summary" (one sentence), "key_points" (array of 5 strings, each under 20 words) and "listener_tip" (one sentence, taken from what the guest actually said). No markdown."""),
(1, "creative_writing", "en", "after", "transcript", "RW-p021", """HOST: Welcome back to Small Acres. My guest today keeps bees on the roof of a car park in the middle of the city. Welcome, Bea.
BEA: Thanks for having me.
HOST: How did it start?
BEA: Honestly, by accident. I worked in the building opposite and I used to eat lunch looking at this flat grey roof doing nothing. I asked the council who owned it. It took eight months of emails, but they let me put two hives up there as a trial.
HOST: And now?
BEA: Fourteen hives. We harvest about three hundred jars a year, depending on the summer.
HOST: People assume city honey would be worse than country honey.
BEA: It's often the opposite. Farmland can be a desert for bees, huge fields of one crop that flowers for two weeks. In the city you've got gardens, parks, street trees, railway embankments, all flowering at different times. Our honey tastes different every month.
HOST: What's the hardest part?
BEA: Wind, weirdly. A roof is exposed. We lost two hives in a storm in the second winter. And the lift. Carrying full honey supers up six floors when the lift is broken, that's the real test of commitment.
HOST: Is there a danger of too many urban beekeepers?
BEA: Yes, and I think we're close to it in some cities. Honeybees compete with wild bees for the same flowers. If you really want to help bees, plant things. Leave a patch of your lawn to grow long. Don't get a hive because it looks nice on Instagram.
HOST: Favourite moment?
BEA: The first spring, opening a hive that I was sure had died over the winter and finding it full, just roaring. I sat on the roof and cried a bit. The security guard pretended not to see.

Write three social posts to promote this episode:
1. one for Instagram, 60-90 words, can use up to 3 emojis, ends with 3 hashtags
2. one for X/Twitter, under 260 characters, no hashtags, lead with the most surprising fact
3. one for a newsletter, 2 short paragraphs, friendly, mention the 'plant things' advice
Don't use the words "buzz", "buzzing" or "sweet" anywhere, we've done those puns to death."""),
(1, "general_qa", "en", "before", "notes", None, """I need help making a decision and I want the answer in a specific format, so please read the whole thing.

Situation: I'm 34, a data analyst, living in Manchester with my partner (she's a physiotherapist, works for the NHS, could transfer but it'd be a hassle). No kids yet, we're thinking about it in the next 2-3 years. I have two offers and I need to answer both by Friday.

Offer A: senior analyst at a mid-size insurance company, same city. Salary 52k (I'm on 44k now). Hybrid, 2 days in office. Very stable, good pension (8% employer). The work is pretty much what I do now, dashboards and quarterly reporting, but with a team of two juniors to manage. The manager seemed decent but a bit checked out. The office is 25 minutes by tram.

Offer B: analytics engineer at a climate-tech startup based in Edinburgh. Salary 58k plus options (they said 0.1%, I don't really know how to value that). Mostly remote, but they want people in the office one week a month, travel paid. Series A, raised 12m last year, about 40 staff. The work is much more technical: dbt, building pipelines, some Python. I'd learn a lot. The founders were impressive and very intense. Glassdoor has a couple of reviews about long hours. Probation is 6 months.

Other things: I've been wanting to move into more engineering-type work for a while. I'm a bit burnt out from my current job, mostly because of a bad manager. We have a mortgage, fixed for another 3 years. My partner says she'll support either, but I can tell she's worried about the startup one given the kids plan. I have about 6 months of expenses saved.

What I want from you:
1. A table comparing A and B on: money (short and long term), learning, stability, lifestyle, fit with family plans. Columns: Factor | Offer A | Offer B | Which wins.
2. Three questions I should ask each company before Friday (so six total).
3. Your recommendation in max 100 words, with the one thing that would change your mind.
Don't tell me to 'follow my heart' or 'it depends on your priorities', I know that. Be direct."""),
(0, "classification", "en", "after", "story", None, """Nadia had tended the gardens of the Perpetua for nineteen years, which was, as far as she knew, nineteen years longer than anyone had been alive on Earth. Nobody aboard remembered Earth. It was a word in the manuals, like 'rain', which the children thought was a kind of shower.

Her section was Ring C, the orchard deck, a long curving tunnel of dwarf apple and pear trees under strips of violet light. Each tree had a number stamped on a brass tag. Each number was in the ledger, with a record of blossom, yield, disease and pruning going back two hundred and six years. Nadia had added four thousand lines to that ledger in her own neat hand. She was proud of it in a way she did not discuss.

On the morning of the Lamp Festival, she found tree C-117 dead.

It had not been sick. She had checked it two days before: leaves firm, bark clean, fruit setting well. Now the leaves hung grey and brittle and the soil beneath it was dry as paper, though the irrigation line showed normal flow. She knelt and put her hand flat on the soil. It was warm. Not the faint warmth of the deck plating, but warm like skin.

She should have reported it at once. That was the rule. Anything anomalous went to the Steward's office, who passed it to Engineering, who would send someone with a scanner and a tired face. Instead she sat back on her heels and looked up the curve of the ring, past the trees, to where the violet light ended and the maintenance hatch was set into the wall.

The hatch was open. It had never been open. In nineteen years, she had never even seen the seal move.

From somewhere beyond it, very faintly, came a sound she had only ever read about in the manuals. It was a slow, irregular pattering, like a thousand fingers drumming on a roof. Her breath caught. She knew the word for it. She had taught it to the children as a joke.

She stood, brushed the soil from her knees, and, without quite deciding to, walked towards the hatch. Behind her, on every tree in Ring C, the brass tags had begun, very gently, to rattle.

---
I'm building a dataset of short fiction. Tag this story. Output JSON only, with exactly these keys:
"genre": one of ["science fiction", "fantasy", "literary", "horror", "romance", "crime"],
"setting": short phrase,
"narration": one of ["first person", "third limited", "third omniscient", "second person"],
"tone": one of ["hopeful", "ominous", "comic", "melancholy"]
No explanation."""),
(0, "summarization", "en", "before", "form", "RW-p022", """Turn this CV into a 3-line profile summary for a recruiter database. Third person, no adjectives like 'dynamic' or 'passionate', keep the facts.

JORDAN PIKE
Leeds, UK

PROFILE
Operations coordinator with seven years in warehouse and logistics environments, moving into project management.

EXPERIENCE
Operations Coordinator, Northway Distribution, Leeds (2020 to present)
- Coordinate inbound and outbound scheduling for a 120,000 sq ft site handling around 9,000 orders a day
- Led the rollout of a new warehouse management system across three shifts; trained 60 staff
- Cut average dock-to-stock time from 11 hours to 6 by redesigning the receiving process
- Line manager for four shift coordinators
- Main contact for two major retail clients; run the weekly performance review with each

Shift Team Leader, Northway Distribution, Leeds (2017 to 2020)
- Supervised a team of 25 pickers and packers on nights
- Introduced a buddy system for new starters that cut first-month turnover by about a third
- Health and safety rep for the site for two years

Warehouse Operative, Castleford Foods (2015 to 2017)
- Picking, packing, forklift (counterbalance and reach truck licensed)

EDUCATION AND TRAINING
- PRINCE2 Foundation (2023)
- Level 3 Diploma in Logistics Operations (2019)
- IOSH Managing Safely (2018)
- A levels: Geography, Business Studies, English

SKILLS
- WMS: Manhattan SCALE, some SAP EWM
- Excel: pivot tables, lookups, basic Power Query
- Comfortable presenting to clients and senior managers
- Full UK driving licence

INTERESTS
- Five-a-side football, volunteer coach for an under-12s team
- Restoring old bikes

REFERENCES
Available on request."""),
(1, "general_qa", "en", "after", "form", "RW-p022", """JORDAN PIKE
Leeds, UK

PROFILE
Operations coordinator with seven years in warehouse and logistics environments, moving into project management.

EXPERIENCE
Operations Coordinator, Northway Distribution, Leeds (2020 to present)
- Coordinate inbound and outbound scheduling for a 120,000 sq ft site handling around 9,000 orders a day
- Led the rollout of a new warehouse management system across three shifts; trained 60 staff
- Cut average dock-to-stock time from 11 hours to 6 by redesigning the receiving process
- Line manager for four shift coordinators
- Main contact for two major retail clients; run the weekly performance review with each

Shift Team Leader, Northway Distribution, Leeds (2017 to 2020)
- Supervised a team of 25 pickers and packers on nights
- Introduced a buddy system for new starters that cut first-month turnover by about a third
- Health and safety rep for the site for two years

Warehouse Operative, Castleford Foods (2015 to 2017)
- Picking, packing, forklift (counterbalance and reach truck licensed)

EDUCATION AND TRAINING
- PRINCE2 Foundation (2023)
- Level 3 Diploma in Logistics Operations (2019)
- IOSH Managing Safely (2018)
- A levels: Geography, Business Studies, English

SKILLS
- WMS: Manhattan SCALE, some SAP EWM
- Excel: pivot tables, lookups, basic Power Query
- Comfortable presenting to clients and senior managers
- Full UK driving licence

INTERESTS
- Five-a-side football, volunteer coach for an under-12s team
- Restoring old bikes

That's my CV. I want to get out of warehouses and into project management properly, ideally not in logistics forever. Which job titles should I be searching for, which industries would value this background, and what's the one gap I should fix first? Please be specific, not generic career advice."""),
(1, "open_qa", "en", "none", "none", "RW-p023", """what were the main phases of the cold war? rough dates are fine"""),
(0, "summarization", "en", "after", "prose", "RW-p023", """Most textbooks divide the Cold War into a handful of phases. The first, from 1947 to the early 1950s, saw the division of Europe, the Berlin airlift and the Korean War. A period of dangerous confrontation followed, culminating in the Berlin Wall in 1961 and the Cuban Missile Crisis of 1962. From the late 1960s détente brought arms-control treaties and the Helsinki Accords, until the Soviet invasion of Afghanistan in 1979 began a 'second Cold War'. The final phase opened with Gorbachev's reforms after 1985 and ended with the fall of the Wall in 1989 and the dissolution of the Soviet Union in 1991.

what phases does the writer divide it into? list them with dates, nothing else"""),
(0, "classification", "en", "after", "story", "RW-p024", """The summer I was nine, we had a dog called Biscuit who belonged to nobody. He turned up at the end of May, thin and cheerful, and slept under our caravan because it was the only shade on the site. My brother fed him crisps. My mother said we couldn't keep him, every day, while putting down a bowl of water. By July he followed us to the beach and back, and lay outside the shower block while we washed the sand off, and growled at exactly one man, who my father later said was 'a bad lot'. On the last day we packed the car and Biscuit sat by the wheel and watched us. My brother cried and said we were murderers. My mother said a dog like that would be fine. We drove off and I looked back through the rear window, and he was already trotting over to the family in the next caravan, tail going, and I remember being furious with him, and then, years later, understanding that he had taught me something I still haven't quite learned.

Main theme? Pick one: loss, friendship, coming of age, betrayal."""),
(1, "creative_writing", "en", "after", "story", "RW-p024", """The summer I was nine, we had a dog called Biscuit who belonged to nobody. He turned up at the end of May, thin and cheerful, and slept under our caravan because it was the only shade on the site. My brother fed him crisps. My mother said we couldn't keep him, every day, while putting down a bowl of water. By July he followed us to the beach and back, and lay outside the shower block while we washed the sand off, and growled at exactly one man, who my father later said was 'a bad lot'. On the last day we packed the car and Biscuit sat by the wheel and watched us. My brother cried and said we were murderers. My mother said a dog like that would be fine. We drove off and I looked back through the rear window, and he was already trotting over to the family in the next caravan, tail going.

Rewrite this from Biscuit's point of view. Keep it under 300 words, present tense, and he shouldn't understand human words, only tones and smells."""),
(0, "classification", "en", "before", "verse", "RW-p025", """Petrarchan or Shakespearean sonnet? Just say which.

I kept your letters in a biscuit tin,
the tartan one, the lid that never shut,
and when the house was sold I let them in
to every box I packed, and every cut
of tape felt like a vow I couldn't keep.
I'd read them in the van. I didn't. Then
the boxes sat unopened, stacked and deep
inside a room I wouldn't enter. When
at last I did, the damp had got there first:
the ink had run to rivers, blue on blue,
your loops and crosses drowned, the best and worst
of us dissolved to something almost new.
  And I was glad. I read them like the sea:
  not what you said, but what you were to me."""),
(1, "open_qa", "en", "after", "verse", "RW-p025", """I kept your letters in a biscuit tin,
the tartan one, the lid that never shut,
and when the house was sold I let them in
to every box I packed, and every cut
of tape felt like a vow I couldn't keep.
I'd read them in the van. I didn't. Then
the boxes sat unopened, stacked and deep
inside a room I wouldn't enter. When
at last I did, the damp had got there first:
the ink had run to rivers, blue on blue,
your loops and crosses drowned, the best and worst
of us dissolved to something almost new.
  And I was glad. I read them like the sea:
  not what you said, but what you were to me.

My teacher says this has a volta but I can't tell where it is or what it does. Where does the turn happen and how does it change the meaning of the poem? Why would the speaker be glad the letters were ruined?"""),
(1, "general_qa", "en", "none", "none", "RW-p026", """What are the key points a good cover letter should hit? Applying for a junior UX role."""),
(0, "summarization", "en", "after", "email", "RW-p026", """Dear Hiring Team,

I'm applying for the Junior UX Designer role. For the past two years I've worked as a customer support lead at a booking app, which means I've spent a lot of time listening to people explain exactly where our product confused them. Last year I started turning those complaints into annotated screen recordings for the design team, and three of my suggestions, including a clearer cancellation flow, went into production. I've since completed the Google UX certificate and redesigned a local charity's volunteer sign-up form, which increased completed sign-ups by 40%. I'd love to bring that habit of listening to your team.

Best,
Sam

key points of this cover letter, 3 bullets, so I can check it says what I think it says"""),
(0, "classification", "en", "before", "list", "RW-p027", """Classify this product feedback. Output a JSON array, one object per item, keys "n", "theme", "sentiment".
theme must be one of: onboarding, integrations, reporting, pricing, mobile
sentiment must be one of: positive, negative, mixed
Keep the original numbering. No prose.

1. Setup took me ten minutes, super smooth.
2. Please, please add a Xero integration, we're copying numbers by hand.
3. The monthly report is useful but I can't export it to PDF.
4. The app on iPhone logs me out constantly.
5. Pricing per seat is killing us now that we've grown to 30 people.
6. Love the dashboards, hate that I can't schedule them.
7. Slack integration works great.
8. Android app is fine but slower than the web."""),
(1, "general_qa", "en", "after", "list", "RW-p027", """1. Setup took me ten minutes, super smooth.
2. Please, please add a Xero integration, we're copying numbers by hand.
3. The monthly report is useful but I can't export it to PDF.
4. The app on iPhone logs me out constantly.
5. Pricing per seat is killing us now that we've grown to 30 people.
6. Love the dashboards, hate that I can't schedule them.
7. Slack integration works great.
8. Android app is fine but slower than the web.

We're a team of 4 engineers. Based on this feedback, what should we build next quarter? Give me a prioritised roadmap (max 5 items), each with a one-line justification and a rough effort estimate (S/M/L). Tell me what you'd deliberately NOT do and why."""),
(1, "general_qa", "en", "none", "none", "RW-p028", """what kind of tone should a condolence email to a colleague have? we're not close"""),
(0, "classification", "en", "after", "email", "RW-p028", """Hi Marcus, I was so sorry to hear about your father. Please don't worry about the Henley project, we've got it covered, take whatever time you need. Thinking of you and your family. Claire

what tone is this? pick: formal, warm, awkward, cold"""),
(1, "open_qa", "en", "none", "none", "RW-p029", """describe the plot structure of a typical heist film. what beats do they almost always hit?"""),
(0, "summarization", "en", "none", "none", "RW-p029", """Describe the plot of Ocean's Eleven (2001) in 3 sentences."""),
(0, "summarization", "en", "before", "notes", "RW-p030", """Turn these notes into proper minutes (Attendees / Discussion / Actions). Keep it short.

- present: Tom, Aisha, Georg, me
- budget for summer fair: 1,200, Georg says last year's was 900 + overspend
- bouncy castle: Aisha gets 3 quotes
- raffle prizes - Tom asks local shops by 15th
- need more volunteers for setup, put a note in the newsletter (me)
- date still not fixed, school says either 21st or 28th June
- Georg worried about rain, no tent budget"""),
(1, "general_qa", "en", "after", "notes", "RW-p030", """- present: Tom, Aisha, Georg, me
- budget for summer fair: 1,200, Georg says last year's was 900 + overspend
- bouncy castle: Aisha gets 3 quotes
- raffle prizes - Tom asks local shops by 15th
- need more volunteers for setup
- date still not fixed, school says either 21st or 28th June
- Georg worried about rain, no tent budget

These are notes from our PTA fair meeting. What should go on the agenda for the next meeting, and have we missed anything obvious for planning a school fair?"""),
(1, "open_qa", "en", "none", "none", "RW-p031", """Summarize the main arguments for and against a four-day working week."""),
(0, "summarization", "en", "before", "prose", "RW-p031", """summarize the argument of this op-ed in 2 sentences

The four-day week is sold as a gift to workers, but for most of the people I represent it would be nothing of the kind. The trials that made headlines were overwhelmingly in offices, among staff whose output is hard to measure and easy to compress. A care worker cannot compress a morning visit to an elderly client; a bus cannot run its route in eighty per cent of the time. For these workers, a shorter week means either fewer hours of pay or more staff that employers will not fund. Before we celebrate, we should ask who the policy is actually for, and who will quietly pick up the shifts that the rest of us no longer work."""),
(0, "classification", "en", "after", "story", "RW-p032", """Elizabeth had not expected to find Mr Darcy in the library at Pemberley at such an hour, and still less to find him asleep, a book open upon his chest and his cravat loosened in a manner that would have scandalised his aunt. She ought to have withdrawn at once. Instead she stood a full minute, observing that in sleep his face lost all its hauteur, and that he looked, absurdly, rather like a boy who had been sent to bed without his supper.

The book, she saw, was a volume of Cowper. It was open at a page she had marked, weeks ago, with a pressed violet.

Content rating for AO3: General, Teen, Mature or Explicit? one word"""),
(1, "creative_writing", "en", "after", "story", "RW-p032", """Elizabeth had not expected to find Mr Darcy in the library at Pemberley at such an hour, and still less to find him asleep, a book open upon his chest and his cravat loosened in a manner that would have scandalised his aunt. She ought to have withdrawn at once. Instead she stood a full minute, observing that in sleep his face lost all its hauteur, and that he looked, absurdly, rather like a boy who had been sent to bed without his supper.

The book, she saw, was a volume of Cowper. It was open at a page she had marked, weeks ago, with a pressed violet.

Continue: he wakes up and they talk. Keep Austen's narrative irony, 350-450 words, no kiss, and Elizabeth should get the last word."""),
(1, "creative_writing", "en", "none", "none", None, """Write a cover letter for a part-time barista job.
Requirements:
- max 200 words
- I have no cafe experience but 2 years at a cinema kiosk
- mention I can do early mornings
- don't start with 'I am writing to apply'
- end with my availability (Mon-Thu from 6am)"""),
(1, "open_qa", "en", "none", "none", None, """Explain compound interest to me. Give exactly three worked examples in a table (principal, rate, years, final amount), then one sentence on why it matters for credit cards. nothing else."""),
(1, "general_qa", "en", "none", "none", None, """Recommend 5 board games for a family with kids aged 7 and 12 plus two grandparents who hate complicated rules. Table with: Game | Players | Play time | Why it works. Skip Monopoly."""),
(0, "classification", "en", "before", "list", None, """Label each tweet with an emotion (joy, anger, sadness, fear, surprise). Output CSV with header id,emotion.

1 cannot believe they cancelled my flight AGAIN
2 my little girl took her first steps today!!!
3 the house is so quiet without him
4 wait the exam is TOMORROW??
5 every time I hear a noise downstairs at night I freeze"""),
(0, "summarization", "en", "before", "notes", None, """Rewrite this bug report as a Jira ticket. Fields: Title (max 10 words), Steps to reproduce (numbered), Expected, Actual, Severity (Low/Medium/High). Don't add steps that aren't described.

so basically when i go to settings and change my language to german and then go back to the home screen the dates are still in english format but the menus are german. if i close the app and reopen it it fixes itself. iphone 13, latest version. not a huge deal but annoying"""),
(1, "open_qa", "en", "after", "notes", None, """so basically when i go to settings and change my language to german and then go back to the home screen the dates are still in english format but the menus are german. if i close the app and reopen it it fixes itself.

I'm the dev on this app (SwiftUI). Why would the date format not update until restart? My DateFormatter is a static let."""),
(1, "creative_writing", "en", "none", "none", None, """knock knock joke about a tortoise pls"""),
(0, "classification", "en", "inline", "prose", None, """positive or negative: "I wouldn't say it was the worst film I've seen this year." """),
(1, "open_qa", "en", "none", "none", None, """what's the gist of the trolley problem and why do philosophers care"""),
(0, "summarization", "en", "none", "none", None, """gist of the plot of Frankenstein (the novel, not the films)?"""),
(1, "general_qa", "en", "none", "none", None, """List some things I can do with leftover rice that aren't fried rice."""),
(0, "classification", "en", "before", "list", None, """Which of these are prime: 21, 23, 27, 29, 33, 37, 39"""),
(1, "creative_writing", "en", "none", "none", None, """A wedding speech opener for a best man who's also the groom's ex-roommate of 6 years. two or three lines, self-deprecating"""),
(0, "summarization", "en", "before", "email", None, """Shorter please, same meaning, for a text message:

Hi Mrs Patel, I just wanted to let you know that unfortunately I won't be able to make our appointment on Thursday at 4pm because my car is in the garage and won't be ready until Friday. Would it be possible to move it to next week, any afternoon after 2? Sorry for the short notice. Thanks, Dan"""),
(1, "creative_writing", "en", "before", "email", None, """Reply to this as Mrs Patel, the dentist's receptionist. Friendly, offer Tuesday 2:30 or Wednesday 3:15, mention the 24-hour cancellation policy gently because it's within 24h.

Hi Mrs Patel, I won't be able to make our appointment on Thursday at 4pm because my car is in the garage. Would it be possible to move it to next week, any afternoon after 2? Sorry for the short notice. Thanks, Dan"""),
(0, "classification", "en", "before", "list", None, """Group into renewable vs non-renewable: coal, wind, solar, natural gas, hydro, uranium, geothermal, oil"""),
(1, "open_qa", "en", "none", "none", None, """Is nuclear power renewable? People argue about this all the time and I want the actual reasoning on both sides."""),
(1, "general_qa", "en", "none", "none", None, """I'm hosting Christmas for 11 people for the first time. Outline a timeline for the day so the turkey, roasties and everything are ready at 2pm. Oven is a single standard one."""),
(0, "summarization", "en", "after", "code", None, """commit 4f2a91c
    Refactor auth middleware
    - split token validation into validate_token()
    - add caching of JWKS keys for 10 minutes
    - return 401 instead of 500 when the header is malformed
    - remove unused legacy_session import

release notes version of this, one sentence, user-facing (not dev-facing)"""),
(0, "classification", "en", "before", "code", None, """What language is this code? Just the name.

fn main() {
    let v: Vec<i32> = (1..=5).collect();
    println!("{:?}", v);
}"""),
(1, "open_qa", "en", "before", "code", None, """Why doesn't this compile? the error says something about borrowed value

fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{}", r);
}"""),
(1, "open_qa", "en", "none", "none", None, """main differences between baroque and classical music?"""),
(0, "classification", "en", "inline", "prose", None, """spam or not: "Hi mum it's me, new number, phone broke, can you send 200 for rent today x" """),
(1, "creative_writing", "en", "none", "none", None, """tagline for a dog-walking business called Lead On"""),
(1, "general_qa", "en", "none", "none", None, """best way to learn touch typing in a month? I type with 4 fingers"""),
(0, "summarization", "en", "none", "none", None, """Tell me the story of the Odyssey in four lines."""),
(1, "open_qa", "en", "none", "none", None, """Overview of how the Odyssey influenced later literature, e.g. Joyce, Atwood?"""),
(0, "classification", "en", "before", "list", None, """Part of speech for each: carefully, mountain, sing, purple"""),
(1, "creative_writing", "en", "none", "none", None, """haiku for my cat's 12th birthday. she's grumpy"""),
(1, "general_qa", "en", "none", "none", None, """what kind of bike should I get for a 10km commute with a couple of nasty hills"""),
(0, "classification", "en", "inline", "prose", None, """road, mountain or hybrid bike? "drop bars, 28mm slick tyres, carbon fork, 8.2 kg" """),
(1, "open_qa", "en", "none", "none", None, """describe what a black hole is so a 6 year old gets it"""),
(0, "classification", "en", "inline", "prose", None, """Is "I'll believe it when I see it" optimistic or sceptical?"""),
(1, "general_qa", "en", "none", "none", None, """outline a weekly meal-prep routine for one person on a tight budget, no microwave"""),
(0, "summarization", "en", "after", "prose", None, """The council will close the Elm Street car park from 1 May for six weeks while it is resurfaced. tldr?"""),
(1, "open_qa", "en", "none", "none", None, """key points of the Magna Carta and does any of it still apply?"""),
(0, "classification", "en", "before", "list", None, """odd one out: violin, cello, trumpet, viola"""),
(1, "creative_writing", "en", "none", "none", None, """Describe a haunted lighthouse in three sentences. Creepy but PG."""),
(1, "open_qa", "en", "none", "none", None, """what kind of government does Switzerland have? it seems weird"""),
(0, "classification", "en", "inline", "chat", None, """route this: "please reset my password, locked out" -> account / billing / tech?"""),
(1, "open_qa", "en", "none", "none", None, """in brief: what did the Treaty of Versailles actually do"""),
(0, "classification", "en", "inline", "prose", "RW-p033", """mood of this line? "the sky hung low and grey over the empty pier" """),
(1, "creative_writing", "en", "inline", "prose", "RW-p033", """turn this line into the first stanza of a 4-line poem, keep it as line 1: "the sky hung low and grey over the empty pier" """),
(1, "general_qa", "en", "none", "none", None, """which category should I list handmade soap under on Etsy, bath & beauty or home & living? which gets more views?"""),
(0, "summarization", "en", "after", "transcript", "RW-p034", """ok voice memo, Tuesday. need to ring the vet about Pip's jab, it's overdue. and the car insurance renews on the 20th so compare quotes before then. oh and Gran's birthday is Sunday, get a card, maybe flowers. also the boiler guy said he'd come Thursday but I haven't heard, chase him. and I promised Leo I'd read his essay by Friday.

turn my voice memo into a clean bullet to-do list"""),
(1, "general_qa", "en", "after", "transcript", "RW-p034", """ok voice memo, Tuesday. need to ring the vet about Pip's jab, it's overdue. and the car insurance renews on the 20th so compare quotes before then. oh and Gran's birthday is Sunday, get a card, maybe flowers. also the boiler guy said he'd come Thursday but I haven't heard, chase him. and I promised Leo I'd read his essay by Friday.

I only have about an hour a day free this week. Help me plan which of these to do on which day, and which ones I can batch together?"""),
(0, "classification", "en", "after", "notes", None, """Dear diary, the sun was out, I got the job, and Mum made lasagne. Best day in ages.

happy or sad day? one word"""),
(1, "open_qa", "en", "after", "verse", None, """On the wire, the crows hold court,
black robes, no mercy, no report.
They sentence the scarecrow every dawn
and every dusk the scarecrow's gone.

What does 'the crows hold court' mean here, and who is the scarecrow supposed to be?"""),
(0, "classification", "en", "before", "form", None, """Which category should this listing go in? Options: Home & Kitchen, Electronics, Toys & Games, Sports & Outdoors, Beauty.

Title: Collapsible silicone water bottle, 600ml, BPA-free, with carabiner clip
Description: Folds flat when empty. Ideal for hiking, cycling and travel. Leak-proof lid."""),
(1, "creative_writing", "en", "none", "none", None, """Six-word story about a lost umbrella. Give me 5 options, no two with the same first word."""),
(0, "summarization", "en", "before", "chat", None, """what did they decide? one line

#design-team
Kai: homepage hero: photo or illustration?
Rosa: illustration tested better last time
Kai: but it was a different audience
Ben: let's just A/B it for two weeks
Rosa: fine by me
Kai: ok A/B it is, I'll set it up"""),
(1, "general_qa", "en", "after", "chat", None, """#design-team
Manager: Rosa, why did the hero test go live without sign-off from me?
Rosa: Kai set it up, we agreed it in the channel
Manager: I need to be consulted on anything customer-facing.

I'm Rosa. I feel like I'm being blamed for something we all agreed. How do I reply to my manager without sounding defensive or throwing Kai under the bus?"""),
(0, "classification", "en", "before", "list", None, """Do these sentence pairs mean the same thing? yes/no for each.

a) "She missed the bus." / "The bus left without her."
b) "He's a man of few words." / "He talks constantly."
c) "The shop is closed on Sundays." / "On Sundays the shop doesn't open."
d) "I could care less." / "I couldn't care less." """),
(1, "open_qa", "en", "none", "none", None, """Explain affect vs effect. Give 3 example sentences for each, as a two-column table, then a one-line memory trick. No other text."""),
(0, "classification", "en", "before", "list", None, """Priority tag for each subject line, HIGH or LOW:
- Server down in EU region
- Team lunch Friday?
- Invoice overdue - final notice
- Newsletter: 10 productivity hacks
- Security alert: new login from unknown device"""),
(0, "summarization", "en", "after", "list", "RW-p039", """Lemon drizzle loaf

225g softened butter, 225g caster sugar, 4 eggs, 225g self-raising flour, zest of 1 lemon. For the drizzle: juice of 1.5 lemons, 85g caster sugar.

Heat the oven to 180C (160 fan). Beat the butter and sugar together until pale and fluffy, which takes a good few minutes; don't rush it. Add the eggs one at a time, mixing well after each one. Sift in the flour and add the zest, then fold gently until just combined. Line a 2lb loaf tin with baking paper and spoon in the mixture, levelling the top. Bake for 45-50 minutes until a skewer comes out clean. While it's still warm, mix the lemon juice and sugar and pour over, having pricked the top all over with a skewer or fork. Leave in the tin until completely cool.

shorten this recipe to ingredients + max 5 numbered steps so it fits on an index card"""),
(1, "creative_writing", "en", "after", "list", "RW-p039", """Lemon drizzle loaf

225g softened butter, 225g caster sugar, 4 eggs, 225g self-raising flour, zest of 1 lemon. For the drizzle: juice of 1.5 lemons, 85g caster sugar.

Heat the oven to 180C (160 fan). Beat the butter and sugar together until pale and fluffy. Add the eggs one at a time. Sift in the flour and add the zest, then fold gently. Bake in a lined 2lb loaf tin for 45-50 minutes. While it's still warm, prick the top and pour over the lemon juice and sugar.

Write a funny, rambling food-blog intro for this recipe (150 words), the kind everyone scrolls past, about my aunt who claims she invented lemon drizzle in 1983."""),
(0, "summarization", "en", "after", "prose", "RW-p035", """We are looking for a Junior Data Analyst to join our growing Insights team. You will build and maintain dashboards in Power BI, write SQL queries against our Snowflake warehouse, and work with marketing and finance to answer questions about customer behaviour. You'll have a degree in a numerate subject or equivalent experience, solid Excel, and at least some SQL. Python is a plus but not required. Clear communication is essential: you will present findings to non-technical colleagues every month. Hybrid, 2 days a week in our Bristol office.

key requirements of this job ad in 4 bullets please"""),
(1, "general_qa", "en", "after", "prose", "RW-p035", """We are looking for a Junior Data Analyst to join our growing Insights team. You will build and maintain dashboards in Power BI, write SQL queries against our Snowflake warehouse, and work with marketing and finance to answer questions about customer behaviour. You'll have a degree in a numerate subject or equivalent experience, solid Excel, and at least some SQL. Python is a plus but not required.

I have a history degree, I'm great at Excel and I've done a free SQL course, no Python. Do I stand a chance? How should I tailor my application so the history degree doesn't count against me?"""),
(1, "open_qa", "en", "none", "none", "RW-p036", """Outline the main schools of Buddhism and what separates them."""),
(0, "summarization", "en", "after", "prose", "RW-p036", """Buddhism is usually divided into three broad traditions. Theravada, the 'way of the elders', is dominant in Sri Lanka and much of mainland Southeast Asia and relies on the Pali Canon; it emphasises the monastic path and individual liberation. Mahayana, found in China, Korea, Japan and Vietnam, adds later sutras and centres on the bodhisattva, who postpones final nirvana to help all beings; Zen and Pure Land are Mahayana schools. Vajrayana, associated with Tibet, Bhutan and Mongolia, builds on Mahayana with tantric practices, mantras and a strong role for the teacher, or lama.

Outline this paragraph as a nested bullet list: tradition > where > key idea"""),
(1, "creative_writing", "en", "none", "none", None, """Write a villanelle about insomnia.
Rules: proper villanelle form (19 lines, two refrains, ABA rhyme), iambic pentameter-ish, no mention of sheep, and the second refrain should change meaning by the last stanza."""),
(0, "classification", "en", "before", "list", None, """Register of each line, formal or informal:
1) We regret to inform you that your application was unsuccessful.
2) soz can't make it tonight
3) Please find attached the requested documents.
4) gonna grab a coffee, want one?
5) Kindly ensure all doors are locked on departure."""),
(1, "general_qa", "en", "none", "none", None, """3.5 hour layover in Lisbon airport, arriving 10am. Worth going into the city or nah? I have carry-on only."""),
(0, "summarization", "en", "before", "chat", None, """Write a handover summary of this support chat for the next agent. Format exactly:
Issue: ...
Already tried: ...
Next step: ...
Customer mood: (one word)
Max 60 words total.

Customer: hi my smart thermostat keeps showing 'offline'
Agent: Sorry to hear that! Have you tried restarting it?
Customer: yes twice. and the router too
Agent: Is the thermostat within range of your wifi?
Customer: it's literally 2 metres away
Agent: Could you check if your router is on 2.4GHz? The device doesn't support 5GHz.
Customer: how do I check that
Agent: It depends on the router model. Could you tell me the model?
Customer: it's a Virgin hub 5 I think. look I've been on here 40 minutes
Agent: I understand. I'm going to pass you to our tech team who can walk you through the router settings.
Customer: fine"""),
(0, "classification", "en", "before", "prose", "RW-p040", """For each clause, label whose obligation it is: TENANT, LANDLORD or BOTH. Answer as "clause number: label".

4.1 The Tenant shall keep the interior of the Property in good and clean condition.
4.2 The Landlord shall keep in repair the structure and exterior of the Property, including drains and gutters.
4.3 The Tenant shall not keep any pets without prior written consent.
4.4 The Landlord shall ensure that a gas safety check is carried out every twelve months.
4.5 The parties shall each give the other at least two months' written notice of termination.
4.6 The Tenant shall pay for professional cleaning of the Property at the end of the tenancy regardless of its condition."""),
(1, "open_qa", "en", "after", "prose", "RW-p040", """4.3 The Tenant shall not keep any pets without prior written consent.
4.6 The Tenant shall pay for professional cleaning of the Property at the end of the tenancy regardless of its condition.

Renting in England. Is 4.6 even legal? I thought the Tenant Fees Act banned things like this. And can they really refuse a cat outright?"""),
(1, "creative_writing", "en", "none", "none", None, """Please write a short piece for our primary school newsletter (the 'Head's corner' bit) about the new rule that pupils can't bring phones to school from September.

Must:
- be from the head teacher, first person
- 180-220 words
- explain the reason (focus and playground friendships, not 'phones are evil')
- explain what happens if a phone is needed for walking home alone (it goes in the office in the morning)
- thank parents for feedback from the survey (62% were in favour)

Must not:
- sound like a telling-off
- use bold, bullet points or headings
- use the word 'ban'"""),
(0, "summarization", "en", "after", "story", "RW-p037", """At the funeral, my aunt Rosa wore red. Everyone noticed, and nobody said anything, which is the family way. She stood at the back and didn't sing the hymns and left before the sandwiches. My mother said that was typical. My cousin said it was a statement. I thought it was probably the only coat she had.

Three weeks later a parcel arrived for me, addressed in my grandmother's handwriting, postmarked the day before she died. Inside was the red coat, folded small, and a note: 'Rosa will want this back. Give it to her when you're ready to ask.' Ask what, it didn't say.

I kept the coat in my wardrobe for a year. Sometimes I put it on. It smelled of my grandmother's perfume, not Rosa's, which made no sense. In the pocket there was a bus ticket from 1971, from a town I'd never heard of, and a button that didn't match.

When I finally drove to Rosa's flat, she opened the door before I knocked, looked at the coat over my arm, and said, 'So she told you.' I said she hadn't. Rosa laughed, a sound I'd never heard her make, and stepped aside to let me in.

Summarise my story in about 50 words for a competition entry form. Don't give away the last line."""),
(1, "general_qa", "en", "after", "story", "RW-p037", """At the funeral, my aunt Rosa wore red. Everyone noticed, and nobody said anything, which is the family way. She stood at the back and didn't sing the hymns and left before the sandwiches. My mother said that was typical. My cousin said it was a statement. I thought it was probably the only coat she had.

Three weeks later a parcel arrived for me, addressed in my grandmother's handwriting, postmarked the day before she died. Inside was the red coat, folded small, and a note: 'Rosa will want this back. Give it to her when you're ready to ask.' Ask what, it didn't say.

I kept the coat in my wardrobe for a year. Sometimes I put it on. It smelled of my grandmother's perfume, not Rosa's, which made no sense. In the pocket there was a bus ticket from 1971, from a town I'd never heard of, and a button that didn't match.

When I finally drove to Rosa's flat, she opened the door before I knocked, looked at the coat over my arm, and said, 'So she told you.' I said she hadn't. Rosa laughed, a sound I'd never heard her make, and stepped aside to let me in.

Please critique this properly before I send it to a competition. Pacing, the clues (too many? too few?), whether the ending lands, what you'd cut. Don't rewrite it for me, tell me what to fix."""),
(0, "classification", "en", "before", "reviews", None, """Aspect-based sentiment. For each review, fill a row in a markdown table with the columns: Review # | Food | Service | Price | Ambience. Each cell is +, -, or blank if not mentioned.

1. The pasta was perfect but we waited 40 minutes for it.
2. Cheap and cheerful, lovely candlelit room.
3. Rude waiter. Overpriced. Never again.
4. Best tiramisu in town, and the staff remembered my name.
5. Too loud to hold a conversation, food was average.
6. Good value set lunch, quick service.
7. Gorgeous terrace, but the steak was cold.
8. Fine."""),
(1, "open_qa", "en", "none", "none", None, """Explain how a repayment mortgage works.
- audience: first-time buyer, 25, no finance background
- use one worked example with round numbers (200k over 25 years at 5%)
- explain why early payments are mostly interest
- under 250 words, no tables
- don't recommend any specific lender or product"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py (__about__), licence: PSF-2.0
(0, "summarization", "en", "before", "prose", "RW-p038", """Summarise this in 3 sentences for a junior dev who just needs the gist:

A nice feature of this sort is that you can efficiently insert new
items while the sort is going on, provided that the inserted items are
not "better" than the last 0'th element you extracted.  This is
especially useful in simulation contexts, where the tree holds all
incoming events, and the "win" condition means the smallest scheduled
time.  When an event schedule other events for execution, they are
scheduled into the future, so they can easily go into the heap.  So, a
heap is a good structure for implementing schedulers (this is what I
used for my MIDI sequencer :-).

Various structures for implementing schedulers have been extensively
studied, and heaps are good for this, as they are reasonably speedy,
the speed is almost constant, and the worst case is not much different
than the average case.  However, there are other representations which
are more efficient overall, yet the worst cases might be terrible.

Heaps are also very useful in big disk sorts.  You most probably all
know that a big sort implies producing "runs" (which are pre-sorted
sequences, which size is usually related to the amount of CPU memory),
followed by a merging passes for these runs, which merging is often
very cleverly organised[1].  It is very important that the initial
sort produces the longest runs possible.  Tournaments are a good way
to that.  If, using all the memory available to hold a tournament, you
replace and percolate items that happen to fit the current run, you'll
produce runs which are twice the size of the memory for random input,
and much better for input fuzzily ordered."""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py (__about__), licence: PSF-2.0
(1, "open_qa", "en", "after", "prose", "RW-p038", """Heaps are also very useful in big disk sorts.  You most probably all
know that a big sort implies producing "runs" (which are pre-sorted
sequences, which size is usually related to the amount of CPU memory),
followed by a merging passes for these runs, which merging is often
very cleverly organised[1].  It is very important that the initial
sort produces the longest runs possible.  Tournaments are a good way
to that.  If, using all the memory available to hold a tournament, you
replace and percolate items that happen to fit the current run, you'll
produce runs which are twice the size of the memory for random input,
and much better for input fuzzily ordered.

I don't get why this produces runs TWICE the size of memory. Where does the factor of two come from? Can you walk me through it with a small example, like memory for 4 items?"""),
(0, "summarization", "en", "after", "email", None, """From: Gemma (Ops)
To: All site managers
Subject: Winter gritting plan

Hi all, the gritting contract with Salt & Co has been renewed for this winter with a few changes. They'll now grit car parks only, not footpaths, so each site needs to nominate two people to do the footpaths using the grit bins, which we'll top up in November. Grit runs will be triggered automatically when the Met Office forecasts below 1C. Please send names by 31 Oct. Questions to me.

---
From: Ravi (Northgate site)
To: Gemma (Ops)
Subject: RE: Winter gritting plan

Hi Gemma, we only have one person on site before 8am, so we can't cover footpaths at opening. Can Salt & Co do our front path as an exception? It's the main entrance and it's on a slope.

---
From: Gemma (Ops)
To: Ravi (Northgate site)
Subject: RE: RE: Winter gritting plan

Ravi, I've asked. They can add Northgate's front path for an extra 18 pounds per run. I've approved it for this winter, but we'll review in spring. Please still nominate one person for the side paths.

---
From: Olu (Eastfield site)
To: Gemma (Ops)
Subject: RE: Winter gritting plan

Our names are Marta and Kwame. Also, our grit bin by the loading bay is cracked, can it be replaced rather than topped up?

---
From: Gemma (Ops)
To: Olu (Eastfield site)
Subject: RE: RE: Winter gritting plan

Thanks Olu, noted. Replacement bin ordered, should arrive with the November top-up.

---
From: Lisa (Westbrook site)
To: Gemma (Ops)
Subject: RE: Winter gritting plan

Does 'below 1C' mean air temp or road surface temp? Last year we had black ice at 2C air temperature and nobody came.

---
From: Gemma (Ops)
To: Lisa (Westbrook site)
Subject: RE: RE: Winter gritting plan

Good question, I checked: it's road surface temperature forecast, which is usually lower than the air. So the 2C situation should be covered this year. If it isn't, call the Salt & Co hotline directly and copy me in.

---
From: Ravi (Northgate site)
To: Gemma (Ops)
Subject: RE: RE: RE: Winter gritting plan

Thanks Gemma. Our side paths person is Dev.

---
Summarise this email chain for a site manager who has just joined and missed all of it. Rules:
1. Start with a one-sentence overview.
2. Then a section "What changed" (max 3 bullets).
3. Then "Site-specific exceptions" as a small table: Site | Exception.
4. Then "What you need to do" (max 2 bullets).
5. No more than 150 words in total. Don't mention people's names except in the table."""),
(1, "creative_writing", "en", "none", "none", None, """I have to give a 5-minute speech at my company's annual awards night, accepting the 'Team of the Year' award on behalf of the customer support team. I really don't want it to be the usual thank-you list. Please write the speech, and follow these instructions closely.

About the team and the year:
- There are 14 of us, split between Glasgow and Lagos, and we cover support 18 hours a day.
- This year we moved from email-only to live chat and phone, with two weeks' notice, because the old vendor went bust.
- The first month was chaos. Our response times went from 4 hours to over 2 days. We got a lot of angry customers and some angry internal emails too.
- We fixed it by rewriting all 300 help articles in six weeks, building a shared rota across the two offices, and setting up a 'buddy' system where every new chat agent was paired with an experienced email agent.
- By the end of the year, average first response was 3 minutes on chat and satisfaction went from 71% to 89%.
- One of our Lagos colleagues, who I'll call 'our night-shift lead' (she doesn't want to be named on stage), basically held the whole thing together in the first month by covering overnight queues on her own for a week.
- Running joke: the office kettle in Glasgow broke in March and nobody replaced it for five months. We'd walk to the cafe downstairs in pairs, and that's where most of the good ideas happened.

What I want:
1. Around 600-700 words (about 5 minutes spoken at a normal pace).
2. Open with the kettle, not with 'thank you'.
3. Be honest about the terrible first month: no spin, but not self-pitying either.
4. Mention the two numbers (3 minutes, 89%) once each, no other statistics.
5. Acknowledge the night-shift lead without naming her, in a way that will make her smile rather than cry.
6. Thank the other teams that helped (product and IT) in one sentence, not a list of names.
7. End with something that gives the award back to the team rather than me.

Style rules:
- Short sentences, written to be spoken: I'll be reading it off a phone.
- Dry humour is welcome; no puns, no 'journey', no 'family', no 'rockstars'.
- Do not say 'I'm not one for speeches'.
- No quotes from famous people.
- Mark two places with [PAUSE] where I should wait for a laugh or applause.

Please give me only the speech, no notes around it."""),
(0, "classification", "en", "before", "list", None, """Tag each line as a fact or an opinion:
- Paris is the capital of France.
- Paris is the most beautiful city in Europe.
- The Seine flows through Paris.
- Parisian waiters are rude."""),
(0, "summarization", "en", "before", "prose", None, """In one line, what's this saying?

Due to ongoing works on the line between Hadley and Brookside, replacement buses will run on weekends until the end of the month; weekday services are unaffected but may be busier than usual in the evenings."""),
(0, "classification", "en", "before", "reviews", None, """Which of these reviews mention delivery? Give the letters only.
A. Quick delivery, well packed.
B. The colour is darker than in the photo.
C. Arrived a week late and the box was crushed.
D. Fits perfectly, comfy.
E. Courier left it in the rain."""),
(0, "summarization", "en", "after", "notes", "RW-p041", """Day 1: Arrived Porto late, hostel ok, cheap bifana at midnight.
Day 2: Livraria Lello (queue 1hr, not worth it honestly), walked Ribeira, port tasting at Graham's, sunset from the Dom Luis bridge. Best day.
Day 3: rain. Serralves museum + gardens. Francesinha for dinner, too heavy.
Day 4: train to Pinhao in the Douro valley, boat trip, vineyards everywhere, slept on the train back.
Day 5: bought tiles as gifts, flew home.

Condense my travel notes into a short paragraph I can put under my photo album."""),
(1, "general_qa", "en", "after", "notes", "RW-p041", """Day 1: Arrived Porto late, hostel ok, cheap bifana at midnight.
Day 2: Livraria Lello (queue 1hr, not worth it honestly), walked Ribeira, port tasting at Graham's, sunset from the Dom Luis bridge. Best day.
Day 3: rain. Serralves museum + gardens. Francesinha for dinner, too heavy.
Day 4: train to Pinhao in the Douro valley, boat trip, vineyards everywhere.

I loved this trip. Going to Portugal again in September for 6 days, flying into Lisbon. Based on what I liked here, where should I go and what should I skip?"""),
(0, "classification", "en", "inline", "prose", None, """"Your subscription will renew automatically on 3 June." Is this a notification, a marketing message or a warning?"""),
(0, "classification", "en", "before", "verse", "RW-p042", """What is the tone of this poem, elegiac, celebratory or satirical?

Hail to the Minister of Roads,
who cut the ribbon, read his odes,
then drove away on his new bypass
and left the town a sea of potholes.
We'll name a pothole after him,
the deepest one, beside the gym;
and when it swallows our last bus
we'll know he's thinking hard of us."""),
(1, "creative_writing", "en", "before", "verse", "RW-p042", """Add two more stanzas to my poem in the same style and metre. The new ones should be about the minister's promise of a new hospital.

Hail to the Minister of Roads,
who cut the ribbon, read his odes,
then drove away on his new bypass
and left the town a sea of potholes.
We'll name a pothole after him,
the deepest one, beside the gym;
and when it swallows our last bus
we'll know he's thinking hard of us."""),
(0, "summarization", "en", "before", "transcript", None, """Give me the main takeaways from this standup, max 4 bullets, prefix each with the person's first name.

Ola: Yesterday I finished the payment retry logic, today I'm writing tests for it. No blockers.
Finn: Still on the search bug. It only happens with accented characters, I think it's the tokenizer. Might need Ola's help this afternoon.
Priya: I was off yesterday. Today I'm reviewing Finn's PR from last week and then picking up the onboarding emails ticket.
Jack: I deployed the new logging to staging. Prod deploy is blocked because we're waiting on the security review, should be Thursday.
Ola: Finn, ping me after lunch.
Finn: Will do."""),
(0, "classification", "en", "before", "list", None, """Label each question by type. Types: yes/no, factual, opinion, how-to.
1. How do I descale a kettle?
2. Is it raining in Leeds?
3. What's the best Beatles album?
4. When was the Eiffel Tower built?
5. How can I stop my dog pulling on the lead?
6. Do you like jazz?"""),
(0, "summarization", "en", "before", "reviews", None, """We collected feedback after our pottery taster evening. Summarise it for the tutor: what people liked, what they didn't, one suggestion that came up more than once. Max 70 words, neutral tone.

- "Loved it, the tutor was so patient. Would have liked more time on the wheel."
- "Great fun, but 12 people is too many for 3 wheels."
- "Really relaxed atmosphere. The wine was a nice touch!"
- "I spent most of the time waiting for a wheel. The hand-building bit was great though."
- "Brilliant value. Please do a follow-up course."
- "A bit rushed at the end, we didn't get to glaze."
- "Would come again, maybe fewer people next time." """),
(0, "classification", "en", "before", "chat", None, """Is the customer in this chat satisfied at the end? Yes or no, then the line that shows it.

Customer: my order arrived with a broken handle
Agent: So sorry! I've sent a replacement, it'll arrive tomorrow, no need to return the broken one.
Customer: oh brilliant, that was easy, thank you"""),
(0, "summarization", "en", "after", "code", None, """## PR #482: Dark mode for settings page
- Adds a theme toggle in Settings > Appearance
- Stores preference in localStorage, falls back to system preference
- Updates 14 components to use CSS variables instead of hardcoded colours
- Known issue: charts on the analytics page still render with a white background (follow-up ticket #490)

Summarize this PR for the weekly product update email. 2 sentences, non-technical."""),
(1, "open_qa", "en", "after", "code", None, """- Stores preference in localStorage, falls back to system preference
- Known issue: charts on the analytics page still render with a white background

we use Chart.js. why would the charts ignore our CSS variables when everything else picks them up?"""),
(1, "general_qa", "en", "none", "none", None, """give me a short rundown of what I should check before buying a used car from a private seller"""),
(0, "classification", "en", "before", "list", None, """herbivore, carnivore or omnivore? giraffe, lion, bear, rabbit, crow, shark"""),
]
