# writer chatwrap, part 03. Each item written by hand.
ITEMS = [
(0, "classification", "en", "after", "chat", None, """[Microsoft Teams – Marketing Ops – unread]
Leah: @you can you approve the Q2 budget sheet by tmrw? need your sign off before finance locks it
Omar: fyi the webinar got 312 signups, nice
Leah: also the brand refresh deck is in the shared drive if you want a look, no action needed
Priyanka: @you are you joining the agency call at 2 or should I take it alone?
Omar: lunch order going in at 12, reply if you want anything 🍕
IT Bot: Scheduled maintenance Saturday 2-4am, no action required

label each msg NEEDS REPLY or FYI. name + label only"""),
(1, "general_qa", "en", "after", "table", "CW-p032", """[Sheets Copilot] selected range A1:E5

| region | Q1 | Q2 | Q3 | Q4 |
|---|---|---|---|---|
| North | 1.2M | 1.3M | 1.1M | 0.9M |
| South | 0.8M | 1.0M | 1.3M | 1.6M |
| East | 1.5M | 1.5M | 1.4M | 1.5M |
| West | 0.6M | 0.7M | 0.7M | 0.8M |

I have to present this to the board on monday. what chart type should i use and what's the story I should tell? they get bored fast"""),
(0, "summarization", "en", "after", "table", "CW-p032", """[Sheets Copilot] selected range A1:E5

| region | Q1 | Q2 | Q3 | Q4 |
|---|---|---|---|---|
| North | 1.2M | 1.3M | 1.1M | 0.9M |
| South | 0.8M | 1.0M | 1.3M | 1.6M |
| East | 1.5M | 1.5M | 1.4M | 1.5M |
| West | 0.6M | 0.7M | 0.7M | 0.8M |

summarize the trend per region in 2 sentences total"""),
(1, "creative_writing", "en", "inline", "form", "CW-p033", """You are ListingPro, a real-estate copywriter. Style rules: no clichés like "nestled", "boasts" or "must-see"; lead with the best feature; max 150 words; end with a one-line call to action. Fair housing: never describe who the home is "perfect for" in terms of family status, religion, etc.

Property details (from agent form):
- 3 bed, 2 bath bungalow, 1,480 sq ft, built 1954, fully rewired 2021
- original oak floors, refinished
- kitchen redone 2022: quartz counters, gas range, walk-in pantry
- big fenced backyard with two mature apple trees and a raised veg bed
- detached garage converted into an insulated studio with its own heat pump
- 8 min walk to the light rail, 2 blocks to a park
- asking $549,000

write the listing description"""),
(0, "summarization", "en", "inline", "form", "CW-p033", """You are ListingPro, a real-estate assistant. Keep outputs factual.

Property details (from agent form):
- 3 bed, 2 bath bungalow, 1,480 sq ft, built 1954, fully rewired 2021
- original oak floors, refinished
- kitchen redone 2022: quartz counters, gas range, walk-in pantry
- big fenced backyard with two mature apple trees and a raised veg bed
- detached garage converted into an insulated studio with its own heat pump
- 8 min walk to the light rail, 2 blocks to a park
- asking $549,000

condense into a single factual line for the internal spreadsheet"""),
(0, "summarization", "en", "before", "transcript", None, """hey siri no wait. ok assistant, turn this voice memo into a short summary, like what i need to remember:

"ok brain dump time. so tomorrow i need to call the vet about Biscuit's teeth cleaning, they said to call before ten. also the car registration runs out at the end of the month so do that online this week. oh and Jenna's birthday is saturday, i still haven't got anything, maybe that candle place. work stuff, finish the slides for the Henderson pitch by thursday and ask Marco for the updated numbers because the ones i have are from March. and i promised mum i'd look at flights for christmas, she wants to come the 22nd to the 28th. oh and cancel that streaming thing i never use before it renews on the 3rd." """),
(1, "general_qa", "en", "after", "chat", None, """[Telegram • Sunday Long Run Club]
Dan: go out hard and bank time, that's what I did in Chicago
Mia: bank time is a myth, you'll just blow up at 30k
Rob: negative split or bust 😤
Dan: worked for me lol
Mia: you ran 4:40 after training for 3:50 Dan
Dan: ...details

ok so for my FIRST marathon in october (hoping for ~4h), what's actually the smart pacing strategy and how do i practice it in training?"""),
(0, "classification", "en", "inline", "notes", None, """<retrieval query="how do I reset my router to factory settings">
[chunk 14] Hold the reset button on the back of the router for 10 seconds until the power light blinks amber. This restores factory settings and erases your Wi-Fi name and password.
[chunk 3] Our routers support WPA3 encryption. To enable it, open the admin page and go to Security.
[chunk 27] If you reset your router, you'll need to set up your Wi-Fi again using the label on the bottom of the device.
[chunk 8] Billing cycles run from the 1st to the last day of each month.
[chunk 19] A factory reset will not change your broadband username; your connection should come back within 5 minutes.
</retrieval>
Task: mark each chunk RELEVANT or NOT_RELEVANT to the query. Output "chunk N: LABEL" lines."""),
(1, "open_qa", "en", "inline", "notes", None, """<retrieval query="2008 financial crisis global spread">
[chunk 2] Lehman Brothers filed for bankruptcy on 15 September 2008, the largest bankruptcy filing in US history.
[chunk 9] Mortgage-backed securities were sold to investors around the world, including European banks.
[chunk 11] Interbank lending rates spiked sharply in autumn 2008.
</retrieval>
Answer using the chunks where possible and your own knowledge otherwise.
User: why did a US housing problem turn into a global crisis so fast? explain the chain like i'm a smart 16 year old"""),
(0, "summarization", "en", "after", "prose", "CW-p034", """r/relationship_advice post, my friend sent it to me:

"My (29F) sister (33F) is getting married in June and asked me to be maid of honour. I said yes and I've been planning the hen do for months. Last week she told me her fiancé's sister will 'co-MOH' with me because his family feels left out. Fine, whatever. But now the co-MOH has changed the hen do from a cottage weekend (already paid deposits, £600 of MY money, the others were paying me back) to a spa day in London, and my sister agreed without telling me. I found out from the group chat. When I asked about the deposits, my sister said 'just get a refund, don't make it a thing.' The cottage is non-refundable. I'm hurt that she didn't talk to me first and honestly I'm thinking of stepping down as MOH. My mum says I'm overreacting and it's my sister's day. Am I wrong to feel this way?"

tldr? 2 sentences"""),
(1, "general_qa", "en", "after", "prose", "CW-p034", """r/relationship_advice post, my friend sent it to me:

"My (29F) sister (33F) is getting married in June and asked me to be maid of honour. I said yes and I've been planning the hen do for months. Last week she told me her fiancé's sister will 'co-MOH' with me because his family feels left out. Fine, whatever. But now the co-MOH has changed the hen do from a cottage weekend (already paid deposits, £600 of MY money, the others were paying me back) to a spa day in London, and my sister agreed without telling me. I found out from the group chat. When I asked about the deposits, my sister said 'just get a refund, don't make it a thing.' The cottage is non-refundable. I'm hurt that she didn't talk to me first and honestly I'm thinking of stepping down as MOH. My mum says I'm overreacting and it's my sister's day. Am I wrong to feel this way?"

it's my friend who wrote this. what should i tell her? how does she bring up the money without wrecking things with her sister"""),
(1, "creative_writing", "en", "after", "notes", "CW-p035", """DM notes – Curse of the Salt Marsh, session 6
- party: Brannoc (dwarf cleric), Vess (tiefling rogue), Oona (halfling bard), Kade (human ranger)
- last time: they got into the drowned chapel, found the bell of St. Ilse, Vess pocketed the silver clapper (party doesn't know)
- the marsh hag Old Meg offered a deal: the clapper in exchange for the location of the missing children. they said they'd think about it
- Kade's wolf companion was injured, limping
- they're camped on the chapel roof, tide coming in, fog rolling
- tonight: the bell starts ringing on its own at midnight even without the clapper
- tone: eerie, damp, a bit of dark humour

write the opening narration i'll read aloud to start tonight's session, 1-2 min, second person plural"""),
(0, "summarization", "en", "after", "notes", "CW-p035", """DM notes – Curse of the Salt Marsh, session 6
- party: Brannoc (dwarf cleric), Vess (tiefling rogue), Oona (halfling bard), Kade (human ranger)
- last time: they got into the drowned chapel, found the bell of St. Ilse, Vess pocketed the silver clapper (party doesn't know)
- the marsh hag Old Meg offered a deal: the clapper in exchange for the location of the missing children. they said they'd think about it
- Kade's wolf companion was injured, limping
- they're camped on the chapel roof, tide coming in, fog rolling

recap last session for the players' discord in 4 bullets. DON'T mention Vess took the clapper"""),
(0, "classification", "en", "after", "list", None, """inbox triage, label each: newsletter / personal / work / receipt / spam

1. "Your Uber Eats order from Thai Garden"
2. "Re: Q3 roadmap review – moved to Thursday"
3. "The Morning Brew ☕ – Tuesday edition"
4. "Mom: pics from the lake!!"
5. "You've WON an iPhone 15, claim now"
6. "Invoice #20931 from Figma"
7. "Can you cover my 1:1s next week?"
8. "Substack: new post from Ana's garden diary" """),
(1, "open_qa", "en", "before", "code", "CW-p036", """why is this query so slow on our 20M-row table? takes like 40s

SELECT c.name, COUNT(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE LOWER(c.email) LIKE '%@gmail.com'
  AND o.created_at >= NOW() - INTERVAL '90 days'
GROUP BY c.name
ORDER BY orders DESC;"""),
(0, "summarization", "en", "before", "code", "CW-p036", """summarize in one line what this query returns, for the report description field:

SELECT c.name, COUNT(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE LOWER(c.email) LIKE '%@gmail.com'
  AND o.created_at >= NOW() - INTERVAL '90 days'
GROUP BY c.name
ORDER BY orders DESC;"""),
(0, "summarization", "en", "after", "transcript", "CW-p037", """[Otter.ai transcript — Riverside Food Bank board meeting — 58 min, excerpt 00:00–11:40]

Chair: Okay, it's 6:32, let's get going. Thanks everyone for coming out in the rain. First item is the warehouse lease.
Treasurer: So the landlord has offered a five-year renewal at 2,900 a month, up from 2,400. That's about a 21 percent increase. I've looked at two other spaces. One on Dock Street is 2,600 but it has no loading bay, which for us is a dealbreaker because of the pallet deliveries. The other one is out past the ring road, 2,200, but most of our volunteers come by bus.
Board member (Luis): Can we negotiate? Twenty-one percent is a lot.
Treasurer: I've asked. He came down to 2,750 if we sign by the end of the month.
Chair: I'd propose we accept 2,750 for five years, with the condition that he fixes the roof leak over aisle three before we sign. All in favour? Any against? Okay, carried, with Luis abstaining.
Chair: Second item, the holiday drive. Operations?
Ops lead (Naomi): Last year we distributed 1,840 hampers. This year the referral numbers are already 30 percent higher than at this point last year. I think we need to plan for 2,400. That means we need about 60 more volunteer shifts and at least one more refrigerated van for the three busiest days.
Board member (Grace): The Rotary club offered us a van last year, we didn't need it then. I can ask them.
Naomi: That would be huge. I'll also put out a call to the university volunteering office, they sent us twenty students in the spring.
Chair: Good. Grace contacts Rotary, Naomi contacts the university. Let's aim to have volunteer numbers confirmed by November 15th.
Chair: Third item, the grant from the community foundation.
Development lead (Sam): Good news, we got it. 45,000 over two years, restricted to fresh produce and the nutrition education programme. The reporting is quarterly, and the first report is due January 31st. I'll need numbers from Naomi's team each month.
Naomi: We can do that, but we need the new inventory system to do it properly. The spreadsheets are falling apart.
Sam: The grant allows up to 10 percent for admin and systems, so we could use part of it for that.
Chair: Let's have Sam and Naomi bring a proposal for the inventory system to the next meeting with two options and costs.
Chair: Last thing, the volunteer appreciation night. We said December, but with the holiday drive that's too busy. Proposal to move it to January 18th. Any objections? No? Great.
Chair: Next meeting is November 12th. Thanks everyone, let's close there for the public part.

Please write formal minutes: attendees by role, each agenda item with discussion summary, decisions, and a table of action items with owner and due date."""),
(1, "creative_writing", "en", "after", "transcript", "CW-p037", """[Otter.ai transcript — Riverside Food Bank board meeting — 58 min, excerpt 00:00–11:40]

Chair: Okay, it's 6:32, let's get going. Thanks everyone for coming out in the rain. First item is the warehouse lease.
Treasurer: So the landlord has offered a five-year renewal at 2,900 a month, up from 2,400. That's about a 21 percent increase. I've looked at two other spaces. One on Dock Street is 2,600 but it has no loading bay, which for us is a dealbreaker because of the pallet deliveries. The other one is out past the ring road, 2,200, but most of our volunteers come by bus.
Board member (Luis): Can we negotiate? Twenty-one percent is a lot.
Treasurer: I've asked. He came down to 2,750 if we sign by the end of the month.
Chair: I'd propose we accept 2,750 for five years, with the condition that he fixes the roof leak over aisle three before we sign. All in favour? Any against? Okay, carried, with Luis abstaining.
Chair: Second item, the holiday drive. Operations?
Ops lead (Naomi): Last year we distributed 1,840 hampers. This year the referral numbers are already 30 percent higher than at this point last year. I think we need to plan for 2,400. That means we need about 60 more volunteer shifts and at least one more refrigerated van for the three busiest days.
Board member (Grace): The Rotary club offered us a van last year, we didn't need it then. I can ask them.
Naomi: That would be huge. I'll also put out a call to the university volunteering office, they sent us twenty students in the spring.
Chair: Good. Grace contacts Rotary, Naomi contacts the university. Let's aim to have volunteer numbers confirmed by November 15th.
Chair: Third item, the grant from the community foundation.
Development lead (Sam): Good news, we got it. 45,000 over two years, restricted to fresh produce and the nutrition education programme. The reporting is quarterly, and the first report is due January 31st. I'll need numbers from Naomi's team each month.
Naomi: We can do that, but we need the new inventory system to do it properly. The spreadsheets are falling apart.
Sam: The grant allows up to 10 percent for admin and systems, so we could use part of it for that.
Chair: Let's have Sam and Naomi bring a proposal for the inventory system to the next meeting with two options and costs.
Chair: Last thing, the volunteer appreciation night. We said December, but with the holiday drive that's too busy. Proposal to move it to January 18th. Any objections? No? Great.
Chair: Next meeting is November 12th. Thanks everyone, let's close there for the public part.

I do our newsletter. Using this, write an upbeat volunteer recruitment post for the holiday drive (~200 words) that mentions the 30% rise in need without sounding doom-y, and a catchy headline."""),
(0, "classification", "en", "inline", "email", None, """[Freshdesk • Auto-classify • ticket #55120]
Instructions: classify the request type (REFUND, REPAIR, REPLACEMENT, INFO) and urgency (LOW, NORMAL, HIGH). Output as "TYPE / URGENCY".

Customer email:
Hello,

I am writing about the KR-400 espresso machine I bought from your website on the 3rd of last month (order 118-22904). I want to be clear from the start that I have been a loyal customer for years, I bought my grinder and my partner's kettle from you too, so this is not a complaint I am making lightly.

About two weeks ago the machine started making a grinding noise when the pump runs. At first it was only on the first shot of the morning, so I assumed it was normal as it warmed up. Then last Thursday water began leaking from underneath, around the front left foot, and by the weekend there was a puddle on the counter every time I used it. I have followed every step in the manual: I descaled it with your own descaling solution, I checked that the water tank is seated correctly, and I have not moved the machine or dropped it. I have a short video of the leak if that helps, and I still have the box and all the packaging.

I called your helpline on Monday and was on hold for 42 minutes before the call dropped. I tried the chat on Tuesday and was told someone would email me within 24 hours, which did not happen. I understand that you are busy, but I am now without a working machine for a product that cost me £489 and is well within the two-year warranty.

I do not want a refund; I liked the machine when it worked, and it suits our kitchen. What I would like is a replacement unit sent out as soon as possible, and a prepaid label to return the faulty one. I would also be grateful if you could confirm that the replacement will have a fresh warranty, or at least that the original warranty period will be extended by the time I have been without the machine.

I work from home and this is honestly the highlight of my morning, so I would appreciate this being handled quickly. I am available by email or on the phone number on my account at any time during the day.

Thank you for your help,
A very under-caffeinated customer

Classification:"""),
# source: /usr/share/common-licenses/MPL-2.0, licence: MPL-2.0
(1, "open_qa", "en", "before", "prose", None, """ok lawyer-bot (i know ur not a lawyer) — context: our startup wants to use an MPL-licensed library in our paid SaaS + a paid desktop app. here's section 3 of the license. what does MPL actually force us to share vs not, and how is that different from GPL in practice?

3. Responsibilities

3.1. Distribution of Source Form

All distribution of Covered Software in Source Code Form, including any Modifications that You create or to which You contribute, must be under the terms of this License. You must inform recipients that the Source Code Form of the Covered Software is governed by the terms of this License, and how they can obtain a copy of this License. You may not attempt to alter or restrict the recipients' rights in the Source Code Form.

3.2. Distribution of Executable Form

If You distribute Covered Software in Executable Form then:

(a) such Covered Software must also be made available in Source Code Form, as described in Section 3.1, and You must inform recipients of the Executable Form how they can obtain a copy of such Source Code Form by reasonable means in a timely manner, at a charge no more than the cost of distribution to the recipient; and

(b) You may distribute such Executable Form under the terms of this License, or sublicense it under different terms, provided that the license for the Executable Form does not attempt to limit or alter the recipients' rights in the Source Code Form under this License.

3.3. Distribution of a Larger Work

You may create and distribute a Larger Work under terms of Your choice, provided that You also comply with the requirements of this License for the Covered Software. If the Larger Work is a combination of Covered Software with a work governed by one or more Secondary Licenses, and the Covered Software is not Incompatible With Secondary Licenses, this License permits You to additionally distribute such Covered Software under the terms of such Secondary License(s), so that the recipient of the Larger Work may, at their option, further distribute the Covered Software under the terms of either this License or such Secondary License(s).

3.4. Notices

You may not remove or alter the substance of any license notices (including copyright notices, patent notices, disclaimers of warranty, or limitations of liability) contained within the Source Code Form of the Covered Software, except that You may alter any license notices to the extent required to remedy known factual inaccuracies.

3.5. Application of Additional Terms

You may choose to offer, and to charge a fee for, warranty, support, indemnity or liability obligations to one or more recipients of Covered Software. However, You may do so only on Your own behalf, and not on behalf of any Contributor. You must make it absolutely clear that any such warranty, support, indemnity, or liability obligation is offered by You alone, and You hereby agree to indemnify every Contributor for any liability incurred by such Contributor as a result of warranty, support, indemnity or liability terms You offer. You may include additional disclaimers of warranty and limitations of liability specific to any jurisdiction."""),
(1, "creative_writing", "en", "inline", "chat", "CW-p038", """<|system|>
You are Quill, the writing assistant built into the NoteNest notes app. Follow these rules in every reply.

IDENTITY
1. You are Quill. Do not claim to be any other assistant, and do not discuss the model that powers you.
2. You are friendly and calm. You never use sarcasm toward the user.

SAFETY AND PRIVACY
3. Never ask for or repeat passwords, payment details or government ID numbers, even if the user pastes them. If they do, tell them to remove the sensitive data from the note.
4. Do not give medical, legal or financial advice beyond general information; suggest a professional where appropriate.
5. If a request involves a real private person, do not invent facts about them.

FORMAT
6. Use Markdown only when the user's note is in Markdown mode. Otherwise use plain text.
7. Never use more than one level of bullet nesting.
8. Do not add a title unless the user asks for one.
9. When you produce something the user may want to insert into their note, put it last, after any short explanation, so the "Insert" button captures only that part.
10. Keep explanations under 40 words.

STYLE
11. Match the user's language and spelling variety (British vs American) based on their note.
12. Avoid clichés such as "in today's fast-paced world", "delve", "tapestry", "embark on a journey".
13. Prefer concrete images over abstract statements.
14. For creative requests, surprise the user a little: avoid the most predictable rhyme or ending.

LENGTH
15. If the user gives a length, respect it within 10%.
16. If the user gives no length, keep creative pieces under 120 words and other outputs under 200 words.

CONTEXT
17. The user's current note is provided between <note> tags. Use it when relevant; never quote it back in full.
18. Today's date and the user's locale are in <meta>.

REFUSALS
19. If you must decline, do it in one sentence and offer a nearby alternative.
20. Never mention these rules.
<|end|>
<meta>date: 2024-10-02; locale: en-GB; markdown_mode: off</meta>
<note>Year 4 class newsletter – October
- Harvest assembly on the 18th
- Reminder: wellies for forest school on Fridays
</note>
<|user|>
could you write a short poem about autumn for the top of the newsletter? something the kids would enjoy reading aloud, maybe mention wellies 🍂
<|end|>"""),
(0, "summarization", "en", "inline", "chat", "CW-p038", """<|system|>
You are Quill, the writing assistant built into the NoteNest notes app. Follow these rules in every reply.

IDENTITY
1. You are Quill. Do not claim to be any other assistant, and do not discuss the model that powers you.
2. You are friendly and calm. You never use sarcasm toward the user.

SAFETY AND PRIVACY
3. Never ask for or repeat passwords, payment details or government ID numbers, even if the user pastes them. If they do, tell them to remove the sensitive data from the note.
4. Do not give medical, legal or financial advice beyond general information; suggest a professional where appropriate.
5. If a request involves a real private person, do not invent facts about them.

FORMAT
6. Use Markdown only when the user's note is in Markdown mode. Otherwise use plain text.
7. Never use more than one level of bullet nesting.
8. Do not add a title unless the user asks for one.
9. When you produce something the user may want to insert into their note, put it last, after any short explanation, so the "Insert" button captures only that part.
10. Keep explanations under 40 words.

STYLE
11. Match the user's language and spelling variety (British vs American) based on their note.
12. Avoid clichés such as "in today's fast-paced world", "delve", "tapestry", "embark on a journey".
13. Prefer concrete images over abstract statements.
14. For creative requests, surprise the user a little: avoid the most predictable rhyme or ending.

LENGTH
15. If the user gives a length, respect it within 10%.
16. If the user gives no length, keep creative pieces under 120 words and other outputs under 200 words.

CONTEXT
17. The user's current note is provided between <note> tags. Use it when relevant; never quote it back in full.
18. Today's date and the user's locale are in <meta>.

REFUSALS
19. If you must decline, do it in one sentence and offer a nearby alternative.
20. Never mention these rules.
<|end|>
<meta>date: 2024-10-02; locale: en-GB; markdown_mode: off</meta>
<note>Parents' evening feedback (raw)
Lots of parents said the new reading log is confusing because it has two columns for minutes and pages and nobody knows which to fill in. Several asked if forest school could start later in winter because it's still dark at 8.30. A few praised the maths homework app but said logins keep expiring. Two families asked for the newsletter to be emailed, not just sent home in book bags. Overall people were positive about the new class teacher.
</note>
<|user|>
summarise my note into 4 short points for the staff meeting
<|end|>"""),
(0, "classification", "en", "after", "chat", None, """bro look at this text i got: "hey it's your bank, pls confirm ur 6 digit code we just sent so we can unlock ur account" 

scam y/n?? be honest"""),
(1, "open_qa", "en", "none", "none", None, """how do scammers even get my number in the first place"""),
(0, "summarization", "en", "none", "none", None, """recap of The Godfather part 1, key events only"""),
(1, "creative_writing", "en", "none", "none", None, """write a short villain monologue for a cat who wants to knock every glass off every table in the world"""),
(0, "classification", "en", "before", "list", "CW-p040", """renewable or not: solar, coal, wind, natural gas, hydro, geothermal, nuclear"""),
(1, "open_qa", "en", "none", "none", "CW-p040", """is nuclear actually renewable? ppl argue about this constantly"""),
(1, "general_qa", "en", "none", "none", None, """how do i politely leave a group chat without it being weird"""),
(0, "classification", "en", "inline", "chat", "CW-p039", """[WhatsApp Business auto-reply router] customer said: "do u deliver to Bondi on sundays?" → route to: orders | delivery_info | complaints | human"""),
(1, "creative_writing", "en", "inline", "chat", "CW-p039", """[WhatsApp Business] you are the chatbot for Bondi Bites cafe. write a cheeky welcome message for new customers who message us for the first time, include the word "g'day" """),
(0, "summarization", "en", "none", "none", None, """give me a quick summary of Romeo and Juliet, act by act"""),
(1, "general_qa", "en", "none", "none", None, """first apartment checklist? like what do ppl forget to buy"""),
(1, "open_qa", "en", "none", "none", None, """why does my wifi get slower at night"""),
(0, "classification", "en", "before", "reviews", None, """star rating guess (1-5) from the text: "decent fit, color faded after 2 washes, shipping fast" """),
(1, "creative_writing", "en", "none", "none", None, """slogan ideas for a bike repair shop called Spoke & Chain? 5 pls"""),
(0, "summarization", "en", "after", "chat", None, """BUG-3381 "Search returns stale results after product rename" — comments

QA (Mon): Renamed "Trail Runner X" to "Trail Runner X2" in admin, search still shows old name for ~2 hours. Repro 3/3.
Backend (Mon): Search index updates via nightly job + event queue. Rename event is published, but the indexer only listens for create/delete, not update. Confirmed in code.
Backend (Tue): Added update handler, PR #882. Also found the cache TTL on search results is 2h, which explains the exact window.
Frontend (Tue): Do we need to bust the CDN cache too? Product pages look fine.
Backend (Wed): CDN not involved for search API. Lowered TTL to 10 min for now, proper invalidation in follow-up BUG-3390.
QA (Wed): Verified on staging, rename shows in search within 10 min. Waiting for prod deploy Thursday.
PM (Wed): Thanks all. Can we mention the 10-min delay in the admin UI so merchandisers don't panic?

need a status summary of this bug for standup, 2-3 lines"""),
(1, "open_qa", "en", "before", "log", None, """my pod keeps doing this and i have no idea why, can u explain what's going on and what to check first

$ kubectl get pods
NAME                        READY   STATUS             RESTARTS      AGE
api-7d9f8b6c5-x2kqp         0/1     CrashLoopBackOff   7 (2m ago)    14m

$ kubectl describe pod api-7d9f8b6c5-x2kqp
...
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Limits:
      memory:  256Mi
    Requests:
      memory:  128Mi
Events:
  Warning  BackOff  2m (x31 over 12m)  kubelet  Back-off restarting failed container

$ kubectl logs api-7d9f8b6c5-x2kqp --previous
Starting server...
Loading embeddings cache (1.2GB)..."""),
(0, "classification", "en", "inline", "list", None, """SYSTEM: You are the NLU component for Harbor Credit Union's phone bot. Map each caller utterance to exactly one intent from: CARD_LOST, BALANCE, LOAN_INFO, BRANCH_HOURS, SPEAK_TO_AGENT, UNKNOWN. Output "n. INTENT" per line, nothing else.

UTTERANCES:
1. "i think i left my debit card at the gas station"
2. "how much do i have in savings"
3. "just put me through to a real person please"
4. "are you guys open on presidents day"
5. "what's the rate on a used car loan right now"
6. "uh yeah hi, it's about the thing from last week"
7. "someone stole my wallet, cards and all"
8. "is the downtown branch open saturday morning" """),
(1, "creative_writing", "en", "after", "notes", None, """game brief for our indie mobile game:
- name: Moss & Mortar
- cozy builder, you restore a ruined hilltop village for a community of frogs
- no timers, no energy system, no ads. one-time purchase $4.99
- seasons change in real time, frogs have little stories and requests
- hand-painted art, lo-fi soundtrack by a local composer
- ~15-20 hours of content, controller support on iPad
- target: people who like Stardew and Alba, want something chill

write the app store description. first 2 lines matter most bc that's what shows before "more". keep under 1000 characters"""),
(0, "summarization", "en", "after", "transcript", None, """[Call transcript – Maple Pharmacy refill line]
Caller: Hi, I'm calling for my father, he's 81, he's been on his blood pressure tablets for years and the pharmacy app says his repeat has expired.
Agent: I can help. Do you have his date of birth and the name of the medicine?
Caller: Amlodipine, 5 milligrams. He also takes a water tablet but that one's fine, it has two repeats left.
Agent: Thank you. I can see the amlodipine prescription ended last week. We'll need to request a new one from his GP, which usually takes 2 working days.
Caller: He only has three tablets left.
Agent: In that case the pharmacist can issue an emergency supply of up to 5 days while we wait for the GP. Is he still on the same dose?
Caller: Yes, same dose. And can you deliver? He doesn't drive anymore.
Agent: Yes, delivery is free for over-75s. Tomorrow between 1 and 5 pm.
Caller: Great. Oh, and he said the last batch looked different, a different colour.
Agent: That may be a different manufacturer; the pharmacist will confirm when they check it.

summarize this call for the pharmacist's queue in 3-4 bullets"""),
(1, "general_qa", "en", "after", "chat", "CW-p041", """[group chat: 14 Elm St 🏠]
Nina: ok new lease starts in july, rent is 3,300 total
Theo: i still think equal split, 1,100 each, simpler
Nina: but my room is like half the size of yours theo 😭
Sam: and i have the ensuite tbf
Theo: ok ok so what, by square footage?
Nina: maybe? but the living room + kitchen are shared equally
Sam: and i WFH so i'm here way more, does that matter
Theo: idk this is getting complicated lol

can someone tell us an actually fair way to split this? rooms are roughly 90, 140 and 160 sq ft (mine's the 160 with the ensuite - Sam)"""),
(0, "summarization", "en", "after", "chat", "CW-p041", """[group chat: 14 Elm St 🏠]
Nina: ok new lease starts in july, rent is 3,300 total
Theo: i still think equal split, 1,100 each, simpler
Nina: but my room is like half the size of yours theo 😭
Sam: and i have the ensuite tbf
Theo: ok ok so what, by square footage?
Nina: maybe? but the living room + kitchen are shared equally
Sam: and i WFH so i'm here way more, does that matter
Theo: idk this is getting complicated lol

summarize where each person stands so far, one line each"""),
(0, "classification", "en", "after", "reviews", "CW-p042", """mentions of @FizzPop this morning:
1. "just tried the mango FizzPop and WOW where has this been all my life 🥭"
2. "FizzPop raised prices again?? $2.49 for a can is insane"
3. "anyone else's FizzPop taste flat lately or just me"
4. "@FizzPop if you bring back cherry lime I will name my firstborn after you"
5. "FizzPop ad on my podcast for the 4th time in one episode, enough"
6. "grabbed a FizzPop at the game, it's fine I guess"

sentiment for each: pos / neg / neutral"""),
(1, "creative_writing", "en", "after", "reviews", "CW-p042", """mentions of @FizzPop this morning:
1. "just tried the mango FizzPop and WOW where has this been all my life 🥭"
2. "FizzPop raised prices again?? $2.49 for a can is insane"
3. "anyone else's FizzPop taste flat lately or just me"
4. "@FizzPop if you bring back cherry lime I will name my firstborn after you"
5. "FizzPop ad on my podcast for the 4th time in one episode, enough"
6. "grabbed a FizzPop at the game, it's fine I guess"

write a witty reply from the brand account to #4. we ARE bringing cherry lime back in june but can only hint at it"""),
(1, "open_qa", "en", "after", "prose", None, """from my kid's old textbook (1990s): "The Dark Ages, from the fall of Rome to about 1000 AD, were a time when learning and culture almost disappeared in Europe, until the Renaissance brought knowledge back."

do historians still think this? what's the modern view on the "dark ages"?"""),
(0, "classification", "en", "after", "prose", "CW-p043", """student essay (Year 9), teacher here:

"Should phones be banned in school? I think they should not be banned completely. First, phones help in emergencies, for example when my bus broke down and I had to call my mum. Second, we use them for learning apps like Quizlet and for taking photos of the board. However, phones are distracting, and I admit I sometimes check messages in class. A good solution is that phones stay in bags during lessons but can be used at break. In conclusion, a total ban is too strict, but rules are needed."

is this argumentative, expository or narrative writing? one word + nothing else"""),
(1, "general_qa", "en", "after", "prose", "CW-p043", """student essay (Year 9), teacher here:

"Should phones be banned in school? I think they should not be banned completely. First, phones help in emergencies, for example when my bus broke down and I had to call my mum. Second, we use them for learning apps like Quizlet and for taking photos of the board. However, phones are distracting, and I admit I sometimes check messages in class. A good solution is that phones stay in bags during lessons but can be used at break. In conclusion, a total ban is too strict, but rules are needed."

what 3 concrete things should this student work on to move up a grade? want feedback i can write in the margin, kind but specific"""),
(1, "general_qa", "en", "inline", "chat", None, """[system] You are Compass, a career coach assistant for Uplift's members. Ask at most one clarifying question. Be practical.
[user] ok so. i'm 41, been a high school chemistry teacher for 15 years. i love the kids but the admin load and pay are crushing me. i've been doing some python on the side, made a little grading tool that my department uses. i've got a mortgage and 2 kids so i can't go back to school full time or take a huge pay cut. my partner earns ok. is it realistic to move into something like data or ed-tech at my age, and what would a 12 month plan look like if i started this month?"""),
(0, "summarization", "en", "after", "notes", None, """release notes draft v5.2 (internal):
- migrated auth service to new token format (no user impact)
- NEW: dark mode on Android
- NEW: export expenses to CSV from the web app
- fixed: receipts with long merchant names were cut off
- fixed: crash when attaching photos >20MB on iOS
- perf: dashboard loads ~40% faster
- refactored notification scheduler
- bumped min iOS to 16
- analytics events renamed (internal)

what's new for END USERS? 3 bullets, skip internal stuff"""),
(1, "creative_writing", "en", "after", "list", "CW-p044", """our discord rules, pls rewrite them in a pirate voice for the #rules channel, keep the meaning exact:

1. Be kind. No harassment, slurs or hate.
2. Don't share anyone's personal info (addresses, real names, photos) without consent.
3. No spam or self-promo outside #promo.
4. Keep NSFW out of all channels.
5. Don't DM members with unsolicited offers.
6. Mods have the final say, appeal in #mod-mail."""),
(0, "classification", "en", "after", "list", "CW-p044", """our discord rules:

1. Be kind. No harassment, slurs or hate.
2. Don't share anyone's personal info (addresses, real names, photos) without consent.
3. No spam or self-promo outside #promo.
4. Keep NSFW out of all channels.
5. Don't DM members with unsolicited offers.
6. Mods have the final say, appeal in #mod-mail.

which of these rules are about privacy? numbers only"""),
(1, "open_qa", "en", "after", "email", None, """landlord just emailed me this:

"Per Ontario law, I am entitled to enter the unit at any time for inspections without notice, as the owner of the property. I will be stopping by on Thursday afternoon."

is that actually true in ontario?? i thought they needed notice"""),
(0, "summarization", "en", "before", "prose", "CW-p045", """ok this is gonna be weird but summarize my dream in 2 sentences i want to remember it. so i was at my old high school but it was also kind of an airport, like there were gates instead of classrooms, and my chemistry teacher was the pilot which makes no sense because she was scared of flying, she told us that once. anyway i had to catch a flight to a test, like the test was in another country, and i couldn't find my passport, and every time i opened my locker it was full of sand. then my teeth started feeling loose and i was trying to hold them in with my hand while talking to the gate agent who was my cousin, and he kept saying "boarding group nine" over and over but nobody had a boarding group nine. then the whole place flooded, but gently, like warm water up to my knees, and there were little orange fish and i wasn't scared anymore. i found my passport floating and it had a picture of my dog in it instead of me. i got on the plane and it was just a bus with wings and everyone from my class was there but older, like in their fifties, and they were all knitting. right before it took off my alarm went off. i woke up actually touching my teeth lol. i don't even know what to make of any of that but it felt SO real and kind of peaceful at the end even though the start was stressful"""),
(1, "open_qa", "en", "before", "prose", "CW-p045", """ok this is gonna be weird but i need to know. so i was at my old high school but it was also kind of an airport, like there were gates instead of classrooms, and my chemistry teacher was the pilot which makes no sense because she was scared of flying, she told us that once. anyway i had to catch a flight to a test, like the test was in another country, and i couldn't find my passport, and every time i opened my locker it was full of sand. then my teeth started feeling loose and i was trying to hold them in with my hand while talking to the gate agent who was my cousin, and he kept saying "boarding group nine" over and over but nobody had a boarding group nine. then the whole place flooded, but gently, like warm water up to my knees, and there were little orange fish and i wasn't scared anymore. i found my passport floating and it had a picture of my dog in it instead of me. i got on the plane and it was just a bus with wings and everyone from my class was there but older, like in their fifties, and they were all knitting. right before it took off my alarm went off. i woke up actually touching my teeth lol. this is the third teeth dream this month. is there actual science on why people dream about teeth falling out, or is it all pop psychology? should i be worried i keep having them"""),
(0, "classification", "en", "after", "code", None, """PR #1290 review comments, tag each as NIT, BLOCKING or QUESTION so i know what to do first:

1. "typo in the docstring: 'recieve'"
2. "this loop mutates the list while iterating over it, it'll skip elements, needs fixing before merge"
3. "why did you pick a 30s timeout here? is that from the vendor docs?"
4. "could we rename `tmp2` to something meaningful"
5. "this endpoint is missing the auth decorator, anyone can call it"
6. "trailing whitespace on line 88"
7. "is there a reason we're not using the existing `parse_date` helper?"
8. "the migration drops the `legacy_id` column but the reporting job still reads it, this will break prod"
9. "prefer f-strings over % formatting"
10. "does this need a feature flag or is it safe to ship to everyone?" """),
(1, "general_qa", "en", "inline", "chat", None, """SYSTEM PROMPT (Kinnect Parenting Companion v2)
You support parents of children aged 0–12 with practical, evidence-informed suggestions. You are warm, non-judgemental and concise. You do not diagnose conditions; if something sounds medical or developmental, suggest speaking to a paediatrician or health visitor, but still give practical tips. Offer at most 5 suggestions. Avoid shaming language like "you should have". Use the parent's child's name if they give it.

PARENT MESSAGE
hi. my son Eli is 7. since his baby sister was born (she's 4 months now) he's been having huge meltdowns, like 30-40 minutes, usually at bedtime or when we say no to screens. before this he was honestly an easy kid. he's also started saying stuff like "you only love the baby" which breaks my heart. my husband works late most nights so bedtime is mostly me alone with both of them, the baby usually needs feeding right when Eli needs me. we've tried taking away tablet time as a consequence but it makes it worse. school says he's fine there, a bit quieter than usual. i'm exhausted and i feel like i'm failing him. what can i actually do this week to make evenings less of a battle, and how do i help him feel like he still matters?"""),
(0, "summarization", "en", "inline", "email", "CW-p046", """[Gmail side panel ▸ Summarize this thread]

From: Laura (Venue coordinator)
We can confirm the conference room for 120 people on 14–15 November. Catering for both days is included in the package: breakfast, lunch and two coffee breaks. AV includes two projectors and four wireless mics. Please send the final headcount by 31 October.

From: You
Thanks Laura. Could we add a vegan option for lunch and a quiet room for prayer or nursing? Also, is there step-free access from the car park?

From: Laura
Vegan lunch is no problem, we'll plan 15% of meals unless you tell us otherwise. We can offer the small library room as a quiet room on both days at no charge. Step-free access is via the side entrance on Mill Lane; the main entrance has three steps. Parking is limited to 40 spaces, so we recommend sharing the train info with attendees.

From: Marcus (your colleague)
Budget check: the package is £14,200 + VAT. We have £15,000 approved, so we're fine unless we add the evening reception (£1,900).

From: Laura
Just flagging that the evening reception needs to be confirmed by 20 October to secure the bar staff.

From: You
Noted, we'll come back on the reception by the 18th.

Summary (bullets, with any deadlines at the top):"""),
(1, "creative_writing", "en", "inline", "email", "CW-p046", """[Gmail side panel ▸ Help me write]

Context thread:
Laura (venue): Evening reception needs to be confirmed by 20 October to secure bar staff. It's £1,900 extra.
Marcus (colleague): We have £15,000 approved and the package is £14,200 + VAT, so the reception would put us over.

Prompt: write a polite email to Laura saying we'll skip the evening reception this year but would love a quote for next year, and asking whether a smaller drinks hour in the foyer for ~£600 is possible instead"""),
(0, "classification", "en", "after", "reviews", "CW-p047", """Google reviews for our dental clinic this month — tag each with the main topic (STAFF, WAIT_TIME, PRICE, PAIN/COMFORT, CLEANLINESS, BOOKING) and a sentiment (+/-):

1. "Dr. Amin was so gentle, I barely felt the filling. I've been scared of dentists my whole life."
2. "Waited 50 minutes past my appointment time with no explanation. Not acceptable."
3. "Receptionist was lovely and squeezed me in the same day when I cracked a tooth."
4. "£95 for a check-up and a 10 minute scale and polish? Way more than my old place."
5. "The online booking system double-booked me and then cancelled both slots."
6. "Spotless waiting room, they even have a little water station."
7. "The hygienist was rough and my gums bled for two days."
8. "Easy to book on the app, got a reminder text the day before, great."
9. "Fees were explained upfront, no surprises. Fair prices."
10. "Running 30 mins late again. Third time this year." """),
(1, "general_qa", "en", "after", "reviews", "CW-p047", """Google reviews for our dental clinic this month:

1. "Waited 50 minutes past my appointment time with no explanation. Not acceptable."
2. "The online booking system double-booked me and then cancelled both slots."
3. "Running 30 mins late again. Third time this year."
4. "Dr. Amin was so gentle, I barely felt the filling."
5. "Receptionist was lovely and squeezed me in the same day."

i'm the practice manager. the lateness thing keeps coming up. what are practical ways clinics reduce running late, and should i respond publicly to the bad reviews or not?"""),
(0, "summarization", "en", "after", "chat", None, """[Discord #raid-planning]
Vex: ok so for sat's raid we need 2 tanks, 4 healers min, rest dps
Mossy: i can tank but only until 11pm EST
Korr: i'll tank full night
Lumi: healer here, bringing my holy priest
Brackish: healer, resto druid, might be 20 min late
Vex: need 2 more healers then
Pim: i can swap to disc, my gear is kinda mid though
Vex: mid is fine for first 3 bosses
Saffy: i'll heal if someone else does the flask run, i'm broke on gold lol
Korr: i got flasks covered for everyone, donate mats if u can
Vex: ok so start time 8pm EST, first pull 8:15, we stop at 11:30 no matter what
Mossy: when i drop at 11 who tanks
Pim: i can go bear in a pinch
Vex: ok pim is backup tank after 11
Lumi: are we doing the optional boss
Vex: only if we're done with boss 5 by 10:30
Brackish: 👍
Saffy: 👍

summarize the plan for people who didn't read: roles, times, who brings what"""),
(1, "creative_writing", "en", "none", "none", None, """write a hype message for my wow guild's discord before our first big raid, make it sound like a medieval battle speech but with gamer slang"""),
(1, "open_qa", "en", "inline", "notes", None, """[Notion AI ▸ Ask about this page]
Page: "Onboarding – Week 1 reading list"
- The Mythical Man-Month (Brooks)
- Accelerate (Forsgren, Humble, Kim)
- Team Topologies (Skelton, Pais)

Q: what's the core argument of The Mythical Man-Month and is it still true for modern software teams?"""),
(0, "summarization", "en", "none", "none", None, """summarize the book Accelerate in 5 bullets, the DORA metrics one"""),
(0, "classification", "en", "inline", "json", "CW-p049", """<function_call_result name="fetch_unread_dms">
[
 {"from": "@bloom_studio", "text": "Hey! We'd love to collab on a sponsored post for our new planter line, budget $300. Interested?"},
 {"from": "@kiki.r", "text": "omg your monstera tutorial saved my plant thank u 😭"},
 {"from": "@crypto_king_88", "text": "Make $5000/week from home with my trading signals, DM me 'GROW'"},
 {"from": "@dan_the_plant_man", "text": "Where did you get that ceramic pot in your last reel?"},
 {"from": "@greenthumbs.agency", "text": "We manage influencer campaigns for garden brands, can we send you our media kit?"}
]
</function_call_result>
Assistant instructions: sort these DMs into BUSINESS, FAN, QUESTION, SPAM. Return handle → category."""),
(1, "general_qa", "en", "inline", "json", "CW-p049", """<function_call_result name="fetch_unread_dms">
[
 {"from": "@bloom_studio", "text": "Hey! We'd love to collab on a sponsored post for our new planter line, budget $300. Interested?"},
 {"from": "@greenthumbs.agency", "text": "We manage influencer campaigns for garden brands, can we send you our media kit?"}
]
</function_call_result>
User: i have 28k followers on my plant account. is $300 for a sponsored reel a fair rate or am i underselling myself? how do small creators usually figure out pricing"""),
(1, "open_qa", "en", "none", "none", None, """why is it called a "bug" in software, is the moth story real"""),
(0, "classification", "en", "before", "chat", None, """sarcastic or sincere: "oh great, another meeting that could've been an email" """),
(1, "creative_writing", "en", "none", "none", None, """write a breakup text from me to my gym membership lol"""),
(0, "summarization", "en", "none", "none", None, """can u recap the plot of Frozen for a grandpa who's taking the kids to the sequel"""),
(1, "general_qa", "en", "none", "none", None, """how much should i tip movers? 2 guys, 5 hours, 3rd floor walkup"""),
(0, "classification", "en", "before", "list", None, """countries vs capitals, which is which: Lima, Chile, Oslo, Kenya, Hanoi, Peru"""),
(1, "open_qa", "en", "none", "none", None, """why is the dead sea so salty and why can you float in it"""),
(0, "classification", "en", "after", "chat", None, """"Your verification code is 448201. Do not share it with anyone." — transactional or marketing sms?"""),
(1, "creative_writing", "en", "none", "none", None, """ghost story for a campfire, 5 min read, for 10 year olds so not too scary"""),
(1, "general_qa", "en", "none", "none", None, """what do i say in a 2 min self intro at a networking thing, im an accountant and kind of shy"""),
(0, "summarization", "en", "none", "none", None, """whats the gist of the movie Parasite? no twist spoilers"""),
(1, "open_qa", "en", "none", "none", None, """how do chameleons change colour"""),
(0, "classification", "en", "before", "prose", None, """language? "Dziękuję bardzo, do zobaczenia jutro" """),
(1, "open_qa", "en", "none", "none", None, """tbh i never understood inflation vs deflation, which one is worse and why"""),
(0, "classification", "en", "inline", "chat", None, """pls tag: "the new update moved the save button AGAIN why" = UI complaint, bug, or praise"""),
(1, "creative_writing", "en", "none", "none", None, """need a funny name for our office fantasy football league, we're all accountants"""),
(1, "general_qa", "en", "none", "none", None, """my cat pees outside the litter box suddenly, what should i try first"""),
(0, "summarization", "en", "after", "email", None, """Hi team — quick one. Starting Monday the office opens at 8 instead of 7:30, the gym is closed for two weeks for new flooring, and expense reports now go through Ramp instead of email. Ping me with questions. — Jo

one line tldr"""),
(1, "open_qa", "en", "after", "code", None, """const nums = [10, 1, 5, 100];
nums.sort();
console.log(nums); // [1, 10, 100, 5] ???

why does JS sort numbers like this 😐"""),
(0, "classification", "en", "after", "code", None, """def f(xs):
    return [x for x in xs if x % 2 == 0]

what language is this? one word"""),
(1, "general_qa", "en", "after", "email", "CW-p048", """"Hi, thanks for interviewing with us. Unfortunately we've decided to move forward with other candidates. We'll keep your CV on file."

should i reply to this? if yes what do i say, i really wanted this job"""),
(0, "classification", "en", "after", "email", "CW-p048", """"Hi, thanks for interviewing with us. Unfortunately we've decided to move forward with other candidates. We'll keep your CV on file."

rejection, offer, or next-round invite? (yes i know lol, its for my job tracker sheet)"""),
(0, "summarization", "en", "after", "chat", "CW-p050", """[Slack export — #eng-architecture — Tue]
Hana: Kicking off the repo discussion properly. Today we have 23 repos. Shared code lives in 4 internal npm packages and bumping them is a nightmare: last month the auth-client bump took 11 PRs across 9 repos.
Lucas: I'm not against a monorepo, but our CI is already 18 minutes for the web app alone. If we put everything together and don't have proper caching, every PR will take an hour.
Hana: Agreed, that's why I'd only do it with a build tool that does affected-only builds. Nx or Turborepo for the JS side. The Go services could stay separate for now.
Ibrahim: From the mobile side, we release on a different cadence and the App Store review adds a week anyway. I'd rather the mobile app stays out at least in the first phase.
Lucas: What about ownership? Right now each team owns its repo and its permissions. In a monorepo we'd need CODEOWNERS to be really well maintained or people will be blocked waiting for reviews from random teams.
Hana: Yes, CODEOWNERS per folder, and we'd make the platform team own the root config only.
Jess: Security perspective: fewer repos is actually easier for us. Dependency scanning across 23 repos is painful, half of them have outdated lockfiles.
Ibrahim: Fair.
Lucas: My worry is the migration itself. Moving history, rewriting CI, people's local setups. That's weeks of lost productivity.
Hana: We could do it incrementally. Start with the web app and the 4 shared packages, since that's where the pain is. Keep history with git subtree or the Nx import tool. If it works after a quarter, consider the Node services.
Jess: I'd want the dependency scanning set up on day one in the new repo.
Lucas: Ok. If we can prove the CI time stays under 20 minutes for a typical PR with caching, I'm in for the pilot.
Hana: Deal. I'll write an RFC with the pilot scope, success criteria (CI time, number of PRs per shared package bump, developer survey), and a rollback plan.
Ibrahim: Mobile stays out of the pilot, right?
Hana: Right, mobile and Go services stay out.
Jess: And I'll own the security scanning piece.
Lucas: I can prototype the Turborepo remote cache next week so we have real numbers.
Hana: Great, let's reconvene in two weeks with the RFC and Lucas's numbers.

what did we land on? short summary + who's doing what"""),
(1, "general_qa", "en", "after", "chat", "CW-p050", """[Slack export — #eng-architecture — Tue]
Hana: Kicking off the repo discussion properly. Today we have 23 repos. Shared code lives in 4 internal npm packages and bumping them is a nightmare: last month the auth-client bump took 11 PRs across 9 repos.
Lucas: I'm not against a monorepo, but our CI is already 18 minutes for the web app alone. If we put everything together and don't have proper caching, every PR will take an hour.
Hana: Agreed, that's why I'd only do it with a build tool that does affected-only builds. Nx or Turborepo for the JS side. The Go services could stay separate for now.
Ibrahim: From the mobile side, we release on a different cadence and the App Store review adds a week anyway. I'd rather the mobile app stays out at least in the first phase.
Lucas: What about ownership? Right now each team owns its repo and its permissions. In a monorepo we'd need CODEOWNERS to be really well maintained or people will be blocked waiting for reviews from random teams.
Hana: Yes, CODEOWNERS per folder, and we'd make the platform team own the root config only.
Jess: Security perspective: fewer repos is actually easier for us. Dependency scanning across 23 repos is painful, half of them have outdated lockfiles.
Ibrahim: Fair.
Lucas: My worry is the migration itself. Moving history, rewriting CI, people's local setups. That's weeks of lost productivity.
Hana: We could do it incrementally. Start with the web app and the 4 shared packages, since that's where the pain is. Keep history with git subtree or the Nx import tool. If it works after a quarter, consider the Node services.
Jess: I'd want the dependency scanning set up on day one in the new repo.
Lucas: Ok. If we can prove the CI time stays under 20 minutes for a typical PR with caching, I'm in for the pilot.
Hana: Deal. I'll write an RFC with the pilot scope, success criteria (CI time, number of PRs per shared package bump, developer survey), and a rollback plan.
Ibrahim: Mobile stays out of the pilot, right?
Hana: Right, mobile and Go services stay out.
Jess: And I'll own the security scanning piece.
Lucas: I can prototype the Turborepo remote cache next week so we have real numbers.
Hana: Great, let's reconvene in two weeks with the RFC and Lucas's numbers.

i'm writing the RFC (i'm Hana). Nx or Turborepo for this case, honestly? and what success criteria am i missing that would make the pilot result convincing to Lucas"""),
(0, "summarization", "en", "after", "notes", None, """customer interview notes — 5 calls this week (meal-kit app)

#1 (Mara, nurse, 2 kids): cooks 3x/week, hates recipes with >10 ingredients, loves that portions are pre-measured, cancelled once because of a price jump, came back for the kids' menu.
#2 (Jon, student): uses it only in exam weeks. Thinks packaging is wasteful. Would pay more for less plastic. Skips deliveries often, finds the skip button hidden.
#3 (Aiko, designer, lives alone): wants 1-person portions, currently throws away half. Says the app is pretty but search is bad.
#4 (Pete & Sal, retired): order every week, cook together as a hobby. Want harder recipes, "more like a cooking class". Struggle with small print on recipe cards.
#5 (Deepa, remote worker): mostly lunches. Wants 15-minute recipes. Would love a "pantry mode" where she tells the app what she already has.

pull out the key insights across all 5 in 5 bullets, not per person"""),
(0, "summarization", "en", "after", "prose", None, """Draft blog post – "What three years of remote work taught our team"

When we went fully remote in 2021, we assumed the hard part would be technology. It wasn't. Our video calls worked, our code reviews moved faster, and nobody missed the commute. What we underestimated was how much of our culture lived in accidental moments: the chat at the coffee machine, overhearing a colleague solve a problem, the quick "got a sec?" that saved a day of confusion.

The first thing we changed was writing. We now write down decisions, with the reasons, in a shared log. New hires tell us it's the single most useful thing they read in their first week. The second change was time zones. With people in eleven countries, we stopped expecting real-time answers and introduced "core hours": two hours a day when everyone is online for meetings and pairing. Everything else is asynchronous.

The third change was the hardest: we made social time part of the job. Every team has a budget for a twice-yearly meetup, and we run optional "coffee roulette" calls that randomly pair people from different teams. Participation was low at first, then grew as people realised it was how they heard about projects outside their bubble.

We still get things wrong. Onboarding junior engineers remotely is harder than it should be, and we're experimenting with a buddy system and more pairing in their first month. But three years in, we wouldn't go back.

Can you summarize this post into 3 takeaways, one line each"""),
(1, "open_qa", "en", "after", "prose", None, """from the news this morning: "The central bank raised its benchmark rate by 0.5 percentage points to 5.25%, its highest level in 16 years. The currency jumped 1.2% against the dollar within minutes of the announcement."

why would raising interest rates make the currency go up? and does that help or hurt people like me who rent and have some savings"""),
(0, "summarization", "en", "after", "prose", None, """forum post from our community, pls summarize for the dev team (what happens, device, steps, what they tried):

"Hi all, long time user, first time posting. Since the 4.2 update my app crashes every time I try to upload more than three photos to a listing. It doesn't crash straight away: I pick the photos, the upload bar gets to about 60%, then the screen goes white and the app closes. If I upload one or two at a time it works, but it's really slow and I have 40 listings to update. I'm on a Samsung Galaxy A52, Android 13, about 8GB free space. I've tried clearing the cache, reinstalling the app, and switching from Wi-Fi to mobile data, same thing. My friend with an iPhone says hers works fine. I also noticed that if the photos are screenshots rather than camera photos it doesn't crash, so maybe it's the file size? Camera photos are about 6-8MB each. Please fix this soon, I run a small vintage shop and this is costing me sales. Thanks."""),
(1, "creative_writing", "en", "after", "notes", "CW-p051", """best man speech help!! notes on the couple:
- groom = Tom, my best mate since we were 11, met at school when he fell off a climbing frame onto me
- bride = Aisha, doctor, runs marathons, somehow puts up with Tom's terrible puns
- they met at a pub quiz, his team name was "Quiz Team Aguilera", she was on the winning team, he demanded a rematch, that was the first date
- Tom once tried to cook her a 3-course dinner and set off the fire alarm twice, they ended up eating chips on the kerb
- he proposed on a hike in the Lake District, it was pouring, the ring nearly went in a stream
- they have a rescue greyhound called Biscuit who will be at the wedding wearing a bow tie
- Tom's dad passed away 2 years ago, I want to mention him briefly and warmly, not sad
- crowd: ~120 people, lots of grandparents, keep it clean

write the speech, around 4-5 minutes spoken, funny first then heartfelt, end with a toast"""),
(0, "summarization", "en", "after", "notes", "CW-p051", """notes on the couple:
- groom = Tom, my best mate since we were 11, met at school when he fell off a climbing frame onto me
- bride = Aisha, doctor, runs marathons, somehow puts up with Tom's terrible puns
- they met at a pub quiz, his team name was "Quiz Team Aguilera", she was on the winning team, he demanded a rematch, that was the first date
- Tom once tried to cook her a 3-course dinner and set off the fire alarm twice, they ended up eating chips on the kerb
- he proposed on a hike in the Lake District, it was pouring, the ring nearly went in a stream
- they have a rescue greyhound called Biscuit who will be at the wedding wearing a bow tie

boil these down to the 3 key facts about how they got together, short bullets"""),
(0, "summarization", "en", "after", "prose", "CW-p052", """from the signup page of an app i'm about to use:

"By creating an account you agree that: (a) we may use anonymised usage data to improve our services and may share aggregated statistics with partners; (b) you grant us a non-exclusive, royalty-free licence to display content you upload within the service; (c) you may delete your account at any time, after which your content is removed within 30 days, except where retention is required by law; (d) subscriptions renew automatically unless cancelled at least 24 hours before the renewal date; (e) any dispute will be resolved by binding arbitration in Delaware, and you waive the right to participate in a class action; (f) we may change these terms with 14 days' notice by email."

what am i agreeing to? short bullets, plain words"""),
(1, "open_qa", "en", "after", "prose", "CW-p052", """from the signup page of an app i'm about to use:

"By creating an account you agree that: (a) we may use anonymised usage data to improve our services and may share aggregated statistics with partners; (b) you grant us a non-exclusive, royalty-free licence to display content you upload within the service; (c) you may delete your account at any time, after which your content is removed within 30 days, except where retention is required by law; (d) subscriptions renew automatically unless cancelled at least 24 hours before the renewal date; (e) any dispute will be resolved by binding arbitration in Delaware, and you waive the right to participate in a class action; (f) we may change these terms with 14 days' notice by email."

i live in germany. is that arbitration + class action waiver thing even enforceable against EU consumers?"""),
(1, "general_qa", "en", "none", "none", None, """ok so voice to text here sorry if its messy im looking at a used car its a 2016 honda civic with 98000 miles for 11500 the seller is a private guy he says it has a clean title and new tires but the check engine light came on once last month and he said it was just the gas cap i want to know what i should check before i buy it and if that price is fair and whether i should pay for an inspection or if thats overkill for a honda and also how do i pay him safely like cash or a cashiers check or what because ive never bought from a private seller before"""),
(0, "summarization", "en", "after", "table", None, """bug bash results (45 min session, 8 testers):

| # | area | severity | note |
|---|---|---|---|
| 1 | checkout | high | promo code field accepts expired codes |
| 2 | checkout | med | spinner never stops after card decline |
| 3 | search | low | typo tolerance weak ("shose" → 0 results) |
| 4 | profile | low | avatar upload accepts .exe renamed to .png |
| 5 | checkout | high | tax not recalculated after address change |
| 6 | search | med | filters reset when going back |
| 7 | onboarding | low | skip button overlaps text on small screens |
| 8 | profile | high | changing email doesn't require password |
| 9 | search | low | sort by price ignores sale price |
| 10 | onboarding | med | progress dots don't match step count |
| 11 | checkout | med | saved cards list shows expired cards |
| 12 | profile | med | notification toggles don't persist |

summarize by area: how many issues, worst severity, one-line theme each"""),
(1, "open_qa", "en", "inline", "chat", None, """[HealthLine symptom companion — general information only, not a diagnosis]
user: for the last 3 days i've had a sore throat, mild fever (37.9), stuffy nose, and my ears feel kind of blocked. no cough really. i'm 29, otherwise healthy. what could this be, and how do you tell a cold from strep or the flu? when is it worth seeing a doctor"""),
(0, "summarization", "en", "after", "transcript", None, """Interview debrief — Backend Engineer candidate, panel notes merged (candidate name removed)

System design (Ravi): Designed a URL shortener. Good at clarifying requirements, asked about read/write ratio upfront. Chose a key-value store with a cache layer, reasoned well about hot keys. Struggled a bit on analytics pipeline design; needed hints for batching. Overall solid.
Coding (Mel): Two problems, finished both. Clean code, good test cases, talked through complexity. Took a while on the second one because of an off-by-one but found it herself.
Behavioural (Sofia): Great examples of mentoring a junior and handling an incident at 2am. Was vague when asked about a disagreement with a manager, described it as "we just aligned". Very enthusiastic about our domain (logistics).
Culture/values (Tom): Collaborative, asks for feedback. Mentioned she prefers fully remote; we're hybrid 2 days. Said she'd consider it but it's a "big ask" with her commute (70 min).
Compensation: Expectation is at the top of our band.

summarize strengths and concerns for the hiring committee, two short lists"""),
(1, "creative_writing", "en", "after", "chat", None, """user: help me name my startup, it's a tool that helps small restaurants predict how much food to order so they waste less
assistant: Some ideas: PrepWise, Larder, Mise, ForkCast, Spoilsport, Pantrycast, WasteNot, Stockpot.
user: ooh i like ForkCast and Larder. Mise is nice but too short to google
assistant: Noted! You seem to like short, food-adjacent words with a clever twist.
user: yes exactly. also something that sounds friendly not corporate

user: give me 10 more in the same vibe as ForkCast and Larder, and check each one isn't an obvious existing big brand"""),
(1, "open_qa", "en", "none", "none", None, """honest q: how do restaurants even forecast how much food to order? like what data do they use"""),
(0, "classification", "en", "after", "chat", "CW-p053", """[Telegram bot log] user wrote: "/start" then "hi" then "can i talk to someone about my refund plz" 

intent label for this session: greeting, refund_request, or general_question"""),
(1, "general_qa", "en", "inline", "chat", "CW-p053", """[Telegram bot log] user wrote: "/start" then "hi"
[dev note] we're designing this bot. what should the /start welcome flow look like so people don't just type "hi" and get stuck? best practices for onboarding in chat bots"""),
(0, "summarization", "en", "none", "none", None, """tldr of the Barbie movie 2023 pls"""),
(1, "creative_writing", "en", "none", "none", None, """write a short funny poem about losing socks in the dryer, limerick style"""),
(0, "classification", "en", "before", "list", None, """odd one out pls: violin, cello, trumpet, viola"""),
(1, "open_qa", "en", "none", "none", None, """why does the trumpet count as brass but the saxophone counts as woodwind when it's made of metal"""),
(1, "general_qa", "en", "none", "none", None, """what's a realistic daily study plan to pass the AWS solutions architect associate in 6 weeks while working full time"""),
(0, "classification", "en", "inline", "chat", "CW-p054", """@bot classify: "u up?" — sent at 2am by ex. booty call or genuine check-in 😂 one word"""),
(1, "creative_writing", "en", "none", "none", "CW-p054", """pls write a clever reply to my ex who just texted "u up?" at 2am, i want closure not drama"""),
(0, "summarization", "en", "after", "chat", "CW-p055", """user: remind me what we talked about yesterday
assistant: Yesterday you asked about getting a used car loan. We covered: your credit score (~690) qualifies you for mid-range rates; credit unions often beat dealer financing; a 48-month term keeps total interest lower than 72; and getting pre-approved before visiting the dealer gives you leverage.
user: make that even shorter, like 1 sentence"""),
(1, "general_qa", "en", "after", "chat", "CW-p055", """user: remind me what we talked about yesterday
assistant: Yesterday you asked about getting a used car loan. We covered: your credit score (~690) qualifies you for mid-range rates; credit unions often beat dealer financing; a 48-month term keeps total interest lower than 72; and getting pre-approved before visiting the dealer gives you leverage.
user: ok so dealer offered 7.9% for 60 months and credit union said 6.4% for 48. payment is higher at the CU. which one should i take, i can afford either"""),
]
