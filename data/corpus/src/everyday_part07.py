# writer everyday, part 07. Each item written by hand.
ITEMS = [
# source: /usr/share/common-licenses/Artistic (preamble, definitions, clauses 1-4), licence: Artistic License 1.0 text
(0, "summarization", "en", "after", "prose", "EV-p051", """The intent of this document is to state the conditions under which a
Package may be copied, such that the Copyright Holder maintains some
semblance of artistic control over the development of the package,
while giving the users of the package the right to use and distribute
the Package in a more-or-less customary fashion, plus the right to make
reasonable modifications.

Definitions:

	"Package" refers to the collection of files distributed by the
	Copyright Holder, and derivatives of that collection of files
	created through textual modification.

	"Standard Version" refers to such a Package if it has not been
	modified, or has been modified in accordance with the wishes
	of the Copyright Holder as specified below.

	"Copyright Holder" is whoever is named in the copyright or
	copyrights for the package.

	"You" is you, if you're thinking about copying or distributing
	this Package.

	"Reasonable copying fee" is whatever you can justify on the
	basis of media cost, duplication charges, time of people involved,
	and so on.  (You will not be required to justify it to the
	Copyright Holder, but only to the computing community at large
	as a market that must bear the fee.)

	"Freely Available" means that no fee is charged for the item
	itself, though there may be fees involved in handling the item.
	It also means that recipients of the item may redistribute it
	under the same conditions they received it.

1. You may make and give away verbatim copies of the source form of the
Standard Version of this Package without restriction, provided that you
duplicate all of the original copyright notices and associated disclaimers.

2. You may apply bug fixes, portability fixes and other modifications
derived from the Public Domain or from the Copyright Holder.  A Package
modified in such a way shall still be considered the Standard Version.

3. You may otherwise modify your copy of this Package in any way, provided
that you insert a prominent notice in each changed file stating how and
when you changed that file, and provided that you do at least ONE of the
following:

    a) place your modifications in the Public Domain or otherwise make them
    Freely Available, such as by posting said modifications to Usenet or
    an equivalent medium, or placing the modifications on a major archive
    site such as uunet.uu.net, or by allowing the Copyright Holder to include
    your modifications in the Standard Version of the Package.

    b) use the modified Package only within your corporation or organization.

    c) rename any non-standard executables so the names do not conflict
    with standard executables, which must also be provided, and provide
    a separate manual page for each non-standard executable that clearly
    documents how it differs from the Standard Version.

    d) make other distribution arrangements with the Copyright Holder.

4. You may distribute the programs of this Package in object code or
executable form, provided that you do at least ONE of the following:

    a) distribute a Standard Version of the executables and library files,
    together with instructions (in the manual page or equivalent) on where
    to get the Standard Version.

    b) accompany the distribution with the machine-readable source of
    the Package with your modifications.

Found this "Artistic License" on an old Perl script my late dad wrote for his stamp collection database. Give me a short plain-English summary, 5 bullets max."""),
# source: /usr/share/common-licenses/Artistic (preamble, definitions, clauses 1-4), licence: Artistic License 1.0 text
(1, "general_qa", "en", "after", "prose", "EV-p051", """The intent of this document is to state the conditions under which a
Package may be copied, such that the Copyright Holder maintains some
semblance of artistic control over the development of the package,
while giving the users of the package the right to use and distribute
the Package in a more-or-less customary fashion, plus the right to make
reasonable modifications.

Definitions:

	"Package" refers to the collection of files distributed by the
	Copyright Holder, and derivatives of that collection of files
	created through textual modification.

	"Standard Version" refers to such a Package if it has not been
	modified, or has been modified in accordance with the wishes
	of the Copyright Holder as specified below.

	"Copyright Holder" is whoever is named in the copyright or
	copyrights for the package.

	"You" is you, if you're thinking about copying or distributing
	this Package.

	"Reasonable copying fee" is whatever you can justify on the
	basis of media cost, duplication charges, time of people involved,
	and so on.  (You will not be required to justify it to the
	Copyright Holder, but only to the computing community at large
	as a market that must bear the fee.)

	"Freely Available" means that no fee is charged for the item
	itself, though there may be fees involved in handling the item.
	It also means that recipients of the item may redistribute it
	under the same conditions they received it.

1. You may make and give away verbatim copies of the source form of the
Standard Version of this Package without restriction, provided that you
duplicate all of the original copyright notices and associated disclaimers.

2. You may apply bug fixes, portability fixes and other modifications
derived from the Public Domain or from the Copyright Holder.  A Package
modified in such a way shall still be considered the Standard Version.

3. You may otherwise modify your copy of this Package in any way, provided
that you insert a prominent notice in each changed file stating how and
when you changed that file, and provided that you do at least ONE of the
following:

    a) place your modifications in the Public Domain or otherwise make them
    Freely Available, such as by posting said modifications to Usenet or
    an equivalent medium, or placing the modifications on a major archive
    site such as uunet.uu.net, or by allowing the Copyright Holder to include
    your modifications in the Standard Version of the Package.

    b) use the modified Package only within your corporation or organization.

    c) rename any non-standard executables so the names do not conflict
    with standard executables, which must also be provided, and provide
    a separate manual page for each non-standard executable that clearly
    documents how it differs from the Standard Version.

    d) make other distribution arrangements with the Copyright Holder.

4. You may distribute the programs of this Package in object code or
executable form, provided that you do at least ONE of the following:

    a) distribute a Standard Version of the executables and library files,
    together with instructions (in the manual page or equivalent) on where
    to get the Standard Version.

    b) accompany the distribution with the machine-readable source of
    the Package with your modifications.

My late dad wrote a Perl script for his stamp club and put this licence on it. The club wants me to update it (new fields for postmarks) and share it with other clubs. What do I need to do to stay within the licence and respect his name on it? Also, is uunet.uu.net even a thing any more??"""),
(0, "classification", "en", "before", "list", None, """stamp or coin collecting term? perforation, mint condition, obverse, first day cover, hallmark, watermark, milled edge"""),
(1, "open_qa", "en", "none", "none", None, """why are some old stamps worth thousands? what makes a stamp valuable"""),
(0, "summarization", "en", "after", "prose", "EV-p052", """Long post I put on the café's Facebook page, but my daughter says nobody will read it. Can you make a 3-sentence version?

"To all our lovely customers,

After eleven years, it's with a heavy heart that we have to tell you that The Teapot will be closing its doors for the last time on Saturday 28 September.

This wasn't an easy decision. As many of you know, our rent went up by nearly 40% in January, and with the cost of everything from milk to electricity going through the roof, we've been running at a loss since the spring. We tried everything we could think of: the evening supper club, the cake subscriptions, the kids' craft mornings. Some of those were a huge success, and we'll never forget the night forty of you squeezed in for the Eurovision party. But in the end the numbers just don't add up, and we don't want to get into debt we can't pay back.

We want to say a proper thank you. To the regulars who come in every single morning, you know who you are, and we know your orders by heart. To the mums and dads who came in with prams and now come in with teenagers. To the knitting group, the Thursday walkers, the man who always asks for 'a builder's tea with the bag left in', and to everyone who ever left a kind review. You made this little café feel like a living room for the whole street.

Thank you too to our brilliant staff, Jodie, Amir and Sasha, who have been with us through thick and thin. If anyone is hiring, they are the hardest-working, kindest people you could hope to meet.

Between now and the 28th, we'll be open as normal. On our last day, we'll be serving free tea and cake from 2pm until it runs out, and we'd love to see as many of you as possible to say goodbye. We'll also be selling off the mismatched teapots (yes, all 63 of them), with the money going to the hospice.

We're not sure what comes next for us. Maybe a long sleep. Maybe a market stall, if we miss you too much.

With love and a lot of tears,
Bev and Colin"
"""),
(1, "creative_writing", "en", "after", "prose", "EV-p052", """My mum posted this when she closed her café:

"To all our lovely customers,

After eleven years, it's with a heavy heart that we have to tell you that The Teapot will be closing its doors for the last time on Saturday 28 September.

This wasn't an easy decision. As many of you know, our rent went up by nearly 40% in January, and with the cost of everything from milk to electricity going through the roof, we've been running at a loss since the spring. We tried everything we could think of: the evening supper club, the cake subscriptions, the kids' craft mornings. Some of those were a huge success, and we'll never forget the night forty of you squeezed in for the Eurovision party. But in the end the numbers just don't add up.

We want to say a proper thank you. To the regulars who come in every single morning, you know who you are, and we know your orders by heart. To the mums and dads who came in with prams and now come in with teenagers. To the knitting group, the Thursday walkers, the man who always asks for 'a builder's tea with the bag left in', and to everyone who ever left a kind review. You made this little café feel like a living room for the whole street.

Thank you too to our brilliant staff, Jodie, Amir and Sasha, who have been with us through thick and thin.

On our last day, we'll be serving free tea and cake from 2pm until it runs out. We'll also be selling off the mismatched teapots (yes, all 63 of them), with the money going to the hospice.

With love and a lot of tears,
Bev and Colin"

I want to make a speech on the last day to thank my mum and dad in front of everyone. Can you write one, about 2 minutes, funny in places (the teapots, Eurovision) but it'll make people cry too."""),
(0, "classification", "en", "before", "list", None, """Label each as a hot or cold dessert: crumble, trifle, sticky toffee pudding, ice cream sundae, rice pudding, cheesecake, jam roly-poly, eton mess"""),
(1, "general_qa", "en", "none", "none", None, """what can i bake for a leaving do that travels well on the bus and feeds 20"""),
(0, "summarization", "en", "before", "notes", "EV-p053", """Can you boil down my babysitter notes into a short checklist? She's 16 and it's her first time with us, I don't want to overwhelm her.

NOTES FOR SATURDAY

Kids: Ollie (7), Poppy (4), baby Finn (10 months).

Timings:
- We leave at 6.30, back by 11.30 at the latest.
- Finn: he'll already be in his pyjamas. Bottle at 7pm (150ml formula, powder in the pre-measured pot on the counter, kettle water cooled to lukewarm, test on your wrist). Then put him in his cot with the white noise machine on (button on top, it's set already). He might cry for a few minutes, that's OK. If he cries for more than 10 minutes, pick him up, cuddle, try again. DON'T give him another bottle.
- Poppy: bath not needed. Teeth at 7.15, story (she'll choose – it will be the Gruffalo, sorry), lights out 7.30 with the door open a crack and the landing light on. She will ask for water three times. Say yes once.
- Ollie: he's allowed to stay up till 8.15 and can watch one episode of something on the iPad (not YouTube). Teeth, then he reads in bed till 8.30. He'll try to negotiate. Be strong.

Food: the kids have had tea. You're welcome to anything in the fridge (there's pizza for you in the freezer, 200 degrees for 15 mins). No snacks for the kids after 7 please, especially not the chocolate in the top cupboard, Ollie knows it's there.

Safety: Poppy has a mild nut allergy – antihistamine syrup is in the first aid box in the kitchen drawer, 5ml if she gets a rash, and ring us. The back door sticks, lift the handle to lock it. Don't let the cat out, he's on a diet and will go begging next door.

Contacts: my mobile and Tom's mobile are on the fridge. Our neighbour Sheila at number 12 is in all evening and has said you can knock if you need anything. For an emergency, ring 999 first, then us.

Wi-fi password is on the router in the hall.

Thank you so much!! The kids are so excited you're coming."""),
(1, "general_qa", "en", "before", "notes", "EV-p053", """Is there anything important missing from my babysitter notes? She's 16, first time with us. Be honest if I've overdone it.

NOTES FOR SATURDAY

Kids: Ollie (7), Poppy (4), baby Finn (10 months).

Timings:
- We leave at 6.30, back by 11.30 at the latest.
- Finn: he'll already be in his pyjamas. Bottle at 7pm (150ml formula, powder in the pre-measured pot on the counter, kettle water cooled to lukewarm, test on your wrist). Then put him in his cot with the white noise machine on. He might cry for a few minutes, that's OK. If he cries for more than 10 minutes, pick him up, cuddle, try again. DON'T give him another bottle.
- Poppy: teeth at 7.15, story (she'll choose – it will be the Gruffalo, sorry), lights out 7.30 with the door open a crack and the landing light on. She will ask for water three times. Say yes once.
- Ollie: he's allowed to stay up till 8.15 and can watch one episode of something on the iPad (not YouTube). Teeth, then he reads in bed till 8.30. He'll try to negotiate. Be strong.

Food: the kids have had tea. You're welcome to anything in the fridge (there's pizza for you in the freezer, 200 degrees for 15 mins). No snacks for the kids after 7 please.

Safety: Poppy has a mild nut allergy – antihistamine syrup is in the first aid box in the kitchen drawer, 5ml if she gets a rash, and ring us. The back door sticks, lift the handle to lock it. Don't let the cat out.

Contacts: my mobile and Tom's mobile are on the fridge. Our neighbour Sheila at number 12 is in all evening and has said you can knock if you need anything. For an emergency, ring 999 first, then us.

Also how much should I pay her? We're in Leeds."""),
(1, "open_qa", "en", "none", "none", None, """why do babies like white noise"""),
(0, "classification", "en", "before", "list", None, """Sort the kids' bedtime excuses into 'thirsty', 'scared', 'hungry' or 'just stalling':
"there's a monster"
"I need a wee"
"can I have toast"
"my sock feels weird"
"I need water"
"the shadow moved"
"I forgot to tell you something about dinosaurs" """),
(1, "creative_writing", "en", "none", "none", None, """funny poem listing all the excuses kids make at bedtime, for a parenting blog"""),
# source: /usr/share/doc/bzip2/copyright (BSD-variant licence text, "Files: *" stanza), licence: BSD-variant (bzip2)
(0, "summarization", "en", "before", "prose", "EV-p054", """in 2 lines what does this say? found it in a zip tool i use

 Redistribution and use in source and binary forms, with or without
 modification, are permitted provided that the following conditions
 are met:
 .
 1. Redistributions of source code must retain the above copyright
    notice, this list of conditions and the following disclaimer.
 .
 2. The origin of this software must not be misrepresented; you must
    not claim that you wrote the original software.  If you use this
    software in a product, an acknowledgment in the product
    documentation would be appreciated but is not required.
 .
 3. Altered source versions must be plainly marked as such, and must
    not be misrepresented as being the original software.
 .
 4. The name of the author may not be used to endorse or promote
    products derived from this software without specific prior written
    permission.
 .
 THIS SOFTWARE IS PROVIDED BY THE AUTHOR ``AS IS'' AND ANY EXPRESS
 OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 ARE DISCLAIMED.  IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY
 DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
 GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
 WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
 NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."""),
# source: /usr/share/doc/bzip2/copyright (BSD-variant licence text, "Files: *" stanza), licence: BSD-variant (bzip2)
(1, "open_qa", "en", "before", "prose", "EV-p054", """If I put this compression code inside a photo backup app I'm selling, does clause 2 mean I HAVE to credit the author in the app, or is it optional? And what happens if the code corrupts a customer's photos, am I liable?

 Redistribution and use in source and binary forms, with or without
 modification, are permitted provided that the following conditions
 are met:
 .
 1. Redistributions of source code must retain the above copyright
    notice, this list of conditions and the following disclaimer.
 .
 2. The origin of this software must not be misrepresented; you must
    not claim that you wrote the original software.  If you use this
    software in a product, an acknowledgment in the product
    documentation would be appreciated but is not required.
 .
 3. Altered source versions must be plainly marked as such, and must
    not be misrepresented as being the original software.
 .
 4. The name of the author may not be used to endorse or promote
    products derived from this software without specific prior written
    permission.
 .
 THIS SOFTWARE IS PROVIDED BY THE AUTHOR ``AS IS'' AND ANY EXPRESS
 OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 ARE DISCLAIMED.  IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY
 DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
 GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
 WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
 NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."""),
(0, "classification", "en", "after", "reviews", None, """Reviews of my handmade soap shop, please label each as about SCENT, PACKAGING, DELIVERY or SKIN:
1. "Lavender one smells heavenly, fills the whole bathroom"
2. "Arrived in 2 days, well wrapped"
3. "Brown paper wrapping with the little string bow is so pretty, perfect gift"
4. "My eczema has calmed right down since switching"
5. "Took nearly 2 weeks to come"
6. "Oatmeal bar is gentle on my baby's skin"
7. "Citrus scent faded after a week"
8. "Box was crushed but soaps were fine" """),
(1, "creative_writing", "en", "none", "none", None, """Give me 8 names for handmade soaps with a seaside theme, like for a Cornish gift shop. Short and sweet"""),
(1, "open_qa", "en", "none", "none", None, """how does soap actually get rid of germs, does it kill them or wash them off"""),
(0, "summarization", "en", "after", "prose", "EV-p055", """FOR SALE: 2011 Ford Fiesta 1.25 Zetec, 3-door, silver. 89,000 miles. MOT until next March with no advisories. Full service history (stamped book, last service 2 months ago including new timing belt and water pump). Two owners from new, the last one being my mum, who only used it for the shops and visiting us at weekends. Cheap to run, 50+ mpg on a run, £165 a year road tax. Recent new front tyres and battery. Small dent on the passenger door (see photos) and a few stone chips on the bonnet, otherwise very tidy for its age. Interior clean, no smoke or pets. Air con works. Bluetooth radio fitted last year. Two keys. Selling because she's given up driving. £2,950 ono, no silly offers, cash or bank transfer on collection. Viewing welcome, evenings and weekends.

Can you shorten this to 40ish words for Facebook Marketplace"""),
(1, "general_qa", "en", "after", "prose", "EV-p055", """Looking at this car for my 17 year old's first car:

FOR SALE: 2011 Ford Fiesta 1.25 Zetec, 3-door, silver. 89,000 miles. MOT until next March with no advisories. Full service history (stamped book, last service 2 months ago including new timing belt and water pump). Two owners from new, the last one being my mum, who only used it for the shops and visiting us at weekends. Cheap to run, 50+ mpg on a run, £165 a year road tax. Recent new front tyres and battery. Small dent on the passenger door (see photos) and a few stone chips on the bonnet, otherwise very tidy for its age. Interior clean, no smoke or pets. Two keys. £2,950 ono.

Is this a good buy? What should I check when we view it and how much should I offer?"""),
(0, "classification", "en", "before", "list", None, """car part or bike part? derailleur, clutch, spokes, exhaust, handlebars, gearbox, chain, windscreen wiper"""),
(1, "open_qa", "en", "none", "none", None, """what does a timing belt do and why is it so expensive to replace"""),
(0, "summarization", "en", "none", "none", None, """Summarise the film Grease in 4 lines, my mum and I are watching it tonight and I've never seen it"""),
(1, "creative_writing", "en", "none", "none", None, """write a parody of Summer Nights but about a disastrous camping holiday, just 2 verses and a chorus"""),
(0, "classification", "en", "before", "list", None, """Musicals or not musicals? Grease, The Sound of Music, Jaws, Mamma Mia, Les Misérables, Titanic, Matilda, Top Gun"""),
(1, "general_qa", "en", "none", "none", None, """I'm 60 and want to take my granddaughter (9) to her first West End show. Which one and how do I get tickets without paying a fortune?"""),
(0, "summarization", "en", "after", "verse", "EV-p056", """My daughter (14) wrote this poem for English and won't tell me what it's about. Can you tell me in 2 sentences what it's saying?

Mirror

Every morning I meet a girl
who looks like me but not quite.
Her hair does what it wants,
her smile is a bit too late.

She knows the things I worry about —
the bus, the lunch queue, who I'll sit with,
the question I'll be asked in maths
that everybody else will get.

I tell her she is fine.
She doesn't believe me.
I tell her again, slower,
like you talk to a nervous dog.

Then I pick up my bag,
and she picks up hers,
and we go out together,
because one of us has to."""),
(1, "general_qa", "en", "after", "verse", "EV-p056", """My daughter (14) wrote this poem for English:

Mirror

Every morning I meet a girl
who looks like me but not quite.
Her hair does what it wants,
her smile is a bit too late.

She knows the things I worry about —
the bus, the lunch queue, who I'll sit with,
the question I'll be asked in maths
that everybody else will get.

I tell her she is fine.
She doesn't believe me.
I tell her again, slower,
like you talk to a nervous dog.

Then I pick up my bag,
and she picks up hers,
and we go out together,
because one of us has to.

I had no idea she felt anxious about school. Should I bring it up with her, and how, without making her regret showing me?"""),
(1, "open_qa", "en", "none", "none", None, """what are the signs of anxiety in teenagers vs just normal teenage moods"""),
(0, "classification", "en", "after", "verse", None, """Roses red, the sun is out,
the ice cream van is driving about,
we're off to the beach, hip hip hooray,
the best, the best, the best of days!

mood of this poem? happy, sad, angry, nervous"""),
(0, "summarization", "en", "after", "prose", "EV-p057", """Clause 14 of my tenancy agreement, does anyone understand it?? Please summarise in plain words:

14. Pets. The Tenant shall not keep or permit to be kept any animal, bird, reptile or fish at the Property without the prior written consent of the Landlord, such consent not to be unreasonably withheld or delayed. Where consent is given, it may be subject to reasonable conditions, including but not limited to the payment of an additional deposit not exceeding the maximum permitted under the Tenant Fees Act 2019, the requirement that the Tenant arrange professional cleaning and de-fleaing of the Property at the end of the tenancy, and the requirement that the Tenant hold insurance covering damage caused by the animal. Consent may be withdrawn if the animal causes a nuisance to neighbouring occupiers or damage to the Property beyond fair wear and tear. Assistance dogs are excluded from this clause."""),
(1, "general_qa", "en", "after", "prose", "EV-p057", """Clause 14 of my tenancy agreement:

14. Pets. The Tenant shall not keep or permit to be kept any animal, bird, reptile or fish at the Property without the prior written consent of the Landlord, such consent not to be unreasonably withheld or delayed. Where consent is given, it may be subject to reasonable conditions, including but not limited to the payment of an additional deposit not exceeding the maximum permitted under the Tenant Fees Act 2019, the requirement that the Tenant arrange professional cleaning and de-fleaing of the Property at the end of the tenancy, and the requirement that the Tenant hold insurance covering damage caused by the animal. Consent may be withdrawn if the animal causes a nuisance to neighbouring occupiers or damage to the Property beyond fair wear and tear. Assistance dogs are excluded from this clause.

I want to adopt an old cat from a rescue. How do I ask my landlord so he's more likely to say yes? I've been a good tenant for 3 years."""),
(0, "classification", "en", "before", "list", None, """Pets that are fine in a small flat vs pets that need a garden: hamster, rabbit, goldfish, border collie, budgie, guinea pig, cat, tortoise"""),
(1, "open_qa", "en", "none", "none", None, """do rabbits really need a friend or is one rabbit fine"""),
# source: Python 3.11 stdlib, turtle module docstring (from "Imagine" to end of feature list), licence: PSF-2.0
(0, "summarization", "en", "after", "code", "EV-p058", """Imagine a robotic turtle starting at (0, 0) in the x-y plane. After an ``import turtle``, give it
the command turtle.forward(15), and it moves (on-screen!) 15 pixels in
the direction it is facing, drawing a line as it moves. Give it the
command turtle.right(25), and it rotates in-place 25 degrees clockwise.

By combining together these and similar commands, intricate shapes and
pictures can easily be drawn.

----- turtle.py

This module is an extended reimplementation of turtle.py from the
Python standard distribution up to Python 2.5. (See: https://www.python.org)

It tries to keep the merits of turtle.py and to be (nearly) 100%
compatible with it. This means in the first place to enable the
learning programmer to use all the commands, classes and methods
interactively when using the module from within IDLE run with
the -n switch.

Roughly it has the following features added:

- Better animation of the turtle movements, especially of turning the
  turtle. So the turtles can more easily be used as a visual feedback
  instrument by the (beginning) programmer.

- Different turtle shapes, gif-images as turtle shapes, user defined
  and user controllable turtle shapes, among them compound
  (multicolored) shapes. Turtle shapes can be stretched and tilted, which
  makes turtles very versatile geometrical objects.

- Fine control over turtle movement and screen updates via delay(),
  and enhanced tracer() and speed() methods.

- Aliases for the most commonly used commands, like fd for forward etc.,
  following the early Logo traditions. This reduces the boring work of
  typing long sequences of commands, which often occur in a natural way
  when kids try to program fancy pictures on their first encounter with
  turtle graphics.

- Turtles now have an undo()-method with configurable undo-buffer.

- Some simple commands/methods for creating event driven programs
  (mouse-, key-, timer-events). Especially useful for programming games.

- A scrollable Canvas class. The default scrollable Canvas can be
  extended interactively as needed while playing around with the turtle(s).

- A TurtleScreen class with methods controlling background color or
  background image, window and canvas size and other properties of the
  TurtleScreen.

- There is a method, setworldcoordinates(), to install a user defined
  coordinate-system for the TurtleScreen.

- The implementation uses a 2-vector class named Vec2D, derived from tuple.
  This class is public, so it can be imported by the application programmer,
  which makes certain types of computations very natural and compact.

- Appearance of the TurtleScreen and the Turtles at startup/import can be
  configured by means of a turtle.cfg configuration file.
  The default configuration mimics the appearance of the old turtle module.

I'm a dad, not a programmer, and my 9 year old's coding club uses this. Can you give me the short version of what it says, like 4 bullet points?"""),
# source: Python 3.11 stdlib, turtle module docstring (from "Imagine" to end of feature list), licence: PSF-2.0
(1, "creative_writing", "en", "after", "code", "EV-p058", """Imagine a robotic turtle starting at (0, 0) in the x-y plane. After an ``import turtle``, give it
the command turtle.forward(15), and it moves (on-screen!) 15 pixels in
the direction it is facing, drawing a line as it moves. Give it the
command turtle.right(25), and it rotates in-place 25 degrees clockwise.

By combining together these and similar commands, intricate shapes and
pictures can easily be drawn.

----- turtle.py

This module is an extended reimplementation of turtle.py from the
Python standard distribution up to Python 2.5. (See: https://www.python.org)

It tries to keep the merits of turtle.py and to be (nearly) 100%
compatible with it. This means in the first place to enable the
learning programmer to use all the commands, classes and methods
interactively when using the module from within IDLE run with
the -n switch.

Roughly it has the following features added:

- Better animation of the turtle movements, especially of turning the
  turtle. So the turtles can more easily be used as a visual feedback
  instrument by the (beginning) programmer.

- Different turtle shapes, gif-images as turtle shapes, user defined
  and user controllable turtle shapes, among them compound
  (multicolored) shapes. Turtle shapes can be stretched and tilted, which
  makes turtles very versatile geometrical objects.

- Fine control over turtle movement and screen updates via delay(),
  and enhanced tracer() and speed() methods.

- Aliases for the most commonly used commands, like fd for forward etc.,
  following the early Logo traditions. This reduces the boring work of
  typing long sequences of commands, which often occur in a natural way
  when kids try to program fancy pictures on their first encounter with
  turtle graphics.

- Turtles now have an undo()-method with configurable undo-buffer.

- Some simple commands/methods for creating event driven programs
  (mouse-, key-, timer-events). Especially useful for programming games.

- A scrollable Canvas class. The default scrollable Canvas can be
  extended interactively as needed while playing around with the turtle(s).

- A TurtleScreen class with methods controlling background color or
  background image, window and canvas size and other properties of the
  TurtleScreen.

- There is a method, setworldcoordinates(), to install a user defined
  coordinate-system for the TurtleScreen.

- The implementation uses a 2-vector class named Vec2D, derived from tuple.
  This class is public, so it can be imported by the application programmer,
  which makes certain types of computations very natural and compact.

- Appearance of the TurtleScreen and the Turtles at startup/import can be
  configured by means of a turtle.cfg configuration file.
  The default configuration mimics the appearance of the old turtle module.

My 9 year old loves this turtle thing. Could you write her a short story about a little robot turtle who draws pictures, using the commands forward, right and undo as part of the plot? About 300 words."""),
(0, "classification", "en", "before", "list", None, """Coding words — which are about loops, which about decisions? for, while, if, else, repeat, elif, until"""),
(1, "general_qa", "en", "none", "none", None, """My 9yo is bored of Scratch. What's the next step for learning to code at home? I know nothing about computers"""),
(0, "summarization", "en", "after", "email", "EV-p059", """Hi Dan,

Thanks for getting in touch about the allotment plot. I'm pleased to tell you that you've reached the top of the waiting list, and plot 31 (half plot, about 125 square metres) at Brookside Allotments is available from 1 March.

The annual rent is £38, payable by 31 March, with a one-off £20 key deposit for the main gate. Water is from troughs, shared between every four plots, and is switched off from November to March. There's a communal shed with a mower and strimmer that tenants can use after an induction.

A few rules to be aware of: at least 75% of the plot must be cultivated within the first year; bonfires are only allowed from October to March and not at weekends; no livestock except bees (with permission); and no structures over 2m without asking the committee. The previous tenant left a small shed and a couple of compost bins, which you're welcome to keep. It's a bit overgrown, I'm afraid, mainly couch grass and brambles along the back.

Let me know by 15 February if you'd like to take it, and I'll send the tenancy agreement.

Best wishes,
Pat (Lettings Secretary)

summarise the key facts, I need to tell my wife before we decide"""),
(1, "general_qa", "en", "after", "email", "EV-p059", """Hi Dan,

Thanks for getting in touch about the allotment plot. I'm pleased to tell you that you've reached the top of the waiting list, and plot 31 (half plot, about 125 square metres) at Brookside Allotments is available from 1 March.

A few rules to be aware of: at least 75% of the plot must be cultivated within the first year; bonfires are only allowed from October to March and not at weekends; no livestock except bees (with permission); and no structures over 2m without asking the committee. The previous tenant left a small shed and a couple of compost bins, which you're welcome to keep. It's a bit overgrown, I'm afraid, mainly couch grass and brambles along the back.

Best wishes,
Pat

I work full time and have two kids. Is 75% in year one realistic on a weekend-only schedule? How would you tackle the couch grass and brambles, and what's easy to grow in year one?"""),
(1, "open_qa", "en", "none", "none", None, """why is couch grass so hard to get rid of"""),
(0, "classification", "en", "before", "list", None, """Which of these are weeds and which are veg seedlings people often confuse with weeds? dandelion, bindweed, carrot top, chickweed, beetroot seedling, nettle, dill"""),
(0, "summarization", "en", "after", "transcript", None, """Auto-transcribed voicemail from the garage:

"Hiya, it's Kev from Mill Lane Motors about the Astra. So we've had a look, the knocking noise is the front left drop link, that's a cheap fix, about sixty quid fitted. But while it was up on the ramp we noticed the rear brake pads are down to about two mil, so they really need doing, that's another hundred and twenty. And your front tyres are both just legal but they'll fail the MOT next month, so you might want to do them now, about ninety each for mid-range. Give us a bell back and let us know what you want us to go ahead with. We can have it ready by four if you let us know before twelve. Cheers."

summarise the costs and what he said"""),
(1, "general_qa", "en", "none", "none", None, """garage says I need brake pads and 2 tyres, total about 360. is it worth shopping around or just let them do it? I'm not a car person"""),
(0, "classification", "en", "before", "list", None, """Label each noise as probably serious or probably not: squealing when braking, ticking from engine when cold, clunk over bumps, rattle from the glovebox, grinding when changing gear, whistle from window at 70mph"""),
(1, "creative_writing", "en", "none", "none", None, """poem about my old car that's finally going to the scrapyard after 19 years, bit funny bit sad"""),
(0, "summarization", "en", "after", "reviews", None, """I'm choosing a primary school and copied these comments from a parents' forum:
- "Lovely small school, teachers know every child."
- "Mixed classes (Y1/Y2 together) which I wasn't sure about but it works."
- "No after school club, a nightmare if you work full time."
- "Big focus on outdoor learning, they have a forest school every Friday."
- "SATs results a bit below average but kids are happy."
- "The head is very approachable."
- "Parking is dreadful."
- "My son with dyslexia has had brilliant support."

Sum up the good and bad in two short lists"""),
(1, "general_qa", "en", "none", "none", None, """how do you choose between a small village primary and a big town one? both are 'good' on ofsted"""),
(0, "classification", "en", "after", "prose", None, """"Reception class will be learning about 'People Who Help Us' this half term. We'd love any parents who work in the emergency services, healthcare or other community roles to come in and talk to the children for 10 minutes."

is this an invitation, a warning or a reminder"""),
(1, "creative_writing", "en", "none", "none", None, """I'm a firefighter and I'm visiting my son's Reception class to talk. Write me a really simple, fun 5-minute talk for 4 year olds, with a little song or chant at the end"""),
(1, "open_qa", "en", "none", "none", None, """why are fire engines red in the UK but yellow in some other countries?"""),
(0, "summarization", "en", "none", "none", None, """Give me the story of Peter Rabbit in 3 sentences, for a toddler's bedtime"""),
(1, "creative_writing", "en", "none", "none", None, """write a new little adventure for Peter Rabbit where he visits the seaside, in a gentle old-fashioned style, 250 words"""),
(0, "classification", "en", "before", "list", None, """wild animals you might see in a British garden or not? fox, badger, hedgehog, squirrel, deer, raccoon, chipmunk, frog"""),
(1, "open_qa", "en", "none", "none", None, """are grey squirrels really bad for red squirrels? what actually happened"""),
# source: /usr/share/doc/tar/changelog.Debian.gz (entry 1.34+dfsg-1.2+deb12u1, maintainer line removed), licence: GPL-3+ (debian/* per /usr/share/doc/tar/copyright)
(0, "classification", "en", "after", "log", "EV-p060", """tar (1.34+dfsg-1.2+deb12u1) bookworm; urgency=medium

  * Non-maintainer upload.
  * Fix boundary checking in base-256 decoder (CVE-2022-48303)
  * Fix handling of extended header prefixes (CVE-2023-39804)
    (Closes: #1058079)

my laptop wants to install this. Is it a security update, a new feature or a bug fix only? one answer"""),
# source: /usr/share/doc/tar/changelog.Debian.gz (entry 1.34+dfsg-1.2+deb12u1, maintainer line removed), licence: GPL-3+ (debian/* per /usr/share/doc/tar/copyright)
(1, "open_qa", "en", "after", "log", "EV-p060", """tar (1.34+dfsg-1.2+deb12u1) bookworm; urgency=medium

  * Non-maintainer upload.
  * Fix boundary checking in base-256 decoder (CVE-2022-48303)
  * Fix handling of extended header prefixes (CVE-2023-39804)
    (Closes: #1058079)

What is 'boundary checking' and why would not doing it be a problem? Explain like I'm 15, we're doing cyber security at school"""),
(0, "summarization", "en", "after", "prose", None, """The Environment Agency has issued a hosepipe ban for customers of Southern Water in Hampshire and the Isle of Wight, which will come into force next Friday. It follows the driest July on record in the region and low flows in the rivers Test and Itchen. Under the ban, people must not use a hosepipe to water gardens, wash cars, fill paddling pools or clean patios. Watering cans are still allowed, as is using a hosepipe with water from a butt. Businesses that rely on water, such as car washes and garden centres, are exempt. Anyone breaking the ban could be fined up to £1,000.

what can I still do? summarise please"""),
(1, "general_qa", "en", "none", "none", None, """hosepipe ban starts friday, how do i keep my veg patch alive through august with just watering cans? i have 2 water butts"""),
(0, "classification", "en", "before", "list", None, """Drought-tolerant or thirsty plants? lavender, hydrangea, rosemary, sedum, runner beans, cosmos, lettuce, verbena bonariensis"""),
(1, "creative_writing", "en", "none", "none", None, """write a silly haiku sequence (3 haikus) about a hosepipe ban from the point of view of a thirsty tomato"""),
(0, "summarization", "en", "after", "chat", None, """Group chat for my son's 5-a-side team (parents):
Coach Lee: No training Thursday, pitch is being relined
Sara: Ok thanks, is the match still Sunday?
Coach Lee: Yes Sunday 10am at Greenfield, meet 9.30
Mike: Can someone give Jake a lift? I'm working
Sara: We can take him, we pass yours
Mike: Legend thanks
Coach Lee: Kit is the blue away kit this week, they're in red
Priya: Do they need shin pads, Arjun lost his
Coach Lee: Yes shin pads compulsory, sorry! Decathlon has cheap ones
Priya: Off we go then 😂

what do i need to know, I'm Jake's mum"""),
(1, "general_qa", "en", "none", "none", None, """my son cries every time his team loses a football match, he's 8. how do i help him be a better loser without crushing him"""),
(0, "classification", "en", "before", "list", None, """Team sport or individual sport? tennis, netball, swimming, rugby, golf, cricket, gymnastics, hockey"""),
(1, "open_qa", "en", "none", "none", None, """why is it called soccer in America but football here"""),
(0, "summarization", "en", "after", "prose", None, """Dear Member,

Your gym is introducing new opening hours from 1 November. We will now open at 6am (previously 5.30am) on weekdays and close at 9pm (previously 10pm). Weekend hours will remain 8am–6pm. This change follows a review of how members use the gym, which showed very low attendance in the earliest and latest hours. We will also be adding two new classes, Spin Express (30 mins, 6.15am Tue/Thu) and Gentle Pilates (over-60s, 11am Wed). Your membership price will not change.

quick summary pls"""),
(1, "creative_writing", "en", "none", "none", None, """Write a complaint email to my gym, polite but annoyed, because they're closing at 9pm now and I work late shifts. Ask if they'll freeze my membership free"""),
(0, "summarization", "en", "none", "none", None, """What happens in the book The Gruffalo? 2 lines"""),
(1, "open_qa", "en", "none", "none", None, """why are kids' picture books so often written in rhyme"""),
(0, "classification", "en", "after", "list", None, """chips, crisps, cake, carrots, cheese, cucumber, chocolate, cherries

sort into sweet and savoury for my toddler's picnic list"""),
(1, "general_qa", "en", "none", "none", None, """toddler picnic ideas that don't need a fridge and won't make a huge mess?"""),
]
