//! The inbound API keys file (`API_KEYS_FILE`): its keys as SHA-256 hashes, each with its label
//! and request-rate allowance, found in constant time. `auth.rs` is the middleware that asks for
//! them.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;
use prometheus::{IntCounterVec, Opts};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use crate::metrics::Metrics;

/// The label of the key a request was let in with, in its extensions: for the handlers' logs.
#[derive(Debug, Clone)]
pub struct KeyLabel(pub Arc<str>);

/// One request-rate allowance: a bucket of `per_minute` requests, refilled continuously.
pub(super) struct Bucket {
    per_minute: u32,
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn new(per_minute: u32) -> Self {
        Self { per_minute, tokens: per_minute as f64, at: Instant::now() }
    }

    /// Takes one request; `Err(seconds)` until the next one is allowed.
    pub(super) fn take(&mut self, now: Instant) -> Result<(), u64> {
        let rate = self.per_minute as f64 / 60.0;
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * rate).min(self.per_minute as f64);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - self.tokens) / rate).ceil().max(1.0) as u64)
        }
    }
}

pub(super) struct Key {
    pub(super) label: Arc<str>,
    sha256: [u8; 32],
    pub(super) rate: Option<Mutex<Bucket>>,
}

/// The keys, and what they guard.
pub struct ApiKeys {
    keys: Vec<Key>,
    /// Whether /v1/query-classify needs a key too.
    pub(super) classify_api: bool,
    /// Requests by key label (`none` without a listed key) and outcome.
    pub(super) requests: IntCounterVec,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    /// Also guard /v1/query-classify (off by default: it holds no secrets and spends no money).
    #[serde(default)]
    classify_api: bool,
    /// Default allowance of each key; unset: unlimited.
    requests_per_minute: Option<u32>,
    #[serde(default)]
    key: Vec<KeyFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    label: String,
    /// The key's SHA-256, hex: the file then holds no key.
    sha256: Option<String>,
    /// Or the name of the environment variable holding the key.
    key_env: Option<String>,
    requests_per_minute: Option<u32>,
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().try_into().expect("SHA-256 is 32 bytes")
}

fn parse_hex(hex: &str) -> Option<[u8; 32]> {
    let hex = hex.trim().as_bytes();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(hex.chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

impl ApiKeys {
    /// Reads and checks the keys file; errors name the file, the key and the field.
    pub fn load(path: &Path, metrics: &Metrics) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("keys file {}: cannot be read: {e}", path.display()))?;
        let this = Self::parse(&text, |var| std::env::var(var).ok())
            .map_err(|e| anyhow::anyhow!("keys file {}: {e}", path.display()))?;
        metrics.register(Box::new(this.requests.clone()))?;
        tracing::info!(keys = this.keys.len(), classify_api = this.classify_api, "inbound API keys");
        Ok(this)
    }

    /// `env` looks up `key_env` variables.
    pub fn parse(text: &str, env: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let file: KeysFile = toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
        if file.key.is_empty() {
            return Err("no [[key]]: list at least one key (or unset API_KEYS_FILE)".into());
        }
        let mut keys: Vec<Key> = Vec::with_capacity(file.key.len());
        for (i, k) in file.key.iter().enumerate() {
            let at = |field: &str, problem: &str| format!("key {:?} (#{}): {field}: {problem}", k.label, i + 1);
            if k.label.is_empty()
                || k.label.len() > 64
                || !k.label.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            {
                return Err(at("label", "must be 1..=64 characters of A-Z a-z 0-9 _ - ."));
            }
            if keys.iter().any(|other| *other.label == *k.label) {
                return Err(at("label", "another key has the same label"));
            }
            let hash = match (&k.sha256, &k.key_env) {
                (Some(hex), None) => {
                    parse_hex(hex).ok_or_else(|| at("sha256", "must be 64 hex digits (sha256sum of the key)"))?
                }
                (None, Some(var)) => {
                    let key = env(var).filter(|k| !k.trim().is_empty());
                    sha256(key.ok_or_else(|| at("key_env", &format!("{var} is not set (or empty)")))?.trim().as_bytes())
                }
                _ => return Err(at("sha256", "set exactly one of sha256 and key_env")),
            };
            let rate = match k.requests_per_minute.or(file.requests_per_minute) {
                Some(0) => return Err(at("requests_per_minute", "must be at least 1 (omit it for no limit)")),
                Some(n) => Some(Mutex::new(Bucket::new(n))),
                None => None,
            };
            keys.push(Key { label: k.label.as_str().into(), sha256: hash, rate });
        }
        let requests = IntCounterVec::new(
            Opts::new("query_gateway_api_key_requests_total", "Requests to guarded endpoints by key label and outcome"),
            &["key", "outcome"],
        )
        .map_err(|e| e.to_string())?;
        Ok(Self { keys, classify_api: file.classify_api, requests })
    }

    /// The listed key `presented` is, checked against every key so the time taken does not say
    /// which (or whether one) matched.
    pub(super) fn find(&self, presented: &str) -> Option<&Key> {
        let hash = sha256(presented.as_bytes());
        let mut found = None;
        for key in &self.keys {
            if bool::from(key.sha256[..].ct_eq(&hash[..])) {
                found = Some(key);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    const HASHED: &str = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"; // sha256("hello")

    #[test]
    fn keys_come_hashed_or_from_a_variable_and_match_only_themselves() {
        let text = format!(
            "requests_per_minute = 60\n[[key]]\nlabel = \"a\"\nsha256 = \"{HASHED}\"\n\
             [[key]]\nlabel = \"b\"\nkey_env = \"B_KEY\"\nrequests_per_minute = 5\n"
        );
        let keys = ApiKeys::parse(&text, |v| (v == "B_KEY").then(|| "sk-b".to_string())).unwrap();
        assert_eq!(keys.find("hello").map(|k| &*k.label), Some("a"));
        assert_eq!(keys.find("sk-b").map(|k| &*k.label), Some("b"));
        assert!(keys.find("hello ").is_none() && keys.find("sk-").is_none() && keys.find("").is_none());
    }

    #[test]
    fn bad_files_name_the_key_and_the_field() {
        for (text, needles) in [
            ("[[key]]\nlabel = \"a\"\nsha256 = \"abc\"".to_string(), vec!["key \"a\"", "sha256", "64 hex"]),
            ("[[key]]\nlabel = \"a\"\nkey_env = \"UNSET_VAR\"".to_string(), vec!["key \"a\"", "key_env", "UNSET_VAR"]),
            ("[[key]]\nlabel = \"a\"".to_string(), vec!["key \"a\"", "exactly one"]),
            (format!("[[key]]\nlabel = \"a b\"\nsha256 = \"{HASHED}\""), vec!["label"]),
            (
                format!("[[key]]\nlabel = \"a\"\nsha256 = \"{HASHED}\"\nrequests_per_minute = 0"),
                vec!["requests_per_minute"],
            ),
            (String::new(), vec!["no [[key]]"]),
        ] {
            let err = ApiKeys::parse(&text, |_| None).err().expect(&text);
            for needle in needles {
                assert!(err.contains(needle), "{needle:?} missing from: {err}");
            }
        }
    }

    #[test]
    fn the_example_file_is_valid() {
        let text = include_str!("../../deploy/api-keys.example.toml");
        let keys = ApiKeys::parse(text, |_| Some("sk-batch".into())).unwrap();
        assert_eq!(keys.find("test").map(|k| &*k.label), Some("team-a"));
        assert_eq!(keys.find("sk-batch").map(|k| &*k.label), Some("batch-jobs"));
    }

    #[test]
    fn a_bucket_allows_its_rate_and_says_when_to_retry() {
        let start = Instant::now();
        let mut bucket = Bucket::new(2);
        assert_eq!((bucket.take(start), bucket.take(start)), (Ok(()), Ok(())));
        assert_eq!(bucket.take(start), Err(30), "one request every 30 s");
        assert_eq!(bucket.take(start + Duration::from_secs(31)), Ok(()));
    }
}
