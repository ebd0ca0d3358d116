# Label 0 (fast_path), short items. Each item written by hand.
# Tuple: (label, category, lang, ask_position, text)
S, C = "summarization", "classification"

ITEMS = [
# ---------- summarization, no pasted text (named works) ----------
(0, S, "en", "none", """summarize the plot of Pride and Prejudice in 5 sentences"""),
(0, S, "en", "none", """can u give me a quick recap of breaking bad season 1, nothing past that pls"""),
(0, S, "en", "none", """What's the gist of Animal Farm? Two lines is enough."""),
(0, S, "en", "none", """tl;dr of the Odyssey"""),
(0, S, "en", "none", """Give me a one-paragraph synopsis of the movie Inception."""),
(0, S, "en", "none", """hey! short recap of Hamlet for my english class tomorrow, like 100 words"""),
(0, S, "en", "none", """Condense the main argument of On the Origin of Species into three bullet points."""),
(0, S, "en", "none", """Briefly, what happens in Of Mice and Men? plot only"""),
(0, S, "en", "none", """sum up the book Sapiens in one tweet-length line"""),
(0, S, "en", "none", """whats the storyline of finding nemo in a nutshell"""),
(0, S, "en", "none", """Cliff notes version of chapter 1 of The Great Gatsby please"""),
(0, S, "en", "none", """Recap the Lord of the Rings trilogy in 10 bullet points, one per major event."""),
(0, S, "en", "none", """quick synopsis of the opera Carmen? going tonight and don't want to be lost"""),
(0, S, "en", "none", """Can you outline the main points of the Communist Manifesto in a few bullets"""),
(0, S, "en", "none", """I gave up halfway through Crime and Punishment. Can you tell me briefly what happens in the second half and how it ends?"""),
(0, S, "en", "none", """summarize the first harry potter book for a 7 year old in 4 sentences"""),
(0, S, "en", "none", """What's The Metamorphosis by Kafka about? Short plot summary only, no themes."""),
(0, S, "en", "none", """Condense the Bill of Rights into one short line per amendment"""),
(0, S, "en", "none", """boil down the plot of the film Parasite to three sentences, spoilers are fine"""),
(0, S, "en", "none", """Give me a brief summary of the "I Have a Dream" speech."""),
(0, S, "en", "none", """abridged version of Romeo and Juliet in like 5 lines lol"""),
(0, S, "en", "none", """Hello! Could you give me the short version of what happens in the first season of The Crown?"""),

# ---------- summarization, ask before pasted text ----------
(0, S, "en", "before", """Summarize in one line:

The team meeting has been moved from Tuesday to Wednesday at 3pm because the conference room is being painted. Same Zoom link as always. Please bring printed copies of the budget drafts, and Ana will bring coffee."""),
(0, S, "en", "before", """TL;DR this pls

so my landlord texted saying the boiler guy is coming thursday between 8 and 12, and that someone has to be home, and if nobody's home they'll charge us the callout fee of 80 quid. also he says the recycling bins are going to be collected on mondays now instead of fridays and we should stop putting pizza boxes in the blue one"""),
(0, S, "en", "before", """Shorten this voicemail transcript to one sentence for my notes:

"Hi, this is Kevin from Dr. Alvarez's office, calling for Samira Haddad. We need to reschedule your appointment on the 9th because the doctor will be out. We have openings on the 11th at 10:15 or the 16th at 2. Please call us back at the front desk, and remember to bring your new insurance card. Thanks, bye." """),
(0, S, "en", "before", """Main points only, bullets:

NOTICE TO ALL RESIDENTS. The annual pool inspection will take place on May 3rd. The pool will be closed from May 1st until the inspection is passed, which usually takes about one week. Residents are reminded that glass containers are not allowed in the pool area at any time. New key fobs will be distributed at the clubhouse on April 28th between 5 and 7pm; old fobs will stop working on May 15th. Guests must be accompanied by a resident."""),
(0, S, "en", "before", """what's the gist of this poem in one sentence? not the meaning, just what it describes

the orchard in october
ladders left against the trees
wasps drunk on fallen pears
and my father, coat off,
counting crates in the last light
as if the numbers were a prayer"""),
(0, S, "en", "before", """Recap this slack thread in 2 lines:

maria: is prod deploy still happening today?
kwame: yes but pushed to 4pm, waiting on the migration review
maria: who's reviewing?
kwame: jules, she said she'd be done by 2
jules: done actually, approved with one comment about the index
kwame: great, deploying at 4 then, I'll post in #releases
maria: 👍"""),
(0, S, "en", "before", """sum this up for me?

Today I finally told Sam that I don't want to move to Denver. I'd been dreading it for weeks. He was quiet for a long time and then said he'd half expected it. We didn't fight. We agreed he'll go for the six-month trial and we'll see how long distance feels. I cried in the car after, but I think it was relief more than anything."""),
(0, S, "en", "before", """Executive summary please, 3 bullets max:

Website traffic rose 18% month over month, mainly from organic search after the blog relaunch. Conversion rate fell slightly, from 3.1% to 2.8%, which the team attributes to the higher share of first-time visitors. Paid social spend was cut by a third with no measurable drop in signups. The checkout redesign is delayed until next month because of a payment provider issue. Customer support tickets fell 12%, the lowest level this year."""),
(0, S, "en", "before", """Can you compress this into a single sentence for our FAQ page?

To return an item, log into your account, go to Orders, and click Return next to the item. Print the prepaid label we email you and drop the parcel at any post office within 30 days of delivery. Refunds are issued to the original payment method within 5 business days of us receiving the item. Sale items and gift cards can't be returned."""),
(0, S, "en", "before", """Give me a headline-length summary of this, under 12 words:

A rescue team in the Swiss Alps found a hiker who had been missing for four days, alive and in good condition, after a drone picked up the light from his phone in a narrow ravine. The 27-year-old had fallen and injured his ankle but survived by rationing snacks and melting snow."""),
(0, S, "en", "before", """Key takeaway from this abstract? one line

We surveyed 3,400 remote workers across 11 countries about their working hours and wellbeing. Workers with a fixed daily end time reported lower burnout scores than those without, regardless of total hours worked. The effect was strongest among parents of young children."""),
(0, S, "en", "before", """Could you boil this down for me? My grandma sent it and it's very long for a text

Hello darling, just to let you know that Uncle Pete's hip operation went well, he is home now and grumpy as ever. Auntie June is looking after him. The cat had kittens, four of them, two black and two tabby, and we are looking for homes so ask your friends. Also I am coming up on the train on the 14th, arriving at 2, please don't forget to pick me up this time. Love Nana xx"""),
(0, S, "en", "before", """shorten to the main facts pls:

Our Saturday farmers market is moving. Starting June 7, the market will be held in the car park behind the old library instead of on Main Street, because of the road works. Hours stay the same, 8am to 1pm. There will be more space, so we're welcoming six new stalls, including a coffee cart and a cheese maker from the valley. Parking is available at the leisure centre, which is a two-minute walk away."""),
(0, S, "en", "before", """In two sentences, what is this clause saying?

"The Tenant shall not sublet, assign or otherwise part with possession of the Premises or any part thereof without the prior written consent of the Landlord, such consent not to be unreasonably withheld or delayed, and any purported subletting without such consent shall be void." """),
(0, S, "en", "before", """Sum up this customer's message for the handover notes, one line:

hi yes so I ordered the blue sofa in march, it came in april but one of the legs was missing, your team sent a replacement leg but it's the wrong colour (brown not black) and now I've been waiting two weeks for the right one, nobody calls me back"""),
(0, S, "en", "before", """Condense these lecture notes into a 4-line revision card:

Photosynthesis: light-dependent reactions happen in the thylakoid membranes, use light energy to split water, release O2, and make ATP and NADPH. Light-independent reactions (Calvin cycle) happen in the stroma, use ATP and NADPH to fix CO2 into sugars. Rate limited by light intensity, CO2 concentration, temperature. Chlorophyll absorbs mostly red and blue light, reflects green."""),

# ---------- summarization, ask after pasted text ----------
(0, S, "en", "after", """Hi honey, I've been trying to call you. Your father and I decided we're not doing Christmas at our house this year because the kitchen won't be finished, so we're going to your sister's. She says you're welcome to bring Leo. We'll do presents on the 26th. Also can you bring the folding chairs from your garage, she doesn't have enough. Call me back!! Mum

summarise pls, i cant read all that rn"""),
(0, S, "en", "after", """From April, the tax-free allowance for savings interest will drop from 1,000 to 500 for basic-rate taxpayers, while higher-rate taxpayers keep their current 250. Interest from tax-free savings accounts is unaffected. Banks will report interest automatically, so most people won't need to file anything, but those with large balances may receive a bill.

in a nutshell?"""),
(0, S, "en", "after", """Call notes, 14:05, Mr. Ibrahim (account 7781): upset about late delivery of fridge, original date 2nd, now 9th. Says he took day off work on 2nd for nothing. Wants compensation for lost day. Agreed to escalate to delivery team lead; offered 10% voucher which he declined. Will call back Thursday.

One-line recap for the CRM please"""),
(0, S, "en", "after", """1. Preheat the oven to 200C and line a tray with baking paper.
2. Cut the sweet potatoes into wedges about 2cm thick.
3. Toss them in a bowl with olive oil, salt, smoked paprika and a little garlic powder.
4. Spread them out on the tray so they don't touch.
5. Roast for 20 minutes, flip, then roast another 15 until crispy at the edges.
6. Sprinkle with chopped parsley and a squeeze of lime before serving.

can you shorten these steps to 3 quick bullets for a recipe card"""),
(0, S, "en", "after", """my darling R,
I keep thinking about the morning at the train station, the way you pretended not to cry and then cried anyway. Three more weeks. I counted the sleeps like a child. I've put your mug back in the cupboard so I'll stop looking at it. The flat is too quiet, I've started leaving the radio on. Come home soon, the plants miss you and so do I.
- A

tl;dr? (its for a scrapbook caption, don't make it cheesy)"""),
(0, S, "en", "after", """When the ice storm took the power out, the whole street gathered in the Novak house because they had the only wood stove. For three days twelve people slept on the floor, cooked soup in a single pot, and played cards by candlelight. Old Mr. Novak, who hadn't spoken to his neighbours in years, taught the kids to whittle. When the lights came back, nobody wanted to go home.

reduce this to a single sentence"""),
(0, S, "en", "after", """IMPORTANT: Due to scheduled maintenance, online banking and the mobile app will be unavailable from 11pm Saturday to 5am Sunday. Card payments and ATM withdrawals will continue to work as normal. Scheduled transfers will be processed once the service is restored. We apologise for any inconvenience.

what's the short version"""),
(0, S, "en", "after", """Re: best budget tripod?
Honestly for under 100 you can't beat the K&F ones. I had one for 3 years, took it up mountains, dropped it twice, still fine. Only downsides: the ball head creeps a little with heavy lenses, and the leg locks get stiff in cold weather. If you shoot mostly with a phone or a small mirrorless you won't notice. For a big telephoto, save up for something heavier.

key points of this reply?"""),
(0, S, "en", "after", """Lecture 7 - Supply shocks. When an input like oil gets more expensive, firms' costs rise and the short-run aggregate supply curve shifts left. Result: higher prices AND lower output at the same time (stagflation). Central banks face a dilemma: raising rates fights inflation but deepens the output drop; cutting rates supports output but fuels inflation. Example: 1970s oil crises.

make me a brief summary of this for revision, 2-3 sentences"""),
(0, S, "en", "after", """Worked late again. Skipped dinner. Mia called and I let it go to voicemail, which I feel bad about. Finished the grant draft though, 14 pages, and for once I think it's actually good. Tomorrow: send to Prof. Lang, buy groceries, call Mia back first thing.

can you sum that up in one line? I'm making an index of my old notebooks"""),
(0, S, "en", "after", """## Changelog
- Bumped lodash to 4.17.21 (security advisory)
- Removed unused moment.js dependency, bundle is ~60KB smaller
- Fixed sidebar not collapsing on mobile Safari
- Added French and German translations for the settings page
- Deprecated the old `theme` prop; use `colorScheme` instead, old prop will be removed in v6

summarize these changes in one sentence for the release email"""),
(0, S, "en", "after", """She's got a heart like a two-lane highway
one lane going home and one lane going nowhere
she waves at every truck that passes by
and never tells a soul which lane she's taking
oh Rosie, Rosie, pick a lane
the radio's playing your song again

what is this song basically describing, in a sentence? my lit class wants a one-line description before we analyze it"""),
(0, S, "en", "after", """Customer says the app logs her out every time she switches to another app and back. Happens on her Pixel 7 since the update on Monday. Reinstalling did not help. She's a paying customer and wants it fixed before her trip on Friday when she'll need the offline maps.

condense this to a ticket title, max 10 words"""),
(0, S, "en", "after", """Minutes, Parents' Association, 3 March. Present: 9. Treasurer reported £2,140 in the account after the winter fair. Agreed to spend £800 on new library books and £400 on playground markings. Summer fete date set for 21 June. Volunteers needed for the cake stall. Next meeting 7 April.

short summary of these minutes for the school newsletter, 2 sentences"""),
(0, S, "en", "after", """ok so basically what happened was I went to return the shoes and the guy said I needed the receipt but I had the email receipt on my phone and he said it had to be printed?? so I went home and printed it and came back and then a different guy said the email would have been fine. so I wasted an hour and the bus fare and I'm still annoyed

what's the TLDR of my own rant lol, one sentence for my review"""),
(0, S, "en", "after", """Dear parents, the Year 4 trip to the science museum is confirmed for Friday 12th. Children should arrive at school by 8:15 as the coach leaves at 8:30 sharp. Please send a packed lunch in a disposable bag, and no fizzy drinks. We will be back at around 3:30. The cost of £12 can be paid through the school app by Wednesday. Thank you, Mrs Okonjo

Give me the essentials in bullet form"""),
(0, S, "en", "after", """"Our results show that urban foxes in the study area have shorter snouts and smaller brains relative to body size than rural foxes, consistent with adaptation to scavenging human food rather than hunting. The differences were present in skulls collected over a 40-year period."

can you put the finding in one plain sentence for my kid's school project"""),
(0, S, "en", "after", """"We regret to inform you that after careful consideration, the committee has decided not to fund your proposal in this round. The panel appreciated the originality of the idea but had concerns about the feasibility of the timeline and the size of the proposed sample. You are welcome to resubmit in the autumn round."

so what does this actually say, short version"""),

# ---------- classification, no pasted text ----------
(0, C, "en", "none", """Which one doesn't belong: violin, cello, trumpet, viola?"""),
(0, C, "en", "none", """sort these into fruits and vegetables: carrot, mango, spinach, kiwi, leek, plum"""),
(0, C, "en", "none", """sentiment of "the food was cold and the waiter ignored us for 40 min" - pos or neg?"""),
(0, C, "en", "none", """what language is this: "ik heb honger en ik wil naar huis\""""),
(0, C, "en", "none", """Categorize these expenses as needs or wants: rent, netflix, groceries, concert tickets, bus pass, new sneakers"""),
(0, C, "en", "none", """Label the emotion in this tweet (anger, joy, sadness, fear): "cannot BELIEVE they cancelled my flight AGAIN 🙃\""""),
(0, C, "en", "none", """spam or not spam: "URGENT your package is held at customs, pay $1.99 fee here to release it bit.ly/3xk9" """),
(0, C, "en", "none", """is this sentence formal or informal: "gonna be late, traffic's nuts\""""),
(0, C, "en", "none", """odd one out: Mercury, Venus, Moon, Mars"""),
(0, C, "en", "none", """Group these animals into mammals, birds and reptiles: bat, penguin, gecko, dolphin, ostrich, iguana, platypus"""),
(0, C, "en", "none", """Tag this headline with one topic (sports / tech / politics / health / business): "Regulator approves smartwatch feature that detects irregular heartbeat\""""),
(0, C, "en", "none", """is "i guess the movie was okay" positive, negative or neutral"""),
(0, C, "en", "none", """classify by genre pls - Dune, Gone Girl, The Notebook, It, The Hobbit"""),
(0, C, "en", "none", """Is the review "five stars, would get food poisoning again" sarcastic or sincere?"""),
(0, C, "en", "none", """Sort by part of speech (noun, verb, adjective, adverb): run, happy, table, quickly, sing, blue, slowly, window"""),
(0, C, "en", "none", """Toxic or not toxic? "your code is garbage and so is everything you've ever shipped\""""),
(0, C, "en", "none", """Which department should handle "my paycheck is missing my overtime hours": HR, IT, Payroll or Facilities?"""),
(0, C, "en", "none", """is this phishing y/n: "Dear user, your mailbox is full. Click here and enter your password to verify your account or it will be deleted." """),
(0, C, "en", "none", """put these into hot drinks vs cold drinks: espresso, lemonade, cocoa, iced tea, chai, smoothie, mulled wine"""),
(0, C, "en", "none", """intent for "can i change where my order gets delivered" -> order_status, change_address, cancel_order or refund?"""),
(0, C, "en", "none", """Which of these words are British spelling and which American: colour, center, theatre, analyze, favourite, program"""),
(0, C, "en", "none", """Is "Let's circle back on this offline" business jargon or normal speech? yes/no is it jargon"""),
(0, C, "en", "none", """rate the politeness of this 1-3 (1 rude, 3 polite): "send me the file already, I asked twice\""""),

# ---------- classification, ask before pasted text ----------
(0, C, "en", "before", """Classify each of these customer messages as complaint, question or praise:
- "Where can I find my invoice?"
- "Your delivery guy was so kind, he carried everything upstairs for my mum"
- "Third time the app has charged me for a ride I cancelled"
- "Do you deliver to the islands?"
- "Worst pizza I've had in years, the base was raw\""""),
(0, C, "en", "before", """Which of the following are cities and which are countries?
Chad
Lima
Malta
Oslo
Peru
Doha
Laos"""),
(0, C, "en", "before", """For each sentence tell me active or passive voice:
1. The cake was eaten by the dog.
2. Maria wrote the report in one night.
3. Mistakes were made.
4. The committee will announce the winner tomorrow.
5. The bridge is being repaired."""),
(0, C, "en", "before", """Was this written by a customer or by a support agent? One word.

"Thanks for your patience while we looked into this. I've refunded the duplicate charge and you should see it in 3-5 working days. Let me know if there's anything else I can help with." """),
(0, C, "en", "before", """Tag the topic of each headline (politics, sport, science, entertainment, business):
1. Parliament passes housing bill after all-night session
2. Striker's late goal sends underdogs into cup final
3. Telescope spots water vapour on distant exoplanet
4. Streaming giant cancels fan-favourite show after two seasons
5. Shares in chipmaker fall 9% after profit warning"""),
(0, C, "en", "before", """Entry-level or senior role? Just tell me which.

"We're looking for someone to own the architecture of our payments platform, mentor a team of six engineers, and work directly with the CTO on our technical roadmap. 8+ years experience required." """),
(0, C, "en", "before", """mod queue: which of these comments break our "no personal attacks" rule? yes/no for each
a) "This argument makes no sense, the numbers in the second chart contradict the first."
b) "Only an idiot would believe this, and you clearly are one."
c) "lol ok boomer"
d) "I disagree, but thanks for posting the source."
e) "People like you are why this forum is dying.\""""),
(0, C, "en", "before", """Sort into urgent / not urgent:
- pay the electricity bill (due tomorrow)
- reorganize bookshelf
- reply to mum about sunday lunch
- renew passport (trip in 3 weeks, passport expired)
- learn to make sourdough
- pick up prescription (last pill today)"""),
(0, C, "en", "before", """mood of this diary entry? happy / sad / anxious / angry, pick one

"Exam is tomorrow at 9. I've read chapter 6 three times and nothing is going in. My heart keeps racing and I can't eat. What if I freeze again like last year?\""""),
(0, C, "en", "before", """Is this a haiku, a limerick or a sonnet?

There once was a cat from Peru
who dreamed she was eating a shoe.
She woke with a fright
in the dead of the night
and found it was perfectly true."""),
(0, C, "en", "before", """Which product category does each of these belong to: Electronics, Kitchen, Garden or Toys?
1. 20-piece wooden train set
2. Cordless hedge trimmer
3. Cast iron skillet 28cm
4. Noise-cancelling earbuds
5. Solar fairy lights for fences
6. Stand mixer, 5L bowl"""),
(0, C, "en", "before", """Fact or opinion? Label each:
1. Paris is the capital of France.
2. Paris is the most romantic city in the world.
3. The Eiffel Tower was completed in 1889.
4. French food is overrated.
5. The Louvre is the world's most visited museum."""),
(0, C, "en", "before", """Decide if this email is a sales pitch, a job application, or a customer complaint:

"Hi, I came across your company on LinkedIn and was impressed by your growth. We help firms like yours cut cloud costs by up to 40%. Do you have 15 minutes next week for a quick chat?" """),
(0, C, "en", "before", """label these tickets P1 (outage), P2 (degraded), P3 (minor) pls
#101 checkout page returns 500 for all users
#102 profile pictures load slowly in EU
#103 typo in footer
#104 search results missing for some queries
#105 login completely down on mobile"""),

# ---------- classification, ask after pasted text ----------
(0, C, "en", "after", """just got my test results back and I'M CANCER FREE 🎉🎉 thank you all for the messages this year, couldn't have done it without you

positive or negative?"""),
(0, C, "en", "after", """Dear Sir/Madam, I am a prince from a royal family and I need your help moving $14,000,000 out of my country. You will receive 30% for your trouble. Please send your bank account details and a copy of your passport.

spam?"""),
(0, C, "en", "after", """Obrigado pela ajuda de ontem, a reunião correu muito bem e o cliente aprovou a proposta.

what language is that? portuguese or spanish?"""),
(0, C, "en", "after", """1. Can you send me the slides?
2. The slides are on the drive.
3. Did you see the game last night
4. I think we should leave at six.
5. Why is the printer always broken?

which of these are questions? just the numbers"""),
(0, C, "en", "after", """the last leaf lets go
and the branch does not call it back
snow fills the footprints

is this poem about love, death or nature? pick one"""),
(0, C, "en", "after", """Room was clean and the bed was comfy, but the walls are paper thin and the breakfast was the same sad croissant four days in a row. Staff were lovely though. Location perfect for the old town.

how many stars do you think they gave, 1-5? just the number"""),
(0, C, "en", "after", """bro if you eat the last slice of MY pizza one more time I'm changing the wifi password and not telling you 😤😂

is this person actually angry or just joking around"""),
(0, C, "en", "after", """We propose a transformer-based model that predicts protein binding sites from sequence alone, outperforming existing structure-based methods on three benchmark datasets while requiring 20 times less compute.

which field: biology, physics, economics or computer science? it's for sorting the conference submissions, pick the closest"""),
(0, C, "en", "after", """dirt road, tailgate down
daddy's old guitar and a cooler full of sweet tea
she's got her boots up on the dash
singing every word with me

genre guess: country, hip hop, metal or pop?"""),
(0, C, "en", "after", """fn main() {
    let nums = vec![1, 2, 3];
    let total: i32 = nums.iter().sum();
    println!("{}", total);
}

which programming language is this"""),
(0, C, "en", "after", """hi I've been with you for 2 years but honestly the price is too much now and I found a cheaper plan elsewhere, how do I stop the monthly payments

intent: cancel / upgrade / refund / technical / other"""),
(0, C, "en", "after", """"Either party may terminate this Agreement upon thirty (30) days' written notice to the other party. Upon termination, all licences granted hereunder shall immediately cease." 

confidentiality clause, termination clause, or payment clause?"""),
(0, C, "en", "after", """honestly the best thing about this job is the people. my manager actually listens and we have a laugh every day. pay could be better tbh

is this comment about the job mostly positive or mostly negative"""),
(0, C, "en", "after", """Mix 2 cups flour, 1 tsp baking soda and a pinch of salt. In another bowl beat butter and sugar, add eggs and mashed bananas. Combine, fold in walnuts, bake 60 minutes at 175C.

Does this recipe contain any nuts? yes or no"""),
(0, C, "en", "after", """"The new update is fine I suppose, though I preferred the old icons."
"Absolutely love it, so much faster!"
"Garbage. Reverting."

label each line pos/neg/neutral"""),

# ---------- non-English ----------
(0, S, "es", "none", """resume en una frase la trama de Cien años de soledad"""),
(0, C, "es", "none", """¿Este comentario es positivo, negativo o mixto? "El hotel estaba limpio y bien situado, pero el personal fue bastante borde\""""),
(0, C, "es", "before", """Clasifica estos correos como spam o no spam:
1. "Has ganado un iPhone 15, haz clic aquí para reclamarlo"
2. "Hola Marta, te paso el acta de la reunión de ayer"
3. "Último aviso: su cuenta será bloqueada si no verifica sus datos"
4. "¿Quedamos el sábado para comer?\""""),
(0, S, "es", "after", """Buenas vecinos!! Os recuerdo que el martes vienen a revisar el ascensor de 9 a 13h y no se podrá usar. También que la derrama de la fachada se cobra este mes, 120 euros por piso, y que la próxima junta es el día 20 a las 19h en el portal. Y por favor, que alguien se haga cargo del carrito de bebé que lleva semanas en la entrada. Gracias!!

¿me lo resumes en dos líneas porfa?"""),
(0, S, "es", "after", """Mi madre plantaba geranios
en latas de aceite viejas,
y los regaba al caer la tarde
cantando coplas que no sé.
Ahora las latas están oxidadas
y el patio es de otra gente.

¿De qué trata este poema? Solo un resumen corto, sin análisis."""),

(0, S, "de", "none", """Fass mir bitte den Inhalt von Goethes Faust I in fünf Sätzen zusammen."""),
(0, C, "de", "after", """Die Lieferung kam pünktlich und gut verpackt an. Leider ist der Akku nach zwei Wochen schon deutlich schwächer geworden, und der Kundenservice hat auf meine Mail noch nicht reagiert. Die Klangqualität ist aber wirklich top.

Positiv, negativ oder gemischt?"""),
(0, C, "de", "none", """Ordne die folgenden Wörter den Kategorien Obst, Gemüse oder Getreide zu: Hafer, Birne, Lauch, Gerste, Kirsche, Sellerie, Roggen"""),
(0, S, "de", "before", """Kurzfassung bitte, max. 2 Sätze:

Sehr geehrte Mieterinnen und Mieter, im Zuge der Heizungsmodernisierung wird am 14. und 15. Oktober das Warmwasser im gesamten Haus abgestellt. Bitte stellen Sie sicher, dass die Heizkörper in Ihrer Wohnung an diesen Tagen zugänglich sind, da die Techniker neue Thermostate montieren. Für Rückfragen steht Ihnen die Hausverwaltung werktags von 9 bis 12 Uhr zur Verfügung."""),
(0, C, "de", "after", """hallo, ich hab letzte woche bei euch bestellt und die bestellung ist immer noch nicht da, obwohl da stand lieferung in 2 tagen. wo ist mein paket???

Ist das eher eine Beschwerde oder eine Frage? Ein Wort reicht."""),

(0, S, "fr", "none", """Résume-moi Le Petit Prince en trois phrases, c'est pour ma fille de 8 ans"""),
(0, C, "fr", "after", """« Génial, encore une grève le jour de mon entretien d'embauche. Merci la SNCF, vraiment, vous êtes les meilleurs. »

Sarcastique ou sincère ?"""),
(0, C, "fr", "before", """Classe ces phrases par registre (soutenu, courant, familier) :
1. Je me casse, j'en ai marre.
2. Je vous saurais gré de bien vouloir me répondre.
3. Je dois partir, il est tard.
4. T'as pas vu mes clés ?"""),
(0, S, "fr", "after", """CR réunion équipe marketing : lancement de la campagne d'automne repoussé au 15 octobre faute de visuels validés. Budget réseaux sociaux augmenté de 10 %. Julie prend en charge le partenariat avec l'influenceuse. Prochaine réunion jeudi.

Tu peux me donner l'essentiel en deux lignes ?"""),
(0, C, "fr", "before", """Dans quelle catégorie tu mettrais ce ticket : facturation, livraison ou problème technique ?

« Bonjour, l'application plante dès que j'essaie d'ajouter un article au panier, sur iPhone comme sur Android. »"""),

(0, S, "pt", "none", """Resume o filme Cidade de Deus em poucas linhas, por favor"""),
(0, C, "pt", "after", """Prezado cliente, identificamos uma movimentação suspeita na sua conta. Para evitar o bloqueio, clique no link abaixo e confirme seus dados e sua senha em até 24 horas: banco-seguro-atualiza.com

isso é golpe ou mensagem legítima do banco?"""),
(0, C, "pt", "none", """Separe essas palavras em substantivos, verbos e adjetivos: correr, bonito, casa, cantar, feliz, janela, escrever"""),
(0, S, "pt", "before", """Faz um resumão desse texto pra mim:

A assembleia do condomínio aprovou a troca do portão da garagem, que vai custar R$ 18 mil divididos em três parcelas. Também ficou decidido que a piscina vai fechar às 21h a partir do mês que vem e que o salão de festas só pode ser reservado com 15 dias de antecedência. A síndica avisou que vai ter dedetização no dia 5."""),
(0, C, "pt", "after", """Hoje fez um ano que o Pedro foi embora. Fiquei o dia inteiro olhando as fotos antigas e não consegui sair de casa. A casa parece grande demais sem ele.

Qual o sentimento predominante aqui: alegria, tristeza, raiva ou medo?"""),
]
