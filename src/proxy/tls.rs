//! TLS to https upstreams (rustls on ring): which certificates an upstream may present (the
//! bundled webpki roots and the platform's, or only a route's own `ca_file` for a private CA),
//! the client certificate a route may present, and what a failed handshake is reported as.

use std::error::Error;
use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustls::client::ClientConfig;
use rustls::{CertificateError, RootCertStore};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

/// An https route's TLS settings, built once at start.
#[derive(Clone)]
pub struct Tls {
    pub config: Arc<ClientConfig>,
    /// Only the route's `ca_file` is trusted (not the public roots).
    pub private_ca: bool,
    pub client_certificate: bool,
}

impl fmt::Debug for Tls {
    // The config holds the client key: it is never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tls")
            .field("private_ca", &self.private_ca)
            .field("client_certificate", &self.client_certificate)
            .finish()
    }
}

/// The files an https route may name. Errors say which field is at fault.
pub struct TlsFiles<'a> {
    pub ca_file: Option<&'a Path>,
    pub client_cert_file: Option<&'a Path>,
    pub client_key_file: Option<&'a Path>,
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The bundled webpki roots plus the platform's (SSL_CERT_FILE / SSL_CERT_DIR or the system
/// store), read once: hosted providers' certificates chain to one of them.
fn public_roots() -> &'static RootCertStore {
    static ROOTS: OnceLock<RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let platform = rustls_native_certs::load_native_certs();
        let (added, _) = roots.add_parsable_certificates(platform.certs);
        if !platform.errors.is_empty() {
            tracing::warn!(errors = ?platform.errors, "some of the platform's root certificates could not be read");
        }
        tracing::debug!(platform_roots = added, "TLS roots loaded");
        roots
    })
}

fn certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("{}: cannot read PEM certificates: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!("{}: holds no PEM certificate", path.display()));
    }
    Ok(certs)
}

impl TlsFiles<'_> {
    /// The client config of an https route; `Err((field, problem))` names the field at fault.
    pub fn load(&self) -> Result<Tls, (&'static str, String)> {
        let roots = match self.ca_file {
            None => public_roots().clone(),
            Some(path) => {
                let mut roots = RootCertStore::empty();
                for cert in certificates(path).map_err(|e| ("ca_file", e))? {
                    roots
                        .add(cert)
                        .map_err(|e| ("ca_file", format!("{}: not a CA certificate: {e}", path.display())))?;
                }
                roots
            }
        };
        let builder = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("ring supports TLS 1.2 and 1.3")
            .with_root_certificates(roots);
        let config = match (self.client_cert_file, self.client_key_file) {
            (None, None) => builder.with_no_client_auth(),
            (Some(cert), Some(key)) => {
                let chain = certificates(cert).map_err(|e| ("client_cert_file", e))?;
                let key = PrivateKeyDer::from_pem_file(key).map_err(|e| {
                    ("client_key_file", format!("{}: cannot read a PEM private key: {e}", key.display()))
                })?;
                builder.with_client_auth_cert(chain, key).map_err(|e| {
                    ("client_key_file", format!("does not go with client_cert_file, or is not usable: {e}"))
                })?
            }
            (Some(_), None) => return Err(("client_key_file", "must be set with client_cert_file".into())),
            (None, Some(_)) => return Err(("client_cert_file", "must be set with client_key_file".into())),
        };
        Ok(Tls {
            config: Arc::new(config),
            private_ca: self.ca_file.is_some(),
            client_certificate: self.client_cert_file.is_some(),
        })
    }
}

/// The connector's config for an http route: it never handshakes, but the connector needs one.
pub fn unused() -> Arc<ClientConfig> {
    static CONFIG: OnceLock<Arc<ClientConfig>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let config = ClientConfig::builder_with_provider(provider())
                .with_safe_default_protocol_versions()
                .expect("ring supports TLS 1.2 and 1.3")
                .with_root_certificates(RootCertStore::empty())
                .with_no_client_auth();
            Arc::new(config)
        })
        .clone()
}

/// Why a handshake failed, as the client's 502 says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsProblem {
    Expired,
    NotYetValid,
    WrongHost,
    /// Not signed by a trusted CA: the public roots, or the route's `ca_file`.
    UnknownIssuer,
    /// The upstream ended the handshake (it wants a client certificate, or another protocol).
    Refused,
    Other,
}

impl TlsProblem {
    fn of(e: &rustls::Error) -> Self {
        match e {
            rustls::Error::InvalidCertificate(cert) => match cert {
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => Self::Expired,
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => Self::NotYetValid,
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => Self::WrongHost,
                CertificateError::UnknownIssuer => Self::UnknownIssuer,
                _ => Self::Other,
            },
            rustls::Error::AlertReceived(_) => Self::Refused,
            _ => Self::Other,
        }
    }

    /// The TLS problem behind an exchange's error, if it was one.
    pub fn find(error: &(dyn Error + 'static)) -> Option<Self> {
        let mut next = Some(error);
        while let Some(e) = next {
            if let Some(tls) = e.downcast_ref::<rustls::Error>() {
                return Some(Self::of(tls));
            }
            // io::Error::source skips the error it wraps (which may be another io::Error): look
            // inside instead.
            next = match e.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
                Some(inner) => Some(inner as &(dyn Error + 'static)),
                None => e.source(),
            };
        }
        None
    }

    pub fn describe(self) -> &'static str {
        match self {
            Self::Expired => "the upstream's certificate has expired",
            Self::NotYetValid => "the upstream's certificate is not valid yet",
            Self::WrongHost => "the upstream's certificate is not valid for the route's host name",
            Self::UnknownIssuer => {
                "the upstream's certificate is not signed by a trusted CA (for a private CA, set the route's ca_file)"
            }
            Self::Refused => "the upstream refused the handshake (does it require a client certificate?)",
            Self::Other => "the TLS handshake failed",
        }
    }
}
