//! Multi-head attention in one kernel: for every head, `softmax(q·kᵀ · scale + key_bias) · v`,
//! reading the projections as the linear layers write them (`[batch, seq, heads · head_dim]`) and
//! writing the context in that same layout. Composed, burn views q, k and v as
//! `[batch, heads, seq, head_dim]`, runs two batched matmuls and the softmax with the
//! `[batch, heads, seq, seq]` scores in global memory between them, and copies the context back.
//!
//! One cube per (batch, head, block of up to 32 query rows), one unit per query row. The cube
//! stages K and V in shared memory a tile of keys at a time, and each unit keeps its query, a
//! running max and sum and its context in f32 registers (online softmax), so no score leaves the
//! cube. A unit does its row's whole softmax: no work is repeated across units and no reduction
//! needs a barrier; units of one head read the same K and V word at each step (a broadcast).

use burn::backend::cubecl::dtype_to_storage_type;
use burn::backend::TensorMetadata;
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_dtype;
use burn_cubecl::tensor::CubeTensor;
use cubecl::prelude::*;

use crate::reduce::rows_grid;

/// Query rows (units) per cube at most, and keys per tile at most.
const MAX_ROWS: u32 = 32;
const MAX_TILE: u32 = 32;

#[cube(launch)]
fn attention_kernel<F: Float>(
    q: &Tensor<F>,
    k: &Tensor<F>,
    v: &Tensor<F>,
    key_bias: &Tensor<F>,
    context: &mut Tensor<F>,
    scale: f32,
    #[comptime] head_dim: u32,
    #[comptime] tile: u32,
    #[define(F)] _dtype: ElemType,
) {
    let seq = q.shape(1);
    let hidden = q.shape(2);
    let hd = comptime!(head_dim as usize);
    let heads = hidden / hd;
    let rows = CUBE_DIM_X as usize;
    let blocks = seq.div_ceil(rows);
    let cube = CUBE_POS;
    if cube >= q.shape(0) * blocks * heads {
        terminate!();
    }
    let batch = cube / (blocks * heads);
    let head = (cube / blocks) % heads;
    let unit = UNIT_POS_X as usize;
    let row = (cube % blocks) * rows + unit;
    // Units past the last query still load tiles and meet every barrier.
    let live = row < seq;
    // Feature 0 of this head at token 0 of this batch item, in q, k, v and context alike.
    let base = batch * seq * hidden + head * hd;
    let bias_base = batch * seq;

    let mut k_s = Shared::<[F]>::new_slice(comptime!(tile * head_dim) as usize);
    let mut v_s = Shared::<[F]>::new_slice(comptime!(tile * head_dim) as usize);
    // Key-major, so the units' scores of one key are adjacent (no bank conflicts).
    let mut scores = Shared::<[f32]>::new_slice(comptime!(tile * MAX_ROWS) as usize);

    let mut query = Array::<f32>::new(hd);
    let mut acc = Array::<f32>::new(hd);
    if live {
        #[unroll]
        for d in 0..hd {
            query[d] = f32::cast_from(q[base + row * hidden + d]);
        }
    }
    // Finite, unlike -inf: the first tile's correction exp(running_max - new_max) is then 0, never
    // exp(-inf + inf) = NaN.
    let mut running_max = f32::new(-3.0e38);
    let mut sum = f32::new(0.0);

    let tiles = seq.div_ceil(tile as usize);
    for t in 0..tiles {
        let first_key = t * tile as usize;
        let keys = min(tile as usize, seq - first_key);
        // Consecutive units load consecutive features: coalesced reads.
        let mut i = unit;
        while i < keys * hd {
            let src = base + (first_key + i / hd) * hidden + i % hd;
            k_s[i] = k[src];
            v_s[i] = v[src];
            i += rows;
        }
        sync_cube();

        if live {
            let mut tile_max = f32::new(-3.0e38);
            for j in 0..keys {
                let mut dot = f32::new(0.0);
                #[unroll]
                for d in 0..hd {
                    dot += query[d] * f32::cast_from(k_s[j * hd + d]);
                }
                let score = dot * scale + f32::cast_from(key_bias[bias_base + first_key + j]);
                scores[j * rows + unit] = score;
                tile_max = max(tile_max, score);
            }
            let new_max = max(running_max, tile_max);
            let correction = (running_max - new_max).exp();
            sum *= correction;
            #[unroll]
            for d in 0..hd {
                acc[d] *= correction;
            }
            for j in 0..keys {
                let p = (scores[j * rows + unit] - new_max).exp();
                sum += p;
                #[unroll]
                for d in 0..hd {
                    acc[d] += p * f32::cast_from(v_s[j * hd + d]);
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
        for d in 0..hd {
            context[out + d] = F::cast_from(acc[d] * inv_sum);
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
    let tile = tile_keys(head_dim, dtype.size(), client.properties().hardware.max_shared_memory_size);
    // Short queries get a cube their size rather than 32 units with most of them idle.
    let rows = seq.next_power_of_two().min(MAX_ROWS as usize);
    attention_kernel::launch(
        &client,
        rows_grid(batch * heads * seq.div_ceil(rows)),
        CubeDim::new_1d(rows as u32),
        q.into_tensor_arg(),
        k.into_tensor_arg(),
        v.into_tensor_arg(),
        key_bias.into_tensor_arg(),
        context.clone().into_tensor_arg(),
        scale,
        head_dim as u32,
        tile,
        dtype_to_storage_type(dtype),
    );
    context
}

/// Keys per tile: `MAX_TILE` unless one tile of K and V plus the scores exceed the device's shared
/// memory (WebGPU guarantees 16 KiB, which a head of 64 f32 features at 32 keys a tile exceeds).
fn tile_keys(head_dim: usize, elem_bytes: usize, shared_bytes: usize) -> u32 {
    let needs = |tile: usize| 2 * tile * head_dim * elem_bytes + tile * MAX_ROWS as usize * size_of::<f32>();
    let mut tile = MAX_TILE as usize;
    while needs(tile) > shared_bytes {
        assert!(
            tile > 1,
            "attention: a head of {head_dim} features does not fit {shared_bytes} bytes of shared memory"
        );
        tile /= 2;
    }
    tile as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_keys_fit_shared_memory_and_prefer_full_tiles() {
        // The router's 32-feature heads; 64-feature heads in f32 on WebGPU's minimum and on a card
        // with 48 KiB, and in f16.
        assert_eq!(tile_keys(32, 4, 16_384), 32);
        assert_eq!(tile_keys(64, 4, 16_384), 16);
        assert_eq!(tile_keys(64, 4, 49_152), 32);
        assert_eq!(tile_keys(64, 2, 16_384), 32);
        let tile = tile_keys(1_000, 4, 16_384) as usize;
        assert_eq!(tile, 2, "{tile} keys of 1,000 features");
    }
}
