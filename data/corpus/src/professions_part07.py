# writer professions, part 07. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p088", """ASSURED SHORTHOLD TENANCY AGREEMENT (extract of terms)

1. The Property: the first-floor flat at 22B Orchard Road, including the use of the shared garden and one bicycle space in the rear store.
2. Term: 12 months from 1 September. After the fixed term, the tenancy will continue as a periodic tenancy from month to month unless either party ends it by giving the notice required by law.
3. Rent: 1,350 per calendar month, payable in advance on the 1st of each month by standing order. Rent may be reviewed once a year, with at least one month's written notice, and any increase shall not exceed the annual rate of CPI plus 1%.
4. Deposit: 1,550, protected in a government-authorised tenancy deposit scheme within 30 days of receipt. The prescribed information will be provided to the Tenant within the same period.
5. Break clause: Either party may end the tenancy after the first six months by giving at least two months' written notice, provided that the rent is fully paid up to date.
6. Tenant's obligations: to pay the council tax, water, gas, electricity, broadband and TV licence; to keep the interior clean and in good condition, fair wear and tear excepted; to report any disrepair promptly; to take reasonable steps to prevent condensation, including using the extractor fans provided; to test smoke alarms monthly; not to make alterations or redecorate without the Landlord's written consent; not to keep pets without the Landlord's written consent, which shall not be unreasonably withheld; not to smoke inside the Property; not to sublet or take in lodgers.
7. Landlord's obligations: to keep the structure and exterior in repair, including drains, gutters and external pipes; to keep in repair and proper working order the installations for water, gas, electricity, sanitation, space heating and hot water; to arrange an annual gas safety check and provide a copy of the certificate to the Tenant; to ensure electrical installations are inspected at least every five years; to insure the building; to give at least 24 hours' written notice before visiting the Property except in an emergency.
8. Access: the Tenant shall allow access for inspections, repairs and, in the last two months of the tenancy, viewings by prospective tenants, at reasonable times and on at least 24 hours' notice.
9. Professional cleaning: at the end of the tenancy the Tenant shall have the Property professionally cleaned, including carpets, and provide a receipt.
10. Keys: the Tenant will be charged the cost of replacing any keys not returned at the end of the tenancy, and the cost of changing the locks if keys are lost.
11. Garden: the Tenant shall keep the shared garden tidy, mow the lawn regularly between April and October and not remove any plants or trees.
12. Inventory: an inventory and schedule of condition has been prepared and signed by both parties and shall be used at check-out to assess any damage beyond fair wear and tear.

Summarize this tenancy agreement for me as a list of my obligations as the tenant and the landlord's main obligations. Short bullets."""),
(1, "general_qa", "en", "after", "prose", "W2-p088", """ASSURED SHORTHOLD TENANCY AGREEMENT (extract of terms)

1. The Property: the first-floor flat at 22B Orchard Road, including the use of the shared garden and one bicycle space in the rear store.
2. Term: 12 months from 1 September. After the fixed term, the tenancy will continue as a periodic tenancy from month to month unless either party ends it by giving the notice required by law.
3. Rent: 1,350 per calendar month, payable in advance on the 1st of each month by standing order. Rent may be reviewed once a year, with at least one month's written notice, and any increase shall not exceed the annual rate of CPI plus 1%.
4. Deposit: 1,550, protected in a government-authorised tenancy deposit scheme within 30 days of receipt. The prescribed information will be provided to the Tenant within the same period.
5. Break clause: Either party may end the tenancy after the first six months by giving at least two months' written notice, provided that the rent is fully paid up to date.
6. Tenant's obligations: to pay the council tax, water, gas, electricity, broadband and TV licence; to keep the interior clean and in good condition, fair wear and tear excepted; to report any disrepair promptly; to take reasonable steps to prevent condensation, including using the extractor fans provided; to test smoke alarms monthly; not to make alterations or redecorate without the Landlord's written consent; not to keep pets without the Landlord's written consent, which shall not be unreasonably withheld; not to smoke inside the Property; not to sublet or take in lodgers.
7. Landlord's obligations: to keep the structure and exterior in repair, including drains, gutters and external pipes; to keep in repair and proper working order the installations for water, gas, electricity, sanitation, space heating and hot water; to arrange an annual gas safety check and provide a copy of the certificate to the Tenant; to ensure electrical installations are inspected at least every five years; to insure the building; to give at least 24 hours' written notice before visiting the Property except in an emergency.
8. Access: the Tenant shall allow access for inspections, repairs and, in the last two months of the tenancy, viewings by prospective tenants, at reasonable times and on at least 24 hours' notice.
9. Professional cleaning: at the end of the tenancy the Tenant shall have the Property professionally cleaned, including carpets, and provide a receipt.
10. Keys: the Tenant will be charged the cost of replacing any keys not returned at the end of the tenancy, and the cost of changing the locks if keys are lost.
11. Garden: the Tenant shall keep the shared garden tidy, mow the lawn regularly between April and October and not remove any plants or trees.
12. Inventory: an inventory and schedule of condition has been prepared and signed by both parties and shall be used at check-out to assess any damage beyond fair wear and tear.

I haven't signed yet. I have a small, quiet cat and I'd like to paint the bedroom. I've also heard professional cleaning clauses aren't allowed in England any more. What should I ask the agent to change before signing, and how should I bring up the cat?"""),
(0, "classification", "en", "before", "prose", None, """Maintenance ticket priority: EMERGENCY, URGENT or ROUTINE? "Water coming through the kitchen ceiling from the flat above." """),
(1, "creative_writing", "en", "none", "none", None, """Property listing description for a two-bed Victorian terrace with a small south-facing garden, original fireplaces, new kitchen, 10 minutes' walk to the station. Honest, no "deceptively spacious", 120 words."""),
(0, "classification", "en", "before", "list", None, """Property type for each listing headline: FLAT, HOUSE, COMMERCIAL or LAND.
1. "Ground-floor retail unit with 6m frontage on high street"
2. "Three-bed semi-detached with off-road parking"
3. "0.8 acre plot with outline planning for two dwellings"
4. "Top-floor studio, lift, concierge"
5. "Detached bungalow on a quiet cul-de-sac"
6. "Warehouse with yard and 6m eaves height" """),
(1, "open_qa", "en", "none", "none", None, """What's the difference between freehold and leasehold in England, and why do people warn you off leasehold houses?"""),
(0, "summarization", "en", "after", "prose", "W2-p089", """HOME INSURANCE - POLICY WORDING (extract)

Section 1: Buildings

What is covered
We will pay for loss of or damage to the buildings caused by:
1. Fire, lightning, explosion or earthquake.
2. Storm or flood.
3. Escape of water from any fixed water or heating installation, washing machine, dishwasher, fridge or freezer, or from any water bed or fish tank.
4. Escape of oil from any fixed oil-fired heating installation.
5. Theft or attempted theft.
6. Subsidence or heave of the site on which the buildings stand, or landslip.
7. Falling trees, branches, telegraph poles or lamp posts.
8. Impact by any vehicle, aircraft or animal.
9. Malicious damage or vandalism.

What is not covered
a. The first 350 of each and every claim (your excess), increased to 1,000 for claims under cause 6 (subsidence) and 500 for claims under cause 3 (escape of water).
b. Loss or damage caused by storm or flood to gates, hedges and fences.
c. Under cause 3, damage to the installation itself from which the water escapes, unless it is caused by freezing.
d. Under cause 3, loss or damage caused by water escaping gradually over a period of time, including through worn or failed sealant or grout around baths, showers or sinks.
e. Loss or damage occurring while the home is unoccupied for more than 60 consecutive days, under causes 3, 5 and 9.
f. Under cause 6, damage to swimming pools, patios, paths and drives unless the main building is damaged by the same cause at the same time.
g. Under cause 6, damage caused by coastal or river erosion, or by the normal settlement, shrinkage or expansion of new structures.
h. Under cause 9, loss or damage caused by you, your family, or any paying guests or tenants.
i. Any loss or damage caused by wear and tear, gradual deterioration, rot, fungus, insects or vermin.
j. Any loss or damage caused by faulty workmanship, defective design or the use of defective materials.

Conditions
- You must take all reasonable steps to prevent loss or damage and to keep the buildings in a good state of repair.
- If the home is to be left unoccupied between 1 November and 31 March, you must turn off the water supply at the mains and drain the system, or keep the heating on at a minimum of 12 C.
- You must tell us as soon as reasonably possible about any event that may lead to a claim.

Summarize what this section covers and the main exclusions, as two short lists."""),
(1, "open_qa", "en", "after", "prose", "W2-p089", """HOME INSURANCE - POLICY WORDING (extract)

Section 1: Buildings

What is covered
We will pay for loss of or damage to the buildings caused by:
1. Fire, lightning, explosion or earthquake.
2. Storm or flood.
3. Escape of water from any fixed water or heating installation, washing machine, dishwasher, fridge or freezer, or from any water bed or fish tank.
4. Escape of oil from any fixed oil-fired heating installation.
5. Theft or attempted theft.
6. Subsidence or heave of the site on which the buildings stand, or landslip.
7. Falling trees, branches, telegraph poles or lamp posts.
8. Impact by any vehicle, aircraft or animal.
9. Malicious damage or vandalism.

What is not covered
a. The first 350 of each and every claim (your excess), increased to 1,000 for claims under cause 6 (subsidence) and 500 for claims under cause 3 (escape of water).
b. Loss or damage caused by storm or flood to gates, hedges and fences.
c. Under cause 3, damage to the installation itself from which the water escapes, unless it is caused by freezing.
d. Under cause 3, loss or damage caused by water escaping gradually over a period of time, including through worn or failed sealant or grout around baths, showers or sinks.
e. Loss or damage occurring while the home is unoccupied for more than 60 consecutive days, under causes 3, 5 and 9.
f. Under cause 6, damage to swimming pools, patios, paths and drives unless the main building is damaged by the same cause at the same time.
g. Under cause 6, damage caused by coastal or river erosion, or by the normal settlement, shrinkage or expansion of new structures.
h. Under cause 9, loss or damage caused by you, your family, or any paying guests or tenants.
i. Any loss or damage caused by wear and tear, gradual deterioration, rot, fungus, insects or vermin.
j. Any loss or damage caused by faulty workmanship, defective design or the use of defective materials.

Conditions
- You must take all reasonable steps to prevent loss or damage and to keep the buildings in a good state of repair.
- If the home is to be left unoccupied between 1 November and 31 March, you must turn off the water supply at the mains and drain the system, or keep the heating on at a minimum of 12 C.
- You must tell us as soon as reasonably possible about any event that may lead to a claim.

Here's my situation: we were away for three weeks in January with the heating off to save money. A pipe in the loft froze and burst, and the ceilings in two bedrooms came down. The pipe itself needs replacing too. Am I likely to be covered, what will I have to pay, and could the insurer use the heating condition against me?"""),
(0, "classification", "en", "before", "email", None, """Type of insurance claim: MOTOR, HOME, TRAVEL or PET?
"Our luggage never arrived in Lisbon and we had to buy clothes for the first four days." """),
(1, "general_qa", "en", "none", "none", None, """First-time buyer, offer accepted on a 1930s semi. Which survey should I get and what should I ask the surveyor specifically?"""),
(0, "summarization", "en", "after", "log", None, """SHIPMENT TRACKING - AWB 176-44918213
Mon 08:12  Picked up, Leicester
Mon 19:40  Departed hub, East Midlands
Tue 03:15  Arrived hub, Leipzig
Tue 06:02  Customs hold - documentation required (commercial invoice missing HS codes)
Wed 14:30  Documents received from shipper
Thu 09:10  Customs cleared
Thu 11:45  Departed Leipzig
Thu 18:20  Arrived Milan
Fri 08:05  Out for delivery
Fri 12:31  Delivery attempted - business closed
Fri 12:32  Rescheduled for Monday

Summarize the shipment's journey and the cause of the delay in two sentences."""),
(0, "classification", "en", "before", "list", None, """Incoterm responsibility: who arranges main carriage, BUYER or SELLER?
EXW / FOB / CIF / DDP / FCA / CPT"""),
(1, "open_qa", "en", "none", "none", None, """Why did container shipping rates spike so badly in 2021, and why did they fall so fast afterwards?"""),
(0, "summarization", "en", "after", "email", "W2-p090", """From: Operations, Baltic Line Freight
To: Imports team
Subject: RE: RE: Container MSKU 7712044 - damage on arrival

Hello,

Further to our survey yesterday: the container arrived at the consignee's warehouse with the seal intact (seal number matches the bill of lading). On opening, the surveyor found that around 40 of the 180 cartons at the door end had collapsed, and the wooden flooring near the doors was wet. The roof panel shows a pinhole corrosion spot above the door end. Our surveyor's preliminary view is that water entered through the roof during the voyage, and that the cargo was not stowed on pallets, which increased exposure to water on the floor.

The survey report will follow by Friday. Please note that any claim against the carrier must be notified in writing within 3 days of delivery and that the carrier's liability under the bill of lading terms is limited per package.

Regards,
Baltic Line Operations

> From: Imports team
> We have 40 cartons of ceramic tiles damaged, value approx 11,600 at invoice. Photos attached. Please confirm how to proceed.

Summarize this email chain for my manager: what happened, the likely cause, and the deadline we must not miss."""),
(1, "creative_writing", "en", "after", "email", "W2-p090", """From: Operations, Baltic Line Freight
To: Imports team
Subject: RE: RE: Container MSKU 7712044 - damage on arrival

Hello,

Further to our survey yesterday: the container arrived at the consignee's warehouse with the seal intact (seal number matches the bill of lading). On opening, the surveyor found that around 40 of the 180 cartons at the door end had collapsed, and the wooden flooring near the doors was wet. The roof panel shows a pinhole corrosion spot above the door end. Our surveyor's preliminary view is that water entered through the roof during the voyage, and that the cargo was not stowed on pallets, which increased exposure to water on the floor.

The survey report will follow by Friday. Please note that any claim against the carrier must be notified in writing within 3 days of delivery and that the carrier's liability under the bill of lading terms is limited per package.

Regards,
Baltic Line Operations

> From: Imports team
> We have 40 cartons of ceramic tiles damaged, value approx 11,600 at invoice. Photos attached. Please confirm how to proceed.

Write our formal notice of claim to the carrier today: reference the container and seal, state the damage and value, hold them responsible given the roof corrosion, and reserve our rights pending the survey report."""),
(0, "classification", "en", "before", "list", None, """Delivery exception codes - tag each as CUSTOMER-SIDE or CARRIER-SIDE:
1. Recipient not available
2. Vehicle breakdown
3. Incorrect address supplied
4. Parcel missorted at depot
5. Recipient refused delivery
6. Driver ran out of time on route"""),
(1, "general_qa", "en", "none", "none", None, """We're a small e-commerce brand shipping 300 parcels a day. Should we keep using one courier or split across two?"""),
(0, "summarization", "en", "after", "notes", None, """Residents' association AGM - notes
- service charge up 18% this year: insurance +31%, lift maintenance contract renewed
- managing agent says major works on roof needed within 2 yrs, est. 240k across 48 flats (5k each)
- residents want 3 quotes + independent surveyor, agreed by vote 29-4
- cladding survey: building is under 11m, no remediation required
- bike store: waiting list of 12, proposal to convert one bin store, agent to check with council
- next AGM Oct; committee elections: 2 new members

Summarize the AGM in five bullets for residents who couldn't attend."""),
(1, "creative_writing", "en", "none", "none", None, """Newsletter piece for our residents' association explaining why the service charge went up 18% (mostly insurance and the lift contract). Plain, friendly, about 180 words, invite questions."""),
(0, "classification", "en", "after", "reviews", None, """Tenant feedback about our property management company (positive/negative/mixed):
- "Repairs get done but only after three or four chasers."
- "Quick to reply, boiler fixed within a day."
- "Deposit returned in full and on time, thank you!"
- "Nobody answers the emergency line at weekends."
- "Friendly staff, but the app is useless." """),
(1, "open_qa", "en", "none", "none", None, """How do deposit protection schemes work in England, and what happens if the landlord never protected my deposit?"""),
(0, "summarization", "en", "after", "prose", None, """HOMEBUYER SURVEY - summary of condition ratings
Roof coverings (rating 2): Slate roof generally sound; about a dozen slipped or cracked slates on the rear slope; ridge tiles need repointing.
Chimney (rating 3): Rear chimney stack leaning slightly with eroded mortar; further investigation by a roofer recommended before exchange.
Rainwater goods (rating 2): Cast-iron gutters leaking at joints at the front.
Walls (rating 2): Solid brick walls; some spalled bricks to the rear elevation; minor cracking above the kitchen window, considered historic.
Windows (rating 2): Mix of original sash and later uPVC; sash cords broken in front bedroom.
Damp (rating 3): Raised damp meter readings at the base of the front wall inside; likely due to high external ground level and a blocked air brick, rather than a failed damp-proof course.
Electrics (rating 3): Consumer unit appears to be over 30 years old; no RCD protection seen; test by a registered electrician recommended.
Heating (rating 2): Combination boiler approximately 11 years old; service history not available.
Drainage (rating 1): No visible defects.
Legal matters for your conveyancer: extension at rear appears to be less than 15 years old; confirm planning and building regulations approval.

Summarize the survey: which issues need action before exchange and which can wait."""),
(0, "classification", "en", "before", "list", None, """Classify each cost as BUYER or SELLER cost in a typical English property sale: stamp duty, estate agent's fee, mortgage arrangement fee, Energy Performance Certificate, buyer's survey, redemption fee on existing mortgage"""),
(1, "general_qa", "en", "none", "none", None, """Survey came back with a leaning chimney and old wiring. Should I renegotiate the price or just ask the seller to fix things before exchange?"""),
(0, "summarization", "en", "after", "table", "W2-p091", """Warehouse KPIs - Week 34 vs target
KPI                          Target    Week 33   Week 34
Order accuracy               99.7%     99.6%     99.1%
On-time dispatch             98.0%     97.4%     93.8%
Lines picked per hour        110       108       96
Dock-to-stock time (hours)   24        26        41
Inventory accuracy           99.5%     99.5%     99.4%
Agency staff share           20%       24%       38%
Lost-time injuries           0         0         1

Summarize week 34 performance for the ops director in three sentences."""),
(1, "open_qa", "en", "after", "table", "W2-p091", """Warehouse KPIs - Week 34 vs target
KPI                          Target    Week 33   Week 34
Order accuracy               99.7%     99.6%     99.1%
On-time dispatch             98.0%     97.4%     93.8%
Lines picked per hour        110       108       96
Dock-to-stock time (hours)   24        26        41
Inventory accuracy           99.5%     99.5%     99.4%
Agency staff share           20%       24%       38%
Lost-time injuries           0         0         1

Is the jump in agency staff likely the cause of everything else getting worse, or could the arrow point the other way? What else would you check before concluding?"""),
(1, "creative_writing", "en", "none", "none", None, """Motivational message for warehouse night-shift staff during peak season. Short enough to read out at the start of shift."""),
(0, "classification", "en", "before", "email", None, """Is this customer message a delivery complaint, a returns request or a billing query?
"The parcel arrived but the box was crushed and two of the glasses are broken." """),
(0, "summarization", "en", "after", "form", "W2-p092", """MOTOR CLAIM NOTIFICATION
Policyholder vehicle: 2019 hatchback
Date/time of incident: 14 Feb, approx. 17:45
Location: Supermarket car park, Station Road
Description (policyholder): "I was reversing out of a space slowly. Another car drove behind me quickly, heading for the exit. We collided, his front wing into my rear bumper. He says I should have looked. I did look, he came from nowhere."
Third party: Details exchanged; third party says policyholder reversed into his path.
Witnesses: None identified. Supermarket may have CCTV.
Damage: Policyholder - rear bumper and tailgate; third party - front wing and headlight.
Injuries: None reported.
Police attended: No.
Photos: 6 attached.

Summarize this claim notification in two lines for the claims handler's queue."""),
(1, "general_qa", "en", "after", "form", "W2-p092", """MOTOR CLAIM NOTIFICATION
Policyholder vehicle: 2019 hatchback
Date/time of incident: 14 Feb, approx. 17:45
Location: Supermarket car park, Station Road
Description (policyholder): "I was reversing out of a space slowly. Another car drove behind me quickly, heading for the exit. We collided, his front wing into my rear bumper. He says I should have looked. I did look, he came from nowhere."
Third party: Details exchanged; third party says policyholder reversed into his path.
Witnesses: None identified. Supermarket may have CCTV.
Damage: Policyholder - rear bumper and tailgate; third party - front wing and headlight.
Injuries: None reported.
Police attended: No.
Photos: 6 attached.

I'm the policyholder. Car park reversing collisions are usually split 50/50, right? What can I do in the next few days to improve my chances, and will this hit my no-claims bonus?"""),
(1, "open_qa", "en", "none", "none", None, """Why do insurers usually split car park collisions 50/50 when nobody can prove fault?"""),
(0, "classification", "en", "before", "list", None, """Insurance line for each risk: PROPERTY, LIABILITY, MARINE or LIFE.
- cargo lost overboard in a storm
- customer slips on a wet floor in your shop
- warehouse fire
- death of a key employee
- ship collides with a pier
- client sues for negligent advice"""),
(1, "creative_writing", "en", "none", "none", None, """Tagline options for a small independent letting agency that promises to answer tenants within 24 hours. Six ideas."""),
(0, "summarization", "en", "after", "email", "W2-p093", """Dear Tenant,

I am writing to let you know that I intend to increase the rent for the property from 1,200 to 1,390 per month, with effect from 1 July. This reflects the current market rent for similar properties in the area and increases in my own costs, including mortgage interest and insurance. I have enclosed the formal notice. If you have any questions, please contact me.

I would also like to arrange an inspection of the property in the week of 10 June, and to have the gutters cleared at the same time. Please let me know which day would suit you.

Kind regards,
Landlord

summarise this letter in 2 lines"""),
(1, "creative_writing", "en", "after", "email", "W2-p093", """Dear Tenant,

I am writing to let you know that I intend to increase the rent for the property from 1,200 to 1,390 per month, with effect from 1 July. This reflects the current market rent for similar properties in the area and increases in my own costs, including mortgage interest and insurance. I have enclosed the formal notice. If you have any questions, please contact me.

I would also like to arrange an inspection of the property in the week of 10 June, and to have the gutters cleared at the same time. Please let me know which day would suit you.

Kind regards,
Landlord

Draft a reply to the landlord. I've been a reliable tenant for 4 years, 16% feels steep; similar flats on the street are listed at 1,300-1,325. Propose 1,300, stay polite, and confirm Wednesday 12 June for the inspection."""),
(0, "classification", "en", "before", "prose", None, """Is this listing for sale or to let? "Available from 1 March, 950 pcm, unfurnished, no DSS restrictions." """),
(1, "open_qa", "en", "none", "none", None, """what does "pcm" mean in UK rentals and why not just say monthly"""),
(0, "summarization", "en", "after", "prose", None, """LOSS ADJUSTER'S PRELIMINARY REPORT
Insured: independent bakery and cafe
Peril: Fire
Circumstances: A fire started at approximately 02:30 on 8 March in the rear kitchen. The fire brigade's initial view is that it originated at a commercial toaster left plugged in overnight. The fire was contained to the kitchen, but smoke damage affects the whole ground floor, including the seating area and display counters.
Damage: Kitchen equipment (ovens, mixer, toaster, fridges) - total loss; kitchen fit-out and extraction - total loss; shop front area - smoke damage requiring specialist cleaning and redecoration; stock - total loss.
Business interruption: The insured estimates closure of 10-14 weeks.
Policy position: Buildings, contents and business interruption cover in force. Indemnity period for BI is 12 months. Contents sum insured appears adequate; buildings sum insured may be inadequate following the 2021 refit (average may apply).
Reserve recommended: 185,000.
Next steps: Obtain fire brigade report; commission electrical engineer to examine toaster; obtain rebuild cost assessment to confirm underinsurance position.

Summarize this report for the claims manager in four bullets."""),
(0, "classification", "en", "before", "list", None, """Fraud indicators - flag each as RED FLAG or NORMAL:
1. Policy taken out 10 days before the claimed theft
2. Claimant provides receipts for all items
3. Claimant is reluctant to meet the adjuster in person
4. Several high-value items bought in cash with no receipts
5. Damage consistent with the reported cause
6. Claimant's story changes between first and second call"""),
(1, "general_qa", "en", "none", "none", None, """Claims handler, three months in. How do I tell a genuine customer who's just stressed from someone exaggerating a claim?"""),
(0, "summarization", "en", "after", "notes", None, """Viewing feedback - 14 Elm Close (3 bed semi), Saturday open house
- 9 parties viewed
- most liked: garden, size of kitchen, school catchment
- concerns: road noise from bypass (mentioned by 4), dated bathroom (3), no driveway (5)
- 2 parties want second viewings, one a cash buyer
- general feeling asking price (415k) a little high; 2 said "worth 395-400"
- vendor wants update Monday

Summarize for the vendor's update call."""),
(1, "general_qa", "en", "after", "notes", None, """Viewing feedback - 14 Elm Close (3 bed semi), Saturday open house
- 9 parties viewed
- most liked: garden, size of kitchen, school catchment
- concerns: road noise from bypass (mentioned by 4), dated bathroom (3), no driveway (5)
- 2 parties want second viewings, one a cash buyer
- general feeling asking price (415k) a little high; 2 said "worth 395-400"
- vendor wants update Monday

I'm the agent. The vendor is attached to 415k. How should I handle Monday's call, and should I advise a price reduction now or wait for second viewings?"""),
(0, "classification", "en", "before", "list", None, """Energy efficiency band A-G: classify by the given scale (A 92+, B 81-91, C 69-80, D 55-68, E 39-54, F 21-38, G 1-20).
House 1: 84 / House 2: 61 / House 3: 37 / House 4: 72 / House 5: 15"""),
(1, "open_qa", "en", "none", "none", None, """Is it worth improving an EPC from D to C before selling? Does it actually move the price?"""),
(0, "summarization", "en", "after", "prose", None, """Bill of lading clauses (reverse side, extract): The carrier shall not be liable for loss or damage arising from act, neglect or default of the master or crew in the navigation or management of the ship; fire, unless caused by the actual fault of the carrier; perils of the sea; act of God; act of war; quarantine restrictions; strikes; insufficiency of packing; or latent defects not discoverable by due diligence. In any event the carrier's liability shall not exceed 666.67 SDR per package or 2 SDR per kilogram of gross weight of the goods lost or damaged, whichever is higher, unless the nature and value of the goods have been declared by the shipper before shipment and inserted in this bill of lading.

Boil this down to two sentences for a customer who asks "what's the carrier actually liable for?" """),
(1, "creative_writing", "en", "none", "none", None, """A story of about 400 words told from the point of view of a shipping container on its 40th voyage."""),
(0, "classification", "en", "before", "prose", None, """Domestic or international shipment? "Origin: Rotterdam, NL. Destination: Antwerp, BE. Mode: road." """),
(0, "summarization", "en", "after", "prose", "W2-p094", """THIRD-PARTY LOGISTICS SERVICES AGREEMENT - KEY COMMERCIAL TERMS (extract)

1. Services. The Provider shall receive, store, pick, pack and dispatch the Client's products from its Daventry facility, and shall manage returns processing, in accordance with the Service Description in Schedule 1.

2. Volumes. The Client forecasts between 18,000 and 26,000 outbound orders per month. The Client shall provide a rolling 13-week volume forecast every Monday. Where actual weekly volumes exceed the forecast by more than 20%, the Provider shall use reasonable endeavours to process the excess but shall not be liable for any failure to meet the service levels in respect of the excess.

3. Minimum charge. The Client shall pay a minimum monthly management fee of 22,000, regardless of volumes, in addition to activity-based charges.

4. Charges. Storage is charged per pallet per week at 3.10; picking at 0.42 per order plus 0.11 per additional line; packaging materials at cost plus 12%; returns processing at 1.35 per item. Charges shall be reviewed annually on 1 April and may increase by the higher of RPI and 3%.

5. Service levels. The Provider shall dispatch 99.0% of orders received before the 14:00 cut-off on the same working day, and achieve order accuracy of 99.8% and stock accuracy of 99.5% (measured by quarterly cycle count). For each full 0.5% below the dispatch target in any month, a service credit of 2% of that month's activity charges shall apply, capped at 10% of activity charges in any month. Service credits are the Client's sole and exclusive remedy for failure to meet the service levels.

6. Liability for stock. The Provider shall be liable for loss of or damage to the Client's stock while in its custody caused by its negligence, up to a maximum of 5.00 per kilogram of the goods lost or damaged, and in aggregate not more than 250,000 per year. Stock losses identified at the annual stock take within a tolerance of 0.25% of the total stock value shall be deemed acceptable shrinkage and shall not be compensated.

7. Insurance. The Client shall insure its stock for its full value while stored at the Provider's facility. The Provider shall maintain public liability insurance of at least 10 million.

8. Term and termination. The initial term is three years. Either party may terminate on 12 months' notice expiring on or after the end of the initial term. On termination, the Provider shall charge for the removal of the Client's stock at its then current rates, and the Client shall purchase, at cost, any Client-specific packaging held by the Provider.

9. Exclusivity. During the term, the Client shall not appoint any other logistics provider for the UK fulfilment of products within the scope of this Agreement.

Give me the commercial terms in a one-page summary table: topic, what it says, and any number attached."""),
(1, "general_qa", "en", "after", "prose", "W2-p094", """THIRD-PARTY LOGISTICS SERVICES AGREEMENT - KEY COMMERCIAL TERMS (extract)

1. Services. The Provider shall receive, store, pick, pack and dispatch the Client's products from its Daventry facility, and shall manage returns processing, in accordance with the Service Description in Schedule 1.

2. Volumes. The Client forecasts between 18,000 and 26,000 outbound orders per month. The Client shall provide a rolling 13-week volume forecast every Monday. Where actual weekly volumes exceed the forecast by more than 20%, the Provider shall use reasonable endeavours to process the excess but shall not be liable for any failure to meet the service levels in respect of the excess.

3. Minimum charge. The Client shall pay a minimum monthly management fee of 22,000, regardless of volumes, in addition to activity-based charges.

4. Charges. Storage is charged per pallet per week at 3.10; picking at 0.42 per order plus 0.11 per additional line; packaging materials at cost plus 12%; returns processing at 1.35 per item. Charges shall be reviewed annually on 1 April and may increase by the higher of RPI and 3%.

5. Service levels. The Provider shall dispatch 99.0% of orders received before the 14:00 cut-off on the same working day, and achieve order accuracy of 99.8% and stock accuracy of 99.5% (measured by quarterly cycle count). For each full 0.5% below the dispatch target in any month, a service credit of 2% of that month's activity charges shall apply, capped at 10% of activity charges in any month. Service credits are the Client's sole and exclusive remedy for failure to meet the service levels.

6. Liability for stock. The Provider shall be liable for loss of or damage to the Client's stock while in its custody caused by its negligence, up to a maximum of 5.00 per kilogram of the goods lost or damaged, and in aggregate not more than 250,000 per year. Stock losses identified at the annual stock take within a tolerance of 0.25% of the total stock value shall be deemed acceptable shrinkage and shall not be compensated.

7. Insurance. The Client shall insure its stock for its full value while stored at the Provider's facility. The Provider shall maintain public liability insurance of at least 10 million.

8. Term and termination. The initial term is three years. Either party may terminate on 12 months' notice expiring on or after the end of the initial term. On termination, the Provider shall charge for the removal of the Client's stock at its then current rates, and the Client shall purchase, at cost, any Client-specific packaging held by the Provider.

9. Exclusivity. During the term, the Client shall not appoint any other logistics provider for the UK fulfilment of products within the scope of this Agreement.

We sell skincare, products are small and light (average order 0.4 kg, high value per kg), and our volumes are seasonal with a big Q4 spike. We're the client. Which of these terms hurt us most, and what would you try to renegotiate before signing?"""),
(0, "classification", "en", "before", "prose", None, """Pallet, parcel or full truckload? "Shipment: 26 pallets, 19 tonnes, single consignee." """),
(1, "creative_writing", "en", "none", "none", None, """Funny but kind note for the office kitchen: whoever keeps taking the delivery drivers' milk, please stop."""),
(0, "classification", "en", "before", "list", None, """Customs: which items usually need a licence or extra paperwork to export from the UK? Mark LICENCE or STANDARD.
- cotton t-shirts
- night-vision goggles
- paperback books
- industrial chemicals listed as dual-use
- frozen fish
- antique painting over 50 years old"""),
(1, "general_qa", "en", "none", "none", None, """Moving from a 20k sq ft warehouse to 60k sq ft next year. What should be on our project plan that people usually forget?"""),
(0, "summarization", "en", "after", "email", None, """Hi all,

Update on the Q4 peak plan. Agency staffing: we've secured 85 of the 110 temps we need from week 44; the remaining 25 are being recruited through a second agency, with inductions on Saturdays. Carrier capacity: our main parcel carrier has capped us at 12,000 parcels a day during Black Friday week (we forecast 15,500). I've agreed overflow with a second carrier at a 9% higher rate. Extra trailers: 4 additional trailers booked for yard storage from 1 November. Systems: IT will freeze changes from 10 November to 5 January. Cut-off times will move from 14:00 to 12:00 for next-day delivery during Black Friday week; customer service needs to update the website messaging.

Thanks,
Peak planning lead

Summarize the peak plan status in four bullets."""),
(1, "open_qa", "en", "none", "none", None, """Why do parcel carriers cap volumes during peak instead of just charging more?"""),
(0, "classification", "en", "before", "list", None, """Mode of transport: AIR, SEA, ROAD or RAIL?
1. 40ft container Shanghai to Felixstowe, 32 days
2. 2 kg of pharmaceutical samples Boston to London overnight
3. Curtainsider from Madrid to Lyon
4. Container block train Chongqing to Duisburg, 16 days"""),
(0, "summarization", "en", "after", "chat", "W2-p095", """Tenant: hi, the boiler is making a banging noise again and there's no hot water since this morning
Agent: Sorry to hear that. Is the pressure gauge on the front below 1?
Tenant: it says 0.5
Agent: OK, that's likely the issue. Our engineer can come tomorrow between 8 and 12. Can you give access?
Tenant: I work tomorrow, can he come after 5?
Agent: He doesn't do evenings. Could a neighbour let him in, or shall I use the office key?
Tenant: ok use the office key. also the bathroom fan stopped working last week, can he look at that too
Agent: I'll add it to the job. Ticket number is 48812.
Tenant: thanks

Summarize this chat for the maintenance log."""),
(1, "general_qa", "en", "after", "chat", "W2-p095", """Tenant: hi, the boiler is making a banging noise again and there's no hot water since this morning
Agent: Sorry to hear that. Is the pressure gauge on the front below 1?
Tenant: it says 0.5
Agent: OK, that's likely the issue. Our engineer can come tomorrow between 8 and 12. Can you give access?
Tenant: I work tomorrow, can he come after 5?
Agent: He doesn't do evenings. Could a neighbour let him in, or shall I use the office key?
Tenant: ok use the office key. also the bathroom fan stopped working last week, can he look at that too
Agent: I'll add it to the job. Ticket number is 48812.
Tenant: thanks

I'm the tenant. Can I safely repressurise the boiler myself tonight so I have hot water, and how? It's a combi, I can see a filling loop underneath."""),
(0, "classification", "en", "before", "email", None, """Letting enquiry or maintenance request? "Is the one-bed on Park Lane still available, and does it allow pets?" """),
(1, "creative_writing", "en", "none", "none", None, """Welcome pack intro for new tenants of our student houses: bins day, who to call for repairs, a bit of humour. 150 words."""),
(0, "summarization", "en", "after", "prose", None, """Renewal notice - commercial combined policy
Your policy renews on 1 May. The renewal premium is 6,840 including insurance premium tax, compared with 5,310 last year. The increase reflects a claim paid in October (water damage, 18,400), an increase in your declared turnover from 1.1m to 1.4m, and a general rate increase in the property market. At renewal we have also increased the excess for escape of water from 500 to 2,500 and added a condition requiring an annual inspection of the sprinkler system by an approved contractor. Please check your sums insured, which have been index-linked by 6%, and tell us about any changes to your business activities. If we don't hear from you, the policy will renew automatically by direct debit.

Key changes at renewal, one line each."""),
(1, "general_qa", "en", "none", "none", None, """Our business insurance renewal jumped 29% after one water claim. Is it worth going to a broker, and what should I tell them?"""),
(0, "classification", "en", "before", "list", None, """Label each loss event as ATTRITIONAL or CATASTROPHE for our reinsurance report:
- burst pipe in a single home
- hurricane damaging 40,000 properties
- one car written off in a crash
- regional flood affecting two towns
- theft from a shed"""),
(1, "open_qa", "en", "none", "none", None, """What does a reinsurer actually do, and why do insurers buy reinsurance at all?"""),
(0, "summarization", "en", "after", "notes", "W2-p096", """Route planning review - depot 4 (van delivery)
- 18 routes, avg 112 drops/route
- failed first-time delivery 7.8% (network avg 5.1%)
- worst routes: R07, R11 (rural, no safe-place option) and R15 (city flats, no access codes)
- drivers report 20-30 min lost daily at the depot loading - vans not pre-sorted by drop order
- fuel per drop up 9% YoY, partly due to diversions from roadworks on the A46
- 3 drivers new in last month
- customer notification texts go out at 07:00, many customers say they'd prefer a 1-hour window

Condense this into a short summary for the regional manager."""),
(1, "general_qa", "en", "after", "notes", "W2-p096", """Route planning review - depot 4 (van delivery)
- 18 routes, avg 112 drops/route
- failed first-time delivery 7.8% (network avg 5.1%)
- worst routes: R07, R11 (rural, no safe-place option) and R15 (city flats, no access codes)
- drivers report 20-30 min lost daily at the depot loading - vans not pre-sorted by drop order
- fuel per drop up 9% YoY, partly due to diversions from roadworks on the A46
- 3 drivers new in last month
- customer notification texts go out at 07:00, many customers say they'd prefer a 1-hour window

What would you do first to bring the failed-delivery rate down to the network average within a quarter? Budget is tight."""),
(0, "classification", "en", "before", "prose", None, """Residential or commercial lease? "The Tenant shall use the Premises only as offices within Class E(g)(i)." """),
(1, "creative_writing", "en", "none", "none", None, """limerick about a forklift driver who's terrible at parallel parking"""),
(0, "summarization", "en", "after", "prose", None, """Appraisal summary: The subject property is a four-bedroom detached house of about 1,850 sq ft on a 0.2-acre plot in a popular village location. It was built in the 1980s and extended in 2012. The property is in good condition throughout, although the kitchen and main bathroom are dated. Comparable sales over the last six months in the same village range from 520,000 to 585,000 for similar four-bedroom houses, with the higher figures for houses with modern kitchens and garages. The subject property has no garage but has parking for three cars. Taking these factors into account, we consider the market value to be 545,000, and we would expect a sale within 8-12 weeks if marketed at 550,000.

one-line summary of the valuation"""),
(0, "classification", "en", "before", "list", None, """Stock classification ABC (A = top 80% of value, B = next 15%, C = last 5%). Annual usage value share:
SKU-1 42%, SKU-2 25%, SKU-3 14%, SKU-4 8%, SKU-5 5%, SKU-6 3%, SKU-7 2%, SKU-8 1%
Assign A, B or C to each SKU."""),
(1, "open_qa", "en", "none", "none", None, """Why do supermarkets use cross-docking instead of storing everything in a warehouse?"""),
(1, "general_qa", "en", "none", "none", None, """Landlord won't fix the mould in my bedroom after three months of asking. What are my next steps? England."""),
(0, "summarization", "en", "after", "email", "W2-p097", """Dear Ms Hartley,

Claim reference HC-552190 - escape of water, 3 Ravenswood Drive

Thank you for your patience while we investigated your claim. Our surveyor's report confirms that the damage to the kitchen floor and lower units was caused by water leaking from the seal around the base of the dishwasher over an extended period, estimated at several months, rather than by a sudden escape of water. Your policy excludes loss or damage caused by water escaping gradually over a period of time (Section 1, exclusion d). We are therefore unable to accept this part of the claim.

We can, however, accept the cost of tracing and accessing the leak under the trace-and-access extension, up to the limit of 5,000, subject to your excess of 500. Please send us the invoice from your plumber so that we can arrange payment.

If you disagree with our decision you can ask us to review it, and if you remain unhappy you can refer your complaint to the Financial Ombudsman Service within six months of our final response.

Yours sincerely,
Claims Team

Summarize the insurer's decision in two sentences."""),
(1, "general_qa", "en", "after", "email", "W2-p097", """Dear Ms Hartley,

Claim reference HC-552190 - escape of water, 3 Ravenswood Drive

Thank you for your patience while we investigated your claim. Our surveyor's report confirms that the damage to the kitchen floor and lower units was caused by water leaking from the seal around the base of the dishwasher over an extended period, estimated at several months, rather than by a sudden escape of water. Your policy excludes loss or damage caused by water escaping gradually over a period of time (Section 1, exclusion d). We are therefore unable to accept this part of the claim.

We can, however, accept the cost of tracing and accessing the leak under the trace-and-access extension, up to the limit of 5,000, subject to your excess of 500. Please send us the invoice from your plumber so that we can arrange payment.

If you disagree with our decision you can ask us to review it, and if you remain unhappy you can refer your complaint to the Financial Ombudsman Service within six months of our final response.

Yours sincerely,
Claims Team

This is my letter. The dishwasher was only 14 months old and we never saw any water until the floor lifted. Is it worth challenging? What evidence would help, and should I go straight to the ombudsman?"""),
(0, "classification", "en", "before", "email", None, """Complaint or request? "Please can you send me a copy of my policy schedule, I can't find it." """),
(1, "creative_writing", "en", "none", "none", None, """Six names for a cold-chain courier start-up that delivers vaccines to rural clinics."""),
(0, "summarization", "en", "after", "table", None, """Carrier rate comparison - pallet network, zone 2, per pallet
Carrier     Quarter   Half    Full    Fuel surcharge   Tail-lift fee   Transit
A           38        46      62      14%              8               next day
B           41        44      58      18%              included        next day
C           33        40      55      21%              12              2-day
Average claims ratio (damaged pallets): A 0.6%, B 0.3%, C 1.4%

Summarize which carrier is cheapest for full pallets once fuel and tail-lift are included, and the trade-offs, in three sentences."""),
(1, "general_qa", "en", "none", "none", None, """We're a furniture retailer, half our deliveries need a tail-lift. How should we choose between a pallet network and a dedicated van fleet?"""),
(0, "classification", "en", "before", "list", None, """Move each tenant issue into LANDLORD RESPONSIBILITY or TENANT RESPONSIBILITY (standard English AST):
- replacing a blown light bulb
- broken boiler
- blocked sink caused by food waste
- leaking roof
- faulty wiring
- lost keys"""),
(1, "open_qa", "en", "none", "none", None, """Can a landlord in England enter the flat without my permission if they give 24 hours' notice?"""),
(1, "creative_writing", "en", "none", "none", None, """Speech for the opening of our new distribution centre: local MP attending, 150 new jobs, solar roof. Three minutes, not too corporate."""),
(0, "summarization", "en", "after", "transcript", None, """Call recording - insurance helpline (transcribed)
Agent: Thanks for calling, how can I help?
Caller: My car was broken into last night. They smashed the back window and took my laptop bag from the footwell.
Agent: I'm sorry. Have you reported it to the police?
Caller: Yes, I've got a crime reference number.
Agent: Great. Your motor policy covers the window under glass cover, with a 100 excess, and we can book a repair today. Personal belongings in the car are covered up to 250, but laptops are excluded under the motor policy.
Caller: Oh. Would my home insurance cover it?
Agent: It might, if you have personal possessions cover away from the home. You'd need to check with your home insurer.
Caller: OK. Let's book the window.
Agent: Booked for tomorrow between 8 and 1 at your home address.

Summarize the call for the claim file, three lines."""),
(0, "classification", "en", "before", "list", None, """Tag each property enquiry BUYER, SELLER, LANDLORD or TENANT:
1. "What would my flat be worth if I sold now?"
2. "Do you have any two-beds to rent near the hospital?"
3. "I want to let out my late mother's house."
4. "Can I book a viewing of the cottage on Mill Road? We're mortgage-approved." """),
(1, "general_qa", "en", "none", "none", None, """I've inherited my mum's house. Sell it or rent it out? Mortgage-free, needs about 15k of work."""),
(0, "summarization", "en", "after", "prose", None, """The conveyancing search results show that the property is not in a conservation area and is not a listed building. There are no outstanding planning enforcement notices. A planning application for a two-storey side extension was approved in 2016 and building regulations completion was issued in 2017. The road is adopted and maintained by the council. The drainage search confirms the property is connected to the public sewer. The environmental search indicates a low risk of river flooding but a medium risk of surface water flooding. There is a coal mining report showing past underground workings at depth, but no recorded subsidence claims in the area.

Summarize the searches in three bullets for the buyer."""),
(1, "open_qa", "en", "none", "none", None, """"Medium risk of surface water flooding" on my property search - what does that mean in practice? Will it affect insurance?"""),
(0, "classification", "en", "before", "prose", None, """Freehold or leasehold? "Lease term: 125 years from 2005, ground rent 250 per annum." """),
(1, "creative_writing", "en", "none", "none", None, """Sea shanty about a late container ship stuck at anchor outside the port. Four verses and a chorus."""),
(0, "summarization", "en", "after", "prose", None, """Driver's incident statement: I was on my second drop of the day on the industrial estate. I reversed into the loading bay slowly using my mirrors and the reversing camera. The banksman signalled me back and then walked away to answer his phone. As I completed the reverse, my nearside rear corner hit a concrete bollard that was not visible on the camera because it was covered in snow. I stopped immediately and got out. There was a dent in the rear corner panel and the light cluster was broken. No one was hurt. I took photos and reported it to the traffic office by phone at 09:20.

Two-line summary for the fleet damage log."""),
(0, "classification", "en", "before", "list", None, """Which costs are FIXED and which are VARIABLE for a haulage company? driver wages per trip, vehicle insurance, diesel, depot rent, tyres, road tolls, vehicle finance payments"""),
(1, "general_qa", "en", "none", "none", None, """Fuel is now 38% of our haulage costs. Practical ways to bring that down that don't need new trucks?"""),
(1, "open_qa", "en", "none", "none", None, """Why do insurers ask about your job when pricing car insurance?"""),
(0, "summarization", "en", "after", "reviews", None, """Reviews of our removals company this month:
- "Team were careful with the piano, arrived on time, highly recommend."
- "One box of glasses smashed, but they paid for it without fuss."
- "Quote doubled on the day because 'there was more stuff than expected'."
- "Friendly lads, finished in 5 hours."
- "They left mud all over the new carpet."

Summarize what customers are saying, two sentences."""),
(1, "creative_writing", "en", "after", "reviews", None, """Reviews of our removals company this month:
- "Team were careful with the piano, arrived on time, highly recommend."
- "One box of glasses smashed, but they paid for it without fuss."
- "Quote doubled on the day because 'there was more stuff than expected'."
- "Friendly lads, finished in 5 hours."
- "They left mud all over the new carpet."

Write a public reply to the review about the quote doubling. Apologetic, explain we now do video surveys to get quotes right, offer to call them."""),
(0, "classification", "en", "before", "email", None, """Language of this shipping notice? "Ihre Sendung wurde zugestellt und beim Nachbarn abgegeben." """),
(0, "classification", "en", "before", "list", None, """Insurance type needed: BUILDINGS, CONTENTS or LANDLORD LIABILITY?
a) tenant's laptop stolen
b) fire damages the roof
c) visitor trips on a broken stair in a rented flat
d) flood ruins the sofa"""),
(1, "general_qa", "en", "none", "none", None, """Renting out my flat for the first time. What insurance do I actually need as a landlord?"""),
(0, "summarization", "en", "before", "prose", None, """TL;DR: "Due to the planned closure of the M6 between junctions 10 and 11 this weekend, all collections from the Walsall depot will be brought forward to Friday afternoon, and Saturday deliveries in the WS postcodes may arrive up to two hours later than usual." """),
(1, "creative_writing", "en", "none", "none", None, """Customer text message telling people their Saturday delivery may be up to 2 hours late because of a motorway closure. Under 160 characters."""),
(0, "classification", "en", "before", "prose", None, """Is this a quote request or a booking confirmation? "Please confirm collection of 4 pallets from our Leeds site on Tuesday, reference PO-7781." """),
(1, "open_qa", "en", "none", "none", None, """How does a freight forwarder make money? Aren't they just middlemen?"""),
]
