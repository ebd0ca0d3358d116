//! `LayerNorm(x + residual)`: the post-LN encoder's residual add and normalisation in one pass.
//! Composed, burn runs the add, two mean reductions, the centring, square, rsqrt, scale and shift
//! as separate kernels, each reading and writing the whole activation.

use burn::backend::cubecl::dtype_to_storage_type;
use burn::backend::TensorMetadata;
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_dtype;
use burn_cubecl::tensor::CubeTensor;
use cubecl::prelude::*;

use crate::reduce::{cube_sum, rows_grid};

/// Units per row: the router's 384 features are 3 per unit.
const UNITS: u32 = 128;

#[cube(launch)]
fn residual_layer_norm_kernel<F: Float>(
    x: &Tensor<F>,
    residual: &Tensor<F>,
    gamma: &Tensor<F>,
    beta: &Tensor<F>,
    output: &mut Tensor<F>,
    eps: f32,
    #[comptime] units: u32,
    #[define(F)] _dtype: ElemType,
) {
    let width = gamma.len();
    let row = CUBE_POS;
    if row * width >= output.len() {
        terminate!();
    }
    let base = row * width;
    let step = units as usize;

    // Pass 1: the residual sum, kept in `output` (each unit rereads only what it wrote).
    let mut sum = F::new(0.0);
    let mut j = UNIT_POS_X as usize;
    while j < width {
        let v = x[base + j] + residual[base + j];
        output[base + j] = v;
        sum += v;
        j += step;
    }
    let mean = cube_sum::<F>(sum, units) / F::cast_from(width as u32);

    // Pass 2: variance around the mean (two passes: no cancellation from E[x²] - E[x]²).
    let mut squares = F::new(0.0);
    j = UNIT_POS_X as usize;
    while j < width {
        let d = output[base + j] - mean;
        squares += d * d;
        j += step;
    }
    let variance = cube_sum::<F>(squares, units) / F::cast_from(width as u32);
    let inv_std = F::new(1.0) / (variance + F::cast_from(eps)).sqrt();

    j = UNIT_POS_X as usize;
    while j < width {
        output[base + j] = (output[base + j] - mean) * inv_std * gamma[j] + beta[j];
        j += step;
    }
}

pub fn residual_layer_norm(
    x: CubeTensor,
    residual: CubeTensor,
    gamma: CubeTensor,
    beta: CubeTensor,
    eps: f32,
) -> CubeTensor {
    let shape = x.shape();
    assert_eq!(shape, residual.shape(), "residual_layer_norm: x and residual differ in shape");
    let width = shape[shape.num_dims() - 1];
    assert_eq!(gamma.shape().num_elements(), width, "residual_layer_norm: gamma is not [{width}]");
    assert_eq!(beta.shape().num_elements(), width, "residual_layer_norm: beta is not [{width}]");
    let (x, residual, gamma, beta) =
        (into_contiguous(x), into_contiguous(residual), into_contiguous(gamma), into_contiguous(beta));
    let (client, dtype) = (x.client.clone(), x.dtype);
    let output = empty_device_dtype(client.clone(), x.device.clone(), shape.clone(), dtype);
    let rows = shape.num_elements() / width.max(1);
    if rows == 0 || width == 0 {
        return output;
    }
    residual_layer_norm_kernel::launch(
        &client,
        rows_grid(rows),
        CubeDim::new_1d(UNITS),
        x.into_tensor_arg(),
        residual.into_tensor_arg(),
        gamma.into_tensor_arg(),
        beta.into_tensor_arg(),
        output.clone().into_tensor_arg(),
        eps,
        UNITS,
        dtype_to_storage_type(dtype),
    );
    output
}
