# writer chatwrap, part 08. Each item written by hand.
ITEMS = [
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/fileinput.py (module docstring), licence: PSF-2.0
(0, "summarization", "en", "inline", "code", "cw2-p013", """[JetBrains AI Assistant • Explain selection]
Project: log-tools  |  File: fileinput.py (stdlib, read-only)
Selected text:
Helper class to quickly write a loop over all standard input files.

Typical use is:

    import fileinput
    for line in fileinput.input(encoding="utf-8"):
        process(line)

This iterates over the lines of all files listed in sys.argv[1:],
defaulting to sys.stdin if the list is empty.  If a filename is '-' it
is also replaced by sys.stdin and the optional arguments mode and
openhook are ignored.  To specify an alternative list of filenames,
pass it as the argument to input().  A single file name is also allowed.

Functions filename(), lineno() return the filename and cumulative line
number of the line that has just been read; filelineno() returns its
line number in the current file; isfirstline() returns true iff the
line just read is the first line of its file; isstdin() returns true
iff the line was read from sys.stdin.  Function nextfile() closes the
current file so that the next iteration will read the first line from
the next file (if any); lines not read from the file will not count
towards the cumulative line count; the filename is not changed until
after the first line of the next file has been read.  Function close()
closes the sequence.

Before any lines have been read, filename() returns None and both line
numbers are zero; nextfile() has no effect.  After all lines have been
read, filename() and the line number functions return the values
pertaining to the last line read; nextfile() has no effect.

All files are opened in text mode by default, you can override this by
setting the mode parameter to input() or FileInput.__init__().
If an I/O error occurs during opening or reading a file, the OSError
exception is raised.

If sys.stdin is used more than once, the second and further use will
return no lines, except perhaps for interactive use, or if it has been
explicitly reset (e.g. using sys.stdin.seek(0)).

Empty files are opened and immediately closed; the only time their
presence in the list of filenames is noticeable at all is when the
last file opened is empty.

It is possible that the last line of a file doesn't end in a newline
character; otherwise lines are returned including the trailing
newline.

Class FileInput is the implementation; its methods filename(),
lineno(), fileline(), isfirstline(), isstdin(), nextfile() and close()
correspond to the functions in the module.  In addition it has a
readline() method which returns the next input line, and a
__getitem__() method which implements the sequence behavior.  The
sequence must be accessed in strictly sequential order; sequence
access and readline() cannot be mixed.

Optional in-place filtering: if the keyword argument inplace=1 is
passed to input() or to the FileInput constructor, the file is moved
to a backup file and standard output is directed to the input file.
This makes it possible to write a filter that rewrites its input file
in place.  If the keyword argument backup=".<some extension>" is also
given, it specifies the extension for the backup file, and the backup
file remains around; by default, the extension is ".bak" and it is
deleted when the output file is closed.  In-place filtering is
disabled when standard input is read.  XXX The current implementation
does not work for MS-DOS 8+3 filesystems.

User: too long didn't read. 5 bullets, what does this module do and what are the gotchas"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/fileinput.py (module docstring), licence: PSF-2.0
(1, "general_qa", "en", "inline", "code", "cw2-p013", """[JetBrains AI Assistant • Chat]
Project: log-tools  |  File: fileinput.py (stdlib, read-only)
Selected text:
Helper class to quickly write a loop over all standard input files.

Typical use is:

    import fileinput
    for line in fileinput.input(encoding="utf-8"):
        process(line)

This iterates over the lines of all files listed in sys.argv[1:],
defaulting to sys.stdin if the list is empty.  If a filename is '-' it
is also replaced by sys.stdin and the optional arguments mode and
openhook are ignored.  To specify an alternative list of filenames,
pass it as the argument to input().  A single file name is also allowed.

Functions filename(), lineno() return the filename and cumulative line
number of the line that has just been read; filelineno() returns its
line number in the current file; isfirstline() returns true iff the
line just read is the first line of its file; isstdin() returns true
iff the line was read from sys.stdin.  Function nextfile() closes the
current file so that the next iteration will read the first line from
the next file (if any); lines not read from the file will not count
towards the cumulative line count; the filename is not changed until
after the first line of the next file has been read.  Function close()
closes the sequence.

Before any lines have been read, filename() returns None and both line
numbers are zero; nextfile() has no effect.  After all lines have been
read, filename() and the line number functions return the values
pertaining to the last line read; nextfile() has no effect.

All files are opened in text mode by default, you can override this by
setting the mode parameter to input() or FileInput.__init__().
If an I/O error occurs during opening or reading a file, the OSError
exception is raised.

If sys.stdin is used more than once, the second and further use will
return no lines, except perhaps for interactive use, or if it has been
explicitly reset (e.g. using sys.stdin.seek(0)).

Empty files are opened and immediately closed; the only time their
presence in the list of filenames is noticeable at all is when the
last file opened is empty.

It is possible that the last line of a file doesn't end in a newline
character; otherwise lines are returned including the trailing
newline.

Class FileInput is the implementation; its methods filename(),
lineno(), fileline(), isfirstline(), isstdin(), nextfile() and close()
correspond to the functions in the module.  In addition it has a
readline() method which returns the next input line, and a
__getitem__() method which implements the sequence behavior.  The
sequence must be accessed in strictly sequential order; sequence
access and readline() cannot be mixed.

Optional in-place filtering: if the keyword argument inplace=1 is
passed to input() or to the FileInput constructor, the file is moved
to a backup file and standard output is directed to the input file.
This makes it possible to write a filter that rewrites its input file
in place.  If the keyword argument backup=".<some extension>" is also
given, it specifies the extension for the backup file, and the backup
file remains around; by default, the extension is ".bak" and it is
deleted when the output file is closed.  In-place filtering is
disabled when standard input is read.  XXX The current implementation
does not work for MS-DOS 8+3 filesystems.

User: ok so i have ~300 nginx logs, some .gz, and i want to replace every IP with "x.x.x.x" in place but keep a backup. should i use this module or just sed? show me how you'd do it and what to watch out for with the gz ones"""),
(0, "classification", "en", "inline", "chat", "cw2-p014", """### Instructions
You are ShiftBot for Corner Café staff chat. For the LAST message only, output one intent: SWAP_REQUEST, SICK_CALL, SCHEDULE_QUESTION, SOCIAL, OTHER.

### Chat
Jess: morning all ☀️ milk delivery came, it's in the walk-in
Ravi: ty!! also who's closing tonight
Mo: me and Jess
Ravi: cool
Dana: hey so i woke up with a fever and my throat is on fire, i can't come in for my 11-3 today, so sorry 🤒

### Intent:"""),
(1, "general_qa", "en", "inline", "chat", "cw2-p014", """### Instructions
You are ShiftBot, helper for the Corner Café manager. Be practical and kind.

### Chat
Jess: morning all ☀️ milk delivery came, it's in the walk-in
Ravi: ty!! also who's closing tonight
Mo: me and Jess
Dana: hey so i woke up with a fever and my throat is on fire, i can't come in for my 11-3 today, so sorry 🤒

### Manager asks:
this is Dana's third sick day this month and lunch rush is brutal with 2 people. how do i handle today AND bring up the pattern with her without being a jerk?"""),
(0, "summarization", "en", "after", "chat", "cw2-p015", """[Group chat: Book Club 📚 (9 members)]
Ines: so... did anyone finish Piranesi
Marco: YES. i cried at the statues bit
Ines: same!! the house is so weird and beautiful
Tara: i'm at 60% sorry, no spoilers pls
Marco: ok ok. but next month? i vote something shorter
Ines: Klara and the Sun? it's been on my list forever
Devi: read it, loved it, happy to reread
Tara: fine by me if meeting isn't before the 20th
Marco: 24th at mine? i'll do pasta
Ines: 24th 👍 bring wine people
Devi: i can't do 24th, 25th?
Marco: 25th works too, let's do 25th
Tara: 25th ✅
Ines: ok so Klara and the Sun, 25th, Marco's, pasta. done.
Devi: 🍝🍷

what was decided? 1-2 lines"""),
(1, "creative_writing", "en", "after", "chat", "cw2-p015", """[Group chat: Book Club 📚 (9 members)]
Ines: so... did anyone finish Piranesi
Marco: YES. i cried at the statues bit
Ines: same!! the house is so weird and beautiful
Tara: i'm at 60% sorry, no spoilers pls
Marco: ok ok. but next month? i vote something shorter
Ines: Klara and the Sun? it's been on my list forever
Devi: read it, loved it, happy to reread
Tara: fine by me if meeting isn't before the 20th
Devi: can't do the 24th btw
Marco: 25th at mine? i'll do pasta
Ines: ok so Klara and the Sun, 25th, Marco's, pasta. done.

i'm Marco, make me a funny invitation message for the chat, written as if my pasta is the guest of honour"""),
(0, "classification", "en", "inline", "prose", None, """bot or human wrote this? "As an AI language model, I cannot have opinions" lol"""),
(1, "open_qa", "en", "none", "none", None, """how do AI detectors actually work and why do they flag normal essays"""),
(0, "summarization", "en", "after", "email", None, """From: Building Management <office@thelinden.example>
To: All residents
Subject: Lift refurbishment – important dates

Dear Residents,

We are pleased to confirm that the refurbishment of Lift B will begin on Monday 3 June and is expected to last six weeks. During this period Lift A will remain in service, but waiting times at peak hours (7:30–9:00 and 17:30–19:00) are likely to be longer than usual. Residents with mobility needs who have not yet registered with the concierge are asked to do so by 24 May so that we can arrange priority access and, where required, assistance with deliveries.

Contractors will work between 8:00 and 17:00 on weekdays only. Some drilling noise is expected in the first two weeks, mostly affecting flats on the stairwell side. The bin store route via the rear corridor will be closed on 5 and 6 June; please use the front entrance on those days.

A temporary parcel shelf will be placed in the lobby for large deliveries. We apologise for any inconvenience and thank you for your patience.

Kind regards,
The Linden Building Management

can u make this 3 bullets for our flat's whatsapp"""),
(0, "classification", "en", "after", "reviews", None, """mark each review as SHIPPING, QUALITY or SIZE issue:
a) "took 3 weeks, tracking never updated"
b) "seams came apart after one wash"
c) "order a size up, runs really small"
d) "box arrived wet and squashed"
e) "colour faded immediately"
f) "sleeves way too long for me" """),
(1, "creative_writing", "en", "none", "none", None, """write a cheeky size guide intro for our clothing shop, the stuff runs small and we want to be honest about it"""),
(0, "summarization", "en", "inline", "json", "cw2-p016", """{"model": "router-default", "temperature": 0.2,
 "messages": [
  {"role": "system", "content": "You are the assistant for Kova Fitness members. Be brief."},
  {"role": "user", "content": "my trainer sent me this plan, can you condense it into one line per day?\\n\\nMon: 10 min row warm up, squats 4x8 @70%, RDL 3x10, plank 3x45s\\nTue: easy run 30 min zone 2, mobility 15 min\\nWed: bench 4x8, rows 4x10, overhead press 3x8, face pulls 3x15\\nThu: rest or walk\\nFri: deadlift 5x5, lunges 3x12 each, farmer carries 4x40m\\nSat: long run 60 min easy\\nSun: rest"}
 ]}"""),
(1, "open_qa", "en", "inline", "json", "cw2-p016", """{"model": "router-default", "temperature": 0.7,
 "messages": [
  {"role": "system", "content": "You are the assistant for Kova Fitness members. Be brief."},
  {"role": "user", "content": "my trainer sent me this plan:\\n\\nMon: squats 4x8 @70%, RDL 3x10\\nTue: easy run 30 min zone 2\\nWed: bench 4x8, rows 4x10\\nFri: deadlift 5x5\\nSat: long run 60 min easy\\n\\nwhat even is zone 2 and why does everyone on youtube say it's magic? is it actually better than running faster?"}
 ]}"""),
(0, "summarization", "en", "none", "none", None, """sum up the plot of The Godfather part 1 in 5 lines"""),
(1, "creative_writing", "en", "none", "none", None, """write a godfather-style monologue but it's me asking my roommate to return my tupperware"""),
(1, "general_qa", "en", "none", "none", None, """how do i spot fake remote job offers on linkedin? my cousin almost fell for one"""),
(0, "summarization", "en", "after", "log", None, """kubectl describe pod api-7f9c6d-xk2lm (trimmed):
  State:          Waiting
    Reason:       CrashLoopBackOff
  Last State:     Terminated
    Reason:       OOMKilled
    Exit Code:    137
  Restart Count:  14
  Limits:
    memory:  256Mi
  Requests:
    memory:  128Mi
Events:
  Warning  BackOff   2m (x61 over 17m)  kubelet  Back-off restarting failed container
  Normal   Pulled    1m                 kubelet  Container image "registry/api:2.14.0" already present

what's going on here, one or two sentences for the incident doc, just describe it"""),
(1, "general_qa", "en", "none", "none", None, """how do you pick sensible memory limits for a node.js api in kubernetes? we just guessed 256Mi lol"""),
(0, "classification", "en", "before", "prose", None, """is this a question or a statement: "you're coming tomorrow" """),
(1, "creative_writing", "en", "none", "none", None, """write a 3 line dialogue where two people misunderstand "you're coming tomorrow" in a funny way"""),
(0, "summarization", "en", "after", "transcript", "cw2-p017", """[Fireflies.ai transcript — Sales call, Brightpath CRM x Harlow Interiors, 18 min]
Rep (Amir): Thanks for jumping on. So last time you mentioned your team is tracking leads in spreadsheets?
Client (Fiona): Yes, three spreadsheets actually, one per designer, and it's chaos. We lost a big hotel project last month because two people followed up with the same contact and contradicted each other on price.
Amir: Ouch. How many people would use the CRM?
Fiona: Six designers, me, and our bookkeeper part time.
Amir: OK, so eight seats. Our Growth plan is $39 per seat monthly, or $32 if annual.
Fiona: Hmm. That's more than we budgeted. We were thinking around $200 a month total.
Amir: Understood. We could do the Starter plan, $22 a seat, but it doesn't have the shared pipeline view, which is the thing that would have prevented the hotel mix-up.
Fiona: Right, that's the bit we need. Could the bookkeeper be a read-only seat?
Amir: Yes, read-only seats are free. So seven paid.
Fiona: That's closer. Also we'd need to import the spreadsheets, I'm not doing that by hand.
Amir: Import is included, and I can get our onboarding team to do the first one with you.
Fiona: OK. I'll need to run it by my business partner, she's back Monday.
Amir: Great, I'll send a proposal with annual Growth for seven seats plus one read-only, and a 14-day trial link.
Fiona: Perfect, thanks.

recap pls: pain points, pricing discussed, next steps"""),
(1, "creative_writing", "en", "after", "transcript", "cw2-p017", """[Fireflies.ai transcript — Sales call, Brightpath CRM x Harlow Interiors, excerpt]
Client (Fiona): ...we lost a big hotel project last month because two people followed up with the same contact and contradicted each other on price.
Fiona: That's closer. Also we'd need to import the spreadsheets, I'm not doing that by hand.
Amir: Import is included, and our onboarding team can do the first one with you.
Fiona: OK. I'll need to run it by my business partner, she's back Monday.
Rep (Amir): Great, I'll send a proposal with annual Growth for seven seats plus one read-only, and a 14-day trial link.

I'm Amir. write the follow-up email to Fiona that she can forward straight to her business partner. friendly, mention the hotel story without rubbing it in, 150 words max"""),
(0, "classification", "en", "inline", "prose", None, """SYSTEM: You are ReadLevel, a tool for teachers. Classify the passage reading level as KS1, KS2, KS3 or KS4. Answer with the level only.

PASSAGE: "The fox was red. It ran to the hill. It saw a big hen. The hen ran away."
"""),
(1, "creative_writing", "en", "none", "none", None, """write a super simple 6 sentence story for a 5 year old learning to read, about a frog and a hat"""),
(1, "general_qa", "en", "none", "none", None, """sunday evening anxiety before the work week is killing me. small things that actually help??"""),
(0, "classification", "en", "before", "list", None, """which is the odd one: Python, Java, HTML, Rust"""),
(1, "open_qa", "en", "none", "none", None, """is HTML a programming language or not, why do people get so heated about it"""),
(0, "summarization", "en", "inline", "chat", "cw2-p018", """<|im_start|>system
You are Juniper, the in-app assistant of the Pinecone Credit Union mobile app. Never give investment advice. Be concise.<|im_end|>
<|im_start|>user
Here is the fee schedule they emailed me, can you give me the short version:
- Monthly maintenance: $0 with direct deposit of $500+, otherwise $6
- Overdraft fee: $25 per item, max 3 per day
- Overdraft protection transfer from savings: $5 per transfer
- Out-of-network ATM: $2.50 + whatever the ATM owner charges; 4 free per month refunded
- Paper statements: $2/month (e-statements free)
- Wire transfer out: domestic $20, international $40
- Stop payment: $30<|im_end|>
<|im_start|>assistant"""),
(1, "general_qa", "en", "inline", "chat", "cw2-p018", """<|im_start|>system
You are Juniper, the in-app assistant of the Pinecone Credit Union mobile app. Never give investment advice. Be concise.<|im_end|>
<|im_start|>user
Fee schedule: overdraft $25 per item (max 3/day), overdraft protection transfer from savings $5, monthly fee $0 with $500 direct deposit.
I'm a student, I get paid irregularly from tutoring and I overdraft like twice a month. What setup would stop me bleeding money on fees?<|im_end|>
<|im_start|>assistant"""),
(1, "general_qa", "en", "none", "none", None, """cheap high protein vegetarian dinners that dont take forever? student budget"""),
(0, "summarization", "en", "none", "none", None, """tldr the plot of Moby Dick, i refuse to read 600 pages about whales"""),
(1, "open_qa", "en", "none", "none", None, """why is moby dick considered a great novel if half of it is whale biology chapters"""),
(0, "summarization", "en", "before", "reviews", None, """Can you summarize the common complaints and praises in these reviews of our meal kit? for the monthly product meeting, keep it to 4 bullets

- "Recipes are easy and tasty, my kids actually eat the veg now."
- "Way too much plastic packaging, every single spice in its own bag."
- "Delivery window is 8am-8pm which is useless when you work."
- "Portions are generous, we get leftovers for lunch."
- "Chicken arrived warm once, threw it away. Scary."
- "Love the 15 minute meals, perfect after the gym."
- "Again, so much plastic. I want to like you but come on."
- "Customer service refunded the warm chicken box quickly, fair play."
- "Wish there were more vegetarian options beyond pasta."
- "Price went up 10% with no warning email." """),
(1, "general_qa", "en", "after", "reviews", None, """- "Way too much plastic packaging, every single spice in its own bag."
- "Again, so much plastic. I want to like you but come on."

we're a small meal kit startup and plastic is our #1 complaint. what are realistic packaging alternatives that won't kill our margins?"""),
(0, "classification", "en", "inline", "prose", None, """label: "we regret to inform you that your application was not successful" → rejection / offer / interview invite"""),
(1, "creative_writing", "en", "none", "none", None, """write a funny rejection letter that I, a cat, am sending to the vacuum cleaner"""),
(0, "summarization", "en", "after", "chat", None, """user: whats a good beginner telescope
assistant: For beginners, a 6- or 8-inch Dobsonian is usually the best value: big aperture for the price, simple to use, no complicated mount. If portability matters, a small tabletop Dobsonian (114–130mm) is great. Avoid cheap "600x magnification" telescopes on wobbly tripods. Budget around $300–$500 for a solid starter; add a red flashlight and a star-chart app.
user: sum that up in like 2 lines so i can send it to my dad"""),
(1, "creative_writing", "en", "none", "none", None, """write a cheerful status page message for when our website is slow but not down. no corporate speak"""),
(0, "summarization", "en", "after", "prose", "cw2-p019", """pasted from our HOA newsletter:

The board met on 12 April and approved the following. First, the pool will open on 25 May, one week later than usual, because the resurfacing contractor is behind schedule. Second, annual dues will increase from $1,200 to $1,290, the first increase in four years, to cover higher insurance premiums. Third, the landscaping committee is looking for two new volunteers; no experience required. Fourth, after several complaints, overnight street parking of boats and trailers will be enforced from 1 June, with two written warnings before any fine. Finally, the summer block party is confirmed for 20 July, with a bouncy castle and food trucks, and residents are asked to RSVP by 1 July.

what changed, quick list"""),
(1, "general_qa", "en", "after", "prose", "cw2-p019", """pasted from our HOA newsletter:

The board met on 12 April and approved the following. First, the pool will open on 25 May, one week later than usual, because the resurfacing contractor is behind schedule. Second, annual dues will increase from $1,200 to $1,290, the first increase in four years, to cover higher insurance premiums. Third, the landscaping committee is looking for two new volunteers; no experience required. Fourth, after several complaints, overnight street parking of boats and trailers will be enforced from 1 June, with two written warnings before any fine. Finally, the summer block party is confirmed for 20 July, with a bouncy castle and food trucks, and residents are asked to RSVP by 1 July.

we keep our small fishing boat on the street. where do people usually store boats cheaply, and should i fight this at the next board meeting?"""),
(0, "classification", "en", "before", "chat", None, """formal or informal? "yo can u send that file real quick" """),
(1, "general_qa", "en", "none", "none", None, """how formal should emails to a professor be? i always sound either robotic or too casual"""),
(0, "summarization", "en", "none", "none", None, """what happens in the first Harry Potter movie, 3 bullets"""),
(1, "creative_writing", "en", "none", "none", None, """write a sorting hat song for my cat, she's lazy and bites ankles"""),
(1, "open_qa", "en", "none", "none", None, """how do those office badge readers actually work, is it rfid or nfc or what"""),
(0, "summarization", "en", "after", "code", "cw2-p020", """diff --git a/app/models/user.rb b/app/models/user.rb
@@ -21,7 +21,12 @@ class User < ApplicationRecord
-  validates :email, presence: true
+  validates :email, presence: true, uniqueness: { case_sensitive: false }
+  before_save :normalize_email
+
+  def normalize_email
+    self.email = email.strip.downcase
+  end
+
   has_many :orders, dependent: :destroy

PR description pls, 2 sentences, what does it change"""),
(1, "open_qa", "en", "after", "code", "cw2-p020", """diff --git a/app/models/user.rb b/app/models/user.rb
@@ -21,7 +21,12 @@ class User < ApplicationRecord
-  validates :email, presence: true
+  validates :email, presence: true, uniqueness: { case_sensitive: false }
+  before_save :normalize_email
+
+  def normalize_email
+    self.email = email.strip.downcase
+  end

reviewer says the uniqueness validation alone won't stop duplicates under load and we need a db index too. why? isn't the validation enough"""),
(0, "classification", "en", "none", "none", None, """is a bat a bird y/n"""),
(1, "open_qa", "en", "none", "none", None, """how do bats see in the dark, is echolocation like actual sonar"""),
(0, "summarization", "en", "after", "email", None, """Hi Sam,

Thanks for your patience with the renovation. Quick update: the electrician finished the rewiring on Thursday and passed inspection. The plasterer starts Monday and needs about four days, so painting will likely begin the following Monday. The bad news is that the kitchen worktop supplier has pushed delivery back two weeks, which means the kitchen won't be usable until the 28th rather than the 14th. We can set up a temporary sink and a microwave in the utility room if that helps. Cost-wise we are still within the agreed budget, with about £1,100 of contingency left. The skip will be collected on Friday, so the driveway will be clear for the weekend.

Best,
Rob (site manager)

quick summary pls for my wife, she'll only read 2 lines"""),
(0, "classification", "en", "after", "chat", None, """Twitch chat lines, mark which ones break the "no backseating" rule:
- "go left go left GO LEFT"
- "this music is a bop"
- "you should've used the fire sword there"
- "first time watching, hi!"
- "bro just dodge, press B"
- "lol that jump scare"
"""),
(1, "creative_writing", "en", "none", "none", None, """write a funny !rules command text for my twitch, the main rule is no backseating"""),
(0, "summarization", "en", "inline", "transcript", None, """SYSTEM: You are CaseNotes, assistant for a community legal clinic. Produce neutral, factual summaries. Don't give advice in summaries.

INTAKE CALL TRANSCRIPT (client consented to recording):
Volunteer: Can you tell me what's going on?
Client: So I've been renting this flat for two years. In January the landlord said he's selling and I have to be out by the end of March. He just said it on the phone, nothing written.
Volunteer: Has anything come in writing since?
Client: A text last week saying "reminder you need to be out by 31st". That's it.
Volunteer: Is your deposit protected, do you know?
Client: I got an email from a deposit scheme when I moved in, I think so.
Volunteer: And are you behind on rent at all?
Client: No, never missed a payment.
Volunteer: Okay. Have you found anywhere else?
Client: No, it's really hard, everything's much more expensive. I've got a kid in the local school so I don't want to move far.

TASK: summarize the client's situation in 4-5 bullet points for the solicitor"""),
(1, "open_qa", "en", "none", "none", None, """in england can a landlord evict you just by texting you a date? what's the actual legal process"""),
(0, "classification", "en", "inline", "chat", None, """emoji sentiment: 🙄🙄🙄 positive negative or neutral"""),
(1, "open_qa", "en", "none", "none", None, """why do different generations read emojis so differently, like 🙂 is passive aggressive to my coworkers"""),
(0, "summarization", "en", "after", "table", "cw2-p021", """weekly sales, pls summarize trends in 3 bullets for the owner:

| week | coffee | pastries | sandwiches | total |
|---|---|---|---|---|
| W1 | 1,820 | 640 | 910 | 3,370 |
| W2 | 1,790 | 700 | 880 | 3,370 |
| W3 | 1,950 | 760 | 720 | 3,430 |
| W4 | 2,100 | 810 | 610 | 3,520 |
(£, sandwiches changed supplier in W3)"""),
(1, "general_qa", "en", "after", "table", "cw2-p021", """weekly sales:

| week | coffee | pastries | sandwiches | total |
|---|---|---|---|---|
| W1 | 1,820 | 640 | 910 | 3,370 |
| W2 | 1,790 | 700 | 880 | 3,370 |
| W3 | 1,950 | 760 | 720 | 3,430 |
| W4 | 2,100 | 810 | 610 | 3,520 |
(£, sandwiches changed supplier in W3)

i'm the owner. should i switch sandwich supplier back or is something else going on? what would you check first"""),
(0, "classification", "en", "before", "chat", None, """spam or ham: "Team lunch moved to 1pm, same place" """),
(1, "creative_writing", "en", "none", "none", None, """write a dramatic movie-trailer style announcement for our team lunch being moved to 1pm 🎬"""),
(0, "summarization", "en", "none", "none", None, """brief recap of the movie First Man, the neil armstrong one, 3 sentences"""),
(1, "open_qa", "en", "none", "none", None, """how do we actually know the moon landing happened, my uncle is on a conspiracy kick again"""),
(0, "classification", "en", "after", "form", None, """Contact form submission:
Name: —
Topic: (not selected)
Message: "Hi, do you ship to Canada and how much is it for two bottles of the lavender oil?"

set the Topic field: Shipping / Product / Wholesale / Complaint"""),
(1, "creative_writing", "en", "none", "none", None, """product description for lavender essential oil, 60 words, calm vibe but not woo-woo"""),
(0, "summarization", "en", "after", "chat", None, """yo summarise this for me i'm not reading allat

[Reddit thread r/personalfinance, top comments]
u/frugal_fern: Emergency fund first, 3-6 months of expenses, in a high yield savings account. Don't invest money you might need in the next year.
u/indexguy88: After the EF, max the employer match, it's literally free money.
u/debtfree2022: Pay off anything above ~7% interest before investing more. Credit cards first.
u/frugal_fern: ^ this. And automate it so you don't have to think.
u/skeptic_sam: Everyone says index funds but fees matter, check expense ratios, under 0.2% ideally.
u/indexguy88: And don't check it daily lol"""),
(0, "classification", "en", "before", "list", None, """which are cities and which are countries: Monaco, Lagos, Peru, Chad, Quito"""),
(1, "open_qa", "en", "none", "none", None, """how is monaco a country if it's smaller than my town"""),
(0, "summarization", "en", "after", "notes", "cw2-p022", """meeting notes (wedding planning w/ venue coordinator), typed on my phone:
- ceremony 2pm garden, backup = orangery if rain, decide by 9am day of
- 85 guests confirmed, room max 100
- menu tasting 3rd march, we pick 2 mains + veg option
- DJ must stop 11:30 (noise licence)
- no confetti except biodegradable petals
- final payment 6 weeks before
- coordinator asked us for a seating plan by 1 may
- they provide cake knife, we bring cake stand"""),
(1, "creative_writing", "en", "after", "notes", "cw2-p022", """meeting notes (wedding planning w/ venue coordinator), typed on my phone:
- ceremony 2pm garden, backup = orangery if rain
- 85 guests confirmed
- DJ must stop 11:30 (noise licence)
- no confetti except biodegradable petals

can u write a cute little note for our wedding website that tells guests about the petals-only rule and the 11:30 end without sounding bossy"""),
(0, "classification", "en", "before", "reviews", None, """pos/neg: "not bad at all!" """),
(1, "general_qa", "en", "none", "none", None, """planning a wedding for 85 on a 15k budget, where do ppl usually overspend without noticing"""),
(0, "summarization", "en", "after", "transcript", None, """[Podcast transcript — "Garden Hour" call-in segment]
Host: Next caller, Bill from Dorset.
Caller: Hi, yes, my tomatoes have got these black patches on the bottom of the fruit, sort of leathery.
Host: That's blossom end rot, Bill. It's not a disease as such, it's a calcium problem, but nearly always caused by irregular watering rather than lack of calcium in the soil.
Caller: I do tend to water when I remember...
Host: (laughs) That's the usual culprit. Water deeply and regularly, ideally every day in hot weather for pots, and mulch to keep the moisture even. Pick off the affected fruit, the new ones should be fine.
Caller: And should I add anything to the soil?
Host: Not usually. Fix the watering first, that solves it nine times out of ten.

summary of the advice in 2 lines"""),
(1, "open_qa", "en", "none", "none", None, """why does irregular watering cause calcium problems in tomatoes if the calcium is already in the soil"""),
(1, "creative_writing", "en", "none", "none", None, """write a short all-staff email announcing per diem going up to £45, make people smile a little"""),
(0, "summarization", "en", "none", "none", None, """Frankenstein by mary shelley, summary in 4 sentences"""),
(1, "open_qa", "en", "none", "none", None, """is the creature in frankenstein the real monster or is victor? which side do critics usually take"""),
(0, "classification", "en", "after", "list", "cw2-p023", """classify these startup ideas as B2B or B2C:
1. an app that reminds you to water your plants
2. software that automates invoice matching for accountants
3. a subscription box of hot sauces
4. an API for fraud detection in online payments
5. a dating app for dog owners"""),
(1, "general_qa", "en", "after", "list", "cw2-p023", """my startup ideas:
1. an app that reminds you to water your plants
2. software that automates invoice matching for accountants
3. a subscription box of hot sauces
4. an API for fraud detection in online payments
5. a dating app for dog owners

i'm a solo dev with 6 months runway. which one would you actually pick and why? be brutal"""),
(0, "classification", "en", "before", "list", None, """which ones are palindromes: level, rotor, banana, civic, kayak, python"""),
(1, "creative_writing", "en", "none", "none", None, """write a sentence that's a palindrome, or as close as u can, about a cat"""),
(0, "summarization", "en", "after", "chat", None, """ok so this is my whole convo with customer service, what did they actually agree to??

Agent: Hi, I'm Leo from Voltline Energy, how can I help?
Me: my bill this month is £412, normally like £110
Agent: I'm sorry about that. I can see the bill used an estimated reading rather than an actual one.
Me: i sent a meter reading!!
Agent: I can see it was submitted on the 3rd but the bill was generated on the 2nd. I'll apply your reading now and reissue the bill.
Me: so what will it be
Agent: Based on your reading, roughly £118. The new bill will be in your account within 48 hours and the direct debit will adjust automatically.
Me: and the £412 won't be taken?
Agent: Correct, I've put a hold on that payment. I'll also add a £20 goodwill credit for the hassle.
Me: ok thanks"""),
(0, "classification", "en", "before", "verse", None, """is this a haiku (5-7-5)? "the old pond, a frog jumps in, sound of water" """),
(1, "creative_writing", "en", "none", "none", None, """haiku about my houseplant that refuses to die no matter how much i neglect it"""),
(0, "summarization", "en", "after", "prose", "cw2-p024", """Product update from the Sprout app blog:

We've heard you. Starting with version 5.2, Sprout will no longer require an account to use the basic plant reminders. Your plants and schedules will be stored on your phone, and you can create an account later if you want to sync across devices. We're also introducing "Vacation Mode", which pauses reminders and sends a single checklist to a friend you choose. Finally, the premium plan drops from $4.99 to $2.99 per month, and existing subscribers will be switched to the lower price automatically from their next billing date.

in one sentence whats new"""),
(1, "creative_writing", "en", "after", "prose", "cw2-p024", """Product update from the Sprout app blog:

We've heard you. Starting with version 5.2, Sprout will no longer require an account to use the basic plant reminders. We're also introducing "Vacation Mode", which pauses reminders and sends a single checklist to a friend you choose. Finally, the premium plan drops from $4.99 to $2.99 per month.

i run sprout's tiktok. give me a script for a 20 second video about vacation mode, narrated by a very dramatic fern"""),
(0, "classification", "en", "inline", "list", None, """is "irregardless" a real word, yes or no only"""),
(1, "open_qa", "en", "none", "none", None, """who decides when a word gets added to the dictionary, like is there a committee"""),
(0, "summarization", "en", "none", "none", None, """recap of the Lord of the Rings trilogy in 6 bullets, movie version"""),
(1, "general_qa", "en", "none", "none", None, """watching the lotr extended editions this weekend with friends, how do we split it so nobody dies of boredom lol, snacks ideas too"""),
]
