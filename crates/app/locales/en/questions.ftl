ask-title = Ask a question
ask-lead-participant = Your question goes to the staff of your own registry or transplant centre, never to the other person or their side. You get an e-mail when the answer is there.
ask-lead-visitor = Your question goes to the staff of the registry. We first send you an e-mail to confirm your address; then your question reaches them, and you get an e-mail when the answer is there.
ask-faq-first = Many questions are answered in the FAQ:
ask-about = What is your question about?
ask-about-general = A general question
ask-email = Your e-mail address
ask-email-hint = Only the registry's staff see it, to answer you.
ask-body = Your question
ask-body-hint = Please do not write names, places or other details of the other person.
ask-submit = Send the question
ask-own-heading = Your questions
ask-sent-title = Please confirm your e-mail address
ask-sent-text = We have sent you an e-mail with a link. Your question reaches the registry once you have followed it.
ask-invalid-email = Please enter an e-mail address such as name@example.org.
ask-invalid-body = Please write your question (at most 5,000 characters).
ask-invalid-organisation_id = Questions cannot be sent on this site at the moment.
question-title = Question
question-status = Status
question-pairing = Pairing
question-status-unconfirmed = Waiting for you to confirm your e-mail address
question-status-open = Waiting for an answer
question-status-answered = Answered
question-status-closed = Closed
question-thread = Messages
question-from-asker = Question
question-from-staff = Answer from the staff
question-warnings-heading = Identifying details in this question
question-warnings-text = The screen found details that could identify the asker or others. Do not pass them on to the other side.
question-confirm-text = Please confirm your e-mail address so that your question reaches the registry.
question-confirm-submit = Confirm and send my question
question-answer-heading = Answer
question-answer-label = Your answer
question-faq-label = Add an answer from the FAQ (optional)
question-faq-none = None
question-answer-submit = Send the answer
question-follow-heading = Write again
question-follow-label = Your message
question-follow-submit = Send
question-close = Close the question
question-notice-answered = The answer was sent; the asker is told by e-mail.
question-notice-sent = Your message was sent.
question-notice-closed = The question was closed.
question-notice-conflict = The question changed meanwhile, or is closed; nothing was sent.
question-notice-invalid = Please write a message (at most 5,000 characters).
questions-title = Questions
questions-ask = Ask a question
questions-none = No questions.
questions-caption-staff = Questions to your organisation, open ones first and the longest waiting first
questions-caption-own = Your questions
questions-col-question = Question
questions-col-waiting = Since the last change
questions-hours = { $hours } h
waiting-general = General question
waiting-question_to_answer = A question to answer
waiting-question_answered = Your question was answered
dashboard-questions = Questions
account-mail-question-answered = My question was answered
mail-question-confirm-subject = Please confirm your question to the registry
mail-question-confirm-body =
    Hello,

    please confirm your e-mail address with this link, so that your question reaches the registry's staff. The same link shows their answer later:

    { $link }

    If you did not ask a question, you can ignore this e-mail.
mail-question-answered-subject = Your question has been answered
mail-question-answered-body =
    Hello,

    the staff have answered your question. You can read the answer here:

    { $link }
