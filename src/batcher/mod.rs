//! Between the async handlers and the model: `queue` (the bounded job queue and how a batch is
//! formed from it), `admission` (which jobs are worth running before their deadline) and `worker`
//! (the OS threads that run batches on the engine).

pub mod admission;
pub mod queue;
pub mod worker;

pub use queue::{collect_batch, BatchLimits, EnqueueError, Inferred, Job, JobReceiver, Queue, Reply, SKIPPED};
