//! Token counts from the upstream's `usage`, read from the bytes as they pass without holding the
//! answer back: a JSON answer is copied (up to a cap) and parsed at its end; a stream is scanned
//! line by line for the `data:` event that carries `usage` (OpenAI sends it last, with
//! `stream_options.include_usage`), reported as soon as that line has passed, so what the client
//! does after `data: [DONE]` (the sync SDK closes at once) cannot lose it.

use serde_json::Value;

/// A JSON answer larger than this is forwarded but not parsed for usage.
const MAX_JSON_COPY: usize = 4 << 20;
/// Longest SSE line kept across chunk boundaries; longer ones are skipped.
const MAX_LINE: usize = 1 << 20;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub prompt: u64,
    pub completion: u64,
}

fn usage_of(value: &Value) -> Option<Usage> {
    let usage = value.get("usage")?;
    Some(Usage {
        prompt: usage.get("prompt_tokens")?.as_u64()?,
        completion: usage.get("completion_tokens").and_then(Value::as_u64).unwrap_or(0),
    })
}

/// How the answer's body is framed.
pub enum UsageTap {
    Json { copy: Vec<u8>, overflowed: bool },
    Sse { line: Vec<u8>, skipping: bool },
}

impl UsageTap {
    pub fn for_content_type(content_type: Option<&str>) -> Self {
        match content_type {
            Some(ct) if ct.starts_with("text/event-stream") => Self::Sse { line: Vec::new(), skipping: false },
            _ => Self::Json { copy: Vec::new(), overflowed: false },
        }
    }

    /// Reads `chunk`; the usage of a stream's event that ends in it.
    pub fn feed(&mut self, chunk: &[u8]) -> Option<Usage> {
        let mut found = None;
        match self {
            Self::Json { copy, overflowed } => {
                if copy.len() + chunk.len() > MAX_JSON_COPY {
                    *overflowed = true;
                    copy.clear();
                } else if !*overflowed {
                    copy.extend_from_slice(chunk);
                }
            }
            Self::Sse { line, skipping } => {
                let mut rest = chunk;
                while let Some(end) = rest.iter().position(|&b| b == b'\n') {
                    if !*skipping {
                        line.extend_from_slice(&rest[..end]);
                        found = sse_usage(line).or(found);
                    }
                    line.clear();
                    *skipping = false;
                    rest = &rest[end + 1..];
                }
                if !*skipping {
                    if line.len() + rest.len() > MAX_LINE {
                        line.clear();
                        *skipping = true;
                    } else {
                        line.extend_from_slice(rest);
                    }
                }
            }
        }
        found
    }

    /// Once the body has ended: a JSON answer's usage, or a stream's last event without its
    /// line end.
    pub fn finish(self) -> Option<Usage> {
        match self {
            Self::Json { copy, overflowed: false } => usage_of(&serde_json::from_slice(&copy).ok()?),
            Self::Json { .. } => None,
            Self::Sse { line, skipping: false } => sse_usage(&line),
            Self::Sse { .. } => None,
        }
    }
}

fn sse_usage(line: &[u8]) -> Option<Usage> {
    let data = line.strip_prefix(b"data:")?;
    // Cheap test first: most chunks are deltas without usage.
    if !data.windows(7).any(|w| w == b"\"usage\"") {
        return None;
    }
    usage_of(&serde_json::from_slice(data.trim_ascii()).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_usage_is_read_at_the_end() {
        let mut tap = UsageTap::for_content_type(Some("application/json"));
        let body = br#"{"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}"#;
        let (a, b) = body.split_at(20);
        assert_eq!((tap.feed(a), tap.feed(b)), (None, None), "JSON is read at its end");
        assert_eq!(tap.finish(), Some(Usage { prompt: 12, completion: 5 }));
    }

    #[test]
    fn sse_usage_survives_chunk_boundaries() {
        let mut tap = UsageTap::for_content_type(Some("text/event-stream; charset=utf-8"));
        let stream = "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n\
                      data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}\n\ndata: [DONE]\n\n";
        let found: Vec<Usage> = stream.as_bytes().chunks(9).filter_map(|chunk| tap.feed(chunk)).collect();
        assert_eq!(found, [Usage { prompt: 7, completion: 3 }], "reported once, as its line passes");
        assert_eq!(tap.finish(), None);
        let mut none = UsageTap::for_content_type(Some("text/event-stream"));
        assert_eq!(none.feed(b"data: {\"choices\":[]}\n\n"), None);
        assert_eq!(none.finish(), None);
        let mut unterminated = UsageTap::for_content_type(Some("text/event-stream"));
        assert_eq!(unterminated.feed(b"data: {\"usage\":{\"prompt_tokens\":2}}"), None);
        assert_eq!(unterminated.finish(), Some(Usage { prompt: 2, completion: 0 }));
    }
}
