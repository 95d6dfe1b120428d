//! In optimised builds, every function the macro writes is marked
//! `#[inline]`, so that rustc compiles it only where it is used, as it does
//! serde's generic `Deserialize` impls.
//!
//! A non-generic function (a model's `finish`, its builder's `build`, its
//! schema's `definition`) is otherwise compiled and optimised in the
//! model's own crate whether or not anything calls it, and so is every
//! generic runtime function it reaches: with 200 models, that was most of a
//! release build's time. Marked `#[inline]`, a function is compiled in the
//! crates that call it, once per crate, and not at all where nothing does:
//! a crate of models costs what its users use of it. Measured on 200
//! models (BENCHMARKS.md), a release build of the crate went from 7.8× to
//! about 2× the time of the same structs with serde derives, and a crate
//! that decodes and encodes every one of them builds in about serde's time.
//!
//! The mark is `#[cfg_attr(not(debug_assertions), inline)]`: in a debug
//! build, code is not optimised and compiling it eagerly is cheap, while an
//! `#[inline]` function must have its MIR optimised and written into the
//! crate's metadata for its callers; measured, the mark made a dev build of
//! the 200 models 20% slower, so it applies where it pays. Either way the
//! code and what it does are the same.
//!
//! The rule is kept here, once, rather than in each emitter: the pass walks
//! the emitted tokens, finds each `fn NAME` (a definition; a `fn(..)`
//! pointer type has no name), steps back over its qualifiers (`pub`,
//! `pub(crate)`, `const`, `unsafe`) and attributes, and adds the mark
//! unless an `#[inline]`, `#[inline(never)]` or `#[cold]` is already there.

use proc_macro2::{Delimiter, Group, Punct, Spacing, TokenStream, TokenTree};
use quote::quote;

/// `tokens` with the mark on every function defined among them, in impl
/// blocks and in `const _: () = { .. }` blocks.
///
/// Only brace groups that are not a function's body are entered: a body's
/// statements are most of the tokens, and walking them cost a second of a
/// dev build of 200 models (every token crosses the compiler's bridge).
/// The macro writes no function inside another's body.
pub fn mark(tokens: TokenStream) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    let mut in_signature = false;
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Ident(ident)
                if ident == "fn" && matches!(trees.peek(), Some(TokenTree::Ident(_))) =>
            {
                let start = item_start(&out);
                let at = attrs_start(&out, start);
                if !says_how_to_inline(&out[at..start]) {
                    out.splice(at..at, inline_attr());
                }
                in_signature = true;
                out.push(TokenTree::Ident(ident));
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace && in_signature => {
                in_signature = false;
                out.push(TokenTree::Group(group));
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                let mut marked = Group::new(Delimiter::Brace, mark(group.stream()));
                marked.set_span(group.span());
                out.push(TokenTree::Group(marked));
            }
            TokenTree::Punct(p) if p.as_char() == ';' => {
                in_signature = false;
                out.push(TokenTree::Punct(p));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// Where the qualifiers before a `fn` begin: `pub`, `pub(crate)`,
/// `const`, `unsafe`, `async`, `extern "C"`.
fn item_start(out: &[TokenTree]) -> usize {
    let mut at = out.len();
    while at > 0 {
        match &out[at - 1] {
            TokenTree::Ident(i)
                if i == "pub" || i == "const" || i == "unsafe" || i == "async" || i == "extern" =>
            {
                at -= 1
            }
            TokenTree::Literal(_) if matches!(out.get(at.wrapping_sub(2)), Some(TokenTree::Ident(i)) if i == "extern") => {
                at -= 1
            }
            TokenTree::Group(g)
                if g.delimiter() == Delimiter::Parenthesis
                    && matches!(out.get(at.wrapping_sub(2)), Some(TokenTree::Ident(i)) if i == "pub") =>
            {
                at -= 1
            }
            _ => break,
        }
    }
    at
}

/// Where the attributes before `start` begin (`#[..]` pairs).
fn attrs_start(out: &[TokenTree], start: usize) -> usize {
    let mut at = start;
    while at >= 2 {
        match (&out[at - 2], &out[at - 1]) {
            (TokenTree::Punct(p), TokenTree::Group(g))
                if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
            {
                at -= 2
            }
            _ => break,
        }
    }
    at
}

/// Whether these attributes already say how to inline the item.
fn says_how_to_inline(attrs: &[TokenTree]) -> bool {
    attrs.iter().any(|t| match t {
        TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => {
            matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "inline" || i == "cold")
        }
        _ => false,
    })
}

fn inline_attr() -> Vec<TokenTree> {
    let mut pound = Punct::new('#', Spacing::Alone);
    pound.set_span(proc_macro2::Span::call_site());
    let mut attr: Vec<TokenTree> = vec![TokenTree::Punct(pound)];
    attr.extend(quote!([cfg_attr(not(debug_assertions), inline)]));
    attr
}

#[cfg(test)]
mod tests {
    use super::mark;
    use quote::quote;

    #[test]
    fn every_function_is_marked_once_and_pointer_types_are_not() {
        let out = mark(quote! {
            impl X {
                #[doc = "d"]
                pub(crate) const fn a(f: fn() -> u8) -> u8 { f() }
                #[inline(never)]
                fn b() {}
                #[cold]
                fn c() {}
                #[inline]
                pub fn d() {}
            }
            type P = ::core::marker::PhantomData<fn() -> u8>;
            const _: () = { impl Y { fn e(&self) where Self: Sized {} } };
        })
        .to_string();
        let expected = quote! {
            impl X {
                #[cfg_attr(not(debug_assertions), inline)]
                #[doc = "d"]
                pub(crate) const fn a(f: fn() -> u8) -> u8 { f() }
                #[inline(never)]
                fn b() {}
                #[cold]
                fn c() {}
                #[inline]
                pub fn d() {}
            }
            type P = ::core::marker::PhantomData<fn() -> u8>;
            const _: () = {
                impl Y {
                    #[cfg_attr(not(debug_assertions), inline)]
                    fn e(&self) where Self: Sized {}
                }
            };
        }
        .to_string();
        assert_eq!(out, expected);
    }
}
