//! The vocabulary of contact rules. Every ordered enum is declared from the strictest value to the most
//! permissive one, so that "the strictest of two" is simply the smaller (`min`).

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};

use crate::{CountryCode, ParseError};

/// The id of a rule entry, `"CC NAME"` (e.g. `"IN DKMS-BMST"`): organisations store it to say whose policy
/// they follow, so it must stay stable.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleId {
    text: String,
    country: CountryCode,
}

impl RuleId {
    /// Parses `"CC NAME"`: an assigned upper-case country code, one space, a name of one line.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const WHAT: &str = "rule id";
        let Some((code, name)) = s.split_once(' ') else {
            return Err(ParseError::new(WHAT, "must look like \"CC NAME\", e.g. \"IN DKMS-BMST\""));
        };
        if code.len() != 2 || code.bytes().any(|b| !b.is_ascii_uppercase()) {
            return Err(ParseError::new(WHAT, "must start with an upper-case two-letter country code"));
        }
        let country = CountryCode::parse(code)
            .map_err(|_| ParseError::new(WHAT, "does not start with an assigned ISO 3166-1 alpha-2 code"))?;
        if name.trim() != name || name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(ParseError::new(WHAT, "needs a name of one line after the country code"));
        }
        Ok(Self { text: s.to_owned(), country })
    }

    /// The id, e.g. `"IN DKMS-BMST"`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The country the entry belongs to.
    pub fn country(&self) -> CountryCode {
        self.country
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RuleId({})", self.text)
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// Whether an entry is a country's law or one organisation's policy. Laws bind every pairing with a
/// person in that country; a policy binds only pairings that organisation works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// A law or national regulation.
    CountryLaw,
    /// A registry's, donor centre's or transplant centre's policy.
    Organisation,
    /// A requirement on everyone living in the country (e.g. anonymity), whatever organisation they are
    /// registered with. Binds like a law, by where each person lives as well as by the organisation's country.
    Residence,
}

impl RuleKind {
    /// Whether the entry binds by country (laws and residence requirements) rather than by organisation.
    pub const fn binds_by_country(self) -> bool {
        matches!(self, Self::CountryLaw | Self::Residence)
    }
}

/// How far a stated fact can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The body's own current page, or the law.
    High,
    /// A brochure, an older text, or another registry describing this country.
    Medium,
    /// News, a blog, an anecdote, or sources that conflict.
    Low,
}

/// The aspects of contact a rule can speak about; reasons cite rules per dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Anonymous letters: allowed, how many, when.
    AnonymousLetters,
    /// Gifts sent with letters.
    Gifts,
    /// Photos and drawings sent with letters.
    Photos,
    /// Release of identities and direct contact.
    IdentityRelease,
    /// Health updates passed to the donor.
    HealthUpdates,
    /// What the donor may be told about the patient before any release.
    BeforeRelease,
}

impl Dimension {
    /// Every dimension.
    pub const ALL: [Self; 6] = [
        Self::AnonymousLetters,
        Self::Gifts,
        Self::Photos,
        Self::IdentityRelease,
        Self::HealthUpdates,
        Self::BeforeRelease,
    ];

    /// The name used in the rule file and in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AnonymousLetters => "anonymous_letters",
            Self::Gifts => "gifts",
            Self::Photos => "photos",
            Self::IdentityRelease => "identity_release",
            Self::HealthUpdates => "health_updates",
            Self::BeforeRelease => "before_release",
        }
    }
}

/// Where a stated fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// Public pages or legal texts, at least one.
    pub sources: Vec<String>,
    /// The day the sources were last read.
    pub checked: NaiveDate,
    /// How far the fact can be trusted.
    pub confidence: Confidence,
    /// Conflicts, caveats and the reading chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether anonymous letters may be exchanged at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterStatus {
    /// No letters.
    Forbidden,
    /// Not known: never read as permission.
    Unknown,
    /// Letters may be exchanged, within the limits stated.
    Allowed,
}

/// Gifts with letters, ordered none < unknown < small < allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gifts {
    /// No gifts.
    None,
    /// Not known.
    Unknown,
    /// A small gift without economic value.
    Small,
    /// Gifts allowed.
    Allowed,
}

/// Photos and drawings with letters, ordered none < unknown < allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Photos {
    /// No photos.
    None,
    /// Not known.
    Unknown,
    /// Photos allowed.
    Allowed,
}

/// Health updates for the donor, ordered none < unknown < allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthUpdates {
    /// The donor is not told how the patient is.
    None,
    /// Not known.
    Unknown,
    /// Updates may be passed on (with the patient's consent).
    Allowed,
}

/// Whether identities may ever be released, ordered never < unknown < after a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Possible {
    /// Never.
    Never,
    /// Not known.
    Unknown,
    /// After a waiting period and conditions.
    AfterPeriod,
}

/// The event a period is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartEvent {
    /// The first transplant.
    FirstTransplant,
    /// The latest transplant.
    LastTransplant,
    /// The latest donation of any product, DLI included.
    LastDonation,
    /// The first collection.
    FirstCollection,
    /// A period exists but the sources do not say from when.
    Unknown,
}

impl StartEvent {
    /// Every event.
    pub const ALL: [Self; 5] =
        [Self::FirstTransplant, Self::LastTransplant, Self::LastDonation, Self::FirstCollection, Self::Unknown];

    /// The name used in the rule file and in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FirstTransplant => "first_transplant",
            Self::LastTransplant => "last_transplant",
            Self::LastDonation => "last_donation",
            Self::FirstCollection => "first_collection",
            Self::Unknown => "unknown",
        }
    }
}

/// A condition of identity release besides the waiting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Both people consent in writing.
    BothWrittenConsent,
    /// Both were counselled and it is recorded.
    CounsellingRecorded,
    /// The transplant centre confirms the patient is well.
    PatientWellConfirmed,
    /// No further donation for this patient is expected.
    NoFurtherDonationExpected,
    /// Regular anonymous letters came first.
    RegularLettersFirst,
    /// Both sign a confidentiality agreement.
    ConfidentialityAgreement,
}

impl Condition {
    /// Every condition.
    pub const ALL: [Self; 6] = [
        Self::BothWrittenConsent,
        Self::CounsellingRecorded,
        Self::PatientWellConfirmed,
        Self::NoFurtherDonationExpected,
        Self::RegularLettersFirst,
        Self::ConfidentialityAgreement,
    ];

    /// The name used in the rule file and in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::BothWrittenConsent => "both_written_consent",
            Self::CounsellingRecorded => "counselling_recorded",
            Self::PatientWellConfirmed => "patient_well_confirmed",
            Self::NoFurtherDonationExpected => "no_further_donation_expected",
            Self::RegularLettersFirst => "regular_letters_first",
            Self::ConfidentialityAgreement => "confidentiality_agreement",
        }
    }
}

/// One side of a pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The donor.
    Donor,
    /// The patient (or the proxy acting for them).
    Patient,
}

/// What the donor may be told about the patient before release (and the patient about the donor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    /// Sex.
    Sex,
    /// An age group.
    AgeGroup,
    /// The country (or rough origin).
    Country,
    /// The category of disease.
    DiseaseCategory,
}

/// A participant's chosen contact level, from least to most contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentLevel {
    /// No contact at all.
    NoContact,
    /// Health updates only.
    UpdatesOnly,
    /// Anonymous letters.
    AnonymousLetters,
    /// Share chosen details.
    ShareDetails,
    /// Meet in person.
    Meet,
}

/// A kind of detail that a letter must not contain under some country's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterContent {
    /// Names.
    Name,
    /// Initials.
    Initials,
    /// The town or region where the writer lives.
    Residence,
    /// A postal address.
    Address,
    /// A date of birth.
    DateOfBirth,
    /// An age.
    Age,
    /// The hospital or where the donation took place.
    Hospital,
    /// The writer's country.
    Country,
    /// Social media accounts and posts.
    SocialMedia,
    /// The disease.
    Disease,
    /// The date or place of the donation.
    DonationDetails,
    /// E-mail addresses, telephone numbers and similar.
    ContactDetails,
}

impl LetterContent {
    /// The name used in the rule file and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Initials => "initials",
            Self::Residence => "residence",
            Self::Address => "address",
            Self::DateOfBirth => "date_of_birth",
            Self::Age => "age",
            Self::Hospital => "hospital",
            Self::Country => "country",
            Self::SocialMedia => "social_media",
            Self::Disease => "disease",
            Self::DonationDetails => "donation_details",
            Self::ContactDetails => "contact_details",
        }
    }
}

/// A time limit on letters: only within `months` of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Window {
    /// Length of the window.
    pub months: u32,
    /// The event it starts at.
    pub from: StartEvent,
}

/// What a rule says about anonymous letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letters {
    /// Allowed, forbidden or unknown.
    pub status: LetterStatus,
    /// At most this many letters from each side.
    pub max_per_side: Option<u32>,
    /// Letters only within these windows.
    pub windows: BTreeSet<Window>,
    /// No letter before these events.
    pub not_before: BTreeSet<StartEvent>,
    /// A side writes again only after the other answered.
    pub reply_before_next: bool,
    /// Who may write the first letter; `None` when the rule does not say.
    pub initiators: Option<BTreeSet<Side>>,
    /// Longest letter, in A4 pages.
    pub max_pages: Option<u32>,
    /// At most this many letters in the pairing, both sides together.
    pub max_total: Option<u32>,
    /// The patient's first letter goes through the transplant centre (its review cannot be left out).
    pub first_patient_letter_via_centre: bool,
    /// A side writes only once its consent to letters is recorded.
    pub written_consent_first: bool,
    /// Kinds of detail a letter must not contain.
    pub forbidden_content: BTreeSet<LetterContent>,
}

impl Letters {
    /// Letters in the given state and nothing more said.
    pub fn plain(status: LetterStatus) -> Self {
        Self {
            status,
            max_per_side: None,
            windows: BTreeSet::new(),
            not_before: BTreeSet::new(),
            reply_before_next: false,
            initiators: None,
            max_pages: None,
            max_total: None,
            first_patient_letter_via_centre: false,
            written_consent_first: false,
            forbidden_content: BTreeSet::new(),
        }
    }
}

/// A waiting period before identity release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Period {
    /// Length in calendar months.
    pub months: u32,
    /// The event it is counted from.
    pub counted_from: StartEvent,
}

/// What a rule says about identity release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Release {
    /// Never, unknown or after a period.
    pub possible: Possible,
    /// Waiting periods; a rule counting from several events lists each.
    pub periods: BTreeSet<Period>,
    /// Conditions besides the period.
    pub conditions: BTreeSet<Condition>,
    /// Who may ask for release; `None` when the rule does not say.
    pub initiators: Option<BTreeSet<Side>>,
    /// A period exists but its length is not known: the earliest date cannot be told.
    pub period_length_unknown: bool,
    /// The sources do not say which conditions apply: release cannot be completed until they are known.
    pub conditions_unknown: bool,
}

impl Release {
    /// Release in the given state and nothing more said.
    pub fn plain(possible: Possible) -> Self {
        Self {
            possible,
            periods: BTreeSet::new(),
            conditions: BTreeSet::new(),
            initiators: None,
            period_length_unknown: false,
            conditions_unknown: false,
        }
    }
}

/// What one rule (or a combination of rules) says, dimension by dimension; `None` means "says nothing".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Terms {
    /// Anonymous letters.
    pub letters: Option<Letters>,
    /// Gifts.
    pub gifts: Option<Gifts>,
    /// At most this many gifts in the pairing.
    pub max_gifts: Option<u32>,
    /// Photos and drawings.
    pub photos: Option<Photos>,
    /// Identity release.
    pub release: Option<Release>,
    /// Health updates for the donor.
    pub health_updates: Option<HealthUpdates>,
    /// What may be told before release; an unknown statement is read as "nothing".
    pub may_tell: Option<BTreeSet<Disclosure>>,
}

impl Terms {
    /// Terms where every dimension is unknown: what a country without any rule data yields.
    pub fn all_unknown() -> Self {
        Self {
            letters: Some(Letters::plain(LetterStatus::Unknown)),
            gifts: Some(Gifts::Unknown),
            max_gifts: None,
            photos: Some(Photos::Unknown),
            release: Some(Release::plain(Possible::Unknown)),
            health_updates: Some(HealthUpdates::Unknown),
            may_tell: Some(BTreeSet::new()),
        }
    }

    /// Whether the terms state the dimension.
    pub fn states(&self, dimension: Dimension) -> bool {
        match dimension {
            Dimension::AnonymousLetters => self.letters.is_some(),
            Dimension::Gifts => self.gifts.is_some(),
            Dimension::Photos => self.photos.is_some(),
            Dimension::IdentityRelease => self.release.is_some(),
            Dimension::HealthUpdates => self.health_updates.is_some(),
            Dimension::BeforeRelease => self.may_tell.is_some(),
        }
    }
}

/// One entry of the rule data: a country's law or an organisation's policy, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub(crate) id: RuleId,
    pub(crate) kind: RuleKind,
    pub(crate) main_registry: bool,
    pub(crate) name: String,
    pub(crate) terms: Terms,
    pub(crate) provenance: Vec<(Dimension, Provenance)>,
}

impl Rule {
    /// The id, `"CC NAME"`.
    pub fn id(&self) -> &RuleId {
        &self.id
    }

    /// Country law or organisation policy.
    pub fn kind(&self) -> RuleKind {
        self.kind
    }

    /// Whether this is the country's main registry, which stands for an organisation not named.
    pub fn is_main_registry(&self) -> bool {
        self.main_registry
    }

    /// The full name of the law or organisation.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the rule says.
    pub fn terms(&self) -> &Terms {
        &self.terms
    }

    /// Where each stated dimension comes from.
    pub fn provenance(&self, dimension: Dimension) -> Option<&Provenance> {
        self.provenance.iter().find(|(d, _)| *d == dimension).map(|(_, p)| p)
    }

    /// Every stated dimension with its provenance, in file order.
    pub fn stated(&self) -> impl Iterator<Item = (Dimension, &Provenance)> {
        self.provenance.iter().map(|(d, p)| (*d, p))
    }
}
