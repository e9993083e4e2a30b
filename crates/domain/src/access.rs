//! The authorization rules (`product.md` §7), in one place: who may see or do what, and who may read which
//! identity fields. Services ask [`may`], [`relation_to`] and [`identity_access`]; the identity vault
//! hands out a person only against an [`IdentityAccess`], which only this module issues (or a system
//! process that names itself, [`IdentityAccess::for_system`]). A refusal is answered like a missing
//! thing: 404.

use std::collections::BTreeSet;

use crate::consent::ShareField;
use crate::letter::LetterStatus;
use crate::release::{ReleaseStatus, visible_after_release};
use crate::rules::{Disclosure, Side};
use crate::{OrganisationId, Pairing, Participant, PersonId, Role, StaffRole};

/// Who is asking, as far as authorization is concerned.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// The participant's person, for participant accounts.
    pub person: Option<PersonId>,
    /// Staff roles per organisation.
    pub roles: Vec<(OrganisationId, StaffRole)>,
}

/// How an actor stands to a pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A participant of the pairing in this role.
    Participant(Role),
    /// A coordinator of the donor-side organisation.
    DonorSideStaff,
    /// A coordinator of the patient-side organisation or the transplant centre.
    PatientSideStaff,
}

impl Relation {
    /// Whether the actor stands on the donor side.
    pub const fn is_donor_side(self) -> bool {
        match self {
            Self::Participant(role) => role.is_donor_side(),
            Self::DonorSideStaff => true,
            Self::PatientSideStaff => false,
        }
    }
}

/// The actor's relation to the pairing, or `None`: then the pairing does not exist for them. Only
/// coordinators work on pairings; administrators and auditors of the same organisation do not see them.
pub fn relation_to(actor: &Actor, pairing: &Pairing, participants: &[Participant]) -> Option<Relation> {
    if let Some(person) = actor.person
        && let Some(p) = participants.iter().find(|p| p.person == person && p.pairing == pairing.id)
    {
        return Some(Relation::Participant(p.role));
    }
    let coordinates = |org: OrganisationId| actor.roles.iter().any(|(o, r)| *o == org && *r == StaffRole::Coordinator);
    if coordinates(pairing.donor_organisation) {
        return Some(Relation::DonorSideStaff);
    }
    if pairing.patient_organisation.into_iter().chain(pairing.transplant_centre).any(coordinates) {
        return Some(Relation::PatientSideStaff);
    }
    None
}

/// A letter as the access rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterFacts {
    /// The side that wrote it.
    pub writer_side: Side,
    /// Where it is.
    pub status: LetterStatus,
    /// Whether the one asking wrote it.
    pub by_caller: bool,
}

impl Relation {
    /// The side the actor stands on.
    pub const fn side(self) -> Side {
        if self.is_donor_side() { Side::Donor } else { Side::Patient }
    }

    const fn is_staff(self) -> bool {
        !matches!(self, Self::Participant(_))
    }
}

/// Whether someone standing to a letter's pairing as `relation` may see the letter at all: the writer their
/// own letters (not those of others on their side); the reader once it is delivered; staff of the writer's
/// side once it was sent; staff of the reader's side once the writer's side passed it on.
pub fn may_see_letter(relation: Relation, letter: LetterFacts) -> bool {
    let own_side = relation.side() == letter.writer_side;
    let delivered = matches!(letter.status, LetterStatus::Delivered | LetterStatus::Read);
    match relation {
        Relation::Participant(_) if own_side => letter.by_caller,
        Relation::Participant(_) => delivered,
        _ if own_side => letter.status != LetterStatus::Draft,
        _ => delivered || matches!(letter.status, LetterStatus::InReview(s) if s != letter.writer_side),
    }
}

/// What someone may do with a letter they may see.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LetterActions {
    /// Review it (a coordinator of the side whose turn it is).
    pub review: bool,
    /// Change it (the writer, while a draft or returned).
    pub edit: bool,
    /// Take it back (the writer, before delivery).
    pub withdraw: bool,
    /// Attach a translation (staff of the reader's side).
    pub translate: bool,
    /// Answer it (the reader).
    pub reply: bool,
    /// Ask for a translation (the reader, once it is delivered).
    pub request_translation: bool,
}

/// What someone standing to a letter's pairing as `relation` may do with the letter now.
pub fn letter_actions(relation: Relation, letter: LetterFacts) -> LetterActions {
    let staff = relation.is_staff();
    let own_side = relation.side() == letter.writer_side;
    let writer = !staff && own_side && letter.by_caller;
    LetterActions {
        review: staff && letter.status == LetterStatus::InReview(relation.side()),
        edit: writer && matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned),
        withdraw: writer
            && matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned | LetterStatus::InReview(_)),
        translate: staff && !own_side,
        reply: !staff && !own_side,
        request_translation: !staff
            && !own_side
            && matches!(letter.status, LetterStatus::Delivered | LetterStatus::Read),
    }
}

/// Something an actor may want to do that is not about a single pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the list of organisations (their names): staff only, never participants, who must not learn
    /// the other side's organisation.
    ListOrganisations,
    /// Invite and disable the staff of an organisation.
    ManageStaff(OrganisationId),
    /// Set an organisation's own contact rules.
    SetOrganisationPolicy(OrganisationId),
    /// Read an organisation's audit trail.
    ReadAudit(OrganisationId),
}

/// Whether `actor` may do `action`.
pub fn may(actor: &Actor, action: Action) -> bool {
    let holds = |org: OrganisationId, role: StaffRole| actor.roles.iter().any(|(o, r)| *o == org && *r == role);
    match action {
        Action::ListOrganisations => !actor.roles.is_empty(),
        Action::ManageStaff(org) | Action::SetOrganisationPolicy(org) => holds(org, StaffRole::Administrator),
        Action::ReadAudit(org) => holds(org, StaffRole::Auditor),
    }
}

/// An identity field of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Full legal name.
    LegalName,
    /// The first name they go by.
    FirstName,
    /// E-mail address.
    Email,
    /// Phone number.
    Phone,
    /// Postal address.
    PostalAddress,
    /// Town of residence.
    Town,
    /// Country of residence.
    Country,
    /// Date of birth.
    DateOfBirth,
    /// Employer, school, hospital, nicknames.
    OtherIdentifiers,
    /// Sex.
    Sex,
}

impl Field {
    /// Every field.
    pub const ALL: [Self; 10] = [
        Self::LegalName,
        Self::FirstName,
        Self::Email,
        Self::Phone,
        Self::PostalAddress,
        Self::Town,
        Self::Country,
        Self::DateOfBirth,
        Self::OtherIdentifiers,
        Self::Sex,
    ];
}

/// Why identity fields may be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessReason {
    /// The person reads their own identity.
    Own,
    /// A coordinator of the person's own organisation.
    OwnOrganisationStaff,
    /// A process of the service itself (named), e.g. seeding demo data.
    System(&'static str),
    /// The other party of a pairing after its release: the fields they chose to share.
    Released,
    /// The other party of a pairing before release: the facts the rules let be told (age group, country).
    BeforeRelease,
}

/// Permission to read some identity fields of one person. Only [`identity_access`] and
/// [`IdentityAccess::for_system`] make one, so the vault cannot be read without a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityAccess {
    person: PersonId,
    fields: BTreeSet<Field>,
    reason: AccessReason,
}

impl IdentityAccess {
    /// Access for the service's own processes, which must say what they are.
    pub fn for_system(person: PersonId, process: &'static str) -> Self {
        Self { person, fields: Field::ALL.into_iter().collect(), reason: AccessReason::System(process) }
    }

    /// The person.
    pub const fn person(&self) -> PersonId {
        self.person
    }

    /// Whether `field` may be read.
    pub fn allows(&self, field: Field) -> bool {
        self.fields.contains(&field)
    }

    /// Why.
    pub const fn reason(&self) -> AccessReason {
        self.reason
    }
}

/// Who a person is to the rules: their id and organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonOwner {
    /// The person.
    pub person: PersonId,
    /// The organisation that registered them (a donor registry or the patient's centre).
    pub organisation: OrganisationId,
}

/// Which identity fields of `target` the actor may read: all of their own; all for coordinators of the
/// person's own organisation; nothing for administrators and auditors (unless also coordinators), for
/// staff of other organisations, or for the other party before release.
pub fn identity_access(actor: &Actor, target: PersonOwner) -> Option<IdentityAccess> {
    let all = || Field::ALL.into_iter().collect();
    if actor.person == Some(target.person) {
        return Some(IdentityAccess { person: target.person, fields: all(), reason: AccessReason::Own });
    }
    let coordinator = actor.roles.iter().any(|(o, r)| *o == target.organisation && *r == StaffRole::Coordinator);
    coordinator.then(|| IdentityAccess {
        person: target.person,
        fields: all(),
        reason: AccessReason::OwnOrganisationStaff,
    })
}

/// The vault fields behind a detail a participant chose to share (a photo is not kept in the vault).
const fn field_of(share: ShareField) -> Option<Field> {
    match share {
        ShareField::FirstName => Some(Field::FirstName),
        ShareField::FullName => Some(Field::LegalName),
        ShareField::Country => Some(Field::Country),
        ShareField::Town => Some(Field::Town),
        ShareField::Email => Some(Field::Email),
        ShareField::Phone => Some(Field::Phone),
        ShareField::PostalAddress => Some(Field::PostalAddress),
        ShareField::Photo => None,
    }
}

/// What a participant may read of the other party (`target`) after their pairing's release: exactly the
/// fields the other party shares now (their current consent, so that a withdrawal hides what was not yet
/// read); nothing while the release has not happened.
pub fn released_access(
    target: PersonId,
    status: ReleaseStatus,
    others_share: &BTreeSet<ShareField>,
) -> Option<IdentityAccess> {
    let fields: BTreeSet<Field> =
        visible_after_release(status, others_share).into_iter().filter_map(field_of).collect();
    (!fields.is_empty()).then_some(IdentityAccess { person: target, fields, reason: AccessReason::Released })
}

/// What may be read of the other party before release to tell the facts the rules allow: the date of
/// birth for an age group and the country, and only those the rules name.
pub fn before_release_access(target: PersonId, may_tell: &[Disclosure]) -> Option<IdentityAccess> {
    let fields: BTreeSet<Field> = may_tell
        .iter()
        .filter_map(|d| match d {
            Disclosure::AgeGroup => Some(Field::DateOfBirth),
            Disclosure::Country => Some(Field::Country),
            Disclosure::Sex => Some(Field::Sex),
            Disclosure::DiseaseCategory => None,
        })
        .collect();
    (!fields.is_empty()).then_some(IdentityAccess { person: target, fields, reason: AccessReason::BeforeRelease })
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::{PairingId, PairingReference, ParticipantId};

    fn pairing() -> Pairing {
        Pairing {
            id: PairingId::random(),
            reference: PairingReference::generate(&mut rand::rng()),
            donor_organisation: OrganisationId::random(),
            patient_organisation: Some(OrganisationId::random()),
            transplant_centre: Some(OrganisationId::random()),
            transplant_date: None,
            created_at: DateTime::UNIX_EPOCH,
            external_reference: None,
            donor_residence: None,
            patient_residence: None,
            closed_at: None,
        }
    }

    #[test]
    fn the_other_party_is_read_only_as_far_as_released_or_told() {
        let other = PersonId::random();
        let shared: BTreeSet<ShareField> = [ShareField::FirstName, ShareField::Email, ShareField::Photo].into();
        let access = released_access(other, ReleaseStatus::Released, &shared).expect("released");
        let allowed: Vec<Field> = Field::ALL.into_iter().filter(|f| access.allows(*f)).collect();
        assert_eq!(allowed, [Field::FirstName, Field::Email]);
        assert_eq!(access.reason(), AccessReason::Released);
        assert!(released_access(other, ReleaseStatus::Requested, &shared).is_none());
        assert!(released_access(other, ReleaseStatus::Released, &BTreeSet::new()).is_none());
        let told = before_release_access(other, &[Disclosure::Sex, Disclosure::AgeGroup]).expect("age group");
        let allowed: Vec<Field> = Field::ALL.into_iter().filter(|f| told.allows(*f)).collect();
        assert_eq!(allowed, [Field::DateOfBirth, Field::Sex]);
        // A disease category is not an identity field: nothing is read for it.
        assert!(before_release_access(other, &[Disclosure::DiseaseCategory]).is_none());
        assert!(before_release_access(other, &[]).is_none());
    }

    #[test]
    fn relations_follow_participation_and_coordinator_roles_only() {
        let p = pairing();
        let donor =
            Participant { id: ParticipantId::random(), pairing: p.id, person: PersonId::random(), role: Role::Donor };
        let participants = [donor.clone()];
        let as_donor = Actor { person: Some(donor.person), roles: vec![] };
        assert_eq!(relation_to(&as_donor, &p, &participants), Some(Relation::Participant(Role::Donor)));
        let stranger = Actor { person: Some(PersonId::random()), roles: vec![] };
        assert_eq!(relation_to(&stranger, &p, &participants), None);

        let staff = |org, role| Actor { person: None, roles: vec![(org, role)] };
        assert_eq!(
            relation_to(&staff(p.donor_organisation, StaffRole::Coordinator), &p, &participants),
            Some(Relation::DonorSideStaff)
        );
        let centre = p.transplant_centre.unwrap_or_else(OrganisationId::random);
        assert_eq!(
            relation_to(&staff(centre, StaffRole::Coordinator), &p, &participants),
            Some(Relation::PatientSideStaff)
        );
        for role in [StaffRole::Administrator, StaffRole::Auditor] {
            assert_eq!(relation_to(&staff(p.donor_organisation, role), &p, &participants), None, "{role}");
        }
        assert_eq!(relation_to(&staff(OrganisationId::random(), StaffRole::Coordinator), &p, &participants), None);
    }
}

#[cfg(test)]
mod table {
    use chrono::DateTime;

    use super::*;
    use crate::{PairingId, PairingReference, ParticipantId, ProxyRelation};

    /// Every kind of actor against every kind of question, with the exact set of answers that are yes.
    #[test]
    fn every_role_against_every_question() {
        let (registry, centre, elsewhere) =
            (OrganisationId::random(), OrganisationId::random(), OrganisationId::random());
        let pairing = Pairing {
            id: PairingId::random(),
            reference: PairingReference::generate(&mut rand::rng()),
            donor_organisation: registry,
            patient_organisation: Some(centre),
            transplant_centre: None,
            transplant_date: None,
            created_at: DateTime::UNIX_EPOCH,
            external_reference: None,
            donor_residence: None,
            patient_residence: None,
            closed_at: None,
        };
        let (donor, patient, parent) = (PersonId::random(), PersonId::random(), PersonId::random());
        let participant = |person, role| Participant { id: ParticipantId::random(), pairing: pairing.id, person, role };
        let participants = vec![
            participant(donor, Role::Donor),
            participant(patient, Role::Patient),
            participant(parent, Role::Proxy(ProxyRelation::Parent)),
        ];
        let person = |p| Actor { person: Some(p), roles: vec![] };
        let staff = |org, role| Actor { person: None, roles: vec![(org, role)] };
        let actors: Vec<(&str, Actor)> = vec![
            ("donor", person(donor)),
            ("patient", person(patient)),
            ("proxy", person(parent)),
            ("stranger", person(PersonId::random())),
            ("registry coordinator", staff(registry, StaffRole::Coordinator)),
            ("registry administrator", staff(registry, StaffRole::Administrator)),
            ("registry auditor", staff(registry, StaffRole::Auditor)),
            ("centre coordinator", staff(centre, StaffRole::Coordinator)),
            ("other coordinator", staff(elsewhere, StaffRole::Coordinator)),
        ];
        let donor_owner = PersonOwner { person: donor, organisation: registry };
        let patient_owner = PersonOwner { person: patient, organisation: centre };
        type Question<'a> = (&'static str, &'a dyn Fn(&Actor) -> bool);
        let questions: [Question<'_>; 8] = [
            ("see pairing", &|a| relation_to(a, &pairing, &participants).is_some()),
            ("list organisations", &|a| may(a, Action::ListOrganisations)),
            ("manage registry staff", &|a| may(a, Action::ManageStaff(registry))),
            ("set registry policy", &|a| may(a, Action::SetOrganisationPolicy(registry))),
            ("read registry audit", &|a| may(a, Action::ReadAudit(registry))),
            ("read donor identity", &|a| identity_access(a, donor_owner).is_some()),
            ("read patient identity", &|a| identity_access(a, patient_owner).is_some()),
            ("read proxy identity", &|a| {
                identity_access(a, PersonOwner { person: parent, organisation: centre }).is_some()
            }),
        ];
        let expected: &[(&str, &[&str])] = &[
            ("donor", &["see pairing", "read donor identity"]),
            ("patient", &["see pairing", "read patient identity"]),
            ("proxy", &["see pairing", "read proxy identity"]),
            ("stranger", &[]),
            ("registry coordinator", &["see pairing", "list organisations", "read donor identity"]),
            ("registry administrator", &["list organisations", "manage registry staff", "set registry policy"]),
            ("registry auditor", &["list organisations", "read registry audit"]),
            (
                "centre coordinator",
                &["see pairing", "list organisations", "read patient identity", "read proxy identity"],
            ),
            ("other coordinator", &["list organisations"]),
        ];
        for (name, actor) in &actors {
            let allowed: Vec<&str> = questions.iter().filter(|(_, ask)| ask(actor)).map(|(q, _)| *q).collect();
            let want = expected.iter().find(|(n, _)| n == name).map(|(_, w)| w.to_vec()).unwrap_or_default();
            assert_eq!(allowed, want, "{name}");
        }
    }

    fn letter(status: LetterStatus, by_caller: bool) -> LetterFacts {
        LetterFacts { writer_side: Side::Donor, status, by_caller }
    }

    const DONOR: Relation = Relation::Participant(Role::Donor);
    const PATIENT: Relation = Relation::Participant(Role::Patient);

    #[test]
    fn a_reader_sees_a_letter_only_once_it_is_delivered_and_may_then_answer_it() {
        for status in [LetterStatus::Draft, LetterStatus::InReview(Side::Patient), LetterStatus::Returned] {
            assert!(!may_see_letter(PATIENT, letter(status, false)), "{status:?}");
        }
        assert!(may_see_letter(PATIENT, letter(LetterStatus::Delivered, false)));
        assert!(letter_actions(PATIENT, letter(LetterStatus::Delivered, false)).reply);
    }

    #[test]
    fn the_writers_side_sees_its_own_letters_but_a_participant_only_those_they_wrote() {
        assert!(may_see_letter(DONOR, letter(LetterStatus::Draft, true)));
        assert!(!may_see_letter(DONOR, letter(LetterStatus::Delivered, false)), "a relative's letter");
        assert!(!may_see_letter(Relation::DonorSideStaff, letter(LetterStatus::Draft, false)), "drafts stay private");
        assert!(may_see_letter(Relation::DonorSideStaff, letter(LetterStatus::InReview(Side::Donor), false)));
    }

    #[test]
    fn the_readers_staff_see_a_letter_only_after_the_writers_side_passed_it_on() {
        let staff = Relation::PatientSideStaff;
        assert!(!may_see_letter(staff, letter(LetterStatus::InReview(Side::Donor), false)));
        assert!(may_see_letter(staff, letter(LetterStatus::InReview(Side::Patient), false)));
        assert!(letter_actions(staff, letter(LetterStatus::InReview(Side::Patient), false)).review);
        assert!(letter_actions(staff, letter(LetterStatus::Delivered, false)).translate);
    }

    #[test]
    fn only_the_side_whose_turn_it_is_reviews_and_only_the_writer_changes_or_withdraws() {
        let in_donor_review = letter(LetterStatus::InReview(Side::Donor), true);
        assert!(letter_actions(Relation::DonorSideStaff, in_donor_review).review);
        assert!(!letter_actions(Relation::PatientSideStaff, in_donor_review).review);
        assert!(!letter_actions(DONOR, in_donor_review).review);
        assert!(letter_actions(DONOR, in_donor_review).withdraw && !letter_actions(DONOR, in_donor_review).edit);
        let returned = letter(LetterStatus::Returned, true);
        assert!(letter_actions(DONOR, returned).edit);
        assert!(!letter_actions(Relation::DonorSideStaff, returned).edit);
        assert!(!letter_actions(DONOR, letter(LetterStatus::Delivered, true)).withdraw);
    }

    #[test]
    fn only_the_reader_asks_for_a_translation_and_only_of_a_delivered_letter() {
        assert!(letter_actions(PATIENT, letter(LetterStatus::Delivered, false)).request_translation);
        assert!(letter_actions(PATIENT, letter(LetterStatus::Read, false)).request_translation);
        assert!(!letter_actions(PATIENT, letter(LetterStatus::InReview(Side::Patient), false)).request_translation);
        assert!(
            !letter_actions(Relation::PatientSideStaff, letter(LetterStatus::Delivered, false)).request_translation
        );
        let own = LetterFacts { writer_side: Side::Patient, ..letter(LetterStatus::Delivered, true) };
        assert!(!letter_actions(PATIENT, own).request_translation, "the writer reads their own language");
    }
}
