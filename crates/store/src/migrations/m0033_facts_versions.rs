//! Versions of what the contact rules read (ADR 0027): `pairings.facts_version` changes whenever a
//! pairing's own columns the rules read change, or a row of its participants, consents, donations, patient
//! statuses or release requests is added, changed or removed; `organisations.rules_version` whenever an
//! organisation's country or rule entry changes, or its own policy does. A letter's write transaction
//! compares them with those read before it, instead of reading every fact again while it holds the writer.
//!
//! The database keeps them (triggers), so no write path, present or future, can forget one. A SQLite
//! migration that rebuilds one of these tables must create its triggers again.

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairings {
    Table,
    FactsVersion,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    RulesVersion,
}

/// The tables of a pairing's facts, each with a `pairing_id`.
const PAIRING_FACTS: [&str; 5] = ["participants", "consents", "donations", "patient_statuses", "release_requests"];

/// The pairing's own columns the rules read.
const PAIRING_COLUMNS: [&str; 7] = [
    "donor_organisation_id",
    "patient_organisation_id",
    "transplant_centre_id",
    "transplant_date",
    "donor_residence",
    "patient_residence",
    "closed_at",
];

/// The organisation's own columns the rules read.
const ORGANISATION_COLUMNS: [&str; 2] = ["country", "policy_entry"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pairings::Table)
                    .add_column(ColumnDef::new(Pairings::FactsVersion).big_integer().not_null().default(0))
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(ColumnDef::new(Organisations::RulesVersion).big_integer().not_null().default(0))
                    .take(),
            )
            .await?;
        let statements = match manager.get_database_backend() {
            DbBackend::Sqlite => sqlite_triggers(),
            _ => postgres_triggers(),
        };
        let conn = manager.get_connection();
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}

/// SQLite: a trigger per table and kind of change. (The version's own update does not name a watched
/// column, so it does not fire the trigger again.)
fn sqlite_triggers() -> Vec<String> {
    let mut out = Vec::new();
    let bump =
        |table: &str, version: &str, id: &str| format!("UPDATE {table} SET {version} = {version} + 1 WHERE id = {id};");
    let children = PAIRING_FACTS.iter().map(|t| (*t, "pairing_id", "pairings", "facts_version"));
    let policies = std::iter::once(("organisation_policies", "organisation_id", "organisations", "rules_version"));
    for (child, key, parent, version) in children.chain(policies) {
        let new = bump(parent, version, &format!("NEW.{key}"));
        let old = bump(parent, version, &format!("OLD.{key}"));
        out.push(format!("CREATE TRIGGER {child}_versions_insert AFTER INSERT ON {child} BEGIN {new} END"));
        out.push(format!("CREATE TRIGGER {child}_versions_update AFTER UPDATE ON {child} BEGIN {old} {new} END"));
        out.push(format!("CREATE TRIGGER {child}_versions_delete AFTER DELETE ON {child} BEGIN {old} END"));
    }
    for (table, columns, version) in [
        ("pairings", &PAIRING_COLUMNS[..], "facts_version"),
        ("organisations", &ORGANISATION_COLUMNS[..], "rules_version"),
    ] {
        let watched = columns.join(", ");
        let bump = bump(table, version, "NEW.id");
        out.push(format!("CREATE TRIGGER {table}_versions_own AFTER UPDATE OF {watched} ON {table} BEGIN {bump} END"));
    }
    out
}

/// PostgreSQL: one function for the rows of a pairing's facts, one for an organisation's policy, one for a
/// table's own columns; a trigger per table.
fn postgres_triggers() -> Vec<String> {
    let mut out = Vec::new();
    for (function, key, parent, version) in [
        ("pairing_facts_changed", "pairing_id", "pairings", "facts_version"),
        ("organisation_rules_changed", "organisation_id", "organisations", "rules_version"),
    ] {
        out.push(format!(
            "CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    UPDATE {parent} SET {version} = {version} + 1 WHERE id = OLD.{key};
                END IF;
                IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.{key} IS DISTINCT FROM OLD.{key}) THEN
                    UPDATE {parent} SET {version} = {version} + 1 WHERE id = NEW.{key};
                END IF;
                RETURN NULL;
            END $$"
        ));
    }
    let children = PAIRING_FACTS.iter().map(|t| (*t, "pairing_facts_changed"));
    for (child, function) in children.chain(std::iter::once(("organisation_policies", "organisation_rules_changed"))) {
        out.push(format!(
            "CREATE TRIGGER {child}_versions AFTER INSERT OR UPDATE OR DELETE ON {child} \
             FOR EACH ROW EXECUTE FUNCTION {function}()"
        ));
    }
    for (table, columns, version) in [
        ("pairings", &PAIRING_COLUMNS[..], "facts_version"),
        ("organisations", &ORGANISATION_COLUMNS[..], "rules_version"),
    ] {
        let old: Vec<String> = columns.iter().map(|c| format!("OLD.{c}")).collect();
        let new: Vec<String> = columns.iter().map(|c| format!("NEW.{c}")).collect();
        let (old, new) = (old.join(", "), new.join(", "));
        out.push(format!(
            "CREATE FUNCTION {table}_own_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF ROW({old}) IS DISTINCT FROM ROW({new}) THEN
                    NEW.{version} := OLD.{version} + 1;
                END IF;
                RETURN NEW;
            END $$"
        ));
        out.push(format!(
            "CREATE TRIGGER {table}_versions_own BEFORE UPDATE ON {table} \
             FOR EACH ROW EXECUTE FUNCTION {table}_own_rules_changed()"
        ));
    }
    out
}
