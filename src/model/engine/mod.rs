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

pub use contract::{BatchShape, Engine, EngineInfo, PendingLogits, PrecisionProbe, Ready};
pub use selection::{
    CpuEngine, CpuPrecision, DeviceChoice, EngineKind, GpuKernels, Precision, PrecisionRule, SelectedDevice,
};

use crate::model::config::ModelConfig;
use crate::model::weights::WeightFile;

/// The engine `selected` names, with the weights of `file`; with what was measured when the
/// native engine's precision is chosen by measurement (`CPU_PRECISION=auto`).
pub fn load(
    cfg: &ModelConfig,
    file: &WeightFile,
    selected: &SelectedDevice,
    pad_id: u32,
    max_length: usize,
) -> Result<(Arc<dyn Engine>, Option<PrecisionProbe>)> {
    Ok(match (selected.kind, selected.precision_rule) {
        (EngineKind::Native, PrecisionRule::Fastest) => {
            let (engine, probe) = native::precision_probe::fastest(cfg, |p| native::load(cfg, file, p))?;
            (engine, Some(probe))
        }
        (EngineKind::Native, PrecisionRule::Fixed) => (native::load(cfg, file, selected.precision)?, None),
        (EngineKind::BurnFlex | EngineKind::BurnWgpu, _) => {
            (Arc::new(burn_engine::BurnEngine::load(cfg, file, selected, pad_id, max_length)?), None)
        }
    })
}
