# writer professions, part 01. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p001", """7.1 The Receiving Party shall hold in strict confidence all Confidential Information disclosed by the Disclosing Party, whether orally, in writing or by inspection, and shall not use such information for any purpose other than evaluating the Proposed Transaction.
7.2 The obligations in clause 7.1 shall survive termination of this Agreement for a period of five (5) years, save that obligations relating to trade secrets shall continue for so long as the information remains a trade secret under applicable law.
7.3 The Receiving Party may disclose Confidential Information to its employees and professional advisers who need to know it, provided they are bound by obligations no less protective than those set out herein.

Summarize this clause for the client in plain English, two sentences max."""),
(1, "open_qa", "en", "after", "prose", "W2-p001", """7.1 The Receiving Party shall hold in strict confidence all Confidential Information disclosed by the Disclosing Party, whether orally, in writing or by inspection, and shall not use such information for any purpose other than evaluating the Proposed Transaction.
7.2 The obligations in clause 7.1 shall survive termination of this Agreement for a period of five (5) years, save that obligations relating to trade secrets shall continue for so long as the information remains a trade secret under applicable law.
7.3 The Receiving Party may disclose Confidential Information to its employees and professional advisers who need to know it, provided they are bound by obligations no less protective than those set out herein.

Would a five-year survival period like the one in 7.2 actually hold up against an individual in Germany, or would a court cut it down?"""),
(0, "classification", "en", "before", "list", None, """Tag each clause as INDEMNITY, LIABILITY CAP, TERMINATION or GOVERNING LAW.

1. Either party may end this agreement on thirty days' written notice.
2. This Agreement is governed by the laws of England and Wales.
3. Supplier shall defend and hold harmless Customer against any third-party claim that the Software infringes intellectual property rights.
4. Neither party's aggregate liability shall exceed the fees paid in the twelve months preceding the claim.
5. Customer may terminate with immediate effect if Supplier becomes insolvent."""),
(1, "general_qa", "en", "none", "none", None, """what should a freelancer check before signing an NDA from a big client?"""),
(0, "classification", "en", "after", "email", "W2-p002", """Hi,

I got your invoice for the March work but the hours look higher than what we agreed, 14 instead of 10. Can someone explain the difference before I pay?

Regards,
Tom

---
Is this a complaint or a request? One word."""),
(1, "creative_writing", "en", "after", "email", "W2-p002", """Hi,

I got your invoice for the March work but the hours look higher than what we agreed, 14 instead of 10. Can someone explain the difference before I pay?

Regards,
Tom

---
Draft a polite reply from our office explaining that the extra 4 hours were for the second round of revisions he asked for on 18 March. Offer a call if he wants to go through the timesheet."""),
(0, "summarization", "en", "after", "prose", "W2-p003", """HARWELL FABRICATION LTD v OSTRANDER LOGISTICS LTD
Judgment (extract)

1. The claimant manufactures steel shelving. In January it agreed orally with the defendant's regional manager that the defendant would store 400 pallets of finished goods at its Corby warehouse for twelve months at a fixed monthly rate. No written contract was signed. After four months the defendant gave two weeks' notice that it required the space and asked the claimant to remove its goods.

2. The claimant says the oral agreement was for a fixed term and that the defendant is liable for the additional cost of alternative storage, which it puts at 61,400. The defendant says the regional manager had no authority to agree a fixed term, and that in any event the arrangement was terminable on reasonable notice.

3. I find, on the balance of probabilities, that a fixed term of twelve months was agreed. The contemporaneous email of 14 January, in which the regional manager wrote "that's you sorted for the year", is consistent only with a fixed term. I also find that the regional manager had ostensible authority: the defendant had allowed him to negotiate storage terms with other customers over several years and had never told the claimant of any limit on his authority.

4. Two weeks' notice was therefore a repudiatory breach. The claimant accepted the repudiation by removing its goods. It is entitled to damages for the reasonable cost of alternative storage for the remaining eight months, less the sums it would have paid the defendant. I assess those damages at 38,900.

Give me the holding and the court's reasoning in five bullets."""),
(1, "open_qa", "en", "after", "prose", "W2-p003", """HARWELL FABRICATION LTD v OSTRANDER LOGISTICS LTD
Judgment (extract)

1. The claimant manufactures steel shelving. In January it agreed orally with the defendant's regional manager that the defendant would store 400 pallets of finished goods at its Corby warehouse for twelve months at a fixed monthly rate. No written contract was signed. After four months the defendant gave two weeks' notice that it required the space and asked the claimant to remove its goods.

2. The claimant says the oral agreement was for a fixed term and that the defendant is liable for the additional cost of alternative storage, which it puts at 61,400. The defendant says the regional manager had no authority to agree a fixed term, and that in any event the arrangement was terminable on reasonable notice.

3. I find, on the balance of probabilities, that a fixed term of twelve months was agreed. The contemporaneous email of 14 January, in which the regional manager wrote "that's you sorted for the year", is consistent only with a fixed term. I also find that the regional manager had ostensible authority: the defendant had allowed him to negotiate storage terms with other customers over several years and had never told the claimant of any limit on his authority.

4. Two weeks' notice was therefore a repudiatory breach. The claimant accepted the repudiation by removing its goods. It is entitled to damages for the reasonable cost of alternative storage for the remaining eight months, less the sums it would have paid the defendant. I assess those damages at 38,900.

Explain the idea of ostensible (apparent) authority the judge relies on in para 3. Why can a company be bound by a manager who wasn't actually allowed to agree the term?"""),
(1, "open_qa", "en", "none", "none", None, """Difference between a warranty and an indemnity?"""),
(1, "open_qa", "en", "none", "none", None, """What is consideration in contract law, and why do some countries not need it at all?"""),
(0, "classification", "en", "before", "list", None, """Which of these are intellectual property rights? patent, lien, trademark, easement, copyright, design right, mortgage"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, friendly paragraph for our family law firm's website explaining what a prenuptial agreement is. No jargon, no scare tactics, around 120 words."""),
(0, "summarization", "en", "after", "email", "W2-p004", """From: R. Castellano
To: J. Whitfield
Subject: RE: RE: Dunmore v Pellar - without prejudice

Jenna, thanks for your call this morning. As discussed, my client will not move above 35,000 inclusive of costs. We think your client's loss-of-earnings figure is inflated, and the medical evidence on the back injury is thin. That said, we'd rather avoid a trial in the spring. Offer open until Friday 5pm.
Rob

> From: J. Whitfield
> Rob, our client's schedule of loss comes to 92,000 and we're confident on liability given the CCTV. We'd recommend 75,000 plus costs to her. Let me know.
> Jenna

>> From: R. Castellano
>> Jenna, following the joint meeting of experts my client is prepared to offer 25,000 in full and final settlement.

TL;DR for the partner, please. Where do the numbers stand?"""),
(1, "general_qa", "en", "after", "email", "W2-p004", """From: R. Castellano
To: J. Whitfield
Subject: RE: RE: Dunmore v Pellar - without prejudice

Jenna, thanks for your call this morning. As discussed, my client will not move above 35,000 inclusive of costs. We think your client's loss-of-earnings figure is inflated, and the medical evidence on the back injury is thin. That said, we'd rather avoid a trial in the spring. Offer open until Friday 5pm.
Rob

> From: J. Whitfield
> Rob, our client's schedule of loss comes to 92,000 and we're confident on liability given the CCTV. We'd recommend 75,000 plus costs to her. Let me know.
> Jenna

>> From: R. Castellano
>> Jenna, following the joint meeting of experts my client is prepared to offer 25,000 in full and final settlement.

I'm Jenna. Our client has told me privately she'd accept 55k net. What should I counter with, and how do I handle the "thin medical evidence" point?"""),
(0, "classification", "en", "before", "prose", "W2-p005", """Route to the right practice group (employment, real estate, IP, corporate, litigation):
"My landlord kept my deposit of 1,800 and won't answer my calls." """),
(1, "general_qa", "en", "inline", "prose", "W2-p005", """My landlord kept my deposit of 1,800 and won't answer my calls. It's been six weeks since I moved out and I left the flat spotless, I have photos. What are my options here?"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(0, "summarization", "en", "before", "prose", "W2-p006", """Summarize sections 2 to 5 below for the product team as short bullet points. They are not lawyers.

2. Grant of Copyright License. Subject to the terms and conditions of
this License, each Contributor hereby grants to You a perpetual,
worldwide, non-exclusive, no-charge, royalty-free, irrevocable
copyright license to reproduce, prepare Derivative Works of,
publicly display, publicly perform, sublicense, and distribute the
Work and such Derivative Works in Source or Object form.

3. Grant of Patent License. Subject to the terms and conditions of
this License, each Contributor hereby grants to You a perpetual,
worldwide, non-exclusive, no-charge, royalty-free, irrevocable
(except as stated in this section) patent license to make, have made,
use, offer to sell, sell, import, and otherwise transfer the Work,
where such license applies only to those patent claims licensable
by such Contributor that are necessarily infringed by their
Contribution(s) alone or by combination of their Contribution(s)
with the Work to which such Contribution(s) was submitted. If You
institute patent litigation against any entity (including a
cross-claim or counterclaim in a lawsuit) alleging that the Work
or a Contribution incorporated within the Work constitutes direct
or contributory patent infringement, then any patent licenses
granted to You under this License for that Work shall terminate
as of the date such litigation is filed.

4. Redistribution. You may reproduce and distribute copies of the
Work or Derivative Works thereof in any medium, with or without
modifications, and in Source or Object form, provided that You
meet the following conditions:

(a) You must give any other recipients of the Work or
Derivative Works a copy of this License; and

(b) You must cause any modified files to carry prominent notices
stating that You changed the files; and

(c) You must retain, in the Source form of any Derivative Works
that You distribute, all copyright, patent, trademark, and
attribution notices from the Source form of the Work,
excluding those notices that do not pertain to any part of
the Derivative Works; and

(d) If the Work includes a "NOTICE" text file as part of its
distribution, then any Derivative Works that You distribute must
include a readable copy of the attribution notices contained
within such NOTICE file, excluding those notices that do not
pertain to any part of the Derivative Works, in at least one
of the following places: within a NOTICE text file distributed
as part of the Derivative Works; within the Source form or
documentation, if provided along with the Derivative Works; or,
within a display generated by the Derivative Works, if and
wherever such third-party notices normally appear. The contents
of the NOTICE file are for informational purposes only and
do not modify the License. You may add Your own attribution
notices within Derivative Works that You distribute, alongside
or as an addendum to the NOTICE text from the Work, provided
that such additional attribution notices cannot be construed
as modifying the License.

You may add Your own copyright statement to Your modifications and
may provide additional or different license terms and conditions
for use, reproduction, or distribution of Your modifications, or
for any such Derivative Works as a whole, provided Your use,
reproduction, and distribution of the Work otherwise complies with
the conditions stated in this License.

5. Submission of Contributions. Unless You explicitly state otherwise,
any Contribution intentionally submitted for inclusion in the Work
by You to the Licensor shall be under the terms and conditions of
this License, without any additional terms or conditions.
Notwithstanding the above, nothing herein shall supersede or modify
the terms of any separate license agreement you may have executed
with Licensor regarding such Contributions."""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(1, "open_qa", "en", "before", "prose", "W2-p006", """We ship a closed-source mobile app that bundles a library under the licence below, and we patched two of its files. Do we have to publish our own source code? What exactly do we have to include in the app, and does the patent part put us at risk if we ever sue a competitor?

2. Grant of Copyright License. Subject to the terms and conditions of
this License, each Contributor hereby grants to You a perpetual,
worldwide, non-exclusive, no-charge, royalty-free, irrevocable
copyright license to reproduce, prepare Derivative Works of,
publicly display, publicly perform, sublicense, and distribute the
Work and such Derivative Works in Source or Object form.

3. Grant of Patent License. Subject to the terms and conditions of
this License, each Contributor hereby grants to You a perpetual,
worldwide, non-exclusive, no-charge, royalty-free, irrevocable
(except as stated in this section) patent license to make, have made,
use, offer to sell, sell, import, and otherwise transfer the Work,
where such license applies only to those patent claims licensable
by such Contributor that are necessarily infringed by their
Contribution(s) alone or by combination of their Contribution(s)
with the Work to which such Contribution(s) was submitted. If You
institute patent litigation against any entity (including a
cross-claim or counterclaim in a lawsuit) alleging that the Work
or a Contribution incorporated within the Work constitutes direct
or contributory patent infringement, then any patent licenses
granted to You under this License for that Work shall terminate
as of the date such litigation is filed.

4. Redistribution. You may reproduce and distribute copies of the
Work or Derivative Works thereof in any medium, with or without
modifications, and in Source or Object form, provided that You
meet the following conditions:

(a) You must give any other recipients of the Work or
Derivative Works a copy of this License; and

(b) You must cause any modified files to carry prominent notices
stating that You changed the files; and

(c) You must retain, in the Source form of any Derivative Works
that You distribute, all copyright, patent, trademark, and
attribution notices from the Source form of the Work,
excluding those notices that do not pertain to any part of
the Derivative Works; and

(d) If the Work includes a "NOTICE" text file as part of its
distribution, then any Derivative Works that You distribute must
include a readable copy of the attribution notices contained
within such NOTICE file, excluding those notices that do not
pertain to any part of the Derivative Works, in at least one
of the following places: within a NOTICE text file distributed
as part of the Derivative Works; within the Source form or
documentation, if provided along with the Derivative Works; or,
within a display generated by the Derivative Works, if and
wherever such third-party notices normally appear. The contents
of the NOTICE file are for informational purposes only and
do not modify the License. You may add Your own attribution
notices within Derivative Works that You distribute, alongside
or as an addendum to the NOTICE text from the Work, provided
that such additional attribution notices cannot be construed
as modifying the License.

You may add Your own copyright statement to Your modifications and
may provide additional or different license terms and conditions
for use, reproduction, or distribution of Your modifications, or
for any such Derivative Works as a whole, provided Your use,
reproduction, and distribution of the Work otherwise complies with
the conditions stated in this License.

5. Submission of Contributions. Unless You explicitly state otherwise,
any Contribution intentionally submitted for inclusion in the Work
by You to the Licensor shall be under the terms and conditions of
this License, without any additional terms or conditions.
Notwithstanding the above, nothing herein shall supersede or modify
the terms of any separate license agreement you may have executed
with Licensor regarding such Contributions."""),
(0, "classification", "en", "before", "list", None, """Criminal or civil matter? Label each.
- negligence claim after a slip in a supermarket
- armed robbery
- unpaid invoice dispute between two companies
- drink driving
- divorce"""),
(1, "open_qa", "en", "none", "none", None, """how long does probate usually take in England if there's no will"""),
(1, "creative_writing", "en", "none", "none", None, """Write a limerick about a lawyer who bills in six-minute increments."""),
(0, "summarization", "en", "after", "transcript", None, """Q. Ms Adeyemi, you were the shift supervisor on the night of 3 November?
A. Yes.
Q. And you signed the handover log at 22:00?
A. I signed it, yes, but I didn't write the entries above my signature.
Q. Who wrote them?
A. Mr Fowler, the outgoing supervisor.
Q. Did you check the forklift inspection box before signing?
A. I looked at the sheet. The box was ticked.
Q. Did you physically inspect forklift 4?
A. No. It was already parked in bay C and tagged as serviceable.
Q. Were you aware the hydraulic line had been reported leaking two days earlier?
A. No. Nobody told me that.
Q. It's in the maintenance email of 1 November, which you were copied on.
A. I get a lot of those emails. I may have seen it, I don't remember reading it.
Q. After the incident, did you tell Mr Reyes to move the forklift back to bay C?
A. Absolutely not. I told him to leave it exactly where it was and call the duty manager.
Q. Did you alter the handover log at any point after 22:00?
A. No. Never.

Summarize what the witness admitted and what she denied, in two short lists."""),
(0, "classification", "en", "after", "reviews", "W2-p007", """1. "Ms Okafor explained every step of the conveyancing and we completed a week early. Brilliant."
2. "Fees were higher than quoted and nobody told us why until we asked twice."
3. "Friendly reception staff, but my will took four months to draft."
4. "They got my tribunal claim settled in a month. Can't recommend them enough!"
5. "Never returned a single call. Avoid."
6. "Good advice on the lease, a bit slow on emails."

Label each review positive, negative or mixed."""),
(1, "creative_writing", "en", "after", "reviews", "W2-p007", """1. "Ms Okafor explained every step of the conveyancing and we completed a week early. Brilliant."
2. "Fees were higher than quoted and nobody told us why until we asked twice."
3. "Friendly reception staff, but my will took four months to draft."
4. "They got my tribunal claim settled in a month. Can't recommend them enough!"
5. "Never returned a single call. Avoid."
6. "Good advice on the lease, a bit slow on emails."

Turn the positive parts of these into a short testimonials block for our website homepage, three quotes, lightly edited, with a one-line heading."""),
(1, "general_qa", "en", "none", "none", None, """I'm a 2L deciding between a federal clerkship and going straight to a big firm after graduation. Debt is around 140k. How should I think about the trade-off?"""),
(0, "classification", "en", "before", "list", None, """For each clause, say whether it mainly favours the SUPPLIER (S) or the CUSTOMER (C).

a) Supplier may change the specification of the Services at any time without notice.
b) Customer may withhold payment of any disputed invoice until the dispute is resolved.
c) All fees are non-refundable.
d) Supplier shall credit 10% of the monthly fee for each hour of downtime beyond the SLA.
e) Customer's liability is limited to the fees paid; Supplier's liability is unlimited for data loss.
f) Supplier may suspend the Services immediately if any invoice is more than 7 days overdue."""),
(1, "open_qa", "en", "inline", "prose", None, """Clause 4 of the purchase agreement I'm reviewing says "Time is of the essence for the delivery dates in Schedule 2." What does that phrase actually do in legal terms? Does it change what I can do if delivery is a day late?"""),
(0, "summarization", "en", "after", "form", "W2-p008", """NEW CLIENT INTAKE
Name: [client A]
Matter type: Employment
Employer: regional logistics company, approx. 300 staff
Start date: 2016
Role: Warehouse team leader
Issue: Told on 2 May that role is "at risk" of redundancy. Two other team leaders not at risk. Client has raised grievance about manager in Feb re. comments about her pregnancy. Currently 24 weeks pregnant.
Documents held: contract, Feb grievance letter, 2 May letter, payslips
Desired outcome: keep job or fair settlement
Referred by: Citizens Advice
Urgency: consultation meeting 16 May

Turn this intake form into a three-line case note for the file."""),
(1, "general_qa", "en", "after", "form", "W2-p008", """NEW CLIENT INTAKE
Name: [client A]
Matter type: Employment
Employer: regional logistics company, approx. 300 staff
Start date: 2016
Role: Warehouse team leader
Issue: Told on 2 May that role is "at risk" of redundancy. Two other team leaders not at risk. Client has raised grievance about manager in Feb re. comments about her pregnancy. Currently 24 weeks pregnant.
Documents held: contract, Feb grievance letter, 2 May letter, payslips
Desired outcome: keep job or fair settlement
Referred by: Citizens Advice
Urgency: consultation meeting 16 May

How should we prepare her for the 16 May consultation meeting, and what else should we ask her to bring to our first appointment?"""),
(0, "classification", "en", "before", "prose", None, """Obligation or permission? "The Tenant may sublet the Premises with the Landlord's prior written consent." """),
(1, "creative_writing", "en", "none", "none", None, """Draft a cease and desist letter to a local bakery that's been using our registered trademark CRUMBLY HEARTS on its cake boxes. Firm, not aggressive; give them 21 days."""),
(0, "summarization", "en", "before", "prose", None, """Shorten this to one sentence:

The Seller warrants that for a period of twelve (12) months from the date of delivery the Goods shall conform in all material respects with the Specification, shall be free from defects in design, material and workmanship, and shall be of satisfactory quality; provided that the Seller shall have no liability under this warranty where the defect arises from fair wear and tear, wilful damage, negligence, or failure by the Buyer to follow the Seller's written instructions as to storage, installation or use."""),
(1, "open_qa", "en", "none", "none", None, """whats the statute of limitations for breach of a written contract in california"""),
(0, "classification", "en", "after", "chat", None, """[Client portal, 14:02] Client: hi, quick one, roughly what would it cost to have you look over a commercial lease before i sign? it's about 30 pages
[14:05] Reception: Thanks, I'll pass this to one of our property solicitors.
[14:06] Client: great, ideally need to know by thursday

Tag the client's message: FEE_ESTIMATE, FEE_COMPLAINT or OTHER."""),
(1, "general_qa", "en", "none", "none", None, """how do i tell a client their case is weak without losing them as a client"""),
(0, "summarization", "en", "after", "notes", "W2-p009", """call w/ client 11/3 -- 40 mins
- in post 6 yrs, sales coordinator, no issues till new mgr (Sept)
- mgr moved her desk to corridor "temporarily", still there
- excluded from weekly team mtg since Oct, told "not needed"
- bonus cut to zero, others got 60-80%, no reason given in writing
- raised informal complaint w/ HR in Dec, HR said "personality clash"
- signed off sick w/ stress since 2 Feb, GP note
- wants to resign but worried abt money; partner's income covers rent
- has emails from mgr, screenshot of team chat where she's called "dead weight"
- no formal grievance lodged yet

Clean these up into a short summary paragraph for the file."""),
(1, "open_qa", "en", "after", "notes", "W2-p009", """call w/ client 11/3 -- 40 mins
- in post 6 yrs, sales coordinator, no issues till new mgr (Sept)
- mgr moved her desk to corridor "temporarily", still there
- excluded from weekly team mtg since Oct, told "not needed"
- bonus cut to zero, others got 60-80%, no reason given in writing
- raised informal complaint w/ HR in Dec, HR said "personality clash"
- signed off sick w/ stress since 2 Feb, GP note
- wants to resign but worried abt money; partner's income covers rent
- has emails from mgr, screenshot of team chat where she's called "dead weight"
- no formal grievance lodged yet

On these facts, would she likely have a constructive dismissal claim in the UK if she resigned now? What's the risk of not raising a formal grievance first?"""),
(0, "classification", "en", "before", "email", None, """Spam or legit? "URGENT: A company in Asia has applied to register your brand name as an internet domain. Reply within 48 hours to protect your trademark rights." """),
(1, "creative_writing", "en", "none", "none", None, """Write an opening statement for a school mock trial. The defendant is accused of stealing his neighbour's prize pumpkin the night before the county fair. Dramatic, a bit funny, under 300 words, for the prosecution."""),
(0, "summarization", "en", "none", "none", None, """Quick recap of the plot of 12 Angry Men, a few lines please."""),
(1, "open_qa", "en", "none", "none", None, """Why do common law systems lean so heavily on precedent when civil law systems, at least on paper, don't?"""),
(0, "classification", "en", "before", "list", None, """Rule: Non-billable = admin, internal training, internal meetings. Everything else is billable.
Label each time entry B or NB.
0.3 drafting letter to opposing counsel re disclosure
1.0 firm-wide GDPR training
0.5 call with client re settlement figures
0.2 updating matter opening form
0.8 team meeting re workload allocation
2.1 reviewing bank statements for disclosure"""),
(1, "general_qa", "en", "none", "none", None, """Give me a checklist for onboarding a new paralegal in a five-person firm. We've never had a proper process."""),
(0, "summarization", "en", "after", "prose", "W2-p010", """MUTUAL? NO. ONE-WAY NON-DISCLOSURE AGREEMENT

1. Purpose. Brightwater Analytics Inc. ("Discloser") wishes to disclose certain information to the undersigned ("Recipient") for the purpose of evaluating a possible consulting engagement.
2. Confidential Information means all non-public information disclosed by Discloser, in any form, whether or not marked as confidential, including information disclosed before the date of this Agreement.
3. Recipient shall not disclose Confidential Information to any third party and shall use it solely for the Purpose.
4. The obligations in this Agreement shall continue indefinitely.
5. Recipient shall not, for a period of 24 months, solicit or accept work from any client of Discloser that Recipient learns of through the Purpose.
6. Recipient agrees that any breach will cause irreparable harm and that Discloser shall be entitled to injunctive relief and liquidated damages of USD 50,000 per breach.
7. This Agreement is governed by the laws of the State of Delaware.

Key points of this NDA please, in bullets."""),
(1, "general_qa", "en", "after", "prose", "W2-p010", """MUTUAL? NO. ONE-WAY NON-DISCLOSURE AGREEMENT

1. Purpose. Brightwater Analytics Inc. ("Discloser") wishes to disclose certain information to the undersigned ("Recipient") for the purpose of evaluating a possible consulting engagement.
2. Confidential Information means all non-public information disclosed by Discloser, in any form, whether or not marked as confidential, including information disclosed before the date of this Agreement.
3. Recipient shall not disclose Confidential Information to any third party and shall use it solely for the Purpose.
4. The obligations in this Agreement shall continue indefinitely.
5. Recipient shall not, for a period of 24 months, solicit or accept work from any client of Discloser that Recipient learns of through the Purpose.
6. Recipient agrees that any breach will cause irreparable harm and that Discloser shall be entitled to injunctive relief and liquidated damages of USD 50,000 per breach.
7. This Agreement is governed by the laws of the State of Delaware.

I'm the recipient, a solo consultant. Which of these should I push back on, and what wording should I propose instead?"""),
(1, "open_qa", "en", "none", "none", None, """is a verbal agreement legally binding?"""),
(0, "classification", "en", "before", "list", None, """Detect the language of each clause heading: Gerichtsstand / Loi applicable / Governing law / Ley aplicable / Vertraulichkeit / Riservatezza"""),
(1, "creative_writing", "en", "none", "none", None, """Write a LinkedIn post announcing that our firm has opened a new office in Leeds focused on family law. Warm tone, mention we offer a free 30-minute first consultation, max 150 words, two hashtags."""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(0, "summarization", "en", "after", "prose", "W2-p011", """7. Disclaimer of Warranty. Unless required by applicable law or
agreed to in writing, Licensor provides the Work (and each
Contributor provides its Contributions) on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
implied, including, without limitation, any warranties or conditions
of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A
PARTICULAR PURPOSE. You are solely responsible for determining the
appropriateness of using or redistributing the Work and assume any
risks associated with Your exercise of permissions under this License.

8. Limitation of Liability. In no event and under no legal theory,
whether in tort (including negligence), contract, or otherwise,
unless required by applicable law (such as deliberate and grossly
negligent acts) or agreed to in writing, shall any Contributor be
liable to You for damages, including any direct, indirect, special,
incidental, or consequential damages of any character arising as a
result of this License or out of the use or inability to use the
Work (including but not limited to damages for loss of goodwill,
work stoppage, computer failure or malfunction, or any and all
other commercial damages or losses), even if such Contributor
has been advised of the possibility of such damages.

what does this boil down to? one line"""),
# source: /usr/share/common-licenses/Apache-2.0, licence: Apache-2.0
(1, "open_qa", "en", "after", "prose", "W2-p011", """7. Disclaimer of Warranty. Unless required by applicable law or
agreed to in writing, Licensor provides the Work (and each
Contributor provides its Contributions) on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
implied, including, without limitation, any warranties or conditions
of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A
PARTICULAR PURPOSE. You are solely responsible for determining the
appropriateness of using or redistributing the Work and assume any
risks associated with Your exercise of permissions under this License.

8. Limitation of Liability. In no event and under no legal theory,
whether in tort (including negligence), contract, or otherwise,
unless required by applicable law (such as deliberate and grossly
negligent acts) or agreed to in writing, shall any Contributor be
liable to You for damages, including any direct, indirect, special,
incidental, or consequential damages of any character arising as a
result of this License or out of the use or inability to use the
Work (including but not limited to damages for loss of goodwill,
work stoppage, computer failure or malfunction, or any and all
other commercial damages or losses), even if such Contributor
has been advised of the possibility of such damages.

Would this actually shield an open-source contributor in the EU if a bug in their code caused a customer's data breach? I've heard consumer law can override disclaimers like this."""),
(0, "classification", "en", "after", "email", "W2-p012", """Dear Sirs,

We note that your client has yet again failed to provide the documents requested in our letter of 4 June, despite two reminders. Your client's conduct is wholly unacceptable and we will not hesitate to make an application to the court, seeking costs against your client personally, if the documents are not received within 7 days.

Yours faithfully,
Marsh Pendleton LLP

Rate the tone: hostile, neutral or conciliatory?"""),
(1, "creative_writing", "en", "after", "email", "W2-p012", """Dear Sirs,

We note that your client has yet again failed to provide the documents requested in our letter of 4 June, despite two reminders. Your client's conduct is wholly unacceptable and we will not hesitate to make an application to the court, seeking costs against your client personally, if the documents are not received within 7 days.

Yours faithfully,
Marsh Pendleton LLP

Write our response. Calm and firm: the bank statements were delayed by the bank itself, we'll provide them by 20 June, and we don't accept the characterisation of our client's conduct."""),
(1, "general_qa", "en", "none", "none", None, """Our 12-person company just got a letter claiming our app infringes someone's patent. They want a licence fee. What are the first steps, and what should we NOT do?"""),
(0, "summarization", "en", "after", "transcript", None, """Legal team weekly - transcript (auto)

Priya: OK let's start. Contracts backlog first. We've got 23 open, 9 of them are renewals.
Daniel: The renewals are mostly the cleaning and catering suppliers, those are easy. I can clear them by Wednesday.
Priya: Good. The big one is the Halden software deal, procurement wants it signed by the 30th.
Marta: I've marked up the liability section, they're asking for a cap at one times fees, we wanted three. I think we can live with two if they drop the audit clause changes.
Priya: Fine, take that position. Escalate to me if they won't move.
Daniel: Also the data processing addendum for Halden is still their template, it's missing the sub-processor list.
Marta: I'll chase that today.
Priya: Second item, the tribunal claim from the ex-warehouse guy. Hearing's in March. External counsel wants a witness statement from his line manager by end of month.
Daniel: Line manager is on leave until the 15th.
Priya: Then we book him for the 16th, first thing. Anything else? No? Great, thanks all.

Minutes please: decisions and action items with owners."""),
(1, "open_qa", "en", "none", "none", None, """In plain terms, what's the difference between arbitration and mediation?"""),
(0, "classification", "en", "before", "list", None, """Boilerplate or deal-specific? Mark each one.
1. Notices must be sent to the addresses set out in clause 1.
2. The Purchase Price is 4,250,000 payable in three instalments.
3. If any provision is held invalid, the remainder shall continue in effect.
4. The Seller shall procure the release of the Barclays charge before Completion.
5. This Agreement may be executed in any number of counterparts.
6. Completion shall take place on 30 September at the offices of the Buyer's solicitors."""),
(1, "general_qa", "en", "none", "none", None, """What should a will cover if I have two kids from my first marriage and I now live with a new partner we're not married?"""),
(0, "summarization", "en", "before", "prose", None, """Summarise the changes between v1 and v2 of this clause:

v1: "Either party may terminate this Agreement for convenience on ninety (90) days' written notice. Fees paid in advance are non-refundable."

v2: "Customer may terminate this Agreement for convenience on sixty (60) days' written notice. Supplier may terminate for convenience only on one hundred and eighty (180) days' written notice. On termination for convenience by Supplier, Supplier shall refund any fees paid in advance for the period after termination." """),
(1, "creative_writing", "en", "none", "none", None, """make up a funny name for a fictional law firm in a sitcom, plus a cheesy tagline"""),
(0, "classification", "en", "before", "email", None, """GDPR request type? Options: access, erasure, rectification, portability.
"Please delete all the data you hold about me, including my order history and newsletter sign-up." """),
(1, "open_qa", "en", "none", "none", None, """Can my employer legally read my work emails in the UK?"""),
(0, "summarization", "en", "after", "prose", "W2-p013", """IN THE COUNTY COURT AT BRISTOL
Claim No. K40BS118
ORDER

UPON the application of the Claimant dated 2 February
AND UPON hearing counsel for the Claimant and the Defendant in person

IT IS ORDERED THAT
1. The Defendant shall by 4pm on the 14th day after service of this Order file and serve a defence to the claim.
2. If the Defendant fails to comply with paragraph 1, the Claimant may apply for judgment in default without further order.
3. The Defendant shall pay the Claimant's costs of the application, summarily assessed at 1,250, within 28 days.
4. The Defendant has permission to apply to vary or set aside this Order within 7 days of service, such application to be supported by a witness statement.

One-paragraph summary of this order for the client, please. He isn't a lawyer."""),
(1, "general_qa", "en", "after", "prose", "W2-p013", """IN THE COUNTY COURT AT BRISTOL
Claim No. K40BS118
ORDER

UPON the application of the Claimant dated 2 February
AND UPON hearing counsel for the Claimant and the Defendant in person

IT IS ORDERED THAT
1. The Defendant shall by 4pm on the 14th day after service of this Order file and serve a defence to the claim.
2. If the Defendant fails to comply with paragraph 1, the Claimant may apply for judgment in default without further order.
3. The Defendant shall pay the Claimant's costs of the application, summarily assessed at 1,250, within 28 days.
4. The Defendant has permission to apply to vary or set aside this Order within 7 days of service, such application to be supported by a witness statement.

We act for the defendant. He's working on a ship for the next three weeks with almost no signal and we only just got instructed. What can we realistically do to avoid a default judgment?"""),
(0, "classification", "en", "before", "list", None, """Categorize these invoice lines by matter type (Employment / Property / Corporate / Private client):
- Drafting shareholders' agreement, 3.5h
- Review of lease renewal terms for unit 7
- Advice on redundancy selection criteria
- Preparation of lasting power of attorney
- Due diligence on target company accounts
- Settlement agreement for departing sales director
- Land Registry search fees"""),
(1, "open_qa", "en", "none", "none", None, """what does "without prejudice" mean at the top of a letter?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short story, about 400 words, in which a junior associate spots a typo in a merger agreement one hour before signing. The typo moves a decimal point in the purchase price. Keep it tense, end on a good note."""),
(0, "summarization", "en", "after", "table", "W2-p014", """TERM SHEET - SERIES A (non-binding)
| Term | Proposal |
|---|---|
| Investment | 4,000,000 for Series A Preferred |
| Pre-money valuation | 16,000,000 |
| Liquidation preference | 2x, participating |
| Option pool | 15% post-money, created pre-money |
| Board | 2 founders, 2 investor, 1 independent chosen by investor |
| Anti-dilution | Full ratchet |
| Founder vesting | 4 years, reset from closing, 1-year cliff |
| Protective provisions | Investor consent for any new debt above 100,000 |
| Exclusivity | 60 days |

Recap the key terms in a few sentences for our cofounder who hasn't read it."""),
(1, "general_qa", "en", "after", "table", "W2-p014", """TERM SHEET - SERIES A (non-binding)
| Term | Proposal |
|---|---|
| Investment | 4,000,000 for Series A Preferred |
| Pre-money valuation | 16,000,000 |
| Liquidation preference | 2x, participating |
| Option pool | 15% post-money, created pre-money |
| Board | 2 founders, 2 investor, 1 independent chosen by investor |
| Anti-dilution | Full ratchet |
| Founder vesting | 4 years, reset from closing, 1-year cliff |
| Protective provisions | Investor consent for any new debt above 100,000 |
| Exclusivity | 60 days |

We're the founders. Which of these terms are unusually aggressive for a Series A, and which should we prioritise pushing back on?"""),
(0, "classification", "en", "before", "prose", None, """Lawyer or accountant question? "How do I register my LLC for sales tax in Texas?" """),
(1, "open_qa", "en", "none", "none", None, """Why are non-compete clauses basically unenforceable in California?"""),
(0, "classification", "en", "before", "list", None, """Route each support ticket for our contract-management software: BILLING, BUG or FEATURE_REQUEST.

#4411 "We were charged for 12 seats but only have 9 users."
#4412 "The clause library search returns nothing when I type an apostrophe."
#4413 "Would love a way to export redlines straight to Word."
#4414 "Can we get an annual invoice instead of monthly?"
#4415 "E-signature page freezes on Safari after the second signer."
#4416 "Please add Portuguese to the template languages."
#4417 "Refund for the duplicate payment on 3 March?"
#4418 "Renewal reminders arrive a day late for contracts in the Sydney timezone." """),
(1, "creative_writing", "en", "none", "none", None, """haiku about discovery deadlines"""),
(0, "summarization", "en", "after", "prose", "W2-p015", """COMMERCIAL LEASE - SCHEDULE OF TENANT COVENANTS (extract)

1. Rent. To pay the Rent of 28,500 per annum by equal quarterly payments in advance on the usual quarter days, without any deduction or set-off, together with VAT.
2. Service Charge. To pay a fair proportion, as reasonably determined by the Landlord, of the costs of maintaining the common parts of the Building, including the roof, structure and lifts, and including a reserve fund for future expenditure.
3. Repair. To keep the Premises in good and substantial repair and condition, and to put them into such repair where necessary, including all plant, machinery and shopfronts, irrespective of the condition at the date of this Lease.
4. Decoration. To redecorate the interior of the Premises in every third year and in the last three months of the Term, in colours approved by the Landlord.
5. Use. Not to use the Premises otherwise than as a retail shop within Class E(a), and not to sell hot food for consumption off the Premises.
6. Alterations. Not to make any alterations to the Premises, structural or non-structural, without the prior written consent of the Landlord, which may be given or withheld at the Landlord's absolute discretion.
7. Signage. Not to display any sign or advertisement on the exterior of the Premises without the Landlord's consent.
8. Alienation. Not to assign, underlet or share occupation of the whole or any part of the Premises. 
9. Opening hours. To keep the Premises open for trade during the normal trading hours of the Building, being 08:00 to 20:00 Monday to Saturday.
10. Insurance. To reimburse the Landlord on demand the premiums paid by the Landlord for insuring the Building, and not to do anything that may render the insurance void or increase the premium.
11. Costs. To pay the Landlord's legal and surveyors' costs incurred in connection with any application for consent, whether or not consent is granted, and in connection with the preparation and service of any schedule of dilapidations.
12. Yielding up. At the end of the Term to remove all tenant's fixtures and reinstate the Premises to the condition required by the covenants in this Lease.
13. Rent review. The Rent shall be reviewed on the fifth anniversary of the Term Commencement Date to the higher of the then current Rent and the open market rent, on an upwards-only basis.
14. Break. There is no tenant break option.
15. Term. The Term is ten years from and including the Term Commencement Date.
16. Security of tenure. The parties agree that sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to this Lease.

Summarize the tenant's obligations only, grouped under money, physical condition of the unit, and restrictions on use. Short bullets."""),
(1, "general_qa", "en", "after", "prose", "W2-p015", """COMMERCIAL LEASE - SCHEDULE OF TENANT COVENANTS (extract)

1. Rent. To pay the Rent of 28,500 per annum by equal quarterly payments in advance on the usual quarter days, without any deduction or set-off, together with VAT.
2. Service Charge. To pay a fair proportion, as reasonably determined by the Landlord, of the costs of maintaining the common parts of the Building, including the roof, structure and lifts, and including a reserve fund for future expenditure.
3. Repair. To keep the Premises in good and substantial repair and condition, and to put them into such repair where necessary, including all plant, machinery and shopfronts, irrespective of the condition at the date of this Lease.
4. Decoration. To redecorate the interior of the Premises in every third year and in the last three months of the Term, in colours approved by the Landlord.
5. Use. Not to use the Premises otherwise than as a retail shop within Class E(a), and not to sell hot food for consumption off the Premises.
6. Alterations. Not to make any alterations to the Premises, structural or non-structural, without the prior written consent of the Landlord, which may be given or withheld at the Landlord's absolute discretion.
7. Signage. Not to display any sign or advertisement on the exterior of the Premises without the Landlord's consent.
8. Alienation. Not to assign, underlet or share occupation of the whole or any part of the Premises. 
9. Opening hours. To keep the Premises open for trade during the normal trading hours of the Building, being 08:00 to 20:00 Monday to Saturday.
10. Insurance. To reimburse the Landlord on demand the premiums paid by the Landlord for insuring the Building, and not to do anything that may render the insurance void or increase the premium.
11. Costs. To pay the Landlord's legal and surveyors' costs incurred in connection with any application for consent, whether or not consent is granted, and in connection with the preparation and service of any schedule of dilapidations.
12. Yielding up. At the end of the Term to remove all tenant's fixtures and reinstate the Premises to the condition required by the covenants in this Lease.
13. Rent review. The Rent shall be reviewed on the fifth anniversary of the Term Commencement Date to the higher of the then current Rent and the open market rent, on an upwards-only basis.
14. Break. There is no tenant break option.
15. Term. The Term is ten years from and including the Term Commencement Date.
16. Security of tenure. The parties agree that sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to this Lease.

I'm the prospective tenant. I want to open a small café with a coffee machine and some toasties, and I'm nervous about being locked in for ten years. Which clauses will cause me problems, and what should I ask the landlord to change before I sign?"""),
(1, "open_qa", "en", "none", "none", None, """lease vs licence to occupy - what's the actual legal difference?"""),
(0, "classification", "en", "before", "list", None, """Odd one out: plaintiff, claimant, respondent, petitioner, juror"""),
(1, "general_qa", "en", "none", "none", None, """I've been called for jury service for the first time next month. How do I prepare, and can I ask my employer to keep paying me?"""),
(0, "summarization", "en", "after", "email", None, """Hi both,

Following our call, I've now spoken to my brother and he agrees that the house should be sold rather than one of us buying the other out. We'd like to use the estate agent Mum used in 2015 if possible. I'm still not sure about the furniture, some of it has sentimental value and I'd like to keep the dining table and the piano if nobody objects. Also, can you confirm whether we need to wait for probate before putting the house on the market, or can we list it now?

Thanks,
Sara

Summarize this client email in two bullets for the file."""),
(1, "creative_writing", "en", "none", "none", None, """Write a wedding toast for my colleague. She's a criminal defence barrister who has never once lost an argument, including with me. Affectionate, a few jokes, under two minutes spoken."""),
(0, "classification", "en", "after", "prose", "W2-p016", """12.1 This Agreement shall commence on the Effective Date and continue for an initial term of twelve (12) months. Thereafter it shall automatically renew for successive periods of twelve (12) months unless either party gives written notice of non-renewal no later than sixty (60) days before the end of the then-current term. Fees for each renewal term shall be at Supplier's then-current list price.

Does this clause contain an automatic renewal? yes/no"""),
(1, "open_qa", "en", "after", "prose", "W2-p016", """12.1 This Agreement shall commence on the Effective Date and continue for an initial term of twelve (12) months. Thereafter it shall automatically renew for successive periods of twelve (12) months unless either party gives written notice of non-renewal no later than sixty (60) days before the end of the then-current term. Fees for each renewal term shall be at Supplier's then-current list price.

If a clause like this were used with consumers in the US instead of businesses, would it be enforceable? Do any states require a reminder notice before the renewal kicks in?"""),
(1, "general_qa", "en", "none", "none", None, """best way to organise my exhibits for a small claims hearing? it's about a botched kitchen install"""),
(0, "summarization", "en", "after", "prose", None, """ENFORCEMENT NOTICE (summary of findings)

The Authority investigated Lindqvist Home Services Ltd following 41 complaints between March and August. The investigation found that the company (a) sent marketing text messages to individuals who had not consented to receive them; (b) relied on consent obtained through a pre-ticked box on its website; (c) did not provide a working opt-out mechanism, as replies of STOP were not processed for up to 19 days; and (d) was unable to produce records showing when or how consent had been obtained for approximately 62% of its contact list.

The company must, within 35 days: cease sending unsolicited marketing messages to any person who has not given valid consent; delete or suppress contact details for which valid consent cannot be evidenced; implement an opt-out that takes effect within 48 hours; and provide the Authority with a written report of the steps taken. Failure to comply is a criminal offence.

TLDR"""),
(0, "classification", "en", "before", "list", None, """Sentiment of each post about yesterday's verdict (pos / neg / neutral):
1. "Finally some justice for the families. Took long enough."
2. "Sentencing hearing set for 14 May."
3. "Absolute joke of a trial, the jury clearly didn't read the evidence."
4. "Proud of the prosecution team, they were relentless."
5. "Appeal expected, per the defence statement outside court." """),
(1, "open_qa", "en", "none", "none", None, """How does jury selection (voir dire) actually work in US criminal trials, and how much can lawyers shape the jury?"""),
(1, "creative_writing", "en", "none", "none", None, """Draft a clause for a consulting agreement: consultant keeps ownership of pre-existing materials and tools, but the client gets a perpetual, non-exclusive licence to use them as part of the deliverables."""),
(0, "summarization", "en", "after", "prose", None, """WITNESS STATEMENT OF [WITNESS B]

1. I am the operations manager at the Eastfield depot and have worked there since 2019. I make this statement from my own knowledge unless stated otherwise.
2. On the morning of 9 August I arrived at 06:40. The gate barrier was raised, which is unusual, as it is normally lowered at 22:00 by the night guard and only raised by the first member of staff to arrive.
3. When I walked to the loading bay I saw that the padlock on container 12 had been cut. The container held around 180 boxed laptops awaiting dispatch to a customer.
4. I checked the container and estimated that roughly half of the boxes were missing. I did not touch anything and called the police at 06:52.
5. I then checked the CCTV monitor in the office. Cameras 3 and 4, which cover the loading bay, showed a blank screen from 01:14 onwards. Camera 1, at the gate, shows a white van entering at 01:20 and leaving at 02:05.
6. The night guard, who I understand was on duty, was not at the gatehouse when I arrived. I later learned he had left at around 00:30 saying he felt unwell. He did not inform me or the duty manager.
7. I believe the facts stated in this witness statement are true.

Summarize this statement in under 80 words."""),
(0, "classification", "en", "before", "list", None, """Fact or opinion? Label each sentence from the witness's notes.
- The van was white.
- The driver seemed nervous.
- The gate was open at 06:40.
- It was obviously an inside job.
- Camera 3 went blank at 01:14."""),
(1, "general_qa", "en", "none", "none", None, """My ex keeps ignoring the custody schedule the court set. Should I go straight back to court or try mediation first? We're in Ontario."""),
(1, "open_qa", "en", "none", "none", None, """What is the "reasonable person" standard in negligence, and who is this reasonable person supposed to be?"""),
(0, "summarization", "en", "after", "prose", "W2-p017", """FIRST AMENDMENT TO MASTER SERVICES AGREEMENT

This Amendment is made between Corvane Systems Ltd ("Supplier") and Ridgeback Retail plc ("Customer") and amends the Master Services Agreement dated 1 March (the "Agreement").

1. Clause 3.2 (Service Levels) is amended so that the monthly availability target increases from 99.5% to 99.9%.
2. Schedule 4 (Fees) is replaced with the Schedule attached to this Amendment, increasing the monthly fee from 18,000 to 21,500 with effect from 1 October.
3. A new clause 9.6 is inserted: "Supplier shall notify Customer of any Security Incident within 24 hours of becoming aware of it."
4. Save as amended by this Amendment, the Agreement remains in full force and effect.

Main takeaways from this amendment?"""),
(1, "creative_writing", "en", "after", "prose", "W2-p017", """FIRST AMENDMENT TO MASTER SERVICES AGREEMENT

This Amendment is made between Corvane Systems Ltd ("Supplier") and Ridgeback Retail plc ("Customer") and amends the Master Services Agreement dated 1 March (the "Agreement").

1. Clause 3.2 (Service Levels) is amended so that the monthly availability target increases from 99.5% to 99.9%.
2. Schedule 4 (Fees) is replaced with the Schedule attached to this Amendment, increasing the monthly fee from 18,000 to 21,500 with effect from 1 October.
3. A new clause 9.6 is inserted: "Supplier shall notify Customer of any Security Incident within 24 hours of becoming aware of it."
4. Save as amended by this Amendment, the Agreement remains in full force and effect.

I'm at Corvane. Write the cover email to Ridgeback's legal contact sending this amendment for e-signature, short and cordial, and mention we'd like it back by 25 September."""),
(0, "classification", "en", "after", "prose", None, """"Each party agrees to keep confidential the information it receives from the other party and to use it only for the purpose of the Project."
Is this a mutual or a one-way NDA clause?"""),
(1, "general_qa", "en", "none", "none", None, """two cofounders, 50/50 split, no paperwork yet. what should our founders agreement cover so we don't regret it later"""),
(0, "summarization", "en", "after", "prose", "W2-p018", """How we use your information

We collect your name, email address, delivery address and payment details when you place an order. We use this information to process and deliver your order, to contact you about your order, and, if you have agreed, to send you marketing emails. We share your delivery details with our courier partners and your payment details with our payment processor, who is independently responsible for that data. We do not sell your personal data. We keep order records for six years for tax purposes, after which they are deleted. Marketing preferences are kept until you unsubscribe. You have the right to access, correct or delete your data, and to object to marketing at any time, by emailing privacy@ our domain. If you are unhappy with how we handle your data, you can complain to the supervisory authority.

Summarize this privacy notice in three bullet points."""),
(1, "open_qa", "en", "after", "prose", "W2-p018", """How we use your information

We collect your name, email address, delivery address and payment details when you place an order. We use this information to process and deliver your order, to contact you about your order, and, if you have agreed, to send you marketing emails. We share your delivery details with our courier partners and your payment details with our payment processor, who is independently responsible for that data. We do not sell your personal data. We keep order records for six years for tax purposes, after which they are deleted. Marketing preferences are kept until you unsubscribe. You have the right to access, correct or delete your data, and to object to marketing at any time, by emailing privacy@ our domain. If you are unhappy with how we handle your data, you can complain to the supervisory authority.

Is anything missing from this notice that GDPR Articles 13 and 14 require? We're a small online shop based in Ireland."""),
(0, "classification", "en", "before", "list", None, """Flag each clause RED / AMBER / GREEN from the point of view of a small supplier:
1. Payment terms: 90 days from receipt of a valid invoice.
2. Customer may audit Supplier's books on 10 business days' notice, once per year.
3. Supplier's liability is unlimited.
4. Either party may terminate for material breach not remedied within 30 days.
5. Customer owns all IP created under the contract, including Supplier's pre-existing tools."""),
(1, "creative_writing", "en", "none", "none", None, """Write a rap verse that teaches the four elements of negligence: duty, breach, causation, damage. For a first-year tort revision session, keep it clean."""),
(0, "summarization", "en", "none", "none", "W2-p019", """Summarize the trial scene in To Kill a Mockingbird in a few lines."""),
(1, "open_qa", "en", "none", "none", "W2-p019", """What does the trial in To Kill a Mockingbird say about justice in the American South, and how realistic is Atticus's defence for the 1930s?"""),
(0, "classification", "en", "before", "chat", None, """priority high/med/low?
"court moved the hearing to tomorrow 9am, need the bundle printed and paginated tonight" """),
(1, "general_qa", "en", "none", "none", None, """Tips for writing a clear legal research memo as a first-year associate? My supervising partner says mine are "too long and never get to the point". """),
(0, "summarization", "en", "after", "chat", None, """[Teams] Aisha: did anyone confirm the venue for the mediation?
[Teams] Ben: yes, their solicitors' offices, 10am Tuesday
[Teams] Aisha: ok. who's bringing the client?
[Teams] Ben: she's making her own way, I'll meet her in reception at 9.30
[Teams] Chloe: bundles are done, 3 copies, I'll drop them at yours Monday
[Teams] Aisha: perfect. and the mediator's fee, did accounts pay their half?
[Teams] Chloe: paid Friday
[Teams] Ben: also client wants to bring her sister for support, is that allowed?
[Teams] Aisha: fine as long as she waits outside the private sessions
[Teams] Ben: 👍

sum up what's been agreed"""),
(1, "open_qa", "en", "none", "none", None, """What happens to someone's estate if they die without a will in Scotland? Does the spouse get everything?"""),
(0, "classification", "en", "before", "list", None, """Which of these are types of legal entity? LLC, GmbH, NDA, SARL, KYC, plc, SPA"""),
(1, "creative_writing", "en", "none", "none", None, """Come up with 5 names for a free legal advice clinic run by law students. Approachable, not cheesy."""),
(0, "summarization", "en", "after", "prose", "W2-p020", """LITIGATION UPDATE - Q3 (privileged and confidential)

Matter: Vesta Components v our company (alleged defective valves)
Claim value: approx 2.4m plus interest
Status: Disclosure completed in July. Their disclosure includes internal test reports showing the valves were installed at pressures above our rated specification on at least two sites. Our expert's preliminary view is that installation error is the more likely cause of failure, but the expert has flagged that our 2021 batch records are incomplete.
Next steps: Exchange of expert reports due 15 November; trial window opens in April.
Costs: 410k spent to date; estimated further 600k to the end of trial.
Settlement: Claimant's solicitors have indicated informally they'd consider an offer in the region of 900k. No formal offer made by either side.

Recap this for the board in three bullet points."""),
(1, "general_qa", "en", "after", "prose", "W2-p020", """LITIGATION UPDATE - Q3 (privileged and confidential)

Matter: Vesta Components v our company (alleged defective valves)
Claim value: approx 2.4m plus interest
Status: Disclosure completed in July. Their disclosure includes internal test reports showing the valves were installed at pressures above our rated specification on at least two sites. Our expert's preliminary view is that installation error is the more likely cause of failure, but the expert has flagged that our 2021 batch records are incomplete.
Next steps: Exchange of expert reports due 15 November; trial window opens in April.
Costs: 410k spent to date; estimated further 600k to the end of trial.
Settlement: Claimant's solicitors have indicated informally they'd consider an offer in the region of 900k. No formal offer made by either side.

Should we settle? Walk me through the pros and cons as you see them, and whether a formal offer would help us on costs."""),
(1, "open_qa", "en", "none", "none", None, """explain "piercing the corporate veil" like im 12"""),
(0, "classification", "en", "after", "email", None, """From: in-house counsel
To: external litigation counsel
Subject: Request for advice - draft defence

Please find attached the draft defence. Could you advise whether paragraph 14 adequately addresses the limitation point before we file?

Is this email likely privileged? yes or no, plus one line."""),
(1, "general_qa", "en", "none", "none", None, """First time negotiating a big commercial contract as in-house counsel next week. Any advice on preparation and on not getting steamrolled by the other side's partner?"""),
(0, "summarization", "en", "after", "notes", None, """Dispute history (from client's emails):
Jan - client orders 3 bespoke kitchen units, pays 40% deposit (6,800)
early Mar - fitter arrives, units wrong size, client refuses installation
mid Mar - supplier says measurements came from client's own drawing; client says supplier's surveyor measured on 12 Feb
Apr - supplier offers to remake at 50% of cost; client refuses, wants full refund
May - client sends letter before action, 14 days
June - supplier replies denying liability, says deposit non-refundable per T&Cs clause 8
now - client wants to issue in small claims

Condense this into a five-entry timeline."""),
(1, "creative_writing", "en", "none", "none", None, """Write a short poem for a retiring judge's farewell dinner. Gentle humour, three stanzas, mention her love of gardening and her famously short judgments."""),
(0, "classification", "en", "after", "prose", None, """"Services" means the cloud hosting services described in Schedule 1. The Supplier shall provide the Services from the Go-Live Date. If the Customer fails to pay any invoice within 30 days, the Supplier may suspend the Services. The Customer shall pay the Fees monthly in arrears.

Label each sentence: OBLIGATION, CONDITION or DEFINITION."""),
(1, "open_qa", "en", "none", "none", None, """What does a notary actually do in civil law countries like France or Germany, compared with a notary public in the US?"""),
(0, "summarization", "en", "before", "prose", None, """ELI5 summary of this please:

"Neither party excludes or limits liability for death or personal injury caused by its negligence, for fraud or fraudulent misrepresentation, or for any other liability which cannot be excluded or limited by law. Subject to the foregoing, neither party shall be liable for any indirect or consequential loss, or for loss of profits, revenue, goodwill or anticipated savings, whether arising in contract, tort or otherwise." """),
(1, "general_qa", "en", "none", "none", None, """Client offered me a contract with unlimited liability. Should I sign it?"""),
(0, "classification", "en", "after", "prose", None, """"By clicking Subscribe you agree to be billed 9.99 per month. You may cancel at any time from your account page. These terms do not affect your statutory rights as a consumer."

B2B or B2C contract?"""),
(1, "open_qa", "en", "none", "none", None, """Why do contracts always say "including but not limited to"? Does it actually change how courts read a list?"""),
(0, "summarization", "en", "after", "prose", None, """FINAL AWARD (extract). The Tribunal finds that the Respondent was entitled to terminate the Distribution Agreement under clause 17.2, as the Claimant failed to meet the minimum purchase targets in two consecutive years. However, the Respondent failed to give the 90 days' notice required by clause 17.4 and terminated with immediate effect. The Claimant is therefore entitled to damages equal to its lost net profit for the 90-day notice period, which the Tribunal assesses at EUR 214,000. The Claimant's claim for goodwill indemnity is dismissed. Each party shall bear its own costs; the costs of the arbitration shall be shared equally.

give me the gist"""),
]
