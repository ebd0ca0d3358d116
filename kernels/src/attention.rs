//! Multi-head attention in one kernel: for every head, `softmax(q·kᵀ · scale + key_bias) · v`,
//! reading the projections as the linear layers write them (`[batch, seq, heads · head_dim]`) and
//! writing the context in that same layout. Composed, burn copies q, k and v into
//! `[batch, heads, seq, head_dim]`, runs two batched matmuls and the softmax with the
//! `[batch, heads, seq, seq]` scores in global memory between them, and copies the context back.
//!
//! One cube per (batch, head, block of query rows), one row of `LANES` units per query. K and V
//! are staged in shared memory a tile of keys at a time, and each query keeps a running max, sum
//! and context in f32 (online softmax), so no score leaves the cube.

use burn::backend::cubecl::dtype_to_storage_type;
use burn::backend::TensorMetadata;
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_dtype;
use burn_cubecl::tensor::CubeTensor;
use cubecl::prelude::*;

use crate::reduce::rows_grid;

/// Units per query row: each scores one key of a tile, then accumulates every `LANES`-th feature
/// of the context. Also the largest key tile.
const LANES: u32 = 32;
/// Query rows per cube when shared memory allows: 8 × 32 = 256 units, WebGPU's guaranteed maximum.
const ROWS: u32 = 8;

#[cube(launch)]
fn attention_kernel<F: Float>(
    q: &Tensor<F>,
    k: &Tensor<F>,
    v: &Tensor<F>,
    key_bias: &Tensor<F>,
    context: &mut Tensor<F>,
    scale: f32,
    #[comptime] head_dim: u32,
    #[comptime] rows: u32,
    #[comptime] tile: u32,
    #[define(F)] _dtype: ElemType,
) {
    let seq = q.shape(1);
    let hidden = q.shape(2);
    let hd = head_dim as usize;
    let heads = hidden / hd;
    let blocks = seq.div_ceil(rows as usize);
    let cube = CUBE_POS;
    if cube >= q.shape(0) * blocks * heads {
        terminate!();
    }
    let batch = cube / (blocks * heads);
    let head = (cube / blocks) % heads;
    let first_row = (cube % blocks) * rows as usize;
    // Feature 0 of this head at token 0 of this batch item, in q, k, v and context alike.
    let base = batch * seq * hidden + head * hd;

    let lane = UNIT_POS_X as usize;
    let r = UNIT_POS_Y as usize;
    let row = first_row + r;
    // Units of rows past the sequence still load tiles and meet every barrier.
    let live = row < seq;
    let unit = UNIT_POS as usize;
    let units = comptime!(LANES * rows) as usize;

    let mut q_s = Shared::<[F]>::new_slice(comptime!(rows * head_dim) as usize);
    // Odd row stride: the lanes of a row read different keys' features in the same step, and a
    // stride of 32 would put them all in one memory bank.
    let k_stride = hd + 1;
    let mut k_s = Shared::<[F]>::new_slice(comptime!(tile * (head_dim + 1)) as usize);
    let mut v_s = Shared::<[F]>::new_slice(comptime!(tile * head_dim) as usize);
    let mut scores = Shared::<[f32]>::new_slice(comptime!(rows * tile) as usize);

    let mut i = unit;
    while i < comptime!(rows * head_dim) as usize {
        let query = first_row + i / hd;
        if query < seq {
            q_s[i] = q[base + query * hidden + i % hd];
        }
        i += units;
    }

    let per_lane = comptime!(head_dim.div_ceil(LANES));
    let mut acc = Array::<f32>::new(per_lane as usize);
    // Finite, unlike -inf: the first tile's correction exp(running_max - new_max) is then 0, never
    // exp(-inf + inf) = NaN.
    let mut running_max = f32::new(-3.0e38);
    let mut sum = f32::new(0.0);
    let bias_base = batch * seq;
    let score_row = r * tile as usize;

    let tiles = seq.div_ceil(tile as usize);
    for t in 0..tiles {
        let first_key = t * tile as usize;
        let keys = min(tile as usize, seq - first_key);
        let mut i = unit;
        while i < keys * hd {
            let j = i / hd;
            let d = i % hd;
            let src = base + (first_key + j) * hidden + d;
            k_s[j * k_stride + d] = k[src];
            v_s[i] = v[src];
            i += units;
        }
        sync_cube();

        if live && lane < keys {
            let mut dot = f32::new(0.0);
            for d in 0..hd {
                dot += f32::cast_from(q_s[r * hd + d]) * f32::cast_from(k_s[lane * k_stride + d]);
            }
            scores[score_row + lane] = dot * scale + f32::cast_from(key_bias[bias_base + first_key + lane]);
        }
        sync_cube();

        // Every lane of a row folds the whole tile into the same max and sum, so the row needs no
        // reduction across units.
        if live {
            let mut tile_max = scores[score_row];
            for j in 1..keys {
                tile_max = max(tile_max, scores[score_row + j]);
            }
            let new_max = max(running_max, tile_max);
            let correction = (running_max - new_max).exp();
            sum *= correction;
            #[unroll]
            for c in 0..per_lane {
                acc[c as usize] *= correction;
            }
            for j in 0..keys {
                let p = (scores[score_row + j] - new_max).exp();
                sum += p;
                #[unroll]
                for c in 0..per_lane {
                    let d = lane + (c * LANES) as usize;
                    if d < hd {
                        acc[c as usize] += p * f32::cast_from(v_s[j * hd + d]);
                    }
                }
            }
            running_max = new_max;
        }
        // The next tile overwrites what this one read.
        sync_cube();
    }

    if live {
        let out = base + row * hidden;
        let inv_sum = f32::new(1.0) / sum;
        #[unroll]
        for c in 0..per_lane {
            let d = lane + (c * LANES) as usize;
            if d < hd {
                context[out + d] = F::cast_from(acc[c as usize] * inv_sum);
            }
        }
    }
}

pub fn attention(
    q: CubeTensor,
    k: CubeTensor,
    v: CubeTensor,
    key_bias: CubeTensor,
    heads: usize,
    scale: f32,
) -> CubeTensor {
    let shape = q.shape();
    let [batch, seq, hidden] = shape.dims::<3>();
    assert_eq!(k.shape(), shape, "attention: k is not [{batch}, {seq}, {hidden}] like q");
    assert_eq!(v.shape(), shape, "attention: v is not [{batch}, {seq}, {hidden}] like q");
    assert_eq!(key_bias.shape().dims::<2>(), [batch, seq], "attention: key_bias is not [batch, seq]");
    assert!(heads > 0 && hidden % heads == 0, "attention: {hidden} features do not split into {heads} heads");
    let tensors = [q, k, v, key_bias].map(into_contiguous);
    let [q, k, v, key_bias] = tensors;
    let (client, dtype) = (q.client.clone(), q.dtype);
    let context = empty_device_dtype(client.clone(), q.device.clone(), shape, dtype);
    if batch == 0 || seq == 0 || hidden == 0 {
        return context;
    }
    let head_dim = hidden / heads;
    let (rows, tile) = block_shape(head_dim, dtype.size(), client.properties().hardware.max_shared_memory_size);
    attention_kernel::launch(
        &client,
        rows_grid(batch * heads * seq.div_ceil(rows as usize)),
        CubeDim::new_2d(LANES, rows),
        q.into_tensor_arg(),
        k.into_tensor_arg(),
        v.into_tensor_arg(),
        key_bias.into_tensor_arg(),
        context.clone().into_tensor_arg(),
        scale,
        head_dim as u32,
        rows,
        tile,
        dtype_to_storage_type(dtype),
    );
    context
}

/// Query rows per cube and keys per tile: `ROWS` and `LANES` unless the staged queries, keys,
/// values and scores of one cube exceed the device's shared memory (WebGPU guarantees 16 KiB,
/// which a head of 64 f32 features at 32 keys a tile already does); then the tile shrinks, down
/// to as many keys as rows, then both together.
fn block_shape(head_dim: usize, elem_bytes: usize, shared_bytes: usize) -> (u32, u32) {
    let needs = |rows: usize, tile: usize| {
        (rows * head_dim + tile * (2 * head_dim + 1)) * elem_bytes + rows * tile * size_of::<f32>()
    };
    let (mut rows, mut tile) = (ROWS as usize, LANES as usize);
    while needs(rows, tile) > shared_bytes {
        assert!(
            tile > 1 || rows > 1,
            "attention: a head of {head_dim} features does not fit {shared_bytes} bytes of shared memory"
        );
        if tile > rows {
            tile /= 2;
        } else {
            rows = (rows / 2).max(1);
            tile = (tile / 2).max(1);
        }
    }
    (rows as u32, tile as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_shape_fits_shared_memory_and_prefers_full_cubes() {
        // The router's 32-feature heads and 64-feature heads on a card with 48 KiB.
        assert_eq!(block_shape(32, 4, 16_384), (8, 32));
        assert_eq!(block_shape(64, 4, 49_152), (8, 32));
        assert_eq!(block_shape(64, 4, 16_384), (8, 16));
        assert_eq!(block_shape(64, 2, 16_384), (8, 32));
        let (rows, tile) = block_shape(1_000, 4, 16_384);
        assert!(rows >= 1 && (1..=LANES).contains(&tile));
        let bytes = (rows as usize * 1_000 + tile as usize * 2_001) * 4 + (rows * tile) as usize * 4;
        assert!(bytes <= 16_384, "{rows} rows, {tile} keys: {bytes} bytes");
    }
}
