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
    /// Whether `precision` is final or the native engine measures at load which to run.
    pub precision_rule: PrecisionRule,
}

/// How the native engine's precision is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrecisionRule {
    /// `precision` as named (by `CPU_PRECISION`, `GPU_PRECISION`, or the engine's only one).
    Fixed,
    /// `CPU_PRECISION=auto` on the native engine: at load, before the port opens, the dense layers
    /// run in each candidate (f32, and each reduced precision this CPU has the flags for and the
    /// model passed the accuracy gate in) and the fastest is kept (`native/precision_probe.rs`).
    Fastest,
}

/// `GPU_KERNELS`: on a GPU, burn's `composed` ops or the project's `fused` kernels (`kernels/`)
/// for residual + LayerNorm, attention (scores, masked softmax and context in one kernel) and the
/// classifier head. No effect on a CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GpuKernels {
    Composed,
    Fused,
}

/// The encoder's arithmetic. `GPU_PRECISION` picks `f32` or `f16` on a GPU: weights and
/// activations in f16 with LayerNorm, the attention softmax and the classifier head computed in
/// f32. No `bf16` there: cubecl's wgpu runtime registers bf16 for no arithmetic (WGSL has no bf16
/// type; its SPIR-V path, not built here, only for conversion and dot products). `CPU_PRECISION`
/// picks `f32`, `bf16` or `int8` for the native engine's dense layers (`native/reduced.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Precision {
    F32,
    F16,
    /// Native engine: bf16 weights and activations into the dense layers' GEMMs, f32 sums.
    #[value(skip)]
    Bf16,
    /// Native engine: int8 weights (a scale per output) and activations (a scale per row) into
    /// the dense layers' GEMMs, i32 sums.
    #[value(skip)]
    Int8,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::F16 => "f16",
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
        }
    }

    /// burn's float type for the encoder. The CPU's reduced precisions exist only in the native
    /// engine's GEMMs, whose inputs and outputs are f32.
    pub fn dtype(self) -> FloatDType {
        match self {
            Precision::F16 => FloatDType::F16,
            Precision::F32 | Precision::Bf16 | Precision::Int8 => FloatDType::F32,
        }
    }

    /// Largest |logit - PyTorch f32 logit| the parity checks (`selftest`, tests/model_parity.rs)
    /// allow on the fixtures, whose logits are at most 0.14. f32 on a CPU matches to float
    /// rounding (5e-8 measured), GPU kernels reorder sums; f16 rounds each op's inputs to 11 bits
    /// (1.5e-4 measured on lavapipe), bf16 the GEMMs' inputs to 8 bits (8.5e-4 measured on a
    /// Xeon, ModernBERT), int8 to steps of 1/127 of a row's or column's largest value (3.4e-3).
    pub fn parity_tolerance(self, gpu: bool) -> f32 {
        match self {
            Precision::F32 if !gpu => 1e-4,
            Precision::F32 | Precision::F16 => 1e-3,
            Precision::Bf16 => 3e-3,
            Precision::Int8 => 1e-2,
        }
    }

    /// The CPU flag (as /proc/cpuinfo spells it) the native engine needs for this precision and
    /// this CPU lacks.
    pub fn missing_cpu_flag(self) -> Option<&'static str> {
        match self {
            Precision::F32 => None,
            Precision::Bf16 => bf16_missing_flag(),
            Precision::Int8 => int8_missing_flag(),
            Precision::F16 => Some("(f16 is a GPU precision)"),
        }
    }
}

/// `CPU_PRECISION`: the native engine's dense layers in `f32`, `bf16` or `int8`. `auto` measures
/// at start which is fastest on this CPU among those the model passed the accuracy gate in: bf16
/// is 1.7x f32 on one AVX512-BF16 machine and slower on another (docs/performance.md), so no
/// fixed rule holds for every CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CpuPrecision {
    Auto,
    F32,
    Bf16,
    Int8,
}

impl CpuPrecision {
    /// The precision this CPU runs (`auto`: f32 until measured), a reduced one checked against
    /// its flags.
    pub fn resolve(self) -> Result<Precision> {
        let explicit = match self {
            CpuPrecision::Auto | CpuPrecision::F32 => Precision::F32,
            CpuPrecision::Bf16 => Precision::Bf16,
            CpuPrecision::Int8 => Precision::Int8,
        };
        if let Some(flag) = explicit.missing_cpu_flag() {
            bail!(
                "CPU_PRECISION={}, but this CPU lacks the {flag} flag the native engine's {} GEMM needs; \
                 use CPU_PRECISION=auto or f32",
                explicit.name(),
                explicit.name()
            );
        }
        Ok(explicit)
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
            precision_rule: PrecisionRule::Fixed,
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

    /// Applies `CPU_PRECISION` to the native engine; a GPU placement stays as it is, and burn's
    /// CPU engine computes in f32 (an explicit reduced precision is refused there).
    pub fn with_cpu_precision(mut self, choice: CpuPrecision) -> Result<Self> {
        match self.kind {
            EngineKind::Native => {
                self.precision = choice.resolve()?;
                self.precision_rule = match choice {
                    CpuPrecision::Auto => PrecisionRule::Fastest,
                    CpuPrecision::F32 | CpuPrecision::Bf16 | CpuPrecision::Int8 => PrecisionRule::Fixed,
                };
            }
            EngineKind::BurnFlex if !matches!(choice, CpuPrecision::Auto | CpuPrecision::F32) => {
                bail!("CPU_PRECISION={:?} runs on the native engine only; use CPU_ENGINE=native", choice)
            }
            EngineKind::BurnFlex | EngineKind::BurnWgpu => {}
        }
        Ok(self)
    }

    /// Applies `GPU_KERNELS`; the CPU keeps its own path whatever it says.
    pub fn with_kernels(mut self, kernels: GpuKernels) -> Self {
        self.fused_kernels = self.is_gpu() && kernels == GpuKernels::Fused;
        self
    }

    /// Applies `GPU_PRECISION`; the CPU engines keep theirs (`CPU_PRECISION`) whatever it says. Fails when the
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
            precision_rule: PrecisionRule::Fixed,
        })
    });
    std::panic::set_hook(previous_hook);
    probed.ok().flatten()
}

/// The CPU flag (in /proc/cpuinfo's spelling) the native engine's bf16 kernel needs and this CPU lacks.
pub fn bf16_missing_flag() -> Option<&'static str> {
    if !is_x86_feature_detected!("avx512f") {
        Some("avx512f")
    } else if !is_x86_feature_detected!("avx512bf16") {
        Some("avx512_bf16")
    } else {
        None
    }
}

/// The CPU flag the native engine's int8 kernel needs and this CPU lacks.
pub fn int8_missing_flag() -> Option<&'static str> {
    if !is_x86_feature_detected!("avx512f") {
        Some("avx512f")
    } else if !is_x86_feature_detected!("avx512vnni") {
        Some("avx512_vnni")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the CPU, `auto` picks what it can run and an explicit precision either runs or is
    /// refused naming the missing flag.
    #[test]
    fn cpu_precision_runs_or_names_the_missing_flag() {
        let auto = SelectedDevice::cpu().with_cpu_precision(CpuPrecision::Auto).unwrap();
        assert_eq!((auto.precision, auto.precision_rule), (Precision::F32, PrecisionRule::Fastest), "measured at load");
        let fixed = SelectedDevice::cpu().with_cpu_precision(CpuPrecision::F32).unwrap();
        assert_eq!(fixed.precision_rule, PrecisionRule::Fixed);
        for (choice, precision) in [(CpuPrecision::Bf16, Precision::Bf16), (CpuPrecision::Int8, Precision::Int8)] {
            match (SelectedDevice::cpu().with_cpu_precision(choice), precision.missing_cpu_flag()) {
                (Ok(cpu), None) => assert_eq!(cpu.precision, precision),
                (Err(e), Some(flag)) => assert!(e.to_string().contains(flag), "{e}"),
                (got, missing) => panic!("{choice:?}: {:?} with missing flag {missing:?}", got.map(|c| c.precision)),
            }
        }
        let burn = SelectedDevice::cpu_with(CpuEngine::Burn);
        assert!(burn.clone().with_cpu_precision(CpuPrecision::Int8).is_err());
        let burn = burn.with_cpu_precision(CpuPrecision::Auto).unwrap();
        assert_eq!((burn.precision, burn.precision_rule), (Precision::F32, PrecisionRule::Fixed), "burn has f32 only");
    }

    #[test]
    fn the_cpu_engines_compute_in_f32_whatever_gpu_precision_says() {
        for engine in [CpuEngine::Native, CpuEngine::Burn] {
            let cpu = SelectedDevice::cpu_with(engine).with_precision(Precision::F16).unwrap();
            assert_eq!(cpu.precision, Precision::F32, "{engine:?}");
        }
    }
}
