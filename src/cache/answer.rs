//! The value both cache levels keep for a text, and its text form for Redis.

/// What the caches keep for a text: the model's own answer, before confidence routing (so a
/// changed threshold applies to cached answers too).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CachedAnswer {
    pub class: usize,
    pub confidence: f32,
}

impl CachedAnswer {
    /// Compact text form for Redis: `class confidence`.
    pub fn encode(&self) -> String {
        format!("{} {}", self.class, self.confidence)
    }

    /// `None` for anything malformed (another writer, a corrupted value): treated as a miss.
    pub fn decode(s: &str) -> Option<Self> {
        let (class, confidence) = s.split_once(' ')?;
        let confidence: f32 = confidence.parse().ok()?;
        (0.0..=1.0).contains(&confidence).then_some(())?;
        Some(Self { class: class.parse().ok()?, confidence })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_garbage_is_a_miss() {
        let a = CachedAnswer { class: 1, confidence: 0.9731 };
        assert_eq!(CachedAnswer::decode(&a.encode()), Some(a));
        for bad in ["", "1", "x 0.5", "1 nan", "1 1.5", "1 0.5 extra"] {
            assert_eq!(CachedAnswer::decode(bad), None, "{bad:?}");
        }
    }
}
