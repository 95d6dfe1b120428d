//! The Unicode property names ECMA-262 knows, for `\p{…}` escapes: exact
//! and case-sensitive, where the `regex` crate matches names loosely.

/// The names of General_Category values (ECMA-262's table "Value aliases
/// and canonical values for the Unicode property General_Category").
const GENERAL_CATEGORIES: &str = "\
    Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl \
    Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me \
    Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl \
    Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm \
    Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation \
    Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So \
    Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z \
    Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt \
    Unassigned Cn Uppercase_Letter Lu";

/// The binary properties and their aliases (ECMA-262's table "Binary
/// Unicode property aliases and their canonical property names").
const BINARY_PROPERTIES: &str = "\
    ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C \
    Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF \
    Changes_When_Casemapped CWCM Changes_When_Lowercased CWL \
    Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT \
    Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep \
    Diacritic Dia Emoji Emoji_Component EComp Emoji_Modifier EMod Emoji_Modifier_Base \
    EBase Emoji_Presentation EPres Extended_Pictographic ExtPict Extender Ext \
    Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB \
    IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control \
    Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point \
    NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical \
    Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation \
    Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space \
    XID_Continue XIDC XID_Start XIDS";

fn listed(names: &str, name: &str) -> bool {
    names.split_ascii_whitespace().any(|n| n == name)
}

/// Why ECMA-262 refuses the property of a `\p{…}` or `\P{…}` escape, if
/// it does: its names are exact and case-sensitive, where the `regex`
/// crate matches loosely (`\p{Punct}` is not ECMA-262's `punct`, and
/// Java's ASCII classes `\p{Print}`, `\p{Alnum}` are not properties at
/// all). A script's name is left to the `regex` crate, which knows them.
pub(super) fn property_problem(name: &str) -> Option<String> {
    let known = match name.split_once('=') {
        Some(("General_Category" | "gc", value)) => listed(GENERAL_CATEGORIES, value),
        Some(("Script" | "sc" | "Script_Extensions" | "scx", value)) => {
            value.starts_with(|c: char| c.is_ascii_uppercase())
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        }
        Some(_) => false,
        None => listed(GENERAL_CATEGORIES, name) || listed(BINARY_PROPERTIES, name),
    };
    (!known).then(|| {
        format!("`{name}` is not a Unicode property ECMA-262 knows (its names are exact and case-sensitive: `L`, `Letter`, `punct`, `Script=Greek`)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_ecma_262_knows_compiles_as_the_same_property() {
        for name in GENERAL_CATEGORIES
            .split_ascii_whitespace()
            .chain(BINARY_PROPERTIES.split_ascii_whitespace())
        {
            let pattern = format!(r"\p{{{name}}}");
            assert_eq!(super::super::translate(&pattern).err(), None, "{name}");
            // The `regex` crate does not have this one: `check` refuses
            // it with the crate's reason, never lets a value through.
            if matches!(name, "Changes_When_NFKC_Casefolded" | "CWKCF") {
                assert!(super::super::check(&pattern).is_err());
                continue;
            }
            assert!(super::super::check(&pattern).is_ok(), "{name}");
        }
    }

    #[test]
    fn names_ecma_262_does_not_know_are_refused() {
        // Java's ASCII classes (AWS), and loose spellings the `regex` crate
        // would take as another property (`Punct` for `punct`).
        for p in [
            r"\p{Print}+",
            r"^[\p{Alnum}_]+$",
            r"(\p{LD}|\p{Punct})",
            r"[\p{all}]*",
            r"\P{XDigit}",
            r"\p{letter}",
            r"\p{gc=Letters}",
            r"\p{Block=Greek}",
            r"\p",
        ] {
            let problem = super::super::translate(p).err();
            assert!(problem.is_some(), "{p}");
        }
        for p in [
            r"\p{L}",
            r"[\p{Lu}\P{Nd}]",
            r"\p{Script=Greek}",
            r"\p{scx=Latn}",
            r"\p{gc=Lu}",
            r"\\p{Print}",
        ] {
            assert_eq!(super::super::translate(p).err(), None, "{p}");
        }
        assert_eq!(
            super::super::translate(r"\p{Punct}").unwrap_err(),
            "`Punct` is not a Unicode property ECMA-262 knows (its names are exact and case-sensitive: `L`, `Letter`, `punct`, `Script=Greek`)"
        );
    }
}
