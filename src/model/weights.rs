//! Reading and writing Hugging Face `model.safetensors` files (f32, f16 or bf16), with errors that
//! name the file and the tensor.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use safetensors::tensor::{Dtype, TensorView};
use safetensors::SafeTensors;

/// A parsed safetensors file whose tensors are read by name and converted to f32.
pub struct WeightFile<'a> {
    path: &'a Path,
    tensors: SafeTensors<'a>,
}

impl<'a> WeightFile<'a> {
    pub fn parse(path: &'a Path, bytes: &'a [u8]) -> Result<Self> {
        let tensors = SafeTensors::deserialize(bytes)
            .with_context(|| format!("{}: not a valid safetensors file", path.display()))?;
        Ok(Self { path, tensors })
    }

    /// Every tensor's name and shape, sorted by name.
    pub fn shapes(&self) -> Vec<(String, Vec<usize>)> {
        let mut out: Vec<_> =
            self.tensors.tensors().into_iter().map(|(name, view)| (name, view.shape().to_vec())).collect();
        out.sort();
        out
    }

    /// Ok when the classifier layer `name` is in the file; a base encoder has none.
    pub fn require_classifier(&self, name: &str) -> Result<()> {
        if !self.contains(&format!("{name}.weight")) {
            bail!("tensor {name:?}.weight is missing: this is a base encoder, not a trained classifier");
        }
        Ok(())
    }

    pub fn contains(&self, name: &str) -> bool {
        self.tensors.tensor(name).is_ok()
    }

    /// The tensor `name` as row-major f32 values, checked against `shape`.
    pub fn read(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        let view = self
            .tensors
            .tensor(name)
            .map_err(|_| anyhow::anyhow!("{}: tensor {name:?} is missing", self.path.display()))?;
        if view.shape() != shape {
            bail!(
                "{}: tensor {name:?} has shape {:?}, the config implies {:?}",
                self.path.display(),
                view.shape(),
                shape
            );
        }
        let raw = view.data();
        let pairs = raw.chunks_exact(2);
        let values: Vec<f32> = match view.dtype() {
            Dtype::F32 => raw.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect(),
            Dtype::F16 => pairs.map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32()).collect(),
            Dtype::BF16 => pairs.map(|b| half::bf16::from_le_bytes([b[0], b[1]]).to_f32()).collect(),
            other => bail!("{}: tensor {name:?} has dtype {other:?}; f32, f16 or bf16 expected", self.path.display()),
        };
        if let Some(bad) = values.iter().position(|v| !v.is_finite()) {
            bail!("{}: tensor {name:?} holds a non-finite value at element {bad}", self.path.display());
        }
        Ok(values)
    }
}

/// Storage precision for [`write_safetensors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SaveDtype {
    F32,
    F16,
}

/// Tensors to save: name -> (shape, row-major f32 values).
pub type NamedTensors = BTreeMap<String, (Vec<usize>, Vec<f32>)>;

pub fn write_safetensors(path: &Path, tensors: &NamedTensors, dtype: SaveDtype) -> Result<()> {
    let encoded: Vec<(String, Vec<usize>, Vec<u8>)> = tensors
        .iter()
        .map(|(name, (shape, values))| {
            let bytes = match dtype {
                SaveDtype::F32 => values.iter().flat_map(|v| v.to_le_bytes()).collect(),
                SaveDtype::F16 => values.iter().flat_map(|v| half::f16::from_f32(*v).to_le_bytes()).collect(),
            };
            (name.clone(), shape.clone(), bytes)
        })
        .collect();
    let st_dtype = match dtype {
        SaveDtype::F32 => Dtype::F32,
        SaveDtype::F16 => Dtype::F16,
    };
    let views = encoded
        .iter()
        .map(|(name, shape, bytes)| Ok((name.as_str(), TensorView::new(st_dtype, shape.clone(), bytes)?)))
        .collect::<Result<Vec<_>>>()?;
    let metadata = Some(std::collections::HashMap::from([("format".to_string(), "pt".to_string())]));
    safetensors::serialize_to_file(views, metadata, path).with_context(|| format!("writing {}", path.display()))
}

/// Whether a layer's `.bias` tensor must be in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bias {
    /// BERT-style layers always have one.
    Required,
    /// ModernBERT saves none when its `*_bias` settings are false: an absent bias is zero.
    IfPresent,
}

impl Bias {
    pub(crate) fn read(self, file: &WeightFile, name: &str, len: usize) -> Result<Vec<f32>> {
        Ok(self.read_optional(file, name, len)?.unwrap_or_else(|| vec![0.0; len]))
    }

    /// `{name}.bias`, or `None` where it may be and is absent.
    pub(crate) fn read_optional(self, file: &WeightFile, name: &str, len: usize) -> Result<Option<Vec<f32>>> {
        let name = format!("{name}.bias");
        match self {
            Bias::IfPresent if !file.contains(&name) => Ok(None),
            Bias::Required | Bias::IfPresent => file.read(&name, &[len]).map(Some),
        }
    }
}

/// `values` (`rows` x `cols`, row-major) transposed: Hugging Face stores linear weights
/// `[out, in]`, and every engine multiplies by `[in, out]`.
pub(crate) fn transpose(values: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; values.len()];
    for r in 0..rows {
        for c in 0..cols {
            out[c * rows + r] = values[r * cols + c];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_f16_and_checks_shape() {
        let dir = std::env::temp_dir().join(format!("qg-weights-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("model.safetensors");
        let mut tensors = NamedTensors::new();
        tensors.insert("w".into(), (vec![2, 2], vec![1.0, -2.5, 0.125, 3.0]));
        write_safetensors(&path, &tensors, SaveDtype::F16).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let file = WeightFile::parse(&path, &bytes).unwrap();
        assert_eq!(file.read("w", &[2, 2]).unwrap(), vec![1.0, -2.5, 0.125, 3.0]);
        let err = file.read("w", &[4]).unwrap_err().to_string();
        assert!(err.contains("shape"), "{err}");
        let err = file.read("nope", &[1]).unwrap_err().to_string();
        assert!(err.contains("missing") && err.contains("model.safetensors"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn rejects_garbage() {
        let path = Path::new("bad.safetensors");
        let err = WeightFile::parse(path, b"not a safetensors file").err().unwrap().to_string();
        assert!(err.contains("bad.safetensors"), "{err}");
    }

    #[test]
    fn transposes_row_major() {
        assert_eq!(transpose(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 3), vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
    }
}
