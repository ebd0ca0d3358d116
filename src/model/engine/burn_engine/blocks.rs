//! burn pieces both burn models use (`bert.rs`, `modernbert.rs`): weights read into burn modules,
//! the activations (with a host GELU on flex), the padding mask's bias, batches to tensors and
//! logits back to the host.

use anyhow::Result;
use burn::module::Param;
use burn::nn::{LayerNorm, LayerNormConfig, Linear};
use burn::tensor::{activation, DType, Device, FloatDType, Int, Tensor, TensorData};

use super::padding::PaddedBatch;
use crate::model::config::Activation;
use crate::model::host_ops;
use crate::model::weights::{transpose, Bias, WeightFile};

/// Added to attention scores of padding keys: exp() of it underflows to exactly 0 in f32.
pub(crate) const MASK_BIAS: f32 = -1.0e4;

/// Exact (erf) GELU. burn's CPU kernel evaluates it with a scalar libm erf on one thread, which took
/// a quarter of a CPU batch; for inference on the flex backend it runs on the host in parallel
/// chunks instead. Autodiff (training) and GPU devices keep burn's op.
fn gelu<const D: usize>(x: Tensor<D>) -> Tensor<D> {
    let device = x.device();
    if device.is_autodiff() || device != Device::flex() {
        return activation::gelu(x);
    }
    let dims = x.dims();
    // No clone kept for a fallback: after convert() the data is f32 whatever the activations were.
    let mut values = x.into_data().convert::<f32>().try_into_vec::<f32>().expect("converted to f32");
    use rayon::prelude::*;
    values.par_chunks_mut(16 * 1024).for_each(host_ops::gelu_in_place);
    Tensor::from_data(TensorData::new(values, dims), &device)
}

/// The feed-forward (or head) activation `activation` of `x`.
pub(crate) fn activate<const D: usize>(activation: Activation, x: Tensor<D>) -> Tensor<D> {
    match activation {
        Activation::Relu => activation::relu(x),
        Activation::GeluTanh => activation::gelu_approximate(x),
        Activation::Gelu => gelu(x),
    }
}

/// Waits for `[batch, labels]` logits and copies them to the host.
pub fn read_logits(logits: Tensor<2>) -> Result<Vec<Vec<f32>>> {
    let [_, labels] = logits.dims();
    let values: Vec<f32> = logits
        .into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| anyhow::anyhow!("reading logits back: {e:?}"))?;
    Ok(values.chunks(labels).map(<[f32]>::to_vec).collect())
}

/// Token ids and mask of a padded batch as device tensors.
pub fn batch_tensors(batch: &PaddedBatch, device: &Device) -> (Tensor<2, Int>, Tensor<2>) {
    let shape = [batch.batch, batch.seq];
    (
        Tensor::from_data(TensorData::new(batch.ids.clone(), shape), device),
        Tensor::from_data(TensorData::new(batch.mask.clone(), shape), device),
    )
}

pub(crate) fn tensor<const D: usize>(values: Vec<f32>, shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::from_data(TensorData::new(values, shape), device)
}

/// `values` stored as `dtype` on `device`, converted on the host.
fn tensor_as<const D: usize>(values: Vec<f32>, shape: [usize; D], device: &Device, dtype: FloatDType) -> Tensor<D> {
    Tensor::from_data(TensorData::new(values, shape), (device, DType::from(dtype)))
}

/// Reads safetensors weights into burn modules on `device`.
pub(crate) struct Loader<'a> {
    pub(crate) file: &'a WeightFile<'a>,
    pub(crate) device: &'a Device,
    /// What linear layers and embedding tables are stored as (converted once, here, whatever the
    /// file holds). LayerNorm parameters stay f32: the norms compute in f32 in every precision.
    pub(crate) dtype: FloatDType,
}

impl Loader<'_> {
    pub(crate) fn linear(&self, name: &str, d_in: usize, d_out: usize) -> Result<Linear> {
        self.linear_with(name, d_in, d_out, Bias::Required)
    }

    pub(crate) fn linear_with(&self, name: &str, d_in: usize, d_out: usize, bias: Bias) -> Result<Linear> {
        let w = self.file.read(&format!("{name}.weight"), &[d_out, d_in])?;
        Ok(Linear {
            weight: Param::from_tensor(tensor_as(transpose(&w, d_out, d_in), [d_in, d_out], self.device, self.dtype)),
            // An absent optional bias is `None`: burn then adds nothing.
            bias: bias
                .read_optional(self.file, name, d_out)?
                .map(|b| Param::from_tensor(tensor_as(b, [d_out], self.device, self.dtype))),
        })
    }

    pub(crate) fn norm(&self, name: &str, d: usize, eps: f64) -> Result<LayerNorm> {
        self.norm_with(name, d, eps, Bias::Required)
    }

    pub(crate) fn norm_with(&self, name: &str, d: usize, eps: f64, bias: Bias) -> Result<LayerNorm> {
        let mut norm = LayerNormConfig::new(d).with_epsilon(eps).init(self.device);
        norm.gamma = Param::from_tensor(tensor(self.file.read(&format!("{name}.weight"), &[d])?, [d], self.device));
        norm.beta = bias.read_optional(self.file, name, d)?.map(|b| Param::from_tensor(tensor(b, [d], self.device)));
        Ok(norm)
    }

    pub(crate) fn matrix(&self, name: &str, rows: usize, cols: usize) -> Result<Tensor<2>> {
        Ok(tensor_as(self.file.read(name, &[rows, cols])?, [rows, cols], self.device, self.dtype))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_gelu_matches_burns_exact_gelu() {
        let device = Device::flex();
        let xs: Vec<f32> = (0..4001).map(|i| (i as f32 - 2000.0) / 200.0).collect();
        let input = Tensor::<3>::from_data(TensorData::new(xs.clone(), [1, 1, xs.len()]), &device);
        let want: Vec<f32> = activation::gelu(input.clone()).into_data().try_into_vec::<f32>().unwrap();
        let got: Vec<f32> = gelu(input).into_data().try_into_vec::<f32>().unwrap();
        let worst = want.iter().zip(&got).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst < 2e-6, "max |diff| {worst}");
    }
}
