//! Screening a text for a caller (`POST /api/v1/screen`), seeded only with identifiers the caller already
//! knows — a participant's own, or for staff their own side's participants in a pairing they work on — so
//! that the screen can never be used to test guesses about the other party. With a pairing, findings the
//! pairing's contact rules forbid are marked (`services::letter_rules`).

use twinbridge_domain::PersonId;
use twinbridge_screening::{Finding, Screener, redact};
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::pairings::visible_pairing;
use crate::state::AppState;

/// Longest text screened in one call (a long letter is a few thousand characters).
pub const MAX_CHARS: usize = 100_000;

/// Screens one account may ask for in a minute: plenty for a person writing, while a script trying guess after
/// guess (or sending heavy texts in a loop) is slowed to one a second.
pub const REQUESTS_PER_MINUTE: u32 = 60;

/// Why a text was not screened.
#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    /// The account used up its [`REQUESTS_PER_MINUTE`]; try again after this many seconds.
    #[error("At most {REQUESTS_PER_MINUTE} screens a minute; please wait a moment.")]
    TooMany(u32),
    /// Longer than [`MAX_CHARS`].
    #[error("Screen at most {MAX_CHARS} characters at a time.")]
    TooLong,
    /// The pairing does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The pairing's contact rules could not be read.
    #[error(transparent)]
    Policy(#[from] crate::services::policy::PolicyError),
    /// The screening task failed.
    #[error("the screening task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// What the screen found, and the text with those findings redacted.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Screened {
    /// The findings.
    #[schema(value_type = Vec<Object>)]
    pub findings: Vec<Finding>,
    /// The redacted text.
    pub redacted: String,
}

/// Screens `text` for `user` (see the module docs).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn screen(
    state: &AppState,
    user: &CurrentUser,
    text: String,
    language: Option<String>,
    pairing_id: Option<&str>,
) -> Result<Screened, ScreenError> {
    state.screen_limit.take(user.account.id, state.clock.now()).map_err(ScreenError::TooMany)?;
    if text.chars().count() > MAX_CHARS {
        return Err(ScreenError::TooLong);
    }
    let mut people: Vec<PersonId> = user.account.person.into_iter().collect();
    let mut forbidden = Vec::new();
    if let Some(id) = pairing_id {
        let (pairing, relation) = visible_pairing(state, user, id).await?.ok_or(ScreenError::NotFound)?;
        match crate::services::policy::explain(state.store.read(), &pairing, state.clock.today()).await {
            Ok(explanation) => forbidden = explanation.anonymous_letters.forbidden_content,
            Err(crate::services::policy::PolicyError::Incomplete) => {}
            Err(e) => return Err(e.into()),
        }
        if user.is_staff() {
            let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
            people = participants
                .iter()
                .filter(|p| p.role.is_donor_side() == relation.is_donor_side())
                .map(|p| p.person)
                .collect();
        }
    }
    let known = identity::known_for(state, Some(user), &people, Purpose::Screening).await?;
    let metrics = state.metrics.clone();
    let screened = tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        let mut findings = Screener::shared().screen(&text, language.as_deref(), &known);
        metrics.screened(started.elapsed());
        crate::services::letter_rules::apply(&text, &mut findings, &forbidden);
        let redacted = redact(&text, &findings, language.as_deref().unwrap_or("en"));
        Screened { findings, redacted }
    })
    .await?;
    Ok(screened)
}
