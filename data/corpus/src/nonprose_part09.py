# writer nonprose, part 09. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "log", "np2-p001", """Dec 02 01:12:44 mx-2 postfix/cleanup[30112]: warning: 4A1F22C0B: write queue file: No space left on device
Dec 02 01:12:44 mx-2 postfix/smtpd[30090]: NOQUEUE: reject: MAIL from unknown[192.0.2.44]: 452 4.3.1 Insufficient system storage
Dec 02 01:13:02 mx-2 postfix/smtpd[30095]: NOQUEUE: reject: MAIL from mail-ej1-f41.example.net[198.51.100.41]: 452 4.3.1 Insufficient system storage
Dec 02 01:40:19 mx-2 dovecot: lmtp(31877): Error: write(/var/mail/vhosts/acme.test/ops/dovecot.index.log) failed: No space left on device
Dec 02 02:05:00 mx-2 CRON[32001]: (root) CMD (/usr/local/bin/rotate-maildir-logs.sh)
Dec 02 02:05:03 mx-2 rotate-maildir-logs.sh[32002]: gzip: /var/log/mail.log.1: No space left on device
Dec 02 06:48:31 mx-2 sudo[1201]:   dmitri : TTY=pts/0 ; PWD=/var/log ; USER=root ; COMMAND=/usr/bin/du -sh /var/log
Dec 02 06:51:10 mx-2 sudo[1240]:   dmitri : TTY=pts/0 ; USER=root ; COMMAND=/usr/bin/rm /var/log/mail.debug.1 /var/log/mail.debug.2
Dec 02 06:51:40 mx-2 postfix/qmgr[2210]: 9C0D322E1A: from=<billing@acme.test>, size=14202, nrcpt=1 (queue active)
Dec 02 06:51:41 mx-2 postfix/smtp[1302]: 9C0D322E1A: to=<client@example.org>, relay=mx.example.org[203.0.113.9]:25, status=sent (250 2.0.0 OK)
Dec 02 06:52:07 mx-2 postfix/qmgr[2210]: 7 messages deferred earlier, now delivered

what happened on mx-2 overnight? 2-3 sentences for the morning handover note"""),
(1, "general_qa", "en", "after", "log", "np2-p001", """Dec 02 01:12:44 mx-2 postfix/cleanup[30112]: warning: 4A1F22C0B: write queue file: No space left on device
Dec 02 01:12:44 mx-2 postfix/smtpd[30090]: NOQUEUE: reject: MAIL from unknown[192.0.2.44]: 452 4.3.1 Insufficient system storage
Dec 02 01:40:19 mx-2 dovecot: lmtp(31877): Error: write(/var/mail/vhosts/acme.test/ops/dovecot.index.log) failed: No space left on device
Dec 02 02:05:03 mx-2 rotate-maildir-logs.sh[32002]: gzip: /var/log/mail.log.1: No space left on device
Dec 02 06:51:10 mx-2 sudo[1240]:   dmitri : TTY=pts/0 ; USER=root ; COMMAND=/usr/bin/rm /var/log/mail.debug.1 /var/log/mail.debug.2

this is the second time this month. someone left debug logging on for postfix and the disk filled. how do we stop this from happening again without someone ssh-ing in at 7am to delete files by hand?"""),
(0, "classification", "en", "before", "reviews", None, """sentiment, one word each: 'meh' / 'obsessed!!' / 'came cracked, again' / 'fine for the price' """),
(1, "creative_writing", "en", "none", "none", None, """short poem where a cron job has a conversation with the moon at midnight"""),
(0, "classification", "en", "after", "log", "np2-p002", """TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.jsx:14:22)

frontend or backend bug? one word"""),
(1, "open_qa", "en", "after", "log", "np2-p002", """TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.jsx:14:22)

only happens on the first render, after a second it's fine. why does react do this and what's the normal way to guard against it?"""),
(0, "summarization", "en", "after", "transcript", "np2-p003", """Product sync – Mobile app v6 launch date (recording transcript, auto-generated, speaker names added by hand)

MEERA (PM): Okay, I think everyone's here. The one thing we have to decide today is the launch date for v6. Marketing has pencilled in the 3rd of March. Engineering, where are we?
JONAS (Eng lead): Honestly, the 3rd is tight. The new onboarding flow is done, the offline mode is not. We've got two crash bugs on older Android devices that we can reproduce but haven't fixed. And the payments SDK upgrade still needs a full regression pass.
CARLA (Sales): I have to push back a bit. We told three enterprise prospects that offline mode ships in Q1. Two of them have renewal conversations in March. If we slip to April, I lose leverage.
JONAS: I get that. But shipping offline mode with a sync bug is worse than shipping it late. If someone loses a day of field notes because the sync overwrote them, that's a churned account, not a delayed one.
MEERA: Can we split it? Ship v6 on the 3rd without offline mode, and ship offline mode in 6.1?
JONAS: That's possible. Offline is behind a flag already. The Android crashes are the real blocker for the 3rd though, they're in the core navigation, not in offline.
PRIYA (QA): For the record, those crashes affect about 4 percent of our Android sessions, mostly Android 9 and 10. If we ship with them, the store rating will take a hit within a week. We saw that with v5.2.
CARLA: What if 6.1 is the 24th of March? I can live with that. I can tell the prospects it's coming in March and offer them early access.
JONAS: The 24th for offline is realistic if we get a dedicated QA person for two weeks.
PRIYA: I can do that if someone else covers the web regression for the billing release.
MEERA: I'll ask Tomasz to take the billing regression. So, proposal: v6 goes out the 3rd only if the Android crashes are fixed by the 24th of February, otherwise we move v6 to the 10th. Offline mode ships in 6.1 on the 24th of March, with early access for Carla's three prospects from the 10th.
CARLA: Early access from the 10th works for me. Can I get a one-pager I can send them?
MEERA: Yes, I'll write it by Friday.
JONAS: One more thing: the payments SDK. We need the vendor to confirm the deprecation date of the old version. If it's before April we have no choice anyway.
MEERA: Jonas, can you chase that?
JONAS: Will do, I'll email them today.
PRIYA: And I'll set up a go/no-go checkpoint on the 24th of February. Thirty minutes, same people.
MEERA: Great. Anything else? No? Thanks all.

write up minutes from this: the decisions, then action items with owner and date"""),
(1, "general_qa", "en", "after", "transcript", "np2-p003", """Extract from our launch meeting:

JONAS (Eng lead): Honestly, the 3rd is tight. The offline mode is not done. We've got two crash bugs on older Android devices that we can reproduce but haven't fixed.
CARLA (Sales): We told three enterprise prospects that offline mode ships in Q1. Two of them have renewal conversations in March. If we slip to April, I lose leverage.
JONAS: Shipping offline mode with a sync bug is worse than shipping it late.
PRIYA (QA): Those crashes affect about 4 percent of our Android sessions. If we ship with them, the store rating will take a hit within a week.
CARLA: What if 6.1 is the 24th of March? I can tell the prospects it's coming in March.

I'm the PM (Meera). This sales vs engineering tension comes up every single release. How do I set things up so we stop promising dates to customers before engineering has scoped the work, without making sales feel like I'm blocking them?"""),
(0, "classification", "en", "before", "email", None, """phishing or legit? answer and say why in one line

From: "PayPal Service" <service@paypa1-security.com>
Subject: Your account has been limited
Date: Tue, 3 Dec 2024 04:12:55 +0000

Dear Customer,
We noticed unusual activity. To restore full access please verify your information within 24 hours: http://paypa1-security.com/verify
Failure to do so will result in permanent suspension.
PayPal Team"""),
(1, "open_qa", "en", "none", "none", None, """how do those phishing kits that steal MFA codes in real time actually work? the reverse proxy thing"""),
(0, "classification", "en", "after", "table", "np2-p004", """date,payee,amount_gbp
2024-11-01,Trainline,84.20
2024-11-02,Adobe Creative Cloud,56.98
2024-11-04,Costa Coffee,4.10
2024-11-05,Screwfix,23.49
2024-11-07,Premier Inn Leeds,79.00
2024-11-08,Zoom,13.99
2024-11-11,Wagamama,31.45
2024-11-15,Staples,18.70

tag each row: travel, meals, software or office supplies"""),
(1, "open_qa", "en", "after", "table", "np2-p004", """date,payee,amount_gbp
2024-11-01,Trainline,84.20
2024-11-02,Adobe Creative Cloud,56.98
2024-11-04,Costa Coffee,4.10
2024-11-07,Premier Inn Leeds,79.00
2024-11-11,Wagamama,31.45

I'm a self-employed photographer in the UK. which of these can I actually put through as business expenses, and which will HMRC probably say no to? the coffee was while editing in a cafe and wagamama was dinner on the leeds trip"""),
(0, "summarization", "en", "after", "log", "np2-p005", """$ git log --oneline v2.3.0..v2.4.0
e81c0a3 Release 2.4.0
77b2f19 Merge pull request #412 from feat/dark-mode
3a0d9e4 Add dark mode toggle to settings page
c19f7b2 Respect prefers-color-scheme on first load
5d22e8a Fix invoice totals rounding to 1p off on some VAT rates
b90a1c6 Merge pull request #409 from fix/login-redirect
0f4e3d1 Fix redirect loop after password reset
aa31c8e Bump axios from 1.6.2 to 1.7.4 (security)
92d6b05 Speed up dashboard load by caching the project list
4e17d0a Remove legacy CSV importer (replaced by new importer in 2.2)
d0b3f71 Typo fixes in onboarding emails

condense into 4-5 release-note bullets a customer would understand, skip the merge commits and the bump"""),
(1, "creative_writing", "en", "after", "log", "np2-p005", """e81c0a3 Release 2.4.0
3a0d9e4 Add dark mode toggle to settings page
5d22e8a Fix invoice totals rounding to 1p off on some VAT rates
0f4e3d1 Fix redirect loop after password reset
92d6b05 Speed up dashboard load by caching the project list
4e17d0a Remove legacy CSV importer (replaced by new importer in 2.2)

we do a silly "release toast" at friday drinks. write one for 2.4.0 from these commits, 8-10 lines, rhyming if you can, give the old CSV importer a proper send-off"""),
(0, "classification", "en", "before", "code", None, """valid cron expression? y/n:  */15 * * * *"""),
(1, "open_qa", "en", "none", "none", None, """what does @reboot in crontab actually do and can you rely on it after a crash"""),
(0, "summarization", "en", "after", "chat", None, """#office-leeds (Slack)

Hannah Price 9:12 AM
reminder the car park barrier is broken again, facilities say fixed by thursday
Ade Ogun 9:15 AM
is the side gate open at least?
Hannah Price 9:16 AM
yes, but only till 6pm. after that you have to go round to reception
Marcus Lee 9:31 AM
also FYI the 3rd floor kitchen is getting the new coffee machine tomorrow, so no coffee up there between 10 and 1
Ade Ogun 9:32 AM
noooo
Marcus Lee 9:33 AM
2nd floor kitchen will be fine
Jo Brennan 10:02 AM
someone left a blue umbrella in meeting room 4, it's at reception now
Hannah Price 10:40 AM
and the fire alarm test is wednesday 11am as usual, no need to leave the building

can you recap what's going on in the office this week in 3 bullets"""),
(0, "classification", "en", "before", "chat", None, """Label each message: logistics, joke, or complaint.

[Kayla] who's bringing the gazebo saturday
[Ben] my back still hurts from carrying it last year so not me 😂
[Kayla] lol
[Priti] I can, but I need someone with a bigger car
[Ben] honestly the parking at that park is a nightmare every time
[Sol] I'll drive, meet at mine at 9"""),
(1, "creative_writing", "en", "after", "chat", None, """[Lou] ok so Dave's 40th. surprise. the back room at the Fox, 14th, 7pm
[Mina] does he suspect anything
[Lou] no, he thinks we're doing a quiet dinner
[Raf] I'll get the cake, he likes lemon drizzle
[Mina] and NO ONE mention it in the main group chat he's in

write the invite message I can send to his friends and work mates. keep it short, mention it's a surprise, the back room at the Fox, 14th, 7pm, and that they should reply to me not in the main group"""),
(0, "summarization", "en", "before", "json", "np2-p006", """summarise this sensor dump in 2 sentences for someone who doesn't read JSON

{"site":"dc-room-2","taken_at":"2024-12-03T08:00:00Z","sensors":[
 {"id":"temp-rack-A","type":"temperature_c","value":23.1,"status":"ok"},
 {"id":"temp-rack-B","type":"temperature_c","value":24.4,"status":"ok"},
 {"id":"temp-rack-C","type":"temperature_c","value":29.8,"status":"warn"},
 {"id":"hum-1","type":"humidity_pct","value":78,"status":"warn"},
 {"id":"door-1","type":"door","value":"closed","status":"ok"},
 {"id":"ups-1","type":"battery_pct","value":100,"status":"ok"},
 {"id":"leak-1","type":"water","value":false,"status":"ok"}
]}"""),
(1, "open_qa", "en", "after", "json", "np2-p006", """{"id":"temp-rack-C","type":"temperature_c","value":29.8,"status":"warn"},
{"id":"hum-1","type":"humidity_pct","value":78,"status":"warn"}

this is our small server room. 78% humidity and nearly 30C on one rack, how dangerous is that for the hardware actually? what are the recommended ranges and why does humidity matter at all"""),
(0, "classification", "en", "after", "log", None, """Traceback (most recent call last):
  File "/srv/app/jobs/export.py", line 58, in run
    rows = client.fetch_all(table, since=cursor)
  File "/srv/app/venv/lib/python3.11/site-packages/warehouse_sdk/client.py", line 211, in fetch_all
    page = self._get(url, params)
  File "/srv/app/venv/lib/python3.11/site-packages/warehouse_sdk/client.py", line 96, in _get
    resp.raise_for_status()
  File "/srv/app/venv/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.warehouse.example/v1/tables/orders?since=2024-12-01

is this failing because of our code, the library, or the remote service? one of the three"""),
(1, "open_qa", "en", "none", "none", None, """when you read a python traceback do you start at the top or the bottom, and why is it ordered that way"""),
(0, "summarization", "en", "after", "reviews", "np2-p007", """Customer reviews – "Burrline C2" manual coffee grinder (our web shop, last 3 months)

★★★★★ "Grind consistency is excellent for pour-over. I switched from a cheap blade grinder and the difference in the cup is night and day. Takes about 40 seconds for 18g."
★★★★☆ "Lovely build, feels solid. The adjustment ring is a bit fiddly, I wish the clicks were labelled. Otherwise great."
★★☆☆☆ "Fine for filter but hopeless for espresso. Even on the finest setting my shots run in 15 seconds. The listing says 'espresso capable', that's a stretch."
★★★★★ "Took it camping, no batteries, no fuss. My partner now wants one."
★★★☆☆ "Good grinder but the catch cup pops off if you hold it wrong and I've spilled grounds twice. Also static, grounds cling to everything."
★☆☆☆☆ "Handle snapped at the joint after 6 weeks. Customer service sent a new handle quickly, credit to them, but for 89 pounds it shouldn't happen."
★★★★☆ "Great for pour-over, slow for French press because you need so much coffee. My arm gets tired."
★★★★★ "Quiet, which matters because I'm up at 5 and everyone else isn't."
★★☆☆☆ "The adjustment drifts. I set it, grind, and the next day it's moved one or two clicks. Annoying when you're dialling in."
★★★★☆ "Static is real, a few drops of water on the beans fixes it. Otherwise lovely."

digest this into what people love and what they complain about, max 6 bullets"""),
(1, "creative_writing", "en", "after", "reviews", "np2-p007", """★★★★★ "Grind consistency is excellent for pour-over."
★★☆☆☆ "Fine for filter but hopeless for espresso. The listing says 'espresso capable', that's a stretch."
★★★☆☆ "The catch cup pops off if you hold it wrong. Also static, grounds cling to everything."
★☆☆☆☆ "Handle snapped at the joint after 6 weeks."
★★☆☆☆ "The adjustment drifts one or two clicks overnight."
★★★★★ "Quiet, which matters because I'm up at 5."

These are reviews of our Burrline C2 grinder. We've fixed the handle joint and the catch cup in the new batch and we're dropping the 'espresso capable' claim. Rewrite our product page description (about 120 words) so it's honest: sell it as a pour-over and travel grinder, mention the fixes, and give the static tip."""),
(0, "classification", "en", "before", "log", None, """what language is this error message in: 'Fehler: Datei wurde nicht gefunden' """),
(1, "open_qa", "en", "none", "none", None, """segfault, explain like I've only ever written python"""),
(1, "creative_writing", "en", "none", "none", None, """limerick about a YAML file that broke prod because of two spaces"""),
(1, "general_qa", "en", "none", "none", None, """team of 4, should secrets live in env vars, a .env file or a proper vault? we're on a single VPS"""),
(0, "classification", "en", "after", "form", None, """Annual leave request
Employee: [redacted]
Dates: 23 Dec – 27 Dec (3 working days)
Submitted: 19 Dec
Cover arranged: yes (Imogen)
Remaining allowance: 6 days

Policy: requests need at least 14 days' notice unless cover is arranged, and must not exceed remaining allowance. Compliant or not compliant?"""),
(0, "summarization", "en", "after", "chat", "np2-p008", """Bug tracker – ISSUE-2231 "Invoices PDF shows wrong currency symbol for CHF customers"
Status: In Progress   Priority: High   Assignee: Felix W.

[Mon 09:14] Support (Amira): Three Swiss customers reported that their invoice PDFs show € instead of CHF. Amounts are correct, only the symbol is wrong. Screenshots attached.
[Mon 11:02] Felix W.: Reproduced. The PDF template falls back to the account's default locale instead of the invoice currency. Fix is small, but it touches the shared template used by the quotes PDF too.
[Mon 11:30] Product (Sanne): Please don't change the quotes PDF this week, sales are sending a lot of quotes before year end.
[Mon 14:45] Felix W.: Then I need to fork the template or add a flag. Forking is faster but we'd have two templates to maintain. Waiting for a decision.
[Tue 10:20] Support (Amira): Two more customers today. One is asking whether the invoice is legally valid with the wrong symbol.
[Tue 10:41] Finance (Gregor): The amounts and the currency code in the line items are correct, so legally it's fine, but we should reissue corrected PDFs once fixed.
[Wed 09:05] Felix W.: Still waiting on Sanne re: fork vs flag. I can do either in half a day.
[Wed 16:30] Sanne: Sorry, swamped. Ask Lars?
[Thu 08:50] Felix W.: @Lars can you decide?

Summarize where this ticket stands and what it's waiting on, in 3-4 lines"""),
(1, "general_qa", "en", "after", "chat", "np2-p008", """ISSUE-2231 "Invoices PDF shows wrong currency symbol for CHF customers"
[Mon] Felix W.: Fix is small, but it touches the shared template used by the quotes PDF too.
[Mon] Product (Sanne): Please don't change the quotes PDF this week, sales are sending a lot of quotes before year end.
[Mon] Felix W.: Then I need to fork the template or add a flag. Waiting for a decision.
[Wed] Felix W.: Still waiting on Sanne re: fork vs flag.
[Wed] Sanne: Sorry, swamped. Ask Lars?
[Thu] Felix W.: @Lars can you decide?

I'm Lars, eng manager. fork or flag? and how do I stop tickets from sitting 3 days waiting for a product decision like this"""),
(0, "classification", "en", "before", "list", "np2-p009", """Tag each survey answer with a theme: pay, workload, management, tools, or other. Format: number - theme.

Q: "What is the one thing that would most improve your working life here?"
1. Honestly a laptop that doesn't take 10 minutes to boot
2. Fewer projects at the same time. I'm on five.
3. My manager cancels our 1:1s about half the time
4. salary hasn't kept up with inflation for 3 years
5. A proper ticketing system instead of requests by email
6. more clarity on how promotions are decided
7. the office is freezing in winter
8. being allowed to say no to 'quick favours' from other teams"""),
(1, "creative_writing", "en", "after", "list", "np2-p009", """Survey: "What is the one thing that would most improve your working life here?"
- Honestly a laptop that doesn't take 10 minutes to boot
- Fewer projects at the same time. I'm on five.
- My manager cancels our 1:1s about half the time
- salary hasn't kept up with inflation for 3 years
- more clarity on how promotions are decided

I'm the COO. Write what I'll say at Thursday's all-hands (about 200 words) responding to these. Be straight, no corporate waffle. What we're actually doing: laptop refresh for anyone on a 2020 or older machine by March, pay review brought forward to April, promotion criteria published by end of Q1. We're not doing anything about project load yet and I want to admit that."""),
(0, "summarization", "en", "after", "list", "np2-p010", """Mon 09:00-09:30 team standup
Mon 10:00-11:30 roadmap review (with VP)
Mon 14:00-15:00 interview – backend candidate
Tue 09:00-09:30 standup
Tue 11:00-12:00 vendor call (Acme Analytics)
Tue 13:00-17:00 offsite planning workshop
Wed 09:00-09:30 standup
Wed 12:30-13:30 lunch & learn (I'm presenting)
Wed 15:00-16:00 1:1 with Sara
Thu 09:00-09:30 standup
Thu 10:00-12:00 quarterly business review
Thu 16:00-17:00 1:1 with Omar
Fri 09:00-09:30 standup
Fri 14:00-15:00 interview debrief

summarize my week in two lines for my partner so they know when I'm slammed"""),
(1, "general_qa", "en", "after", "list", "np2-p010", """Mon 09:00-09:30 standup, 10:00-11:30 roadmap review, 14:00-15:00 interview
Tue 09:00-09:30 standup, 11:00-12:00 vendor call, 13:00-17:00 offsite planning workshop
Wed 09:00-09:30 standup, 12:30-13:30 lunch & learn (presenting), 15:00-16:00 1:1
Thu 09:00-09:30 standup, 10:00-12:00 quarterly business review, 16:00-17:00 1:1
Fri 09:00-09:30 standup, 14:00-15:00 interview debrief

I need two 3-hour blocks this week to write the strategy doc that's due Friday 5pm. where do they go, and what would you move or decline?"""),
(0, "classification", "en", "before", "list", None, """bug or question? "how do I change my avatar?" """),
(0, "summarization", "en", "after", "list", "np2-p011", """## [3.2.0] - 2024-11-28
### Added
- `--dry-run` flag for `sync` that prints planned changes without applying them
- Support for reading config from `pyproject.toml` under `[tool.syncer]`
### Changed
- Default concurrency raised from 4 to 8
- Minimum supported Python is now 3.9
### Deprecated
- `--legacy-paths` will be removed in 4.0
### Removed
- Support for TLS 1.0 and 1.1 when talking to remote endpoints
### Fixed
- Crash when a remote file name contains a newline
- Progress bar no longer flickers on Windows terminals

tl;dr of this changelog entry in 2 sentences: what's new and what might break for us"""),
(1, "open_qa", "en", "after", "list", "np2-p011", """### Removed
- Support for TLS 1.0 and 1.1 when talking to remote endpoints

we sync files to a couple of really old NAS boxes at customer sites (like 2013 era). if we upgrade to this version, what is likely to break, and why did everyone drop TLS 1.0/1.1 anyway? what was wrong with them"""),
(0, "classification", "en", "after", "code", None, """- if user.age > 18:
+ if user.age >= 18:

bug fix, refactor, or feature?"""),
(1, "creative_writing", "en", "none", "none", None, """write a tiny fable about a server that refused to reboot, with a moral at the end"""),
(0, "summarization", "en", "after", "email", None, """From: Lena Hartmann <lena.h@northfield-school.example>
To: Year 5 Parents
Subject: Re: Re: Museum trip – updated arrangements

Dear parents,

Thank you for your patience. Following your replies, here are the final arrangements:
- The coach now leaves at 8:45, not 9:15, because the museum moved our slot. Please have children at school by 8:30.
- Packed lunch as before, no glass bottles. Children with free school meals will get a packed lunch from the kitchen.
- We now have enough parent volunteers (thank you!), so no more are needed.
- Return is still around 3:15. If we're delayed I'll text via the school app.
- The £6 contribution is voluntary; please pay via the app by Friday if you can.

Best wishes,
Ms Hartmann

> On 28 Nov, a parent wrote:
> Will the coach still leave at 9:15? And do you need more volunteers?

Give me the short version for our parents' WhatsApp group"""),
(1, "general_qa", "en", "none", "none", None, """my kid (9) gets really bad travel sickness on coaches and has a school trip next week. what actually helps?"""),
(0, "classification", "en", "before", "reviews", None, """For each Google review of our dental practice, which part of the visit is it about: reception, the dentist, waiting time, or billing? Just the letter and the category.

A. "Waited 50 minutes past my appointment with no explanation."
B. "Dr. Osei was so gentle, I actually didn't mind the filling."
C. "Charged me for a hygienist visit I never had. Still sorting it out."
D. "The woman on the front desk remembered my name and my kids' names. Lovely."
E. "In and out in 20 minutes, which never happens at dentists."
F. "Invoice was clear, no surprises." """),
(1, "open_qa", "en", "after", "code", None, """SELECT customer_id, SUM(amount) AS total
FROM payments
WHERE status = 'paid'
GROUP BY customer_id
HAVING total > 1000;

works in mysql but postgres says column "total" does not exist. why the difference? is mysql just being lenient"""),
(0, "summarization", "en", "after", "table", None, """| service        | p95 latency (ms) last wk | p95 this wk | error rate last wk | error rate this wk |
|----------------|------|------|-------|-------|
| auth           | 120  | 118  | 0.1%  | 0.1%  |
| search         | 340  | 910  | 0.4%  | 2.7%  |
| checkout       | 410  | 430  | 0.2%  | 0.3%  |
| recommendations| 220  | 215  | 1.1%  | 0.9%  |
| notifications  | 95   | 97   | 0.0%  | 0.0%  |

sum this up for the weekly ops email. two sentences max"""),
(1, "creative_writing", "en", "none", "none", None, """write a haiku for each day of a terrible on-call week, monday to sunday"""),
(0, "classification", "en", "before", "log", None, """Label each line as auth, storage, or network problem:
1) "S3: AccessDenied when calling PutObject"
2) "dial tcp 10.2.0.14:6379: i/o timeout"
3) "x509: certificate signed by unknown authority"
4) "no space left on device"
5) "401 Unauthorized: token expired"
6) "connection reset by peer"
"""),
(1, "open_qa", "en", "after", "log", None, """x509: certificate signed by unknown authority

getting this from a Go service inside an alpine container calling our internal API. curl from my laptop works fine. what's going on?"""),
(0, "summarization", "en", "after", "chat", "np2-p012", """SMS with the plumber

Mon 08:12 Me: Hi, it's 14 Elm Rd, the boiler is showing F28 again
Mon 09:40 Plumber (Gareth): Morning, I can come Weds between 12-2
Mon 09:41 Me: great thanks
Wed 11:55 Gareth: running 30 min late sorry
Wed 14:30 Gareth: ok so it's the gas valve, I've ordered the part, should be here Fri
Wed 14:31 Gareth: in the meantime I've reset it, might hold, might not. if it drops out press reset and hold 5 secs
Fri 16:02 Gareth: part hasn't come, supplier says Tuesday now, sorry
Fri 16:05 Me: ok. it cut out twice today but reset worked
Fri 16:06 Gareth: ok good, I'll be with you Tues pm, cost is 185 all in as quoted

recap this for my housemates in a few lines"""),
(1, "general_qa", "en", "after", "chat", "np2-p012", """Wed 14:30 Plumber: ok so it's the gas valve, I've ordered the part, should be here Fri
Wed 14:31 Plumber: in the meantime I've reset it, might hold, might not. if it drops out press reset and hold 5 secs
Fri 16:02 Plumber: part hasn't come, supplier says Tuesday now
Fri 16:05 Me: ok. it cut out twice today but reset worked

it's -3 outside this weekend and I have a 6 month old. is it ok to keep resetting it or should I be doing something else? we have one oil heater"""),
(0, "classification", "en", "before", "code", None, """Is this a breaking change for clients of the API? yes/no

- "price": 12.5,
+ "price": {"amount": 12.5, "currency": "EUR"},"""),
(1, "general_qa", "en", "after", "code", None, """- "price": 12.5,
+ "price": {"amount": 12.5, "currency": "EUR"},

we need multi-currency. about 40 external clients use this endpoint. how do we roll this out without breaking them? versioning? new field? give me options"""),
(0, "classification", "en", "before", "list", None, """which of these are Kafka terms and which are RabbitMQ terms: partition, exchange, consumer group, binding key, offset, vhost"""),
(1, "open_qa", "en", "none", "none", None, """kafka vs rabbitmq, when does the difference actually matter for a normal web company"""),
(0, "summarization", "en", "after", "log", None, """Run ./gradlew build
> Task :app:compileKotlin
w: /home/runner/work/app/src/main/kotlin/ui/Home.kt: (44, 13): Variable 'unused' is never used
> Task :app:test
HomeViewModelTest > loads items on start() PASSED
HomeViewModelTest > shows error on network failure() PASSED
CheckoutTest > applies discount code() FAILED
    java.lang.AssertionError: expected:<90.0> but was:<100.0>
        at CheckoutTest.applies discount code(CheckoutTest.kt:37)
CheckoutTest > rejects expired code() PASSED
34 tests completed, 1 failed
> Task :app:test FAILED
FAILURE: Build failed with an exception.
BUILD FAILED in 2m 14s
Error: Process completed with exit code 1.

one line for the PR comment: what failed"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, dramatic movie-trailer voiceover for a failing CI pipeline. 'In a world where the build is always red...' that kind of thing."""),
(0, "classification", "en", "before", "email", None, """For each subject line, is it urgent (needs action today) or not urgent?
1. "Server certificate expires in 2 days"
2. "Newsletter: 10 tips for better standups"
3. "Payroll file rejected by bank – please resubmit by 3pm"
4. "Reminder: photos from the summer party"
5. "Your AWS bill is ready"
6. "Customer data export request (GDPR, 30-day deadline) – received 28 days ago"
"""),
(1, "open_qa", "en", "none", "none", None, """what happens legally if a UK company misses the one month deadline on a subject access request"""),
(0, "summarization", "en", "after", "transcript", None, """Retro – Sprint 58 (notes typed live, speakers by initial)

F: Went well: the new review rotation. PRs waited way less.
K: Agreed, median wait went from two days to under one.
F: Didn't go well: the demo environment was down Tuesday and Wednesday.
R: That was the certificate thing. Nobody owns the demo env.
K: Also scope crept on the reporting ticket. It was 5 points and ended up 13.
R: Because the design changed mid-sprint.
F: Actions?
R: I'll put the demo env certs on the same auto-renew as prod.
K: And let's agree designs are frozen when a ticket enters the sprint. Changes go in a follow-up ticket.
F: I'll raise that with design on Monday.

3 bullet summary: went well, didn't, actions"""),
(1, "general_qa", "en", "none", "none", None, """our retros always produce the same 3 action items and nothing changes. how do we make them worth the hour?"""),
(0, "classification", "en", "before", "chat", None, """Classify the mood of this Teams message: stressed, neutral, or upbeat.

"Hi all, just a heads-up that I'm going to be offline for a couple of hours this afternoon, dentist. Back by 4." """),
(1, "creative_writing", "en", "after", "chat", None, """[16:02] Ops-bot: 🔴 checkout-api error rate 12% (threshold 2%)
[16:03] Ops-bot: 🔴 checkout-api error rate 31%
[16:04] Nadia: looking
[16:09] Nadia: rolled back 4.18.2
[16:11] Ops-bot: 🟢 checkout-api error rate 0.4%
[16:12] Nadia: we're good. going to get a very large coffee

write a short mock-epic ballad (3 stanzas) about Nadia saving checkout in 9 minutes, for our team's #wins channel"""),
(0, "summarization", "en", "after", "form", None, """Customer complaint form – submitted online
Order no: W-55310
Product: Kids' bunk bed, pine, model "Arlo"
Problem: Two bolts missing from the pack (part H, 4 needed, 2 supplied). Also the ladder instructions show a different ladder to the one in the box.
What have you tried: Called the helpline Tuesday, was told parts would be posted in 3-5 days. It's now been 9 days.
What would you like us to do: Send the bolts by courier, and a correct instruction sheet or a link to one.
Happy to be contacted by: email

condense this into a one-line ticket title and a two-line description for the warehouse team"""),
(1, "open_qa", "en", "none", "none", None, """why do flat pack furniture makers use cam locks instead of just bolts"""),
(0, "classification", "en", "after", "table", None, """order_id | weight_kg | destination | service
1001 | 0.4 | UK | standard
1002 | 12.0 | UK | standard
1003 | 2.1 | DE | express
1004 | 31.5 | UK | standard
1005 | 0.9 | US | standard

Rule: over 30 kg = freight, 2-30 kg = parcel, under 2 kg = small packet. Classify each order."""),
(1, "general_qa", "en", "none", "none", None, """small online shop shipping from UK to EU after brexit, how do I stop customers getting hit with surprise customs fees"""),
(0, "classification", "en", "before", "log", None, """is this line worth alerting on? yes/no

INFO  [HikariPool-1] Pool stats (total=10, active=2, idle=8, waiting=0)"""),
(0, "summarization", "en", "after", "chat", None, """Family group "Hendersons 🏡"

Dad: the Christmas rota. I've done the turkey order, collecting 23rd
Sis: I'll do starters and the trifle
Mum: Gran is coming 24th to 27th, she'll need the downstairs room
Bro: I can pick her up on the 24th, what time
Mum: after lunch, 2ish
Sis: who's doing the veg
Dad: me as usual
Bro: I'll bring drinks and the board games
Mum: and everyone's here by 11 on the day please, not 1 like last year 🙄
Bro: that was ONE time

quick summary of who's doing what so I can stick it on the fridge"""),
(1, "creative_writing", "en", "after", "chat", None, """Mum: and everyone's here by 11 on the day please, not 1 like last year 🙄
Bro: that was ONE time
Sis: it was twice
Dad: three if you count easter

write a funny little christmas poem about my brother always being late, I'm going to read it at lunch. 4 short verses, affectionate not mean"""),
(0, "classification", "en", "before", "code", None, """Which files in this diff are tests and which are production code?

 src/billing/invoice.py        | 24 ++++++----
 src/billing/tax_rules.py      | 61 +++++++++++++++++++++++++
 tests/billing/test_invoice.py | 38 +++++++++++++++
 tests/conftest.py             |  4 +-
 docs/billing.md               | 12 +++++
 src/api/routes.py             |  3 +-"""),
(1, "open_qa", "en", "none", "none", None, """what's a conftest.py in pytest and why does every project seem to have one in a different place"""),
(0, "summarization", "en", "before", "code", None, """Summarize this Kubernetes manifest for a new teammate: what it runs, how many copies, how it's exposed, resource limits.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: image-resizer
  namespace: media
spec:
  replicas: 3
  selector:
    matchLabels: {app: image-resizer}
  template:
    metadata:
      labels: {app: image-resizer}
    spec:
      containers:
      - name: resizer
        image: registry.example.com/media/image-resizer:1.9.3
        ports: [{containerPort: 8080}]
        resources:
          requests: {cpu: 250m, memory: 256Mi}
          limits: {cpu: "1", memory: 512Mi}
        readinessProbe:
          httpGet: {path: /healthz, port: 8080}
---
apiVersion: v1
kind: Service
metadata:
  name: image-resizer
  namespace: media
spec:
  type: ClusterIP
  selector: {app: image-resizer}
  ports: [{port: 80, targetPort: 8080}]"""),
(1, "open_qa", "en", "after", "code", None, """        resources:
          requests: {cpu: 250m, memory: 256Mi}
          limits: {cpu: "1", memory: 512Mi}

someone on our team says we should remove CPU limits entirely but keep memory limits. that sounds backwards to me. what's the argument?"""),
(0, "classification", "en", "before", "reviews", None, """rate each 1-5 going only by the words: "decent", "never again", "exceeded expectations", "it broke but they replaced it fast" """),
(1, "creative_writing", "en", "before", "reviews", None, """Make a 30-second podcast ad read out of these listener reviews of our sleep app. Warm, a bit funny, end with 'first week free'.

"I've fallen asleep before the story ends every night for a month."
"The rain sounds are better than actual rain."
"My husband snores less?? no idea how but ok"
"Wish there were more stories for kids."
"""),
(0, "summarization", "en", "after", "email", "np2-p013", """From: Accounts Payable <ap@greywater-supplies.example>
To: finance@ourco.example
Subject: RE: Overdue invoice INV-31478
Date: 2 Dec 2024

Hello,

Following up on the below. INV-31478 (£4,812.00, due 31 Oct) is now 32 days overdue. Per our terms a late fee of 2% per month applies from 30 days. We've also put new orders on hold until the account is settled.

If there is a dispute with the invoice please let us know the specifics so we can resolve it.

Regards,
Carole, Accounts Payable

> From: finance@ourco.example
> Sent: 4 Nov 2024
> We're checking this with our warehouse, we believe only 18 of the 24 pallets were delivered. Will revert.

> From: ap@greywater-supplies.example
> Sent: 1 Nov 2024
> Friendly reminder that INV-31478 is now due.

tl;dr please, I've just been cc'd and need to know where this is"""),
(1, "creative_writing", "en", "after", "email", "np2-p013", """From: Accounts Payable <ap@greywater-supplies.example>
Subject: RE: Overdue invoice INV-31478

INV-31478 (£4,812.00, due 31 Oct) is now 32 days overdue. Per our terms a late fee of 2% per month applies from 30 days. We've also put new orders on hold until the account is settled.
If there is a dispute with the invoice please let us know the specifics.

> From: us, 4 Nov: We're checking this with our warehouse, we believe only 18 of the 24 pallets were delivered. Will revert.

we never reverted, my bad. warehouse has now confirmed 18 pallets, signed delivery note attached. write the reply: apologise for the silence, dispute the 6 missing pallets, offer to pay for 18 now (pro rata), ask them to waive the late fee and release the hold"""),
(0, "classification", "en", "after", "json", None, """{"ticket": 55102, "subject": "app logs me out every 5 min", "body": "since the update yesterday I get kicked out constantly, iphone 13"}

route to: billing, bug, account, or how-to"""),
(1, "open_qa", "en", "none", "none", None, """why would an app log users out every few minutes after an update, like what are the usual causes on the token side"""),
(0, "summarization", "en", "after", "table", None, """month,visitors,signups,paid_conversions,revenue_eur
Jul,18200,910,64,5120
Aug,16900,880,61,4880
Sep,21400,1290,97,7760
Oct,24100,1530,121,9680
Nov,23800,1610,118,9440

what's the story of this data in 3 bullets"""),
(1, "general_qa", "en", "after", "table", None, """month,visitors,signups,paid_conversions
Sep,21400,1290,97
Oct,24100,1530,121
Nov,23800,1610,118

signups keep going up but paid conversions flattened in nov. we're a B2B design tool, 14-day trial. what should I look at first to figure out why, and what experiments would you run?"""),
(1, "creative_writing", "en", "none", "none", None, """a motivational speech for a spreadsheet that has too many tabs"""),
(0, "classification", "en", "before", "list", None, """Sort into PII / not PII: email address, order total, IP address, country, date of birth, favourite colour, phone number"""),
(1, "open_qa", "en", "none", "none", None, """is an IP address personal data under GDPR? I've heard both answers"""),
(0, "summarization", "en", "after", "chat", None, """WhatsApp – "Running club 🏃"

Tue 18:30 Coach Bea: Thursday session moved to the track because the park path is flooded
Tue 18:31 Bea: 6x800m, 90s jog recovery
Tue 18:40 Marek: what time
Tue 18:41 Bea: same, 7pm. track is £3 entry, bring coins or card
Tue 19:05 Hol: can I bring a friend who's new
Tue 19:06 Bea: yes! tell her to start with 4 reps
Wed 08:12 Bea: reminder: club kit order closes Sunday
Wed 08:20 Marek: 👍

summary in 2 lines please, I muted the group"""),
(1, "general_qa", "en", "none", "none", None, """first ever track session tomorrow, 6x800m. how fast should I go on the first rep if my 5k is about 26 min"""),
(0, "classification", "en", "after", "code", None, """password = "hunter2"
db = connect(host="10.0.0.5", user="admin", password=password)

code smell or fine for production?"""),
(1, "creative_writing", "en", "none", "none", None, """write a noir detective monologue about hunting down a hardcoded password in a legacy codebase. about 150 words"""),
(0, "summarization", "en", "after", "log", None, """[2024-12-01 23:59:58] payroll-export: starting run for period 2024-11
[2024-12-01 23:59:59] payroll-export: 412 employees loaded
[2024-12-02 00:00:04] payroll-export: validating bank details
[2024-12-02 00:00:05] payroll-export: WARN 3 employees missing sort code (ids 1190, 1204, 1377), skipped
[2024-12-02 00:00:12] payroll-export: file payroll_2024-11.csv written (409 rows)
[2024-12-02 00:00:13] payroll-export: upload to bank SFTP... ok
[2024-12-02 00:00:13] payroll-export: done in 15s

what happened in this run? 1-2 sentences for HR"""),
(1, "general_qa", "en", "none", "none", None, """3 people got skipped in the payroll file because their sort codes are missing and payday is friday. what are my options to still pay them on time? UK"""),
(0, "classification", "en", "before", "list", None, """odd one out: GitHub Actions, CircleCI, Jenkins, Grafana, GitLab CI"""),
(1, "open_qa", "en", "none", "none", None, """what is grafana actually, a database? a dashboard? I keep seeing it next to prometheus"""),
(0, "summarization", "en", "after", "email", "np2-p014", """From: Oskar Lind <oskar.lind@fernway-logistics.example>
To: Maria Duarte <maria@ourshop.example>
Cc: Support <support@fernway-logistics.example>
Subject: RE: RE: RE: Lost pallet – claim FL-88412
Date: Mon, 2 Dec 2024 15:20

Hi Maria,

I've now had the full report back from our Rotterdam hub. The pallet was scanned in on 14 November and scanned onto trailer 7731 on 15 November, but it was never scanned off at the Leeds depot. The trailer seal was intact on arrival, so our working assumption is that the pallet was loaded onto the wrong trailer in Rotterdam and is sitting in another depot. We have raised a network-wide trace, which normally takes 5 to 7 working days.

On compensation: under our standard terms (CMR), liability is limited by weight, which for this pallet (212 kg) comes to roughly 2,100 euros. I understand the goods are worth more than that. If you took out our declared value cover when booking, the limit would be the declared value instead. I can't see that on the booking, but please check your confirmation email.

I'll update you on Friday whether or not the trace has found anything.

Best regards,
Oskar Lind
Claims Team, Fernway Logistics

-----Original Message-----
From: Maria Duarte
Sent: Thu, 28 Nov 2024 09:02
Subject: RE: RE: Lost pallet – claim FL-88412

Oskar,

It has now been two weeks. The pallet contains 60 units of our Alto standing desk (retail value about 24,000 euros, cost to us 11,400 euros). We have 41 customer orders waiting on these. I need to know (a) whether it's lost or delayed, and (b) what compensation we can expect if it's lost, because I need to decide whether to reorder from the factory now (8-week lead time).

Maria

-----Original Message-----
From: Oskar Lind
Sent: Tue, 19 Nov 2024 16:45
Subject: RE: Lost pallet – claim FL-88412

Hi Maria, thanks, claim opened. We'll investigate with the hub and come back to you.

-----Original Message-----
From: Maria Duarte
Sent: Mon, 18 Nov 2024 11:10
Subject: Lost pallet – claim FL-88412

Hello, our pallet (booking FL-88412, Rotterdam to Leeds) was due on 16 November and has not arrived. Tracking shows 'in transit' since the 15th. Please investigate.

Maria Duarte, Operations, Ourshop

---

I'm covering for Maria while she's off. Summarize this whole chain for me: what happened to the pallet, what Fernway is saying about compensation, and what's still open. Bullets are fine."""),
(1, "general_qa", "en", "after", "email", "np2-p014", """Summary of where we are with the lost pallet:
- 60 standing desks (cost to us 11,400 euros, retail about 24,000) went missing between Rotterdam and Leeds on 15 November.
- Carrier thinks it was loaded onto the wrong trailer. Network-wide trace started, 5-7 working days.
- If it's lost, CMR liability by weight is about 2,100 euros. We apparently didn't buy declared value cover.
- 41 customer orders are waiting. Factory lead time for a reorder is 8 weeks.

I'm covering operations this week. Do I reorder from the factory now or wait for the trace? What do I tell the 41 customers, and is there any way to get more than the 2,100 euros out of the carrier?"""),
(0, "summarization", "en", "after", "log", None, """Incident timeline export – INC-4471 – "EU region API latency" (times UTC)

13:58:12 alert      api-eu p99 latency > 2s for 5m (PagerDuty → on-call: Ruth)
14:00:40 Ruth       ack
14:03:05 Ruth       dashboards show latency on all endpoints, not one service. DB CPU 35%, normal.
14:06:30 Ruth       load balancer shows 3 of 8 api-eu nodes with high response time; others normal
14:08:11 Ruth       the 3 slow nodes were all launched today 13:40-13:45 by the autoscaler
14:10:02 Ruth       paging Ibrahim (platform) to look at the new nodes
14:14:48 Ibrahim    new nodes are on the new AMI (ami-0c7f...) rolled out this morning to the launch template
14:17:20 Ibrahim    new AMI has the kernel update, and the node exporter shows steal time 40% on those instances
14:19:55 Ibrahim    they're on a different instance family too, launch template changed from m6i to m7a as part of the same change
14:22:10 Ruth       decision: drain the 3 new nodes, pin launch template back to yesterday's version
14:25:41 Ibrahim    launch template reverted to v41
14:27:03 Ruth       draining api-eu-6, -7, -8
14:31:30 alert      api-eu p99 latency recovered (< 800ms)
14:33:00 Ruth       autoscaler launched 3 replacement nodes on v41, healthy
14:40:00 Ruth       monitoring for 30 min before resolving
15:10:12 Ruth       resolved. customer impact: ~30 min of slow responses in EU, error rate stayed under 0.5%
15:12:45 Ibrahim    follow-ups: (1) why m7a change was bundled with AMI change, (2) canary for launch template changes, (3) alert on steal time
15:20:00 Ruth       postmortem owner: Ibrahim, due Fri

Write the summary paragraph for the top of the postmortem: what happened, impact, cause, how it was fixed. Neutral tone, no blame."""),
(0, "classification", "en", "before", "list", None, """Free-text answers from our post-event survey. For each, label whether it's about the venue, the speakers, the food, or the organisation (schedule, comms, registration). If it touches more than one, pick the main one.

1. "The main hall was too cold and the seats were hard, I had back ache by lunch."
2. "Keynote was brilliant, the afternoon panel wandered off topic a lot."
3. "Lunch queue took 40 minutes. The vegan option ran out at 12:45."
4. "We didn't get the room change email until we were already standing outside the wrong room."
5. "Loved the workshop with the two designers, really practical."
6. "Registration on the day was quick, badges were ready."
7. "Wifi kept dropping in the breakout rooms."
8. "More coffee please. And not just at 10 and 3."
9. "The schedule on the app and the printed one didn't match."
10. "Speaker on accessibility was the best talk I've seen this year."
11. "Too many sessions running at once, I kept missing things I wanted to see."
12. "Parking was a nightmare, wish you'd warned us."
"""),
(1, "creative_writing", "en", "after", "list", None, """Survey answers from our event:
- "Lunch queue took 40 minutes. The vegan option ran out at 12:45."
- "We didn't get the room change email until we were already standing outside the wrong room."
- "The schedule on the app and the printed one didn't match."
- "Keynote was brilliant."
- "Wifi kept dropping in the breakout rooms."
- "Parking was a nightmare, wish you'd warned us."

Write the follow-up email to all attendees (about 180 words). Thank them, own the problems honestly (lunch, room change comms, schedule mismatch, wifi, parking), say what we'll change next year (two lunch stations, one source of truth for the schedule, parking info in the joining email), and link to the keynote recording at the end. Warm, not grovelling."""),
(0, "summarization", "en", "after", "table", "np2-p015", """ sku      | product                 | units_q3 | units_q4 | returns_q4 | stock_left | margin_pct
----------+-------------------------+----------+----------+------------+------------+-----------
 BT-101   | Bamboo toothbrush 4pk   |     3120 |     4410 |         12 |       2200 |         62
 SB-220   | Solid shampoo bar       |     1890 |     1760 |         41 |       3100 |         58
 RW-310   | Reusable food wraps 3pk |      940 |     2380 |         19 |        150 |         47
 SS-415   | Steel straw set         |     2210 |     1405 |          8 |       5400 |         71
 CB-510   | Compost bin 7L          |      410 |      395 |         36 |        620 |         22
 DE-600   | Deodorant paste         |      720 |     1150 |         88 |        900 |         54
(6 rows)

summarize Q4 vs Q3 for our weekly call: what grew, what shrank, anything worrying. 4 bullets"""),
(1, "general_qa", "en", "after", "table", "np2-p015", """ sku      | product                 | units_q4 | returns_q4 | stock_left | margin_pct
----------+-------------------------+----------+------------+------------+-----------
 RW-310   | Reusable food wraps 3pk |     2380 |         19 |        150 |         47
 SS-415   | Steel straw set         |     1405 |          8 |       5400 |         71
 CB-510   | Compost bin 7L          |      395 |         36 |        620 |         22
 DE-600   | Deodorant paste         |     1150 |         88 |        900 |         54

we're a 3-person eco shop. food wraps are about to sell out and the supplier needs 6 weeks, we have way too many straws, the compost bin barely makes money, and the deodorant has a lot of returns (people say it irritates their skin). what would you do with each of these in january?"""),
(0, "summarization", "en", "after", "chat", None, """Group chat "12 Mill St 🏠" (me, Aisha, Tom, Callum) – last 2 weeks

[25/11 19:02] Aisha: the energy bill came, £412 for the quarter 😳
[25/11 19:03] Tom: how is it that much
[25/11 19:05] Aisha: october was cold and someone had the heating on 24/7 while I was away
[25/11 19:06] Callum: that was me, sorry, my room is an icebox
[25/11 19:08] Tom: can we just split it 4 ways this time and sort out a rule for next quarter
[25/11 19:10] Aisha: fine by me
[25/11 19:15] Me: ok, £103 each. I'll pay Aisha since it's on her card
[25/11 19:20] Callum: I'll put in an extra £20 since it was my fault
[25/11 19:21] Aisha: you don't have to but thanks ❤️
[26/11 08:40] Tom: also the broadband contract ends 15 December. Virgin want £58 a month to renew, up from £38
[26/11 08:45] Callum: NO
[26/11 08:47] Me: I had a look, Community Fibre is £25 for 500Mb, 12 months, no price rise
[26/11 08:50] Tom: do they cover our street
[26/11 08:52] Me: yes, checked
[26/11 09:10] Aisha: let's do it. whose name?
[26/11 09:12] Me: I'll do it, I'm the one working from home anyway
[28/11 21:30] Tom: landlord replied about the mould in the bathroom. says he'll send someone on the 9th, between 8 and 12
[28/11 21:31] Aisha: I'm in that morning, I can let them in
[28/11 21:33] Tom: legend
[01/12 14:00] Callum: heating rule proposal: thermostat 19 during the day, 16 at night, and I'll buy an electric blanket for my room instead of blasting the whole house
[01/12 14:02] Aisha: yes 👏
[01/12 14:03] Me: and no heating when the house is empty
[01/12 14:05] Tom: agreed. smart thermostat? landlord might pay
[01/12 14:06] Tom: I'll ask him when the mould guy comes
[03/12 18:45] Aisha: reminder rent goes up to £2,480 total from january, so £620 each
[03/12 18:50] Callum: ugh. ok
[05/12 10:15] Me: Community Fibre booked, install 14 December 8-1, someone needs to be in
[05/12 10:17] Callum: I'm in that day
[05/12 10:18] Me: perfect. Virgin cancellation done too, last day 15 Dec
[06/12 20:00] Aisha: everyone paid me for energy except Tom 👀
[06/12 20:05] Tom: doing it now sorry!!
[06/12 20:06] Tom: done

Summarize this group chat into a short house update: money (who owes what, what changes), bills, and the dates when someone needs to be home."""),
(1, "open_qa", "en", "after", "log", None, """$ kubectl describe pod reports-worker-6d9f7c8b54-x2kqp -n analytics
Name:             reports-worker-6d9f7c8b54-x2kqp
Namespace:        analytics
Priority:         0
Service Account:  reports-worker
Node:             <none>
Labels:           app=reports-worker
                  pod-template-hash=6d9f7c8b54
Status:           Pending
IP:
Controlled By:    ReplicaSet/reports-worker-6d9f7c8b54
Containers:
  worker:
    Image:      registry.example.com/analytics/reports-worker:2.14.0
    Limits:
      cpu:     4
      memory:  16Gi
    Requests:
      cpu:     4
      memory:  16Gi
    Environment:
      QUEUE_URL:  <set to the key 'queue_url' in secret 'reports-worker'>
    Mounts:
      /scratch from scratch (rw)
Volumes:
  scratch:
    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:  reports-scratch
    ReadOnly:   false
Node-Selectors:              workload=batch
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                             dedicated=batch:NoSchedule
Events:
  Type     Reason             Age                  From                Message
  ----     ------             ----                 ----                -------
  Warning  FailedScheduling   12m                  default-scheduler   0/9 nodes are available: 1 node(s) had volume node affinity conflict, 2 Insufficient memory, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: 2 No preemption victims found for incoming pod, 7 Preemption is not helpful for scheduling.
  Normal   NotTriggerScaleUp  11m (x8 over 12m)    cluster-autoscaler  pod didn't trigger scale-up: 1 node(s) had volume node affinity conflict, 1 max node group size reached
  Warning  FailedScheduling   2m (x4 over 10m)     default-scheduler   0/9 nodes are available: 1 node(s) had volume node affinity conflict, 2 Insufficient memory, 6 node(s) didn't match Pod's node affinity/selector.

$ kubectl get nodes -l workload=batch -o wide
NAME              STATUS   ROLES    AGE   VERSION   INTERNAL-IP   ZONE
batch-a-1         Ready    <none>   41d   v1.29.4   10.8.1.11     eu-west-1a
batch-b-1         Ready    <none>   41d   v1.29.4   10.8.2.14     eu-west-1b
batch-c-1         Ready    <none>   3d    v1.29.4   10.8.3.9      eu-west-1c

$ kubectl get pv $(kubectl get pvc reports-scratch -n analytics -o jsonpath='{.spec.volumeName}') -o jsonpath='{.spec.nodeAffinity}'
{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"topology.kubernetes.io/zone","operator":"In","values":["eu-west-1c"]}]}]}}

This pod has been Pending for 12 minutes. I'm fairly new to Kubernetes. Can you walk me through what these scheduler messages mean, which one is the real blocker, and why the autoscaler won't add a node? Then what are my options to fix it properly, not just this once?"""),
(0, "classification", "en", "before", "json", None, """Assign each ticket a priority using our rules: P1 = service down or data loss for multiple customers, P2 = a core feature broken for one customer or a workaround is painful, P3 = minor bug or cosmetic, P4 = question or feature request. Output JSON: [{"id": ..., "priority": ...}].

[
  {"id": 9101, "customer": "Harbor Clinics", "text": "None of our 14 sites can load the booking calendar since 9am. Getting a spinner forever."},
  {"id": 9102, "customer": "Lumen Studio", "text": "The 'Export to PDF' button has a typo, it says 'Exoprt'."},
  {"id": 9103, "customer": "Pine & Co", "text": "Our recurring invoices didn't go out this morning. We can send them by hand, but it's 200 invoices."},
  {"id": 9104, "customer": "Nordvik AS", "text": "Is there a way to set the week to start on Monday?"},
  {"id": 9105, "customer": "several (via status page)", "text": "Multiple customers report that edits made yesterday between 14:00 and 15:00 have disappeared."},
  {"id": 9106, "customer": "Greenleaf Schools", "text": "Dark mode makes the table borders invisible."},
  {"id": 9107, "customer": "Atlas Movers", "text": "Two of our users can't log in with SSO, the rest can. Password login works for them as a workaround."},
  {"id": 9108, "customer": "Brightside Vets", "text": "Would love an integration with Xero."},
  {"id": 9109, "customer": "Coastline Hotels", "text": "Payments page returns error 500 for all our properties, guests can't pay deposits."},
  {"id": 9110, "customer": "Kite Design", "text": "The CSV import silently skips rows with accented characters in names. We only noticed because 30 clients were missing."},
  {"id": 9111, "customer": "Oakridge Dental", "text": "Email notifications are arriving about an hour late."},
  {"id": 9112, "customer": "Meridian Law", "text": "How do I add a new user with read-only access?"},
  {"id": 9113, "customer": "Fjord Analytics", "text": "Dashboard charts render slightly blurry on 4K monitors."},
  {"id": 9114, "customer": "Urban Gym Group", "text": "Our members' mobile app shows another gym's class timetable. Please urgent, we've had complaints."}
]"""),
(1, "creative_writing", "en", "after", "list", None, """Patch notes – "Harbourlight" v1.6 "The Drowned Lantern Update"

NEW
- New region: the Sunken Quarter. Explore a flooded district of the old city with its own tide cycle: some streets are only walkable at low tide.
- New companion: Wren, a retired lighthouse keeper with a grudge and a rowing boat. Has 14 new dialogue scenes and a personal quest.
- Fishing! Rod, 22 fish species, a fish journal and a very judgmental heron.
- Photo mode with filters, depth of field and a "sepia postcard" frame.
- 9 new music tracks by our composer, including the accordion theme everyone asked for.

CHANGES
- Stamina now regenerates 20% faster when standing near a lit lantern.
- Merchants restock every in-game day instead of every three days.
- The "Night Market" event now happens on every full moon, not randomly.
- Boss "The Tidecaller" now telegraphs her wave attack half a second earlier.

FIXES
- Fixed the chicken that could clip into the lighthouse and become a god.
- Fixed a softlock when talking to the ferryman during a thunderstorm.
- Fixed the inventory sometimes sorting potions by colour instead of type.
- Fixed subtitles overlapping the map in Portuguese and Polish.
- Fixed a crash on Steam Deck when opening the fish journal while fishing.
- Fixed rain falling indoors in the Harbourmaster's office. He was getting very wet.

ACCESSIBILITY
- New colour-blind filters (protanopia, deuteranopia, tritanopia).
- Option to disable screen shake.
- Option to slow down quick-time events to 50% speed.

KNOWN ISSUES
- Wren's boat occasionally rows on land. She is aware and does not care.

We're a 6-person indie studio. Write the script for a 60-second trailer voiceover for this update, spoken by Wren (gruff, dry humour, fond of the sea). She should mention the Sunken Quarter, the tides, fishing and the heron, photo mode, and end with the release date: 12 February. Include one joke about the god-chicken fix."""),
(0, "summarization", "en", "after", "form", None, """New client onboarding questionnaire – Web redesign project (submitted via our website form)

Company: Fernhill Garden Centre (family-run, 2 sites, 38 staff)
Your role: Marketing and e-commerce manager

1. What does your current website do well?
"People find our opening times and directions easily. The events page (workshops, Christmas grotto) gets a lot of traffic."

2. What's wrong with it?
"It looks about ten years old. It's not great on phones, and 70% of our visitors are on phones. The online shop is a separate site with a different design, so customers think they've gone somewhere else. Updating anything needs our old agency, who charge per change and take a week."

3. What are the main goals for the new site?
"1) Grow online sales, especially click-and-collect for plants and compost. 2) Let us edit pages and events ourselves. 3) Take bookings for workshops online, right now people phone up. 4) Look like us: friendly, local, a bit muddy in a good way."

4. Who are your customers?
"Mostly local, 35-70, keen gardeners and families. Lots of older customers who aren't very confident online, so it needs to be simple. Growing number of younger first-time gardeners from the new housing estate."

5. Any systems we need to integrate with?
"Our till system is Epos Now, stock levels should sync. We use Mailchimp for the newsletter (6,200 subscribers). Workshops are currently in a spreadsheet."

6. Content: who will write it?
"We'll write most of it, but we'd like help with the homepage and the 'About us' story. We have lots of our own photos, mostly good quality."

7. Budget and timing?
"Budget 18-22k including the shop. We'd love to launch by mid-March, before the spring rush. Easter is our busiest weekend."

8. Anything you definitely don't want?
"No pop-ups. No chatbots. No stock photos of people laughing at salad."

9. Anything else?
"Our café is at the Ashby site only, please make sure people don't turn up at the other one expecting lunch. It happens every weekend."

Summarize this questionnaire for our project kickoff: client background, goals in priority order, must-haves and constraints, and any risks you notice, half a page max."""),
]
