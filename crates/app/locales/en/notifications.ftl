mail-letter-returned-subject = Your letter was returned to you
mail-letter-returned-body =
    Hello,

    a coordinator has returned your letter so that you can change it before it is passed on. Their reasons are with the letter:

    { $link }
mail-letter-delivered-subject = Your letter was passed on
mail-letter-delivered-body =
    Hello,

    your letter has been reviewed and passed on. You can see it here:

    { $link }
mail-period-ended-subject = From today you may exchange identities, if you both wish
mail-period-ended-body =
    Hello,

    the waiting period set by the contact rules ended on { $date }. From now on you and the other person may learn each other's identity, if you both wish it and once the registry has completed its steps. Nothing happens unless you choose it; you can read what this means and decide here:

    { $link }
mail-digest-subject = Twinbridge: { $new } new item(s) waiting for your organisation
mail-digest-body =
    Hello,

    { $count } item(s) wait for your organisation in Twinbridge, { $new } of them new since your last summary. You can see them all here:

    { $link }
mail-escalation-subject = Twinbridge: { $count } item(s) have waited longer than your organisation's target
mail-escalation-body =
    Hello,

    { $count } item(s) have waited longer than your organisation's target for a response. Please look at them, or pass them on to a colleague:

    { $link }
mail-health-update-due-subject = A health update is due in pairing { $reference }
mail-health-update-due-body =
    Hello,

    according to the usual schedule after the transplant, a health update for the donor in pairing { $reference } was due on { $date }. You can record it here:

    { $link }

waiting-heading = Waiting for you
waiting-none = Nothing waits for you at the moment.
waiting-pairing = Pairing { $reference }
waiting-since = since { $date }
waiting-letter_to_review = A letter to review
waiting-health_update_to_review = A health update to review
waiting-sign_off = An identity release to sign off
waiting-meeting_to_arrange = A meeting to arrange
waiting-patient_to_record = The patient to record
waiting-letter_to_read = A letter for you to read
waiting-letter_returned = Your letter was returned: please look at the reasons
waiting-meeting_to_answer = A meeting proposal to answer

account-mail-heading = Which e-mails you receive
account-mail-text = E-mails never contain names or the text of letters; they only tell you that something waits. Whatever you turn off here still shows on your home page.
account-mail-letter-waiting = A letter was delivered to me
account-mail-letter-returned = My letter was returned to me with reasons
account-mail-letter-delivered = My letter was passed on (only if the reader shares read receipts)
account-mail-period-ended = The waiting period has ended
account-mail-pairing-news = Other news in my pairing (identity release, meetings, health updates)
account-mail-case-waiting = Something in a pairing waits for my side right away (release sign-off, meeting)
account-mail-escalation = An item has waited longer than my organisation's target
account-mail-health-update-due = A health update is due
account-digest-label = Summary of what waits for my organisation
account-digest-hourly = At most once an hour
account-digest-daily = At most once a day
account-digest-never = Never
account-mail-save = Save e-mail choices

case-mail-given-up = E-mails to this person could not be delivered (last attempt given up on { $date }). Please check the address with them.

orgtarget-heading = Target for waiting items
orgtarget-lead = When a letter, a sign-off or another item has waited longer than this many working days (Monday to Friday) for your organisation, its coordinators are reminded by e-mail. Leave it empty for the default of 5.
orgtarget-label = Working days
orgtarget-save = Save target
orgtarget-saved = The target for waiting items was saved.
orgtarget-invalid = The target must be a whole number of working days from 1 to { $max }, or empty for the default.

mail-patient-came-of-age-subject = The patient in pairing { $reference } has turned 18
mail-patient-came-of-age-body =
    Hello,

    the patient in pairing { $reference }, represented until now by a parent or guardian, has turned 18. Their own account has been opened and they were sent an invitation. Please talk with them and their representative about the contact so far and who speaks for them from now on:

    { $link }
account-mail-patient-came-of-age = A patient represented as a minor has turned 18

orgretention-heading = How long identities are kept
orgretention-lead = After a case is closed, the identities of your organisation's donors or patients are kept for this many months and then erased for good, once every case the person takes part in is closed. Letters already delivered stay readable to the other party. Leave it empty to keep identities until they are erased on request.
orgretention-label = Months after the closing
orgretention-save = Save retention period
orgretention-saved = The retention period was saved.
orgretention-invalid = The retention period must be a whole number of months from 1 to { $max }, or empty.
waiting-translation_to_add = A reader asked for a translation
