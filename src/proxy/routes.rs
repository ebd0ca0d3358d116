//! The routes file (TOML): which upstream serves which of the model's labels. It is read and
//! checked once at start; every error names the file, the route and the field, so a typo stops
//! the gateway instead of surfacing as a 502 under traffic.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::http::HeaderValue;
use reqwest::Url;
use serde::Deserialize;

use super::tls::{Tls, TlsFiles};

/// The virtual model name when the file names none.
pub const DEFAULT_VIRTUAL_MODEL: &str = "auto";

/// Which user turns of a chat the router classifies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassifyMessages {
    /// The latest user message: what the caller is asking now.
    #[default]
    LastUser,
    /// Every user message, joined: for conversations whose task was set in an earlier turn.
    AllUser,
}

/// What happens to the client's own `Authorization` header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientAuthorization {
    /// Dropped: the gateway is not a way to reach an upstream with someone else's credentials.
    #[default]
    Drop,
    /// Forwarded as it came, for upstreams that check the end user's token (a route's own API
    /// key, when it has one, replaces it).
    Forward,
}

/// The upstream's API key. Never printed: `Debug` shows a placeholder and the header value is
/// marked sensitive, so neither tracing nor hyper write it out.
#[derive(Clone)]
pub struct ApiKey(HeaderValue);

impl ApiKey {
    /// The `Authorization: Bearer <key>` value.
    pub fn header(&self) -> HeaderValue {
        self.0.clone()
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// TCP connect.
    pub connect: Duration,
    /// From sending the request to the first byte of the answer's body (its head included).
    pub first_byte: Duration,
    /// The whole exchange, streamed body included.
    pub total: Duration,
}

/// One route, checked.
#[derive(Debug, Clone)]
pub struct Route {
    pub name: String,
    /// Indices into the model's id2label.
    pub labels: Vec<usize>,
    /// `host:port` of the upstream: its name in metrics and health reports (never the path,
    /// which some providers use for account ids).
    pub upstream: String,
    /// `{base_url}/chat/completions`.
    pub chat_url: Url,
    /// An https route's TLS settings (None for http).
    pub tls: Option<Tls>,
    /// The model name the upstream serves; the request's `model` is rewritten to it.
    pub model: String,
    pub api_key: Option<ApiKey>,
    /// The environment variable the key came from (reported; the key itself never is).
    pub api_key_env: Option<String>,
    pub timeouts: Timeouts,
    pub max_concurrency: usize,
    /// Index of the route tried once when this one fails before the first byte.
    pub fallback: Option<usize>,
    pub client_authorization: ClientAuthorization,
}

/// What a request for the virtual model gets when the router cannot classify it in time
/// (overloaded, past its deadline, failed, or its worker gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRouterUnavailable {
    /// The router's error (429 with Retry-After, 504, 500, 503), as /v1/query-classify answers.
    Reject,
    /// This route serves it, unclassified: a chat call never fails because the router is busy.
    Route(usize),
}

/// The `on_router_unavailable` value that keeps the router's errors.
const REJECT: &str = "reject";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakerSettings {
    /// Consecutive failures that open an upstream's circuit.
    pub failures: u32,
    /// How long an open circuit refuses requests before one probe may go through.
    pub cool_down: Duration,
}

/// The routes file, checked against the loaded model.
#[derive(Debug, Clone)]
pub struct RouteTable {
    pub virtual_model: String,
    pub classify: ClassifyMessages,
    pub on_router_unavailable: OnRouterUnavailable,
    pub breaker: BreakerSettings,
    pub routes: Vec<Route>,
    /// Route index per model class.
    pub by_label: Vec<usize>,
}

impl RouteTable {
    /// The first route (in file order) whose upstream model is `model`.
    pub fn by_model(&self, model: &str) -> Option<usize> {
        self.routes.iter().position(|r| r.model == model)
    }

    /// The models `/v1/models` lists: the virtual one, then each upstream model once.
    pub fn models(&self) -> Vec<&str> {
        let mut models = vec![self.virtual_model.as_str()];
        for route in &self.routes {
            if !models.contains(&route.model.as_str()) {
                models.push(&route.model);
            }
        }
        models
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTop {
    virtual_model: Option<String>,
    #[serde(default)]
    classify: ClassifyMessages,
    /// A route's name, or "reject"; default: the route of the model's last label (the slow path).
    on_router_unavailable: Option<String>,
    #[serde(default)]
    breaker: BreakerFile,
    /// Kept as tables so each route's own errors can name it.
    #[serde(default)]
    route: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BreakerFile {
    #[serde(default = "default_failures")]
    failures: u32,
    #[serde(default = "default_cool_down_ms")]
    cool_down_ms: u64,
}

impl Default for BreakerFile {
    fn default() -> Self {
        Self { failures: default_failures(), cool_down_ms: default_cool_down_ms() }
    }
}

fn default_failures() -> u32 {
    5
}
fn default_cool_down_ms() -> u64 {
    10_000
}
fn default_connect_ms() -> u64 {
    2_000
}
fn default_first_byte_ms() -> u64 {
    30_000
}
fn default_total_ms() -> u64 {
    300_000
}
fn default_max_concurrency() -> usize {
    256
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteFile {
    name: String,
    #[serde(default)]
    labels: Vec<String>,
    base_url: String,
    model: String,
    api_key_env: Option<String>,
    #[serde(default = "default_connect_ms")]
    connect_timeout_ms: u64,
    #[serde(default = "default_first_byte_ms")]
    first_byte_timeout_ms: u64,
    #[serde(default = "default_total_ms")]
    total_timeout_ms: u64,
    #[serde(default = "default_max_concurrency")]
    max_concurrency: usize,
    fallback: Option<String>,
    #[serde(default)]
    client_authorization: ClientAuthorization,
    /// PEM CA certificates: the only ones an https upstream's certificate may chain to.
    ca_file: Option<PathBuf>,
    /// PEM certificate chain and private key the route presents to an https upstream.
    client_cert_file: Option<PathBuf>,
    client_key_file: Option<PathBuf>,
}

/// Reads and checks `path` against the model's labels (id2label, by class index); API keys are
/// read from the environment.
pub fn load(path: &Path, labels: &[String]) -> anyhow::Result<RouteTable> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("routes file {}: cannot be read: {e}", path.display()))?;
    parse(&text, &path.display().to_string(), labels, |var| std::env::var(var).ok())
        .map_err(|e| anyhow::anyhow!("routes file {e}"))
}

/// `file` names the file in errors; `env` looks up API key variables.
pub fn parse(
    text: &str,
    file: &str,
    labels: &[String],
    env: impl Fn(&str) -> Option<String>,
) -> Result<RouteTable, String> {
    let top: FileTop = toml::from_str(text).map_err(|e| format!("{file}: {}", e.to_string().trim_end()))?;
    let virtual_model = top.virtual_model.unwrap_or_else(|| DEFAULT_VIRTUAL_MODEL.to_string());
    if virtual_model.trim().is_empty() {
        return Err(format!("{file}: virtual_model: must not be empty"));
    }
    if top.breaker.failures == 0 || top.breaker.cool_down_ms == 0 {
        return Err(format!("{file}: [breaker]: failures and cool_down_ms must be at least 1"));
    }
    if top.route.is_empty() {
        return Err(format!("{file}: no [[route]]: the file needs a route for each of the model's labels"));
    }
    let mut files = Vec::with_capacity(top.route.len());
    for (i, table) in top.route.into_iter().enumerate() {
        let who = match table.get("name").and_then(|n| n.as_str()) {
            Some(name) => format!("route {name:?}"),
            None => format!("route #{}", i + 1),
        };
        let route: RouteFile = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| format!("{file}: {who}: {}", e.message().trim_end()))?;
        files.push(route);
    }
    let names: Vec<&str> = files.iter().map(|r| r.name.as_str()).collect();
    // Before any fallback is resolved against the names.
    if let Some(twice) = names.iter().enumerate().find_map(|(i, n)| names[..i].contains(n).then_some(n)) {
        return Err(format!("{file}: route {twice:?}: name: another route has the same name"));
    }
    let mut routes = Vec::with_capacity(files.len());
    for route in &files {
        let at = |field: &str, problem: String| format!("{file}: route {:?}: {field}: {problem}", route.name);
        if route.name.is_empty()
            || route.name.len() > 64
            || !route.name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        {
            return Err(at("name", "must be 1..=64 characters of A-Z a-z 0-9 _ - .".into()));
        }
        let served = route
            .labels
            .iter()
            .map(|l| {
                label_index(l, labels)
                    .ok_or_else(|| at("labels", format!("{l:?} is not a label of the model ({})", describe(labels))))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (chat_url, upstream) = chat_url(&route.base_url).map_err(|p| at("base_url", p))?;
        let files = TlsFiles {
            ca_file: route.ca_file.as_deref(),
            client_cert_file: route.client_cert_file.as_deref(),
            client_key_file: route.client_key_file.as_deref(),
        };
        let tls = if chat_url.scheme() == "https" {
            Some(files.load().map_err(|(field, problem)| at(field, problem))?)
        } else if let Some(field) = [
            ("ca_file", files.ca_file),
            ("client_cert_file", files.client_cert_file),
            ("client_key_file", files.client_key_file),
        ]
        .into_iter()
        .find_map(|(field, path)| path.map(|_| field))
        {
            return Err(at(field, "only an https base_url uses it".into()));
        } else {
            None
        };
        if route.model.trim().is_empty() {
            return Err(at("model", "must not be empty".into()));
        }
        if route.model == virtual_model {
            return Err(at(
                "model",
                format!("{:?} is the virtual model's name; an upstream model needs another", route.model),
            ));
        }
        let api_key = match &route.api_key_env {
            None => None,
            Some(var) => {
                let key = env(var).filter(|k| !k.trim().is_empty()).ok_or_else(|| {
                    at("api_key_env", format!("the environment variable {var} is not set (or empty)"))
                })?;
                let mut value = HeaderValue::from_str(&format!("Bearer {}", key.trim())).map_err(|_| {
                    at("api_key_env", format!("the key in {var} has characters an HTTP header cannot carry"))
                })?;
                value.set_sensitive(true);
                Some(ApiKey(value))
            }
        };
        let positive = |field: &str, ms: u64| {
            if ms == 0 {
                Err(at(field, "must be at least 1 (milliseconds)".into()))
            } else {
                Ok(Duration::from_millis(ms))
            }
        };
        let timeouts = Timeouts {
            connect: positive("connect_timeout_ms", route.connect_timeout_ms)?,
            first_byte: positive("first_byte_timeout_ms", route.first_byte_timeout_ms)?,
            total: positive("total_timeout_ms", route.total_timeout_ms)?,
        };
        if timeouts.first_byte > timeouts.total {
            return Err(at("first_byte_timeout_ms", "must not exceed total_timeout_ms".into()));
        }
        if route.max_concurrency == 0 {
            return Err(at("max_concurrency", "must be at least 1".into()));
        }
        let fallback =
            match &route.fallback {
                None => None,
                Some(f) if *f == route.name => return Err(at("fallback", "a route cannot fall back to itself".into())),
                Some(f) => Some(names.iter().position(|n| *n == f.as_str()).ok_or_else(|| {
                    at("fallback", format!("no route is named {f:?} (routes: {})", names.join(", ")))
                })?),
            };
        routes.push(Route {
            name: route.name.clone(),
            labels: served,
            upstream,
            chat_url,
            tls,
            model: route.model.clone(),
            api_key,
            api_key_env: route.api_key_env.clone(),
            timeouts,
            max_concurrency: route.max_concurrency,
            fallback,
            client_authorization: route.client_authorization,
        });
    }
    let mut by_label = Vec::with_capacity(labels.len());
    for (class, name) in labels.iter().enumerate() {
        let serving: Vec<&Route> = routes.iter().filter(|r| r.labels.contains(&class)).collect();
        match serving[..] {
            [one] => by_label.push(routes.iter().position(|r| r.name == one.name).expect("listed")),
            [] => {
                return Err(format!(
                    "{file}: label {class} ({name}) is served by no route: each label of the model needs one \
                     (add it to a route's labels)"
                ))
            }
            _ => {
                let both: Vec<&str> = serving.iter().map(|r| r.name.as_str()).collect();
                return Err(format!(
                    "{file}: route {:?}: labels: label {class} ({name}) is also served by route {:?}; a label \
                     needs exactly one route",
                    both[1], both[0]
                ));
            }
        }
    }
    let on_router_unavailable = match top.on_router_unavailable.as_deref() {
        None => OnRouterUnavailable::Route(*by_label.last().expect("a model has labels")),
        Some(REJECT) if names.contains(&REJECT) => {
            return Err(format!(
                "{file}: on_router_unavailable: \"{REJECT}\" is ambiguous: a route has that name; rename the route"
            ))
        }
        Some(REJECT) => OnRouterUnavailable::Reject,
        Some(name) => OnRouterUnavailable::Route(names.iter().position(|n| *n == name).ok_or_else(|| {
            format!(
                "{file}: on_router_unavailable: no route is named {name:?} (routes: {}; or \"{REJECT}\")",
                names.join(", ")
            )
        })?),
    };
    let breaker =
        BreakerSettings { failures: top.breaker.failures, cool_down: Duration::from_millis(top.breaker.cool_down_ms) };
    Ok(RouteTable { virtual_model, classify: top.classify, on_router_unavailable, breaker, routes, by_label })
}

/// A label as the file may write it: the class index the API answers with ("0") or its id2label
/// name ("fast_path").
fn label_index(label: &str, labels: &[String]) -> Option<usize> {
    match label.parse::<usize>() {
        Ok(i) if i < labels.len() => Some(i),
        Ok(_) => None,
        Err(_) => labels.iter().position(|l| l == label),
    }
}

fn describe(labels: &[String]) -> String {
    let each: Vec<String> = labels.iter().enumerate().map(|(i, l)| format!("{i} = {l}")).collect();
    format!("id2label: {}", each.join(", "))
}

/// The chat endpoint under `base` and the `host:port` that names the upstream.
fn chat_url(base: &str) -> Result<(Url, String), String> {
    let url = Url::parse(base).map_err(|e| format!("{base:?} is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => {}
        other => return Err(format!("{base:?}: the scheme must be http or https, not {other}")),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("credentials in the URL would end up in logs; use api_key_env".into());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{base:?} must not have a query or fragment"));
    }
    let host = url.host_str().ok_or_else(|| format!("{base:?} has no host"))?;
    let upstream = format!("{host}:{}", url.port_or_known_default().expect("http and https have default ports"));
    let path = format!("{}/chat/completions", url.path().trim_end_matches('/'));
    let mut chat = url.clone();
    chat.set_path(&path);
    Ok((chat, upstream))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        vec!["fast_path".into(), "slow_path".into()]
    }

    const GOOD: &str = r#"
        [[route]]
        name = "fast"
        labels = ["0"]
        base_url = "http://127.0.0.1:9001/v1/"
        model = "small"
        api_key_env = "FAST_KEY"
        fallback = "slow"

        [[route]]
        name = "slow"
        labels = ["slow_path"]
        base_url = "http://llm.internal:9002/v1"
        model = "large"
        client_authorization = "forward"
    "#;

    fn parse_with(text: &str) -> Result<RouteTable, String> {
        parse(text, "routes.toml", &labels(), |v| (v == "FAST_KEY").then(|| "sk-secret".to_string()))
    }

    #[test]
    fn a_good_file_maps_every_label_to_its_route() {
        let t = parse_with(GOOD).unwrap();
        assert_eq!(t.virtual_model, "auto");
        assert_eq!(t.classify, ClassifyMessages::LastUser);
        assert_eq!(t.by_label, vec![0, 1]);
        assert_eq!(t.routes[0].chat_url.as_str(), "http://127.0.0.1:9001/v1/chat/completions");
        assert_eq!(t.routes[1].upstream, "llm.internal:9002");
        assert_eq!(t.routes[0].fallback, Some(1));
        assert_eq!(t.routes[1].client_authorization, ClientAuthorization::Forward);
        assert_eq!(t.routes[0].timeouts.total, Duration::from_secs(300));
        assert!(t.routes[0].api_key.as_ref().unwrap().header().is_sensitive());
        assert!(!format!("{t:?}").contains("sk-secret"), "Debug never shows the key");
        assert_eq!(t.models(), vec!["auto", "small", "large"]);
        assert_eq!(t.by_model("large"), Some(1));
        assert_eq!(t.on_router_unavailable, OnRouterUnavailable::Route(1), "the slow path's route by default");
        let reject = parse_with(&format!("on_router_unavailable = \"reject\"\n{GOOD}")).unwrap();
        assert_eq!(reject.on_router_unavailable, OnRouterUnavailable::Reject);
        let fast = parse_with(&format!("on_router_unavailable = \"fast\"\n{GOOD}")).unwrap();
        assert_eq!(fast.on_router_unavailable, OnRouterUnavailable::Route(0));
    }

    #[test]
    fn https_routes_get_tls_and_port_443() {
        let t = parse_with(&GOOD.replace("http://llm.internal:9002", "https://llm.internal")).unwrap();
        assert_eq!(t.routes[1].upstream, "llm.internal:443");
        let tls = t.routes[1].tls.as_ref().expect("an https route has TLS settings");
        assert!(!tls.private_ca && !tls.client_certificate);
        assert!(t.routes[0].tls.is_none());
    }

    #[test]
    fn errors_name_the_file_the_route_and_the_field() {
        for (edit, needles) in [
            (GOOD.replace("\"0\"", "\"7\""), vec!["routes.toml", "route \"fast\"", "labels", "\"7\"", "0 = fast_path"]),
            (GOOD.replace("fallback = \"slow\"", "fallback = \"slwo\""), vec!["route \"fast\"", "fallback", "slwo"]),
            (GOOD.replace("FAST_KEY", "MISSING_KEY"), vec!["route \"fast\"", "api_key_env", "MISSING_KEY"]),
            (format!("{GOOD}\n ca_file = \"ca.pem\""), vec!["route \"slow\"", "ca_file", "https"]),
            (
                format!("{}\n ca_file = \"/nonexistent/ca.pem\"", GOOD.replace("http://llm", "https://llm")),
                vec!["route \"slow\"", "ca_file", "/nonexistent/ca.pem"],
            ),
            (
                format!("{}\n client_cert_file = \"c.pem\"", GOOD.replace("http://llm", "https://llm")),
                vec!["route \"slow\"", "client_key_file", "client_cert_file"],
            ),
            (GOOD.replace("http://llm", "ftp://llm"), vec!["route \"slow\"", "base_url", "ftp"]),
            (GOOD.replace("base_url = \"http://llm", "bse_url = \"http://llm"), vec!["route \"slow\"", "bse_url"]),
            (GOOD.replace("model = \"large\"", "model = \"auto\""), vec!["route \"slow\"", "model", "virtual"]),
            (GOOD.replace("[\"slow_path\"]", "[]"), vec!["routes.toml", "label 1 (slow_path)", "no route"]),
            (GOOD.replace("[\"slow_path\"]", "[\"0\", \"1\"]"), vec!["route \"slow\"", "labels", "label 0"]),
            (GOOD.replace("name = \"slow\"", "name = \"fast\""), vec!["route \"fast\"", "name", "same name"]),
            (format!("{GOOD}\n max_concurrency = 0"), vec!["route \"slow\"", "max_concurrency"]),
            (format!("{GOOD}\n first_byte_timeout_ms = 400000"), vec!["route \"slow\"", "first_byte_timeout_ms"]),
            ("[[route]]\nlabels = [\"0\"]".to_string(), vec!["route #1", "name"]),
            ("virtual_model = 3".to_string(), vec!["routes.toml", "virtual_model"]),
            (format!("on_router_unavailable = \"slwo\"\n{GOOD}"), vec!["on_router_unavailable", "slwo", "reject"]),
            (
                format!("on_router_unavailable = \"reject\"\n{}", GOOD.replace("\"slow\"", "\"reject\"")),
                vec!["on_router_unavailable", "ambiguous"],
            ),
            (String::new(), vec!["routes.toml", "no [[route]]"]),
        ] {
            let err = parse_with(&edit).unwrap_err();
            for needle in needles {
                assert!(err.contains(needle), "{needle:?} missing from: {err}");
            }
            assert!(!err.contains("sk-secret"), "{err}");
        }
    }

    #[test]
    fn the_example_file_is_valid_and_routes_to_two_models() {
        let text = include_str!("../../deploy/routes.example.toml");
        let t = parse(text, "deploy/routes.example.toml", &labels(), |_| Some("k".into())).unwrap();
        assert_eq!(t.routes.len(), 2);
        assert_ne!(t.routes[t.by_label[0]].model, t.routes[t.by_label[1]].model);
    }

    #[test]
    fn labels_may_be_indices_or_names_of_any_label_set() {
        let five: Vec<String> = (0..5).map(|i| format!("tier{i}")).collect();
        let text = r#"
            [[route]]
            name = "a"
            labels = ["0", "tier1", "2"]
            base_url = "http://a:1"
            model = "m-a"
            [[route]]
            name = "b"
            labels = ["tier3", "4"]
            base_url = "http://b:2"
            model = "m-b"
        "#;
        let t = parse(text, "f", &five, |_| None).unwrap();
        assert_eq!(t.by_label, vec![0, 0, 0, 1, 1]);
    }
}
