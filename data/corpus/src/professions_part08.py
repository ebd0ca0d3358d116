# writer professions, part 08. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p098", """PLANNING COMMITTEE REPORT
Application: Change of use of former bank (Class E) to a hot food takeaway (sui generis), with installation of an extraction flue to the rear elevation and new shopfront signage.
Site: 41 High Street, within the Town Centre Conservation Area.

1. Site and surroundings
The application site is a two-storey nineteenth-century building on the south side of the High Street, vacant since the bank closed in 2021. The ground floor was a banking hall; the first floor is used for storage and is not part of the application. The building is identified in the Conservation Area Appraisal as making a positive contribution. Residential flats adjoin the site at first-floor level to the east and to the rear in Mill Yard.

2. Proposal
The applicant proposes a takeaway selling pizza and fried chicken, open 11:00 to 23:00 daily. A stainless-steel extraction flue would run up the rear elevation to terminate 1 m above the ridge. A new timber shopfront would replace the existing aluminium frames, with externally illuminated fascia signage.

3. Consultation responses
Environmental Health: no objection subject to conditions on the odour-control system, noise from plant and hours of opening.
Highways: no objection; servicing from the rear yard is acceptable; concern about delivery mopeds parking on the pavement, recommends a condition for a delivery management plan.
Conservation Officer: supports the return of a timber shopfront, which would be an enhancement; objects to the flue as proposed, which would be visible from Mill Yard; recommends it is painted black and routed internally where possible.
Town Council: objects, citing the number of existing takeaways in the High Street (nine within 300 m) and concerns about litter and anti-social behaviour.
Public: 23 objections (noise, smells, litter, late-night disturbance, too many takeaways, impact on residents of Mill Yard); 4 letters of support (bringing a vacant building back into use, jobs).

4. Assessment
Principle: Local Plan Policy TC4 resists hot food takeaways where they would result in more than 15% of units in a primary shopping frontage being in takeaway use. The current figure is 13.2%; this proposal would raise it to 14.5%, within the threshold. The Local Plan also supports the re-use of vacant units.
Heritage: The new shopfront would enhance the Conservation Area. The flue would cause less than substantial harm to the setting, which is outweighed by the public benefit of bringing the building back into use, subject to the conditions on finish and routing.
Amenity: With the conditions recommended by Environmental Health, odour and noise impacts can be made acceptable. Closing at 23:00 rather than midnight is recommended to protect residents.
Highways: Acceptable subject to a delivery management plan.

5. Recommendation
Approve subject to conditions: hours of opening 11:00-23:00; odour abatement system installed before first use and maintained; plant noise limits; flue painted black; delivery management plan; litter bin and daily litter-picking within 50 m of the premises.

Summarize this committee report in six bullets for councillors who haven't read it."""),
(1, "creative_writing", "en", "after", "prose", "W2-p098", """PLANNING COMMITTEE REPORT
Application: Change of use of former bank (Class E) to a hot food takeaway (sui generis), with installation of an extraction flue to the rear elevation and new shopfront signage.
Site: 41 High Street, within the Town Centre Conservation Area.

1. Site and surroundings
The application site is a two-storey nineteenth-century building on the south side of the High Street, vacant since the bank closed in 2021. The ground floor was a banking hall; the first floor is used for storage and is not part of the application. The building is identified in the Conservation Area Appraisal as making a positive contribution. Residential flats adjoin the site at first-floor level to the east and to the rear in Mill Yard.

2. Proposal
The applicant proposes a takeaway selling pizza and fried chicken, open 11:00 to 23:00 daily. A stainless-steel extraction flue would run up the rear elevation to terminate 1 m above the ridge. A new timber shopfront would replace the existing aluminium frames, with externally illuminated fascia signage.

3. Consultation responses
Environmental Health: no objection subject to conditions on the odour-control system, noise from plant and hours of opening.
Highways: no objection; servicing from the rear yard is acceptable; concern about delivery mopeds parking on the pavement, recommends a condition for a delivery management plan.
Conservation Officer: supports the return of a timber shopfront, which would be an enhancement; objects to the flue as proposed, which would be visible from Mill Yard; recommends it is painted black and routed internally where possible.
Town Council: objects, citing the number of existing takeaways in the High Street (nine within 300 m) and concerns about litter and anti-social behaviour.
Public: 23 objections (noise, smells, litter, late-night disturbance, too many takeaways, impact on residents of Mill Yard); 4 letters of support (bringing a vacant building back into use, jobs).

4. Assessment
Principle: Local Plan Policy TC4 resists hot food takeaways where they would result in more than 15% of units in a primary shopping frontage being in takeaway use. The current figure is 13.2%; this proposal would raise it to 14.5%, within the threshold. The Local Plan also supports the re-use of vacant units.
Heritage: The new shopfront would enhance the Conservation Area. The flue would cause less than substantial harm to the setting, which is outweighed by the public benefit of bringing the building back into use, subject to the conditions on finish and routing.
Amenity: With the conditions recommended by Environmental Health, odour and noise impacts can be made acceptable. Closing at 23:00 rather than midnight is recommended to protect residents.
Highways: Acceptable subject to a delivery management plan.

5. Recommendation
Approve subject to conditions: hours of opening 11:00-23:00; odour abatement system installed before first use and maintained; plant noise limits; flue painted black; delivery management plan; litter bin and daily litter-picking within 50 m of the premises.

I live in Mill Yard and I get three minutes to speak at the committee meeting. Write my speech objecting to the application. Focus on the flue, smells and late-night noise at the back, acknowledge the shopfront is nice, and suggest a 22:00 closing time as a fallback."""),
(0, "classification", "en", "before", "email", None, """Which council department? "There's a dead fox on the pavement outside number 12 Briar Road." """),
(1, "creative_writing", "en", "none", "none", None, """Council social media post reminding residents that bin collections move a day later over Christmas. Cheerful, under 50 words."""),
(0, "classification", "en", "before", "list", None, """Central or local government responsibility (England)? passports, bin collections, state pensions, library services, defence, planning permission for an extension, school admissions"""),
(1, "general_qa", "en", "none", "none", None, """Best way to get my local council to fix a dangerous pothole? I've reported it twice online."""),
(0, "summarization", "en", "after", "prose", "W2-p099", """CONSULTATION ON PROPOSED LOW TRAFFIC NEIGHBOURHOOD - SUMMARY OF RESPONSES

The council consulted for eight weeks on a trial low traffic neighbourhood (LTN) covering 14 residential streets between the ring road and the canal. The proposal used five planters and two camera-enforced filters to stop through-traffic while keeping access for residents, deliveries, emergency services and blue badge holders via permits.

Responses received: 1,742 in total, of which 1,103 were from residents inside the LTN area, 511 from residents of surrounding streets, and 128 from businesses, schools and other organisations.

Overall support: 46% of all respondents supported the scheme, 49% opposed it and 5% were neutral. Among residents inside the area, 58% supported it; among residents of surrounding streets, 29% supported it.

Main themes in support: quieter and safer streets for walking and cycling (mentioned by 61% of supporters); children able to walk or cycle to school (38%); cleaner air (34%); a reduction in speeding and rat-running observed during the trial (27%).

Main themes in opposition: displaced traffic and longer journeys on boundary roads, especially the ring road and Canal Street (mentioned by 72% of opponents); longer journey times for residents driving to work or visiting relatives (41%); concerns about emergency service response times (22%); impact on businesses and deliveries (19%); feeling that the consultation decision was already made (16%).

Organisations: The two primary schools inside the area and the local cycling group supported the scheme. The ambulance service raised no objection given the camera filters, but asked for one planter to be replaced by a camera. Three businesses on Canal Street objected, citing congestion outside their premises at peak times. The bus operator reported that route 12 journey times on the ring road had increased by an average of 4 minutes in the morning peak during the trial.

Monitoring data: Motor traffic on the 14 internal streets fell by 68% compared with pre-trial counts. Traffic on the boundary roads rose by 9% on the ring road and 14% on Canal Street. Cycling counts inside the area rose by 41%. Nitrogen dioxide levels fell slightly on internal streets and rose slightly on Canal Street, both within legal limits.
Collision data for the trial period is too limited to draw conclusions and will be reported after twelve months. A further 37 responses arrived after the closing date and have not been included.

Summarize the consultation results for the cabinet member in five bullets: overall split, who supports and who opposes, the main arguments, and what the monitoring shows."""),
(1, "general_qa", "en", "after", "prose", "W2-p099", """CONSULTATION ON PROPOSED LOW TRAFFIC NEIGHBOURHOOD - SUMMARY OF RESPONSES

The council consulted for eight weeks on a trial low traffic neighbourhood (LTN) covering 14 residential streets between the ring road and the canal. The proposal used five planters and two camera-enforced filters to stop through-traffic while keeping access for residents, deliveries, emergency services and blue badge holders via permits.

Responses received: 1,742 in total, of which 1,103 were from residents inside the LTN area, 511 from residents of surrounding streets, and 128 from businesses, schools and other organisations.

Overall support: 46% of all respondents supported the scheme, 49% opposed it and 5% were neutral. Among residents inside the area, 58% supported it; among residents of surrounding streets, 29% supported it.

Main themes in support: quieter and safer streets for walking and cycling (mentioned by 61% of supporters); children able to walk or cycle to school (38%); cleaner air (34%); a reduction in speeding and rat-running observed during the trial (27%).

Main themes in opposition: displaced traffic and longer journeys on boundary roads, especially the ring road and Canal Street (mentioned by 72% of opponents); longer journey times for residents driving to work or visiting relatives (41%); concerns about emergency service response times (22%); impact on businesses and deliveries (19%); feeling that the consultation decision was already made (16%).

Organisations: The two primary schools inside the area and the local cycling group supported the scheme. The ambulance service raised no objection given the camera filters, but asked for one planter to be replaced by a camera. Three businesses on Canal Street objected, citing congestion outside their premises at peak times. The bus operator reported that route 12 journey times on the ring road had increased by an average of 4 minutes in the morning peak during the trial.

Monitoring data: Motor traffic on the 14 internal streets fell by 68% compared with pre-trial counts. Traffic on the boundary roads rose by 9% on the ring road and 14% on Canal Street. Cycling counts inside the area rose by 41%. Nitrogen dioxide levels fell slightly on internal streets and rose slightly on Canal Street, both within legal limits.
Collision data for the trial period is too limited to draw conclusions and will be reported after twelve months. A further 37 responses arrived after the closing date and have not been included.

I'm the cabinet member and I have to decide next month whether to make it permanent, modify it or remove it. What options would you put in front of me, and which modifications would address the Canal Street problem without losing the benefits?"""),
(0, "classification", "en", "before", "list", None, """FOI request or routine enquiry? Label each.
1. "Please provide the number of parking fines issued on Station Road in each of the last three years."
2. "What time does the recycling centre close on Sundays?"
3. "Please disclose all correspondence between the council and the developer of the Eastgate site since January."
4. "How do I apply for a blue badge?" """),
(1, "open_qa", "en", "none", "none", None, """Can a council refuse a Freedom of Information request just because it would take too long?"""),
(0, "summarization", "en", "after", "transcript", None, """Full Council - public questions (transcript extract)

Chair: Our first public question is from a resident of the Hillside ward.
Resident: Thank you. The leisure centre on Park Road has been closed since March because of the roof. The pool was the only one within three miles. My question is simple: when will it reopen, and why weren't residents told the roof was failing when the 2022 survey apparently flagged it?
Cabinet member for leisure: Thank you for the question. I share the frustration. The 2022 condition survey did identify the roof as needing replacement within five years, and a replacement was included in the capital programme for next year. Unfortunately, after the storms in February, our engineers found the timber beams had deteriorated faster than expected, and we had no option but to close the building on safety grounds. The replacement roof has now been designed and the contract will be awarded next month. We expect works to take around seven months, so the realistic reopening date is spring next year. In the meantime, we've arranged a free shuttle bus on Tuesdays and Saturdays to the Riverside pool, and swimming lessons for the Hillside primary schools have moved there. On your second point, the survey was published with the cabinet papers, but I accept we didn't communicate it well, and we'll do better.
Chair: Supplementary question?
Resident: Will the council guarantee that the pool won't be closed permanently as part of the budget savings?
Cabinet member: There are no proposals to close it. The roof investment is committed.

Summarize this exchange in three lines for the council's newsletter."""),
(1, "creative_writing", "en", "none", "none", None, """Poster for a community centre noticeboard: free energy-saving advice sessions every Thursday 10-12 in the library. Warm, plain English, 60 words."""),
(0, "classification", "en", "before", "email", "W2-p100", """Complaint, compliment or service request?
"I want to thank the two refuse collectors on Ash Grove who helped my elderly neighbour bring her bins in during the snow last week. Above and beyond." """),
(1, "creative_writing", "en", "inline", "email", "W2-p100", """A resident wrote in: "I want to thank the two refuse collectors on Ash Grove who helped my elderly neighbour bring her bins in during the snow last week. Above and beyond." Write the council's reply thanking her and saying we've passed it on to the crew and their manager."""),
(0, "summarization", "en", "after", "prose", None, """Policy briefing: The government has announced that from next April, councils in England will be required to provide weekly food waste collections from all households, using separate caddies. New burdens funding will cover the cost of caddies and vehicles in the first year, and a contribution towards running costs for three years, after which councils will be expected to fund the service from savings in landfill and incineration costs. Councils with existing long-term waste contracts may apply for transitional arrangements of up to two years. The department estimates that the policy will divert 1.4 million tonnes of food waste from residual waste each year. Council leaders have welcomed the capital funding but warned that the running-cost contribution is too low, especially in rural areas with long collection rounds.

Summarize this briefing in three sentences for the environment committee."""),
(0, "classification", "en", "before", "list", None, """Tag each resident enquiry by service area: HOUSING, ROADS, WASTE, COUNCIL TAX or PARKING.
- "My council tax bill has the wrong number of occupants."
- "Bins weren't emptied on Monday."
- "Streetlight out on Harbour Lane."
- "Can I get a visitor permit for my carer?"
- "There's damp in my council flat."
- "Request for a single-person discount." """),
(1, "general_qa", "en", "none", "none", None, """Tips for writing a good objection to a planning application? What actually gets taken into account?"""),
(0, "summarization", "en", "after", "email", "W2-p101", """Dear Council,

I am writing to complain about the handling of my housing repair request. On 14 January I reported that the bathroom extractor fan in my flat had stopped working and that black mould was spreading on the ceiling and around the window. I was given reference R-99213 and told someone would contact me within 10 working days. Nobody contacted me. I called again on 5 February and was told the job had been "closed in error" and was reopened. An operative visited on 22 February, cleaned the mould and said the fan needed replacing, which would be booked. I have heard nothing since. The mould has come back and my six-year-old son has had two chest infections this winter; his GP has written a letter saying the damp may be contributing.

I would like the fan replaced and the mould treated properly within 14 days, an explanation of why my request was closed, and compensation for the inconvenience. If I do not receive a satisfactory response I will take this to the Housing Ombudsman.

Yours faithfully,
[tenant]

Summarize this complaint in four bullets for the housing complaints officer."""),
(1, "creative_writing", "en", "after", "email", "W2-p101", """Dear Council,

I am writing to complain about the handling of my housing repair request. On 14 January I reported that the bathroom extractor fan in my flat had stopped working and that black mould was spreading on the ceiling and around the window. I was given reference R-99213 and told someone would contact me within 10 working days. Nobody contacted me. I called again on 5 February and was told the job had been "closed in error" and was reopened. An operative visited on 22 February, cleaned the mould and said the fan needed replacing, which would be booked. I have heard nothing since. The mould has come back and my six-year-old son has had two chest infections this winter; his GP has written a letter saying the damp may be contributing.

I would like the fan replaced and the mould treated properly within 14 days, an explanation of why my request was closed, and compensation for the inconvenience. If I do not receive a satisfactory response I will take this to the Housing Ombudsman.

Yours faithfully,
[tenant]

Draft the council's stage 1 complaint response: apologise properly, explain the job was closed by a system error during the contractor changeover, confirm a surveyor visit within 5 working days and fan replacement within 10, offer 250 compensation, and explain the right to escalate."""),
(0, "classification", "en", "before", "prose", None, """Is this petition within the council's powers? Y/N: "We call on the council to lower the national speed limit on motorways to 60 mph." """),
(1, "creative_writing", "en", "none", "none", None, """Slogan for a council campaign to cut litter in the town centre. Five options, not preachy."""),
(0, "summarization", "en", "after", "notes", None, """Parish council meeting - notes (draft)
Present: 7 councillors, clerk, 4 members of public
1. Public forum: residents raised speeding on Church Lane again; request for speed indicator device.
2. Minutes of last meeting approved.
3. Finance: precept for next year agreed at 48,500 (+4%); grass-cutting contract renewed with same contractor.
4. Planning: no objection to extension at Rose Cottage; objection to 6 houses on land off Mill Lane (flood risk, access).
5. Playground: new swings installed; safety inspection passed.
6. Speed: agreed to buy a speed indicator device (approx 3,000), to rotate between Church Lane and the High Street; clerk to get quotes.
7. Defibrillator at village hall: pads expire next month, clerk to replace.
Next meeting: 2nd Tuesday of next month.

Turn these notes into formal-style minutes, brief, numbered."""),
(0, "classification", "en", "before", "list", None, """Civil servant or elected official? mayor, permanent secretary, councillor, chief executive of a council, member of parliament, planning officer"""),
(1, "open_qa", "en", "none", "none", None, """What does a permanent secretary actually do, and how much power do they have over ministers?"""),
(0, "summarization", "en", "after", "table", "W2-p102", """Council budget - proposed savings next year (thousands)
Service area          Current budget   Proposed saving   How
Libraries             3,200            450               Reduce opening hours at 4 of 11 branches; volunteer-run model at 2
Adult social care     84,000           2,100             Review of care packages; more reablement
Parks                 2,900            300               Reduce grass-cutting frequency; rewilding verges
Highways              11,500           800               Defer resurfacing of lower-priority roads
Children's centres    4,100            600               Merge 6 centres into 3 family hubs
Back office           9,800            1,200             Digital self-service; reduce office space
Total                                  5,450

Summarize the proposed savings in three sentences for a local news story."""),
(1, "general_qa", "en", "after", "table", "W2-p102", """Council budget - proposed savings next year (thousands)
Service area          Current budget   Proposed saving   How
Libraries             3,200            450               Reduce opening hours at 4 of 11 branches; volunteer-run model at 2
Adult social care     84,000           2,100             Review of care packages; more reablement
Parks                 2,900            300               Reduce grass-cutting frequency; rewilding verges
Highways              11,500           800               Defer resurfacing of lower-priority roads
Children's centres    4,100            600               Merge 6 centres into 3 family hubs
Back office           9,800            1,200             Digital self-service; reduce office space
Total                                  5,450

I chair the scrutiny committee. Which of these proposals carry the most risk of costing more later, and what questions should we put to officers?"""),
(1, "creative_writing", "en", "none", "none", None, """Speech for the mayor opening a refurbished public library. Two minutes, mention the new children's corner and the volunteers."""),
(0, "classification", "en", "before", "email", None, """Urgent safeguarding concern or routine enquiry? "I haven't seen my elderly neighbour for five days and her post is piling up." """),
(1, "general_qa", "en", "none", "none", None, """Worried about an elderly neighbour who lives alone and seems to be struggling. Who do I contact and what do I say?"""),
(0, "summarization", "en", "after", "prose", None, """Internal audit report - summary
The audit reviewed the council's management of its vehicle fleet (212 vehicles). We found that: the fleet register was incomplete, with 14 vehicles in use that were not recorded; 31% of vehicles had missed at least one scheduled service in the last year; fuel cards were not linked to individual drivers, so fuel use could not be monitored by vehicle; and 9 vehicles had been used for fewer than 20 days in the year. We estimate that disposing of under-used vehicles and introducing driver-linked fuel cards could save around 180,000 a year. Management has accepted all recommendations and agreed an action plan with target dates by March.

Audit summary in two lines please."""),
(0, "classification", "en", "before", "list", None, """Which level of court hears each case in England and Wales? MAGISTRATES, CROWN or COUNTY.
- shoplifting, first offence
- murder trial
- small business suing for an unpaid invoice of 9,000
- armed robbery
- speeding offence"""),
(1, "creative_writing", "en", "none", "none", None, """Write a letter from a council leader to residents after serious flooding: what happened, what the council is doing, where to get help. Compassionate, 250 words."""),
(0, "summarization", "en", "after", "prose", None, """Select committee report - conclusions (extract)
We found that the department's digital identity programme has been delayed by three years and is now forecast to cost 410 million, more than double the original estimate. The department did not test its assumptions about take-up before committing to the programme, and the technical architecture was changed twice after contracts had been signed. We are concerned that the department still cannot say how many people will use the service or what savings it will deliver. We recommend that the department publishes a revised business case within six months, including realistic take-up forecasts, and reports to this committee every six months on progress. The department should also review whether the programme should continue in its current form.

Condense these conclusions into three bullet points."""),
(1, "open_qa", "en", "none", "none", None, """Why do big government IT projects overrun so often compared with private sector ones? Or is that a myth?"""),
(0, "classification", "en", "before", "prose", None, """Council tax band lookup or council tax discount query? "I've just moved into a flat on my own, can I get 25% off?" """),
(1, "general_qa", "en", "none", "none", None, """Thinking about standing as a local councillor. What's the time commitment really like and how do I get started?"""),
(0, "summarization", "en", "after", "email", "W2-p103", """From: Licensing team
To: Applicant
Subject: Premises licence application - The Old Forge, Market Square

Thank you for your application for a premises licence for the sale of alcohol, regulated entertainment and late-night refreshment. We have received two representations during the consultation period: one from the police, who ask that the terminal hour for alcohol on Fridays and Saturdays is 00:30 rather than 01:30, that door supervisors are employed from 21:00 on those nights and that CCTV covers all entrances; and one from a local resident who is concerned about noise from the outdoor courtyard. As representations have been received, the application will now be determined by the licensing sub-committee at a hearing on 18 April. You may wish to discuss the police's proposed conditions with them before the hearing, as agreed conditions can often narrow the issues. Please confirm whether you will attend.

summarise this email in 3 bullet points"""),
(1, "general_qa", "en", "after", "email", "W2-p103", """From: Licensing team
To: Applicant
Subject: Premises licence application - The Old Forge, Market Square

Thank you for your application for a premises licence for the sale of alcohol, regulated entertainment and late-night refreshment. We have received two representations during the consultation period: one from the police, who ask that the terminal hour for alcohol on Fridays and Saturdays is 00:30 rather than 01:30, that door supervisors are employed from 21:00 on those nights and that CCTV covers all entrances; and one from a local resident who is concerned about noise from the outdoor courtyard. As representations have been received, the application will now be determined by the licensing sub-committee at a hearing on 18 April. You may wish to discuss the police's proposed conditions with them before the hearing, as agreed conditions can often narrow the issues. Please confirm whether you will attend.

I'm the applicant, opening a small bar. Should I just accept the police conditions to avoid a fight, and what can I offer the resident about the courtyard before the hearing?"""),
(0, "classification", "en", "before", "list", None, """Eligibility rule: free school meals if household receives Universal Credit with earnings under 7,400 a year. ELIGIBLE or NOT ELIGIBLE?
Family A: Universal Credit, earnings 6,200
Family B: no benefits, earnings 15,000
Family C: Universal Credit, earnings 9,800
Family D: Universal Credit, earnings 0"""),
(1, "creative_writing", "en", "none", "none", None, """A short rhyme for a road safety campaign aimed at primary school kids: stop, look, listen."""),
(0, "summarization", "en", "after", "prose", None, """Homelessness review - key findings. Over the past year the council received 2,940 homelessness applications, up 22% on the previous year. The main causes were the end of private tenancies (38%), family or friends no longer willing to accommodate (27%) and domestic abuse (14%). The number of households in temporary accommodation rose from 410 to 585, including 312 families with children. Use of bed and breakfast accommodation for families for more than six weeks, which is unlawful except in emergencies, occurred in 41 cases. Average length of stay in temporary accommodation is now 14 months. The cost of temporary accommodation to the council rose to 9.7 million, against a budget of 6.2 million. Prevention work succeeded in 46% of cases where households approached the council at least 56 days before losing their home, compared with 12% of cases where they approached later.

Key findings in five bullets."""),
(1, "open_qa", "en", "none", "none", None, """Why is early prevention so much more successful than emergency help in homelessness cases?"""),
(0, "classification", "en", "before", "list", None, """Electoral admin: label each query VOTER REGISTRATION, POSTAL VOTE or POLLING STATION.
1. "Where do I vote on Thursday?"
2. "I've just moved, am I still on the register?"
3. "My postal ballot hasn't arrived."
4. "Can I register if I'm an EU citizen?"
5. "Is the polling station wheelchair accessible?" """),
(1, "general_qa", "en", "none", "none", None, """Running a community litter-pick for the first time. What do we need from the council, and how do we get people to turn up?"""),
(1, "creative_writing", "en", "none", "none", None, """Social media post recruiting volunteers for our village litter-pick on Saturday 10am. Fun, bring gloves, cake after."""),
(0, "summarization", "en", "after", "form", None, """PLANNING APPLICATION FORM - summary sheet
Applicant: private householder
Site: 7 Beech Avenue
Proposal: Single-storey rear extension, 4 m deep, 6.5 m wide, flat roof with rooflight; conversion of garage to habitable room; new dropped kerb and driveway for two cars
Existing use: dwelling house
Trees: one silver birch in rear garden to be removed
Flood zone: 1
Parking: existing 1 space (garage) + street; proposed 2 spaces on drive
Neighbour consultation: letters to nos 5, 9 and 14
Fee paid: yes

Summarize this application in one sentence for the weekly list."""),
(0, "classification", "en", "before", "prose", None, """Does this extension likely need full planning permission or fall under permitted development? Answer PD or FULL. "Two-storey side extension on a semi-detached house in a conservation area." """),
(1, "open_qa", "en", "none", "none", None, """How deep can a single-storey rear extension be under permitted development in England?"""),
(0, "summarization", "en", "after", "transcript", "W2-p104", """Town hall Q&A on the new parking zone (transcribed)

Officer: The controlled parking zone would run Monday to Saturday, 8am to 6.30pm. Residents can buy permits at 60 a year for the first car and 120 for the second. Visitor vouchers are 1.50 per day.
Resident 1: We only have a problem on match days. Why do we need restrictions six days a week?
Officer: The parking survey showed commuter parking near the station on weekdays too, about 40% of spaces taken by non-residents between 9 and 5.
Resident 2: What about carers? My mum has a carer four times a day.
Officer: Carers can get a free professional carer permit.
Resident 3: And businesses on the parade?
Officer: Two-hour free bays outside the shops, and business permits at 250 a year.
Resident 1: Can we have a shorter option, like 10 to 12 only?
Officer: That's one of the options in the consultation. Please say so in your response; closing date is the 30th.

Summarize the Q&A for residents who couldn't come."""),
(1, "creative_writing", "en", "after", "transcript", "W2-p104", """Town hall Q&A on the new parking zone (transcribed)

Officer: The controlled parking zone would run Monday to Saturday, 8am to 6.30pm. Residents can buy permits at 60 a year for the first car and 120 for the second. Visitor vouchers are 1.50 per day.
Resident 1: We only have a problem on match days. Why do we need restrictions six days a week?
Officer: The parking survey showed commuter parking near the station on weekdays too, about 40% of spaces taken by non-residents between 9 and 5.
Resident 2: What about carers? My mum has a carer four times a day.
Officer: Carers can get a free professional carer permit.
Resident 3: And businesses on the parade?
Officer: Two-hour free bays outside the shops, and business permits at 250 a year.
Resident 1: Can we have a shorter option, like 10 to 12 only?
Officer: That's one of the options in the consultation. Please say so in your response; closing date is the 30th.

Write a consultation response from our residents' association supporting a 10am-12pm weekday zone plus match-day restrictions, instead of the full 8-6.30 scheme. Reasoned, polite, under 250 words."""),
(0, "classification", "en", "before", "list", None, """Which public body would you contact? FIRE SERVICE, ENVIRONMENT AGENCY, TRADING STANDARDS or DVLA.
- river bursting its banks
- shop selling fake phone chargers
- renewing a driving licence
- smoke alarm fitting for an elderly resident"""),
(1, "creative_writing", "en", "none", "none", None, """haiku for a council's bus-stop poetry project, theme: the number 9 bus at dawn"""),
(0, "summarization", "en", "before", "prose", None, """Two lines please: "Following the review, the council will extend the garden waste subscription window to 31 March, freeze the annual charge at 52, and offer a 50% discount to households receiving council tax support. Collections will remain fortnightly from March to November and monthly in winter." """),
(1, "general_qa", "en", "none", "none", None, """We're a small charity bidding for a council contract for the first time. What do evaluators look for in a tender response?"""),
(0, "classification", "en", "before", "prose", None, """Is this a political statement or factual council information? "Our council has delivered the best recycling rate in the region thanks to this administration's leadership." """),
(1, "open_qa", "en", "none", "none", None, """What are the pre-election "purdah" rules for councils, and why can't they publish some news before elections?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a dialogue between a grumpy resident and a patient council call-centre agent about a missed bin collection. Funny, 200 words, ends well."""),
(0, "classification", "en", "before", "list", None, """Sort these public services into STATUTORY (councils must provide) or DISCRETIONARY: adult social care, leisure centres, child protection, public toilets, waste collection, tourist information, libraries"""),
(1, "general_qa", "en", "none", "none", None, """Our leisure centre is on a closure list. As residents, what's the most effective way to campaign to save it?"""),
(0, "summarization", "en", "after", "prose", None, """Ombudsman decision summary: The complainant said the council delayed putting in place support set out in her son's education, health and care plan after he moved to a new school. The Ombudsman found that the council took 19 weeks to arrange the specialist speech and language therapy specified in the plan, when it had a duty to secure it from the start of the placement. The council said this was due to a shortage of therapists. The Ombudsman found fault causing injustice: the child missed a term of therapy and the family were caused avoidable distress. The council agreed to apologise, pay 1,200 to be used for the child's educational benefit plus 300 for distress, and review how it monitors the delivery of provision in plans.

Summarize the decision in two sentences."""),
(1, "creative_writing", "en", "none", "none", None, """Limerick about a planning officer who loves a good hedge."""),
(0, "classification", "en", "before", "email", None, """Spam or genuine council email? "Your council tax refund of 412.60 is ready. Click here and enter your card details to receive it today." """),
(1, "general_qa", "en", "none", "none", None, """Council tax bill looks wrong after my partner moved out. How do I get it corrected and backdated?"""),
(0, "summarization", "en", "after", "prose", "W2-p105", """MULTI-AGENCY SEVERE WEATHER PLAN - SUMMARY FOR PARTNERS (extract)

1. Purpose
This plan sets out how the council, emergency services, health partners and the voluntary sector will work together to prepare for, respond to and recover from severe weather, including heavy snow, prolonged freezing conditions, storms and heatwaves. It sits alongside the separate Flood Response Plan.

2. Activation
The plan is activated by the council's Duty Emergency Officer when the Met Office issues an amber or red warning for the area, or when partners report significant disruption. At amber, a partner teleconference is held within four hours to share information and agree actions. At red, or when life is at risk, a Tactical Coordinating Group is convened, chaired by the police, and the council opens its emergency control room.

3. Vulnerable people
Each partner maintains its own list of people who may need extra support, such as those receiving home care, people dependent on electrically powered medical equipment and people on the priority services registers held by energy and water companies. In an activation, these lists are shared securely under the data-sharing protocol, and adult social care coordinates welfare checks, prioritising people who live alone and have no nearby family. Voluntary sector partners may be asked to carry out low-level checks, such as phone calls, but not to enter homes.

4. Roads and gritting
The highways service treats 38% of the road network, prioritising A and B roads, bus routes, routes to hospitals and fire stations, and the approaches to schools. Footways in the town centres are treated during prolonged snow. Grit bins are provided on steep residential roads; 420 bins are refilled before each winter. Farmers with snow ploughs are contracted to clear rural routes.

5. Rest centres
Where people need to leave their homes, for example because of a loss of power or heating in extreme cold, the council can open rest centres in designated leisure centres and community halls. Each rest centre is staffed by trained council volunteers, supported by the British Red Cross, and can provide warm space, hot drinks and food, basic first aid and information. Pets are accepted in carriers.

6. Schools and care homes
Headteachers decide on closures and must inform the council and parents by 07:30. Care homes are expected to have their own business continuity plans, including staff transport and fuel for generators.

7. Communications
The council's communications team leads public messaging on behalf of partners, using the council website, social media, local radio and text alerts. Key messages include checking on neighbours, staying off the roads unless travel is essential, and how to report a vulnerable person.

8. Recovery
Once the immediate response ends, a Recovery Coordinating Group, chaired by the council, oversees clean-up, support for affected residents and businesses, and a debrief within 28 days.

Summarize this plan in seven bullets for new duty officers."""),
(1, "general_qa", "en", "after", "prose", "W2-p105", """MULTI-AGENCY SEVERE WEATHER PLAN - SUMMARY FOR PARTNERS (extract)

1. Purpose
This plan sets out how the council, emergency services, health partners and the voluntary sector will work together to prepare for, respond to and recover from severe weather, including heavy snow, prolonged freezing conditions, storms and heatwaves. It sits alongside the separate Flood Response Plan.

2. Activation
The plan is activated by the council's Duty Emergency Officer when the Met Office issues an amber or red warning for the area, or when partners report significant disruption. At amber, a partner teleconference is held within four hours to share information and agree actions. At red, or when life is at risk, a Tactical Coordinating Group is convened, chaired by the police, and the council opens its emergency control room.

3. Vulnerable people
Each partner maintains its own list of people who may need extra support, such as those receiving home care, people dependent on electrically powered medical equipment and people on the priority services registers held by energy and water companies. In an activation, these lists are shared securely under the data-sharing protocol, and adult social care coordinates welfare checks, prioritising people who live alone and have no nearby family. Voluntary sector partners may be asked to carry out low-level checks, such as phone calls, but not to enter homes.

4. Roads and gritting
The highways service treats 38% of the road network, prioritising A and B roads, bus routes, routes to hospitals and fire stations, and the approaches to schools. Footways in the town centres are treated during prolonged snow. Grit bins are provided on steep residential roads; 420 bins are refilled before each winter. Farmers with snow ploughs are contracted to clear rural routes.

5. Rest centres
Where people need to leave their homes, for example because of a loss of power or heating in extreme cold, the council can open rest centres in designated leisure centres and community halls. Each rest centre is staffed by trained council volunteers, supported by the British Red Cross, and can provide warm space, hot drinks and food, basic first aid and information. Pets are accepted in carriers.

6. Schools and care homes
Headteachers decide on closures and must inform the council and parents by 07:30. Care homes are expected to have their own business continuity plans, including staff transport and fuel for generators.

7. Communications
The council's communications team leads public messaging on behalf of partners, using the council website, social media, local radio and text alerts. Key messages include checking on neighbours, staying off the roads unless travel is essential, and how to report a vulnerable person.

8. Recovery
Once the immediate response ends, a Recovery Coordinating Group, chaired by the council, oversees clean-up, support for affected residents and businesses, and a debrief within 28 days.

I coordinate volunteers in a hilltop village that got cut off for four days last winter. Our roads aren't on the gritting routes. Based on this plan, what should our village put in place ourselves before this winter, and what should I ask the council for?"""),
(0, "summarization", "en", "after", "prose", None, """DECISION NOTICE - Cabinet, 12 March
Item 7: Future of the Riverside Day Centre
Decision: Cabinet agreed to close the Riverside Day Centre for older people on 30 September and to transfer its services to two new community hubs at the Ashfield and Northgate libraries, which will open five days a week. Cabinet also agreed to fund accessible transport between the hubs and users' homes for an initial period of two years, and to offer current centre users an individual review of their care needs before the closure.
Reasons: The Riverside building needs an estimated 1.3 million of repairs, including a new roof and heating system. Attendance has fallen from an average of 46 people a day in 2019 to 19. The consultation showed that users valued the social contact and the meals most, both of which the hubs will provide.
Alternatives considered: Repairing the building (rejected on cost); handing it to a community organisation (no viable bidder came forward).
Call-in: This decision may be called in by the scrutiny committee within five working days.

Summarize the decision and the reasons in three sentences for the local paper."""),
(0, "classification", "en", "after", "email", None, """Dear Sir or Madam,

I am writing about the state of the pavement on Hawthorn Road between the post office and the primary school. The paving slabs have been lifted by tree roots in at least six places, and my mother, who uses a walking frame, tripped there last month and hurt her wrist. Parents with pushchairs are now walking in the road to avoid it. I reported this online in November and again in January and was told it had been "inspected and added to the programme", but no date has been given. I would like to know when the repairs will be done, and whether the council will consider a claim for my mother's injury.

Yours faithfully,
[resident]

Classify this letter: which service area (HIGHWAYS, PARKS, HOUSING, INSURANCE CLAIMS), and is it primarily a COMPLAINT or a REQUEST? Two labels, no explanation."""),
(1, "creative_writing", "en", "after", "notes", None, """Facts for the press release:
- Bridge Street closed to traffic from 6 May for 10 weeks
- replacing 100-year-old water main, Anglian Water with the council
- pedestrians and cyclists can still use the bridge
- diversion via the ring road, signed
- bus routes 4 and 7 diverted, stops moved to Castle Square
- businesses on Bridge Street open as normal, free 2-hour parking in the Quay car park during works
- contact: roadworks hotline

Write the press release from these facts. Headline, 250 words, one quote from the cabinet member for highways."""),
(0, "summarization", "en", "after", "table", None, """Statistical bulletin - population estimates (mid-year)
Area              Population   Change on previous year   Median age   Aged 65+
North district    142,300      +0.4%                     43.1         21.8%
South district    98,750       +1.9%                     37.6         16.2%
East district     76,400       -0.3%                     47.9         27.4%
West district     115,900      +0.8%                     41.0         19.5%
County total      433,350      +0.7%                     42.0         20.6%
Main driver of growth: net internal migration into South district (new housing estates). Natural change (births minus deaths) negative in East district for the sixth year running.

Summarize the bulletin in three sentences."""),
(1, "creative_writing", "en", "none", "none", None, """Acrostic poem spelling COUNCIL for the staff newsletter's back page."""),
(0, "classification", "en", "before", "prose", None, """Subject access request (GDPR) or FOI request? "Send me every record the council holds about me and my children." """),
(1, "general_qa", "en", "none", "none", None, """Got a council parking ticket I think is unfair, the sign was hidden by a tree. How do I appeal?"""),
(1, "open_qa", "en", "none", "none", None, """Why are so many English councils issuing section 114 notices? What does it mean when a council "goes bust"?"""),
(0, "summarization", "en", "none", "none", None, """Recap the Yes Minister episode "Open Government" in a few lines."""),
(1, "creative_writing", "en", "none", "none", None, """Yes Minister-style exchange about a council's new five-bin recycling scheme. Sir Humphrey explains why it's a "courageous" idea."""),
]
