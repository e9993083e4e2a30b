//! The patient's status history, entered by the patient-side coordinator. It drives what is allowed:
//! identity release, for instance, needs a patient confirmed well enough.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{PairingId, ParseError, PatientStatusId};

/// How the patient is, as last recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatientStatus {
    /// Alive and well.
    Well,
    /// In treatment.
    InTreatment,
    /// The disease came back.
    Relapsed,
    /// The patient died.
    Deceased,
    /// Not known.
    Unknown,
}

impl PatientStatus {
    /// Every status, in a stable order.
    pub const ALL: [Self; 5] = [Self::Well, Self::InTreatment, Self::Relapsed, Self::Deceased, Self::Unknown];

    /// The stable name used in storage, the CLI and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Well => "well",
            Self::InTreatment => "in_treatment",
            Self::Relapsed => "relapsed",
            Self::Deceased => "deceased",
            Self::Unknown => "unknown",
        }
    }
}

impl fmt::Display for PatientStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PatientStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == wanted)
            .ok_or(ParseError::new("patient status", "expected well, in_treatment, relapsed, deceased or unknown"))
    }
}

/// One entry of the status history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatientStatusEntry {
    /// Random id.
    pub id: PatientStatusId,
    /// The pairing.
    pub pairing: PairingId,
    /// The status.
    pub status: PatientStatus,
    /// The day the status applies from.
    pub on: NaiveDate,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// The status in force: the entry with the latest `on` date, the later recording winning a tie.
pub fn current(history: &[PatientStatusEntry]) -> Option<&PatientStatusEntry> {
    history.iter().max_by_key(|e| (e.on, e.recorded_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    #[test]
    fn current_status_is_the_latest_by_date_then_by_recording() {
        let pairing = PairingId::random();
        let t0 = DateTime::UNIX_EPOCH;
        let day = |d| NaiveDate::from_ymd_opt(2026, 1, d).expect("date");
        let entry = |status, on, recorded_at| PatientStatusEntry {
            id: PatientStatusId::random(),
            pairing,
            status,
            on,
            recorded_at,
        };
        let history = vec![
            entry(PatientStatus::Well, day(10), t0),
            entry(PatientStatus::InTreatment, day(5), t0 + TimeDelta::days(30)),
            entry(PatientStatus::Relapsed, day(10), t0 + TimeDelta::days(1)),
        ];
        assert_eq!(current(&history).map(|e| e.status), Some(PatientStatus::Relapsed));
        assert!(current(&[]).is_none());
        assert_eq!("in-treatment".parse::<PatientStatus>(), Ok(PatientStatus::InTreatment));
    }
}
