# Label 1 (slow_path), long items. Each item written by hand.
# Tuple: (label, category, lang, ask_position, text)
CW, OQ, GQ = "creative_writing", "open_qa", "general_qa"

ITEMS = [
(1, CW, "en", "after", """Q2 Regional Performance Summary - Northeast
Revenue for the quarter came in at $4.2M, 6% below target, driven primarily by the delayed opening of the Hartford location and softer-than-expected foot traffic in April due to weather. Same-store sales were flat year over year. Gross margin improved 1.8 points thanks to renegotiated supplier contracts on dairy and packaging. Labor costs rose 9%, reflecting the new minimum wage in two states and overtime during the Boston remodel. Customer satisfaction scores reached an all-time high of 4.6, with particular praise for the new breakfast menu. Employee turnover fell from 61% to 48% after the introduction of flexible scheduling. Looking ahead, Hartford opened on June 3rd and is tracking above plan in its first weeks. We expect Q3 to recover toward target, assuming no further construction delays.

ok this is going to sound weird but my team is exhausted and i want to open monday's meeting with something fun. can you turn this report into a short rhyming poem, like 8-12 lines, kind of tongue in cheek?"""),

(1, GQ, "en", "after", """From my notebook, last night:
I got the offer from the design studio in Lisbon. It's everything I said I wanted five years ago: small team, real projects, a city by the sea. The salary is about 20% less than I make now, but rent there is cheaper, so it's roughly even. The problem is Dad. Since his fall in January he's been fine, mostly, but I'm the one who drives him to appointments, and my brother lives four hours away and is useless about it. If I go, someone has to step up, and I don't think it'll be my brother. Dad told me to take it, obviously, and said he's not made of glass. My current job is stable and boring and my manager just hinted at a promotion next year. They want an answer by the 15th. I keep making pro and con lists and they come out even every time.

what do you think she should do next? be honest, i'm the friend she sent this to and i don't know what to tell her"""),

(1, CW, "en", "after", """Notes from Tuesday's retro (platform team)
- Went well: migration to the new CI runners finished two days early, zero downtime
- Went well: Aisha's runbook for the on-call rotation, everyone used it at least once
- Didn't go well: the staging database ran out of disk on Friday and nobody noticed for 6 hours
- Didn't go well: too many meetings, people felt they had no focus time
- Ideas: no-meeting Wednesdays, disk alerts on staging, pair on the flaky deploy script
- Agreed to try no-meeting Wednesdays for a month
- Ravi will set up the disk alerts
- Aisha and Tom will pair on the deploy script next sprint
- Shout-out to Marco for staying late during the Friday incident even though it wasn't his week

can you write a friendly follow-up email to the team based on these notes? thank people by name, mention what we agreed, keep it under 200 words and not too corporate"""),

(1, CW, "en", "after", """Review left on our page yesterday, 1 star:
"Ordered a birthday cake for my daughter's 8th two weeks in advance. Picked it up at the agreed time and the name was spelled wrong (Isabel, not Isobel, I wrote it down for them!) and the unicorn horn was broken off and just placed on the side. The girl at the counter shrugged and said they were busy. I had no time to go anywhere else so we used it anyway. Taste was fine but I'm so disappointed, it was the one thing I asked for. Won't be back."

I own the bakery. She's completely right, we had two people off sick that day but that's not her problem. Can you write a public reply for me that apologizes properly without making excuses, and offers her something to make it right? Warm, human, not like a corporate template."""),

(1, OQ, "en", "after", """Abstract: We investigated whether daily consumption of a fermented dairy drink improves mood in healthy adults. Sixty-two volunteers recruited through a university mailing list were randomly assigned to drink either the fermented product or a non-fermented milk drink every morning for four weeks. Participants completed a mood questionnaire at baseline and at the end of the study. The fermented group reported a 14% greater improvement in mood scores than the control group (p = 0.04). No serious adverse events occurred. These results suggest that fermented dairy may be a simple, low-cost strategy for improving mental wellbeing in the general population. The study was funded by a dairy producers' association.

My aunt keeps forwarding this around the family group chat as proof that we should all drink this stuff. Is this finding likely to hold up? What are the weaknesses of the study, if any?"""),

(1, OQ, "en", "after", """Section 7. Non-Competition. During the term of Employee's employment and for a period of twenty-four (24) months following the termination of employment for any reason, Employee shall not, directly or indirectly, within the United States, engage in, be employed by, consult for, or hold any interest in any business that develops, markets or sells software products or services that compete with any product or service offered by the Company or under development by the Company at the time of termination. Employee acknowledges that the restrictions in this Section are reasonable and necessary to protect the Company's legitimate business interests and that Employee has received adequate consideration for them.

I'm a software engineer in San Diego and this is in the offer letter from a startup. Is a clause like this even enforceable in California? Should I ask them to remove it before I sign or is it not worth the fight?"""),

(1, GQ, "en", "after", """Grandma Ruth's Apple Crumble
Filling: 6 tart apples, peeled and sliced; 1/2 cup brown sugar; 1 tsp cinnamon; 1 tbsp lemon juice; 1 tbsp flour.
Topping: 1 cup all-purpose flour; 3/4 cup rolled oats; 1/2 cup cold butter, cubed; 1/2 cup sugar; pinch of salt.
Toss the apples with the sugar, cinnamon, lemon and flour and spread in a buttered dish. Rub the butter into the flour, oats, sugar and salt until it looks like wet sand with some pea-sized lumps. Scatter over the apples without pressing down. Bake at 180C for 40-45 minutes until the top is deep golden and the juices bubble at the edges. Rest 10 minutes before serving with custard.

my brother in law was just diagnosed celiac and this is the dessert we always do at thanksgiving. how do i make it gluten free without the topping turning into sand or mush? are oats ok for him?"""),

(1, CW, "en", "after", """From: Helen Marsh
Subject: third time asking
This is the third email I've sent about my order #55102. The tracking has said "label created" for eleven days. I paid for express shipping because it's a gift for my father's retirement on Saturday. Nobody has answered my previous two emails. I'm honestly starting to wonder whether this company is real. If I don't hear back by tomorrow I'll dispute the charge with my bank.

Internal note: warehouse confirms the parcel was never picked, it fell behind a shelf during the stock move. It can ship today by overnight courier at our cost.

write the reply to Helen for me. apologize properly, explain briefly what happened without blaming the warehouse guys, tell her it's going overnight today and we're refunding the shipping. keep it short and warm"""),

(1, OQ, "en", "after", """The central bank raised its benchmark interest rate by half a percentage point on Thursday, to 5.25 percent, the highest level in sixteen years, and signalled that further increases could follow if price growth does not slow. In a statement, the bank's governor said that inflation in services remained "stubbornly high" and that the labour market was tighter than expected. Markets had largely anticipated the move, though some economists had argued for a smaller increase given signs of weakness in construction and retail. The currency rose modestly after the announcement. Mortgage lenders said they expected to pass the increase on to customers on variable-rate loans within weeks.

can someone explain this to me like a normal person. why would they raise rates if shops and construction are already struggling? and what does it actually mean for me, i have a variable mortgage with about 180k left"""),

(1, GQ, "en", "after", """group chat "flat 4B" from last night:
jess: whoever keeps leaving their pans "to soak" for three days, it's gross, the sink smells
omar: it's one pan and it's cast iron, you can't just put it in the dishwasher
jess: it's not one pan, it's every week
lena: can we not do this in the chat
omar: maybe if someone didn't use all the hot water at 7am i could wash things in the morning
jess: oh so it's my fault now
omar: i didn't say that
jess: you literally did
lena: i'm going to my boyfriend's for the weekend lol
omar: great, very helpful lena

i'm lena. i'm friends with both of them and i don't want to pick a side. who's actually in the wrong here, and how do i calm things down before we all have to live together for another 8 months?"""),

(1, CW, "en", "after", """I climbed the hill behind the house at midnight
because the dog would not stop looking at the sky,
and there it was, the moon, enormous, orange,
hung low above the pylons like a lamp
somebody had forgotten to switch off.
I stood there in my slippers and my coat
and felt, for the first time in a long while,
that something very old was watching me
and did not mind at all that I was small.

My daughter wrote this for her creative writing class and she's really proud of it. For fun, could you write a short reply poem from the moon's point of view, talking back to her? Similar length, free verse, gentle. I want to print them side by side for her birthday."""),

(1, GQ, "en", "after", """def apply_discount(cart, code):
    # look up the code and apply it to every item in the cart
    discount = DISCOUNTS.get(code)
    for item in cart.items:
        item.price = item.price - item.price * discount.percent / 100
        if discount.min_total and cart.total() < discount.min_total:
            return cart
    cart.applied_codes.append(code)
    return cart

# called from checkout.py on every page refresh:
#   cart = apply_discount(cart, request.args.get("promo"))

This is from a side project, a tiny web shop for my mum's candles. The DISCOUNTS dict is loaded from a JSON file that she edits by hand. Customers say the discount sometimes stacks or gives weird totals. What bugs or edge cases do you see, and how would you restructure it? I'm still learning so please explain why, not just the fix."""),

(1, CW, "en", "after", """Changelog - Pebble 2.0
- Completely new editor, 3x faster on large documents
- Real-time collaboration: up to 10 people in one doc
- Offline mode on mobile, syncs when you're back online
- Comments and @mentions
- Dark mode (finally, we heard you)
- Export to PDF, Markdown and Word
- Fixed about 140 bugs, including the one where the cursor jumped to the top after pasting
- Pebble is still free for individuals; teams plan starts at $6 per user

We're a team of four and launching this on Tuesday. Could you turn it into a fun launch thread for social media, 5 or 6 posts, a bit playful, make the cursor bug fix a running joke? Don't oversell it, our users hate hype."""),

(1, OQ, "en", "after", """Posted by crumbandcrust in r/Breadit-style forum, Baking Help board:
Third loaf in a row with a huge hole right under the top crust and a dense, gummy layer at the bottom. I'm using 75% hydration, 20% starter that doubles in about 5 hours, bulk ferment 4 hours at roughly 24C, then shape, then overnight in the fridge, bake at 250C in a Dutch oven, lid on 20 min then off 25 min. The crumb in the middle looks okay. Flour is a supermarket bread flour, 12.5% protein. My kitchen is quite warm right now because of the summer. What am I doing wrong??

i have the exact same problem as this guy. can you answer his question? what's most likely going on and what should we change first?"""),

(1, GQ, "en", "after", """Transcript excerpt, oral history project, interview 1 with Mr. Ferreira (age 91):
"We came in the winter of '58, my wife and me and the baby, on a ship that smelled of diesel the whole way. I had an address on a paper from my cousin, but when we got there the cousin was gone, moved to another city, nobody knew where. A woman from the church let us stay in her basement for two months. I worked in the tannery, terrible work, the smell stayed in your hands. Later I drove a bread truck for twenty-two years. I knew every street. People waited for me in the morning like I was the sun coming up." (laughs) "My wife never learned the language very well. She was lonely, I think, more than she said."

I'm a grad student and this was my first interview with him. We meet again next week. What follow-up questions should I ask to go deeper, especially about his wife and the church woman, without being intrusive? He tires after about an hour."""),

(1, CW, "en", "after", """The message arrived at 3:12 in the morning, from a number Clara had deleted two years ago. It said only: "Don't take the ferry tomorrow." She stared at it in the blue light of her phone while the radiator ticked. Tomorrow she was taking the ferry. Everyone was. The whole firm was going across to the island for the anniversary lunch, and she had been the one who booked it, who chose the menu, who sent three reminder emails about the dress code. She typed "Who is this?" and deleted it. She typed "Why?" and deleted that too. Outside, the harbour lights shivered on the black water, and somewhere down on the quay a dog was barking at nothing.

this is the opening of a short story i started for a competition. can you continue it for about 300 words? i want some kind of twist by the end, but not a cheesy one, and keep the same tone"""),

(1, CW, "en", "after", """Some facts about me for context:
- just got promoted from senior analyst to analytics manager at a regional hospital network
- been there 6 years, started as a contractor
- team of 5 now, we built the bed-occupancy forecasting dashboard that the ER uses every day
- the dashboard cut average ER boarding time by about 40 minutes, which I'm proud of but don't want to brag about
- my first manager, Deborah, retired last year and basically taught me everything
- I'm not a big self-promoter and LinkedIn makes me cringe a bit

could you write a short LinkedIn post announcing the promotion? humble, thank Deborah and the team, mention the dashboard once, no hashtags soup, no "I'm thrilled to announce". under 150 words."""),

(1, OQ, "en", "after", """From a popular history book I'm reading: "The printing press was the single cause of the Protestant Reformation. Without Gutenberg, Luther would have been just another angry monk, quietly burned like Hus a century earlier. It was not his ideas that mattered but the machines that copied them. In a few years his pamphlets sold hundreds of thousands of copies, and no pope or emperor could stop a message that was already everywhere."

This sounds convincing but also too neat. Is the author right that the printing press was THE cause? What do historians actually think, and what else was going on politically that made the difference between Luther and Hus?"""),

(1, GQ, "en", "none", """Hi! I'm 34, single, no kids, living in a rented flat in Manchester. I earn about 42k a year as a nurse and I've finally managed to save 20k, which is sitting in a normal savings account earning basically nothing. I have no debt except about 3k left on a car loan at 6%. My workplace pension is the NHS one. I've been going back and forth between three things: putting most of it toward a deposit for a small flat in the next couple of years, investing it in an index fund and just forgetting about it, or using some of it to do a part-time master's that would let me move into a nurse practitioner role, which pays more. My parents think property is the only sensible option, my friends all say index funds. I'm not in a rush and I don't have any big expenses coming. What would you prioritise in my position, and in what order? I know you're not a financial adviser, I just want to think it through properly."""),

(1, CW, "en", "none", """I need a bedtime story for my son Theo tonight, he's 6. Some things he's into right now: a stuffed hedgehog called Pickle who goes everywhere with him, trains (especially the night train we took to visit his grandma in Vienna), and he's a bit scared of thunderstorms, which we've had a lot of lately. I'd love a story where Pickle and Theo ride a night train through a storm and Pickle is brave even though he's scared, so Theo gets the idea that being brave doesn't mean not being afraid. Please don't make it preachy, no "and the lesson is" at the end. Something cosy, maybe 5 minutes to read aloud, with a little bit of repetition he can join in on, like a sound the train makes. A gentle, sleepy ending where they arrive at grandma's and everyone's warm. Thanks so much, I'm too tired to make one up myself tonight."""),

(1, CW, "en", "before", """Can you write a wedding toast for me using these details? I'm the bride's older brother and I'm terrible at this.

- bride: Maya, 29, vet, rescues every animal she sees, once brought a goose home in a laundry basket
- groom: Daniel, quiet engineer, builds furniture, made their dining table by hand
- they met when Daniel brought his very sick cat to Maya's clinic at 2am, the cat (Biscuit) survived and is now 14
- our dad passed away three years ago, I'd like one short moment to mention him without making everyone cry too hard
- Maya and I fought constantly as kids, she bit me once over a Game Boy
- I want it to be about 3 minutes, funny first and sincere at the end
- ends with a toast to Maya, Daniel and Biscuit
- crowd is about 120 people, mix of families, lots of Daniel's relatives don't know us well"""),

(1, GQ, "en", "before", """I need help deciding something and I'm going in circles. Here's the situation:

We have a 9-year-old golden retriever, Bruno, who has been diagnosed with a slow-growing tumour on his spleen. The vet gave us two options. Surgery to remove the spleen costs around 4,500 and has a good chance of buying him another year or two, but there's a risk he won't make it through, maybe 10-15% at his age. The other option is to do nothing and manage his comfort, and the vet thinks he could be fine for several months but there's a risk the tumour ruptures suddenly, which would be an emergency. We can afford the surgery but it would wipe out most of our savings for a planned move next year. Our kids are 8 and 11 and adore him. My partner leans toward surgery, I'm genuinely torn. How would you think about this decision? What questions should we be asking the vet that we might not have thought of?"""),

(1, OQ, "en", "after", """A friend sent me this quote from an essay we read in our book club: "We do not owe strangers the same consideration we owe our families. A parent who spends their savings on a distant charity while their own child goes without is not virtuous but negligent. Morality begins at home, and anyone who claims otherwise has either never loved anyone or is lying." Half the club nodded along and the other half were furious. I couldn't decide where I stand.

Do you agree with the author? Can you lay out the strongest case for and against, and tell me where you come down and why? We meet again Thursday and I'd like to actually have a position this time."""),

(1, CW, "en", "after", """Lore doc for my homebrew campaign, relevant bit:
Vharuun the Ash-Queen was once a silver dragon who guarded the mountain monastery of Ketl. When the monks betrayed her to a necromancer in exchange for eternal life, she burned the monastery with them inside and has slept in its ruins for three hundred years. Her scales have turned grey with soot. She hoards not gold but the prayer bells of the monks, hundreds of them, which still ring on their own when a liar enters. The party arrives at the ruins at dusk during session 12. One of my players, Ilse, is playing a former monk of a related order.

describe in a short paragraph her lair as the players first see it. something i can read out loud at the table, atmospheric, use the bells, maybe 120-150 words"""),

(1, GQ, "en", "after", """About us (draft for the website):
We're Noor and Felix, two friends who quit our office jobs last spring to open a tiny bakery in a converted fishing hut on the harbour in Whitby. We bake sourdough loaves, cardamom buns (Felix is half Swedish), and a rotating savoury bake that changes with whatever the fishmonger next door has left over, which sounds strange but people queue for it. We open at 7, we close when we sell out, which is usually around noon. The hut is painted dark green and only fits three customers at a time, so there's always a small line outside with dogs in it.

we still don't have a proper name!! give me a list of 10 names for the bakery that fit this vibe, not too punny, maybe a couple with a nautical feel"""),

(1, CW, "en", "none", """Could you write lyrics for a song I can sing at my best friend's 40th? Some background so it feels personal: her name is Carla, we met at 15 when we both got detention for laughing during a fire drill. She's a primary school teacher, has three kids, drives a very old red Volvo she refuses to sell, and her big dream is to see the northern lights, which she still hasn't done. Our friend group is getting her a trip to Tromsø as a surprise and I want the song to reveal that at the very end. Style: upbeat acoustic, something like a campfire singalong, with a chorus everyone can join after hearing it once. Two verses, chorus, a short bridge, and a final chorus where the last line gives away the trip. Please keep the rhymes natural, nothing forced, and don't make it too long, I'm not a great singer and I'll have a guitar to juggle as well."""),

(1, OQ, "en", "none", """I've been listening to a history podcast about the late Roman Empire and I'm confused about something. They said the Western Empire "fell" in 476 when the last emperor was deposed, but they also said the Eastern half carried on for almost another thousand years, and that lots of people living in Italy at the time barely noticed any change. So what actually happened? Why did the West collapse while the East survived, when they had the same institutions, religion and army traditions? I've heard everything blamed, from lead pipes to Christianity to barbarian invasions to climate change to plain economic rot, and I don't know which explanations serious historians still take seriously. Can you walk me through the main theories and which ones hold up best today, and whether "fall" is even the right word?"""),

(1, GQ, "en", "after", """Job posting: Junior Data Analyst, City Parks Department
We're looking for someone curious and organised to help us understand how residents use our 140 parks. You'll clean and analyse visitor counts, maintenance requests and survey data, build simple dashboards for park managers, and help design our first city-wide parks satisfaction survey. Requirements: some experience with SQL and a spreadsheet tool, basic statistics, clear writing. Nice to have: Python or R, GIS experience, an interest in public space. This is a hybrid role with two days a week in the office and occasional site visits. Salary band 38-44k.

I'm finishing a geography degree, did a GIS module and one internship cleaning data in Excel for a housing charity. I only know a bit of SQL from an online course. How should I prepare for the interview, and what should I emphasise given my background? Is it worth applying even though my SQL is weak?"""),

(1, CW, "es", "after", """Notas para el 80 cumpleaños del abuelo Tomás:
- nació en un pueblo de Teruel, trabajó 40 años de ferroviario
- se casó con la abuela Pilar en 1966, ella murió hace dos años y la echa mucho de menos
- le encanta el dominó, siempre hace trampas y todos lo sabemos
- enseñó a nadar a todos los nietos en el pantano, incluida yo
- tiene 5 hijos, 11 nietos y 2 bisnietos
- siempre dice "lo importante es que estemos todos"
- la comida será en la casa del pueblo, unas 40 personas

Soy su nieta mayor y me toca decir unas palabras. ¿Me escribes un discurso corto, de unos dos minutos, que sea emotivo pero con algo de humor? Que mencione a la abuela con cariño sin que acabemos todos llorando."""),

(1, GQ, "de", "after", """Auszug aus der Nachricht meiner Nachbarin, die sie mir heute unter der Tür durchgeschoben hat:
„Liebe Frau Krüger, ich möchte Sie noch einmal freundlich darauf hinweisen, dass Ihr Fahrrad seit Wochen im Treppenhaus steht. Laut Hausordnung ist das nicht erlaubt, und meine Mutter, die mit dem Rollator kommt, kommt kaum daran vorbei. Außerdem ist es abends oft sehr laut bei Ihnen, vor allem nach 22 Uhr. Ich möchte keinen Streit, aber wenn sich nichts ändert, muss ich mich an die Hausverwaltung wenden."
Das mit dem Fahrrad stimmt, der Keller ist aber seit einem Wasserschaden gesperrt. Laut bin ich eigentlich nicht, das ist die Wohnung über mir. Wir wohnen erst seit drei Monaten hier.

Was würdest du an meiner Stelle tun? Soll ich zu ihr hingehen oder lieber schriftlich antworten, und wie spreche ich das mit dem Lärm an, ohne dass es nach Ausrede klingt?"""),

(1, OQ, "fr", "after", """Extrait d'un article lu ce matin : « Plusieurs villes européennes expérimentent la gratuité totale des transports en commun. À Dunkerque, la fréquentation des bus aurait fortement augmenté depuis la fin des tickets, et la municipalité affirme que de nombreux habitants ont renoncé à leur deuxième voiture. Mais le financement repose largement sur une taxe payée par les entreprises, et certains économistes estiment que la gratuité attire surtout des piétons et des cyclistes plutôt que des automobilistes. D'autres rappellent que la qualité du service, la fréquence et la ponctualité comptent davantage que le prix du billet. »

Ma ville envisage de faire pareil et il y a un débat au conseil municipal la semaine prochaine. À ton avis, est-ce que la gratuité des transports marche vraiment pour réduire la voiture ? Quels sont les arguments les plus solides de chaque côté ?"""),

(1, CW, "pt", "after", """Sobre a nossa loja: a Fio & Afeto é um ateliê pequeno em Belo Horizonte, tocado por mim e pela minha mãe. A gente faz bolsas e cestos de crochê com fio de algodão reciclado, tudo à mão, cada peça leva de dois a cinco dias. Começamos na pandemia, quando minha mãe ficou sem emprego e voltou a fazer o crochê que aprendeu com a avó dela. Hoje vendemos pelo Instagram e em duas feirinhas por mês. Esse mês lançamos uma coleção nova em tons de terracota e verde-oliva, inspirada nas cores do cerrado.

Você pode escrever uma legenda pro Instagram apresentando a coleção nova? Quero um texto carinhoso, que conte um pouquinho da nossa história, sem parecer propaganda forçada, com no máximo umas 80 palavras e uns dois ou três emojis."""),
]
