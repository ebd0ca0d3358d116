//! CPU time of a process from `/proc` (Linux), for benchmarks that report how many cores a
//! process kept busy.

/// User + system CPU seconds `pid` (this process when `None`) has used so far; `None` where
/// `/proc` cannot tell.
pub fn cpu_seconds(pid: Option<u32>) -> Option<f64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/stat"),
        None => "/proc/self/stat".to_string(),
    };
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are
    // fields 14 and 15, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// Cores busy on average between two readings: CPU seconds over wall seconds.
pub fn cores_used(cpu_before: Option<f64>, cpu_after: Option<f64>, wall_secs: f64) -> Option<f64> {
    Some((cpu_after? - cpu_before?) / wall_secs.max(1e-9))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_cpu_time_grows_with_work() {
        let before = cpu_seconds(None).expect("/proc/self/stat is readable on Linux");
        let started = std::time::Instant::now();
        let mut x = 0u64;
        while started.elapsed().as_millis() < 200 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
        std::hint::black_box(x);
        let after = cpu_seconds(None).unwrap();
        assert!(after >= before + 0.05, "{before} -> {after}");
    }
}
