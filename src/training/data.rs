//! The Dolly router dataset (data/dolly_router.jsonl) and the input forms the router sees.

use std::path::Path;

use anyhow::{Context, Result};
use rand::seq::IndexedRandom;
use rand::Rng;
use serde::Deserialize;

use super::augment::{self, Augment};
use super::kinds::{Example, Kind};
use super::user_requests;

#[derive(Debug, Clone, Deserialize)]
pub struct Record {
    /// Line number in the official databricks-dolly-15k file.
    pub index: usize,
    pub category: String,
    pub label: usize,
    pub instruction: String,
    pub context: String,
    /// `train`, `validation` or `test`.
    pub split: String,
}

pub fn load(path: &Path) -> Result<Vec<Record>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read dataset", path.display()))?;
    text.lines()
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line).with_context(|| format!("{}:{}: bad record", path.display(), n + 1))
        })
        .collect()
}

pub fn split<'a>(records: &'a [Record], name: &str) -> Vec<&'a Record> {
    records.iter().filter(|r| r.split == name).collect()
}

/// The two evaluation protocols: what a user sends with and without the passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Protocol {
    /// The instruction alone.
    Instruction,
    /// Instruction + "\n\nContext: " + context when there is one (Dolly's own layout).
    Context,
}

impl Protocol {
    pub fn text(self, r: &Record) -> String {
        match self {
            Protocol::Context if !r.context.is_empty() => {
                format!("{}\n\nContext: {}", r.instruction, r.context)
            }
            _ => r.instruction.clone(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Protocol::Instruction => "instruction only",
            Protocol::Context => "instruction + context",
        }
    }
}

/// Up to `n` instructions whose token count lies in `tokens`, tokenized: realistic queries of a
/// given size for benchmarks.
pub fn queries_with_tokens(
    records: &[Record],
    encode: impl Fn(&str) -> Result<Vec<u32>>,
    tokens: std::ops::RangeInclusive<usize>,
    n: usize,
) -> Result<Vec<Vec<u32>>> {
    let mut out = Vec::with_capacity(n);
    for r in records {
        let ids = encode(&r.instruction)?;
        if tokens.contains(&ids.len()) {
            out.push(ids);
            if out.len() == n {
                break;
            }
        }
    }
    Ok(out)
}

/// The load tests' unique queries (tests/load/utils/data_generator.py): every instruction, and
/// every instruction + "\n\nContext: " + context cut to 2,000 characters, in a fixed shuffled
/// order: short questions mixed with long pasted passages, as real traffic is.
pub fn load_test_mix(records: &[Record], seed: u64) -> Vec<String> {
    use rand::seq::SliceRandom;
    use rand::SeedableRng;
    let mut texts: Vec<String> = records
        .iter()
        .flat_map(|r| {
            let with_context = (!r.context.is_empty()).then(|| Protocol::Context.text(r));
            std::iter::once(r.instruction.clone()).chain(with_context)
        })
        .map(|t| t.trim().chars().take(2000).collect())
        .collect();
    texts.shuffle(&mut rand::rngs::StdRng::seed_from_u64(seed));
    texts
}

/// Ways users put a passage next to a request, the request first or last as often. Training on
/// many keeps the model from learning Dolly's separator instead of the task. `{i}` is the
/// instruction, `{c}` the context.
const JOINS: &[&str] = &[
    "{i}\n\nContext: {c}",
    "{i}\n\n{c}",
    "{i}\n{c}",
    "{i} {c}",
    "{i}\n\nText: {c}",
    "{i}\n\nPassage:\n{c}",
    "{i}: \"{c}\"",
    "{i}\n\n\"\"\"\n{c}\n\"\"\"",
    "{c}\n\n{i}",
    "Context: {c}\nQuestion: {i}",
    "{c}\n{i}",
    "{c} {i}",
    "\"{c}\"\n\n{i}",
    "Text: {c}\n\n{i}",
    "{c}\n\n---\n{i}",
    "Passage:\n{c}\n\nTask: {i}",
];

/// Training texts for one epoch: every record's instruction alone, plus, for records with a
/// passage, the instruction joined to it in a randomly chosen way (both with the record's kind);
/// with [`Augment::Surface`] a third of the instructions restyled and extra requests over the
/// passages; with [`Augment::User`] also one generated user request for every two records (the
/// generated texts carry a route only).
pub fn training_texts(records: &[&Record], augment: Augment, rng: &mut impl Rng) -> Vec<Example> {
    let mut out = Vec::with_capacity(records.len() * 2);
    for r in records {
        let kind = Kind::from_name(&r.category);
        let instruction = match augment {
            Augment::Surface | Augment::User if rng.random_bool(0.3) => augment::restyle(&r.instruction, rng),
            _ => r.instruction.clone(),
        };
        if !r.context.is_empty() {
            let join = JOINS.choose(rng).expect("joins are not empty");
            let joined = join.replace("{i}", &instruction).replace("{c}", &r.context);
            out.push(Example { text: instruction, label: r.label, kind });
            out.push(Example { text: joined, label: r.label, kind });
            if augment != Augment::None {
                out.extend(augment::passage_requests(&r.context, rng).into_iter().map(Example::from));
            }
        } else {
            out.push(Example { text: instruction, label: r.label, kind });
        }
    }
    if augment == Augment::User {
        let passages: Vec<&str> = records.iter().map(|r| r.context.as_str()).filter(|c| !c.is_empty()).collect();
        // Sentences to judge: questions people ask and the first sentence of each passage.
        let sentences: Vec<&str> = records
            .iter()
            .map(|r| r.context.split(". ").next().unwrap_or_default())
            .chain(records.iter().filter(|r| r.label == 1).map(|r| r.instruction.as_str()))
            .filter(|s| (3..200).contains(&s.len()))
            .collect();
        if !passages.is_empty() && !sentences.is_empty() {
            out.extend((0..records.len() / 2).map(|_| user_requests::request(&passages, &sentences, rng).into()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn rec(context: &str) -> Record {
        Record {
            index: 0,
            category: "summarization".into(),
            label: 0,
            instruction: "Summarize this".into(),
            context: context.into(),
            split: "train".into(),
        }
    }

    #[test]
    fn protocols_format_like_dolly() {
        assert_eq!(Protocol::Context.text(&rec("passage")), "Summarize this\n\nContext: passage");
        assert_eq!(Protocol::Context.text(&rec("")), "Summarize this");
        assert_eq!(Protocol::Instruction.text(&rec("passage")), "Summarize this");
    }

    #[test]
    fn training_texts_cover_both_forms() {
        let (a, b) = (rec("the passage"), rec(""));
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let texts = training_texts(&[&a, &b], Augment::None, &mut rng);
        assert_eq!(texts.len(), 3);
        assert_eq!(texts[0].text, "Summarize this");
        assert!(texts[1].text.contains("the passage") && texts[1].text.contains("Summarize this"));
        assert!(texts.iter().all(|e| e.kind == Some(Kind::Summarization)));
        let augmented = training_texts(&[&a; 40], Augment::Surface, &mut rng);
        assert!(augmented.len() > 80 && augmented.iter().any(|e| e.label == 1));
        // Requests made over the passage are no record's kind: they carry a route only.
        assert!(augmented.iter().any(|e| e.kind.is_none()));
        assert!(augmented.iter().filter_map(|e| e.kind).all(|k| k == Kind::Summarization));
        let user = training_texts(&[&a; 30], Augment::User, &mut rng);
        // Texts that neither the record's instruction nor its passage made: the generated requests.
        let generated = user.iter().filter(|e| {
            let t = e.text.to_lowercase();
            !t.contains("the passage") && !t.contains("summarize this")
        });
        assert!(generated.count() >= 3);
    }

    #[test]
    fn committed_dataset_has_the_fixed_split() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/dolly_router.jsonl");
        let records = load(&path).unwrap();
        assert_eq!(records.len(), 9966);
        let count = |s| records.iter().filter(|r| r.split == s).count();
        assert_eq!((count("train"), count("validation"), count("test")), (7972, 997, 997));
    }
}
