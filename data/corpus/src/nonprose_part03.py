# writer nonprose, part 03. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", "W3-p019", """Issue #3307: Memory keeps growing in worker process until OOM (v5.2.x)

@hollis-dev opened this issue
After upgrading from 5.1.4 to 5.2.0, our queue worker's RSS grows steadily from ~180MB at boot to over 2GB in roughly 14 hours, then the container is OOM-killed and restarts. Node 20.11, running on Kubernetes with a 2Gi limit. Nothing else changed in our deploy. Rolling back to 5.1.4 makes it flat again. Happy to provide heap snapshots.

@maintainer-kim commented
Thanks for the report. Can you tell us which transports you have enabled, and roughly how many jobs per minute the worker processes? Heap snapshots would be great, ideally two taken an hour apart so we can diff them.

@hollis-dev commented
Redis transport only. Around 900 jobs/minute at peak, mostly short HTTP calls. Attached two snapshots (heap-1.heapsnapshot at 1h uptime, heap-2.heapsnapshot at 2h). The biggest growth in the comparison view is in `Closure` and `(array)` retained by something called `RetryScheduler`.

@jpark commented
We're seeing the same thing on 5.2.1, also Redis transport, lower volume (~100 jobs/min), grows slower but same pattern. For us it takes about 4 days to hit the limit. We set `retry: { attempts: 0 }` as a test and memory was flat for 48 hours. So it does look retry-related.

@maintainer-kim commented
That's a very useful data point, thanks @jpark. Looking at the diff between 5.1.4 and 5.2.0, we refactored RetryScheduler to support the new jittered backoff. I suspect the timer handles for completed jobs are not being cleared, so their closures keep the job payload alive.

@hollis-dev commented
Our payloads can be big (50-200KB of JSON sometimes) which would explain why we leak faster than @jpark.

@rtorres commented
+1, same on 5.2.1. Is there a workaround besides disabling retries? We need retries.

@maintainer-kim commented
Workaround for now: set `retry.strategy: "fixed"` instead of the default `"jittered"`. The fixed strategy still uses the old code path. You lose jitter but keep retries. Please let us know if that stops the growth.

@rtorres commented
Switched to fixed yesterday, memory has been flat for 20 hours. 👍

@jpark commented
Confirmed here too, flat with `fixed`.

@maintainer-kim commented
Fix is in #3321: we now call `clearTimeout` when a job settles and we also stopped capturing the full job object in the closure, only its id. Would appreciate if someone can test the prerelease `5.2.2-rc.1` with the jittered strategy.

@hollis-dev commented
Running 5.2.2-rc.1 with jittered on one of our three workers since this morning. 6 hours in, RSS is 190MB and stable. The other two (still 5.2.1, fixed strategy) are also stable. Will report back after 24h.

@hollis-dev commented
24h on rc.1: flat at ~195MB. Looks fixed to me.

@maintainer-kim commented
Great, thanks everyone. 5.2.2 will ship Monday with the fix. Leaving this open until the release is out.

Summarize this issue thread for our team channel: what the bug was, who is affected, the workaround, and the fix status. 4-5 bullets."""),
(1, "open_qa", "en", "after", "chat", "W3-p019", """Issue #3307: Memory keeps growing in worker process until OOM (v5.2.x)

@hollis-dev opened this issue
After upgrading from 5.1.4 to 5.2.0, our queue worker's RSS grows steadily from ~180MB at boot to over 2GB in roughly 14 hours, then the container is OOM-killed and restarts. Node 20.11. Rolling back to 5.1.4 makes it flat again.

@hollis-dev commented
Redis transport only. Around 900 jobs/minute at peak. The biggest growth in the heap snapshot comparison view is in `Closure` and `(array)` retained by something called `RetryScheduler`.

@jpark commented
We set `retry: { attempts: 0 }` as a test and memory was flat for 48 hours. So it does look retry-related.

@maintainer-kim commented
We refactored RetryScheduler to support the new jittered backoff. I suspect the timer handles for completed jobs are not being cleared, so their closures keep the job payload alive.

@hollis-dev commented
Our payloads can be big (50-200KB of JSON sometimes) which would explain why we leak faster.

@maintainer-kim commented
Fix is in #3321: we now call `clearTimeout` when a job settles and we also stopped capturing the full job object in the closure, only its id.

I don't fully get the explanation. Can you walk me through how an uncleared setTimeout plus a closure keeps a 200KB payload alive in V8, why the garbage collector can't free it, and why capturing only the id fixes it? A tiny code example of the leaky vs fixed pattern would help."""),
(0, "classification", "en", "before", "chat", None, """route it: "my parcel says delivered but it's not here" -> shipping, billing or product?"""),
(1, "open_qa", "en", "none", "none", None, """what is a heap snapshot and how do you read one in chrome devtools"""),
(0, "summarization", "en", "after", "log", None, """==> Deploying release r-20240814-3 to production (12 hosts)
[12:01:04] preflight: checking host health ... 12/12 ok
[12:01:06] preflight: disk space ... 12/12 ok (min 38% free)
[12:01:07] preflight: config diff ... 2 keys changed (FEATURE_BULK_EDIT=true, CACHE_TTL_S=600)
[12:01:10] artifact: pulling app-2.41.0.tar.gz (sha256 ok)
[12:01:41] batch 1/4: web-01 web-02 web-03 draining ... ok
[12:02:15] batch 1/4: installing ... ok
[12:02:33] batch 1/4: health check ... ok (p95 118ms)
[12:02:34] batch 1/4: back in rotation
[12:02:40] batch 2/4: web-04 web-05 web-06 draining ... ok
[12:03:12] batch 2/4: installing ... ok
[12:03:30] batch 2/4: health check ... FAILED on web-05 (HTTP 500 on /healthz, 3/3 attempts)
[12:03:30] batch 2/4: web-04 web-06 ok
[12:03:31] policy: max_failed_hosts=1 per batch, continuing
[12:03:31] batch 2/4: web-05 left out of rotation
[12:03:40] batch 3/4: web-07 web-08 web-09 draining ... ok
[12:04:10] batch 3/4: installing ... ok
[12:04:29] batch 3/4: health check ... FAILED on web-08 (HTTP 500 on /healthz, 3/3 attempts)
[12:04:29] policy: total failed hosts 2 > max_total_failed 1, halting rollout
[12:04:30] rollback: batch 3/4 reverting to app-2.40.2 ... ok
[12:05:02] rollback: batch 2/4 reverting to app-2.40.2 ... ok
[12:05:40] rollback: batch 1/4 reverting to app-2.40.2 ... ok
[12:06:01] post-rollback health: 11/12 ok, web-05 still failing (HTTP 500)
[12:06:02] ==> Deploy r-20240814-3 FAILED and rolled back. 1 host needs manual attention: web-05

Write a short summary of this deploy for the release channel. What happened, current state, what needs attention."""),
(1, "open_qa", "en", "after", "log", None, """[12:03:30] batch 2/4: health check ... FAILED on web-05 (HTTP 500 on /healthz, 3/3 attempts)
[12:04:29] batch 3/4: health check ... FAILED on web-08 (HTTP 500 on /healthz, 3/3 attempts)
[12:06:01] post-rollback health: 11/12 ok, web-05 still failing (HTTP 500)

the rollback fixed web-08 but web-05 is still broken on the OLD version. what could make one host fail health checks even after rolling back? what would you check first"""),
(1, "creative_writing", "en", "none", "none", None, """write a eulogy for web-05, a server that finally died after 7 years"""),
(0, "classification", "en", "before", "reviews", "W3-p020", """Tag each survey response with ONE theme: workload, management, pay, tools, culture, or positive. Output as "number: theme".

Q: "If you could change one thing about working here, what would it be?"

1. "Honestly the laptops. Mine takes 4 minutes to boot and the VPN drops every hour."
2. "I'd like my manager to actually read the weekly reports we're asked to write."
3. "Salary bands are way below market for senior engineers. Two people on my team left for 30% raises."
4. "Nothing major, I like it here. Maybe more team lunches."
5. "We're always understaffed in Q4. Every year the same crunch and every year we're told it'll be better."
6. "Decisions get made in meetings I'm not invited to and then I'm told to execute."
7. "The culture of replying to Slack at 10pm needs to stop. It's not written anywhere but everyone does it."
8. "Jira is configured so badly that it takes 12 clicks to close a ticket."
9. "I'd love more recognition. Great work disappears, mistakes get a post-mortem."
10. "Pay is fine but the bonus criteria are a mystery."
11. "More flexibility on office days. Three fixed days makes childcare a nightmare."
12. "Honestly? Keep doing what you're doing. Best team I've worked on."
13. "Onboarding was non-existent. I learned everything from a colleague who was kind enough to help."
14. "Too many projects in parallel. We start things and never finish them."
15. "The monitor setup in the office is terrible, half the docks don't work."
16. "My skip-level has never spoken to me in 18 months."
17. "Give us a real budget for training. £300 a year doesn't buy a conference ticket."
18. "People are kind and smart. I'd change nothing about the people."
19. "The on-call rotation is brutal for a team of four."
20. "Stop reorganising every 6 months. I've had 4 managers in 2 years." """),
(1, "creative_writing", "en", "after", "reviews", "W3-p020", """Q: "If you could change one thing about working here, what would it be?"

1. "Honestly the laptops. Mine takes 4 minutes to boot and the VPN drops every hour."
2. "I'd like my manager to actually read the weekly reports we're asked to write."
3. "Salary bands are way below market for senior engineers. Two people on my team left for 30% raises."
4. "Nothing major, I like it here. Maybe more team lunches."
5. "We're always understaffed in Q4. Every year the same crunch and every year we're told it'll be better."
6. "Decisions get made in meetings I'm not invited to and then I'm told to execute."
7. "The culture of replying to Slack at 10pm needs to stop. It's not written anywhere but everyone does it."
8. "Jira is configured so badly that it takes 12 clicks to close a ticket."
9. "I'd love more recognition. Great work disappears, mistakes get a post-mortem."
10. "Pay is fine but the bonus criteria are a mystery."
11. "More flexibility on office days. Three fixed days makes childcare a nightmare."
12. "Honestly? Keep doing what you're doing. Best team I've worked on."
13. "Onboarding was non-existent. I learned everything from a colleague who was kind enough to help."
14. "Too many projects in parallel. We start things and never finish them."
15. "My skip-level has never spoken to me in 18 months."
16. "Give us a real budget for training. £300 a year doesn't buy a conference ticket."
17. "The on-call rotation is brutal for a team of four."
18. "Stop reorganising every 6 months. I've had 4 managers in 2 years."

I'm the head of engineering and I present the survey results at all-hands on Friday. Write my talking points (about 5 minutes spoken): acknowledge the hard stuff honestly, don't get defensive, commit to three concrete changes (laptop refresh, transparent pay bands by Q2, on-call team of 6), and thank people for being candid. No corporate buzzwords."""),
(0, "classification", "en", "before", "list", None, """mark each as a question or a statement: 'the build is red' / 'is the build red' / 'build red?' / 'someone broke the build'"""),
(1, "general_qa", "en", "none", "none", None, """what do you do when half the team says the annual survey is pointless"""),
(0, "summarization", "en", "after", "email", None, """From: Tenant (Flat 3)
To: Harrow Property Management
Date: 4 March
Subject: Damp and mould in bedroom – third request

Dear Sir/Madam,

I am writing for the third time about the damp in the main bedroom of Flat 3. I first reported it by phone on 9 January and by email on 2 February (copied below). Since then the black mould has spread from the corner of the ceiling to about a metre down the outside wall, and the smell is noticeable as soon as you walk in. My daughter has asthma and her GP has advised us not to use the room, so she is currently sleeping in the living room.

Nobody has come to inspect. On 2 February I was told someone would call me within 5 working days. No one did.

Please arrange an inspection this week and let me know in writing what repairs you plan and when.

Regards,
Flat 3

-----Original message-----
From: Tenant (Flat 3)
Date: 2 February
Subject: Damp in bedroom

Hello, following my call on 9 January, the damp patch in the bedroom ceiling is getting bigger. I think it may be coming from the gutter above, which overflows when it rains. Please can someone look at it. Photos attached.

-----Reply-----
From: Harrow Property Management
Date: 3 February
Thanks for your email. We've logged this as job #HPM-22817. A member of our maintenance team will call you within 5 working days to arrange a visit.

-----Reply-----
From: Harrow Property Management
Date: 5 March
Dear Tenant,
We apologise for the delay. Our contractor has been fully booked. We can offer an inspection on 21 March between 8am and 1pm. Regarding the cause, we believe the issue is likely condensation due to insufficient ventilation, and we would advise opening windows daily and using the extractor fan. We will confirm any repairs needed after the inspection.

summarize this back-and-forth: what the tenant reported, dates, what the agency has done and said, where it stands now"""),
(1, "general_qa", "en", "none", "none", None, """landlord in england is ignoring my mould complaints for 2 months and my kid has asthma. what are my rights and what can I actually do? is there someone I can escalate to"""),
(1, "open_qa", "en", "none", "none", None, """how can you tell if damp is condensation or water coming in from outside"""),
(0, "classification", "en", "before", "table", None, """For each row say whether the server is over-provisioned, under-provisioned, or fine.

| host      | vCPU | avg CPU % | peak CPU % | RAM GB | avg RAM used % |
| api-1     | 16   | 7         | 19         | 64     | 22             |
| api-2     | 4    | 71        | 98         | 8      | 91             |
| worker-1  | 8    | 44        | 72         | 32     | 58             |
| etl-1     | 32   | 3         | 96         | 128    | 40             |
| cache-1   | 2    | 12        | 20         | 16     | 88             |"""),
(1, "open_qa", "en", "after", "table", None, """| host  | vCPU | avg CPU % | peak CPU % |
| etl-1 | 32   | 3         | 96         |

etl-1 sits at 3% all day and pegs at 96% for 40 minutes at 2am. my boss wants to downsize it. is that smart? what instance strategy makes sense for bursty batch work like this"""),
(0, "summarization", "en", "after", "transcript", None, """Oakfield Primary PTA — monthly meeting, 12 September
Present: CHAIR (Hannah), TREASURER (Femi), SECRETARY (Lou), HEAD TEACHER (Mr Dorsey), 9 parents

CHAIR: Welcome back everyone, and welcome to the new Reception parents. Let's get going, we need to finish by eight because the caretaker locks up. First item, treasurer's report.
TREASURER: Thanks. We ended the summer term with £6,410 in the account. The summer fair raised £2,980 after costs, which is up about four hundred on last year, mostly because of the tombola and the cake stall. We've paid the £1,200 we pledged towards the new library books and the £450 for the Year 6 leavers' hoodies. There's one outstanding cheque for the bouncy castle hire, £180, which hasn't cleared yet.
PARENT (Sandeep): Can I ask whether we still pay card fees for the card reader?
TREASURER: We do, about 1.7 percent. Last year that came to roughly £90. I think it's worth it, we'd lose far more if we were cash only.
CHAIR: Agreed. Second item, Mr Dorsey had a request.
HEAD TEACHER: Yes, thank you. The playground markings are very faded and the school budget can't cover it this year. A quote for repainting the hopscotch, the running track and the maths games came to £3,100. I wondered if the PTA could contribute.
PARENT (Jo): That's a lot. Could we do it in two phases?
HEAD TEACHER: The contractor said they could do the infant playground first for £1,700 and the junior side later.
TREASURER: We could afford £1,700 now and still keep our £2,000 buffer.
CHAIR: Shall we vote on funding phase one? Hands up... that's everyone, I think. Carried. Phase two we revisit after the Christmas fair.
CHAIR: Third item, the Christmas fair. Date is Saturday 7 December. We need a lead for the grotto, since Priya has stepped down after five years.
PARENT (Martin): I'll do the grotto. I have the costume from last year, my dad did it at his school.
CHAIR: Brilliant, thank you Martin. We also need someone to chase local businesses for raffle prizes. Last year we had 34 prizes.
SECRETARY: I can do the letter template again and share it, but I can't do the visiting.
PARENT (Jo): I'll visit the shops on the high street if someone takes the retail park.
PARENT (Sandeep): I'll take the retail park.
CHAIR: Perfect. Fourth item, communication. A few parents have said they miss messages because they're on the PTA Facebook page only.
SECRETARY: We could add a WhatsApp community with an announcements-only channel. No chatter.
HEAD TEACHER: The school can also include a PTA section in the fortnightly newsletter.
CHAIR: Let's do both. Lou, could you set up the WhatsApp community?
SECRETARY: Yes, by the end of the month.
CHAIR: Any other business? No? Next meeting is 10 October, same time. Thank you all.

Write the official minutes from this, in the usual format: attendees, each agenda item with the discussion in one or two lines, decisions, actions with names, date of next meeting."""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, fun letter to local shops asking them to donate a raffle prize for our primary school Christmas fair on 7 December."""),
(0, "classification", "en", "after", "log", None, """E/AndroidRuntime: FATAL EXCEPTION: main
Process: com.example.notes, PID: 20411
android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.

which kind of bug: threading, null pointer, resource, network, or permissions?"""),
(1, "open_qa", "en", "after", "log", None, """android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.

I'm updating a TextView inside a retrofit callback. why isn't this allowed and what's the right pattern in kotlin these days"""),
(1, "creative_writing", "en", "none", "none", None, """Write a haiku sequence (3 haikus) about an app crashing during a demo."""),
(0, "summarization", "en", "before", "json", None, """Summarize this package.json for a newcomer: what kind of project it is and what the main scripts do.

{
  "name": "shopfront",
  "private": true,
  "version": "0.9.0",
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "preview": "vite preview",
    "test": "vitest run",
    "test:e2e": "playwright test",
    "lint": "eslint . --max-warnings 0",
    "storybook": "storybook dev -p 6006"
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "react-router-dom": "^6.23.0",
    "@tanstack/react-query": "^5.40.0",
    "zustand": "^4.5.2"
  },
  "devDependencies": {
    "typescript": "^5.4.5",
    "vite": "^5.2.11",
    "vitest": "^1.6.0",
    "@playwright/test": "^1.44.0",
    "eslint": "^9.3.0",
    "storybook": "^8.1.0"
  }
}"""),
(1, "general_qa", "en", "after", "json", None, """  "dependencies": {
    "@tanstack/react-query": "^5.40.0",
    "zustand": "^4.5.2"
  }

we use both react-query and zustand. a new dev asked why we need two state libraries. how should I explain when to use which, and are we overdoing it?"""),
(1, "open_qa", "en", "none", "none", None, """what does the caret ^ mean in package.json versions"""),
(0, "classification", "en", "before", "chat", "W3-p021", """classify each message in this thread as: question, answer, decision, or off-topic

[10:01] Lin: should we use Postgres or DynamoDB for the new ledger service?
[10:03] Arjun: ledger needs transactions across accounts, Postgres handles that natively
[10:04] Maya: anyone want coffee from downstairs?
[10:05] Lin: what about scale, we're at 2k writes/sec at peak
[10:07] Arjun: a single decent Postgres instance handles that fine, we can shard by tenant later
[10:10] Lin: ok, Postgres it is. I'll write the ADR"""),
(1, "creative_writing", "en", "after", "chat", "W3-p021", """[10:01] Lin: should we use Postgres or DynamoDB for the new ledger service?
[10:03] Arjun: ledger needs transactions across accounts, Postgres handles that natively
[10:05] Lin: what about scale, we're at 2k writes/sec at peak
[10:07] Arjun: a single decent Postgres instance handles that fine, we can shard by tenant later
[10:10] Lin: ok, Postgres it is. I'll write the ADR

I'm Lin. Write the ADR (architecture decision record) for this: context, decision, alternatives considered, consequences. Standard Nygard format, fill in sensible details."""),
(1, "open_qa", "en", "none", "none", None, """when would DynamoDB actually be a better choice than postgres"""),
(0, "summarization", "en", "after", "reviews", None, """"Staff were lovely but the room smelled of smoke." / "Great value, clean, would return." / "Breakfast ran out by 9." / "Really clean and friendly, easy parking."

one-sentence gist of these reviews?"""),
(0, "classification", "en", "before", "list", None, """Which of these are Linux distros? Fedora, Alpine, Kafka, Arch, Gentoo, Jenkins, Mint"""),
(1, "general_qa", "en", "none", "none", None, """which linux distro for an old laptop with 4gb ram, I just want to browse and code python"""),
(0, "summarization", "en", "after", "code", None, """diff --git a/config/settings.py b/config/settings.py
@@ -40,7 +40,7 @@
-SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
+SESSION_COOKIE_AGE = 60 * 60 * 12
-SESSION_COOKIE_SECURE = False
+SESSION_COOKIE_SECURE = True
+SESSION_COOKIE_SAMESITE = "Lax"
+CSRF_COOKIE_SECURE = True
@@ -88,3 +88,6 @@
+SECURE_HSTS_SECONDS = 31536000
+SECURE_HSTS_INCLUDE_SUBDOMAINS = True
+SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

summarize the diff as a bullet list a security auditor would understand"""),
(1, "open_qa", "en", "after", "code", None, """+SECURE_HSTS_SECONDS = 31536000
+SECURE_HSTS_INCLUDE_SUBDOMAINS = True

my colleague says turning on HSTS with a 1-year max age and subdomains is dangerous to do in one go. why? what can go wrong"""),
(1, "creative_writing", "en", "none", "none", None, """short motivational quote for a team that just passed a security audit"""),
(0, "classification", "en", "after", "email", None, """Subject: Invoice INV-20931 overdue
Body: Dear customer, our records show invoice INV-20931 for £1,240 is 14 days overdue. Please arrange payment or contact accounts@ourcompany.example if you believe this is an error.

classify urgency: low / medium / high"""),
(1, "creative_writing", "en", "after", "email", None, """Subject: Invoice INV-20931 overdue
Body: Dear customer, our records show invoice INV-20931 for £1,240 is 14 days overdue. Please arrange payment or contact accounts if you believe this is an error.

we paid this last week by bank transfer. write a short reply attaching proof of payment and asking them to update their records. polite but firm"""),
(0, "summarization", "en", "after", "table", "W3-p022", """Apartment shortlist (Leipzig, moving in October)

| # | area        | rooms | m² | warm rent € | floor | balcony | commute to office | notes |
|---|-------------|-------|----|-------------|-------|---------|-------------------|-------|
| 1 | Südvorstadt | 2     | 58 | 890         | 3 (no lift) | yes | 15 min bike | renovated kitchen, landlord wants 3 months deposit |
| 2 | Plagwitz    | 3     | 74 | 1,080       | 1     | no      | 25 min tram       | near canal, a bit noisy street, available 1 Nov |
| 3 | Gohlis      | 2     | 62 | 820         | 4 (lift) | yes | 30 min tram       | old building, single glazing, very quiet |
| 4 | Zentrum-Ost | 2     | 55 | 960         | 2     | small   | 10 min walk       | new build, underfloor heating, no bathtub |
| 5 | Connewitz   | 3     | 80 | 1,010       | ground | garden | 20 min bike       | shared garden, ground floor feels dark |

condense this table into a short paragraph comparing the options (cheapest, biggest, best commute, main downsides)"""),
(1, "general_qa", "en", "after", "table", "W3-p022", """Apartment shortlist (Leipzig, moving in October)

| # | area        | rooms | m² | warm rent € | floor | balcony | commute to office | notes |
|---|-------------|-------|----|-------------|-------|---------|-------------------|-------|
| 1 | Südvorstadt | 2     | 58 | 890         | 3 (no lift) | yes | 15 min bike | renovated kitchen, landlord wants 3 months deposit |
| 2 | Plagwitz    | 3     | 74 | 1,080       | 1     | no      | 25 min tram       | near canal, a bit noisy street, available 1 Nov |
| 3 | Gohlis      | 2     | 62 | 820         | 4 (lift) | yes | 30 min tram       | old building, single glazing, very quiet |
| 4 | Zentrum-Ost | 2     | 55 | 960         | 2     | small   | 10 min walk       | new build, underfloor heating, no bathtub |
| 5 | Connewitz   | 3     | 80 | 1,010       | ground | garden | 20 min bike       | shared garden, ground floor feels dark |

Context: it's me and my partner, she works from home 3 days a week and needs a room she can close the door on. Budget max ~1,050 warm. I hate being cold in winter. Which one would you pick and why? Anything I should ask the landlords before signing?"""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between kalt and warm miete in germany"""),
(0, "classification", "en", "before", "list", None, """tag each as hardware or software problem:
- laptop fan really loud
- excel freezes on big files
- screen flickers when I move the lid
- can't install the printer driver
- battery swells"""),
(1, "general_qa", "en", "none", "none", None, """laptop battery is swelling, is it safe to keep using it until the new one arrives?"""),
(0, "summarization", "en", "after", "chat", None, """Teams – #finance-close

Mon 09:12 Oksana: June close starts today. Reminder all accruals by Wed 5pm.
Mon 11:40 Pete: the Brightwave invoice for May services still hasn't arrived, should I accrue it?
Mon 11:52 Oksana: yes, accrue at the PO value, £14,200
Tue 14:05 Nadia: bank rec for the EUR account is off by €312
Tue 14:30 Nadia: found it, a double-posted FX fee. reversed
Wed 16:58 Pete: all my accruals in
Wed 17:20 Oksana: thanks. Nadia are the intercompany recs done?
Wed 17:45 Nadia: 2 of 3, the US one is waiting on their side
Thu 10:02 Oksana: chased US, they'll send by noon
Thu 13:15 Nadia: US IC rec done, all balanced
Thu 13:20 Oksana: 🎉 draft P&L to CFO tomorrow am

summarize where June close got to"""),
(1, "open_qa", "en", "none", "none", None, """what is an accrual in accounting, simple example pls"""),
(0, "classification", "en", "inline", "reviews", None, """Reply with only POSITIVE or NEGATIVE. Review: "I wanted to love this vacuum. I really did." """),
(1, "creative_writing", "en", "none", "none", None, """write a breakup letter to my old vacuum cleaner"""),
(0, "summarization", "en", "before", "log", None, """Summarize this cron output in one line:

Cron <deploy@build-02> /opt/scripts/cleanup_artifacts.sh
Removing artifacts older than 14 days from /srv/artifacts ...
removed 1,842 files (63.4 GB)
Skipped 12 files (locked by running jobs)
Free space on /srv: 71% (was 39%)
Done in 4m12s"""),
(1, "general_qa", "en", "none", "none", None, """how do I make a cron job email me only when it fails, not every time"""),
(0, "classification", "en", "before", "code", None, """is this a breaking API change? yes/no

- GET /v1/users/{id} returned {"name": "...", "email": "..."}
+ GET /v1/users/{id} returns {"name": "...", "email": "...", "created_at": "..."}"""),
(1, "open_qa", "en", "before", "code", None, """my teammate says renaming a field in a JSON response is fine if we keep the old one for a while. how long is 'a while' usually, and how do big APIs like stripe handle versioning this stuff?

- {"email": "..."}
+ {"email_address": "...", "email": "..."}"""),
(0, "summarization", "en", "after", "email", "W3-p023", """From: Jordan (Recruiting)
Subject: Interview feedback – Senior Backend Engineer – Candidate #2231

Panel feedback, collected:

Coding (Wei): Strong. Solved the rate limiter problem cleanly, talked through trade-offs between token bucket and sliding window without prompting. Tests were thin. Hire.

System design (Anouk): Mixed. Good instincts on data modelling, but struggled to reason about failure modes when I asked what happens when the cache cluster is down. Needed a lot of hints on the queue design. Lean no hire.

Behavioural (Tomasz): Very good. Clear examples of mentoring juniors, owned a failed migration honestly and explained what changed afterwards. Some concern that all examples were from one small team. Hire.

Hiring manager (Grace): I liked the candidate a lot. My worry is the design round, since this role will own the new payments pipeline. I could see them growing into it with support. Lean hire.

Please add any comments before the debrief on Thursday.

Summarize the panel's feedback: each interviewer's verdict in a few words, and the main open question for the debrief."""),
(1, "general_qa", "en", "after", "email", "W3-p023", """Coding: Strong. Hire.
System design: Struggled with failure modes, needed hints on queue design. Lean no hire.
Behavioural: Very good, mentoring, owned failures. Hire.
Hiring manager: Liked them, worried about design since the role owns the payments pipeline. Lean hire.

I'm the hiring manager. 3 of 4 positive but the weak round is the one that matters most for this role. Should I hire, do a follow-up design round, or pass? How do people usually handle this?"""),
(1, "open_qa", "en", "none", "none", None, """token bucket vs sliding window rate limiting, explain the difference"""),
(0, "classification", "en", "before", "table", None, """which rows are duplicates of each other? just give me the id pairs

id | name          | email               | phone
1  | Sarah Connor  | s.connor@mail.test  | 555-0101
2  | Kyle Reese    | kreese@mail.test    | 555-0199
3  | sarah connor  | S.Connor@mail.test  | 555 0101
4  | Miles Dyson   | mdyson@mail.test    | 555-0142
5  | K. Reese      | kreese@mail.test    | 5550199"""),
(1, "general_qa", "en", "none", "none", None, """how do I dedupe a customer table in SQL when names and phone formats are messy"""),
(0, "summarization", "en", "after", "transcript", None, """[podcast clip, 02:14–03:40]
HOST: So why did you move the whole team off microservices?
GUEST: We had eleven engineers and forty-two services. Every feature touched five repos. Deploys were fast individually but a simple change needed coordinated releases. We merged back into a modular monolith over six months.
HOST: Any regrets?
GUEST: Build times went up, we had to invest in caching. But our lead time for changes dropped by half, and on-call got calmer because there were fewer network hops to break.

tl;dr of the clip"""),
(1, "open_qa", "en", "none", "none", None, """modular monolith vs microservices, what's the actual argument"""),
(0, "classification", "en", "before", "list", None, """Put each task in an Eisenhower quadrant (urgent+important, important not urgent, urgent not important, neither):
- prod is down
- write Q4 strategy
- reply to vendor cold email
- book dentist check-up
- colleague asks for help formatting a slide due in 1 hour
- reorganise desktop icons"""),
(1, "general_qa", "en", "none", "none", None, """I always end up doing the urgent unimportant stuff first. practical tricks?"""),
(0, "summarization", "en", "after", "log", "W3-p024", """$ pytest -q
..........................F.....F...........s..........                    [100%]
=================================== FAILURES ===================================
____________________________ test_parse_iso_dates _____________________________

    def test_parse_iso_dates():
>       assert parse_date("2024-02-30") is None
E       ValueError: day is out of range for month

tests/test_dates.py:18: ValueError
_________________________ test_export_csv_encoding ___________________________

    def test_export_csv_encoding(tmp_path):
        out = tmp_path / "out.csv"
        export_csv([{"name": "Zoë"}], out)
>       assert "Zoë" in out.read_text()
E       UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 6

tests/test_export.py:41: UnicodeDecodeError
=========================== short test summary info ============================
FAILED tests/test_dates.py::test_parse_iso_dates - ValueError: day is out of range for month
FAILED tests/test_export.py::test_export_csv_encoding - UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3
2 failed, 51 passed, 1 skipped in 3.12s

Summarize the test run in 2 lines"""),
(1, "general_qa", "en", "after", "log", "W3-p024", """_________________________ test_export_csv_encoding ___________________________

    def test_export_csv_encoding(tmp_path):
        out = tmp_path / "out.csv"
        export_csv([{"name": "Zoë"}], out)
>       assert "Zoë" in out.read_text()
E       UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 6

passes on my mac, fails on the CI docker image (python:3.11-slim). how do I fix it properly, not just for the test?"""),
(1, "creative_writing", "en", "none", "none", None, """write a tiny bedtime story about a lonely test that was always skipped"""),
(0, "classification", "en", "after", "form", None, """Feedback form – Conference talk
Talk: "Scaling Postgres to 10TB"
Content: 5/5
Speaker: 4/5
Comments: "Dense but incredibly practical. Slides were too small to read from row 20."

Is this feedback overall positive, negative or mixed?"""),
(0, "summarization", "en", "after", "notes", None, """bike service notes from the shop:
front brake pads worn 80%, replaced
rear derailleur hanger slightly bent, straightened
chain stretched 0.75, replaced (cassette ok for now but next time)
tyres ok
headset a bit loose, adjusted
total £86

what did they do, short version"""),
(1, "open_qa", "en", "none", "none", None, """why does a stretched chain wear out the cassette"""),
(0, "classification", "en", "before", "chat", None, """Does this message contain a request for action? yes or no.

"FYI the client moved the review to Thursday, no need to change anything on our side." """),
(1, "creative_writing", "en", "after", "chat", None, """"FYI the client moved the review to Thursday, no need to change anything on our side."

write this as a pirate would say it, for a laugh in the team channel"""),
(0, "summarization", "en", "after", "json", None, """{"order_id":"A-10293","status":"partially_shipped","items":[{"sku":"MUG-BLU","qty":2,"shipped":2},{"sku":"TEE-L","qty":1,"shipped":0,"backorder_eta":"2024-09-18"},{"sku":"CAP-BLK","qty":1,"shipped":1}],"carrier":"Royal Mail","tracking":"RM123456789GB","payment":"captured","refund":null}

explain the state of this order to a customer in 2 sentences"""),
(1, "creative_writing", "en", "after", "json", None, """{"order_id":"A-10293","status":"partially_shipped","items":[{"sku":"MUG-BLU","qty":2,"shipped":2},{"sku":"TEE-L","qty":1,"shipped":0,"backorder_eta":"2024-09-18"}]}

write a cheerful email to the customer: the mugs are on their way, the T-shirt is backordered until 18 Sept, offer 10% off their next order for the wait"""),
(1, "general_qa", "en", "none", "none", None, """should we split-ship backordered items or wait and ship everything together? small online shop"""),
(0, "classification", "en", "before", "log", None, """label each line's HTTP status as success, redirect, client error, or server error:
GET /home 200
GET /old-page 301
POST /login 401
GET /api/items 503
GET /favicon.ico 404"""),
(1, "open_qa", "en", "none", "none", None, """301 vs 302 vs 308, which one for SEO"""),
(0, "summarization", "en", "after", "chat", None, """Discord #raid-planning

Zed: raid tonight 9pm server time?
Mira: can't, work. tomorrow?
Kol: tomorrow works
Zed: tomorrow 9pm then. we need a second healer
Pip: I can heal, my priest is geared now
Zed: perfect. everyone bring flasks
Mira: I'll bring the feast
Kol: 🫡

recap for the guild board"""),
(1, "creative_writing", "en", "none", "none", None, """write a dramatic battle cry for our guild before tomorrow's raid, 4 lines"""),
(0, "classification", "en", "before", "reviews", None, """For each app store review, is the user reporting a crash, a performance issue, a UI complaint, or something else?

- "Keeps closing when I open the camera"
- "So slow to load my feed, like 10 seconds"
- "Why is the font so tiny"
- "Can you add Apple Watch support?"
- "App freezes for a sec every time I scroll"
- "Instantly quits on iPad after the update" """),
(0, "summarization", "en", "after", "list", None, """Bug bash results (Thursday, 1h, 14 people)

- 37 issues filed total
- 9 duplicates closed
- 3 P1: payment form accepts expired cards; iOS app crashes on logout; CSV export drops the last row
- 11 P2, mostly layout issues on small Android screens
- 14 P3 copy/typo issues
- Most bugs found in: checkout (12), settings (8), onboarding (6)
- Pizza budget exceeded by £18

summary for the eng all-hands slide, 3 bullets max"""),
(1, "general_qa", "en", "none", "none", None, """how do I run a good bug bash? first time organising one"""),
(1, "open_qa", "en", "none", "none", None, """why would a CSV export drop the last row, common causes"""),
(0, "classification", "en", "before", "list", None, """classify by sentiment (pos/neg): 'loving the new update' 'worst release ever' 'finally fixed the sync' 'why did you remove offline mode'"""),
(1, "creative_writing", "en", "none", "none", None, """release notes for an app update but make them honest and slightly unhinged"""),
(0, "summarization", "en", "after", "email", None, """From: Noor
To: Team
Subject: Fwd: Fwd: wifi password

---------- Forwarded message ---------
From: Office Admin
Guest wifi password changed today, new one is on the whiteboard in reception. Staff network unchanged.

---------- Forwarded message ---------
From: Carl
can someone send me the new guest one, I'm wfh and have a visitor tomorrow

Noor: Carl it's on the whiteboard lol, I'll DM you

short summary"""),
(1, "general_qa", "en", "none", "none", None, """best way to share the guest wifi password in an office without writing it on a whiteboard"""),
(0, "classification", "en", "after", "code", None, """class UserService:
    def create_user(self, data): ...
    def send_welcome_email(self, user): ...
    def generate_pdf_invoice(self, order): ...
    def resize_avatar(self, image): ...

does this class follow the single responsibility principle? yes/no"""),
(1, "general_qa", "en", "after", "code", None, """class UserService:
    def create_user(self, data): ...
    def send_welcome_email(self, user): ...
    def generate_pdf_invoice(self, order): ...
    def resize_avatar(self, image): ...

how would you split this up? it's 2,000 lines and everyone is scared to touch it"""),
(0, "summarization", "en", "before", "table", None, """give me a 2 sentence read of this A/B test:

variant | visitors | signups | conv. rate | p-value
A (control) | 12,040 | 602 | 5.0% | -
B (short form) | 11,980 | 719 | 6.0% | 0.002"""),
(1, "open_qa", "en", "before", "table", None, """variant | visitors | signups | conv. rate | p-value
A | 12,040 | 602 | 5.0% | -
B | 11,980 | 719 | 6.0% | 0.002

we peeked at results every day and stopped when p dipped under 0.05. is this result trustworthy? why do statisticians hate peeking"""),
(1, "creative_writing", "en", "none", "none", None, """write a limerick about a p-value"""),
(0, "classification", "en", "inline", "json", None, """{"instruction":"Classify the language of each string. Reply as a JSON list of ISO codes.","strings":["Guten Morgen","Buenos días","Good morning","Bonjour","Buongiorno"]}"""),
(1, "open_qa", "en", "none", "none", None, """why do germans say guten morgen but spaniards buenos días plural"""),
(0, "summarization", "en", "after", "chat", None, """SMS with the plumber
Me: Hi, is Thursday still ok?
Plumber: Yes 8am
Me: Great. Reminder the stopcock is under the kitchen sink
Plumber: No probs. Might need to replace the valve if it's seized, £45 part
Me: Fine
Plumber (Thu 10:40): Done. Valve was seized, replaced. Invoice to follow
Me: Thanks!

summarize for my partner"""),
(1, "open_qa", "en", "none", "none", None, """what is a stopcock and why would it seize"""),
]
