# writer nonprose, part 07. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "transcript", "W3-p053", """Quarterly all-hands – Q&A segment (transcript, lightly edited)

MODERATOR (Jess): We've got about fifteen minutes for questions. First one from the anonymous form, and it got the most upvotes: "Are there going to be layoffs?"
CEO (Martin): I'll answer that straight. We have no plans for layoffs. We are, however, slowing hiring. We had planned 40 new roles this half and we're now planning 22. The ones we're pausing are mostly in areas where we were hiring ahead of revenue. If the second half goes better than plan, we'll reopen some of them.
MODERATOR: Follow-up from the same thread: "Why should we believe that, given what happened at other companies that said the same thing?"
CEO: Fair question. What I can tell you is our numbers. We have 31 months of runway at our current burn, we're growing revenue about 38 percent year on year, and our gross margin went up two points this quarter. Layoffs are what you do when you run out of options. We're not close to that. If that ever changes, you'll hear it from me first, not from a news site.
MODERATOR: Next question: "The engagement survey said people don't understand how promotions work. What's being done?"
CPO (Anita): That one's mine. You're right, and honestly the survey result wasn't a surprise. We've written a career framework for engineering, product and design, with levels, expectations and examples, and it'll be published on the intranet on 1 November. Sales and support frameworks follow in January. From the next cycle, every promotion decision will include a written rationale against the framework, and you'll be able to see the calibration criteria. Promotion cycles will run twice a year instead of once: April and October.
MODERATOR: Related: "Will there be pay transparency?"
CPO: We'll publish salary bands for every level internally at the same time as the frameworks. We're not publishing individual salaries.
MODERATOR: Next: "Is the return-to-office policy changing?"
COO (Raymond): No change. The minimum stays at two days a week in the office, chosen by your team. We've heard requests for a third day from some managers and for zero days from some individuals, and we're keeping it where it is. What we are changing is the office itself: the London office is adding two more meeting rooms and ten phone booths by December because that was the top complaint.
MODERATOR: One about the product: "Are we really going to launch the enterprise tier in Q1, given the SSO and audit-log work is behind?"
CTO (Hye-jin): Good question, and it's a real risk. SSO is done and in beta with four customers. Audit logs are about three weeks behind. We've moved two engineers from the growth team onto it. Our launch date is end of February; if audit logs aren't ready by end of January, we'll launch without them for the first customers and add them in March, because the first enterprise contracts don't require them until the second quarter.
MODERATOR: Last question, a lighter one: "Can we get better coffee?"
COO: (laughs) Yes. The new machine arrives next week. It's a proper bean-to-cup. Please don't put oat milk in the cow's milk jug.
MODERATOR: Thanks everyone, that's time.

Write a summary of this Q&A for people who missed it: one bullet per question with the answer in a sentence or two, and a list of any dates or numbers committed to."""),
(1, "creative_writing", "en", "after", "transcript", "W3-p053", """Quarterly all-hands – Q&A segment (transcript, lightly edited)

MODERATOR (Jess): First one from the anonymous form, and it got the most upvotes: "Are there going to be layoffs?"
CEO (Martin): I'll answer that straight. We have no plans for layoffs. We are, however, slowing hiring. We had planned 40 new roles this half and we're now planning 22. If the second half goes better than plan, we'll reopen some of them.
MODERATOR: Follow-up: "Why should we believe that, given what happened at other companies that said the same thing?"
CEO: We have 31 months of runway at our current burn, we're growing revenue about 38 percent year on year, and our gross margin went up two points this quarter. If that ever changes, you'll hear it from me first, not from a news site.
MODERATOR: "The engagement survey said people don't understand how promotions work. What's being done?"
CPO (Anita): We've written a career framework for engineering, product and design, published on the intranet on 1 November. Sales and support frameworks follow in January. Promotion cycles will run twice a year: April and October. We'll publish salary bands for every level internally at the same time.
MODERATOR: "Is the return-to-office policy changing?"
COO (Raymond): No change. Two days a week, chosen by your team. The London office is adding two more meeting rooms and ten phone booths by December.
MODERATOR: "Are we really going to launch the enterprise tier in Q1?"
CTO (Hye-jin): SSO is done and in beta with four customers. Audit logs are about three weeks behind. Launch is end of February; if audit logs aren't ready by end of January, we'll launch without them and add them in March.
MODERATOR: "Can we get better coffee?"
COO: Yes. The new machine arrives next week. Please don't put oat milk in the cow's milk jug.

I write our internal newsletter. Turn this Q&A into a light, readable newsletter piece (~300 words) with a catchy headline and a few subheadings. Keep the facts exactly right, keep the tone human, and end on the coffee joke."""),
(0, "classification", "en", "before", "list", None, """label each: bug, chore, or feature — 'upgrade node to 20', 'users can now export PDF', 'fix crash on empty cart' """),
(1, "creative_writing", "en", "none", "none", None, """write a one-line tagline for a coffee machine that's smarter than the office manager"""),
(0, "summarization", "en", "after", "log", None, """==> /var/log/letsencrypt/letsencrypt.log (excerpt) <==
2024-11-01 03:00:04,112:DEBUG:certbot._internal.main:certbot version: 2.9.0
2024-11-01 03:00:04,113:DEBUG:certbot._internal.main:Arguments: ['renew', '--quiet']
2024-11-01 03:00:04,220:INFO:certbot._internal.renewal:Cert not yet due for renewal: blog.example.org (expires 2025-01-14)
2024-11-01 03:00:04,260:INFO:certbot._internal.renewal:Renewing an existing certificate for shop.example.org
2024-11-01 03:00:05,902:DEBUG:acme.client:Requesting fresh nonce
2024-11-01 03:00:07,340:INFO:certbot._internal.auth_handler:Performing the following challenges: http-01 challenge for shop.example.org
2024-11-01 03:00:09,871:INFO:certbot._internal.auth_handler:Waiting for verification...
2024-11-01 03:00:12,004:INFO:certbot._internal.auth_handler:Challenge failed for domain shop.example.org
2024-11-01 03:00:12,005:INFO:certbot._internal.auth_handler:http-01 challenge for shop.example.org
2024-11-01 03:00:12,006:DEBUG:certbot._internal.display.obj:Notifying user: Certbot failed to authenticate some domains (authenticator: webroot). The Certificate Authority reported these problems:
  Domain: shop.example.org
  Type:   unauthorized
  Detail: 203.0.113.80: Invalid response from http://shop.example.org/.well-known/acme-challenge/Xk2...: 404
2024-11-01 03:00:12,010:ERROR:certbot._internal.renewal:Failed to renew certificate shop.example.org with error: Some challenges have failed.
2024-11-01 03:00:12,011:ERROR:certbot._internal.renewal:All renewals failed. The following certificates could not be renewed:
  /etc/letsencrypt/live/shop.example.org/fullchain.pem (failure)
2024-11-01 03:00:12,012:DEBUG:certbot._internal.log:Exiting abnormally
# current cert for shop.example.org expires 2024-11-09

summarize this certbot run for me: what renewed, what didn't, how urgent"""),
(1, "general_qa", "en", "after", "log", None, """Domain: shop.example.org
Type:   unauthorized
Detail: 203.0.113.80: Invalid response from http://shop.example.org/.well-known/acme-challenge/Xk2...: 404
(authenticator: webroot)

we moved the shop behind a new nginx config last week that redirects everything to the SPA's index.html. cert expires in 8 days. how do I fix the renewal?"""),
(0, "classification", "en", "before", "reviews", "W3-p054", """You're labelling data for a sentiment model. For each review output exactly one of POS, NEG, NEU, MIXED and nothing else, one per line, in order.

1. "The headphones arrived yesterday. They are black."
2. "Sound is crisp and the noise cancelling is shockingly good on the tube."
3. "Comfortable for an hour, then my ears hurt. Great sound though."
4. "Bluetooth drops every few minutes. Returned."
5. "They're headphones. They play sound."
6. "I've had three pairs of this brand and this is the best one yet."
7. "Case feels cheap, hinge squeaks, but battery life is ridiculous — 40 hours."
8. "Mic is terrible on calls, everyone says I sound like I'm in a tunnel."
9. "Delivered on Tuesday as expected."
10. "Not worth £250. My £60 pair sounds nearly the same."
11. "Absolutely worth it for long flights."
12. "The app is buggy but the headphones themselves are lovely."
13. "Left cup died after 5 months."
14. "Fine."
15. "Blew me away. Took them hiking and barely noticed the wind noise." """),
(1, "open_qa", "en", "before", "reviews", "W3-p054", """Here are some of the reviews we're using to train a sentiment model. The model gets things like 3, 7 and 12 wrong almost every time and also mislabels 1 and 9 as positive. Why are these hard for sentiment models, and what does that say about how we should design the label set and the training data?

1. "The headphones arrived yesterday. They are black."
2. "Sound is crisp and the noise cancelling is shockingly good on the tube."
3. "Comfortable for an hour, then my ears hurt. Great sound though."
4. "Bluetooth drops every few minutes. Returned."
5. "They're headphones. They play sound."
6. "I've had three pairs of this brand and this is the best one yet."
7. "Case feels cheap, hinge squeaks, but battery life is ridiculous — 40 hours."
8. "Mic is terrible on calls, everyone says I sound like I'm in a tunnel."
9. "Delivered on Tuesday as expected."
10. "Not worth £250. My £60 pair sounds nearly the same."
11. "Absolutely worth it for long flights."
12. "The app is buggy but the headphones themselves are lovely."
13. "Left cup died after 5 months."
14. "Fine."
15. "Blew me away. Took them hiking and barely noticed the wind noise." """),
(1, "general_qa", "en", "none", "none", None, """how many labelled examples do I need to fine-tune a sentiment classifier that's actually decent"""),
(0, "summarization", "en", "after", "email", None, """From: Kai (Engineering Manager)
To: Team
Subject: On-call changes from next month

Team,

After the retro on the October incidents, here's what changes with on-call from 1 December.

Rotation: we go from a 4-person weekly rotation to a 7-person rotation, adding Priya, Owen and Mateus now that they've finished shadowing. That takes each person from one week in four to one week in seven.

Hours: primary on-call covers 24/7, secondary covers 08:00-22:00. Secondary is the person who was primary the previous week, so context carries over.

Handover: every Monday at 10:00, 15 minutes, outgoing primary walks through open incidents, noisy alerts and anything deployed late Friday. Notes go in the on-call doc.

Compensation: the on-call allowance goes up from £200 to £275 per primary week. Secondary weeks get £75. If you're paged between 23:00 and 07:00, you can start late the next day, no need to ask.

Alerts: we're deleting 14 alerts that fired more than 20 times last month without anyone taking action. If one of them turns out to matter, we'll bring it back with a better threshold. Every remaining page must have a runbook link by 15 December; pages without a runbook will be downgraded to tickets.

Escalation: if you're paged and can't resolve it in 30 minutes, page secondary. If it's customer-facing and over 60 minutes, page me. Nobody gets told off for escalating too early.

Questions in the thread or grab me on Thursday.

Kai

TL;DR the on-call changes please, short list"""),
(1, "general_qa", "en", "none", "none", None, """what should a good runbook for a page contain? give me a template"""),
(0, "classification", "en", "before", "list", None, """Is each sentence in passive or active voice?
- The server was restarted by ops.
- Ops restarted the server.
- Mistakes were made.
- The team shipped the fix on Friday."""),
(1, "open_qa", "en", "none", "none", None, """why do people say avoid the passive voice? is it actually bad"""),
(0, "summarization", "en", "after", "chat", "W3-p055", """Microsoft Teams – chat "Supplier price rise – packaging"

Olu (Procurement) 09:14: FYI Corrapack have given notice of a 9% increase on all corrugated from 1 Jan. Letter attached.
Beatriz (Finance) 09:20: That's roughly £64k a year on our current volumes. Not budgeted.
Olu (Procurement) 09:22: Their reason is energy and paper mill costs. They say competitors are doing the same.
Graham (Ops) 09:31: are they? I thought paper prices came down this year
Olu (Procurement) 09:35: index for recycled containerboard is down ~6% YoY per the trade data I get. energy is up though. so 9% feels high
Beatriz (Finance) 09:40: what's in the contract?
Olu (Procurement) 09:44: 12-month fixed price ended Oct. now rolling with 60 days notice for changes. they've given 60 days, so legally fine
Graham (Ops) 09:50: can we switch? we've used them for 6 years, never had a delivery failure
Olu (Procurement) 09:52: two alternatives quoted last year, both about 4% cheaper than Corrapack's old price but one had a 3-week lead time
Beatriz (Finance) 10:02: suggest: push back, ask for 4% with the index data, and get a fresh quote from the two alternatives so we have leverage
Graham (Ops) 10:05: +1 but don't burn the relationship, they bailed us out in the Christmas rush last year
Olu (Procurement) 10:07: agreed. I'll request quotes today and meet Corrapack next week
Beatriz (Finance) 10:10: also look at reducing box sizes, the design team said we ship a lot of air
Graham (Ops) 10:12: I can get numbers on that by Friday

Summarize the chat: the issue, what we know, and who's doing what."""),
(1, "creative_writing", "en", "after", "chat", "W3-p055", """Microsoft Teams – chat "Supplier price rise – packaging"

Olu (Procurement) 09:14: Corrapack have given notice of a 9% increase on all corrugated from 1 Jan.
Beatriz (Finance) 09:20: That's roughly £64k a year on our current volumes.
Olu (Procurement) 09:35: index for recycled containerboard is down ~6% YoY per the trade data I get. energy is up though. so 9% feels high
Olu (Procurement) 09:44: 12-month fixed price ended Oct. now rolling with 60 days notice for changes
Graham (Ops) 09:50: we've used them for 6 years, never had a delivery failure
Beatriz (Finance) 10:02: push back, ask for 4% with the index data, and get a fresh quote from the two alternatives so we have leverage
Graham (Ops) 10:05: don't burn the relationship, they bailed us out in the Christmas rush last year

I'm Olu. Write the email to our Corrapack account manager asking to meet and pushing back on the 9%: acknowledge energy costs, cite the containerboard index, mention our 6-year relationship, propose 4%, and hint (gently) that we're reviewing options. Professional, warm, under 250 words."""),
(1, "general_qa", "en", "none", "none", None, """how do you negotiate a supplier price increase when they're your only reliable option"""),
(0, "classification", "en", "before", "code", None, """time complexity of each, pick O(1), O(log n), O(n), O(n log n), O(n²):

a) dict lookup in python
b) binary search
c) sorted(list)
d) nested loop over the same list
e) sum(list)"""),
(1, "open_qa", "en", "none", "none", None, """why is python dict lookup O(1), how does hashing actually work"""),
(0, "summarization", "en", "after", "table", None, """| date       | weight kg | sleep h | steps  | mood (1-5) |
| Mon 4 Nov  | 82.4      | 6.0     | 5,120  | 3 |
| Tue 5 Nov  | 82.1      | 7.5     | 9,880  | 4 |
| Wed 6 Nov  | 82.3      | 5.5     | 3,400  | 2 |
| Thu 7 Nov  | 81.9      | 8.0     | 11,200 | 4 |
| Fri 8 Nov  | 81.8      | 7.0     | 8,050  | 4 |
| Sat 9 Nov  | 82.2      | 9.0     | 14,600 | 5 |
| Sun 10 Nov | 82.0      | 6.5     | 4,300  | 3 |

summarize my week from this tracker, a couple sentences, any pattern you can see in the numbers"""),
(1, "general_qa", "en", "none", "none", None, """I sleep 5-6h on work nights and 9h on weekends. is catching up on sleep a real thing or should I change something"""),
(0, "classification", "en", "inline", "email", None, """Hi, you're my inbox assistant. Classify the following into exactly one of [ACTION_REQUIRED, FYI, SOCIAL, PROMO] and say nothing else.

From: Dana (Legal)
Subject: Please sign the NDA for the Halcyon project by Thursday"""),
(0, "summarization", "en", "after", "code", "W3-p056", """# Pull request #512: Add soft delete for projects

## What
Projects are no longer hard-deleted. Deleting a project sets `deleted_at` and hides it everywhere. A nightly job purges projects that have been soft-deleted for more than 30 days, along with their files in S3.

## Why
Support gets ~15 tickets a month from customers who deleted a project by accident. Right now the only way to recover is a database restore, which takes an engineer half a day.

## How
- New nullable column `projects.deleted_at` (migration 0087).
- Default Django manager now excludes soft-deleted rows; `Project.all_objects` includes them.
- "Delete" in the UI now shows "This project will be permanently deleted in 30 days. You can restore it from Settings > Trash."
- New Trash page under Settings listing soft-deleted projects with a Restore button (owner/admin only).
- `purge_deleted_projects` management command, scheduled nightly at 02:00 UTC.
- API: `DELETE /projects/{id}` now returns 202 instead of 204 and includes `purge_at` in the body.

## Risks
- Any raw SQL or `.objects` usage that bypasses the default manager would still see deleted projects. I grepped and found 3 raw queries in reporting; updated them.
- The 202 change could break API clients checking for 204 exactly. Release notes will call it out.
- Storage cost: up to 30 days of extra S3 for deleted projects. Estimated < 2%.

## Testing
Unit tests for manager, restore, purge. Manual test of UI flow. Staging purge run against a copy of prod data: 1,204 projects purged, no errors.

Summarize this PR in 3-4 bullet points for the release notes (user-facing changes and the API change)."""),
(1, "open_qa", "en", "after", "code", "W3-p056", """# Pull request #512: Add soft delete for projects

Projects are no longer hard-deleted. Deleting a project sets `deleted_at` and hides it everywhere. A nightly job purges projects that have been soft-deleted for more than 30 days.

- New nullable column `projects.deleted_at` (migration 0087).
- Default Django manager now excludes soft-deleted rows; `Project.all_objects` includes them.
- API: `DELETE /projects/{id}` now returns 202 instead of 204 and includes `purge_at` in the body.

Risks:
- Any raw SQL or `.objects` usage that bypasses the default manager would still see deleted projects.

What are the classic problems with soft delete done this way? I've heard it interacts badly with unique constraints (e.g. project slug unique per org), foreign keys and GDPR "right to erasure". Can you explain each problem and how people usually solve it in Postgres/Django?"""),
(1, "creative_writing", "en", "none", "none", None, """write the confirmation dialog text for deleting a project, with a tiny bit of humour, no more than 25 words"""),
(0, "classification", "en", "before", "list", None, """Which of these are cloud providers? AWS, Azure, Figma, GCP, Notion, Hetzner, OVH"""),
(0, "summarization", "en", "after", "list", None, """Packing list status for the camping trip
tent ✅ (borrowed from Ali)
sleeping bags ✅ x3
stove ✅ but need gas canister ❌
cool box ✅
torches: 1 of 3 ❌
first aid kit ✅
midge spray ❌
waterproofs ✅
food: shopping Thursday

what's still missing"""),
(1, "general_qa", "en", "none", "none", None, """first time wild camping in scotland in june, what do I need to know about rules and midges"""),
(0, "classification", "en", "after", "chat", None, """Mum: did you eat
Me: yes
Mum: what
Me: food
Mum: 🙄

tone of the last message from Mum: amused, annoyed, or worried?"""),
(1, "creative_writing", "en", "none", "none", None, """write a group chat between three houseplants complaining about their owner"""),
(0, "summarization", "en", "after", "transcript", "W3-p057", """User research session – participant P3, prototype of a banking app budgeting feature (think-aloud, 25 min, notes from recording)

[00:40] P3: So this is the home screen... I see my balance, fine. There's a "Budgets" tile. I'll tap that.
[01:10] P3: "Create your first budget". Okay. It's asking for a monthly amount for groceries, eating out, transport... I don't know what I spend on groceries. Can it tell me?
[01:25] FACILITATOR: What would you expect?
[01:30] P3: I'd expect it to look at my last three months and suggest something. My old bank did that.
[02:45] P3: I've put £300 for groceries, guessing. Now "Alerts"? It's asking if I want a notification at 80%. Yes, I guess. Though I'd rather know if I'm spending faster than usual, not just when I've hit 80.
[04:10] P3: Okay, budget created. This ring chart... the colours are nice but I can't tell which colour is which. Oh, the legend is below, I had to scroll.
[05:30] P3: If I tap "Groceries" it shows transactions. This one says "AMZN Mktp". That's not groceries, that was a phone case. How do I move it?
[05:50] P3: (long-presses) Nothing. (taps) There's a tiny pencil icon on the right. Oh. That was hard to find.
[06:30] P3: Moved it to "Shopping". Will it remember for next time? It doesn't say.
[08:00] FACILITATOR: How would you use this day to day?
[08:10] P3: Honestly I'd look once a week, maybe Sunday. I don't want daily notifications. I'd want a weekly summary like "you've spent £X, you're on track" or not.
[10:20] P3: What would make me trust it? If the categories are right. If half of them are wrong, I'll stop looking.
[12:00] P3: The "round-up savings" thing in the corner, I don't get what it does. It says "Round up to save". Round up what?
[14:30] P3: Overall, it's pretty, and I like that it's in my banking app so I don't need another app. But I'd want it to set itself up for me and be right about categories.

Summarize this session into: key findings (usability problems and unmet needs), notable quotes, and a one-line overall reaction."""),
(1, "general_qa", "en", "after", "transcript", "W3-p057", """User research session – participant P3, banking app budgeting prototype:

[01:30] P3: I'd expect it to look at my last three months and suggest something. My old bank did that.
[02:45] P3: I'd rather know if I'm spending faster than usual, not just when I've hit 80.
[04:10] P3: This ring chart... the colours are nice but I can't tell which colour is which. The legend is below, I had to scroll.
[05:50] P3: There's a tiny pencil icon on the right. Oh. That was hard to find.
[06:30] P3: Moved it to "Shopping". Will it remember for next time? It doesn't say.
[08:10] P3: I'd look once a week, maybe Sunday. I don't want daily notifications.
[10:20] P3: What would make me trust it? If the categories are right. If half of them are wrong, I'll stop looking.
[12:00] P3: The "round-up savings" thing, I don't get what it does.

I'm the product designer. Assuming the other 5 participants said similar things, what design changes would you make to the prototype before the next round of testing? Prioritise them and say why."""),
(1, "open_qa", "en", "none", "none", None, """how do banking apps categorise transactions automatically, what's the tech behind it"""),
(0, "classification", "en", "before", "log", None, """Is this log from a web server, a database, or a mail server?

"postgres[4412]: LOG:  duration: 5231.118 ms  statement: SELECT * FROM invoices WHERE customer_id = 88" """),
(1, "general_qa", "en", "after", "log", None, """postgres[4412]: LOG:  duration: 5231.118 ms  statement: SELECT * FROM invoices WHERE customer_id = 88

invoices has 20M rows. what should I do to speed this up? I'm not a DBA"""),
(0, "summarization", "en", "after", "email", "W3-p058", """From: Chair, Residents' Association
To: Members
Subject: Planning application 24/1187 – former garage site, Mill Lane

Dear members,

Several of you have asked about the planning application for the former garage site on Mill Lane. Here's what it contains and what the committee thinks, so you can decide whether to comment.

The proposal: demolish the existing garage buildings and build 24 flats in a four-storey block, with 12 parking spaces, a bin store and cycle storage for 30 bikes. Six of the flats (25%) would be "affordable", below the council's target of 35%. The developer's viability report says 35% would make the scheme unprofitable.

Issues the committee has identified:
1. Height. Four storeys is taller than anything else on Mill Lane, where houses are two storeys. The drawings show the block would overshadow the gardens of numbers 2-10 in the afternoon in winter.
2. Parking. 12 spaces for 24 flats. The developer argues the site is near the bus station, so many residents won't own cars. Mill Lane already has no spare on-street parking in the evening.
3. Affordable housing below target, as above.
4. Traffic during construction: the only access is via Mill Lane, which is narrow and has a primary school at the end.

Things in its favour: the site has been derelict for 8 years and attracts fly-tipping; 24 homes would help with local housing need; the design includes a small public green space on the corner and removes an old fuel tank that's a contamination risk.

The committee's view is to object on height and parking, support the principle of housing on the site, and ask for a construction traffic plan that avoids school drop-off and pick-up times.

The consultation closes on 29 November. You can comment online using the reference 24/1187. Comments should be about planning matters (height, design, traffic, parking, overlooking, etc.), not about property values.

Best wishes,
Chair

Can you summarize this for my neighbour in a few bullets: what's proposed, the concerns, the good points, and the deadline?"""),
(1, "creative_writing", "en", "after", "email", "W3-p058", """From: Chair, Residents' Association
Subject: Planning application 24/1187 – former garage site, Mill Lane

The proposal: demolish the existing garage buildings and build 24 flats in a four-storey block, with 12 parking spaces. Six of the flats (25%) would be affordable, below the council's target of 35%.

Issues:
1. Height. Four storeys is taller than anything else on Mill Lane, where houses are two storeys. The block would overshadow the gardens of numbers 2-10 in the afternoon in winter.
2. Parking. 12 spaces for 24 flats. Mill Lane already has no spare on-street parking in the evening.
3. Traffic during construction: the only access is via Mill Lane, which is narrow and has a primary school at the end.

In its favour: the site has been derelict for 8 years and attracts fly-tipping; 24 homes would help local housing need.

I live at number 6. Write my comment to the planning portal: support housing on the site in principle, object to the height (overshadowing my garden) and the parking ratio, ask for a construction traffic plan around school times. Stick to planning matters, about 200 words, reasonable tone."""),
(1, "open_qa", "en", "none", "none", None, """what counts as a 'material planning consideration' in the UK"""),
(0, "classification", "en", "before", "table", None, """label each row pass / fail, passing grade is 50:

student | score
S1 | 72
S2 | 49
S3 | 50
S4 | 31
S5 | 88"""),
(1, "creative_writing", "en", "none", "none", None, """a short encouraging note from a teacher to a student who failed by 1 mark"""),
(0, "summarization", "en", "after", "log", "W3-p059", """Nov 14 22:03:51 vpn-gw charon[1820]: 11[IKE] 198.51.100.23 is initiating an IKE_SA
Nov 14 22:03:51 vpn-gw charon[1820]: 11[IKE] received cert request for "CN=Corp Root CA"
Nov 14 22:03:52 vpn-gw charon[1820]: 11[CFG] selected peer config 'roadwarrior'
Nov 14 22:03:52 vpn-gw charon[1820]: 11[IKE] authentication of 'laptop-0412' with EAP successful
Nov 14 22:03:52 vpn-gw charon[1820]: 11[IKE] IKE_SA roadwarrior[88] established between 203.0.113.5[vpn.corp.example]...198.51.100.23[laptop-0412]
Nov 14 22:03:52 vpn-gw charon[1820]: 11[IKE] assigning virtual IP 10.99.0.41 to peer 'laptop-0412'
Nov 14 22:03:52 vpn-gw charon[1820]: 11[CHD] CHILD_SA roadwarrior{141} established with SPIs c1f0a2e3_i 0d7b9f11_o and TS 10.0.0.0/16 === 10.99.0.41/32
Nov 14 22:19:07 vpn-gw charon[1820]: 04[IKE] sending DPD request
Nov 14 22:19:27 vpn-gw charon[1820]: 04[IKE] retransmit 1 of request with message ID 12
Nov 14 22:19:51 vpn-gw charon[1820]: 04[IKE] retransmit 2 of request with message ID 12
Nov 14 22:20:33 vpn-gw charon[1820]: 04[IKE] giving up after 2 retransmits
Nov 14 22:20:33 vpn-gw charon[1820]: 04[IKE] IKE_SA roadwarrior[88] state change: ESTABLISHED => DESTROYING
Nov 14 22:21:02 vpn-gw charon[1820]: 09[IKE] 198.51.100.23 is initiating an IKE_SA
Nov 14 22:21:03 vpn-gw charon[1820]: 09[IKE] IKE_SA roadwarrior[90] established between 203.0.113.5[vpn.corp.example]...198.51.100.23[laptop-0412]

summarize this VPN log for the helpdesk ticket: what happened to laptop-0412's connection"""),
(1, "open_qa", "en", "after", "log", "W3-p059", """Nov 14 22:19:07 vpn-gw charon[1820]: 04[IKE] sending DPD request
Nov 14 22:19:27 vpn-gw charon[1820]: 04[IKE] retransmit 1 of request with message ID 12
Nov 14 22:19:51 vpn-gw charon[1820]: 04[IKE] retransmit 2 of request with message ID 12
Nov 14 22:20:33 vpn-gw charon[1820]: 04[IKE] giving up after 2 retransmits
Nov 14 22:20:33 vpn-gw charon[1820]: 04[IKE] IKE_SA roadwarrior[88] state change: ESTABLISHED => DESTROYING

user says the VPN drops every ~15 min when they're on hotel wifi but never at home. what is DPD, and why would hotel wifi specifically break it? NAT timeouts?"""),
(1, "general_qa", "en", "none", "none", None, """best way to give remote staff access to internal tools in 2024, VPN or something zero trust"""),
(0, "classification", "en", "before", "list", None, """For each request, is it summarization or something else?
1. "tl;dr this article"
2. "write a poem about autumn"
3. "give me the key points of this meeting transcript"
4. "what's the capital of Peru" """),
(0, "summarization", "en", "after", "reviews", None, """Airbnb guest reviews for our cabin (last 10):

- "Gorgeous views, hot tub was bliss. Road up is steep, 4x4 helps in winter."
- "Spotless and cosy, the wood burner is a treat. Wifi patchy."
- "Host left homemade bread! Lovely touch."
- "Beds are comfy but the sofa is small for 4 adults."
- "Hot tub wasn't heated on arrival, took 6 hours."
- "Perfect digital detox, because the wifi barely works lol."
- "Kitchen well stocked. Would have liked a dishwasher."
- "Came for the stars, got the stars. Magical."
- "Steep track, our hatchback struggled after rain."
- "One of the best stays we've had anywhere."

give me the short version: loved, complaints, anything actionable"""),
(1, "creative_writing", "en", "after", "reviews", None, """- "Gorgeous views, hot tub was bliss."
- "Spotless and cosy, the wood burner is a treat."
- "Came for the stars, got the stars. Magical."
- "Perfect digital detox, because the wifi barely works lol."

rewrite our Airbnb listing intro (~100 words) using these vibes. be honest the wifi is bad but spin it as a feature"""),
(1, "general_qa", "en", "none", "none", None, """how do I get better wifi at a remote cabin with no fibre, starlink or 4G router?"""),
(0, "classification", "en", "before", "email", None, """newsletter or personal: "Hey! Long time. Are you around in December? Would love to catch up over a pint." """),
(1, "open_qa", "en", "none", "none", None, """why does email newsletter open rate tracking not work anymore since apple mail privacy"""),
(0, "summarization", "en", "after", "json", "W3-p060", """[
  {"ts":"2024-11-18T09:02:11Z","user":"u_381","event":"signup","plan":"free","source":"google_ads"},
  {"ts":"2024-11-18T09:02:40Z","user":"u_381","event":"onboarding_step","step":1},
  {"ts":"2024-11-18T09:03:15Z","user":"u_381","event":"onboarding_step","step":2},
  {"ts":"2024-11-18T09:07:58Z","user":"u_381","event":"onboarding_step","step":3,"duration_s":283},
  {"ts":"2024-11-18T09:08:02Z","user":"u_381","event":"error","code":"CSV_IMPORT_FAILED","detail":"unexpected delimiter ';' on line 1"},
  {"ts":"2024-11-18T09:08:40Z","user":"u_381","event":"help_article_viewed","article":"importing-data"},
  {"ts":"2024-11-18T09:11:05Z","user":"u_381","event":"onboarding_step","step":3,"duration_s":145},
  {"ts":"2024-11-18T09:11:09Z","user":"u_381","event":"error","code":"CSV_IMPORT_FAILED","detail":"unexpected delimiter ';' on line 1"},
  {"ts":"2024-11-18T09:12:30Z","user":"u_381","event":"onboarding_skipped","at_step":3},
  {"ts":"2024-11-18T09:12:44Z","user":"u_381","event":"session_end"},
  {"ts":"2024-11-20T14:30:02Z","user":"u_381","event":"session_start"},
  {"ts":"2024-11-20T14:30:50Z","user":"u_381","event":"account_deleted","reason":"too complicated"}
]

Summarize this user's journey from the event log in 3-4 sentences, like you're telling the product team a story."""),
(1, "general_qa", "en", "after", "json", "W3-p060", """  {"event":"onboarding_step","step":3,"duration_s":283},
  {"event":"error","code":"CSV_IMPORT_FAILED","detail":"unexpected delimiter ';' on line 1"},
  {"event":"help_article_viewed","article":"importing-data"},
  {"event":"error","code":"CSV_IMPORT_FAILED","detail":"unexpected delimiter ';' on line 1"},
  {"event":"onboarding_skipped","at_step":3},
  {"event":"account_deleted","reason":"too complicated"}

about 18% of our European signups hit this same CSV error in onboarding. what should we change — in the importer and in the onboarding flow — so these users don't bail?"""),
(1, "open_qa", "en", "none", "none", None, """why do european excel users get CSVs with semicolons"""),
(0, "classification", "en", "before", "list", None, """type of each value: int, float, string, bool, null — 42, "42", 3.14, true, null, "false" """),
(1, "creative_writing", "en", "none", "none", None, """write a short love letter from null to undefined"""),
(0, "summarization", "en", "after", "notes", None, """notes from the parents' WhatsApp about the school trip:
- trip to science museum, Fri 6 Dec
- coach leaves 8:15 sharp, back ~4pm
- packed lunch, no nuts
- £12 on ParentPay by 29 Nov
- need 4 parent helpers, DBS required
- wear school jumper not blazer

condense into a 2-line reminder"""),
(1, "general_qa", "en", "none", "none", None, """what's a nut-free packed lunch idea my picky 7 year old will actually eat"""),
(0, "classification", "en", "after", "code", "W3-p061", """const total = items.reduce((sum, item) => sum + item.price * item.qty, 0);

is this functional or imperative style? one word"""),
(1, "open_qa", "en", "after", "code", "W3-p061", """const total = items.reduce((sum, item) => sum + item.price * item.qty, 0);

prices are like 19.99 and sometimes the total shows 59.970000000000006. why does JS do that and what's the right way to handle money?"""),
(1, "general_qa", "en", "none", "none", None, """should I store money as cents integers or decimal in postgres"""),
(0, "summarization", "en", "after", "chat", None, """Signal group "Flat 4B"
Jo: boiler's making the banging noise again
Amir: reported it to the agent yesterday, ticket 5531
Jo: any response?
Amir: engineer Thursday 8-12
Kat: I'm home thursday, I'll let them in
Jo: legend. also whose turn is bins
Amir: mine, sorry, doing it now

what's the summary"""),
(1, "open_qa", "en", "none", "none", None, """why does a boiler make a banging noise, kettling?"""),
(0, "classification", "en", "before", "reviews", None, """for each podcast review, is the complaint about audio quality, the hosts, ads, or content?
1 "too many ads, 4 breaks in 40 min"
2 "the hosts talk over each other constantly"
3 "mic sounds like it's in a bathroom"
4 "went off topic for 20 minutes about football" """),
(1, "creative_writing", "en", "none", "none", None, """write a 30-second intro script for a podcast about weird history"""),
(0, "summarization", "en", "after", "table", "W3-p062", """Vendor comparison – helpdesk software (team of 12 agents)

| criteria              | Zendesk        | Freshdesk     | Help Scout    | Jira Service Mgmt |
|-----------------------|----------------|---------------|---------------|-------------------|
| price / agent / month | $55 (Suite Team) | $29 (Growth) | $50 (Standard) | $20 (Standard)  |
| annual total (12)     | $7,920         | $4,176        | $7,200        | $2,880            |
| email + chat          | yes            | yes           | yes           | email, chat via add-on |
| phone                 | yes (extra usage) | add-on     | no            | no                |
| knowledge base        | yes            | yes           | yes           | yes (Confluence)  |
| SLA rules             | yes            | yes           | basic         | yes               |
| Jira integration      | good           | ok            | ok            | native            |
| ease of use (trial)   | 4/5            | 4/5           | 5/5           | 2/5               |
| reporting             | strong         | good          | basic         | good              |
| migration effort      | medium         | medium        | low           | high              |

condense into a paragraph: where each one wins and loses"""),
(1, "general_qa", "en", "after", "table", "W3-p062", """Vendor comparison – helpdesk software (team of 12 agents)

| criteria              | Zendesk        | Freshdesk     | Help Scout    | Jira Service Mgmt |
|-----------------------|----------------|---------------|---------------|-------------------|
| annual total (12)     | $7,920         | $4,176        | $7,200        | $2,880            |
| phone                 | yes (extra usage) | add-on     | no            | no                |
| SLA rules             | yes            | yes           | basic         | yes               |
| Jira integration      | good           | ok            | ok            | native            |
| ease of use (trial)   | 4/5            | 4/5           | 5/5           | 2/5               |
| reporting             | strong         | good          | basic         | good              |
| migration effort      | medium         | medium        | low           | high              |

We do B2B support, ~60% email, 30% chat, 10% phone. Engineers live in Jira. Budget up to ~$6k/year. Which would you pick and what would you want to check in a second trial?"""),
(1, "creative_writing", "en", "none", "none", None, """write an auto-reply for a support inbox over christmas, warm and a bit festive, say we're back 2 Jan"""),
(0, "classification", "en", "before", "list", None, """is each of these a river, a mountain or a city? Danube, Kilimanjaro, Lagos, Mekong, Denali, Lima"""),
(0, "summarization", "en", "after", "form", None, """Maintenance request #7781
Unit: 12C
Category: plumbing
Description: kitchen tap dripping constantly, getting worse, also water under sink cabinet, smells musty
Access: tenant works from home, any weekday
Photos: 2 attached
Priority (tenant): medium

summarize for the contractor in one sentence"""),
(1, "general_qa", "en", "none", "none", None, """can I fix a dripping mixer tap myself or do I need a plumber? what tools"""),
(0, "classification", "en", "after", "log", None, """WARN: Your Node.js version (16.20.2) is no longer supported. Please upgrade to 18 or later.

blocking error or warning?"""),
(1, "open_qa", "en", "none", "none", None, """how does node's LTS release schedule work"""),
(0, "summarization", "en", "after", "chat", None, """Teams: Alisha 3:01 "Can we move the design review to 4?" / Finn 3:03 "4 works" / Grace 3:04 "I have a hard stop at 4:30" / Alisha 3:05 "ok 4-4:30 then, I'll update the invite"

recap in one line"""),
(1, "creative_writing", "en", "none", "none", None, """write a calendar invite description for a design review that makes people actually read the doc beforehand"""),
(0, "classification", "en", "before", "list", None, """which of these are SQL keywords and which are just column names? SELECT, name, WHERE, created_at, JOIN, status, GROUP BY"""),
(1, "general_qa", "en", "none", "none", None, """I'm a marketer and want to learn enough SQL to pull my own reports. where do I start and how long will it take"""),
]
