# Die andere Seite arbeitet auf Papier: Briefe werden vom Personal erfasst, gedruckt und verschickt.

letter-status-ready_to_send = freigegeben, auf Papier zu versenden
letter-status-sent = auf Papier versandt
letters-error-no-participant = Auf Ihrer Seite dieser Paarung ist noch niemand eingetragen, daher kann der Brief nicht für jemanden erfasst werden.

print-title = Brief
print-hint = Drucken Sie diese Seite (oder speichern Sie sie als PDF) und schicken Sie sie an das Zentrum der anderen Seite. Die Seite enthält nur den freigegebenen Text.
print-back = Zurück zum Brief
print-heading = Anonymer Brief
print-reference = Zeichen:
print-written-on = geschrieben am
print-quote-reference = Bitte geben Sie dieses Zeichen bei jeder Antwort an, damit sie die richtige Person erreicht.

enter-title = Einen Papierbrief erfassen
enter-intro = Tippen oder fügen Sie den Text eines Briefes ein, der Sie auf Papier erreicht hat. Er durchläuft dieselbe Prüfung und Freigabe wie jeder hier geschriebene Brief.
enter-whose = Wer hat den Brief geschrieben?
enter-whose-other = Die andere Seite (ihr Zentrum nutzt diesen Dienst nicht)
enter-whose-own = Unsere teilnehmende Person (der Brief wurde uns auf Papier übergeben)
enter-received-on = Eingegangen am
enter-received-on-hint = Der Tag, an dem der Papierbrief ankam. Leer lassen für heute.
enter-language = Sprache des Briefes
enter-language-hint = Ein Sprachkürzel wie en, de oder hi. Leer lassen, wenn Sie unsicher sind.
enter-body = Text des Briefes
enter-review-hint = Nach dem Erfassen wartet der Brief wie jeder andere auf die Prüfung.
enter-submit = Brief erfassen
enter-error-received-on = Bitte geben Sie den Eingangstag als Datum an, das nicht in der Zukunft liegt.
enter-error-not-offline = Briefe der anderen Seite können nur erfasst werden, wenn deren Zentrum diesen Dienst nicht nutzt.
enter-error-input = Bitte prüfen Sie den Brief: Er darf nicht leer oder zu lang sein.

letter-marked-sent = Der Brief ist als versandt vermerkt.
send-heading = Versand auf Papier
send-intro = Das Zentrum der anderen Seite nutzt diesen Dienst nicht. Drucken oder exportieren Sie den Brief, schicken Sie ihn ab und vermerken Sie dann den Versand.
send-done = Dieser Brief wurde auf Papier versandt.
send-print = Druckansicht
send-export-txt = Als Text herunterladen
send-export-pdf = Als PDF herunterladen
send-mark-sent = Als versandt vermerken
