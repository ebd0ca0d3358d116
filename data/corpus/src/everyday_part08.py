# writer everyday, part 08. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/Apache-2.0 (sections 5-9), licence: Apache-2.0 text
(0, "summarization", "en", "after", "prose", "EV-p061", """   5. Submission of Contributions. Unless You explicitly state otherwise,
      any Contribution intentionally submitted for inclusion in the Work
      by You to the Licensor shall be under the terms and conditions of
      this License, without any additional terms or conditions.
      Notwithstanding the above, nothing herein shall supersede or modify
      the terms of any separate license agreement you may have executed
      with Licensor regarding such Contributions.

   6. Trademarks. This License does not grant permission to use the trade
      names, trademarks, service marks, or product names of the Licensor,
      except as required for reasonable and customary use in describing the
      origin of the Work and reproducing the content of the NOTICE file.

   7. Disclaimer of Warranty. Unless required by applicable law or
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

   9. Accepting Warranty or Additional Liability. While redistributing
      the Work or Derivative Works thereof, You may choose to offer,
      and charge a fee for, acceptance of support, warranty, indemnity,
      or other liability obligations and/or rights consistent with this
      License. However, in accepting such obligations, You may act only
      on Your own behalf and on Your sole responsibility, not on behalf
      of any other Contributor, and only if You agree to indemnify,
      defend, and hold each Contributor harmless for any liability
      incurred by, or claims asserted against, such Contributor by reason
      of your accepting any such warranty or additional liability.

one line for each section please (5 to 9), super simple, I'm doing a uni module on IT law and the wording kills me"""),
# source: /usr/share/common-licenses/Apache-2.0 (sections 5-9), licence: Apache-2.0 text
(1, "general_qa", "en", "after", "prose", "EV-p061", """   5. Submission of Contributions. Unless You explicitly state otherwise,
      any Contribution intentionally submitted for inclusion in the Work
      by You to the Licensor shall be under the terms and conditions of
      this License, without any additional terms or conditions.
      Notwithstanding the above, nothing herein shall supersede or modify
      the terms of any separate license agreement you may have executed
      with Licensor regarding such Contributions.

   6. Trademarks. This License does not grant permission to use the trade
      names, trademarks, service marks, or product names of the Licensor,
      except as required for reasonable and customary use in describing the
      origin of the Work and reproducing the content of the NOTICE file.

   7. Disclaimer of Warranty. Unless required by applicable law or
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

   9. Accepting Warranty or Additional Liability. While redistributing
      the Work or Derivative Works thereof, You may choose to offer,
      and charge a fee for, acceptance of support, warranty, indemnity,
      or other liability obligations and/or rights consistent with this
      License. However, in accepting such obligations, You may act only
      on Your own behalf and on Your sole responsibility, not on behalf
      of any other Contributor, and only if You agree to indemnify,
      defend, and hold each Contributor harmless for any liability
      incurred by, or claims asserted against, such Contributor by reason
      of your accepting any such warranty or additional liability.

I do IT support for small shops. If I set up an Apache-licensed stock system for a client and offer them a paid support contract, what does section 9 mean for me? Should I get my own insurance? How would you word the contract?"""),
(0, "classification", "en", "inline", "chat", None, """### Instructions
You label messages for a village hall booking inbox. Labels: NEW_BOOKING, CHANGE, CANCEL, COMPLAINT, OTHER. Answer with the label only.

### Message
"Hi, we booked the main hall for the 14th for my son's party but numbers have dropped, could we switch to the small room instead? Same time."

### Label:"""),
(1, "creative_writing", "en", "inline", "chat", None, """[system] You are Hallie, the friendly assistant for Marsh Lane Village Hall. Be warm and brief.
[user] hiya, can you write me a little poem for the hall's 50th anniversary programme? it opened in 1975, it's hosted everything from weddings to the toddler group to the WI jam competition. 12 lines or so"""),
(0, "summarization", "en", "after", "prose", "EV-p062", """My travel blog post from our Scotland trip, can you give me a 3 sentence summary for the intro box at the top?

Day four started badly. The midges found us before the kettle had boiled, and by the time we'd packed up the tent at Glen Etive we were both covered in bites and in no mood for each other. Sam wanted to drive straight to Fort William for a proper breakfast; I wanted to walk the little path up to the waterfall we'd seen from the road the night before. We compromised in the traditional way, which is to say we argued until Sam gave in.

I'm so glad he did. The path was barely a path, more a line of flattened bracken, and after twenty minutes of scrambling we came round a shoulder of rock and there it was: a fall of white water dropping maybe thirty metres into a pool so clear you could count the stones at the bottom. There was nobody else there. A dipper was bobbing on a rock at the edge of the pool, and as we watched, it walked straight into the water and disappeared under the surface, which neither of us had ever seen a bird do before. Sam, who had been sulking all the way up, said 'Oh wow' and then didn't say anything else for about ten minutes.

We stayed for an hour. We ate the last of the oatcakes and the slightly squashed cheese, and Sam paddled in the pool until his feet went blue. On the way back down, it started to rain, the fine Scottish rain that doesn't so much fall as hang in the air, and we got soaked through, and we didn't care.

We did eventually get to Fort William, at about two in the afternoon, and had the biggest fried breakfast on the menu in a café by the station, steaming gently in our wet clothes. The woman who served us asked where we'd been, and when we told her, she smiled and said, 'Ah, you found it, then.' She wouldn't tell us the waterfall's name. She said some places are better left off the map.

Tomorrow: Skye, if the car survives the Bealach. Sam has already started worrying about it."""),
(1, "creative_writing", "en", "after", "prose", "EV-p062", """From my travel blog about our Scotland trip:

Day four started badly. The midges found us before the kettle had boiled, and by the time we'd packed up the tent at Glen Etive we were both covered in bites and in no mood for each other. Sam wanted to drive straight to Fort William for a proper breakfast; I wanted to walk the little path up to the waterfall we'd seen from the road the night before. We compromised in the traditional way, which is to say we argued until Sam gave in.

I'm so glad he did. The path was barely a path, more a line of flattened bracken, and after twenty minutes of scrambling we came round a shoulder of rock and there it was: a fall of white water dropping maybe thirty metres into a pool so clear you could count the stones at the bottom. There was nobody else there. A dipper was bobbing on a rock at the edge of the pool, and as we watched, it walked straight into the water and disappeared under the surface, which neither of us had ever seen a bird do before. Sam, who had been sulking all the way up, said 'Oh wow' and then didn't say anything else for about ten minutes.

We stayed for an hour. We ate the last of the oatcakes and the slightly squashed cheese, and Sam paddled in the pool until his feet went blue. On the way back down, it started to rain, the fine Scottish rain that doesn't so much fall as hang in the air, and we got soaked through, and we didn't care.

We did eventually get to Fort William, at about two in the afternoon, and had the biggest fried breakfast on the menu in a café by the station. The woman who served us asked where we'd been, and when we told her, she smiled and said, 'Ah, you found it, then.' She wouldn't tell us the waterfall's name. She said some places are better left off the map.

Give me 5 Instagram captions for the waterfall photos that match the tone of this, a bit wry, not cheesy. No hashtags."""),
(1, "open_qa", "en", "none", "none", None, """how do dippers walk underwater? like how is that even possible for a bird"""),
(0, "classification", "en", "before", "list", None, """Scottish, Welsh or Irish place names? Llandudno, Kilkenny, Inverness, Aberystwyth, Ballymena, Glencoe, Caernarfon, Galway"""),
(0, "summarization", "en", "before", "email", "EV-p063", """Can you pull out the main points of this complaint I'm sending to the airline? I want a short version for the top of the email.

Dear Customer Relations,

I am writing to complain about my family's experience on flight AB2231 from Manchester to Málaga on 3 August, booking reference QX7P2L.

Our flight was scheduled to depart at 06:40. At check-in we were told that the flight was delayed due to "operational reasons" and would now leave at 11:00. We were given no food vouchers, despite having two children aged 4 and 7 with us, and when I asked at the desk I was told vouchers were "only for delays over five hours". The delay then grew: the departure board changed to 13:30, then to 15:10. We finally boarded at 15:40 and took off at 16:25, nearly ten hours late. At no point did anyone from the airline speak to passengers at the gate to explain what was happening. The only information we had came from the app, which contradicted the departure board several times.

When we eventually landed in Málaga, one of our two suitcases did not arrive. It contained my younger son's medication for his asthma (a spare inhaler and spacer) as well as most of the children's clothes. We filed a report at the baggage desk (reference AGPAB11893) and were told it would be delivered to our hotel "within 24 hours". It arrived after four days. In the meantime I had to pay €38 for a replacement inhaler at a pharmacy and around €190 for clothes and toiletries, for which I have receipts.

I understand that delays happen. What upset me most was the lack of communication, the lack of care for young children stuck in an airport for ten hours, and the stress of being without my son's medicine in a foreign country.

Under UK261 I believe we are entitled to compensation of £350 per person for a delay of over three hours on a flight of this distance, as well as reimbursement for the essential items bought while our luggage was missing. I would also like an explanation of the cause of the delay.

I look forward to your response within 14 days.

Yours faithfully,
(me)"""),
(1, "general_qa", "en", "before", "email", "EV-p063", """The airline replied saying the delay was due to "extraordinary circumstances" (air traffic control) so no compensation, and offered a £50 voucher. Here's what I sent them first. What should I do next, is it worth taking further?

Dear Customer Relations,

I am writing to complain about my family's experience on flight AB2231 from Manchester to Málaga on 3 August, booking reference QX7P2L.

Our flight was scheduled to depart at 06:40. At check-in we were told that the flight was delayed due to "operational reasons" and would now leave at 11:00. We were given no food vouchers, despite having two children aged 4 and 7 with us. The delay then grew: the departure board changed to 13:30, then to 15:10. We finally boarded at 15:40 and took off at 16:25, nearly ten hours late. At no point did anyone from the airline speak to passengers at the gate to explain what was happening.

When we eventually landed in Málaga, one of our two suitcases did not arrive. It contained my younger son's medication for his asthma as well as most of the children's clothes. We filed a report at the baggage desk and were told it would be delivered to our hotel "within 24 hours". It arrived after four days. In the meantime I had to pay €38 for a replacement inhaler at a pharmacy and around €190 for clothes and toiletries, for which I have receipts.

Under UK261 I believe we are entitled to compensation of £350 per person for a delay of over three hours on a flight of this distance, as well as reimbursement for the essential items bought while our luggage was missing. I would also like an explanation of the cause of the delay.

Yours faithfully,
(me)"""),
(0, "classification", "en", "after", "list", None, """passport, sun cream, phone charger, swimming costume, travel adaptor, paracetamol, kindle, EHIC card, sunglasses

tag each item: documents, health, electronics, clothes/beach"""),
(1, "open_qa", "en", "none", "none", None, """do I still need a GHIC card to go to Spain after Brexit or is travel insurance enough"""),
(0, "summarization", "en", "after", "form", None, """SCHOOL REPORT – SUMMER TERM – YEAR 3
English: Working at expected standard. Reads with expression and enjoys chapter books. Needs to use full stops and capital letters more consistently.
Maths: Working towards expected standard. Confident with addition and subtraction; finds times tables (especially 3s, 4s and 8s) tricky. Would benefit from regular practice at home.
Science: Expected. Asks brilliant questions, particularly in our topic on plants.
Art: Greater depth. Produced a wonderful observational drawing of a sunflower.
PE: Expected. A good team player.
Attendance: 97%
Teacher comment: Ruby is a kind, enthusiastic member of the class who is always willing to help others. She sometimes rushes her written work; slowing down and checking will help her next year.

Summarise her report in 2 sentences, I want to send it to her grandparents"""),
(1, "general_qa", "en", "after", "form", None, """SCHOOL REPORT – SUMMER TERM – YEAR 3
Maths: Working towards expected standard. Confident with addition and subtraction; finds times tables (especially 3s, 4s and 8s) tricky. Would benefit from regular practice at home.
Teacher comment: Ruby is a kind, enthusiastic member of the class who is always willing to help others. She sometimes rushes her written work; slowing down and checking will help her next year.

We've got the whole summer. How can I help Ruby with her times tables and rushing, without ruining her holidays? 10 minutes a day max"""),
(0, "classification", "en", "before", "list", None, """Which times tables facts are right and which are wrong? 7x8=56, 6x7=43, 9x9=81, 4x12=46, 3x11=33, 8x6=48"""),
(1, "creative_writing", "en", "none", "none", None, """Make up a rhyme to help remember 7x8=56 and 6x8=48, for a 7 year old"""),
(0, "summarization", "en", "after", "chat", "EV-p064", """Our gaming clan's discord blew up last night, I'm the clan leader and I need a quick summary of what happened before I respond:

[Vex]: who took the legendary drop from the raid, it was my turn on the loot rota
[Bramble]: it wasn't a rota drop, it was free for all, we said that on friday
[Vex]: no we didn't, you said that AFTER
[Kestrel]: ok i checked the pinned msg, it says legendaries follow rota. sorry bramble
[Bramble]: the pinned msg is from march, we changed it
[Vex]: we never voted to change it
[Oni]: can we not do this at 1am
[Bramble]: fine i'll trade it to vex if it means this much to him
[Vex]: it's not about the item it's about the principle
[Bramble]: lol ok so you don't want it
[Vex]: i didn't say that
[Kestrel]: maybe we need a proper vote on loot rules
[Oni]: +1 vote
[Bramble]: fine
[Vex]: fine
[Bramble]: left the voice channel
[Kestrel]: well that went great
[Oni]: gn everyone 💀"""),
(1, "creative_writing", "en", "after", "chat", "EV-p064", """I'm the clan leader. Last night:

[Vex]: who took the legendary drop from the raid, it was my turn on the loot rota
[Bramble]: it wasn't a rota drop, it was free for all, we said that on friday
[Vex]: no we didn't, you said that AFTER
[Kestrel]: ok i checked the pinned msg, it says legendaries follow rota. sorry bramble
[Bramble]: the pinned msg is from march, we changed it
[Vex]: we never voted to change it
[Oni]: can we not do this at 1am
[Bramble]: fine i'll trade it to vex if it means this much to him
[Vex]: it's not about the item it's about the principle
[Kestrel]: maybe we need a proper vote on loot rules
[Bramble]: left the voice channel

Write me an announcement for the discord that calms everyone down, sets up a vote on loot rules, and doesn't take sides. Casual gamer tone, a bit of humour."""),
(1, "general_qa", "en", "none", "none", None, """What's a fair loot system for a small gaming clan of 8 people? we keep arguing"""),
(0, "classification", "en", "before", "list", None, """genre for each game: FIFA, Tetris, Skyrim, Animal Crossing, Call of Duty, Portal, The Sims — sports, puzzle, RPG, life sim, shooter"""),
# source: /usr/share/common-licenses/MPL-2.0 (section 1, definitions), licence: MPL-2.0 text
(0, "summarization", "en", "after", "prose", "EV-p065", """1. Definitions
--------------

1.1. "Contributor"
    means each individual or legal entity that creates, contributes to
    the creation of, or owns Covered Software.

1.2. "Contributor Version"
    means the combination of the Contributions of others (if any) used
    by a Contributor and that particular Contributor's Contribution.

1.3. "Contribution"
    means Covered Software of a particular Contributor.

1.4. "Covered Software"
    means Source Code Form to which the initial Contributor has attached
    the notice in Exhibit A, the Executable Form of such Source Code
    Form, and Modifications of such Source Code Form, in each case
    including portions thereof.

1.5. "Incompatible With Secondary Licenses"
    means

    (a) that the initial Contributor has attached the notice described
        in Exhibit B to the Covered Software; or

    (b) that the Covered Software was made available under the terms of
        version 1.1 or earlier of the License, but not also under the
        terms of a Secondary License.

1.6. "Executable Form"
    means any form of the work other than Source Code Form.

1.7. "Larger Work"
    means a work that combines Covered Software with other material, in
    a separate file or files, that is not Covered Software.

1.8. "License"
    means this document.

1.9. "Licensable"
    means having the right to grant, to the maximum extent possible,
    whether at the time of the initial grant or subsequently, any and
    all of the rights conveyed by this License.

1.10. "Modifications"
    means any of the following:

    (a) any file in Source Code Form that results from an addition to,
        deletion from, or modification of the contents of Covered
        Software; or

    (b) any new file in Source Code Form that contains any Covered
        Software.

1.11. "Patent Claims" of a Contributor
    means any patent claim(s), including without limitation, method,
    process, and apparatus claims, in any patent Licensable by such
    Contributor that would be infringed, but for the grant of the
    License, by the making, using, selling, offering for sale, having
    made, import, or transfer of either its Contributions or its
    Contributor Version.

1.12. "Secondary License"
    means either the GNU General Public License, Version 2.0, the GNU
    Lesser General Public License, Version 2.1, the GNU Affero General
    Public License, Version 3.0, or any later versions of those
    licenses.

1.13. "Source Code Form"
    means the form of the work preferred for making modifications.

1.14. "You" (or "Your")
    means an individual or a legal entity exercising rights under this
    License. For legal entities, "You" includes any entity that
    controls, is controlled by, or is under common control with You. For
    purposes of this definition, "control" means (a) the power, direct
    or indirect, to cause the direction or management of such entity,
    whether by contract or otherwise, or (b) ownership of more than
    fifty percent (50%) of the outstanding shares or beneficial
    ownership of such entity.

Make me a cheat sheet: each of these definitions in under 10 words. It's for my open source club at sixth form."""),
# source: /usr/share/common-licenses/MPL-2.0 (section 1, definitions), licence: MPL-2.0 text
(1, "open_qa", "en", "after", "prose", "EV-p065", """1. Definitions
--------------

1.1. "Contributor"
    means each individual or legal entity that creates, contributes to
    the creation of, or owns Covered Software.

1.2. "Contributor Version"
    means the combination of the Contributions of others (if any) used
    by a Contributor and that particular Contributor's Contribution.

1.3. "Contribution"
    means Covered Software of a particular Contributor.

1.4. "Covered Software"
    means Source Code Form to which the initial Contributor has attached
    the notice in Exhibit A, the Executable Form of such Source Code
    Form, and Modifications of such Source Code Form, in each case
    including portions thereof.

1.5. "Incompatible With Secondary Licenses"
    means

    (a) that the initial Contributor has attached the notice described
        in Exhibit B to the Covered Software; or

    (b) that the Covered Software was made available under the terms of
        version 1.1 or earlier of the License, but not also under the
        terms of a Secondary License.

1.6. "Executable Form"
    means any form of the work other than Source Code Form.

1.7. "Larger Work"
    means a work that combines Covered Software with other material, in
    a separate file or files, that is not Covered Software.

1.8. "License"
    means this document.

1.9. "Licensable"
    means having the right to grant, to the maximum extent possible,
    whether at the time of the initial grant or subsequently, any and
    all of the rights conveyed by this License.

1.10. "Modifications"
    means any of the following:

    (a) any file in Source Code Form that results from an addition to,
        deletion from, or modification of the contents of Covered
        Software; or

    (b) any new file in Source Code Form that contains any Covered
        Software.

1.11. "Patent Claims" of a Contributor
    means any patent claim(s), including without limitation, method,
    process, and apparatus claims, in any patent Licensable by such
    Contributor that would be infringed, but for the grant of the
    License, by the making, using, selling, offering for sale, having
    made, import, or transfer of either its Contributions or its
    Contributor Version.

1.12. "Secondary License"
    means either the GNU General Public License, Version 2.0, the GNU
    Lesser General Public License, Version 2.1, the GNU Affero General
    Public License, Version 3.0, or any later versions of those
    licenses.

1.13. "Source Code Form"
    means the form of the work preferred for making modifications.

1.14. "You" (or "Your")
    means an individual or a legal entity exercising rights under this
    License. For legal entities, "You" includes any entity that
    controls, is controlled by, or is under common control with You. For
    purposes of this definition, "control" means (a) the power, direct
    or indirect, to cause the direction or management of such entity,
    whether by contract or otherwise, or (b) ownership of more than
    fifty percent (50%) of the outstanding shares or beneficial
    ownership of such entity.

Why does 1.12 list the GPL as a "Secondary License"? Does that mean MPL code can be mixed with GPL code? Our club is arguing about it."""),
(0, "classification", "en", "before", "prose", None, """Is this message from a teacher, a parent or a student? "Sorry Miss, my printer ran out of ink so I couldn't print my homework, can I email it instead?" """),
(1, "general_qa", "en", "none", "none", None, """first year uni student here, every lecture I fall behind taking notes. how do people actually take good notes?"""),
(0, "summarization", "en", "after", "transcript", "EV-p066", """I recorded my GP appointment (with permission) so I wouldn't forget. Summarise what the doctor said into bullet points I can stick on the fridge:

DR: So, your blood test results are back. Your cholesterol is a bit higher than we'd like, total is 6.4, and your HbA1c, that's the blood sugar over the last few months, is 44, which puts you in what we call the pre-diabetes range.
ME: Oh. Is that bad?
DR: It's a warning sign rather than a diagnosis. The good news is that at this stage it's very often reversible with changes to diet and activity. So I'd like you to do a few things. First, I'm going to refer you to the Healthier You programme, it's a free NHS course over nine months, group sessions, about diet and exercise. You'll get a letter.
ME: OK.
DR: Second, in terms of food: cut down on sugary drinks and white bread, rice and pasta, swap to wholegrain where you can. More veg, more pulses. You don't need to be perfect. Third, try to get to 150 minutes of moderate activity a week, so brisk walking counts, 30 minutes five days a week.
ME: I walk the dog, does that count?
DR: If it gets you a bit out of breath, yes. And if you can lose even 5% of your body weight, that makes a big difference. For you that's about five kilos.
ME: Right.
DR: I'm not going to start you on any tablets for the cholesterol yet. We'll repeat both blood tests in six months, the receptionist will book that. If you notice being very thirsty, weeing a lot, or losing weight without trying, come back sooner.
ME: OK, thank you."""),
(1, "general_qa", "en", "after", "transcript", "EV-p066", """My GP appointment (recorded with permission):

DR: So, your blood test results are back. Your cholesterol is a bit higher than we'd like, total is 6.4, and your HbA1c, that's the blood sugar over the last few months, is 44, which puts you in what we call the pre-diabetes range.
ME: Oh. Is that bad?
DR: It's a warning sign rather than a diagnosis. The good news is that at this stage it's very often reversible with changes to diet and activity. I'm going to refer you to the Healthier You programme, it's a free NHS course over nine months.
DR: In terms of food: cut down on sugary drinks and white bread, rice and pasta, swap to wholegrain where you can. More veg, more pulses. And try to get to 150 minutes of moderate activity a week.
ME: I walk the dog, does that count?
DR: If it gets you a bit out of breath, yes. And if you can lose even 5% of your body weight, that makes a big difference. For you that's about five kilos.
DR: We'll repeat both blood tests in six months.

I'm 56, I do shifts at a warehouse and I eat a lot of meal deals. Can you give me a realistic week of meals and snacks that fits what she said? I can't cook much and I have a microwave at work."""),
(1, "open_qa", "en", "none", "none", None, """what is HbA1c and why does it measure sugar over 3 months not just today"""),
(0, "classification", "en", "before", "list", None, """High sugar or low sugar? cola, sparkling water, orange juice, black coffee, energy drink, milk, squash (no added sugar), smoothie"""),
(0, "summarization", "en", "after", "prose", None, """The hospital trust has announced changes to visiting times on its general wards from next Monday. Visiting will be allowed between 11am and 8pm every day, with a maximum of two visitors per bed at any one time. Children under 12 may visit if accompanied by an adult, except on the children's ward where parents and carers can stay at any time. Protected mealtimes, from 12 to 1pm and 5 to 6pm, will remain, during which visitors are asked to leave unless they are helping a patient to eat. Visitors with coughs, colds or sickness and diarrhoea should not visit until 48 hours after their symptoms have cleared.

brief version for my family group"""),
(1, "creative_writing", "en", "none", "none", None, """My grandad is in hospital after a fall. Write a short get-well card message from me (I'm 12) that'll make him smile, he supports Leeds United and loves bad jokes"""),
(1, "open_qa", "en", "none", "none", None, """why do older people fall so much more and what makes it so dangerous"""),
(0, "summarization", "en", "after", "email", "EV-p067", """From my new part-time job's staff handbook (coffee shop), I'm 17 and it's a lot. Give me the 5 most important points:

Welcome to the team!

Shifts and attendance: Rotas are published every Thursday for the following week on the staff app. If you want to swap a shift, you must arrange the swap with a colleague and have it approved by a supervisor at least 24 hours in advance. If you are ill, call (don't text) the store on the day at least two hours before your shift starts. Three unauthorised absences in a rolling 12-month period may lead to disciplinary action.

Uniform: Black trousers or jeans (no rips), closed-toe black shoes, and the branded t-shirt and apron, which we provide. Hair must be tied back if shoulder-length or longer. Minimal jewellery: plain studs and wedding rings only. No nail varnish or false nails, for food safety reasons.

Breaks: For shifts of over 6 hours you're entitled to a 30-minute unpaid break. Under-18s working more than 4.5 hours are entitled to a 30-minute break by law. Staff drinks are free on shift; food is 50% off.

Food safety: You must complete the online Level 2 Food Hygiene course within your first two weeks (it takes about 3 hours and you'll be paid for the time). Always wash your hands when starting a shift, after breaks, after handling money and after using the toilet. Allergen information is in the red folder behind the counter; if a customer asks about allergens and you're not sure, never guess – ask a supervisor.

Tills and cash: Your till must balance at the end of each shift. Small differences (under £2) are normal; larger differences will be investigated. Never share your till login.

Phones: Personal phones must be kept in the staff room during shifts, except during breaks.

Pay: You'll be paid monthly on the last Friday of the month. Tips are shared equally between all staff working that week, based on hours worked.

Any questions, please speak to your store manager."""),
(1, "general_qa", "en", "after", "email", "EV-p067", """From my new part-time job's staff handbook (coffee shop):

Shifts and attendance: Rotas are published every Thursday for the following week on the staff app. If you want to swap a shift, you must arrange the swap with a colleague and have it approved by a supervisor at least 24 hours in advance. If you are ill, call (don't text) the store on the day at least two hours before your shift starts. Three unauthorised absences in a rolling 12-month period may lead to disciplinary action.

Breaks: For shifts of over 6 hours you're entitled to a 30-minute unpaid break. Under-18s working more than 4.5 hours are entitled to a 30-minute break by law. Staff drinks are free on shift; food is 50% off.

Food safety: You must complete the online Level 2 Food Hygiene course within your first two weeks. Allergen information is in the red folder behind the counter; if a customer asks about allergens and you're not sure, never guess – ask a supervisor.

Tills and cash: Your till must balance at the end of each shift. Small differences (under £2) are normal; larger differences will be investigated.

I'm 17. My first shift is Saturday and I'm really nervous, I've never worked before. Any tips for surviving the first week at a busy coffee shop?"""),
(0, "classification", "en", "before", "list", None, """Hot coffee drinks — which have milk and which don't? espresso, latte, americano, flat white, cappuccino, long black, mocha, macchiato"""),
(1, "open_qa", "en", "none", "none", None, """what's the actual difference between a latte and a flat white, baristas always argue"""),
# source: /usr/share/doc/zlib1g/copyright (License: Zlib stanza, without names/emails), licence: Zlib
(0, "summarization", "en", "after", "prose", "EV-p068", """ This software is provided 'as-is', without any express or implied
 warranty.  In no event will the authors be held liable for any damages
 arising from the use of this software.
 .
 Permission is granted to anyone to use this software for any purpose,
 including commercial applications, and to alter it and redistribute it
 freely, subject to the following restrictions:
 .
 1. The origin of this software must not be misrepresented; you must not
    claim that you wrote the original software. If you use this software
    in a product, an acknowledgment in the product documentation would be
    appreciated but is not required.
 2. Altered source versions must be plainly marked as such, and must not be
    misrepresented as being the original software.
 3. This notice may not be removed or altered from any source distribution.

tl;dr in 3 bullets?"""),
# source: /usr/share/doc/zlib1g/copyright (License: Zlib stanza, without names/emails), licence: Zlib
(1, "open_qa", "en", "after", "prose", "EV-p068", """ This software is provided 'as-is', without any express or implied
 warranty.  In no event will the authors be held liable for any damages
 arising from the use of this software.
 .
 Permission is granted to anyone to use this software for any purpose,
 including commercial applications, and to alter it and redistribute it
 freely, subject to the following restrictions:
 .
 1. The origin of this software must not be misrepresented; you must not
    claim that you wrote the original software. If you use this software
    in a product, an acknowledgment in the product documentation would be
    appreciated but is not required.
 2. Altered source versions must be plainly marked as such, and must not be
    misrepresented as being the original software.
 3. This notice may not be removed or altered from any source distribution.

How is this different from the MIT licence? They look the same to me. Which is better for a little game I'm putting on itch.io?"""),
(0, "classification", "en", "before", "list", None, """are these file sizes small (under 1MB) or big: a text message, a 4K film, a photo from my phone, an email with no attachments, a song mp3, a whole season of a TV show"""),
(1, "creative_writing", "en", "none", "none", None, """short funny poem about my phone storage always being full because of 9,000 photos of my cat"""),
(0, "summarization", "en", "after", "prose", "EV-p069", """Here's the "about me" I wrote for a walking group's website, can you squash it into one line for my badge?

Hello! I'm Barbara, 68, retired primary school teacher (34 years, mostly Year 2, so I can tie shoelaces at lightning speed and I'm never shocked by anything). I moved to the area last year to be near my daughter and grandsons after my husband passed away, and I'm keen to get to know people and explore. I used to walk a lot in the Peak District when I was younger, and I'm slowly building my stamina back up after a knee operation, so I'm aiming for the gentler Wednesday walks to start with. I love birds (I'm the one who'll stop to look through binoculars and hold everyone up), wildflowers, and a good pub lunch at the end. I make a mean flapjack and I'm happy to bring some along. Looking forward to meeting you all!"""),
(1, "creative_writing", "en", "after", "prose", "EV-p069", """Here's the "about me" I wrote for a walking group's website:

Hello! I'm Barbara, 68, retired primary school teacher (34 years, mostly Year 2, so I can tie shoelaces at lightning speed and I'm never shocked by anything). I moved to the area last year to be near my daughter and grandsons after my husband passed away, and I'm keen to get to know people and explore. I used to walk a lot in the Peak District when I was younger, and I'm slowly building my stamina back up after a knee operation, so I'm aiming for the gentler Wednesday walks to start with. I love birds, wildflowers, and a good pub lunch at the end. I make a mean flapjack and I'm happy to bring some along.

My daughter says it's too long and too much about my husband. Could you rewrite it shorter and livelier, keeping my sense of humour, about 80 words?"""),
(1, "general_qa", "en", "none", "none", None, """just had a knee replacement 4 months ago, 68. how do I build back up to 5 mile walks without overdoing it"""),
(0, "classification", "en", "before", "list", None, """Walking gear — essential or nice to have for a 5 mile countryside walk in autumn? waterproof jacket, walking poles, map, flask, gaiters, phone, snack, first aid kit"""),
(0, "summarization", "en", "after", "notes", None, """Minutes I scribbled at the residents' association (help me turn into 4 neat bullets):
- streetlight outside 42 broken since Aug, reported x3, Cllr Hussain to chase
- speeding on Kings Rd: petition for speed bumps, 112 signatures, going to council 5th
- xmas lights switch on 1st Dec, need volunteers for mulled wine stall
- treasurer: £640 in account, insurance renewal £180 due Jan
- AOB: someone's dog fouling outside the school, poster?"""),
(1, "creative_writing", "en", "none", "none", None, """write a poster about dog poo outside the school gates that's funny enough that people actually read it, not aggressive"""),
(1, "general_qa", "en", "none", "none", None, """we've got 112 signatures for speed bumps on our road. how do we present it to the council so they actually take it seriously"""),
(0, "classification", "en", "after", "chat", None, """1. "The streetlight is still broken, it's been months!!"
2. "Thank you to whoever cleared the leaves on the path 🙏"
3. "Does anyone know when the bin collection is over Christmas?"
4. "Some lads were racing on Kings Rd again last night"
5. "Lovely to see the Christmas lights going up"

Label each community group post: complaint, thanks, question, report"""),
(0, "summarization", "en", "none", "none", None, """Summary of the Paddington film (the first one), 4-5 sentences, for my 6 year old's film review homework"""),
(1, "open_qa", "en", "none", "none", None, """why is paddington from peru? is there a real reason"""),
(1, "creative_writing", "en", "none", "none", None, """Write a letter from Paddington Bear to my son Leo who's about to move house and is sad about leaving his friends. Kind and funny, in Paddington's polite style"""),
# source: Python 3.11 stdlib, statistics.mode docstring, licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p070", """Return the most common data point from discrete or nominal data.

    ``mode`` assumes discrete data, and returns a single value. This is the
    standard treatment of the mode as commonly taught in schools:

        >>> mode([1, 1, 2, 3, 3, 3, 3, 4])
        3

    This also works with nominal (non-numeric) data:

        >>> mode(["red", "blue", "blue", "red", "green", "red", "red"])
        'red'

    If there are multiple modes with same frequency, return the first one
    encountered:

        >>> mode(['red', 'red', 'green', 'blue', 'blue'])
        'red'

    If *data* is empty, ``mode``, raises StatisticsError.

in two sentences what does this function do? revising for computer science"""),
# source: Python 3.11 stdlib, statistics.mode docstring, licence: PSF-2.0
(1, "general_qa", "en", "after", "code", "EV-p070", """Return the most common data point from discrete or nominal data.

    ``mode`` assumes discrete data, and returns a single value. This is the
    standard treatment of the mode as commonly taught in schools:

        >>> mode([1, 1, 2, 3, 3, 3, 3, 4])
        3

    This also works with nominal (non-numeric) data:

        >>> mode(["red", "blue", "blue", "red", "green", "red", "red"])
        'red'

    If there are multiple modes with same frequency, return the first one
    encountered:

        >>> mode(['red', 'red', 'green', 'blue', 'blue'])
        'red'

    If *data* is empty, ``mode``, raises StatisticsError.

I run a small ice cream van and I log every sale's flavour in a list. If I want to know my top flavour each day but there's a tie, how should I handle it so I don't just get whichever came first? Is there a better function?"""),
(0, "classification", "en", "before", "list", None, """ice cream flavours — fruity, nutty, chocolatey or other: pistachio, raspberry ripple, rocky road, mint choc chip, hazelnut, mango, vanilla, salted caramel"""),
(1, "creative_writing", "en", "none", "none", None, """jingle for my ice cream van, 4 lines, to replace greensleeves lol"""),
(0, "summarization", "en", "after", "reviews", None, """Customer feedback cards from my ice cream van this summer, summarise the main themes in 3 bullets:
"Best mint choc chip I've ever had"
"Please come to Oak Avenue, we never see you!"
"Prices went up a lot this year"
"My son has a dairy allergy, any chance of sorbets?"
"Lovely friendly man, always a joke"
"Ran out of flakes two weeks running"
"Come earlier in the evening, kids are in bed by 7"
"99s are a bit small now" """),
(1, "general_qa", "en", "none", "none", None, """is it worth adding a vegan/dairy-free option to my ice cream van? how do I avoid cross contamination with one freezer"""),
(0, "classification", "en", "after", "prose", None, """"Our new opening hours are 9–5 Monday to Saturday. Closed Sundays and bank holidays."

informational, promotional or apology?"""),
(0, "summarization", "en", "after", "prose", None, """Dear Tenant,

We are writing to inform you of your rent review. Under clause 4 of your tenancy agreement, your rent will increase from £925 to £985 per calendar month with effect from 1 September. This represents an increase of 6.5% and has been calculated with reference to current market rents for similar properties in the area. Your standing order should be amended accordingly. All other terms of your tenancy remain unchanged. If you wish to discuss the increase, please contact the lettings team within 14 days of the date of this letter.

Yours sincerely,
Lettings Department

in normal english pls, one line"""),
(1, "general_qa", "en", "none", "none", None, """my rent is going up 6.5%. can I push back? what would I even say? flat is in Bristol, I've never been late paying"""),
(1, "creative_writing", "en", "none", "none", None, """write a polite email to my letting agent asking them to reconsider a 6.5% rent rise, mention I've been there 4 years, always paid on time and fixed the garden myself"""),
(0, "classification", "en", "before", "list", None, """Landlord's job or tenant's job? fixing the boiler, changing lightbulbs, replacing a broken window, mowing the lawn, fixing a leaking roof, unblocking a sink you blocked"""),
(0, "summarization", "en", "after", "story", None, """Short story my year 8 class read, I need a 2-sentence summary for my reading log:

Jamal had been saving for the bike since Christmas: birthday money, car-washing money, the fiver his uncle gave him for carrying boxes up three flights of stairs. By June he had £143, which was seven pounds short. Every Saturday he walked past the shop window to check it was still there, red with white stripes, a bell shaped like a ladybird. On the last Saturday of term, the bike was gone. Jamal stood at the window for a long time. When he got home, his little sister was sitting on the front step, holding a jam jar. Inside were coins: two-pence pieces, a few tens, one very bent pound. 'It's seven pounds and four pence,' she said. 'I counted three times.' Jamal didn't tell her the bike had been sold. He sat down on the step next to her, and they counted it again, together."""),
(1, "open_qa", "en", "none", "none", None, """why do short stories often end without telling you what happens next? my english teacher says it's on purpose"""),
(0, "classification", "en", "before", "prose", None, """first person or third person? "Jamal had been saving for the bike since Christmas." """),
(1, "creative_writing", "en", "none", "none", None, """write a 100-word story about a kid saving up for something and it going wrong, with a twist at the end"""),
(0, "summarization", "en", "none", "none", None, """recap the first season of Bluey's main episodes? no, just tell me in 3 lines what Bluey is about, my mum keeps asking why the kids love it"""),
(1, "open_qa", "en", "none", "none", None, """why do so many adults love Bluey? is it actually a good parenting show"""),
(0, "classification", "en", "before", "list", None, """Under 5s cartoon or older kids cartoon? Peppa Pig, Teen Titans Go, Hey Duggee, Pokémon, Bing, Gravity Falls, Twirlywoos"""),
(1, "general_qa", "en", "none", "none", None, """how much screen time is ok for a 3 year old honestly, i'm knackered and peppa pig is my babysitter"""),
# source: /usr/share/doc/sed/changelog.Debian.gz (entries 4.9-1 and 4.8-1.1, maintainer lines removed), licence: GPL-3+ (debian/* per /usr/share/doc/sed/copyright)
(0, "classification", "en", "after", "log", "EV-p071", """sed (4.9-1) unstable; urgency=medium

  * New upstream version.
  * Switch to bundled help2man for man page generation.

sed (4.8-1.1) unstable; urgency=medium

  * Non-maintainer upload.
  * d/copyright: Complete and convert to format 1.0. closes: #1019288.
  * Switch debhelper compat level to 13.
  * Bump Standards-Version to 4.6.0.
  * Set Rules-Requires-Root to no.

For each bullet, tag it as 'affects users' or 'packaging/housekeeping only'. school assignment"""),
# source: /usr/share/doc/sed/changelog.Debian.gz (entries 4.9-1 and 4.8-1.1, maintainer lines removed), licence: GPL-3+ (debian/* per /usr/share/doc/sed/copyright)
(1, "open_qa", "en", "after", "log", "EV-p071", """sed (4.9-1) unstable; urgency=medium

  * New upstream version.
  * Switch to bundled help2man for man page generation.

sed (4.8-1.1) unstable; urgency=medium

  * Non-maintainer upload.
  * d/copyright: Complete and convert to format 1.0. closes: #1019288.
  * Switch debhelper compat level to 13.
  * Bump Standards-Version to 4.6.0.
  * Set Rules-Requires-Root to no.

What is 'upstream' and what is a 'non-maintainer upload'? How do volunteers even organise something like Debian? Curious retiree here"""),
(1, "general_qa", "en", "none", "none", None, """I'm 70 and want to try Linux on my old laptop instead of throwing it away. Which one is easiest for someone who just does email and photos?"""),
(0, "summarization", "en", "after", "email", None, """Hi all,

Just a quick note from the choir committee. Rehearsals will move from Monday to Tuesday evenings from 7 January, same time (7.30–9pm), same place. The spring concert is on Saturday 22 March at St Andrew's; we'll be singing the Fauré Requiem and some folk arrangements. Music will be handed out at the first rehearsal, £8 for the score. Subs for the spring term are £45, please pay by bank transfer by the end of January. And we're desperate for tenors, so if you know anyone who can hold a tune, drag them along!

Merry Christmas,
Anne

give me a 3-bullet version"""),
(1, "creative_writing", "en", "none", "none", None, """Can you come up with a funny recruitment poster for our community choir, we're desperate for tenors. Keep it short enough to fit on an A5 flyer"""),
(0, "classification", "en", "before", "list", None, """Sort these voice types high to low? no just say male or female voice type: soprano, bass, alto, tenor, baritone, mezzo-soprano"""),
(1, "open_qa", "en", "none", "none", None, """why are there always fewer men in choirs, especially tenors?"""),
]
