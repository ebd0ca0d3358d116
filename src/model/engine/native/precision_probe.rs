//! `CPU_PRECISION=auto`: the precision of the native engine's dense layers, decided on the machine
//! in hand when the model loads (before the port opens, never on a request's path) by timing the
//! loaded model's own forward in each candidate. The same kernel is 1.7x f32 on one AVX512-BF16
//! CPU and slower than f32 on another, so only a measurement says which is faster here.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::model::config::ModelConfig;
use crate::model::engine::contract::{Engine, PrecisionProbe};
use crate::model::engine::selection::Precision;

/// The probe batch: what a loaded gateway's batches look like (32 short queries).
const ROWS: usize = 32;
const TOKENS: usize = 24;
/// Timed forwards per candidate, alternated between candidates so drift hits each alike.
const ROUNDS: usize = 2;
/// A reduced precision must beat f32 by this factor: within noise, f32's exact answers win.
const MARGIN: f64 = 1.1;

/// f32, and each reduced precision this CPU has the flags for and the model passed the accuracy
/// gate in (`precision_contract.passed` in its config.json); the others with why they were left out.
pub fn candidates(cfg: &ModelConfig) -> (Vec<Precision>, Vec<(Precision, String)>) {
    let mut run = vec![Precision::F32];
    let mut skipped = Vec::new();
    for precision in [Precision::Bf16, Precision::Int8] {
        if let Some(flag) = precision.missing_cpu_flag() {
            skipped.push((precision, format!("this CPU lacks {flag}")));
        } else if !cfg.gated_precisions.iter().any(|p| p == precision.name()) {
            skipped
                .push((precision, "the model has not passed the accuracy gate in it (eval --precision-gate)".into()));
        } else {
            run.push(precision);
        }
    }
    (run, skipped)
}

/// The native engine in the fastest candidate precision, with what was measured.
pub fn fastest(
    cfg: &ModelConfig,
    load: impl Fn(Precision) -> Result<Arc<dyn Engine>>,
) -> Result<(Arc<dyn Engine>, PrecisionProbe)> {
    let started = Instant::now();
    let (precisions, skipped) = candidates(cfg);
    let engines = precisions.iter().map(|&p| Ok((p, load(p)?))).collect::<Result<Vec<_>>>()?;
    if engines.len() == 1 {
        let probe = PrecisionProbe {
            chosen: Precision::F32,
            rates: Vec::new(),
            skipped,
            reason: "f32: no reduced precision is a candidate".into(),
            elapsed: started.elapsed(),
        };
        return Ok((engines.into_iter().next().expect("f32 is always a candidate").1, probe));
    }
    let seq: Vec<u32> = (0..TOKENS).map(|i| (1000 + 37 * i % 4000).min(cfg.vocab_size - 1) as u32).collect();
    let batch = vec![seq.as_slice(); ROWS];
    let mut best = vec![Duration::MAX; engines.len()];
    for (_, engine) in &engines {
        engine.logits(&batch)?;
    }
    for round in 0..ROUNDS {
        for k in 0..engines.len() {
            // Each round starts from another candidate.
            let i = (k + round) % engines.len();
            let t = Instant::now();
            engines[i].1.logits(&batch)?;
            best[i] = best[i].min(t.elapsed());
        }
    }
    let rates: Vec<(Precision, f64)> =
        engines.iter().zip(&best).map(|((p, _), d)| (*p, ROWS as f64 / d.as_secs_f64().max(1e-9))).collect();
    let (f32_rate, (fast_i, &(fast_p, fast_rate))) = (
        rates[0].1,
        rates.iter().enumerate().max_by(|a, b| a.1 .1.total_cmp(&b.1 .1)).expect("candidates are not empty"),
    );
    let (chosen_i, reason) = if fast_p != Precision::F32 && fast_rate >= f32_rate * MARGIN {
        (fast_i, format!("{}: {:.2}x f32 at batch {ROWS}", fast_p.name(), fast_rate / f32_rate))
    } else {
        (
            0,
            format!(
                "f32: no candidate beat it by {MARGIN}x at batch {ROWS} (fastest {} at {:.2}x)",
                fast_p.name(),
                fast_rate / f32_rate
            ),
        )
    };
    let (chosen, engine) = engines.into_iter().nth(chosen_i).expect("chosen among the candidates");
    Ok((engine, PrecisionProbe { chosen, rates, skipped, reason, elapsed: started.elapsed() }))
}
