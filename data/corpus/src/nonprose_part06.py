# writer nonprose, part 06. Each item written by hand.
ITEMS = [
(0, "classification", "en", "before", "reviews", "W3-p044", """I need every review below tagged with a primary issue category so I can count them. Categories: SIZING, QUALITY, DELIVERY, CUSTOMER_SERVICE, PRICE, POSITIVE_ONLY. One category per review, format "R#: CATEGORY".

R1: "Ordered my usual 10 and they were tight across the toes. Had to send back for a 10.5, which took another week."
R2: "Sole started peeling away from the upper after about six weeks of walking the dog. For £110 I expected better."
R3: "Absolutely love these. Comfortable from day one, no break-in needed, and they look smart enough for the office."
R4: "Parcel sat at the depot for five days with no updates, then arrived with the box crushed. Shoes were fine thankfully."
R5: "Emailed three times about a return label and only got an automated reply. Finally got through on the phone after 40 minutes on hold."
R6: "Great shoes, but £130 is steep when the same brand's older model was £85 last year."
R7: "The left shoe squeaks on every step. Tried talc, still squeaks. It's like walking with a dog toy."
R8: "Runs at least half a size large. I'm normally a 7 and the 6.5 fits perfectly."
R9: "Really comfortable for long days on my feet. I'm a nurse and these have saved my knees."
R10: "Delivery driver left them on the doorstep in the rain, no knock. The suede got water marks."
R11: "Stitching on the heel came loose within a month."
R12: "The chat agent was brilliant, sorted an exchange in five minutes and sent the new pair before I'd even posted the old ones."
R13: "Fit is true to size but the width is narrow. If you have wide feet go elsewhere."
R14: "Paid for next-day delivery and they took four days. Still waiting for the refund of the delivery charge."
R15: "Beautiful leather, well made, and they've softened nicely after a couple of weeks."
R16: "The laces frayed in two weeks and the eyelets are already bending."
R17: "Not worth the price. Feels like a £40 pair with a fancy logo."
R18: "Customer service refused my return because I'd worn them indoors for an evening to test the fit. That's what testing means."
R19: "Second pair I've bought, still my favourites, would buy again."
R20: "Heel counter digs into my Achilles. Might be my foot shape but I had blisters after a short walk." """),
(1, "general_qa", "en", "before", "reviews", "W3-p044", """I run the ecommerce side for a small shoe brand. Below are 20 recent reviews of our bestseller. Based on them, what should we change first — product, sizing guidance, delivery partner, returns policy, pricing? Give me a prioritised plan with quick wins vs longer-term fixes, and tell me which complaints you think are noise.

R1: "Ordered my usual 10 and they were tight across the toes. Had to send back for a 10.5, which took another week."
R2: "Sole started peeling away from the upper after about six weeks of walking the dog. For £110 I expected better."
R3: "Absolutely love these. Comfortable from day one, no break-in needed, and they look smart enough for the office."
R4: "Parcel sat at the depot for five days with no updates, then arrived with the box crushed. Shoes were fine thankfully."
R5: "Emailed three times about a return label and only got an automated reply. Finally got through on the phone after 40 minutes on hold."
R6: "Great shoes, but £130 is steep when the same brand's older model was £85 last year."
R7: "The left shoe squeaks on every step. Tried talc, still squeaks."
R8: "Runs at least half a size large. I'm normally a 7 and the 6.5 fits perfectly."
R9: "Really comfortable for long days on my feet. I'm a nurse and these have saved my knees."
R10: "Delivery driver left them on the doorstep in the rain, no knock. The suede got water marks."
R11: "Stitching on the heel came loose within a month."
R12: "The chat agent was brilliant, sorted an exchange in five minutes."
R13: "Fit is true to size but the width is narrow. If you have wide feet go elsewhere."
R14: "Paid for next-day delivery and they took four days. Still waiting for the refund of the delivery charge."
R15: "Beautiful leather, well made, and they've softened nicely after a couple of weeks."
R16: "The laces frayed in two weeks and the eyelets are already bending."
R17: "Not worth the price. Feels like a £40 pair with a fancy logo."
R18: "Customer service refused my return because I'd worn them indoors for an evening to test the fit."
R19: "Second pair I've bought, still my favourites, would buy again."
R20: "Heel counter digs into my Achilles. I had blisters after a short walk." """),
(0, "classification", "en", "before", "list", None, """spam? 'URGENT: your package is held, pay customs fee here'"""),
(1, "open_qa", "en", "none", "none", None, """why do scam texts have so many typos, is it on purpose"""),
(0, "summarization", "en", "after", "log", "W3-p045", """2024-10-15T03:00:00.012Z scheduler   INFO  Triggering job reindex-products (cron 0 3 * * *)
2024-10-15T03:00:00.544Z indexer     INFO  Starting full reindex, source=postgres products (1,932,118 rows), target=es-prod alias products
2024-10-15T03:00:01.101Z indexer     INFO  Created new index products_20241015_0300 (shards=6, replicas=0)
2024-10-15T03:12:44.870Z indexer     INFO  Indexed 500,000 / 1,932,118 docs (rate 655/s)
2024-10-15T03:25:31.002Z indexer     INFO  Indexed 1,000,000 / 1,932,118 docs (rate 652/s)
2024-10-15T03:31:09.415Z indexer     WARN  Bulk request rejected: es_rejected_execution_exception, queue capacity 200 reached on node es-data-2
2024-10-15T03:31:09.416Z indexer     WARN  Retrying bulk batch 2091 in 5s (attempt 1/5)
2024-10-15T03:31:14.501Z indexer     WARN  Bulk request rejected: es_rejected_execution_exception on node es-data-2
2024-10-15T03:31:14.502Z indexer     WARN  Retrying bulk batch 2091 in 10s (attempt 2/5)
2024-10-15T03:31:24.640Z indexer     INFO  Bulk batch 2091 accepted
2024-10-15T03:38:55.223Z indexer     INFO  Indexed 1,500,000 / 1,932,118 docs (rate 601/s)
2024-10-15T03:44:02.998Z es-data-2   WARN  [gc][young] duration [1.9s], collections [1]/[2.3s], memory [14.8gb]->[13.1gb]/[16gb]
2024-10-15T03:44:40.330Z es-data-2   WARN  high disk watermark [90%] exceeded on [es-data-2][/var/lib/elasticsearch] free: 38.1gb[9.6%], shards will be relocated away from this node
2024-10-15T03:45:12.771Z indexer     INFO  Indexed 1,932,118 / 1,932,118 docs
2024-10-15T03:45:13.002Z indexer     INFO  Setting replicas=1 on products_20241015_0300
2024-10-15T03:58:47.660Z indexer     ERROR Timed out waiting for index products_20241015_0300 to reach green (waited 800s, status=yellow, unassigned_shards=4)
2024-10-15T03:58:47.661Z indexer     ERROR Not swapping alias: new index is not green. Alias products still points to products_20241014_0300
2024-10-15T03:58:47.662Z indexer     INFO  Leaving products_20241015_0300 in place for inspection
2024-10-15T03:58:47.700Z scheduler   ERROR Job reindex-products finished with status FAILED (duration 58m47s)

Give me a short summary of what happened with last night's reindex and what state search is in now."""),
(1, "open_qa", "en", "after", "log", "W3-p045", """2024-10-15T03:00:01.101Z indexer     INFO  Created new index products_20241015_0300 (shards=6, replicas=0)
2024-10-15T03:31:09.415Z indexer     WARN  Bulk request rejected: es_rejected_execution_exception, queue capacity 200 reached on node es-data-2
2024-10-15T03:44:02.998Z es-data-2   WARN  [gc][young] duration [1.9s], collections [1]/[2.3s], memory [14.8gb]->[13.1gb]/[16gb]
2024-10-15T03:44:40.330Z es-data-2   WARN  high disk watermark [90%] exceeded on [es-data-2][/var/lib/elasticsearch] free: 38.1gb[9.6%], shards will be relocated away from this node
2024-10-15T03:45:13.002Z indexer     INFO  Setting replicas=1 on products_20241015_0300
2024-10-15T03:58:47.660Z indexer     ERROR Timed out waiting for index products_20241015_0300 to reach green (waited 800s, status=yellow, unassigned_shards=4)
2024-10-15T03:58:47.661Z indexer     ERROR Not swapping alias: new index is not green. Alias products still points to products_20241014_0300

We have 3 data nodes. Why would the replica shards stay unassigned here? Is it the disk watermark on es-data-2, and if so why can't they just go on the other two nodes? Also is a 1.9s young GC on a 16gb heap a sign of something wrong?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a mock motivational poster caption for Elasticsearch clusters stuck in yellow."""),
(0, "classification", "en", "before", "email", None, """Job applicant screening: based on the must-haves (Python, 3+ years, right to work in UK), is this applicant a YES, NO, or MAYBE?

"Hi, I have 2.5 years of Python at a fintech startup plus a year of internships, I'm on a Graduate visa valid until 2026. Attached my CV." """),
(1, "general_qa", "en", "none", "none", None, """Is it worth applying for jobs that ask for 3 years experience when I have 2?"""),
(0, "summarization", "en", "after", "chat", "W3-p046", """#eng-platform (Slack) – thread on "Should we move CI from Jenkins to GitHub Actions?"

Ola 9:02 AM: Kicking this off properly since it keeps coming up. Jenkins costs us roughly 1.5 days a month of someone's time on plugin updates and agent babysitting. Builds queue for 10+ minutes most afternoons. I'd like to propose moving to GitHub Actions over Q1.
Marcus 9:10 AM: I'm broadly for it. Concerns: (1) we have ~140 Jenkins jobs, some with Groovy nobody understands, (2) our integration tests need access to the on-prem Oracle box, which hosted runners can't reach.
Ola 9:12 AM: (2) we'd use self-hosted runners in the data centre for those. Hosted for everything else.
Priyanka 9:20 AM: Cost check: at our current volume (~38k build minutes/month on Linux) we'd be over the free minutes on our plan. Rough estimate $250-300/month for hosted minutes. Versus Jenkins which is "free" but runs on 6 VMs that cost ~$900/month.
Marcus 9:22 AM: so it's cheaper AND less toil? that's a rare combo
Hiro 9:31 AM: Devil's advocate: we had a GitHub Actions outage last spring that blocked all deploys for 3 hours. With Jenkins at least we control it.
Ola 9:33 AM: fair. we could keep a manual deploy path documented for emergencies. Jenkins also went down twice last year, for longer, because of the disk filling up
Hiro 9:35 AM: ha, true
Sven 9:50 AM: Security angle: we'd want OIDC to AWS rather than long-lived keys in secrets, and pinned action SHAs, not tags. Also need to restrict which third-party actions are allowed.
Ola 9:52 AM: 100%. I'll add an allowlist policy.
Priyanka 10:05 AM: what about the Groovy jobs
Marcus 10:07 AM: I looked. Of the 140 jobs, ~90 are the same 4 templates with different params. ~30 are dead (no runs in 6 months). The remaining ~20 are bespoke and that's where the pain is.
Ola 10:10 AM: So plan: delete the 30 dead ones, convert the 4 templates into reusable workflows, hand-port the 20. Start with the 2 smallest teams as pilots in January.
Hiro 10:15 AM: I'm OK with a pilot. I'd want a go/no-go after the pilot with actual queue time data, not vibes.
Ola 10:16 AM: deal. I'll write the RFC this week with those numbers and the pilot criteria.
Sven 10:20 AM: tag me for security review on the RFC

Summarize this thread for the eng managers: proposal, main arguments for/against, numbers mentioned, and the agreed next step."""),
(1, "general_qa", "en", "after", "chat", "W3-p046", """#eng-platform (Slack) – thread on "Should we move CI from Jenkins to GitHub Actions?"

Ola 9:02 AM: Jenkins costs us roughly 1.5 days a month of someone's time on plugin updates and agent babysitting. Builds queue for 10+ minutes most afternoons. I'd like to propose moving to GitHub Actions over Q1.
Marcus 9:10 AM: Concerns: (1) we have ~140 Jenkins jobs, some with Groovy nobody understands, (2) our integration tests need access to the on-prem Oracle box, which hosted runners can't reach.
Ola 9:12 AM: (2) we'd use self-hosted runners in the data centre for those.
Priyanka 9:20 AM: ~38k build minutes/month; rough estimate $250-300/month for hosted minutes, versus Jenkins on 6 VMs that cost ~$900/month.
Hiro 9:31 AM: we had a GitHub Actions outage last spring that blocked all deploys for 3 hours.
Sven 9:50 AM: we'd want OIDC to AWS rather than long-lived keys in secrets, and pinned action SHAs, not tags.
Marcus 10:07 AM: Of the 140 jobs, ~90 are the same 4 templates with different params. ~30 are dead. The remaining ~20 are bespoke.
Ola 10:10 AM: Plan: delete the 30 dead ones, convert the 4 templates into reusable workflows, hand-port the 20. Start with the 2 smallest teams as pilots in January.
Hiro 10:15 AM: I'd want a go/no-go after the pilot with actual queue time data, not vibes.

I'm Ola and I'm writing the RFC. What should the pilot success criteria be (specific metrics and thresholds)? And what are the gotchas teams usually hit when migrating from Jenkins to Actions that I should plan for — self-hosted runner security, caching, secrets, matrix builds, anything else?"""),
(1, "open_qa", "en", "none", "none", None, """why should you pin GitHub actions to a commit SHA instead of a tag"""),
(0, "classification", "en", "after", "code", None, """SELECT *
FROM users u
WHERE u.id IN (SELECT user_id FROM orders WHERE total > 100);

is this a correlated or non-correlated subquery?"""),
(0, "summarization", "en", "before", "table", None, """Sum up this sales pipeline in 3 bullets for Monday's meeting:

| deal           | stage        | value £ | close date | owner | note |
|----------------|--------------|---------|------------|-------|------|
| Halden Group   | negotiation  | 84,000  | 31 Oct     | Ruth  | legal reviewing MSA |
| Pike & Co      | proposal     | 22,500  | 15 Nov     | Sami  | waiting on budget sign-off |
| Orbital Labs   | discovery    | 60,000  | Q1         | Ruth  | 2nd call booked |
| Vance Retail   | negotiation  | 41,000  | 8 Nov      | Sami  | asked for 15% discount |
| Kestrel Health | closed won   | 37,800  | 2 Oct      | Ruth  | signed |
| Moorland Ltd   | closed lost  | 18,000  | 4 Oct      | Jo    | went with competitor on price |
| Tidewater      | proposal     | 29,900  | 30 Nov     | Jo    | champion left the company |"""),
(1, "general_qa", "en", "before", "table", None, """Our champion at Tidewater (£29,900 deal, proposal stage, close 30 Nov) just left the company. What should the account owner do now to save the deal?

| deal       | stage    | value £ | close date | owner | note |
| Tidewater  | proposal | 29,900  | 30 Nov     | Jo    | champion left the company |"""),
(1, "creative_writing", "en", "none", "none", None, """write a LinkedIn post celebrating closing our biggest deal, without sounding like a LinkedIn post"""),
(0, "classification", "en", "before", "log", None, """Label: is this a transient error (retry might work) or permanent (retry won't help)?

"HTTP 400 Bad Request: field 'email' must be a valid email address" """),
(1, "open_qa", "en", "none", "none", None, """which HTTP errors are safe to retry automatically"""),
(0, "summarization", "en", "after", "email", "W3-p047", """From: Karin Solberg
To: Project team
Subject: Re: Re: Office move – lessons from the pilot floor

Hi all,

Thanks for the comments. Pulling together what I heard from the pilot on floor 2, since the full move is in January and we need to decide on a few things.

> From: Dev (IT)
> Wi-Fi coverage on the east side of floor 2 was poor for the first two weeks. We added two access points and it's fine now, but for floors 3 and 4 we should survey before people move in, not after.

Agreed. Dev, please book the survey for the second week of December.

> From: Nkechi (Facilities)
> The lockers were a success, but we underestimated demand: 60 lockers for 85 people using the floor on peak days. People started leaving bags on desks, which defeats hot-desking.

We'll plan for lockers at 80% of peak occupancy on the new floors rather than 70%.

> From: Liam (Finance team, pilot user)
> The quiet zone doesn't work. It's next to the kitchen. Also there aren't enough phone booths; people take calls at their desks and it's noisy.

Two separate issues. The quiet zone: the layout for floors 3/4 puts it at the far end from the kitchen, so that's solved. Phone booths: the pilot had 4 booths for 85 people. The industry guidance I've seen is roughly 1 per 10-12 people, so we'd need 7-8. Nkechi has a quote for 4 more booths at £6,800 each.

> From: Beth (HR)
> Some people with accessibility needs felt the desk booking system didn't let them reserve the same adjustable desk. We should allow permanent assignment for those cases.

Yes. Beth, can you work with Dev on a "reserved desk" category in the booking tool?

Decisions I need from the steering group on Thursday:
1. Approve 4 extra phone booths on the pilot floor and 7 per floor for 3 and 4 (total spend ~£122k).
2. Approve the locker ratio change.
3. Confirm the move date of 13 January, or push to 27 January if the Wi-Fi survey finds major work.

Karin

Summarize this email for the steering group: the pilot findings, what's already been decided, and the three decisions they need to make."""),
(1, "general_qa", "en", "after", "email", "W3-p047", """From: Karin Solberg
Subject: Re: Re: Office move – lessons from the pilot floor

> From: Liam (Finance team, pilot user)
> The quiet zone doesn't work. It's next to the kitchen. Also there aren't enough phone booths; people take calls at their desks and it's noisy.

Phone booths: the pilot had 4 booths for 85 people. Guidance I've seen is roughly 1 per 10-12 people, so we'd need 7-8. Quote for 4 more booths is £6,800 each. For floors 3 and 4 that's 7 per floor, total spend ~£122k.

> From: Nkechi (Facilities)
> 60 lockers for 85 people on peak days. People started leaving bags on desks, which defeats hot-desking.

I'm on the steering group and £122k on phone booths feels like a lot. Are there cheaper ways to solve the "people taking calls at desks" problem? What have other hybrid offices done that actually works?"""),
(1, "open_qa", "en", "none", "none", None, """what does the research say about open plan offices and productivity"""),
(0, "classification", "en", "before", "list", None, """CSV, JSON, YAML or XML? 
a) <note><to>Ana</to></note>
b) name,age
   Ana,31
c) {"name": "Ana"}
d) name: Ana"""),
(1, "creative_writing", "en", "none", "none", None, """Write a rivalry rap battle between JSON and YAML, 8 lines each."""),
(0, "summarization", "en", "after", "transcript", "W3-p048", """Podcast "Build Small" – episode 41 – transcript excerpt (12:30–19:10)

HOST (Nadia): So you launched the first version of the invoicing app in, what, six weeks?
GUEST (Felipe): Six weeks of evenings, yeah. I was still working full-time. The first version was honestly embarrassing. You could create an invoice, send it as a PDF, and mark it paid. That's it. No recurring invoices, no multiple currencies, no integrations.
HOST: And people paid for that?
GUEST: Twelve people paid for it in the first month at nine dollars. Which doesn't sound like much, but it told me the pain was real. All twelve were freelance designers, because I'd posted in two design communities. I hadn't planned that, but it turned out to be the niche.
HOST: How did you decide what to build next?
GUEST: I did a call with every one of the twelve. Thirty minutes each. And I asked them the same three questions: what almost stopped you from paying, what do you do in another tool that you wish you could do here, and who else do you know who has this problem. The second question was gold. Nine of the twelve said they tracked time in a separate app and copied hours into invoices by hand.
HOST: So you built time tracking.
GUEST: I built the dumbest possible time tracking. A start/stop button and a list. Then a button that turned tracked time into invoice lines. It took two weeks. Churn dropped from something like fifteen percent a month to five.
HOST: What about pricing? Nine dollars is low.
GUEST: Way too low. At about 200 customers I raised it to nineteen for new users, and kept the early people at nine forever. I expected complaints. I got maybe three emails. Conversion from trial didn't really change. I should have done it six months earlier.
HOST: What's the biggest mistake you made?
GUEST: Building an integration with a big accounting platform because a few loud users asked for it. It took three months, broke every time they changed their API, and in the end about four percent of customers used it. Meanwhile the thing people actually wanted, which was reminders for late payments, sat in the backlog.
HOST: How do you avoid that now?
GUEST: I keep a simple spreadsheet. Every request gets a row, and I count how many distinct paying customers asked for it, and roughly how much revenue they represent. The loud ones don't get extra weight just because they're loud.
HOST: Where are you now?
GUEST: Just over 1,400 paying customers, still mostly creative freelancers. It's me and one part-time support person. I left my job eighteen months ago.

Summarize this excerpt as 5-6 key takeaways for founders."""),
(1, "open_qa", "en", "after", "transcript", "W3-p048", """From a podcast with a solo founder:

GUEST: At about 200 customers I raised it from nine to nineteen for new users, and kept the early people at nine forever. I expected complaints. I got maybe three emails. Conversion from trial didn't really change. I should have done it six months earlier.
GUEST: Building an integration with a big accounting platform because a few loud users asked for it. It took three months, broke every time they changed their API, and in the end about four percent of customers used it.

Why do so many founders underprice early on, and is grandfathering early customers at the old price actually a good idea long-term? What are the arguments on both sides?"""),
(1, "general_qa", "en", "none", "none", None, """I have 12 paying users for my side project. how do I figure out what to build next"""),
(0, "classification", "en", "after", "chat", None, """[Customer] this is the third time I'm asking. cancel my account NOW or I'm disputing with my bank

intent + emotion? pick intent from (cancel, refund, info) and emotion from (calm, frustrated, angry)"""),
(1, "creative_writing", "en", "after", "chat", None, """[Customer] this is the third time I'm asking. cancel my account NOW or I'm disputing with my bank

write the agent's reply: account cancelled effective today, no further charges, confirmation email sent, sincere apology for the earlier misses. 60 words max"""),
(0, "summarization", "en", "after", "code", None, """openapi: 3.0.3
info:
  title: Parcel Tracking API
  version: 1.2.0
paths:
  /parcels/{id}:
    get:
      summary: Get parcel status
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      responses:
        "200": { description: Parcel found }
        "404": { description: Unknown parcel }
  /parcels/{id}/events:
    get:
      summary: List tracking events for a parcel
  /webhooks:
    post:
      summary: Register a webhook for status changes
      security:
        - apiKey: []

what does this API offer? 2-3 sentences"""),
(1, "general_qa", "en", "none", "none", None, """how do I version a public REST API, in the URL or in a header"""),
(0, "classification", "en", "before", "list", None, """which of these are mammals: bat, trout, seal, penguin, dolphin, gecko"""),
(0, "summarization", "en", "after", "chat", "W3-p049", """Text thread with my landlord's agent (screenshots typed out)

Tue 10:02 Agent: Hi, just confirming the inventory check-out is on Friday at 11. Please make sure the flat is clean and keys are returned.
Tue 10:30 Me: Hi, yes that's fine. Can I ask what happens with the deposit?
Tue 11:15 Agent: After the check-out we'll send you a proposed deduction list within 10 days, if any.
Tue 11:17 Me: OK. Just so you know, the stain on the living room carpet was there when I moved in, it's in the original inventory photos.
Tue 11:40 Agent: Noted, we'll compare.
Fri 13:05 Agent: Thanks for today. The clerk noted: oven needs professional clean, 2 picture hooks holes in bedroom, carpet stain living room.
Fri 13:20 Me: The oven I'll accept. The hooks were allowed, the landlord said so by email in 2022, I can forward it. The carpet stain is pre-existing.
Fri 14:02 Agent: Please forward the email. We'll review.
Mon 09:12 Agent: Proposed deductions: oven clean £85, filling holes £40, carpet clean £120. Total £245 from £1,400 deposit.
Mon 09:30 Me: I forwarded the landlord's email on Friday. And the carpet stain is in the check-in report, photo 14.
Mon 12:48 Agent: We've reviewed. Landlord agrees to drop the holes charge. He still wants the carpet cleaned.

Summarize where this deposit dispute stands."""),
(1, "general_qa", "en", "after", "chat", "W3-p049", """Text thread with my landlord's agent:

Fri 13:05 Agent: The clerk noted: oven needs professional clean, 2 picture hooks holes in bedroom, carpet stain living room.
Fri 13:20 Me: The oven I'll accept. The hooks were allowed, the landlord said so by email in 2022. The carpet stain is pre-existing.
Mon 09:12 Agent: Proposed deductions: oven clean £85, filling holes £40, carpet clean £120. Total £245 from £1,400 deposit.
Mon 09:30 Me: And the carpet stain is in the check-in report, photo 14.
Mon 12:48 Agent: Landlord agrees to drop the holes charge. He still wants the carpet cleaned.

Should I accept the £120 carpet charge or raise a dispute with the deposit protection scheme? How does the dispute process work in England and what evidence do I need?"""),
(1, "creative_writing", "en", "none", "none", None, """poem about leaving the first flat you ever rented"""),
(0, "classification", "en", "after", "form", None, """Warranty claim:
Product: cordless drill, bought 14 months ago
Warranty: 2 years, excludes misuse and wear parts (brushes, chucks, batteries after 12 months)
Fault: battery won't hold charge

covered or not covered?"""),
(1, "open_qa", "en", "none", "none", None, """why do lithium tool batteries lose capacity, and does leaving them on the charger hurt"""),
(0, "summarization", "en", "after", "log", None, """Sep 28 16:40:01 nas-01 smartd[912]: Device: /dev/sdb [SAT], SMART Usage Attribute: 5 Reallocated_Sector_Ct changed from 100 to 98
Sep 28 16:40:01 nas-01 smartd[912]: Device: /dev/sdb [SAT], 8 Currently unreadable (pending) sectors
Sep 29 16:40:02 nas-01 smartd[912]: Device: /dev/sdb [SAT], SMART Usage Attribute: 5 Reallocated_Sector_Ct changed from 98 to 95
Sep 29 16:40:02 nas-01 smartd[912]: Device: /dev/sdb [SAT], 24 Currently unreadable (pending) sectors
Sep 30 02:11:47 nas-01 kernel: md/raid1:md0: Disk failure on sdb1, disabling device.
Sep 30 02:11:47 nas-01 kernel: md/raid1:md0: Operation continuing on 1 devices.
Sep 30 02:12:03 nas-01 mdadm[1022]: Fail event detected on md device /dev/md0, component device /dev/sdb1

what's the state of my NAS? short"""),
(1, "general_qa", "en", "after", "log", None, """Sep 30 02:11:47 nas-01 kernel: md/raid1:md0: Disk failure on sdb1, disabling device.
Sep 30 02:11:47 nas-01 kernel: md/raid1:md0: Operation continuing on 1 devices.

one of my raid1 disks died. walk me through replacing it with mdadm without losing data. also should I buy the same model or is mixing fine"""),
(1, "open_qa", "en", "none", "none", None, """is RAID a backup? why do people keep saying no"""),
(0, "classification", "en", "before", "reviews", "W3-p050", """Classify each line of this App Store feedback by platform mentioned (iOS, Android, web, none):

- "Widget doesn't update on my iPhone 15"
- "Pixel 8, notifications arrive 20 minutes late"
- "Dark mode on the website hurts my eyes"
- "Love the app"
- "iPad layout is broken in landscape"
- "Samsung keyboard covers the input box" """),
(1, "creative_writing", "en", "before", "reviews", "W3-p050", """We fixed all of these in version 5.4. Write the "What's new" text for the App Store listing, friendly, under 80 words, thanking people for reporting them:

- "Widget doesn't update on my iPhone 15"
- "Pixel 8, notifications arrive 20 minutes late"
- "Dark mode on the website hurts my eyes"
- "iPad layout is broken in landscape"
- "Samsung keyboard covers the input box" """),
(1, "open_qa", "en", "none", "none", None, """why do android notifications arrive late, doze mode?"""),
(0, "summarization", "en", "after", "notes", None, """standup notes, thurs
- api: auth refactor merged, deploying tmrw am
- web: checkout redesign 70%, blocked on copy from marketing
- mobile: 2.3 in app review, apple asked about location permission text
- data: dashboards for exec review done
- infra: cert renewal automated, closing the incident ticket

give me a 2-line recap"""),
(1, "general_qa", "en", "none", "none", None, """apple rejected our app for vague location permission text. how do I write it so it passes"""),
(0, "classification", "en", "before", "list", None, """For each term, is it a sorting algorithm, a data structure, or neither? quicksort, heap, trie, mergesort, kubernetes, linked list, bubble sort"""),
(1, "open_qa", "en", "none", "none", None, """explain why quicksort is usually faster than mergesort in practice even though worst case is worse"""),
(0, "summarization", "en", "after", "email", None, """----- Forwarded message -----
From: Airline Customer Relations
Subject: Your complaint ref CR-44192

Dear Passenger,
Thank you for contacting us about your cancelled flight on 2 August. We are sorry for the disruption. As the cancellation was caused by air traffic control restrictions, which are extraordinary circumstances outside our control, we are unable to offer compensation under UK261. We have however refunded your hotel costs of £142 and meal expenses of £38.60, which should reach your account within 7 working days. As a gesture of goodwill, we have also added 2,000 Avios to your account.
Kind regards,
Customer Relations

dad forwarded me this, what does it actually say? two lines"""),
(1, "creative_writing", "en", "none", "none", None, """Write a polite but firm letter to an airline asking them to explain why ATC restrictions count as extraordinary when other airlines' flights on the same route left on time."""),
(0, "classification", "en", "after", "table", "W3-p051", """Survey results – "How likely are you to recommend us?" (0-10) with comment

| resp | score | comment |
|------|-------|---------|
| 1    | 10    | "Support team is incredible" |
| 2    | 6     | "Does the job, UI feels dated" |
| 3    | 9     | "Fast, reliable, fair price" |
| 4    | 3     | "Billing errors two months in a row" |
| 5    | 8     | "Good but missing SSO" |
| 6    | 0     | "Data export broken, support unhelpful" |
| 7    | 7     | "It's fine" |
| 8    | 10    | "Saved us hours every week" |
| 9    | 5     | "Too expensive for small teams" |
| 10   | 9     | "Love the new dashboard" |

Classify each respondent as promoter, passive, or detractor (standard NPS bands)."""),
(1, "general_qa", "en", "after", "table", "W3-p051", """| resp | score | comment |
|------|-------|---------|
| 4    | 3     | "Billing errors two months in a row" |
| 6    | 0     | "Data export broken, support unhelpful" |
| 9    | 5     | "Too expensive for small teams" |

These are our detractors from this quarter's NPS survey. How should we follow up with each of them? Who reaches out, what do we say, and what do we offer?"""),
(1, "open_qa", "en", "none", "none", None, """is NPS actually a useful metric or is it nonsense"""),
(0, "summarization", "en", "before", "code", None, """summarize what this cron table schedules, one line per job in plain words:

0 2 * * * /opt/backup.sh
*/15 * * * * /opt/healthcheck.sh
0 9 * * 1 /opt/weekly_report.py
30 23 28-31 * * [ "$(date +%d -d tomorrow)" = "01" ] && /opt/month_end.sh
@reboot /opt/start_agent.sh"""),
(1, "open_qa", "en", "none", "none", None, """why doesn't cron have a 'last day of month' option"""),
(0, "classification", "en", "inline", "chat", None, """[Assistant config: You triage messages for a vet clinic. Categories: EMERGENCY, APPOINTMENT, PRESCRIPTION, GENERAL. Output the category only.]
Owner: my dog just ate a whole bar of dark chocolate about 20 mins ago, she's 8kg"""),
(1, "open_qa", "en", "none", "none", None, """why is chocolate toxic to dogs but not humans"""),
(0, "summarization", "en", "after", "list", None, """Q3 OKR check-in (scores 0.0-1.0)

O1 Make onboarding effortless
 - KR1 time-to-first-value under 10 min: 0.7 (now 13 min, was 22)
 - KR2 onboarding completion 60% -> 75%: 0.4 (now 66%)
O2 Grow mid-market
 - KR1 20 new mid-market logos: 0.9 (18)
 - KR2 launch SSO: 1.0 (shipped Aug)
O3 Reliability
 - KR1 99.95% uptime: 0.3 (99.87%, two incidents)
 - KR2 reduce p95 latency 30%: 0.6 (-18%)

summarize the quarter in 3 sentences"""),
(1, "general_qa", "en", "none", "none", None, """we scored 0.3 on our uptime OKR. how do I present that to leadership without sounding like excuses"""),
(0, "classification", "en", "before", "email", None, """complaint or compliment? "Just wanted to say your delivery guy went above and beyond today, carried everything upstairs for my mum." """),
(1, "creative_writing", "en", "none", "none", None, """write a thank-you note to a delivery driver who carried groceries up 4 flights for my elderly mum"""),
(0, "summarization", "en", "after", "transcript", None, """Zoom auto-captions, 1:1, 14 min (cleaned)
Manager: How are you finding the new project?
Report: Honestly overwhelming. Three stakeholders, each thinks they own the roadmap.
Manager: That's on me, I should've clarified. Ravi owns the roadmap. The other two are consulted.
Report: That helps. Can you say that in the kickoff?
Manager: Yes, I'll open with it Tuesday.
Report: Also I'd like to drop the weekly report since we have the dashboard now.
Manager: Fine, try it for a month.

3 bullet recap"""),
(1, "general_qa", "en", "none", "none", None, """three stakeholders all think they own my project's roadmap. how do I handle it if my manager won't step in"""),
(0, "classification", "en", "before", "list", None, """which are valid JSON? 
1) {"a": 1}
2) {'a': 1}
3) [1, 2, 3,]
4) "hello"
5) {a: 1}"""),
(1, "open_qa", "en", "none", "none", None, """why doesn't JSON allow trailing commas or comments"""),
(0, "summarization", "en", "after", "reviews", None, """Feedback on the new canteen menu (comment cards, week 1):
"More veggie options please" / "The curry was great" / "Portions smaller than before" / "Prices up 50p, portions down, not cool" / "Loved the salad bar" / "Need a vegan hot option every day" / "Curry again! yes" / "Queue too long at 12:30"

sum up the feedback in 3 bullets"""),
(1, "creative_writing", "en", "none", "none", None, """write a cheerful notice for the canteen: new vegan hot dish every day from Monday"""),
(0, "classification", "en", "after", "log", "W3-p052", """ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction

mysql. is this a deadlock, a lock timeout, or a connection error? one"""),
(1, "open_qa", "en", "after", "log", "W3-p052", """ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction

mysql 8, innodb. happens when our nightly batch update runs while users are active. what's actually holding the lock and why doesn't innodb just detect it like a deadlock?"""),
(1, "general_qa", "en", "none", "none", None, """how do I find which query is holding a lock in mysql"""),
(0, "summarization", "en", "after", "chat", None, """Group: Saturday football ⚽
Kofi: 5-a-side this sat 10am, who's in
Dan: in
Raz: in
Tom: maybe, kid's party at 12
Kofi: need 10, have 7
Lu: in + bringing my cousin
Kofi: 9
Tom: ok I'm in, will leave early
Kofi: 10!! pitch booked, £6 each, bring bibs Raz

summarise"""),
(1, "creative_writing", "en", "none", "none", None, """funny team name ideas for a five-a-side football team of dads in their 40s"""),
(0, "classification", "en", "before", "table", None, """For each loan application row, approve or refer under the rule: approve if credit score >= 680 and debt-to-income < 36%, else refer.

| app | score | DTI |
| A1  | 720   | 28% |
| A2  | 690   | 41% |
| A3  | 655   | 20% |
| A4  | 810   | 35% |"""),
(1, "open_qa", "en", "none", "none", None, """what goes into a credit score in the US, and why do they differ between bureaus"""),
(0, "summarization", "en", "after", "json", None, """{"repo":"acme/web","open_prs":14,"prs_waiting_review_over_3d":6,"median_time_to_merge_h":41,"ci_pass_rate":0.83,"flaky_tests_flagged":9,"top_reviewers":[{"user":"lena","reviews":22},{"user":"kofi","reviews":19},{"user":"sam","reviews":4}]}

summarize the repo health stats in two lines"""),
(1, "general_qa", "en", "after", "json", None, """{"open_prs":14,"prs_waiting_review_over_3d":6,"median_time_to_merge_h":41,"top_reviewers":[{"user":"lena","reviews":22},{"user":"kofi","reviews":19},{"user":"sam","reviews":4}]}

two people do almost all the code reviews and PRs sit for days. how do I spread the review load on a 6-person team?"""),
(1, "creative_writing", "en", "none", "none", None, """limerick about a PR that waited two weeks for review"""),
(0, "classification", "en", "before", "chat", None, """Which of these chat messages are questions that need an answer from support? list numbers

1. thanks!!
2. how do I export to excel
3. ok that worked
4. is there a limit on file size?
5. 👍"""),
(0, "summarization", "en", "after", "form", None, """Volunteer sign-up form responses (summary needed)

Name: [redacted] | Availability: Sat mornings | Skills: first aid, driving | Notes: has a van
Name: [redacted] | Availability: weekday evenings | Skills: admin, social media
Name: [redacted] | Availability: Sat + Sun | Skills: cooking | Notes: food hygiene cert
Name: [redacted] | Availability: Sat mornings | Skills: heavy lifting
Name: [redacted] | Availability: flexible | Skills: translation (Polish, Ukrainian)

summarise what we've got: availability and skills coverage"""),
(1, "general_qa", "en", "none", "none", None, """how do I keep volunteers coming back to a food bank after the first month"""),
(0, "classification", "en", "before", "list", None, """British or American spelling? colour, center, organise, analyze, theatre, color"""),
(1, "open_qa", "en", "none", "none", None, """why did american spelling drop the u in colour"""),
(0, "summarization", "en", "after", "log", None, """[Build #4821] Started by GitHub push by okoro
[Build #4821] Checkout: ok (3s)
[Build #4821] Restore cache: miss (key node-modules-9f2c)
[Build #4821] npm ci: ok (2m41s)
[Build #4821] Lint: ok (38s)
[Build #4821] Unit tests: ok, 1,204 passed (1m55s)
[Build #4821] E2E tests: 2 failed, 88 passed (6m12s)
    - checkout.spec.ts: "applies discount code" timeout after 30000ms
    - profile.spec.ts: "uploads avatar" element not found: [data-test=avatar-preview]
[Build #4821] Save cache: ok
[Build #4821] FAILED in 12m03s

one-line summary for the PR comment"""),
(1, "general_qa", "en", "after", "log", None, """[Build #4821] Restore cache: miss (key node-modules-9f2c)
[Build #4821] npm ci: ok (2m41s)
[Build #4821] E2E tests: 2 failed, 88 passed (6m12s)
[Build #4821] FAILED in 12m03s

our builds take 12 min and the e2e tests fail randomly about 1 in 5 runs. how do we speed this up and get the flakiness under control? playwright + github actions"""),
(1, "creative_writing", "en", "none", "none", None, """A short story in 100 words: an E2E test that only fails when nobody is watching."""),
(0, "classification", "en", "after", "reviews", None, """"The instructions were in Swedish only"
"Missing two screws"
"Wobbles even after tightening"
"Looks exactly like the picture, sturdy"

for each furniture review: assembly, parts, stability, or positive"""),
(1, "general_qa", "en", "none", "none", None, """flat pack wardrobe wobbles even after tightening everything. fixes?"""),
]
