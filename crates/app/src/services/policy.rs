//! The contact policy of pairings: the rule data compiled into the binary, and the facts of a stored
//! pairing turned into the engine's input. Decisions are the domain's (`twinbridge_domain::rules`).

use std::sync::LazyLock;

use chrono::NaiveDate;
use twinbridge_domain::rules::{
    EvaluateError, Explanation, Facts, LetterCount, Parties, RuleBook, RuleFileError, RuleId, Side,
};
use twinbridge_domain::{Organisation, Pairing, Role, patient_status};
use twinbridge_store::repo::letters::LetterSummary;
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

/// The rule book and the engine's input for a stored pairing. The countries whose law applies are those
/// of the donor-side and patient-side organisations; each organisation contributes the rule entry it
/// follows, with its own policy (set by its administrator) replacing what that entry says. `conn` is the
/// pool for a page, or the write transaction when the answer guards a write (the letter quota).
#[tracing::instrument(skip_all)]
pub async fn facts_of(conn: &impl ConnectionTrait, pairing: &Pairing) -> Result<(RuleBook, Facts), PolicyError> {
    let mut book = rule_book().map_err(PolicyError::Rules)?.clone();
    let donor_org = repo::organisations::get(conn, pairing.donor_organisation).await?.ok_or(PolicyError::Incomplete)?;
    let patient_org_id = pairing.patient_organisation.ok_or(PolicyError::Incomplete)?;
    let patient_org = repo::organisations::get(conn, patient_org_id).await?.ok_or(PolicyError::Incomplete)?;
    let centre = match pairing.transplant_centre {
        Some(id) => repo::organisations::get(conn, id).await?,
        None => None,
    };
    let mut parties = Parties::new(donor_org.country, patient_org.country);
    parties.donor_org = rule_of(conn, &mut book, &donor_org, "donor registry").await?;
    parties.patient_org = rule_of(conn, &mut book, &patient_org, "patient's organisation").await?;
    parties.transplant_centre = match &centre {
        Some(centre) => rule_of(conn, &mut book, centre, "transplant centre").await?,
        None => None,
    };
    let mut facts = Facts::new(parties);
    facts.donations =
        repo::donations::of_pairing(conn, pairing.id).await?.into_iter().map(|d| (d.product, d.collected_on)).collect();
    facts.transplants = pairing.transplant_date.into_iter().collect();
    let history = repo::patient_statuses::of_pairing(conn, pairing.id).await?;
    facts.patient_status = patient_status::current(&history).map(|e| e.status);
    let participants = repo::pairings::participants(conn, pairing.id).await?;
    let consents = repo::consents::current(conn, pairing.id).await?;
    let level_of = |wanted: fn(&Role) -> bool| {
        let mut side: Vec<_> = participants.iter().filter(|p| wanted(&p.role)).collect();
        // The patient speaks for the patient side; a proxy only where there is no patient account.
        side.sort_by_key(|p| !matches!(p.role, Role::Patient | Role::Donor));
        side.iter().find_map(|p| consents.get(&p.id).map(|c| c.level()))
    };
    facts.donor_consent = level_of(|r| r.is_donor_side());
    facts.patient_consent = level_of(|r| !r.is_donor_side());
    let letters = repo::letters::summaries(conn, pairing.id).await?;
    facts.donor_letters = letter_count(&letters, Side::Donor);
    facts.patient_letters = letter_count(&letters, Side::Patient);
    Ok((book, facts))
}

/// How many letters a side has sent, and whether the other side answered its last one.
fn letter_count(letters: &[LetterSummary], side: Side) -> LetterCount {
    let sent: Vec<&LetterSummary> = letters.iter().filter(|l| l.side == side && l.status.counts_as_sent()).collect();
    let last_answered = sent.last().is_some_and(|last| {
        letters.iter().any(|l| {
            l.side != side
                && l.status.counts_as_sent()
                && (l.in_reply_to == Some(last.id) || l.created_at > last.created_at)
        })
    });
    LetterCount { sent: u32::try_from(sent.len()).unwrap_or(u32::MAX), last_answered }
}

/// The rule an organisation follows: its own policy when it has one (added to `book`), else its entry.
async fn rule_of(
    conn: &impl ConnectionTrait,
    book: &mut RuleBook,
    org: &Organisation,
    role: &str,
) -> Result<Option<RuleId>, PolicyError> {
    let entry = org.policy_entry.as_deref().and_then(|e| RuleId::parse(e).ok());
    let Some(own) = repo::organisation_policies::get(conn, org.id).await?.filter(|p| !p.policy.is_empty()) else {
        return Ok(entry);
    };
    let Some(id) = own_rule_id(org, role) else { return Ok(entry) };
    *book =
        book.with_own_policy(id.clone(), id.as_str(), entry.as_ref(), &own.policy, &own.source, own.at.date_naive());
    Ok(Some(id))
}

/// Removes from an explanation what a participant must not learn: where the organisations' own policies
/// are published (the address would name the other side's organisation).
pub fn for_participant(mut explanation: Explanation) -> Explanation {
    for reason in &mut explanation.reasons {
        if reason.rule.contains(" own policy of the ") {
            reason.source = String::new();
            reason.sources.clear();
            reason.note = None;
        }
    }
    explanation
}

/// The effective policy of a stored pairing on `today`, read through `conn` (see [`facts_of`]).
#[tracing::instrument(skip_all)]
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
    /// Its policy today; a participant's leaves out what they must not learn (see [`for_participant`]).
    pub explanation: Explanation,
}

/// The effective policy today of a pairing the caller sees.
#[tracing::instrument(skip_all, fields(pairing = %pairing_id))]
pub async fn for_caller(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    pairing_id: &str,
) -> Result<PolicyView, PolicyError> {
    let (pairing, relation) =
        crate::services::pairings::visible_pairing(state, user, pairing_id).await?.ok_or(PolicyError::NotFound)?;
    let explanation = explain(state.store.read(), &pairing, state.clock.today()).await?;
    let explanation = if matches!(relation, twinbridge_domain::access::Relation::Participant(_)) {
        for_participant(explanation)
    } else {
        explanation
    };
    Ok(PolicyView { pairing, relation, explanation })
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
