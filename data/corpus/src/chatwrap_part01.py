# writer chatwrap, part 01. Each item written by hand.
ITEMS = [
(0, "classification", "en", "after", "email", None, """Subject: URGENT your acount is suspended!!
From: security@acme-bank-alerts.co

Dear valued costumer, we detected unusual activity on your account. Verify your identity within 24 hours at http://acme-bank.verify-login.co/secure or your account will be permanently closed.

spam or not"""),
(0, "summarization", "en", "after", "chat", "CW-p001", """[#proj-atlas]
dev_marco: deploy to staging failed again, migration 0042 times out on the orders table
dev_lin: it's the index rebuild, table is like 80M rows now
pm_sasha: client demo is thursday 10am, do we have a plan?
dev_marco: we can split the migration, add the index concurrently, ship the rest tonight
dev_lin: +1, I'll write the concurrent index part, should be ready by wed noon
pm_sasha: ok. staging must be green by wed EOD, no exceptions
dev_marco: 👍 I'll babysit the deploy wed evening

tldr?"""),
(1, "general_qa", "en", "after", "chat", "CW-p001", """[#proj-atlas]
dev_marco: deploy to staging failed again, migration 0042 times out on the orders table
dev_lin: it's the index rebuild, table is like 80M rows now
pm_sasha: client demo is thursday 10am, do we have a plan?
dev_marco: we can split the migration, add the index concurrently, ship the rest tonight
dev_lin: +1, I'll write the concurrent index part, should be ready by wed noon
pm_sasha: ok. staging must be green by wed EOD, no exceptions
dev_marco: 👍 I'll babysit the deploy wed evening

ok so what do i actually tell the client if this slips? they're already nervous. how honest should i be"""),
(1, "open_qa", "en", "none", "none", None, """yo quick one whats the actual difference between a roth ira and a traditional one"""),
(0, "classification", "en", "after", "reviews", None, """sentiment pls 👉 "box was crushed and the charger doesnt even turn on. never again" """),
(1, "general_qa", "en", "inline", "chat", None, """SYSTEM: You are Penny, the virtual assistant for ACME Bank. Be polite, concise and never ask for full card numbers or PINs. If a request is outside banking, gently redirect.
USER: hi penny, there's a charge on my card from "SQ *BLUEFROG" for $64 that i dont recognise at all. how do i dispute it and will i get my money back while you look into it?"""),
(0, "classification", "en", "inline", "email", "CW-p002", """### System
You are TriageBot for Lumen Software support. Read the ticket and answer with exactly one queue name from: billing, technical, account_access, feature_request, other. No explanation.

### Ticket #88213
From: d.okafor@northwind-logistics.example
Subject: invoice doubled??

Hi, our March invoice shows two charges of $1,240 for the Team plan. We only have one workspace. Can someone look at this before our finance team closes the month on Friday?

### Your answer:"""),
(1, "creative_writing", "en", "inline", "email", "CW-p002", """### System
You are the reply assistant for Lumen Software support. Write warm, professional replies signed "The Lumen Team". Do not promise refunds; say billing will confirm within 2 business days.

### Ticket #88213
From: d.okafor@northwind-logistics.example
Subject: invoice doubled??

Hi, our March invoice shows two charges of $1,240 for the Team plan. We only have one workspace. Can someone look at this before our finance team closes the month on Friday?

### Draft the reply to the customer:"""),
(1, "creative_writing", "en", "inline", "json", None, """<tools>
{"name": "get_weather", "description": "Returns current weather for a city", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}
{"name": "search_web", "description": "Searches the web and returns top 5 results", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}
</tools>
You may call a tool if needed. Otherwise answer directly.

user: no tools needed lol, just write me a haiku about mondays"""),
(0, "summarization", "en", "before", "transcript", None, """ok so um can you summarize this for me real quick its from the standup i missed thanks

Priya: so yesterday I finished the CSV export, it's behind the flag for now. Today I'm on the pagination bug. No blockers.
Tom: I'm still fighting the flaky login test, it fails like one run in ten on CI, I think it's a race with the session cookie. Might pair with Ana on it.
Ana: sure, after lunch. I shipped the new onboarding copy, and today I'm doing the empty-state illustrations with design.
Priya: oh and reminder retro moved to friday 3pm.
Tom: cool, that's it from me."""),
(0, "summarization", "en", "none", "none", None, """tldr of the matrix pls"""),
(1, "creative_writing", "en", "none", "none", None, """need a punny name for a discord server for ppl who are into birdwatching. go"""),
(0, "summarization", "en", "after", "chat", "CW-p003", """[WhatsApp chat: Fam 💕]
Mum: So for Nana's 80th, are we doing the restaurant or at home?
Jake: restaurant, she hates when we cook and she has to clean after lol
Aunt Rose: Agreed. The Italian place on Market St does a private room for 12
Mum: Saturday the 14th, 6pm? Dad can pick her up
Jake: works for me. I'll do the cake order
Aunt Rose: I'll book the room tomorrow and ask about the set menu
Mum: Perfect. Lily can you make a little photo slideshow?
Lily: yesss on it 📸

can u summarise what everyone decided, i muted the chat for a day 😅"""),
(1, "general_qa", "en", "after", "chat", "CW-p003", """[WhatsApp chat: Fam 💕]
Mum: So for Nana's 80th, are we doing the restaurant or at home?
Jake: restaurant, she hates when we cook and she has to clean after lol
Aunt Rose: Agreed. The Italian place on Market St does a private room for 12
Mum: Saturday the 14th, 6pm? Dad can pick her up
Jake: works for me. I'll do the cake order
Aunt Rose: I'll book the room tomorrow and ask about the set menu
Mum: Perfect. Lily can you make a little photo slideshow?
Lily: yesss on it 📸

ok i'm supposed to bring a gift from the grandkids, budget like 100 bucks, she's into gardening and crosswords. ideas??"""),
(0, "classification", "en", "after", "chat", None, """is this msg toxic y/n??

"ur mom plays better than u lmao just uninstall" """),
(1, "open_qa", "en", "none", "none", None, """wdym by "idempotent" in api design?? eli5 pls"""),
(1, "creative_writing", "en", "none", "none", None, """pls write a lil poem for my gf she passed her driving test 🥳🚗 make it cute not cringe"""),
(0, "summarization", "en", "inline", "email", None, """You are an HR assistant for Brightline Ltd. Keep outputs neutral and free of judgement. Never disclose salary data.

Employee message forwarded by manager:
"Hi Karen, I wanted to flag a few things before our 1:1. First, the new rota has me closing four nights in a row the week of the 20th, which clashes with my evening course (Tues and Thurs). I raised this with Dev in scheduling two weeks ago and he said he'd look at it but nothing changed. Second, the training budget form still says I'm not eligible because I'm part-time, but the policy page updated in January says part-time staff over 20 hours are eligible, and I'm on 24. Third, and this one is smaller, the staff room fridge has been broken since the start of the month and people are leaving food in the sink. I'm not trying to make a fuss, I just want to get these sorted. Happy to swap shifts with Amira if that helps, she said she's open to it. Thanks, Joel"

Task: Summarize Joel's message for the manager in 3 short bullets, one per issue, with any proposed solution."""),
(0, "classification", "en", "after", "chat", "CW-p004", """user: hey can you help me with some customer reviews for my candle shop
assistant: Of course! Paste them in and tell me what you'd like to do with them.
user: 1) "smells amazing, burns evenly, buying again"
2) "the lavender one had zero scent after day 2"
3) "shipping took 3 weeks and the jar was cracked"
4) "perfect gift, my sister loved it"
5) "ok i guess, a bit pricey for the size"
user: now just tag each one positive / negative / mixed"""),
(1, "creative_writing", "en", "after", "chat", "CW-p004", """user: hey can you help me with some customer reviews for my candle shop
assistant: Of course! Paste them in and tell me what you'd like to do with them.
user: 1) "smells amazing, burns evenly, buying again"
2) "the lavender one had zero scent after day 2"
3) "shipping took 3 weeks and the jar was cracked"
4) "perfect gift, my sister loved it"
5) "ok i guess, a bit pricey for the size"
user: now write a public reply to #3 that doesn't sound like a robot, we're a tiny 2-person business"""),
(1, "open_qa", "en", "after", "log", None, """getting this in prod since this morning, nothing changed on our side afaik

2024-05-02T07:14:09Z ERROR [pool-3] HikariPool-1 - Connection is not available, request timed out after 30000ms.
2024-05-02T07:14:09Z WARN  [pool-3] HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).
2024-05-02T07:14:11Z ERROR [http-nio-8080-exec-12] o.h.e.j.s.SqlExceptionHelper - Unable to acquire JDBC Connection

why would the pool run dry like that? is it the db or us"""),
(0, "classification", "en", "before", "list", None, """which of these r fruits and which r veggies, botanically pls: tomato, carrot, cucumber, spinach, pumpkin, celery, eggplant"""),
(1, "general_qa", "en", "none", "none", None, """ok voice typing this because im driving so sorry for typos but my landlord wants to raise rent 15 percent at renewal next month and i really like the place but thats a lot and i dont know if i should try to negotiate or just start looking what would you do and how do i even bring it up without making him annoyed"""),
(0, "summarization", "en", "inline", "notes", None, """<context source="confluence" page="Q3 Offsite Notes">
- Revenue +11% QoQ, mostly from EU self-serve
- Churn up in SMB segment (4.1% -> 5.3%), cause unclear, support tickets mention onboarding
- Hiring freeze on non-eng roles until Oct
- Decision: sunset the legacy desktop app by Dec 31
- Decision: pilot annual-only pricing for new SMB signups in Sept
- Open: who owns the churn investigation? (Maya volunteered, to confirm)
- Next offsite: Jan, Lisbon tentatively
</context>

User: give me the 3 main takeaways from that page for an exec who has 30 seconds"""),
(1, "open_qa", "en", "inline", "notes", None, """<context source="confluence" page="Q3 Offsite Notes">
- Revenue +11% QoQ, mostly from EU self-serve
- Churn up in SMB segment (4.1% -> 5.3%), cause unclear, support tickets mention onboarding
- Hiring freeze on non-eng roles until Oct
</context>

User: ignore the context for a sec. in general what are the usual reasons SMB SaaS churn goes up, and how do companies usually figure out which one it is?"""),
(0, "classification", "en", "after", "email", None, """Hi team, just a reminder that the parking garage will be closed for resurfacing this Saturday and Sunday. Please use the lot on 5th Ave. Thanks, Facilities

internal announcement, customer complaint, or sales lead? one word"""),
(1, "creative_writing", "en", "inline", "chat", None, """[System: You are Sparky, the mascot bot of Volt Energy Drinks. Always upbeat, always on brand, no health claims.]
[User]: hey sparky our gym is doing a 5k fun run next month and volt is sponsoring. can u write a short hype speech i can read at the start line? like 30 seconds max, funny pls"""),
(0, "summarization", "en", "after", "code", None, """diff --git a/src/cart.js b/src/cart.js
@@ -12,9 +12,14 @@ export function addItem(cart, item) {
-  cart.items.push(item);
-  cart.total += item.price;
+  const existing = cart.items.find(i => i.sku === item.sku);
+  if (existing) {
+    existing.qty += item.qty ?? 1;
+  } else {
+    cart.items.push({ ...item, qty: item.qty ?? 1 });
+  }
+  cart.total = cart.items.reduce((s, i) => s + i.price * i.qty, 0);
   return cart;
 }

summarize this diff in one or two lines for the changelog"""),
(1, "open_qa", "en", "before", "code", None, """can someone explain why this deadlocks sometimes?? it's not every run

import threading
a = threading.Lock()
b = threading.Lock()

def worker1():
    with a:
        with b:
            do_stuff()

def worker2():
    with b:
        with a:
            do_other_stuff()"""),
(0, "classification", "en", "after", "email", None, """Congratulations!!! You have been selected for a $500 Walmart gift card. Just pay $4.99 shipping at the link below to claim before midnight. Reply STOP to opt out

scam? y/n"""),
(0, "summarization", "en", "none", "none", None, """give me a 3 line recap of the first Harry Potter book, my kid has a quiz tmrw and i never read it lol"""),
(1, "open_qa", "en", "none", "none", None, """why do cats knock stuff off tables. like genuinely is there a reason"""),
(1, "general_qa", "en", "inline", "chat", None, """You are FitBuddy, a friendly fitness coach assistant in the Stride app. Do not give medical diagnoses. Keep answers under 200 words.

User: i'm 34, desk job, can do maybe 3 workouts a week of 30 min, no gym just dumbbells at home. goal is to not feel like garbage and maybe lose a bit of belly. what should a week look like?"""),
(0, "classification", "en", "inline", "json", None, """{"role": "system", "content": "Classify the user's message intent. Allowed intents: check_balance, transfer_money, report_fraud, open_account, small_talk. Return JSON {\\"intent\\": ...}."}
{"role": "user", "content": "someone just took 300 dollars out of my checking in another state, i'm at home, what the heck"}"""),
(1, "creative_writing", "en", "none", "none", None, """write a limerick about a dev who forgot to push before going on vacation"""),
(0, "summarization", "en", "after", "email", "CW-p005", """---------- Forwarded message ---------
From: Facilities <facilities@harborview.example>
Subject: Office move – what you need to know

Hi all,
As announced, we're moving from floor 3 to floor 7 over the weekend of June 8–9. Please pack your desk into the provided crates by 4pm Friday June 7 and label them with your name and new desk number (see the seating chart attached). IT will disconnect monitors and docking stations Friday evening; do not unplug them yourself. Personal plants must go home, as the new floor has a no-plants policy for the first month while the carpets settle. On Monday, badges will work for floor 7 only. The kitchen on 7 won't be ready until June 12, so the coffee machine on 3 stays available until then.
Thanks for your patience!

---------- 
can you boil this down to a checklist of what I personally have to do"""),
(1, "creative_writing", "en", "after", "email", "CW-p005", """---------- Forwarded message ---------
From: Facilities <facilities@harborview.example>
Subject: Office move – what you need to know

Hi all,
As announced, we're moving from floor 3 to floor 7 over the weekend of June 8–9. Please pack your desk into the provided crates by 4pm Friday June 7 and label them with your name and new desk number (see the seating chart attached). IT will disconnect monitors and docking stations Friday evening; do not unplug them yourself. Personal plants must go home, as the new floor has a no-plants policy for the first month while the carpets settle. On Monday, badges will work for floor 7 only. The kitchen on 7 won't be ready until June 12, so the coffee machine on 3 stays available until then.
Thanks for your patience!

---------- 
lol the no plants rule. write a dramatic farewell letter from my desk cactus to the team, i'm gonna post it in #random"""),
(0, "classification", "en", "before", "list", None, """odd one out? mercury venus pluto mars"""),
(1, "open_qa", "en", "none", "none", None, """is pluto a planet or not, i keep hearing both"""),
(0, "summarization", "en", "inline", "transcript", None, """[Zoom auto-transcript – Vendor call – 00:00–06:12]
Speaker 1: Okay, can everyone hear me? Great. So the main thing today is the renewal.
Speaker 2: Yeah, so from our side we're proposing a three percent increase, which is lower than the market, honestly.
Speaker 1: We were hoping for flat pricing given that the uptime last quarter was below the SLA twice.
Speaker 2: That's fair, I saw those incidents. What if we keep it flat but move you to a two-year term?
Speaker 1: Two years is a big commitment. I'd need to check with finance. Could we do flat for one year with an option to extend at the same price?
Speaker 2: I can take that back to my manager. I think that's doable if you also add the analytics module.
Speaker 1: We'd have to see the pricing on that.
Speaker 2: I'll send a quote by Wednesday.
Speaker 1: Great, and can you include the SLA credits for the two incidents in the same email?
Speaker 2: Yes, will do.
[end of segment]

^ that's the call. write me short meeting notes: decisions, open items, who does what"""),
(1, "general_qa", "en", "inline", "transcript", None, """[Zoom auto-transcript – Vendor call – 00:00–06:12]
Speaker 1: So the main thing today is the renewal.
Speaker 2: We're proposing a three percent increase, which is lower than the market, honestly.
Speaker 1: We were hoping for flat pricing given the uptime last quarter was below the SLA twice.
Speaker 2: What if we keep it flat but move you to a two-year term?
Speaker 1: I'd need to check with finance.
[end of segment]

i'm speaker 1. should i take the 2 year deal? what leverage do i have here and what would a good counteroffer look like"""),
(0, "classification", "en", "after", "reviews", None, """"Love the app but it crashes every time I open the camera on my Pixel 7"

bug report or feature request? just the label"""),
(1, "creative_writing", "en", "inline", "chat", None, """system: you are a copywriting assistant for small businesses. keep it punchy.
user: i run a dog grooming van called Suds on Wheels, need 5 taglines for the side of the van, go wild"""),
(0, "summarization", "en", "after", "log", None, """Apr 30 02:11:04 web-01 kernel: [123456.789] Out of memory: Killed process 18422 (node) total-vm:4102344kB, anon-rss:3871200kB
Apr 30 02:11:05 web-01 systemd[1]: app.service: Main process exited, code=killed, status=9/KILL
Apr 30 02:11:05 web-01 systemd[1]: app.service: Failed with result 'signal'.
Apr 30 02:11:15 web-01 systemd[1]: app.service: Scheduled restart job, restart counter is at 1.
Apr 30 02:11:16 web-01 systemd[1]: Started app.service - Node API.
Apr 30 02:47:52 web-01 kernel: [125664.101] Out of memory: Killed process 19011 (node) total-vm:4099120kB, anon-rss:3869004kB
Apr 30 02:47:53 web-01 systemd[1]: app.service: Main process exited, code=killed, status=9/KILL
Apr 30 02:48:03 web-01 systemd[1]: app.service: Scheduled restart job, restart counter is at 2.

summarize what happened overnight in 2 sentences for the incident channel"""),
(1, "open_qa", "en", "none", "none", None, """ELI5 kubernetes pls, my manager keeps saying it in meetings and i just nod"""),
(0, "classification", "en", "inline", "chat", None, """You are a moderation assistant for the r/homebrewing Discord. For each message, output SAFE or REMOVE (remove = spam, harassment, or self-promo links).

1. "anyone tried the new Cascade hops? mine came out super citrusy"
2. "BUY CHEAP FOLLOWERS 👉 bit.ly/xx9z 👈 1000 for $5"
3. "you're an idiot if you use tap water, seriously, quit the hobby"
4. "my first stout is bottled! pics in #show-off"""),
(1, "general_qa", "en", "none", "none", None, """how do i tell my cofounder i want to step back to part time without it blowing up the company. we're 8 ppl, 2 yrs in"""),
(0, "summarization", "en", "after", "chat", "CW-p006", """user: can u help me understand my lease renewal
assistant: Sure, paste the relevant part.
user: "Tenant may terminate this Agreement prior to the end of the Term by providing no less than sixty (60) days' written notice to Landlord and paying an early termination fee equal to two (2) months' rent. Any security deposit shall be returned within thirty (30) days of move-out, less deductions for damage beyond normal wear and tear, itemized in writing. Rent increases during any renewal term shall not exceed five percent (5%) per annum."
user: ok put that in plain english, like 3 bullets"""),
(1, "open_qa", "en", "after", "chat", "CW-p006", """user: can u help me understand my lease renewal
assistant: Sure, paste the relevant part.
user: "Tenant may terminate this Agreement prior to the end of the Term by providing no less than sixty (60) days' written notice to Landlord and paying an early termination fee equal to two (2) months' rent. Any security deposit shall be returned within thirty (30) days of move-out, less deductions for damage beyond normal wear and tear, itemized in writing. Rent increases during any renewal term shall not exceed five percent (5%) per annum."
user: is a 2 month termination fee even normal? is that enforceable in california or can they not do that"""),
(0, "classification", "en", "before", "prose", None, """what language is this: "Ich habe keine Ahnung, wo mein Schlüssel ist" """),
(1, "creative_writing", "en", "none", "none", None, """can u write a rap verse about my roommate who never does the dishes. his name is Kev. keep it clean-ish, it's for his bday"""),
(0, "summarization", "en", "none", "none", None, """summarize the plot of Inception in like 4 sentences, no spoilers for the ending pls"""),
(1, "open_qa", "en", "none", "none", None, """why is the sky blue but sunsets are orange"""),
(0, "classification", "en", "after", "email", "CW-p007", """From: noreply@linkedln-jobs.co
Subject: You appeared in 9 searches this week
Click to see who is looking at your profile. Sign in with your Microsoft or Google password to continue.

phishing or legit? i almost clicked"""),
(1, "general_qa", "en", "after", "email", "CW-p007", """From: noreply@linkedln-jobs.co
Subject: You appeared in 9 searches this week
Click to see who is looking at your profile. Sign in with your Microsoft or Google password to continue.

ok i DID click and typed my google password before i noticed the weird spelling. what do i do now, step by step, im panicking"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(0, "summarization", "en", "inline", "prose", "CW-p008", """<system>You are LegalLite, an assistant inside the Docket workspace. You are not a lawyer and must say so if asked for legal advice.</system>
<user>
pasting sections 2-4 of the apache license from a repo we want to use:

2. Grant of Copyright License. Subject to the terms and conditions of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.

3. Grant of Patent License. Subject to the terms and conditions of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable (except as stated in this section) patent license to make, have made, use, offer to sell, sell, import, and otherwise transfer the Work, where such license applies only to those patent claims licensable by such Contributor that are necessarily infringed by their Contribution(s) alone or by combination of their Contribution(s) with the Work to which such Contribution(s) was submitted. If You institute patent litigation against any entity (including a cross-claim or counterclaim in a lawsuit) alleging that the Work or a Contribution incorporated within the Work constitutes direct or contributory patent infringement, then any patent licenses granted to You under this License for that Work shall terminate as of the date such litigation is filed.

4. Redistribution. You may reproduce and distribute copies of the Work or Derivative Works thereof in any medium, with or without modifications, and in Source or Object form, provided that You meet the following conditions:

(a) You must give any other recipients of the Work or Derivative Works a copy of this License; and

(b) You must cause any modified files to carry prominent notices stating that You changed the files; and

(c) You must retain, in the Source form of any Derivative Works that You distribute, all copyright, patent, trademark, and attribution notices from the Source form of the Work, excluding those notices that do not pertain to any part of the Derivative Works; and

(d) If the Work includes a "NOTICE" text file as part of its distribution, then any Derivative Works that You distribute must include a readable copy of the attribution notices contained within such NOTICE file, excluding those notices that do not pertain to any part of the Derivative Works, in at least one of the following places: within a NOTICE text file distributed as part of the Derivative Works; within the Source form or documentation, if provided along with the Derivative Works; or, within a display generated by the Derivative Works, if and wherever such third-party notices normally appear. The contents of the NOTICE file are for informational purposes only and do not modify the License. You may add Your own attribution notices within Derivative Works that You distribute, alongside or as an addendum to the NOTICE text from the Work, provided that such additional attribution notices cannot be construed as modifying the License.

You may add Your own copyright statement to Your modifications and may provide additional or different license terms and conditions for use, reproduction, or distribution of Your modifications, or for any such Derivative Works as a whole, provided Your use, reproduction, and distribution of the Work otherwise complies with the conditions stated in this License.

tl;dr these three sections in plain english, max 5 bullets
</user>"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(1, "open_qa", "en", "inline", "prose", "CW-p008", """<system>You are LegalLite, an assistant inside the Docket workspace. You are not a lawyer and must say so if asked for legal advice.</system>
<user>
pasting sections 2-4 of the apache license from a repo we want to use:

2. Grant of Copyright License. Subject to the terms and conditions of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.

3. Grant of Patent License. Subject to the terms and conditions of this License, each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable (except as stated in this section) patent license to make, have made, use, offer to sell, sell, import, and otherwise transfer the Work, where such license applies only to those patent claims licensable by such Contributor that are necessarily infringed by their Contribution(s) alone or by combination of their Contribution(s) with the Work to which such Contribution(s) was submitted. If You institute patent litigation against any entity (including a cross-claim or counterclaim in a lawsuit) alleging that the Work or a Contribution incorporated within the Work constitutes direct or contributory patent infringement, then any patent licenses granted to You under this License for that Work shall terminate as of the date such litigation is filed.

4. Redistribution. You may reproduce and distribute copies of the Work or Derivative Works thereof in any medium, with or without modifications, and in Source or Object form, provided that You meet the following conditions:

(a) You must give any other recipients of the Work or Derivative Works a copy of this License; and

(b) You must cause any modified files to carry prominent notices stating that You changed the files; and

(c) You must retain, in the Source form of any Derivative Works that You distribute, all copyright, patent, trademark, and attribution notices from the Source form of the Work, excluding those notices that do not pertain to any part of the Derivative Works; and

(d) If the Work includes a "NOTICE" text file as part of its distribution, then any Derivative Works that You distribute must include a readable copy of the attribution notices contained within such NOTICE file, excluding those notices that do not pertain to any part of the Derivative Works, in at least one of the following places: within a NOTICE text file distributed as part of the Derivative Works; within the Source form or documentation, if provided along with the Derivative Works; or, within a display generated by the Derivative Works, if and wherever such third-party notices normally appear. The contents of the NOTICE file are for informational purposes only and do not modify the License. You may add Your own attribution notices within Derivative Works that You distribute, alongside or as an addendum to the NOTICE text from the Work, provided that such additional attribution notices cannot be construed as modifying the License.

You may add Your own copyright statement to Your modifications and may provide additional or different license terms and conditions for use, reproduction, or distribution of Your modifications, or for any such Derivative Works as a whole, provided Your use, reproduction, and distribution of the Work otherwise complies with the conditions stated in this License.

we ship a closed-source desktop app and want to bundle a modified version of this lib. can we keep our own code proprietary and still comply? and how does this compare to if it were GPL?
</user>"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py, licence: PSF-2.0
(0, "summarization", "en", "inline", "code", None, """@copilot summarize this module docstring for a junior on my team, 2-3 sentences

'''Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
'''"""),
(1, "general_qa", "en", "none", "none", None, """@copilot when should i use a heap vs just sorting a list every time? our job queue is maybe 50k items"""),
(0, "classification", "en", "before", "chat", None, """spam or not: "hey it's Dana from yoga, are we still on for coffee sat?" """),
(1, "open_qa", "en", "none", "none", None, """how does caffeine actually wake you up, like chemically"""),
(0, "classification", "en", "before", "list", None, """mammal or not: bat, trout, seal, penguin, dolphin, gecko"""),
(1, "creative_writing", "en", "none", "none", None, """gimme a toast for my brother's wedding, 1 min, funny but makes mom cry"""),
(0, "summarization", "en", "none", "none", None, """recap of Breaking Bad season 1? like 5 lines, starting s2 tonight"""),
(1, "general_qa", "en", "none", "none", None, """best way to learn touch typing as an adult?? i'm so slow"""),
(0, "classification", "en", "after", "prose", None, """"I can't believe they cancelled my flight AGAIN and the app just says 'sorry for the inconvenience' 🙃" -- angry, sad, or sarcastic?"""),
(1, "open_qa", "en", "none", "none", None, """what actually happens to my 401k if i quit my job"""),
(0, "classification", "en", "inline", "email", None, """is "Q3 numbers attached, pls review by fri" a work email or personal? y/n lol i mean which"""),
(1, "creative_writing", "en", "none", "none", None, """write a 2 sentence horror story about a smart fridge"""),
(0, "summarization", "en", "none", "none", None, """Hamlet in 5 bullet points. go."""),
(1, "general_qa", "en", "none", "none", None, """what should i cook tonight, i have eggs, spinach, half an onion and feta"""),
(1, "open_qa", "en", "none", "none", None, """rn whats the deal with the fed raising rates, why does it lower inflation"""),
(0, "classification", "en", "after", "chat", None, """"pls send the invoice again, the link expired" — billing or tech support?"""),
(1, "creative_writing", "en", "none", "none", None, """pun for a bakery sign that's closing early for the holidays? 🎄"""),
(0, "classification", "en", "before", "reviews", None, """rate the sentiment 1-5: "meh. it works. nothing special" """),
(0, "summarization", "en", "after", "chat", "CW-p009", """pasting the #incident-2291 thread, i was on PTO:

[09:02] oncall-bot: 🔴 PagerDuty: checkout-api p99 latency > 4s (threshold 1.5s)
[09:04] rafael: ack, looking
[09:09] rafael: db cpu at 97%, some query is hammering orders_items
[09:11] mei: we merged the "recently bought" widget at 08:45, it does a join on orders_items with no limit 😬
[09:12] rafael: that'd do it. can we flag it off?
[09:13] mei: flag is `recent_widget_v2`, turning off now
[09:15] rafael: latency dropping, p99 at 2.1s
[09:21] rafael: p99 back to 600ms, resolving page
[09:24] jonas: who reviewed that PR? it didn't go through perf review
[09:25] mei: me and tariq, we missed that the query runs per page view not per session. my bad
[09:27] jonas: not a blame thing. but we need a check for unbounded queries in CI
[09:30] tariq: I can add an explain-plan check to the pipeline for new queries touching big tables
[09:31] jonas: 👍 also let's add the widget back behind a 1% rollout with a LIMIT and caching
[09:33] mei: on it, PR by tomorrow
[09:40] rafael: postmortem doc started, link in channel topic. customer impact ~19 min of slow checkout, 0 failed orders as far as I can tell

can you recap this for me? what broke, how it was fixed, follow-ups + owners"""),
(1, "general_qa", "en", "after", "chat", "CW-p009", """pasting the #incident-2291 thread, i was on PTO:

[09:02] oncall-bot: 🔴 PagerDuty: checkout-api p99 latency > 4s (threshold 1.5s)
[09:04] rafael: ack, looking
[09:09] rafael: db cpu at 97%, some query is hammering orders_items
[09:11] mei: we merged the "recently bought" widget at 08:45, it does a join on orders_items with no limit 😬
[09:12] rafael: that'd do it. can we flag it off?
[09:13] mei: flag is `recent_widget_v2`, turning off now
[09:15] rafael: latency dropping, p99 at 2.1s
[09:21] rafael: p99 back to 600ms, resolving page
[09:24] jonas: who reviewed that PR? it didn't go through perf review
[09:25] mei: me and tariq, we missed that the query runs per page view not per session. my bad
[09:27] jonas: not a blame thing. but we need a check for unbounded queries in CI
[09:30] tariq: I can add an explain-plan check to the pipeline for new queries touching big tables
[09:31] jonas: 👍 also let's add the widget back behind a 1% rollout with a LIMIT and caching
[09:33] mei: on it, PR by tomorrow
[09:40] rafael: postmortem doc started, link in channel topic. customer impact ~19 min of slow checkout, 0 failed orders as far as I can tell

i'm the eng manager. beyond the CI check, what process changes would you suggest so risky queries get caught before merge? we're a team of 9 and i don't want to add bureaucracy"""),
(0, "classification", "en", "inline", "email", None, """SYSTEM PROMPT — HelpDesk Priority Classifier v3
You assign a priority to incoming IT tickets for Meridian Health's internal service desk.
Rules:
- P1: patient-facing system down, or security incident in progress
- P2: a whole department blocked, workaround not available
- P3: single user blocked, or department degraded with workaround
- P4: questions, requests, cosmetic issues
Respond with the priority code only, then a newline, then nothing else.
Do not ask follow-up questions. If unsure between two levels, choose the higher one.

TICKET
Submitted by: Radiology front desk
Category (user-selected): Printer
Description: "Hi, the label printer at reception 2 in radiology stopped printing wristbands this morning. We've been using the printer at reception 1 instead, it's a bit of a walk but it works. Just wanted to let you know, it's been showing an orange light. Thanks!"
Attachments: none

PRIORITY:"""),
(1, "creative_writing", "en", "inline", "chat", None, """[app: Moonbeam Bedtime Stories]
[system] You are Moonbeam, a gentle storyteller for children aged 3 to 7. Stories must be calm, under 400 words, have a happy ending, avoid scary villains, and end with the line "And now it's time to sleep." Use simple words. If the child gives names, use them.
[parent note] Child is 4, name is Arlo, has a stuffed giraffe called Mr. Noodle, scared of thunderstorms lately.
[child, voice] can you tell a story about mr noodle and a dragon who is scared of the dark and they become friends and there's a storm but it's not scary"""),
(0, "summarization", "en", "after", "reviews", "CW-p010", """App Store reviews, last 7 days (Tempo – Habit Tracker):
★★★★★ "Finally a habit app that doesn't nag me. The streak freeze is genius."
★★☆☆☆ "Widgets stopped updating after the iOS update. Have to open the app every time."
★☆☆☆☆ "Charged me for a year when I only wanted the trial. Support took 5 days to reply."
★★★★☆ "Love the design, wish there was a dark mode for the widgets too."
★★☆☆☆ "Widget is frozen on yesterday's data. Useless until fixed."
★★★★★ "Been using it for 200 days straight. The stats page is so motivating."
★★★☆☆ "Good but the reminders come at random times when I travel, timezone bug?"
★☆☆☆☆ "Subscription cancel flow is hidden. Felt scammy."
★★★★☆ "Simple and clean. Please add Apple Watch complications."
★★☆☆☆ "Reminders fire an hour late since daylight saving."

give me top 3 complaints and top 2 things people love, super short"""),
(1, "general_qa", "en", "after", "reviews", "CW-p010", """App Store reviews, last 7 days (Tempo – Habit Tracker):
★★★★★ "Finally a habit app that doesn't nag me. The streak freeze is genius."
★★☆☆☆ "Widgets stopped updating after the iOS update. Have to open the app every time."
★☆☆☆☆ "Charged me for a year when I only wanted the trial. Support took 5 days to reply."
★★★★☆ "Love the design, wish there was a dark mode for the widgets too."
★★☆☆☆ "Widget is frozen on yesterday's data. Useless until fixed."
★★★★★ "Been using it for 200 days straight. The stats page is so motivating."
★★★☆☆ "Good but the reminders come at random times when I travel, timezone bug?"
★☆☆☆☆ "Subscription cancel flow is hidden. Felt scammy."
★★★★☆ "Simple and clean. Please add Apple Watch complications."
★★☆☆☆ "Reminders fire an hour late since daylight saving."

we're 2 devs and have about 3 weeks before the next release. what would you prioritize and why? also should we make cancelling easier even if it hurts revenue short term"""),
(1, "open_qa", "en", "inline", "notes", None, """<retrieved_documents>
[1] "Photosynthesis takes place in the chloroplasts, where chlorophyll absorbs mainly blue and red light and reflects green." (biology-basics.md)
[2] "The Calvin cycle uses ATP and NADPH produced in the light-dependent reactions to fix carbon dioxide into sugars." (biology-basics.md)
[3] "Stomata are small pores on the leaf surface that regulate gas exchange." (plant-anatomy.md)
</retrieved_documents>
Answer the user's question. Use the documents if relevant; otherwise rely on your own knowledge and say so.

User question: why do leaves turn red and yellow in the fall, and why do some trees go red while others just go brown?"""),
(0, "summarization", "en", "before", "prose", None, """summarize what i'm about to say into like 2 sentences so i can text it to my sister ok here goes so today was insane first the train was delayed forty minutes because of a signal thing so i was late for the client meeting and of course it was the one where my boss was presenting and then she asked me to pull up the numbers and my laptop decided to update right then so i had to use hers and then at lunch i found out the project we pitched last month got approved so that was good news actually really good news i'm gonna be leading it and then on the way home i realized i left my umbrella at the office and it's pouring so yeah i'm soaked but kind of happy"""),
(1, "creative_writing", "en", "after", "chat", "CW-p011", """user: i'm writing a fantasy novel, help me brainstorm the world
assistant: Happy to! What's the core idea?
user: a city built on the back of a giant sleeping turtle that drifts across an ocean of fog
assistant: Love it. Some questions: who rules the city, and what happens if the turtle wakes?
user: a council of lamplighters rules because the fog is dangerous and light keeps the fog-eels away. if the turtle wakes the city could tip over. there's a prophecy nobody believes
assistant: Great tension. Who's your protagonist?
user: Ysolde, 17, an apprentice lamplighter who is secretly afraid of the dark. her older brother disappeared into the fog 3 years ago
assistant: Strong setup. Anything about magic?
user: light magic only works if you burn a memory. so lamplighters slowly forget their lives

user: ok now write the opening paragraph of chapter 1. present tense, ysolde on her first night shift"""),
(0, "summarization", "en", "after", "chat", "CW-p011", """user: i'm writing a fantasy novel, help me brainstorm the world
assistant: Happy to! What's the core idea?
user: a city built on the back of a giant sleeping turtle that drifts across an ocean of fog
assistant: Love it. Some questions: who rules the city, and what happens if the turtle wakes?
user: a council of lamplighters rules because the fog is dangerous and light keeps the fog-eels away. if the turtle wakes the city could tip over. there's a prophecy nobody believes
assistant: Great tension. Who's your protagonist?
user: Ysolde, 17, an apprentice lamplighter who is secretly afraid of the dark. her older brother disappeared into the fog 3 years ago
assistant: Strong setup. Anything about magic?
user: light magic only works if you burn a memory. so lamplighters slowly forget their lives

user: before we go on, recap everything we've decided about the world so far as a bullet list i can paste into my notes"""),
(0, "classification", "en", "inline", "json", None, """You are a ticket-labelling function. For each ticket in the input array, return an object {"id": ..., "category": ...} where category is one of ["shipping", "returns", "product_defect", "payment", "account", "other"]. Output a JSON array only.

INPUT:
[
  {"id": "T-1001", "text": "My package says delivered but it's not at my door or with neighbours."},
  {"id": "T-1002", "text": "How do I change the email on my account? I no longer use the old one."},
  {"id": "T-1003", "text": "The zipper on the backpack broke on the second day."},
  {"id": "T-1004", "text": "I was charged twice for order 55821."},
  {"id": "T-1005", "text": "Can I return shoes I wore once indoors? They're a size too small."},
  {"id": "T-1006", "text": "Do you have a physical store in Denver?"},
  {"id": "T-1007", "text": "Tracking hasn't updated in 6 days, stuck in Memphis."},
  {"id": "T-1008", "text": "Apple Pay keeps failing at checkout, card works elsewhere."}
]

OUTPUT:"""),
(1, "open_qa", "en", "before", "log", None, """hey so my flask app started throwing this after i upgraded stuff, why??

Traceback (most recent call last):
  File "/app/venv/lib/python3.11/site-packages/flask/app.py", line 2190, in wsgi_app
    response = self.full_dispatch_request()
  File "/app/venv/lib/python3.11/site-packages/flask/app.py", line 1486, in full_dispatch_request
    rv = self.handle_user_exception(e)
  File "/app/venv/lib/python3.11/site-packages/flask/app.py", line 1484, in full_dispatch_request
    rv = self.dispatch_request()
  File "/app/app/routes.py", line 41, in dashboard
    return render_template("dashboard.html", user=current_user)
  File "/app/venv/lib/python3.11/site-packages/flask_login/utils.py", line 25, in <lambda>
    current_user = LocalProxy(lambda: _get_user())
  File "/app/venv/lib/python3.11/site-packages/flask_login/utils.py", line 370, in _get_user
    current_app.login_manager._load_user()
AttributeError: 'Flask' object has no attribute 'login_manager'

it worked fine yesterday. i did pip install -U on everything"""),
(0, "summarization", "en", "before", "transcript", None, """can u turn this into proper minutes? bullet points, decisions in bold, action items at the end with names. thx!!

Lincoln Elementary PTA – monthly meeting (recorded on my phone, typed up roughly)
Chair (Denise): ok let's start, we have quorum. First item, the spring fair. Last year we raised about 4,200. Budget this year?
Treasurer (Omar): we have 1,800 left in the events line. I'd suggest we cap fair spending at 1,200 so we have a buffer.
Denise: any objections? No? ok, 1,200 cap, approved.
Parent (Kim): can we do a bake sale table again? It was the best earner.
Denise: yes, Kim can you coordinate? Kim: sure.
Denise: second item, the crossing guard situation on Elm. Several parents said cars don't stop.
Parent (Raj): I emailed the city twice, no reply. Maybe a petition?
Denise: let's do a petition and present it at the city council meeting on the 22nd. Raj, will you draft it? Raj: yes.
Denise: third, the library wants volunteers for reading hour, Tuesdays 2pm.
Teacher rep (Ms. Alvarez): even one hour a month helps. I'll send a sign-up sheet through the newsletter.
Denise: great. Last thing, next meeting moves to the 3rd Thursday because of the holiday. Meeting adjourned at 7:48."""),
(1, "general_qa", "en", "after", "form", "CW-p012", """RESUME
Name: [redacted]
Summary: Data analyst with 4 years of experience in retail and e-commerce. Strong in SQL, Python (pandas), Tableau. Comfortable presenting to non-technical stakeholders.
Experience:
- Senior Data Analyst, regional grocery chain (2022–now): built weekly sales dashboards used by 40 store managers; automated inventory reports saving ~10 hrs/week; ran A/B tests on promo emails.
- Data Analyst, online furniture startup (2020–2022): cleaned and modeled order data; built churn cohort analysis; helped set up dbt.
Education: BSc Economics.
Skills: SQL, Python, Tableau, dbt, Excel, some R, basic statistics, stakeholder communication.
Side projects: Kaggle bronze medal in a demand forecasting competition.

im burned out on retail. what kinds of roles or industries should i be applying to with this background, and what would i need to learn to move toward data science or analytics engineering?"""),
(0, "classification", "en", "after", "form", "CW-p012", """RESUME
Name: [redacted]
Summary: Data analyst with 4 years of experience in retail and e-commerce. Strong in SQL, Python (pandas), Tableau. Comfortable presenting to non-technical stakeholders.
Experience:
- Senior Data Analyst, regional grocery chain (2022–now): built weekly sales dashboards used by 40 store managers; automated inventory reports saving ~10 hrs/week; ran A/B tests on promo emails.
- Data Analyst, online furniture startup (2020–2022): cleaned and modeled order data; built churn cohort analysis; helped set up dbt.
Education: BSc Economics.
Skills: SQL, Python, Tableau, dbt, Excel, some R, basic statistics, stakeholder communication.
Side projects: Kaggle bronze medal in a demand forecasting competition.

recruiter screen: bucket this CV as junior / mid / senior. one word"""),
(1, "creative_writing", "en", "after", "table", "CW-p013", """| field | value |
|---|---|
| product | TrailLite 2 ultralight tent |
| capacity | 2 person |
| weight | 1.1 kg packed |
| poles | 1 aluminium hub pole |
| setup | ~3 min, freestanding |
| waterproof | 3000 mm fly, 5000 mm floor |
| doors | 2, each with vestibule |
| colour | sage green |
| price | $289 |

write me an amazon listing from this: a title, 5 bullet points, and a short description that sounds human, not like a robot wrote it"""),
(0, "summarization", "en", "after", "table", "CW-p013", """| field | value |
|---|---|
| product | TrailLite 2 ultralight tent |
| capacity | 2 person |
| weight | 1.1 kg packed |
| poles | 1 aluminium hub pole |
| setup | ~3 min, freestanding |
| waterproof | 3000 mm fly, 5000 mm floor |
| doors | 2, each with vestibule |
| colour | sage green |
| price | $289 |

condense these specs into one line for a comparison sheet"""),
(0, "classification", "en", "inline", "chat", None, """mod help pls. rule 3 in our server = no politics. which of these break rule 3? just the numbers

1. anyone watching the f1 race tonight?
2. honestly the senator's tax bill is a disaster and anyone who votes for it is clueless
3. my cat learned to open the fridge 💀
4. ngl the election ads in my area are unbearable, vote for X or we're doomed lol
5. server movie night is friday, vote in #polls for the film"""),
(1, "creative_writing", "en", "none", "none", None, """i need a short bio for my etsy shop, i make ceramic mugs with weird faces on them. fun tone"""),
(0, "classification", "en", "after", "email", None, """"Hi! Just checking if you got my last email about the quote? No rush." 

follow-up, complaint, or new inquiry?"""),
(1, "open_qa", "en", "none", "none", None, """is it true we only use 10% of our brain or is that a myth"""),
(1, "general_qa", "en", "none", "none", None, """how do i get my 3yo to eat veggies without a meltdown every single night"""),
(0, "summarization", "en", "none", "none", None, """quick plot summary of Pride and Prejudice? 3 sentences max"""),
(1, "creative_writing", "en", "none", "none", None, """CAN YOU WRITE A SLOGAN FOR MY LEMONADE STAND. MY DAUGHTER IS 8. SHE WANTS IT TO RHYME"""),
(0, "classification", "en", "before", "list", None, """sort into sweet / savory: churros, nachos, baklava, samosa, mochi, pretzel"""),
(1, "open_qa", "en", "none", "none", None, """whats the diff between baking soda and baking powder, can i swap them"""),
(0, "classification", "en", "after", "chat", None, """"can someone cover my shift sunday? family emergency" — urgent or not urgent?"""),
(1, "general_qa", "en", "none", "none", None, """tips for a first 5k? race is in 6 weeks, i can run like 2km rn"""),
(0, "summarization", "en", "none", "none", None, """gist of the Gettysburg Address in two lines pls"""),
(0, "summarization", "en", "after", "chat", "CW-p014", """[Live chat export – Skyway Internet – session 7731-B]
Agent Carla: Hi, thanks for contacting Skyway, this is Carla. How can I help?
Customer: hi. my internet has been dropping every evening for about two weeks. usually between 7 and 10pm. it comes back after 5-10 mins then drops again
Agent Carla: I'm sorry to hear that. Can I confirm the account holder's name and the service address postcode?
Customer: it's under my partner's name, Sam, postcode is on the account. I'm authorised
Agent Carla: Thank you, I can see you're listed as an authorised user. Have you restarted the router recently?
Customer: yes like 10 times. i also tried a different cable and plugging the laptop in directly. same thing
Agent Carla: Thanks for trying those. I'm running a line test now, this will take about two minutes.
Customer: ok
Agent Carla: The test shows a high number of errors on the line during the last 14 evenings, and your sync speed drops from 70 Mbps to around 12 at those times. That usually points to a fault outside the home, either in the street cabinet or the line itself.
Customer: so its not my router
Agent Carla: It doesn't look like it, no. I'd like to book an engineer visit. The earliest slot is Thursday between 8am and 1pm. Someone needs to be home.
Customer: thursday morning i'm at work. anything saturday?
Agent Carla: Saturday is available, 8am to 1pm.
Customer: ok book saturday. also i work from home 3 days a week and this has cost me two client calls. am i getting anything back for this? we pay 45 a month
Agent Carla: I understand, that's really frustrating. I can apply a service credit for the days affected. For a confirmed fault I can credit 14 days, which comes to about 21 pounds on your next bill.
Customer: that's something i guess. what if the engineer can't fix it saturday
Agent Carla: If the fault is in the cabinet, the engineer will escalate it to the network team, and you'd get updates by text. If it goes past 7 days, you can call back and ask for further compensation under our service guarantee.
Customer: and can i get a 4g backup thing in the meantime? i really cant miss more calls
Agent Carla: We do offer a temporary 4G dongle for customers with open faults. I've requested one; it should arrive in 2 to 3 working days by courier.
Customer: ok thanks. please make sure the engineer calls before coming, the buzzer doesn't work
Agent Carla: I've added a note asking the engineer to call 30 minutes before arrival. Your reference number is FLT-558210. Is there anything else?
Customer: no that's it
Agent Carla: Thanks for your patience, have a good evening.
[session ended 19:42]

escalation note for tier 2 pls: 4-5 bullets, issue, what was tested, what was promised"""),
(1, "creative_writing", "en", "after", "chat", "CW-p014", """[Live chat export – Skyway Internet – session 7731-B]
Agent Carla: Hi, thanks for contacting Skyway, this is Carla. How can I help?
Customer: hi. my internet has been dropping every evening for about two weeks. usually between 7 and 10pm. it comes back after 5-10 mins then drops again
Agent Carla: I'm sorry to hear that. Can I confirm the account holder's name and the service address postcode?
Customer: it's under my partner's name, Sam, postcode is on the account. I'm authorised
Agent Carla: Thank you, I can see you're listed as an authorised user. Have you restarted the router recently?
Customer: yes like 10 times. i also tried a different cable and plugging the laptop in directly. same thing
Agent Carla: Thanks for trying those. I'm running a line test now, this will take about two minutes.
Customer: ok
Agent Carla: The test shows a high number of errors on the line during the last 14 evenings, and your sync speed drops from 70 Mbps to around 12 at those times. That usually points to a fault outside the home, either in the street cabinet or the line itself.
Customer: so its not my router
Agent Carla: It doesn't look like it, no. I'd like to book an engineer visit. The earliest slot is Thursday between 8am and 1pm. Someone needs to be home.
Customer: thursday morning i'm at work. anything saturday?
Agent Carla: Saturday is available, 8am to 1pm.
Customer: ok book saturday. also i work from home 3 days a week and this has cost me two client calls. am i getting anything back for this? we pay 45 a month
Agent Carla: I understand, that's really frustrating. I can apply a service credit for the days affected. For a confirmed fault I can credit 14 days, which comes to about 21 pounds on your next bill.
Customer: that's something i guess. what if the engineer can't fix it saturday
Agent Carla: If the fault is in the cabinet, the engineer will escalate it to the network team, and you'd get updates by text. If it goes past 7 days, you can call back and ask for further compensation under our service guarantee.
Customer: and can i get a 4g backup thing in the meantime? i really cant miss more calls
Agent Carla: We do offer a temporary 4G dongle for customers with open faults. I've requested one; it should arrive in 2 to 3 working days by courier.
Customer: ok thanks. please make sure the engineer calls before coming, the buzzer doesn't work
Agent Carla: I've added a note asking the engineer to call 30 minutes before arrival. Your reference number is FLT-558210. Is there anything else?
Customer: no that's it
Agent Carla: Thanks for your patience, have a good evening.
[session ended 19:42]

update: the engineer no-showed on saturday and the dongle never came. write the follow-up email from the customer to skyway complaints, firm but polite, asking for proper compensation"""),
# source: /usr/share/common-licenses/GPL-3, licence: GPL-3.0 (verbatim copying permitted)
(0, "summarization", "en", "before", "prose", None, """tldr this pls, someone in #legal-questions pasted it and im not reading all that 😭 3 bullets

Preamble

The GNU General Public License is a free, copyleft license for software and other kinds of works.

The licenses for most software and other practical works are designed to take away your freedom to share and change the works. By contrast, the GNU General Public License is intended to guarantee your freedom to share and change all versions of a program--to make sure it remains free software for all its users. We, the Free Software Foundation, use the GNU General Public License for most of our software; it applies also to any other work released this way by its authors. You can apply it to your programs, too.

When we speak of free software, we are referring to freedom, not price. Our General Public Licenses are designed to make sure that you have the freedom to distribute copies of free software (and charge for them if you wish), that you receive source code or can get it if you want it, that you can change the software or use pieces of it in new free programs, and that you know you can do these things.

To protect your rights, we need to prevent others from denying you these rights or asking you to surrender the rights. Therefore, you have certain responsibilities if you distribute copies of the software, or if you modify it: responsibilities to respect the freedom of others.

For example, if you distribute copies of such a program, whether gratis or for a fee, you must pass on to the recipients the same freedoms that you received. You must make sure that they, too, receive or can get the source code. And you must show them these terms so they know their rights.

Developers that use the GNU GPL protect your rights with two steps: (1) assert copyright on the software, and (2) offer you this License giving you legal permission to copy, distribute and/or modify it.

For the developers' and authors' protection, the GPL clearly explains that there is no warranty for this free software. For both users' and authors' sake, the GPL requires that modified versions be marked as changed, so that their problems will not be attributed erroneously to authors of previous versions.

Some devices are designed to deny users access to install or run modified versions of the software inside them, although the manufacturer can do so. This is fundamentally incompatible with the aim of protecting users' freedom to change the software. The systematic pattern of such abuse occurs in the area of products for individuals to use, which is precisely where it is most unacceptable. Therefore, we have designed this version of the GPL to prohibit the practice for those products. If such problems arise substantially in other domains, we stand ready to extend this provision to those domains in future versions of the GPL, as needed to protect the freedom of users.

Finally, every program is threatened constantly by software patents. States should not allow patents to restrict development and use of software on general-purpose computers, but in those that do, we wish to avoid the special danger that patents applied to a free program could make it effectively proprietary. To prevent this, the GPL assures that patents cannot be used to render the program non-free.

The precise terms and conditions for copying, distribution and modification follow."""),
(0, "classification", "en", "inline", "story", "CW-p015", """<writing-workshop-bot>
Role: You help members of the Thursday Writers Circle. Be encouraging. Follow the member's instruction exactly.
</writing-workshop-bot>

member @ines_writes:
here's my draft, first scene of something longer

The lighthouse at Carrow Point had been dark for eleven years when Mira's grandmother left it to her in a will written on the back of a tide table. Mira drove up the coast road in March with a boot full of cleaning supplies and a vague plan to sell the place by summer. The keeper's cottage smelled of salt and old paraffin. Someone had left a teacup on the windowsill, upside down, as if to keep the dust out of it until they came back.

She found the logbooks on the second night. There were forty of them, stacked under the stairs, each one bound in green cloth gone pale at the spine. Her grandmother's handwriting filled them: wind speed, visibility, ships sighted. But from 1987 the entries changed. Alongside the weather there were other notes. "Light seen on the water at 02:10, no vessel." "Bell heard from the north reef, no bell there." "She came to the door again. Did not open it."

Mira read that last line four times. Then she checked the lock on the cottage door, which was old and brass and would not have stopped a determined child.

In the morning the fog came in thick enough to lean on. She walked down to the reef at low tide because she wanted to prove to herself there was no bell. There wasn't. There was only a line of stones, black and slick, and the sea breathing in and out between them. On the way back she noticed footprints beside her own, small and bare, leading up from the water and stopping at the cottage gate.

She told herself they were hers from the day before. She had been wearing boots.

That night she did not sleep. At ten past two a light came on far out on the water, steady and yellow, the colour of a paraffin lamp. It did not move like a boat. It waited. And when Mira finally went up the spiral stairs of the lighthouse, for the first time since she arrived, she found the great lamp at the top already warm to the touch.

Below her, very softly, someone knocked on the cottage door.

@bot what genre + subgenre would you shelve this under, and what age group? labels only pls"""),
(1, "creative_writing", "en", "inline", "story", "CW-p015", """<writing-workshop-bot>
Role: You help members of the Thursday Writers Circle. Be encouraging. Follow the member's instruction exactly.
</writing-workshop-bot>

member @ines_writes:
here's my draft, first scene of something longer

The lighthouse at Carrow Point had been dark for eleven years when Mira's grandmother left it to her in a will written on the back of a tide table. Mira drove up the coast road in March with a boot full of cleaning supplies and a vague plan to sell the place by summer. The keeper's cottage smelled of salt and old paraffin. Someone had left a teacup on the windowsill, upside down, as if to keep the dust out of it until they came back.

She found the logbooks on the second night. There were forty of them, stacked under the stairs, each one bound in green cloth gone pale at the spine. Her grandmother's handwriting filled them: wind speed, visibility, ships sighted. But from 1987 the entries changed. Alongside the weather there were other notes. "Light seen on the water at 02:10, no vessel." "Bell heard from the north reef, no bell there." "She came to the door again. Did not open it."

Mira read that last line four times. Then she checked the lock on the cottage door, which was old and brass and would not have stopped a determined child.

In the morning the fog came in thick enough to lean on. She walked down to the reef at low tide because she wanted to prove to herself there was no bell. There wasn't. There was only a line of stones, black and slick, and the sea breathing in and out between them. On the way back she noticed footprints beside her own, small and bare, leading up from the water and stopping at the cottage gate.

She told herself they were hers from the day before. She had been wearing boots.

That night she did not sleep. At ten past two a light came on far out on the water, steady and yellow, the colour of a paraffin lamp. It did not move like a boat. It waited. And when Mira finally went up the spiral stairs of the lighthouse, for the first time since she arrived, she found the great lamp at the top already warm to the touch.

Below her, very softly, someone knocked on the cottage door.

@bot i'm stuck. can you write the next scene, ~300 words, where mira finally opens the door? keep my voice, don't resolve the mystery yet"""),
(1, "open_qa", "en", "inline", "chat", None, """[system] You are a study buddy for high school students. Explain simply and check understanding.
[user] my teacher said the french revolution was "caused by the enlightenment" but also by bread prices?? which one is it, and why do people still argue about it"""),
(0, "classification", "en", "after", "reviews", None, """"tastes like cardboard but the delivery guy was super nice 😂" 

food review: pos/neg/neutral? only the food part"""),
(1, "general_qa", "en", "inline", "chat", None, """System: You are Atlas, a travel concierge for Horizon Airlines Premier members. Recommend only things reachable from the destination airport within 2 hours. Don't book anything; just suggest.
User: landing in Lisbon fri 9am, fly out mon night. me + wife, 40s, we like food, walking, not into clubs. rough plan for the 3.5 days?"""),
]
