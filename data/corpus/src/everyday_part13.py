# writer everyday, part 13. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "email", "EV-p097", """The email from my landlord about the damp, I want to forward a short version to my mum who's helping me. 3 bullets please:

Hi Chloe,

Thanks for sending the photos of the black mould in the bedroom and bathroom. I'm sorry you're dealing with this, especially with the baby.

I had a surveyor look at the property last year and he said the main cause is condensation rather than rising damp or a leak, because the flat doesn't have enough ventilation and the bathroom fan isn't strong enough. So there are some things I'll do and some things that will help from your side.

From my side: I've booked an electrician to fit a new, more powerful extractor fan in the bathroom on Monday 18th, between 8am and 12pm. I'll also get the mould in the bedroom treated and the wall repainted with anti-mould paint once the fan is in. And I'm looking into getting trickle vents fitted to the bedroom window, which should help; I'm waiting on a quote and should know by the end of the month.

From your side, it would help a lot if you could open the windows for 15–20 minutes each morning, keep the bathroom door shut when showering and leave the fan running for 20 minutes afterwards, and try not to dry washing on the radiators. I know that's hard in winter with a small baby, so I'm happy to contribute £50 towards a dehumidifier if you want to get one.

If it's not improving in a month after all this, let me know and I'll get the surveyor back.

Best,
Richard"""),
(1, "general_qa", "en", "after", "email", "EV-p097", """My landlord's reply about the black mould:

Hi Chloe,

I had a surveyor look at the property last year and he said the main cause is condensation rather than rising damp or a leak, because the flat doesn't have enough ventilation and the bathroom fan isn't strong enough.

From my side: I've booked an electrician to fit a new, more powerful extractor fan in the bathroom on Monday 18th. I'll also get the mould in the bedroom treated and the wall repainted with anti-mould paint once the fan is in.

From your side, it would help a lot if you could open the windows for 15–20 minutes each morning, keep the bathroom door shut when showering, and try not to dry washing on the radiators. I'm happy to contribute £50 towards a dehumidifier.

My baby is 3 months old and sleeps in that bedroom. Is it safe for her to stay there till it's fixed? And is the landlord doing enough, or should I push for more? I'm in England."""),
(0, "classification", "en", "before", "list", None, """Tag each thing as something that causes condensation indoors or something that reduces it: drying clothes on radiators, extractor fan, boiling pans without lids, opening windows, dehumidifier, long hot showers, keeping furniture away from walls, tumble dryer vented outside"""),
(0, "summarization", "en", "after", "prose", None, """Here is the description of the walk from our rambling group's book. I'm leading it on Sunday and want a short version (about 50 words) to send round:

Start from the car park by the church in Little Hadley (free, honesty box for donations). Go through the kissing gate at the back of the churchyard and follow the footpath sign across two fields, keeping the hedge on your left. At the stile, turn right onto the bridleway, which can be very muddy after rain. After about a mile you'll reach the ford at Hadley Brook; there's a footbridge to the left if the water is high. Climb the short steep hill through Ashcombe Wood (bluebells in late April and May), then follow the ridge path with views across the valley to the old windmill. At the trig point, take the left fork downhill, and follow the lane back into the village, where the Plough does a good Sunday roast (booking advised). Total distance 5.5 miles, about 2.5 hours, one steep climb, two stiles. Dogs welcome on leads; cattle in the fields near the ford from May to October."""),
(1, "creative_writing", "en", "none", "none", None, """Our rambling group is 25 years old this year. Write a short poem for the anniversary lunch, about muddy boots, wrong turns, stiles, and the pub at the end"""),
(0, "classification", "en", "before", "reviews", None, """Here are comments from our walking group's feedback form. For each one, tag it as ROUTE, PACE, SOCIAL or ORGANISATION:

1. "The ridge path views were stunning, more walks like that please."
2. "Too fast for some of us at the back, we got left behind at the wood."
3. "Lovely to chat to new people, felt really welcome."
4. "The meeting point wasn't clear, I waited at the wrong car park."
5. "Could we have a shorter option for people recovering from injuries?"
6. "The mud on the bridleway was knee deep, maybe avoid after rain."
7. "Great to have a coffee stop halfway."
8. "Emails about the walks come too late, I need a week's notice." """),
(0, "summarization", "en", "after", "story", None, """My great-aunt's memory of her wedding day, 1958. Could you make a 2-sentence version for the anniversary card?

"It rained all morning and my mother said it was lucky, which is what mothers say when it rains on your wedding. My dress was made by Mrs Clegg from two doors down out of parachute silk that my uncle had brought back from the war and kept in a drawer for thirteen years. It was the softest thing I'd ever touched. We couldn't afford a car, so my father walked me to the chapel under the big black umbrella from the undertaker's, which he'd borrowed, and which everyone agreed was not lucky at all. Your great-uncle was so nervous he dropped the ring, and it rolled under the front pew, and the vicar had to get down on his hands and knees to find it. The reception was in the church hall: ham sandwiches, a fruit cake my grandmother had been feeding with brandy since Christmas, and a barrel of beer from the Crown. Somebody played the piano, badly. We danced anyway. At eight o'clock we got the train to Blackpool for two nights in a boarding house where the landlady made us sit in separate chairs in the lounge until we showed her the marriage certificate. We were married sixty-one years. He never did learn to dance properly, but he never stopped asking me." """),
(1, "creative_writing", "en", "none", "none", None, """Write a little verse for a diamond wedding anniversary card (60 years) for my great-aunt and uncle who married in the rain in 1958"""),
(0, "classification", "en", "after", "prose", None, """"We were married sixty-one years. He never did learn to dance properly, but he never stopped asking me."

What feeling is this mostly: tender, bitter, funny or angry?"""),
(0, "summarization", "en", "after", "prose", None, """Please give me a 3-sentence summary of this article for my Year 9 citizenship homework:

A growing number of towns across the UK are opening 'repair cafés', free community events where volunteers help people fix broken household items instead of throwing them away. Visitors bring anything from toasters and lamps to torn jeans, wobbly chairs and bikes with punctures, and a team of volunteer fixers, many of them retired engineers, electricians and dressmakers, work alongside them to diagnose and repair the fault. Organisers say around two-thirds of items brought in are successfully repaired. The idea started in the Netherlands in 2009 and there are now thousands of repair cafés worldwide. Supporters say they save money, reduce waste going to landfill, and help people learn practical skills. They also point to the social benefits: many visitors stay for tea and cake, and some volunteers say it has given them a new sense of purpose after retirement. Critics argue that many modern products are designed to be hard to repair, with glued-in batteries and parts that are not sold separately, and are calling for stronger 'right to repair' laws to make manufacturers provide spare parts and repair manuals."""),
(1, "open_qa", "en", "none", "none", None, """what is the 'right to repair' law and does the UK have one now?"""),
(0, "classification", "en", "before", "list", None, """Repair café items — electrical, textiles, furniture or bikes? toaster, ripped jeans, wobbly chair, flat tyre, lamp, torn curtain, hairdryer, squeaky brakes"""),
(0, "summarization", "en", "after", "transcript", None, """Phone call with the insurance company, I typed notes while they talked. Please summarise into what happens next:

Agent: So I can see your claim for the water damage from the burst pipe in the loft on the 3rd. The loss adjuster's report came back yesterday.
Me: OK.
Agent: They've agreed the ceiling in the main bedroom and landing needs replacing, and the carpet on the landing. They've also agreed the cost of the emergency plumber, £185. The report says the wardrobe damage is wear and tear, not water, so that part isn't covered.
Me: That's not right, it was fine before.
Agent: You can appeal that part. You'd need to send photos from before the damage if you have any, or a statement. There's a form on the website.
Me: OK. What about the ceiling?
Agent: We'll appoint one of our approved contractors, they'll call you within 5 working days to book a survey. Or if you'd rather use your own builder, you can get two quotes and send them to us, but we'll only pay up to what our contractor would charge.
Me: And the excess?
Agent: Your policy excess is £350, that'll be taken off the settlement.
Me: Right. And how long will it all take?
Agent: Usually 4 to 6 weeks from the survey. You'll get an email today confirming all this."""),
(1, "general_qa", "en", "none", "none", None, """the insurer says our water-damaged wardrobe is 'wear and tear'. how do I appeal that properly? we don't have photos from before"""),
(0, "classification", "en", "before", "list", None, """Usually covered by home insurance or not? burst pipe damage, storm blowing tiles off, gradual damp, theft after a break-in, moth damage, accidental red wine on a carpet (with accidental damage cover), subsidence, wear and tear"""),
(0, "summarization", "en", "after", "prose", None, """Leaflet from the library about their free digital help sessions, my dad (81) wants the short version:

Digital Buddies is a free service for anyone who wants help using computers, tablets or smartphones. Our friendly volunteers can help you with the basics, such as sending emails and photos, making video calls to family, shopping and banking safely online, booking GP appointments, and spotting scams. Sessions are one-to-one and last up to an hour. You can bring your own device or use one of ours. No question is too simple, and there's no need to be embarrassed: many of our regular visitors had never used a computer before. Sessions run every Tuesday and Friday from 10am to 12pm, and on the first Saturday of the month. Booking is recommended, either in person at the library desk or by phone. Tea and biscuits are provided."""),
]
