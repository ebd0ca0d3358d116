//! Surface-form augmentation: the ways people word the same task to a chatbot, so the router
//! learns the task rather than Dolly's phrasing. In Dolly every record with a passage is a
//! summarization and every summarization starts with a tidy imperative; users write "tl;dr", ask
//! for "the gist", and also paste text for creative work.

use rand::seq::IndexedRandom;
use rand::Rng;

/// Which augmentation `train` applies to each epoch's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Augment {
    /// Dolly's instructions as written, plus the passage joins.
    None,
    /// Also: chat-style restyling, reworded summary requests over the passages, and creative
    /// (slow-path) requests over the same passages.
    Surface,
    /// Surface, and half as many again of requests in users' words for every category
    /// (training/user_requests.rs).
    User,
}

/// Ways to ask for a summary of a pasted text (fast path).
const SUMMARY_REQUESTS: &[&str] = &[
    "Summarize this",
    "tl;dr",
    "TL;DR this please",
    "Give me the gist of this",
    "Can you sum this up in a couple of sentences?",
    "Recap the following",
    "What are the key points here?",
    "Boil this down to one paragraph",
    "Condense this text",
    "Shorten this for me",
    "In a nutshell, what does this say?",
    "Write a one-line summary",
    "Bullet the main takeaways",
    "What's the short version?",
    "Give me a brief overview of this passage",
    "Make this shorter",
];

/// Creative or open-ended requests about a pasted text (slow path): a passage alone does not
/// make a request cheap.
const CREATIVE_REQUESTS: &[&str] = &[
    "Write a poem inspired by this",
    "Turn this into a short story",
    "Write a funny limerick about the following",
    "Write a persuasive essay arguing against this",
    "Continue this story for three more paragraphs",
    "Write song lyrics based on this text",
    "Imagine you lived through this. Write a diary entry",
    "Write a dialogue between two people debating this",
];

/// Ways users paste a text next to their ask: the ask first or last, half and half.
const ASK_FIRST: &[&str] = &["{i}\n\n{c}", "{i}:\n{c}", "{i}\n\n\"{c}\"", "{i}\n\n```\n{c}\n```", "{i}\n---\n{c}"];
const ASK_LAST: &[&str] =
    &["{c}\n\n{i}", "{c}\n\n{i}?", "\"{c}\"\n\n{i}", "```\n{c}\n```\n{i}", "{c}\n---\n{i}", "{c}\n{i}"];

/// Chat-style rewording of a text: polite or curt openers, dropped punctuation, a trailing ask.
pub fn restyle(text: &str, rng: &mut impl Rng) -> String {
    let trimmed = text.trim();
    match rng.random_range(0..6) {
        0 => format!("can you {}", lower_first(trimmed)),
        1 => format!("please {}", lower_first(trimmed)),
        2 => trimmed.trim_end_matches(['.', '?', '!']).to_string(),
        3 => format!("{trimmed} thanks"),
        4 => format!("hey, {}", lower_first(trimmed)),
        _ => format!("quick one: {trimmed}"),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The passage as a bulleted list of its sentences, as notes are often pasted.
fn bulleted(passage: &str) -> String {
    passage
        .split(". ")
        .filter(|s| !s.trim().is_empty())
        .map(|s| format!("- {}", s.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `ask` and `text` joined in a random way, the ask first or last.
pub fn joined(ask: &str, text: &str, rng: &mut impl Rng) -> String {
    let joins = if rng.random_bool(0.5) { ASK_FIRST } else { ASK_LAST };
    joins.choose(rng).expect("joins are not empty").replace("{i}", ask).replace("{c}", text)
}

/// `request` joined to `passage` in a random way, the passage sometimes as bullets.
pub fn with_passage(request: &str, passage: &str, rng: &mut impl Rng) -> String {
    let passage = if rng.random_bool(0.2) { bulleted(passage) } else { passage.to_string() };
    joined(request, &passage, rng)
}

/// Extra labelled texts for one record with a passage of class `label`: a reworded summary
/// request over it (fast path, half the time) and a creative request over it (slow path, a
/// quarter of the time). Only summarization records carry passages in Dolly.
pub fn passage_requests(passage: &str, rng: &mut impl Rng) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    if rng.random_bool(0.5) {
        let request = SUMMARY_REQUESTS.choose(rng).expect("not empty");
        out.push((with_passage(request, passage, rng), 0));
    }
    if rng.random_bool(0.25) {
        let request = CREATIVE_REQUESTS.choose(rng).expect("not empty");
        out.push((with_passage(request, passage, rng), 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn restyle_keeps_the_words() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for _ in 0..50 {
            let out = restyle("Summarize the plot of Hamlet.", &mut rng);
            assert!(out.to_lowercase().contains("summarize the plot of hamlet"), "{out}");
        }
    }

    #[test]
    fn bullets_split_sentences() {
        assert_eq!(bulleted("One. Two. Three."), "- One\n- Two\n- Three.");
    }

    #[test]
    fn passage_requests_carry_the_passage_and_both_labels() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let texts: Vec<(String, usize)> =
            (0..200).flat_map(|_| passage_requests("The river rose. The town flooded.", &mut rng)).collect();
        assert!(texts.iter().all(|(t, _)| t.contains("river rose")));
        let fast = texts.iter().filter(|(_, l)| *l == 0).count();
        let slow = texts.len() - fast;
        assert!((70..130).contains(&fast) && (25..75).contains(&slow), "{fast} fast, {slow} slow");
    }
}
