//! A platform behind TLS whose certificate this computer does not trust
//! (a private CA not installed, a self-signed certificate): the laptop
//! says it is a certificate problem and how to trust a private CA, never
//! "cannot be reached". The TLS server is `openssl s_server`.

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pledge_sync::{Platform, SyncError};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (install Debian's openssl package)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

struct TlsServer(Child);

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A TLS server on loopback with a self-signed certificate for 127.0.0.1.
fn self_signed_server(dir: &Path) -> (TlsServer, u16) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-addext",
            "basicConstraints=critical,CA:FALSE",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
        ],
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new("openssl")
        .args([
            "s_server", "-quiet", "-www", "-cert", "cert.pem", "-key", "key.pem",
        ])
        .args(["-accept", &format!("127.0.0.1:{port}")])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("openssl s_server starts");
    let server = TlsServer(child);
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "s_server did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (server, port)
}

#[tokio::test]
async fn an_untrusted_certificate_is_said_as_such_with_how_to_trust_a_private_ca() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, port) = self_signed_server(dir.path());
    let platform = Platform::new(&format!("https://127.0.0.1:{port}"), None).unwrap();
    let err = platform.health().await.unwrap_err();
    assert!(matches!(err, SyncError::Certificate(_)), "{err:?}");
    assert_eq!(err.code(), "certificate_untrusted");
    let message = err.to_string();
    assert!(message.contains("certificate"), "{message}");
    assert!(message.contains("update-ca-certificates"), "{message}");
    assert!(!message.contains("cannot be reached"), "{message}");
    assert!(
        err.is_transient(),
        "fixed on the platform's side, it is tried again"
    );
}
