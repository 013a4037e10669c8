//! Bundle import memory (not a test): `cargo bench -p pledge-store --bench
//! import_memory`.
//!
//! Laptop A seals enough pledges for a bundle just under the 64 MiB cap
//! (setup, not measured) and exports it. Then a fresh process — this bench
//! run again as a child — reads and imports it into an empty laptop B, and
//! reports its peak RSS (VmHWM); a second child only opens an empty laptop,
//! the baseline. The import must stay within 2x the file size.
//!
//! `IMPORT_MEMORY_PLEDGES` overrides the count (default 13,300, about
//! 63 MiB); scratch files go to `$BENCH_DIR` (else the system temp dir).

mod fixture;
mod words;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use fixture::{laptop, peak_rss_mib, sealed_laptop};
use pledge_store::{read_bundle, BundleSelection, MAX_BUNDLE_BYTES};

const CHILD: &str = "IMPORT_MEMORY_CHILD";

/// In the child: import `file` into a new laptop under `dir` (or, for the
/// baseline, only open it) and print the peak RSS in MiB.
fn child(mode: &str, file: &Path, dir: &Path) {
    std::fs::create_dir_all(dir).expect("the laptop's directory");
    let mut b = laptop(dir, "b");
    if mode == "import" {
        let bundle = read_bundle(file).expect("the bundle reads");
        let imported = b.import_bundle(&bundle).expect("the bundle imports");
        drop(bundle);
        eprintln!("child: imported {} pledges", imported.created);
    }
    println!("{:.1}", peak_rss_mib().expect("/proc/self/status"));
}

fn run_child(mode: &str, file: &Path, dir: &Path) -> f64 {
    let out = Command::new(std::env::current_exe().unwrap())
        .env(CHILD, mode)
        .env("IMPORT_MEMORY_FILE", file)
        .env("IMPORT_MEMORY_DIR", dir)
        .output()
        .expect("the child runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

fn main() {
    if let Ok(mode) = std::env::var(CHILD) {
        let file = std::env::var_os("IMPORT_MEMORY_FILE").unwrap();
        let dir = std::env::var_os("IMPORT_MEMORY_DIR").unwrap();
        child(&mode, Path::new(&file), Path::new(&dir));
        return;
    }
    let pledges: usize = std::env::var("IMPORT_MEMORY_PLEDGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(13_300);
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DIR").unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .expect("a scratch directory");
    let scratch = dir.path();

    // --- setup (not measured): laptop A seals and exports ---
    let t = Instant::now();
    let (mut a, identity) = sealed_laptop(scratch, "a", pledges);
    let file = scratch.join("a.p2cbundle");
    let exported = a
        .export_bundle(&identity, &BundleSelection::Unacknowledged, &file)
        .unwrap();
    drop(a);
    println!(
        "setup: sealed and exported {pledges} pledges in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    assert!(
        exported.bytes <= MAX_BUNDLE_BYTES,
        "the bundle ({} bytes) is over the cap; lower IMPORT_MEMORY_PLEDGES",
        exported.bytes
    );

    // --- measured: each in a fresh process ---
    let mib = exported.bytes as f64 / (1024.0 * 1024.0);
    let baseline = run_child("open", &file, &scratch.join("baseline"));
    let t = Instant::now();
    let peak = run_child("import", &file, &scratch.join("import"));
    let seconds = t.elapsed().as_secs_f64();
    println!();
    println!("| what | MiB | vs the file |");
    println!("|---|---:|---:|");
    println!("| bundle file ({pledges} pledges) | {mib:.1} | 1.00x |");
    println!(
        "| peak RSS, read + verify + import into an empty laptop ({seconds:.1} s) | {peak:.1} | {:.2}x |",
        peak / mib
    );
    println!(
        "| peak RSS, baseline: the same process opening an empty laptop | {baseline:.1} | {:.2}x |",
        baseline / mib
    );
    assert!(
        peak <= 2.0 * mib,
        "peak RSS {peak:.1} MiB is over 2x the file ({mib:.1} MiB)"
    );
}
