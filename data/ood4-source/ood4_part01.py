# OOD set 4, part 01. Each item written by hand.
ITEMS = [
(0, "classification", "en", "after", "sms", """okay um hey so I got this text just now it says uh URGENT your account has been suspended due to unusual activity verify now at secure dash bank dash login dot info slash verify um and it's from some random number so is that like a scam text or a real one just yes or no please"""),
(1, "open_qa", "en", "none", "none", """hey um so what's the what's the deal with those white lines planes leave in the sky like is that fuel or smoke or what is it actually"""),
(0, "summarization", "en", "before", "email", """[Mail ▸ Assistant] Summarize this thread
Selected conversation: Re: Re: Fwd: Q3 venue — final answer needed (7 messages)

From: Priya Natarajan
To: Events team
Hi all, forwarding the note from the Harbourview Hotel below. They can hold the ballroom for 12–14 September but need a deposit of 30% by Friday or they release it to another client.

From: Tom Becker
I spoke to finance this morning. We can pay the deposit but only if the contract has a cancellation clause that refunds at least half up to 60 days before. Last year we lost the whole deposit on the Lisbon thing.

From: Priya Natarajan
Harbourview says 50% refund up to 45 days, nothing after. They won't move on 60.

From: Alicia Gomez
45 days is fine for me honestly, the speaker lineup is locked by July. The real problem is AV — their in-house AV quote is 11,400 and we budgeted 7k.

From: Tom Becker
We can bring our own AV vendor but they charge a 1,500 'external supplier fee'. Still cheaper. Alicia, can you get a quote from Lumen Audio?

From: Alicia Gomez
Lumen quoted 6,200 including the two extra mics. So 7,700 total with the fee.

From: Priya Natarajan
OK. Unless someone objects by noon tomorrow I'll sign with the 45-day clause, pay the deposit Friday, and tell Harbourview we're using an external AV supplier. Tom please confirm the PO number.
---
Keep it to what was decided and who still owes what."""),
(1, "creative_writing", "hi", "none", "none", """yaar meri didi ki shaadi hai next month aur mujhe sangeet pe ek toast dena hai. kuch funny sa likh do Hinglish mein, around 2 minute ka. didi har jagah late pahunchti hai, jiju ekdum ghadi ki tarah punctual hai, aur dono ki pehli mulaqat ek cancelled flight pe hui thi. thoda emotional ending bhi chahiye pls"""),
(0, "classification", "es", "before", "reviews", """oye necesito help con esto, my tía has a little taquería and she wants to know cuáles reviews son buenas y cuáles malas. Just put POS, NEG o MIXED next to each one, nada más:
1. Best birria in town, the consomé is fire 🔥
2. La comida rica pero we waited 50 minutes for two tacos
3. Dirty tables, rude guy at the register, no vuelvo
4. Horchata casera!! me recordó a mi abuela
5. Parking is a nightmare pero vale la pena por las gorditas"""),
(1, "general_qa", "en", "after", "letter", """scanned this letter from my landlord with my phone, the text came out weird sorry

NOTICE OF RENT INCR EASE
Dear Te nant,
Pursuant to sec tion 4(b) of your tenancy agree ment dated 01/03/2022, we here by give notice that the month ly rent for Unit 3B wi ll increase from $1,450 to $1,790 effec tive the first day of the month fol lowing thirty (30) days from the date of th is notice. Should you wish to dis cuss, please con tact the man agement office dur ing bus iness hours.
Sin cerely, Oakfield Prop erty Mgmt

that's a 23% jump and my lease doesn't end until march. what should I do, just pay it or push back? and if I push back, how do I go about it"""),
(0, "summarization", "en", "before", "article", """Can you summarize this in 3 bullet points? It's from an old parish newsletter I scanned, sorry about the OCR

THE MILL ON BRAD- FORD CREEK
The grist mill that gave our vil lage its name was built in 1794 by Elias Hart well, a cooper by trade, who dammed the creek at its nar rowest point. For nearly a cen tury farmers from three coun ties brought corn and rye to be ground there, paying in kind — one part in eight. The mill burned twice, in 1841 and again in 1867, and was rebuilt each time by sub scription of the town speople. By 1890 the new roller mills in the city had made it un profitable, and the Hart well heirs sold the site to the county, which took down the dam in 1903 after spring floods wash ed out the low er road. Only the mill stones re main today, set into the wall of the library garden."""),
(1, "open_qa", "en", "none", "none", """ATIS this morning gave runway condition codes 3/3/3 and a pilot report of braking action medium to poor. How do the RwyCC numbers relate to pilot braking action reports, who actually assigns the codes, and when does a PIREP cause the airport to downgrade them?"""),
(0, "classification", "en", "before", "notams", """Sort each NOTAM into one of: RUNWAY, NAVAID, OBSTACLE, AIRSPACE. Output as 'number: category', nothing else.
1) RWY 09/27 CLSD 2200-0500 DLY DUE WIP
2) VOR/DME ABC U/S
3) CRANE 245FT AGL 0.6NM NE AD LGT
4) TEMPO RESTRICTED AREA R-4807 ACT SFC-FL180
5) ILS RWY 27 GP U/S
6) WIND TURBINE FARM 420FT AMSL 3NM W AD UNLIT"""),
(1, "creative_writing", "en", "none", "none", """*GM mode on* Okay, you're the game master. We push open the door of the tavern in Saltmarrow after three days in the rain. My character is Brenna Copperlode, a dwarf cartographer who got kicked out of the guild for forging a map. Describe what we see, who's inside, and give one NPC a line of dialogue that hooks us. Keep it under 200 words and end on a moment where I have to decide something."""),
(0, "summarization", "ja", "before", "article", """以下の記事を3行で要約してください。

市は来年4月から、市内全域で家庭ごみの有料化を始めると発表した。指定袋は45リットルで1枚50円、30リットルで35円となる。市によると、ごみの排出量は過去10年で約12%増えており、焼却施設の老朽化も進んでいる。有料化によって排出量を15%削減し、その収入をリサイクル施設の整備や高齢者向けのごみ出し支援に充てる方針だ。一方、市民団体からは不法投棄が増えるのではないかとの懸念の声も上がっており、市は監視カメラの増設や説明会の開催で理解を求めるとしている。"""),
(1, "open_qa", "ru", "none", "none", """Почему в Санкт-Петербурге летом белые ночи, а в Москве их почти нет? Объясни простыми словами, без формул."""),
(1, "general_qa", "en", "none", "none", """hi im 9 and i realy want a hamster but my mom says no becuase of my brothers alergy. how can i show her i am responsable enough and is there a pet i could ask for insted"""),
(0, "classification", "en", "before", "commits", """[VS Code · Copilot Chat] @workspace label each of these commit messages with one of feat / fix / chore / docs / refactor, one per line, no explanation:
- add dark mode toggle to settings page
- bump eslint to 9.2
- correct off-by-one in pagination helper
- README: document the --dry-run flag
- extract price formatting into utils/money.ts
- handle null avatar url in ProfileCard"""),
(0, "summarization", "en", "before", "diff", """Summarize this diff for the PR description, 3-4 bullet points, no code:

```diff
--- a/src/cache/store.py
+++ b/src/cache/store.py
@@ -12,9 +12,14 @@ class Store:
-    def __init__(self, path):
+    def __init__(self, path, ttl_seconds=3600):
         self.path = path
+        self.ttl = ttl_seconds
         self._data = {}
 
-    def get(self, key):
-        return self._data.get(key)
+    def get(self, key):
+        item = self._data.get(key)
+        if item is None:
+            return None
+        value, stamp = item
+        if time.time() - stamp > self.ttl:
+            del self._data[key]
+            return None
+        return value
@@ -30,4 +35,4 @@ class Store:
     def set(self, key, value):
-        self._data[key] = value
+        self._data[key] = (value, time.time())
```"""),
(1, "open_qa", "en", "after", "code", """[JetBrains AI Assistant — selection from Screen.java]
```java
public class Screen {
    public Screen(EventBus bus) {
        bus.register(new Listener() {
            public void onEvent(Event e) { refresh(); }
        });
    }
    void refresh() { /* redraw */ }
    void close() { /* hide window */ }
}
```
Every time the user opens a new Screen the heap grows and old Screens never get collected, even after close(). Why?"""),
(1, "creative_writing", "en", "before", "spreadsheet", """=AI_ASSIST("Write a punchy 25-word product description for each row, playful tone, for our online shop", A2:C5)
A: Name | B: Material | C: Notes
Ember Mug | stoneware | keeps coffee warm 40 min, speckled glaze
Drift Tote | recycled sailcloth | each one cut from an old racing sail
Hush Socks | merino | for people whose feet are always cold
Tiny Forest Kit | moss, jar, pebbles | a terrarium you can't kill"""),
(0, "classification", "en", "before", "spreadsheet", """Sheets add-on › Categorize
Put each expense in column B into one of these categories: Travel, Meals, Software, Office, Other. Return only the category for each row.
Row 2: Uber to airport 38.40
Row 3: Figma annual plan 144.00
Row 4: Lunch with client at Nando's 52.10
Row 5: Printer toner 2x 61.99
Row 6: Hotel Ibis Leeds 2 nights 178.00
Row 7: Flowers for Jan's leaving do 30.00"""),
(0, "summarization", "fr", "before", "notes", """Tu peux me faire un recap rapide de ce call? Genre 4 bullet points max, c'est pour le Slack de l'équipe.

Notes en vrac: on a fait le kickoff avec le client ce matin, ils veulent que le MVP soit live avant le 15 juin, sinon ils ratent leur salon à Lyon. Le scope est clair pour le onboarding et le dashboard, mais pour le module de reporting c'est encore flou, Julien doit leur envoyer un mockup d'ici jeudi. Côté budget ils ont validé le devis mais ils veulent un point weekly le lundi à 10h. Ah et ils ont mentionné qu'ils utilisent déjà HubSpot donc il faudra une intégration, pas prévue dans le devis, à chiffrer."""),
(1, "general_qa", "fr", "none", "none", """Franchement je sais plus quoi faire. J'ai une offre d'une startup à Paris, full remote possible, salaire +20%, mais c'est une série A avec 18 mois de runway. Ma boîte actuelle c'est un grand groupe, c'est safe mais le management est super old school et je m'ennuie grave. J'ai 31 ans, pas d'enfants, un prêt immo. Tu me conseilles quoi, et quelles questions je dois poser au CEO avant de signer?"""),
(0, "classification", "de", "before", "tickets", """Ordne jedes Ticket genau einer Abteilung zu: Abrechnung, Technik, Versand, Kündigung. Antwort nur im Format 'Ticket-Nr – Abteilung'.
#4411: Mein Paket hängt seit fünf Tagen im Verteilzentrum Hannover fest.
#4412: Die App stürzt ab, sobald ich auf Profil tippe.
#4413: Mir wurde im März zweimal der Monatsbeitrag abgebucht.
#4414: Ich möchte meinen Vertrag zum Monatsende beenden.
#4415: Die Rechnung zeigt noch meine alte Adresse."""),
(1, "open_qa", "en", "none", "none", """Give me a TL;DR of why the Late Bronze Age collapse happened. Bullet points are fine, I just want the main theories."""),
(0, "summarization", "en", "none", "none", """Recap Moby-Dick in four lines for someone who pretended to read it in high school."""),
(1, "creative_writing", "en", "none", "none", """I need a poem for the plaque on our new community orchard. Background: it was planted by forty volunteers over two wet weekends in November, on the site of the old Co-op car park behind the library, and every child from the primary school planted one tree and gave it a name.

Please follow ALL of these rules, the committee is very strict:
1. Exactly 14 lines.
2. Each line must have between 8 and 11 syllables.
3. Rhyme scheme ABAB CDCD EFEF GG.
4. The word 'orchard' must not appear, but the poem has to be obviously about fruit trees.
5. Mention at least three of these varieties by name: Bramley, Discovery, Victoria plum, Conference pear, Egremont Russet.
6. Line 7 must reference the fact that the land used to be a car park.
7. No religious language (we had a complaint last time).
8. The last two lines should work on their own, because they'll be engraved larger.
9. Avoid the words 'blossom', 'bloom' and 'bounty' — the chair says they're clichés.
10. Tone: warm, a bit wry, not sentimental.
After the poem, give me a one-line title. Nothing else — no explanation of how you followed the rules."""),
(0, "classification", "en", "before", "poem", """Don't rewrite or analyse it, just tag the overall mood with ONE word from this list: melancholy / joyful / angry / anxious / serene.

The kettle clicks off in the empty kitchen.
Two cups out of habit; I put one back.
Your coat still holds the shape of your shoulders,
and the radio plays the song we never liked."""),
(1, "general_qa", "en", "after", "story", """**Title: 14 years with the same company, just found out the new hire makes more than me — what now?**

Long post, sorry. I've been at a mid-sized logistics company since 2010. Started in the warehouse, moved to dispatch, and for the last six years I've been the dispatch supervisor for the night shift. I train everybody, I wrote half the SOPs we use, and when the routing software went down in 2021 I basically ran the whole operation off spreadsheets for three nights. My reviews have always been 'exceeds expectations'.

Two weeks ago HR accidentally cc'd me on an offer letter for a new day-shift supervisor. Same title as me. He's got four years of experience, none of it in our industry. His base is $9,000 more than mine.

I haven't said anything yet. My manager is decent but not very powerful; the real decisions get made by the regional director, who I've met maybe three times. I don't want to blow up a job I mostly like, and I've got a kid starting college next year so I can't just walk. But honestly I'm furious and I'm having trouble being normal at work.

Things I've thought about: asking for a raise and citing the letter (is that even allowed since I wasn't supposed to see it?), getting an outside offer first, or going straight to the regional director.

How would you handle this? What order would you do things in, and what should I actually say in the first meeting?"""),
(0, "summarization", "en", "before", "story", """Can you write a tl;dr for the top of my post? Max 2 sentences. Here it is:

So this happened at my cousin's wedding last weekend. The DJ cancelled the morning of — food poisoning, legit — and my cousin was in tears because the whole reception was built around the first dance song and a choreographed thing with the bridesmaids. My uncle, who is 68 and has never DJ'd anything in his life, said 'I have a laptop and a speaker in the truck.' Turns out the speaker was a PA system from his old church band. He spent two hours in the parking lot with my teenage nephew building a playlist off the nephew's phone, and the nephew figured out how to crossfade using some free app. The first dance went off perfectly. Then around 10pm the power to the hall tripped because someone plugged a chocolate fountain into the same circuit. Total silence, total darkness. My uncle got the church band guys — three of whom were guests — to grab acoustic guitars from their cars and they did an unplugged sing-along of 70s songs by phone flashlight for forty minutes until the power came back. Everyone says it was the best part of the night. My cousin wants to hire my uncle for her sister's wedding now. He says he's retired."""),
(1, "open_qa", "zh", "none", "none", """为什么高铁的铁轨看起来不用留缝隙,而老式铁路每隔一段就有一条缝?热胀冷缩的问题到底是怎么解决的?"""),
(0, "classification", "zh", "before", "headlines", """请把下面的新闻标题分为「体育」「财经」「科技」「娱乐」四类,每行只写类别:
1. 央行宣布下调存款准备金率0.25个百分点
2. 国足客场1比0小胜,积分升至小组第二
3. 某知名歌手新专辑预售破百万张
4. 国产大模型发布新版本,支持长文本推理
5. 多家银行上调理财产品起购门槛"""),
(1, "creative_writing", "tl", "none", "none", """pa-help naman gumawa ng IG caption for our barkada trip sa Siargao, yung medyo kilig pero funny, mga 3 options. Context: na-stranded kami ng 1 day kasi walang boat, pero yun pala yung best day ng trip haha"""),
(0, "summarization", "tl", "before", "chat", """Pakisummarize naman tong GC namin, di ko nabasa lahat 😭 ano ba napagusapan?

Jessa: guys final na ba yung Sat for Tita Lorna's 60th?
Mark: oo Sat, 6pm, sa bahay nila sa Marikina
Jessa: sino magdadala ng lechon?
Rina: kami na, nag-order na ako sa La Loma, 1 whole
Mark: ako sa drinks and ice
Jessa: cake?
Rina: si Tita Bing daw pero wala pang confirm
Mark: need pa natin ng videoke, yung sa amin sira
Jessa: ako na magrerent, 1,500 for the whole night
Rina: ambagan tayo ha, 500 each
Mark: G. Wag lang kalimutan yung surprise video, Jessa ikaw may hawak nun
Jessa: oo tapos na halos, kulang lang yung message ni Kuya Jun from Dubai"""),
(1, "open_qa", "en", "before", "case notes", """Dairy herd, 4 weeks post-calving Holstein: milk down by a third over two days, still eating hay but refusing concentrate, firm dry dung, milk ketone strip strongly positive, temp normal, no ping on either side. Another cow in the same group had a left displaced abomasum last month. What's the most likely problem here, and how do you tell it apart from an LDA?"""),
(0, "classification", "en", "before", "calls", """Front desk triage at a small-animal clinic. Mark each call URGENT (same hour), SOON (same day), or ROUTINE (book normally). Just the label per line.
- Dog ate a pack of sugar-free gum about 20 minutes ago
- Cat due for annual vaccines, owner wants a Saturday
- Male cat straining in the litter box for hours, nothing coming out
- Rabbit hasn't eaten since yesterday morning
- Puppy has a small scab on its ear, eating and playing fine"""),
(1, "general_qa", "en", "none", "none", """I've just been elected secretary of our parochial church council (Church of England, rural benefice of four churches). The previous secretary left nothing but a box of minutes. How should I get organised in the first three months — what should I set up, who should I talk to, and what usually goes wrong before the APCM?"""),
(0, "summarization", "en", "before", "minutes", """Please condense these minutes into a short paragraph for the parish magazine (about 80 words, no names except the Rector's):

MINUTES OF THE PAROCHIAL CHURCH COUNCIL, ST MICHAEL & ALL ANGELS, held in the vestry, 14 May.
Present: Revd Canon D. Ashworth (Chair), churchwardens, and nine members. Apologies from two.
1. Opening prayer led by the Chair.
2. Minutes of the March meeting approved and signed.
3. Fabric: The quinquennial inspection reported slipped slates on the south aisle roof and damp in the tower ringing chamber. Estimate for roof repairs £8,400. Council agreed to apply for a faculty and to seek grants from the county churches trust. The tower damp to be monitored over the summer.
4. Finance: Treasurer reported a deficit of £2,100 for the first quarter, largely due to heating costs. Parish share paid in full to date. A stewardship campaign is proposed for September.
5. Safeguarding: All role-holders' DBS checks are up to date except two, which are in progress. Training for new Sunday school helpers on 8 June.
6. Churchyard: The mowing contractor has retired. Volunteers have offered to cover until a new contractor is found; quotes being sought.
7. Mission: The Rector proposed a monthly café church in the church hall on the first Saturday. Agreed for a six-month trial starting July.
8. AOB: Thanks recorded to the flower guild for the Easter displays.
Meeting closed with the Grace at 9.05 pm."""),
(1, "creative_writing", "en", "none", "none", """Dear computer, my name is Margaret and I am 91. My great grandson Oliver is turning 7 on Sunday and he lives in Australia so I cannot go. I would like a letter to him that I can copy out in my own hand. He likes dinosaurs and football and he has a dog called Biscuit. I was a nurse in the war and he always asks about it. Not too long please as my hand gets tired. Thank you kindly."""),
(0, "classification", "en", "after", "sms", """spam? 'FREE entry 2 win £1000 txt WIN to 80082'"""),
(1, "open_qa", "en", "none", "none", """why do cats purr"""),
(1, "general_qa", "en", "none", "none", """cheap flight hacks?"""),
(1, "creative_writing", "en", "none", "none", """limerick about dentists"""),
(0, "summarization", "en", "after", "release notes", """## Release notes — v2.8.0 (Kestrel)

> **Heads up:** this release drops support for Node 16.

### ✨ New
- **Offline mode**: drafts now sync when you reconnect ([#1204](https://github.com/example/notes/pull/1204))
- Keyboard shortcut palette (`Ctrl+K`)
- Export to EPUB

### 🐛 Fixed
- Images pasted from Safari no longer lose their alt text
- Fixed a crash when renaming a folder to an emoji-only name
- Search now respects the *Archived* filter

### ⚠️ Breaking
- The `/v1/notes` endpoint is removed; use `/v2/notes`
- Config key `syncInterval` renamed to `sync.intervalSeconds`

---
Can you boil this down to 3 sentences for our customer newsletter? Non-technical readers."""),
(0, "classification", "en", "before", "issues", """Triage these GitHub issues. Label each as `bug`, `feature-request`, or `question`. Reply as a markdown table with columns Issue | Label.

- **#311** — *App freezes when importing a CSV over 50 MB*
- **#312** — *Could you add a dark theme for the print preview?*
- **#313** — *How do I change the default export folder?*
- **#314** — *Timestamps show UTC even though my locale is set to Berlin*
- **#315** — *Support for importing from Notion would be great*"""),
(1, "open_qa", "ar", "none", "none", """لماذا يكون ماء البحر مالحاً بينما مياه الأنهار عذبة، مع أن الأنهار تصب في البحر منذ ملايين السنين؟"""),
(0, "summarization", "ar", "before", "article", """لخّص النص التالي في جملتين:
أعلنت وزارة التعليم عن تطبيق نظام الفصول الدراسية الثلاثة بدءاً من العام المقبل، بحيث يتكون العام الدراسي من ثلاثة فصول تفصل بينها إجازات قصيرة. وأوضحت الوزارة أن الهدف هو تقليل الضغط على الطلاب وتوزيع المناهج بشكل متوازن، إضافة إلى زيادة عدد أيام الدراسة الفعلية. وقد أبدى بعض أولياء الأمور قلقهم من تأثير النظام الجديد على مواعيد السفر العائلي، بينما رحب المعلمون بفكرة الإجازات القصيرة المتكررة."""),
(0, "classification", "hi", "before", "reviews", """इन ग्राहक टिप्पणियों की भावना बताइए — सकारात्मक, नकारात्मक या तटस्थ। हर पंक्ति के आगे सिर्फ़ एक शब्द लिखें।
1. डिलीवरी समय पर हुई और पैकिंग भी बढ़िया थी।
2. कपड़ा पहली धुलाई में ही सिकुड़ गया, पैसे बर्बाद।
3. ठीक-ठाक है, जितना दाम उतना काम।
4. कस्टमर केयर वालों ने बहुत मदद की, धन्यवाद!"""),
(1, "general_qa", "hi", "none", "none", """मेरे पिताजी 68 साल के हैं और हाल ही में रिटायर हुए हैं। घर पर बैठे-बैठे वे चिड़चिड़े हो गए हैं और ज़्यादातर समय टीवी देखते रहते हैं। उन्हें व्यस्त और ख़ुश रखने के लिए मैं क्या कर सकता हूँ? कुछ व्यावहारिक सुझाव दीजिए।"""),
(1, "creative_writing", "es", "none", "none", """Escríbeme un poema corto, de cuatro estrofas, para leer en el funeral de mi abuelo. Era pescador en Cádiz, madrugaba siempre y silbaba coplas mientras arreglaba las redes. Que no sea demasiado triste; a él no le gustaban las lágrimas."""),
(0, "summarization", "en", "after", "previous answer", """> **Assistant (earlier):** Sourdough starter can be kept in the fridge between bakes. Feed it, let it sit at room temperature for one to two hours so the yeast is active, then refrigerate it in a jar with a loose lid. It will slow down dramatically and can go a week or even two without feeding. Before baking, take it out the night before, discard all but about 50 g, and feed it with equal weights of flour and water. Once it has doubled and smells pleasantly sour, it is ready. If a grey liquid (hooch) forms on top, it just means it is hungry; pour it off or stir it in.

that's way too long to stick on my fridge lol. shrink it to 2 lines"""),
(1, "open_qa", "en", "after", "previous answer", """> **Assistant (earlier):** If a grey liquid (hooch) forms on top of your starter, it just means it is hungry; pour it off or stir it in.

ok but WHY does it make liquid when it's hungry? what's actually happening chemically in there"""),
(0, "classification", "en", "after", "receipt", """[image: photo of a crumpled receipt]
Transcribed: THE COPPER KETTLE CAFÉ — 2x flat white 7.40 — 1x club sandwich 9.95 — 1x soup of the day 6.50 — TOTAL 23.85 — Card ****4471 — 12:48

For my expense app: which category is this, Meals, Travel, Office Supplies, or Personal? One word."""),
(0, "summarization", "en", "after", "report", """[file: site_visit_report.pdf, 3 pages]
Page 1: Site Visit Report — Kessock Road Culvert Replacement. Date of visit: 22 Feb. Attendees: client rep, principal contractor's site manager, our resident engineer. Weather: heavy rain overnight, overcast. Purpose: check progress against programme and inspect temporary works after the flood warning.
Page 2: Progress: Excavation for the new box culvert is complete on the upstream side. Precast units 1–4 of 9 are placed and grouted. Units 5–9 are delayed at the supplier's yard due to a crane failure; revised delivery 6 March, which pushes completion by roughly ten days. Temporary works: The over-pumping system coped with the overnight flow, but one of the two standby pumps would not start during the test and has been sent for repair. The contractor has hired a replacement, due on site tomorrow. Sheet piles on the downstream side show minor movement (approx. 15 mm) since last week; monitoring frequency increased to daily. Environmental: Silt fence at the outfall was overtopped; some sediment entered the burn. SEPA has not been notified yet; the contractor was instructed to notify today and to install a second silt barrier.
Page 3: Actions: (1) Contractor to notify SEPA of sediment release — today. (2) Contractor to confirm replacement pump on site and tested — 24 Feb. (3) RE to review sheet pile monitoring data daily and escalate if movement exceeds 25 mm. (4) Client to confirm whether the ten-day delay affects the road closure permit — end of week. Next visit: 1 March.

Summarise this for my director in five bullet points. She only cares about schedule, risk, and anything we have to act on."""),
(1, "general_qa", "en", "after", "cv", """[file: CV_Okafor_2024.docx, 2 pages]
Chinedu Okafor — Lagos / open to relocation
Experience: 2019–present, Field Service Engineer, MedEquip West Africa — install and maintain CT and X-ray machines in 14 hospitals, train radiographers, manage spare parts inventory. 2016–2019, Biomedical Technician, Lagos University Teaching Hospital — ventilators, infusion pumps, patient monitors.
Education: B.Eng Electrical Engineering, University of Benin. Siemens Healthineers CT service certification. Basic Python.
Other: Volunteer with a charity refurbishing donated equipment for rural clinics. Fluent English and Yoruba, conversational French.

I'm tired of being on the road 4 days a week. Looking at my CV, what kinds of roles should I be applying for next, and what should I learn in the next six months to get them?"""),
(0, "classification", "en", "after", "worksheet", """Grammar Worksheet 4B — Parts of Speech
Name: ______  Class: 5R
Instructions: Write N (noun), V (verb) or A (adjective) next to each underlined word.
1. The _tiny_ kitten slept on the mat.
2. We _jumped_ over the puddles.
3. My grandmother baked a _cake_.
4. The _noisy_ crowd cheered.
5. Tom _whispered_ the answer.
6. The _library_ closes at five.

can u just do the answers so I can check mine"""),
(1, "open_qa", "en", "none", "none", """Q3 (5 marks). Explain why we see phases of the Moon. Your answer should refer to the positions of the Sun, Earth and Moon. Do not refer to the Earth's shadow.

Write a model answer a Year 8 student could learn from."""),
(1, "creative_writing", "en", "none", "none", """GCSE English Language Paper 1, Section B (40 marks)
Write a description suggested by this picture: [image: an empty railway platform at dawn, one suitcase left on a bench, fog over the tracks]
You are advised to spend 45 minutes on this section.

Can you write a grade 9 example response so I can see what they want? Around 450 words."""),
(0, "summarization", "en", "before", "passage", """Read the passage below. In no more than 60 words, and using your own words as far as possible, summarise the reasons the writer gives for the decline of the high street.

Walk down almost any British high street today and you will find charity shops, betting shops and empty units where bakers and butchers once stood. Online shopping is the obvious culprit, but it is not the only one. Business rates, which are calculated on property value rather than profit, fall hardest on small independent shops. Out-of-town retail parks, with their free parking, have drawn families away since the 1990s. And many councils, short of money, have raised parking charges in town centres, giving shoppers one more reason to stay away."""),
(0, "classification", "en", "before", "events", """Classify each container event as one of: DELAY, DAMAGE, CUSTOMS HOLD, DOCUMENTATION. One label per line, no commentary.
MSKU 4412093 — vessel omitted Port Klang due to congestion, rolled to next sailing
TGHU 8812334 — corner casting cracked, photos taken at gate-in
CMAU 1290554 — held by customs for X-ray inspection
MRKU 7734001 — B/L consignee name does not match commercial invoice
OOLU 5520913 — container dented on left side panel, door seal intact
TCLU 3308812 — transshipment at Tanjung Pelepas delayed 4 days awaiting feeder"""),
(1, "open_qa", "en", "before", "notice", """Got this from our freight forwarder and I have no clue what it means:

'Please be advised that the carrier has declared General Average following a fire in hold no. 4 of MV Northern Grace. Cargo will be released only upon provision of a GA bond and guarantee or cash deposit of 18% of CIF value.'

Our goods weren't even in hold 4 and weren't damaged. Why are we being asked to pay, and is this normal?"""),
(0, "summarization", "en", "before", "noon reports", """Noon reports from the last five days — give me a three-line summary for the charterer.
D1: Pos 12°10'N 044°30'E, avg speed 12.8 kn, ME RPM 84, wind NE 4, sea moderate, ROB HFO 812 MT
D2: Pos 12°48'N 050°02'E, avg 12.6 kn, wind NE 5, sea moderate, ROB HFO 778
D3: Pos 13°20'N 055°40'E, avg 10.1 kn, wind NE 7, rough sea, speed reduced for heavy weather, ROB HFO 745
D4: Pos 13°42'N 060°05'E, avg 9.8 kn, wind NE 7-8, very rough, pitching heavily, ROB 714
D5: Pos 14°05'N 065°10'E, avg 12.2 kn, wind NE 5, moderate, ROB 680, ETA Mumbai unchanged, 3 days"""),
(1, "general_qa", "en", "none", "none", """I'm a new shift boss on an underground gold mine (long-hole stoping, mostly mechanised). I have to run the 10-minute toolbox talk at start of shift and the crew clearly tunes out. How can I make them actually useful? Topics, format, anything that's worked for others."""),
(0, "classification", "en", "before", "incidents", """Assign each incident a severity from the site matrix: 1 = first aid, 2 = medical treatment, 3 = lost time, 4 = serious/permanent. Output just the numbers in order.
a) Fitter got grit in eye, flushed at eyewash station, returned to work.
b) Loader operator fractured wrist stepping off the ladder, off work 3 weeks.
c) Laceration on forearm from a cable tie, needed 4 stitches at the clinic, back same shift.
d) Contractor lost two fingertips in a conveyor pinch point."""),
(1, "open_qa", "en", "none", "none", """Why does ANFO perform so badly in wet blast holes, and what do pits actually do about it — emulsion blends, liners, dewatering? I'm a geology student, not a blaster, so keep the chemistry readable."""),
(1, "creative_writing", "ko", "none", "none", """우리 동네 작은 빵집 이름 좀 지어줘. 할머니가 40년 동안 하시던 떡집 자리를 손녀가 이어받아서 빵집으로 바꾸는 거야. 따뜻하고 옛날 느낌 나는 이름으로 5개, 각각 짧은 설명도 붙여줘."""),
(0, "classification", "ko", "before", "messages", """다음 문장들이 질문인지, 불만인지, 칭찬인지 분류해 줘. 한 단어로만 답해.
1. 배송이 너무 늦어서 화가 나요.
2. 이 제품 세탁기에 돌려도 되나요?
3. 직원분이 정말 친절하셨어요.
4. 환불은 며칠 걸리나요?"""),
(0, "summarization", "pt", "before", "transcript", """Resume esse áudio transcrito em 3 tópicos, por favor:

Oi gente, é a Cláudia do condomínio. Então, só pra avisar: a reunião de quinta foi adiada pra terça que vem, às 19h, no salão de festas. O motivo é que o síndico tá viajando. A pauta continua a mesma: a troca do portão da garagem, que tá dando problema toda semana, e a questão do barulho depois das 22h, que muita gente reclamou. Ah, e quem ainda não pagou a taxa extra da pintura, o prazo acabou dia 10, então vai ter multa. Beijo, qualquer coisa me chama."""),
(1, "general_qa", "pt", "none", "none", """Tenho 24 anos, moro em Belo Horizonte e quero fazer um intercâmbio de 6 meses pra melhorar meu inglês, mas só tenho uns 25 mil reais guardados. Vale mais a pena Irlanda, Malta ou Canadá? Como eu planejo isso sem me endividar?"""),
(0, "classification", "it", "before", "emails", """Classifica queste email come SPAM o NON SPAM, una parola per riga:
1. Gentile cliente, il suo pacco è in giacenza. Paghi 1,99€ di spese qui: bit.ly/xxxx
2. Ciao Marco, ti confermo la riunione di domani alle 10 in sala B.
3. Hai vinto un iPhone 15! Clicca entro 24 ore per riscattare il premio.
4. Il verbale dell'assemblea di condominio è disponibile in portineria da lunedì."""),
(1, "open_qa", "it", "none", "none", """Perché la Torre di Pisa pende e come hanno fatto a fermarla senza raddrizzarla del tutto?"""),
(0, "summarization", "de", "before", "reviews", """Fass bitte diese Gästebewertungen zu unserem Ferienhaus in drei Stichpunkten zusammen (was gelobt wird, was kritisiert wird):
- Traumhafte Lage direkt am See, aber das WLAN war quasi nicht vorhanden.
- Sehr sauber, Küche super ausgestattet. Die Betten sind etwas hart.
- Gastgeber extrem freundlich, hat uns sogar Brötchen gebracht. Internet leider schwach.
- Ruhig, schön, nur die Zufahrt ist bei Regen eine Schlammpiste.
- Perfekt für Familien, die Kinder haben den Steg geliebt. Matratzen könnten besser sein."""),
(1, "creative_writing", "de", "none", "none", """Schreib mir einen kurzen Abschiedsgruß für die Karte unserer Kollegin Renate, die nach 38 Jahren in der Buchhaltung in Rente geht. Sie ist bekannt für ihre Kekse, ihren trockenen Humor und dafür, dass sie jeden Fehler in der Reisekostenabrechnung findet. Locker, herzlich, maximal 5 Sätze."""),
(0, "classification", "en", "before", "items", """*You are QUARTERMASTER-7, the inventory droid on the starship Halcyon. Stay in character.*

Captain here. Sort this salvage into the three bins — FOOD, FUEL, WEAPONS — and report back:
ration bricks, plasma cell, laser carbine, dried kelp, deuterium canister, stun baton, tinned peaches"""),
(1, "creative_writing", "en", "none", "none", """Let's role-play. You're Pickles, the ship's cat on a 1700s merchant brig, and you narrate everything in a grumpy, dignified voice. I'm the new cabin boy who just stepped on your tail. Go — give me your first scene, about 150 words, and then wait for my reply."""),
(1, "general_qa", "en", "none", "none", """Running my first D&D 5e campaign next week: four level-3 players (fighter, rogue, cleric, warlock), and I want a boss fight against a young black dragon in a swamp. How do I keep it from being a TPK without making it a pushover? Tips on terrain, lair actions, and what to do if it goes badly mid-fight."""),
(0, "summarization", "en", "before", "chat log", """recap this discord convo pls, I was asleep

[02:14] kaito: servers are lagging again in EU
[02:15] mira_v: same, 300 ping
[02:15] kaito: status page says nothing
[02:17] devon(mod): we see it, host provider has a DDoS on their Frankfurt node
[02:18] mira_v: ETA?
[02:20] devon(mod): they're rerouting through Amsterdam, maybe 30-60 min
[02:41] kaito: better now, 80 ping
[02:43] devon(mod): confirmed stable. ranked matches from 02:00-02:40 won't count against anyone's MMR
[02:44] mira_v: W mods
[02:50] devon(mod): also reminder the season patch drops thursday, servers down 06:00-08:00 UTC"""),
(0, "classification", "en", "before", "sentences", """Which language is each line in? Just the language name.
1. Ik heb geen idee waar mijn sleutels zijn.
2. Mi chiamo Lucia e vengo da Bari.
3. Jeg elsker kaffe om morgenen.
4. Nie mam czasu dzisiaj.
5. Saya sedang makan siang."""),
(1, "open_qa", "en", "none", "none", """[WordPress › Block editor › ✦ AI Assist]
Post: 10 Easy Houseplants for Dark Apartments (draft)
Prompt: what does a canonical URL actually do, and do I need to set one for this post if the same article is also on my Medium?"""),
(1, "creative_writing", "en", "none", "none", """[Ghost CMS — ✨ Writing helper]
Title: Why we're closing our shop on Mondays
Tags: announcements, community
Body: (empty)

Write the opening paragraph for this post. We're a family-run bike repair shop, we've been open 7 days a week for 11 years and we're tired, and we want customers to understand without sounding like we're complaining. Warm, a bit funny."""),
(0, "summarization", "en", "before", "article", """[Drupal › Edit Article › ✦ Summarize]
Summarize the body below into a two-sentence excerpt for the listing page.

Body: The city's first tool library opened on Saturday in the old fire station on Mill Lane. Members can borrow more than 600 items — from drills and ladders to sewing machines and a carpet cleaner — for a yearly fee of £20, with reduced rates for students and pensioners. The project was started by three neighbours who realised that between them they owned four hedge trimmers. Volunteers will run repair workshops on the first Sunday of each month."""),
(0, "classification", "en", "before", "products", """[Shopify › Products › Bulk edit › AI categorize]
Our collections are: Kitchen, Garden, Bath, Kids. Assign each product to one collection:
- Bamboo cutting board set
- Cast iron skillet 26cm
- Self-watering herb planter
- Eucalyptus shower steamers
- Wooden stacking rainbow toy"""),
(1, "general_qa", "en", "none", "none", """I run a small Squarespace site for my pottery studio: classes, a shop, commissions, a blog, and about/contact. The top menu is a mess with 9 items. How should I organise the navigation so people actually find the class booking?"""),
(0, "summarization", "en", "before", "transcript", """Transcript excerpt, episode 42 of Small Farm, Big Questions — give me the key takeaways as 4 bullets.

HOST: So you went from zero to three hundred laying hens in two years. What surprised you most?
GUEST: Honestly, how much of it is about predators and not about the chickens. The first winter we lost forty birds to a fox that figured out it could dig under the run. We thought chicken wire was enough. It isn't. We ended up burying an apron of welded mesh about a foot out from the base of every fence.
HOST: And that fixed it?
GUEST: That fixed the fox. Then we had a hawk problem in spring. So we strung fishing line in a grid over the outdoor area, which sounds ridiculous but it works, they don't like diving into it.
HOST: What about the business side? Eggs aren't exactly high margin.
GUEST: No. The big change was moving away from selling to the grocery co-op and setting up an egg subscription. Customers pay monthly, pick up on Saturdays. That gave us predictable cash flow, and we could charge about forty percent more per dozen because people felt connected to the farm. We send a little photo every week of the flock.
HOST: Did you ever think about scaling up further?
GUEST: We did the numbers for a thousand birds and the problem is labour. At three hundred, my partner and I can handle it with one part-timer. At a thousand we'd need two full-time people and a proper grading machine, and the margin per bird drops. So we decided to stay small and add ducks instead — duck eggs sell to bakers for almost double.
HOST: Last question — one piece of advice for someone starting out?
GUEST: Build the fence before you buy the birds. Everything else you can learn as you go."""),
(0, "classification", "en", "before", "reviews", """Below are 12 app store reviews for our meditation app. Tag each with exactly one topic: PRICING, BUGS, CONTENT, or UX. Return a JSON list of objects like {"id": 1, "topic": "BUGS"}. Do not add other fields.

1. The subscription jumped from 39 to 69 a year without warning. Cancelling.
2. App crashes every time I try to download a session for offline use on my Pixel 7.
3. I love the new sleep stories, especially the one narrated on the train through Norway.
4. Why is the timer buried three menus deep? It used to be on the home screen.
5. Sessions are great but please add more beginner content about breathing.
6. Since the last update the audio cuts out after exactly 10 minutes.
7. Free tier is basically useless now, everything is locked.
8. The new layout is confusing, I can never find my favourites.
9. The body scan with the Scottish teacher is the best thing on the app.
10. Notifications arrive at 3am even though I set them for 8.
11. Family plan should be cheaper than two single plans, it isn't.
12. Dark mode text is grey on grey, hard to read at night."""),
(1, "creative_writing", "en", "none", "none", """You are writing content for an interactive children's reading app. Produce ONE short story following the spec below exactly.

SPEC
- Audience: ages 6–8, early readers.
- Length: 220–260 words.
- Characters: a hedgehog named Tuck and a very old tortoise named Mrs Ambleby. No other named characters.
- Setting: an allotment garden in autumn.
- Plot: Tuck wants to win the giant pumpkin contest but his pumpkin is small; the story must end with a twist where the small pumpkin turns out to be useful for something else. Nobody is mean to anybody.
- Vocabulary: no word longer than three syllables except 'allotment' and 'Ambleby'.
- Include exactly three lines of dialogue from each character.
- Include one repeated refrain the child can say along with (appears at least three times).
- No mention of Halloween, witches or ghosts.
- No moral stated at the end; let the story show it.

OUTPUT FORMAT
Return valid JSON with these keys only:
{
  "title": string,
  "story": string (paragraphs separated by blank lines),
  "refrain": string,
  "word_count": integer
}
Do not wrap the JSON in markdown. Do not add commentary."""),
(1, "open_qa", "en", "inline", "discharge letter", """My mum was discharged yesterday and the letter is full of jargon. I'm not asking you to shorten it — I want to actually understand it:

DISCHARGE SUMMARY
Presenting complaint: 3/7 hx of increasing SOB and bilateral ankle oedema.
PMH: T2DM, HTN, AF on apixaban.
Examination: bibasal crepitations, JVP raised, pitting oedema to mid-shin.
Investigations: NT-proBNP 4,200. CXR: cardiomegaly, upper lobe diversion, small bilateral effusions. Echo: LVEF 35%, moderate MR.
Diagnosis: Acute decompensated heart failure with reduced ejection fraction (HFrEF), new diagnosis.
Management: IV furosemide with good diuresis (weight down 4.1 kg). Commenced bisoprolol 1.25 mg OD and ramipril 1.25 mg OD, to be uptitrated by HF nurse. Dapagliflozin 10 mg OD started. Fluid restriction 1.5 L/day advised.
Follow-up: HF specialist nurse 2/52, U&Es in 1/52, cardiology OPD 6/52. Daily weights: if gain > 2 kg in 3 days, contact HF team.

She's 74 and very independent. What is HFrEF, how serious is an ejection fraction of 35%, and why are they starting so many new tablets at once?"""),
(1, "general_qa", "en", "after", "status list", """OK I need a sanity check and a plan. Wedding is in 11 weeks. Here's where things stand:

- Venue: booked and paid, a barn outside Asheville, capacity 120.
- Guest list: we're at 146 'must invites'. My fiancé's mom added 22 people from her church without asking. She's paying for the rehearsal dinner and brings it up every time we talk.
- Budget: we said $28k. We're at $31.5k committed and haven't done flowers or the band deposit.
- Photographer: great, booked.
- Caterer: just told us their per-head price is going up $9 because of 'market conditions'. Contract says prices are estimates until 60 days out. We're at 77 days.
- My maid of honour moved to Berlin and is 'trying' to come.
- My fiancé is conflict-avoidant about his mom and keeps saying 'we'll figure it out'.

I'm not looking for sympathy (OK, a little). I want to know: how do we cut the list without a family war, what's negotiable with the caterer, where can we realistically trim $4k, and how do I get my fiancé to actually deal with his mom before the invites go out in 3 weeks? Give me a prioritized plan."""),
(0, "summarization", "vi", "before", "article", """Tóm tắt đoạn sau trong 2 câu giúp mình nhé:
Sáng nay, hàng trăm người dân phường An Hải đã tham gia buổi dọn rác bãi biển do đoàn thanh niên tổ chức. Trong vòng ba tiếng, các tình nguyện viên thu gom hơn hai tấn rác, chủ yếu là chai nhựa, túi ni lông và lưới đánh cá cũ. Ban tổ chức cho biết sẽ duy trì hoạt động này vào chủ nhật đầu tiên mỗi tháng và kêu gọi các nhà hàng ven biển hạn chế dùng đồ nhựa một lần."""),
(0, "classification", "tr", "before", "reviews", """Aşağıdaki cümlelerin duygusunu olumlu, olumsuz veya nötr olarak sınıflandır. Sadece etiketi yaz.
1. Otelin kahvaltısı inanılmazdı, her gün farklı bir şey vardı.
2. Oda temiz değildi ve klima çalışmıyordu.
3. Havalimanına servis saat 9'da kalkıyor.
4. Personel çok ilgiliydi, tekrar geleceğiz."""),
(1, "open_qa", "pl", "none", "none", """Dlaczego w Polsce zmienia się czas dwa razy w roku i czy to naprawdę oszczędza energię? Wyjaśnij krótko, ale konkretnie."""),
(1, "creative_writing", "ru", "none", "none", """Напиши короткое смешное стихотворение для открытки коллеге-программисту на день рождения. Он вечно чинит прод в пятницу вечером и пьёт слишком много кофе. Восемь строк, с рифмой."""),
(0, "summarization", "ru", "before", "chat", """Кратко перескажи эту переписку из рабочего чата — что решили и кто что делает:

Андрей: Коллеги, заказчик просит перенести демо с пятницы на среду.
Ольга: В среду не успеем с модулем отчётов, там ещё баги.
Андрей: Можно показать без отчётов?
Ольга: Можно, если Игорь доделает экспорт в Excel.
Игорь: Доделаю к вторнику вечером.
Андрей: Отлично. Тогда демо в среду в 11:00, отчёты покажем отдельно через неделю. Ольга, напишешь заказчику?
Ольга: Да, сегодня отправлю."""),
(0, "classification", "ja", "before", "inquiries", """次の問い合わせを「返品」「配送」「支払い」「その他」に分類してください。番号と分類だけで答えてください。
1. 注文した靴のサイズが合わないので返品したいです。
2. クレジットカードの決済がエラーになります。
3. 荷物がまだ届いていません。
4. 店舗の営業時間を知りたいです。"""),
(1, "general_qa", "ja", "none", "none", """来月から一人暮らしを始める大学生です。自炊をしたいのですが、料理はほとんどしたことがありません。最初にそろえるべき調理器具と、無理なく続けられるコツを教えてください。予算は1万円くらいです。"""),
(1, "open_qa", "en", "none", "none", """why do my fingers go all wrinkly in the bath but my tummy doesnt"""),
(0, "summarization", "en", "after", "message", """My grandson sent me this message on the WhatsApp and it is very long for my eyes. Can you tell me in short what he is saying?

Hi Nana!! So sorry I haven't called, uni has been crazy. Exams finished Friday and I think they went ok, the stats one was hard but the rest were fine. I'm coming home on the 21st, train gets in at 4.15 so Dad is picking me up. Can I come to yours for Sunday lunch on the 23rd? I'm bringing Aisha, the girl I told you about, she's vegetarian so maybe not the lamb haha. Also I got the summer job at the library!! Love you loads xx"""),
(0, "classification", "en", "before", "email", """I got this email. My daughter says most of them are fake. Is this one real or fake? I only want to know which.

From: Royal Mail <delivery-update@rm-parcelcare.co>
Subject: Your parcel could not be delivered
Dear Customer, we attempted to deliver your parcel today but there was an unpaid shipping fee of £1.45. Please pay within 24 hours at the link below or your item will be returned to sender."""),
(1, "creative_writing", "en", "none", "none", """slogans for my mobile vet van, we do farm calls and house calls for pets in rural Montana. 8 options, short enough to fit on the side of a truck"""),
(1, "open_qa", "en", "before", "contract clause", """This is from my employment contract in California:

'For a period of twenty-four (24) months following termination for any reason, Employee shall not, directly or indirectly, engage in or be employed by any business that competes with the Company anywhere in the United States.'

Is this actually enforceable? I'm thinking of joining a competitor."""),
(1, "general_qa", "es", "none", "none", """Acabo de mudarme a Madrid desde Bogotá por trabajo y no conozco a nadie. Tengo 29 años, me gusta el fútbol, la cocina y hacer senderismo. ¿Cómo puedo hacer amigos aquí sin depender solo de los compañeros de la oficina?"""),
(0, "summarization", "en", "before", "logs", """Give me a short summary of what happened in this log, 2-3 sentences, for the incident channel:

2024-05-11T03:12:04Z WARN  db-pool: connection wait time 850ms (threshold 500ms)
2024-05-11T03:12:41Z WARN  db-pool: connection wait time 1920ms
2024-05-11T03:13:02Z ERROR api: GET /orders 503 upstream timeout
2024-05-11T03:13:02Z ERROR api: GET /orders 503 upstream timeout (x212 in 60s)
2024-05-11T03:14:30Z INFO  autoscaler: scaling db-replica from 2 to 4
2024-05-11T03:17:55Z INFO  db-replica-3: ready
2024-05-11T03:18:10Z INFO  db-replica-4: ready
2024-05-11T03:18:40Z INFO  db-pool: connection wait time 120ms
2024-05-11T03:19:00Z INFO  api: error rate back to baseline (0.02%)"""),
(0, "classification", "en", "after", "list", """odd one out: violin, cello, oboe, viola"""),
]
