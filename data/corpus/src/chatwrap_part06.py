# writer chatwrap, part 06. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/Artistic, licence: Artistic-1.0 (verbatim copying permitted)
(0, "summarization", "en", "after", "prose", None, """found this license in an old perl module we vendored. i'm pasting the first half:

The "Artistic License"

Preamble

The intent of this document is to state the conditions under which a Package may be copied, such that the Copyright Holder maintains some semblance of artistic control over the development of the package, while giving the users of the package the right to use and distribute the Package in a more-or-less customary fashion, plus the right to make reasonable modifications.

Definitions:

"Package" refers to the collection of files distributed by the Copyright Holder, and derivatives of that collection of files created through textual modification.

"Standard Version" refers to such a Package if it has not been modified, or has been modified in accordance with the wishes of the Copyright Holder as specified below.

"Copyright Holder" is whoever is named in the copyright or copyrights for the package.

"You" is you, if you're thinking about copying or distributing this Package.

"Reasonable copying fee" is whatever you can justify on the basis of media cost, duplication charges, time of people involved, and so on. (You will not be required to justify it to the Copyright Holder, but only to the computing community at large as a market that must bear the fee.)

"Freely Available" means that no fee is charged for the item itself, though there may be fees involved in handling the item. It also means that recipients of the item may redistribute it under the same conditions they received it.

1. You may make and give away verbatim copies of the source form of the Standard Version of this Package without restriction, provided that you duplicate all of the original copyright notices and associated disclaimers.

2. You may apply bug fixes, portability fixes and other modifications derived from the Public Domain or from the Copyright Holder. A Package modified in such a way shall still be considered the Standard Version.

3. You may otherwise modify your copy of this Package in any way, provided that you insert a prominent notice in each changed file stating how and when you changed that file, and provided that you do at least ONE of the following:

a) place your modifications in the Public Domain or otherwise make them Freely Available, such as by posting said modifications to Usenet or an equivalent medium, or placing the modifications on a major archive site such as uunet.uu.net, or by allowing the Copyright Holder to include your modifications in the Standard Version of the Package.

b) use the modified Package only within your corporation or organization.

c) rename any non-standard executables so the names do not conflict with standard executables, which must also be provided, and provide a separate manual page for each non-standard executable that clearly documents how it differs from the Standard Version.

d) make other distribution arrangements with the Copyright Holder.

4. You may distribute the programs of this Package in object code or executable form, provided that you do at least ONE of the following:

a) distribute a Standard Version of the executables and library files, together with instructions (in the manual page or equivalent) on where to get the Standard Version.

b) accompany the distribution with the machine-readable source of the Package with your modifications.

c) give non-standard executables non-standard names, and clearly document the differences in manual pages (or equivalent), together with instructions on where to get the Standard Version.

d) make other distribution arrangements with the Copyright Holder.

can you sum up sections 1-4 in plain english? like 4 bullets, what am i allowed to do with a modified copy"""),
(0, "summarization", "en", "after", "chat", "CW-p122", """user: my printer won't print from my laptop, it's an HP OfficeJet 8025, laptop is windows 11
assistant: Let's troubleshoot. First, is the printer showing any error on its display, and is it connected by Wi-Fi or USB?
user: wifi. no errors on the screen, it says ready
assistant: Can you print a test page from the printer's own menu? That tells us whether the printer itself is working.
user: yes the test page printed fine
assistant: Good, so the printer hardware is OK. Next, on your laptop go to Settings > Bluetooth & devices > Printers & scanners. Is the OfficeJet listed, and does it say "Offline"?
user: it's listed twice actually. one says offline, one says idle
assistant: That's common after a network change. Try printing to the one that says "Idle".
user: i did, the job just sits in the queue with "error - printing"
assistant: Let's clear the queue. Open the queue for that printer, cancel all documents, then restart the Print Spooler service: press Win+R, type services.msc, find "Print Spooler", right-click and choose Restart.
user: done, queue is empty now. tried again, same error
assistant: Next, let's check the printer's IP address. On the printer, go to the Wi-Fi settings and note the IP. Then on your laptop, open a browser and type that IP. Does the printer's web page load?
user: ip is 192.168.1.47, the page loads fine
assistant: Great, so the laptop can reach the printer. The problem is probably the driver or the printer port. Remove both OfficeJet entries from Printers & scanners, then click "Add device" and let Windows find it again.
user: removed both, added again, it found it. now there's only one. still "error - printing"
assistant: Let's try HP's own software. Install HP Smart from the Microsoft Store and add the printer there. It often fixes driver issues.
user: installed HP Smart, it sees the printer, ink levels show fine. printing from HP Smart works!! but printing from Word or the browser still gives the error
assistant: Interesting, so the printer works via HP Smart but not via the standard Windows print path. One more thing to try: in Printers & scanners, open Printer properties > Ports, and check which port is selected. If it's a WSD port, try adding a Standard TCP/IP port with the IP 192.168.1.47.
user: it was on WSD. i added the TCP/IP port and selected it. still error from Word. i'm giving up for today

user: ok can you summarize everything we tried and the results so i can send it to our IT guy tomorrow"""),
(1, "general_qa", "en", "after", "chat", "CW-p122", """user: my printer won't print from my laptop, it's an HP OfficeJet 8025, laptop is windows 11
assistant: Let's troubleshoot. First, is the printer showing any error on its display, and is it connected by Wi-Fi or USB?
user: wifi. no errors on the screen, it says ready
assistant: Can you print a test page from the printer's own menu? That tells us whether the printer itself is working.
user: yes the test page printed fine
assistant: Good, so the printer hardware is OK. Next, on your laptop go to Settings > Bluetooth & devices > Printers & scanners. Is the OfficeJet listed, and does it say "Offline"?
user: it's listed twice actually. one says offline, one says idle
assistant: That's common after a network change. Try printing to the one that says "Idle".
user: i did, the job just sits in the queue with "error - printing"
assistant: Let's clear the queue. Open the queue for that printer, cancel all documents, then restart the Print Spooler service: press Win+R, type services.msc, find "Print Spooler", right-click and choose Restart.
user: done, queue is empty now. tried again, same error
assistant: Next, let's check the printer's IP address. On the printer, go to the Wi-Fi settings and note the IP. Then on your laptop, open a browser and type that IP. Does the printer's web page load?
user: ip is 192.168.1.47, the page loads fine
assistant: Great, so the laptop can reach the printer. The problem is probably the driver or the printer port. Remove both OfficeJet entries from Printers & scanners, then click "Add device" and let Windows find it again.
user: removed both, added again, it found it. now there's only one. still "error - printing"
assistant: Let's try HP's own software. Install HP Smart from the Microsoft Store and add the printer there. It often fixes driver issues.
user: installed HP Smart, it sees the printer, ink levels show fine. printing from HP Smart works!! but printing from Word or the browser still gives the error
assistant: Interesting, so the printer works via HP Smart but not via the standard Windows print path. One more thing to try: in Printers & scanners, open Printer properties > Ports, and check which port is selected. If it's a WSD port, try adding a Standard TCP/IP port with the IP 192.168.1.47.
user: it was on WSD. i added the TCP/IP port and selected it. still error from Word.

user: ok so HP Smart works but word doesn't even with the TCP/IP port. what else could it possibly be? any ideas left before i call IT, and what would you try next in order"""),
(1, "creative_writing", "en", "after", "prose", None, """my grandma still writes me actual letters and i want to write her a proper one back. here's hers. can you write a reply in my voice (i'm 24, studying nursing in Glasgow, my cat is called Pickle), warm, about 300 words, answering her questions and telling her about my placement on the children's ward

"My dearest Ellie,

I hope this finds you well and not working yourself too hard. Your grandad would have said you need feeding up, and I expect he'd be right. The weather here has been dreadful, rain every day since Easter, and the garden is more slug than lettuce. Mrs Patterson next door says beer traps work, but I'm not wasting good beer on slugs.

I went to the church fete last Saturday and won the raffle, a hamper with a tin of shortbread, a candle that smells of "winter forest", whatever that is, and a bottle of sherry, which I have already opened. The vicar's new dog, a spaniel called Bramble, ran off with a whole Victoria sponge from the cake stall. You should have seen the WI ladies chasing it across the field. I laughed until I had to sit down.

Your mum tells me you've started a new placement. I want to hear all about it. Are the other nurses kind to you? Do you get enough sleep? I remember when your mum was small and had her tonsils out, the nurses were angels, every one of them. I still think about that.

How is Pickle? Is she still sleeping on your textbooks? Your grandad's old cat used to sleep on the newspaper every morning, right on the crossword, just to annoy him.

I've been knitting again. I've made you a scarf in that green you like, it'll be in the post next week. If you don't like it, don't tell me, just wear it when you visit.

Write back when you have a moment, love. I keep all your letters in the tin with the blue lid.

All my love, always,
Grandma

P.S. Are you eating vegetables?" """),
(0, "classification", "en", "after", "prose", None, """Requirements draft for our booking app. Tag each numbered requirement FUNCTIONAL or NON_FUNCTIONAL, output "R#: TAG".

R1. Users can search for available appointments by date, service type and staff member.
R2. The search results page must load in under 2 seconds for 95% of requests.
R3. Users can book, reschedule and cancel appointments up to 24 hours before the start time.
R4. The system sends a confirmation email and an SMS reminder 24 hours before each appointment.
R5. All personal data must be stored in data centres located in the EU.
R6. The app must meet WCAG 2.1 AA accessibility standards.
R7. Staff can block out time slots for breaks or holidays.
R8. Admins can export a monthly report of bookings per staff member as CSV.
R9. The system must remain available 99.9% of the time during business hours.
R10. Users can pay a deposit by card or Apple Pay when booking.
R11. Passwords must be hashed with a modern algorithm and never stored in plain text.
R12. Users can leave a rating and a short review after an appointment.
R13. The interface must be available in English, Spanish and Portuguese.
R14. The system should support at least 500 concurrent users without degradation.
R15. Staff receive a push notification when a booking is made or cancelled.
R16. All actions by admins are recorded in an audit log retained for two years.
R17. Users can add an appointment to their Google or Apple calendar.
R18. Customers who miss two appointments without cancelling are automatically required to pay a deposit for future bookings.
R19. Deployments must not cause more than 30 seconds of downtime.
R20. The mobile app must work on iOS 15+ and Android 10+.

Notes from the product owner (for context, not for tagging): we'd like to launch with R1–R6 and R10 in the first release, with the rest following over the next two quarters. Marketing is especially keen on R12 because reviews help with local SEO. Legal has asked that R5 and R11 be signed off by the security team before any code is written, and support has asked for R18 to be configurable per business, since some salons are more lenient than others. The design team wants to run a usability test on the booking flow (R1, R3) with at least eight real customers before the end of next month. The engineering lead will estimate each requirement once they are tagged, and the tags feed straight into the sprint planning spreadsheet that finance reviews every quarter."""),
(1, "creative_writing", "en", "after", "transcript", None, """User research call, transcript lightly cleaned (participant P7, 38 min, consented to recording). I need you to turn this into a user persona card: a name, a short bio, goals, frustrations, a quote, and a "day in the life" paragraph. Make it vivid but stay faithful to what she said.

Interviewer: Thanks for joining. Can you tell me a bit about yourself and your work?
P7: Sure. I'm a community midwife, I've been doing it for about eleven years. I cover a rural area, so I'm driving a lot, between forty and a hundred miles a day depending on the visits. I've got two kids, nine and twelve, and a husband who works shifts, so our calendar is basically a war zone.
Interviewer: How do you keep track of your work schedule right now?
P7: Honestly, a mix of things. The trust has a rota system, which is on a website that doesn't work on my phone properly, so I screenshot it. Then I have a paper diary in the car because signal is terrible out there, and I put the home visits in my personal phone calendar so I get reminders. So it's three places, and they don't talk to each other.
Interviewer: What goes wrong with that?
P7: Double booking, mostly. Last month I told a family I'd be there at ten and the rota had moved me to a clinic at ten. I only noticed at nine-thirty. I had to ring them from a lay-by. That feels awful, because these are people who are often anxious, new parents, and you've promised them something.
Interviewer: What would make that better?
P7: One place. Something that works offline, because of the signal. And something that can tell me, like, "you're going to be late for the next visit if you stay here another ten minutes." Because I lose track of time. When a mum is struggling with feeding, I'm not going to leave after exactly thirty minutes.
Interviewer: How do you feel about new apps at work?
P7: Tired, if I'm honest. We've had three "new systems" in five years and every one was sold as the answer. So I'd need to see it actually save me time in the first week or I'd go back to my diary. And it can't be fiddly. I'm often typing with one hand, standing in someone's hallway.
Interviewer: What's the best part of your job?
P7: The moment when a mum who was terrified at the first visit tells you, a few weeks later, "I think I've got this." That's why I do it. The admin is what makes people leave the job, not the work itself.
Interviewer: Anything else you'd want the people building this to know?
P7: That we're not at desks. Everything designed for us seems to assume we're sitting at a computer with a coffee. I eat lunch in the car. If it doesn't work in the car, it doesn't work.
Interviewer: That's really helpful. Thank you so much."""),
(0, "summarization", "en", "after", "chat", None, """[Slack #hackathon-2024-planning, last 3 days]
Leon: ok hackathon is confirmed for 18–19 July, 2 days, in-person at the Leeds office with a remote option
Fatima: 🎉 how many people are we expecting?
Leon: last year 64, this year we've opened it to the Lisbon office too so maybe 90?
Fatima: then we need the big room AND the two meeting rooms on floor 2
Leon: booked all three, plus the kitchen area for demos
Gus: food?? last year we ran out of pizza at 7pm and it was a riot lol
Fatima: I'll do catering. thinking breakfast both days, lunch both days, dinner on day 1, snacks non-stop. budget?
Leon: £6k total for food and prizes
Fatima: ok I'll aim for £4.5k food, leaves £1.5k for prizes
Gus: prizes: best overall, best customer impact, and "most cursed" like last year please, that was the best category
Leon: yes keep most cursed 😂
Rana: judging — last year judges were all directors and it felt a bit stiff. can we have one customer success person and one engineer on the panel?
Leon: good idea. Rana can you recruit judges? 5 total
Rana: on it
Gus: themes? last year was "anything goes" and half the projects were chatbots
Leon: this year: "make a customer's day better" as the main theme, but people can still do internal tools
Fatima: remote folks, how do they demo?
Gus: I'll set up a Zoom room and a demo schedule so remote teams get a fixed slot, max 4 min each
Rana: we should ask people to register teams by 5 July so we can plan rooms and slots
Leon: yes. registration form — Gus can you do it?
Gus: will do, I'll include dietary requirements so Fatima has numbers
Fatima: 🙏 thank you
Leon: comms: I'll announce in #general on Monday with the date, theme and registration link
Rana: and we need a code of conduct reminder in the announcement, last year there was that awkward incident at the after-party
Leon: yes, I'll include it and link the CoC page
Gus: after-party?
Leon: drinks on day 1 evening at the pub across the road, company pays first round only
Fatima: I'll add non-alcoholic options to the catering for the office part
Leon: ok I think we're set. recap next week

can you summarize the plan: dates/venue, budget split, who's doing what, and deadlines. I'm new to the committee"""),
(0, "classification", "en", "inline", "chat", "CW-p123", """You are the routing layer for Mercato's support chat. Decide which team should handle the customer's latest message. Teams: ORDERS (tracking, delivery, missing items), PAYMENTS (charges, refunds, vouchers), ACCOUNT (login, profile, data), MARKETPLACE_SELLERS (questions from sellers), ESCALATION (threats of legal action, safety issues, press). Reply with the team name only.

Conversation:
Customer: Hi, I ordered a set of kitchen knives from a seller on your site, order MC-22817.
Bot: Thanks! How can I help with order MC-22817?
Customer: They arrived but the box was open and one knife is missing. My kid nearly cut himself on the packaging because the knives weren't wrapped. This is genuinely dangerous. I want a refund and I want to know what you're doing about this seller.
Bot: I'm so sorry to hear that. Is your child okay?
Customer: He's fine, just a scratch, but it could have been much worse. I'm thinking of reporting this to trading standards."""),
(1, "general_qa", "en", "inline", "chat", "CW-p123", """You are a coaching assistant for Mercato's support agents. The agent will paste a conversation and ask for advice.

Conversation:
Customer: Hi, I ordered a set of kitchen knives from a seller on your site, order MC-22817.
Bot: Thanks! How can I help with order MC-22817?
Customer: They arrived but the box was open and one knife is missing. My kid nearly cut himself on the packaging because the knives weren't wrapped. This is genuinely dangerous. I want a refund and I want to know what you're doing about this seller.
Bot: I'm so sorry to hear that. Is your child okay?
Customer: He's fine, just a scratch, but it could have been much worse. I'm thinking of reporting this to trading standards.

Agent: I just took over from the bot. How do I handle this without sounding scripted? What should I say first, and what can I promise about the seller?"""),
(0, "summarization", "en", "after", "reviews", "CW-p125", """Goodreads reviews of my self-published novel (someone sent me the link, I'm scared to read them properly). Can you summarize the overall reception in 3-4 sentences, what people liked and what they didn't?

★★★★★ "Couldn't put it down. The twist in chapter 19 floored me. Marta is one of the best narrators I've read this year."
★★★☆☆ "Great premise, but the middle drags. Cut 50 pages and it'd be a 5."
★★★★☆ "Atmospheric, creepy, and the small-town setting felt real. The ending was a bit rushed."
★★☆☆☆ "Too many characters introduced in the first three chapters, I kept getting them confused."
★★★★★ "The audiobook narration is fantastic too. Loved the dark humour."
★★★☆☆ "I liked it but the romance subplot felt unnecessary."
★★★★☆ "Strong debut. Pacing issues in the middle, but the last 100 pages are brilliant."
★☆☆☆☆ "Not my genre, DNF at 30%."
★★★★☆ "The twist! The atmosphere! Some typos though, needs another proofread." """),
(1, "general_qa", "en", "none", "none", "CW-p125", """i self published a thriller, reviews say the middle drags. for book 2 how do i keep the middle tight? practical techniques pls"""),
(0, "summarization", "en", "after", "email", "CW-p126", """pls summarise this chain from our accountant, what do I need to send and by when?

From: Hollis & Reed Accountants
Hi Marco, ahead of your self-assessment we need the following: (1) your P60 from your employer, (2) the total income from your freelance photography for 6 April 2023 to 5 April 2024, with invoices, (3) receipts for any equipment you bought for the photography business over £100, (4) your mileage log if you want to claim travel, and (5) details of any interest over £1,000 from savings accounts.

From: Marco
Thanks! I have the P60. For the mileage, I didn't keep a log, just Google Maps history, is that OK?

From: Hollis & Reed Accountants
Google Maps history can work if it shows dates and destinations for each business trip; please export it and highlight the business journeys. We'd also need a short note explaining what each trip was for.

From: Hollis & Reed Accountants
One more thing: please send everything by 15 December so we can file before the 31 January deadline and avoid the rush. If anything is missing after that, we may need to charge our late-information fee of £75."""),
(1, "open_qa", "en", "none", "none", "CW-p126", """uk self assessment: what counts as an allowable expense for a part time freelance photographer? camera? phone? home office?"""),
(0, "classification", "en", "after", "notes", None, """diary notes from my first week of bullet journalling, tag each entry with one of: WORK, HEALTH, SOCIAL, HOME, MONEY

- ran 3k before work, knees ok
- finally sent the Q2 report to Jen
- dinner at Sara's, she made that lentil thing
- fixed the leaky tap myself!!! (youtube)
- moved £200 to savings
- dentist booked for the 14th
- 1:1 with manager went well
- called grandma for her birthday
- cancelled the gym membership I never use
- hoovered, finally
- slept 8h, felt amazing
- paid off the credit card in full"""),
(1, "creative_writing", "en", "none", "none", None, """give me 10 cute bullet journal page titles for a habit tracker, vibe = cottagecore 🍄"""),
(0, "summarization", "en", "after", "code", "CW-p127", """git log --oneline since last release, can you turn it into user-facing release notes? group into Added / Fixed / Changed, skip chores

a41f0c2 chore: bump eslint to 9.2
9bd2e11 feat: add CSV import for contacts
77c03aa fix: timezone bug in reminders for users in UTC+13
3e2f8d1 feat(ui): dark mode toggle in settings
c9a1b44 refactor: move date utils to shared package
18de6f0 fix: crash when contact has no email
5b7ce29 chore(ci): cache node_modules
e02a9d3 feat: bulk delete contacts
d4b8812 fix: export ignored custom fields
aa31c5e change: default sort is now "last contacted" instead of "name"
0c7f2b1 docs: update README screenshots
f1e6d93 fix: typo on onboarding screen"""),
(1, "open_qa", "en", "none", "none", "CW-p127", """whats the point of conventional commits like "feat:" and "fix:"? is it just for pretty logs"""),
(0, "classification", "en", "inline", "chat", "CW-p124", """Assistant instructions: You are a Discord bot for a language exchange server. When a user posts a sentence, identify the language and whether it's a QUESTION or a STATEMENT. Output: <language>, <type>.

User post: "¿Alguien quiere practicar inglés conmigo esta noche? Soy de Bogotá y busco a alguien que hable británico jaja" """),
(1, "creative_writing", "en", "inline", "chat", "CW-p124", """Assistant instructions: You are a friendly Discord bot for a language exchange server.

User post: "¿Alguien quiere practicar inglés conmigo esta noche? Soy de Bogotá y busco a alguien que hable británico jaja"

Mod request: write a fun welcome reply to this user, mostly in English but with a couple of easy Spanish phrases, inviting them to the #voice-practice channel at 8pm UK time"""),
(0, "summarization", "en", "after", "transcript", None, """[Google Meet captions — weekly ops sync — warehouse team]
Kofi: Right, numbers first. We shipped 18,240 orders last week, that's up 6% on the week before. Same-day dispatch was 91%, target is 95.
Bea: The miss was mostly Wednesday. The conveyor on line 2 jammed twice and we lost about three hours.
Kofi: Has maintenance found the cause?
Bea: They think it's the new, heavier boxes from the furniture client. The rollers weren't rated for them. They're swapping in heavy-duty rollers this weekend.
Kofi: Okay. Returns?
Sunil: Returns backlog is down to 1,100 from 2,400. The extra Saturday shift helped. I'd like to keep it for two more weeks to clear it fully.
Kofi: Cost?
Sunil: About £1,800 a week in overtime.
Kofi: Approved for two weeks, then we review.
Bea: Also, staffing. Three agency workers finish on Friday and we haven't got replacements confirmed for Monday.
Kofi: Can you chase the agency today and copy me in?
Bea: Will do.
Sunil: Last thing, the fire drill is next Thursday at 11, please make sure your teams know, last time half of night shift thought it was real.
Kofi: Ha, yes. Okay, thanks all.

short summary for the site manager: KPIs, issues, decisions"""),
(1, "general_qa", "en", "none", "none", None, """how do warehouses usually handle a returns backlog without burning out staff on overtime? ideas beyond "hire more people" """),
(0, "classification", "en", "after", "chat", None, """chat from the #random channel, tag each message as WORK or OFF_TOPIC for the channel cleanup bot:

1. "anyone know why the staging deploy is red"
2. "my cat just knocked my coffee onto my keyboard 💀"
3. "reminder: sprint demo at 3"
4. "who's watching the match tonight"
5. "the new design tokens are merged, pls pull"
6. "recommendations for a good ramen place near the office?"
7. "PR #441 needs a second reviewer"
8. "happy friday everyone 🎉" """),
(1, "creative_writing", "en", "none", "none", None, """write a funny slack channel description for #random that gently says "please take work stuff elsewhere" """),
(0, "summarization", "en", "after", "form", None, """Incident report form submitted by a night manager at our hotel. Summarize it for the morning handover, max 4 lines.

Date/time: 14 June, 01:40
Location: 3rd floor corridor, outside room 318
Reported by: Night manager
Description: Guest in 318 called reception about loud voices in the corridor. On arrival, found two guests from room 322 arguing loudly; one appeared intoxicated. No physical contact observed. Asked them to return to their room, which they did after about 5 minutes. Guest in 318 was offered a move to a quieter room but declined. Guests in 316 and 320 were not disturbed, as far as known.
Injuries: None
Damage: None
Police called: No
Follow-up needed: Front office manager to speak to guests in 322 at checkout (due 11:00). Offer guest in 318 a complimentary breakfast."""),
(1, "open_qa", "en", "inline", "chat", None, """[system: You are Sage, a philosophy tutor bot. Use examples. Avoid jargon unless you define it.]
[user: my prof keeps saying Kant thought lying is ALWAYS wrong, even to a murderer asking where your friend is hiding. that seems insane?? did he really think that and why? and what do modern kantians say about it]"""),
(0, "classification", "en", "before", "reviews", None, """for each of these, is the reviewer talking about the BOOK or the DELIVERY?
- "arrived with a bent corner, ugh"
- "the ending made me cry on the train"
- "came a day early, nice"
- "the middle section is so slow"
- "package was soaked from the rain"
- "best character development I've read in years" """),
(1, "general_qa", "en", "none", "none", "CW-p129", """books that are like The Secret History but less pretentious? i liked the vibe not the characters"""),
(0, "summarization", "en", "none", "none", "CW-p129", """summarize the plot of The Secret History by Donna Tartt in 4 lines, no moralising"""),
(1, "creative_writing", "en", "inline", "chat", None, """<persona>You are Captain Crumb, the pirate mascot of Crumb & Co. bakery. Speak like a pirate. Keep it family friendly.</persona>
<user>it's our bakery's 5th birthday on saturday!! write a short shout-out we can put on the chalkboard outside</user>"""),
(0, "classification", "en", "inline", "chat", None, """<persona>You are the order assistant for Crumb & Co. bakery.</persona>
<user>do u have anything without gluten? my daughter is celiac</user>
<instruction>Classify the user's message: ALLERGEN_QUESTION, ORDER_REQUEST, OPENING_HOURS, COMPLAINT. One label.</instruction>"""),
(0, "summarization", "en", "after", "chat", "CW-p128", """ok here's the full back and forth with the seller on facebook marketplace, what's the deal in one sentence?

me: hi is the sofa still available?
seller: yes!
me: great, would you take £150?
seller: lowest I can do is £180, it's barely used
me: ok £180 if you can help me get it into a van
seller: sure, my husband can help. when?
me: saturday morning?
seller: 10am works, address is in Didsbury, I'll send it saturday
me: perfect, cash ok?
seller: cash is fine"""),
(1, "general_qa", "en", "none", "none", "CW-p128", """buying a sofa off facebook marketplace saturday. how do i make sure it doesn't have bedbugs before i hand over cash"""),
(0, "classification", "en", "after", "log", None, """2024-07-02 10:14:03 INFO  request completed in 120ms
2024-07-02 10:14:05 WARN  cache miss ratio above 40%
2024-07-02 10:14:09 ERROR failed to connect to redis: connection refused
2024-07-02 10:14:12 DEBUG retrying redis connection (attempt 2)
2024-07-02 10:14:15 INFO  redis connection restored

tag each line OK or NEEDS_ATTENTION, just time + tag"""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between a cache miss and a cache eviction? and when does a high miss ratio actually matter"""),
(0, "summarization", "en", "inline", "notes", "CW-p130", """<retrieved source="support-kb" id="KB-2211" title="Refunds for annual plans">
Annual plans can be refunded in full within 14 days of purchase, no questions asked. After 14 days, customers may request a pro-rated refund for the unused full months remaining, minus a £20 administration fee. Refunds are issued to the original payment method within 5–10 working days. Customers who paid by bank transfer must provide account details via the secure form; support must never collect bank details over chat. Discounts applied at purchase (for example, Black Friday pricing) are not re-applied if the customer later buys a new plan. Refunds are not available for plans cancelled because of a breach of the acceptable use policy. Enterprise contracts are governed by their own terms and should be escalated to the account manager. If a customer disputes a charge with their bank while a refund request is open, pause the request and notify the billing team, because the chargeback process will override it. Agents may offer a one-time goodwill credit of up to one month instead of a refund if the customer prefers to stay.
</retrieved>
<agent_query>summarize the KB article into 5 bullets I can keep open during chats</agent_query>"""),
(1, "general_qa", "en", "inline", "notes", "CW-p130", """<retrieved source="support-kb" id="KB-2211" title="Refunds for annual plans">
Annual plans can be refunded in full within 14 days of purchase. After 14 days, customers may request a pro-rated refund for the unused full months remaining, minus a £20 administration fee. Agents may offer a one-time goodwill credit of up to one month instead of a refund if the customer prefers to stay.
</retrieved>
<agent_query>customer is on day 20 of an annual plan, very upset, says the product doesn't do what the sales rep promised. she wants a full refund. policy says pro-rated minus £20. how do I handle this conversation? should I push for a goodwill credit or escalate for an exception?</agent_query>"""),
(0, "classification", "en", "after", "prose", None, """I'm building a reading list for my Year 10 class. For each blurb, tag the genre: DYSTOPIAN, HISTORICAL, FANTASY, MYSTERY, ROMANCE, SCI_FI. One tag each, format "1: TAG".

1. "In a city where every citizen's emotions are measured by a wristband, sixteen-year-old Ayo discovers her readings have been faked, and that the government knows why."
2. "London, 1941. While the Blitz rages overhead, a young telephone operator overhears a conversation that could change the course of the war."
3. "When the village well starts whispering in a language no one has spoken for a thousand years, apprentice herbalist Wren must find the witch who cursed it."
4. "Fourteen guests, one snowbound hotel, and a body in the library. Retired detective Mabel Okafor just wanted a quiet Christmas."
5. "Two rival bakers in a seaside town are forced to share a kitchen for the summer festival. Sparks, and flour, fly."
6. "The colony ship Perseverance has been travelling for 300 years. When it finally arrives, the planet it was sent to is already inhabited, by humans who left Earth after it did."
7. "In 1850s San Francisco, a Chinese immigrant girl disguises herself as a boy to work in her uncle's laundry and uncovers a smuggling ring."
8. "After the floods, the last 10,000 people live on floating platforms ruled by the Tide Council. Anyone over forty is sent 'ashore'. No one comes back." """),
(1, "creative_writing", "en", "none", "none", None, """write a blurb (60 words) for a YA mystery set in a floating school on a river barge, for my class's made-up book project"""),
(0, "summarization", "en", "after", "chat", None, """[WhatsApp — Allotment Society committee]
Graham: Right, water. The council says the standpipe on plot row C will be off from 1 to 15 August for repairs.
Jas: During a heatwave potentially, brilliant.
Graham: I know. They've offered to leave the one by the gate on, and we can use the rainwater butts.
Ruth: The butts are half empty already. Can we get a bowser?
Graham: I asked, £90 for two weeks.
Jas: Society funds can cover that, we've got about £600.
Ruth: Agreed.
Graham: Ok, I'll book it. Second thing, the plot inspection is 24 August. Neglected plots get a first warning letter.
Ruth: Can we hold off warnings for anyone affected by the water outage? It's not fair otherwise.
Graham: Good point. Inspection moves to 7 September then.
Jas: Third thing — the shed break-in. Police gave us a crime number. Insurance needs it within 30 days.
Ruth: I'll do the claim this week. They took the strimmer and two spades.
Graham: And we need a better padlock. Jas?
Jas: I'll buy a closed-shackle one, about £40.
Graham: Great. Finally, open day is 14 September, need volunteers for the cake stall.
Ruth: I'll put a sign-up sheet in the shed. Well, the new shed lock permitting 😂

summarise decisions + who's doing what, for the members' newsletter"""),
(1, "open_qa", "en", "none", "none", None, """how do you keep veggies alive on an allotment during a 2 week heatwave with almost no water? which crops suffer most"""),
(0, "classification", "en", "after", "email", "CW-p131", """Sort these customer emails by language and by whether they need a REFUND, an EXCHANGE or just INFO. Format: "#: language / need".

#1 "Hola, compré unas zapatillas talla 38 pero me quedan pequeñas, ¿puedo cambiarlas por una 39?"
#2 "Bonjour, ma commande est arrivée cassée, je voudrais être remboursée s'il vous plaît."
#3 "Hi, what's your returns window for sale items?"
#4 "Hallo, kann ich die Jacke in Blau statt Schwarz bekommen? Die schwarze passt, aber die Farbe gefällt mir nicht."
#5 "Ciao, vorrei sapere se spedite anche in Svizzera."
#6 "Olá, o produto não funciona, quero o meu dinheiro de volta."
#7 "Hello, do you offer gift wrapping?" """),
(1, "creative_writing", "en", "after", "email", "CW-p131", """#2 "Bonjour, ma commande est arrivée cassée, je voudrais être remboursée s'il vous plaît."

write a short apology reply in French (simple, polite), then the same reply in English underneath so my boss can check it. refund will be processed within 5 days, no need to return the broken item"""),
(0, "summarization", "en", "after", "prose", "CW-p132", """My landlord sent this "inventory report" summary after the checkout inspection, I need the short version for my flatmates:

"Overall the property was returned in good condition, consistent with the check-in inventory allowing for fair wear and tear. Living room: carpet has two small stains near the sofa, approximately 5cm each, cleaning required. Wall behind the TV has four small holes from picture hooks, minor filling needed. Kitchen: oven requires a professional clean; grease build-up on the hob. All appliances working. Bedroom 1: good condition. Bedroom 2: window blind broken (one slat missing, cord tangled), replacement needed. Bathroom: limescale on shower screen, mould in the silicone seal around the bath, re-sealing recommended. Garden: lawn overgrown, needs mowing. Keys: all sets returned. Proposed deductions: carpet cleaning £60, oven clean £85, blind replacement £35, re-sealing bath £70, garden £40. Total proposed deduction from deposit: £290 of £1,400. Tenants have 10 days to dispute any items." """),
(1, "general_qa", "en", "after", "prose", "CW-p132", """landlord wants to take £290 from our £1,400 deposit: carpet cleaning £60, oven clean £85, blind £35, re-sealing the bath £70, garden £40. the bath mould was there when we moved in (it's in the check-in photos) and we mowed the lawn the day before leaving.

how do we dispute this properly? what do we say and do we go through the deposit scheme straight away or email him first"""),
(0, "classification", "en", "inline", "json", "CW-p133", """{"messages": [{"role": "system", "content": "You are a spam filter for a community forum about woodworking. Label each post SPAM or HAM. Respond with a JSON list of labels in order."}, {"role": "user", "content": "1) Finally finished my walnut coffee table, took 3 months! Any tips on finishing oil?\n2) BEST CHEAP WATCHES replica rolex 90% off visit cheapwatchz dot biz\n3) Does anyone know if a Japanese pull saw is worth it for dovetails?\n4) Earn $$$ from home, no experience needed, DM me\n5) My grandfather's old hand plane, restored it this weekend, pics below\n6) Looking for a good online course on chair making, any recs?\n7) Hot singles in your area want to meet you\n8) Is it normal for pine to warp this much after a week indoors?"}]}"""),
(1, "open_qa", "en", "none", "none", "CW-p133", """why does pine warp after you bring it indoors? do i need to let wood acclimate before building"""),
(0, "summarization", "en", "after", "chat", "CW-p134", """[Microsoft Teams — chat with IT]
IT (Sofia): Hi, I saw your ticket about the VPN. Can you tell me what happens when you connect?
Me: It connects for about 30 seconds then drops, says "authentication timeout"
IT (Sofia): Are you on home Wi-Fi or a hotspot?
Me: home wifi
IT (Sofia): Can you try your phone's hotspot for a minute?
Me: ok... on hotspot it stays connected
IT (Sofia): Thanks. That suggests your home router is blocking something. Do you know your router model?
Me: it's the one from the ISP, a Vodafone thing
IT (Sofia): Those sometimes have "SIP ALG" or a firewall setting that interferes with our VPN's UDP traffic. I'll send you a guide to switch our client to TCP mode instead, which usually fixes it.
Me: ok thanks
IT (Sofia): If that doesn't work, we can ship you a small travel router preconfigured for the VPN. I've noted that on the ticket.
Me: 👍

summarize this chat for my own notes, 3 lines"""),
(1, "open_qa", "en", "none", "none", "CW-p134", """why would a VPN work on TCP but not UDP? isn't UDP supposed to be faster"""),
(0, "classification", "en", "before", "list", "CW-p135", """can u put these words into noun / adjective / verb: brave, whisper, mountain, quickly? no wait quickly is an adverb, skip it. brave, whisper, mountain, gentle, gather, lantern"""),
(1, "creative_writing", "en", "none", "none", "CW-p135", """write a 4 line poem using the words brave, whisper, mountain, gentle, gather, lantern"""),
(0, "summarization", "en", "after", "email", "CW-p136", """Dear Parents,

The school's new mobile phone policy will start on Monday 2 September. Students in Years 7–9 must hand in their phones at registration; phones will be stored securely and returned at the end of the day. Students in Years 10–11 may keep phones in their bags but must not use them during lessons or in corridors. Sixth form students may use phones in the common room only. Any phone used outside these rules will be confiscated and returned to a parent or carer at the end of the week. If your child needs to contact you during the day, they can use the phone in the school office. We will review the policy at the end of the autumn term with feedback from students, parents and staff.

Yours sincerely,
Mrs A. Clarke, Headteacher

my son is year 8. tldr of what it means for him?"""),
(1, "open_qa", "en", "none", "none", "CW-p136", """do phone bans in schools actually improve grades or mental health? what does the evidence say"""),
(0, "classification", "en", "after", "notes", None, """Tag each of these to-dos by context: @home, @computer, @errands, @calls

- renew passport photo at the pharmacy
- reply to Dan's email about the offsite
- call the plumber about the boiler service
- hang the bathroom shelf
- book flights for October
- pick up dry cleaning
- ring mum about sunday lunch
- clear out the garage
- update my CV"""),
(1, "general_qa", "en", "none", "none", None, """i have like 60 to-dos and no system. what's a simple productivity method that doesn't need an app"""),
(0, "summarization", "en", "none", "none", "CW-p137", """summarise the book Getting Things Done in 5 bullets"""),
(1, "open_qa", "en", "none", "none", "CW-p137", """what are the main criticisms of getting things done? like does it work for people with adhd"""),
(0, "classification", "en", "inline", "chat", "CW-p138", """SMS auto-triage for a GP surgery (no medical advice, routing only). Categories: APPOINTMENT, PRESCRIPTION, TEST_RESULTS, URGENT_CALL_999, ADMIN.
Message: "Hi, I had blood tests last Tuesday, are the results back yet? Thanks, J" """),
(1, "open_qa", "en", "none", "none", "CW-p138", """what does a full blood count actually check for? mine says "normal" but i dont know what they looked at"""),
(0, "summarization", "en", "after", "transcript", None, """[Voice message transcript — WhatsApp — from my flatmate]
"Hey, so, uh, the landlord came round about the damp in the bathroom, he says he'll send someone on Thursday between 8 and 12 to look at the extractor fan, and he wants us to leave the window open when we shower till then. Also, the council tax bill came, it's the same as last year, I'll pay it and you can send me your half whenever. Oh and the internet's going to be off on Friday morning for like two hours, they're upgrading the line. That's it, see you later." """),
(1, "general_qa", "en", "none", "none", None, """bathroom keeps getting mouldy even with the window open, rented flat. what can i do myself that actually works"""),
(0, "classification", "en", "before", "prose", "CW-p139", """does this sentence contain a spelling mistake y/n: "Their going to the park after lunch." """),
(1, "creative_writing", "en", "none", "none", "CW-p139", """write a short funny poem to help my kid remember their / there / they're"""),
(0, "summarization", "en", "after", "code", "CW-p140", """what does this github workflow do? one sentence for the PR description

name: nightly
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npx playwright install --with-deps
      - run: npm run test:e2e
      - if: failure()
        run: curl -X POST "$SLACK_WEBHOOK" -d '{"text":"Nightly e2e failed"}' """),
(1, "general_qa", "en", "none", "none", "CW-p140", """our playwright e2e tests are flaky, like 1 in 5 nightly runs fail randomly. how do we make them stable"""),
(0, "summarization", "en", "after", "email", None, """From: CEO
To: All staff
Subject: Changes to how we're organised

Hi everyone,

I want to share some changes to our structure that will take effect on 1 October. I know reorganisations can be unsettling, so I'll be as clear as I can about what is changing, what isn't, and why.

Why we're doing this. Over the past two years we've grown from 80 to 210 people. Our current structure, with separate product, engineering and support departments, worked well when we were smaller. Now, decisions that affect customers often need sign-off from three different leaders, and customers feel that. Our average time to resolve a bug reported through support has grown from 4 days to 11 days. We need to be faster and closer to our customers.

What is changing. From 1 October, we will organise around three customer-focused groups: Small Business, Mid-Market and Enterprise. Each group will have its own product manager, engineers, designers and support specialists, led by a General Manager. The GMs are Nadia (Small Business), Pieter (Mid-Market) and Grace (Enterprise). A central Platform team, led by Omar, will look after shared infrastructure, security and data.

What this means for support. Support specialists will move into the three customer groups, so they sit alongside the engineers who fix the problems they report. The support leads will keep their current line management for the first three months to give everyone stability, and then line management will move to the GMs. The 24/7 on-call rota stays exactly as it is, and shared tools such as the ticketing system and the knowledge base won't change. We'll ask each support specialist for their preference of group by 6 September and will honour first choices wherever we can.

What isn't changing. Nobody is losing their job as part of this change. Salaries, benefits and job titles stay the same. Our values, our offices, and our hybrid working policy stay the same.

Next steps. Each GM will hold a Q&A session with their new group in the week of 9 September. HR has published an FAQ on the intranet, and you can ask questions anonymously through the form linked there. Your manager will also have a one-to-one with you before the end of September to talk through what this means for you personally.

I'm excited about what this will let us do for our customers, and I'm grateful for your patience as we make the change. Please ask questions; there are no silly ones.

Best,
Leena

i'm a support specialist. summarise what this means for ME specifically, with the dates"""),
(1, "creative_writing", "en", "before", "prose", None, """can you turn this into a funny blog post for my travel blog, ~400 words, with a title and little section headers, keep all the real details: so me and my sister decided to do a road trip through the scottish highlands in october which everyone told us was a bad idea because of the weather and they were right but also it was amazing. we rented the tiniest car, a fiat 500, which was a mistake because we had two massive suitcases and my sister's guitar which she did not play once. first day we drove from glasgow to glencoe and it rained so hard the wipers couldn't keep up and we had to pull over at a petrol station and eat crisps for forty minutes. then the sun came out for like ten minutes and there was a double rainbow over the mountains and we both just screamed. the next day we went up to skye and the single track roads were terrifying, you have to pull into these passing places and there was a sheep that just refused to move, it stood in the middle of the road staring at us for ages like we owed it money. we stayed in a b&b run by a lady called morag who made us porridge with whisky in it at 8am and told us about her three ex husbands. we did the fairy pools walk and i fell in up to my knees. we tried to see the northern lights and stood in a field at midnight for two hours and saw absolutely nothing except my sister's phone screen. on the way back we got stuck behind a tractor for thirty minutes and found the best fish and chips of my life in a tiny village whose name i still can't pronounce. we drove about 900 miles in 5 days and i would do every single mile again, except maybe the sheep bit."""),
(1, "open_qa", "en", "after", "notes", None, """our product spec for a "smart" thermostat we're prototyping:
- wifi, app control (iOS/Android)
- 7-day schedule
- temperature + humidity sensor
- geofencing (turns down when everyone leaves)
- energy usage graph in app
- works with standard 24V HVAC systems
- touch screen, 3.5 inch

how does this compare to what the big names (nest, ecobee, etc) offer? what features would reviewers say we're missing, and are any of those actually worth the cost to add for a v1?"""),
(0, "summarization", "en", "after", "chat", None, """user: i want to start a veg garden this spring, total beginner, back garden is about 4x6 metres, gets sun from late morning
assistant: Lovely! With about 6 hours of sun you can grow plenty. Do you want raised beds or to dig directly into the ground?
user: raised beds i think, the soil is heavy clay
assistant: Good call. Clay drains poorly, so raised beds filled with a mix of topsoil and compost will make life much easier. Two beds of 1.2 x 2.4 m would leave room for paths. What would you like to grow?
user: tomatoes, courgettes, salad, maybe potatoes, and herbs. my kids want strawberries
assistant: Great list. Courgettes take a lot of space, one or two plants is plenty. Potatoes are easiest in large grow bags, which keeps them out of the beds. Strawberries can go in a hanging basket or along the edge of a bed. Tomatoes need the sunniest, most sheltered spot.
user: when do i plant all this?
assistant: Roughly, for a UK garden: sow salad from March under cover or April outside, and keep sowing every 2–3 weeks. Plant seed potatoes in bags in late March or April. Start tomatoes and courgettes indoors in March–April and plant out after the last frost, usually mid to late May. Strawberry plants can go in during April. Herbs like parsley and basil from April, basil only when it's warm.
user: what about watering and stuff, i work full time
assistant: A simple drip hose on a timer connected to a water butt or tap will save you. Mulching the beds with compost helps keep moisture in. Tomatoes in particular need regular watering to avoid splitting.
user: pests?
assistant: Slugs are the main one on clay soils. Beer traps, copper tape on the beds, and going out with a torch in the evening all help. Netting keeps birds off strawberries.
user: and budget, i've got about £250
assistant: Two timber raised beds at around £60 each, £60 for soil and compost, £20 for seeds, £25 for strawberry plants and grow bags, and about £25 for a basic drip kit. That comes to roughly £250.
user: amazing thank you!! can you summarise the whole plan in a short list i can stick on the fridge: layout, what goes where, when to plant, watering, pests, budget"""),
(0, "classification", "en", "after", "list", "CW-p143", """our volunteer sign-up form had a free text "skills" box. can you tag each answer with ONE category: TEACHING, TECH, DRIVING, CATERING, ADMIN, CRAFTS

1. "I was a primary school teacher for 30 years"
2. "I have a full licence and a 7-seater"
3. "Good with spreadsheets and emails"
4. "I bake a lot, happy to do cakes for events"
5. "I can fix laptops and set up wifi"
6. "Sewing and knitting, could run a repair café table"
7. "Used to manage a small office"
8. "Can drive a minibus, I have the D1 on my licence"
9. "I tutor maths to teenagers"
10. "Web design, WordPress mostly"
11. "I cooked in a restaurant kitchen for 5 years"
12. "Pottery and painting" """),
(1, "general_qa", "en", "none", "none", "CW-p143", """how do you keep volunteers coming back at a small community charity? we get loads of sign-ups and then they vanish after 2 months"""),
(0, "summarization", "en", "after", "transcript", "CW-p141", """[YouTube auto-captions — "How to sharpen a kitchen knife on a whetstone" — 0:00–3:10]
"okay so first thing soak your stone if it's a soaking stone about ten to fifteen minutes until no more bubbles come up, if it's a splash and go just wet the surface. put it on a damp towel so it doesn't slide. start with the coarser side, usually a thousand grit. now the angle, for most western knives you want about fifteen to twenty degrees, an easy trick is to stack two coins under the spine to get a feel for it. hold the handle in your dominant hand, put two or three fingers of the other hand flat on the blade near the edge, and push the knife across the stone, edge first, like you're slicing a thin layer off the top. keep the angle steady, that's the whole game. do about ten strokes on one side then feel for a burr, a tiny rough lip on the opposite edge, run your thumb across not along the edge. once you've got a burr along the whole length, flip and do the other side. then switch to the fine side, like six thousand grit, and do lighter strokes, alternating sides, to polish and remove the burr. finish by slicing a sheet of paper, it should cut cleanly without tearing. rinse and dry the knife and let the stone air dry before you put it away."

summarise as numbered steps, short"""),
(1, "open_qa", "en", "none", "none", "CW-p141", """whats the actual difference between honing and sharpening a knife? is the steel rod thing doing anything"""),
(0, "classification", "en", "inline", "chat", "CW-p142", """[HR Helpdesk bot ▸ intent detection]
Intents: PAYROLL, LEAVE, BENEFITS, IT_ACCESS, POLICY_QUESTION, COMPLAINT
Employee: "my payslip this month is missing the overtime i did in march, like 12 hours, who do i talk to?" """),
(1, "creative_writing", "en", "inline", "chat", "CW-p142", """[HR Helpdesk bot ▸ draft message]
Employee: "my payslip this month is missing the overtime i did in march, like 12 hours. can you write a polite email to payroll for me asking them to fix it? i'm annoyed but don't want to sound rude" """),
]
