# OOD set 4, part 03. Each item written by hand.
ITEMS = [
(0, "classification", "en", "inline", "texts", """okay so um i'm gonna read you my texts and you just tell me for each one if it needs a reply today or if it can wait ok so first one is from my sister are you still coming to dinner tonight second one is amazon your package has shipped third one is my boss can you send me the slides before the 3 o'clock and the last one is a group chat thing someone sent a meme about cats so yeah reply today or can wait for each"""),
(0, "summarization", "en", "after", "voice memo", """[Voice Memos · New Recording 14 · 3:58 · transcribed]
okay um note to self for the garage sale thing so uh we said saturday the 22nd starting at 8 not 7 because last time people showed up at like 6:30 and it was chaos um Jen is doing the sign on the corner of Maple and 5th and she said she'd put one at the church too uh pricing so we agreed nothing over 20 bucks except the couch which is 80 and the bike which is uh 45 or best offer um anything left at the end goes to the Goodwill on Route 9 and Dave said he can borrow his brother's truck for that but only after 2 so we need to wrap up by 1:30 um oh and the neighbours on the left the Okafors want to join in and put their stuff on our lawn which is fine but they need to do their own price stickers we're not doing that for them uh cash box I have the one from the school fundraiser need to get change like 50 in ones and a roll of quarters and also Venmo QR code printed out um what else oh yeah no baby car seats Jen read you're not supposed to sell used ones so those go to recycling instead and uh I think that's it oh and lemonade the kids want to do a lemonade stand which is fine but they're keeping the money

okay can you summarize what I said into a clean checklist"""),
(1, "open_qa", "en", "none", "none", """uh hey so what's the difference between a crocodile and an alligator my kid's asking and i honestly have no idea"""),
(1, "general_qa", "en", "none", "none", """okay so my flight just got cancelled um it's the last one tonight to Denver and the line at the desk is like a hundred people what do i do should i call or rebook in the app or what and do i ask them for a hotel"""),
(1, "creative_writing", "en", "none", "none", """hey siri um write a text to my landlord uh tell him the kitchen sink is leaking again same spot as last time under the cabinet and ask if someone can come this week but like say it nicely cause he already fixed it once"""),
(0, "classification", "en", "before", "task list", """[Notion AI ▸ Ask AI about this page]
Today is Monday 3 June. Tag each task P1 (due this week), P2 (due next week) or P3 (later / no date). Reply with the tags only, in order.
☐ Send invoice to Brightline — due 5 June
☐ Renew domain — due 21 June
☐ Draft Q3 roadmap — due 12 June
☐ Clean up Figma files — no date
☐ Book venue for offsite — due 7 June
☐ Review intern applications — due 10 June"""),
(0, "summarization", "en", "before", "notes", """[Notion AI ▸ Summarize this page]

# Weekly sync — Growth team — 28 May
**Attendees:** Maya, Jordan, Priti, Sam

## 📈 Metrics
- Signups +6% WoW, mostly from the referral campaign
- Activation flat at 31%
- Churn ticked up in the Starter plan (2.1% → 2.6%)

## 🧪 Experiments
- Onboarding checklist v2: **winner**, rolling out to 100% Thursday
- Pricing page with annual toggle: inconclusive, running one more week

## 🚧 Blockers
- Attribution data from the ads platform is 3 days delayed; Priti chasing the vendor

## ✅ Action items
- [ ] Jordan: dig into Starter churn, report next sync
- [ ] Sam: write the rollout note for onboarding v2
- [x] Maya: share referral numbers with leadership"""),
(1, "creative_writing", "en", "none", "none", """/ai write an announcement for #general: from Monday 10 June the London office moves from the 2nd floor to the 4th floor (same building). Desks are first-come, lockers need re-booking through the portal, and the coffee machine is coming with us. Keep it short, friendly, one emoji max."""),
(0, "summarization", "en", "before", "chat thread", """/summarize this thread for the people who just joined #inc-4411

**Anika** 09:02 — Checkout failing for some EU customers, error card_declined: do_not_honor
**Ben** 09:05 — Only cards issued by one bank? Looks like all Rabo cards
**Anika** 09:07 — Confirmed, 100% of failures are Rabobank BINs
**Chen** 09:15 — Our PSP says Rabobank pushed a 3DS change overnight, they're seeing it across merchants
**Ben** 09:22 — Workaround: force 3DS challenge for those BINs. Deploying flag now
**Anika** 09:41 — Success rate for Rabo cards back to 94%
**Chen** 10:10 — PSP says permanent fix on their side tomorrow. We'll keep the flag until then
**Ben** 10:12 — I'll write the postmortem, due Friday"""),
(0, "classification", "en", "before", "messages", """SYSTEM: You are ModBot for the HomeBrewing Discord. You do not chat. For each message, output exactly one label: ALLOW, REMOVE (spam/scam), or REMOVE (harassment). Output one label per line, in order.

POLICY SUMMARY: Self-promotion is allowed once per week in #show-and-tell only. Links to shops are spam outside #marketplace. Personal insults are harassment; criticism of someone's beer is not.

CHANNEL: #general
MESSAGES:
1. anyone know why my stout tastes like band-aids? used tap water
2. 🔥 GET 70% OFF FERMENTERS 🔥 brewdealz-outlet dot shop use code BREW70
3. your IPA recipe is way too bitter for me tbh, I'd halve the late hops
4. you're an idiot and everyone here hates your posts
5. first all-grain batch done! 5 gallons of pale ale, hit my OG exactly
6. DM me for cheap crypto mining rigs, also selling kegs"""),
(0, "summarization", "en", "before", "policy", """[Google Docs › ✦ Gemini side panel] Summarize this document in 5 bullets for staff who won't read it.

Remote and Hybrid Working Policy (v3, effective 1 July)
1. Scope. This policy applies to all permanent and fixed-term employees who have completed their probation period. Contractors are covered by their own agreements.
2. Core days. Hybrid staff are expected in the office on Tuesdays and Thursdays. Teams may agree one additional anchor day with their manager. Fully remote roles will be advertised as such and agreed in writing.
3. Working hours. Core hours are 10:00–15:00 local time. Outside core hours staff may work flexibly, provided they meet their contracted hours and remain reachable on agreed channels.
4. Equipment. The company provides a laptop, monitor, keyboard and headset. A one-off home office allowance of £250 is available for a chair or desk, claimed through the expenses system with a receipt. Equipment remains company property and must be returned on leaving.
5. Security. Company data may only be accessed on company devices. Public Wi-Fi must be used only with the VPN. Printing confidential documents at home is not permitted.
6. Working abroad. Staff may work from another country for up to 20 working days per calendar year with prior approval from HR, to comply with tax and immigration rules. Longer periods are not permitted.
7. Wellbeing. Managers should hold a check-in at least every two weeks with remote team members. Staff are encouraged to take a proper lunch break away from their screen.
8. Review. This policy will be reviewed annually or sooner if legislation changes."""),
(1, "open_qa", "en", "none", "none", """Outline the main ideas of Keynesian economics — short, bullet points — and say where modern economists think Keynes got it wrong."""),
(0, "summarization", "en", "before", "ticket comments", """[Jira · PAY-2231 · ✦ Summarize comments]
Ticket: Refunds over €1,000 stuck in Pending state
Comments:
— Lukas (Support), 2 May: Three merchants report refunds > €1,000 not completing since 29 April.
— Ines (Eng), 3 May: Reproduced. The fraud check service times out for amounts above the manual-review threshold.
— Ines (Eng), 6 May: Root cause: new threshold config deployed 29 April set review queue to a team that doesn't exist anymore.
— Marco (Risk), 6 May: Confirm the queue should be risk-ops-eu. Please don't lower the threshold.
— Ines (Eng), 7 May: Config fixed. 47 stuck refunds reprocessed. Adding an alert if queue assignment fails.
— Lukas (Support), 8 May: Merchants confirm refunds received. OK to close after alert is merged."""),
(1, "creative_writing", "en", "before", "notes", """Turn these retro notes into a limerick we can read at the start of the next sprint:
- deploy on Friday broke login for 2 hours
- Dan fixed it from his phone at a wedding
- we agreed: no more Friday deploys"""),
(0, "summarization", "en", "none", "none", """Give me the plot of Spirited Away in three sentences, no spoilers past the halfway point."""),
(0, "classification", "en", "before", "verse", """Just classify this verse as CLEAN or EXPLICIT for the school talent show playlist. One word, don't edit it.

Yeah, I'm up before the sun like my grandma's rooster,
homework in my backpack, I'm the reading booster,
coach said run it back so I'm running it back,
got my lunch in a bag and a dream in my pack."""),
(1, "general_qa", "en", "none", "none", """Plan a 6-week study schedule for the PMP exam. I work full time, have about 1 hour on weekdays and 4 hours on Saturdays, and I learn best with practice questions rather than reading."""),
(1, "open_qa", "en", "none", "none", """Summarize the history of the Ottoman Empire in 5 bullet points, from its founding to its collapse."""),
(0, "summarization", "en", "none", "none", """quick recap of the first episode of Breaking Bad? like 4 lines, me and my gf are about to rewatch and she's never seen it"""),
(0, "classification", "en", "before", "passage", """Is this passage written in first person, second person or third person? Just the answer.

You wake before the alarm and lie there listening to the rain. You know the letter is on the kitchen table where you left it, unopened, and you know that once you read it, nothing will go back to the way it was."""),
(1, "creative_writing", "en", "none", "none", """Write a villanelle for my sister, who is finishing chemotherapy next week. Rules, because she's a poet and will notice:
- Proper villanelle form: 19 lines, five tercets and a closing quatrain, two refrains (A1 and A2) repeating in the traditional positions, rhyme scheme ABA throughout and ABAA at the end.
- Refrain lines should be ten syllables each; other lines 9–11.
- Refrain A1 must contain the word 'bell' (her ward rings a bell when someone finishes treatment).
- No cancer metaphors about battles, fighting, warriors or winning. She hates that.
- Include the image of the hospital car park at dawn, the crossword she does every morning, and her dog Marlowe waiting at the window.
- It can be hopeful but not saccharine; she'd rather it be honest about how tired she is.
- No title, no epigraph, no notes after the poem.
She has read Bishop's One Art more times than I can count, so don't echo the art-of-losing refrain directly."""),
(0, "summarization", "en", "none", "none", """Summarize Martin Luther King Jr.'s I Have a Dream speech in four bullet points for a Year 9 revision sheet."""),
(1, "open_qa", "en", "after", "code", """```go
var counter int

func main() {
    var wg sync.WaitGroup
    for i := 0; i < 1000; i++ {
        wg.Add(1)
        go func() {
            counter++
            wg.Done()
        }()
    }
    wg.Wait()
    fmt.Println(counter)
}
```
Prints 981, 994, 1000, 967... different every run. Why isn't it always 1000? I thought WaitGroup waits for everything."""),
(0, "classification", "en", "before", "poem", """What form is this poem — sonnet, haiku, limerick or free verse? Only the form, please.

A baker from Ballymacoo
once fell in a vat of his stew;
he paddled about
till they fished him out,
and declared it improved by him too."""),
(0, "summarization", "en", "before", "clipping", """OCR of a 1962 newspaper clipping my aunt kept. Please give me a short summary, 2-3 sentences.

LOCAL GIRL WINS STATE SPELL ING BEE
Mar garet (Peggy) Dolan, 13, daughter of Mr. and Mrs. Frank Dolan of Elm Street, won the state spell ing champion ship Saturday at the capitol, cor rectly spelling chrysanthe mum in the twenty-first round. Peggy, an eighth grader at St. Brendan's, will travel to Wash ington in May to compete in the nation al bee. She told re porters she studied the dictionary every night after supper, even Fri days. Her teacher, Sister Mary Au gusta, said the whole school would pray for her. The Rotary Club has of fered to pay for the trip."""),
(1, "general_qa", "en", "after", "email", """Got this after the final round:

> Dear Tomás, thank you for the time you invested in our process. After careful consideration we have decided to move forward with another candidate whose experience more closely matches our current needs. We were impressed by your case study and would like to keep your details on file for future opportunities.

Should I reply? Is it worth asking for feedback, and how do I word it so I don't sound bitter? I really wanted this one."""),
(0, "classification", "en", "after", "list", """circle the primes (just list which ones are prime): 21, 23, 27, 29, 31, 33, 37, 39"""),
(0, "summarization", "en", "after", "lease", """[file: lease_renewal_2024.pdf, 4 pages — text extracted below]
RENEWAL OFFER. Term: 12 months from 1 Sept 2024 (previous term 12 months). Monthly rent: $2,180 (previous $2,050). Security deposit: unchanged, $2,050, no top-up required. Utilities: tenant now responsible for water and sewer (previously included), billed monthly via ConServe. Pets: one cat permitted as before; pet rent reduced from $50 to $35. Parking: assigned space #14 continues at $75/month. Early termination: now permitted with 60 days' notice and a fee equal to one month's rent (previously not permitted). Renewal must be signed by 15 July; otherwise the unit will be listed and tenancy converts to month-to-month at $2,480.

What's changed from last year? Give me a short summary I can send my roommate."""),
(1, "open_qa", "en", "before", "lab results", """Bloods back on my 11-year-old terrier (vet is ringing tomorrow but I want to understand first):
ALT 412 U/L (ref 10–125)
ALP 890 U/L (ref 23–212)
Cholesterol 9.8 mmol/L (ref 3.2–7.0)
Glucose 5.9 mmol/L (ref 4.3–7.0)
USG 1.008
She's been drinking loads, has a pot belly and her coat has thinned on her sides. What kinds of conditions push ALP up that much, and why would that go with the drinking?"""),
(0, "classification", "en", "before", "list", """For our pharmacy shelf labels, sort these into ANTIBIOTIC, NSAID or ANTIPARASITIC:
meloxicam, ivermectin, oxytetracycline, flunixin meglumine, fenbendazole, amoxicillin-clavulanate, carprofen, praziquantel"""),
(1, "general_qa", "en", "after", "spending list", """Here's my spending last month (take-home pay $3,900). Where should I cut to save $500 a month without being miserable?
Rent $1,450
Car payment $389
Car insurance $162
Groceries $510
Eating out / delivery $418
Coffee shops $96
Streaming (Netflix, Hulu, Max, Spotify, YouTube Premium) $71
Gym $59 (went twice)
Phone $85
Amazon misc $233
Gas $140
Student loan $210"""),
(0, "summarization", "en", "before", "deposition", """Summarize this deposition excerpt for the case file in one paragraph, neutral, no legal conclusions.

Q. Ms. Faraday, where were you at approximately 5:40 p.m. on October 3rd?
A. I was in the left turn lane on Carver Street, waiting to turn onto Highway 12.
Q. What was the signal showing?
A. A flashing yellow arrow.
Q. What did you do?
A. I waited. There was a lot of oncoming traffic. When there was a gap I started to turn.
Q. Did you see the defendant's vehicle before the collision?
A. I saw headlights, but they seemed far back. I thought I had enough time.
Q. How fast would you estimate the defendant's vehicle was going?
A. I can't really say. Faster than the other cars, maybe. It closed the distance very quickly.
Q. Were you using your phone at the time?
A. No. It was in my bag on the back seat.
Q. Were your headlights on?
A. Yes, it was getting dark. I always turn them on.
Q. What happened next?
A. The front of his truck hit my passenger side. My car spun around and ended up facing the wrong way. I hit my head on the window.
Q. Did you speak to the defendant after the collision?
A. He came over and asked if I was OK. He said, I didn't see the light change. Then he went back to his truck.
Q. Did you tell the responding officer about that statement?
A. I don't remember. I was pretty dazed."""),
(1, "creative_writing", "en", "none", "none", """Role-play time. You're Ezra Pike, a grumpy lighthouse keeper on an island off the coast of Maine in 1890. I'm a young journalist from Boston who just rowed out to interview you. Stay in character the whole time, speak the way he would, and don't break the fourth wall. My first question: 'Mr Pike, what was the loneliest night you ever spent out here?'"""),
(0, "classification", "en", "before", "booking", """Tag each line on this booking as DG (dangerous goods) or NON-DG:
1. 1,200 bags of parboiled rice
2. 80 drums of acetone
3. frozen shrimp, 22 pallets
4. lithium-ion batteries for e-bikes, 4 pallets
5. compressed cotton bales
6. solvent-based paint, flammable, 60 tins"""),
(0, "summarization", "en", "before", "reviews", """What do patients keep saying about Dr. Reyes' practice? Summarize these reviews in 3 bullets.

- Dr. Reyes is incredibly gentle, I used to panic at the dentist and didn't feel a thing. But the wait was 40 min past my appointment.
- Front desk lost my insurance info twice. Hygienist was lovely though.
- Best dentist I've had. Explains everything before she does it. Running late as usual.
- Billing surprised me with a $180 charge they said insurance would cover.
- My kids actually like going here now, the hygienists are great with them.
- Always behind schedule, bring a book. Treatment itself is excellent."""),
(1, "general_qa", "en", "none", "none", """We have 14 Nubian does due to kid in March, our first big kidding season (last year was just 3). How should I set up the barn, what supplies should I have on hand, and how do we organise night checks between two people who both have day jobs?"""),
(1, "open_qa", "en", "none", "none", """Why do airliners cruise at around 35,000 feet rather than lower or higher? Is it fuel, weather, or traffic?"""),
(0, "classification", "en", "before", "donations", """Treasurer question: mark each gift RESTRICTED or UNRESTRICTED according to what the donor wrote on the envelope or form.
- For the organ restoration fund — £500
- Sunday collection — £212.40
- In memory of Joan, towards the new churchyard bench — £150
- Use wherever it's most needed — £1,000
- Standing order, general fund — £40
- For the youth group's summer camp — £75"""),
(1, "creative_writing", "en", "none", "none", """GM prep help: write 6 rumours the patrons of the Crooked Eel might share about the haunted mill outside town, each in the voice of a different patron (a drunk miller, a nervous priest, a child, a smug merchant, a retired soldier, the barmaid). One or two of them should be true, but don't tell me which."""),
(0, "summarization", "en", "before", "session notes", """summarize last session's notes in 5 bullets for the group chat, we play again friday

- party arrived in Greywater, raining, town under curfew
- met Captain Ilsa of the watch; she thinks the missing fishermen were taken by the drowned choir
- Tomas (bard) flirted with the innkeeper, got a free room + rumor about a sunken chapel
- night: attacked by 3 ghouls near the docks, Rell nearly died, saved by Kessa's healing word
- found a silver bell on one ghoul, engraved with the chapel's symbol
- decided to hire a boat at dawn to find the chapel; the boatman wants 50 gp and a favor to be named later"""),
(0, "classification", "en", "before", "metars", """Using these rules — VFR: ceiling > 3,000 ft and vis > 5 SM; MVFR: ceiling 1,000–3,000 ft and/or vis 3–5 SM; IFR: ceiling 500 to below 1,000 ft and/or vis 1 to below 3 SM; LIFR: below that — give the flight category for each METAR. Just station + category.
KABC 121753Z 24008KT 10SM BKN045 22/12 A3001
KDEF 121753Z 18005KT 4SM BR OVC025 17/15 A2998
KGHI 121753Z 00000KT 1/2SM FG VV002 12/12 A3004
KJKL 121753Z 30012KT 2SM -RA OVC008 14/13 A2990"""),
(1, "general_qa", "en", "none", "none", """Student pilot, 31 hours, Cessna 172. Everything's fine except landings — I flare too high about half the time and drop it in. My instructor says just look further down the runway. What else can I try, and should I think about switching instructors?"""),
(0, "summarization", "en", "after", "previous answer", """> **Assistant (3 messages up):** There are three main ways to finance a used car. First, dealer financing: convenient and sometimes with promotional rates, but dealers can mark up the interest rate, so compare the APR against other offers. Second, a loan from your bank or a credit union: credit unions in particular often offer lower rates, and getting pre-approved gives you a firm budget and negotiating power at the dealership. Third, paying cash: no interest at all, but it ties up savings you might need for emergencies, so keep at least three months of expenses in reserve. Whatever you choose, focus on the total cost of the loan rather than the monthly payment, avoid terms longer than 60 months for a used car, and read the contract for add-ons like GAP insurance or extended warranties that may have been included without your asking.

tl;dr of your own answer please, one line per option"""),
(0, "classification", "en", "before", "claims", """Route each first notice of loss to the right line: AUTO, HOME, TRAVEL or PET.
#A-118: Rear-ended at a red light on I-95, bumper and tail light damaged.
#A-119: Burst pipe in the upstairs bathroom flooded the kitchen ceiling.
#A-120: Luggage lost by the airline on return from Lisbon.
#A-121: Our spaniel swallowed a sock and needed surgery.
#A-122: Hailstorm cracked roof tiles and a skylight."""),
(1, "open_qa", "en", "none", "none", """Why is Easter on a different date every year, and why do the Orthodox churches usually celebrate it later than we do?"""),
(1, "creative_writing", "en", "none", "none", """can you make a song about brushing teeth for my 4 year old, to the tune of twinkle twinkle little star? she has a dinosaur toothbrush called Rexy"""),
(0, "summarization", "en", "after", "discussion", """## RFC #87: Move from REST to GraphQL for the mobile API — discussion so far

**@amara (author):** Proposal: replace the 34 mobile REST endpoints with a single GraphQL endpoint. Main reasons: the app makes 6–9 calls on the home screen, over-fetching on the product endpoint is ~70% unused fields, and mobile releases are slowed down by waiting for backend changes.

> **@felix:** +1 on the problem, not sure on the solution. Our caching is all CDN-based on URL. GraphQL POSTs won't cache at the edge without persisted queries.

**@amara:** Agreed, persisted queries would be a requirement in phase 1.

> **@jun (security):** Query depth and cost limits are non-negotiable. We've seen GraphQL endpoints DoS'd with nested queries elsewhere.

**@amara:** Will add depth limit 8 and a cost analyzer to the proposal.

> **@rosa (mobile):** From the app side this would be a big win. But we'd want to keep REST for the checkout flow for at least two releases — it's the riskiest path.

> **@felix:** Could we try a BFF (backend-for-frontend) with REST instead? Less tooling change.

**@amara:** Considered it; it fixes the call count but not the release coupling. I'd rather pilot GraphQL on the home screen only and measure.

**Current status:** Pilot on home screen approved in principle pending security review; checkout stays on REST; decision on full migration after 6 weeks of pilot data.

---
Summarize this discussion in 4 bullets for the engineering leads' weekly digest."""),
(1, "general_qa", "en", "none", "none", """I've been asked to try out for our mine's rescue team (underground coal, Queensland). Tryouts are in 10 weeks: a fitness test wearing a closed-circuit breathing apparatus, a confined-space crawl, and a written test. How should I prepare, especially for the fitness side? I'm 38 and reasonably fit but not a runner."""),
(0, "classification", "en", "before", "clauses", """Label each contract clause with its type: INDEMNITY, CONFIDENTIALITY, TERMINATION or GOVERNING LAW. One label per clause.
(a) Either party may end this Agreement on ninety (90) days' written notice to the other.
(b) This Agreement shall be construed in accordance with the laws of the State of New York.
(c) The Recipient shall not disclose any Proprietary Information to any third party without prior written consent.
(d) Supplier shall hold harmless and defend Customer against all claims arising from Supplier's negligence."""),
(0, "summarization", "en", "after", "inspection log", """Hive inspection log, last 4 visits. Summarize how Hive 3 is doing in 2–3 sentences.
12 Apr — 6 frames brood, queen seen, calm, stores good
26 Apr — 8 frames brood, 2 queen cups (empty), added super
10 May — 9 frames, 5 charged queen cells, bees very busy at entrance; did artificial swarm, old queen moved to nuc
24 May — no eggs yet, one virgin queen seen, bees a bit defensive, honey super half full"""),
(1, "open_qa", "en", "none", "none", """is pluto a planet or not?? my teacher said no but my grandpas book says yes. who is right and why did they change it"""),
(1, "creative_writing", "en", "none", "none", """I am 87 and my wife Dorothy and I will be married 60 years on the 14th of June. I was never any good with words. Could you help me with a short poem I can read to her at the lunch? We met at a dance in Leeds in 1963, she stood on my foot. We had three children and she still makes the best Yorkshire puddings in the county. Something simple, like I would say it."""),
(0, "summarization", "en", "before", "post", """The mods removed my post for being too long. Can you condense it to about 100 words without losing the main points?

Hi all, I've lurked here for years and finally need help, or at least to vent. Last October I adopted a three-year-old greyhound called Juniper from a rescue. She'd raced for about a year and then lived in kennels. For the first two months she was perfect: quiet, slept 18 hours a day, walked beautifully on the lead. Then in January we moved from a house to a flat on the third floor and everything fell apart. She won't use the stairs going down (fine going up), she paces at night, she started peeing inside near the door even though she's walked four times a day, and if I leave her alone for more than twenty minutes the neighbours say she howls the whole time. I've tried a crate (she panicked and bent the door), an Adaptil diffuser, a dog walker at lunchtime, and leaving the radio on. The vet checked her for a UTI and it was clear. The rescue suggested a behaviourist but the nearest one who knows sighthounds is two hours away and costs £250 for the first session. I work from home three days a week, which helps, but the other two days are a nightmare and I'm worried about getting a complaint from the building. I love her and I'm not giving her back, but I'm exhausted and I feel like I've done everything wrong since the move."""),
(1, "general_qa", "en", "none", "none", """First time importing a full container — 40ft of teak furniture from a factory near Ho Chi Minh City to our store in Melbourne. What should I sort out before the goods are even loaded? Incoterms, customs broker, biosecurity, anything else that catches first-timers out?"""),
(0, "classification", "en", "after", "table", """| Ingredient | Vegan? |
|---|---|
| oat milk | |
| honey | |
| gelatine | |
| tofu | |
| ghee | |
| agar agar | |
| anchovy paste | |

fill in the second column with yes/no pls, it's for our café's allergen board"""),
(1, "creative_writing", "en", "none", "none", """Name ideas for my drone-mapping startup that does stockpile volume surveys for quarries and open-pit mines. 10 options, short, no geo- or -ify names, and a one-line reason for each."""),
(0, "summarization", "en", "after", "leaflet", """The hospital gave me this leaflet before my cataract operation and the writing is small. Could you make it shorter, just the main points, in big simple sentences?

Before your operation: Do not wear make-up on the day. You may eat a light breakfast. Take your usual tablets unless told otherwise, but tell the nurse if you take blood thinners. Bring your glasses and a list of your medicines. You will need someone to take you home; you must not drive.
After your operation: You will have a plastic shield over your eye. Wear it at night for one week. Use the eye drops as shown, four times a day for four weeks. Do not rub your eye. Avoid swimming for two weeks. You may read and watch television. Your vision may be blurry for a few days. Call the eye clinic straight away if you have severe pain, sudden loss of vision, or increasing redness."""),
(1, "open_qa", "en", "none", "none", """When I was a girl on the farm in Saskatchewan we had a party line telephone with a crank on the side, and each house had its own ring, two longs and a short for us. How did that actually work? My grandchildren don't believe me."""),
(1, "general_qa", "en", "none", "none", """Our Methodist congregation is about 60 people, average age probably 72. We'd like to welcome young families without making our older members feel pushed aside — they've kept this church going for decades. What have other small churches tried that actually worked?"""),
(0, "classification", "en", "before", "messages", """[Zendesk · Intelligent triage] Assign each message one intent: BAGGAGE, REFUND, BOOKING CHANGE or STAFF COMPLAINT.
1. My suitcase arrived with the wheel ripped off, who do I claim with?
2. I cancelled within 24 hours, where is my money?
3. Can I move my flight from the 12th to the 14th?
4. The gate agent was incredibly rude to my elderly mother.
5. Bag didn't arrive in Dublin, tracking says it's still in Frankfurt."""),
(1, "creative_writing", "en", "none", "none", """Write the notice for Sunday's parish bulletin: Harvest bake sale after the 10am service on 29 September in the church hall. Proceeds to the food bank. We need bakers — sign-up sheet at the back of church. Gluten-free table this year. Keep it cheerful, about 60 words."""),
(1, "general_qa", "en", "none", "none", """how do i make frends at my new school. im 10 and we moved from texas and everyone already has there groups and i sit by myself at lunch"""),
(1, "open_qa", "en", "none", "none", """Q12. Which of the following best explains why Earth has seasons?
A) Earth is closer to the Sun in summer
B) Earth's axis is tilted relative to its orbit
C) The Sun gives off more energy in summer
D) Clouds block more sunlight in winter
Choose the answer and explain why the other three are wrong."""),
(1, "creative_writing", "en", "before", "complaints", """Turn these five customer complaints into a sea shanty for our call-centre staff party. Keep it affectionate, not mean to customers, with a chorus we can all shout.
1. I've been on hold for 45 minutes.
2. Your app logged me out again.
3. Why do I need to verify my identity AGAIN?
4. I want to speak to a manager.
5. The bill says I used electricity in a month I was in Spain."""),
(1, "general_qa", "en", "none", "none", """I am 79 and my daughter wants me to get a smartphone so we can do video calls. My hands shake a little and my eyesight isn't great. Which kind of phone is easiest to learn, and how should I go about learning it without asking her every five minutes?"""),
(0, "classification", "en", "after", "text", """formal or casual: 'yo wassup, u free l8r?'"""),
(1, "general_qa", "en", "after", "story", """Need advice on a roommate situation before I do something I regret.

I (27F) share a 2-bed apartment with J (28F). We were friends from college, moved in together 18 months ago, lease is in both our names until next April. Rent is split 50/50 even though her room is bigger and has the en-suite, which I agreed to because she found the place.

Since about January her boyfriend has basically lived here. He's here 5-6 nights a week, showers every morning (in her bathroom, fine), but also works from our living room all day on calls, eats our shared groceries, and runs the AC on max. Our electric bill went from about $70 to $160. When I brought it up gently in March she said he'd chip in — he has paid $40 once.

Last week I came home and he'd moved the couch to set up a second monitor desk in the living room. I didn't say anything because I was tired but I'm honestly furious. J is conflict-avoidant and gets defensive fast. I don't want to lose the friendship, but I also don't want to be paying half the rent for a three-person household.

Options I see: (1) have a proper sit-down and propose he pays a third of utilities and rent, (2) ask that he's here max 3 nights, (3) look into breaking the lease or finding a replacement for me. How would you approach it, and what would you actually say in the conversation?"""),
(1, "general_qa", "en", "none", "none", """I'm 41, a secondary-school chemistry teacher in the UK for 16 years, and I'm burnt out. I love the subject and I'm good with kids, but the marking, the behaviour management and the constant initiatives are wearing me down, and I'm dreading September.

Things I'm considering:
- Moving into a science-related role in industry (QC lab, regulatory affairs?) — no idea if they'd take someone with no industry experience.
- Exam board work: I already mark for AQA in the summer and enjoy it.
- Science communication or museum education — I did a summer at a science centre years ago and loved it, but the pay looks terrible.
- Staying in teaching but dropping to 0.6 and tutoring privately to make up the money.

Constraints: mortgage, two kids (9 and 12), partner works part-time. I can't take a big pay cut — maybe 10-15% at most. I have a chemistry degree and a PGCE, no master's. I'm in the East Midlands and can't relocate.

Which of these looks most realistic, and what should I do in the next three months to test it before handing my notice in by the end of October?"""),
(1, "general_qa", "en", "none", "none", """[IDE chat] Starting a new TypeScript monorepo (pnpm workspaces, 3 React apps, 6 shared packages, Vite for the apps). Should I go with Vitest or Jest for tests? What would you pick and what would make you choose the other one?"""),
(0, "classification", "es", "before", "sentences", """ok so for my ESL class I need to label cada frase como PREGUNTA, ORDEN o QUEJA. Just the label:
1. ¿A qué hora abre la biblioteca mañana?
2. Cierra la puerta when you leave, por favor.
3. Este café está frío otra vez, qué mal servicio.
4. Can you tell me dónde está el baño?
5. Apaga el celular durante el examen."""),
(1, "creative_writing", "es", "none", "none", """escríbeme un rap sobre mi abuela que hace las mejores pupusas de todo LA, mix English y español, como 16 barras. She's from Santa Ana, wakes up at 5am, y no deja que nadie toque su comal"""),
(1, "open_qa", "es", "none", "none", """¿Por qué en Argentina se dice vos en vez de tú, y desde cuándo pasa eso? ¿Pasa en otros países también?"""),
(1, "general_qa", "es", "none", "none", """Mi hijo de 16 años quiere dejar el instituto para dedicarse a los videojuegos como streamer. Tiene unos 2.000 seguidores. ¿Cómo hablo con él sin que se cierre y qué alternativas le puedo proponer?"""),
(0, "classification", "tl", "before", "comments", """paki-label naman yung mga comments sa FB page ng shop ko as INQUIRY, REKLAMO, o PAPURI:
1. magkano po shipping papuntang Cebu?
2. ang ganda ng quality ng tote bag, sulit!
3. 2 weeks na wala pa yung order ko, di kayo nagrereply
4. available pa po ba yung size M sa green?
5. super bilis ng delivery, thank you po ate!"""),
(1, "general_qa", "tl", "none", "none", """paano ba mag-ipon kung 18k lang sahod ko monthly dito sa Manila? nagbabayad pa ako ng 6k na bedspace tapos nagpapadala ako ng 3k sa probinsya. may tips ba kayo na realistic?"""),
(0, "summarization", "fr", "before", "email", """Résume-moi ce mail de l'école en 3 points, je n'ai pas le temps de tout lire:

Madame, Monsieur, Nous vous informons que la sortie scolaire au Futuroscope prévue le vendredi 14 juin est maintenue. Le départ aura lieu à 7h15 devant l'école et le retour est prévu vers 19h30. Chaque enfant devra apporter un pique-nique, une bouteille d'eau et une casquette. La participation financière de 18 € doit être réglée avant le 7 juin, par chèque à l'ordre de la coopérative scolaire. Les enfants sous traitement doivent remettre leur ordonnance et leurs médicaments à l'enseignant. Nous recherchons encore deux parents accompagnateurs. Cordialement, l'équipe enseignante."""),
(1, "creative_writing", "fr", "none", "none", """Écris un conte court pour enfants de 5 ans : un petit escargot qui a peur d'être trop lent pour la course de la fête du village. Avec une fin douce, environ 300 mots, et une petite chanson que l'escargot répète."""),
(0, "summarization", "de", "before", "minutes", """Fass das Protokoll der Betriebsversammlung in vier Sätzen zusammen:

TOP 1: Der Betriebsrat berichtet, dass die Verhandlungen über die neue Schichtplanung abgeschlossen sind; ab 1. September gilt ein Vier-Schicht-Modell mit festen freien Wochenenden alle drei Wochen. TOP 2: Die Geschäftsleitung kündigt Investitionen von 2,4 Mio. € in die Lackieranlage an; ein Personalabbau ist nicht geplant. TOP 3: Die Kantine wird ab Oktober von einem neuen Caterer betrieben, die Preise sollen stabil bleiben. TOP 4: Mehrere Beschäftigte beklagen die Parkplatzsituation; die Geschäftsleitung prüft eine Kooperation mit dem Parkhaus am Bahnhof. TOP 5: Die nächste Versammlung findet im November statt."""),
(0, "classification", "de", "after", "list", """Welche dieser Tiere sind Säugetiere? Nur die Namen der Säugetiere bitte: Fledermaus, Forelle, Delfin, Pinguin, Igel, Blindschleiche, Wal"""),
(1, "creative_writing", "de", "none", "none", """Schreib eine witzige Produktbeschreibung (max. 80 Wörter) für unseren Online-Shop: ein Kaktus aus Filz, den man nicht gießen muss, für Leute, die jede echte Pflanze umbringen."""),
(0, "summarization", "it", "before", "chat", """Mi riassumi cosa si sono detti nel gruppo di famiglia? Ero in riunione.

Mamma: Allora domenica pranzo da noi, tutti alle 13
Zio Beppe: Noi arriviamo verso le 13:30, Carla lavora fino a mezzogiorno
Giulia: Porto io il tiramisù
Mamma: Perfetto. Luca tu porti il vino?
Luca: Sì, rosso o bianco?
Papà: Rosso, facciamo l'arrosto
Giulia: Nonna viene? Chi la va a prendere?
Zio Beppe: La passo a prendere io, è di strada
Mamma: Grazie Beppe! Ricordatevi che è il compleanno di papà, niente regali grossi, ha detto lui"""),
(0, "summarization", "hi", "before", "commentary", """yaar ye match ki commentary ka transcript hai, last 5 overs ka short summary de do, main office mein tha:

16th over — Bumrah ne sirf 4 run diye, ek wicket bhi, Maxwell caught at long-on. 17th — Starc ke saath Cummins, do chauke, 13 run. 18th — Siraj aaya, wide pe wide, 15 run gaye, Cummins ne ek lamba chhakka maara. 19th — Bumrah phir se, yorker pe yorker, sirf 3 run aur Cummins bowled. 20th — 11 chahiye the, Hardik ne pehli do ball pe 6 diye, phir aakhri 4 ball pe sirf 3 run, aur India 2 run se jeet gaya!"""),
(1, "open_qa", "hi", "none", "none", """bhai ek cheez samjhao, UPI transaction fail hota hai toh paise account se kat jaate hai par saamne wale ko milte nahi, aur phir 2-3 din mein wapas aate hai. technically aisa kyu hota hai?"""),
(1, "general_qa", "hi", "none", "none", """shaadi ke baad Pune shift ho gayi hoon, pehle Lucknow mein HR executive thi 3 saal. ab naye sheher mein job dhundhni hai aur koi contacts nahi hai. kaise shuru karu, LinkedIn ke alawa kya karu?"""),
(0, "classification", "hi", "before", "sentences", """इन वाक्यों को भूतकाल, वर्तमान काल या भविष्य काल में बाँटिए। सिर्फ़ काल का नाम लिखिए।
1. राधा कल बाज़ार जाएगी।
2. बच्चे मैदान में खेल रहे हैं।
3. मैंने सुबह चाय पी।
4. हम अगले साल गोवा घूमने चलेंगे।
5. दादी रोज़ मंदिर जाती हैं।"""),
(1, "creative_writing", "hi", "none", "none", """मेरी माँ के 60वें जन्मदिन के लिए एक छोटी सी हिंदी कविता लिख दीजिए। वे स्कूल में पढ़ाती थीं, बागवानी का शौक है, और हर शाम तुलसी के पास दीया जलाती हैं। आठ से दस पंक्तियाँ, सरल भाषा में।"""),
(0, "classification", "zh", "before", "comments", """判断下面这几条关于电影的微博评论是正面还是负面,只回答「正面」或「负面」:
1. 特效炸裂,两个半小时一点都不觉得长!
2. 剧情漏洞太多,看到一半就想走了。
3. 男主演技进步很大,结尾哭得稀里哗啦。
4. 票价这么贵,结果全是广告植入,失望。"""),
(1, "open_qa", "zh", "none", "none", """为什么北方的冬天室内有暖气,而南方大部分地区没有集中供暖?是历史原因还是技术原因?"""),
(1, "creative_writing", "zh", "none", "none", """写一首关于中秋节的现代诗,不要押韵,主题是在外地工作、今年又不能回家的人。十二行左右。"""),
(0, "classification", "ja", "before", "words", """次の単語を「名詞」「動詞」「形容詞」に分けてください。
走る、青い、机、食べる、寒い、電車、読む"""),
(0, "summarization", "ja", "before", "review", """このレビューを一言で要約して。

駅から少し歩くけど、静かな住宅街にある小さなイタリアンです。前菜の盛り合わせは彩りがきれいで、特に自家製のフォカッチャが絶品でした。パスタは少し塩気が強めでしたが、量はしっかり。店主が一人で回しているので料理が出てくるまで時間はかかります。急いでいる日には向かないけれど、ゆっくり食事したい日にはまた来たいと思いました。"""),
(1, "creative_writing", "ja", "none", "none", """友人の結婚式で読む2分くらいのスピーチを書いてください。新郎とは大学の山岳部で一緒でした。遭難しかけたときに新郎がチョコレートを全部分けてくれた話を入れたいです。笑いあり、最後は少し感動的に。"""),
(0, "classification", "ko", "before", "sms", """다음 문자들이 스팸인지 아닌지 알려 줘. 스팸 또는 정상으로만 답해.
1. [국제발신] 고객님 택배 주소 불일치, 아래 링크에서 수정하세요
2. 엄마 나 오늘 야근이라 늦어
3. 축하합니다! 100만원 상품권 당첨, 지금 바로 확인
4. [○○치과] 내일 오후 3시 예약 안내드립니다"""),
(1, "open_qa", "ko", "none", "none", """한국에서는 왜 나이를 세는 방식이 여러 가지였고, 최근에 만 나이로 통일한 이유는 뭐야?"""),
(0, "summarization", "pt", "before", "article", """Faz um resumo dessa matéria em 4 frases pra eu mandar no grupo da associação de moradores:

A prefeitura anunciou nesta segunda-feira que o Parque Linear do Córrego das Pedras, fechado há quase dois anos para obras de drenagem, será reaberto no dia 15 de agosto. Segundo a secretária de Obras, o projeto incluiu a construção de três bacias de retenção que devem reduzir em até 70% os alagamentos na Avenida Central, um problema antigo dos bairros Vila Nova e Jardim América. O parque também ganhou uma ciclovia de 2,8 quilômetros, uma nova pista de caminhada com iluminação em LED, dois parquinhos infantis acessíveis e um espaço para feiras aos fins de semana. O custo total da obra foi de R$ 38 milhões, cerca de R$ 6 milhões acima do previsto inicialmente, o que a prefeitura atribuiu à alta no preço do aço e a atrasos causados pelas chuvas de 2023. Moradores ouvidos pela reportagem elogiaram as melhorias, mas cobraram mais segurança no período noturno; a Guarda Municipal afirmou que haverá uma base móvel no local a partir da reabertura. A associação de moradores da Vila Nova pretende organizar um mutirão de plantio de árvores nativas no primeiro fim de semana após a inauguração."""),
(1, "open_qa", "pt", "none", "none", """Por que o Brasil tem fuso horário diferente em alguns estados, e por que acabaram com o horário de verão?"""),
(0, "classification", "ru", "before", "reviews", """Оцени тональность каждого отзыва об отеле: позитивный, негативный или нейтральный. Только метка.
1. Номер просторный, завтрак отличный, персонал улыбается.
2. Всю ночь шумела дискотека под окнами, не выспались.
3. Отель находится в десяти минутах от вокзала.
4. Грязные полотенца и сломанный кондиционер — больше не приеду."""),
(0, "summarization", "ru", "before", "story", """Перескажи этот рассказ в двух-трёх предложениях:

Старик Матвей каждое утро выходил на берег и кормил одну и ту же чайку с перебитым крылом. Соседи смеялись: мол, птица давно бы улетела, если б могла. Однажды зимой Матвей заболел и неделю не выходил из дома. Когда он наконец спустился к морю, чайки нигде не было, и он решил, что она погибла. Но на следующее утро у его порога лежала маленькая рыбка, а на крыше сидела знакомая чайка и смотрела на него, склонив голову."""),
(1, "general_qa", "ru", "none", "none", """Мне 45, хочу выучить английский с нуля до уровня, чтобы смотреть сериалы без субтитров. Сколько времени это реально займёт и как лучше заниматься, если у меня только час в день?"""),
(0, "classification", "fa", "before", "reviews", """احساس هر کدام از این نظرها را مشخص کن: مثبت، منفی یا خنثی. فقط برچسب را بنویس.
۱. غذا خیلی خوشمزه بود و سریع رسید.
۲. پیک دیر آمد و غذا سرد بود.
۳. رستوران ساعت ۱۱ صبح باز می‌شود.
۴. برخورد کارکنان عالی بود، حتما دوباره سفارش می‌دهم."""),
]
