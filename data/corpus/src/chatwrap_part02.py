# writer chatwrap, part 02. Each item written by hand.
ITEMS = [
(0, "classification", "en", "inline", "chat", None, """Thought: The user wants the message categorised. I don't need a tool.
Observation: none
User message to classify: "hola, my order came with the wrong size, can i swap it for a M?? gracias"
Final Answer format: one of [exchange, refund, complaint, question]"""),
(1, "general_qa", "en", "none", "none", None, """should i learn rust or go first as a python dev who mostly does backend apis"""),
(0, "summarization", "en", "after", "email", "CW-p016", """From: Priya N.
To: Design team
Subject: Re: Re: Re: homepage hero

ok after all the back and forth: we're going with option B (the illustration, not the photo). Copy stays "Work, without the busywork." Marcus will do a mobile crop by Tuesday. Legal wants the "trusted by 10,000 teams" line removed until we can verify the number, so that's gone. Launch still set for the 18th. If anyone strongly disagrees speak now lol

> From: Marcus
> I can do the crop but the illustration has text baked in, might be tricky on small screens
> From: Legal
> Please remove unverified customer counts

tl;dr for someone who wasn't on the thread?"""),
(1, "creative_writing", "en", "after", "email", "CW-p016", """From: Priya N.
To: Design team
Subject: Re: Re: Re: homepage hero

ok after all the back and forth: we're going with option B (the illustration, not the photo). Copy stays "Work, without the busywork." Marcus will do a mobile crop by Tuesday. Legal wants the "trusted by 10,000 teams" line removed until we can verify the number, so that's gone. Launch still set for the 18th. If anyone strongly disagrees speak now lol

> From: Marcus
> I can do the crop but the illustration has text baked in, might be tricky on small screens
> From: Legal
> Please remove unverified customer counts

now that the 10k line is gone the hero feels empty. give me 6 alternative subheadlines to go under "Work, without the busywork." no fake stats"""),
(1, "open_qa", "en", "none", "none", None, """how do noise cancelling headphones work?? like how do they know what noise to cancel"""),
(0, "classification", "en", "before", "list", None, """tag each as bird / fish / reptile pls
- salmon
- iguana
- heron
- gecko
- tuna
- robin"""),
(1, "creative_writing", "en", "inline", "chat", None, """[Slack • #team-fun]
bot instructions: you are Jester, our team's joke bot. one joke per request. no offensive stuff.
@jester tell us a joke about excel spreadsheets"""),
(0, "summarization", "en", "none", "none", None, """what's the plot of Finding Nemo, short version"""),
(1, "general_qa", "en", "inline", "chat", None, """You are the assistant inside GreenThumb, a plant care app. Answer only plant-related questions.
User: my monstera has yellow leaves at the bottom and brown crispy edges on some of the top ones. i water once a week, its next to a south window. what am i doing wrong and what should i change?"""),
(0, "classification", "en", "after", "chat", "CW-p017", """lmaooo my boss just sent "we need to talk. my office, 3pm." 

is this bad or am i overthinking. like just classify the vibe: neutral / bad / very bad"""),
(1, "general_qa", "en", "after", "chat", "CW-p017", """lmaooo my boss just sent "we need to talk. my office, 3pm." 

ok not joking anymore i'm kinda scared. how do i prep for this, what should i bring or say, i think it might be about the missed deadline last week"""),
(0, "summarization", "en", "after", "notes", None, """my notes from the webinar, super messy sorry:
- speaker = head of growth at some fintech
- "activation > acquisition" said it like 5 times
- their aha moment = first transfer within 48h
- they cut onboarding from 9 screens to 4, activation +23%
- push notifs: only 2 in first week, more = uninstalls
- referral program flopped bc reward was too small ($5)
- Q&A: someone asked about paid ads, she said CAC too high for them rn

can u clean this up into 4-5 key takeaways"""),
(1, "open_qa", "en", "none", "none", None, """wait is a tomato actually a fruit or is that a fake fact"""),
(0, "classification", "en", "inline", "email", "CW-p018", """<email>
Hey — love the product, but is there any chance you'll add SSO with Okta? Our security team requires it before we can roll out to the whole org (~300 seats).
</email>
<instruction>Label: bug | feature_request | billing | praise. Single label.</instruction>"""),
(1, "creative_writing", "en", "inline", "email", "CW-p018", """<email>
Hey — love the product, but is there any chance you'll add SSO with Okta? Our security team requires it before we can roll out to the whole org (~300 seats).
</email>
<instruction>Write a reply from the product team. We're not committing to a date, but Okta SSO is on the roadmap for later this year. Offer a call with our solutions engineer. Friendly, 120 words max.</instruction>"""),
(1, "open_qa", "en", "none", "none", None, """who actually invented the light bulb, edison or someone else"""),
(0, "summarization", "en", "after", "prose", None, """Our mission at Fernhill Community Garden is simple: to turn a vacant lot into a place where neighbours grow food, learn from each other, and slow down. Since 2019 we've built 42 raised beds, a tool library, and a rainwater system that now covers about 60% of our watering. Every Saturday morning we host a free workshop, from composting basics to seed saving. Plots are allocated by lottery each February, with 8 beds reserved for the local primary school and 4 for the seniors' centre. We run entirely on volunteers and small grants, and this year we're raising funds to build an accessible path so wheelchair users can reach every bed.

shorten this to one tweet-length sentence"""),
(1, "creative_writing", "en", "none", "none", None, """write a tweet announcing our community garden's fundraiser for a wheelchair-accessible path, hopeful not guilt-trippy 🌱"""),
(0, "classification", "en", "before", "chat", None, """y/n is this a question: "the meeting got moved to 4" """),
(1, "general_qa", "en", "none", "none", None, """idk what to get my dad for his 60th, he has everything and hates clutter. help"""),
(0, "classification", "en", "after", "reviews", None, """"The hotel was spotless and the staff remembered our names by day two. Breakfast was average. Would come back." 

overall sentiment? one word"""),
(1, "open_qa", "en", "none", "none", None, """why do planes fly at like 35000 ft and not lower"""),
(0, "summarization", "en", "none", "none", None, """can you recap the story of The Lion King like im 5"""),
(1, "creative_writing", "en", "none", "none", None, """give me a cute caption for a pic of my dog in a raincoat, pls, something with a pun"""),
(0, "classification", "en", "inline", "chat", None, """Copilot for Outlook ▸ Categorize
Selected message: "Reminder: your dentist appointment is tomorrow at 9:15. Reply C to confirm or R to reschedule."
Choose a folder: Work, Personal, Finance, Health, Promotions"""),
(1, "general_qa", "en", "inline", "chat", None, """Copilot for Outlook ▸ Ask
I've got 214 unread emails after a week off. how should I tackle this without losing the whole morning? any system that actually works"""),
(0, "summarization", "en", "after", "chat", "CW-p019", """Issue #4127: Segfault when exporting PDF with embedded fonts (macOS arm64)

@lkoenig opened: Exporting any doc with a custom font crashes the app on my M2 MacBook. Intel Mac at work is fine. Version 3.8.1.
@devon-maint: Thanks. Can you attach a crash log and the font file if it's not proprietary?
@lkoenig: Attached crash.ips. Font is Inter, downloaded from Google Fonts.
@sarah-t: Same here on M1 Pro, 3.8.1. 3.7.4 works fine for me.
@devon-maint: Looks like it's in the font subsetting code. We bumped the harfbuzz dependency in 3.8.0. Could be an alignment issue on arm64.
@pbrandt: Repro'd on M3. Workaround: set Export > Fonts > "Embed full font" instead of "Subset". Bigger files but no crash.
@devon-maint: Confirmed the workaround. I have a fix in #4133 that pins the old subsetter for arm64 until upstream patches. Targeting 3.8.2, hopefully next week.
@lkoenig: Workaround works, thanks!
@sarah-t: 👍
@devon-maint: Leaving this open until 3.8.2 ships.

summarize this issue for the weekly triage doc: problem, affected, workaround, fix status"""),
(1, "open_qa", "en", "after", "chat", "CW-p019", """Issue #4127: Segfault when exporting PDF with embedded fonts (macOS arm64)

@lkoenig opened: Exporting any doc with a custom font crashes the app on my M2 MacBook. Intel Mac at work is fine. Version 3.8.1.
@devon-maint: Thanks. Can you attach a crash log and the font file if it's not proprietary?
@lkoenig: Attached crash.ips. Font is Inter, downloaded from Google Fonts.
@sarah-t: Same here on M1 Pro, 3.8.1. 3.7.4 works fine for me.
@devon-maint: Looks like it's in the font subsetting code. We bumped the harfbuzz dependency in 3.8.0. Could be an alignment issue on arm64.
@pbrandt: Repro'd on M3. Workaround: set Export > Fonts > "Embed full font" instead of "Subset". Bigger files but no crash.
@devon-maint: Confirmed the workaround. I have a fix in #4133 that pins the old subsetter for arm64 until upstream patches. Targeting 3.8.2, hopefully next week.

noob question: why would an "alignment issue" crash on arm but not on intel? what does alignment even mean here"""),
(0, "classification", "en", "inline", "json", None, """Available functions:
[
 {"name": "read_file", "description": "Read the contents of a file at a path", "parameters": {"path": "string"}},
 {"name": "write_file", "description": "Create or overwrite a file with given content", "parameters": {"path": "string", "content": "string"}},
 {"name": "list_dir", "description": "List entries in a directory", "parameters": {"path": "string"}},
 {"name": "delete_file", "description": "Delete a file", "parameters": {"path": "string"}},
 {"name": "http_get", "description": "Fetch a URL and return the body", "parameters": {"url": "string"}},
 {"name": "send_email", "description": "Send an email to a recipient", "parameters": {"to": "string", "subject": "string", "body": "string"}}
]

user: for our permission system, label each of these functions as READ-ONLY or SIDE-EFFECT. just name: label, one per line"""),
(1, "creative_writing", "en", "inline", "chat", None, """BRAND VOICE — Kettle & Crow Coffee
- We're a neighbourhood roaster, not a chain. Warm, a little nerdy about beans, never snobby.
- Short sentences. One emoji max per post. No hashtags beyond #KettleAndCrow.
- Never say "artisanal", "curated" or "elevate".
- Mention the barista or the farm when we can.
- Sign-offs we like: "See you at the counter." / "Kettle's on."

TASK FROM SOCIAL TEAM:
we're launching an oat milk honey latte next monday, honey is from Bramble Hill apiary 20 min away, barista Tomás came up with it. need 3 instagram caption options"""),
(0, "summarization", "en", "after", "transcript", None, """[Podcast: The Slow Money Show, ep. 112, 14:05–19:30, auto-transcribed]
Host: So you paid off forty thousand in two years. Where did you even start?
Guest: Honestly, by looking. For three months I wrote down every purchase in a notebook. Not an app, a notebook, because writing it by hand made me feel it.
Host: And what did you find?
Guest: Food delivery. Like, eight hundred a month. I thought it was two hundred.
Host: Oof.
Guest: Yeah. So I didn't ban it, I just made a rule: delivery only on Fridays. That alone freed up about five hundred a month.
Host: Then what?
Guest: I did the avalanche method, highest interest first. My credit card was at 24 percent so every extra dollar went there. Once that was gone, the car loan.
Host: A lot of people say snowball is more motivating.
Guest: It is for some people. For me seeing the interest number drop was the motivation. And I picked up weekend shifts at a bike shop, which was like another six hundred a month.
Host: Did you ever slip?
Guest: Twice. Once for a wedding, once when my dog needed surgery. I didn't beat myself up, I just restarted the next month.

key points from this clip pls, bullets"""),
(1, "general_qa", "en", "after", "table", "CW-p020", """my monthly budget (take home is 3,400):

| item | $ |
|---|---|
| rent | 1,350 |
| groceries | 380 |
| takeout / delivery | 290 |
| car payment | 310 |
| gas | 120 |
| phone | 85 |
| streaming x4 | 58 |
| gym | 45 |
| student loan | 220 |
| going out | 200 |
| random amazon stuff | 150 |

i save like nothing. where would you cut first and how much could i realistically save each month without being miserable"""),
(0, "classification", "en", "after", "table", "CW-p020", """my monthly budget (take home is 3,400):

| item | $ |
|---|---|
| rent | 1,350 |
| groceries | 380 |
| takeout / delivery | 290 |
| car payment | 310 |
| gas | 120 |
| phone | 85 |
| streaming x4 | 58 |
| gym | 45 |
| student loan | 220 |
| going out | 200 |
| random amazon stuff | 150 |

mark each line as NEED or WANT, just the item name and the tag"""),
(0, "summarization", "en", "after", "chat", "CW-p021", """[WhatsApp: Oak Lane Neighbours 🏡]
Helen (No. 4): Is anyone else being woken at 6.30am by the site on the corner? Drilling AGAIN
Marco (No. 11): yes!! council rules say no noisy work before 8am on weekdays
Priti (No. 7): I rang the number on the hoarding, nobody answered
Helen (No. 4): They also blocked the pavement yesterday, I had to walk in the road with the pram
Dave (No. 2): I spoke to the foreman, nice guy, said it's the concrete pour and it'll be done by end of month
Marco (No. 11): doesn't make 6.30 ok tho
Priti (No. 7): Maybe we write to the company as a group? more weight than one person
Helen (No. 4): +1. And copy the council environmental health team
Dave (No. 2): happy to sign but let's keep it friendly, we have to live with them for a year
Marco (No. 11): fair

i've been away, whats the gist"""),
(1, "creative_writing", "en", "after", "chat", "CW-p021", """[WhatsApp: Oak Lane Neighbours 🏡]
Helen (No. 4): Is anyone else being woken at 6.30am by the site on the corner? Drilling AGAIN
Marco (No. 11): yes!! council rules say no noisy work before 8am on weekdays
Priti (No. 7): I rang the number on the hoarding, nobody answered
Helen (No. 4): They also blocked the pavement yesterday, I had to walk in the road with the pram
Dave (No. 2): I spoke to the foreman, nice guy, said it's the concrete pour and it'll be done by end of month
Marco (No. 11): doesn't make 6.30 ok tho
Priti (No. 7): Maybe we write to the company as a group? more weight than one person
Helen (No. 4): +1. And copy the council environmental health team
Dave (No. 2): happy to sign but let's keep it friendly, we have to live with them for a year
Marco (No. 11): fair

ok i volunteered to write it 😅 can u draft the letter to the construction company from "the residents of Oak Lane", friendly but clear about the 8am rule and the pavement"""),
(0, "classification", "en", "after", "verse", None, """user: can you help me with my poetry homework
assistant: Of course, what's the assignment?
user: we have to identify forms. here's one:

I wandered lonely as a cloud
That floats on high o'er vales and hills,
When all at once I saw a crowd,
A host, of golden daffodils;
Beside the lake, beneath the trees,
Fluttering and dancing in the breeze.

user: is this a sonnet, free verse, or a rhymed stanza poem? just tell me which"""),
(1, "creative_writing", "en", "after", "chat", None, """user: summarize the water cycle for my 4th grader
assistant: Water evaporates from oceans and lakes, rises and cools into clouds (condensation), falls as rain or snow (precipitation), and collects back in rivers, lakes and ground (collection). Then it starts again!
user: perfect. now turn that into a little song she can sing to the tune of twinkle twinkle little star"""),
(1, "open_qa", "en", "inline", "notes", None, """<search_results>
1. "The Great Wall of China is a series of fortifications built across the historical northern borders of ancient Chinese states..." — encyclopedia
2. "Contrary to popular belief, the Great Wall is not visible from the Moon with the naked eye." — space agency FAQ
</search_results>
<user>ok but why did the "visible from space" myth get so popular in the first place? who started it</user>"""),
(0, "classification", "en", "after", "chat", None, """msg from a customer in our discord: "bruh the update wiped my save file 3 times now, 40 hours gone, i'm DONE" 

priority? low/med/high"""),
(1, "general_qa", "en", "none", "none", None, """how do u apologize to a friend u ghosted for like 4 months bc of depression. i miss her"""),
(0, "summarization", "en", "none", "none", "CW-p022", """sum up the plot of 1984 by orwell in 3 bullets"""),
(1, "open_qa", "en", "none", "none", "CW-p022", """main themes of 1984 by orwell and why people say it's still relevant? essay due fri"""),
(1, "creative_writing", "en", "none", "none", None, """write a short rhyming birthday msg for my coworker who loves cats and hates mondays"""),
(0, "classification", "en", "before", "list", None, """which are prime: 21, 23, 27, 29, 33, 37"""),
(1, "general_qa", "en", "none", "none", None, """what's a good weekly routine for cleaning a small apartment if i hate cleaning"""),
(0, "classification", "en", "inline", "prose", None, """Detect language → "Obrigado pela ajuda, até amanhã!" """),
(1, "open_qa", "en", "none", "none", None, """is it bad to charge my phone overnight every night or is that an old myth"""),
(0, "summarization", "en", "none", "none", None, """star wars a new hope, 2 sentence recap"""),
(1, "creative_writing", "en", "none", "none", None, """make up a bedtime story about a sloth who wants to win a race, short"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/shelve.py, licence: PSF-2.0
(0, "summarization", "en", "after", "code", "CW-p023", """[VS Code • Chat panel • file: shelve.py]
Selected text:
Manage shelves of pickled objects.

A "shelf" is a persistent, dictionary-like object.  The difference
with dbm databases is that the values (not the keys!) in a shelf can
be essentially arbitrary Python objects -- anything that the "pickle"
module can handle.  This includes most class instances, recursive data
types, and objects containing lots of shared sub-objects.  The keys
are ordinary strings.

To summarize the interface (key is a string, data is an arbitrary
object):

        import shelve
        d = shelve.open(filename) # open, with (g)dbm filename -- no suffix

        d[key] = data   # store data at key (overwrites old data if
                        # using an existing key)
        data = d[key]   # retrieve a COPY of the data at key (raise
                        # KeyError if no such key) -- NOTE that this
                        # access returns a *copy* of the entry!
        del d[key]      # delete data stored at key (raises KeyError
                        # if no such key)
        flag = key in d # true if the key exists
        list = d.keys() # a list of all existing keys (slow!)

        d.close()       # close it

Dependent on the implementation, closing a persistent dictionary may
or may not be necessary to flush changes to disk.

Normally, d[key] returns a COPY of the entry.  This needs care when
mutable entries are mutated: for example, if d[key] is a list,
        d[key].append(anitem)
does NOT modify the entry d[key] itself, as stored in the persistent
mapping -- it only modifies the copy, which is then immediately
discarded, so that the append has NO effect whatsoever.  To append an
item to d[key] in a way that will affect the persistent mapping, use:
        data = d[key]
        data.append(anitem)
        d[key] = data

To avoid the problem with mutable entries, you may pass the keyword
argument writeback=True in the call to shelve.open.  When you use:
        d = shelve.open(filename, writeback=True)
then d keeps a cache of all entries you access, and writes them all back
to the persistent mapping when you call d.close().  This ensures that
such usage as d[key].append(anitem) works as intended.

However, using keyword argument writeback=True may consume vast amount
of memory for the cache, and it may make d.close() very slow, if you
access many of d's entries after opening it in this way: d has no way to
check which of the entries you access are mutable and/or which ones you
actually mutate, so it must cache, and write back at close, all of the
entries that you access.  You can call d.sync() to write back all the
entries in the cache, and empty the cache (d.sync() also synchronizes
the persistent dictionary on disk, if feasible).

User: /explain-short — give me the gist of this docstring in 4 bullets, including the gotcha"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/shelve.py, licence: PSF-2.0
(1, "general_qa", "en", "after", "code", "CW-p023", """[VS Code • Chat panel • file: shelve.py]
Selected text:
Manage shelves of pickled objects.

A "shelf" is a persistent, dictionary-like object.  The difference
with dbm databases is that the values (not the keys!) in a shelf can
be essentially arbitrary Python objects -- anything that the "pickle"
module can handle.  This includes most class instances, recursive data
types, and objects containing lots of shared sub-objects.  The keys
are ordinary strings.

To summarize the interface (key is a string, data is an arbitrary
object):

        import shelve
        d = shelve.open(filename) # open, with (g)dbm filename -- no suffix

        d[key] = data   # store data at key (overwrites old data if
                        # using an existing key)
        data = d[key]   # retrieve a COPY of the data at key (raise
                        # KeyError if no such key) -- NOTE that this
                        # access returns a *copy* of the entry!
        del d[key]      # delete data stored at key (raises KeyError
                        # if no such key)
        flag = key in d # true if the key exists
        list = d.keys() # a list of all existing keys (slow!)

        d.close()       # close it

Dependent on the implementation, closing a persistent dictionary may
or may not be necessary to flush changes to disk.

Normally, d[key] returns a COPY of the entry.  This needs care when
mutable entries are mutated: for example, if d[key] is a list,
        d[key].append(anitem)
does NOT modify the entry d[key] itself, as stored in the persistent
mapping -- it only modifies the copy, which is then immediately
discarded, so that the append has NO effect whatsoever.  To append an
item to d[key] in a way that will affect the persistent mapping, use:
        data = d[key]
        data.append(anitem)
        d[key] = data

To avoid the problem with mutable entries, you may pass the keyword
argument writeback=True in the call to shelve.open.  When you use:
        d = shelve.open(filename, writeback=True)
then d keeps a cache of all entries you access, and writes them all back
to the persistent mapping when you call d.close().  This ensures that
such usage as d[key].append(anitem) works as intended.

However, using keyword argument writeback=True may consume vast amount
of memory for the cache, and it may make d.close() very slow, if you
access many of d's entries after opening it in this way: d has no way to
check which of the entries you access are mutable and/or which ones you
actually mutate, so it must cache, and write back at close, all of the
entries that you access.  You can call d.sync() to write back all the
entries in the cache, and empty the cache (d.sync() also synchronizes
the persistent dictionary on disk, if feasible).

User: I'm building a small CLI todo app, maybe 2k items max, single user. should I use shelve, plain json files, or sqlite? what would you pick and why"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/sched.py, licence: PSF-2.0
(0, "classification", "en", "before", "code", None, """is this docstring describing a data structure, a networking module, or a scheduling utility? one answer

A generally useful event scheduler class.

Each instance of this class manages its own queue.
No multi-threading is implied; you are supposed to hack that
yourself, or use a single instance per application.

Each instance is parametrized with two functions, one that is
supposed to return the current time, one that is supposed to
implement a delay.  You can implement real-time scheduling by
substituting time and sleep from built-in module time, or you can
implement simulated time by writing your own functions.  This can
also be used to integrate scheduling with STDWIN events; the delay
function is allowed to modify the queue.  Time can be expressed as
integers or floating point numbers, as long as it is consistent.

Events are specified by tuples (time, priority, action, argument, kwargs).
As in UNIX, lower priority numbers mean higher priority; in this
way the queue can be maintained as a priority queue."""),
(1, "open_qa", "en", "none", "none", None, """whats the difference between a process and a thread, in normal human words"""),
(0, "classification", "en", "inline", "chat", "CW-p024", """[Intercom • auto-tag]
Conversation preview: "Hi, I'm moving abroad in June, can I pause my subscription instead of cancelling? I don't want to lose my playlists."
Tags available: cancel_intent, pause_request, billing_question, tech_issue, praise
Apply 1-2 tags:"""),
(1, "creative_writing", "en", "inline", "chat", "CW-p024", """[Intercom • AI draft reply]
Conversation: "Hi, I'm moving abroad in June, can I pause my subscription instead of cancelling? I don't want to lose my playlists."
Policy: Pause available for up to 3 months, playlists kept for 12 months even after cancel.
Write a friendly reply, short, first name basis (customer name: Jo)."""),
(0, "summarization", "en", "after", "email", None, """Hi both,

Following up on today's call. To confirm: (1) the kitchen quote stays at £18,400 including VAT, but the worktop upgrade to quartz adds £1,250; (2) work starts Monday 3rd, first week is demolition and electrics, so no kitchen use from day one; (3) we'll need the appliances delivered by the 17th at the latest; (4) the skip will be on the drive, so please park on the road during the works; (5) final payment is due on completion, 30% deposit by Friday.

Any questions give me a ring.
Gareth – GS Kitchens

tldr for my husband who won't read this 🙄"""),
(1, "general_qa", "en", "none", "none", None, """we're redoing our kitchen for the first time, what questions should we ask a contractor before signing anything"""),
(0, "classification", "en", "after", "reviews", None, """classify each review by what it's about (food / service / price / ambience):
a) "waiter forgot our drinks twice"
b) "candles, jazz, perfect date spot"
c) "£24 for a burger is wild"
d) "the risotto was perfectly creamy"
e) "host was rude when we asked for a different table" """),
(1, "creative_writing", "en", "none", "none", None, """can u write a funny out-of-office message, im going to a wedding in italy for 2 weeks and want ppl to not bother me"""),
(0, "summarization", "en", "before", "chat", None, """tl;dr pls:

alex: so are we doing the trip or not
bea: i can only do the weekend of the 22nd
alex: same tbh
chris: 22nd works, but i cant drive, car's in the shop
bea: i'll drive, alex splits gas
alex: deal. cabin or tent?
chris: cabin. i am NOT sleeping on rocks again
bea: lol ok cabin. i'll find one under 300 total"""),
(1, "open_qa", "en", "none", "none", None, """how do vaccines actually train your immune system? short overview pls"""),
(0, "classification", "en", "after", "prose", None, """"The committee will reconvene following the recess to deliberate on the proposed amendments." — formal or informal register?"""),
(1, "general_qa", "en", "none", "none", None, """rn my sleep schedule is 4am to noon. how do i fix it before my new job starts in 10 days"""),
(0, "classification", "en", "inline", "chat", "CW-p025", """@triage-bot new message in #help: "how do i export my data to csv? can't find it in settings" → docs question, bug, or account issue?"""),
(1, "general_qa", "en", "inline", "chat", "CW-p025", """@triage-bot not a ticket, personal question lol: how do you write good docs that people actually read? our help center is a mess"""),
(0, "summarization", "en", "none", "none", None, """summary of the movie Up, the pixar one, 3 lines"""),
(1, "creative_writing", "en", "none", "none", None, """write a sad song chorus about a balloon floating away. like 4 lines"""),
(1, "open_qa", "en", "none", "none", None, """why do onions make u cry"""),
(0, "classification", "en", "before", "list", None, """group these into programming languages vs databases: postgres, kotlin, redis, swift, mongodb, elixir"""),
(0, "summarization", "en", "after", "chat", "CW-p026", """user: what are my options for state management in a react app?
assistant: Good question! There are several common approaches, and the right one depends on your app's size and how data flows.

1. Built-in React state (useState, useReducer). For local UI state like form inputs, toggles and modals, this is usually all you need. useReducer helps when the state logic has several related transitions.

2. Context API. Lets you share state across a component tree without prop drilling. It's great for things that change rarely, like the theme, current user or locale. The downside is that every consumer re-renders when the context value changes, so it can get slow if you put fast-changing data in it.

3. Redux (with Redux Toolkit). A single global store with actions and reducers. Toolkit removes most of the old boilerplate. Strong dev tools, time-travel debugging, and a predictable data flow. It shines in large apps with many developers, but it can feel heavy for small projects.

4. Zustand. A small library with a hook-based API. You create a store with a function and read slices of it in components. Very little boilerplate, and components only re-render when the slice they use changes. Popular for mid-sized apps.

5. Jotai and Recoil. Atom-based: state is split into small independent pieces that components subscribe to. Good for apps where many components each need a small bit of shared state. Recoil's development has slowed, so Jotai is the more common choice today.

6. Server-state libraries (TanStack Query, SWR). These aren't general state managers; they handle data fetched from an API: caching, refetching, loading and error states, and synchronisation. Many teams find that once server data lives in TanStack Query, the remaining client state is small enough for useState and Context.

7. MobX. Uses observable objects and automatic tracking. Very ergonomic if you like a more object-oriented style, but the "magic" can make data flow harder to follow.

A common modern setup is: TanStack Query for server data, Zustand or Context for a bit of global client state, and useState for everything local.

user: ok thats a lot. condense your answer into 5 bullets max, one line each"""),
(1, "general_qa", "en", "after", "chat", "CW-p026", """user: what are my options for state management in a react app?
assistant: Good question! There are several common approaches, and the right one depends on your app's size and how data flows.

1. Built-in React state (useState, useReducer). For local UI state like form inputs, toggles and modals, this is usually all you need. useReducer helps when the state logic has several related transitions.

2. Context API. Lets you share state across a component tree without prop drilling. It's great for things that change rarely, like the theme, current user or locale. The downside is that every consumer re-renders when the context value changes, so it can get slow if you put fast-changing data in it.

3. Redux (with Redux Toolkit). A single global store with actions and reducers. Toolkit removes most of the old boilerplate. Strong dev tools, time-travel debugging, and a predictable data flow. It shines in large apps with many developers, but it can feel heavy for small projects.

4. Zustand. A small library with a hook-based API. You create a store with a function and read slices of it in components. Very little boilerplate, and components only re-render when the slice they use changes. Popular for mid-sized apps.

5. Jotai and Recoil. Atom-based: state is split into small independent pieces that components subscribe to. Good for apps where many components each need a small bit of shared state. Recoil's development has slowed, so Jotai is the more common choice today.

6. Server-state libraries (TanStack Query, SWR). These aren't general state managers; they handle data fetched from an API: caching, refetching, loading and error states, and synchronisation. Many teams find that once server data lives in TanStack Query, the remaining client state is small enough for useState and Context.

7. MobX. Uses observable objects and automatic tracking. Very ergonomic if you like a more object-oriented style, but the "magic" can make data flow harder to follow.

A common modern setup is: TanStack Query for server data, Zustand or Context for a bit of global client state, and useState for everything local.

user: ok my app is a dashboard with ~30 screens, lots of filters that several charts share, data from a REST api, 3 devs, two of them juniors. which combo would you pick and why? don't just list again"""),
(1, "general_qa", "en", "inline", "form", "CW-p027", """You are ClaimHelper for Northstar Mutual auto insurance. Be empathetic, explain next steps clearly, and never promise a claim outcome.

Customer:
hi so last night around 10pm i was stopped at a red light on Carver Ave and a guy rear-ended me, not super fast but my bumper is cracked and the trunk won't close properly. nobody hurt thank god. we exchanged insurance info and took photos, he admitted it was his fault at the scene but now he's not answering his phone. i didn't call the police because it seemed minor, was that a mistake? i need my car for work, i drive 40 min each way. what should i do now, in what order, and will this make my premium go up even though it wasn't my fault?"""),
(0, "classification", "en", "inline", "form", "CW-p027", """You are the intake classifier for Northstar Mutual auto insurance. Output only the claim type: COLLISION, COMPREHENSIVE, LIABILITY_THIRD_PARTY, GLASS, or ROADSIDE.

Customer:
hi so last night around 10pm i was stopped at a red light on Carver Ave and a guy rear-ended me, not super fast but my bumper is cracked and the trunk won't close properly. nobody hurt thank god. we exchanged insurance info and took photos, he admitted it was his fault at the scene but now he's not answering his phone. i didn't call the police because it seemed minor, was that a mistake? i need my car for work, i drive 40 min each way.

Claim type:"""),
(0, "classification", "en", "after", "list", None, """#suggestions dump from this month, can u group these into themes? just theme name + the numbers under it

1. more voice channels for gaming
2. a channel for sharing music
3. ban the guy who keeps spamming memes in #general
4. weekly movie night
5. a bot that plays music in vc
6. stricter rules on nsfw
7. minecraft server event
8. playlist swap thread
9. mods need to be more active at night
10. jackbox nights on weekends"""),
(0, "summarization", "en", "after", "table", None, """Sprint 34 board export:

| key | title | status | assignee | pts |
|---|---|---|---|---|
| PAY-201 | Retry failed webhooks | Done | Ana | 5 |
| PAY-204 | Refund flow for partial orders | In review | Bilal | 8 |
| PAY-207 | Currency rounding bug (JPY) | Done | Ana | 3 |
| PAY-210 | Stripe SDK upgrade | Blocked (waiting on security review) | Chen | 5 |
| PAY-211 | Invoice PDF redesign | In progress | Dana | 3 |
| PAY-215 | Load test checkout | Not started | Chen | 5 |
| PAY-216 | Fix flaky payout test | Done | Bilal | 2 |

sprint ends tomorrow. give me a 3-4 line status for the stakeholder update"""),
(1, "creative_writing", "en", "after", "prose", "CW-p028", """JOB POSTING — Junior UX Writer (Hybrid, Manchester, 2 days in office)
We're Pebble, a small team building budgeting tools for students. You'll write microcopy for our app, help shape our voice and tone guide, and work closely with design and support. You don't need years of experience; we care more about clarity, curiosity, and empathy for people who are stressed about money. Bonus if you've worked in customer support or student services. Salary £28–32k.

i worked 2 yrs at a uni student advice centre and i write a little blog about cooking on a budget. write me a cover letter for this, not too long, not cheesy"""),
(0, "classification", "en", "after", "prose", "CW-p028", """JOB POSTING — Junior UX Writer (Hybrid, Manchester, 2 days in office)
We're Pebble, a small team building budgeting tools for students. You'll write microcopy for our app, help shape our voice and tone guide, and work closely with design and support. You don't need years of experience; we care more about clarity, curiosity, and empathy for people who are stressed about money. Bonus if you've worked in customer support or student services. Salary £28–32k.

tag for the job board: work mode (remote/hybrid/onsite) + level (junior/mid/senior) + function (eng/design/content/sales)"""),
(1, "general_qa", "en", "inline", "notes", None, """<user_profile>
reads: mostly sci-fi, some literary fiction
liked: Piranesi, The Left Hand of Darkness, Klara and the Sun, Station Eleven
disliked: Ready Player One ("too many references, no heart")
</user_profile>
<conversation_history>
user: hi
assistant: Hi! How can I help today?
</conversation_history>
user: need my next book for a long flight, something that'll wreck me emotionally but not too long. 3 options + why"""),
(0, "classification", "en", "after", "list", "CW-p029", """Lemon drizzle loaf
- 225g unsalted butter
- 225g caster sugar
- 4 eggs
- 225g self-raising flour
- zest of 1 lemon
- for the drizzle: juice of 1.5 lemons, 85g caster sugar

vegan y/n"""),
(1, "general_qa", "en", "after", "list", "CW-p029", """Lemon drizzle loaf
- 225g unsalted butter
- 225g caster sugar
- 4 eggs
- 225g self-raising flour
- zest of 1 lemon
- for the drizzle: juice of 1.5 lemons, 85g caster sugar

my sister just went vegan, how do i make this vegan without it turning into a brick? what subs and do i change the bake time"""),
(0, "summarization", "en", "after", "prose", None, """so we finally did the Glyder Fach scramble last weekend. started from Ogwen at 7am, weather was supposed to be clear but the cloud didn't lift until about 11, so the first hour on Bristly Ridge was basically in a wet grey void, hands freezing. the ridge itself is grade 1 but there's one bit, Great Pinnacle Gap, where you downclimb into a notch and it's properly exposed, my partner was not a fan. once we topped out the cloud broke and the views over the Cantilever stone were unreal, we had our sandwiches there and a raven stole half of mine. came down via the Miners' Track which was easy but loooong and my knees are still complaining. total 7.5 hrs, 11km. would do again but in July not April

tldr for the hiking group chat"""),
(1, "general_qa", "en", "none", "none", None, """first time doing a grade 1 scramble in wales, what gear do i actually need and what should i practice beforehand"""),
(0, "classification", "en", "before", "chat", None, """is this a complaint or a compliment lol: "well THAT was an experience" """),
(1, "creative_writing", "en", "none", "none", None, """write a dumb little poem about my houseplant that refuses to die no matter how much i ignore it"""),
(1, "open_qa", "en", "none", "none", None, """how do airlines decide ticket prices, why does it change every time i refresh"""),
(0, "summarization", "en", "none", "none", None, """The Great Gatsby summary, 100 words"""),
(0, "classification", "en", "after", "chat", None, """"can u send me the notes from yesterday" 

request, complaint, or info? one word pls"""),
(1, "general_qa", "en", "none", "none", None, """tips to stop procrastinating on my thesis, i have 3 months left and 0 chapters done 💀"""),
(1, "open_qa", "en", "none", "none", None, """wait why does ice float if solids are usually denser"""),
(0, "classification", "en", "before", "list", None, """continent for each: Peru, Kenya, Vietnam, Norway, Fiji"""),
(1, "creative_writing", "en", "none", "none", None, """ok need a catchy name for my true crime podcast, me and my sister host it, we're from Ohio"""),
(0, "summarization", "en", "none", "none", None, """recap The Office US season 3 finale, quick, no fluff"""),
(1, "general_qa", "en", "none", "none", None, """i got two job offers, one pays 15% more but the other is remote. how do i even decide"""),
(0, "classification", "en", "inline", "chat", None, """moderation q: "lol ur so dumb 😂 jk love u" — harassment or banter?"""),
(0, "summarization", "en", "after", "log", "CW-p030", """agent trace from our support bot, it ran for ages:

Thought: The user wants to know if order 7781 has shipped. I should look it up.
Action: get_order(order_id="7781")
Observation: {"error": "order not found"}
Thought: Maybe the ID needs a prefix. Try again.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
Thought: I should ask the search tool.
Action: search_orders(query="7781")
Observation: {"results": [{"order_id": "ORD-07781", "status": "shipped", "carrier": "DHL"}]}
Thought: Found it. Let me confirm with get_order.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
Thought: The order may not exist. I will search again.
Action: search_orders(query="7781")
Observation: {"results": [{"order_id": "ORD-07781", "status": "shipped", "carrier": "DHL"}]}
Thought: Let me confirm with get_order.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
[... repeated 9 more times, then max_steps reached ...]
Final Answer: I'm sorry, I couldn't find your order.

summarize what the agent did in 3 lines for the bug ticket"""),
(1, "open_qa", "en", "after", "log", "CW-p030", """agent trace from our support bot, it ran for ages:

Thought: The user wants to know if order 7781 has shipped. I should look it up.
Action: get_order(order_id="7781")
Observation: {"error": "order not found"}
Thought: Maybe the ID needs a prefix. Try again.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
Thought: I should ask the search tool.
Action: search_orders(query="7781")
Observation: {"results": [{"order_id": "ORD-07781", "status": "shipped", "carrier": "DHL"}]}
Thought: Found it. Let me confirm with get_order.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
Thought: The order may not exist. I will search again.
Action: search_orders(query="7781")
Observation: {"results": [{"order_id": "ORD-07781", "status": "shipped", "carrier": "DHL"}]}
Thought: Let me confirm with get_order.
Action: get_order(order_id="ORD-7781")
Observation: {"error": "order not found"}
[... repeated 9 more times, then max_steps reached ...]
Final Answer: I'm sorry, I couldn't find your order.

why does the model keep doing this instead of just using the search result? is it the prompt, the tool design, or just how LLMs work? how do people usually prevent these loops"""),
(0, "summarization", "en", "after", "reviews", None, """Post-event survey, "What could we improve?" (free text, 14 responses)
- more vegetarian options at lunch
- the wifi kept dropping in room B
- sessions ran over so I missed the next one
- better signage to the workshop rooms
- lunch queue was 30 min
- wifi!!!
- would love recordings of the talks
- too many sales pitches disguised as talks
- more time for Q&A
- vegan food was just salad
- room B was freezing
- recordings please, I couldn't attend everything
- schedule on the app was wrong twice
- fewer vendor talks, more practitioner talks

pull out the main themes, ranked by how often they come up"""),
(1, "open_qa", "en", "inline", "chat", None, """[Kiosk mode — British Museum audio companion (unofficial demo)]
System: You are a friendly museum guide. Speak as if to a curious adult visitor standing in front of the object. Under 150 words.
Visitor: i'm looking at the rosetta stone right now and honestly it's just a grey rock with writing on it. why is it such a big deal?"""),
(0, "summarization", "en", "after", "email", None, """Email 1 (venue → us): Hi! The Old Mill is available on Sat 12 Oct. Hire is £4,500 incl. tables and chairs; catering must be from our approved list. Hold fee £500 to reserve for 14 days.
Email 2 (us → venue): Thanks! Can we bring our own caterer if they're insured? And is there a curfew?
Email 3 (venue → us): External caterers are possible with a £750 kitchen fee and proof of insurance. Music must end at 11.30pm, venue clear by midnight.
Email 4 (venue → us): Just a heads up, another couple has asked about the 12th, so we can hold it until Friday only.

recap these 4 emails in a few bullets so my fiancé knows where we're at"""),
(1, "open_qa", "en", "after", "chat", None, """#random
kate: my calendar invite for the sydney call says 7am, but they said 5pm their time??
joe: DST strikes again lol, they just switched and we haven't
kate: why do we still DO this
joe: farmers? i think? idk

genuine question for the bot: why does daylight saving time exist and is there any real evidence it's still useful"""),
# source: /usr/share/doc/git/RelNotes/2.39.0.txt, licence: GPL-2.0
(0, "summarization", "en", "after", "prose", None, """Git v2.39 Release Notes - UI, Workflows & Features

 * "git grep" learned to expand the sparse-index more lazily and on demand in a sparse checkout.
 * By default, use of fsmonitor on a repository on networked filesystem is disabled. Add knobs to make it workable on macOS.
 * After checking out a "branch" that is a symbolic-ref that points at another branch, "git symbolic-ref HEAD" reports the underlying branch, not the symbolic-ref the user gave checkout as argument. The command learned the "--no-recurse" option to stop after dereferencing a symbolic-ref only once.
 * "git branch --edit-description @{-1}" is now a way to edit branch description of the branch you were on before switching to the current branch.
 * "git merge-tree --stdin" is a new way to request a series of merges and report the merge results.
 * "git shortlog" learned to group by the "format" string.
 * A new "--include-whitespace" option is added to "git patch-id", and existing bugs in the internal patch-id logic that did not match what "git patch-id" produces have been corrected.
 * Enable gc.cruftpacks by default for those who opt into feature.experimental setting.
 * "git repack" learns to send cruft objects out of the way into packfiles outside the repository.
 * With '--recurse-submodules=on-demand', all submodules are recursively pushed.

our team only uses basic git. which of these actually matter for us? summarize in 3 bullets, skip the internals stuff"""),
(1, "open_qa", "en", "after", "log", None, """10.0.3.12 - - [14/May/2024:11:02:17 +0000] "GET /api/reports/annual HTTP/1.1" 504 167 "-" "Mozilla/5.0"
10.0.3.12 - - [14/May/2024:11:02:49 +0000] "GET /api/reports/annual HTTP/1.1" 502 157 "-" "Mozilla/5.0"
2024/05/14 11:02:49 [error] 2231#2231: *8812 upstream prematurely closed connection while reading response header from upstream

whats the difference between the 504 and the 502 here, and which one points at my app vs nginx"""),
(0, "classification", "en", "after", "chat", None, """"my package is 3 weeks late and nobody answers the phone. I want my money back or I'm disputing with my bank"

churn risk: low / medium / high?"""),
(1, "creative_writing", "en", "inline", "chat", None, """[system: You are the Duolingo-style owl mascot for LingoLeaf. Slightly passive aggressive, always funny.]
user: write 3 push notification texts to remind me to do my spanish lesson, mix in some spanish words"""),
(0, "summarization", "en", "none", "none", None, """give me the main points of MLK's I Have a Dream speech"""),
(1, "open_qa", "en", "none", "none", None, """what was the civil rights movement trying to achieve and what did it actually change? overview pls"""),
(1, "open_qa", "en", "none", "none", None, """how does a credit score actually get calculated"""),
(0, "classification", "en", "before", "prose", None, """fact or opinion: "Paris is the most beautiful city in the world." """),
(1, "general_qa", "en", "none", "none", None, """whats the best way to ask for a raise if my company just had layoffs"""),
(0, "summarization", "en", "after", "notes", "CW-p031", """doctor visit notes i scribbled for my mom:
bp a bit high 145/90. keep taking lisinopril. cut salt. recheck in 6 wks. bloods normal except vit d low, start 1000 IU daily. knee pain = probably arthritis, physio referral sent. flu jab done.

make it a tidy 4 bullet summary i can text my brother"""),
(1, "open_qa", "en", "after", "notes", "CW-p031", """doctor visit notes i scribbled for my mom:
bp a bit high 145/90. keep taking lisinopril. cut salt. recheck in 6 wks.

is 145/90 actually dangerous for someone who's 68? what does the top vs bottom number mean"""),
(1, "creative_writing", "en", "none", "none", None, """write a short motivational quote for my gym's chalkboard, something not cheesy"""),
(0, "classification", "en", "inline", "chat", None, """[Zendesk macro suggestion] ticket: "I forgot my password and the reset email never arrives" → which macro: password_reset, email_deliverability, account_locked, other?"""),
(1, "open_qa", "en", "none", "none", None, """wdym when people say an economy is in a "soft landing" """),
(0, "summarization", "en", "none", "none", None, """tldr the plot of Moby Dick, i'm never reading it"""),
]
