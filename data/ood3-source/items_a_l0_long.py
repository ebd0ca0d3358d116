# Label 0 (fast_path), long items. Each item written by hand.
# Tuple: (label, category, lang, ask_position, text)
S, C = "summarization", "classification"

ITEMS = [
(0, S, "en", "after", """Dear diary, today was one of those days where everything went sideways before 9am. The bus was late, so I ran the last six blocks and showed up to the interview with my shirt stuck to my back. The woman interviewing me, Marta, was kind about it and even offered me water. We talked for almost an hour about the warehouse software I built at my old job, and she seemed really interested in how I cut the picking errors down. Then her boss came in and asked me three questions about Excel macros that I completely blanked on. I could feel my face going red. Afterwards I sat in the park and ate a sad sandwich and called mom, who told me I always think I did worse than I did. Maybe she's right. They said they'd call by Friday. I bought myself a cheap orchid on the way home because why not.

can u condense this into 2 sentences for my journal index"""),

(0, C, "en", "after", """The kettle sings the way it used to sing
when you were here to lift it off the flame,
and every cup I pour is missing something,
a second spoon, a voice that says my name.
The garden's gone to seed along the wall,
the roses you would prune have climbed the gate,
I leave them wild, I do not mind at all,
they bloom too early and they bloom too late.
But yesterday a robin found the feeder
and sat there like it knew the house was mine,
and I stood still, and I became a reader
of small things, of the light along the line
of washing, of the kettle, of the day
that comes whether or not you went away.

Is the overall mood of this poem more hopeful or more despairing? just give me one word"""),

(0, S, "en", "after", """[Verse 1]
Left my boots by the door of a diner in Tulsa
Left my name on a napkin for a girl I didn't know
Drove all night with the radio talking
about rain in the valley and snow up north
[Chorus]
And I keep driving, driving, the highway's my only friend
every mile's another reason I won't see you again
and I keep driving, driving, till the gas light's burning red
with your voice in the backseat saying everything you said
[Verse 2]
Sold my guitar in a pawn shop in Amarillo
bought a coffee and a map that was twenty years old
all the towns that you circled in pencil
are just gas stations now and the wind blowing cold
[Bridge]
maybe one day I'll turn this thing around
maybe one day I'll let the wheels touch down

whats the story of this song in one line? no analysis, just what happens"""),

(0, C, "en", "after", """My dearest Tom,
I've started this letter four times. The first three went in the bin because they sounded like someone else. So here it is plainly: I'm sorry about the wedding. I shouldn't have left the reception without saying goodbye, and I definitely shouldn't have said what I said about your brother in front of your aunt. I was tired and hurt, and I took it out on the one person who has always been on my side. You were right that I've been keeping score for months, and it isn't fair to you. I don't expect you to forget it. I only hope you'll let me take you to that awful seafood place you love on Saturday, where I will eat the clams without complaining, and we can talk properly. I still love you, stubborn man, more than I know how to say.
Yours,
Nell

Which is this mainly: a breakup letter, an apology letter or a love confession? one label only"""),

(0, S, "en", "after", """The lighthouse keeper's daughter was eleven when the lamp went out for the first time. Her father had gone to the mainland for medicine and the storm came in faster than the radio had promised. She climbed the hundred and twelve steps with a torch in her teeth, found the burner choked with soot, and cleaned it with her mother's old hairbrush because it was the only thing in her pocket. When the flame caught again she could see, far out, the lights of a fishing boat swinging toward the rocks and then away from them. She stayed up there until dawn, feeding the lamp and talking to it like a dog. In the morning her father came back on the first ferry, pale and soaked, and found her asleep against the lens housing. He never told anyone what she'd done. Thirty years later, when the lighthouse was automated, the fishing boat's captain, now an old man, came to the ceremony and asked to meet the girl.

tl;dr pls, 2 lines max"""),

(0, C, "en", "after", """[09:14] dani: hey did anyone take the charger from the meeting room
[09:15] raj: not me
[09:15] dani: ok well it was there yesterday and now its gone AGAIN
[09:16] kim: i think facilities moved them all to the cabinet
[09:16] dani: why would they do that without telling anyone
[09:17] raj: there was an email on monday
[09:17] dani: nobody reads those emails raj
[09:18] kim: lol fair
[09:18] raj: i read them
[09:19] dani: of course you do
[09:20] kim: ok found it, top shelf by the printer, bringing it over now
[09:20] dani: ur a hero kim
[09:21] raj: i could have told you it was in the cabinet
[09:21] dani: you literally said "not me"
[09:22] raj: that was about taking it, not about knowing where it is
[09:22] kim: children please

Overall, is the tone of this chat friendly, tense, or hostile? pick one"""),

(0, S, "en", "after", """Journal prompt from Dr. K: what's taking up space this week?
Honestly, a lot. Work is the loudest one. The reorg means I might be reporting to Steven, who talks over me in every meeting, and I keep rehearsing arguments with him in the shower that haven't even happened yet. Second is money. The car needs brakes and I've been pretending the noise is fine. Third is my sister. She hasn't answered my texts since the birthday thing and I don't know if I should call or give her space. I notice I'm sleeping badly, waking up at 4 and scrolling. I skipped the gym all week. On the good side, I did cook twice, and I had a real laugh with Jo on Thursday, the kind where your stomach hurts. Dr. K says to notice the good things too, so: the laugh, the soup, the cat sleeping on my feet.

could you pull out the main worries from this as 3 short bullets? just whats in the text, no advice"""),

(0, C, "en", "after", """RIVERTON — The city council voted 6 to 3 on Tuesday night to approve a new bus rapid transit line along Harlow Avenue, ending nearly two years of debate over the project. The line, which will add dedicated lanes and 14 raised stations between the university and the eastern industrial park, is expected to cost $118 million, with roughly two thirds covered by a federal grant. Supporters said the line would cut commute times for thousands of students and shift workers, while opponents, including several Harlow Avenue business owners, warned that removing street parking would drive away customers. Councilmember Ruth Okafor, who cast one of the dissenting votes, said the city had not done enough to compensate affected shops. Construction is scheduled to begin next spring and last about 30 months. The transit authority said it would hold three public meetings in the coming weeks to present the final station designs.

Which section of the paper does this go in: local politics, business, sports, science, or arts?"""),

(0, S, "en", "after", """Hi all,
Quick update before the long weekend. As most of you know, the office move has been pushed back again. The landlord at the new building found water damage in the server room, and the repairs won't be done until the 22nd at the earliest. That means we'll stay in the current space through the end of the month. Please don't pack anything yet, except the boxes in the storage room, which the movers will collect on Thursday regardless. IT will be in touch separately about the network cutover, which is also moving. If you already booked time off around the original move date, you don't need to change it. Parking passes for the new garage will be handed out the week of the move, not before, so please stop asking reception about them. Thanks for your patience, I know this has been a saga.
Best,
Priya
Facilities

give me the short version, what do i actually need to know from this"""),

(0, S, "en", "after", """Product sync - notes
Attendees: Lena, Marcus, Oyelaran, Sue, Dev (late)
- Lena walked through Q3 numbers: signups up 12 percent, churn flat
- Long debate on whether to kill the legacy export feature. Marcus thinks ~4% of accounts still use it weekly. Sue wants data by account size before deciding
- DECIDED: export stays through end of year, banner added warning of deprecation
- Onboarding redesign: Oye showed new mocks, general approval, some concern about the length of step 3
- DECIDED: ship onboarding v2 to 10% of new users on the 14th
- Dev raised the flaky checkout tests again, nobody owns them
- ACTION: Dev to find an owner for checkout tests by Friday
- ACTION: Sue to pull export usage by plan tier
- ACTION: Oye to shorten step 3 before rollout
- Misc: Marcus out next week, Lena covering his reviews
- Next sync moved to Thursday because of the offsite

strip this down to just the decisions and action items pls"""),

(0, S, "en", "after", """14.2 Limitation of Liability. Except with respect to a party's indemnification obligations under Section 12, breach of confidentiality under Section 9, or a party's gross negligence or willful misconduct, in no event shall either party be liable to the other for any indirect, incidental, special, consequential, exemplary or punitive damages, including without limitation loss of profits, revenue, data or goodwill, however caused and under any theory of liability, whether in contract, tort (including negligence) or otherwise, even if such party has been advised of the possibility of such damages. Each party's aggregate liability arising out of or related to this Agreement shall not exceed the total fees paid or payable by Customer to Provider during the twelve (12) months immediately preceding the event giving rise to the claim. The parties acknowledge that the foregoing limitations are an essential element of the bargain between them.

Can you condense that into two plain-English sentences? Not asking for legal advice, just what it says."""),

(0, C, "en", "after", """Smoky Black Bean Chili (serves 6)
2 tbsp olive oil
1 large onion, diced
3 cloves garlic, minced
2 red peppers, chopped
1 tbsp smoked paprika, 2 tsp cumin, 1 tsp chili flakes
2 cans black beans, drained
1 can crushed tomatoes
1 cup vegetable stock
1 tbsp honey
juice of 1 lime
To serve: sour cream, grated cheddar, coriander

Warm the oil and soften the onion for 8 minutes. Add garlic and peppers and cook 5 more. Stir in the spices for a minute until fragrant. Add beans, tomatoes, stock and honey, then simmer 30 minutes uncovered, stirring now and then, until thick. Finish with lime juice and salt to taste. Serve topped with sour cream, cheddar and fresh coriander, with tortilla chips or rice on the side. Keeps 4 days in the fridge and freezes well.

vegan, vegetarian, or neither? (as written, toppings included)"""),

(0, C, "en", "after", """I've had this robot vacuum for about six weeks now, so here's an honest review. Setup was painless, the app connected on the first try, and the mapping is genuinely impressive: it figured out our whole ground floor in two runs and lets you draw no-go zones around the dog's water bowl. Suction on hard floors is great, it picks up cat litter and crumbs no problem. Carpets are another story. On our thicker living room rug it leaves visible lines and misses hair unless I run it twice. The bin is tiny, I'm emptying it after every single run, and the "self-emptying" base is a separate purchase that costs almost as much as the robot. Battery is fine for our size of house. Customer support answered my email within a day, which I appreciate. Would I buy it again? Probably, but I'd get the bigger model.

Rate the sentiment: positive, negative or mixed"""),

(0, C, "en", "after", """Ticket #48213
Subject: cannot log in AND charged twice??
Hi, I've been a customer for three years and this is the first time I've had to write in. Since Sunday I can't get into my account. I enter my email, it sends the code, I type the code and it just loops back to the login screen. I tried Chrome and Safari, cleared cookies, same thing. On top of that, when I checked my bank statement this morning there are two charges of $14.99 from you on the 3rd, and I only have one subscription as far as I know. I'm not trying to be difficult, I just want to get back in and have the extra charge refunded. My username is the same as this email. I'm happy to hop on a call if that's easier.
Thanks, Graham

Our queues are Billing, Login/Access, Shipping, Bug Report. Which queue(s) should this ticket go to?"""),

(0, S, "en", "after", """Background: Short sleep duration has been associated with poorer academic performance in adolescents, but most evidence comes from cross-sectional surveys. Methods: We conducted a cluster-randomized trial in 18 secondary schools, assigning 9 schools to delay start times by 45 minutes and 9 to continue usual schedules. Sleep was measured by wrist actigraphy in a subsample of 1,214 students aged 13 to 16 for two weeks at baseline and again after one school year. Primary outcomes were total sleep time on school nights and standardized mathematics scores. Results: Students in delayed-start schools slept on average 34 minutes longer on school nights (95% CI 27 to 41) than controls. Mathematics scores improved modestly (standardized difference 0.11, 95% CI 0.02 to 0.20), and self-reported daytime sleepiness fell. Attendance did not differ significantly between groups. Conclusions: A 45-minute delay in school start times increased sleep and produced small gains in mathematics performance over one year.

what's the one-sentence takeaway here"""),

(0, C, "en", "after", """Posted in: Beginners / Houseplants
Title: leaves going yellow on my monstera - help??
Hi everyone, first time posting. I got a monstera about two months ago from a garden centre and for the first few weeks it was fine, even put out a new leaf. Now two of the lower leaves are turning yellow from the edges and one has brown crispy patches. I water it once a week, about a glass and a half, and it's in a plastic pot inside a ceramic one with no hole. It sits maybe two metres from a north-facing window. I also moved it last week because the cat kept chewing it. By the way, I found an amazing shop that sells rare plants for half price, check out greenleafdeals dot shop, they ship everywhere!! Anyway does anyone know what's wrong? Should I repot it? Thanks in advance!

mods asked me to triage the queue. is this post: genuine question, spam, or genuine question with a spam link?"""),

(0, S, "en", "after", """HOST: So welcome back, today I'm with Dr. Amara Lind who runs the coastal restoration lab. Amara, thanks for coming.
LIND: Thanks for having me.
HOST: Let's start simple. What's a salt marsh and why should anyone care?
LIND: It's the grassy, muddy zone between land and sea. It looks like nothing much, but it's one of the best places on Earth for locking away carbon, it's a nursery for fish, and it soaks up storm surge before it hits houses.
HOST: And we're losing them.
LIND: Fast. Sea walls stop them from moving inland as the sea rises, so they get squeezed. We call it coastal squeeze.
HOST: What does your lab actually do?
LIND: We take old farmland behind failing sea walls and we let the sea back in on purpose, carefully. Within five to ten years you get marsh again. Birds show up first, usually.
HOST: Do landowners go for that?
LIND: Some do, if they're paid fairly. That's the real bottleneck, not the science.

can you give me the 3 main points of this podcast segment"""),

(0, S, "en", "after", """# rate_limiter.py
#
# Token bucket rate limiter used by the public API gateway.
# Each API key gets its own bucket, stored in Redis under "rl:{key}".
# Buckets refill continuously at `rate` tokens per second up to `burst`.
# A request costs 1 token by default; bulk endpoints pass a higher cost.
#
# We do the refill+consume in a single Lua script so that two gateway
# nodes can't both read the same bucket and let a request through twice.
#
# If Redis is unreachable we FAIL OPEN (allow the request) and log a
# warning, because blocking all traffic during a Redis blip hurt us more
# than briefly over-serving did (see incident 2023-11-04).
#
# Keys on the internal allowlist skip limiting entirely.
#
# TODO: per-endpoint limits, currently everything shares one bucket.
# TODO: expose remaining tokens in X-RateLimit-Remaining header.

from time import time
import redis

based only on the comments, give me a short summary of what this module does (3-4 sentences) for the design doc"""),

(0, C, "en", "after", """v4.2.0 release notes
- Added dark mode for the dashboard (Settings > Appearance)
- Fixed crash when uploading CSV files with empty header cells
- The `export_all` endpoint has been removed; use `exports/batch` instead
- Improved load time of the reports page by roughly 40%
- Fixed timezone bug that showed yesterday's date for users in UTC+12 and above
- New: scheduled reports can now be sent to Slack channels
- Minimum supported Python version is now 3.10 (was 3.8)
- Fixed typo in the password reset email
- Added keyboard shortcuts for the query editor (press ? to see them)
- Config key `auth.legacy_tokens` is no longer read; remove it from your config
- Fixed the Save button staying disabled after an undo

For each line, tag it FEATURE, FIX, or BREAKING. Keep the order, one tag per line."""),

(0, C, "en", "after", """Here are the last eight reviews from our app store page:
1. "Does exactly what it says. Tracking my runs has never been easier, and the maps are gorgeous."
2. "Crashes every time I try to sync with my watch. Uninstalled."
3. "Good app but the subscription price went up without any warning, not cool."
4. "Love the new route planner!!!"
5. "Meh. It's fine I guess. Does the job."
6. "The audio coach kept me going through my first half marathon, thank you devs."
7. "Why does a running app need access to my contacts? Deleted."
8. "Battery drain is insane since the last update, otherwise I'd give it five stars."

Label each one positive, negative, neutral or mixed. Just the number and the label, nothing else please"""),

(0, S, "en", "before", """Summarize this town hall transcript in three bullets for the neighborhood newsletter:

MAYOR DIAZ: Good evening everyone. We're here tonight mainly to talk about the library branch on Elm Street. As many of you know, the roof failed inspection in March, and the repair estimate came back at 2.3 million dollars.
CAROL BYRNE (resident): Is it true you want to close it?
DIAZ: No decision has been made. We're looking at three options: repair the building, merge it with the Fulton branch, or build a smaller branch inside the new community center.
AHMED SAID (resident): My kids walk to Elm Street after school. Fulton is across the highway. That's not an option for us.
DIAZ: I hear you, and that's exactly the kind of input we need.
COUNCILOR PHAM: I'll add that the community center option would open in 2027 at the earliest, so there'd be a gap.
BYRNE: What happens during the gap?
PHAM: We'd run a pop-up service from the school gym three days a week.
DIAZ: We'll post all three options online and take comments until the 30th, then council votes in June."""),

(0, C, "en", "before", """Sort these incoming emails into HIGH, MEDIUM or LOW urgency and return a little table.

A) From ops-alerts: Database primary in eu-west is down, failover did not trigger, customers are seeing 500 errors.
B) From Jenny in HR: Reminder, please complete your annual compliance training by the end of next month.
C) From a client, Halvorsen Ltd: Our invoice from March still shows the old VAT number, could you reissue it when you get a chance?
D) From the CEO: Board meeting moved to 9am tomorrow, I need the revenue slides tonight.
E) From newsletter@devweekly: This week, 10 tips for faster CI pipelines.
F) From the security team: We detected a login to your account from a new country. If this wasn't you, reset your password immediately.
G) From Tom (teammate): Lunch on Friday? Thinking that new ramen place on 5th.
H) From a vendor: Your SSL certificate for shop.example.com expires in 3 days, renew now to avoid browser warnings."""),

(0, S, "en", "before", """hey, can you give me the key points from this customer interview as bullets? my manager wants them by 3

Interview w/ Paula, ops manager at a mid-size logistics company, 40 min call
- they use our scheduling tool for about 60 drivers across 3 depots
- biggest pain: drivers can't swap shifts themselves, everything goes through Paula by phone or WhatsApp, she estimates 5+ hours a week on this
- she likes the route view, says it's the main reason they picked us over the competitor
- mobile app is "fine" but slow to load in rural areas with bad signal
- they tried the reporting module once, found it confusing, now export to Excel instead
- would pay more for shift swapping, "tomorrow if you had it"
- renewal is in October, she's not worried about it but her CFO is asking about price
- asked if we integrate with their payroll system (Paylocity), we don't currently
- open to being a beta tester"""),

(0, C, "en", "before", """Tag each paragraph of my essay with its function: introduction, argument, counterargument, or conclusion. Just P1: ..., P2: ... etc.

P1: Every city in the country is arguing about whether to ban cars from its centre. This essay argues that pedestrianising the historic core of our town would benefit residents, shops and visitors alike.
P2: First, car-free streets are measurably safer and quieter. Towns that have closed their centres to traffic report fewer injuries and more people choosing to walk or cycle for short trips.
P3: Second, footfall matters more to small shops than parking does. Shoppers on foot linger, browse and return, while drivers tend to make one targeted stop.
P4: Critics argue that older residents and people with disabilities would lose access, and that deliveries would become impossible. These concerns are real and deserve an answer.
P5: On balance, with delivery windows, a shuttle service and exemptions for blue-badge holders, the benefits of a car-free centre clearly outweigh its costs."""),

(0, S, "en", "after", """I've been thinking a lot about why I stopped drawing. When I was a kid I drew constantly, on napkins, on the backs of my homework, on my own arms. Nobody told me to stop. There was no dramatic moment. It's more that at some point drawing became something you were either good at or not, and since there were kids in my class who were clearly better, I filed myself under "not." I think a lot of adults have a hobby like that, something they let go of not because they stopped enjoying it but because they started measuring it. Last month I bought a cheap sketchbook and drew my coffee cup every morning for thirty days. The drawings are bad. Some are really bad. But I look forward to those ten minutes more than anything else in my day, and I've realised that being good was never the point.

what's the main point the writer is making? one sentence"""),

(0, C, "en", "after", """1. Ik heb morgen geen tijd, kunnen we het naar vrijdag verplaatsen?
2. Non so se riesco a venire alla festa sabato sera, ti faccio sapere.
3. Jag har glömt min nyckel på jobbet igen, typiskt.
4. Czy możesz mi pomóc z tym zadaniem z matematyki?
5. Bugün hava çok güzel, sahile gidelim mi?
6. Saya sudah makan siang, terima kasih banyak.
7. Nemůžu najít svůj telefon, neviděl jsi ho někde?
8. Hindi ko alam kung saan ang istasyon ng tren.
9. Tänään on todella kylmä, pue lämpimästi päälle.
10. Je ne trouve plus mes lunettes, tu les as vues quelque part ?

these came in through our contact form. which language is each line? number + language name is enough"""),

(0, C, "en", "after", """Subject: Congratulations!! Your Loyalty Reward Is Waiting
Dear Valued Customer,
As part of our 10th anniversary celebration, your email address has been randomly selected to receive an exclusive loyalty reward worth $500 in store credit. This offer is only available to a limited number of our most loyal shoppers and expires in 48 hours. To claim your reward, simply confirm your shipping details and pay a small processing fee of $4.95 using the secure link below. Please note that rewards not claimed within the time limit will be transferred to the next customer on the waiting list. We thank you for being part of our family and look forward to serving you for another ten years.
Claim now: rewards-center-verify.net/claim
Warm regards,
The Customer Appreciation Team
You are receiving this message because you are a valued member of our community.

real promo or scam? i never signed up for anything like this"""),

(0, S, "en", "after", """The folding umbrella as we know it is a surprisingly recent invention. Parasols for shade were used in ancient Egypt, China and Assyria, usually as a status symbol carried by servants over the heads of the powerful. Waterproofed versions appeared in China, where oiled paper was stretched over bamboo frames. In Europe the umbrella was long considered an accessory for women, and a man carrying one in rainy eighteenth-century London risked being mocked in the street; the traveller Jonas Hanway is often credited with making it respectable for men by carrying one for decades despite the jeers. Steel ribs, introduced in the mid nineteenth century, made umbrellas lighter and sturdier, and the compact telescopic umbrella followed in the twentieth century. Today billions are sold, and a remarkable number are left behind on trains: lost-property offices in big cities collect thousands every month.

can u squash this down to about 40 words"""),

(0, S, "es", "after", """Querido diario: hoy por fin fui a ver a la abuela al pueblo. Tardé casi tres horas en llegar porque el autobús paraba en cada aldea del camino, pero valió la pena. Estaba sentada en el patio pelando habas, como siempre, y cuando me vio se le iluminó la cara. Me hizo comer dos platos de cocido aunque le dije que no tenía hambre. Luego estuvimos mirando fotos viejas y me contó que el abuelo la sacó a bailar en las fiestas de 1961 y que ella le dijo que no tres veces antes de aceptar. Nunca me lo había contado. Lo que me preocupa es que se le olvidan cosas: me preguntó dos veces si ya había terminado la carrera, y la terminé hace cuatro años. Mi tía dice que es normal a su edad, pero yo no lo tengo tan claro. Volví en el último autobús con un táper de croquetas y el corazón un poco encogido.

¿Me lo puedes resumir en dos o tres frases?"""),

(0, C, "de", "after", """HAFENSTADT – Der FC Hafenstadt hat sich am Samstagabend mit einem 3:1-Sieg gegen den SV Lindental vorzeitig die Herbstmeisterschaft gesichert. Vor 41.000 Zuschauern im ausverkauften Stadion am Kai brachte Jonas Weber die Gastgeber bereits in der 12. Minute in Führung, ehe Lindental kurz vor der Pause durch einen Foulelfmeter ausglich. Nach dem Seitenwechsel drehten die Hausherren auf: Zunächst traf Mats Köhler nach einer schönen Einzelleistung, in der Schlussphase sorgte ein Kopfball von Innenverteidiger Ole Brandt für die Entscheidung. Trainer und Spieler zeigten sich nach dem Spiel zufrieden, mahnten aber, dass die Saison noch lang sei. Lindental rutscht durch die Niederlage auf Tabellenplatz neun ab und muss am kommenden Mittwoch im Pokal beim Zweitligisten aus Bergheim antreten. Für Hafenstadt geht es bereits am Dienstag im Europapokal weiter.

Zu welchem Ressort gehört dieser Artikel: Politik, Wirtschaft, Sport, Kultur oder Wissenschaft? Bitte nur ein Wort."""),

(0, S, "fr", "after", """Bonjour à toutes et à tous,
Comme annoncé lors de la dernière réunion, nous allons changer de logiciel de gestion des congés à partir du 1er du mois prochain. L'ancien outil restera accessible en lecture seule jusqu'à la fin de l'année, pour que vous puissiez consulter vos anciennes demandes. Vos soldes de congés seront transférés automatiquement ; merci toutefois de vérifier qu'ils sont corrects dès que vous recevrez vos identifiants, normalement dans la semaine du 25. Les demandes déjà validées pour l'été n'ont pas besoin d'être ressaisies. En revanche, toute demande encore « en attente » au moment de la bascule devra être refaite dans le nouvel outil. Une courte formation en visio (30 minutes) est proposée le mardi et le jeudi à 11h ; l'inscription n'est pas obligatoire mais fortement conseillée pour les managers, qui auront de nouvelles étapes de validation.
Bien cordialement,
Sandrine, service RH

Tu peux me faire un résumé en 3 points de ce mail ? J'ai pas le temps de tout lire"""),

(0, C, "pt", "after", """Comprei essa air fryer na promoção da Black Friday e já uso faz uns dois meses. Vou ser sincera: no começo achei que tinha jogado dinheiro fora, porque a primeira batata frita saiu mole e meio crua no meio. Depois descobri que o problema era eu, que enchia demais o cesto. Agora faço frango, pão de queijo, legumes e até bolo de caneca e fica tudo ótimo. O cesto é fácil de lavar e não gruda nada. O barulho é um pouco alto, mas nada absurdo. O que me irritou foi o manual, que veio só em inglês e com umas instruções confusas sobre temperatura. A entrega atrasou uma semana, mas a loja me avisou pelo WhatsApp. No geral, estou bem satisfeita e já indiquei pra minha mãe e pra minha cunhada.

Essa avaliação é positiva, negativa ou neutra? Responde só com a palavra."""),
]
