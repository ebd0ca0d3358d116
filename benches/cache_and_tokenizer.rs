//! L1 cache get/insert, alone and with 4 threads contending, tokenization of one query, and what
//! a long text costs before the model (cache key of the whole text + head-and-tail tokenization)
//! at 2,000, 20,000 and 100,000 characters.
//!
//!   cargo bench --bench cache_and_tokenizer

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use query_gateway::cache::{cache_key, CachedAnswer, L1Cache};
use query_gateway::model::TextTokenizer;

const ANSWER: CachedAnswer = CachedAnswer { class: 1, confidence: 0.93 };

fn filled_cache(n: u64) -> Arc<L1Cache<CachedAnswer>> {
    let cache = Arc::new(L1Cache::new(10_000, Duration::from_secs(300), 64));
    for i in 0..n {
        cache.insert(cache_key("fp", &format!("query {i}")), ANSWER);
    }
    cache
}

fn cache(c: &mut Criterion) {
    let keys: Vec<u128> = (0..8192u64).map(|i| cache_key("fp", &format!("query {i}"))).collect();
    let cache = filled_cache(8192);
    let mut group = c.benchmark_group("l1");
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("get_hit", |b| {
        b.iter(|| {
            i = (i + 1) % keys.len();
            cache.get(keys[i])
        })
    });
    group.bench_function("insert_evicting", |b| {
        let mut n = 0u64;
        b.iter(|| {
            n += 1;
            cache.insert(keys[(n as usize) % keys.len()] ^ (n as u128) << 64, ANSWER)
        })
    });
    group.bench_function("key_normalise_hash", |b| b.iter(|| cache_key("fp", "  What is the Capital of  France? ")));
    // 4 threads doing 90 % gets / 10 % inserts on one cache: ops/s across all threads.
    group.throughput(Throughput::Elements(4 * 10_000));
    group.bench_function("contended_4_threads_90_10", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                std::thread::scope(|s| {
                    for t in 0..4u64 {
                        let (cache, keys) = (&cache, &keys);
                        s.spawn(move || {
                            for j in 0..10_000u64 {
                                let k = keys[((t * 7919 + j * 31) as usize) % keys.len()];
                                if j % 10 == 0 {
                                    cache.insert(k, ANSWER);
                                } else {
                                    std::hint::black_box(cache.get(k));
                                }
                            }
                        });
                    }
                });
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

fn tokenizer(c: &mut Criterion) {
    let path = format!("{}/models/router/tokenizer.json", env!("CARGO_MANIFEST_DIR"));
    let tok = TextTokenizer::from_file(path.as_ref(), 128).unwrap();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Elements(1));
    group.bench_function("20_token_query", |b| {
        b.iter(|| {
            tok.encode("Classify each of the following as a mammal, bird or fish: whale, eagle, trout, bat").unwrap()
        })
    });
    let paragraph =
        "The committee met on Tuesday to review the harbour budget, the ferry timetable and the new lights. ";
    for chars in [2_000, 20_000, 100_000] {
        let text: String = paragraph.chars().cycle().take(chars).chain("\n\nSummarize the above.".chars()).collect();
        group.bench_function(format!("key_and_encode_{chars}_chars"), |b| {
            b.iter(|| (cache_key("fp", &text), tok.encode(&text).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, cache, tokenizer);
criterion_main!(benches);
