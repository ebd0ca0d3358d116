//! The two cache levels in front of the model: in-process L1 and the optional shared Redis L2.

pub mod answer;
pub mod key;
pub mod l1;
pub mod l2;

pub use answer::CachedAnswer;
pub use key::{cache_key, CacheKey};
pub use l1::L1Cache;
pub use l2::L2Cache;
