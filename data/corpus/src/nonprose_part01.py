# writer nonprose, part 01. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "log", "W3-p001", """2024-03-11T02:14:07Z web-3 nginx[812]: upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.4.18, server: api.internal, request: "GET /v2/orders HTTP/1.1", upstream: "http://10.0.7.21:8080/v2/orders"
2024-03-11T02:14:09Z web-3 nginx[812]: upstream timed out (110: Connection timed out) while reading response header from upstream, request: "GET /v2/orders HTTP/1.1"
2024-03-11T02:14:15Z orders-1 java[2231]: HikariPool-1 - Connection is not available, request timed out after 30000ms.
2024-03-11T02:14:15Z orders-1 java[2231]: WARN  o.h.e.j.s.SqlExceptionHelper - SQL Error: 0, SQLState: 08001
2024-03-11T02:14:31Z db-primary postgres[990]: FATAL:  remaining connection slots are reserved for non-replication superuser connections
2024-03-11T02:15:02Z db-primary postgres[990]: LOG:  checkpoint starting: time
2024-03-11T02:19:44Z orders-1 java[2231]: INFO  HikariPool-1 - Pool stats (total=50, active=50, idle=0, waiting=212)
2024-03-11T02:22:10Z ops-bot: orders-1 restarted by on-call (manual)
2024-03-11T02:22:51Z orders-1 java[2231]: INFO  Started OrdersApplication in 38.2 seconds
2024-03-11T02:23:05Z web-3 nginx[812]: 200 GET /v2/orders 0.084s

Give me a 3-line incident summary of the above for the status channel: what broke, roughly when, and what brought it back."""),
(1, "open_qa", "en", "after", "log", "W3-p001", """2024-03-11T02:14:07Z web-3 nginx[812]: upstream timed out (110: Connection timed out) while reading response header from upstream, request: "GET /v2/orders HTTP/1.1"
2024-03-11T02:14:15Z orders-1 java[2231]: HikariPool-1 - Connection is not available, request timed out after 30000ms.
2024-03-11T02:14:31Z db-primary postgres[990]: FATAL:  remaining connection slots are reserved for non-replication superuser connections
2024-03-11T02:19:44Z orders-1 java[2231]: INFO  HikariPool-1 - Pool stats (total=50, active=50, idle=0, waiting=212)

why would postgres run out of connection slots like this when the app pool is capped at 50? what's actually going on under the hood"""),
(0, "classification", "en", "before", "reviews", None, """Tag each review as positive, negative or mixed. Just the number and the tag.

1. Battery lasts all weekend, screen is a bit dim outdoors.
2. Stopped charging after 9 days. Support keeps sending me the same FAQ link.
3. honestly the best earbuds i've owned at this price
4. Fit is great, sound is muddy, app is a joke.
5. Returned it. Left ear cut out constantly."""),
(1, "general_qa", "en", "none", "none", None, """how do i undo a git push to main without wrecking everyone elses history"""),
(0, "summarization", "en", "after", "chat", "W3-p002", """[09:02] Priya: morning! is the staging env still broken or was that fixed last night?
[09:04] Tom: still broken afaik, the migration job failed halfway
[09:05] Priya: ugh. I need it for the demo at 2
[09:07] Ahmed: I can roll back the migration, takes ~20 min
[09:07] Tom: don't, Lena has a fix in review
[09:12] Lena: yep PR #4412, needs one more approval
[09:13] Priya: I'll approve now
[09:31] Lena: merged, redeploying staging
[09:52] Lena: staging is green
[09:53] Priya: you are a hero

can you recap this thread in two sentences for someone who missed it"""),
(1, "creative_writing", "en", "after", "chat", "W3-p002", """[09:02] Priya: morning! is the staging env still broken or was that fixed last night?
[09:04] Tom: still broken afaik, the migration job failed halfway
[09:07] Ahmed: I can roll back the migration, takes ~20 min
[09:07] Tom: don't, Lena has a fix in review
[09:31] Lena: merged, redeploying staging
[09:52] Lena: staging is green
[09:53] Priya: you are a hero

write a short mock-epic ballad (like 4 stanzas) about Lena saving staging, based on this thread. keep it work-safe, it's going in our team newsletter"""),
(0, "classification", "en", "before", "email", None, """Is this a phishing attempt? yes or no and one reason.

From: Microsoft 365 Admin <no-reply@m365-secure-verify.co>
Subject: Action required: mailbox storage 99% full

Your mailbox has reached its limit and incoming messages will be deleted in 24 hours.
Click below to upgrade storage at no cost:
https://m365-secure-verify.co/login?ref=upgrade
Microsoft Corporation"""),
(1, "open_qa", "en", "none", "none", None, """What's the difference between a 502 and a 504?"""),
(0, "classification", "en", "after", "table", None, """date,merchant,amount
2024-05-02,Shell Station 114,62.10
2024-05-02,Pret A Manger,8.45
2024-05-03,AWS EMEA,311.77
2024-05-04,Premier Inn Leeds,94.00
2024-05-04,Uber *Trip,17.30
2024-05-06,Staples,23.99

put each row into one of: travel, meals, lodging, software/cloud, office supplies"""),
(1, "general_qa", "en", "after", "table", None, """date,merchant,amount
2024-05-02,Shell Station 114,62.10
2024-05-03,AWS EMEA,311.77
2024-05-04,Premier Inn Leeds,94.00
2024-05-04,Uber *Trip,17.30

I'm a freelancer in the UK. Which of these can I actually claim as business expenses, and what records should I keep so HMRC doesn't give me grief?"""),
(0, "summarization", "en", "before", "code", "W3-p003", """summarise this diff in 3 bullets for the changelog

--- a/src/cache.py
+++ b/src/cache.py
@@ -12,9 +12,14 @@ class LRUCache:
-    def __init__(self, size):
-        self.size = size
-        self.data = {}
+    def __init__(self, size, ttl=None):
+        if size <= 0:
+            raise ValueError("size must be positive")
+        self.size = size
+        self.ttl = ttl
+        self.data = OrderedDict()
+        self.stamps = {}
@@ -30,6 +35,11 @@ class LRUCache:
     def get(self, key):
+        if self.ttl is not None:
+            ts = self.stamps.get(key)
+            if ts is not None and time.monotonic() - ts > self.ttl:
+                self.evict(key)
+                return None
         value = self.data.pop(key)
         self.data[key] = value
         return value"""),
(1, "open_qa", "en", "before", "code", "W3-p003", """is there a bug in this? feels like get() will blow up on a missing key

--- a/src/cache.py
+++ b/src/cache.py
@@ -30,6 +35,11 @@ class LRUCache:
     def get(self, key):
+        if self.ttl is not None:
+            ts = self.stamps.get(key)
+            if ts is not None and time.monotonic() - ts > self.ttl:
+                self.evict(key)
+                return None
         value = self.data.pop(key)
         self.data[key] = value
         return value"""),
(1, "creative_writing", "en", "none", "none", None, """write a limerick about a flaky unit test"""),
(0, "classification", "en", "before", "log", None, """Which component is failing here? Answer with one word: network, disk, memory, or application.

kernel: [88213.441] EXT4-fs error (device nvme0n1p2): ext4_find_entry:1458: inode #2: comm systemd: reading directory lblock 0
kernel: [88213.502] Buffer I/O error on dev nvme0n1p2, logical block 0, lost sync page write
kernel: [88214.010] EXT4-fs (nvme0n1p2): Remounting filesystem read-only"""),
(0, "summarization", "en", "after", "transcript", None, """ANA: ok let's start, we have 20 minutes. first thing is the Q3 roadmap.
BEN: I sent the draft Friday. main change is we push the mobile redesign to Q4.
ANA: why?
BEN: design team is still short two people. hiring closes end of July.
CHLOE: from support side that's painful, the old checkout flow is our top complaint.
BEN: we can ship a small fix to checkout in Q3 though, just the address form.
ANA: fine, let's do that. Chloe can you send Ben the top 10 tickets?
CHLOE: yep, by Wednesday.
ANA: second item, the offsite. budget got approved, 40 people, September.
BEN: location?
ANA: still voting. Lisbon or Kraków. poll closes Friday.
ANA: ok anything else? no? thanks all.

Write minutes: decisions, action items with owners, open questions."""),
(1, "general_qa", "en", "none", "none", None, """we're picking between Lisbon and Kraków for a 40-person team offsite in September. which would you pick and why? budget is tight-ish"""),
(0, "classification", "en", "inline", "json", None, """{"task": "label the ticket", "allowed_labels": ["billing", "bug", "account_access", "feature_request"], "ticket": {"subject": "can't log in after changing phone", "body": "I got a new phone and now the 2FA codes don't work. I'm locked out of my account since Monday."}}"""),
(1, "open_qa", "en", "after", "log", None, """Traceback (most recent call last):
  File "app.py", line 14, in <module>
    total = sum(row["price"] for row in rows)
  File "app.py", line 14, in <genexpr>
    total = sum(row["price"] for row in rows)
TypeError: unsupported operand type(s) for +: 'int' and 'str'

why does sum fail here? the prices look like numbers to me"""),
(0, "summarization", "en", "before", "reviews", None, """Digest these hotel reviews into pros and cons, max 5 bullets total:

"Room was spotless and the staff upgraded us for our anniversary. Breakfast was average."
"Noise from the street until 2am. Ask for a courtyard room!!"
"Location can't be beaten, 3 minutes to the old town. Wifi kept dropping."
"Lovely staff. Tiny bathroom. Would stay again for the price."
"Street noise is real, bring earplugs. Otherwise great." """),
(1, "creative_writing", "en", "before", "reviews", None, """Turn these hotel reviews into a cheeky 30-second radio ad for the hotel. Lean into the good stuff, make a joke about the earplugs.

"Room was spotless and the staff upgraded us for our anniversary."
"Noise from the street until 2am. Ask for a courtyard room!!"
"Location can't be beaten, 3 minutes to the old town."
"Lovely staff. Tiny bathroom. Would stay again for the price." """),
(0, "classification", "en", "before", "list", None, """which of these are commit types from conventional commits and which are made up: feat, fix, chore, yeet, docs, refactor, vibe, perf"""),
(1, "open_qa", "en", "none", "none", None, """explain conventional commits like I'm a junior dev"""),
(0, "summarization", "en", "after", "email", "W3-p004", """From: Gail Ortiz
To: Facilities
Subject: RE: RE: Parking garage access

> > From: Facilities
> > The garage will be closed for resurfacing from June 3 to June 14. Staff may use Lot C on Birch St.
>
> From: Marco Lind
> Lot C only has 60 spaces and we have ~140 people on site on Tuesdays. Can we get shuttle service or at least stagger the office days?

Agreeing with Marco. Also, Lot C has no EV chargers, which affects about 15 of us. Is there any plan for that?

Gail

tl;dr this chain pls"""),
(1, "creative_writing", "en", "after", "email", "W3-p004", """From: Gail Ortiz
To: Facilities
Subject: RE: RE: Parking garage access

> > From: Facilities
> > The garage will be closed for resurfacing from June 3 to June 14. Staff may use Lot C on Birch St.
>
> From: Marco Lind
> Lot C only has 60 spaces and we have ~140 people on site on Tuesdays. Can we get shuttle service or at least stagger the office days?

Agreeing with Marco. Also, Lot C has no EV chargers, which affects about 15 of us. Is there any plan for that?

Gail

I'm in Facilities. Draft a reply to Gail and Marco: we can't get a shuttle but we're allowing remote Tuesdays during the closure and we've arranged 6 temporary EV spots at the library lot. Friendly, not grovelling."""),
(1, "general_qa", "en", "none", "none", None, """best way to structure a postmortem doc? we keep writing novels nobody reads"""),
(0, "classification", "en", "after", "list", None, """- "Great onboarding, clear docs"
- "Pricing page is confusing"
- "the export to CSV button doesn't do anything on Safari"
- "Please add dark mode"
- "Love it"
- "Can't cancel my subscription anywhere in the app"

sort these survey answers into: praise / complaint / bug report / feature request"""),
(0, "summarization", "en", "before", "table", None, """Summarize what this table says about our churn, in plain words, 2-3 sentences:

| month | new subs | cancellations | net |
|-------|----------|---------------|-----|
| Jan   | 410      | 120           | +290|
| Feb   | 385      | 131           | +254|
| Mar   | 402      | 198           | +204|
| Apr   | 377      | 251           | +126|
| May   | 390      | 263           | +127|"""),
(1, "general_qa", "en", "before", "table", None, """cancellations nearly doubled since Feb (120 -> 263/month) while signups stayed flat around 400. we raised prices in March. what would you investigate first and what could we try to bring churn down?

| month | new subs | cancellations |
|-------|----------|---------------|
| Jan   | 410      | 120           |
| Feb   | 385      | 131           |
| Mar   | 402      | 198           |
| Apr   | 377      | 251           |
| May   | 390      | 263           |"""),
(1, "open_qa", "en", "none", "none", None, """what is a CrashLoopBackOff"""),
(0, "classification", "en", "inline", "log", None, """is this line an error or just noise? 'WARN  [main] o.a.k.c.NetworkClient - Bootstrap broker localhost:9092 disconnected' — kafka is up and consuming fine btw"""),
(0, "summarization", "en", "after", "chat", None, """Mum: are you coming sunday
Mum: dad is doing the roast
Jess: yes! can I bring Sam
Mum: of course. does he eat meat
Jess: he's veggie
Dad: I'll do a nut roast too then
Kieran: I can't make it, working
Mum: boo
Kieran: next week?
Mum: next week is Auntie Rose's 70th remember
Kieran: oh god yes. ok I'll be there for that
Jess: what time sunday
Dad: 1ish

summarise the family chat, I've been offline all day"""),
(1, "creative_writing", "en", "none", "none", None, """short funny toast for Auntie Rose's 70th, she loves gardening and terrible puns"""),
(0, "classification", "en", "before", "code", None, """Language detection: which programming language is each snippet?

A) fn main() { println!("hi"); }
B) SELECT name FROM users WHERE id = 4;
C) puts "hi"
D) console.log("hi")
E) <?php echo "hi"; ?>"""),
(1, "open_qa", "en", "before", "code", None, """why is this query slow on a 40M row table even though there's an index on created_at?

SELECT * FROM events
WHERE DATE(created_at) = '2024-06-01'
ORDER BY created_at DESC
LIMIT 50;"""),
(0, "summarization", "en", "before", "log", None, """condense this CI output to one line: what failed

Run npm test
> web@3.4.1 test
> jest --ci

PASS src/utils/format.test.ts
PASS src/hooks/useCart.test.tsx
FAIL src/components/Checkout.test.tsx
  ● Checkout › shows total with tax
    expect(received).toBe(expected)
    Expected: "$108.00"
    Received: "$100.00"
      at Object.<anonymous> (src/components/Checkout.test.tsx:42:31)
PASS src/api/client.test.ts

Test Suites: 1 failed, 3 passed, 4 total
Tests:       1 failed, 57 passed, 58 total
Error: Process completed with exit code 1."""),
(1, "general_qa", "en", "none", "none", None, """my jest tests pass locally but fail in github actions, only the ones with dates. where do i even start"""),
(0, "classification", "en", "before", "list", None, """Route each support message to Tier 1 or Tier 2 (Tier 2 = anything needing engineering):

a) How do I change my invoice email?
b) The API returns 500 whenever I send a batch over 100 items
c) Can I get a receipt for March?
d) Webhooks stopped firing after your maintenance window
e) Where's the logout button on mobile?"""),
(1, "creative_writing", "en", "none", "none", None, """rap verse about on-call at 3am, pagerduty going off, coffee, the works"""),
(0, "summarization", "en", "after", "json", "W3-p005", """{
  "service": "payments-api",
  "window": "2024-07-01T00:00Z/2024-07-08T00:00Z",
  "requests": 18422117,
  "error_rate": 0.0041,
  "p50_ms": 48,
  "p95_ms": 212,
  "p99_ms": 1840,
  "slo": {"availability_target": 0.999, "latency_p95_target_ms": 250},
  "top_errors": [
    {"code": 503, "count": 51022, "route": "/v1/charge"},
    {"code": 429, "count": 17130, "route": "/v1/refund"},
    {"code": 500, "count": 7348, "route": "/v1/charge"}
  ],
  "deploys": 3
}

turn this weekly metrics blob into a short human-readable status update (3-4 sentences)"""),
(1, "open_qa", "en", "after", "json", "W3-p005", """{
  "service": "payments-api",
  "requests": 18422117,
  "error_rate": 0.0041,
  "p50_ms": 48,
  "p95_ms": 212,
  "p99_ms": 1840,
  "slo": {"availability_target": 0.999, "latency_p95_target_ms": 250}
}

are we actually meeting a 99.9% availability SLO with a 0.41% error rate? and why is p99 almost 9x p95, what usually causes a tail like that?"""),
(1, "general_qa", "en", "none", "none", None, """how many alerts is too many for one on-call person per week"""),
(0, "classification", "en", "before", "reviews", None, """rate each from 1 to 5 stars based on the text only:

"it's fine. does the job."
"Absolute garbage, broke in the box"
"Exceeded every expectation, buying two more"
"Decent but overpriced"
"Good value, minor scratches on arrival" """),
(0, "summarization", "en", "before", "notes", None, """Turn my messy notes into a clean summary paragraph:

- vendor call w/ Acme Logistics
- they can do 2-day shipping to EU from Sept, not Aug like promised
- price per pallet +6% from Q4 (fuel)
- want 12-month contract, we want 6
- they'll send revised quote by Thu
- contact: their ops lead, said to cc procurement next time"""),
(1, "general_qa", "en", "before", "notes", None, """Context from my vendor call notes:
- they can do 2-day EU shipping from Sept, not Aug like promised
- price per pallet +6% from Q4
- they want a 12-month contract, we want 6

How should I negotiate this? I have maybe a little leverage since we're their 3rd biggest EU customer."""),
(1, "open_qa", "en", "none", "none", None, """what does idempotent mean for an API"""),
(0, "classification", "en", "after", "table", None, """| id | title | opened |
| 211 | Login button misaligned on iPad | 3d |
| 212 | Data loss when two users edit the same doc | 1d |
| 213 | Typo in footer | 12d |
| 214 | Payments fail for all Amex cards | 2h |
| 215 | Slow search for accounts with 10k+ files | 6d |

assign a priority to each: P0, P1, P2 or P3. one per row, no essays"""),
(1, "creative_writing", "en", "before", "list", None, """make up a goofy name for each of our servers based on what they do, we're renaming for fun:
- the one that runs backups at night
- the flaky build runner
- the giant postgres box
- the tiny raspberry pi that controls the office lights"""),
(0, "summarization", "en", "after", "transcript", "W3-p006", """Interviewer: Tell me about a time a project went sideways.
Candidate: Sure. At my last job we were migrating billing to a new provider. Two weeks before launch we found their API didn't support prorated refunds.
Interviewer: What did you do?
Candidate: I wrote up the gap, proposed we keep refunds on the old system for 90 days, and got sign-off from finance. We launched on time and moved refunds over in the next quarter.
Interviewer: Anything you'd do differently?
Candidate: I'd have tested the edge cases in week one rather than week ten. Now I make an edge-case list before any integration starts.

Summarize the candidate's answer for the hiring panel in 2-3 lines."""),
(1, "general_qa", "en", "after", "transcript", "W3-p006", """Interviewer: Tell me about a time a project went sideways.
Candidate: Sure. At my last job we were migrating billing to a new provider. Two weeks before launch we found their API didn't support prorated refunds.
Interviewer: What did you do?
Candidate: I wrote up the gap, proposed we keep refunds on the old system for 90 days, and got sign-off from finance. We launched on time and moved refunds over in the next quarter.

That's me in a practice interview. How can I make this answer stronger? Be blunt."""),
(0, "classification", "en", "before", "chat", None, """Tone check: for each message say if it's friendly, neutral, or passive-aggressive.

1. "Per my last email, the deadline was Friday."
2. "Thanks so much, this is perfect!"
3. "Noted."
4. "Just circling back again on this 🙂"
5. "Can you send the file when you get a sec?" """),
(1, "open_qa", "en", "none", "none", None, """why does 'per my last email' read as rude"""),
(0, "summarization", "en", "before", "code", None, """give me a one-paragraph summary of what this PR does, for the release notes

Title: Add retry with backoff to webhook delivery
Body:
Previously a failed webhook was dropped after the first attempt. This PR:
- retries up to 5 times with exponential backoff (2s, 4s, 8s, 16s, 32s)
- marks the endpoint as "degraded" after 3 consecutive failed deliveries
- adds a `webhook_attempts` table to record each try
- exposes attempts in the dashboard under Developers > Webhooks
Migration included. No breaking API changes."""),
(1, "creative_writing", "en", "before", "code", None, """Write a customer-facing announcement post for our blog from this PR description. Upbeat but not cringe, ~150 words.

Title: Add retry with backoff to webhook delivery
- retries up to 5 times with exponential backoff (2s to 32s)
- marks the endpoint as "degraded" after 3 consecutive failures
- attempts visible in the dashboard under Developers > Webhooks
No breaking API changes."""),
(1, "general_qa", "en", "none", "none", None, """Should I use UUIDs or auto-increment ints as primary keys for a new Postgres app?"""),
(0, "classification", "en", "after", "form", None, """Name: [redacted]
Reason for return: "The color is nothing like the photo, it's way more orange"
Item condition: Unopened? No
Would you buy again: Maybe

Classify the return reason into one of: defective, not as described, changed mind, arrived late, wrong item."""),
(0, "summarization", "en", "after", "log", None, """$ terraform apply
aws_s3_bucket.assets: Refreshing state... [id=acme-assets-prod]
aws_iam_role.lambda_exec: Refreshing state... [id=lambda-exec]

Terraform will perform the following actions:

  # aws_lambda_function.thumbnailer will be updated in-place
  ~ resource "aws_lambda_function" "thumbnailer" {
      ~ memory_size = 512 -> 1024
      ~ timeout     = 10 -> 30
    }

  # aws_s3_bucket_lifecycle_configuration.assets will be created
  + resource "aws_s3_bucket_lifecycle_configuration" "assets" {
      + bucket = "acme-assets-prod"
      + rule {
          + id     = "expire-tmp"
          + status = "Enabled"
          + expiration { + days = 7 }
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.

what is this plan going to do, in plain english, short"""),
(1, "open_qa", "en", "none", "none", None, """Terraform state locking — what is it and why does everyone warn you about it?"""),
(0, "classification", "en", "before", "list", None, """Which of these are valid HTTP methods? GET, FETCH, PATCH, OPTIONS, REMOVE, HEAD, PUSH"""),
(1, "creative_writing", "en", "none", "none", None, """Write a haiku from the perspective of a 404 page."""),
(0, "summarization", "en", "after", "chat", "W3-p007", """#proj-atlas (Slack)
Dana Okafor 10:14 AM
heads up: the vendor says the SDK v3 drop is delayed to the 28th
Ravi 10:15 AM
that's after our code freeze on the 24th 😬
Dana Okafor 10:16 AM
yeah. options: (a) ship on v2 and patch later (b) ask for an exception to the freeze (c) slip the release a week
Mei 10:20 AM
(a) means the offline mode feature is out, it needs v3
Ravi 10:21 AM
marketing already announced offline mode...
Dana Okafor 10:25 AM
I'll ask Jorge about a freeze exception. if no, we go (c)
Mei 10:26 AM
👍
Jorge 11:02 AM
freeze exception denied, too risky this cycle. slip is ok with me

Summarize the thread and the final decision in 2 bullets."""),
(1, "general_qa", "en", "after", "chat", "W3-p007", """#proj-atlas (Slack)
Dana Okafor 10:14 AM
heads up: the vendor says the SDK v3 drop is delayed to the 28th
Ravi 10:15 AM
that's after our code freeze on the 24th 😬
Dana Okafor 10:16 AM
options: (a) ship on v2 and patch later (b) ask for an exception to the freeze (c) slip the release a week
Mei 10:20 AM
(a) means the offline mode feature is out, it needs v3
Ravi 10:21 AM
marketing already announced offline mode...

I'm Dana. Before I go to Jorge, which option would you push for and how do I handle marketing if we slip?"""),
(1, "open_qa", "en", "none", "none", None, """is a code freeze actually useful or is it just theatre"""),
(0, "classification", "en", "before", "email", None, """Categorize these subject lines: newsletter, transactional, personal, or spam.
- "Your order #88123 has shipped"
- "You WON a $500 gift card!!! Claim now"
- "This week in Rust #512"
- "dinner friday?"
- "Password reset request"
- "Hot singles in your area" """),
(0, "summarization", "en", "after", "list", None, """v2.8.0
- Added: bulk export to Parquet
- Added: SSO with Okta (beta)
- Fixed: memory leak in the scheduler when jobs were cancelled
- Fixed: timezone bug in weekly reports
- Changed: minimum Python is now 3.10
- Deprecated: the /v1/jobs endpoint, removal in 3.0
- Security: bumped urllib3 to patch CVE

two sentence version of this changelog for our newsletter?"""),
(1, "general_qa", "en", "before", "list", None, """We're on Python 3.8 and this release of the library bumps the minimum to 3.10. Should we upgrade Python now or pin the old version for a while? Medium-sized Django app, 3 devs.

- Changed: minimum Python is now 3.10
- Deprecated: the /v1/jobs endpoint, removal in 3.0
- Security: bumped urllib3 to patch CVE"""),
(1, "creative_writing", "en", "none", "none", None, """slogan for a backup software company, something that isn't 'peace of mind'"""),
(0, "classification", "en", "after", "code", None, """try:
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
except requests.exceptions.Timeout:
    ...
except requests.exceptions.HTTPError:
    ...

for a code review checklist: is this snippet 'error handling present' or 'error handling missing'? one label"""),
(1, "open_qa", "en", "after", "code", None, """try:
    resp = requests.get(url, timeout=5)
except requests.exceptions.Timeout:
    pass

what's the difference between the timeout here being a connect timeout vs a read timeout? does 5 mean total time?"""),
(0, "summarization", "en", "before", "reviews", "W3-p008", """Give me the gist of what customers think of the new app update, from these App Store reviews:

★☆☆☆☆ "New update moved the scan button. Took me 5 minutes to find it. Why."
★★★★☆ "Faster than before, the dark mode is gorgeous. Miss the old widget."
★★☆☆☆ "Crashes when I open receipts older than a year."
★★★★★ "Finally syncs with my partner's phone properly!!"
★☆☆☆☆ "Widget gone. Scan button hidden. Uninstalling."
★★★☆☆ "Sync is better, navigation is worse." """),
(1, "general_qa", "en", "before", "reviews", "W3-p008", """I'm the PM for this app. Based on these App Store reviews of our new update, what should we prioritise for the next patch, and should we bring the widget back?

★☆☆☆☆ "New update moved the scan button. Took me 5 minutes to find it. Why."
★★★★☆ "Faster than before, the dark mode is gorgeous. Miss the old widget."
★★☆☆☆ "Crashes when I open receipts older than a year."
★★★★★ "Finally syncs with my partner's phone properly!!"
★☆☆☆☆ "Widget gone. Scan button hidden. Uninstalling."
★★★☆☆ "Sync is better, navigation is worse." """),
(0, "classification", "en", "before", "list", None, """odd one out: nginx, apache, caddy, postgres, traefik"""),
(1, "open_qa", "en", "none", "none", None, """What's the actual difference between nginx and traefik for a small docker setup?"""),
(0, "summarization", "en", "after", "transcript", None, """[00:00:03] SPEAKER 1: Okay, recording. This is the weekly sync for the data platform team, July 9.
[00:00:10] SPEAKER 2: Quick update from me. The Airflow 2.9 upgrade is done in staging. Three DAGs broke because they used the deprecated SubDagOperator. I rewrote two of them with TaskGroups. The third one, the finance reconciliation DAG, I need help with because nobody knows who owns it.
[00:00:41] SPEAKER 1: I think that was Hannah's before she moved teams. I'll ping her.
[00:00:47] SPEAKER 3: Related, finance asked if the reconciliation numbers for June will be late. They need them by the 15th.
[00:00:55] SPEAKER 2: If we don't upgrade prod until after the 15th, the old DAG keeps working. So no risk if we wait.
[00:01:04] SPEAKER 1: Then let's schedule the prod upgrade for the 17th. Objections? No. Okay.
[00:01:12] SPEAKER 3: Second thing. Our Snowflake bill was 30 percent over budget in June. Most of it is one warehouse left on XL over a weekend.
[00:01:24] SPEAKER 1: Ouch. Can we set auto-suspend to five minutes on all warehouses?
[00:01:29] SPEAKER 3: Already done as of yesterday. I'd also like resource monitors with a hard cap.
[00:01:35] SPEAKER 1: Do it, but make the cap alert first and suspend second. I don't want the finance DAG to die at month end.
[00:01:42] SPEAKER 3: Got it.
[00:01:44] SPEAKER 2: Last thing, I'm out the week of the 22nd.
[00:01:48] SPEAKER 1: Noted. Speaker 3 covers on-call that week. Okay, that's it, thanks.

Summarize as meeting notes with decisions, action items (with who), and risks."""),
(1, "open_qa", "en", "none", "none", None, """Why did Airflow deprecate SubDagOperator? what was wrong with it"""),
(0, "classification", "en", "before", "log", None, """Severity for each line, pick from DEBUG INFO WARN ERROR FATAL based on content not the (missing) level:

- "connected to db in 12ms"
- "disk usage at 93% on /var"
- "could not open config file, using defaults"
- "segmentation fault, core dumped"
- "cache miss for key user:4412" """),
(1, "general_qa", "en", "none", "none", None, """give me a checklist for what to log in a web api and what to NEVER log"""),
(0, "summarization", "en", "before", "email", None, """Shorten this into a 2-line Slack message:

Hi all,

As you may know, the office kitchen fridge will be cleaned out this Friday at 4pm. Anything left inside that isn't labelled with your name and a date will be thrown away. This includes condiments. We have had several complaints about smells in recent weeks, and the cleaning staff have asked us to help keep it manageable. Labels and markers are available next to the coffee machine.

Thanks for your cooperation,
Office Management"""),
(1, "creative_writing", "en", "none", "none", None, """Write a dramatic passive aggressive note for the office fridge about someone stealing my yogurt. Make it funny."""),
(0, "classification", "en", "after", "table", "W3-p009", """| txn_id | amount | country | card_country | time  | attempts_last_hr |
| 9001   | 12.00  | US      | US           | 14:02 | 1                |
| 9002   | 980.00 | RO      | US           | 03:14 | 7                |
| 9003   | 45.50  | DE      | DE           | 11:40 | 1                |
| 9004   | 1.00   | NG      | GB           | 02:58 | 23               |
| 9005   | 210.00 | FR      | FR           | 19:21 | 2                |

flag each transaction as 'looks normal' or 'review' based on the columns, no explanation needed"""),
(1, "open_qa", "en", "after", "table", "W3-p009", """| txn_id | amount | country | card_country | time  | attempts_last_hr |
| 9002   | 980.00 | RO      | US           | 03:14 | 7                |
| 9004   | 1.00   | NG      | GB           | 02:58 | 23               |

Why would a fraudster run a $1.00 charge 23 times in an hour? What's the point of a tiny transaction like 9004?"""),
(1, "general_qa", "en", "none", "none", None, """how do I tell my manager the sprint goal is unrealistic without sounding lazy"""),
(0, "summarization", "en", "after", "chat", None, """Sam (SMS, 18:02): running late, train stuck outside Croydon
Sam (18:20): still stuck. signal failure apparently
Sam (18:41): moving again!!
Sam (18:43): nope stopped
Sam (19:05): ok actually moving, should be at yours ~19:40, start without me if you want
Sam (19:38): here in 5

what's the short version of what happened to Sam"""),
(0, "classification", "en", "before", "list", None, """mark each as a bug or a feature request:
1 export button greyed out
2 would be nice to export as pdf
3 app crashes when i rotate phone
4 add a way to mute notifications for a week
5 total in cart shows wrong currency"""),
(1, "creative_writing", "en", "after", "list", None, """1 export button greyed out
2 app crashes when i rotate phone
3 total in cart shows wrong currency

write an apology tweet from our app account for these bugs, casual tone, under 280 chars, promise a fix this week"""),
(1, "open_qa", "en", "after", "log", None, """java.lang.OutOfMemoryError: Metaspace
	at java.base/java.lang.ClassLoader.defineClass1(Native Method)
	at java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1012)
	at org.springframework.cglib.core.ReflectUtils.defineClass(ReflectUtils.java:495)

this happens after ~30 hot redeploys in tomcat. heap is fine. what is metaspace and why does it fill up"""),
(0, "summarization", "en", "after", "log", None, """commit 9f1c2e7  (HEAD -> main)
    Merge pull request #781 from feature/csv-import
commit 3a8d441
    Validate column headers before import
commit 77be0c2
    Add CSV import endpoint
commit e01f9aa
    Fix flaky test in test_scheduler
commit 5cd2b13
    Bump django from 4.2.10 to 4.2.13
commit b9e7719
    Remove unused celery task send_digest_legacy

summarize the last week of commits for standup, one sentence"""),
(1, "general_qa", "en", "none", "none", None, """rebase or merge for feature branches? small team, we keep arguing"""),
(0, "classification", "en", "before", "chat", "W3-p010", """Is this customer message urgent or can it wait until Monday? Just answer urgent / can wait.

"Hi, our whole warehouse team can't print shipping labels since your update an hour ago. We have 300 orders going out today. Please help." """),
(1, "creative_writing", "en", "before", "chat", "W3-p010", """write the first reply to this customer from our support team. we don't have a fix yet but engineering is on it, and there's a workaround: downgrade the print agent to 4.1.2 from the downloads page.

"Hi, our whole warehouse team can't print shipping labels since your update an hour ago. We have 300 orders going out today. Please help." """),
(1, "open_qa", "en", "none", "none", None, """what's the point of a canary deploy if you have good tests"""),
(0, "summarization", "en", "after", "form", None, """Incident report form
Date/time: Tue 14:30
Location: loading bay 2
What happened: forklift reversed into the racking, one upright bent, no injuries, pallet of paint tins fell, 2 tins split
Immediate action: area taped off, spill kit used, racking section unloaded
Reported by: shift lead
Follow-up needed: racking inspection, forklift reversing alarm checked (driver says it wasn't sounding)

short summary for the weekly H&S email"""),
(1, "general_qa", "en", "after", "form", None, """What happened: forklift reversed into the racking, one upright bent, no injuries. Driver says the reversing alarm wasn't sounding.

I'm the site manager. What should I do this week so this doesn't happen again, and do I need to report it to anyone officially? UK site."""),
(0, "classification", "en", "before", "list", None, """which are fruits: tomato, carrot, avocado, potato, cucumber"""),
(1, "creative_writing", "en", "none", "none", None, """write a cover letter opener for a junior devops role that doesn't start with 'I am writing to apply'"""),
(0, "classification", "en", "before", "reviews", None, """For each review, which aspect is it mainly about: food, service, price, or ambience?

- "Waited 40 minutes for someone to take our order."
- "The risotto was perfect, creamy and rich."
- "€28 for a burger is insane."
- "Candlelit, quiet, perfect for a date."
- "Our waiter was hilarious and super attentive." """),
(0, "summarization", "en", "before", "table", None, """Can you sum up our team's Q2 expense sheet in a couple of bullets (what we spent most on, anything weird)?

category,apr,may,jun
travel,2100,1850,6400
meals,430,510,480
software,1200,1200,1210
hardware,0,3800,0
training,300,0,0"""),
(1, "open_qa", "en", "none", "none", None, """what is the 50/30/20 budgeting rule and does it actually work"""),
(0, "summarization", "en", "after", "email", None, """From: IT Service Desk
Subject: Scheduled maintenance – VPN and email

Dear colleagues,

On Saturday 14 September between 22:00 and 02:00 (CEST), we will upgrade the VPN concentrators and migrate the remaining mailboxes to the new Exchange Online tenant. During this window:

• VPN will be unavailable for up to 2 hours.
• Outlook may prompt you to sign in again on Monday morning. This is expected.
• Mobile devices using the native mail app will need to remove and re-add the account. Instructions are attached.
• Shared mailboxes will be read-only from 22:00 until migration is complete.

If you are on call that weekend, please contact the Service Desk before Friday so we can arrange an alternative access method.

Kind regards,
IT Service Desk

I don't read IT emails. what do I actually need to do?"""),
(1, "general_qa", "en", "none", "none", None, """I'm on call this weekend and the VPN will be down for 2 hours saturday night. what are my options to still reach prod if something breaks"""),
(0, "classification", "en", "inline", "chat", None, """System: You are a moderation classifier. Output exactly one of: SAFE, HARASSMENT, SPAM, SELF_PROMO.
User message to classify: "check out my channel for daily crypto signals 🚀🚀 link in bio" """),
(1, "creative_writing", "en", "inline", "chat", None, """System: You are the friendly community bot for the r/homebrewing Discord.
User: hey bot, we just hit 10,000 members!! can you write a celebratory announcement for #general? mention the annual sour beer contest is coming up in October"""),
(0, "summarization", "en", "before", "code", "W3-p011", """TL;DR this YAML for me, what does the pipeline do?

name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npm run build
      - run: npm test
  publish:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"""),
(1, "open_qa", "en", "before", "code", "W3-p011", """why would the publish job here fail with 'ENEEDAUTH' or publish an unbuilt package? the build job passes fine

name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm run build
  publish:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"""),
(1, "general_qa", "en", "none", "none", None, """what should go in a team README for a new hire's first day? list it"""),
(0, "classification", "en", "before", "list", None, """yes/no for each: is this a valid IPv4 address?
192.168.1.1
256.10.0.3
10.0.0
8.8.8.8
172.16.300.1"""),
(1, "open_qa", "en", "none", "none", None, """why are 10.x, 172.16.x and 192.168.x private addresses? who decided"""),
(0, "summarization", "en", "after", "chat", None, """[Teams] Tue 3:02 PM Harriet: Has anyone got the signed copy of the Brennan contract?
[Teams] Tue 3:10 PM Owen: I sent it to legal last week
[Teams] Tue 3:11 PM Harriet: Legal say they never got it
[Teams] Tue 3:14 PM Owen: checking sent items... it bounced. wrong address, sorry
[Teams] Tue 3:15 PM Owen: resending now to legal@ not legal-team@
[Teams] Tue 3:40 PM Harriet: Legal confirms received 👍

quick recap pls"""),
(0, "classification", "en", "before", "email", None, """Which department should handle this email: HR, Finance, IT, or Legal?

"Hi, my payslip for August shows the wrong tax code and I've been overcharged about £200. Who do I talk to?" """),
(1, "general_qa", "en", "none", "none", None, """my payslip has the wrong tax code and I've been overtaxed. UK. how do I get it fixed and will I get the money back?"""),
(0, "summarization", "en", "after", "reviews", None, """Survey Q: "What's one thing we could do better?" (responses from the June workshop)

- more breaks, 3 hours straight is a lot
- The slides were hard to read from the back
- honestly nothing, loved it
- Send materials beforehand so we can prepare
- Less lecture, more hands-on
- the room was freezing
- more hands-on exercises please
- Share the slides afterwards!
- Longer lunch
- I wanted more time for Q&A

Summarize the main themes in 3-4 bullets with rough counts."""),
(1, "creative_writing", "en", "after", "reviews", None, """- more breaks, 3 hours straight is a lot
- Less lecture, more hands-on
- the room was freezing
- Share the slides afterwards!

Based on this feedback, write the email I'll send to attendees thanking them and telling them what we'll change for the September workshop."""),
(1, "open_qa", "en", "none", "none", None, """How does exponential backoff with jitter work and why add the jitter?"""),
(0, "classification", "en", "after", "log", None, """Jun 12 03:11:02 bastion sshd[4412]: Failed password for invalid user admin from 185.220.101.44 port 51022 ssh2
Jun 12 03:11:04 bastion sshd[4412]: Failed password for invalid user admin from 185.220.101.44 port 51022 ssh2
Jun 12 03:11:09 bastion sshd[4419]: Failed password for invalid user oracle from 185.220.101.44 port 51188 ssh2
Jun 12 03:11:15 bastion sshd[4425]: Failed password for invalid user test from 185.220.101.44 port 51300 ssh2

brute force attempt or legit user who forgot their password?"""),
(1, "general_qa", "en", "after", "log", None, """Jun 12 03:11:02 bastion sshd[4412]: Failed password for invalid user admin from 185.220.101.44 port 51022 ssh2
Jun 12 03:11:09 bastion sshd[4419]: Failed password for invalid user oracle from 185.220.101.44 port 51188 ssh2

getting thousands of these on our bastion every night. how do I harden it? we're a tiny team, nothing fancy"""),
(0, "summarization", "en", "before", "list", None, """summarize my calendar for tomorrow in one line so I can text it to my partner:

08:30-09:00 standup
09:00-11:00 focus block
11:00-12:00 1:1 with Rafa
12:00-13:00 lunch w/ team
13:00-16:30 quarterly planning (offsite, Marlow room)
17:00 dentist"""),
(1, "general_qa", "en", "before", "list", None, """my tomorrow looks like this and I also need to finish a 10-page report by end of day. how would you rearrange it? what can I decline?

08:30-09:00 standup
09:00-11:00 focus block
11:00-12:00 1:1 with Rafa
12:00-13:00 lunch w/ team
13:00-16:30 quarterly planning (offsite)
17:00 dentist"""),
(1, "creative_writing", "en", "none", "none", None, """two-line poem about merge conflicts"""),
(0, "classification", "en", "before", "list", None, """For each SQL statement, is it DDL, DML, or DCL?
1. CREATE TABLE orders (...)
2. INSERT INTO orders VALUES (...)
3. GRANT SELECT ON orders TO analyst
4. ALTER TABLE orders ADD COLUMN note text
5. DELETE FROM orders WHERE id = 9
6. REVOKE ALL ON orders FROM intern"""),
(1, "open_qa", "en", "none", "none", None, """whats the difference between TRUNCATE and DELETE in postgres, beyond speed"""),
]
