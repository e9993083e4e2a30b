//! The contact policy of pairings: the rule data compiled into the binary, and the facts of a stored
//! pairing turned into the engine's input. Decisions are the domain's (`twinbridge_domain::rules`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use twinbridge_domain::access::Relation;
use twinbridge_domain::consent::Consent;
use twinbridge_domain::release::ReleaseRequest;
use twinbridge_domain::rules::{
    AppliesAs, EvaluateError, Explanation, Facts, LetterCount, Parties, RuleBook, RuleFileError, RuleId, Side,
};
use twinbridge_domain::{
    Organisation, OrganisationId, Pairing, PairingId, Participant, ParticipantId, PatientStatusEntry, Product, Role,
    patient_status,
};
use twinbridge_store::repo::letters::LetterSummary;
use twinbridge_store::repo::organisation_policies::StoredPolicy;
use twinbridge_store::{ConnectionTrait, StoreError, repo};

/// The rule data as shipped (`rules/contact-rules.toml`), parsed once.
static RULES: LazyLock<Result<RuleBook, RuleFileError>> =
    LazyLock::new(|| RuleBook::parse(include_str!("../../../../rules/contact-rules.toml")));

/// The rule book; an error only if the shipped file is invalid (a test and the start-up check prevent that).
pub fn rule_book() -> Result<&'static RuleBook, &'static RuleFileError> {
    RULES.as_ref()
}

/// Why a pairing's policy could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// The rule data is invalid.
    #[error("rule data: {0}")]
    Rules(&'static RuleFileError),
    /// An organisation names a rule entry the data does not have.
    #[error(transparent)]
    Evaluate(#[from] EvaluateError),
    /// The pairing does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// The pairing's stored facts are incomplete.
    #[error("the pairing has no patient side yet")]
    Incomplete,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The rule id under which an organisation's own policy is evaluated. It names the organisation's role in
/// the pairing, not the organisation: participants see rule ids and must not learn the other side's
/// organisation.
fn own_rule_id(org: &Organisation, role: &str) -> Option<RuleId> {
    RuleId::parse(&format!("{} own policy of the {role}", org.country)).ok()
}

/// What is stored about a pairing that the rules read, besides its organisations.
#[derive(Debug, Default, Clone)]
struct Records {
    donations: Vec<(Product, NaiveDate)>,
    history: Vec<PatientStatusEntry>,
    participants: Vec<Participant>,
    consents: BTreeMap<ParticipantId, Consent>,
    /// Sent letters: at least those from the earlier of the two sides' latest onwards.
    letters: Vec<LetterSummary>,
    /// How many letters the donor side and the patient side have sent.
    sent: (u32, u32),
    /// What the coordinators attested on the live release request.
    attested: BTreeSet<twinbridge_domain::rules::Condition>,
}

/// The organisations of a pairing and their own policies, as the rules read them.
struct PairingOrganisations<'a> {
    donor: &'a Organisation,
    patient: &'a Organisation,
    centre: Option<&'a Organisation>,
    own_policies: &'a HashMap<OrganisationId, StoredPolicy>,
}

/// The rule book and the engine's input for a stored pairing. The countries whose law applies are those
/// of the donor-side and patient-side organisations; each organisation contributes the rule entry it
/// follows, with its own policy (set by its administrator) replacing what that entry says. `conn` is the
/// pool for a page, or the write transaction when the answer guards a write.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn facts_of(conn: &impl ConnectionTrait, pairing: &Pairing) -> Result<(RuleBook, Facts), PolicyError> {
    let participants = repo::pairings::participants(conn, pairing.id).await?;
    facts_with(conn, pairing, participants).await
}

/// [`facts_of`] for a pairing read with its `participants` (`repo::pairings::with_participants`).
pub async fn facts_with(
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    participants: Vec<Participant>,
) -> Result<(RuleBook, Facts), PolicyError> {
    let standing = Standing::read(conn, pairing, participants).await?;
    let sent = standing.read_sent(conn, pairing.id).await?;
    standing.assemble(pairing, sent)
}

/// What the rules read of a pairing apart from its letters: its organisations with their own policies,
/// donations, the patient's status history, participants, consents and its release requests.
#[derive(Debug, Clone)]
struct Standing {
    organisations: HashMap<OrganisationId, Organisation>,
    own_policies: HashMap<OrganisationId, StoredPolicy>,
    records: Records,
    /// Every release request of the pairing, newest first.
    requests: Vec<ReleaseRequest>,
}

impl Standing {
    async fn read(
        conn: &impl ConnectionTrait,
        pairing: &Pairing,
        participants: Vec<Participant>,
    ) -> Result<Self, PolicyError> {
        let patient_org_id = pairing.patient_organisation.ok_or(PolicyError::Incomplete)?;
        let ids: Vec<OrganisationId> =
            [Some(pairing.donor_organisation), Some(patient_org_id), pairing.transplant_centre]
                .into_iter()
                .flatten()
                .collect();
        // The organisations and their own policies in one query each.
        let organisations = repo::organisations::get_many(conn, &ids).await?;
        let own_policies = repo::organisation_policies::get_many(conn, &ids).await?;
        let requests = repo::release_requests::of_pairing(conn, pairing.id).await?;
        let records = Records {
            donations: repo::donations::of_pairing(conn, pairing.id)
                .await?
                .into_iter()
                .map(|d| (d.product, d.collected_on))
                .collect(),
            history: repo::patient_statuses::of_pairing(conn, pairing.id).await?,
            participants,
            consents: repo::consents::current(conn, pairing.id).await?,
            letters: Vec::new(),
            sent: (0, 0),
            attested: live_of(&requests).map(|r| r.attestations.conditions_met()).unwrap_or_default(),
        };
        Ok(Self { organisations, own_policies, records, requests })
    }

    /// Whether this was read for the organisations `pairing` names now: a standing kept under a stamp was
    /// read for the organisations of the pairing as the reading request had it, which can be older than
    /// the stamp (its organisations are the pairing's own facts, read before the stamp on a page).
    fn covers(&self, pairing: &Pairing) -> bool {
        [Some(pairing.donor_organisation), pairing.patient_organisation, pairing.transplant_centre]
            .into_iter()
            .flatten()
            .all(|id| self.organisations.contains_key(&id))
    }

    /// The pairing's sent letters as its quota reads them, counted up to one past the largest quota that
    /// could apply: every quota answers as with exact counts.
    async fn read_sent(
        &self,
        conn: &impl ConnectionTrait,
        pairing: PairingId,
    ) -> Result<repo::letters::SentLetters, PolicyError> {
        let book_quota = rule_book().map_err(PolicyError::Rules)?.largest_letter_quota();
        let own_quota = self.own_policies.values().filter_map(|p| p.policy.max_letters_per_side).max().unwrap_or(0);
        let cap = book_quota.max(own_quota).saturating_add(1);
        Ok(repo::letters::sent_letters(conn, pairing, cap).await?)
    }

    /// The rule book and the engine's input, with the letters `sent`.
    fn assemble(&self, pairing: &Pairing, sent: repo::letters::SentLetters) -> Result<(RuleBook, Facts), PolicyError> {
        let org = |id: Option<OrganisationId>| id.and_then(|id| self.organisations.get(&id));
        let donor = org(Some(pairing.donor_organisation)).ok_or(PolicyError::Incomplete)?;
        let patient = org(pairing.patient_organisation).ok_or(PolicyError::Incomplete)?;
        let orgs = PairingOrganisations {
            donor,
            patient,
            centre: org(pairing.transplant_centre),
            own_policies: &self.own_policies,
        };
        let mut records = self.records.clone();
        records.letters = sent.recent;
        records.sent = (sent.donor, sent.patient);
        assemble(pairing, &orgs, records)
    }
}

/// The live request (requested or released) among a pairing's requests.
fn live_of(requests: &[ReleaseRequest]) -> Option<&ReleaseRequest> {
    requests.iter().find(|r| r.is_live())
}

/// How many pairings' standings are kept (a few kilobytes each).
const KEPT_STANDINGS: usize = 4096;

/// Pairings' standings as last read, each under the facts stamp read before it (ADR 0028). A request
/// that has read a pairing's stamp takes its standing from here when the stamp is the same: the database
/// changes the stamp with every change to what a standing holds, so an equal stamp means nothing in it
/// changed, on this instance or any other sharing the database. It holds no identity: organisations,
/// rules, donations, statuses, consents and release requests.
pub struct Standings(quick_cache::sync::Cache<PairingId, Arc<(repo::pairings::FactsStamp, Standing)>>);

impl std::fmt::Debug for Standings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Standings").field("kept", &self.0.len()).finish()
    }
}

impl Default for Standings {
    fn default() -> Self {
        Self(quick_cache::sync::Cache::new(KEPT_STANDINGS))
    }
}

impl Standings {
    /// The standing of `pairing` as of `stamp`, kept or else read through `conn` and kept. `conn` is the
    /// pool, never a transaction: what a transaction reads may be its own writes, which a rollback undoes
    /// while the stamp they moved to can be reached again by another change. `stamp` was read before
    /// anything of `pairing` that is kept, so a standing read after a later change is kept under an older
    /// stamp than its own, one no later read can match.
    async fn standing(
        &self,
        conn: &twinbridge_store::Db,
        stamp: repo::pairings::FactsStamp,
        pairing: &Pairing,
        participants: Vec<Participant>,
    ) -> Result<Standing, PolicyError> {
        if let Some(kept) = self.0.get(&pairing.id).filter(|kept| kept.0 == stamp && kept.1.covers(pairing)) {
            let mut standing = kept.1.clone();
            standing.records.participants = participants;
            return Ok(standing);
        }
        let standing = Standing::read(conn, pairing, participants).await?;
        self.0.insert(pairing.id, Arc::new((stamp, standing.clone())));
        Ok(standing)
    }
}

/// A pairing's facts read before the write transaction whose answer depends on them (a letter's, which
/// the rules and the quota must allow), with the stamp they were read under (ADR 0027). Inside the
/// transaction, [`ReadAhead::facts_now`] compares the stamp and reads only the letters again when it is
/// unchanged: the single writer is held for two statements instead of ten.
#[derive(Debug, Clone)]
pub struct ReadAhead {
    stamp: repo::pairings::FactsStamp,
    pairing: Pairing,
    standing: Standing,
}

impl ReadAhead {
    /// Reads a pairing's facts through the pool (its standing kept in `standings` when the stamp is
    /// unchanged); `None` when it does not exist. The stamp is read first: whatever changes after it, and
    /// so might be missing from what is read next, changes the stamp.
    pub async fn read(
        conn: &twinbridge_store::Db,
        standings: &Standings,
        id: PairingId,
    ) -> Result<Option<Self>, PolicyError> {
        let Some(stamp) = repo::pairings::facts_stamp(conn, id).await? else { return Ok(None) };
        let Some((pairing, participants)) = repo::pairings::with_participants(conn, id).await? else {
            return Ok(None);
        };
        Ok(Some(Self::read_rest(conn, standings, stamp, pairing, participants).await?))
    }

    /// [`ReadAhead::read`] for a pairing whose `participants` the caller read after `stamp` (a request that
    /// read them anyway to decide what the caller may do).
    pub async fn read_rest(
        conn: &twinbridge_store::Db,
        standings: &Standings,
        stamp: repo::pairings::FactsStamp,
        pairing: Pairing,
        participants: Vec<Participant>,
    ) -> Result<Self, PolicyError> {
        let standing = standings.standing(conn, stamp, &pairing, participants).await?;
        Ok(Self { stamp, pairing, standing })
    }

    /// The pairing's organisations, as read ahead.
    pub fn organisations(&self) -> &HashMap<OrganisationId, Organisation> {
        &self.standing.organisations
    }

    /// The pairing, the rule book and the engine's input as they stand now, read through the write
    /// transaction `tx`: from what was read ahead and the letters as they are now when the stamp is
    /// unchanged, else everything anew. `None` when the pairing no longer exists.
    pub async fn facts_now(
        &self,
        tx: &impl ConnectionTrait,
    ) -> Result<Option<(Pairing, RuleBook, Facts)>, PolicyError> {
        let id = self.pairing.id;
        if repo::pairings::facts_stamp(tx, id).await? == Some(self.stamp) {
            let sent = self.standing.read_sent(tx, id).await?;
            let (book, facts) = self.standing.assemble(&self.pairing, sent)?;
            return Ok(Some((self.pairing.clone(), book, facts)));
        }
        tracing::debug!(pairing = %id, "the pairing's facts changed since they were read; reading them again");
        let Some((pairing, participants)) = repo::pairings::with_participants(tx, id).await? else { return Ok(None) };
        let (book, facts) = facts_with(tx, &pairing, participants).await?;
        Ok(Some((pairing, book, facts)))
    }
}

/// The rule book and the engine's input from what was read of a pairing.
fn assemble(
    pairing: &Pairing,
    orgs: &PairingOrganisations<'_>,
    records: Records,
) -> Result<(RuleBook, Facts), PolicyError> {
    let mut book = rule_book().map_err(PolicyError::Rules)?.clone();
    let own = |org: &Organisation| orgs.own_policies.get(&org.id);
    let mut parties = Parties::new(orgs.donor.country, orgs.patient.country);
    parties.donor_residence = pairing.donor_residence;
    parties.patient_residence = pairing.patient_residence;
    parties.donor_org = rule_of(&mut book, orgs.donor, own(orgs.donor), "donor registry");
    parties.patient_org = rule_of(&mut book, orgs.patient, own(orgs.patient), "patient's organisation");
    parties.transplant_centre = orgs.centre.and_then(|c| rule_of(&mut book, c, own(c), "transplant centre"));
    let mut facts = Facts::new(parties);
    facts.donations = records.donations;
    facts.transplants = pairing.transplant_date.into_iter().collect();
    facts.patient_status = patient_status::current(&records.history).map(|e| e.status);
    let level_of = |wanted: fn(&Role) -> bool| {
        let mut side: Vec<_> = records.participants.iter().filter(|p| wanted(&p.role)).collect();
        // The patient speaks for the patient side; a proxy only where there is no patient account.
        side.sort_by_key(|p| !matches!(p.role, Role::Patient | Role::Donor));
        side.iter().find_map(|p| records.consents.get(&p.id).map(|c| c.level()))
    };
    facts.donor_consent = level_of(|r| r.is_donor_side());
    facts.patient_consent = level_of(|r| !r.is_donor_side());
    facts.donor_letters = letter_count(&records.letters, records.sent.0, Side::Donor);
    facts.patient_letters = letter_count(&records.letters, records.sent.1, Side::Patient);
    facts.conditions_met = records.attested;
    Ok((book, facts))
}

/// The effective policies of several stored pairings on `today`, reading what they need once for all of
/// them (a list page), not once per pairing. A pairing whose policy cannot be computed (no patient side
/// yet, an unknown rule entry) has its own error; a storage failure fails the whole.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn explain_many(
    conn: &impl ConnectionTrait,
    pairings: &[&Pairing],
    today: NaiveDate,
) -> Result<HashMap<PairingId, Result<Explanation, PolicyError>>, StoreError> {
    let ids: Vec<PairingId> = pairings.iter().map(|p| p.id).collect();
    let organisations: HashMap<OrganisationId, Organisation> =
        repo::organisations::list(conn).await?.into_iter().map(|o| (o.id, o)).collect();
    let involved: BTreeSet<OrganisationId> = pairings
        .iter()
        .flat_map(|p| [Some(p.donor_organisation), p.patient_organisation, p.transplant_centre])
        .flatten()
        .collect();
    let involved: Vec<OrganisationId> = involved.into_iter().collect();
    let own_policies = repo::organisation_policies::get_many(conn, &involved).await?;
    let mut records: HashMap<PairingId, Records> = HashMap::new();
    for d in repo::donations::of_pairings(conn, &ids).await? {
        records.entry(d.pairing).or_default().donations.push((d.product, d.collected_on));
    }
    for e in repo::patient_statuses::of_pairings(conn, &ids).await? {
        records.entry(e.pairing).or_default().history.push(e);
    }
    let consents = repo::consents::current_of_pairings(conn, &ids).await?;
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        let entry = records.entry(p.pairing).or_default();
        if let Some(c) = consents.get(&p.id) {
            entry.consents.insert(p.id, c.clone());
        }
        entry.participants.push(p);
    }
    for (pairing, l) in repo::letters::summaries_of_pairings(conn, &ids).await? {
        let entry = records.entry(pairing).or_default();
        if l.status.counts_as_sent() {
            match l.side {
                Side::Donor => entry.sent.0 += 1,
                Side::Patient => entry.sent.1 += 1,
            }
        }
        entry.letters.push(l);
    }
    for request in repo::release_requests::live_of_pairings(conn, &ids).await? {
        records.entry(request.pairing).or_default().attested = request.attestations.conditions_met();
    }
    let mut out = HashMap::new();
    for pairing in pairings {
        let org = |id: Option<OrganisationId>| id.and_then(|id| organisations.get(&id));
        let answer = match (org(Some(pairing.donor_organisation)), org(pairing.patient_organisation)) {
            (Some(donor), Some(patient)) => {
                let orgs = PairingOrganisations {
                    donor,
                    patient,
                    centre: org(pairing.transplant_centre),
                    own_policies: &own_policies,
                };
                assemble(pairing, &orgs, records.remove(&pairing.id).unwrap_or_default())
                    .and_then(|(book, facts)| Ok(book.evaluate(&facts, today)?))
            }
            _ => Err(PolicyError::Incomplete),
        };
        out.insert(pairing.id, answer);
    }
    Ok(out)
}

/// How many letters a side has sent (`sent`, counted by the caller), and whether the other side answered
/// its last one (`letters` holds at least the sent letters from the earlier side's latest onwards).
fn letter_count(letters: &[LetterSummary], sent_count: u32, side: Side) -> LetterCount {
    let sent: Vec<&LetterSummary> = letters.iter().filter(|l| l.side == side && l.status.counts_as_sent()).collect();
    let last_answered = sent.last().is_some_and(|last| {
        letters.iter().any(|l| {
            l.side != side
                && l.status.counts_as_sent()
                && (l.in_reply_to == Some(last.id) || l.created_at > last.created_at)
        })
    });
    LetterCount { sent: sent_count, last_answered }
}

/// The rule an organisation follows: its own policy when it has one (added to `book`), else its entry.
fn rule_of(book: &mut RuleBook, org: &Organisation, own: Option<&StoredPolicy>, role: &str) -> Option<RuleId> {
    let entry = org.policy_entry.as_deref().and_then(|e| RuleId::parse(e).ok());
    let Some(own) = own.filter(|p| !p.policy.is_empty()) else { return entry };
    let Some(id) = own_rule_id(org, role) else { return entry };
    *book =
        book.with_own_policy(id.clone(), id.as_str(), entry.as_ref(), &own.policy, &own.source, own.at.date_naive());
    Some(id)
}

/// Removes from an explanation what the caller must not learn. Nobody learns which country the other
/// person lives in (a rule binding only because of it keeps its effect, not its name); participants also
/// do not learn which organisation stands on the other side — a rule binding only as the other side's
/// organisation keeps its effect, not its name or sources — nor where the organisations' own policies are
/// published (the address would name the other side's organisation). The other side's country they may know.
pub fn seen_from(mut explanation: Explanation, relation: Relation, pairing: &Pairing) -> Explanation {
    let participant = matches!(relation, Relation::Participant(_));
    let their_organisation = |why: &AppliesAs| {
        if relation.is_donor_side() {
            matches!(why, AppliesAs::PatientOrganisation | AppliesAs::TransplantCentre)
        } else {
            *why == AppliesAs::DonorOrganisation
        }
    };
    let mut organisation_rules: Vec<String> = Vec::new();
    if participant {
        explanation.rules_applied.retain(|applied| {
            let only_theirs = applied.applies_as.iter().all(their_organisation);
            if only_theirs {
                organisation_rules.push(applied.rule.as_str().to_owned());
            }
            !only_theirs
        });
    }
    let (theirs, their_country) = if relation.is_donor_side() {
        (AppliesAs::PatientResidence, pairing.patient_residence)
    } else {
        (AppliesAs::DonorResidence, pairing.donor_residence)
    };
    let mut hidden: Vec<String> = Vec::new();
    explanation.rules_applied.retain_mut(|applied| {
        applied.applies_as.retain(|why| *why != theirs);
        if applied.applies_as.is_empty() {
            hidden.push(applied.rule.as_str().to_owned());
        }
        !applied.applies_as.is_empty()
    });
    if let Some(country) = their_country {
        explanation.countries_without_rules.retain(|c| *c != country);
        hidden.push(format!("{country} (no rule data)"));
    }
    for reason in &mut explanation.reasons {
        if hidden.contains(&reason.rule) {
            reason.rule = WHERE_THE_OTHER_LIVES.to_owned();
            reason.says = "the rules of the country where the other person lives".to_owned();
        }
        if organisation_rules.contains(&reason.rule) {
            reason.rule = THE_OTHER_ORGANISATION.to_owned();
        }
        // Notes of other rules may name it too ("as in CH Swiss Blood Stem Cells").
        for name in &organisation_rules {
            if let Some(note) = reason.note.as_mut().filter(|n| n.contains(name.as_str())) {
                *note = note.replace(name.as_str(), THE_OTHER_ORGANISATION);
            }
        }
        if (participant && reason.rule.contains(" own policy of the "))
            || reason.rule == WHERE_THE_OTHER_LIVES
            || reason.rule == THE_OTHER_ORGANISATION
        {
            reason.source = String::new();
            reason.sources.clear();
            reason.note = None;
        }
    }
    explanation
}

/// What a participant reads in place of a rule that binds because of where the other person lives.
const WHERE_THE_OTHER_LIVES: &str = "where the other person lives";

/// What a participant reads in place of the rules of the other side's organisation.
const THE_OTHER_ORGANISATION: &str = "the other side's organisation";

/// The effective policy of a stored pairing on `today`, read through `conn` (see [`facts_of`]).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn explain(
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    today: NaiveDate,
) -> Result<Explanation, PolicyError> {
    let (book, facts) = facts_of(conn, pairing).await?;
    Ok(book.evaluate(&facts, today)?)
}

/// A pairing the caller sees, how they stand to it, and its effective policy today.
#[derive(Debug, Clone)]
pub struct PolicyView {
    /// The pairing.
    pub pairing: Pairing,
    /// The caller's relation to it.
    pub relation: twinbridge_domain::access::Relation,
    /// Its policy today; a participant's leaves out what they must not learn (see [`seen_from`]).
    pub explanation: Explanation,
}

/// The effective policy today of a pairing the caller sees.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn for_caller(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    pairing_id: &str,
) -> Result<PolicyView, PolicyError> {
    let visible = crate::services::pairings::visible(state, user, pairing_id).await?.ok_or(PolicyError::NotFound)?;
    let evaluated = evaluate(state, &visible).await?;
    Ok(view_of(&visible, &evaluated))
}

/// A pairing's rules evaluated on one day from its stored facts: what a request that shows several of
/// the pairing's sections (its page: rules, release, what the other party may be told) reads once and
/// hands to each, rather than each reading the same facts again.
#[derive(Debug, Clone)]
pub struct Evaluated {
    /// The effective policy, as the rules give it (not yet [`seen_from`] a caller).
    pub explanation: Explanation,
    /// The facts it was computed from (consents, letters sent, donations…).
    pub facts: Facts,
    /// The participants' current consents, as read for the facts.
    pub consents: BTreeMap<ParticipantId, Consent>,
    /// Every release request of the pairing, newest first.
    pub requests: Vec<ReleaseRequest>,
}

impl Evaluated {
    /// The live release request (requested or released), among those read for the facts.
    pub fn live_request(&self) -> Option<&ReleaseRequest> {
        live_of(&self.requests)
    }
}

/// Evaluates the rules of a pairing the caller sees today (its participants are already read), its
/// standing kept or read through the pool.
pub async fn evaluate(
    state: &crate::state::AppState,
    visible: &crate::services::pairings::VisiblePairing,
) -> Result<Evaluated, PolicyError> {
    let conn = state.store.read();
    let pairing = &visible.pairing;
    let stamp = repo::pairings::facts_stamp(conn, pairing.id).await?.ok_or(PolicyError::NotFound)?;
    let standing = state.standings.standing(conn, stamp, pairing, visible.participants.clone()).await?;
    let sent = standing.read_sent(conn, pairing.id).await?;
    let (book, facts) = standing.assemble(pairing, sent)?;
    let explanation = book.evaluate(&facts, state.clock.today())?;
    Ok(Evaluated { explanation, facts, consents: standing.records.consents, requests: standing.requests })
}

/// The policy of `visible` as its caller may see it.
pub fn view_of(visible: &crate::services::pairings::VisiblePairing, evaluated: &Evaluated) -> PolicyView {
    let explanation = seen_from(evaluated.explanation.clone(), visible.relation, &visible.pairing);
    PolicyView { pairing: visible.pairing.clone(), relation: visible.relation, explanation }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_rule_data_is_valid_and_has_the_demo_entries() {
        let book = rule_book().expect("rules/contact-rules.toml parses and validates");
        for id in ["IN DKMS-BMST", "DE German Standards", "FR France Greffe de Moelle"] {
            assert!(book.get(id).is_some(), "{id} is referenced by the demo organisations");
        }
    }
}
