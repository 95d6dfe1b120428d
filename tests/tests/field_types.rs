//! Field types from outside the library: the `std::net` addresses and the
//! standard library's maps.

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
    let peer: Peer = open_model::from_json_str(doc).unwrap();
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
    let report = open_model::from_json_str::<Peer>(doc).unwrap_err();
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
        let back: Peer = open_model::from_json_str(&json).unwrap();
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
    let labels: Labels = open_model::from_json_str(doc).unwrap();
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
    let report = open_model::from_json_str::<Labels>(bad).unwrap_err();
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
        let back: Labels = open_model::from_json_str(&json).unwrap();
        prop_assert_eq!(&back, &labels);
        let back: Labels = serde_json::from_str(&serde_json::to_string(&labels).unwrap()).unwrap();
        prop_assert_eq!(&back, &labels);
        let back: Labels = open_model::from_value(open_model::to_value(&labels)).unwrap();
        prop_assert_eq!(&back, &labels);
    }
}
