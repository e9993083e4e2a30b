//! Values between sea-query and SQLite.
//!
//! Values are stored exactly as sqlx stores them (UUIDs as 16-byte blobs, times as RFC 3339 text, dates as
//! `YYYY-MM-DD`, booleans as 0/1), so a file written by either driver reads the same through the other —
//! migrations still run through sqlx.
//!
//! Reading back needs the Rust type the caller will ask for: SeaORM turns a row of values into a model by
//! strict conversion (an `i32` field does not accept a 64-bit value, a time does not accept text). SQLite
//! keeps only a storage class per value, and its declared types do not tell `i32` from `i64`. So each result
//! column is traced to the table column it comes from (SQLite's column metadata) and typed like that
//! column's field in its entity ([`ColumnTypes`]); computed columns (counts) get the type of their storage
//! class. A value that does not fit its column's type is an error, never a silent `None`.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone, Utc};
use rusqlite::types::{ToSqlOutput, Value as Owned, ValueRef};
use sea_orm::sea_query::{OptionEnum, Value};
use sea_orm::{ActiveModelTrait, EntityTrait, IdenStatic, Iterable};

use crate::entities;

/// The value to bind for `value`, encoded as sqlx encodes it. The error names the type, never the value.
pub(super) fn to_sql(value: &Value) -> Result<ToSqlOutput<'_>, String> {
    fn int(i: Option<i64>) -> ToSqlOutput<'static> {
        ToSqlOutput::Owned(i.map_or(Owned::Null, Owned::Integer))
    }
    fn text(s: Option<String>) -> ToSqlOutput<'static> {
        ToSqlOutput::Owned(s.map_or(Owned::Null, Owned::Text))
    }
    Ok(match value {
        Value::Bool(b) => int(b.map(i64::from)),
        Value::TinyInt(i) => int(i.map(i64::from)),
        Value::SmallInt(i) => int(i.map(i64::from)),
        Value::Int(i) => int(i.map(i64::from)),
        Value::BigInt(i) => int(*i),
        Value::TinyUnsigned(i) => int(i.map(i64::from)),
        Value::SmallUnsigned(i) => int(i.map(i64::from)),
        Value::Unsigned(i) => int(i.map(i64::from)),
        Value::BigUnsigned(i) => {
            int(i.map(i64::try_from).transpose().map_err(|_| "an unsigned value above the 64-bit signed range")?)
        }
        Value::Float(f) => ToSqlOutput::Owned(f.map_or(Owned::Null, |f| Owned::Real(f64::from(f)))),
        Value::Double(f) => ToSqlOutput::Owned(f.map_or(Owned::Null, Owned::Real)),
        Value::String(s) => s
            .as_deref()
            .map_or(ToSqlOutput::Owned(Owned::Null), |s| ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes()))),
        Value::Char(c) => text(c.map(String::from)),
        Value::Enum(OptionEnum::Some(e)) => text(Some(e.value.to_string())),
        Value::Enum(OptionEnum::None(_)) => text(None),
        Value::Bytes(b) => {
            b.as_deref().map_or(ToSqlOutput::Owned(Owned::Null), |b| ToSqlOutput::Borrowed(ValueRef::Blob(b)))
        }
        Value::Uuid(u) => {
            u.as_ref().map_or(ToSqlOutput::Owned(Owned::Null), |u| ToSqlOutput::Borrowed(ValueRef::Blob(u.as_bytes())))
        }
        Value::ChronoDate(d) => text(d.map(|d| d.format("%F").to_string())),
        Value::ChronoTime(t) => text(t.map(|t| t.format("%T%.f").to_string())),
        Value::ChronoDateTime(t) => text(t.map(|t| t.format("%F %T%.f").to_string())),
        Value::ChronoDateTimeUtc(t) => text(t.map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, false))),
        Value::ChronoDateTimeLocal(t) => text(t.map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, false))),
        Value::ChronoDateTimeWithTimeZone(t) => text(t.map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, false))),
        other => return Err(format!("SQLite cannot store a value of type {}", type_name(other))),
    })
}

/// The value read from SQLite as `like`'s type (the null of the column's type, see [`ColumnTypes`]), or by its
/// storage class when the column is computed (`like` is `None`).
pub(super) fn from_sql(raw: ValueRef<'_>, like: Option<&Value>) -> Result<Value, String> {
    let mismatch = |like: &Value| format!("a stored {} is not a {}", raw.data_type(), type_name(like));
    let Some(like) = like else {
        return Ok(match raw {
            ValueRef::Null => Value::String(None),
            ValueRef::Integer(i) => Value::BigInt(Some(i)),
            ValueRef::Real(f) => Value::Double(Some(f)),
            ValueRef::Text(t) => Value::String(Some(utf8(t)?.to_owned())),
            ValueRef::Blob(b) => Value::Bytes(Some(b.to_vec())),
        });
    };
    if raw == ValueRef::Null {
        return Ok(like.as_null());
    }
    let value = match (like, raw) {
        (Value::Bool(_), ValueRef::Integer(i)) => Value::Bool(Some(i != 0)),
        (Value::TinyInt(_), ValueRef::Integer(i)) => Value::TinyInt(Some(narrow(i)?)),
        (Value::SmallInt(_), ValueRef::Integer(i)) => Value::SmallInt(Some(narrow(i)?)),
        (Value::Int(_), ValueRef::Integer(i)) => Value::Int(Some(narrow(i)?)),
        (Value::BigInt(_), ValueRef::Integer(i)) => Value::BigInt(Some(i)),
        (Value::TinyUnsigned(_), ValueRef::Integer(i)) => Value::TinyUnsigned(Some(narrow(i)?)),
        (Value::SmallUnsigned(_), ValueRef::Integer(i)) => Value::SmallUnsigned(Some(narrow(i)?)),
        (Value::Unsigned(_), ValueRef::Integer(i)) => Value::Unsigned(Some(narrow(i)?)),
        (Value::BigUnsigned(_), ValueRef::Integer(i)) => Value::BigUnsigned(Some(narrow(i)?)),
        #[expect(clippy::cast_precision_loss, reason = "SQLite itself compares integers and reals this way")]
        (Value::Double(_), ValueRef::Integer(i)) => Value::Double(Some(i as f64)),
        (Value::Double(_), ValueRef::Real(f)) => Value::Double(Some(f)),
        (Value::String(_), ValueRef::Text(t)) => Value::String(Some(utf8(t)?.to_owned())),
        (Value::Bytes(_), ValueRef::Blob(b)) => Value::Bytes(Some(b.to_vec())),
        (Value::Uuid(_), ValueRef::Blob(b)) => {
            Value::Uuid(Some(uuid::Uuid::from_slice(b).map_err(|_| "a stored UUID is not 16 bytes")?))
        }
        (Value::Uuid(_), ValueRef::Text(t)) => {
            Value::Uuid(Some(uuid::Uuid::parse_str(utf8(t)?).map_err(|_| "a stored UUID does not parse")?))
        }
        (Value::ChronoDateTimeUtc(_), ValueRef::Text(t)) => Value::ChronoDateTimeUtc(Some(date_time(utf8(t)?)?)),
        (Value::ChronoDateTimeUtc(_), ValueRef::Integer(i)) => {
            Value::ChronoDateTimeUtc(Some(Utc.timestamp_opt(i, 0).single().ok_or("a stored time is out of range")?))
        }
        (Value::ChronoDateTime(_), ValueRef::Text(t)) => Value::ChronoDateTime(Some(date_time(utf8(t)?)?.naive_utc())),
        (Value::ChronoDate(_), ValueRef::Text(t)) => Value::ChronoDate(Some(
            NaiveDate::parse_from_str(utf8(t)?, "%F").map_err(|_| "a stored date is not YYYY-MM-DD")?,
        )),
        (Value::ChronoTime(_), ValueRef::Text(t)) => Value::ChronoTime(Some(
            NaiveTime::parse_from_str(utf8(t)?, "%T%.f").map_err(|_| "a stored time of day does not parse")?,
        )),
        (like, _) => return Err(mismatch(like)),
    };
    Ok(value)
}

fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|_| "stored text is not UTF-8".to_owned())
}

fn narrow<T: TryFrom<i64>>(i: i64) -> Result<T, String> {
    T::try_from(i).map_err(|_| "a stored integer is out of its column's range".to_owned())
}

/// A stored time: RFC 3339 as written here and by sqlx, or one of the forms SQLite's own date functions write
/// (read as UTC when they carry no offset), as sqlx reads them.
fn date_time(s: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    const WITH_OFFSET: [&str; 4] = ["%F %R%:z", "%F %T%.f%:z", "%FT%R%:z", "%FT%T%.f%:z"];
    const WITHOUT_OFFSET: [&str; 8] =
        ["%F %T%.f", "%F %R", "%F %RZ", "%F %T%.fZ", "%FT%R", "%FT%RZ", "%FT%T%.f", "%FT%T%.fZ"];
    WITH_OFFSET
        .iter()
        .find_map(|f| DateTime::parse_from_str(s, f).ok().map(|t| t.with_timezone(&Utc)))
        .or_else(|| WITHOUT_OFFSET.iter().find_map(|f| NaiveDateTime::parse_from_str(s, f).ok().map(|t| t.and_utc())))
        .ok_or_else(|| "a stored time does not parse".to_owned())
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "boolean",
        Value::TinyInt(_) | Value::SmallInt(_) | Value::Int(_) | Value::BigInt(_) => "integer",
        Value::TinyUnsigned(_) | Value::SmallUnsigned(_) | Value::Unsigned(_) | Value::BigUnsigned(_) => {
            "unsigned integer"
        }
        Value::Float(_) | Value::Double(_) => "number",
        Value::String(_) | Value::Char(_) | Value::Enum(_) => "text",
        Value::Bytes(_) => "blob",
        Value::Uuid(_) => "UUID",
        Value::ChronoDate(_) => "date",
        Value::ChronoTime(_) => "time of day",
        Value::ChronoDateTime(_)
        | Value::ChronoDateTimeUtc(_)
        | Value::ChronoDateTimeLocal(_)
        | Value::ChronoDateTimeWithTimeZone(_) => "time",
        _ => "unsupported type",
    }
}

/// For every table and column of the entities, the null of the value type its field has: what a value read
/// from that column is converted to.
#[derive(Debug, Default)]
pub(crate) struct ColumnTypes {
    tables: HashMap<&'static str, HashMap<&'static str, Value>>,
}

impl ColumnTypes {
    /// The types of every entity's columns, worked out once.
    pub(crate) fn get() -> &'static Self {
        static TYPES: OnceLock<ColumnTypes> = OnceLock::new();
        TYPES.get_or_init(Self::of_entities)
    }

    /// The type of `table.column`, if it is an entity's.
    pub(super) fn of(&self, table: &str, column: &str) -> Option<&Value> {
        self.tables.get(table)?.get(column)
    }

    fn add<E: EntityTrait>(&mut self) {
        // `default_values` sets every field whose type has a default (all of ours do; a test checks every column
        // of the schema) to a value of that type: its variant is the field's type.
        let defaults = <E::ActiveModel as ActiveModelTrait>::default_values();
        let columns = self.tables.entry(E::default().table_name()).or_default();
        for column in E::Column::iter() {
            if let Some(value) = defaults.get(column).into_value() {
                columns.insert(column.as_str(), value.as_null());
            }
        }
    }

    fn of_entities() -> Self {
        use entities::*;
        let mut types = Self::default();
        types.add::<accounts::Entity>();
        types.add::<api_tokens::Entity>();
        types.add::<audit_events::Entity>();
        types.add::<consent_forms::Entity>();
        types.add::<consents::Entity>();
        types.add::<donations::Entity>();
        types.add::<donor_registrations::Entity>();
        types.add::<idempotency_keys::Entity>();
        types.add::<instance_settings::Entity>();
        types.add::<jobs::Entity>();
        types.add::<letter_attachments::Entity>();
        types.add::<letter_reviews::Entity>();
        types.add::<letter_translations::Entity>();
        types.add::<letters::Entity>();
        types.add::<meetings::Entity>();
        types.add::<notices_sent::Entity>();
        types.add::<one_time_tokens::Entity>();
        types.add::<organisation_policies::Entity>();
        types.add::<organisation_policy_changes::Entity>();
        types.add::<organisations::Entity>();
        types.add::<outbox::Entity>();
        types.add::<pairings::Entity>();
        types.add::<participants::Entity>();
        types.add::<patient_statuses::Entity>();
        types.add::<person_keys::Entity>();
        types.add::<persons::Entity>();
        types.add::<question_messages::Entity>();
        types.add::<questions::Entity>();
        types.add::<recovery_codes::Entity>();
        types.add::<release_requests::Entity>();
        types.add::<service_tokens::Entity>();
        types.add::<sessions::Entity>();
        types.add::<sign_in_throttle::Entity>();
        types.add::<staff_roles::Entity>();
        types.add::<translation_requests::Entity>();
        types.add::<webhook_deliveries::Entity>();
        types.add::<webhooks::Entity>();
        // The versions the database keeps for the letter check (m0033) have no entity field on purpose: no
        // write through an entity can set them back (`repo::pairings::facts_stamp` reads them).
        for (table, column) in [("pairings", "facts_version"), ("organisations", "rules_version")] {
            types.tables.entry(table).or_default().insert(column, Value::BigInt(None));
        }
        types
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column of every table the migrations make has a type here: a column without one would be read
    /// by its storage class, and an optional field of another type would then read as `None`.
    #[tokio::test]
    async fn every_column_of_the_schema_has_a_type() {
        let dir = std::env::temp_dir().join(format!("twinbridge-types-{}", uuid::Uuid::new_v4()));
        let url = crate::DatabaseUrl::parse(&format!("sqlite://{}", dir.join("t.db").display())).expect("valid");
        let store = crate::Store::connect(&url, &crate::ConnectSettings::default()).await.expect("opens");
        store.migrate().await.expect("migrates");
        store.close().await.expect("closes");
        let conn = rusqlite::Connection::open(dir.join("t.db")).expect("opens");
        let mut listing = conn
            .prepare(
                "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'seaql_migrations'",
            )
            .expect("prepares");
        let columns: Vec<(String, String)> = listing
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .expect("lists")
            .collect::<Result<_, _>>()
            .expect("reads");
        drop(listing);
        drop(conn);
        let _ = std::fs::remove_dir_all(&dir);
        assert!(columns.len() > 100, "the schema is listed");
        let untyped: Vec<_> = columns.iter().filter(|(t, c)| ColumnTypes::get().of(t, c).is_none()).collect();
        assert!(untyped.is_empty(), "columns without an entity field: {untyped:?}");
        assert_eq!(ColumnTypes::get().of("audit_events", "seq"), Some(&Value::BigInt(None)));
        assert_eq!(ColumnTypes::get().of("outbox", "attempts"), Some(&Value::Int(None)));
        assert_eq!(ColumnTypes::get().of("organisations", "registration_min_age"), Some(&Value::SmallInt(None)));
        assert_eq!(ColumnTypes::get().of("pairings", "closed_at"), Some(&Value::ChronoDateTimeUtc(None)));
        assert_eq!(ColumnTypes::get().of("pairings", "id"), Some(&Value::Uuid(None)));
    }

    #[test]
    fn values_read_back_as_they_were_bound() {
        let conn = rusqlite::Connection::open_in_memory().expect("opens");
        let t = Utc.with_ymd_and_hms(2026, 12, 7, 14, 30, 5).single().expect("valid")
            + chrono::Duration::nanoseconds(123_456_789);
        let values = [
            Value::Bool(Some(true)),
            Value::SmallInt(Some(-3)),
            Value::Int(Some(70_000)),
            Value::BigInt(Some(i64::MAX)),
            Value::String(Some("Zoë".into())),
            Value::Bytes(Some(vec![0, 1, 2])),
            Value::Uuid(Some(uuid::Uuid::new_v4())),
            Value::ChronoDateTimeUtc(Some(t)),
            Value::ChronoDate(NaiveDate::from_ymd_opt(2024, 2, 29)),
            Value::Uuid(None),
        ];
        for value in values {
            let bound = to_sql(&value).expect("binds");
            let read = conn
                .query_row("SELECT ?1", [bound], |row| Ok(from_sql(row.get_ref(0)?, Some(&value.as_null()))))
                .expect("selects")
                .expect("reads");
            assert_eq!(read, value);
        }
    }

    #[test]
    fn times_in_sqlx_and_sqlite_forms_read_as_utc() {
        let expected = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).single().expect("valid");
        for s in
            ["2026-01-02T03:04:05+00:00", "2026-01-02T04:04:05+01:00", "2026-01-02 03:04:05", "2026-01-02T03:04:05Z"]
        {
            assert_eq!(date_time(s), Ok(expected), "{s}");
        }
        assert!(date_time("yesterday").is_err());
    }

    #[test]
    fn a_value_of_another_type_is_an_error_not_a_null() {
        let conn = rusqlite::Connection::open_in_memory().expect("opens");
        let read = conn
            .query_row("SELECT 'not a time'", [], |row| {
                Ok(from_sql(row.get_ref(0)?, Some(&Value::ChronoDateTimeUtc(None))))
            })
            .expect("selects");
        assert!(read.is_err());
        let read = conn
            .query_row("SELECT 3000000000", [], |row| Ok(from_sql(row.get_ref(0)?, Some(&Value::Int(None)))))
            .expect("selects");
        assert!(read.is_err());
    }
}
