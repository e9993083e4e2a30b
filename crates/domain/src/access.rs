//! How an actor stands to a pairing: the first piece of the authorization rules (`product.md` §7). Every
//! handler that shows or changes a pairing asks [`relation_to`] and answers 404 when it says `None`.

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
        }
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
