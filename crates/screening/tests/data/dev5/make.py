#!/usr/bin/env python3
"""Build letters.jsonl, the fifth hand-written development set for the letter screener (60 letters).

The record format, the `where` forms and the checks are those of ../letterset.py; the script stops and
writes nothing if a check fails. `python3 make.py` builds letters.jsonl, `--stats` also prints counts.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "V", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== German ========================================

# V001 Leipzig tram driver; known identifiers only in other forms (LVB, Leipzigs, J.).
add("de", "patient_to_donor", """
Lieber Spender, liebe Spenderin,

jetzt sitz ich hier schon den dritten Abend vor diesem Blatt und weiß nicht, wie man sowas anfängt. Also einfach so: Danke. Ohne dich wär ich nicht mehr da.

Ich bin 52, verheiratet, zwei große Kinder, und fahr seit neunzehn Jahren Straßenbahn bei den LVB, meistens die Linie 11 raus nach Markkleeberg. Im Frühjahr hab ich gemerkt, dass ich nach jeder Schicht wie erschlagen war, und dann ging alles ganz schnell: Blutbild, Uniklinik, Diagnoße AML. Transplantiert wurde ich am 14. Februar 2023, ausgerechnet am Valentinstag, meine Frau hat gesagt, das passt.

Die Schwestern auf der Station haben mich durchgebracht, besonders Schwester Anke, die mir jeden Morgen die Zeitung vorgelesen hat, als ich selber zu schwach war.

Seit Oktober bin ich wieder im Dienst. Wenn du mal in Leipzigs Süden bist und ein Fahrer dir zu fröhlich winkt, könnte ich das sein.

Bleib gesund!
Dein J.
""", [("52", AGE), ("LVB", ORG), ("Linie 11", OID), ("Markkleeberg", LOC), ("14. Februar 2023", DATE),
      ("Schwester Anke", P), ("Leipzigs", LOC), ("J.", P)],
    known={"names": ["Jürgen Wiesner"], "places": ["Leipzig"], "organisations": ["Leipziger Verkehrsbetriebe"]},
    var="de-DE")

# V002 Viennese dialect, kindergarten teacher in Ottakring.
add("de", "patient_to_donor", """
Liebe Spenderin oder lieber Spender!

Servus, i waß gar ned wo i anfangen soll. I bin die Steffi, 34 Jahr alt, und arbeit in an Kindergarten in Ottakring, gleich hinterm Yppenplatz. Im Dezember 2021 hams bei mir a Leukämie gfunden, und im Frühling drauf hab i im AKH dei Stammzellen kriegt, am 3. Mai 2022, den Tag vergiss i nimmer.

Auf der Station 20 warn's alle so lieb zu mir. Der Dr. Pichler hat immer gsagt: „Frau Steffi, Sie san zach wie a Schnitzel vom Vortag." I hab so glacht, dass mir der Zugang fast aussagrutscht is.

Mei Mama is jeden Tag mit der U6 von Floridsdorf ins Spital gfahrn, obwohl's Platzangst hat in der U-Bahn, und hat ma Kipferl vom Ströck mitbracht, die i eh ned essen hab dürfen. Mei kleiner Bruder, der Mani, hat ma Videos gschickt von seine Matches beim Wiener Sport-Club, und wann er a Tor gschossn hat, hat er in die Kamera brüllt: „Des is für mei Schwester!"

Jetzt geh i wieder jeden Sonntag mit meim Freund und unserm Hund Bobby auf die Steinhofgründe, und im Sommer samma am Donaukanal gsessen und ham an Spritzer trunken. So normal, und trotzdem a Wunder.

Danke, danke, danke. Du bist a Engerl.

Deine Steffi
""", [("Steffi", P, 0), ("34", AGE), ("Ottakring", LOC), ("Yppenplatz", LOC), ("Dezember 2021", DATE), ("AKH", ORG),
      ("3. Mai 2022", DATE), ("Station 20", OID), ("Dr. Pichler", P), ("Frau Steffi", P), ("Floridsdorf", LOC),
      ("Mani", P), ("Wiener Sport-Club", ORG), ("Steinhofgründe", LOC),
      ("Donaukanal", LOC), ("Steffi", P, 2)],
    var="de-AT")

# V003 Swiss mother from Winterthur; "Kispi" and "Winti" for the known hospital and town.
add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender

Unser Nino ist jetzt sechs Jahre alt. Als er krank wurde, war er vier, und wir wussten nicht, ob er seinen fünften Geburtstag erlebt. Er hat ihn erlebt, im Kispi, mit einem Kuchen in Form eines Feuerwehrautos, den die Pflegerinnen organisiert hatten.

Ihre Zellen hat er am 22. Juni 2022 bekommen. Seither ist so viel passiert. Er geht in den Kindergarten im Quartier, er streitet mit seiner grossen Schwester, er will unbedingt Goalie werden beim FC Winterthur, obwohl er jedes Mal die Augen zumacht, wenn der Ball kommt.

Mein Mann arbeitet bei Rieter, ich bin Teilzeit in einer Apotheke in der Altstadt von Winti. Ganz normale Leute. Aber seit zwei Jahren zünden wir jeden 22. Juni eine Kerze an für Sie, wer immer Sie sind.

Herzlich
Nino's Mami
""", [("Nino", P, 0), ("sechs", AGE), ("vier", AGE), ("fünften", AGE), ("Kispi", ORG), ("22. Juni 2022", DATE),
      ("FC Winterthur", ORG), ("Rieter", ORG), ("Winti", LOC), ("22. Juni", DATE, 1), ("Nino", P, 1)],
    known={"names": ["Regula Bärtschi", "Nino Bärtschi"], "places": ["Winterthur"],
           "organisations": ["Universitäts-Kinderspital Zürich"]},
    var="de-CH")

# V004 Lower Bavarian carpenter, donor.
add("de", "donor_to_patient", """
Hallo du,

ich hab lang überlegt, ob ich überhaupt schreiben soll, weil ich nicht so der Briefeschreiber bin. Aber die von der DKMS haben gesagt, man darf, also mach ich das jetzt.

Ich bin 29, komm aus einem kleinen Dorf im Rottal und arbeit als Zimmerer. Typisiert hab ich mich mit 19 auf einer Aktion bei unserem Fußballverein, dem SV Hebertsfelden, weil damals ein Bub aus der Nachbarschaft krank war. Zehn Jahre hat sich nix gerührt, und dann kam der Anruf. Die Spende war am 7.11.2023 in Köln, meine erste Zugfahrt allein so weit in den Norden, haha.

Nebenbei spiel ich Tuba in der Blaskapelle, und beim Volksfest in Pfarrkirchen hab ich den ganzen Abend an dich gedacht, ohne zu wissen wer du bist.

Ich hoff, es geht dir jeden Tag ein bissl besser. Wenn du magst, schreib zurück. Wenn nicht, ist auch gut.

Pfiat di
Basti
""", [("DKMS", ORG), ("29", AGE), ("Rottal", LOC), ("19", AGE), ("SV Hebertsfelden", ORG), ("7.11.2023", DATE),
      ("Köln", LOC), ("Pfarrkirchen", LOC), ("Basti", P)],
    var="de-DE")

# V005 Hamburg ferry skipper; known hospital only as "St. Georg".
add("de", "patient_to_donor", """
Moin liebe*r Spender*in,

hier schreibt die Frau, die seit dem 9. August 2022 dein Blut in sich trägt. Verrückte Vorstellung, oder? Meine Blutgruppe hat sich sogar geändert.

Kurz zu mir: ich bin 47, geschieden, hab einen Sohn (jannik, 19, der grade mehr Zeit mit seiner Band verbringt als mit Lernen) und ich bin Schiffsführerin bei der HADAG. Meistens fahr ich die Linie 73, also wenn du mal in Hamburg auf einer kleinen Hafenfähre sitzt und die Frau am Steuer grinst blöd – das bin vielleicht ich.

Die Zeit in St. Georg war hart. Sieben Wochen Isolation, und Jannik durfte nur durchs Fenster winken. Schwester Gül hat mir Simit von ihrer Tante mitgebracht, als ich endlich wieder was essen konnte.

Wir wohnen in Wilhelmsburg, direkt am Veringkanal, und im Sommer sitz ich jetzt wieder mit meinen Mädels vom Ruderclub auf dem Steg.

Tausend Dank, von Herzen,
h.
""", [("9. August 2022", DATE), ("47", AGE), ("jannik", P), ("19", AGE), ("HADAG", ORG), ("Linie 73", OID),
      ("Hamburg", LOC), ("St. Georg", ORG), ("Jannik", P), ("Schwester Gül", P), ("Wilhelmsburg", LOC),
      ("Veringkanal", LOC), ("h.", P)],
    known={"names": ["Heike Brandt"], "places": ["Hamburg", "Wilhelmsburg"],
           "organisations": ["Asklepios Klinik St. Georg"]},
    var="de-DE")

# V006 Bereaved daughter, Ruhr area (Bottrop): miner, Schalke, parish church.
add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

ich schreibe Ihnen im Namen unserer Familie, und es fällt mir nicht leicht. Mein Vater ist am 2. März gestorben, fünf Monate nach der Transplantation. Die Leukämie kam zurück, die Ärzte haben alles versucht.

Ich möchte trotzdem, dass Sie wissen, was Ihre Spende bedeutet hat. Papa – alle nannten ihn nur Kalle – hatte durch Sie noch einen Sommer. Er hat mit seinen Brieftauben im Garten gesessen, er war noch einmal in der Veltins-Arena bei Schalke, im Rollstuhl, aber mit Schal und Trikot, und er hat seine Enkelin Mia kennengelernt, die im Juli geboren wurde.

Er war 31 Jahre unter Tage auf Prosper-Haniel, bis zur letzten Schicht. So einer gibt nicht auf, hat er immer gesagt.

Die Beerdigung war in St. Cyriakus, und der Pfarrer hat Sie erwähnt, ohne Namen natürlich. Viele Leute haben geweint, als er von Ihnen erzählt hat.

Danke für diesen Sommer.

Ihre Sabine
""", [("2. März", DATE), ("Kalle", P), ("Veltins-Arena", LOC), ("Schalke", ORG), ("Mia", P), ("Prosper-Haniel", ORG),
      ("St. Cyriakus", ORG), ("Sabine", P)],
    var="de-DE")

# V007 Tyrolean donor; known name, municipality and ski school appear only in other forms.
add("de", "donor_to_patient", """
Griaß di!

I hoff, i derf di duzen, bei uns in de Berg duzt ma jeden. I bin da Flo, 31, und i hab dir im Herbst meine Stammzellen gschickt. Wia's da jetzt geht, woaß i ned, aber i denk oft an di.

Im Winter bin i Skilehrer in Obergurgl, im Summa helf i meim Onkel auf da Breslauer Hütte oberhalb von Vent. Do obn gibt's ka Handynetz, do hob i vü Zeit zum Nochdenken ghabt, wia's dir wohl geht. De Tag vor da Spende hob i mir de Spritzen selber gsetzt und hob mi gfühlt wia a Opa mit Grippe, aber des woa's wert.

Mei Freindin Lisi hot gmoant, i soll da schreiben, dass i bei da Musikkapelle Trompete spü, weil des so a schöne Gschicht is: beim Almabtrieb hob i des erste Mal für di gspüt, a Stückl ganz alloa.

Pass auf di auf. Und wenn'd amol Berge siehst, denk da, do obn sitzt wer und druckt da de Daumen.

Flo
""", [("Flo", P, 0), ("31", AGE), ("Obergurgl", LOC), ("Breslauer Hütte", LOC), ("Vent", LOC), ("Lisi", P),
      ("Flo", P, 1)],
    known={"names": ["Florian Gstrein"], "places": ["Sölden", "Ötztal"], "organisations": ["Skischule Obergurgl"]},
    var="de-AT")

# V008 Berlin student, all lower case, Instagram handle.
add("de", "patient_to_donor", """
hey du,

sorry für die schrift, ich schreib sonst nur am handy 😅 ich bin 23 und hab maschinenbau an der tu berlin studiert, bzw. angefangen, bevor das alles losging. jetzt wohn ich wieder bei meiner mom in friedrichshain und versuch langsam, zurück ins leben zu kommen.

transplantiert wurde ich im märz 2023 in der charité im wedding, auf station 36 (falls das hier jemand von dort liest: grüße an pfleger mo, der beste!!). ich hab da drin ungefähr alle staffeln von so ner kochshow geguckt und will jetzt koch werden, kein witz.

meine mom meint ich soll nicht so viel von mir erzählen, wegen anonym und so, aber ich find das komisch. du hast mir das leben gerettet, du sollst wissen wer ich bin. wenn du willst, mein insta is @tobi.kocht.jetzt, da poste ich meine versuche. die lasagne letzte woche war ne katastrophe.

bin mega dankbar, ehrlich. jeden tag.
tobi
""", [("23", AGE), ("tu berlin", ORG), ("friedrichshain", LOC), ("märz 2023", DATE), ("charité", ORG),
      ("wedding", LOC), ("station 36", OID), ("pfleger mo", P), ("@tobi.kocht.jetzt", CON), ("tobi", P, 1)],
    var="de-DE")

# V009 Basel lab technician, donor; choir, Rhine, roses (also a surname) not labelled.
add("de", "donor_to_patient", """
Grüezi

Ich weiss nicht, ob Sie Deutsch lesen, vielleicht wird der Brief übersetzt. Dann einen Gruss an die Übersetzerin!

Ich bin eine Frau, 44 Jahre alt, Mutter von zwei Teenagern, und ich arbeite als Laborantin bei der Roche. Vielleicht passt es, dass ausgerechnet jemand aus dem Labor Stammzellen gespendet hat. Ich habe mich vor vielen Jahren bei Blutspende SRK registriert, bei einer Aktion an der Uni, und es dann fast vergessen.

Die Entnahme war am 18. Januar 2024 im Unispital Basel. Danach war ich zwei Tage müde, sonst nichts. Meine Kolleginnen im Team haben mir Blumen geschickt, natürlich Rosen, weil sie wissen, dass ich Rosen liebe.

In der Freizeit singe ich im Kammerchor Riehen, und im Sommer schwimme ich fast jeden Abend im Rhein, das machen hier alle. Beim nächsten Konzert werde ich ein Lied nur für Sie singen, im Kopf.

Ich hoffe so sehr, dass es Ihnen gut geht.

Mit herzlichen Grüssen
M.
""", [("44", AGE), ("Roche", ORG), ("Blutspende SRK", ORG), ("18. Januar 2024", DATE), ("Unispital Basel", ORG),
      ("Kammerchor Riehen", ORG), ("Rhein", LOC), ("M.", P)],
    known={"names": ["Martina Vögeli"], "places": ["Basel", "Riehen"],
           "organisations": ["F. Hoffmann-La Roche AG"]},
    var="de-CH")

# V010 Swabian bakers; the family name appears inside the bakery's name.
add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

wir sind die Eltern von einem 15-jährigen Jungen, der seit dem 30. November 2022 Ihre Stammzellen in sich trägt. Unser Luki (eigentlich heißt er anders, aber so nennt ihn jeder) war vorher ein Bub, der nie still sitzen konnte, und dann konnte er monatelang nicht mal die Treppe hoch.

Wir haben eine kleine Bäckerei, die Bäckerei Riedle in der Wilhelmstraße, und während Luki in Tübingen in der Kinderklinik lag, haben die Nachbarn abwechselnd für uns Brezeln gedreht, damit wir bei ihm sein konnten. So was vergisst man nicht.

Jetzt geht er wieder in die Schule, aufs Isolde-Kurz-Gymnasium, und spielt wieder Handball beim VfL Pfullingen, vorerst nur im Training. Er hat gesagt, wenn er das erste Tor wirft, widmet er es Ihnen.

Wir wissen nicht, wer Sie sind, aber wir beten jeden Abend für Sie. Ein Glaube, den wir fast verloren hatten, ist zurück.

In großer Dankbarkeit
Familie R.
""", [("15", AGE), ("30. November 2022", DATE), ("Luki", P, 0), ("Bäckerei Riedle", ORG), ("Wilhelmstraße", LOC),
      ("Luki", P, 1), ("Tübingen", LOC), ("Isolde-Kurz-Gymnasium", ORG), ("VfL Pfullingen", ORG), ("Familie R.", P)],
    known={"names": ["Thomas Riedle", "Lukas Riedle"], "places": ["Reutlingen"],
           "organisations": ["Universitätsklinikum Tübingen"]},
    var="de-DE")

# V011 Dresden donor after the recipient's death.
add("de", "donor_to_family", """
Liebe Familie,

man hat mir gesagt, dass der Mensch, für den ich gespendet habe, nicht mehr lebt. Ich habe den Brief von der DKMS drei Mal gelesen.

Am Sonntag habe ich in der Frauenkirche eine Kerze angezündet. Draußen auf dem Neumarkt spielte einer Geige, und ich habe zugehört, bis mir kalt wurde.

Es tut mir so leid, dass es nicht gereicht hat. Ich hoffe, Sie hatten noch ein paar gute Tage zusammen.

Ihre Spenderin
""", [("DKMS", ORG), ("Frauenkirche", LOC), ("Neumarkt", LOC)],
    var="de-DE")

# V012 Graz taxi driver with a vanity plate; the known plate appears verbatim.
add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender!

Mei Frau hat gsagt, ich soll endlich schreiben, sonst tut sie es. Also: i bin der Gerry, 61 Jahre, Taxler in Graz seit über dreißig Jahren. Wenn Sie jemals am Jakominiplatz a Taxi mit dem Wunschkennzeichen G-GERRY 1 sehen, dann bin des i, und die Fahrt is gratis.

Krank worden bin i im Frühjahr 2022, zuerst MDS, dann AML. Im LKH hams mi wieder zammgflickt, mit Ihren Zellen. Am 5. Oktober 2022 war der große Tag. Der Primar hat gsagt, so a guate Spenderin oder so a guater Spender is a Sechser im Lotto.

Heuer war i schon wieder beim Aufsteirern in der Herrengasse und hab mit meine Freunderl vom Stammtisch im Gasthaus Stainzerbauer a Bier trunken. Nur eins, versprochen.

Vergelt's Gott. Sie san a Segen für uns.

Gerry und die Hanni
""", [("Gerry", P, 0), ("61", AGE), ("Graz", LOC), ("Jakominiplatz", LOC), ("G-GERRY 1", OID), ("LKH", ORG),
      ("5. Oktober 2022", DATE), ("Herrengasse", LOC), ("Gasthaus Stainzerbauer", ORG), ("Gerry", P, 1),
      ("Hanni", P)],
    known={"names": ["Gerhard Pölzl", "Johanna Pölzl"], "places": ["Graz"],
           "organisations": ["LKH-Univ. Klinikum Graz"], "other": ["G-GERRY 1"]},
    var="de-AT")

# ======================================== Spanish ========================================

# V013 Madrid, Vallecas; hospital "12 de Octubre" looks like a date; "Esperanza" is the word here.
add("es", "patient_to_donor", """
Querido donante (o donanta, que ya no sé cómo se dice bien):

Soy Maricarmen, tengo 58 años y soy de Vallekas de toda la vida, de las que todavía bajan al mercado de la calle Arroyo del Olivar a por el pescado los sábados. Me trasplantaron en el 12 de Octubre el 9 de marzo de 2023, y desde entonces llevo tu sangre, que ya es mía tambien, jaja.

Trabajé treinta años limpiando en el metro, en la línea 1, la celeste, y mis compañeras me hicieron una colecta para la peluca. Al final no la usé, me acostumbré al pañuelo.

Mi Paco, que en paz descanse, era del Rayo hasta la médula, y siempre decía que en Vallekas hasta la sangre es franjirroja. Pues ahora la mía es tuya, así que ya eres un poco del Rayo también, te guste o no. En el hospital me ponían la radio para escuchar los partidos, y la enfermera Loli se sabía todas las alineaciones de memoria.

Mi nieta Vero me ha ayudado a escribir esto porque yo con las tildes soy un desastre. Dice que ponga que te quiere mucho aunque no te conozca.

Esperanza es lo único que no perdí en todo este tiempo. Y ahora tengo mucha.

Un abrazo muy fuerte desde Madrid,
Maricarmen
""", [("Maricarmen", P, 0), ("58", AGE), ("Vallekas", LOC, 0), ("calle Arroyo del Olivar", LOC), ("12 de Octubre", ORG),
      ("9 de marzo de 2023", DATE), ("línea 1", OID), ("Paco", P), ("Rayo", ORG, 0),
      ("Vallekas", LOC, 1), ("Rayo", ORG, 1), ("Loli", P), ("Vero", P), ("Madrid", LOC), ("Maricarmen", P, 1)],
    known={"names": ["María del Carmen Ruiz Ortega"], "places": ["Madrid", "Vallecas"],
           "organisations": ["Hospital Universitario 12 de Octubre"]},
    var="es-ES")

# V014 Guadalajara call-centre worker, donor; WhatsApp number.
add("es", "donor_to_patient", """
Hola!!

No sé si eres hombre o mujer, niño o grande, pero quiero que sepas que aquí en Guadalajara hay alguien que reza por ti todos los días. Me llamo Ale, tengo 26 años y trabajo en el call center de una aseguradora en Zapopan, nada emocionante jaja.

Me registré en una campaña en la UdeG cuando estudiaba, y me llamaron casi cinco años después. Doné el 14 de febrero de 2024, imagínate, el día del amor y la amistad. Mi novio se puso celoso jajaja, dijo que te di mi corazón a ti.

Los domingos voy con mi abuelita a misa al Templo Expiatorio y luego comemos tortas ahogadas en el centro. Le conté de ti y ahora también te pone en sus oraciones, así que tienes doble protección.

Si algún día quieres escribirme mi whats es 33 1847 2209, aunque la fundación dice que todavía no se puede, pero por si acaso.

Échale muchas ganas!! ojala pronto estes al cien. Un abrazo enorme,
ale
""", [("Guadalajara", LOC), ("Ale", P), ("26", AGE), ("Zapopan", LOC), ("UdeG", ORG), ("14 de febrero de 2024", DATE),
      ("Templo Expiatorio", ORG), ("33 1847 2209", CON), ("ale", P)],
    var="es-MX")

# V015 Buenos Aires bus driver (line 55), Nueva Chicago fan; known hospital as "el Italiano".
add("es", "patient_to_donor", """
Querido donante:

Te escribe el Gus, 44 años, colectivero de la línea 55, así que si alguna vez te tomaste el 55 por Mataderos capaz que te llevé yo, mirá vos. Laburo desde los 20 en la misma empresa, y los muchachos de la cabecera juntaron plata para que mi señora pudiera quedarse conmigo en el Italiano durante el trasplante.

Fue el 21 de septiembre de 2022, primer día de primavera. Los pibes del barrio me hicieron una bandera de Nueva Chicago que decía FUERZA GUS y la colgaron en el alambrado de la cancha. Todavía la tengo en el comedor.

Ahora ya volví a manejar, de a poco, media jornada. Los domingos vamos con mi señora y los chicos a la feria de Mataderos a comer empanadas y escuchar folklore.

No sé si sos de acá o de otro lado del mundo. Lo que sí sé es que te debo la vida y no tengo cómo pagarte. Ojalá la vida te devuelva todo multiplicado.

Un abrazo grande, hermano/a.
Gus
""", [("Gus", P, 0), ("44", AGE), ("colectivero de la línea 55", OID), ("55", OID, 1), ("Mataderos", LOC, 0),
      ("20", AGE), ("Italiano", ORG), ("21 de septiembre de 2022", DATE), ("Nueva Chicago", ORG), ("GUS", P),
      ("Mataderos", LOC, 1), ("Gus", P, 1)],
    known={"names": ["Gustavo Adrián Ferreyra"], "places": ["Buenos Aires", "Mataderos"],
           "organisations": ["Hospital Italiano de Buenos Aires"]},
    var="es-AR")

# V016 Mother from Bello (Medellín metro area); "Luz" is the daughter, "la Mona" her nickname.
add("es", "family_to_donor", """
Querido donante, ángel sin cara:

Le escribe la mamá de Luz Mariana. Mi niña tenía apenas tres añitos cuando le dio la leucemia, y usted le regaló su médula el 2 de agosto de 2022 en el Hospital Pablo Tobón Uribe. Hoy ya tiene cinco y no hay quien la pare.

Nosotros somos de Bello, del barrio Niquía, gente trabajadora. Mi esposo trabaja en el Metro de Medellín, en la línea K, la del cable, y yo vendo arepas en la esquina del parque los fines de semana. La Mona (así le decimos a Luz por el pelo) ya me ayuda a contar las monedas.

En la Feria de las Flores la llevamos a ver el desfile de silleteros por primera vez, sentadita en los hombros del papá. Dios le pague, porque nosotros no tenemos con qué.

Que la Virgen lo acompañe siempre.

Doña Gloria y familia
""", [("Luz Mariana", P), ("tres", AGE), ("2 de agosto de 2022", DATE), ("Hospital Pablo Tobón Uribe", ORG),
      ("cinco", AGE), ("Bello", LOC), ("Niquía", LOC), ("Metro de Medellín", ORG), ("línea K", OID), ("Mona", P),
      ("Luz", P, 1), ("Doña Gloria", P)],
    var="es-CO")

# V017 Valparaíso nursing student, donor; "Valpo", "la UV", "la Cami" for the known forms.
add("es", "donor_to_patient", """
Hola!

Soy la Cami, tengo 24 y estudio enfermería en la UV, así que imagínate lo nerviosa que estaba cuando me tocó estar del otro lado, con la aguja puesta jaja. La donación fue en Santiago el 6 de junio de 2023, y me volví a Valpo esa misma noche en bus, molida pero feliz.

Vivo en el cerro Alegre, en una casa vieja que se mueve entera cuando pasa un temblor. Desde mi ventana veo el puerto y los barcos, y cuando no puedo dormir me pongo a pensar en ti, en si estarás mirando el mar también o si estás en otro país, cachai.

Mi perrita Canela te manda saludos (es quiltra, de la calle, pero es la más linda). Mi mamá dice que soy una exagerada por escribirte tan largo, pero es que me emociona mucho saber que andas por ahí con un pedacito mío.

Cuídate harto, ¿ya? Y come bien, que los doctores saben lo que dicen.

Un abrazo apretado,
C.
""", [("Cami", P), ("24", AGE), ("UV", ORG), ("Santiago", LOC), ("6 de junio de 2023", DATE), ("Valpo", LOC),
      ("cerro Alegre", LOC), ("C.", P)],
    known={"names": ["Camila Fernanda Soto Riquelme"], "places": ["Valparaíso", "Cerro Alegre"],
           "organisations": ["Universidad de Valparaíso"]},
    var="es-CL")

# V018 Seville donor (Triana) after the recipient's death.
add("es", "donor_to_family", """
Querida familia:

Me han dicho desde la ONT que la persona que recibió mis células ha fallecido. Llevo dos días sin saber qué hacer con esta pena tan rara, la pena por alguien a quien nunca vi.

Soy una mujer de Triana, tengo cuarenta y un años y dos hijos. Cuando me llamaron, en plena Feria, lo dejé todo sin pensarlo. Esta mañana he ido a la Capilla del Carmen, la que está al final del puente, y he encendido una vela. He rezado a mi manera.

No me arrepiento de nada y lo volvería a hacer mañana. Les mando un abrazo muy grande, de los que duran.

Una donante que no les olvida
""", [("ONT", ORG), ("Triana", LOC), ("cuarenta y un", AGE), ("Capilla del Carmen", LOC)],
    var="es-ES")

# V019 Monterrey bass player; known name part "Ángel" in the signature, "ángel" (angel) unlabelled.
add("es", "patient_to_donor", """
Qué onda, donador o donadora:

No soy bueno para escribir, soy mejor para tocar el bajo, pero aquí va. Tengo 19 años, soy de San Nico y toco en una banda de cumbia que se llama Los Vagos del Norte (sí, así de creativo jaja). Cuando me diagnosticaron, en enero de 2023, pensé que ya no iba a volver a tocar nunca.

El trasplante fue en el HU el 11 de julio de 2023. Me tuvieron en aislamiento un buen rato y el Dr. Ríos me dejaba tener el bajo en el cuarto mientras no lo conectara jaja, bien buena onda el doc.

Ya regresé a la prepa, a la Prepa 7 de la UANL, me faltan dos semestres. Y ya tocamos otra vez: el 20 de abril fue nuestro primer toquín desde que salí, en una fiesta en Escobedo, y te dediqué una rola.

Eres mi ángel, neta. Gracias por no rajarte.

J. Ángel
""", [("19", AGE), ("San Nico", LOC), ("Los Vagos del Norte", ORG), ("enero de 2023", DATE), ("HU", ORG),
      ("11 de julio de 2023", DATE), ("Dr. Ríos", P), ("Prepa 7", ORG), ("UANL", ORG), ("20 de abril", DATE),
      ("Escobedo", LOC), ("J. Ángel", P)],
    known={"names": ["José Ángel Treviño Garza"], "places": ["Monterrey", "San Nicolás de los Garza"],
           "organisations": ["Hospital Universitario Dr. José Eleuterio González"]},
    var="es-MX")

# V020 Bogotá accountant, donor; Madrid (Cundinamarca) is a Colombian town here.
add("es", "donor_to_patient", """
Hola, ¿cómo estás?

Me dijeron en la fundación que podía escribirte una carta cortica, así que aquí va. Soy bogotano, tengo 35 años, soy contador en una empresa de flores en Madrid, Cundinamarca (sí, acá también tenemos un Madrid) y vivo en Chapinero.

Doné el 27 de octubre de 2023 y fue muy fácil. Mi esposa Paola me consintió con ajiaco toda la semana. Mi hija mayor, que tiene nueve, me pregunta todo el tiempo por ti: que si ya estás bien, que si eres niño, que si te gusta el fútbol.

Te mando fuerza desde la fría Bogotá.
""", [("35", AGE), ("Madrid", LOC, 0), ("Cundinamarca", LOC), ("Madrid", LOC, 1), ("Chapinero", LOC),
      ("27 de octubre de 2023", DATE), ("Paola", P), ("nueve", AGE), ("Bogotá", LOC)],
    var="es-CO")

# V021 Widow in Chiloé; the boat carries her name ("le puso mi nombre"), so it is labelled.
add("es", "family_to_donor", """
Estimado donante:

Le escribo para contarle que mi marido, Lalo, falleció el 17 de noviembre, en el hospital de Puerto Montt. Tenía 63 años. Quiero que sepa que no fue por culpa de usted ni de su médula, que prendió bien, los doctores lo dijeron. Fue una infección, de esas que vienen cuando uno está débil.

Gracias a usted tuvimos un año más. Lalo alcanzó a salir otra vez a la mar en su bote, el Doña Rosa (le puso mi nombre hace cuarenta años), y volvió con merluzas y una sonrisa que no le veía desde antes de la enfermedad. Alcanzó a conocer a su bisnieto Benjamín. Alcanzó a ir a la fiesta de San Antonio en la capilla de Pudeto, como todos los años.

Aquí en Chiloé la gente es de pocas palabras, pero todos en el pueblo saben lo que usted hizo y lo nombran en las oraciones.

Que Dios lo bendiga a usted y a su familia.

Rosita, la viuda de Lalo
""", [("Lalo", P, 0), ("17 de noviembre", DATE), ("Puerto Montt", LOC), ("63", AGE), ("Lalo", P, 1),
      ("Doña Rosa", P), ("Benjamín", P), ("Pudeto", LOC), ("Chiloé", LOC), ("Rosita", P), ("Lalo", P, 2)],
    known={"names": ["Rosa Elena Cárcamo Millalonco"], "places": ["Ancud"]},
    var="es-CL")

# V022 Valencia fruit seller; "La Fe" is the hospital, "la fe" is faith.
add("es", "patient_to_donor", """
Hola, persona desconocida que me salvó:

Me llamo Amparo (sí, nombre de abuela, pero tengo 33) y trabajo en un puesto de fruta en el Mercado Central, el de mi padre y antes de mi abuelo. Si algún día pasas por Valencia, pregunta por la frutera pelirroja de la entrada de la plaza de la Ciudad de Brujas, que te regalo naranjas para todo el año.

Me trasplantaron en La Fe el 3 de octubre de 2023. Yo la fe la había perdido un poco, la verdad, pero el equipo de hematología de la planta 6 me la devolvió. Un beso enorme para la Dra. Sanchis, que me aguantó todos los llantos.

En marzo, durante las Fallas, salí por primera vez a ver una mascletà en la plaza del Ayuntamiento, con mascarilla y tapones, y lloré como una tonta. Mi novio Xavi me sujetaba de la mano y me decía "ja està, ja està".

Nunca sabré cómo darte las gracias. Espero que estés bien y que tengas a alguien que te quiera tanto como yo te quiero ahora, sin conocerte.

Amparo
""", [("Amparo", P, 0), ("33", AGE), ("Mercado Central", LOC), ("Valencia", LOC), ("frutera pelirroja", OID),
      ("plaza de la Ciudad de Brujas", LOC), ("La Fe", ORG), ("3 de octubre de 2023", DATE), ("planta 6", OID),
      ("Dra. Sanchis", P), ("plaza del Ayuntamiento", LOC), ("Xavi", P), ("Amparo", P, 1)],
    var="es-ES")

# V023 Grandmother in Cholula; "Doña Coco" for the known Socorro, "el Niño Poblano" for the hospital.
add("es", "family_to_donor", """
Querido donante:

Soy la abuelita de Emiliano, el niño que recibió sus células el pasado 12 de diciembre, día de la Virgencita, así que para nosotros usted es un milagro guadalupano. Mi nieto tiene ocho años y desde chiquito lo crié yo, porque su mamá trabaja en Estados Unidos.

En el Niño Poblano nos trataron muy bonito. La enfermera Lupita le cantaba a Emi para que se durmiera y el doctor le puso de apodo "campeón".

Aquí en Cholula todos conocen a mi nieto porque me acompaña a vender cemitas en el mercado. Ahora que ya está mejor lo llevé a subir hasta el santuario de los Remedios para dar gracias, despacito, con muchas paradas. Allá arriba le dije: mira, mijo, todo esto es gracias a alguien que ni nos conoce.

Dios se lo pague. Aquí tiene una casa y una abuela más.

Doña Coco
""", [("Emiliano", P), ("12 de diciembre", DATE), ("ocho", AGE), ("Estados Unidos", LOC), ("Niño Poblano", ORG),
      ("Lupita", P), ("Emi", P), ("Cholula", LOC), ("santuario de los Remedios", LOC), ("Doña Coco", P)],
    known={"names": ["Socorro Hernández Tlapale"], "places": ["Cholula"],
           "organisations": ["Hospital para el Niño Poblano"]},
    var="es-MX")

# V024 Córdoba (AR) primary teacher; Instagram handle; the dog is called Fernet.
add("es", "patient_to_donor", """
Hola, querida persona donante:

Te escribo desde Córdoba capital, con un mate al lado y el perro (Fernet, no me juzgues) durmiendo en mis pies. Soy maestra de cuarto grado en una escuela de barrio Alberdi, la Escuela Jerónimo Luis de Cabrera, y mis alumnos te hicieron dibujos que no te puedo mandar, así que te los describo: hay muchos corazones, un superhéroe con capa de gotitas de sangre y un dinosaurio que no sé qué hace ahí.

Me trasplantaron en el Hospital Privado el 28 de abril de 2023. Tenía 39 años recién cumplidos. Estuve tres meses sin poder dar clases y los chicos me mandaban audios todas las mañanas.

Ahora volví, con menos pelo y más canas, pero volví. El día que entré al aula me cantaron el feliz cumpleaños, aunque no era mi cumpleaños. Dijeron que era mi "cumpleaños nuevo".

Si alguna vez querés saber de mí, en Instagram soy @seño.vale.cba, ahí subo las cosas del grado (sin las caras de los chicos, obvio).

Gracias infinitas, de corazón.
Vale
""", [("Córdoba", LOC), ("Alberdi", LOC), ("Escuela Jerónimo Luis de Cabrera", ORG), ("Hospital Privado", ORG),
      ("28 de abril de 2023", DATE), ("39", AGE), ("@seño.vale.cba", CON), ("Vale", P)],
    var="es-AR")

# ======================================== English ========================================

# V025 Leeds dinner lady; "Peggy" and "Jimmy's" for the known Margaret / St James's.
add("en", "patient_to_donor", """
Dear Donor,

Hope you don't mind a letter from a daft old woman in Yorkshire. I'm Peggy to everyone, seventy-three in June, and until all this started I'd never been in hospital except to have my three lads.

I got my new cells on the 2nd of February last year at Jimmy's, ward J95, and I can't speak highly enough of the nurses. One of them, a lovely lass called Bex, used to do my crossword with me when my eyes went funny from the drugs. I still know my hospital number off by heart, 4471902, they said it that often.

I was a dinner lady at Little London Primary for twenty-two years, so I've fed half of Leeds in my time. The kids still shout "Hiya Peggy!" when they see me at Morrisons.

Me and my Stan, God rest him, had our ruby wedding do at the Original Oak in Headingley, and in September I went back there with the girls from chapel for a glass of sherry, first time out since. Rose, the landlady's mum, cried more than I did.

Our Darren (middle one) has been an angel, driving me back and forth to the day unit and sitting with me for hours. Mark my words, he'll definately be getting something special for his birthday.

I hope whoever you are, you're happy and healthy and somebody loves you to bits. You deserve it.

With all my love and thanks,
Peggy x
""", [("Yorkshire", LOC), ("Peggy", P, 0), ("seventy-three", AGE), ("the 2nd of February", DATE), ("Jimmy's", ORG),
      ("ward J95", OID), ("Bex", P), ("4471902", OID), ("dinner lady", OID), ("Little London Primary", ORG),
      ("Leeds", LOC), ("Peggy", P, 1), ("Stan", P), ("Original Oak", ORG),
      ("Headingley", LOC), ("Rose", P), ("Darren", P), ("Peggy", P, 2)],
    known={"names": ["Margaret Ann Pickles"], "places": ["Leeds", "Headingley"],
           "organisations": ["St James's University Hospital"]},
    var="en-GB")

# V026 Wisconsin night-shift lead, donor; misspelt "Milwuakee" is still a place.
add("en", "donor_to_patient", """
Hey there,

I'm told my name's not allowed in this letter, so I'll just say I'm a 41-year-old dad of three from a little town outside Green Bay. Yes, I'm a Packers fan, no, I'm not sorry. I run the night shift at the Schreiber Foods plant in Shawano, so I wrote most of this at 3 am on my break, sorry if it rambles.

I joined the registry at a drive at St. Norbert College back in 2004 and honestly forgot about it. When Be The Match called me last spring I thought it was a scam at first lol. My wife Jen had to convince me to call back.

Donation day was June 9, 2023, in Milwuakee. The staff were great. I watched two whole Brewers games on my phone while the machine did its thing, alot better than work.

My daughter Kaylee, she's nine, made you a get-well card with a cow on it because she says everybody likes cows. The registry lady said I can't send it because she drew our barn with the sign on it, Hillcrest Dairy, so it's on the fridge instead. Kaylee says you'll get it when you're all better.

I don't know anything about you except that you needed help and I could give it. That's enough for me. I really hope you're getting stronger every day and that you get to do whatever it is you love, fishing or knitting or yelling at the TV on Sundays like me.

Take care of yourself,
Your donor in Wisconsin
""", [("41", AGE), ("Green Bay", LOC), ("Packers", ORG), ("Schreiber Foods", ORG), ("Shawano", LOC),
      ("St. Norbert College", ORG), ("Be The Match", ORG), ("Jen", P), ("June 9, 2023", DATE), ("Milwuakee", LOC),
      ("Brewers", ORG), ("Kaylee", P, 0), ("nine", AGE),
      ("Hillcrest Dairy", ORG), ("Kaylee", P, 1), ("Wisconsin", LOC)],
    var="en-US")

# V027 Cork mother; hurling club, Crumlin, "Faith" as a word.
add("en", "family_to_donor", """
Dear donor,

I'm Cian's mam. He's eleven now and he told me to tell you he's "grand, thanks" which is about as much as you'll get out of him these days, so I'll fill in the rest.

Cian got sick the week after his Confirmation. We spent the best part of a year up and down to Crumlin from Ballincollig, and the transplant was on the 14th of November 2022. St John's Ward became our second home. Nurse Aoife there deserves a medal, she taught Cian to play poker with Skittles.

He's back at Scoil Mhuire now, back hurling with Ballincollig GAA under-12s, and he's got a Cork jersey he won't take off even to sleep. Last Saturday he scored a point against Éire Óg and you'd swear he'd won the All-Ireland.

Faith got me through a lot of it, and the neighbours, and the lads on his team who shaved their heads. But you did the real work, whoever you are.

Go raibh míle maith agat,
Cian's mam
""", [("Cian", P, 0), ("eleven", AGE), ("Cian", P, 1), ("Crumlin", ORG), ("Ballincollig", LOC, 0),
      ("the 14th of November 2022", DATE), ("St John's Ward", OID), ("Nurse Aoife", P), ("Cian", P, 2),
      ("Scoil Mhuire", ORG), ("Ballincollig GAA", ORG), ("Cork", LOC), ("Éire Óg", ORG), ("Cian", P, 3)],
    known={"names": ["Siobhán Murphy", "Cian Murphy"], "places": ["Cork", "Ballincollig"],
           "organisations": ["Children's Health Ireland at Crumlin"]},
    var="en-IE")

# V028 Tasmanian deckhand, donor; "Holty", "Tassie", "UTAS" for the known forms.
add("en", "donor_to_patient", """
G'day mate,

Not much of a letter writer but here goes. I'm a 27 year old bloke from down in Tassie. I work as a deckhand on the Bruny Island Cruises boats out of Adventure Bay in summer and do odd jobs the rest of the year. The boys at the footy club call me Holty, so you can too.

I signed up to the registry at a blood drive at UTAS when I was studying (didn't finish, long story). Got the call in March, had my donation in Melbourne on the 3rd of May 2023 because they don't do it here. First time on a plane in years. The nurses at the Peter Mac were champions, gave me a Golden Gaytime after.

Dunno if you're a kid or a grandad or what, but I hope you're kicking goals. If you ever get down this way, the wildlife cruise is on me. Ask for Holty at the jetty, everyone knows me.

Cheers,
B.
""", [("27", AGE), ("Tassie", LOC), ("deckhand", OID), ("Bruny Island Cruises", ORG), ("Adventure Bay", LOC),
      ("Holty", P, 0), ("UTAS", ORG), ("Melbourne", LOC), ("the 3rd of May 2023", DATE), ("Peter Mac", ORG),
      ("Holty", P, 1), ("B.", P)],
    known={"names": ["Bradley James Holt"], "places": ["Hobart", "Sandy Bay"],
           "organisations": ["University of Tasmania"]},
    var="en-AU")

# V029 Rotorua nan; "St Faith's" is a church, "Hope" a word.
add("en", "patient_to_donor", """
Kia ora e hoa,

I've started this letter so many times. My whānau keep asking if I've sent it yet, so here it is finally.

I'm 52, a mum of four and a nan of six, and I've lived in Rotorua all my life. I work in the kitchen at Whakarewarewa village, so if you've ever had a hāngī pie from there, there's a good chance I made it. Sorry if it was too salty lol.

I got sick in 2021 and had my transplant at Auckland City Hospital on the 20th of July 2022. My daughter Mere moved up to Auckland for three months to be with me, and Leukaemia & Blood Cancer NZ found us a unit close by.

At Matariki I sang with the choir at St Faith's for the first time since I got sick, and I had to stop halfway through the second hymn because I was crying too much. Hope you don't mind, but I said a little karakia for you there.

Whoever you are, wherever you live, you are part of our whānau now. Ngā mihi nui, from the bottom of my heart.

Aroha nui,
Nanny T
""", [("52", AGE), ("Rotorua", LOC), ("work in the kitchen", OID), ("Whakarewarewa", LOC),
      ("Auckland City Hospital", ORG), ("the 20th of July 2022", DATE), ("Mere", P), ("Auckland", LOC, 1),
      ("Leukaemia & Blood Cancer NZ", ORG), ("St Faith's", ORG), ("Nanny T", P)],
    var="en-NZ")

# V030 Bengaluru software engineer; "Bangalore", "Venky", "Infy" for the known forms.
add("en", "patient_to_donor", """
Respected Donor,

Greetings from Bangalore! I am Venky, 34 years old, working as a software engineer in Infy, Electronic City campus. I was diagnosed with ALL in August 2022 and my transplant was done on 15/02/2023 at Narayana Health City. The doctors told my family that finding a 10/10 match from an unrelated donor was very rare for someone of our community, so you can understand what you mean to us.

My amma prayed at the Ragigudda temple every Tuesday for one full year. My wife Divya managed everything — hospital, insurance, our son's school admission — while I was lying in the bed doing nothing. Our son Aarav is four and he thinks I was in "space" because of the mask I had to wear.

My father retired from HAL after thirty-five years and he has been my biggest support. My nephew studies in Delhi Public School Bangalore South, and his whole class made a big card for you during Kannada Rajyotsava week. I am keeping it safely for the day we are allowed to send it.

Now I am back to work from home, and in the evenings I go for a small walk in the 4th Block park in Jayanagar with my father. Slowly slowly.

If ever you come to India, please consider our home as your home. My number is +91 98450 31876, you can message on WhatsApp anytime.

With lots of gratitude and respect,
Venky and family
""", [("Bangalore", LOC, 0), ("Venky", P, 0), ("34", AGE), ("Infy", ORG), ("Electronic City", LOC), ("August 2022", DATE),
      ("15/02/2023", DATE), ("Narayana Health City", ORG), ("Ragigudda temple", ORG), ("Divya", P), ("Aarav", P),
      ("four", AGE), ("HAL", ORG),
      ("Delhi Public School Bangalore South", ORG), ("4th Block", LOC), ("Jayanagar", LOC), ("India", LOC), ("+91 98450 31876", CON),
      ("Venky", P, 1)],
    known={"names": ["Venkatesh Raghunathan"], "places": ["Bengaluru", "Jayanagar"], "organisations": ["Infosys"]},
    var="en-IN")

# V031 Pretoria widow (Afrikaans family writing English).
add("en", "family_to_donor", """
Dear Donor

This is a difficult letter to write. My husband Johan passed away on the 8th of August, just over seven months after his transplant. The leukaemia came back and this time there was nothing more the doctors at Wilgers could do.

I want you to know that those seven months were a gift. Johan was a man who could not sit still. He was a plumber for thirty years and everyone in Moreleta Park had his number on their fridge. After the transplant he could not work, but he sat on the stoep every afternoon and told the neighbours' children stories, and he went to one last Bulls game at Loftus with his brother Kobus, in a wheelchair, shouting at the ref as always. For twenty years he coached the under-11 rugby at Laerskool Menlopark, and some of the boys he coached, fathers themselves now, carried his coffin.

We buried him from the NG gemeente Moreleta-Park, and the dominee read from Romans 8, which was Johan's favourite. So many people came that they had to stand outside.

Thank you for giving a stranger your cells. It was not enough time, but it was time we would not have had. Our daughter Anri asked me to say that she has now registered as a donor too.

Baie dankie. God bless you.
Marietjie
""", [("Johan", P, 0), ("the 8th of August", DATE), ("Wilgers", ORG), ("Johan", P, 1), ("Moreleta Park", LOC),
      ("Bulls", ORG), ("Loftus", LOC), ("Kobus", P), ("Laerskool Menlopark", ORG), ("NG gemeente Moreleta-Park", ORG), ("Johan", P, 2),
      ("Anri", P), ("Marietjie", P)],
    var="en-ZA")

# V032 Newfoundland ferry crew, donor; "the Rock" is Newfoundland.
add("en", "donor_to_patient", """
Hello my friend,

Well b'y, I never thought I'd be writing a letter to a total stranger but here I am. I'm a 38 year old fella from Conception Bay South, and I works on the Legionnaire, the Bell Island ferry, been there eleven years now. If you ever come to Newfoundland you'll likely hear me on the intercom telling you to stay with your vehicles.

I got swabbed at a Canadian Blood Services drive at the Mile One Centre years ago when a young lad from our parish was sick. Donation was done in Toronto on October 16, 2023. First time off the island in ages. My buddy Dwayne came along and we went up the CN Tower after, which was some foolish with my back still sore.

My missus says I'm to tell you we're all praying for you at St. Edward's every Sunday. Nan even lit a candle, and she don't do that for just anyone.

Keep your chin up, my son (or my maid, whichever you are). You'll be some proud of yourself when you're through it.

All the best from the Rock,
your donor
""", [("38", AGE), ("Conception Bay South", LOC), ("works on the Legionnaire", OID), ("Bell Island", LOC),
      ("Newfoundland", LOC), ("Canadian Blood Services", ORG), ("Mile One Centre", LOC), ("Toronto", LOC),
      ("October 16, 2023", DATE), ("Dwayne", P), ("CN Tower", LOC), ("St. Edward's", ORG), ("Rock", LOC)],
    var="en-CA")

# V033 Atlanta flight attendant; postal address; "grace", "Rose of Sharon" unlabelled, "Grace" the granddaughter.
add("en", "patient_to_donor", """
Dear Donor,

Good morning! I pray this letter finds you well and blessed. My name is Dee Dee (that's what everybody calls me, church folks included), I'm 49 years old and I've been a flight attendant with Delta for nineteen years, based out of Atlanta. If you've flown Delta to Detroit on a Monday morning, I might've handed you your Biscoff cookies!

I was diagnosed in May 2022 and got my transplant at Emory on January 5, 2023. By God's grace and your generosity I am still here. Grace is also my granddaughter's name, she just turned 2, and I call her my little miracle number two, right after you.

My church family at Ebenezer Baptist brought food to my house every single day for six months. Pastor Hughes came to visit me on the BMT unit so often the nurses thought he was my brother. Rose of Sharon is blooming by my porch again and I can finally sit out there with my coffee.

If the registry ever lets us, my address is 2217 Candler Rd, Decatur, GA 30032. I'd love to hear from you.

All my love and prayers,
Dee Dee
""", [("Dee Dee", P, 0), ("49", AGE), ("Delta", ORG, 0), ("Atlanta", LOC), ("Delta", ORG, 1), ("Detroit", LOC),
      ("May 2022", DATE), ("Emory", ORG), ("January 5, 2023", DATE), ("Grace", P), ("2", AGE),
      ("Ebenezer Baptist", ORG), ("Pastor Hughes", P), ("2217 Candler Rd, Decatur, GA 30032", CON),
      ("Dee Dee", P, 1)],
    known={"names": ["Denise Renee Walker"], "places": ["Decatur"], "organisations": ["Delta Air Lines"]},
    var="en-US")

# V034 Welsh primary teacher, donor, after the recipient's death.
add("en", "donor_to_family", """
Dear family,

I was so sorry to hear from the Welsh Bone Marrow Donor Registry that the person who received my stem cells has died. I've been thinking about you all since the letter came last Thursday.

I'm a mum of two from the Valleys, and I teach Year 4 at a little school in Treorchy. I told my class a long time ago, in a very simple way, that I was helping someone who was poorly, and they made a get-well banner that's still hanging in our corridor. I haven't had the heart to take it down.

I don't know your names, or anything about the person you lost. But I want you to know that someone here lit a candle for them in Llandaff Cathedral on Sunday, and that I will think of them every year on the 12th of March, the day I donated.

I hope you have people around you who will hold you up. I'm so sorry it wasn't enough.

With love,
a donor in Wales
""", [("Welsh Bone Marrow Donor Registry", ORG), ("Valleys", LOC), ("teach Year 4", OID), ("Treorchy", LOC),
      ("Llandaff Cathedral", LOC), ("the 12th of March", DATE), ("Wales", LOC)],
    var="en-GB")

# ======================================== French ========================================

# V035 Marseille bus driver (RTM line 49); "la Belle de Mai" contains a month name; Jul is a rapper.
add("fr", "patient_to_donor", """
Salut à toi,

Je sais pas trop comment on écrit ce genre de lettre, alors je vais faire comme je parle. Je m'appelle Karim, j'ai 36 ans, je suis conducteur à la RTM, sur la ligne 49, celle qui monte à la Belle de Mai. Si t'es déjà venu à Marseille et que t'as pris le bus avec un chauffeur qui chante du Jul, c'était peut-être moi, désolé.

On m'a greffé à l'IPC le 19 janvier 2023. Trois mois sans voir mes gamins autrement que par la vitre, ça forge. Mon infirmière préférée, Nadège, m'a appris à jouer à la belote pour passer le temps, maintenant je bats tout le monde au quartier.

Le premier match que j'ai revu au Vélodrome, c'était en avril. J'ai pleuré comme un bébé dans le virage, et mon cousin Mourad m'a filmé, il me chambre encore avec ça.

Je sais pas qui t'es, mais t'as un frère ici. Pour de vrai.

Karim
""", [("Karim", P, 0), ("36", AGE), ("RTM", ORG), ("ligne 49", OID), ("Belle de Mai", LOC), ("Marseille", LOC),
      ("IPC", ORG), ("19 janvier 2023", DATE), ("Nadège", P), ("Vélodrome", LOC), ("Mourad", P), ("Karim", P, 1)],
    known={"names": ["Karim Benali"], "places": ["Marseille", "La Belle de Mai"],
           "organisations": ["Institut Paoli-Calmettes", "Régie des Transports Métropolitains"]},
    var="fr-FR")

# V036 Breton oyster farmer, donor; obfuscated e-mail; "huîtres du Bélon" is a product.
add("fr", "donor_to_patient", """
Bonjour,

Je vous écris depuis le Finistère, où il pleut, évidemment. Je suis une femme de 31 ans, ostréicultrice avec mon père à Riec-sur-Bélon, et c'est lui qui m'a poussée à m'inscrire au registre quand un copain du bagad est tombé malade.

Le prélèvement a eu lieu le 5 septembre 2023 à Rennes, à l'EFS. J'ai pris le train avec ma mère, qui a tricoté pendant tout le trajet une écharpe qu'elle voulait vous envoyer. On lui a expliqué que ce n'était pas possible, alors elle l'a gardée « pour quand vous viendrez ».

Je joue de la bombarde dans le Bagad Kemper, et au Festival de Cornouaille cet été, pendant le défilé, j'ai pensé très fort à vous. Je ne sais rien de vous, même pas si vous parlez français, mais j'espère que cette lettre vous fera sourire.

Prenez soin de vous. Et si un jour vous mangez des huîtres du Bélon, dites-vous qu'elles viennent peut-être de chez nous. Si un jour c'est permis, mon adresse c'est gwen.bzh29 arobase laposte point net.

Bien à vous,
Gwen
""", [("Finistère", LOC), ("31", AGE), ("ostréicultrice avec mon père", OID), ("Riec-sur-Bélon", LOC),
      ("5 septembre 2023", DATE), ("Rennes", LOC), ("EFS", ORG), ("Bagad Kemper", ORG),
      ("Bélon", LOC, 1),
      ("gwen.bzh29 arobase laposte point net", CON), ("Gwen", P)],
    var="fr-FR")

# V037 Belgian mother (Seraing); known hospital and town only in other forms; septante.
add("fr", "family_to_donor", """
Chère donneuse, cher donneur,

Je suis la maman de Lucas, qui a reçu vos cellules le 11 mai 2022 au CHU du Sart-Tilman. Il avait alors sept ans. Aujourd'hui il en a neuf, il est en troisième primaire à l'école communale d'Ougrée et il parle de vous comme d'un super-héros qui habite « quelque part ».

Pendant son hospitalisation, les infirmières de la pédiatrie lui ont fêté son anniversaire avec un gâteau en forme de terril, parce qu'il adore les terrils. On voit le terril des Six Bonniers depuis sa chambre, et il dit qu'il va l'escalader quand il sera grand.

Son papa travaille chez Cockerill, et ses collègues ont organisé une journée de don de sang en votre honneur. Septante personnes sont venues !

Nous ne savons pas comment vous remercier. Une maman qui pleure moins qu'avant vous dit merci, de tout son cœur.

Nathalie
""", [("Lucas", P), ("11 mai 2022", DATE), ("CHU du Sart-Tilman", ORG), ("sept", AGE), ("neuf", AGE),
      ("Ougrée", LOC), ("terril des Six Bonniers", LOC), ("Cockerill", ORG), ("Nathalie", P)],
    known={"names": ["Nathalie Dumont", "Lucas Dumont"], "places": ["Liège", "Seraing"],
           "organisations": ["CHU de Liège"]},
    var="fr-BE")

# V038 Valais teacher, donor, after the recipient's death.
add("fr", "donor_to_family", """
Chère famille,

La Transfusion CRS m'a appris la nouvelle la semaine passée. Je ne trouve pas les mots justes.

J'ai donné mes cellules un jeudi de novembre, à Genève, aux HUG. Mes élèves m'avaient préparé une carte énorme : « Bonne chance à la personne malade ». Elle est encore sur le frigo, je n'arrive pas à la jeter.

Je suis une femme d'une quarantaine d'années. Dimanche, je suis montée à Valère, au-dessus de Sion, et j'ai allumé un cierge, même si je ne suis plus très croyante.

Je vous souhaite de la force, et de la douceur.

Votre donneuse
""", [("Transfusion CRS", ORG), ("Genève", LOC), ("HUG", ORG), ("Sion", LOC), ("Valère", LOC)],
    var="fr-CH")

# V039 Laval heavy-equipment mechanic (Québec joual); e-mail; sugar shack by name.
add("fr", "patient_to_donor", """
Allô toé,

Ben là, je sais pas trop par où commencer. Ça fait un an et demi que j'ai reçu tes cellules, le 4 juillet 2022 à Maisonneuve-Rosemont, pis chu encore là à cause de toé. Mes chums me disent que j'ai maintenant du sang d'étranger, fait que si je me mets à parler anglais ou espagnol, ça sera de ta faute, haha.

J'ai 45 ans, j'suis mécanicien de machinerie lourde au garage de la Ville de Laval, marié à Josée depuis vingt ans, deux grands gars. L'hiver passé, j'ai même pu retourner à la pêche blanche sur le lac Saint-Pierre avec mon beau-frère Réjean. On a rien pogné, mais on a eu ben du fun.

Au printemps on va à la cabane à sucre Chez Dany à Trois-Rivières, comme chaque année, et cette année c'était spécial : toute la famille a levé son verre de caribou pour toé.

Si jamais t'as le droit de m'écrire : sylvain.b.mecano@videotron.ca

Merci mille fois, mon ami(e). Prends soin de toé, là.

Sylvain
""", [("4 juillet 2022", DATE), ("Maisonneuve-Rosemont", ORG), ("45", AGE), ("Ville de Laval", ORG), ("Josée", P),
      ("lac Saint-Pierre", LOC), ("Réjean", P), ("Chez Dany", ORG), ("Trois-Rivières", LOC),
      ("sylvain.b.mecano@videotron.ca", CON), ("Sylvain", P)],
    var="fr-CA")

# V040 Villeurbanne engineering student, donor, all lower case; known only in lower case.
add("fr", "donor_to_patient", """
salut,

alors moi c'est théo, j'ai 22 ans, je suis en 4e année à l'insa (génie civil) et j'habite en coloc à villeurbanne, pas loin du parc de la Feyssine. je me suis inscrit sur le registre après une campagne de la fac en 2021, parce qu'un pote de l'asso de rugby m'avait dit que c'était rapide, et franchement il avait raison.

le prélèvement a eu lieu le 14/03/2024 à l'hôpital Édouard-Herriot, j'ai regardé deux épisodes de ma série et c'était fini. bon, j'étais un peu crevé le lendemain, j'ai raté un partiel de béton armé, mais ça valait carrément le coup.

je sais pas qui tu es ni où tu habites, mais j'espère que tu vas mieux et que tu peux refaire des trucs que t'aimes. moi si ça peut te faire rire, j'ai un chat qui s'appelle Moutarde et qui dort sur mes cours.

si un jour on a le droit, je suis @theo.mrchd sur insta.

force à toi !!
t.
""", [("théo", P), ("22", AGE), ("insa", ORG), ("villeurbanne", LOC), ("parc de la Feyssine", LOC),
      ("14/03/2024", DATE), ("hôpital Édouard-Herriot", ORG), ("@theo.mrchd", CON), ("t.", P)],
    known={"names": ["Théo Marchand"], "places": ["Villeurbanne"], "organisations": ["INSA Lyon"]},
    var="fr-FR")

# ======================================== Italian ========================================

# V041 Naples pizzaiolo; "Totò" for Salvatore, "i Quartieri", "il Cardarelli".
add("it", "patient_to_donor", """
Caro donatore, cara donatrice,

mi chiamano tutti Totò, ho 57 anni e faccio il pizzaiolo da quando ne avevo quattordici, in una pizzeria a conduzione familiare nei Quartieri, vicino a via Toledo. Se passi da Napoli e mangi una margherita con il cornicione un poco bruciacchiato, scusami, può essere che ero io.

Il trapianto me l'hanno fatto al Cardarelli il 30 maggio 2023, proprio nei giorni dello scudetto. Dalla finestra del reparto sentivo i botti e i clacson e pensavo: "Totò, pure tu hai vinto quest'anno".

Mia moglie Nunzia è venuta ogni giorno con il ragù nella borsa, anche se non si poteva. Il dottore Iaccarino faceva finta di non vedere. Il numero della mia cartella, 23/04471, lo so ancora a memoria.

La sera gioco a scopa al circolo di piazza Montesanto con gli amici di sempre, e mio figlio Gennarino, che ha ventidue anni, dice che baro. Non è vero. Quasi mai.

A settembre sono tornato al forno. I clienti mi hanno fatto l'applauso. Io non sono tipo da piangere, ma quella volta sì.

Che San Gennaro ti protegga sempre. Tu ormai sei di famiglia.

Totò
""", [("Totò", P, 0), ("57", AGE), ("quattordici", AGE), ("Quartieri", LOC), ("via Toledo", LOC), ("Napoli", LOC),
      ("Cardarelli", ORG), ("30 maggio 2023", DATE), ("Totò", P, 1), ("Nunzia", P), ("dottore Iaccarino", P),
      ("23/04471", OID), ("piazza Montesanto", LOC),
      ("Gennarino", P), ("ventidue", AGE), ("Totò", P, 2)],
    known={"names": ["Salvatore Esposito"], "places": ["Napoli", "Quartieri Spagnoli"],
           "organisations": ["AORN Antonio Cardarelli"]},
    var="it-IT")

# V042 Bologna medical student and waitress, donor.
add("it", "donor_to_patient", """
Ciao!

Sono una ragazza di 25 anni, studio Medicina a Bologna (sì, lo so, ironico) e la sera lavoro in un'osteria in via del Pratello, dove servo tortellini a metà dei fuorisede della città. Mi sono iscritta all'ADMO durante una giornata di sensibilizzazione in piazza Maggiore, più che altro perché c'era il gazebo con le caramelle, lo confesso.

Quando mi hanno chiamata per la donazione non ci credevo. Il prelievo l'ho fatto al Sant'Orsola il 17 ottobre 2023, e il mio coinquilino Pietro mi ha portata in ospedale in bici, io seduta sul portapacchi come nei film.

Non so niente di te, solo che sei da qualche parte nel mondo e che adesso abbiamo qualcosa in comune. Ogni tanto, quando salgo a San Luca a piedi (666 archi, li ho contati davvero), penso a te e spero che anche tu riesca a camminare tanto.

Un abbraccio fortissimo,
la tua donatrice
""", [("25", AGE), ("Bologna", LOC), ("via del Pratello", LOC), ("ADMO", ORG), ("piazza Maggiore", LOC),
      ("Sant'Orsola", ORG), ("17 ottobre 2023", DATE), ("Pietro", P), ("San Luca", LOC)],
    var="it-IT")

# V043 Sassari father; "Giuanne" and "Thàthari" (Sassarese forms); "Carlo Felice" is the road.
add("it", "family_to_donor", """
Gentile donatore,

sono il papà di Martina. Quando si è ammalata aveva undici anni, adesso ne ha quattordici e mi prende in giro perché scrivo le lettere a mano come un nonno.

Il trapianto l'ha fatto al Microcitemico di Cagliari il 2 febbraio 2021, e per sei mesi io e sua madre abbiamo fatto avanti e indietro sulla Carlo Felice, tre ore ad andare e tre a tornare. Io guido il camion del latte per la 3A di Arborea, e i colleghi mi coprivano i turni senza che glielo chiedessi.

Adesso Martina è tornata a scuola, al liceo Azuni, e la domenica canta nel coro della parrocchia di San Giuseppe. A maggio, per la Cavalcata Sarda, ha sfilato in costume con le sue amiche, e io piangevo come un bambino in mezzo a tutta Thàthari.

Grazie. Non è abbastanza, ma è tutto quello che ho.

Giuanne
""", [("Martina", P, 0), ("undici", AGE), ("quattordici", AGE), ("Microcitemico", ORG), ("Cagliari", LOC),
      ("2 febbraio 2021", DATE), ("Carlo Felice", LOC), ("3A", ORG), ("Arborea", LOC), ("Martina", P, 1),
      ("liceo Azuni", ORG), ("parrocchia di San Giuseppe", ORG), ("Thàthari", LOC), ("Giuanne", P)],
    known={"names": ["Giovanni Piras", "Martina Piras"], "places": ["Sassari"]},
    var="it-IT")

# V044 Bassano carpenter, donor, after the recipient's death; Grappa is the mountain here.
add("it", "donor_to_family", """
Cara famiglia,

ho saputo dall'IBMDR che la persona che ha ricevuto il mio midollo non ce l'ha fatta. Vi chiedo scusa se le parole sono goffe.

Ho quarantaquattro anni, faccio il falegname a Bassano del Grappa. Quando è arrivata la chiamata ero sul Grappa con gli alpini e sono sceso di corsa. Ieri sera sono andato sul Ponte degli Alpini e sono rimasto lì a guardare il Brenta finché non è diventato buio.

Spero che abbiate avuto un po' di tempo in più insieme, e che sia stato un tempo buono.

Un donatore
""", [("IBMDR", ORG), ("quarantaquattro", AGE), ("Bassano del Grappa", LOC), ("Grappa", LOC, 1),
      ("Ponte degli Alpini", LOC), ("Brenta", LOC)],
    var="it-IT")

# V045 No identifier. The writer's known first name "Speranza" appears only as the word "hope".
add("it", "patient_to_donor", """
Caro donatore o cara donatrice,

ti scrivo dopo più di un anno dal trapianto, perché prima non ce la facevo. Adesso sto bene. Non benissimo, ma bene.

Speranza è una parola che prima usavo poco. Adesso la uso tutti i giorni, e la scrivo anche qui, grande, per te: SPERANZA.

Non so chi sei. So soltanto che un giorno hai detto di sì a una sconosciuta, e quella sconosciuta ero io.

Grazie, con tutto il cuore.
Una paziente
""", [],
    known={"names": ["Speranza Colombo"], "places": ["Monza"], "organisations": ["Ospedale San Gerardo"]},
    ok=("Speranza",), var="it-IT")

# ======================================== Portuguese ========================================

# V046 Metalworker in Betim, lives in Contagem (mineiro); "Toninho", "BH", "HC da UFMG".
add("pt", "patient_to_donor", """
Querido doador,

Aqui quem escreve é o Toninho, 54 anos, metalúrgico da Fiat em Betim há vinte e seis anos. Moro em Contagem com minha esposa, a Lúcia, e nossa caçula, que tem dezessete, estuda no CEFET e acha que eu sou o pai mais chato do mundo. Uai, deve ser mesmo.

Fiz o transplante no HC da UFMG no dia 8 de agosto de 2022. Foi difícil demais, sô. Fiquei quarenta dias internado, perdi onze quilos, mas a equipe da hematologia não me deixou desistir. Teve uma enfermeira, a Keila, que me chamava de 'seu Toninho campeão' todo dia de manhã.

Ano passado eu voltei no Mineirão pela primeira vez depois da doença, e o Galo ganhou. Eu acho que foi por sua causa, viu? Você me deu sorte. E em junho teve festa junina na nossa rua, a Rua Tiradentes, lá no Eldorado, e eu dancei quadrilha com a Lúcia até meia-noite. Os vizinhos não acreditavam.

Que Deus abençoe você e sua família, onde quer que vocês estejam. Aqui em BH você tem um amigo pro resto da vida, e um pão de queijo garantido.

Um abraço apertado,
Toninho
""", [("Toninho", P, 0), ("54", AGE), ("Fiat", ORG), ("Betim", LOC), ("Contagem", LOC), ("Lúcia", P, 0),
      ("dezessete", AGE), ("CEFET", ORG), ("HC da UFMG", ORG), ("8 de agosto de 2022", DATE), ("Keila", P), ("seu Toninho", P),
      ("Mineirão", LOC), ("Galo", ORG), ("Rua Tiradentes", LOC),
      ("Eldorado", LOC), ("Lúcia", P, 1), ("BH", LOC), ("Toninho", P, 2)],
    known={"names": ["Antônio Carlos Ferreira"], "places": ["Belo Horizonte", "Contagem"],
           "organisations": ["Hospital das Clínicas da UFMG", "Stellantis"]},
    var="pt-BR")

# V047 Porto Alegre bus driver (Carris, line T5), donor; "do Brasil ou de Portugal" is a guess.
add("pt", "donor_to_patient", """
Olá, tudo bem?

Bah, nunca escrevi uma carta assim na vida. Eu sou gaúcho, de Porto Alegre, tenho 33 anos e sou motorista da Carris, faço a linha T5 quase todo dia. Me cadastrei no REDOME numa campanha no Parque da Redenção, num domingo de brique, porque a fila era pequena e tinha chimarrão de graça, hehe.

A doação foi no dia 22 de março de 2024, lá no Hospital de Clínicas. Minha namorada, a Fernanda, ficou comigo o tempo todo e tirou umas fotos minhas com cara de sono que eu espero que nunca apareçam em lugar nenhum.

Não sei se tu és homem, mulher, criança, nem se és do Brasil ou de Portugal ou de outro canto. Mas queria que tu soubesse que tem um guri aqui no Sul torcendo muito por ti. Quando o Inter joga, eu faço uma figa pra ti também, e olha que isso é sério pra um colorado.

Fica bem, tchê. Um abração,
Rafa
""", [("Porto Alegre", LOC), ("33", AGE), ("Carris", ORG), ("linha T5", OID), ("REDOME", ORG),
      ("Parque da Redenção", LOC), ("22 de março de 2024", DATE), ("Hospital de Clínicas", ORG), ("Fernanda", P),
      ("Sul", LOC), ("Inter", ORG), ("Rafa", P)],
    var="pt-BR")

# V048 Braga mother; colleagues ran a donor drive in the boy's name.
add("pt", "family_to_donor", """
Caro dador,

Somos os pais do Tomás, que recebeu as suas células no IPO do Porto a 27 de Setembro de 2021, com três anos acabados de fazer. Hoje tem seis, entrou este ano para o primeiro ano na Escola Básica de Gualtar e já escreve o nome sozinho, com o S ao contrário.

Somos de Braga. O pai trabalha na Bosch e eu sou educadora de infância. Enquanto estávamos no hospital, os colegas da Bosch fizeram uma recolha de inscrições para dadores em nome do Tomás, e inscreveram-se mais de duzentas pessoas. Quem sabe se um deles vai um dia salvar outra criança, como o senhor ou a senhora salvou a nossa.

No São João fomos todos ver as rusgas na Avenida Central, ele às cavalitas do pai, a bater com o martelinho na cabeça de toda a gente. Ao domingo já sobe connosco ao Sameiro, devagarinho, e já nos dá cabo da paciência, graças a Deus.

Obrigada, do fundo do coração.
A mãe do Tomás
""", [("Tomás", P, 0), ("IPO do Porto", ORG), ("27 de Setembro de 2021", DATE), ("três", AGE), ("seis", AGE),
      ("Escola Básica de Gualtar", ORG), ("Braga", LOC), ("Bosch", ORG, 0), ("Bosch", ORG, 1),
      ("fizeram uma recolha de inscrições para dadores", OID), ("Tomás", P, 1), ("Avenida Central", LOC),
      ("Sameiro", LOC), ("Tomás", P, 2)],
    known={"names": ["Ana Rita Sousa", "Tomás Sousa"], "places": ["Braga"], "organisations": ["IPO Porto"]},
    var="pt-PT")

# V049 Lisbon bakery counter worker, donor.
add("pt", "donor_to_patient", """
Olá,

Não sei bem como começar, por isso começo pelo princípio: sou uma mulher de 29 anos, nascida e criada em Alcântara, e trabalho há seis anos na Fábrica dos Pastéis de Belém, ao balcão. Se já foi a Lisboa e comeu um pastel de nata morno com canela, há uma boa probabilidade de ter sido eu a entregar-lho.

Inscrevi-me como dadora no IPST depois de dar sangue pela primeira vez, num dia qualquer de 2018. A colheita foi a 9 de Janeiro de 2024. O meu irmão Nuno acompanhou-me e passou o dia a mandar fotografias minhas à família toda, com legendas ridículas.

Penso muito em si. Às vezes, quando passo a ponte a caminho da Caparica, olho para o Tejo e pergunto-me onde é que estará, se vê o mar, se já se sente melhor.

Desejo-lhe muita saúde e muitos anos de vida. Um abraço grande.
""", [("29", AGE), ("Alcântara", LOC), ("Fábrica dos Pastéis de Belém", ORG), ("Lisboa", LOC), ("IPST", ORG),
      ("9 de Janeiro de 2024", DATE), ("Nuno", P), ("Caparica", LOC), ("Tejo", LOC)],
    var="pt-PT")

# V050 No identifier. "Natal" is Christmas here, although the writer's known city is Natal.
add("pt", "patient_to_donor", """
Querido(a) doador(a),

Faz um ano que recebi suas células e até hoje não sei como agradecer. Passei o Natal no hospital, longe dos meus filhos, e foi o pior Natal da minha vida. Mas este ano passei em casa, com a mesa cheia, e no meio da ceia eu levantei e fiz um brinde a você. Todo mundo chorou, até meu sogro, que ninguém nunca viu chorar.

Fé eu sempre tive, mas confesso que teve dias em que ela ficou pequenininha. Nesses dias eu pensava que alguém, em algum lugar, tinha dito sim pra mim sem me conhecer. Isso me dava força pra mais um dia.

Hoje voltei a trabalhar, a cozinhar, a brigar com as crianças por causa do celular. A vida normal, que antes eu achava chata, agora é um presente.

Rezo por você toda noite, pedindo a Nossa Senhora Aparecida que cuide de você como você cuidou de mim.

Com carinho e gratidão eterna,
Uma mãe que ganhou uma segunda chance
""", [],
    known={"names": ["Maria da Graça Oliveira Lima"], "places": ["Natal", "Rio Grande do Norte"],
           "organisations": ["Liga Contra o Câncer"]},
    ok=("Natal",), var="pt-BR")

# ======================================== Hindi ========================================

# V051 Indore cloth-shop owner (Devanagari); known identifiers are in Latin script only.
add("hi", "patient_to_donor", """
आदरणीय दाता जी,

नमस्ते। मेरा नाम राकेश है, उम्र बावन साल, और मैं इंदौर में रहता हूँ। पिछले पच्चीस साल से राजवाड़ा के पास कपड़े की छोटी-सी दुकान चलाता हूँ। अगर आप कभी इंदौर आएँ तो सराफ़ा बाज़ार में रात को गराडू ज़रूर खाइए, और हमारी दुकान पर चाय पीने भी आइए।

मेरा ट्रांसप्लांट ११ जनवरी २०२३ को मुंबई के टाटा मेमोरियल अस्पताल में हुआ था। तीन महीने मेरी पत्नी सुनीता और बेटा अंकित खारघर में एक छोटे से कमरे में रहे। डॉक्टर मेनन साहब ने हर दिन हिम्मत दी।

आज मैं फिर से दुकान पर बैठता हूँ, सुबह-सुबह हनुमान जी के मंदिर जाता हूँ और शाम को पोते के साथ छप्पन दुकान पर पोहा-जलेबी खाता हूँ।

आपने मुझे दूसरा जीवन दिया है। भगवान आपको हमेशा खुश रखे।

आपका आभारी,
राकेश
""", [("राकेश", P, 0), ("बावन", AGE), ("इंदौर", LOC, 0), ("राजवाड़ा", LOC), ("कपड़े की छोटी-सी दुकान", OID),
      ("इंदौर", LOC, 1), ("सराफ़ा बाज़ार", LOC), ("११ जनवरी २०२३", DATE), ("मुंबई", LOC), ("टाटा मेमोरियल अस्पताल", ORG),
      ("सुनीता", P), ("अंकित", P), ("खारघर", LOC), ("डॉक्टर मेनन", P), ("छप्पन दुकान", LOC), ("राकेश", P, 1)],
    known={"names": ["Rakesh Kumar Joshi"], "places": ["Indore"], "organisations": ["Tata Memorial Hospital"]},
    var="hi")

# V052 Mother from a Vaishali village; "पूजा" is a neighbour and also part of "छठ पूजा" (not labelled there).
add("hi", "family_to_donor", """
प्रिय दाता भाई/बहन,

हम बिहार के वैशाली ज़िले के एक छोटे से गाँव, भगवानपुर, से लिख रहे हैं। मेरा बेटा गुड्डू, जो अब नौ साल का है, आपकी वजह से आज ज़िंदा है। उसे ब्लड कैंसर था और गाँव में किसी को पता भी नहीं था कि ये क्या होता है।

उसका इलाज दिल्ली के एम्स में हुआ, और ट्रांसप्लांट १८/०८/२०२२ को हुआ। हम लोग छह महीने धर्मशाला में रहे। गुड्डू के पापा रिक्शा चलाते हैं, इसलिए गाँव के मुखिया जी और स्कूल के मास्टर साहब ने चंदा इकट्ठा करके मदद की।

इस साल छठ पूजा में गुड्डू पहली बार घाट पर गया और अपने हाथ से सूप उठाया। पूरा गाँव देखने आया था। हमने छठी मइया से आपके लिए भी मन्नत माँगी।

आप जहाँ भी हों, भगवान आपको लंबी उम्र दे। हम अनपढ़ लोग हैं, ये चिट्ठी हमारे पड़ोस की पूजा दीदी ने लिखी है।

गुड्डू की माँ
""", [("बिहार", LOC), ("वैशाली", LOC), ("भगवानपुर", LOC), ("गुड्डू", P, 0), ("नौ", AGE), ("दिल्ली", LOC), ("एम्स", ORG),
      ("१८/०८/२०२२", DATE), ("गुड्डू", P, 1), ("गुड्डू", P, 2), ("पूजा", P, 1), ("गुड्डू", P, 3)],
    ok=("पूजा",), var="hi")

# V053 Young woman from Dehradun working in Gurgaon, donor; DATRI in Devanagari.
add("hi", "donor_to_patient", """
प्रिय मित्र,

मैं आपकी डोनर हूँ। नाम तो नहीं बता सकती, पर इतना बता दूँ कि मैं छब्बीस साल की एक पहाड़ी लड़की हूँ, देहरादून की रहने वाली, और आजकल गुड़गाँव में नौकरी करती हूँ। मैंने कॉलेज में दात्री के एक कैंप में रजिस्टर किया था, और चार साल बाद फ़ोन आया कि मेरा मैच मिला है। मम्मी पहले डर गईं, पापा ने कहा – जा बेटा, पुण्य का काम है।

स्टेम सेल डोनेशन २३ अगस्त २०२३ को हुआ। वो दिन रक्षाबंधन से ठीक एक हफ़्ता पहले था, तो मैंने सोचा कि इस बार राखी मैं किसी अनजान भाई या बहन को भेज रही हूँ।

छुट्टियों में जब घर जाती हूँ तो हम सब मसूरी घूमने जाते हैं, और मैं कैम्पटी फ़ॉल पर पानी में पैर डालकर बैठती हूँ। इस बार वहाँ बैठकर आपके लिए दुआ की।

आप जल्दी ठीक हो जाइए। और जब ठीक हो जाएँ तो किसी और के लिए कुछ अच्छा कर दीजिए, बस यही चाहती हूँ।

आपकी डोनर
""", [("छब्बीस", AGE), ("देहरादून", LOC), ("गुड़गाँव", LOC), ("दात्री", ORG), ("२३ अगस्त २०२३", DATE), ("मसूरी", LOC),
      ("कैम्पटी फ़ॉल", LOC)],
    known={"names": ["Neha Bisht"], "places": ["Dehradun"], "organisations": ["DATRI"]},
    var="hi")

# V054 Hinglish, West Delhi student; "Harry" for Harpreet, "BLK" for the hospital; shop name carries the surname.
add("hi", "patient_to_donor", """
Hello donor bhaiya/didi,

Main Harry, 21 saal ka, west dilli se. Sach bataun toh letter likhna mera scene nahi hai but mummy ne bola likh, toh likh raha hoon 😅

Mujhe AML hua tha second year mein, jab main DU ke Shaheed Bhagat Singh College mein B.Com kar raha tha. Transplant BLK mein hua 3 march 2023 ko. Wo 40 din isolation mein bas Netflix aur mummy ke aloo ke parathe ke sapne.

Ab main theek hoon, college wapas join kar liya hai, aur weekends pe papa ki shop pe baithta hoon, Rajouri market mein, "Sethi Sarees" naam hai. Haan haan, pata hai naam nahi dena tha, par aap family ho ab.

Gurudwara Bangla Sahib mein mummy ne aapke liye ardaas karwayi thi, aapka naam pata nahi tha toh bola "mere puttar da donor" 😂

Insta pe milna ho toh @harry.sethi_03 hai. Thank you yaar, sach mein, dil se.

Harry
""", [("Harry", P, 0), ("21", AGE), ("dilli", LOC), ("DU", ORG), ("Shaheed Bhagat Singh College", ORG), ("BLK", ORG),
      ("3 march 2023", DATE), ("Rajouri", LOC), ("Sethi Sarees", ORG), ("Gurudwara Bangla Sahib", ORG),
      ("@harry.sethi_03", CON), ("Harry", P, 1)],
    known={"names": ["Harpreet Singh Sethi"], "places": ["Delhi", "Rajouri Garden"],
           "organisations": ["BLK-Max Super Speciality Hospital"]},
    var="hi-Latn")

# V055 Hinglish, Mumbai daughter; father a retired BEST conductor; phone number and badge number.
add("hi", "family_to_donor", """
Dear donor ji,

Namaste! Main Priti, mere papa ko aapke stem cells mile the. Papa khud likhna chahte the but unki handwriting itni kharab hai ki doctor bhi nahi padh paate 😄 toh main likh rahi hoon.

Papa 62 saal ke hain, pure tees saal BEST mein bus conductor rahe, route 84 pe, Colaba se Ghatkopar. Unka badge number 28613 aaj bhi unke wallet mein hai. Retire hone ke do mahine baad hi unko MDS diagnose hua. Transplant Tata Memorial mein hua, 17 November 2022 ko.

Abhi papa Dadar mein hamare ghar pe hi rehte hain, subah Shivaji Park mein walk pe jaate hain aur wahan ke uncle log ke saath cricket discuss karte hain. Ganpati mein is saal unhone khud Lalbaug ka darshan kiya, 6 ghante line mein khade rehke! Hum log bol bol ke thak gaye ki mat jao.

Aapne hamari family ko papa wapas de diye. Agar kabhi Mumbai aao toh please call karna, 98201 47 339, mummy ke haath ki pav bhaji khilayenge.

Bahut saara pyaar aur dua,
Priti aur family
""", [("Priti", P, 0), ("62", AGE), ("BEST", ORG), ("route 84", OID), ("Colaba", LOC), ("Ghatkopar", LOC),
      ("28613", OID), ("Tata Memorial", ORG), ("17 November 2022", DATE), ("Dadar", LOC), ("Shivaji Park", LOC),
      ("Lalbaug", LOC), ("Mumbai", LOC), ("98201 47 339", CON), ("Priti", P, 1)],
    var="hi-Latn")

# ======================================== Polish ========================================

# V056 Poznań VW worker; known name, city, district only inflected or as a nickname.
add("pl", "patient_to_donor", """
Drogi Dawco!

Piszę do Ciebie z Poznania, gdzie mieszkam całe życie, od dziecka na Jeżycach. Mam 48 lat, żonę Ewę i dwie córki, a od dwudziestu lat pracuję w Volkswagenie na Antoninku, przy montażu. Chłopaki z mojej zmiany zorganizowali akcję rejestracji dawców w zakładzie, jak zachorowałem, zapisało się ponad trzysta osób.

Przeszczep miałem w Warszawie, w Instytucie Hematologii, 6 czerwca 2022 r. Pani doktor Zielińska powiedziała mi wtedy, że dostałem komórki od kogoś, kto jest zdrowy jak koń. Od tamtej pory jak widzę konia, to się uśmiecham.

W tym roku pierwszy raz byłem znowu na meczu Lecha, z młodszą córką. Krzyczałem tak, że straciłem głos na dwa dni, i żona mówiła, że to najlepszy dowód, że wyzdrowiałem.

Nie wiem, kim jesteś, ale modlę się za Ciebie w każdą niedzielę u Najświętszego Serca Jezusowego na Jeżycach. Dziękuję Ci z całego serca.

Mirek
""", [("Poznania", LOC), ("Jeżycach", LOC, 0), ("48", AGE), ("Ewę", P), ("Volkswagenie", ORG), ("Antoninku", LOC),
      ("zorganizowali akcję rejestracji dawców", OID), ("Warszawie", LOC), ("Instytucie Hematologii", ORG),
      ("6 czerwca 2022 r.", DATE), ("Pani doktor Zielińska", P), ("Lecha", ORG),
      ("Najświętszego Serca Jezusowego", ORG), ("Jeżycach", LOC, 1), ("Mirek", P)],
    known={"names": ["Mirosław Nowicki"], "places": ["Poznań", "Jeżyce"], "organisations": ["Volkswagen Poznań"]},
    var="pl-PL")

# V057 Tatra mountain-hut worker, donor.
add("pl", "donor_to_patient", """
Cześć!

Jestem Twoim dawcą, mam 30 lat i od pięciu sezonów pracuję w schronisku w Dolinie Pięciu Stawów, więc jak zadzwonili z DKMS, pierwsze pytanie lekarki było, czy mam dobrą kondycję. Śmiałem się.

Pobranie było 12.10.2023 r. w Gliwicach. Mama przyjechała z Nowego Targu z kanapkami, jakbym jechał na kolonie, a brat Kuba mówi, że teraz mamy w rodzinie „krewnego” gdzieś na świecie.

Jak wyjdę na Kozi Wierch, pomacham w Twoją stronę. Trzymaj się!

Twój dawca
""", [("30", AGE), ("pracuję w schronisku", OID), ("Dolinie Pięciu Stawów", LOC), ("DKMS", ORG),
      ("12.10.2023 r.", DATE), ("Gliwicach", LOC), ("Nowego Targu", LOC), ("Kuba", P), ("Kozi Wierch", LOC)],
    var="pl-PL")

# V058 Gdynia daughter for her mother; "Halinka", "Asia" (Joanna), "Gdyni" for the known forms.
add("pl", "family_to_donor", """
Szanowny Dawco,

piszę w imieniu mojej mamy, która dostała od Ciebie szpik 28 lutego 2023 roku w UCK. Mama ma 66 lat i całe życie przepracowała jako pielęgniarka, więc na oddziale była najgorszą pacjentką, bo wszystko wiedziała lepiej od lekarzy :)

Mieszkamy w Gdyni, na Oksywiu, niedaleko morza. Mama, zanim zachorowała, codziennie chodziła z kijkami wzdłuż Bulwaru i karmiła łabędzie, a ja się z niej śmiałam. Teraz sama z nią chodzę i nic mnie tak nie cieszy jak to, że znowu narzeka, że idę za wolno.

W sierpniu byłyśmy na odpuście w Swarzewie, jak co roku, i mama postawiła świeczkę w Twojej intencji. Powiedziała, że skoro ma w sobie kawałek Ciebie, to musisz być dobrym człowiekiem.

Wnuki mówią na nią teraz „babcia z nowym szpikiem”. Halinka, bo tak ją wszyscy nazywają, bardzo chciała dopisać coś od siebie:

„Dziękuję, kochane dziecko. Halinka”

Z wdzięcznością,
Asia
""", [("28 lutego 2023 roku", DATE), ("UCK", ORG), ("66", AGE), ("Gdyni", LOC), ("Oksywiu", LOC), ("Bulwaru", LOC),
      ("Swarzewie", LOC), ("Halinka", P, 0), ("Halinka", P, 1), ("Asia", P)],
    known={"names": ["Joanna Kowalewska", "Halina Kowalewska"], "places": ["Gdynia"],
           "organisations": ["Uniwersyteckie Centrum Kliniczne"]},
    var="pl-PL")

# ======================================== Dutch ========================================

# V059 Frisian student, donor; "Ljouwert" and "Hanze"; fierljeppen is a rare regional sport.
add("nl", "donor_to_patient", """
Hoi!

Ik ben je donor, een jongen van 24 uit Friesland. Ik woon in Ljouwert (Leeuwarden voor de niet-Friezen), studeer aan de Hanze in Groningen en werk in het weekend bij een fietsenmaker op de Nieuwestad. Ik had me ingeschreven bij Matchis na een actie op de hogeschool, met gratis stroopwafels, en een jaar later kreeg ik al het telefoontje.

De donatie was op 8 februari 2024 in het LUMC in Leiden. Mijn moeder ging mee en heeft de hele dag zitten breien, net als mijn oma vroeger.

In de zomer doe ik aan fierljeppen, bij de club in Winsum. Ik ben niet de beste, maar afgelopen augustus sprong ik m'n persoonlijk record, en ik riep in mijn hoofd: deze is voor jou! Misschien woon je wel in Duitsland of in Amerika en heb je nog nooit van fierljeppen gehoord, google het maar eens.

Ik hoop echt dat het goed met je gaat. Zet 'm op, en veel sterkte voor jou en je familie.

Groetjes,
S.
""", [("24", AGE), ("Friesland", LOC), ("Ljouwert", LOC), ("Leeuwarden", LOC), ("Hanze", ORG), ("Groningen", LOC),
      ("Nieuwestad", LOC), ("Matchis", ORG), ("8 februari 2024", DATE), ("LUMC", ORG), ("Leiden", LOC),
      ("doe ik aan fierljeppen", OID), ("Winsum", LOC), ("S.", P)],
    known={"names": ["Sjoerd de Vries"], "places": ["Leeuwarden"],
           "organisations": ["Matchis", "Hanzehogeschool Groningen"]},
    var="nl-NL")

# V060 Ghent midwife, donor, after the recipient's death.
add("nl", "donor_to_family", """
Beste familie,

Via het Rode Kruis kreeg ik vorige week het nieuws dat de persoon die mijn stamcellen kreeg, overleden is.

Ik ben een vrouw van 37 en werk als vroedvrouw in het AZ Sint-Lucas in Gent. Ik zie elke week leven beginnen, en nu voelde ik voor het eerst hoe het is als iemand weggaat die je nooit gekend hebt.

Zondag heb ik met de kinderen een kaarsje gebrand in de Sint-Baafskathedraal. De jongste vroeg voor wie. Ik zei: voor iemand die heel hard gevochten heeft.

Veel kracht gewenst, aan jullie allemaal.

Een donor uit Vlaanderen
""", [("Rode Kruis", ORG), ("37", AGE), ("AZ Sint-Lucas", ORG), ("Gent", LOC), ("Sint-Baafskathedraal", LOC),
      ("Vlaanderen", LOC)],
    var="nl-BE")


if __name__ == "__main__":
    main()
