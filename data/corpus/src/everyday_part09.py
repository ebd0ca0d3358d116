# writer everyday, part 09. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/GPL-3 (sections 0 and start of 1), licence: GPL-3 text, verbatim copying permitted
(0, "summarization", "en", "after", "prose", "EV-p072", """  0. Definitions.

  "This License" refers to version 3 of the GNU General Public License.

  "Copyright" also means copyright-like laws that apply to other kinds of
works, such as semiconductor masks.

  "The Program" refers to any copyrightable work licensed under this
License.  Each licensee is addressed as "you".  "Licensees" and
"recipients" may be individuals or organizations.

  To "modify" a work means to copy from or adapt all or part of the work
in a fashion requiring copyright permission, other than the making of an
exact copy.  The resulting work is called a "modified version" of the
earlier work or a work "based on" the earlier work.

  A "covered work" means either the unmodified Program or a work based
on the Program.

  To "propagate" a work means to do anything with it that, without
permission, would make you directly or secondarily liable for
infringement under applicable copyright law, except executing it on a
computer or modifying a private copy.  Propagation includes copying,
distribution (with or without modification), making available to the
public, and in some countries other activities as well.

  To "convey" a work means any kind of propagation that enables other
parties to make or receive copies.  Mere interaction with a user through
a computer network, with no transfer of a copy, is not conveying.

  An interactive user interface displays "Appropriate Legal Notices"
to the extent that it includes a convenient and prominently visible
feature that (1) displays an appropriate copyright notice, and (2)
tells the user that there is no warranty for the work (except to the
extent that warranties are provided), that licensees may convey the
work under this License, and how to view a copy of this License.  If
the interface presents a list of user commands or options, such as a
menu, a prominent item in the list meets this criterion.

  1. Source Code.

  The "source code" for a work means the preferred form of the work
for making modifications to it.  "Object code" means any non-source
form of a work.

  A "Standard Interface" means an interface that either is an official
standard defined by a recognized standards body, or, in the case of
interfaces specified for a particular programming language, one that
is widely used among developers working in that language.

  The "System Libraries" of an executable work include anything, other
than the work as a whole, that (a) is included in the normal form of
packaging a Major Component, but which is not part of that Major
Component, and (b) serves only to enable use of the work with that
Major Component, or to implement a Standard Interface for which an
implementation is available to the public in source code form.  A
"Major Component", in this context, means a major essential component
(kernel, window system, and so on) of the specific operating system
(if any) on which the executable work runs, or a compiler used to
produce the work, or an object code interpreter used to run it.

Revision flashcards needed: give me a one-line meaning for each defined word here (modify, covered work, propagate, convey, source code, object code, system libraries)."""),
# source: /usr/share/common-licenses/GPL-3 (sections 0 and start of 1), licence: GPL-3 text, verbatim copying permitted
(1, "open_qa", "en", "after", "prose", "EV-p072", """  0. Definitions.

  "This License" refers to version 3 of the GNU General Public License.

  "Copyright" also means copyright-like laws that apply to other kinds of
works, such as semiconductor masks.

  "The Program" refers to any copyrightable work licensed under this
License.  Each licensee is addressed as "you".  "Licensees" and
"recipients" may be individuals or organizations.

  To "modify" a work means to copy from or adapt all or part of the work
in a fashion requiring copyright permission, other than the making of an
exact copy.  The resulting work is called a "modified version" of the
earlier work or a work "based on" the earlier work.

  A "covered work" means either the unmodified Program or a work based
on the Program.

  To "propagate" a work means to do anything with it that, without
permission, would make you directly or secondarily liable for
infringement under applicable copyright law, except executing it on a
computer or modifying a private copy.  Propagation includes copying,
distribution (with or without modification), making available to the
public, and in some countries other activities as well.

  To "convey" a work means any kind of propagation that enables other
parties to make or receive copies.  Mere interaction with a user through
a computer network, with no transfer of a copy, is not conveying.

  An interactive user interface displays "Appropriate Legal Notices"
to the extent that it includes a convenient and prominently visible
feature that (1) displays an appropriate copyright notice, and (2)
tells the user that there is no warranty for the work (except to the
extent that warranties are provided), that licensees may convey the
work under this License, and how to view a copy of this License.  If
the interface presents a list of user commands or options, such as a
menu, a prominent item in the list meets this criterion.

  1. Source Code.

  The "source code" for a work means the preferred form of the work
for making modifications to it.  "Object code" means any non-source
form of a work.

  A "Standard Interface" means an interface that either is an official
standard defined by a recognized standards body, or, in the case of
interfaces specified for a particular programming language, one that
is widely used among developers working in that language.

  The "System Libraries" of an executable work include anything, other
than the work as a whole, that (a) is included in the normal form of
packaging a Major Component, but which is not part of that Major
Component, and (b) serves only to enable use of the work with that
Major Component, or to implement a Standard Interface for which an
implementation is available to the public in source code form.  A
"Major Component", in this context, means a major essential component
(kernel, window system, and so on) of the specific operating system
(if any) on which the executable work runs, or a compiler used to
produce the work, or an object code interpreter used to run it.

So if I run a GPL program on my website and people just use it through their browser, it says that's "not conveying". Does that mean I never have to share my changes? That seems like a loophole, why did they allow it?"""),
(0, "classification", "en", "before", "list", None, """Tag each gadget by what it mainly does — cooking, cleaning or entertainment: air fryer, robot vacuum, soundbar, slow cooker, steam mop, games console, bread maker, carpet cleaner"""),
(1, "general_qa", "en", "none", "none", None, """is an air fryer actually worth it for a single person or is it just hype"""),
(0, "summarization", "en", "after", "prose", "EV-p073", """Dear Resident,

Proposed Residents' Parking Zone (Zone K)

Following concerns raised by residents about commuter parking in the streets around the railway station, the council is proposing to introduce a Residents' Parking Zone covering Albert Road, Victoria Street, Princes Avenue, Grange Road and the northern end of Station Approach.

How it would work
Parking in the zone would be restricted to permit holders between 8am and 6pm, Monday to Saturday. Outside these hours, and on Sundays, anyone could park. Each household would be able to apply for up to two resident permits. The first permit would cost £60 a year and the second £95 a year. Households would also be able to buy books of visitor permits (£15 for ten daily permits), with a limit of 50 visitor permits per year. Blue badge holders would be able to park without a permit. There would be a small number of pay-and-display bays on Station Approach for short stays of up to two hours, mainly for the shops.

Why we are proposing this
Surveys carried out in March showed that on weekdays, over 70% of parking spaces in these roads were occupied by 8.30am, and that around half the vehicles parked were not registered to local addresses. Residents have told us that they are often unable to park near their homes, and that some cars are left for days at a time. We have also received complaints about cars parked across dropped kerbs and on corners, which can be dangerous.

What happens next
This is a consultation, and no decision has been made. We would like to hear from everyone who lives, works or runs a business in the area. You can respond online or by returning the enclosed form in the prepaid envelope by 30 April. We will also hold a drop-in session at Grange Road Community Centre on Thursday 11 April, 4pm to 7.30pm, where officers will be available to answer questions. If a majority of responses from residents support the scheme, a formal Traffic Regulation Order will be advertised in the summer, and the zone could be introduced from the autumn.

Yours faithfully,
Parking Services

Can you summarise this in about 5 bullet points for our street's WhatsApp?"""),
(1, "general_qa", "en", "after", "prose", "EV-p073", """Dear Resident,

Proposed Residents' Parking Zone (Zone K)

Following concerns raised by residents about commuter parking in the streets around the railway station, the council is proposing to introduce a Residents' Parking Zone covering Albert Road, Victoria Street, Princes Avenue, Grange Road and the northern end of Station Approach.

How it would work
Parking in the zone would be restricted to permit holders between 8am and 6pm, Monday to Saturday. Outside these hours, and on Sundays, anyone could park. Each household would be able to apply for up to two resident permits. The first permit would cost £60 a year and the second £95 a year. Households would also be able to buy books of visitor permits (£15 for ten daily permits), with a limit of 50 visitor permits per year. Blue badge holders would be able to park without a permit. There would be a small number of pay-and-display bays on Station Approach for short stays of up to two hours, mainly for the shops.

Why we are proposing this
Surveys carried out in March showed that on weekdays, over 70% of parking spaces in these roads were occupied by 8.30am, and that around half the vehicles parked were not registered to local addresses. Residents have told us that they are often unable to park near their homes, and that some cars are left for days at a time.

What happens next
This is a consultation, and no decision has been made. You can respond online or by returning the enclosed form by 30 April. If a majority of responses from residents support the scheme, a formal Traffic Regulation Order will be advertised in the summer.

Yours faithfully,
Parking Services

I run a childminding business from home on Albert Road. Parents drop off between 7.30 and 9. Should I support or oppose this, and what should I write in my consultation response to protect my business?"""),
(1, "open_qa", "en", "none", "none", None, """why do councils charge for residents parking permits when we already pay council tax"""),
(0, "classification", "en", "after", "reviews", None, """Comments from the parking consultation drop-in, label each FOR, AGAINST or UNSURE:
1. "Finally, I can park outside my own house again"
2. "£60 is a tax on living here"
3. "What about my carer who visits every day? 50 visitor permits isn't enough"
4. "Commuters have ruined this street, bring it in"
5. "I need more info about the shop bays before I decide"
6. "It'll just push the problem to the next street" """),
(0, "summarization", "en", "after", "prose", "EV-p074", """Recipe from my food blog. It's WAY too long, give me just the recipe bit as a short summary (ingredients + 4 steps):

My Nonna's Lemon Ricotta Cake (and a story)

Every summer when I was little, we spent August at my grandmother's house in a village outside Naples, and every Sunday she made this cake. She never wrote it down. She measured flour with a coffee cup and sugar with her hands, and when I asked how long it went in the oven she said 'until it smells right.' It took me three summers, two failed cakes and one very patient phone call with my aunt to get it onto paper. This is the version I make now, in my tiny kitchen in Leicester, and it tastes exactly like those Sundays.

A few notes before you start. Use full-fat ricotta, not the light stuff; it makes a huge difference. If you can get unwaxed lemons, do, because you're using the zest. And please, please let the cake cool before you cut it, or it will fall apart and you'll blame me.

You'll need: 250g ricotta, 200g caster sugar, 3 large eggs, the zest of 2 lemons and the juice of 1, 150g plain flour, 2 teaspoons baking powder, 100g melted butter, a pinch of salt, and icing sugar for dusting.

Heat your oven to 180°C (160°C fan) and line a 20cm round tin. In a big bowl, beat the ricotta and sugar together until smooth, then beat in the eggs one at a time. Stir in the lemon zest, juice and melted butter. Sift in the flour, baking powder and salt, and fold gently until there are no dry bits; don't overmix. Pour into the tin and bake for 40 to 45 minutes, until golden and a skewer comes out clean (or, as Nonna would say, until it smells right). Leave it in the tin for 15 minutes, then cool completely on a rack. Dust with icing sugar before serving.

Nonna served hers with nothing at all, but I like a spoonful of crème fraîche and some raspberries. It keeps for three days in a tin, if it lasts that long. In our house, it never does.

If you make it, tag me, I love seeing your versions! And if your cake sinks a little in the middle, don't worry. Hers did too."""),
(1, "general_qa", "en", "after", "prose", "EV-p074", """Recipe from my food blog:

You'll need: 250g ricotta, 200g caster sugar, 3 large eggs, the zest of 2 lemons and the juice of 1, 150g plain flour, 2 teaspoons baking powder, 100g melted butter, a pinch of salt, and icing sugar for dusting.

Heat your oven to 180°C (160°C fan) and line a 20cm round tin. In a big bowl, beat the ricotta and sugar together until smooth, then beat in the eggs one at a time. Stir in the lemon zest, juice and melted butter. Sift in the flour, baking powder and salt, and fold gently until there are no dry bits; don't overmix. Pour into the tin and bake for 40 to 45 minutes, until golden and a skewer comes out clean. Leave it in the tin for 15 minutes, then cool completely on a rack. Dust with icing sugar before serving.

A reader asked if she can make it gluten free and with less sugar for her diabetic dad. What swaps would actually work without ruining it? I don't want to give bad advice."""),
(1, "creative_writing", "en", "none", "none", None, """a poem about my nonna's kitchen, lemons, flour on the table, her humming, for the front of a family recipe book"""),
(0, "classification", "en", "before", "list", None, """Italian, French or Spanish food word? gnocchi, croissant, chorizo, ratatouille, tapas, pancetta, crème brûlée, paella, bruschetta"""),
(0, "summarization", "en", "after", "chat", "EV-p075", """Wedding planning group chat (bridesmaids), I'm the maid of honour and I've been away 3 days, summarise please!!

Jess: OK hen do. Options are Bath spa weekend, Brighton, or a cottage in the Cotswolds
Amira: Brighton!!! 🥳
Chloe: Spa please, I'm too old for Brighton
Amira: you're 29
Chloe: exactly
Jess: Katie (bride) said she doesn't want anything too wild, her mum is coming
Amira: ok fine cottage then? we can still have fun
Chloe: cottage with a hot tub 👍
Jess: Found one near Stow, sleeps 10, hot tub, £1,100 for the weekend of 14-16 June
Amira: so like £110 each if 10 of us
Chloe: Katie's mum shouldn't pay, and Katie obviously
Jess: so £137.50 each for 8. Too much?
Amira: it's fine if we keep the rest cheap
Chloe: I can do a cocktail masterclass at the house, my cousin does them, £25 pp
Jess: yes!! and a afternoon tea on the Saturday?
Amira: I'll bake, save money
Chloe: Amira your scones are elite
Jess: OK so cottage Stow 14-16 June, cocktails Fri night, homemade afternoon tea Sat. I'll book cottage tonight, deposit £300, can everyone send me £40 by Friday
Amira: sent!
Chloe: sending now
Jess: also dress code theme? Katie loves the 70s
Amira: DISCO 🪩
Chloe: as long as I can wear flares
Jess: Disco theme Sat night then. Someone needs to tell Priya and Beth, they're not in this chat
Amira: I'll message them
Jess: and the maid of honour (hi Lauren 👋) can you sort games and a little speech for Sat night? No pressure 😂"""),
(1, "creative_writing", "en", "after", "chat", "EV-p075", """I'm Lauren, maid of honour. This is the plan from the bridesmaids' chat:

Jess: Found one near Stow, sleeps 10, hot tub, £1,100 for the weekend of 14-16 June
Chloe: I can do a cocktail masterclass at the house, my cousin does them, £25 pp
Jess: yes!! and a afternoon tea on the Saturday?
Amira: I'll bake, save money
Jess: OK so cottage Stow 14-16 June, cocktails Fri night, homemade afternoon tea Sat.
Jess: also dress code theme? Katie loves the 70s
Amira: DISCO 🪩
Jess: Disco theme Sat night then.
Jess: and the maid of honour (hi Lauren 👋) can you sort games and a little speech for Sat night? No pressure 😂

Katie (the bride) met her fiancé Tom at a salsa class where she stood on his foot so hard he limped for a week. They've been together 6 years. Her mum will be there so keep it clean! Please write my 2-minute speech for the Saturday night, disco themed if you can."""),
(1, "general_qa", "en", "none", "none", None, """hen party games that are fun but not rude, the bride's mum and nan are coming"""),
(0, "classification", "en", "before", "list", None, """70s, 80s or 90s? flares, Spice Girls, leg warmers, disco balls, Walkman, Tamagotchi, platform boots, Rubik's cube"""),
(0, "summarization", "en", "before", "prose", "EV-p076", """Please summarise my personal statement into a 50-word paragraph I can use for a scholarship form:

I have wanted to be a nurse since I was fourteen, when my younger brother spent six weeks in hospital with meningitis. I remember the doctors as kind but busy, moving quickly from bed to bed. It was the nurses who stayed. One nurse in particular, on the night shift, noticed that my mum hadn't eaten all day and brought her a sandwich and a cup of tea without being asked. She explained every beep of every machine to my brother, who was terrified, and she taught him a card game to distract him while she changed his drip. I didn't know then that what she was doing had a name: holistic care. I just knew that I wanted to be that person for someone else.

Since then I have tried to learn as much as I can about what nursing involves. For the past two years I have volunteered every Saturday at a care home, where I help residents at mealtimes, chat with them and join in with activities. I have learned how important small things are: remembering how someone takes their tea, or that they like to have the window open. I have also seen how hard the job can be, physically and emotionally. When one of the residents I had grown close to died last winter, I found it very difficult, but talking it through with the staff helped me understand how nurses care for themselves as well as their patients.

At college I am studying Biology, Psychology and Health and Social Care. Biology has given me a foundation in how the body works, which I know will be essential for understanding conditions and treatments. Psychology has helped me understand how illness affects people's emotions and behaviour, and I was particularly interested in our unit on anxiety in children, which made me think of my brother. For my Extended Project I researched the use of play in reducing children's fear in hospital, and I interviewed a play specialist at our local hospital.

I also work part time in a supermarket, which has taught me to stay calm when things are busy, to deal with difficult customers politely, and to manage my time alongside my studies.

I know that nursing is demanding, with long shifts and a lot of responsibility. But I also know it is a job where you can make a real difference to people on what may be the worst day of their lives. I want to be the nurse who stays."""),
(1, "general_qa", "en", "before", "prose", "EV-p076", """Can you give me honest feedback on my nursing personal statement? What's strong, what's weak, and what would you cut to get under the word limit? (I'm 18, applying for children's nursing.)

I have wanted to be a nurse since I was fourteen, when my younger brother spent six weeks in hospital with meningitis. I remember the doctors as kind but busy, moving quickly from bed to bed. It was the nurses who stayed. One nurse in particular, on the night shift, noticed that my mum hadn't eaten all day and brought her a sandwich and a cup of tea without being asked. She explained every beep of every machine to my brother, who was terrified, and she taught him a card game to distract him while she changed his drip. I didn't know then that what she was doing had a name: holistic care. I just knew that I wanted to be that person for someone else.

Since then I have tried to learn as much as I can about what nursing involves. For the past two years I have volunteered every Saturday at a care home, where I help residents at mealtimes, chat with them and join in with activities. I have learned how important small things are: remembering how someone takes their tea, or that they like to have the window open. When one of the residents I had grown close to died last winter, I found it very difficult, but talking it through with the staff helped me understand how nurses care for themselves as well as their patients.

At college I am studying Biology, Psychology and Health and Social Care. For my Extended Project I researched the use of play in reducing children's fear in hospital, and I interviewed a play specialist at our local hospital.

I also work part time in a supermarket, which has taught me to stay calm when things are busy, to deal with difficult customers politely, and to manage my time alongside my studies.

I know that nursing is demanding, with long shifts and a lot of responsibility. But I also know it is a job where you can make a real difference to people on what may be the worst day of their lives. I want to be the nurse who stays."""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between adult nursing, children's nursing and mental health nursing in the UK? which is hardest to get into"""),
(0, "classification", "en", "before", "list", None, """Hospital jobs — clinical or non-clinical? porter, radiographer, receptionist, midwife, paramedic, ward clerk, pharmacist, cleaner"""),
(0, "summarization", "en", "after", "transcript", "EV-p077", """Staff meeting at my flower shop, recorded on my phone. Write me short minutes with actions:

ME: OK, thanks for staying late. Three things: Valentine's, the van, and Sunday opening.
MEL: Valentine's first, please, I'm panicking already.
ME: Fair. So last year we did 340 orders in three days and we ran out of red roses by the 13th. This year I've ordered 20% more roses from the wholesaler and I've added a pre-order deadline of the 9th for delivery orders.
DANNY: Can we stop doing the same-day delivery on the 14th? It was chaos. I did 41 drops in one day.
ME: I think we have to keep it, it's a lot of our money. But I'll hire a second driver for the 13th and 14th, my nephew's free.
DANNY: Thank god.
MEL: And can we do a cheaper option? Loads of students came in wanting something for under twenty quid.
ME: Good idea. Mel, can you design a small hand-tied bunch for £18? Tulips maybe, they're cheaper than roses.
MEL: Yes, I'll do a sample by Friday.
ME: Right. The van. It failed its MOT on the brakes and the exhaust, it's about £700 to fix. It's 11 years old. I'm thinking of leasing an electric van instead, about £320 a month.
DANNY: The electric ones don't go far enough for the wedding deliveries out in the villages.
ME: The one I looked at does 150 miles, that's fine for us. But I'll get the old one fixed for now so we have it for Valentine's, and decide on leasing in March.
DANNY: OK.
ME: Last thing, Sunday opening. The garden centre down the road opens Sundays and I think we're losing trade. I'd like to try opening 10 till 2 on Sundays from April, for a three-month trial.
MEL: I can't do Sundays, I've got the kids.
DANNY: I can do two a month.
ME: OK, I'll do the other two myself, and we'll review in July.
MEL: Can we get a new kettle, as well? The current one smells like burnt plastic.
ME: Yes, Mel, we can get a new kettle.
MEL: Minutes that please, that's the most important decision."""),
(1, "general_qa", "en", "after", "transcript", "EV-p077", """Bit of my flower shop staff meeting:

ME: The van. It failed its MOT on the brakes and the exhaust, it's about £700 to fix. It's 11 years old. I'm thinking of leasing an electric van instead, about £320 a month.
DANNY: The electric ones don't go far enough for the wedding deliveries out in the villages.
ME: The one I looked at does 150 miles, that's fine for us. But I'll get the old one fixed for now so we have it for Valentine's, and decide on leasing in March.
DANNY: OK.
ME: Last thing, Sunday opening. The garden centre down the road opens Sundays and I think we're losing trade. I'd like to try opening 10 till 2 on Sundays from April, for a three-month trial.
MEL: I can't do Sundays, I've got the kids.
DANNY: I can do two a month.
ME: OK, I'll do the other two myself, and we'll review in July.

Honestly, should I lease the electric van or keep patching the old one? We do about 60 miles on a normal day, 120 on wedding days. And how do I judge if Sunday opening is worth it after the trial — what numbers should I track?"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 6 cute Valentine's window sign ideas for a small florist, short enough for vinyl lettering"""),
(1, "open_qa", "en", "none", "none", None, """why are red roses so expensive around Valentine's? where do they all come from in February"""),
(0, "classification", "en", "after", "email", None, """Subject: Re: order 2291
Hi, the flowers arrived yesterday and my mum cried, they were beautiful. Thank you so much for fitting in the extra note.

label: compliment, complaint, enquiry, or order change"""),
(0, "summarization", "en", "after", "prose", None, """From my son's science homework sheet, I want to check he understood it — can you give me a 3-sentence version?

Sound is a type of energy made by vibrations. When an object vibrates, it makes the particles in the air around it vibrate too, and these vibrations travel through the air as a sound wave until they reach our ears. Inside the ear, the eardrum vibrates, and tiny bones pass the vibrations on to the inner ear, where they are turned into signals that travel to the brain. Sound can travel through solids, liquids and gases, but not through a vacuum, because there are no particles to vibrate. It travels faster through solids than through air, because the particles are closer together. The pitch of a sound depends on how fast the object vibrates (its frequency): fast vibrations make high-pitched sounds and slow vibrations make low-pitched ones. The loudness depends on the size of the vibrations (the amplitude)."""),
(1, "open_qa", "en", "none", "none", None, """if sound can't travel in space, how do astronauts talk to each other on a spacewalk"""),
(1, "creative_writing", "en", "none", "none", None, """science poem (funny!) about why you can't hear anyone scream in space, for year 6"""),
(0, "classification", "en", "before", "list", None, """Decide which sounds are high pitched and which are low: a mouse squeak, a tuba, a whistle, thunder, a baby crying, a cow mooing, a violin's top string, a foghorn"""),
# source: Python 3.11 stdlib, sched module docstring, licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p078", """A generally useful event scheduler class.

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
way the queue can be maintained as a priority queue.  Execution of the
event means calling the action function, passing it the argument
sequence in "argument" (remember that in Python, multiple function
arguments are be packed in a sequence) and keyword parameters in "kwargs".
The action function may be an instance method so it
has another way to reference private data (besides global variables).

Can you summarise this in 3 short bullets? I'm a hobbyist trying to make my Raspberry Pi water the greenhouse"""),
# source: Python 3.11 stdlib, sched module docstring, licence: PSF-2.0
(1, "general_qa", "en", "after", "code", "EV-p078", """A generally useful event scheduler class.

Each instance of this class manages its own queue.
No multi-threading is implied; you are supposed to hack that
yourself, or use a single instance per application.

Each instance is parametrized with two functions, one that is
supposed to return the current time, one that is supposed to
implement a delay.  You can implement real-time scheduling by
substituting time and sleep from built-in module time, or you can
implement simulated time by writing your own functions.

Events are specified by tuples (time, priority, action, argument, kwargs).
As in UNIX, lower priority numbers mean higher priority; in this
way the queue can be maintained as a priority queue.

I want my Raspberry Pi to switch the greenhouse water pump on at 7am and 7pm every day, for 5 minutes. Is this sched module the right tool, or should I use something else like cron? I'm a beginner, tell me what you'd do."""),
(1, "open_qa", "en", "none", "none", None, """how much water do tomato plants in a greenhouse need per day in july"""),
(0, "classification", "en", "before", "list", None, """greenhouse or outdoor crop in the UK? chillies, potatoes, aubergines, cabbages, melons, leeks, cucumbers, onions"""),
(0, "summarization", "en", "after", "reviews", "EV-p079", """Reviews of the campsite we're thinking of, give me the overall picture in 3 sentences:

"Stunning views over the bay, pitches are big and flat. Showers were hot and clean. Only downside was the walk to the toilet block from the top field."
"Very family friendly, there's a little play park and the owners keep chickens which the kids loved feeding. Quiet after 10pm, which we appreciated."
"Don't go if it's windy. Our tent pole snapped on the second night, the top field is very exposed."
"On-site shop is tiny and expensive, drive into town for supplies. The pub at the bottom of the lane does great fish and chips though."
"Dogs welcome, there's a dog walking field. Some owners didn't pick up after their dogs, which was gross."
"Booked a glamping pod, it was spotless and cosy with a little heater. Worth the extra money if it rains."
"Wi-fi barely works, which was actually nice for a digital detox, but warn your teenagers!"
"Lovely staff, let us check out late when our car wouldn't start." """),
(1, "general_qa", "en", "after", "reviews", "EV-p079", """Reviews of the campsite we're thinking of:

"Stunning views over the bay, pitches are big and flat. Showers were hot and clean. Only downside was the walk to the toilet block from the top field."
"Very family friendly, there's a little play park and the owners keep chickens which the kids loved feeding."
"Don't go if it's windy. Our tent pole snapped on the second night, the top field is very exposed."
"Booked a glamping pod, it was spotless and cosy with a little heater. Worth the extra money if it rains."
"Wi-fi barely works, which was actually nice for a digital detox, but warn your teenagers!"

We have a cheap tent, two kids (5 and 13), and it's late September. Should we risk the tent or pay for the pod? And how do I keep a 13 year old happy with no wi-fi for 4 days?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a campfire song for a family camping trip, simple chorus everyone can join in, about marshmallows and rain"""),
(0, "classification", "en", "before", "list", None, """Camping kit — shelter, cooking or sleeping? tent, stove, sleeping bag, groundsheet, kettle, pillow, guy ropes, sporks"""),
(0, "summarization", "en", "after", "email", None, """Hi Mrs Ahmed,

Thank you for meeting with me yesterday about Zara's transition to Year 7. Just to recap what we agreed: Zara will have a named key adult (Miss Flynn, the SENCo assistant) who she can go to if she feels overwhelmed. She'll have a time-out card that lets her leave a lesson for 5 minutes to go to the library. We'll arrange two extra visits in July so she can walk the route between classrooms when the school is quiet, and she'll get a copy of her timetable with photos of each room. Her form tutor will be told about her sensory needs (noise and crowds), and she'll be allowed to leave lessons 2 minutes early to avoid the busy corridors. We'll review how things are going at the end of October.

Best wishes,
Mr Okoro, Transition Lead

summarise the support she'll get in bullets, I want to show Zara"""),
(1, "creative_writing", "en", "none", "none", None, """My autistic daughter starts secondary school in September and she's scared. Write her a short social story about the first day — calm, clear sentences, what will happen step by step"""),
(1, "general_qa", "en", "none", "none", None, """how can i help my autistic 11 year old cope with the noise and crowds at secondary school? she has ear defenders but won't wear them in front of people"""),
(0, "classification", "en", "after", "list", None, """Here's what my daughter packed for her first day: pencil case, calculator, 4 lip glosses, PE kit, a whole pack of biscuits, ear defenders, her timetable, a fidget toy, a scientific calculator (again), bus pass

sort into 'needed', 'useful' and 'probably leave at home'"""),
(0, "summarization", "en", "after", "prose", None, """Breaking: Severe delays are expected on the M6 northbound between junctions 16 and 19 after a lorry shed its load of potatoes across three lanes just after 7am. National Highways says two lanes are currently closed while the road is cleared, and traffic is queuing for around six miles. Drivers are advised to allow an extra hour for journeys or to use the A34 as an alternative. Nobody was injured. The road is expected to fully reopen by early afternoon.

in one line?"""),
(1, "creative_writing", "en", "none", "none", None, """write a silly news headline and 3-line story about the lorry that spilled potatoes on the M6, as if it were a tabloid"""),
(0, "classification", "en", "before", "list", None, """potato varieties — best for mash, chips or salad? Maris Piper, Charlotte, King Edward, Jersey Royal, Rooster, Anya"""),
(1, "open_qa", "en", "none", "none", None, """why do some potatoes go fluffy and others go waxy when you cook them"""),
(0, "summarization", "en", "none", "none", None, """Summarise the story of the film Billy Elliot in 4 sentences, for my drama class"""),
(1, "open_qa", "en", "none", "none", None, """What was the miners' strike that Billy Elliot is set during? why did it happen"""),
(0, "classification", "en", "after", "prose", None, """"I'm honestly fine, don't worry about me, I just need a bit of space this weekend."

Does this person sound happy, upset or angry? one word"""),
(1, "general_qa", "en", "none", "none", None, """my best friend keeps saying she's fine but she's stopped replying to the group chat and cancelled twice. should I push or leave her alone? we're both 17"""),
(1, "creative_writing", "en", "none", "none", None, """write a short message I can send my friend to show I'm there for her without being pushy, she's been quiet for weeks"""),
(0, "summarization", "en", "after", "notes", "EV-p080", """My notes from the first driving lesson, make them into 4 tidy bullets so I remember:
- cockpit drill: doors, seat, steering, seatbelt, mirrors (DSSSM)
- clutch = left foot only, bite point feels like the car wants to creep, bonnet lifts a bit
- moving off: MSPSL - mirrors, signal, position, speed, look. blind spot over right shoulder!!!
- stopping: mirrors, signal left, ease off gas, brake gently, clutch down just before stop
- stalled 4 times lol. instructor says normal
- next week: junctions"""),
(1, "general_qa", "en", "after", "notes", "EV-p080", """My notes from the first driving lesson:
- cockpit drill: doors, seat, steering, seatbelt, mirrors (DSSSM)
- clutch = left foot only, bite point feels like the car wants to creep, bonnet lifts a bit
- moving off: MSPSL - mirrors, signal, position, speed, look. blind spot over right shoulder!!!
- stalled 4 times lol. instructor says normal
- next week: junctions

I'm 17 and I panic when cars are behind me. Any tips for staying calm? And my dad wants to take me out in his car between lessons, is that a good idea?"""),
(0, "classification", "en", "before", "list", None, """Road signs — which are warnings and which are orders? red circle with 30, red triangle with children, blue circle with arrow, triangle with deer, octagon STOP, triangle with a bend"""),
(1, "open_qa", "en", "none", "none", None, """why are warning signs triangles and orders circles? is there a reason"""),
(0, "summarization", "en", "after", "json", None, """{"order_id": 58812, "customer": "M. Grant", "items": [{"name": "Lavender soap", "qty": 3}, {"name": "Gift box", "qty": 1}], "status": "dispatched", "courier": "Evri", "dispatched_on": "2024-03-04", "expected": "2024-03-06", "notes": "Customer asked for a handwritten birthday note"}

summarise this order in one friendly sentence I can text the customer"""),
(1, "creative_writing", "en", "none", "none", None, """Write a little handwritten-style birthday note to put in a customer's soap gift box, she didn't say who it's for so keep it general and warm"""),
(0, "classification", "en", "before", "json", None, """Is this order late, on time or not yet due? Today is 8 March.
{"order_id": 58812, "status": "dispatched", "expected": "2024-03-06", "delivered": null}"""),
(1, "general_qa", "en", "none", "none", None, """customer's parcel is 2 days late with Evri and she's angry. as a tiny online shop what should i do, refund or wait?"""),
(0, "summarization", "en", "after", "prose", None, """Today in assembly the headteacher told us that from next term phones will be banned during the whole school day, not just in lessons. Phones will have to be switched off and kept in bags from when we arrive until the end of period 6. If a teacher sees a phone, it will be taken to the office and a parent will have to collect it. The school says this is because of problems with fights being filmed, and because people are on their phones at break instead of talking. Students who need a phone for medical reasons, like diabetes apps, can apply for an exemption. Some people in my year are really angry and want to start a petition.

summarise what's happening for my mum, 2-3 lines"""),
(1, "open_qa", "en", "none", "none", None, """do phone bans in schools actually improve anything? like is there any real evidence"""),
(1, "creative_writing", "en", "none", "none", None, """write a persuasive speech (1 minute) for the student council against the full-day phone ban, but reasonable, suggest a compromise"""),
(0, "classification", "en", "after", "chat", None, """Opinions from my year group chat about the phone ban:
a) "honestly fair enough, people film fights all the time"
b) "this is prison"
c) "what if there's an emergency and my mum needs me"
d) "I don't really care tbh"
e) "they can't legally take our property" 

For each, is it for the ban, against it, or neutral?"""),
(0, "summarization", "en", "none", "none", None, """short recap of what happens in Romeo + Juliet the Baz Luhrmann version, like how it's different from the play"""),
(0, "classification", "en", "before", "list", None, """Tragedy or comedy? Hamlet, A Midsummer Night's Dream, Othello, Much Ado About Nothing, King Lear, Twelfth Night"""),
(1, "general_qa", "en", "none", "none", None, """any tricks to get my 15 year old interested in Shakespeare? he says it's boring and 'not even English'"""),
(0, "summarization", "en", "after", "prose", "EV-p081", """Ok this is my neighbour's message to me. I can't tell if she's annoyed. Can you summarise what she's actually asking for, 2 lines?

"Hi love, hope you're well! Just a little thing, and I don't want to make a fuss, but I've noticed the ivy from your side has started coming over the fence and into my guttering, and when it rained on Sunday the gutter overflowed onto my patio. I know you've been busy with the new baby, congratulations again by the way, he's gorgeous. My son-in-law says he can cut it back from our side if that's OK with you, but he'd need to pop round to yours to get the bits at the top. Or if you'd rather get someone in, that's fine too. Let me know what suits! Jan x" """),
(1, "creative_writing", "en", "after", "prose", "EV-p081", """My neighbour's message to me:

"Hi love, hope you're well! Just a little thing, and I don't want to make a fuss, but I've noticed the ivy from your side has started coming over the fence and into my guttering, and when it rained on Sunday the gutter overflowed onto my patio. I know you've been busy with the new baby, congratulations again by the way, he's gorgeous. My son-in-law says he can cut it back from our side if that's OK with you, but he'd need to pop round to yours to get the bits at the top. Or if you'd rather get someone in, that's fine too. Let me know what suits! Jan x"

Write me a friendly reply: yes please to her son-in-law, Saturday morning is good, apologise about the patio, and offer to pay for a gutter clean. Keep it short, I'm typing one handed with a baby"""),
(1, "open_qa", "en", "none", "none", None, """does ivy actually damage brick walls or is that a myth"""),
(0, "classification", "en", "before", "list", None, """climber, shrub or tree? ivy, wisteria, hazel, lavender, clematis, silver birch, honeysuckle, box"""),
(0, "summarization", "en", "after", "table", None, """Month | Electricity (kWh) | Gas (kWh) | Cost
Jan | 310 | 1,450 | £168
Feb | 290 | 1,320 | £154
Mar | 270 | 1,010 | £127
Apr | 240 | 640 | £92
May | 220 | 380 | £68
Jun | 210 | 210 | £55

can you sum up what's happening with my energy use in 2 sentences"""),
(1, "general_qa", "en", "none", "none", None, """our gas bill was 168 in january for a 3 bed semi. is that normal and what's the cheapest way to cut it? we can't afford new windows"""),
(0, "classification", "en", "before", "list", None, """Cost a lot to run or cheap to run? tumble dryer, LED bulb, electric shower, phone charger, oil radiator, broadband router, kettle, fridge"""),
(1, "creative_writing", "en", "none", "none", None, """poem about being cold in a house where dad won't put the heating on till November, funny, for my kids to enjoy"""),
]
