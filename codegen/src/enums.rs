//! String enums: `enum` of strings, named variants with `rename_all`.

use super::*;

impl Gen<'_> {
    /// Emits an enum whose variants hold values: a union of some `kind`
    /// (`one_of`, `any_of`, `tag = "…"`), with the schema's annotations.
    pub(crate) fn push_enum(
        &mut self,
        ident: &Ident,
        schema: &Map,
        inline: bool,
        kind: TokenStream,
        variants: &[TokenStream],
    ) {
        let mut container = vec![kind];
        container.extend(nullable_attr(schema, inline));
        self.push_item(
            schema,
            inline,
            container,
            quote! {
                #[derive(Debug, Clone, PartialEq)]
                pub enum #ident {
                    #(#variants,)*
                }
            },
        );
    }

    /// A string enum; `open` adds the variant that keeps any other value
    /// (`#[open_model(other)] Other(String)`).
    pub(crate) fn string_enum(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
        open: bool,
    ) {
        self.check_keys(
            schema,
            path,
            &[
                "type",
                "enum",
                "description",
                "format",
                "example",
                "default",
                "nullable",
                "deprecated",
                "title",
            ],
        );
        // A value listed twice (Vercel's `[production, preview,
        // development, preview, development]`) is one variant: the enum
        // admits the same values.
        let mut values: Vec<String> = Vec::new();
        for v in schema
            .get("enum")
            .and_then(Value::as_list)
            .into_iter()
            .flatten()
        {
            if let Some(v) = v.as_str().filter(|v| !values.iter().any(|w| w == v)) {
                values.push(v.to_owned());
            }
        }
        let names = variant_names(&values);
        let rule = [
            "lowercase",
            "UPPERCASE",
            "SCREAMING_SNAKE_CASE",
            "snake_case",
            "camelCase",
        ]
        .into_iter()
        .find(|rule| {
            names
                .iter()
                .zip(&values)
                .all(|(n, v)| apply_variant_rule(rule, &n.to_string()) == *v)
        });
        let pascal_fits = names.iter().zip(&values).all(|(n, v)| *n == v.as_str());
        let mut container = Vec::new();
        let variants: Vec<TokenStream> = names
            .iter()
            .zip(&values)
            .map(|(n, v)| {
                let fits = if pascal_fits {
                    true
                } else if let Some(rule) = rule {
                    apply_variant_rule(rule, &n.to_string()) == *v
                } else {
                    *n == v.as_str()
                };
                if fits {
                    quote!(#n)
                } else {
                    quote!(#[open_model(rename = #v)] #n)
                }
            })
            .collect();
        if let (false, Some(rule)) = (pascal_fits, rule) {
            container.push(quote!(rename_all = #rule));
        }
        container.extend(nullable_attr(schema, inline));
        let (derives, other) = if open {
            let name = ["Other", "Unknown", "OtherValue"]
                .into_iter()
                .find(|c| names.iter().all(|n| n != c))
                .unwrap_or("OpenOther");
            let other = format_ident!("{}", name);
            (
                quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash)]),
                Some(quote!(#[open_model(other)] #other(String))),
            )
        } else {
            (
                quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]),
                None,
            )
        };
        let variants = variants.into_iter().chain(other);
        self.push_item(
            schema,
            inline,
            container,
            quote! {
                #derives
                pub enum #ident {
                    #(#variants,)*
                }
            },
        );
    }
}
