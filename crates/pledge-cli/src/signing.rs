use std::path::{Path, PathBuf};

use clap::Args;
use pledge_core::signing::{b64_decode, b64_encode, verify, PublicKey};
use pledge_core::{Signatory, SignatureMethod};
use serde::{Deserialize, Serialize};

use crate::{open_store, print_json, Failure};

#[derive(Args)]
pub struct SignArgs {
    /// The draft to sign; with --all, every unsigned draft.
    #[arg(required_unless_present = "all")]
    draft_id: Option<String>,
    #[arg(long)]
    all: bool,
    /// `NAME|TITLE|DRAWING_FILE` (a file of SVG path data), once per pledger in order.
    #[arg(long = "signatory", required = true)]
    signatories: Vec<String>,
    /// Record the signatures as typed (keyboard alternative) rather than drawn.
    #[arg(long)]
    typed: bool,
}

fn parse_signatory(
    spec: &str,
    pledger: u32,
    method: SignatureMethod,
    now: &str,
) -> Result<Signatory, Failure> {
    let mut parts = spec.splitn(3, '|');
    let (Some(name), Some(title), Some(file)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(Failure::Input(format!(
            "--signatory {spec:?}: expected NAME|TITLE|DRAWING_FILE"
        )));
    };
    let drawing = std::fs::read_to_string(file)
        .map_err(|e| Failure::Input(format!("cannot read the drawing {file}: {e}")))?;
    Ok(Signatory {
        pledger,
        name: name.trim().into(),
        title: title.trim().into(),
        signed_at: now.into(),
        method,
        drawing: drawing.trim().into(),
    })
}

pub fn sign(args: SignArgs) -> Result<(), Failure> {
    let mut store = open_store()?;
    let identity = store.identity()?;
    let method = if args.typed {
        SignatureMethod::Typed
    } else {
        SignatureMethod::Drawn
    };
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let targets: Vec<String> = match (&args.draft_id, args.all) {
        (_, true) => store.unsigned_draft_ids()?,
        (Some(id), false) => vec![id.clone()],
        (None, false) => return Err(Failure::Input("name a draft or pass --all".into())),
    };
    let mut signed = Vec::new();
    for draft_id in targets {
        let draft = store.draft(&draft_id)?;
        let n = draft.content.pledgers.len().min(args.signatories.len());
        let signatories = (0..n)
            .map(|i| parse_signatory(&args.signatories[i], i as u32, method, &now))
            .collect::<Result<Vec<_>, _>>()?;
        let record = store.seal_draft(&identity, &draft_id, draft.revision, signatories)?;
        println!(
            "{}",
            serde_json::json!({
                "pledge_id": record.pledge_id,
                "draft_id": draft_id,
                "device_seq": record.envelope.device_seq,
                "fingerprint": record.fingerprint,
            })
        );
        signed.push(record.pledge_id);
    }
    if signed.is_empty() && args.all {
        eprintln!("pledge: no unsigned drafts");
    }
    Ok(())
}

/// A pledge as carried outside the app, verifiable on its own.
#[derive(Serialize, Deserialize)]
struct Portable {
    signed: String,
    signature: String,
    public_key: String,
}

pub fn export(pledge_id: &str) -> Result<(), Failure> {
    let bytes = open_store()?.signed_bytes(pledge_id)?;
    print_json(&Portable {
        signed: b64_encode(&bytes.signed),
        signature: b64_encode(&bytes.signature),
        public_key: bytes.public_key,
    });
    Ok(())
}

/// The receipt PDF of a signed pledge, as the app writes it.
pub fn receipt(pledge_id: &str, out: &Path) -> Result<(), Failure> {
    let record = open_store()?.pledge(pledge_id)?;
    let qr = pledge_core::receipt::qr_path(&pledge_core::receipt::receipt_text(
        &record.pledge_id,
        &record.content_hash,
    ));
    let labels = pledge_report::Labels::new();
    let receipt = pledge_report::ReceiptPdf {
        envelope: &record.envelope,
        fingerprint: &record.fingerprint,
        qr: qr.as_ref(),
        labels: &labels,
        language: "en",
    };
    let bytes = pledge_report::write_receipt_pdf(pledge_report::Fonts::system(), &receipt, out)
        .map_err(|e| match e {
            pledge_report::ReportError::Io { ref source, .. }
                if pledge_store::io_is_disk_full(source) =>
            {
                Failure::Store(pledge_store::StoreError::disk_full(format!(
                    "the receipt {}",
                    out.display()
                )))
            }
            e => Failure::Input(e.to_string()),
        })?;
    println!("{} ({bytes} bytes)", out.display());
    Ok(())
}

pub fn verify_file(file: &Path) -> Result<(), Failure> {
    let path = PathBuf::from(file);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::Input(format!("cannot read {}: {e}", path.display())))?;
    let p: Portable = serde_json::from_str(&text).map_err(|e| {
        Failure::Input(format!(
            "{} is not {{signed, signature, public_key}}: {e}",
            path.display()
        ))
    })?;
    let checked = (|| {
        let key = PublicKey::from_base64(&p.public_key)?;
        let signed = b64_decode(&p.signed)?;
        let signature = b64_decode(&p.signature)?;
        let envelope = verify(&signed, &signature, &key)?;
        Ok::<_, pledge_core::signing::VerifyError>((
            envelope,
            pledge_core::signing::sha256(&signed),
            key,
        ))
    })();
    match checked {
        Ok((envelope, hash, key)) => {
            print_json(&serde_json::json!({
                "checked": pledge_store::self_consistent(&key),
                "meaning": "The signature matches these bytes and the public key in the file, the bytes are \
                    canonical and the pledge keeps every rule. Whose key it is is not checked: compare the \
                    fingerprint with the signing laptop's Settings.",
                "pledge_id": envelope.pledge_id,
                "device_id": envelope.device_id,
                "device_seq": envelope.device_seq,
                "fingerprint": pledge_core::signing::fingerprint(&hash),
            }));
            Ok(())
        }
        Err(e) => Err(Failure::Input(format!("not valid: {e} [{}]", e.code()))),
    }
}

pub fn identity() -> Result<(), Failure> {
    let mut store = open_store()?;
    let id = store.identity()?;
    print_json(&serde_json::json!({
        "device_id": id.device_id,
        "public_key": id.public_key.to_base64(),
        "fingerprint": id.fingerprint(),
        "next_device_seq": store.next_device_seq()?,
        "retired": store.retired_identities()?,
    }));
    Ok(())
}
