//! Where a BERT forward's time goes, stage by stage (`bench-forward --profile`), on burn's engines
//! and the native one. With profiling on, each stage ends with a device sync (burn; the native
//! engine has finished its work when a stage returns) and its wall time is added to the stage's
//! total: on a GPU the queued kernels of that stage run to completion before the clock is read. The syncs cut fusion at stage edges, so the shares are those of a slightly slower
//! forward. Off (serving), a mark is one relaxed atomic load. The totals belong to the thread
//! that turned profiling on (the one that runs the forward), so other threads never add to them.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use burn::tensor::Device;

/// A step of the encoder's forward, in the order it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Token, position and type embeddings and their LayerNorm.
    Embeddings,
    /// The query, key and value projections (three matmuls a layer).
    QkvProjection,
    /// `q k^T` over `[batch, heads, len, len]`.
    AttentionScores,
    /// Scale, padding mask and softmax of the scores.
    AttentionSoftmax,
    /// `probs v` and the heads merged back.
    AttentionContext,
    /// Scores, softmax and context in one pass per (text, head) (native engine).
    Attention,
    /// The attention output projection, residual and LayerNorm (native: projection and residual).
    AttentionOutput,
    /// The first feed-forward matmul and its activation (native: the matmul).
    FeedForwardUp,
    /// GELU (native engine).
    Activation,
    /// The second feed-forward matmul, residual and LayerNorm (native: matmul and residual).
    FeedForwardDown,
    /// The LayerNorms after attention and after the feed-forward block (native engine).
    LayerNorm,
    /// Rounding or quantizing a GEMM's activations for the bf16 / int8 kernel (native engine).
    GemmInputPacking,
    /// Pooling and the classifier.
    Head,
}

static ENABLED: AtomicBool = AtomicBool::new(false);

struct Clock {
    device: Option<Device>,
    last: Instant,
    totals: BTreeMap<Stage, (Duration, u64)>,
}

thread_local! {
    static CLOCK: RefCell<Option<Clock>> = const { RefCell::new(None) };
}

/// Turns profiling on for the calling thread (clearing earlier totals) or off.
pub fn set_enabled(on: bool) {
    CLOCK.set(on.then(|| Clock { device: None, last: Instant::now(), totals: BTreeMap::new() }));
    ENABLED.store(on, Ordering::Relaxed);
}

/// Starts a forward on `device` (`None`: the native engine, on the calling thread): waits for
/// earlier work so it is not charged to the first stage.
pub fn begin(device: Option<&Device>) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    CLOCK.with_borrow_mut(|clock| {
        if let Some(clock) = clock {
            if let Some(device) = device {
                let _ = device.sync();
            }
            clock.device = device.cloned();
            clock.last = Instant::now();
        }
    });
}

/// Ends `stage`: waits for its work on the device and adds the time since the previous mark.
pub fn mark(stage: Stage) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    CLOCK.with_borrow_mut(|clock| {
        let Some(clock) = clock else { return };
        if let Some(device) = &clock.device {
            let _ = device.sync();
        }
        let now = Instant::now();
        let entry = clock.totals.entry(stage).or_default();
        entry.0 += now - clock.last;
        entry.1 += 1;
        clock.last = now;
    });
}

/// Totals so far, per stage in forward order: (stage, time, marks).
pub fn totals() -> Vec<(Stage, Duration, u64)> {
    CLOCK.with_borrow(|clock| {
        clock.as_ref().map_or_else(Vec::new, |c| c.totals.iter().map(|(s, (d, n))| (*s, *d, *n)).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_add_up_per_stage_only_while_enabled() {
        let device = Device::flex();
        mark(Stage::Head);
        assert!(totals().is_empty(), "nothing is recorded while profiling is off");
        set_enabled(true);
        for _ in 0..3 {
            begin(Some(&device));
            mark(Stage::Embeddings);
            std::thread::sleep(Duration::from_millis(2));
            mark(Stage::Head);
        }
        let t = totals();
        set_enabled(false);
        assert_eq!(t.iter().map(|(s, _, n)| (*s, *n)).collect::<Vec<_>>(), [(Stage::Embeddings, 3), (Stage::Head, 3)]);
        assert!(t[1].1 >= Duration::from_millis(6));
        assert!(totals().is_empty());
    }
}
