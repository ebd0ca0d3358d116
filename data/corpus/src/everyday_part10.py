# writer everyday, part 10. Each item written by hand.
ITEMS = [
(0, "classification", "en", "after", "story", "EV-p082", """Chapter 1 of the book I'm writing (I'm 13):

The Salt Witch of Harrow Bay

Nobody in Harrow Bay went down to the old pier after dark, and nobody would tell Ivy why. Her gran said it was 'because of the tides'. Her teacher said it was 'because of health and safety'. Mr Pender at the chip shop said nothing at all, just looked at her for a long moment and gave her extra scraps for free, which was the most worrying answer of the three.

So of course, on the first night of the summer holidays, Ivy went.

She took her dad's old torch, the one with the cracked lens that made the light come out in a wobbly star, and a packet of salt and vinegar crisps for courage. The sea was flat and black and the moon was almost full. The pier stretched out in front of her like the spine of some enormous animal, its boards grey and soft with age. Halfway along, where the railings had rusted away, someone had tied a ribbon. It was red, and it was dry, even though everything else was wet with spray.

Ivy touched it.

The sea went quiet. Not calm — quiet, as if someone had turned the sound off. The gulls on the lamp posts stopped shuffling. Even the wind held its breath. And then, from under the pier, where the water sloshed between the barnacled legs, came a voice like someone dragging a shovel across gravel.

'That's mine,' it said.

Ivy should have run. Every sensible part of her, which was admittedly a small part, told her to run. Instead she leaned over the gap in the railings and shone the torch down.

There was a woman in the water. At least, she had the shape of a woman: long hair that floated around her like weed, a face as white as a shell, and eyes that caught the torchlight and threw it back green. Her hands, resting on a crossbeam, were crusted with salt, as if she'd been dipped in it and left to dry for a hundred years.

'Sorry,' said Ivy, because Gran had always told her to be polite. 'I didn't know it was yours.'

The woman tilted her head. 'Nobody has said sorry to me in a very long time,' she said. 'Most of them scream.'

'I was going to,' Ivy admitted. 'I just hadn't got round to it.'

Something that might have been a laugh bubbled up through the water. 'Then sit down, girl who hasn't got round to screaming,' said the Salt Witch of Harrow Bay. 'And give me one of those crisps. I haven't tasted vinegar since 1847.'

What genre would you put this in, and what's the mood of the chapter? Just label them, e.g. genre: X, mood: Y"""),
(1, "creative_writing", "en", "after", "story", "EV-p082", """Chapter 1 of the book I'm writing (I'm 13):

The Salt Witch of Harrow Bay

Nobody in Harrow Bay went down to the old pier after dark, and nobody would tell Ivy why. Her gran said it was 'because of the tides'. Her teacher said it was 'because of health and safety'. Mr Pender at the chip shop said nothing at all, just looked at her for a long moment and gave her extra scraps for free, which was the most worrying answer of the three.

So of course, on the first night of the summer holidays, Ivy went.

She took her dad's old torch, the one with the cracked lens that made the light come out in a wobbly star, and a packet of salt and vinegar crisps for courage. The sea was flat and black and the moon was almost full. The pier stretched out in front of her like the spine of some enormous animal, its boards grey and soft with age. Halfway along, where the railings had rusted away, someone had tied a ribbon. It was red, and it was dry, even though everything else was wet with spray.

Ivy touched it.

The sea went quiet. Not calm — quiet, as if someone had turned the sound off. The gulls on the lamp posts stopped shuffling. Even the wind held its breath. And then, from under the pier, where the water sloshed between the barnacled legs, came a voice like someone dragging a shovel across gravel.

'That's mine,' it said.

Ivy should have run. Instead she leaned over the gap in the railings and shone the torch down.

There was a woman in the water. At least, she had the shape of a woman: long hair that floated around her like weed, a face as white as a shell, and eyes that caught the torchlight and threw it back green. Her hands, resting on a crossbeam, were crusted with salt, as if she'd been dipped in it and left to dry for a hundred years.

'Sorry,' said Ivy, because Gran had always told her to be polite. 'I didn't know it was yours.'

The woman tilted her head. 'Nobody has said sorry to me in a very long time,' she said. 'Most of them scream.'

'I was going to,' Ivy admitted. 'I just hadn't got round to it.'

Something that might have been a laugh bubbled up through the water. 'Then sit down, girl who hasn't got round to screaming,' said the Salt Witch of Harrow Bay. 'And give me one of those crisps. I haven't tasted vinegar since 1847.'

Can you write chapter 2 for me, about 400 words? The witch tells Ivy why she's trapped under the pier. Keep the same funny-spooky style."""),
(0, "classification", "en", "before", "list", None, """Which are mythical creatures from British folklore and which are from other countries? selkie, kelpie, banshee, kitsune, wendigo, boggart, djinn, will-o'-the-wisp"""),
(1, "open_qa", "en", "none", "none", None, """what is a selkie? my daughter read about them and now won't go in the sea"""),
(0, "classification", "en", "inline", "reviews", None, """<<SYS>>You are a review tagger for Seaspray B&B. For each review output the number and one of: POSITIVE, NEGATIVE, MIXED.<</SYS>>

[INST]
1. "Breakfast was incredible, the kippers were a highlight. Room was small but spotless."
2. "Host was rude when we arrived ten minutes after the check-in window closed."
3. "Sea views from every window, would come back in a heartbeat."
4. "Lovely location, but the shower was lukewarm every morning and the walls are thin."
5. "They remembered it was our anniversary and left prosecco in the room!"
6. "Overpriced for what you get. Parking is a nightmare."
7. "Dog-friendly and they even had a bowl of treats at the door. Perfect."
8. "Bed was comfy, but the noise from the pub opposite kept us up until 1am on Saturday."
9. "Best B&B in Whitby, full stop."
10. "Booking was confusing and they charged my card twice, refunded eventually."
[/INST]"""),
(1, "creative_writing", "en", "inline", "chat", None, """[SYSTEM] You write replies on behalf of Seaspray B&B. Tone: warm, honest, never defensive.
[USER] Please draft a reply to this review: "Host was rude when we arrived ten minutes after the check-in window closed." For context, I'd been waiting two hours and had to leave for a hospital appointment with my mum. I don't want to overshare but I want to apologise."""),
(0, "summarization", "en", "after", "transcript", None, """Podcast transcript, "Money Made Simple" episode 41. I don't have time to listen, give me the top 5 tips:

HOST: Welcome back. Today we're talking about the boring stuff that makes the biggest difference, which is budgeting. I've got Priti with me, who runs a money advice charity. Priti, where do people start?
PRITI: Honestly, the first step is just knowing where your money goes. Not judging it, just knowing. I tell people to take their last three months of bank statements, print them or open them on a laptop, and highlight everything in three colours: essentials like rent, bills and food; things that are nice but optional; and things you forgot you were even paying for.
HOST: The third colour is always the scary one.
PRITI: It's always the scary one! The average person I see has two or three subscriptions they don't use. A gym they haven't been to since January, a streaming service for one show, an app they signed up for a free trial and never cancelled. That can easily be thirty, forty pounds a month.
HOST: So step one, audit. What next?
PRITI: Next, I like the idea of paying yourself first. As soon as your wages come in, move a small amount, even ten pounds, into a separate savings account before you do anything else. If you wait to see what's left at the end of the month, there's never anything left.
HOST: And for people who are already in debt?
PRITI: Then the priority is different. You want to make sure your priority debts are covered first: that's rent or mortgage, council tax, energy, and anything that could lead to you losing your home or having your supply cut off. Credit cards and catalogue debts, while stressful, come after that. And talk to your creditors early. Most people wait until they're in crisis, but if you ring up before you miss a payment, companies are often much more flexible.
HOST: What about people on really tight budgets where there genuinely isn't anything to cut?
PRITI: Then it's about income, not spending. A huge number of people aren't claiming benefits they're entitled to. There are free benefits calculators online, and charities like ours will do a full check. We regularly find people missing out on hundreds of pounds a month, especially pensioners who aren't claiming Pension Credit.
HOST: That's amazing. Last tip?
PRITI: Be kind to yourself. Money is emotional. If you slip up one month, it's not a disaster. Just start again. And if you're struggling, you are absolutely not alone, and there's free, confidential help out there.
HOST: Priti, thank you."""),
(1, "general_qa", "en", "none", "none", None, """My mum is 74 and might be entitled to Pension Credit but refuses to apply, she says it's 'charity'. How do I persuade her?"""),
(0, "classification", "en", "before", "list", None, """Priority debt or non-priority debt? rent arrears, credit card, council tax, catalogue, gas bill, a loan from my brother, TV licence, buy-now-pay-later"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short encouraging poem for people struggling with money, to put on the wall at our food bank. Dignified, not preachy"""),
# source: Python 3.11 stdlib, shutil.rmtree docstring, licence: PSF-2.0
(0, "summarization", "en", "before", "code", "EV-p083", """explain this in one simple sentence, my son wants to use it in his homework project and I want to know what it does

Recursively delete a directory tree.

    If dir_fd is not None, it should be a file descriptor open to a directory;
    path will then be relative to that directory.
    dir_fd may not be implemented on your platform.
    If it is unavailable, using it will raise a NotImplementedError.

    If ignore_errors is set, errors are ignored; otherwise, if onerror
    is set, it is called to handle the error with arguments (func,
    path, exc_info) where func is platform and implementation dependent;
    path is the argument to that function that caused it to fail; and
    exc_info is a tuple returned by sys.exc_info().  If ignore_errors
    is false and onerror is None, an exception is raised."""),
# source: Python 3.11 stdlib, shutil.rmtree docstring, licence: PSF-2.0
(1, "general_qa", "en", "before", "code", "EV-p083", """My 14 year old wants to use this in a script that 'tidies up' the family computer. Is it dangerous? What safety checks should I make him add before I let him run it?

Recursively delete a directory tree.

    If dir_fd is not None, it should be a file descriptor open to a directory;
    path will then be relative to that directory.
    dir_fd may not be implemented on your platform.
    If it is unavailable, using it will raise a NotImplementedError.

    If ignore_errors is set, errors are ignored; otherwise, if onerror
    is set, it is called to handle the error with arguments (func,
    path, exc_info) where func is platform and implementation dependent;
    path is the argument to that function that caused it to fail; and
    exc_info is a tuple returned by sys.exc_info().  If ignore_errors
    is false and onerror is None, an exception is raised."""),
(0, "summarization", "en", "after", "email", None, """Long email from the builder about our party wall, please give me the gist in 4 bullets, I need to decide tonight:

Hi both,

Following our site visit on Tuesday, here's where things stand with the kitchen extension.

As I mentioned, because the new foundations will be within 3 metres of your neighbours' house at number 14, and deeper than theirs, the work falls under the Party Wall etc. Act 1996. This means you need to serve them a formal Party Wall Notice at least one month before we start work on the foundations. I've attached a template, but you may prefer to use a party wall surveyor to prepare and serve it, which usually costs around £150–£250.

Once they receive the notice, your neighbours have 14 days to respond. They can either consent, in which case we can go ahead on the agreed date, or dissent, in which case a surveyor (or two, one for each side) will need to prepare a Party Wall Award. If that happens, you would normally pay the surveyors' fees for both sides, which can be £1,000–£2,000 in total, and it can add four to six weeks to the timeline. If they don't respond at all within 14 days, that's treated as a dissent.

From talking to them over the fence, Mr and Mrs Doyle seemed relaxed about the project, but they did mention a crack in their back bedroom wall that they're worried about. I'd strongly recommend that, whatever happens, you get a schedule of condition done on their property before we start, with photos. That protects everyone: if they later claim damage, you'll have a record of what was already there.

On the timeline: if they consent, we can still start on 3 June as planned. If they dissent, realistically we'd be looking at mid-July, which would push completion into September and means I'd need to move you behind another job.

Let me know how you'd like to proceed and I'll update the programme.

Cheers,
Martin
Harbour Building Services"""),
(1, "general_qa", "en", "none", "none", None, """Our neighbours might dissent to our party wall notice. How do we talk to them first so they're more likely to just consent? They mentioned a crack in their wall"""),
(0, "classification", "en", "before", "list", None, """Which of these home improvements usually need planning permission in England and which usually don't? loft conversion with dormer at front, new kitchen, garden shed under 2.5m, two-storey extension, replacing windows like-for-like, building a second house in the garden"""),
(0, "summarization", "en", "after", "prose", "EV-p084", """Instructions from the baby monitor box, it's confusing. Give me the 5 things I actually need to know:

Getting started
1. Place the baby unit at least 1 metre away from your baby's cot, with the camera facing the cot. Never place the baby unit or its cable inside the cot or within reach of your child. Secure the cable along the wall using the clips provided.
2. Plug in the parent unit and charge it fully before first use (approx. 5 hours). The battery indicator will turn solid green when charged.
3. Switch on the baby unit first, then the parent unit. The units are pre-paired and should connect automatically within 30 seconds. The link indicator will turn blue.

Alerts
The parent unit will beep and the link indicator will flash red if the connection is lost, for example if you move out of range (up to 300m in open space, less indoors) or if the baby unit is switched off. Move closer to the baby unit or check the power.
A low battery warning will sound when the parent unit battery is below 10%.
Temperature alert: If the room temperature goes below 14°C or above 24°C, the temperature icon will flash and the unit will beep three times. The ideal room temperature for a sleeping baby is 16–20°C.

Night vision
The camera will switch to night vision automatically in low light. The image will appear in black and white. This is normal.

Talk-back
Press and hold the talk button on the parent unit to speak to your baby. Release to listen.

Lullabies
Press the music button to play one of five lullabies. Lullabies will play for 15 minutes and then stop.

Troubleshooting
If there is no picture, check both units are switched on and within range. If you hear a high-pitched noise, the units are too close together; move them at least 1.5m apart. If the picture is flickering, try moving the baby unit away from other wireless devices such as Wi-Fi routers or cordless phones.

Safety
This monitor is designed as an aid. It is not a substitute for responsible adult supervision and should not be used as a medical device."""),
(1, "general_qa", "en", "after", "prose", "EV-p084", """From the baby monitor instructions:

Alerts
The parent unit will beep and the link indicator will flash red if the connection is lost, for example if you move out of range (up to 300m in open space, less indoors) or if the baby unit is switched off.
Temperature alert: If the room temperature goes below 14°C or above 24°C, the temperature icon will flash and the unit will beep three times. The ideal room temperature for a sleeping baby is 16–20°C.

Troubleshooting
If you hear a high-pitched noise, the units are too close together; move them at least 1.5m apart. If the picture is flickering, try moving the baby unit away from other wireless devices such as Wi-Fi routers or cordless phones.

Our monitor keeps beeping three times at night and the nursery is 13°C because it's an old house with no heating upstairs. What can we do to keep our 4 month old safely warm? We can't afford to run a heater all night."""),
(1, "open_qa", "en", "none", "none", None, """why is 16-20 degrees recommended for babies sleeping? what happens if it's colder"""),
(0, "classification", "en", "before", "list", None, """Baby items — needed from birth or only later? car seat, high chair, nappies, muslins, stair gate, weaning spoons, moses basket, walker"""),
(0, "summarization", "en", "after", "prose", None, """Last night's parish council meeting in our village approved plans to turn the old telephone box on the green into a defibrillator station. The box, which has stood empty since BT removed the phone in 2015, was bought by the council for £1. The defibrillator, costing £1,400, has been paid for by the Women's Institute through a year of coffee mornings and raffles. Training sessions on how to use it will be offered free to residents at the village hall on two Saturdays in May. Councillors also agreed to repaint the box in its original red.

one sentence please, for the village newsletter"""),
(1, "creative_writing", "en", "none", "none", None, """Cheerful poem please about our old red phone box becoming a defibrillator station, for the unveiling ceremony"""),
(0, "classification", "en", "before", "prose", None, """Is this a news report, an advert or an opinion piece? "Our village has never looked lovelier, and frankly the council should be ashamed it took them nine years to do something with that phone box." """),
(1, "open_qa", "en", "none", "none", None, """how does a defibrillator actually restart a heart? and can you hurt someone by using one wrong"""),
# source: /usr/share/doc/xz-utils/changelog.Debian.gz (entry 5.4.1-1, maintainer line removed), licence: PD-debian (debian/* per /usr/share/doc/xz-utils/copyright)
(0, "classification", "en", "after", "log", "EV-p085", """xz-utils (5.4.1-1) bookworm-security; urgency=medium

  * Add fix from upstream when the threaded decompresses frees memory too
    early on invalid input (CVE-2025-31115).

is this update a security fix, new feature or translation update? one word"""),
# source: /usr/share/doc/xz-utils/changelog.Debian.gz (entry 5.4.1-1, maintainer line removed), licence: PD-debian (debian/* per /usr/share/doc/xz-utils/copyright)
(1, "open_qa", "en", "after", "log", "EV-p085", """xz-utils (5.4.1-1) bookworm-security; urgency=medium

  * Add fix from upstream when the threaded decompresses frees memory too
    early on invalid input (CVE-2025-31115).

what does 'frees memory too early' mean and how could a hacker use that? I'm a nosy grandad who's taken up computing classes at the library"""),
(0, "summarization", "en", "after", "chat", "EV-p086", """Please summarise this so I can show my husband what our daughter's teacher said, I'm rubbish at explaining:

Teacher (via school app): Hi Mrs Nowak, just a quick message to let you know that Maja has had a great week. She's been much more confident putting her hand up in class and she read her poem out in assembly on Thursday, which I know is a big step for her. One thing: she's been very tired in the afternoons, falling asleep a couple of times during our quiet reading. Is everything OK at home with sleep? No worries at all, just wanted to flag it. Also, she's forgotten her PE kit three weeks in a row, could you pop it in her bag on Mondays? Thanks!
Me: Thank you so much, that's lovely to hear. We moved house last week so she's been sleeping badly, I'll keep an eye. Sorry about the PE kit!
Teacher: Ah, that explains it, moving is so unsettling. Thanks for letting me know!"""),
(1, "general_qa", "en", "after", "chat", "EV-p086", """Message from my daughter's teacher:

Teacher: Hi Mrs Nowak, just a quick message to let you know that Maja has had a great week. She's been much more confident putting her hand up in class and she read her poem out in assembly on Thursday, which I know is a big step for her. One thing: she's been very tired in the afternoons, falling asleep a couple of times during our quiet reading. Is everything OK at home with sleep?

We moved house last week and Maja (7) keeps waking up at 2am and coming into our bed saying the new house is 'noisy'. How do I help her settle into the new bedroom?"""),
(0, "classification", "en", "before", "list", None, """Quiet or noisy? a library, a football stadium, a hospital ward at night, a school canteen, a church, a busy motorway, a forest at dawn"""),
(1, "creative_writing", "en", "none", "none", None, """bedtime story about a little girl whose new house makes strange noises, and each noise turns out to be something friendly (pipes, an owl, the boiler). Gentle, for a 7 year old"""),
(0, "summarization", "en", "after", "reviews", None, """Feedback from the 12 kids at my pottery holiday club (ages 8-11), summarise what they liked and didn't like:
"I liked making the pinch pot frog"
"The clay was too cold and hard at the start"
"I wish we could use the wheel"
"Glazing was my favourite, I did a rainbow one"
"Too much waiting for everyone to finish"
"Lunch break was too short"
"I made a bowl for my nan!!"
"My hands got really dry"
"The teacher was funny"
"I want to come back next week"
"The room smelled weird"
"Best club ever" """),
(1, "general_qa", "en", "none", "none", None, """running a kids pottery club, the fast ones get bored waiting for the slow ones. any ideas to keep everyone busy?"""),
(0, "classification", "en", "before", "list", None, """Clay craft or fabric craft? coil pot, patchwork, slip casting, appliqué, quilting, raku, cross-stitch, sgraffito"""),
(1, "creative_writing", "en", "none", "none", None, """Write a fun certificate message for kids who finish my pottery club, one or two lines, a bit silly"""),
# source: Python 3.11 stdlib, textwrap.shorten docstring, licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p087", """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'

what does this do, in one line"""),
# source: Python 3.11 stdlib, textwrap.shorten docstring, licence: PSF-2.0
(1, "general_qa", "en", "after", "code", "EV-p087", """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'

I'm making a little Python script to print labels for my jam jars and the names are too long for the label. Is this the right thing to use, and how would I get it to show '...' instead of '[...]'?"""),
(0, "classification", "en", "before", "list", None, """Jam, jelly, chutney or marmalade? Seville orange, damson, mango and chilli, redcurrant, strawberry, caramelised onion, lime, mint"""),
(1, "creative_writing", "en", "none", "none", None, """Names for my homemade jams for a WI stall? I make strawberry, damson, rhubarb & ginger and a chilli jam. Quirky but cottagey"""),
(0, "summarization", "en", "after", "prose", None, """The Thames Water boss has apologised after raw sewage was discharged into the river near Henley for 36 hours last week, forcing the cancellation of a swimming event that had been planned for months. The company said heavy rainfall had overwhelmed its treatment works, and that storm overflows were used 'as designed' to prevent sewage backing up into homes. Campaigners said the spill was 'totally unacceptable' and called for greater investment in infrastructure. The Environment Agency said it was investigating.

short summary"""),
(1, "open_qa", "en", "none", "none", None, """why do water companies in England dump sewage in rivers? is it actually legal"""),
(0, "classification", "en", "before", "list", None, """Which hobbies involve water and which don't? paddleboarding, archery, wild swimming, fly fishing, rock climbing, canoeing, bouldering, sailing"""),
(0, "summarization", "en", "none", "none", None, """Summarise the plot of The Secret Garden in 5 short sentences, reading it with my granddaughter"""),
(1, "creative_writing", "en", "none", "none", None, """A poem from the point of view of a robin showing a child a hidden garden, inspired by The Secret Garden, for a 9 year old"""),
(0, "classification", "en", "before", "list", None, """garden birds — which eat seeds and which eat insects mainly? goldfinch, robin, wren, chaffinch, blue tit, house sparrow, swallow, greenfinch"""),
(0, "summarization", "en", "after", "form", None, """VOLUNTEER APPLICATION – COMMUNITY GARDEN
Name: [applicant]
Age: 72
Availability: Tues & Thurs mornings
Experience: 40 years own garden, allotment 15 yrs, grew veg for church harvest festival
Physical limitations: Can't kneel for long (knee), fine with raised beds
Interested in: Teaching kids about growing, seed saving, composting
Emergency contact: daughter
DBS check: Happy to have one

summarise this application in 2 sentences for the volunteer coordinator"""),
(1, "general_qa", "en", "none", "none", None, """I coordinate volunteers at a community garden. We have lots of retired people but no young ones. How can we attract teenagers?"""),
(0, "classification", "en", "inline", "chat", None, """[harness] task=route_ticket; allowed=[GARDEN_VOLUNTEERS, EVENTS, DONATIONS, COMPLAINTS]; output=label
[ticket] "Hello, I've got about thirty spare tomato plants and a bag of seed potatoes, would the community garden like them? I can drop them off Saturday." """),
(0, "summarization", "en", "inline", "email", None, """You are an email assistant. The user has pasted an email. Produce a 2-sentence summary only.

---
From: Parish Clerk
Subject: Bonfire night arrangements

The bonfire and fireworks display will take place on Saturday 4 November on the recreation ground. Gates open 6pm, bonfire lit at 6.30pm, fireworks at 7.15pm. Entry is £5 adults, £2 children, under 5s free. Please don't bring your own sparklers or fireworks. There will be a hot food stall run by the Scouts and a licensed bar. No dogs please. Parking at the school only.
---"""),
(1, "creative_writing", "en", "none", "none", None, """Write a bonfire night poem for a year 2 class, with fizz, whizz and bang sounds in it"""),
(1, "general_qa", "en", "none", "none", None, """how do I keep my dog calm on bonfire night? he shakes for hours and hides behind the sofa"""),
(0, "classification", "en", "before", "list", None, """Sort these into things that are safe for pets and things that are toxic: grapes, carrots, chocolate, apples (no seeds), onions, plain rice, lilies (for cats), xylitol gum"""),
(0, "summarization", "en", "after", "prose", "EV-p088", """Essay I wrote for my history A level. Give me a short abstract (3 sentences):

The Industrial Revolution transformed Britain between roughly 1760 and 1840, turning a largely rural, agricultural society into the world's first industrial economy. This essay argues that while technological inventions such as the spinning jenny and the steam engine are often given the main credit, the revolution depended just as much on less visible factors: the availability of cheap coal, the growth of a banking system that could fund large projects, and the enclosure of common land, which pushed rural workers into towns. The human cost was enormous. Factory workers, including children as young as five, worked fourteen-hour days in dangerous conditions, and cities such as Manchester grew so quickly that housing and sanitation could not keep up, leading to outbreaks of cholera and typhus. Yet by the end of the period, the same forces had also produced railways, cheaper goods and, eventually, the reform movements that improved working conditions. The Industrial Revolution was therefore neither simply progress nor simply exploitation, but a deeply uneven process whose benefits and costs fell on very different groups of people."""),
(1, "general_qa", "en", "after", "prose", "EV-p088", """Essay intro for my history A level:

The Industrial Revolution transformed Britain between roughly 1760 and 1840, turning a largely rural, agricultural society into the world's first industrial economy. This essay argues that while technological inventions such as the spinning jenny and the steam engine are often given the main credit, the revolution depended just as much on less visible factors: the availability of cheap coal, the growth of a banking system that could fund large projects, and the enclosure of common land, which pushed rural workers into towns. The human cost was enormous. Factory workers, including children as young as five, worked fourteen-hour days in dangerous conditions.

My teacher says my argument is 'there but not sharp enough'. How do I make it sharper? And what historians should I be quoting for the enclosure point?"""),
(1, "open_qa", "en", "none", "none", None, """why did the industrial revolution start in britain and not somewhere else like china"""),
(0, "classification", "en", "before", "list", None, """Invention before or after 1900? steam train, telephone, television, light bulb, aeroplane, spinning jenny, internet, sewing machine"""),
]
