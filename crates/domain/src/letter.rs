//! The life of an anonymous letter, as a state machine:
//!
//! ```text
//! draft → in review (writer's side) → in review (reader's side) → delivered → read
//!              ↘ returned (writer revises) / rejected      ↘ returned / rejected
//! withdrawn: by the writer, any time before delivery
//! ```
//!
//! Each side of the pairing reviews: the writer's own registry or centre first (it sees the original),
//! then the reader's (it sees only the text the first side approved). The last approval delivers.
//! An organisation may leave its side's review to the machine screen ([`ReviewPlan`]), but every letter
//! is read by at least one person before delivery.
//! Whether a letter may be written at all is the contact rules' answer (`rules`), checked at submission.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;
use crate::rules::{Photos, Side};

/// What a health update reports, besides its text: the patient's status and the day it refers to. A
/// health update travels as a letter from the patient side (written by its coordinator), screened, reviewed
/// and delivered like one, but it is not a letter of the participants: it counts towards no quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HealthReport {
    /// The patient's status on that day.
    pub status: crate::PatientStatus,
    /// The day.
    pub on: chrono::NaiveDate,
}

/// Where a letter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterStatus {
    /// Being written; only the writer sees it.
    Draft,
    /// Waiting for a review; `Side` is the side whose staff review now.
    InReview(Side),
    /// Sent back to the writer with reasons, to revise.
    Returned,
    /// Refused for good.
    Rejected,
    /// Handed to the reader.
    Delivered,
    /// Opened by the reader.
    Read,
    /// Taken back by the writer before delivery.
    Withdrawn,
    /// Approved for a reader on an offline side: staff of the online side print or export it and send it.
    ReadyToSend,
    /// Sent on paper or by e-mail to the offline side's organisation.
    Sent,
}

impl LetterStatus {
    /// Every status.
    pub const ALL: [Self; 10] = [
        Self::Draft,
        Self::InReview(Side::Donor),
        Self::InReview(Side::Patient),
        Self::Returned,
        Self::Rejected,
        Self::Delivered,
        Self::Read,
        Self::Withdrawn,
        Self::ReadyToSend,
        Self::Sent,
    ];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview(Side::Donor) => "in_review_donor_side",
            Self::InReview(Side::Patient) => "in_review_patient_side",
            Self::Returned => "returned",
            Self::Rejected => "rejected",
            Self::Delivered => "delivered",
            Self::Read => "read",
            Self::Withdrawn => "withdrawn",
            Self::ReadyToSend => "ready_to_send",
            Self::Sent => "sent",
        }
    }

    /// The status the API shows: both review stages are `in_review`.
    pub const fn public_name(self) -> &'static str {
        match self {
            Self::InReview(_) => "in_review",
            other => other.as_str(),
        }
    }

    /// Whether the letter counts against the writer's quota (it was sent and not refused or taken back).
    pub const fn counts_as_sent(self) -> bool {
        matches!(self, Self::InReview(_) | Self::Delivered | Self::Read | Self::ReadyToSend | Self::Sent)
    }

    /// Whether the letter has passed every review and reached (or is on its way to) its reader.
    pub const fn approved(self) -> bool {
        matches!(self, Self::Delivered | Self::Read | Self::ReadyToSend | Self::Sent)
    }
}

impl fmt::Display for LetterStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for LetterStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "draft" => Self::Draft,
            "in_review_donor_side" => Self::InReview(Side::Donor),
            "in_review_patient_side" => Self::InReview(Side::Patient),
            "returned" => Self::Returned,
            "rejected" => Self::Rejected,
            "delivered" => Self::Delivered,
            "read" => Self::Read,
            "withdrawn" => Self::Withdrawn,
            "ready_to_send" => Self::ReadyToSend,
            "sent" => Self::Sent,
            _ => return Err(ParseError::new("letter status", "unknown status")),
        })
    }
}

/// What a picture attached to a letter is (the writer's words; all are images and follow the same rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttachmentKind {
    /// A photograph.
    Photo,
    /// A drawing, often by a child of the family.
    Drawing,
    /// A greeting card, photographed or scanned.
    Card,
}

impl AttachmentKind {
    /// Every kind, in the order forms offer them.
    pub const ALL: [Self; 3] = [Self::Card, Self::Drawing, Self::Photo];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Photo => "photo",
            Self::Drawing => "drawing",
            Self::Card => "card",
        }
    }
}

impl FromStr for AttachmentKind {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(ParseError::new("attachment kind", "expected card, drawing or photo"))
    }
}

/// At most this many pictures go with one letter.
pub const MAX_ATTACHMENTS: usize = 3;

/// Whether a letter may carry pictures under the effective rule on photos and drawings. "Not known" counts
/// as no: a picture can show a face or a street. (Gifts are objects the registry forwards by post; a card
/// sent here is a picture of one and follows the picture rule.)
pub const fn pictures_allowed(photos: Photos) -> bool {
    matches!(photos, Photos::Allowed)
}

/// A reviewer's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Passes the letter on (to the other side's review, or to the reader).
    Approve,
    /// Sends it back to the writer with reasons.
    Return,
    /// Refuses it.
    Reject,
}

impl FromStr for Decision {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "approve" => Ok(Self::Approve),
            "return" => Ok(Self::Return),
            "reject" => Ok(Self::Reject),
            _ => Err(ParseError::new("decision", "expected approve, return or reject")),
        }
    }
}

impl Decision {
    /// The stable name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::Return => "return",
            Self::Reject => "reject",
        }
    }
}

/// Why a step is not possible now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    /// The letter is not in a state where this step applies.
    #[error("the letter is {0}, so this is not possible now")]
    WrongState(&'static str),
    /// The reviewing side is not the caller's.
    #[error("the letter is waiting for the other side's review")]
    NotYourTurn,
}

fn other(side: Side) -> Side {
    match side {
        Side::Donor => Side::Patient,
        Side::Patient => Side::Donor,
    }
}

/// Which sides' staff review a letter. A side whose organisation does not review has the machine screen's
/// suggested redactions applied in its place. At least one side always reviews by hand: when neither
/// organisation wants to, the writer's side does, since it may see the original and knows the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewPlan {
    writer: Side,
    writer_side: bool,
    reader_side: bool,
    reader_offline: bool,
}

impl ReviewPlan {
    /// The plan for a letter from `writer`'s side, given whether each side's organisation reviews letters.
    pub const fn new(writer: Side, donor_side_reviews: bool, patient_side_reviews: bool) -> Self {
        let (writer_side, reader_side) = match writer {
            Side::Donor => (donor_side_reviews, patient_side_reviews),
            Side::Patient => (patient_side_reviews, donor_side_reviews),
        };
        Self { writer, writer_side: writer_side || !reader_side, reader_side, reader_offline: false }
    }

    /// Review by both sides (the default).
    pub const fn both(writer: Side) -> Self {
        Self::new(writer, true, true)
    }

    /// The plan for a letter with pictures: no screen reads pictures, so each side looks at them itself,
    /// whatever its organisation chose for text.
    pub const fn with_pictures(self) -> Self {
        Self { writer_side: true, reader_side: true, ..self }
    }

    /// The plan when `side` is an offline organisation: it has nobody on Twinbridge, so the online side
    /// reviews by hand whatever it chose, the offline side's part is the machine screen's, and a letter for
    /// an offline reader ends `ready_to_send` instead of delivered. Applied last, after `with_pictures`.
    pub const fn with_offline(self, side: Side) -> Self {
        let writer_is_offline =
            matches!((side, self.writer), (Side::Donor, Side::Donor) | (Side::Patient, Side::Patient));
        if writer_is_offline {
            Self { writer_side: false, reader_side: true, ..self }
        } else {
            Self { writer_side: true, reader_side: false, reader_offline: true, ..self }
        }
    }

    /// Whether staff of `side` review by hand.
    pub const fn by_hand(self, side: Side) -> bool {
        if matches!((side, self.writer), (Side::Donor, Side::Donor) | (Side::Patient, Side::Patient)) {
            self.writer_side
        } else {
            self.reader_side
        }
    }
}

/// Submitting a draft or a returned letter: it goes to the first side that reviews by hand (the writer's,
/// unless its organisation leaves review to the reader's side).
pub fn submit(status: LetterStatus, plan: ReviewPlan) -> Result<LetterStatus, LetterError> {
    match status {
        LetterStatus::Draft | LetterStatus::Returned if plan.writer_side => Ok(LetterStatus::InReview(plan.writer)),
        LetterStatus::Draft | LetterStatus::Returned => Ok(LetterStatus::InReview(other(plan.writer))),
        other => Err(LetterError::WrongState(other.public_name())),
    }
}

/// A review by staff of `reviewer`. The writer's side's approval passes the letter to the reader's side, or
/// delivers it when the reader's side does not review by hand.
pub fn review(
    status: LetterStatus,
    plan: ReviewPlan,
    reviewer: Side,
    decision: Decision,
) -> Result<LetterStatus, LetterError> {
    let LetterStatus::InReview(stage) = status else { return Err(LetterError::WrongState(status.public_name())) };
    if stage != reviewer {
        return Err(LetterError::NotYourTurn);
    }
    Ok(match decision {
        Decision::Return => LetterStatus::Returned,
        Decision::Reject => LetterStatus::Rejected,
        Decision::Approve if stage == plan.writer && plan.reader_side => LetterStatus::InReview(other(plan.writer)),
        Decision::Approve if plan.reader_offline => LetterStatus::ReadyToSend,
        Decision::Approve => LetterStatus::Delivered,
    })
}

/// Staff of the online side have sent a letter to the offline side.
pub fn mark_sent(status: LetterStatus) -> Result<LetterStatus, LetterError> {
    match status {
        LetterStatus::ReadyToSend => Ok(LetterStatus::Sent),
        other => Err(LetterError::WrongState(other.public_name())),
    }
}

/// The writer takes the letter back.
pub fn withdraw(status: LetterStatus) -> Result<LetterStatus, LetterError> {
    match status {
        LetterStatus::Draft | LetterStatus::InReview(_) | LetterStatus::Returned => Ok(LetterStatus::Withdrawn),
        other => Err(LetterError::WrongState(other.public_name())),
    }
}

/// The reader opens a delivered letter.
pub fn read(status: LetterStatus) -> LetterStatus {
    if status == LetterStatus::Delivered { LetterStatus::Read } else { status }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_goes_through_both_sides_then_to_the_reader() {
        let plan = ReviewPlan::both(Side::Donor);
        let s = submit(LetterStatus::Draft, plan).unwrap();
        assert_eq!(s, LetterStatus::InReview(Side::Donor));
        assert_eq!(review(s, plan, Side::Patient, Decision::Approve), Err(LetterError::NotYourTurn));
        let s = review(s, plan, Side::Donor, Decision::Approve).unwrap();
        assert_eq!(s, LetterStatus::InReview(Side::Patient));
        let s = review(s, plan, Side::Patient, Decision::Approve).unwrap();
        assert_eq!(s, LetterStatus::Delivered);
        assert_eq!(read(s), LetterStatus::Read);
        assert!(withdraw(s).is_err());
    }

    #[test]
    fn returned_letters_can_be_revised_and_rejected_ones_cannot() {
        let plan = ReviewPlan::both(Side::Patient);
        let s = submit(LetterStatus::Draft, plan).unwrap();
        let returned = review(s, plan, Side::Patient, Decision::Return).unwrap();
        assert_eq!(submit(returned, plan), Ok(LetterStatus::InReview(Side::Patient)));
        let rejected = review(s, plan, Side::Patient, Decision::Reject).unwrap();
        assert!(submit(rejected, plan).is_err());
        assert_eq!(withdraw(s), Ok(LetterStatus::Withdrawn));
    }

    #[test]
    fn a_side_that_does_not_review_is_skipped_but_someone_always_reviews() {
        // The donor's registry leaves review to the patient's centre: the letter goes there first, and its
        // approval delivers.
        let plan = ReviewPlan::new(Side::Donor, false, true);
        assert!(!plan.by_hand(Side::Donor) && plan.by_hand(Side::Patient));
        let s = submit(LetterStatus::Draft, plan).unwrap();
        assert_eq!(s, LetterStatus::InReview(Side::Patient));
        assert_eq!(review(s, plan, Side::Patient, Decision::Approve), Ok(LetterStatus::Delivered));
        // The reader's side does not review: the writer's side's approval delivers.
        let plan = ReviewPlan::new(Side::Patient, false, true);
        assert!(plan.by_hand(Side::Patient) && !plan.by_hand(Side::Donor));
        let s = submit(LetterStatus::Draft, plan).unwrap();
        assert_eq!(s, LetterStatus::InReview(Side::Patient));
        assert_eq!(review(s, plan, Side::Patient, Decision::Approve), Ok(LetterStatus::Delivered));
        // Neither wants to: the writer's side still reviews.
        for writer in [Side::Donor, Side::Patient] {
            let plan = ReviewPlan::new(writer, false, false);
            assert!(plan.by_hand(writer) && !plan.by_hand(other(writer)));
            assert_eq!(submit(LetterStatus::Returned, plan), Ok(LetterStatus::InReview(writer)));
        }
    }

    #[test]
    fn an_offline_side_never_reviews_and_its_letters_end_ready_to_send() {
        // To an offline patient side: the donor side reviews (even if it had left review to the other
        // side), and its approval makes the letter ready to send, never delivered.
        for plan in [ReviewPlan::new(Side::Donor, false, true), ReviewPlan::both(Side::Donor).with_pictures()] {
            let plan = plan.with_offline(Side::Patient);
            assert!(plan.by_hand(Side::Donor) && !plan.by_hand(Side::Patient));
            let s = submit(LetterStatus::Draft, plan).unwrap();
            assert_eq!(s, LetterStatus::InReview(Side::Donor));
            let s = review(s, plan, Side::Donor, Decision::Approve).unwrap();
            assert_eq!(s, LetterStatus::ReadyToSend);
            assert!(s.counts_as_sent() && s.approved());
            assert_eq!(mark_sent(s), Ok(LetterStatus::Sent));
            assert!(mark_sent(LetterStatus::Delivered).is_err());
            assert!(withdraw(s).is_err());
        }
        // From an offline patient side (entered by the donor side's staff): the donor side reviews, and
        // its approval delivers to the donor.
        let plan = ReviewPlan::both(Side::Patient).with_pictures().with_offline(Side::Patient);
        assert!(!plan.by_hand(Side::Patient) && plan.by_hand(Side::Donor));
        let s = submit(LetterStatus::Draft, plan).unwrap();
        assert_eq!(s, LetterStatus::InReview(Side::Donor));
        assert_eq!(review(s, plan, Side::Donor, Decision::Approve), Ok(LetterStatus::Delivered));
    }

    #[test]
    fn pictures_need_both_sides_to_look_and_an_explicit_yes_from_the_rules() {
        let plan = ReviewPlan::new(Side::Donor, false, false).with_pictures();
        assert!(plan.by_hand(Side::Donor) && plan.by_hand(Side::Patient));
        assert!(pictures_allowed(Photos::Allowed));
        assert!(!pictures_allowed(Photos::Unknown) && !pictures_allowed(Photos::None));
        for kind in AttachmentKind::ALL {
            assert_eq!(kind.as_str().parse::<AttachmentKind>(), Ok(kind));
        }
        assert!("gift".parse::<AttachmentKind>().is_err());
    }

    #[test]
    fn statuses_round_trip_and_only_sent_letters_count() {
        for s in [
            LetterStatus::Draft,
            LetterStatus::InReview(Side::Donor),
            LetterStatus::InReview(Side::Patient),
            LetterStatus::Returned,
            LetterStatus::Rejected,
            LetterStatus::Delivered,
            LetterStatus::Read,
            LetterStatus::Withdrawn,
            LetterStatus::ReadyToSend,
            LetterStatus::Sent,
        ] {
            assert_eq!(s.as_str().parse::<LetterStatus>(), Ok(s));
        }
        assert!(LetterStatus::Delivered.counts_as_sent() && !LetterStatus::Rejected.counts_as_sent());
    }
}
