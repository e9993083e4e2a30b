ask-title = Eine Frage stellen
ask-lead-participant = Ihre Frage geht an das Team Ihres eigenen Registers oder Transplantationszentrums, nie an die andere Person oder deren Seite. Sie erhalten eine E-Mail, wenn die Antwort da ist.
ask-lead-visitor = Ihre Frage geht an das Team des Registers. Wir schicken Ihnen zuerst eine E-Mail, um Ihre Adresse zu bestätigen; dann erreicht Ihre Frage das Team, und Sie erhalten eine E-Mail, wenn die Antwort da ist.
ask-faq-first = Viele Fragen beantworten die häufigen Fragen:
ask-about = Worum geht es in Ihrer Frage?
ask-about-general = Eine allgemeine Frage
ask-email = Ihre E-Mail-Adresse
ask-email-hint = Nur das Team des Registers sieht sie, um Ihnen zu antworten.
ask-body = Ihre Frage
ask-body-hint = Bitte schreiben Sie keine Namen, Orte oder anderen Angaben zur anderen Person.
ask-submit = Frage senden
ask-own-heading = Ihre Fragen
ask-sent-title = Bitte bestätigen Sie Ihre E-Mail-Adresse
ask-sent-text = Wir haben Ihnen eine E-Mail mit einem Link geschickt. Ihre Frage erreicht das Register, sobald Sie ihm gefolgt sind.
ask-invalid-email = Bitte geben Sie eine E-Mail-Adresse wie name@example.org ein.
ask-invalid-body = Bitte schreiben Sie Ihre Frage (höchstens 5.000 Zeichen).
ask-invalid-organisation_id = Auf dieser Seite können derzeit keine Fragen gesendet werden.
question-title = Frage
question-status = Stand
question-pairing = Zuordnung
question-status-unconfirmed = Wartet auf die Bestätigung Ihrer E-Mail-Adresse
question-status-open = Wartet auf eine Antwort
question-status-answered = Beantwortet
question-status-closed = Abgeschlossen
question-thread = Nachrichten
question-from-asker = Frage
question-from-staff = Antwort des Teams
question-warnings-heading = Identifizierende Angaben in dieser Frage
question-warnings-text = Die Prüfung hat Angaben gefunden, die die fragende Person oder andere erkennbar machen könnten. Geben Sie sie nicht an die andere Seite weiter.
question-confirm-text = Bitte bestätigen Sie Ihre E-Mail-Adresse, damit Ihre Frage das Register erreicht.
question-confirm-submit = Bestätigen und Frage senden
question-answer-heading = Antwort
question-answer-label = Ihre Antwort
question-faq-label = Eine Antwort aus den häufigen Fragen einfügen (freiwillig)
question-faq-none = Keine
question-answer-submit = Antwort senden
question-follow-heading = Noch einmal schreiben
question-follow-label = Ihre Nachricht
question-follow-submit = Senden
question-close = Frage abschließen
question-notice-answered = Die Antwort wurde gesendet; die fragende Person erhält eine E-Mail.
question-notice-sent = Ihre Nachricht wurde gesendet.
question-notice-closed = Die Frage wurde abgeschlossen.
question-notice-conflict = Die Frage hat sich inzwischen geändert oder ist abgeschlossen; es wurde nichts gesendet.
question-notice-invalid = Bitte schreiben Sie eine Nachricht (höchstens 5.000 Zeichen).
questions-title = Fragen
questions-ask = Eine Frage stellen
questions-none = Keine Fragen.
questions-caption-staff = Fragen an Ihre Organisation, offene zuerst und die am längsten wartenden zuerst
questions-caption-own = Ihre Fragen
questions-col-question = Frage
questions-col-waiting = Seit der letzten Änderung
questions-hours = { $hours } Std.
waiting-general = Allgemeine Frage
waiting-question_to_answer = Eine Frage zu beantworten
waiting-question_answered = Ihre Frage wurde beantwortet
dashboard-questions = Fragen
account-mail-question-answered = Meine Frage wurde beantwortet
mail-question-confirm-subject = Bitte bestätigen Sie Ihre Frage an das Register
mail-question-confirm-body =
    Guten Tag,

    bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link, damit Ihre Frage das Team des Registers erreicht. Derselbe Link zeigt später die Antwort:

    { $link }

    Wenn Sie keine Frage gestellt haben, können Sie diese E-Mail ignorieren.
mail-question-answered-subject = Ihre Frage wurde beantwortet
mail-question-answered-body =
    Guten Tag,

    das Team hat Ihre Frage beantwortet. Sie können die Antwort hier lesen:

    { $link }
