//! Event staff's work headless: USB bundles, batches, exports, the event
//! summary and end-of-event reconciliation. The command line has no staff
//! PIN: whoever can run it can already read the data directory.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use clap::Subcommand;
use pledge_report::{ExportFormat, ExportWritten};
use pledge_store::{read_bundle, write_whole_file, BundleSelection, Store, StoreError};

use crate::sync::runtime;
use crate::{open_store, print_json, Failure};

#[derive(Subcommand)]
pub enum BundleAction {
    /// Write a bundle of a batch (--batch ID) or of everything not yet acknowledged.
    Export {
        /// The .p2cbundle file to write.
        file: PathBuf,
        #[arg(long)]
        batch: Option<String>,
    },
    /// Import a bundle from another laptop; its pledges are forwarded on the next sync.
    Import { file: PathBuf },
    /// Check a bundle (manifest and every pledge signature) without importing it.
    Verify { file: PathBuf },
    /// Upload a bundle straight to the platform (staff enrolment needed).
    Upload { file: PathBuf },
}

#[derive(Subcommand)]
pub enum BatchAction {
    /// A new batch with the given pledges.
    Create {
        #[arg(long)]
        name: String,
        pledge_ids: Vec<String>,
    },
    List,
    Show {
        batch_id: String,
    },
    /// Submit a batch: its held pledges are queued together.
    Submit {
        batch_id: String,
    },
}

#[derive(Subcommand)]
pub enum ReportAction {
    /// Every pledge, one row each (for the secretariat; holds contact details).
    Csv { file: PathBuf },
    /// The same as a spreadsheet, with a Summary sheet.
    Xlsx { file: PathBuf },
    /// Counts and totals as JSON.
    Summary,
}

pub fn bundle(action: BundleAction) -> Result<(), Failure> {
    match action {
        BundleAction::Export { file, batch } => {
            let mut store = open_store()?;
            let identity = store.identity()?;
            let selection = match batch {
                Some(batch_id) => BundleSelection::Batch { batch_id },
                None => BundleSelection::Unacknowledged,
            };
            print_json(&store.export_bundle(&identity, &selection, &file)?);
        }
        BundleAction::Import { file } => {
            let bundle = read_bundle(&file)?;
            print_json(&open_store()?.import_bundle(&bundle)?);
        }
        BundleAction::Verify { file } => {
            let bundle = read_bundle(&file)?;
            let preview = open_store()?.preview_bundle(&bundle)?;
            let mut out = serde_json::to_value(&preview)
                .map_err(|e| Failure::Input(format!("cannot print the result: {e}")))?;
            out["meaning"] = "The manifest matches the exporter's key and every pledge its own device's key, \
                as the file carries them. Whose keys they are is not checked: compare each device's \
                key fingerprint with that laptop's Settings before importing or uploading."
                .into();
            print_json(&out);
        }
        BundleAction::Upload { file } => {
            let store = Mutex::new(open_store()?);
            let answer = runtime()?.block_on(pledge_sync::upload_bundle_file(&store, &file))?;
            print_json(&answer);
        }
    }
    Ok(())
}

pub fn batch(action: BatchAction) -> Result<(), Failure> {
    let mut store = open_store()?;
    match action {
        BatchAction::Create { name, pledge_ids } => {
            print_json(&store.create_batch(&name, &pledge_ids)?)
        }
        BatchAction::List => print_json(&store.list_batches()?),
        BatchAction::Show { batch_id } => print_json(&store.batch(&batch_id)?),
        BatchAction::Submit { batch_id } => print_json(&store.submit_batch(&batch_id)?),
    }
    Ok(())
}

pub fn report(action: ReportAction) -> Result<(), Failure> {
    let store = open_store()?;
    match action {
        ReportAction::Csv { file } => print_json(&export(&store, ExportFormat::Csv, &file)?),
        ReportAction::Xlsx { file } => print_json(&export(&store, ExportFormat::Xlsx, &file)?),
        ReportAction::Summary => print_json(&pledge_report::summarize(&store.report_pledges()?)),
    }
    Ok(())
}

/// Writes every pledge as CSV or XLSX to `file` (whole or not at all).
fn export(store: &Store, format: ExportFormat, file: &Path) -> Result<ExportWritten, Failure> {
    let (bytes, written) = pledge_report::export_for_file(&store.report_pledges()?, format, file)
        .map_err(|e| StoreError::FileUnwritable {
        path: file.to_path_buf(),
        detail: e.to_string(),
    })?;
    write_whole_file(file, &bytes)?;
    Ok(written)
}

/// Per device: states, local gaps, and what the platform says is missing.
pub fn reconcile() -> Result<(), Failure> {
    let mut store = open_store()?;
    let identity = store.identity()?;
    let store = Mutex::new(store);
    let answer = runtime()?.block_on(pledge_sync::reconcile(&store, &identity))?;
    print_json(&answer);
    Ok(())
}
