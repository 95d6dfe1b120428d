//! Rules across fields and options, one function per rule.

use crate::ast::{Enum, EnumKind, Struct, VariantShape};
use crate::ctxt::Ctxt;
use std::collections::HashMap;

/// The name of the extension map field the macro adds.
pub const EXTRA_FIELD: &str = "extra";

pub fn check_struct(cx: &mut Ctxt, s: &Struct<'_>) {
    check_rename_with_inline(cx, &s.attrs);
    check_closed_with_extra(cx, s);
    check_key_patterns_with_extra(cx, s);
    check_tag_on_struct(cx, s);
    check_duplicate_wire_names(cx, s);
    check_extension_field_name(cx, s);
    check_applied_defaults(cx, s);
}

/// A container `rename` names a component; an `inline` type has none.
pub fn check_rename_with_inline(cx: &mut Ctxt, attrs: &crate::attr::ContainerAttrs) {
    if let (Some(rename), Some(_)) = (&attrs.rename, attrs.inline) {
        cx.error(
            rename.span,
            "`rename` names the type's schema component, and an `inline` type has none; drop one of them",
        );
    }
}

/// Under `apply_defaults`, a default applies to an absent key: a field whose
/// key must be present never takes it, and a model without any default has
/// nothing to apply.
fn check_applied_defaults(cx: &mut Ctxt, s: &Struct<'_>) {
    let Some(span) = s.attrs.apply_defaults else {
        return;
    };
    let mut any = false;
    for f in s
        .fields
        .iter()
        .filter(|f| f.keywords.default_json.is_some())
    {
        any = true;
        if f.presence.required() {
            cx.error(
                f.ident.span(),
                format!(
                    "`{}` is required, so its `default_json` never applies; make it `Option<T>` or `Field<T>`",
                    f.ident
                ),
            );
        }
    }
    if !any {
        cx.error(
            span,
            "`apply_defaults` applies the fields' `default_json`, and no field has one",
        );
    }
}

fn check_closed_with_extra(cx: &mut Ctxt, s: &Struct<'_>) {
    if let (Some(_), Some(extra)) = (s.attrs.closed, &s.attrs.extra) {
        cx.error(
            extra.span,
            "`extra` gives a type to the extension map, but `closed` removes it; keep one of the two",
        );
    }
}

/// With `pattern_properties` the extension map holds keys of several
/// types, so it holds `Value`s, each checked against its key's patterns.
fn check_key_patterns_with_extra(cx: &mut Ctxt, s: &Struct<'_>) {
    let patterns = &s.attrs.pattern_properties;
    if let (Some(extra), false) = (&s.attrs.extra, patterns.patterns.is_empty()) {
        cx.error(
            extra.span,
            "`extra` gives every extension key one type, but `pattern_properties` gives the keys it matches their own, so the extension map holds `Value`s; drop `extra`, and type the keys no pattern matches with `others = Type` inside `pattern_properties` (or refuse them with `closed`)",
        );
    }
    if let (Some(closed), Some(_)) = (s.attrs.closed, &patterns.others) {
        cx.error(
            closed,
            "`closed` refuses the keys no pattern matches, and `others` gives them a type; keep one of the two",
        );
    }
}

fn check_tag_on_struct(cx: &mut Ctxt, s: &Struct<'_>) {
    if let Some(tag) = &s.attrs.tag {
        cx.error(
            tag.span,
            "`tag` names the discriminator of an enum of models; a struct has no variants to choose",
        );
    }
}

fn check_duplicate_wire_names(cx: &mut Ctxt, s: &Struct<'_>) {
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for f in &s.fields {
        if let Some(first) = seen.get(f.wire.as_str()) {
            cx.error(
                f.wire_span,
                format!(
                    "wire name \"{}\" is already used by field `{}`; give one of them another `rename`",
                    f.wire, first
                ),
            );
        } else {
            seen.insert(&f.wire, f.ident);
        }
    }
}

fn check_extension_field_name(cx: &mut Ctxt, s: &Struct<'_>) {
    if !s.attrs.has_extension_map() {
        return;
    }
    let skipped = s.skipped.iter().map(|f| f.ident);
    for ident in s.fields.iter().map(|f| f.ident).chain(skipped) {
        if ident == EXTRA_FIELD {
            cx.error(
                ident.span(),
                "field `extra` collides with the extension map the macro adds; name the field otherwise and keep its key with `#[open_model(rename = \"extra\")]`",
            );
        }
    }
}

pub fn check_enum(cx: &mut Ctxt, e: &Enum<'_>) {
    check_rename_with_inline(cx, &e.attrs);
    check_variant_shapes(cx, e);
    check_other_variant(cx, e);
    check_duplicate_tag_values(cx, e);
}

/// An open enum's `other` variant: one per enum, beside known values, and
/// holding what keeps an unknown value whole (the text of a string enum, the
/// object of a tagged union).
fn check_other_variant(cx: &mut Ctxt, e: &Enum<'_>) {
    let mut others = e.variants.iter().filter_map(|v| v.other.map(|s| (v, s)));
    let Some((v, span)) = others.next() else {
        return;
    };
    for (_, again) in others {
        cx.error(
            again,
            "one `other` variant per enum: it keeps every value the enum does not know",
        );
    }
    if e.known().next().is_none() {
        cx.error(
            span,
            "an open enum needs known values beside its `other` variant",
        );
    }
    let (wanted, example) = match e.kind {
        EnumKind::Strings => ("String", "Other(String)"),
        EnumKind::Tagged => ("Map", "Other(open_model::Map)"),
        EnumKind::OneOf | EnumKind::AnyOf => {
            cx.error(span, "`other` is for string enums and tagged unions; an enum tried variant by variant can end with a variant of type `Value`, which takes anything");
            return;
        }
    };
    match v.shape {
        VariantShape::Newtype(ty) if crate::ast::outer_name(ty).as_deref() == Some(wanted) => {}
        _ => cx.error_spanned(
            &v.original.fields,
            format!("the `other` variant of this enum holds the unknown value whole: `{example}`"),
        ),
    }
}

fn check_variant_shapes(cx: &mut Ctxt, e: &Enum<'_>) {
    let units = e
        .known()
        .filter(|v| matches!(v.shape, VariantShape::Unit))
        .count();
    let newtypes = e
        .known()
        .filter(|v| matches!(v.shape, VariantShape::Newtype(_)))
        .count();
    if e.variants.is_empty() {
        cx.error(
            e.ident.span(),
            "an `#[open_model]` enum needs at least one variant",
        );
        return;
    }
    for v in e.known() {
        if let VariantShape::Other = v.shape {
            cx.error_spanned(
                &v.original.fields,
                "each variant is either a unit (a string enum value) or holds one model: `Name(Model)`",
            );
        }
    }
    if units > 0 && newtypes > 0 {
        cx.error(
            e.ident.span(),
            "mix of unit variants and model variants; an enum is either a string enum (all unit) or a union of models (all `Name(Model)`)",
        );
        return;
    }
    if let (Some(_), Some(span)) = (e.attrs.one_of, e.attrs.any_of) {
        cx.error(
            span,
            "`one_of` and `any_of` contradict each other: `one_of` wants exactly one variant to fit, `any_of` takes the first that fits; keep one",
        );
    }
    if let (Some(tag), Some(_)) = (&e.attrs.tag, e.attrs.any_of) {
        cx.error(
            tag.span,
            "`tag` and `any_of` contradict each other: a tag selects the variant, `any_of` tries each in turn; keep one",
        );
    }
    if let (Some(tag), Some(_)) = (&e.attrs.tag, e.attrs.one_of) {
        cx.error(
            tag.span,
            "`tag` and `one_of` contradict each other: a tag selects the variant, `one_of` tries each in turn; keep one",
        );
    }
    if newtypes > 0 && e.attrs.tag.is_none() && e.attrs.one_of.is_none() && e.attrs.any_of.is_none()
    {
        cx.error(
            e.ident.span(),
            "an enum of models needs the key that selects the variant, `#[open_model(tag = \"type\")]`, or `#[open_model(one_of)]` / `#[open_model(any_of)]` to try each variant in turn",
        );
    }
    if units > 0 {
        for (span, name) in [(e.attrs.one_of, "one_of"), (e.attrs.any_of, "any_of")] {
            if let Some(span) = span {
                cx.error(
                    span,
                    format!("`{name}` is for enums whose variants hold a value; a string enum lists its values"),
                );
            }
        }
    }
    if units > 0 {
        if let Some(tag) = &e.attrs.tag {
            cx.error(
                tag.span,
                "`tag` is for enums of models; a string enum has no tag key",
            );
        }
    }
}

fn check_duplicate_tag_values(cx: &mut Ctxt, e: &Enum<'_>) {
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for v in e.known() {
        if let Some(first) = seen.get(v.wire.as_str()) {
            cx.error(
                v.wire_span,
                format!(
                    "value \"{}\" is already used by variant `{}`; give one of them another `rename`",
                    v.wire, first
                ),
            );
        } else {
            seen.insert(&v.wire, v.ident);
        }
    }
}
