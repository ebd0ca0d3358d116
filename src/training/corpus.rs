//! The hand-written request corpus, `data/corpus/*.jsonl`: requests written whole by many writers
//! with different briefs and read again blind by a second reader (data/corpus/README.md). One
//! JSON object a line with at least `text`, `label`, `kind`, `lang`, `writer` and `split`
//! (`train`, `validation` or `test`, fixed when the corpus is built, a contrast pair in one split).

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use super::kinds::{Example, Kind};

#[derive(Debug, Clone, Deserialize)]
pub struct Request {
    pub text: String,
    pub label: usize,
    /// One of the five Dolly kinds the router learns.
    pub kind: String,
    pub lang: String,
    pub writer: String,
    pub split: String,
}

/// The corpus files in `dir`, in name order (so a run reads them in the same order everywhere).
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("{}: cannot read the corpus folder", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Every request of every corpus file in `dir` (at least one).
pub fn load(dir: &Path) -> Result<Vec<Request>> {
    let files = files(dir)?;
    if files.is_empty() {
        bail!("{}: no .jsonl corpus files", dir.display());
    }
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let request: Request =
                serde_json::from_str(line).with_context(|| format!("{}:{}: bad request", path.display(), n + 1))?;
            match Kind::from_name(&request.kind) {
                Some(kind) if kind.label() == request.label => {}
                Some(_) => {
                    bail!("{}:{}: kind {} does not take label {}", path.display(), n + 1, request.kind, request.label)
                }
                None => bail!("{}:{}: unknown kind {:?}", path.display(), n + 1, request.kind),
            }
            out.push(request);
        }
    }
    Ok(out)
}

/// The requests of one split, as training or scoring examples with their kinds.
pub fn split(requests: &[Request], name: &str) -> Vec<Example> {
    requests
        .iter()
        .filter(|r| r.split == name)
        .map(|r| Example { text: r.text.clone(), label: r.label, kind: Kind::from_name(&r.kind) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_corpus_has_both_labels_all_kinds_and_three_splits() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
        let requests = load(&dir).unwrap();
        assert!(requests.len() >= 1000, "{} requests", requests.len());
        let slow = requests.iter().filter(|r| r.label == 1).count() as f64 / requests.len() as f64;
        assert!((0.4..=0.6).contains(&slow), "slow share {slow}");
        for kind in Kind::ALL {
            assert!(split(&requests, "train").iter().any(|e| e.kind == Some(kind)), "{kind:?}");
        }
        for name in ["train", "validation", "test"] {
            assert!(!split(&requests, name).is_empty(), "{name}");
        }
        assert!(requests.iter().all(|r| ["train", "validation", "test"].contains(&r.split.as_str())));
    }
}
