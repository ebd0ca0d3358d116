//! Shared by the kernel tests and benchmarks: a wgpu device when one exists, deterministic inputs.

use burn::tensor::{Device, DeviceKind, Tensor, TensorData};

/// wgpu's default adapter (lavapipe in CI), or `None` without one. cubecl panics when no adapter
/// can be acquired, so the probe runs under `catch_unwind` with the panic message silenced.
/// `QG_REQUIRE_WGPU=1` (CI) turns a missing adapter into a failure instead of a skip.
pub fn wgpu_device() -> Option<Device> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let device = std::panic::catch_unwind(|| {
        let device = Device::wgpu(DeviceKind::DefaultDevice);
        let one: f32 = Tensor::<1>::from_floats([1.0], &device).sum().into_scalar();
        (one == 1.0).then_some(device)
    });
    std::panic::set_hook(hook);
    let device = device.ok().flatten();
    if device.is_none() {
        assert_ne!(std::env::var("QG_REQUIRE_WGPU").as_deref(), Ok("1"), "QG_REQUIRE_WGPU=1 but wgpu has no adapter");
        eprintln!("skipping: wgpu has no adapter");
    }
    device
}

/// Reproducible values in [-scale, scale) from a 64-bit LCG (no RNG crate, same on every device).
pub fn values(n: usize, seed: u64, scale: f32) -> Vec<f32> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale
        })
        .collect()
}

pub fn tensor<const D: usize>(shape: [usize; D], seed: u64, scale: f32, device: &Device) -> Tensor<D> {
    let n = shape.iter().product();
    Tensor::from_data(TensorData::new(values(n, seed, scale), shape), device)
}

/// `[batch, keys]` additive key bias: 0 for the first `len(b)` keys of each query, -1e4 after.
pub fn key_bias(batch: usize, keys: usize, device: &Device) -> Tensor<2> {
    let values =
        (0..batch).flat_map(|b| (0..keys).map(move |k| if k < keys - (b % keys.max(1)) { 0.0 } else { -1.0e4 }));
    Tensor::from_data(TensorData::new(values.collect::<Vec<f32>>(), [batch, keys]), device)
}
