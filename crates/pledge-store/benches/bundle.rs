//! USB bundle benchmark (not a test): `cargo bench -p pledge-store --bench bundle`.
//!
//! Laptop A seals 10,000 pledges (setup, not measured). Then, each the
//! median of a few runs, next to baselines measured in the same run:
//!
//! * export of the 10,000-pledge bundle (build + seal the manifest + write
//!   the file whole + record the export), next to a plain `serde_json::to_vec`
//!   of the same bundle and to writing those bytes with the same fsync'd
//!   `write_whole_file`;
//! * `read_bundle` + `verify_bundle` alone, next to the Ed25519 signatures
//!   alone and to `pledge_core::signing::verify` over the same items;
//! * `import_bundle` into an empty laptop B (one transaction), and the same
//!   bundle imported again (all duplicates).
//!
//! Scratch files go to `$BENCH_DIR` (else the system temp dir).

mod fixture;
mod words;

use std::time::{Duration, Instant};

use pledge_core::signing::{b64_decode, verify, PublicKey, PLEDGE_PREFIX};
use pledge_store::{read_bundle, verify_bundle, write_whole_file, BundleSelection};

use fixture::{laptop, peak_rss_mib, sealed_laptop};

const PLEDGES: usize = 10_000;
const RUNS: usize = 3;

/// Runs `f` RUNS times; the median duration and the last result.
fn median<T>(mut f: impl FnMut(usize) -> T) -> (f64, T) {
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut last = None;
    for run in 0..RUNS {
        let t = Instant::now();
        last = Some(std::hint::black_box(f(run)));
        times.push(t.elapsed());
    }
    times.sort();
    (times[RUNS / 2].as_secs_f64(), last.expect("RUNS > 0"))
}

fn main() {
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DIR").unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .expect("a scratch directory");
    let scratch = dir.path();
    println!(
        "pledge-store bundle benchmark ({PLEDGES} pledges, median of {RUNS} runs; scratch dir {})",
        scratch.display()
    );

    // --- setup (not measured): laptop A seals PLEDGES pledges ---
    let t = Instant::now();
    let (mut a, identity) = sealed_laptop(scratch, "a", PLEDGES);
    println!(
        "setup: sealed {PLEDGES} pledges on laptop A in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // --- export (build + write + record) ---
    let all = BundleSelection::Unacknowledged;
    let file = |run: usize| scratch.join(format!("a-{run}.p2cbundle"));
    let (export_s, exported) = median(|run| a.export_bundle(&identity, &all, &file(run)).unwrap());
    assert_eq!(exported.items as usize, PLEDGES);
    let bundle_file = file(RUNS - 1);
    let mib = exported.bytes as f64 / (1024.0 * 1024.0);
    let (build_s, bundle) = median(|_| a.build_bundle(&identity, &all).unwrap());
    // baselines: the same bundle as JSON bytes, and those bytes written whole
    let (to_vec_s, bytes) = median(|_| serde_json::to_vec(&bundle).unwrap());
    let plain = scratch.join("plain.json");
    let (write_s, ()) = median(|_| write_whole_file(&plain, &bytes).unwrap());

    // --- read + verify ---
    let (read_s, bundle) = median(|_| read_bundle(&bundle_file).unwrap());
    let (verify_s, verified) = median(|_| verify_bundle(&bundle).unwrap().items as usize);
    assert_eq!(verified, PLEDGES);
    // baselines over the same items, decoded beforehand
    let decoded: Vec<(Vec<u8>, Vec<u8>)> = bundle
        .items
        .iter()
        .map(|i| {
            (
                b64_decode(&i.signed).unwrap(),
                b64_decode(&i.signature).unwrap(),
            )
        })
        .collect();
    let key: PublicKey = identity.public_key;
    let (ed_s, ()) = median(|_| {
        for (signed, signature) in &decoded {
            key.verify_prefixed(PLEDGE_PREFIX, signed, signature)
                .unwrap();
        }
    });
    let (core_s, ()) = median(|_| {
        for (signed, signature) in &decoded {
            std::hint::black_box(verify(signed, signature, &key).unwrap());
        }
    });

    // --- import into an empty laptop B, then again (all duplicates) ---
    let mut first = Vec::with_capacity(RUNS);
    let mut again = Vec::with_capacity(RUNS);
    for run in 0..RUNS {
        let mut b = laptop(scratch, &format!("b-{run}"));
        let t = Instant::now();
        let answer = b.import_bundle(&bundle).unwrap();
        first.push(t.elapsed());
        assert_eq!(answer.created as usize, PLEDGES);
        let t = Instant::now();
        let answer = b.import_bundle(&bundle).unwrap();
        again.push(t.elapsed());
        assert_eq!(answer.duplicate as usize, PLEDGES);
    }
    first.sort();
    again.sort();
    let (import_s, dup_s) = (first[RUNS / 2].as_secs_f64(), again[RUNS / 2].as_secs_f64());

    let n = PLEDGES as f64;
    let per_s = |s: f64| n / s;
    println!(
        "bundle file: {mib:.1} MiB ({} B per pledge)",
        exported.bytes / PLEDGES as u64
    );
    println!();
    println!("| what | seconds | pledges/s | vs baseline |");
    println!("|---|---:|---:|---|");
    println!(
        "| export (build + write whole + record) | {export_s:.3} | {:.0} | {:.1}x to_vec, {:.1}x to_vec + write |",
        per_s(export_s),
        export_s / to_vec_s,
        export_s / (to_vec_s + write_s)
    );
    println!(
        "| . build_bundle alone (query, base64, manifest signature) | {build_s:.3} | {:.0} | {:.1}x to_vec |",
        per_s(build_s),
        build_s / to_vec_s
    );
    println!(
        "| baseline: serde_json::to_vec of the bundle | {to_vec_s:.3} | {:.0} | 1x |",
        per_s(to_vec_s)
    );
    println!(
        "| baseline: write_whole_file of those bytes (fsync) | {write_s:.3} | {:.0} | |",
        per_s(write_s)
    );
    println!(
        "| read_bundle + verify_bundle | {:.3} | {:.0} | {:.2}x signing::verify, {:.1}x Ed25519 |",
        read_s + verify_s,
        per_s(read_s + verify_s),
        (read_s + verify_s) / core_s,
        (read_s + verify_s) / ed_s
    );
    println!(
        "| . read_bundle (read + parse) | {read_s:.3} | {:.0} | |",
        per_s(read_s)
    );
    println!(
        "| . verify_bundle (manifest + every item) | {verify_s:.3} | {:.0} | {:.2}x signing::verify |",
        per_s(verify_s),
        verify_s / core_s
    );
    println!(
        "| baseline: pledge_core::signing::verify x {PLEDGES} | {core_s:.3} | {:.0} | 1x |",
        per_s(core_s)
    );
    println!(
        "| baseline: Ed25519 verify alone x {PLEDGES} | {ed_s:.3} | {:.0} | |",
        per_s(ed_s)
    );
    println!(
        "| import_bundle into empty laptop B | {import_s:.3} | {:.0} | {:.2}x signing::verify, {:.1}x Ed25519 |",
        per_s(import_s),
        import_s / core_s,
        import_s / ed_s
    );
    println!(
        "| import_bundle again (all duplicates) | {dup_s:.3} | {:.0} | {:.2}x signing::verify |",
        per_s(dup_s),
        dup_s / core_s
    );
    match peak_rss_mib() {
        Some(m) => println!("\npeak RSS (VmHWM): {m:.0} MiB"),
        None => println!("\npeak RSS: not available"),
    }
}
