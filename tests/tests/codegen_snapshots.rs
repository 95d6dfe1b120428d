//! Every snapshot of the generator (`codegen/tests/cases/*.rs`) compiles
//! with the macro as it is, and the ones that rename say so in their schemas.

macro_rules! snapshots {
    ($($module:ident => $file:literal),* $(,)?) => {
        $(
            #[allow(dead_code, missing_docs, clippy::all)]
            mod $module {
                include!(concat!(env!("CARGO_MANIFEST_DIR"), "/../codegen/tests/cases/", $file));
            }
        )*
        const LISTED: &[&str] = &[$($file),*];
    };
}

snapshots!(
    all_of_base => "all-of-base.rs",
    all_of_chain => "all-of-chain.rs",
    all_of_nullable_ref => "all-of-nullable-ref.rs",
    all_of_value_ref => "all-of-value-ref.rs",
    beside_one_of => "beside-one-of.rs",
    builder_names => "builder-names.rs",
    deep_refs => "deep-refs.rs",
    discriminator_on_base => "discriminator-on-base.rs",
    null_in_any_of => "null-in-any-of.rs",
    read_only => "read-only.rs",
    ref_siblings => "ref-siblings.rs",
    several_bases => "several-bases.rs",
    all_of_inlined => "all-of-inlined.rs",
    all_of_union => "all-of-union.rs",
    all_of_merge => "all-of-merge.rs",
    alias_keywords => "alias-keywords.rs",
    closed_and_typed_extras => "closed-and-typed-extras.rs",
    foreign_keywords => "foreign-keywords.rs",
    format_annotations => "format-annotations.rs",
    object => "object.rs",
    odd_names => "odd-names.rs",
    one_of => "one-of.rs",
    open_enums => "open-enums.rs",
    openapi_31 => "openapi-31.rs",
    operations => "operations.rs",
    recursion => "recursion.rs",
    string_enum => "string-enum.rs",
    tagged_inline => "tagged-inline.rs",
    tagged_union => "tagged-union.rs",
    untyped => "untyped.rs",
);

#[test]
fn every_snapshot_is_compiled_here() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../codegen/tests/cases");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("cases")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    on_disk.sort();
    let mut listed = LISTED.to_vec();
    listed.sort_unstable();
    assert_eq!(on_disk, listed, "list every snapshot in snapshots!()");
}

#[test]
fn components_keep_the_documents_names() {
    let doc = open_model::components_of::<odd_names::StringModel>().unwrap();
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .unwrap();
    assert!(schemas.get("String").is_some(), "{schemas}");
    let doc = open_model::components_of::<odd_names::AThing>().unwrap();
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .unwrap();
    assert!(schemas.get("a-thing").is_some(), "{schemas}");
}

#[test]
fn read_only_and_write_only_are_in_metadata_and_schemas() {
    use open_model::OpenModel;
    let fields = read_only::Account::FIELDS;
    assert!(fields[0].read_only && !fields[0].write_only);
    assert!(fields[1].write_only && !fields[1].format_checked);
    let schema = open_model::schema_of::<read_only::Account>();
    let id = schema.get("properties").and_then(|p| p.get("id")).unwrap();
    assert_eq!(id.get("readOnly"), Some(&open_model::Value::Bool(true)));
    // An annotation: a required readOnly field is still required on decode.
    assert!(open_model::from_json_str::<read_only::Account>("{}").is_err());
}

#[test]
fn nullable_is_kept_in_the_schema_of_a_schema_without_type() {
    let schema = open_model::schema_of::<untyped::NullableAnything>();
    assert_eq!(
        schema.get("nullable"),
        Some(&open_model::Value::Bool(true)),
        "{schema}"
    );
    let holder = open_model::schema_of::<untyped::Holder>();
    let payload = holder.get("properties").and_then(|p| p.get("payload"));
    assert!(payload.is_some(), "{holder}");
}

#[test]
fn a_reference_to_an_inheritance_base_chooses_the_subtype_by_its_tag() {
    use discriminator_on_base::{AnyAnimal, Farm};
    // With the mapping (`cat`) and without it (`Dog`, `Animal`: the
    // component names).
    let json = r#"{"animals":[{"className":"cat","declawed":true},{"className":"Dog","breed":"x","friend":{"className":"Animal"}}]}"#;
    let farm: Farm = open_model::from_json_str(json).unwrap();
    let animals = farm.animals.as_deref().unwrap();
    assert!(matches!(&animals[0], AnyAnimal::Cat(c) if c.declawed == Some(true)));
    let AnyAnimal::Dog(dog) = &animals[1] else {
        panic!("{animals:?}")
    };
    assert!(matches!(dog.friend.as_deref(), Some(AnyAnimal::Animal(_))));
    assert_eq!(open_model::to_json_string(&farm).unwrap(), json);
    let err =
        open_model::from_json_str::<Farm>(r#"{"animals":[{"className":"Cow"}]}"#).unwrap_err();
    assert_eq!(
        err.errors()[0].message(),
        "unknown 'className' value 'Cow'; expected one of 'Animal', 'cat', 'Dog', 'fish', 'Kitten', 'Bird', 'Parrot'"
    );
    // A subtype of a subtype is an animal too, and so is a subtype that is
    // a base of its own; a reference to that one means it or its subtypes.
    let deep = r#"{"animals":[{"className":"Kitten","declawed":false,"age":1},{"className":"Parrot","wings":2,"words":["hi"]}]}"#;
    let farm: Farm = open_model::from_json_str(deep).unwrap();
    let animals = farm.animals.as_deref().unwrap();
    assert!(
        matches!(&animals[0], AnyAnimal::Kitten(k) if k.age == Some(1) && k.cat.declawed == Some(false))
    );
    assert!(matches!(&animals[1], AnyAnimal::Parrot(p) if p.bird.wings == Some(2)));
    assert_eq!(open_model::to_json_string(&farm).unwrap(), deep);
    use discriminator_on_base::{AnyBird, Aviary};
    let birds = r#"{"birds":[{"className":"Bird"},{"className":"Parrot","words":[]}]}"#;
    let aviary: Aviary = open_model::from_json_str(birds).unwrap();
    let list = aviary.birds.as_deref().unwrap();
    assert!(matches!(&list[0], AnyBird::Bird(_)) && matches!(&list[1], AnyBird::Parrot(_)));
    let err =
        open_model::from_json_str::<Aviary>(r#"{"birds":[{"className":"cat"}]}"#).unwrap_err();
    assert_eq!(
        err.errors()[0].message(),
        "unknown 'className' value 'cat'; expected one of 'Bird', 'Parrot'"
    );
    // A subtype with nothing of its own is still chosen by its tag.
    let fish = r#"{"animals":[{"className":"fish","color":"blue"}]}"#;
    let farm: Farm = open_model::from_json_str(fish).unwrap();
    let animals = farm.animals.as_deref().unwrap();
    assert!(matches!(&animals[0], AnyAnimal::Fish(f) if f.animal.color.as_deref() == Some("blue")));
    assert_eq!(open_model::to_json_string(&farm).unwrap(), fish);
}

#[test]
fn inline_members_are_chosen_by_their_tag() {
    let e: tagged_inline::Event =
        open_model::from_json_str(r#"{"text":"hi","type":"note"}"#).unwrap();
    assert!(matches!(e, tagged_inline::Event::Note(_)));
    assert_eq!(
        open_model::to_json_string(&e).unwrap(),
        r#"{"type":"note","text":"hi"}"#
    );
    let err = open_model::from_json_str::<tagged_inline::Event>(r#"{"type":"x"}"#).unwrap_err();
    assert_eq!(
        err.errors()[0].message(),
        "unknown 'type' value 'x'; expected one of 'link', 'note'"
    );
}

#[test]
fn a_nullable_reference_takes_null() {
    let issue: all_of_nullable_ref::Issue = open_model::from_json_str(r#"{"owner":null}"#).unwrap();
    assert_eq!(issue.owner, None);
    let holder: null_in_any_of::Holder =
        open_model::from_json_str(r#"{"owner":null,"id":7}"#).unwrap();
    assert_eq!(holder.owner, open_model::Field::Null);
    let leaf: all_of_chain::Leaf =
        open_model::from_json_str(r#"{"id":"a","name":"b","leaf_only":true}"#).unwrap();
    assert_eq!(leaf.middle.base.id, "a");
}

#[test]
fn snapshots_check_what_their_schemas_say() {
    let doc = r#"{"orderId":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","placedAt":"2024-01-02T03:04:05Z","note":null,"quantity":0}"#;
    let report = open_model::from_json_str::<object::Order>(doc).unwrap_err();
    assert_eq!(
        report.errors()[0].message(),
        "must be a value greater than or equal to 1"
    );
    assert_eq!(report.errors()[0].path().to_pointer(), "/quantity");
    let pet: tagged_union::Pet =
        open_model::from_json_str(r#"{"good":true,"kind":"dog"}"#).unwrap();
    assert!(matches!(pet, tagged_union::Pet::Dog(_)));
    assert_eq!(
        open_model::to_json_string(&pet).unwrap(),
        r#"{"kind":"dog","good":true}"#
    );
}

/// An open enum in a document becomes `#[open_model(other)]`, which keeps
/// what it does not know and writes back the schema it came from.
#[test]
fn open_enums_keep_unknown_values_and_write_their_idiom_back() {
    let charge: open_enums::Charge =
        open_model::from_json_str(r#"{"status":"disputed","method":"klarna"}"#).unwrap();
    assert_eq!(
        charge.status,
        open_enums::ChargeStatus::Other("disputed".into())
    );
    assert_eq!(
        open_model::to_json_string(&charge).unwrap(),
        r#"{"status":"disputed","method":"klarna"}"#
    );
    assert_eq!(
        open_model::schema_of::<open_enums::ChargeStatus>().to_string(),
        r#"{"anyOf":[{"type":"string","enum":["succeeded","pending","failed"]},{"type":"string"}],"description":"Where a charge stands."}"#
    );
}

/// A component named like another's builder takes another name, keeps its
/// own in its schema, and both builders work.
#[test]
fn a_component_named_like_a_builder_does_not_clash_with_it() {
    assert_eq!(
        <builder_names::ChargeBuilder2 as open_model::OpenModel>::NAME,
        "ChargeBuilder"
    );
    let charge = builder_names::Charge::builder().id("ch_1").build().unwrap();
    assert_eq!(charge.id.as_deref(), Some("ch_1"));
    let step = builder_names::ChargeBuilder2::builder()
        .step("s")
        .build()
        .unwrap();
    assert_eq!(step.step.as_deref(), Some("s"));
}

#[test]
fn an_operations_types_decode_and_check_their_bodies() {
    let ok = r#"{"name":"Rex","tags":[{"label":"good"}],"colour":"brown"}"#;
    let request: operations::CreatePetRequest = open_model::from_json_str(ok).unwrap();
    assert_eq!(request.name, "Rex");
    assert_eq!(open_model::to_json_string(&request).unwrap(), ok);
    let err = open_model::from_json_str::<operations::CreatePetRequest>(r#"{"name":""}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("name"), "{err}");
    let moods: operations::GetMood200Response =
        open_model::from_json_str(r#"["happy","sad"]"#).unwrap();
    assert_eq!(moods.0.len(), 2);
    assert!(open_model::from_json_str::<operations::GetMood200Response>(r#"["bored"]"#).is_err());
    assert!(open_model::from_json_str::<operations::PetsIdPhotoPutRequest>(
        r#"["https://a.example/1","https://a.example/2","https://a.example/3","https://a.example/4"]"#
    )
    .is_err());
}

#[test]
fn an_openapi_31_documents_types_check_what_it_says() {
    let ok = r#"{"name":"Rex","kind":"dog","weight":0.5,"tag":7,"owner":null,"colour":"black"}"#;
    let pet: openapi_31::Pet = open_model::from_json_str(ok).unwrap();
    assert_eq!(open_model::to_json_string(&pet).unwrap(), ok);
    // `const`, the exclusive bound and the type list each refuse.
    for bad in [
        r#"{"name":"Rex","kind":"cat"}"#,
        r#"{"name":"Rex","kind":"dog","weight":0}"#,
        r#"{"name":"Rex","kind":"dog","tag":true}"#,
    ] {
        assert!(
            open_model::from_json_str::<openapi_31::Pet>(bad).is_err(),
            "{bad}"
        );
    }
    let adopted: openapi_31::PetAdoptedPostRequest =
        open_model::from_json_str(r#"{"pet":{"name":"Rex","kind":"dog"},"at":null}"#).unwrap();
    assert!(adopted.at.is_null());
}

#[test]
fn a_members_additional_properties_judges_the_keys_others_declare() {
    use all_of_merge::{Emptied, Judged};
    assert!(open_model::from_json_str::<Judged>(r#"{"b":"ab","x":"y"}"#).is_ok());
    for bad in [r#"{"n":1}"#, r#"{"x":1}"#, r#"{"b":"abcd"}"#] {
        assert!(open_model::from_json_str::<Judged>(bad).is_err(), "{bad}");
    }
    assert!(open_model::from_json_str::<Emptied>("{}").is_ok());
    assert!(open_model::from_json_str::<Emptied>(r#"{"a":1}"#).is_err());
    use beside_one_of::Extras;
    let card: Extras = open_model::from_json_str(r#"{"last4":"1234","k":"v"}"#).unwrap();
    assert!(matches!(card, Extras::Card(_)));
    assert!(open_model::from_json_str::<Extras>(r#"{"last4":"1234","k":1}"#).is_err());
}

#[test]
fn bases_written_in_place_keep_every_rule() {
    use all_of_inlined::*;
    // A subtype's narrower items are checked, and typed.
    let page: ArticlePage =
        open_model::from_json_str(r#"{"content":[{"title":"x"}],"total":1}"#).unwrap();
    assert_eq!(page.content[0].title.as_deref(), Some("x"));
    assert!(open_model::from_json_str::<ArticlePage>(r#"{"content":[1]}"#).is_err());
    assert!(open_model::from_json_str::<Page>(r#"{"content":[1]}"#).is_ok());
    // A base's property narrowed to one value.
    assert!(open_model::from_json_str::<JerseyAddress>(r#"{"country":"JE"}"#).is_ok());
    let err = open_model::from_json_str::<JerseyAddress>(r#"{"country":"GB"}"#).unwrap_err();
    assert_eq!(err.errors()[0].path().to_string(), "country");
    assert!(open_model::from_json_str::<Address>(r#"{"country":"GB"}"#).is_ok());
    // `additionalProperties: false` beside the base judges its keys too.
    let closed = r#"{"title":"t","code":1}"#;
    let p: ClosedProblem = open_model::from_json_str(closed).unwrap();
    assert_eq!(open_model::to_json_string(&p).unwrap(), closed);
    assert!(open_model::from_json_str::<ClosedProblem>(r#"{"detail":"d"}"#).is_err());
    // A second base with a base of its own, and a base inside a component.
    let r: Record =
        open_model::from_json_str(r#"{"title":"t","created":"2024-01-02T03:04:05Z","by":"me"}"#)
            .unwrap();
    assert_eq!(r.by.as_deref(), Some("me"));
    assert!(open_model::from_json_str::<Record>(r#"{"created":"yesterday"}"#).is_err());
    let e: Extended = open_model::from_json_str(r#"{"x":1,"y":2}"#).unwrap();
    assert_eq!((e.x, e.y), (Some(1), Some(2)));
    // `null` meets the merged schema only if it meets every typed member.
    assert!(open_model::from_json_str::<Holder>(r#"{"not_null":null}"#).is_err());
    assert!(open_model::from_json_str::<Holder>(r#"{"not_null":{"a":"x","b":"y"}}"#).is_ok());
    // Items no value meets twice: only the empty list.
    assert!(open_model::from_json_str::<StringList>(r#"{"items":[]}"#).is_ok());
    assert!(open_model::from_json_str::<StringList>(r#"{"items":["a"]}"#).is_err());
    assert!(open_model::from_json_str::<ItemList>(r#"{"items":[{}]}"#).is_ok());
    // The tighter bound.
    assert!(open_model::from_json_str::<ShortLabel>(r#"{"text":"abcdef"}"#).is_err());
    assert!(open_model::from_json_str::<Label>(r#"{"text":"abcdef"}"#).is_ok());
    assert!(open_model::from_json_str::<ShortLabel>(r#"{"text":""}"#).is_err());
    // A closed base judges the keys what extends it adds.
    assert!(open_model::from_json_str::<ExtendsClosed>(r#"{"a":"ab"}"#).is_ok());
    assert!(open_model::from_json_str::<ExtendsClosed>(r#"{"a":"abc"}"#).is_err());
    assert!(open_model::from_json_str::<ExtendsClosed>(r#"{"extra":"x"}"#).is_err());
    // A property no value meets cannot be present.
    assert!(open_model::from_json_str::<Bill>(r#"{"amount":1}"#).is_ok());
    assert!(open_model::from_json_str::<Bill>(r#"{"currency":"USD"}"#).is_err());
}

#[test]
fn a_property_two_bases_cannot_agree_on_cannot_be_present() {
    use several_bases::{Clash, Thing};
    let t: Thing =
        open_model::from_json_str(r#"{"name":"n","created":"2024-01-02T03:04:05Z","weight":1.5}"#)
            .unwrap();
    assert_eq!(t.named.name, "n");
    assert!(open_model::from_json_str::<Clash>(r#"{"name":"n"}"#).is_ok());
    for created in ["\"2024-01-02T03:04:05Z\"", "1"] {
        let doc = format!(r#"{{"name":"n","created":{created}}}"#);
        assert!(open_model::from_json_str::<Clash>(&doc).is_err(), "{doc}");
    }
}

#[test]
fn a_31_reference_with_keywords_beside_it_in_all_of_keeps_them() {
    use openapi_31::Tagged;
    let id = "67e55044-10b1-426f-9247-bb680e5fe0c8";
    let t: Tagged = open_model::from_json_str(&format!(r#"{{"id":"{id}","label":"x"}}"#)).unwrap();
    assert_eq!(t.id, id);
    assert!(open_model::from_json_str::<Tagged>(r#"{"label":"x"}"#).is_err());
}

#[test]
fn keywords_beside_a_union_reach_a_model_that_extends_another() {
    use beside_one_of::Wallet;
    let w: Wallet = open_model::from_json_str(r#"{"saved":true,"other":false}"#).unwrap();
    assert!(matches!(&w, Wallet::Object(o) if o.saved == Some(true)));
    // `additionalProperties: {type: boolean}` judges the base's `last4`
    // too, and a string is no object.
    assert!(open_model::from_json_str::<Wallet>(r#"{"last4":"1234"}"#).is_err());
    assert!(open_model::from_json_str::<Wallet>(r#""text""#).is_err());
}

#[test]
fn a_union_in_all_of_is_the_union_of_its_alternatives_with_the_rest() {
    use all_of_union::{ExtendsItem, ExtendsKeyed, Item};
    let item: Item = open_model::from_json_str(r#"{"id":"x","name":"n","a":1}"#).unwrap();
    assert!(matches!(&item, Item::Object(o) if o.a == 1 && o.name.as_deref() == Some("n")));
    assert!(open_model::from_json_str::<Item>(r#"{"id":"x"}"#).is_err());
    // Both alternatives match: `oneOf` refuses it.
    assert!(open_model::from_json_str::<Item>(r#"{"a":1,"b":2}"#).is_err());
    let e: ExtendsItem = open_model::from_json_str(r#"{"b":2,"z":3}"#).unwrap();
    assert!(matches!(&e, ExtendsItem::Object2(o) if o.b == 2 && o.z == Some(3)));
    assert!(open_model::from_json_str::<ExtendsItem>(r#"{"b":2,"z":"3"}"#).is_err());
    let k: ExtendsKeyed = open_model::from_json_str(r#"{"k":"x","z":1}"#).unwrap();
    assert!(matches!(&k, ExtendsKeyed::Object(o) if o.z == Some(1)));
}
