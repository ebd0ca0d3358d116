//! The encoder as burn modules ([`SequenceClassifier`], or [`ModernBertEncoder`]) behind
//! [`Engine`]: on burn's flex CPU backend, or on wgpu, where a forward pass is queued on the device
//! and read later.

use anyhow::Result;
use burn::tensor::{Device, Tensor};

use super::{BatchShape, Engine, EngineInfo, PendingLogits};
use crate::model::config::ModelConfig;
use crate::model::device::SelectedDevice;
use crate::model::encoder::{read_logits, SequenceClassifier};
use crate::model::family::Family;
use crate::model::modernbert_encoder::ModernBertEncoder;
use crate::model::tokenize::{pad_batch, pad_batch_to, PaddedBatch};
use crate::model::weights::WeightFile;
use crate::model::{softmax_prediction, Prediction};

/// A padded sub-batch may hold at most this share of padding before it is split by length...
const MAX_PADDING_SHARE: f64 = 0.3;
/// ... unless it is this small in rows x tokens, where another call costs more than the padding:
/// small on a CPU (cost follows FLOPs), large on a GPU (each call is a round of kernel launches).
const MIN_SPLIT_TOKENS_CPU: usize = 256;
const MIN_SPLIT_TOKENS_GPU: usize = 8192;
/// Shortest padded length of a GPU batch (see [`gpu_shape`]).
const MIN_GPU_SEQ: usize = 8;

/// The burn model of the loaded family.
enum BurnModel {
    Bert(SequenceClassifier),
    ModernBert(ModernBertEncoder),
}

impl BurnModel {
    fn forward_batch(&self, batch: &PaddedBatch, device: &Device) -> Tensor<2> {
        match self {
            BurnModel::Bert(model) => model.forward_batch(batch, device),
            BurnModel::ModernBert(model) => model.forward_batch(batch, device),
        }
    }
}

pub struct BurnEngine {
    model: BurnModel,
    device: Device,
    info: EngineInfo,
    pad_id: u32,
    max_length: usize,
}

impl BurnEngine {
    pub fn load(
        cfg: &ModelConfig,
        file: &WeightFile,
        selected: &SelectedDevice,
        pad_id: u32,
        max_length: usize,
    ) -> Result<Self> {
        let device = &selected.device;
        // The fused kernels implement BERT's layer and head; ModernBERT runs composed ops.
        let (model, fused_kernels) = match cfg.family {
            Family::ModernBert => (BurnModel::ModernBert(ModernBertEncoder::load(cfg, file, device)?), false),
            Family::Bert | Family::DistilBert | Family::Roberta | Family::XlmRoberta => {
                let model = SequenceClassifier::load(cfg, file, device, false, 0.0)?;
                (BurnModel::Bert(model.with_fused_kernels(selected.fused_kernels)), selected.fused_kernels)
            }
        };
        let gpu = selected.kind.is_gpu();
        // A hardware GPU is launch-bound: 256 texts cost about what one does. A software adapter
        // (lavapipe) is compute-bound on the CPU (14 texts/s at batch 8, 19 at 32), and warm-up
        // runs every shape (see `warm_up`): up to 32 texts x 128 tokens of the router took
        // minutes there, up to 8 takes a fraction of it.
        let default_batch_size = match (gpu, selected.hardware) {
            (true, true) => 256,
            (true, false) => 8,
            (false, _) => 32,
        };
        Ok(Self {
            model,
            device: selected.device.clone(),
            info: EngineInfo {
                kind: selected.kind,
                adapter: selected.adapter.clone(),
                hardware: selected.hardware,
                fused_kernels,
                pipelined: gpu,
                default_batch_size,
                batch_shape: BatchShape::Padded,
                default_workers: if gpu { 1 } else { 2 },
            },
            pad_id,
            max_length,
        })
    }

    fn forward(&self, batch: &PaddedBatch) -> Tensor<2> {
        self.model.forward_batch(batch, &self.device)
    }
}

/// Forward passes queued on the model's device, one per length bucket.
struct BurnPending {
    len: usize,
    parts: Vec<(Vec<usize>, Tensor<2>)>,
}

impl PendingLogits for BurnPending {
    fn wait(self: Box<Self>) -> Result<Vec<Vec<f32>>> {
        let mut out = vec![Vec::new(); self.len];
        for (rows, logits) in self.parts {
            for (i, l) in rows.into_iter().zip(read_logits(logits)?) {
                out[i] = l;
            }
        }
        Ok(out)
    }
}

impl Engine for BurnEngine {
    fn info(&self) -> &EngineInfo {
        &self.info
    }

    /// Queues the forward passes without waiting for them: on a GPU the device computes while the
    /// caller prepares the next batch. The flex backend computes here.
    fn launch(&self, seqs: &[&[u32]]) -> Result<Box<dyn PendingLogits>> {
        let gpu = self.info.kind.is_gpu();
        let min_split = if gpu { MIN_SPLIT_TOKENS_GPU } else { MIN_SPLIT_TOKENS_CPU };
        let parts = buckets(seqs, min_split)
            .into_iter()
            .map(|rows| {
                let texts: Vec<&[u32]> = rows.iter().map(|&i| seqs[i]).collect();
                let batch = if gpu {
                    let longest = texts.iter().map(|t| t.len()).max().unwrap_or(1);
                    let (rows, seq) = gpu_shape(texts.len(), longest, self.max_length);
                    pad_batch_to(&texts, self.pad_id, rows, seq)
                } else {
                    pad_batch(&texts, self.pad_id)
                };
                (rows, self.forward(&batch))
            })
            .collect();
        // burn's fusion (and cubecl's command buffer) hold queued work back until a read; hand it
        // to the GPU now, or nothing overlaps. A failure here resurfaces at the read in `wait`.
        let _ = self.device.flush();
        Ok(Box::new(BurnPending { len: seqs.len(), parts }))
    }

    /// On a GPU, hardware or software, every [`gpu_shape`] of up to `max_rows` texts: the first
    /// call of a shape compiles its kernels (1-3 s a shape on lavapipe), longer than a request's
    /// deadline. On the CPU (flex) one short call: nothing is compiled per shape there.
    fn warm_up(&self, token: &[u32], max_rows: usize, max_length: usize) -> Result<usize> {
        let shapes = if self.info.kind.is_gpu() {
            gpu_shapes(max_rows, self.max_length.min(max_length))
        } else {
            vec![(1, MIN_GPU_SEQ.min(self.max_length))]
        };
        for &(rows, seq) in &shapes {
            let started = std::time::Instant::now();
            let batch = pad_batch_to(&vec![token; rows], self.pad_id, rows, seq);
            read_logits(self.forward(&batch))?;
            tracing::debug!(rows, seq, ms = started.elapsed().as_millis() as u64, "warm-up shape");
        }
        Ok(shapes.len())
    }
}

/// The padded `[rows, tokens]` of a GPU batch: both rounded up to a power of two (tokens to at
/// least [`MIN_GPU_SEQ`], at most `max_length`). burn compiles kernels per shape, so this bounds
/// the shapes a GPU ever sees to a few dozen that warm-up runs at start-up; the extra padding is
/// nearly free there, where a forward pass costs about the same from 1 to 256 texts.
pub fn gpu_shape(rows: usize, longest: usize, max_length: usize) -> (usize, usize) {
    let seq = longest.max(MIN_GPU_SEQ).next_power_of_two().min(max_length).max(longest);
    (rows.max(1).next_power_of_two(), seq)
}

/// Every [`gpu_shape`] of batches of up to `max_rows` texts.
pub fn gpu_shapes(max_rows: usize, max_length: usize) -> Vec<(usize, usize)> {
    let mut seqs: Vec<usize> = (1..=max_length).map(|len| gpu_shape(1, len, max_length).1).collect();
    seqs.dedup();
    let top = max_rows.max(1).next_power_of_two();
    let rows = (0..=top.trailing_zeros()).map(|p| 1usize << p);
    rows.flat_map(|r| seqs.iter().map(move |&s| (r, s))).collect()
}

/// Predictions for tokenized texts, in input order, computing each (CPU-sized) bucket's logits
/// with `logits` (training's validation, on the autodiff model's inner module).
pub fn predict_bucketed(
    seqs: &[Vec<u32>],
    pad_id: u32,
    mut logits: impl FnMut(&PaddedBatch) -> Result<Vec<Vec<f32>>>,
) -> Result<Vec<Prediction>> {
    let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
    let mut out = vec![None; seqs.len()];
    for rows in buckets(&refs, MIN_SPLIT_TOKENS_CPU) {
        let batch = pad_batch(&rows.iter().map(|&i| refs[i]).collect::<Vec<_>>(), pad_id);
        for (i, l) in rows.into_iter().zip(logits(&batch)?) {
            out[i] = Some(softmax_prediction(&l, 1.0));
        }
    }
    Ok(out.into_iter().map(|p| p.expect("every input is in one bucket")).collect())
}

/// Indices of `seqs` sorted by length and split into runs whose padding stays under
/// [`MAX_PADDING_SHARE`] (runs under `min_split` padded tokens stay whole): short queries are
/// not padded to a long one's length.
fn buckets(seqs: &[&[u32]], min_split: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    order.sort_by_key(|&i| seqs[i].len());
    length_buckets(&order, |i| seqs[i].len(), min_split).into_iter().map(<[usize]>::to_vec).collect()
}

/// Splits indices (sorted by ascending length) into consecutive runs padded to their longest.
fn length_buckets(sorted: &[usize], len: impl Fn(usize) -> usize, min_split: usize) -> Vec<&[usize]> {
    let mut buckets = Vec::new();
    let mut start = 0;
    let mut real = 0;
    for (pos, &i) in sorted.iter().enumerate() {
        let rows = pos - start + 1;
        let padded = rows * len(i);
        real += len(i);
        let waste = 1.0 - real as f64 / padded as f64;
        if rows > 1 && padded > min_split && waste > MAX_PADDING_SHARE {
            buckets.push(&sorted[start..pos]);
            start = pos;
            real = len(i);
        }
    }
    if start < sorted.len() {
        buckets.push(&sorted[start..]);
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_split_long_from_short() {
        let lens = [5usize, 5, 6, 6, 7, 120, 125];
        let order: Vec<usize> = (0..lens.len()).collect();
        let buckets = length_buckets(&order, |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        let flat: Vec<usize> = buckets.iter().flat_map(|b| b.iter().copied()).collect();
        assert_eq!(flat, order, "every index exactly once, in order");
        assert!(buckets.len() >= 2, "the two long texts are not padded with the short ones: {buckets:?}");
        assert!(buckets.iter().any(|b| b.contains(&0) && !b.contains(&6)));
    }

    #[test]
    fn gpu_shapes_are_powers_of_two_within_the_length_limit() {
        assert_eq!(gpu_shape(1, 1, 128), (1, 8));
        assert_eq!(gpu_shape(3, 9, 128), (4, 16));
        assert_eq!(gpu_shape(256, 20, 128), (256, 32));
        assert_eq!(gpu_shape(200, 128, 128), (256, 128));
        assert_eq!(gpu_shape(5, 90, 100), (8, 100), "capped at max_length");
        let shapes = gpu_shapes(256, 128);
        assert_eq!(shapes.len(), 9 * 5, "rows 1..256 x tokens 8..128");
        for rows in 1..=256 {
            for len in 1..=128 {
                assert!(shapes.contains(&gpu_shape(rows, len, 128)), "({rows}, {len}) not warmed up");
            }
        }
        assert_eq!(gpu_shapes(100, 100).iter().map(|s| s.0).max(), Some(128));
        assert!(gpu_shapes(100, 100).iter().all(|s| s.1 <= 100));
    }

    #[test]
    fn small_batches_stay_whole() {
        let lens = [3usize, 40];
        let buckets = length_buckets(&[0, 1], |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        assert_eq!(buckets.len(), 1);
    }
}
