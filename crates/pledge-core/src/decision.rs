//! The secretariat's decisions on a stored pledge, as one rule every place
//! that decides uses (the `pledge-server` command today, the console later):
//!
//! * received → verified → published;
//! * rejected from received or verified, always with a reason;
//! * rejected → verified or published, and any step back from published,
//!   only when the decision says *reopen*, and with a reason;
//! * the status a pledge already has is a no-op: nothing changes, nothing
//!   reaches the status feed;
//! * a superseded pledge was replaced by its signer: decide on the amendment.

use crate::wire::PledgeStatus;

/// The longest reason, in characters (it reaches the laptops' screens).
pub const MAX_REASON_CHARS: usize = 1000;

/// What a valid decision does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// The status changes: record it, and tell the laptops.
    Change,
    /// The pledge already has that status: nothing is written.
    Unchanged,
}

/// Why a decision is refused; the pledge stays as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    #[error("{0} is not a decision: decide verified, published or rejected")]
    NotADecision(&'static str),
    #[error("a rejection needs a reason (--reason TEXT): the laptop shows it to the delegate")]
    RejectionNeedsReason,
    #[error("a reason has at most {MAX_REASON_CHARS} characters and no control characters")]
    BadReason,
    #[error("the pledge is received, not verified: verify it before publishing")]
    VerifyFirst,
    #[error("the pledge is {from}; making it {to} goes back on a decision: give --reopen and a --reason")]
    NeedsReopen {
        from: &'static str,
        to: &'static str,
    },
    #[error("reopening needs a reason (--reason TEXT)")]
    ReopenNeedsReason,
    #[error("the pledge was superseded by an amendment its signer made: decide on the amendment")]
    Superseded,
}

/// The reason as it is stored: trimmed, `None` when blank.
pub fn normal_reason(reason: Option<&str>) -> Result<Option<String>, DecisionError> {
    let Some(reason) = reason.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    if reason.chars().count() > MAX_REASON_CHARS
        || reason.chars().any(|c| c.is_control() && c != '\n')
    {
        return Err(DecisionError::BadReason);
    }
    Ok(Some(reason.to_string()))
}

/// Whether a pledge that is `from` may become `to`. `reason` is the
/// normalised reason ([`normal_reason`]); `reopen` says the decider means
/// to go back on an earlier decision.
pub fn transition(
    from: PledgeStatus,
    to: PledgeStatus,
    reason: Option<&str>,
    reopen: bool,
) -> Result<Transition, DecisionError> {
    use PledgeStatus::*;
    if matches!(to, Received | Superseded) {
        return Err(DecisionError::NotADecision(to.as_str()));
    }
    if from == Superseded {
        return Err(DecisionError::Superseded);
    }
    if from == to {
        return Ok(Transition::Unchanged);
    }
    let forward = matches!(
        (from, to),
        (Received, Verified) | (Verified, Published) | (Received | Verified, Rejected)
    );
    if forward {
        if to == Rejected && reason.is_none() {
            return Err(DecisionError::RejectionNeedsReason);
        }
        return Ok(Transition::Change);
    }
    if (from, to) == (Received, Published) {
        return Err(DecisionError::VerifyFirst);
    }
    // What is left goes back on a decision: from rejected, or from published.
    if !reopen {
        return Err(DecisionError::NeedsReopen {
            from: from.as_str(),
            to: to.as_str(),
        });
    }
    if reason.is_none() {
        return Err(DecisionError::ReopenNeedsReason);
    }
    Ok(Transition::Change)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PledgeStatus::*;

    const ALL: [PledgeStatus; 5] = [Received, Verified, Published, Rejected, Superseded];

    #[test]
    fn the_forward_path_needs_no_reopen() {
        assert_eq!(
            transition(Received, Verified, None, false),
            Ok(Transition::Change)
        );
        assert_eq!(
            transition(Verified, Published, None, false),
            Ok(Transition::Change)
        );
        assert_eq!(
            transition(Received, Rejected, Some("duplicate"), false),
            Ok(Transition::Change)
        );
        assert_eq!(
            transition(Verified, Rejected, Some("duplicate"), false),
            Ok(Transition::Change)
        );
    }

    #[test]
    fn publishing_needs_verification_first() {
        assert_eq!(
            transition(Received, Published, None, false),
            Err(DecisionError::VerifyFirst)
        );
        assert_eq!(
            transition(Received, Published, Some("why"), true),
            Err(DecisionError::VerifyFirst),
            "reopen is for going back, not for skipping"
        );
    }

    #[test]
    fn a_rejection_needs_a_reason() {
        for from in [Received, Verified] {
            assert_eq!(
                transition(from, Rejected, None, false),
                Err(DecisionError::RejectionNeedsReason)
            );
        }
    }

    #[test]
    fn going_back_needs_reopen_and_a_reason() {
        for (from, to) in [
            (Rejected, Published),
            (Rejected, Verified),
            (Published, Verified),
            (Published, Rejected),
        ] {
            assert!(
                matches!(
                    transition(from, to, Some("x"), false),
                    Err(DecisionError::NeedsReopen { .. })
                ),
                "{from:?} → {to:?}"
            );
            assert_eq!(
                transition(from, to, None, true),
                Err(DecisionError::ReopenNeedsReason),
                "{from:?} → {to:?}"
            );
            assert_eq!(
                transition(from, to, Some("appeal upheld"), true),
                Ok(Transition::Change),
                "{from:?} → {to:?}"
            );
        }
    }

    #[test]
    fn the_same_status_again_is_a_no_op() {
        for s in [Received, Verified, Published, Rejected] {
            if s != Received {
                assert_eq!(transition(s, s, None, false), Ok(Transition::Unchanged));
                assert_eq!(
                    transition(s, s, Some("again"), true),
                    Ok(Transition::Unchanged)
                );
            }
        }
    }

    #[test]
    fn received_and_superseded_are_not_decisions_and_superseded_is_final() {
        for from in ALL {
            for to in [Received, Superseded] {
                assert_eq!(
                    transition(from, to, Some("x"), true),
                    Err(DecisionError::NotADecision(to.as_str()))
                );
            }
        }
        for to in [Verified, Published, Rejected] {
            assert_eq!(
                transition(Superseded, to, Some("x"), true),
                Err(DecisionError::Superseded)
            );
        }
    }

    #[test]
    fn reasons_are_trimmed_bounded_and_printable() {
        assert_eq!(normal_reason(None), Ok(None));
        assert_eq!(normal_reason(Some("  ")), Ok(None));
        assert_eq!(normal_reason(Some(" dup \n")), Ok(Some("dup".into())));
        assert_eq!(normal_reason(Some("a\nb")), Ok(Some("a\nb".into())));
        assert_eq!(
            normal_reason(Some("a\u{1b}[2J")),
            Err(DecisionError::BadReason)
        );
        let long = "x".repeat(MAX_REASON_CHARS + 1);
        assert_eq!(normal_reason(Some(&long)), Err(DecisionError::BadReason));
    }
}
