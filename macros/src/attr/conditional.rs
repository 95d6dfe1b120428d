//! `if_schema`, `then_schema` and `else_schema` (JSON Schema 2020-12's
//! `if`, `then`, `else`), read the same way on a model and on a value.

use super::{type_value, Once, Spanned};
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::Type;

/// A condition: a value that is a valid `when` must be a valid `then`;
/// one that is not, a valid `otherwise` (each when given).
pub struct Conditional {
    pub when: Spanned<Type>,
    pub then: Option<Spanned<Type>>,
    pub otherwise: Option<Spanned<Type>>,
}

pub(super) struct ConditionalSlots {
    when: Once<Spanned<Type>>,
    then: Once<Spanned<Type>>,
    otherwise: Once<Spanned<Type>>,
}

impl ConditionalSlots {
    pub(super) fn new() -> Self {
        ConditionalSlots {
            when: Once::new("if_schema"),
            then: Once::new("then_schema"),
            otherwise: Once::new("else_schema"),
        }
    }

    /// Reads `meta` when it is one of the three options; false otherwise.
    pub(super) fn parse(
        &mut self,
        cx: &mut Ctxt,
        meta: &ParseNestedMeta<'_>,
        span: Span,
    ) -> syn::Result<bool> {
        for (name, slot) in [
            ("if_schema", &mut self.when),
            ("then_schema", &mut self.then),
            ("else_schema", &mut self.otherwise),
        ] {
            if meta.path.is_ident(name) {
                if let Some(ty) = type_value(cx, meta, name)? {
                    slot.set(cx, span, ty);
                }
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The condition, once every option is read: `if_schema` with neither
    /// branch checks nothing, and a branch needs its `if_schema`.
    pub(super) fn finish(self, cx: &mut Ctxt) -> Option<Conditional> {
        let then = self.then.value;
        let otherwise = self.otherwise.value;
        let Some(when) = self.when.value else {
            for branch in [&then, &otherwise].into_iter().flatten() {
                cx.error(
                    branch.span,
                    "`then_schema` and `else_schema` apply as `if_schema` decides; give `if_schema = Type`",
                );
            }
            return None;
        };
        if then.is_none() && otherwise.is_none() {
            cx.error(
                when.span,
                "`if_schema` alone checks nothing; give `then_schema = Type`, `else_schema = Type` or both",
            );
            return None;
        }
        Some(Conditional {
            when: when.value,
            then: then.map(|s| s.value),
            otherwise: otherwise.map(|s| s.value),
        })
    }
}
