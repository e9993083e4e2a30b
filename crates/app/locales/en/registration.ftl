register-title = Register as a potential blood stem cell donor
register-lead = Somewhere a patient with blood cancer or another blood disease is waiting for a donor whose tissue type matches theirs. Registering takes a few minutes and a cheek swab.
register-who = You can register if you are in good general health and within the registry's age range (usually 18 to 55).
register-faq-link = How registration and donation work
register-field-name = Your name
register-field-email = E-mail address
register-field-phone = Phone number
register-field-date_of_birth = Date of birth
register-field-region = Region or state
register-field-sex = Sex
register-field-consent = I agree that the registry stores these details, sends me a swab kit and contacts me if I could help a patient. I can withdraw at any time.
register-sex-female = Female
register-sex-male = Male
register-sex-diverse = Diverse
register-sex-unstated = I prefer not to say
register-submit = Register
register-too-young = Thank you for wanting to help! You can register from the age of { $min }. Please come back then — and tell your friends about donating.
register-too-old = Thank you for wanting to help! This registry registers new donors up to the age of { $max }, because younger donors give patients the best chances. You can still help by telling others about donating.
register-invalid-name = Please enter your name.
register-invalid-email = Please enter an e-mail address such as name@example.org.
register-invalid-phone = Please enter a phone number of at most 40 characters, or leave it empty.
register-invalid-date_of_birth = Please enter your date of birth as a date in the past.
register-invalid-sex = Please choose one of the options.
register-invalid-region = Please enter a region of at most 100 characters, or leave it empty.
register-invalid-consent = We can only register you with your consent. Please tick the box.
register-invalid-health_answers = The answers to the health questions could not be read.
register-invalid-organisation_id = Registration is not open on this site at the moment.
register-thanks-title = Thank you for registering
register-thanks-text = We have sent you an e-mail. Please follow the link in it to confirm your address; then the registry sends you a swab kit.
register-thanks-link = How registration and donation work
register-own-title = Your registration as a potential donor
register-own-status = Status
register-status-unconfirmed = Waiting for you to confirm your e-mail address
register-status-confirmed = Confirmed: the registry will send you a swab kit
register-status-kit_sent = Swab kit sent
register-status-typed = On the registry's list of potential donors
register-status-withdrawn = Withdrawn
register-confirm-heading = Confirm your e-mail address
register-confirm-text = Please confirm that this is your address, so that the registry can reach you.
register-confirm-submit = Confirm my registration
register-withdraw-heading = Withdraw and erase
register-withdraw-text = You can withdraw at any time. Your details are then erased; only the fact that a registration was withdrawn is kept.
register-withdraw-submit = Withdraw and erase my registration
register-erased-title = Your registration was erased
register-erased-text = Your details have been erased. Thank you for considering it — you are welcome to register again at any time.
register-erased-link = Back to the home page
registrations-title = Potential-donor registrations
registrations-filter = Show
registrations-all = All
registrations-show = Show
registrations-export = Download as a spreadsheet (CSV)
registrations-none = No registrations.
registrations-caption = Registrations, oldest first
registrations-col-received = Received
registrations-col-steps = Steps
registrations-step-kit_sent = Kit sent
registrations-step-typed = Typed
registrations-step-withdrawn = Withdraw
registrations-step-confirmed = Confirmed
registrations-step-unconfirmed = Unconfirmed
registrations-erase = Erase
registrations-done-status = The registration was updated.
registrations-done-erased = The registration was erased.
registrations-done-conflict = That step does not fit where the registration stands; nothing was changed.
dashboard-registrations = Potential-donor registrations
mail-registration-confirm-subject = Please confirm your registration as a potential donor
mail-registration-confirm-body =
    Hello,

    thank you for registering as a potential blood stem cell donor. Please confirm your e-mail address with this link (you can also withdraw there at any time):

    { $link }

    If you did not register, you can ignore this e-mail; nothing more will happen.
mail-registration-exists-subject = You are already registered as a potential donor
mail-registration-exists-body =
    Hello,

    someone, probably you, tried to register this e-mail address again. You are already registered. You can see your registration, confirm it or withdraw with this link:

    { $link }
home-register = Register as a potential donor
home-ask = Ask the registry a question
faq-donate-q = How do I register as a potential donor?
faq-donate-a = Fill in the registration form with your name, contact details and date of birth and give your consent. You confirm your e-mail address, receive a swab kit, rub the inside of your cheeks and send it back. A laboratory determines your tissue type (HLA), and from then on you are on the list that patients' doctors search worldwide.
faq-who-q = Who may register?
faq-who-a = Most registries take people from 18 to 55 years of age who are in good general health; some take 17-year-olds or older people, and some illnesses or medicines rule out donating. The registry checks this with you again before any donation.
faq-process-q = What does donating involve?
faq-process-a = Most donors give blood stem cells from the bloodstream: for a few days before, you get a medicine that moves stem cells into the blood, and the cells are collected over a few hours much like a blood donation. Sometimes bone marrow is taken from the hip bone under general anaesthesia. Both are done in specialised centres, and the costs are covered.
faq-later-q = Will I hear from the patient later?
faq-later-a = If you donate, you may exchange anonymous letters with the patient through the registry, where the rules of both countries allow it. Some countries allow you to learn each other's identity after a waiting period, if you both wish it; others never do. This site explains the rules for your pairing when the time comes.

orgages-heading = Who may register as a potential donor
orgages-lead = The ages at which your registry takes new potential donors on the public registration form. Younger people are refused with a kind message naming the age.
orgages-min = Youngest age
orgages-max = Oldest age
orgages-save = Save ages
orgages-saved = The ages for registration were saved.
orgages-invalid = The ages must be whole numbers from 16 to 70, the youngest not above the oldest.
