//! Requests in the words people type to a chatbot, for every router category, labelled by the
//! template that makes them. Dolly words its fast-path tasks one way ("Summarize ...",
//! "Classify ..."); users ask for the gist, a recap or a tl;dr, begin a summary request with
//! "Write", tag tickets and ask yes / no sentiment questions. Each fast-path form has slow-path
//! neighbours in the same words ("write a poem about this", "according to this text, ..."), so
//! the router learns the task, not a verb.

use rand::seq::IndexedRandom;
use rand::Rng;

use super::{augment, genres, languages};

/// Ways to ask for a shorter version of a pasted text (fast path).
const SUMMARY_ASKS: &[&str] = &[
    "Summarize this",
    "summarise this for me",
    "Give me the gist",
    "what's the gist of this",
    "tl;dr",
    "tldr pls",
    "TL;DR?",
    "Write a short summary of this",
    "Write a one-paragraph summary",
    "Write a two-sentence summary of the text below",
    "Write a brief recap of this",
    "Write the tl;dr for this",
    "Write an abstract for this text",
    "Write an executive summary of this",
    "Write a quick summary I can paste into Slack",
    "Recap this",
    "Give me a quick recap",
    "Can you give me a short version of this?",
    "Condense this into a few lines",
    "Condense the following",
    "Shorten this to three sentences",
    "Make this shorter",
    "Boil this down for me",
    "Boil this down to the essentials",
    "What are the main points?",
    "List the key takeaways",
    "Key points only please",
    "Bullet-point the main ideas",
    "Pull out the 3 most important points",
    "What is this text saying, in two sentences?",
    "Explain briefly what this is about",
    "In a nutshell?",
    "Sum up this passage",
    "Give me the highlights",
    "Give me the cliff notes",
    "Can you break this down into a short overview?",
    "Distill this into one sentence",
    "I don't have time to read this, what does it say?",
    "Too long, didn't read. Short version?",
    "What's the bottom line here?",
    "Give me a synopsis",
    "Paraphrase this in fewer words",
    "Reduce this to a headline and one sentence",
    "Compress this to under 50 words",
    "Brief me on this",
    "Could you write up a short digest of this?",
];

/// Ways to ask for a summary of something the reader names rather than pastes (fast path).
const SUMMARY_OF_ASKS: &[&str] = &[
    "Summarize {w}",
    "give me a quick recap of {w}",
    "What's the gist of {w}?",
    "Write a short summary of {w}",
    "tl;dr of {w} please",
    "Can you sum up {w} in a few sentences?",
    "Give me the cliff notes version of {w}",
    "Briefly recap {w}",
];

const NAMED_WORKS: &[&str] = &[
    "the plot of Hamlet",
    "Pride and Prejudice",
    "the first Harry Potter book",
    "the movie Inception",
    "the story of the Odyssey",
    "The Great Gatsby",
    "the main events of the French Revolution",
    "the Apollo 11 mission",
    "the plot of Star Wars: A New Hope",
    "the meeting notes I sent yesterday",
    "the last season of Breaking Bad",
    "To Kill a Mockingbird",
    "the book Sapiens",
    "the Cuban missile crisis",
    "the plot of The Lord of the Rings",
    "the article above",
    "our conversation so far",
    "the story of Romeo and Juliet",
];

/// Sorting named items into named groups (fast path). `{items}` and `{classes}` are filled from
/// [`TAXONOMIES`].
const SORT_ASKS: &[&str] = &[
    "Classify each as {classes}: {items}",
    "Sort these into {classes}: {items}",
    "which of these are {classes}? {items}",
    "Tag each item with {classes}: {items}",
    "Label each of the following as {classes}. {items}",
    "Put these in two buckets, {classes}: {items}",
    "Group the following by {classes}: {items}",
    "{items} - which are {classes}?",
    "For each of these, tell me {classes}: {items}",
    "Categorise these: {items}. Options: {classes}",
    "Can you bucket these into {classes}? {items}",
    "Identify which are {classes}: {items}",
    "Write the category ({classes}) next to each: {items}",
    "Which one is the odd one out: {items}?",
];

/// (classes, items) for sorting requests.
const TAXONOMIES: &[(&str, &[&str])] = &[
    ("mammal or bird", &["dog", "eagle", "whale", "sparrow", "bat", "penguin", "horse", "owl", "dolphin", "parrot"]),
    ("fruit or vegetable", &["apple", "carrot", "banana", "broccoli", "mango", "spinach", "cherry", "onion", "kiwi"]),
    ("string or percussion", &["violin", "drum", "cello", "cymbal", "guitar", "tabla", "harp", "xylophone"]),
    ("team sport or individual sport", &["soccer", "tennis", "basketball", "golf", "volleyball", "boxing", "rugby"]),
    ("country or city", &["Peru", "Tokyo", "Kenya", "Oslo", "Chile", "Lagos", "Nepal", "Lyon", "Canada"]),
    ("renewable or non-renewable", &["solar", "coal", "wind", "oil", "hydro", "natural gas", "geothermal"]),
    ("programming language or database", &["Python", "PostgreSQL", "Rust", "MongoDB", "Java", "Redis", "Go"]),
    ("hot or cold", &["ice", "lava", "snow", "the sun", "a freezer", "an oven", "glacier"]),
    ("car brand or airline", &["Toyota", "Lufthansa", "Ford", "Emirates", "Kia", "Qantas", "Volvo"]),
    ("noun, verb or adjective", &["run", "happy", "table", "swim", "blue", "idea", "quickly"]),
    ("metal or non-metal", &["iron", "oxygen", "copper", "carbon", "gold", "sulfur", "zinc"]),
    ("planet or star", &["Mars", "Sirius", "Venus", "Betelgeuse", "Jupiter", "Vega", "Saturn"]),
];

/// Yes / no and which-way judgements about one short text (fast path). `{t}` is the text.
const JUDGE_ASKS: &[&str] = &[
    "Is this review positive or negative? {t}",
    "is this positive? \"{t}\"",
    "Would you say this customer is happy? {t}",
    "{t}\n\nsentiment?",
    "Rate the sentiment of this tweet: {t}",
    "Does this sound angry to you, yes or no: {t}",
    "Tag this review as positive, neutral or negative: {t}",
    "Label the tone of this message: {t}",
    "Is the following a complaint or a compliment? {t}",
    "Good or bad review? {t}",
    "Is this sentence a question or a statement? \"{t}\"",
    "What type of sentence is this: {t}",
    "Is this spam or not spam: {t}",
    "Which language is this written in? {t}",
    "Is this a fact or an opinion: {t}",
    "Would you call this message urgent? {t}",
    "Tag this support ticket as billing, technical or account: {t}",
    "Which department should this ticket go to, sales or support? {t}",
    "Is this headline about sports, politics, business or tech? {t}",
    "Mark this email as important or not important: {t}",
    "Detect the intent of this message: {t}",
    "Is this comment toxic? {t}",
];

/// Short texts users ask to be judged: reviews, messages, headlines.
const SHORT_TEXTS: &[&str] = &[
    "The battery died after two days and support never answered.",
    "Absolutely love this blender, smoothies in seconds!",
    "The food was fine but the service was painfully slow.",
    "Best concert I've been to in years.",
    "I want a refund, the package arrived broken.",
    "Can you reset my password? I'm locked out.",
    "My card was charged twice for the same order.",
    "WIN a FREE iPhone now!!! click the link",
    "Meeting moved to 3pm, see you there.",
    "Stocks rally as tech earnings beat forecasts",
    "Local team wins championship after overtime thriller",
    "Parliament passes new climate bill",
    "Where is the nearest train station?",
    "The room smelled of smoke and the wifi never worked.",
    "Honestly not bad for the price.",
    "Je voudrais un café, s'il vous plaît.",
    "Das Wetter ist heute schön.",
    "This app keeps crashing when I upload photos.",
    "Thanks so much, the replacement arrived today and works perfectly!",
    "You people are useless.",
    "Paris is the capital of France.",
    "Pineapple is the best pizza topping.",
    "Please send the invoice by Friday, it's overdue.",
    "The new update made everything slower.",
];

/// Creative requests (slow path). `{x}` is a subject from [`SUBJECTS`].
const CREATIVE_ASKS: &[&str] = &[
    "Write a poem about {x}",
    "write a short story about {x}",
    "Write a haiku about {x}",
    "Write a limerick about {x}",
    "Write a song about {x}",
    "Write a tweet announcing {x}",
    "Write a blog post about {x}",
    "Write a speech about {x} for a wedding",
    "Write an email to my team about {x}",
    "Write a product description for {x}",
    "write a funny story involving {x}",
    "Can you write me a bedtime story about {x}?",
    "Compose a sonnet about {x}",
    "Come up with a slogan for {x}",
    "Brainstorm ten names for {x}",
    "Give me creative ideas for a party themed around {x}",
    "Write a dialogue between two friends about {x}",
    "Write a letter to my grandmother about {x}",
    "Draft a LinkedIn post about {x}",
    "Write the opening paragraph of a novel about {x}",
    "Make up a joke about {x}",
    "Write a rap verse about {x}",
];

/// Open questions (slow path). `{x}` is a subject from [`SUBJECTS`].
const QUESTION_ASKS: &[&str] = &[
    "What do you know about {x}?",
    "explain {x} to me",
    "Why do people care so much about {x}?",
    "how does {x} work",
    "What are the pros and cons of {x}?",
    "Tell me some fun facts about {x}",
    "What's the history of {x}?",
    "Should I get into {x}? Give me advice",
    "What is the best way to learn about {x}?",
    "how would you describe {x} to a child",
];

const SUBJECTS: &[&str] = &[
    "the ocean at night",
    "a lost cat",
    "autumn in the city",
    "our new coffee machine",
    "a robot who wants to be a chef",
    "climate change",
    "friendship",
    "electric cars",
    "the first day of school",
    "a dragon afraid of fire",
    "our product launch next week",
    "remote work",
    "the moon landing",
    "a small bakery",
    "quantum computing",
    "my dog Max",
    "learning to play the piano",
    "a haunted lighthouse",
    "the team's quarterly results",
    "a trip to Japan",
];

/// Creative work over a pasted text (slow path): a passage does not make a request cheap.
const CREATIVE_OVER_PASSAGE: &[&str] = &[
    "Write a poem inspired by this",
    "Turn this into a short story",
    "Write a funny limerick about the following",
    "Write a persuasive essay arguing against this",
    "Continue this story",
    "Write song lyrics based on this text",
    "Rewrite this as a pirate would say it",
    "Write a dialogue between two people debating this",
    "Write a news headline and a full article expanding on this",
    "Turn this into a rap",
    "Write a tweet thread making fun of this",
    "Write a fictional interview with someone from this text",
];

/// Questions about a pasted text that are not summaries (slow path).
const QUESTIONS_OVER_PASSAGE: &[&str] = &[
    "According to this, what happened first?",
    "What do you think about this?",
    "Do you agree with the author? Why?",
    "Based on this text, what should I do next?",
    "What questions would you ask the author?",
    "Is the argument here convincing? Explain your reasoning",
    "What would happen if the opposite were true?",
    "Who is the most important person mentioned here and why?",
    "What can we learn from this for the future?",
];

/// Creative and advice requests in the words of summaries, lists and descriptions (slow path):
/// "list", "outline" or "describe" do not make a request cheap. `{x}` is a subject.
const CREATIVE_IN_SUMMARY_WORDS: &[&str] = &[
    "Give me a list of ten names for {x}",
    "list some fun ideas for a weekend about {x}",
    "Describe {x} in vivid detail for a fantasy novel",
    "Write a short description of {x} for my board game",
    "Outline a bedtime story about {x}",
    "Sum up in one catchy tagline why people should love {x}",
    "Give me a brief overview of how to get started with {x}",
    "In bullet points, what should I know before trying {x}?",
    "Summarize your best advice for someone nervous about {x}",
    "Make a list of gift ideas for someone who loves {x}",
    "Give me the key points for a toast about {x}",
    "Briefly describe a character obsessed with {x}",
    "Write a one-paragraph synopsis for a movie about {x}",
    "Categorize some party themes around {x}, with a sentence on each",
    "Describe the perfect day spent with {x}",
    "List three arguments for and against {x}, and tell me which side you take",
    "Give me a quick outline for a blog post on {x}",
    "Short description for an Instagram post about {x} pls",
];

/// One request of a random kind, labelled, about half fast path: requests in everyday words
/// ([`everyday`]), pasted texts of many genres, short and longer than the model's window
/// (training/genres.rs), creative and advice asks worded like summaries, and the same asks in
/// four other languages (training/languages.rs). `passages` and `sentences` come from the
/// training split only.
pub fn request(passages: &[&str], sentences: &[&str], rng: &mut impl Rng) -> (String, usize) {
    let (text, label) = match rng.random_range(0..100) {
        0..60 => everyday(passages, sentences, rng),
        60..72 => genres::request(passages, false, rng),
        72..80 => genres::request(passages, true, rng),
        80..88 => (pick(CREATIVE_IN_SUMMARY_WORDS, rng).replace("{x}", pick(SUBJECTS, rng)), 1),
        _ => languages::request(passages, rng),
    };
    (typed(&text, rng), label)
}

/// Requests in everyday words: 60 % fast path (summaries and classification in other words),
/// 40 % slow path in the same words.
fn everyday(passages: &[&str], sentences: &[&str], rng: &mut impl Rng) -> (String, usize) {
    match rng.random_range(0..100) {
        0..25 => {
            let passage = passages.choose(rng).expect("passages are not empty");
            (augment::with_passage(pick(SUMMARY_ASKS, rng), passage, rng), 0)
        }
        25..31 => (pick(SUMMARY_OF_ASKS, rng).replace("{w}", pick(NAMED_WORKS, rng)), 0),
        31..44 => (sort_request(rng), 0),
        44..60 => {
            // A sentence from a Dolly passage or question half the time, a short message else.
            let t = if rng.random_bool(0.5) { pick(sentences, rng) } else { pick(SHORT_TEXTS, rng) };
            (pick(JUDGE_ASKS, rng).replace("{t}", t), 0)
        }
        60..78 => (pick(CREATIVE_ASKS, rng).replace("{x}", pick(SUBJECTS, rng)), 1),
        78..84 => (pick(QUESTION_ASKS, rng).replace("{x}", pick(SUBJECTS, rng)), 1),
        84..93 => {
            let passage = passages.choose(rng).expect("passages are not empty");
            (augment::with_passage(pick(CREATIVE_OVER_PASSAGE, rng), passage, rng), 1)
        }
        _ => {
            let passage = passages.choose(rng).expect("passages are not empty");
            (augment::with_passage(pick(QUESTIONS_OVER_PASSAGE, rng), passage, rng), 1)
        }
    }
}

fn pick<'a>(list: &[&'a str], rng: &mut impl Rng) -> &'a str {
    list.choose(rng).expect("lists are not empty")
}

fn sort_request(rng: &mut impl Rng) -> String {
    let (classes, items) = TAXONOMIES.choose(rng).expect("taxonomies are not empty");
    let n = rng.random_range(3..=items.len().min(7));
    let chosen: Vec<&str> = items.choose_multiple(rng, n).copied().collect();
    let template = SORT_ASKS.choose(rng).expect("not empty");
    let classes = classes.replace(" or ", if rng.random_bool(0.5) { " or " } else { " / " });
    template.replace("{classes}", &classes).replace("{items}", &chosen.join(", "))
}

/// The request as typed: a chat-style opener or ending some of the time, all lower case or with
/// one slip of the keyboard now and then.
fn typed(text: &str, rng: &mut impl Rng) -> String {
    let mut out = if rng.random_bool(0.3) { augment::restyle(text, rng) } else { text.to_string() };
    if rng.random_bool(0.25) {
        out = out.to_lowercase();
    }
    if rng.random_bool(0.15) {
        out = with_typo(&out, rng);
    }
    out
}

/// Two neighbouring letters of one word swapped, as a fast typist does.
fn with_typo(text: &str, rng: &mut impl Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let candidates: Vec<usize> = (0..chars.len().saturating_sub(1))
        .filter(|&i| chars[i].is_alphabetic() && chars[i + 1].is_alphabetic())
        .collect();
    if let Some(&i) = candidates.choose(rng) {
        chars.swap(i, i + 1);
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn requests_mix_both_labels_and_carry_their_inputs() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        let passages = ["The river rose overnight. The town flooded by morning."];
        let sentences = ["Where do penguins live?"];
        let made: Vec<(String, usize)> = (0..2000).map(|_| request(&passages, &sentences, &mut rng)).collect();
        let fast = made.iter().filter(|(_, l)| *l == 0).count();
        assert!((950..1150).contains(&fast), "{fast} of 2000 fast");
        // Summaries and creative requests over the passage both occur, with both labels.
        let over_passage =
            |label| made.iter().filter(|(t, l)| *l == label && t.to_lowercase().contains("town flooded")).count();
        assert!(over_passage(0) > 300 && over_passage(1) > 200);
        assert!(made.iter().all(|(t, _)| !t.contains('{')), "a placeholder was left unfilled");
    }

    #[test]
    fn sort_requests_name_items_of_one_taxonomy() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(2);
        for _ in 0..100 {
            let text = sort_request(&mut rng);
            let (_, items) = TAXONOMIES.iter().find(|(_, items)| items.iter().any(|i| text.contains(i))).unwrap();
            assert!(items.iter().filter(|i| text.contains(*i)).count() >= 3, "{text}");
        }
    }

    #[test]
    fn a_typo_swaps_two_letters_and_keeps_the_length() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(9);
        let out = with_typo("summarize this", &mut rng);
        assert_ne!(out, "summarize this");
        let mut a: Vec<char> = out.chars().collect();
        let mut b: Vec<char> = "summarize this".chars().collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }
}
