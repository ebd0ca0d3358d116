//! The burn engine: the encoder as burn modules (`bert.rs` for BERT-style families,
//! `modernbert.rs`) on burn's flex CPU backend or on wgpu, where `runner.rs` queues a forward pass
//! on the device and reads it later. `padding.rs` lays batches out, `blocks.rs` holds what both
//! models share, `stage_profile.rs` times a forward stage by stage. On wgpu the BERT layers can
//! run the project's kernels (`kernels/`, `GPU_KERNELS=fused`). Training uses these modules too.

pub mod bert;
pub mod blocks;
pub mod modernbert;
pub mod padding;
pub mod runner;
pub mod stage_profile;

pub use runner::BurnEngine;
