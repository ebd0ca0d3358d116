//! A raw output pointer the native engine's rayon tasks share, each writing its own part.

/// A raw pointer that rayon tasks may share; each task writes a disjoint part.
#[derive(Clone, Copy)]
pub(super) struct SharedOut(*mut f32);
// SAFETY: only used where each rayon task writes its own disjoint part (attention's (text, head)
// blocks, a thin GEMM's column blocks, the reduced GEMM's row x panel blocks).
unsafe impl Send for SharedOut {}
unsafe impl Sync for SharedOut {}

impl SharedOut {
    pub(super) fn new(out: &mut [f32]) -> Self {
        Self(out.as_mut_ptr())
    }

    /// The address `offset` elements in. (A method, so closures capture the whole `Sync` wrapper
    /// rather than its raw pointer field.)
    pub(super) fn at(&self, offset: usize) -> *mut f32 {
        self.0.wrapping_add(offset)
    }
}
