# writer professions, part 02. Each item written by hand.
ITEMS = [
(0, "classification", "en", "before", "list", None, """Triage each presenting complaint as EMERGENCY, URGENT or ROUTINE:
- crushing chest pain radiating to the left arm
- itchy rash on forearm for two weeks
- sudden slurred speech and facial droop
- repeat prescription request
- sprained ankle, able to bear weight"""),
(1, "open_qa", "en", "none", "none", None, """what's the actual difference between type 1 and type 2 diabetes"""),
(0, "summarization", "en", "after", "table", "W2-p021", """FULL BLOOD COUNT + IRON STUDIES
Test            Result   Ref range
Haemoglobin     128      120-150 g/L
MCV             76       80-100 fL
MCH             25       27-32 pg
WBC             6.1      4.0-11.0 x10^9/L
Platelets       342      150-400 x10^9/L
Ferritin        9        15-150 ug/L
Transferrin sat 11       20-50 %
B12             410      200-900 ng/L
Folate          8.2      >3.9 ug/L

Summarize these results for the patient in plain language. Don't diagnose, just say what's normal and what isn't."""),
(1, "open_qa", "en", "after", "table", "W2-p021", """FULL BLOOD COUNT + IRON STUDIES
Test            Result   Ref range
Haemoglobin     128      120-150 g/L
MCV             76       80-100 fL
MCH             25       27-32 pg
WBC             6.1      4.0-11.0 x10^9/L
Platelets       342      150-400 x10^9/L
Ferritin        9        15-150 ug/L
Transferrin sat 11       20-50 %
B12             410      200-900 ng/L
Folate          8.2      >3.9 ug/L

These are mine (34F, run marathons, vegetarian). Hb is normal but ferritin is really low. How can that be, and could it explain why my race times have dropped?"""),
(1, "open_qa", "en", "none", "none", None, """I've had a headache behind my right eye for three days, worse when I bend forward, plus a blocked nose and some tooth ache on the same side. What could it be?"""),
(0, "classification", "en", "before", "email", None, """Billing, appointments or clinical? "Hi, I was charged twice for my visit on the 3rd." """),
(0, "summarization", "en", "after", "prose", "W2-p022", """DISCHARGE SUMMARY

Patient: 81-year-old man
Admitted: via ED, 11 days
Discharging ward: Elderly Care, Ward 7

Presenting complaint: Found on the floor at home by his daughter after an unwitnessed fall; had been on the floor for an estimated 8 hours. Confused on arrival.

Diagnoses:
1. Community-acquired pneumonia (right lower lobe)
2. Acute kidney injury stage 2, secondary to dehydration and rhabdomyolysis from long lie
3. Delirium, now resolved
4. Background: atrial fibrillation, type 2 diabetes, mild cognitive impairment, osteoarthritis of both knees

Course in hospital: Treated with IV co-amoxiclav and clarithromycin for 5 days, switched to oral amoxicillin to complete 7 days. IV fluids for 4 days; creatinine peaked at 238 on day 2 and recovered to 112 at discharge (baseline 98). Creatine kinase peaked at 9,400 and normalised. Delirium settled by day 5 with treatment of infection, hydration and reorientation. Metformin and ramipril held during AKI; metformin restarted day 8, ramipril NOT restarted (BP 112/68 off it). Apixaban continued at reduced dose, 2.5 mg twice daily, given age and renal function at the time; please review dose now that creatinine has improved.

Falls assessment: No syncope on history; lying/standing BP showed a postural drop of 24 mmHg systolic. No fractures on hip and pelvis X-ray. Physiotherapy: mobilising with a wheeled frame, supervised on stairs. Occupational therapy: home visit completed; perching stool, raised toilet seat and key safe installed. Personal alarm pendant arranged and activated.

Medication changes:
- STOPPED: ramipril 5 mg (hypotension, AKI)
- CHANGED: apixaban 5 mg BD to 2.5 mg BD (review)
- NEW: amoxicillin 500 mg TDS, 2 more days
- NEW: paracetamol 1 g QDS as required
- CONTINUED: metformin 500 mg BD, bisoprolol 2.5 mg OD, atorvastatin 20 mg ON

Follow-up:
- GP: U&E in 1 week; review apixaban dose; review BP and need for ramipril in 2-4 weeks
- Falls clinic: referral sent, appointment to follow
- Chest X-ray in 6 weeks to confirm resolution
- Care package: carers twice daily for 2 weeks (reablement), then review

Summarize this for the GP in five bullets."""),
(1, "general_qa", "en", "after", "prose", "W2-p022", """DISCHARGE SUMMARY

Patient: 81-year-old man
Admitted: via ED, 11 days
Discharging ward: Elderly Care, Ward 7

Presenting complaint: Found on the floor at home by his daughter after an unwitnessed fall; had been on the floor for an estimated 8 hours. Confused on arrival.

Diagnoses:
1. Community-acquired pneumonia (right lower lobe)
2. Acute kidney injury stage 2, secondary to dehydration and rhabdomyolysis from long lie
3. Delirium, now resolved
4. Background: atrial fibrillation, type 2 diabetes, mild cognitive impairment, osteoarthritis of both knees

Course in hospital: Treated with IV co-amoxiclav and clarithromycin for 5 days, switched to oral amoxicillin to complete 7 days. IV fluids for 4 days; creatinine peaked at 238 on day 2 and recovered to 112 at discharge (baseline 98). Creatine kinase peaked at 9,400 and normalised. Delirium settled by day 5 with treatment of infection, hydration and reorientation. Metformin and ramipril held during AKI; metformin restarted day 8, ramipril NOT restarted (BP 112/68 off it). Apixaban continued at reduced dose, 2.5 mg twice daily, given age and renal function at the time; please review dose now that creatinine has improved.

Falls assessment: No syncope on history; lying/standing BP showed a postural drop of 24 mmHg systolic. No fractures on hip and pelvis X-ray. Physiotherapy: mobilising with a wheeled frame, supervised on stairs. Occupational therapy: home visit completed; perching stool, raised toilet seat and key safe installed. Personal alarm pendant arranged and activated.

Medication changes:
- STOPPED: ramipril 5 mg (hypotension, AKI)
- CHANGED: apixaban 5 mg BD to 2.5 mg BD (review)
- NEW: amoxicillin 500 mg TDS, 2 more days
- NEW: paracetamol 1 g QDS as required
- CONTINUED: metformin 500 mg BD, bisoprolol 2.5 mg OD, atorvastatin 20 mg ON

Follow-up:
- GP: U&E in 1 week; review apixaban dose; review BP and need for ramipril in 2-4 weeks
- Falls clinic: referral sent, appointment to follow
- Chest X-ray in 6 weeks to confirm resolution
- Care package: carers twice daily for 2 weeks (reablement), then review

This is my father's discharge letter. He lives alone and I'm an hour away. What should we watch for in the first two weeks at home, and what should I ask the GP at the one-week check?"""),
(1, "creative_writing", "en", "none", "none", None, """Poster text for our clinic waiting room encouraging people to get their flu jab. Friendly, under 60 words, no guilt-tripping."""),
(0, "classification", "en", "before", "list", None, """Which of these are antibiotics? amoxicillin, metformin, doxycycline, atorvastatin, clarithromycin, omeprazole"""),
(1, "open_qa", "en", "none", "none", None, """Why don't antibiotics work on a cold?"""),
(0, "summarization", "en", "after", "transcript", None, """Dr: What brings you in today?
Pt: It's my knee, the left one. Started about three weeks ago after a five-a-side game. I twisted it, heard a sort of pop.
Dr: Did it swell up?
Pt: Within an hour or so, yeah. It's gone down a bit but it still locks sometimes, like it gets stuck and I have to wiggle it.
Dr: Any giving way?
Pt: Going down stairs, twice.
Dr: OK. Any pain at night?
Pt: Not really, only if I roll onto it.
Dr: Taking anything?
Pt: Ibuprofen now and then.
Dr: Let me have a look. (exam) There's a small effusion, tender along the inner joint line, McMurray's is positive medially, ligaments feel stable. I think you may have torn the meniscus, the cartilage cushion in the knee. I'd like to get an MRI and refer you to the orthopaedic knee clinic. In the meantime, avoid football and twisting, use ice, keep the ibuprofen with food, and do the quad exercises on this sheet.
Pt: How long till I can play again?
Dr: Depends on the scan. Let's see what it shows.

Write a SOAP note from this consultation."""),
(1, "general_qa", "en", "none", "none", None, """New grad nurse here, starting my first block of night shifts next week. How do I manage sleep, food and caffeine so I don't fall apart?"""),
(0, "classification", "en", "after", "reviews", "W2-p023", """Patient feedback, March:
1. "Waited 2 hours past my appointment time with no explanation."
2. "Dr Hale was patient and explained everything."
3. "Toilets in the waiting area were filthy."
4. "Receptionist was rude when I asked how long it would be."
5. "The physio plan has really helped my back."
6. "Sat in the corridor for 90 minutes, again."

Tag each comment with one theme: WAITING TIME, STAFF ATTITUDE, CLEANLINESS or CLINICAL CARE."""),
(1, "creative_writing", "en", "after", "reviews", "W2-p023", """Patient feedback, March:
1. "Waited 2 hours past my appointment time with no explanation."
2. "Dr Hale was patient and explained everything."
3. "Toilets in the waiting area were filthy."
4. "Receptionist was rude when I asked how long it would be."
5. "The physio plan has really helped my back."
6. "Sat in the corridor for 90 minutes, again."

Write a short piece for the clinic's patient newsletter that owns up to the waiting-time problem, thanks people for the feedback, and explains that from May we're adding a text alert when clinics are running late."""),
(0, "summarization", "en", "after", "prose", "W2-p024", """PACKAGE LEAFLET: INFORMATION FOR THE USER
Naproxen 250 mg tablets

Read all of this leaflet carefully before you start taking this medicine because it contains important information for you.

1. What naproxen is and what it is used for
Naproxen belongs to a group of medicines called non-steroidal anti-inflammatory drugs (NSAIDs). It reduces pain, swelling and stiffness. It is used for rheumatoid arthritis, osteoarthritis, ankylosing spondylitis, gout attacks, muscle and joint injuries such as sprains, and period pain.

2. What you need to know before you take naproxen
Do not take naproxen if you are allergic to it, to aspirin or to any other NSAID; if you have or have ever had a stomach ulcer or bleeding in your stomach or gut; if you have severe heart, liver or kidney failure; or if you are in the last three months of pregnancy.
Talk to your doctor or pharmacist before taking naproxen if you have asthma, high blood pressure, heart problems or have had a stroke, if you have kidney or liver problems, if you have Crohn's disease or ulcerative colitis, or if you are trying to become pregnant.
Other medicines: tell your doctor if you are taking other painkillers including aspirin and ibuprofen, medicines to thin the blood such as warfarin, steroids, lithium, methotrexate, some antidepressants (SSRIs), or medicines for high blood pressure, including diuretics and ACE inhibitors.
Naproxen with alcohol: drinking alcohol while taking naproxen may increase the risk of stomach bleeding.

3. How to take naproxen
Always take this medicine exactly as your doctor has told you. Swallow the tablets whole with a glass of water, with or after food. The usual adult dose for joint conditions is 500 mg to 1,000 mg a day in two divided doses. For gout, the starting dose is 750 mg, followed by 250 mg every eight hours until the attack has passed. For period pain, 500 mg to start, then 250 mg every six to eight hours, up to 1,250 mg on the first day. The lowest dose should be used for the shortest time needed to control symptoms.

4. Possible side effects
Stop taking naproxen and see a doctor at once if you notice: black, tarry stools or blood in your vomit; signs of an allergic reaction such as swelling of the face or throat or difficulty breathing; severe skin rash with blistering.
Common side effects (may affect up to 1 in 10 people): indigestion, heartburn, nausea, stomach pain, constipation or diarrhoea, headache, dizziness, drowsiness, ringing in the ears, swollen ankles.
Medicines such as naproxen may be associated with a small increased risk of heart attack or stroke.

5. How to store naproxen
Keep out of the sight and reach of children. Do not store above 25 C.

Give me the key points: what it's for, how to take it, and which side effects mean I should stop."""),
(1, "open_qa", "en", "after", "prose", "W2-p024", """PACKAGE LEAFLET: INFORMATION FOR THE USER
Naproxen 250 mg tablets

Read all of this leaflet carefully before you start taking this medicine because it contains important information for you.

1. What naproxen is and what it is used for
Naproxen belongs to a group of medicines called non-steroidal anti-inflammatory drugs (NSAIDs). It reduces pain, swelling and stiffness. It is used for rheumatoid arthritis, osteoarthritis, ankylosing spondylitis, gout attacks, muscle and joint injuries such as sprains, and period pain.

2. What you need to know before you take naproxen
Do not take naproxen if you are allergic to it, to aspirin or to any other NSAID; if you have or have ever had a stomach ulcer or bleeding in your stomach or gut; if you have severe heart, liver or kidney failure; or if you are in the last three months of pregnancy.
Talk to your doctor or pharmacist before taking naproxen if you have asthma, high blood pressure, heart problems or have had a stroke, if you have kidney or liver problems, if you have Crohn's disease or ulcerative colitis, or if you are trying to become pregnant.
Other medicines: tell your doctor if you are taking other painkillers including aspirin and ibuprofen, medicines to thin the blood such as warfarin, steroids, lithium, methotrexate, some antidepressants (SSRIs), or medicines for high blood pressure, including diuretics and ACE inhibitors.
Naproxen with alcohol: drinking alcohol while taking naproxen may increase the risk of stomach bleeding.

3. How to take naproxen
Always take this medicine exactly as your doctor has told you. Swallow the tablets whole with a glass of water, with or after food. The usual adult dose for joint conditions is 500 mg to 1,000 mg a day in two divided doses. For gout, the starting dose is 750 mg, followed by 250 mg every eight hours until the attack has passed. For period pain, 500 mg to start, then 250 mg every six to eight hours, up to 1,250 mg on the first day. The lowest dose should be used for the shortest time needed to control symptoms.

4. Possible side effects
Stop taking naproxen and see a doctor at once if you notice: black, tarry stools or blood in your vomit; signs of an allergic reaction such as swelling of the face or throat or difficulty breathing; severe skin rash with blistering.
Common side effects (may affect up to 1 in 10 people): indigestion, heartburn, nausea, stomach pain, constipation or diarrhoea, headache, dizziness, drowsiness, ringing in the ears, swollen ankles.
Medicines such as naproxen may be associated with a small increased risk of heart attack or stroke.

5. How to store naproxen
Keep out of the sight and reach of children. Do not store above 25 C.

I was prescribed this for a gout flare. I'm also on sertraline and lisinopril. Why would those two be a problem with naproxen, and is colchicine a safer option for someone like me?"""),
(0, "classification", "en", "before", "list", None, """For the triage form, cardiac or respiratory? Label each symptom set.
A: wheeze, productive cough, fever
B: palpitations, ankle swelling, breathless lying flat
C: sharp pain on breathing in, after a long-haul flight, coughing blood
D: chest tightness on exertion relieved by rest"""),
(1, "open_qa", "en", "none", "none", None, """What does an HbA1c of 48 mmol/mol mean?"""),
(0, "summarization", "en", "after", "prose", "W2-p025", """Dear Colleague,

Re: 58-year-old male, self-employed builder

Thank you for seeing this gentleman, who presents with a four-month history of exertional chest tightness, now occurring after walking about 200 metres uphill and settling within five minutes of rest. No rest pain. He is an ex-smoker (30 pack-years, stopped 2 years ago), with treated hypertension and a total cholesterol of 6.8. His father died of a myocardial infarction at 61. Resting ECG today shows sinus rhythm with no acute changes. I have started aspirin 75 mg, atorvastatin 80 mg and GTN spray, and advised him to stop heavy lifting at work for now. I would be grateful for your assessment and further investigation.

Yours sincerely,
GP

Summarize this referral in two lines."""),
(1, "general_qa", "en", "after", "prose", "W2-p025", """Dear Colleague,

Re: 58-year-old male, self-employed builder

Thank you for seeing this gentleman, who presents with a four-month history of exertional chest tightness, now occurring after walking about 200 metres uphill and settling within five minutes of rest. No rest pain. He is an ex-smoker (30 pack-years, stopped 2 years ago), with treated hypertension and a total cholesterol of 6.8. His father died of a myocardial infarction at 61. Resting ECG today shows sinus rhythm with no acute changes. I have started aspirin 75 mg, atorvastatin 80 mg and GTN spray, and advised him to stop heavy lifting at work for now. I would be grateful for your assessment and further investigation.

Yours sincerely,
GP

I'm the cardiology registrar seeing him in rapid access chest pain clinic. How would you plan the workup, and what would make you admit him rather than investigate as an outpatient?"""),
(1, "creative_writing", "en", "none", "none", None, """Thank-you card message from our ward team to a patient going home after three months with us. Warm, short, not soppy."""),
(0, "classification", "en", "before", "list", None, """Group these by body system: asthma, migraine, fractured femur, hypothyroidism, COPD, epilepsy, osteoporosis, Graves' disease"""),
(1, "open_qa", "en", "none", "none", None, """how does paracetamol actually work? someone told me nobody really knows"""),
(0, "summarization", "en", "after", "notes", None, """Bed 14 - 67F - day 3 post right hip hemiarthroplasty
- obs stable overnight, NEWS 1 (RR 20)
- pain controlled w/ oral oxycodone PRN, had 2 doses
- mobilised to chair with physio yesterday, zimmer frame
- catheter removed 06:00, not PU yet - bladder scan at 12:00 if nothing
- Hb 98 this am (was 104), no signs of bleeding
- eating 1/2 meals, dietitian referral done
- daughter visiting 14:00, wants update on discharge plan
- OT assessment booked tomorrow

Condense into a three-line handover."""),
(1, "open_qa", "en", "after", "list", None, """symptoms list (me, 41F):
- tired all the time even after 9h sleep
- put on 6kg in 4 months, eating the same
- always cold when others aren't
- dry skin, hair thinning
- constipated
- heavier periods

what might cause this combination?"""),
(0, "classification", "en", "after", "chat", None, """Route to: NURSE LINE / PHARMACY / RECEPTION / EMERGENCY (999)
Message: "my 2 year old just swallowed a button battery what do i do" """),
(1, "general_qa", "en", "none", "none", None, """My dad is 78 and keeps refusing to use his walker at home even after a fall. How do we get him to use it without it turning into a fight every time?"""),
(0, "summarization", "en", "after", "prose", None, """Before your operation: eating and drinking
You must not eat anything for six hours before your admission time. This includes chewing gum and sweets. You may drink clear fluids, such as water, black tea or coffee without milk, or squash, until two hours before your admission time. Do not drink alcohol for 24 hours before surgery. If you take regular medicines, take them at the usual time with a small sip of water unless your surgeon or pre-assessment nurse has told you otherwise. If you are diabetic, please follow the separate instructions you have been given. If you do not follow these instructions, your operation may be cancelled for your safety.

summarise this for my mum in like 3 lines"""),
(1, "creative_writing", "en", "none", "none", None, """Script for a 60-second video explaining to children (age 6-10) what happens when you have an MRI scan. A friendly narrator, mention the loud noises and keeping still, end with something reassuring."""),
(0, "classification", "en", "before", "email", None, """Urgency 1 (low) to 5 (highest)? Patient message: "I've had a fever of 39.5 for three days and now I'm confused and can't keep any fluids down." """),
(1, "open_qa", "en", "none", "none", None, """Why do some vaccines need boosters every few years while others seem to protect you for life?"""),
(0, "summarization", "en", "after", "table", "W2-p026", """Obs chart - bed 9 - last 24h
Time   HR   BP       RR  SpO2  Temp  Consciousness
08:00  88   128/76   18  96%   37.4  Alert
12:00  97   119/70   20  95%   37.9  Alert
16:00  106  108/64   22  94%   38.4  Alert
20:00  114  98/58    24  93%   38.7  Alert
00:00  121  92/54    26  92%   38.9  New confusion
04:00  124  88/50    28  91%   39.1  New confusion

Summarize the trend in one sentence for the handover sheet."""),
(1, "open_qa", "en", "after", "table", "W2-p026", """Obs chart - bed 9 - last 24h
Time   HR   BP       RR  SpO2  Temp  Consciousness
08:00  88   128/76   18  96%   37.4  Alert
12:00  97   119/70   20  95%   37.9  Alert
16:00  106  108/64   22  94%   38.4  Alert
20:00  114  98/58    24  93%   38.7  Alert
00:00  121  92/54    26  92%   38.9  New confusion
04:00  124  88/50    28  91%   39.1  New confusion

Student nurse question: what would the NEWS2 score be at 04:00 (patient on room air), and does this picture fit sepsis? Explain the reasoning so I can learn it."""),
(0, "classification", "en", "before", "list", None, """UK: label each as OTC (over the counter) or POM (prescription only).
ibuprofen 200 mg / amoxicillin 500 mg / loratadine 10 mg / sertraline 50 mg / paracetamol 500 mg / warfarin 3 mg"""),
(1, "general_qa", "en", "none", "none", None, """Colonoscopy on Thursday and I'm dreading the bowel prep. Any tips for getting through it?"""),
(0, "summarization", "en", "after", "email", "W2-p027", """To the Practice Manager,

I am writing on behalf of my wife, who attended the surgery on 2 October with severe abdominal pain. She waited over an hour in reception, was seen by a locum doctor for less than five minutes, and was told it was "probably a tummy bug" and to take paracetamol. That night her pain worsened and we went to A&E, where she was diagnosed with appendicitis and operated on the next morning. The surgeon told us the appendix was close to rupturing.

We are both shaken by this. I would like to know why she was not examined properly, and what the practice will do to make sure this does not happen to another patient. I would also like a copy of the notes from the consultation.

Yours faithfully,
[husband]

Summarise this complaint in two bullets for the partners' meeting."""),
(1, "creative_writing", "en", "after", "email", "W2-p027", """To the Practice Manager,

I am writing on behalf of my wife, who attended the surgery on 2 October with severe abdominal pain. She waited over an hour in reception, was seen by a locum doctor for less than five minutes, and was told it was "probably a tummy bug" and to take paracetamol. That night her pain worsened and we went to A&E, where she was diagnosed with appendicitis and operated on the next morning. The surgeon told us the appendix was close to rupturing.

We are both shaken by this. I would like to know why she was not examined properly, and what the practice will do to make sure this does not happen to another patient. I would also like a copy of the notes from the consultation.

Yours faithfully,
[husband]

Draft the practice manager's acknowledgement letter: sincere apology for the experience, explain we're investigating as a significant event, how to get the notes, and a timescale for a full response. Don't admit clinical fault at this stage."""),
(1, "open_qa", "en", "none", "none", None, """mechanism behind statin muscle pain? is it the CoQ10 thing or is that a myth"""),
(0, "classification", "en", "before", "table", None, """Which values are outside the reference range?
Na 131 (135-145)
K 4.2 (3.5-5.0)
Creatinine 140 (60-110)
Glucose 5.1 (3.9-5.8)
CRP 3 (<5)"""),
(1, "creative_writing", "en", "none", "none", None, """Limerick about a GP whose handwriting no pharmacist can read."""),
(0, "summarization", "en", "none", "none", None, """Recap season 1 of House M.D. in a few lines, no spoilers past the finale."""),
(1, "general_qa", "en", "none", "none", None, """Applying to medical school at 32 after ten years in accounting. How do I make the career change a strength in my personal statement instead of something I have to explain away?"""),
(0, "classification", "en", "before", "email", "W2-p028", """Side effect report or dosage question? "Started the new blood pressure tablets on Monday and I've had a dry tickly cough ever since." """),
(1, "open_qa", "en", "inline", "prose", "W2-p028", """Started the new blood pressure tablets (ramipril) on Monday and I've had a dry tickly cough ever since. Is that from the tablets? Will it go away if I keep taking them?"""),
(0, "summarization", "en", "after", "notes", None, """WR Mon - Cons Dr Iqbal
Mr T, 72, day 6, admitted w/ decompensated heart failure
- weight down 4.1 kg since admission, still +2 above dry weight est.
- still bibasal creps, less SOB, can lie at 2 pillows now
- K 3.3 - replace orally, recheck tomorrow
- Cr 134 (adm 118) - tolerate for now, continue IV furosemide 80 BD 1 more day then switch oral
- echo: EF 30%, mod MR
- not on SGLT2i or MRA - start dapagliflozin today, spironolactone once K ok
- HF nurse referral
- discuss driving (HGV licence?) - ask pt
- aim d/c Thu if weight keeps falling

Pls condense these ward round notes into a numbered problem list with the plan for each."""),
(1, "open_qa", "en", "none", "none", None, """What does the evidence actually say about intermittent fasting versus ordinary calorie restriction for weight loss?"""),
(0, "classification", "en", "before", "list", None, """Tag each incident: MEDICATION ERROR, FALL, PRESSURE INJURY or NEAR MISS.
1. Patient given 10 mg instead of 1 mg of morphine oral solution.
2. Grade 2 sore found on left heel on day 4.
3. Pharmacist spotted duplicate anticoagulant on the chart before the first dose was given.
4. Patient found on floor beside bed at 03:00, no injury.
5. IV antibiotics given 4 hours late due to stock issue."""),
(1, "general_qa", "en", "none", "none", None, """I've just become a ward manager. What does a good incident-reporting culture look like, and how do I get staff to report near misses instead of hiding them?"""),
(0, "summarization", "en", "after", "transcript", None, """Lung cancer MDT - transcript excerpt

Chair: Patient one, the 64-year-old lady from the respiratory clinic. Radiology?
Radiologist: CT shows a 2.8 centimetre spiculated lesion in the right upper lobe, no enlarged mediastinal nodes. PET shows avid uptake in the lesion only, SUV around 9, nothing elsewhere.
Chair: Pathology?
Pathologist: EBUS was negative in stations 4R and 7. The CT-guided biopsy of the lesion shows adenocarcinoma, PD-L1 about 40 percent, EGFR and ALK results pending.
Chair: Lung function?
Resp physician: FEV1 is 78 percent predicted, transfer factor 70. She's fit, still works part-time, performance status zero.
Surgeon: Then she's a good candidate for a right upper lobectomy, probably VATS. I'm happy to see her in clinic next week.
Chair: Any objections? None. So outcome for patient one: stage one B, for surgical resection, surgeon's clinic next week, await molecular results.

Chair: Patient two, the 79-year-old gentleman with COPD.
Radiologist: Left lower lobe mass, 5 centimetres, invading the chest wall, and a 1.5 centimetre adrenal nodule on the left that is PET-avid.
Pathologist: Squamous cell carcinoma from bronchoscopy.
Resp physician: FEV1 is 38 percent, on home oxygen at night, performance status two. He's told me he doesn't want anything aggressive.
Oncologist: If the adrenal is metastatic he's stage four. We could biopsy the adrenal but he'd have to want that. Palliative radiotherapy to the chest wall would help the pain, which is now his main problem.
Chair: Agreed. Outcome: likely stage four, palliative radiotherapy referral for pain, palliative care referral, discuss adrenal biopsy with the patient only if he'd want systemic treatment.

Chair: Patient three, the 55-year-old man, rediscussion.
Radiologist: The 9 millimetre nodule in the left upper lobe is unchanged in size over 12 months, solid, smooth margins.
Chair: So it's stable at a year. Resp?
Resp physician: Under the guidelines we can continue surveillance, one more CT at 24 months and discharge if still stable.
Chair: Agreed. Outcome: CT surveillance, repeat at 24 months.

Chair: Thank you everyone, next week's list closes Friday at noon.

Summarize the decision for each patient, one or two lines each."""),
(1, "creative_writing", "en", "none", "none", None, """Write a short speech for our leaving do: a nurse retiring after 35 years in A&E. Funny in places, a proper tribute at the end, about three minutes."""),
(0, "classification", "en", "before", "list", None, """Warning or instruction? Label each line from the leaflet.
- Take one tablet twice a day with food.
- Do not drive if you feel drowsy.
- Swallow whole; do not crush.
- Stop taking and seek help if your lips or tongue swell.
- Store below 25 C."""),
(1, "open_qa", "en", "none", "none", None, """is it safe to take ibuprofen while pregnant"""),
(0, "summarization", "en", "after", "prose", "W2-p029", """HISTOPATHOLOGY REPORT
Specimen: Left breast wide local excision and sentinel node biopsy
Macroscopy: Excision specimen 62 x 48 x 30 mm containing a firm tumour 17 mm in maximum dimension.
Microscopy: Invasive ductal carcinoma (no special type), grade 2. No lymphovascular invasion seen. Associated DCIS, intermediate grade, within 3 mm of the tumour. All margins clear; closest margin (superior) 4 mm.
Sentinel nodes: 0 of 2 nodes involved.
Receptors: ER positive (8/8), PR positive (6/8), HER2 negative.
Pathological stage: pT1c pN0(sn)

Summarize this report for me in plain English - I'm the patient and I'd like to understand it before my appointment."""),
(1, "open_qa", "en", "after", "prose", "W2-p029", """HISTOPATHOLOGY REPORT
Specimen: Left breast wide local excision and sentinel node biopsy
Macroscopy: Excision specimen 62 x 48 x 30 mm containing a firm tumour 17 mm in maximum dimension.
Microscopy: Invasive ductal carcinoma (no special type), grade 2. No lymphovascular invasion seen. Associated DCIS, intermediate grade, within 3 mm of the tumour. All margins clear; closest margin (superior) 4 mm.
Sentinel nodes: 0 of 2 nodes involved.
Receptors: ER positive (8/8), PR positive (6/8), HER2 negative.
Pathological stage: pT1c pN0(sn)

This is my report. What does this usually mean for treatment: will I likely need chemo, or just radiotherapy and hormone tablets? And what is the general outlook for this type?"""),
(0, "classification", "en", "before", "reviews", None, """Positive, negative or mixed? "The surgeon was brilliant but the ward food was inedible." """),
(1, "general_qa", "en", "none", "none", None, """My GP surgery never picks up the phone at 8am. Any tricks for actually getting an appointment?"""),
(0, "summarization", "en", "after", "email", None, """To: All clinical staff
Subject: Changes to sharps disposal from 1 June

From 1 June, all wards and departments will move to the new yellow-lid sharps bins supplied by our new waste contractor. The old orange-lid bins must not be used after 31 May and should be closed, labelled with the ward name and date, and left at the ward's collection point by 4pm on 31 May. New bins must be assembled and signed at the point of assembly. Bins should be closed and replaced when filled to the line, and must never be more than three-quarters full. Temporary closure must be used whenever a bin is left unattended. Any needlestick injury must still be reported on the incident system and to Occupational Health the same day. Training videos are available on the intranet; ward managers are asked to confirm by 25 May that all staff have watched them.

Key points for the staff noticeboard, please. Bullets."""),
(1, "creative_writing", "en", "none", "none", None, """Need a rota-swap message for the ward WhatsApp: I need Christmas Day off for my sister's wedding and will take New Year's Eve AND New Year's Day in exchange. Funny but polite."""),
(0, "classification", "en", "before", "list", None, """Language of each triage note?
1. Douleur abdominale depuis hier soir
2. Dolor de cabeza muy fuerte
3. Bauchschmerzen seit gestern
4. Stomach ache since yesterday
5. Mal di gola da tre giorni"""),
(1, "open_qa", "en", "none", "none", None, """why do we get fevers? is it the body fighting the bug or the bug doing it"""),
(0, "summarization", "en", "after", "transcript", "W2-p030", """Call 0912 - nurse triage line
Caller: Hi, it's about my son, he's 4. He's had a temperature since last night, about 38.8, and he's been sick twice this morning.
Nurse: Is he drinking?
Caller: Little sips. He had a wet nappy, well, pull-up, about three hours ago.
Nurse: Any rash?
Caller: No, I checked.
Nurse: Is he responding to you normally, playing at all?
Caller: He's watching telly, a bit quiet but he's talking.
Nurse: Any neck stiffness, does light bother him?
Caller: No.
Nurse: OK. Keep offering small amounts of fluid often, you can give paracetamol or ibuprofen for comfort. I'll put him on the list for a GP callback this afternoon. If he stops drinking, becomes floppy or develops a rash that doesn't fade under a glass, call 999.
Caller: OK, thank you.

One-line summary for the GP callback list."""),
(1, "general_qa", "en", "after", "transcript", "W2-p030", """Call 0912 - nurse triage line
Caller: Hi, it's about my son, he's 4. He's had a temperature since last night, about 38.8, and he's been sick twice this morning.
Nurse: Is he drinking?
Caller: Little sips. He had a wet nappy, well, pull-up, about three hours ago.
Nurse: Any rash?
Caller: No, I checked.
Nurse: Is he responding to you normally, playing at all?
Caller: He's watching telly, a bit quiet but he's talking.
Nurse: Any neck stiffness, does light bother him?
Caller: No.
Nurse: OK. Keep offering small amounts of fluid often, you can give paracetamol or ibuprofen for comfort. I'll put him on the list for a GP callback this afternoon. If he stops drinking, becomes floppy or develops a rash that doesn't fade under a glass, call 999.
Caller: OK, thank you.

I was the triage nurse on this call and my supervisor says I missed things. What should I have asked that I didn't, and was the safety-netting enough?"""),
(0, "classification", "en", "before", "list", None, """Acute or chronic? appendicitis, rheumatoid arthritis, hypertension, food poisoning, asthma, concussion"""),
(1, "creative_writing", "en", "none", "none", None, """bedtime story for my 6 year old who is scared about having her tonsils out tomorrow. she loves foxes"""),
(1, "open_qa", "en", "none", "none", None, """CT vs MRI: what's the difference and how do doctors decide which one to order?"""),
(0, "summarization", "en", "after", "prose", None, """All staff must decontaminate their hands before and after every patient contact, after contact with the patient's immediate surroundings, after exposure to body fluids, and before any aseptic task. Alcohol hand rub is acceptable in most cases, but soap and water must be used when hands are visibly soiled and when caring for patients with suspected or confirmed C. difficile or norovirus, as alcohol is not effective against spores. Wrist watches, stoned rings and long sleeves are not permitted in clinical areas.

One-sentence TLDR."""),
(0, "classification", "en", "before", "email", None, """Which department: ENT, dermatology, neurology or cardiology?
"Constant ringing in both ears since a concert two weeks ago." """),
(1, "general_qa", "en", "none", "none", None, """How can I become a clinical research coordinator if my degree is in English literature?"""),
(0, "summarization", "en", "after", "form", "W2-p031", """PARTICIPANT CONSENT FORM - EXTRACT
Study: Effect of a home exercise programme on recovery after knee replacement
- You will be randomly allocated to the exercise programme or to usual care.
- You will attend 3 study visits (6 weeks, 3 months and 12 months after surgery), each lasting about 1 hour.
- At each visit we will measure your knee movement and ask you to complete two questionnaires.
- A small blood sample (10 ml) will be taken at the first and last visits and stored for up to 10 years for future ethically approved research.
- You may withdraw at any time without giving a reason; this will not affect your care. Data and samples collected up to the point of withdrawal may still be used unless you ask us to destroy them.
- Travel expenses up to 20 per visit will be reimbursed.

Key points of this consent form, as a short list."""),
(1, "open_qa", "en", "after", "form", "W2-p031", """PARTICIPANT CONSENT FORM - EXTRACT
Study: Effect of a home exercise programme on recovery after knee replacement
- You will be randomly allocated to the exercise programme or to usual care.
- You will attend 3 study visits (6 weeks, 3 months and 12 months after surgery), each lasting about 1 hour.
- At each visit we will measure your knee movement and ask you to complete two questionnaires.
- A small blood sample (10 ml) will be taken at the first and last visits and stored for up to 10 years for future ethically approved research.
- You may withdraw at any time without giving a reason; this will not affect your care. Data and samples collected up to the point of withdrawal may still be used unless you ask us to destroy them.
- Travel expenses up to 20 per visit will be reimbursed.

Why do trials randomise people to "usual care" instead of just giving everyone the exercise programme? Isn't that unfair to the control group?"""),
(1, "creative_writing", "en", "none", "none", None, """10 name ideas for a physio clinic that specialises in runners"""),
(0, "classification", "en", "before", "list", None, """Does each portal message need a clinician today? Y/N
1. "Can I get my repeat of levothyroxine sent to a different pharmacy?"
2. "Since this morning my left leg is swollen and hot and it hurts to walk."
3. "What time does the surgery open on bank holidays?"
4. "I'm 30 weeks pregnant and the baby hasn't moved since yesterday." """),
(1, "open_qa", "en", "none", "none", None, """What does a "shadow on the lung" on a chest x-ray usually mean?"""),
(0, "summarization", "en", "after", "notes", "W2-p032", """Dietetic review - 52M, T2DM, BMI 34, HbA1c 71
- breakfast: usually skipped, 2 sugary coffees by 10am
- lunch: meal deal (sandwich, crisps, fizzy drink)
- dinner: large portions, mostly pasta/rice, late (21:00)
- snacks: biscuits in evening
- alcohol: 4-5 pints at weekend
- activity: desk job, walks dog 20 min daily
Plan agreed:
1. switch to sugar-free drinks / diet versions
2. swap fizzy drink at lunch for water
3. half-plate veg at dinner, reduce starchy portion to fist size
4. eat dinner by 19:30 where possible
5. cut weekend pints to 2-3 and alternate with soft drinks
6. increase dog walk to 40 min most days
Review 8 weeks.

Summarize the plan in plain language for the patient."""),
(1, "general_qa", "en", "after", "notes", "W2-p032", """Dietetic review - 52M, T2DM, BMI 34, HbA1c 71
- breakfast: usually skipped, 2 sugary coffees by 10am
- lunch: meal deal (sandwich, crisps, fizzy drink)
- dinner: large portions, mostly pasta/rice, late (21:00)
- snacks: biscuits in evening
- alcohol: 4-5 pints at weekend
- activity: desk job, walks dog 20 min daily
Plan agreed:
1. switch to sugar-free drinks / diet versions
2. swap fizzy drink at lunch for water
3. half-plate veg at dinner, reduce starchy portion to fist size
4. eat dinner by 19:30 where possible
5. cut weekend pints to 2-3 and alternate with soft drinks
6. increase dog walk to 40 min most days
Review 8 weeks.

That's me. Can you put together a realistic 7-day meal plan that fits this? I work 9-5 in an office and I can't cook much beyond basics."""),
(0, "classification", "en", "before", "prose", None, """Medical emergency, yes or no? "Sudden worst headache of my life, came on like a thunderclap while lifting." """),
(1, "open_qa", "en", "none", "none", None, """Current thinking on daily low-dose aspirin to prevent a first heart attack? My dad has taken it for 20 years."""),
(0, "summarization", "en", "none", "none", None, """Give me a short recap of the film Awakenings."""),
(1, "creative_writing", "en", "none", "none", None, """Email to all hospital staff: the main car park closes for resurfacing from 3 to 17 March. Explain the park-and-ride shuttle and the overflow car park on Mill Lane, and apologise for the hassle."""),
(0, "classification", "en", "before", "list", None, """Severity scale: 1 = no harm, 2 = low harm, 3 = moderate harm, 4 = severe harm.
Grade each event.
a) Wrong-site blood test drawn and repeated; no effect on patient.
b) Missed dose of insulin led to a glucose of 24 and an extra night in hospital.
c) Fall causing a fractured wrist needing surgery.
d) Bruise from a blood pressure cuff left inflated too long."""),
(1, "general_qa", "en", "none", "none", None, """I'm a community pharmacist thinking about moving into the pharmaceutical industry. What roles are realistic for someone like me and how do I get a foot in the door?"""),
(0, "summarization", "en", "after", "log", "W2-p033", """PUMP ID 44-1872  Ward 3B  Bed 11
02:10:04 INFUSION START  drug=Vancomycin  rate=125 mL/h  VTBI=250 mL
02:31:47 ALARM  DOWNSTREAM OCCLUSION
02:32:30 ALARM SILENCED  user=RN
02:33:12 INFUSION RESUME
02:48:05 ALARM  DOWNSTREAM OCCLUSION
02:48:59 ALARM SILENCED  user=RN
02:50:20 INFUSION RESUME  note="line repositioned"
03:14:41 ALARM  DOWNSTREAM OCCLUSION
03:15:02 ALARM SILENCED  user=RN
03:22:10 INFUSION RESUME  note="cannula flushed"
03:55:36 INFUSION COMPLETE  VI=249 mL
03:55:40 KVO START  rate=3 mL/h

Summarize what happened with this pump for the incident review, in a few lines."""),
(1, "open_qa", "en", "after", "log", "W2-p033", """PUMP ID 44-1872  Ward 3B  Bed 11
02:10:04 INFUSION START  drug=Vancomycin  rate=125 mL/h  VTBI=250 mL
02:31:47 ALARM  DOWNSTREAM OCCLUSION
02:32:30 ALARM SILENCED  user=RN
02:33:12 INFUSION RESUME
02:48:05 ALARM  DOWNSTREAM OCCLUSION
02:48:59 ALARM SILENCED  user=RN
02:50:20 INFUSION RESUME  note="line repositioned"
03:14:41 ALARM  DOWNSTREAM OCCLUSION
03:15:02 ALARM SILENCED  user=RN
03:22:10 INFUSION RESUME  note="cannula flushed"
03:55:36 INFUSION COMPLETE  VI=249 mL
03:55:40 KVO START  rate=3 mL/h

What are the likely causes of repeated downstream occlusion alarms like this, and is there any risk to the patient from resuming each time?"""),
(0, "classification", "en", "before", "list", None, """Which are signs of dehydration and which are unrelated? dark urine, dizziness on standing, itchy scalp, dry mouth, earache, reduced urine output"""),
(1, "open_qa", "en", "none", "none", None, """Can you explain how mRNA vaccines work without dumbing it down too much? I did A-level biology."""),
(0, "summarization", "en", "after", "list", None, """Meds BEFORE admission: bisoprolol 5mg OD, ramipril 10mg OD, furosemide 40mg OD, aspirin 75mg OD, simvastatin 40mg ON, omeprazole 20mg OD
Meds AT DISCHARGE: bisoprolol 5mg OD, ramipril 5mg OD, furosemide 80mg OD, apixaban 5mg BD, atorvastatin 80mg ON, omeprazole 20mg OD

Sum up the medication changes."""),
(1, "general_qa", "en", "none", "none", None, """how do I help my mum remember to take 7 different tablets at different times of day? she's 80 and lives alone"""),
(0, "classification", "en", "before", "list", None, """Type of each helpline question: APPOINTMENT, PRESCRIPTION, TEST RESULTS or OTHER.
- Are my blood results back yet?
- Can I move my Tuesday slot to Friday?
- Where do I park for the new health centre?
- I need more of my inhaler.
- Did the urine sample show an infection?
- Can I book my flu jab online?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short motivational message for the ICU nurses' group chat after a brutal winter. Not cheesy. We're tired, not stupid."""),
(0, "summarization", "en", "after", "prose", "W2-p034", """ADULT INPATIENT VISITING POLICY (revised)

1. Purpose. This policy sets out arrangements for visiting adult inpatients. It aims to support patients' wellbeing and recovery, which is improved by contact with family and friends, while protecting the privacy, dignity and safety of all patients and the ability of staff to deliver care.

2. Visiting hours. General visiting is between 11:00 and 20:00 every day. Wards operate a protected mealtime from 12:00 to 13:00 and from 17:00 to 18:00, during which visitors are asked to leave the bay unless they are helping the patient to eat and drink and have agreed this with the nurse in charge.

3. Number of visitors. A maximum of two visitors per patient at the bedside at any one time. Additional visitors may wait in the day room where one is available. Children under 12 may visit when accompanied by an adult and must be supervised at all times.

4. Open visiting. Open visiting, outside the hours above, applies to: patients receiving end-of-life care; patients with dementia, learning disabilities or autism, where a carer's presence is part of the care plan; and patients whose condition the nurse in charge judges would benefit. One nominated carer may stay overnight where a chair or recliner is available.

5. Infection control. Visitors must clean their hands on entering and leaving the ward. Visitors who have had diarrhoea, vomiting or flu-like symptoms in the previous 48 hours must not visit. During outbreaks, the infection prevention team may restrict visiting on affected wards; restrictions will be displayed at the ward entrance and on the hospital website.

6. Restrictions. The nurse in charge may ask visitors to leave temporarily during clinical procedures, ward rounds or emergencies. Visitors who are aggressive, abusive or under the influence of alcohol or drugs will be asked to leave, and security may be called. Any decision to restrict an individual's visiting for longer than 24 hours must be reviewed by the matron.

7. Personal property and food. Visitors are asked not to bring flowers into critical care or haematology wards. Food brought in for patients must be labelled with the patient's name and date and may be stored in the ward fridge for up to 24 hours.

8. Mobile phones and photography. Mobile phones may be used quietly. Photographs or video of other patients or staff must not be taken without their consent.

9. Concerns. Visitors with concerns about the care of a patient should speak first to the nurse in charge. The Patient Advice and Liaison Service is available for concerns that cannot be resolved on the ward.

Summarize this for the family information leaflet in six bullets."""),
(1, "general_qa", "en", "after", "prose", "W2-p034", """ADULT INPATIENT VISITING POLICY (revised)

1. Purpose. This policy sets out arrangements for visiting adult inpatients. It aims to support patients' wellbeing and recovery, which is improved by contact with family and friends, while protecting the privacy, dignity and safety of all patients and the ability of staff to deliver care.

2. Visiting hours. General visiting is between 11:00 and 20:00 every day. Wards operate a protected mealtime from 12:00 to 13:00 and from 17:00 to 18:00, during which visitors are asked to leave the bay unless they are helping the patient to eat and drink and have agreed this with the nurse in charge.

3. Number of visitors. A maximum of two visitors per patient at the bedside at any one time. Additional visitors may wait in the day room where one is available. Children under 12 may visit when accompanied by an adult and must be supervised at all times.

4. Open visiting. Open visiting, outside the hours above, applies to: patients receiving end-of-life care; patients with dementia, learning disabilities or autism, where a carer's presence is part of the care plan; and patients whose condition the nurse in charge judges would benefit. One nominated carer may stay overnight where a chair or recliner is available.

5. Infection control. Visitors must clean their hands on entering and leaving the ward. Visitors who have had diarrhoea, vomiting or flu-like symptoms in the previous 48 hours must not visit. During outbreaks, the infection prevention team may restrict visiting on affected wards; restrictions will be displayed at the ward entrance and on the hospital website.

6. Restrictions. The nurse in charge may ask visitors to leave temporarily during clinical procedures, ward rounds or emergencies. Visitors who are aggressive, abusive or under the influence of alcohol or drugs will be asked to leave, and security may be called. Any decision to restrict an individual's visiting for longer than 24 hours must be reviewed by the matron.

7. Personal property and food. Visitors are asked not to bring flowers into critical care or haematology wards. Food brought in for patients must be labelled with the patient's name and date and may be stored in the ward fridge for up to 24 hours.

8. Mobile phones and photography. Mobile phones may be used quietly. Photographs or video of other patients or staff must not be taken without their consent.

9. Concerns. Visitors with concerns about the care of a patient should speak first to the nurse in charge. The Patient Advice and Liaison Service is available for concerns that cannot be resolved on the ward.

I'm the nurse in charge of a busy surgical ward. Which parts of this policy are most likely to cause arguments with families, and how should my staff handle those conversations? Give me some practical phrasing."""),
(1, "open_qa", "en", "none", "none", None, """normal blood pressure for a 70 year old? is 145/85 bad"""),
(0, "classification", "en", "before", "email", None, """Spam? "Congratulations! You've been selected for a FREE full-body scan at our partner clinic. Click here to claim before midnight." """),
(1, "open_qa", "en", "none", "none", None, """Why does NICE use QALYs to decide which drugs the NHS funds, and what are the main criticisms of that approach?"""),
(0, "summarization", "en", "after", "chat", "W2-p035", """Me: So what did the scan show?
Dr: There's a small nodule in your thyroid, about 9 millimetres. It looks smooth and it doesn't have the features we worry about.
Me: Is it cancer?
Dr: Most nodules like this are benign. Given its size and appearance, the guidelines don't recommend a needle biopsy right now.
Me: So what happens next?
Dr: We'll repeat the ultrasound in 12 months to check it hasn't grown. Your thyroid blood tests were normal. If you notice a lump getting bigger, trouble swallowing, or a hoarse voice that doesn't go away, contact us sooner.
Me: OK. Should I change anything?
Dr: No, carry on as normal.

Summarize this conversation so I can send it to my sister."""),
(1, "general_qa", "en", "after", "chat", "W2-p035", """Me: So what did the scan show?
Dr: There's a small nodule in your thyroid, about 9 millimetres. It looks smooth and it doesn't have the features we worry about.
Me: Is it cancer?
Dr: Most nodules like this are benign. Given its size and appearance, the guidelines don't recommend a needle biopsy right now.
Me: So what happens next?
Dr: We'll repeat the ultrasound in 12 months to check it hasn't grown. Your thyroid blood tests were normal. If you notice a lump getting bigger, trouble swallowing, or a hoarse voice that doesn't go away, contact us sooner.
Me: OK. Should I change anything?
Dr: No, carry on as normal.

My mum had thyroid cancer so I'm anxious about waiting a whole year. Is it reasonable to ask for a biopsy anyway, and how should I bring it up without seeming pushy?"""),
(0, "classification", "en", "before", "prose", None, """Positive or negative culture result? "No growth after 48 hours." """),
(1, "creative_writing", "en", "none", "none", None, """haiku for the pharmacy team's wall, theme: the 5pm discharge rush"""),
(0, "summarization", "en", "after", "prose", None, """ECHOCARDIOGRAM REPORT
Left ventricle normal in size with mildly reduced systolic function, EF estimated 45-50%. Regional wall motion abnormality: hypokinesia of the inferior wall. Mild mitral regurgitation. Aortic valve trileaflet, no stenosis. Right ventricle normal size and function. No pericardial effusion. Estimated PA systolic pressure 28 mmHg.

What does this say, in plain words? Short please."""),
(1, "general_qa", "en", "none", "none", None, """We're a small GP practice with a CQC inspection in six weeks. How should we prepare?"""),
(0, "classification", "en", "before", "list", None, """Low back pain: sort into RED FLAG and NOT RED FLAG.
- pain worse after sitting all day
- new urinary retention
- numbness in the saddle area
- history of cancer, weight loss
- stiffness in the morning that eases after a shower
- pain after lifting a heavy box"""),
(1, "open_qa", "en", "none", "none", None, """What is sarcopenia and can you actually reverse it after 70?"""),
(0, "summarization", "en", "after", "chat", None, """[WhatsApp - Med reg handover]
Sam: bed 4 is the DKA, on FRII, ketones 1.2 now down from 4, swapping to SC insulin once eating
Sam: bed 12 chest pain, trop 2nd one pending at 22:00, if rising call cardio
Leah: got it. anyone for ceiling of care discussions?
Sam: bed 20, family coming at 9 tomorrow, consultant wants to be there
Sam: and ED has 3 waiting, 2 look like they'll need beds
Leah: ok thanks, go home 🙏

summary of this handover please, bullet per patient"""),
(1, "creative_writing", "en", "none", "none", None, """Short bio for me for the hospital website: consultant geriatrician, 12 years as a consultant, interests in falls prevention and frailty, I cycle to work and run a monthly community falls clinic. Third person, 80 words."""),
(0, "classification", "en", "after", "notes", None, """"Three-day history of productive cough and fever. Known COPD, ex-smoker. Start amoxicillin and review in 48 hours. Wife reports he has been more confused since yesterday."

Tag each sentence as SYMPTOM, HISTORY or PLAN."""),
(1, "open_qa", "en", "none", "none", None, """How accurate are home pregnancy tests really, and how early can you trust a negative?"""),
(0, "summarization", "en", "after", "email", None, """Dear patient, your recent blood tests have been reviewed by the doctor. Your kidney function, liver function and full blood count are all within the normal range. Your cholesterol is slightly raised at 5.9 (ideal under 5.0), and the doctor suggests dietary changes and a repeat test in 3 months, which you can book online. No further action is needed at this time.

summary pls"""),
(1, "general_qa", "en", "none", "none", None, """I have a real phobia of needles and need bloods done next week. How do I get through it without fainting?"""),
(0, "classification", "en", "before", "email", None, """Routine or urgent prescription request? "Ran out of my epilepsy meds this morning, next seizure could be any time." """),
(1, "open_qa", "en", "none", "none", None, """what actually happens in your body after you quit smoking, like week by week"""),
(0, "summarization", "en", "after", "prose", None, """Plain language summary
We wanted to find out whether exercise programmes help people with long-term low back pain. We found 41 studies involving about 4,500 adults. Most programmes lasted 6 to 12 weeks and included strengthening, stretching or aerobic exercise. Compared with no treatment or usual care, exercise probably reduces pain slightly and improves function slightly in the short term. The effects were small and may not be noticeable for some people. We found no clear evidence that one type of exercise is better than another. Few studies reported harms, and those that did reported mainly temporary muscle soreness. Our confidence in the evidence is moderate, because many studies were small and participants knew which treatment they received.

Main points of this plain language summary in two sentences."""),
(1, "creative_writing", "en", "none", "none", None, """Funny but kind out-of-office reply for a community midwife going on three weeks' leave. Include who to contact instead (the team mobile)."""),
(0, "classification", "en", "before", "list", None, """Categorise clinic expenses as CONSUMABLES, EQUIPMENT, STAFF or UTILITIES:
gloves (box of 100) / locum GP session / replacement ECG machine / electricity bill Q2 / syringes / practice nurse overtime / autoclave service / water rates"""),
(1, "general_qa", "en", "none", "none", None, """Our outpatient clinic's no-show rate is 18%. What's actually worked elsewhere to bring that down?"""),
(0, "summarization", "en", "after", "email", None, """Dear Dr Moreno,

Thank you for seeing this 47-year-old woman in the rheumatology clinic. She first noticed pain and swelling in the small joints of both hands about eight months ago, with morning stiffness lasting over an hour. More recently her wrists and the balls of her feet have become painful. She has tried ibuprofen with partial relief. She has no rash, no mouth ulcers and no eye symptoms. Her mother had rheumatoid arthritis. On examination today there was synovitis of the 2nd and 3rd MCP joints bilaterally and tenderness across the MTP joints. Bloods show CRP 28, ESR 41, rheumatoid factor positive and anti-CCP strongly positive. Hand X-rays are awaited. She works as a hairdresser and is struggling to hold scissors, and she is worried about her job.

Kind regards,
GP

Recap the patient's history from this letter in four bullets."""),
(1, "open_qa", "en", "none", "none", None, """is it true you shouldn't wake a sleepwalker?"""),
(0, "classification", "en", "before", "list", None, """Notifiable in England or not? measles, chickenpox, tuberculosis, common cold, whooping cough, food poisoning"""),
(1, "open_qa", "en", "none", "none", None, """What's the difference between a psychologist, a psychiatrist and a counsellor, and who should I see for panic attacks?"""),
(0, "summarization", "en", "after", "prose", None, """The Royal Eastbrook Hospital today opened its new 24-bed acute stroke unit, bringing together hyperacute care, rehabilitation and early supported discharge on one floor. The unit, which cost 14 million and took two years to build, includes a dedicated CT scanner next to the emergency department so that patients can be scanned within minutes of arrival, and a rehabilitation gym designed with input from former patients. The hospital expects the unit to cut the average time from arrival to clot-busting treatment from 55 to under 30 minutes. Staff recruitment for the unit is ongoing, with 40 new nursing and therapy posts created.

shorten to about 50 words"""),
(1, "general_qa", "en", "none", "none", None, """How do I tell my boss I need time off for IVF without sharing every detail?"""),
(0, "classification", "en", "before", "reviews", None, """Positive, negative or mixed? "The nurse on ward 5 was kind, but nobody explained my discharge medication and I had to phone back twice." """),
]
