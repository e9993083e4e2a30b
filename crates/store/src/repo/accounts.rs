//! Accounts and staff roles. The e-mail address, display name, TOTP secret and notification address are
//! encrypted like the identity vault; look-ups by e-mail go through the blind index.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::notice::MailChoices;
use twinbridge_domain::{AccountId, AccountKind, Email, OrganisationId, PersonId, PersonName, StaffRole};

use crate::StoreError;
use crate::entities::{accounts, api_tokens, staff_roles};

const TABLE: &str = "accounts";

/// An account as the application sees it. `Debug` shows only the id and kind.
#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    /// Random id.
    pub id: AccountId,
    /// Participant or staff.
    pub kind: AccountKind,
    /// The participant's person in the identity vault.
    pub person: Option<PersonId>,
    /// Sign-in e-mail.
    pub email: Email,
    /// A staff member's name as shown to colleagues.
    pub display_name: Option<PersonName>,
    /// Argon2id PHC string, if a password is set.
    pub password_hash: Option<String>,
    /// The TOTP secret (base32), once enrolled.
    pub totp_secret: Option<String>,
    /// The last TOTP time step accepted.
    pub totp_last_step: Option<u64>,
    /// Preferred language code.
    pub language: Option<String>,
    /// Where notifications go, if not the sign-in address.
    pub notification_email: Option<Email>,
    /// Disabled accounts cannot sign in.
    pub disabled: bool,
    /// Raised on password change, disabling and "sign out everywhere": older sessions stop working.
    pub auth_version: i32,
    /// Whether writers may see that this participant has read their letters.
    pub share_read_receipts: bool,
    /// Which e-mails the person wants, and how often a staff member gets the digest.
    pub mail: MailChoices,
    /// When the last digest went to this account.
    pub last_digest_at: Option<DateTime<Utc>>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account").field("id", &self.id).field("kind", &self.kind).finish_non_exhaustive()
    }
}

/// The blind index of a sign-in e-mail.
pub fn email_index(keys: &KeyRing, email: &Email) -> Vec<u8> {
    keys.blind_index("account-email", &email.normalised()).to_vec()
}

fn seal(keys: &KeyRing, id: AccountId, column: &str, value: &str) -> Vec<u8> {
    keys.encrypt(FieldPlace { table: TABLE, column, row: id.as_uuid().as_bytes() }, value.as_bytes())
}

fn open(keys: &KeyRing, id: AccountId, column: &str, stored: &[u8]) -> Result<String, StoreError> {
    let bytes = keys.decrypt(FieldPlace { table: TABLE, column, row: id.as_uuid().as_bytes() }, stored)?;
    String::from_utf8(bytes).map_err(|_| StoreError::corrupt(TABLE, id, "not UTF-8"))
}

fn to_domain(keys: &KeyRing, m: &accounts::Model) -> Result<Account, StoreError> {
    let id = AccountId::from_uuid(m.id);
    let bad = |why: twinbridge_domain::ParseError| StoreError::corrupt(TABLE, m.id, why);
    Ok(Account {
        id,
        kind: m.kind.parse().map_err(bad)?,
        person: m.person_id.map(PersonId::from_uuid),
        email: Email::parse(&open(keys, id, "email", &m.email)?).map_err(bad)?,
        display_name: m
            .display_name
            .as_ref()
            .map(|v| open(keys, id, "display_name", v).and_then(|s| PersonName::parse(&s).map_err(bad)))
            .transpose()?,
        password_hash: m.password_hash.clone(),
        totp_secret: m.totp_secret.as_ref().map(|v| open(keys, id, "totp_secret", v)).transpose()?,
        totp_last_step: m.totp_last_step.and_then(|s| u64::try_from(s).ok()),
        language: m.language.clone(),
        notification_email: m
            .notification_email
            .as_ref()
            .map(|v| open(keys, id, "notification_email", v).and_then(|s| Email::parse(&s).map_err(bad)))
            .transpose()?,
        disabled: m.disabled,
        auth_version: m.auth_version,
        share_read_receipts: m.share_read_receipts,
        mail: MailChoices::from_stored(&m.mail_off, m.digest_frequency.as_deref()),
        last_digest_at: m.last_digest_at,
    })
}

/// What is needed to create an account.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    /// Random id.
    pub id: AccountId,
    /// Participant or staff.
    pub kind: AccountKind,
    /// The participant's person.
    pub person: Option<PersonId>,
    /// Sign-in e-mail.
    pub email: &'a Email,
    /// Staff member's name.
    pub display_name: Option<&'a PersonName>,
    /// Argon2id hash, if a password is set now.
    pub password_hash: Option<String>,
    /// TOTP secret (base32), if enrolled now.
    pub totp_secret: Option<&'a str>,
    /// Preferred language.
    pub language: Option<&'a str>,
}

/// Creates an account. An e-mail that already has one gives [`StoreError::Duplicate`].
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    new: &NewAccount<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = accounts::ActiveModel {
        id: Set(new.id.as_uuid()),
        kind: Set(new.kind.as_str().to_owned()),
        person_id: Set(new.person.map(|p| p.as_uuid())),
        email_index: Set(email_index(keys, new.email)),
        email: Set(seal(keys, new.id, "email", new.email.as_str())),
        display_name: Set(new.display_name.map(|n| seal(keys, new.id, "display_name", n.as_str()))),
        password_hash: Set(new.password_hash.clone()),
        totp_secret: Set(new.totp_secret.map(|s| seal(keys, new.id, "totp_secret", s))),
        totp_last_step: Set(None),
        language: Set(new.language.map(str::to_owned)),
        notification_email: Set(None),
        disabled: Set(false),
        auth_version: Set(1),
        share_read_receipts: Set(false),
        created_at: Set(now),
        mail_off: Set(String::new()),
        digest_frequency: Set(None),
        last_digest_at: Set(None),
    };
    accounts::Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("account e-mail"))?;
    Ok(())
}

/// One account.
pub async fn get(conn: &impl ConnectionTrait, keys: &KeyRing, id: AccountId) -> Result<Option<Account>, StoreError> {
    accounts::Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| to_domain(keys, &m)).transpose()
}

/// The account of a live API token (by the token's hash), in one query: every API request asks this.
pub async fn by_api_token(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    hash: &[u8],
    now: DateTime<Utc>,
) -> Result<Option<Account>, StoreError> {
    let live = Query::select()
        .column(api_tokens::Column::AccountId)
        .from(api_tokens::Entity)
        .and_where(api_tokens::Column::TokenHash.eq(hash.to_vec()))
        .and_where(api_tokens::Column::ExpiresAt.gt(now))
        .to_owned();
    accounts::Entity::find()
        .filter(accounts::Column::Id.in_subquery(live))
        .one(conn)
        .await?
        .map(|m| to_domain(keys, &m))
        .transpose()
}

/// The account signing in with this e-mail.
pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    email: &Email,
) -> Result<Option<Account>, StoreError> {
    accounts::Entity::find()
        .filter(accounts::Column::EmailIndex.eq(email_index(keys, email)))
        .one(conn)
        .await?
        .map(|m| to_domain(keys, &m))
        .transpose()
}

/// The account of a participant's person.
pub async fn find_by_person(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    person: PersonId,
) -> Result<Option<Account>, StoreError> {
    accounts::Entity::find()
        .filter(accounts::Column::PersonId.eq(person.as_uuid()))
        .one(conn)
        .await?
        .map(|m| to_domain(keys, &m))
        .transpose()
}

async fn update(conn: &impl ConnectionTrait, row: accounts::ActiveModel) -> Result<(), StoreError> {
    row.update(conn).await?;
    Ok(())
}

fn row(id: AccountId) -> accounts::ActiveModel {
    accounts::ActiveModel { id: Set(id.as_uuid()), ..Default::default() }
}

/// Sets a new password hash and ends every other session (the auth version moves on).
pub async fn set_password(
    conn: &impl ConnectionTrait,
    id: AccountId,
    hash: String,
    new_version: i32,
) -> Result<(), StoreError> {
    update(conn, accounts::ActiveModel { password_hash: Set(Some(hash)), auth_version: Set(new_version), ..row(id) })
        .await
}

/// Enrols a TOTP secret.
pub async fn set_totp_secret(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: AccountId,
    secret: &str,
) -> Result<(), StoreError> {
    let sealed = seal(keys, id, "totp_secret", secret);
    update(conn, accounts::ActiveModel { totp_secret: Set(Some(sealed)), totp_last_step: Set(None), ..row(id) }).await
}

/// Records `step` as used, only if it is later than the last one used: `false` means the code (or an older
/// one) was already accepted, so a concurrent replay loses even on PostgreSQL.
pub async fn claim_totp_step(conn: &impl ConnectionTrait, id: AccountId, step: u64) -> Result<bool, StoreError> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let result = accounts::Entity::update_many()
        .col_expr(accounts::Column::TotpLastStep, Expr::value(step))
        .filter(accounts::Column::Id.eq(id.as_uuid()))
        .filter(
            Condition::any().add(accounts::Column::TotpLastStep.is_null()).add(accounts::Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Replaces the sign-in e-mail address and ends the account's sessions (the auth version moves on). An
/// address another account has gives [`StoreError::Duplicate`].
pub async fn set_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: AccountId,
    email: &Email,
    new_version: i32,
) -> Result<(), StoreError> {
    let changed = accounts::ActiveModel {
        email_index: Set(email_index(keys, email)),
        email: Set(seal(keys, id, "email", email.as_str())),
        auth_version: Set(new_version),
        ..row(id)
    };
    changed.update(conn).await.map_err(super::duplicate_as("account e-mail"))?;
    Ok(())
}

/// Erases a participant's account: a placeholder address on the reserved `.invalid` domain (nothing is
/// delivered to it, and it holds no identity), no password, no second factor, no name, disabled; its
/// sessions end with the auth version.
pub async fn erase(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: AccountId,
    new_version: i32,
) -> Result<(), StoreError> {
    let placeholder = Email::parse(&format!("erased-{}@erased.invalid", id.as_uuid().simple()))
        .map_err(|e| StoreError::corrupt(TABLE, id, e))?;
    let erased = accounts::ActiveModel {
        email_index: Set(email_index(keys, &placeholder)),
        email: Set(seal(keys, id, "email", placeholder.as_str())),
        display_name: Set(None),
        password_hash: Set(None),
        totp_secret: Set(None),
        notification_email: Set(None),
        disabled: Set(true),
        auth_version: Set(new_version),
        ..row(id)
    };
    erased.update(conn).await?;
    Ok(())
}

/// Sets the auth version (ends older sessions).
pub async fn set_auth_version(conn: &impl ConnectionTrait, id: AccountId, version: i32) -> Result<(), StoreError> {
    update(conn, accounts::ActiveModel { auth_version: Set(version), ..row(id) }).await
}

/// Disables or enables an account (disabling ends its sessions through the auth version).
pub async fn set_disabled(
    conn: &impl ConnectionTrait,
    id: AccountId,
    disabled: bool,
    new_version: i32,
) -> Result<(), StoreError> {
    update(conn, accounts::ActiveModel { disabled: Set(disabled), auth_version: Set(new_version), ..row(id) }).await
}

/// Sets the preferred language.
pub async fn set_language(
    conn: &impl ConnectionTrait,
    id: AccountId,
    language: Option<&str>,
) -> Result<(), StoreError> {
    update(conn, accounts::ActiveModel { language: Set(language.map(str::to_owned)), ..row(id) }).await
}

/// Sets whether writers may see that this participant has read their letters.
pub async fn set_share_read_receipts(
    conn: &impl ConnectionTrait,
    id: AccountId,
    share: bool,
) -> Result<(), StoreError> {
    update(conn, accounts::ActiveModel { share_read_receipts: Set(share), ..row(id) }).await
}

/// Sets (or clears) the notification e-mail.
pub async fn set_notification_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: AccountId,
    email: Option<&Email>,
) -> Result<(), StoreError> {
    let sealed = email.map(|e| seal(keys, id, "notification_email", e.as_str()));
    update(conn, accounts::ActiveModel { notification_email: Set(sealed), ..row(id) }).await
}

/// Gives a staff account a role at an organisation (idempotent).
pub async fn add_role(
    conn: &impl ConnectionTrait,
    id: AccountId,
    organisation: OrganisationId,
    role: StaffRole,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = staff_roles::ActiveModel {
        account_id: Set(id.as_uuid()),
        organisation_id: Set(organisation.as_uuid()),
        role: Set(role.as_str().to_owned()),
        created_at: Set(now),
    };
    match staff_roles::Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("role")) {
        Ok(_) | Err(StoreError::Duplicate(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The roles of an account.
pub async fn roles(conn: &impl ConnectionTrait, id: AccountId) -> Result<Vec<(OrganisationId, StaffRole)>, StoreError> {
    staff_roles::Entity::find()
        .filter(staff_roles::Column::AccountId.eq(id.as_uuid()))
        .order_by_asc(staff_roles::Column::OrganisationId)
        .order_by_asc(staff_roles::Column::Role)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            let role = m.role.parse().map_err(|e| StoreError::corrupt("staff_roles", m.account_id, e))?;
            Ok((OrganisationId::from_uuid(m.organisation_id), role))
        })
        .collect()
}

/// The staff accounts of an organisation with their roles there (people only: registry systems' service
/// accounts are listed with their tokens).
pub async fn staff_of(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    organisation: OrganisationId,
) -> Result<Vec<(Account, Vec<StaffRole>)>, StoreError> {
    let rows = staff_roles::Entity::find()
        .filter(staff_roles::Column::OrganisationId.eq(organisation.as_uuid()))
        .all(conn)
        .await?;
    let mut by_account: std::collections::BTreeMap<uuid::Uuid, Vec<StaffRole>> = std::collections::BTreeMap::new();
    for m in rows {
        let role = m.role.parse().map_err(|e| StoreError::corrupt("staff_roles", m.account_id, e))?;
        by_account.entry(m.account_id).or_default().push(role);
    }
    let mut staff = Vec::new();
    for (id, mut roles) in by_account {
        roles.sort();
        if let Some(account) = get(conn, keys, AccountId::from_uuid(id)).await?
            && account.kind != AccountKind::Service
        {
            staff.push((account, roles));
        }
    }
    staff.sort_by(|a, b| a.0.email.as_str().cmp(b.0.email.as_str()));
    Ok(staff)
}

/// Stores a person's e-mail choices.
pub async fn set_mail_choices(
    conn: &impl ConnectionTrait,
    id: AccountId,
    choices: &MailChoices,
) -> Result<(), StoreError> {
    let row = accounts::ActiveModel {
        id: Set(id.as_uuid()),
        mail_off: Set(choices.off_stored()),
        digest_frequency: Set(Some(choices.digest.as_str().to_owned())),
        ..Default::default()
    };
    accounts::Entity::update(row).exec(conn).await?;
    Ok(())
}

/// Records that a digest went to the account at `at`, if the last one recorded is still `last` (so
/// that of two runs racing, one sends).
pub async fn claim_digest(
    conn: &impl ConnectionTrait,
    id: AccountId,
    last: Option<DateTime<Utc>>,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let previous = match last {
        Some(last) => accounts::Column::LastDigestAt.eq(last),
        None => accounts::Column::LastDigestAt.is_null(),
    };
    let updated = accounts::Entity::update_many()
        .col_expr(accounts::Column::LastDigestAt, Expr::value(at))
        .filter(accounts::Column::Id.eq(id.as_uuid()))
        .filter(previous)
        .exec(conn)
        .await?;
    Ok(updated.rows_affected == 1)
}
