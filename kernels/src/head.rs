//! The classification head on the [CLS] position: `act(cls · W_pre + b_pre) · W_cls + b_cls`, one
//! workgroup per query. Composed, it is a slice, a reshape, two matmuls with their bias adds and
//! the activation: about eight launches for a few kilobytes of work per query.

use burn::backend::cubecl::dtype_to_storage_type;
use burn::backend::{Shape, TensorMetadata};
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_dtype;
use burn_cubecl::tensor::CubeTensor;
use cubecl::prelude::*;

use crate::reduce::{cube_sum, rows_grid};

const UNITS: u32 = 128;

#[cube(launch)]
fn classifier_head_kernel<F: Float>(
    hidden: &Tensor<F>,
    pre_weight: &Tensor<F>,
    pre_bias: &Tensor<F>,
    cls_weight: &Tensor<F>,
    cls_bias: &Tensor<F>,
    logits: &mut Tensor<F>,
    #[comptime] width: u32,
    #[comptime] units: u32,
    #[comptime] relu: bool,
    #[define(F)] _dtype: ElemType,
) {
    let labels = cls_bias.len();
    let query = CUBE_POS;
    if query * labels >= logits.len() {
        terminate!();
    }
    let w = width as usize;
    let step = units as usize;
    // [CLS] is position 0 of the query's `[seq, width]` block.
    let cls = query * hidden.stride(0);

    // Weights are stored [in, out], so units reading neighbouring outputs read neighbouring words.
    let mut pooled = Shared::<[F]>::new_slice(width as usize);
    let mut o = UNIT_POS_X as usize;
    while o < w {
        let mut acc = pre_bias[o];
        for i in 0..w {
            acc += hidden[cls + i] * pre_weight[i * w + o];
        }
        if relu {
            pooled[o] = F::max(acc, F::new(0.0));
        } else {
            pooled[o] = acc.tanh();
        }
        o += step;
    }
    sync_cube();

    for label in 0..labels {
        let mut part = F::new(0.0);
        let mut o = UNIT_POS_X as usize;
        while o < w {
            part += pooled[o] * cls_weight[o * labels + label];
            o += step;
        }
        let total = cube_sum::<F>(part, units);
        if UNIT_POS_X == 0 {
            logits[query * labels + label] = total + cls_bias[label];
        }
    }
}

/// Activation between the pre-classifier and the classifier: BERT's pooler uses tanh, DistilBERT's
/// pre_classifier ReLU.
pub fn classifier_head(
    hidden: CubeTensor,
    pre_weight: CubeTensor,
    pre_bias: CubeTensor,
    cls_weight: CubeTensor,
    cls_bias: CubeTensor,
    relu: bool,
) -> CubeTensor {
    let [batch, _seq, width] = hidden.shape().dims::<3>();
    assert_eq!(pre_weight.shape().dims::<2>(), [width, width], "classifier_head: pre weight is not [{width}, {width}]");
    let [cls_in, labels] = cls_weight.shape().dims::<2>();
    assert_eq!(cls_in, width, "classifier_head: classifier weight is not [{width}, labels]");
    let tensors = [hidden, pre_weight, pre_bias, cls_weight, cls_bias].map(into_contiguous);
    let [hidden, pre_weight, pre_bias, cls_weight, cls_bias] = tensors;
    let (client, dtype) = (hidden.client.clone(), hidden.dtype);
    let logits = empty_device_dtype(client.clone(), hidden.device.clone(), Shape::new([batch, labels]), dtype);
    if batch == 0 || labels == 0 {
        return logits;
    }
    classifier_head_kernel::launch(
        &client,
        rows_grid(batch),
        CubeDim::new_1d(UNITS),
        hidden.into_tensor_arg(),
        pre_weight.into_tensor_arg(),
        pre_bias.into_tensor_arg(),
        cls_weight.into_tensor_arg(),
        cls_bias.into_tensor_arg(),
        logits.clone().into_tensor_arg(),
        width as u32,
        UNITS,
        relu,
        dtype_to_storage_type(dtype),
    );
    logits
}
