//! Webhooks tell a registry's own systems that something needs them, so that they need not poll: which
//! events exist, and how often a failed delivery is tried again (docs/adr/0020-webhooks.md).

use std::collections::BTreeSet;
use std::fmt;

use chrono::TimeDelta;

use crate::ParseError;

/// Something a registry system can subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookEvent {
    /// A letter entered the organisation's review queue.
    LetterWaiting,
    /// A side signed off an identity release request (the status tells whether it completed it).
    ReleaseSignedOff,
    /// A question was asked of the organisation.
    QuestionAsked,
}

impl WebhookEvent {
    /// Every event.
    pub const ALL: [Self; 3] = [Self::LetterWaiting, Self::ReleaseSignedOff, Self::QuestionAsked];

    /// The name used in the API and in the `type` of a payload.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::LetterWaiting => "letter.waiting",
            Self::ReleaseSignedOff => "release.signed_off",
            Self::QuestionAsked => "question.asked",
        }
    }

    /// Parses an event name.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        Self::ALL.into_iter().find(|e| e.as_str() == text.trim()).ok_or_else(|| {
            ParseError::new("events", "unknown event; use letter.waiting, release.signed_off or question.asked")
        })
    }
}

impl fmt::Display for WebhookEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The events of one subscription; at least one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WebhookEvents(BTreeSet<WebhookEvent>);

impl WebhookEvents {
    /// Parses a list of event names.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, ParseError> {
        let set = names.into_iter().map(WebhookEvent::parse).collect::<Result<BTreeSet<_>, _>>()?;
        if set.is_empty() {
            return Err(ParseError::new("events", "give at least one event"));
        }
        Ok(Self(set))
    }

    /// Whether the subscription wants `event`.
    pub fn contains(&self, event: WebhookEvent) -> bool {
        self.0.contains(&event)
    }

    /// The names, space-separated (how they are stored).
    pub fn to_text(&self) -> String {
        self.iter().map(WebhookEvent::as_str).collect::<Vec<_>>().join(" ")
    }

    /// Every event, in order.
    pub fn iter(&self) -> impl Iterator<Item = WebhookEvent> + '_ {
        self.0.iter().copied()
    }
}

/// After this many failed attempts a delivery is given up.
pub const MAX_ATTEMPTS: u32 = 10;

/// When to try a delivery again after its `attempts`-th failure: 30 s, doubling, at most an hour apart;
/// `None` once it is given up. Ten attempts span about three hours, time for a receiver to restart.
pub fn retry_after(attempts: u32) -> Option<TimeDelta> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let doubled = TimeDelta::seconds(30).checked_mul(2i32.saturating_pow(attempts.saturating_sub(1).min(16)));
    Some(doubled.map_or(TimeDelta::hours(1), |d| d.min(TimeDelta::hours(1))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_parse_and_unknown_ones_are_refused() {
        let events = WebhookEvents::parse(["question.asked", "letter.waiting"]).unwrap();
        assert!(events.contains(WebhookEvent::LetterWaiting) && !events.contains(WebhookEvent::ReleaseSignedOff));
        assert_eq!(events.to_text(), "letter.waiting question.asked");
        assert!(WebhookEvents::parse(["letter.read"]).is_err());
        assert!(WebhookEvents::parse([]).is_err());
    }

    #[test]
    fn retries_back_off_and_end() {
        assert_eq!(retry_after(1), Some(TimeDelta::seconds(30)));
        assert_eq!(retry_after(2), Some(TimeDelta::seconds(60)));
        assert_eq!(retry_after(9), Some(TimeDelta::hours(1)));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }
}
