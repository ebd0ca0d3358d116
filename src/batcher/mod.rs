//! Between the async handlers and the model: `queue` (the bounded job queue and how a batch is
//! formed from it), `admission` (which requests to queue, and which jobs are still worth running) and `worker`
//! (the OS threads that run batches on the engine).

pub mod admission;
pub mod queue;
pub mod worker;

pub use queue::{collect_batch, BatchLimits, EnqueueError, Inferred, Job, JobError, JobReceiver, Queue, Reply};
