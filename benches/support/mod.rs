//! What the load benchmarks share: the release gateway started as its own process on a free
//! loopback port (it inherits the environment, so any gateway setting can be passed through).

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A file of the checkout: under `QG_REPO_DIR` when set (a packed bench binary run on another
/// machine, scripts/gpu-pack.sh), else under the directory the bench was built from.
pub fn repo_file(relative: &str) -> PathBuf {
    let root = std::env::var_os("QG_REPO_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    root.join(relative)
}

pub struct Server {
    pub port: u16,
    pub child: Child,
}

impl Server {
    /// Starts the gateway with `env` on top of the inherited environment and waits until it
    /// accepts connections (binding waits for the model load and warm-up).
    pub fn start(env: &[(&str, String)]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        // QG_GATEWAY_BIN: the unpacked gateway of a packed check; else the one cargo built.
        let bin = std::env::var_os("QG_GATEWAY_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_query-gateway").into());
        let mut cmd = Command::new(bin);
        cmd.env("APP_HOST", "127.0.0.1").env("APP_PORT", port.to_string()).env("LOG_LEVEL", "warn");
        cmd.env("MODEL_PATH", std::env::var_os("MODEL_PATH").unwrap_or_else(|| repo_file("models/router").into()));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(300);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "gateway did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { port, child }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
