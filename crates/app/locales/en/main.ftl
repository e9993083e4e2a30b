## Layout
site-name = Twinbridge
site-tagline = Contact between stem cell donors and their patients
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-faq = Questions and answers
lang-switch-label = Language
lang-name-en = English
lang-name-hi = हिन्दी
lang-name-de = Deutsch
footer-text = Twinbridge keeps donors and patients anonymous to each other until both agree and the rules allow otherwise.
footer-faq = Questions and answers

## Home
home-title = Contact between donors and patients, safely
home-lead = After a stem cell donation, donor and patient may only know each other through the registry. Twinbridge lets them stay in touch — by anonymous letters and, where the rules of both countries allow and both agree, by exchanging names and meeting.
home-donors-heading = For donors
home-donors-text = See what you may do now and from when: write to your patient, receive news about their health, and, if both of you wish and the rules allow, learn who they are. Your letters are checked so that nothing gives you away by accident.
home-patients-heading = For patients and families
home-patients-text = Thank your donor in your own words. Twinbridge shows you which rules apply, warns you while you write if something could identify you, and tells you when a letter from your donor is waiting. Parents, guardians and next of kin can write for the patient.
home-staff-heading = For registries and transplant centres
home-staff-text = One place for the contact rules of every country, a review queue for letters on both sides with a screen for identifying details, consent records and an audit trail — instead of spreadsheets and black markers.
home-faq-link = Read the questions and answers

## FAQ
faq-title = Questions and answers
faq-lead = What donors and patients most often ask about staying in touch after a stem cell donation.
faq-anonymity-q = Why are donor and patient anonymous to each other?
faq-anonymity-a = The first months and years after a transplant decide whether it succeeds, and the patient needs rest. The donor stays reserved for a possible second donation and should decide about it free of pressure. Anonymity also protects both sides from unwanted approaches and demands. Most countries therefore require anonymity at least for a while, and some for ever.
faq-rules-q = Whose rules apply?
faq-rules-a = The rules of both sides: the law of the donor's country and of the patient's country, and the policies of the donor registry and the transplant centre. Where they differ, the strictest rule applies. Twinbridge shows for every donor–patient pair what is allowed today and which rule decided it.
faq-told-q = What may I learn about the other person at first?
faq-told-a = Before any identities are exchanged, you may usually learn only a few general facts, such as sex, an approximate age and the country. Some registries tell nothing at all.
faq-letters-q = Can we write to each other?
faq-letters-a = In most countries, yes: anonymous letters are passed on through the registry and the transplant centre. Some countries allow only one letter, or a few within a set time; a few forbid all contact. Staff on both sides read every letter and remove anything that could identify the writer, such as names, towns, hospitals, employers, phone numbers or dates. A reply may take weeks or may never come; that is the other person's free choice.
faq-writing-q = What should I leave out of a letter?
faq-writing-a = Your name and initials, where you live or work, the name of the hospital, dates such as your birthday or the day of the transplant, photos that show your face, and any contact details or social media names. You can write about how you feel, your family in general terms, your hobbies and your hopes. Twinbridge warns you while you write.
faq-gifts-q = May I send a gift, a drawing or a photo?
faq-gifts-a = That depends on the countries. Some allow a small gift, others none at all; drawings and photos are allowed in some places and always checked by hand. Twinbridge shows what is allowed for your letters before you write.
faq-release-q = Can we ever learn each other's names?
faq-release-a = In some countries, yes: after a waiting period of one, two or five years, counted from the transplant or the last donation, and only if both of you agree in writing. The transplant centre must also confirm that the patient is well, and both sides are counselled first. In other countries, such as France, Italy and Spain, identities may never be exchanged. Each of you chooses which details to share.
faq-second-q = Why did the waiting period start again?
faq-second-a = If the donor gives cells again, for example lymphocytes or a second stem cell donation, many rules count the waiting period from the latest donation.
faq-meeting-q = Can we meet in person?
faq-meeting-a = Only after identities have been released and if both of you want to. The registry and the transplant centre help to prepare the first meeting. Meetings are rare and very moving; nobody is obliged to meet.
faq-updates-q = Will the donor hear how the patient is doing?
faq-updates-a = Often, yes: many transplant centres send short anonymous health updates, for example after a few months and after a year, if the patient allows it and the donor wants them. Some countries give none.
faq-cord-q = What about cord blood?
faq-cord-a = Contact with a cord blood donor is never possible.
faq-sad-q = What if the patient has died?
faq-sad-a = The donor is told with care, without further details, and can ask the registry for support. In some countries the patient's next of kin may write to the donor.
faq-consent-q = Can I change my mind?
faq-consent-a = Yes, at any time. You decide how much contact you want — none, health updates only, anonymous letters, sharing chosen details, or meeting — and you can withdraw. A withdrawal takes effect at once for anything not yet delivered.

## Errors
error-not-found-title = Page not found
error-not-found-text = There is nothing at this address, or you may not see it.
error-internal-title = Something went wrong
error-internal-text = Something went wrong on our side. Please try again later. If it keeps happening, tell your registry this error id:
error-unavailable-title = Please try again shortly
error-unavailable-text = The service cannot reach its database just now. Nothing you sent was changed or lost; please try again in a few seconds.
error-back-home = Back to the home page

## Signed-in navigation
nav-dashboard = Overview
nav-account = Account
nav-staff = Staff
nav-sign-in = Sign in
sign-out = Sign out

## Sign-in
sign-in-title = Sign in
sign-in-password-heading = With your password
sign-in-email = E-mail address
sign-in-password = Password
sign-in-totp = Code from your authenticator app (staff only)
sign-in-submit = Sign in
sign-in-link-heading = With a link by e-mail
sign-in-link-text = Donors, patients and families can sign in with a link sent to their e-mail address. It works once, for 15 minutes.
sign-in-link-submit = Send me a link
sign-in-code-used = This code from your authenticator app was used already. Wait for the next code (it changes every 30 seconds) and enter that one.
sign-in-failed = Sign-in failed. Check your e-mail address, password and code. After repeated failures, sign-in is paused for a while.
sign-in-link-sent-title = Check your e-mail
sign-in-link-sent-text = If this address belongs to an account, a sign-in link is on its way. It works once, for 15 minutes.
totp-title = Enter your code
totp-text = Open your authenticator app and enter the 6-digit code for Twinbridge. You can also use one of your recovery codes.
totp-code = Code
totp-submit = Continue
link-confirm-title = Sign in to Twinbridge
link-confirm-text = Press the button to sign in. The link works only once.
link-confirm-submit = Sign in
link-invalid-title = This link no longer works
link-invalid-text = Links work once and only for a limited time. Ask for a new one on the sign-in page.

## Overview after sign-in
dashboard-title = Overview
dashboard-text = Everything you can do in Twinbridge is linked here.
dashboard-account = Account settings: password, language, notification e-mail, signing out everywhere
dashboard-totp = Authenticator app: set it up or replace it
dashboard-staff = Staff of your organisation: invite and disable accounts

## Account settings
account-title = Account settings
account-language-heading = Language
account-language-label = Language of pages and e-mails
account-language-save = Save language
account-notify-heading = Notification e-mail
account-notify-text = Notifications go to your sign-in address unless you give another one here. They never contain names or other personal details.
account-notify-label = Notification e-mail (leave empty to use your sign-in address)
account-notify-save = Save notification e-mail
account-receipts-heading = Read receipts
account-receipts-text = When you open a letter, the writer sees "delivered". If you wish, they can see "read" instead. Nothing else about you is shared.
account-receipts-label = Let writers see when I have read their letters
account-receipts-save = Save read receipts
account-password-heading = Password
account-password-current = Current password (if you have one)
account-password-new = New password (at least 10 characters)
account-password-save = Set password
account-password-done = Your password is set. Your other sessions were signed out.
account-password-refused = The password was not changed: the current password is not right, or the new one is shorter than 10 characters.
account-everywhere-heading = Sign out everywhere
account-everywhere-text = Ends every session and API token of your account on all devices, including this one.
account-everywhere-submit = Sign out everywhere
account-saved = Saved.
account-invalid-email = That is not a valid e-mail address.

## Authenticator enrolment
enrol-title = Set up your authenticator app
enrol-text = Staff sign in with a password and a code from an authenticator app. Scan the QR code with the app, or type in the key, then enter the code the app shows.
enrol-key = Key
enrol-qr-alt = QR code to add Twinbridge to an authenticator app
enrol-code = Code from the app
enrol-submit = Confirm
enrol-refused = That code did not match. Check that the time on your phone is right and try again.
recovery-title = Your recovery codes
recovery-text = Keep these codes in a safe place. If you lose your phone, each code works once instead of a code from the app. They are shown only now.
recovery-continue = Continue

## Staff management
staff-title = Staff
staff-list-heading = Staff accounts
staff-col-name = Name
staff-col-email = E-mail address
staff-col-roles = Roles
staff-col-status = Status
staff-col-action = Action
staff-active = Active
staff-disabled = Disabled
staff-disable = Disable
staff-enable = Enable
staff-invite-heading = Invite a staff member
staff-name = Name
staff-email = E-mail address
staff-roles = Roles
role-coordinator = Coordinator
role-administrator = Administrator
role-auditor = Auditor
staff-invite-submit = Send invitation
staff-invited = The invitation is on its way.
staff-invite-refused = The invitation was not sent. Check the name and the address (it may already have an account), and choose at least one role.
invitation-title = Welcome to Twinbridge
invitation-text = Choose a password of at least 10 characters. Next you will set up your authenticator app.
invitation-password = Password
invitation-submit = Set password

## E-mails
mail-sign-in-link-subject = Your sign-in link for Twinbridge
mail-sign-in-link-body =
    Hello,

    here is your link to sign in to Twinbridge. It works once, for { $minutes } minutes:

    { $link }

    If you did not ask for it, you can ignore this message.
mail-invitation-subject = Your invitation to Twinbridge
mail-invitation-body =
    Hello,

    you have been invited to work in Twinbridge. Open this link to choose your password and set up your authenticator app. It works for { $days } days:

    { $link }

## Rules by country
nav-rules = Rules by country
rules-title = Contact rules by country
rules-lead = What the law and the registries of each country allow after an unrelated stem cell donation. When donor and patient live in different countries, the stricter rule of the two applies. The facts come from public sources, linked in each row; when a fact is not known it says so, and Twinbridge never reads it as permission.
rules-caption = One row per country law or organisation policy in the rule data
rules-col-country = Country
rules-col-rule = Law or organisation
rules-col-letters = Anonymous letters
rules-col-release = Exchanging identities
rules-col-sources = Sources
rules-kind-law = Law of the country
rules-kind-main = Main registry of the country
rules-kind-residence = Requirement for everyone living in the country
rules-kind-organisation = Organisation policy
rules-letters-allowed = Allowed
rules-letters-forbidden = Not allowed
rules-letters-not-mention = letters must not mention: { $kinds }
rules-letters-max = at most { $count } per side
rules-release-never = Never
rules-release-after = After { $months } months, if both agree
rules-release-after-unknown = After a waiting period of unknown length
rules-unknown = Not known
rules-not-stated = Not stated

## Organisation contact policy
nav-policy = Contact policy
dashboard-policy = Your organisation's contact policy: set your own rules
orgpolicy-title = Contact policy of your organisation
orgpolicy-lead = Your organisation follows the rule entry { $entry }. Here you can set your own rules: they replace what that entry says, topic by topic. They may be stricter, or different where the law of your country allows. Pairings use them at once.
orgpolicy-entry-none = (none)
orgpolicy-letters-forbidden = No anonymous letters at all
orgpolicy-max-letters = At most this many letters from each side (empty: as the rule entry says)
orgpolicy-gifts = Gifts with letters
orgpolicy-photos = Photos and drawings with letters
orgpolicy-release = Exchanging identities
orgpolicy-months = Waiting period in months
orgpolicy-counted-from = Counted from
orgpolicy-as-entry = As the rule entry says
orgpolicy-gifts-none = No gifts
orgpolicy-gifts-small = Small gifts
orgpolicy-gifts-allowed = Gifts allowed
orgpolicy-photos-none = No photos
orgpolicy-photos-allowed = Photos allowed
orgpolicy-release-never = Never
orgpolicy-release-after = After a waiting period
orgpolicy-from-last_donation = the last donation (DLI included)
orgpolicy-from-first_transplant = the first transplant
orgpolicy-from-last_transplant = the last transplant
orgpolicy-from-first_collection = the first collection
orgpolicy-from-unknown = a day the sources do not name
orgpolicy-source = Web address where your policy is written down
orgpolicy-save = Save policy
orgpolicy-saved = The policy is saved and applies to your pairings now.
orgreview-heading = Letter review
orgreview-lead = Normally coordinators on both sides read every letter. If your staff do not review letters, the machine screen removes what it finds on your side instead; the other side still reviews, and if neither side wants to, the writer's side always does.
orgreview-checkbox = Our coordinators review letters on our side
orgreview-save = Save letter review
orgreview-saved = The letter review setting is saved and applies to letters from now on.
orgpolicy-refused = Not saved: this would be more permissive than the law of your country on { $dimensions }.
orgpolicy-invalid = Not saved: check the numbers (months 1 to 240, letters 1 to 50) and give the web address of your policy.
orgpolicy-history = Changes
orgpolicy-col-when = When
orgpolicy-col-who = Who
orgpolicy-col-what = What was set
orgpolicy-summary-letters-max = at most { $count } letters per side
orgpolicy-summary-release-after = identities after { $months } months
orgpolicy-summary-empty = as the rule entry says
dim-anonymous_letters = anonymous letters
dim-gifts = gifts
dim-photos = photos
dim-identity_release = exchanging identities

## Pairings
nav-pairings = Pairings
dashboard-pairings = Your pairings and what the rules allow in each today
pairings-title = Pairings
pairings-empty = There are no pairings for you yet.
pairings-col-reference = Reference
pairings-col-side = Side
pairings-col-role = Role
side-donor = Donor side
side-patient = Patient side
participant-donor = Donor
participant-patient = Patient
participant-proxy = Family member or guardian
pairing-title = Pairing
pairing-today = What is possible today
pairing-rules-heading = Rules and sources
pairing-col-topic = Topic
pairing-col-rule = Rule
pairing-col-says = What it says
explain-cord = After a cord blood donation there is no contact: no letters, and identities are never exchanged.
explain-letters-now = You can write anonymous letters now.
explain-letters-remaining = { $count ->
    [one] You can write one more anonymous letter.
   *[other] You can write { $count } more anonymous letters.
    }
explain-letters-not-now = You cannot write an anonymous letter just now.
explain-letters-forbidden = The rules do not allow anonymous letters for this pairing.
explain-letters-unknown = Whether anonymous letters are allowed is not known; ask your registry.
explain-gifts-none = Gifts are not allowed.
explain-gifts-small = A small gift is allowed.
explain-gifts-allowed = Gifts are allowed.
explain-gifts-unknown = Whether gifts are allowed is not known; ask your registry.
explain-photos-none = Photos and drawings are not allowed.
explain-photos-allowed = Photos and drawings are allowed.
explain-photos-unknown = Whether photos and drawings are allowed is not known; ask your registry.
explain-release-never = The rules of one of the two countries do not allow identities to be exchanged, ever.
explain-release-unknown = Whether identities may ever be exchanged is not known; ask your registry.
explain-release-passed = The waiting period is over: identities may be exchanged if both of you agree and the remaining conditions are met.
explain-release-after = Identities may be exchanged from { $date } at the earliest, if both of you agree.
explain-release-date-unknown = Identities may be exchanged after a waiting period of { $months } months; the date cannot be told yet.
explain-open-conditions = Still needed before identities can be exchanged: { $conditions }.
explain-letters-total = { $count ->
    [one] Only one letter may be exchanged in all, by both sides together.
   *[other] At most { $count } letters may be exchanged in all, by both sides together.
    }
explain-gifts-count = { $count ->
    [one] At most one gift in all.
   *[other] At most { $count } gifts in all.
    }
explain-consent-first = The rules want your consent to letters recorded before you write: choose your contact level on this page.
explain-forbidden-content = Letters in this pairing must not mention: { $kinds }.
explain-release-length-unknown = Identities may be exchanged only after a waiting period whose length is not known; ask your registry.
explain-conditions-unknown = Which further conditions apply before identities can be exchanged is not known; ask your registry.
content-name = names
content-initials = initials
content-residence = where you live
content-address = addresses
content-date_of_birth = dates of birth
content-age = ages
content-hospital = hospitals or where the donation took place
content-country = your country
content-social_media = social media accounts
content-disease = the disease
content-donation_details = the date or place of the donation
content-contact_details = e-mail addresses or phone numbers
condition-both_written_consent = both of you agree in writing
condition-counselling_recorded = counselling for both of you is recorded
condition-patient_well_confirmed = the transplant centre confirms the patient is well
condition-no_further_donation_expected = no further donation is expected
condition-regular_letters_first = anonymous letters were exchanged first
condition-confidentiality_agreement = a confidentiality agreement is signed
dim-health_updates = health updates
dim-before_release = what may be told before

## Audit
nav-audit = Audit trail
dashboard-audit = The audit trail of your organisation
audit-title = Audit trail
audit-lead = Every sign-in, identity read and decision of your organisation, newest first. Events hold ids only; the trail is a hash chain checked with "twinbridge audit verify".
audit-action = Action
audit-subject = Subject (e.g. a pairing id)
audit-actor = Actor (account id)
audit-from = From
audit-to = To
audit-filter = Filter
audit-col-when = When

## Letters
mail-letter-waiting-subject = A letter is waiting for you in Twinbridge
mail-letter-waiting-body =
    Hello,

    a letter is waiting for you in Twinbridge. You can read it when you are ready:

    { $link }

## Letter pages
nav-review = Review
dashboard-review = Letters waiting for your review
pairing-letters = Letters
pairing-no-letters = No letters yet.
pairing-write = Write a letter
write-title = Write an anonymous letter
write-rules-heading = What the rules allow
write-guidance = Write from the heart, but leave out anything that could tell who you are: your name, where you live or work, the hospital, dates, phone numbers, e-mail or social media names. Staff on both sides read the letter before it is passed on.
write-body = Your letter
write-warnings-heading = This could identify you
write-no-warnings = No identifying details found. Staff will still read the letter.
write-warnings-never-block = Warnings are suggestions; they never stop you from sending.
write-check = Check
write-save-draft = Save draft
write-send = Send for review
letter-title = Letter
letter-from-donor = Letter from the donor
letter-from-patient = Letter from the patient side
letter-status-draft = draft
letter-status-in_review = in review
letter-status-returned = returned to the writer
letter-status-rejected = not passed on
letter-status-delivered = delivered
letter-status-read = read
letter-status-withdrawn = withdrawn
letter-reasons = Reasons from the reviewers
letter-reply = Write an answer
letter-back = Back to the pairing
letter-pictures = Pictures
picture-kind = What it is
picture-kind-card = Card
picture-kind-drawing = Drawing
picture-kind-photo = Photo
picture-file = Picture (JPEG or PNG, at most 8 MB)
picture-add-heading = Add a card, drawing or photo
picture-hint = Choose pictures that show nothing about who you are or where you live: no faces, names, house numbers, number plates, school uniforms or hospital signs. Information stored in the file (such as where and when a photo was taken) is removed, and staff on both sides look at every picture before it is passed on.
picture-add = Add picture
picture-remove = Remove this picture
picture-added = The picture is added.
picture-removed = The picture is removed.
review-pictures = Pictures (only ticked pictures are passed on)
review-picture-pass = Pass on
write-pictures-hint = The rules allow a card, drawing or photo with your letter: save the letter as a draft, then add pictures on the letter's page.
letters-error-picture = This file could not be taken: please choose a JPEG or PNG picture of at most 8 MB (at most 3 per letter).
letters-error-pictures-not-allowed = The contact rules of this pairing do not allow photos, drawings or cards with letters.
review-findings = What the screen found
review-suggested = Remove these (untick to keep)
review-also-remove = Also remove (words or phrases, separated by commas)
review-note = Reasons for the writer (needed to return or reject)
review-preview = Preview
review-preview-heading = What will be passed on
review-approve = Approve
review-return = Return to the writer
review-reject = Reject
review-done = Your decision is recorded.
review-writer-side-screen-only = The writer's side does not review letters by hand: the machine screen removed what it found before this text reached you. Yours is the only reading by a person.
review-reader-side-screen-only = The reader's side does not review letters by hand: your approval delivers this letter at once, after the screen has removed what it finds with the reader's details.
queue-title = Letters waiting for review
queue-empty = No letters are waiting for your side.
queue-col-letter = Letter
queue-col-stage = Review
queue-col-waiting = Waiting
queue-stage-writer = writer's side (original)
queue-stage-reader = reader's side
queue-hours = { $hours } h
letters-error-quota-used = Every letter the rules allow from your side has been sent.
letters-error-awaiting-reply = The rules allow your next letter only after an answer to the last one.
letters-error-other-side-writes-first = The rules let the other side write the first letter.
letters-error-window-closed = The time in which the rules allow letters has passed.
letters-error-not-yet = Letters are possible only after the transplant is recorded.
letters-error-consent = A letter is not possible with the contact chosen in this pairing.
letters-error-cord-blood = After a cord blood donation there is no contact.
letters-error-rules-unknown = Whether letters are allowed is not known; ask your registry.
letters-error-not-allowed-by-rules = The contact rules of this pairing do not allow anonymous letters.
letters-error-wrong-state = This letter is not waiting for this step.
letters-error-bad-input = Please check the letter: it must not be empty or too long, and returning or rejecting needs a reason.
letters-error-forbidden = This is not something you can do here.
letter-edit = Your letter (you can change it before sending)
letter-withdraw = Withdraw this letter
letter-saved = Saved.
letter-withdrawn = The letter is withdrawn; it will not be passed on.

## Consent
consent-heading = Your choice of contact
consent-text = You decide how much contact you want, and you can change your mind at any time. A change applies at once to anything not yet delivered.
consent-level = Contact
consent-no_contact = No contact
consent-updates_only = Health updates only
consent-anonymous_letters = Anonymous letters
consent-share_details = Share the details I choose below, once the rules allow
consent-meet = Meet in person, once the rules allow
consent-share = Details I would share after a release (only with the two last choices)
share-first_name = First name
share-full_name = Full name
share-country = Country
share-town = Town
share-email = E-mail address
share-phone = Phone number
share-postal_address = Postal address
share-photo = A photo
consent-save = Save my choice

## Cases
mail-participant-invitation-subject = Your invitation to Twinbridge
mail-participant-invitation-body =
    Hello,

    your registry or transplant centre has invited you to Twinbridge, where you can see what contact is possible after the donation and exchange anonymous letters. Open this link to sign in. It works for { $days } days:

    { $link }
letter-translation = Translation
letter-add-translation = Attach a translation
letter-translation-language = Language of the translation (e.g. en, de, hi)
letter-translation-text = Translated text (it is screened too)
letter-translation-save = Attach translation

date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
write-kept = You were signed out while writing. Your letter was kept: check it and send it when you are ready.
letters-error-bad-text = Please write your letter: it cannot be sent empty, and it must not be longer than a few pages.
finding-not-allowed = not allowed in letters under this pairing’s contact rules
tokens-title = Service tokens for registry systems
tokens-link = Service tokens for your registry's systems
tokens-intro = A registry system (your donor or case system) calls the Twinbridge API with a token of its own. It acts with your coordinators' rights, only as far as its scopes allow, never as a donor or patient, and every use is recorded in the audit trail.
tokens-created-heading = New token
tokens-created-once = Copy this token into the system that will use it now: it is shown only this once.
tokens-col-name = Name
tokens-col-scopes = Scopes
tokens-col-created = Created
tokens-col-used = Last used
tokens-col-action = Action
tokens-never-used = not yet
tokens-revoked = revoked
tokens-revoke = Revoke
tokens-new-heading = Create a token
tokens-name = Name (which system uses it)
tokens-scopes = What it may do
tokens-create = Create token
tokens-error-name = Give the token a name of one line, at most 100 characters.
tokens-error-scopes = Choose at least one thing the token may do.
tokens-error-taken = A token of this name exists; choose another name or revoke the old token.
scope-cases-read = read cases and their rules
scope-cases-write = open and update cases (includes reading them)
scope-letters-read = read letters and the review queue
scope-registrations-read = read potential-donor registrations
scope-questions-read = read questions
scope-statistics-read = read statistics
scope-identities-read = see the identities of your own participants
mydata-title = Your data
mydata-intro = Everything Twinbridge holds about you: your details, your contact choices over time, the letters you wrote and received (as they reached you) and the record of what was done with your account and details. Nothing about the other person is in it.
mydata-download = Download it as a file (JSON)
mydata-link = See all data held about you, or download it
mydata-identity = Your details
mydata-pairing = Pairing
mydata-consents = Your contact choices over time
mydata-letters = Letters
mydata-written = written by you
mydata-received = received by you
mydata-events = What was done with your account and details
mydata-col-when = When
mydata-col-what = What
mydata-field-legal_name = Name
mydata-field-preferred_first_name = First name you use
mydata-field-email = E-mail
mydata-field-phone = Phone
mydata-field-postal_address = Postal address
mydata-field-town = Town
mydata-field-country = Country
mydata-field-date_of_birth = Date of birth
mydata-field-language = Language
mydata-field-sex = Sex
mydata-field-other_identifiers = Other identifiers
mydata-field-grid = Donor number (GRID)

## Webhooks
webhooks-title = Webhooks for registry systems
webhooks-link = Webhooks: tell your registry's systems when something needs them
webhooks-intro = Twinbridge posts a short signed message to your system's address when a letter waits for your organisation's review, when a side signs off an identity release, or when someone asks your organisation a question. The message holds ids only, never a name or a text: your system fetches the rest through the API with a service token.
webhooks-created-heading = New subscription
webhooks-created-once = Copy this signing secret into the receiving system now: it is shown only this once. Your system checks each message's Twinbridge-Signature header with it.
webhooks-col-url = Address
webhooks-col-events = Events
webhooks-col-created = Created
webhooks-col-last = Latest delivery
webhooks-col-action = Action
webhooks-no-delivery = none yet
webhooks-status-pending = waiting or being retried
webhooks-status-delivered = delivered
webhooks-status-given-up = given up
webhooks-delete = Delete
webhooks-new-heading = Add a subscription
webhooks-url = Address of your system (https://)
webhooks-url-hint = Only https:// addresses; http:// is accepted for this computer's own addresses (127.0.0.1, localhost) for testing.
webhooks-events = What to tell it
webhooks-event-letter-waiting = a letter waits for your organisation's review
webhooks-event-release-signed-off = a side signed off an identity release (or completed it)
webhooks-event-question-asked = a question was asked of your organisation
webhooks-create = Add subscription
webhooks-error-url = Give an https:// address (http:// only for 127.0.0.1 or localhost), without a user name or password.
webhooks-error-events = Choose at least one event.

## Words for the codes of the rule data, in rule summaries shown to staff.
code-after_period = after a waiting period
code-last_donation = the last donation
code-first_collection = the first collection
code-first_transplant = the first transplant
code-last_transplant = the last transplant
code-both_written_consent = written consent of both
code-counselling_recorded = counselling recorded
code-patient_well_confirmed = the patient's health confirmed
code-no_further_donation_expected = no further donation expected
code-age_group = age group
code-disease_category = kind of disease
code-date_of_birth = date of birth
code-contact_details = contact details
code-donation_details = details of the donation
code-social_media = social media
code-confidentiality_agreement = a confidentiality agreement
code-regular_letters_first = regular letters first
code-transplant_centre = the transplant centre
code-postal_address = postal address
code-first_name = first name
code-full_name = full name
autosave-hint = Your letter is saved as a draft while you write and whenever you press a button.
autosave-saved = Saved as a draft.
autosave-failed = Not saved just now. Your text is still here; press "Save draft" to keep it.
write-draft-saved = Your letter was saved as a draft.
form-kept = You were signed out before this was sent. What you typed was kept: check it and send it again.
audit-action-sign_in = Signed in
audit-action-sign_in_failed = Sign-in failed
audit-action-sign_out = Signed out
audit-action-sign_in_link_sent = Sign-in link sent
audit-action-invitation_accepted = Invitation accepted
audit-action-password_changed = Password changed
audit-action-totp_enrolled = Authenticator app set up
audit-action-read_receipts_changed = Read receipts choice changed
audit-action-signed_out_everywhere = Signed out everywhere
audit-action-staff_invited = Staff member invited
audit-action-staff_disabled = Staff account disabled
audit-action-staff_enabled = Staff account enabled again
audit-action-identity_read = Identity read
audit-action-data_exported = Own data downloaded
audit-action-person_erased = Person erased
audit-action-case_closed = Case closed
audit-action-retention_changed = Retention period changed
audit-action-pairing_created = Case opened
audit-action-patient_attached = Patient added to the case
audit-action-donation_recorded = Donation recorded
audit-action-transplant_recorded = Transplant date recorded
audit-action-patient_status_recorded = Patient's health recorded
audit-action-consent_changed = Consent changed
audit-action-letter_drafted = Letter draft saved
audit-action-letter_revised = Letter changed
audit-action-letter_submitted = Letter sent for review
audit-action-letter_withdrawn = Letter withdrawn
audit-action-letter_reviewed = Letter reviewed
audit-action-letter_screened_in_place_of_review = Letter checked automatically in place of a review
audit-action-letter_translated = Translation attached
audit-action-letter_translation_requested = Translation asked for
audit-action-letter_picture_added = Picture added to a letter
audit-action-letter_picture_removed = Picture removed from a letter
audit-action-organisation_policy_changed = Organisation's contact rules changed
audit-action-organisation_letter_review_changed = Letter review setting changed
audit-action-keys_rotated = Encryption keys rotated
audit-action-service_token_created = Access for a registry system created
audit-action-service_token_revoked = Access for a registry system revoked
audit-action-service_token_used = Registry system made a request
audit-action-backup_made = Backup made
audit-action-organisation_added = Organisation added
audit-action-letter_entered = Paper letter entered
audit-action-letter_exported = Letter printed or exported
audit-action-letter_sent = Letter marked as sent
audit-action-participant_reinvited = Invitation sent again
audit-action-participant_email_changed = Participant's e-mail changed
audit-action-pairings_imported = Cases imported
audit-action-release_requested = Identity release asked for
audit-action-release_signed_off = Identity release signed off
audit-action-release_completed = Identities released
audit-action-release_stopped = Identity release stopped
audit-action-meeting_changed = Meeting changed
audit-action-mail_choices_changed = E-mail choices changed
audit-action-mail_given_up = E-mail could not be delivered
audit-action-waiting_target_changed = Target time for waiting work changed
audit-action-registration_ages_changed = Registration ages changed
audit-action-patient_came_of_age = Patient came of age
audit-action-notice_sent = Notice sent
audit-action-registration_received = Donor registration received
audit-action-registration_confirmed = Donor registration confirmed
audit-action-registration_status_changed = Registration status changed
audit-action-registration_erased = Registration erased
audit-action-registrations_read = Registrations read
audit-action-question_asked = Question asked
audit-action-question_answered = Question answered
audit-action-question_followed_up = Question followed up
audit-action-question_closed = Question closed
audit-action-webhook_created = Webhook created
audit-action-webhook_deleted = Webhook deleted
audit-actor-system = The system
audit-actor-other-staff = Staff of another organisation
audit-actor-service = A registry system
audit-actor-donor = The donor
audit-actor-patient = The patient
audit-actor-proxy = Someone acting for the patient
audit-actor-unknown = An account that no longer exists
audit-actor-events = Only this person's events
review-own-lead = Your side has approved this letter. What it removed and what it kept:
review-own-removed = removed
review-own-kept = kept
review-own-also = Your side also removed
letters-error-already-translated = This letter already has a translation into your language: you find it below the letter.
audit-action-translation_requested = Translation asked for by the reader

## Pages of long lists (keyset pages: "next" continues after the last line shown).
pages-label = Pages
pages-first = First page
pages-next = Next page
