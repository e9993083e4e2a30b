//! Which rules bind a pairing: the laws and residence requirements of each side's country and of the
//! country each person lives in, the organisation on each side (or, when none is named, the country's main
//! registry standing for it) and the transplant centre. Another registry of the same country does not bind
//! a pairing it does not work on.

use serde::Serialize;

use super::RuleBook;
use super::model::{Rule, RuleId, RuleKind};
use crate::CountryCode;

/// The countries and the organisations' rule entries of a pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    /// The donor side's country (its organisation's; where the donor lives unless `donor_residence` says
    /// otherwise).
    pub donor_country: CountryCode,
    /// The patient side's country.
    pub patient_country: CountryCode,
    /// Where the donor lives, when it is known and not the donor side's country.
    pub donor_residence: Option<CountryCode>,
    /// Where the patient lives, when it is known and not the patient side's country.
    pub patient_residence: Option<CountryCode>,
    /// The rule entry the donor-side organisation follows; `None`: the donor country's main registry.
    pub donor_org: Option<RuleId>,
    /// The rule entry the patient-side organisation follows; `None`: the patient country's main registry.
    pub patient_org: Option<RuleId>,
    /// The rule entry the transplant centre follows, when it has its own.
    pub transplant_centre: Option<RuleId>,
}

impl Parties {
    /// Parties known only by their countries.
    pub fn new(donor_country: CountryCode, patient_country: CountryCode) -> Self {
        Self {
            donor_country,
            patient_country,
            donor_residence: None,
            patient_residence: None,
            donor_org: None,
            patient_org: None,
            transplant_centre: None,
        }
    }
}

/// Why a rule binds the pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppliesAs {
    /// Law or residence requirement of the donor side's country.
    DonorCountryLaw,
    /// Law or residence requirement of the patient side's country.
    PatientCountryLaw,
    /// Law or residence requirement of the country the donor lives in, where that is another country.
    DonorResidence,
    /// Law or residence requirement of the country the patient lives in, where that is another country.
    PatientResidence,
    /// The donor-side organisation (named, or the main registry standing for it).
    DonorOrganisation,
    /// The patient-side organisation (named, or the main registry standing for it).
    PatientOrganisation,
    /// The transplant centre.
    TransplantCentre,
}

impl AppliesAs {
    /// Whether the rule binds because of the patient's side.
    pub const fn is_patient_side(self) -> bool {
        matches!(
            self,
            Self::PatientCountryLaw | Self::PatientResidence | Self::PatientOrganisation | Self::TransplantCentre
        )
    }

    /// Whether the rule binds only because of where a person lives, which the other party must not learn.
    pub const fn is_residence(self) -> bool {
        matches!(self, Self::DonorResidence | Self::PatientResidence)
    }
}

/// The rules binding a pairing, each with why, plus the countries the data knows nothing about.
#[derive(Debug, Clone, PartialEq)]
pub struct Applying<'a> {
    /// Each binding rule once, with every reason it binds.
    pub rules: Vec<(&'a Rule, Vec<AppliesAs>)>,
    /// Countries of the pairing without any entry: everything about them is unknown.
    pub countries_without_rules: Vec<CountryCode>,
}

/// Facts that name rule entries the data does not have (a typo must not silently drop a rule).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvaluateError {
    /// No entry has this id.
    #[error("no rule entry \"{0}\" in the rule data")]
    UnknownRule(String),
    /// The entry is a country's law, not an organisation's policy.
    #[error("rule entry \"{0}\" is a country law, not an organisation's policy")]
    NotAnOrganisation(String),
}

impl RuleBook {
    /// The rules binding a pairing of these parties.
    pub fn applying<'a>(&'a self, parties: &Parties) -> Result<Applying<'a>, EvaluateError> {
        let mut found: Vec<(&'a Rule, Vec<AppliesAs>)> = Vec::new();
        let mut add = |rule: &'a Rule, why: AppliesAs| {
            if let Some((_, whys)) = found.iter_mut().find(|(r, _)| r.id() == rule.id()) {
                if !whys.contains(&why) {
                    whys.push(why);
                }
            } else {
                found.push((rule, vec![why]));
            }
        };
        let residence = |lives: Option<CountryCode>, side: CountryCode| lives.filter(|c| *c != side);
        let donor_residence = residence(parties.donor_residence, parties.donor_country);
        let patient_residence = residence(parties.patient_residence, parties.patient_country);
        let countries = [
            (Some(parties.donor_country), AppliesAs::DonorCountryLaw),
            (Some(parties.patient_country), AppliesAs::PatientCountryLaw),
            (donor_residence, AppliesAs::DonorResidence),
            (patient_residence, AppliesAs::PatientResidence),
        ];
        for (country, why) in countries {
            let Some(country) = country else { continue };
            for rule in self.rules.iter().filter(|r| r.kind().binds_by_country() && r.id().country() == country) {
                add(rule, why);
            }
        }
        let organisations = [
            (&parties.donor_org, Some(parties.donor_country), AppliesAs::DonorOrganisation),
            (&parties.patient_org, Some(parties.patient_country), AppliesAs::PatientOrganisation),
            (&parties.transplant_centre, None, AppliesAs::TransplantCentre),
        ];
        for (named, country, why) in organisations {
            let rule = match named {
                Some(id) => Some(self.organisation(id)?),
                None => country.and_then(|c| self.main_registry(c)),
            };
            if let Some(rule) = rule {
                add(rule, why);
            }
        }
        let mut countries_without_rules = Vec::new();
        let countries =
            [Some(parties.donor_country), Some(parties.patient_country), donor_residence, patient_residence];
        for country in countries.into_iter().flatten() {
            if !self.knows_country(country) && !countries_without_rules.contains(&country) {
                countries_without_rules.push(country);
            }
        }
        Ok(Applying { rules: found, countries_without_rules })
    }

    fn organisation(&self, id: &RuleId) -> Result<&Rule, EvaluateError> {
        let rule = self.get(id.as_str()).ok_or_else(|| EvaluateError::UnknownRule(id.to_string()))?;
        if rule.kind() != RuleKind::Organisation {
            return Err(EvaluateError::NotAnOrganisation(id.to_string()));
        }
        Ok(rule)
    }
}
