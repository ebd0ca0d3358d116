//! Choosing the engine and where it runs, from the settings: burn's wgpu backend on a GPU
//! adapter, or a CPU engine (the project's native engine, or burn's flex backend). Device and
//! engine are chosen together, since each engine runs on one kind of device.

use anyhow::{bail, Result};
use burn::tensor::{Device, DeviceKind, FloatDType, Tensor};

/// Which engine runs the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    /// The project's CPU engine: packed (padding-free) batches, fused QKV, every op on every core.
    Native,
    /// burn's flex CPU backend.
    BurnFlex,
    /// burn's wgpu backend (a GPU, or lavapipe in tests).
    BurnWgpu,
}

impl EngineKind {
    pub fn name(self) -> &'static str {
        match self {
            EngineKind::Native => "native",
            EngineKind::BurnFlex => "flex",
            EngineKind::BurnWgpu => "wgpu",
        }
    }

    pub fn is_gpu(self) -> bool {
        self == EngineKind::BurnWgpu
    }
}

/// `MODEL_DEVICE`: `auto` takes a hardware GPU when wgpu finds one, else the CPU; `gpu` takes any
/// wgpu adapter, software ones included (how CI exercises the GPU path on lavapipe); `cpu` never
/// touches wgpu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeviceChoice {
    Auto,
    Cpu,
    Gpu,
}

/// `CPU_ENGINE`: which engine runs the model when it runs on the CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CpuEngine {
    /// The project's engine: packed batches, fused QKV, every op on every core.
    Native,
    /// burn's flex backend (the encoder that training uses).
    Burn,
}

/// The device a model was placed on, with names for logs and `/health/deep`.
#[derive(Debug, Clone)]
pub struct SelectedDevice {
    /// burn's device: wgpu on a GPU, flex on the CPU (the native engine needs none).
    pub device: Device,
    pub kind: EngineKind,
    /// The adapter's own name (e.g. `NVIDIA H100 80GB HBM3`, `llvmpipe (LLVM 15.0.6, 256 bits)`).
    pub adapter: String,
    /// False for CPU backends and software rasterizers.
    pub hardware: bool,
    /// The encoder runs the project's fused kernels (`kernels/`); only ever on a GPU.
    pub fused_kernels: bool,
    /// The encoder's weights and activations; f16 only ever on a GPU that computes in it.
    pub precision: Precision,
}

/// `GPU_KERNELS`: on a GPU, burn's `composed` ops or the project's `fused` kernels (`kernels/`)
/// for residual + LayerNorm, attention (scores, masked softmax and context in one kernel) and the
/// classifier head. No effect on a CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GpuKernels {
    Composed,
    Fused,
}

/// `GPU_PRECISION`: on a GPU, the BERT encoder's weights and activations in `f32`, or in `f16` with
/// LayerNorm, the attention softmax and the classifier head computed in f32. No effect on a CPU.
/// No `bf16`: cubecl's wgpu runtime registers bf16 for no arithmetic (WGSL has no bf16 type; its
/// SPIR-V path, not built here, only for conversion and dot products).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Precision {
    F32,
    F16,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::F16 => "f16",
        }
    }

    pub fn dtype(self) -> FloatDType {
        match self {
            Precision::F32 => FloatDType::F32,
            Precision::F16 => FloatDType::F16,
        }
    }
}

impl SelectedDevice {
    /// The default CPU engine (native).
    pub fn cpu() -> Self {
        Self::cpu_with(CpuEngine::Native)
    }

    pub fn cpu_with(engine: CpuEngine) -> Self {
        let kind = match engine {
            CpuEngine::Native => EngineKind::Native,
            CpuEngine::Burn => EngineKind::BurnFlex,
        };
        Self {
            device: Device::flex(),
            kind,
            adapter: "cpu".into(),
            hardware: false,
            fused_kernels: false,
            precision: Precision::F32,
        }
    }

    pub fn is_gpu(&self) -> bool {
        self.kind.is_gpu()
    }

    /// Applies `CPU_ENGINE`; a GPU placement stays as it is.
    pub fn with_cpu_engine(self, engine: CpuEngine) -> Self {
        if self.is_gpu() {
            self
        } else {
            Self::cpu_with(engine)
        }
    }

    /// Applies `GPU_KERNELS`; the CPU keeps its own path whatever it says.
    pub fn with_kernels(mut self, kernels: GpuKernels) -> Self {
        self.fused_kernels = self.is_gpu() && kernels == GpuKernels::Fused;
        self
    }

    /// Applies `GPU_PRECISION`; the CPU engines compute in f32 whatever it says. Fails when the
    /// GPU adapter has no arithmetic in the precision asked for.
    pub fn with_precision(mut self, precision: Precision) -> Result<Self> {
        if !self.is_gpu() {
            return Ok(self);
        }
        if !self.device.supports_dtype(precision.dtype()) {
            bail!(
                "GPU_PRECISION={}, but the wgpu adapter {:?} cannot compute in {} (wgpu reports no \
                 SHADER_F16 feature for it); use GPU_PRECISION=f32",
                precision.name(),
                self.adapter,
                precision.name()
            );
        }
        self.precision = precision;
        Ok(self)
    }
}

pub fn select(choice: DeviceChoice) -> Result<SelectedDevice> {
    match choice {
        DeviceChoice::Cpu => Ok(SelectedDevice::cpu()),
        DeviceChoice::Gpu => match probe_wgpu() {
            Some(selected) => Ok(selected),
            None => {
                bail!("MODEL_DEVICE=gpu, but wgpu found no adapter (is a Vulkan driver installed?)")
            }
        },
        DeviceChoice::Auto => Ok(probe_wgpu().filter(|s| s.hardware).unwrap_or_else(SelectedDevice::cpu)),
    }
}

/// Opens wgpu's preferred adapter and runs one tiny op on it. cubecl panics when no adapter can
/// be acquired, so the probe runs under `catch_unwind` with the panic message silenced.
fn probe_wgpu() -> Option<SelectedDevice> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let probed = std::panic::catch_unwind(|| {
        let device = Device::wgpu(DeviceKind::DefaultDevice);
        let identity = device.identity()?;
        let sum: f32 = Tensor::<1>::from_floats([1.0, 2.0], &device).sum().into_scalar();
        (sum == 3.0).then(|| SelectedDevice {
            hardware: identity.physical.is_some(),
            adapter: identity.name,
            device,
            kind: EngineKind::BurnWgpu,
            fused_kernels: false,
            precision: Precision::F32,
        })
    });
    std::panic::set_hook(previous_hook);
    probed.ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cpu_engines_compute_in_f32_whatever_gpu_precision_says() {
        for engine in [CpuEngine::Native, CpuEngine::Burn] {
            let cpu = SelectedDevice::cpu_with(engine).with_precision(Precision::F16).unwrap();
            assert_eq!(cpu.precision, Precision::F32, "{engine:?}");
        }
    }
}
