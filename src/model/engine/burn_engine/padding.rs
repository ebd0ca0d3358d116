//! How the burn engines lay batches out: texts padded to a common length with a 1/0 mask (burn's
//! tensors are rectangular), split by length so short queries are not padded to a long one's, and
//! on a GPU rounded up to the few shapes that warm-up compiles at start.

/// Token ids of a padded batch, row-major `[batch, seq]`, with its 1/0 attention mask.
#[derive(Debug, Clone, PartialEq)]
pub struct PaddedBatch {
    pub ids: Vec<i64>,
    pub mask: Vec<f32>,
    pub batch: usize,
    pub seq: usize,
}

/// A padded sub-batch may hold at most this share of padding before it is split by length...
pub(super) const MAX_PADDING_SHARE: f64 = 0.3;
/// ... unless it is this small in rows x tokens, where another call costs more than the padding:
/// small on a CPU (cost follows FLOPs), large on a GPU (each call is a round of kernel launches).
pub(super) const MIN_SPLIT_TOKENS_CPU: usize = 256;
pub(super) const MIN_SPLIT_TOKENS_GPU: usize = 8192;
/// Shortest padded length of a GPU batch (see [`gpu_shape`]).
pub(super) const MIN_GPU_SEQ: usize = 8;

/// Pads `seqs` to the longest one.
pub fn pad_batch<S: AsRef<[u32]>>(seqs: &[S], pad_id: u32) -> PaddedBatch {
    pad_batch_to(seqs, pad_id, 0, 0)
}

/// Pads `seqs` to `[rows, seq]` (at least their own count and longest length); extra rows are
/// all padding.
pub fn pad_batch_to<S: AsRef<[u32]>>(seqs: &[S], pad_id: u32, rows: usize, seq: usize) -> PaddedBatch {
    let seq = seqs.iter().map(|s| s.as_ref().len()).max().unwrap_or(0).max(seq).max(1);
    let batch = seqs.len().max(rows);
    let mut ids = vec![pad_id as i64; batch * seq];
    let mut mask = vec![0.0; batch * seq];
    for (row, s) in seqs.iter().enumerate() {
        for (col, &id) in s.as_ref().iter().enumerate() {
            ids[row * seq + col] = id as i64;
            mask[row * seq + col] = 1.0;
        }
    }
    PaddedBatch { ids, mask, batch, seq }
}

/// The padded `[rows, tokens]` of a GPU batch: both rounded up to a power of two (tokens to at
/// least [`MIN_GPU_SEQ`], at most `max_length`). burn compiles kernels per shape, so this bounds
/// the shapes a GPU ever sees to a few dozen that warm-up runs at start-up; the extra padding is
/// nearly free there, where a forward pass costs about the same from 1 to 256 texts.
pub fn gpu_shape(rows: usize, longest: usize, max_length: usize) -> (usize, usize) {
    let seq = longest.max(MIN_GPU_SEQ).next_power_of_two().min(max_length).max(longest);
    (rows.max(1).next_power_of_two(), seq)
}

/// Every [`gpu_shape`] of batches of up to `max_rows` texts.
pub fn gpu_shapes(max_rows: usize, max_length: usize) -> Vec<(usize, usize)> {
    let mut seqs: Vec<usize> = (1..=max_length).map(|len| gpu_shape(1, len, max_length).1).collect();
    seqs.dedup();
    let top = max_rows.max(1).next_power_of_two();
    let rows = (0..=top.trailing_zeros()).map(|p| 1usize << p);
    rows.flat_map(|r| seqs.iter().map(move |&s| (r, s))).collect()
}

/// Indices of `seqs` sorted by length and split into runs whose padding stays under
/// [`MAX_PADDING_SHARE`] (runs under `min_split` padded tokens stay whole): short queries are
/// not padded to a long one's length.
pub(super) fn buckets(seqs: &[&[u32]], min_split: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    order.sort_by_key(|&i| seqs[i].len());
    length_buckets(&order, |i| seqs[i].len(), min_split).into_iter().map(<[usize]>::to_vec).collect()
}

/// Splits indices (sorted by ascending length) into consecutive runs padded to their longest.
fn length_buckets(sorted: &[usize], len: impl Fn(usize) -> usize, min_split: usize) -> Vec<&[usize]> {
    let mut buckets = Vec::new();
    let mut start = 0;
    let mut real = 0;
    for (pos, &i) in sorted.iter().enumerate() {
        let rows = pos - start + 1;
        let padded = rows * len(i);
        real += len(i);
        let waste = 1.0 - real as f64 / padded as f64;
        if rows > 1 && padded > min_split && waste > MAX_PADDING_SHARE {
            buckets.push(&sorted[start..pos]);
            start = pos;
            real = len(i);
        }
    }
    if start < sorted.len() {
        buckets.push(&sorted[start..]);
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_to_longest_with_mask() {
        let b = pad_batch(&[vec![101, 7, 102], vec![101, 102]], 0);
        assert_eq!((b.batch, b.seq), (2, 3));
        assert_eq!(b.ids, vec![101, 7, 102, 101, 102, 0]);
        assert_eq!(b.mask, vec![1.0, 1.0, 1.0, 1.0, 1.0, 0.0]);
    }

    #[test]
    fn pads_to_a_larger_shape_with_empty_rows() {
        let b = pad_batch_to(&[vec![101, 7, 102]], 0, 2, 4);
        assert_eq!((b.batch, b.seq), (2, 4));
        assert_eq!(b.ids, vec![101, 7, 102, 0, 0, 0, 0, 0]);
        assert_eq!(b.mask, vec![1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(pad_batch_to(&[vec![1; 5]], 0, 1, 2).seq, 5, "never truncates");
    }

    #[test]
    fn buckets_split_long_from_short() {
        let lens = [5usize, 5, 6, 6, 7, 120, 125];
        let order: Vec<usize> = (0..lens.len()).collect();
        let buckets = length_buckets(&order, |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        let flat: Vec<usize> = buckets.iter().flat_map(|b| b.iter().copied()).collect();
        assert_eq!(flat, order, "every index exactly once, in order");
        assert!(buckets.len() >= 2, "the two long texts are not padded with the short ones: {buckets:?}");
        assert!(buckets.iter().any(|b| b.contains(&0) && !b.contains(&6)));
    }

    #[test]
    fn gpu_shapes_are_powers_of_two_within_the_length_limit() {
        assert_eq!(gpu_shape(1, 1, 128), (1, 8));
        assert_eq!(gpu_shape(3, 9, 128), (4, 16));
        assert_eq!(gpu_shape(256, 20, 128), (256, 32));
        assert_eq!(gpu_shape(200, 128, 128), (256, 128));
        assert_eq!(gpu_shape(5, 90, 100), (8, 100), "capped at max_length");
        let shapes = gpu_shapes(256, 128);
        assert_eq!(shapes.len(), 9 * 5, "rows 1..256 x tokens 8..128");
        for rows in 1..=256 {
            for len in 1..=128 {
                assert!(shapes.contains(&gpu_shape(rows, len, 128)), "({rows}, {len}) not warmed up");
            }
        }
        assert_eq!(gpu_shapes(100, 100).iter().map(|s| s.0).max(), Some(128));
        assert!(gpu_shapes(100, 100).iter().all(|s| s.1 <= 100));
    }

    #[test]
    fn small_batches_stay_whole() {
        let lens = [3usize, 40];
        let buckets = length_buckets(&[0, 1], |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        assert_eq!(buckets.len(), 1);
    }
}
