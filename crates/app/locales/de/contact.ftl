## Identität, Treffen und Gesundheitsberichte (Seite der Zuordnung)
contact-release-heading = Die Identität des anderen erfahren
contact-release-released = Die Identitäten wurden am { $date } freigegeben. Sie sehen jeweils, was der andere teilen möchte.
contact-release-requested = Der Austausch der Identitäten wurde am { $date } beantragt.
contact-release-stopped = Der letzte Antrag auf Austausch der Identitäten wurde beendet: { $reason }
contact-release-needs = Bevor die Identitäten ausgetauscht werden, fehlt noch:
contact-needs-donor-sign-off = die Freigabe durch die Koordination der Spenderseite
contact-needs-patient-sign-off = die Freigabe durch die Koordination der Patientenseite
contact-release-explain = Wenn Sie beide einverstanden sind, prüft die Koordination die Bedingungen; danach sieht jede Seite die Angaben, die die andere teilen möchte, und nicht mehr.
contact-release-ask = Austausch der Identitäten beantragen
contact-sign-off-legend = Was unsere Seite bestätigt
contact-sign-off = Für unsere Seite freigeben
contact-attest-counselling_recorded = Unsere Teilnehmerin bzw. unser Teilnehmer wurde zum Kennenlernen beraten
contact-attest-patient_well_confirmed = Dem Patienten geht es gut genug
contact-attest-no_further_donation_expected = Eine weitere Spende wird nicht erwartet
contact-attest-confidentiality_agreement = Die Vertraulichkeitsvereinbarung ist unterschrieben
contact-counterpart-heading = Was Sie über die andere Person wissen
contact-counterpart-none = Noch nichts.
contact-fact-first_name = Vorname
contact-fact-full_name = Vollständiger Name
contact-fact-email = E-Mail
contact-fact-phone = Telefon
contact-fact-town = Ort
contact-fact-postal_address = Postanschrift
contact-fact-country = Land
contact-fact-age_group = Altersgruppe
contact-fact-sex = Geschlecht
contact-meetings-heading = Persönliches Treffen
contact-meetings-none = Es wurde noch kein Treffen vorgeschlagen.
contact-meeting-proposed = Vorgeschlagen
contact-meeting-accepted = Vereinbart
contact-meeting-declined = Abgelehnt
contact-meeting-cancelled = Abgesagt
contact-meeting-proposed-by = vorgeschlagen von der
contact-meeting-date = Datum
contact-meeting-place = Ort
contact-meeting-staff = Von den Organisationen
contact-meeting-staff-input = Wer von den Organisationen teilnimmt (eine Person pro Zeile)
contact-meeting-media = Einverstanden mit Fotos, Film oder Presse
contact-meeting-media-none = niemand
contact-meeting-media-donor = Die spendende Person ist einverstanden
contact-meeting-media-patient = Die Patientin bzw. der Patient ist einverstanden
contact-meeting-accept = Ja, gern treffen wir uns
contact-meeting-decline = Nein, danke
contact-meeting-cancel = Treffen absagen
contact-meeting-arrange = Absprachen speichern
contact-meeting-note = Ein paar Worte an die andere Person (freiwillig)
contact-meeting-propose = Ein Treffen vorschlagen
contact-updates-heading = Gesundheitsberichte
contact-updates-none = Noch kein Gesundheitsbericht.
contact-updates-next = Der nächste Bericht ist fällig am
contact-updates-status = Wie es dem Patienten geht
contact-updates-on = Am
contact-updates-text = In einfachen Worten, für die spendende Person
contact-updates-send = Zur Prüfung senden
contact-notice-release-requested = Ihr Antrag wurde gesendet. Die Koordination beider Seiten prüft nun die Bedingungen.
contact-notice-release-signed = Ihre Freigabe wurde gespeichert.
contact-notice-release-released = Die Identitäten wurden freigegeben.
contact-notice-release-never = Die Kontaktregeln dieser Zuordnung erlauben den Austausch der Identitäten nie.
contact-notice-release-rules-unknown = Die Kontaktregeln dieser Zuordnung sagen nicht, ob Identitäten ausgetauscht werden dürfen; deshalb geschieht es nicht.
contact-notice-release-waiting = Die Wartezeit ist noch nicht vorbei.
contact-notice-release-not-initiator = Nach den Kontaktregeln dieser Zuordnung darf nur die andere Seite den Antrag stellen.
contact-notice-release-consent = Sie beide müssen zuerst in Ihren Kontaktwünschen gewählt haben, Angaben zu teilen.
contact-notice-release-open = Ein Antrag wartet bereits auf die Koordination.
contact-notice-release-done = Dieser Antrag ist bereits beendet.
contact-notice-release-moved = Jemand anderes hat diesen Antrag im selben Moment geändert. Bitte sehen Sie noch einmal nach.
contact-notice-consent-withdrawn = ein Kontaktwunsch wurde geändert.
contact-notice-stopped = er wurde beendet.
contact-notice-meeting-proposed = Ihr Vorschlag wurde gesendet.
contact-notice-meeting-updated = Das Treffen wurde aktualisiert.
contact-notice-meeting-not-released = Ein Treffen kann vorgeschlagen werden, sobald die Identitäten ausgetauscht sind.
contact-notice-meeting-consent = Sie beide müssen in Ihren Kontaktwünschen „Treffen“ gewählt haben.
contact-notice-meeting-open = Ein Treffen ist bereits vorgeschlagen oder vereinbart.
contact-notice-meeting-wrong-state = Dieser Schritt ist bei diesem Treffen nicht mehr möglich.
contact-notice-meeting-own-proposal = Nur die andere Person beantwortet einen Vorschlag.
contact-notice-meeting-moved = Jemand anderes hat dieses Treffen im selben Moment geändert. Bitte sehen Sie noch einmal nach.
contact-notice-meeting-invalid = Bitte prüfen Sie Datum und Ort.
contact-notice-health-recorded = Der Gesundheitsbericht wurde der Koordination der Spenderseite zur Prüfung gesendet.
contact-notice-health-invalid = Bitte geben Sie den Zustand, ein Datum, das nicht in der Zukunft liegt, und einen Text an.
contact-notice-not-allowed-by-rules = Die Kontaktregeln dieser Zuordnung erlauben das nicht.
contact-notice-rules-unknown = Die Kontaktregeln dieser Zuordnung sagen nicht, ob das erlaubt ist; deshalb geschieht es nicht.
contact-notice-consent = Die spendende Person oder der Patient wünscht das derzeit nicht.
contact-notice-failed = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
mail-case-waiting-subject = In der Zuordnung { $reference } wartet etwas auf Sie
mail-case-waiting-body =
    Guten Tag,

    in der Zuordnung { $reference } wartet in Twinbridge etwas auf Sie:

    { $link }
mail-pairing-news-subject = In Twinbridge gibt es Neuigkeiten für Sie
mail-pairing-news-body =
    Guten Tag,

    in Twinbridge gibt es Neuigkeiten zu Ihrem Kontakt. Sie können nachsehen, wann immer Sie bereit sind:

    { $link }
letters-error-paused = In dieser Zuordnung können derzeit keine Briefe weitergegeben werden. Die Koordination meldet sich bei Ihnen.
contact-notice-patient-deceased = der Patient ist verstorben.
consent-help-no_contact = Es wird nichts an Sie oder von Ihnen weitergegeben; niemand nimmt wegen der anderen Person Kontakt mit Ihnen auf.
consent-help-updates_only = Sie erfahren, wie es dem Patienten geht (als spendende Person) oder dass die spendende Person informiert wurde (als Patient), aber es gibt keine Briefe.
consent-help-anonymous_letters = Sie können Briefe schreiben und erhalten. Eine Koordinatorin oder ein Koordinator liest jeden Brief zuerst und entfernt alles, was verraten könnte, wer Sie sind.
consent-help-share_details = Wenn die Regeln es erlauben und Sie beide zustimmen, sieht die andere Person nur die Angaben, die Sie unten ankreuzen. Ihre Koordination prüft zuerst alles.
consent-help-meet = Wie oben, und Sie möchten sich gern persönlich treffen. Ein Treffen wird nur vereinbart, wenn die andere Person es auch möchte.
queue-health-update = Gesundheitsbericht der Patientenseite
case-event-release-requested = Austausch der Identitäten beantragt
case-event-release-released = Identitäten freigegeben
case-event-release-stopped = Austausch der Identitäten beendet
case-event-meeting = Treffen: { $status }
case-event-consent-paper = Einwilligung ({ $role }) laut unterschriebenem Formular: { $level }
contact-paper-heading = Einwilligung aus einem unterschriebenen Formular
contact-paper-explain = Hat eine Person auf Papier gewählt, erfassen Sie die Wahl hier mit einem Scan oder Foto des unterschriebenen Formulars. Das Bild wird von seinen Metadaten befreit und verschlüsselt gespeichert; der Verlauf zeigt, dass Sie es erfasst haben.
contact-paper-participant = Wessen Einwilligung
contact-paper-signed-on = Unterschrieben am
contact-paper-file = Das unterschriebene Formular (JPEG oder PNG)
contact-paper-save = Diese Einwilligung erfassen
contact-notice-paper-recorded = Die Einwilligung aus dem unterschriebenen Formular wurde erfasst.
contact-notice-paper-invalid = Bitte wählen Sie eine Stufe, das Datum der Unterschrift und ein lesbares JPEG oder PNG des Formulars.
