//! A signed pledge as its holder knows it: the input of every export
//! (`pledge-report`), on a laptop (its outbox) and on the platform (its
//! store) alike, so both write the same columns with the same guards.

use crate::Envelope;

/// One signed pledge with what its holder knows about its delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportPledge {
    pub envelope: Envelope,
    /// The delivery state: `signed`, `queued`, `sending`, `acknowledged`,
    /// `rejected` or `conflict` (the platform holds every pledge it exports
    /// as `acknowledged`).
    pub state: String,
    /// The platform's last status (`received`, `verified`, `published`,
    /// `rejected`, `superseded`), when one is known.
    pub server_status: Option<String>,
    /// The name of the batch staff put the pledge in, if any.
    pub batch: Option<String>,
    /// The content fingerprint shown on the receipt.
    pub fingerprint: String,
    /// Facts for the secretariat, e.g. `pledge_id_collision` (platform only).
    pub flags: Vec<String>,
}
