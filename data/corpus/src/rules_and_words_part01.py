# writer rules_and_words, part 01. Each item written by hand.
ITEMS = [
(1, "open_qa", "en", "none", "none", "RW-p001", """give me an overview of the french revolution, like causes, main phases, how it ended"""),
(0, "summarization", "en", "before", "prose", "RW-p001", """Give me an overview of this passage, 3 bullet points max:

The French Revolution began in 1789 amid a fiscal crisis that the monarchy could not resolve. When Louis XVI summoned the Estates-General, the Third Estate broke away and declared itself a National Assembly. Within weeks the Bastille had fallen, feudal privileges were abolished on paper, and the Declaration of the Rights of Man set out a new language of citizenship. The years that followed brought war with Austria and Prussia, the execution of the king, and the Terror under the Committee of Public Safety, before a reaction in 1794 and the more conservative Directory. The period is usually said to close with Bonaparte's coup of 1799."""),
(1, "open_qa", "en", "none", "none", "RW-p002", """What are the main ideas of behavioural economics? Keep it to the big five or so, I'm new to it."""),
(0, "summarization", "en", "after", "prose", "RW-p002", """Behavioural economics starts from the observation that people do not behave like the perfectly rational agents of classical models. We use rules of thumb, or heuristics, which usually work but lead to predictable errors. We weigh losses more heavily than equal gains, a pattern called loss aversion. We are swayed by how a choice is framed, by defaults we never change, and by anchors such as the first price we see. We also discount the future steeply, preferring a small reward now to a larger one later, which helps explain undersaving and procrastination. Policy designers have used these findings to build 'nudges', like automatic enrolment in pension schemes.

what are the main ideas in the text above? bullet list pls"""),
(1, "general_qa", "en", "none", "none", "RW-p003", """what kind of dog suits a small flat? I'm out of the house 3 days a week"""),
(0, "classification", "en", "before", "list", "RW-p003", """What kind of dog is each of these, by breed group (toy, terrier, hound, working, herding, sporting)? Just name + group, one per line.

Chihuahua
Beagle
Border Collie
Jack Russell
Siberian Husky
Golden Retriever"""),
(1, "creative_writing", "en", "none", "none", "RW-p004", """Outline a fantasy novel about a cartographer who draws maps of places that don't exist yet, and then they start to appear. Three acts, chapter-level beats."""),
(0, "summarization", "en", "after", "story", "RW-p004", """The ferry stopped running in October, so Mara walked the causeway at low tide every Thursday to bring her grandmother groceries. The old woman never thanked her. She only asked about the weather on the mainland, as if it were a foreign country. One Thursday Mara found the cottage empty, the stove cold, and a letter on the table addressed to her in handwriting she didn't recognise. It said the tide tables she had been using were wrong, had always been wrong, and that her grandmother had been walking out each night to move the marker stones so Mara would never be caught by the water. Mara sat down and waited. At dusk she heard footsteps on the shingle and the sound of stones being dragged.

Outline this story for me: the beats in order, one short line each."""),
(0, "classification", "en", "before", "verse", "RW-p005", """What's the mood of this poem? One or two words is fine.

The kettle clicks off in the other room
and no one gets up.
Your mug is still on the hook by the window,
the one with the chipped blue handle,
and I have not moved it
because moving it would mean
deciding something.
Outside, the neighbour's boy is learning
to ride without stabilisers,
falling, getting up, falling,
his father's voice saying again, again."""),
(1, "open_qa", "en", "after", "verse", "RW-p005", """The kettle clicks off in the other room
and no one gets up.
Your mug is still on the hook by the window,
the one with the chipped blue handle,
and I have not moved it
because moving it would mean
deciding something.
Outside, the neighbour's boy is learning
to ride without stabilisers,
falling, getting up, falling,
his father's voice saying again, again.

I wrote this a while ago and a friend said the ending 'doesn't belong'. What do you think the boy on the bike is doing in the poem, and how does he connect to the mug?"""),
(1, "open_qa", "en", "none", "none", None, """in a nutshell, what is quantum entanglement"""),
(0, "classification", "en", "inline", "prose", None, """Is this spam? "URGENT: your parcel is on hold, pay the 1.99 fee at parcel-redeliver.info to release it" """),
(1, "creative_writing", "en", "none", "none", None, """list 10 names for my bakery. it's tiny, in a former bike shop, mostly sourdough"""),
(0, "summarization", "en", "none", "none", None, """Summarize the plot of Moby-Dick in three lines."""),
(1, "open_qa", "en", "none", "none", None, """key points of keynesian economics vs monetarism?"""),
(0, "classification", "en", "inline", "reviews", None, """sentiment (pos/neg/neutral): "meh. it arrived. it works. that's about it." """),
(1, "creative_writing", "en", "none", "none", None, """Describe a harbour at dawn in under 60 words. No gulls, no 'golden', no 'glistening'."""),
(0, "classification", "en", "before", "list", None, """Which of these are mammals: bat, trout, seal, gecko, platypus, penguin"""),
(1, "general_qa", "en", "none", "none", None, """Summarize your best advice for someone starting as a manager next Monday."""),
(0, "summarization", "en", "before", "chat", None, """tldr this thread pls

Jonah: did anyone book the room for thursday
Priya: I thought you were doing it
Jonah: I said I'd do the slides not the room
Kel: ok I'll book it, 2pm?
Priya: 2 is bad for me, 3?
Kel: 3 it is, room 4B
Jonah: legend"""),
(1, "open_qa", "en", "none", "none", "RW-p006", """What kind of animal is a pangolin, and why does it get mentioned so much in conservation news?"""),
(0, "classification", "en", "before", "list", "RW-p006", """What kind of animal is each one? Put them under mammal, reptile, bird or amphibian.

pangolin, axolotl, cassowary, tuatara, echidna, salamander"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short story for children aged 8 to 10. Follow all of these rules:

1. Length: 400 to 500 words, no more.
2. Main character: a hedgehog called Button who is afraid of the dark.
3. Setting: a community allotment in late autumn.
4. There must be exactly one other named character.
5. The problem is solved by Button, not by an adult or a magic object.
6. Use simple sentences, but include three words a child might need to look up, and do not explain them.
7. End with a line of dialogue.

Do: keep it gentle, include some sound words (crunch, drip, rustle).
Don't: mention phones or screens, use the word 'suddenly', or add a moral at the end spelled out for the reader.

Give it a title."""),
(0, "classification", "en", "before", "list", None, """Classify each support ticket below. Output a JSON array of objects with the keys "id", "category" and "urgency".

Rules:
- category must be one of: billing, bug, feature_request, account, other
- urgency must be one of: low, medium, high
- high only if the customer cannot use the product at all or is being charged wrongly
- no explanations, no markdown fences, just the JSON

Tickets:
T-101: I was charged twice for March, please refund one of them
T-102: would be great if the export had a CSV option
T-103: the app crashes every time I open the calendar tab on Android
T-104: how do I change the email on my account?
T-105: can't log in at all since this morning, password reset email never comes
T-106: love the new icons btw"""),
(1, "open_qa", "en", "none", "none", None, """Explain how a TLS handshake works.

Audience: junior backend developers who know what HTTP is but have never looked at TLS.
Tone: friendly, a bit informal, no jokes though.
Format: exactly three sections with headers: 'Why it exists', 'The steps', 'What can go wrong'.
Length: 250-300 words total.
Do not use the words 'simply' or 'just'. Do not include code."""),
(1, "general_qa", "en", "none", "none", None, """I need a 2-week study plan for the AWS Solutions Architect Associate exam.

Constraints:
- I can study 2 hours on weekdays and 5 hours on Saturdays, nothing on Sundays
- I already know EC2, S3 and IAM fairly well
- weakest areas: networking (VPC), databases, cost optimisation

Output: a markdown table with the columns Day | Topic | Hours | What to do. After the table, max 5 bullet tips. No intro paragraph."""),
(0, "summarization", "en", "before", "transcript", "RW-p007", """Summarize this meeting for an exec who wasn't there.

Requirements:
1. Max 100 words.
2. Output JSON with the keys "summary", "decisions", "owners", "open_questions". "decisions" and "open_questions" are arrays of strings; "owners" maps a task to a first name.
3. Neutral tone, no praise words.
4. Do not invent anything that isn't in the transcript.

Transcript:
Dana: Okay, so the supplier confirmed the new packaging can't ship before the 14th.
Luis: That pushes the launch past the trade show.
Dana: Right. Options are we launch with the old boxes, or we wait.
Meera: Old boxes have the old logo. Marketing will hate that.
Luis: I'd rather launch on time. We can do a sticker over the logo.
Dana: Cost of stickers?
Meera: I can get a quote by Friday.
Dana: Fine. Provisionally we launch on time with stickers, pending Meera's quote. Luis, can you tell the trade show people we're still on?
Luis: Will do.
Meera: Who tells marketing?
Dana: I'll do that. Nobody else, please.
Luis: And are we still doing the discount code?
Dana: Park that, we'll decide next week."""),
(1, "creative_writing", "en", "after", "transcript", "RW-p007", """Dana: Okay, so the supplier confirmed the new packaging can't ship before the 14th.
Luis: That pushes the launch past the trade show.
Dana: Right. Options are we launch with the old boxes, or we wait.
Meera: Old boxes have the old logo. Marketing will hate that.
Luis: I'd rather launch on time. We can do a sticker over the logo.
Dana: Cost of stickers?
Meera: I can get a quote by Friday.
Dana: Fine. Provisionally we launch on time with stickers, pending Meera's quote. Luis, can you tell the trade show people we're still on?
Luis: Will do.
Meera: Who tells marketing?
Dana: I'll do that. Nobody else, please.

I'm Dana. Write the message I'll send to the marketing lead about the old boxes + stickers. Rules: under 150 words, warm but firm, acknowledge it's not ideal, don't apologise more than once, end with a question inviting them to a 15-min call."""),
(0, "summarization", "en", "none", "none", None, """tl;dr of the plot of Pride and Prejudice, 3 sentences"""),
(1, "open_qa", "en", "none", "none", None, """What are the main themes of The Great Gatsby and how do they reflect America in the 1920s?"""),
(0, "classification", "en", "before", "prose", None, """Tag the tone of this paragraph: formal, casual, sarcastic or urgent. One word.

"Oh wonderful, another mandatory fun day. I can't wait to build a tower out of spaghetti with people from accounts." """),
(1, "creative_writing", "en", "none", "none", None, """slogan for a library's summer reading challenge, aimed at teens, under 8 words"""),
(0, "classification", "en", "after", "list", None, """Odd one out? Mercury, Venus, Pluto, Mars, Jupiter"""),
(1, "general_qa", "en", "none", "none", None, """which kind of houseplant survives a north-facing room and a forgetful owner"""),
(0, "summarization", "en", "after", "email", None, """Hi all,

Quick update on the office move. The landlord has agreed to let us into the new floor two weeks early, from the 3rd, so IT will start cabling that week. Desks arrive on the 10th. We'll move teams in two waves: Finance and HR on the 17th, everyone else on the 24th. Please pack your personal items in the crates that will be left by your desk on the 14th, label them with your name and the new desk number (list attached), and leave monitors and keyboards where they are. Parking at the new site is limited; if you need a space, reply to Sam by Friday.

Thanks,
Facilities

what do I actually need to do? give me the short version"""),
(1, "open_qa", "en", "none", "none", None, """Describe how the immune system tells the difference between your own cells and invaders."""),
(0, "classification", "en", "inline", "prose", None, """Language detection please, just the language name: "Ik heb geen idee waar mijn sleutels zijn." """),
(1, "creative_writing", "en", "none", "none", None, """write me a limerick about a cat who thinks she runs the post office"""),
(0, "classification", "en", "before", "reviews", None, """Rate each review 1-5 stars based on how positive it sounds. Reply only with the numbers in order, comma separated.

a) Absolutely loved it, will buy again.
b) Broke after two uses. Waste of money.
c) It's okay for the price, nothing special.
d) Good but the instructions were confusing.
e) Terrible customer service, the product itself is fine."""),
(1, "general_qa", "en", "none", "none", "RW-p008", """What are the key points I should put in a wedding toast for my sister? I'm not a natural speaker."""),
(0, "summarization", "en", "after", "prose", "RW-p008", """So I've got to say something about Hannah, and the first thing is that she's always been the one who shows up. When I broke my ankle on a school trip, she was the one who got the bus across town. When I moved flats four times in two years, she carried boxes every single time and never once said 'again?'. And then she met Tom, who it turns out is exactly the same: the first time I met him he fixed my dripping tap without being asked. So I think they're going to be fine. I think they're going to be the two people everyone calls. Raise your glasses.

Can you pull out the key points of my toast draft? I want to check the structure"""),
(1, "creative_writing", "en", "none", "none", None, """Write a haiku about Monday mornings. Strict 5-7-5 please."""),
(0, "classification", "en", "before", "list", None, """Fruits or vegetables (botanically)? tomato, carrot, cucumber, potato, pepper, onion"""),
(1, "open_qa", "en", "none", "none", None, """Why is a tomato botanically a fruit but legally a vegetable in the US? where did that come from"""),
(0, "summarization", "en", "before", "log", None, """Summarise what happened in this log in one or two sentences:

2024-03-11 02:14:07 INFO  backup-job started (target=nas01)
2024-03-11 02:14:09 INFO  snapshot created vol=data size=412G
2024-03-11 02:31:55 WARN  transfer rate below threshold (12 MB/s)
2024-03-11 02:58:40 ERROR connection reset by peer (nas01:22)
2024-03-11 02:58:41 INFO  retry 1/3
2024-03-11 02:59:12 INFO  transfer resumed at offset 287G
2024-03-11 03:22:03 INFO  transfer complete, checksum OK
2024-03-11 03:22:04 INFO  snapshot removed
2024-03-11 03:22:04 INFO  backup-job finished (duration=1h07m57s)"""),
(1, "open_qa", "en", "after", "log", None, """2024-03-11 02:31:55 WARN  transfer rate below threshold (12 MB/s)
2024-03-11 02:58:40 ERROR connection reset by peer (nas01:22)
2024-03-11 02:58:41 INFO  retry 1/3

this keeps happening every night at around the same time. what could be causing the slow transfer and the reset?"""),
(0, "classification", "en", "inline", "email", None, """Hey, can you tell me if this is a phishing email or legit? yes/no and nothing else

From: support@paypa1-secure.com
Subject: Your account has been limited
Dear customer, we noticed unusual activity. Verify your identity within 24 hours or your account will be closed: http://paypa1-secure.com/verify"""),
(1, "general_qa", "en", "none", "none", None, """give me a rundown of how to get started with sourdough. no starter yet, no fancy kit"""),
(1, "creative_writing", "en", "none", "none", None, """Write a LinkedIn post announcing that I'm leaving my job at a logistics company after 9 years to retrain as a primary school teacher.

Rules:
- 120 to 180 words
- first person, sincere, no humblebrag
- no hashtags except one at the very end
- mention that I'll miss the night shift team specifically
- do NOT use the phrases 'new chapter', 'journey' or 'excited to announce'
- no emojis"""),
(0, "summarization", "en", "before", "reviews", None, """Boil these reviews of the hotel down to 3 pros and 3 cons.

"Room was spotless and the bed was huge. Breakfast was a bit sad though, same pastries every day."
"Staff went out of their way to help us with a late checkout. Walls are thin, heard the neighbours all night."
"Great location, 5 min from the station. Wifi kept dropping."
"Lovely rooftop bar. Overpriced drinks but the view makes up for it."
"Noisy. Street noise and corridor noise. Otherwise clean and comfortable."
"Front desk were brilliant when my card got blocked. Breakfast needs more variety." """),
(1, "general_qa", "en", "after", "reviews", None, """"Room was spotless and the bed was huge. Breakfast was a bit sad though, same pastries every day."
"Walls are thin, heard the neighbours all night."
"Wifi kept dropping."
"Noisy. Street noise and corridor noise."
"Breakfast needs more variety."

I manage this hotel. With a small budget (maybe 15k), what should I fix first and why?"""),
(0, "classification", "en", "before", "list", None, """which category does each expense go under: travel, meals, software, office. 
- train to Leeds 
- Figma annual plan 
- printer toner 
- lunch with client 
- taxi from airport 
- Slack subscription"""),
(1, "open_qa", "en", "none", "none", None, """main ideas of stoicism?"""),
(0, "summarization", "en", "none", "none", None, """recap the first episode of Breaking Bad in a few lines, no spoilers past ep 1"""),
(1, "open_qa", "en", "none", "none", None, """Outline the history of the printing press from Gutenberg to the industrial era."""),
(0, "summarization", "en", "after", "prose", None, """Gutenberg's press, developed in Mainz around 1450, combined movable metal type, oil-based ink and a screw press adapted from winemaking. Within fifty years presses had spread to more than two hundred European towns. Early printers produced Bibles, grammars and indulgences, but also pamphlets, and by the Reformation print had become a weapon of argument. The basic design changed little until the early nineteenth century, when iron hand presses and then steam-driven cylinder presses, such as Koenig's, multiplied output and made cheap newspapers possible.

outline the above in 4 bullets, chronological"""),
(0, "classification", "en", "after", "notes", "RW-p009", """Thursday, late.

I said I would write every night this month and here I am on day nine, already behind. Today was the kind of day that doesn't have anything wrong in it and still feels wrong. Work was fine. I finished the Hadley report, Priyanka said it was 'really clean', which from her is basically a medal. I ate lunch outside because the sun came out for about twenty minutes and all the smokers and all the non-smokers ended up on the same bench pretending not to know each other.

Then Dad called. He never calls on a Thursday. He wanted to know if I'd heard from Sam. I haven't, not since Christmas, not since the thing with the car. Dad said Sam has stopped answering him too, and that Mum is 'pretending not to worry', which means she's worrying in the way where she cleans the oven. I said I'd try. I didn't say that I've started three texts to Sam and deleted all of them because every version sounds either like an apology or like an accusation, and I don't know which one I owe him.

The thing is, I was right about the car. He shouldn't have taken it, and he shouldn't have lied about the dent. But I said things after that were not about the car. I said he'd always been the one everyone made excuses for. I said it in front of his girlfriend. I can still see her face, that little flinch, like she'd heard it before from someone else.

I went for a run after the call to stop thinking and instead thought the whole time. Around the reservoir twice. There's a heron that stands on the same post every evening and I've started to feel weirdly accountable to it, like if I skip a run it will notice.

Came home, made pasta, burned the garlic, ate it anyway. Watched half a film. Couldn't tell you what it was about.

I think what scares me is not that Sam is angry. It's that he might not be angry at all, that he might just have decided I'm not worth the effort, and that he might be right to. I used to be the person he rang when something went wrong. I don't know when that stopped. Maybe before the car. Maybe the car was just the first time either of us said it out loud.

Tomorrow I will send something. Even if it's bad. Even if it's just 'hey'.

Heron count: 1. Garlic: burned. Texts sent: 0.

---
I'm tagging my journal entries for a mood tracker app. Give this one a single mood tag from: calm, anxious, guilty, hopeful, angry, sad. Then 3 topic keywords. Format: mood: x | keywords: a, b, c"""),
(1, "general_qa", "en", "after", "notes", "RW-p009", """Thursday, late.

I said I would write every night this month and here I am on day nine, already behind. Today was the kind of day that doesn't have anything wrong in it and still feels wrong. Work was fine. I finished the Hadley report, Priyanka said it was 'really clean', which from her is basically a medal.

Then Dad called. He never calls on a Thursday. He wanted to know if I'd heard from Sam. I haven't, not since Christmas, not since the thing with the car. Dad said Sam has stopped answering him too, and that Mum is 'pretending not to worry', which means she's worrying in the way where she cleans the oven. I said I'd try. I didn't say that I've started three texts to Sam and deleted all of them because every version sounds either like an apology or like an accusation, and I don't know which one I owe him.

The thing is, I was right about the car. He shouldn't have taken it, and he shouldn't have lied about the dent. But I said things after that were not about the car. I said he'd always been the one everyone made excuses for. I said it in front of his girlfriend. I can still see her face, that little flinch, like she'd heard it before from someone else.

I think what scares me is not that Sam is angry. It's that he might not be angry at all, that he might just have decided I'm not worth the effort, and that he might be right to. I used to be the person he rang when something went wrong. I don't know when that stopped. Maybe before the car. Maybe the car was just the first time either of us said it out loud.

Tomorrow I will send something. Even if it's bad. Even if it's just 'hey'.

---
This is from my journal. Honestly, how should I approach my brother? Should I apologise for everything, or only for what I said? What would you actually send as a first message?"""),
(0, "classification", "en", "after", "story", "RW-p010", """Every evening at six, Tobias Wren climbed the iron ladder at the end of Corvid Street and lit the last lamp by hand. The rest of the city had been electric for forty years. The council had tried twice to wire this one, and twice the electricians had gone home early, pale, and asked to be reassigned.

Tobias did not mind the work. He liked the smell of the paraffin and the small ceremony of it: the hook, the glass, the match cupped against the wind. He liked, most of all, the moment after the flame caught, when the shadows at the far end of the street drew back, the way a dog backs off from a raised hand.

He had been told the rules when he took the job, by the old lamplighter, Mrs Auden, who had done it for fifty-one years. Light it before the church bell finishes six. Never let it go out before dawn. If it gutters, do not look down the street while you relight it. And if anyone, anyone at all, calls your name from the dark end, you do not answer.

For eleven years the rules had been easy. Then, on a wet Tuesday in November, the paraffin delivery did not come.

Tobias rang the supplier, who said the order had been cancelled by the council. He rang the council, who said the lamp was being decommissioned, that an electrician would be out on Thursday, and that he should stop worrying about it. He scraped together what was left in the tin. It would last, he thought, until about three in the morning.

He lit the lamp at six. He sat on the step of the boarded-up chemist's and watched it. At midnight the rain stopped. At one, the flame began to lean, as if something were breathing on it. At two he heard footsteps at the dark end of the street, unhurried, the sound of someone who knew they had all the time in the world.

At half past two a voice called his name. It was Mrs Auden's voice. She had been dead for six years.

'Tobias,' she said, kindly, the way she used to when he got the match wrong. 'Come here a moment. I want to show you something.'

He kept his eyes on the flame. He thought about his mother's house, about the brand of paraffin, about anything. The flame shrank to the size of a fingernail.

'Tobias,' said the voice, closer now. 'You can stop. It's all right. You've done enough.'

The flame went blue. Tobias stood up, took off his coat, and began, very carefully, to tear the lining into strips.

Which genre is this? Choose one: romance, science fiction, horror, comedy, western. Answer with the genre only."""),
(1, "creative_writing", "en", "after", "story", "RW-p010", """Every evening at six, Tobias Wren climbed the iron ladder at the end of Corvid Street and lit the last lamp by hand. The rest of the city had been electric for forty years. The council had tried twice to wire this one, and twice the electricians had gone home early, pale, and asked to be reassigned.

He had been told the rules when he took the job, by the old lamplighter, Mrs Auden, who had done it for fifty-one years. Light it before the church bell finishes six. Never let it go out before dawn. If it gutters, do not look down the street while you relight it. And if anyone, anyone at all, calls your name from the dark end, you do not answer.

For eleven years the rules had been easy. Then, on a wet Tuesday in November, the paraffin delivery did not come. The council said the lamp was being decommissioned, that an electrician would be out on Thursday, and that he should stop worrying about it. He scraped together what was left in the tin. It would last, he thought, until about three in the morning.

At half past two a voice called his name. It was Mrs Auden's voice. She had been dead for six years.

'Tobias,' she said, kindly, the way she used to when he got the match wrong. 'Come here a moment. I want to show you something.'

He kept his eyes on the flame. The flame shrank to the size of a fingernail.

'Tobias,' said the voice, closer now. 'You can stop. It's all right. You've done enough.'

The flame went blue. Tobias stood up, took off his coat, and began, very carefully, to tear the lining into strips.

Continue this from where it stops, about 500 words, same voice. Keep the rules of the lamp consistent. I don't want it to end with him dying, and don't explain what the thing in the dark is."""),
(0, "classification", "en", "before", "verse", "RW-p011", """label the mood of these lyrics (one of: joyful, bitter, nostalgic, defiant, heartbroken)

We painted our names on the water tower
back when the town still had a name worth painting
you drove your dad's truck with the headlights off
and said the stars looked better without us
now the tower's gone, they sold it for scrap
and I still drive past at a quarter to ten
like the lights might come on
like you might come back"""),
(1, "creative_writing", "en", "before", "verse", "RW-p011", """These are my verse lyrics. Can you write a chorus that fits after them? Same rhythm-ish, 4 lines, should have a hook I can repeat. Don't rhyme 'ten' with 'again' please, everyone does that.

We painted our names on the water tower
back when the town still had a name worth painting
you drove your dad's truck with the headlights off
and said the stars looked better without us
now the tower's gone, they sold it for scrap
and I still drive past at a quarter to ten
like the lights might come on
like you might come back"""),
(0, "classification", "en", "after", "email", "RW-p012", """My dearest E,

It's been four days since the station and I have already written you three letters that I didn't send because they were too long and too sad. This one is going in the post whether it's good or not. The flat is too quiet. I keep buying two of everything at the shop. I found one of your hair clips in the sofa and I have put it on the windowsill like a relic. Nine more weeks. I'm counting in Sundays now, because Sundays are when we would have walked to the market, and there are only nine of them, which sounds almost manageable.

Write back soon. Tell me about the light there.

All of me,
J

What is the tone of this letter? Pick one: formal, playful, longing, angry, apologetic."""),
(1, "creative_writing", "en", "after", "email", "RW-p012", """My dearest E,

It's been four days since the station and I have already written you three letters that I didn't send because they were too long and too sad. This one is going in the post whether it's good or not. The flat is too quiet. I keep buying two of everything at the shop. I found one of your hair clips in the sofa and I have put it on the windowsill like a relic. Nine more weeks. I'm counting in Sundays now, because Sundays are when we would have walked to the market, and there are only nine of them, which sounds almost manageable.

Write back soon. Tell me about the light there.

All of me,
J

I'm E. I got this from my partner and I want to write back but I'm bad at this stuff. Write a reply from me: I'm on a research posting by the sea, the light is very white and flat in the mornings, I miss the market too. Keep it about the same length and not cheesy."""),
(1, "open_qa", "en", "none", "none", "RW-p013", """What are the key points of the Paris Agreement? like what did countries actually commit to"""),
(0, "summarization", "en", "before", "prose", "RW-p013", """Key points only, from this explainer:

The Paris Agreement, adopted in December 2015, commits its parties to holding the increase in global average temperature to well below 2C above pre-industrial levels, and to pursuing efforts to limit it to 1.5C. Unlike the Kyoto Protocol, it does not assign binding emissions targets from above. Instead each country submits its own nationally determined contribution (NDC) and is expected to update it every five years with more ambition. There is a transparency framework for reporting progress and a global stocktake every five years, the first of which concluded in 2023. Developed countries reaffirmed a goal of mobilising 100 billion dollars a year in climate finance for developing countries. The agreement entered into force in November 2016."""),
(1, "open_qa", "en", "none", "none", "RW-p014", """List the main causes of the First World War."""),
(0, "summarization", "en", "after", "prose", "RW-p014", """Historians rarely agree on a single cause. The alliance system meant that a local quarrel could draw in every great power. An arms race, especially the naval rivalry between Britain and Germany, raised tension and suspicion. Nationalism in the Balkans threatened Austria-Hungary's hold on its Slav populations, while imperial competition in Africa and Asia had already produced several crises. The assassination of Archduke Franz Ferdinand in Sarajevo in June 1914 was the trigger, but mobilisation timetables, especially Germany's Schlieffen Plan, made it very hard for diplomats to slow events down once they started.

List the main causes the paragraph mentions. Just the list."""),
(0, "summarization", "en", "after", "story", "RW-p015", """Holmes had not spoken for the better part of an hour. He sat by the window with his violin across his knees, unplayed, watching the fog gather in Baker Street as though it owed him money. I had long since given up on my newspaper.

"Watson," he said at last, "what would you say is the weight of a letter that has never been sent?"

Before I could form an answer there came a knock, and Mrs Hudson showed in a young woman in a grey travelling cloak, her gloves stained at the fingertips with what I took to be ink. She held an envelope, sealed, unaddressed, and yellow with age.

"My grandmother left this in her will," she said, "to be given to Mr Sherlock Holmes, and to no one else, on the fifth of November in the year of her death. She died on Tuesday. Today is the fifth."

Holmes took the envelope, turned it once, and smiled in a way I did not like.

"Then she knew," he said, "precisely when she would die."

Give me a 2-sentence summary of my fanfic chapter for the AO3 description."""),
(1, "creative_writing", "en", "after", "story", "RW-p015", """Holmes had not spoken for the better part of an hour. He sat by the window with his violin across his knees, unplayed, watching the fog gather in Baker Street as though it owed him money. I had long since given up on my newspaper.

"Watson," he said at last, "what would you say is the weight of a letter that has never been sent?"

Before I could form an answer there came a knock, and Mrs Hudson showed in a young woman in a grey travelling cloak, her gloves stained at the fingertips with what I took to be ink. She held an envelope, sealed, unaddressed, and yellow with age.

"My grandmother left this in her will," she said, "to be given to Mr Sherlock Holmes, and to no one else, on the fifth of November in the year of her death. She died on Tuesday. Today is the fifth."

Holmes took the envelope, turned it once, and smiled in a way I did not like.

"Then she knew," he said, "precisely when she would die."

Write the next scene: Holmes opens the letter. Keep Watson narrating, period-appropriate language, around 400 words, and plant one clue the reader can catch but Watson doesn't."""),
(0, "classification", "en", "before", "list", "RW-p016", """Sort these headlines into newspaper sections (Politics, Business, Sport, Science, Culture). Format "n - Section".

1. Chancellor hints at fuel duty freeze in spring statement
2. Late penalty sends United through to the semi-finals
3. Telescope spots water vapour on distant exoplanet
4. Retail chain to close 40 stores after poor Christmas
5. Poet laureate's new collection tackles coastal erosion
6. Opposition demands inquiry into procurement contracts"""),
(1, "general_qa", "en", "none", "none", "RW-p016", """I've got a story about a retired nurse who runs a free bike repair shop for refugees. Which section of a local paper should I pitch it to and how do I write the pitch email?"""),
(1, "creative_writing", "en", "none", "none", None, """outline a bedtime story about a moon that's too sleepy to rise"""),
(1, "open_qa", "en", "none", "none", None, """Summarize the pros and cons of heat pumps compared with gas boilers."""),
(0, "classification", "en", "inline", "prose", None, """formal or informal? "yo can u send me that doc again, lost it lol" """),
(1, "general_qa", "en", "none", "none", None, """Give me a quick overview of how to negotiate a raise."""),
(0, "summarization", "en", "before", "code", None, """Write a one-line changelog entry for this diff:

-    timeout = 30
+    timeout = int(os.environ.get("FETCH_TIMEOUT", 30))
-    resp = requests.get(url)
+    resp = requests.get(url, timeout=timeout)"""),
(1, "open_qa", "en", "after", "code", None, """def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("apple"))
print(add_item("pear"))

why does the second call print both apple and pear?? I expected just pear"""),
(0, "classification", "en", "before", "list", None, """Tag each as a question, a complaint or a compliment:
- why is the pool closed on tuesdays
- the changing rooms were filthy again
- the new yoga teacher is fantastic
- is there parking for members"""),
(1, "creative_writing", "en", "none", "none", None, """Write a two-line rhyming couplet for the inside of a retirement card for a school caretaker."""),
(0, "summarization", "en", "none", "none", None, """Briefly recap what happens in Orwell's Animal Farm. 5 sentences max."""),
(1, "open_qa", "en", "none", "none", None, """What is Animal Farm actually an allegory of, character by character?"""),
(1, "creative_writing", "en", "none", "none", None, """I run a bike repair co-op in a mid-sized city and we need an "About us" page for our new website. Please write it. Here's what you need to know and the rules I need you to follow.

Background:
- We started in 2016 in a garage behind a church hall with four volunteers and a box of donated tools.
- Now we have a shop unit on Tanner Row, two paid mechanics, about thirty regular volunteers.
- We fix bikes for a fee, but we also teach people to fix their own on Tuesday and Thursday evenings, pay-what-you-can.
- We refurbish donated bikes and give about 200 a year to people referred by the food bank, the refugee support group and the local college.
- We're a cooperative: members vote on big decisions at an AGM every spring.
- We are not anti-car and we don't want to sound preachy about cycling.

Rules:
1. Between 280 and 350 words. Count them.
2. Three sections with these exact headings: "How we started", "What we do", "Get involved".
3. Second person ("you") in the last section only; first person plural everywhere else.
4. Reading age around 12: short sentences, no jargon. If you must use a bike term, use at most two (e.g. "derailleur") and don't explain them in brackets.
5. Mention the Tuesday and Thursday sessions and pay-what-you-can, but don't give times (they change).
6. Don't mention the church by name or any person by name.
7. No exclamation marks. None.
8. No statistics except the two I gave (2016 and about 200 bikes a year).
9. The last sentence should be an invitation, not a slogan.

Do:
- sound like real people wrote it, a little bit dry, a little bit warm
- include one specific, small detail that makes the place feel real (you can invent something harmless, like the smell of the degreaser or a radio that only gets one station)

Don't:
- use "passionate", "community-driven", "sustainable future", "journey" or "on a mission"
- end a section with a question
- add a call-to-action button text or anything outside the three sections

Give me just the page text, no commentary before or after."""),
(0, "classification", "en", "after", "email", None, """From: Aoife (flat 3)
Subject: bins
The recycling bins haven't been emptied in two weeks and they're overflowing into the car park. Foxes have been at them. This is not acceptable.

From: Committee (Raj)
Subject: RE: bins
Thanks Aoife. I've chased the council, they say collections were suspended because of the van breakdown and should restart Monday.

From: Mr Okafor (flat 11)
Subject: RE: RE: bins
Can someone tell me if the Monday collection includes glass? I have a lot of bottles after the party.

From: Committee (Raj)
Subject: RE: RE: RE: bins
Yes, glass is collected with the blue bins as usual.

From: Helen (flat 7)
Subject: hallway light
Separate thing: the hallway light on the second floor has been flickering for a month. Could the committee get someone out? My mum visits with a walker and it's genuinely a trip hazard.

From: Committee (Raj)
Subject: RE: hallway light
Electrician booked for Thursday morning, 9-12. Access needed to the cupboard on floor 2, which I'll open.

From: Helen (flat 7)
Subject: RE: RE: hallway light
Brilliant, thank you so much Raj, really appreciate how fast that was.

From: Tomasz (flat 2)
Subject: parking
Someone keeps parking a white van across bays 4 and 5. I've left notes. Not mine to tow but I'm paying for bay 4 and I can't use it three nights a week. Can the committee do something? I'm getting really fed up.

From: Aoife (flat 3)
Subject: RE: bins
Bins were emptied this morning, thanks for chasing.

From: Committee (Raj)
Subject: AGM date
Reminder that the AGM is on the 28th at 7pm in the community room. Agenda attached. Please send any motions by the 20th.

----
For the residents' association log, classify each email above as one of: COMPLAINT, REQUEST, INFO, THANKS. One line per email in the order they appear, formatted as "sender - subject - CLASS". If an email is both a complaint and a request, choose whichever is the main point."""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0 (licence text itself)
(0, "summarization", "en", "after", "prose", None, """   1. Definitions.

      "License" shall mean the terms and conditions for use, reproduction,
      and distribution as defined by Sections 1 through 9 of this document.

      "Licensor" shall mean the copyright owner or entity authorized by
      the copyright owner that is granting the License.

      "Legal Entity" shall mean the union of the acting entity and all
      other entities that control, are controlled by, or are under common
      control with that entity. For the purposes of this definition,
      "control" means (i) the power, direct or indirect, to cause the
      direction or management of such entity, whether by contract or
      otherwise, or (ii) ownership of fifty percent (50%) or more of the
      outstanding shares, or (iii) beneficial ownership of such entity.

      "You" (or "Your") shall mean an individual or Legal Entity
      exercising permissions granted by this License.

      "Source" form shall mean the preferred form for making modifications,
      including but not limited to software source code, documentation
      source, and configuration files.

      "Object" form shall mean any form resulting from mechanical
      transformation or translation of a Source form, including but
      not limited to compiled object code, generated documentation,
      and conversions to other media types.

      "Work" shall mean the work of authorship, whether in Source or
      Object form, made available under the License, as indicated by a
      copyright notice that is included in or attached to the work
      (an example is provided in the Appendix below).

      "Derivative Works" shall mean any work, whether in Source or Object
      form, that is based on (or derived from) the Work and for which the
      editorial revisions, annotations, elaborations, or other modifications
      represent, as a whole, an original work of authorship. For the purposes
      of this License, Derivative Works shall not include works that remain
      separable from, or merely link (or bind by name) to the interfaces of,
      the Work and Derivative Works thereof.

      "Contribution" shall mean any work of authorship, including
      the original version of the Work and any modifications or additions
      to that Work or Derivative Works thereof, that is intentionally
      submitted to Licensor for inclusion in the Work by the copyright owner
      or by an individual or Legal Entity authorized to submit on behalf of
      the copyright owner. For the purposes of this definition, "submitted"
      means any form of electronic, verbal, or written communication sent
      to the Licensor or its representatives, including but not limited to
      communication on electronic mailing lists, source code control systems,
      and issue tracking systems that are managed by, or on behalf of, the
      Licensor for the purpose of discussing and improving the Work, but
      excluding communication that is conspicuously marked or otherwise
      designated in writing by the copyright owner as "Not a Contribution."

      "Contributor" shall mean Licensor and any individual or Legal Entity
      on behalf of whom a Contribution has been received by Licensor and
      subsequently incorporated within the Work.

   2. Grant of Copyright License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      copyright license to reproduce, prepare Derivative Works of,
      publicly display, publicly perform, sublicense, and distribute the
      Work and such Derivative Works in Source or Object form.

Can you put the above into plain English for my team? Rules: 5 bullet points, max 20 words each, no legal jargon, don't add anything that isn't in the text."""),
(0, "classification", "en", "before", "form", None, """what kind of document is this - invoice, receipt, quote or purchase order?

PO-2291 / Issued to: Harlow Print Ltd / Please supply: 2,000 A5 flyers, 350gsm, matt / Deliver to: Unit 7, Brook Ind. Est. / Authorised: Finance dept"""),
(1, "general_qa", "en", "none", "none", None, """what kind of insurance do I actually need as a freelance wedding photographer in the UK"""),
(0, "classification", "en", "before", "verse", None, """What poetic form is this?

A baker from Bath had a knack
For loaves with a curious crack;
She'd knead them at noon,
Sing a song to the moon,
And the bread would sing something back."""),
(1, "general_qa", "en", "after", "verse", None, """salt on the windowsill
where you set the jar down
every morning
and forgot it was there
the way I forget
you are not coming
back from the shop

Critique this in depth, please. I want to know what's working and what isn't: line breaks, the image of the salt, whether the ending is earned. Be honest, I'm submitting it to a magazine."""),
(0, "classification", "en", "after", "verse", None, """salt on the windowsill
where you set the jar down
every morning
and forgot it was there
the way I forget
you are not coming
back from the shop

rhymed or free verse? one word"""),
(1, "creative_writing", "en", "none", "none", None, """Write product descriptions for three soy candles: "Harbour" (sea salt, driftwood), "Orchard" (green apple, fig leaf), "Bothy" (peat smoke, pine).

Output JSON only: a list of 3 objects, each with the keys "name", "tagline" and "description".
- tagline: max 8 words, no puns
- description: 40-60 words, second person, mention the scent notes once, mention the 45-hour burn time once
- do not use: cosy, hygge, luxurious, indulge"""),
(0, "classification", "en", "before", "list", None, """For each sentence below fill in a markdown table with columns | # | sentence | sarcastic (Y/N) |. Don't add any other columns or notes.

1. Great, the train's late again, my favourite.
2. Thanks for the lift, it really helped.
3. Oh sure, because everyone has a spare 400 quid lying around.
4. The soup was lovely, can I get the recipe?
5. Wow, another meeting that could have been an email."""),
(0, "summarization", "en", "before", "prose", None, """Summarise this for a 10-year-old. Rules: under 80 words, no word longer than three syllables except 'volcano', friendly tone, end with one fun fact from the text.

Article: Iceland sits on the Mid-Atlantic Ridge, where the North American and Eurasian tectonic plates are pulling apart by about two centimetres a year. This movement lets molten rock rise towards the surface, which is why the island has more than thirty active volcanic systems. Eruptions can be spectacular but are usually not explosive; many are fissure eruptions where lava pours out of long cracks in the ground. The same heat powers the country's geothermal plants, which supply hot water to most homes in Reykjavik. In 2010 the eruption of Eyjafjallajokull sent ash high into the atmosphere and grounded flights across Europe for almost a week."""),
(1, "open_qa", "en", "none", "none", "RW-p017", """what are the key points of GDPR a tiny online shop (3 people) actually needs to care about?"""),
(0, "summarization", "en", "after", "prose", "RW-p017", """Under the policy, we collect only the personal data needed to process orders: name, delivery address, email and payment confirmation. Card details are handled by our payment provider and never stored on our systems. We keep order records for six years for tax purposes and then delete them. Marketing emails are sent only to customers who tick the opt-in box, and every email includes an unsubscribe link. Customers can ask to see, correct or delete their data by emailing privacy@ our domain, and we will respond within one month. If we discover a data breach likely to harm customers, we will report it to the ICO within 72 hours.

what are the key points of this privacy policy? bullets, short"""),
(1, "open_qa", "en", "none", "none", "RW-p018", """Describe the main features of Gothic architecture and how it differs from Romanesque."""),
(0, "summarization", "en", "after", "prose", "RW-p018", """The cathedral's builders abandoned the thick walls and small windows of the earlier church. Pointed arches carried the weight of the vault down to slender piers, and flying buttresses on the outside took the sideways thrust, so the walls could be opened up for enormous stained-glass windows. Ribbed vaults divided the ceiling into light, repeated bays. The effect, for a visitor entering from the dark street, was of a building that seemed to be made of coloured light rather than stone.

Describe in one sentence what this paragraph is about."""),
(1, "open_qa", "en", "none", "none", None, """In a nutshell, Roth IRA vs traditional IRA?"""),
(0, "summarization", "en", "none", "none", None, """Recap the main argument of Kahneman's Thinking, Fast and Slow in 4 bullets."""),
(0, "summarization", "en", "after", "notes", None, """woke up late, missed the 8:12, got the 8:40 instead and was 20 min late for standup. nobody noticed. lunch with Ines, she's leaving in June. afternoon was all spreadsheets. gym skipped. pizza. called grandma, she's got a new cat called Admiral.

sum up my day in one sentence for my journal index"""),
(0, "classification", "en", "after", "story", None, """You wake before the alarm. The room is the wrong shape, or you are. You put your feet on the floor and the floor is warm, which it never is, and somewhere downstairs a radio you do not own is playing a song you have never heard but know every word of.

Which point of view: first person, second person, third limited or third omniscient?"""),
(1, "open_qa", "en", "after", "verse", None, """I keep the porch light on for ghosts
they never knock, they never call
I set the table, pour the most
for the chair that isn't there at all
and every year the hallway grows
a little longer, a little tall
and every year the garden knows
the names I never say at all

this is a song my uncle wrote before he died. what do you think it's really about? is it about one person or more?"""),
(1, "open_qa", "en", "none", "none", "RW-p019", """Which category of the Dewey Decimal System would a book about beekeeping go in, and why there?"""),
(0, "classification", "en", "before", "list", "RW-p019", """Give each title its Dewey hundreds class (000, 100, 200 ... 900). Only the number next to each title.

- A Field Guide to British Butterflies
- The Collected Poems of Emily Dickinson
- Introduction to Calculus
- A History of the Roman Empire
- Learn Spanish in 30 Days
- World Religions: An Overview"""),
(1, "creative_writing", "en", "none", "none", None, """Outline a five-paragraph essay arguing that homework should be banned in primary schools."""),
(0, "classification", "en", "after", "email", None, """Hi, just so you know the fire alarm test is Wednesday at 11, no need to evacuate. Thanks, Building Management

--- is this email asking me to do something or just FYI? """),
(0, "summarization", "en", "after", "transcript", None, """Agent: Thanks for calling, how can I help?
Customer: Hi, yeah, so I ordered a sofa six weeks ago, the order number is on the email, and it was meant to come last Friday. Nobody turned up. I took the day off work for it.
Agent: I'm sorry about that. Let me look. Okay, I can see the delivery was rescheduled because the driver was short-staffed.
Customer: Nobody told me that. I waited from seven in the morning.
Agent: I understand. The next slot is Tuesday the 14th.
Customer: I can't take another day off. Can it be a Saturday?
Agent: Saturday deliveries carry a 25 pound fee, but I can waive that in this case.
Customer: Fine. And I want something for the day I lost.
Agent: I'll raise a compensation request, you'll hear back in 5 working days.

what's the customer's main issue, in one sentence"""),
(1, "general_qa", "en", "after", "transcript", None, """Customer: I ordered a sofa six weeks ago and it was meant to come last Friday. Nobody turned up. I took the day off work for it.
Agent: I'm sorry about that. The delivery was rescheduled because the driver was short-staffed.
Customer: Nobody told me that. And I want something for the day I lost.
Agent: I'll raise a compensation request, you'll hear back in 5 working days.

This was me on the phone. They've now offered a 20 pound voucher. Is that reasonable? what should I ask for and how do I push back without being rude?"""),
(1, "creative_writing", "en", "none", "none", None, """write a rap verse about a pigeon who commutes on the tube every day, 16 bars, keep it clean"""),
(0, "classification", "en", "inline", "prose", None, """Q: Is "The meeting has been moved to 3pm" a statement, a question, a request or a command?"""),
(1, "open_qa", "en", "none", "none", None, """Give me a summary of what caused the 2008 financial crisis, in plain terms."""),
(0, "summarization", "en", "after", "table", None, """| Month | Visitors | Sign-ups | Conversion |
|-------|----------|----------|------------|
| Jan   | 12,400   | 310      | 2.5%       |
| Feb   | 11,900   | 298      | 2.5%       |
| Mar   | 15,200   | 502      | 3.3%       |
| Apr   | 14,800   | 611      | 4.1%       |
| May   | 13,100   | 590      | 4.5%       |

in 2 sentences what does this table show"""),
(1, "general_qa", "en", "after", "table", None, """| Month | Visitors | Sign-ups | Conversion |
|-------|----------|----------|------------|
| Mar   | 15,200   | 502      | 3.3%       |
| Apr   | 14,800   | 611      | 4.1%       |
| May   | 13,100   | 590      | 4.5%       |

visitors are dropping but conversion is going up. we changed the pricing page in March. What should we test next to get traffic back up without killing conversion?"""),
(1, "open_qa", "en", "none", "none", None, """What's the main idea behind the theory of evolution by natural selection?"""),
(0, "classification", "en", "before", "reviews", None, """Tag each app store review with ONE of: ux, performance, pricing, praise.

"takes forever to load on my old phone"
"subscription jumped from 3.99 to 6.99 with no warning"
"I can never find the settings button"
"honestly the best budgeting app I've used"
"drains my battery like crazy" """),
(1, "creative_writing", "en", "none", "none", None, """Give me an opening paragraph for a noir detective story set in a vegan bakery. Keep the hard-boiled voice."""),
(0, "summarization", "en", "before", "chat", None, """Summarise the decision reached in this chat, one line:

ana: so are we doing the cabin or the beach house
mo: cabin is cheaper
ana: beach house has a dishwasher tho
lee: I don't care as long as there's wifi
mo: cabin has wifi
ana: ok fine cabin. but I'm not washing up
lee: deal"""),
(1, "general_qa", "en", "none", "none", None, """my team keeps missing sprint goals. outline a plan to fix it over the next month?"""),
(1, "open_qa", "en", "none", "none", None, """what kind of rock is granite and how does it form"""),
(0, "classification", "en", "before", "list", None, """Igneous, sedimentary or metamorphic: granite, sandstone, marble, basalt, limestone, slate"""),
(1, "creative_writing", "en", "none", "none", None, """I need a eulogy for my grandad. He was a bus driver for 38 years, grew tomatoes competitively, and was famously bad at jokes. Rules: about 3 minutes spoken (so around 400 words), one gentle funny moment about the jokes, end with something about tomatoes. No religious references, the family's mixed."""),
(0, "summarization", "en", "after", "prose", None, """Grandad drove the number 14 for thirty-eight years. He knew every stop, every pothole, and most of the passengers by name. When he retired they gave him a model of his bus and he kept it on the mantelpiece next to his tomato trophies, of which there were eleven. He was terrible at jokes. He'd tell the same one about the penguin and the ice cream van at every birthday and never once got to the punchline without laughing first.

Condense this into two sentences for the order of service."""),
(0, "classification", "en", "inline", "chat", None, """System: You are a ticket router. Reply with exactly one team name: Payments, Shipping, Returns, Tech.
User: my parcel tracking hasn't updated in 6 days and it says 'in transit' still"""),
(1, "general_qa", "en", "inline", "chat", None, """System: You are a helpful shopping assistant for an outdoor gear shop.
User: I'm doing a 3-day hike in the Lake District in October. What should I pack? I've got a 40L bag and I tend to get cold easily."""),
(1, "open_qa", "en", "none", "none", None, """overview of how the electoral college works? I'm not American and it confuses me"""),
(0, "summarization", "en", "before", "list", None, """Shorten this to-do list by merging anything that overlaps, keep it under 6 items:

- email landlord about boiler
- call landlord re boiler if no reply
- buy printer ink
- renew passport
- book passport photo
- pick up dry cleaning
- buy ink for printer (black AND colour)
- send Leila the photos from the party"""),
]
