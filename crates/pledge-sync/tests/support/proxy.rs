//! A fault-injecting HTTP/1.1 proxy, in-process and seeded, that puts a bad
//! network between the sync engine and the real server.
//!
//! One request per client connection keeps every fault about exactly one
//! request: the proxy reads the request head and its `Content-Length`
//! body, forwards it with `Connection: close`, reads the server's answer to
//! EOF and passes it back, also with `Connection: close`.
//!
//! Faults (each request gets at most one, drawn from one seeded generator):
//! * drop the request: the client connection is closed, nothing forwarded;
//! * drop the response: the request is forwarded, the whole answer read
//!   (the server has committed), then the client connection is closed
//!   without an answer;
//! * reset mid-body: only half of the body is forwarded (half of the head
//!   for a request without a body), then both connections are closed, the
//!   client's with its unread bytes, which resets it;
//! * delay: the request waits before it is forwarded;
//! * twice: the request is delivered twice, the client gets the second answer.
//!
//! Faults can be switched off at any time ([`Proxy::set_faults`]); the
//! optional latency of [`FaultPlan::latency_ms`] stays.

use std::io;
use std::net::SocketAddr;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

const MAX_HEAD: usize = 64 * 1024;

/// How often each fault strikes (probabilities per request, summing to ≤ 1).
#[derive(Debug, Clone)]
pub struct FaultPlan {
    pub drop_request: f64,
    pub drop_response: f64,
    pub reset_mid_body: f64,
    pub delay: f64,
    pub delay_ms: Range<u64>,
    pub twice: f64,
    /// Every request waits this long (uniform) before it is forwarded and
    /// again before its answer goes back, faults on or off: a slow link.
    pub latency_ms: Range<u64>,
}

impl FaultPlan {
    /// The network of issue 5: drops 20% of requests, 20% of responses
    /// after the server committed, resets 5% mid-body, delays 10% by
    /// 100–800 ms, delivers 2% twice.
    pub fn issue5() -> FaultPlan {
        FaultPlan {
            drop_request: 0.20,
            drop_response: 0.20,
            reset_mid_body: 0.05,
            delay: 0.10,
            delay_ms: 100..801,
            twice: 0.02,
            latency_ms: 0..0,
        }
    }

    /// No faults, only latency on both legs of every request.
    pub fn slow_link(latency_ms: Range<u64>) -> FaultPlan {
        FaultPlan {
            drop_request: 0.0,
            drop_response: 0.0,
            reset_mid_body: 0.0,
            delay: 0.0,
            delay_ms: 0..0,
            twice: 0.0,
            latency_ms,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    DropRequest,
    DropResponse,
    ResetMidBody,
    Delay(Duration),
    Twice,
}

/// What went through the proxy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Every HTTP request whose head reached the proxy.
    pub requests: u64,
    pub health: u64,
    pub batch: u64,
    pub status: u64,
    pub reconcile: u64,
    pub other: u64,
    /// Answers to `pledges:batch` passed back to the client.
    pub batch_answers: u64,
    pub dropped_requests: u64,
    pub dropped_responses: u64,
    pub resets: u64,
    pub delayed: u64,
    pub twice: u64,
    /// Requests the server did not answer (refused connection, empty answer).
    pub upstream_failures: u64,
}

impl Stats {
    pub fn faults(&self) -> u64 {
        self.dropped_requests + self.dropped_responses + self.resets + self.delayed + self.twice
    }
}

struct State {
    upstream: SocketAddr,
    plan: FaultPlan,
    faults_on: AtomicBool,
    rng: Mutex<fastrand::Rng>,
    stats: Mutex<Stats>,
}

impl State {
    fn decide(&self) -> Fault {
        if !self.faults_on.load(Ordering::SeqCst) {
            return Fault::None;
        }
        let p = &self.plan;
        let mut rng = self.rng.lock().unwrap();
        let x = rng.f64();
        let mut edge = p.drop_request;
        if x < edge {
            return Fault::DropRequest;
        }
        edge += p.drop_response;
        if x < edge {
            return Fault::DropResponse;
        }
        edge += p.reset_mid_body;
        if x < edge {
            return Fault::ResetMidBody;
        }
        edge += p.delay;
        if x < edge {
            let ms = if p.delay_ms.is_empty() {
                0
            } else {
                rng.u64(p.delay_ms.clone())
            };
            return Fault::Delay(Duration::from_millis(ms));
        }
        edge += p.twice;
        if x < edge {
            return Fault::Twice;
        }
        Fault::None
    }

    async fn latency(&self) {
        if self.plan.latency_ms.is_empty() {
            return;
        }
        let ms = self.rng.lock().unwrap().u64(self.plan.latency_ms.clone());
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }

    fn count(&self, f: impl FnOnce(&mut Stats)) {
        f(&mut self.stats.lock().unwrap());
    }
}

/// A running proxy; stops accepting when dropped.
pub struct Proxy {
    pub addr: SocketAddr,
    state: Arc<State>,
    task: JoinHandle<()>,
}

impl Proxy {
    /// Listens on a free loopback port and forwards to `upstream`; faults on.
    pub async fn start(upstream: SocketAddr, plan: FaultPlan, seed: u64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy binds");
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(State {
            upstream,
            plan,
            faults_on: AtomicBool::new(true),
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
            stats: Mutex::new(Stats::default()),
        });
        let accepting = state.clone();
        let task = tokio::spawn(async move {
            loop {
                match listener.accept().await {
                    Ok((client, _)) => {
                        let state = accepting.clone();
                        tokio::spawn(async move {
                            let _ = handle(&state, client).await;
                        });
                    }
                    // out of descriptors for a moment: let connections close
                    Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                }
            }
        });
        Proxy { addr, state, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set_faults(&self, on: bool) {
        self.state.faults_on.store(on, Ordering::SeqCst);
    }

    pub fn stats(&self) -> Stats {
        self.state.stats.lock().unwrap().clone()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads until the end of a head; returns the head and whatever followed it.
async fn read_head(s: &mut TcpStream) -> io::Result<Option<(Vec<u8>, Vec<u8>)>> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            let rest = buf.split_off(i + 4);
            return Ok(Some((buf, rest)));
        }
        if buf.len() > MAX_HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "head too long"));
        }
        let n = s.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Header lines of a head (without the request or status line).
fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.split("\r\n").skip(1).find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// The head with any `Connection`/`Keep-Alive` replaced by `Connection: close`.
fn closing(head: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(head);
    let mut out = String::with_capacity(text.len() + 20);
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        let name = line.split(':').next().unwrap_or("").trim();
        if name.eq_ignore_ascii_case("connection") || name.eq_ignore_ascii_case("keep-alive") {
            continue;
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str("Connection: close\r\n\r\n");
    out.into_bytes()
}

/// Reads the rest of a `len`-byte body of which `body` has arrived.
async fn read_body(s: &mut TcpStream, mut body: Vec<u8>, len: usize) -> io::Result<Vec<u8>> {
    let mut chunk = [0u8; 64 * 1024];
    while body.len() < len {
        let n = s.read(&mut chunk).await?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(len);
    Ok(body)
}

/// One request to the server on its own connection; the answer to EOF,
/// its head rewritten to close.
async fn exchange(upstream: SocketAddr, head: &[u8], body: &[u8]) -> io::Result<Vec<u8>> {
    let mut s = TcpStream::connect(upstream).await?;
    s.write_all(head).await?;
    s.write_all(body).await?;
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await?;
    let Some(end) = find(&answer, b"\r\n\r\n") else {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "no answer"));
    };
    let mut out = closing(&answer[..end + 4]);
    out.extend_from_slice(&answer[end + 4..]);
    Ok(out)
}

async fn handle(state: &State, mut client: TcpStream) -> io::Result<()> {
    let Some((head, early)) = read_head(&mut client).await? else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(&head).into_owned();
    let path = text.split(' ').nth(1).unwrap_or("").to_owned();
    state.count(|s| {
        s.requests += 1;
        match path.split('?').next().unwrap_or("") {
            "/v1/health" => s.health += 1,
            "/v1/pledges:batch" => s.batch += 1,
            "/v1/status-changes" => s.status += 1,
            "/v1/devices/me/reconcile" => s.reconcile += 1,
            _ => s.other += 1,
        }
    });
    if header(&text, "transfer-encoding").is_some() {
        return Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "chunked requests are not proxied",
        ));
    }
    let len: usize = header(&text, "content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let head = closing(&head);
    let fault = state.decide();

    if fault == Fault::ResetMidBody {
        state.count(|s| s.resets += 1);
        let mut upstream = TcpStream::connect(state.upstream).await?;
        if len == 0 {
            upstream.write_all(&head[..head.len() / 2]).await?;
        } else {
            let part = read_body(&mut client, early, len / 2).await?;
            upstream.write_all(&head).await?;
            upstream.write_all(&part).await?;
        }
        // both closed; the client's still has the rest of its body unread
        return Ok(());
    }

    let body = read_body(&mut client, early, len).await?;
    state.latency().await;
    let answer = match fault {
        Fault::DropRequest => {
            state.count(|s| s.dropped_requests += 1);
            return Ok(());
        }
        Fault::Delay(d) => {
            state.count(|s| s.delayed += 1);
            tokio::time::sleep(d).await;
            exchange(state.upstream, &head, &body).await
        }
        Fault::Twice => {
            state.count(|s| s.twice += 1);
            let _first = exchange(state.upstream, &head, &body).await;
            exchange(state.upstream, &head, &body).await
        }
        Fault::DropResponse | Fault::None | Fault::ResetMidBody => {
            exchange(state.upstream, &head, &body).await
        }
    };
    let answer = match answer {
        Ok(answer) => answer,
        Err(e) => {
            state.count(|s| s.upstream_failures += 1);
            return Err(e);
        }
    };
    if fault == Fault::DropResponse {
        state.count(|s| s.dropped_responses += 1);
        return Ok(());
    }
    state.latency().await;
    client.write_all(&answer).await?;
    client.shutdown().await?;
    if path == "/v1/pledges:batch" {
        state.count(|s| s.batch_answers += 1);
    }
    Ok(())
}
