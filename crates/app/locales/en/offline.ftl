# The other side works on paper: letters entered by staff, printed and posted.

letter-status-ready_to_send = approved, to be sent on paper
letter-status-sent = sent on paper
letters-error-no-participant = Nobody on your side of this pairing has been added yet, so the letter cannot be entered for them.

print-title = Letter
print-hint = Print this page (or save it as PDF) and send it to the other side's centre. The page holds only the approved text.
print-back = Back to the letter
print-heading = Anonymous letter
print-reference = Reference:
print-written-on = written on
print-quote-reference = Please quote this reference in any answer, so that it reaches the right person.

enter-title = Enter a letter received on paper
enter-intro = Type or paste the text of a letter that reached you on paper. It goes through the same screening and review as any letter written here.
enter-whose = Who wrote the letter?
enter-whose-other = The other side (their centre does not use this service)
enter-whose-own = Our participant (the letter was given to us on paper)
enter-received-on = Received on
enter-received-on-hint = The day the paper letter arrived. Leave empty for today.
enter-language = Language of the letter
enter-language-hint = A language code such as en, de or hi. Leave empty if you are unsure.
enter-body = Text of the letter
enter-review-hint = After entering, the letter waits for review like any other letter.
enter-submit = Enter the letter
enter-error-received-on = Please give the day of receipt as a date that is not in the future.
enter-error-not-offline = Letters of the other side can be entered only when its centre does not use this service.
enter-error-input = Please check the letter: it must not be empty or too long.

letter-marked-sent = The letter is recorded as sent.
send-heading = Sending on paper
send-intro = The other side's centre does not use this service. Print or export the letter, post it, then record that it was sent.
send-done = This letter has been sent on paper.
send-print = Printable page
send-export-txt = Download as text
send-export-pdf = Download as PDF
send-mark-sent = Record as sent
