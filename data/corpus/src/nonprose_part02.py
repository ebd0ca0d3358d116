# writer nonprose, part 02. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", "W3-p012", """#inc-2291-checkout-errors

Kwame Mensah  14:02
declaring an incident. checkout error rate jumped from ~0.2% to 11% at 13:55. paging payments on-call

PagerDuty  14:02
Triggered: [P1] checkout-api 5xx > 5% for 5m

Lucia Ferraro  14:04
on it. looking at dashboards now

Lucia Ferraro  14:06
errors are all from the `/cart/confirm` route. 502s from the gateway, the pods themselves look healthy

Kwame Mensah  14:07
anything deployed recently?

Tobias Wren  14:08
we shipped checkout-api 4.18.0 at 13:51. but canary looked fine for 10 min before promote

Lucia Ferraro  14:10
hmm canary only gets 2% of traffic, and the new code path is behind the `fast_tax` flag which was only enabled for EU. EU traffic is low at lunchtime in the US... wait no it's evening in EU

Tobias Wren  14:11
the flag was turned on for ALL regions at 13:54 by the scheduled rollout. I forgot that was queued

Kwame Mensah  14:11
ok so either roll back 4.18.0 or flip fast_tax off. which is faster?

Lucia Ferraro  14:12
flag is faster, takes effect in ~30s

Kwame Mensah  14:12
do it

Lucia Ferraro  14:13
fast_tax disabled globally

Lucia Ferraro  14:15
error rate dropping. 4%... 1.1%... 0.3%

Kwame Mensah  14:17
nice. let's hold here and watch for 15 min before we call it mitigated

Tobias Wren  14:20
found it. fast_tax calls the tax-rates service synchronously and it has a 1s timeout, but for US addresses it hits the county lookup which is p99 ~1.8s. gateway times out at 2s total and we retry once, so we blow the budget

Lucia Ferraro  14:22
so it was fine in EU because EU lookups are a single VAT table, fast

Tobias Wren  14:22
exactly

Kwame Mensah  14:32
15 min clean at baseline. marking mitigated. impact window 13:54–14:14, roughly 20 min, ~3,400 failed checkouts by my estimate, some will have retried successfully

Sandra Holt  14:35
Support here, we've had 60ish tickets. Is there a customer-facing line we can use?

Kwame Mensah  14:37
"Between 13:54 and 14:14 UTC some customers saw errors at checkout. The issue is resolved. If you were charged but did not receive a confirmation, your order went through and a confirmation email will follow." — Tobias can you confirm that last part is true?

Tobias Wren  14:40
confirmed, charge and order creation happen before the tax recalculation step. no orphan charges

Kwame Mensah  14:41
great. postmortem Thursday. Tobias owns the doc. action items so far: 1) make tax lookup async or cached for US 2) scheduled flag rollouts need an owner ping before they fire 3) canary should include flag-on traffic

Lucia Ferraro  14:42
+1. I'll add the dashboard links to the doc

Write an incident summary from this channel: timeline, root cause, impact, and the action items. Keep it under 200 words."""),
(1, "general_qa", "en", "after", "chat", "W3-p012", """#inc-2291-checkout-errors

Kwame Mensah  14:02
declaring an incident. checkout error rate jumped from ~0.2% to 11% at 13:55. paging payments on-call

Lucia Ferraro  14:06
errors are all from the `/cart/confirm` route. 502s from the gateway, the pods themselves look healthy

Tobias Wren  14:08
we shipped checkout-api 4.18.0 at 13:51. but canary looked fine for 10 min before promote

Lucia Ferraro  14:10
canary only gets 2% of traffic, and the new code path is behind the `fast_tax` flag which was only enabled for EU

Tobias Wren  14:11
the flag was turned on for ALL regions at 13:54 by the scheduled rollout. I forgot that was queued

Lucia Ferraro  14:13
fast_tax disabled globally

Lucia Ferraro  14:15
error rate dropping. 4%... 1.1%... 0.3%

Tobias Wren  14:20
found it. fast_tax calls the tax-rates service synchronously and it has a 1s timeout, but for US addresses it hits the county lookup which is p99 ~1.8s. gateway times out at 2s total and we retry once, so we blow the budget

Lucia Ferraro  14:22
so it was fine in EU because EU lookups are a single VAT table, fast

Kwame Mensah  14:32
15 min clean at baseline. marking mitigated. impact window 13:54–14:14, roughly 20 min, ~3,400 failed checkouts

Kwame Mensah  14:41
postmortem Thursday. action items so far: 1) make tax lookup async or cached for US 2) scheduled flag rollouts need an owner ping before they fire 3) canary should include flag-on traffic

I'm Tobias and I'm writing the postmortem. Beyond those three action items, what else should we change? I feel like the real problem is how feature flags and deploys interact and I want concrete process/tooling suggestions, not just "be more careful". Also how would you design the US tax lookup so a slow county service can't take down checkout?"""),
(0, "classification", "en", "before", "reviews", None, """label sentiment pos/neg/neutral: "delivery was on time." """),
(1, "open_qa", "en", "none", "none", None, """what is a feature flag and why do people say they become tech debt"""),
(0, "classification", "en", "after", "code", None, """feat(auth): add passkey login
fix: null check in invoice renderer
chore(deps): bump eslint to 9.2
docs: fix typo in README
refactor(api): split user service into read/write
test: cover edge case for empty cart

label each commit as user-facing or internal"""),
(1, "creative_writing", "en", "none", "none", None, """make up 5 funny but plausible names for an internal deploy bot"""),
(0, "summarization", "en", "after", "table", None, """SELECT region, COUNT(*) AS orders, ROUND(AVG(total),2) AS avg_total, SUM(refunded::int) AS refunds
FROM orders WHERE created_at >= '2024-06-01' GROUP BY region ORDER BY orders DESC;

 region | orders | avg_total | refunds
--------+--------+-----------+---------
 NA     |  48211 |     63.40 |    1204
 EU     |  31877 |     58.12 |     733
 APAC   |  12409 |     71.88 |     912
 LATAM  |   4120 |     44.05 |      97
(4 rows)

what does this tell us, in a sentence or two"""),
(1, "open_qa", "en", "after", "table", None, """ region | orders | refunds
--------+--------+---------
 NA     |  48211 |    1204
 EU     |  31877 |     733
 APAC   |  12409 |     912

APAC refunds are like 7% vs 2.5% elsewhere. what are the usual reasons cross-border ecommerce has higher refund rates in asia-pacific?"""),
(1, "general_qa", "en", "none", "none", None, """how do i write a SQL query that gets the top 3 products per category"""),
(0, "summarization", "en", "after", "email", None, """From: Rosa Vidal <rosa@brightlane-events.example>
To: Ops Team
Subject: Re: Re: Re: Venue for the November summit

Hi all,

Pulling the thread together since it's gotten long.

> From: Martin (Ops)
> We'd prefer the Harbour Hall, but their AV package is £4,200 extra. Can we bring our own AV?

I asked. Harbour Hall allows external AV only if the supplier is on their approved list, and our usual supplier (Soundcraft Live) is not. Getting approved takes 6-8 weeks, which is cutting it close for 14 November.

> From: Deepa (Finance)
> Budget for the venue, all in, is £18,000. Harbour Hall's base quote is £13,500.

So with their AV we'd be at £17,700 before catering upgrades. The catering they include is a basic sandwich lunch; the hot buffet is another £9 a head, which for 180 people is £1,620. That takes us over.

> From: Martin (Ops)
> What about the Foundry?

The Foundry is £11,000 base, lets us bring any AV supplier, and the catering is better (hot buffet included). Downsides: it's a 20-minute walk from the train station versus 5 for Harbour Hall, and the main room holds 200, so we'd have very little margin if registrations go above forecast. There's also no separate breakout room; we'd need to hire the room upstairs (£800) or use partitions.

> From: Deepa (Finance)
> Can we get a hold on both?

Harbour Hall will hold until 30 August without a deposit. The Foundry wants a 10% deposit (£1,100) to hold, refundable until 15 September.

I need a decision from you by next Wednesday so I can confirm before the Harbour hold lapses.

Best,
Rosa

summarize this chain: the two options, costs, trade-offs, deadline. bullets fine"""),
(1, "general_qa", "en", "none", "none", None, """what questions should I ask a venue before booking a 180-person conference"""),
(0, "classification", "en", "before", "form", None, """Is this expense claim compliant with a policy of 'meals max £30/person, no alcohol'? yes/no

Claim: Team dinner, 4 people, £112.00. Itemised: food £96.00, soft drinks £16.00."""),
(0, "summarization", "en", "before", "log", "W3-p013", """what happened to this pod? one or two sentences

Events:
  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  6m                   default-scheduler  Successfully assigned prod/api-7c9d8-xk2lp to node-14
  Normal   Pulled     6m                   kubelet            Container image "registry.local/api:2.3.1" already present on machine
  Normal   Created    5m (x4 over 6m)      kubelet            Created container api
  Normal   Started    5m (x4 over 6m)      kubelet            Started container api
  Warning  Unhealthy  5m (x8 over 6m)      kubelet            Readiness probe failed: Get "http://10.2.3.4:8080/healthz": dial tcp 10.2.3.4:8080: connect: connection refused
  Warning  BackOff    60s (x20 over 5m)    kubelet            Back-off restarting failed container api in pod api-7c9d8-xk2lp
Last State:     Terminated
  Reason:       OOMKilled
  Exit Code:    137
Limits:
  memory: 256Mi"""),
(1, "general_qa", "en", "before", "log", "W3-p013", """how do I fix this? the same image ran fine last week with the same limits, only change was we upgraded the JVM base image

Events:
  Warning  Unhealthy  5m (x8 over 6m)      kubelet            Readiness probe failed: Get "http://10.2.3.4:8080/healthz": dial tcp 10.2.3.4:8080: connect: connection refused
  Warning  BackOff    60s (x20 over 5m)    kubelet            Back-off restarting failed container api
Last State:     Terminated
  Reason:       OOMKilled
  Exit Code:    137
Limits:
  memory: 256Mi"""),
(1, "open_qa", "en", "none", "none", None, """exit code 137 means what exactly"""),
(0, "classification", "en", "before", "list", None, """group these into frontend / backend / devops tools: React, Terraform, Django, Vite, Ansible, FastAPI, Tailwind, Helm, Spring"""),
(1, "creative_writing", "en", "before", "table", None, """Write a silly ode to our team's coffee consumption based on this sheet:

week | cups
1    | 212
2    | 198
3    | 341  (release week)
4    | 180"""),
(0, "summarization", "en", "after", "reviews", "W3-p014", """Reviews for the "TrailMate 40L" hiking backpack (collected from our shop page, June):

1. ★★★★★ "Took this on a 5-day hut-to-hut trek in the Dolomites. Comfortable even at 12kg, the hip belt really carries the weight. The side pockets are deep enough for a 1L bottle. Only gripe: the rain cover is a separate purchase, which feels stingy at this price."

2. ★★★☆☆ "Good pack, but the sizing chart is off. I'm 178cm and the M was too short in the torso, had to exchange for the L. The exchange was painless though."

3. ★★★★☆ "Love the lid pocket and the hydration sleeve. Zips feel solid. Back panel gets sweaty on hot days, it's not one of those trampoline mesh designs."

4. ★★☆☆☆ "Strap buckle snapped on day two. Customer service sent a replacement buckle quickly but I was stuck with a broken strap on the trail. Feels like a QC issue."

5. ★★★★★ "Best-fitting pack I've owned, and I've owned a few. Women's fit version is a real women's fit, not just a different colour."

6. ★★★★☆ "Lots of attachment points for poles and an ice axe. Heavier than my old ultralight pack (1.6kg vs 0.9kg) but way more comfortable. Worth the trade for me."

7. ★☆☆☆☆ "Ordered the green one and got grey. Returned it. Haven't tried another."

8. ★★★★☆ "Hip belt pockets fit my phone (a big one). Sternum strap whistle is a nice touch. Wish it came with a rain cover."

9. ★★★☆☆ "Decent but the back gets drenched in summer. Probably better for autumn/spring hikes."

10. ★★★★★ "Carried it through two days of constant rain with the cover (bought separately, sigh) and everything inside stayed dry. Fabric seems tough, no scuffs after scrambling."

11. ★★★★☆ "Great value compared to the big brands. Torso is adjustable which helped me dial it in. Instructions for adjusting are confusing."

12. ★★☆☆☆ "Second buckle failure I've heard of among my hiking group. Otherwise nice."

Give me a digest of these reviews for the product team: top praises, top complaints (with how often each comes up), and any quality issue that needs attention. Under 150 words."""),
(1, "creative_writing", "en", "after", "reviews", "W3-p014", """Reviews for the "TrailMate 40L" hiking backpack (collected from our shop page, June):

1. ★★★★★ "Took this on a 5-day hut-to-hut trek in the Dolomites. Comfortable even at 12kg, the hip belt really carries the weight. The side pockets are deep enough for a 1L bottle. Only gripe: the rain cover is a separate purchase, which feels stingy at this price."

2. ★★★☆☆ "Good pack, but the sizing chart is off. I'm 178cm and the M was too short in the torso, had to exchange for the L. The exchange was painless though."

3. ★★★★☆ "Love the lid pocket and the hydration sleeve. Zips feel solid. Back panel gets sweaty on hot days, it's not one of those trampoline mesh designs."

4. ★★☆☆☆ "Strap buckle snapped on day two. Customer service sent a replacement buckle quickly but I was stuck with a broken strap on the trail."

5. ★★★★★ "Best-fitting pack I've owned, and I've owned a few. Women's fit version is a real women's fit, not just a different colour."

6. ★★★★☆ "Lots of attachment points for poles and an ice axe. Heavier than my old ultralight pack (1.6kg vs 0.9kg) but way more comfortable. Worth the trade for me."

7. ★★★★☆ "Hip belt pockets fit my phone (a big one). Sternum strap whistle is a nice touch. Wish it came with a rain cover."

8. ★★★☆☆ "Decent but the back gets drenched in summer. Probably better for autumn/spring hikes."

9. ★★★★★ "Carried it through two days of constant rain with the cover (bought separately, sigh) and everything inside stayed dry. Fabric seems tough, no scuffs after scrambling."

10. ★★★★☆ "Great value compared to the big brands. Torso is adjustable which helped me dial it in."

We're relaunching the TrailMate 40L with a rain cover included and an upgraded buckle. Using what customers actually praise here, write new product page copy: a punchy headline, a 60-word intro paragraph, and 5 feature bullets. Use real customer language where it fits, don't invent specs."""),
(1, "open_qa", "en", "none", "none", None, """how is backpack torso length measured and why does it matter more than height"""),
(0, "classification", "en", "before", "chat", None, """which of these texts need a reply from me today? mark each 'reply today' or 'can wait'

Landlord: boiler engineer coming tomorrow 8-12, can you be in?
Gym: your membership renews on 1 Aug
Ella: lol did you see that video
Dentist: please confirm your appointment Thu 3pm, reply Y
Bank: your statement is ready"""),
(0, "summarization", "en", "before", "code", None, """explain in 2 lines what this SQL migration changes (for a non-technical PM)

ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;
UPDATE customers SET marketing_opt_in = true WHERE consent_source = 'signup_form_v2';
CREATE INDEX idx_customers_opt_in ON customers (marketing_opt_in) WHERE marketing_opt_in;"""),
(1, "open_qa", "en", "before", "code", None, """Does running this on a 30M row postgres table lock it? how long will customers be blocked

ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;"""),
(1, "general_qa", "en", "none", "none", None, """what's a good way to roll out a database migration with zero downtime"""),
(0, "classification", "en", "after", "email", "W3-p015", """From: "DHL Express" <tracking@dhl-parcel-reschedule.net>
Subject: Your parcel could not be delivered

We attempted to deliver your parcel today but no one was home. A redelivery fee of £1.99 is required.
Pay here within 48 hours or the parcel will be returned to sender: http://dhl-parcel-reschedule.net/pay

Is this legit or a scam? one word answer"""),
(1, "general_qa", "en", "after", "email", "W3-p015", """From: "DHL Express" <tracking@dhl-parcel-reschedule.net>
Subject: Your parcel could not be delivered

We attempted to deliver your parcel today but no one was home. A redelivery fee of £1.99 is required.
Pay here: http://dhl-parcel-reschedule.net/pay

ugh I already clicked and put my card in before I noticed the weird domain. what do I do now??"""),
(1, "creative_writing", "en", "none", "none", None, """write a fake changelog for my cat. version 3.0 (she turned 3)"""),
(0, "summarization", "en", "after", "transcript", "W3-p016", """Customer call – Northwind Dental Group – account review
Attendees: ESTHER (our CSM), RAJ (our solutions engineer), DR. PAULA GRANT (Northwind, clinical director), KEVIN (Northwind, IT)

ESTHER: Thanks for making time. We wanted to check in three months after rollout and hear how things are going across the four clinics.
PAULA: Honestly, mixed. The scheduling module is a big improvement, our front desk loves the drag-and-drop. No-shows are down since the SMS reminders went live, maybe fifteen percent fewer.
ESTHER: That's great to hear.
PAULA: The imaging integration is the problem. Our X-ray software at the Eastgate and Riverside clinics doesn't push images into patient records automatically. The staff are exporting and uploading by hand. It's adding ten minutes per patient some days.
RAJ: Which imaging vendor is that?
KEVIN: Eastgate and Riverside are on the older Vistara system, version 6. The other two clinics are on Vistara 8 and those work fine.
RAJ: Right, our connector officially supports version 7 and up. Version 6 uses a different export format. There's a workaround with a watched folder, but it's not something we've rolled out widely.
KEVIN: We'd be happy to try it. Upgrading Vistara is on our list but it's a capital expense, probably next fiscal year.
RAJ: I can set up the watched-folder bridge on one machine at Eastgate as a pilot. If it holds up for two weeks we do Riverside.
PAULA: That would help a lot. The other thing is reporting. I need a monthly report per clinic of production by provider, and right now Kevin builds it in Excel from three different exports.
ESTHER: The custom report builder should do that. Has anyone on your side had the training?
KEVIN: No, I didn't know it existed.
ESTHER: That's on us. I'll book a 45-minute session for Kevin and your office manager.
PAULA: Good. Last thing, and I'll be direct: renewal is in five months and the board will ask whether this was worth it. If imaging isn't sorted, that'll be a hard conversation.
ESTHER: Understood. Let's aim to have the pilot results and the reporting set up well before then. I'll send a summary of what we agreed today and check in every two weeks.
PAULA: Thank you.
KEVIN: I'll send Raj remote access details for the Eastgate machine today.

Write internal call notes for our CRM: overall sentiment, what's working, problems, agreed next steps with owners, and renewal risk."""),
(1, "creative_writing", "en", "after", "transcript", "W3-p016", """Customer call – Northwind Dental Group – account review
Attendees: ESTHER (our CSM), RAJ (our solutions engineer), DR. PAULA GRANT (Northwind, clinical director), KEVIN (Northwind, IT)

PAULA: Honestly, mixed. The scheduling module is a big improvement, our front desk loves the drag-and-drop. No-shows are down since the SMS reminders went live, maybe fifteen percent fewer.
PAULA: The imaging integration is the problem. Our X-ray software at the Eastgate and Riverside clinics doesn't push images into patient records automatically. The staff are exporting and uploading by hand.
KEVIN: Eastgate and Riverside are on the older Vistara system, version 6.
RAJ: Our connector officially supports version 7 and up. There's a workaround with a watched folder. I can set up the watched-folder bridge on one machine at Eastgate as a pilot. If it holds up for two weeks we do Riverside.
PAULA: I need a monthly report per clinic of production by provider, and right now Kevin builds it in Excel.
ESTHER: The custom report builder should do that. I'll book a 45-minute session for Kevin and your office manager.
PAULA: Renewal is in five months and the board will ask whether this was worth it.
ESTHER: I'll send a summary of what we agreed today and check in every two weeks.
KEVIN: I'll send Raj remote access details for the Eastgate machine today.

I'm Esther. Write the follow-up email to Paula and Kevin after this call. Warm, confident, owns our mistake about the training, lists next steps with dates (pilot starts Monday, training next Thursday), and doesn't sound like a sales pitch."""),
(1, "general_qa", "en", "none", "none", None, """customer renewal in 5 months, they're unhappy about one integration. how do I turn this around? I'm a new CSM"""),
(0, "classification", "en", "before", "list", None, """Which of these log levels would you expect in production by default: TRACE, DEBUG, INFO, WARN, ERROR? just list the ones that are on"""),
(0, "summarization", "en", "after", "chat", None, """Group chat "Barcelona 🌞"

Nina: flights are £89 return if we book by friday
Joe: I'm in
Priti: in but I can only do the 12th-15th
Joe: 12-15 works
Nina: accommodation? airbnb or hostel
Priti: airbnb, I'm too old for hostels lol
Joe: airbnb, split 3 ways is fine
Nina: found one in Gràcia, £420 total for 3 nights
Priti: looks cute. book it
Joe: can someone else pay and I'll transfer, my card's being weird
Nina: I'll book both and send you both the amounts
Priti: legend
Joe: 🙏

summarise what's been agreed"""),
(1, "general_qa", "en", "none", "none", None, """3 days in Barcelona in mid-June, we're staying in Gràcia. rough itinerary? we like food and walking, not museums so much"""),
(0, "classification", "en", "after", "log", None, """Error: connect ECONNREFUSED 127.0.0.1:5432

DB problem, network problem, or code problem? just the category"""),
(1, "open_qa", "en", "after", "log", None, """Error: connect ECONNREFUSED 127.0.0.1:5432

this is inside a docker container and postgres is running in another container in the same compose file. why does it refuse? postgres is definitely up"""),
(1, "creative_writing", "en", "none", "none", None, """poem about localhost. make it sad"""),
(0, "summarization", "en", "after", "list", None, """- 2023-11-02 Prod outage 47 min, expired TLS cert on load balancer
- 2024-01-19 Partial outage 12 min, bad config push to CDN
- 2024-02-28 Prod outage 2h10, database failover didn't promote replica
- 2024-04-03 Degraded 30 min, noisy neighbour on shared Redis
- 2024-05-22 Prod outage 25 min, expired TLS cert on internal API gateway
- 2024-06-30 Degraded 1h, DNS TTL too long after migration

condense our incident log into the recurring themes"""),
(1, "general_qa", "en", "after", "list", None, """- 2023-11-02 Prod outage 47 min, expired TLS cert on load balancer
- 2024-05-22 Prod outage 25 min, expired TLS cert on internal API gateway

two outages from expired certs in 7 months. how do we make sure this never happens again? we have a mix of AWS ACM, some let's encrypt, and a couple of manually bought certs"""),
(0, "classification", "en", "before", "reviews", None, """Does each comment mention price? yes/no only.
- "worth every penny"
- "the blue is lovely"
- "cheaper on amazon tbh"
- "arrived in 2 days"
- "a bit steep for what it is" """),
(1, "open_qa", "en", "none", "none", None, """How does Let's Encrypt verify that I own a domain?"""),
(0, "summarization", "en", "before", "json", None, """summarise this API response for me: how many users, how many active, anything odd?

{"page": 1, "per_page": 5, "total": 5, "data": [
 {"id": 101, "email": "a@example.com", "status": "active", "last_login": "2024-07-01"},
 {"id": 102, "email": "b@example.com", "status": "active", "last_login": "2024-06-30"},
 {"id": 103, "email": "c@example.com", "status": "suspended", "last_login": "2023-02-11"},
 {"id": 104, "email": "d@example.com", "status": "active", "last_login": null},
 {"id": 105, "email": "e@example.com", "status": "active", "last_login": "2024-07-02"}
]}"""),
(1, "general_qa", "en", "none", "none", None, """design a pagination scheme for a REST API, offset or cursor? pros cons"""),
(0, "classification", "en", "inline", "chat", None, """User: hi
Bot: Hello! How can I help?
User: i was charged twice for my subscription this month

[classify the user's intent: billing_issue, cancel, tech_support, greeting, other]"""),
(1, "creative_writing", "en", "inline", "chat", None, """User: hi
Bot: Hello! How can I help?
User: i was charged twice for my subscription this month

[write the bot's next message. be empathetic, ask for the last 4 digits of the card and the dates of both charges, say refunds take 3-5 business days]"""),
(0, "summarization", "en", "before", "notes", None, """Clean these 1:1 notes into 3 bullets I can send back to my report:

- talked about promo, she wants senior by Q1
- gaps: needs to lead a cross-team project, more design docs
- she's nervous about presenting
- agreed: she'll lead the search revamp kickoff
- I'll get her a slot at eng all-hands in Nov
- check in again in 4 wks"""),
(1, "general_qa", "en", "before", "notes", None, """- she wants senior by Q1
- gaps: needs to lead a cross-team project, more design docs
- she's nervous about presenting

I'm her manager. How can I help her get ready for presenting at all-hands without throwing her in the deep end?"""),
(1, "open_qa", "en", "none", "none", None, """what does 'staff engineer' actually mean at most tech companies"""),
(0, "classification", "en", "before", "table", None, """classify each row as income or expense:

| date  | description            | amount  |
| 03/01 | Salary ACME LTD        | +2840.00|
| 03/02 | Tesco Stores           | -54.21  |
| 03/04 | Refund - Zara          | +29.99  |
| 03/05 | Netflix                | -10.99  |
| 03/07 | Transfer from savings  | +200.00 |"""),
(0, "summarization", "en", "after", "log", None, """[2024-08-02 06:00:01] backup: starting nightly job
[2024-08-02 06:00:03] backup: snapshot db-main ok (41.2 GB)
[2024-08-02 06:14:55] backup: upload to s3://acme-backups/db-main/2024-08-02 ok
[2024-08-02 06:15:02] backup: snapshot db-analytics FAILED: lock timeout after 300s
[2024-08-02 06:15:02] backup: retrying db-analytics (1/3)
[2024-08-02 06:20:04] backup: snapshot db-analytics FAILED: lock timeout after 300s
[2024-08-02 06:20:04] backup: retrying db-analytics (2/3)
[2024-08-02 06:25:06] backup: snapshot db-analytics FAILED: lock timeout after 300s
[2024-08-02 06:25:06] backup: giving up on db-analytics
[2024-08-02 06:25:07] backup: pruning backups older than 30 days: 2 removed
[2024-08-02 06:25:08] backup: job finished with 1 error

did last night's backup work? give me the short answer"""),
(1, "general_qa", "en", "none", "none", None, """how often should a small company test restoring from backups and how do you actually do it"""),
(0, "classification", "en", "before", "list", None, """vegan or not vegan: honey, tofu, gelatin, oat milk, whey protein, seitan"""),
(1, "creative_writing", "en", "none", "none", None, """write a 6-word horror story for programmers"""),
(0, "summarization", "en", "before", "transcript", None, """Give me 3 bullet minutes:

PM: so the beta starts monday with 50 users
DEV: I still need the feedback widget merged
PM: can it be merged by friday?
DEV: yes if QA signs off thursday
QA: I can do thursday
PM: great. invite email goes out sunday night then"""),
(1, "open_qa", "en", "none", "none", None, """What makes a good beta test group size for a B2B SaaS product?"""),
(0, "classification", "en", "after", "code", None, """def get_user(id):
    query = f"SELECT * FROM users WHERE id = {id}"
    return db.execute(query)

security review: vulnerable or safe?"""),
(1, "open_qa", "en", "after", "code", None, """def get_user(id):
    query = f"SELECT * FROM users WHERE id = {id}"
    return db.execute(query)

my senior said this is an injection risk but id is always an int from the URL route. is it actually exploitable? explain"""),
(0, "summarization", "en", "after", "chat", None, """From the #general channel, last 24h:

Facilities bot: Lift B out of service until Thursday
Jon: whoever left the bike in the stairwell pls move it
Ama: Friday drinks are at the Anchor this week not the office
HR bot: Reminder: open enrolment for benefits closes 31 July
Jon: bike moved, thanks whoever
Lee: free cake in kitchen 3rd floor 🎂
Ama: correction, drinks start 5:30 not 5

give me the important bits only"""),
(1, "creative_writing", "en", "none", "none", None, """write a friday drinks invite for the team slack, pub is the Anchor, 5:30, make it a bit silly"""),
(0, "classification", "en", "before", "email", None, """Label the intent of this email: complaint, inquiry, cancellation, or praise.

"Hi — I've been a customer for 6 years and I'm afraid I'll have to close my account at the end of the month. Nothing personal, we're moving abroad. Could you confirm the steps?" """),
(1, "general_qa", "en", "none", "none", None, """moving from the UK to Portugal for work, what do I need to sort out with banks, tax and my pension before I go"""),
(0, "summarization", "en", "after", "code", "W3-p017", """PR #1289: Replace moment.js with date-fns

Description:
moment.js is in maintenance mode and adds ~290KB to our bundle. This PR swaps it out for date-fns.

Changes:
- All 41 call sites migrated. Most were `moment().format(...)` and `moment(x).fromNow()`.
- Timezone handling now uses `date-fns-tz` (only 3 places needed it: invoices, scheduled reports, the calendar widget).
- Added a small `formatDate` helper in `src/lib/dates.ts` so we stop importing formats everywhere.
- Locale files are now loaded lazily for the 6 languages we support.

Results:
- main bundle: 1.42MB -> 1.11MB (gzip 402KB -> 318KB)
- no visual diffs in Chromatic except the calendar header, which now shows "Mon" instead of "Mon." in French (a moment quirk we were relying on). I think the new one is correct but flagging it.

Testing:
- unit tests updated, 100% of date tests pass
- manually checked invoices in en, fr, de for the DST changeover weekend

Reviewer notes: please look at the invoice timezone code closely, that's where bugs would hurt.

Summarize this PR in 2 sentences for the weekly eng update."""),
(1, "general_qa", "en", "after", "code", "W3-p017", """PR #1289: Replace moment.js with date-fns

- All 41 call sites migrated. Most were `moment().format(...)` and `moment(x).fromNow()`.
- Timezone handling now uses `date-fns-tz` (only 3 places needed it: invoices, scheduled reports, the calendar widget).
- Locale files are now loaded lazily for the 6 languages we support.
- main bundle: 1.42MB -> 1.11MB

I've been asked to review this. What should I specifically test or look for around the invoice timezone code and the DST changeover before approving? Give me a review checklist."""),
(1, "open_qa", "en", "none", "none", None, """why is moment.js considered deprecated"""),
(0, "classification", "en", "before", "list", None, """Are these words or typos? definately, necessary, accomodate, separate, occured, rhythm"""),
(0, "summarization", "en", "after", "form", None, """Customer feedback form
Product: SmartKettle Pro
Rating: 2/5
What did you like? It boils fast and looks nice on the counter.
What didn't you like? The app loses connection every day and I have to re-pair it. The 'keep warm' setting turns itself off after 10 min even though I set 30.
Would you recommend it? Not in its current state
Anything else? If the app gets fixed I'd change my rating.

summarise this feedback in one sentence for the product weekly"""),
(1, "open_qa", "en", "none", "none", None, """why do so many smart home devices lose wifi connection randomly"""),
(0, "classification", "en", "before", "log", "W3-p018", """Categorize the root cause of this build failure: dependency, syntax, test, or environment. one word.

error[E0433]: failed to resolve: use of undeclared crate or module `tokio`
 --> src/main.rs:3:5
  |
3 | use tokio::net::TcpListener;
  |     ^^^^^ use of undeclared crate or module `tokio`"""),
(1, "general_qa", "en", "before", "log", "W3-p018", """new to rust, how do I fix this?

error[E0433]: failed to resolve: use of undeclared crate or module `tokio`
 --> src/main.rs:3:5
  |
3 | use tokio::net::TcpListener;
  |     ^^^^^ use of undeclared crate or module `tokio`"""),
(1, "creative_writing", "en", "none", "none", None, """a sonnet about the borrow checker pls"""),
(0, "summarization", "en", "after", "table", None, """Sprint 42 board snapshot

| ticket  | title                          | status      | points |
| WEB-801 | New pricing page               | Done        | 5      |
| WEB-802 | A/B test banner                | Done        | 3      |
| WEB-803 | Fix cookie consent on Safari   | In review   | 2      |
| WEB-804 | Migrate blog to new CMS        | In progress | 8      |
| WEB-805 | Accessibility audit fixes      | To do       | 5      |
| WEB-806 | Speed up product images        | Done        | 3      |

Summarise where the sprint stands (points done vs remaining, what's at risk)."""),
(1, "general_qa", "en", "none", "none", None, """our team always finishes ~60% of sprint points. should we just plan less or is something else wrong"""),
(0, "classification", "en", "before", "reviews", None, """Which of these reviews look fake/incentivised? mark each real or suspicious

A "AMAZING product!!! Best purchase ever!!! 5 stars!!! Highly recommend to everyone!!!"
B "Solid blender. Crushes ice fine, a bit loud. Jar lid is hard to get off."
C "I received this product free in exchange for my honest review. It is great."
D "Motor died after 4 months of daily smoothies, warranty replaced it." """),
(1, "open_qa", "en", "none", "none", None, """how do amazon fake review farms actually work"""),
(0, "summarization", "en", "before", "email", None, """one-line summary pls:

Hi team, quick note that the Q3 OKR doc is now locked. Any changes after today need to go through me and will be tracked in the change log tab. Thanks for all the input last week — we ended up with 4 objectives instead of 6, which I think is healthier. — Farah"""),
(1, "creative_writing", "en", "none", "none", None, """write a fun OKR for my dog"""),
(0, "classification", "en", "after", "json", None, """[
 {"id": 1, "text": "I can't find where to change my password"},
 {"id": 2, "text": "Your product saved my small business, thank you"},
 {"id": 3, "text": "Invoice #4421 charged me twice"},
 {"id": 4, "text": "Does the API support webhooks?"}
]

return the same list with a "category" field added: one of account, billing, praise, pre_sales_question"""),
(1, "general_qa", "en", "none", "none", None, """how should I store passwords in my app? bcrypt, argon2, something else?"""),
(0, "summarization", "en", "after", "log", None, """$ git log --oneline v1.4.0..v1.5.0
a91f0e2 Bump version to 1.5.0
c4d8e11 Add --json flag to `status` command
8bd2f3a Fix crash when config file is empty
71e0c9d Support XDG_CONFIG_HOME
55aa01b Improve error message for missing API key
3f0b6d4 Drop support for Python 3.8
19c7e2a Add `completion` command for bash/zsh/fish
0e2d9b1 Docs: add troubleshooting page

draft short release notes from these commits, grouped Added/Fixed/Changed"""),
(1, "creative_writing", "en", "after", "log", None, """c4d8e11 Add --json flag to `status` command
8bd2f3a Fix crash when config file is empty
19c7e2a Add `completion` command for bash/zsh/fish

write a tweet thread (3 tweets) announcing v1.5 of my CLI tool, nerdy and fun"""),
(1, "open_qa", "en", "none", "none", None, """what is semantic versioning and when do you bump major"""),
(0, "classification", "en", "before", "chat", None, """Is the customer in this chat satisfied at the end? yes / no

Agent: I've applied the refund, you'll see it in 3-5 days.
Customer: ok
Agent: Anything else I can help with?
Customer: no. took 3 calls to get here but fine."""),
(0, "summarization", "en", "after", "transcript", None, """Standup, Wed

ALI: yesterday finished the invoice PDF export. today, starting on the email templates. no blockers.
BEA: yesterday was in the incident review most of the day. today picking up the flaky e2e tests. blocked on access to the staging logs, asked IT.
CARL: still on the search indexing rewrite. it's bigger than I thought, probably 3 more days. might need a pair on the Elasticsearch mapping stuff.
DANI: out tomorrow, handed over the on-call to Ali.

summarize for the async standup thread, blockers first"""),
(1, "general_qa", "en", "none", "none", None, """how to run a standup that isn't a status report for the manager"""),
(0, "classification", "en", "before", "list", None, """which of these error codes are client errors vs server errors: 400, 401, 403, 404, 418, 500, 502, 503"""),
(1, "open_qa", "en", "none", "none", None, """is 418 I'm a teapot a real status code? where did it come from"""),
(0, "summarization", "en", "before", "table", None, """summarize household spending for july, top 3 categories and total:

groceries 412.30
rent 1350.00
utilities 138.75
eating out 221.40
transport 96.00
subscriptions 47.97
gifts 80.00
misc 63.12"""),
(1, "general_qa", "en", "before", "table", None, """rent 1350, groceries 412, eating out 221, utilities 139, transport 96, subscriptions 48, gifts 80, misc 63. take home is 2900/mo. I want to save 400 a month. where do I cut?"""),
(1, "creative_writing", "en", "none", "none", None, """write a short rhyming poem about finally sticking to a budget"""),
(0, "classification", "en", "after", "log", None, """WARNING: apt does not have a stable CLI interface. Use with caution in scripts.

is this something that breaks my install or just a warning I can ignore?"""),
(1, "open_qa", "en", "none", "none", None, """Why does apt warn that it doesn't have a stable CLI interface? should scripts use apt-get instead"""),
(0, "summarization", "en", "after", "chat", None, """[WhatsApp, Allotment Society committee]
[07/05 19:12] Brenda: water trough by plot 14 is leaking again
[07/05 19:20] Stan: I'll look tmrw, probably the float valve
[07/05 19:45] Marie: also the compost bays are full, need a volunteer day
[07/05 19:46] Brenda: sat 20th?
[07/05 19:50] Stan: can do
[07/05 20:01] Marie: 20th it is, I'll put a notice on the gate
[08/05 10:30] Stan: valve replaced, trough fixed, £12 from the petty cash
[08/05 10:31] Brenda: ta Stan

summarise this for the minutes"""),
(1, "creative_writing", "en", "none", "none", None, """write the notice for the allotment gate: compost volunteer day saturday 20th, 10am, bring gloves, tea provided"""),
(0, "classification", "en", "before", "form", None, """Based on this application form, which bin does the applicant go in: eligible, ineligible, needs more info?

Grant: Small Business Green Fund (requires: UK-registered, under 50 staff, project cost £5k-£50k)
Applicant: registered in Wales, 12 staff
Project: solar panels on workshop roof
Project cost: [left blank]"""),
(1, "general_qa", "en", "none", "none", None, """tips for writing a small business grant application that actually gets funded"""),
(0, "summarization", "en", "after", "code", None, """version: "3.9"
services:
  web:
    build: .
    ports: ["8000:8000"]
    depends_on: [db, redis]
    env_file: .env
  worker:
    build: .
    command: celery -A app worker -l info
    depends_on: [redis]
  db:
    image: postgres:16
    volumes: ["pgdata:/var/lib/postgresql/data"]
  redis:
    image: redis:7
volumes:
  pgdata:

describe this compose file in two sentences for a README"""),
(1, "open_qa", "en", "after", "code", None, """  web:
    depends_on: [db, redis]

does depends_on here actually wait for postgres to be ready to accept connections? my web container keeps crashing on first boot"""),
(1, "general_qa", "en", "none", "none", None, """docker compose vs kubernetes for a side project with 3 services, which one"""),
(0, "classification", "en", "before", "list", None, """spam or not spam:
1) "Congratulations, you've been selected for a free cruise"
2) "Your Zoom link for tomorrow's interview"
3) "Lowest mortgage rates, act now"
4) "Re: the slides from Tuesday" """),
(1, "creative_writing", "en", "none", "none", None, """a spam email but written as if it were a Shakespearean sonnet"""),
]
