//! Why the screen flagged a detail, in the page's language and in plain words. The screen's own `reason`
//! is English and changes with its detectors; pages word it from two stable facts instead: the category (what
//! the detail looks like) and whether it matched an identifier the registry holds. Every category has a
//! phrase, so no untranslated reason is ever shown.

use twinbridge_screening::{Category, Finding, ReasonKind};

use super::ctx::PageCtx;

/// Who reads the reason: the writer (whose own identifiers seeded the screen) or a coordinator (whose side's
/// participant's identifiers did).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reader {
    Writer,
    Staff,
}

/// The stable part of the message keys for a category.
fn category_key(category: Category) -> &'static str {
    match category {
        Category::Person => "person",
        Category::Location => "location",
        Category::Organization => "organization",
        Category::Date => "date",
        Category::Age => "age",
        Category::Contact => "contact",
        Category::IdNumber => "id-number",
        Category::Other => "other",
    }
}

/// The message key for why `finding` was flagged, as `reader` is told it.
pub(super) fn reason_key(finding: &Finding, reader: Reader) -> String {
    let category = category_key(finding.category);
    if finding.kind != ReasonKind::MatchesKnown {
        return format!("finding-looks-{category}");
    }
    let whose = if reader == Reader::Writer { "own" } else { "side" };
    let known = match finding.category {
        Category::Person | Category::Location | Category::Organization => category,
        _ => "other",
    };
    format!("finding-{whose}-{known}")
}

/// Why `finding` was flagged, in the page's language.
pub(super) fn reason(ctx: &PageCtx, finding: &Finding, reader: Reader) -> String {
    ctx.t(&reason_key(finding, reader))
}

/// Every phrase a category may be shown with, by key: for the live warnings of the write page, which word
/// the API's findings in the page's language.
pub(super) fn phrases(ctx: &PageCtx, reader: Reader) -> Vec<(String, String)> {
    let categories = [
        Category::Person,
        Category::Location,
        Category::Organization,
        Category::Date,
        Category::Age,
        Category::Contact,
        Category::IdNumber,
        Category::Other,
    ];
    let mut out = Vec::new();
    for category in categories {
        for kind in [ReasonKind::Detected, ReasonKind::MatchesKnown] {
            let finding = Finding {
                start: 0,
                end: 0,
                category,
                text: String::new(),
                confidence: 1.0,
                reason: String::new(),
                kind,
            };
            let name = serde_json::to_value(category).ok().and_then(|v| v.as_str().map(str::to_owned));
            let kind_name = serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned));
            if let (Some(name), Some(kind_name)) = (name, kind_name) {
                out.push((format!("{name}-{kind_name}"), reason(ctx, &finding, reader)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::i18n::Lang;

    fn finding(category: Category, kind: ReasonKind) -> Finding {
        Finding { start: 0, end: 1, category, text: "x".into(), confidence: 0.9, reason: "internal words".into(), kind }
    }

    /// Every category and kind has a translated phrase in every language, never the screen's English.
    #[test]
    fn every_reason_is_translated_and_plain() {
        for lang in Lang::ALL {
            for category in [
                Category::Person,
                Category::Location,
                Category::Organization,
                Category::Date,
                Category::Age,
                Category::Contact,
                Category::IdNumber,
                Category::Other,
            ] {
                for kind in [ReasonKind::Detected, ReasonKind::MatchesKnown] {
                    for reader in [Reader::Writer, Reader::Staff] {
                        let key = reason_key(&finding(category, kind), reader);
                        let text = lang.t(&key);
                        assert_ne!(text, key, "{key} is not translated into {lang:?}");
                        assert!(!text.contains("internal"), "{text}");
                    }
                }
            }
        }
        assert_eq!(
            Lang::En.t(&reason_key(&finding(Category::Person, ReasonKind::Detected), Reader::Writer)),
            "looks like a name"
        );
        assert_eq!(
            Lang::En.t(&reason_key(&finding(Category::Location, ReasonKind::MatchesKnown), Reader::Writer)),
            "matches your own town or address as the registry holds it"
        );
    }
}
