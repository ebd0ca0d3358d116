# writer everyday, part 14. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "email", "EV-p098", """My sister sent me this about our dad's house after he went into the care home. I'm overwhelmed, can you summarise where things are up to in 5 bullets?

Hi Rob,

Sorry for the essay, but I wanted to put everything in one place so we're both on the same page.

The house: the estate agent came on Tuesday and valued it at between £235,000 and £250,000. She thinks it'll sell quickly because of the garden and the school catchment, but says the kitchen and bathroom are 'dated' and buyers will knock money off. She suggested we don't bother renovating, just clear it, clean it and get the garden tidy. I agree, we don't have the time or the money.

Clearing: I've booked a house clearance company for Saturday 22nd. They'll take anything we don't want and charge about £600, less if they can sell some of the furniture. Before then we need to go through everything. I've started on the spare room and the loft. I found Mum's wedding dress, all the photo albums, and a box of Dad's medals, which I've brought home. Can you do the garage and the shed? There's a lot of tools in there, and I know you wanted some of them. Anything you don't want, the Men's Shed in town said they'd gladly take.

Money: the care home fees are about £1,150 a week. Dad's savings will cover around five months. After that, the house sale will have to pay, and the council says they'll do a 'deferred payment agreement' if it hasn't sold by then, which means they pay the fees and get the money back from the sale. I've got the forms. We both need to sign as his attorneys.

Post and bills: I've redirected his post to mine. I've cancelled the TV licence and the newspaper, and told the council he's left, so the council tax should drop now the house is empty. I still need to tell the gas and electric, and the water. Could you ring the home insurance? They need to know it's empty, or it might not be covered.

Dad: he's settling in better than I expected. He told the nurse he was 'on holiday'. He's asked twice where his dog is. I said Rover is staying with you for a bit, which he seemed happy with. Please bring Rover when you visit on Sunday, the home said dogs are fine in the lounge.

Love,
Jen"""),
(1, "general_qa", "en", "after", "email", "EV-p098", """From my sister about dad's house:

Clearing: I've booked a house clearance company for Saturday 22nd. Before then we need to go through everything. I found Mum's wedding dress, all the photo albums, and a box of Dad's medals, which I've brought home. Can you do the garage and the shed?

Money: the care home fees are about £1,150 a week. Dad's savings will cover around five months. After that, the house sale will have to pay, and the council says they'll do a 'deferred payment agreement' if it hasn't sold by then.

Dad: he's settling in better than I expected. He's asked twice where his dog is. I said Rover is staying with you for a bit.

I feel awful. I've got 2 kids, a full-time job and a 3 hour drive to his house. How do I split this fairly with my sister without us falling out? And is a deferred payment agreement a good idea or a trap?"""),
(0, "summarization", "en", "after", "prose", None, """Summary for my revision, please (about 80 words). It's from the history textbook:

The suffragettes were members of the Women's Social and Political Union, founded in Manchester in 1903. Frustrated by decades of peaceful campaigning that had failed to win women the vote, they adopted the motto 'Deeds, not words'. Their tactics became increasingly militant: they heckled politicians, chained themselves to railings, smashed shop windows in London's West End, and later set fire to empty buildings and postboxes. Many were arrested, and in prison some went on hunger strike. The government responded first with force-feeding, which caused public outrage, and then with the so-called 'Cat and Mouse Act' of 1913, which allowed hunger strikers to be released when they became weak and re-arrested once they had recovered. Historians still debate whether the militant campaign helped or harmed the cause. Some argue it kept women's suffrage in the headlines; others believe it alienated MPs who might otherwise have supported reform. When war broke out in 1914, the WSPU suspended its campaign and encouraged women to support the war effort. In 1918, the Representation of the People Act gave the vote to women over 30 who met a property qualification, and in 1928 women finally won the vote on the same terms as men."""),
(0, "classification", "en", "before", "list", None, """Put each of these suffragette tactics into 'peaceful' or 'militant': petitions, window smashing, hunger strikes, marches, chaining to railings, heckling politicians, arson on empty buildings, writing letters to MPs, leaflets"""),
(0, "summarization", "en", "after", "reviews", None, """Comments from the end-of-year survey for my Year 5 class (I'm the teacher). Summarise what the kids liked and what they'd change, in 2 short lists:

"I liked the Egyptian topic because we made mummies out of oranges."
"The class reading book was boring at first but then it got good."
"I wish we had more PE."
"Maths was hard but you helped me a lot."
"I loved the school trip to the museum."
"Please can we have golden time every Friday not just sometimes."
"Spelling tests make me nervous."
"I liked when we did drama and acted out the Romans."
"Our table was too noisy, I couldn't concentrate."
"The best thing was the science experiment with the volcano."
"I want to choose my own book more."
"You are the best teacher, but less homework please." """),
(0, "classification", "en", "after", "reviews", None, """Same survey — for each comment, say whether it's about TOPICS, READING, PE, BEHAVIOUR or HOMEWORK/TESTS:
1. "I liked the Egyptian topic because we made mummies out of oranges."
2. "The class reading book was boring at first but then it got good."
3. "I wish we had more PE."
4. "Spelling tests make me nervous."
5. "Our table was too noisy, I couldn't concentrate."
6. "I want to choose my own book more."
7. "less homework please"
8. "I liked when we did drama and acted out the Romans." """),
(0, "summarization", "en", "after", "transcript", "EV-p099", """Transcript of my nan telling me her Christmas pudding method (I recorded it on my phone). Can you turn it into a short step list, 6-8 steps?

"Right, you start in November, Stir-up Sunday, the last Sunday before Advent. You'll want 100 grams each of raisins, sultanas and currants, and 50 of mixed peel, and you soak them overnight in a good glug of brandy, or cold tea if you're being respectable. Next day, you rub 100 grams of suet, the vegetable one's fine, into 100 grams of breadcrumbs and 50 of self-raising flour. Then 100 grams of dark brown sugar, a teaspoon of mixed spice, a bit of nutmeg, the zest of an orange and a lemon, and a grated apple. Mix in two beaten eggs and then all the fruit with the brandy. Everyone in the house has to stir it and make a wish, clockwise, and you put a sixpence in if you've got one, but warn people, we nearly lost your grandad's tooth in 1987. Then you put it in a greased pudding basin, greaseproof paper and foil on top with a pleat in it so it can rise, tie it with string, and steam it for six hours. Six hours, mind, keep topping up the water. Then you let it cool and put it in a cool cupboard and feed it with a spoon of brandy every couple of weeks. On Christmas Day you steam it again for two hours, turn it out, warm some brandy in a ladle, light it and pour it over, and turn the lights off. That's the best bit." """),
(1, "creative_writing", "en", "after", "transcript", "EV-p099", """Transcript of my nan telling me her Christmas pudding method:

"Right, you start in November, Stir-up Sunday, the last Sunday before Advent. You soak the fruit overnight in a good glug of brandy, or cold tea if you're being respectable. Everyone in the house has to stir it and make a wish, clockwise, and you put a sixpence in if you've got one, but warn people, we nearly lost your grandad's tooth in 1987. Then you steam it for six hours. Six hours, mind, keep topping up the water. On Christmas Day you steam it again for two hours, turn it out, warm some brandy in a ladle, light it and pour it over, and turn the lights off. That's the best bit."

Can you turn this into a poem for the front of our family recipe book? Keep her voice — the 'mind', the tooth, the lights going off. About 20 lines."""),
(0, "summarization", "en", "after", "prose", None, """The leisure centre sent this about the swimming lessons, can you summarise in 3 bullets?

From September, our Learn to Swim programme will follow the new national framework. Children will be assessed in their first lesson and placed in one of seven stages, rather than the current colour-band system. Classes will be 30 minutes long with a maximum of 8 children per teacher in Stages 1 to 3 and 10 in Stages 4 to 7. Lessons will be paid by monthly direct debit (£29.50 a month), replacing the current termly payment, and will run all year round, including school holidays, except for two weeks at Christmas. Children will receive a badge and certificate when they complete each stage. Parents are asked not to stand on the poolside during lessons but to watch from the viewing gallery, as this helps children focus and keeps the poolside safe."""),
(0, "classification", "en", "before", "prose", None, """Is the tone of this message polite, rude or neutral? "Parents are asked not to stand on the poolside during lessons but to watch from the viewing gallery, as this helps children focus and keeps the poolside safe." """),
]
