//! `footprint [PLEDGE_DESK BARE_WINDOW]`: release binary size, time from
//! process start to the page being loaded (the form interactive), and the
//! memory of the app with all its WebKit processes (PSS and RSS summed over
//! the process tree), for Pledge Desk next to a bare Tauri window, measured
//! the same way in the same run, alternating, under a private Xvfb.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const SETTLE: Duration = Duration::from_secs(3);

struct Sample {
    ready_ms: f64,
    pss_kib: u64,
    rss_kib: u64,
}

fn children_of(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in dir.flatten() {
        let Ok(p) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
            continue;
        };
        // the parent pid is the second field after the parenthesised name
        let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
        if after
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse::<u32>().ok())
            == Some(pid)
        {
            out.push(p);
        }
    }
    out
}

fn tree(pid: u32) -> Vec<u32> {
    let mut all = vec![pid];
    let mut i = 0;
    while i < all.len() {
        let kids = children_of(all[i]);
        all.extend(kids);
        i += 1;
    }
    all
}

fn rollup(pid: u32, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn stop(child: &mut Child) {
    pledge_test_kit::terminate(child, Duration::from_secs(5));
}

fn measure(bin: &Path, display: &str) -> Sample {
    let data = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let mut child = Command::new(bin)
        .env("DISPLAY", display)
        .env("FOOTPRINT_REPORT", "1")
        .env("PLEDGE_DESK_DATA_DIR", data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let ready = loop {
        match lines.next() {
            Some(Ok(l)) if l.trim() == "page-loaded" => break start.elapsed(),
            Some(_) => continue,
            None => panic!("{} exited before its page loaded", bin.display()),
        }
    };
    std::thread::sleep(SETTLE);
    let pids = tree(child.id());
    let pss = pids.iter().map(|p| rollup(*p, "Pss:")).sum();
    let rss = pids.iter().map(|p| rollup(*p, "Rss:")).sum();
    stop(&mut child);
    Sample {
        ready_ms: ready.as_secs_f64() * 1000.0,
        pss_kib: pss,
        rss_kib: rss,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    // by default the binaries built beside this one (`cargo build --release`)
    let target = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("target/release"));
    let app = args
        .first()
        .cloned()
        .unwrap_or_else(|| target.join("pledge-desk"));
    let bare = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| target.join("bare-window"));

    let xvfb = pledge_test_kit::VirtualDisplay::start();
    let display = xvfb.display.clone();

    let mut samples: [Vec<Sample>; 2] = [Vec::new(), Vec::new()];
    // one warm-up each (page cache), then alternate
    measure(&app, &display);
    measure(&bare, &display);
    for _ in 0..RUNS {
        samples[0].push(measure(&app, &display));
        samples[1].push(measure(&bare, &display));
    }
    drop(xvfb);

    let size = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.len() as f64 / 1_048_576.0)
            .unwrap_or(0.0)
    };
    let stats = |s: &[Sample]| {
        (
            median(s.iter().map(|x| x.ready_ms).collect()),
            median(s.iter().map(|x| x.pss_kib as f64 / 1024.0).collect()),
            median(s.iter().map(|x| x.rss_kib as f64 / 1024.0).collect()),
        )
    };
    let (a, b) = (stats(&samples[0]), stats(&samples[1]));
    let (sa, sb) = (size(&app), size(&bare));
    println!("footprint, median of {RUNS} alternating runs under Xvfb");
    println!("                        Pledge Desk   bare Tauri   ratio");
    println!(
        "release binary (MiB)    {sa:>11.1}   {sb:>10.1}   {:.2}x",
        sa / sb
    );
    println!(
        "start to page loaded ms {:>11.0}   {:>10.0}   {:.2}x",
        a.0,
        b.0,
        a.0 / b.0
    );
    println!(
        "memory PSS, all procs   {:>8.0} MiB   {:>6.0} MiB   {:.2}x",
        a.1,
        b.1,
        a.1 / b.1
    );
    println!(
        "memory RSS, all procs   {:>8.0} MiB   {:>6.0} MiB   {:.2}x",
        a.2,
        b.2,
        a.2 / b.2
    );
}
