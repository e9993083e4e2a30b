//! Meetings of donor and patient (product §5): only after the identities were released, only between
//! people who both chose "meet". One side proposes, the other accepts or declines, either side may cancel,
//! and the coordinators record the arrangements (date, place, who of the organisations attends, and each
//! person's separate consent to media coverage). The decisions are here, pure; the service stores them.

use chrono::{DateTime, NaiveDate, Utc};

use crate::consent::ConsentLevel;
use crate::release::ReleaseStatus;
use crate::rules::Side;
use crate::{MeetingId, PairingId, ParseError};

/// Where a meeting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingStatus {
    /// One side proposed it; the other has not answered.
    Proposed,
    /// The other side said yes; the coordinators arrange it.
    Accepted,
    /// The other side said no.
    Declined,
    /// One side called it off.
    Cancelled,
}

impl MeetingStatus {
    /// Every status.
    pub const ALL: [Self; 4] = [Self::Proposed, Self::Accepted, Self::Declined, Self::Cancelled];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Cancelled => "cancelled",
        }
    }

    /// Whether the meeting is still ahead (proposed or accepted): a pairing has at most one such.
    pub const fn is_open(self) -> bool {
        matches!(self, Self::Proposed | Self::Accepted)
    }
}

impl std::str::FromStr for MeetingStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or(ParseError::new("meeting status", "expected proposed, accepted, declined or cancelled"))
    }
}

/// What the coordinators recorded about a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arrangements {
    /// The day.
    pub date: Option<NaiveDate>,
    /// Where (free text, e.g. "the registry's office in Cologne").
    pub place: Option<String>,
    /// Who of the organisations attends (names or roles of staff).
    pub staff_attending: Vec<String>,
    /// The donor's consent to photos, film or press at the meeting.
    pub donor_media_consent: bool,
    /// The patient's.
    pub patient_media_consent: bool,
}

/// One meeting of a pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// Random id.
    pub id: MeetingId,
    /// The pairing.
    pub pairing: PairingId,
    /// The side that proposed it.
    pub proposed_by: Side,
    /// The proposer's note to the other side.
    pub note: String,
    /// Where it stands.
    pub status: MeetingStatus,
    /// What the coordinators recorded.
    pub arrangements: Arrangements,
    /// When it was proposed.
    pub created_at: DateTime<Utc>,
}

/// Why a meeting step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MeetingRefusal {
    /// The identities have not been released.
    #[error("a meeting can be proposed once the identities have been released")]
    NotReleased,
    /// Someone has not chosen "meet".
    #[error("both of you need to have chosen \"meet\" in your contact choices")]
    Consent,
    /// A meeting is already proposed or agreed.
    #[error("a meeting is already proposed or agreed for this pairing")]
    AlreadyOpen,
    /// The step does not fit where the meeting stands (or it is not this side's to take).
    #[error("this meeting is {0} and cannot take this step")]
    WrongState(&'static str),
    /// The proposer cannot answer their own proposal.
    #[error("only the other side answers a proposal")]
    OwnProposal,
}

impl MeetingRefusal {
    /// A stable code for problem documents and the pages' translations.
    pub const fn code(self) -> &'static str {
        match self {
            Self::NotReleased => "meeting-not-released",
            Self::Consent => "meeting-consent",
            Self::AlreadyOpen => "meeting-open",
            Self::WrongState(_) => "meeting-wrong-state",
            Self::OwnProposal => "meeting-own-proposal",
        }
    }
}

/// May a participant propose a meeting? After release, with both having chosen "meet", and none open.
pub fn may_propose(
    release: Option<ReleaseStatus>,
    mine: Option<ConsentLevel>,
    theirs: Option<ConsentLevel>,
    open: bool,
) -> Result<(), MeetingRefusal> {
    if release != Some(ReleaseStatus::Released) {
        return Err(MeetingRefusal::NotReleased);
    }
    if mine != Some(ConsentLevel::Meet) || theirs != Some(ConsentLevel::Meet) {
        return Err(MeetingRefusal::Consent);
    }
    if open {
        return Err(MeetingRefusal::AlreadyOpen);
    }
    Ok(())
}

/// The other side's answer to a proposal.
pub fn answer(meeting: &Meeting, side: Side, accept: bool) -> Result<MeetingStatus, MeetingRefusal> {
    if meeting.status != MeetingStatus::Proposed {
        return Err(MeetingRefusal::WrongState(meeting.status.as_str()));
    }
    if side == meeting.proposed_by {
        return Err(MeetingRefusal::OwnProposal);
    }
    Ok(if accept { MeetingStatus::Accepted } else { MeetingStatus::Declined })
}

/// Either side calls off a meeting that is still ahead.
pub fn cancel(meeting: &Meeting) -> Result<MeetingStatus, MeetingRefusal> {
    if meeting.status.is_open() {
        Ok(MeetingStatus::Cancelled)
    } else {
        Err(MeetingRefusal::WrongState(meeting.status.as_str()))
    }
}

/// The coordinators record arrangements for an agreed meeting.
pub fn arrange(meeting: &Meeting) -> Result<(), MeetingRefusal> {
    if meeting.status == MeetingStatus::Accepted {
        Ok(())
    } else {
        Err(MeetingRefusal::WrongState(meeting.status.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposed_by(side: Side) -> Meeting {
        Meeting {
            id: MeetingId::random(),
            pairing: PairingId::random(),
            proposed_by: side,
            note: String::new(),
            status: MeetingStatus::Proposed,
            arrangements: Arrangements::default(),
            created_at: DateTime::UNIX_EPOCH,
        }
    }

    const MEET: Option<ConsentLevel> = Some(ConsentLevel::Meet);

    #[test]
    fn a_meeting_needs_a_release_both_wishes_and_none_open() {
        assert_eq!(may_propose(Some(ReleaseStatus::Released), MEET, MEET, false), Ok(()));
        assert_eq!(may_propose(Some(ReleaseStatus::Requested), MEET, MEET, false), Err(MeetingRefusal::NotReleased));
        assert_eq!(may_propose(None, MEET, MEET, false), Err(MeetingRefusal::NotReleased));
        let details = Some(ConsentLevel::ShareDetails);
        assert_eq!(may_propose(Some(ReleaseStatus::Released), MEET, details, false), Err(MeetingRefusal::Consent));
        assert_eq!(may_propose(Some(ReleaseStatus::Released), MEET, MEET, true), Err(MeetingRefusal::AlreadyOpen));
    }

    #[test]
    fn only_the_other_side_answers_and_either_cancels_while_ahead() {
        let meeting = proposed_by(Side::Donor);
        assert_eq!(answer(&meeting, Side::Donor, true), Err(MeetingRefusal::OwnProposal));
        assert_eq!(answer(&meeting, Side::Patient, true), Ok(MeetingStatus::Accepted));
        assert_eq!(answer(&meeting, Side::Patient, false), Ok(MeetingStatus::Declined));
        assert_eq!(arrange(&meeting), Err(MeetingRefusal::WrongState("proposed")));
        let accepted = Meeting { status: MeetingStatus::Accepted, ..meeting };
        assert_eq!(answer(&accepted, Side::Patient, false), Err(MeetingRefusal::WrongState("accepted")));
        assert_eq!(arrange(&accepted), Ok(()));
        assert_eq!(cancel(&accepted), Ok(MeetingStatus::Cancelled));
        let cancelled = Meeting { status: MeetingStatus::Cancelled, ..accepted };
        assert_eq!(cancel(&cancelled), Err(MeetingRefusal::WrongState("cancelled")));
        assert_eq!("declined".parse::<MeetingStatus>(), Ok(MeetingStatus::Declined));
    }
}
