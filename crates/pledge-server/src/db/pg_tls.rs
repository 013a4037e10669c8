//! PostgreSQL over TLS with rustls, honouring `sslmode` in the database URL
//! as libpq does: `disable` (plain), `prefer` (the default: TLS when the
//! server offers it, no identity check), `require` (TLS or nothing, no
//! identity check) and `verify-full` (TLS, the server's certificate chained
//! to `sslrootcert=FILE` — else the system's roots — and naming the host).
//! Any other mode is refused with a clear message, never downgraded.

use std::future::Future;
use std::io;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};

use super::DbError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyFull,
}

fn invalid(message: impl Into<String>) -> DbError {
    DbError::Other(message.into())
}

/// `%XX` escapes of a URL query value (a path to a file, usually).
fn percent_decode(s: &str) -> Result<String, DbError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| invalid("the database URL has a broken %-escape"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| invalid("the database URL is not UTF-8"))
}

/// The connection settings and the TLS connector for a database URL. The
/// URL may hold a password: errors never echo it.
pub fn connect_settings(url: &str) -> Result<(tokio_postgres::Config, RustlsConnector), DbError> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut mode = SslMode::Prefer;
    let mut root_cert: Option<PathBuf> = None;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => {
                mode = match percent_decode(value)?.as_str() {
                    "disable" => SslMode::Disable,
                    "prefer" => SslMode::Prefer,
                    "require" => SslMode::Require,
                    "verify-full" => SslMode::VerifyFull,
                    other => {
                        return Err(invalid(format!(
                    "sslmode={other} is not supported: use disable, prefer, require or verify-full"
                )))
                    }
                }
            }
            "sslrootcert" => root_cert = Some(PathBuf::from(percent_decode(value)?)),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    let mut config: tokio_postgres::Config = rest
        .parse()
        .map_err(|_| invalid("the database URL is not a valid postgres:// URL"))?;
    config.ssl_mode(match mode {
        SslMode::Disable => PgSslMode::Disable,
        SslMode::Prefer => PgSslMode::Prefer,
        SslMode::Require | SslMode::VerifyFull => PgSslMode::Require,
    });
    Ok((config, RustlsConnector::new(mode, root_cert)?))
}

/// Makes rustls sessions for tokio-postgres.
#[derive(Clone)]
pub struct RustlsConnector {
    config: Arc<ClientConfig>,
}

impl RustlsConnector {
    fn new(mode: SslMode, root_cert: Option<PathBuf>) -> Result<RustlsConnector, DbError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid(format!("TLS set-up failed: {e}")))?;
        let config = if mode == SslMode::VerifyFull {
            builder
                .with_root_certificates(roots(root_cert)?)
                .with_no_client_auth()
        } else {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(EncryptOnly(provider)))
                .with_no_client_auth()
        };
        Ok(RustlsConnector {
            config: Arc::new(config),
        })
    }
}

/// The roots `verify-full` trusts: `sslrootcert`, else the system's.
fn roots(root_cert: Option<PathBuf>) -> Result<RootCertStore, DbError> {
    let mut roots = RootCertStore::empty();
    let certs: Vec<CertificateDer<'static>> = match &root_cert {
        Some(path) => CertificateDer::pem_file_iter(path)
            .and_then(|certs| certs.collect::<Result<_, _>>())
            .map_err(|e| invalid(format!("sslrootcert {}: {e}", path.display())))?,
        None => rustls_native_certs::load_native_certs().certs,
    };
    for cert in certs {
        roots
            .add(cert)
            .map_err(|e| invalid(format!("a root certificate is unusable: {e}")))?;
    }
    if roots.is_empty() {
        return Err(invalid(
            "sslmode=verify-full found no root certificate: give sslrootcert=FILE",
        ));
    }
    Ok(roots)
}

/// `prefer` and `require`: the session is encrypted and its handshake
/// signed by the certificate's key, but whose certificate it is goes
/// unchecked — libpq's meaning of these modes. Use `verify-full` for that.
#[derive(Debug)]
struct EncryptOnly(Arc<CryptoProvider>);

impl ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

impl<S> MakeTlsConnect<S> for RustlsConnector
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type TlsConnect = RustlsConnect;
    type Error = io::Error;

    fn make_tls_connect(&mut self, domain: &str) -> io::Result<RustlsConnect> {
        let name = ServerName::try_from(domain.to_string()).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "the database host is not a valid TLS server name",
            )
        })?;
        Ok(RustlsConnect {
            config: self.config.clone(),
            name,
        })
    }
}

pub struct RustlsConnect {
    config: Arc<ClientConfig>,
    name: ServerName<'static>,
}

impl<S> TlsConnect<S> for RustlsConnect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<RustlsStream<S>>> + Send>>;

    fn connect(self, stream: S) -> Self::Future {
        let connector = tokio_rustls::TlsConnector::from(self.config);
        Box::pin(async move {
            let tls = connector.connect(self.name, stream).await?;
            Ok(RustlsStream(Box::new(tls)))
        })
    }
}

pub struct RustlsStream<S>(Box<tokio_rustls::client::TlsStream<S>>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for RustlsStream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for RustlsStream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut *self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.0).poll_shutdown(cx)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> TlsStream for RustlsStream<S> {
    fn channel_binding(&self) -> ChannelBinding {
        ChannelBinding::none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_is_read_from_the_url_and_unknown_modes_are_refused() {
        let url = "postgres://u:secret@127.0.0.1:5432/db";
        let (c, _) = connect_settings(url).unwrap();
        assert_eq!(c.get_ssl_mode(), PgSslMode::Prefer, "libpq's default");
        let (c, _) = connect_settings(&format!("{url}?sslmode=disable")).unwrap();
        assert_eq!(c.get_ssl_mode(), PgSslMode::Disable);
        let (c, _) =
            connect_settings(&format!("{url}?application_name=p&sslmode=require")).unwrap();
        assert_eq!(c.get_ssl_mode(), PgSslMode::Require);
        assert_eq!(c.get_application_name(), Some("p"));
        for bad in ["verify-ca", "allow", "on"] {
            let e = connect_settings(&format!("{url}?sslmode={bad}"))
                .err()
                .unwrap()
                .to_string();
            assert!(e.contains("not supported"), "{e}");
            assert!(!e.contains("secret"), "never echoes the URL: {e}");
        }
        let e = connect_settings(&format!("{url}?sslmode=verify-full&sslrootcert=/nope.pem"))
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("/nope.pem"), "{e}");
    }
}
