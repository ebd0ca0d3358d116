//! Inference engines: what runs the encoder's forward pass for tokenized texts. Each engine sits in
//! its own folder and implements [`Engine`] (`contract.rs`); which one runs is chosen at start
//! (`selection.rs`: `MODEL_DEVICE`, `CPU_ENGINE`, `CPU_PRECISION`, `GPU_KERNELS`,
//! `GPU_PRECISION`) and loaded here.
//!
//! - `native/`: the project's CPU engine (BERT-style and ModernBERT forwards on packed batches);
//! - `burn_engine/`: burn's modules (BERT-style and ModernBERT) on flex (CPU) or wgpu (GPU), with
//!   the project's kernels on wgpu.

pub mod burn_engine;
pub mod contract;
pub mod native;
pub mod selection;

use std::sync::Arc;

use anyhow::Result;

pub use contract::{BatchShape, Engine, EngineInfo, PendingLogits, Ready};
pub use selection::{CpuEngine, CpuPrecision, DeviceChoice, EngineKind, GpuKernels, Precision, SelectedDevice};

use crate::model::config::ModelConfig;
use crate::model::weights::WeightFile;

/// The engine `selected` names, with the weights of `file`.
pub fn load(
    cfg: &ModelConfig,
    file: &WeightFile,
    selected: &SelectedDevice,
    pad_id: u32,
    max_length: usize,
) -> Result<Arc<dyn Engine>> {
    Ok(match selected.kind {
        EngineKind::Native => native::load(cfg, file, selected.precision)?,
        EngineKind::BurnFlex | EngineKind::BurnWgpu => {
            Arc::new(burn_engine::BurnEngine::load(cfg, file, selected, pad_id, max_length)?)
        }
    })
}
