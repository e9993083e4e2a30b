//! Languages of the portal and how a visitor's language is chosen: the language cookie (set by the switch),
//! then the browser's `Accept-Language`, then English. Every translation is compiled into the binary from
//! `locales/{en,hi,de}/*.ftl`.

use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // All three languages are left-to-right; bidi isolation marks would only get in the way.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Name of the cookie that remembers the chosen language.
pub const LANGUAGE_COOKIE: &str = "lang";

/// A language the portal is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English (the fallback).
    En,
    /// Hindi, in Devanagari.
    Hi,
    /// German.
    De,
}

const EN: LanguageIdentifier = langid!("en");
const HI: LanguageIdentifier = langid!("hi");
const DE: LanguageIdentifier = langid!("de");

impl Lang {
    /// Every language, in the order of the switch.
    pub const ALL: [Self; 3] = [Self::En, Self::Hi, Self::De];

    /// The ISO 639-1 code, for `lang` attributes and the cookie.
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Hi => "hi",
            Self::De => "de",
        }
    }

    /// Text direction (all three are left-to-right; kept so a right-to-left language only adds a case).
    pub const fn dir(self) -> &'static str {
        "ltr"
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Self::En => EN,
            Self::Hi => HI,
            Self::De => DE,
        }
    }

    /// The language with this code, if the portal has it.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best language for a request: the cookie if valid, else `Accept-Language`, else English.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Self {
        if let Some(lang) = cookie.and_then(Self::from_code) {
            return lang;
        }
        let Some(header) = accept_language else { return Self::En };
        let requested = fluent_langneg::accepted_languages::parse(header);
        let available: Vec<LanguageIdentifier> = Self::ALL.iter().map(|l| l.id()).collect();
        let fallback = EN;
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().and_then(|id| Self::from_code(id.language.as_str())).unwrap_or(Self::En)
    }

    /// The translation of `key`; a missing key shows as the key itself (and fails the key-coverage test).
    pub fn t(self, key: &str) -> String {
        LOCALES.try_lookup(&self.id(), key).unwrap_or_else(|| key.to_owned())
    }

    /// A day in words, in this language ("4 December 2026", "4. Dezember 2026"): pages never show the ISO
    /// form to people. Month names come from `month-1` … `month-12`, the order from `date-format`.
    pub fn day(self, day: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let args = [
            ("day".to_owned(), day.day().to_string()),
            ("month".to_owned(), self.t(&format!("month-{}", day.month()))),
            ("year".to_owned(), day.year().to_string()),
        ];
        self.t_args("date-format", &args)
    }

    /// The translation of `key` with named arguments (`{ $name }` in the message).
    pub fn t_args(self, key: &str, args: &[(String, String)]) -> String {
        let args: std::collections::HashMap<
            std::borrow::Cow<'static, str>,
            fluent_templates::fluent_bundle::FluentValue,
        > = args
            .iter()
            .map(|(k, v)| {
                // Whole numbers go in as numbers, so that plural rules choose the form ("one letter").
                let value = match v.parse::<i64>() {
                    Ok(n) => fluent_templates::fluent_bundle::FluentValue::from(n),
                    Err(_) => v.clone().into(),
                };
                (std::borrow::Cow::Owned(k.clone()), value)
            })
            .collect();
        LOCALES.try_lookup_with_args(&self.id(), key, &args).unwrap_or_else(|| key.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    #[test]
    fn days_read_as_words_in_each_language() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        assert_eq!(super::Lang::En.day(day), "4 December 2026");
        assert_eq!(super::Lang::De.day(day), "4. Dezember 2026");
        assert_eq!(super::Lang::Hi.day(day), "4 दिसंबर 2026");
    }

    #[test]
    fn counts_choose_their_plural_form() {
        let count = |n: &str| vec![("count".to_owned(), n.to_owned())];
        assert_eq!(
            super::Lang::En.t_args("explain-letters-remaining", &count("1")),
            "You can write one more anonymous letter."
        );
        assert_eq!(
            super::Lang::En.t_args("explain-letters-remaining", &count("3")),
            "You can write 3 more anonymous letters."
        );
    }

    use super::*;

    #[test]
    fn negotiation_prefers_cookie_then_accept_language_then_english() {
        assert_eq!(Lang::negotiate(Some("hi"), Some("de-DE,de;q=0.9")), Lang::Hi);
        assert_eq!(Lang::negotiate(Some("xx"), Some("de-DE,de;q=0.9,en;q=0.5")), Lang::De);
        assert_eq!(Lang::negotiate(None, Some("fr-FR,fr;q=0.9,hi;q=0.8")), Lang::Hi);
        assert_eq!(Lang::negotiate(None, Some("fr-FR")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some(";;;garbage")), Lang::En);
        assert_eq!(Lang::negotiate(None, None), Lang::En);
    }

    fn keys_of(ftl: &str) -> BTreeSet<String> {
        ftl.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
            .collect()
    }

    fn locale_files(lang: &str) -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
        let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("locale folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("readable")))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn every_language_has_every_key_and_no_extra_ones() {
        let keys = |lang: &str| locale_files(lang).iter().flat_map(|(_, text)| keys_of(text)).collect::<BTreeSet<_>>();
        let english = keys("en");
        assert!(english.len() > 20, "the English catalogue looks empty");
        for lang in ["hi", "de"] {
            let other = keys(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_key_used_in_templates_and_code_exists_and_resolves_in_every_language() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let english: BTreeSet<String> = locale_files("en").iter().flat_map(|(_, text)| keys_of(text)).collect();
        let mut sources = Vec::new();
        for dir in ["templates", "src"] {
            let mut stack = vec![root.join(dir)];
            while let Some(path) = stack.pop() {
                for entry in std::fs::read_dir(&path).expect("folder") {
                    let path = entry.expect("entry").path();
                    if path.is_dir() {
                        stack.push(path);
                    } else {
                        sources.push(std::fs::read_to_string(&path).expect("readable"));
                    }
                }
            }
        }
        let mut used = BTreeSet::new();
        for source in &sources {
            for (i, _) in source.match_indices(".t(\"") {
                let rest = &source[i + 4..];
                if let Some(end) = rest.find('"') {
                    used.insert(rest[..end].to_owned());
                }
            }
        }
        assert!(!used.is_empty());
        for key in &used {
            assert!(english.contains(key), "key {key:?} is used but not translated");
            for lang in Lang::ALL {
                assert_ne!(lang.t(key), *key, "{key} does not resolve in {}", lang.code());
            }
        }
    }

    /// Keys put together at run time (`letter-status-{status}`…) escape the scan above; each family is
    /// listed here with every value it can take.
    #[test]
    fn every_key_built_at_run_time_exists_in_every_language() {
        use twinbridge_domain::consent::{ConsentLevel, ShareField};
        use twinbridge_domain::letter::{AttachmentKind, LetterStatus};
        use twinbridge_domain::rules::{Condition, Dimension, StartEvent};
        use twinbridge_domain::{ProxyRelation, Role, StaffRole};

        let mut keys: Vec<String> = Vec::new();
        keys.extend(Condition::ALL.map(|c| format!("condition-{}", c.as_str())));
        keys.extend(ConsentLevel::ALL.map(|l| format!("consent-{}", l.as_str())));
        keys.extend(ConsentLevel::ALL.map(|l| format!("consent-help-{}", l.as_str())));
        keys.extend(ShareField::ALL.map(|f| format!("share-{}", f.as_str())));
        keys.extend(Dimension::ALL.map(|d| format!("dim-{}", d.as_str())));
        keys.extend(Lang::ALL.map(|l| format!("lang-name-{}", l.code())));
        keys.extend(LetterStatus::ALL.map(|s| format!("letter-status-{}", s.public_name())));
        keys.extend(crate::services::letters::REFUSAL_CODES.map(|c| format!("letters-error-{c}")));
        keys.extend(StartEvent::ALL.map(|e| format!("orgpolicy-from-{}", e.as_str())));
        let roles = [Role::Donor, Role::Patient, Role::Proxy(ProxyRelation::Parent)];
        keys.extend(roles.map(|r| format!("participant-{}", r.kind_str())));
        keys.extend(AttachmentKind::ALL.map(|k| format!("picture-kind-{}", k.as_str())));
        keys.extend(StaffRole::ALL.map(|r| format!("role-{}", r.as_str())));
        keys.extend(ProxyRelation::ALL.map(|r| format!("case-relation-{}", r.as_str())));
        keys.extend(twinbridge_domain::Product::ALL.map(|p| format!("case-product-{}", p.as_str())));
        keys.extend(twinbridge_domain::PatientStatus::ALL.map(|s| format!("case-patient-status-{}", s.as_str())));
        keys.extend(twinbridge_domain::case::CaseStatus::ALL.map(|s| format!("case-status-{}", s.as_str())));
        keys.extend(crate::services::case_view::Filter::ALL.map(|f| format!("cases-filter-{}", f.as_str())));
        keys.extend(["transplant_centre", "patient_registry"].map(|k| format!("case-kind-{k}")));
        keys.extend(crate::services::cases::CONFLICT_CODES.map(|c| format!("case-conflict-{c}")));
        keys.extend(crate::web::contact::NOTICES.map(|n| format!("contact-notice-{n}")));
        keys.extend(["requested", "released", "stopped"].map(|s| format!("case-event-release-{s}")));
        keys.extend(crate::web::contact::FACTS.map(|f| format!("contact-fact-{f}")));
        keys.extend(twinbridge_domain::meeting::MeetingStatus::ALL.map(|s| format!("contact-meeting-{}", s.as_str())));
        {
            use crate::services::statistics::{
                LETTER_STATUSES, MEETING_STATUSES, REDACTION_CATEGORIES, RELEASE_STATUSES,
            };
            keys.extend(LETTER_STATUSES.map(|s| format!("letter-status-{s}")));
            keys.extend(MEETING_STATUSES.map(|s| format!("stats-meeting-{s}")));
            keys.extend(RELEASE_STATUSES.map(|s| format!("stats-release-{s}")));
            keys.extend(REDACTION_CATEGORIES.map(|c| format!("stats-category-{c}")));
            keys.extend(["from", "to"].map(|f| format!("stats-invalid-{f}")));
            keys.extend(["donor-side", "patient-side"].map(|s| format!("stats-{s}")));
        }
        for name in [
            "counselling_recorded",
            "patient_well_confirmed",
            "no_further_donation_expected",
            "confidentiality_agreement",
        ] {
            keys.push(format!("contact-attest-{name}"));
        }
        for step in ["created", "patient", "donation", "transplant", "status", "invite", "email"] {
            keys.push(format!("case-done-{step}"));
            if step != "created" {
                keys.push(format!("case-submit-{step}"));
            }
        }
        for key in &keys {
            for lang in Lang::ALL {
                assert_ne!(lang.t(key), *key, "{key} does not resolve in {}", lang.code());
            }
        }
    }

    #[test]
    fn hindi_is_in_devanagari() {
        assert!(Lang::Hi.t("faq-title").chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)));
    }
}
