//! `pattern_properties`: the `ModelDecode` items that match a key against
//! the model's key patterns and check a value as a pattern's type, the
//! validation of the extension map against them, and `patternProperties`
//! in the schema; `others = Type` is checked as one more pattern, matched
//! by the extension keys no pattern matches. Empty for a model without
//! key patterns.

use super::Model;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// The `ModelDecode` items (the trait's defaults stand for none).
pub(super) fn decode_items(m: &Model<'_>) -> TokenStream {
    let patterns = &m.s.attrs.pattern_properties.patterns;
    if patterns.is_empty() {
        return quote!();
    }
    // `others` is checked as the pattern after the last.
    let types: Vec<&syn::Type> = patterns
        .iter()
        .map(|p| &p.ty)
        .chain(&m.s.attrs.pattern_properties.others)
        .collect();
    let others_typed = m.s.attrs.pattern_properties.others.is_some();
    let om = &m.om;
    let texts = patterns.iter().map(|p| &p.text);
    let matches = patterns.iter().enumerate().map(|(i, p)| {
        let translated = &p.translated;
        quote_spanned! {p.span=>
            #i => {
                static __PATTERN: #om::OnceLock<#om::Option<#om::Pattern>> = #om::OnceLock::new();
                match __PATTERN.get_or_init(|| #om::Pattern::new(#translated)) {
                    #om::Some(__re) => __re.is_match(__key),
                    #om::None => #om::Err(#om::String::from("the pattern could not be compiled")),
                }
            }
        }
    });
    let json = types.iter().enumerate().map(|(i, ty)| {
        let span = syn::spanned::Spanned::span(ty);
        quote_spanned!(span=> #i => <#ty as #om::Decode>::__check_json(__r, __peek),)
    });
    let value = types.iter().enumerate().map(|(i, ty)| {
        let span = syn::spanned::Spanned::span(ty);
        quote_spanned! {span=>
            #i => #om::decode_from_value::<#ty>(#om::Value::clone(__value), __ctx).is_some(),
        }
    });
    quote! {
        const KEY_PATTERNS: &'static [&'static str] = &[#(#texts),*];
        const OTHERS_TYPED: bool = #others_typed;

        fn key_pattern_matches(__index: usize, __key: &str) -> #om::Result<bool, #om::String> {
            match __index {
                #(#matches)*
                _ => #om::Ok(false),
            }
        }

        fn check_key_pattern_json(
            __index: usize,
            __r: &mut #om::JsonReader<'_>,
            __peek: #om::Peek,
        ) -> #om::Result<bool, #om::Fatal> {
            match __index {
                #(#json)*
                _ => __r.skip(__peek).map(|()| true),
            }
        }

        fn check_key_pattern_value(__index: usize, __value: &#om::Value, __ctx: &mut #om::Ctx) -> bool {
            match __index {
                #(#value)*
                _ => true,
            }
        }

        fn check_key_pattern_extra(__index: usize, __value: &#om::Value, __ctx: &mut #om::Ctx) -> bool {
            <Self as #om::ModelDecode>::check_key_pattern_value(__index, __value, __ctx)
        }
    }
}

/// In `__validate`: the extension map against the key patterns.
pub(super) fn validate(m: &Model<'_>) -> TokenStream {
    if m.s.attrs.pattern_properties.patterns.is_empty() {
        return quote!();
    }
    let (om, extra_field) = (&m.om, &m.extra_field);
    quote!(#om::validate_key_patterns::<Self>(self, &self.#extra_field, __ctx);)
}

/// In the schema: `patternProperties`, each pattern as written with its
/// type's schema.
pub(super) fn schema(m: &Model<'_>) -> TokenStream {
    let patterns = &m.s.attrs.pattern_properties.patterns;
    if patterns.is_empty() {
        return quote!();
    }
    let others = m.s.attrs.pattern_properties.others.as_ref().map(|t| {
        let om = &m.om;
        quote!(#om::schema_set(&mut __s, "additionalProperties", __gen.reference::<#t>());)
    });
    let om = &m.om;
    let entries = patterns.iter().map(|p| {
        let (text, ty) = (&p.text, &p.ty);
        quote!(__patterns.insert(#om::String::from(#text), __gen.reference::<#ty>());)
    });
    quote! {
        let mut __patterns = #om::Map::new();
        #(#entries)*
        #om::schema_set(&mut __s, "patternProperties", #om::Value::Dict(__patterns));
        #others
    }
}
