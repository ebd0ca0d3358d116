# writer chatwrap, part 09. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/MPL-2.0, licence: MPL-2.0 (licence text)
(0, "summarization", "en", "inline", "prose", "cw2-p025", """[Slack • #eng-legal • thread]
@lawbot (app) — instructions: you help engineers read licence text. Summaries must be plain English. Always end with "Check with legal for anything you ship."

mira.k: we're pulling in a lib under MPL 2.0 and nobody on the team has read the responsibilities part. pasting it:

3. Responsibilities
-------------------

3.1. Distribution of Source Form

All distribution of Covered Software in Source Code Form, including any
Modifications that You create or to which You contribute, must be under
the terms of this License. You must inform recipients that the Source
Code Form of the Covered Software is governed by the terms of this
License, and how they can obtain a copy of this License. You may not
attempt to alter or restrict the recipients' rights in the Source Code
Form.

3.2. Distribution of Executable Form

If You distribute Covered Software in Executable Form then:

(a) such Covered Software must also be made available in Source Code
    Form, as described in Section 3.1, and You must inform recipients of
    the Executable Form how they can obtain a copy of such Source Code
    Form by reasonable means in a timely manner, at a charge no more
    than the cost of distribution to the recipient; and

(b) You may distribute such Executable Form under the terms of this
    License, or sublicense it under different terms, provided that the
    license for the Executable Form does not attempt to limit or alter
    the recipients' rights in the Source Code Form under this License.

3.3. Distribution of a Larger Work

You may create and distribute a Larger Work under terms of Your choice,
provided that You also comply with the requirements of this License for
the Covered Software. If the Larger Work is a combination of Covered
Software with a work governed by one or more Secondary Licenses, and the
Covered Software is not Incompatible With Secondary Licenses, this
License permits You to additionally distribute such Covered Software
under the terms of either this License or such Secondary
License(s).

3.4. Notices

You may not remove or alter the substance of any license notices
(including copyright notices, patent notices, disclaimers of warranty,
or limitations of liability) contained within the Source Code Form of
the Covered Software, except that You may alter any license notices to
the extent required to remedy known factual inaccuracies.

3.5. Application of Additional Terms

You may choose to offer, and to charge a fee for, warranty, support,
indemnity or liability obligations to one or more recipients of Covered
Software. However, You may do so only on Your own behalf, and not on
behalf of any Contributor. You must make it absolutely clear that any
such warranty, support, indemnity, or liability obligation is offered by
You alone, and You hereby agree to indemnify every Contributor for any
liability incurred by such Contributor as a result of warranty, support,
indemnity or liability terms You offer. You may include additional
disclaimers of warranty and limitations of liability specific to any
jurisdiction.

mira.k: @lawbot one bullet per subsection pls, 5 bullets total"""),
# source: /usr/share/common-licenses/MPL-2.0, licence: MPL-2.0 (licence text)
(1, "open_qa", "en", "inline", "prose", "cw2-p025", """[Slack • #eng-legal • thread]
@lawbot (app) — instructions: you help engineers read licence text. Be plain. Always end with "Check with legal for anything you ship."

mira.k: we're pulling in a lib under MPL 2.0. pasting the responsibilities part:

3. Responsibilities
-------------------

3.1. Distribution of Source Form

All distribution of Covered Software in Source Code Form, including any
Modifications that You create or to which You contribute, must be under
the terms of this License. You must inform recipients that the Source
Code Form of the Covered Software is governed by the terms of this
License, and how they can obtain a copy of this License. You may not
attempt to alter or restrict the recipients' rights in the Source Code
Form.

3.2. Distribution of Executable Form

If You distribute Covered Software in Executable Form then:

(a) such Covered Software must also be made available in Source Code
    Form, as described in Section 3.1, and You must inform recipients of
    the Executable Form how they can obtain a copy of such Source Code
    Form by reasonable means in a timely manner, at a charge no more
    than the cost of distribution to the recipient; and

(b) You may distribute such Executable Form under the terms of this
    License, or sublicense it under different terms, provided that the
    license for the Executable Form does not attempt to limit or alter
    the recipients' rights in the Source Code Form under this License.

3.3. Distribution of a Larger Work

You may create and distribute a Larger Work under terms of Your choice,
provided that You also comply with the requirements of this License for
the Covered Software. If the Larger Work is a combination of Covered
Software with a work governed by one or more Secondary Licenses, and the
Covered Software is not Incompatible With Secondary Licenses, this
License permits You to additionally distribute such Covered Software
under the terms of either this License or such Secondary
License(s).

3.4. Notices

You may not remove or alter the substance of any license notices
(including copyright notices, patent notices, disclaimers of warranty,
or limitations of liability) contained within the Source Code Form of
the Covered Software, except that You may alter any license notices to
the extent required to remedy known factual inaccuracies.

3.5. Application of Additional Terms

You may choose to offer, and to charge a fee for, warranty, support,
indemnity or liability obligations to one or more recipients of Covered
Software. However, You may do so only on Your own behalf, and not on
behalf of any Contributor. You must make it absolutely clear that any
such warranty, support, indemnity, or liability obligation is offered by
You alone, and You hereby agree to indemnify every Contributor for any
liability incurred by such Contributor as a result of warranty, support,
indemnity or liability terms You offer. You may include additional
disclaimers of warranty and limitations of liability specific to any
jurisdiction.

mira.k: @lawbot how is this different from GPL in practice? like if we patch one MPL file inside our proprietary mobile app, do we have to publish just that file or our whole app? and why do people call MPL "file-level copyleft"?"""),
(0, "summarization", "en", "after", "chat", "cw2-p026", """[Slack export • #inc-4471-payments-latency • Tue]
09:41 pagerbot: 🔴 ALERT p95 latency payments-api > 2s for 5m (current 3.8s)
09:42 ola (oncall): ack, looking
09:44 ola: error rate normal, just slow. db cpu at 92% on payments-primary
09:46 dev_kwame: we shipped 2.31 at 09:20, it added the "recent transactions" widget query
09:47 ola: that query does a seq scan on transactions, 140M rows 😬
09:48 lead_hana: roll back or flag off?
09:48 dev_kwame: it's behind a flag, turning off recent_tx_widget now
09:51 ola: p95 back down to 410ms, cpu 38%
09:52 pagerbot: ✅ RESOLVED p95 latency payments-api
09:55 lead_hana: nice. customer impact?
09:57 support_jo: ~30 tickets about slow checkout, 4 merchants said payments timed out
09:58 ola: 212 payments failed with gateway timeout between 09:36 and 09:50, all retryable
10:03 dev_kwame: missing index on (merchant_id, created_at). i'll add it concurrently tonight and re-enable the flag tomorrow at 10% 
10:05 lead_hana: ok. also we need a load test gate for new queries on hot tables, this is the 2nd time
10:06 support_jo: can someone give me wording for merchants by noon
10:07 lead_hana: i'll do it
10:30 ola: postmortem doc created, owner me, review thursday 2pm
10:31 dev_kwame: index migration PR up #8812

write the incident summary: what happened, impact, fix, follow ups. bullets"""),
(1, "creative_writing", "en", "after", "chat", "cw2-p026", """[Slack export • #inc-4471-payments-latency • Tue]
09:41 pagerbot: 🔴 ALERT p95 latency payments-api > 2s for 5m (current 3.8s)
09:44 ola: error rate normal, just slow. db cpu at 92% on payments-primary
09:46 dev_kwame: we shipped 2.31 at 09:20, it added the "recent transactions" widget query
09:48 dev_kwame: it's behind a flag, turning off recent_tx_widget now
09:51 ola: p95 back down to 410ms, cpu 38%
09:57 support_jo: ~30 tickets about slow checkout, 4 merchants said payments timed out
09:58 ola: 212 payments failed with gateway timeout between 09:36 and 09:50, all retryable
10:06 support_jo: can someone give me wording for merchants by noon
10:07 lead_hana: i'll do it

i'm hana. draft the email to affected merchants: own the mistake, explain in non-technical words, say failed payments can be retried safely, no fluffy "we value you" stuff. under 180 words"""),
(0, "classification", "en", "inline", "chat", "cw2-p027", """[Helpscout • Churn reason tagger]
Tag the cancellation conversation with ONE primary reason: PRICE, MISSING_FEATURE, BUGS, SWITCHED_COMPETITOR, BUSINESS_CLOSED, OTHER.

Customer: Hi, I'd like to cancel our subscription please.
Agent: Sorry to hear that! Can I ask what's prompting it?
Customer: Honestly the tool has been great for the team. But we've been asked to consolidate everything into Microsoft 365, and Planner covers most of what we used you for. Leadership wants one vendor.
Agent: Understood. Is there anything we could do, like a discount?
Customer: It's not really a money thing, it's just the consolidation decision. If that changes I'd happily come back.
Agent: That's fair. I'll process the cancellation at the end of your billing period on the 30th.
Customer: Thanks, appreciate it.

Primary reason:"""),
(1, "general_qa", "en", "inline", "chat", "cw2-p027", """[Helpscout • Agent copilot]
Customer: Hi, I'd like to cancel our subscription please.
Agent: Sorry to hear that! Can I ask what's prompting it?
Customer: Honestly the tool has been great for the team. But we've been asked to consolidate everything into Microsoft 365, and Planner covers most of what we used you for. Leadership wants one vendor.
Agent: Understood. Is there anything we could do, like a discount?
Customer: It's not really a money thing, it's just the consolidation decision. If that changes I'd happily come back.

Agent to copilot: we're losing ~5 accounts a month to "vendor consolidation" like this, mostly 20-100 seat teams. what could our product/sales team actually do to get ahead of it? give me concrete ideas"""),
(0, "summarization", "en", "after", "transcript", "cw2-p028", """[Zoom transcript — Allotment Association AGM — auto captions, lightly cleaned]
Chair (Pauline): Right, let's start, we've got a lot to get through. First, the treasurer's report. Derek?
Derek: Thanks. So we ended the year with £3,412 in the account, up from £2,950. Income was mostly plot rents, £4,800, plus £620 from the plant sale. Biggest costs were water, £1,900, and the insurance, £780. The water bill went up by almost a third.
Pauline: Which brings us to item two, the water. Options are a rent increase, or water butts on every plot, or both.
Member (Ash): Water butts are like £40 each, there are 48 plots.
Derek: We could get a grant for some of that, the council has a green spaces fund, up to £1,000.
Pauline: Let's vote on applying for the grant. Hands up... that's clearly everyone. Derek, can you do the application?
Derek: Yes, deadline is end of March.
Pauline: And a rent increase?
Member (Sunita): I'd rather not this year, a lot of the older members are on pensions.
Pauline: OK, let's hold rents for one year and review next AGM. All agreed? Yes. Item three, the shed. It's got a hole in the roof and the lawnmower's rusting.
Ash: I can patch it with a couple of volunteers on a Saturday, materials maybe £150.
Pauline: Approved. Ash to organise. Item four, vacant plots. We have four empty and a waiting list of eleven.
Sunita: Why are they empty then?
Pauline: Because two of the people on the list haven't answered emails. I'll phone them this week.
Member (Tom): Can we split the big empty plot into two halves? Beginners are often overwhelmed by a full plot.
Pauline: Good idea. Let's trial half plots on plot 17. Any objections? None. Finally, the summer open day is 13 July. We need someone to run the tea stall.
Sunita: I'll do it if someone lends me an urn.
Derek: I've got one.
Pauline: Lovely. Any other business? No? Then we're done, thanks everyone, that was quick for once.

can you turn this into AGM minutes: decisions + who is doing what, short"""),
(1, "general_qa", "en", "after", "transcript", "cw2-p028", """[Zoom transcript — Allotment Association AGM — excerpt]
Derek: ...Biggest costs were water, £1,900, and the insurance, £780. The water bill went up by almost a third.
Pauline: Which brings us to item two, the water. Options are a rent increase, or water butts on every plot, or both.
Member (Ash): Water butts are like £40 each, there are 48 plots.
Derek: We could get a grant for some of that, the council has a green spaces fund, up to £1,000.
Pauline: Let's vote on applying for the grant. Derek, can you do the application?
Derek: Yes, deadline is end of March.

i'm Derek lol. i've never written a grant application in my life. how should i structure it and what do councils usually want to see for a green spaces fund? we want ~£1,000 for water butts"""),
(0, "classification", "en", "after", "reviews", None, """hey can u go through these and tag each one with the main topic (BATTERY, SCREEN, SOUND, PRICE, SOFTWARE) + sentiment (+/-)? for our earbuds + tablet reviews spreadsheet, just "n: TOPIC +/-" per line

1. "Battery lasts a whole workday, even with ANC on. Impressed."
2. "The screen is too dim outdoors, can't read anything at the beach."
3. "For £89 this is a steal honestly."
4. "Bass is muddy, vocals get lost in busy tracks."
5. "The update broke bluetooth pairing, had to factory reset twice."
6. "Colours on the display are gorgeous, Netflix looks amazing."
7. "Charging case died after 4 months."
8. "Overpriced for what it is, the older model was better value."
9. "The app finally lets me customise EQ, love it."
10. "Mics are crystal clear on calls, nobody complains anymore." """),
(1, "creative_writing", "en", "after", "reviews", None, """our earbuds got reviews like "Battery lasts a whole workday, even with ANC on" and "Mics are crystal clear on calls, nobody complains anymore" and "For £89 this is a steal honestly".

write 3 short instagram ad captions built around these quotes, different vibes: commuter, gym, working from home. emoji ok but not too many"""),
(0, "summarization", "en", "inline", "chat", None, """<system>
You are "Nest", the family organiser assistant in the Hearth app. You can see the family chat when a user shares it. Be warm, short, and never invent plans.
</system>
<shared_chat source="Family 🏠">
Dad: reminder the car MOT is due on the 15th
Mum: i booked it for the 12th at Kwik, 9am, someone needs to drop it
Zara (16): not me i have school
Dad: I'll drop it, can someone pick me up from there? it's 20 min walk to work otherwise
Mum: i can at 8:40 if we leave early
Leo (12): can we get pizza friday
Mum: only if rooms are tidy 🙃
Dad: also grandpa's flight lands sat 3pm, terminal 2
Mum: i'll get him, Zara come with me?
Zara: fine but we're stopping for bubble tea
Dad: deal
</shared_chat>
<user>Nest, what's everyone doing this week? quick list by person</user>"""),
(1, "creative_writing", "en", "inline", "chat", None, """<system>
You are "Nest", the family organiser assistant in the Hearth app. Be warm and short.
</system>
<shared_chat source="Family 🏠">
Dad: also grandpa's flight lands sat 3pm, terminal 2
Mum: i'll get him, Zara come with me?
Zara: fine but we're stopping for bubble tea
</shared_chat>
<user>Nest it's grandpa's first visit in 3 years, he's 84 and loves terrible puns. write a welcome sign we can hold at arrivals, and a 4 line poem for the card</user>"""),
(0, "classification", "en", "inline", "json", None, """[agent trace]
{"step": 3, "thought": "The user pasted several messages and wants them sorted. No tool call needed.", "action": "respond"}
{"user_request": "for each message say if it's a COMPLAINT, PRAISE, QUESTION or SUGGESTION",
 "messages": [
   "m1: why is the gym closed on bank holidays, where does it say that?",
   "m2: the new spin instructor on thursdays is amazing!!",
   "m3: the showers in the men's changing room have been cold for a week",
   "m4: would be great if you added a 6am yoga class",
   "m5: staff at reception were so helpful when i lost my key"
 ]}
{"step": 4, "output": """),
(1, "general_qa", "en", "none", "none", None, """i run a small independent gym (about 300 members). we get the same complaints about cold showers and class times every month. how do i set up a feedback system that actually closes the loop with members, without hiring anyone? we use a whatsapp group and a google form rn"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/wave.py (module docstring), licence: PSF-2.0
(0, "summarization", "en", "before", "code", "cw2-p029", """can you summarize this for my audio class notes, like 6 bullets: what the module is for, how reading works, how writing works, anything you have to do in a certain order. it's the docstring of python's wave module:

Stuff to parse WAVE files.

Usage.

Reading WAVE files:
      f = wave.open(file, 'r')
where file is either the name of a file or an open file pointer.
The open file pointer must have methods read(), seek(), and close().
When the setpos() and rewind() methods are not used, the seek()
method is not  necessary.

This returns an instance of a class with the following public methods:
      getnchannels()  -- returns number of audio channels (1 for
                         mono, 2 for stereo)
      getsampwidth()  -- returns sample width in bytes
      getframerate()  -- returns sampling frequency
      getnframes()    -- returns number of audio frames
      getcomptype()   -- returns compression type ('NONE' for linear samples)
      getcompname()   -- returns human-readable version of
                         compression type ('not compressed' linear samples)
      getparams()     -- returns a namedtuple consisting of all of the
                         above in the above order
      getmarkers()    -- returns None (for compatibility with the
                         aifc module)
      getmark(id)     -- raises an error since the mark does not
                         exist (for compatibility with the aifc module)
      readframes(n)   -- returns at most n frames of audio
      rewind()        -- rewind to the beginning of the audio stream
      setpos(pos)     -- seek to the specified position
      tell()          -- return the current position
      close()         -- close the instance (make it unusable)
The position returned by tell() and the position given to setpos()
are compatible and have nothing to do with the actual position in the
file.
The close() method is called automatically when the class instance
is destroyed.

Writing WAVE files:
      f = wave.open(file, 'w')
where file is either the name of a file or an open file pointer.
The open file pointer must have methods write(), tell(), seek(), and
close().

This returns an instance of a class with the following public methods:
      setnchannels(n) -- set the number of channels
      setsampwidth(n) -- set the sample width
      setframerate(n) -- set the frame rate
      setnframes(n)   -- set the number of frames
      setcomptype(type, name)
                      -- set the compression type and the
                         human-readable compression type
      setparams(tuple)
                      -- set all parameters at once
      tell()          -- return current position in output file
      writeframesraw(data)
                      -- write audio frames without patching up the
                         file header
      writeframes(data)
                      -- write audio frames and patch up the file header
      close()         -- patch up the file header and close the
                         output file
You should set the parameters before the first writeframesraw or
writeframes.  The total number of frames does not need to be set,
but when it is set to the correct value, the header does not have to
be patched up.
It is best to first set all parameters, perhaps possibly the
compression type, and then write audio frames using writeframesraw.
When all frames have been written, either call writeframes(b'') or
close() to patch up the sizes in the header.
The close() method is called automatically when the class instance
is destroyed."""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/wave.py (module docstring), licence: PSF-2.0
(1, "open_qa", "en", "before", "code", "cw2-p029", """question about python's wave module docs (pasted below). why does it keep talking about "patching up the header"? what's actually in a WAV header that needs patching, and why would writeframesraw leave it wrong? also what's a "frame" vs a "sample" here, is a stereo frame 2 samples?

Stuff to parse WAVE files.

Usage.

Reading WAVE files:
      f = wave.open(file, 'r')
where file is either the name of a file or an open file pointer.
The open file pointer must have methods read(), seek(), and close().
When the setpos() and rewind() methods are not used, the seek()
method is not  necessary.

This returns an instance of a class with the following public methods:
      getnchannels()  -- returns number of audio channels (1 for
                         mono, 2 for stereo)
      getsampwidth()  -- returns sample width in bytes
      getframerate()  -- returns sampling frequency
      getnframes()    -- returns number of audio frames
      getcomptype()   -- returns compression type ('NONE' for linear samples)
      getcompname()   -- returns human-readable version of
                         compression type ('not compressed' linear samples)
      getparams()     -- returns a namedtuple consisting of all of the
                         above in the above order
      getmarkers()    -- returns None (for compatibility with the
                         aifc module)
      getmark(id)     -- raises an error since the mark does not
                         exist (for compatibility with the aifc module)
      readframes(n)   -- returns at most n frames of audio
      rewind()        -- rewind to the beginning of the audio stream
      setpos(pos)     -- seek to the specified position
      tell()          -- return the current position
      close()         -- close the instance (make it unusable)
The position returned by tell() and the position given to setpos()
are compatible and have nothing to do with the actual position in the
file.
The close() method is called automatically when the class instance
is destroyed.

Writing WAVE files:
      f = wave.open(file, 'w')
where file is either the name of a file or an open file pointer.
The open file pointer must have methods write(), tell(), seek(), and
close().

This returns an instance of a class with the following public methods:
      setnchannels(n) -- set the number of channels
      setsampwidth(n) -- set the sample width
      setframerate(n) -- set the frame rate
      setnframes(n)   -- set the number of frames
      setcomptype(type, name)
                      -- set the compression type and the
                         human-readable compression type
      setparams(tuple)
                      -- set all parameters at once
      tell()          -- return current position in output file
      writeframesraw(data)
                      -- write audio frames without patching up the
                         file header
      writeframes(data)
                      -- write audio frames and patch up the file header
      close()         -- patch up the file header and close the
                         output file
You should set the parameters before the first writeframesraw or
writeframes.  The total number of frames does not need to be set,
but when it is set to the correct value, the header does not have to
be patched up.
It is best to first set all parameters, perhaps possibly the
compression type, and then write audio frames using writeframesraw.
When all frames have been written, either call writeframes(b'') or
close() to patch up the sizes in the header.
The close() method is called automatically when the class instance
is destroyed."""),
(0, "summarization", "en", "after", "email", "cw2-p030", """----- thread (newest last) -----
From: Coach Elena
To: U11 Parents
Subject: Tournament this Saturday

Hi all, the Riverside tournament is this Saturday. Kick-off for our first game is 9:40, please arrive by 9:00 for warm up. Kids need shin pads, both kits (home and away), and a packed lunch. Games run until about 2pm. Parking is £3 cash only.

From: Marcus (parent)
Re: Tournament this Saturday
Can I check if siblings can come? And is there somewhere to buy food?

From: Coach Elena
Re: Re: Tournament this Saturday
Siblings are welcome! There's a burger van and a cake stall run by the host club, card accepted there. Also, small change: our first game has been moved to 9:20, so arrive 8:45 please.

From: Priya (parent)
Re: Re: Re: Tournament this Saturday
Dev has a cough, I'll decide Friday night. If he can't come who do I tell?

From: Coach Elena
Re: Re: Re: Re: Tournament this Saturday
Just text me on 07xxx by 8am Saturday. And reminder: we still need two parents to help with the team gazebo at 8:30. Reply here if you can. Thanks!

my husband is taking our son and only reads the first line of anything. summarize the final arrangements in 4 bullets"""),
(1, "general_qa", "en", "after", "email", "cw2-p030", """----- thread excerpt -----
From: Coach Elena
Kids need shin pads, both kits (home and away), and a packed lunch. Games run until about 2pm...
From: Coach Elena
...small change: our first game has been moved to 9:20, so arrive 8:45 please.

my 10yo gets super nervous before tournaments, like stomach aches, and last time he cried after they lost 4-0. what can i say or do on the day to help him enjoy it more?"""),
(0, "classification", "en", "inline", "chat", None, """You are PolicyGuard, a moderation model for the Cooksy recipe community. For EACH comment output: ALLOW, REMOVE_SPAM, REMOVE_HARASSMENT, or REVIEW (unclear). One per line, no explanations.

Comments on recipe "Grandma's banana bread":
c1: "made this today, added walnuts, family devoured it 😍"
c2: "lol who even bakes like this, you're clueless and your kitchen is disgusting"
c3: "Earn $500 a day from home!!! link in bio"
c4: "mine sank in the middle? oven was 180C fan"
c5: "this is basically the same as the recipe on bakingworld.example, just saying"
c6: "can i sub the eggs with flax?"
"""),
(1, "open_qa", "en", "after", "chat", None, """c4 on my banana bread recipe: "mine sank in the middle? oven was 180C fan"

i'm the recipe author. what actually makes banana bread sink in the middle? i want to reply with a proper explanation, not just "oven temp" """),
(0, "summarization", "en", "after", "notes", None, """my notes from the first-time buyer seminar at the bank, pls turn into a short summary i can send my partner (5 bullets max):

- deposit: min 5% but 10% gets much better rates, 15% even better
- mortgage in principle first, before viewing, takes ~1 day, soft check doesn't hurt credit score
- budget for extra costs!! solicitor ~£1.5k, survey £400-£900, valuation sometimes free, moving costs
- stamp duty: first time buyers pay 0 up to £425k (check current rules)
- fixed vs tracker: fixed = predictable, tracker = follows base rate, can be cheaper or way worse
- 2 yr fix vs 5 yr fix: 5 yr usually slightly higher but peace of mind
- don't open new credit cards or finance a car in the months before applying
- lenders look at 3-6 months bank statements, gambling and lots of takeaways can be flagged (!!)
- broker vs direct: broker can access more deals, some charge a fee
- overpayments usually allowed up to 10% a year without penalty"""),
(1, "general_qa", "en", "none", "none", None, """first time buyers here, we have 8% deposit saved and are torn between buying now with 8% or waiting a year to hit 15%. rent is £1,350/month. how do we even think about this decision? what numbers should we compare"""),
(0, "classification", "en", "after", "list", None, """sorting my spotify liked songs into playlists, put each in CHILL, HYPE or SAD:
- Bon Iver – Holocene
- Kanye – POWER
- Adele – Someone Like You
- Khruangbin – Maria También
- Survivor – Eye of the Tiger
- Phoebe Bridgers – Funeral
- Tame Impala – Let It Happen
- Daft Punk – One More Time"""),
(1, "general_qa", "en", "none", "none", None, """need a 45 min running playlist that starts easy and builds up, i like indie and a bit of 2000s pop. give me a list in order with rough bpm if u know it"""),
(0, "summarization", "en", "inline", "transcript", "cw2-p031", """[Copilot in Teams • Recap]
Meeting: Design crit — checkout redesign v3 (attendees: Noor, Felix, Aya, Ben)
Transcript excerpt:
Noor: So v3 moves the promo code field behind a link, "Have a code?", so people stop leaving to hunt for coupons.
Felix: I like that. Our data says 18% of people who click into the promo field abandon.
Aya: But the marketing team will scream, they've got a big coupon campaign in May.
Noor: We can show the field expanded if the user arrived from a campaign link, using the utm.
Ben: That's nice. What about Apple Pay placement? It's below the fold on small phones.
Felix: Move it to the top, above the address form. Express pay first is the standard now.
Aya: Agreed. And the error messages are still red walls of text, can we do inline validation?
Noor: Yes, that's in v3, I just haven't mocked all the states yet. I'll do that by Friday.
Ben: Then I'll set up the A/B test plan, v2 vs v3, targeting 50/50 on mobile only first.
Felix: And I'll talk to marketing about the utm idea before they hear it from someone else.
Aya: Ship date target?
Noor: Test live by the 20th if mocks are signed off Monday.

Recap it: decisions, owners, dates."""),
(1, "open_qa", "en", "inline", "transcript", "cw2-p031", """[Copilot in Teams • Ask]
Meeting: Design crit — checkout redesign v3
Transcript excerpt:
Noor: So v3 moves the promo code field behind a link, "Have a code?", so people stop leaving to hunt for coupons.
Felix: I like that. Our data says 18% of people who click into the promo field abandon.
Felix: Move Apple Pay to the top, above the address form. Express pay first is the standard now.
Ben: Then I'll set up the A/B test plan, v2 vs v3, targeting 50/50 on mobile only first.

Question from Ben: if we change three things at once in v3 (promo link, Apple Pay position, inline errors), how will we know which one moved conversion? is a single A/B test even valid here or do we need something else?"""),
(0, "classification", "en", "after", "email", None, """Forwarded by my mum, she wants to know if it's real:

From: "HMRC Refunds" <refund-notice@hmrc-taxrebate.co>
Subject: You are eligible for a tax refund of £326.40

Dear Customer,
After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a tax refund of £326.40. Please submit the tax refund request and allow us 3-5 business days to process it. To access your refund click here: http://hmrc-refund-portal.verify-uk.co/claim
Note: you will need to enter your full card details so the refund can be credited instantly.
Failure to complete the form within 48 hours will result in the cancellation of your refund.
HM Revenue & Customs
This is an automated message, please do not reply. Reference: HMRC-RFND-88231-UK. © Crown copyright

legit or phishing? one word then a reason in one line"""),
(1, "creative_writing", "en", "none", "none", None, """write a short, kind text i can send my mum explaining how to spot fake tax refund emails. she's 71, hates being lectured, loves her cat Mr Biscuits (use him in an example)"""),
(0, "summarization", "en", "after", "story", None, """i wrote this for a flash fiction comp, can u give me a 2 sentence summary for the submission form?

The lighthouse keeper's daughter had never seen a ship. For eleven years she had trimmed the wick, polished the lens and written the same line in the log: No vessels sighted. Her father said the shipping lanes had moved long ago, after the war, and that the light was kept out of habit and a small government grant. But every night she climbed the hundred and twelve steps and watched the black water as if it owed her something.

On the night her father died, a storm came in from the west. She kept the light burning through it, because that was the job, and because she didn't know what else to do with her hands. Near dawn she saw it: a single fishing boat, mast snapped, drifting toward the rocks. She swung the beam across it, again and again, until the boat turned and limped into the cove.

In the morning a boy of about her age climbed the path to the door, soaked and shaking, holding his hat. "We saw you," he said. She went back up the steps and opened the log. Under the date she wrote: One vessel sighted. Then, after a while: One vessel saved."""),
(1, "creative_writing", "en", "after", "story", None, """...In the morning a boy of about her age climbed the path to the door, soaked and shaking, holding his hat. "We saw you," he said. She went back up the steps and opened the log. Under the date she wrote: One vessel sighted. Then, after a while: One vessel saved.

that's the end of my flash fiction piece. the comp now has a "sequel round". write a 250 word continuation set ten years later, same quiet tone, from the boy's point of view"""),
(0, "classification", "en", "inline", "form", None, """[Typeform → Zapier → AI step]
Prompt: Classify the lead as HOT, WARM or COLD based on budget, timeline and authority. Output the label only.
Form data:
- Company size: 45 employees
- Role: Head of Operations (decision maker)
- Budget: "approved, £20-30k this quarter"
- Timeline: "want to start within a month"
- Current tool: spreadsheets
- How did you hear about us: podcast ad"""),
(1, "general_qa", "en", "none", "none", None, """we get like 60 inbound leads a month from a form and our 2 salespeople just call them in random order. how should we prioritise them? what questions should the form ask so we can tell the good ones early"""),
(0, "summarization", "en", "after", "chat", None, """long dm from my friend, tldr so i can reply properly pls (i'm at work lol)

"okay so I need to vent. you know how I've been saving for the Japan trip? well my landlord just told me the boiler needs replacing and he wants to split the cost with tenants which I'm pretty sure is not legal?? and then at work my manager said my contract might not be renewed in June because of 'budget' but then he hired a new guy last week. so now I'm thinking maybe I should cancel Japan and keep the money as a safety net but I've been dreaming about it for 3 years and the flights are non refundable anyway, only the hotels can be cancelled. also my sister is getting married in August so that's another expense. I'm just so tired. sorry for the essay. how are you btw??" """),
(1, "general_qa", "en", "none", "none", None, """my friend is stressed about money, her job might end in june, and she's deciding whether to cancel her dream trip. how do i support her without giving unwanted advice? what do i actually say"""),
(0, "classification", "en", "inline", "code", "cw2-p032", """[GitHub Copilot Chat • /label]
Label this pull request with one of: bugfix, feature, refactor, docs, chore. Respond with the label only.

PR #2210 "Extract price formatting into helper"
Files changed: src/cart/Total.tsx, src/checkout/Summary.tsx, src/utils/formatPrice.ts (new)
Description: Both components had their own copy of the currency formatting logic. Moved it into utils/formatPrice.ts and imported it in both places. No behaviour change; snapshots unchanged.
+ export function formatPrice(cents: number, currency = "GBP") {
+   return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
+ }"""),
(1, "open_qa", "en", "inline", "code", "cw2-p032", """[GitHub Copilot Chat]
PR #2210 "Extract price formatting into helper"
+ export function formatPrice(cents: number, currency = "GBP") {
+   return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
+ }

reviewer comment: "dividing cents by 100 breaks for JPY and for currencies with 3 decimals". is that right? which currencies don't have 2 decimals and how should this function handle it properly?"""),
(0, "summarization", "en", "after", "table", None, """summarise this in plain words for the parents newsletter, 3 sentences:

| Year group | Attendance this term | Last term | Target |
|---|---|---|---|
| Year 7 | 95.8% | 95.1% | 96% |
| Year 8 | 94.2% | 94.9% | 96% |
| Year 9 | 92.7% | 93.8% | 96% |
| Year 10 | 93.5% | 92.0% | 96% |
| Year 11 | 91.9% | 93.1% | 96% |
| Whole school | 93.6% | 93.8% | 96% |"""),
(1, "open_qa", "en", "none", "none", None, """why does school attendance tend to drop in years 9 and 11 specifically? is that a known pattern in uk schools"""),
(0, "classification", "en", "inline", "chat", "cw2-p062", """### SYSTEM
You are the Tier-0 router for Finch Mobile. Route the customer's latest message to: ROAMING, BILLING, DEVICE, NETWORK, PORTING, or HUMAN (if upset or threatening to leave). Output the route only.

### CONVERSATION
Customer: hi i'm going to portugal next week
Bot: Great! Finch Mobile includes EU roaming on all plans. Anything else?
Customer: ok thanks. also my phone keeps dropping calls at home since the weekend, like every call after 2 min
Customer: and honestly if this isn't fixed i'm switching to another network, i've had it

### ROUTE"""),
(1, "creative_writing", "en", "inline", "chat", "cw2-p062", """### SYSTEM
You are the reply drafter for Finch Mobile support. Empathetic, specific, no canned phrases.

### CONVERSATION
Customer: my phone keeps dropping calls at home since the weekend, like every call after 2 min
Customer: and honestly if this isn't fixed i'm switching to another network, i've had it
Internal note: mast upgrade in the customer's postcode, finishes Thursday. Offer £10 bill credit.

### Write the reply:"""),
(0, "summarization", "en", "after", "transcript", None, """transcribed my voice memo from the car, can you make it a tidy to-do list grouped by errands / calls / home? 

"okay so tomorrow I need to pick up the prescription from the pharmacy before they close at six and also drop the parcel back at the post office the returns one with the blue label then call the dentist to move my appointment because it clashes with the school play oh and call Mum back about Sunday lunch at home I need to fix the dripping tap or at least order the washer thing and water the tomatoes because it's supposed to be thirty degrees and um put the bins out it's recycling week not general and uh what else buy milk and the birthday card for Jas" """),
(1, "general_qa", "en", "none", "none", None, """i always forget stuff i think of while driving. what's a good way to capture to-dos hands free and actually look at them later? android phone, i hate complicated apps"""),
(0, "classification", "en", "after", "prose", None, """what genre is this opening? pick one: literary fiction, romance, thriller, horror, sci-fi, fantasy

"By the time the third body was found in the reservoir, Detective Ana Brell had stopped believing in coincidences. The victims had nothing in common: a dentist, a bus driver, a retired ballet teacher. Nothing, except the small brass key each of them had been holding when they drowned." """),
(1, "creative_writing", "en", "after", "prose", None, """"By the time the third body was found in the reservoir, Detective Ana Brell had stopped believing in coincidences. The victims had nothing in common: a dentist, a bus driver, a retired ballet teacher. Nothing, except the small brass key each of them had been holding when they drowned."

that's my opening para. write the next scene where Ana visits the ballet teacher's flat and finds the lock the key belongs to. ~300 words, keep it tense"""),
(0, "summarization", "en", "inline", "json", None, """{"role":"system","content":"You are the summary step in a support pipeline. Given a ticket history JSON, output a 2-sentence handover note for the next agent. No greetings."}
{"role":"user","content":{"ticket_id":"T-99812","customer_tier":"Pro","history":[
 {"t":"Mon 10:02","from":"customer","text":"Exports to CSV hang at 99% for reports over 50k rows."},
 {"t":"Mon 11:40","from":"agent_amy","text":"Reproduced on our side. Escalated to engineering, bug ENG-4420."},
 {"t":"Tue 16:15","from":"customer","text":"Any update? Month-end close is Friday and I need this."},
 {"t":"Wed 09:05","from":"agent_amy","text":"Eng says fix in Thursday's release. Workaround: split report by date range under 50k rows."},
 {"t":"Wed 09:30","from":"customer","text":"Workaround works but is painful, please confirm Thursday."}]}}"""),
(1, "general_qa", "en", "none", "none", None, """as a support agent how do i tell a pro customer that the fix promised for thursday slipped to next week, right before their month end? what should i offer"""),
(0, "classification", "en", "after", "chat", "cw2-p033", """[iMessage]
Him: hey! had such a good time last night 😊
Me: me too!! the dumplings place was amazing
Him: we should go back sometime
Me: definitely
Him: are you free this weekend?
Me: sat i'm at my sister's, sunday maybe?
Him: sunday works! 7?
Me: perfect 🥟

is he into me, yes or no? just answer from the vibes of this"""),
(1, "creative_writing", "en", "after", "chat", "cw2-p033", """[iMessage]
Him: hey! had such a good time last night 😊
Me: me too!! the dumplings place was amazing
Him: we should go back sometime
Me: definitely
Him: are you free this weekend?
Me: sat i'm at my sister's, sunday maybe?
Him: sunday works! 7?
Me: perfect 🥟

help me write a flirty but not too much text to send him on sunday afternoon before the date, something about dumplings"""),
(0, "summarization", "en", "after", "prose", None, """my uni's extenuating circumstances policy, i need the short version before i apply:

Students who experience serious, unforeseen circumstances beyond their control which affect their ability to complete an assessment may submit an Extenuating Circumstances (EC) claim. Claims must be submitted via the Student Portal no later than five working days after the assessment deadline or exam date. Supporting evidence is required, for example a medical note, a letter from a counsellor, or a death certificate in the case of bereavement; where evidence cannot be obtained within the deadline, the claim should be submitted and evidence provided within a further ten working days. Circumstances that are foreseeable or within the student's control, such as computer failure without backups, holidays, or paid employment, will not normally be accepted. If a claim is approved, the panel may grant an extension of up to fourteen days, a deferral to the next assessment period without penalty, or the removal of a late penalty. Students should not assume a claim will be approved and should continue to work where possible."""),
(1, "general_qa", "en", "none", "none", None, """my grandad died two weeks before my exams and i didn't apply for extenuating circumstances because i was a mess. now results are out and i failed one module. is it too late? how do i even approach my uni about this"""),
(0, "classification", "en", "after", "list", None, """my team's retro stickies, sort into WENT WELL / DIDN'T GO WELL / ACTION:
- "deploys were smooth all sprint"
- "too many meetings on wednesday"
- "let's timebox standup to 15 min"
- "pairing on the search bug was great"
- "requirements changed twice mid sprint"
- "add a definition of done checklist to the board"
- "QA got stuff late again" """),
(1, "creative_writing", "en", "none", "none", None, """write a silly retro icebreaker question list for a dev team, like 6 questions, nothing cringe or too personal"""),
(0, "summarization", "en", "inline", "chat", None, """[Discord • #mod-log • bot: ModMate]
ModMate instructions: when a mod types !recap, summarize the linked conversation neutrally for the mod log in under 60 words.

[linked conversation]
xXdrakeXx: bro ur build is trash lmao
lunamoth: ok? it's my first week playing
xXdrakeXx: then uninstall
pip_the_cat: dude chill
xXdrakeXx: stay out of it
lunamoth: can a mod help, this has been going on in 3 channels
kilnmod: @xXdrakeXx first warning, rule 2 (be kind)
xXdrakeXx: whatever this server sucks
xXdrakeXx has left the server.

kilnmod: !recap"""),
(1, "general_qa", "en", "none", "none", None, """i just became a mod for a 2k member gaming discord. how do i handle toxic people without becoming the "power trip mod" everyone hates? what rules and escalation steps work"""),
(0, "classification", "en", "after", "code", None, """which of these python snippets have a bug? just list the letters

(a) for i in range(len(xs)): print(xs[i])
(b) if x = 5: print("five")
(c) total = sum([1, 2, 3])
(d) def f(a, b=[]): b.append(a); return b
(e) with open("f.txt") as fh: data = fh.read()"""),
(1, "open_qa", "en", "after", "code", None, """def f(a, b=[]):
    b.append(a)
    return b

print(f(1)); print(f(2))  # prints [1] then [1, 2] ???

why does python do this, isn't b supposed to be a fresh list each call? explain like i'm coming from javascript"""),
(0, "summarization", "en", "after", "reviews", "cw2-p034", """Trustpilot reviews for our dog grooming van, last month. summary for my business partner, keep it short, mention the main praise and the main gripe:

★★★★★ "Brilliant, Milo came back fluffy and calm. So handy that they come to the house."
★★★★★ "Gentle with my nervous rescue, took their time. Will rebook."
★★★☆☆ "Great groom but they were 45 minutes late and didn't text."
★★★★☆ "Lovely job. Booking system is clunky, took ages."
★★☆☆☆ "Arrived an hour late, I had to leave for work, had to reschedule."
★★★★★ "Best groomer we've had. Fair price too."
★★★★☆ "Happy dog, happy me. Would be 5 stars if they were on time."
★★★★★ "They remembered my dog's name and that she hates the dryer. Little things!"
★★★☆☆ "Nice groom, but I waited in all morning for a 'between 9 and 1' slot." """),
(1, "general_qa", "en", "after", "reviews", "cw2-p034", """Trustpilot reviews for our dog grooming van, last month:

★★★★★ "Brilliant, Milo came back fluffy and calm. So handy that they come to the house."
★★★☆☆ "Great groom but they were 45 minutes late and didn't text."
★★★★☆ "Lovely job. Booking system is clunky, took ages."
★★☆☆☆ "Arrived an hour late, I had to leave for work, had to reschedule."
★★★★☆ "Happy dog, happy me. Would be 5 stars if they were on time."
★★★★★ "They remembered my dog's name and that she hates the dryer. Little things!"
★★★☆☆ "Nice groom, but I waited in all morning for a 'between 9 and 1' slot."

we're 2 groomers, 1 van, 6-7 dogs a day across a big rural area. how do we fix the lateness thing? scheduling tips, apps, whatever"""),
(0, "classification", "en", "inline", "email", None, """[Front • Auto-assign rule tester]
Inboxes: sales@, support@, partnerships@, press@
Pick the inbox this email belongs in:

"Hello, I'm a journalist at a regional business magazine writing a piece on independent food brands that grew during lockdown. Would your founder be available for a 20-minute interview next week? Deadline is the 28th."
"""),
(1, "creative_writing", "en", "none", "none", None, """write a friendly yes reply to a journalist asking our founder for a 20 min interview on tuesday or wednesday, include a one-line brand bio for a small hot sauce company called Ember & Oak"""),
(0, "summarization", "en", "none", "none", None, """give me a 5 sentence summary of To Kill a Mockingbird, I have to present it tomorrow and only read half lol"""),
(1, "open_qa", "en", "none", "none", None, """why is to kill a mockingbird taught in so many schools but also challenged and banned in some? what are both sides saying"""),
(0, "classification", "en", "after", "notes", None, """[Notion AI • Tag database rows]
Property: Priority (High / Medium / Low)
Rows:
1. "Renew domain — expires in 3 days"
2. "Update team photo on About page"
3. "Fix checkout bug losing ~5% of orders"
4. "Research new newsletter tool"
5. "Reply to investor's data room request (due tomorrow)"
6. "Reorganise Google Drive folders" """),
(1, "general_qa", "en", "none", "none", None, """solo founder here, my to-do list is 90 items and everything feels high priority. what framework do people actually use to decide, and how do i stop adding stuff"""),
(0, "summarization", "en", "after", "chat", "cw2-p035", """user: i'm thinking about getting a rescue greyhound, we live in a flat with no garden
assistant: Greyhounds can actually do well in flats! They're often called "45 mph couch potatoes": most need two walks a day of 20-30 minutes and sleep much of the rest. Things to know: many have a strong chase instinct, so recall off-lead can be unreliable and some can't live with cats. They feel the cold, so a coat helps in winter. Retired racers may never have seen stairs, glass doors or a home, so the first weeks need patience. Good rescues will assess the dog's temperament and match you, and often offer support afterwards.
user: nice. summarise that for my partner in 3 short bullets"""),
(1, "open_qa", "en", "after", "chat", "cw2-p035", """user: i'm thinking about getting a rescue greyhound, we live in a flat with no garden
assistant: Greyhounds can actually do well in flats! They're often called "45 mph couch potatoes"... many have a strong chase instinct, so recall off-lead can be unreliable and some can't live with cats.
user: wait why are greyhounds so fast but also so lazy? like what's going on with their bodies, and why the thing with cats"""),
(0, "classification", "en", "after", "prose", None, """"Dear Mr Alvarez, further to our telephone conversation, I am writing to confirm that your employment will terminate on 30 June by reason of redundancy. You will receive statutory redundancy pay together with payment in lieu of notice."

what kind of letter is this: offer / warning / dismissal-redundancy / reference / resignation acceptance"""),
(1, "general_qa", "en", "none", "none", None, """just been made redundant after 9 years, letter came this morning. what should i check or ask for before i sign anything? uk"""),
(0, "summarization", "en", "after", "log", None, """npm install output, can you tell me in 2 lines what happened (not how to fix, just what it says):

npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.
npm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported
npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! While resolving: my-dashboard@0.4.1
npm ERR! Found: react@18.3.1
npm ERR! node_modules/react
npm ERR!   react@"^18.3.1" from the root project
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-sortable-hoc@2.0.0
npm ERR! node_modules/react-sortable-hoc
npm ERR!   react-sortable-hoc@"^2.0.0" from the root project
npm ERR! Fix the upstream dependency conflict, or retry
npm ERR! this command with --force or --legacy-peer-deps
npm ERR! to accept an incorrect (and potentially broken) dependency resolution."""),
(1, "open_qa", "en", "none", "none", None, """what's the real difference between npm install --legacy-peer-deps and --force, and when is it actually safe to use them"""),
(0, "classification", "en", "inline", "transcript", None, """[CallMiner-style QA assistant]
Task: Detect whether the customer expressed intent to cancel. Answer YES or NO.

Transcript:
Agent: Thanks for calling Streamly, how can I help?
Customer: Hi, yeah, I've noticed my bill went up to £14.99.
Agent: Yes, prices changed on the first of the month for the Premium plan.
Customer: Right. Is there a cheaper option? I mostly just watch on my phone.
Agent: There's the Basic plan at £6.99, mobile and one screen.
Customer: Oh that's fine, switch me to that please."""),
(1, "creative_writing", "en", "none", "none", None, """write a clear, honest email telling streaming subscribers the premium price goes up £2 next month, and point them to the cheaper plan. no spin"""),
(0, "summarization", "en", "after", "notes", None, """i'm a nurse, handover notes from my shift, can you compress into a 4-line SBAR-ish summary? (no names, bed numbers only)

bed 4: post op day 2 hip, pain 3/10 on regular paracetamol, mobilised w physio to the chair, eating ok, wound clean, catheter out at 14:00 — hasn't passed urine yet, bladder scan due 20:00
obs stable all shift, one temp of 37.9 at 16:00, repeat 37.2
family visiting tomorrow am, daughter wants to speak to the doctor about discharge plan"""),
(1, "open_qa", "en", "none", "none", None, """why do they do a bladder scan after a catheter comes out, what are they looking for and when does it become a problem"""),
(0, "classification", "en", "after", "chat", None, """work slack msg from my lead at 11pm: "can you make sure the deck is ready before the 9am? thanks" 

is this a reasonable ask or overstepping? reasonable / overstepping / depends, pick one"""),
(1, "general_qa", "en", "none", "none", None, """how do i set boundaries with a manager who messages at 11pm without looking like i don't care about the job"""),
(0, "summarization", "en", "inline", "chat", "cw2-p036", """[Intercom • Summarize conversation for CRM]
Customer (Hotel manager, Seaview Inn): Hi, we've used your booking widget for a year. Since your update on Tuesday, the date picker shows in US format (MM/DD) for our UK guests and we've had three bookings for the wrong month.
Agent: I'm so sorry about that. Can you confirm your widget locale setting?
Customer: It says "auto".
Agent: Thanks. The update changed how "auto" detects locale; it now reads the browser instead of your property setting. Setting it to "en-GB" explicitly will fix it right away.
Customer: Done, it's showing DD/MM now. What about the three wrong bookings?
Agent: I'll waive the commission on those three and our team can email the guests if you'd like.
Customer: Yes please, that would help.
Agent: Done. I've also flagged the "auto" behaviour to product as a bug."""),
(1, "creative_writing", "en", "inline", "chat", "cw2-p036", """[Intercom • Draft guest email]
Customer (Hotel manager, Seaview Inn): Since your update on Tuesday, the date picker showed US format (MM/DD) for our UK guests and we've had three bookings for the wrong month.
Agent: I'll waive the commission on those three and our team can email the guests if you'd like.
Customer: Yes please, that would help.

Task: write the email to those guests on behalf of Seaview Inn, explaining their booking may show the wrong month because of a technical error, and asking them to confirm their real dates. Warm, seaside B&B tone."""),
(0, "classification", "en", "inline", "list", None, """which of these are Beatles songs: Hey Jude, Wonderwall, Let It Be, Creep, Yesterday, Paint It Black — just list them"""),
(1, "open_qa", "en", "none", "none", None, """how did the beatles actually change pop music, like concretely, not just "they were popular". studio stuff, songwriting, whatever"""),
(0, "summarization", "en", "after", "prose", None, """new dishwasher manual, the "first use" page, make it 4 simple steps for my flatmates who will never read this:

Before first use, remove all packaging materials and ensure the appliance is level. Fill the salt container with dishwasher salt until it overflows; this is essential to prevent limescale in hard water areas. Small amounts of water may escape during filling; this is normal. Set the water hardness level via the control panel according to your local water supplier's information (default setting: H4). Fill the rinse aid dispenser to the MAX mark and wipe away any spillage, as excess rinse aid can cause foaming. Do not use washing-up liquid. We recommend running an empty programme at the highest temperature before washing dishes for the first time. Load dishes with dirty surfaces facing the spray arms, ensuring nothing blocks their rotation."""),
(1, "open_qa", "en", "none", "none", None, """why does a dishwasher need salt at all? and why does it say never use washing up liquid, what would actually happen"""),
(0, "classification", "en", "after", "list", None, """for my kid's science homework, is each one a solid, liquid or gas at room temp:
mercury, oxygen, iron, honey, carbon dioxide, wax, water"""),
(1, "creative_writing", "en", "none", "none", None, """write a short rhyme to help a 9 year old remember solid liquid gas, with ice cream as the example"""),
(0, "summarization", "en", "inline", "chat", None, """ok this is the whole chat with my landlord's agent, can you give me a neutral timeline in bullets (date + what happened)? i might need it for the deposit dispute

3 Jan — me: the bedroom window won't close properly, cold air coming in
5 Jan — agent: thanks, will send someone
19 Jan — me: hi, any update on the window? it's freezing
22 Jan — agent: contractor booked for 2 Feb
2 Feb — me: nobody came today?
3 Feb — agent: apologies, contractor was ill, rebooking
14 Feb — agent: contractor will come 16 Feb
16 Feb — contractor came, said the frame is rotten, needs replacing
1 Mar — me: any news on the new frame? there's mould now on the wall next to it
4 Mar — agent: landlord approved replacement, 3-4 weeks
2 Apr — window replaced"""),
(1, "general_qa", "en", "none", "none", None, """a window in my rental was broken for 3 months and caused mould, now they want to charge me for the mould at check out. how do i argue this? england"""),
# source: /usr/share/common-licenses/GPL-3 (Preamble), licence: GPL-3.0 licence text (verbatim copying permitted)
(0, "summarization", "en", "after", "prose", "cw2-p037", """hey so our open source club is doing a "read a licence" night and i'm presenting the GPL v3 preamble. here it is:

  The GNU General Public License is a free, copyleft license for
software and other kinds of works.

  The licenses for most software and other practical works are designed
to take away your freedom to share and change the works.  By contrast,
the GNU General Public License is intended to guarantee your freedom to
share and change all versions of a program--to make sure it remains free
software for all its users.  We, the Free Software Foundation, use the
GNU General Public License for most of our software; it applies also to
any other work released this way by its authors.  You can apply it to
your programs, too.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
them if you wish), that you receive source code or can get it if you
want it, that you can change the software or use pieces of it in new
free programs, and that you know you can do these things.

  To protect your rights, we need to prevent others from denying you
these rights or asking you to surrender the rights.  Therefore, you have
certain responsibilities if you distribute copies of the software, or if
you modify it: responsibilities to respect the freedom of others.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must pass on to the recipients the same
freedoms that you received.  You must make sure that they, too, receive
or can get the source code.  And you must show them these terms so they
know their rights.

  Developers that use the GNU GPL protect your rights with two steps:
(1) assert copyright on the software, and (2) offer you this License
giving you legal permission to copy, distribute and/or modify it.

  For the developers' and authors' protection, the GPL clearly explains
that there is no warranty for this free software.  For both users' and
authors' sake, the GPL requires that modified versions be marked as
changed, so that their problems will not be attributed erroneously to
authors of previous versions.

  Some devices are designed to deny users access to install or run
modified versions of the software inside them, although the manufacturer
can do so.  This is fundamentally incompatible with the aim of
protecting users' freedom to change the software.  The systematic
pattern of such abuse occurs in the area of products for individuals to
use, which is precisely where it is most unacceptable.  Therefore, we
have designed this version of the GPL to prohibit the practice for those
products.  If such problems arise substantially in other domains, we
stand ready to extend this provision to those domains in future versions
of the GPL, as needed to protect the freedom of users.

  Finally, every program is threatened constantly by software patents.
States should not allow patents to restrict development and use of
software on general-purpose computers, but in those that do, we wish to
avoid the special danger that patents applied to a free program could
make it effectively proprietary.  To prevent this, the GPL assures that
patents cannot be used to render the program non-free.

  The precise terms and conditions for copying, distribution and
modification follow.

can u condense it to one slide, like 6 short bullets max"""),
# source: /usr/share/common-licenses/GPL-3 (Preamble), licence: GPL-3.0 licence text (verbatim copying permitted)
(1, "open_qa", "en", "after", "prose", "cw2-p037", """hey so our open source club is doing a "read a licence" night and i'm presenting the GPL v3 preamble. here it is:

  The GNU General Public License is a free, copyleft license for
software and other kinds of works.

  The licenses for most software and other practical works are designed
to take away your freedom to share and change the works.  By contrast,
the GNU General Public License is intended to guarantee your freedom to
share and change all versions of a program--to make sure it remains free
software for all its users.  We, the Free Software Foundation, use the
GNU General Public License for most of our software; it applies also to
any other work released this way by its authors.  You can apply it to
your programs, too.

  When we speak of free software, we are referring to freedom, not
price.  Our General Public Licenses are designed to make sure that you
have the freedom to distribute copies of free software (and charge for
them if you wish), that you receive source code or can get it if you
want it, that you can change the software or use pieces of it in new
free programs, and that you know you can do these things.

  To protect your rights, we need to prevent others from denying you
these rights or asking you to surrender the rights.  Therefore, you have
certain responsibilities if you distribute copies of the software, or if
you modify it: responsibilities to respect the freedom of others.

  For example, if you distribute copies of such a program, whether
gratis or for a fee, you must pass on to the recipients the same
freedoms that you received.  You must make sure that they, too, receive
or can get the source code.  And you must show them these terms so they
know their rights.

  Developers that use the GNU GPL protect your rights with two steps:
(1) assert copyright on the software, and (2) offer you this License
giving you legal permission to copy, distribute and/or modify it.

  For the developers' and authors' protection, the GPL clearly explains
that there is no warranty for this free software.  For both users' and
authors' sake, the GPL requires that modified versions be marked as
changed, so that their problems will not be attributed erroneously to
authors of previous versions.

  Some devices are designed to deny users access to install or run
modified versions of the software inside them, although the manufacturer
can do so.  This is fundamentally incompatible with the aim of
protecting users' freedom to change the software.  The systematic
pattern of such abuse occurs in the area of products for individuals to
use, which is precisely where it is most unacceptable.  Therefore, we
have designed this version of the GPL to prohibit the practice for those
products.  If such problems arise substantially in other domains, we
stand ready to extend this provision to those domains in future versions
of the GPL, as needed to protect the freedom of users.

  Finally, every program is threatened constantly by software patents.
States should not allow patents to restrict development and use of
software on general-purpose computers, but in those that do, we wish to
avoid the special danger that patents applied to a free program could
make it effectively proprietary.  To prevent this, the GPL assures that
patents cannot be used to render the program non-free.

  The precise terms and conditions for copying, distribution and
modification follow.

the "some devices are designed to deny users access" paragraph, what real-world thing is that about? i've heard the word "tivoization", what happened there and why did linux stay on GPLv2 because of it?"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/_threading_local.py (module docstring, excerpt), licence: PSF-2.0
(0, "summarization", "en", "inline", "code", "cw2-p038", """<tool_result name="read_docs" module="_threading_local">
Thread-local objects.

(Note that this module provides a Python version of the threading.local
 class.  Depending on the version of Python you're using, there may be a
 faster one available.  You should always import the `local` class from
 `threading`.)

Thread-local objects support the management of thread-local data.
If you have data that you want to be local to a thread, simply create
a thread-local object and use its attributes:

  >>> mydata = local()
  >>> mydata.number = 42
  >>> mydata.number
  42

You can also access the local-object's dictionary:

  >>> mydata.__dict__
  {'number': 42}
  >>> mydata.__dict__.setdefault('widgets', [])
  []
  >>> mydata.widgets
  []

What's important about thread-local objects is that their data are
local to a thread. If we access the data in a different thread:

  >>> log = []
  >>> def f():
  ...     items = sorted(mydata.__dict__.items())
  ...     log.append(items)
  ...     mydata.number = 11
  ...     log.append(mydata.number)

  >>> import threading
  >>> thread = threading.Thread(target=f)
  >>> thread.start()
  >>> thread.join()
  >>> log
  [[], 11]

we get different data.  Furthermore, changes made in the other thread
don't affect data seen in this thread:

  >>> mydata.number
  42

Of course, values you get from a local object, including a __dict__
attribute, are for whatever thread was current at the time the
attribute was read.  For that reason, you generally don't want to save
these values across threads, as they apply only to the thread they
came from.

You can create custom local objects by subclassing the local class:

  >>> class MyLocal(local):
  ...     number = 2
  ...     def __init__(self, /, **kw):
  ...         self.__dict__.update(kw)
  ...     def squared(self):
  ...         return self.number ** 2

This can be useful to support default values, methods and
initialization.  Note that if you define an __init__ method, it will be
called each time the local object is used in a separate thread.  This
is necessary to initialize each thread's dictionary.

Note that subclasses can define slots, but they are not thread
local. They are shared across threads:

  >>> class MyLocal(local):
  ...     __slots__ = 'number'

  >>> mydata = MyLocal()
  >>> mydata.number = 42
  >>> mydata.color = 'red'

So, the separate thread:

  >>> thread = threading.Thread(target=f)
  >>> thread.start()
  >>> thread.join()

affects what we see:

  >>> mydata.number
  11
</tool_result>
<assistant_scratchpad>Docs fetched. Now answer the user's request.</assistant_scratchpad>
<user>ok i'm not reading doctests. summarize what thread-local objects do and the 3 gotchas mentioned, short bullets</user>"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/_threading_local.py (module docstring, excerpt), licence: PSF-2.0
(1, "open_qa", "en", "inline", "code", "cw2-p038", """<tool_result name="read_docs" module="_threading_local">
Thread-local objects.

(Note that this module provides a Python version of the threading.local
 class.  Depending on the version of Python you're using, there may be a
 faster one available.  You should always import the `local` class from
 `threading`.)

Thread-local objects support the management of thread-local data.
If you have data that you want to be local to a thread, simply create
a thread-local object and use its attributes:

  >>> mydata = local()
  >>> mydata.number = 42
  >>> mydata.number
  42

You can also access the local-object's dictionary:

  >>> mydata.__dict__
  {'number': 42}
  >>> mydata.__dict__.setdefault('widgets', [])
  []
  >>> mydata.widgets
  []

What's important about thread-local objects is that their data are
local to a thread. If we access the data in a different thread:

  >>> log = []
  >>> def f():
  ...     items = sorted(mydata.__dict__.items())
  ...     log.append(items)
  ...     mydata.number = 11
  ...     log.append(mydata.number)

  >>> import threading
  >>> thread = threading.Thread(target=f)
  >>> thread.start()
  >>> thread.join()
  >>> log
  [[], 11]

we get different data.  Furthermore, changes made in the other thread
don't affect data seen in this thread:

  >>> mydata.number
  42

Of course, values you get from a local object, including a __dict__
attribute, are for whatever thread was current at the time the
attribute was read.  For that reason, you generally don't want to save
these values across threads, as they apply only to the thread they
came from.

You can create custom local objects by subclassing the local class:

  >>> class MyLocal(local):
  ...     number = 2
  ...     def __init__(self, /, **kw):
  ...         self.__dict__.update(kw)
  ...     def squared(self):
  ...         return self.number ** 2

This can be useful to support default values, methods and
initialization.  Note that if you define an __init__ method, it will be
called each time the local object is used in a separate thread.  This
is necessary to initialize each thread's dictionary.

Note that subclasses can define slots, but they are not thread
local. They are shared across threads:

  >>> class MyLocal(local):
  ...     __slots__ = 'number'

  >>> mydata = MyLocal()
  >>> mydata.number = 42
  >>> mydata.color = 'red'

So, the separate thread:

  >>> thread = threading.Thread(target=f)
  >>> thread.start()
  >>> thread.join()

affects what we see:

  >>> mydata.number
  11
</tool_result>
<assistant_scratchpad>Docs fetched. Now answer the user's request.</assistant_scratchpad>
<user>so is this how flask's "request" global works? and if i move my app to asyncio, why does threading.local break and what's contextvars doing differently?</user>"""),
(0, "classification", "en", "inline", "chat", "cw2-p039", """SYSTEM: You are Tally, the QA classifier for Orchard Home Insurance live chat. Read the FULL conversation and output JSON: {"outcome": "RESOLVED" | "UNRESOLVED" | "ESCALATED", "customer_sentiment_end": "POSITIVE" | "NEUTRAL" | "NEGATIVE", "topic": "CLAIM" | "POLICY_CHANGE" | "BILLING" | "COMPLAINT"}. No other text.

CONVERSATION LOG #OC-55218
[14:02] Customer: Hi, I reported a leak under my kitchen sink two weeks ago, claim ref HM-20931. Nobody has called me back.
[14:02] Agent (Bea): Hi, I'm sorry you've been waiting. Let me pull up the claim.
[14:04] Agent (Bea): I can see the claim was registered on the 3rd and assigned to a loss adjuster on the 5th. It looks like the adjuster tried to call on the 7th and the 9th but couldn't reach you.
[14:05] Customer: That's weird, I've had no missed calls. What number do you have?
[14:05] Agent (Bea): We have a number ending 4471.
[14:06] Customer: That's my old number!! I updated it on the app in January.
[14:07] Agent (Bea): I'm really sorry. I can see the app change, but it didn't sync to the claims system. That's on us. I've updated the claims record now to the number ending 0982.
[14:08] Customer: OK. The cupboard is still wet and it's starting to smell. I can't keep living like this with two kids.
[14:09] Agent (Bea): Completely understand. I've marked the claim as urgent because of the damp and the delay. The adjuster's diary shows an opening tomorrow between 10 and 12. Would that work?
[14:09] Customer: Tomorrow works, I'll work from home.
[14:10] Agent (Bea): Booked. You'll get a text confirmation in the next few minutes to the new number. In the meantime, you can use a dehumidifier and keep receipts; we'll reimburse reasonable costs up to £75 under the policy.
[14:11] Customer: Good to know. Will this delay affect my claim at all?
[14:11] Agent (Bea): No, the claim date stays the 3rd. I've also logged a formal note about the number sync issue so it doesn't happen to anyone else, and I've added a £50 goodwill payment for the missed contact.
[14:12] Customer: Honestly thank you, you've been the first person to actually help. Text just came through.
[14:13] Agent (Bea): I'm glad. Is there anything else I can do today?
[14:13] Customer: No that's everything, thanks Bea.
[14:13] Agent (Bea): Take care, and good luck tomorrow."""),
(1, "creative_writing", "en", "inline", "chat", "cw2-p039", """SYSTEM: You are the internal comms assistant at Orchard Home Insurance. You write short, genuine staff recognition posts for the #shoutouts channel. No corporate buzzwords.

CONVERSATION LOG #OC-55218 (shared by the team lead)
[14:02] Customer: Hi, I reported a leak under my kitchen sink two weeks ago, claim ref HM-20931. Nobody has called me back.
[14:02] Agent (Bea): Hi, I'm sorry you've been waiting. Let me pull up the claim.
[14:04] Agent (Bea): I can see the claim was registered on the 3rd and assigned to a loss adjuster on the 5th. It looks like the adjuster tried to call on the 7th and the 9th but couldn't reach you.
[14:05] Customer: That's weird, I've had no missed calls. What number do you have?
[14:05] Agent (Bea): We have a number ending 4471.
[14:06] Customer: That's my old number!! I updated it on the app in January.
[14:07] Agent (Bea): I'm really sorry. I can see the app change, but it didn't sync to the claims system. That's on us. I've updated the claims record now to the number ending 0982.
[14:08] Customer: OK. The cupboard is still wet and it's starting to smell. I can't keep living like this with two kids.
[14:09] Agent (Bea): Completely understand. I've marked the claim as urgent because of the damp and the delay. The adjuster's diary shows an opening tomorrow between 10 and 12. Would that work?
[14:09] Customer: Tomorrow works, I'll work from home.
[14:10] Agent (Bea): Booked. You'll get a text confirmation in the next few minutes to the new number. In the meantime, you can use a dehumidifier and keep receipts; we'll reimburse reasonable costs up to £75 under the policy.
[14:11] Customer: Good to know. Will this delay affect my claim at all?
[14:11] Agent (Bea): No, the claim date stays the 3rd. I've also logged a formal note about the number sync issue so it doesn't happen to anyone else, and I've added a £50 goodwill payment for the missed contact.
[14:12] Customer: Honestly thank you, you've been the first person to actually help. Text just came through.
[14:13] Agent (Bea): I'm glad. Is there anything else I can do today?
[14:13] Customer: No that's everything, thanks Bea.

TEAM LEAD: write a #shoutouts post celebrating how Bea handled this, 80-120 words, mention she spotted the sync bug and logged it, end with a line the team can react to with emoji"""),
(0, "summarization", "en", "after", "transcript", "cw2-p040", """[Google Meet captions, auto — "Volunteer coordinators weekly" — Food bank]
Hannah: OK, let's get going, we've got twenty minutes. First thing, numbers. Last week we did 212 parcels, which is up from 180 the week before. Half-term is coming so we'll probably see more families.
Reza: Yeah, and we're low on a few things. Tinned fish, UHT milk, toiletries especially. Nappies size 5 and 6 are completely gone.
Hannah: Right. Can we do a targeted appeal? Like a shopping list post instead of "please donate"?
Claire: I can do that. Facebook and the supermarket collection point boards. I'll have it out by Thursday.
Reza: Also the Tuesday morning shift is short again. We had three people for a shift that needs six.
Hannah: Is that the students going back?
Reza: Partly. And two of our regulars have moved to Saturday.
Claire: What about the new sign-ups from the library event? We got eleven names.
Hannah: Perfect. Claire, can you send them the induction info and offer Tuesday first?
Claire: Yep.
Hannah: Next, the van. The MOT failed on brakes. Garage says £420 and it'll be back Monday.
Reza: Do we have that in the budget?
Hannah: The small repairs fund has about £600, so yes, but that leaves very little for the rest of the quarter. I'll ask the trustees if we can apply to the community foundation for a van fund.
Reza: Until Monday, can we borrow the church minibus for Saturday collections?
Hannah: Good shout, I'll ask Reverend Amos today.
Claire: One more thing, the referral agencies keep sending people on Fridays, when we're closed. We need to remind them of the opening hours.
Hannah: Can you draft an email to the agencies and I'll sign it?
Claire: Sure.
Reza: And, er, the freezer in the back room is making a weird noise.
Hannah: (laughs) Of course it is. Reza, can you get someone to look at it? If it's going, we need to know before half-term.
Reza: On it.
Hannah: Brilliant. Anything else? No? Thanks all, same time next week.

make this into proper minutes pls, with an action list (who / what / when)"""),
(1, "general_qa", "en", "after", "transcript", "cw2-p040", """[Google Meet captions, auto — "Volunteer coordinators weekly" — Food bank]
Hannah: OK, let's get going, we've got twenty minutes. First thing, numbers. Last week we did 212 parcels, which is up from 180 the week before. Half-term is coming so we'll probably see more families.
Reza: Yeah, and we're low on a few things. Tinned fish, UHT milk, toiletries especially. Nappies size 5 and 6 are completely gone.
Hannah: Right. Can we do a targeted appeal? Like a shopping list post instead of "please donate"?
Claire: I can do that. Facebook and the supermarket collection point boards. I'll have it out by Thursday.
Reza: Also the Tuesday morning shift is short again. We had three people for a shift that needs six.
Hannah: Is that the students going back?
Reza: Partly. And two of our regulars have moved to Saturday.
Claire: What about the new sign-ups from the library event? We got eleven names.
Hannah: Perfect. Claire, can you send them the induction info and offer Tuesday first?
Claire: Yep.
Hannah: Next, the van. The MOT failed on brakes. Garage says £420 and it'll be back Monday.
Reza: Do we have that in the budget?
Hannah: The small repairs fund has about £600, so yes, but that leaves very little for the rest of the quarter. I'll ask the trustees if we can apply to the community foundation for a van fund.
Reza: Until Monday, can we borrow the church minibus for Saturday collections?
Hannah: Good shout, I'll ask Reverend Amos today.
Claire: One more thing, the referral agencies keep sending people on Fridays, when we're closed. We need to remind them of the opening hours.
Hannah: Can you draft an email to the agencies and I'll sign it?
Claire: Sure.
Reza: And, er, the freezer in the back room is making a weird noise.
Hannah: (laughs) Of course it is. Reza, can you get someone to look at it? If it's going, we need to know before half-term.
Reza: On it.

I'm Hannah. we keep losing tuesday volunteers and every week is firefighting like this. how do other small food banks build a reliable rota? what would you set up in the next month if you were me"""),
(0, "summarization", "en", "inline", "notes", "cw2-p041", """[Obsidian • AI plugin • "Summarize note"]
Note: 2024-05-18 trip planning — Lisbon (4 nights)

flights: LGW→LIS fri 07:10, back tue 19:45, 1 cabin bag each, paid
stay: Alfama guesthouse, 4 nights, £520 total, check-in from 3pm (can drop bags earlier)
transport: Viva Viagem card, load zapping, ~€1.80 a ride; tram 28 = tourist sardine can, go early or walk
day ideas:
 - fri: arrive, drop bags, pastéis de nata at Manteigaria, sunset at Miradouro da Senhora do Monte
 - sat: Belém (tower, monastery, the original pastéis place, queue moves fast), LX Factory in the afternoon
 - sun: Sintra day trip — train from Rossio 40 min, Pena Palace book timed ticket online!!, Quinta da Regaleira
 - mon: Time Out Market lunch, Gulbenkian museum, fado dinner in Alfama (book, small places fill up)
 - tue: slow morning, Feira da Ladra flea market (only tue & sat), airport by 17:00
budget: ~€60/day each for food + entry
notes to self: wear proper shoes, hills + slippery cobbles. Sunday = some shops closed. Tipping not expected but 5-10% nice at dinner.

Output: a 5-line overview of the plan"""),
(1, "general_qa", "en", "inline", "notes", "cw2-p041", """[Obsidian • AI plugin • "Ask about note"]
Note: 2024-05-18 trip planning — Lisbon (4 nights)

flights: LGW→LIS fri 07:10, back tue 19:45
stay: Alfama guesthouse, 4 nights
day ideas:
 - sat: Belém (tower, monastery, the original pastéis place), LX Factory in the afternoon
 - sun: Sintra day trip — train from Rossio 40 min, Pena Palace book timed ticket online!!, Quinta da Regaleira
 - mon: Time Out Market lunch, Gulbenkian museum, fado dinner in Alfama
notes to self: wear proper shoes, hills + slippery cobbles.

Question: my partner uses a walking stick and gets tired after ~2 hours on foot. which of these days are going to be hardest for her, and how should i rearrange or swap things so the trip still feels special?"""),
(0, "classification", "en", "after", "email", "cw2-p042", """got these 4 messages on my freelance illustration site this week. for each, tag it as REAL_LEAD, SPAM, or SCAM (the overpayment kind), one word per number:

1) "Hi! I run a small bakery in Leeds and we'd love a hand-drawn illustration of our shopfront for our new packaging. Budget around £400. Could we chat next week?"

2) "Dear artist, I want to buy your artwork for my wife's birthday. I will send you a check for $2,500, you take your fee and send the rest to my shipping agent by wire. Please send your full name and address."

3) "Get 10,000 Instagram followers for just $9.99!!! Boost your art career TODAY"

4) "Hello, I'm an art director at an indie game studio. We're looking for someone to do 6 character portraits in your style, timeline about 8 weeks. Can you share your rates?" """),
(1, "creative_writing", "en", "after", "email", "cw2-p042", """message on my freelance illustration site this week:

"Hello, I'm an art director at an indie game studio. We're looking for someone to do 6 character portraits in your style, timeline about 8 weeks. Can you share your rates?"

write my reply: enthusiastic but professional, ask 3 smart questions about the project (style refs, usage rights, deadline flexibility), and say my rate is £350 per portrait with 2 rounds of revisions"""),
(0, "summarization", "en", "after", "chat", "cw2-p043", """[Microsoft Teams • group chat: "Q3 pricing change" • 27 messages, pasted]
Alina (Product): quick poll, are we moving the Team plan from $12 to $15 per seat on Sept 1?
Marc (Finance): yes, approved at exec level. Existing customers grandfathered for 6 months.
Jo (Support): 6 months from Sept 1 or from their renewal date?
Marc: from Sept 1. so everyone pays $15 from March 1.
Jo: ok. we need macros for support, people will ask
Alina: also annual plans: new annual price $150/seat/year (vs $120 now)
Kenji (Sales): big accounts on custom contracts are unaffected right?
Marc: correct, anything over 100 seats is on custom terms
Alina: and we add the new "Insights" dashboard to Team plan as part of the change, that's the value story
Jo: is Insights ready for Sept 1?
Alina: beta on Aug 20, GA Sept 1, yes
Kenji: email to customers when?
Alina: Aug 1, 30 days notice. Lina in marketing is drafting.
Jo: please share draft with support before it goes out 🙏
Alina: will do, by Jul 25

i was on holiday, can someone summarise what's changing and when? just the facts"""),
(1, "general_qa", "en", "after", "chat", "cw2-p043", """[Microsoft Teams • group chat: "Q3 pricing change" • pasted]
Alina (Product): quick poll, are we moving the Team plan from $12 to $15 per seat on Sept 1?
Marc (Finance): yes, approved at exec level. Existing customers grandfathered for 6 months.
Alina: also annual plans: new annual price $150/seat/year (vs $120 now)
Alina: and we add the new "Insights" dashboard to Team plan as part of the change, that's the value story
Jo (Support): please share draft with support before it goes out 🙏

i'm Jo, support lead. what objections should my team expect when this email lands, and how should we handle them? also, should we be allowed to offer anything to angry customers or just hold the line?"""),
(0, "classification", "en", "inline", "json", "cw2-p044", """POST /v1/chat/completions
{
  "model": "small-fast",
  "response_format": {"type": "json_object"},
  "messages": [
    {"role": "system", "content": "Classify each product question by department: SIZING, MATERIALS, SHIPPING, CARE. Return {\\"labels\\": [...]} in input order."},
    {"role": "user", "content": "Q1: Does the wool jumper itch? I have sensitive skin.\\nQ2: I'm 5'4 and usually a UK 10, which size of the wrap dress should I get?\\nQ3: Can the linen trousers go in the tumble dryer?\\nQ4: Do you deliver to Ireland and how long does it take?\\nQ5: Is the leather on the bag real or vegan leather?\\nQ6: How do I get deodorant marks out of the silk top?"}
  ]
}"""),
(1, "open_qa", "en", "inline", "json", "cw2-p044", """POST /v1/chat/completions
{
  "model": "large",
  "messages": [
    {"role": "system", "content": "You are the knowledgeable shop assistant for Loom & Thread. Answer clearly."},
    {"role": "user", "content": "Q1: Does the wool jumper itch? I have sensitive skin and every wool thing I've owned has been awful. Is merino really different from normal wool, and why? Is it the fibre thickness or something else?"}
  ]
}"""),
(0, "summarization", "en", "after", "log", "cw2-p045", """cron job email from the backup server, my boss wants a one-paragraph "is everything ok" summary:

Subject: [backup-01] nightly backup report 2024-06-11
== restic backup started 02:00:01 ==
repo: s3:backups-eu/prod
snapshot 7f3a91c2 saved
Files:        1,204 new,   38,417 changed, 912,330 unmodified
Dirs:           88 new,    1,902 changed,  41,221 unmodified
Added to the repo: 14.212 GiB
processed 951,951 files, 1.184 TiB in 1:12:44
== postgres dump ==
pg_dump prod_main: OK (41.8 GiB, 00:38:12)
pg_dump prod_analytics: FAILED — connection to server at "10.0.4.12", port 5432 failed: timeout expired
== retention ==
forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12: removed 3 snapshots
prune: freed 22.61 GiB
== check ==
restic check --read-data-subset=5%: no errors were found
== finished 04:01:55 (exit code 1) =="""),
(1, "open_qa", "en", "after", "log", "cw2-p045", """cron job email from the backup server:

pg_dump prod_main: OK (41.8 GiB, 00:38:12)
pg_dump prod_analytics: FAILED — connection to server at "10.0.4.12", port 5432 failed: timeout expired
restic check --read-data-subset=5%: no errors were found

two questions: (1) what are the likely reasons pg_dump would time out connecting to one db server but not the other, both same network? (2) is checking only 5% of the data with restic actually enough to trust our backups, or is that false comfort?"""),
(0, "classification", "en", "after", "prose", "cw2-p046", """applying to grad schools, my advisor said my personal statement paragraphs should each do one job. can you label each paragraph as MOTIVATION, EXPERIENCE, FIT (why this program), or GOALS? just "P1: X" etc.

P1: The first time I saw a river change colour after a storm, I was eight and convinced something was wrong with the water. I later learned it was sediment, and I have been trying to understand how rivers carry the land ever since.

P2: As an undergraduate research assistant in Dr. Okoye's lab, I spent two summers collecting suspended sediment samples on the River Wye and built a Python pipeline to match turbidity sensor data with lab measurements, cutting processing time from weeks to days.

P3: Your department's work on sediment fingerprinting, particularly the long-term monitoring catchments in the Pennines, aligns directly with what I want to study, and the collaboration with the national flood forecasting centre is a unique opportunity.

P4: After my PhD, I hope to work at the interface of research and policy, helping agencies use sediment data to plan for more frequent extreme floods."""),
(1, "general_qa", "en", "after", "prose", "cw2-p046", """my grad school personal statement, paragraph 2:

"As an undergraduate research assistant in Dr. Okoye's lab, I spent two summers collecting suspended sediment samples on the River Wye and built a Python pipeline to match turbidity sensor data with lab measurements, cutting processing time from weeks to days."

my advisor says it's "fine but forgettable". how do i make it stronger without bragging? what do admissions committees actually look for in the experience paragraph"""),
(0, "summarization", "en", "inline", "chat", "cw2-p047", """[WhatsApp • "Flat 3B 🏠" • exported chat]
[08/04 19:02] Kai: guys the electricity bill came, £312 for the quarter 😳
[08/04 19:03] Neha: WHAT. last one was £190
[08/04 19:05] Tom: it's the heater in Neha's room tbh
[08/04 19:05] Neha: excuse me?? it's on like 1 hr a day
[08/04 19:07] Kai: ok ok let's not fight. can we just split it 3 ways like always
[08/04 19:10] Tom: fine but can we get a smart plug on the heater so we know
[08/04 19:11] Neha: only if we also check Kai's gaming PC lol
[08/04 19:11] Kai: fair 😂
[08/04 19:15] Tom: also the landlord said the fixed rate ended in Jan, that's probably half of it
[08/04 19:16] Neha: oh. so we should switch supplier?
[08/04 19:18] Kai: i'll look at comparison sites this weekend
[08/04 19:20] Tom: i'll order 2 smart plugs, £15
[08/04 19:21] Neha: and i'll pay the bill now and you both send me £104
[08/04 19:21] Kai: 👍
[08/04 19:22] Tom: 👍

[user → assistant]: summarise the outcome, i need to send it to our 4th flatmate who's moving in next month"""),
(1, "creative_writing", "en", "inline", "chat", "cw2-p047", """[WhatsApp • "Flat 3B 🏠" • exported chat]
[08/04 19:02] Kai: guys the electricity bill came, £312 for the quarter 😳
[08/04 19:03] Neha: WHAT. last one was £190
[08/04 19:05] Tom: it's the heater in Neha's room tbh
[08/04 19:05] Neha: excuse me?? it's on like 1 hr a day
[08/04 19:07] Kai: ok ok let's not fight. can we just split it 3 ways like always
[08/04 19:10] Tom: fine but can we get a smart plug on the heater so we know
[08/04 19:11] Neha: only if we also check Kai's gaming PC lol
[08/04 19:11] Kai: fair 😂
[08/04 19:20] Tom: i'll order 2 smart plugs, £15

[user → assistant]: make a funny "house rules for energy" poster for our fridge, 6 rules, roast all three of us equally"""),
(0, "classification", "en", "after", "reviews", "cw2-p048", """Google reviews for our vet practice this quarter. label each with the main theme: COST, WAIT_TIME, STAFF_CARE, COMMUNICATION, FACILITIES. one label each, format "R1 = X".

R1: "The nurse was so gentle with our old dog, sat with her on the floor. Brought me to tears."
R2: "£180 for a consultation and a few tablets. I know vets are expensive but wow."
R3: "Waited 50 minutes past our appointment time with a very anxious cat."
R4: "Nobody called us with the blood test results, had to chase three times."
R5: "Lovely clean waiting room with separate cat and dog areas, makes such a difference."
R6: "Dr. Haines explained every option and didn't push the most expensive one."
R7: "Invoice had charges we were never told about beforehand."
R8: "Parking is impossible and the entrance isn't step-free." """),
(1, "general_qa", "en", "after", "reviews", "cw2-p048", """Google reviews for our vet practice this quarter, the bad ones:

R2: "£180 for a consultation and a few tablets. I know vets are expensive but wow."
R4: "Nobody called us with the blood test results, had to chase three times."
R7: "Invoice had charges we were never told about beforehand."

i'm the practice manager. the cost ones keep coming. what can we realistically change in how we talk about prices, estimates and results so clients feel less ambushed? we're a 4-vet practice"""),
(0, "summarization", "en", "after", "email", "cw2-p049", """From: Ms Adeyemi (Head of Year 6)
To: Parents and carers, Year 6
Subject: Residential trip to Kingswood — final details

Dear Parents and Carers,

We are now just two weeks away from our residential trip to Kingswood (Monday 10th to Wednesday 12th June), and the children are very excited! Please read the following carefully.

Departure: Children should arrive at school at 8:15am on Monday. The coach leaves at 8:45am sharp. Please do not bring luggage into classrooms; there will be a luggage drop on the playground.

Return: We expect to be back at school at approximately 3:30pm on Wednesday. We will post updates on the school app if there are any delays.

Kit list: A full kit list is attached. Please note that old trainers (that can get very muddy), a waterproof coat and a torch are essential. Please label everything.

Medication: Any medication must be handed to Mrs Doyle in the office in its original packaging, with the form completed, by Friday 7th June at the latest.

Phones and devices: Children may not bring phones, tablets or smartwatches. Staff will post photos on the app each evening.

Pocket money: Not required. There is no shop on site.

Dietary needs: If your child's dietary requirements have changed since you completed the form in March, please let us know by Wednesday 5th June.

If you have any questions, please contact the school office.

Kind regards,
Ms Adeyemi

tldr with just the dates and must-dos pls"""),
(1, "general_qa", "en", "after", "email", "cw2-p049", """From: Ms Adeyemi (Head of Year 6)
Subject: Residential trip to Kingswood — final details

...We are now just two weeks away from our residential trip to Kingswood (Monday 10th to Wednesday 12th June)... Children may not bring phones, tablets or smartwatches. Staff will post photos on the app each evening...

my daughter has never slept away from home and she's started having stomach aches about it. she's 10. how do i prepare her over the next 2 weeks without making it a bigger deal than it is?"""),
(0, "classification", "en", "inline", "code", "cw2-p050", """[Cursor • Ask • selected: migrations/0057_add_status.sql]
ALTER TABLE orders ADD COLUMN status TEXT;
UPDATE orders SET status = 'legacy' WHERE created_at < '2023-01-01';
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
CREATE INDEX idx_orders_status ON orders(status);

Our deploy checklist asks me to classify every migration as SAFE (online, no locks worth worrying about) or RISKY (could lock a big table / fail halfway). orders has ~60M rows, postgres 15. Just SAFE or RISKY."""),
(1, "open_qa", "en", "inline", "code", "cw2-p050", """[Cursor • Ask • selected: migrations/0057_add_status.sql]
ALTER TABLE orders ADD COLUMN status TEXT;
UPDATE orders SET status = 'legacy' WHERE created_at < '2023-01-01';
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
CREATE INDEX idx_orders_status ON orders(status);

orders has ~60M rows, postgres 15. which of these four statements take heavy locks, and for how long? also the NOT NULL line would fail anyway since rows after 2023 have no status, right? how would you rewrite this to run safely without downtime"""),
(0, "summarization", "en", "before", "transcript", "cw2-p051", """summarise this customer interview for the research repo. format: who they are (1 line), 3 key pains, 1 standout quote.

[Interview P12 — small landscaping business owner, 28 min, transcript excerpt]
Interviewer: Tell me how you handle quotes today.
P12: Honestly? Notes app on my phone, then I type it up at night into a Word template. Takes me an hour most evenings. My wife does the invoices on Sundays.
Interviewer: What's the hardest part?
P12: Chasing. People say yes on site, then go quiet. I don't want to be pushy, but I've got two lads to pay. Probably twenty percent of quotes I never hear back on.
Interviewer: Have you tried any software?
P12: Tried one, it was built for builders, like, forty fields for a hedge trim. Gave up in a week. And half my clients are pensioners, they want a paper quote or a phone call, not a link.
Interviewer: If you could wave a magic wand?
P12: I'd finish the quote before I leave the driveway. Photo, price, send, done. And it nudges them for me after three days so I'm not the bad guy."""),
(1, "creative_writing", "en", "before", "transcript", "cw2-p051", """write a short user persona card (name, age, business, a day in his life, goals, frustrations, quote) based on this interview, we'll put it on the wall for the dev team. make him feel like a real person, 150-200 words

[Interview P12 — small landscaping business owner, transcript excerpt]
P12: Honestly? Notes app on my phone, then I type it up at night into a Word template. Takes me an hour most evenings. My wife does the invoices on Sundays.
P12: Chasing. People say yes on site, then go quiet. I don't want to be pushy, but I've got two lads to pay.
P12: Tried one, it was built for builders, like, forty fields for a hedge trim. Gave up in a week. And half my clients are pensioners, they want a paper quote or a phone call, not a link.
P12: I'd finish the quote before I leave the driveway. Photo, price, send, done."""),
(0, "summarization", "en", "after", "prose", "cw2-p052", """copied from a reddit post in r/relationship_advice, my friend says it's "basically my situation", can you sum it up in 4-5 sentences so i can decide whether to send it to her:

"Throwaway because my partner knows my main. I (29F) have been with my partner (31M) for five years, living together for three. We both work full time, me in a hospital lab with shifts, him from home in software. When we moved in together we agreed to split chores 50/50, and for the first year it honestly worked. Then his job went remote and mine got more shifts, and slowly everything drifted. Now I come home from a twelve hour shift and the dishwasher hasn't been emptied, the laundry is still in the machine from the morning, and he asks what's for dinner. He's not a bad guy. He'll do things if I ask, and he always says 'just tell me what to do', but that's exactly the problem, I don't want to be the manager of our house. I'm tired of keeping the list in my head: the vet appointment, his mum's birthday present, when the car insurance renews, that we're out of toilet paper. Last week I finally snapped when he asked if I'd booked the flights for his brother's wedding. I said I'm not his PA, and he looked genuinely confused and said he thought I liked organising things. I don't. I'm just good at it because someone has to be. We had a long talk and he apologised and said he'd step up, and for four days he did. Then it slid back. I love him and I don't want to break up over chores, which sounds so petty when I type it out. But I'm starting to feel more like his mum than his partner, and it's killing any romance. Date nights have turned into me reminding him to book the table. My sister says I should just stop doing everything and let the house fall apart until he notices, but I tried that for a week once and the only result was that we ran out of clean towels and I ended up doing three loads at midnight anyway. Meanwhile his friends joke that he's 'so lucky' to have me, which honestly makes it worse. We've talked about a chore app, a whiteboard, even a cleaner, but the cleaner doesn't fix the mental load part. Is this fixable? Has anyone actually got their partner to take ownership of stuff instead of just 'helping' when asked? I'm not looking for 'dump him', I want practical things that worked for you."
"""),
(1, "general_qa", "en", "after", "prose", "cw2-p052", """copied from a reddit post in r/relationship_advice, it's basically MY situation too:

"Throwaway because my partner knows my main. I (29F) have been with my partner (31M) for five years, living together for three. We both work full time, me in a hospital lab with shifts, him from home in software. When we moved in together we agreed to split chores 50/50, and for the first year it honestly worked. Then his job went remote and mine got more shifts, and slowly everything drifted. Now I come home from a twelve hour shift and the dishwasher hasn't been emptied, the laundry is still in the machine from the morning, and he asks what's for dinner. He's not a bad guy. He'll do things if I ask, and he always says 'just tell me what to do', but that's exactly the problem, I don't want to be the manager of our house. I'm tired of keeping the list in my head: the vet appointment, his mum's birthday present, when the car insurance renews, that we're out of toilet paper. Last week I finally snapped when he asked if I'd booked the flights for his brother's wedding. I said I'm not his PA, and he looked genuinely confused and said he thought I liked organising things. I don't. I'm just good at it because someone has to be. We had a long talk and he apologised and said he'd step up, and for four days he did. Then it slid back. I love him and I don't want to break up over chores, which sounds so petty when I type it out. But I'm starting to feel more like his mum than his partner, and it's killing any romance. Date nights have turned into me reminding him to book the table. My sister says I should just stop doing everything and let the house fall apart until he notices, but I tried that for a week once and the only result was that we ran out of clean towels and I ended up doing three loads at midnight anyway. Meanwhile his friends joke that he's 'so lucky' to have me, which honestly makes it worse. We've talked about a chore app, a whiteboard, even a cleaner, but the cleaner doesn't fix the mental load part."

the comments there are useless (half say dump him). what actually works for the mental load thing? like concrete systems where each person OWNS whole areas, not just tasks. and how do i bring it up again without it turning into the same fight"""),
(0, "summarization", "en", "inline", "notes", "cw2-p053", """<system>You are SpecBot inside the Lattice product wiki. When asked for a summary, produce one for stakeholders who have 60 seconds. Never invent scope.</system>
<document title="PRD: Shared Shopping Lists (v0.9)">
Problem
Households using the Pantry app each keep their own shopping list. In interviews, 14 of 20 couples said they regularly buy duplicates or forget items because "the list was on the other phone". Support gets ~120 tickets a month asking for list sharing, our second most requested feature.

Goals
1. Let up to 6 people share one or more lists in real time.
2. Reduce duplicate purchases (self-reported) by 30% among sharing households within 3 months.
3. Increase 30-day retention of invited users to at least 45%.

Non-goals
- Shared meal plans (separate project, Q4).
- Splitting costs or payments between members.
- Web version at launch (mobile only).

User stories
- As a list owner, I can invite someone by link or phone contact, and remove them at any time.
- As a member, I see items added by others within 2 seconds, with their initial next to the item.
- As a shopper in the store, I can tick items off and others see they are "in the basket".
- As a member, I get a single push notification when someone starts a shop ("Sam is shopping now"), not one per item.
- As any user, I can leave a shared list without deleting it for others.

Requirements
- Offline first: edits made without signal sync when back online; conflicts resolved last-write-wins per item, except "ticked" which always wins over "unticked".
- Privacy: members cannot see each other's private lists, purchase history or loyalty card data.
- Free for all users; premium users can have unlimited shared lists, free users 1.

Metrics
Primary: retention of invited users (30-day). Secondary: lists shared per active household, duplicate purchases (in-app survey), support tickets tagged "sharing".

Risks and open questions
- Push notification fatigue: do we need a "quiet" mode?
- Abuse: can an ex-partner keep access? Owner removal must be instant, and we may need a "remove all members" button.
- Sync backend: reuse the existing notes sync service (cheaper) or adopt a CRDT library (more robust)? Decision by end of sprint 14.

Research notes
- Couples and flatmates use lists differently: couples want one shared list, flatmates want a shared "house" list plus private ones.
- Older users in the panel were confused by invite links; contact-based invites tested better.
- Several participants asked for a way to say who is buying what before a big shop, to avoid two people going to the store.

Timeline
Design complete: end of May. Beta (5% of users): mid-July. GA: September, pending beta metrics.
</document>
<user>summarize this PRD for the exec update, 5 bullets</user>"""),
(1, "creative_writing", "en", "inline", "notes", "cw2-p053", """<system>You are SpecBot inside the Lattice product wiki. You also help the marketing team with launch copy.</system>
<document title="PRD: Shared Shopping Lists (v0.9)">
Problem
Households using the Pantry app each keep their own shopping list. In interviews, 14 of 20 couples said they regularly buy duplicates or forget items because "the list was on the other phone". Support gets ~120 tickets a month asking for list sharing, our second most requested feature.

Goals
1. Let up to 6 people share one or more lists in real time.
2. Reduce duplicate purchases (self-reported) by 30% among sharing households within 3 months.
3. Increase 30-day retention of invited users to at least 45%.

Non-goals
- Shared meal plans (separate project, Q4).
- Splitting costs or payments between members.
- Web version at launch (mobile only).

User stories
- As a list owner, I can invite someone by link or phone contact, and remove them at any time.
- As a member, I see items added by others within 2 seconds, with their initial next to the item.
- As a shopper in the store, I can tick items off and others see they are "in the basket".
- As a member, I get a single push notification when someone starts a shop ("Sam is shopping now"), not one per item.
- As any user, I can leave a shared list without deleting it for others.

Requirements
- Offline first: edits made without signal sync when back online; conflicts resolved last-write-wins per item, except "ticked" which always wins over "unticked".
- Privacy: members cannot see each other's private lists, purchase history or loyalty card data.
- Free for all users; premium users can have unlimited shared lists, free users 1.

Risks and open questions
- Push notification fatigue: do we need a "quiet" mode?
- Abuse: can an ex-partner keep access? Owner removal must be instant.

Research notes
- Couples and flatmates use lists differently: couples want one shared list, flatmates want a shared "house" list plus private ones.
- Older users in the panel were confused by invite links; contact-based invites tested better.

Timeline
Beta (5% of users): mid-July. GA: September.
</document>
<user>write the launch blog post for GA, ~300 words, open with the "the list was on the other phone" problem, light and funny, end with how to invite someone. don't mention the CRDT stuff or anything not decided, and don't promise a web version. give it a title and a short subtitle too</user>"""),
(0, "classification", "en", "inline", "email", "cw2-p054", """[Freshdesk • Automation • "Classify & prioritise"]
Rules: category ∈ {DELIVERY, DEFECT, REFUND, WARRANTY, OTHER}; priority ∈ {LOW, NORMAL, HIGH, URGENT}. URGENT only if safety risk. Output "category, priority".

Ticket #77310 — 3 messages

[Message 1 — customer, Mon 09:14]
Hello,
I bought the Aurora 2000 electric kettle from your website on the 2nd of last month (order AU-55812). For the first few weeks it was fine. Since last Thursday it has started doing something strange: when it boils, it doesn't switch itself off. It just keeps boiling until I pull the plug out. Yesterday I left the room for a minute and came back to the kitchen full of steam and the kettle almost empty. The base was very hot to touch and there was a slight burning plastic smell.
I have two small children and I'm honestly scared to use it now. I have put it away in the garage.
I would like to know what to do. I still have the box and the receipt email.
Thank you,
Grace

[Message 2 — auto-reply, Mon 09:14]
Thank you for contacting Aurora Home. Our team will reply within 3 working days.

[Message 3 — customer, Wed 17:40]
Hello again, I haven't heard anything yet. I tried calling the number on your website twice today, once at lunch and once after work, and both times I waited over 25 minutes before the line cut off. I also sent a message through the chat on your website on Tuesday evening but it just said an agent would be with me shortly and nobody ever came. I'm starting to feel like I'm being ignored, which is not what I expected from a brand I've trusted for years. My mum has had your toaster for a decade and swears by it. I've now seen on a forum that two other people had the same problem with this model, one says the base melted. Can someone please tell me whether this is a known issue and if I should be worried about my other Aurora appliances (I also have the toaster). I don't want a replacement of the same kettle, I'd prefer my money back.
Thanks,
Grace

[Message 4 — customer, Thu 08:02]
Sorry, one more thing. My neighbour, who is an electrician, had a quick look last night. He says the little strip under the spout that is supposed to click the switch off looks warped and brown, and he told me not to plug it in again under any circumstances. I've taken photos of it and can send them if that helps. Please could someone reply today.
Grace"""),
(1, "open_qa", "en", "inline", "email", "cw2-p054", """[Freshdesk • Copilot • Ask]
Ticket #77310 — 3 messages

[Message 1 — customer, Mon 09:14]
Hello,
I bought the Aurora 2000 electric kettle from your website on the 2nd of last month (order AU-55812). For the first few weeks it was fine. Since last Thursday it has started doing something strange: when it boils, it doesn't switch itself off. It just keeps boiling until I pull the plug out. Yesterday I left the room for a minute and came back to the kitchen full of steam and the kettle almost empty. The base was very hot to touch and there was a slight burning plastic smell.
I have two small children and I'm honestly scared to use it now. I have put it away in the garage.
I would like to know what to do. I still have the box and the receipt email.
Thank you,
Grace

[Message 2 — auto-reply, Mon 09:14]
Thank you for contacting Aurora Home. Our team will reply within 3 working days.

[Message 3 — customer, Wed 17:40]
Hello again, I haven't heard anything yet. I tried calling the number on your website twice today, once at lunch and once after work, and both times I waited over 25 minutes before the line cut off. I also sent a message through the chat on your website on Tuesday evening but it just said an agent would be with me shortly and nobody ever came. I'm starting to feel like I'm being ignored, which is not what I expected from a brand I've trusted for years. My mum has had your toaster for a decade and swears by it. I've now seen on a forum that two other people had the same problem with this model, one says the base melted. Can someone please tell me whether this is a known issue and if I should be worried about my other Aurora appliances (I also have the toaster). I don't want a replacement of the same kettle, I'd prefer my money back.
Thanks,
Grace

[Message 4 — customer, Thu 08:02]
Sorry, one more thing. My neighbour, who is an electrician, had a quick look last night. He says the little strip under the spout that is supposed to click the switch off looks warped and brown, and he told me not to plug it in again under any circumstances. I've taken photos of it and can send them if that helps. Please could someone reply today.
Grace

Agent question: I'm new. Under UK consumer law, is she entitled to a full refund rather than a replacement after ~5 weeks? And technically, how does a kettle's auto switch-off normally work, what fails so it keeps boiling? I want to understand before I escalate this as a possible safety issue."""),
(0, "classification", "en", "after", "verse", "cw2-p055", """my nan wrote this poem in the 70s, found it in a drawer. for the family scrapbook i'm tagging each poem with a mood, pick one: joyful, nostalgic, grieving, angry, peaceful

The kettle sings the way it did
when you came in from the yard,
your boots beside the garden door,
your hands all cold and hard.

I set two cups out every night,
I know, I know, it's daft,
but the house is quieter than it was
and I miss the way you laughed."""),
(1, "creative_writing", "en", "after", "verse", "cw2-p055", """my nan wrote this poem in the 70s after grandad died, found it in a drawer:

The kettle sings the way it did
when you came in from the yard,
your boots beside the garden door,
your hands all cold and hard.

I set two cups out every night,
I know, I know, it's daft,
but the house is quieter than it was
and I miss the way you laughed.

she passed last spring. i want to read something at the scattering of her ashes. can you write a short poem in the same style and rhythm, like an answer to hers, from us grandkids?"""),
(0, "summarization", "en", "after", "transcript", "cw2-p056", """[Spotify podcast auto-transcript — "Small Bets" ep. 48, 22:10–25:40]
Host: So you quit your job with how much runway?
Guest: Eight months, which sounds like a lot until you realise you don't get paid for the first three of them. I'd built the Etsy shop on the side for about two years, candles and wax melts, and it was doing maybe six hundred pounds a month.
Host: And what changed?
Guest: Two things. One, I stopped trying to sell everything to everyone. I had forty scents. I cut to eight, and the eight I kept all had a story, like the one that smells like my grandma's greenhouse. Sales went up, which I did not expect. Two, I started doing wholesale to gift shops. Lower margin, but one order was like a month of Etsy.
Host: How did you get the first shop?
Guest: Walked in with a box. That's it. The owner said no, then rang me a week later because a customer asked about the sample I left.
Host: What would you tell someone starting now?
Guest: Don't quit until your side thing has paid you for six months in a row, and figure out your wholesale price before someone asks, because they will, and you'll panic and say a number that's too low. I did.

summarise this segment in 3 bullets for my notes"""),
(1, "open_qa", "en", "after", "transcript", "cw2-p056", """[Spotify podcast auto-transcript — "Small Bets" ep. 48, excerpt]
Guest: ...I started doing wholesale to gift shops. Lower margin, but one order was like a month of Etsy.
Guest: ...figure out your wholesale price before someone asks, because they will, and you'll panic and say a number that's too low. I did.

ok so how do small makers actually set wholesale prices? is it always 50% of retail or is that a myth? and what's "keystone" pricing, i keep seeing it"""),
(0, "classification", "en", "after", "prose", "cw2-p057", """job ad i'm looking at, what seniority level is it really? junior, mid, senior or lead. one word

"We're looking for a Software Engineer to join our payments team. You'll own services end to end, from design docs to on-call, and mentor two junior engineers. You should have 5+ years building distributed systems in production, experience leading technical projects across teams, and be comfortable making architecture decisions with incomplete information. Bonus: experience with PCI-DSS. Salary: £85–100k + equity." """),
(1, "general_qa", "en", "after", "prose", "cw2-p057", """job ad i'm applying to:

"We're looking for a Software Engineer to join our payments team. You'll own services end to end, from design docs to on-call, and mentor two junior engineers. You should have 5+ years building distributed systems in production, experience leading technical projects across teams, and be comfortable making architecture decisions with incomplete information. Bonus: experience with PCI-DSS. Salary: £85–100k + equity."

i have 4 years, no payments experience, never officially mentored anyone but i onboard all our interns. should i still apply, and how do i frame my experience in the cover letter so it doesn't look like a stretch?"""),
(0, "summarization", "en", "after", "log", "cw2-p058", """my android app crashed in testing, logcat below. can you describe what happened in 2 sentences for the bug ticket? don't fix it, just describe

E/AndroidRuntime: FATAL EXCEPTION: main
    Process: com.tidytasks.app, PID: 18842
    java.lang.IllegalStateException: Fragment TaskDetailFragment{a1b2c3} not attached to a context.
        at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
        at com.tidytasks.app.ui.detail.TaskDetailFragment.showSavedToast(TaskDetailFragment.kt:141)
        at com.tidytasks.app.ui.detail.TaskDetailFragment.access$showSavedToast(TaskDetailFragment.kt:38)
        at com.tidytasks.app.ui.detail.TaskDetailFragment$saveTask$1.invokeSuspend(TaskDetailFragment.kt:118)
        at kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)
        at kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:106)
        at android.os.Handler.handleCallback(Handler.java:942)
        at android.os.Looper.loop(Looper.java:288)
        at android.app.ActivityThread.main(ActivityThread.java:7872)
Steps by tester: open task, tap Save, immediately press back."""),
(1, "open_qa", "en", "after", "log", "cw2-p058", """my android app crashed in testing:

java.lang.IllegalStateException: Fragment TaskDetailFragment{a1b2c3} not attached to a context.
        at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
        at com.tidytasks.app.ui.detail.TaskDetailFragment.showSavedToast(TaskDetailFragment.kt:141)
        at com.tidytasks.app.ui.detail.TaskDetailFragment$saveTask$1.invokeSuspend(TaskDetailFragment.kt:118)
Steps by tester: open task, tap Save, immediately press back.

i launch the save in GlobalScope.launch(Dispatchers.Main). why does pressing back cause this, and what's the proper lifecycle-aware way to do it? viewLifecycleOwner.lifecycleScope? explain the difference"""),
(0, "summarization", "en", "after", "prose", "cw2-p059", """recipe blogs are the worst. can you cut this down to just the useful bit in 3 lines:

"There's something about autumn that makes me want to slow down. Last October, my husband and I rented a tiny cottage in the Cotswolds, and every morning the owner left a loaf of warm bread on the doorstep. I've been trying to recreate that feeling ever since, and this pumpkin and sage soup is the closest I've come. It's creamy without any cream (the secret is a potato!), it freezes beautifully, and my kids, who usually treat anything orange with suspicion, asked for seconds. Roast 1kg of pumpkin chunks with olive oil at 200°C for 35 minutes. Meanwhile, soften an onion and two garlic cloves, add one diced potato, a handful of sage leaves and a litre of vegetable stock, and simmer 20 minutes. Add the pumpkin, blend, season, and finish with crispy fried sage. Trust me, you'll be making this all season long. Don't forget to pin it for later!" """),
(1, "general_qa", "en", "after", "prose", "cw2-p059", """"Roast 1kg of pumpkin chunks with olive oil at 200°C for 35 minutes. Meanwhile, soften an onion and two garlic cloves, add one diced potato, a handful of sage leaves and a litre of vegetable stock, and simmer 20 minutes. Add the pumpkin, blend, season, and finish with crispy fried sage."

i only have butternut squash and dried sage, no fresh. will it work, and what should i change? also want to make it more filling for dinner, ideas?"""),
(0, "classification", "en", "inline", "chat", "cw2-p060", """[Discord • AutoMod++ • rule check]
Server rules:
1. No spoilers outside #spoilers (new episodes count for 7 days)
2. No self-promo outside #share-your-stuff
3. Be respectful

Check the message below. Output the rule number it breaks, or NONE.

#general — user @quietfox, 2 hours after the finale aired:
"cannot BELIEVE they killed off Marlow in the last 5 minutes, i'm actually shaking"
"""),
(1, "creative_writing", "en", "inline", "chat", "cw2-p060", """[Discord • AutoMod++ • config help]
Server rules right now:
1. No spoilers outside #spoilers (new episodes count for 7 days)
2. No self-promo outside #share-your-stuff
3. Be respectful

admin: these rules are so dry, nobody reads them. rewrite them as a fun welcome message for our TV-show fan server, same 3 rules, in the voice of an overdramatic narrator, under 120 words"""),
]
