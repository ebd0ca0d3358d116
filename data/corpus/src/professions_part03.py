# writer professions, part 03. Each item written by hand.
ITEMS = [
(0, "classification", "en", "before", "list", "W2-p036", """Classify these expenses by cost centre (CC100 Sales, CC200 Marketing, CC300 IT, CC400 Facilities):
- Salesforce licences, 12 seats
- Trade show booth rental, Hamburg
- Office cleaning contract, March
- Laptop replacements x4
- Google Ads spend
- Client dinner after contract signing
- Replacement of broken HVAC unit
- Sponsored LinkedIn posts"""),
(1, "general_qa", "en", "before", "list", "W2-p036", """Our department has these recurring costs and the CFO wants 15% cut next year. Where would you look first and why?
- Salesforce licences, 12 seats
- Trade show booth rental, Hamburg
- Office cleaning contract, March
- Laptop replacements x4
- Google Ads spend
- Client dinner after contract signing
- Replacement of broken HVAC unit
- Sponsored LinkedIn posts"""),
(1, "open_qa", "en", "none", "none", None, """Why do bond prices fall when interest rates go up?"""),
(0, "classification", "en", "before", "prose", None, """Capex or opex? "Purchase of a new CNC milling machine, expected useful life 10 years." """),
(1, "open_qa", "en", "none", "none", None, """what is EBITDA and why do people say it's a misleading number"""),
(0, "summarization", "en", "after", "table", "W2-p037", """Q2 BUDGET VS ACTUAL (thousands)
Line               Budget   Actual   Var
Revenue            4,200    3,910    -290
COGS               2,310    2,260     +50
Gross margin       1,890    1,650    -240
Salaries             820      865     -45
Marketing            240      310     -70
Rent & utilities     150      149      +1
Travel                60       22     +38
IT & software         95      118     -23
EBITDA               525      186    -339

Summarize the variances in three sentences for the monthly pack."""),
(1, "open_qa", "en", "after", "table", "W2-p037", """Q2 BUDGET VS ACTUAL (thousands)
Line               Budget   Actual   Var
Revenue            4,200    3,910    -290
COGS               2,310    2,260     +50
Gross margin       1,890    1,650    -240
Salaries             820      865     -45
Marketing            240      310     -70
Rent & utilities     150      149      +1
Travel                60       22     +38
IT & software         95      118     -23
EBITDA               525      186    -339

COGS came in under budget but gross margin still fell by 240k. How is that possible, and what does it suggest about pricing or product mix?"""),
(1, "general_qa", "en", "none", "none", None, """Pay off my mortgage early or put the money in an index fund? 3.9% fixed for 4 more years, 180k left."""),
(0, "classification", "en", "before", "list", None, """Tag each headline BULLISH, BEARISH or NEUTRAL for the stock:
1. "Chipmaker raises full-year guidance as AI demand surges"
2. "Retailer to close 120 stores, cut 3,000 jobs"
3. "Board schedules annual meeting for 12 June"
4. "Regulator opens probe into lender's mortgage practices"
5. "Airline reports record summer bookings" """),
(1, "creative_writing", "en", "none", "none", None, """Write a polite but firm payment reminder email for an invoice that's 30 days overdue. It's a long-standing client so don't sound threatening."""),
(0, "summarization", "en", "after", "transcript", "W2-p038", """Q3 EARNINGS CALL - PREPARED REMARKS AND Q&A (excerpt)

CEO: Good morning, everyone. Third-quarter revenue was 1.84 billion, up 7% year on year, or 9% in constant currency. Our subscription business continues to be the engine of growth: recurring revenue rose 14% and now makes up 61% of total revenue, compared with 55% a year ago. Hardware revenue declined 6% as customers continued to delay large upgrade projects, which we flagged last quarter. We signed 38 contracts worth more than 5 million each, a record for a third quarter.

CFO: Gross margin expanded 180 basis points to 58.4%, driven by the mix shift toward subscriptions and lower freight costs. Operating expenses were up 5%, below revenue growth, as we slowed hiring in general and administrative functions. Operating margin was 17.2%, up from 15.9%. Free cash flow was 212 million, down from 240 million, mainly because of the timing of tax payments. We ended the quarter with net debt of 610 million, or 0.8 times EBITDA. We repurchased 90 million of shares during the quarter. For the full year, we are narrowing revenue guidance to 7.2 to 7.4 billion, from 7.1 to 7.5 billion previously, and raising operating margin guidance to at least 16.5%.

Analyst (question): Thanks. On hardware, how confident are you that the trough is this year, and what are you seeing in the pipeline for the first half?

CEO: We're not calling the bottom yet. What we can say is the pipeline of upgrade projects is larger than it was six months ago, but customers are taking longer to approve capital spending. We'd expect hardware to remain down in the fourth quarter and stabilise in the first half, but we're planning conservatively.

Analyst (question): And on margins, is 58% gross margin the new floor as subscriptions grow?

CFO: I wouldn't call it a floor. Freight was a tailwind of about 50 basis points this quarter that may not repeat. But structurally, yes, every point of mix toward subscriptions is accretive to gross margin, and we expect that shift to continue.

Analyst (question): Last one, on capital allocation: any appetite for larger acquisitions given the balance sheet?

CEO: We look at opportunities all the time. Our priority remains organic investment, then bolt-on acquisitions in software, then returning capital. We're not interested in large transformational deals at current valuations.

Key takeaways from this call for our investment committee, max 6 bullets."""),
(1, "open_qa", "en", "after", "transcript", "W2-p038", """Q3 EARNINGS CALL - PREPARED REMARKS AND Q&A (excerpt)

CEO: Good morning, everyone. Third-quarter revenue was 1.84 billion, up 7% year on year, or 9% in constant currency. Our subscription business continues to be the engine of growth: recurring revenue rose 14% and now makes up 61% of total revenue, compared with 55% a year ago. Hardware revenue declined 6% as customers continued to delay large upgrade projects, which we flagged last quarter. We signed 38 contracts worth more than 5 million each, a record for a third quarter.

CFO: Gross margin expanded 180 basis points to 58.4%, driven by the mix shift toward subscriptions and lower freight costs. Operating expenses were up 5%, below revenue growth, as we slowed hiring in general and administrative functions. Operating margin was 17.2%, up from 15.9%. Free cash flow was 212 million, down from 240 million, mainly because of the timing of tax payments. We ended the quarter with net debt of 610 million, or 0.8 times EBITDA. We repurchased 90 million of shares during the quarter. For the full year, we are narrowing revenue guidance to 7.2 to 7.4 billion, from 7.1 to 7.5 billion previously, and raising operating margin guidance to at least 16.5%.

Analyst (question): Thanks. On hardware, how confident are you that the trough is this year, and what are you seeing in the pipeline for the first half?

CEO: We're not calling the bottom yet. What we can say is the pipeline of upgrade projects is larger than it was six months ago, but customers are taking longer to approve capital spending. We'd expect hardware to remain down in the fourth quarter and stabilise in the first half, but we're planning conservatively.

Analyst (question): And on margins, is 58% gross margin the new floor as subscriptions grow?

CFO: I wouldn't call it a floor. Freight was a tailwind of about 50 basis points this quarter that may not repeat. But structurally, yes, every point of mix toward subscriptions is accretive to gross margin, and we expect that shift to continue.

Analyst (question): Last one, on capital allocation: any appetite for larger acquisitions given the balance sheet?

CEO: We look at opportunities all the time. Our priority remains organic investment, then bolt-on acquisitions in software, then returning capital. We're not interested in large transformational deals at current valuations.

Why would a company's free cash flow fall while operating margin rises, and does "timing of tax payments" sound like a credible explanation here or something I should dig into? Also, is buying back shares at this point a good use of cash for a business like this?"""),
(0, "classification", "en", "before", "list", None, """Fixed or variable cost for a bakery? flour, rent, oven lease, packaging, delivery fuel, insurance, head baker's salary"""),
(1, "open_qa", "en", "none", "none", None, """How does compound interest actually work? Explain it with a simple example."""),
(0, "summarization", "en", "after", "email", None, """Hi team,

Quick update on month-end. AP is complete except for the two Dutch supplier invoices that are stuck in approval because the PO numbers don't match; I've asked procurement to fix them by Wednesday. AR: we collected 1.2m this week, DSO down to 47 days from 52. The big one, Halvorsen, still owes 340k and has gone quiet; sales is chasing. Bank recs done for all accounts except the USD account, which has a 2,300 difference I think is FX, looking into it. Accruals: please send me your open PO lists by Tuesday noon or I'll accrue on last month's basis.

Thanks,
Ines

Summarize in 3 bullets for the controller."""),
(0, "classification", "en", "after", "email", "W2-p039", """Subject: Invoice INV-20931

Hello, we have received invoice INV-20931 for 8,450 but the delivery note shows only 40 units received, not 50. Please issue a credit note for the difference; we will pay the remainder once it arrives.

Is this a dispute, a payment request, or a general query?"""),
(1, "creative_writing", "en", "after", "email", "W2-p039", """Subject: Invoice INV-20931

Hello, we have received invoice INV-20931 for 8,450 but the delivery note shows only 40 units received, not 50. Please issue a credit note for the difference; we will pay the remainder once it arrives.

Write our reply from accounts receivable: apologise, confirm we've checked the warehouse records and they're right, and say the credit note for 1,690 will follow within two working days."""),
(1, "general_qa", "en", "none", "none", None, """I'm 27 with 8k in savings and no debt. How should I start investing?"""),
(0, "summarization", "en", "after", "table", "W2-p040", """PORTFOLIO STATEMENT - as of 30 June
Holding                         Value      Weight   YTD return
Global equity index fund        84,200     46.8%    +9.1%
UK equity income fund           22,600     12.6%    +3.4%
Emerging markets fund           11,300      6.3%    -2.7%
Global government bond fund     31,900     17.7%    -1.2%
Corporate bond fund             14,800      8.2%    +0.9%
Cash                            15,200      8.4%    +2.1%
Total                          180,000    100.0%    +5.2%
Platform fee (annual): 0.25%   Fund OCF (weighted): 0.31%

Summarize my portfolio in a short paragraph."""),
(1, "general_qa", "en", "after", "table", "W2-p040", """PORTFOLIO STATEMENT - as of 30 June
Holding                         Value      Weight   YTD return
Global equity index fund        84,200     46.8%    +9.1%
UK equity income fund           22,600     12.6%    +3.4%
Emerging markets fund           11,300      6.3%    -2.7%
Global government bond fund     31,900     17.7%    -1.2%
Corporate bond fund             14,800      8.2%    +0.9%
Cash                            15,200      8.4%    +2.1%
Total                          180,000    100.0%    +5.2%
Platform fee (annual): 0.25%   Fund OCF (weighted): 0.31%

I'm 58 and plan to retire at 63. Is this allocation sensible for that timeline, and should I be rebalancing toward bonds now or closer to retirement?"""),
(0, "classification", "en", "before", "list", None, """Debit or credit to the bank account?
1. Customer pays invoice by transfer
2. Monthly rent paid to landlord
3. Interest received
4. Bank charges
5. Loan drawdown received"""),
(1, "creative_writing", "en", "none", "none", None, """Slogan for a savings app aimed at students. Five options, short and a bit cheeky."""),
(0, "summarization", "en", "after", "prose", None, """Management commentary. Revenue for the year increased by 4% to 312 million, with growth in the domestic market partly offset by weaker demand in Southern Europe. Gross margin decreased by 1.6 percentage points to 38.2% as a result of higher energy and raw material costs that could only be partly passed on to customers. Operating costs were held flat through a restructuring of the distribution network, which included the closure of two regional warehouses and a one-off charge of 6.4 million. Underlying operating profit fell 9% to 28.9 million. Net debt increased to 71 million following the acquisition of a packaging business in Poland in the second half. The Board proposes a final dividend of 4.1 pence, maintaining the full-year dividend at 6.0 pence.

what's the story here in 2 lines"""),
(1, "open_qa", "en", "none", "none", None, """What's the difference between a Roth IRA and a traditional IRA?"""),
(0, "classification", "en", "before", "list", None, """Map each transaction to a category (Groceries, Transport, Utilities, Eating out, Subscriptions):
TESCO STORES 3421 - 54.20
TFL TRAVEL CH - 8.10
NETFLIX.COM - 10.99
OCTOPUS ENERGY - 112.00
PRET A MANGER - 6.45
UBER *TRIP - 14.30
SPOTIFY P1 - 11.99
SAINSBURYS S/MKTS - 38.75
THAMES WATER - 41.00
DISHOOM KINGS CROSS - 63.50"""),
(1, "general_qa", "en", "none", "none", None, """How do I build a monthly budget when my freelance income swings between 2k and 6k?"""),
(1, "open_qa", "en", "none", "none", None, """Why did the 2008 financial crisis start with US mortgages and end up hitting banks everywhere?"""),
(0, "summarization", "en", "after", "notes", "W2-p041", """Audit findings - draft (interim visit)
1. Revenue cut-off: 3 of 25 sampled December invoices related to goods shipped in January. Total value 84k. Management to adjust.
2. Inventory: slow-moving stock provision based on a 2019 policy; 22% of stock lines have had no movement in 12+ months but are provided at only 10%.
3. Journals: 14 manual journals posted by the finance director without secondary review, incl. 2 above materiality.
4. Payroll: two leavers remained on payroll for one month after leaving date; overpayment 7.9k, recovered.
5. IT: shared admin password on the ERP system used by three people.
6. Fixed assets: register not reconciled to GL since Q2.

Condense these into a short summary for the audit committee, highest risks first."""),
(1, "general_qa", "en", "after", "notes", "W2-p041", """Audit findings - draft (interim visit)
1. Revenue cut-off: 3 of 25 sampled December invoices related to goods shipped in January. Total value 84k. Management to adjust.
2. Inventory: slow-moving stock provision based on a 2019 policy; 22% of stock lines have had no movement in 12+ months but are provided at only 10%.
3. Journals: 14 manual journals posted by the finance director without secondary review, incl. 2 above materiality.
4. Payroll: two leavers remained on payroll for one month after leaving date; overpayment 7.9k, recovered.
5. IT: shared admin password on the ERP system used by three people.
6. Fixed assets: register not reconciled to GL since Q2.

I'm the new financial controller and these are the findings from my first audit. Help me plan how to fix them before the year-end visit in 10 weeks, with a small team of three."""),
(0, "classification", "en", "before", "prose", None, """Is this transaction suspicious (Y/N)? "Customer with monthly salary of 2,100 received 14 cash deposits of 950 each across six branches in one week." """),
(1, "creative_writing", "en", "none", "none", None, """A short poem about the last week of the tax year from an accountant's point of view."""),
(1, "open_qa", "en", "none", "none", None, """How do central banks actually control inflation by changing one interest rate?"""),
(0, "summarization", "en", "after", "form", None, """EXPENSE CLAIM
Employee: Sales manager, Northern region
Period: 1-31 October
Items:
- Train tickets Manchester-London return x3: 486.00
- Hotel, 2 nights London: 318.00
- Client lunch (4 people): 212.40
- Mileage 640 miles @ 0.45: 288.00
- Parking: 46.50
- Mobile phone top-up: 20.00
- Conference ticket (retail tech expo): 395.00
Total claimed: 1,765.90
Receipts attached: all except parking
Approver: Regional director

Summarize this claim in one line for the approval queue."""),
(0, "classification", "en", "before", "list", None, """Asset class of each: government bond, gold ETF, Apple shares, REIT, money market fund, Bitcoin, corporate bond"""),
(1, "general_qa", "en", "none", "none", None, """How do I negotiate longer payment terms with our suppliers without damaging the relationship? We're a small manufacturer."""),
(0, "summarization", "en", "after", "prose", "W2-p042", """4.1 Financial covenants. The Borrower shall ensure that: (a) Leverage, being the ratio of Total Net Debt to EBITDA for each Relevant Period, does not exceed 3.00:1; (b) Interest Cover, being the ratio of EBITDA to Net Finance Charges for each Relevant Period, is not less than 4.00:1; and (c) at all times its cash and cash equivalents are not less than 5,000,000.
4.2 Testing. The financial covenants shall be tested on each Quarter Date by reference to the financial statements and the Compliance Certificate delivered under clause 3.
4.3 Equity cure. If a covenant in 4.1(a) or (b) is breached, the Borrower may, within 20 Business Days of delivery of the relevant Compliance Certificate, remedy the breach by procuring new equity, which shall be deemed to increase EBITDA for the Relevant Period. The equity cure may not be used in consecutive quarters or more than twice over the life of the Facility.

Summarize these covenants for our non-finance board members."""),
(1, "open_qa", "en", "after", "prose", "W2-p042", """4.1 Financial covenants. The Borrower shall ensure that: (a) Leverage, being the ratio of Total Net Debt to EBITDA for each Relevant Period, does not exceed 3.00:1; (b) Interest Cover, being the ratio of EBITDA to Net Finance Charges for each Relevant Period, is not less than 4.00:1; and (c) at all times its cash and cash equivalents are not less than 5,000,000.
4.2 Testing. The financial covenants shall be tested on each Quarter Date by reference to the financial statements and the Compliance Certificate delivered under clause 3.
4.3 Equity cure. If a covenant in 4.1(a) or (b) is breached, the Borrower may, within 20 Business Days of delivery of the relevant Compliance Certificate, remedy the breach by procuring new equity, which shall be deemed to increase EBITDA for the Relevant Period. The equity cure may not be used in consecutive quarters or more than twice over the life of the Facility.

Our net debt is 42m and trailing EBITDA 15.5m. Are we in breach of (a)? And why do lenders usually restrict equity cures to EBITDA rather than letting them reduce debt?"""),
(0, "classification", "en", "before", "email", None, """Route this bank chat message: CARDS, MORTGAGES, FRAUD or GENERAL.
"I don't recognise a payment of 499 to an online electronics store on my debit card yesterday." """),
(1, "creative_writing", "en", "none", "none", None, """Draft the opening paragraph of our quarterly letter to investors. Tone: candid, the quarter was bad (fund -4.2% vs benchmark -1.1%) and we want to own it before explaining."""),
(1, "open_qa", "en", "none", "none", None, """what's the difference between a stock split and a share buyback, for an existing shareholder"""),
(0, "summarization", "en", "after", "table", None, """Cash flow forecast (k)   Jan   Feb   Mar   Apr   May   Jun
Opening balance          420   355   270   190   240   305
Receipts                 610   580   560   720   700   690
Payroll                 -410  -410  -420  -420  -420  -430
Suppliers               -225  -215  -180  -210  -175  -190
Loan repayment           -40   -40   -40   -40   -40   -40
Closing balance          355   270   190   240   305   335
Overdraft limit: 150

Summarize the cash position over the six months in two sentences."""),
(0, "classification", "en", "before", "list", None, """Which of these are current liabilities? trade payables, long-term bank loan (due in 5 years), accrued wages, VAT owed, goodwill, deferred revenue (next 12 months), inventory"""),
(1, "general_qa", "en", "none", "none", None, """What should I look at when choosing an accountant for my small limited company?"""),
(1, "open_qa", "en", "none", "none", None, """how do index funds make money if fees are so low?"""),
(0, "summarization", "en", "after", "prose", None, """Dear Shareholder, the Fund returned 6.8% over the twelve months to 31 March, compared with 8.1% for its benchmark. The shortfall was mainly due to our underweight position in large US technology companies, which led the market for most of the year, and to our holdings in European industrials, which were hurt by weaker demand from China. On the positive side, our positions in healthcare and Japanese banks contributed strongly. During the year we reduced our exposure to consumer discretionary stocks and added to utilities and infrastructure, where we see attractive valuations and dependable cash flows. We remain cautious on the outlook for the coming year given high valuations in parts of the market and uncertainty over the path of interest rates.

Shorten this to a tweet-length summary."""),
(0, "classification", "en", "before", "list", None, """Direct or indirect tax? income tax, VAT, corporation tax, fuel duty, capital gains tax, customs tariff"""),
(1, "creative_writing", "en", "none", "none", None, """write a two-minute speech for our finance team's end-of-year lunch. we closed the books 3 days faster than last year and survived an ERP migration. keep it light"""),
(0, "summarization", "en", "after", "email", "W2-p043", """From: Finance Director
To: All budget holders
Subject: FY budget process - timetable and guidance

Colleagues, the FY budget round opens on 1 September. Please note:
- Templates will be in the shared drive by 29 August. Use the new template only; last year's will be rejected.
- Headcount: assume no net new roles unless approved by the exec in the July review.
- Salary inflation: use 3.5% from April.
- Non-pay costs: flat to this year's forecast unless you can evidence a contractual increase.
- Capital requests over 25k need a one-page business case.
- Draft submissions due 19 September; review meetings with me in the week of 29 September.
- Final budget to the Board on 6 November.
Any questions to the FP&A team.

Key points, 4 bullets max."""),
(1, "general_qa", "en", "after", "email", "W2-p043", """From: Finance Director
To: All budget holders
Subject: FY budget process - timetable and guidance

Colleagues, the FY budget round opens on 1 September. Please note:
- Templates will be in the shared drive by 29 August. Use the new template only; last year's will be rejected.
- Headcount: assume no net new roles unless approved by the exec in the July review.
- Salary inflation: use 3.5% from April.
- Non-pay costs: flat to this year's forecast unless you can evidence a contractual increase.
- Capital requests over 25k need a one-page business case.
- Draft submissions due 19 September; review meetings with me in the week of 29 September.
- Final budget to the Board on 6 November.
Any questions to the FP&A team.

I run a customer support team of 14 and we desperately need two more people, but the July review didn't approve them. How do I make the case within these rules?"""),
(1, "open_qa", "en", "none", "none", None, """What is a yield curve inversion and why do people think it predicts recessions?"""),
(0, "classification", "en", "before", "list", None, """Sort these into ASSETS and LIABILITIES: cash at bank, mortgage, accounts receivable, credit card balance, delivery van, unpaid supplier invoices, patents"""),
(1, "general_qa", "en", "none", "none", None, """Is it worth switching from a sole trader to a limited company at 60k profit in the UK?"""),
(1, "creative_writing", "en", "none", "none", None, """Give me 8 name ideas for a new green savings account at a regional building society."""),
(0, "summarization", "en", "after", "log", None, """PAYMENT RUN LOG 2024-05-31
09:02 batch PR-0531 created, 214 payments, total 1,482,330.17
09:05 validation: 3 payments rejected - invalid IBAN (suppliers 40021, 40388, 41102)
09:06 batch revised, 211 payments, total 1,470,902.55
09:40 approver 1 signed
10:15 approver 2 signed
10:16 file transmitted to bank
10:31 bank ack received
10:32 2 payments held by bank screening (names matched watchlist, pending review)
14:50 bank released 1 of 2 held payments
17:00 1 payment still held (supplier 40710, 12,400.00)

Summarize today's payment run in three lines."""),
(0, "classification", "en", "before", "prose", None, """Complaint or request? "I'd like to increase the credit limit on my business card to 15,000." """),
(1, "open_qa", "en", "none", "none", None, """Why are ETFs generally more tax-efficient than mutual funds in the US?"""),
(1, "general_qa", "en", "none", "none", None, """Just inherited 50k from my aunt. Best thing to do with it? I have a 12k car loan at 7%."""),
(0, "summarization", "en", "none", "none", None, """Summarize the plot of The Big Short (the film) in a short paragraph."""),
(1, "open_qa", "en", "none", "none", None, """In The Big Short, why exactly did the CDO structure hide how risky the mortgages were?"""),
(0, "classification", "en", "before", "list", None, """Risk rating rule: LOW if loan-to-value under 60%, MEDIUM 60-80%, HIGH above 80%.
Rate each application:
A - property 400k, loan 220k
B - property 250k, loan 230k
C - property 600k, loan 450k
D - property 180k, loan 100k"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short, friendly explainer for our app's FAQ: "Why was my card payment declined?" Cover the three common reasons, 100 words."""),
(0, "summarization", "en", "after", "prose", None, """PRINCIPAL RISKS AND UNCERTAINTIES

Customer concentration. Our three largest customers account for 41% of revenue (prior year: 38%). The loss of any one of them, or a significant reduction in their orders, would have a material effect on our results. We mitigate this risk through multi-year framework agreements with each of them, dedicated account teams and a programme to grow revenue from mid-sized customers, which rose 12% in the year. Trend: increasing.

Input costs. Our main raw materials are aluminium and polymer resins, whose prices are volatile. A 10% increase in aluminium prices, if not passed on, would reduce operating profit by approximately 3.2 million. We hedge around 60% of our expected aluminium purchases twelve months ahead and most customer contracts include quarterly price-adjustment clauses, although these operate with a lag of up to six months. Trend: stable.

Cyber security. We depend on our ERP and manufacturing execution systems. A successful cyber attack could halt production and expose customer data. During the year we appointed a chief information security officer, introduced multi-factor authentication for all remote access and ran two external penetration tests. We have not experienced a material incident. Trend: increasing, reflecting the wider threat environment.

People. Our growth depends on recruiting and retaining skilled engineers and production technicians, who are in short supply in the regions where we operate. Staff turnover in technical roles was 14% (prior year: 17%). We have expanded our apprenticeship scheme to 46 places and introduced a retention bonus for critical roles. Trend: decreasing.

Foreign exchange. About 35% of our revenue is in euros and 20% in US dollars, while most of our costs are in sterling. We hedge forecast net currency exposures on a rolling basis up to 18 months ahead. A 5% strengthening of sterling against both currencies would reduce reported operating profit by approximately 1.9 million after hedging. Trend: stable.

Regulation and sustainability. New extended producer responsibility rules on packaging and customer demands for lower-carbon products could increase costs or require investment in new processes. We have set a target to reduce Scope 1 and 2 emissions by 40% by 2030 against a 2022 baseline and have budgeted 8 million of capital expenditure for energy-efficiency projects over three years. Trend: increasing.

Financing. Our revolving credit facility of 80 million matures in 24 months. Failure to refinance on acceptable terms would limit our ability to invest. Leverage at year end was 1.6 times EBITDA, comfortably within the covenant of 3.0 times, and we have begun early discussions with our banking group. Trend: stable.

Summarize the principal risks in a compact table: risk, trend, main mitigation."""),
(0, "classification", "en", "before", "list", None, """Our note: postage, insurance premiums and training by an approved provider are VAT-exempt; everything else is standard-rated. Mark each line EXEMPT or STANDARD.
- Royal Mail franking top-up
- Office chairs x6
- Annual buildings insurance premium
- Accredited first-aid course for 4 staff
- Printer toner
- Software subscription"""),
(1, "open_qa", "en", "none", "none", None, """what counts as a "good" P/E ratio?"""),
(0, "summarization", "en", "after", "form", "W2-p044", """INVOICE No. 2024-118
From: Harrow & Beck Digital Ltd, 14 Canal Street
To: Westmere Garden Centres
Date: 3 April
Description                                  Qty   Rate    Amount
Website redesign - phase 2 (fixed fee)        1    6,500   6,500.00
Additional product page templates             4      350   1,400.00
Hosting, April-June                            3      120     360.00
Emergency fix 21 March (out of hours)        2.5 h    140     350.00
Subtotal                                                   8,610.00
Payment terms: 14 days. Bank: [details]

Summarize what we're being charged for in two sentences."""),
(1, "open_qa", "en", "after", "form", "W2-p044", """INVOICE No. 2024-118
From: Harrow & Beck Digital Ltd, 14 Canal Street
To: Westmere Garden Centres
Date: 3 April
Description                                  Qty   Rate    Amount
Website redesign - phase 2 (fixed fee)        1    6,500   6,500.00
Additional product page templates             4      350   1,400.00
Hosting, April-June                            3      120     360.00
Emergency fix 21 March (out of hours)        2.5 h    140     350.00
Subtotal                                                   8,610.00
Payment terms: 14 days. Bank: [details]

The supplier is VAT-registered in the UK. Is this a valid VAT invoice we can reclaim input VAT on? If not, what's missing?"""),
(1, "creative_writing", "en", "none", "none", None, """Write tongue-in-cheek "financial horoscopes" for each quarter of the fiscal year for our finance team newsletter. One or two sentences each."""),
(0, "classification", "en", "after", "reviews", None, """App store reviews for our banking app:
- "Can't log in since the update, face ID just spins."
- "Love the savings pots feature!"
- "Transfers to my other bank take three days, ridiculous."
- "Customer service chat answered in 2 minutes, sorted my card issue."
- "App crashes every time I open statements."

Label each by topic: LOGIN, FEATURES, PAYMENTS, SUPPORT, STABILITY."""),
(0, "summarization", "en", "after", "notes", None, """Board meeting - finance item (notes)
CFO presented H1 results: revenue 18.2m (+11%), EBITDA 2.9m (budget 3.3m). Shortfall mostly from delayed opening of Leeds site (3 months). Cash 4.1m, no drawdown on RCF. Board asked about Leeds: now open, trading ahead of plan in first 6 weeks. Discussion on price rise: agreed 4% from Sept for new customers only, existing customers at renewal. Dividend: board agreed to defer decision to Nov meeting pending H2 visibility. Audit tender: three firms shortlisted, audit committee to recommend in Oct. Action: CFO to circulate revised FY forecast by 15 Aug.

Summarize the finance item as minutes: decisions and actions."""),
(1, "general_qa", "en", "none", "none", None, """How should a new startup set up its first chart of accounts so it doesn't have to redo it in two years?"""),
(0, "classification", "en", "before", "list", None, """Assign the GL account: 6100 Travel, 6200 Software, 6300 Office supplies, 6400 Training.
1. Adobe Creative Cloud annual plan
2. Flight to Lisbon for client workshop
3. Excel advanced course, 2 days
4. A4 paper and pens
5. Taxi from airport
6. Zoom business licence
7. Project management certification exam fee"""),
(1, "open_qa", "en", "none", "none", None, """Explain IFRS 16 lease accounting like I'm a sales manager who just wants to know why our EBITDA jumped."""),
(0, "summarization", "en", "after", "prose", "W2-p045", """CREDIT MEMORANDUM - SME LENDING

Applicant: family-owned commercial bakery, trading 19 years, 48 employees
Request: term loan of 650,000 over 7 years to purchase and install a second automated bread line; total project cost 820,000, balance from own cash.

Business and management: The business supplies bread and rolls to two regional supermarket chains (together 58% of sales), around 120 independent cafes and shops, and a contract caterer. Managing director (second generation) has run the business since 2014; finance is overseen by an external accountant and a part-time bookkeeper. No formal succession plan; the MD's daughter joined as operations manager last year.

Financial performance (last three years, thousands):
Revenue: 5,120 / 5,480 / 6,030
EBITDA: 540 / 495 / 610
EBITDA margin: 10.5% / 9.0% / 10.1%
Net profit: 210 / 160 / 245
Existing debt: 310 (asset finance on delivery vans, 3 years remaining)
Cash at year end: 390 / 260 / 415

The dip in the middle year reflects a spike in flour and energy costs; margins recovered after price increases were agreed with both supermarket customers.

Rationale for the loan: The existing line runs at around 92% capacity, six days a week. One supermarket has offered a two-year supply agreement for an additional 4,500 loaves a day, conditional on capacity. Management projects revenue of 7.1m in the first full year after installation and EBITDA of 780k, including savings of around 60k a year in overtime.

Serviceability: Annual debt service on the new loan at the indicative rate would be approximately 118k. Combined with the existing asset finance (about 110k a year), projected debt service cover is around 2.1 times on projected EBITDA and 1.7 times on last year's actual EBITDA.

Security offered: first charge over the new equipment; existing charge over the freehold premises (valued at 1.2m, no other borrowing against it); personal guarantee from the MD capped at 150k.

Risks: customer concentration; commodity and energy cost volatility; key-person dependence on the MD; installation delays (supplier quotes 14-week lead time); the new supermarket volume is conditional and not yet contracted.

Mitigants: long trading record with both supermarkets; history of passing through cost increases; strong security cover; owner contributing 170k of own cash.

Summarize the credit case in five bullets for the credit committee pack."""),
(1, "general_qa", "en", "after", "prose", "W2-p045", """CREDIT MEMORANDUM - SME LENDING

Applicant: family-owned commercial bakery, trading 19 years, 48 employees
Request: term loan of 650,000 over 7 years to purchase and install a second automated bread line; total project cost 820,000, balance from own cash.

Business and management: The business supplies bread and rolls to two regional supermarket chains (together 58% of sales), around 120 independent cafes and shops, and a contract caterer. Managing director (second generation) has run the business since 2014; finance is overseen by an external accountant and a part-time bookkeeper. No formal succession plan; the MD's daughter joined as operations manager last year.

Financial performance (last three years, thousands):
Revenue: 5,120 / 5,480 / 6,030
EBITDA: 540 / 495 / 610
EBITDA margin: 10.5% / 9.0% / 10.1%
Net profit: 210 / 160 / 245
Existing debt: 310 (asset finance on delivery vans, 3 years remaining)
Cash at year end: 390 / 260 / 415

The dip in the middle year reflects a spike in flour and energy costs; margins recovered after price increases were agreed with both supermarket customers.

Rationale for the loan: The existing line runs at around 92% capacity, six days a week. One supermarket has offered a two-year supply agreement for an additional 4,500 loaves a day, conditional on capacity. Management projects revenue of 7.1m in the first full year after installation and EBITDA of 780k, including savings of around 60k a year in overtime.

Serviceability: Annual debt service on the new loan at the indicative rate would be approximately 118k. Combined with the existing asset finance (about 110k a year), projected debt service cover is around 2.1 times on projected EBITDA and 1.7 times on last year's actual EBITDA.

Security offered: first charge over the new equipment; existing charge over the freehold premises (valued at 1.2m, no other borrowing against it); personal guarantee from the MD capped at 150k.

Risks: customer concentration; commodity and energy cost volatility; key-person dependence on the MD; installation delays (supplier quotes 14-week lead time); the new supermarket volume is conditional and not yet contracted.

Mitigants: long trading record with both supermarkets; history of passing through cost increases; strong security cover; owner contributing 170k of own cash.

I'm on the credit committee. Would you approve this as it stands? What conditions or covenants would you attach, and what would you ask the relationship manager before the meeting?"""),
(0, "classification", "en", "before", "list", None, """Fact or forecast? Label each sentence from the press release.
1. Revenue rose 12% to 480 million.
2. We expect margins to improve in the second half.
3. The company opened 14 new stores during the period.
4. Net debt is projected to fall below 1x EBITDA by year end.
5. The interim dividend is 3.2 pence per share."""),
(1, "creative_writing", "en", "none", "none", None, """Short story, 500 words: a forensic accountant notices that a small charity's petty cash always balances to the penny, and that's what makes her suspicious."""),
(0, "summarization", "en", "after", "prose", "W2-p046", """The Monetary Policy Committee voted by a majority of 6-3 to maintain Bank Rate at 5.25%. Three members preferred to reduce Bank Rate by 0.25 percentage points. Twelve-month CPI inflation fell to 3.2% in March, from 3.4% in February, and is expected to fall close to the 2% target in the second quarter, before rising slightly in the second half of the year as the effect of earlier energy price falls drops out. Services inflation remains elevated at 6.0%, and wage growth, while easing, is still higher than would be consistent with the target in the medium term. The Committee will continue to monitor closely indications of persistent inflationary pressures. Policy decisions will remain data-dependent, and the Committee will keep under review for how long Bank Rate should be maintained at its current level.

TL;DR please."""),
(1, "open_qa", "en", "after", "prose", "W2-p046", """The Monetary Policy Committee voted by a majority of 6-3 to maintain Bank Rate at 5.25%. Three members preferred to reduce Bank Rate by 0.25 percentage points. Twelve-month CPI inflation fell to 3.2% in March, from 3.4% in February, and is expected to fall close to the 2% target in the second quarter, before rising slightly in the second half of the year as the effect of earlier energy price falls drops out. Services inflation remains elevated at 6.0%, and wage growth, while easing, is still higher than would be consistent with the target in the medium term. The Committee will continue to monitor closely indications of persistent inflationary pressures. Policy decisions will remain data-dependent, and the Committee will keep under review for how long Bank Rate should be maintained at its current level.

Why would a central bank keep rates on hold when headline inflation is about to hit target? And what does a 6-3 vote usually signal for the next meeting?"""),
(0, "classification", "en", "before", "list", None, """AP inbox - urgency HIGH or NORMAL?
a) "Our bank details have changed, please update before Friday's payment run."
b) "Attached is our March statement for your records."
c) "Final notice: account on stop until invoice 8812 is paid."
d) "Could you confirm receipt of our invoice?" """),
(1, "general_qa", "en", "none", "none", None, """our small nonprofit runs out of cash every summer when grants are between cycles. how do we plan reserves properly?"""),
(0, "summarization", "en", "after", "chat", None, """Client: hi, do you need the paper receipts or are photos ok?
Accountant: photos are fine, just make sure the date and VAT number are readable
Client: ok. and the mileage, I didn't keep a log 🙈
Accountant: we can reconstruct it from your calendar, but only for client visits, not the commute
Client: fair. deadline still end of Jan?
Accountant: yes 31 Jan for the return, but I need everything by 10 Jan so I have time
Client: will do. can we do a call after to talk about paying into a pension?
Accountant: sure, I'll send a slot for mid-Jan

What's been agreed? Bullets."""),
(1, "creative_writing", "en", "none", "none", None, """Make up a rap about double-entry bookkeeping for my first-year accounting students. Every debit has a credit, that kind of thing. 16 bars."""),
(0, "classification", "en", "before", "list", None, """Odd one out: FIFO, LIFO, weighted average cost, straight-line"""),
(1, "open_qa", "en", "none", "none", None, """How do credit scores work in the US? What actually moves the number up or down?"""),
(0, "summarization", "en", "after", "prose", None, """Analyst note: We downgrade Corbel Foods to HOLD from BUY and cut our price target to 340p from 410p. The half-year results showed volume declines of 4% in the chilled ready-meals division as shoppers traded down to supermarket own-label products, and management warned that promotional spending will remain high through the autumn. We now forecast adjusted EPS of 28.1p for the year, down 9% from our previous estimate. The balance sheet remains sound, with net debt at 1.4 times EBITDA, and we think the dividend is safe. However, with limited visibility on a volume recovery and a valuation that already reflects the company's strong brand position, we see better risk-reward elsewhere in the sector.

3 bullets"""),
(0, "classification", "en", "after", "reviews", "W2-p047", """Comments from customers about the planned closure of our Market Street branch:
1. "I'm 82 and don't use the internet. Where am I supposed to pay in my pension?"
2. "Makes sense, I haven't been inside a branch in years."
3. "The staff there have been wonderful. Very sad."
4. "So now I have to take two buses to the next town. Thanks for nothing."
5. "Will the cash machine stay?"

Label each comment: NEGATIVE, NEUTRAL/QUESTION or POSITIVE."""),
(1, "creative_writing", "en", "after", "reviews", "W2-p047", """Comments from customers about the planned closure of our Market Street branch:
1. "I'm 82 and don't use the internet. Where am I supposed to pay in my pension?"
2. "Makes sense, I haven't been inside a branch in years."
3. "The staff there have been wonderful. Very sad."
4. "So now I have to take two buses to the next town. Thanks for nothing."
5. "Will the cash machine stay?"

Draft a letter from the branch manager to the local community responding to these concerns. Mention the Post Office counter for deposits, the cash machine staying until at least next year, and weekly help sessions at the library."""),
(1, "general_qa", "en", "none", "none", None, """What are good KPIs for an accounts payable team of five?"""),
(0, "summarization", "en", "after", "prose", None, """EXPENSES POLICY - SECTION 3 (Travel and subsistence)
3.1 Economy class rail and air travel must be used for all journeys under 6 hours. Business class requires prior written approval from a director.
3.2 Hotel accommodation is reimbursed up to 150 per night in London and 110 per night elsewhere in the UK, including breakfast.
3.3 Meal allowances: up to 12 for lunch and 30 for dinner when travelling overnight. Alcohol is not reimbursed except at approved client entertainment.
3.4 Use of a personal car is reimbursed at 45p per mile for the first 10,000 business miles a year. Commuting between home and your normal place of work is not business mileage.
3.5 All claims must be submitted with itemised receipts within 30 days of the expense being incurred. Claims submitted later than 90 days will not be paid.

Summarize this section for the new-starter handbook. Keep it to five short lines."""),
(0, "classification", "en", "after", "mixed", None, """EXPENSES POLICY - SECTION 3 (Travel and subsistence)
3.1 Economy class rail and air travel must be used for all journeys under 6 hours. Business class requires prior written approval from a director.
3.2 Hotel accommodation is reimbursed up to 150 per night in London and 110 per night elsewhere in the UK, including breakfast.
3.3 Meal allowances: up to 12 for lunch and 30 for dinner when travelling overnight. Alcohol is not reimbursed except at approved client entertainment.
3.4 Use of a personal car is reimbursed at 45p per mile for the first 10,000 business miles a year. Commuting between home and your normal place of work is not business mileage.
3.5 All claims must be submitted with itemised receipts within 30 days of the expense being incurred. Claims submitted later than 90 days will not be paid.

Under this section, mark each claim ALLOWED or NOT ALLOWED:
a) Hotel in Manchester, 105 incl. breakfast
b) Two glasses of wine with a solo dinner on an overnight trip
c) 36 miles from home to the office, normal working day
d) Taxi receipt submitted 120 days after the trip
e) Economy return flight to Edinburgh"""),
(1, "open_qa", "en", "none", "none", None, """Why do companies issue convertible bonds instead of plain bonds or new shares?"""),
(0, "summarization", "en", "after", "prose", None, """Management accounts commentary - Period 7
Sales across the five restaurants were 612k against a budget of 590k, helped by two private events at the Harbour site and strong trade during the festival week. Food cost was 31.4% of sales (target 29%), mostly because of a price increase from our fish supplier and waste at the new Fenton site, where the menu is still being bedded in. Labour was 33.8% of sales, on target overall but high at Fenton (41%) because of training shifts. Utilities were 9k over budget following the end of our fixed-price energy contract. Overall EBITDA was 48k, 6k below budget. Cash balance at period end was 182k after paying the quarterly VAT bill.

tldr for the owner"""),
(1, "general_qa", "en", "none", "none", None, """I'm a freelance bookkeeper starting out. Should I charge hourly or a monthly fixed fee, and how do I work out the number?"""),
(0, "classification", "en", "before", "list", None, """Which of these are common red flags for invoice fraud? Mark Y or N.
1. Supplier emails to say its bank details have changed
2. Invoice arrives with a purchase order number that matches our records
3. Invoice is for round amounts with vague descriptions like "services rendered"
4. A new supplier asks for urgent payment before the usual run
5. Supplier's invoice is on their standard letterhead, same as last year"""),
(1, "creative_writing", "en", "none", "none", None, """Product description for a monthly budgeting spreadsheet template we sell on Etsy. 120 words, friendly, mention the auto-updating charts."""),
(0, "summarization", "en", "before", "table", None, """One line: what changed?

OLD fee schedule: Account fee 5/month; international transfer 1.5%; ATM withdrawal abroad 2.00 each; overdraft 19.9% EAR.
NEW fee schedule: Account fee 5/month; international transfer 0.9% (min 3.00); ATM withdrawal abroad free up to 200/month, then 2%; overdraft 24.9% EAR."""),
(1, "open_qa", "en", "none", "none", None, """what is a SPAC and why did they suddenly disappear after 2021?"""),
(0, "classification", "en", "before", "list", None, """Language of each invoice header: Rechnung / Facture / Factura / Fattura / Faktura / Invoice"""),
(1, "general_qa", "en", "none", "none", None, """I'm 45 and have basically no pension. Is it too late, and what should I do first?"""),
(0, "summarization", "en", "after", "notes", None, """Tender evaluation - office cleaning contract (3 yrs)
Bidder A: 68k/yr. Quality score 62/100. References ok. Uses subcontractors for window cleaning. Living wage: no.
Bidder B: 74k/yr. Quality score 81/100. Current supplier to two NHS sites. Living wage: yes. Offers eco products at no extra cost.
Bidder C: 59k/yr. Quality score 48/100. Only 2 years trading, one reference didn't respond. Living wage: no.
Weighting 60% quality / 40% price. Weighted totals: A 72.0, B 80.5, C 68.4.
Panel recommends B. Finance notes B is 6k/yr above budget; can be absorbed from facilities underspend this year, needs approval for years 2-3.

Summarize the outcome and the recommendation for the procurement board."""),
(1, "creative_writing", "en", "none", "none", None, """slack message reminding everyone to submit timesheets by friday 5pm. cheerful, one emoji max"""),
(0, "classification", "en", "before", "list", None, """Operating, investing or financing cash flow?
- dividends paid
- purchase of a warehouse
- cash received from customers
- proceeds from a bank loan
- salaries paid
- sale of an old delivery van"""),
(1, "open_qa", "en", "none", "none", None, """Why is the US dollar the world's main reserve currency, and could that change?"""),
(0, "summarization", "en", "after", "table", "W2-p049", """Bank statement extract - current account - May
Date   Description                      Out       In       Balance
01/05  Opening balance                                     -420.00
01/05  SALARY ACME LTD                           2,640.00  2,220.00
02/05  RENT STANDING ORDER             1,150.00            1,070.00
03/05  BETSTAR ONLINE                    200.00              870.00
06/05  TESCO                              64.30              805.70
09/05  BETSTAR ONLINE                    150.00              655.70
12/05  CAR FINANCE DD                    289.00              366.70
15/05  CASH WITHDRAWAL                   300.00               66.70
18/05  BETSTAR ONLINE                    100.00              -33.30
22/05  COUNCIL TAX DD                    148.00             -181.30
25/05  BETSTAR WINNINGS                             80.00   -101.30
28/05  MOBILE PHONE DD                    38.00             -139.30
31/05  OVERDRAFT INTEREST                 11.20             -150.50

Bullet summary of this statement for the loan file."""),
(1, "open_qa", "en", "after", "table", "W2-p049", """Bank statement extract - current account - May
Date   Description                      Out       In       Balance
01/05  Opening balance                                     -420.00
01/05  SALARY ACME LTD                           2,640.00  2,220.00
02/05  RENT STANDING ORDER             1,150.00            1,070.00
03/05  BETSTAR ONLINE                    200.00              870.00
06/05  TESCO                              64.30              805.70
09/05  BETSTAR ONLINE                    150.00              655.70
12/05  CAR FINANCE DD                    289.00              366.70
15/05  CASH WITHDRAWAL                   300.00               66.70
18/05  BETSTAR ONLINE                    100.00              -33.30
22/05  COUNCIL TAX DD                    148.00             -181.30
25/05  BETSTAR WINNINGS                             80.00   -101.30
28/05  MOBILE PHONE DD                    38.00             -139.30
31/05  OVERDRAFT INTEREST                 11.20             -150.50

This is my statement and I'm applying for a mortgage in three months. How will a lender read the gambling transactions and the overdraft, and how much does it matter?"""),
(0, "classification", "en", "before", "list", None, """Finance helpdesk tickets - tag PAYROLL, EXPENSES, INVOICING or OTHER:
1. "My overtime from March is missing from my payslip."
2. "How do I claim for a train ticket I bought with my own card?"
3. "Customer says they never got invoice 5531."
4. "Who do I speak to about a parking permit?"
5. "Tax code on my payslip changed to emergency."
6. "Can we raise a credit note for the Dunmore account?" """),
(1, "creative_writing", "en", "none", "none", None, """haiku: the reconciliation that won't balance at 11pm"""),
(1, "general_qa", "en", "none", "none", None, """Fastest way to get good at financial modelling in Excel? I start as an analyst in three months."""),
(0, "summarization", "en", "after", "prose", None, """RISK FACTORS (extract from offering document)

The Company has a limited operating history. It was incorporated three years ago and has generated revenue in only the last five quarters, so investors have limited information on which to evaluate its prospects.

The Company has incurred losses since inception and may not achieve profitability. Net losses were 14.2 million and 9.8 million in the last two financial years, and the Company expects to continue to incur losses for at least the next two years as it invests in sales and product development.

The Company depends on a single manufacturing partner in Taiwan for all of its sensor modules. Any disruption at that facility, including from geopolitical tension, natural disaster or capacity constraints, could prevent the Company from meeting customer orders.

The Company's two founders hold approximately 58% of the voting rights following the offering and will be able to control the outcome of most shareholder votes, including the election of directors.

The market for the Company's products is subject to rapid technological change. Larger competitors with greater resources may develop competing products at lower prices.

The shares have not previously been traded, and an active trading market may not develop. The price of the shares may be volatile.

Summarise the key risks from this section, one line each."""),
(0, "classification", "en", "before", "prose", None, """Tax avoidance or tax evasion? "A waiter doesn't declare cash tips on his tax return." """),
(1, "open_qa", "en", "none", "none", None, """Where exactly is the line between legal tax planning and illegal tax avoidance in the UK? Who decides?"""),
(0, "summarization", "en", "after", "email", None, """From: Audit partner
Hi Karen, following our scoping meeting I've attached the revised fee proposal. The fee is 68,500, up from 54,000 last year. The increase reflects the two new subsidiaries, the additional work on revenue recognition for the new subscription product, and the regulatory changes in how we have to audit going-concern assessments. We can reduce this by around 6,000 if your team prepares the fixed-asset reconciliation and the lease schedules before fieldwork starts.
Best, Marcus

> From: Karen (CFO)
> Marcus, thanks. 27% is a big jump and the audit committee will ask questions. Can you break down the increase by area?

tl;dr"""),
(1, "creative_writing", "en", "none", "none", None, """LinkedIn post: I just passed the final CPA exam after failing FAR twice. Humble but proud, thank my study group, no more than 120 words."""),
(0, "classification", "en", "before", "list", None, """For each KPI, is HIGHER or LOWER better? days sales outstanding, gross margin, customer churn, net promoter score, cost per hire, inventory turnover"""),
(1, "general_qa", "en", "none", "none", None, """Xero or QuickBooks for a 20-person design agency with some US clients? What should drive the choice?"""),
(0, "summarization", "en", "after", "email", "W2-p050", """TREASURY MEMO
To: CFO
From: Treasury manager
Re: FX hedging for next year's USD purchases

We expect to buy roughly 12 million USD of components next year, spread fairly evenly by month. At today's forward rate of 1.27, that is about 9.45 million GBP. Our current policy is to hedge 50% of forecast exposure twelve months ahead. Given the budget is set at 1.25 and sterling has been volatile, I recommend increasing the hedge ratio to 75% for the next six months and 50% for months seven to twelve, using plain forward contracts with our two relationship banks. Options would give us upside if sterling strengthens but premiums are currently around 2.1% of notional, which I don't think is good value. I'd like approval by 15 December so we can place the first trades before year end.

Shorten this memo to one paragraph."""),
(1, "general_qa", "en", "after", "email", "W2-p050", """TREASURY MEMO
To: CFO
From: Treasury manager
Re: FX hedging for next year's USD purchases

We expect to buy roughly 12 million USD of components next year, spread fairly evenly by month. At today's forward rate of 1.27, that is about 9.45 million GBP. Our current policy is to hedge 50% of forecast exposure twelve months ahead. Given the budget is set at 1.25 and sterling has been volatile, I recommend increasing the hedge ratio to 75% for the next six months and 50% for months seven to twelve, using plain forward contracts with our two relationship banks. Options would give us upside if sterling strengthens but premiums are currently around 2.1% of notional, which I don't think is good value. I'd like approval by 15 December so we can place the first trades before year end.

I'm the CFO. Should I approve this? What questions should I ask before signing off, and is skipping options the right call?"""),
(1, "open_qa", "en", "none", "none", None, """How does hedging with a currency forward actually work? Walk me through one trade."""),
(0, "classification", "en", "before", "list", None, """Approval rule: under 1,000 = line manager; 1,000-10,000 = budget holder; over 10,000 = finance director.
Who approves each purchase request?
PR-881 laptop, 1,240
PR-882 team lunch, 180
PR-883 annual software renewal, 14,600
PR-884 conference stand, 9,950
PR-885 desk lamps, 95"""),
(1, "creative_writing", "en", "none", "none", None, """Write a realistic but fictional case study for an MBA finance class about a mid-size fashion retailer forced into big inventory write-downs. About 600 words, end with three discussion questions."""),
(0, "summarization", "en", "after", "prose", "W2-p051", """FULL-YEAR RESULTS - HIGHLIGHTS
- Revenue up 9% to 1.12 billion; like-for-like sales up 5.4%
- Adjusted operating profit up 14% to 96 million; margin up 40bps to 8.6%
- Online sales now 31% of total, up from 26%
- 22 new stores opened, 9 closed
- Free cash flow 71 million; net cash 44 million at year end
- Full-year dividend up 10% to 11.0p
- Outlook: trading in the first eight weeks in line with expectations; cost inflation expected to moderate

Main takeaways?"""),
(1, "creative_writing", "en", "after", "prose", "W2-p051", """FULL-YEAR RESULTS - HIGHLIGHTS
- Revenue up 9% to 1.12 billion; like-for-like sales up 5.4%
- Adjusted operating profit up 14% to 96 million; margin up 40bps to 8.6%
- Online sales now 31% of total, up from 26%
- 22 new stores opened, 9 closed
- Free cash flow 71 million; net cash 44 million at year end
- Full-year dividend up 10% to 11.0p
- Outlook: trading in the first eight weeks in line with expectations; cost inflation expected to moderate

Write a short internal message from the CEO to all store staff thanking them for these results. Warm, plain English, no jargon like "bps" or "like-for-like", under 150 words."""),
(1, "general_qa", "en", "none", "none", None, """My manager wants a forecast showing 30% growth and the data says 8%. How do I push back without getting labelled negative?"""),
(0, "classification", "en", "before", "list", None, """UK sole trader: allowable expense or not? Mark each.
- accountant's fees
- lunch on a normal working day
- business insurance
- parking fine
- work phone contract
- clothing you could wear outside work"""),
(0, "summarization", "en", "after", "prose", None, """Your annual pension statement. The value of your pension pot on 5 April was 46,320, up from 41,180 last year. During the year you paid in 2,160 and your employer paid in 3,240; tax relief added 540. Investment growth was 0.8% after charges. Charges for the year totalled 210. If you continue paying in at the current rate and retire at 67, your projected pot is 148,000 in today's money, which could provide an income of around 5,900 a year. This projection is not guaranteed.

summarise this for me in plain words"""),
(1, "open_qa", "en", "none", "none", None, """what does "mark to market" mean and why did it matter so much in 2008"""),
(0, "classification", "en", "after", "email", None, """From: CEO <ceo@company-secure-mail.net>
Subject: Confidential - urgent

Hi, I'm in a meeting with the lawyers and can't talk. I need you to process a transfer of 48,500 to a new supplier for an acquisition we're keeping confidential. Details below. Please do it before 3pm and don't mention it to anyone yet.

Phishing, yes or no?"""),
]
