# writer everyday, part 02. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/GPL-3 (preamble), licence: GPL-3 text, verbatim copying permitted
(0, "summarization", "en", "after", "prose", "EV-p007", """                    GNU GENERAL PUBLIC LICENSE
                       Version 3, 29 June 2007

                            Preamble

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
patents cannot be used to render the program non-free.

My son is doing a computing project and his teacher said to read this. Can you shorten it to a paragraph a 13 year old would get?"""),
# source: /usr/share/common-licenses/GPL-3 (preamble), licence: GPL-3 text, verbatim copying permitted
(1, "open_qa", "en", "after", "prose", "EV-p007", """                    GNU GENERAL PUBLIC LICENSE
                       Version 3, 29 June 2007

                            Preamble

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
patents cannot be used to render the program non-free.

I run a tiny shop and want to put a GPL program on the tablets I sell with my booking app. Am I allowed to charge for the tablets, and do I then have to give out my own app's code too?"""),
(0, "classification", "en", "before", "list", None, """insects or not? spider, ant, woodlouse, ladybird, centipede, wasp"""),
(0, "summarization", "en", "none", "none", "EV-p008", """Sum up the story of Romeo and Juliet in 3 sentences for revision"""),
(1, "open_qa", "en", "none", "none", "EV-p008", """Why is Romeo and Juliet still taught in schools? What makes it important, in your opinion?"""),
(0, "classification", "en", "after", "table", None, """| Date  | Description        | Amount |
|-------|--------------------|--------|
| 02/03 | ALDI STORES        | 54.21  |
| 03/03 | SHELL GARAGE       | 60.00  |
| 05/03 | DISNEY PLUS        | 7.99   |
| 07/03 | BOOTS PHARMACY     | 12.50  |
| 09/03 | DELIVEROO          | 31.80  |
| 12/03 | THAMES WATER       | 38.00  |
| 14/03 | VUE CINEMA         | 22.40  |

put each one in a category: groceries, transport, bills, entertainment, health, eating out"""),
(0, "summarization", "en", "after", "chat", None, """[WhatsApp - Knit & Natter group]
Pam: Ladies, the library says we can't have the back room on Thursdays any more from next month 😩
Sue: Oh no! Why?
Pam: They've given it to a toddler music class
Jackie: We could do Wednesdays?
Pam: Wednesdays it's the book club
Sue: What about the café on Mill Lane, they have that big table at the back
Jackie: They'd want us to buy stuff though
Sue: We always buy stuff anyway lol
Pam: True. I'll ask them about Thursdays 2-4
Jackie: Also don't forget the blanket squares for the hospice are due end of the month
Sue: I've done 12!
Pam: Show off 😂 I'm on 7

Can someone summarise this for Margaret, she's not on WhatsApp"""),
(1, "creative_writing", "en", "none", "none", None, """I'd love a tiny poem I can stitch onto a baby blanket for my first grandchild. 4 lines max."""),
(0, "classification", "en", "before", "reviews", None, """Sentiment for each (pos/neg):
a) the battery lasts forever on this thing
b) screen cracked the first time I dropped it, from like knee height
c) honestly can't fault it for the price
d) the camera is trash in low light"""),
(0, "summarization", "en", "before", "prose", None, """Summarize this paragraph from my biology textbook in one sentence:

The heart is a muscular organ about the size of a fist, located slightly to the left of the centre of the chest. It has four chambers: two upper chambers called atria and two lower chambers called ventricles. The right side of the heart receives deoxygenated blood from the body and pumps it to the lungs, where it picks up oxygen and gets rid of carbon dioxide. The left side receives the oxygenated blood from the lungs and pumps it out to the rest of the body through the aorta, the largest artery. Valves between the chambers make sure that blood flows in only one direction."""),
(1, "general_qa", "en", "none", "none", None, """pigeons keep eating all my brassicas on the allotment"""),
(0, "classification", "en", "before", "list", "EV-p009", """Put these board games into "good for young kids" or "better for adults": Guess Who, Catan, Snakes and Ladders, Ticket to Ride, Pandemic, Connect 4, Codenames, Hungry Hippos"""),
(1, "general_qa", "en", "before", "list", "EV-p009", """We've got Guess Who, Catan, Snakes and Ladders, Ticket to Ride, Pandemic, Connect 4, Codenames and Hungry Hippos. Family of 5, kids are 5, 9 and 13. Which should we play at Christmas so nobody's bored or crying, and in what order through the day?"""),
(0, "summarization", "en", "after", "email", "EV-p010", """Dear Resident,

Changes to your garden waste collection

From 1 April, the garden waste service will move to a yearly subscription. The charge will be £48 per bin for the year (£40 if you pay before 1 March). Residents who do not subscribe will no longer have their brown bin collected. If you do not wish to subscribe, you can keep your brown bin or request that we remove it free of charge.

Collections will take place every two weeks from March to November and once a month from December to February. Subscribers will receive a sticker to place on the bin lid; bins without a valid sticker will not be emptied.

You can still take garden waste to the household recycling centre free of charge. Residents who receive certain benefits may be eligible for a 50% discount; details are on our website.

Yours faithfully,
Waste and Recycling Services

what's the short version of this"""),
(1, "general_qa", "en", "after", "email", "EV-p010", """Dear Resident,

Changes to your garden waste collection

From 1 April, the garden waste service will move to a yearly subscription. The charge will be £48 per bin for the year (£40 if you pay before 1 March). Residents who do not subscribe will no longer have their brown bin collected. If you do not wish to subscribe, you can keep your brown bin or request that we remove it free of charge.

Collections will take place every two weeks from March to November and once a month from December to February. Subscribers will receive a sticker to place on the bin lid; bins without a valid sticker will not be emptied.

You can still take garden waste to the household recycling centre free of charge. Residents who receive certain benefits may be eligible for a 50% discount; details are on our website.

Yours faithfully,
Waste and Recycling Services

We only fill the brown bin maybe 6 times a year, small garden. Is it worth paying or should I just compost or do tip runs? I don't have a car though."""),
(0, "classification", "en", "after", "prose", None, """Je voudrais réserver une table pour quatre personnes samedi soir, vers 20 heures, s'il vous plaît.

which language is that"""),
(0, "summarization", "en", "none", "none", None, """recap breaking bad season 1 quickly"""),
(1, "open_qa", "en", "none", "none", None, """how do tides work, is it really the moon"""),
(0, "classification", "en", "before", "list", None, """birds of prey in this list? kestrel, heron, buzzard, magpie, osprey, swan, red kite, owl"""),
(0, "summarization", "en", "after", "log", None, """Weekly step log (from my fitbit, copied):
Mon 3,214 steps, 1h12 sleep score 68
Tue 11,870 steps, sleep score 81
Wed 9,402 steps, sleep score 77
Thu 2,950 steps, sleep score 59
Fri 14,220 steps, sleep score 84
Sat 18,003 steps, sleep score 88
Sun 6,140 steps, sleep score 72

summarise my week in two lines"""),
(1, "creative_writing", "en", "none", "none", None, """write a little song for brushing teeth, my 3yo refuses every night. to the tune of twinkle twinkle if poss"""),
(0, "classification", "en", "inline", "chat", None, """You are a helpful assistant for Bloom & Stem florists. Your job is to sort incoming customer messages into one of: ORDER, COMPLAINT, QUESTION, OTHER. Reply with just the category.

Customer message: "The roses I picked up yesterday have already drooped, they were meant to be for our anniversary tonight."
"""),
(0, "summarization", "en", "after", "story", None, """Here's the story my 9 year old wrote for school, can you give me a one-line summary to put on the fridge lol

The Day the Dog Went to Space
By Maisie

One day my dog Pickle found a rocket in the park. It was red and shiny and had a button that said GO. Pickle pressed the button with his nose and WHOOSH he went up into the sky. He went past the clouds and past the birds and past the moon. On the moon he met an alien called Zorp who only ate socks. Pickle gave him one of my socks that he had in his mouth (he always steals my socks). Zorp was so happy he gave Pickle a moon rock. Then Pickle flew home because it was teatime. When he got home Mum said where have you been and Pickle just wagged his tail. I found the moon rock in his bed and now it is in my room. The End."""),
(1, "general_qa", "en", "none", "none", None, """Whats the best way to revise for maths GCSE if i only have 3 weeks left and i'm scraping a 4"""),
(0, "classification", "en", "before", "list", None, """Label these as renewable or non-renewable energy: solar, coal, wind, natural gas, hydroelectric, nuclear, geothermal, oil, biomass"""),
(1, "open_qa", "en", "none", "none", None, """Explain what renewable energy is and give an overview of the main types, for a year 8 project"""),
(0, "summarization", "en", "after", "transcript", None, """Voicemail transcript (auto): "Hi, it's Gemma from Parkside Dental calling for Mr Okafor. Just to let you know Dr Shah is unwell on Thursday so we need to move your check-up that was at 10:40. We can offer Friday at 9 or next Tuesday at 2:15. If neither of those works give us a ring on the usual number, and if we don't hear from you by Wednesday we'll pop you in for the Tuesday slot. Thanks, bye."

What did they say, briefly?"""),
(1, "creative_writing", "en", "none", "none", None, """Can you write me a cheesy pickup line about gardening for a valentine's card to my wife, she'll laugh"""),
(0, "classification", "en", "before", "list", None, """sort into hot drinks and cold drinks: latte, smoothie, cocoa, iced tea, chai, lemonade, espresso, milkshake"""),
(0, "summarization", "en", "before", "reviews", None, """Summarise what these parents said about the after school club in 3 bullet points:

"My daughter loves the arts and crafts but she comes home starving, snacks are tiny."
"Staff are brilliant, really patient with my son who has ADHD."
"Wish it ran until 6 not 5.30, I can never get there in time from work."
"Good value compared to a childminder."
"The outdoor time is great when it's dry but they just watch films when it rains."
"Really happy overall, the kids have made lots of friends." """),
(1, "general_qa", "en", "none", "none", None, """I want to start running but I'm 58 and overweight. Is couch to 5k realistic or will I wreck my knees?"""),
(0, "classification", "en", "after", "prose", None, """"I've been waiting on hold for 45 minutes and your website keeps crashing when I try to pay. This is the third time this month."

What's the tone: angry, neutral or happy? Just one word"""),
(1, "open_qa", "en", "none", "none", None, """what does a solicitor actually do vs a barrister"""),
(1, "creative_writing", "en", "none", "none", None, """Cosy mystery please, set in a village fete where someone steals the prize marrow. Light and funny, like a cosy crime book. About 400 words."""),
(0, "summarization", "en", "after", "prose", None, """Heavy rain is expected across the region from late Thursday into Friday, with the Met Office issuing a yellow warning for rain between 6pm Thursday and midday Friday. Between 30 and 50mm of rain could fall in places, with up to 70mm on high ground. Flooding of some homes and businesses is possible, and bus and train services may be delayed or cancelled. Drivers are being advised to allow extra time for journeys and to avoid driving through flood water. The weather is expected to improve over the weekend, with sunny spells and temperatures of around 17C on Sunday.

can u summarize this weather thing, going camping friday lol"""),
(0, "classification", "en", "before", "list", None, """gluten or gluten-free: rice, bread, oats, pasta, potatoes, couscous, quinoa, barley"""),
(1, "open_qa", "en", "none", "none", None, """What is gluten exactly and why can't some people eat it?"""),
(1, "general_qa", "en", "none", "none", None, """my friend has coeliac disease and is coming for dinner saturday, what can i cook that's safe and not boring"""),
(0, "summarization", "en", "none", "none", None, """In a few sentences, what is the plot of the book Wonder by R.J. Palacio? My daughter's class is reading it"""),
(0, "classification", "en", "after", "list", None, """Bread, tomatoes, chicken thighs, washing up liquid, bananas, toilet roll, cheddar, bin bags, yoghurt, bleach

can you split this shopping list into food and household stuff"""),
(1, "creative_writing", "en", "none", "none", None, """my best friend is moving to australia next week. i want to write her something in a card that'll make her cry (in a good way). we've been friends since we were 4"""),
(0, "summarization", "en", "after", "notes", "EV-p012", """notes from the parents evening:
- Mr Davies (maths) - Josh is capable but talks too much, homework late x3, predicted 6
- Ms Kaur (English) - really improved essay structure, reading more, predicted 7
- Mr Lee (science) - struggling w/ chemistry equations, recommends revision club Tues
- Mrs O'Brien (PE) - very keen, might be picked for county cross country
- Form tutor - attendance 96%, 2 late marks, happy in school

Summarise for me so I can tell his dad what they said"""),
(1, "general_qa", "en", "after", "notes", "EV-p012", """notes from the parents evening:
- Mr Davies (maths) - Josh is capable but talks too much, homework late x3, predicted 6
- Ms Kaur (English) - really improved essay structure, reading more, predicted 7
- Mr Lee (science) - struggling w/ chemistry equations, recommends revision club Tues
- Mrs O'Brien (PE) - very keen, might be picked for county cross country

He's 15. How do I bring up the maths and homework thing without him shutting down? He gets defensive fast."""),
(0, "classification", "en", "before", "list", None, """odd one out? Mercury, Venus, Pluto, Mars, Jupiter"""),
(1, "open_qa", "en", "none", "none", None, """Why isn't Pluto a planet any more?"""),
(0, "summarization", "en", "after", "email", None, """Hi Tom,

Thanks for coming in on Tuesday. Just to confirm what we discussed about the kitchen:

- Units: shaker style, sage green, oak worktop
- Sink moved under the window (needs extra plumbing, approx £350)
- Integrated dishwasher, you're supplying your own fridge freezer
- Tiles: you're choosing these by 20th, we'll fit
- Start date 4 November, approx 2.5 weeks
- Deposit 30% on signing, 40% when units fitted, 30% on completion

Total quote attached: £11,860 inc VAT. Any questions just shout.

Cheers,
Gary

sum this up in 2-3 bullets for my wife"""),
(1, "creative_writing", "en", "none", "none", None, """Funny dialogue between a cat and a Roomba please"""),
(0, "classification", "en", "before", "prose", None, """Is this a fact or an opinion? "Blackpool Tower is the best attraction in the whole of England." """),
(0, "summarization", "en", "before", "prose", None, """Can you shorten this paragraph for my school newsletter, it has to fit in a small box (max 40 words):

We are delighted to announce that our school choir came second in the regional schools' singing competition held at the Town Hall last Saturday. The choir, made up of 28 pupils from Years 3 to 6, performed two songs, including a beautiful arrangement of 'Lean on Me'. The judges praised their harmonies and confidence. A huge thank you to Miss Patel, who has run the choir every Tuesday lunchtime this year, and to all the parents who helped with transport on the day."""),
(1, "general_qa", "en", "none", "none", None, """Hi. Im Brazilian and my English is not perfect. I have job interview on Monday for receptionist in hotel. What questions they will ask me and how I answer good?"""),
(0, "classification", "en", "before", "list", None, """Healthy or unhealthy habit: skipping breakfast, walking to work, 4 hours screen time before bed, drinking water, smoking, 8 hours sleep"""),
(1, "open_qa", "en", "none", "none", None, """How does the body actually burn fat?"""),
(0, "summarization", "en", "after", "json", "EV-p013", """{"trip": "Lake District", "dates": "12-15 Aug", "people": 4, "stay": "Grasmere YHA", "activities": ["Helvellyn via Striding Edge", "boat on Windermere", "Gingerbread shop"], "budget_gbp": 600, "spent_gbp": 540, "weather": ["rain", "sun", "sun", "mist"]}

this is from my trip planner app, can you summarise the trip in one sentence for my photo album caption"""),
(1, "creative_writing", "en", "after", "json", "EV-p013", """{"trip": "Lake District", "dates": "12-15 Aug", "people": 4, "stay": "Grasmere YHA", "activities": ["Helvellyn via Striding Edge", "boat on Windermere", "Gingerbread shop"], "budget_gbp": 600, "spent_gbp": 540, "weather": ["rain", "sun", "sun", "mist"]}

turn this into a short funny poem about our trip, we nearly got blown off striding edge lol"""),
(0, "classification", "en", "before", "list", None, """Tag these fish as freshwater or saltwater: trout, cod, pike, mackerel, carp, tuna, perch, haddock"""),
(1, "general_qa", "en", "none", "none", None, """Going pike fishing for the first time on a canal in October. What bait and set up should I use?"""),
(0, "summarization", "en", "none", "none", None, """Summarise what happens in The Very Hungry Caterpillar"""),
(1, "open_qa", "en", "none", "none", None, """how do caterpillars turn into butterflies, like what happens inside the cocoon"""),
(0, "classification", "en", "after", "code", "EV-p014", """my teacher gave us this and asked what kind of error it is: syntax error, runtime error or logic error

def average(a, b):
    return a + b / 2

print(average(4, 6))"""),
(1, "open_qa", "en", "after", "code", "EV-p014", """def average(a, b):
    return a + b / 2

print(average(4, 6))

why does this print 7 and not 5?? i'm new to python"""),
(0, "summarization", "en", "after", "prose", None, """A new community fridge has opened outside St Luke's church on Hill Road. The fridge, run by volunteers, is stocked with surplus food donated by local supermarkets, bakeries and allotment holders. Anyone can take what they need, with no questions asked, and residents are welcome to donate items as long as they are within their use-by date and clearly labelled. Homemade food cannot be accepted for safety reasons. Organisers say the aim is to reduce food waste as well as help families struggling with rising prices. The fridge is open from 8am to 8pm daily.

key points?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a poster slogan for our community fridge, something that makes people not embarrassed to take food"""),
(0, "classification", "en", "before", "list", None, """Put these in 'needs sun' or 'likes shade': lavender, hostas, ferns, sunflowers, tomatoes, foxgloves, rosemary, heuchera"""),
(0, "summarization", "en", "after", "form", None, """APPLICATION FOR SCHOOL TRANSPORT
Pupil name: [child]
School: Hilltop Academy
Distance from home (shortest walking route): 3.4 miles
Year group: 8
Reason for application: Over statutory walking distance (3 miles for age 8+)
Free school meals: No
Special educational needs: No
Preferred pick-up point: Corner of Ash Lane and Main Street
Declaration signed: Yes
Date: 14/07

can you write a 1-2 sentence summary of this form for my records"""),
(1, "general_qa", "en", "none", "none", None, """my 6yo is scared of falling off his bike. best way to teach him without stabilisers?"""),
(0, "classification", "en", "after", "reviews", None, """"The hotel was spotless and the breakfast was amazing, but the walls are paper thin and we heard everything next door."

overall would you call this review positive or negative"""),
(1, "open_qa", "en", "none", "none", None, """Why do hotels in the UK never have a 13th floor? or is that just America"""),
(0, "summarization", "en", "after", "chat", None, """Me: did u do the chem homework
Liam: ye kinda
Me: what was q3
Liam: the one about rates of reaction? temp goes up particles move faster more collisions
Me: and q4
Liam: catalysts, they lower activation energy but dont get used up
Me: ohhh ok
Liam: q5 was the graph one just say the steeper line is faster
Me: legend
Liam: u owe me a greggs

summarise what liam said about the homework so i can write it up"""),
(1, "creative_writing", "en", "none", "none", None, """rap battle between a sausage roll and a vegan sausage roll. keep it clean its for my year 9 tutor group"""),
(0, "classification", "en", "before", "list", None, """Primary colours from this lot? red, green, blue, yellow, purple, orange"""),
(1, "open_qa", "en", "none", "none", None, """are the primary colours red yellow blue or red green blue? my kid's art teacher and science teacher said different things"""),
(0, "summarization", "en", "none", "none", None, """What's Toy Story 3 about? short summary, deciding if it's ok for my 5 year old"""),
(1, "general_qa", "en", "none", "none", None, """Is Toy Story 3 too sad for a sensitive 5 year old? she cried at Bambi"""),
(0, "summarization", "en", "after", "prose", None, """Dear Mr and Mrs Green,

Following the recent inspection of your property at 22 Fern Close, we are writing to inform you that the tree in your front garden has been found to be overhanging the public footpath to a height of less than 2.4 metres. Under Section 154 of the Highways Act 1980, we request that you cut back the branches so that there is a clear height of at least 2.4 metres above the footpath. Please carry out this work within 28 days of the date of this letter. If the work is not completed, the council may carry it out and recover the cost from you. If you have any questions, please contact the Highways team.

Yours sincerely,
Highways Department

sorry what does this mean in normal english, short"""),
(1, "general_qa", "en", "none", "none", None, """The council says my tree is overhanging the pavement and I need to cut it back in 28 days. Can I do it myself or do I need a tree surgeon? It's a big cherry tree."""),
(0, "classification", "en", "before", "list", None, """Sort these jobs into indoor and outdoor: gardener, accountant, lifeguard, librarian, postman, hairdresser, farmer, dentist"""),
(1, "creative_writing", "en", "none", "none", None, """I need a leaving speech for my last day at the supermarket, I've worked on the tills for 12 years. Funny but a bit emotional too, about 2 minutes."""),
(1, "open_qa", "en", "none", "none", None, """How do supermarkets decide where to put things on the shelves?"""),
# source: /usr/share/doc/curl/changelog.Debian.gz (entry 7.88.1-10+deb12u11, maintainer line removed), licence: curl (MIT-style)
(0, "summarization", "en", "before", "log", "EV-p011", """what does this update do? 1 sentence, it popped up on my laptop

curl (7.88.1-10+deb12u11) bookworm; urgency=medium

  * Team upload.
  * Import patch for CVE-2025-0167.
   - When asked to use a `.netrc` file for credentials **and** to follow HTTP
     redirects, curl could leak the password used for the first host to the
     followed-to host under certain circumstances. This flaw only manifests
     itself if the netrc file has a `default` entry that omits both login
     and password. A rare circumstance."""),
# source: /usr/share/doc/curl/changelog.Debian.gz (entry 7.88.1-10+deb12u11, maintainer line removed), licence: curl (MIT-style)
(1, "general_qa", "en", "before", "log", "EV-p011", """I'm not techy at all. This update came up on my old laptop. Should I install it straight away or is it safe to ignore? I only use it for emails and the odd bit of online banking.

curl (7.88.1-10+deb12u11) bookworm; urgency=medium

  * Team upload.
  * Import patch for CVE-2025-0167.
   - When asked to use a `.netrc` file for credentials **and** to follow HTTP
     redirects, curl could leak the password used for the first host to the
     followed-to host under certain circumstances. This flaw only manifests
     itself if the netrc file has a `default` entry that omits both login
     and password. A rare circumstance."""),
(0, "classification", "en", "before", "list", None, """Dog breed or cat breed? Maine Coon, Beagle, Siamese, Dachshund, Ragdoll, Whippet, Bengal, Shih Tzu"""),
(0, "summarization", "en", "after", "story", "EV-p015", """Mrs Pettigrew had lived at number 9 for fifty-one years, and in all that time she had never once spoken to the people at number 11. It wasn't that she disliked them. It was simply that the first owners, the Harrises, had parked their car across her drive on the day she moved in, and she had decided then and there that number 11 was not worth speaking to. The Harrises moved out in 1979. Then came the Bakers, then a young couple whose names she never learned, then a family with three boys who kicked footballs over the fence. Mrs Pettigrew kept every football in her shed. There were forty-three of them by the time the boys left. 

One Tuesday in March, a girl of about seven knocked on Mrs Pettigrew's door. She was holding a jar with a bumblebee in it. 'It's hurt,' said the girl. 'Mum says you know about gardens.' Mrs Pettigrew looked at the bee, then at the girl, then over the girl's shoulder at number 11, where a woman was waving nervously from the doorstep. 

'Sugar water,' said Mrs Pettigrew. 'Come in. Wipe your feet.' 

The bee recovered by lunchtime. The girl came back on Wednesday, and on Thursday, and by the summer she had her own trowel and a row of radishes in the corner of Mrs Pettigrew's vegetable patch. In August, Mrs Pettigrew opened the shed and gave the girl's mum forty-three footballs for the school fete. 

'Where did these all come from?' the mum asked. 

'Number 11,' said Mrs Pettigrew, and for the first time in fifty-one years, she laughed about it.

This is a story I wrote for my creative writing class. Can you give me a 2-sentence summary for the blurb?"""),
(1, "general_qa", "en", "after", "story", "EV-p015", """Mrs Pettigrew had lived at number 9 for fifty-one years, and in all that time she had never once spoken to the people at number 11. It wasn't that she disliked them. It was simply that the first owners, the Harrises, had parked their car across her drive on the day she moved in, and she had decided then and there that number 11 was not worth speaking to. The Harrises moved out in 1979. Then came the Bakers, then a young couple whose names she never learned, then a family with three boys who kicked footballs over the fence. Mrs Pettigrew kept every football in her shed. There were forty-three of them by the time the boys left.

One Tuesday in March, a girl of about seven knocked on Mrs Pettigrew's door. She was holding a jar with a bumblebee in it. 'It's hurt,' said the girl. 'Mum says you know about gardens.'

That's as far as I've got for my creative writing class (it needs to be 1,500 words). I'm stuck. What could happen next? Give me a few directions I could take it."""),
(1, "open_qa", "en", "none", "none", None, """do bees really need sugar water if you find one on the ground or is that a myth"""),
(0, "classification", "en", "before", "list", None, """Is each of these a noun, verb or adjective: jump, happy, table, quickly... sorry not quickly. jump, happy, table, swim, blue, dog, run, tall"""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between an adverb and an adjective, my 8yo asked and I froze"""),
(0, "summarization", "en", "after", "transcript", None, """Customer: Hi, I bought a kettle from you last week and it's leaking from the bottom.
Agent: Oh I'm sorry to hear that. Can I take your order number?
Customer: It's 55821.
Agent: Thank you. I can see that. Is it leaking when it's boiling or all the time?
Customer: As soon as I fill it up, there's a puddle.
Agent: OK, that's definitely a fault. I can send you a replacement or do a full refund.
Customer: Replacement please, I like the kettle otherwise.
Agent: No problem. It'll arrive in 2-3 working days. You'll get a returns label by email for the faulty one, just drop it at any post office.
Customer: Brilliant, thank you.
Agent: You're welcome, anything else?
Customer: No that's it.

write a one line summary of this call for the CRM"""),
(1, "creative_writing", "en", "none", "none", None, """I have a small online shop selling leaky-proof kettles lol. No seriously I sell kitchenware. Write me a 3 sentence 'about us' for the website, family run since 2019, based in Leeds"""),
(0, "classification", "en", "after", "email", None, """Hi, I'd like to cancel my gym membership from the end of this month please. My member number is 20931. Thanks, Raj

Classify this message: cancellation, complaint, booking, or general enquiry"""),
(1, "general_qa", "en", "none", "none", None, """gym wants 2 months notice to cancel but I'm moving cities in 3 weeks. any way out of it?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a bedtime story about a sleepy sloth who's late for everything. My twins are 3 so make it repetitive and calm."""),
(0, "summarization", "en", "none", "none", None, """can u give me a brief summary of animal farm by orwell"""),
(1, "open_qa", "en", "none", "none", None, """Who are the pigs in Animal Farm supposed to be in real life? like Napoleon and Snowball"""),
(0, "classification", "en", "before", "list", None, """Rate how urgent each of these is (high/medium/low):
- boiler making banging noise
- smoke alarm beeping (low battery)
- lightbulb gone in the spare room
- water coming through the kitchen ceiling
- squeaky door hinge
- no hot water"""),
(0, "summarization", "en", "after", "prose", None, """Notice to all tenants of Maple Court

The annual fire safety inspection will take place on Monday 9th and Tuesday 10th September. Engineers will need to access every flat to test smoke alarms and check fire doors. Please ensure that someone is home between 9am and 4pm on one of these days, or leave a key with the concierge. If access cannot be gained, a charge of £45 may be made for a return visit. Please also make sure the corridors outside your flat are kept clear of bikes, shoes and pushchairs, as these are a fire hazard and will be removed.

Thank you,
Maple Court Management

TLDR?"""),
(1, "creative_writing", "en", "none", "none", None, """My little brother is turning 13. Write something funny for his card about him finally becoming a teenager and stinking out the bathroom"""),
(0, "classification", "en", "before", "list", None, """Which are instruments in the string family? violin, trumpet, cello, harp, flute, double bass, clarinet, viola"""),
(1, "general_qa", "en", "none", "none", None, """My 9 year old wants to learn an instrument. Violin, piano or drums? We live in a flat with thin walls"""),
(0, "summarization", "en", "none", "none", None, """Give me a quick summary of the Harry Potter and the Philosopher's Stone plot, like 100 words max"""),
(1, "open_qa", "en", "none", "none", None, """why do so many grown ups love the harry potter books too? they're meant for kids"""),
(0, "summarization", "en", "after", "email", None, """From the Head Teacher

Dear families,

As you may have heard, we have had a number of cases of head lice reported in Reception and Year 1 this week. Please check your child's hair carefully, ideally with a fine-toothed nit comb on wet, conditioned hair. If you find live lice, please treat before your child returns to school; there is no need to keep children at home once treatment has started. Long hair should be tied back. We'd also ask that children do not share hats, hairbrushes or hair accessories.

Thank you for your help in keeping this under control.

Mrs Adeyemi

give me the key points as a quick list"""),
(1, "general_qa", "en", "none", "none", None, """my daughter keeps getting nits every few weeks no matter what we do, any tips that actually work?"""),
(0, "classification", "en", "after", "list", None, """Mon: football
Tue: piano
Wed: homework club
Thu: swimming
Fri: nothing
Sat: drama
Sun: church

which of these are sports?"""),
(1, "creative_writing", "en", "none", "none", None, """Write 3 short Instagram captions for my fishing trip photo, caught a 12lb carp at dawn"""),
(1, "open_qa", "en", "none", "none", None, """do carp recognise you if you catch them a lot? they seem to get smarter"""),
]
