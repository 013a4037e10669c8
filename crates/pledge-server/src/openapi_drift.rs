//! Keeps the mirror schemas in step with pledge-core's wire types: each
//! schema lists exactly the members the real type serialises.

use std::collections::BTreeSet;

use pledge_core::wire::*;
use serde::Serialize;
use serde_json::Value;
use utoipa::OpenApi;

use super::ApiDoc;

fn members(value: &impl Serialize) -> BTreeSet<String> {
    match serde_json::to_value(value).unwrap() {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

#[test]
fn mirror_schemas_match_the_wire_types() {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let schemas = &doc["components"]["schemas"];
    let item = SignedItem {
        signed: "s".into(),
        signature: "g".into(),
    };
    let result = ItemResult {
        pledge_id: Some("p".into()),
        outcome: Outcome::Rejected,
        code: Some("c".into()),
        message: Some("m".into()),
        server_seq: Some(1),
        received_at: "t".into(),
        flags: Some(vec![PLEDGE_ID_COLLISION.into()]),
    };
    let change = StatusChange {
        seq: 1,
        pledge_id: "p".into(),
        status: PledgeStatus::Rejected,
        reason: Some("r".into()),
        at: "t".into(),
    };
    let exporter = BundleExporter {
        device_id: "d".into(),
        public_key: "k".into(),
        role: Role::Staff,
    };
    let device = BundleDevice {
        device_id: "d".into(),
        public_key: "k".into(),
    };
    let samples: Vec<(&str, BTreeSet<String>)> = vec![
        (
            "Health",
            members(&Health {
                service: "s".into(),
                version: "v".into(),
            }),
        ),
        (
            "EnrollRequest",
            members(&EnrollRequest {
                event_id: "e".into(),
                enrollment_code: "c".into(),
                device_id: "d".into(),
                public_key: "k".into(),
                name: "n".into(),
                app_version: "a".into(),
                machine: Some("m".into()),
                proof: Some("p".into()),
            }),
        ),
        (
            "EnrollResponse",
            members(&EnrollResponse {
                device_id: "d".into(),
                role: Role::Delegate,
                device_token: "t".into(),
            }),
        ),
        ("SignedItem", members(&item)),
        ("BatchRequest", members(&BatchRequest { items: vec![] })),
        ("ItemResult", members(&result)),
        ("BatchResponse", members(&BatchResponse { results: vec![] })),
        ("StatusChange", members(&change)),
        (
            "StatusFeed",
            members(&StatusFeed {
                events: vec![],
                next_cursor: "c".into(),
            }),
        ),
        (
            "Reconcile",
            members(&Reconcile {
                max_contiguous_seq: 0,
                count: 0,
                missing_seqs: vec![],
            }),
        ),
        (
            "StoredPledge",
            members(&StoredPledge {
                pledge_id: "p".into(),
                signed: "s".into(),
                signature: "g".into(),
                public_key: "k".into(),
                status: PledgeStatus::Received,
                server_seq: 1,
                received_at: "t".into(),
            }),
        ),
        (
            "ProblemDetails",
            members(&ProblemDetails {
                type_: "about:blank".into(),
                title: "t".into(),
                status: 400,
                code: "c".into(),
                detail: Some("d".into()),
            }),
        ),
        ("BundleExporter", members(&exporter)),
        ("BundleDevice", members(&device)),
        (
            "Bundle",
            members(&Bundle {
                format: "f".into(),
                v: 1,
                bundle_id: "b".into(),
                event_id: "e".into(),
                created_at: "t".into(),
                exporter,
                devices: vec![device],
                items: vec![item],
                manifest_signature: "m".into(),
            }),
        ),
    ];
    for (name, wire) in samples {
        let documented: BTreeSet<String> = schemas[name]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("schema {name} missing"))
            .keys()
            .cloned()
            .collect();
        assert_eq!(documented, wire, "schema {name} differs from the wire type");
    }
    // Enrolment proves possession of the key (DESIGN.md §4): never optional.
    let required = &schemas["EnrollRequest"]["required"];
    assert!(
        required
            .as_array()
            .is_some_and(|r| r.iter().any(|m| m == "proof")),
        "EnrollRequest.proof must be required: {required}"
    );
    let enroll_401 = &doc["paths"]["/v1/devices"]["post"]["responses"]["401"]["description"];
    assert!(
        enroll_401
            .as_str()
            .is_some_and(|d| d.contains("enrollment_proof_invalid")),
        "POST /v1/devices documents its 401"
    );
    // Request bodies refuse unknown members, and the document says so
    // (schemathesis found it did not).
    for name in super::CLOSED_SCHEMAS {
        assert_eq!(
            schemas[name]["additionalProperties"],
            serde_json::json!(false),
            "{name}"
        );
    }
    // Every body-taking call documents its 415.
    for path in ["/v1/devices", "/v1/pledges:batch", "/v1/bundles"] {
        assert!(
            doc["paths"][path]["post"]["responses"]["415"].is_object(),
            "{path} documents 415"
        );
    }
    let enums = [
        ("Role", vec!["delegate", "staff"]),
        (
            "Outcome",
            vec!["created", "duplicate", "conflict", "rejected"],
        ),
        (
            "PledgeStatus",
            vec![
                "received",
                "verified",
                "published",
                "rejected",
                "superseded",
            ],
        ),
    ];
    for (name, values) in enums {
        assert_eq!(schemas[name]["enum"], serde_json::json!(values), "{name}");
    }
}
