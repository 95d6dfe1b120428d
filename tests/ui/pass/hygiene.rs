//! Generated code names nothing from the user's scope, and trips no lint
//! in it.
#![allow(dead_code, non_camel_case_types)]
#![deny(warnings)]

mod shadowed {
    pub struct Result;
    pub struct Option;
    pub struct Vec;
    pub struct String;
    pub struct Box;
    pub struct Value;
    pub struct Ok;
    pub struct Err;
    pub struct Some;
    pub struct None;
    pub struct Default;
    pub struct From;
    pub mod serde {}
    pub mod core {}
    pub mod std {}

    use open_model::open_model;

    #[open_model(rename_all = "camelCase")]
    pub struct Model {
        pub id: ::std::string::String,
        pub maybe: ::std::option::Option<i64>,
        pub tri: open_model::Field<::std::string::String>,
        pub list: ::std::vec::Vec<Inner>,
        pub kind: Kind,
        pub meta: ::std::option::Option<Tagged>,
    }

    #[open_model(closed)]
    pub struct Inner {
        pub n: i64,
    }

    #[open_model(rename_all = "lowercase")]
    pub enum Kind {
        One,
        Two,
    }

    #[open_model(tag = "type")]
    pub enum Tagged {
        Inner(Inner),
    }

    /// Every option that takes types in a list.
    #[open_model(
        pattern_properties("^x-" = ::std::string::String, others = i64),
        dependent_required("a" = ["b"]),
        dependent_schemas("zz" = Inner),
        property_names = Name,
        if_schema = Inner,
        then_schema = Inner,
        else_schema = open_model::Value
    )]
    pub struct Keyed {
        #[open_model(prefix_items(::std::string::String, bool), additional_items = i64)]
        pub a: ::std::option::Option<::std::vec::Vec<open_model::Value>>,
        pub b: ::std::option::Option<i64>,
        #[open_model(contains = Name, min_contains = 0, max_contains = 2)]
        #[open_model(if_schema = Name, then_schema = Name, else_schema = Name)]
        pub c: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }

    #[open_model]
    pub struct Name(#[open_model(max_length = 5)] ::std::string::String);
}

fn main() {
    let m: ::std::result::Result<shadowed::Model, open_model::Report> =
        open_model::from_json_str(r#"{"id":"a","list":[],"kind":"one"}"#);
    assert!(m.is_ok());
    let k: ::std::result::Result<shadowed::Keyed, open_model::Report> =
        open_model::from_json_str(r#"{"a":["s",true,1],"b":1,"n":1}"#);
    assert!(k.is_ok());
}
