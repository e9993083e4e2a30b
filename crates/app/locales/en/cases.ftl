# Coordinators' case pages: the case list with search and filters, the case at a glance, the participant of
# one's own side, the timeline; the review queue's pairing and waiting days.

cases-search-label = Search by reference
cases-search-button = Show
cases-filter-label = Show only
cases-filter-all = All cases
cases-filter-waiting = Something waits for us
cases-filter-in_review = Letters in review
cases-filter-release_soon = Identity release within 30 days
cases-filter-closed = Closed
cases-caption = Your cases, with what waits in each
cases-empty-filtered = No case matches this search.
cases-col-status = Status
cases-col-donor-country = Donor's country
cases-col-patient-country = Patient's country
cases-col-donation = Last donation
cases-col-transplant = Transplant
cases-col-release = Earliest identity release
cases-col-waiting = What waits
cases-waiting-patient = the patient is to be recorded
cases-waiting-letters = { $count } letters to review

case-status-awaiting_patient_side = waiting for the patient side
case-status-open = open
case-status-closed = closed

case-product-pbsc = peripheral blood stem cells
case-product-bone-marrow = bone marrow
case-product-dli = donor lymphocytes (DLI)
case-product-cd34-boost = CD34 boost
case-product-cord-blood = cord blood

case-patient-status-well = well
case-patient-status-in_treatment = in treatment
case-patient-status-relapsed = relapsed
case-patient-status-deceased = deceased
case-patient-status-unknown = unknown

case-summary-heading = The case
case-participant-donor = Our donor
case-participant-patient = Our patient
case-participant-name = Name
case-participant-email = E-mail
case-participant-grid = GRID
case-participant-town = Town
case-participant-born = Date of birth
case-participant-none = No participant of your side is recorded yet.

case-timeline-heading = Timeline
case-timeline-caption = What happened in this case, oldest first
case-timeline-col-date = Date
case-timeline-col-event = Event
case-timeline-empty = Nothing recorded yet.
case-event-donation = Donation: { $product }
case-event-transplant = Transplant
case-event-patient-status = Patient's status: { $status }
case-event-letter = { $from }: { $status }
case-event-consent = Consent of the { $role }: { $level }

queue-caption = Letters waiting for your side's review, oldest first
queue-col-pairing = Pairing
queue-days = { $days } days

case-sex = Sex
case-sex-hint = Some countries let the other side be told the sex before identities are released.
case-sex-none = Not recorded
case-sex-female = Female
case-sex-male = Male
case-sex-diverse = Diverse
