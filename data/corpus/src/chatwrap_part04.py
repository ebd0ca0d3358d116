# writer chatwrap, part 04. Each item written by hand.
ITEMS = [
(0, "classification", "en", "inline", "json", "CW-p056", """{"model": "support-qa-reviewer", "messages": [
{"role": "system", "content": "You audit support conversations for Parcelly. Check the agent against the script: (1) greet and give name, (2) verify identity with order number + postcode, (3) restate the problem, (4) offer a resolution from policy, (5) confirm next steps and close. Output PASS if all five steps are met, otherwise FAIL followed by the missing step numbers. Nothing else."},
{"role": "user", "content": "CONVERSATION TO AUDIT:\nAgent: Hi there, you're through to Parcelly, my name's Imogen. What can I do for you today?\nCustomer: my parcel says delivered but i don't have it\nAgent: Oh no, sorry about that. Can I take the order number please?\nCustomer: PRC-448120\nAgent: Thanks. I can see it was marked delivered at 14:12 yesterday with a photo at a front door. Does this look like your door?\nCustomer: no thats not even my street, we have a blue door\nAgent: Okay, so it looks like the driver delivered it to the wrong address. I'm really sorry. Under our policy, for a misdelivery we can either send a replacement today or refund you in full. Which would you prefer?\nCustomer: replacement please, its a birthday present\nAgent: Of course. I've arranged a replacement for next-day delivery, it'll arrive tomorrow before 6pm, and I've flagged the driver's route so it doesn't happen again. You'll get a confirmation email in the next few minutes with the new tracking link.\nCustomer: ok great thanks\nAgent: You're welcome, and happy birthday to whoever it's for! Is there anything else I can help with?\nCustomer: no thats all\nAgent: Lovely, have a good day.\n\nAlso for context, this agent has had two FAILs this month already, both for skipping identity checks, and her team lead has asked us to look carefully. Customer satisfaction score on this chat was 5/5. The conversation lasted 6 minutes, below the 8-minute target. Please audit strictly according to the five-step script."}
]}"""),
(1, "general_qa", "en", "inline", "json", "CW-p056", """{"model": "support-coach", "messages": [
{"role": "system", "content": "You are a coaching assistant for Parcelly support team leads. Help them give constructive, specific feedback to agents. Be supportive; agents are often new."},
{"role": "user", "content": "CONVERSATION:\nAgent: Hi there, you're through to Parcelly, my name's Imogen. What can I do for you today?\nCustomer: my parcel says delivered but i don't have it\nAgent: Oh no, sorry about that. Can I take the order number please?\nCustomer: PRC-448120\nAgent: Thanks. I can see it was marked delivered at 14:12 yesterday with a photo at a front door. Does this look like your door?\nCustomer: no thats not even my street, we have a blue door\nAgent: Okay, so it looks like the driver delivered it to the wrong address. I'm really sorry. Under our policy, for a misdelivery we can either send a replacement today or refund you in full. Which would you prefer?\nCustomer: replacement please, its a birthday present\nAgent: Of course. I've arranged a replacement for next-day delivery, it'll arrive tomorrow before 6pm, and I've flagged the driver's route so it doesn't happen again. You'll get a confirmation email in the next few minutes with the new tracking link.\nCustomer: ok great thanks\nAgent: You're welcome, and happy birthday to whoever it's for! Is there anything else I can help with?\nCustomer: no thats all\nAgent: Lovely, have a good day.\n\nI'm Imogen's team lead. She's warm and customers love her (5/5 here), but she's now skipped the postcode check three times this month and compliance is on my back. I don't want to crush her confidence. How should I run the 1:1 about this, what should I say, and how do I help the habit actually stick rather than just telling her off again?"}
]}"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/argparse.py, licence: PSF-2.0
(0, "summarization", "en", "before", "code", None, """@docs-bot tldr this module docstring in 3 bullets for our internal wiki pls

Command-line parsing library

This module is an optparse-inspired command-line parsing library that:

    - handles both optional and positional arguments
    - produces highly informative usage messages
    - supports parsers that dispatch to sub-parsers

The following is a simple usage example that sums integers from the
command-line and writes the result to a file::

    parser = argparse.ArgumentParser(
        description='sum the integers at the command line')
    parser.add_argument(
        'integers', metavar='int', nargs='+', type=int,
        help='an integer to be summed')
    parser.add_argument(
        '--log', default=sys.stdout, type=argparse.FileType('w'),
        help='the file where the sum should be written')
    args = parser.parse_args()
    args.log.write('%s' % sum(args.integers))
    args.log.close()

The module contains the following public classes:

    - ArgumentParser -- The main entry point for command-line parsing. As the
        example above shows, the add_argument() method is used to populate
        the parser with actions for optional and positional arguments. Then
        the parse_args() method is invoked to convert the args at the
        command-line into an object with attributes.

    - ArgumentError -- The exception raised by ArgumentParser objects when
        there are errors with the parser's actions. Errors raised while
        parsing the command-line are caught by ArgumentParser and emitted
        as command-line messages.

    - FileType -- A factory for defining types of files to be created. As the
        example above shows, instances of FileType are typically passed as
        the type= argument of add_argument() calls.

    - Action -- The base class for parser actions. Typically actions are
        selected by passing strings like 'store_true' or 'append_const' to
        the action= argument of add_argument(). However, for greater
        customization of ArgumentParser actions, subclasses of Action may
        be defined and passed as the action= argument.

    - HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
        ArgumentDefaultsHelpFormatter -- Formatter classes which
        may be passed as the formatter_class= argument to the
        ArgumentParser constructor. HelpFormatter is the default,
        RawDescriptionHelpFormatter and RawTextHelpFormatter tell the parser
        not to change the formatting for help text, and
        ArgumentDefaultsHelpFormatter adds information about argument defaults
        to the help.

All other classes in this module are considered implementation details.
(Also note that HelpFormatter and RawDescriptionHelpFormatter are only
considered public as object names -- the API of the formatter objects is
still considered an implementation detail.)"""),
(1, "open_qa", "en", "none", "none", None, """@docs-bot argparse vs click vs typer, what's the actual difference and why do people move off argparse"""),
(0, "summarization", "en", "after", "email", None, """Subject: Year 6 residential trip – Hilltop Outdoor Centre – important information

Dear Parents and Carers,

We are delighted to confirm the details of the Year 6 residential trip to Hilltop Outdoor Centre from Monday 10th to Wednesday 12th June. This is always a highlight of the year, and the children will take part in climbing, canoeing, orienteering, a night walk and team-building challenges, all led by qualified instructors.

Payment: The total cost is £215. If you have already paid the £50 deposit, the remaining £165 is due by Friday 17th May via ParentPay. If cost is a barrier, please speak to Mrs Okoye in confidence; support from the school fund is available and no child will miss out for financial reasons.

Forms: Please complete the medical and consent form (attached) and return it to the school office by Friday 10th May. This must include any allergies, medication, dietary needs, and an emergency contact number that will be answered during the trip. Without a completed form, we are unfortunately unable to take your child.

Medication: Any medication must be handed to Mr Patel on the morning of departure in its original packaging, clearly labelled with your child's name and dosage. Inhalers and EpiPens should be carried by the child as usual, with a spare given to staff.

Kit: A full kit list is attached. Please note that children will get wet and muddy, so old clothes are essential. They will need a sleeping bag, pillow, torch, wellies AND trainers, waterproof jacket, and a named water bottle. Please do not send new or expensive clothing. Mobile phones, tablets, smartwatches and sweets are not permitted; staff will post daily photo updates on the school's private blog.

Departure and return: Children should arrive at school at 8:00am on Monday 10th with their luggage; the coach leaves at 8:30am sharp. We expect to return to school at approximately 3:30pm on Wednesday 12th. We will text you if there is any delay.

Information evening: There will be a short information session for parents on Tuesday 14th May at 6pm in the school hall, where you can meet the staff going on the trip and ask questions. Children are welcome to attend.

If you have any questions in the meantime, please contact the school office.

Kind regards,
Mr D. Patel
Year 6 Team Leader

^ forwarded by my wife. can u turn this into a checklist of what we actually have to do + dates, nothing else"""),
(0, "classification", "en", "after", "story", None, """journal entry from my writing class, need mood tags for the anthology index. pick exactly 3 from: nostalgic, hopeful, grieving, anxious, joyful, lonely, peaceful, angry

"The house on Winslow Road sold last week. I drove past it on Sunday even though I promised myself I wouldn't. The new owners have already painted the door grey, which is what everyone does now, and the lilac by the gate is gone. My father planted that lilac the year I was born. He used to say it was the only thing in the garden that never needed him.

I parked across the street for a while. A little girl was drawing on the pavement with chalk, a hopscotch grid that went all the way to the neighbour's drive. I used to do exactly that. The squares were uneven, just like mine were, and she kept stepping on the lines and starting again with complete seriousness.

It has been eight months since Dad died, and I thought selling the house would feel like a second funeral. It didn't, not exactly. It felt more like closing a book you have read so many times that you can recite it, and knowing that you will still be able to recite it without the pages in front of you.

I kept expecting to cry. Instead I remembered the summer he tried to teach me to ride a bike on the slope of that drive, how he ran beside me holding the seat and then, without telling me, let go. I didn't notice until I reached the bottom and turned and saw him standing at the top with his hands in his pockets, grinning, pretending he'd been there all along.

When I finally drove away, the girl waved at me, the way children wave at strangers in cars, with her whole arm. I waved back. On the way home I stopped at the garden centre and bought a lilac. It's in a pot on my balcony now. It is far too small, and probably in the wrong kind of light, and I have no idea if it will survive the winter.

I think it will. I think, like the old one, it might not need me very much. But I will water it anyway." """),
(1, "creative_writing", "en", "after", "notes", None, """help me write the intro section (about 250 words) of a grant application. notes:
- org: Second Chapter, small nonprofit, 4 staff + 30 volunteers
- we run free weekly reading clubs for adults who left school with low literacy, mostly 40-70 year olds
- 2023: 112 learners, 78% stayed 6+ months, 41 read their first full book
- partners: 3 public libraries, 1 job centre
- grant = £40k from a community foundation, 2 years
- want to expand to evenings (most learners work days) and train 20 more volunteers
- foundation cares about "dignity" and "community-led", they said so in the call
- we have quotes from learners, e.g. "I read my granddaughter a bedtime story for the first time at 63"
- tone: warm but professional, no pity language, learners are adults not "the illiterate"

start with a strong first sentence, not a statistic"""),
(1, "open_qa", "en", "none", "none", None, """how common is adult low literacy actually, like in the UK or US? feels like nobody talks about it"""),
(0, "classification", "en", "after", "list", None, """feedback from the beta tester form, q: "anything else?" — pls group these into themes (PERFORMANCE, UI, PRICING, FEATURE_REQUEST, BUGS, PRAISE) and give me the count per theme + which numbers

1. app takes 5+ sec to open on my older iphone
2. love the colours, super calming
3. would pay for this but $12/mo is too much for a to-do app
4. please add a calendar view
5. tapping "done" twice crashes it
6. the font is too small in settings
7. sync between phone and laptop takes ages
8. honestly the best habit app I've used
9. can you add shared lists for couples?
10. lifetime deal option would be amazing
11. dark mode icons are invisible
12. search doesn't find tasks with emojis in the title
13. widgets would be nice
14. scrolling the list is laggy with 200+ items
15. the onboarding animation is adorable
16. reminders sometimes come twice
17. a student discount please
18. would love apple watch support
19. too many taps to add a task
20. backup to google drive please
21. the app logged me out after the update and i lost a day's tasks
22. it's simple and that's exactly why I like it
23. free tier is too limited, only 3 lists
24. the sound when you complete a task is so satisfying
25. landscape mode on ipad is broken
26. import from Todoist would make me switch
27. battery drain is noticeable
28. the plus button is hard to reach one-handed
29. export to csv
30. keep it ad-free forever pls 🙏"""),
(0, "summarization", "en", "inline", "chat", "CW-p057", """Human: I'm going to paste a conversation between me and my landlord over text. Please summarise it neutrally.

Me (Mon 9:14): Hi Gary, the boiler's stopped working again, no hot water since last night.
Gary (Mon 11:02): Did you try resetting it? Button on the front.
Me (Mon 11:05): Yes, three times. It shows error F28.
Gary (Mon 14:40): OK I'll call my guy.
Me (Tue 8:30): Any update? Still no hot water, I've been showering at the gym.
Gary (Tue 17:55): He can come Thursday.
Me (Tue 18:01): Thursday is 4 days without hot water. Is there anyone sooner? The tenancy agreement says urgent repairs within 24 hours.
Gary (Tue 19:20): It's not an emergency, you have heating.
Me (Tue 19:22): The heating is off too, it's the same boiler.
Gary (Wed 10:10): Fine, I've found someone for this afternoon between 2 and 5.
Me (Wed 10:12): Thank you, I'll be in.
Me (Wed 17:40): Engineer came, said the gas valve needs replacing, part arrives Friday. He left two electric heaters.
Gary (Wed 18:15): Good. I'm not paying for your gym by the way.

Assistant:"""),
(1, "general_qa", "en", "inline", "chat", "CW-p057", """Human: I'm going to paste a conversation between me and my landlord over text.

Me (Mon 9:14): Hi Gary, the boiler's stopped working again, no hot water since last night.
Gary (Mon 11:02): Did you try resetting it? Button on the front.
Me (Mon 11:05): Yes, three times. It shows error F28.
Gary (Mon 14:40): OK I'll call my guy.
Me (Tue 8:30): Any update? Still no hot water, I've been showering at the gym.
Gary (Tue 17:55): He can come Thursday.
Me (Tue 18:01): Thursday is 4 days without hot water. Is there anyone sooner? The tenancy agreement says urgent repairs within 24 hours.
Gary (Tue 19:20): It's not an emergency, you have heating.
Me (Tue 19:22): The heating is off too, it's the same boiler.
Gary (Wed 10:10): Fine, I've found someone for this afternoon between 2 and 5.
Me (Wed 17:40): Engineer came, said the gas valve needs replacing, part arrives Friday. He left two electric heaters.
Gary (Wed 18:15): Good. I'm not paying for your gym by the way.

This is the third boiler breakdown since October. I'm in England. Can I ask for a rent reduction or compensation, and how should I go about it without souring things with him?

Assistant:"""),
(0, "classification", "en", "inline", "prose", "CW-p058", """Human: Is the following sentence written in passive voice? Answer yes or no.
"The results were reviewed by the committee before publication."
Assistant:"""),
(1, "open_qa", "en", "none", "none", "CW-p058", """Human: why do english teachers hate the passive voice so much? is it actually bad writing?
Assistant:"""),
(0, "summarization", "en", "after", "transcript", None, """[Teams meeting recap requested]
Transcript (auto, 00:00–07:20):
Jen: ok let's do the Q3 launch checklist. Marketing site?
Abdi: copy is final, design needs one more pass on the pricing page, that's Friday.
Jen: Email sequence?
Lena: three emails drafted, legal is reviewing the discount terms, I'll chase them today.
Jen: Sales enablement?
Marco: the one-pager is done, demo script is 80%, I need 30 min with product to check the new export feature.
Jen: I can give you that tomorrow at 11.
Marco: perfect.
Jen: Press?
Lena: embargo is set for the 14th, two outlets confirmed, waiting on a third.
Jen: And the in-app banner?
Abdi: engineering says it's behind a flag, ready whenever.
Jen: great, so the risks are legal on the discount and the pricing page design. Anything else?
Marco: just that support hasn't seen the new features yet.
Jen: good catch, let's do a support walkthrough on the 12th. I'll book it.

summarize: status per workstream + risks + new action items"""),
(1, "general_qa", "en", "none", "none", None, """how do u run a good product launch meeting without it turning into a 2 hour status read-out"""),
(0, "classification", "en", "before", "list", None, """herbivore / carnivore / omnivore?
- giraffe
- bear
- lion
- rabbit
- crow
- shark"""),
(1, "creative_writing", "en", "none", "none", None, """short story idea pls: a crow who collects lost keys and returns them, for my niece, she's 6"""),
(0, "summarization", "en", "none", "none", "CW-p059", """what happens in Of Mice and Men? brief summary pls, test on monday"""),
(1, "open_qa", "en", "none", "none", "CW-p059", """why did steinbeck end of mice and men like that, what's the meaning of the ending"""),
(0, "classification", "en", "after", "email", None, """Subject: Your order has shipped! 📦
Hi there, good news — order #44120 is on its way. Track it here. Thanks for shopping with Lumio!

newsletter, receipt, shipping notice, or promo?"""),
(1, "general_qa", "en", "none", "none", None, """is it worth getting a credit card just to build credit if i never carry a balance? im 19"""),
(0, "classification", "en", "inline", "chat", None, """/label sentiment
"honestly didn't expect much but the staff went above and beyond, 10/10" """),
(1, "creative_writing", "en", "inline", "chat", None, """/compose thank-you card
to: the nurses on ward 7 who looked after my dad for 3 weeks. he's home now. heartfelt, short enough to fit in a card"""),
(0, "summarization", "en", "after", "log", "CW-p060", """[GitHub Actions] job "deploy-prod" — run #512

12:01:03 Checkout repository ✔
12:01:09 Setup Node 20 ✔
12:01:44 Install dependencies ✔ (35s)
12:03:12 Run tests ✔ 1,204 passed, 0 failed
12:03:15 Build ✔
12:04:02 Upload artifacts ✔
12:04:05 Deploy to prod ✖
  Error: AccessDeniedException: User: arn:aws:sts::1234:assumed-role/gh-deploy is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:eu-west-1:1234:service/prod/api
12:04:05 Post-deploy smoke tests ⏭ skipped
12:04:06 Notify Slack ✔

summarize this run in 1-2 sentences"""),
(1, "open_qa", "en", "after", "log", "CW-p060", """12:04:05 Deploy to prod ✖
  Error: AccessDeniedException: User: arn:aws:sts::1234:assumed-role/gh-deploy is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:eu-west-1:1234:service/prod/api

it worked yesterday. what does "assumed-role" mean here and why would permissions suddenly break?"""),
(1, "open_qa", "en", "none", "none", None, """how does GPS know where i am? does my phone send anything to the satellites"""),
(0, "classification", "en", "before", "prose", "CW-p061", """rate formality 1 (v casual) to 5 (v formal): "Yo, can u send the deck b4 lunch?" """),
(1, "creative_writing", "en", "none", "none", "CW-p061", """rewrite "yo can u send the deck b4 lunch" as something i can send to the CEO lol"""),
(0, "summarization", "en", "none", "none", None, """summarize the story of the Odyssey in 6 bullets"""),
(1, "general_qa", "en", "none", "none", None, """need ideas for a 3 day weekend in the mountains in october, driving from denver, we have a dog"""),
(0, "classification", "en", "after", "chat", "CW-p062", """user in our app chat said: "how do i delete my account and all my data??" 

GDPR request or normal support? one word"""),
(1, "open_qa", "en", "none", "none", "CW-p062", """what rights does GDPR actually give me as a user, in short"""),
(0, "summarization", "en", "after", "prose", "CW-p063", """saw this on linkedin, my manager sent it to the whole team 🙄

"I fired my best engineer last year. Here's what I learned. 🧵

He was brilliant. He shipped more code than anyone. He could fix production at 3am with his eyes closed. But every code review he touched turned into a fight. Juniors stopped asking him questions. Two people left the team and both mentioned him in their exit interviews.

I told myself his output was worth it. It wasn't. When I finally let him go, our velocity dropped for about six weeks. Then it went UP, higher than before. People started pairing. Review comments got kinder and more useful. Our juniors started shipping features on their own.

Lesson: a team is not the sum of its individuals. One person who makes everyone else smaller costs you more than they produce. Hire for skill, but keep for behaviour.

Agree? 👇 #leadership #engineering #culture"

tl;dr in one line pls"""),
(1, "creative_writing", "en", "after", "prose", "CW-p063", """saw this on linkedin, my manager sent it to the whole team 🙄

"I fired my best engineer last year. Here's what I learned. 🧵

He was brilliant. He shipped more code than anyone. He could fix production at 3am with his eyes closed. But every code review he touched turned into a fight. Juniors stopped asking him questions. Two people left the team and both mentioned him in their exit interviews.

I told myself his output was worth it. It wasn't. When I finally let him go, our velocity dropped for about six weeks. Then it went UP, higher than before. People started pairing. Review comments got kinder and more useful. Our juniors started shipping features on their own.

Lesson: a team is not the sum of its individuals. One person who makes everyone else smaller costs you more than they produce. Hire for skill, but keep for behaviour.

Agree? 👇 #leadership #engineering #culture"

write a parody of this post in the same linkedin style but about firing my sourdough starter"""),
(0, "classification", "en", "after", "email", None, """which departments need to see this email? tag all that apply: BILLING, SHIPPING, PRODUCT_QUALITY, LEGAL, CUSTOMER_SUCCESS

"To whom it may concern,
I ordered 40 office chairs (PO 7781) for our new office. 12 arrived with broken gas lifts, and the rest came two weeks after the promised date, which meant our staff worked from folding chairs for the first week. Your invoice charges us for express delivery, which clearly didn't happen. I'd also like to understand whether the broken lifts are a safety risk, as one of my employees was hurt when a chair dropped suddenly. Our account manager hasn't responded to two emails. I expect a response within 5 working days before I escalate this.
Regards,
Office Manager, Kestrel Architects" """),
(1, "open_qa", "en", "before", "prose", None, """ok can someone explain this from my ethics handout in normal words and also why it even matters in real life, like self-driving cars or whatever

"The trolley problem, introduced by Philippa Foot in 1967 and developed by Judith Jarvis Thomson, asks whether it is permissible to divert a runaway trolley so that it kills one person instead of five. Many respondents judge diversion permissible, yet judge impermissible the act of pushing a large man off a footbridge to stop the trolley, despite the identical outcome. This asymmetry has been used to probe the distinction between doing and allowing, and the doctrine of double effect." """),
(0, "summarization", "en", "after", "chat", "CW-p064", """r/headphones thread: "best budget wireless earbuds under $100?" (top comments)

u/bassbrain: Soundcore Liberty 4 NC, hands down. ANC is shockingly good for the price. App EQ is great.
u/quietcommute: +1 for Soundcore. I'd add the Sony WF-C700N if you can find it on sale, more natural sound, slightly weaker ANC.
u/audiogeek92: If you don't care about ANC, the Moondrop Space Travel are like $30 and sound better than stuff 3x the price. Mic is awful though.
u/mk_listens: Avoid anything with no app support, you'll want EQ eventually.
u/runnerjen: For gym/running, the JLab Go Air Sport. Stay in, cheap, decent battery. Sound is meh.
u/bassbrain: @runnerjen fair, Liberty 4 NC fall out when I run.
u/quietcommute: Battery on the Sonys is ~8h which is plenty for commuting.
u/lowlatency: If you game on your phone, latency matters. Soundcore has a gaming mode, Moondrop is laggy.
u/mk_listens: Also check return policy, fit is personal.

what's the consensus? short summary by use case"""),
(1, "general_qa", "en", "after", "chat", "CW-p064", """r/headphones thread: "best budget wireless earbuds under $100?" (top comments)

u/bassbrain: Soundcore Liberty 4 NC, hands down. ANC is shockingly good for the price. App EQ is great.
u/quietcommute: +1 for Soundcore. I'd add the Sony WF-C700N if you can find it on sale, more natural sound, slightly weaker ANC.
u/audiogeek92: If you don't care about ANC, the Moondrop Space Travel are like $30 and sound better than stuff 3x the price. Mic is awful though.
u/mk_listens: Avoid anything with no app support, you'll want EQ eventually.
u/runnerjen: For gym/running, the JLab Go Air Sport. Stay in, cheap, decent battery. Sound is meh.
u/quietcommute: Battery on the Sonys is ~8h which is plenty for commuting.
u/lowlatency: If you game on your phone, latency matters. Soundcore has a gaming mode, Moondrop is laggy.

ok so which would YOU get for me: mostly podcasts on a loud train, 90 min each way, some calls, small ears, budget $80"""),
(0, "summarization", "en", "before", "transcript", None, """turn this into a 3-bullet status update for my director, i just voice-noted it walking out of the meeting:

"ok so the Falcon migration, basically we're about two weeks behind, the main reason is the vendor's API kept changing under us, they pushed two breaking changes in March without telling anyone, so the integration work had to be redone, that's maybe 8 days of the slip. the other reason is we lost Priya to the security audit for a week. the good news is the data validation scripts are done and they caught like 3,000 bad records we would've migrated otherwise, which honestly would've been a disaster. new go-live date we're proposing is June 21st instead of June 7th. risk is the vendor again, we've asked them for a change freeze until go-live and they said they'd 'try', so not great. we don't need more budget, just the new date approved." """),
(0, "classification", "en", "inline", "chat", None, """[ModGuard v1.4 — in-game chat filter]
Scratchpad: classify each message as OK, MILD (trash talk), or SEVERE (slurs, threats, doxxing). Output "#n LABEL".
Messages:
#1 "gg ez"
#2 "nice shot, how do you aim like that"
#3 "uninstall the game you're actually useless"
#4 "i know where you live, 42 ******* road, see you soon"
#5 "lol my wifi died, sorry team"
#6 "report our jungler, afk for 10 min"
#7 "you play like my grandma and she's dead"
#8 "anyone want to queue again?" """),
(1, "general_qa", "en", "after", "notes", None, """planning our company offsite, help me build a 2-day agenda:
- 35 people, mix of eng, sales, ops; a third joined in the last 6 months
- venue: country house 1.5h from the city, arrive Thursday 10am, leave Friday 4pm
- goals: (1) 2025 strategy walkthrough from the CEO, (2) cross-team relationships, (3) one concrete decision on our pricing model
- constraints: CEO only available Thursday morning; ~8 people don't drink; two wheelchair users; Friday lunch must be done by 1:30 for the coaches
- budget allows one external facilitator for half a day
- last year people said it was "too many presentations, not enough talking"

give me a timed agenda with the reasoning for the order"""),
(0, "summarization", "en", "after", "transcript", "CW-p065", """Bio 101 lecture 9 (auto-captions, cleaned up a bit):
"So photosynthesis has two stages and people mix them up constantly. Stage one, the light-dependent reactions, happen in the thylakoid membranes. Light hits chlorophyll, excites electrons, and that energy is used to split water. That's where the oxygen we breathe comes from, by the way, from the water, not from the CO2. The energy gets stored temporarily in two molecules, ATP and NADPH. Stage two is the Calvin cycle, which happens in the stroma. It doesn't need light directly, which is why people used to call it the 'dark reactions', but that's misleading because it mostly happens during the day, since it needs the ATP and NADPH from stage one. In the Calvin cycle, the enzyme RuBisCO grabs CO2 and fixes it onto a five-carbon sugar, and after a series of steps you get G3P, which the plant uses to build glucose and other molecules. RuBisCO is probably the most abundant protein on Earth and it's also kind of bad at its job, it sometimes grabs oxygen instead of CO2, which is called photorespiration. For the exam, know where each stage happens, inputs and outputs, and the role of RuBisCO."

make me revision notes from this, bullet form, bold the exam stuff"""),
(1, "open_qa", "en", "after", "transcript", "CW-p065", """Bio 101 lecture 9 (auto-captions, cleaned up a bit):
"So photosynthesis has two stages and people mix them up constantly. Stage one, the light-dependent reactions, happen in the thylakoid membranes. Light hits chlorophyll, excites electrons, and that energy is used to split water. The energy gets stored temporarily in two molecules, ATP and NADPH. Stage two is the Calvin cycle, which happens in the stroma. In the Calvin cycle, the enzyme RuBisCO grabs CO2 and fixes it onto a five-carbon sugar. RuBisCO is probably the most abundant protein on Earth and it's also kind of bad at its job, it sometimes grabs oxygen instead of CO2, which is called photorespiration."

wait why would evolution leave plants with such a bad enzyme?? why hasn't rubisco gotten better in billions of years"""),
(0, "summarization", "en", "after", "prose", None, """MUTUAL NON-DISCLOSURE AGREEMENT (excerpt)
1. "Confidential Information" means any non-public information disclosed by either party, whether orally, in writing or electronically, that is marked confidential or that a reasonable person would understand to be confidential.
2. The Receiving Party shall use Confidential Information solely to evaluate a potential business relationship and shall not disclose it to any third party except employees and advisers who need to know and are bound by similar obligations.
3. Obligations do not apply to information that is or becomes public through no fault of the Receiving Party, was already known to it, or is independently developed.
4. These obligations survive for three (3) years from the date of disclosure.
5. Upon request, the Receiving Party shall return or destroy all Confidential Information, except copies retained in automatic backups.
6. No licence or ownership rights are granted by this Agreement.

summarise this NDA in plain English, 5 bullets max"""),
(1, "creative_writing", "en", "after", "notes", None, """release 3.0 of our open source markdown editor is out:
- live collaborative editing (finally!!)
- vim keybindings
- plugin API v2, old plugins need a small update
- 40% smaller bundle
- dropped support for IE11 (lol)
- 120 contributors this release

write a fun tweet thread (4-5 tweets) announcing it. nerdy humor welcome, thank the contributors"""),
(0, "classification", "en", "after", "list", None, """expense categories pls (TRAVEL, MEALS, SOFTWARE, OFFICE, OTHER) for my monthly report:
1. Uber to airport $48
2. Figma annual plan $144
3. lunch w/ client at Nando's $62
4. printer toner $39
5. train Manchester–London $112
6. Zoom pro monthly $15
7. hotel 2 nights Leeds $230
8. coffee w/ candidate $9
9. desk lamp $27
10. parking at conference $18
11. Notion team plan $40
12. birthday cake for the team $35"""),
(1, "general_qa", "en", "inline", "chat", None, """You are PeopleBot, the HR assistant for Corvid Systems (UK). Policies: enhanced maternity/adoption pay 16 weeks full pay then statutory; enhanced paternity 6 weeks full pay; shared parental leave available; KIT days up to 10; flexible working requests from day one.

Employee: hi, my partner and i are expecting in november 🙂 we both work here. she's in sales and i'm in engineering. we're trying to figure out how to split leave so one of us is home with the baby for as long as possible without losing too much money. she'd like to go back around 6 months. what would you suggest we look into, and in what order should we tell our managers?"""),
(0, "classification", "en", "before", "chat", "CW-p066", """spam?? "Hi dear, I am widow with 4.5M USD need trusted partner" """),
(1, "open_qa", "en", "none", "none", "CW-p066", """why are nigerian prince scams so obviously fake, is it on purpose?"""),
(0, "classification", "en", "before", "prose", None, """language pls: "Tack så mycket för igår!" """),
(1, "creative_writing", "en", "none", "none", None, """haiku about waiting for the kettle to boil"""),
(0, "summarization", "en", "none", "none", "CW-p067", """Titanic (1997) plot in two sentences"""),
(1, "open_qa", "en", "none", "none", "CW-p067", """could more people have survived the titanic if there were enough lifeboats? or was it other stuff too"""),
(1, "general_qa", "en", "none", "none", None, """best way to keep basil alive on a windowsill? mine always dies in a week"""),
(0, "classification", "en", "after", "reviews", None, """"it's ok" 

pos, neg, or neutral"""),
(1, "creative_writing", "en", "none", "none", None, """name ideas for a grey kitten, boy, kinda grumpy face 😾"""),
(0, "classification", "en", "before", "list", None, """which r even: 14, 27, 38, 41, 56"""),
(1, "open_qa", "en", "none", "none", None, """whats the point of a VPN for a normal person"""),
(0, "summarization", "en", "none", "none", None, """tl;dr Lord of the Flies"""),
(1, "general_qa", "en", "none", "none", None, """how early should i get to the airport for an international flight from JFK on a friday"""),
(0, "classification", "en", "inline", "chat", "CW-p068", """is "pls advise" passive aggressive y/n lol"""),
(1, "creative_writing", "en", "none", "none", "CW-p068", """passive aggressive but professional way to say "as per my last email"? give me 5 😇"""),
(1, "open_qa", "en", "none", "none", None, """yo how do bees make honey exactly"""),
(0, "classification", "en", "before", "list", None, """noun or verb (as used): "run" in "she went for a run" """),
(1, "general_qa", "en", "none", "none", None, """what should i pack for a week in iceland in march, first time"""),
(0, "summarization", "en", "none", "none", None, """summarize the plot of Shrek, for a trivia night"""),
(1, "creative_writing", "en", "none", "none", None, """a roast for my friend who's always late, 3 lines, nothing too mean"""),
(0, "classification", "en", "after", "email", None, """"Your subscription will renew on 3/14 for $9.99" — action needed or info only?"""),
(1, "open_qa", "en", "none", "none", None, """kya difference hai between an LLC and a sole proprietorship? starting a small biz"""),
(1, "general_qa", "en", "none", "none", None, """help me pick: ipad air or a cheap laptop for uni notes + netflix"""),
(0, "classification", "en", "before", "chat", None, """urgent or can wait: "server's on fire 🔥 not literally. prod down" """),
(1, "open_qa", "en", "none", "none", None, """why do we have leap years, like what goes wrong without them"""),
(0, "summarization", "en", "none", "none", "CW-p069", """3 line summary of the Cuban Missile Crisis for my history flashcards"""),
(1, "open_qa", "en", "none", "none", "CW-p069", """how close did the cuban missile crisis actually come to nuclear war"""),
(1, "creative_writing", "en", "none", "none", None, """write me a cheesy pickup line about databases lmao"""),
(0, "classification", "en", "after", "chat", None, """"where r u??? movie starts in 5" — angry or neutral? 1 word"""),
(1, "general_qa", "en", "none", "none", None, """whats a good first car for a teen, safe but cheap"""),
(0, "summarization", "en", "after", "reviews", None, """TripAdvisor-ish reviews for the Harbour Light Hotel, last month (copied from our dashboard):

1. "Location is unbeatable, right on the quay, and our room had a proper sea view. The bed was a little soft for me but my husband loved it. Breakfast was excellent, especially the smoked haddock."
2. "Staff were friendly but check-in took 40 minutes because the system was down. We were offered a free drink, which was a nice touch, but it was a long wait after a five-hour drive."
3. "Rooms are dated. The carpet was stained and the bathroom extractor fan was so loud we switched it off. For £190 a night I expected better."
4. "We came for our anniversary and they left a card and chocolates in the room. Tiny thing, made our weekend. The restaurant is worth booking even if you don't stay here."
5. "Paper-thin walls. We could hear the couple next door's entire conversation. Ask for a room on the top floor, they're quieter apparently."
6. "The spa is small but lovely, the sauna overlooks the harbour. Book early though, slots go fast."
7. "Parking is a nightmare, the hotel car park has only 12 spaces and the public one is a ten-minute walk uphill with bags."
8. "Breakfast buffet was great, lots of local produce, the pastries are made in-house. Coffee was weak."
9. "Dog-friendly rooms are a big plus for us. They even had a water bowl and treats waiting."
10. "Wi-Fi was patchy in the room, fine in the lobby. Not ideal if you need to work."
11. "Our room was freshly renovated, modern and spotless, so I think it depends which room you get. Ask for the renovated second floor."
12. "Restaurant dinner was the highlight: the crab linguine and the sticky toffee pudding were both outstanding, though service was slow on a Saturday."
13. "Noise from the bar downstairs until midnight on Friday. Fine if you're joining in, not if you have kids asleep."
14. "Really welcoming staff. The night porter gave us a torch and directions for a late walk to the lighthouse."
15. "Overpriced for what it is, apart from the view and the food."
16. "Housekeeping was excellent, fresh towels every day without asking, and they folded my kid's pyjamas into a little swan."
17. "The lift was out of order for two days and we were on the fourth floor with a pushchair. Staff helped carry it but it was exhausting."

summarize the main pros and cons across all reviews, grouped, with a rough sense of how often each comes up"""),
(0, "summarization", "en", "after", "transcript", None, """[Slack huddle transcript — #design-crit — checkout redesign v3]
Ola: Okay, I'll share my screen. This is the new single-page checkout. The main change is we moved from four steps to one long page with collapsible sections.
Ben: First impression, it's much cleaner. But the order summary on the right disappears on mobile, right? Where does it go?
Ola: On mobile it collapses into a bar at the top that you tap to expand.
Ben: I worry people won't notice it. In the last usability round, two out of five people couldn't find the total on mobile.
Chidi: Agree. Could the total at least stay visible in the bar, even collapsed?
Ola: Yes, that's easy, I'll add that.
Marta: From an accessibility side, the collapsible sections need proper heading structure and aria-expanded states. Also the error messages are only shown in red text. We need an icon or text prefix, not just colour.
Ola: Good point, I'll add an icon and "Error:" prefix.
Chidi: The primary button says "Continue" at every section, but on the last one it should say "Pay £X" with the amount. People like seeing exactly what they'll be charged.
Ben: +1, and the button colour changed from our green to this teal. Was that intentional?
Ola: It was, brand team is testing the new palette.
Ben: Can we not test a new colour in the same experiment as a new layout? We won't know which change caused what.
Marta: Yeah, that's a fair experimental design point.
Ola: Okay, I'll keep the green for this test and ask brand to run the colour separately.
Chidi: Small copy thing, "Delivery options" and "Shipping method" are both used. Pick one.
Ola: "Delivery" then, that's what we use elsewhere.
Marta: And the promo code field is open by default. Research says an open promo field makes people leave to search for codes. Could it be a link that expands?
Ola: Hmm, marketing wanted it visible. I'll bring that up with them, but I agree.
Ben: Last thing: the express pay buttons, Apple Pay and Google Pay, are at the bottom. For mobile I'd put them at the top, that's where most of our mobile conversions come from.
Ola: Makes sense.
Marta: One more from me, sorry. The card number field doesn't announce its format to screen readers, and the expiry field rejects "0425" without a slash. Can we accept both?
Ola: Yes, I'll ask the devs to accept both formats and add a hint.
Ola: Alright, that's a lot, thank you all. I'll do a v4 by Thursday.

summarize the feedback as a list of changes Ola agreed to make, plus anything still open"""),
(1, "general_qa", "en", "after", "email", None, """freelance negotiation, need advice. thread so far:

Client (Mon): Hi! We loved your portfolio. We'd like you to design our new brand identity: logo, colour palette, typography, and a 20-page brand guidelines doc. Budget is $3,000 and we'd need it in 3 weeks. We'd also like all source files and full ownership.

Me (Mon): Thanks so much! Happy to help. For the scope you describe, my usual rate would be $6,500 and 5 weeks, including two rounds of revisions. Full IP transfer is included on final payment.

Client (Tue): That's a lot more than we planned. We're a startup and money is tight. Could you do $3,500? We could also offer equity, maybe 0.25%, and a lot of exposure, our founder has 40k followers on LinkedIn.

Me (Tue): I appreciate that. Let me think about it and come back tomorrow.

Client (Wed): Just checking in! We're talking to two other designers but you're our first choice.

context: i'm 3 years into freelancing, i have enough work this month but next month is empty. i really like their product (it's a climate thing). i don't want to undervalue myself but also don't want to lose it. what should i counter with? should i take the equity? and how do i word the reply"""),
(0, "summarization", "en", "after", "chat", None, """Zoom webinar Q&A sidebar (exported):
[14:02] Anon: will the slides be shared after?
[14:05] Ravi K: does the free tier include the API or only the UI?
[14:07] Anon: is there a SOC 2 report available?
[14:09] Lena: can we import from Airtable?
[14:11] Paul: slides pls 🙏
[14:14] Dee: what's the max file size for uploads?
[14:16] Ravi K: also rate limits on the API?
[14:18] Anon: do you support SSO on the team plan or only enterprise?
[14:21] Mo: Airtable import would be a dealbreaker for us
[14:24] Lena: and Notion import?
[14:27] Anon: GDPR / EU data residency?
[14:29] Sam: recording link?
[14:33] Dee: any discount for nonprofits?
[14:36] Anon: security question again — pen test results?

summarize the questions into themes so we can write an FAQ, with how many people asked each"""),
(0, "classification", "en", "after", "table", None, """ticket_id,subject
4401,"Can't log in after password reset"
4402,"Invoice shows wrong company name"
4403,"Feature idea: bulk edit tags"
4404,"App crashes when uploading PDF"
4405,"How do I add a teammate?"
4406,"Refund for annual plan please"
4407,"2FA codes not arriving by SMS"
4408,"Dark mode pls!!"
4409,"Charged in USD instead of EUR"
4410,"Export to Excel is blank"

^ add a category column (ACCESS, BILLING, BUG, HOW_TO, FEATURE) and give me the csv back"""),
(0, "summarization", "en", "after", "prose", "CW-p070", """Expense policy (from our wiki, v2024)
Employees may claim reasonable costs incurred wholly for business. Travel must be booked through TravelDesk unless it's cheaper elsewhere by more than 15%, in which case keep a screenshot of the TravelDesk price. Economy class only for flights under 6 hours. Hotels are capped at £150/night in London and £110 elsewhere in the UK. Meals while travelling: up to £40/day, alcohol is not reimbursable except at approved client dinners. Home office equipment: a one-off allowance of £300 for new starters, receipts required. Home internet and phone bills are not reimbursed, as they are covered by the monthly £25 remote-working stipend. Claims must be submitted within 60 days with itemised receipts; claims over 60 days old need director approval. Taxis are only claimable after 10pm or when carrying equipment.

give me the key rules as a short bullet list i can pin in slack"""),
(1, "general_qa", "en", "after", "prose", "CW-p070", """Expense policy (from our wiki, v2024)
Employees may claim reasonable costs incurred wholly for business. Travel must be booked through TravelDesk unless it's cheaper elsewhere by more than 15%, in which case keep a screenshot of the TravelDesk price. Economy class only for flights under 6 hours. Hotels are capped at £150/night in London and £110 elsewhere in the UK. Meals while travelling: up to £40/day, alcohol is not reimbursable except at approved client dinners. Home office equipment: a one-off allowance of £300 for new starters, receipts required. Home internet and phone bills are not reimbursed, as they are covered by the monthly £25 remote-working stipend. Claims must be submitted within 60 days with itemised receipts; claims over 60 days old need director approval. Taxis are only claimable after 10pm or when carrying equipment.

£25 doesn't cover my internet at all (£45/mo) and i'm fully remote. how do i make the case to my manager for a higher stipend without sounding like i'm whining? what arguments would actually work"""),
(0, "classification", "en", "inline", "json", None, """<mcp_server name="workspace-tools">
tools:
 - create_event(title, start, end, attendees)
 - list_files(folder)
 - send_slack_message(channel, text)
 - fetch_url(url)
 - move_file(src, dst)
 - find_free_slots(attendees, duration)
 - post_email(to, subject, body)
 - download(url, path)
</mcp_server>
task: categorise each tool as CALENDAR, FILES, MESSAGING or NETWORK. one per line"""),
(1, "open_qa", "en", "after", "prose", None, """this is from the leaflet of the tablets my GP gave me (sertraline 50mg):

"Do not take this medicine with MAO inhibitors. Tell your doctor if you are taking other medicines that affect serotonin, medicines that thin the blood, or non-steroidal anti-inflammatory drugs (NSAIDs) such as ibuprofen, as these may increase the risk of bleeding."

so can i take ibuprofen for a headache or not? why would it cause bleeding, that sounds scary"""),
(0, "summarization", "en", "after", "notes", "CW-p071", """📢 PATCH 1.8 "Embers" — NOTES
- New region: the Ashen Steppes, 12 new quests, 3 dungeons
- Blacksmithing overhaul: repair costs -30%, new "reforge" option lets you reroll one stat
- Fire damage rebalanced: Pyromancer burn damage -12% in PvP, unchanged in PvE
- New mount: the Ember Drake (drops from the Steppes world boss, 2% chance)
- Fixed: players falling through the floor in the Sunken Library
- Fixed: guild bank duplicating gold (sorry, the dupers have been banned)
- Fishing now works in lava pools (yes, really)
- Server maintenance Tuesday 06:00–10:00 UTC
- Known issue: some Mac players see flickering shadows, fix coming in 1.8.1

summarize for casual players who only care what's fun/new, 4 bullets"""),
(1, "creative_writing", "en", "after", "notes", "CW-p071", """📢 PATCH 1.8 "Embers" — NOTES
- New region: the Ashen Steppes, 12 new quests, 3 dungeons
- Blacksmithing overhaul: repair costs -30%, new "reforge" option lets you reroll one stat
- Fire damage rebalanced: Pyromancer burn damage -12% in PvP, unchanged in PvE
- New mount: the Ember Drake (drops from the Steppes world boss, 2% chance)
- Fixed: guild bank duplicating gold (sorry, the dupers have been banned)
- Fishing now works in lava pools (yes, really)

write the announcement as an in-character speech from Grenna, the grumpy dwarf blacksmith NPC, complaining about the repair discount but secretly excited about reforging"""),
(0, "summarization", "en", "after", "chat", None, """user: ok we need to get the wedding budget under control. total we can spend is 22k
assistant: Got it, a £22,000 total. What have you already booked or paid deposits on?
user: venue 6,500 (includes tables, chairs, and a basic evening buffet), photographer 1,800, my dress 1,200, and we've paid a 500 deposit on the band, total band is 2,400
assistant: Thanks. So committed so far: venue £6,500, photographer £1,800, dress £1,200, band £2,400 (with £500 already paid). That's £11,900 committed, leaving £10,100 for everything else. What's still open?
user: catering for the day (sit down meal for 90), drinks, flowers, his suit, rings, cake, invites, hair and makeup, and the honeymoon if there's anything left lol
assistant: Sit-down catering for 90 is usually the biggest remaining item. Have you had quotes?
user: two quotes. one is 55 per head, the other 68 per head but includes a welcome drink and half a bottle of wine each
assistant: At 90 guests, that's £4,950 versus £6,120. The second includes some drinks, which can close the gap if you'd otherwise buy wine separately. Roughly how much would wine and a welcome drink cost you on top of the first quote?
user: my brother says around 1,200 if we buy it ourselves, but then we pay the venue a 300 corkage fee
assistant: So the first option would be about £4,950 + £1,200 + £300 = £6,450, versus £6,120 for the second. The second is cheaper and less hassle.
user: ok going with the second one then. flowers i've been quoted 900, we could do less
assistant: Flowers are easy to scale down, for example by reusing ceremony arrangements at the reception. Budget £600–900.
user: let's say 700. his suit 400, rings 1,100 together, cake 350 from a friend who bakes, invites we'll do digital so like 50, hair and makeup 450 for me and mum
assistant: Updated remaining costs: catering £6,120, flowers £700, suit £400, rings £1,100, cake £350, invites £50, hair and makeup £450. That's £9,170, leaving about £930 of the £10,100.
user: ugh so basically no honeymoon money
assistant: With £930 left you could put it toward a short trip, or keep it as a contingency; most planners suggest a 5–10% buffer for surprises.
user: yeah we'll keep it as a buffer and do a honeymoon next year
assistant: That sounds sensible.
user: ok can you summarise the final budget for me as a list i can send my fiancé, with what's paid, what's left to pay, and the buffer"""),
(0, "classification", "en", "after", "email", None, """From: Riverside Court Tenants' Association
To: Building management
Subject: Outstanding issues — tenants' meeting of 4 March

Dear Ms Hollis,

Following our meeting on 4 March, attended by residents of 31 of the 48 flats, we are writing to set out the issues that tenants asked us to raise formally. We appreciate that some of these are already known to you, and we would be grateful for a written response with timescales by the end of the month.

(1) The rear fire door on the ground floor has not closed properly since January. It is often propped open and residents are concerned it would not hold back smoke in a fire.

(2) The lift in Block B has broken down four times since December. Several elderly residents on the upper floors were unable to leave their flats for up to three days during the last breakdown.

(3) The service charge for 2024 has risen by 18% without an itemised breakdown. Tenants would like to see the accounts and an explanation of the increase before the next payment is due.

(4) Damp and black mould have been reported in at least nine flats, mostly on the north side. Some of these reports are more than six months old.

(5) The communal lights in the car park stairwell have been out for several weeks, and two residents reported feeling unsafe walking there at night.

(6) Tenants would like the bin store to be cleaned more often; there has been a rat sighting near the recycling bins.

(7) Several tenants have asked whether the deposit protection scheme details could be re-sent, as the original letters were sent to an old address after the management company changed.

(8) The intercom for flats 30–48 has not worked since the storm in February, meaning deliveries and carers cannot get into the building.

(9) Residents asked whether the planned window replacement programme, announced in 2022, is still going ahead, and if so when.

(10) Finally, tenants would like a named contact for urgent repairs outside office hours, as the current number goes to voicemail.

We want to work constructively with you and would welcome a meeting in April to discuss progress.

Yours sincerely,
The committee of the Riverside Court Tenants' Association

^^ i'm on the committee. please classify each numbered issue as SAFETY, MAINTENANCE, FINANCIAL or ADMIN so we can sort our tracker. format: "n: LABEL" """),
(1, "creative_writing", "en", "after", "notes", None, """worldbuilding doc for my novel, pls read then write a prologue (~300 words) told by an unnamed narrator years after the events, hint at the Drowning but don't explain it:

THE SALT KINGDOMS
- An archipelago of seven islands ruled from Veyra, the largest, by the Tidecourt, a council of ship-captain families.
- Wealth comes from salt farming and from the "singing glass" made from a rare black sand found only on the island of Orrin.
- Religion: people honour the Deep Mother, a sea goddess said to sleep under the archipelago. Priests read the tides like scripture. Every child is "salted" at birth: a pinch of sea salt on the tongue.
- Fifty years before the story, the island of Kessen sank in a single night. This is called the Drowning. Officially it was an earthquake. Unofficially, people whisper that the glassmakers of Orrin dug too deep.
- Since the Drowning, Orrin has been under quarantine by order of the Tidecourt. No one is allowed to land there, but singing glass still appears in the markets of Veyra, which should be impossible.
- Main characters: Teodor, a disgraced tide-priest who lost his faith; Ila, a smuggler's daughter who can hear the glass "sing" when others can't; Marrec, the youngest member of the Tidecourt, ambitious and charming.
- Magic: singing glass can store sound. Old glass sometimes holds voices of the dead. Nobody knows how it's made anymore.
- Tone: melancholy, salt-bitten, small human moments against something huge and ancient.
- Rules: no dragons, no chosen ones, no prophecy.
- The story's big secret (DON'T REVEAL): Kessen didn't sink. It was lifted onto the back of the Deep Mother as she turned in her sleep, and it is still there, under the water, and the people on it are still alive.
- Recurring images: salt crystals, bells, the sound of glass, cold light on water.
- Things I hate in fantasy prologues: info dumps, maps described in words, "long ago in a land far away"."""),
(0, "summarization", "en", "after", "chat", "CW-p075", """ok last msg from the #parents-class-3b whatsapp, i can't read 40 msgs. basically: school trip moved from friday to next wednesday bc of the bus strike, still need 4 parent volunteers (only 2 signed up), kids need packed lunch not school dinner, and the £8 is due monday via the app not cash

can u make that a 3-line summary for my husband"""),
(1, "open_qa", "en", "none", "none", "CW-p075", """why do bus drivers strike so often in the UK lately? whats going on with wages"""),
(0, "classification", "en", "after", "chat", "CW-p072", """copilot in our CRM: lead note says "asked about pricing for 50 seats, wants demo next week, budget approved Q3"

lead temperature: cold / warm / hot?"""),
(1, "general_qa", "en", "after", "chat", "CW-p072", """copilot in our CRM: lead note says "asked about pricing for 50 seats, wants demo next week, budget approved Q3"

how should i structure the demo for a 50-seat buyer so i don't lose them? first time running one solo"""),
(0, "summarization", "en", "after", "code", "CW-p073", """@reviewbot summarise this PR description for the release notes, 1 line:

"This PR replaces our hand-rolled retry loop in the payments client with the shared `backoff` helper. Retries now use exponential backoff with jitter (base 200ms, max 5 attempts) instead of a fixed 1s delay. Idempotency keys are now sent on every retry, fixing a rare double-charge when the first request timed out but succeeded server-side. Adds 14 unit tests. No config changes needed." """),
(1, "open_qa", "en", "none", "none", "CW-p073", """@reviewbot why is jitter important in exponential backoff? what goes wrong without it"""),
(0, "classification", "en", "before", "prose", "CW-p074", """is this headline clickbait? y/n — "You Won't BELIEVE What This Dog Did At The Vet" """),
(1, "creative_writing", "en", "none", "none", "CW-p074", """write 3 clickbait headlines about my cat sleeping all day, as a joke for my family group chat"""),
(1, "general_qa", "en", "none", "none", None, """we have 2 hours and 6 kids aged 7-9 at a birthday party, indoors, rainy. activity plan pls"""),
(0, "classification", "en", "after", "reviews", None, """"bought for my son, he loves it, batteries died in a week tho" — is the main complaint about quality, price, or delivery?"""),
(0, "summarization", "en", "inline", "notes", "CW-p076", """<context type="crm_activity" account="Bluewater Dental Group">
2024-03-02 call: spoke to ops director. 14 clinics, using paper intake forms, wants digital check-in. Concern: older patients.
2024-03-09 email: sent pricing, $89/clinic/month, annual.
2024-03-15 demo: 6 attendees. Liked SMS reminders. IT asked about HIPAA BAA and on-prem options (we don't do on-prem).
2024-03-22 email: they asked for a pilot at 2 clinics, 60 days.
2024-04-05 call: pilot approved by CFO, starting May 1. Success metric = 70% of patients checking in digitally.
2024-04-18 email: legal reviewing BAA, flagged a clause about data retention.
2024-04-26 note: champion (ops director) going on leave in June, backup contact is the regional manager.
</context>
prepare me for tomorrow's call: summarize where this deal stands in 4-5 bullets"""),
(1, "general_qa", "en", "inline", "notes", "CW-p076", """<context type="crm_activity" account="Bluewater Dental Group">
2024-04-05 call: pilot approved by CFO, starting May 1. Success metric = 70% of patients checking in digitally.
2024-04-26 note: champion (ops director) going on leave in June, backup contact is the regional manager.
</context>
our champion is leaving mid-pilot. how do i protect this deal? what should i do in the next 2 weeks"""),
(0, "classification", "en", "after", "prose", "CW-p077", """Three paragraphs from different sources, tag each one: NEWS, OPINION, or ADVERTISEMENT

A) "The city council voted 7–2 on Tuesday to extend the bike lane on Harmon Street by 1.4 miles. Construction is expected to begin in August and last about three months."

B) "Anyone who has tried cycling on Harmon Street knows the extension is long overdue. The two councillors who voted against it should be ashamed of putting parking spaces ahead of lives."

C) "Ride further for less! The new VeloMax e-bike is 20% off this weekend only at Harmon Street Cycles. Free helmet with every purchase while stocks last." """),
(1, "open_qa", "en", "none", "none", "CW-p077", """do bike lanes actually reduce accidents or do they just move the problem around? what does the research say"""),
(0, "summarization", "en", "after", "email", "CW-p078", """Hi Sunita,

Thanks for your patience while we reviewed your claim. We've assessed the water damage to your kitchen ceiling and the claim is approved in part. The cost of repairing the ceiling and repainting (£2,340) is covered. The damaged laptop (£1,150) is not covered under your buildings policy, but may be covered by your separate contents policy with another insurer; we've attached a letter confirming the cause of damage to help with that. The leaking pipe itself is considered maintenance and isn't covered. Your excess of £250 will be deducted, so we will pay £2,090. You can choose our approved contractor, or get two quotes of your own and we'll pay up to the approved amount. Please let us know your choice within 14 days.

Kind regards,
Claims team

tl;dr?? what's covered, what's not, what do i need to do"""),
(1, "general_qa", "en", "after", "email", "CW-p078", """Hi Sunita,

Your claim is approved in part. The cost of repairing the ceiling and repainting (£2,340) is covered. The damaged laptop (£1,150) is not covered under your buildings policy, but may be covered by your separate contents policy. The leaking pipe itself is considered maintenance and isn't covered. You can choose our approved contractor, or get two quotes of your own and we'll pay up to the approved amount.

should i use their contractor or get my own quotes? and is it worth claiming the laptop on contents insurance if my excess there is 200"""),
(0, "classification", "en", "after", "chat", "CW-p079", """[Discord #support] user: "the bot keeps saying 'missing permissions' when i try /play in my server" 

is this user error or a bug on our end? just say which"""),
(1, "creative_writing", "en", "inline", "chat", "CW-p079", """System: You write release-day hype messages for the BeatBot Discord bot. Use gen-z tone, emojis ok.
User: /play now works in stage channels + we added lyrics. write the #announcements post, keep it under 80 words"""),
(0, "summarization", "en", "none", "none", "CW-p080", """what's the gist of Martin Luther's 95 theses, quick"""),
(1, "open_qa", "en", "none", "none", "CW-p080", """how did the printing press help the reformation spread so fast"""),
(0, "classification", "en", "inline", "prose", "CW-p081", """Prompt: For the sentence below, say whether it contains a simile, a metaphor, or neither.
Sentence: "Her laugh was a firework in the quiet library."
Answer:"""),
(1, "creative_writing", "en", "inline", "prose", "CW-p081", """Prompt: Continue the sentence below into a short paragraph (~80 words) with more figurative language.
Sentence: "Her laugh was a firework in the quiet library."
Answer:"""),
(0, "summarization", "en", "after", "log", "CW-p082", """cron email this morning:

/etc/cron.daily/backup:
[03:00:01] starting backup of /var/www (14.2 GB)
[03:00:02] target: s3://acme-backups/web/2024-05-20/
[03:21:47] uploaded 41,208 files (13.9 GB), skipped 3 (permission denied: /var/www/tmp/*.lock)
[03:21:48] pruning backups older than 30 days: removed 2024-04-19, 2024-04-20
[03:21:50] verifying checksums... OK
[03:21:50] backup finished in 21m49s

one-line summary for the ops log"""),
(1, "general_qa", "en", "none", "none", "CW-p082", """how often should a small business test restoring its backups, and whats a simple way to do it"""),
(0, "classification", "en", "before", "list", None, """label as input device or output device: keyboard, monitor, microphone, printer, speaker, webcam, mouse"""),
(1, "creative_writing", "en", "none", "none", None, """write a little poem from the point of view of an old printer that jams on purpose"""),
]
