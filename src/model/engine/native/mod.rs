//! The project's CPU engine: packed (padding-free) batches, fused QKV, every op on every core,
//! no allocation in the steady state. `blocks.rs` holds what both forwards share, `attention.rs`
//! the per-(text, head) attention loop, `reduced.rs` the dense layers' bf16 and int8 GEMM.

mod attention;
pub mod bert;
mod blocks;
pub mod modernbert;
pub mod precision_probe;
pub mod reduced;
mod shared_out;

use std::sync::Arc;

use anyhow::Result;

use crate::model::config::ModelConfig;
use crate::model::engine::contract::Engine;
use crate::model::engine::selection::Precision;
use crate::model::family::Family;
use crate::model::weights::WeightFile;

/// The native forward of `cfg`'s family, with the weights of `file`, its dense layers in
/// `precision` (f32, bf16 or int8).
pub fn load(cfg: &ModelConfig, file: &WeightFile, precision: Precision) -> Result<Arc<dyn Engine>> {
    Ok(match cfg.family {
        Family::ModernBert => Arc::new(modernbert::ModernBertEngine::load(cfg, file, precision)?),
        _ => Arc::new(bert::NativeEngine::load(cfg, file, precision)?),
    })
}
