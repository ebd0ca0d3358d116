//! Accuracy, precision/recall/F1, per-category accuracy and the confusion matrix of a router on
//! labelled texts, for the argmax class and for the final answer after confidence routing, with
//! the expected calibration error of its confidences.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::calibration;
use super::data::{Protocol, Record};
use crate::model::Prediction;
use crate::routing::ConfidenceRouting;

/// A text with its true class; `category` groups the per-category rows, `slices` the other
/// groups it belongs to (language, where the ask stands, longer than the window).
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub text: String,
    pub label: usize,
    pub category: String,
    pub slices: Vec<String>,
}

/// Optional JSONL fields that slice a set, each row named `field=value`.
const SLICE_FIELDS: &[&str] = &["lang", "ask_position", "long", "writer"];

/// The texts `protocol` makes of Dolly records.
pub fn dolly_texts(records: &[&Record], protocol: Protocol) -> Vec<Labelled> {
    records
        .iter()
        .map(|r| Labelled { text: protocol.text(r), label: r.label, category: r.category.clone(), slices: Vec::new() })
        .collect()
}

/// Every distinct text of both protocols: each instruction, and each instruction with its
/// passage. What a temperature is fitted on.
pub fn distinct_texts(records: &[&Record]) -> Vec<Labelled> {
    let mut out = dolly_texts(records, Protocol::Instruction);
    let with_passage: Vec<&Record> = records.iter().copied().filter(|r| !r.context.is_empty()).collect();
    out.extend(dolly_texts(&with_passage, Protocol::Context));
    out
}

/// The labelled texts of a JSONL file, or of every `.jsonl` file in a folder (the corpus), keeping
/// only the lines of `split` where a line names its split.
pub fn load_labelled(path: &Path, labels: &[String], split: &str) -> Result<Vec<Labelled>> {
    if !path.is_dir() {
        return load_jsonl(path, labels, split);
    }
    let mut out = Vec::new();
    for file in super::corpus::files(path)? {
        out.extend(load_jsonl(&file, labels, split)?);
    }
    Ok(out)
}

/// A JSONL file of `{"text", "label"}` objects (label: index or name from `labels`; optional
/// `category` (or `kind`), `split`, and the slice fields `lang`, `ask_position`, `long`,
/// `writer`), e.g. data/ood_queries.jsonl. A line whose `split` is not `split` is left out.
pub fn load_jsonl(path: &Path, labels: &[String], split: &str) -> Result<Vec<Labelled>> {
    let content = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let parse = |line: &str| -> Result<Option<Labelled>> {
        let json: Value = serde_json::from_str(line).context("not valid JSON")?;
        if json.get("split").and_then(Value::as_str).is_some_and(|s| s != split) {
            return Ok(None);
        }
        let text = json.get("text").and_then(Value::as_str).context("no string field \"text\"")?;
        let label = match json.get("label") {
            Some(Value::Number(n)) => n.as_u64().map(|n| n as usize).filter(|&n| n < labels.len()),
            Some(Value::String(name)) => labels.iter().position(|l| l == name),
            _ => None,
        };
        let Some(label) = label else {
            bail!("\"label\" must be a class index below {} or one of {labels:?}", labels.len());
        };
        let category =
            json.get("category").or_else(|| json.get("kind")).and_then(Value::as_str).unwrap_or("-").to_string();
        let slices = SLICE_FIELDS
            .iter()
            .filter_map(|field| match json.get(*field)? {
                Value::String(v) => Some(format!("{field}={v}")),
                other => Some(format!("{field}={other}")),
            })
            .collect();
        Ok(Some(Labelled { text: text.to_string(), label, category, slices }))
    };
    let samples: Vec<Labelled> = content
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| parse(line).with_context(|| format!("{}:{}", path.display(), n + 1)))
        .filter_map(Result::transpose)
        .collect::<Result<_>>()?;
    if samples.is_empty() {
        bail!("{}: no records", path.display());
    }
    Ok(samples)
}

/// Scores of the final answer after confidence routing.
#[derive(Debug, Clone)]
pub struct Routed {
    pub rule: ConfidenceRouting,
    pub correct: usize,
    /// Answers the rule moved from fast to slow path.
    pub moved: usize,
    pub confusion: Vec<Vec<usize>>,
}

/// Right answers within one group of rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Group {
    pub argmax: usize,
    /// After confidence routing; the argmax count when there is no routing.
    pub routed: usize,
    pub total: usize,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub title: String,
    pub total: usize,
    pub correct: usize,
    /// `confusion[true][predicted]` of the argmax class.
    pub confusion: Vec<Vec<usize>>,
    /// category -> rows of it answered right.
    pub per_category: BTreeMap<String, Group>,
    /// `field=value` slice -> rows of it answered right.
    pub per_slice: BTreeMap<String, Group>,
    pub routed: Option<Routed>,
    /// Expected calibration error of the top-class confidence.
    pub ece: f64,
    pub seconds: f64,
}

impl Report {
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.total.max(1) as f64
    }

    /// (precision, recall, F1) of `class`.
    pub fn class_scores(&self, class: usize) -> (f64, f64, f64) {
        let tp = self.confusion[class][class] as f64;
        let predicted: usize = self.confusion.iter().map(|row| row[class]).sum();
        let actual: usize = self.confusion[class].iter().sum();
        let precision = tp / predicted.max(1) as f64;
        let recall = tp / actual.max(1) as f64;
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        (precision, recall, f1)
    }
}

/// Runs `predict` (texts -> predictions) over `samples`; with `routing`, also scores the routed
/// answer.
pub fn evaluate(
    title: &str,
    samples: &[Labelled],
    n_classes: usize,
    routing: Option<ConfidenceRouting>,
    predict: impl FnOnce(&[String]) -> Result<Vec<Prediction>>,
) -> Result<Report> {
    let texts: Vec<String> = samples.iter().map(|s| s.text.clone()).collect();
    let start = Instant::now();
    let predicted = predict(&texts)?;
    let seconds = start.elapsed().as_secs_f64();
    let mut report = Report {
        title: title.to_string(),
        total: samples.len(),
        correct: 0,
        confusion: vec![vec![0; n_classes]; n_classes],
        per_category: BTreeMap::new(),
        per_slice: BTreeMap::new(),
        routed: routing.map(|rule| Routed {
            rule,
            correct: 0,
            moved: 0,
            confusion: vec![vec![0; n_classes]; n_classes],
        }),
        ece: 0.0,
        seconds,
    };
    let mut points = Vec::with_capacity(samples.len());
    for (s, p) in samples.iter().zip(&predicted) {
        let hit = s.label == p.class;
        points.push((p.confidence, hit));
        report.correct += hit as usize;
        report.confusion[s.label][p.class] += 1;
        let routed_hit = match &mut report.routed {
            Some(routed) => {
                let route = routed.rule.route(p.class, p.confidence);
                routed.correct += (route.class == s.label) as usize;
                routed.moved += route.confidence_routed as usize;
                routed.confusion[s.label][route.class] += 1;
                route.class == s.label
            }
            None => hit,
        };
        let count = |group: &mut Group| {
            group.argmax += hit as usize;
            group.routed += routed_hit as usize;
            group.total += 1;
        };
        count(report.per_category.entry(s.category.clone()).or_default());
        for slice in &s.slices {
            count(report.per_slice.entry(slice.clone()).or_default());
        }
    }
    report.ece = calibration::ece(&points);
    Ok(report)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "### {}: accuracy {:.2} % ({}/{}), {:.1} s ({:.0} texts/s)\n",
            self.title,
            100.0 * self.accuracy(),
            self.correct,
            self.total,
            self.seconds,
            self.total as f64 / self.seconds.max(1e-9)
        )?;
        if let Some(r) = &self.routed {
            writeln!(
                f,
                "final answer after confidence routing (threshold {:.2}): accuracy **{:.2} %** ({}/{}), {} answers moved \
                 to the slow path, confusion {:?}\n",
                r.rule.threshold,
                100.0 * r.correct as f64 / self.total.max(1) as f64,
                r.correct,
                self.total,
                r.moved,
                r.confusion
            )?;
        }
        writeln!(f, "expected calibration error ({} bins): {:.4}\n", calibration::BINS, self.ece)?;
        writeln!(f, "argmax:\n\n| class | precision | recall | F1 |\n|---|---|---|---|")?;
        for class in 0..self.confusion.len() {
            let (p, r, f1) = self.class_scores(class);
            writeln!(f, "| {class} | {:.2} % | {:.2} % | {:.2} % |", 100.0 * p, 100.0 * r, 100.0 * f1)?;
        }
        writeln!(f, "\n| category or slice | argmax | final answer | n |\n|---|---|---|---|")?;
        for (name, g) in self.per_category.iter().chain(&self.per_slice) {
            let pct = |n: usize| 100.0 * n as f64 / g.total as f64;
            writeln!(f, "| {name} | {:.2} % | {:.2} % | {} |", pct(g.argmax), pct(g.routed), g.total)?;
        }
        writeln!(f, "\nconfusion (rows: true label, columns: predicted)\n")?;
        let header: String = (0..self.confusion.len()).map(|c| format!(" {c} |")).collect();
        writeln!(f, "| |{header}\n|---|{}", "---|".repeat(self.confusion.len()))?;
        for (t, row) in self.confusion.iter().enumerate() {
            let cells: String = row.iter().map(|n| format!(" {n} |")).collect();
            writeln!(f, "| **{t}** |{cells}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(category: &str, label: usize) -> Labelled {
        Labelled { text: "q".into(), label, category: category.into(), slices: vec!["lang=en".into()] }
    }

    fn prediction(class: usize, confidence: f32) -> Prediction {
        let mut probabilities = vec![1.0 - confidence; 2];
        probabilities[class] = confidence;
        Prediction { class, confidence, probabilities }
    }

    #[test]
    fn scores_a_known_confusion_before_and_after_routing() {
        let samples =
            [sample("classification", 0), sample("summarization", 0), sample("open_qa", 1), sample("open_qa", 1)];
        let rule = ConfidenceRouting { threshold: 0.7, labels: 2 };
        let predictions = vec![prediction(0, 0.6), prediction(1, 0.8), prediction(1, 0.9), prediction(1, 0.99)];
        let report = evaluate("t", &samples, 2, Some(rule), |_| Ok(predictions)).unwrap();
        assert_eq!(report.correct, 3);
        assert_eq!(report.confusion, vec![vec![1, 1], vec![0, 2]]);
        let (p1, r1, _) = report.class_scores(1);
        assert!((p1 - 2.0 / 3.0).abs() < 1e-9 && (r1 - 1.0).abs() < 1e-9);
        assert_eq!(report.per_category["summarization"], Group { argmax: 0, routed: 0, total: 1 });
        // The unsure fast-path answer (0.6 < 0.7) moved to the slow path: wrong after routing.
        assert_eq!(report.per_category["classification"], Group { argmax: 1, routed: 0, total: 1 });
        assert_eq!(report.per_slice["lang=en"], Group { argmax: 3, routed: 2, total: 4 });
        let routed = report.routed.as_ref().unwrap();
        assert_eq!((routed.correct, routed.moved), (2, 1));
        assert_eq!(routed.confusion, vec![vec![0, 2], vec![0, 2]]);
        let text = report.to_string();
        assert!(text.contains("75.00 %") && text.contains("**50.00 %**"), "{text}");
    }

    #[test]
    fn jsonl_takes_indices_or_names_and_names_bad_lines() {
        let dir = std::env::temp_dir().join(format!("qg-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let labels = vec!["fast_path".to_string(), "slow_path".to_string()];
        let good = dir.join("good.jsonl");
        std::fs::write(&good, "{\"text\": \"tl;dr this\", \"label\": 0, \"category\": \"summarization\", \"lang\": \"en\", \"long\": false}\n\n{\"text\": \"a poem\", \"label\": \"slow_path\"}\n").unwrap();
        let samples = load_jsonl(&good, &labels, "test").unwrap();
        let slices = vec!["lang=en".to_string(), "long=false".to_string()];
        assert_eq!(
            samples[0],
            Labelled { text: "tl;dr this".into(), label: 0, category: "summarization".into(), slices }
        );
        assert!(samples[1].slices.is_empty());
        assert_eq!((samples[1].label, samples[1].category.as_str()), (1, "-"));
        let bad = dir.join("bad.jsonl");
        std::fs::write(&bad, "{\"text\": \"x\", \"label\": 0}\n{\"text\": \"y\", \"label\": 7}\n").unwrap();
        let err = format!("{:#}", load_jsonl(&bad, &labels, "test").unwrap_err());
        assert!(err.contains("bad.jsonl:2") && err.contains("label"), "{err}");
        // A folder is read file by file, each line kept only in its own split.
        std::fs::remove_file(&bad).unwrap();
        std::fs::write(dir.join("more.jsonl"), "{\"text\": \"tag it\", \"label\": 0, \"kind\": \"classification\", \"split\": \"test\"}\n{\"text\": \"hi\", \"label\": 1, \"split\": \"train\"}\n").unwrap();
        let all = load_labelled(&dir, &labels, "test").unwrap();
        assert_eq!(all.len(), 3, "two from good.jsonl, the test line of more.jsonl");
        assert_eq!(all[2].category, "classification", "kind stands in for category");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
