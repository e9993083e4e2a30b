mail-letter-returned-subject = Ihr Brief wurde an Sie zurückgegeben
mail-letter-returned-body =
    Guten Tag,

    eine Koordinatorin oder ein Koordinator hat Ihren Brief zurückgegeben, damit Sie ihn ändern können, bevor er weitergegeben wird. Die Gründe finden Sie beim Brief:

    { $link }
mail-letter-delivered-subject = Ihr Brief wurde weitergegeben
mail-letter-delivered-body =
    Guten Tag,

    Ihr Brief wurde geprüft und weitergegeben. Sie können ihn hier ansehen:

    { $link }
mail-period-ended-subject = Ab heute dürfen Sie Ihre Identitäten austauschen, wenn Sie beide es wünschen
mail-period-ended-body =
    Guten Tag,

    die Wartezeit nach den Kontaktregeln ist am { $date } abgelaufen. Von nun an dürfen Sie und die andere Person voneinander erfahren, wer Sie sind, wenn Sie beide es wünschen und die Register ihre Schritte abgeschlossen haben. Es geschieht nichts, solange Sie es nicht wählen; was das bedeutet und Ihre Entscheidung finden Sie hier:

    { $link }
mail-digest-subject = Twinbridge: { $new } neue Vorgänge warten auf Ihre Organisation
mail-digest-body =
    Guten Tag,

    in Twinbridge warten { $count } Vorgänge auf Ihre Organisation, davon { $new } neu seit Ihrer letzten Übersicht. Alle finden Sie hier:

    { $link }
mail-escalation-subject = Twinbridge: { $count } Vorgänge warten länger als die Zielzeit Ihrer Organisation
mail-escalation-body =
    Guten Tag,

    { $count } Vorgänge warten länger als die Zielzeit Ihrer Organisation auf eine Antwort. Bitte sehen Sie sie sich an oder geben Sie sie an eine Kollegin oder einen Kollegen weiter:

    { $link }
mail-health-update-due-subject = In der Zuordnung { $reference } ist ein Gesundheitsbericht fällig
mail-health-update-due-body =
    Guten Tag,

    nach dem üblichen Zeitplan nach der Transplantation war am { $date } ein Gesundheitsbericht für den Spender in der Zuordnung { $reference } fällig. Sie können ihn hier erfassen:

    { $link }

waiting-heading = Was auf Sie wartet
waiting-none = Im Moment wartet nichts auf Sie.
waiting-pairing = Zuordnung { $reference }
waiting-since = seit { $date }
waiting-letter_to_review = Ein Brief zur Prüfung
waiting-health_update_to_review = Ein Gesundheitsbericht zur Prüfung
waiting-sign_off = Eine Identitätsfreigabe zum Abzeichnen
waiting-meeting_to_arrange = Ein Treffen zu organisieren
waiting-patient_to_record = Der Patient ist zu erfassen
waiting-letter_to_read = Ein Brief für Sie zum Lesen
waiting-letter_returned = Ihr Brief wurde zurückgegeben: bitte lesen Sie die Gründe
waiting-meeting_to_answer = Ein Vorschlag für ein Treffen wartet auf Ihre Antwort

account-mail-heading = Welche E-Mails Sie erhalten
account-mail-text = E-Mails enthalten nie Namen oder den Text von Briefen; sie sagen nur, dass etwas wartet. Was Sie hier abschalten, sehen Sie weiterhin auf Ihrer Startseite.
account-mail-letter-waiting = Ein Brief wurde mir zugestellt
account-mail-letter-returned = Mein Brief wurde mit Gründen an mich zurückgegeben
account-mail-letter-delivered = Mein Brief wurde weitergegeben (nur wenn die Leserin oder der Leser Lesebestätigungen teilt)
account-mail-period-ended = Die Wartezeit ist abgelaufen
account-mail-pairing-news = Andere Neuigkeiten in meiner Zuordnung (Identitätsfreigabe, Treffen, Gesundheitsberichte)
account-mail-case-waiting = In einer Zuordnung wartet sofort etwas auf meine Seite (Freigabe, Treffen)
account-mail-escalation = Ein Vorgang wartet länger als die Zielzeit meiner Organisation
account-mail-health-update-due = Ein Gesundheitsbericht ist fällig
account-digest-label = Übersicht über das, was auf meine Organisation wartet
account-digest-hourly = Höchstens einmal pro Stunde
account-digest-daily = Höchstens einmal pro Tag
account-digest-never = Nie
account-mail-save = E-Mail-Auswahl speichern

case-mail-given-up = E-Mails an diese Person konnten nicht zugestellt werden (zuletzt aufgegeben am { $date }). Bitte prüfen Sie die Adresse mit ihr.

orgtarget-heading = Zielzeit für wartende Vorgänge
orgtarget-lead = Wartet ein Brief, eine Freigabe oder ein anderer Vorgang länger als so viele Arbeitstage (Montag bis Freitag) auf Ihre Organisation, werden ihre Koordinatorinnen und Koordinatoren per E-Mail erinnert. Leer lassen für den Standardwert 5.
orgtarget-label = Arbeitstage
orgtarget-save = Zielzeit speichern
orgtarget-saved = Die Zielzeit für wartende Vorgänge wurde gespeichert.
orgtarget-invalid = Die Zielzeit muss eine ganze Zahl von Arbeitstagen zwischen 1 und { $max } sein, oder leer für den Standardwert.

mail-patient-came-of-age-subject = Der Patient in der Zuordnung { $reference } ist 18 geworden
mail-patient-came-of-age-body =
    Guten Tag,

    der Patient in der Zuordnung { $reference }, bisher durch einen Elternteil oder Vormund vertreten, ist 18 Jahre alt geworden. Ein eigenes Konto wurde eröffnet und eine Einladung verschickt. Bitte sprechen Sie mit ihm und der bisherigen Vertretung über den bisherigen Kontakt und darüber, wer ab jetzt für ihn spricht:

    { $link }
account-mail-patient-came-of-age = Ein als Minderjähriger vertretener Patient ist 18 geworden

orgretention-heading = Wie lange Identitäten aufbewahrt werden
orgretention-lead = Nach dem Abschluss eines Falls werden die Identitäten der Spenderinnen, Spender oder Patienten Ihrer Organisation so viele Monate aufbewahrt und dann endgültig gelöscht, sobald jeder Fall der Person abgeschlossen ist. Bereits zugestellte Briefe bleiben für die andere Seite lesbar. Leer lassen, um Identitäten bis zu einer Löschung auf Antrag aufzubewahren.
orgretention-label = Monate nach dem Abschluss
orgretention-save = Aufbewahrungsfrist speichern
orgretention-saved = Die Aufbewahrungsfrist wurde gespeichert.
orgretention-invalid = Die Aufbewahrungsfrist muss eine ganze Zahl von Monaten zwischen 1 und { $max } sein, oder leer.
waiting-translation_to_add = Eine Übersetzung wurde erbeten
