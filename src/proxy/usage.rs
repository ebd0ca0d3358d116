//! Token counts from the upstream's `usage`, read from the bytes as they pass without holding the
//! answer back: a JSON answer is copied (up to a cap) and parsed at its end; a stream is scanned
//! line by line for the `data:` event that carries `usage` (OpenAI sends it last, with
//! `stream_options.include_usage`).

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
    Sse { line: Vec<u8>, skipping: bool, found: Option<Usage> },
}

impl UsageTap {
    pub fn for_content_type(content_type: Option<&str>) -> Self {
        match content_type {
            Some(ct) if ct.starts_with("text/event-stream") => {
                Self::Sse { line: Vec::new(), skipping: false, found: None }
            }
            _ => Self::Json { copy: Vec::new(), overflowed: false },
        }
    }

    pub fn feed(&mut self, chunk: &[u8]) {
        match self {
            Self::Json { copy, overflowed } => {
                if copy.len() + chunk.len() > MAX_JSON_COPY {
                    *overflowed = true;
                    copy.clear();
                } else if !*overflowed {
                    copy.extend_from_slice(chunk);
                }
            }
            Self::Sse { line, skipping, found } => {
                let mut rest = chunk;
                while let Some(end) = rest.iter().position(|&b| b == b'\n') {
                    if !*skipping {
                        line.extend_from_slice(&rest[..end]);
                        if let Some(u) = sse_usage(line) {
                            *found = Some(u);
                        }
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
    }

    /// The usage once the body has ended.
    pub fn finish(self) -> Option<Usage> {
        match self {
            Self::Json { copy, overflowed: false } => usage_of(&serde_json::from_slice(&copy).ok()?),
            Self::Json { .. } => None,
            Self::Sse { mut line, found, .. } => found.or_else(|| sse_usage(std::mem::take(&mut line).as_slice())),
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
        tap.feed(a);
        tap.feed(b);
        assert_eq!(tap.finish(), Some(Usage { prompt: 12, completion: 5 }));
    }

    #[test]
    fn sse_usage_survives_chunk_boundaries() {
        let mut tap = UsageTap::for_content_type(Some("text/event-stream; charset=utf-8"));
        let stream = "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n\
                      data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}\n\ndata: [DONE]\n\n";
        for chunk in stream.as_bytes().chunks(9) {
            tap.feed(chunk);
        }
        assert_eq!(tap.finish(), Some(Usage { prompt: 7, completion: 3 }));
        let mut none = UsageTap::for_content_type(Some("text/event-stream"));
        none.feed(b"data: {\"choices\":[]}\n\n");
        assert_eq!(none.finish(), None);
    }
}
