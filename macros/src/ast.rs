//! The macro's view of the annotated item: options parsed, wire names
//! resolved, each field's presence read from its type. It borrows the syn
//! tree, so later stages can still point at the tokens the user wrote.

use crate::attr::{self, ContainerAttrs, Spanned};
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, Type};

/// How a field's key and `null` are treated, read from its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// `T`: the key must be present, `null` is refused.
    Required,
    /// `Option<T>`: the key may be absent, `null` is refused.
    Optional,
    /// `Field<T>`: absent, `null`, or a value.
    OptionalNullable,
    /// `#[open_model(required)] Option<T>`: the key must be present, `null` is `None`.
    RequiredNullable,
}

impl Presence {
    pub fn required(self) -> bool {
        matches!(self, Presence::Required | Presence::RequiredNullable)
    }

    pub fn nullable(self) -> bool {
        matches!(
            self,
            Presence::OptionalNullable | Presence::RequiredNullable
        )
    }
}

pub struct Field<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub wire: String,
    /// Where the wire name comes from (the `rename` value or the field name).
    pub wire_span: Span,
    pub presence: Presence,
    pub format: Option<Spanned<crate::attr::FormatName>>,
    pub keywords: crate::attr::Keywords,
    pub description: Option<String>,
    /// `#[cfg(...)]` attributes, carried onto everything generated for the field.
    pub cfgs: Vec<&'a Attribute>,
}

/// A field marked `flatten`: a base model whose fields the model shares.
pub struct Base<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
}

/// A field marked `skip`: not in the document, `Default` on decode.
pub struct Skipped<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub cfgs: Vec<&'a Attribute>,
}

pub struct Struct<'a> {
    pub ident: &'a Ident,
    /// The model's own fields (the base's are not among them).
    pub fields: Vec<Field<'a>>,
    /// Fields marked `skip`, in the order written.
    pub skipped: Vec<Skipped<'a>>,
    pub base: Option<Base<'a>>,
    pub attrs: ContainerAttrs,
    pub description: Option<String>,
}

pub enum VariantShape<'a> {
    Unit,
    Newtype(&'a Type),
    Other,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub ident: &'a Ident,
    pub wire: String,
    pub wire_span: Span,
    pub shape: VariantShape<'a>,
    /// `other`: the variant keeps what the enum does not know.
    pub other: Option<Span>,
}

pub struct Enum<'a> {
    pub ident: &'a Ident,
    pub variants: Vec<Variant<'a>>,
    pub attrs: ContainerAttrs,
    pub description: Option<String>,
    /// What the enum is, decided once from its variants and options.
    pub kind: EnumKind,
    /// The variant marked `other`, when there is one (an open enum).
    pub other: Option<usize>,
}

impl<'a> Enum<'a> {
    /// The variants with a wire value of their own: all but `other`.
    pub fn known(&self) -> impl Iterator<Item = &Variant<'a>> {
        self.variants.iter().filter(|v| v.other.is_none())
    }

    /// The `other` variant, when there is one.
    pub fn other_variant(&self) -> Option<&Variant<'a>> {
        self.other.map(|i| &self.variants[i])
    }
}

/// The kinds of enum the macro writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumKind {
    /// Unit variants: a string enum.
    Strings,
    /// Variants holding models, selected by a tag key (`tag = "…"`).
    Tagged,
    /// Variants holding values, exactly one of which fits (`one_of`).
    OneOf,
    /// Variants holding values, the first that fits (`any_of`).
    AnyOf,
}

/// The last segment's name of a path type (`Option` for `std::option::Option<T>`).
pub fn outer_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The type argument of a one-argument wrapper (`T` of `Option<T>`).
pub fn inner_type(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// A field's `#[cfg(...)]` attributes.
fn cfgs_of(f: &syn::Field) -> Vec<&Attribute> {
    f.attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .collect()
}

/// The identifier's name without `r#`.
pub(crate) fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map_or(s.clone(), str::to_owned)
}

pub fn parse_struct<'a>(
    cx: &mut Ctxt,
    item: &'a syn::ItemStruct,
    attrs: ContainerAttrs,
) -> Option<Struct<'a>> {
    let named = match &item.fields {
        syn::Fields::Named(named) => named,
        syn::Fields::Unnamed(_) => {
            cx.error(
                item.ident.span(),
                "`#[open_model]` needs named fields, or exactly one field for an alias (`struct UnixSeconds(Number);`)",
            );
            return None;
        }
        syn::Fields::Unit => {
            cx.error(
                item.ident.span(),
                "`#[open_model]` needs named fields; a unit struct has no keys to map",
            );
            return None;
        }
    };
    let mut fields = Vec::new();
    let mut skipped = Vec::new();
    let mut base: Option<Base<'a>> = None;
    for f in &named.named {
        let Some(ident) = f.ident.as_ref() else {
            continue;
        };
        let fa = attr::parse_field(cx, &f.attrs, open_model_internals::options::Place::Field);
        if let Some(span) = fa.flatten {
            for (name, at) in fa.written.iter().filter(|(n, _)| n != "flatten") {
                cx.error(
                    *at,
                    format!("`{name}` does not apply to a `flatten` field: it takes its keys, and their rules, from the base model"),
                );
            }
            if matches!(
                outer_name(&f.ty).as_deref(),
                Some("Option" | "Field" | "Vec" | "Map" | "Box")
            ) {
                cx.error_spanned(
                    &f.ty,
                    "`flatten` takes a model (`allOf` of a component), not a wrapper of one",
                );
            }
            if base.is_some() {
                cx.error(span, "one `flatten` field per model: `allOf` here composes one base with the model's own fields");
            }
            base = Some(Base { ident, ty: &f.ty });
            continue;
        }
        if fa.skip.is_some() {
            for (name, at) in fa.written.iter().filter(|(n, _)| n != "skip") {
                cx.error(
                    *at,
                    format!("`{name}` does not apply to a `skip` field: it is not in the document, so it has no key, rules or schema"),
                );
            }
            skipped.push(Skipped {
                ident,
                ty: &f.ty,
                cfgs: cfgs_of(f),
            });
            continue;
        }
        let name = unraw(ident);
        let (wire, wire_span) = match (&fa.rename, &attrs.rename_all) {
            (Some(r), _) => (r.value.clone(), r.span),
            (None, Some(rule)) => (rule.value.apply_to_field(&name), ident.span()),
            (None, None) => (name.clone(), ident.span()),
        };
        let outer = outer_name(&f.ty);
        let presence = match (outer.as_deref(), fa.required) {
            (Some("Option"), Some(_)) => Presence::RequiredNullable,
            (Some("Option"), None) => Presence::Optional,
            (Some("Field"), Some(span)) => {
                cx.error(
                    span,
                    "`required` contradicts `Field<T>`, which is optional; use `Option<T>` with `required` for a key that must be present but may be null",
                );
                Presence::OptionalNullable
            }
            (Some("Field"), None) => Presence::OptionalNullable,
            (_, Some(span)) => {
                cx.error(
                    span,
                    "`required` is for `Option<T>` fields (present, may be null); a field of a plain type is already required",
                );
                Presence::Required
            }
            (_, None) => Presence::Required,
        };
        fields.push(Field {
            ident,
            ty: &f.ty,
            wire,
            wire_span,
            presence,
            format: fa.format,
            keywords: fa.keywords,
            description: attr::doc_string(&f.attrs),
            cfgs: cfgs_of(f),
        });
    }
    Some(Struct {
        ident: &item.ident,
        fields,
        skipped,
        base,
        attrs,
        description: attr::doc_string(&item.attrs),
    })
}

pub fn parse_enum<'a>(cx: &mut Ctxt, item: &'a syn::ItemEnum, attrs: ContainerAttrs) -> Enum<'a> {
    let mut variants = Vec::new();
    for v in &item.variants {
        let va = attr::parse_variant(cx, &v.attrs);
        if let (Some(_), Some(rename)) = (va.other, &va.rename) {
            cx.error(
                rename.span,
                "an `other` variant has no wire value of its own: it keeps whatever value the enum does not know",
            );
        }
        let name = unraw(&v.ident);
        let (wire, wire_span) = match (&va.rename, &attrs.rename_all) {
            (Some(r), _) => (r.value.clone(), r.span),
            (None, Some(rule)) => (rule.value.apply_to_variant(&name), v.ident.span()),
            (None, None) => (name, v.ident.span()),
        };
        let shape = match &v.fields {
            syn::Fields::Unit => VariantShape::Unit,
            syn::Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                VariantShape::Newtype(&u.unnamed[0].ty)
            }
            _ => VariantShape::Other,
        };
        if let Some((_, d)) = &v.discriminant {
            cx.error(d.span(), "an `#[open_model]` enum takes no discriminant values; use `rename` to set the wire value");
        }
        variants.push(Variant {
            original: v,
            ident: &v.ident,
            wire,
            wire_span,
            shape,
            other: va.other,
        });
    }
    let holds_values = variants
        .iter()
        .filter(|v| v.other.is_none())
        .any(|v| matches!(v.shape, VariantShape::Newtype(_)));
    let other = variants.iter().position(|v| v.other.is_some());
    let kind = match (holds_values, attrs.one_of, attrs.any_of) {
        (false, _, _) => EnumKind::Strings,
        (true, Some(_), _) => EnumKind::OneOf,
        (true, None, Some(_)) => EnumKind::AnyOf,
        (true, None, None) => EnumKind::Tagged,
    };
    Enum {
        ident: &item.ident,
        variants,
        attrs,
        description: attr::doc_string(&item.attrs),
        kind,
        other,
    }
}
