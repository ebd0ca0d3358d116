# writer nonprose, part 11. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "email", "np2-p029", """From: Bethan Rees <bethan.rees@ourco.example>
To: Alex Mercer <alex.mercer@cloudledger.example>
Cc: Procurement <procurement@ourco.example>
Subject: RE: RE: RE: Renewal – CloudLedger Enterprise (contract ending 31 Jan)
Date: Wed, 4 Dec 2024 17:12

Alex,

Thanks for the revised quote. To be clear about where we are on our side:

1. Seats: we can commit to 180 seats, not 220. We over-bought last year and about 40 seats have been unused since March. I've attached the usage export from your own admin console.
2. Price: your revised quote is 61 pounds per seat per month, down from 64, but that's still an 8% increase on our current 56.50. Our budget for next year assumes no increase.
3. Term: we're open to a 2-year term if that helps you on price.
4. SSO: you've confirmed SSO moves into the Enterprise tier at no extra cost, thank you, that was one of our blockers.
5. Data residency: we still need written confirmation that our data stays in the UK region, including backups. Your security page says "EU or UK", which isn't enough for our auditors.

If we can get to 56.50 on a 2-year term with 180 seats, plus the residency confirmation, I can get this signed before Christmas. Otherwise I have to run the alternative vendor evaluation in January, which I'd rather not.

Best,
Bethan

-----Original Message-----
From: Alex Mercer
Sent: Tue, 3 Dec 2024 10:40
Subject: RE: RE: Renewal – CloudLedger Enterprise

Hi Bethan,

Great to speak yesterday. I've gone back to my team and can offer 61 pounds per seat per month for 220 seats on a 1-year term, which is a 3 pound reduction on list. SSO is now included in Enterprise. I'm checking on the data residency point with our security team.

I'd need signature by 20 December to hold this price.

Kind regards,
Alex

-----Original Message-----
From: Bethan Rees
Sent: Mon, 25 Nov 2024 09:05
Subject: RE: Renewal – CloudLedger Enterprise

Hi Alex,

We received the renewal quote at 64 pounds per seat. That's a 13% increase and we can't accept it. Can we get on a call this week? Also, is SSO still an add-on?

Bethan

-----Original Message-----
From: Alex Mercer
Sent: Fri, 22 Nov 2024 14:30
Subject: Renewal – CloudLedger Enterprise

Hi Bethan, your contract renews on 31 January. Attached is your renewal quote for 220 seats at our new list price. Let me know if you have any questions!

---

I'm the new head of finance and just got forwarded this. Summarize it for me: what each side wants, what's been agreed, what's still open, and the deadlines."""),
(1, "general_qa", "en", "after", "email", "np2-p029", """Where our software renewal negotiation stands:
- Vendor offer: 61/seat/month, 220 seats, 1-year, sign by 20 Dec. SSO now included.
- Our ask (Bethan's last email): 56.50/seat, 180 seats, 2-year term, written UK data residency confirmation including backups.
- We have ~40 seats unused since March, proven with their own usage export.
- Contract ends 31 Jan. Alternative vendor evaluation would take at least 6 weeks.

The vendor hasn't replied in 5 days. I'm the new head of finance. Do I hold firm, meet in the middle, or start the alternative evaluation now as leverage? And what's a realistic final number to aim for?"""),
(0, "classification", "en", "before", "log", None, """For each access log line, label it: normal user, crawler, or attack probe.

1. 203.0.113.45 - - [05/Dec/2024:09:14:02 +0000] "GET /products/trail-shoe-42 HTTP/2" 200 18233 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1"
2. 66.249.66.12 - - [05/Dec/2024:09:14:05 +0000] "GET /sitemap.xml HTTP/1.1" 200 4410 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
3. 45.148.10.77 - - [05/Dec/2024:09:14:09 +0000] "GET /wp-login.php HTTP/1.1" 404 162 "-" "Mozilla/5.0"
4. 45.148.10.77 - - [05/Dec/2024:09:14:09 +0000] "GET /.env HTTP/1.1" 404 162 "-" "Mozilla/5.0"
5. 198.51.100.9 - - [05/Dec/2024:09:14:12 +0000] "POST /basket/add HTTP/2" 200 512 "https://shop.example/products/trail-shoe-42" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0"
6. 40.77.167.3 - - [05/Dec/2024:09:14:20 +0000] "GET /products?page=311 HTTP/1.1" 200 22010 "-" "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
7. 185.220.101.5 - - [05/Dec/2024:09:14:31 +0000] "GET /search?q=%27%20OR%201%3D1-- HTTP/1.1" 500 0 "-" "sqlmap/1.7.2#stable"
8. 192.0.2.88 - - [05/Dec/2024:09:14:40 +0000] "GET /account/orders HTTP/2" 200 6120 "https://shop.example/account" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1.15"
9. 91.92.243.18 - - [05/Dec/2024:09:14:44 +0000] "GET /cgi-bin/luci/;stok=/locale HTTP/1.1" 404 162 "-" "-"
10. 17.58.98.40 - - [05/Dec/2024:09:14:51 +0000] "GET /robots.txt HTTP/1.1" 200 88 "-" "Mozilla/5.0 (compatible; Applebot/0.1)"
"""),
(1, "open_qa", "en", "after", "log", None, """185.220.101.5 - - [05/Dec/2024:09:14:31 +0000] "GET /search?q=%27%20OR%201%3D1-- HTTP/1.1" 500 0 "-" "sqlmap/1.7.2#stable"

the search endpoint returned a 500 to a sqlmap probe. does a 500 mean we're vulnerable, or just that the input broke something harmlessly? how would I tell?"""),
(0, "classification", "en", "before", "reviews", None, """sentiment: "delivery 3 days late but the jumper is gorgeous" """),
(0, "classification", "en", "before", "list", None, """which are message queues: SQS, Redis Streams, S3, RabbitMQ, CloudFront, NATS"""),
(1, "creative_writing", "en", "none", "none", None, """write a love poem from a message queue to the consumer that never acks"""),
(1, "open_qa", "en", "none", "none", None, """at-least-once vs exactly-once delivery, is exactly-once actually possible"""),
(0, "summarization", "en", "after", "transcript", None, """Architecture review – "Move search from Elasticsearch to Postgres full-text?" (transcript, 40 min, cleaned up)

HOST (Ines, staff eng): Thanks for coming. The proposal is from Dario's team: drop our self-managed Elasticsearch cluster and use Postgres full-text search for product search. Dario, two minutes on why.
DARIO: Sure. Elasticsearch costs us about 3,800 a month in instances, and more importantly it's paged us eleven times this year, mostly shard allocation and disk watermarks. Nobody on the team really knows it well anymore since Petra left. Our catalogue is 1.2 million products, queries are simple: text match on title and description, filters on category, brand and price, sort by relevance or price. We prototyped it with a tsvector column, a GIN index, and trigram for typos. p95 on a copy of prod was 85 milliseconds, versus 40 on Elasticsearch.
INES: Questions. Yusuf?
YUSUF (SRE): Where would this run? On the main primary?
DARIO: On a read replica dedicated to search.
YUSUF: Good. I'd be worried about search load on the primary. What about indexing lag? Elasticsearch lag is a few seconds today.
DARIO: Replica lag is usually under a second, so better than today.
MEI (product): What do we lose? Merchandising uses synonyms and the "boost new arrivals" rule.
DARIO: Synonyms we can do with a thesaurus dictionary, but it's clunkier, it needs a deploy to change. Boosting we'd do in the ranking expression. What we genuinely lose is facet counts at scale. Computing counts for every brand on a broad query like "shoes" is slow in Postgres. In the prototype it was 600 milliseconds for the broadest queries.
MEI: Facet counts are on every category page. That's a problem.
INES: Could we precompute counts per category and only compute live counts when someone types a query?
DARIO: Yes, most traffic is category browsing, not free text. That would cover maybe 80 percent.
YUSUF: What's the rollback if it goes badly?
DARIO: We'd keep Elasticsearch running read-only for a month, behind a flag, so we can flip back.
INES: Languages? We launched the German site.
DARIO: Postgres has a German stemmer. Compound words are weaker than in Elasticsearch. German is 9 percent of traffic.
MEI: I'd want merchandising to test German search before we commit.
INES: Okay. Let me try to land this. I'm hearing support for a trial, with conditions. One: dedicated replica, not the primary. Two: precomputed facet counts for category pages, and a performance budget of 200 milliseconds p95 for the broad queries with live facets. Three: a two-week shadow period where we send queries to both and compare results, with merchandising reviewing the German results. Four: Elasticsearch stays read-only for a month behind a flag. Objections? None. Dario, can you write this up as an RFC update by next Friday? Yusuf, can you size the replica? Mei, can you line up two people from merchandising for the shadow review?
YUSUF: Yes.
MEI: Yes, I'll ask Hanna and Joost.
INES: Great. We'll do a go/no-go at the end of the shadow period.

Turn this into meeting notes: the proposal in 2 lines, concerns raised, conditions agreed, and owners."""),
(1, "open_qa", "en", "none", "none", None, """why is computing facet counts so much slower in postgres than in elasticsearch? what's different about how they store the data"""),
(0, "summarization", "en", "after", "list", "np2-p030", """Free-text answers to "What's one thing that would make remote working better for you?" (staff survey, n=34, anonymised)

1. Fewer meetings before 10am, I do my best work then
2. A budget for a proper chair. I've had back pain since 2021
3. Stop scheduling meetings over lunch
4. Clearer expectations about replying on Slack, I feel I have to answer within minutes
5. Home office allowance, my electricity bill has gone up
6. A couple of in-person days a quarter with my actual team, not the whole company
7. Better headset, people say they can't hear me
8. Cameras optional in big meetings
9. Meeting-free Fridays, or at least Friday afternoons
10. More async updates instead of status meetings
11. I'd like my manager to check in on how I'm doing, not just on tasks
12. A second monitor
13. The VPN drops all the time, it's exhausting
14. Some kind of social thing that isn't a quiz
15. Recordings of all-hands for people in other time zones
16. Allowance for co-working space, my flat is tiny
17. Fewer tools, we have Slack, Teams AND email for the same things
18. Honestly, nothing, it's great
19. A clear policy on core hours so I can plan school pick-ups
20. Less pressure to be 'green' on Slack all day
21. Better onboarding for remote new joiners, I felt lost for a month
22. Reimburse internet
23. More written documentation so I don't have to ask people
24. Ergonomic assessment for home setups
25. Fewer all-company meetings, more team ones
26. Stop the 'quick call?' messages with no context
27. In-person team days paid for, including travel
28. A proper laptop, mine is 5 years old
29. Meeting agendas shared in advance
30. Respecting that 6pm is the end of my day
31. Better camera/lighting, I look like a ghost
32. A mentoring scheme across teams, I don't know anyone outside mine
33. Quarterly offsites
34. Clearer decision-making, I often find out about decisions after the fact

Summarize the main themes for the leadership team, with rough counts, most common first. Keep it to about 6 themes."""),
(1, "general_qa", "en", "after", "list", "np2-p030", """Themes from our remote-work survey (34 answers):
- Meetings: too many, too early, over lunch, no agendas (about 10 answers)
- Always-on pressure: expected to reply instantly on Slack, 'green' all day, working past 6pm (about 6)
- Equipment: chairs, monitors, headsets, old laptops (about 8)
- Money: home office, internet, electricity, co-working (about 4)
- Connection: in-person team days, mentoring, non-quiz social stuff (about 6)

I'm the COO of an 80-person company with a tight budget next year (maybe 25k for all of this). What should we actually do first, what's cheap but high impact, and what should we say no to?"""),
(0, "classification", "en", "before", "code", None, """does this leak a file handle? y/n

f = open("data.csv")
rows = f.readlines()"""),
(1, "open_qa", "en", "none", "none", None, """what does python's with statement actually do under the hood"""),
(0, "classification", "en", "before", "list", None, """Label each expense row: reimbursable or personal.
- Taxi to client site
- Gym membership
- Printer ink for home office (work printer)
- Netflix
- Train ticket to the Leeds conference
"""),
(1, "creative_writing", "en", "none", "none", None, """write a two-sentence horror story about an expense report"""),
(0, "summarization", "en", "after", "chat", None, """Jira – PLAT-3310 "Migrate cron jobs from the old VM to Kubernetes CronJobs"
Reporter: Aoife M. | Assignee: Kenji T. | Status: Blocked | Sprint: 61

Description: 23 cron jobs still run on cron-vm-01 (Ubuntu 18.04, EOL). Move them to K8s CronJobs in the jobs namespace and decommission the VM by 31 Jan.

Comments:
Kenji T. (Nov 18): Inventory done. 23 jobs: 14 are simple scripts (curl, psql), 6 are Python with their own virtualenvs, 3 are unclear, no owner, no docs.
Aoife M. (Nov 19): For the 3 unclear ones, check the logs for when they last did anything useful.
Kenji T. (Nov 25): 14 simple ones migrated and running in parallel with the VM, outputs match. Disabling them on the VM Friday.
Kenji T. (Nov 29): Disabled on VM. No complaints.
Kenji T. (Dec 2): The 6 Python ones need images. 4 done. 2 use a library that needs an old version of libssl, the base image doesn't have it. Options: custom base image, or upgrade the library (breaking changes).
Aoife M. (Dec 3): Upgrade the library, we don't want to maintain a custom base image.
Kenji T. (Dec 3): The library is owned by the billing team. Asked them in #billing-dev.
Kenji T. (Dec 5): Billing say they can look at it in January. Marking blocked.
Kenji T. (Dec 5): The 3 unclear jobs: 1 hasn't produced output since 2022, proposing to delete. 2 write files to /srv/exports which are picked up by an SFTP job at a partner. Nobody knows who the partner contact is.
Aoife M. (Dec 6): I'll ask account management about the partner.

Give me a status summary of this ticket: what's done, what's blocked and on whom, and whether the 31 Jan date looks realistic."""),
(1, "general_qa", "en", "after", "chat", None, """PLAT-3310: migrate 23 cron jobs off an EOL Ubuntu 18.04 VM by 31 Jan.
- 18 done.
- 2 Python jobs blocked: need an old libssl, library owner (billing team) can only look in January.
- 2 jobs write files for a partner's SFTP pickup, nobody knows who the partner contact is.
- 1 job looks dead since 2022.

I'm the platform lead. What's the pragmatic plan to still turn the VM off on 31 Jan, or do we accept keeping it running a bit longer? What are the real risks of either?"""),
(0, "classification", "en", "before", "email", None, """Classify: invoice, receipt, or quote?

"Thank you for your payment of £240.00 received on 2 Dec for order 11834." """),
(0, "classification", "en", "before", "list", None, """group by cloud provider: Lambda, Cloud Run, Azure Functions, DynamoDB, BigQuery, Cosmos DB"""),
(1, "general_qa", "en", "none", "none", None, """cloud run vs lambda for a small python API that gets bursty traffic, which one and why"""),
(0, "summarization", "en", "after", "transcript", None, """Podcast "Ops After Dark", ep. 77 – guest: a reliability lead at a mid-size fintech (transcript excerpt, 18:40–31:05)

HOST: So you went from being paged forty times a week to under five. What was the first thing you did?
GUEST: Honestly, the first thing was deleting alerts. We had about 900 alert rules. We went through every alert that fired in the previous 90 days and asked one question: did a human need to do something, right then? If the answer was no, it either became a ticket or it got deleted. That took us to about 140 rules in a month.
HOST: Did anyone push back?
GUEST: Loads of people. Everyone has an alert they wrote after some terrible night, and deleting it feels like tempting fate. So we had a rule: you can keep an alert if you can write the runbook step for it. If you can't say what the on-call person should do when it fires, it's not an alert, it's anxiety.
HOST: I like that. What came next?
GUEST: Second thing was moving from cause-based to symptom-based alerts. We used to alert on CPU, on disk, on queue depth. Now we alert on what customers feel: error rate on payments, latency on login, failed card authorisations. The cause alerts went to dashboards.
HOST: And did you miss things?
GUEST: Once. A disk filled on a reporting box and nobody noticed for a day, because it didn't affect customers. Which, to be honest, proved the point, it didn't matter.
HOST: What about the human side?
GUEST: We changed the rota from one week in four to one week in six by bringing two more teams into the rotation, with proper training. And we started paying on-call properly, a flat amount per week plus an amount per night page. The per-page payment was controversial, people worried it would incentivise noise, but actually it made managers care about the page count, because it showed up in their budget.
HOST: That's clever.
GUEST: The last thing was the weekly review. Every Monday, thirty minutes, we look at every page from the last week. Each one gets an outcome: fix the cause, tune the alert, or accept it. We track the count on a chart on the wall. When it goes up, people notice.
HOST: If a listener can only do one thing from this?
GUEST: Go through last quarter's pages and delete every alert that didn't need a human. You'll be shocked.

Key takeaways from this episode, 5 bullets max, for our SRE team's reading list."""),
(1, "creative_writing", "en", "none", "none", None, """write a short ode to the alert rule that was finally deleted after 4 years of waking people up for nothing"""),
(0, "classification", "en", "before", "table", None, """pass or fail against SLO 99.9%?
| month | uptime |
| Sep | 99.95% |
| Oct | 99.82% |
| Nov | 99.90% |"""),
(1, "open_qa", "en", "none", "none", None, """how much downtime per month is 99.9% vs 99.99%, and why does each extra nine cost so much more"""),
(0, "summarization", "en", "after", "list", None, """CHANGELOG (excerpt)

## 1.4.0
- Added: `export --format parquet`
- Changed: config key `db.url` renamed to `database.url` (old key still read, warns)
- Fixed: timezone offset lost when importing ISO dates

## 1.3.0
- Added: `--since` flag for incremental imports
- Removed: Python 3.8 support
- Changed: default batch size 500 -> 2000

## 1.2.0
- Added: Postgres 16 support
- Fixed: crash on empty input files
- Security: updated cryptography to 42.x

## 1.1.0
- Changed: the `import` command now fails on the first invalid row instead of skipping it. Use `--skip-invalid` for the old behaviour.
- Added: `validate` command

We're on 1.0.2 and want to jump to 1.4.0. Summarize only the changes that could break our setup or change behaviour, as a short checklist."""),
(1, "general_qa", "en", "none", "none", None, """what's a safe way to upgrade a tool four minor versions at once in production? we always get bitten by something"""),
(0, "classification", "en", "before", "chat", None, """for each message, is the customer asking for a refund, a replacement, or just information?
1. "can I swap this for a size M"
2. "does it come in green?"
3. "I want my money back, it's broken"
4. "how long does delivery to Ireland take"
"""),
(1, "creative_writing", "en", "after", "chat", None, """"I want my money back, it's broken"

write a reply from our shop: sorry, refund processed today, 3-5 days to show on the card, no need to send it back since it's under £15. one short paragraph, friendly"""),
(0, "summarization", "en", "after", "table", "np2-p031", """Quarterly expenses – Marketing team (GBP)
| category          | Q1     | Q2     | Q3     | Q4 (to 6 Dec) | budget/qtr |
|-------------------|--------|--------|--------|---------------|------------|
| paid social       | 12,400 | 14,900 | 18,200 | 16,750        | 15,000     |
| search ads        | 9,100  | 8,800  | 9,400  | 7,900         | 10,000     |
| events            | 3,200  | 11,600 | 2,100  | 8,400         | 6,000      |
| freelancers       | 4,500  | 4,500  | 6,800  | 7,200         | 5,000      |
| software/tools    | 1,850  | 1,900  | 2,350  | 2,400         | 2,000      |
| print & swag      | 600    | 2,900  | 450    | 3,100         | 1,000      |
| total             | 31,650 | 44,600 | 39,300 | 45,750        | 39,000     |

Summarize this in 3-4 bullets for the CFO: where we're over, where we're under, and the year trend."""),
(1, "general_qa", "en", "after", "table", "np2-p031", """| category          | Q3     | Q4 (to 6 Dec) | budget/qtr |
|-------------------|--------|---------------|------------|
| paid social       | 18,200 | 16,750        | 15,000     |
| events            | 2,100  | 8,400         | 6,000      |
| freelancers       | 6,800  | 7,200         | 5,000      |
| print & swag      | 450    | 3,100         | 1,000      |

I'm the marketing lead and the CFO wants a plan to get back under budget next year without killing pipeline. paid social brings ~40% of our leads. what would you cut, what would you protect, and how do I argue it?"""),
(0, "classification", "en", "before", "code", None, """Is this regex going to match 'colour' and 'color'? yes/no   /colou?r/"""),
(1, "open_qa", "en", "none", "none", None, """what's catastrophic backtracking in regex and how did it take down cloudflare"""),
(0, "summarization", "en", "after", "chat", "np2-p032", """Group chat "Sophie & Dan's wedding – ushers & bridesmaids" (last week, trimmed)

[Mon 19:02] Hattie: ok hen do update! Lisbon is off, too many people can't do flights. Plan B is a cottage in the Cotswolds, 21-23 March
[Mon 19:04] Kemi: yesss cottage
[Mon 19:10] Hattie: £145 each for 2 nights, deposit £50 by Friday please
[Mon 19:30] Jay: stag is confirmed, Newcastle, 14-16 March, I've sent the spreadsheet
[Tue 08:12] Sophie: you lot are amazing. reminder the rehearsal is Friday 13 June, 5pm at the church, then dinner at the Bell
[Tue 08:15] Dan: ushers: suits are being fitted at Harlow's on 3 May, 11am. all 4 of you
[Tue 09:00] Raj: I can't do 3 May, can I go another day?
[Tue 09:05] Dan: ring them, they said any saturday in may is fine
[Wed 20:40] Kemi: bridesmaid dresses arrived! need to try them on by end of month
[Wed 20:41] Hattie: I'll host a try-on at mine, sunday 26th?
[Wed 20:50] Kemi: 👍
[Thu 12:00] Jay: speech draft is... progressing. define progressing
[Thu 12:02] Dan: Jay if you mention Magaluf 2016 I will end you
[Thu 12:03] Jay: noted 😇
[Fri 17:30] Hattie: deposits: got 5 of 7, chasing the rest

Summarize the key dates and to-dos from this chat so I can put them in my calendar (I'm a bridesmaid)."""),
(1, "creative_writing", "en", "after", "chat", "np2-p032", """[Thu 12:00] Jay: speech draft is... progressing. define progressing
[Thu 12:02] Dan: Jay if you mention Magaluf 2016 I will end you
[Thu 12:03] Jay: noted 😇

I'm Jay, the best man. Dan and Sophie met at a pub quiz where they were on rival teams and she beat him on a question about capybaras. Dan is an accountant who colour-codes everything, Sophie is a paramedic who is the calmest person alive. Write me a 3-minute best man speech, funny but warm, with one very vague nod to "a certain trip in 2016" that reveals nothing, and end with a toast."""),
(0, "classification", "en", "before", "list", None, """Which of these are valid ISO 8601 dates? 2024-12-06, 06/12/2024, 2024-W49-5, 2024-13-01, 20241206"""),
(0, "classification", "en", "before", "reviews", None, """label each as sarcastic or sincere:
- "love waiting on hold for an hour, best part of my day"
- "the driver was so kind, thank you"
- "oh brilliant, it broke on day two"
"""),
(1, "creative_writing", "en", "none", "none", None, """write a customer service hold message that's actually entertaining, 30 seconds read aloud"""),
(0, "summarization", "en", "after", "code", None, """-- migration 2024_12_06_add_subscriptions.sql
CREATE TABLE subscriptions (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  plan          text NOT NULL CHECK (plan IN ('monthly','annual')),
  status        text NOT NULL DEFAULT 'active',
  started_at    timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz
);
CREATE INDEX ON subscriptions (customer_id);
CREATE UNIQUE INDEX one_active_sub ON subscriptions (customer_id) WHERE status = 'active';

summarize in 3 bullets what this migration sets up, for a product manager"""),
(1, "open_qa", "en", "after", "code", None, """CREATE UNIQUE INDEX one_active_sub ON subscriptions (customer_id) WHERE status = 'active';

how does a partial unique index like this actually work? and is it better than enforcing 'one active subscription' in application code"""),
(0, "classification", "en", "before", "form", None, """Refund eligible? Policy: within 30 days, unused.
Purchased: 2 Nov. Request: 6 Dec. Condition: unopened."""),
(1, "general_qa", "en", "none", "none", None, """customer wants a refund 35 days after purchase, policy is 30, they're a regular. bend the rule or not?"""),
(0, "summarization", "en", "after", "log", None, """$ ansible-playbook -i inventory/prod site.yml --limit web

PLAY [web] *********************************************************************
TASK [Gathering Facts] *********************************************************
ok: [web-01]
ok: [web-02]
fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host 10.4.0.13 port 22: Connection timed out", "unreachable": true}
TASK [nginx : install nginx] ***************************************************
ok: [web-01]
ok: [web-02]
TASK [nginx : deploy site config] **********************************************
changed: [web-01]
changed: [web-02]
RUNNING HANDLER [nginx : reload nginx] *****************************************
changed: [web-01]
changed: [web-02]
PLAY RECAP *********************************************************************
web-01 : ok=4 changed=2 unreachable=0 failed=0
web-02 : ok=4 changed=2 unreachable=0 failed=0
web-03 : ok=0 changed=0 unreachable=1 failed=0

summary of this run in one line"""),
(1, "general_qa", "en", "none", "none", None, """one of our web servers is unreachable over ssh but still serving traffic fine. how do I get in and figure out what's wrong without rebooting it"""),
(0, "classification", "en", "before", "list", None, """Classify each job title as engineering, sales, or operations: Account Executive, SRE, Warehouse Supervisor, Frontend Developer, Customer Success Manager, Fleet Coordinator"""),
(0, "classification", "en", "before", "email", "np2-p033", """You triage the shared inbox of a small accounting firm. For the email below, output two things: category (NEW_CLIENT, EXISTING_CLIENT_QUERY, DEADLINE_RISK, SPAM, SUPPLIER) and priority (P1 today, P2 this week, P3 whenever).

From: Marek Zielinski <marek@zielinski-joinery.example>
Subject: self assessment – still missing something?
Date: Fri, 6 Dec 2024 08:47

Hi,

Sorry to bother you again. I sent all my receipts and the van lease papers in October but I got an email from HMRC saying my tax return is due 31 January and I'd get a penalty if it's late. Have you submitted it? Or do you need anything else from me? I'm away from 20 December to 10 January and won't have my laptop.

Also my wife said I can claim part of our phone bill, is that true?

Thanks,
Marek"""),
(1, "creative_writing", "en", "after", "email", "np2-p033", """From: Marek Zielinski
Subject: self assessment – still missing something?

I sent all my receipts and the van lease papers in October but I got an email from HMRC saying my tax return is due 31 January and I'd get a penalty if it's late. Have you submitted it? Or do you need anything else from me? I'm away from 20 December to 10 January and won't have my laptop.
Also my wife said I can claim part of our phone bill, is that true?

I'm his accountant. The return is drafted but I still need his mileage log for the van and his bank interest figure. Write my reply: reassure him, ask for those two things before 20 Dec, and on the phone bill say yes the business-use share can be claimed if he can estimate it, and I'll explain on a call. Keep it short and friendly."""),
(0, "classification", "en", "before", "list", None, """is each a Python web framework? Flask, Django, Tokio, FastAPI, Spring, Litestar"""),
(1, "open_qa", "en", "none", "none", None, """what does ASGI give you that WSGI didn't"""),
(0, "summarization", "en", "after", "chat", None, """Teams chat – Sat 07:10 – 07:40 (warehouse night shift handover)

Grant 07:10  pick rate was low tonight, conveyor 2 stopped twice, about 40 mins total
Grant 07:11  maintenance came at 3am, belt tracking issue, they adjusted it, said to keep an eye on it
Ola 07:14  ok. anything on the inbound side?
Grant 07:15  2 trailers arrived late, one still on bay 6 half unloaded
Grant 07:16  temp in chiller zone was 6.2 at 4am, back to 3.8 by 5
Ola 07:20  did you log the chiller?
Grant 07:21  yes in the book, and emailed facilities
Grant 07:25  also forklift 7 is tagged out, hydraulics leaking
Ola 07:26  👍 got it

condense this handover into a bullet list for the day shift board"""),
(1, "open_qa", "en", "none", "none", None, """chiller zone went to 6.2C for about an hour overnight. for chilled food in a UK warehouse, is that a problem legally or just a log it and move on thing"""),
(0, "classification", "en", "before", "log", None, """Error class? config / dependency / runtime:
"ModuleNotFoundError: No module named 'yaml'" """),
(1, "open_qa", "en", "none", "none", None, """why is the pip package called pyyaml but you import yaml"""),
(1, "creative_writing", "en", "none", "none", None, """give me 5 names for a slack channel where we post production incidents, not the usual #incidents"""),
(0, "summarization", "en", "after", "reviews", None, """Comments left by students on the new library opening hours pilot (term 1):

"24/7 during exam weeks was a lifesaver."
"The 3rd floor silent area at 2am is the best place to work on campus."
"Security at night made me feel safe, thank you."
"Café closing at 6 means no food for the night shift of revision."
"Please keep it open at weekends after the pilot ends."
"The heating goes off at 10pm, freezing by midnight."
"Loads of people booking rooms and not showing up."
"More plug sockets!!"
"I didn't know about the pilot until week 5."

give me a short summary for the library board: what students liked, what they want fixed"""),
(1, "creative_writing", "en", "none", "none", None, """write a short spooky-but-cosy poem about studying in the library at 3am during exams"""),
(0, "classification", "en", "before", "chat", None, """SMS from a delivery driver: "left at back door behind the bins". is this a delivery confirmation, a problem report, or a question?"""),
(0, "summarization", "en", "after", "json", "np2-p034", """{
  "pipeline": "ml-train-recs",
  "run_id": "2024-12-05-nightly",
  "status": "succeeded_with_warnings",
  "duration_min": 212,
  "data": {"rows_train": 48120331, "rows_val": 2500112, "dropped_nulls": 181233, "schema_drift": ["item_category added value 'gift_cards'"]},
  "metrics": {"ndcg@10": 0.412, "ndcg@10_prev": 0.436, "recall@50": 0.618, "recall@50_prev": 0.621, "coverage": 0.71, "coverage_prev": 0.64},
  "warnings": ["ndcg@10 dropped by more than 5% relative to previous run", "training time +38% vs 7-day average"],
  "promoted": false,
  "reason_not_promoted": "gate: ndcg@10 regression > 3%"
}

what happened in last night's training run? short summary for the ML channel"""),
(1, "open_qa", "en", "after", "json", "np2-p034", """"metrics": {"ndcg@10": 0.412, "ndcg@10_prev": 0.436, "recall@50": 0.618, "recall@50_prev": 0.621, "coverage": 0.71, "coverage_prev": 0.64},
"schema_drift": ["item_category added value 'gift_cards'"]

our recommender's ndcg@10 dropped but coverage went up a lot, and a new 'gift_cards' category appeared in the data. could those be connected? how would a new category cause this, and is a lower ndcg necessarily worse here?"""),
(0, "classification", "en", "before", "list", None, """Mark each metric as a leading or lagging indicator: churn rate, weekly active users, trial sign-ups, annual revenue, NPS"""),
(1, "general_qa", "en", "none", "none", None, """which 3 metrics should a 10-person SaaS startup look at every week, and which ones can wait"""),
(0, "summarization", "en", "after", "email", None, """From: Building Management
To: All tenants, Harbour House
Subject: Lift refurbishment – January

Dear tenants,

Lift A will be out of service from 6 January to 14 February for a full refurbishment. Lift B will remain in service throughout, but will be reserved for deliveries between 7:00 and 8:30 each morning. If you have a mobility issue, please contact reception so we can arrange priority use of Lift B. Stairwell C will be lit at night during the works. Noise is expected on weekdays between 9:00 and 16:00, mainly in the first two weeks.

Thank you for your patience,
Building Management

2 line summary for our office group chat"""),
(1, "creative_writing", "en", "none", "none", None, """write a silly motivational poster text for taking the stairs to the 7th floor for six weeks"""),
(0, "classification", "en", "before", "code", None, """Which HTTP method for each? fetch an order / create an order / replace an order / delete an order / partially update an order"""),
(1, "open_qa", "en", "none", "none", None, """PUT vs PATCH, does anybody actually use PUT correctly"""),
(0, "summarization", "en", "after", "transcript", "np2-p035", """Parents' evening – Year 9, Maths – notes typed by the teacher (T), parent (P), student (S)

T: Thanks for coming. So, Leo's doing well overall. His test average this term is 68 percent, up from 59 last year.
P: That's great. He says he hates algebra though.
T: He does find algebra harder, especially rearranging equations. His geometry and statistics are strong, 80s.
S: Algebra's just letters, it doesn't make sense.
T: It'll click. The main thing is homework: three of the last eight were not handed in.
P: He told me he did them.
S: I did two of them, I just forgot to upload them.
T: Okay, let's fix that. The homework is on the school app, you can upload a photo. For algebra, there's a free lunchtime club on Wednesdays with Mr Addo. I'd really recommend it.
P: Can we do anything at home?
T: Ten minutes a day on the practice site we use, on the algebra topics. Little and often works better than an hour on Sunday.
S: Ten minutes is fine.
T: Great. I'll check in with you in four weeks, Leo.

summarize this for Leo's other parent who couldn't come, 3-4 lines"""),
(1, "general_qa", "en", "after", "transcript", "np2-p035", """From parents' evening:
T: He does find algebra harder, especially rearranging equations.
S: Algebra's just letters, it doesn't make sense.
T: Ten minutes a day on the practice site, little and often.

I'm his dad and I was bad at maths myself. how can I actually help a 13 year old with rearranging equations without us both getting frustrated? any ways of explaining it that make 'just letters' make sense"""),
(0, "classification", "en", "before", "list", None, """is each of these a real git subcommand? git stash, git bisect, git undo, git blame, git rewind, git worktree"""),
(1, "open_qa", "en", "none", "none", None, """how does git bisect work, and how many steps does it take on 1000 commits"""),
(1, "creative_writing", "en", "none", "none", None, """write a detective story in 6 sentences where git bisect finds the murderer"""),
(0, "summarization", "en", "after", "table", None, """Running club – monthly attendance
| month | sessions | avg runners | new members |
| Sep   | 12       | 24          | 9           |
| Oct   | 13       | 27          | 11          |
| Nov   | 12       | 19          | 3           |

one sentence summary for the committee"""),
(1, "general_qa", "en", "none", "none", None, """our running club attendance drops every november. what do other clubs do to keep people coming through winter"""),
(0, "classification", "en", "before", "email", None, """Auto-reply or real reply? "I'm out of office until 9 December with limited access to email." """),
(0, "classification", "en", "before", "list", None, """which of these are compiled to WebAssembly most often: Rust, C++, PHP, AssemblyScript, Ruby"""),
(0, "summarization", "en", "after", "code", "np2-p036", """PR #877 – "Add rate limiting to public API"

Summary
Adds per-API-key rate limiting to all /v1 public endpoints using a token bucket stored in Redis.

Details
- Default limit: 100 requests per minute per key, burst 20. Configurable per key in the admin panel.
- Responses include `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` headers.
- When the limit is hit we return 429 with a `Retry-After` header (seconds).
- The check happens in middleware before auth is resolved to a user, so it's keyed on the raw API key.
- If Redis is unavailable, the middleware fails open (requests allowed) and logs a warning.
- Internal endpoints (/internal/*) are excluded.

Testing
- Unit tests for the bucket maths.
- Load test: 500 rps across 50 keys, p99 overhead +1.8ms.

Rollout
Behind flag `api_rate_limit`. Plan: enable in log-only mode for a week to see which customers would be limited, then enforce.

summarize this PR in 3 bullets for the customer success team: what changes for API customers and when"""),
(1, "open_qa", "en", "after", "code", "np2-p036", """- The check happens in middleware before auth is resolved to a user, so it's keyed on the raw API key.
- If Redis is unavailable, the middleware fails open (requests allowed) and logs a warning.

reviewing this rate limiting PR. is keying on the raw API key before auth a problem? what happens if someone sends random fake keys, and is failing open the right call for a public API?"""),
(0, "classification", "en", "before", "reviews", None, """For each app review, which platform: iOS, Android, or can't tell?
- "Crashes on my Pixel 7 every time I open the camera"
- "Works great on my iPad"
- "Five stars, love it"
- "Widget doesn't update on the lock screen since iOS 18"
"""),
(1, "general_qa", "en", "none", "none", None, """our android app crashes only on pixel phones when opening the camera. where do I start debugging"""),
(0, "classification", "en", "before", "list", None, """Label each: fixed cost or variable cost for a bakery — rent, flour, electricity for ovens, insurance, packaging, staff salaries"""),
(1, "creative_writing", "en", "none", "none", None, """write a chalkboard sign for a bakery that's run out of croissants by 9am again. funny"""),
(0, "summarization", "en", "after", "log", None, """Jenkins – job: mobile-release #318
[Pipeline] stage (Build iOS)       ✔ 14m 02s
[Pipeline] stage (Build Android)   ✔ 9m 47s
[Pipeline] stage (Unit tests)      ✔ 6m 11s  (1,204 passed)
[Pipeline] stage (UI tests iOS)    ✘ 22m 30s  (3 failed: LoginFlowTests.testBiometricFallback, CheckoutTests.testApplePaySheet, CheckoutTests.testPromoCode)
[Pipeline] stage (UI tests Android) ✔ 18m 05s
[Pipeline] stage (Upload to stores) – skipped
Finished: FAILURE

what happened? one line for the release channel"""),
(1, "general_qa", "en", "after", "log", None, """[Pipeline] stage (UI tests iOS)    ✘ 22m 30s  (3 failed: LoginFlowTests.testBiometricFallback, CheckoutTests.testApplePaySheet, CheckoutTests.testPromoCode)

these three iOS UI tests fail maybe one run in four and pass on retry. the release is tomorrow. do I quarantine them, retry until green, or block the release? and how do we deal with flaky UI tests long term"""),
(0, "classification", "en", "before", "chat", None, """is this a real question or rhetorical? "who decided to deploy on a friday at 5pm?" """),
(1, "creative_writing", "en", "none", "none", None, """write a friday 5pm deploy horror movie poster tagline, give me 4"""),
(0, "summarization", "en", "after", "form", None, """Volunteer incident report – Park clean-up, Sat 7 Dec
Reporter: group leader
What happened: One volunteer cut their hand on broken glass hidden in leaves near the pond. Gloves were worn but the glass went through.
Action taken: First aid kit used, wound cleaned and dressed. Volunteer went home, said they'd see a nurse Monday.
Other notes: Area near pond has lots of broken glass. We stopped picking in that area. Recommend thicker gloves and litter pickers only near the pond.
Follow-up: call the volunteer Monday.

summarize in 2 sentences for the charity's safety log"""),
(1, "general_qa", "en", "none", "none", None, """running a volunteer litter pick in a park. what safety stuff do I need, and do I need insurance? UK"""),
(0, "classification", "en", "before", "list", None, """Which of these are fonts and which are colour spaces: Helvetica, sRGB, Garamond, CMYK, Display P3, Inter"""),
(1, "open_qa", "en", "none", "none", None, """why do colours look different when I print something vs on screen, rgb vs cmyk explained"""),
(0, "summarization", "en", "after", "chat", "np2-p037", """#data-platform (Slack) – thread: "Where should the new event data live?"

Marta Silva  11:02 AM
Kicking this off properly. Product analytics wants to start tracking ~40 new client events from January (clicks, views, feature usage). Estimated volume: 30-50 million events a day at launch, maybe 150M by end of year. We need to decide where they land. Options I see: (A) keep adding to our Postgres analytics DB, (B) put them in BigQuery, (C) ClickHouse self-hosted on our k8s cluster. Opinions please, decision by Friday.

Femi Adeyemi  11:10 AM
(A) is a no from me. The analytics Postgres is already 2.1 TB and the nightly vacuum runs into the morning. Adding 50M rows a day will make it worse fast.

Lukas Brandt  11:14 AM
Agree on A. I'd push for B. We already use GCP, the data team knows SQL, no servers to run. Storage is cheap, and the streaming insert API is easy from our event collector.

Marta Silva  11:16 AM
Cost is my worry with B. What do queries cost at that volume?

Lukas Brandt  11:21 AM
On-demand pricing is per TB scanned. If we partition by day and cluster by event name, typical dashboard queries scan a few GB. The risk is someone running SELECT * over a year. We can set per-user quotas.

Hyun-woo Park  11:30 AM
I'll make the case for C. ClickHouse is absurdly fast for exactly this shape of data, append-only events, aggregations over time. Our k8s cluster has spare capacity. No per-query cost surprises. Cloudflare and others run huge volumes on it.

Femi Adeyemi  11:33 AM
Who runs it though? We're 4 people. Last time we self-hosted a database (Elasticsearch) it paged us constantly.

Hyun-woo Park  11:36 AM
Fair. There's ClickHouse Cloud as a managed option, but then we're adding a new vendor, and the security review takes 6-8 weeks here.

Marta Silva  11:40 AM
January is 4 weeks away. So C self-hosted is operational risk, C cloud is procurement risk.

Lukas Brandt  11:44 AM
And BigQuery is already approved, we use it for the marketing data.

Priya Nair (Product Analytics)  11:52 AM
From the consumer side: our BI tool (Looker Studio) connects natively to BigQuery. For ClickHouse we'd need a connector, and I'm not sure it supports everything. Dashboards need to refresh hourly, not real-time.

Hyun-woo Park  11:55 AM
Hourly refresh definitely weakens my argument, ClickHouse shines when you need sub-second. OK, I'll withdraw for now, but I'd want to revisit if product asks for real-time.

Femi Adeyemi  12:01 PM
One thing with B: the event collector currently batches to Postgres every 10 seconds. Streaming inserts into BigQuery have their own cost per GB. Could we write to GCS in files and load every 15 minutes instead? Loading is free.

Lukas Brandt  12:04 PM
Yes, batch loads from GCS are free and well within the hourly refresh requirement. I'd do that.

Marta Silva  12:10 PM
OK, landing it: B, BigQuery, fed by 15-minute batch loads from GCS, tables partitioned by day and clustered by event name, per-user query quotas from day one. Revisit ClickHouse if there's a real-time requirement. Lukas, can you own the design doc by Wednesday? Femi, the collector change? Priya, can you list the first 5 dashboards so we can test query costs?

Lukas Brandt  12:11 PM
On it.

Femi Adeyemi  12:12 PM
👍

Priya Nair (Product Analytics)  12:20 PM
Will do by Tuesday.

Recap this thread for our engineering director who wasn't in it: the options, the main arguments, what was decided, and who's doing what."""),
(1, "general_qa", "en", "after", "chat", "np2-p037", """Context from our data platform discussion:
- We need to store 30-50M client events/day from January, maybe 150M/day by end of year.
- Team of 4, already on GCP, BigQuery already approved for marketing data.
- Existing analytics Postgres is 2.1 TB and vacuum already struggles.
- Dashboards are in Looker Studio, hourly refresh is fine.
- Options discussed: more Postgres, BigQuery with batch loads from GCS, ClickHouse self-hosted on k8s, or ClickHouse Cloud (new vendor = 6-8 week security review).
- We went with BigQuery.

I'm the engineering director and I wasn't in the thread. Was this the right call? What would you watch out for in the first six months, especially on cost, and at what point would ClickHouse become worth the operational pain?"""),
(0, "classification", "en", "before", "list", None, """Route each support ticket to one team: PAYMENTS, ACCOUNTS, SHIPPING, PRODUCT_BUG, or FEEDBACK. Reply as "T-number: TEAM", nothing else.

T-101 "I was charged twice for order 88213, please refund one of them."
T-102 "Can't log in, the reset email never arrives. Checked spam."
T-103 "Parcel tracking hasn't updated in 5 days, it says 'in transit' in Coventry."
T-104 "The size filter on the women's boots page shows men's sizes."
T-105 "Love the new packaging, so much less plastic!"
T-106 "My card was declined but my bank says there's no problem."
T-107 "How do I change the email address on my account?"
T-108 "Delivered to the wrong address, the photo shows a house I don't recognise."
T-109 "The app crashes when I tap 'Wishlist' on iPhone 12."
T-110 "Why did my Klarna instalment get taken early?"
T-111 "I want to delete my account and all my data."
T-112 "You should do a loyalty scheme, I order every month."
T-113 "Customs charged me 18 euros on delivery to Dublin, you said no fees."
T-114 "The discount code WINTER10 says invalid but the email says it's valid until Sunday."
T-115 "Your website shows the price as £0.00 on the checkout page for some items."
T-116 "Please stop sending me texts, I've unsubscribed twice."
T-117 "Courier left it in the rain, box soaked, shoes ok though."
T-118 "Refund for my return still not received after 14 days."
T-119 "Two-factor codes arrive 10 minutes late so they've expired."
T-120 "The new checkout is much faster, well done."
T-121 "Gift card balance shows £0 but I haven't used it."
T-122 "Search for 'trainers' returns handbags first."
T-123 "Can I change my delivery address after ordering?"
T-124 "Apple Pay button missing on the checkout page in Safari."
"""),
(1, "open_qa", "en", "after", "code", None, """import threading, queue

results = queue.Queue(maxsize=10)
lock = threading.Lock()
counter = 0

def worker(items):
    global counter
    for item in items:
        with lock:
            counter += 1
            results.put(process(item))   # process() takes ~50ms

def process(item):
    return item * 2

def main():
    data = list(range(1000))
    chunks = [data[i::4] for i in range(4)]
    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = 0
    while not results.empty():
        total += results.get()
    print(counter, total)

if __name__ == "__main__":
    main()

When I run this it prints nothing and just hangs forever. py-spy dump shows:

Thread 0x7F1A2B (idle): "MainThread"
    join (threading.py:1149)
    main (jobs.py:24)
Thread 0x7F19C1 (idle): "Thread-1 (worker)"
    put (queue.py:140)
    worker (jobs.py:11)
Thread 0x7F19B8 (idle): "Thread-2 (worker)"
    acquire (threading.py)
    worker (jobs.py:9)
Thread 0x7F19A0 (idle): "Thread-3 (worker)"
    acquire (threading.py)
    worker (jobs.py:9)
Thread 0x7F1997 (idle): "Thread-4 (worker)"
    acquire (threading.py)
    worker (jobs.py:9)

It works if I set maxsize=0. Why does it hang, exactly, step by step? And what's the right way to structure this: should the main thread be consuming while the workers run, and does the lock even need to cover the put?"""),
(0, "summarization", "en", "after", "transcript", None, """Weekly pipeline review – Sales EMEA (Teams recording, auto-transcript, tidied)

NIAMH (Sales Director): Okay, let's go deal by deal, biggest first. Pieter, Vanta Freight.
PIETER: Vanta Freight, 86k ARR. We're in procurement. Their legal sent back redlines on the liability cap and data processing terms on Monday. Our legal says the liability cap change is acceptable, the DPA change needs the security team. I've asked, no answer yet. Target close is 20 December.
NIAMH: I'll chase security myself today. What's the risk?
PIETER: If it slips past the 20th, their budget resets in January and they may have to re-approve. Medium risk.
NIAMH: Understood. Sofia, Altamira Hotels.
SOFIA: 54k. Good news, the pilot ended last week and the feedback was strong. Their ops director wants to go ahead. Bad news, their CFO wants a 3-year deal with a 15 percent discount, and we normally cap at 10.
NIAMH: We could do 12 on a 3-year with annual upfront payment. Run it by finance, but you have my support.
SOFIA: Thanks, I'll send the revised proposal tomorrow.
NIAMH: Kwabena, Nordlicht Energy.
KWABENA: 120k, the biggest one. Honestly, it's stalled. Our champion went on parental leave two weeks ago and the person covering hasn't replied to two emails.
NIAMH: Have you gone to the economic buyer directly?
KWABENA: Not yet. I didn't want to go over the champion's head.
NIAMH: I get it, but it's been two weeks. Send the cover a short note with a specific question, and if nothing by Thursday, I'll reach out to their COO, I met him at the summit.
KWABENA: Okay. I'll push the close date to Q1 in the CRM, it's not closing in December.
NIAMH: Agreed, be honest in the forecast. Lena, the smaller ones?
LENA: Three deals between 10 and 20k: Brightway Dental closed yesterday, 14k.
NIAMH: Nice!
LENA: Kestrel Legal is waiting on a reference call, I need a customer in legal services who'll talk to them. And Orchard Schools want to start in April, so it's a Q2 deal really.
NIAMH: I'll ask customer success for a legal reference. Move Orchard to Q2. So, forecast for December: Vanta if security comes through, Altamira if finance approves 12 percent, plus Brightway closed. Call it 154k committed with 86k at risk. Anything else? No? Thanks all.

Action items only please, with owner and due date where mentioned."""),
(0, "classification", "en", "before", "email", "np2-p038", """Is this email legitimate or a business email compromise (invoice fraud) attempt? Give the verdict first, then the red flags you see.

From: Daniel Okoro <daniel.okoro@brightpack-suppIies.com>
To: accounts@ourco.example
Subject: RE: Invoice BP-22817 – updated bank details
Date: Thu, 5 Dec 2024 16:52

Hi,

Hope you're well. Please note that we have changed banks following our annual audit and all payments from now on should go to our new account below. The invoice BP-22817 for £18,460.00 that is due tomorrow should be paid to the new account, the old one will be closed by end of week.

Account name: Brightpack Supplies Ltd
Sort code: 20-44-91
Account number: 73019288

Please confirm once payment has been made, as we have had issues with late payments from several customers this quarter and our finance director is reviewing accounts on hold. I'm travelling this week and only reachable by email.

Kind regards,
Daniel Okoro
Credit Controller, Brightpack Supplies

> From: accounts@ourco.example
> Sent: Tue, 26 Nov 2024 10:14
> Subject: Invoice BP-22817
> Hi Daniel, thanks, received. This will be paid in the next payment run on 6 December.

> From: Daniel Okoro <daniel.okoro@brightpack-supplies.com>
> Sent: Mon, 25 Nov 2024 15:02
> Subject: Invoice BP-22817
> Hi, please find attached invoice BP-22817 for the November order. Thanks, Daniel"""),
(1, "general_qa", "en", "after", "email", "np2-p038", """From: Daniel Okoro <daniel.okoro@brightpack-suppIies.com>
Subject: RE: Invoice BP-22817 – updated bank details

Please note that we have changed banks following our annual audit and all payments from now on should go to our new account below. The invoice BP-22817 for £18,460.00 should be paid to the new account. I'm travelling this week and only reachable by email.

Our junior AP clerk paid this 40 minutes ago before anyone noticed the domain uses a capital I instead of an l. UK company, paid by Faster Payments. What do we do right now, in what order, and who do we need to call?"""),
(1, "creative_writing", "en", "after", "reviews", None, """We're a small tea shop that sells online. Here are some of the reviews customers left this year. Use them to write our end-of-year newsletter (about 250 words): thank people, weave in 3-4 of these quotes, mention the two things we improved because of feedback (plastic-free packaging from June, and sample sizes from September), and tease the spring first-flush Darjeeling. Warm, a little bit funny, signed "Imogen & Raj".

"The Assam is the only thing that gets me out of bed in January."
"Arrived beautifully wrapped, but SO much plastic inside, please fix this." (March)
"Plastic-free packaging now! Thank you for listening." (July)
"I wish I could try teas before committing to 100g."
"The sample sizes are genius, I've tried eight new teas this autumn." (October)
"Smoky Lapsang tastes like a campfire in the best way."
"Delivery took a week in August, but they emailed to warn me, appreciated."
"My mum and I have a video call every Sunday and we both drink your Earl Grey."
"Best chai blend I've found outside of India."
"The handwritten thank-you note made my day."
"Jasmine pearls were a bit weak for me, but customer service sent a different tea to try, free."
"Ordered as a gift, my friend is now a customer too."
"The tin is so pretty I've kept it for pens."
"Honest descriptions, no fluff. If it says malty, it's malty."
"Please never stop selling the Keemun."
"Darjeeling first flush sold out before I could order, put me on a waiting list!"
"""),
(0, "summarization", "en", "after", "log", None, """$ git log --since="1 week ago" --no-merges --format="%h %an %ad%n    %s%n%n%b" --date=short

9a1e4c2 Tomás Rivera 2024-12-06
    Add CSV export to the reports page

    Users can now export any report table as CSV. Uses the existing
    query, streams rows so large reports don't time out. Closes #1442.

41bd77e Grace Liu 2024-12-06
    Fix daylight saving bug in weekly schedule view

    Events after the clocks changed showed one hour off for users in
    Europe/London. We were adding 7*24h instead of 7 calendar days.

e03f9a1 Tomás Rivera 2024-12-05
    Upgrade Django 4.2 -> 5.1

    Mostly painless. Had to replace two uses of the removed
    `DEFAULT_FILE_STORAGE` setting with STORAGES. All tests pass.

7c22d10 Amara Obi 2024-12-04
    Rate-limit password reset emails

    Max 3 per hour per account and 20 per hour per IP. Someone was
    using the form to spam an address we don't control.

b6f0e85 Grace Liu 2024-12-04
    Remove unused "legacy dashboard" templates and routes

    Nobody has hit /dashboard/legacy since August (checked logs).
    Removes about 2,300 lines.

3f8a9d4 Amara Obi 2024-12-03
    Add audit log entries for role changes

    Admins changing a user's role now creates an audit entry with
    who, when, old role and new role. Needed for the SOC 2 audit.

c51e2b7 Jon Petrov 2024-12-02
    Speed up invoice list for accounts with >10k invoices

    Added a composite index on (account_id, issued_at) and switched
    the page to keyset pagination. Page load went from ~6s to ~300ms
    for our largest customer.

d0e4a66 Jon Petrov 2024-12-02
    Fix typo in welcome email ("you're" not "your")

Write the weekly engineering update from this git log: group into features, fixes, and housekeeping, one line each, plain language."""),
(0, "classification", "en", "after", "json", None, """[
 {"id": "e1", "text": "Please find attached the minutes from Tuesday's meeting."},
 {"id": "e2", "text": "Can you approve my timesheet by 5pm? Payroll closes today."},
 {"id": "e3", "text": "Congrats on the promotion!!"},
 {"id": "e4", "text": "Reminder: fire drill tomorrow 11am"},
 {"id": "e5", "text": "Client says the report has the wrong figures, can you check before they call at 3?"}
]

for each email, needs action from me today: yes or no"""),
(1, "creative_writing", "en", "none", "none", None, """write a short passive-aggressive-but-loving email to my team about timesheets being late again. make it funny, 80 words"""),
(0, "summarization", "en", "after", "email", "np2-p040", """From: Flat 7 <flat7.harrowcourt@example.net>
To: Lettings – Calder Property Management <lettings@calder-pm.example>
Subject: RE: RE: RE: RE: Leak from ceiling – Flat 7, Harrow Court
Date: Fri, 6 Dec 2024 08:15

Hi Rachel,

It's now been five weeks since I first reported this. Last night water came through the ceiling again during the rain, this time into the light fitting in the bedroom. I've switched that circuit off at the fuse box, so we have no light in the bedroom or hallway. The damp patch is now about a metre wide and there is black mould starting in the corner. My daughter has asthma and sleeps in that room, so she is sleeping in the living room.

You said in your last email that the roofer would attend "this week or next" (that was 19 November). Nobody has come. I've attached photos from last night and from 1 November for comparison.

I need to know today: the date the roofer is coming, and whether an electrician will check the light fitting. If I don't hear back I'll contact the council's private housing team.

Thanks,
Joanne (Flat 7)

-----
From: Rachel Tan, Calder Property Management
Sent: Tue, 19 Nov 2024 16:40
Subject: RE: RE: RE: Leak from ceiling – Flat 7, Harrow Court

Hi Joanne, apologies for the delay. The freeholder has now approved the roof repair quote. The roofer will attend this week or next, weather permitting. I'll confirm the date once I have it. Regards, Rachel

-----
From: Flat 7
Sent: Mon, 18 Nov 2024 09:02
Subject: RE: RE: Leak from ceiling – Flat 7, Harrow Court

Hi, any update? It leaked again at the weekend. The patch is bigger.

-----
From: Rachel Tan, Calder Property Management
Sent: Mon, 4 Nov 2024 11:20
Subject: RE: Leak from ceiling – Flat 7, Harrow Court

Hi Joanne, thanks for reporting. The leak seems to be coming from the roof above your flat, which is the freeholder's responsibility rather than your landlord's. I've passed this to the freeholder and asked for a quote. I'll be in touch.

-----
From: Flat 7
Sent: Fri, 1 Nov 2024 19:45
Subject: Leak from ceiling – Flat 7, Harrow Court

Hello, there's water coming through my bedroom ceiling when it rains, near the window. It's a brown patch about 30cm across. Photos attached. Can someone come and look? I'm a tenant on an assured shorthold tenancy, my landlord is Mr Patel. Thanks, Joanne

Summarize this email chain as a timeline with dates, then say in one line what's still outstanding."""),
(1, "general_qa", "en", "after", "email", "np2-p040", """Timeline of my leak problem (I rent, assured shorthold tenancy, England):
- 1 Nov: reported water through bedroom ceiling to the letting agent.
- 4 Nov: agent said it's the roof, freeholder's responsibility, asked for a quote.
- 19 Nov: agent said quote approved, roofer "this week or next".
- 6 Dec: nobody has come. Water now coming through the light fitting, I've switched the circuit off, black mould starting, my daughter has asthma and has moved out of that room.

The agent keeps saying it's the freeholder's problem. Is it, or is my landlord still responsible to me? What can I actually do next (council, withholding rent?, anything else), and in what order?"""),
(0, "classification", "en", "before", "table", None, """Shortlist screening for a Junior Data Analyst role. Must-haves: (1) SQL at least basic, (2) any experience with a BI tool or Excel pivot tables, (3) right to work in the UK. Nice-to-have: Python. For each candidate output SHORTLIST, REJECT (with which must-have is missing), or CHECK (information unclear). Candidates are anonymised.

| cand | SQL                               | BI / Excel                        | right to work        | Python        |
|------|-----------------------------------|-----------------------------------|----------------------|---------------|
| C01  | yes, 2 years at work              | Power BI dashboards               | yes                  | some          |
| C02  | online course only                | Excel pivots daily                | yes                  | no            |
| C03  | none                              | Tableau certified                 | yes                  | yes           |
| C04  | yes, university projects          | none mentioned                    | yes                  | yes           |
| C05  | yes, advanced                     | Looker                            | needs sponsorship    | yes           |
| C06  | basic                             | Excel, "some pivot tables"        | not stated           | no            |
| C07  | yes                               | Excel and Google Sheets           | yes                  | no            |
| C08  | "familiar with databases"         | Power BI                          | yes                  | no            |
| C09  | yes, 1 year                       | Metabase at current job           | yes, settled status  | a little      |
| C10  | none                              | none                              | yes                  | no            |
| C11  | yes                               | Excel pivots                      | graduate visa, 18 months left | yes  |
| C12  | yes, bootcamp                     | Tableau Public portfolio          | yes                  | yes           |
"""),
(0, "summarization", "en", "after", "transcript", None, """Focus group – "Ready meals for one" concept test – 6 participants, 45 minutes (moderator = MOD; participants P1–P6; transcript excerpt, lightly edited)

MOD: Let's start simple. When you cook for just yourself on a weeknight, what does that look like?
P1: Pasta. Every night pasta, honestly. Sometimes with a jar of sauce, sometimes with just cheese.
P2: I cook big on Sunday and eat the same thing Monday to Wednesday. By Wednesday I hate it.
P3: Toast. I'm not proud of it.
P4: I do actually cook, but buying ingredients for one is the problem. I buy a bag of spinach, use a handful, the rest goes slimy.
P5: Supermarket ready meals, two or three a week. They're fine, but they're salty and the portions are tiny.
P6: Takeaway, more than I'd like. It's the easiest when I'm tired, but it's costing me a fortune.
MOD: Okay. Now I'll show you the concept card. [Card: "Solo Kitchen – chef-made meals for one, delivered weekly, fresh not frozen, 5 days in the fridge, £6.50 each, pick 5 per week."] First reactions?
P5: £6.50 is more than the supermarket ones, but if the portion is bigger, maybe.
P6: That's cheaper than takeaway, so for me it's a saving.
P2: Five a week is too many. I'd want three.
P4: I like that it's fresh. But five days in the fridge, I'd worry about day five.
P1: Would it be healthier than a supermarket one? Because if it's just fancier pasta, I can do that myself.
P3: Honestly I'd try it. Toast is getting old.
MOD: What would make you not try it?
P2: Being locked into a subscription. I got stuck with a meal kit once and it took three emails to cancel.
P4: Packaging. If it's five plastic trays a week, no.
P5: If I can't see the salt and calories before I pick.
P6: Delivery windows. If I have to be home all day, that's a deal breaker.
MOD: If you could change one thing on the card, what would it be?
P1: Show me the nutrition.
P2: Let me pick three, not five.
P3: A taster box. Like, two meals for a fiver.
P4: Compostable or returnable packaging, and say so on the card.
P5: Bigger portions, or at least tell me the weight.
P6: Leave it in a cool box if I'm out.
MOD: Last one. On a scale of 1 to 5, how likely would you be to order the first box?
P1: 3. P2: 3, 4 if it's three meals. P3: 4. P4: 2, depends on packaging. P5: 3. P6: 5.
MOD: Thank you all, that's really helpful.

Write up the key findings for the product team: current behaviour, reactions to the concept, barriers, requested changes, and the likelihood scores. Bullet points, one page max."""),
(0, "summarization", "en", "after", "transcript", None, """Support call recording – transcript (auto, speaker labels corrected). Agent: KEMAL. Caller: office manager at a 20-person architecture practice. Duration 14:32.

KEMAL: Thanks for calling Brightdesk support, this is Kemal. How can I help?
CALLER: Hi, yes, it's about our shared drive sync. Since Monday, three of our people can't see the Projects folder on their laptops. It's there on the web, but not on their machines.
KEMAL: Okay, sorry about that. Can I take your account email?
CALLER: It's the admin one, office at our domain.
KEMAL: Thanks, I've got you. Which three users is it?
CALLER: The two new starters and one of our senior architects, Dominik.
KEMAL: And are they on Windows or Mac?
CALLER: All Mac. The rest of us are a mix and we're fine.
KEMAL: Got it. Can you check which version of the desktop app they're on? It's in the menu bar icon, then About.
CALLER: One second... the new starters are on 8.2.0, Dominik is on 7.9.4.
KEMAL: Okay, that's useful. 7.9 is quite old. And the two on 8.2, did they install it themselves?
CALLER: Yes, from your website, last week.
KEMAL: Right. So there are two separate things going on, I think. On 8.2.0 there's a known issue on macOS 15 where folders shared with a group, rather than with individual people, don't appear until the app is restarted after the first sync. Is Projects shared with a group?
CALLER: Yes, with the "All staff" group.
KEMAL: That's the one. We've got a fix in 8.2.1, which is out tomorrow. In the meantime, if they fully quit the app and reopen it, the folder should appear. Can you try that with one of them while I'm on the line?
CALLER: Let me ask... Hana, can you quit Brightdesk and open it again? ... Okay, she says it's syncing now. Projects is there.
KEMAL: Great. And for Dominik, 7.9.4 doesn't support the new sharing model we moved to in October, so he needs to update to 8.2. I'd suggest waiting until tomorrow and installing 8.2.1 directly, to skip the restart issue.
CALLER: Will he lose anything? He has a lot of files offline.
KEMAL: No, the update keeps local files. But if he has unsynced changes, ask him to make sure the icon shows "Up to date" before he updates.
CALLER: Okay. Is there a way I can push updates to everyone, so this doesn't happen again?
KEMAL: Yes, in the admin console under Devices, you can turn on "Auto-update desktop apps". It's off by default for business accounts. I'll send you a link to the guide.
CALLER: Perfect. And, sorry, one more thing, we're being billed for 23 seats but we only have 20 people.
KEMAL: I can see three deactivated users still holding licences. I can't change billing from here, but I'll raise a ticket with billing to remove them and refund the difference from the last invoice. You'll get an email within two working days.
CALLER: Brilliant. Thank you.
KEMAL: You're welcome. So to recap: the two new starters should restart the app if it happens again, Dominik updates to 8.2.1 tomorrow, you turn on auto-update, and billing will contact you about the three seats. Anything else?
CALLER: No, that's everything. Thanks Kemal.

Write the CRM call notes for this: issue, cause, what was done on the call, follow-ups (ours and the customer's). Short and scannable."""),
(1, "general_qa", "en", "after", "table", None, """Our wedding budget (June, 90 guests, we've saved £18,000 and parents are giving £4,000, so £22,000 total). Current estimate is £25,150. We need to cut about £3,150.

| item                     | estimate | status          | notes                                                      |
|--------------------------|----------|-----------------|------------------------------------------------------------|
| venue (barn, Sat)        | £6,500   | deposit paid £1,500 | Fridays are £4,800, Sundays £5,200. Date could move.    |
| catering (3 course)      | £6,300   | quote           | £70/head. Buffet option is £52/head.                       |
| drinks package           | £2,700   | quote           | includes fizz toast + half bottle wine pp. Venue allows own drinks with £400 corkage. |
| photographer             | £1,900   | booked, £400 paid | full day. 6-hour package is £1,450.                      |
| band                     | £1,800   | quote           | or DJ £650                                                 |
| dress                    | £1,400   | ordered         | already paid in full                                       |
| suit hire x4             | £520     | not booked      |                                                            |
| flowers                  | £950     | quote           | includes arch £300                                         |
| cake                     | £480     | not booked      | friend offered to make one                                 |
| stationery               | £350     | not booked      | invites, signs, menus                                      |
| rings                    | £900     | bought          |                                                            |
| hair & makeup            | £450     | booked          |                                                            |
| favours                  | £180     | idea only       |                                                            |
| transport                | £320     | quote           | vintage car                                                |
| evening food (pizza van) | £600     | quote           |                                                            |
| contingency              | £800     |                 |                                                            |

Where would you cut £3,150 without it feeling like a budget wedding? We care most about food, photos and a good party. We don't care about favours, transport or the stationery. Give me a concrete list with the savings added up."""),
(0, "classification", "en", "before", "reviews", None, """Label each app review with the reviewer's intent: BUG_REPORT, FEATURE_REQUEST, CHURN_RISK (says they'll leave or cancel), PRAISE, or PRICING_COMPLAINT. One label per review, the strongest one. Format: "R1: LABEL".

R1: "Since the last update the app won't sync my workouts from my watch. Tried reinstalling."
R2: "Best running app I've used, the training plans actually got me to a sub-2 half."
R3: "Would be great if I could export routes as GPX."
R4: "£9.99 a month for this? Strava is cheaper and does more."
R5: "If you don't bring back the offline maps I'm cancelling at renewal."
R6: "The audio coach is so motivating, love the voice options."
R7: "Heart rate chart is blank for every run since Tuesday."
R8: "Please add a dark mode for early morning runs."
R9: "Cancelled. The price went up twice this year with no new features."
R10: "Crashes when I try to share a run to Instagram stories."
R11: "The new interval builder is brilliant, exactly what I needed for track sessions."
R12: "Family plan please! My partner and I both pay full price."
R13: "Premium used to be worth it, now half the features are in a separate 'Pro' tier. Seriously?"
R14: "Lost 3 months of run history after logging in on a new phone. Support hasn't replied in a week, looking at alternatives."
R15: "GPS drift in the city is awful, shows me running through buildings."
R16: "Love it, simple and does what I need."
R17: "Can you integrate with Apple Health for sleep data?"
R18: "The annual price is fine but the monthly one is a rip-off."
R19: "Subscription renewed without a reminder email, I want a refund and I'm deleting my account."
R20: "Calorie estimates seem way too high compared to my watch."
R21: "Challenges with friends keep me going every week. Thank you!"
R22: "Add strength training sessions, not just running."
R23: "App drains my battery, 30% in a 1-hour run."
R24: "Honestly thinking of switching, the last three updates broke something every time."
R25: "Five stars for the marathon plan, finished my first one last month!"
"""),
(1, "open_qa", "en", "after", "prose", None, """Excerpt from the terms of service of a SaaS tool we use (company contract, UK):

"12. Term and Renewal.
12.1 This Agreement commences on the Effective Date and continues for the Initial Term stated in the Order Form.
12.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods equal to the Initial Term (each a 'Renewal Term') unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
12.3 Fees for any Renewal Term shall be Provider's then-current list prices, unless otherwise agreed in writing. Provider will use reasonable efforts to notify Customer of any fee increase at least thirty (30) days before the start of the Renewal Term.
12.4 Written notice under clause 12.2 must be sent to legal@provider.example and shall be effective only upon Provider's written acknowledgement of receipt.

13. Termination.
13.1 Either party may terminate this Agreement immediately by written notice if the other party commits a material breach which is not remedied within thirty (30) days of written notice of the breach.
13.2 Customer may not terminate this Agreement for convenience during any Initial Term or Renewal Term.
13.3 Upon any termination, all Fees for the remainder of the then-current term shall become immediately due and payable, except where Customer terminates under clause 13.1.

14. Data.
14.1 Upon termination Provider shall make Customer Data available for export for thirty (30) days, after which Provider may delete it without further notice."

Our initial term was 3 years and ends 31 March. We emailed legal@ on 20 December saying we don't want to renew (that's 101 days before). They haven't acknowledged it, and now they're saying our notice "is not yet effective" and that we're renewed for another 3 years at list price, which is 40% more. Can they actually do that? How do clause 12.4 and the "reasonable efforts" in 12.3 work in practice under English law, and is there anything in here that looks unfair or challengeable for a business customer? What should we do before 31 December?"""),
(1, "creative_writing", "en", "after", "transcript", None, """End-of-year team retro – the "what will we remember about 2024" round (transcript, people agreed to it being used for the party)

OLU: My highlight is obviously the Great Database Migration. Fourteen months of planning, done in one night, and the only thing that broke was the coffee machine.
PRIYA: Which was unrelated!
OLU: Was it though.
MAX: Mine is when Priya's demo to the board started playing her Spotify through the conference speakers. Eighties power ballads. The CEO asked for the playlist afterwards.
PRIYA: I stand by that playlist.
JUN: I'll remember the week we had three incidents in three days and Dev fixed all three while also moving house.
DEV: I was fixing the third one from the van. The removal guys thought I was hacking the bank.
SAM: For me it's the hackathon. We built a Slack bot that answers "is prod down?" and it's still the most used tool in the company.
MAX: It says "probably not, have you tried refreshing" and it's right 90% of the time.
OLU: Low point: the two weeks nobody could find the staging environment credentials and we discovered they were on a sticky note on the old office fridge.
JUN: Which was in storage.
OLU: Which was in storage in Swindon.
PRIYA: Best moment: when Sam finally closed ticket number 1, the one from 2019 about the login button being two pixels off.
SAM: It was three pixels.
DEV: Funniest bug: the one where the invoice PDF printed everyone's name in Comic Sans if their surname started with Z.
MAX: Zoe still has hers framed.
JUN: And the new person of the year, Ama, who joined in March and by April knew more about our billing system than any of us.
AMA: Only because nobody else wanted to look at it.
SAM: Also Dev's plant, Kevin, who survived the office move, the heatwave, and Olu watering him with cold brew.
OLU: He liked it.

I'm running the team's end-of-year party. Using these, write a set of 8 funny award categories with winners and a one-line citation each (e.g. "The Swindon Fridge Award for Secure Credential Storage"). Affectionate, nobody should come off badly, and Kevin the plant must win something."""),
(0, "summarization", "en", "after", "log", None, """Home Assistant – logbook, Saturday (filtered to alarms, heating, doors and the sump pump)

06:30:00  Heating schedule "Weekend morning" started, target 20.0 °C
06:30:04  Boiler relay turned on
06:52:17  Living room temperature reached 20.0 °C
06:52:20  Boiler relay turned off
07:41:09  Front door opened
07:41:40  Front door closed
07:42:02  Alarm system changed to Armed away (by user: Sam's phone)
09:15:33  Sump pump turned on (water level sensor: high)
09:16:10  Sump pump turned off
09:47:51  Sump pump turned on (water level sensor: high)
09:48:29  Sump pump turned off
10:20:02  Sump pump turned on (water level sensor: high)
10:20:40  Sump pump turned off
10:55:12  Basement leak sensor changed to Wet
10:55:13  Notification sent: "Water detected in basement" to Sam's phone, Alex's phone
10:55:40  Sump pump turned on (water level sensor: high)
11:04:40  Sump pump became unavailable (smart plug offline)
11:05:10  Smart plug "Basement plug 2" changed to unavailable
11:05:11  Notification sent: "Sump pump plug offline" to Sam's phone, Alex's phone
11:32:05  Front door opened
11:32:07  Alarm system changed to Disarmed (by user: Alex's phone)
11:33:48  Basement door opened
11:41:22  Smart plug "Basement plug 2" changed to on
11:41:25  Sump pump turned on
11:44:03  Basement leak sensor changed to Dry
11:44:10  Sump pump turned off
12:10:33  Automation "Sump pump running too often" triggered: 5 runs in 3 hours
12:10:34  Notification sent: "Sump pump ran 5 times in 3 hours, check drainage" to Alex's phone
14:00:00  Heating schedule "Weekend afternoon" started, target 19.0 °C
14:00:05  Boiler relay turned on
14:31:50  Living room temperature reached 19.0 °C
14:31:52  Boiler relay turned off
16:48:19  Sump pump turned on (water level sensor: high)
16:48:57  Sump pump turned off
18:05:00  Weather integration: rain stopped (total today 41 mm)
22:30:00  Heating schedule "Night" started, target 16.0 °C
22:30:02  Alarm system changed to Armed night (automation)

Turn this logbook into a short summary of what happened at the house on Saturday, with the basement water episode as the main point, so I can forward it to the plumber. Times matter, keep them in."""),
]
