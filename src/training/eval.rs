//! Accuracy, precision/recall/F1, per-category accuracy and the confusion matrix of a router on
//! a dataset split, for one input protocol.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Instant;

use anyhow::Result;

use super::data::{Protocol, Record};

#[derive(Debug, Clone)]
pub struct Report {
    pub protocol: Protocol,
    pub total: usize,
    pub correct: usize,
    /// `confusion[true][predicted]`.
    pub confusion: Vec<Vec<usize>>,
    /// category -> (correct, total).
    pub per_category: BTreeMap<String, (usize, usize)>,
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

/// Runs `predict` (texts -> predicted class indices) over `records` under `protocol`.
pub fn evaluate(
    records: &[&Record],
    protocol: Protocol,
    n_classes: usize,
    predict: impl FnOnce(&[String]) -> Result<Vec<usize>>,
) -> Result<Report> {
    let texts: Vec<String> = records.iter().map(|r| protocol.text(r)).collect();
    let start = Instant::now();
    let predicted = predict(&texts)?;
    let seconds = start.elapsed().as_secs_f64();
    let mut report = Report {
        protocol,
        total: records.len(),
        correct: 0,
        confusion: vec![vec![0; n_classes]; n_classes],
        per_category: BTreeMap::new(),
        seconds,
    };
    for (r, &p) in records.iter().zip(&predicted) {
        let hit = r.label == p;
        report.correct += hit as usize;
        report.confusion[r.label][p] += 1;
        let entry = report.per_category.entry(r.category.clone()).or_default();
        entry.0 += hit as usize;
        entry.1 += 1;
    }
    Ok(report)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "### {}: accuracy {:.2} % ({}/{}), {:.1} s ({:.0} texts/s)\n",
            self.protocol.name(),
            100.0 * self.accuracy(),
            self.correct,
            self.total,
            self.seconds,
            self.total as f64 / self.seconds.max(1e-9)
        )?;
        writeln!(f, "| class | precision | recall | F1 |\n|---|---|---|---|")?;
        for class in 0..self.confusion.len() {
            let (p, r, f1) = self.class_scores(class);
            writeln!(f, "| {class} | {:.2} % | {:.2} % | {:.2} % |", 100.0 * p, 100.0 * r, 100.0 * f1)?;
        }
        writeln!(f, "\n| category | accuracy | n |\n|---|---|---|")?;
        for (cat, (ok, n)) in &self.per_category {
            writeln!(f, "| {cat} | {:.2} % | {n} |", 100.0 * *ok as f64 / *n as f64)?;
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

    fn rec(category: &str, label: usize) -> Record {
        Record {
            index: 0,
            category: category.into(),
            label,
            instruction: "q".into(),
            context: String::new(),
            split: "test".into(),
        }
    }

    #[test]
    fn scores_a_known_confusion() {
        let records = [rec("classification", 0), rec("summarization", 0), rec("open_qa", 1), rec("open_qa", 1)];
        let refs: Vec<&Record> = records.iter().collect();
        let report = evaluate(&refs, Protocol::Instruction, 2, |_| Ok(vec![0, 1, 1, 1])).unwrap();
        assert_eq!(report.correct, 3);
        assert_eq!(report.confusion, vec![vec![1, 1], vec![0, 2]]);
        let (p1, r1, _) = report.class_scores(1);
        assert!((p1 - 2.0 / 3.0).abs() < 1e-9 && (r1 - 1.0).abs() < 1e-9);
        assert_eq!(report.per_category["summarization"], (0, 1));
        assert!(report.to_string().contains("75.00 %"));
    }
}
