//! Bulk import of pairings from a registry's system (`twinbridge import pairings FILE --org ID`): CSV with a
//! header row, or JSON lines, one row per donation (columns in `docs/import.md`). Every row is checked
//! before anything is stored; one bad row rejects the file, and the report names every bad row with its
//! line, column and reason. The registry's external reference is the key: a pairing already imported is
//! not created again, and only donations it does not have yet are added, so importing a file twice
//! changes nothing.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{Donation, DonationId, Email, Organisation, OrganisationId, OrganisationKind};
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::{StoreError, repo};

use crate::services::cases::{
    self, CaseError, DonationInput, NewPairing, OfflineOrganisation, PersonInput, PreparedPairing,
};
use crate::state::AppState;

/// The columns of an import file; `docs/import.md` describes each.
pub const COLUMNS: [&str; 15] = [
    "external_reference",
    "donor_full_name",
    "donor_email",
    "donor_country",
    "donor_town",
    "donor_date_of_birth",
    "donor_grid",
    "donor_language",
    "patient_organisation_id",
    "patient_organisation_name",
    "patient_organisation_country",
    "patient_organisation_kind",
    "product",
    "collected_on",
    "transplant_date",
];

/// The columns of a row that belong to the donation itself; every other column belongs to the pairing and
/// must be the same on each of its rows.
const DONATION_COLUMNS: [&str; 3] = ["external_reference", "product", "collected_on"];

/// A row that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The line of the file (1 is a CSV file's header).
    pub line: usize,
    /// The column to blame, when one is.
    pub field: String,
    /// Why.
    pub reason: String,
}

/// What an import did, or would have done had no row been rejected.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Rows read.
    pub rows: usize,
    /// Pairings created.
    pub pairings_created: usize,
    /// Donations added to pairings imported before.
    pub donations_added: usize,
    /// Pairings that were there already and needed nothing.
    pub unchanged: usize,
    /// Rows refused; when any is, nothing was stored.
    pub rejected: Vec<Rejection>,
}

/// Why an import did not run at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not a readable import file (no header, an unknown column, not UTF-8…).
    #[error("{0}")]
    BadFile(String),
    /// The organisation is not a donor registry on this instance.
    #[error("{0}")]
    BadOrganisation(String),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One row of the file: its line and its non-empty cells by column.
#[derive(Debug)]
struct Row {
    line: usize,
    cells: HashMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> Option<&str> {
        self.cells.get(column).map(String::as_str)
    }

    fn owned(&self, column: &str) -> Option<String> {
        self.get(column).map(str::to_owned)
    }

    fn date(&self, column: &str) -> Result<Option<NaiveDate>, Rejection> {
        self.get(column)
            .map(|text| {
                twinbridge_domain::date::parse(text, "date").map_err(|e| self.reject(column, format!("{text:?}: {e}")))
            })
            .transpose()
    }

    fn reject(&self, column: &str, reason: impl ToString) -> Rejection {
        Rejection { line: self.line, field: column.to_owned(), reason: reason.to_string() }
    }
}

/// Reads the rows of a file: JSON lines when its first visible character is `{`, else CSV with a header.
fn rows_of(content: &str) -> Result<Vec<Row>, ImportError> {
    if content.trim_start().starts_with('{') { json_rows(content) } else { csv_rows(content) }
}

fn known_column(name: &str) -> Result<String, ImportError> {
    let name = name.trim();
    if COLUMNS.contains(&name) {
        Ok(name.to_owned())
    } else {
        Err(ImportError::BadFile(format!("unknown column {name:?}; the columns are {}", COLUMNS.join(", "))))
    }
}

fn csv_rows(content: &str) -> Result<Vec<Row>, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(content.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::BadFile(format!("the header row cannot be read: {e}")))?
        .iter()
        .map(known_column)
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::BadFile(format!("the file is not valid CSV: {e}")))?;
        let line = record.position().map_or(0, |p| line_at(content, p.byte()));
        let cells = header
            .iter()
            .zip(record.iter())
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(column, value)| (column.clone(), value.trim().to_owned()))
            .collect();
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// The 1-based line on which the record starting at `byte` begins (the CSV reader's own line count
/// leaves out skipped blank lines, which would point people at the wrong line of their file).
fn line_at(content: &str, byte: u64) -> usize {
    let start = usize::try_from(byte).unwrap_or(usize::MAX).min(content.len());
    let skipped =
        content.as_bytes()[start..].iter().take_while(|b| matches!(b, b'\n' | b'\r')).filter(|b| **b == b'\n').count();
    content.as_bytes()[..start].iter().filter(|b| **b == b'\n').count() + skipped + 1
}

fn json_rows(content: &str) -> Result<Vec<Row>, ImportError> {
    let mut rows = Vec::new();
    for (index, text) in content.lines().enumerate() {
        let line = index + 1;
        if text.trim().is_empty() {
            continue;
        }
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
            .map_err(|e| ImportError::BadFile(format!("line {line} is not a JSON object: {e}")))?;
        let mut cells = HashMap::new();
        for (key, value) in object {
            let column = known_column(&key)?;
            let text = match value {
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) => s,
                other => {
                    return Err(ImportError::BadFile(format!(
                        "line {line}: {key} must be a string or null, not {other}"
                    )));
                }
            };
            if !text.trim().is_empty() {
                cells.insert(column, text.trim().to_owned());
            }
        }
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// The rows of one pairing, by external reference, in the order they first appear.
fn grouped(rows: &[Row], rejected: &mut Vec<Rejection>) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(reference) = row.get("external_reference") else {
            rejected.push(row.reject("external_reference", "every row needs the registry's reference of its pairing"));
            continue;
        };
        match index.get(reference) {
            Some(&g) => groups[g].1.push(i),
            None => {
                index.insert(reference.to_owned(), groups.len());
                groups.push((reference.to_owned(), vec![i]));
            }
        }
    }
    groups
}

/// The column an input path of a new pairing comes from, and which of the group's rows it is on.
fn column_of(field: &str) -> (String, Option<usize>) {
    if let Some(rest) = field.strip_prefix("donations[")
        && let Some((number, column)) = rest.split_once("].")
    {
        return (column.to_owned(), number.parse().ok());
    }
    (field.replace('.', "_"), None)
}

fn pairing_input(first: &Row, donations: Vec<DonationInput>) -> Result<NewPairing, Rejection> {
    let required = |column: &str| first.owned(column).ok_or_else(|| first.reject(column, "is required"));
    let patient_organisation = match first.get("patient_organisation_id") {
        Some(_) => None,
        None => Some(OfflineOrganisation {
            name: required("patient_organisation_name").map_err(|r| Rejection {
                reason: "give patient_organisation_id or patient_organisation_name".into(),
                ..r
            })?,
            country: required("patient_organisation_country")?,
            kind: first
                .owned("patient_organisation_kind")
                .unwrap_or_else(|| OrganisationKind::TransplantCentre.as_str().into()),
        }),
    };
    Ok(NewPairing {
        donor: PersonInput {
            full_name: required("donor_full_name")?,
            email: required("donor_email")?,
            country: required("donor_country")?,
            town: first.owned("donor_town"),
            date_of_birth: first.date("donor_date_of_birth")?,
            grid: first.owned("donor_grid"),
            language: first.owned("donor_language"),
            sex: first.owned("donor_sex"),
        },
        patient_organisation_id: first.owned("patient_organisation_id"),
        patient_organisation,
        external_reference: first.owned("external_reference"),
        donations,
        transplant_date: first.date("transplant_date")?,
    })
}

/// The donations of a group's rows as entered.
fn donations_of(rows: &[&Row]) -> Result<Vec<DonationInput>, Rejection> {
    rows.iter()
        .map(|row| {
            Ok(DonationInput {
                donor_choice: None,
                product: row.owned("product").ok_or_else(|| row.reject("product", "is required"))?,
                collected_on: row.date("collected_on")?.ok_or_else(|| row.reject("collected_on", "is required"))?,
            })
        })
        .collect()
}

/// A failure while storing, with the line of the group that met it (`None`: after every group).
#[derive(Debug)]
struct StoreFailure {
    line: Option<usize>,
    error: CaseError,
}

impl From<StoreError> for StoreFailure {
    fn from(e: StoreError) -> Self {
        Self { line: None, error: CaseError::Store(e) }
    }
}

impl twinbridge_store::TxError for StoreFailure {
    fn store_error(&self) -> Option<&StoreError> {
        match &self.error {
            CaseError::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// What one group of rows comes to.
enum Planned {
    New(Box<PreparedPairing>),
    MoreDonations(Vec<Donation>),
    Unchanged,
}

/// Imports the pairings of `content` for the donor registry `organisation`. Invitations are e-mailed only
/// when `invite` is set: a registry importing its past cases decides when its donors hear from us.
pub async fn import_pairings(
    state: &AppState,
    organisation: &str,
    content: &str,
    invite: bool,
) -> Result<ImportReport, ImportError> {
    let registry: OrganisationId =
        organisation.parse().map_err(|e| ImportError::BadOrganisation(format!("--org: {e}")))?;
    let mut organisations = repo::organisations::list(state.store.read()).await?;
    match organisations.iter().find(|o| o.id == registry) {
        Some(o) if o.kind == OrganisationKind::DonorRegistry && !o.offline => {}
        Some(_) => {
            return Err(ImportError::BadOrganisation(
                "--org: pairings are imported by a donor registry on Twinbridge".into(),
            ));
        }
        None => {
            return Err(ImportError::BadOrganisation(
                "--org: no such organisation; `twinbridge org list` shows them".into(),
            ));
        }
    }
    let rows = rows_of(content)?;
    let mut report = ImportReport { rows: rows.len(), ..ImportReport::default() };
    let groups = grouped(&rows, &mut report.rejected);
    let mut plans = Vec::new();
    let mut emails: HashMap<String, usize> = HashMap::new();
    let today = state.clock.today();
    for (reference, members) in &groups {
        let members: Vec<&Row> = members.iter().map(|&i| &rows[i]).collect();
        let first = members[0];
        let mut consistent = true;
        for row in &members[1..] {
            for column in COLUMNS.into_iter().filter(|c| !DONATION_COLUMNS.contains(c)) {
                if row.get(column) != first.get(column) {
                    report
                        .rejected
                        .push(row.reject(column, format!("differs from line {} of the same pairing", first.line)));
                    consistent = false;
                }
            }
        }
        if !consistent {
            continue;
        }
        let donations = match donations_of(&members) {
            Ok(donations) => donations,
            Err(rejection) => {
                report.rejected.push(rejection);
                continue;
            }
        };
        if let Some(existing) =
            repo::pairings::find_by_external_reference(state.store.read(), registry, reference).await?
        {
            let known = repo::donations::of_pairing(state.store.read(), existing.id).await?;
            let mut added = Vec::new();
            for (row, input) in members.iter().zip(&donations) {
                let product = match input.product.parse() {
                    Ok(product) => product,
                    Err(e) => {
                        report.rejected.push(row.reject("product", e));
                        continue;
                    }
                };
                let on = input.collected_on;
                let seen = known.iter().chain(&added).any(|d: &Donation| d.product == product && d.collected_on == on);
                if seen {
                    continue;
                }
                if let Err(e) = twinbridge_domain::date::in_past(on, today, "date") {
                    report.rejected.push(row.reject("collected_on", e));
                    continue;
                }
                added.push(Donation {
                    id: DonationId::random(),
                    pairing: existing.id,
                    product,
                    collected_on: on,
                    donor_choice: None,
                });
            }
            plans.push((first.line, if added.is_empty() { Planned::Unchanged } else { Planned::MoreDonations(added) }));
            continue;
        }
        let new = match pairing_input(first, donations) {
            Ok(new) => new,
            Err(rejection) => {
                report.rejected.push(rejection);
                continue;
            }
        };
        let prepared = match cases::prepare(state, registry, &organisations, &new) {
            Ok(prepared) => prepared,
            Err(CaseError::Invalid { field, why }) => {
                let (column, at) = column_of(&field);
                let line = at.and_then(|i| members.get(i)).map_or(first.line, |row| row.line);
                report.rejected.push(Rejection { line, field: column, reason: why });
                continue;
            }
            Err(other) => {
                report.rejected.push(first.reject("", other));
                continue;
            }
        };
        let email = prepared.donor.email.as_str().to_lowercase();
        if let Some(line) = emails.get(&email) {
            report.rejected.push(
                first.reject("donor_email", format!("the same donor e-mail is on line {line} for another pairing")),
            );
            continue;
        }
        emails.insert(email, first.line);
        let email = Email::parse(prepared.donor.email.as_str()).map_err(|e| ImportError::BadFile(e.to_string()))?;
        if repo::persons::find_id_by_email(state.store.read(), &state.keys, &email).await?.is_some() {
            report
                .rejected
                .push(first.reject("donor_email", "a person with this e-mail address is already registered"));
            continue;
        }
        // Later rows that name the same offline organisation use the one this row adds.
        if let Some(offline) = &prepared.offline {
            organisations.push(Organisation::clone(offline));
        }
        plans.push((first.line, Planned::New(Box::new(prepared))));
    }
    if !report.rejected.is_empty() {
        report.rejected.sort_by_key(|r| r.line);
        return Ok(report);
    }
    for (_, plan) in &plans {
        match plan {
            Planned::New(_) => report.pairings_created += 1,
            Planned::MoreDonations(added) => report.donations_added += added.len(),
            Planned::Unchanged => report.unchanged += 1,
        }
    }
    if report.pairings_created + report.donations_added == 0 {
        return Ok(report);
    }
    let now = state.clock.now();
    let summary = NewEvent {
        organisation: Some(registry),
        details: json!({
            "rows": report.rows,
            "pairings_created": report.pairings_created,
            "donations_added": report.donations_added,
        }),
        ..NewEvent::new(AuditAction::PairingsImported)
    };
    let outcome = state
        .store
        .write_tx(|tx| {
            let (plans, summary) = (&plans, summary.clone());
            async move {
                for (line, plan) in plans {
                    let stored = match plan {
                        Planned::New(prepared) => {
                            cases::store_prepared(&tx, state, None, registry, prepared, invite).await
                        }
                        Planned::MoreDonations(added) => {
                            let mut result = Ok(());
                            for donation in added {
                                if let Err(e) = repo::donations::insert(&*tx, donation, now).await {
                                    result = Err(CaseError::Store(e));
                                    break;
                                }
                            }
                            result
                        }
                        Planned::Unchanged => Ok(()),
                    };
                    stored.map_err(|error| StoreFailure { line: Some(*line), error })?;
                }
                repo::audit::append(&*tx, &state.keys, summary, now).await?;
                Ok::<_, StoreFailure>(())
            }
        })
        .await;
    match outcome {
        Ok(()) => {
            if invite {
                state.mail_wakeup.notify_one();
            }
            Ok(report)
        }
        Err(StoreFailure { error: CaseError::Store(e), .. }) => Err(ImportError::Store(e)),
        Err(StoreFailure { line, error: other }) => {
            report.pairings_created = 0;
            report.donations_added = 0;
            report.rejected.push(Rejection {
                line: line.unwrap_or(0),
                field: String::new(),
                reason: other.to_string(),
            });
            Ok(report)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_paths_name_their_column_and_row() {
        assert_eq!(column_of("donations[2].collected_on"), ("collected_on".into(), Some(2)));
        assert_eq!(column_of("donor.full_name"), ("donor_full_name".into(), None));
        assert_eq!(column_of("patient_organisation.country"), ("patient_organisation_country".into(), None));
        assert_eq!(column_of("transplant_date"), ("transplant_date".into(), None));
    }

    #[test]
    fn csv_and_json_lines_give_the_same_rows_with_their_lines() {
        let csv = "external_reference,donor_full_name,product,collected_on\nR1,\"Mehta, Aarav\",pbsc,2025-01-02\n\nR1,,dli,2025-06-01\n";
        let rows = rows_of(csv).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].get("donor_full_name")), (2, Some("Mehta, Aarav")));
        assert_eq!((rows[1].line, rows[1].get("donor_full_name")), (4, None));
        let jsonl = "{\"external_reference\": \"R1\", \"product\": \"pbsc\", \"donor_town\": null}\n\n{\"external_reference\": \"R2\"}\n";
        let rows = rows_of(jsonl).unwrap_or_default();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(rows[0].get("donor_town"), None);
    }

    #[test]
    fn unknown_columns_and_non_string_values_refuse_the_file() {
        assert!(matches!(rows_of("external_reference,colour\nR1,red\n"), Err(ImportError::BadFile(_))));
        assert!(matches!(rows_of("{\"external_reference\": 7}\n"), Err(ImportError::BadFile(_))));
    }
}
