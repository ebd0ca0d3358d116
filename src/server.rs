//! Start-up and shutdown: load the model, start workers and caches, serve HTTP until SIGTERM or
//! ctrl-c, then stop accepting, let open connections finish within DRAIN_TIMEOUT_MS, close the
//! rest, finish queued work and return.
//!
//! Connections are served by hyper's HTTP/1 server with a timer, so a client that is slow to send
//! its headers (or sits idle on a kept-alive connection) is cut off after HEADER_READ_TIMEOUT_MS;
//! at most MAX_CONNECTIONS are open at once, further ones wait in the kernel's listen backlog.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::api::keys::ApiKeys;
use crate::api::{self, AppState};
use crate::batcher::admission::Admission;
use crate::batcher::worker::WorkerPool;
use crate::batcher::{BatchLimits, Queue};
use crate::cache::{L1Cache, L2Cache};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::model::Classifier;
use crate::proxy::Proxy;
use crate::service::ClassifyService;

/// L1 cache lock shards: enough that concurrent handlers rarely meet on one lock.
const L1_SHARDS: usize = 64;

/// A running gateway: its address, and a handle to stop it.
pub struct Gateway {
    pub addr: std::net::SocketAddr,
    shutdown: tokio::sync::watch::Sender<bool>,
    done: tokio::task::JoinHandle<Result<()>>,
}

impl Gateway {
    /// Begins a graceful shutdown, as SIGTERM does, and waits for it to finish.
    pub async fn stop(self) -> Result<()> {
        let _ = self.shutdown.send(true);
        self.done.await?
    }

    /// Runs until SIGTERM / ctrl-c has been handled.
    pub async fn wait(self) -> Result<()> {
        self.done.await?
    }
}

/// Loads the model, binds the port and starts serving in the background.
pub async fn start(config: Config) -> Result<Gateway> {
    let metrics = Arc::new(Metrics::new());
    let started = Instant::now();
    let selected = config.select_device()?;
    let (classifier, shapes, warm_up, measured, (max_size, max_tokens)) = tokio::task::spawn_blocking({
        let config = config.clone();
        move || -> Result<_> {
            let path = &config.model_path;
            let classifier = Classifier::load(path, selected, config.window()?)
                .with_context(|| format!("loading model from {}", path.display()))?;
            let (max_size, max_tokens) = config.batch_limits(classifier.info());
            // So that no user request pays for kernel compilation or pool growth.
            let warming = Instant::now();
            let shapes = classifier.warm_up(max_size).context("warm-up inference")?;
            let warm_up = warming.elapsed();
            let measured = measure_throughput(&classifier, max_size).context("measuring throughput")?;
            Ok((classifier, shapes, warm_up, measured, (max_size, max_tokens)))
        }
    })
    .await??;
    let classifier = Arc::new(classifier);
    if classifier.info().kind.is_gpu() && !classifier.info().hardware && config.batch_max_size.is_none() {
        tracing::info!(
            adapter = classifier.info().adapter,
            batch_max_size = max_size,
            "software GPU adapter: batches default to {max_size} texts (not 256), so that warm-up runs fewer and smaller shapes; BATCH_MAX_SIZE overrides"
        );
    }
    tracing::info!(
        model = classifier.name,
        family = classifier.config.family.name(),
        layers = classifier.config.num_layers,
        labels = ?classifier.labels(),
        engine = classifier.info().kind.name(),
        adapter = classifier.info().adapter,
        fused_kernels = classifier.info().fused_kernels,
        precision = classifier.info().precision.name(),
        precision_choice = classifier.precision_probe.as_ref().map(|p| p.reason.as_str()),
        warm_up_shapes = shapes,
        warm_up_ms = warm_up.as_millis() as u64,
        throughput_tokens_per_sec = measured.round(),
        load_ms = started.elapsed().as_millis() as u64,
        "model loaded"
    );

    let workers = config.workers(classifier.info());
    // Measured with the whole machine on one full batch: what the workers together do under load.
    let admission = Arc::new(Admission::new(Some(measured), workers));
    let (queue, rx) = Queue::bounded(config.queue_capacity as usize, admission, metrics.clone());
    metrics.queue_capacity.set(config.queue_capacity as i64);
    let limits = BatchLimits {
        max_size,
        max_tokens,
        max_wait: Duration::from_millis(config.batch_max_wait_ms),
        shape: classifier.info().batch_shape,
    };
    let proxy = match &config.routes_file {
        Some(path) => Some(Arc::new(Proxy::load(path, classifier.labels(), &metrics)?)),
        None => None,
    };
    let api_keys = match &config.api_keys_file {
        Some(path) => Some(Arc::new(ApiKeys::load(path, &metrics)?)),
        None => None,
    };
    let pool = WorkerPool::spawn(classifier.engine().clone(), rx, limits, metrics.clone(), workers)?;
    metrics.model_loaded.set(1);
    let rule = if classifier.precision_probe.is_some() { "measured" } else { "named" };
    metrics.engine_precision.with_label_values(&[classifier.info().precision.name(), rule]).set(1);
    for (precision, rate) in classifier.precision_probe.iter().flat_map(|p| &p.rates) {
        metrics.precision_probe_rate.with_label_values(&[precision.name()]).set(*rate);
    }

    let l2 = match &config.redis_url {
        Some(url) => {
            let l2 = L2Cache::new(
                url,
                config.cache_l2_ttl_sec,
                Duration::from_millis(config.redis_timeout_ms),
                metrics.clone(),
            )?;
            l2.spawn_monitor();
            Some(l2)
        }
        None => None,
    };
    let l1 = L1Cache::new(config.cache_l1_size, Duration::from_secs(config.cache_l1_ttl_sec), L1_SHARDS);
    let service =
        Arc::new(ClassifyService::new(classifier, l1, l2, queue, metrics.clone(), config.confidence_threshold));
    let draining = Arc::new(AtomicBool::new(false));
    let state = AppState {
        service,
        metrics: metrics.clone(),
        config: Arc::new(config.clone()),
        limits,
        workers,
        workers_running: pool.running_counter(),
        draining: draining.clone(),
        proxy,
        api_keys,
    };
    let app = api::router(state);

    #[cfg(unix)]
    raise_open_file_limit(config.max_connections as u64);
    let listener = TcpListener::bind((config.host.as_str(), config.port))
        .await
        .with_context(|| format!("binding {}:{}", config.host, config.port))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "listening");

    let (shutdown, mut shutdown_rx) = tokio::sync::watch::channel(false);
    let done = tokio::spawn(async move {
        let signal = async move {
            tokio::select! {
                _ = os_signal() => {},
                _ = shutdown_rx.wait_for(|stop| *stop) => {},
            }
            // Readiness answers 503 from now on, so load balancers stop sending.
            draining.store(true, Ordering::Relaxed);
        };
        serve(listener, app, &config, &metrics, signal).await;
        // The router (and with it every queue sender) is gone: workers drain the queue (jobs whose
        // clients were cut off are skipped) and exit.
        tokio::task::spawn_blocking(move || pool.join()).await?;
        metrics.model_loaded.set(0);
        tracing::info!("stopped");
        Ok(())
    });
    Ok(Gateway { addr, shutdown, done })
}

/// Tokens per second of one model call on a full batch of short texts: admission's first estimate
/// of throughput (the batches served refine it). Its shape is one warm-up ran, so on a GPU no
/// kernel compilation is timed.
fn measure_throughput(classifier: &Classifier, rows: usize) -> Result<f64> {
    let mut tokens = classifier.encode(&"a typical routed query of a few words ".repeat(8))?;
    tokens.truncate(32.min(classifier.window.max_length));
    let seqs = vec![tokens; rows.max(1)];
    classifier.predict_tokens(&seqs)?; // the first call of a shape pays for allocations
    let started = Instant::now();
    classifier.predict_tokens(&seqs)?;
    Ok((seqs.len() * seqs[0].len()) as f64 / started.elapsed().as_secs_f64())
}

/// Counts an open connection while its task lives (also when it is aborted).
struct OpenConnection(Arc<Metrics>);

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.connections.dec();
    }
}

/// Accepts connections until `signal`, then drains: no new connections, open ones finish their
/// requests (keep-alive is turned off) until DRAIN_TIMEOUT_MS, after which they are closed.
async fn serve(
    listener: TcpListener,
    app: Router,
    config: &Config,
    metrics: &Arc<Metrics>,
    signal: impl Future<Output = ()>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_millis(config.header_read_timeout_ms))
        .keep_alive(true);
    let permits = Arc::new(Semaphore::new(config.max_connections as usize));
    let graceful = GracefulShutdown::new();
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(signal);
    loop {
        // A connection is accepted only with a permit: excess ones wait in the listen backlog,
        // where they cost the process no file descriptor and no memory.
        let permit = tokio::select! {
            _ = &mut signal => break,
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
        };
        let stream = tokio::select! {
            _ = &mut signal => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // EMFILE and the like: back off instead of spinning; open connections close.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        while connections.try_join_next().is_some() {}
        let _ = stream.set_nodelay(true);
        let connection =
            graceful.watch(http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone())));
        metrics.connections.inc();
        let open = OpenConnection(metrics.clone());
        connections.spawn(async move {
            let _held = (permit, open);
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    let drain = Duration::from_millis(config.drain_timeout_ms);
    tracing::info!(
        connections = graceful.count(),
        drain_timeout_ms = config.drain_timeout_ms,
        "shutting down: no new connections, finishing in-flight requests"
    );
    if tokio::time::timeout(drain, graceful.shutdown()).await.is_err() {
        tracing::warn!(connections = connections.len(), "drain deadline passed: closing the remaining connections");
    }
    // Aborting a connection drops its requests: their queued jobs are cancelled, not run.
    connections.shutdown().await;
}

/// Lifts the soft open-file limit towards the hard one so MAX_CONNECTIONS can be reached; warns
/// when it cannot be.
#[cfg(unix)]
#[allow(clippy::unnecessary_cast)] // rlim_t is u64 on Linux, not on every unix
fn raise_open_file_limit(max_connections: u64) {
    // Descriptors beside client connections: model files, Redis, the listener, log output.
    let wanted = max_connections + 256;
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit only read/write the struct passed by reference.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return;
    }
    if (limit.rlim_cur as u64) < wanted {
        let raised = libc::rlimit { rlim_cur: (wanted as libc::rlim_t).min(limit.rlim_max), rlim_max: limit.rlim_max };
        // SAFETY: as above.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            limit = raised;
        }
    }
    if (limit.rlim_cur as u64) < wanted {
        tracing::warn!(
            open_files = limit.rlim_cur as u64,
            max_connections,
            "the open-file limit is below MAX_CONNECTIONS + 256: accept may fail with EMFILE before the cap"
        );
    }
}

async fn os_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("installing a SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
