//! The project's CPU engine: packed (padding-free) batches, fused QKV, every op on every core,
//! no allocation in the steady state. `blocks.rs` holds what both forwards share, `attention.rs`
//! the per-(text, head) attention loop.

mod attention;
pub mod bert;
mod blocks;
pub mod modernbert;

use std::sync::Arc;

use anyhow::Result;

use crate::model::config::ModelConfig;
use crate::model::engine::contract::Engine;
use crate::model::family::Family;
use crate::model::weights::WeightFile;

/// The native forward of `cfg`'s family, with the weights of `file`.
pub fn load(cfg: &ModelConfig, file: &WeightFile) -> Result<Arc<dyn Engine>> {
    Ok(match cfg.family {
        Family::ModernBert => Arc::new(modernbert::ModernBertEngine::load(cfg, file)?),
        _ => Arc::new(bert::NativeEngine::load(cfg, file)?),
    })
}
