//! Tokenization with the model's own `tokenizer.json`, cut to a window of `max_length` tokens and
//! never padded by the tokenizer: real queries are short, and fixed padding to 128 would multiply
//! the work. Each engine lays its batches out itself (the native engine packs texts back to back,
//! the burn engines pad to the longest).

use std::borrow::Cow;
use std::path::Path;

use anyhow::{anyhow, bail, Result};
use tokenizers::Tokenizer;

/// How many tokens of a text the model reads, and which. A text longer than the window keeps its
/// first `head` tokens and its last `max_length - head`: users paste a passage and put the ask
/// after it as often as before it, and a head-only cut drops the ask that comes last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub max_length: usize,
    pub head: usize,
}

impl Window {
    /// `head` tokens from the start (the leading special token among them), the rest from the end
    /// (the closing special token among them); `None`: half the window, rounded up.
    pub fn new(max_length: usize, head: Option<usize>) -> Result<Self> {
        let head = head.unwrap_or(max_length.div_ceil(2));
        if max_length < 2 {
            bail!("the window must hold at least 2 tokens, got {max_length}");
        }
        if !(1..=max_length).contains(&head) {
            bail!("the window's head must keep 1 to {max_length} tokens, got {head}");
        }
        Ok(Self { max_length, head })
    }

    /// The same split within at most `limit` tokens (a model's position table): the head keeps
    /// its share, and a split window keeps at least one token from each end.
    pub fn within(self, limit: usize) -> Self {
        if self.max_length <= limit {
            return self;
        }
        let head = if self.head == self.max_length {
            limit
        } else {
            (self.head * limit / self.max_length).clamp(1, limit - 1)
        };
        Self { max_length: limit, head }
    }

    /// Characters kept from each end of a text before tokenizing: a word-piece token covers at
    /// least one character and rarely more than a few, so 16 a token leaves the token cut below
    /// with the same ids as the whole text would give, while a 100,000-character text costs the
    /// tokenizer what a 2,000-character one does.
    pub fn char_budget(self) -> (usize, usize) {
        (self.head * CHARS_PER_TOKEN, (self.max_length - self.head) * CHARS_PER_TOKEN)
    }

    /// `text` cut by characters to its head and tail (joined by a line break), unchanged when it
    /// fits. Applying it again changes nothing.
    pub fn cut_chars(self, text: &str) -> Cow<'_, str> {
        let (head, tail) = self.char_budget();
        let Some((head_end, _)) = text.char_indices().nth(head) else {
            return Cow::Borrowed(text);
        };
        let rest = &text[head_end..];
        let rest_chars = rest.chars().count();
        if rest_chars <= tail + 1 {
            return Cow::Borrowed(text);
        }
        let tail_start = head_end + rest.char_indices().nth(rest_chars - tail).map_or(rest.len(), |(i, _)| i);
        Cow::Owned(format!("{}\n{}", &text[..head_end], &text[tail_start..]))
    }

    /// `ids` cut to the window: unchanged when they fit, else head and tail joined.
    pub fn cut(self, mut ids: Vec<u32>) -> Vec<u32> {
        if ids.len() > self.max_length {
            let tail_start = ids.len() - (self.max_length - self.head);
            ids.drain(self.head..tail_start);
        }
        ids
    }
}

const CHARS_PER_TOKEN: usize = 16;

/// A plain token count: half of it from each end.
impl From<usize> for Window {
    fn from(max_length: usize) -> Self {
        Self { max_length, head: max_length.div_ceil(2) }
    }
}

pub struct TextTokenizer {
    inner: Tokenizer,
    pad_id: u32,
    window: Window,
}

impl TextTokenizer {
    pub fn from_file(path: &Path, window: impl Into<Window>) -> Result<Self> {
        let window = window.into();
        let mut inner =
            Tokenizer::from_file(path).map_err(|e| anyhow!("{}: cannot load tokenizer: {e}", path.display()))?;
        let pad_id = inner.get_padding().map(|p| p.pad_id).or_else(|| inner.token_to_id("[PAD]")).unwrap_or(0);
        inner.with_padding(None);
        // The window is applied to the whole encoding (see `Window::cut`), not by the tokenizer,
        // whose truncation keeps one end only.
        inner.with_truncation(None).map_err(|e| anyhow!("{}: {e}", path.display()))?;
        Ok(Self { inner, pad_id, window })
    }

    /// Ids of one text with special tokens, at most the window's length. Any UTF-8 string is
    /// accepted; the tokenizer's normaliser drops control characters.
    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        let text = self.window.cut_chars(text);
        let encoding = self.inner.encode_fast(text.as_ref(), true).map_err(|e| anyhow!("tokenization failed: {e}"))?;
        Ok(self.window.cut(encoding.get_ids().to_vec()))
    }

    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    pub fn pad_id(&self) -> u32 {
        self.pad_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_keep_both_ends() {
        let window = Window::new(6, Some(3)).unwrap();
        assert_eq!(window.cut((0..10).collect()), vec![0, 1, 2, 7, 8, 9]);
        assert_eq!(window.cut((0..6).collect()), (0..6).collect::<Vec<_>>(), "a text that fits is unchanged");
        let head_only = Window::new(6, Some(6)).unwrap();
        assert_eq!(head_only.cut((0..10).collect()), (0..6).collect::<Vec<_>>());
        assert_eq!(Window::from(128), Window { max_length: 128, head: 64 });
    }

    #[test]
    fn long_texts_are_cut_by_characters_at_both_ends_once() {
        let window = Window::new(4, Some(1)).unwrap();
        assert_eq!(window.char_budget(), (16, 48));
        let text: String = ('a'..='z').cycle().take(200).collect();
        let cut = window.cut_chars(&text);
        assert_eq!(cut.chars().count(), 16 + 1 + 48);
        assert!(text.starts_with(&cut[..16]) && text.ends_with(&cut[17..]) && &cut[16..17] == "\n");
        assert_eq!(window.cut_chars(&cut), cut, "cutting twice changes nothing");
        let fits: String = "é".repeat(65);
        assert!(matches!(window.cut_chars(&fits), Cow::Borrowed(_)), "head + separator + tail fit");
        let cut = window.cut_chars(&"日本".repeat(100)).into_owned();
        assert_eq!(cut.chars().count(), 65, "characters, not bytes");
        let head_only = Window::new(4, Some(4)).unwrap();
        assert_eq!(head_only.cut_chars(&text), format!("{}\n", &text[..64]));
    }

    #[test]
    fn bad_windows_are_refused_and_a_smaller_limit_keeps_the_split() {
        assert!(Window::new(128, Some(0)).is_err());
        assert!(Window::new(128, Some(129)).is_err());
        assert!(Window::new(1, None).is_err());
        assert_eq!(Window::new(256, Some(64)).unwrap().within(128), Window { max_length: 128, head: 32 });
        assert_eq!(Window::new(256, Some(256)).unwrap().within(128), Window { max_length: 128, head: 128 });
        assert_eq!(Window::from(64).within(128), Window::from(64));
    }

    #[test]
    fn the_ask_after_a_long_passage_survives_the_cut() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/router/tokenizer.json");
        let tok = TextTokenizer::from_file(&path, 32).unwrap();
        let passage = "the river rose overnight and the town flooded by morning. ".repeat(20);
        let ids = tok.encode(&format!("{passage}\n\nsummarize this")).unwrap();
        assert_eq!(ids.len(), 32);
        let tail = tok.inner.decode(&ids[26..], true).unwrap();
        assert!(tail.ends_with("summarize this"), "{tail}");
        assert_eq!(ids[0], tok.inner.token_to_id("[CLS]").unwrap());
        assert_eq!(ids[31], tok.inner.token_to_id("[SEP]").unwrap());
        // A text far past the character budget reads the same ends as one just past the window.
        let long = format!("{}\n\nsummarize this", passage.repeat(100));
        let ids_long = tok.encode(&long).unwrap();
        assert_eq!(ids_long[26..], ids[26..], "the same tail");
        assert_eq!(ids_long[..16], ids[..16], "the same head");
    }
}
