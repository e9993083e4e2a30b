## Identity release, meetings and health updates (pairing page)
contact-release-heading = Learning each other's identity
contact-release-released = The identities were released on { $date }. Each of you sees what the other chose to share.
contact-release-requested = An exchange of identities was asked for on { $date }.
contact-release-stopped = The last request to exchange identities ended: { $reason }
contact-release-needs = Still needed before the identities are exchanged:
contact-needs-donor-sign-off = the donor's coordinator signs off for the donor's side
contact-needs-patient-sign-off = the patient's coordinator signs off for the patient's side
contact-release-explain = If you both agree, your coordinators check the conditions and then each of you sees the details the other chose to share, nothing more.
contact-release-ask = Ask to exchange identities
contact-sign-off-legend = What our side confirms
contact-sign-off = Sign off for our side
contact-attest-counselling_recorded = Our participant was counselled about meeting the other person
contact-attest-patient_well_confirmed = The patient is well enough
contact-attest-no_further_donation_expected = No further donation is expected
contact-attest-confidentiality_agreement = Our participant signed the confidentiality agreement
contact-counterpart-heading = What you know about the other person
contact-counterpart-none = Nothing yet.
contact-fact-first_name = First name
contact-fact-full_name = Full name
contact-fact-email = E-mail
contact-fact-phone = Phone
contact-fact-town = Town
contact-fact-postal_address = Postal address
contact-fact-country = Country
contact-fact-age_group = Age group
contact-fact-sex = Sex
contact-meetings-heading = Meeting in person
contact-meetings-none = No meeting has been proposed.
contact-meeting-proposed = Proposed
contact-meeting-accepted = Agreed
contact-meeting-declined = Declined
contact-meeting-cancelled = Cancelled
contact-meeting-proposed-by = proposed by the
contact-meeting-date = Date
contact-meeting-place = Place
contact-meeting-staff = From the organisations
contact-meeting-staff-input = Who of the organisations attends (one per line)
contact-meeting-media = Agrees to photos, film or press
contact-meeting-media-none = nobody
contact-meeting-media-donor = The donor agrees
contact-meeting-media-patient = The patient agrees
contact-meeting-accept = Yes, let us meet
contact-meeting-decline = No, thank you
contact-meeting-cancel = Call off the meeting
contact-meeting-arrange = Save the arrangements
contact-meeting-note = A few words to the other person (optional)
contact-meeting-propose = Propose a meeting
contact-updates-heading = Health updates
contact-updates-none = No health update yet.
contact-updates-next = The next update is due on
contact-updates-status = How the patient is
contact-updates-on = On
contact-updates-text = In plain words, for the donor
contact-updates-send = Send for review
contact-notice-release-requested = Your request was sent. The coordinators of both sides will check the conditions.
contact-notice-release-signed = Your sign-off was recorded.
contact-notice-release-released = The identities were released.
contact-notice-release-never = The contact rules of this pairing never allow the identities to be exchanged.
contact-notice-release-rules-unknown = The contact rules of this pairing do not say whether identities may be exchanged, so they are not.
contact-notice-release-waiting = The waiting period has not passed yet.
contact-notice-release-not-initiator = Under the contact rules of this pairing only the other side may ask.
contact-notice-release-consent = Both of you need to have chosen to share details in your contact choices first.
contact-notice-release-open = A request is already waiting for the coordinators.
contact-notice-release-done = This request has already ended.
contact-notice-release-moved = Someone else changed this request at the same moment. Please look again.
contact-notice-consent-withdrawn = a contact choice was changed.
contact-notice-stopped = it was stopped.
contact-notice-meeting-proposed = Your proposal was sent.
contact-notice-meeting-updated = The meeting was updated.
contact-notice-meeting-not-released = A meeting can be proposed once the identities have been exchanged.
contact-notice-meeting-consent = Both of you need to have chosen "meet" in your contact choices.
contact-notice-meeting-open = A meeting is already proposed or agreed.
contact-notice-meeting-wrong-state = This meeting cannot take that step any more.
contact-notice-meeting-own-proposal = Only the other person answers a proposal.
contact-notice-meeting-moved = Someone else changed this meeting at the same moment. Please look again.
contact-notice-meeting-invalid = Please check the date and the place.
contact-notice-health-recorded = The health update was sent to the donor's coordinator for review.
contact-notice-health-invalid = Please give the status, a date that is not in the future and a text.
contact-notice-not-allowed-by-rules = The contact rules of this pairing do not allow this.
contact-notice-rules-unknown = The contact rules of this pairing do not say whether this is allowed, so it is not.
contact-notice-consent = The donor or the patient does not wish this now.
contact-notice-failed = This did not work. Please try again.
mail-case-waiting-subject = Something waits for you in pairing { $reference }
mail-case-waiting-body =
    Hello,

    something waits for you in pairing { $reference } in Twinbridge:

    { $link }
mail-pairing-news-subject = There is news for you in Twinbridge
mail-pairing-news-body =
    Hello,

    there is news about your contact in Twinbridge. You can look when you are ready:

    { $link }
letters-error-paused = Letters cannot be passed on in this pairing at the moment. The coordinator will be in touch.
contact-notice-patient-deceased = the patient has died.
consent-help-no_contact = Nothing is passed on to you or from you; nobody will contact you about the other person.
consent-help-updates_only = You hear how the patient is doing (for the donor) or that the donor was told (for the patient), but no letters.
consent-help-anonymous_letters = You can write and receive letters. A coordinator reads each letter first and removes anything that could tell who you are.
consent-help-share_details = When the rules allow it and both of you agree, the other person sees only the details you tick below. Your coordinator checks everything first.
consent-help-meet = As above, and you would like to meet in person. A meeting is only arranged when the other person wants it too.
queue-health-update = Health update from the patient side
case-event-release-requested = Identity release asked for
case-event-release-released = Identities released
case-event-release-stopped = Identity release stopped
case-event-meeting = Meeting: { $status }
case-event-consent-paper = Consent of the { $role } from a signed form: { $level }
contact-paper-heading = Consent from a signed form
contact-paper-explain = When a participant chose on paper, record their choice here with a scan or photo of the signed form. The picture is cleaned of its metadata and kept encrypted; the consent history shows that you recorded it.
contact-paper-participant = Whose consent
contact-paper-signed-on = Signed on
contact-paper-file = The signed form (JPEG or PNG)
contact-paper-save = Record this consent
contact-notice-paper-recorded = The consent from the signed form was recorded.
contact-notice-paper-invalid = Please choose a level, the day it was signed and a readable JPEG or PNG of the form.
