# writer nonprose, part 04. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "email", "W3-p025", """From: Ines Carvalho <ines.carvalho@meridianfoods.example>
To: Account Team <accounts@packright.example>
Cc: Procurement <procurement@meridianfoods.example>
Date: Mon, 9 Sep, 08:47
Subject: RE: RE: RE: Shortfall on PO 44871 – cartons

Hi Daniel,

Thanks for the call on Friday. To recap where I think we are, and please correct me if I've got anything wrong:

1. PO 44871 was for 120,000 printed cartons (SKU CR-500, 5-colour print). You delivered 96,400 on 28 August. That's a shortfall of 23,600.
2. Of the 96,400 delivered, our QA rejected 4 pallets (about 7,200 cartons) because the blue on the logo was visibly off-spec. Photos and the colorimeter readings were sent to your quality team on 30 August.
3. Your position on Friday was that the shortfall is due to a board shortage at your mill and that the remainder will ship "within three weeks". You also said the colour variation is within the tolerance in our spec.

Our problems:

- We have a promotional run starting 23 September that needs 110,000 usable cartons. With 89,200 usable in hand, we are 20,800 short before the promotion even begins.
- Three weeks from Friday is 27 September, which is four days into the promotion. That doesn't work.
- On colour: our spec (attached again, section 4.2) says Delta E of 2.0 or less against the master proof. The readings on the rejected pallets were 3.1 to 3.8. I don't think that is within tolerance by any reading.

What we need from you by Wednesday 11 September:

a) A firm ship date for at least 21,000 cartons that arrives at our Leicester site by 20 September. If that means splitting the remaining order and air-freighting part of the board, we expect you to discuss that with us rather than just say no.
b) Confirmation that the 7,200 rejected cartons will be replaced at no cost, and collected from our site.
c) A credit note or price adjustment for the delay, which we'll discuss once a) and b) are sorted.

I'd rather resolve this between us. If we can't, I'll have to involve our category director and look at a second supplier for Q4, which neither of us wants.

Best regards,
Ines Carvalho
Senior Buyer, Packaging
Meridian Foods

> From: Daniel Hayes <daniel.hayes@packright.example>
> Date: Fri, 6 Sep, 16:10
> Subject: RE: RE: Shortfall on PO 44871 – cartons
>
> Hi Ines, good to speak earlier. As discussed, the mill has confirmed allocation for the remaining board and we expect to complete the balance within three weeks. Regarding colour, our QC records show all pallets passed our internal check. I'll ask our quality manager to review your readings. Have a good weekend.
> Daniel
>
>> From: Ines Carvalho
>> Date: Fri, 30 Aug, 11:22
>> Subject: RE: Shortfall on PO 44871 – cartons
>>
>> Daniel, we received 96,400 against 120,000 ordered, and QA has rejected 4 pallets for colour. Photos and readings attached. Please call me today.

Can you summarize this email chain for my boss who's been on holiday? Who the parties are, what went wrong, what each side has said, what Ines is demanding and by when. Short bullets."""),
(1, "creative_writing", "en", "after", "email", "W3-p025", """From: Ines Carvalho <ines.carvalho@meridianfoods.example>
To: Account Team <accounts@packright.example>
Date: Mon, 9 Sep, 08:47
Subject: RE: RE: RE: Shortfall on PO 44871 – cartons

Hi Daniel,

To recap where I think we are:

1. PO 44871 was for 120,000 printed cartons (SKU CR-500). You delivered 96,400 on 28 August. That's a shortfall of 23,600.
2. Of the 96,400 delivered, our QA rejected 4 pallets (about 7,200 cartons) because the blue on the logo was visibly off-spec.
3. Your position on Friday was that the shortfall is due to a board shortage at your mill and that the remainder will ship "within three weeks". You also said the colour variation is within the tolerance in our spec.

Our problems:

- We have a promotional run starting 23 September that needs 110,000 usable cartons. With 89,200 usable in hand, we are 20,800 short.
- Three weeks from Friday is 27 September, four days into the promotion.
- On colour: our spec (section 4.2) says Delta E of 2.0 or less against the master proof. The readings on the rejected pallets were 3.1 to 3.8.

What we need from you by Wednesday 11 September:

a) A firm ship date for at least 21,000 cartons that arrives at our Leicester site by 20 September.
b) Confirmation that the 7,200 rejected cartons will be replaced at no cost, and collected from our site.
c) A credit note or price adjustment for the delay, which we'll discuss once a) and b) are sorted.

I'd rather resolve this between us. If we can't, I'll have to involve our category director and look at a second supplier for Q4.

Ines

---
I'm Daniel. Here's what I can actually offer after talking to ops: we can run 22,000 cartons on our second line using board we have in stock, delivered to Leicester on 19 Sept. The rest follows on 30 Sept. Our quality manager re-measured retained samples and agrees the blue is out of spec, so yes we'll replace and collect the 7,200. I can't promise a credit note amount today but I'll propose one by Friday.

Write my reply to Ines. Apologise properly for the colour issue without grovelling, give the facts and dates clearly, don't be defensive about the board shortage, and try to keep the relationship."""),
(0, "classification", "en", "before", "list", None, """which are compiled and which are interpreted (typically): C, Python, Go, Ruby, Rust, Bash"""),
(1, "open_qa", "en", "none", "none", None, """is python really interpreted if it compiles to bytecode?"""),
(0, "summarization", "en", "after", "transcript", "W3-p026", """Sprint retro – Team Falcon – Sprint 18
Facilitator: MORGAN. Participants: ELIF, JONAH, SUNITA, ROB, CAMILLE.

MORGAN: Okay, five minutes of silent writing are up. Let's go through the board. Went well column first. Elif?
ELIF: I put "pairing on the search bug". Jonah and I paired for two days on that relevance issue and I think we'd have taken a week separately.
JONAH: Agree. Also the new PR template. Reviews are faster because people actually say what to test.
SUNITA: Mine is that we hit the sprint goal for the first time in four sprints. The smaller scope helped.
MORGAN: Nice. Anything else on went well? Rob?
ROB: Release went out Thursday without a hotfix. That's new.
MORGAN: Ha, yes. Okay, didn't go well.
CAMILLE: The design handoff for the settings page. We got the Figma on Tuesday of week two, so we had three days to build something that was estimated at five.
SUNITA: And then there were changes after we'd built it.
CAMILLE: Right, two rounds of changes.
MORGAN: Is that a design capacity thing or a planning thing?
CAMILLE: Planning, I think. We pulled it into the sprint before the design was final.
ROB: My card is about the staging environment. It was down for most of Wednesday and nobody knew who owned it.
JONAH: It's technically platform's, but they said it's ours since we broke it.
ROB: We did break it, to be fair. The seed script ran twice.
MORGAN: Okay. Elif, you had one here?
ELIF: Too many meetings on Mondays. I had five hours of meetings last Monday and no coding.
SUNITA: Same.
MORGAN: Let's look at that. Ideas column?
JONAH: Design has to be signed off before an item can go into sprint planning. A simple "ready" checklist.
CAMILLE: Yes please.
ROB: Make the seed script idempotent, and write down in the README who owns staging and how to reset it.
ELIF: No-meeting Monday mornings. Keep afternoons for standups and whatever.
MORGAN: Let's dot vote. Three dots each.
MORGAN: Okay, results: ready checklist got six dots, no-meeting mornings got five, seed script and staging ownership got four. We'll do all three but ready checklist is the priority. Owners?
CAMILLE: I'll draft the ready checklist with the designers by Friday.
ROB: I'll do the seed script fix and the README.
MORGAN: I'll talk to the other leads about Monday mornings, since some of those meetings aren't ours.
MORGAN: Last thing, shout-outs.
SUNITA: Jonah for staying late on release night even though he wasn't on call.
ELIF: Rob for owning the staging mess in the channel instead of hiding.
MORGAN: Great. Thanks everyone, see you at planning.

Turn this retro into a short write-up for Confluence: went well, didn't go well, actions with owners. Bullets, no fluff."""),
(1, "general_qa", "en", "after", "transcript", "W3-p026", """Sprint retro notes, Team Falcon:
- CAMILLE: The design handoff for the settings page. We got the Figma on Tuesday of week two, so three days to build something estimated at five. Then two rounds of changes after we'd built it.
- MORGAN: Is that a design capacity thing or a planning thing?
- CAMILLE: Planning, I think. We pulled it into the sprint before the design was final.
- JONAH: Design has to be signed off before an item can go into sprint planning. A simple "ready" checklist.
- Action: Camille drafts the ready checklist with the designers by Friday.

I'm Camille. What should actually go on a definition-of-ready checklist for items with design work? And how do I get designers on board without it feeling like we're blaming them?"""),
(1, "creative_writing", "en", "none", "none", None, """write a retro icebreaker question that isn't cringe. give me 5"""),
(0, "classification", "en", "after", "log", None, """panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f41]

goroutine 1 [running]:
main.(*Server).handle(0x0, {0x7f3c8, 0xc000120000})
        /app/server.go:88 +0x21

go, rust, or java? and which error category"""),
(1, "open_qa", "en", "after", "log", None, """goroutine 1 [running]:
main.(*Server).handle(0x0, {0x7f3c8, 0xc000120000})
        /app/server.go:88 +0x21

the receiver is 0x0, so s is nil. but how can you even call a method on a nil pointer in Go without it crashing immediately at the call? explain"""),
(0, "summarization", "en", "before", "reviews", None, """Collapse these into a one-line verdict:

"cute but small" / "smaller than expected" / "fits a toddler not a 5yo" / "nice fabric, size up" """),
(1, "creative_writing", "en", "none", "none", None, """write a product description for a kids' raincoat that is honest that it runs small"""),
(0, "classification", "en", "before", "chat", "W3-p027", """For each message in this support queue, assign a priority (urgent / normal / low) and a team (billing / tech / account). Format: "#n – priority – team".

#1 "I was charged £499 instead of £49.90, please refund asap, this has emptied my account"
#2 "How do I add a second user to my plan?"
#3 "The dashboard has shown 'loading' for 3 hours, we can't see any of our data, our board meeting is at 4"
#4 "Can I get invoices addressed to our new company name?"
#5 "I think someone else logged into my account, I got an email about a login from Brazil"
#6 "Small thing, the date picker starts weeks on Sunday, can it start on Monday?"
#7 "Your annual renewal charged my old card, which was cancelled, and now my account shows as suspended"
#8 "Where can I download my data before we switch providers?" """),
(1, "general_qa", "en", "before", "chat", "W3-p027", """We're 2 support people for ~3,000 customers and our queue looks like this most mornings. How should we set up triage, SLAs and maybe some automation so urgent stuff like #1, #3 and #5 never waits behind how-to questions?

#1 "I was charged £499 instead of £49.90, please refund asap, this has emptied my account"
#2 "How do I add a second user to my plan?"
#3 "The dashboard has shown 'loading' for 3 hours, we can't see any of our data, our board meeting is at 4"
#4 "Can I get invoices addressed to our new company name?"
#5 "I think someone else logged into my account, I got an email about a login from Brazil"
#6 "Small thing, the date picker starts weeks on Sunday, can it start on Monday?"
#7 "Your annual renewal charged my old card, which was cancelled, and now my account shows as suspended"
#8 "Where can I download my data before we switch providers?" """),
(1, "open_qa", "en", "none", "none", None, """what's a reasonable first response time SLA for B2B SaaS support"""),
(0, "classification", "en", "before", "list", None, """Are these timestamps UTC or local with offset? 2024-06-01T10:00:00Z, 2024-06-01T12:00:00+02:00, 2024-06-01 10:00, 1717236000"""),
(1, "open_qa", "en", "none", "none", None, """why should you store timestamps in UTC in a database"""),
(0, "summarization", "en", "after", "log", None, """Jul 30 23:58:01 mail-01 postfix/smtp[22013]: 4F1A2C0123: to=<orders@bigretail.example>, relay=mx1.bigretail.example[203.0.113.25]:25, delay=0.9, status=deferred (host mx1.bigretail.example said: 451 4.7.1 Greylisted, try again in 5 minutes)
Jul 31 00:03:14 mail-01 postfix/smtp[22101]: 4F1A2C0123: to=<orders@bigretail.example>, relay=mx1.bigretail.example[203.0.113.25]:25, delay=313, status=sent (250 2.0.0 OK)
Jul 31 00:05:40 mail-01 postfix/smtp[22150]: 7B99D10456: to=<j.smith@smallco.example>, relay=none, delay=0.1, status=bounced (Host or domain name not found. Name service error for name=smallco.exmaple type=MX: Host not found)
Jul 31 00:09:11 mail-01 postfix/smtp[22201]: 9C0E330789: to=<billing@partner.example>, relay=mx.partner.example[198.51.100.7]:25, delay=1.2, status=bounced (host mx.partner.example said: 550 5.7.1 Message rejected due to SPF failure)
Jul 31 00:10:02 mail-01 postfix/smtp[22222]: A11F440AAA: to=<news@list.example>, relay=mx.list.example[192.0.2.44]:25, delay=0.4, status=sent (250 OK queued)

summarize what happened to each message in plain english, one line each"""),
(1, "general_qa", "en", "after", "log", None, """Jul 31 00:09:11 mail-01 postfix/smtp[22201]: 9C0E330789: to=<billing@partner.example>, relay=mx.partner.example[198.51.100.7]:25, status=bounced (host mx.partner.example said: 550 5.7.1 Message rejected due to SPF failure)

we just moved our invoice emails to a new server. how do I fix the SPF record so partners stop rejecting us? our domain is on cloudflare DNS and we also send via google workspace"""),
(1, "open_qa", "en", "none", "none", None, """SPF vs DKIM vs DMARC in plain english"""),
(0, "classification", "en", "inline", "email", None, """Hey assistant, is this one from my bank or fake? just say which.

"Dear Valued Customer, Unusual activity has been detected on your acount. Verify your identity within 12 hours to avoid suspension: bit.ly/secure-bnk-verify" """),
(0, "summarization", "en", "after", "table", None, """Weekly timesheet – design team

| name   | client A | client B | internal | holiday | total |
|--------|----------|----------|----------|---------|-------|
| Asha   | 22       | 8        | 6        | 0       | 36    |
| Brodie | 0        | 30       | 7.5      | 0       | 37.5  |
| Chen   | 15       | 0        | 2.5      | 20      | 37.5  |
| Dara   | 31       | 4        | 2.5      | 0       | 37.5  |
| Eve    | 6        | 6        | 25.5     | 0       | 37.5  |

Write a 2-3 line summary of how the team's time was split this week."""),
(1, "general_qa", "en", "none", "none", None, """one designer spends 25 of 37 hours on 'internal' work. how do I find out what that is without it feeling like surveillance"""),
(0, "classification", "en", "after", "code", None, """SELECT c.name, SUM(o.total)
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.name
HAVING SUM(o.total) > 1000;

which SQL concepts does this use? pick from: join, subquery, aggregation, window function, CTE, filter-on-aggregate"""),
(1, "open_qa", "en", "none", "none", None, """WHERE vs HAVING, when do I use which"""),
(0, "summarization", "en", "after", "chat", "W3-p028", """Neighbourhood group chat – Elm Close residents

[Sat 09:14] No. 4 (Gill): Has anyone else's bin not been collected? It's been 2 weeks now
[Sat 09:20] No. 11 (Rajesh): same here, both general and recycling
[Sat 09:22] No. 2 (Paul): I rang the council Thursday, they said the lorry can't get down the close because of parked cars
[Sat 09:25] No. 7 (Tess): that'll be the van that's been parked on the corner for a month
[Sat 09:26] No. 4 (Gill): whose is it?
[Sat 09:30] No. 9 (Marek): pretty sure it belongs to the builders doing no. 15's extension
[Sat 09:41] No. 15 (Abi): Sorry all!! Yes that's our builder's van. I'll ask them to park on the main road from Monday
[Sat 09:43] No. 11 (Rajesh): thanks Abi 🙏
[Sat 09:50] No. 2 (Paul): I'll ring the council again Monday and ask for a catch-up collection
[Sat 10:15] No. 7 (Tess): can we also ask about a "no parking on collection day" sign? this happened last year too
[Sat 10:17] No. 9 (Marek): good idea, the corner is tight
[Sat 10:20] No. 4 (Gill): in the meantime is anyone going to the tip? I can share a car load
[Sat 10:26] No. 11 (Rajesh): I'm going Sunday morning, have space for 2 bags from someone
[Sat 10:27] No. 4 (Gill): yes please!
[Mon 16:02] No. 2 (Paul): council says catch-up collection Wednesday. they'll "consider" the sign if we send a joint letter
[Mon 16:10] No. 15 (Abi): van moved this morning
[Mon 16:11] No. 7 (Tess): I'll draft the letter if people are happy to sign

Give me a summary of the chat: the problem, cause, what's been done and what's next."""),
(1, "creative_writing", "en", "after", "chat", "W3-p028", """[Sat 09:14] No. 4 (Gill): Has anyone else's bin not been collected? It's been 2 weeks now
[Sat 09:22] No. 2 (Paul): I rang the council Thursday, they said the lorry can't get down the close because of parked cars
[Sat 10:15] No. 7 (Tess): can we also ask about a "no parking on collection day" sign? this happened last year too
[Mon 16:02] No. 2 (Paul): council says catch-up collection Wednesday. they'll "consider" the sign if we send a joint letter
[Mon 16:11] No. 7 (Tess): I'll draft the letter if people are happy to sign

I'm Tess. Write the joint letter from the residents of Elm Close to the council's waste services team asking for a "no parking on collection days" sign at the corner. Mention this is the second year it's happened and missed collections for two weeks. Formal but friendly, under 250 words, leave space for signatures."""),
(1, "general_qa", "en", "none", "none", None, """neighbour's builders keep blocking our street. how do I deal with it without starting a feud"""),
(0, "classification", "en", "before", "list", None, """For each, leap year or not: 1900, 2000, 2023, 2024, 2100"""),
(1, "open_qa", "en", "none", "none", None, """why is 1900 not a leap year but 2000 is"""),
(0, "summarization", "en", "after", "json", "W3-p029", """{
  "run_id": "nightly-2024-08-21",
  "pipeline": "customer_360_etl",
  "started": "2024-08-21T01:00:02Z",
  "finished": "2024-08-21T03:47:15Z",
  "stages": [
    {"name": "extract_crm", "status": "success", "rows": 1204433, "duration_s": 812},
    {"name": "extract_billing", "status": "success", "rows": 8823190, "duration_s": 2210},
    {"name": "extract_support", "status": "success", "rows": 330871, "duration_s": 204},
    {"name": "dedupe_customers", "status": "success", "rows_in": 1204433, "rows_out": 1187902, "duration_s": 951},
    {"name": "join_billing", "status": "warning", "unmatched_rows": 48112, "duration_s": 3120,
     "message": "48112 billing rows had no matching customer_id after dedupe"},
    {"name": "load_warehouse", "status": "success", "rows": 1187902, "duration_s": 2721},
    {"name": "refresh_dashboards", "status": "failed", "duration_s": 15,
     "error": "TableauServerError 401: authentication token expired"}
  ],
  "sla_deadline": "2024-08-21T04:00:00Z"
}

summarize last night's ETL run for the data team standup: overall result, anything that needs a human, whether SLA was met"""),
(1, "open_qa", "en", "after", "json", "W3-p029", """    {"name": "dedupe_customers", "status": "success", "rows_in": 1204433, "rows_out": 1187902},
    {"name": "join_billing", "status": "warning", "unmatched_rows": 48112,
     "message": "48112 billing rows had no matching customer_id after dedupe"},

dedupe merged 16,531 customers and then 48k billing rows lost their customer. what's the most likely reason a dedupe step orphans child rows like this, and what's the standard way to design it so it doesn't?"""),
(1, "creative_writing", "en", "none", "none", None, """haiku about an ETL job that finishes at 3:47am"""),
(0, "classification", "en", "before", "email", None, """Sort these emails into folders: Receipts, Work, Newsletters, Travel.
1. "Your Ryanair booking confirmation FR8812"
2. "Q3 planning doc - comments by Fri"
3. "The Morning Brew: Tuesday edition"
4. "Your Uber Eats receipt"
5. "Hotel check-in details for 14 Oct"
6. "Re: Re: contract redlines" """),
(1, "general_qa", "en", "none", "none", None, """inbox zero, is it worth it? how do people actually keep email under control"""),
(0, "summarization", "en", "after", "code", None, """@@ -1,12 +1,9 @@
-FROM node:18
-WORKDIR /app
-COPY . .
-RUN npm install
-RUN npm run build
-CMD ["npm", "start"]
+FROM node:20-alpine AS build
+WORKDIR /app
+COPY package*.json ./
+RUN npm ci
+COPY . .
+RUN npm run build
+
+FROM node:20-alpine
+WORKDIR /app
+COPY --from=build /app/dist ./dist
+COPY --from=build /app/node_modules ./node_modules
+USER node
+CMD ["node", "dist/server.js"]

what changed in the Dockerfile? short bullet list"""),
(1, "open_qa", "en", "after", "code", None, """+COPY package*.json ./
+RUN npm ci
+COPY . .

why do people copy package.json separately before the rest of the code in a Dockerfile? seems redundant"""),
(0, "classification", "en", "before", "reviews", None, """sentiment 1-5: "ok i guess" """),
(1, "creative_writing", "en", "none", "none", None, """write a review of a mediocre sandwich but in the style of a michelin critic"""),
(0, "summarization", "en", "after", "transcript", None, """Voicemail transcript (auto-generated):
"Hi, it's Carol from Dr Patel's surgery, calling for... um... about your appointment. Dr Patel's clinic on Thursday the 12th has been cancelled, sorry about that, she's off sick. We can offer you Monday the 16th at 10:40 or Wednesday the 18th at 3:15. Could you call us back on the usual number before Friday to confirm one? Thanks, bye."

what did they say, in one line"""),
(1, "general_qa", "en", "none", "none", None, """how to get a GP appointment faster in the UK, any tricks"""),
(0, "classification", "en", "after", "table", None, """| employee | hire_date  | last_review | rating |
| E-101    | 2019-03-01 | 2024-01    | exceeds |
| E-102    | 2023-11-15 | none        | -       |
| E-103    | 2021-06-30 | 2023-01     | meets   |
| E-104    | 2024-05-02 | none        | -       |

which employees are overdue for an annual review (more than 12 months since last review or since hire, as of 2024-08-01)? just list ids"""),
(0, "summarization", "en", "after", "chat", None, """Slack DM
Hugo 4:41 PM: hey did you see the client pushed the launch?
Hugo 4:41 PM: they want 1 Oct now instead of 15 Sep
Hugo 4:42 PM: also they want the spanish version at launch, not phase 2
Hugo 4:42 PM: which I think is fine if translation comes back in time
Hugo 4:45 PM: I told them we'd confirm by tomorrow
Hugo 4:46 PM: can you check with the translators and let me know

what does Hugo need from me, briefly"""),
(1, "creative_writing", "en", "after", "chat", None, """Hugo: the client pushed launch to 1 Oct and wants the spanish version at launch
Hugo: can you check with the translators

write my message to the translation agency: 12,000 words, need it back by 20 Sept, ask if that's doable and for a quote"""),
(1, "open_qa", "en", "none", "none", None, """how many words per day can a professional translator do"""),
(0, "classification", "en", "before", "list", None, """bucket these job titles by function (engineering, sales, ops, people):
- Account Executive
- SRE
- Talent Partner
- Revenue Operations Analyst
- Frontend Developer
- HR Business Partner
- Sales Development Rep
- Supply Chain Coordinator"""),
(1, "open_qa", "en", "none", "none", None, """what does a site reliability engineer actually do all day"""),
(0, "summarization", "en", "after", "log", "W3-p030", """2024-09-03 10:15:22,104 INFO  [scheduler] job=invoice_batch id=88121 started, 4,210 invoices queued
2024-09-03 10:15:22,311 INFO  [pdf] rendering with template v14
2024-09-03 10:17:48,902 INFO  [pdf] 1,000/4,210 rendered
2024-09-03 10:20:11,455 INFO  [pdf] 2,000/4,210 rendered
2024-09-03 10:21:03,017 WARN  [smtp] send rate limited by provider (429), backing off 30s
2024-09-03 10:21:33,020 WARN  [smtp] send rate limited by provider (429), backing off 60s
2024-09-03 10:22:33,024 WARN  [smtp] send rate limited by provider (429), backing off 120s
2024-09-03 10:22:40,771 INFO  [pdf] 3,000/4,210 rendered
2024-09-03 10:24:33,030 ERROR [smtp] giving up after 3 retries: 1,388 emails not sent
2024-09-03 10:24:33,031 INFO  [smtp] queued failed sends to retry_queue
2024-09-03 10:25:09,640 INFO  [pdf] 4,210/4,210 rendered
2024-09-03 10:25:09,901 ERROR [storage] upload failed for 12 PDFs: S3 SlowDown
2024-09-03 10:25:40,112 INFO  [storage] retry ok for 12 PDFs
2024-09-03 10:25:40,200 INFO  [scheduler] job=invoice_batch id=88121 finished status=PARTIAL sent=2822 unsent=1388 pdf_ok=4210

Summarize this job run: did invoices go out, and what's left over?"""),
(1, "general_qa", "en", "after", "log", "W3-p030", """2024-09-03 10:21:03,017 WARN  [smtp] send rate limited by provider (429), backing off 30s
2024-09-03 10:21:33,020 WARN  [smtp] send rate limited by provider (429), backing off 60s
2024-09-03 10:22:33,024 WARN  [smtp] send rate limited by provider (429), backing off 120s
2024-09-03 10:24:33,030 ERROR [smtp] giving up after 3 retries: 1,388 emails not sent
2024-09-03 10:25:40,200 INFO  [scheduler] job=invoice_batch id=88121 finished status=PARTIAL sent=2822 unsent=1388

Every month-start we hit the email provider's rate limit with the invoice batch. What's a better design? Should we throttle, spread the batch over the day, switch provider, ask for a higher limit? We use a mid-tier SendGrid plan."""),
(1, "creative_writing", "en", "none", "none", None, """write a dad joke about email rate limits"""),
(0, "classification", "en", "before", "reviews", None, """Which of these comments are about delivery and which about the product itself?

- "courier left it in the rain"
- "the zip broke in a week"
- "arrived a day early!"
- "colour faded after one wash"
- "box was crushed but the item was fine" """),
(0, "summarization", "en", "after", "form", None, """Bug report form
Title: Export to PDF cuts off last column
Steps: 1. Open any report with more than 8 columns 2. Click Export > PDF 3. Open file
Expected: all columns visible
Actual: columns 9+ missing, no warning
Browser: Chrome 127, Firefox 129 (both)
Frequency: always
Workaround: export CSV instead
Severity (reporter): medium

write a one-sentence summary for the bug triage meeting"""),
(1, "open_qa", "en", "none", "none", None, """why is generating PDFs from HTML tables so painful, what makes it hard"""),
(0, "classification", "en", "after", "list", None, """1. "Can you reset my password?"
2. "Our whole team can't log in since 9am"
3. "Feature idea: keyboard shortcuts"
4. "Is there a student discount?"

one label each: incident, request, feedback, sales"""),
(1, "general_qa", "en", "none", "none", None, """how do I tell the difference between an incident and a service request when setting up our helpdesk categories"""),
(0, "summarization", "en", "after", "chat", None, """#book-club
Ade: so did everyone finish Klara and the Sun?
Joy: yes, cried twice
Ruth: halfway, sorry
Ade: no spoilers for Ruth then
Sam: next month can we do something lighter
Joy: seconded
Ade: suggestions?
Sam: The Thursday Murder Club
Ruth: yes!
Ade: done. meeting 14th at mine

summarise for Ben who's been away"""),
(1, "general_qa", "en", "none", "none", None, """suggest 6 book club picks that are light but still good to discuss"""),
(0, "summarization", "en", "after", "email", None, """From: Parents' Evening Bookings
Subject: Year 8 parents' evening

Dear parent/carer,

Year 8 parents' evening will take place on Tuesday 15 October from 4:00pm to 7:30pm in the main hall. Appointments are 5 minutes per subject teacher and must be booked through the online system, which opens at 6pm on Monday 7 October and closes at noon on Monday 14 October. Please arrive 5 minutes before your first appointment. If you cannot attend in person, video appointments are available with most teachers between 6:00pm and 7:30pm; select "video" when booking. Parking on site is limited, so please use the leisure centre car park where possible.

Students are welcome to attend with you.

Kind regards,
Year 8 Team

compress to 3 bullets I can stick on the fridge"""),
(1, "creative_writing", "en", "none", "none", None, """write a funny text to my 13 year old reminding him he's coming to parents evening with me whether he likes it or not"""),
(0, "classification", "en", "before", "code", None, """Name the design pattern in each snippet: singleton, factory, observer, decorator.

A) class Logger: _instance = None; def __new__(cls): ...
B) def make_shape(kind): return {"circle": Circle, "square": Square}[kind]()
C) button.on("click", handler)
D) @cache
   def fib(n): ..."""),
(1, "open_qa", "en", "none", "none", None, """why do people say singletons are an anti-pattern"""),
(0, "summarization", "en", "after", "table", "W3-p031", """Q2 marketing channel performance

| channel        | spend £ | clicks | signups | paid conversions | CAC £ | 90-day retention |
|----------------|---------|--------|---------|------------------|-------|------------------|
| Google Search  | 18,400  | 21,300 | 1,420   | 312              | 59    | 71%              |
| Meta ads       | 12,100  | 48,900 | 1,980   | 198              | 61    | 48%              |
| LinkedIn ads   | 9,800   | 3,100  | 240     | 88               | 111   | 84%              |
| Podcasts       | 6,000   | n/a    | 310     | 95               | 63    | 79%              |
| Referral prog. | 2,300   | n/a    | 420     | 164              | 14    | 88%              |
| SEO/content    | 4,500   | 30,200 | 860     | 141              | 32    | 76%              |

summarize what the table shows, 4 bullets: best and worst by CAC, best by retention, anything surprising"""),
(1, "general_qa", "en", "after", "table", "W3-p031", """Q2 marketing channel performance

| channel        | spend £ | clicks | signups | paid conversions | CAC £ | 90-day retention |
|----------------|---------|--------|---------|------------------|-------|------------------|
| Google Search  | 18,400  | 21,300 | 1,420   | 312              | 59    | 71%              |
| Meta ads       | 12,100  | 48,900 | 1,980   | 198              | 61    | 48%              |
| LinkedIn ads   | 9,800   | 3,100  | 240     | 88               | 111   | 84%              |
| Podcasts       | 6,000   | n/a    | 310     | 95               | 63    | 79%              |
| Referral prog. | 2,300   | n/a    | 420     | 164              | 14    | 88%              |
| SEO/content    | 4,500   | 30,200 | 860     | 141              | 32    | 76%              |

Q3 budget is the same total (£53,100). How would you reallocate it across these channels, and why? Keep in mind referral probably can't scale linearly."""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between CAC and payback period and which matters more for a startup"""),
(0, "classification", "en", "before", "list", None, """tag each as a fixed or variable cost for a bakery: rent, flour, staff salaries, electricity for ovens, insurance, packaging"""),
(1, "general_qa", "en", "none", "none", None, """how do I price cakes for a home bakery so I actually make money"""),
(0, "summarization", "en", "after", "log", None, """Sep 10 07:02:11 homeassistant: Front door unlocked (keypad, code #2)
Sep 10 07:02:45 homeassistant: Front door locked
Sep 10 08:15:03 homeassistant: Motion detected: living room
Sep 10 08:15:30 homeassistant: Motion detected: kitchen
Sep 10 09:40:12 homeassistant: Thermostat set to 19°C (schedule)
Sep 10 12:31:54 homeassistant: Back door opened
Sep 10 12:32:20 homeassistant: Back door closed
Sep 10 16:05:00 homeassistant: Washing machine cycle finished
Sep 10 17:48:33 homeassistant: Front door unlocked (keypad, code #1)

what happened at home today while I was out? brief"""),
(1, "general_qa", "en", "none", "none", None, """what's a good first home assistant automation for someone who just set it up"""),
(0, "classification", "en", "inline", "chat", None, """<system>Detect the language of the user's message and reply only with its English name.</system>
<user>Wie spät ist es in Tokio?</user>"""),
(1, "open_qa", "en", "none", "none", None, """why does Japan not use daylight saving time"""),
(0, "summarization", "en", "after", "reviews", "W3-p032", """Course evaluations – "Intro to Data Analysis" (evening class, 22 responses, selected free-text)

- "Tutor was patient and explained pivot tables three times without making me feel stupid."
- "Too fast in weeks 4-5 when we got to SQL. I was lost after the JOINs session."
- "Loved the real datasets (the bike hire one especially)."
- "The room's projector was blurry, couldn't read the formulas from the back."
- "Homework took longer than the 2 hours advertised, more like 5."
- "I'd have liked a session on charts and presenting results."
- "Excellent. I used what I learned at work the next week."
- "Needed more breaks, 3 hours after a work day is a lot."
- "SQL part needs another week."
- "Handouts were great, I still use them."
- "The forum was dead, nobody answered questions between classes."
- "Python taster at the end was rushed, either do it properly or drop it."

Summarize this feedback into strengths, problems, and suggestions. Keep it to the point."""),
(1, "general_qa", "en", "after", "reviews", "W3-p032", """Course evaluations – "Intro to Data Analysis" (evening class)

- "Tutor was patient and explained pivot tables three times without making me feel stupid."
- "Too fast in weeks 4-5 when we got to SQL. I was lost after the JOINs session."
- "Loved the real datasets (the bike hire one especially)."
- "Homework took longer than the 2 hours advertised, more like 5."
- "I'd have liked a session on charts and presenting results."
- "Needed more breaks, 3 hours after a work day is a lot."
- "SQL part needs another week."
- "The forum was dead, nobody answered questions between classes."
- "Python taster at the end was rushed, either do it properly or drop it."

I'm the tutor. The course is fixed at 10 weeks x 3 hours. How would you restructure the syllabus next term given this feedback? Give me a week-by-week plan."""),
(1, "creative_writing", "en", "none", "none", None, """write a thank-you card message from an evening class to their tutor"""),
(0, "classification", "en", "before", "list", None, """is each of these a valid email address? yes/no
- anna@example.com
- bob@@example.com
- carol.example.com
- d.e+tag@sub.example.co.uk"""),
(1, "open_qa", "en", "none", "none", None, """should you validate emails with regex? what do experts recommend"""),
(0, "summarization", "en", "before", "code", None, """Summarize what this shell script does in 2 lines:

#!/usr/bin/env bash
set -euo pipefail
DATE=$(date +%F)
pg_dump -Fc "$DATABASE_URL" > "/backups/db-$DATE.dump"
aws s3 cp "/backups/db-$DATE.dump" "s3://my-backups/db/"
find /backups -name 'db-*.dump' -mtime +7 -delete"""),
(1, "open_qa", "en", "before", "code", None, """what does set -euo pipefail actually do, each flag? I see it at the top of every script

#!/usr/bin/env bash
set -euo pipefail"""),
(1, "creative_writing", "en", "none", "none", None, """write a short poem called 'set -e'"""),
(0, "classification", "en", "after", "email", None, """Subject: Quick question about your pricing
Hi there, we're a 40-person agency looking at tools for project tracking. Do you offer volume discounts or an annual plan? Could we get a demo next week?

lead, support request, or partnership inquiry?"""),
(1, "creative_writing", "en", "after", "email", None, """Subject: Quick question about your pricing
Hi there, we're a 40-person agency looking at tools for project tracking. Do you offer volume discounts or an annual plan? Could we get a demo next week?

reply as our sales rep: yes to both (20% off annual, volume pricing from 25 seats), offer Tue or Thu for a 30-min demo, keep it short"""),
(0, "summarization", "en", "after", "notes", None, """interview notes, candidate for barista role
- 2 yrs at a chain cafe, knows espresso machines, latte art basic
- available weekends, not Mon mornings (college)
- friendly, a bit nervous at first
- asked good questions about rota
- wants 25 hrs/week
- could start in 2 weeks

sum up in 2 lines for the owner"""),
(1, "general_qa", "en", "none", "none", None, """what should I ask in an interview for a barista to find out if they're reliable"""),
(0, "classification", "en", "before", "list", None, """which of these are renewable: solar, coal, wind, natural gas, hydro, geothermal, uranium"""),
(1, "open_qa", "en", "none", "none", None, """is nuclear renewable or not, why do people argue about it"""),
(0, "summarization", "en", "after", "chat", None, """[Teams chat: Release 7.2 go/no-go]
Paola (QA): regression suite 98% pass, 3 known failures all in the legacy reports module, tickets linked
Felix (Eng): perf tests ok, p95 within 5% of 7.1
Hana (Support): docs updated, support briefed on the new approval flow
Omar (Security): pen test findings from last week: 1 medium fixed, 1 low deferred to 7.3 with sign-off
Paola (QA): also need confirmation that the feature flag for approvals defaults OFF for existing tenants
Felix (Eng): confirmed, defaults OFF, new tenants ON
Ruth (PM): ok, I'm calling it a GO for Thursday 10am. Comms to customers Wednesday

summarise the go/no-go decision and the conditions"""),
(1, "general_qa", "en", "none", "none", None, """what should be on a go/no-go checklist for a SaaS release"""),
(0, "classification", "en", "before", "log", None, """For each monitoring alert, is it actionable (someone must do something) or informational?
1. "Disk /data at 96% on db-2"
2. "Deploy of api v3.8.1 completed"
3. "SSL certificate for shop.example expires in 5 days"
4. "Nightly report generated"
5. "Error rate 8% on /login for 10 min" """),
(1, "open_qa", "en", "none", "none", None, """what's alert fatigue and why is it dangerous"""),
(0, "summarization", "en", "after", "transcript", "W3-p033", """Discovery interview #6 — freelance bookkeeper (anonymised as P6), 22 min
INT: How do you currently collect receipts from your clients?
P6: Honestly, every way you can imagine. Some email me PDFs, some send WhatsApp photos, one client brings a shoebox every quarter. I'm not joking, a literal shoebox.
INT: What's the hardest part of that?
P6: Chasing. I spend maybe four or five hours a month just messaging people "can you send me the receipt for the £89 on the 12th". And matching them to bank lines.
INT: Have you tried any apps for that?
P6: I tried two. One was good at reading receipts but my older clients couldn't work out how to upload. The other one was fine but expensive per client, and I have 30 clients, most of them tiny.
INT: What would a good solution look like for you?
P6: Something where the client doesn't need to install anything. Like they forward an email or text a photo to a number and it just lands in the right place. And it tells me which bank lines are still missing a receipt.
INT: How much would you pay?
P6: Per month, total, maybe £30-40. Not per client. Per client pricing kills it for me.
INT: Anything else?
P6: Deadlines. If it could nag clients automatically before VAT quarter ends, that alone would be worth it.

Summarize this interview into key pain points, current workarounds, wishes, and price sensitivity."""),
(1, "creative_writing", "en", "after", "transcript", "W3-p033", """P6: Chasing. I spend maybe four or five hours a month just messaging people "can you send me the receipt for the £89 on the 12th". And matching them to bank lines.
P6: Something where the client doesn't need to install anything. Like they forward an email or text a photo to a number and it just lands in the right place.
P6: Per month, total, maybe £30-40. Not per client. Per client pricing kills it for me.
P6: If it could nag clients automatically before VAT quarter ends, that alone would be worth it.

Based on what this bookkeeper said, write the landing page hero section for our product: headline, subheadline, 3 benefit bullets and a call to action. Talk to bookkeepers, not accountants."""),
(1, "open_qa", "en", "none", "none", None, """how do receipt scanning apps extract totals and dates from photos"""),
(0, "classification", "en", "before", "list", None, """noun, verb, or both: run, table, quickly, email, blue, deploy"""),
(1, "creative_writing", "en", "none", "none", None, """tongue twister about deploying on a friday"""),
(0, "summarization", "en", "after", "list", None, """Release calendar, autumn
- 2 Sep: code freeze 4.9
- 5 Sep: 4.9 release
- 16 Sep: mobile app 2.3 beta
- 30 Sep: mobile 2.3 GA
- 7 Oct: code freeze 5.0 (major)
- 14 Oct: 5.0 release candidate
- 28 Oct: 5.0 GA
- 4 Nov: holiday change freeze begins (until 6 Jan)

give me a one-paragraph overview of the release plan"""),
(1, "general_qa", "en", "after", "list", None, """- 7 Oct: code freeze 5.0 (major)
- 14 Oct: 5.0 release candidate
- 28 Oct: 5.0 GA
- 4 Nov: holiday change freeze begins

only one week between 5.0 GA and the holiday freeze. that scares me. what should we do to de-risk this?"""),
(0, "classification", "en", "before", "reviews", None, """positive or negative? "not bad at all" """),
(1, "open_qa", "en", "none", "none", None, """why is 'not bad' hard for sentiment analysis models"""),
(0, "summarization", "en", "after", "email", None, """Subject: Re: Lunch & learn next week?

> Would anyone be up for a lunch & learn on accessibility testing? — Mo

I'm in, Thursday works. — Lara
Thursday's bad for me, Wednesday? — Dev
Either. I can bring the screen reader demo. — Kit
Let's do Wednesday 12:30, room 4B, I'll order sandwiches. — Mo

tl;dr"""),
(1, "creative_writing", "en", "none", "none", None, """catchy title for a lunch & learn about accessibility testing, give me 5"""),
(0, "classification", "en", "after", "table", None, """| product | stock | avg daily sales |
| A | 400 | 10 |
| B | 25  | 12 |
| C | 0   | 3  |
| D | 90  | 1  |

label each row: reorder now / ok / overstocked"""),
(1, "general_qa", "en", "none", "none", None, """how do small shops figure out reorder points without fancy software"""),
]
