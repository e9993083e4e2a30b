//! How a pairing stands as the coordinators see it (their case list and case page). The status is
//! derived from what is stored — the participants, the patient side's organisation — never stored
//! itself, so it cannot drift from the facts (see `docs/adr/0010-case-status.md`).

use std::fmt;

use serde::Serialize;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// The patient side (on Twinbridge) has not yet recorded its patient or a proxy.
    AwaitingPatientSide,
    /// Both sides are recorded, or the patient side is offline and carried by hand.
    Open,
    /// The case was closed; nothing more happens in it.
    Closed,
}

impl CaseStatus {
    /// Every status, in a stable order.
    pub const ALL: [Self; 3] = [Self::AwaitingPatientSide, Self::Open, Self::Closed];

    /// The stable name used in the API and in page texts.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingPatientSide => "awaiting_patient_side",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}

impl fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the status is derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseFacts {
    /// A patient or a proxy of the patient takes part.
    pub has_patient_side_participant: bool,
    /// The organisation of the patient side is not on Twinbridge (its part is done by hand).
    pub patient_side_offline: bool,
    /// A coordinator closed the case.
    pub closed: bool,
}

/// The status of a case: closed wins; a case waits for its patient side only while no patient or proxy
/// takes part and that side is on Twinbridge (an offline patient side never joins, so it is never
/// waited for).
pub const fn case_status(facts: CaseFacts) -> CaseStatus {
    if facts.closed {
        CaseStatus::Closed
    } else if !facts.has_patient_side_participant && !facts.patient_side_offline {
        CaseStatus::AwaitingPatientSide
    } else {
        CaseStatus::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(patient: bool, offline: bool, closed: bool) -> CaseFacts {
        CaseFacts { has_patient_side_participant: patient, patient_side_offline: offline, closed }
    }

    #[test]
    fn a_case_waits_for_an_online_patient_side_only() {
        assert_eq!(case_status(facts(false, false, false)), CaseStatus::AwaitingPatientSide);
        assert_eq!(case_status(facts(true, false, false)), CaseStatus::Open);
    }

    #[test]
    fn an_offline_patient_side_is_never_waited_for() {
        assert_eq!(case_status(facts(false, true, false)), CaseStatus::Open);
        assert_eq!(case_status(facts(true, true, false)), CaseStatus::Open);
    }

    #[test]
    fn closed_wins_over_everything() {
        for (patient, offline) in [(false, false), (true, false), (false, true), (true, true)] {
            assert_eq!(case_status(facts(patient, offline, true)), CaseStatus::Closed);
        }
    }

    #[test]
    fn names_are_stable_and_distinct() {
        let names: Vec<&str> = CaseStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["awaiting_patient_side", "open", "closed"]);
        assert_eq!(CaseStatus::Open.to_string(), "open");
    }
}
