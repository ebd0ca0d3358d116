//! All gateway settings: one struct, read from flags or environment variables.

use std::path::PathBuf;

use clap::Args;

use crate::model::engine::selection::{
    self, CpuEngine, CpuPrecision, DeviceChoice, GpuKernels, Precision, SelectedDevice,
};
use crate::model::engine::EngineInfo;
use crate::model::Window;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Json,
    Console,
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "APP_HOST", default_value = "0.0.0.0")]
    pub host: String,
    #[arg(long, env = "APP_PORT", default_value_t = 8000)]
    pub port: u16,
    /// Hugging Face model directory: config.json, model.safetensors, tokenizer.json.
    #[arg(long, env = "MODEL_PATH", default_value = "./models/router")]
    pub model_path: PathBuf,
    /// auto: a hardware GPU through wgpu when present, else CPU; cpu; gpu: any wgpu adapter.
    #[arg(long, env = "MODEL_DEVICE", value_enum, default_value_t = DeviceChoice::Auto)]
    pub model_device: DeviceChoice,
    /// On a GPU: burn's composed ops, or the project's fused kernels (kernels/) for residual +
    /// LayerNorm, attention softmax and the classifier head.
    #[arg(long, env = "GPU_KERNELS", value_enum, default_value_t = GpuKernels::Composed)]
    pub gpu_kernels: GpuKernels,
    /// On a GPU: the BERT encoder's weights and activations in f32, or in f16 (LayerNorm, attention
    /// softmax and the classifier head in f32); start-up fails on an adapter without f16.
    #[arg(long, env = "GPU_PRECISION", value_enum, default_value_t = Precision::F32)]
    pub gpu_precision: Precision,
    /// On the CPU: the project's native engine (packed batches, every op on every core), or burn's
    /// flex backend.
    #[arg(long, env = "CPU_ENGINE", value_enum, default_value_t = CpuEngine::Native)]
    pub cpu_engine: CpuEngine,
    /// The native engine's dense layers: auto (f32 for now), f32, bf16 (AVX512-BF16) or int8
    /// (AVX512-VNNI); start-up fails, naming the flag, on a CPU without it.
    #[arg(long, env = "CPU_PRECISION", value_enum, default_value_t = CpuPrecision::Auto)]
    pub cpu_precision: CpuPrecision,
    /// Tokens kept per text: a longer text keeps its first `MODEL_HEAD_TOKENS` and its last
    /// tokens, so an ask after a long passage is still read.
    #[arg(long, env = "MODEL_MAX_LENGTH", default_value_t = 128, value_parser = clap::value_parser!(u32).range(8..=512))]
    pub model_max_length: u32,
    /// Of a text longer than `MODEL_MAX_LENGTH`, how many tokens come from its start (the rest from
    /// its end); default half the window; `MODEL_MAX_LENGTH` keeps the start alone.
    #[arg(long, env = "MODEL_HEAD_TOKENS", value_parser = clap::value_parser!(u32).range(1..=512))]
    pub model_head_tokens: Option<u32>,
    /// Most texts one model call runs; default 32 on a CPU, 256 on a GPU.
    #[arg(long, env = "BATCH_MAX_SIZE", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub batch_max_size: Option<u32>,
    /// How long a worker under load waits to grow a batch.
    #[arg(long, env = "BATCH_MAX_WAIT_MS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=1000))]
    pub batch_max_wait_ms: u64,
    /// Most tokens one model call runs (real tokens on the native engine, rows x longest row on
    /// burn's); default: size x max length.
    #[arg(long, env = "BATCH_MAX_TOKENS", value_parser = clap::value_parser!(u32).range(8..))]
    pub batch_max_tokens: Option<u32>,
    /// Inference worker threads; default 2 on a CPU (each batch already uses every core; a second
    /// worker fills the gaps between its ops), 1 on a GPU (it keeps a batch in flight instead).
    #[arg(long, env = "WORKERS", value_parser = clap::value_parser!(u32).range(1..=64))]
    pub workers: Option<u32>,
    /// Most texts waiting for a worker: a request without `x-request-timeout-ms` is refused (429)
    /// only when its texts do not fit.
    #[arg(long, env = "QUEUE_CAPACITY", default_value_t = 2048, value_parser = clap::value_parser!(u32).range(1..))]
    pub queue_capacity: u32,
    /// L1 cache entries (0 disables the L1 cache).
    #[arg(long, env = "CACHE_L1_SIZE", default_value_t = 10_000)]
    pub cache_l1_size: usize,
    #[arg(long, env = "CACHE_L1_TTL_SEC", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..))]
    pub cache_l1_ttl_sec: u64,
    /// Redis URL for the shared L2 cache, e.g. redis://127.0.0.1:6379; unset: no L2.
    #[arg(long, env = "REDIS_URL")]
    pub redis_url: Option<String>,
    #[arg(long, env = "CACHE_L2_TTL_SEC", default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..))]
    pub cache_l2_ttl_sec: u64,
    /// Per-command Redis timeout; a slower L2 is treated as a miss.
    #[arg(long, env = "REDIS_TIMEOUT_MS", default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub redis_timeout_ms: u64,
    /// A fast-path (0) answer below this confidence is sent to the slow path (1) instead.
    #[arg(long, env = "CONFIDENCE_THRESHOLD", default_value_t = 0.6, value_parser = parse_unit_interval)]
    pub confidence_threshold: f32,
    #[arg(long, env = "LOG_LEVEL", default_value = "info", value_parser = ["trace", "debug", "info", "warn", "error"])]
    pub log_level: String,
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Json)]
    pub log_format: LogFormat,
    /// Longest accepted text, in characters after trimming. The model reads a long text's head
    /// and tail (a few thousand characters in all), so a long text costs about what a short one does.
    #[arg(long, env = "MAX_TEXT_CHARS", default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_text_chars: u32,
    /// Most texts in one /v1/query-classify/batch request.
    #[arg(long, env = "MAX_BATCH_TEXTS", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_batch_texts: u32,
    /// How long a request without `x-request-timeout-ms` (a closed-loop client) waits in the queue
    /// for a worker (429 after); once a worker has taken its texts it gets its answer. A request
    /// with the header is admitted by that deadline instead.
    #[arg(long, env = "REQUEST_TIMEOUT_MS", default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout_ms: u64,
    /// Longest deadline a client may ask for with `x-request-timeout-ms`.
    #[arg(long, env = "MAX_REQUEST_TIMEOUT_MS", default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_request_timeout_ms: u64,
    /// Time a connection gets to send a request's headers, counted from when the server starts
    /// waiting for them; so also the longest a kept-alive connection may sit idle.
    #[arg(long, env = "HEADER_READ_TIMEOUT_MS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub header_read_timeout_ms: u64,
    /// Time a request gets to send its whole body (408 after).
    #[arg(long, env = "BODY_READ_TIMEOUT_MS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub body_read_timeout_ms: u64,
    /// Most open client connections; further ones wait in the listen backlog until one closes.
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 4096, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// TOML routes file for the OpenAI-compatible proxy (/v1/chat/completions): each route's
    /// labels, upstream, model, key variable, timeouts, cap and fallback; unset: the proxy is off.
    #[arg(long, env = "ROUTES_FILE")]
    pub routes_file: Option<PathBuf>,
    /// TOML file of inbound API keys (hashes or key variables, labels, request rates); set: the
    /// proxy's endpoints need `Authorization: Bearer <key>`; unset: no key is asked for.
    #[arg(long, env = "API_KEYS_FILE")]
    pub api_keys_file: Option<PathBuf>,
    /// On SIGTERM: how long open connections get to finish their requests before they are closed
    /// (below Kubernetes' default 30 s grace period).
    #[arg(long, env = "DRAIN_TIMEOUT_MS", default_value_t = 20_000)]
    pub drain_timeout_ms: u64,
}

fn parse_unit_interval(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|e| format!("{s:?} is not a number: {e}"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is outside 0..=1"))
    }
}

impl Config {
    /// Batch size and token budget for the engine: a GPU needs far larger batches than a CPU to
    /// be kept busy.
    pub fn batch_limits(&self, engine: &EngineInfo) -> (usize, usize) {
        let size = self.batch_max_size.map(|s| s as usize).unwrap_or(engine.default_batch_size);
        let tokens = self.batch_max_tokens.map(|t| t as usize).unwrap_or(size * self.model_max_length as usize);
        (size, tokens)
    }

    /// Which tokens of a text the model reads (`MODEL_MAX_LENGTH`, `MODEL_HEAD_TOKENS`).
    pub fn window(&self) -> anyhow::Result<Window> {
        Window::new(self.model_max_length as usize, self.model_head_tokens.map(|h| h as usize))
            .map_err(|e| anyhow::anyhow!("MODEL_HEAD_TOKENS: {e}"))
    }

    /// The model's device (`MODEL_DEVICE`) and how it runs there (`GPU_KERNELS`, `GPU_PRECISION`,
    /// `CPU_ENGINE`, `CPU_PRECISION`).
    pub fn select_device(&self) -> anyhow::Result<SelectedDevice> {
        selection::select(self.model_device)?
            .with_kernels(self.gpu_kernels)
            .with_cpu_engine(self.cpu_engine)
            .with_cpu_precision(self.cpu_precision)?
            .with_precision(self.gpu_precision)
    }

    pub fn workers(&self, engine: &EngineInfo) -> usize {
        self.workers.map(|w| w as usize).unwrap_or(engine.default_workers)
    }

    /// Largest request body: room for four texts of the longest kind at 12 bytes a character (one
    /// character outside the BMP written as a `\uXXXX\uXXXX` surrogate pair; four: a batch of long
    /// texts, or a conversation for the proxy), or for a full batch of 2,048-character texts, plus
    /// JSON overhead. A batch of 64 texts of 100,000 characters each is refused (413), not buffered.
    pub fn max_body_bytes(&self) -> usize {
        let per_text = |chars: usize| chars * 12 + 64;
        let batch = self.max_batch_texts as usize;
        let chars = self.max_text_chars as usize;
        (per_text(chars) * batch.min(4)).max(per_text(chars.min(2048)) * batch) + 4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    use crate::model::engine::{BatchShape, EngineKind};

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: Config,
    }

    #[test]
    fn defaults_match_the_documented_table() {
        let c = Cli::try_parse_from(["qg"]).unwrap().config;
        assert_eq!((c.host.as_str(), c.port), ("0.0.0.0", 8000));
        assert_eq!(c.model_path, PathBuf::from("./models/router"));
        assert_eq!((c.batch_max_wait_ms, c.cache_l1_size), (10, 10_000));
        let engine = |default_batch_size| EngineInfo {
            kind: EngineKind::Native,
            adapter: "cpu".into(),
            hardware: false,
            fused_kernels: false,
            precision: Precision::F32,
            pipelined: false,
            default_batch_size,
            batch_shape: BatchShape::Packed,
            default_workers: 2,
        };
        assert_eq!(c.batch_limits(&engine(32)), (32, 32 * 128));
        assert_eq!(c.batch_limits(&engine(256)), (256, 256 * 128));
        assert_eq!(c.cpu_engine, CpuEngine::Native);
        assert_eq!(c.cpu_precision, CpuPrecision::Auto);
        assert_eq!(c.workers(&engine(32)), 2);
        assert_eq!((c.cache_l1_ttl_sec, c.cache_l2_ttl_sec, c.max_text_chars), (300, 3600, 100_000));
        assert_eq!(c.confidence_threshold, 0.6);
        assert!(c.redis_url.is_none());
        assert!(c.routes_file.is_none());
        assert_eq!(c.gpu_kernels, GpuKernels::Composed);
        assert_eq!(c.gpu_precision, Precision::F32);
        assert_eq!((c.queue_capacity, c.request_timeout_ms, c.max_request_timeout_ms), (2048, 30_000, 30_000));
        assert_eq!((c.header_read_timeout_ms, c.body_read_timeout_ms), (10_000, 10_000));
        assert_eq!((c.max_connections, c.drain_timeout_ms), (4096, 20_000));
        assert_eq!(c.max_body_bytes(), 4 * (100_000 * 12 + 64) + 4096, "four of the longest texts");
        let short = Cli::try_parse_from(["qg", "--max-text-chars", "100"]).unwrap().config;
        assert_eq!(short.max_body_bytes(), 64 * (100 * 12 + 64) + 4096, "short texts: a full batch of them");
        let batch = Cli::try_parse_from(["qg", "--max-text-chars", "5000"]).unwrap().config;
        assert_eq!(batch.max_body_bytes(), 64 * (2048 * 12 + 64) + 4096, "a full batch of 2,048-character texts");
    }

    #[test]
    fn bad_values_name_the_setting() {
        for (flag, value) in [
            ("--port", "70000"),
            ("--batch-max-size", "0"),
            ("--confidence-threshold", "1.5"),
            ("--model-device", "tpu"),
            ("--gpu-kernels", "turbo"),
            ("--gpu-precision", "bf16"),
            ("--cpu-engine", "tpu"),
            ("--cpu-precision", "f16"),
            ("--log-format", "xml"),
        ] {
            let err = Cli::try_parse_from(["qg", flag, value]).err().unwrap().to_string();
            assert!(err.contains(flag), "{flag}: {err}");
        }
    }
}
