//! What the audit trail records: one name for each kind of event, listed once here. Stored and shown by
//! its snake_case name, which must never change for an existing kind (old events keep it).

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// Defines the action enum with its stored names, the list of all, and its text forms, from one table.
macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A kind of audited event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $($(#[$doc])* $variant,)*
        }

        impl AuditAction {
            /// Every kind, in the order of the table.
            pub const ALL: &[Self] = &[$(Self::$variant,)*];

            /// The stored name.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }
        }
    };
}

actions! {
    /// Signed in (password, with a second factor where required, or a link).
    SignIn = "sign_in",
    /// A sign-in attempt failed.
    SignInFailed = "sign_in_failed",
    /// Signed out.
    SignOut = "sign_out",
    /// A sign-in link was sent.
    SignInLinkSent = "sign_in_link_sent",
    /// An invitation was accepted and its account set up.
    InvitationAccepted = "invitation_accepted",
    /// The password was changed.
    PasswordChanged = "password_changed",
    /// An authenticator app was enrolled.
    TotpEnrolled = "totp_enrolled",
    /// The choice to share read receipts was changed.
    ReadReceiptsChanged = "read_receipts_changed",
    /// Every session of the account was ended.
    SignedOutEverywhere = "signed_out_everywhere",
    /// A staff member was invited.
    StaffInvited = "staff_invited",
    /// A staff account was disabled.
    StaffDisabled = "staff_disabled",
    /// A staff account was enabled again.
    StaffEnabled = "staff_enabled",
    /// An identity was read (decrypted) for someone or for the system.
    IdentityRead = "identity_read",
    /// A person downloaded all data held about them.
    DataExported = "data_exported",
    /// A person's identity was erased; the event says why and by whom, not whose.
    PersonErased = "person_erased",
    /// A case was closed.
    CaseClosed = "case_closed",
    /// An organisation set how long it keeps identities after its cases are closed.
    RetentionChanged = "retention_changed",
    /// A pairing was created.
    PairingCreated = "pairing_created",
    /// The patient side of a pairing was recorded.
    PatientAttached = "patient_attached",
    /// A donation was recorded.
    DonationRecorded = "donation_recorded",
    /// The transplant date was recorded.
    TransplantRecorded = "transplant_recorded",
    /// A patient status was recorded.
    PatientStatusRecorded = "patient_status_recorded",
    /// A participant's consent was changed.
    ConsentChanged = "consent_changed",
    /// A letter was kept as a draft.
    LetterDrafted = "letter_drafted",
    /// A draft or returned letter was changed.
    LetterRevised = "letter_revised",
    /// A letter was sent to review.
    LetterSubmitted = "letter_submitted",
    /// A letter was taken back by its writer.
    LetterWithdrawn = "letter_withdrawn",
    /// A side reviewed a letter.
    LetterReviewed = "letter_reviewed",
    /// The machine screen stood in for a side that does not review by hand.
    LetterScreenedInPlaceOfReview = "letter_screened_in_place_of_review",
    /// A translation was attached to a letter.
    LetterTranslated = "letter_translated",
    /// The reader of a delivered letter asked for a translation.
    TranslationRequested = "translation_requested",
    /// A picture was added to a letter.
    LetterPictureAdded = "letter_picture_added",
    /// A picture was removed from a letter.
    LetterPictureRemoved = "letter_picture_removed",
    /// An organisation's own contact policy was changed.
    OrganisationPolicyChanged = "organisation_policy_changed",
    /// An organisation's letter review setting was changed.
    OrganisationLetterReviewChanged = "organisation_letter_review_changed",
    /// The identity key ring was rotated.
    KeysRotated = "keys_rotated",
    /// An administrator created a service token for a registry system.
    ServiceTokenCreated = "service_token_created",
    /// An administrator revoked a service token.
    ServiceTokenRevoked = "service_token_revoked",
    /// A registry system called the API with a service token.
    ServiceTokenUsed = "service_token_used",
    /// An operator made a backup of the database.
    BackupMade = "backup_made",
    /// An organisation was added to the instance (by its operator).
    OrganisationAdded = "organisation_added",
    /// Staff entered a letter for a writer without Twinbridge access (received on paper or by e-mail).
    LetterEntered = "letter_entered",
    /// A letter for an offline side was printed or exported.
    LetterExported = "letter_exported",
    /// A letter was sent to an offline side.
    LetterSent = "letter_sent",
    /// A participant was invited again (a new sign-in link).
    ParticipantReinvited = "participant_reinvited",
    /// A participant's e-mail address was changed by staff.
    ParticipantEmailChanged = "participant_email_changed",
    /// Pairings were imported from a registry's file.
    PairingsImported = "pairings_imported",
    /// A participant asked for the identities to be released.
    ReleaseRequested = "release_requested",
    /// A coordinator signed off a release request for their side.
    ReleaseSignedOff = "release_signed_off",
    /// The identities were released: each side now sees what the other chose to share.
    ReleaseCompleted = "release_completed",
    /// A release request ended without release (a consent withdrawn, the rules no longer allow it).
    ReleaseStopped = "release_stopped",
    /// A meeting was proposed, answered, arranged or cancelled.
    MeetingChanged = "meeting_changed",
    /// A person changed which e-mails they get.
    MailChoicesChanged = "mail_choices_changed",
    /// Sending an e-mail to a participant was given up (the address was refused or kept failing).
    MailGivenUp = "mail_given_up",
    /// An organisation's target for waiting items was changed.
    WaitingTargetChanged = "waiting_target_changed",
    /// A registry's age range for new potential donors was changed.
    RegistrationAgesChanged = "registration_ages_changed",
    /// A patient represented as a minor turned 18: their account was opened and they were invited.
    PatientCameOfAge = "patient_came_of_age",
    /// A scheduled notice went to a participant (which kind; never its text).
    NoticeSent = "notice_sent",
    /// A potential donor registered (unconfirmed until the e-mail link is followed).
    RegistrationReceived = "registration_received",
    /// A registrant confirmed their address.
    RegistrationConfirmed = "registration_confirmed",
    /// Staff moved a registration on or withdrew it.
    RegistrationStatusChanged = "registration_status_changed",
    /// A registration was erased (that it happened, not whose it was).
    RegistrationErased = "registration_erased",
    /// Staff read their registry's registrations (the list or the export).
    RegistrationsRead = "registrations_read",
    /// A question was asked (a visitor's once their address is confirmed).
    QuestionAsked = "question_asked",
    /// Staff answered a question.
    QuestionAnswered = "question_answered",
    /// The asker wrote again.
    QuestionFollowedUp = "question_followed_up",
    /// A question was closed.
    QuestionClosed = "question_closed",
    /// An administrator subscribed a registry system to webhooks.
    WebhookCreated = "webhook_created",
    /// An administrator deleted a webhook subscription.
    WebhookDeleted = "webhook_deleted",
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuditAction {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.iter().copied().find(|a| a.as_str() == s).ok_or_else(|| ParseError::new("audit action", "unknown"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_its_own_snake_case_name_and_reads_back() {
        let mut seen = std::collections::HashSet::new();
        for action in AuditAction::ALL {
            let name = action.as_str();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
            assert!(seen.insert(name), "{name} twice");
            assert_eq!(name.parse::<AuditAction>(), Ok(*action));
        }
        assert!("no_such_action".parse::<AuditAction>().is_err());
    }
}
