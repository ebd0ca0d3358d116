//! CPU time of a process from `/proc` (Linux), for benchmarks that report how many cores a
//! process kept busy.

/// User + system CPU seconds `pid` (this process when `None`) has used so far; `None` where
/// `/proc` cannot tell.
pub fn cpu_seconds(pid: Option<u32>) -> Option<f64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/stat"),
        None => "/proc/self/stat".to_string(),
    };
    stat_cpu_seconds(&std::fs::read_to_string(path).ok()?)
}

/// User + system CPU seconds `pid`'s live threads whose name (`comm`, 15 bytes at most) starts
/// with one of `prefixes` have used; `None` where `/proc` cannot tell. Only for long-lived
/// threads: an exited thread's time is no longer listed (the process total still holds it).
pub fn threads_cpu_seconds(pid: u32, prefixes: &[&str]) -> Option<f64> {
    let mut total = 0.0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()?.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else { continue }; // it exited
        let name = stat.split_once('(').and_then(|(_, rest)| rest.rsplit_once(')')).map_or("", |(name, _)| name);
        if prefixes.iter().any(|p| name.starts_with(p)) {
            total += stat_cpu_seconds(&stat).unwrap_or(0.0);
        }
    }
    Some(total)
}

/// utime + stime of a `stat` line: fields 14 and 15, in clock ticks (100 per second on Linux),
/// counted after the command name (which may hold spaces and parentheses).
fn stat_cpu_seconds(stat: &str) -> Option<f64> {
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

    #[test]
    fn a_stat_line_gives_its_cpu_time_whatever_the_name() {
        let stat = "42 (a (b) c) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1 0";
        assert_eq!(stat_cpu_seconds(stat), Some(3.0));
        let me = std::process::id();
        assert_eq!(threads_cpu_seconds(me, &["no thread has this name"]), Some(0.0));
    }
}
