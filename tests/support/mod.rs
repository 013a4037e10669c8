//! Harness for end-to-end tests: the real `pledge-desk` binary in a real
//! window (Xvfb when there is no display), driven through tauri-driver and
//! WebKitWebDriver, with a fresh data directory per test.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

pub mod form;

pub const APP: &str = env!("CARGO_BIN_EXE_pledge-desk");

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on loopback")
}

pub use pledge_test_kit::VirtualDisplay;

/// SIGTERM, never SIGKILL first: tauri-driver must stop its WebKitWebDriver.
fn terminate(child: &mut Child) {
    pledge_test_kit::terminate(child, Duration::from_secs(10));
}

/// tauri-driver (with WebKitWebDriver) for one test, with its own data dir.
pub struct Driver {
    child: Child,
    port: u16,
    display: String,
    _display: Option<VirtualDisplay>,
    pub data_dir: PathBuf,
}

impl Driver {
    pub fn start(data_dir: &Path) -> Driver {
        Driver::start_with_env(data_dir, &[])
    }

    /// As `start`, with extra environment for the app (it inherits the driver's).
    pub fn start_with_env(data_dir: &Path, env: &[(&str, &str)]) -> Driver {
        Driver::start_inner(data_dir, env, None)
    }

    /// As `start`, always on a virtual display of `width` × `height` (for
    /// screenshots of a given screen size, e.g. 1366×768).
    pub fn start_on_screen(data_dir: &Path, width: u32, height: u32) -> Driver {
        Driver::start_inner(data_dir, &[], Some((width, height)))
    }

    fn start_inner(data_dir: &Path, env: &[(&str, &str)], screen: Option<(u32, u32)>) -> Driver {
        let display = std::env::var("DISPLAY").ok().filter(|d| {
            !d.is_empty()
                && screen.is_none()
                && std::env::var_os("PLEDGE_E2E_OWN_DISPLAY").is_none()
        });
        let own = if display.is_none() {
            Some(match screen {
                Some((w, h)) => VirtualDisplay::start_sized(w, h),
                None => VirtualDisplay::start(),
            })
        } else {
            None
        };
        let display = display.unwrap_or_else(|| own.as_ref().unwrap().display.clone());
        let port = free_port();
        let native = free_port();
        let driver = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| {
            let home = std::env::var("CARGO_HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|_| {
                    PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo")
                });
            let installed = home.join("bin/tauri-driver");
            if installed.exists() {
                installed.display().to_string()
            } else {
                "tauri-driver".into()
            }
        });
        let child = Command::new(&driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("DISPLAY", &display)
            .env("PLEDGE_DESK_DATA_DIR", data_dir)
            // WebKit keeps local storage (the interface language) under the
            // XDG directories: one set per test, so no test sees another's.
            .env("XDG_DATA_HOME", data_dir.join("xdg-data"))
            .env("XDG_CONFIG_HOME", data_dir.join("xdg-config"))
            .env("XDG_CACHE_HOME", data_dir.join("xdg-cache"))
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{driver} could not start ({e}); `make deps` installs it"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            port,
            display,
            _display: own,
            data_dir: data_dir.to_path_buf(),
        }
    }

    /// A screenshot of the whole virtual screen (ImageMagick `import`) under
    /// target/e2e-shots/, for people to look at. Taken from the X server,
    /// not through WebDriver, whose screenshot now and then never answers.
    pub fn shot(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-shots");
        let _ = std::fs::create_dir_all(&dir);
        let status = Command::new("timeout")
            .args(["10", "import", "-display", &self.display, "-window", "root"])
            .arg(dir.join(format!("{name}.png")))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("screenshot {name} could not be taken");
        }
    }

    /// Starts the app and connects to its window; on a new laptop it goes
    /// through the first run as staff would (event `kigali-2022`, the
    /// tests' staff PIN), so the delegate form is shown.
    pub async fn launch(&self) -> Client {
        let client = self.launch_first_run().await;
        // The form, the first run, or a screen saying the store cannot be used.
        let first_run = eventually("the form, the first run or the fatal screen", || async {
            if client.find(Locator::Css("#first-run")).await.is_ok() {
                Some(true)
            } else if client
                .find(Locator::Css("#title, #fatal-title"))
                .await
                .is_ok()
            {
                Some(false)
            } else {
                None
            }
        })
        .await;
        if first_run {
            set_up_laptop(&client, "kigali-2022", "P2C Roundtable, Kigali").await;
        }
        client
    }

    /// Starts the app and connects to its window, whatever it shows first.
    pub async fn launch_first_run(&self) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": APP }),
        );
        caps.insert("browserName".into(), serde_json::json!("wry"));
        // Commands do not wait for pending loads: fonts for other scripts load
        // lazily (unicode-range) and WebKitWebDriver would otherwise stall on them.
        caps.insert("pageLoadStrategy".into(), serde_json::json!("none"));
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session with the app");
        client
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// The staff PIN the tests set on a new laptop.
pub const STAFF_PIN: &str = "246810";

/// Completes the first-run step as event staff would.
pub async fn set_up_laptop(c: &Client, event_id: &str, event_name: &str) {
    clear_and_type(c, "#first-run-event-id", event_id).await;
    clear_and_type(c, "#first-run-event-name", event_name).await;
    type_into(c, "#first-run-pin", STAFF_PIN).await;
    type_into(c, "#first-run-confirm", STAFF_PIN).await;
    click(c, "#first-run-submit").await;
    find(c, "#title").await;
}

/// Waits for an element, for up to 15 s, and scrolls it to the middle of
/// its scrolling area (WebKitWebDriver does not scroll nested scroll
/// containers well on its own).
pub async fn find(c: &Client, css: &str) -> Element {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    let e = loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match c.wait().at_most(left).for_element(Locator::Css(css)).await {
            Ok(e) => break e,
            // the window was still navigating to the app's page when the
            // driver looked (pageLoadStrategy none): look again
            Err(e) if e.to_string().contains("unload") && !left.is_zero() => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("no element {css}: {e}"),
        }
    };
    if let Ok(arg) = serde_json::to_value(&e) {
        let _ = c
            .execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
                vec![arg],
            )
            .await;
    }
    e
}

/// Waits until `f` holds, for up to 15 s, then says what was last seen.
pub async fn eventually<T, F, Fut>(what: &str, f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    eventually_within(what, Duration::from_secs(15), f).await
}

/// As `eventually`, for up to `limit`.
pub async fn eventually_within<T, F, Fut>(what: &str, limit: Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + limit;
    loop {
        if let Some(seen) = f().await {
            return seen;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The element's rendered text (`innerText`; WebKitWebDriver's own text
/// command answers "" for text inside an ellipsised box).
pub async fn text(c: &Client, css: &str) -> String {
    inner_text(&find(c, css).await).await
}

pub async fn inner_text(e: &Element) -> String {
    e.prop("innerText").await.ok().flatten().unwrap_or_default()
}

pub async fn value(c: &Client, css: &str) -> String {
    find(c, css)
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

pub async fn checked(c: &Client, css: &str) -> bool {
    find(c, css)
        .await
        .prop("checked")
        .await
        .ok()
        .flatten()
        .as_deref()
        == Some("true")
}

pub async fn type_into(c: &Client, css: &str, s: &str) {
    let e = find(c, css).await;
    if let Err(err) = e.click().await {
        screenshot(c, "not-interactable").await;
        panic!("clicking {css} to type: {err}");
    }
    e.send_keys(s)
        .await
        .unwrap_or_else(|err| panic!("typing into {css}: {err}"));
}

pub async fn clear_and_type(c: &Client, css: &str, s: &str) {
    let e = find(c, css).await;
    e.clear()
        .await
        .unwrap_or_else(|err| panic!("clearing {css}: {err}"));
    e.send_keys(s)
        .await
        .unwrap_or_else(|err| panic!("typing into {css}: {err}"));
}

pub async fn click(c: &Client, css: &str) {
    find(c, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

pub async fn select(c: &Client, css: &str, value: &str) {
    find(c, css)
        .await
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choosing {value} in {css}: {e}"));
}

/// Picks a country in a country picker by typing its name and pressing Enter.
pub async fn pick_country(c: &Client, css: &str, name: &str, code: &str) {
    type_into(c, css, name).await;
    find(c, &format!("[data-option=\"{code}\"]")).await;
    find(c, css).await.send_keys("\u{E007}").await.unwrap();
}

/// Chooses the interface language in the header, as a person would.
pub async fn set_ui_language(c: &Client, lang: &str) {
    select(c, "#ui-language", lang).await;
    eventually("the interface language to change", || async {
        let now = c
            .execute("return document.documentElement.lang", vec![])
            .await
            .ok()?;
        (now == lang).then_some(())
    })
    .await;
}

/// The validator's message shown for `path` (empty when none is shown).
pub async fn field_error(c: &Client, path: &str) -> String {
    let mut shown = String::new();
    let css = format!("[data-error-for=\"{path}\"]");
    for e in c
        .find_all(fantoccini::Locator::Css(&css))
        .await
        .unwrap_or_default()
    {
        shown.push_str(inner_text(&e).await.trim());
    }
    shown
}

/// "New pledge", confirming the question a form with content asks.
pub async fn new_pledge(c: &Client) {
    click(c, "#new-pledge").await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    if let Ok(start) = c.find(Locator::Css("#leave-form-new")).await {
        start.click().await.expect("start a new pledge");
    }
    eventually("a blank form", || async {
        value(c, "#title").await.is_empty().then_some(())
    })
    .await;
}

/// Waits until the form says its latest change is durable.
pub async fn wait_saved(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let t = text(c, "#save-status").await;
        // the wrapper's class says it in every language
        let saved = c
            .execute(
                "return !!document.querySelector('.save-status.saved');",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if saved {
            return;
        }
        if Instant::now() > deadline {
            screenshot(c, "not-saved").await;
            panic!("the form did not say Saved; it says {t:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A screenshot under target/e2e-shots/ for people to look at.
pub async fn screenshot(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-shots");
    let _ = std::fs::create_dir_all(&dir);
    // WebKitWebDriver's screenshot now and then never answers under Xvfb:
    // a picture is for people, never worth a hung test.
    match tokio::time::timeout(Duration::from_secs(10), c.screenshot()).await {
        Ok(Ok(png)) => {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
        _ => eprintln!("screenshot {name} did not come; going on without it"),
    }
}

/// Runs axe-core (injected from ui/node_modules) on the page; returns the
/// serious and critical violations as "rule: target" lines.
pub async fn axe_serious(c: &Client, screen: &str) -> Vec<String> {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/ui/node_modules/axe-core/axe.min.js"
    ))
    .expect("axe-core is a dev dependency of ui/ (npm ci)");
    c.execute(&format!("{source}\nreturn true;"), vec![])
        .await
        .expect("axe loads");
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe runs");
    let found: Vec<String> = serde_json::from_value(result).unwrap_or_default();
    println!(
        "axe on {screen}: {} serious or critical {found:?}",
        found.len()
    );
    found
}
