# Label 1 (slow_path), short items. Each item written by hand.
# Tuple: (label, category, lang, ask_position, text)
CW, OQ, GQ = "creative_writing", "open_qa", "general_qa"

ITEMS = [
# ---------- creative writing, no pasted text ----------
(1, CW, "en", "none", """describe in a short paragraph a dragon's lair for my D&D game, the dragon is old and sick"""),
(1, CW, "en", "none", """write a haiku about monday mornings"""),
(1, CW, "en", "none", """Outline a bedtime story about a fox who is afraid of the dark"""),
(1, CW, "en", "none", """can you write a limerick about my cat who steals socks"""),
(1, CW, "en", "none", """write a breakup text thats kind but clear. we dated 3 months, no drama, just not feeling it"""),
(1, CW, "en", "none", """Compose a short toast for my parents' 40th anniversary, they met on a bus in 1984"""),
(1, CW, "en", "none", """pls write a funny out-of-office message, I'm in Iceland chasing puffins until the 20th"""),
(1, CW, "en", "none", """Short description for my Etsy listing: handmade ceramic mugs, speckled glaze, 350ml, dishwasher safe"""),
(1, CW, "en", "none", """Write a dialogue between a pirate and a barista who doesn't understand pirate slang"""),
(1, CW, "en", "none", """give me a rap verse about recycling for my 5th graders, clean and catchy"""),
(1, CW, "en", "none", """Write a summary-style blurb for the back cover of my fantasy novel: an orphan girl discovers she can talk to storms, and the storms want something from her."""),
(1, CW, "en", "none", """a sonnet about losing wifi, make it dramatic"""),
(1, CW, "en", "none", """knock knock joke about dinosaurs for my nephew pls"""),
(1, CW, "en", "none", """I need a short eulogy for my grandfather. He was a fisherman, did the crossword every morning in pen, and was the most stubborn man alive. About 2 minutes."""),
(1, CW, "en", "none", """Write lyrics for a lullaby that sounds like a sea shanty"""),
(1, CW, "en", "none", """make up a fake movie trailer voiceover for a film about a heroic houseplant"""),
(1, CW, "en", "none", """One-paragraph character description of a grumpy elf blacksmith for my novel, please"""),
(1, CW, "en", "none", """tagline for a dentist office that doesn't sound creepy? a few options"""),
(1, CW, "en", "none", """write a birthday poem for my wife who hates birthday poems"""),
(1, CW, "en", "none", """Hey, can you write a short scene where two old rivals meet again at a funeral? literary fiction tone"""),
(1, CW, "en", "none", """describe a rainy night market in a cyberpunk city, about 100 words, lots of sensory detail"""),
(1, CW, "en", "none", """Give me a short motivational speech for my under-12 football team at half time, we're losing 3-0"""),
(1, CW, "en", "none", """write an apology email to a client for missing our call this morning, my kid was sick"""),
(1, CW, "en", "none", """write a product description for a reusable coffee cup made from bamboo, fun tone"""),

# ---------- creative writing, ask before pasted text ----------
(1, CW, "en", "before", """Turn this into a poem please:

eggs
oat milk
bread (the good one)
batteries AA
birthday card for dad
something for dinner??"""),
(1, CW, "en", "before", """Write a funny fake product review based on these facts:
- it's a toaster
- it only toasts one side
- it plays a little tune when done
- the tune is very loud at 6am"""),
(1, CW, "en", "before", """Rewrite this as a bedtime story for a 4 year old:

A dog that went missing during a thunderstorm was found three days later asleep in a neighbour's garden shed, curled up next to a family of rabbits. The owners said he was hungry but completely fine."""),
(1, CW, "en", "before", """Write a reply to this text from my landlord, polite but firm:

"Hi, I'll be coming by tomorrow at 10 to show the flat to a potential buyer. Please make sure it's tidy." (it's the first I've heard of it and I work from home)"""),
(1, CW, "en", "before", """make a limerick out of this error message lol

Error 418: I'm a teapot. The server refuses to brew coffee because it is, permanently, a teapot."""),
(1, CW, "en", "before", """Write a short thank-you note to my team using these highlights:
- shipped the new app two weeks early
- zero critical bugs in the first month
- Jana covered for me during my surgery
- everyone stayed calm during the outage in March"""),
(1, CW, "en", "before", """Describe this scene in vivid prose for my novel, 150 words:

- abandoned train station, early morning, fog
- main character (Ines) waiting for someone who may not come
- a stray dog watching her
- a clock that stopped years ago"""),
(1, CW, "en", "before", """write an instagram caption for this, something cheeky:

photo: me finally finishing my first half marathon, looking absolutely wrecked, medal in one hand, hot dog in the other"""),

# ---------- creative writing, ask after pasted text ----------
(1, CW, "en", "after", """Agenda item 4: discussion of the new font for internal slides. Duration: 55 minutes. Outcome: no decision, revisit next week.

write a snarky haiku about this meeting"""),
(1, CW, "en", "after", """Roasted beetroot, whipped feta, toasted hazelnuts, honey and thyme, on sourdough.

write a short instagram caption for this dish, we're a small cafe, warm tone not influencer-y"""),
(1, CW, "en", "after", """I ordered a size M jacket and got an XL in a completely different colour. The return portal won't let me print a label. I've emailed twice. Really disappointed.

draft a reply email from our support team apologizing and offering a free exchange with express shipping"""),
(1, CW, "en", "after", """Tuesday. Took Biscuit to the vet, he hid under the chair the whole time. Then the park, where he stole a toddler's sandwich. Then home, where he slept on my laptop during my meeting.

turn this into a short story told from the dog's point of view"""),
(1, CW, "en", "after", """Researchers found that honeybees can be trained to recognize human faces by associating photos with sugar rewards, and they remember the faces for up to two days.

write a cute rhyming poem for kids about this discovery"""),
(1, CW, "en", "after", """BREAKING: Local council spends £40,000 on study to determine whether residents want potholes fixed. Study concludes residents want potholes fixed.

write a satirical news article continuing this, 150 words, deadpan tone"""),
(1, CW, "en", "after", """She's got a heart like a two-lane highway
one lane going home and one lane going nowhere

write a second verse in the same style, same rhythm"""),
(1, CW, "en", "after", """Specs: 1.2kg, 14-inch OLED, 18h battery, aluminium body, two USB-C, backlit keyboard, comes in sand and graphite.

write a punchy product description for the website, 60 words max"""),
(1, CW, "en", "after", """me: sorry can't make it tonight
me: again
jo: it's fine
jo: it's the fourth time tho

write me a funny but sincere apology message to send jo"""),
(1, CW, "en", "after", """Dear customers, due to unforeseen circumstances our shop will be closed on Saturday.

rewrite this as a dramatic Shakespearean announcement for our chalkboard lol"""),

# ---------- open questions, no pasted text ----------
(1, OQ, "en", "none", """why is the sky blue but sunsets are orange"""),
(1, OQ, "en", "none", """How did the Black Death affect wages in Europe?"""),
(1, OQ, "en", "none", """whats the difference between a virus and bacteria and why dont antibiotics work on viruses"""),
(1, OQ, "en", "none", """is it true we only use 10% of our brains"""),
(1, OQ, "en", "none", """What caused the 2008 financial crisis, in simple terms?"""),
(1, OQ, "en", "none", """how does a heat pump heat a house when it's freezing outside"""),
(1, OQ, "en", "none", """Which is better for a total beginner, Python or JavaScript, and why?"""),
(1, OQ, "en", "none", """Why did the Roman Republic turn into an empire?"""),
(1, OQ, "en", "none", """How do noise-cancelling headphones actually work?"""),
(1, OQ, "en", "none", """is intermittent fasting actually better than just eating less"""),
(1, OQ, "en", "none", """What are the strongest arguments for and against a four-day work week?"""),
(1, OQ, "en", "none", """why is japan's population shrinking so fast"""),
(1, OQ, "en", "none", """What would happen to Earth if the Moon disappeared?"""),
(1, OQ, "en", "none", """how do vaccines teach the immune system"""),
(1, OQ, "en", "none", """Is nuclear power safer than coal? Give me numbers if you can."""),
(1, OQ, "en", "none", """why do some languages have grammatical gender and others don't"""),
(1, OQ, "en", "none", """does daylight saving time actually save any energy"""),
(1, OQ, "en", "none", """Good morning! Why do onions make you cry, and does the wet-knife trick actually work?"""),
(1, OQ, "en", "none", """Is it ethical to eat meat if the animal had a good life?"""),

# ---------- open questions, pasted text ----------
(1, OQ, "en", "after", """"The Great Fire of London in 1666 ended the plague, because it burned down the rat-infested slums."

my teacher said this in class. is it actually true? what do historians say"""),
(1, OQ, "en", "after", """In a 12-week trial, adults with type 2 diabetes who walked for 10 minutes after each meal had lower blood sugar spikes than those who walked for 30 minutes once a day.

my dad is diabetic, would this apply to him? why would short walks after meals work better?"""),
(1, OQ, "en", "after", """the kettle sings the way it used to sing
when you were here to lift it off the flame,
and every cup I pour is missing something,
a second spoon, a voice that says my name.

what do you think the poet means by "a second spoon"? who is missing?"""),
(1, OQ, "en", "after", """"Man is condemned to be free." - Sartre

do you agree with this? why or why not, in your own words"""),
(1, OQ, "en", "after", """def find_user(users, name):
    for u in users:
        if u.name == name:
            return u

why does this return None sometimes even when I'm sure the user is in the list?"""),
(1, OQ, "en", "after", """"Tenants must pay a non-refundable cleaning fee of £300 at the start of the tenancy."

I'm renting in England. is this even legal?"""),
(1, OQ, "en", "after", """My car makes a grinding noise when I brake, only in the mornings, and it goes away after a few minutes of driving. Started after a week of rain.

what could be causing this? is it dangerous?"""),
(1, OQ, "en", "before", """Read this and tell me if the argument has any logical flaws:

"Every successful entrepreneur I've met dropped out of college. Therefore dropping out of college makes you more likely to succeed in business." """),
(1, OQ, "en", "after", """Lena told her sister the ring had been stolen. It hadn't. It was in the pocket of her winter coat, where she had put it the night before the wedding, and where she left it for eleven more years.

why do you think Lena lied to her sister? what might be going on?"""),
(1, OQ, "en", "after", """"Humans share 60% of their DNA with bananas."

saw this on a poster at the museum. is this accurate? what does it even mean"""),
(1, OQ, "en", "before", """Explain the joke:

"I told my wife she was drawing her eyebrows too high. She looked surprised." """),
(1, OQ, "en", "after", """Since 2010, the number of bees in our county has dropped by half, while the number of mobile phone masts has tripled.

my uncle says this proves phone masts kill bees. does it? what else could explain it?"""),

# ---------- general questions / advice / brainstorm, no pasted text ----------
(1, GQ, "en", "none", """how do i get my toddler to sleep in her own bed"""),
(1, GQ, "en", "none", """Tips for a first marathon? I have 16 weeks and I can currently run 10k."""),
(1, GQ, "en", "none", """brainstorm 8 themes for a 30th birthday party that aren't cheesy"""),
(1, GQ, "en", "none", """How can I politely tell a coworker he has a body odour problem?"""),
(1, GQ, "en", "none", """what are good icebreaker questions for a remote team of engineers who hate icebreakers"""),
(1, GQ, "en", "none", """I keep procrastinating on my thesis. What actually works, not just "make a schedule"?"""),
(1, GQ, "en", "none", """how should I prepare for a salary negotiation next week"""),
(1, GQ, "en", "none", """Give me a 3-day itinerary for Kyoto. I like food and temples, not shopping."""),
(1, GQ, "en", "none", """suggest names for a golden retriever puppy, girl, we like old-fashioned names"""),
(1, GQ, "en", "none", """how do i deal with a friend who always cancels last minute without ending the friendship"""),
(1, GQ, "en", "none", """ideas for a science fair project for a 10 year old that isn't the volcano"""),
(1, GQ, "en", "none", """Should I repaint my kitchen cabinets myself or hire someone? Budget is tight but I'm not very handy."""),
(1, GQ, "en", "none", """List some fun team-building activities that don't involve alcohol"""),
(1, GQ, "en", "none", """What questions should I ask at the end of a job interview?"""),
(1, GQ, "en", "none", """help me plan a veggie garden on a small north-facing balcony"""),
(1, GQ, "en", "none", """give me a list of 10 names for my bakery, it's in a seaside town and we mostly do sourdough"""),
(1, GQ, "en", "none", """Hi, what's the best way to get over jet lag after flying from London to Sydney?"""),
(1, GQ, "en", "none", """my 15 year old barely talks to me anymore. how do I reconnect without being cringe"""),
(1, GQ, "en", "none", """Classify my options for me: should I learn Spanish or Mandarin for business in the next 5 years? I work in logistics."""),
(1, GQ, "en", "none", """Summarize your best advice for a first-time manager in a few bullets."""),

# ---------- general questions / advice, pasted text ----------
(1, GQ, "en", "after", """"Dear tenant, due to rising costs your rent will increase by 18% from next month. Regards, Management."

how should i respond to this? is it worth pushing back or should I just start looking?"""),
(1, GQ, "en", "after", """Offer: 52k base, 5% bonus, 25 days holiday, hybrid 3 days in office, 45 min commute. Current job: 48k, fully remote, 28 days holiday.

is this a good offer? what should I try to negotiate?"""),
(1, GQ, "en", "after", """2 cups flour
1 tsp baking soda
1 cup buttermilk
1 egg
2 tbsp melted butter

I don't have buttermilk. what can I use instead and will it change the pancakes much?"""),
(1, GQ, "en", "after", """Mon-Fri: work 8:30-5:30, commute 45 min each way
Mon/Wed: kids' swimming 6-7pm
Tue/Thu: cook dinner, homework help
Sat: football with kids, groceries
Sun: family lunch at my parents'

how on earth do I fit exercise into this? realistic ideas pls"""),
(1, GQ, "en", "after", """- Responsible for social media accounts
- Helped with events
- Did some reports in Excel

how can I make these CV bullet points stronger? I was a marketing intern for 6 months"""),
(1, GQ, "en", "before", """What should I do about this? Note from my son's teacher:

"Oliver is a bright boy but has been very distracted in class lately and has not handed in his last three homework assignments. He also seems tired in the mornings." """),
(1, GQ, "en", "after", """group chat: "ok so Ibiza in June, villa is 900 each + flights, who's in??" everyone: "IN" "obviously" "yesss"

i can't afford this at all. how do I say no without being awkward or the odd one out?"""),
(1, GQ, "en", "after", """Option A: 13-inch laptop, 8GB RAM, 512GB SSD, 1.1kg, 750 euros
Option B: 15-inch laptop, 16GB RAM, 1TB SSD, 1.9kg, 820 euros

which one would you buy for a first-year university student who studies architecture?"""),
(1, GQ, "en", "after", """My business idea: a subscription box of snacks from a different country every month, aimed at families with kids, about 25 a month.

what are the biggest risks with this? be brutal"""),
(1, GQ, "en", "before", """Give me honest feedback on my opening line for a dating profile:

"I'm a simple guy who likes hiking, dogs and a good pizza. Looking for my partner in crime." """),

# ---------- non-English ----------
(1, CW, "es", "none", """escribe un poema corto sobre el olor a tierra mojada después de la lluvia"""),
(1, OQ, "es", "none", """¿Por qué en España se cena tan tarde comparado con el resto de Europa?"""),
(1, GQ, "es", "none", """dame ideas para el cumple de mi hija que cumple 7, algo en casa y que no sea muy caro"""),
(1, CW, "es", "after", """Mensaje de mi jefe: "Necesito que este fin de semana revises los informes del trimestre, sé que no es lo ideal pero es urgente."

¿Cómo le contesto sin que parezca que me quejo? Escríbeme tú la respuesta, que ya tengo planes con mi familia."""),
(1, GQ, "es", "before", """Lee esto y dime qué harías tú:

Mi mejor amiga me pidió 600 euros hace un año, me dijo que me los devolvería en tres meses y todavía no me ha dicho nada. Ahora acaba de irse de vacaciones a Tailandia."""),

(1, CW, "de", "none", """Schreib mir ein kurzes Gedicht zum Ruhestand meiner Kollegin, sie liebt Gartenarbeit und Krimis."""),
(1, OQ, "de", "none", """Warum ist die Inflation in Deutschland 2022 eigentlich so stark gestiegen?"""),
(1, CW, "de", "after", """Stichpunkte: handgemachte Seife, Ziegenmilch, ohne Palmöl, Lavendel und Rosmarin, aus dem Allgäu, plastikfrei verpackt

Mach daraus bitte einen knackigen Werbetext für unseren Onlineshop, zwei, drei Sätze."""),
(1, GQ, "de", "none", """ich ziehe nächsten monat nach hamburg und kenne da niemanden. wie finde ich am besten anschluss?"""),
(1, OQ, "de", "after", """„Wer abends Kohlenhydrate isst, nimmt automatisch zu, weil der Körper sie nachts nicht mehr verbrennen kann.“

Stimmt das eigentlich, was da behauptet wird?"""),

(1, CW, "fr", "none", """Écris une petite histoire pour enfants sur un escargot qui rêve de voir la mer"""),
(1, OQ, "fr", "none", """Pourquoi la Révolution française a-t-elle éclaté en 1789 et pas avant ?"""),
(1, GQ, "fr", "none", """des idées de repas rapides pour la semaine ? on est 4 et on a vraiment pas le temps le soir"""),
(1, GQ, "fr", "after", """Message de mon pote : « Franchement t'as changé depuis que t'as ce nouveau boulot, on te voit plus jamais. »

qu'est-ce que tu me conseilles de faire ? je sais pas si je dois m'excuser ou m'énerver"""),
(1, CW, "fr", "none", """Décris en un court paragraphe une taverne mystérieuse pour ma campagne de jeu de rôle, ambiance brumeuse et un peu inquiétante"""),

(1, CW, "pt", "none", """Escreve uma mensagem de aniversário engraçada pro meu irmão que tá fazendo 40"""),
(1, OQ, "pt", "none", """Por que o Brasil fala português e o resto da América do Sul fala espanhol?"""),
(1, GQ, "pt", "none", """me dá umas dicas pra economizar na conta de luz? ela veio um absurdo esse mês"""),
(1, CW, "pt", "after", """Seu Antônio fechou a venda pela última vez, olhou a rua vazia e guardou a chave no bolso do paletó. Quarenta anos atrás daquele balcão.

continua a história pra mim, uns dois parágrafos, com um final bonito"""),
(1, GQ, "pt", "after", """Recado da escola: "A partir do próximo mês, teremos aulas de robótica no contraturno, às terças e quintas, com mensalidade de R$ 150."

vale a pena colocar meu filho de 9 anos nisso? o que você acha?"""),
]

# added label 1 items with the ask before the pasted text
ITEMS += [
(1, OQ, "en", "before", """Is this sentence from my kid's old textbook still considered correct?

"Pluto is the ninth planet of the solar system and the smallest of them all." """),
(1, GQ, "en", "before", """How can I make this cover letter opening less boring? It's for a small design agency.

"Dear Hiring Manager, I am writing to apply for the position of Marketing Assistant that I saw advertised on your website." """),
(1, CW, "en", "before", """Write a passive-aggressive but funny note for the office fridge based on this:

someone has been eating my labelled yoghurts for three weeks. always the strawberry ones. never the plain ones."""),
(1, GQ, "en", "before", """What questions should I ask the vet at the follow-up? Here's the discharge note:

"Luna, 4y F cat. Mild dehydration, elevated kidney values (creatinine). Start renal diet, encourage water intake, recheck bloods in 4 weeks." """),
(1, OQ, "en", "before", """Why would this happen? here's what I've noticed:

my sourdough starter doubles in 4 hours on the kitchen counter, but in the pantry it barely moves all day, and it smells more like nail polish remover there."""),
]
