# writer nonprose, part 05. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "chat", "W3-p034", """Live chat transcript – Ref #LC-5520913 – Card services

[14:02:11] System: You're now chatting with Aaron (Card Services).
[14:02:15] Aaron: Hi, thanks for waiting. How can I help today?
[14:02:40] Customer: Hi. There's a payment on my credit card I don't recognise. £612.40 to something called "TRVL*BOOKINGHUB" on the 3rd. I didn't book any travel.
[14:03:22] Aaron: I'm sorry to hear that. I can look into it with you. For security, can you confirm the last four digits of the card and your date of birth?
[14:03:50] Customer: [verified]
[14:04:31] Aaron: Thank you, you're verified. I can see the transaction: £612.40 on 3 October, merchant TRVL*BOOKINGHUB, online, card not present. Is your physical card still with you?
[14:04:45] Customer: yes it's in my wallet
[14:05:10] Aaron: Okay. Have you used the card on any travel or booking websites recently, or shared it with anyone, for example a family member?
[14:05:44] Customer: I booked a hotel in August through a different site, but that was £180 and it's already gone through. Nobody else uses my card.
[14:06:20] Aaron: Thanks. I also see two smaller transactions the day before: £1.00 and £2.50 to a merchant called "DIGI SERVICES". Do you recognise those?
[14:06:49] Customer: no!! I didn't even notice those
[14:07:15] Aaron: Those small charges are often a test to check if a card works, so this does look like fraud. Here's what I'm going to do: I'll block this card now so no more payments can go through, and I'll raise a fraud claim for all three transactions, totalling £615.90.
[14:07:30] Customer: ok. will I get the money back?
[14:08:05] Aaron: Under the claim, we'll usually put a temporary credit on your account within 2 working days while we investigate. The investigation can take up to 30 days. You won't be liable for fraudulent transactions as long as you haven't shared your details or been careless with them, which doesn't sound like the case.
[14:08:30] Customer: what about my direct debits and my Netflix etc on this card
[14:09:10] Aaron: Direct debits come from your current account, not this credit card, so they're unaffected. Card payments like subscriptions will fail once the card is blocked. Your replacement card will have a new number, so you'll need to update those subscriptions when it arrives.
[14:09:32] Customer: how long for the new card?
[14:10:01] Aaron: 3 to 5 working days by post. If you need to pay for things in the meantime, your new card details will be available in the app as a virtual card within about an hour.
[14:10:20] Customer: oh good. ok please block it
[14:10:41] Aaron: Done. The card ending in [redacted] is now blocked. Claim reference is FR-88213-Q. You'll get an email confirming the claim in the next 30 minutes.
[14:11:05] Customer: thank you. is there anything I should do?
[14:11:50] Aaron: A couple of things. Keep an eye on your other accounts for anything odd. We'll never ask for your full PIN or a one-time passcode by phone or text, so if anyone contacts you claiming to be us about this claim, hang up and call the number on the back of your card. And it's worth changing your password on the site where you booked the hotel, in case that's where the details leaked.
[14:12:10] Customer: ok will do. thanks Aaron
[14:12:25] Aaron: You're welcome. Is there anything else I can help with today?
[14:12:31] Customer: no that's all
[14:12:40] Aaron: Take care. Goodbye.
[14:12:41] System: Chat ended.

Write the case summary for our CRM from this chat: customer issue, what was verified, actions taken, amounts, reference, what the customer was told about timelines. Neutral tone, no names."""),
(1, "general_qa", "en", "after", "chat", "W3-p034", """Live chat transcript – Card services (me = Customer)

[14:02:40] Customer: There's a payment on my credit card I don't recognise. £612.40 to something called "TRVL*BOOKINGHUB" on the 3rd. I didn't book any travel.
[14:04:31] Aaron: I can see the transaction: £612.40 on 3 October, merchant TRVL*BOOKINGHUB, online, card not present. Is your physical card still with you?
[14:04:45] Customer: yes it's in my wallet
[14:05:44] Customer: I booked a hotel in August through a different site, but that was £180 and it's already gone through.
[14:06:20] Aaron: I also see two smaller transactions the day before: £1.00 and £2.50 to a merchant called "DIGI SERVICES". Do you recognise those?
[14:07:15] Aaron: Those small charges are often a test to check if a card works, so this does look like fraud. I'll block this card now and raise a fraud claim for all three transactions, totalling £615.90.
[14:08:05] Aaron: We'll usually put a temporary credit on your account within 2 working days while we investigate. The investigation can take up to 30 days.
[14:10:41] Aaron: The card is now blocked. Claim reference is FR-88213-Q.
[14:11:50] Aaron: It's worth changing your password on the site where you booked the hotel, in case that's where the details leaked.

That was my chat with the bank. It's now day 9 and there's still no temporary credit, and the bank's app says the claim is "pending merchant response". What should I do next? Can I escalate, and at what point should I go to the Financial Ombudsman? Also how do I figure out where my card number leaked from?"""),
(0, "classification", "en", "before", "reviews", None, """sentiment: "Does what it says. Nothing more." """),
(1, "creative_writing", "en", "none", "none", None, """Write a short rhyming couplet for a card thanking our cleaner."""),
(0, "classification", "en", "after", "log", None, """[   12.448121] e1000e 0000:00:1f.6 eno1: NIC Link is Down
[   14.902233] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None
[  318.110498] e1000e 0000:00:1f.6 eno1: NIC Link is Down
[  320.552901] e1000e 0000:00:1f.6 eno1: NIC Link is Up 100 Mbps Full Duplex, Flow Control: None
[  611.007341] e1000e 0000:00:1f.6 eno1: NIC Link is Down
[  613.449012] e1000e 0000:00:1f.6 eno1: NIC Link is Up 100 Mbps Full Duplex, Flow Control: None
[  904.221890] e1000e 0000:00:1f.6 eno1: Detected Hardware Unit Hang:
                 TDH                  <4a>
                 TDT                  <5e>
                 next_to_use          <5e>
                 next_to_clean        <48>
[  904.222101] e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly
[  907.338770] e1000e 0000:00:1f.6 eno1: NIC Link is Up 100 Mbps Full Duplex, Flow Control: None
[ 1210.884023] e1000e 0000:00:1f.6 eno1: NIC Link is Down

I need to put this on the right team's board. Is the problem most likely the cable/switch port, the NIC driver, the OS network config, or the application? pick one"""),
(1, "open_qa", "en", "after", "log", None, """[  318.110498] e1000e 0000:00:1f.6 eno1: NIC Link is Down
[  320.552901] e1000e 0000:00:1f.6 eno1: NIC Link is Up 100 Mbps Full Duplex, Flow Control: None
[  904.221890] e1000e 0000:00:1f.6 eno1: Detected Hardware Unit Hang:
[  904.222101] e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly

why would a gigabit link renegotiate down to 100 Mbps after flapping? and is the 'hardware unit hang' caused by that or a separate thing? I've seen people mention turning off TSO for e1000e, what's the reasoning"""),
(0, "summarization", "en", "after", "chat", "W3-p035", """PR #2210 "Move session storage from Redis to Postgres" – review thread

@amira (author): This removes Redis as a dependency for sessions. Sessions now live in a `sessions` table with an index on `expires_at` and a cron that deletes expired rows every 10 minutes. Motivation: Redis is our only remaining stateful thing outside Postgres, and ops would like to drop the managed Redis (£410/month). Load test attached: 1,800 req/s at p95 14ms for session reads, vs 6ms on Redis.

@dmitri: I'm not against it, but two concerns. (1) Every authenticated request now does a DB read. Our primary is already at 60% CPU at peak. (2) We update `last_seen` on every request. That's a write per request on a hot table, with all the bloat and vacuum fun that implies.

@amira: (1) fair, but the session table is tiny and fully cached, the CPU cost in the load test was +4%. (2) good catch, I'll change it to only update last_seen if it's older than 5 minutes.

@kenji: Can we read sessions from a replica? Replication lag is usually under 100ms.

@dmitri: Replica reads for sessions are risky: user logs in, next request hits the replica before the row is there, they're logged out. We'd need read-your-writes or a fallback to primary on miss.

@amira: I'd rather keep it simple and read from primary for now. If CPU becomes a problem, we do the fallback.

@kenji: OK with that. Also, what happens to existing sessions on deploy? Do we force everyone to log in again?

@amira: Yes, one-time logout. I think it's acceptable if we deploy at 6am and announce it. The alternative is a dual-read period, which adds a week of complexity.

@lena (PM): A forced logout is fine for web, but the mobile app shows an ugly error when the session dies. Can we make sure mobile gets a proper "please sign in again" screen?

@amira: The mobile app already handles 401 with the sign-in screen since v3.2. About 6% of users are on older versions; they'd see the generic error.

@lena: 6% is acceptable if support knows. I'll brief them.

@dmitri: Updated diff looks good with the 5-minute throttle on last_seen. One more: please add a partial index or use `DELETE ... WHERE expires_at < now() LIMIT` in batches in the cleanup cron, otherwise the first run after deploy deletes nothing (fine), but if the cron ever stops for a day we'll do a massive delete.

@amira: Done, batches of 5,000.

@dmitri: Approved.

@kenji: Approved.

Give me a status summary of this PR review: what it changes, concerns raised, how each was resolved, and whether it's ready to merge."""),
(1, "open_qa", "en", "after", "chat", "W3-p035", """From a code review thread about moving sessions from Redis to Postgres:

@dmitri: We update `last_seen` on every request. That's a write per request on a hot table, with all the bloat and vacuum fun that implies.
@kenji: Can we read sessions from a replica? Replication lag is usually under 100ms.
@dmitri: Replica reads for sessions are risky: user logs in, next request hits the replica before the row is there, they're logged out. We'd need read-your-writes or a fallback to primary on miss.

Two things I don't understand as a junior: why does updating a row on every request cause "bloat" in Postgres (isn't it just overwriting a value?), and what exactly does "read-your-writes" consistency mean and how do people implement it with replicas?"""),
(1, "general_qa", "en", "none", "none", None, """is it dumb to store sessions in postgres instead of redis for a mid-size app"""),
(0, "classification", "en", "before", "list", None, """Which of these passwords would fail a policy of 12+ chars with a number and a symbol?
- Summer2024!
- correct-horse-battery-staple
- P@ssw0rd1234
- aaaaaaaaaaaa1!"""),
(1, "open_qa", "en", "none", "none", None, """are long passphrases actually better than complex short passwords?"""),
(0, "summarization", "en", "after", "transcript", "W3-p036", """Board meeting – Greenway Community Energy Co-op – 3 October (extract, agenda item 4: Solar array phase 2)

CHAIR (Rosalind): Item four. Phase two of the solar array on the school roofs. Tomasz, you've got the numbers.
TREASURER (Tomasz): Yes. Phase one is the four roofs we did last year, 180 kilowatts peak. It generated about 8 percent more than forecast in its first year, which is good news, mostly because of the sunny spring. Income from the schools' power purchase agreement plus the export tariff came to £31,400 against a forecast of £28,900. Phase two would add three more schools, another 150 kilowatts. The installer quote is £162,000, fixed for 60 days.
DIRECTOR (Amara): How would we fund it?
TREASURER: Two options. A community share offer, like phase one, target £120,000, plus a £42,000 loan from the council's green fund at 2.5 percent over ten years. Or a bigger share offer for the full amount.
DIRECTOR (Glyn): Phase one's share offer took four months to fill. If we need the money inside 60 days for the quote, the bigger offer is risky.
CHAIR: Can the quote be extended?
TREASURER: I asked. They'll extend to 90 days if we pay a £5,000 deposit, which is refundable only if we cancel for planning reasons.
DIRECTOR (Amara): And the schools are on board?
DIRECTOR (Priya): Two of the three have signed heads of terms. The third, St Anne's, is waiting for their governors' meeting on the 21st. Their roof survey also flagged that the roof membrane has maybe eight years left, and we'd be installing panels for 25.
DIRECTOR (Glyn): That's a problem. Taking panels off to re-roof costs a fortune.
DIRECTOR (Priya): The diocese might replace the membrane first if we agree to share the cost. They've hinted at a 50-50 split, about £18,000 each.
TREASURER: That would put the project at £180,000 for us, and the returns still work, but it's thinner. Payback goes from 11 to about 12.5 years.
CHAIR: Let me try to summarise options. One, proceed with all three schools, including the roof cost share with the diocese. Two, proceed with the two schools that are ready and leave St Anne's for a phase three. Three, wait until after the 21st and decide then.
DIRECTOR (Amara): If we do only two schools, does the installer hold the price?
TREASURER: They said they'd requote, probably around £110,000 for 100 kilowatts, so the per-kilowatt cost goes up slightly.
DIRECTOR (Glyn): I'd go with two schools now, St Anne's later. Less risk.
DIRECTOR (Priya): I'd rather wait three weeks. St Anne's is the biggest roof and the most committed head teacher.
CHAIR: Let's take a vote. Proceed with two schools now: Glyn, Tomasz. Wait until after the 21st: Priya, Amara, and myself. So we wait. Tomasz, please pay the £5,000 deposit to extend the quote to 90 days, and Priya, please get the diocese's cost-share offer in writing before the 21st.
TREASURER: Will do. I'll also start drafting the share offer document so we're not losing time.
CHAIR: Good. And Glyn, would you look into whether the council loan can be increased if we end up at £180,000?
DIRECTOR (Glyn): Yes.
CHAIR: Thank you. Moving on to item five.

Write the minutes for agenda item 4 only: background figures, options discussed, the vote and result, and action points with owners."""),
(1, "general_qa", "en", "after", "transcript", "W3-p036", """Extract from our co-op board meeting:

TREASURER: Phase two would add three more schools, another 150 kilowatts. The installer quote is £162,000, fixed for 60 days. Funding: a community share offer, target £120,000, plus a £42,000 council loan at 2.5 percent over ten years.
DIRECTOR (Glyn): Phase one's share offer took four months to fill.
DIRECTOR (Priya): St Anne's roof survey flagged that the roof membrane has maybe eight years left, and we'd be installing panels for 25. The diocese might replace the membrane first if we share the cost 50-50, about £18,000 each.
TREASURER: That would put the project at £180,000 for us. Payback goes from 11 to about 12.5 years.
CHAIR: We wait until St Anne's governors meet on the 21st. Tomasz starts drafting the share offer.

I'm Tomasz. The last share offer took four months and this one has to raise £120k+ in under 90 days. How can a small community energy co-op run a share offer faster? What worked for others — marketing, minimum investment levels, pre-pledges, anything?"""),
(1, "creative_writing", "en", "none", "none", None, """poster slogan for a community solar co-op share offer, short and punchy"""),
(0, "classification", "en", "before", "chat", None, """is this message sarcastic? y/n: "oh great, another meeting that could have been an email" """),
(1, "open_qa", "en", "none", "none", None, """why is sarcasm so hard to detect in text"""),
(0, "summarization", "en", "after", "log", None, """ansible-playbook site.yml -l web

PLAY [webservers] ***************************************************
TASK [Gathering Facts] **********************************************
ok: [web-a]
ok: [web-b]
fatal: [web-c]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host 10.1.0.23 port 22: No route to host", "unreachable": true}

TASK [common : install packages] ************************************
ok: [web-a]
changed: [web-b]

TASK [nginx : template config] **************************************
changed: [web-a]
changed: [web-b]

TASK [nginx : validate config] **************************************
ok: [web-a]
fatal: [web-b]: FAILED! => {"changed": false, "cmd": "nginx -t", "rc": 1, "stderr": "nginx: [emerg] unknown directive "http2_push_preload" in /etc/nginx/sites-enabled/app.conf:14"}

RUNNING HANDLER [nginx : reload] ************************************
changed: [web-a]

PLAY RECAP **********************************************************
web-a : ok=5 changed=2 unreachable=0 failed=0
web-b : ok=3 changed=2 unreachable=0 failed=1
web-c : ok=0 changed=0 unreachable=1 failed=0

condense this into a status per host"""),
(1, "open_qa", "en", "after", "log", None, """fatal: [web-b]: FAILED! => {"cmd": "nginx -t", "rc": 1, "stderr": "nginx: [emerg] unknown directive http2_push_preload in /etc/nginx/sites-enabled/app.conf:14"}

same template works on web-a. why would one box say the directive is unknown?"""),
(0, "classification", "en", "before", "list", None, """For each file, is it safe to commit to git or should it be in .gitignore?
.env
package-lock.json
node_modules/
id_rsa
README.md
dist/
docker-compose.yml"""),
(1, "general_qa", "en", "none", "none", None, """I accidentally committed an AWS key to a public github repo 10 min ago. what do i do RIGHT NOW"""),
(0, "summarization", "en", "after", "reviews", "W3-p037", """Google reviews for "Bramble & Bean" café (last 3 months, all of them):

★★★★★ Best flat white in town. The new oat milk is lovely. Staff remembered my name on the second visit!
★★☆☆☆ Waited 25 minutes for two coffees on a Saturday. They need more staff at weekends.
★★★★★ Cosy, dog-friendly, great cakes. The lemon drizzle is a must.
★★★★☆ Lovely place but the wifi is terrible, couldn't get any work done.
★☆☆☆☆ Was told off for using my laptop for "too long" after I'd bought three drinks. Won't return.
★★★★★ The breakfast bap is incredible, generous portions, fair prices.
★★★☆☆ Good coffee, but it's so loud at lunchtime you can't hear yourself think.
★★★★★ Brought my toddler, they had a high chair and crayons. Thoughtful touches.
★★☆☆☆ Cakes looked stale on a Monday afternoon. £4.20 for a dry brownie.
★★★★★ Friendly owner, brilliant coffee, nice to support an independent.
★★★★☆ Saturday queue is long but worth it.
★★★☆☆ Nice enough. Prices have gone up a lot this year.
★★★★★ Their seasonal pumpkin spice (homemade syrup!) is much better than the chains.
★★☆☆☆ Slow service, one person making drinks and taking orders.
★★★★☆ Great food, limited seating, get there early.
★★★★★ Dog got a free puppuccino. 10/10.
★☆☆☆☆ Found a hair in my sandwich. Staff apologised and refunded but still.
★★★★☆ Solid coffee, a bit pricey, nice staff.

Summarize what customers are saying: main strengths, main complaints with rough frequency, and the overall sentiment in one line."""),
(1, "creative_writing", "en", "after", "reviews", "W3-p037", """Some of our recent Google reviews at Bramble & Bean café:

★★☆☆☆ Waited 25 minutes for two coffees on a Saturday. They need more staff at weekends.
★☆☆☆☆ Was told off for using my laptop for "too long" after I'd bought three drinks. Won't return.
★★☆☆☆ Cakes looked stale on a Monday afternoon. £4.20 for a dry brownie.
★☆☆☆☆ Found a hair in my sandwich. Staff apologised and refunded but still.
★★★★★ Dog got a free puppuccino. 10/10.

I'm the owner. Write a public reply to each of these five reviews. Sound like a real person who runs a small café, not a corporate template. For the laptop one, our policy is no laptops 12-2 on weekends because seating is tight — explain that kindly. Different wording for each reply."""),
(1, "general_qa", "en", "none", "none", None, """how do small cafés handle laptop campers without getting bad reviews"""),
(0, "classification", "en", "after", "code", None, """for i in range(len(items)):
    print(items[i])

pythonic or not pythonic?"""),
(1, "creative_writing", "en", "none", "none", None, """write a haiku about list comprehensions"""),
(0, "summarization", "en", "after", "email", None, """From: HR Team
To: All staff
Subject: Updated hybrid working policy – effective 1 November

Hi everyone,

Following the staff consultation in September (thank you to the 212 of you who responded), we're updating the hybrid working policy. The full policy is on the intranet; here's what changes.

1. Office days. The current "three fixed days" rule is replaced by a minimum of 8 office days per calendar month. Teams can agree their own anchor day(s), and we ask that each team has at least one shared day a week so people actually see each other.

2. Core hours. Core hours move from 9:30–16:00 to 10:00–15:00. Outside core hours you can arrange your day as you like, subject to your role's needs (customer-facing teams will keep their rotas).

3. Working abroad. You may now work from another country for up to 20 working days per year, in blocks of no more than 10 days, subject to manager approval and a short tax/immigration check with HR. This does not apply to countries on the restricted list (linked on the intranet).

4. Home office allowance. The one-off home office allowance increases from £250 to £400 for new joiners. Existing staff who received less than £400 can claim the difference before 31 March with receipts.

5. Desk booking. Desk booking becomes mandatory from 1 November. Unbooked desks on the 3rd floor will be released for visitors at 10:30.

6. Exceptions. Anyone with an existing flexible working agreement keeps it. If your circumstances have changed, talk to your manager or HR.

We'll hold two Q&A sessions: Tuesday 22 October at 12:00 and Thursday 24 October at 16:00. Links are in the calendar invite.

Thanks,
HR Team

Summarise the policy changes in a short bulleted list I can paste into my team's channel."""),
(1, "general_qa", "en", "none", "none", None, """our company now allows 20 days a year working from abroad. what tax or legal issues should I check before working from Spain for two weeks? I'm UK-employed"""),
(0, "classification", "en", "before", "list", None, """classify the following as animals, plants or fungi: oak, chanterelle, octopus, moss, yeast, salmon, fern"""),
(1, "open_qa", "en", "none", "none", None, """are fungi closer to animals or plants?"""),
(0, "summarization", "en", "after", "table", "W3-p038", """Household bills spreadsheet – last 6 months

| month | electricity | gas   | water | broadband | council tax | total  |
|-------|-------------|-------|-------|-----------|-------------|--------|
| Apr   | 74.20       | 61.50 | 38.00 | 32.00     | 168.00      | 373.70 |
| May   | 69.80       | 40.10 | 38.00 | 32.00     | 168.00      | 347.90 |
| Jun   | 66.40       | 22.30 | 38.00 | 32.00     | 168.00      | 326.70 |
| Jul   | 71.90       | 18.75 | 38.00 | 37.50     | 168.00      | 334.15 |
| Aug   | 73.15       | 19.20 | 38.00 | 37.50     | 168.00      | 335.85 |
| Sep   | 82.60       | 44.80 | 38.00 | 37.50     | 168.00      | 370.90 |

Give me a short summary: trends, biggest line, anything that changed."""),
(1, "general_qa", "en", "after", "table", "W3-p038", """| month | electricity | gas   | broadband |
|-------|-------------|-------|-----------|
| Jun   | 66.40       | 22.30 | 32.00     |
| Jul   | 71.90       | 18.75 | 37.50     |
| Aug   | 73.15       | 19.20 | 37.50     |
| Sep   | 82.60       | 44.80 | 37.50     |

broadband went up £5.50 in July (contract ended) and winter's coming. what can I do to bring these bills down? 2-bed flat, UK, electric oven, gas boiler"""),
(1, "creative_writing", "en", "none", "none", None, """write a sad country song verse about the gas bill"""),
(0, "classification", "en", "inline", "json", None, """{"classify": "intent", "labels": ["order_status", "return", "complaint", "other"], "text": "where's my stuff, it said 3 days and it's been 8"}"""),
(0, "summarization", "en", "after", "chat", None, """Slack #design-crit

Yusuf 2:10 PM: posted v3 of the onboarding screens in figma
Carla 2:14 PM: step 2 is way better. the progress bar reads clearly now
Ben 2:15 PM: step 3 still asks for the company size before explaining why. feels nosy
Carla 2:16 PM: +1 to Ben
Yusuf 2:18 PM: ok I'll add a one-liner "so we can suggest the right plan"
Ines 2:30 PM: illustration on step 1 is lovely but it's 400kb, can we get an svg
Yusuf 2:31 PM: yep will export svg
Ben 2:40 PM: otherwise ship it imo

summary of the feedback for Yusuf"""),
(1, "creative_writing", "en", "none", "none", None, """microcopy for an onboarding screen asking company size, explain why we ask, under 15 words, give 4 options"""),
(0, "classification", "en", "after", "log", "W3-p039", """2024-10-02 09:14:55 ERROR [http-nio-8080-exec-7] c.a.b.PaymentController : Payment failed for order 77120
com.stripe.exception.CardException: Your card was declined.; code: card_declined; decline_code: insufficient_funds
	at com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:215)
	at com.stripe.model.PaymentIntent.confirm(PaymentIntent.java:512)
	at com.acme.billing.PaymentService.charge(PaymentService.java:88)

Is this our bug or expected customer-side failure? classify: our_bug / customer_side / third_party_outage"""),
(1, "general_qa", "en", "after", "log", "W3-p039", """com.stripe.exception.CardException: Your card was declined.; code: card_declined; decline_code: insufficient_funds
	at com.acme.billing.PaymentService.charge(PaymentService.java:88)

these are getting logged at ERROR level and paging on-call at night. how should we handle expected payment declines in logging and alerting, and what should the user see?"""),
(1, "open_qa", "en", "none", "none", None, """What are the common Stripe decline codes and which ones should you retry?"""),
(0, "summarization", "en", "before", "notes", None, """make these lab notebook notes into a tidy summary paragraph:

run 14: temp 37C, 6h, OD600 0.82
run 15: temp 30C, 6h, OD600 0.55
run 16: 37C, 8h, OD 1.1 but clumping
run 17: 34C, 8h, OD 0.97 no clumping
note to self: 34C/8h best so far, repeat x3 next week"""),
(1, "open_qa", "en", "none", "none", None, """what does OD600 measure and why 600nm"""),
(0, "classification", "en", "before", "reviews", None, """For each comment say if it's about the driver, the app, or pricing:

"Driver took a weird route and it cost me extra"
"The app charged me a cancellation fee even though the driver cancelled"
"Surge pricing at 2am is insane"
"Lovely chatty driver, spotless car"
"Map kept showing the car going the wrong way" """),
(1, "creative_writing", "en", "none", "none", None, """short funny story (150 words) about a taxi app that has feelings"""),
(0, "summarization", "en", "after", "code", "W3-p040", """diff --git a/api/routes/orders.ts b/api/routes/orders.ts
@@ -22,18 +22,31 @@ router.get("/orders", async (req, res) => {
-  const orders = await db.order.findMany({
-    where: { customerId: req.user.id },
-  });
-  res.json(orders);
+  const limit = Math.min(parseInt(req.query.limit as string) || 20, 100);
+  const cursor = req.query.cursor as string | undefined;
+  const orders = await db.order.findMany({
+    where: { customerId: req.user.id },
+    orderBy: { createdAt: "desc" },
+    take: limit + 1,
+    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
+  });
+  const hasMore = orders.length > limit;
+  const page = hasMore ? orders.slice(0, limit) : orders;
+  res.json({
+    data: page,
+    nextCursor: hasMore ? page[page.length - 1].id : null,
+  });
 });
@@ -60,6 +73,9 @@ router.get("/orders/:id", async (req, res) => {
   const order = await db.order.findUnique({ where: { id: req.params.id } });
-  if (!order) return res.status(404).end();
+  if (!order || order.customerId !== req.user.id) {
+    return res.status(404).json({ error: "not_found" });
+  }
   res.json(order);

Write a short summary of this diff for the PR description: what changed in each endpoint."""),
(1, "open_qa", "en", "after", "code", "W3-p040", """-  if (!order) return res.status(404).end();
+  if (!order || order.customerId !== req.user.id) {
+    return res.status(404).json({ error: "not_found" });
+  }

why return 404 instead of 403 when the order exists but belongs to someone else? isn't 403 more correct? and what was the security hole before this change called"""),
(1, "general_qa", "en", "none", "none", None, """cursor pagination with prisma, what do I do if two orders have the same createdAt"""),
(0, "classification", "en", "before", "email", None, """label each as internal or external sender based on the address, our domain is northwind.example:
- ana@northwind.example
- support@zendesk.com
- tom@northwind-example.com
- ceo@northwind.example.co"""),
(0, "summarization", "en", "after", "transcript", None, """Dictated note (phone, auto-transcribed):
"Okay so note for the garden. Front bed needs the roses pruned in February not now. The lawn has moss by the fence, scarify in spring and put some lime down maybe. The apple tree had scab again this year, rake up all the leaves this autumn and burn them or bin them don't compost. Order bulbs by end of month, tulips and alliums, about fifty of each. Oh and fix the gate latch."

turn this into a tidy to-do summary"""),
(1, "open_qa", "en", "none", "none", None, """why shouldn't you compost leaves from an apple tree with scab"""),
(0, "classification", "en", "before", "table", None, """classify each expense as reimbursable or not under a policy that excludes alcohol, personal items and upgrades:

| item | amount |
| Train ticket London-Bristol (standard) | 64.00 |
| Hotel, 1 night | 119.00 |
| Minibar wine | 18.50 |
| First class upgrade on return | 35.00 |
| Client lunch (no drinks) | 52.00 |
| Phone charger (forgot mine) | 14.99 |"""),
(1, "creative_writing", "en", "after", "table", None, """| Minibar wine | 18.50 |
| First class upgrade on return | 35.00 |
| Phone charger (forgot mine) | 14.99 |

finance rejected these three from my expenses. write a mock-dramatic appeal letter to finance for the charger only, as a joke for my team"""),
(0, "summarization", "en", "after", "log", None, """$ git log --since="2 weeks ago" --pretty="%h %an %s"
e9a12cc Wren   Add Norwegian translations
c1877d0 Wren   Fix plural forms in Polish
b42f9e1 Okoro  Upgrade to React 18.3
aa0d3f7 Okoro  Replace enzyme tests with testing-library
91f4ee0 Sato   Add rate limiting to public API
8d02ab3 Sato   Log rate-limit rejections
7ce1b55 Wren   Add Finnish translations
6b390a1 Okoro  Remove IE11 polyfills
53aa7d2 Sato   Document rate limit headers

summarize what each person worked on"""),
(1, "general_qa", "en", "none", "none", None, """we're dropping IE11 polyfills. what else can we clean up once IE is gone? list the big wins"""),
(0, "classification", "en", "after", "chat", "W3-p041", """Tinder-style dating app chat, reported by user B:

A: hey cutie
B: hi :)
A: send pics
B: maybe let's chat a bit first?
A: whatever. you're not even that pretty
B: ok bye

Moderation: classify A's behaviour as acceptable, rude, or harassment."""),
(1, "general_qa", "en", "after", "chat", "W3-p041", """A: hey cutie
B: hi :)
A: send pics
B: maybe let's chat a bit first?
A: whatever. you're not even that pretty

I'm B. This keeps happening on dating apps. How do I screen people early so I stop wasting time on guys like this?"""),
(1, "open_qa", "en", "none", "none", None, """How do dating app algorithms decide who you see?"""),
(0, "summarization", "en", "after", "json", None, """{"flight":"BA2490","route":"LGW-FAO","scheduled_dep":"2024-10-12T07:05","estimated_dep":"2024-10-12T09:40","status":"delayed","reason":"late inbound aircraft","gate":"57","gate_opens":"09:00","meal_voucher":true}

what's going on with my flight, plain english"""),
(1, "open_qa", "en", "none", "none", None, """flight delayed 2h35 from gatwick to faro, am I owed compensation under UK261?"""),
(0, "classification", "en", "before", "list", None, """mark each statement fact or opinion:
1 Python was first released in 1991
2 Python is the best first language
3 Rust has no garbage collector
4 tabs are better than spaces
5 JSON supports comments"""),
(1, "creative_writing", "en", "none", "none", None, """write a dramatic monologue by a space character who lost the tabs vs spaces war"""),
(0, "summarization", "en", "after", "list", None, """Wedding to-do, status
- venue: booked ✅
- caterer: tasting 19 Oct
- photographer: shortlisted 2, deciding this week
- dress: first fitting 2 Nov
- invitations: designed, not printed
- guest list: 94 confirmed of 120 invited
- band/DJ: nothing yet ⚠️
- honeymoon: flights booked, hotel not
- rings: ordered, ready 30 Nov

quick status summary, what's done and what's outstanding"""),
(1, "general_qa", "en", "after", "list", None, """- band/DJ: nothing yet
- wedding is 14 December, 120 guests, rural barn venue

how do I find a decent DJ with 8 weeks to go in December? what should I ask them"""),
(1, "creative_writing", "en", "none", "none", None, """best man speech opener that roasts the groom for being obsessed with spreadsheets"""),
(0, "classification", "en", "before", "code", None, """which line has the off-by-one bug? just the line number

1 def last_n(xs, n):
2     out = []
3     for i in range(len(xs) - n, len(xs) + 1):
4         out.append(xs[i])
5     return out"""),
(1, "open_qa", "en", "none", "none", None, """why are off-by-one errors so common, is there a deeper reason"""),
(0, "summarization", "en", "after", "chat", "W3-p042", """Family WhatsApp "Grandad's care 💙"

[Mon 18:20] Helen: Spoke to the hospital. Dad can be discharged Thursday if there's a care plan in place.
[Mon 18:22] Mark: That's good news. What counts as a care plan?
[Mon 18:30] Helen: Carers twice a day for at least 2 weeks, a grab rail in the bathroom, and someone with him the first night.
[Mon 18:35] Sophie: I can do the first night, I'll take Friday off too.
[Mon 18:41] Mark: I'll fit the grab rail Wednesday evening, I've got one in the garage.
[Mon 18:50] Helen: Social services are arranging carers but say it could take a week to start. The hospital won't discharge without them.
[Mon 18:52] Mark: Can we pay for private carers for the gap?
[Mon 19:05] Helen: I rang two agencies. One can start Thursday, £28/hour, minimum 1 hour per visit. So about £56 a day.
[Mon 19:07] Sophie: Let's do it, split 3 ways.
[Mon 19:08] Mark: Agreed.
[Mon 19:15] Helen: OK I'll book them for a week from Thursday. Also his prescriptions change, the pharmacy will deliver on Thursday afternoon.
[Mon 19:20] Sophie: Does he know all this? He'll hate having carers.
[Mon 19:22] Helen: I told him. He grumbled. Said he'll "put up with it for two weeks".
[Mon 19:23] Mark: Classic Dad 😂
[Tue 08:10] Helen: Agency confirmed, first visit Thursday 5pm.

Summarize this chat for my brother who's in Canada and just joined the group: what's happening, who's doing what, costs."""),
(1, "creative_writing", "en", "after", "chat", "W3-p042", """[Mon 18:20] Helen: Spoke to the hospital. Dad can be discharged Thursday if there's a care plan in place.
[Mon 18:35] Sophie: I can do the first night, I'll take Friday off too.
[Mon 18:41] Mark: I'll fit the grab rail Wednesday evening.
[Mon 19:22] Helen: I told him about the carers. He grumbled. Said he'll "put up with it for two weeks".

I'm his grandson in Canada and can't be there. Write a warm, funny card message to Grandad for when he gets home, teasing him gently about the carers and the grab rail, and saying I'll visit at Christmas."""),
(1, "general_qa", "en", "none", "none", None, """elderly parent coming home from hospital, what should we check in the house before they arrive"""),
(0, "classification", "en", "before", "list", None, """which of these are prime: 21, 23, 27, 29, 33, 37"""),
(0, "summarization", "en", "after", "email", None, """From: Landlord
Subject: Rent increase

Hi, just to let you know that from 1 January the rent will go from £1,150 to £1,240 per month. This is in line with other flats on the street. The tenancy otherwise continues as is. Let me know if you have any questions. Thanks, Martin

short summary pls"""),
(1, "general_qa", "en", "after", "email", None, """"from 1 January the rent will go from £1,150 to £1,240 per month. This is in line with other flats on the street." 

can my landlord in England just do this by email? I'm on a periodic tenancy. how should I respond to negotiate?"""),
(1, "open_qa", "en", "none", "none", None, """what is a section 13 notice"""),
(0, "classification", "en", "after", "reviews", None, """"Loved the plot, hated the ending."
"Couldn't put it down."
"Dull and predictable."
"Beautiful prose but nothing happens."

rate each: positive, negative, mixed"""),
(1, "creative_writing", "en", "none", "none", None, """write the back-cover blurb for a cozy mystery set in a server room"""),
(0, "summarization", "en", "after", "form", "W3-p043", """Pet insurance claim form
Policy: [redacted]
Pet: Biscuit, beagle, 6 years
Condition: Ate a sock. Vomiting, lethargy. Admitted 18 Sept.
Treatment: X-ray, endoscopy (failed to retrieve), abdominal surgery to remove foreign body, 2 nights hospitalisation, painkillers, antibiotics, cone.
Vet invoice total: £3,480.00
Previous claims this policy year: £420 (ear infection, March)
Policy annual limit: £4,000 per condition; excess £99
Pre-existing conditions declared: none

summarize the claim in 3 lines for the assessor"""),
(1, "open_qa", "en", "after", "form", "W3-p043", """Pet insurance claim: vet invoice £3,480 for surgery after my beagle ate a sock. Policy: £4,000 per condition annual limit, £99 excess. Previous claim this year: £420 for an ear infection.

How much should I expect the insurer to pay out? Does the ear infection claim reduce the limit for this one? How do 'per condition' limits usually work?"""),
(1, "general_qa", "en", "none", "none", None, """how do I stop my beagle eating socks"""),
(0, "classification", "en", "before", "list", None, """group these git commands by what they do (inspect / change history / sync with remote): git log, git rebase, git fetch, git diff, git push, git commit --amend, git status, git pull"""),
(1, "open_qa", "en", "none", "none", None, """git fetch vs git pull, what's the actual difference"""),
(0, "summarization", "en", "after", "transcript", None, """Teacher-parent call, 10 min, notes by teacher
T: Thanks for calling back. Noah's doing well in maths, top group now. English is where he's struggling, mostly writing, he rushes and doesn't check.
P: He says writing is boring.
T: I get that. We're trying short daily journal prompts, 5 minutes. Could you do the same at home a few times a week?
P: Yes, we can do that.
T: Also he's been chatty in afternoon lessons. Nothing serious, I moved his seat.
P: Fine by us.

write a 2-sentence summary for the school record"""),
(1, "creative_writing", "en", "none", "none", None, """give me 10 fun journal prompts for a 9 year old who thinks writing is boring"""),
(0, "classification", "en", "after", "log", None, """npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.
npm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported

do I need to act on these? answer 'action needed' or 'safe to ignore for now'"""),
(1, "open_qa", "en", "none", "none", None, """why does npm install print so many deprecated warnings for packages I never installed"""),
(0, "summarization", "en", "after", "table", None, """Running log – last 5 weeks
week | runs | km   | longest | avg pace
1    | 3    | 18.2 | 8.0     | 6:12
2    | 3    | 21.5 | 10.1    | 6:05
3    | 4    | 26.0 | 12.0    | 6:01
4    | 2    | 11.4 | 6.2     | 6:20  (cold)
5    | 4    | 29.3 | 14.0    | 5:54

how's my training going? short summary"""),
(1, "general_qa", "en", "after", "table", None, """week 5: 4 runs, 29.3 km, longest 14 km, avg pace 5:54

half marathon is in 7 weeks. can you give me a week by week plan from here? I want to go under 2 hours"""),
(1, "creative_writing", "en", "none", "none", None, """motivational poem for the last 3 miles of a half marathon"""),
]
