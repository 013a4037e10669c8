//! The signing contract of DESIGN.md §3: RFC 8785 conformance on published
//! vectors, an independent verifier, tamper detection.

use pledge_core::signing::*;
use pledge_core::*;

fn example_pledge() -> Pledge {
    pledge_core::example::design_example_pledge().unwrap()
}

fn envelope() -> Envelope {
    let signatory = |pledger, name: &str| Signatory {
        pledger,
        name: name.into(),
        title: "Director — «Digital» 🌍".into(),
        signed_at: "2022-06-08T10:14:00Z".into(),
        method: SignatureMethod::Drawn,
        drawing: "M10 10 L20 25 C30 40 50 10 60 20".into(),
    };
    Envelope {
        v: 1,
        kind: "p2c.pledge".into(),
        pledge_id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".into(),
        supersedes: None,
        event_id: "kigali-2022".into(),
        device_id: "0190a1b2-0000-7000-8000-000000000001".into(),
        device_seq: 17,
        signed_at: "2022-06-08T10:15:00Z".into(),
        pledge: example_pledge(),
        signatories: vec![
            signatory(0, "Ama Mensah"),
            signatory(1, "Jean-Pierre Habimana"),
        ],
    }
}

const SEED: [u8; 32] = [7; 32];

#[test]
fn rfc8785_example_of_section_3_2_2() {
    // RFC 8785 §3.2.2 (numbers, string escaping, literals, key order).
    let input = r#"{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }"#;
    let value: serde_json::Value = serde_json::from_str(input).unwrap();
    let out = String::from_utf8(canonical(&value).unwrap()).unwrap();
    assert_eq!(
        out,
        r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
    );
}

#[test]
fn rfc8785_property_sorting_by_utf16_code_units() {
    // RFC 8785 §3.2.3.
    let input = r#"{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh",
      "1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}"#;
    let value: serde_json::Value = serde_json::from_str(input).unwrap();
    let out = String::from_utf8(canonical(&value).unwrap()).unwrap();
    assert_eq!(
        out,
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\
         \"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}"
    );
}

#[test]
fn rfc8785_appendix_b_numbers() {
    let vectors: &[(u64, &str)] = &[
        (0x0000000000000000, "0"),
        (0x8000000000000000, "0"),
        (0x0000000000000001, "5e-324"),
        (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992"),
        (0xc340000000000000, "-9007199254740992"),
        (0x4430000000000000, "295147905179352830000"),
        (0x44b52d02c7e14af5, "9.999999999999997e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x444b1ae4d6e2ef4e, "999999999999999700000"),
        (0x444b1ae4d6e2ef4f, "999999999999999900000"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
        (0x3eb0c6f7a0b5ed8d, "0.000001"),
        (0x41b3de4355555553, "333333333.3333332"),
        (0x41b3de4355555554, "333333333.33333325"),
        (0x41b3de4355555555, "333333333.3333333"),
        (0x41b3de4355555556, "333333333.3333334"),
        (0x41b3de4355555557, "333333333.33333343"),
        (0xbecbf647612f3696, "-0.0000033333333333333333"),
        (0x43143ff3c1cb0959, "1424953923781206.2"),
    ];
    for (bits, expected) in vectors {
        let out = canonical(&f64::from_bits(*bits)).unwrap();
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            *expected,
            "{bits:#018x}"
        );
    }
}

#[test]
fn rfc8032_test_vector_1() {
    // RFC 8032 §7.1 TEST 1: the empty message, through our prefixed API with an empty prefix.
    let hex = |s: &str| -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    };
    let seed: [u8; 32] = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        .try_into()
        .unwrap();
    let key = DeviceKey::from_seed(&seed);
    assert_eq!(
        key.public_key().0.to_vec(),
        hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    );
    let sig = key.sign_prefixed(b"", b"");
    assert_eq!(
        sig.to_vec(),
        hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    );
}

#[test]
fn an_independent_verifier_accepts_the_seal() {
    let key = DeviceKey::from_seed(&SEED);
    let sealed = seal(&envelope(), &key).unwrap();

    // Another RFC 8785 implementation produces the same bytes ...
    let value: serde_json::Value = serde_json::from_slice(&sealed.signed).unwrap();
    assert_eq!(serde_jcs::to_vec(&value).unwrap(), sealed.signed);
    // ... and another Ed25519 implementation accepts the signature over prefix ‖ signed.
    let pk = ed25519_compact::PublicKey::from_slice(&key.public_key().0).unwrap();
    let sig = ed25519_compact::Signature::from_slice(&sealed.signature).unwrap();
    let mut message = b"p2c-pledge-v1\0".to_vec();
    message.extend_from_slice(&sealed.signed);
    pk.verify(&message, &sig).expect("independent verification");
    assert!(
        pk.verify(&sealed.signed, &sig).is_err(),
        "the prefix is part of what is signed"
    );

    // content_hash and the fingerprint people see
    assert_eq!(sealed.content_hash, sha256(&sealed.signed));
    let fp = sealed.fingerprint();
    assert_eq!(fp.len(), 19);
    assert_eq!(fp.replace(' ', ""), to_hex(&sealed.content_hash)[..16]);

    // and our verifier returns the envelope
    assert_eq!(
        verify(&sealed.signed, &sealed.signature, &key.public_key()).unwrap(),
        envelope()
    );
}

#[test]
fn the_envelope_has_the_exact_shape_of_design_3() {
    let sealed = seal(&envelope(), &DeviceKey::from_seed(&SEED)).unwrap();
    let text = std::str::from_utf8(&sealed.signed).unwrap();
    assert!(text.starts_with(r#"{"device_id":"0190a1b2-0000-7000-8000-000000000001","device_seq":17,"event_id":"kigali-2022","kind":"p2c.pledge","#));
    assert!(
        text.contains(r#""supersedes":null"#),
        "supersedes is null, not omitted"
    );
    assert!(!text.contains(r#""unit""#), "optional members are omitted");
    let v: serde_json::Value = serde_json::from_slice(&sealed.signed).unwrap();
    assert_eq!(v["v"], 1);
    assert_eq!(v["signatories"][1]["pledger"], 1);
    assert_eq!(v["pledge"]["financial"]["amount"], 190000000);
}

#[test]
fn any_changed_byte_fails_verification() {
    let key = DeviceKey::from_seed(&SEED);
    let sealed = seal(&envelope(), &key).unwrap();
    for i in (0..sealed.signed.len()).step_by(7) {
        let mut bytes = sealed.signed.clone();
        bytes[i] ^= 0x01;
        assert!(
            verify(&bytes, &sealed.signature, &key.public_key()).is_err(),
            "byte {i}"
        );
    }
    let mut sig = sealed.signature;
    sig[10] ^= 0x80;
    assert_eq!(
        verify(&sealed.signed, &sig, &key.public_key()).unwrap_err(),
        VerifyError::BadSignature
    );
    assert_eq!(
        verify(&sealed.signed, &sig[..63], &key.public_key()).unwrap_err(),
        VerifyError::BadSignatureLength
    );
    let other = DeviceKey::from_seed(&[9; 32]);
    assert_eq!(
        verify(&sealed.signed, &sealed.signature, &other.public_key()).unwrap_err(),
        VerifyError::BadSignature
    );
}

#[test]
fn signed_but_not_canonical_bytes_are_refused() {
    let key = DeviceKey::from_seed(&SEED);
    let pretty = serde_json::to_vec_pretty(&envelope()).unwrap();
    let sig = key.sign_prefixed(PLEDGE_PREFIX, &pretty);
    assert_eq!(
        verify(&pretty, &sig, &key.public_key()).unwrap_err(),
        VerifyError::NotCanonical
    );
}

#[test]
fn an_envelope_breaking_the_rules_is_neither_sealed_nor_verified() {
    let key = DeviceKey::from_seed(&SEED);
    let mut e = envelope();
    e.signatories.pop();
    e.event_id = "Kigali 2022".into();
    e.signed_at = "2022-06-08 10:15".into();
    let problems = match seal(&e, &key) {
        Err(SealError::Invalid(p)) => p,
        other => panic!("sealed: {other:?}"),
    };
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"pledge.pledgers[1]"), "{paths:?}");
    assert!(
        paths.contains(&"event_id") && paths.contains(&"signed_at"),
        "{paths:?}"
    );

    // signed anyway by a broken client: verification still refuses it
    let bytes = canonical(&e).unwrap();
    let sig = key.sign_prefixed(PLEDGE_PREFIX, &bytes);
    assert_eq!(
        verify(&bytes, &sig, &key.public_key()).unwrap_err().code(),
        "invalid_content"
    );

    let mut e = envelope();
    e.signatories[0].drawing = "M0 0\"/><script>alert(1)</script>".into();
    assert!(seal(&e, &key).is_err(), "markup in a drawing");
    e.signatories[0].drawing = "M".repeat(MAX_DRAWING_BYTES + 1);
    assert!(seal(&e, &key).is_err(), "oversized drawing");
    e.signatories[0].drawing = String::new();
    assert!(seal(&e, &key).is_err(), "empty drawing");
}

#[test]
fn keys_travel_as_base64_and_are_never_printed() {
    let key = DeviceKey::from_seed(&SEED);
    let b64 = key.public_key().to_base64();
    assert_eq!(PublicKey::from_base64(&b64).unwrap(), key.public_key());
    assert!(PublicKey::from_base64("AAAA").is_err());
    assert!(PublicKey::from_base64("not base64!").is_err());
    let debug = format!("{key:?}");
    assert!(!debug.contains(&to_hex(&SEED)) && !debug.contains(&b64_encode(&SEED)));
}
