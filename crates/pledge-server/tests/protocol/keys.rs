//! A key that arrives in a bundle is only as good as the staff laptop that
//! vouched for it: the platform holds it *key unconfirmed*, and its
//! pledges cannot be published until a person confirms the fingerprint.

use crate::env::{Backend, Env, EVENT};
use crate::support::fixtures::Device;

fn admin_ok(env: &Env, args: &[&str]) -> String {
    let out = env.admin(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn admin_fails(env: &Env, args: &[&str]) -> String {
    let out = env.admin(args);
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub async fn a_key_from_a_bundle_is_confirmed_before_publishing(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let delegate = env.delegate().await;
    let offline = Device::new();
    let (carried_id, carried) = offline.pledge(EVENT, 1);
    let bundle = staff
        .device
        .bundle(EVENT, &[&offline, &staff.device], vec![carried]);
    let reply = env.api.upload(&staff.token, &bundle).await;
    assert_eq!(reply.results()[0]["outcome"], "created", "{reply:?}");

    // The export shows the key as unconfirmed. Verifying (not publishing)
    // is allowed meanwhile; publishing is refused and says what to do.
    let csv = admin_ok(&env, &["export"]);
    let row = csv.lines().find(|l| l.contains(&carried_id)).unwrap();
    assert!(row.contains("key_unconfirmed"), "{row}");
    admin_ok(&env, &["pledge", "set-status", &carried_id, "verified"]);
    let message = admin_fails(&env, &["pledge", "set-status", &carried_id, "published"]);
    assert!(message.contains("confirm-key"), "{message}");
    assert!(message.contains(&offline.id), "{message}");

    // A wrong fingerprint confirms nothing.
    let wrong = Device::new().key.public_key().fingerprint();
    let message = admin_fails(&env, &["device", "confirm-key", &offline.id, &wrong]);
    assert!(message.contains("does not match"), "{message}");
    admin_fails(&env, &["pledge", "set-status", &carried_id, "published"]);
    let message = admin_fails(&env, &["device", "confirm-key", &new_id(), &wrong]);
    assert!(message.contains("no device"), "{message}");

    // The fingerprint as the laptop's Settings show it, typed by a person
    // in capitals: confirmed, then publishable.
    let typed = offline.key.public_key().fingerprint().to_uppercase();
    let out = admin_ok(&env, &["device", "confirm-key", &offline.id, &typed]);
    assert!(out.contains("\"key_confirmed\":true"), "{out}");
    admin_ok(&env, &["pledge", "set-status", &carried_id, "published"]);
    let csv = admin_ok(&env, &["export"]);
    let row = csv.lines().find(|l| l.contains(&carried_id)).unwrap();
    assert!(!row.contains("key_unconfirmed"), "{row}");

    // An enrolled device proved its key: its pledges publish directly.
    let (own_id, own) = delegate.device.pledge(EVENT, 1);
    env.api.push(&delegate.token, &[own]).await;
    admin_ok(&env, &["pledge", "set-status", &own_id, "verified"]);
    admin_ok(&env, &["pledge", "set-status", &own_id, "published"]);
}

fn new_id() -> String {
    crate::support::fixtures::new_id()
}
