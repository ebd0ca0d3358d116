# writer rules_and_words, part 03. Each item written by hand.
ITEMS = [
# source: /usr/share/doc/bash/INTRO.gz, licence: GPL-3+
(0, "summarization", "en", "after", "prose", "RW-p043", """		       BASH - The Bourne-Again Shell

Bash is the shell, or command language interpreter, that will appear
in the GNU operating system.  Bash is an sh-compatible shell that
incorporates useful features from the Korn shell (ksh) and C shell
(csh).  It is intended to conform to the IEEE POSIX P1003.2/ISO 9945.2
Shell and Tools standard.  It offers functional improvements over sh
for both programming and interactive use.  In addition, most sh scripts
can be run by Bash without modification. 

Bash is quite portable.  It uses a configuration system that discovers
characteristics of the compilation platform at build time, and may
therefore be built on nearly every version of UNIX.  Ports to
UNIX-like systems such as QNX and Minix and to non-UNIX systems such
as OS/2, Windows 95, and Windows NT are available. 

Bash includes the following features:

Editing and Completion

Bash offers a command-line editing facility which permits users to
edit command lines using familiar emacs or vi-style editing commands.
Editing allows corrections to be made without having to erase back
to the point of error or start the command line anew.  The editing
facilities include a feature that allows users to complete command and
file names.

The Bash line editing library is fully customizable.  Users may define
their own key bindings -- the action taken when a key is pressed.  A
number of variables to fine-tune editing behavior are also available.

History and Command Re-entry

The Bash history feature remembers commands entered to the shell and
allows them to be recalled and re-executed.  The history list may be
of unlimited size.  Bash allows users to search for previous commands
and reuse portions of those commands when composing new ones.  The
history list may be saved across shell sessions. 

Bash allows users to control which commands are saved on the history
list.

Job Control

On systems that support it, Bash provides an interface to the
operating system's job control facilities, which allow processes
to be suspended and restarted, and moved between the foreground
and background.  Bash allows users to selectively `forget' about
background jobs. 

Shell Functions and Aliases

These mechanisms are available to bind a user-selected identifier to a
list of commands that will be executed when the identifier is used as
a command name.  Functions allow local variables and recursion, and
have access to the environment of the calling shell.  Aliases may be
used to create a mnemonic for a command name, expand a single word to
a complex command, or ensure that a command is called with a basic set
of options. 

Arrays

Bash-2.0 supports indexed arrays of unlimited size.  The subscript for
an array is an arithmetic expression.  Arrays may be assigned to with
a new compound assignment syntax, and several builtins have options to
operate on array variables.  Bash includes a number of built-in array
variables.

Condense this intro into a markdown table with two columns, Feature | What it does (max 12 words). One row per feature heading in the text, plus one first row for 'Compatibility'. No text outside the table."""),
# source: /usr/share/doc/bash/INTRO.gz, licence: GPL-3+
(1, "general_qa", "en", "after", "prose", "RW-p043", """Bash includes the following features:

Editing and Completion

Bash offers a command-line editing facility which permits users to
edit command lines using familiar emacs or vi-style editing commands.
Editing allows corrections to be made without having to erase back
to the point of error or start the command line anew.  The editing
facilities include a feature that allows users to complete command and
file names.

History and Command Re-entry

The Bash history feature remembers commands entered to the shell and
allows them to be recalled and re-executed.  The history list may be
of unlimited size.  Bash allows users to search for previous commands
and reuse portions of those commands when composing new ones.  The
history list may be saved across shell sessions. 

Job Control

On systems that support it, Bash provides an interface to the
operating system's job control facilities, which allow processes
to be suspended and restarted, and moved between the foreground
and background.  Bash allows users to selectively `forget' about
background jobs. 

Shell Functions and Aliases

These mechanisms are available to bind a user-selected identifier to a
list of commands that will be executed when the identifier is used as
a command name.  Functions allow local variables and recursion, and
have access to the environment of the calling shell.  Aliases may be
used to create a mnemonic for a command name, expand a single word to
a complex command, or ensure that a command is called with a basic set
of options. 

Arrays

Bash-2.0 supports indexed arrays of unlimited size.  The subscript for
an array is an arithmetic expression.  Arrays may be assigned to with
a new compound assignment syntax, and several builtins have options to
operate on array variables.

I just switched from Windows to Linux for my job (I'm a QA tester, I'll be running test scripts a lot). Which of these features should I actually learn first, in what order, and what's one practical exercise for each? Give me a 2-week learning plan, 30 min a day. Skip arrays unless you think they matter for me."""),
(0, "summarization", "en", "after", "story", "RW-p044", """My father built the boat in the garage over eleven winters, and in all that time none of us believed it would float.

It began the year my mother left, though nobody connected the two things out loud. He came home from the timber yard with a van full of larch and oak and said he was going to build a clinker-built dinghy from a set of plans he'd found in a magazine from 1962. The plans were for a boat twelve feet long. The garage was fourteen feet. My brother said he'd have to knock the wall down to get it out. Dad said he'd cross that bridge when he came to it, and then laughed at himself, because a bridge was exactly what you didn't need when you had a boat.

He worked on it in the evenings, after his shifts, and on Sunday mornings, when other fathers went to church or the pub. I would sit on an upturned bucket and hand him things. Clamps. The plane. The little brass screws, which he counted out in tens and kept in a jam jar labelled SCREWS (BOAT) to distinguish them from the other jar labelled SCREWS. He didn't talk much while he worked, but he hummed, always the same three or four songs, and I learned the words to them without ever hearing them sung.

The boat grew slowly. The keel first, like a spine. Then the ribs. Then the planks, each one overlapping the one below, steamed and bent in a long tube he made out of drainpipe and a wallpaper steamer. The garage smelled of wet wood and linseed oil and, in winter, of the paraffin heater that he swore was safe. I went to secondary school. My brother left for college. Dad's hair went grey at the sides, then on top. The boat went on.

People asked about it. Neighbours, relatives at Christmas. 'How's the boat, Frank?' in the voice people use for a hobby they think is slightly sad. He always said 'Getting there,' and it was always true.

In the eleventh winter, he varnished her. Seven coats. He let me do the last one, on the transom, where he'd carved her name, which he hadn't told any of us. I read it with the brush in my hand: ELSIE. My mother's name. I didn't say anything. Neither did he.

In May, he took the garage door off its runners and, with my brother home for the weekend and two men from the street, lifted her out on to a borrowed trailer. She fit with two inches to spare. He had measured, of course. He had measured eleven years before.

We took her to the reservoir. Dad rowed out, alone, because he said she was only meant for one on her first trip. We stood on the slipway and watched. She sat on the water as if she had always been there. He rowed to the middle, shipped the oars, and sat for a long time, not doing anything, just floating. Then he rowed back, tied her up, and said, 'Well. That's that,' and we went home for tea.

He never took her out again. She's still in the garage. I think about that more than I think about almost anything.

Summarise this story in about 60 words for the contents page of our writing group's anthology. Present tense, no spoilers about the boat's name."""),
(1, "general_qa", "en", "after", "story", "RW-p044", """My father built the boat in the garage over eleven winters, and in all that time none of us believed it would float.

It began the year my mother left, though nobody connected the two things out loud. He came home from the timber yard with a van full of larch and oak and said he was going to build a clinker-built dinghy from a set of plans he'd found in a magazine from 1962. The plans were for a boat twelve feet long. The garage was fourteen feet. My brother said he'd have to knock the wall down to get it out. Dad said he'd cross that bridge when he came to it, and then laughed at himself, because a bridge was exactly what you didn't need when you had a boat.

He worked on it in the evenings, after his shifts, and on Sunday mornings. I would sit on an upturned bucket and hand him things. Clamps. The plane. The little brass screws, which he counted out in tens and kept in a jam jar labelled SCREWS (BOAT) to distinguish them from the other jar labelled SCREWS. He didn't talk much while he worked, but he hummed, always the same three or four songs, and I learned the words to them without ever hearing them sung.

The boat grew slowly. The keel first, like a spine. Then the ribs. Then the planks, each one overlapping the one below. I went to secondary school. My brother left for college. Dad's hair went grey at the sides, then on top. The boat went on.

People asked about it. 'How's the boat, Frank?' in the voice people use for a hobby they think is slightly sad. He always said 'Getting there,' and it was always true.

In the eleventh winter, he varnished her. Seven coats. He let me do the last one, on the transom, where he'd carved her name, which he hadn't told any of us. I read it with the brush in my hand: ELSIE. My mother's name. I didn't say anything. Neither did he.

In May, we took her to the reservoir. Dad rowed out, alone, because he said she was only meant for one on her first trip. She sat on the water as if she had always been there. He rowed to the middle, shipped the oars, and sat for a long time, not doing anything, just floating. Then he rowed back, tied her up, and said, 'Well. That's that,' and we went home for tea.

He never took her out again. She's still in the garage. I think about that more than I think about almost anything.

I want an in-depth critique of this. Specifically: is the name reveal too on-the-nose? Does the last paragraph tell too much? Is the pacing of the 'eleven years' section right? What is the story missing, if anything? Give me concrete suggestions, not praise."""),
(1, "creative_writing", "en", "none", "none", None, """Outline a fantasy novel for me. I've done a lot of worldbuilding already and I need a plot outline that respects it, so please read all of this first.

The world:
- An archipelago of about forty islands called the Scatter. No continent. The sea is everything.
- Magic works through salt. Salt mages ('brinewrights') can draw power from sea salt, and the purer the salt, the stronger the effect. Rock salt from the one big mountain island, Halvard, is the purest and most valuable thing in the world.
- Using magic costs the mage moisture: overuse and they dry out, crack, and eventually die. Old brinewrights look like driftwood.
- The islands are governed by a loose council of harbour-masters. There is no king. Halvard's salt mines are run by a guild that is officially neutral and secretly decides most of the council's votes.
- Religion: people pray to the Tide, which isn't a god exactly, more a principle of return. 'Everything comes back' is a common blessing and a common threat.
- Technology is roughly 17th century: sailing ships, early firearms (unreliable at sea), printing presses.

Characters I already have:
- Ysolde, 19, a salt-panner's daughter from a poor outer island, who discovers she can do magic with ordinary, dirty sea salt, which should be impossible.
- Master Corran, an elderly brinewright, almost completely dried out, who becomes her reluctant teacher. He is dying and knows it.
- Teodor, the guild's youngest inspector, charming, ambitious, who is sent to find out what's happening on Ysolde's island.
- The harbour-master of Ysolde's island, a widow called Aunt Mab (not actually anyone's aunt), who is smuggling.

What I need:
1. A three-act structure, with each act broken into 6-8 chapter beats (one or two sentences each).
2. Ysolde's ability must have a cost or limit that we discover in act two; it can't just make her overpowered.
3. The guild's secret should be revealed at the midpoint, and it should connect to why dirty salt works for her.
4. Corran must die, but not in the climax, and not as a sacrifice to save her. I'm tired of mentor sacrifices.
5. Teodor is not a love interest. He can be an antagonist, an ally, or both, but no romance.
6. The ending should be bittersweet: the world changes, but Ysolde loses something real.
7. Use the 'Everything comes back' phrase at least twice in the outline in ways that matter.

Please don't:
- add prophecies, chosen-one language, or secret royal bloodlines
- introduce a dark lord or a single big villain
- give me character arcs as separate sections; fold them into the beats
- write any actual prose; outline only

At the end, add a short list (max 5) of open questions I'll need to answer before drafting."""),
(0, "classification", "en", "before", "chat", None, """Moderate this Discord channel log. For every message, output one line: "<line number> <label>", where label is one of ON_TOPIC, OFF_TOPIC, TOXIC, SPAM. The channel is #raid-planning for an online game guild. ON_TOPIC means about planning the raid. Output nothing else.

1 [kestrel]: ok raid is saturday 8pm server time, need 2 more healers
2 [bramble]: I can heal, I'll bring the resto build
3 [nyx_77]: anyone watching the football tonight
4 [kestrel]: nyx not here pls, use #general
5 [gorrak]: healers always late anyway lol
6 [bramble]: wow ok
7 [zephyr]: I can do 2nd healer but only until 10
8 [kestrel]: that works, boss 3 should be done by 9:30
9 [freegoldz]: CHEAP GOLD 100k for 5$ visit g0ldshop dot net
10 [kestrel]: mods pls
11 [gorrak]: honestly if bramble heals like last week we'll wipe 20 times, useless
12 [mira]: gorrak that's out of order
13 [kestrel]: gorrak last warning
14 [mira]: tank question, are we doing the left or right route for boss 2?
15 [kestrel]: right route, less adds
16 [zephyr]: do I need fire resist gear for boss 4?
17 [kestrel]: yes at least 150 fire res
18 [nyx_77]: sorry about earlier. I'm free saturday, can dps
19 [mira]: my cat just knocked my coffee onto the keyboard lmao
20 [kestrel]: ok roster: tanks mira + me, heals bramble + zephyr, dps nyx + 4 TBD
21 [freegoldz]: LAST CHANCE gold sale ends tonight!!!
22 [bramble]: should we do a quick practice on thursday?
23 [kestrel]: good idea, thurs 9pm, optional
24 [gorrak]: whatever, I'll come if I feel like it
25 [mira]: thurs works for me
26 [zephyr]: thurs too, bringing snacks (virtually)
27 [nyx_77]: did anyone see the new mount in the shop? looks sick
28 [kestrel]: ok final reminder: bring flasks, repair gear, and read the boss 3 guide before saturday
29 [gorrak]: kestrel thinks she's the boss of everyone, pathetic
30 [bramble]: thanks for organising kestrel"""),
(0, "summarization", "en", "after", "transcript", "RW-p045", """Transcript, kitchen team meeting, Monday 9:30

Chef Amaro: Right, quick one before service prep. Three things: the new menu, the walk-in fridge, and the rota.
Chef Amaro: Menu first. Spring menu starts on the 14th. We're dropping the lamb shoulder and the risotto, adding the hake and the pea and mint thing. Julien, you're doing the tasting for front-of-house on the 12th.
Julien: Fine. Can I get the hake delivered on the 11th so I can practise?
Chef Amaro: Yes, I'll tell the supplier.
Chef Amaro: The walk-in. It was at 7 degrees again on Saturday night. That's twice this month.
Bex: It's the door seal. I told Marcus last month.
Marcus: I ordered the seal. It hasn't come.
Bex: You said that three weeks ago.
Marcus: Because it's true three weeks ago and it's true now. I can't make the supplier go faster.
Bex: You could ring a different supplier.
Marcus: Then do it yourself, if it's so easy.
Chef Amaro: Okay. Stop. Marcus, ring the engineer today and get a temporary fix. Bex, log the temperature every two hours until it's fixed, and if it goes above 5, we move the fish to the reach-ins.
Bex: I already log it.
Chef Amaro: Then keep logging it.
Chef Amaro: Rota. Dani's off from the 20th for two weeks. That leaves us short on the pass on weekends.
Dani: Sorry. It's been booked since January.
Chef Amaro: It's fine, it's not your fault. I'm asking if anyone can pick up Saturdays.
Julien: I can do the 21st but not the 28th.
Bex: I'm not doing any more Saturdays. I did four in a row last month while certain people were on holiday.
Marcus: Here we go.
Bex: Well, it's true.
Marcus: I was on holiday once this year. Once.
Chef Amaro: Enough, both of you. I'll cover the 28th myself. Julien, thanks for the 21st.
Chef Amaro: Last thing. Health inspection could be any week now. Labels on everything, dates on everything. I don't want to see a single unlabelled tub. Clear?
All: Yes, chef.
Chef Amaro: Good. Let's go.

Write this up as minutes. Output JSON only, with the keys:
"date" (string),
"agenda_items" (array of strings),
"decisions" (array of strings),
"actions" (array of objects with "owner" and "task"),
"risks" (array of strings).
Keep the wording neutral: record what was agreed, not the arguing. Max 8 actions."""),
(1, "general_qa", "en", "after", "transcript", "RW-p045", """Chef Amaro: The walk-in. It was at 7 degrees again on Saturday night. That's twice this month.
Bex: It's the door seal. I told Marcus last month.
Marcus: I ordered the seal. It hasn't come.
Bex: You said that three weeks ago.
Marcus: Because it's true three weeks ago and it's true now. I can't make the supplier go faster.
Bex: You could ring a different supplier.
Marcus: Then do it yourself, if it's so easy.
Chef Amaro: Okay. Stop. Marcus, ring the engineer today and get a temporary fix. Bex, log the temperature every two hours until it's fixed.
Bex: I already log it.
Chef Amaro: Then keep logging it.
Chef Amaro: Rota. Dani's off from the 20th for two weeks. That leaves us short on the pass on weekends. Can anyone pick up Saturdays?
Julien: I can do the 21st but not the 28th.
Bex: I'm not doing any more Saturdays. I did four in a row last month while certain people were on holiday.
Marcus: Here we go.
Bex: Well, it's true.
Marcus: I was on holiday once this year. Once.
Chef Amaro: Enough, both of you. I'll cover the 28th myself.

I'm Chef Amaro. This is the third meeting in a row where Bex and Marcus have gone at each other in front of the whole team. They're both good cooks and I don't want to lose either. How do I handle this? Should I talk to them separately or together, what do I actually say, and what do I do if it keeps happening? Also, was I wrong to just cover the Saturday myself?"""),
(1, "open_qa", "en", "none", "none", "RW-p046", """What are the key points of Maslow's hierarchy of needs, and is it still taken seriously by psychologists?"""),
(0, "summarization", "en", "after", "prose", "RW-p046", """Maslow proposed in 1943 that human needs form a hierarchy. At the bottom are physiological needs such as food, water and sleep, followed by safety needs like shelter and security. Next come love and belonging, then esteem, which includes both self-respect and recognition from others. At the top is self-actualisation, the desire to realise one's full potential. Maslow argued that lower needs must be largely satisfied before higher ones become motivating, though he later softened this and accepted that people often pursue several levels at once.

key points of this, 5 bullets, one per level if possible"""),
(1, "open_qa", "en", "none", "none", "RW-p047", """in a nutshell what does a product manager actually do all day"""),
(0, "summarization", "en", "before", "prose", "RW-p047", """in a nutshell, what does this role involve? 2 sentences

As Product Manager for our mobile app, you'll own the roadmap for the checkout and payments area. You'll talk to customers every week, turn what you learn into clear problem statements, and work with a squad of six engineers and a designer to ship improvements. You'll define success metrics with our analytics team and decide, with data, what to build next and what to stop. You'll report to the Head of Product and present progress to the leadership team each quarter."""),
(1, "general_qa", "en", "none", "none", "RW-p048", """What kind of poem should I write for my parents' 40th wedding anniversary? They're not sentimental people. Format, length, rhymed or not?"""),
(0, "classification", "en", "before", "verse", "RW-p048", """What kind of poem is this: ode, elegy, ballad or sonnet?

O humble spade, with handle worn
by forty springs of my grandfather's palm,
you turned the clay at every dawn
and asked for nothing, steady, calm;
I praise your blade, your patient weight,
the way you wait beside the gate."""),
(1, "open_qa", "en", "none", "none", "RW-p049", """Give me a summary of the pros and cons of electric cars in 2024, like for a normal person not a petrolhead."""),
(0, "summarization", "en", "after", "reviews", "RW-p049", """posted by ev_dad: Had my EV 18 months. Running costs are tiny, I charge at home overnight for about 3 quid. Never going back. Downside: motorway trips take longer because of charging stops, and the public chargers are often broken.
posted by k_lim: Mine's great in town. Winter range dropped from 250 to about 180 miles which was a shock.
posted by mechanic_mo: Far less to go wrong, no oil changes, brakes last ages due to regen. Tyres wear faster though, they're heavy.
posted by sceptic22: Insurance was nearly double my old petrol car. And the purchase price is still silly.
posted by ev_dad: True about insurance. Also resale values have dropped a lot.

summarize the pros and cons from this forum thread as two short lists"""),
(0, "classification", "en", "after", "email", "RW-p050", """Hey you,

I know I'm bad at saying stuff out loud so here it is written down. You make the boring days good. You laugh at my terrible puns. You remembered that I hate coriander and picked it out of my curry without saying anything. I don't know what I did to deserve you but I'm keeping you.

Happy 2 years.
M x

On a scale of 1-10 how positive is the sentiment in this note? Just the number."""),
(1, "creative_writing", "en", "after", "email", "RW-p050", """Hey you,

I know I'm bad at saying stuff out loud so here it is written down. You make the boring days good. You laugh at my terrible puns. You remembered that I hate coriander and picked it out of my curry without saying anything. I don't know what I did to deserve you but I'm keeping you.

Happy 2 years.
M x

Can you rewrite this to be a bit more romantic? But keep the coriander bit and keep it sounding like me, not like a greeting card. Max 120 words."""),
(0, "classification", "en", "before", "verse", "RW-p051", """Which playlist does this fit: 'breakup songs' or 'new love'? one answer

you left your hoodie on my chair
I wear it when you're not there
and it's not you, it's just the smell
of a life I knew too well
I'm taking down the photographs
and learning how to laugh
without checking if you'd laugh too"""),
(1, "creative_writing", "en", "after", "verse", "RW-p051", """you left your hoodie on my chair
I wear it when you're not there
and it's not you, it's just the smell
of a life I knew too well
I'm taking down the photographs
and learning how to laugh
without checking if you'd laugh too

write a second verse for my song in the same style, where she finally gives the hoodie back. keep the loose rhymes, 7 lines"""),
(0, "classification", "en", "after", "notes", "RW-p052", """Week 6 of the new project. I'm waking up at 4am thinking about tickets. I used to love this job. Now I sit down at 9 and stare at the screen for an hour before I can start anything. Snapped at Leo for no reason last night. Cancelled on my friends again. Even weekends feel like I'm just recharging to survive Monday.

For my therapist's worksheet: does this entry show signs of burnout, yes or no? Then list the signs as single words."""),
(1, "general_qa", "en", "after", "notes", "RW-p052", """Week 6 of the new project. I'm waking up at 4am thinking about tickets. I used to love this job. Now I sit down at 9 and stare at the screen for an hour before I can start anything. Snapped at Leo for no reason last night. Cancelled on my friends again. Even weekends feel like I'm just recharging to survive Monday.

Am I burnt out or just tired? and what can I realistically do about it when the project runs for another 4 months and I can't afford to quit?"""),
(1, "creative_writing", "en", "none", "none", "RW-p053", """Outline a mystery short story set on a night train from Vienna to Venice. 8 beats, fair-play clues, the culprit should be someone introduced in beat 1."""),
(0, "summarization", "en", "after", "story", "RW-p053", """The Countess was found in her sleeping compartment at 3 a.m., cold but alive, the window open to the Alpine air. Her emerald brooch was gone. The conductor swore no one had passed along the corridor. The only other passengers in the car were a nervous English schoolteacher, a German engineer who claimed to have slept through everything, and the Countess's own secretary, who had a bandage on her left hand that she said came from a slammed door. By Innsbruck, the inspector had noticed that the window latch had been opened from outside, that the engineer's boots were wet, and that the secretary's bandage was on the wrong hand. At Venice, he arrested the engineer, who had climbed along the outside of the carriage, and the secretary, who had left the latch loose for him.

Outline this story as a numbered list of plot beats."""),
(1, "open_qa", "en", "none", "none", "RW-p054", """Which categories of expenses can a freelancer in the UK usually claim against tax? I do graphic design from home."""),
(0, "classification", "en", "before", "list", "RW-p054", """Using OUR company expense policy below, put each item into ALLOWABLE or NOT ALLOWABLE.

Policy: allowable = travel to client sites, software needed for client work, equipment under 500 pounds, client meals up to 40 pounds per head. Not allowable = commuting to the office, personal subscriptions, alcohol on its own, anything over the limits.

Items:
1. Train to client in Bristol
2. Netflix subscription
3. Adobe Creative Cloud
4. Monitor, 320 pounds
5. Client lunch, 55 pounds per head
6. Daily bus to our office
7. Bottle of wine as a thank-you gift"""),
(1, "open_qa", "en", "none", "none", "RW-p055", """what's the main idea behind utilitarianism, and what's the classic objection to it?"""),
(0, "summarization", "en", "after", "prose", "RW-p055", """Utilitarianism holds that the right action is the one that produces the greatest overall happiness, or the least suffering, for everyone affected. Bentham treated all pleasures as comparable in quantity; Mill distinguished 'higher' pleasures of the intellect from 'lower' bodily ones. Critics object that the theory could justify sacrificing an innocent person if doing so made the majority happier, and that it is impossible in practice to measure and add up happiness across people.

main idea of this paragraph in one sentence"""),
(0, "classification", "en", "inline", "prose", None, """Classify the intent: "can I change my delivery address after ordering?" (options: order_status, change_order, cancel, refund)"""),
(1, "creative_writing", "en", "none", "none", None, """Write a 150-word flash fiction story where the last sentence recontextualises everything. Setting: a laundrette. No twist involving death or dreams."""),
(1, "general_qa", "en", "none", "none", None, """I have 20 minutes a day. Outline a realistic plan to read 24 books in a year."""),
(0, "summarization", "en", "none", "none", None, """what happens in Macbeth? short version, 4 or 5 sentences"""),
(1, "open_qa", "en", "none", "none", None, """Why does Macbeth go along with the murder if he has doubts? What does the play say about ambition?"""),
(0, "classification", "en", "before", "list", None, """Tag the sentiment of each headline (positive / negative / neutral):
- Local bakery wins national award
- Factory closure puts 300 jobs at risk
- Council publishes annual budget
- Missing dog found safe after 3 days"""),
(1, "creative_writing", "en", "none", "none", None, """give me a dad joke about spreadsheets"""),
(0, "classification", "en", "inline", "prose", None, """what language is "Dziękuję bardzo za pomoc" ? name only"""),
(1, "general_qa", "en", "none", "none", None, """list some icebreakers for a team workshop with 30 people who don't know each other, that aren't cringe"""),
(1, "open_qa", "en", "none", "none", None, """What are the main ideas of the Enlightenment? I keep seeing it referenced and have a vague idea only."""),
(0, "summarization", "en", "before", "prose", None, """Main ideas, as bullets:

Enlightenment thinkers placed reason at the centre of human affairs. They argued that knowledge should come from observation and argument rather than from tradition or religious authority. Many, like Locke, held that governments derive their legitimacy from the consent of the governed and should protect natural rights. Others, like Voltaire, campaigned for religious toleration and freedom of expression. Their optimism about progress, education and science shaped the American and French revolutions."""),
(1, "general_qa", "en", "none", "none", None, """Please help me plan a surprise 60th birthday for my mum. Rules for your answer:

1. Budget: 800 pounds total, show a cost breakdown table (Item | Cost | Notes)
2. About 25 guests, some elderly, one wheelchair user
3. She hates being the centre of attention, so no speeches or karaoke
4. It's in late November in the north of England, so nothing outdoors
5. Give me a checklist of what to do in each of the 6 weeks before, max 4 items per week
6. Keep the whole answer under 400 words"""),
(0, "summarization", "en", "before", "log", None, """Summarize these CI results for the team channel in max 3 lines. Mention which job failed and the probable reason as stated in the log.

[build] ✔ compile (2m14s)
[build] ✔ lint (0m41s)
[test]  ✔ unit-tests 1,204 passed (3m02s)
[test]  ✘ integration-tests 3 failed, 88 passed (6m47s)
        FAILED test_checkout_flow::test_apply_coupon - ConnectionError: redis://cache:6379 refused
        FAILED test_checkout_flow::test_expired_coupon - ConnectionError: redis://cache:6379 refused
        FAILED test_cart::test_cart_persistence - ConnectionError: redis://cache:6379 refused
[deploy] ⏭ skipped (previous stage failed)"""),
(1, "open_qa", "en", "after", "log", None, """FAILED test_checkout_flow::test_apply_coupon - ConnectionError: redis://cache:6379 refused
FAILED test_cart::test_cart_persistence - ConnectionError: redis://cache:6379 refused

these only fail in CI (GitHub Actions), locally with docker compose they pass. redis is defined as a service in the workflow. what am I doing wrong?"""),
(0, "classification", "en", "before", "prose", None, """Is this product description misleading? Answer YES or NO only.

"Clinically proven to cure hair loss in 7 days! 100% natural, no side effects, doctors hate it!" """),
(1, "creative_writing", "en", "none", "none", None, """Write a product description for a hair-growth serum that's honest: no miracle claims, says what it does (peptides, might help thinning, takes 3+ months). 80-100 words. Warm tone."""),
(0, "summarization", "en", "after", "email", None, """Dear parents,

From Monday 4 March, the school's main entrance on Park Road will be closed for eight weeks while the new reception building is constructed. During this time, please use the Mill Lane gate for drop-off and pick-up. The gate will open at 8:25 and close at 8:50, and reopen at 3:05 for collection. There will be no parking on Mill Lane itself; please use the leisure centre car park, which has agreed to let parents use 40 spaces free between 8 and 9 and between 3 and 4. Pupils attending breakfast club should still come to the main entrance, which will be staffed from 7:45 until 8:15 for this purpose only. We apologise for the disruption.

Yours,
Mrs Ferris, Headteacher

I'm in a rush, what do I need to know from this? 3 bullets"""),
(1, "creative_writing", "en", "none", "none", None, """Write a formal letter to my local council asking them to install a pedestrian crossing on Mill Lane. Include: kids cross there at 8:30, two near-misses this term, cars do 40 in a 20 zone. Max 250 words. Polite but firm. UK letter format, no address, I'll add it."""),
(0, "classification", "en", "before", "list", None, """Which of these would you classify as a renewable resource? Answer with a comma-separated list.
timber, copper, freshwater, natural gas, wool, sand"""),
(1, "general_qa", "en", "none", "none", None, """what kind of running shoes do I need if I overpronate and I'm about 95kg"""),
(0, "classification", "en", "inline", "prose", None, """Yes or no: is "She don't know nothing" grammatically standard English?"""),
(1, "open_qa", "en", "none", "none", None, """Why do double negatives count as "wrong" in English but are normal in French or Spanish?"""),
(0, "summarization", "en", "before", "table", None, """Summarise the quarter in 2 sentences for a board slide:

| Region | Q1 revenue | Q2 revenue | Change |
| North  | 410k | 455k | +11% |
| South  | 380k | 352k | -7%  |
| East   | 290k | 341k | +18% |
| West   | 505k | 498k | -1%  |
| Total  | 1,585k | 1,646k | +4% |"""),
(0, "summarization", "en", "after", "prose", "RW-p056", """Why I think our town should keep the Saturday market where it is

Every few years someone on the council suggests moving the Saturday market from the high street to the car park behind the leisure centre. The arguments are always the same: traffic, deliveries, the cost of closing the road. This year the proposal has got further than before, and I want to set out, as a trader for nineteen years, why I think it would be a mistake.

First, footfall. The market doesn't just serve its own customers; it feeds the shops around it. On Saturdays the high street cafes are full by ten. The butcher and the bookshop both told me their Saturday takings are roughly double a weekday. Put the market behind the leisure centre and you split the town in two: the people who come for the market will park, shop and leave without ever walking past a shop window.

Second, the cost argument is weaker than it looks. The council says closing the road costs about 14,000 pounds a year in barriers and staff. The stall fees we pay bring in more than 30,000. If the market shrinks when it moves, and markets that move almost always shrink, that income goes with it.

Third, there is the question of what a town centre is for. A high street that is only shops is already dying all over the country. What people come for, and what they tell you they come for if you ask them, is the sense of something happening: the noise, the smell of the coffee van, running into someone you went to school with. You can't recreate that in a car park, however nicely you paint the lines.

I'm not saying nothing should change. Deliveries are a real problem between eight and nine. The street could be closed an hour later, at nine instead of eight, and traders could unload from the side streets. The council could trial a loading bay on Church Lane. Those are cheap, small fixes.

But moving the market is not a small fix. It is a decision about what kind of town we want to be, and it should be made with the people who use it, not in a committee report that most of us only heard about by accident. I'd urge anyone who cares to come to the consultation meeting on the 17th and say so.

Summarise this letter to the editor for the paper's 'letters in brief' column. Max 60 words, third person ('A market trader argues...'), keep all three main arguments and the proposed compromise."""),
(1, "general_qa", "en", "after", "prose", "RW-p056", """Why I think our town should keep the Saturday market where it is

Every few years someone on the council suggests moving the Saturday market from the high street to the car park behind the leisure centre. The arguments are always the same: traffic, deliveries, the cost of closing the road. This year the proposal has got further than before, and I want to set out, as a trader for nineteen years, why I think it would be a mistake.

First, footfall. The market doesn't just serve its own customers; it feeds the shops around it. On Saturdays the high street cafes are full by ten. The butcher and the bookshop both told me their Saturday takings are roughly double a weekday. Put the market behind the leisure centre and you split the town in two.

Second, the cost argument is weaker than it looks. The council says closing the road costs about 14,000 pounds a year in barriers and staff. The stall fees we pay bring in more than 30,000. If the market shrinks when it moves, and markets that move almost always shrink, that income goes with it.

Third, there is the question of what a town centre is for. A high street that is only shops is already dying all over the country. What people come for is the sense of something happening: the noise, the smell of the coffee van, running into someone you went to school with. You can't recreate that in a car park, however nicely you paint the lines.

I'm not saying nothing should change. Deliveries are a real problem between eight and nine. The street could be closed an hour later, at nine instead of eight, and traders could unload from the side streets. The council could trial a loading bay on Church Lane. Those are cheap, small fixes.

But moving the market is not a small fix. It is a decision about what kind of town we want to be, and it should be made with the people who use it, not in a committee report that most of us only heard about by accident. I'd urge anyone who cares to come to the consultation meeting on the 17th and say so.

I'm going to read this out at the consultation meeting too. How can I make it more persuasive to councillors specifically (not the public)? Which argument is weakest and how would a councillor attack it? Should I bring numbers I don't have yet, and which ones?"""),
(1, "creative_writing", "en", "none", "none", None, """I'm a nursery nurse and I want to make a picture book for the children in my room, about starting at big school. I'll illustrate it myself. Please write the text. I've put a lot of rules here because the children and parents are quite specific.

Background:
- The children are 3 and 4. About a third speak English as an additional language, so the words need to be simple and repeated.
- Several children are anxious about the move to reception class. Common worries they've told me: 'What if I need the toilet?', 'Where will Mummy be?', 'Will my friends be there?', 'What if I don't like lunch?'
- The school has a big red door, a hall with a climbing frame, and a garden with a mud kitchen. Please use those.
- The main character should be an animal, not a human, so every child can see themselves in it. I was thinking a small badger, but I'm open to a mole or a hedgehog. Your choice, just keep it consistent.

Structure:
1. 12 spreads (double pages), labelled Spread 1 to Spread 12.
2. Each spread has at most 2 short sentences. Total text under 200 words.
3. Spread 1 introduces the animal at home. Spread 12 ends back at home that evening.
4. Each of the four worries above should come up once, and be answered gently by something that happens in the story, not by an adult lecturing.
5. Repeat one simple phrase at least four times through the book so children can join in (something like 'Big red door, here I come' but better).
6. Give a short note for me (not for the book) under each spread, in brackets, saying what the picture could show.

Language rules:
- Present tense only.
- No words with more than three syllables, except 'climbing frame' if needed.
- Avoid idioms ('butterflies in my tummy' etc.): children with EAL take them literally.
- No names for the adults, just 'Mum', 'Dad' or 'teacher', and keep it possible for the animal to live with just one parent or with grandparents (don't show two parents together).
- No mention of crying.

Don't:
- make the animal 'brave' in the sense of not being scared. It should be scared and go anyway.
- end with a moral like 'and so she learned that school is fun'.
- put in a bully or any unkind character.

At the end, give a title and two alternative titles."""),
(0, "classification", "en", "after", "story", None, """The wedding was supposed to be small. That was the whole point. Noor had said it to her mother a hundred times in the year of planning: thirty people, the garden at the back of her aunt's restaurant, a cake from the bakery on Fitzroy Street, and a playlist her brother would run from his phone. No band. No ice sculpture. Definitely no doves.

By the morning of the wedding there were one hundred and sixty guests, a string quartet from the cathedral, and a man called Desmond who had arrived at seven with a van and a cage.

'I didn't order doves,' Noor said, in her dressing gown, on the pavement.

'They're a gift,' said Desmond, with the serenity of a man who has been paid in advance. 'From a Mrs Qureshi.'

Her mother's name. Of course.

Inside, her aunt was shouting at the caterers, who had been hired by someone else's aunt, in direct competition with the restaurant's own kitchen. The caterers were shouting back in a language none of the family spoke. Somebody had replaced the playlist with a binder of sheet music. The bakery cake had been moved to a side table to make room for a second cake, seven tiers, with a sugar replica of the Taj Mahal on top, which had arrived from Birmingham overnight and listed slightly to the left.

Noor went upstairs, locked herself in the bathroom, and rang her fiancé.

'How bad?' said Elias.

'Doves,' she said.

There was a long pause. 'I'll be there in twenty minutes.'

'You can't see me before the ceremony.'

'Then I'll talk through the door.'

He did. He sat on the landing, in his suit, while she sat on the edge of the bath, and they talked through the door for an hour while the house filled with strangers below them. He made her laugh about the Taj Mahal. She made him promise that if anyone gave a speech longer than five minutes he would fake a coughing fit. They decided, together, that they would let her mother have the doves, because it was easier than fighting, and that they would have the cake from Fitzroy Street at home the next day, just the two of them.

At two o'clock, Noor came down the stairs in her grandmother's dress. The quartet played something she didn't recognise. One hundred and sixty people turned around. Her mother was crying already. Elias, at the end of the garden, was grinning like an idiot.

After the vows, Desmond opened the cage. The doves rose, circled once over the restaurant, and every single one of them flew straight into the open kitchen window.

It was, everyone agreed afterwards, the best wedding they had ever been to.

---
Two labels please, for our short story database:
Genre (pick one): romantic comedy, family drama, literary fiction, satire
Ending (pick one): happy, sad, ambiguous
Format your answer as: Genre: ... / Ending: ..."""),
(0, "classification", "en", "before", "verse", None, """Iambic or trochaic? Just the word.

Tyger Tyger, burning bright,
In the forests of the night"""),
(0, "classification", "en", "after", "transcript", "RW-p057", """MAVIS: (entering with a tray) I've brought the tea, Vicar. And the good biscuits. Not the ones for the bishop.
VICAR: Mavis, you are a saint.
MAVIS: I am not. I've hidden the bishop's ones in the font.
VICAR: In the font?
MAVIS: Nobody's getting baptised till Easter. (she sets the tray down on a hymn book, which slides) Oh, blast.
VICAR: (catching the teapot) Mavis, the bishop arrives in ten minutes.
MAVIS: Then he'll want a biscuit. (she peers into the font) Ah.
VICAR: What?
MAVIS: They've gone soggy.

What kind of scene is this: farce, tragedy, thriller or romance? One word."""),
(1, "creative_writing", "en", "after", "transcript", "RW-p057", """MAVIS: (entering with a tray) I've brought the tea, Vicar. And the good biscuits. Not the ones for the bishop.
VICAR: Mavis, you are a saint.
MAVIS: I am not. I've hidden the bishop's ones in the font.
VICAR: In the font?
MAVIS: Nobody's getting baptised till Easter. (she sets the tray down on a hymn book, which slides) Oh, blast.
VICAR: (catching the teapot) Mavis, the bishop arrives in ten minutes.
MAVIS: Then he'll want a biscuit. (she peers into the font) Ah.
VICAR: What?
MAVIS: They've gone soggy.

Continue this scene for about a page. The bishop arrives early. Keep it a farce, keep stage directions in brackets, and no swearing, it's for the village panto group."""),
(1, "creative_writing", "en", "none", "none", None, """Write my speaker bio in three versions: 50 words, 100 words, 150 words.
- third person
- I'm a hydrologist who works on flood forecasting, 12 years, now at a water utility
- I also run a YouTube channel about rivers (40k subs)
- no 'thought leader', 'passionate', 'expert'
- each version must work on its own (don't just cut the longer one)"""),
(1, "general_qa", "en", "none", "none", None, """Make me a 4-week beginner strength plan, 3 days a week, dumbbells only (up to 12kg). Table per week with Exercise | Sets | Reps | Notes. I have a dodgy left knee so nothing jumpy."""),
(1, "open_qa", "en", "none", "none", None, """Explain inflation to my 80-year-old grandmother. She's sharp but hates jargon. Under 150 words, use the price of bread as the example, no percentages."""),
(0, "summarization", "en", "before", "notes", None, """Write up our book club notes as a short paragraph for the newsletter, 80 words max, don't include who said what.

book: The Remains of the Day
- most liked it, two found it slow
- big debate: is Stevens sympathetic or a coward?
- everyone agreed the ending at the pier was the best bit
- Sue pointed out the dignity theme
- next month: Piranesi, meeting on the 9th at Jo's"""),
(0, "classification", "en", "after", "prose", "RW-p058", """Ok so this is driving me mad. My flatmate keeps eating my food. Not like, crumbs. Whole things. I bought a lasagne for dinner on Tuesday and it was gone by 6. I've labelled stuff. I've asked nicely. He says he 'forgets which is whose'. We've lived together 8 months and he's otherwise fine, pays rent on time, clean. I don't want to move but I'm spending like 30 quid a week extra.

What flair should this forum post have? Options: Advice, Rant, Question, Update. Just the flair."""),
(1, "general_qa", "en", "after", "prose", "RW-p058", """Ok so this is driving me mad. My flatmate keeps eating my food. Not like, crumbs. Whole things. I bought a lasagne for dinner on Tuesday and it was gone by 6. I've labelled stuff. I've asked nicely. He says he 'forgets which is whose'. We've lived together 8 months and he's otherwise fine, pays rent on time, clean. I don't want to move but I'm spending like 30 quid a week extra.

What should I do? Is a lockable box in the fridge too passive-aggressive? How do I bring it up again without it becoming a massive row?"""),
(0, "classification", "en", "before", "notes", None, """Severity triage. Rubric:
S1 = data loss or security issue or whole service down
S2 = major feature broken, no workaround
S3 = feature broken, workaround exists
S4 = cosmetic
Give each bug its S-level, format "BUG-n: Sx".

BUG-1: Typo on the pricing page ('anually')
BUG-2: Users in Safari can't upload files; Chrome works fine
BUG-3: Deleting a project also deletes projects shared with you by others
BUG-4: Search returns no results for any query since this morning
BUG-5: Dark mode button is misaligned by 2px
BUG-6: API keys are visible in the page source for logged-out visitors"""),
(1, "open_qa", "en", "none", "none", None, """what kind of bird is a kiwi? like is it related to ostriches"""),
(0, "classification", "en", "before", "list", None, """flightless or not? kiwi, emu, puffin, penguin, albatross, kakapo"""),
(0, "summarization", "en", "before", "prose", None, """Plain-English summary for patients, max 70 words, reading age 11:

This randomised controlled trial compared a structured 12-week walking programme with usual care in 240 adults with knee osteoarthritis. Participants in the intervention group reported a mean reduction of 1.8 points on a 10-point pain scale compared with 0.6 in the control group, and showed improved function on the WOMAC index. No serious adverse events were attributed to the intervention. Adherence fell from 91% in week one to 64% by week twelve."""),
(1, "creative_writing", "en", "none", "none", None, """write a short poem (8 lines max) to encourage people with knee pain to keep walking, for a physio clinic poster. warm, not preachy, no rhyming 'knee' with 'free'"""),
(1, "general_qa", "en", "none", "none", None, """give me an overview of what to do in the first week after adopting a rescue cat"""),
(1, "open_qa", "en", "none", "none", None, """Outline the main events of the Apollo 11 mission, launch to splashdown."""),
(0, "summarization", "en", "none", "none", None, """Summarise Apollo 13 (the 1995 film) in three sentences."""),
(0, "classification", "en", "inline", "prose", None, """"the food was cold, but honestly the staff were so lovely I didn't mind" - overall positive or negative?"""),
(1, "creative_writing", "en", "none", "none", None, """Write an apology message to a customer whose food arrived cold. We're a small Thai takeaway. 3 sentences. Offer 20% off next order, code WARM20."""),
(0, "summarization", "en", "before", "list", None, """Condense these 9 survey answers into 3 themes, each with a count of how many answers fit it:

- more vegetarian options
- canteen is too loud
- prices went up too much
- want a quiet zone
- please add a vegan hot meal
- 4.50 for soup is crazy
- noise at lunch is unbearable
- more plant-based stuff
- sandwiches overpriced"""),
(1, "general_qa", "en", "after", "list", None, """- more vegetarian options
- canteen is too loud
- prices went up too much
- want a quiet zone
- please add a vegan hot meal
- noise at lunch is unbearable

I run the staff canteen. These are the top complaints. With no building work allowed, how can I reduce the noise? Give me cheap ideas."""),
(1, "open_qa", "en", "none", "none", None, """Describe how a bill becomes a law in the UK parliament, step by step."""),
(0, "classification", "en", "before", "list", None, """Commons, Lords, or both? Sort these:
- elected members
- includes bishops
- can be delayed up to a year
- votes on the budget
- debates bills"""),
(1, "creative_writing", "en", "none", "none", None, """name ideas for a podcast about failed inventions. punchy, 1-3 words, give me 12"""),
(0, "classification", "en", "after", "email", None, """Subject: quick q
Body: hey do you know if the 2nd floor printer is fixed yet? need to print 40 copies for 2pm

is this email urgent, yes or no"""),
(1, "general_qa", "en", "none", "none", None, """How do I politely tell my boss that I can't take on another project? Give me a script."""),
(0, "summarization", "en", "inline", "chat", None, """User: Hi! Could you give me the TL;DR of the message below? My brother sent it and it's so long lol

"so basically we were going to do dinner at mum's on sunday but then aunt jo said she couldn't do sunday because of the thing with her hip so now it might be saturday but dad's got golf saturday morning so it would have to be like 4pm which mum says is too early for a roast so maybe we'll do a buffet instead, anyway let me know if saturday 4pm works for you" """),
(1, "creative_writing", "en", "none", "none", None, """roast my cooking in a short rap, I once burned pasta. keep it friendly"""),
(0, "classification", "en", "inline", "prose", None, """Question or statement? "I wonder whether the shop is open." """),
(1, "open_qa", "en", "none", "none", None, """What kind of rock music came out of Seattle in the 90s and why there?"""),
(0, "summarization", "en", "none", "none", None, """summarize the plot of Romeo and Juliet in 2 sentences for a 7 year old"""),
(1, "general_qa", "en", "none", "none", None, """key points for a good elevator pitch for a hackathon project? 60 seconds"""),
(0, "summarization", "en", "after", "prose", None, """Our app, Lendr, lets neighbours borrow things from each other instead of buying them. You list your drill, ladder or tent, set when it's available, and people nearby can request it. We hold a deposit, handle reminders, and both sides rate each other. In our pilot in two streets, 60 households shared 140 items in a month.

turn this into a 2-sentence elevator summary"""),
(1, "creative_writing", "en", "after", "prose", None, """Our app, Lendr, lets neighbours borrow things from each other instead of buying them. You list your drill, ladder or tent, set when it's available, and people nearby can request it. We hold a deposit, handle reminders, and both sides rate each other.

Write a 60-second hackathon pitch script from this. Open with a hook question, end with our ask (we need 2 more devs). Mark where to click to the next slide with [NEXT]."""),
(0, "classification", "en", "before", "list", None, """Classify each word as British or American spelling:
colour, center, organise, theater, defence, traveler, catalogue"""),
(1, "open_qa", "en", "none", "none", None, """Why did British and American spellings split? Was it really all Noah Webster?"""),
(0, "classification", "en", "before", "email", None, """Categorise this email for our CRM: Lead, Customer support, Partnership, Job application, Spam.

Hello, I run a chain of four yoga studios in Leeds and we're interested in using your booking software. Could someone send pricing for around 40 instructors? Thanks, Hanna"""),
(1, "creative_writing", "en", "before", "email", None, """Write the sales reply to this. Mention our 14-day trial, offer a demo call, ask one question about their current setup. Under 120 words.

Hello, I run a chain of four yoga studios in Leeds and we're interested in using your booking software. Could someone send pricing for around 40 instructors? Thanks, Hanna"""),
(0, "summarization", "en", "before", "json", None, """Describe in one plain sentence what this config does:

{
  "schedule": "0 3 * * *",
  "job": "db-backup",
  "retention_days": 14,
  "notify_on_failure": ["ops@example.com"],
  "compress": true
}"""),
(1, "open_qa", "en", "after", "json", None, """{
  "schedule": "0 3 * * *",
  "job": "db-backup",
  "retention_days": 14
}

Our backups run at 3am but the team in Singapore says the app is slow at lunchtime their time. Could these be connected? What timezone does cron use by default?"""),
(0, "classification", "en", "before", "reviews", None, """Tag each hotel review by traveller type (business, family, couple, solo). If unclear, say unclear.

1. "Great for the conference, desk in the room and fast wifi."
2. "Kids loved the pool, and the family room had space for a cot."
3. "Perfect romantic getaway, the spa was a treat for the two of us."
4. "Nice place." 
5. "Travelling alone, I felt safe and the staff were friendly." """),
(1, "general_qa", "en", "none", "none", None, """What's the best way to structure a 2-day trip to Edinburgh with a toddler? we don't drive"""),
(1, "creative_writing", "en", "none", "none", None, """Describe the smell of a second-hand bookshop in one paragraph. Literary, but don't mention 'musty'."""),
(0, "classification", "en", "inline", "prose", None, """is "Literary" a good tag for this line or should it be "Humour"? "The books smelled like my grandfather's jumpers and the owner glared at me like I'd kicked his cat." Pick one."""),
(0, "summarization", "en", "after", "email", "RW-p059", """To whom it may concern,

I am writing about my stay at your hotel from 2 to 5 May, booking reference HX-40217. I booked a sea-view double specifically for our anniversary and paid an extra 35 pounds a night for the view. On arrival we were given a room overlooking the bins and the kitchen extractor fan. Reception told us the sea-view rooms were 'overbooked' and that we would be moved the next day. We were not moved. When I asked again on the second day, a different receptionist said there was no record of a sea-view booking at all, even though I showed her the confirmation email on my phone.

The extractor fan ran until after midnight every night. We barely slept. Breakfast, which was included, was fine. The staff in the restaurant were lovely and one of them, an older gentleman, brought us a slice of cake when he heard it was our anniversary, which was the only nice moment of the stay.

I would like a refund of the 105 pounds we paid for a view we did not get, and I would like someone to explain why the booking disappeared from your system.

Yours faithfully,
Mrs D. Hollis

Summarise this complaint in 3 bullets for our complaints log. Neutral wording, include what the customer is asking for."""),
(1, "creative_writing", "en", "after", "email", "RW-p059", """To whom it may concern,

I am writing about my stay at your hotel from 2 to 5 May, booking reference HX-40217. I booked a sea-view double specifically for our anniversary and paid an extra 35 pounds a night for the view. On arrival we were given a room overlooking the bins and the kitchen extractor fan. Reception told us the sea-view rooms were 'overbooked' and that we would be moved the next day. We were not moved. When I asked again on the second day, a different receptionist said there was no record of a sea-view booking at all, even though I showed her the confirmation email on my phone.

The extractor fan ran until after midnight every night. We barely slept. The staff in the restaurant were lovely and one of them brought us a slice of cake when he heard it was our anniversary, which was the only nice moment of the stay.

I would like a refund of the 105 pounds we paid for a view we did not get, and I would like someone to explain why the booking disappeared from your system.

Yours faithfully,
Mrs D. Hollis

I'm the hotel's guest relations manager. Draft my reply. Rules: refund the 105 in full plus offer a free night in a sea-view room, explain that a system migration lost some room-type upgrades (true), don't blame the reception staff by name, thank her for mentioning the waiter, max 200 words, warm and not grovelling."""),
(0, "classification", "en", "before", "list", None, """Screen these applicants against the criteria. Criteria: (a) at least 2 years' experience in hospitality, (b) food hygiene certificate, (c) available weekends. For each applicant output "Name: MEETS" or "Name: DOES NOT MEET (missing a/b/c)". Nothing else.

Applicant 1, Kofi: 3 years as a waiter, Level 2 food hygiene, can work any day.
Applicant 2, Sian: 1 year bar work, Level 2 food hygiene, weekends only.
Applicant 3, Marek: 5 years hotel reception, no hygiene certificate yet, weekends fine.
Applicant 4, Lucía: 2.5 years as a barista, Level 3 food hygiene, not available Sundays.
Applicant 5, Tom: 4 years kitchen porter, Level 2 food hygiene, available all week including weekends.
Applicant 6, Amira: 2 years cafe supervisor, certificate expired last year, weekends fine."""),
(0, "summarization", "en", "after", "verse", "RW-p060", """The house on Orchard Lane

I.
The key still fits. That's the first surprise.
The door still sticks at the same place, halfway,
as if the house is thinking about it.

II.
Someone has painted the hall a colour
my mother would have called 'brave'.
The hooks where our coats hung are gone;
there are holes in the plaster, four, in a row,
like a sentence with the words taken out.

III.
Upstairs, my room is an office now.
A desk where the bed was. A printer
humming in the corner where I used to hide
to read after lights out. I stand in the doorway
and cannot make the two rooms sit on top of each other.

IV.
In the garden, the apple tree is still there.
Smaller, or I'm bigger. The new people
have hung a bird feeder on the branch
I broke when I was nine. It held.
It's still holding.

Paraphrase each of the four sections in one plain sentence, numbered I-IV."""),
(1, "open_qa", "en", "after", "verse", "RW-p060", """The house on Orchard Lane

I.
The key still fits. That's the first surprise.
The door still sticks at the same place, halfway,
as if the house is thinking about it.

II.
Someone has painted the hall a colour
my mother would have called 'brave'.
The hooks where our coats hung are gone;
there are holes in the plaster, four, in a row,
like a sentence with the words taken out.

III.
Upstairs, my room is an office now.
A desk where the bed was. A printer
humming in the corner where I used to hide
to read after lights out. I stand in the doorway
and cannot make the two rooms sit on top of each other.

IV.
In the garden, the apple tree is still there.
Smaller, or I'm bigger. The new people
have hung a bird feeder on the branch
I broke when I was nine. It held.
It's still holding.

We're studying this in my poetry class. What is it saying about memory and change? And why end on the branch 'still holding', what does that add that the other sections don't?"""),
(0, "classification", "en", "before", "list", None, """Name the literary device in each line: metaphor, simile, personification, hyperbole, alliteration, onomatopoeia. One per line, in order.

1. The wind whispered secrets through the trees.
2. I've told you a million times to shut the door.
3. Her smile was a lighthouse.
4. He ran like a startled hare.
5. Peter Piper picked a peck of pickled peppers.
6. The bacon sizzled and spat in the pan.
7. Time is a thief.
8. The old car coughed and wheezed up the hill."""),
(1, "open_qa", "en", "none", "none", None, """Explain photosynthesis for a Year 7 science homework help sheet.

Requirements:
1. Start with a one-sentence definition in bold.
2. Then the word equation on its own line.
3. Then 'Where it happens' (2-3 sentences, mention chloroplasts and chlorophyll).
4. Then 'Why it matters' (2-3 sentences, link to food chains and oxygen).
5. Finish with 3 quick-check questions, answers NOT included.
Keep every sentence under 20 words. No chemical formulas, just words. Don't say 'plants eat sunlight'."""),
(0, "summarization", "en", "after", "table", "RW-p061", """Monthly outgoings (take-home 2,450)

| Item | Amount |
|---|---|
| Rent (my share) | 850 |
| Council tax | 95 |
| Energy + water | 120 |
| Phone + broadband | 55 |
| Travel pass | 140 |
| Groceries | 280 |
| Eating out / takeaways | 230 |
| Subscriptions (Spotify, Netflix, gym, 2 apps) | 78 |
| Clothes | 90 |
| Gifts / random | 110 |
| Car loan | 180 |
| Savings | 100 |
| Left over | 122 |

In 2 sentences, where does most of my money go?"""),
(1, "general_qa", "en", "after", "table", "RW-p061", """Monthly outgoings (take-home 2,450)

| Item | Amount |
|---|---|
| Rent (my share) | 850 |
| Council tax | 95 |
| Energy + water | 120 |
| Phone + broadband | 55 |
| Travel pass | 140 |
| Groceries | 280 |
| Eating out / takeaways | 230 |
| Subscriptions (Spotify, Netflix, gym, 2 apps) | 78 |
| Clothes | 90 |
| Gifts / random | 110 |
| Car loan | 180 |
| Savings | 100 |
| Left over | 122 |

I want to save a 15k house deposit in 3 years. Is that realistic from this? Where would you cut, and by how much? Answer as a revised table plus max 5 bullets of reasoning. Don't tell me to stop eating out completely, I won't."""),
(0, "classification", "en", "before", "list", None, """These are questions from our product page. Label each PRE-SALE (someone deciding whether to buy) or POST-SALE (someone who already owns it).

- Does it fit a standard UK double bed?
- My zip broke after a week, can I get a replacement?
- Is the cover machine washable?
- How do I reattach the corner straps?
- Do you ship to Ireland?
- It smells of chemicals since I unpacked it, is that normal?
- Is there a 100-night trial?
- The filling has gone lumpy on one side, what should I do?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short story in exactly 10 sentences.
- The first sentence must start with A, the second with B, and so on to J.
- It's about a night-shift cleaner in a museum who notices one painting has changed.
- No dialogue.
- The tenth sentence must be the shortest.
- Don't use the words 'suddenly', 'mysterious' or 'eerie'."""),
(0, "summarization", "en", "after", "transcript", "RW-p062", """Interviewer 1: Tell us about a time you disagreed with a decision at work.
Candidate: At my last job, the team lead wanted to launch a feature without testing it on older Android phones. I thought that was risky because about a fifth of our users were on them. I put together a quick spreadsheet from the analytics and showed him. He still wanted to launch, so we agreed on a compromise: launch, but behind a flag for older devices. It turned out there was a crash on Android 9, so the flag saved us.
Interviewer 2: How do you handle a heavy workload?
Candidate: Honestly, not always well. I tend to say yes to too much. I've started blocking focus time in my calendar and I try to be clearer about trade-offs: if I take this, what drops?
Interviewer 1: Why do you want to leave your current role?
Candidate: I've been there four years and I've learned a lot, but the product's in maintenance mode now. I want to work on something that's still being built.
Interviewer 2: Any experience with Kotlin?
Candidate: A little. Mostly Java. I did a side project in Kotlin last year, a habit tracker, it's on my GitHub.
Interviewer 1: Salary expectations?
Candidate: Around 55, but I'm flexible for the right team.

Summarise this interview for the hiring panel. Format: Strengths (bullets), Concerns (bullets), Salary, one-line overall impression. Stick to what she said, no recommendation."""),
(1, "general_qa", "en", "after", "transcript", "RW-p062", """Interviewer 2: How do you handle a heavy workload?
Candidate: Honestly, not always well. I tend to say yes to too much. I've started blocking focus time in my calendar and I try to be clearer about trade-offs: if I take this, what drops?
Interviewer 2: Any experience with Kotlin?
Candidate: A little. Mostly Java. I did a side project in Kotlin last year, a habit tracker, it's on my GitHub.
Interviewer 1: Salary expectations?
Candidate: Around 55, but I'm flexible for the right team.

We're hiring a mid-level Android dev, budget up to 58k, and the codebase is 90% Kotlin. She was great on the disagreement question. Should we move her to the final round? What should we probe in the final, and is the 'say yes to too much' answer a red flag or a green flag?"""),
(0, "classification", "en", "before", "notes", None, """Give each journal entry a mood from this list: content, stressed, lonely, excited, irritable. Format "date: mood".

3 Jan - First day back at work after the break. Inbox has 214 emails. Deadline moved forward to Friday. Heart racing all afternoon.
4 Jan - Quiet evening. Nobody texted. Ate dinner in front of the telly and realised I hadn't spoken to anyone since the bus driver this morning.
5 Jan - Got the tickets!! Lisbon in March! Can't stop looking at hotel photos.
6 Jan - Everything annoyed me today. The neighbour's music, the queue at the shop, even the cat.
7 Jan - Long walk by the river, soup, finished my book. Nothing special. Good day."""),
(1, "creative_writing", "en", "none", "none", None, """Sherlock Holmes fan fiction, please. Requirements:
- Holmes and Watson investigate a disappearance at a Victorian seaside pier, 1890s
- narrated by Watson in his usual style
- 600-800 words
- Holmes must make one deduction that turns out to be wrong, and admit it
- the solution should involve the tide tables
- no romance, no Moriarty, no Irene Adler
- end on a line of dialogue from Mrs Hudson when they get home"""),
(1, "open_qa", "en", "none", "none", "RW-p063", """give me an overview of the history of tea, China to the British Empire"""),
(0, "summarization", "en", "after", "prose", "RW-p063", """Tea drinking began in south-west China, where leaves of Camellia sinensis were first used medicinally and later as a daily drink. By the Tang dynasty it was so widespread that Lu Yu wrote The Classic of Tea, a guide to its cultivation and preparation. Buddhist monks carried tea to Japan, where it developed into an elaborate ceremony. Portuguese and Dutch traders brought it to Europe in the early seventeenth century, and it became fashionable in England after Charles II married Catherine of Braganza, a keen tea drinker. The East India Company's monopoly on the China trade made tea hugely profitable, but the trade imbalance, paid in silver, led the British to export opium to China, which helped spark the Opium Wars. To break their dependence on China, the British established tea plantations in Assam and Ceylon in the nineteenth century, often using indentured labour.

give me an overview of this in 3 bullets, chronological"""),
(0, "classification", "en", "before", "list", None, """Classify each code review comment as NIT (style, optional), BLOCKING (must fix before merge) or QUESTION.

1. "Could we rename `tmp` to something more descriptive?"
2. "This query runs inside the loop, so it'll hit the DB 500 times per request. Please batch it."
3. "Why did we drop the retry here? Was that intentional?"
4. "Trailing whitespace on line 44."
5. "This exposes the user's email in the public API response, we can't ship this."
6. "Does this need to handle the empty list case?"
7. "I'd personally use a dict comprehension, but fine either way." """),
(1, "open_qa", "en", "after", "code", None, """def find_duplicates(items):
    dupes = []
    for i in range(len(items)):
        for j in range(len(items)):
            if i != j and items[i] == items[j] and items[i] not in dupes:
                dupes.append(items[i])
    return dupes

# called with a list of ~200,000 customer IDs

This takes forever, like it never finishes. Why is it so slow, and what's the fastest way to do it in Python? Explain the complexity difference too."""),
(0, "summarization", "en", "after", "prose", None, """Feature spec v0.3 - Shared shopping lists

Problem: In interviews, 7 of 10 households told us that they keep separate shopping lists on different phones and end up buying duplicates. Partners text each other photos of the fridge.

Proposal: Let users share a shopping list with up to 5 other people. Changes sync in real time. When someone ticks an item off in the shop, it disappears for everyone. Each item shows the initial of the person who added it. Optional: a 'who's going to the shop' button that notifies the others so they can add last-minute items.

Users: couples and families already using the app (about 40% of monthly actives have more than one account at the same address).

Success metric: share of active lists that have at least 2 contributors, target 25% within 3 months of launch. Secondary: reduction in duplicate items per shop, measured by ticked items with the same name within 24h.

Out of scope: shared budgets, recipes, store integrations.

Summarise this spec as JSON with exactly the keys "feature", "users", "problem", "success_metric", "out_of_scope". Each value one short string, except out_of_scope which is an array."""),
(1, "creative_writing", "en", "after", "verse", None, """Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date;

Rewrite these four lines as the opening of a modern rap verse, same meaning, about someone's girlfriend who's always late. Keep it clean and funny, 8 bars."""),
(0, "classification", "en", "before", "verse", None, """Label the main emotion in each verse of my song (one word each: hope, anger, grief, joy, regret):

Verse 1
Woke up in the backseat, Nevada sun
Radio on, and you were singing along
We had forty bucks and half a tank of gas
And I swore that summer was never gonna pass

Verse 2
Now your number's dead, your mother doesn't call
There's a photo of you in the bus station hall
They say they found the car out past the county line
And I keep on thinking that the fault was mine

Verse 3
So I'm driving back to where the highway bends
Gonna wait by the sign where the desert ends
Maybe you'll come walking with the radio on
Maybe I'll still know the words to the song"""),
]
