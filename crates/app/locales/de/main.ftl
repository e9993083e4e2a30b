## Layout
site-name = Twinbridge
site-tagline = Kontakt zwischen Stammzellspendern und ihren Patienten
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Start
nav-faq = Fragen und Antworten
lang-switch-label = Sprache
lang-name-en = English
lang-name-hi = हिन्दी
lang-name-de = Deutsch
footer-text = Twinbridge hält Spender und Patienten füreinander anonym, bis beide zustimmen und die Regeln etwas anderes erlauben.
footer-faq = Fragen und Antworten

## Home
home-title = Kontakt zwischen Spendern und Patienten – sicher
home-lead = Nach einer Stammzellspende dürfen sich Spender und Patient nur über die Spenderdatei kennen. Twinbridge hilft ihnen, in Verbindung zu bleiben – mit anonymen Briefen und, wo die Regeln beider Länder es erlauben und beide es wollen, mit dem Austausch der Namen und einem Treffen.
home-donors-heading = Für Spenderinnen und Spender
home-donors-text = Sehen Sie, was Sie jetzt und ab wann tun dürfen: Ihrem Patienten schreiben, Nachrichten über seine Gesundheit erhalten und, wenn Sie beide es wünschen und die Regeln es erlauben, erfahren, wer er ist. Ihre Briefe werden geprüft, damit nichts Sie aus Versehen verrät.
home-patients-heading = Für Patienten und Angehörige
home-patients-text = Danken Sie Ihrem Spender mit eigenen Worten. Twinbridge zeigt Ihnen, welche Regeln gelten, warnt Sie schon beim Schreiben, wenn etwas Sie erkennbar machen könnte, und sagt Ihnen, wenn ein Brief Ihres Spenders auf Sie wartet. Eltern, Vormünder und Angehörige können für den Patienten schreiben.
home-staff-heading = Für Spenderdateien und Transplantationszentren
home-staff-text = Ein Ort für die Kontaktregeln aller Länder, eine Prüfliste für Briefe auf beiden Seiten mit einer Suche nach erkennbaren Angaben, Einwilligungen und ein Prüfprotokoll – statt Tabellen und schwarzer Filzstifte.
home-faq-link = Zu den Fragen und Antworten

## FAQ
faq-title = Fragen und Antworten
faq-lead = Was Spender und Patienten am häufigsten fragen, wenn sie nach einer Stammzellspende in Kontakt bleiben möchten.
faq-anonymity-q = Warum bleiben Spender und Patient füreinander anonym?
faq-anonymity-a = Die ersten Monate und Jahre nach einer Transplantation entscheiden über ihren Erfolg, und der Patient braucht Ruhe. Der Spender bleibt für eine mögliche zweite Spende vorgemerkt und soll darüber ohne Druck entscheiden. Die Anonymität schützt außerdem beide Seiten vor unerwünschten Kontakten und Forderungen. Die meisten Länder verlangen deshalb Anonymität zumindest für eine Zeit, manche für immer.
faq-rules-q = Wessen Regeln gelten?
faq-rules-a = Die Regeln beider Seiten: das Recht im Land des Spenders und im Land des Patienten sowie die Richtlinien der Spenderdatei und des Transplantationszentrums. Wo sie sich unterscheiden, gilt die strengste Regel. Twinbridge zeigt für jedes Spender-Patienten-Paar, was heute erlaubt ist und welche Regel das entschieden hat.
faq-told-q = Was darf ich anfangs über die andere Person erfahren?
faq-told-a = Bevor Namen ausgetauscht werden, erfahren Sie meist nur wenige allgemeine Angaben, etwa Geschlecht, ungefähres Alter und Land. Manche Spenderdateien teilen gar nichts mit.
faq-letters-q = Können wir uns schreiben?
faq-letters-a = In den meisten Ländern ja: Anonyme Briefe werden über die Spenderdatei und das Transplantationszentrum weitergeleitet. Manche Länder erlauben nur einen Brief oder wenige in einer bestimmten Zeit, einige verbieten jeden Kontakt. Mitarbeitende auf beiden Seiten lesen jeden Brief und entfernen alles, was den Schreibenden erkennbar machen könnte, etwa Namen, Orte, Krankenhäuser, Arbeitgeber, Telefonnummern oder Daten. Eine Antwort kann Wochen dauern oder ganz ausbleiben; das ist die freie Entscheidung der anderen Person.
faq-writing-q = Was sollte ich in einem Brief weglassen?
faq-writing-a = Ihren Namen und Ihre Initialen, Ihren Wohn- und Arbeitsort, den Namen des Krankenhauses, Daten wie Ihren Geburtstag oder den Tag der Transplantation, Fotos, die Ihr Gesicht zeigen, sowie Kontaktdaten und Namen in sozialen Netzwerken. Schreiben Sie gern darüber, wie es Ihnen geht, allgemein über Ihre Familie, Ihre Hobbys und Ihre Hoffnungen. Twinbridge warnt Sie schon beim Schreiben.
faq-gifts-q = Darf ich ein Geschenk, ein Bild oder ein Foto schicken?
faq-gifts-a = Das hängt von den Ländern ab. Manche erlauben ein kleines Geschenk, andere gar keines; Bilder und Fotos sind mancherorts erlaubt und werden immer von Hand geprüft. Twinbridge zeigt vor dem Schreiben, was für Ihre Briefe erlaubt ist.
faq-release-q = Können wir jemals unsere Namen erfahren?
faq-release-a = In manchen Ländern ja: nach einer Wartezeit von einem, zwei oder fünf Jahren, gerechnet ab der Transplantation oder der letzten Spende, und nur wenn Sie beide schriftlich zustimmen. Das Transplantationszentrum muss außerdem bestätigen, dass es dem Patienten gut geht, und beide Seiten werden vorher beraten. In anderen Ländern, etwa Frankreich, Italien und Spanien, dürfen die Namen nie ausgetauscht werden. Jede Seite wählt selbst, welche Angaben sie teilt.
faq-second-q = Warum hat die Wartezeit neu begonnen?
faq-second-a = Wenn der Spender erneut Zellen spendet, zum Beispiel Lymphozyten oder ein zweites Mal Stammzellen, zählen viele Regeln die Wartezeit ab der letzten Spende.
faq-meeting-q = Können wir uns persönlich treffen?
faq-meeting-a = Erst nachdem die Namen freigegeben wurden und wenn Sie beide es möchten. Spenderdatei und Transplantationszentrum helfen, das erste Treffen vorzubereiten. Treffen sind selten und sehr bewegend; niemand ist dazu verpflichtet.
faq-updates-q = Erfährt der Spender, wie es dem Patienten geht?
faq-updates-a = Oft ja: Viele Transplantationszentren schicken kurze anonyme Nachrichten zur Gesundheit, etwa nach einigen Monaten und nach einem Jahr, wenn der Patient es erlaubt und der Spender es wünscht. Manche Länder geben keine.
faq-cord-q = Und bei Nabelschnurblut?
faq-cord-a = Ein Kontakt mit der Spenderin von Nabelschnurblut ist nie möglich.
faq-sad-q = Was ist, wenn der Patient gestorben ist?
faq-sad-a = Der Spender wird behutsam und ohne weitere Einzelheiten informiert und kann bei der Spenderdatei Unterstützung bekommen. In manchen Ländern dürfen die Angehörigen des Patienten dem Spender schreiben.
faq-consent-q = Kann ich meine Meinung ändern?
faq-consent-a = Ja, jederzeit. Sie entscheiden, wie viel Kontakt Sie möchten – keinen, nur Nachrichten zur Gesundheit, anonyme Briefe, ausgewählte Angaben teilen oder ein Treffen – und Sie können Ihre Einwilligung widerrufen. Ein Widerruf gilt sofort für alles, was noch nicht zugestellt wurde.

## Errors
error-not-found-title = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es nichts, oder Sie dürfen es nicht sehen.
error-internal-title = Etwas ist schiefgegangen
error-internal-text = Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal. Wenn es wieder passiert, nennen Sie Ihrer Spenderdatei diese Fehlernummer:
error-unavailable-title = Bitte gleich noch einmal versuchen
error-unavailable-text = Der Dienst erreicht seine Datenbank gerade nicht. Was Sie gesendet haben, wurde weder geändert noch gespeichert; bitte versuchen Sie es in einigen Sekunden noch einmal.
error-back-home = Zur Startseite

## Signed-in navigation
nav-dashboard = Übersicht
nav-account = Konto
nav-staff = Mitarbeitende
nav-sign-in = Anmelden
sign-out = Abmelden

## Sign-in
sign-in-title = Anmelden
sign-in-password-heading = Mit Ihrem Passwort
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-totp = Code aus Ihrer Authenticator-App (nur Mitarbeitende)
sign-in-submit = Anmelden
sign-in-link-heading = Mit einem Link per E-Mail
sign-in-link-text = Spender, Patienten und Angehörige können sich mit einem Link anmelden, den wir an ihre E-Mail-Adresse schicken. Er funktioniert einmal und 15 Minuten lang.
sign-in-link-submit = Link zusenden
sign-in-code-used = Dieser Code aus Ihrer Authenticator-App wurde schon verwendet. Warten Sie auf den nächsten Code (er wechselt alle 30 Sekunden) und geben Sie diesen ein.
sign-in-failed = Die Anmeldung ist fehlgeschlagen. Prüfen Sie E-Mail-Adresse, Passwort und Code. Nach mehreren Fehlversuchen wird die Anmeldung für eine Weile gesperrt.
sign-in-link-sent-title = Sehen Sie in Ihr Postfach
sign-in-link-sent-text = Wenn zu dieser Adresse ein Konto gehört, ist ein Anmeldelink unterwegs. Er funktioniert einmal und 15 Minuten lang.
totp-title = Code eingeben
totp-text = Öffnen Sie Ihre Authenticator-App und geben Sie den sechsstelligen Code für Twinbridge ein. Sie können auch einen Ihrer Wiederherstellungscodes verwenden.
totp-code = Code
totp-submit = Weiter
link-confirm-title = Bei Twinbridge anmelden
link-confirm-text = Drücken Sie die Schaltfläche, um sich anzumelden. Der Link funktioniert nur einmal.
link-confirm-submit = Anmelden
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid-text = Links funktionieren einmal und nur für begrenzte Zeit. Fordern Sie auf der Anmeldeseite einen neuen an.

## Overview after sign-in
dashboard-title = Übersicht
dashboard-text = Hier finden Sie alles, was Sie in Twinbridge tun können.
dashboard-account = Kontoeinstellungen: Passwort, Sprache, E-Mail für Benachrichtigungen, überall abmelden
dashboard-totp = Authenticator-App: einrichten oder ersetzen
dashboard-staff = Mitarbeitende Ihrer Organisation: einladen und sperren

## Account settings
account-title = Kontoeinstellungen
account-language-heading = Sprache
account-language-label = Sprache der Seiten und E-Mails
account-language-save = Sprache speichern
account-notify-heading = E-Mail für Benachrichtigungen
account-notify-text = Benachrichtigungen gehen an Ihre Anmeldeadresse, außer Sie geben hier eine andere an. Sie enthalten nie Namen oder andere persönliche Angaben.
account-notify-label = E-Mail für Benachrichtigungen (leer lassen für Ihre Anmeldeadresse)
account-notify-save = E-Mail speichern
account-receipts-heading = Lesebestätigungen
account-receipts-text = Wenn Sie einen Brief öffnen, sieht die schreibende Person „zugestellt“. Wenn Sie möchten, sieht sie stattdessen „gelesen“. Sonst wird nichts über Sie weitergegeben.
account-receipts-label = Schreibende dürfen sehen, dass ich ihre Briefe gelesen habe
account-receipts-save = Lesebestätigungen speichern
account-password-heading = Passwort
account-password-current = Aktuelles Passwort (falls vorhanden)
account-password-new = Neues Passwort (mindestens 10 Zeichen)
account-password-save = Passwort festlegen
account-password-done = Ihr Passwort ist festgelegt. Ihre anderen Sitzungen wurden abgemeldet.
account-password-refused = Das Passwort wurde nicht geändert: Das aktuelle Passwort stimmt nicht, oder das neue ist kürzer als 10 Zeichen.
account-everywhere-heading = Überall abmelden
account-everywhere-text = Beendet alle Sitzungen und API-Tokens Ihres Kontos auf allen Geräten, auch auf diesem.
account-everywhere-submit = Überall abmelden
account-saved = Gespeichert.
account-invalid-email = Das ist keine gültige E-Mail-Adresse.

## Authenticator enrolment
enrol-title = Authenticator-App einrichten
enrol-text = Mitarbeitende melden sich mit Passwort und einem Code aus einer Authenticator-App an. Scannen Sie den QR-Code mit der App oder geben Sie den Schlüssel ein, dann geben Sie den Code ein, den die App anzeigt.
enrol-key = Schlüssel
enrol-qr-alt = QR-Code, um Twinbridge einer Authenticator-App hinzuzufügen
enrol-code = Code aus der App
enrol-submit = Bestätigen
enrol-refused = Der Code passte nicht. Prüfen Sie die Uhrzeit Ihres Telefons und versuchen Sie es noch einmal.
recovery-title = Ihre Wiederherstellungscodes
recovery-text = Bewahren Sie diese Codes sicher auf. Wenn Sie Ihr Telefon verlieren, funktioniert jeder Code einmal anstelle eines Codes aus der App. Sie werden nur jetzt angezeigt.
recovery-continue = Weiter

## Staff management
staff-title = Mitarbeitende
staff-list-heading = Konten der Mitarbeitenden
staff-col-name = Name
staff-col-email = E-Mail-Adresse
staff-col-roles = Rollen
staff-col-status = Status
staff-col-action = Aktion
staff-active = Aktiv
staff-disabled = Gesperrt
staff-disable = Sperren
staff-enable = Entsperren
staff-invite-heading = Mitarbeitende einladen
staff-name = Name
staff-email = E-Mail-Adresse
staff-roles = Rollen
role-coordinator = Koordination
role-administrator = Administration
role-auditor = Prüfung (Audit)
staff-invite-submit = Einladung senden
staff-invited = Die Einladung ist unterwegs.
staff-invite-refused = Die Einladung wurde nicht gesendet. Prüfen Sie Name und Adresse (sie hat vielleicht schon ein Konto) und wählen Sie mindestens eine Rolle.
invitation-title = Willkommen bei Twinbridge
invitation-text = Wählen Sie ein Passwort mit mindestens 10 Zeichen. Danach richten Sie Ihre Authenticator-App ein.
invitation-password = Passwort
invitation-submit = Passwort festlegen

## E-mails
mail-sign-in-link-subject = Ihr Anmeldelink für Twinbridge
mail-sign-in-link-body =
    Guten Tag,

    hier ist Ihr Link zur Anmeldung bei Twinbridge. Er funktioniert einmal und { $minutes } Minuten lang:

    { $link }

    Wenn Sie ihn nicht angefordert haben, können Sie diese Nachricht ignorieren.
mail-invitation-subject = Ihre Einladung zu Twinbridge
mail-invitation-body =
    Guten Tag,

    Sie wurden eingeladen, in Twinbridge mitzuarbeiten. Öffnen Sie diesen Link, um Ihr Passwort zu wählen und Ihre Authenticator-App einzurichten. Er funktioniert { $days } Tage lang:

    { $link }

## Rules by country
nav-rules = Regeln nach Ländern
rules-title = Kontaktregeln nach Ländern
rules-lead = Was Recht und Spenderdateien der einzelnen Länder nach einer nicht verwandten Stammzellspende erlauben. Leben Spender und Patient in verschiedenen Ländern, gilt jeweils die strengere Regel. Die Angaben stammen aus öffentlichen Quellen, die in jeder Zeile verlinkt sind; was nicht bekannt ist, steht als unbekannt da und gilt bei Twinbridge nie als Erlaubnis.
rules-caption = Eine Zeile je Landesrecht oder Richtlinie einer Organisation in den Regeldaten
rules-col-country = Land
rules-col-rule = Recht oder Organisation
rules-col-letters = Anonyme Briefe
rules-col-release = Namen austauschen
rules-col-sources = Quellen
rules-kind-law = Recht des Landes
rules-kind-main = Wichtigste Spenderdatei des Landes
rules-kind-residence = Vorgabe für alle, die im Land leben
rules-kind-organisation = Richtlinie einer Organisation
rules-letters-allowed = Erlaubt
rules-letters-forbidden = Nicht erlaubt
rules-letters-not-mention = Briefe dürfen nicht nennen: { $kinds }
rules-letters-max = höchstens { $count } je Seite
rules-release-never = Nie
rules-release-after = Nach { $months } Monaten, wenn beide zustimmen
rules-release-after-unknown = Nach einer Wartezeit unbekannter Länge
rules-unknown = Nicht bekannt
rules-not-stated = Keine Angabe

## Organisation contact policy
nav-policy = Kontaktregeln
dashboard-policy = Kontaktregeln Ihrer Organisation: eigene Regeln festlegen
orgpolicy-title = Kontaktregeln Ihrer Organisation
orgpolicy-lead = Ihre Organisation folgt dem Regeleintrag { $entry }. Hier können Sie eigene Regeln festlegen: Sie ersetzen, Thema für Thema, was dieser Eintrag sagt. Sie dürfen strenger sein oder abweichen, wo das Recht Ihres Landes es erlaubt. Paare verwenden sie sofort.
orgpolicy-entry-none = (keiner)
orgpolicy-letters-forbidden = Gar keine anonymen Briefe
orgpolicy-max-letters = Höchstens so viele Briefe je Seite (leer: wie im Regeleintrag)
orgpolicy-gifts = Geschenke mit Briefen
orgpolicy-photos = Fotos und Bilder mit Briefen
orgpolicy-release = Namen austauschen
orgpolicy-months = Wartezeit in Monaten
orgpolicy-counted-from = Gerechnet ab
orgpolicy-as-entry = Wie im Regeleintrag
orgpolicy-gifts-none = Keine Geschenke
orgpolicy-gifts-small = Kleine Geschenke
orgpolicy-gifts-allowed = Geschenke erlaubt
orgpolicy-photos-none = Keine Fotos
orgpolicy-photos-allowed = Fotos erlaubt
orgpolicy-release-never = Nie
orgpolicy-release-after = Nach einer Wartezeit
orgpolicy-from-last_donation = der letzten Spende (auch DLI)
orgpolicy-from-first_transplant = der ersten Transplantation
orgpolicy-from-last_transplant = der letzten Transplantation
orgpolicy-from-first_collection = der ersten Entnahme
orgpolicy-from-unknown = einem Tag, den die Quellen nicht nennen
orgpolicy-source = Webadresse, unter der Ihre Regeln stehen
orgpolicy-save = Regeln speichern
orgpolicy-saved = Die Regeln sind gespeichert und gelten ab sofort für Ihre Paare.
orgreview-heading = Prüfung der Briefe
orgreview-lead = Üblicherweise lesen Koordinatorinnen und Koordinatoren beider Seiten jeden Brief. Prüft Ihr Team keine Briefe, entfernt auf Ihrer Seite stattdessen die maschinelle Prüfung, was sie findet; die andere Seite prüft weiterhin, und wenn keine Seite prüfen will, prüft immer die Seite der schreibenden Person.
orgreview-checkbox = Unser Team prüft Briefe auf unserer Seite
orgreview-save = Prüfung der Briefe speichern
orgreview-saved = Die Einstellung zur Prüfung der Briefe ist gespeichert und gilt ab sofort.
orgpolicy-refused = Nicht gespeichert: Das wäre großzügiger als das Recht Ihres Landes bei: { $dimensions }.
orgpolicy-invalid = Nicht gespeichert: Prüfen Sie die Zahlen (Monate 1 bis 240, Briefe 1 bis 50) und geben Sie die Webadresse Ihrer Regeln an.
orgpolicy-history = Änderungen
orgpolicy-col-when = Wann
orgpolicy-col-who = Wer
orgpolicy-col-what = Was festgelegt wurde
orgpolicy-summary-letters-max = höchstens { $count } Briefe je Seite
orgpolicy-summary-release-after = Namen nach { $months } Monaten
orgpolicy-summary-empty = wie im Regeleintrag
dim-anonymous_letters = anonyme Briefe
dim-gifts = Geschenke
dim-photos = Fotos
dim-identity_release = Namen austauschen

## Pairings
nav-pairings = Paare
dashboard-pairings = Ihre Paare und was die Regeln in jedem heute erlauben
pairings-title = Paare
pairings-empty = Für Sie gibt es noch keine Paare.
pairings-col-reference = Kennung
pairings-col-side = Seite
pairings-col-role = Rolle
side-donor = Spenderseite
side-patient = Patientenseite
participant-donor = Spender
participant-patient = Patient
participant-proxy = Angehörige oder Vormund
pairing-title = Paar
pairing-today = Was heute möglich ist
pairing-rules-heading = Regeln und Quellen
pairing-col-topic = Thema
pairing-col-rule = Regel
pairing-col-says = Was sie sagt
explain-cord = Nach einer Nabelschnurblutspende gibt es keinen Kontakt: keine Briefe, und Namen werden nie ausgetauscht.
explain-letters-now = Sie können jetzt anonyme Briefe schreiben.
explain-letters-remaining = { $count ->
    [one] Sie können noch einen anonymen Brief schreiben.
   *[other] Sie können noch { $count } anonyme Briefe schreiben.
    }
explain-letters-not-now = Sie können gerade keinen anonymen Brief schreiben.
explain-letters-forbidden = Die Regeln erlauben für dieses Paar keine anonymen Briefe.
explain-letters-unknown = Ob anonyme Briefe erlaubt sind, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
explain-gifts-none = Geschenke sind nicht erlaubt.
explain-gifts-small = Ein kleines Geschenk ist erlaubt.
explain-gifts-allowed = Geschenke sind erlaubt.
explain-gifts-unknown = Ob Geschenke erlaubt sind, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
explain-photos-none = Fotos und Bilder sind nicht erlaubt.
explain-photos-allowed = Fotos und Bilder sind erlaubt.
explain-photos-unknown = Ob Fotos und Bilder erlaubt sind, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
explain-release-never = Die Regeln eines der beiden Länder erlauben nie, die Namen auszutauschen.
explain-release-unknown = Ob die Namen jemals ausgetauscht werden dürfen, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
explain-release-passed = Die Wartezeit ist vorbei: Die Namen dürfen ausgetauscht werden, wenn Sie beide zustimmen und die übrigen Bedingungen erfüllt sind.
explain-release-after = Die Namen dürfen frühestens ab { $date } ausgetauscht werden, wenn Sie beide zustimmen.
explain-release-date-unknown = Die Namen dürfen nach einer Wartezeit von { $months } Monaten ausgetauscht werden; das Datum steht noch nicht fest.
explain-open-conditions = Noch nötig, bevor die Namen ausgetauscht werden können: { $conditions }.
explain-letters-total = { $count ->
    [one] Insgesamt darf nur ein Brief ausgetauscht werden, von beiden Seiten zusammen.
   *[other] Insgesamt dürfen höchstens { $count } Briefe ausgetauscht werden, von beiden Seiten zusammen.
    }
explain-gifts-count = { $count ->
    [one] Insgesamt höchstens ein Geschenk.
   *[other] Insgesamt höchstens { $count } Geschenke.
    }
explain-consent-first = Nach den Regeln muss Ihre Zustimmung zu Briefen erfasst sein, bevor Sie schreiben: Wählen Sie auf dieser Seite, wie viel Kontakt Sie möchten.
explain-forbidden-content = Briefe in diesem Paar dürfen nicht nennen: { $kinds }.
explain-release-length-unknown = Namen dürfen erst nach einer Wartezeit ausgetauscht werden, deren Länge nicht bekannt ist; fragen Sie Ihre Spenderdatei.
explain-conditions-unknown = Welche weiteren Bedingungen vor dem Austausch der Namen gelten, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
content-name = Namen
content-initials = Initialen
content-residence = Ihren Wohnort
content-address = Adressen
content-date_of_birth = Geburtsdaten
content-age = das Alter
content-hospital = Kliniken oder den Ort der Spende
content-country = Ihr Land
content-social_media = Konten in sozialen Medien
content-disease = die Krankheit
content-donation_details = Datum oder Ort der Spende
content-contact_details = E-Mail-Adressen oder Telefonnummern
condition-both_written_consent = Sie beide stimmen schriftlich zu
condition-counselling_recorded = die Beratung von Ihnen beiden ist festgehalten
condition-patient_well_confirmed = das Transplantationszentrum bestätigt, dass es dem Patienten gut geht
condition-no_further_donation_expected = es wird keine weitere Spende erwartet
condition-regular_letters_first = zuerst wurden anonyme Briefe ausgetauscht
condition-confidentiality_agreement = eine Vertraulichkeitsvereinbarung ist unterschrieben
dim-health_updates = Nachrichten zur Gesundheit
dim-before_release = was vorher gesagt werden darf

## Audit
nav-audit = Prüfprotokoll
dashboard-audit = Das Prüfprotokoll Ihrer Organisation
audit-title = Prüfprotokoll
audit-lead = Jede Anmeldung, jeder Zugriff auf Identitäten und jede Entscheidung Ihrer Organisation, die neuesten zuerst. Einträge enthalten nur Kennungen; das Protokoll ist eine Hash-Kette, geprüft mit „twinbridge audit verify“.
audit-action = Aktion
audit-subject = Gegenstand (z. B. die Kennung eines Paares)
audit-actor = Handelnde Person (Kontokennung)
audit-from = Von
audit-to = Bis
audit-filter = Filtern
audit-col-when = Wann

## Letters
mail-letter-waiting-subject = In Twinbridge wartet ein Brief auf Sie
mail-letter-waiting-body =
    Guten Tag,

    in Twinbridge wartet ein Brief auf Sie. Sie können ihn lesen, wann immer Sie bereit sind:

    { $link }

## Letter pages
nav-review = Prüfung
dashboard-review = Briefe, die auf Ihre Prüfung warten
pairing-letters = Briefe
pairing-no-letters = Noch keine Briefe.
pairing-write = Einen Brief schreiben
write-title = Einen anonymen Brief schreiben
write-rules-heading = Was die Regeln erlauben
write-guidance = Schreiben Sie von Herzen, aber lassen Sie alles weg, was verraten könnte, wer Sie sind: Ihren Namen, wo Sie wohnen oder arbeiten, das Krankenhaus, Daten, Telefonnummern, E-Mail oder Namen in sozialen Netzwerken. Mitarbeitende beider Seiten lesen den Brief, bevor er weitergegeben wird.
write-body = Ihr Brief
write-warnings-heading = Das könnte Sie erkennbar machen
write-no-warnings = Keine erkennbaren Angaben gefunden. Mitarbeitende lesen den Brief trotzdem.
write-warnings-never-block = Hinweise sind Vorschläge; sie halten Sie nie vom Absenden ab.
write-check = Prüfen
write-save-draft = Entwurf speichern
write-send = Zur Prüfung senden
letter-title = Brief
letter-from-donor = Brief der Spenderseite
letter-from-patient = Brief der Patientenseite
letter-status-draft = Entwurf
letter-status-in_review = in Prüfung
letter-status-returned = an den Schreibenden zurückgegeben
letter-status-rejected = nicht weitergegeben
letter-status-delivered = zugestellt
letter-status-read = gelesen
letter-status-withdrawn = zurückgezogen
letter-reasons = Gründe der Prüfenden
letter-reply = Eine Antwort schreiben
letter-back = Zurück zum Paar
letter-pictures = Bilder
picture-kind = Art des Bildes
picture-kind-card = Karte
picture-kind-drawing = Zeichnung
picture-kind-photo = Foto
picture-file = Bild (JPEG oder PNG, höchstens 8 MB)
picture-add-heading = Karte, Zeichnung oder Foto hinzufügen
picture-hint = Wählen Sie Bilder, die nichts darüber verraten, wer Sie sind oder wo Sie wohnen: keine Gesichter, Namen, Hausnummern, Kennzeichen, Schuluniformen oder Klinikschilder. In der Datei gespeicherte Angaben (etwa wo und wann ein Foto aufgenommen wurde) werden entfernt, und Fachleute beider Seiten sehen sich jedes Bild an, bevor es weitergegeben wird.
picture-add = Bild hinzufügen
picture-remove = Dieses Bild entfernen
picture-added = Das Bild ist hinzugefügt.
picture-removed = Das Bild ist entfernt.
review-pictures = Bilder (nur angekreuzte Bilder werden weitergegeben)
review-picture-pass = Weitergeben
write-pictures-hint = Die Regeln erlauben eine Karte, eine Zeichnung oder ein Foto zu Ihrem Brief: Speichern Sie den Brief als Entwurf und fügen Sie die Bilder dann auf der Seite des Briefs hinzu.
letters-error-picture = Diese Datei kann nicht angenommen werden: Bitte wählen Sie ein JPEG- oder PNG-Bild mit höchstens 8 MB (höchstens 3 pro Brief).
letters-error-pictures-not-allowed = Die Kontaktregeln dieses Paares erlauben keine Fotos, Zeichnungen oder Karten zu Briefen.
review-findings = Was die Prüfung gefunden hat
review-suggested = Diese Stellen entfernen (Haken entfernen, um sie zu behalten)
review-also-remove = Außerdem entfernen (Wörter oder Wendungen, durch Kommas getrennt)
review-note = Gründe für den Schreibenden (nötig zum Zurückgeben oder Ablehnen)
review-preview = Vorschau
review-preview-heading = Was weitergegeben wird
review-approve = Freigeben
review-return = Zurückgeben
review-reject = Ablehnen
review-done = Ihre Entscheidung ist festgehalten.
review-writer-side-screen-only = Die Seite der schreibenden Person prüft Briefe nicht selbst: Die maschinelle Prüfung hat entfernt, was sie gefunden hat, bevor dieser Text zu Ihnen kam. Nur Sie lesen ihn als Mensch.
review-reader-side-screen-only = Die Seite der lesenden Person prüft Briefe nicht selbst: Ihre Freigabe stellt den Brief sofort zu, nachdem die maschinelle Prüfung entfernt hat, was sie mit den Angaben der lesenden Person findet.
queue-title = Briefe, die auf Prüfung warten
queue-empty = Für Ihre Seite warten keine Briefe.
queue-col-letter = Brief
queue-col-stage = Prüfung
queue-col-waiting = Wartet seit
queue-stage-writer = Seite des Schreibenden (Original)
queue-stage-reader = Seite des Lesenden
queue-hours = { $hours } Std.
letters-error-quota-used = Alle Briefe, die die Regeln Ihrer Seite erlauben, sind verschickt.
letters-error-awaiting-reply = Die Regeln erlauben Ihren nächsten Brief erst nach einer Antwort auf den letzten.
letters-error-other-side-writes-first = Nach den Regeln schreibt die andere Seite den ersten Brief.
letters-error-window-closed = Die Zeit, in der die Regeln Briefe erlauben, ist vorbei.
letters-error-not-yet = Briefe sind erst möglich, wenn die Transplantation erfasst ist.
letters-error-consent = Mit dem in diesem Paar gewählten Kontakt ist kein Brief möglich.
letters-error-cord-blood = Nach einer Nabelschnurblutspende gibt es keinen Kontakt.
letters-error-rules-unknown = Ob Briefe erlaubt sind, ist nicht bekannt; fragen Sie Ihre Spenderdatei.
letters-error-not-allowed-by-rules = Die Kontaktregeln dieses Paares erlauben keine anonymen Briefe.
letters-error-wrong-state = Dieser Brief wartet nicht auf diesen Schritt.
letters-error-bad-input = Bitte prüfen Sie den Brief: Er darf nicht leer oder zu lang sein, und Zurückgeben oder Ablehnen braucht einen Grund.
letters-error-forbidden = Das können Sie hier nicht tun.
letter-edit = Ihr Brief (Sie können ihn vor dem Absenden ändern)
letter-withdraw = Diesen Brief zurückziehen
letter-saved = Gespeichert.
letter-withdrawn = Der Brief ist zurückgezogen; er wird nicht weitergegeben.

## Consent
consent-heading = Ihre Wahl des Kontakts
consent-text = Sie entscheiden, wie viel Kontakt Sie möchten, und können Ihre Meinung jederzeit ändern. Eine Änderung gilt sofort für alles, was noch nicht zugestellt ist.
consent-level = Kontakt
consent-no_contact = Kein Kontakt
consent-updates_only = Nur Nachrichten zur Gesundheit
consent-anonymous_letters = Anonyme Briefe
consent-share_details = Die unten gewählten Angaben teilen, sobald die Regeln es erlauben
consent-meet = Persönlich treffen, sobald die Regeln es erlauben
consent-share = Angaben, die ich nach einer Freigabe teilen würde (nur bei den letzten beiden Möglichkeiten)
share-first_name = Vorname
share-full_name = Vollständiger Name
share-country = Land
share-town = Ort
share-email = E-Mail-Adresse
share-phone = Telefonnummer
share-postal_address = Postanschrift
share-photo = Ein Foto
consent-save = Meine Wahl speichern

## Cases
mail-participant-invitation-subject = Ihre Einladung zu Twinbridge
mail-participant-invitation-body =
    Guten Tag,

    Ihre Spenderdatei oder Ihr Transplantationszentrum hat Sie zu Twinbridge eingeladen. Dort sehen Sie, welcher Kontakt nach der Spende möglich ist, und können anonyme Briefe austauschen. Öffnen Sie diesen Link, um sich anzumelden. Er funktioniert { $days } Tage lang:

    { $link }
letter-translation = Übersetzung
letter-add-translation = Eine Übersetzung anfügen
letter-translation-language = Sprache der Übersetzung (z. B. en, de, hi)
letter-translation-text = Übersetzter Text (er wird ebenfalls geprüft)
letter-translation-save = Übersetzung anfügen

date-format = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
write-kept = Sie wurden beim Schreiben abgemeldet. Ihr Brief wurde aufbewahrt: Prüfen Sie ihn und senden Sie ihn, wenn Sie bereit sind.
letters-error-bad-text = Bitte schreiben Sie Ihren Brief: Er kann nicht leer gesendet werden und darf nicht länger als einige Seiten sein.
finding-not-allowed = nach den Kontaktregeln dieses Paares in Briefen nicht erlaubt
tokens-title = Dienst-Token für Systeme der Spenderdatei
tokens-link = Dienst-Token für die Systeme Ihrer Organisation
tokens-intro = Ein System Ihrer Organisation (Spender- oder Fallverwaltung) ruft die Twinbridge-API mit einem eigenen Token auf. Es handelt mit den Rechten Ihrer Koordinatorinnen und Koordinatoren, nur soweit seine Berechtigungen reichen, nie als Spender oder Patient, und jede Nutzung wird im Prüfprotokoll festgehalten.
tokens-created-heading = Neues Token
tokens-created-once = Kopieren Sie dieses Token jetzt in das System, das es nutzt: Es wird nur dieses eine Mal angezeigt.
tokens-col-name = Name
tokens-col-scopes = Berechtigungen
tokens-col-created = Erstellt
tokens-col-used = Zuletzt genutzt
tokens-col-action = Aktion
tokens-never-used = noch nicht
tokens-revoked = widerrufen
tokens-revoke = Widerrufen
tokens-new-heading = Token erstellen
tokens-name = Name (welches System es nutzt)
tokens-scopes = Was es darf
tokens-create = Token erstellen
tokens-error-name = Geben Sie dem Token einen einzeiligen Namen mit höchstens 100 Zeichen.
tokens-error-scopes = Wählen Sie mindestens eine Berechtigung.
tokens-error-taken = Es gibt schon ein Token mit diesem Namen; wählen Sie einen anderen Namen oder widerrufen Sie das alte Token.
scope-cases-read = Fälle und ihre Regeln lesen
scope-cases-write = Fälle anlegen und fortschreiben (schließt Lesen ein)
scope-letters-read = Briefe und die Prüfliste lesen
scope-registrations-read = Registrierungen möglicher Spender lesen
scope-questions-read = Fragen lesen
scope-statistics-read = Statistiken lesen
scope-identities-read = die Identitäten Ihrer eigenen Teilnehmenden sehen
mydata-title = Ihre Daten
mydata-intro = Alles, was Twinbridge über Sie speichert: Ihre Angaben, Ihre Kontaktwünsche im Lauf der Zeit, die Briefe, die Sie geschrieben und erhalten haben (so, wie sie Sie erreicht haben), und die Aufzeichnung dessen, was mit Ihrem Konto und Ihren Angaben geschah. Nichts über die andere Person ist darin.
mydata-download = Als Datei herunterladen (JSON)
mydata-link = Alle über Sie gespeicherten Daten ansehen oder herunterladen
mydata-identity = Ihre Angaben
mydata-pairing = Paar
mydata-consents = Ihre Kontaktwünsche im Lauf der Zeit
mydata-letters = Briefe
mydata-written = von Ihnen geschrieben
mydata-received = von Ihnen erhalten
mydata-events = Was mit Ihrem Konto und Ihren Angaben geschah
mydata-col-when = Wann
mydata-col-what = Was
mydata-field-legal_name = Name
mydata-field-preferred_first_name = Ihr Rufname
mydata-field-email = E-Mail
mydata-field-phone = Telefon
mydata-field-postal_address = Postanschrift
mydata-field-town = Ort
mydata-field-country = Land
mydata-field-date_of_birth = Geburtsdatum
mydata-field-language = Sprache
mydata-field-sex = Geschlecht
mydata-field-other_identifiers = Weitere Kennzeichen
mydata-field-grid = Spendernummer (GRID)

## Webhooks
webhooks-title = Webhooks für Registersysteme
webhooks-link = Webhooks: Ihre Registersysteme benachrichtigen, wenn etwas auf sie wartet
webhooks-intro = Twinbridge sendet eine kurze, signierte Nachricht an die Adresse Ihres Systems, wenn ein Brief auf die Prüfung durch Ihre Organisation wartet, wenn eine Seite eine Identitätsfreigabe abzeichnet oder wenn jemand Ihrer Organisation eine Frage stellt. Die Nachricht enthält nur Kennungen, nie einen Namen oder einen Text: Ihr System holt den Rest über die API mit einem Service-Token.
webhooks-created-heading = Neues Abonnement
webhooks-created-once = Übernehmen Sie dieses Signaturgeheimnis jetzt in das empfangende System: Es wird nur dieses eine Mal angezeigt. Ihr System prüft damit den Header Twinbridge-Signature jeder Nachricht.
webhooks-col-url = Adresse
webhooks-col-events = Ereignisse
webhooks-col-created = Angelegt
webhooks-col-last = Letzte Zustellung
webhooks-col-action = Aktion
webhooks-no-delivery = noch keine
webhooks-status-pending = wartet oder wird erneut versucht
webhooks-status-delivered = zugestellt
webhooks-status-given-up = aufgegeben
webhooks-delete = Löschen
webhooks-new-heading = Abonnement hinzufügen
webhooks-url = Adresse Ihres Systems (https://)
webhooks-url-hint = Nur https://-Adressen; http:// wird zum Testen für die eigenen Adressen dieses Rechners (127.0.0.1, localhost) angenommen.
webhooks-events = Worüber es benachrichtigt wird
webhooks-event-letter-waiting = ein Brief wartet auf die Prüfung durch Ihre Organisation
webhooks-event-release-signed-off = eine Seite hat eine Identitätsfreigabe abgezeichnet (oder abgeschlossen)
webhooks-event-question-asked = Ihrer Organisation wurde eine Frage gestellt
webhooks-create = Abonnement hinzufügen
webhooks-error-url = Geben Sie eine https://-Adresse an (http:// nur für 127.0.0.1 oder localhost), ohne Benutzernamen oder Passwort.
webhooks-error-events = Wählen Sie mindestens ein Ereignis.

## Words for the codes of the rule data, in rule summaries shown to staff.
code-after_period = nach einer Wartezeit
code-last_donation = der letzten Spende
code-first_collection = der ersten Entnahme
code-first_transplant = der ersten Transplantation
code-last_transplant = der letzten Transplantation
code-both_written_consent = schriftliche Einwilligung beider
code-counselling_recorded = dokumentierte Beratung
code-patient_well_confirmed = bestätigte Gesundheit des Patienten
code-no_further_donation_expected = keine weitere Spende erwartet
code-age_group = Altersgruppe
code-disease_category = Art der Erkrankung
code-date_of_birth = Geburtsdatum
code-contact_details = Kontaktdaten
code-donation_details = Einzelheiten der Spende
code-social_media = soziale Medien
code-confidentiality_agreement = eine Vertraulichkeitsvereinbarung
code-regular_letters_first = zuerst regelmäßige Briefe
code-transplant_centre = das Transplantationszentrum
code-postal_address = Postanschrift
code-first_name = Vorname
code-full_name = vollständiger Name
autosave-hint = Ihr Brief wird beim Schreiben und bei jedem Knopfdruck als Entwurf gespeichert.
autosave-saved = Als Entwurf gespeichert.
autosave-failed = Gerade nicht gespeichert. Ihr Text ist noch da; drücken Sie „Entwurf speichern“, um ihn zu behalten.
write-draft-saved = Ihr Brief wurde als Entwurf gespeichert.
form-kept = Sie wurden abgemeldet, bevor dies gesendet wurde. Ihre Eingabe wurde aufbewahrt: Prüfen Sie sie und senden Sie sie erneut.
audit-action-sign_in = Angemeldet
audit-action-sign_in_failed = Anmeldung fehlgeschlagen
audit-action-sign_out = Abgemeldet
audit-action-sign_in_link_sent = Anmeldelink gesendet
audit-action-invitation_accepted = Einladung angenommen
audit-action-password_changed = Passwort geändert
audit-action-totp_enrolled = Authenticator-App eingerichtet
audit-action-read_receipts_changed = Lesebestätigungen geändert
audit-action-signed_out_everywhere = Überall abgemeldet
audit-action-staff_invited = Mitarbeiter eingeladen
audit-action-staff_disabled = Mitarbeiterkonto gesperrt
audit-action-staff_enabled = Mitarbeiterkonto wieder freigegeben
audit-action-identity_read = Identität gelesen
audit-action-data_exported = Eigene Daten heruntergeladen
audit-action-person_erased = Person gelöscht
audit-action-case_closed = Fall abgeschlossen
audit-action-retention_changed = Aufbewahrungsfrist geändert
audit-action-pairing_created = Fall angelegt
audit-action-patient_attached = Patient zum Fall hinzugefügt
audit-action-donation_recorded = Spende erfasst
audit-action-transplant_recorded = Transplantationsdatum erfasst
audit-action-patient_status_recorded = Gesundheitszustand erfasst
audit-action-consent_changed = Einwilligung geändert
audit-action-letter_drafted = Briefentwurf gespeichert
audit-action-letter_revised = Brief geändert
audit-action-letter_submitted = Brief zur Prüfung gesendet
audit-action-letter_withdrawn = Brief zurückgezogen
audit-action-letter_reviewed = Brief geprüft
audit-action-letter_screened_in_place_of_review = Brief automatisch statt einer Prüfung kontrolliert
audit-action-letter_translated = Übersetzung beigefügt
audit-action-letter_translation_requested = Übersetzung erbeten
audit-action-letter_picture_added = Bild zu einem Brief hinzugefügt
audit-action-letter_picture_removed = Bild aus einem Brief entfernt
audit-action-organisation_policy_changed = Kontaktregeln der Organisation geändert
audit-action-organisation_letter_review_changed = Einstellung zur Briefprüfung geändert
audit-action-keys_rotated = Schlüssel erneuert
audit-action-service_token_created = Zugang für ein Registersystem erstellt
audit-action-service_token_revoked = Zugang für ein Registersystem widerrufen
audit-action-service_token_used = Registersystem hat eine Anfrage gestellt
audit-action-backup_made = Sicherung erstellt
audit-action-organisation_added = Organisation hinzugefügt
audit-action-letter_entered = Papierbrief erfasst
audit-action-letter_exported = Brief gedruckt oder exportiert
audit-action-letter_sent = Brief als versendet markiert
audit-action-participant_reinvited = Einladung erneut gesendet
audit-action-participant_email_changed = E-Mail-Adresse geändert
audit-action-pairings_imported = Fälle importiert
audit-action-release_requested = Freigabe der Identität beantragt
audit-action-release_signed_off = Freigabe der Identität bestätigt
audit-action-release_completed = Identitäten freigegeben
audit-action-release_stopped = Freigabe der Identität gestoppt
audit-action-meeting_changed = Treffen geändert
audit-action-mail_choices_changed = E-Mail-Einstellungen geändert
audit-action-mail_given_up = E-Mail konnte nicht zugestellt werden
audit-action-waiting_target_changed = Zielzeit für wartende Aufgaben geändert
audit-action-registration_ages_changed = Altersgrenzen der Registrierung geändert
audit-action-patient_came_of_age = Patient ist volljährig geworden
audit-action-notice_sent = Benachrichtigung gesendet
audit-action-registration_received = Spenderregistrierung eingegangen
audit-action-registration_confirmed = Spenderregistrierung bestätigt
audit-action-registration_status_changed = Status der Registrierung geändert
audit-action-registration_erased = Registrierung gelöscht
audit-action-registrations_read = Registrierungen gelesen
audit-action-question_asked = Frage gestellt
audit-action-question_answered = Frage beantwortet
audit-action-question_followed_up = Nachfrage gestellt
audit-action-question_closed = Frage geschlossen
audit-action-webhook_created = Webhook angelegt
audit-action-webhook_deleted = Webhook gelöscht
audit-actor-system = Das System
audit-actor-other-staff = Mitarbeiter einer anderen Organisation
audit-actor-service = Ein Registersystem
audit-actor-donor = Der Spender / die Spenderin
audit-actor-patient = Der Patient / die Patientin
audit-actor-proxy = Eine Vertretung des Patienten
audit-actor-unknown = Ein nicht mehr bestehendes Konto
audit-actor-events = Nur Ereignisse dieser Person
review-own-lead = Ihre Seite hat diesen Brief freigegeben. Was sie entfernt und was sie belassen hat:
review-own-removed = entfernt
review-own-kept = belassen
review-own-also = Ihre Seite hat außerdem entfernt
letters-error-already-translated = Dieser Brief hat bereits eine Übersetzung in Ihre Sprache: Sie finden sie unter dem Brief.
audit-action-translation_requested = Übersetzung von der lesenden Person erbeten

## Pages of long lists (keyset pages: "next" continues after the last line shown).
pages-label = Seiten
pages-first = Erste Seite
pages-next = Nächste Seite
