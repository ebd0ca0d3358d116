//! Pasted texts that are not encyclopedia prose, and the asks people make of them. Dolly's
//! passages are almost all Wikipedia, so a router trained on them alone learns that a poem, a
//! diary entry or a chat log means creative work. Here every genre is asked to be condensed or
//! labelled (fast path) as often as it is asked for new writing, advice or opinion (slow path),
//! with the ask before or after the text, and some texts longer than the model's window.

use rand::seq::{IndexedRandom, SliceRandom};
use rand::Rng;

use super::augment;

/// Kinds of pasted text, each with sentences (or lines) a passage is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    Verse,
    Diary,
    ChatLog,
    Email,
    MeetingNotes,
    ReleaseNotes,
    Incident,
    Business,
    Story,
    Review,
    Recipe,
}

const GENRES: &[Genre] = &[
    Genre::Verse,
    Genre::Diary,
    Genre::ChatLog,
    Genre::Email,
    Genre::MeetingNotes,
    Genre::ReleaseNotes,
    Genre::Incident,
    Genre::Business,
    Genre::Story,
    Genre::Review,
    Genre::Recipe,
];

impl Genre {
    fn lines(self) -> &'static [&'static str] {
        match self {
            Genre::Verse => &[
                "The harbour lamps are drowning in the rain,",
                "and every gull has gone to ground again.",
                "I kept your letters in a biscuit tin",
                "the way my mother kept the summer in.",
                "Morning comes slowly over the wheat,",
                "the old dog sleeps on the warm concrete.",
                "We were younger than the river then,",
                "we swore we'd never say goodbye again.",
                "The city hums a song it never learned,",
                "the bridges hold the lights the day returned.",
                "O quiet house, O kettle on the stove,",
                "teach me the patient grammar of your love.",
            ],
            Genre::Diary => &[
                "Dear diary, today was the kind of day I'd rather forget.",
                "I woke up late again and missed the bus to work.",
                "Mum called and we argued about Christmas plans for an hour.",
                "I finally finished the scarf I started in October.",
                "My manager said my presentation was the best of the quarter, and I nearly cried.",
                "I can't stop thinking about whether to move back home.",
                "Went running by the canal; my knee still hurts.",
                "Lena didn't answer my messages and I don't know what I did wrong.",
                "I'm grateful for small things: coffee, sunlight, the cat on my feet.",
                "Tomorrow I'm going to tell him how I really feel.",
                "Therapy was hard this week; we talked about my dad.",
                "I spent too much money on plants again.",
            ],
            Genre::ChatLog => &[
                "Sam: are we still on for tonight?",
                "Alex: yeah but can we push it to 8",
                "Sam: sure, did you book the table",
                "Alex: ugh no, I forgot, sorry",
                "Priya: the build is red again, who merged last?",
                "Tom: me, looking now",
                "Priya: it's blocking the release, please hurry",
                "Customer: my order #4821 still hasn't shipped",
                "Agent: I'm sorry about that, let me check the warehouse",
                "Customer: this is the third time I'm asking",
                "Agent: it left this morning, you'll get a tracking link today",
                "Mia: did anyone see the game last night??",
                "Jo: don't talk to me about it",
            ],
            Genre::Email => &[
                "Hi team, a quick update before the long weekend.",
                "The client signed off on the new designs this morning.",
                "Please submit your expense reports by Thursday at noon.",
                "The office will be closed on Monday for maintenance work.",
                "We are still waiting on legal to review the contract.",
                "I have attached the slides from yesterday's workshop.",
                "Could everyone confirm their availability for the offsite?",
                "Thanks again for all the extra hours this month.",
                "If you have questions, reply to this thread or ping me.",
                "Best, Dana",
                "Dear Mr. Okafor, thank you for your application.",
                "Unfortunately the position has been filled internally.",
            ],
            Genre::MeetingNotes => &[
                "- Attendees: Ravi, Claire, Ben, Yuki",
                "- Budget for Q3 approved with a 5% cut to travel",
                "- Hiring: two backend roles open, one offer out",
                "- Launch date moved from May 12 to May 26",
                "- Action: Claire to draft the press release",
                "- Action: Ben to fix the onboarding email bug",
                "- Risk: vendor delivery of the new servers is late",
                "- Decision: we keep the free tier for one more year",
                "- Next meeting: Thursday 10:00",
                "- Open question: do we need a second support shift?",
            ],
            Genre::ReleaseNotes => &[
                "Version 4.2.0 adds dark mode to the settings page.",
                "Fixed a crash when uploading images larger than 20 MB.",
                "The search index now rebuilds in the background.",
                "Deprecated: the v1 export endpoint will be removed in 5.0.",
                "Improved start-up time on older Android devices by 30%.",
                "Fixed a memory leak in the PDF preview.",
                "Added keyboard shortcuts for archiving and snoozing.",
                "Security: upgraded the TLS library to patch a known issue.",
                "Known issue: sync may pause when the battery saver is on.",
                "The minimum supported iOS version is now 16.",
            ],
            Genre::Incident => &[
                "At 02:14 UTC the payment service began returning errors.",
                "The on-call engineer was paged at 02:19.",
                "Root cause: an expired certificate on the internal load balancer.",
                "About 3% of checkout attempts failed for 47 minutes.",
                "The certificate was renewed and traffic recovered by 03:01.",
                "No customer data was lost or exposed.",
                "Follow-up: add certificate expiry alerts 30 days ahead.",
                "Follow-up: document the manual renewal procedure.",
                "Customers who were double charged will be refunded automatically.",
            ],
            Genre::Business => &[
                "Revenue for the quarter rose 12% year over year to $48 million.",
                "Operating costs grew faster than expected because of freight prices.",
                "The company opened two new stores in Lisbon and Porto.",
                "Customer churn fell to 3.1% after the loyalty programme launched.",
                "Management expects flat growth in the second half.",
                "The board approved a share buyback of $5 million.",
                "Online sales now make up 40% of the total.",
                "A new CFO joins in September from a logistics firm.",
                "Inventory levels remain high after a weak holiday season.",
            ],
            Genre::Story => &[
                "The lighthouse keeper had not spoken to anyone in eleven days.",
                "On the twelfth morning a boat appeared with no one aboard.",
                "Mara pulled her coat tighter and walked down to the shore.",
                "Inside the boat lay a single red glove and a map of the island.",
                "Her grandfather used to say the sea returns what it borrows.",
                "The village below had emptied after the mine closed.",
                "Only the baker stayed, and he baked for no one but the gulls.",
                "When the storm came, the lights in the tower flickered twice.",
                "She followed the map to a door she had never seen before.",
                "Years later, the children still told the story wrong.",
            ],
            Genre::Review => &[
                "I bought these headphones for my commute and they are great.",
                "The noise cancelling works well on the train but not in wind.",
                "Battery lasts about two days of heavy use.",
                "The ear cushions started cracking after four months.",
                "Customer service replaced them without any questions.",
                "The hotel was clean and the staff were lovely.",
                "Our room faced the street and it was loud until 2am.",
                "Breakfast was overpriced for what you get.",
                "Would I stay again? Probably, for the location alone.",
                "The app is fine but it asks for far too many permissions.",
            ],
            Genre::Recipe => &[
                "Preheat the oven to 200 degrees.",
                "Chop two onions and three cloves of garlic.",
                "Fry them in olive oil until soft and golden.",
                "Add a tin of tomatoes, a pinch of sugar and salt.",
                "Simmer for twenty minutes, stirring now and then.",
                "Stir in a handful of fresh basil at the end.",
                "Serve over pasta with plenty of grated cheese.",
                "Leftovers keep for three days in the fridge.",
            ],
        }
    }

    /// How lines of this genre are joined: verse, chats and notes keep their line breaks.
    fn separator(self) -> &'static str {
        match self {
            Genre::Verse | Genre::ChatLog | Genre::MeetingNotes => "\n",
            _ => " ",
        }
    }

    /// Labels that fit a text of this genre, for "which is it" asks (fast path).
    fn label_ask(self) -> &'static str {
        match self {
            Genre::Verse => "Is the mood of this poem hopeful, sad or angry?",
            Genre::Diary => "Tag the overall tone of this entry: positive, negative or mixed",
            Genre::ChatLog => "Is this conversation friendly or tense? one word",
            Genre::Email => "Is this email urgent or can it wait? Just say which",
            Genre::MeetingNotes => "Do these notes belong to engineering, finance or HR?",
            Genre::ReleaseNotes => "Label each line as feature, fix or deprecation",
            Genre::Incident => "Severity of this incident: low, medium or high?",
            Genre::Business => "Is this update good news or bad news for investors?",
            Genre::Story => "What genre is this excerpt: mystery, romance or science fiction?",
            Genre::Review => "positive, negative or mixed review?",
            Genre::Recipe => "Is this dish vegetarian? yes or no",
        }
    }
}

/// Asks to condense or label any pasted text (fast path), in words that fit a personal or
/// creative text too.
const CONDENSE_ASKS: &[&str] = &[
    "Condense this into two lines",
    "what's the gist of this",
    "tl;dr please",
    "Summarize this in one sentence",
    "Give me the short version",
    "Boil this down to three bullet points",
    "can you recap what happens here",
    "Sum up what the writer is saying",
    "Shorten this to a single sentence for my notes",
    "Main points only",
    "Write a two-line summary of the above",
    "Give me a one-line synopsis",
    "What is this text about, in a nutshell?",
    "Reduce this to its key facts",
    "Make a summary of this, short please",
    "Which kind of text is this: a poem, an email, a chat, a recipe or a story?",
    "Is the writer happy or unhappy? Just the label",
    "Sentiment of this text?",
];

/// Asks for new writing, advice or opinion about any pasted text (slow path).
const WRITING_ASKS: &[&str] = &[
    "Write a reply to this",
    "Write the next verse",
    "What should I say back to them?",
    "Give me advice on how to handle this situation",
    "Continue this in the same style",
    "Rewrite this as a cheerful limerick",
    "What do you think the writer should do next?",
    "Write a heartfelt response as a close friend",
    "Turn this into a short screenplay scene",
    "Why do you think this happened? Explain",
    "Write a poem from the other person's point of view",
    "What would you have done differently here?",
    "Draft a polite email answering this",
    "Make this funnier and longer",
];

/// A passage of a random genre: 3 to 7 of its lines, in a random order.
pub fn passage(rng: &mut impl Rng) -> (Genre, String) {
    let genre = *GENRES.choose(rng).expect("genres are not empty");
    let lines = genre.lines();
    let n = rng.random_range(3..=lines.len().min(7));
    let chosen: Vec<&str> = lines.choose_multiple(rng, n).copied().collect();
    (genre, chosen.join(genre.separator()))
}

/// A passage longer than the model's window (about 150 to 450 word pieces): several genre
/// passages and Dolly passages, one after another, as a long pasted document reads.
pub fn long_passage(dolly: &[&str], rng: &mut impl Rng) -> String {
    let mut parts: Vec<String> = (0..rng.random_range(2..=4)).map(|_| passage(rng).1).collect();
    let n = rng.random_range(1..=2);
    parts.extend(dolly.choose_multiple(rng, n).map(|p| p.to_string()));
    parts.shuffle(rng);
    parts.join("\n\n")
}

/// One request over a genre passage, labelled by its ask: condense or label (0) or write,
/// advise, give an opinion (1). `long` requests carry a passage past the window, ask last more
/// often than not, since that is where a head-only cut would lose it.
pub fn request(dolly: &[&str], long: bool, rng: &mut impl Rng) -> (String, usize) {
    let (genre, text) = passage(rng);
    let text = if long { long_passage(dolly, rng) } else { text };
    // A merged long text has no one genre to label, so it is only condensed.
    let (ask, label) = match rng.random_range(0..4) {
        0 if !long => (genre.label_ask(), 0),
        0 | 1 => (*CONDENSE_ASKS.choose(rng).expect("not empty"), 0),
        _ => (*WRITING_ASKS.choose(rng).expect("not empty"), 1),
    };
    let request =
        if long && rng.random_bool(0.7) { format!("{text}\n\n{ask}") } else { augment::joined(ask, &text, rng) };
    (request, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn passages_use_their_genres_lines() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        for _ in 0..200 {
            let (genre, text) = passage(&mut rng);
            let used = genre.lines().iter().filter(|l| text.contains(*l)).count();
            assert!((3..=7).contains(&used), "{genre:?}: {used} lines in {text:?}");
        }
    }

    #[test]
    fn requests_carry_both_labels_and_asks_on_both_sides() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(8);
        let dolly = ["The Nile is the longest river in Africa. It flows north into the Mediterranean."];
        let made: Vec<(String, usize)> = (0..1000).map(|_| request(&dolly, false, &mut rng)).collect();
        let fast = made.iter().filter(|(_, l)| *l == 0).count();
        assert!((400..600).contains(&fast), "{fast} of 1000 fast");
        let asks: Vec<&str> =
            CONDENSE_ASKS.iter().chain(WRITING_ASKS).copied().chain(GENRES.iter().map(|g| g.label_ask())).collect();
        let ends_with_ask = |t: &str| asks.iter().any(|a| t.trim_end_matches('?').ends_with(a.trim_end_matches('?')));
        let ask_last = made.iter().filter(|(t, _)| ends_with_ask(t)).count();
        assert!((400..600).contains(&ask_last), "{ask_last} of 1000 end with their ask");
        let long: Vec<(String, usize)> = (0..100).map(|_| request(&dolly, true, &mut rng)).collect();
        assert!(long.iter().all(|(t, _)| t.split_whitespace().count() > 60), "long requests are long");
    }
}
