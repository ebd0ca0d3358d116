# writer rules_and_words, part 04. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", None, """[group chat: CORNWALL 2K24 🌊]

Becca: ok people we need to actually decide stuff, it's 5 weeks away
Tariq: I vote we stay in St Ives again
Becca: St Ives is SO expensive in August though
Jules: I found a cottage near Porthleven, sleeps 6, 1,380 for the week
Tariq: how far is that from a beach
Jules: 10 min walk apparently
Becca: that's 230 each if it's 6 of us
Sam: wait are Dev and Ellie definitely coming? last I heard Ellie had a wedding
Becca: Ellie's wedding is the Saturday, she can come Sunday
Dev: I'm in. Ellie says she's in from Sunday
Tariq: does she still pay full then
Becca: tariq 🙄
Tariq: just asking!!
Jules: I think we just split it 6 ways, it's one night
Sam: agree
Dev: agree
Tariq: fine fine
Becca: ok so Porthleven cottage, 6 ways. Jules can you book it?
Jules: yes but I need everyone to send me 230 by Friday or I can't pay the deposit
Sam: sending now
Dev: will send tonight
Tariq: Friday is payday so Friday
Becca: and travel? train or drive
Sam: I can drive, I've got 4 seats
Dev: Ellie's driving down separately Sunday anyway
Tariq: I'll get the train, I hate long drives
Becca: ok so Sam drives me, Jules and Dev? and Tariq trains?
Jules: yep
Dev: yes pls
Becca: petrol split between the car people then
Sam: 👍
Jules: what about food, are we doing the cooking rota again
Tariq: NOT the rota
Becca: the rota was fine!!
Tariq: I did the washing up 4 nights
Becca: because you didn't cook any nights
Dev: what if we do 2 nights eating out and the rest we cook in pairs
Jules: I like that
Sam: yes
Becca: fine. pairs chosen by random draw when we get there so nobody argues
Tariq: I'm choosing the restaurants then
Becca: no
Jules: we'll vote on restaurants
Tariq: 😤
Sam: what about the boat trip? someone mentioned seal watching
Jules: it's 35pp from Falmouth, 2 hours
Dev: I'd do it
Becca: depends on weather surely
Jules: yeah we'd book on the day
Sam: ok leave that open
Becca: also is anyone bringing a dog? asking for me, I might have to bring Biscuit
Jules: the cottage says no pets 😬
Becca: ugh ok I'll ask my mum
Tariq: RIP Biscuit's holiday
Becca: ok so to recap, nobody recap, I'll ask the bot

Summarise what this group has decided and what's still open. Use two headings, 'Decided' and 'Still open', bullets under each, max 10 bullets total. Include who owes what to whom."""),
(0, "classification", "en", "after", "prose", "RW-p064", """The first thing my grandmother taught me to cook was rice, and she did it without measuring anything. She rinsed it three times in a steel bowl, swirling with her fingers, tipping the cloudy water into the plant pots on the balcony because she said the starch was good for them. Then she laid her palm flat on top of the rice in the pan and poured water until it reached the first knuckle of her middle finger. 'That's it,' she said. 'That's the recipe.'

I was eleven and I thought she was joking. My hand was much smaller than hers. When I tried it at home the rice came out like wallpaper paste, and I cried, and my mother, who had never learned to cook from her own mother, ordered a takeaway and said maybe it was a generational thing.

I went back to my grandmother's the next weekend, and the one after that. I learned that her knuckle rule only worked in her pan, with her rice, on her stove, which ran hot on the left side. I learned that when she said 'a little' salt she meant an amount that changed depending on her mood. I learned that she sang while she cooked, old songs from before she came to this country, and that she didn't know she was doing it.

I started writing things down. Not recipes exactly, but notes. 'Onions until they smell sweet, not brown.' 'Add the spinach when the phone rings' (it always did, at about that point: my great-aunt, calling from Lahore, every Sunday at four). I have a notebook now with sixty pages of these, in my handwriting going from round and childish to something closer to an adult's.

My grandmother died when I was seventeen. At the funeral, people kept telling me stories about her that I didn't recognise: a woman who had argued with a factory foreman in 1974 and won, who had learned to drive at fifty, who had once hit a man with a handbag on a bus. I had only known her in the kitchen. For a while that made me sad, as if I'd missed the real her.

Now I think the kitchen was where she was most herself, and that she chose to give me that part on purpose. When I cook for my friends in halls, and someone asks for the recipe, I hold my hand over the pan and show them my knuckle. It doesn't work for them either. I've stopped apologising. I tell them it's not a recipe, it's an inheritance, and that they'll have to find their own.

I want to study history at university because of her, or because of the gap between the woman I knew and the one everyone else remembered. I want to learn how to read the records people leave that aren't written down.

---
This is my UCAS personal statement draft (well, the opening). Just classify it: which of these does it mainly read as? (A) academic interest statement, (B) personal narrative essay, (C) cover letter, (D) opinion piece. Letter only."""),
(1, "general_qa", "en", "after", "prose", "RW-p064", """The first thing my grandmother taught me to cook was rice, and she did it without measuring anything. She rinsed it three times in a steel bowl, swirling with her fingers, tipping the cloudy water into the plant pots on the balcony because she said the starch was good for them. Then she laid her palm flat on top of the rice in the pan and poured water until it reached the first knuckle of her middle finger. 'That's it,' she said. 'That's the recipe.'

I was eleven and I thought she was joking. My hand was much smaller than hers. When I tried it at home the rice came out like wallpaper paste, and I cried, and my mother, who had never learned to cook from her own mother, ordered a takeaway and said maybe it was a generational thing.

I went back to my grandmother's the next weekend, and the one after that. I learned that her knuckle rule only worked in her pan, with her rice, on her stove, which ran hot on the left side. I learned that when she said 'a little' salt she meant an amount that changed depending on her mood. I learned that she sang while she cooked, old songs from before she came to this country, and that she didn't know she was doing it.

I started writing things down. Not recipes exactly, but notes. 'Onions until they smell sweet, not brown.' 'Add the spinach when the phone rings' (it always did, at about that point: my great-aunt, calling from Lahore, every Sunday at four). I have a notebook now with sixty pages of these.

My grandmother died when I was seventeen. At the funeral, people kept telling me stories about her that I didn't recognise: a woman who had argued with a factory foreman in 1974 and won, who had learned to drive at fifty, who had once hit a man with a handbag on a bus. I had only known her in the kitchen. For a while that made me sad, as if I'd missed the real her.

Now I think the kitchen was where she was most herself, and that she chose to give me that part on purpose.

I want to study history at university because of her, or because of the gap between the woman I knew and the one everyone else remembered. I want to learn how to read the records people leave that aren't written down.

---
This is the opening of my UCAS personal statement for History. My teacher says it's 'lovely but not a personal statement'. Is she right? Give me a proper in-depth critique: what admissions tutors will think, how much of the grandmother story I can keep, what's missing (reading, academic stuff), and how to restructure it. Don't rewrite it for me."""),
(1, "creative_writing", "en", "none", "none", None, """I need a welcome email sequence for new subscribers to my online shop. We sell refill cleaning products: you buy a glass spray bottle once, then we post you small dissolvable tablets that you drop into tap water. Please write the whole sequence and follow the rules below carefully; my last copywriter ignored half of them.

About the brand:
- Name: Fizzwell
- Tone: practical, slightly cheeky, never preachy about plastic or the planet. Our customers are busy people who like that it's cheaper and takes up less cupboard space; the environmental bit is a bonus, not the pitch.
- Prices: starter kit 18 pounds (3 bottles + 6 tablets), refills 1.50 per tablet, free delivery over 15 pounds.
- Tablets: multi-surface, glass, bathroom, kitchen degreaser. Each makes 500ml.
- Most common question: 'Does it actually work as well as the normal stuff?' Honest answer: yes for everyday cleaning, not for heavy limescale, where we recommend our separate descaler.
- Second most common question: 'What if the tablets get damp?' Answer: keep them in the tin they come in; if they do get damp they still work, they just fizz less.

The sequence:
1. Email 1 (sent immediately): welcome, 10% off code WELCOME10, valid 7 days.
2. Email 2 (day 2): how it works in three steps, and the 'does it work' question answered honestly, including the limescale caveat.
3. Email 3 (day 4): a short story-style email about a real-feeling customer situation (make one up, no names), e.g. someone in a tiny flat with no cupboard space.
4. Email 4 (day 6): reminder the code expires tomorrow, light urgency, no fake countdown timers.
5. Email 5 (day 10): for people who didn't buy: ask them what put them off, with three one-click options (price, not sure it works, just browsing).

For each email give me:
- Subject line (max 45 characters)
- Preview text (max 90 characters)
- Body (80-150 words)
- One button label (max 3 words)

Rules:
- Do not use the words 'eco', 'green', 'planet', 'sustainable', 'journey' or 'game-changer'.
- No more than one exclamation mark per email.
- No emojis in subject lines; at most one emoji per body.
- Never claim the tablets are 'chemical-free' (everything is chemicals; we get complaints).
- Don't invent statistics or awards.
- Sign off every email as 'The Fizzwell lot'.
- British English spelling.

Put each email under a heading 'Email 1', 'Email 2' and so on. Nothing before the first heading and nothing after the last email."""),
(0, "summarization", "en", "after", "story", "RW-p065", """The dragon who lived under the bridge at Kessa was not very large, as dragons go, and not at all frightening, and this was a great embarrassment to her.

Her name was Moss. She was about the size of a carthorse, green-grey like the river stones, and she had come to the bridge a hundred years ago as a hatchling, washed down in a spring flood. The townspeople had been terrified at first. They had sent for knights. The knights had come, looked at Moss, who was then the size of a goat and trying to eat a boot, and gone home again.

Since then, the people of Kessa had grown fond of her, in the way that people grow fond of a leaky roof or a grumpy neighbour. Children dared each other to touch her tail. The baker left her burnt loaves. On cold nights, the old men sat on the bridge and dangled their feet over the edge, because Moss's breath came up warm between the stones.

But Moss had read the old books, the ones travellers sometimes dropped into the river, swollen and half-legible, and she knew what dragons were supposed to be. Dragons hoarded gold. Dragons burned cities. Dragons were feared in seven kingdoms and had songs written about them, terrible songs, with many verses. Nobody had ever written a song about Moss. The closest was a rhyme the children skipped to, which went 'Mossy, Mossy, under the stones, eats the bread and leaves the bones,' and was not even accurate, because she had never eaten a bone in her life.

So when the news came that an army was marching on Kessa from the east, Moss decided that this was her chance.

She practised in the evenings, when the bridge was empty. She tried roaring, but it came out as a sort of long cough that made the ducks look at her pityingly. She tried breathing fire, but all she could manage was a warm wind that smelled faintly of toast. She tried looking terrible, and caught sight of her reflection, and thought she mostly looked worried.

The army arrived on a grey morning. There were hundreds of them, in black and silver, with banners, and at their head rode a general on a white horse who looked at the little bridge, and the little town behind it, and laughed.

Moss climbed out from under the bridge. It took her a while, because the bank was muddy. She stood in the middle of the road, between the army and the town, and drew herself up to her full height, which was not very full, and opened her mouth.

Nothing came out but a warm wind, smelling of toast.

The general stopped laughing. Behind Moss, one by one, the people of Kessa had come out of their houses. The baker, with a rolling pin. The old men from the bridge. The children, who had stopped skipping. They did not say anything. They just stood behind her, all of them, in the road.

Write a 3-sentence back-cover blurb summary of this story. Don't reveal what happens after the people come out."""),
(1, "creative_writing", "en", "after", "story", "RW-p065", """The dragon who lived under the bridge at Kessa was not very large, as dragons go, and not at all frightening, and this was a great embarrassment to her.

Her name was Moss. She was about the size of a carthorse, green-grey like the river stones, and she had come to the bridge a hundred years ago as a hatchling, washed down in a spring flood. Since then, the people of Kessa had grown fond of her, in the way that people grow fond of a leaky roof or a grumpy neighbour. Children dared each other to touch her tail. The baker left her burnt loaves. On cold nights, the old men sat on the bridge and dangled their feet over the edge, because Moss's breath came up warm between the stones.

But Moss had read the old books, and she knew what dragons were supposed to be. Dragons hoarded gold. Dragons burned cities. Nobody had ever written a song about Moss. The closest was a rhyme the children skipped to, which went 'Mossy, Mossy, under the stones, eats the bread and leaves the bones,' and was not even accurate.

So when the news came that an army was marching on Kessa from the east, Moss decided that this was her chance. She practised in the evenings. She tried roaring, but it came out as a sort of long cough. She tried breathing fire, but all she could manage was a warm wind that smelled faintly of toast.

The army arrived on a grey morning. At their head rode a general on a white horse who looked at the little bridge, and the little town behind it, and laughed.

Moss stood in the middle of the road, between the army and the town, and drew herself up to her full height, which was not very full, and opened her mouth. Nothing came out but a warm wind, smelling of toast.

The general stopped laughing. Behind Moss, one by one, the people of Kessa had come out of their houses. The baker, with a rolling pin. The old men from the bridge. The children, who had stopped skipping. They did not say anything. They just stood behind her, all of them, in the road.

Finish the story (400-500 words). Rules: no battle scene, Moss doesn't suddenly discover real fire, the general should leave for a reason that makes sense, and end with a new verse of the children's skipping rhyme."""),
(1, "open_qa", "en", "none", "none", "RW-p066", """Outline the main positions in the free will debate: hard determinism, libertarianism, compatibilism. who holds what and the strongest objection to each"""),
(0, "summarization", "en", "after", "prose", "RW-p066", """Compatibilists argue that free will and determinism are not in conflict. On their view, acting freely does not mean acting without causes; it means acting from your own desires and reasons, without external compulsion. Hume put it roughly this way: a man who stays in a room because he wants to is free, even if his wanting was caused. Critics reply that this simply redefines freedom. If every desire traces back to events before you were born, they say, then it is hard to see in what sense the choice is really 'yours'. Frankfurt's later work tried to answer this with the idea of higher-order desires: you are free when you want to want what you act on.

Outline the argument of this passage in 4 short numbered points."""),
(1, "open_qa", "en", "none", "none", "RW-p067", """Describe a typical day in the life of a Roman legionary on Hadrian's Wall."""),
(0, "summarization", "en", "after", "email", "RW-p067", """To my brother Flavius, greetings. The wall is cold and the wind never stops. We have built another section of ditch this month and my hands are like leather. The food is better than you'd think: we get bacon and beer, and the locals sell us oysters. Please send two pairs of wool socks and underpants, the ones I have are finished. The centurion is strict but fair. I miss the sun. Farewell.

(I wrote this as a fake Vindolanda-style letter for my Year 5 class.) Describe what the letter is about in two lines, for the worksheet."""),
(0, "classification", "en", "before", "verse", "RW-p068", """Which season are these haiku about? One word.

first frost on the bins
the fox's tracks cross the lawn
then stop at the hedge

breath on the window
my daughter draws a sad face
then a happy one

no birds at the feeder
the radiator ticks
all afternoon"""),
(1, "creative_writing", "en", "after", "verse", "RW-p068", """first frost on the bins
the fox's tracks cross the lawn
then stop at the hedge

breath on the window
my daughter draws a sad face
then a happy one

Write three more haiku in this style but for early spring. Same everyday, domestic feel, 5-7-5, and one of them should bring back the fox."""),
(0, "summarization", "en", "after", "story", "RW-p069", """Alice had been sitting at the Queen's croquet ground for nearly an hour, and nobody had yet explained the rules. 'There aren't any,' said the Cheshire Cat, appearing in pieces above the rose bushes, 'or if there are, they change whenever she loses.' A flamingo, tucked under Alice's arm as a mallet, twisted its neck round to look at her with an expression of deep reproach. 'I'm terribly sorry,' Alice told it, 'I don't want to hit anything with you either.' The flamingo seemed to accept this. Just then the Queen bellowed 'Off with her head!' at a hedgehog, who curled up tighter and rolled quietly into a flower bed, where he was not seen again that afternoon.

One-line summary of my fanfic chapter for the chapter list."""),
(1, "general_qa", "en", "after", "story", "RW-p069", """Alice had been sitting at the Queen's croquet ground for nearly an hour, and nobody had yet explained the rules. 'There aren't any,' said the Cheshire Cat, appearing in pieces above the rose bushes, 'or if there are, they change whenever she loses.' A flamingo, tucked under Alice's arm as a mallet, twisted its neck round to look at her with an expression of deep reproach. 'I'm terribly sorry,' Alice told it, 'I don't want to hit anything with you either.' The flamingo seemed to accept this.

I'm trying to write Alice fanfic that actually sounds like Carroll. What's working and what doesn't sound like him? Be specific about the nonsense logic, wordplay and sentence rhythm, and tell me what to read again to get it right."""),
(0, "classification", "en", "after", "notes", "RW-p070", """Sat. Landed in Hanoi at 6am, slept 3 hrs, then walked round Hoan Kiem lake. Egg coffee = life changing. Nearly got run over by 400 scooters. Street food tour in the evening, ate something I'm told was snail.

Category for my blog archive: travel, work, family, health, or food? Pick the main one."""),
(1, "creative_writing", "en", "after", "notes", "RW-p070", """Sat. Landed in Hanoi at 6am, slept 3 hrs, then walked round Hoan Kiem lake. Egg coffee = life changing. Nearly got run over by 400 scooters. Street food tour in the evening, ate something I'm told was snail.

Turn my notes into a proper travel blog post, 300 words, funny but not mocking the locals, with a title and 3 subheadings."""),
(1, "open_qa", "en", "none", "none", "RW-p071", """What kind of questions do they ask at a Big Four graduate accounting interview?"""),
(0, "classification", "en", "before", "list", "RW-p071", """What kind of question is each of these: behavioural, technical, or case? Label each.

1. Tell me about a time you worked under pressure.
2. What's the difference between a balance sheet and a P&L?
3. A client's revenue is up 20% but profit is down. What might explain it?
4. Describe a situation where you had to persuade someone.
5. How does depreciation affect cash flow?
6. Our client wants to open a café chain in a new city. How would you assess it?"""),
(0, "summarization", "en", "none", "none", "RW-p072", """in a nutshell, what's the plot of Hamlet?"""),
(1, "open_qa", "en", "none", "none", "RW-p072", """in a nutshell, why does Hamlet delay killing Claudius? I've heard like 5 different theories"""),
(0, "classification", "en", "before", "reviews", "RW-p073", """Based only on the text, what star rating (1-5) would this review give? Just the number.

We booked for my dad's 70th. The table wasn't ready for 25 minutes even though we'd booked weeks ago. The starters were genuinely excellent, the scallops especially. Mains took another 50 minutes and my dad's steak came well done instead of medium. The manager apologised and took the steak off the bill, which was decent of him. Desserts were fine. Overall, a mixed evening, I doubt we'll go back for a special occasion."""),
(1, "creative_writing", "en", "before", "reviews", "RW-p073", """Can you rewrite my review so it's fairer and less ranty, but still honest about the waits? Keep the bit about the manager. Under 100 words.

We booked for my dad's 70th. The table wasn't ready for 25 minutes even though we'd booked WEEKS ago. The starters were genuinely excellent, the scallops especially. Mains took ANOTHER 50 minutes and my dad's steak came well done instead of medium, absolute joke. The manager apologised and took the steak off the bill. Desserts were fine. Won't be back."""),
(0, "classification", "en", "before", "verse", "RW-p074", """Love song, protest song or party anthem?

they paved the river, sold the sky
and called it progress, called it growth
the factory gates say 'work or die'
we're gonna tear them down, we swore an oath
so raise your hands, not for a cheer
but so they see how many of us are here"""),
(1, "open_qa", "en", "after", "verse", "RW-p074", """they paved the river, sold the sky
and called it progress, called it growth
the factory gates say 'work or die'
we're gonna tear them down, we swore an oath
so raise your hands, not for a cheer
but so they see how many of us are here

What's going on in the imagery of the first two lines? 'paved the river, sold the sky' — is that about pollution, privatisation, or something else? And why is the hand-raising line so effective?"""),
(1, "open_qa", "en", "none", "none", "RW-p075", """Describe the key features of Art Deco design, and how you'd spot it in a building."""),
(0, "classification", "en", "before", "form", "RW-p075", """What style is this item? Options: Art Deco, Mid-century modern, Victorian, Minimalist.

Listing: Table lamp, 1930s. Chrome stepped base with black enamel bands, frosted glass fan-shaped shade, geometric sunburst etching."""),
(0, "summarization", "en", "before", "chat", None, """Summarize this Slack thread for the people who were on holiday. Rules: max 4 bullets, past tense, don't name anyone, end with the one open question.

- hey the staging DB is full, disk at 98%
- oof. logs table?
- yes, 140GB of debug logs since someone left DEBUG on
- that'd be me, sorry 🙈
- ok I'll truncate logs older than 7 days
- done, down to 41%
- should we add an alert at 80%?
- yes, I'll do it in Grafana
- alert added
- do we also need a retention policy on prod or is that handled?"""),
(0, "classification", "en", "before", "json", None, """Classify each event in this JSON by risk level (low/medium/high). Return the same JSON array with an extra key "risk" on each object and nothing else.

[
 {"id": 1, "event": "password changed", "location": "usual"},
 {"id": 2, "event": "login", "location": "new country", "device": "unknown"},
 {"id": 3, "event": "email forwarding rule added to external address"},
 {"id": 4, "event": "profile picture updated"},
 {"id": 5, "event": "10 failed login attempts in 2 minutes"}
]"""),
(1, "general_qa", "en", "none", "none", None, """I'm a new PhD student. give me your key points for surviving the first year, as a numbered list, max 8 points, each one sentence, no generic stuff like 'take care of yourself'"""),
(0, "summarization", "en", "before", "prose", None, """Make this paragraph half as long without losing any fact:

The library will be closed for refurbishment from Monday 8 July until Friday 30 August. During this time, the mobile library van will visit the market square every Tuesday and Thursday from 10am to 3pm. Books already on loan will automatically be renewed until 13 September, so there is no need to return them during the closure, and no fines will be charged. The online catalogue and e-book service will remain available throughout."""),
(0, "classification", "en", "inline", "prose", None, """Does this sentence contain a spoiler for the film? yes/no: "The twist is that the detective was the killer all along." """),
(1, "creative_writing", "en", "none", "none", None, """a four-line poem for my nan's 90th, she loves bingo and her cat Mr Biggles"""),
(1, "general_qa", "en", "none", "none", None, """Which kind of pan should I buy first: cast iron, stainless or non-stick? I cook most nights, mostly eggs and stir-fries"""),
(0, "classification", "en", "before", "list", None, """Sort these into conductors and insulators: copper, rubber, glass, aluminium, wood, graphite, plastic, silver"""),
(1, "open_qa", "en", "none", "none", None, """why is graphite a conductor when diamond isn't? they're both carbon"""),
(0, "summarization", "en", "before", "log", None, """summarize what went wrong, 2 sentences max:

10:02:11 payment-svc INFO  charge requested order=8812 amount=49.00
10:02:11 payment-svc INFO  calling provider /v2/charges
10:02:41 payment-svc WARN  provider timeout after 30000ms
10:02:41 payment-svc INFO  retrying (1/2)
10:03:11 payment-svc WARN  provider timeout after 30000ms
10:03:11 payment-svc INFO  retrying (2/2)
10:03:12 payment-svc INFO  provider response 201 charge_id=ch_91ab
10:03:12 payment-svc INFO  provider response 201 charge_id=ch_91ac
10:03:12 order-svc   ERROR duplicate charge detected for order=8812"""),
(1, "open_qa", "en", "after", "log", None, """10:02:41 payment-svc WARN  provider timeout after 30000ms
10:02:41 payment-svc INFO  retrying (1/2)
10:03:12 payment-svc INFO  provider response 201 charge_id=ch_91ab
10:03:12 payment-svc INFO  provider response 201 charge_id=ch_91ac
10:03:12 order-svc   ERROR duplicate charge detected for order=8812

How do we stop retries causing double charges like this? I've heard of idempotency keys but not sure how they'd work here."""),
(1, "creative_writing", "en", "none", "none", None, """Write a bedtime story for a 5-year-old about a snail who wants to win a race.
- 250-300 words
- the snail does NOT win, but the ending is still happy
- include a repeated line the child can say along
- gentle, slow rhythm, nothing scary
- no talking cars or trains"""),
(0, "summarization", "en", "after", "story", None, """Once there was a snail called Pip who wanted to win the Great Garden Race. Every morning he practised on the wall. 'Slow and steady,' he said, 'slow and steady.' On race day, the beetle zoomed ahead, and the ant, and even the worm. Pip kept going. By the time he reached the finish line, everyone had gone home for tea, except the ladybird, who had waited, and had saved him a leaf. 'You finished,' she said. Pip thought that was even better than winning.

sum this up in one sentence for the back of my kid's homemade book"""),
(1, "general_qa", "en", "none", "none", None, """What are the main things to check before signing a freelance contract? I'm a translator, first big client."""),
(0, "classification", "en", "before", "prose", None, """Which of these contract clauses are about payment? Give the clause numbers only.

1. The Translator shall deliver the translated text by the agreed deadline.
2. Invoices are payable within 30 days of receipt.
3. Late payment will incur interest at 8% above base rate.
4. The Client owns the copyright in the translation upon full payment.
5. Either party may terminate with 14 days' written notice.
6. A kill fee of 50% applies if the Client cancels after work has begun."""),
(1, "open_qa", "en", "after", "prose", None, """4. The Client owns the copyright in the translation upon full payment.
6. A kill fee of 50% applies if the Client cancels after work has begun.

Is clause 4 normal for translators? Does it mean I can't put the translation in my portfolio? And is 50% a fair kill fee or low?"""),
(0, "classification", "en", "inline", "prose", None, """mood of "rain again. the bus was late. forgot my lunch." - pick: cheerful, fed up, anxious"""),
(1, "creative_writing", "en", "inline", "prose", None, """Make this into a funny 4-line poem: "rain again. the bus was late. forgot my lunch." """),
(0, "summarization", "en", "none", "none", None, """Summarize the plot of the film Up in 3 lines"""),
(1, "open_qa", "en", "none", "none", None, """What's the opening montage of Up trying to say about grief and adventure? why do people cry at it?"""),
(1, "general_qa", "en", "none", "none", None, """overview of how to start composting in a small garden? I have a 2x3m patch and a lazy attitude"""),
(0, "classification", "en", "before", "list", None, """Compost bin or general waste? eggshells, meat scraps, coffee grounds, plastic-lined teabags, grass cuttings, dog poo, cardboard"""),
(0, "summarization", "en", "after", "email", "RW-p076", """Dear Residents,

Following our annual review, I am writing to inform you that rents at Harcourt House will increase from 1 September. The increase reflects rising costs of insurance, maintenance and service charges, which have gone up by around 18% over the past year.

For one-bedroom flats, rent will rise from 950 to 1,045 per month. For two-bedroom flats, rent will rise from 1,250 to 1,390 per month. Parking permits will increase from 40 to 55 per month. The bicycle store will remain free.

As part of this change, we will be introducing a new online portal for maintenance requests from 1 August, replacing the current phone line. We are also pleased to confirm that the roof repairs on the east side will be completed before winter.

Tenants on fixed-term agreements ending after 1 September will not see the increase until their renewal date. If you have any questions, please contact the management office by 15 August.

Kind regards,
Harcourt Property Management

Summarise this for our tenants' WhatsApp group. Format: a small table (Item | Now | From Sept), then 3 bullets for the other changes. Under 100 words. Neutral, no commentary."""),
(1, "general_qa", "en", "after", "email", "RW-p076", """Dear Residents,

Following our annual review, I am writing to inform you that rents at Harcourt House will increase from 1 September. The increase reflects rising costs of insurance, maintenance and service charges, which have gone up by around 18% over the past year.

For one-bedroom flats, rent will rise from 950 to 1,045 per month. For two-bedroom flats, rent will rise from 1,250 to 1,390 per month. Parking permits will increase from 40 to 55 per month.

As part of this change, we will be introducing a new online portal for maintenance requests from 1 August, replacing the current phone line. Tenants on fixed-term agreements ending after 1 September will not see the increase until their renewal date. If you have any questions, please contact the management office by 15 August.

Kind regards,
Harcourt Property Management

I chair our tenants' association (about 60 flats). Most of us are on rolling contracts. How should we respond as a group? What should we ask for, what leverage do we actually have, and should we write one letter or get everyone to write individually?"""),
(0, "classification", "en", "before", "chat", None, """Detect the intent of each customer message. Return JSON: {"1": "...", "2": "...", ...}. Allowed intents: track_order, return_item, change_address, product_question, complaint, other.

1. "where's my parcel, ordered Monday"
2. "the jumper is too small can I send it back"
3. "does the blue one come in XL?"
4. "I moved house, please send to my new address: it's the same street but no. 14"
5. "this is the third time my order has been late, really not happy"
6. "do you sponsor local football teams?"
7. "is the jacket waterproof or just water resistant"
8. "tracking says delivered but nothing here" """),
(1, "creative_writing", "en", "none", "none", None, """Help me write my wedding vows.
- 1 to 1.5 minutes spoken (about 150-200 words)
- we met at a climbing wall, he caught me when my rope slipped (literally)
- I want one funny line about his terrible sense of direction
- promises should be specific, not 'I'll always love you' stuff
- no mention of God, no 'soulmate', no 'completes me'
- end with a short line I can say while looking at him, under 10 words"""),
(0, "summarization", "en", "after", "prose", None, """Sleep is not a single state but a cycle of stages that repeats roughly every 90 minutes. Light sleep gives way to deep, slow-wave sleep, which is thought to be important for physical recovery and for consolidating some kinds of memory. Rapid eye movement (REM) sleep, when most vivid dreaming happens, becomes longer in the later cycles of the night, which is one reason cutting your sleep short in the morning affects mood and learning more than you might expect. Adults generally need between seven and nine hours, although a small number of people carry genetic variants that let them function well on less. The timing of sleep matters as well as its length: the body's internal clock is set mainly by light, and bright light in the evening, including from screens, can delay the release of melatonin. Caffeine has a half-life of around five hours, so an afternoon coffee can still be affecting you at bedtime. Alcohol may help people fall asleep faster, but it fragments sleep later in the night and suppresses REM.

Key points please: exactly 5 bullets, each under 15 words, no intro line."""),
(1, "open_qa", "en", "none", "none", None, """Explain the difference between weather and climate. Rules:
1. Maximum 120 words.
2. Include one everyday analogy (not the 'mood vs personality' one, everyone uses that).
3. End with one sentence on why a cold winter doesn't disprove global warming.
4. No bullet points, one paragraph only."""),
(0, "summarization", "en", "before", "prose", None, """TL;DR in under 280 characters, I want to tweet it:

We surveyed 3,100 secondary school teachers across England on their use of generative AI tools. 61% reported using such tools at least once a month, most often for lesson planning (48%) and creating differentiated worksheets (39%). Only 12% had received any formal training. Teachers who had received training were significantly more likely to report checking AI outputs for accuracy (83% vs 51%). We recommend that training be integrated into existing CPD programmes."""),
(0, "classification", "en", "before", "verse", "RW-p077", """Who is the speaker addressing in this poem: a person, a place, or an object? One word.

You kept us dry for forty winters,
held the damp back with your bricks,
let the wind in only through your letterbox
like a rumour.
You heard every argument we had
and never took a side.
Now there's a sign in your window,
your rooms smell of paint and strangers,
and I have come to say goodbye
to your crooked stair,
your hallway that was always too cold,
the mark on your kitchen door
where we measured the children
and then stopped measuring them.
Be good to whoever comes.
Creak for them, the way you creaked for us,
so they know when someone's coming home."""),
(1, "creative_writing", "en", "before", "verse", "RW-p077", """Write a response poem, from the house's point of view, answering this one. Same free-verse style, similar length, and mention the measuring marks on the door.

You kept us dry for forty winters,
held the damp back with your bricks,
let the wind in only through your letterbox
like a rumour.
You heard every argument we had
and never took a side.
Now there's a sign in your window,
your rooms smell of paint and strangers,
and I have come to say goodbye
to your crooked stair,
your hallway that was always too cold,
the mark on your kitchen door
where we measured the children
and then stopped measuring them.
Be good to whoever comes.
Creak for them, the way you creaked for us,
so they know when someone's coming home."""),
(0, "summarization", "en", "after", "transcript", None, """[voicemail, 1:42] Hi, it's Mr Adeyemi from Hollybank Primary, I'm calling about Zara. Nothing to worry about at all, she's fine. I just wanted to let you know that she's been picked for the county maths challenge, which is on Saturday the 12th at Riverside High, from nine till about one. She'll need a packed lunch and a calculator, a normal one, not a scientific one. We'll need the consent form back by Wednesday, it's in her book bag. Also, and this is a separate thing, she mentioned she's been finding it hard to see the whiteboard, so it might be worth getting her eyes checked. Okay, give me a call back on the school number if you've got any questions. Thanks, bye.

key points from this voicemail as a checklist"""),
(1, "general_qa", "en", "none", "none", None, """Plan a 10-day Japan itinerary for two people in late October, first time there.
Constraints:
- fly into Tokyo, fly out of Osaka
- we like food, walking, and gardens; not into nightlife or theme parks
- one day must be a proper rest day
- budget mid-range, we'll use a JR pass only if it's worth it (tell me)
Output: a table with Day | Base city | Morning | Afternoon | Evening. Then max 5 bullets of practical tips. Under 450 words total."""),
(0, "classification", "en", "before", "list", None, """Genre-tag each blurb. Allowed: fantasy, sci-fi, crime, romance, horror, historical, literary. One tag per line, numbered.

1. A retired detective is drawn back for one last case when a body washes up in her home village.
2. On a colony ship, the AI that runs life support begins lying to the crew.
3. In Tudor London, a glovemaker's apprentice is caught up in a plot against the queen.
4. Two rival bakers are forced to share a shop for a summer and find more than flour between them.
5. A young witch must steal back her voice from the sea king who bought it.
6. Something is living in the walls of the new house, and it knows the children's names.
7. Over a single day, a man walks across Dublin and thinks about his marriage.
8. A hacker in a drowned future Shanghai discovers her own memories have been edited.
9. After a murder at a country wedding, every guest has something to hide.
10. Two letters, fifty years apart, connect a soldier and a girl who reads them."""),
(1, "creative_writing", "en", "none", "none", None, """Write a very short horror story told only in dialogue between two people on a phone call. No narration, no tags like 'he said'. Under 250 words. The scare should come from something one of them says without realising."""),
(0, "summarization", "en", "before", "reviews", "RW-p078", """Summarise these headphone reviews as a pros/cons table (two columns), max 5 rows. Only include points mentioned by at least two reviewers.

1. "Noise cancelling is fantastic on the train. Battery lasts forever. Bit tight on my big head."
2. "Sound is warm, lots of bass. The app is awful and keeps disconnecting."
3. "Battery easily 30 hours. ANC good but not as good as my old Sonys."
4. "Clamping force is too strong, headache after 2 hours."
5. "Love the ANC. The touch controls are too sensitive, I keep pausing by accident."
6. "Great value. App is clunky."
7. "Bass-heavy, which I like. Comfortable for me."
8. "Touch controls drive me mad. Otherwise great."
9. "Battery life is the best thing about them." """),
(1, "general_qa", "en", "after", "reviews", "RW-p078", """1. "Noise cancelling is fantastic on the train. Battery lasts forever. Bit tight on my big head."
2. "Sound is warm, lots of bass. The app is awful and keeps disconnecting."
3. "Battery easily 30 hours. ANC good but not as good as my old Sonys."
4. "Clamping force is too strong, headache after 2 hours."
5. "Love the ANC. The touch controls are too sensitive, I keep pausing by accident."
6. "Great value. App is clunky."

These are reviews for the cheaper pair (99 pounds). The Sony ones are 279. I commute 90 minutes each way on a noisy train and I wear glasses. Which should I get, and is the difference worth 180 quid for me specifically?"""),
(0, "classification", "en", "after", "story", "RW-p079", """Jane had resolved, upon arriving at Thornfield, to dislike Mr Rochester as thoroughly as he evidently disliked her. It was not difficult. He was rude at dinner, contemptuous of her drawings, and sent her out into the rain to fetch a book he then claimed not to want. She told him, on the third evening, that she had met more gracious manners in a cattle market. He laughed for the first time. She found, to her annoyance, that she had rather liked the sound, and resolved to dislike him more.

By the end of the month they were arguing every night by the library fire, about Milton and God and whether it was ever right to lie, and she could not sleep afterwards, and she told herself it was the coffee.

Which trope best fits my fic: enemies-to-lovers, fake dating, hurt/comfort, or second-chance romance? one answer"""),
(1, "creative_writing", "en", "after", "story", "RW-p079", """Jane had resolved, upon arriving at Thornfield, to dislike Mr Rochester as thoroughly as he evidently disliked her. It was not difficult. He was rude at dinner, contemptuous of her drawings, and sent her out into the rain to fetch a book he then claimed not to want. She told him, on the third evening, that she had met more gracious manners in a cattle market. He laughed for the first time. She found, to her annoyance, that she had rather liked the sound, and resolved to dislike him more.

Rewrite this as a modern AU: Jane is a temp PA at a failing architecture firm in Leeds and Rochester is the burnt-out founder. Keep the banter and the 'resolved to dislike him more' beat. 250 words, present day slang kept light."""),
(0, "summarization", "en", "after", "email", "RW-p080", """Subject: Changes to the company pension scheme from April

Hi everyone,

From 1 April we're making some changes to our workplace pension. At the moment, you contribute 5% of your salary and the company contributes 3%. From April, the company contribution goes up to 5% if you contribute at least 5%, and to 6% if you contribute 7% or more.

We're also introducing salary sacrifice. This means your contribution is taken from your salary before tax and National Insurance, rather than afterwards. For most people this increases take-home pay slightly for the same pension contribution. You'll be moved to salary sacrifice automatically unless you opt out by 15 March. Salary sacrifice may not be suitable if your earnings are close to the National Minimum Wage, or if you're planning to apply for a mortgage soon, since some lenders look at your reduced salary.

Finally, the default fund is changing from the Balanced Growth Fund to the Sustainable Global Equity Fund. Existing savings will stay where they are unless you choose to move them.

Any questions, speak to HR.

Thanks,
People Team

What's actually changing? Give me an old vs new table, plus one line on what I need to do and by when."""),
(1, "general_qa", "en", "after", "email", "RW-p080", """From 1 April we're making some changes to our workplace pension. At the moment, you contribute 5% of your salary and the company contributes 3%. From April, the company contribution goes up to 5% if you contribute at least 5%, and to 6% if you contribute 7% or more.

We're also introducing salary sacrifice. You'll be moved to salary sacrifice automatically unless you opt out by 15 March. Salary sacrifice may not be suitable if you're planning to apply for a mortgage soon, since some lenders look at your reduced salary.

I'm on 32k, 29, and we're hoping to buy a flat in about 8 months. Should I go up to 7% to get the 6% match? And should I opt out of salary sacrifice because of the mortgage thing, or is that overblown?"""),
(0, "classification", "en", "before", "list", None, """Which of these sentences are in the passive voice? Give the numbers.

1. The window was broken by the storm.
2. The children broke the window.
3. Mistakes were made.
4. She has written three novels.
5. The cake is being decorated now.
6. We will announce the winners tomorrow.
7. The winners will be announced tomorrow.
8. He got promoted last year."""),
(1, "creative_writing", "en", "none", "none", None, """Screenplay format please: a 1-page scene where an elderly cat confronts the new robot vacuum at 3am. The cat talks, the Roomba only beeps. Include scene heading, action lines, and at least one parenthetical. Funny."""),
(0, "summarization", "en", "before", "notes", None, """Cut these minutes down to the actions only, as "Owner - action - deadline". Drop everything else.

Present: Amy, Rich, Sunil, Hope
1. Website relaunch: discussed the three designs. Most preferred option B. Amy to send feedback to the agency by 3 May.
2. Volunteer numbers are down again. Long discussion about why. Rich suggested a social evening. Rich to book the back room at the Fox for a date in May.
3. Treasurer's report: balance 4,210. Hope noted the insurance renewal is due in June. Hope to get two quotes by 20 May.
4. AOB: Sunil raised the broken shed lock. No one has a spare key. Sunil will buy a new lock this week.
Next meeting: 6 June."""),
(1, "general_qa", "en", "none", "none", None, """I'm moving to Berlin from the UK for a job in 6 weeks. List what I need to do, in order (Anmeldung, tax ID, bank account, health insurance etc.). Numbered list, each step with: what it is, why you need it before the next step, roughly how long it takes. No more than 10 steps."""),
(0, "classification", "en", "after", "notes", "RW-p081", """It's been a year since the accident and I thought I'd be past this by now. Instead I'm furious. Furious at the driver, who got a fine and six points, as if that's what a life is worth. Furious at the insurance people with their forms. Furious at my friends for getting on with their lives, at my sister for saying 'he'd want you to be happy', at myself for shouting at her. I went to the cemetery on Sunday and I didn't cry, I just stood there wanting to break something. I don't recognise myself.

For my grief group worksheet: which stage of the Kübler-Ross model does this entry mostly sound like? (denial, anger, bargaining, depression, acceptance) One word."""),
(1, "open_qa", "en", "after", "notes", "RW-p081", """It's been a year since the accident and I thought I'd be past this by now. Instead I'm furious. Furious at the driver, who got a fine and six points, as if that's what a life is worth. Furious at the insurance people with their forms. Furious at my friends for getting on with their lives, at my sister for saying 'he'd want you to be happy', at myself for shouting at her. I don't recognise myself.

Is it normal to feel this angry a whole year later? Is the 'five stages' thing even real, or is grief not like that? I'm not asking for therapy, I just want to understand."""),
(0, "classification", "en", "inline", "prose", None, """Is this review fake-sounding? y/n: "Best product ever!!!! Changed my life!!! Buy now!!!!! 5 stars!!!!!" """),
(1, "open_qa", "en", "none", "none", None, """how do sites like Amazon detect fake reviews?"""),
(1, "creative_writing", "en", "none", "none", None, """A two-sentence horror story set in a dentist's waiting room."""),
(0, "summarization", "en", "none", "none", None, """recap season 1 of Stranger Things in 5 bullet points"""),
(1, "general_qa", "en", "none", "none", None, """describe the ideal morning routine for someone who works night shifts"""),
(0, "classification", "en", "before", "list", None, """which are vowels in Welsh? a, b, w, y, c, e"""),
(1, "creative_writing", "en", "none", "none", None, """Write a one-paragraph villain monologue for a cartoon pigeon who wants to steal every chip on Brighton pier."""),
(0, "classification", "en", "inline", "email", None, """From: noreply@bank-alerts.co | "We've noticed a login from a new device. If this was you, ignore this message." | legit notification or phishing? one word"""),
(1, "open_qa", "en", "none", "none", None, """What's the main idea of 'Sapiens' by Harari, and what do historians criticise about it?"""),
(0, "summarization", "en", "none", "none", None, """Give me a short recap of what Sapiens by Harari covers, chapter section by section, 4 lines"""),
(1, "general_qa", "en", "none", "none", None, """What kind of laptop do I need for basic video editing? under 900 quid"""),
(0, "classification", "en", "before", "form", None, """Laptop spec below. Category: budget, mid-range or high-end?

CPU: Ryzen 5 7530U | RAM: 16GB | Storage: 512GB SSD | Screen: 15.6" 1080p | GPU: integrated | Price: 549"""),
(1, "creative_writing", "en", "none", "none", None, """write a short motivational message for my running club's WhatsApp before the half marathon on Sunday. no clichés about 'the only bad run', 3-4 sentences"""),
(0, "summarization", "en", "before", "chat", None, """summary pls:
coach: reminder, half marathon Sunday, start 9am, be at the pens by 8:30
coach: bag drop closes 8:15
coach: meeting point after is the big oak by the finish
mel: is there parking?
coach: no, park and ride from the stadium, buses every 10 min from 7"""),
(1, "open_qa", "en", "none", "none", None, """Why do we hit 'the wall' in marathons? what's actually happening in the body"""),
(0, "classification", "en", "before", "list", None, """Which of these are marathon distances, half marathon or neither? 42.2km, 21.1km, 10km, 26.2 miles, 13.1 miles, 5k"""),
(0, "summarization", "en", "before", "prose", None, """Shorten this 'About the artist' text to exactly 2 sentences for the exhibition label. Keep the dates and the materials.

Born in 1958 in a mining village in South Wales, Eira Morgan trained as a textile designer before turning to sculpture in her forties. Her work uses materials salvaged from closed collieries: pit-prop timber, winding cable, the enamel signs that once marked shafts and tunnels. She has described her practice as 'listening to what the objects remember'. This exhibition brings together twenty pieces made between 2004 and 2023, including the large suspended work 'Cage', made from the lift cage of a pit that closed in 1989, the year her father retired from it."""),
(0, "classification", "en", "before", "list", None, """Label each sentence as a claim that needs a citation (CITE) or common knowledge (OK). Context: a GCSE history essay.

1. The First World War began in 1914.
2. Over 60% of British soldiers who were executed for desertion were suffering from shell shock.
3. Trenches were dug along the Western Front.
4. The Battle of the Somme was the bloodiest day in British military history.
5. Rationing was introduced in Britain in 1918.
6. Most soldiers spent only about a week at a time in the front-line trench."""),
(1, "creative_writing", "en", "none", "none", None, """I run a small second-hand bookshop and want a chalkboard sign for outside. Give me 8 options, each max 12 words, a bit witty, no puns on 'novel' or 'booked', and at least two that mention the rain since we're in Manchester."""),
(0, "summarization", "en", "after", "transcript", None, """Doctor: So the blood tests are back. Your iron is low, which fits with the tiredness you've been describing. Your thyroid is normal, and your vitamin D is a little low, which is very common this time of year.
Patient: So what does that mean?
Doctor: I'm going to prescribe iron tablets, one a day for three months. Take them with orange juice rather than tea, because tea stops you absorbing the iron. They can make you a bit constipated, so drink plenty of water. For the vitamin D, you can buy a supplement over the counter, 10 micrograms a day, through the winter.
Patient: And then?
Doctor: We'll repeat the blood test in three months. If your iron's still low, we'll look into why. Book that with reception on your way out.

I was flustered in the appointment. Summarise what the doctor told me to do as a numbered list."""),
(1, "open_qa", "en", "after", "transcript", None, """Doctor: So the blood tests are back. Your iron is low, which fits with the tiredness you've been describing. Your thyroid is normal, and your vitamin D is a little low.
Doctor: I'm going to prescribe iron tablets, one a day for three months. Take them with orange juice rather than tea.

Why does orange juice help and tea hurt iron absorption? And what are the common reasons a woman in her 30s would be low on iron in the first place?"""),
(1, "general_qa", "en", "none", "none", None, """I'm a secondary school teacher. Give me a lesson plan for a 50-minute Year 9 lesson on persuasive writing.
Format:
| Time | Activity | Teacher does | Students do |
Requirements: starter under 5 min, one pair activity, one individual writing task, a plenary. Differentiation notes for one SEN student with dyslexia (3 bullets under the table). No worksheets that need printing."""),
(0, "classification", "en", "before", "email", None, """Sort these messages from my inbox into: reply today, reply this week, no reply needed. Format: letter - bucket.

A) "Can you confirm you're still OK to present at 10am tomorrow?"
B) "Monthly newsletter: what's new in the product"
C) "Could you review my draft when you get a chance? No rush, deadline is end of month."
D) "Your parcel has been delivered."
E) "The client just asked for the revised quote by end of day, can you send it?"
F) "Thanks for yesterday, really useful session!" """),
(1, "general_qa", "en", "none", "none", None, """what kind of questions should I ask at the end of a job interview so I don't look clueless?"""),
(0, "summarization", "en", "before", "story", "RW-p082", """in a nutshell, what happens in this?

The last night of the fair, the fortune teller packed up early. She'd seen something in a girl's palm that she didn't like, and she'd lied about it, and the lie sat in her stomach like a stone. She drove her caravan out of town at midnight and got three miles before she turned round. The girl was still at the waltzer, laughing with her friends. The fortune teller walked up, took her hand again, and told her the truth, which was that she would be very happy and it would not last, and that she should not waste a single day of it. The girl looked at her for a long time, then hugged her, which no customer had done in thirty years."""),
(1, "open_qa", "en", "after", "story", "RW-p082", """The last night of the fair, the fortune teller packed up early. She'd seen something in a girl's palm that she didn't like, and she'd lied about it, and the lie sat in her stomach like a stone. She drove her caravan out of town at midnight and got three miles before she turned round. The girl was still at the waltzer, laughing with her friends. The fortune teller walked up, took her hand again, and told her the truth, which was that she would be very happy and it would not last, and that she should not waste a single day of it. The girl looked at her for a long time, then hugged her, which no customer had done in thirty years.

Why does the girl hug her? I wrote this but my writing group all read it differently, I'm curious how you interpret it."""),
(0, "classification", "en", "inline", "prose", None, """"The new policy will be rolled out to all staff next quarter." -- corporate jargon score, low/medium/high?"""),
(1, "creative_writing", "en", "inline", "prose", None, """Rewrite "The new policy will be rolled out to all staff next quarter." as something a normal human would say in a team chat"""),
(0, "summarization", "en", "after", "code", None, """/**
 * Retries an async function with exponential backoff.
 * @param fn        the function to call
 * @param retries   max number of attempts (default 3)
 * @param baseMs    initial delay in ms (default 200), doubled after each failure
 * @param jitter    if true, adds up to 100ms of random delay to each wait
 * @throws the last error if all attempts fail
 */
export async function withRetry(fn, retries = 3, baseMs = 200, jitter = true) { ... }

summarize this docstring in one sentence for the README's API list"""),
(0, "classification", "en", "before", "list", None, """Risk level for each password, weak/ok/strong:
- password123
- Tr0ub4dor&3
- correct horse battery staple
- qwerty
- 9x!Lm#2pQ$vZ7"""),
(1, "open_qa", "en", "none", "none", None, """Is 'correct horse battery staple' style really better than a random 12-character password? explain the entropy maths"""),
(0, "summarization", "en", "after", "list", None, """packing list for the festival:
tent, sleeping bag, roll mat, pillow (inflatable), head torch, spare batteries, power bank x2, phone charger, wellies, trainers, 4 t-shirts, 2 jumpers, waterproof jacket, shorts, jeans, socks x6, pants x6, sunscreen, suncream (again?), toothbrush, toothpaste, wet wipes x3 packs, loo roll, bin bags, hand sanitiser, cash, tickets, ID, paracetamol, plasters, earplugs, sunglasses, hat, bucket hat, bottle opener, reusable cup, snacks

group this into 5 categories so I can pack it in labelled bags. keep every item, remove the duplicates"""),
(1, "general_qa", "en", "after", "list", None, """tent, sleeping bag, roll mat, head torch, power bank x2, wellies, 4 t-shirts, 2 jumpers, waterproof jacket, sunscreen, wet wipes, loo roll, cash, tickets, earplugs, snacks

First festival, 4 nights, forecast says rain on 2 days. What have I forgotten? Anything I'm bringing that's pointless?"""),
(0, "classification", "en", "before", "table", None, """Which rows in this table look like data entry errors? Give the row numbers only.

| Row | Name | Age | Height (cm) | Country |
| 1 | A. Patel | 34 | 172 | UK |
| 2 | B. Silva | 341 | 168 | Brazil |
| 3 | C. Novak | 29 | 18.5 | Czechia |
| 4 | D. Kim | 45 | 160 | South Korea |
| 5 | E. Moreau | -2 | 175 | France |"""),
(1, "creative_writing", "en", "none", "none", None, """a motto for a school chess club, Latin-sounding but actually English, funny"""),
(1, "open_qa", "en", "none", "none", None, """What's the key idea of opportunity cost? give a real-life example"""),
(0, "summarization", "en", "before", "prose", None, """Key idea of this in one sentence:

Every choice has a hidden price: the value of the best thing you gave up to make it. If you spend Saturday working an extra shift for 80 pounds, the cost is not just your tiredness but the day at the beach with friends that you didn't have. Economists call this opportunity cost, and they argue that it, rather than the price tag, is the true cost of anything."""),
(1, "general_qa", "en", "none", "none", None, """My 14 year old wants a phone with no limits like her friends. Outline a fair phone agreement we could both sign. Keep it short, bullet points, and include what happens if rules get broken."""),
(0, "classification", "en", "before", "list", None, """Which of these agreement rules are about screen time and which about safety? Label T or S.
1. Phone stays downstairs after 9pm.
2. No sharing your location with people you haven't met.
3. Max 2 hours of social media on school days.
4. Tell a parent if someone asks for photos.
5. No phones at the dinner table."""),
(1, "creative_writing", "en", "none", "none", None, """Write a short fable (under 200 words) with animals that teaches the idea of opportunity cost without ever using the phrase. End with a one-line moral in italics."""),
(0, "summarization", "en", "after", "prose", None, """A fox found two paths through the wood. One led to a henhouse, where the farmer's dog was sleeping; the other led to a field of ripe blackberries. The fox stood at the fork so long, weighing hens against berries, that the sun rose, the dog woke, and the birds ate all the fruit. He went home hungry.

what's this fable about in one line"""),
(1, "open_qa", "en", "none", "none", None, """Which kind of logical fallacy is 'if we let students redo one test, soon they'll want to redo every exam and grades will mean nothing'? Explain why it's a fallacy."""),
(0, "classification", "en", "before", "list", None, """Name the fallacy in each, choosing from: slippery slope, ad hominem, straw man, false dilemma, appeal to authority.

a) You can't trust his view on tax, he's been divorced twice.
b) Either you support the bypass or you want the town to die.
c) A famous actor says this diet works, so it must.
d) She wants fewer cars in the centre, so she obviously wants to ban all cars.
e) If we allow one food truck, soon the whole square will be a car park for vans."""),
]
