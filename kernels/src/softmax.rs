//! Attention probabilities `softmax(scores · scale + key_bias)` over the key axis, one unit per
//! (batch, head, query) row. Router queries are short (13 tokens median, 128 at most), so a row
//! fits one unit's loop; composed, burn runs the scale, the bias add and softmax's max, subtract,
//! exp, sum and divide as separate kernels over the whole score tensor.

use burn::backend::cubecl::dtype_to_storage_type;
use burn::backend::TensorMetadata;
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_dtype;
use burn_cubecl::tensor::CubeTensor;
use cubecl::{calculate_cube_count_elemwise, prelude::*};

#[cube(launch)]
fn masked_softmax_kernel<F: Float>(
    scores: &Tensor<F>,
    key_bias: &Tensor<F>,
    output: &mut Tensor<F>,
    scale: f32,
    rows_per_batch: u32,
    #[define(F)] _dtype: ElemType,
) {
    let keys = key_bias.shape(1);
    let row = ABSOLUTE_POS;
    if row * keys >= output.len() {
        terminate!();
    }
    let base = row * keys;
    let bias_base = (row / rows_per_batch as usize) * keys;
    let scale = F::cast_from(scale);

    let mut max = scores[base] * scale + key_bias[bias_base];
    for k in 1..keys {
        max = F::max(max, scores[base + k] * scale + key_bias[bias_base + k]);
    }
    let mut sum = F::new(0.0);
    for k in 0..keys {
        let e = (scores[base + k] * scale + key_bias[bias_base + k] - max).exp();
        output[base + k] = e;
        sum += e;
    }
    let inv_sum = F::new(1.0) / sum;
    for k in 0..keys {
        output[base + k] *= inv_sum;
    }
}

pub fn masked_softmax(scores: CubeTensor, key_bias: CubeTensor, scale: f32) -> CubeTensor {
    let shape = scores.shape();
    let [batch, heads, queries, keys] = shape.dims::<4>();
    assert_eq!(key_bias.shape().dims::<2>(), [batch, keys], "masked_softmax: key_bias is not [batch, keys]");
    let (scores, key_bias) = (into_contiguous(scores), into_contiguous(key_bias));
    let (client, dtype) = (scores.client.clone(), scores.dtype);
    let output = empty_device_dtype(client.clone(), scores.device.clone(), shape.clone(), dtype);
    let rows = batch * heads * queries;
    if rows == 0 || keys == 0 {
        return output;
    }
    let cube_dim = CubeDim::new(&client, rows);
    masked_softmax_kernel::launch(
        &client,
        calculate_cube_count_elemwise(&client, rows, cube_dim),
        cube_dim,
        scores.into_tensor_arg(),
        key_bias.into_tensor_arg(),
        output.clone().into_tensor_arg(),
        scale,
        (heads * queries) as u32,
        dtype_to_storage_type(dtype),
    );
    output
}
