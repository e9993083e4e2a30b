# Fallseiten der Koordination: Fallliste mit Suche und Filtern, der Fall im Überblick, die teilnehmende Person
# der eigenen Seite, der Verlauf; in der Prüfliste die Paarung und die Wartetage.

cases-search-label = Nach Zeichen suchen
cases-search-button = Anzeigen
cases-filter-label = Nur zeigen
cases-filter-all = Alle Fälle
cases-filter-waiting = Etwas wartet auf uns
cases-filter-in_review = Briefe in Prüfung
cases-filter-release_soon = Freigabe der Identitäten binnen 30 Tagen
cases-filter-closed = Abgeschlossen
cases-caption = Ihre Fälle und was in jedem wartet
cases-empty-filtered = Kein Fall passt zu dieser Suche.
cases-col-status = Stand
cases-col-donor-country = Land der spendenden Person
cases-col-patient-country = Land der Patientin oder des Patienten
cases-col-donation = Letzte Spende
cases-col-transplant = Transplantation
cases-col-release = Früheste Freigabe der Identitäten
cases-col-waiting = Was wartet
cases-waiting-patient = die Patientin oder der Patient ist einzutragen
cases-waiting-letters = { $count } Briefe zu prüfen

case-status-awaiting_patient_side = wartet auf die Patientenseite
case-status-open = offen
case-status-closed = abgeschlossen

case-product-pbsc = periphere Blutstammzellen
case-product-bone-marrow = Knochenmark
case-product-dli = Spenderlymphozyten (DLI)
case-product-cd34-boost = CD34-Boost
case-product-cord-blood = Nabelschnurblut

case-patient-status-well = gesund
case-patient-status-in_treatment = in Behandlung
case-patient-status-relapsed = Rückfall
case-patient-status-deceased = verstorben
case-patient-status-unknown = unbekannt

case-summary-heading = Der Fall
case-participant-donor = Unsere spendende Person
case-participant-patient = Unsere Patientin oder unser Patient
case-participant-name = Name
case-participant-email = E-Mail
case-participant-grid = GRID
case-participant-town = Ort
case-participant-born = Geburtsdatum
case-participant-none = Für Ihre Seite ist noch niemand eingetragen.

case-timeline-heading = Verlauf
case-timeline-caption = Was in diesem Fall geschah, das Älteste zuerst
case-timeline-col-date = Datum
case-timeline-col-event = Ereignis
case-timeline-empty = Noch nichts eingetragen.
case-event-donation = Spende: { $product }
case-event-transplant = Transplantation
case-event-patient-status = Zustand der Patientin oder des Patienten: { $status }
case-event-letter = { $from }: { $status }
case-event-consent = Einwilligung ({ $role }): { $level }

queue-caption = Briefe, die auf die Prüfung Ihrer Seite warten, die ältesten zuerst
queue-col-pairing = Paarung
queue-days = { $days } Tage

case-sex = Geschlecht
case-sex-hint = Manche Länder erlauben, der anderen Seite das Geschlecht vor der Freigabe der Identitäten mitzuteilen.
case-sex-none = Nicht erfasst
case-sex-female = Weiblich
case-sex-male = Männlich
case-sex-diverse = Divers
