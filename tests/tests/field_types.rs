//! Field types from outside the library: the `std::net` addresses, the
//! standard library's maps and `serde_json::Value`.

use open_model::{open_model, OpenModel, Value};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A record of every address type, bare, optional and in a list.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Peer {
    pub any: IpAddr,
    pub v4: Option<Ipv4Addr>,
    pub v6: Option<Ipv6Addr>,
    pub seen: Option<Vec<IpAddr>>,
    /// An `IpAddr` narrowed to one kind by the format.
    #[open_model(format = "ipv6")]
    pub only_v6: Option<IpAddr>,
}

#[test]
fn addresses_decode_and_write_their_standard_form() {
    let doc = r#"{"any":"10.0.0.1","v4":"192.168.1.1","v6":"2001:db8::1","seen":["::1","127.0.0.1"],"only_v6":"fe80::1"}"#;
    let peer: Peer = open_model_tests::decoded_and_checked_str(doc).unwrap();
    assert_eq!(peer.any, IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)));
    assert_eq!(peer.v6, Some("2001:db8::1".parse().unwrap()));
    assert_eq!(open_model::to_json_string(&peer).unwrap(), doc);
    // The same through serde_json, both ways.
    let via_serde: Peer = serde_json::from_str(doc).unwrap();
    assert_eq!(via_serde, peer);
    assert_eq!(serde_json::to_string(&peer).unwrap(), doc);
}

#[test]
fn a_bad_address_is_an_error_at_its_path_with_position() {
    let doc = "{\"any\":\"10.0.0.256\",\"v4\":\"::1\",\"v6\":\"1.2.3.4\",\n\"seen\":[\"::1\",7],\"only_v6\":\"10.0.0.1\"}";
    let report = open_model_tests::decoded_and_checked_str::<Peer>(doc).unwrap_err();
    assert_eq!(report.len(), 5, "{report}");
    let text = report.to_string();
    for needle in [
        "any: value must be an IPv4 or IPv6 address",
        "v4: value must be an IPv4 address",
        "v6: value must be an IPv6 address",
        "seen[1]: expected a string",
        "only_v6: value must be an IPv6 address",
    ] {
        assert!(text.contains(needle), "{needle} not in\n{text}");
    }
    assert!(text.contains("line 2"), "{text}");
}

#[test]
fn the_schema_names_the_format() {
    let schema = open_model::schema_of::<Peer>();
    let text = open_model::to_json_string(&schema).unwrap();
    assert!(text.contains(r#""format":"ipv4""#), "{text}");
    assert!(text.contains(r#""format":"ipv6""#), "{text}");
    assert!(
        text.contains(r#""anyOf":[{"format":"ipv4"},{"format":"ipv6"}]"#),
        "{text}"
    );
}

#[test]
fn validate_applies_the_format_to_a_built_value() {
    let peer = Peer {
        any: IpAddr::V4(Ipv4Addr::LOCALHOST),
        v4: None,
        v6: None,
        seen: None,
        only_v6: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        extra: Default::default(),
    };
    let report = peer.validate().unwrap_err();
    assert_eq!(report.len(), 1);
    assert!(report.to_string().contains("only_v6"), "{report}");
}

fn ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(|o| IpAddr::V4(Ipv4Addr::from(o))),
        any::<[u8; 16]>().prop_map(|o| IpAddr::V6(Ipv6Addr::from(o))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every address written is read back as the same address, through our
    /// JSON, serde_json and `Value`.
    #[test]
    fn every_address_round_trips(any in ip(), v4 in any::<[u8; 4]>(), v6 in any::<[u8; 16]>(), seen in proptest::collection::vec(ip(), 0..4)) {
        let peer = Peer {
            any,
            v4: Some(Ipv4Addr::from(v4)),
            v6: Some(Ipv6Addr::from(v6)),
            seen: Some(seen),
            only_v6: Some(IpAddr::V6(Ipv6Addr::from(v6))),
            extra: Default::default(),
        };
        let json = open_model::to_json_string(&peer).unwrap();
        let back: Peer = open_model_tests::decoded_and_checked_str(&json).unwrap();
        prop_assert_eq!(&back, &peer);
        let back: Peer = serde_json::from_str(&serde_json::to_string(&peer).unwrap()).unwrap();
        prop_assert_eq!(&back, &peer);
        let value: Value = open_model::to_value(&peer);
        let back: Peer = open_model::from_value(value).unwrap();
        prop_assert_eq!(&back, &peer);
    }
}

/// A record holding both standard maps, one of models.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub counts: BTreeMap<String, i64>,
    pub peers: Option<HashMap<String, Peer>>,
}

#[test]
fn standard_maps_decode_check_and_write() {
    let doc = r#"{"counts":{"b":2,"a":1},"peers":{"x":{"any":"::1"}}}"#;
    let labels: Labels = open_model_tests::decoded_and_checked_str(doc).unwrap();
    assert_eq!(labels.counts["a"], 1);
    assert_eq!(
        labels.peers.as_ref().unwrap()["x"].any,
        IpAddr::V6(Ipv6Addr::LOCALHOST)
    );
    // A BTreeMap writes its keys sorted.
    assert_eq!(
        open_model::to_json_string(&labels).unwrap(),
        r#"{"counts":{"a":1,"b":2},"peers":{"x":{"any":"::1"}}}"#
    );
    // Errors are at the key's path; a duplicate key is refused as for `Map`.
    let bad = r#"{"counts":{"a":1,"a":2,"c":"3"},"peers":{"x":{"any":"nope"}}}"#;
    let report = open_model_tests::decoded_and_checked_str::<Labels>(bad).unwrap_err();
    let text = report.to_string();
    assert_eq!(report.len(), 3, "{text}");
    for needle in ["counts.a", "counts.c: expected an integer", "peers.x.any"] {
        assert!(text.contains(needle), "{needle} not in\n{text}");
    }
    let schema = open_model::to_json_string(&open_model::schema_of::<Labels>()).unwrap();
    assert!(
        schema.contains(r#""counts":{"type":"object","additionalProperties":{"type":"integer"}}"#),
        "{schema}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every map written is read back as the same map.
    #[test]
    fn every_standard_map_round_trips(
        counts in proptest::collection::btree_map("\\PC{0,6}", any::<i64>(), 0..6),
        peers in proptest::option::of(proptest::collection::hash_map("\\PC{0,6}", ip(), 0..4)),
    ) {
        let labels = Labels {
            counts,
            peers: peers.map(|m| {
                m.into_iter()
                    .map(|(k, any)| {
                        let peer = Peer { any, v4: None, v6: None, seen: None, only_v6: None, extra: Default::default() };
                        (k, peer)
                    })
                    .collect()
            }),
            extra: Default::default(),
        };
        let json = open_model::to_json_string(&labels).unwrap();
        let back: Labels = open_model_tests::decoded_and_checked_str(&json).unwrap();
        prop_assert_eq!(&back, &labels);
        let back: Labels = serde_json::from_str(&serde_json::to_string(&labels).unwrap()).unwrap();
        prop_assert_eq!(&back, &labels);
        let back: Labels = open_model::from_value(open_model::to_value(&labels)).unwrap();
        prop_assert_eq!(&back, &labels);
    }
}

/// A record with serde_json's value as a field.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub kind: String,
    pub payload: serde_json::Value,
    pub meta: Option<serde_json::Value>,
}

#[test]
fn serde_json_values_are_fields_held_exactly_or_refused() {
    let doc = r#"{"kind":"x","payload":{"a":[1,-2,0.5,"s",true,null],"big":18446744073709551615},"meta":null}"#;
    let event: Event = open_model_tests::decoded_and_checked_str(doc).unwrap();
    assert_eq!(event.payload["big"], serde_json::json!(u64::MAX));
    assert_eq!(event.meta, Some(serde_json::Value::Null));
    assert_eq!(open_model::to_json_string(&event).unwrap(), doc);
    let via_serde: Event = serde_json::from_str(doc).unwrap();
    assert_eq!(via_serde, event);
    // What serde_json::Value cannot hold exactly is an error that says where,
    // never a rounding.
    let bad =
        r#"{"kind":"x","payload":{"a/b":[0,1e400]},"meta":{"n":123456789012345678901234567890}}"#;
    let report = open_model_tests::decoded_and_checked_str::<Event>(bad).unwrap_err();
    let text = report.to_string();
    assert_eq!(report.len(), 2, "{text}");
    assert!(
        text.contains("payload: number 1e400 at /a~1b/1 cannot be held exactly"),
        "{text}"
    );
    assert!(
        text.contains("meta: number 123456789012345678901234567890 at /n"),
        "{text}"
    );
    assert!(text.contains("line 1"), "{text}");
    // Also through serde.
    assert!(
        serde_json::from_str::<Event>(r#"{"kind":"x","payload":0.10000000000000000000001}"#)
            .is_err()
    );
    let schema = open_model::to_json_string(&open_model::schema_of::<Event>()).unwrap();
    assert!(schema.contains(r#""payload":{}"#), "{schema}");
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        "\\PC{0,8}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::vec(("\\PC{0,6}", inner), 0..4)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every serde_json value written is read back as the same value.
    #[test]
    fn every_serde_json_value_round_trips(payload in json_value(), meta in proptest::option::of(json_value())) {
        let event = Event { kind: "k".into(), payload, meta, extra: Default::default() };
        let json = open_model::to_json_string(&event).unwrap();
        let back: Event = open_model_tests::decoded_and_checked_str(&json).unwrap();
        prop_assert_eq!(&back, &event);
        let back: Event = serde_json::from_str(&serde_json::to_string(&event).unwrap()).unwrap();
        prop_assert_eq!(&back, &event);
        let back: Event = open_model::from_value(open_model::to_value(&event)).unwrap();
        prop_assert_eq!(&back, &event);
    }
}
