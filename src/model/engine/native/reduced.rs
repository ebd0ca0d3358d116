//! The native engine's reduced-precision GEMM, `out[m, n] += a[m, k]·W[k, n]` on AVX-512:
//!
//! - **bf16** (AVX512-BF16): weights rounded to bf16 once at load, activations rounded as they are
//!   packed, `vdpbf16ps` multiplying pairs and accumulating in f32.
//! - **int8** (AVX512-VNNI): weights quantized once at load with one scale per output column,
//!   activations quantized as they are packed with one scale per row (dynamic, symmetric, stored
//!   as unsigned bytes around 128), `vpdpbusd` multiplying quads and accumulating in i32; the
//!   epilogue removes the 128 offset (128 x the column's sum of weights) and applies both scales.
//!
//! Layout: K is padded to a multiple of 16 and grouped into 32-bit lanes of 2 bf16 or 4 int8
//! values (padding: zero weights). The weights' columns are padded to panels of 32 (two registers
//! of 16) and stored panel by panel, group by group, so the micro-kernel reads them in order. The
//! micro-kernel holds up to 8 rows x 32 columns in 16 accumulators and broadcasts one lane of
//! each row per group. Rows and panels are split over rayon's pool like the f32 path.

use std::arch::x86_64::*;
use std::cell::Cell;

use anyhow::{bail, Result};
use rayon::prelude::*;

use super::shared_out::SharedOut;
use crate::model::engine::burn_engine::stage_profile::{self, Stage};
use crate::model::engine::selection::{bf16_missing_flag, int8_missing_flag};

/// Rows per micro-kernel tile.
const MR: usize = 8;
/// Columns per panel: two 16-lane registers.
const PANEL: usize = 32;
/// K is padded to this many elements (one 16-lane register of activations).
const K_ALIGN: usize = 16;
/// Below this many rows the columns, not the rows, are split over the pool.
const THIN_ROWS: usize = 64;
/// Rows packed on the calling thread below this many activations (a rayon hand-off costs more).
const PAR_MIN_ELEMS: usize = 16 * 1024;

/// What the lanes hold, with what the int8 epilogue needs per output column.
enum Format {
    Bf16,
    Int8 {
        /// Each column's weight scale, padded to the panels with zeros.
        col_scale: Vec<f32>,
        /// 128 x each column's sum of quantized weights: the activations' offset times the weights.
        col_offset: Vec<i32>,
    },
}

/// A `[k, n]` weight matrix packed for the micro-kernel.
pub struct PackedWeights {
    format: Format,
    k: usize,
    n: usize,
    /// 32-bit lanes per row of K (K padded, divided by the values per lane).
    groups: usize,
    /// panel x group x 32 columns.
    lanes: Vec<u32>,
}

/// bf16 bits of `x`, rounded to nearest even (NaN stays NaN).
fn bf16_bits(x: f32) -> u32 {
    let b = x.to_bits();
    if x.is_nan() {
        (b >> 16) | 0x40
    } else {
        (b + 0x7fff + ((b >> 16) & 1)) >> 16
    }
}

impl PackedWeights {
    /// `w` (`[k, n]` row-major) in bf16; fails where the CPU lacks AVX512-BF16.
    pub fn bf16(w: &[f32], k: usize, n: usize) -> Result<Self> {
        if let Some(flag) = bf16_missing_flag() {
            bail!("the bf16 GEMM needs the CPU flag {flag}");
        }
        let value = |kk: usize, col: usize| if kk < k && col < n { bf16_bits(w[kk * n + col]) } else { 0 };
        Ok(Self::pack(Format::Bf16, k, n, 2, |kk, col| value(kk, col) | value(kk + 1, col) << 16))
    }

    /// `w` (`[k, n]` row-major) in int8 with one scale per column; fails where the CPU lacks
    /// AVX512-VNNI.
    pub fn int8(w: &[f32], k: usize, n: usize) -> Result<Self> {
        if let Some(flag) = int8_missing_flag() {
            bail!("the int8 GEMM needs the CPU flag {flag}");
        }
        let padded = n.next_multiple_of(PANEL);
        let mut col_scale = vec![0.0f32; padded];
        let mut inv = vec![0.0f32; n];
        for col in 0..n {
            let max = (0..k).map(|kk| w[kk * n + col].abs()).fold(0.0f32, f32::max);
            if max > 0.0 {
                col_scale[col] = max / 127.0;
                inv[col] = 127.0 / max;
            }
        }
        let q = |kk: usize, col: usize| {
            if kk < k && col < n {
                (w[kk * n + col] * inv[col]).round().clamp(-127.0, 127.0) as i8
            } else {
                0
            }
        };
        let mut col_offset = vec![0i32; padded];
        for (col, offset) in col_offset.iter_mut().enumerate().take(n) {
            *offset = 128 * (0..k).map(|kk| q(kk, col) as i32).sum::<i32>();
        }
        let lane = |kk: usize, col: usize| u32::from_le_bytes([0, 1, 2, 3].map(|e| q(kk + e, col) as u8));
        Ok(Self::pack(Format::Int8 { col_scale, col_offset }, k, n, 4, lane))
    }

    /// Lays out `lane(first k of the group, column)` panel by panel, group by group.
    fn pack(format: Format, k: usize, n: usize, per_lane: usize, lane: impl Fn(usize, usize) -> u32) -> Self {
        let groups = k.next_multiple_of(K_ALIGN) / per_lane;
        let panels = n.div_ceil(PANEL);
        let mut lanes = Vec::with_capacity(panels * groups * PANEL);
        for panel in 0..panels {
            for g in 0..groups {
                lanes.extend((0..PANEL).map(|c| lane(g * per_lane, panel * PANEL + c)));
            }
        }
        Self { format, k, n, groups, lanes }
    }

    /// `out[m, n] += a[m, k]·W`, all row-major.
    pub fn matmul_acc(&self, out: &mut [f32], a: &[f32], m: usize) {
        let (k, n) = (self.k, self.n);
        assert!(out.len() >= m * n && a.len() >= m * k, "matmul operands too small");
        if m == 0 {
            return;
        }
        let mut rows = PACKED_ROWS.take();
        rows.lanes.resize(m * self.groups, 0);
        rows.scales.resize(m, 0.0);
        let pack = |(row, (lanes, scale)): (&[f32], (&mut [u32], &mut f32))| match self.format {
            // SAFETY: the constructors checked the CPU's flags; `lanes` holds the row's K padded.
            Format::Bf16 => unsafe { pack_row_bf16(row, lanes) },
            Format::Int8 { .. } => *scale = unsafe { pack_row_int8(row, lanes) },
        };
        let (a, lanes, scales) = (&a[..m * k], &mut rows.lanes[..m * self.groups], &mut rows.scales[..m]);
        if m * k < PAR_MIN_ELEMS {
            a.chunks_exact(k).zip(lanes.chunks_exact_mut(self.groups).zip(scales.iter_mut())).for_each(pack);
        } else {
            a.par_chunks_exact(k)
                .zip(lanes.par_chunks_exact_mut(self.groups).zip(scales.par_iter_mut()))
                .for_each(pack);
        }
        stage_profile::mark(Stage::GemmInputPacking);

        // Tasks: a grid of row blocks x panel blocks, about even per thread.
        let threads = rayon::current_num_threads();
        let panels = n.div_ceil(PANEL);
        let (row_tasks, panel_tasks) =
            if m < THIN_ROWS * threads { (1, threads.min(panels)) } else { (threads * m.div_ceil(threads * 192), 1) };
        let rows_per = m.div_ceil(row_tasks).next_multiple_of(MR);
        let panels_per = panels.div_ceil(panel_tasks);
        let job = Job { w: self, a: &rows.lanes, scales: &rows.scales, out: SharedOut::new(out), m };
        let task = |t: usize| {
            let (r, p) = (t / panel_tasks, t % panel_tasks);
            let row_range = r * rows_per..((r + 1) * rows_per).min(m);
            let panel_range = p * panels_per..((p + 1) * panels_per).min(panels);
            // SAFETY: the constructors checked the CPU's flags; each task writes its own rows x
            // panels of `out`, which holds m x n.
            match &self.format {
                Format::Bf16 => unsafe { block_bf16(&job, row_range, panel_range) },
                Format::Int8 { col_scale, col_offset } => {
                    let epilogue = Int8 { row_scale: job.scales, col_scale, col_offset };
                    unsafe { block_int8(&job, &epilogue, row_range, panel_range) }
                }
            }
        };
        if row_tasks * panel_tasks == 1 {
            task(0);
        } else {
            (0..row_tasks * panel_tasks).into_par_iter().for_each(task);
        }
        PACKED_ROWS.set(rows);
    }
}

/// Activations packed for the micro-kernel: each row's K in lanes, and (int8) each row's scale.
#[derive(Default)]
struct PackedRows {
    lanes: Vec<u32>,
    scales: Vec<f32>,
}

thread_local! {
    /// The calling thread's packed activations, taken for one GEMM (a nested call on the same
    /// thread gets a fresh set) and put back after it.
    static PACKED_ROWS: Cell<PackedRows> = Cell::new(PackedRows::default());
}

/// One GEMM: the packed operands and where the result goes.
struct Job<'a> {
    w: &'a PackedWeights,
    a: &'a [u32],
    scales: &'a [f32],
    out: SharedOut,
    m: usize,
}

/// Rounds one row to bf16 lanes (pairs), zero-padded to `lanes.len()` x 2 values.
///
/// # Safety
/// The CPU must have AVX512-BF16; `lanes` must hold `row.len()` rounded up to 16, halved.
#[target_feature(enable = "avx512f,avx512bf16,avx512vl")]
unsafe fn pack_row_bf16(row: &[f32], lanes: &mut [u32]) {
    for (c, dst) in lanes.chunks_exact_mut(K_ALIGN / 2).enumerate() {
        // SAFETY: AVX512-BF16 (caller); `dst` holds 8 lanes of two values.
        unsafe {
            let h: __m256i = std::mem::transmute(_mm512_cvtneps_pbh(load_masked(row, c * K_ALIGN)));
            _mm256_storeu_si256(dst.as_mut_ptr().cast(), h);
        }
    }
}

/// Quantizes one row to unsigned bytes around 128 (quads per lane), padded with 128 (zero);
/// returns the row's scale.
///
/// # Safety
/// The CPU must have AVX-512F; `lanes` must hold `row.len()` rounded up to 16, quartered.
#[target_feature(enable = "avx512f")]
unsafe fn pack_row_int8(row: &[f32], lanes: &mut [u32]) -> f32 {
    let chunks = row.len().div_ceil(K_ALIGN);
    let mut max = _mm512_setzero_ps();
    for c in 0..chunks {
        // SAFETY: AVX-512F (caller).
        max = _mm512_max_ps(max, _mm512_abs_ps(unsafe { load_masked(row, c * K_ALIGN) }));
    }
    let max = _mm512_reduce_max_ps(max);
    let (scale, inv) = if max > 0.0 { (max / 127.0, 127.0 / max) } else { (0.0, 0.0) };
    let (inv, offset) = (_mm512_set1_ps(inv), _mm512_set1_epi32(128));
    for (c, dst) in lanes.chunks_exact_mut(K_ALIGN / 4).enumerate() {
        // Round to nearest (the default MXCSR mode); |x·inv| ≤ 127.
        // SAFETY: AVX-512F (caller); `dst` holds 4 lanes of four bytes.
        unsafe {
            let q = _mm512_add_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(load_masked(row, c * K_ALIGN), inv)), offset);
            _mm_storeu_si128(dst.as_mut_ptr().cast(), _mm512_cvtepi32_epi8(q));
        }
    }
    scale
}

/// 16 values of `row` from `start`, zeros past its end.
#[inline(always)]
unsafe fn load_masked(row: &[f32], start: usize) -> __m512 {
    let mask = mask_first(row.len().saturating_sub(start));
    // SAFETY (caller: AVX-512F): lanes past the row's end are masked off and not read.
    unsafe { _mm512_maskz_loadu_ps(mask, row.as_ptr().wrapping_add(start)) }
}

/// A mask of the first `n` of 16 lanes.
#[inline(always)]
fn mask_first(n: usize) -> __mmask16 {
    if n >= 16 {
        u16::MAX
    } else {
        (1u16 << n) - 1
    }
}

/// One format's dot-product instruction and epilogue.
trait Kernel {
    /// `acc += a·b` over each lane's values.
    unsafe fn dot(acc: __m512i, a: __m512i, b: __m512i) -> __m512i;
    /// Adds a row's 16 accumulated columns from `col` onto `out` (the lanes in `mask`).
    unsafe fn store(&self, acc: __m512i, row: usize, col: usize, out: *mut f32, mask: __mmask16);
}

struct Bf16;

impl Kernel for Bf16 {
    #[inline(always)]
    unsafe fn dot(acc: __m512i, a: __m512i, b: __m512i) -> __m512i {
        // SAFETY (caller: AVX512-BF16): bit casts between 512-bit vector types.
        unsafe {
            let cast = std::mem::transmute::<__m512i, __m512bh>;
            let (a, b) = (cast(a), cast(b));
            _mm512_castps_si512(_mm512_dpbf16_ps(_mm512_castsi512_ps(acc), a, b))
        }
    }

    #[inline(always)]
    unsafe fn store(&self, acc: __m512i, _row: usize, _col: usize, out: *mut f32, mask: __mmask16) {
        // SAFETY (caller): `out` holds the lanes in `mask`.
        unsafe {
            let sum = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, out), _mm512_castsi512_ps(acc));
            _mm512_mask_storeu_ps(out, mask, sum);
        }
    }
}

struct Int8<'a> {
    row_scale: &'a [f32],
    col_scale: &'a [f32],
    col_offset: &'a [i32],
}

impl Kernel for Int8<'_> {
    #[inline(always)]
    unsafe fn dot(acc: __m512i, a: __m512i, b: __m512i) -> __m512i {
        // SAFETY (caller: AVX512-VNNI): unsigned activations x signed weights.
        unsafe { _mm512_dpbusd_epi32(acc, a, b) }
    }

    #[inline(always)]
    unsafe fn store(&self, acc: __m512i, row: usize, col: usize, out: *mut f32, mask: __mmask16) {
        // SAFETY (caller): `out` holds the lanes in `mask`; the column tables are padded to the
        // panels, so 16 values from `col` are inside them.
        unsafe {
            let offset = _mm512_loadu_si512(self.col_offset.as_ptr().add(col).cast());
            let scale =
                _mm512_mul_ps(_mm512_loadu_ps(self.col_scale.as_ptr().add(col)), _mm512_set1_ps(self.row_scale[row]));
            let value = _mm512_cvtepi32_ps(_mm512_sub_epi32(acc, offset));
            let sum = _mm512_fmadd_ps(value, scale, _mm512_maskz_loadu_ps(mask, out));
            _mm512_mask_storeu_ps(out, mask, sum);
        }
    }
}

/// # Safety
/// The CPU must have AVX512-BF16; `rows` and `panels` must lie inside the job's output.
#[target_feature(enable = "avx512f,avx512bf16")]
unsafe fn block_bf16(job: &Job, rows: std::ops::Range<usize>, panels: std::ops::Range<usize>) {
    unsafe { block(job, &Bf16, rows, panels) }
}

/// # Safety
/// The CPU must have AVX512-VNNI; `rows` and `panels` must lie inside the job's output.
#[target_feature(enable = "avx512f,avx512vnni")]
unsafe fn block_int8(job: &Job, epilogue: &Int8, rows: std::ops::Range<usize>, panels: std::ops::Range<usize>) {
    unsafe { block(job, epilogue, rows, panels) }
}

/// Rows x panels of the output, panel by panel (its weights stay in cache), tile by tile.
#[inline(always)]
unsafe fn block<K: Kernel>(job: &Job, kernel: &K, rows: std::ops::Range<usize>, panels: std::ops::Range<usize>) {
    let (w, n, groups) = (job.w, job.w.n, job.w.groups);
    debug_assert!(rows.end <= job.m);
    for panel in panels {
        let col = panel * PANEL;
        let b = w.lanes[panel * groups * PANEL..].as_ptr();
        let masks = [mask_first(n.saturating_sub(col)), mask_first(n.saturating_sub(col + 16))];
        let mut row = rows.start;
        while row < rows.end {
            let t = Tile {
                a: job.a[row * groups..].as_ptr(),
                b,
                groups,
                row,
                col,
                out: job.out.at(row * n + col),
                n,
                masks,
            };
            // SAFETY (caller): the tile's rows and columns lie inside the operands.
            unsafe {
                match rows.end - row {
                    1 => tile::<K, 1>(kernel, &t),
                    2 => tile::<K, 2>(kernel, &t),
                    3 => tile::<K, 3>(kernel, &t),
                    4 => tile::<K, 4>(kernel, &t),
                    5 => tile::<K, 5>(kernel, &t),
                    6 => tile::<K, 6>(kernel, &t),
                    7 => tile::<K, 7>(kernel, &t),
                    _ => tile::<K, MR>(kernel, &t),
                }
            }
            row += MR;
        }
    }
}

/// Where one micro-kernel tile reads and writes.
struct Tile {
    /// The tile's first packed row (rows `groups` lanes apart).
    a: *const u32,
    /// The panel's packed weights.
    b: *const u32,
    groups: usize,
    row: usize,
    col: usize,
    /// The tile's first output (rows `n` apart).
    out: *mut f32,
    n: usize,
    /// The panel's valid columns in each half.
    masks: [__mmask16; 2],
}

/// `R` rows x one panel: 2·R accumulators, two weight loads and R broadcasts per group.
#[inline(always)]
unsafe fn tile<K: Kernel, const R: usize>(kernel: &K, t: &Tile) {
    // SAFETY (caller): the tile's R rows of `groups` lanes, the panel's `groups` x 32 lanes and its
    // R x (valid columns) outputs are inside their buffers.
    unsafe {
        let mut acc = [[_mm512_setzero_si512(); 2]; R];
        let mut b = t.b;
        for g in 0..t.groups {
            let b0 = _mm512_loadu_si512(b.cast());
            let b1 = _mm512_loadu_si512(b.add(16).cast());
            for (i, acc) in acc.iter_mut().enumerate() {
                let a = _mm512_set1_epi32(*t.a.add(i * t.groups + g) as i32);
                acc[0] = K::dot(acc[0], a, b0);
                acc[1] = K::dot(acc[1], a, b1);
            }
            b = b.add(PANEL);
        }
        for (i, acc) in acc.iter().enumerate() {
            for (half, &mask) in t.masks.iter().enumerate() {
                if mask != 0 {
                    let out = t.out.add(i * t.n + half * 16);
                    kernel.store(acc[half], t.row + i, t.col + half * 16, out, mask);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(len: usize, seed: usize) -> Vec<f32> {
        (0..len).map(|i| (((i * 7919 + seed * 104_729) % 2001) as f32 - 1000.0) / 700.0).collect()
    }

    /// Every shape around the tile's edges: M, N, K not multiples of 8, 32 or 16; the bound per
    /// output is the rounding of each product's operands (bf16: 2^-8 relative each; int8: half a
    /// quantization step of the row's and the column's scale each).
    #[test]
    fn both_formats_match_f32_on_odd_shapes() {
        if bf16_missing_flag().is_some() || int8_missing_flag().is_some() {
            eprintln!("skipped: this CPU lacks AVX512-BF16 or AVX512-VNNI");
            return;
        }
        for (m, k, n) in [(1, 1, 1), (3, 7, 5), (9, 33, 17), (19, 100, 45), (8, 16, 32), (130, 70, 70), (300, 48, 100)]
        {
            let (a, w) = (values(m * k, 1), values(k * n, 2));
            let bias: Vec<f32> = values(m * n, 3);
            let mut want = bias.clone();
            for i in 0..m {
                for j in 0..n {
                    want[i * n + j] += (0..k).map(|kk| a[i * k + kk] * w[kk * n + j]).sum::<f32>();
                }
            }
            let abs_dot = |i: usize, j: usize| (0..k).map(|kk| (a[i * k + kk] * w[kk * n + j]).abs()).sum::<f32>();
            for format in ["bf16", "int8"] {
                let packed = match format {
                    "bf16" => PackedWeights::bf16(&w, k, n),
                    _ => PackedWeights::int8(&w, k, n),
                }
                .unwrap();
                let mut got = bias.clone();
                packed.matmul_acc(&mut got, &a, m);
                for i in 0..m {
                    let a_max = (0..k).map(|kk| a[i * k + kk].abs()).fold(0.0, f32::max);
                    for j in 0..n {
                        let bound = match format {
                            "bf16" => abs_dot(i, j) * 2.0 * 2f32.powi(-8) + 1e-5,
                            _ => {
                                let w_max = (0..k).map(|kk| w[kk * n + j].abs()).fold(0.0, f32::max);
                                let (sa, sw) = (a_max / 127.0, w_max / 127.0);
                                let sum_a: f32 = (0..k).map(|kk| a[i * k + kk].abs()).sum();
                                let sum_w: f32 = (0..k).map(|kk| w[kk * n + j].abs()).sum();
                                sum_a * sw / 2.0 + sum_w * sa / 2.0 + k as f32 * sa * sw / 4.0 + 1e-4
                            }
                        };
                        let (g, e) = (got[i * n + j], want[i * n + j]);
                        assert!((g - e).abs() <= bound, "{format} {m}x{k}x{n} [{i},{j}]: {g} vs {e} (bound {bound})");
                    }
                }
            }
        }
    }

    #[test]
    fn bf16_rounds_to_nearest_even() {
        assert_eq!(bf16_bits(1.0), 0x3f80);
        assert_eq!(bf16_bits(f32::from_bits(0x3f80_8000)), 0x3f80, "a tie rounds to the even mantissa");
        assert_eq!(bf16_bits(f32::from_bits(0x3f81_8000)), 0x3f82);
        assert_eq!(bf16_bits(f32::from_bits(0x3f80_8001)), 0x3f81);
        assert!(f32::from_bits(bf16_bits(f32::NAN) << 16).is_nan());
    }
}
