//! tracing output: one JSON object per line (default) or human-readable console lines.

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub fn init(level: &str, format: LogFormat) {
    // RUST_LOG, when set, refines LOG_LEVEL (e.g. "info,wgpu_hal=warn").
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new(format!("{level},wgpu_core=warn,wgpu_hal=warn,naga=warn,cubecl=warn")));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // try_init: a second call (tests starting several servers) keeps the first subscriber.
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Console => builder.try_init(),
    };
}
