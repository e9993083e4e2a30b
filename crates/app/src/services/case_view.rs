//! The read side of cases: the enriched pairing list (status, countries, dates, what waits; search and
//! filters) and one case as the caller may see it, with — for coordinators — their own side's participant
//! (read through the one audited identity path, `services::identity::read`) and a timeline. Never the
//! other side's identity: a coordinator gets the participant of their side only, a participant nobody's.

use std::collections::HashMap;
use std::str::FromStr;

use chrono::{NaiveDate, TimeDelta};
use serde::Serialize;
use twinbridge_domain::access::{self, LetterFacts, Relation};
use twinbridge_domain::case::{CaseFacts, CaseStatus, case_status};
use twinbridge_domain::letter::LetterStatus;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{
    Donation, Grid, Organisation, OrganisationId, Pairing, PairingId, PairingReference, Participant, Role,
    patient_status,
};
use twinbridge_store::repo::letters::LetterSummary;
use twinbridge_store::{ConnectionTrait, StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::paging::{self, Chunk, Page, PageError, PageRequest};
use crate::services::pairings::{self, VisiblePairing};
use crate::services::policy::{self, PolicyError};
use crate::state::AppState;

/// How many days ahead "release soon" looks.
pub const RELEASE_SOON_DAYS: i64 = 30;

/// Why a case read was refused.
#[derive(Debug, thiserror::Error)]
pub enum CaseViewError {
    /// The pairing does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// A query parameter is not one of those known; names it.
    #[error("{field}: {why}")]
    Invalid {
        /// The parameter.
        field: &'static str,
        /// Why.
        why: &'static str,
    },
    /// A page parameter is not one this list gives out or takes.
    #[error(transparent)]
    Page(#[from] PageError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The policy could not be computed.
    #[error(transparent)]
    Policy(PolicyError),
}

/// A filter of the case list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Something waits for the caller's side (a letter to review, the patient to attach).
    Waiting,
    /// A letter the caller sees is in review (on either side).
    InReview,
    /// The earliest identity release falls within the next [`RELEASE_SOON_DAYS`] days.
    ReleaseSoon,
    /// The case is closed.
    Closed,
}

impl Filter {
    /// Every filter, in the order of the page's choice.
    pub const ALL: [Self; 4] = [Self::Waiting, Self::InReview, Self::ReleaseSoon, Self::Closed];

    /// The name in the query string.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::InReview => "in_review",
            Self::ReleaseSoon => "release_soon",
            Self::Closed => "closed",
        }
    }
}

impl FromStr for Filter {
    type Err = CaseViewError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|f| f.as_str() == s.trim()).ok_or(CaseViewError::Invalid {
            field: "filter",
            why: "expected waiting, in_review, release_soon or closed",
        })
    }
}

/// What the list is asked for.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Part of a reference or external reference, any case.
    pub q: Option<String>,
    /// One of [`Filter`]'s names (`waiting`, `in_review`, `release_soon`, `closed`); empty means none.
    pub filter: Option<String>,
    /// The `next` cursor of the previous page (the reference of its last line); absent for the first.
    pub after: Option<String>,
    /// How many lines at most, 1 to 1000; 100 when absent.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    pub limit: Option<String>,
}

impl ListQuery {
    /// The page asked for.
    pub fn page(&self) -> Result<PageRequest, PageError> {
        PageRequest::parse(self.after.as_deref(), self.limit.as_deref())
    }

    /// The filter asked for, if any; an unknown one is refused naming the field.
    pub fn parsed_filter(&self) -> Result<Option<Filter>, CaseViewError> {
        match self.filter.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(f) => f.parse().map(Some),
        }
    }
}

/// A donation as cases show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DonationLine {
    /// `pbsc`, `bone-marrow`, `dli`, `cd34-boost` or `cord-blood`.
    pub product: &'static str,
    /// The day of collection.
    pub collected_on: NaiveDate,
}

impl DonationLine {
    fn of(d: &Donation) -> Self {
        Self { product: d.product.as_str(), collected_on: d.collected_on }
    }
}

/// What waits in a case.
#[derive(Debug, Clone, Copy, Default, Serialize, utoipa::ToSchema)]
pub struct Waiting {
    /// Letters waiting for the caller's side to review them.
    pub letters_to_review: u32,
    /// Letters the caller sees that are in review on either side.
    pub letters_in_review: u32,
    /// The caller's side is to record the patient (patient-side coordinators of a waiting case).
    pub patient_to_attach: bool,
}

impl Waiting {
    /// Whether anything waits for the caller's side.
    pub const fn any(self) -> bool {
        self.letters_to_review > 0 || self.patient_to_attach
    }
}

/// A line of the case list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseLine {
    /// The pairing's id.
    pub id: String,
    /// Its reference.
    pub reference: String,
    /// The caller's side: `donor` or `patient`.
    pub side: &'static str,
    /// The caller's role: `donor`, `patient`, `proxy` or `coordinator`.
    pub role: &'static str,
    /// Where the case stands.
    #[schema(value_type = String)]
    pub status: CaseStatus,
    /// The country of the donor side's organisation.
    pub donor_country: Option<String>,
    /// The country of the patient side's organisation.
    pub patient_country: Option<String>,
    /// The latest donation.
    pub last_donation: Option<DonationLine>,
    /// The transplant day.
    pub transplant_date: Option<NaiveDate>,
    /// The earliest day identities may be exchanged under the effective policy, if there is one.
    pub release_earliest_date: Option<NaiveDate>,
    /// What waits.
    pub waiting: Waiting,
    /// The donor registry's own reference (for its coordinators only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_reference: Option<String>,
    /// The caller's relation to the pairing.
    #[serde(skip)]
    pub relation: Relation,
}

fn side_name(relation: Relation) -> &'static str {
    if relation.is_donor_side() { "donor" } else { "patient" }
}

fn role_name(relation: Relation) -> &'static str {
    match relation {
        Relation::Participant(role) => role.kind_str(),
        Relation::DonorSideStaff | Relation::PatientSideStaff => "coordinator",
    }
}

const fn is_staff(relation: Relation) -> bool {
    !matches!(relation, Relation::Participant(_))
}

fn status_of(
    pairing: &Pairing,
    participants: &[Participant],
    orgs: &HashMap<OrganisationId, Organisation>,
) -> CaseStatus {
    let patient_side_offline = pairing.patient_organisation.and_then(|o| orgs.get(&o)).is_some_and(|o| o.offline);
    case_status(CaseFacts {
        has_patient_side_participant: participants.iter().any(|p| p.pairing == pairing.id && !p.role.is_donor_side()),
        patient_side_offline,
        closed: pairing.closed_at.is_some(),
    })
}

fn waiting_of(relation: Relation, status: CaseStatus, letters: &[&LetterSummary]) -> Waiting {
    if !is_staff(relation) {
        return Waiting::default();
    }
    let facts = |l: &LetterSummary| LetterFacts { writer_side: l.side, status: l.status, by_caller: false };
    let count =
        |f: &dyn Fn(&LetterSummary) -> bool| u32::try_from(letters.iter().filter(|l| f(l)).count()).unwrap_or(u32::MAX);
    Waiting {
        letters_to_review: count(&|l| access::letter_actions(relation, facts(l)).review),
        letters_in_review: count(&|l| {
            matches!(l.status, LetterStatus::InReview(_)) && access::may_see_letter(relation, facts(l))
        }),
        patient_to_attach: relation == Relation::PatientSideStaff && status == CaseStatus::AwaitingPatientSide,
    }
}

fn matches_text(line: &CaseLine, external: Option<&str>, q: &str) -> bool {
    let q = q.trim().to_lowercase();
    q.is_empty()
        || line.reference.to_lowercase().contains(&q)
        || external.is_some_and(|e| e.to_lowercase().contains(&q))
}

/// The cases the caller takes part in or works on, by reference, with status, countries, dates and
/// what waits; searched by `query.q`, narrowed by `query.filter`, one page at a time (`query.after`,
/// `query.limit`). The candidates are read a chunk at a time from the indexes of the caller's ways into a
/// pairing (`repo::pairings::involving_page`) until the page is full: a search or filter that keeps few
/// lines reads further, the plain list reads one line more than the page. Participants, donations,
/// letters and the facts of the policies are read once per chunk, not per case.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(state: &AppState, user: &CurrentUser, query: &ListQuery) -> Result<Page<CaseLine>, CaseViewError> {
    let filter = query.parsed_filter()?;
    let page = query.page()?;
    let after = page
        .after
        .as_deref()
        .map(|a| PairingReference::parse(a).map_err(|_| CaseViewError::Page(paging::BAD_CURSOR)))
        .transpose()?;
    let conn = state.store.read();
    let actor = user.actor();
    // Only coordinators stand to pairings as staff (`access::relation_to`).
    let coordinated: Vec<OrganisationId> = user.coordinated_organisations();
    let orgs: HashMap<OrganisationId, Organisation> =
        repo::organisations::list(conn).await?.into_iter().map(|o| (o.id, o)).collect();
    let today = state.clock.today();
    let (actor, coordinated, orgs) = (&actor, coordinated.as_slice(), &orgs);
    let found = paging::fill(page.limit, after, |after: Option<PairingReference>, chunk| async move {
        let candidates =
            repo::pairings::involving_page(conn, user.account.person, coordinated, after.as_ref(), chunk as u64)
                .await?;
        let (read, last) = (candidates.len(), candidates.last().map(|p| p.reference.clone()));
        let lines = lines_of(conn, actor, candidates, orgs, query, filter, today).await?;
        Ok::<_, CaseViewError>(Chunk { lines, read, last })
    })
    .await?;
    Ok(Page::of(found, page.limit, |line| line.reference.clone()))
}

/// The lines of `candidates` (in reference order) the caller stands to and that `query` and `filter`
/// keep.
async fn lines_of(
    conn: &impl ConnectionTrait,
    actor: &access::Actor,
    candidates: Vec<Pairing>,
    orgs: &HashMap<OrganisationId, Organisation>,
    query: &ListQuery,
    filter: Option<Filter>,
    today: NaiveDate,
) -> Result<Vec<CaseLine>, CaseViewError> {
    let ids: Vec<PairingId> = candidates.iter().map(|p| p.id).collect();
    let mut by_pairing: HashMap<PairingId, Vec<Participant>> = HashMap::new();
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        by_pairing.entry(p.pairing).or_default().push(p);
    }
    let visible: Vec<(Pairing, Relation, Vec<Participant>)> = candidates
        .into_iter()
        .filter_map(|pairing| {
            let mine = by_pairing.remove(&pairing.id).unwrap_or_default();
            access::relation_to(actor, &pairing, &mine).map(|r| (pairing, r, mine))
        })
        .collect();
    let ids: Vec<PairingId> = visible.iter().map(|(p, _, _)| p.id).collect();
    let mut donations: HashMap<PairingId, Vec<Donation>> = HashMap::new();
    for d in repo::donations::of_pairings(conn, &ids).await? {
        donations.entry(d.pairing).or_default().push(d);
    }
    let mut letters: HashMap<PairingId, Vec<LetterSummary>> = HashMap::new();
    for (pairing, l) in repo::letters::summaries_of_pairings(conn, &ids).await? {
        letters.entry(pairing).or_default().push(l);
    }
    let mut kept: Vec<(Pairing, CaseLine)> = Vec::new();
    for (pairing, relation, participants) in visible {
        let status = status_of(&pairing, &participants, orgs);
        let own_letters: Vec<&LetterSummary> = letters.get(&pairing.id).map(|l| l.iter().collect()).unwrap_or_default();
        let external = (relation == Relation::DonorSideStaff).then(|| pairing.external_reference.clone()).flatten();
        let line = CaseLine {
            id: pairing.id.to_string(),
            reference: pairing.reference.to_string(),
            side: side_name(relation),
            role: role_name(relation),
            status,
            donor_country: orgs.get(&pairing.donor_organisation).map(|o| o.country.to_string()),
            patient_country: pairing.patient_organisation.and_then(|o| orgs.get(&o)).map(|o| o.country.to_string()),
            last_donation: donations
                .get(&pairing.id)
                .and_then(|d| d.iter().max_by_key(|d| d.collected_on))
                .map(DonationLine::of),
            transplant_date: pairing.transplant_date,
            release_earliest_date: None,
            waiting: waiting_of(relation, status, &own_letters),
            external_reference: external.clone(),
            relation,
        };
        if let Some(q) = &query.q
            && !matches_text(&line, external.as_deref(), q)
        {
            continue;
        }
        let keep = match filter {
            None | Some(Filter::ReleaseSoon) => true,
            Some(Filter::Waiting) => line.waiting.any(),
            Some(Filter::InReview) => line.waiting.letters_in_review > 0,
            Some(Filter::Closed) => line.status == CaseStatus::Closed,
        };
        if keep {
            kept.push((pairing, line));
        }
    }
    // The policies of the lines kept, computed from facts read once for all of them.
    let pairings: Vec<&Pairing> = kept.iter().map(|(p, _)| p).collect();
    let mut policies = policy::explain_many(conn, &pairings, today).await?;
    let mut out = Vec::new();
    for (pairing, line) in kept {
        let release = match policies.remove(&pairing.id) {
            Some(Ok(explanation)) => explanation.identity_release.earliest_date,
            Some(Err(PolicyError::Store(e))) => return Err(CaseViewError::Store(e)),
            Some(Err(PolicyError::Incomplete | PolicyError::NotFound)) | None => None,
            Some(Err(other)) => return Err(CaseViewError::Policy(other)),
        };
        if filter == Some(Filter::ReleaseSoon)
            && !release.is_some_and(|d| d >= today && d <= today + TimeDelta::days(RELEASE_SOON_DAYS))
        {
            continue;
        }
        out.push(CaseLine { release_earliest_date: release, ..line });
    }
    Ok(out)
}

/// A patient status entry.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StatusLine {
    /// `well`, `in_treatment`, `relapsed`, `deceased` or `unknown`.
    pub status: &'static str,
    /// The day it applies from.
    pub on: NaiveDate,
}

/// A participant's consent.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsentLine {
    /// `donor`, `patient` or `proxy`.
    pub role: &'static str,
    /// The level.
    pub level: &'static str,
    /// The details they would share.
    pub share: Vec<&'static str>,
}

/// A participant's identity as stored, for coordinators of the participant's own side.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ParticipantIdentity {
    /// `donor`, `patient` or `proxy`.
    pub role: &'static str,
    /// "First Last".
    pub full_name: String,
    /// The first name they go by, if set.
    pub preferred_first_name: Option<String>,
    /// Contact e-mail.
    pub email: String,
    /// Phone.
    pub phone: Option<String>,
    /// Postal address.
    pub postal_address: Option<String>,
    /// Town.
    pub town: Option<String>,
    /// Country of residence.
    pub country: String,
    /// Date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// Sex, where recorded.
    pub sex: Option<&'static str>,
    /// Language.
    pub language: String,
    /// The donor's GRID, found among their other identifiers.
    pub grid: Option<String>,
    /// Other identifiers (employer, school, …), the GRID left out.
    pub other_identifiers: Vec<String>,
}

/// A case as the caller may see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseDetail {
    /// The pairing's id.
    pub id: String,
    /// Its reference.
    pub reference: String,
    /// The donor registry's own reference (for its coordinators only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_reference: Option<String>,
    /// Where the case stands.
    #[schema(value_type = String)]
    pub status: CaseStatus,
    /// The caller's side.
    pub side: &'static str,
    /// The caller's role.
    pub role: &'static str,
    /// The country of the donor side's organisation.
    pub donor_country: Option<String>,
    /// The country of the patient side's organisation.
    pub patient_country: Option<String>,
    /// The donations, oldest first.
    pub donations: Vec<DonationLine>,
    /// The transplant day.
    pub transplant_date: Option<NaiveDate>,
    /// The patient's status in force (staff and the patient side only).
    pub patient_status: Option<StatusLine>,
    /// The consents the caller may see: every participant's for staff, their own for a participant.
    pub consents: Vec<ConsentLine>,
    /// The caller's own side's participant (coordinators only; an audited identity read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant: Option<ParticipantIdentity>,
    /// That participant's id (for the participant routes: signed consent form, export, erasure).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<String>,
    /// Whether that participant's identity was erased (coordinators only).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub participant_erased: bool,
    /// The day sending an e-mail to that participant was last given up (their address was refused or
    /// kept failing): the coordinator should check it with them. Coordinators only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_given_up_on: Option<NaiveDate>,
    /// The caller's relation.
    #[serde(skip)]
    pub relation: Relation,
    /// The status history (for the timeline).
    #[serde(skip)]
    pub status_history: Vec<StatusLine>,
}

/// A participant's identity as the vault holds it, every field (also a person's own data export).
pub(crate) fn identity_of(role: Role, person: &twinbridge_domain::Person) -> ParticipantIdentity {
    let (grids, others): (Vec<String>, Vec<String>) =
        person.other_identifiers.iter().map(|i| i.as_str().to_owned()).partition(|i| Grid::parse(i).is_ok());
    ParticipantIdentity {
        role: role.kind_str(),
        full_name: person.legal_name.as_str().to_owned(),
        preferred_first_name: person.preferred_first_name.as_ref().map(|n| n.as_str().to_owned()),
        email: person.email.as_str().to_owned(),
        phone: person.phone.as_ref().map(|p| p.as_str().to_owned()),
        postal_address: person.postal_address.as_ref().map(|a| a.as_str().to_owned()),
        town: person.town.as_ref().map(|t| t.as_str().to_owned()),
        country: person.country.to_string(),
        date_of_birth: person.date_of_birth.map(|d| d.date()),
        sex: person.sex.map(|x| x.as_str()),
        language: person.language.as_str().to_owned(),
        grid: grids.into_iter().next(),
        other_identifiers: others,
    }
}

/// The participant whose identity a coordinator of `relation`'s side works with: the donor, or the
/// patient (a proxy where no patient takes part). Participants get none.
fn own_side_participant(relation: Relation, participants: &[Participant]) -> Option<&Participant> {
    match relation {
        Relation::DonorSideStaff => participants.iter().find(|p| p.role == Role::Donor),
        Relation::PatientSideStaff => participants
            .iter()
            .find(|p| p.role == Role::Patient)
            .or_else(|| participants.iter().find(|p| !p.role.is_donor_side())),
        Relation::Participant(_) => None,
    }
}

/// One case as the caller may see it (`None` for a case they do not see: 404). A coordinator's read of
/// their own side's participant is audited with the purpose `case_work`.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn detail(state: &AppState, user: &CurrentUser, id: &str) -> Result<CaseDetail, CaseViewError> {
    let VisiblePairing { pairing, relation, participants } =
        pairings::visible(state, user, id).await?.ok_or(CaseViewError::NotFound)?;
    let conn = state.store.read();
    let org = |id: Option<OrganisationId>| async move {
        match id {
            Some(id) => repo::organisations::get(conn, id).await,
            None => Ok(None),
        }
    };
    let donor_org = org(Some(pairing.donor_organisation)).await?;
    let patient_org = org(pairing.patient_organisation).await?;
    let orgs: HashMap<OrganisationId, Organisation> =
        donor_org.iter().chain(patient_org.iter()).map(|o| (o.id, o.clone())).collect();
    let status = status_of(&pairing, &participants, &orgs);
    let donations = repo::donations::of_pairing(conn, pairing.id).await?;
    let staff = is_staff(relation);
    let sees_patient_status = staff || !relation.is_donor_side();
    let history =
        if sees_patient_status { repo::patient_statuses::of_pairing(conn, pairing.id).await? } else { vec![] };
    let consents = repo::consents::current(conn, pairing.id).await?;
    let me = user.account.person;
    let consents = participants
        .iter()
        .filter(|p| staff || Some(p.person) == me)
        .filter_map(|p| {
            consents.get(&p.id).map(|c| ConsentLine {
                role: p.role.kind_str(),
                level: c.level().as_str(),
                share: c.share().iter().map(|f| f.as_str()).collect(),
            })
        })
        .collect();
    let own = own_side_participant(relation, &participants);
    let participant = match own {
        Some(p) => identity::read(state, Some(user), p.person, Purpose::CaseWork)
            .await?
            .map(|person| identity_of(p.role, &person)),
        None => None,
    };
    let participant_erased = match own {
        Some(p) => repo::persons::erased(conn, p.person).await?.unwrap_or(false),
        None => false,
    };
    let mail_given_up_on = match own {
        Some(p) => repo::outbox::given_up_for(conn, &[p.person]).await?.first().map(|(_, at)| at.date_naive()),
        None => None,
    };
    Ok(CaseDetail {
        id: pairing.id.to_string(),
        reference: pairing.reference.to_string(),
        external_reference: (relation == Relation::DonorSideStaff)
            .then(|| pairing.external_reference.clone())
            .flatten(),
        status,
        side: side_name(relation),
        role: role_name(relation),
        donor_country: donor_org.map(|o| o.country.to_string()),
        patient_country: patient_org.map(|o| o.country.to_string()),
        donations: donations.iter().map(DonationLine::of).collect(),
        transplant_date: pairing.transplant_date,
        patient_status: patient_status::current(&history).map(|e| StatusLine { status: e.status.as_str(), on: e.on }),
        consents,
        participant,
        participant_id: own.map(|p| p.id.to_string()),
        participant_erased,
        mail_given_up_on,
        relation,
        status_history: history.iter().map(|e| StatusLine { status: e.status.as_str(), on: e.on }).collect(),
    })
}

/// What a timeline entry is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEvent {
    /// A donation of this product.
    Donation(&'static str),
    /// The transplant.
    Transplant,
    /// The patient's status from this day.
    PatientStatus(&'static str),
    /// A letter from a side, where it is now.
    Letter {
        /// The letter's id.
        id: String,
        /// `donor` or `patient`.
        from: &'static str,
        /// Its public status name.
        status: &'static str,
    },
    /// The release of identities was asked for, happened or stopped (`requested`, `released`, `stopped`).
    Release(&'static str),
    /// A meeting was proposed; `status` is where it stands now.
    Meeting(&'static str),
    /// A participant (by role) gave this consent level.
    Consent {
        /// `donor`, `patient` or `proxy`.
        role: &'static str,
        /// The level.
        level: &'static str,
        /// The signed form it was recorded from, when the caller's side may open it.
        form: Option<String>,
    },
}

/// One entry of a case's timeline.
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    /// The day.
    pub on: NaiveDate,
    /// What happened.
    pub event: TimelineEvent,
}

/// The timeline of a case for its coordinators, sorted by day: donations, the transplant, the patient's
/// statuses, the letters they may see with where each is, consent changes, release requests and meetings.
/// Empty for participants.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn timeline(state: &AppState, detail: &CaseDetail) -> Result<Vec<TimelineEntry>, CaseViewError> {
    let relation = detail.relation;
    if !is_staff(relation) {
        return Ok(Vec::new());
    }
    let pairing: PairingId = detail.id.parse().map_err(|_| CaseViewError::NotFound)?;
    let conn = state.store.read();
    let mut out: Vec<TimelineEntry> = detail
        .donations
        .iter()
        .map(|d| TimelineEntry { on: d.collected_on, event: TimelineEvent::Donation(d.product) })
        .collect();
    out.extend(detail.transplant_date.map(|on| TimelineEntry { on, event: TimelineEvent::Transplant }));
    out.extend(
        detail.status_history.iter().map(|s| TimelineEntry { on: s.on, event: TimelineEvent::PatientStatus(s.status) }),
    );
    for letter in repo::letters::summaries(conn, pairing).await? {
        let facts = LetterFacts { writer_side: letter.side, status: letter.status, by_caller: false };
        if !access::may_see_letter(relation, facts) {
            continue;
        }
        out.push(TimelineEntry {
            on: letter.created_at.date_naive(),
            event: TimelineEvent::Letter {
                id: letter.id.to_string(),
                from: if letter.side == Side::Donor { "donor" } else { "patient" },
                status: letter.status.public_name(),
            },
        });
    }
    let participants = repo::pairings::participants(conn, pairing).await?;
    let forms = repo::consent_forms::of_pairing(conn, pairing).await?;
    for (participant, consent, at, id) in repo::consents::history(conn, pairing).await? {
        let Some(p) = participants.iter().find(|p| p.id == participant) else { continue };
        let form = forms
            .iter()
            .find(|f| f.consent == id && p.role.is_donor_side() == relation.is_donor_side())
            .map(|f| f.id.to_string());
        out.push(TimelineEntry {
            on: at.date_naive(),
            event: TimelineEvent::Consent { role: p.role.kind_str(), level: consent.level().as_str(), form },
        });
    }
    for request in repo::release_requests::of_pairing(conn, pairing).await? {
        out.push(TimelineEntry { on: request.created_at.date_naive(), event: TimelineEvent::Release("requested") });
        if let Some(ended) = request.ended_at {
            out.push(TimelineEntry { on: ended.date_naive(), event: TimelineEvent::Release(request.status.as_str()) });
        }
    }
    for meeting in repo::meetings::of_pairing(conn, &state.keys, pairing).await? {
        out.push(TimelineEntry {
            on: meeting.created_at.date_naive(),
            event: TimelineEvent::Meeting(meeting.status.as_str()),
        });
    }
    out.sort_by_key(|e| e.on);
    Ok(out)
}
