//! Enrolment (DESIGN.md §4) and what follows when two laptops turn out to
//! sign as one device (issue 25): the laptop retires its identity, makes a
//! new one and enrols again with the code it enrolled with.

use std::sync::Mutex;

use pledge_core::enrolment::{signed_enrolment, Enrolment};
use pledge_core::wire::{EnrollResponse, Role, DEVICE_SEQ_REUSED};
use pledge_store::{Identity, RenewalReason, Store, StoreError, SYNC_TOKEN_SETTINGS};

use crate::engine::{with_store, SERVER_URL};
use crate::{Platform, SyncError};

/// The event's enrolment code this laptop enrolled with, kept to enrol a
/// renewed identity without anyone typing it again (never logged).
const ENROLLMENT_CODE: &str = "sync.enrollment_code";
/// The name this laptop enrolled under, for a renewed identity.
const DEVICE_NAME: &str = "sync.device_name";

/// Enrols this device with the event's code and keeps the token. The event
/// is the one set in the store (Settings). When the platform answers that
/// the device id is enrolled from another machine (`device_seq_reused`),
/// the laptop makes a new identity and enrols that one: the answer names
/// it, and the caller's `identity` is then stale (reload it from the store).
pub async fn enroll(
    store: &Mutex<Store>,
    identity: &Identity,
    server_url: &str,
    code: &str,
    name: &str,
) -> Result<EnrollResponse, SyncError> {
    let platform = Platform::new(server_url, None)?;
    platform.health().await?;
    match enroll_as(store, &platform, identity, code, name).await {
        Err(SyncError::Refused { code: refused, .. }) if refused == DEVICE_SEQ_REUSED => {
            let renewed = with_store(store, |s| s.renew_identity(RenewalReason::DeviceSeqReused))?;
            enroll_as(store, &platform, &renewed, code, name).await
        }
        answer => answer,
    }
}

async fn enroll_as(
    store: &Mutex<Store>,
    platform: &Platform,
    identity: &Identity,
    code: &str,
    name: &str,
) -> Result<EnrollResponse, SyncError> {
    let (event, machine) = with_store(store, |s| Ok((s.event()?, s.machine_hash())))?;
    let event = event.ok_or(SyncError::Store(StoreError::NoEvent))?;
    let code = code.trim();
    let answer = platform
        .enroll(&signed_enrolment(
            identity.key(),
            &Enrolment {
                event_id: &event.event_id,
                enrollment_code: code,
                device_id: &identity.device_id,
                name,
                app_version: env!("CARGO_PKG_VERSION"),
                machine: machine.as_deref(),
            },
        ))
        .await?;
    let role = match answer.role {
        Role::Staff => "staff",
        Role::Delegate => "delegate",
    };
    let [token_key, role_key] = SYNC_TOKEN_SETTINGS;
    with_store(store, |s| {
        s.set_setting(SERVER_URL, platform.address())?;
        s.set_setting(token_key, &answer.device_token)?;
        s.set_setting(role_key, role)?;
        s.set_setting(ENROLLMENT_CODE, code)?;
        s.set_setting(DEVICE_NAME, name)
    })?;
    Ok(answer)
}

/// After a pass whose pushes came back `device_seq_reused`: retires this
/// identity, makes a new one and enrols it with the kept code. Returns the
/// new identity; without a kept code the laptop stays unenrolled until
/// someone enrols it in Settings (the error says so).
pub(crate) async fn renew_and_reenroll(
    store: &Mutex<Store>,
    platform: &Platform,
) -> Result<Identity, SyncError> {
    let renewed = with_store(store, |s| s.renew_identity(RenewalReason::DeviceSeqReused))?;
    reenroll(store, platform, &renewed).await?;
    Ok(renewed)
}

/// Enrols a renewed identity with the kept code, if there is one.
pub(crate) async fn reenroll(
    store: &Mutex<Store>,
    platform: &Platform,
    identity: &Identity,
) -> Result<(), SyncError> {
    let (code, name) = with_store(store, |s| {
        Ok((s.setting(ENROLLMENT_CODE)?, s.setting(DEVICE_NAME)?))
    })?;
    let code = code.ok_or(SyncError::NotEnrolled)?;
    let name = name.unwrap_or_else(|| "Pledge Desk".to_owned());
    let anonymous = Platform::new(platform.address(), None)?;
    enroll_as(store, &anonymous, identity, &code, &name).await?;
    Ok(())
}
