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
error-back-home = Back to the home page
