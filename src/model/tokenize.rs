//! Tokenization with the model's own `tokenizer.json`, truncated to `max_length` and never padded
//! by the tokenizer: batches are padded to their longest member instead, because real queries
//! are short and fixed padding to 128 would multiply the work.

use std::path::Path;

use anyhow::{anyhow, Result};
use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

pub struct TextTokenizer {
    inner: Tokenizer,
    pad_id: u32,
}

/// Token ids of a padded batch, row-major `[batch, seq]`, with its 1/0 attention mask.
#[derive(Debug, Clone, PartialEq)]
pub struct PaddedBatch {
    pub ids: Vec<i64>,
    pub mask: Vec<f32>,
    pub batch: usize,
    pub seq: usize,
}

impl TextTokenizer {
    pub fn from_file(path: &Path, max_length: usize) -> Result<Self> {
        let mut inner =
            Tokenizer::from_file(path).map_err(|e| anyhow!("{}: cannot load tokenizer: {e}", path.display()))?;
        let pad_id = inner.get_padding().map(|p| p.pad_id).or_else(|| inner.token_to_id("[PAD]")).unwrap_or(0);
        inner.with_padding(None);
        inner
            .with_truncation(Some(TruncationParams {
                max_length,
                strategy: TruncationStrategy::LongestFirst,
                stride: 0,
                direction: TruncationDirection::Right,
            }))
            .map_err(|e| anyhow!("{}: max_length {max_length} is unusable: {e}", path.display()))?;
        Ok(Self { inner, pad_id })
    }

    /// Ids of one text with special tokens, at most `max_length` long. Any UTF-8 string is accepted;
    /// the tokenizer's normaliser drops control characters.
    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        let encoding = self.inner.encode_fast(text, true).map_err(|e| anyhow!("tokenization failed: {e}"))?;
        Ok(encoding.get_ids().to_vec())
    }

    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    pub fn pad_id(&self) -> u32 {
        self.pad_id
    }

    /// Pads `seqs` to the longest one.
    pub fn pad<S: AsRef<[u32]>>(&self, seqs: &[S]) -> PaddedBatch {
        pad_batch(seqs, self.pad_id)
    }

    /// Pads `seqs` to `[rows, seq]` (at least their own count and longest length); extra rows are
    /// all padding.
    pub fn pad_to<S: AsRef<[u32]>>(&self, seqs: &[S], rows: usize, seq: usize) -> PaddedBatch {
        pad_batch_to(seqs, self.pad_id, rows, seq)
    }
}

pub fn pad_batch<S: AsRef<[u32]>>(seqs: &[S], pad_id: u32) -> PaddedBatch {
    pad_batch_to(seqs, pad_id, 0, 0)
}

pub fn pad_batch_to<S: AsRef<[u32]>>(seqs: &[S], pad_id: u32, rows: usize, seq: usize) -> PaddedBatch {
    let seq = seqs.iter().map(|s| s.as_ref().len()).max().unwrap_or(0).max(seq).max(1);
    let batch = seqs.len().max(rows);
    let mut ids = vec![pad_id as i64; batch * seq];
    let mut mask = vec![0.0; batch * seq];
    for (row, s) in seqs.iter().enumerate() {
        for (col, &id) in s.as_ref().iter().enumerate() {
            ids[row * seq + col] = id as i64;
            mask[row * seq + col] = 1.0;
        }
    }
    PaddedBatch { ids, mask, batch, seq }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_to_longest_with_mask() {
        let b = pad_batch(&[vec![101, 7, 102], vec![101, 102]], 0);
        assert_eq!((b.batch, b.seq), (2, 3));
        assert_eq!(b.ids, vec![101, 7, 102, 101, 102, 0]);
        assert_eq!(b.mask, vec![1.0, 1.0, 1.0, 1.0, 1.0, 0.0]);
    }

    #[test]
    fn pads_to_a_larger_shape_with_empty_rows() {
        let b = pad_batch_to(&[vec![101, 7, 102]], 0, 2, 4);
        assert_eq!((b.batch, b.seq), (2, 4));
        assert_eq!(b.ids, vec![101, 7, 102, 0, 0, 0, 0, 0]);
        assert_eq!(b.mask, vec![1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(pad_batch_to(&[vec![1; 5]], 0, 1, 2).seq, 5, "never truncates");
    }
}
