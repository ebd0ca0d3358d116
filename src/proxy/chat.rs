//! The parts of an OpenAI chat request the proxy reads (`model`, `stream`, the user's text) and
//! the one it writes (`model`). Every other field travels to the upstream as the client sent it.

use axum::body::Bytes;
use serde_json::{Map, Value};

use super::error::ProxyError;
use super::routes::ClassifyMessages;

pub struct ChatRequest {
    body: Map<String, Value>,
    pub model: String,
    pub stream: bool,
}

impl ChatRequest {
    pub fn parse(bytes: &[u8]) -> Result<Self, ProxyError> {
        let value: Value = serde_json::from_slice(bytes)
            .map_err(|e| ProxyError::invalid("body", format!("the body is not valid JSON: {e}")))?;
        let Value::Object(body) = value else {
            return Err(ProxyError::invalid("body", "the body must be a JSON object"));
        };
        let model = match body.get("model") {
            Some(Value::String(m)) if !m.trim().is_empty() => m.clone(),
            Some(_) => return Err(ProxyError::invalid("model", "model must be a non-empty string")),
            None => return Err(ProxyError::invalid("model", "model is required")),
        };
        match body.get("messages") {
            Some(Value::Array(messages)) if !messages.is_empty() => {
                for (i, message) in messages.iter().enumerate() {
                    if !message.get("role").is_some_and(Value::is_string) {
                        return Err(ProxyError::invalid("messages", format!("messages[{i}] needs a string role")));
                    }
                }
            }
            _ => return Err(ProxyError::invalid("messages", "messages must be a non-empty array")),
        }
        let stream = match body.get("stream") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(ProxyError::invalid("stream", "stream must be a boolean")),
        };
        Ok(Self { body, model, stream })
    }

    /// The text the router classifies: the latest user message, or all of them, each its string
    /// content or its text parts joined by newlines.
    pub fn user_text(&self, which: ClassifyMessages) -> Result<String, ProxyError> {
        let messages = self.body["messages"].as_array().expect("checked in parse");
        let mut users = messages.iter().enumerate().filter(|(_, m)| m["role"] == "user");
        let picked: Vec<(usize, &Value)> = match which {
            ClassifyMessages::LastUser => users.next_back().into_iter().collect(),
            ClassifyMessages::AllUser => users.collect(),
        };
        let mut texts = Vec::new();
        for (i, message) in picked {
            match message.get("content") {
                Some(Value::String(s)) => texts.push(s.as_str()),
                Some(Value::Array(parts)) => {
                    texts.extend(parts.iter().filter(|p| p["type"] == "text").filter_map(|p| p["text"].as_str()))
                }
                None | Some(Value::Null) => {}
                Some(_) => {
                    return Err(ProxyError::invalid(
                        "messages",
                        format!("messages[{i}].content must be a string or an array of content parts"),
                    ))
                }
            }
        }
        Ok(texts.join("\n"))
    }

    /// The body to send upstream: the client's, with `model` set to the upstream's model.
    pub fn body_for(&mut self, model: &str) -> Bytes {
        self.body.insert("model".into(), Value::String(model.to_string()));
        Bytes::from(serde_json::to_vec(&self.body).expect("a JSON map serializes"))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn chat(body: Value) -> Result<ChatRequest, ProxyError> {
        ChatRequest::parse(body.to_string().as_bytes())
    }

    #[test]
    fn reads_the_latest_or_every_user_turn_in_string_or_parts_form() {
        let req = chat(json!({"model": "auto", "stream": true, "temperature": 0.2, "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "first question"},
            {"role": "assistant", "content": "an answer"},
            {"role": "user", "content": [{"type": "text", "text": "second"}, {"type": "image_url", "image_url": {"url": "x"}}, {"type": "text", "text": "part"}]},
        ]}))
        .unwrap();
        assert!(req.stream);
        assert_eq!(req.user_text(ClassifyMessages::LastUser).unwrap(), "second\npart");
        assert_eq!(req.user_text(ClassifyMessages::AllUser).unwrap(), "first question\nsecond\npart");
    }

    #[test]
    fn rewrites_only_the_model() {
        let mut req = chat(json!({"model": "auto", "messages": [{"role": "user", "content": "hi"}], "n": 2})).unwrap();
        let sent: Value = serde_json::from_slice(&req.body_for("small")).unwrap();
        assert_eq!(sent, json!({"model": "small", "messages": [{"role": "user", "content": "hi"}], "n": 2}));
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        for (body, needle) in [
            (json!([1]), "JSON object"),
            (json!({"messages": [{"role": "user", "content": "x"}]}), "model is required"),
            (json!({"model": 3, "messages": [{"role": "user", "content": "x"}]}), "model must be"),
            (json!({"model": "auto", "messages": []}), "non-empty array"),
            (json!({"model": "auto", "messages": [{"content": "x"}]}), "messages[0]"),
            (json!({"model": "auto", "stream": "yes", "messages": [{"role": "user", "content": "x"}]}), "stream"),
        ] {
            let err = chat(body).err().unwrap();
            assert!(err.message.contains(needle), "{needle}: {}", err.message);
            assert_eq!(err.status, 400);
        }
        let err = ChatRequest::parse(b"{not json").err().unwrap();
        assert!(err.message.contains("not valid JSON"));
        let req = chat(json!({"model": "auto", "messages": [{"role": "user", "content": 5}]})).unwrap();
        assert!(req.user_text(ClassifyMessages::LastUser).unwrap_err().message.contains("messages[0].content"));
    }
}
