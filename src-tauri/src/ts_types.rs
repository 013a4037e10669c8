//! The UI's TypeScript types are generated from the Rust types that cross
//! IPC. The test fails when `ui/src/generated/types.ts` is stale;
//! `make types` rewrites it.

use pledge_core::receipt::QrPath;
use pledge_core::reference::{Country, Currency, ReferenceData, Sdg, Source};
use pledge_core::wire::PledgeStatus;
use pledge_core::*;
use pledge_store::{
    DraftQuery, DraftRecord, DraftSummary, EventSettings, OutboxState, Page, PledgeRecord,
    PledgeSummary, SavedDraft,
};
use ts_rs::TS;

use crate::backups::BackupStatus;
use crate::commands::{
    DeviceSettings, OpenedDraft, Receipt, Review, SaveOutcome, SupportOverview, SyncSettings,
};
use crate::{AppError, ErrorCode};
use pledge_core::wire::Role;
use pledge_report::{Count, CurrencyTotal, EventSummary, ExportFormat, ExportWritten, Targeting};
use pledge_store::Snapshot;
use pledge_store::{
    BatchDetail, BatchSummary, BundleExported, BundleImported, BundlePreview, BundleSelection,
    CarriedDevice, DeviceReconciliation, ImportOutcome, ImportedItem, OutboxCounts, Reconciliation,
    RenewalReason, RetiredIdentity, ReviewFilter, ReviewItem, ServerCheck, StaffSettings,
    StaffStatus,
};
use pledge_sync::{BundleUploaded, Progress, SyncStatus, UploadOutcome, UploadedItem};

pub const GENERATED_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/generated/types.ts");

/// Every declaration, in a stable order, as one TypeScript module.
pub fn generated() -> String {
    let cfg = ts_rs::Config::default();
    let decls = [
        PledgerKind::decl(&cfg),
        FocusArea::decl(&cfg),
        SupportType::decl(&cfg),
        Scope::decl(&cfg),
        Beneficiary::decl(&cfg),
        Metric::decl(&cfg),
        Pledge::decl(&cfg),
        Pledger::decl(&cfg),
        Geography::decl(&cfg),
        Target::decl(&cfg),
        Financial::decl(&cfg),
        Period::decl(&cfg),
        Contact::decl(&cfg),
        DraftContent::decl(&cfg),
        DraftPledger::decl(&cfg),
        DraftGeography::decl(&cfg),
        DraftTarget::decl(&cfg),
        DraftFinancial::decl(&cfg),
        DraftPeriod::decl(&cfg),
        DraftContact::decl(&cfg),
        ProblemCode::decl(&cfg),
        Problem::decl(&cfg),
        Source::decl(&cfg),
        Country::decl(&cfg),
        Currency::decl(&cfg),
        Sdg::decl(&cfg),
        ReferenceData::decl(&cfg),
        DraftRecord::decl(&cfg),
        SavedDraft::decl(&cfg),
        DraftSummary::decl(&cfg),
        DraftQuery::decl(&cfg),
        Page::<DraftSummary>::decl(&cfg),
        OpenedDraft::decl(&cfg),
        SaveOutcome::decl(&cfg),
        SignatureMethod::decl(&cfg),
        Signatory::decl(&cfg),
        Envelope::decl(&cfg),
        PledgeStatus::decl(&cfg),
        OutboxState::decl(&cfg),
        PledgeRecord::decl(&cfg),
        PledgeSummary::decl(&cfg),
        EventSettings::decl(&cfg),
        RenewalReason::decl(&cfg),
        RetiredIdentity::decl(&cfg),
        DeviceSettings::decl(&cfg),
        QrPath::decl(&cfg),
        Receipt::decl(&cfg),
        Review::decl(&cfg),
        Role::decl(&cfg),
        OutboxCounts::decl(&cfg),
        Progress::decl(&cfg),
        SyncStatus::decl(&cfg),
        SyncSettings::decl(&cfg),
        StaffStatus::decl(&cfg),
        StaffSettings::decl(&cfg),
        ReviewFilter::decl(&cfg),
        ReviewItem::decl(&cfg),
        BatchSummary::decl(&cfg),
        BatchDetail::decl(&cfg),
        BundleSelection::decl(&cfg),
        BundleExported::decl(&cfg),
        ImportOutcome::decl(&cfg),
        ImportedItem::decl(&cfg),
        BundleImported::decl(&cfg),
        BundlePreview::decl(&cfg),
        CarriedDevice::decl(&cfg),
        UploadOutcome::decl(&cfg),
        UploadedItem::decl(&cfg),
        BundleUploaded::decl(&cfg),
        ExportFormat::decl(&cfg),
        ExportWritten::decl(&cfg),
        Count::decl(&cfg),
        CurrencyTotal::decl(&cfg),
        Targeting::decl(&cfg),
        EventSummary::decl(&cfg),
        DeviceReconciliation::decl(&cfg),
        ServerCheck::decl(&cfg),
        Reconciliation::decl(&cfg),
        Snapshot::decl(&cfg),
        BackupStatus::decl(&cfg),
        SupportOverview::decl(&cfg),
        Limits::decl(&cfg),
        ErrorCode::decl(&cfg),
        ErrorReport::decl(&cfg),
        AppError::decl(&cfg),
    ];
    let mut out =
        String::from("// Generated from the Rust types by `make types`. Do not edit.\n\n");
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    // Values the window checks against, from their one definition in Rust.
    out.push_str(&format!(
        "export const LIMITS: Limits = {};\n\n",
        serde_json::to_string(&pledge_core::LIMITS).unwrap_or_default()
    ));
    out.push_str(&format!(
        "/** The digits of a staff PIN (pledge-store). */\nexport const PIN_DIGITS = {{ min: {}, max: {} }} as const;\n\n",
        pledge_store::MIN_PIN,
        pledge_store::MAX_PIN
    ));
    // The codes as a value too, for checking what crosses IPC at run time.
    let codes: Vec<String> = ErrorCode::all().map(|c| format!("'{c}'")).collect();
    out.push_str(&format!(
        "export const ERROR_CODES: readonly ErrorCode[] = [{}];\n",
        codes.join(", ")
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typescript_types_are_current() {
        let fresh = generated();
        if std::env::var_os("UPDATE_TS_TYPES").is_some() {
            std::fs::create_dir_all(std::path::Path::new(GENERATED_PATH).parent().unwrap())
                .unwrap();
            std::fs::write(GENERATED_PATH, &fresh).unwrap();
            return;
        }
        let current = std::fs::read_to_string(GENERATED_PATH).unwrap_or_default();
        assert!(
            current == fresh,
            "ui/src/generated/types.ts is stale: run `make types` and commit the result"
        );
    }
}
