//! What the load benchmarks share: the release gateway started as its own process on a free
//! loopback port (it inherits the environment, so any gateway setting can be passed through).

use std::process::{Child, Command};
use std::time::{Duration, Instant};

pub struct Server {
    pub port: u16,
    pub child: Child,
}

impl Server {
    /// Starts the gateway with `env` on top of the inherited environment and waits until it
    /// accepts connections (binding waits for the model load and warm-up).
    pub fn start(env: &[(&str, String)]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_query-gateway"));
        cmd.env("APP_HOST", "127.0.0.1").env("APP_PORT", port.to_string()).env("LOG_LEVEL", "warn");
        cmd.env(
            "MODEL_PATH",
            std::env::var("MODEL_PATH").unwrap_or_else(|_| format!("{}/models/router", env!("CARGO_MANIFEST_DIR"))),
        );
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
