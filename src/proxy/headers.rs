//! Which headers cross the proxy, each way. Hop-by-hop headers (RFC 9110 §7.6.1) describe one
//! connection and never travel on; neither do the client's credentials unless its route says so.

use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};

use super::routes::{ClientAuthorization, Route};

/// Headers that belong to one connection, plus the framing and compression the proxy redoes.
static HOP_BY_HOP: [HeaderName; 11] = [
    header::CONNECTION,
    HeaderName::from_static("keep-alive"),
    header::PROXY_AUTHENTICATE,
    header::PROXY_AUTHORIZATION,
    header::TE,
    header::TRAILER,
    header::TRANSFER_ENCODING,
    header::UPGRADE,
    HeaderName::from_static("proxy-connection"),
    // Recomputed for the body actually sent.
    header::CONTENT_LENGTH,
    header::HOST,
];

/// Gateway-only request headers: meaningful to this gateway, noise (or a leak) upstream.
const GATEWAY_ONLY: [&str; 1] = [crate::api::state::REQUEST_TIMEOUT_HEADER];

/// Drops hop-by-hop headers, and any header the `Connection` header names as hop-by-hop.
fn end_to_end(headers: &HeaderMap) -> HeaderMap {
    let named: Vec<String> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|n| n.trim().to_ascii_lowercase())
        .collect();
    let mut out = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        if !HOP_BY_HOP.contains(name) && !named.iter().any(|n| n == name.as_str()) {
            out.append(name.clone(), value.clone());
        }
    }
    out
}

/// The headers of the request to `route`'s upstream.
pub fn upstream_request(client: &HeaderMap, route: &Route, request_id: &HeaderValue) -> HeaderMap {
    let mut out = end_to_end(client);
    for name in GATEWAY_ONLY {
        out.remove(name);
    }
    // The proxy reads bodies (usage, SSE framing): ask for them uncompressed.
    out.remove(header::ACCEPT_ENCODING);
    if route.client_authorization == ClientAuthorization::Drop {
        out.remove(header::AUTHORIZATION);
    }
    if let Some(key) = &route.api_key {
        out.insert(header::AUTHORIZATION, key.header());
    }
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    out.insert(crate::api::state::REQUEST_ID_HEADER, request_id.clone());
    out
}

/// The upstream answer's headers the client gets.
pub fn client_response(upstream: &HeaderMap) -> HeaderMap {
    let mut out = end_to_end(upstream);
    // The gateway sets its own request id (the one it forwarded).
    out.remove(crate::api::state::REQUEST_ID_HEADER);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proxy::routes::parse;

    fn route(auth: &str, key: bool) -> Route {
        let text = format!(
            "[[route]]\nname = \"r\"\nlabels = [\"0\", \"1\"]\nbase_url = \"http://u:1\"\nmodel = \"m\"\n\
             client_authorization = \"{auth}\"\n{}",
            if key { "api_key_env = \"K\"" } else { "" }
        );
        let labels = ["a".to_string(), "b".to_string()];
        parse(&text, "f", &labels, |_| Some("route-key".into())).unwrap().routes.remove(0)
    }

    fn client() -> HeaderMap {
        let mut h = HeaderMap::new();
        for (n, v) in [
            ("authorization", "Bearer client-token"),
            ("connection", "keep-alive, x-secret-hop"),
            ("x-secret-hop", "1"),
            ("keep-alive", "timeout=5"),
            ("transfer-encoding", "chunked"),
            ("proxy-authorization", "Basic abc"),
            ("accept-encoding", "gzip"),
            ("x-request-timeout-ms", "500"),
            ("openai-organization", "org-1"),
            ("host", "gateway:8000"),
        ] {
            h.append(HeaderName::from_static(n), HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn hop_by_hop_and_client_credentials_stay_behind() {
        let id = HeaderValue::from_static("req-1");
        let out = upstream_request(&client(), &route("drop", false), &id);
        for gone in [
            "authorization",
            "connection",
            "x-secret-hop",
            "keep-alive",
            "transfer-encoding",
            "proxy-authorization",
            "accept-encoding",
            "x-request-timeout-ms",
            "host",
        ] {
            assert!(!out.contains_key(gone), "{gone} forwarded");
        }
        assert_eq!(out["openai-organization"], "org-1");
        assert_eq!(out["x-request-id"], "req-1");

        let forwarded = upstream_request(&client(), &route("forward", false), &id);
        assert_eq!(forwarded["authorization"], "Bearer client-token");
        let keyed = upstream_request(&client(), &route("forward", true), &id);
        assert_eq!(keyed["authorization"], "Bearer route-key", "the route's key wins");
        assert!(keyed["authorization"].is_sensitive());
    }
}
