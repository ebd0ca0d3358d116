//! Start-up and shutdown: load the model, start workers and caches, serve HTTP until SIGTERM or
//! ctrl-c, then stop accepting, finish queued work and return.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use tokio::net::TcpListener;

use crate::api::{self, AppState};
use crate::batcher::worker::WorkerPool;
use crate::batcher::{BatchLimits, Queue};
use crate::cache::{L1Cache, L2Cache};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::model::Classifier;
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
    let (classifier, shapes, warm_up, (max_size, max_tokens)) = tokio::task::spawn_blocking({
        let config = config.clone();
        move || -> Result<_> {
            let path = &config.model_path;
            let classifier = Classifier::load(path, selected, config.model_max_length as usize)
                .with_context(|| format!("loading model from {}", path.display()))?;
            let (max_size, max_tokens) = config.batch_limits(classifier.info());
            // So that no user request pays for kernel compilation or pool growth.
            let warming = Instant::now();
            let shapes = classifier.warm_up(max_size).context("warm-up inference")?;
            Ok((classifier, shapes, warming.elapsed(), (max_size, max_tokens)))
        }
    })
    .await??;
    let classifier = Arc::new(classifier);
    tracing::info!(
        model = classifier.name,
        family = classifier.config.family.name(),
        layers = classifier.config.num_layers,
        labels = ?classifier.labels(),
        engine = classifier.info().kind.name(),
        adapter = classifier.info().adapter,
        fused_kernels = classifier.info().fused_kernels,
        warm_up_shapes = shapes,
        warm_up_ms = warm_up.as_millis() as u64,
        load_ms = started.elapsed().as_millis() as u64,
        "model loaded"
    );

    let (queue, rx) = Queue::bounded(config.queue_capacity as usize);
    metrics.queue_capacity.set(config.queue_capacity as i64);
    let limits = BatchLimits {
        max_size,
        max_tokens,
        max_wait: Duration::from_millis(config.batch_max_wait_ms),
        shape: classifier.info().batch_shape,
    };
    let workers = WorkerPool::spawn(classifier.engine().clone(), rx, limits, metrics.clone(), config.workers(classifier.info()))?;
    metrics.model_loaded.set(1);

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
    let service = Arc::new(ClassifyService::new(
        classifier,
        l1,
        l2,
        queue,
        metrics.clone(),
        Duration::from_millis(config.request_timeout_ms),
    ));
    let draining = Arc::new(AtomicBool::new(false));
    let state = AppState {
        service,
        metrics: metrics.clone(),
        config: Arc::new(config.clone()),
        workers_running: workers.running_counter(),
        draining: draining.clone(),
    };
    let app = api::router(state);

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
            draining.store(true, Ordering::Relaxed);
            tracing::info!("shutting down: no new connections, finishing in-flight requests");
        };
        axum::serve(listener, app).with_graceful_shutdown(signal).await?;
        // The router (and with it every queue sender) is gone: workers drain the queue and exit.
        tokio::task::spawn_blocking(move || workers.join()).await?;
        metrics.model_loaded.set(0);
        tracing::info!("stopped");
        Ok(())
    });
    Ok(Gateway { addr, shutdown, done })
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
