//! Cache keys: a stable 128-bit hash of the normalised text and the model fingerprint, so replicas
//! sharing an L2 agree on keys and a new model never serves an old model's answers.

use xxhash_rust::xxh3::Xxh3;

pub type CacheKey = u128;

/// Trim, collapse every whitespace run to one space, lowercase.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

pub fn cache_key(model_fingerprint: &str, text: &str) -> CacheKey {
    let mut h = Xxh3::new();
    h.update(model_fingerprint.as_bytes());
    h.update(&[0]);
    h.update(normalise(text).as_bytes());
    h.digest128()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_whitespace_and_case() {
        assert_eq!(normalise("  Hello \t\n  WORLD  "), "hello world");
        assert_eq!(normalise("ÄÖ  Ü"), "äö ü");
        assert_eq!(normalise("   "), "");
    }

    #[test]
    fn equal_after_normalising_means_equal_keys() {
        assert_eq!(cache_key("m1", "What is  Rust?"), cache_key("m1", " what is rust? "));
        assert_ne!(cache_key("m1", "what is rust?"), cache_key("m2", "what is rust?"));
        assert_ne!(cache_key("m1", "a b"), cache_key("m1", "ab"));
    }

    #[test]
    fn keys_are_stable_across_builds() {
        // Replicas, restarts and new builds share the L2, so they must agree: XXH3-128 (seed 0) of
        // b"fp\0hello", the value the reference xxHash library gives for those bytes.
        assert_eq!(cache_key("fp", "hello"), 0x86a4_43d3_5589_f5ca_2f9d_2fa2_844a_ede7);
        assert_eq!(cache_key("fp", " HELLO "), cache_key("fp", "hello"));
    }
}
