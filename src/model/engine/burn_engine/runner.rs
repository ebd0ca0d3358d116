//! The encoder as burn modules ([`SequenceClassifier`], or [`ModernBertEncoder`]) behind
//! [`Engine`]: on burn's flex CPU backend, or on wgpu, where a forward pass is queued on the device
//! and read later.

use anyhow::Result;
use burn::tensor::{Device, Tensor};

use super::bert::SequenceClassifier;
use super::blocks::read_logits;
use super::modernbert::ModernBertEncoder;
use super::padding::{
    buckets, gpu_shape, gpu_shapes, pad_batch, pad_batch_to, PaddedBatch, MIN_GPU_SEQ, MIN_SPLIT_TOKENS_CPU,
    MIN_SPLIT_TOKENS_GPU,
};
use crate::model::config::ModelConfig;
use crate::model::engine::contract::{BatchShape, Engine, EngineInfo, PendingLogits};
use crate::model::engine::selection::{Precision, SelectedDevice};
use crate::model::family::Family;
use crate::model::prediction::{softmax_prediction, Prediction};
use crate::model::weights::WeightFile;

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
        // The fused kernels implement BERT's layer and head, and f16 only BERT's encoder: ModernBERT
        // runs composed ops in f32 (EngineInfo says so, and /health/deep).
        let (model, fused_kernels, precision) = match cfg.family {
            Family::ModernBert => {
                if selected.precision != Precision::F32 {
                    tracing::warn!(
                        gpu_precision = selected.precision.name(),
                        "ModernBERT runs in f32 on the GPU: GPU_PRECISION applies to BERT-style encoders"
                    );
                }
                (BurnModel::ModernBert(ModernBertEncoder::load(cfg, file, device)?), false, Precision::F32)
            }
            Family::Bert | Family::DistilBert | Family::Roberta | Family::XlmRoberta => {
                let model = SequenceClassifier::load(cfg, file, device, selected.precision, false, 0.0)?;
                let model = BurnModel::Bert(model.with_fused_kernels(selected.fused_kernels));
                (model, selected.fused_kernels, selected.precision)
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
                precision,
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
