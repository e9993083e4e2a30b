//! Questions to a registry or transplant centre: asked by a participant (about their pairing or in
//! general) or by a visitor whose e-mail address is confirmed first, answered by the staff of the asker's
//! own organisation only — a question never reaches the other side.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// Where a question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionStatus {
    /// A visitor's question whose e-mail address is not confirmed yet: staff do not see it.
    Unconfirmed,
    /// Waiting for an answer.
    Open,
    /// Answered; it waits for the asker, who may write again (which opens it again).
    Answered,
    /// Closed by staff or the asker; nothing more is added.
    Closed,
}

impl QuestionStatus {
    /// Every status.
    pub const ALL: [Self; 4] = [Self::Unconfirmed, Self::Open, Self::Answered, Self::Closed];

    /// The stable name (storage, API).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Unconfirmed => "unconfirmed",
            Self::Open => "open",
            Self::Answered => "answered",
            Self::Closed => "closed",
        }
    }
}

impl fmt::Display for QuestionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for QuestionStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s.trim())
            .ok_or(ParseError::new("question status", "expected unconfirmed, open, answered or closed"))
    }
}

/// A step in a question's thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionStep {
    /// The visitor confirmed their address.
    Confirm,
    /// Staff answered.
    Answer,
    /// The asker wrote again.
    FollowUp,
    /// Staff or the asker closed it.
    Close,
}

/// The status after `step`, or why it does not fit.
pub fn after(status: QuestionStatus, step: QuestionStep) -> Result<QuestionStatus, ParseError> {
    use QuestionStatus::{Answered, Closed, Open, Unconfirmed};
    match (status, step) {
        (Unconfirmed, QuestionStep::Confirm) => Ok(Open),
        (Open, QuestionStep::Answer) => Ok(Answered),
        (Answered, QuestionStep::Answer) => {
            Err(ParseError::new("question", "it was answered already; it opens again when the asker writes"))
        }
        (Open | Answered, QuestionStep::FollowUp) => Ok(Open),
        (Open | Answered, QuestionStep::Close) => Ok(Closed),
        (Closed, _) => Err(ParseError::new("question", "it is closed")),
        _ => Err(ParseError::new("question", "this step does not fit where the question stands")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_answered_followed_up_and_closed() {
        use QuestionStatus::*;
        assert_eq!(after(Unconfirmed, QuestionStep::Confirm), Ok(Open));
        assert!(after(Unconfirmed, QuestionStep::Answer).is_err(), "staff never see an unconfirmed question");
        assert_eq!(after(Open, QuestionStep::Answer), Ok(Answered));
        assert!(
            after(Answered, QuestionStep::Answer).is_err(),
            "one answer per turn: two coordinators never both answer"
        );
        assert_eq!(after(Answered, QuestionStep::FollowUp), Ok(Open));
        assert_eq!(after(Answered, QuestionStep::Close), Ok(Closed));
        assert!(after(Closed, QuestionStep::Answer).is_err() && after(Closed, QuestionStep::FollowUp).is_err());
        assert!(after(Open, QuestionStep::Confirm).is_err());
        for status in QuestionStatus::ALL {
            assert_eq!(status.as_str().parse::<QuestionStatus>(), Ok(status));
        }
    }
}
