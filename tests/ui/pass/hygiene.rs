//! Generated code names nothing from the user's scope.
#![allow(dead_code, non_camel_case_types)]

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
}

fn main() {
    let m: ::std::result::Result<shadowed::Model, open_model::Report> =
        open_model::from_json_str(r#"{"id":"a","list":[],"kind":"one"}"#);
    assert!(m.is_ok());
}
