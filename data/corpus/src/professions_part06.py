# writer professions, part 06. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p079", """Reviewer 2 - Report to the Editor

Manuscript: "Urban tree canopy and summer night-time temperatures: evidence from 1,200 residential streets"

Summary of the submission
The authors combine satellite-derived canopy cover with readings from a network of 310 low-cost temperature sensors mounted on lamp posts across one mid-sized city over two summers. They report that each 10-percentage-point increase in street-level canopy cover is associated with a 0.4 C lower mean night-time air temperature, after adjusting for building density, distance to water and elevation. They conclude that targeted planting in low-canopy neighbourhoods could substantially reduce heat exposure.

General assessment
The question is important and the sensor network is an impressive resource. The paper is clearly written. However, I have concerns about the measurement approach and the causal language used in the discussion, and I think the manuscript needs major revision before it can be considered further.

Major comments
1. Sensor calibration. The methods say sensors were "calibrated against a reference station" but give no detail. Low-cost sensors are known to drift and to be affected by radiation and by the lamp post itself. Please report the calibration procedure, the drift observed over each summer, and whether any sensors were replaced. A sensitivity analysis excluding sensors with large drift would be reassuring.

2. Spatial autocorrelation. The models appear to treat the 1,200 street segments as independent observations. Neighbouring streets are likely to share unmeasured characteristics. Please account for spatial dependence, for example with a spatial error model or by clustering standard errors at the neighbourhood level, and report whether the main estimate changes.

3. Confounding by socioeconomic factors. Low-canopy streets in many cities are also poorer streets with different building materials, more paved front gardens and more traffic. Building density captures only part of this. Could the authors add indicators such as impervious surface fraction or an area deprivation index?

4. Causal language. The abstract and discussion say that planting "would reduce" temperatures by specific amounts. The study is cross-sectional; these statements should be softened or supported with a stronger design, such as using streets where canopy changed between the two summers.

Minor comments
5. Figure 3 colour scale is not readable in greyscale.
6. Please report the number of nights excluded because of rain and the criteria used.
7. The literature review omits recent work on the cooling effect of street orientation; the authors might consider whether orientation should be a covariate.
8. Data availability: please deposit the sensor data and code in a public repository.

Recommendation: Major revision.

Summarize this review for my co-authors: the reviewer's overall view and a list of what we need to do, in order of effort."""),
(1, "creative_writing", "en", "after", "prose", "W2-p079", """Reviewer 2 - Report to the Editor

Manuscript: "Urban tree canopy and summer night-time temperatures: evidence from 1,200 residential streets"

Summary of the submission
The authors combine satellite-derived canopy cover with readings from a network of 310 low-cost temperature sensors mounted on lamp posts across one mid-sized city over two summers. They report that each 10-percentage-point increase in street-level canopy cover is associated with a 0.4 C lower mean night-time air temperature, after adjusting for building density, distance to water and elevation. They conclude that targeted planting in low-canopy neighbourhoods could substantially reduce heat exposure.

General assessment
The question is important and the sensor network is an impressive resource. The paper is clearly written. However, I have concerns about the measurement approach and the causal language used in the discussion, and I think the manuscript needs major revision before it can be considered further.

Major comments
1. Sensor calibration. The methods say sensors were "calibrated against a reference station" but give no detail. Low-cost sensors are known to drift and to be affected by radiation and by the lamp post itself. Please report the calibration procedure, the drift observed over each summer, and whether any sensors were replaced. A sensitivity analysis excluding sensors with large drift would be reassuring.

2. Spatial autocorrelation. The models appear to treat the 1,200 street segments as independent observations. Neighbouring streets are likely to share unmeasured characteristics. Please account for spatial dependence, for example with a spatial error model or by clustering standard errors at the neighbourhood level, and report whether the main estimate changes.

3. Confounding by socioeconomic factors. Low-canopy streets in many cities are also poorer streets with different building materials, more paved front gardens and more traffic. Building density captures only part of this. Could the authors add indicators such as impervious surface fraction or an area deprivation index?

4. Causal language. The abstract and discussion say that planting "would reduce" temperatures by specific amounts. The study is cross-sectional; these statements should be softened or supported with a stronger design, such as using streets where canopy changed between the two summers.

Minor comments
5. Figure 3 colour scale is not readable in greyscale.
6. Please report the number of nights excluded because of rain and the criteria used.
7. The literature review omits recent work on the cooling effect of street orientation; the authors might consider whether orientation should be a covariate.
8. Data availability: please deposit the sensor data and code in a public repository.

Recommendation: Major revision.

Draft our response-to-reviewers letter for this reviewer. We've done the spatial error model (estimate fell from 0.4 to 0.33 C, still significant), added impervious surface fraction, softened the causal wording, and will deposit data on Zenodo. We can't add the deprivation index because it isn't available at street level; explain that politely. Point-by-point format."""),
(0, "classification", "en", "after", "prose", None, """"We randomly assigned 412 adults with mild hypertension to a low-sodium diet or their usual diet for 12 weeks and measured ambulatory blood pressure at baseline and follow-up."

Study design: RCT, cohort, case-control or cross-sectional?"""),
(1, "open_qa", "en", "none", "none", None, """Why are p-values so controversial now? I was taught p < 0.05 means the result is real."""),
(0, "summarization", "en", "after", "prose", "W2-p080", """Abstract. Background: Loneliness in older adults is associated with poorer health, but few interventions have been tested at scale. Methods: We conducted a cluster-randomised trial in 48 general practices. In intervention practices, adults aged 70 and over who screened positive for loneliness were offered up to ten sessions with a trained community connector, who helped them identify and join local activities. Control practices provided usual care. The primary outcome was loneliness score on the UCLA 3-item scale at 12 months. Results: 1,896 participants were recruited (intervention 962, control 934). At 12 months, the mean loneliness score was 0.41 points lower in the intervention group (95% CI 0.18 to 0.64) on a scale from 3 to 9. There were no significant differences in depression, quality of life or GP consultation rates. The intervention cost an average of 310 per participant. Conclusions: Community connector support led to a small reduction in loneliness that may not be clinically meaningful on its own, and did not affect wider health outcomes at one year.

Give me a two-sentence lay summary of this abstract for our charity's newsletter."""),
(1, "open_qa", "en", "after", "prose", "W2-p080", """Abstract. Background: Loneliness in older adults is associated with poorer health, but few interventions have been tested at scale. Methods: We conducted a cluster-randomised trial in 48 general practices. In intervention practices, adults aged 70 and over who screened positive for loneliness were offered up to ten sessions with a trained community connector, who helped them identify and join local activities. Control practices provided usual care. The primary outcome was loneliness score on the UCLA 3-item scale at 12 months. Results: 1,896 participants were recruited (intervention 962, control 934). At 12 months, the mean loneliness score was 0.41 points lower in the intervention group (95% CI 0.18 to 0.64) on a scale from 3 to 9. There were no significant differences in depression, quality of life or GP consultation rates. The intervention cost an average of 310 per participant. Conclusions: Community connector support led to a small reduction in loneliness that may not be clinically meaningful on its own, and did not affect wider health outcomes at one year.

Why would a trial like this randomise whole GP practices instead of individual patients? And how do you decide whether a 0.41-point change on a 3-9 scale is "clinically meaningful"?"""),
(1, "general_qa", "en", "none", "none", None, """How do I choose a PhD supervisor? I have offers from a famous professor who's never around and an early-career lecturer who seems really engaged."""),
(0, "classification", "en", "before", "list", None, """Research field for each paper title (PHYSICS, BIOLOGY, ECONOMICS, LINGUISTICS):
1. "Minimum wage increases and teen employment: evidence from border counties"
2. "Topological edge states in a photonic lattice"
3. "Gut microbiome composition in wild mice across seasons"
4. "Evidentiality markers in Quechua narrative discourse"
5. "Dark matter constraints from dwarf galaxy kinematics"
6. "Household savings responses to pension auto-enrolment" """),
(1, "creative_writing", "en", "none", "none", None, """Write a short poem about the last week before a PhD thesis deadline. Dark humour welcome."""),
(0, "summarization", "en", "after", "prose", None, """2.3 Statistical analysis
Continuous variables are reported as mean (SD) or median (IQR) depending on distribution, assessed by visual inspection of histograms. The primary outcome, change in HbA1c from baseline to 26 weeks, was analysed using a linear mixed model with treatment group, visit and their interaction as fixed effects, baseline HbA1c and site as covariates, and a random intercept for participant. Missing data were assumed to be missing at random and handled implicitly by the mixed model; a sensitivity analysis used multiple imputation with 50 imputed datasets under a jump-to-reference assumption. Secondary continuous outcomes were analysed similarly. Hypoglycaemia events were analysed with negative binomial regression with an offset for follow-up time. All analyses followed the intention-to-treat principle. A two-sided p value below 0.05 was considered significant, with no adjustment for multiple comparisons for secondary outcomes, which are considered exploratory. Analyses were performed in R version 4.3.

Summarize this statistical analysis section in plain terms for a clinician co-author, four bullet points."""),
(0, "classification", "en", "before", "list", None, """Classify each grant budget line: STAFF, EQUIPMENT, TRAVEL or CONSUMABLES.
- Postdoctoral researcher, 36 months at 0.8 FTE
- Confocal microscope time (external facility)
- Antibodies and reagents
- Return flights to fieldwork site in Kenya
- High-performance laptop for image analysis
- Conference registration and accommodation
- Research technician, 12 months
- Plastic consumables and pipette tips"""),
(1, "general_qa", "en", "none", "none", None, """Reviewer 2 says our study is "fundamentally flawed" but the other two reviewers liked it. How should we respond?"""),
(0, "summarization", "en", "after", "prose", "W2-p081", """CASE FOR SUPPORT (extract) - Early-warning of crop disease using farmer smartphone photos

1. The problem
Cassava brown streak disease causes losses of up to 70% of yield in affected fields across East Africa, threatening the main food source for more than 30 million people. By the time symptoms are obvious to farmers, the disease has usually spread within and between fields. Current surveillance relies on expert field surveys, which cover only a small fraction of farms and report with delays of several months.

2. Our approach
We will develop and test a system that allows smallholder farmers to photograph cassava leaves with basic smartphones and receive an instant assessment of disease risk, while the images feed a regional early-warning map for extension services. The project builds on our pilot, in which a model trained on 18,000 expert-labelled images achieved 89% accuracy in detecting early leaf symptoms under field conditions.

3. Objectives
O1. Expand the labelled image dataset to 120,000 images from four countries, covering different cassava varieties, lighting conditions and phone models.
O2. Develop a model that runs offline on low-cost phones, with accuracy of at least 85% for early symptoms and clear communication of uncertainty.
O3. Co-design the app interface and advice messages with farmer groups, including women farmers and farmers with limited literacy.
O4. Test, in a stepped-wedge trial across 60 villages, whether access to the app leads to earlier removal of infected plants and lower disease incidence after two seasons.
O5. Integrate farmer reports into the national plant protection agencies' surveillance systems, with agreed data-sharing and privacy arrangements.

4. Team
The project brings together plant pathologists and computer scientists from two universities, national agricultural research institutes in Kenya, Uganda and Tanzania, and a social enterprise with experience of delivering mobile advisory services to 400,000 farmers.

5. Impact
If successful, the system could reduce the time from first symptoms to detection from months to days. We estimate that earlier roguing of infected plants could reduce yield losses by 20-30% in participating villages. The open dataset and model will be made available to other researchers and to governments, and the approach could be extended to other crops and diseases.

6. Risks
Key risks include low uptake by farmers, poor phone connectivity for uploading images, model bias towards the varieties most represented in the training data, and the sustainability of the service after the grant. Mitigations are described in Section 9.

Condense this case for support into a 100-word summary for the funder's public database."""),
(1, "general_qa", "en", "after", "prose", "W2-p081", """CASE FOR SUPPORT (extract) - Early-warning of crop disease using farmer smartphone photos

1. The problem
Cassava brown streak disease causes losses of up to 70% of yield in affected fields across East Africa, threatening the main food source for more than 30 million people. By the time symptoms are obvious to farmers, the disease has usually spread within and between fields. Current surveillance relies on expert field surveys, which cover only a small fraction of farms and report with delays of several months.

2. Our approach
We will develop and test a system that allows smallholder farmers to photograph cassava leaves with basic smartphones and receive an instant assessment of disease risk, while the images feed a regional early-warning map for extension services. The project builds on our pilot, in which a model trained on 18,000 expert-labelled images achieved 89% accuracy in detecting early leaf symptoms under field conditions.

3. Objectives
O1. Expand the labelled image dataset to 120,000 images from four countries, covering different cassava varieties, lighting conditions and phone models.
O2. Develop a model that runs offline on low-cost phones, with accuracy of at least 85% for early symptoms and clear communication of uncertainty.
O3. Co-design the app interface and advice messages with farmer groups, including women farmers and farmers with limited literacy.
O4. Test, in a stepped-wedge trial across 60 villages, whether access to the app leads to earlier removal of infected plants and lower disease incidence after two seasons.
O5. Integrate farmer reports into the national plant protection agencies' surveillance systems, with agreed data-sharing and privacy arrangements.

4. Team
The project brings together plant pathologists and computer scientists from two universities, national agricultural research institutes in Kenya, Uganda and Tanzania, and a social enterprise with experience of delivering mobile advisory services to 400,000 farmers.

5. Impact
If successful, the system could reduce the time from first symptoms to detection from months to days. We estimate that earlier roguing of infected plants could reduce yield losses by 20-30% in participating villages. The open dataset and model will be made available to other researchers and to governments, and the approach could be extended to other crops and diseases.

6. Risks
Key risks include low uptake by farmers, poor phone connectivity for uploading images, model bias towards the varieties most represented in the training data, and the sustainability of the service after the grant. Mitigations are described in Section 9.

We got feedback from a mock panel that this is "technically strong but reads like a tech project, not an agriculture project". How would you restructure or reword it to fix that impression before the real deadline?"""),
(0, "classification", "en", "before", "email", None, """Predatory journal invitation? Y/N
"Dear Esteemed Professor, we were impressed by your recent article and invite you to submit to the International Journal of Advanced Multidisciplinary Research. Publication within 7 days. APC only 99 USD." """),
(1, "open_qa", "en", "none", "none", None, """How does CRISPR-Cas9 actually find the right spot in the genome?"""),
(0, "summarization", "en", "after", "notes", None, """Lab meeting 12/2
- Jun: western blots for knockdown look clean now after switching antibody, ready for figure 2
- Priscila: mouse cohort 3 delayed, breeding issues, new ETA April
- Tom: reviewer asked for a second cell line, we have HeLa data from last year that could work, needs re-analysis
- PI: paper resubmission target end of March; if cohort 3 late, submit without it and mention in response letter
- Journal club next week: Priscila presenting the organoid paper
- reminder: freezer -80 #2 alarm went off Sunday, check your samples

Turn these into brief minutes with action points."""),
(1, "creative_writing", "en", "none", "none", None, """Come up with 8 catchy project acronyms for a grant about using drones to monitor coastal erosion. Each with what it stands for."""),
(0, "classification", "en", "before", "list", None, """Role of each sentence in the abstract: BACKGROUND, METHOD, RESULT or CONCLUSION.
1. Microplastics are widespread in freshwater systems, but their effects on invertebrates are unclear.
2. We exposed Daphnia magna to three concentrations of polystyrene particles for 21 days.
3. Reproduction fell by 28% at the highest concentration.
4. Current environmental concentrations are unlikely to affect Daphnia populations, but hotspots may."""),
(1, "general_qa", "en", "none", "none", None, """Third year of my PhD and I've written nothing. Thesis due in 14 months. How do I structure the writing so I actually finish?"""),
(0, "summarization", "en", "none", "none", None, """Summarize Thomas Kuhn's The Structure of Scientific Revolutions in five sentences."""),
(1, "open_qa", "en", "none", "none", None, """Was Kuhn right that science progresses through paradigm shifts, or have philosophers since moved on from that idea?"""),
(0, "classification", "en", "after", "prose", "W2-p082", """"The manuscript addresses an interesting question, but the sample of 14 participants is too small to support the conclusions, the control condition is not described, and the statistical analysis does not account for repeated measures. I do not believe these problems can be addressed without collecting new data."

Which recommendation does this reviewer most likely give: ACCEPT, MINOR REVISION, MAJOR REVISION or REJECT?"""),
(1, "general_qa", "en", "after", "prose", "W2-p082", """"The manuscript addresses an interesting question, but the sample of 14 participants is too small to support the conclusions, the control condition is not described, and the statistical analysis does not account for repeated measures. I do not believe these problems can be addressed without collecting new data."

This is the only review we got and the paper was rejected. Should we collect more data and resubmit to the same journal, or go somewhere else with what we have? The study was a pilot."""),
(1, "creative_writing", "en", "none", "none", None, """Write a reference letter for my master's student applying for PhD programmes in marine biology. She did an excellent thesis on seagrass carbon storage, first-author paper in review, very independent in the field. One page."""),
(0, "summarization", "en", "after", "email", None, """Dear Dr Ferreira,

Thank you for submitting your manuscript to the journal. It has now been assessed by two reviewers, whose comments are included below. Both reviewers see merit in the work, but they raise substantial concerns, in particular about the sample selection and the lack of a comparison with existing methods. I am therefore unable to accept the manuscript in its current form, but I would be willing to consider a revised version that fully addresses the reviewers' points. Please include a point-by-point response and a marked-up copy. The revised manuscript should be submitted within 90 days; if you need more time, please let me know. Please note that a revised manuscript may be sent back to the original reviewers and that resubmission does not guarantee acceptance.

Yours sincerely,
Handling Editor

What does the editor's email say, in one line?"""),
(0, "classification", "en", "before", "list", None, """Variable type: CATEGORICAL or CONTINUOUS?
age in years, blood type, systolic blood pressure, smoking status (never/ex/current), body temperature, country of birth, reaction time in ms"""),
(1, "open_qa", "en", "none", "none", None, """What's a prior in Bayesian statistics, and doesn't choosing one make the analysis subjective?"""),
(0, "summarization", "en", "after", "transcript", None, """Seminar transcript (excerpt) - "Why we still can't predict earthquakes"

Speaker: So the first thing to say is that we're actually quite good at forecasting in the statistical sense. We can tell you, for a given region, the probability of a magnitude 6 or larger in the next 30 years, and those forecasts have held up reasonably well. What we can't do is prediction in the sense the public means: this fault, this week, this magnitude.

Why not? Three reasons, roughly. First, we can't see the fault. The interesting processes happen 10 to 15 kilometres down, and everything we measure is at the surface or in a few boreholes. Second, the system is probably close to critical. Small earthquakes and big earthquakes seem to start the same way, and whether a rupture stops at 1 kilometre or runs for 200 depends on stress conditions along the fault that we don't know in detail. So even if you saw an earthquake beginning, you might not know how big it would get. Third, the record is short. Large earthquakes on any given fault happen every few hundred years, and we've had good instruments for maybe 60.

People ask about precursors: animals, radon, foreshocks. Foreshocks are real, but most small earthquakes aren't followed by bigger ones, so they don't help you much in advance. Radon and electromagnetic signals have been claimed many times, and they haven't survived careful testing.

So where's the progress? Early warning, which is different: once a rupture starts, you detect the fast P waves and send an alert before the damaging waves arrive. That can give you a few seconds to a minute. Also operational forecasting after a big event, where aftershock probabilities really are useful for decisions about re-entering buildings.

Key points of this talk, five bullets."""),
(1, "creative_writing", "en", "none", "none", None, """Dialogue between Marie Curie and a modern PhD student about lab safety. Funny but respectful, around 300 words."""),
(1, "general_qa", "en", "none", "none", None, """Postdoc, 34, tired of short contracts. Should I leave academia for industry data science? What do people regret either way?"""),
(0, "classification", "en", "before", "list", None, """Directional or non-directional hypothesis?
H1: Students who sleep more than 8 hours will score higher on the memory test.
H2: There is a difference in anxiety levels between first- and final-year students.
H3: Caffeine intake is related to reaction time.
H4: Plants given fertiliser A will grow taller than those given fertiliser B."""),
(0, "summarization", "en", "after", "prose", "W2-p083", """Methods. We recruited 64 undergraduate students (41 women; mean age 20.3) through the department's participant pool. Participants completed a computerised working memory task (n-back, 2-back and 3-back conditions) twice: once after a night of normal sleep and once after a night in which they were asked to sleep no more than four hours, in counterbalanced order and one week apart. Sleep duration was self-reported the following morning. Accuracy and reaction time were recorded for each trial. Participants who reported sleeping more than five hours on the restricted night (n = 9) were excluded. Data were analysed with paired t-tests on mean accuracy and mean reaction time for each condition. We found that accuracy in the 3-back condition was lower after restricted sleep (t(54) = 3.12, p = .003), with no significant differences in the 2-back condition or in reaction time.

Summarize the methods and the main result in three lines."""),
(1, "open_qa", "en", "after", "prose", "W2-p083", """Methods. We recruited 64 undergraduate students (41 women; mean age 20.3) through the department's participant pool. Participants completed a computerised working memory task (n-back, 2-back and 3-back conditions) twice: once after a night of normal sleep and once after a night in which they were asked to sleep no more than four hours, in counterbalanced order and one week apart. Sleep duration was self-reported the following morning. Accuracy and reaction time were recorded for each trial. Participants who reported sleeping more than five hours on the restricted night (n = 9) were excluded. Data were analysed with paired t-tests on mean accuracy and mean reaction time for each condition. We found that accuracy in the 3-back condition was lower after restricted sleep (t(54) = 3.12, p = .003), with no significant differences in the 2-back condition or in reaction time.

I'm refereeing this. What are the main methodological weaknesses? I'm especially unsure whether running separate paired t-tests for each condition is OK and whether the exclusion rule biases the result."""),
(1, "creative_writing", "en", "none", "none", None, """Funny lab safety signs for our chemistry department corridor, 6 of them."""),
(0, "classification", "en", "before", "list", None, """Citation intent: BACKGROUND, METHOD or COMPARISON?
a) "Following Smith et al. (2019), we segmented the images using a U-Net."
b) "Coral bleaching has increased in frequency since the 1980s (Hughes, 2018)."
c) "Our estimate is about half that reported by Lee and Park (2021)."
d) "Data were normalised using the approach of Rao (2015)." """),
(1, "open_qa", "en", "none", "none", None, """Why does peer review take so long? Six months for a first decision seems insane."""),
(0, "summarization", "en", "after", "form", None, """ETHICS APPLICATION - SUMMARY FORM
Project: Experiences of gig-economy delivery riders during winter
Design: Qualitative; semi-structured interviews (45-60 min) with 25 riders aged 18+, recruited via rider forums and snowball sampling
Location: Interviews online or in a café of the participant's choice
Risks: Participants may discuss accidents or financial hardship; risk of identifying riders to platforms
Mitigations: Distress protocol and signposting to support services; pseudonyms; platform names removed from transcripts; audio deleted after transcription
Incentive: 20 voucher per interview
Data storage: University encrypted drive, 5 years, then deleted
Consent: Written information sheet; verbal consent recorded at start of interview

Summarize this ethics application in three sentences for the committee chair."""),
(1, "general_qa", "en", "none", "none", None, """My supervisor wants to be first author on the paper from my thesis chapter. Is that normal, and how do I push back?"""),
(0, "classification", "en", "before", "list", None, """Publication type for each: ORIGINAL RESEARCH, REVIEW, LETTER or PROTOCOL.
1. "A systematic review of school-based physical activity interventions"
2. "Response to: Concerns about the diagnostic criteria used by Park et al."
3. "Effect of nitrogen fertiliser timing on wheat yield: a three-year field experiment"
4. "Study protocol for a randomised trial of exercise in long COVID" """),
(1, "creative_writing", "en", "none", "none", None, """Opening two minutes of a conference talk on soil carbon that grabs a sleepy post-lunch audience. Give me a script."""),
(0, "summarization", "en", "after", "table", None, """Table 2. Adverse events by group
Event                    Placebo (n=210)   Low dose (n=208)   High dose (n=212)
Any adverse event        92 (43.8%)        101 (48.6%)        126 (59.4%)
Nausea                   14 (6.7%)         22 (10.6%)         41 (19.3%)
Headache                 21 (10.0%)        19 (9.1%)          24 (11.3%)
Dizziness                 8 (3.8%)         11 (5.3%)          23 (10.8%)
Serious adverse event     5 (2.4%)          4 (1.9%)           6 (2.8%)
Discontinued due to AE    3 (1.4%)          6 (2.9%)          19 (9.0%)

Describe this table in two sentences for the results text."""),
(0, "classification", "en", "before", "list", None, """Language of each paper title?
- "Auswirkungen des Klimawandels auf alpine Gletscher"
- "Efectos de la sequía en cultivos de maíz"
- "Impact of drought on maize crops"
- "Effets de la sécheresse sur les cultures de maïs"
- "Effetti della siccità sulle colture di mais" """),
(1, "open_qa", "en", "none", "none", None, """Is the replication crisis mainly a psychology problem or does it hit other fields as badly?"""),
(1, "general_qa", "en", "none", "none", None, """How do I structure a 15-minute conference talk from a 9,000-word paper?"""),
(0, "summarization", "en", "after", "prose", None, """The Department of Earth Sciences invites applications for a fully funded four-year PhD studentship on the response of Antarctic ice shelves to ocean warming. The project will combine satellite altimetry with ocean-ice numerical modelling and includes an optional field season. Applicants should hold, or expect to obtain, a first or upper second-class degree in physics, mathematics, geophysics or a related discipline; programming experience in Python or Julia is desirable. The studentship covers tuition fees at the home rate and a tax-free stipend, plus a research training support grant. International applicants are welcome, though the university can fund the international fee difference for only a limited number of students. To apply, submit a CV, a two-page statement of research interests and the names of two referees by 15 January. Interviews will take place in February.

Key points of this studentship ad, bulleted."""),
(1, "creative_writing", "en", "none", "none", None, """Story for 8-year-olds (about 350 words) where a raindrop explains the water cycle as its own travel diary."""),
(0, "classification", "en", "before", "prose", None, """Is this a qualitative or quantitative research question? "How do first-generation university students describe their sense of belonging?" """),
(0, "summarization", "en", "after", "prose", None, """1. Introduction

Ammonia is one of the most produced chemicals in the world, with annual output of around 180 million tonnes, most of it used to make fertiliser. Almost all of it is made by the Haber-Bosch process, which combines nitrogen from the air with hydrogen at high temperature (400-500 C) and pressure (150-300 bar) over an iron-based catalyst. The hydrogen is mostly obtained from natural gas by steam methane reforming, and as a result ammonia production is responsible for roughly 1-2% of global carbon dioxide emissions and consumes a similar share of the world's energy.

Two broad routes to lower-carbon ammonia are being pursued. The first keeps the Haber-Bosch process but replaces fossil hydrogen with hydrogen from water electrolysis powered by renewable electricity, so-called green ammonia. This route is technically mature, but Haber-Bosch plants operate best at a constant rate, while wind and solar supply is variable, which means either expensive hydrogen storage or oversizing of the electrolysers. Haber-Bosch also only becomes efficient at very large scale, which favours centralised plants and long distribution chains.

The second route seeks to make ammonia directly from nitrogen and water at ambient conditions, using electricity in an electrochemical cell. In principle, this could allow small, flexible units located close to where fertiliser is needed, switched on and off with the availability of renewable power. In practice, progress has been slow. The nitrogen molecule is extremely stable, and in aqueous electrolytes the competing reaction that produces hydrogen is much faster, so the share of current that goes into making ammonia (the Faradaic efficiency) has usually been below 10%. In addition, several high-profile reports of high yields were later attributed to contamination, because the tiny amounts of ammonia produced are easy to confuse with ammonia or nitrogen-containing impurities from the air, gloves, membranes or the catalyst itself. Rigorous protocols using isotope-labelled nitrogen are now regarded as essential.

A notable exception has been lithium-mediated nitrogen reduction, in which lithium metal deposited at the electrode reacts with nitrogen to form lithium nitride, which is then protonated to release ammonia. This approach has achieved Faradaic efficiencies above 60% in recent work, but it relies on organic electrolytes, sacrificial proton donors and high cell voltages, and its energy efficiency remains low.

In this work, we investigate a continuous-flow lithium-mediated system in which the proton donor is regenerated at the anode from hydrogen gas, and we examine the stability of the solid-electrolyte interphase over 300 hours of operation. We show that controlled addition of oxygen at ppm levels stabilises the interphase and maintains a Faradaic efficiency of 71% with an energy efficiency of 23%, and we confirm the origin of the ammonia by 15N2 isotope labelling.

Summarize this introduction in four bullet points, ending with what the paper claims to show."""),
(0, "classification", "en", "after", "prose", "W2-p084", """Rubric: A = clear argument, well evidenced, critical engagement; B = clear argument, adequate evidence, limited critique; C = descriptive, weak argument, thin evidence; D = largely off-question.

Student essay (second-year geography): "To what extent is managed retreat a fair response to coastal erosion?"

Coastal erosion is a growing problem in many countries. As sea levels rise and storms become stronger, more homes are at risk of falling into the sea. Managed retreat means moving people and buildings away from the coast instead of building defences. This essay will look at whether managed retreat is fair.

There are many advantages of managed retreat. It is cheaper than building sea walls, which can cost millions of pounds per kilometre. It allows natural habitats like salt marshes to form, which are good for wildlife and can also absorb wave energy. It is also a long-term solution, because sea walls eventually fail.

However, there are also disadvantages. People lose their homes, which can be very upsetting, especially for older people who have lived there for a long time. In some places people are not given any compensation. Businesses like cafes and caravan parks may close, which affects the local economy. Some people think that the government is giving up on coastal communities.

One example is Happisburgh in Norfolk, where houses have been lost to the sea and the sea defences were not replaced. Some residents received help to move but many felt they had been treated unfairly. Another example is the Netherlands, where they build strong defences instead.

In conclusion, managed retreat has advantages and disadvantages. It is good for the environment and saves money but it is hard for the people who have to move. Whether it is fair depends on whether people get compensation. The government should make sure that people are treated fairly.

Which rubric band (A-D) fits this essay best? Just the letter and one sentence why."""),
(1, "general_qa", "en", "after", "prose", "W2-p084", """Rubric: A = clear argument, well evidenced, critical engagement; B = clear argument, adequate evidence, limited critique; C = descriptive, weak argument, thin evidence; D = largely off-question.

Student essay (second-year geography): "To what extent is managed retreat a fair response to coastal erosion?"

Coastal erosion is a growing problem in many countries. As sea levels rise and storms become stronger, more homes are at risk of falling into the sea. Managed retreat means moving people and buildings away from the coast instead of building defences. This essay will look at whether managed retreat is fair.

There are many advantages of managed retreat. It is cheaper than building sea walls, which can cost millions of pounds per kilometre. It allows natural habitats like salt marshes to form, which are good for wildlife and can also absorb wave energy. It is also a long-term solution, because sea walls eventually fail.

However, there are also disadvantages. People lose their homes, which can be very upsetting, especially for older people who have lived there for a long time. In some places people are not given any compensation. Businesses like cafes and caravan parks may close, which affects the local economy. Some people think that the government is giving up on coastal communities.

One example is Happisburgh in Norfolk, where houses have been lost to the sea and the sea defences were not replaced. Some residents received help to move but many felt they had been treated unfairly. Another example is the Netherlands, where they build strong defences instead.

In conclusion, managed retreat has advantages and disadvantages. It is good for the environment and saves money but it is hard for the people who have to move. Whether it is fair depends on whether people get compensation. The government should make sure that people are treated fairly.

I'm the tutor. What specific, actionable feedback would help this student move up a band next time? Which concepts or readings on justice should I point them to?"""),
(1, "open_qa", "en", "none", "none", None, """What does "fair" even mean in climate adaptation debates? Is there a standard framework?"""),
(0, "classification", "en", "before", "prose", None, """Observational or experimental study? "We compared cancer rates in 20,000 night-shift nurses and 20,000 day-shift nurses over 15 years." """),
(1, "creative_writing", "en", "none", "none", None, """Limerick about reviewer number two."""),
(0, "summarization", "en", "after", "prose", "W2-p085", """CALL FOR PAPERS - Workshop on Trustworthy Machine Learning for Healthcare

We invite submissions of original work on methods and evaluations that make machine learning systems safer, fairer and more reliable in clinical settings. Topics include, but are not limited to: robustness to dataset shift between hospitals; uncertainty quantification and selective prediction; fairness across patient subgroups; interpretability for clinicians; evaluation beyond accuracy, including prospective and human-in-the-loop studies; privacy-preserving learning; and regulatory considerations.

Submissions should be up to 4 pages (excluding references) in the conference template and will be reviewed double-blind. Accepted papers will be presented as posters, with a small number selected for 10-minute talks. The workshop is non-archival; papers under review elsewhere are welcome. At least one author of each accepted paper must register and attend in person.

Important dates: submission deadline 2 May (anywhere on Earth); notification 6 June; camera-ready 20 June; workshop 19 July.

Summarize this call for papers in three lines for our lab's Slack."""),
(1, "creative_writing", "en", "after", "prose", "W2-p085", """CALL FOR PAPERS - Workshop on Trustworthy Machine Learning for Healthcare

We invite submissions of original work on methods and evaluations that make machine learning systems safer, fairer and more reliable in clinical settings. Topics include, but are not limited to: robustness to dataset shift between hospitals; uncertainty quantification and selective prediction; fairness across patient subgroups; interpretability for clinicians; evaluation beyond accuracy, including prospective and human-in-the-loop studies; privacy-preserving learning; and regulatory considerations.

Submissions should be up to 4 pages (excluding references) in the conference template and will be reviewed double-blind. Accepted papers will be presented as posters, with a small number selected for 10-minute talks. The workshop is non-archival; papers under review elsewhere are welcome. At least one author of each accepted paper must register and attend in person.

Important dates: submission deadline 2 May (anywhere on Earth); notification 6 June; camera-ready 20 June; workshop 19 July.

Draft a 150-word abstract for a submission to this: our work shows that a sepsis prediction model trained in one hospital loses 12 AUROC points at a second hospital, and that a simple recalibration on 500 local cases recovers most of the loss."""),
(0, "classification", "en", "after", "list", None, """Open-ended survey answers from postgraduate researchers: "What is the biggest obstacle to your research?"
1. "My supervisor replies to emails once a month."
2. "Stipend doesn't cover rent in this city."
3. "The mass spec has been broken since October."
4. "I feel isolated, there's no one else working on anything close to my topic."
5. "I have to teach 10 hours a week to make ends meet."
6. "We still don't have ethics approval after 5 months."

Tag each answer with one theme: SUPERVISION, FINANCES, FACILITIES, ISOLATION or ADMINISTRATION."""),
(1, "general_qa", "en", "none", "none", None, """My supervisor only replies to emails about once a month. How do I get the guidance I need without burning the relationship?"""),
(0, "summarization", "en", "after", "prose", None, """DATA MANAGEMENT PLAN - summary of sections
Data types: interview audio (about 40 hours), transcripts (about 600,000 words), field notes, and a survey dataset of around 1,200 responses.
Formats: audio in WAV for preservation, MP3 for working copies; transcripts in DOCX and plain text; survey in CSV with a codebook.
Storage during project: university research data store with nightly backups; no data on personal laptops except encrypted working copies.
Personal data: participants' names and contact details stored separately from transcripts, linked by code; audio deleted after verified transcription.
Sharing: anonymised survey data and codebook deposited in the national data archive at project end under a safeguarded licence; transcripts not shared publicly, available to bona fide researchers on request subject to consent.
Retention: 10 years after the final publication.
Responsibilities: PI responsible overall; the research assistant manages day-to-day storage and anonymisation.

Summarize the DMP in four sentences for the ethics committee."""),
(1, "open_qa", "en", "none", "none", None, """What counts as properly anonymised interview data? Can you ever really anonymise a long qualitative interview?"""),
(0, "classification", "en", "before", "list", None, """Which of these are measures of central tendency? mean, variance, median, standard deviation, mode, range, interquartile range"""),
(1, "creative_writing", "en", "none", "none", None, """Acceptance speech for a young researcher's award from the national physics society. Two minutes, thank her late grandmother who was a school science teacher, humble, one light joke."""),
(0, "summarization", "en", "after", "transcript", None, """Thesis committee meeting - notes transcribed from recording

Chair: Let's start with progress. You've finished chapters two and three?
Student: Two is finished. Three is drafted, but the second experiment needs rerunning because of the calibration problem on the photometer.
Member A: How long will the rerun take?
Student: About six weeks, if I get instrument time in March.
Member B: I'm more worried about chapter four. The plan was a field study, but you said permits are delayed.
Student: Yes, the national park hasn't replied. I've started thinking about a backup using the archived satellite data instead.
Member B: I'd push you to decide by the end of April. A thesis with three solid empirical chapters and one methods chapter is perfectly acceptable.
Chair: Agreed. Funding?
Student: My stipend ends in September. I've applied for a completion grant.
Chair: Then the target should be submission by December. Actions: rerun experiment two in March; decide on chapter four by 30 April; draft thesis outline to the committee by the end of May; next meeting in June.
Student: OK. Thank you.

Summarize this meeting: progress, concerns and agreed actions."""),
(0, "classification", "en", "before", "prose", None, """Plagiarism concern or acceptable paraphrase? Y = concern, N = acceptable.
Source: "Urban heat islands are intensified by dark surfaces that absorb solar radiation."
Student: "Urban heat islands are intensified by dark surfaces that absorb solar radiation (Lee, 2020)." """),
(1, "general_qa", "en", "none", "none", None, """How should I teach second-years the difference between quoting, paraphrasing and plagiarism without just scaring them?"""),
(0, "summarization", "en", "after", "prose", None, """Standard operating procedure - Use of the class II biosafety cabinet
Before use: check that the cabinet has been certified in the last 12 months (label on front); switch on the fan and allow it to run for 5 minutes; check the airflow indicator is in the green range; wipe the work surface with 70% ethanol. During use: do not block the front or rear grilles; keep materials at least 10 cm inside the front opening; move arms slowly in and out; do not use a Bunsen burner inside the cabinet. After use: remove all items, wipe surfaces with the approved disinfectant followed by 70% ethanol, leave the fan running for 5 minutes, then switch it off and close the sash. Report any airflow alarm to the lab manager immediately and stop work.

Shorten this SOP into a checklist that fits on a laminated card."""),
(1, "creative_writing", "en", "none", "none", None, """Write a short rap for my year 10 class about the steps of the scientific method."""),
(0, "classification", "en", "before", "list", None, """Sampling method for each: RANDOM, STRATIFIED, CONVENIENCE or SNOWBALL.
1. Every student on the register gets a number and 100 numbers are drawn.
2. The researcher interviews whoever is in the library on Tuesday morning.
3. Each participant recommends two others who also use food banks.
4. The population is split by year group and 20 students drawn from each."""),
(1, "open_qa", "en", "none", "none", None, """Why is convenience sampling a problem if the sample is large, like 10,000 people online?"""),
(0, "summarization", "en", "after", "email", "W2-p086", """Dear colleagues,

Following the review of last year's research assessment, the Faculty is introducing three changes from 1 August. First, all staff will be asked to identify up to two outputs each year that they consider their strongest, for internal peer review by two colleagues, one from outside the department. Second, research-active staff will receive a protected research day each week during teaching terms, except where this conflicts with timetabled teaching that cannot be moved; heads of department will agree exceptions. Third, the Faculty will fund up to 2,000 per person per year for open-access fees for journal articles, replacing the current first-come-first-served pot.

We recognise that the first change has caused concern. The internal review is developmental; its results will not be used in promotion or performance decisions.

Best wishes,
Associate Dean for Research

Summarise the three changes in one line each."""),
(1, "creative_writing", "en", "after", "email", "W2-p086", """Dear colleagues,

Following the review of last year's research assessment, the Faculty is introducing three changes from 1 August. First, all staff will be asked to identify up to two outputs each year that they consider their strongest, for internal peer review by two colleagues, one from outside the department. Second, research-active staff will receive a protected research day each week during teaching terms, except where this conflicts with timetabled teaching that cannot be moved; heads of department will agree exceptions. Third, the Faculty will fund up to 2,000 per person per year for open-access fees for journal articles, replacing the current first-come-first-served pot.

We recognise that the first change has caused concern. The internal review is developmental; its results will not be used in promotion or performance decisions.

Best wishes,
Associate Dean for Research

Write a reply to the Associate Dean on behalf of the early-career staff network, welcoming the research day and OA fund, but asking for the promise about promotion to be put in writing in the policy itself."""),
(1, "open_qa", "en", "none", "none", None, """How do journal impact factors get calculated, and why do people say they're a bad way to judge a paper?"""),
(0, "classification", "en", "before", "prose", None, """Correlation or causation claim? "Countries with more chocolate consumption win more Nobel prizes." """),
(0, "summarization", "en", "after", "table", None, """Student module evaluation - Research Methods (n = 86)
Statement                                         Agree   Neutral   Disagree
The module was well organised                     71%     17%       12%
Lectures helped me understand the material        58%     22%       20%
The SPSS workshops were useful                    81%     11%        8%
Feedback on assignments was timely                 34%     19%       47%
I feel confident designing my own study           49%     31%       20%
Top free-text themes: "more worked examples", "feedback took 6 weeks", "workshops were the best part"

Summarize these evaluations in three sentences for the module review."""),
(1, "general_qa", "en", "none", "none", None, """Students say my feedback takes six weeks. I have 180 scripts and three weeks. What can I actually do?"""),
(0, "classification", "en", "before", "list", None, """Peer-review comment type: MAJOR or MINOR?
- "The conclusions are not supported by the data shown in Figure 4."
- "Typo in line 212: 'anlaysis'."
- "Please define 'high-risk' the first time it is used."
- "The control group is missing, so the effect cannot be attributed to the treatment."
- "Reference 14 is duplicated." """),
(1, "creative_writing", "en", "none", "none", None, """Write a short email inviting a well-known researcher to give a keynote at our small regional conference. We can cover travel and one night's hotel but no fee. Warm, not grovelling."""),
(0, "summarization", "en", "after", "prose", None, """Abstract. We report the discovery of a transiting planet around a nearby M dwarf, 31 light-years from the Sun. The planet has a radius of 1.3 Earth radii and orbits its star every 11.2 days, placing it within the star's habitable zone, where liquid water could exist on the surface given a suitable atmosphere. Radial-velocity measurements give a mass of 2.1 Earth masses, implying a rocky composition. The host star is relatively quiet, with low flare activity compared with other M dwarfs, which improves the prospects for the planet retaining an atmosphere. Because the star is bright in the infrared and close to us, the planet is an excellent target for atmospheric characterisation with space telescopes.

one-sentence summary for a press officer"""),
(1, "open_qa", "en", "none", "none", None, """Why do astronomers care so much whether an M dwarf star flares a lot?"""),
(0, "classification", "en", "before", "list", None, """Classify each as a LIMITATION or a STRENGTH (from a discussion section):
1. The sample was drawn from a single hospital.
2. Outcomes were assessed by blinded raters.
3. We used validated questionnaires.
4. Follow-up was only six months.
5. Attrition was under 5%."""),
(1, "general_qa", "en", "none", "none", None, """How do I write a limitations section that's honest without making reviewers think the study is worthless?"""),
(0, "summarization", "en", "after", "email", None, """Hi all, a quick note about the shared HPC cluster. From next Monday, jobs requesting more than 8 GPUs must be submitted to the new "large" partition and will be limited to 48 hours. The "standard" partition keeps its 7-day limit for smaller jobs. Storage quotas on /scratch are being enforced from the 1st; anything older than 60 days will be deleted automatically, so please move results to your project space. Maintenance is scheduled for the first Tuesday of each month, 8am-12pm. Questions to the research computing helpdesk.

tl;dr for my group"""),
(1, "creative_writing", "en", "none", "none", None, """haiku: waiting in the HPC queue"""),
(0, "classification", "en", "before", "list", None, """Which are renewable energy sources? tidal, natural gas, geothermal, uranium, biomass, coal, solar"""),
(1, "open_qa", "en", "none", "none", None, """Is nuclear power counted as renewable, low-carbon, both or neither? Why do sources disagree?"""),
(0, "summarization", "en", "after", "notes", "W2-p087", """Notes from reading group - "Deep learning for weather forecasting" (review paper)
- ML models (GraphCast, Pangu etc) now match or beat traditional NWP on many medium-range scores
- trained on ERA5 reanalysis, so depend on physics models for training data
- much cheaper to run: minutes on one GPU vs hours on supercomputer
- weak on extremes? mixed evidence; some underestimate peak intensity of cyclones
- no guarantee of physical consistency (conservation of mass/energy)
- ensemble/probabilistic versions emerging
- open question: will they work for climate projection (out of training distribution)?

Summarise the paper's main points from these notes, one short paragraph."""),
(1, "open_qa", "en", "after", "notes", "W2-p087", """Notes from reading group - "Deep learning for weather forecasting" (review paper)
- ML models (GraphCast, Pangu etc) now match or beat traditional NWP on many medium-range scores
- trained on ERA5 reanalysis, so depend on physics models for training data
- much cheaper to run: minutes on one GPU vs hours on supercomputer
- weak on extremes? mixed evidence; some underestimate peak intensity of cyclones
- no guarantee of physical consistency (conservation of mass/energy)
- ensemble/probabilistic versions emerging
- open question: will they work for climate projection (out of training distribution)?

Why would a model trained on reanalysis data struggle with extremes and with climate projection? Explain the out-of-distribution problem for someone who knows meteorology but not ML."""),
(0, "classification", "en", "before", "prose", None, """Primary or secondary source for a history essay? "A diary kept by a nurse in a field hospital in 1916." """),
(1, "general_qa", "en", "none", "none", None, """Tips for managing a literature review with 300+ papers? I keep losing track of what I've read."""),
(0, "summarization", "en", "none", "none", None, """Give me a short recap of Darwin's On the Origin of Species."""),
(1, "creative_writing", "en", "none", "none", None, """A sonnet about the Higgs boson, for a physics department newsletter."""),
(0, "classification", "en", "before", "list", None, """Type of error: TYPE I or TYPE II?
a) A trial concludes a drug works when it doesn't.
b) A smoke detector stays silent during a real fire.
c) A spam filter sends a genuine email to spam.
d) A test fails to detect a real difference between groups."""),
(0, "summarization", "en", "after", "prose", None, """Research integrity office - case summary (anonymised)
An allegation was received that images in two figures of a published article had been duplicated and relabelled to represent different experimental conditions. The screening panel found that two western blot panels in Figure 3 were identical after rotation, and that a panel in Figure 5 reused part of an image from the authors' earlier paper. The corresponding author stated that the errors arose from a mislabelled folder and provided original files for Figure 3, which showed the correct images. Original files for Figure 5 could not be found. The panel concluded that Figure 3 was an honest error but that the Figure 5 duplication could not be explained and referred the matter for formal investigation. The journal has been informed and an expression of concern has been published.

Summarize the outcome in two sentences."""),
(1, "general_qa", "en", "none", "none", None, """I think a postdoc in my lab may have manipulated figures. What should I do? I'm a PhD student and scared of the consequences."""),
(0, "classification", "en", "before", "list", None, """Open access route: GOLD, GREEN or DIAMOND?
1. Author pays an APC and the article is free to read on the publisher's site.
2. Accepted manuscript deposited in the university repository after an embargo.
3. Journal funded by a society; no fees to authors or readers."""),
(1, "open_qa", "en", "none", "none", None, """Why do academic publishers make such huge profit margins when reviewers work for free?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a short welcome message for new PhD students in our lab handbook. Honest about the hard parts, encouraging, 150 words."""),
(0, "summarization", "en", "after", "prose", None, """The proposed mechanism is that the drug inhibits a transporter in the kidney that normally reabsorbs glucose from the urine back into the blood. By blocking it, more glucose is excreted in the urine, lowering blood glucose independently of insulin. Because the glucose carries water with it, patients also lose some fluid and sodium, which lowers blood pressure slightly and may explain the benefits seen in heart failure. The main side effects are genital yeast infections, from the sugar in the urine, and, rarely, a form of ketoacidosis that can occur with normal blood glucose levels.

summarize for a first-year pharmacology student, 2 sentences"""),
(0, "classification", "en", "before", "prose", None, """Is this a research question or a hypothesis? "Bilingual children will outperform monolingual children on task-switching tests." """),
(1, "general_qa", "en", "none", "none", None, """How do I turn my research question about bilingualism and task-switching into a doable master's project with no budget?"""),
(0, "summarization", "en", "before", "prose", None, """TL;DR of this paragraph: "Although the intervention improved test scores at the end of the school year, the effect had faded by the following spring, and schools with more experienced teachers showed smaller gains, suggesting the programme mainly helped where baseline teaching quality was lower." """),
(1, "creative_writing", "en", "none", "none", None, """A tweet thread (5 tweets) announcing our new paper showing that city trees cool streets at night by up to 1 C. Catchy first tweet, no overclaiming."""),
(0, "classification", "en", "before", "list", None, """Label each statistical test as PARAMETRIC or NON-PARAMETRIC: t-test, Mann-Whitney U, ANOVA, Kruskal-Wallis, Pearson correlation, Spearman correlation, Wilcoxon signed-rank"""),
(1, "open_qa", "en", "none", "none", None, """When should I use Mann-Whitney instead of a t-test? My data are Likert scores from 1 to 5."""),
]
