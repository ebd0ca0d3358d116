# writer professions, part 04. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p052", """CURRICULUM VITAE

Profile
Operations and supply chain professional with eleven years' experience in food manufacturing and third-party logistics. Led warehouse teams of up to 65 people, delivered two warehouse management system implementations and reduced picking errors by over half at a multi-client site. Lean Six Sigma Green Belt. Comfortable with data, happiest on the shop floor. Looking for a role with broader responsibility for end-to-end planning.

Experience

Site Operations Manager, regional third-party logistics provider (2019 - present)
- Responsible for a 220,000 sq ft multi-client warehouse handling chilled and ambient goods for four retail and food-service clients; annual site budget of 6.8 million.
- Manage five shift managers and around 140 permanent and agency staff across three shifts.
- Led the implementation of a new warehouse management system in 2021, on time and 4% under budget; picking accuracy improved from 99.1% to 99.6% in the first year.
- Negotiated a revised agency labour contract, saving approximately 310,000 a year while reducing agency turnover.
- Introduced a weekly safety walk and near-miss reporting app; lost-time incidents fell from 9 to 2 a year.
- Won a five-year contract extension with the site's largest client after a service review.

Warehouse Manager, national frozen food manufacturer (2015 - 2019)
- Ran the finished-goods warehouse and dispatch operation for a factory producing 40,000 tonnes a year.
- Managed a team of 65, including two team leaders and a stock control analyst.
- Redesigned the dispatch schedule with the transport planner, cutting average vehicle waiting time from 90 to 35 minutes.
- Led the site's first Lean project, a 5S programme in the packaging store, which reduced stock write-offs by 18%.

Shift Team Leader, same manufacturer (2013 - 2015)
- Supervised a night shift of 20 on goods-in and put-away.
- Trained new starters on counterbalance and reach trucks; held a trainer certification.

Education and training
- BSc (Hons) Business Management, 2:1 (2012)
- Lean Six Sigma Green Belt (2018)
- IOSH Managing Safely (2016)
- Currently studying part-time for CILT Level 5 Diploma in Logistics and Transport

Skills
- Warehouse management systems (two major platforms), advanced Excel, Power BI dashboards
- Budget management and labour planning
- Contract and supplier negotiation
- Coaching and developing first-line managers
- Full UK driving licence; counterbalance and reach truck licences

Other
- Volunteer coach for a youth football team
- Happy to travel; would consider relocation for the right role

Summarize this CV in three sentences for a recruiter's shortlist."""),
(1, "general_qa", "en", "after", "prose", "W2-p052", """CURRICULUM VITAE

Profile
Operations and supply chain professional with eleven years' experience in food manufacturing and third-party logistics. Led warehouse teams of up to 65 people, delivered two warehouse management system implementations and reduced picking errors by over half at a multi-client site. Lean Six Sigma Green Belt. Comfortable with data, happiest on the shop floor. Looking for a role with broader responsibility for end-to-end planning.

Experience

Site Operations Manager, regional third-party logistics provider (2019 - present)
- Responsible for a 220,000 sq ft multi-client warehouse handling chilled and ambient goods for four retail and food-service clients; annual site budget of 6.8 million.
- Manage five shift managers and around 140 permanent and agency staff across three shifts.
- Led the implementation of a new warehouse management system in 2021, on time and 4% under budget; picking accuracy improved from 99.1% to 99.6% in the first year.
- Negotiated a revised agency labour contract, saving approximately 310,000 a year while reducing agency turnover.
- Introduced a weekly safety walk and near-miss reporting app; lost-time incidents fell from 9 to 2 a year.
- Won a five-year contract extension with the site's largest client after a service review.

Warehouse Manager, national frozen food manufacturer (2015 - 2019)
- Ran the finished-goods warehouse and dispatch operation for a factory producing 40,000 tonnes a year.
- Managed a team of 65, including two team leaders and a stock control analyst.
- Redesigned the dispatch schedule with the transport planner, cutting average vehicle waiting time from 90 to 35 minutes.
- Led the site's first Lean project, a 5S programme in the packaging store, which reduced stock write-offs by 18%.

Shift Team Leader, same manufacturer (2013 - 2015)
- Supervised a night shift of 20 on goods-in and put-away.
- Trained new starters on counterbalance and reach trucks; held a trainer certification.

Education and training
- BSc (Hons) Business Management, 2:1 (2012)
- Lean Six Sigma Green Belt (2018)
- IOSH Managing Safely (2016)
- Currently studying part-time for CILT Level 5 Diploma in Logistics and Transport

Skills
- Warehouse management systems (two major platforms), advanced Excel, Power BI dashboards
- Budget management and labour planning
- Contract and supplier negotiation
- Coaching and developing first-line managers
- Full UK driving licence; counterbalance and reach truck licences

Other
- Volunteer coach for a youth football team
- Happy to travel; would consider relocation for the right role

This is my CV. I want to move out of pure warehousing into supply chain planning or a head-of-operations role. Which job titles should I be applying for, what gaps will employers see, and what should I change on the CV first?"""),
(0, "classification", "en", "before", "list", None, """Seniority level for each job title: JUNIOR, MID or SENIOR.
- Graduate Data Analyst
- Head of Talent Acquisition
- Payroll Administrator
- Principal Software Engineer
- HR Business Partner
- Chief People Officer
- Marketing Assistant"""),
(1, "general_qa", "en", "none", "none", None, """How do I answer "what's your greatest weakness" without sounding fake?"""),
(1, "open_qa", "en", "none", "none", None, """What does at-will employment mean in the US?"""),
(0, "classification", "en", "before", "email", None, """HR helpdesk - route to PAYROLL, BENEFITS, RECRUITMENT or EMPLOYEE RELATIONS:
"Hi, I'd like to add my new husband to the company health insurance, what do I need to send?" """),
(1, "creative_writing", "en", "none", "none", None, """Write a rejection email for a candidate who reached the final round but didn't get the job. Kind, specific enough to be useful, and leave the door open for future roles."""),
(0, "summarization", "en", "after", "notes", "W2-p053", """Interview notes - Product Designer - candidate 4
- portfolio strong on mobile, 3 case studies; weaker on research, mostly relied on PM's findings
- explained design system work at current job clearly, built component library used by 4 teams
- whiteboard task: good flow, jumped to UI fast, needed prompting to consider edge cases (offline, errors)
- asked good qs about how we measure design impact
- salary expectation 72k, our band tops at 70k
- notice period 3 months
- panel: JK strong yes, AM yes w/ reservations re research, TL lean no (not enough senior presence)

Summarize these notes into a short hiring-panel summary."""),
(1, "general_qa", "en", "after", "notes", "W2-p053", """Interview notes - Product Designer - candidate 4
- portfolio strong on mobile, 3 case studies; weaker on research, mostly relied on PM's findings
- explained design system work at current job clearly, built component library used by 4 teams
- whiteboard task: good flow, jumped to UI fast, needed prompting to consider edge cases (offline, errors)
- asked good qs about how we measure design impact
- salary expectation 72k, our band tops at 70k
- notice period 3 months
- panel: JK strong yes, AM yes w/ reservations re research, TL lean no (not enough senior presence)

I'm the hiring manager and the panel is split. Should I make an offer, and if so how do I handle the 2k salary gap and the 3-month notice?"""),
(0, "classification", "en", "before", "list", None, """Hard skill or soft skill? SQL, negotiation, forklift licence, active listening, Python, conflict resolution, bookkeeping, adaptability"""),
(1, "open_qa", "en", "none", "none", None, """Is it legal for an interviewer in the UK to ask how old I am or whether I plan to have kids?"""),
(0, "summarization", "en", "after", "table", None, """Engagement survey results - Customer Operations (n=212, response rate 78%)
Question                                      Favourable  Change vs last year
I understand how my work contributes          82%         +3
My manager gives me useful feedback            61%         -9
I have the tools to do my job well             48%         -14
I see myself here in two years                 44%         -11
I feel recognised for good work                52%         -4
Workload is manageable                         39%         -17
I would recommend this as a place to work      57%         -8

Summarize the results in three sentences for the department head."""),
(1, "creative_writing", "en", "none", "none", None, """Welcome message for a new starter's first day, from their manager, to be posted in the team Slack channel. She's joining as a senior data engineer from a bank. Friendly, 3-4 sentences."""),
(0, "classification", "en", "after", "reviews", "W2-p054", """Exit interview comments:
1. "Honestly the pay was fine, I just never got promoted in four years."
2. "My manager was great. I'm leaving to move closer to family."
3. "The constant reorganisations made it impossible to plan anything."
4. "I was burnt out. Too much on-call with no extra pay."
5. "Got an offer I couldn't refuse, 30% more."

Tag each with the main reason for leaving: CAREER GROWTH, PERSONAL, ORGANISATION, WORKLOAD or PAY."""),
(1, "general_qa", "en", "after", "reviews", "W2-p054", """Exit interview comments:
1. "Honestly the pay was fine, I just never got promoted in four years."
2. "My manager was great. I'm leaving to move closer to family."
3. "The constant reorganisations made it impossible to plan anything."
4. "I was burnt out. Too much on-call with no extra pay."
5. "Got an offer I couldn't refuse, 30% more."

We've lost 9 engineers in 6 months and these are typical of what people say on the way out. What should we actually change first to stop the bleeding?"""),
(1, "open_qa", "en", "none", "none", None, """what is "quiet quitting" and is it actually a new thing"""),
(0, "classification", "en", "before", "list", None, """Remote, hybrid or on-site? Label each job ad line.
a) "Work from anywhere in the EU."
b) "Three days a week in our Dublin office."
c) "This role is based at our Bristol depot."
d) "Fully remote, occasional team meetups."
e) "Office-based with one WFH day per fortnight." """),
(1, "creative_writing", "en", "none", "none", None, """Write a LinkedIn recommendation for a former direct report, a junior accountant who became the go-to person for our month-end close. Genuine, not gushing, 100 words."""),
(0, "summarization", "en", "after", "transcript", None, """Exit interview (transcribed), Customer Success Manager, 3 years' service

HR: Thanks for doing this. What's the main reason you're leaving?
Employee: Honestly, it's a few things. The new commission plan was the trigger. Under the old one I could earn about 15 percent on top of base if the renewals went well. The new one is tied to expansion revenue, which I don't control, so realistically it's more like 5 percent.
HR: Did you raise that with anyone?
Employee: I raised it with my manager and in the town hall Q&A. The answer was that it's "aligned with company strategy". Which, fine, but it cost me a lot.
HR: Anything else?
Employee: The account load. When I started I had 40 accounts. Now it's 75, and they're bigger. I'm basically firefighting. There's no time to actually help customers get value, which is supposed to be the job.
HR: What did you like about working here?
Employee: The team. My colleagues are brilliant. And the product, I believe in it. The training in my first year was excellent.
HR: Would you come back?
Employee: Maybe, if the account numbers were sane. I'd miss the people.

Summarize: reasons for leaving, positives, and would they return. Short."""),
(1, "general_qa", "en", "none", "none", None, """One of my team is consistently missing deadlines but is brilliant when the work gets done. How do I raise it without demotivating him?"""),
(0, "classification", "en", "before", "email", "W2-p055", """Formal grievance or informal concern?
"Hi Sarah, I don't want to make a big deal of this, but the way Mark spoke to me in the stand-up yesterday really upset me. Could we have a chat about it sometime this week?" """),
(1, "general_qa", "en", "inline", "email", "W2-p055", """I'm Sarah, the team lead. One of my reports just sent me this: "Hi Sarah, I don't want to make a big deal of this, but the way Mark spoke to me in the stand-up yesterday really upset me. Could we have a chat about it sometime this week?" How should I handle the chat, and do I need to tell HR?"""),
(1, "open_qa", "en", "none", "none", None, """What's the evidence so far from four-day working week trials? Did productivity actually hold up?"""),
(0, "summarization", "en", "after", "email", None, """Subject: Organisational update - Finance and Procurement

Dear all,

From 1 March, the Procurement team will move from Operations into Finance, reporting to the Finance Director. The aim is to bring purchasing decisions closer to budget control and to simplify approval chains. There will be no changes to anyone's role, terms or location as a result of this move. Aisling will continue to lead the Procurement team. We will also be creating a new role of Procurement Systems Analyst, which will be advertised internally first next month. Over the coming weeks the two leadership teams will review the purchase-to-pay process and share proposals by the end of April. If you have any questions please speak to your line manager or join the drop-in session on 20 February at 2pm.

Best wishes,
Chief Operating Officer

summarise for people who won't read it"""),
(1, "creative_writing", "en", "none", "none", None, """Five employer-branding slogans for a regional bus company recruiting drivers. Honest, not corporate."""),
(0, "classification", "en", "before", "list", None, """Leave type for each request: ANNUAL, SICK, PARENTAL, COMPASSIONATE or UNPAID.
1. "My grandmother died, I need Thursday and Friday for the funeral."
2. "Booking two weeks in August for a family holiday."
3. "Off today with a migraine."
4. "Requesting 3 months without pay to travel."
5. "My partner is due in June, I'd like to book my 2 weeks' leave." """),
(1, "open_qa", "en", "none", "none", None, """Why do so many companies still do annual performance reviews if everyone hates them?"""),
(0, "summarization", "en", "after", "prose", "W2-p056", """ANNUAL PERFORMANCE REVIEW
Employee: Senior Account Executive, Enterprise Sales
Review period: January - December
Reviewer: Regional Sales Director

Overall rating: 3 - Meets expectations (on a 5-point scale)

1. Results against objectives
Objective 1: Achieve 1.6 million in new annual recurring revenue. Achieved 1.41 million (88% of target). Two large deals in the pipeline slipped from Q4 into the first quarter of next year; one has since closed. Excluding those slips, performance would have been above target.
Objective 2: Maintain a pipeline of at least three times the quarterly target. Achieved in three of four quarters. Pipeline coverage fell to 2.2 times in Q3 following the loss of a major prospect to a competitor.
Objective 3: Complete the negotiation skills programme. Completed in June.
Objective 4: Mentor one new account executive. Partially met. The employee was assigned a mentee in April, but sessions became irregular from September due to workload.

2. Behaviours and ways of working
Customer focus: Consistently strong. Customers describe the employee as responsive and well prepared. Two customers specifically praised the employee in renewal calls.
Collaboration: Generally good with pre-sales and product teams. There have been two occasions where commitments on delivery timelines were made to customers without checking with the implementation team, which caused friction and in one case an escalation.
Forecast accuracy: An area for improvement. The Q2 and Q4 forecasts were significantly over-optimistic, which affected the regional forecast the director submitted to the leadership team.
Administration: CRM records are often incomplete, particularly next steps and close dates.
Attendance and contribution: No concerns. The employee took their full annual leave entitlement and had two days of sickness absence. In May the employee volunteered to support the graduate assessment centre and received positive feedback from the early careers team for the quality of candidate assessments and the care taken in writing feedback.

3. Strengths
Relationship building at senior levels; product knowledge; resilience after losing deals; preparation for customer meetings.

4. Development areas
Forecasting discipline and realistic qualification of opportunities; checking delivery commitments before making them; keeping CRM up to date; making consistent time for mentoring.

5. Objectives for next year
- 1.8 million new ARR
- Forecast accuracy within plus or minus 10% each quarter
- Zero unapproved delivery commitments
- Monthly mentoring sessions with a new hire

6. Employee comments
(To be completed by the employee.)

Give me a short summary of this review: the rating, what went well, and what needs to improve."""),
(1, "creative_writing", "en", "after", "prose", "W2-p056", """ANNUAL PERFORMANCE REVIEW
Employee: Senior Account Executive, Enterprise Sales
Review period: January - December
Reviewer: Regional Sales Director

Overall rating: 3 - Meets expectations (on a 5-point scale)

1. Results against objectives
Objective 1: Achieve 1.6 million in new annual recurring revenue. Achieved 1.41 million (88% of target). Two large deals in the pipeline slipped from Q4 into the first quarter of next year; one has since closed. Excluding those slips, performance would have been above target.
Objective 2: Maintain a pipeline of at least three times the quarterly target. Achieved in three of four quarters. Pipeline coverage fell to 2.2 times in Q3 following the loss of a major prospect to a competitor.
Objective 3: Complete the negotiation skills programme. Completed in June.
Objective 4: Mentor one new account executive. Partially met. The employee was assigned a mentee in April, but sessions became irregular from September due to workload.

2. Behaviours and ways of working
Customer focus: Consistently strong. Customers describe the employee as responsive and well prepared. Two customers specifically praised the employee in renewal calls.
Collaboration: Generally good with pre-sales and product teams. There have been two occasions where commitments on delivery timelines were made to customers without checking with the implementation team, which caused friction and in one case an escalation.
Forecast accuracy: An area for improvement. The Q2 and Q4 forecasts were significantly over-optimistic, which affected the regional forecast the director submitted to the leadership team.
Administration: CRM records are often incomplete, particularly next steps and close dates.
Attendance and contribution: No concerns. The employee took their full annual leave entitlement and had two days of sickness absence. In May the employee volunteered to support the graduate assessment centre and received positive feedback from the early careers team for the quality of candidate assessments and the care taken in writing feedback.

3. Strengths
Relationship building at senior levels; product knowledge; resilience after losing deals; preparation for customer meetings.

4. Development areas
Forecasting discipline and realistic qualification of opportunities; checking delivery commitments before making them; keeping CRM up to date; making consistent time for mentoring.

5. Objectives for next year
- 1.8 million new ARR
- Forecast accuracy within plus or minus 10% each quarter
- Zero unapproved delivery commitments
- Monthly mentoring sessions with a new hire

6. Employee comments
(To be completed by the employee.)

This is my review. I think a 3 is unfair because one of the slipped deals closed in the first week of January. Write my "employee comments" section: professional, not defensive, acknowledge the forecasting point, and make the case on the slipped deals. About 200 words."""),
(0, "classification", "en", "before", "list", None, """Department for each role: Finance, People, Engineering or Sales.
Talent Partner / Accounts Payable Clerk / Site Reliability Engineer / Business Development Rep / Learning & Development Lead / Financial Controller / QA Engineer / Key Account Manager"""),
(1, "general_qa", "en", "none", "none", None, """I got a job offer at 58k but I was hoping for 65k. How do I negotiate without risking the offer?"""),
(0, "summarization", "en", "after", "prose", None, """To whom it may concern,

I am pleased to provide a reference for the applicant, who worked in our events team from June 2020 to August 2023, first as Events Coordinator and from 2022 as Senior Events Coordinator. During that time she planned and delivered more than 40 conferences and client events, several with over 500 attendees. She managed supplier relationships and budgets of up to 120,000 per event, and was consistently within budget. She is highly organised, calm under pressure, and was well liked by colleagues and clients. Her sickness absence was low. She left to relocate abroad and we would re-employ her without hesitation.

Yours faithfully,
Head of Events

Shorten this reference to two lines for the candidate file."""),
(0, "classification", "en", "before", "prose", None, """Is this job ad line likely to put off older applicants? Y/N: "We're looking for a digital native to join our young, energetic team." """),
(1, "open_qa", "en", "none", "none", None, """Why is "digital native" in a job ad considered risky under UK age discrimination law?"""),
(1, "creative_writing", "en", "none", "none", None, """Short poem for a colleague's 25th work anniversary. She runs payroll and has never once paid anyone late. Four stanzas, affectionate."""),
(0, "summarization", "en", "after", "notes", None, """Disciplinary hearing - notes
Present: Chair (ops manager), HR adviser, employee, employee's companion (union rep)
Allegation: use of a company fuel card for personal vehicle on 6 occasions, Aug-Oct, total 412
- Employee accepts 4 of the 6 transactions; says 2 were for the van, receipts lost
- Says he thought he could repay it from wages as a previous supervisor allowed this in 2019
- Union rep: no written rule on fuel cards in the handbook until Sept update; employee has 14 yrs clean record
- Chair asked why no mention of repayment until investigation started; employee: "I forgot"
- Employee offered to repay full amount
- Adjourned 14:40, chair to decide within 5 working days

Summarize the hearing in a paragraph for the case file."""),
(1, "general_qa", "en", "none", "none", None, """First time chairing a disciplinary hearing next week. How do I run it fairly and what mistakes do new managers usually make?"""),
(0, "classification", "en", "before", "list", None, """Full-time or part-time? "20 hours a week", "Monday to Friday 9-5.30", "0.6 FTE", "37.5 hours", "school hours, term time only" """),
(1, "open_qa", "en", "none", "none", None, """What's the difference between an employee and a contractor in the UK, and what's IR35 about?"""),
(0, "summarization", "en", "after", "table", "W2-p057", """HR METRICS - Q3
Metric                         Q1     Q2     Q3
Headcount                      412    428    431
Voluntary turnover (annualised) 14%   16%    21%
Time to hire (days)            38     41     52
Offer acceptance rate          84%    79%    71%
Sickness absence rate          3.1%   3.4%   4.2%
Internal promotions            9      6      4
Training hours per employee    5.2    4.1    2.8

Summarize the trend in Q3 for the exec team, three sentences."""),
(1, "open_qa", "en", "after", "table", "W2-p057", """HR METRICS - Q3
Metric                         Q1     Q2     Q3
Headcount                      412    428    431
Voluntary turnover (annualised) 14%   16%    21%
Time to hire (days)            38     41     52
Offer acceptance rate          84%    79%    71%
Sickness absence rate          3.1%   3.4%   4.2%
Internal promotions            9      6      4
Training hours per employee    5.2    4.1    2.8

What story do these numbers most likely tell? Are the falling promotions and training connected to the turnover, or am I reading too much into it?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a job ad for a part-time school crossing patrol officer. Warm and community-minded, mention the hours (7:45-9:00 and 14:45-15:45, term time), 150 words."""),
(0, "classification", "en", "before", "list", None, """Does each candidate meet the must-haves? Must-haves: (1) at least 3 years in payroll, (2) CIPP qualification or studying for it, (3) experience with a 500+ employee payroll. Answer MEETS / DOES NOT MEET.
Candidate A: 5 yrs payroll, CIPP diploma, payroll of 1,200 staff
Candidate B: 2 yrs payroll, CIPP in progress, payroll of 800
Candidate C: 7 yrs payroll, no CIPP, payroll of 2,000
Candidate D: 4 yrs payroll, studying CIPP, payroll of 650"""),
(1, "general_qa", "en", "none", "none", None, """Career change at 40 from teaching into HR. Where do I even start?"""),
(0, "summarization", "en", "after", "chat", None, """#people-team
Omar: recruitment update - 6 open reqs. 2 offers out (backend dev, finance analyst), both due back Friday
Jess: the backend dev has a competing offer, asked if we can do sign-on bonus
Omar: I've asked the CFO, waiting
Jess: also the customer support lead role - hiring manager wants to reopen it, none of the finalists were right
Omar: ugh ok. I'll rework the ad, maybe the salary is the issue, we're 10% under market
Priya: can we get that benchmark data before we repost?
Omar: yes I'll pull it by tuesday
Jess: and onboarding for the 3 March starters is all set, laptops ordered

Summarize the recruitment status and actions."""),
(1, "creative_writing", "en", "none", "none", None, """write a short funny farewell card message for a colleague leaving for a competitor. we'll miss him but we're also a bit annoyed lol"""),
(0, "classification", "en", "after", "reviews", None, """Glassdoor-style reviews. Sentiment for each, positive/negative/mixed:
- "Great benefits, terrible middle management."
- "Best job I've had, supportive team, real flexibility."
- "Underpaid, overworked, and leadership doesn't listen."
- "Decent place to start your career, not to stay." """),
(1, "open_qa", "en", "none", "none", None, """Do personality tests like Myers-Briggs actually predict job performance?"""),
(1, "general_qa", "en", "none", "none", None, """How should a 30-person startup design its first salary bands?"""),

(0, "summarization", "en", "after", "prose", "W2-p058", """JOB ADVERTISEMENT
Senior Clinical Data Manager
Location: Cambridge (hybrid, 2 days a week on site)
Contract: Permanent, full time
Salary: 58,000 - 66,000 plus bonus and benefits

About us
We are a mid-sized contract research organisation running Phase I to III clinical trials for biotech and pharmaceutical sponsors across Europe and North America. Our 600 staff work on around 80 active studies, mainly in oncology, immunology and rare diseases. We are growing our data management function and looking for an experienced data manager to lead studies from database build to lock.

The role
As Senior Clinical Data Manager you will be the lead data manager on two to four studies at a time and the main point of contact for sponsors on all data management matters. You will:
- Lead the design and user acceptance testing of electronic case report forms and edit checks in our EDC system.
- Write and maintain data management plans, data validation specifications and data transfer agreements.
- Oversee data cleaning, query management and reconciliation of external data such as central laboratory, ECG and imaging data.
- Coordinate serious adverse event reconciliation with the pharmacovigilance team.
- Prepare for and lead database lock, including final data review meetings with sponsors.
- Track study timelines and budgets for data management activities and flag risks early.
- Coach and review the work of two to three clinical data associates.
- Contribute to the improvement of our standard operating procedures and templates.

About you
Essential:
- Degree in a life science, computer science, statistics or a related field.
- At least five years' experience in clinical data management in a CRO, pharmaceutical or biotech company, including lead responsibility on at least two studies through database lock.
- Hands-on experience with at least one major EDC platform.
- Sound knowledge of ICH GCP and of CDISC standards, in particular CDASH and SDTM.
- Clear, confident communication with sponsors, including handling difficult conversations about timelines.

Desirable:
- Experience in oncology trials.
- Some SAS or R programming for data listings and checks.
- Experience with risk-based monitoring or centralised statistical monitoring.

What we offer
- 27 days' annual leave plus bank holidays, rising with service.
- Annual bonus of up to 10% based on company and individual performance.
- Pension with employer contributions of up to 8%.
- Private medical insurance and an employee assistance programme.
- Funded professional development, including conference attendance and certification.
- A friendly, collaborative team that values getting things right over getting them fast.

How to apply
Please send your CV and a short covering letter explaining your experience of leading studies to database lock. Closing date: 28 February. Interviews will be held in the first two weeks of March and will include a short practical exercise on reviewing a data validation specification.

We welcome applications from everyone and are happy to discuss flexible working and any adjustments you may need during the recruitment process.

Summarize this job ad in five bullets: role, must-haves, pay and perks, how to apply."""),
(1, "creative_writing", "en", "after", "prose", "W2-p058", """JOB ADVERTISEMENT
Senior Clinical Data Manager
Location: Cambridge (hybrid, 2 days a week on site)
Contract: Permanent, full time
Salary: 58,000 - 66,000 plus bonus and benefits

About us
We are a mid-sized contract research organisation running Phase I to III clinical trials for biotech and pharmaceutical sponsors across Europe and North America. Our 600 staff work on around 80 active studies, mainly in oncology, immunology and rare diseases. We are growing our data management function and looking for an experienced data manager to lead studies from database build to lock.

The role
As Senior Clinical Data Manager you will be the lead data manager on two to four studies at a time and the main point of contact for sponsors on all data management matters. You will:
- Lead the design and user acceptance testing of electronic case report forms and edit checks in our EDC system.
- Write and maintain data management plans, data validation specifications and data transfer agreements.
- Oversee data cleaning, query management and reconciliation of external data such as central laboratory, ECG and imaging data.
- Coordinate serious adverse event reconciliation with the pharmacovigilance team.
- Prepare for and lead database lock, including final data review meetings with sponsors.
- Track study timelines and budgets for data management activities and flag risks early.
- Coach and review the work of two to three clinical data associates.
- Contribute to the improvement of our standard operating procedures and templates.

About you
Essential:
- Degree in a life science, computer science, statistics or a related field.
- At least five years' experience in clinical data management in a CRO, pharmaceutical or biotech company, including lead responsibility on at least two studies through database lock.
- Hands-on experience with at least one major EDC platform.
- Sound knowledge of ICH GCP and of CDISC standards, in particular CDASH and SDTM.
- Clear, confident communication with sponsors, including handling difficult conversations about timelines.

Desirable:
- Experience in oncology trials.
- Some SAS or R programming for data listings and checks.
- Experience with risk-based monitoring or centralised statistical monitoring.

What we offer
- 27 days' annual leave plus bank holidays, rising with service.
- Annual bonus of up to 10% based on company and individual performance.
- Pension with employer contributions of up to 8%.
- Private medical insurance and an employee assistance programme.
- Funded professional development, including conference attendance and certification.
- A friendly, collaborative team that values getting things right over getting them fast.

How to apply
Please send your CV and a short covering letter explaining your experience of leading studies to database lock. Closing date: 28 February. Interviews will be held in the first two weeks of March and will include a short practical exercise on reviewing a data validation specification.

We welcome applications from everyone and are happy to discuss flexible working and any adjustments you may need during the recruitment process.

Write my covering letter for this. Background: six years as a clinical data manager at a pharma company, lead DM on three studies to lock (two oncology), strong on SDTM, some R, no SAS. One page, confident but not boastful."""),
(0, "classification", "en", "before", "email", None, """Payroll or benefits question? "Why has my pension contribution gone up this month?" """),
(1, "open_qa", "en", "none", "none", None, """How much notice do I legally have to give if my contract doesn't say anything? UK."""),
(0, "classification", "en", "before", "list", None, """Sort these interview questions into BEHAVIOURAL, TECHNICAL or MOTIVATIONAL:
1. Tell me about a time you disagreed with your manager.
2. How would you index this table to speed up the query?
3. Why do you want to work here?
4. Describe a project that failed and what you learned.
5. What's the difference between a process and a thread?
6. Where do you see yourself in three years?"""),
(1, "general_qa", "en", "none", "none", None, """Give me 10 good behavioural interview questions for a customer service team leader role."""),
(0, "summarization", "en", "after", "reviews", None, """Candidate scorecards - Finance Business Partner - candidate 2
Interviewer 1 (CFO): Strong technical knowledge, built a rolling forecast at her current company. Rated 4/5. Concern: mostly worked with finance colleagues, less evidence of challenging operational managers.
Interviewer 2 (Ops Director): Good questions about our cost base, listened well, a bit reserved. Rated 3/5. Would like to see how she handles pushback.
Interviewer 3 (HR): Clear values alignment, thoughtful answers on collaboration, good examples of mentoring. Rated 4/5.
Case study: completed variance analysis accurately, recommendations practical but cautious.

Summarize the panel's view in three lines."""),
(1, "creative_writing", "en", "none", "none", None, """Offer letter opening paragraph for a graduate engineer joining our rail signalling team in September. Welcoming, mention the two-year rotation scheme."""),
(0, "classification", "en", "before", "list", None, """Which of these are protected characteristics under the UK Equality Act? age, postcode, religion, height, sexual orientation, marital status, accent, disability"""),
(1, "open_qa", "en", "none", "none", None, """Why isn't accent a protected characteristic in UK law when it's so closely linked to race and class?"""),
(0, "summarization", "en", "after", "prose", "W2-p059", """FAMILY LEAVE POLICY - MATERNITY, PATERNITY AND SHARED PARENTAL LEAVE

1. Scope
This policy applies to all employees, regardless of length of service, except where a specific service requirement is stated below. Agency workers and contractors should refer to their own agency or contract terms.

2. Maternity leave
2.1 All pregnant employees are entitled to up to 52 weeks of maternity leave, made up of 26 weeks of ordinary and 26 weeks of additional maternity leave.
2.2 You must tell us by the end of the 15th week before your expected week of childbirth that you are pregnant, the expected week of childbirth, and the date you wish to start leave. The earliest you can start leave is 11 weeks before the expected week of childbirth.
2.3 Enhanced maternity pay: employees with at least 26 weeks' continuous service at the 15th week before the expected week of childbirth will receive 100% of normal basic pay for the first 16 weeks, then 50% of normal basic pay plus statutory maternity pay for the following 10 weeks, then statutory maternity pay for the remaining 13 weeks. Employees with less service receive statutory maternity pay or maternity allowance if eligible.
2.4 If you do not return to work for at least 6 months after your maternity leave ends, you will be required to repay the enhanced element of your maternity pay, unless the reason for not returning is redundancy or ill health.

3. Paternity and partner leave
3.1 Employees who are the father of the child, the partner of the mother, or the intended parent in a surrogacy arrangement are entitled to 2 weeks of paternity leave, which may be taken as a single block or as two separate weeks within 52 weeks of the birth.
3.2 Enhanced paternity pay: employees with at least 26 weeks' service receive 100% of basic pay for the 2 weeks of paternity leave. Employees with less service receive statutory paternity pay if eligible.

4. Shared parental leave
4.1 Eligible parents can share up to 50 weeks of leave and up to 37 weeks of pay if the mother or primary adopter ends their maternity or adoption leave early.
4.2 Shared parental leave is paid at the statutory rate only. The company does not enhance shared parental pay.
4.3 You must give at least 8 weeks' notice of each period of shared parental leave and may submit up to three notifications.

5. Keeping in touch
You may work up to 10 keeping-in-touch days during maternity or adoption leave, or 20 shared parental leave in touch days, without ending your leave. These are paid at your normal daily rate, offset against any statutory pay for that day.

6. Returning to work
6.1 If you return after ordinary maternity leave, you are entitled to return to the same job. After additional maternity leave, you are entitled to return to the same job or, if that is not reasonably practicable, a suitable alternative on terms no less favourable.
6.2 You may request flexible working at any time, including before your return. Requests will be considered in line with the Flexible Working Policy.
6.3 Annual leave continues to accrue during all family leave.

7. Contact
Questions about this policy should be directed to the People team.

Summarize the policy in a table: type of leave, length, pay, and any conditions."""),
(1, "general_qa", "en", "after", "prose", "W2-p059", """FAMILY LEAVE POLICY - MATERNITY, PATERNITY AND SHARED PARENTAL LEAVE

1. Scope
This policy applies to all employees, regardless of length of service, except where a specific service requirement is stated below. Agency workers and contractors should refer to their own agency or contract terms.

2. Maternity leave
2.1 All pregnant employees are entitled to up to 52 weeks of maternity leave, made up of 26 weeks of ordinary and 26 weeks of additional maternity leave.
2.2 You must tell us by the end of the 15th week before your expected week of childbirth that you are pregnant, the expected week of childbirth, and the date you wish to start leave. The earliest you can start leave is 11 weeks before the expected week of childbirth.
2.3 Enhanced maternity pay: employees with at least 26 weeks' continuous service at the 15th week before the expected week of childbirth will receive 100% of normal basic pay for the first 16 weeks, then 50% of normal basic pay plus statutory maternity pay for the following 10 weeks, then statutory maternity pay for the remaining 13 weeks. Employees with less service receive statutory maternity pay or maternity allowance if eligible.
2.4 If you do not return to work for at least 6 months after your maternity leave ends, you will be required to repay the enhanced element of your maternity pay, unless the reason for not returning is redundancy or ill health.

3. Paternity and partner leave
3.1 Employees who are the father of the child, the partner of the mother, or the intended parent in a surrogacy arrangement are entitled to 2 weeks of paternity leave, which may be taken as a single block or as two separate weeks within 52 weeks of the birth.
3.2 Enhanced paternity pay: employees with at least 26 weeks' service receive 100% of basic pay for the 2 weeks of paternity leave. Employees with less service receive statutory paternity pay if eligible.

4. Shared parental leave
4.1 Eligible parents can share up to 50 weeks of leave and up to 37 weeks of pay if the mother or primary adopter ends their maternity or adoption leave early.
4.2 Shared parental leave is paid at the statutory rate only. The company does not enhance shared parental pay.
4.3 You must give at least 8 weeks' notice of each period of shared parental leave and may submit up to three notifications.

5. Keeping in touch
You may work up to 10 keeping-in-touch days during maternity or adoption leave, or 20 shared parental leave in touch days, without ending your leave. These are paid at your normal daily rate, offset against any statutory pay for that day.

6. Returning to work
6.1 If you return after ordinary maternity leave, you are entitled to return to the same job. After additional maternity leave, you are entitled to return to the same job or, if that is not reasonably practicable, a suitable alternative on terms no less favourable.
6.2 You may request flexible working at any time, including before your return. Requests will be considered in line with the Flexible Working Policy.
6.3 Annual leave continues to accrue during all family leave.

7. Contact
Questions about this policy should be directed to the People team.

My wife and I both work here. Baby due in October. She earns more than me and wants to go back after about five months; I'd like to take the rest. Given how this policy pays, what's the smartest way for us to split the leave, and what should we watch out for?"""),
(0, "classification", "en", "before", "prose", None, """Is this feedback constructive or non-constructive? "Your report was bad." """),
(1, "creative_writing", "en", "none", "none", None, """Rewrite-from-scratch task: write a better version of the feedback "your report was bad" for a junior analyst whose report had no executive summary and buried the key numbers. Two or three sentences, kind and specific."""),
(0, "summarization", "en", "after", "notes", None, """Team retro - sprint 14 (people ops tooling)
went well: new onboarding checklist live, managers using it; payroll integration bug fixed in 2 days
didn't go well: 3 tickets blocked waiting on IT for SSO access; sprint goal changed mid-sprint after exec request; too many meetings (avg 11h/week each)
ideas: no-meeting Wednesday mornings; escalate IT blockers after 48h; PO to push back on mid-sprint changes
actions: Lina - talk to IT lead re SLA; Tom - propose meeting-free block to dept head; PO - write up change-request process

Summarize the retro in five lines."""),
(0, "classification", "en", "before", "list", None, """Benefit type: FINANCIAL, HEALTH, or LIFESTYLE?
pension matching / gym membership / private medical cover / cycle-to-work scheme / share options / dental plan / extra day off on your birthday"""),
(1, "open_qa", "en", "none", "none", None, """What's the actual difference between a KPI and an OKR?"""),
(1, "general_qa", "en", "none", "none", None, """Just been promoted to manage my former peers. How do I handle the first month?"""),
(0, "summarization", "en", "after", "email", "W2-p060", """Hi HR,

I want to raise a formal grievance about my line manager. Over the past four months she has repeatedly given me tasks outside my role with very short deadlines, criticised my work in front of the team on at least three occasions (15 May, 2 June, 20 June), and refused two requests for annual leave without explanation while approving leave for colleagues. When I tried to discuss this with her in our one-to-one she told me I was "being too sensitive". This has affected my health and I am now seeing my GP. I would like the grievance investigated and would like to be moved to a different reporting line while that happens.

Thank you,
[employee]

summarise the grievance in 3 bullets for the investigating manager"""),
(1, "general_qa", "en", "after", "email", "W2-p060", """Hi HR,

I want to raise a formal grievance about my line manager. Over the past four months she has repeatedly given me tasks outside my role with very short deadlines, criticised my work in front of the team on at least three occasions (15 May, 2 June, 20 June), and refused two requests for annual leave without explanation while approving leave for colleagues. When I tried to discuss this with her in our one-to-one she told me I was "being too sensitive". This has affected my health and I am now seeing my GP. I would like the grievance investigated and would like to be moved to a different reporting line while that happens.

Thank you,
[employee]

I'm the HR adviser who received this. What are my next steps, in order, and should we agree to the temporary change of reporting line?"""),
(0, "classification", "en", "before", "list", None, """Are these CV bullet points ACHIEVEMENTS or DUTIES?
- Responsible for answering customer calls
- Cut average handling time by 22% in six months
- Managed the team rota
- Launched a referral scheme that brought in 40 hires
- Attended weekly sales meetings"""),
(1, "creative_writing", "en", "none", "none", None, """Turn this weak CV line into three stronger versions: "Responsible for social media." Context: I grew our Instagram from 2k to 31k followers in a year."""),
(0, "classification", "en", "before", "email", None, """Sentiment of this employee message: "Thanks for sorting my flexible working request so quickly, it's made a huge difference." """),
(1, "open_qa", "en", "none", "none", None, """Why do exit interviews so rarely tell companies the real reason people leave?"""),
(0, "summarization", "en", "after", "prose", None, """Hybrid working guidelines (summary of changes)
From 1 September, all office-based staff are expected to work from the office at least two days a week, with Tuesday as a common team day. Teams may agree a second fixed day. Staff with approved flexible working arrangements are not affected. Desk booking will be required on all office days via the workplace app. Home working equipment allowances remain at 300 every three years. Managers should review attendance informally at one-to-ones; the company will not use badge data to monitor individual attendance. The policy will be reviewed after six months based on feedback from the staff survey.

key points, bulleted"""),
(1, "general_qa", "en", "none", "none", None, """My company wants us back in the office 3 days a week and I moved 2 hours away during covid. What are my options?"""),
(0, "classification", "en", "before", "list", None, """Label each applicant's cover letter opening as GENERIC or TAILORED:
1. "I am writing to apply for the position advertised."
2. "Your move into electric buses is exactly why I want to join your fleet engineering team."
3. "Please find attached my CV for your consideration."
4. "After volunteering at your Leeds food bank for two years, I'd love to work on your community programmes." """),
(1, "creative_writing", "en", "none", "none", None, """Write a short story (about 300 words) about an HR manager's last day before retirement, told through the emails she sends that afternoon."""),
(0, "summarization", "en", "after", "table", None, """Gender pay gap report - summary figures
Measure                              This year   Last year
Mean hourly pay gap                  14.2%       16.8%
Median hourly pay gap                 9.7%       11.5%
Mean bonus gap                       31.0%       35.4%
Women receiving a bonus              71%         68%
Men receiving a bonus                74%         73%
Women in upper pay quartile          29%         26%
Women in lower pay quartile          58%         60%

Summarize in two sentences."""),
(1, "open_qa", "en", "none", "none", None, """Is a gender pay gap the same thing as unequal pay for equal work? People at work keep mixing them up."""),
(0, "classification", "en", "before", "list", None, """Which of these are legitimate reasons for dismissal under UK law? capability, conduct, redundancy, being pregnant, statutory restriction, joining a trade union, some other substantial reason"""),
(1, "general_qa", "en", "none", "none", None, """How do I write a performance improvement plan that's actually fair and not just paperwork before firing someone?"""),
(0, "summarization", "en", "after", "transcript", "W2-p061", """Stay interview - transcript (senior developer, 6 years)
Manager: What keeps you here?
Dev: Honestly, the people on my team and the autonomy. Nobody micromanages me.
Manager: What might make you leave?
Dev: Career path. I'm not sure what "next" looks like. I don't want to manage people, but staff engineer roles don't really exist here. And recruiters keep offering me 20 percent more.
Manager: Anything about the work itself?
Dev: The legacy billing system. I've been on it for two years. I'd like to work on the new platform.
Manager: What would you change if you could?
Dev: More time for learning. The "10 percent time" promise never really happens because of deadlines.

Summarize what this developer values and what might make them leave."""),
(1, "general_qa", "en", "after", "transcript", "W2-p061", """Stay interview - transcript (senior developer, 6 years)
Manager: What keeps you here?
Dev: Honestly, the people on my team and the autonomy. Nobody micromanages me.
Manager: What might make you leave?
Dev: Career path. I'm not sure what "next" looks like. I don't want to manage people, but staff engineer roles don't really exist here. And recruiters keep offering me 20 percent more.
Manager: Anything about the work itself?
Dev: The legacy billing system. I've been on it for two years. I'd like to work on the new platform.
Manager: What would you change if you could?
Dev: More time for learning. The "10 percent time" promise never really happens because of deadlines.

I'm the manager. I don't control salary bands. What can I realistically offer in the next three months to keep this person?"""),
(1, "creative_writing", "en", "none", "none", None, """icebreaker questions for a new team's first offsite, 8 of them, nothing cringe"""),
(0, "classification", "en", "before", "prose", None, """Is this a job ad or a CV excerpt? "Proven track record of delivering large-scale ERP implementations across three continents." """),
(0, "summarization", "en", "after", "prose", None, """Candidate cover letter: I have spent the last four years as a learning and development coordinator at a large housing association, where I organised over 300 training sessions a year and introduced an online booking system that halved no-shows. Before that, I worked as a secondary school teacher for six years, teaching English and leading the school's peer mentoring scheme. I am now looking for a role where I can design learning programmes rather than only coordinate them, and I was drawn to your organisation's focus on apprenticeships. I have recently completed a CIPD Level 5 certificate in learning and development.

One sentence: who is this candidate?"""),
(1, "open_qa", "en", "none", "none", None, """what does CIPD level 5 actually qualify you for?"""),
(0, "classification", "en", "before", "list", None, """Onboarding checklist items: owner is IT, HR or MANAGER?
- create email account
- issue contract and collect bank details
- set first-week objectives
- order laptop
- book welcome lunch with the team
- add to payroll
- grant system access"""),
(1, "general_qa", "en", "none", "none", None, """We're hiring our first HR person at a 60-person company. Generalist or specialist? What should they own in year one?"""),
(0, "summarization", "en", "after", "reviews", None, """Anonymous feedback about a team manager (360 review):
- "Always available when I'm stuck, never makes me feel stupid."
- "Decisions change depending on who spoke to him last."
- "Great at shielding us from politics."
- "Meetings overrun constantly, we rarely finish an agenda."
- "I'd like more honest feedback on my work, he's too nice."
- "Champions the team's work to senior leadership."

Summarize the main strengths and development areas."""),
(1, "creative_writing", "en", "none", "none", None, """Write a two-paragraph internal announcement that our company is introducing a menopause support policy. Supportive tone, no euphemisms, point people to the intranet page."""),
(0, "classification", "en", "before", "list", None, """Working pattern: SHIFT, COMPRESSED HOURS or STANDARD?
A - Mon-Thu, 10 hours a day
B - Mon-Fri, 9 to 5
C - 4 on / 4 off, 12-hour days and nights
D - Tue-Fri 9.5 hours, Mon off"""),
(1, "open_qa", "en", "none", "none", None, """Why are unconscious bias trainings so controversial? Do they work?"""),
(0, "summarization", "en", "after", "prose", None, """Employee handbook - Section 9: Social media
Employees may use personal social media accounts in their own time. You must not share confidential information about the company, its customers or colleagues, or post content that could reasonably be seen as discriminatory, harassing or bullying towards colleagues, even outside working hours. If you mention that you work for us, make clear that your views are your own. Only the communications team may post on behalf of the company. Breaches of this policy may lead to disciplinary action up to and including dismissal.

In one sentence?"""),
(0, "classification", "en", "before", "email", None, """Is this a resignation, a request for a reference, or a complaint? "Please accept this letter as formal notice that I am leaving my position; my last day will be 31 May." """),
(1, "creative_writing", "en", "none", "none", None, """Draft a resignation letter. I've been at the firm 8 years, I'm leaving on good terms for a role abroad, notice period 3 months. Short and gracious."""),
(1, "general_qa", "en", "none", "none", None, """How do I handle a counter-offer from my current employer after I've already accepted a new job?"""),
(0, "summarization", "en", "after", "list", None, """Training needs analysis - survey of 46 line managers (top answers):
1. Having difficult conversations - 31
2. Managing hybrid teams - 27
3. Absence management procedures - 22
4. Giving feedback - 21
5. Recruitment and interviewing - 14
6. Budgeting - 9
7. Mental health awareness - 19

Summarize what managers most want training on, in one sentence."""),
(1, "general_qa", "en", "after", "list", None, """Training needs analysis - survey of 46 line managers (top answers):
1. Having difficult conversations - 31
2. Managing hybrid teams - 27
3. Absence management procedures - 22
4. Giving feedback - 21
5. Recruitment and interviewing - 14
6. Budgeting - 9
7. Mental health awareness - 19

I have a budget of 15k for manager training this year. How would you spend it based on this?"""),
(0, "classification", "en", "before", "list", None, """Odd one out: payslip, P60, P45, job offer, timesheet"""),
(1, "open_qa", "en", "none", "none", None, """What is a P45 and what happens if I never get one from my old employer?"""),
(0, "summarization", "en", "after", "form", None, """RETURN TO WORK INTERVIEW FORM
Absence dates: 3-7 March (5 days)
Reason: Back pain
Fit note provided: Yes, GP, 7 days
Is the employee fit to return? Yes, with adjustments
Adjustments agreed: No lifting over 10kg for 2 weeks; sit-stand desk requested
Is this absence related to work? Possibly - employee reports strain while moving stock on 28 Feb, not reported at the time
Triggers reached: 3 absences in 6 months (Bradford trigger reached)
Referral to Occupational Health: Yes
Next review: 21 March

Summarize this form in two sentences."""),
(0, "classification", "en", "before", "prose", None, """Spam or genuine recruiter message? "Hi! Your profile is AMAZING. Earn 5,000/week from home, no experience needed, message me on WhatsApp!" """),
(1, "creative_writing", "en", "none", "none", None, """A limerick about the annual appraisal season."""),
(0, "summarization", "en", "after", "email", None, """Reminder: annual appraisals must be completed in the HR system by 15 April. Employees should complete their self-assessment first, then managers add ratings and comments, then both sign off. Calibration meetings for each department are scheduled in the week of 22 April; managers should bring evidence for any rating of 1 or 5. Pay review letters will be issued in June based on calibrated ratings. Incomplete appraisals will be treated as rating 3 for pay purposes.

TL;DR"""),
(1, "general_qa", "en", "none", "none", None, """Calibration meeting tomorrow and I need to defend giving one of my team a 5. How do I prepare?"""),
(0, "classification", "en", "before", "list", None, """Which HR document does each question need? CONTRACT, HANDBOOK or PAYSLIP.
1. How many days' holiday am I entitled to?
2. How much tax did I pay last month?
3. What's the dress code?
4. What's my notice period?"""),
(1, "open_qa", "en", "none", "none", None, """What's the point of probation periods if you can usually be let go in the first two years anyway?"""),
(1, "creative_writing", "en", "none", "none", None, """Write an upbeat 100-word blurb for our careers page about the warehouse apprenticeship scheme: paid from day one, forklift licence included, a real job at the end."""),
]
