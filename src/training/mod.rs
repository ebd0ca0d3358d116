//! Turning a pretrained encoder into the router (`train`) and measuring it (`eval`).

pub mod augment;
pub mod average;
pub mod calibration;
pub mod corpus;
pub mod data;
pub mod distill;
pub mod eval;
pub mod genres;
pub mod kinds;
pub mod languages;
pub mod precision_gate;
pub mod train;
pub mod user_requests;
