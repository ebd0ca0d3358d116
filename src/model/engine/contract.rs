//! What the rest of the gateway sees of an engine: [`Engine`] runs the forward pass for tokenized
//! texts, [`EngineInfo`] says what it is and how it wants to be fed. Every engine implements it;
//! the worker, warm-up and `/health/deep` use nothing else.

use anyhow::Result;

use super::selection::{EngineKind, Precision};

/// How an engine lays a batch out, and so what a batch costs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchShape {
    /// Texts padded to the longest: a batch costs rows x longest tokens.
    Padded,
    /// Texts back to back: a batch costs its real tokens.
    Packed,
}

/// What an engine is and how it wants to be fed.
#[derive(Debug, Clone)]
pub struct EngineInfo {
    pub kind: EngineKind,
    /// The adapter's own name (`cpu` for CPU engines).
    pub adapter: String,
    /// False for CPU engines and software rasterizers.
    pub hardware: bool,
    /// The encoder runs the project's GPU kernels (`kernels/`).
    pub fused_kernels: bool,
    /// The encoder's weights and activations (f32 on every CPU engine, and for ModernBERT).
    pub precision: Precision,
    /// `launch` returns before the device has finished: a worker may form the next batch meanwhile.
    pub pipelined: bool,
    /// Texts per model call when `BATCH_MAX_SIZE` is unset.
    pub default_batch_size: usize,
    pub batch_shape: BatchShape,
    /// Inference workers when `WORKERS` is unset.
    pub default_workers: usize,
}

/// What `CPU_PRECISION=auto` measured at load (`native/precision_probe.rs`): shown in the start-up
/// log, `/health/deep` and the metrics.
#[derive(Debug, Clone)]
pub struct PrecisionProbe {
    pub chosen: Precision,
    /// Sequences per second of the probe batch in each candidate, f32 first.
    pub rates: Vec<(Precision, f64)>,
    /// Precisions not tried, with why.
    pub skipped: Vec<(Precision, String)>,
    pub reason: String,
    /// Loading the candidates and timing them.
    pub elapsed: std::time::Duration,
}

/// Logits of a launched forward pass, read when the caller is ready for them.
pub trait PendingLogits {
    /// `[text][label]` in the order the texts were launched.
    fn wait(self: Box<Self>) -> Result<Vec<Vec<f32>>>;
}

/// Logits computed before `launch` returned.
pub struct Ready(pub Vec<Vec<f32>>);

impl PendingLogits for Ready {
    fn wait(self: Box<Self>) -> Result<Vec<Vec<f32>>> {
        Ok(self.0)
    }
}

/// Runs the sequence classifier on tokenized texts (each already truncated to the model's length).
pub trait Engine: Send + Sync {
    fn info(&self) -> &EngineInfo;

    /// Starts the forward pass of `seqs`; a non-pipelined engine computes it here.
    fn launch(&self, seqs: &[&[u32]]) -> Result<Box<dyn PendingLogits>>;

    /// Runs every batch shape the engine will meet up to `max_rows` texts, so that no request waits
    /// for a kernel to compile or a buffer to grow; returns the number of shapes run.
    /// The default runs the largest batch once (`max_rows` texts of `max_length` tokens).
    fn warm_up(&self, token: &[u32], max_rows: usize, max_length: usize) -> Result<usize> {
        let long: Vec<u32> = token.iter().copied().cycle().take(max_length.max(1)).collect();
        self.logits(&vec![long.as_slice(); max_rows.max(1)])?;
        Ok(1)
    }

    /// Launches and waits.
    fn logits(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        self.launch(seqs)?.wait()
    }
}
