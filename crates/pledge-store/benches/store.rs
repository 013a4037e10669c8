//! Store benchmark (not a test): `cargo bench -p pledge-store --bench store`.
//!
//! * autosave commit latency p50/p99, next to a raw SQLite commit with the
//!   same settings (WAL, synchronous=FULL) on the same disk, interleaved in
//!   the same run, and their ratio;
//! * search latency p50/p95 over 100,000 drafts, next to a plain `LIKE`
//!   scan of the same rows;
//! * sealing latency p50/p99 and sealed pledges per second for 10,000
//!   pledges (validate, canonicalise, sign, store with its outbox row, one
//!   FULL-sync transaction each), next to the Ed25519 signature alone.

mod words;

use std::time::{Duration, Instant};

use pledge_core::{
    DraftContent, DraftPledger, FocusArea, PledgerKind, Scope, Signatory, SignatureMethod,
};
use pledge_store::{DraftQuery, EventSettings, Store};
use words::WORDS;

const SAVES: usize = 400;
const DRAFTS: usize = 100_000;
const QUERIES: usize = 300;
const LIKE_QUERIES: usize = 20;
const SEALS: usize = 10_000;

const ORGS: &[&str] = &[
    "Ministry of ICT",
    "Example Telecom Group",
    "Global Fibre Alliance",
    "University of Nairobi",
    "Digital Futures Foundation",
    "Pacific Cable Company",
    "Sahel Connect",
    "Andes Broadband",
    "Regional Development Bank",
    "Open Access Networks",
    "Women in Tech Africa",
    "Island Net",
];

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn random_draft(rng: &mut fastrand::Rng, countries: &[String]) -> DraftContent {
    let mut d = DraftContent::new_blank();
    let n = rng.usize(3..8);
    d.title = (0..n)
        .map(|_| WORDS[rng.usize(..WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ");
    d.description = (0..120)
        .map(|_| WORDS[rng.usize(..WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ");
    d.pledgers = (0..rng.usize(1..4))
        .map(|i| DraftPledger {
            name: format!("{} {}", ORGS[rng.usize(..ORGS.len())], rng.u32(1..500)),
            kind: Some(PledgerKind::Government),
            country: countries[rng.usize(..countries.len())].clone(),
            lead: i == 0,
        })
        .collect();
    d.focus_areas = vec![FocusArea::Access];
    d.geography.scope = Some(Scope::National);
    d.geography.countries = (0..rng.usize(1..4))
        .map(|_| countries[rng.usize(..countries.len())].clone())
        .collect();
    d
}

fn main() {
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DIR").unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .expect("a scratch directory");
    let mut rng = fastrand::Rng::with_seed(2022);
    let countries: Vec<String> = pledge_core::reference::countries()
        .iter()
        .map(|c| c.alpha3.clone())
        .collect();
    println!(
        "pledge-store benchmark (scratch dir {})",
        dir.path().display()
    );

    // --- autosave vs raw commit, interleaved ---
    let mut store = Store::open(&dir.path().join("autosave.sqlite3")).unwrap();
    let mut content = random_draft(&mut rng, &countries);
    let rec = store.create_draft(&content).unwrap();
    let raw = rusqlite::Connection::open(dir.path().join("raw.sqlite3")).unwrap();
    raw.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
         CREATE TABLE kv (id INTEGER PRIMARY KEY, v TEXT NOT NULL); INSERT INTO kv VALUES (1, '');",
    )
    .unwrap();
    let payload = serde_json::to_string(&content).unwrap();
    let (mut ours, mut base) = (Vec::with_capacity(SAVES), Vec::with_capacity(SAVES));
    let mut revision = rec.revision;
    for i in 0..SAVES {
        content.title.push(if i % 2 == 0 { 'a' } else { 'b' });
        let t = Instant::now();
        revision = store
            .save_draft(&rec.id, &content, revision)
            .unwrap()
            .revision;
        ours.push(t.elapsed());

        let t = Instant::now();
        raw.execute_batch("BEGIN IMMEDIATE").unwrap();
        raw.execute("UPDATE kv SET v = ?1 WHERE id = 1", [&payload])
            .unwrap();
        raw.execute_batch("COMMIT").unwrap();
        base.push(t.elapsed());
    }
    ours.sort();
    base.sort();
    let (o50, o99, b50, b99) = (
        percentile(&ours, 0.5),
        percentile(&ours, 0.99),
        percentile(&base, 0.5),
        percentile(&base, 0.99),
    );
    println!(
        "autosave commit ({SAVES} saves, {} B draft): p50 {o50:.2} ms, p99 {o99:.2} ms",
        payload.len()
    );
    println!("raw SQLite FULL-sync commit, same disk:      p50 {b50:.2} ms, p99 {b99:.2} ms");
    println!(
        "ratio autosave / raw:                        p50 {:.2}x, p99 {:.2}x",
        o50 / b50,
        o99 / b99
    );

    // --- search over 100,000 drafts ---
    let mut store = Store::open(&dir.path().join("search.sqlite3")).unwrap();
    let t = Instant::now();
    for _ in 0..DRAFTS / 10_000 {
        let batch: Vec<_> = (0..10_000)
            .map(|_| random_draft(&mut rng, &countries))
            .collect();
        store.import_drafts(&batch).unwrap();
    }
    println!(
        "loaded {DRAFTS} drafts in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let names: Vec<String> = pledge_core::reference::countries()
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let queries: Vec<String> = (0..QUERIES)
        .map(|i| match i % 4 {
            0 => WORDS[rng.usize(..WORDS.len())].to_owned(),
            1 => format!(
                "{} {}",
                WORDS[rng.usize(..WORDS.len())],
                WORDS[rng.usize(..WORDS.len())]
            ),
            2 => names[rng.usize(..names.len())]
                .split(' ')
                .next()
                .unwrap_or("a")
                .to_owned(),
            _ => format!(
                "{} {}",
                ORGS[rng.usize(..ORGS.len())].split(' ').next().unwrap(),
                rng.u32(1..500)
            ),
        })
        .collect();
    let mut times = Vec::with_capacity(QUERIES);
    let mut hits = 0usize;
    for q in &queries {
        let query = DraftQuery {
            text: q.clone(),
            deleted: false,
            limit: 200,
            cursor: None,
        };
        let t = Instant::now();
        hits += store.list_drafts(&query).unwrap().items.len();
        times.push(t.elapsed());
    }
    times.sort();
    let (s50, s95) = (percentile(&times, 0.5), percentile(&times, 0.95));
    println!("search, {QUERIES} queries over {DRAFTS} drafts (≤200 results, {} avg): p50 {s50:.2} ms, p95 {s95:.2} ms", hits / QUERIES);

    let scan = rusqlite::Connection::open(dir.path().join("search.sqlite3")).unwrap();
    let mut like = Vec::with_capacity(LIKE_QUERIES);
    for q in queries.iter().take(LIKE_QUERIES) {
        let t = Instant::now();
        let mut stmt = scan
            .prepare_cached("SELECT id, content FROM drafts WHERE content LIKE ?1 ORDER BY updated_at DESC LIMIT 200")
            .unwrap();
        let n = stmt
            .query_map([format!("%{q}%")], |r| r.get::<_, String>(0))
            .unwrap()
            .count();
        std::hint::black_box(n);
        like.push(t.elapsed());
    }
    like.sort();
    let (l50, l95) = (percentile(&like, 0.5), percentile(&like, 0.95));
    println!(
        "baseline LIKE scan, {LIKE_QUERIES} queries:            p50 {l50:.2} ms, p95 {l95:.2} ms"
    );
    println!(
        "ratio search / LIKE scan:                    p50 {:.3}x, p95 {:.3}x",
        s50 / l50,
        s95 / l95
    );

    seal_bench(&dir, &mut rng, &countries);
}

fn complete(mut d: DraftContent) -> DraftContent {
    d.support_types = vec![pledge_core::SupportType::Programmatic];
    d.period.start = "2022-07-01".into();
    d.period.end = "2025-12-31".into();
    d.contact.name = "A. Delegate".into();
    d.contact.email = "delegate@example.org".into();
    d.description.truncate(3000);
    d.geography.countries.sort();
    d.geography.countries.dedup();
    d
}

fn seal_bench(dir: &tempfile::TempDir, rng: &mut fastrand::Rng, countries: &[String]) {
    let mut store = Store::open(&dir.path().join("seal.sqlite3")).unwrap();
    store
        .set_event(&EventSettings {
            event_id: "kigali-2022".into(),
            event_name: "Bench".into(),
        })
        .unwrap();
    let identity = store.identity().unwrap();
    let drafts: Vec<_> = (0..SEALS)
        .map(|_| complete(random_draft(rng, countries)))
        .collect();
    let ids = store.import_drafts(&drafts).unwrap();
    let signatories = |n: usize| -> Vec<Signatory> {
        (0..n)
            .map(|i| Signatory {
                pledger: i as u32,
                name: format!("Signatory {i}"),
                title: "Director".into(),
                signed_at: "2022-06-08T10:15:00Z".into(),
                method: SignatureMethod::Drawn,
                drawing: "M10 10 L20 25 L40 12 L60 30 L80 14 L100 28 ".repeat(20),
            })
            .collect()
    };
    let mut times = Vec::with_capacity(SEALS);
    let start = Instant::now();
    for (id, draft) in ids.iter().zip(&drafts) {
        let sigs = signatories(draft.pledgers.len());
        let t = Instant::now();
        store.seal_draft(&identity, id, 1, sigs).unwrap();
        times.push(t.elapsed());
    }
    let total = start.elapsed();
    times.sort();
    // the signature alone, same key, same bytes
    let newest = &store.list_pledges(1, None).unwrap().items[0].pledge_id;
    let sample = store.signed_bytes(newest).unwrap();
    let t = Instant::now();
    for _ in 0..1000 {
        std::hint::black_box(
            identity
                .key()
                .sign_prefixed(pledge_core::signing::PLEDGE_PREFIX, &sample.signed),
        );
    }
    let sign_only = t.elapsed().as_secs_f64();
    let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));
    println!(
        "sealing {SEALS} pledges ({} B signed): p50 {p50:.2} ms, p99 {p99:.2} ms, {:.0} pledges/s",
        sample.signed.len(),
        SEALS as f64 / total.as_secs_f64()
    );
    println!(
        "Ed25519 signature alone, same bytes:  {sign_only:.3} ms (a seal's p50 is {:.1}x)",
        p50 / sign_only
    );
}
