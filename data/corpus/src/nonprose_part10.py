# writer nonprose, part 10. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", "np2-p016", """#inc-5120-login-failures (Slack)

Tariq Haddad  07:41
declaring SEV2. login success rate dropped from 99% to ~60% starting 07:25. mostly mobile. web looks ok-ish
Tariq Haddad  07:42
I'm IC. @Joanna can you take comms? @Wen can you look at the auth service
Joanna Kraus  07:43
on comms. status page draft coming
Wen Li  07:47
auth service pods are healthy, CPU normal. errors are 401s from the token endpoint, "invalid_client"
Tariq Haddad  07:48
invalid_client on mobile only? that smells like the client secret or the client id
Wen Li  07:52
yep. the iOS and Android apps use client "mobile-v3". its secret was rotated at 07:20 by the scheduled secret rotation job
Wen Li  07:53
web uses a different client, not rotated today, that's why web is fine
Tariq Haddad  07:54
but mobile apps don't hold the secret, they use PKCE? why would rotation matter
Wen Li  07:58
the mobile BFF (backend for frontend) holds it. the BFF reads the secret from the vault at startup only, so it still has the old one
Tariq Haddad  07:59
so restarting the BFF picks up the new secret?
Wen Li  07:59
should do
Joanna Kraus  08:01
status page posted: "Some users are unable to log in on our mobile apps. We're investigating."
Tariq Haddad  08:02
ok, @Wen go ahead and restart the BFF, rolling, one pod at a time
Wen Li  08:06
2 of 6 restarted, error rate on those pods is 0
Wen Li  08:12
all 6 restarted
Tariq Haddad  08:14
login success rate back to 98.7% and climbing. why only 60% failing and not 100% before?
Wen Li  08:16
two BFF pods had been restarted by the autoscaler at 07:30 and 07:35, so they already had the new secret. the other 4 were failing
Tariq Haddad  08:18
makes sense. ok I'll hold for 15 min then resolve
Joanna Kraus  08:20
status page updated to "monitoring"
Tariq Haddad  08:35
resolving. total impact ~50 min, ~40% of mobile login attempts failed between 07:25 and 08:12. no data at risk
Tariq Haddad  08:36
follow-ups: 1) BFF must reload secrets without restart or the rotation job must trigger a rollout 2) rotation job should alert the owning team before it runs 3) synthetic login check for mobile, we only had one for web
Joanna Kraus  08:40
status page resolved. I'll post an internal summary in #announcements at 10
Wen Li  08:41
I'll own follow-up 1, ticket AUTH-902

Summarize this incident for the weekly reliability review: timeline in 4-5 bullets, cause, impact, follow-ups with owners."""),
(1, "creative_writing", "en", "after", "chat", "np2-p016", """Wen Li  07:52
the iOS and Android apps use client "mobile-v3". its secret was rotated at 07:20 by the scheduled secret rotation job
Wen Li  07:58
the mobile BFF holds it. the BFF reads the secret from the vault at startup only, so it still has the old one
Wen Li  08:12
all 6 restarted
Tariq Haddad  08:35
resolving. total impact ~50 min, ~40% of mobile login attempts failed between 07:25 and 08:12. no data at risk

Joanna here, I'm doing comms. Write the final customer-facing status page update for this: plain English, no internal names like BFF or vault, apologise, say what happened in one sentence, that no data was affected, and what we're changing. 80-100 words."""),
(0, "classification", "en", "before", "log", None, """component? disk / cpu / memory / network:
"kernel: Out of memory: Killed process 2231 (java)" """),
(0, "classification", "en", "before", "list", None, """Which of these are YAML booleans in YAML 1.1? yes, on, true, maybe, off, n"""),
(1, "open_qa", "en", "none", "none", None, """what's the norway problem in yaml"""),
(1, "creative_writing", "en", "none", "none", None, """write an apology letter from a load balancer to the server it kept sending all the traffic to"""),
(0, "summarization", "en", "after", "code", None, """PR #2044: Move image uploads to pre-signed S3 URLs

## Why
Uploads currently stream through our API servers. Large photos (up to 25 MB) tie up workers and were behind two of last month's latency alerts.

## What
- New endpoint `POST /uploads/presign` returns a pre-signed PUT URL valid for 5 minutes, scoped to one key.
- The web and mobile clients upload directly to S3 with that URL, then call `POST /uploads/complete` with the key.
- A Lambda on `s3:ObjectCreated` generates thumbnails (was done inline before).
- The old `POST /photos` endpoint stays for now but logs a deprecation warning. We'll remove it in 2 releases.

## Risks
- Clients on app versions older than 7.2 still use the old endpoint.
- CORS on the bucket had to be opened for our web origin only.

## Testing
Unit tests for presign/complete, manual testing on iOS/Android/web, load test with 200 concurrent 20 MB uploads: API p95 unchanged.

Two-sentence summary for the release notes channel, please"""),
(1, "open_qa", "en", "after", "code", None, """## What
- New endpoint `POST /uploads/presign` returns a pre-signed PUT URL valid for 5 minutes, scoped to one key.
- The web and mobile clients upload directly to S3 with that URL, then call `POST /uploads/complete` with the key.

reviewing this PR. what stops a user from uploading a 5 GB file, or a file that isn't an image, with the presigned URL? is there a way to enforce size and content type?"""),
(0, "classification", "en", "before", "reviews", None, """pos or neg: "10/10 would get food poisoning again" """),
(0, "summarization", "en", "before", "code", None, """one-line summary of this commit please:

Revert "Enable HTTP/3 on edge"

This reverts commit 4be12af. Caused TLS handshake failures for Safari 16 users."""),
(1, "open_qa", "en", "none", "none", None, """why would enabling HTTP/3 break some safari versions? QUIC is supposed to fall back"""),
(0, "classification", "en", "before", "email", None, """Spam, newsletter, or real person?

"hi, it's Dom from the cycling club, found your pump in my car, want it back thursday?" """),
(1, "general_qa", "en", "none", "none", None, """how do I politely get a neighbour to stop borrowing my ladder and not returning it"""),
(0, "summarization", "en", "after", "transcript", None, """Community garden AGM – transcript from the recording (lightly cleaned). Present: 14 members. Chair: DEV. Treasurer: MARGARET. Secretary: KIM.

DEV: Right, welcome everyone, thanks for coming out in the cold. We've got four things: the accounts, the waiting list, the shed, and the water. Margaret, accounts first.
MARGARET: So, income this year was 2,310 pounds: plot fees 1,680, the plant sale 470, and a small grant from the council of 160. Spending was 1,905: water rates 620, insurance 410, the new compost bays 540, tools and repairs 335. So we're 405 up and the balance is now 1,870.
MEMBER (ROSA): Are plot fees going up?
MARGARET: The committee's proposing from 40 to 45 a year for a full plot, 20 to 22.50 for a half. Water's gone up 18 percent.
DEV: Let's vote on that at the end. Waiting list, Kim?
KIM: We've got 23 people on the list, the longest has been waiting nearly two years. We had three plots come free this year. Two members haven't worked their plots since June.
MEMBER (TONY): Do we have a rule on that?
KIM: The constitution says a plot can be reclaimed if it's not cultivated for a season, after two written warnings. We've sent one warning each.
DEV: Proposal from the committee: send the second warning in January, and if nothing by March the plots are reallocated. And we'd like to offer half plots to people on the list, splitting the two big plots by the gate.
MEMBER (ROSA): I'm in favour. Some people on the list only want a small one anyway.
DEV: The shed. It's leaking, the roof felt has gone. We had a quote for 380 to re-felt it, or 1,200 for a new shed.
MEMBER (TONY): I've done roofs. If we buy the materials, about 120, I can do it with two helpers on a weekend.
DEV: That'd be brilliant, thank you Tony. Any volunteers? Okay, Rosa and Sunil. Great.
DEV: Finally water. The trough by plot 9 leaks and the meter reading suggests we're losing water. Margaret thinks that's part of the bill going up.
MARGARET: The water company says a leak allowance is possible if we fix it and send proof.
KIM: I'll ask the water company for the form.
MEMBER (SUNIL): I can fix the trough valve, it's a standard float valve. Ten pounds.
DEV: Okay. Votes. Fee increase to 45 and 22.50: all in favour? That's 12, two against, carried. Reclaiming plots after the second warning and splitting the gate plots: all in favour? Unanimous. Thanks everyone, mince pies are on the table.

Minutes please: decisions with votes, then actions with names."""),
(1, "general_qa", "en", "none", "none", None, """I'm the new secretary of our allotment committee. what should I actually be doing and what records do I need to keep?"""),
(0, "classification", "en", "before", "code", None, """Is this SQL injection-safe? yes or no.

cursor.execute("SELECT * FROM users WHERE email = %s", (email,))"""),
(1, "open_qa", "en", "none", "none", None, """why are parameterized queries safe but escaping strings yourself is not"""),
(0, "summarization", "en", "after", "json", None, """{
  "report": "weekly-backup-verification",
  "week": "2024-W49",
  "jobs": [
    {"name": "postgres-prod", "runs": 7, "succeeded": 7, "restore_test": "passed", "size_gb": 182},
    {"name": "postgres-analytics", "runs": 7, "succeeded": 6, "restore_test": "not_run", "size_gb": 640, "failure": "2024-12-04 timeout after 6h"},
    {"name": "object-storage-media", "runs": 7, "succeeded": 7, "restore_test": "passed", "size_gb": 2210},
    {"name": "gitlab", "runs": 7, "succeeded": 7, "restore_test": "failed", "restore_error": "checksum mismatch on repositories.tar"},
    {"name": "ldap", "runs": 7, "succeeded": 7, "restore_test": "passed", "size_gb": 0.4}
  ]
}

give me the gist for the ops standup, one short paragraph"""),
(0, "classification", "en", "after", "json", None, """{"from":"+447700900123","text":"Your Royal Mail parcel has a £1.45 unpaid shipping fee. Pay now: royalmail-redelivery-uk.info"}

scam or genuine? one word"""),
(1, "general_qa", "en", "none", "none", None, """my mum clicked a scam royal mail text link and entered her card details. what do we do right now, in order"""),
(0, "summarization", "en", "after", "table", None, """Household bills – 2024 (monthly avg)
| bill        | jan-jun | jul-dec |
|-------------|---------|---------|
| energy      | 168     | 121     |
| water       | 41      | 41      |
| broadband   | 35      | 42      |
| council tax | 187     | 187     |
| phones (x2) | 28      | 28      |
| streaming   | 31      | 45      |

sum up how our bills changed in the second half of the year, 2 lines"""),
(1, "general_qa", "en", "after", "table", None, """| broadband   | 35 -> 42 a month, contract ended in june |
| streaming   | 31 -> 45, we now have netflix, disney+, prime, spotify family and apple tv |

how do I get these down without losing the stuff we actually watch? we mostly watch netflix and prime, the kids use disney+ like twice a month"""),
(0, "classification", "en", "before", "list", None, """Classify each git command as safe (read-only) or destructive: git status, git reset --hard, git log, git push --force, git diff, git clean -fd"""),
(1, "open_qa", "en", "none", "none", None, """git push --force vs --force-with-lease, what's the actual protection"""),
(1, "creative_writing", "en", "none", "none", None, """write a breaking news bulletin: 'local developer runs git reset --hard, loses three days of work'. make it dramatic, 100 words"""),
(0, "classification", "en", "after", "chat", "np2-p017", """Customer chat transcript – ticket #77310

[14:02] Customer (Jo): hi my order 55-8812 says delivered but there's nothing here
[14:03] Agent (Sami): Hi Jo, sorry about that! Let me check. Can you confirm the delivery address?
[14:04] Jo: 22 Finch Lane, flat 3
[14:06] Sami: Thanks. The courier photo shows the parcel at a blue front door. Is that your building?
[14:07] Jo: our door is green. so no
[14:08] Jo: this is the second time this year
[14:09] Sami: I'm really sorry. I've opened an investigation with the courier, which takes up to 48 hours. I can't send a replacement until it's closed, I'm afraid.
[14:10] Jo: so I just wait? it was a birthday present for saturday
[14:12] Sami: I understand. I've added a note marking it urgent. You'll get an email as soon as we hear back.
[14:13] Jo: fine. not impressed
[14:13] Sami: Is there anything else I can help with today?
[14:14] Jo: no
[Chat ended by customer]

Classify the outcome: resolved, partially resolved, or unresolved. And the customer's sentiment at the end: positive, neutral, or negative."""),
(1, "creative_writing", "en", "after", "chat", "np2-p017", """[14:06] Agent: The courier photo shows the parcel at a blue front door. Is that your building?
[14:07] Customer (Jo): our door is green. so no
[14:08] Jo: this is the second time this year
[14:09] Agent: I've opened an investigation with the courier, which takes up to 48 hours. I can't send a replacement until it's closed, I'm afraid.
[14:10] Jo: so I just wait? it was a birthday present for saturday
[14:14] Jo: no
[Chat ended by customer]

I'm the support team lead. I've got approval to skip the 48h wait and send a replacement by next-day delivery today, free. Write the follow-up email to Jo. Short, human, no 'we apologise for any inconvenience'."""),
(0, "classification", "en", "before", "log", None, """Each of these HTTP status lines – success, redirect, client error, or server error?
HTTP/1.1 204 No Content
HTTP/1.1 307 Temporary Redirect
HTTP/1.1 429 Too Many Requests
HTTP/1.1 503 Service Unavailable
HTTP/1.1 206 Partial Content"""),
(1, "open_qa", "en", "none", "none", None, """what is a 206 partial content response and where would I ever see one"""),
(0, "summarization", "en", "after", "reviews", None, """Google reviews for Marlow's (our cafe), this month:
- "Best flat white in town, staff always smiley."
- "Loved the cinnamon buns, but 20 min wait on a Saturday."
- "Too loud to work in, music way up."
- "Dog friendly!! they gave my spaniel a sausage"
- "Prices have crept up, 4.20 for a latte is a lot."
- "Gluten free options were really limited."
- "Lovely spot, will be back."

condense into a 2-line summary I can read at the staff meeting"""),
(1, "creative_writing", "en", "after", "reviews", None, """- "Dog friendly!! they gave my spaniel a sausage"
- "Best flat white in town, staff always smiley."
- "Loved the cinnamon buns"

write 3 instagram captions for our cafe using these reviews, playful, each under 25 words, one should be about the dog"""),
(0, "classification", "en", "after", "code", None, """useEffect(() => {
  fetch('/api/me').then(r => r.json()).then(setUser);
});

any bug here? yes / no"""),
(1, "open_qa", "en", "after", "code", None, """useEffect(() => {
  fetch('/api/me').then(r => r.json()).then(setUser);
});

my network tab shows /api/me being called hundreds of times. why? and what's the right fix, I've seen people argue about the empty array"""),
(0, "summarization", "en", "after", "log", None, """07:00:01 garden-pi irrigation[411]: schedule "morning" started
07:00:02 garden-pi irrigation[411]: zone 1 (veg beds) ON
07:10:02 garden-pi irrigation[411]: zone 1 OFF (10 min, 34 L)
07:10:03 garden-pi irrigation[411]: zone 2 (lawn) skipped: rain sensor wet
07:10:04 garden-pi irrigation[411]: zone 3 (greenhouse) ON
07:13:40 garden-pi irrigation[411]: zone 3 WARN flow 0.0 L/min for 60 s
07:13:41 garden-pi irrigation[411]: zone 3 OFF (safety cutoff)
07:13:42 garden-pi irrigation[411]: schedule "morning" finished with warnings

what happened this morning? one sentence"""),
(1, "general_qa", "en", "after", "log", None, """07:10:04 garden-pi irrigation[411]: zone 3 (greenhouse) ON
07:13:40 garden-pi irrigation[411]: zone 3 WARN flow 0.0 L/min for 60 s
07:13:41 garden-pi irrigation[411]: zone 3 OFF (safety cutoff)

raspberry pi drip irrigation I built. greenhouse zone shows zero flow but the valve clicks. it was -4 last night. what should I check, in what order?"""),
(0, "classification", "en", "before", "list", None, """which of these are symptoms of a memory leak vs CPU saturation: RSS grows steadily, load average 40 on 8 cores, OOM kills after 3 days, high run queue"""),
(0, "summarization", "en", "after", "email", None, """From: HR Team
To: All staff
Subject: Changes to the expenses process from 1 January

Hi everyone,

From 1 January we are moving expenses from the spreadsheet form to the Pleo app. What this means for you:

1. Everyone who currently claims expenses will get a Pleo card and an invite email in the week of 16 December. Please set up your account before the holidays.
2. Receipts must be photographed in the app within 7 days of the purchase. Paper receipts no longer need to be posted to Finance.
3. Mileage is claimed in the app using the built-in map. The rate stays at 45p per mile.
4. Anything over £250 still needs manager pre-approval, now done in the app.
5. The old spreadsheet form can be used for December expenses only, and must be submitted by 10 January.

There will be two 20-minute drop-in demos: 12 December at 11:00 and 17 December at 15:00 (Teams link in the calendar invite).

Thanks,
HR

shorten to 4 bullets for the team channel"""),
(1, "creative_writing", "en", "none", "none", None, """write a short, funny poem about losing receipts, for the HR newsletter announcing the new expenses app"""),
(0, "classification", "en", "after", "table", "np2-p018", """Expense claims – December batch. Policy: hotel max £150/night outside London (£200 London), meals max £35/day, taxis only if no public transport after 22:00 or carrying equipment, alcohol not reimbursed, economy rail only.

| claim | employee | date   | item                                   | amount  |
|-------|----------|--------|----------------------------------------|---------|
| 1     | E-114    | 02 Dec | Hotel, Manchester, 1 night             | £142.00 |
| 2     | E-114    | 02 Dec | Dinner incl. 2 glasses wine            | £48.60  |
| 3     | E-208    | 03 Dec | Taxi, 23:40, station to home           | £27.50  |
| 4     | E-208    | 03 Dec | First class rail upgrade, London–York  | £65.00  |
| 5     | E-311    | 04 Dec | Hotel, London, 1 night                 | £189.00 |
| 6     | E-311    | 04 Dec | Lunch                                  | £12.40  |
| 7     | E-311    | 05 Dec | Taxi, 14:10, office to client, 2 cases of demo kit | £31.00 |
| 8     | E-402    | 06 Dec | Hotel, Bristol, 2 nights               | £356.00 |
| 9     | E-402    | 06 Dec | Breakfast + lunch + dinner             | £33.90  |
| 10    | E-402    | 07 Dec | Taxi, 18:30, hotel to restaurant       | £14.20  |
| 11    | E-519    | 09 Dec | Standard rail return, Leeds            | £92.10  |
| 12    | E-519    | 09 Dec | Team dinner for 4 (client present)     | £128.00 |

Mark each claim approve / reject / query, with the policy reason in a few words."""),
(1, "general_qa", "en", "after", "table", "np2-p018", """| claim | employee | item                                   | amount  |
|-------|----------|----------------------------------------|---------|
| 8     | E-402    | Hotel, Bristol, 2 nights               | £356.00 |
| 12    | E-519    | Team dinner for 4 (client present)     | £128.00 |

Our policy says hotel max £150/night outside London and meals max £35/day. The Bristol one is £178 a night because there was a conference in town and everything was booked out. The team dinner had a client there, which our policy doesn't mention at all. I'm the finance manager: how should I handle these two fairly, and what should we add to the policy so this stops being a judgement call every month?"""),
(0, "classification", "en", "before", "chat", None, """is this message a complaint? y/n: "the new dashboard is lovely but where did the export button go??" """),
(0, "classification", "en", "before", "list", None, """Are these feature requests or bug reports?
- "dark mode pls"
- "the app freezes when I upload two files"
- "can you add Google Calendar sync"
- "totals in the invoice are off by a penny"
"""),
(1, "general_qa", "en", "none", "none", None, """how do product managers decide which feature requests to build when everyone asks for something different"""),
(0, "summarization", "en", "after", "code", None, """diff --git a/config/nginx/site.conf b/config/nginx/site.conf
@@ -12,9 +12,14 @@ server {
-    client_max_body_size 10m;
+    client_max_body_size 50m;
+
+    location /uploads/ {
+        proxy_request_buffering off;
+        proxy_read_timeout 300s;
+        proxy_pass http://app_upstream;
+    }
+
     location / {
-        proxy_read_timeout 30s;
+        proxy_read_timeout 60s;
         proxy_pass http://app_upstream;
     }

what does this change do, in plain words, 2 bullets"""),
(1, "open_qa", "en", "after", "code", None, """        proxy_request_buffering off;

what does turning off request buffering in nginx actually change for large uploads? pros and cons"""),
(0, "summarization", "en", "none", "none", None, """summarize the plot of the film Office Space in three lines"""),
(1, "open_qa", "en", "none", "none", None, """why did Office Space become a cult film even though it flopped in cinemas"""),
(0, "classification", "en", "before", "reviews", None, """Sentiment for each Steam review: positive, negative, or mixed.
1. "50 hours in and I still find new stuff. Buy it."
2. "Great art, but the controls on PC are awful and there's no remapping."
3. "Refunded after 40 minutes. Crashes on launch every third time."
4. "the co-op is the best part, solo is kind of boring"
5. "Worth it on sale."
"""),
(1, "general_qa", "en", "after", "reviews", None, """these are reviews of my indie game (2-person studio):
- "Great art, but the controls on PC are awful and there's no remapping."
- "Refunded after 40 minutes. Crashes on launch every third time."
- "the co-op is the best part, solo is kind of boring"

we have maybe 6 weeks of dev time before we need to start the next project. what do we prioritise and how do we tell players?"""),
(0, "summarization", "en", "after", "log", "np2-p019", """2024-12-05 10:14:22.481 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uq_orders_idempotency_key"
  Detail: Key (idempotency_key)=(c0f1e9a2-77d4-4d0b-9b1a-3c2b7a1f44e0) already exists.] [insert into orders (created_at,customer_id,idempotency_key,status,total_cents,id) values (?,?,?,?,?,?)]; SQL [insert into orders (created_at,customer_id,idempotency_key,status,total_cents,id) values (?,?,?,?,?,?)]; constraint [uq_orders_idempotency_key]] with root cause

org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_orders_idempotency_key"
  Detail: Key (idempotency_key)=(c0f1e9a2-77d4-4d0b-9b1a-3c2b7a1f44e0) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
	at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)
	at org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)
	at org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)
	at org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)
	at com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
	at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)
	at org.hibernate.persister.entity.mutation.InsertCoordinatorStandard.doStaticInserts(InsertCoordinatorStandard.java:194)
	at org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:632)
	at org.hibernate.internal.SessionImpl.doFlush(SessionImpl.java:1403)
	at org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:562)
	at org.springframework.transaction.support.AbstractPlatformTransactionManager.commitTransactionAfterCompletion(AbstractPlatformTransactionManager.java:795)
	at com.shop.orders.OrderService$$SpringCGLIB$$0.createOrder(<generated>)
	at com.shop.orders.OrderController.create(OrderController.java:58)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
	at org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)
	at java.base/java.lang.Thread.run(Thread.java:1583)
2024-12-05 10:14:22.519  WARN 1 --- [nio-8080-exec-3] c.s.orders.OrderController : POST /orders 500 in 41ms (customer=88213)
2024-12-05 10:14:22.530  INFO 1 --- [nio-8080-exec-7] c.s.orders.OrderController : POST /orders 201 in 612ms (customer=88213)

condense this wall of java into 2 sentences: what error, where it came from, what the customer saw"""),
(1, "open_qa", "en", "after", "log", "np2-p019", """ERROR: duplicate key value violates unique constraint "uq_orders_idempotency_key"
  Detail: Key (idempotency_key)=(c0f1e9a2-...) already exists.
	at com.shop.orders.OrderController.create(OrderController.java:58)
2024-12-05 10:14:22.519  WARN  POST /orders 500 in 41ms (customer=88213)
2024-12-05 10:14:22.530  INFO  POST /orders 201 in 612ms (customer=88213)

so the client retried while the first request was still in flight, the retry hit the unique constraint and got a 500, and then the first one succeeded. the idempotency key did its job, but returning 500 is wrong. what should the API return for the second request, and how do proper idempotency implementations handle a request that's still in progress?"""),
(0, "classification", "en", "before", "list", None, """which are HTTP headers? Content-Type, X-Request-Id, SELECT, Authorization, Cache-Control, chmod"""),
(1, "creative_writing", "en", "none", "none", None, """write a short bedtime story for my 5 year old about a little robot who sorts the recycling"""),
(0, "summarization", "en", "after", "list", None, """Sprint 14 done:
- search filters (price, brand) ✅
- fix: basket total with vouchers ✅
- accessibility audit fixes, 9/12 ✅
- new onboarding tooltip ❌ moved to 15
- perf: product page LCP 3.1s -> 1.9s ✅

recap this sprint in one sentence for the stakeholder update"""),
(1, "general_qa", "en", "none", "none", None, """our product page LCP is 1.9s on mobile now. what's the next thing to try to get under 1.5?"""),
(0, "classification", "en", "before", "code", None, """Which of these Dockerfile lines break layer caching for dependencies? Answer with the line numbers.

1 FROM node:20-alpine
2 WORKDIR /app
3 COPY . .
4 RUN npm ci
5 CMD ["node", "server.js"]"""),
(1, "general_qa", "en", "after", "code", None, """FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]

every build takes 4 minutes because npm ci runs every time even when I only changed one line of code. how should I restructure this? image is also 900MB which seems a lot"""),
(0, "summarization", "en", "after", "chat", None, """Teams chat – "Q1 hiring"

Nell 10:02  Finance approved 3 heads for Q1, not 4
Ravi 10:05  which one got cut?
Nell 10:06  the second data engineer. we can revisit in Q2
Ravi 10:07  ok. so backend senior, product designer, one data engineer
Nell 10:08  yes. backend senior is most urgent
Ivy 10:15  I can have the designer JD ready by friday
Ravi 10:16  I'll do backend. recruiter kickoff monday?
Nell 10:17  monday 2pm works

tl;dr"""),
(1, "creative_writing", "en", "none", "none", None, """write a job ad for a senior backend engineer that sounds like a human wrote it. we're a 30-person logistics software company in Manchester, hybrid, python and postgres, salary 75-85k"""),
(0, "classification", "en", "before", "reviews", None, """Label each hotel review as about cleanliness, noise, staff, or location.
a) "Could hear the lift all night."
b) "Two minutes from the station, perfect."
c) "Hair in the shower, stains on the duvet."
d) "Night porter helped me find a pharmacy at 2am."
"""),
(1, "open_qa", "en", "none", "none", None, """why are hotel rooms near the lift so often the noisy ones, is it the lift itself or the people"""),
(0, "summarization", "en", "after", "form", None, """IT access request
Requester: Finance team lead
For: new starter (starts 6 Jan)
Systems: email, Teams, Xero (read/write), shared drive Finance/ (read/write), Payroll/ (read only), HR system (no access)
Hardware: laptop (Windows), second monitor, headset
Notes: needs VPN from day one, will work from home on Fridays. Please have laptop ready by 3 Jan for setup.

summarise this request in one line for the IT queue"""),
(1, "general_qa", "en", "none", "none", None, """what should a new starter checklist for IT look like at a 50 person company? we keep forgetting something every time"""),
(0, "classification", "en", "before", "list", None, """Label each of these as a cost centre or a profit centre (typical company): customer support, sales, IT, legal, product line A"""),
(0, "summarization", "en", "after", "transcript", "np2-p020", """Customer interview #6 – Head of Operations at a 12-site dental group (30 min, notes with quotes)

Q: How do you schedule hygienists today?
A: "Honestly, a big Google Sheet. Each practice manager fills in their week, and I copy it into a master sheet every Friday. It takes me about three hours."
Q: What goes wrong?
A: "Sick days. If someone calls in sick at 7am, the practice manager texts around, and half the time I don't find out until the next week that we had an empty chair all day."
Q: Have you tried software?
A: "We tried one of the big rostering tools. It was built for retail, it had no idea a hygienist can only work in a room with the right equipment. We cancelled after three months."
Q: What would make you switch to something new?
A: "If it could handle the equipment thing, and if it could text our bank staff automatically when there's a gap. And it has to work on a phone, my managers are never at a desk."
Q: Budget?
A: "We pay about 400 a month for the retail one, so that kind of range. If it saves me three hours a week it pays for itself."

summarize the key pains and requirements in 5 bullets for the product team"""),
(1, "general_qa", "en", "after", "transcript", "np2-p020", """From a customer interview (Head of Ops, 12-site dental group):
"a big Google Sheet... It takes me about three hours every Friday."
"If someone calls in sick at 7am, the practice manager texts around."
"We tried one of the big rostering tools. It was built for retail, it had no idea a hygienist can only work in a room with the right equipment."
"it has to work on a phone"
"We pay about 400 a month for the retail one."

We're two founders thinking of building a rostering tool for dental groups. This is interview 6 of 6 and they all said similar things. What would an MVP look like that we could sell to this person in 3 months, and what should we deliberately leave out?"""),
(0, "classification", "en", "before", "email", None, """Tone of this email – friendly, neutral, or hostile?

"As I have now explained three times, the invoice is correct. Please stop disputing it." """),
(1, "creative_writing", "en", "none", "none", None, """write a rap verse about invoices, late payments and chasing clients, 12 lines"""),
(0, "summarization", "en", "after", "code", None, """name: nightly
on:
  schedule: [{cron: "0 2 * * *"}]
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker compose up -d
      - run: npm ci && npx playwright test
      - if: failure()
        uses: slackapi/slack-github-action@v1
        with: {channel-id: "C012QA", slack-message: "nightly e2e failed"}

recap what this workflow does, 2 sentences"""),
(1, "open_qa", "en", "none", "none", None, """why do scheduled github actions sometimes run 20-40 minutes late"""),
(0, "classification", "en", "before", "list", None, """Odd one out: Playwright, Cypress, Selenium, Webpack, Puppeteer"""),
(0, "classification", "en", "before", "chat", None, """urgent or can wait? "hey when you get a sec, can you send me the slides from tuesday" """),
(1, "general_qa", "en", "none", "none", None, """how do I stop slack messages from eating my whole day? I'm a developer and I get pinged every 10 minutes"""),
(0, "summarization", "en", "after", "reviews", None, """Feedback from the 'Intro to Python for analysts' course (free-text, end of course form)

- "The pace in week 1 was perfect, week 3 (pandas) was way too fast."
- "Loved the real datasets from our own company, made it click."
- "Exercises were great but I wanted model answers afterwards."
- "The trainer was patient and funny."
- "Jupyter kept crashing on my old laptop, lost maybe an hour in total."
- "More on charts please, that's what I'll actually use at work."
- "Would have liked a follow-up session a month later to ask questions."
- "pandas groupby still confuses me."
- "Best training I've done here."

Digest: what worked, what didn't, what people want next. Short."""),
(1, "open_qa", "en", "none", "none", None, """why is pandas groupby so confusing for beginners compared to excel pivot tables"""),
(1, "creative_writing", "en", "none", "none", None, """poem about a data analyst and the one pivot table that finally balanced"""),
(0, "classification", "en", "before", "log", None, """Which of these lines are from a successful SSH login and which from a failed one?
A "Accepted publickey for deploy from 10.0.3.7 port 51022 ssh2"
B "Invalid user oracle from 45.95.147.10 port 40112"
C "Failed password for root from 218.92.0.31 port 23422 ssh2"
D "session opened for user deploy by (uid=0)" """),
(1, "general_qa", "en", "after", "log", None, """Invalid user oracle from 45.95.147.10 port 40112
Failed password for root from 218.92.0.31 port 23422 ssh2

I get thousands of these a day on my tiny VPS. is it worth doing anything beyond key-only auth? fail2ban, changing the port, something else?"""),
(0, "summarization", "en", "after", "email", None, """Hi Tom,

Just to confirm what we agreed on the phone: we'll move the kitchen fitting from the 13th to the 20th because the worktops are delayed. The electrician can still come on the 11th to do first fix. The plumber will come on the 20th with the fitters. The new total is unchanged. Final payment is due on completion, not on the 20th as it said in the original quote.

Cheers,
Sandra (Oakwell Kitchens)

tldr for my wife in one line"""),
(1, "general_qa", "en", "none", "none", None, """kitchen fitters want 50% up front for a 14k kitchen. normal or red flag? UK"""),
(0, "classification", "en", "before", "list", None, """For each, is it a Linux signal that can be caught or one that can't: SIGTERM, SIGKILL, SIGINT, SIGSTOP, SIGHUP"""),
(1, "open_qa", "en", "none", "none", None, """why can't a process catch SIGKILL? what's the design reason"""),
(0, "summarization", "en", "after", "table", None, """   date    | on_call  | pages | night_pages | mttr_min
-----------+----------+-------+-------------+----------
 Nov wk1   | Ruth     |    14 |           5 |       22
 Nov wk2   | Ibrahim  |    31 |          12 |       38
 Nov wk3   | Chen     |     9 |           2 |       15
 Nov wk4   | Ruth     |    27 |          11 |       41

what does this tell us? 2 sentences"""),
(1, "general_qa", "en", "none", "none", None, """on-call engineers getting 10+ night pages a week. what are the first three things a team lead should do"""),
(0, "classification", "en", "before", "code", None, """Python or JavaScript? `const xs = [1, 2, 3].map(x => x * 2)` """),
(1, "creative_writing", "en", "none", "none", None, """short dialogue between Python and JavaScript arguing about who handles dates worse"""),
(0, "summarization", "en", "after", "json", None, """{"trip":"Lisbon","dates":"2025-03-14/2025-03-17","flights":[{"out":"LGW 06:40 -> LIS 09:20","back":"LIS 18:05 -> LGW 20:45"}],"hotel":{"name":"Casa do Largo","nights":3,"breakfast":true,"checkin":"15:00"},"bookings":[{"what":"Tram 28 tour","when":"2025-03-15 10:00"},{"what":"Fado dinner","when":"2025-03-15 20:30"},{"what":"Sintra day trip","when":"2025-03-16 08:30"}]}

turn this into a short plain-English summary of the trip for my dad"""),
(1, "general_qa", "en", "none", "none", None, """lisbon in mid march, 3 days, what shouldn't I miss and what's overrated"""),
(0, "classification", "en", "before", "list", None, """Label each survey comment as actionable or not actionable:
- "The app is bad"
- "Can't reset my password from the login screen on Android"
- "meh"
- "Please let me export reports to Excel"
"""),
(0, "summarization", "en", "after", "log", None, """$ pip install -r requirements.txt
Collecting numpy==1.24.4
  Downloading numpy-1.24.4.tar.gz (10.9 MB)
  Installing build dependencies ... done
  Getting requirements to build wheel ... error
  error: subprocess-exited-with-error
  × Getting requirements to build wheel did not run successfully.
  │ exit code: 1
  ╰─> AttributeError: module 'pkgutil' has no attribute 'ImpImporter'. Did you mean: 'zipimporter'?
note: This error originates from a subprocess, and is likely not a problem with pip.

in one line, what failed"""),
(1, "open_qa", "en", "after", "log", None, """AttributeError: module 'pkgutil' has no attribute 'ImpImporter'. Did you mean: 'zipimporter'?

this is while pip installing numpy==1.24.4 on python 3.12. why is it trying to build from source, and what's the fix, upgrade numpy or downgrade python?"""),
(0, "classification", "en", "before", "list", None, """which of these are Python versions that are end-of-life as of 2024: 3.6, 3.7, 3.8, 3.11, 3.12"""),
(1, "creative_writing", "en", "none", "none", None, """write a eulogy for python 2, 150 words, for our team's slack"""),
(0, "summarization", "en", "after", "chat", None, """#design-crit (Slack)
Ama 2:10 PM   new checkout mockups in Figma, link in thread
Luis 2:25 PM   love the single page. the promo code field is too prominent imo, people will leave to go hunt for codes
Ama 2:26 PM   fair, I can collapse it behind "have a code?"
Jen 2:40 PM   the delivery options need prices next to them, not on hover
Luis 2:41 PM   +1
Ama 2:50 PM   ok, v2 tomorrow with both changes

summary: what feedback did Ama get and what's she changing"""),
(1, "open_qa", "en", "none", "none", None, """does a visible promo code field at checkout actually hurt conversion? any evidence"""),
(0, "classification", "en", "before", "list", None, """Which of these bank transactions look like subscriptions? NETFLIX.COM, TESCO STORES 2231, SPOTIFY P1B2, SHELL 4410, ADOBE *CREATIVE CLD, AMAZON MKTPLACE"""),
(1, "general_qa", "en", "none", "none", None, """how do I find every subscription I'm paying for? I think I've forgotten at least two"""),
(0, "summarization", "en", "after", "chat", "np2-p021", """GitHub issue #1873 – "Memory usage grows without bound when watching large directories" (open, label: bug, needs-triage)

@kbergstrom opened this issue
Version: 4.2.0, Linux (Ubuntu 22.04), Node 20.10
When I run `filewatch --recursive ./data` on a directory with about 180k files, RSS starts at 120 MB and keeps climbing, about 50 MB per hour, until the process gets OOM-killed after roughly a day. No files are changing during that time. 4.1.x did not do this, it stayed flat at around 140 MB.
Repro: create 180k empty files in nested folders, run the watcher, watch `ps`.

@mfaure commented
Same here on 4.2.0 with a 60k-file monorepo, slower growth but same shape. Downgrading to 4.1.3 fixes it.

@maintainer-lin commented
Thanks both. 4.2.0 switched the polling fallback to a new stat cache. Are either of you on a network filesystem or using `--poll`?

@kbergstrom commented
No network FS, local ext4. Not passing `--poll` explicitly, but I noticed the startup log says "inotify watch limit reached, falling back to polling for 52k paths". My fs.inotify.max_user_watches is the Ubuntu default (65536).

@mfaure commented
Mine says the same thing, fallback for about 8k paths.

@maintainer-lin commented
That's the clue. In 4.2.0 the polling fallback caches stat results per path, and we never evict entries for paths that are re-stat'ed, we append a new entry each poll cycle. So memory grows linearly with (number of polled paths × number of cycles). That's a bug on our side. Short-term workaround: raise the inotify limit so nothing falls back to polling, e.g. `sysctl fs.inotify.max_user_watches=524288`.

@kbergstrom commented
Confirmed, with the raised limit memory is flat at 160 MB over 6 hours. Thank you!

@dnguyen commented
Is there a fix planned? We ship filewatch inside a container where we can't change sysctls.

@maintainer-lin commented
Yes. I have a branch that replaces the list with a map keyed by path. I'd also like a regression test that runs a polling watcher for a few thousand cycles and asserts memory stays bounded, but our CI runners are slow, so it needs thought. Aiming for 4.2.1 but I can't promise a date, this is a volunteer project.

@dnguyen commented
Understood. Happy to test a pre-release build if that helps.

@mfaure commented
+1, same.

Summarize this issue thread for someone triaging the backlog: the bug, the cause, the workaround, and what's still pending."""),
(1, "creative_writing", "en", "after", "chat", "np2-p021", """From our GitHub issue thread:
- Memory grows ~50 MB/hour when the inotify limit is hit and filewatch falls back to polling (4.2.0 regression).
- Cause: the new stat cache appends an entry every poll cycle instead of replacing it.
- Workaround: raise fs.inotify.max_user_watches.
- @dnguyen: "We ship filewatch inside a container where we can't change sysctls."
- @dnguyen and @mfaure offered to test a pre-release.

I'm the maintainer. I've just pushed 4.2.1-rc.1 with the fix (map keyed by path) and a new soak test. Write my comment for the thread: thank the reporters, explain the fix in two sentences, ask dnguyen and mfaure to try the rc with their setups and report back memory after a few hours, and say 4.2.1 final goes out once two people confirm. Friendly, concise, GitHub tone."""),
(0, "classification", "en", "after", "table", "np2-p022", """ account_id | plan     | seats | logins_30d | logins_prev_30d | open_tickets | renewal_in_days
------------+----------+-------+------------+-----------------+--------------+-----------------
 A-1021     | business |    40 |        812 |             790 |            1 |             210
 A-1177     | business |    25 |        190 |             640 |            4 |              45
 A-1302     | team     |     8 |         12 |              95 |            0 |              30
 A-1456     | team     |    10 |        230 |             215 |            6 |             160
 A-1590     | business |    60 |       1420 |            1510 |            0 |              20
 A-1633     | team     |     5 |          0 |              40 |            0 |              75
(6 rows)

Rule from our CS playbook: HIGH churn risk if logins dropped by more than 50% vs the previous 30 days, or if renewal is under 60 days AND there are 3+ open tickets. Otherwise LOW. Tag each account HIGH or LOW."""),
(1, "general_qa", "en", "after", "table", "np2-p022", """ account_id | plan     | seats | logins_30d | logins_prev_30d | open_tickets | renewal_in_days
------------+----------+-------+------------+-----------------+--------------+-----------------
 A-1177     | business |    25 |        190 |             640 |            4 |              45
 A-1302     | team     |     8 |         12 |              95 |            0 |              30
 A-1633     | team     |     5 |          0 |              40 |            0 |              75

These three look like they're about to churn. I'm the only CSM for 140 accounts so I can't do a big save plan for each. What would you do with each one this week, concretely? The business one matters most (25 seats)."""),
(0, "summarization", "en", "after", "code", "np2-p023", """# docker-compose.yml (staging)
services:
  api:
    image: ghcr.io/acme/api:${TAG:-latest}
    env_file: .env.staging
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
    ports: ["8080:8080"]
    deploy:
      resources:
        limits: {memory: 1g}
  worker:
    image: ghcr.io/acme/api:${TAG:-latest}
    command: ["celery", "-A", "acme", "worker", "-c", "4"]
    env_file: .env.staging
    depends_on: [redis, db]
  db:
    image: postgres:16
    volumes: ["pgdata:/var/lib/postgresql/data"]
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw
    secrets: [pg_pw]
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
      interval: 5s
  redis:
    image: redis:7-alpine
volumes:
  pgdata: {}
secrets:
  pg_pw:
    file: ./secrets/pg_pw.txt

give me a quick rundown of what this stack is (services, what depends on what, where data lives). bullets"""),
(1, "open_qa", "en", "after", "code", "np2-p023", """  worker:
    image: ghcr.io/acme/api:${TAG:-latest}
    command: ["celery", "-A", "acme", "worker", "-c", "4"]
    depends_on: [redis, db]
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]

on a fresh `docker compose up` the worker crashes with 'connection refused' to postgres, restarts once and then it's fine. the api never has this problem. why the difference?"""),
(0, "summarization", "en", "after", "list", "np2-p024", """Conference day 2 – my schedule
08:30 registration + coffee (hall A foyer)
09:00 keynote: "Boring technology, ten years on" (hall A)
10:00 talk: Postgres at 50 TB (room 3)
11:00 coffee
11:30 workshop: incident command for non-managers (room 5, bring laptop) until 13:00
13:00 lunch
14:00 talk: the real cost of microservices (hall A)
15:00 hallway track / sponsor booths
16:00 lightning talks (hall A)
17:30 drinks at the Copper Kettle, 5 min walk

condense my day into one sentence I can text to my manager"""),
(1, "creative_writing", "en", "after", "list", "np2-p024", """08:30 registration + coffee
09:00 keynote: "Boring technology, ten years on"
10:00 talk: Postgres at 50 TB
11:30 workshop: incident command for non-managers
14:00 talk: the real cost of microservices
16:00 lightning talks
17:30 drinks at the Copper Kettle

this is my conference day. I'm giving a 5-minute lightning talk at 16:00 and want to open with a funny 6-line poem that references the other talks of the day. write it"""),
(0, "classification", "en", "after", "code", "np2-p025", """diff --git a/src/cart.js b/src/cart.js
@@ -20,7 +20,7 @@ export function total(items, voucher) {
-  const sum = items.reduce((s, i) => s + i.price, 0);
+  const sum = items.reduce((s, i) => s + i.price * i.qty, 0);
   return voucher ? sum - voucher.amount : sum;
 }
diff --git a/src/format.js b/src/format.js
@@ -1,9 +1,5 @@
-export function money(n) {
-  return '£' + (Math.round(n * 100) / 100).toFixed(2);
-}
+export const money = (n) => '£' + n.toFixed(2);
diff --git a/src/search.js b/src/search.js
@@ -40,0 +41,6 @@
+export function searchByBrand(products, brand) {
+  return products.filter(p => p.brand.toLowerCase() === brand.toLowerCase());
+}

For each file changed, label the change: bug fix, refactor, or new feature."""),
(1, "open_qa", "en", "after", "code", "np2-p025", """-  const sum = items.reduce((s, i) => s + i.price, 0);
+  const sum = items.reduce((s, i) => s + i.price * i.qty, 0);
   return voucher ? sum - voucher.amount : sum;

-  return '£' + (Math.round(n * 100) / 100).toFixed(2);
+export const money = (n) => '£' + n.toFixed(2);

reviewing this PR. prices are floats in pounds. is there still a bug lurking here? what could go wrong with the voucher or the money formatting"""),
(0, "summarization", "en", "after", "chat", "np2-p026", """WhatsApp – "Food bank Saturday crew"

Pat 08:02: van's here, 14 crates from the supermarket, mostly bread and veg
Lina 08:15: I'm on the door from 10, who's doing sorting?
Chris 08:16: me and Dom
Pat 09:40: we're low on nappies size 4 and tinned meat
Lina 12:30: busy morning, 61 households, that's a record
Dom 12:45: ran out of fresh veg by 11:30
Pat 13:10: locking up. thank you all 🙏 next saturday same time, I'll order more nappies

sum up saturday in 3 lines for the monthly volunteer newsletter"""),
(1, "creative_writing", "en", "after", "chat", "np2-p026", """Pat 09:40: we're low on nappies size 4 and tinned meat
Lina 12:30: busy morning, 61 households, that's a record
Dom 12:45: ran out of fresh veg by 11:30
Pat 13:10: locking up. thank you all 🙏

write a short facebook post for our food bank page: thank the saturday volunteers, mention the record 61 households, and ask the public for nappies (size 4), tinned meat and fresh veg. warm, not guilt-trippy, under 100 words"""),
(0, "summarization", "en", "before", "prose", "np2-p027", """Give me an overview of how the TLS handshake works, from this text I was given in training, in 3-4 bullets:

In TLS 1.3 the client opens with a ClientHello that lists the cipher suites it supports and already includes a key share, a guess at the key exchange group the server will choose. The server replies with a ServerHello that picks a cipher suite and contains its own key share. From these two shares both sides derive the same handshake secret, so everything after ServerHello is encrypted. The server then sends its certificate and a CertificateVerify message, a signature proving it holds the private key for that certificate, followed by Finished. The client checks the certificate chain against its trusted roots, verifies the signature, and sends its own Finished. Compared to TLS 1.2 this saves a full round trip, because the key exchange starts in the very first message."""),
(1, "open_qa", "en", "none", "none", "np2-p027", """give me an overview of how the TLS handshake works, 3-4 bullets, and what changed in 1.3"""),
(0, "classification", "en", "before", "reviews", "np2-p028", """Sort each review of our robot vacuum into one main topic: battery, navigation, suction, app, noise, or customer service. Output as "number: topic".

1. "It maps the whole flat in one go and never gets stuck under the sofa anymore. Impressive."
2. "The app logs me out every few days and then can't find the robot until I reset wifi."
3. "Battery gives about 70 minutes, enough for our 3-bed house, just."
4. "Picks up dog hair off the rug better than my old upright."
5. "It's louder than I expected, can't run it while on calls."
6. "Keeps trying to climb the radiator cover and gets stuck. Every day."
7. "Support replaced the side brush for free in 2 days, great."
8. "Schedules in the app randomly disappear."
9. "After 8 months the battery is down to 35 minutes."
10. "Struggles with the thick bathroom mat, just stops and beeps."
11. "Quiet mode is genuinely quiet, I run it at night."
12. "Took 3 weeks to get a reply from customer service about a broken dock."
13. "Doesn't pick up cat litter well, just pushes it around."
14. "The no-go zones in the app work perfectly."
15. "Finds its way back to the dock every time, even from upstairs (we carry it up)."
16. "Battery died completely at 13 months, one month out of warranty, and support wouldn't help."
17. "Loud beep when it finishes wakes the baby. Can't turn it off."
18. "Suction on max is amazing but it drains the battery in 40 minutes."
19. "Map got corrupted after a firmware update and I had to redo all the rooms."
20. "The mop attachment is pointless, it just wets the floor."
21. "Misses corners completely, the round shape can't get in."
22. "The chat support bot is useless, the phone line is good."
23. "App notifications are helpful, tells me when the bin is full."
24. "It got tangled in a phone cable and dragged my charger across the room."
25. "Genuinely changed my life, I don't hoover anymore."
"""),
(1, "creative_writing", "en", "after", "reviews", "np2-p028", """Recurring themes in our robot vacuum reviews:
- "After 8 months the battery is down to 35 minutes."
- "Battery died completely at 13 months, one month out of warranty, and support wouldn't help."
- "Map got corrupted after a firmware update and I had to redo all the rooms."
- "Loud beep when it finishes wakes the baby. Can't turn it off."
- "Keeps trying to climb the radiator cover and gets stuck."

Write 5 FAQ entries for our support site (question + answer, 40-70 words each) that address these honestly. Facts you can use: battery is a replaceable part (£39, 5 min swap, video guide on our site); firmware 3.4 fixes the map corruption and you can restore a map backup from the app; the finish beep can be muted in Settings > Sounds since firmware 3.4; add a virtual wall or magnetic strip to stop climbing; we're extending battery warranty to 18 months for anyone who bought in 2023."""),
(0, "summarization", "en", "after", "log", "np2-p039", """GitHub Actions – workflow "ci" – run #5812 on branch release/3.9 (triggered by push, commit 4e7a1bd "Prepare 3.9.0")

✓ lint (ubuntu-latest) – 1m 12s
✓ typecheck (ubuntu-latest) – 2m 03s
✗ test-backend (ubuntu-latest, py3.11) – 7m 44s
    FAILED tests/billing/test_proration.py::test_upgrade_mid_cycle - AssertionError: assert Decimal('14.52') == Decimal('14.51')
    FAILED tests/billing/test_proration.py::test_downgrade_mid_cycle - AssertionError: assert Decimal('-6.13') == Decimal('-6.12')
    FAILED tests/api/test_webhooks.py::test_retry_backoff - TimeoutError: webhook receiver did not respond within 5.0s
    ===== 3 failed, 1,862 passed, 14 skipped in 451.20s =====
✓ test-backend (ubuntu-latest, py3.12) – 7m 31s
    ===== 1,865 passed, 14 skipped in 439.88s =====
✗ test-frontend (ubuntu-latest, node20) – 4m 10s
    FAIL src/components/InvoiceTable.test.tsx
      ● InvoiceTable › renders totals in the account currency
        expect(received).toBe(expected)
        Expected: "CHF 1’240.00"
        Received: "CHF 1'240.00"
    Tests: 1 failed, 612 passed, 613 total
✓ build-web (ubuntu-latest) – 3m 22s
✗ e2e (ubuntu-latest, chromium) – 14m 55s
    ✘ checkout.spec.ts:41 › applies a 100% voucher and completes order (retried 2x)
      Error: Timed out 30000ms waiting for expect(locator).toBeVisible()
      Locator: getByRole('heading', { name: 'Order confirmed' })
    ✘ login.spec.ts:12 › logs in with SSO (retried 2x)
      Error: page.goto: net::ERR_NAME_NOT_RESOLVED at https://sso.staging.internal/authorize
    ✓ 86 passed, 2 failed, 3 flaky
− docker-publish – skipped (needs: test-backend, test-frontend, e2e)
− deploy-staging – skipped (needs: docker-publish)

Annotations
  ✗ test-backend (py3.11): Process completed with exit code 1.
  ✗ test-frontend: Process completed with exit code 1.
  ✗ e2e: Process completed with exit code 1.
  ⚠ e2e: 3 flaky tests passed on retry: search.spec.ts:8, cart.spec.ts:77, account.spec.ts:30
  ⚠ build-web: Bundle size 1.41 MB exceeds budget of 1.35 MB (main.js)

Previous run on this branch (#5807, commit 91c0d2e): all jobs passed. Changes since then: bumped babel, bumped icu4c in the CI image, added proration rounding fix (PR #2291), moved SSO staging to a new hostname (infra ticket INF-812).

summarize this CI run for the release thread: what failed, grouped by likely cause, and what's just a warning. keep it short"""),
(1, "general_qa", "en", "after", "log", "np2-p039", """CI failures on release/3.9 since the last green run:
- py3.11 only: two proration tests off by 0.01 (14.52 vs 14.51, -6.13 vs -6.12). py3.12 passes. PR #2291 changed proration rounding.
- py3.11 only: webhook retry test timed out at 5.0s.
- frontend: expected "CHF 1’240.00" (curly apostrophe) but got "CHF 1'240.00". CI image bumped icu4c.
- e2e: SSO login fails with ERR_NAME_NOT_RESOLVED for sso.staging.internal, SSO staging moved hostname (INF-812).
- e2e: 100% voucher checkout never shows 'Order confirmed'.
- warning: bundle 1.41 MB vs budget 1.35 MB.

Release is Thursday. I'm the release captain. Which of these are real bugs vs environment noise, what order do I tackle them in, and which ones would you be willing to ship with?"""),
(0, "classification", "en", "before", "chat", None, """You're moderating our community forum. For each comment, output one label: OK, SPAM, ABUSE, OFF_TOPIC, or NEEDS_REVIEW (borderline, a human should look). Format: "C1: LABEL". Thread: "Which budget road bike for a beginner?"

C1: "I started on a Triban RC120, zero complaints after 3,000 km. Get a proper fit though."
C2: "BEST CHEAP BIKES 80% OFF!!! visit cheap-bikes-outlet dot shop"
C3: "Honestly anyone asking this question should just buy a car lol"
C4: "Second-hand is the way. Facebook Marketplace has loads, just check the frame for cracks."
C5: "you're an idiot if you buy anything under £2k, stop wasting everyone's time"
C6: "Does anyone know if the council is fixing the potholes on Mill Road? Nearly came off yesterday."
C7: "Aluminium frame, Shimano Sora or Claris, and budget for pedals and a helmet. That's it."
C8: "I work for a bike shop and we have a winter sale on, DM me for a discount code"
C9: "My cousin got hit by a van on his first week, be careful, roads are dangerous for beginners"
C10: "Tyres matter more than people think, 28mm minimum for comfort."
C11: "Crypto is the future, get in now before it's too late 🚀🚀"
C12: "The Carrera Virtuoso from Halfords is fine if you get it checked by a proper mechanic, their assembly can be hit and miss."
C13: "Women's specific bikes are a marketing scam, just get the right size."
C14: "imagine needing advice to buy a bicycle 💀"
C15: "Try before you buy, the fit matters more than the groupset."
C16: "Anyone want to join a Sunday beginners' ride from the Green Lane café? 9am, no-drop, 30 km."
C17: "Mods, this thread is turning into a sales pitch, can we lock it?"
C18: "I'll sell you my old Specialized Allez for £250, great condition, collection Leeds. Message me."
C19: "Strava segments ruined cycling for everyone tbh"
C20: "Whatever you get, learn to fix a puncture before your first long ride. Trust me."
"""),
(1, "open_qa", "en", "after", "table", None, """EXPLAIN (ANALYZE, BUFFERS) SELECT o.id, o.created_at, c.name, SUM(li.qty * li.unit_price) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN line_items li ON li.order_id = o.id
WHERE o.status = 'shipped'
  AND o.created_at >= now() - interval '30 days'
  AND c.country = 'DE'
GROUP BY o.id, o.created_at, c.name
ORDER BY o.created_at DESC
LIMIT 50;

                                                                QUERY PLAN
------------------------------------------------------------------------------------------------------------------------------------------
 Limit  (cost=981204.11..981204.24 rows=50 width=52) (actual time=18422.310..18422.331 rows=50 loops=1)
   Buffers: shared hit=120344 read=1184220
   ->  Sort  (cost=981204.11..981520.87 rows=126705 width=52) (actual time=18422.307..18422.318 rows=50 loops=1)
         Sort Key: o.created_at DESC
         Sort Method: top-N heapsort  Memory: 32kB
         ->  HashAggregate  (cost=975112.40..976379.45 rows=126705 width=52) (actual time=18301.992..18388.517 rows=98412 loops=1)
               Group Key: o.id, c.name
               ->  Hash Join  (cost=310221.55..969777.30 rows=711347 width=32) (actual time=3120.114..17742.820 rows=402211 loops=1)
                     Hash Cond: (li.order_id = o.id)
                     ->  Seq Scan on line_items li  (cost=0.00..601229.10 rows=28110410 width=20) (actual time=0.021..9120.447 rows=28110410 loops=1)
                     ->  Hash  (cost=308640.20..308640.20 rows=126508 width=20) (actual time=3119.902..3119.905 rows=98412 loops=1)
                           ->  Hash Join  (cost=21220.10..308640.20 rows=126508 width=20) (actual time=190.331..3088.110 rows=98412 loops=1)
                                 Hash Cond: (o.customer_id = c.id)
                                 ->  Seq Scan on orders o  (cost=0.00..281004.55 rows=1412230 width=20) (actual time=0.014..2710.662 rows=1388120 loops=1)
                                       Filter: ((status = 'shipped'::text) AND (created_at >= (now() - '30 days'::interval)))
                                       Rows Removed by Filter: 10811443
                                 ->  Hash  (cost=19870.00..19870.00 rows=108008 width=16) (actual time=189.870..189.871 rows=110231 loops=1)
                                       ->  Seq Scan on customers c  (cost=0.00..19870.00 rows=108008 width=16) (actual time=0.010..161.920 rows=110231 loops=1)
                                             Filter: (country = 'DE'::text)
                                             Rows Removed by Filter: 891204
 Planning Time: 1.203 ms
 Execution Time: 18424.011 ms

Indexes that exist: orders(pkey id), orders(customer_id), line_items(pkey id), customers(pkey id). No index on line_items.order_id (!?), none on orders.created_at or status.

This query backs the "recent German orders" page and takes 18 seconds. Walk me through what the plan says is expensive, in order, and which indexes (or query changes) would fix it. Would you also rewrite it to get the 50 orders first and only then sum their line items?"""),
(0, "summarization", "en", "after", "chat", "np2-p041", """Microsoft Teams – channel "Quality – Product Incidents" – thread "Kettle KT-300 lid hinge" (Tue–Thu)

Tue 09:12  Sinead (Customer Care): We've had 11 complaints in 8 days about the KT-300 lid springing open while pouring. Two customers say they got minor splash burns on the hand. Photos attached. All units from batch 2410, as far as we can tell from the serial numbers.
Tue 09:30  Marco (Quality): Thanks. 2410 is the October production run from the new hinge supplier. I'll pull retained samples.
Tue 11:05  Marco (Quality): Tested 20 retained units from 2410. On 6 of them the hinge latch releases when the kettle is tilted past about 70 degrees with a full load. Batch 2409 (old supplier): 0 of 20.
Tue 11:20  Hamid (Head of Product): How many 2410 units are out there?
Tue 11:42  Dana (Supply Chain): 4,800 units produced. 3,150 shipped to retailers, of which about 1,900 sold through to consumers according to EPOS data. 1,650 still in our warehouse.
Tue 11:45  Hamid: Stop shipping 2410 now please.
Tue 11:47  Dana: Done, hold placed on all 2410 stock.
Tue 14:10  Priya (Legal/Compliance): Because there are injury reports, we need to consider whether this is a notifiable safety issue to the regulator (OPSS). I'm reviewing. Please don't communicate anything externally yet.
Tue 16:30  Marco: Root cause looks like the latch spring from the new supplier is about 15% weaker than spec. Supplier's own test report for the batch says "within tolerance", we're challenging that.
Wed 09:00  Priya: My view: we should notify OPSS and run a voluntary recall of 2410, with a refund or replacement. The burns are minor but the risk is foreseeable and we have test evidence.
Wed 09:20  Hamid: Agreed. Cost estimate?
Wed 10:05  Dana: Replacement units from batch 2409 and 2411 (old supplier, back on the line from November): we have 2,300 available. Logistics and refunds roughly £95-120k depending on uptake.
Wed 10:40  Sinead: Customer Care can run a recall hotline from Friday if we get a script and FAQ by Thursday noon.
Wed 11:15  Hamid: Let's go: voluntary recall of batch 2410, notify OPSS today, retailer notice Thursday, public notice Friday. Customers get a choice of replacement or full refund. Marco to formally reject the rest of the supplier's latch springs.
Wed 15:30  Priya: OPSS notified, reference received.
Thu 10:00  Sinead: Script and FAQ drafted, with Legal for review.
Thu 12:30  Priya: Approved with two edits.
Thu 13:00  Dana: Retailer notice sent to all 14 retailers with shelf-pull instructions.
Thu 15:45  Marco: Supplier accepted the spring failure and will cover the cost of replacement springs; negotiation on recall costs ongoing.

Summarize this thread for the board pack: the problem, scale, cause, decisions taken, and status as of Thursday. Keep it factual, about 150 words."""),
(1, "creative_writing", "en", "after", "chat", "np2-p041", """Key facts from our recall thread:
- Kettle KT-300, batch 2410 (October): the lid can spring open when pouring a full kettle. Some customers got minor splash burns.
- Cause: a weaker latch spring from a new supplier. Older batches are not affected.
- About 1,900 units sold to consumers. All stock held.
- Voluntary recall, regulator notified. Customers choose a free replacement or a full refund.
- Recall hotline opens Friday. How to check: the batch number is on the base, under the serial number, starting "2410".

Write the public recall notice for our website and social channels: clear headline, what the problem is, how to check your kettle, what to do (stop using it, contact us), the two options, hotline and web form, and a short sincere apology. No marketing tone. About 200 words."""),
(0, "classification", "en", "before", "list", None, """Exit interview free-text answers from the last two quarters. Tag each with the main reason for leaving: PAY, MANAGER, GROWTH, WORKLOAD, RELOCATION, FLEXIBILITY, or OTHER. One tag each, format "n. TAG".

1. "Got an offer for 22% more doing basically the same job."
2. "My manager and I never saw eye to eye, and it got worse after the reorg."
3. "Moving to Scotland to be closer to my parents."
4. "I'd been a mid-level for four years with no real path to senior."
5. "The on-call load was unsustainable, I was burnt out."
6. "They wanted me in the office four days a week, I have two kids and a 90-minute commute."
7. "Going back to university to do a master's."
8. "Honestly the pay. I love the team, but I can't afford my rent."
9. "No feedback, ever. I found out I'd been passed over for promotion from a calendar invite."
10. "The new role lets me lead a team, which wasn't going to happen here for years."
11. "My partner got a job in Amsterdam."
12. "Too many projects at once, I was context switching all day and nothing got finished."
13. "Fully remote job came up, and that's what I need for my health."
14. "My line manager micromanaged every email I sent."
15. "Retiring, after 31 years in the industry!"
16. "Salary bands are well below market and HR wouldn't discuss it."
17. "I wanted to move into product management and there were no internal openings."
18. "The team was understaffed for a year and I was doing two jobs."
19. "We're emigrating to New Zealand."
20. "Compressed hours weren't allowed in my team even though other teams have them."
21. "I was offered a job at a startup doing ML, which I've wanted to do for ages."
22. "The culture under the new director became really political."
23. "Better benefits and a pension match elsewhere."
24. "Starting my own business."
25. "I was working most weekends before releases, every single month."
"""),
]
