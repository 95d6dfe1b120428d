//! A flattened base (`allOf` of a component): what each part of the model's
//! code writes for it, empty when the model has none.

use crate::ast::Struct;
use crate::emit_shared::{om, ty_span};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// The base's contribution to each part, by name.
pub(crate) struct BaseParts {
    /// Its decoding state, a field of the model's state.
    pub state: TokenStream,
    pub default: TokenStream,
    /// How many typed fields it has (its indices follow the model's own).
    pub count: TokenStream,
    /// Match arms of `wire_name`, `field_index` and `decode_field` for
    /// indices past the model's own fields.
    pub wire: TokenStream,
    pub index: TokenStream,
    pub source: TokenStream,
    /// The check of its absent keys in `check_finish`, and whether it can
    /// be checked without building.
    pub check_finish: TokenStream,
    pub checks_in_place: TokenStream,
    /// Finishing its decode inside the model's `finish`, and its value.
    pub finish: TokenStream,
    pub build: TokenStream,
    /// Its fields, before the model's own: written as JSON, visited (the
    /// walk that `Value`, counting and access by key share), written
    /// through serde, validated.
    pub encode: TokenStream,
    pub visit: TokenStream,
    pub serialize: TokenStream,
    pub validate: TokenStream,
    /// The constructor's parameter and field, and its field metadata.
    pub param: TokenStream,
    pub ctor: TokenStream,
    pub fields_info: TokenStream,
}

impl BaseParts {
    pub(crate) fn of(s: &Struct<'_>) -> BaseParts {
        let om = om();
        let n = s.fields.len();
        let Some(b) = &s.base else {
            return BaseParts {
                state: quote!(),
                default: quote!(),
                count: quote!(0),
                wire: quote!(_ => "",),
                index: quote!(_ => #om::None,),
                source: quote!(_ => __source.skip()?,),
                check_finish: quote!(),
                checks_in_place: quote!(true),
                finish: quote!(),
                build: quote!(),
                encode: quote!(),
                visit: quote!(),
                serialize: quote!(),
                validate: quote!(),
                param: quote!(),
                ctor: quote!(),
                fields_info: quote!(&[]),
            };
        };
        let (bi, bt) = (b.ident, b.ty);
        let md = quote_spanned!(ty_span(bt)=> <#bt as #om::ModelDecode>);
        let no_key_patterns = quote_spanned!(ty_span(bt)=> let () = #om::NoKeyPatterns::<#bt>::OK;);
        BaseParts {
            state: quote!(__base: #md::State<__K>,),
            default: quote!(__base: #om::Default::default(),),
            count: quote!(#md::FIELD_COUNT),
            wire: quote!(_ => #md::wire_name(__index - #n),),
            index: quote!(_ => #md::field_index(__key).map(|__j| #n + __j),),
            source: quote!(_ => #md::decode_field::<__K, __S>(&mut __state.__base, __index - #n, __source)?,),
            check_finish: quote! {
                #no_key_patterns
                __ok = #md::check_finish(&__seen.shifted(#n, #md::FIELD_COUNT), __ctx, __ok);
            },
            checks_in_place: quote!(#md::CHECKS_IN_PLACE),
            finish: quote! {
                #no_key_patterns
                let __base = #md::finish(
                    __state.__base,
                    &__seen.shifted(#n, #md::FIELD_COUNT),
                    #om::Extras::new(),
                    __ctx,
                    __ok,
                );
                if __base.is_none() {
                    __ok = false;
                }
            },
            build: quote!(#bi: __base?,),
            encode: quote!(#om::ModelFields::__encode_fields(&self.#bi, __w, __first, __skip)?;),
            visit: quote!(#om::ModelFields::__visit_fields(&self.#bi, __visit)?;),
            serialize: quote!(#om::ModelFields::__serialize_fields(&self.#bi, __map, __skip)?;),
            validate: quote! {
                #no_key_patterns
                #om::ModelFields::__validate_fields(&self.#bi, __ctx);
            },
            param: quote!(#bi: #bt,),
            ctor: quote!(#bi,),
            fields_info: quote!(<#bt as #om::OpenModel>::FIELDS),
        }
    }
}
