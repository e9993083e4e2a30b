register-title = Als mögliche Stammzellspenderin oder möglicher Stammzellspender registrieren
register-lead = Irgendwo wartet ein Mensch mit Blutkrebs oder einer anderen Bluterkrankung auf einen Spender, dessen Gewebemerkmale zu seinen passen. Die Registrierung dauert wenige Minuten und einen Wangenabstrich.
register-who = Sie können sich registrieren, wenn Sie allgemein gesund sind und im Altersbereich des Registers liegen (meist 18 bis 55 Jahre).
register-faq-link = So funktionieren Registrierung und Spende
register-field-name = Ihr Name
register-field-email = E-Mail-Adresse
register-field-phone = Telefonnummer
register-field-date_of_birth = Geburtsdatum
register-field-region = Region oder Bundesland
register-field-sex = Geschlecht
register-field-consent = Ich bin einverstanden, dass das Register diese Angaben speichert, mir ein Abstrich-Set schickt und mich kontaktiert, wenn ich einem Patienten helfen könnte. Ich kann jederzeit widerrufen.
register-sex-female = Weiblich
register-sex-male = Männlich
register-sex-diverse = Divers
register-sex-unstated = Keine Angabe
register-submit = Registrieren
register-too-young = Danke, dass Sie helfen möchten! Registrieren können Sie sich ab { $min } Jahren. Kommen Sie dann gern wieder – und erzählen Sie Ihren Freunden vom Spenden.
register-too-old = Danke, dass Sie helfen möchten! Dieses Register nimmt neue Spender bis zum Alter von { $max } Jahren auf, weil jüngere Spender den Patienten die besten Chancen geben. Sie können trotzdem helfen, indem Sie anderen vom Spenden erzählen.
register-invalid-name = Bitte geben Sie Ihren Namen ein.
register-invalid-email = Bitte geben Sie eine E-Mail-Adresse wie name@example.org ein.
register-invalid-phone = Bitte geben Sie eine Telefonnummer mit höchstens 40 Zeichen ein oder lassen Sie das Feld leer.
register-invalid-date_of_birth = Bitte geben Sie Ihr Geburtsdatum als Datum in der Vergangenheit ein.
register-invalid-sex = Bitte wählen Sie eine der Möglichkeiten.
register-invalid-region = Bitte geben Sie eine Region mit höchstens 100 Zeichen ein oder lassen Sie das Feld leer.
register-invalid-consent = Wir können Sie nur mit Ihrer Einwilligung registrieren. Bitte setzen Sie das Häkchen.
register-invalid-health_answers = Die Antworten auf die Gesundheitsfragen konnten nicht gelesen werden.
register-invalid-organisation_id = Die Registrierung ist auf dieser Seite derzeit nicht möglich.
register-thanks-title = Danke für Ihre Registrierung
register-thanks-text = Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre Adresse über den Link darin; danach schickt Ihnen das Register ein Abstrich-Set.
register-thanks-link = So funktionieren Registrierung und Spende
register-own-title = Ihre Registrierung als mögliche Spenderin oder möglicher Spender
register-own-status = Stand
register-status-unconfirmed = Wartet auf die Bestätigung Ihrer E-Mail-Adresse
register-status-confirmed = Bestätigt: das Register schickt Ihnen ein Abstrich-Set
register-status-kit_sent = Abstrich-Set verschickt
register-status-typed = In der Liste möglicher Spender des Registers
register-status-withdrawn = Zurückgezogen
register-confirm-heading = E-Mail-Adresse bestätigen
register-confirm-text = Bitte bestätigen Sie, dass dies Ihre Adresse ist, damit das Register Sie erreichen kann.
register-confirm-submit = Registrierung bestätigen
register-withdraw-heading = Zurückziehen und löschen
register-withdraw-text = Sie können jederzeit zurückziehen. Ihre Angaben werden dann gelöscht; nur dass eine Registrierung zurückgezogen wurde, bleibt festgehalten.
register-withdraw-submit = Registrierung zurückziehen und löschen
register-erased-title = Ihre Registrierung wurde gelöscht
register-erased-text = Ihre Angaben wurden gelöscht. Danke, dass Sie darüber nachgedacht haben – Sie können sich jederzeit wieder registrieren.
register-erased-link = Zurück zur Startseite
registrations-title = Registrierungen möglicher Spender
registrations-filter = Anzeigen
registrations-all = Alle
registrations-show = Anzeigen
registrations-export = Als Tabelle herunterladen (CSV)
registrations-none = Keine Registrierungen.
registrations-caption = Registrierungen, älteste zuerst
registrations-col-received = Eingegangen
registrations-col-steps = Schritte
registrations-step-kit_sent = Set verschickt
registrations-step-typed = Typisiert
registrations-step-withdrawn = Zurückziehen
registrations-step-confirmed = Bestätigt
registrations-step-unconfirmed = Unbestätigt
registrations-erase = Löschen
registrations-done-status = Die Registrierung wurde geändert.
registrations-done-erased = Die Registrierung wurde gelöscht.
registrations-done-conflict = Dieser Schritt passt nicht zum Stand der Registrierung; es wurde nichts geändert.
dashboard-registrations = Registrierungen möglicher Spender
mail-registration-confirm-subject = Bitte bestätigen Sie Ihre Registrierung als mögliche Spenderin oder möglicher Spender
mail-registration-confirm-body =
    Guten Tag,

    danke, dass Sie sich als mögliche Stammzellspenderin oder möglicher Stammzellspender registriert haben. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link (dort können Sie auch jederzeit zurückziehen):

    { $link }

    Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren; es geschieht nichts weiter.
mail-registration-exists-subject = Sie sind bereits als mögliche Spenderin oder möglicher Spender registriert
mail-registration-exists-body =
    Guten Tag,

    jemand, vermutlich Sie, hat versucht, diese E-Mail-Adresse erneut zu registrieren. Sie sind bereits registriert. Mit diesem Link können Sie Ihre Registrierung ansehen, bestätigen oder zurückziehen:

    { $link }
home-register = Als mögliche Spenderin oder möglicher Spender registrieren
home-ask = Dem Register eine Frage stellen
faq-donate-q = Wie registriere ich mich als mögliche Spenderin oder möglicher Spender?
faq-donate-a = Füllen Sie das Registrierungsformular mit Namen, Kontaktdaten und Geburtsdatum aus und geben Sie Ihre Einwilligung. Sie bestätigen Ihre E-Mail-Adresse, erhalten ein Abstrich-Set, streichen über die Innenseite Ihrer Wangen und schicken es zurück. Ein Labor bestimmt Ihre Gewebemerkmale (HLA); von da an stehen Sie in der Liste, die Ärzte von Patienten weltweit durchsuchen.
faq-who-q = Wer darf sich registrieren?
faq-who-a = Die meisten Register nehmen allgemein gesunde Menschen von 18 bis 55 Jahren auf; manche nehmen auch 17-Jährige oder Ältere, und manche Krankheiten oder Medikamente schließen eine Spende aus. Das Register prüft dies vor einer Spende noch einmal mit Ihnen.
faq-process-q = Wie läuft eine Spende ab?
faq-process-a = Die meisten Spender geben Stammzellen aus dem Blut: Einige Tage vorher erhalten Sie ein Medikament, das Stammzellen ins Blut bringt, und die Zellen werden über einige Stunden ähnlich wie bei einer Blutspende gesammelt. Manchmal wird unter Vollnarkose Knochenmark aus dem Beckenknochen entnommen. Beides geschieht in spezialisierten Zentren, die Kosten werden übernommen.
faq-later-q = Höre ich später von dem Patienten?
faq-later-a = Wenn Sie spenden, können Sie über das Register anonyme Briefe mit dem Patienten austauschen, soweit die Regeln beider Länder es erlauben. Manche Länder erlauben nach einer Wartezeit, voneinander zu erfahren, wer Sie sind, wenn Sie beide es wünschen; andere nie. Diese Seite erklärt die Regeln für Ihre Zuordnung, wenn es so weit ist.

orgages-heading = Wer sich als mögliche Spenderin oder möglicher Spender registrieren kann
orgages-lead = Das Alter, in dem Ihr Register über das öffentliche Formular neue mögliche Spender aufnimmt. Jüngere werden mit einem freundlichen Hinweis auf das Alter abgewiesen.
orgages-min = Jüngstes Alter
orgages-max = Höchstes Alter
orgages-save = Alter speichern
orgages-saved = Das Alter für die Registrierung wurde gespeichert.
orgages-invalid = Das Alter muss eine ganze Zahl von 16 bis 70 sein, das jüngste nicht über dem höchsten.
