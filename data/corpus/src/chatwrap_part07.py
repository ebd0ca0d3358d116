# writer chatwrap, part 07. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", "cw2-p001", """[Discord • #raid-night]
kestrel: ok so tuesday raid is dead, half of us have exams
mothwing: thursday 8pm server time works for me
kestrel: same. bringing the new healer? she's geared now
plumbob: yeah Vey is ready, i ran the dungeon with her sunday
mothwing: cool. i'll post the sign-up sheet tonight, cap 20
plumbob: and loot rules stay the same, no reserves for first clear
mothwing: also pls update your addons before thursday, last time 3 ppl had broken timers
vey: hi everyone!! excited, i'll be on discord from 7:30 to test voice
kestrel: and someone remind Gorrin to actually bring his pot this time 😤
plumbob: lol he'll forget again
kestrel: 👍 consumables on me, i farmed like 300 flasks lol

can someone gimme the short version, just got back"""),
(1, "creative_writing", "en", "after", "chat", "cw2-p001", """[Discord • #raid-night]
kestrel: ok so tuesday raid is dead, half of us have exams
mothwing: thursday 8pm server time works for me
kestrel: same. bringing the new healer? she's geared now
plumbob: yeah Vey is ready, i ran the dungeon with her sunday
mothwing: cool. i'll post the sign-up sheet tonight, cap 20
plumbob: and loot rules stay the same, no reserves for first clear
mothwing: also pls update your addons before thursday, last time 3 ppl had broken timers
vey: hi everyone!! excited, i'll be on discord from 7:30 to test voice
kestrel: and someone remind Gorrin to actually bring his pot this time 😤
plumbob: lol he'll forget again
kestrel: 👍 consumables on me, i farmed like 300 flasks lol

write a hype announcement for the sign-up post, epic fantasy voice, make Vey sound like a legend"""),
(0, "classification", "en", "after", "reviews", None, """"arrived 3 days late but honestly worth the wait, fits perfect"

pos neg or mixed"""),
(1, "open_qa", "en", "none", "none", None, """why does my wifi get slower when the microwave is on lol is that real"""),
(0, "classification", "en", "inline", "email", None, """<|system|>
You label inbound mail for Harbor Dental. Reply with one of: APPOINTMENT, BILLING, INSURANCE, COMPLAINT, OTHER.
<|user|>
Hello, my son had a filling last Tuesday and we got a bill for $180 but our plan is supposed to cover fillings at 80%. Could you resend the claim to Bluecross?
<|assistant|>"""),
(1, "general_qa", "en", "none", "none", None, """tbh idk how to ask for a raise without sounding greedy, been here 2 yrs, never asked. tips??"""),
(0, "summarization", "en", "none", "none", None, """plot of Jaws in 3 lines"""),
(1, "creative_writing", "en", "none", "none", None, """write me a super short poem about cold coffee on a monday morning pls ☕"""),
(0, "classification", "en", "after", "list", None, """carnivore herbivore or omnivore:
- panda
- bear
- lion
- cow
- crow
- rabbit"""),
(0, "summarization", "en", "inline", "chat", "cw2-p002", """system: You are Quill, the writing assistant inside NoteNest. Respond in the user's language. Keep outputs short.
user: so here's what my landlord wrote, i'm half asleep
user: "Dear tenant, as discussed, the boiler service is booked for the 9th between 8 and 12. Please ensure access to the kitchen cupboard where the unit is located. The annual gas safety certificate will be emailed after. Also a reminder that rent rises to £1,120 from the first of next month in line with the clause 7 review. Please note that the communal hallway carpet will be replaced on the 15th, so bikes must be removed from the hallway by the evening of the 14th. Any bikes left will be stored in the bin shed. Kind regards, M. Patel Lettings"
user: tl;dr it in one line"""),
(1, "general_qa", "en", "inline", "chat", "cw2-p002", """system: You are Quill, the writing assistant inside NoteNest. Respond in the user's language. Keep outputs short.
user: so here's what my landlord wrote, i'm half asleep
user: "Dear tenant, as discussed, the boiler service is booked for the 9th between 8 and 12. Please ensure access to the kitchen cupboard where the unit is located. The annual gas safety certificate will be emailed after. Also a reminder that rent rises to £1,120 from the first of next month in line with the clause 7 review. Please note that the communal hallway carpet will be replaced on the 15th, so bikes must be removed from the hallway by the evening of the 14th. Any bikes left will be stored in the bin shed. Kind regards, M. Patel Lettings"
user: can i push back on the rent rise at all or do i just have to eat it? what would you do"""),
(0, "classification", "en", "after", "chat", None, """bestie: "omg ur so brave for wearing that" 

compliment or shade?? 🤔"""),
(1, "creative_writing", "en", "none", "none", None, """need a comeback for when my friend says im always late. funny not mean"""),
(0, "classification", "en", "inline", "json", None, """{"tools":[{"type":"function","function":{"name":"set_label","description":"Attach a label to the current ticket","parameters":{"type":"object","properties":{"label":{"type":"string","enum":["shipping","returns","payment","product_question","other"]}},"required":["label"]}}}],
"messages":[{"role":"system","content":"Always call set_label exactly once."},{"role":"user","content":"hi is the blue hoodie 100% cotton or a blend? want to know before i order"}]}"""),
(1, "open_qa", "en", "inline", "json", None, """{"tools":[{"type":"function","function":{"name":"lookup_order","description":"Find an order by id","parameters":{"type":"object","properties":{"order_id":{"type":"string"}}}}}],
"messages":[{"role":"user","content":"not about an order, sorry. why do cotton hoodies shrink in the dryer but polyester ones don't?"}]}"""),
(0, "summarization", "en", "after", "transcript", None, """[Otter.ai — Parent-teacher call, 12 min]
Ms. Hollis: Thanks for making time. So overall Ayo is doing well in reading, he's moved up two levels since September.
Parent: Oh that's great to hear.
Ms. Hollis: Maths is where we see a bit of a wobble. He's fine with the concepts but rushes, and makes careless mistakes in subtraction with borrowing.
Parent: Yeah, at home he just wants to finish fast.
Ms. Hollis: Totally normal. What helps is asking him to check one answer out loud each night. Just one. Socially he's lovely, a bit chatty during carpet time.
Parent: (laughs) That's him.
Ms. Hollis: Last thing, the school trip form is due Friday and we still need it back.
Parent: I'll send it tomorrow.

summarize for my partner who couldn't join, short bullets"""),
(1, "general_qa", "en", "none", "none", None, """i liked dune and foundation. whats next to read, give me 5 with a line each on why"""),
(0, "summarization", "en", "none", "none", None, """whats the gist of The Great Gatsby? short pls, essay due and i skimmed 😭"""),
(1, "open_qa", "en", "none", "none", None, """what does the green light mean in gatsby, like symbolically"""),
(0, "classification", "en", "after", "log", "cw2-p003", """Mar 12 04:17:33 gw-02 sshd[29114]: Failed password for invalid user admin from 185.220.101.44 port 51722 ssh2
Mar 12 04:17:35 gw-02 sshd[29114]: Failed password for invalid user admin from 185.220.101.44 port 51722 ssh2
Mar 12 04:17:38 gw-02 sshd[29120]: Failed password for invalid user oracle from 185.220.101.44 port 51790 ssh2
Mar 12 04:17:41 gw-02 sshd[29127]: Failed password for invalid user test from 185.220.101.44 port 51811 ssh2
Mar 12 04:17:44 gw-02 sshd[29133]: Failed password for root from 185.220.101.44 port 51840 ssh2
Mar 12 04:17:47 gw-02 sshd[29140]: Failed password for invalid user pi from 185.220.101.44 port 51866 ssh2
Mar 12 04:17:50 gw-02 sshd[29146]: Failed password for invalid user ubuntu from 185.220.101.44 port 51901 ssh2
Mar 12 04:17:53 gw-02 sshd[29151]: Disconnecting invalid user ubuntu 185.220.101.44 port 51901: Too many authentication failures [preauth]

brute force attempt or normal noise? one word"""),
(1, "general_qa", "en", "after", "log", "cw2-p003", """Mar 12 04:17:33 gw-02 sshd[29114]: Failed password for invalid user admin from 185.220.101.44 port 51722 ssh2
Mar 12 04:17:35 gw-02 sshd[29114]: Failed password for invalid user admin from 185.220.101.44 port 51722 ssh2
Mar 12 04:17:38 gw-02 sshd[29120]: Failed password for invalid user oracle from 185.220.101.44 port 51790 ssh2
Mar 12 04:17:41 gw-02 sshd[29127]: Failed password for invalid user test from 185.220.101.44 port 51811 ssh2
Mar 12 04:17:44 gw-02 sshd[29133]: Failed password for root from 185.220.101.44 port 51840 ssh2
Mar 12 04:17:47 gw-02 sshd[29140]: Failed password for invalid user pi from 185.220.101.44 port 51866 ssh2
Mar 12 04:17:50 gw-02 sshd[29146]: Failed password for invalid user ubuntu from 185.220.101.44 port 51901 ssh2
Mar 12 04:17:53 gw-02 sshd[29151]: Disconnecting invalid user ubuntu 185.220.101.44 port 51901: Too many authentication failures [preauth]

this is a tiny home server on my parents' fibre. how do i lock ssh down properly without locking myself out? step by step pls"""),
(1, "creative_writing", "en", "none", "none", None, """write a breakup text… to my gym membership. dramatic. 💔🏋️"""),
(1, "open_qa", "en", "none", "none", None, """ok dumb question but how does a credit score actually get calculated"""),
(0, "summarization", "en", "after", "email", None, """From: Orla (Swim Club)
Subject: Gala update!!

Hi all! Quick one. The Spring Gala is now on Sunday 21st not Saturday, because the pool double booked with a diving comp. Warm up 8:15, racing starts 9. Swimmers need club caps (we have spares for £6). We still need 4 timekeepers — if you can help, reply to this email, you get a free coffee and a great view. Parking is tight so car share if you can. Thanks so much, Orla

condense pls"""),
(1, "creative_writing", "en", "after", "email", None, """From: Orla (Swim Club)
Subject: Gala update!!

... We still need 4 timekeepers — if you can help, reply to this email, you get a free coffee and a great view ...

can you write a short cheeky reply from me volunteering as timekeeper, mention i'm bringing my own stopwatch from 1998"""),
(0, "classification", "en", "before", "prose", None, """is "ok boomer" rude? y/n"""),
(0, "classification", "en", "inline", "chat", None, """<context>
You are Relay, an internal helpdesk router. Departments: IT, Facilities, HR, Finance.
</context>
<message from="warehouse-3">the heating in bay 4 has been off since monday, guys are working in coats</message>
<instruction>department?</instruction>"""),
(1, "general_qa", "en", "inline", "chat", None, """<context>
You are Relay, an internal helpdesk assistant. Be practical.
</context>
<message from="warehouse-3">heating in bay 4 has been off since monday and facilities keeps saying "next week". as the shift lead what can i actually do to keep the team warm and safe in the meantime?</message>"""),
(0, "summarization", "en", "after", "code", None, """def retry(fn, attempts=3, backoff=0.5):
    last = None
    for i in range(attempts):
        try:
            return fn()
        except TransientError as e:
            last = e
            time.sleep(backoff * (2 ** i))
    raise last

1 line docstring for this? describe what it does"""),
(1, "open_qa", "en", "after", "code", None, """def retry(fn, attempts=3, backoff=0.5):
    last = None
    for i in range(attempts):
        try:
            return fn()
        except TransientError as e:
            last = e
            time.sleep(backoff * (2 ** i))
    raise last

why do people add jitter to backoff like this? what goes wrong without it"""),
(1, "general_qa", "en", "none", "none", None, """packing for 10 days in japan with only a carry on, what do i actually bring"""),
(0, "summarization", "en", "none", "none", None, """recap Toy Story 2 for me, like 4 lines"""),
(1, "creative_writing", "en", "none", "none", None, """write a tiny story where the toys in my room unionize. 150 words max"""),
(0, "classification", "en", "after", "chat", None, """"u up?" sent at 2:47am

booty call or genuine check in. rate pls lmao"""),
(1, "open_qa", "en", "none", "none", None, """why do i get my best ideas in the shower, is there science on that"""),
(0, "summarization", "en", "inline", "notes", "cw2-p004", """You are MeetingMate. The user will paste raw notes. Output: Decisions, Action items (owner + date), Open questions. No extra commentary.

--- raw ---
brand refresh kickoff
- logo: keep the fox, lose the gradient (everyone agreed)
- colours: Tomás wants teal, Bea wants ochre, park it till moodboards
- website: launch w/ new look in Sept?? Lee says Oct realistic
- Bea moodboards by 14th
- Tomás to get 3 agency quotes by end of month
- do we tell customers before or after? no one knew
--- end ---"""),
(1, "creative_writing", "en", "inline", "notes", "cw2-p004", """You are MeetingMate. Help the user with whatever they need around their meetings.

--- raw ---
brand refresh kickoff
- logo: keep the fox, lose the gradient (everyone agreed)
- colours: Tomás wants teal, Bea wants ochre, park it till moodboards
- website: launch w/ new look in Sept?? Lee says Oct realistic
--- end ---

honestly just write me 3 taglines that would go with a fox logo, cheeky but premium"""),
(0, "classification", "en", "before", "list", None, """fish or mammal: whale shark"""),
(1, "open_qa", "en", "none", "none", None, """how do whale sharks get so huge eating only plankton??"""),
(0, "classification", "en", "after", "reviews", None, """tag each as FOOD, SERVICE or VIBE:
1. "waiter forgot us for 20 min"
2. "the carbonara was silky and rich"
3. "loved the candles and the jazz playlist"
4. "host was rude at the door"
5. "tiramisu 10/10"
6. "too loud to talk honestly" """),
(1, "creative_writing", "en", "none", "none", None, """i own a tiny italian place, write a chalkboard sign line to get people in on a rainy tuesday"""),
(0, "summarization", "en", "before", "chat", None, """summarize this argument between me and my bf objectively pls, i want to see if im being unfair

me: you said you'd book the train tickets
him: i said i'd look at them, not book
me: you literally said "leave it with me"
him: yeah to look!! prices were mad so i waited
me: now they're even more expensive
him: ok that's on me, but you could've checked too
me: i had my exam week
him: fair. i'll pay the difference"""),
(1, "general_qa", "en", "after", "chat", None, """me: you said you'd book the train tickets
him: i said i'd look at them, not book
me: you literally said "leave it with me"

we keep having this exact type of fight about who was supposed to do what. how do couples actually fix this"""),
(0, "classification", "en", "before", "prose", None, """language? "Dzień dobry, czy mogę zapłacić kartą?" """),
(1, "open_qa", "en", "none", "none", None, """why does polish have so many consonants in a row, like how did that happen"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0 (licence text)
(0, "summarization", "en", "inline", "prose", "cw2-p005", """<system>You are DevCopilot, embedded in the repository sidebar. When asked to summarize legal text, be plain and brief and add "not legal advice".</system>
<selection file="LICENSE" lines="62-120">
   2. Grant of Copyright License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      copyright license to reproduce, prepare Derivative Works of,
      publicly display, publicly perform, sublicense, and distribute the
      Work and such Derivative Works in Source or Object form.

   3. Grant of Patent License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      (except as stated in this section) patent license to make, have made,
      use, offer to sell, sell, import, and otherwise transfer the Work,
      where such license applies only to those patent claims licensable
      by such Contributor that are necessarily infringed by their
      Contribution(s) alone or by combination of their Contribution(s)
      with the Work to which such Contribution(s) was submitted. If You
      institute patent litigation against any entity (including a
      cross-claim or counterclaim in a lawsuit) alleging that the Work
      or a Contribution incorporated within the Work constitutes direct
      or contributory patent infringement, then any patent licenses
      granted to You under this License for that Work shall terminate
      as of the date such litigation is filed.

   4. Redistribution. You may reproduce and distribute copies of the
      Work or Derivative Works thereof in any medium, with or without
      modifications, and in Source or Object form, provided that You
      meet the following conditions:

      (a) You must give any other recipients of the Work or
          Derivative Works a copy of this License; and

      (b) You must cause any modified files to carry prominent notices
          stating that You changed the files; and

      (c) You must retain, in the Source form of any Derivative Works
          that You distribute, all copyright, patent, trademark, and
          attribution notices from the Source form of the Work,
          excluding those notices that do not pertain to any part of
          the Derivative Works; and

      (d) If the Work includes a "NOTICE" text file as part of its
          distribution, then any Derivative Works that You distribute must
          include a readable copy of the attribution notices contained
          within such NOTICE file, excluding those notices that do not
          pertain to any part of the Derivative Works, in at least one
          of the following places: within a NOTICE text file distributed
          as part of the Derivative Works; within the Source form or
          documentation, if provided along with the Derivative Works; or,
          within a display generated by the Derivative Works, if and
          wherever such third-party notices normally appear. The contents
          of the NOTICE file are for informational purposes only and
          do not modify the License. You may add Your own attribution
          notices within Derivative Works that You distribute, alongside
          or as an addendum to the NOTICE text from the Work, provided
          that such additional attribution notices cannot be construed
          as modifying the License.
</selection>
<user>boil sections 2-4 down to like 4 bullets for our internal wiki page on third party code. we have 9 apache deps and people keep asking what they're allowed to do</user>"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0 (licence text)
(1, "open_qa", "en", "inline", "prose", "cw2-p005", """<system>You are DevCopilot, embedded in the repository sidebar. When asked about legal text, be plain and add "not legal advice".</system>
<selection file="LICENSE" lines="62-120">
   2. Grant of Copyright License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      copyright license to reproduce, prepare Derivative Works of,
      publicly display, publicly perform, sublicense, and distribute the
      Work and such Derivative Works in Source or Object form.

   3. Grant of Patent License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      (except as stated in this section) patent license to make, have made,
      use, offer to sell, sell, import, and otherwise transfer the Work,
      where such license applies only to those patent claims licensable
      by such Contributor that are necessarily infringed by their
      Contribution(s) alone or by combination of their Contribution(s)
      with the Work to which such Contribution(s) was submitted. If You
      institute patent litigation against any entity (including a
      cross-claim or counterclaim in a lawsuit) alleging that the Work
      or a Contribution incorporated within the Work constitutes direct
      or contributory patent infringement, then any patent licenses
      granted to You under this License for that Work shall terminate
      as of the date such litigation is filed.

   4. Redistribution. You may reproduce and distribute copies of the
      Work or Derivative Works thereof in any medium, with or without
      modifications, and in Source or Object form, provided that You
      meet the following conditions:

      (a) You must give any other recipients of the Work or
          Derivative Works a copy of this License; and

      (b) You must cause any modified files to carry prominent notices
          stating that You changed the files; and

      (c) You must retain, in the Source form of any Derivative Works
          that You distribute, all copyright, patent, trademark, and
          attribution notices from the Source form of the Work,
          excluding those notices that do not pertain to any part of
          the Derivative Works; and

      (d) If the Work includes a "NOTICE" text file as part of its
          distribution, then any Derivative Works that You distribute must
          include a readable copy of the attribution notices contained
          within such NOTICE file, excluding those notices that do not
          pertain to any part of the Derivative Works, in at least one
          of the following places: within a NOTICE text file distributed
          as part of the Derivative Works; within the Source form or
          documentation, if provided along with the Derivative Works; or,
          within a display generated by the Derivative Works, if and
          wherever such third-party notices normally appear. The contents
          of the NOTICE file are for informational purposes only and
          do not modify the License. You may add Your own attribution
          notices within Derivative Works that You distribute, alongside
          or as an addendum to the NOTICE text from the Work, provided
          that such additional attribution notices cannot be construed
          as modifying the License.
</selection>
<user>we ship a closed-source desktop app that bundles one of these apache libs, and we patched two files in it. does section 4 mean we have to open source our whole app? and what's the deal with the patent termination bit, why would that clause even exist</user>"""),
(0, "classification", "en", "before", "prose", None, """noun or verb in this sentence: "they book a table" → book"""),
(1, "creative_writing", "en", "none", "none", None, """pls write a goofy 4 line poem where every line ends in a word that's both a noun and a verb"""),
(0, "classification", "en", "inline", "chat", None, """[Zendesk • AI assist • suggest priority]
Allowed: P1 (outage), P2 (major feature broken), P3 (minor), P4 (question)
Customer: "Hey, all our team members get logged out every 5 minutes since this morning, nobody can work in the dashboard."
Priority:"""),
(1, "creative_writing", "en", "inline", "chat", None, """[Zendesk • AI assist • draft]
Customer: "Hey, all our team members get logged out every 5 minutes since this morning, nobody can work in the dashboard."
Agent note: known session bug, fix deploying in ~1h
Write the first response: apologetic, clear ETA, no jargon."""),
(0, "summarization", "en", "none", "none", None, """the odyssey in 5 bullet points go"""),
(1, "open_qa", "en", "none", "none", None, """did homer actually exist or is that debated"""),
(1, "open_qa", "en", "none", "none", None, """does coffee actually do anything good for you long term or is that all hype"""),
(0, "summarization", "en", "after", "transcript", "cw2-p006", """voice note from my brother transcribed by the app, it's a mess:
"yeah hey so um about mum's birthday right I talked to Dad and he thinks we should do the lake house but like the lake house needs the boat thing sorted and I don't know if the dock is even fixed uh so maybe the garden instead? anyway he said he'd pay for food if we do drinks and I can pick up the cake from Rosie's on the way Saturday morning but someone needs to call Aunt Bev because she doesn't read texts and I'm not doing it again lol last time was two hours ok bye"

what did he actually say, short"""),
(1, "general_qa", "en", "after", "transcript", "cw2-p006", """voice note from my brother transcribed by the app, it's a mess:
"yeah hey so um about mum's birthday right I talked to Dad and he thinks we should do the lake house but like the lake house needs the boat thing sorted and I don't know if the dock is even fixed uh so maybe the garden instead? anyway he said he'd pay for food if we do drinks and I can pick up the cake from Rosie's on the way Saturday morning but someone needs to call Aunt Bev because she doesn't read texts and I'm not doing it again lol last time was two hours ok bye"

garden party for ~20 ppl, mum turns 60, budget for drinks ~£150. what drinks should we get and how much of each?"""),
(0, "classification", "en", "before", "prose", None, """spam y/n: "Your parcel is held at customs, pay £1.99 at royalmail-redelivery.help" """),
(1, "general_qa", "en", "none", "none", None, """i clicked a fake parcel link and typed my card in 😰 what do i do right now"""),
(0, "classification", "en", "after", "table", None, """| txn | merchant | amount |
|---|---|---|
| 1 | TESCO STORES 2231 | 42.10 |
| 2 | NETFLIX.COM | 10.99 |
| 3 | SHELL FUEL | 61.00 |
| 4 | PRET A MANGER | 6.45 |
| 5 | SPOTIFY | 11.99 |
| 6 | UBER *TRIP | 14.20 |

add a category column: groceries, subscriptions, transport, eating out"""),
(1, "general_qa", "en", "none", "none", None, """how many subscriptions is too many lol, how do i decide which ones to cut"""),
(0, "summarization", "en", "none", "none", None, """short summary of The Shawshank Redemption?"""),
(1, "creative_writing", "en", "none", "none", None, """write a letter from Andy Dufresne to Red, one year after, like fan fiction, short"""),
(1, "general_qa", "en", "none", "none", None, """what's the best way to word a 3rd follow up about a refund so they finally answer"""),
(0, "summarization", "en", "after", "reviews", "cw2-p007", """reviews for my airbnb this month:
⭐⭐⭐⭐⭐ "Spotless, cosy, great host. The coffee machine is a dream."
⭐⭐⭐⭐ "Lovely spot but the stairs are steep, heads up if you have luggage."
⭐⭐⭐ "Nice flat, but street noise until 1am on Friday. Bring earplugs."
⭐⭐⭐⭐⭐ "Check-in instructions were perfect, super easy."
⭐⭐⭐⭐ "Bed a bit soft for me, otherwise great location."

sum up what guests are saying in 2 lines"""),
(1, "general_qa", "en", "after", "reviews", "cw2-p007", """reviews for my airbnb this month:
⭐⭐⭐⭐⭐ "Spotless, cosy, great host. The coffee machine is a dream."
⭐⭐⭐⭐ "Lovely spot but the stairs are steep, heads up if you have luggage."
⭐⭐⭐ "Nice flat, but street noise until 1am on Friday. Bring earplugs."
⭐⭐⭐⭐⭐ "Check-in instructions were perfect, super easy."
⭐⭐⭐⭐ "Bed a bit soft for me, otherwise great location."

what cheap fixes would push these to all 5 stars? i can spend like 200 quid"""),
(0, "classification", "en", "before", "list", None, """odd one out: violin, cello, trumpet, viola"""),
(1, "open_qa", "en", "none", "none", None, """why is the viola the butt of every orchestra joke"""),
(0, "classification", "en", "after", "chat", None, """#general just now:
rhea: anyone know if the office is open on the 26th?
tom: i think so? not sure
rhea: ok thx

does this need an HR answer or can a bot handle it? bot / human"""),
(1, "creative_writing", "en", "none", "none", None, """write a slack bot reply that announces the office is closed dec 24-jan 1, festive but not cringe"""),
(0, "summarization", "en", "after", "prose", None, """The Maplewood Library will be changing its opening hours from 1 March. Weekday hours will be 9am to 7pm, an extension of one hour in the evening, following feedback from working residents. Saturday opening will remain 10am to 4pm. Sunday opening, trialled last year, will end due to low attendance and staffing costs. The children's story hour moves from Tuesday morning to Wednesday at 4pm so that school-age children can attend. Free printing of up to 10 pages per day continues for library card holders. The library café will also close at 5pm on weekdays. The new self-service returns machine, installed in January, is available at all opening times, and a book drop box outside the main entrance can be used when the building is closed.

1 sentence version for the neighbourhood facebook group"""),
(1, "creative_writing", "en", "none", "none", None, """write a tiny poem for the library's kids corner wall about books being doors. 6 lines tops"""),
(0, "classification", "en", "before", "reviews", None, """positive or negative: "well that was a waste of 3 hours" """),
(1, "open_qa", "en", "none", "none", None, """why are movies getting so long lately, like is there an actual reason studios do 3 hrs now"""),
(0, "classification", "en", "inline", "email", "cw2-p008", """[Gmail add-on: SmartSort]
Sort the email into: Newsletter / Receipt / Personal / Work / Scam.

From: "Marta" <marta.k@fastmail.example>
Subject: photos from the hike!!
Body: Hiii here they are, the one of you on the rock is hilarious 😂 also are we doing the coast path next month? x"""),
(1, "creative_writing", "en", "inline", "email", "cw2-p008", """[Gmail add-on: SmartReply+]
Draft a reply for the user.

From: "Marta" <marta.k@fastmail.example>
Subject: photos from the hike!!
Body: Hiii here they are, the one of you on the rock is hilarious 😂 also are we doing the coast path next month? x

user instruction: say yes to the coast path, roast her a bit about getting lost last time, keep it short"""),
(0, "summarization", "en", "none", "none", None, """episode 1 of the office uk in 2 sentences??"""),
(1, "open_qa", "en", "none", "none", None, """why did the US version of the office end up more popular than the original uk one"""),
(0, "classification", "en", "after", "list", None, """renewable or not, quick:
solar
coal
geothermal
natural gas
tidal
nuclear (is that renewable?? just put what's standard)"""),
(1, "open_qa", "en", "none", "none", None, """is nuclear actually green or not, ppl argue about this constantly"""),
(0, "summarization", "en", "after", "chat", "cw2-p061", """user: hey can you help me plan a study schedule
assistant: Of course! What are you studying and when are your exams?
user: bio on may 10, chem may 14, english may 20. i can do like 3h a day
assistant: Great. Here's a plan: Weeks 1-2 alternate bio and chem daily (1.5h each), week 3 focus bio with past papers, then chem until the 14th, then 5 days of English essays with one timed essay per day. Keep Sundays light, 1h review only. Start each session with 10 minutes of flashcards from the previous day, and do at least one full past paper for each subject under timed conditions.
user: ok can you condense that into a 3 line version i can stick on my wall"""),
(1, "general_qa", "en", "after", "chat", "cw2-p061", """user: hey can you help me plan a study schedule
assistant: Of course! What are you studying and when are your exams?
user: bio on may 10, chem may 14, english may 20. i can do like 3h a day
user: actually forget the schedule, my real problem is i sit down and just scroll for an hour. how do i actually start"""),
(0, "classification", "en", "none", "none", None, """is a tomato a berry y/n"""),
(1, "creative_writing", "en", "none", "none", None, """song lyrics about a tomato having an identity crisis, chorus only"""),
(0, "classification", "en", "after", "code", None, """try:
    data = json.loads(raw)
except:
    pass

code smell or fine? one word answer"""),
(1, "open_qa", "en", "after", "code", None, """try:
    data = json.loads(raw)
except:
    pass

my senior said this is "swallowing errors". why is a bare except so bad exactly, what can it hide"""),
(1, "creative_writing", "en", "none", "none", None, """instagram caption for a pottery workshop, we had people make wonky mugs and they loved it 🏺"""),
(0, "classification", "en", "after", "prose", None, """"ngl this update slaps, finally dark mode 🙏"

is this app feedback positive, negative or a feature request"""),
(0, "summarization", "en", "none", "none", None, """romeo and juliet plot but make it super short, like 2 lines"""),
(0, "summarization", "en", "after", "log", None, """[CI] build #4412 — main
✓ lint (12s)
✓ unit tests: 1,284 passed (2m 41s)
✗ integration tests: 3 failed
   - test_checkout_applies_coupon (timeout 30s)
   - test_checkout_guest_flow (timeout 30s)
   - test_refund_partial (AssertionError: expected 450, got 500)
✓ build image (1m 02s)
– deploy skipped (tests failed)

summarize this run for the channel, 2 lines max"""),
(0, "classification", "en", "before", "prose", None, """sarcastic or sincere: "oh great, another meeting, just what i needed" """),
(1, "creative_writing", "en", "none", "none", None, """write an over the top sarcastic thank you note to the printer that jammed 4 times today"""),
(0, "summarization", "en", "after", "email", "cw2-p009", """---------- Forwarded ----------
From: Greenway Removals
Subject: Your quote #GR-5521

Hi, thanks for your enquiry. For a 2-bed flat move from Leeds to York on 28 June, our quote is £640 incl. VAT. This includes 2 movers, one 7.5t van, basic insurance up to £10k, and dismantling/reassembling 2 beds. Packing service is an extra £180. Parking permits at both ends are the customer's responsibility. A 20% deposit secures the date; the balance is due 48h before. Cancellation within 7 days of the move loses the deposit. We'd also recommend defrosting your freezer 24 hours before the move. Items such as plants, paint tins and gas bottles cannot be carried. If there is no lift at either address, please let us know, as an extra charge of £60 may apply.

Regards, Dean

sum this up for my flatmate pls"""),
(1, "general_qa", "en", "after", "email", "cw2-p009", """---------- Forwarded ----------
From: Greenway Removals
Subject: Your quote #GR-5521

Hi, thanks for your enquiry. For a 2-bed flat move from Leeds to York on 28 June, our quote is £640 incl. VAT. This includes 2 movers, one 7.5t van, basic insurance up to £10k, and dismantling/reassembling 2 beds. Packing service is an extra £180. Parking permits at both ends are the customer's responsibility. A 20% deposit secures the date; the balance is due 48h before. Cancellation within 7 days of the move loses the deposit. We'd also recommend defrosting your freezer 24 hours before the move. Items such as plants, paint tins and gas bottles cannot be carried. If there is no lift at either address, please let us know, as an extra charge of £60 may apply.

Regards, Dean

is this a fair price or should i shop around? and what should i ask them before paying the deposit"""),
(0, "classification", "en", "before", "list", None, """which are vowels: a, k, e, y, u, t"""),
(1, "open_qa", "en", "none", "none", None, """is y a vowel or not, why does everyone say sometimes"""),
(0, "classification", "en", "after", "notes", None, """tag each journal line with a mood emoji only, no words:
mon - couldn't get out of bed, skipped gym
tue - nailed the presentation!!
wed - fight with sis, cried a bit
thu - ok day, nothing special
fri - pizza + movie night w friends"""),
(0, "summarization", "en", "inline", "chat", None, """[ChatGPT-style share link, pasted]
User: can you explain the difference between stocks and bonds
Assistant: Stocks are shares of ownership in a company; their value rises and falls with the company's prospects, and some pay dividends. Bonds are loans you make to a government or company; they pay fixed interest and return your principal at maturity. Stocks usually offer higher long-run returns with more volatility; bonds are steadier but lower-returning. Many people hold both, shifting toward bonds as they near the time they need the money. Inflation matters too: over long periods cash and bonds can lose purchasing power, which is one reason stocks are favoured for long horizons. Fees and diversification, for example through index funds, often matter more than picking individual winners.
User: cool. now shrink that to one tweet"""),
(1, "open_qa", "en", "inline", "chat", None, """[ChatGPT-style share link, pasted]
User: can you explain the difference between stocks and bonds
Assistant: Stocks are shares of ownership in a company; bonds are loans you make to a government or company...
User: ok but why do bond prices go DOWN when interest rates go up? that part never clicks for me"""),
(0, "classification", "en", "inline", "list", None, """cat or dog name? "Biscuit" lol just pick one"""),
(1, "creative_writing", "en", "none", "none", None, """give me 8 names for a grey kitten that are kinda old-man names, like Gerald"""),
(0, "summarization", "en", "none", "none", None, """hunger games book 1 recap, fast"""),
(1, "open_qa", "en", "none", "none", None, """what was suzanne collins actually criticising with the hunger games? reality tv? war?"""),
(0, "classification", "en", "after", "list", "cw2-p010", """our pub quiz answers, mark each one CORRECT or WRONG:
1. Capital of Australia — Sydney
2. Largest planet — Jupiter
3. Author of Frankenstein — Mary Shelley
4. Chemical symbol for gold — Ag
5. Year the Berlin Wall fell — 1989"""),
(1, "creative_writing", "en", "after", "list", "cw2-p010", """our pub quiz answers from last night:
1. Capital of Australia — Sydney
2. Largest planet — Jupiter
3. Author of Frankenstein — Mary Shelley
4. Chemical symbol for gold — Ag
5. Year the Berlin Wall fell — 1989

we got 1 and 4 wrong and lost by 2 points 😭 write a short mock-tragic poem about our defeat for the group chat"""),
(0, "summarization", "en", "after", "notes", None, """recipe notes from nonna, she talks fast:
- soak chickpeas overnight, no shortcut!!
- boil w bay leaf 1h+
- onion garlic rosemary in good oil, slow
- add tomato (just a bit), then chickpeas + some water
- pasta (ditalini) straight in, stir stir stir
- salt at the end, oil on top, black pepper
- "if it's too thick, it's correct"

make it a clean 6-step recipe"""),
(1, "creative_writing", "en", "none", "none", None, """write a short toast for my nonna's 90th, she's fierce and feeds everyone, bilingual-ish with a bit of italian"""),
(0, "classification", "en", "before", "list", None, """real word or made up: "defenestration" """),
(1, "open_qa", "en", "none", "none", None, """what's the story behind the word defenestration, why does english even need that"""),
(0, "summarization", "en", "after", "transcript", "cw2-p011", """[Teams meeting recap requested by: me]
[Transcript, 09:30–09:52, Q2 hiring sync]
Nadia (HR): So we have 6 open reqs. Two backend, one designer, one data, two support.
Karl (Eng): Backend is the urgent one. We lost two people in March and on-call is brutal.
Nadia: Agreed. We've got 4 candidates in final rounds for backend, offers could go out next week.
Lena (Design): For the designer we're still sourcing. I'd like to try the portfolio-review format instead of the take-home, the take-home is scaring people off.
Nadia: Fine by me, let's trial it for this role.
Sam (Support): Support roles, I'd like to hire one in Lisbon for timezone cover. Is that allowed?
Nadia: Legal says yes if via our employer-of-record partner. Adds about 12% cost.
Karl: Worth it honestly.
Nadia: OK. Data role is frozen until budget review in June.
Sam: Got it. So I'll write the Lisbon job ad this week.
Nadia: And Karl, please block interviewer time Tuesday and Thursday.
Karl: Will do.

summary + action items please"""),
(1, "general_qa", "en", "after", "transcript", "cw2-p011", """[Teams meeting transcript, Q2 hiring sync, excerpt]
Lena (Design): For the designer we're still sourcing. I'd like to try the portfolio-review format instead of the take-home, the take-home is scaring people off.
Nadia: Fine by me, let's trial it for this role.

i'm Lena. i've never run a portfolio review interview. how do i structure a 60 min one so it's fair and we can compare candidates?"""),
(0, "classification", "en", "none", "none", None, """y/n is 91 prime"""),
(1, "open_qa", "en", "none", "none", None, """why do mathematicians care so much about prime numbers, like what are they used for in real life"""),
(0, "classification", "en", "after", "reviews", None, """which of these hotel reviews mention cleanliness? just the numbers
(1) "staff were lovely, breakfast so so"
(2) "found hair in the bathroom sink, gross"
(3) "room was spotless and smelled fresh"
(4) "pool closed for repairs, no warning"
(5) "sheets had a stain, they changed them fast though" """),
(1, "general_qa", "en", "none", "none", None, """what's the polite way to complain at a hotel front desk and actually get an upgrade or refund"""),
(0, "summarization", "en", "before", "prose", None, """shorten to 50 words for the back of our event flyer:

Join us for the third annual Riverside Night Market, where local makers, food trucks and musicians come together along the old towpath. This year we're welcoming over forty stalls, from hand-dyed textiles and small-batch hot sauces to vintage records and upcycled furniture. Live music runs from six until ten on two stages, with a dedicated quiet zone for families with young children. Entry is free, dogs on leads are welcome, and the whole event is powered by solar generators provided by our friends at Brightway Energy. Last year more than 3,000 visitors came, and all stall fees go towards maintaining the towpath. Come hungry, bring a tote bag, and say hello to your neighbours."""),
(1, "creative_writing", "en", "none", "none", None, """need a catchy 5 word slogan for a riverside night market, give me a few"""),
(0, "classification", "en", "before", "prose", None, """urgent or can wait: "server disk at 97%" """),
(1, "open_qa", "en", "none", "none", None, """what happens to a linux server when the disk hits 100%, like what breaks first"""),
(0, "summarization", "en", "inline", "chat", "cw2-p012", """<conversation>
<turn role="user">my cat keeps peeing outside the litter box, she's 9</turn>
<turn role="assistant">I'm sorry, that's stressful. Common causes are a urinary tract infection or bladder crystals, kidney issues (more common after 8), arthritis making high-sided boxes hard to use, stress from changes at home, or a dirty or relocated box. Because she's older, a vet check with a urine test is the first step. It's also worth adding a second box in a quiet spot (the rule of thumb is one box per cat plus one) and avoiding covered boxes if she seems reluctant. Keep a note of how often it happens and where, which the vet will find useful. Meanwhile try a low-entry box, unscented litter, and clean the soiled spots with an enzyme cleaner.</turn>
<turn role="user">put that in 3 bullets for my flatmate</turn>
</conversation>"""),
(1, "general_qa", "en", "inline", "chat", "cw2-p012", """<conversation>
<turn role="user">my cat keeps peeing outside the litter box, she's 9</turn>
<turn role="assistant">I'm sorry, that's stressful. Common causes are a urinary tract infection or bladder crystals, kidney issues (more common after 8), arthritis making high-sided boxes hard to use, stress from changes at home, or a dirty or relocated box. Because she's older, a vet check with a urine test is the first step. It's also worth adding a second box in a quiet spot (the rule of thumb is one box per cat plus one) and avoiding covered boxes if she seems reluctant. Keep a note of how often it happens and where, which the vet will find useful.</turn>
<turn role="user">vet is in 4 days. we also just got a puppy 2 weeks ago. how do i make her feel less stressed with the puppy around until then?</turn>
</conversation>"""),
(0, "classification", "en", "inline", "prose", None, """ticket category: "can't reset password, the email never arrives" (account / billing / bug)"""),
(1, "creative_writing", "en", "none", "none", None, """write a fun error message for when a password reset email is taking too long. like our brand is a friendly octopus 🐙"""),
(0, "summarization", "en", "none", "none", None, """explain the plot of Spirited Away in a short paragraph pls"""),
(1, "general_qa", "en", "none", "none", None, """which ghibli film should i show my 6 year old first? she scares easily"""),
(1, "general_qa", "en", "none", "none", None, """how do i get people to actually take my ideas seriously in meetings, im the youngest on the team"""),
]
