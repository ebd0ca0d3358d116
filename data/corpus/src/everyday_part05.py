# writer everyday, part 05. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/LGPL-3 (opening and sections 0-2), licence: LGPL-3 text, verbatim copying permitted
(0, "summarization", "en", "after", "prose", "EV-p034", """  This version of the GNU Lesser General Public License incorporates
the terms and conditions of version 3 of the GNU General Public
License, supplemented by the additional permissions listed below.

  0. Additional Definitions.

  As used herein, "this License" refers to version 3 of the GNU Lesser
General Public License, and the "GNU GPL" refers to version 3 of the GNU
General Public License.

  "The Library" refers to a covered work governed by this License,
other than an Application or a Combined Work as defined below.

  An "Application" is any work that makes use of an interface provided
by the Library, but which is not otherwise based on the Library.
Defining a subclass of a class defined by the Library is deemed a mode
of using an interface provided by the Library.

  A "Combined Work" is a work produced by combining or linking an
Application with the Library.  The particular version of the Library
with which the Combined Work was made is also called the "Linked
Version".

  The "Minimal Corresponding Source" for a Combined Work means the
Corresponding Source for the Combined Work, excluding any source code
for portions of the Combined Work that, considered in isolation, are
based on the Application, and not on the Linked Version.

  The "Corresponding Application Code" for a Combined Work means the
object code and/or source code for the Application, including any data
and utility programs needed for reproducing the Combined Work from the
Application, but excluding the System Libraries of the Combined Work.

  1. Exception to Section 3 of the GNU GPL.

  You may convey a covered work under sections 3 and 4 of this License
without being bound by section 3 of the GNU GPL.

  2. Conveying Modified Versions.

  If you modify a copy of the Library, and, in your modifications, a
facility refers to a function or data to be supplied by an Application
that uses the facility (other than as an argument passed when the
facility is invoked), then you may convey a copy of the modified
version:

   a) under this License, provided that you make a good faith effort to
   ensure that, in the event an Application does not supply the
   function or data, the facility still operates, and performs
   whatever part of its purpose remains meaningful, or

   b) under the GNU GPL, with none of the additional permissions of
   this License applicable to that copy.

ok this is doing my head in. can you summarise what these bits say, like explain each definition in one short line"""),
# source: /usr/share/common-licenses/LGPL-3 (opening and sections 0-2), licence: LGPL-3 text, verbatim copying permitted
(1, "open_qa", "en", "before", "prose", "EV-p034", """I sell a till app to a few local cafés (closed source, just me coding in the evenings). One of the libraries I use for printing receipts is under this. Do I have to give the cafés my code? What's the catch compared to normal GPL?

  This version of the GNU Lesser General Public License incorporates
the terms and conditions of version 3 of the GNU General Public
License, supplemented by the additional permissions listed below.

  0. Additional Definitions.

  As used herein, "this License" refers to version 3 of the GNU Lesser
General Public License, and the "GNU GPL" refers to version 3 of the GNU
General Public License.

  "The Library" refers to a covered work governed by this License,
other than an Application or a Combined Work as defined below.

  An "Application" is any work that makes use of an interface provided
by the Library, but which is not otherwise based on the Library.
Defining a subclass of a class defined by the Library is deemed a mode
of using an interface provided by the Library.

  A "Combined Work" is a work produced by combining or linking an
Application with the Library.  The particular version of the Library
with which the Combined Work was made is also called the "Linked
Version".

  The "Minimal Corresponding Source" for a Combined Work means the
Corresponding Source for the Combined Work, excluding any source code
for portions of the Combined Work that, considered in isolation, are
based on the Application, and not on the Linked Version.

  The "Corresponding Application Code" for a Combined Work means the
object code and/or source code for the Application, including any data
and utility programs needed for reproducing the Combined Work from the
Application, but excluding the System Libraries of the Combined Work.

  1. Exception to Section 3 of the GNU GPL.

  You may convey a covered work under sections 3 and 4 of this License
without being bound by section 3 of the GNU GPL.

  2. Conveying Modified Versions.

  If you modify a copy of the Library, and, in your modifications, a
facility refers to a function or data to be supplied by an Application
that uses the facility (other than as an argument passed when the
facility is invoked), then you may convey a copy of the modified
version:

   a) under this License, provided that you make a good faith effort to
   ensure that, in the event an Application does not supply the
   function or data, the facility still operates, and performs
   whatever part of its purpose remains meaningful, or

   b) under the GNU GPL, with none of the additional permissions of
   this License applicable to that copy."""),
(0, "classification", "en", "before", "list", None, """chicken, lamb, salmon, tofu, beef, prawns, lentils, pork — meat, fish or vegetarian?"""),
(1, "general_qa", "en", "none", "none", None, """cheap veggie dinners a teenager might actually eat? my 15yo just announced she's vegetarian"""),
(0, "summarization", "en", "after", "prose", "EV-p035", """Long post from our fishing forum, I need the short version for the club newsletter:

"Well, what a weekend. Myself and two mates booked the Saturday and Sunday on the big lake at Holme Farm, first time any of us had done a proper overnighter. We got there at 6am Saturday and it was already blowing a gale from the west, straight into our faces on peg 12, which was the only double peg left. We should have moved then. We didn't.

Set up took two hours because Gaz had bought a new bivvy and the instructions were in German. Once we were sorted we got three rods each out on boilies and a bit of spod mix about 60 yards out, near the bar the bailiff told us about. Nothing all morning. Around 2pm Steve had a screaming run and after a twenty minute fight landed a 19lb common, a proper old warrior with a big scar on its flank. That was the highlight, and honestly it was worth the whole trip.

Then the rain came. It didn't stop from 4pm until about 5am. Gaz's new bivvy leaked at the seams, so he ended up sleeping in the car. My alarm went off twice in the night but both were liners, or maybe bream, I never found out. At 3am I heard a strange noise and found a fox dragging my bag of bread across the grass. I chased it, in the dark, in my socks, and stood in a cowpat.

Sunday was calmer. We moved to peg 4 in the corner out of the wind and it was like a different lake. I had a 14lb mirror at 9am and Gaz had two tench and a pike that grabbed a roach he was reeling in, which nobody believed until he showed us the teeth marks. Steve blanked on Sunday and sulked all the way home.

Lessons: check the wind forecast and pick your peg accordingly, seam-seal a new bivvy before you take it anywhere, and always zip your food bag up. We're already planning the next one for September."

3-4 sentences is plenty"""),
(1, "general_qa", "en", "after", "prose", "EV-p035", """Long post from our fishing forum, it's me who wrote it:

"Well, what a weekend. Myself and two mates booked the Saturday and Sunday on the big lake at Holme Farm, first time any of us had done a proper overnighter. We got there at 6am Saturday and it was already blowing a gale from the west, straight into our faces on peg 12, which was the only double peg left. We should have moved then. We didn't.

Set up took two hours because Gaz had bought a new bivvy and the instructions were in German. Once we were sorted we got three rods each out on boilies and a bit of spod mix about 60 yards out, near the bar the bailiff told us about. Nothing all morning. Around 2pm Steve had a screaming run and after a twenty minute fight landed a 19lb common, a proper old warrior with a big scar on its flank. That was the highlight, and honestly it was worth the whole trip.

Then the rain came. It didn't stop from 4pm until about 5am. Gaz's new bivvy leaked at the seams, so he ended up sleeping in the car. My alarm went off twice in the night but both were liners, or maybe bream, I never found out. At 3am I heard a strange noise and found a fox dragging my bag of bread across the grass. I chased it, in the dark, in my socks, and stood in a cowpat.

Sunday was calmer. We moved to peg 4 in the corner out of the wind and it was like a different lake. I had a 14lb mirror at 9am and Gaz had two tench and a pike that grabbed a roach he was reeling in, which nobody believed until he showed us the teeth marks. Steve blanked on Sunday and sulked all the way home."

We're going back in September. What should we do differently to catch more, and how do you actually read the wind for carp? Be specific please"""),
(0, "classification", "en", "after", "prose", None, """"Thanks for nothing. Third time I've rung about the same fault and still no engineer."

complaint, compliment or question?"""),
(1, "creative_writing", "en", "none", "none", None, """I'm a mobile hairdresser. Could you come up with a catchy name and a short slogan for my van? I mostly do older ladies in their homes"""),
(0, "summarization", "en", "none", "none", None, """sum up the plot of The Wizard of Oz for me, 4 lines"""),
(1, "open_qa", "en", "none", "none", None, """Is The Wizard of Oz really about money and politics? someone told me that at a pub quiz"""),
(0, "classification", "en", "before", "list", None, """Tag each thing my toddler said as a question or statement:
"where daddy"
"doggy big"
"more juice?"
"i did a poo"
"why moon there" """),
(1, "general_qa", "en", "none", "none", None, """my 2 and half year old only says about 20 words. should i be worried or just wait"""),
(0, "summarization", "en", "after", "email", "EV-p036", """To: Head of Year 8
Subject: My daughter Amelia – ongoing issue

Dear Mr Pearson,

I'm writing because I'm worried about what has been happening to Amelia since the start of this term, and I don't feel the problem has been dealt with despite us mentioning it at parents' evening.

A group of three girls in her form have been making comments about her appearance, mainly her weight and her glasses, on a group chat that she was added to and then removed from. She has shown me screenshots. They have also been taking her seat at lunch and moving their bags so she can't sit down, then laughing when she walks off. Last Thursday one of them pushed her into the lockers in the corridor near the science block; she had a bruise on her arm the next day.

Amelia has always loved school, but for the past three weeks she has said she feels sick on Sunday nights and has asked to stay home twice. She's stopped going to netball, which she used to love, because two of the girls are on the team. She won't tell me their names because she's scared it will make things worse, but I believe you'll know who they are from the form group.

I'd like to know what the school is going to do, and I'd like to arrange a meeting with you and her form tutor as soon as possible. I'd also like to know whether the group chat issue can be addressed by the school even though it happens outside school hours. I can forward the screenshots if it would help.

I want to stress that Amelia doesn't want a big fuss, she just wants it to stop. I'd be grateful if any action could be taken carefully so she isn't singled out.

Thank you for your time. I look forward to hearing from you.

Yours sincerely,
(Amelia's mum)

The school's online form only lets me write 3 sentences. Can you summarise my email to fit?"""),
(1, "general_qa", "en", "after", "email", "EV-p036", """To: Head of Year 8
Subject: My daughter Amelia – ongoing issue

Dear Mr Pearson,

I'm writing because I'm worried about what has been happening to Amelia since the start of this term, and I don't feel the problem has been dealt with despite us mentioning it at parents' evening.

A group of three girls in her form have been making comments about her appearance, mainly her weight and her glasses, on a group chat that she was added to and then removed from. She has shown me screenshots. They have also been taking her seat at lunch and moving their bags so she can't sit down, then laughing when she walks off. Last Thursday one of them pushed her into the lockers in the corridor near the science block; she had a bruise on her arm the next day.

Amelia has always loved school, but for the past three weeks she has said she feels sick on Sunday nights and has asked to stay home twice. She's stopped going to netball, which she used to love, because two of the girls are on the team. She won't tell me their names because she's scared it will make things worse, but I believe you'll know who they are from the form group.

I'd like to know what the school is going to do, and I'd like to arrange a meeting with you and her form tutor as soon as possible. I'd also like to know whether the group chat issue can be addressed by the school even though it happens outside school hours. I can forward the screenshots if it would help.

I want to stress that Amelia doesn't want a big fuss, she just wants it to stop.

Yours sincerely,
(Amelia's mum)

I sent this 10 days ago and have heard nothing back. What should I do next? And how do I support Amelia at home in the meantime?"""),
(1, "open_qa", "en", "none", "none", None, """can schools actually punish kids for stuff that happens on group chats outside school?"""),
(0, "classification", "en", "before", "list", None, """Label the social media apps as mainly photos, mainly video, mainly messaging: WhatsApp, Instagram, TikTok, Snapchat, YouTube, Telegram, Pinterest"""),
(1, "general_qa", "en", "none", "none", None, """what age should a kid get a smartphone, everyone in my daughter's year 6 class has one apparently"""),
(0, "summarization", "en", "before", "transcript", "EV-p037", """Please write up short notes from this family meeting (we recorded it on my phone and it got transcribed). Just decisions and who's doing what.

DAD: So the main thing is Gran. The hospital says she can come home on Friday but she can't manage the stairs at her house any more.
MUM: And we've said she can come here, but we need to work out the practical side.
ELLIE: She can have my room, I'll go in with Jess.
JESS: Wait what? I didn't agree to that.
MUM: Jess, it's only until the bungalow thing is sorted. A few months.
JESS: Months?!
DAD: Look, we'll get you two proper beds, not the camp bed, and you can decorate it how you want.
JESS: ...Fine. But I get the top bunk.
ELLIE: Deal.
MUM: OK. So Ellie's room for Gran. We need a rail in the downstairs loo and a raised toilet seat. The occupational therapist is coming Thursday to check the house.
DAD: I'll take Thursday off to be here for that.
MUM: Good. And meals, she's diabetic, so no more biscuits in the cupboard at eye level, boys.
SAM: Why are you looking at me
MUM: Because you ate a whole packet of custard creams on Tuesday.
SAM: Fair.
DAD: Next thing, the council. She's on the list for a ground-floor flat in sheltered housing. I'll ring them Monday to chase it. Mum, can you sort her GP moving, or does she keep her old one?
MUM: She'll keep hers for now, it's only 15 minutes away. I'll do her prescriptions though, I'll set up the online thing.
ELLIE: Can I help with anything?
MUM: Yes, can you and Jess clear your room by Thursday so the OT can see it?
ELLIE: Yes.
JESS: Ugh. Yes.
DAD: And Sam, you're on bins and dog walks for the next month, because I'll be doing the hospital runs.
SAM: That's not fair, why am I getting punished.
DAD: It's not a punishment, it's a family thing.
SAM: It feels like a punishment.
MUM: It's for Gran, Sam.
SAM: Fine, yes, OK.
DAD: Last thing, money. Her pension goes into her account, she's said she wants to pay towards food. We'll accept something but not much. Let's talk about it properly with her at the weekend.
MUM: Agreed. Right, anyone got anything else?
JESS: Can Gran's cat come?
MUM: ...We'll talk about the cat."""),
(1, "general_qa", "en", "after", "transcript", "EV-p037", """Family meeting transcript (recorded on my phone):

DAD: So the main thing is Gran. The hospital says she can come home on Friday but she can't manage the stairs at her house any more.
MUM: And we've said she can come here, but we need to work out the practical side.
ELLIE: She can have my room, I'll go in with Jess.
JESS: Wait what? I didn't agree to that.
MUM: Jess, it's only until the bungalow thing is sorted. A few months.
JESS: Months?!
DAD: Look, we'll get you two proper beds, not the camp bed, and you can decorate it how you want.
JESS: ...Fine. But I get the top bunk.
MUM: OK. So Ellie's room for Gran. We need a rail in the downstairs loo and a raised toilet seat. The occupational therapist is coming Thursday to check the house.
DAD: I'll take Thursday off to be here for that.
MUM: Good. And meals, she's diabetic, so no more biscuits in the cupboard at eye level, boys.
DAD: Next thing, the council. She's on the list for a ground-floor flat in sheltered housing. I'll ring them Monday to chase it.
MUM: She'll keep her GP for now, it's only 15 minutes away. I'll do her prescriptions though.
DAD: And Sam, you're on bins and dog walks for the next month, because I'll be doing the hospital runs.
SAM: That's not fair, why am I getting punished.
DAD: It's not a punishment, it's a family thing.
SAM: It feels like a punishment.
DAD: Last thing, money. Her pension goes into her account, she's said she wants to pay towards food.
JESS: Can Gran's cat come?
MUM: ...We'll talk about the cat.

I'm the mum. Honestly I'm worried about the teens sharing a room for months and Sam feeling punished. How do I keep everyone sane while Gran lives with us? Also should we take her money or not?"""),
(1, "open_qa", "en", "none", "none", None, """what does an occupational therapist check when someone comes home from hospital"""),
(0, "classification", "en", "before", "list", None, """tag each job as 'ok for a 10yo' or 'adults only': changing a lightbulb, cleaning the gutter, loading the dishwasher, using the strimmer, folding laundry, ironing"""),
(1, "creative_writing", "en", "none", "none", None, """help me write a chore chart poem to stick on the fridge so my kids do their jobs without arguing, make it funny"""),
(0, "summarization", "en", "after", "prose", None, """The Royal Mail strike planned for next week has been called off after the union and management reached a provisional agreement, it was announced this morning. The deal, which still needs to be approved by union members in a ballot, includes a pay rise of 10% over three years and a commitment that there will be no compulsory redundancies until 2025. Deliveries are expected to run as normal next week, though the company warned that some areas may still see delays as it clears a backlog of parcels from previous action.

one line summary please"""),
(1, "open_qa", "en", "none", "none", None, """why do postal workers go on strike so often? is the job that bad"""),
(1, "creative_writing", "en", "none", "none", None, """Write a thank-you card to our postie who has delivered to our street for 20 years and is retiring. He always saved the dog treats in his pocket"""),
(0, "classification", "en", "after", "reviews", None, """"Plot was slow in the middle but the ending made me cry in the best way."

What star rating do you think this reviewer gave, 1 to 5?"""),
# source: /usr/share/common-licenses/GPL-2 (preamble), licence: GPL-2 text, verbatim copying permitted
(0, "classification", "en", "after", "prose", "EV-p038", """  The licenses for most software are designed to take away your
freedom to share and change it.  By contrast, the GNU General Public
License is intended to guarantee your freedom to share and change free
software--to make sure the software is free for all its users.  This
General Public License applies to most of the Free Software
Foundation's software and to any other program whose authors commit to
using it.  (Some other Free Software Foundation software is covered by
the GNU Lesser General Public License instead.)  You can apply it to
your programs, too.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
this service if you wish), that you receive source code or can get it
if you want it, that you can change the software or use pieces of it
in new free programs; and that you know you can do these things.

  To protect your rights, we need to make restrictions that forbid
anyone to deny you these rights or to ask you to surrender the rights.
These restrictions translate to certain responsibilities for you if you
distribute copies of the software, or if you modify it.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must give the recipients all the rights that
you have.  You must make sure that they, too, receive or can get the
source code.  And you must show them these terms so they know their
rights.

  We protect your rights with two steps: (1) copyright the software, and
(2) offer you this license which gives you legal permission to copy,
distribute and/or modify the software.

  Also, for each author's protection and ours, we want to make certain
that everyone understands that there is no warranty for this free
software.  If the software is modified by someone else and passed on, we
want its recipients to know that what they have is not the original, so
that any problems introduced by others will not reflect on the original
authors' reputations.

  Finally, any free program is threatened constantly by software
patents.  We wish to avoid the danger that redistributors of a free
program will individually obtain patent licenses, in effect making the
program proprietary.  To prevent this, we have made it clear that any
patent must be licensed for everyone's free use or not licensed at all.

Homework question: is this licence "permissive" or "copyleft"? Just tell me which category it goes in."""),
# source: /usr/share/common-licenses/GPL-2 (preamble), licence: GPL-2 text, verbatim copying permitted
(1, "open_qa", "en", "after", "prose", "EV-p038", """  The licenses for most software are designed to take away your
freedom to share and change it.  By contrast, the GNU General Public
License is intended to guarantee your freedom to share and change free
software--to make sure the software is free for all its users.  This
General Public License applies to most of the Free Software
Foundation's software and to any other program whose authors commit to
using it.  (Some other Free Software Foundation software is covered by
the GNU Lesser General Public License instead.)  You can apply it to
your programs, too.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
this service if you wish), that you receive source code or can get it
if you want it, that you can change the software or use pieces of it
in new free programs; and that you know you can do these things.

  To protect your rights, we need to make restrictions that forbid
anyone to deny you these rights or to ask you to surrender the rights.
These restrictions translate to certain responsibilities for you if you
distribute copies of the software, or if you modify it.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must give the recipients all the rights that
you have.  You must make sure that they, too, receive or can get the
source code.  And you must show them these terms so they know their
rights.

  We protect your rights with two steps: (1) copyright the software, and
(2) offer you this license which gives you legal permission to copy,
distribute and/or modify the software.

  Also, for each author's protection and ours, we want to make certain
that everyone understands that there is no warranty for this free
software.  If the software is modified by someone else and passed on, we
want its recipients to know that what they have is not the original, so
that any problems introduced by others will not reflect on the original
authors' reputations.

  Finally, any free program is threatened constantly by software
patents.  We wish to avoid the danger that redistributors of a free
program will individually obtain patent licenses, in effect making the
program proprietary.  To prevent this, we have made it clear that any
patent must be licensed for everyone's free use or not licensed at all.

It says "free as in freedom, not price". So how do companies make money from software under this? Some real examples would help my essay."""),
(0, "summarization", "en", "none", "none", None, """Quick recap of Coraline please, deciding if my 8 year old can handle it"""),
(1, "general_qa", "en", "none", "none", None, """good not-too-scary halloween films for a sleepover of 9 year olds?"""),
(1, "creative_writing", "en", "none", "none", None, """A spooky but silly poem about a pumpkin who doesn't want to be carved"""),
(0, "classification", "en", "before", "list", None, """Sort these into 'Halloween', 'Christmas', 'Easter' or 'Bonfire Night': sparklers, mince pies, hot cross buns, trick or treat, toffee apples, advent calendar, egg hunt, carved pumpkins"""),
(0, "summarization", "en", "after", "email", "EV-p039", """Dear Applicant,

Thank you for applying for the role of Part-Time Library Assistant. We were impressed by your application and would like to invite you to an interview on Wednesday 17 April at 2.30pm at Central Library, Market Square. The interview will last around 40 minutes and will be with two members of the library team. You will be asked to complete a short customer service scenario exercise (about 10 minutes) before the interview itself; no preparation is needed for this.

Please bring photo ID and proof of your right to work in the UK (for example a passport). If you have any access requirements, let us know and we will be happy to make adjustments.

Please confirm your attendance by replying to this email by Friday 12 April.

Best wishes,
Recruitment Team

what do i need to do & bring? short version"""),
(1, "general_qa", "en", "after", "email", "EV-p039", """Dear Applicant,

Thank you for applying for the role of Part-Time Library Assistant. We were impressed by your application and would like to invite you to an interview on Wednesday 17 April at 2.30pm at Central Library, Market Square. The interview will last around 40 minutes and will be with two members of the library team. You will be asked to complete a short customer service scenario exercise (about 10 minutes) before the interview itself; no preparation is needed for this.

Please bring photo ID and proof of your right to work in the UK (for example a passport).

Best wishes,
Recruitment Team

I'm 52 and haven't had an interview in 25 years (was at home with the kids). What kind of "customer service scenario" might they give me and how should I handle it?"""),
(1, "open_qa", "en", "none", "none", None, """do libraries still make sense now that everything's online? what do they actually do these days"""),
(0, "classification", "en", "after", "list", None, """Bananas £1.10
Phone case £12.99
Train ticket £24.50
Cinema £9.80
Paracetamol £0.79
Birthday card £3.25

which are 'must have' and which were 'treats'? I'm trying to spend less"""),
(1, "general_qa", "en", "none", "none", None, """tips for a no-spend month that aren't miserable? family of four"""),
(0, "summarization", "en", "after", "notes", None, """Class notes — Romans in Britain:
AD43 invasion (Claudius), 40,000 soldiers
Boudica revolt AD60-61, Iceni tribe, burned Colchester, London, St Albans, defeated eventually
Roads — straight, for moving army fast. Watling St etc
Hadrian's Wall AD122, 73 miles, keep out Picts?
towns - baths, forums, villas, mosaics
left around AD410 - needed troops back home

write this up as a short paragraph for revision"""),
(1, "creative_writing", "en", "none", "none", None, """write a diary entry as a roman soldier on hadrian's wall in winter, for year 4, funny and a bit sad"""),
(1, "open_qa", "en", "none", "none", None, """why did the romans actually leave britain"""),
(0, "classification", "en", "before", "list", None, """Ancient, medieval or modern? pyramids, castles, skyscrapers, Stonehenge, cathedrals, motorways, amphitheatres"""),
# source: Python 3.11 stdlib, json.dumps docstring (first part), licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p040", """Serialize ``obj`` to a JSON formatted ``str``.

    If ``skipkeys`` is true then ``dict`` keys that are not basic types
    (``str``, ``int``, ``float``, ``bool``, ``None``) will be skipped
    instead of raising a ``TypeError``.

    If ``ensure_ascii`` is false, then the return value can contain non-ASCII
    characters if they appear in strings contained in ``obj``. Otherwise, all
    such characters are escaped in JSON strings.

    If ``indent`` is a non-negative integer, then JSON array elements and
    object members will be pretty-printed with that indent level. An indent
    level of 0 will only insert newlines. ``None`` is the most compact
    representation.

    If *sort_keys* is true (default: ``False``), then the output of
    dictionaries will be sorted by key.

I'm a total beginner saving my recipe collection to a file with python. What does this say, in 3 simple bullets?"""),
# source: Python 3.11 stdlib, json.dumps docstring (first part), licence: PSF-2.0
(1, "general_qa", "en", "after", "code", "EV-p040", """Serialize ``obj`` to a JSON formatted ``str``.

    If ``skipkeys`` is true then ``dict`` keys that are not basic types
    (``str``, ``int``, ``float``, ``bool``, ``None``) will be skipped
    instead of raising a ``TypeError``.

    If ``ensure_ascii`` is false, then the return value can contain non-ASCII
    characters if they appear in strings contained in ``obj``. Otherwise, all
    such characters are escaped in JSON strings.

    If ``indent`` is a non-negative integer, then JSON array elements and
    object members will be pretty-printed with that indent level. An indent
    level of 0 will only insert newlines. ``None`` is the most compact
    representation.

    If *sort_keys* is true (default: ``False``), then the output of
    dictionaries will be sorted by key.

My recipe file saves "crème brûlée" as weird codes like \\u00e8. Which of these options should I use so it looks normal and is easy to read when I open the file? Show me the line I'd write."""),
(0, "summarization", "en", "none", "none", None, """What's the story of The Snowman (the Raymond Briggs one)? short"""),
(1, "creative_writing", "en", "none", "none", None, """Christmas story about a snowman who wants to see summer, for a 5 year old, gentle ending not sad"""),
(0, "classification", "en", "before", "prose", None, """Does this sound like a child, a teenager or an adult wrote it? "I have considered your proposal carefully and, on balance, I am inclined to decline." """),
(0, "summarization", "en", "after", "story", "EV-p041", """My writing group piece, can you do a 2 sentence blurb:

Every Thursday at ten past four, a man in a brown coat sat down on the bench by the boating lake and fed the swans exactly half a loaf of bread. Lucy watched him from the kiosk where she sold ice creams and cups of tea, and after a few months she began to set out a cup of tea for him without being asked. He always nodded, paid with the correct change, and said, "Much obliged." That was all.

In October the kiosk closed for the winter, and Lucy forgot about him until March, when she opened the shutters again and saw that the bench was empty. Thursday came and went. So did the next one. On the third Thursday, a young woman in a brown coat that was far too big for her sat down on the bench, took a half loaf of bread out of a carrier bag, and began, rather clumsily, to feed the swans.

Lucy made two cups of tea and walked over."""),
(1, "creative_writing", "en", "after", "story", "EV-p041", """My writing group piece:

Every Thursday at ten past four, a man in a brown coat sat down on the bench by the boating lake and fed the swans exactly half a loaf of bread. Lucy watched him from the kiosk where she sold ice creams and cups of tea, and after a few months she began to set out a cup of tea for him without being asked. He always nodded, paid with the correct change, and said, "Much obliged." That was all.

In October the kiosk closed for the winter, and Lucy forgot about him until March, when she opened the shutters again and saw that the bench was empty. Thursday came and went. So did the next one. On the third Thursday, a young woman in a brown coat that was far too big for her sat down on the bench, took a half loaf of bread out of a carrier bag, and began, rather clumsily, to feed the swans.

Lucy made two cups of tea and walked over.

Can you write the next scene, the conversation between Lucy and the young woman? Keep it understated, about 300 words."""),
(1, "open_qa", "en", "none", "none", None, """is it actually bad to feed bread to ducks and swans"""),
(0, "classification", "en", "before", "list", None, """Would I see these at a UK lake? mallard, flamingo, coot, moorhen, pelican, great crested grebe, mute swan"""),
(1, "general_qa", "en", "none", "none", None, """i want to get into birdwatching, what binoculars for a beginner and what app is good for IDs"""),
(0, "summarization", "en", "after", "prose", None, """Summer Reading Challenge 2024 – information for families

The Summer Reading Challenge is free and open to children aged 4 to 11. Children sign up at any library branch and receive a collector's folder. They then read any six library books over the summer holidays – picture books, comics, audiobooks and non-fiction all count. Each time they visit to talk about what they've read, they'll get stickers and rewards. Everyone who finishes gets a medal and certificate, presented at a special ceremony in September. There is also an online version where children can review books and play games. Younger children who aren't reading yet can take part by having books read to them.

can you boil this down to 3 bullets for our school newsletter"""),
(1, "general_qa", "en", "none", "none", None, """how do i keep my kids reading over the summer holidays without nagging them constantly"""),
(1, "creative_writing", "en", "none", "none", None, """I'm a children's librarian. Write a fun 4-line rhyme to put on the Summer Reading Challenge poster"""),
(0, "classification", "en", "after", "list", None, """Gruffalo, Diary of a Wimpy Kid, Where's Wally, The Hunger Games, Dog Man, Wonder, Hairy Maclary

age group for each: under 5, 6-9, 10-12, teen"""),
(0, "summarization", "en", "after", "chat", None, """Texts from my teenage son while I was at work (translated from teen):
"mum"
"mum"
"the toaster is smoking"
"its fine now"
"i put it outside"
"also the fire alarm went off but i stopped it"
"also we dont have bread anymore"
"dont be mad"

lol what happened, summary pls"""),
(1, "general_qa", "en", "none", "none", None, """Ideas for teaching my teenage son basic cooking without him burning the house down? He's 14 and keen but chaotic"""),
(1, "open_qa", "en", "none", "none", None, """why do toasters catch fire? is it the crumbs"""),
(0, "classification", "en", "before", "list", None, """Safe or unsafe to put in the microwave? metal bowl, glass jug, foil tray, ceramic plate, paper towel, plastic takeaway tub, mug with gold rim"""),
(0, "summarization", "en", "none", "none", None, """Please give me a short summary of the Doctor Who episode "Blink", my wife wants to watch it but hates spoilers, so just the setup"""),
(1, "open_qa", "en", "none", "none", None, """why do so many people say Blink is the best Doctor Who episode?"""),
(1, "creative_writing", "en", "none", "none", None, """scary story about a statue in the garden that moves when nobody's looking, under 200 words, for teenagers"""),
(0, "classification", "en", "after", "prose", None, """"We regret to inform you that your application was unsuccessful on this occasion. We received a high number of applications and we will keep your details on file for six months."

Good news or bad news?"""),
(1, "general_qa", "en", "none", "none", None, """Got rejected from my 12th job application this month. I'm 24, have a degree in history. What am I doing wrong, what should I change?"""),
# source: /usr/share/doc/less/changelog.Debian.gz (entry 590-2.1, maintainer line removed), licence: GPL-3+ or Less (per /usr/share/doc/less/copyright)
(0, "summarization", "en", "before", "log", "EV-p042", """One-line summary please, my brother asked what this update is:

less (590-2.1) unstable; urgency=medium

  * Non-maintainer upload.
  * Shell-quote filenames when invoking LESSCLOSE (CVE-2022-48624)
    (Closes: #1064293)
  * Fix bug when viewing a file whose name contains a newline (CVE-2024-32487)
    (Closes: #1068938)"""),
# source: /usr/share/doc/less/changelog.Debian.gz (entry 590-2.1, maintainer line removed), licence: GPL-3+ or Less (per /usr/share/doc/less/copyright)
(1, "open_qa", "en", "before", "log", "EV-p042", """How can a file's NAME be a security problem?? This confuses me, can you explain with an example a normal person would get?

less (590-2.1) unstable; urgency=medium

  * Non-maintainer upload.
  * Shell-quote filenames when invoking LESSCLOSE (CVE-2022-48624)
    (Closes: #1064293)
  * Fix bug when viewing a file whose name contains a newline (CVE-2024-32487)
    (Closes: #1068938)"""),
(0, "classification", "en", "before", "list", None, """Strong password or weak: password123, Tr0ub4dor&3, sunshine, correct-horse-battery-staple, 12345678, Liverpool1892"""),
(1, "general_qa", "en", "none", "none", None, """what's the easiest way for my 78 year old dad to manage all his passwords?, he writes them on post-its on the monitor"""),
(0, "summarization", "en", "after", "prose", None, """Dear Customer,

We are making some changes to your broadband package. From 1 May, your monthly price will rise by £3.50 in line with the annual price increase set out in your contract. At the same time, we are upgrading your speed from 67Mbps to 100Mbps at no extra cost. You don't need to do anything; the upgrade will happen automatically overnight. If you are unhappy with the price change, you may be able to leave your contract without paying an early termination fee if you tell us within 30 days of this letter.

what's the gist?"""),
(1, "general_qa", "en", "none", "none", None, """my broadband is going up again. how do i haggle with them to get a better deal, what do i say on the phone"""),
(0, "classification", "en", "before", "list", None, """Electrician job or plumber job? fit a new socket, unblock a sink, replace a fuse box, install a radiator, fix a dripping tap, put up outdoor lights"""),
(1, "open_qa", "en", "none", "none", None, """Why does my radiator get hot at the bottom but cold at the top?"""),
(0, "summarization", "en", "after", "reviews", None, """Feedback from my first ever yoga class (I'm the teacher!), anonymous slips:
- "Loved it, really calming. Music a bit loud."
- "Too fast for a beginners class."
- "Great explanations. Room was cold."
- "Would like more stretching at the end."
- "Perfect, will be back next week!"
- "Could you show modifications for bad knees?"

summarise the feedback in 3 points I can act on"""),
(1, "creative_writing", "en", "none", "none", None, """Write a calming 1-minute script I can read out at the end of my yoga class for the relaxation bit"""),
(1, "open_qa", "en", "none", "none", None, """is yoga actually good for back pain or is that just hype"""),
(0, "classification", "en", "before", "list", None, """Name the yoga poses type — standing, sitting or lying: downward dog, child's pose, warrior II, corpse pose, tree pose, cobra, lotus"""),
(0, "summarization", "en", "after", "prose", None, """The scheme, which will run for a trial period of 12 months, will allow residents over the age of 60 and those with disabilities to travel free on all council-subsidised bus routes before 9.30am on weekdays, an hour earlier than the current concession. Councillors said the change was made after feedback that many older residents have early hospital appointments or volunteer roles that start before 9.30. It is expected to cost around £180,000, to be funded from the transport budget. Bus operators have welcomed the plans but warned that morning peak services are already busy.

summarize pls, my dad's going to be thrilled if this is what i think it is"""),
(1, "general_qa", "en", "none", "none", None, """My mum's 66 and won't use her bus pass because she 'doesn't like buses'. How do I get her out of the house more? She's lonely since dad died"""),
(1, "creative_writing", "en", "none", "none", None, """Write a little poem for my mum's first birthday without dad. Gentle, not too sad, reminding her we're all here"""),
(0, "classification", "en", "after", "verse", None, """Twinkle twinkle little star
my lunchbox is in Daddy's car
up above the school so high
I hope he brings it by and by

Is this a poem my kid wrote about being happy, worried or angry?"""),
(1, "open_qa", "en", "none", "none", None, """Who actually wrote Twinkle Twinkle Little Star? Is it the same tune as the alphabet song"""),
]
