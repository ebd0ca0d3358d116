//! The in-process L1 cache: sharded maps (hashbrown behind parking_lot mutexes) with a size bound,
//! a TTL, and sampled-LRU eviction (evict the least recently used of a few random entries, as
//! Redis does): O(1) per operation and close to true LRU for cache workloads.

use std::time::{Duration, Instant};

use hashbrown::HashMap;
use parking_lot::Mutex;

use super::key::CacheKey;

/// Entries compared per eviction.
const EVICTION_SAMPLE: usize = 5;

struct Slot<V> {
    key: CacheKey,
    value: V,
    expires: Instant,
    last_used: u64,
}

struct Shard<V> {
    /// key -> index into `slots`.
    index: HashMap<CacheKey, usize>,
    slots: Vec<Slot<V>>,
    tick: u64,
    /// xorshift state for eviction sampling.
    rng: u64,
}

impl<V: Clone> Shard<V> {
    fn remove_at(&mut self, i: usize) {
        let removed = self.slots.swap_remove(i);
        self.index.remove(&removed.key);
        if let Some(moved) = self.slots.get(i) {
            self.index.insert(moved.key, i);
        }
    }

    fn next_random(&mut self) -> usize {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        self.rng as usize
    }

    fn evict_one(&mut self, now: Instant) {
        let n = self.slots.len();
        let mut victim = self.next_random() % n;
        for _ in 1..EVICTION_SAMPLE.min(n) {
            let candidate = self.next_random() % n;
            if self.slots[candidate].expires <= now {
                victim = candidate;
                break;
            }
            if self.slots[candidate].last_used < self.slots[victim].last_used {
                victim = candidate;
            }
        }
        self.remove_at(victim);
    }
}

pub struct L1Cache<V> {
    shards: Vec<Mutex<Shard<V>>>,
    per_shard: usize,
    ttl: Duration,
}

impl<V: Clone> L1Cache<V> {
    /// `capacity` entries in all (0 disables the cache), split over `shards` locks.
    pub fn new(capacity: usize, ttl: Duration, shards: usize) -> Self {
        let shards = shards.max(1);
        let per_shard = capacity.div_ceil(shards);
        Self {
            shards: (0..shards)
                .map(|i| {
                    Mutex::new(Shard {
                        index: HashMap::with_capacity(per_shard),
                        slots: Vec::with_capacity(per_shard),
                        tick: 0,
                        rng: 0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1),
                    })
                })
                .collect(),
            per_shard,
            ttl,
        }
    }

    fn shard(&self, key: CacheKey) -> &Mutex<Shard<V>> {
        // The key is already a uniform hash: its high bits pick the shard.
        &self.shards[((key >> 64) as usize) % self.shards.len()]
    }

    pub fn get(&self, key: CacheKey) -> Option<V> {
        if self.per_shard == 0 {
            return None;
        }
        let now = Instant::now();
        let mut shard = self.shard(key).lock();
        let i = *shard.index.get(&key)?;
        if shard.slots[i].expires <= now {
            shard.remove_at(i);
            return None;
        }
        shard.tick += 1;
        let tick = shard.tick;
        let slot = &mut shard.slots[i];
        slot.last_used = tick;
        Some(slot.value.clone())
    }

    pub fn insert(&self, key: CacheKey, value: V) {
        if self.per_shard == 0 {
            return;
        }
        let now = Instant::now();
        let expires = now + self.ttl;
        let mut shard = self.shard(key).lock();
        shard.tick += 1;
        let last_used = shard.tick;
        if let Some(&i) = shard.index.get(&key) {
            shard.slots[i] = Slot { key, value, expires, last_used };
            return;
        }
        if shard.slots.len() >= self.per_shard {
            shard.evict_one(now);
        }
        let i = shard.slots.len();
        shard.slots.push(Slot { key, value, expires, last_used });
        shard.index.insert(key, i);
    }

    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.lock().slots.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.per_shard * self.shards.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: u64) -> CacheKey {
        // Spread keys over shards the way real hashes do.
        (xxhash_rust::xxh3::xxh3_128(&i.to_le_bytes())) as CacheKey
    }

    #[test]
    fn stores_and_overwrites() {
        let c = L1Cache::new(100, Duration::from_secs(60), 4);
        c.insert(key(1), "a");
        c.insert(key(1), "b");
        assert_eq!(c.get(key(1)), Some("b"));
        assert_eq!(c.get(key(2)), None);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn stays_within_capacity() {
        let c = L1Cache::new(64, Duration::from_secs(60), 4);
        for i in 0..1000 {
            c.insert(key(i), i);
        }
        assert!(c.len() <= c.capacity() && c.capacity() == 64, "{} > {}", c.len(), c.capacity());
    }

    #[test]
    fn eviction_prefers_cold_entries() {
        // 20 hot keys read every round while a stream of one-off keys fills the rest.
        let c = L1Cache::new(100, Duration::from_secs(60), 1);
        let (mut hot_hits, mut lookups) = (0, 0);
        for round in 0..2000u64 {
            c.insert(key(10_000 + round), 0);
            for k in 0..20 {
                lookups += 1;
                match c.get(key(k)) {
                    Some(_) => hot_hits += 1,
                    None => c.insert(key(k), k),
                }
            }
        }
        assert!(hot_hits as f64 > 0.97 * lookups as f64, "hot keys evicted too often: {hot_hits}/{lookups}");
        assert!(c.len() <= 100);
    }

    #[test]
    fn entries_expire() {
        let c = L1Cache::new(10, Duration::from_millis(30), 2);
        c.insert(key(1), 1);
        assert_eq!(c.get(key(1)), Some(1));
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(c.get(key(1)), None);
        assert_eq!(c.len(), 0, "expired entry is dropped on read");
    }

    #[test]
    fn zero_capacity_disables() {
        let c = L1Cache::new(0, Duration::from_secs(1), 4);
        c.insert(key(1), 1);
        assert_eq!(c.get(key(1)), None);
    }

    #[test]
    fn shards_are_used_concurrently() {
        let c = std::sync::Arc::new(L1Cache::new(10_000, Duration::from_secs(60), 16));
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let c = c.clone();
                std::thread::spawn(move || {
                    for i in 0..1000 {
                        c.insert(key(t * 1000 + i), i);
                        assert_eq!(c.get(key(t * 1000 + i)), Some(i));
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(c.len(), 4000);
    }
}
