#!/usr/bin/env python3
"""Build letters.jsonl, the ninth hand-written development set for the letter screener (60 letters, ids Z001-Z060).

Languages (60): en 8 (US 2, GB 2 (one Scottish), NG, PH (Taglish), CA, NZ), de 7 (DE 4, AT 2, CH 1), pl 6, he 6,
ja 6 (one in Osaka dialect), zh 6 (Simplified 3, Traditional TW 1, Cantonese HK 2), mr 6, es 5 (ES 2, MX, AR, CL),
fr 5 (FR 2, BE, CA, and a Senegalese-born writer in Paris), ta 5 (IN 4, SG 1). Directions: patient_to_donor 25,
donor_to_patient 13, family_to_donor 13 (Z007, Z029 and Z057 after the patient's death), donor_to_family 9. 22
letters carry a `known` list (the writer's own identifiers as the registry holds them); in 13 of them no known entry
appears verbatim - only as a nickname (Kalle, Jhen, Visantet, 阿珠, विठू), another spelling or script (Opotiki /
Ōpōtiki, Kolhapur / कोल्हापुरात, Singapore / சிங்கப்பூரில்), an abbreviation (GE for Gelsenkirchen, ב״ב for בני ברק,
北大病院, 华西, 林口長庚), an inflection (Nowy Targ / Nowego Targu) or a phone/e-mail written another way - and three
of those (Z008, Z020, Z025) contain nothing identifying at all. Five letters (Z008, Z012, Z020, Z025, Z041) contain
no identifying detail. Lengths 73-257 words; ja/zh 243-360 characters. The record format, the `where` forms and the
checks are those of ../letterset.py; the script stops and writes nothing if a check fails. `python3 make.py` builds
letters.jsonl, `--stats` also prints counts.

Labels follow /work/shared/data/screening-letters.md and the conventions of dev8/make.py. OTHER_ID covers ID numbers
(a donor number, a hospital file number, a hospital case number) and the quasi-identifiers the guidelines call OTHER:
rare or unique roles (the Zamboni driver of a named rink, the only pharmacist of a town, a named school's caretaker,
the lift operator of the Old Elbe Tunnel, a village head, a teacher of the whistled language of La Gomera), the bus
or minibus route someone drives, a stall described so that it can be found, and a newspaper story about the writer's
father. Common jobs (warehouse night shift, call-centre team lead, teacher, firefighter, baker, nurse, fisherman, IT)
are not labelled.

Labelled: first names, nicknames and diminutives (T-Boy, Mo-mo, Jhenny Curls, Kirst, Ferdl, Lenchen, Noi, Kalle,
Ötzi, Halinka, Witkiem, Paui, Jempi, חיה'לה, みっちゃん, 阿杰, 阿軒, விக்கி, अन्या, शांताक्का), initials (B., Herr B.),
given names written alone in ja/zh (湊, ゆい, 正, 小雨, 朵朵), names that are also words (Hebrew גיל, טל, נגה, שקד; Tamil
கதிர்; Marathi साक्षी; Japanese 湊; Chinese 小雨) with the ordinary-word uses left unlabelled as deliberate exceptions,
names with case endings (அருணின், அருணுக்கு, गौरीचं), title or kinship word + name as one span (Pastor Kunle, Uncle Hemi,
Ate Joy, Kuya Jojo, Schwester Mirela, pani Halinka, Pani doktor Zawada, doctor Ferreyra, tío Visantet, ר' יוסף,
டாக்டர் ரமேஷ், डॉ. गोखले, पैलवान विठू) with honorifics after the name left out (さん, சார், सर, the second पैलवान);
places down to districts, streets, a night market, a park, lakes, forts, rivers and temples, with Hebrew one-letter
prefixes left out and Tamil/Marathi case endings kept inside the span; the writer's own country of origin stated as
fact (Nigeria, Sénégal); places the writer invites the reader to; organisations by short or local names (King's,
Kispi, LKH, WTZ, St. Georg, Fe, Italiano, Tec, Enfant-Jésus, Hautepierre, Purpan, 北大病院, 市大病院, 华西, 省医, 道培,
瑪麗醫院, टाटाला, मानवतामध्ये), shops in quotes (Page Blanche, Chez Mimi, 丸八商店, 蜀香居, सुहास प्रिंटर्स), schools,
universities, registries, bands, a choir, a krewe and the sports clubs a family supports; dates in every format
(numeric day/month without year, weekday + date, Reiwa and ROC years, a lunar date, Hebrew-calendar dates, a Tamil
month, full-width digits, a bare year that dates the donation), a month + year tied to the diagnosis, donation or
transplant, a season + year that dates the transplant (spring of 2022) and a holiday + year that pins one day
(ט״ו באב תשפ״ג); exact ages as the number only, including ages at diagnosis or registration, ordinals of birthdays
(fourteenth, vierten) and exact fractional ages written as one number phrase (ארבע וחצי, שנתיים וחודשיים); phones,
e-mails and handles however they are spelt (spaced digits, number words, "punkt"/"ät", "[at]", full-width, Devanagari
and mixed Chinese numerals).

Not labelled: salutations (Dear Donor, Kia ora e hoa, Drogi Dawco, ドナー様, 亲爱的捐献者, प्रिय दाते); diseases and
acronyms (AML, ALL, MDS/SMD, LAM, GvHD/GVHD, CMV, HLA, ICU); God, Jesus, Lord, Dieu, Matka Boska, ה', முருகன், अंबाबाई,
the unnamed village Vitthal temple; holidays and events (Christmas, Thanksgiving, Mardi Gras, Matariki, Fallas,
Tabaski, Dzień Kobiet, Wigilia, fiestas patrias, the feast "día de la Candelaria" beside the hospital of that name,
the bare "ט״ו באב", 慰霊の日, お盆, 双十一, 中秋, 過年, தைப்பொங்கல், குடியரசு தினம், नारळी पौर्णिमा) - when a transplant
or donation fell on one of them, the date is labelled and the holiday name is not; pets (the pigeon Emma, the cat
Poireau); public figures, songs and fictional names (Purple Rain, Nougaro, el Dibu, Muminki, サンタ); brands and
transport (Tylenol, JR, 東鐵綫, 客運, במבה; Tesco is labelled because it is the writer's employer); foods named after places
(Schwarzwälder Kirschtorte, 三星蔥油餅, तांबडा-पांढरा रस्सा); demonyms (Grazer, regia, דרוזי, 南方人); approximate ages,
jokes and decades ("3 going on 30", "like she was twenty-five", "in your 60s", "twenties", "niecałe cztery", 七十を過ぎた,
两岁多); durations; a season + year or a year-end that dates only the diagnosis (Herbst 2021, verano de 2021,
l'automne 2021, בקיץ תשפ״ב, 前年秋天, 110年底, २०२२ च्या पावसाळ्यात); a bare year of diagnosis (In 2021, En 2022);
months and weekdays alone; a hypothetical club (Rayados) and a hypothetical year (2031); school grades (高二, 中一,
大二, दहावीत); German nouns and capitalised words at sentence starts; the generic second "कोळीवाड्यात".
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "Z", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== English ========================================

# Z001 Nigerian night-shift warehouse worker in south-east London, 44; three forms of his name (Babatunde, Tunde,
# T-Boy); King's; his home town Ilesa and "Nigeria" stated as fact; WhatsApp number spaced out; "In 2021" dates the
# diagnosis, "10/10", Jesus, God, AML not labelled; known name and place verbatim, hospital only in short form.
add("en", "patient_to_donor", """
Dear Donor,

Good day to you and your family. I greet you in the mighty name of Jesus. My name is Babatunde but everybody call me Tunde, and my boys from secondary school in Ilesa still call me T-Boy till today, so you can choose anyone you like.

I am 44 years old, married to my jewel Funmi and God blessed us with three children, two boys and one girl. The girl (we call her Mo-mo) is the last born and the real boss of the house.

In 2021 I started to feel weak every time, I was thinking it is just the night shift at the Tesco warehouse in Dartford. Then the doctor said AML. I will not lie to you, I cried like small pikin. My family in Nigeria could not match, my brothers did the test and nothing. Then the nurse at King's called me that they have seen somebody far away who is 10/10 match. That somebody is you.

The transplant was done on 6th July 2022. Since then I have gained back 9 kilos, I can climb the stairs of our flat in Thamesmead without stopping, and last Sunday I danced at church for the first time. Pastor Kunle was shouting "Ehen! Ehen!" 😂

Whoever you are, wherever you are, God will reward you in multiple folds. If the rules allow one day, my WhatsApp is 0 7 9 4 1 - 2 2 6 - 0 5 8. Even to just say hello.

Yours gratefully,
Tunde
(and Funmi, and the children)
""", [("Babatunde", P), ("Tunde", P, 0), ("Ilesa", LOC), ("T-Boy", P), ("44", AGE), ("Funmi", P, 0), ("Mo-mo", P),
      ("Tesco", ORG), ("Dartford", LOC), ("Nigeria", LOC), ("King's", ORG), ("6th July 2022", DATE),
      ("Thamesmead", LOC), ("Pastor Kunle", P), ("0 7 9 4 1 - 2 2 6 - 0 5 8", CON), ("Tunde", P, 1), ("Funmi", P, 1)],
    known={"names": ["Babatunde Adeyemi"], "places": ["Thamesmead"], "organisations": ["King's College Hospital"]},
    var="en-NG")

# Z002 donor, 37, drives the ice resurfacer at the Duluth university rink (a rare job); "the Cities" (Twin Cities);
# weekday + abbreviated date; phone half in words with the area code in brackets; "3 going on 30" is a joke, not
# an age; Purple Rain, Tylenol, Thanksgiving, "in your 60s" not labelled.
add("en", "donor_to_patient", """
Hello from way up north!

My name's Erik and I'm your donor. I'm 37, married, two little kids (Ingrid is 6, Soren is 3 going on 30), and I drive the Zamboni at Amsoil Arena here in Duluth, which is the best job in the world and I will not be taking questions. I got swabbed at a Bulldogs game between periods, a bunch of nursing students had a table by the concessions and I figured why not.

When the call came I was more nervous than I let on. My wife said "you sit on a giant ice robot for a living, you'll survive a needle." Fair. I drove down to the Cities and gave on Tuesday, Oct. 17. The shots beforehand made my back ache, Tylenol and a heating pad, done. I was back on the ice by the weekend and I played Purple Rain on the arena speakers during the flood, for you. Nobody asked why.

I don't know much about you, just that you are a man in your 60s. I keep picturing you at Thanksgiving going back for seconds. Please go back for seconds.

The lake's freezing along the shore right now and the kids want to go see the ice on Lake Superior this weekend. I'll think of you out there.

If the registry ever lets us, call or text, (two one eight) 7 two 4 - 0 six 3 1.

Stay warm,
Erik
""", [("Erik", P, 0), ("37", AGE), ("Ingrid", P), ("6", AGE), ("Soren", P), ("3", AGE, "Soren is 3"),
      ("drive the Zamboni", OID), ("Amsoil Arena", LOC), ("Duluth", LOC), ("Bulldogs", ORG), ("Cities", LOC),
      ("Tuesday, Oct. 17", DATE), ("Lake Superior", LOC), ("(two one eight) 7 two 4 - 0 six 3 1", CON), ("Erik", P, 1)],
    var="en-US")

# Z003 Glasgow-area mother of Kirsty ("Kirst"), 15; the Schiehallion unit of the children's hospital; a numeric
# day/month date without year; two football clubs as the family's loyalties; "2031" is hypothetical; Scots spelling.
add("en", "family_to_donor", """
Dear donor

This is Kirsty's mum writing. Kirsty will write her own letter when she's ready, she says, but she's fifteen and "ready" could mean next week or 2031 so I wasnae waiting.

Where do I start. She was diagnosed just after her fourteenth, two days after the school trip tae Aviemore. We thought it was a virus. It wisnae. We spent most of last year in the Schiehallion unit at the Royal Hospital for Children, and I mean most of it, I could tell you which vending machine eats your pound coins.

Your cells went in on 2/11. I don't know if that means anything to you, maybe it was just a Wednesday where you are. For us it's the new birthday. Her wee brother Calum made a banner out of a bedsheet.

She's back at Castlehead High three days a week now and last Saturday she was up at Celtic Park screaming her head off like nothing happened. Her dad's a Rangers man, so you can imagine the state of our house. She says your cells must be green and white, he says they're blue. Honestly, take your pick.

We're just ordinary folk from Paisley. We don't have the words. Thank you for giving our Kirst back to us.

All our love,
Lorraine, Kirsty and Calum x

PS she'd kill me if she knew I'd told you about the screaming.
""", [("Kirsty", P, 0), ("Kirsty", P, 1), ("fifteen", AGE), ("fourteenth", AGE), ("Aviemore", LOC), ("Schiehallion", ORG),
      ("Royal Hospital for Children", ORG), ("2/11", DATE), ("Calum", P, 0), ("Castlehead High", ORG), ("Celtic Park", LOC),
      ("Rangers", ORG), ("Paisley", LOC), ("Kirst", P), ("Lorraine", P), ("Kirsty", P, 2), ("Calum", P, 1)],
    var="en-GB")

# Z004 Taglish call-centre team lead "Jhen", soon 31; kinship titles (Ate Joy, Kuya Jojo) as one span; St. Luke's BGC;
# the transplant on a feast day (the date is labelled, the feast is not); Instagram handle that repeats the age;
# Lola, AML, "Lord" not labelled; known identifiers only in other forms.
add("en", "patient_to_donor", """
hello po dear donor!!

sorry in advance for my english, i'm more comfortable in tagalog but my Ate Joy said write in english so you can understand 😅 she is the one checking my grammar now haha.

Im Jhen, soon 31, single (for now hehe), from Marikina. before i got sick i was a team lead in a call center in Eastwood, night shift always, coffee is my blood type lol. then last year i got so tired and my gums keep bleeding, they told me its AML. my mama was crying the whole night in the chapel of St. Luke's BGC.

they said no one in our family is a match, even my Kuya Jojo who is so sure he will match because "we look the same". Then there is you!!! transplant was Dec. 8, same day of the feast of the Immaculate Conception so my Lola said its a miracle talaga, thank you Lord.

now im at home, i can walk to Riverbanks na, slowly. my hair is growing back curly?? my friends call me Jhenny Curls now 😂

thank you thank you thank you. I pray for you every night, sana healthy ka palagi and happy.

if allowed po, my ig is @jhenny.curls.31 — pls add me haha

love,
Jhen 💛
""", [("Ate Joy", P), ("Jhen", P, 0), ("31", AGE, "soon 31"), ("Marikina", LOC), ("Eastwood", LOC), ("St. Luke's BGC", ORG),
      ("Kuya Jojo", P), ("Dec. 8", DATE), ("Riverbanks", LOC), ("Jhenny Curls", P), ("@jhenny.curls.31", CON),
      ("Jhen", P, 1)],
    known={"names": ["Jennifer Ramos"], "places": ["Marikina City"],
           "organisations": ["St. Luke's Medical Center – Global City"]}, var="en-PH")

# Z005 donor, 52, the only pharmacist of a small Saskatchewan town, to the family after the death; month and year
# of the donation; the Co-op as a meeting place; "Thursday nights", "twenty times" not labelled.
add("en", "donor_to_family", """
To the family,

The coordinator at Canadian Blood Services passed your letter on last week. I've read it maybe twenty times. I'm so sorry about your dad. I wish I had something wiser to say than that.

You asked a bit about me, so here goes. I'm the only pharmacist in Rosetown, which means half the town already knows my business and the other half is about to. I'm 52, I curl on Thursday nights (badly), and I have a teenage son who thinks I'm the least cool person in Saskatchewan.

I donated in March 2023, in Saskatoon. It was an easy day for me. I drove home afterwards through snow that wouldn't quit and kept thinking about whoever was at the other end of that bag. Now I know he was a grandpa who built birdhouses and taught his granddaughter to skate on a backyard rink. I'm glad I know that. Thank you for telling me.

Please don't feel you owe me anything. You gave him every chance, and so did he.

If the day ever comes when we're allowed, there's a coffee waiting for you at the Co-op, my treat.

With deepest sympathy,
your dad's donor
""", [("Canadian Blood Services", ORG), ("the only pharmacist", OID), ("Rosetown", LOC), ("52", AGE), ("Saskatchewan", LOC),
      ("March 2023", DATE), ("Saskatoon", LOC), ("Co-op", ORG)], var="en-CA")

# Z006 Māori truck driver "Uncle Hemi", 53, Ōpōtiki (the known place is spelt without macrons); Auckland City as the
# hospital; Matariki, karakia, whānau, "the cousin", "8th floor" not labelled.
add("en", "patient_to_donor", """
Kia ora e hoa,

Hemi here. Well, Uncle Hemi to most of the coast, I've got more nieces and nephews than I can count and they all reckon they get a say in this letter.

I'm fifty-three, I drive a truck for the packhouse out at Ōpōtiki, kiwifruit mostly, and I was the fella who never went to the doctor. Then the bruises started and my missus Ana marched me in. AML. Next thing I'm up in Auckland City on the 8th floor looking out at the harbour wondering what happened to my life.

You happened. Transplant was the 19th of Sept and by Matariki I was home on the deck with a feed of kina and half the whānau trying to make me sit down.

I'm not much of a writer. I just want you to know there's a big bloke down the bottom of the Bay of Plenty who puts you in his karakia every night, even though he doesn't know your name. We call you "the cousin" round here. Hope that's alright.

If you're ever over this way, there's a bed and a boil-up waiting. No questions asked.

Ngā mihi nui,
Hemi
""", [("Hemi", P, 0), ("Uncle Hemi", P), ("fifty-three", AGE), ("Ōpōtiki", LOC), ("Ana", P), ("Auckland City", ORG),
      ("19th of Sept", DATE), ("Bay of Plenty", LOC), ("Hemi", P, 2)],
    known={"names": ["Hemi Tawhai"], "places": ["Opotiki"], "organisations": ["Auckland City Hospital"]}, var="en-NZ")

# Z007 Cajun widower: his wife Darlene ("Dee", "Darlene Marie"), 59, died after the transplant; Ochsner; a church
# and a Mardi Gras krewe; "spring of 2022" dates the transplant, so it is a DATE; "like she was twenty-five" is not
# an age; MDS, AML, GvHD, ICU, Lord, God, Mardi Gras not labelled.
add("en", "family_to_donor", """
Dear Donor,

I've started this letter a dozen times since Christmas and thrown every one of them away, so this time I'm just going to keep going.

My wife Darlene got your cells at Ochsner in New Orleans in the spring of 2022. It started out as MDS and turned into AML before we could blink. She was 59. Everybody called her Dee, except her mama, who called her Darlene Marie when she was in trouble, which was often, because Dee was a pistol.

She passed on January 9th, 2024. The GvHD got into her gut and then her lungs and at the end she was in the ICU and she was tired, Lord she was tired. But I need you to know about the in-between. Because of you she had twenty more months. She saw our grandbaby baptized at St. Genevieve. She went back to the choir. She made one more Mardi Gras in Lafayette and threw beads off the porch at the Krewe des Chênes parade like she was twenty-five.

I'm not angry at anybody. Not God, not the doctors, certainly not you. You gave a stranger almost two years, and I got to hold her hand for every day of them.

If you ever find yourself in Acadiana, a pot of gumbo has your name on it. I mean that.

God bless you and keep you,
Ray
""", [("Darlene", P, 0), ("Ochsner", ORG), ("New Orleans", LOC), ("spring of 2022", DATE), ("59", AGE), ("Dee", P, 0),
      ("Darlene Marie", P), ("Dee", P, 1), ("January 9th, 2024", DATE), ("St. Genevieve", ORG), ("Lafayette", LOC),
      ("Krewe des Chênes", ORG), ("Acadiana", LOC), ("Ray", P)], var="en-US")

# Z008 shy English donor: no identifying detail at all, but a known list (nothing of it in the text); "my nan",
# "twenties", Christmas not labelled.
add("en", "donor_to_patient", """
Hi,

I've been told I can write to you, so I am. I'm not much of a letter writer, the last one I wrote was probably a thank-you note to my nan for a jumper.

I just wanted to say I hope you're doing alright. I think about you more than I expected to. When I was lying there with the needles in, watching the machine spin, I kept wondering what you were doing right then, and whether you were scared. I was a bit scared and it was only me giving.

I'm in my twenties, I work shifts, I like football and bad telly. That's all they'll let me say really, and to be honest that's about all there is.

Anyway. Get well. Eat your greens, or don't, I won't tell.

Take care of yourself,
your donor

PS Happy Christmas if this gets to you in time.
""", [], known={"names": ["Callum Reid"], "places": ["Leeds"], "organisations": ["Anthony Nolan"]}, var="en-GB")

# ======================================== German ========================================

# Z009 Graz school caretaker "Ferdl" (Ferdinand), 66 (one caretaker per named school: OTHER_ID); LKH; Austrian
# "Jänner"; "Herbst 2021" dates the diagnosis; Grazer (demonym), Schilcher (a wine), Buschenschank, Gott not labelled.
add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

a herzliches Grüß Gott aus Graz! Ich bin der Ferdl, eigentlich Ferdinand, aber so nennt mich nur meine Schwester, wenn sie grantig ist. Sechsundsechzig Jahr bin ich alt und war fast dreißig Jahr Schulwart im Keplergymnasium, da kennt mich jeder zweite Grazer, weil ich ihm einmal den Fußball vom Dach geholt hab.

Im Herbst 2021 hat's geheißen: Leukämie. Am 3. Jänner 2022 war die Transplantation im LKH, und ich sag's ehrlich, die ersten Wochen waren ein Graus. Aber die Schwestern dort, vor allem die Schwester Mirela, haben mich nicht hängen lassen.

Jetzt geh ich wieder jeden Tag mit meiner Gerti auf den Schloßberg, zu Fuß, nicht mit dem Lift, und im Herbst fahren wir in die Südsteiermark zum Buschenschank und ich trink ein Achterl Schilcher (nur eins, der Doktor schaut eh weg).

Ich weiß nicht, ob Sie jung oder alt sind, Mann oder Frau. Ist mir auch wurscht. Sie sind ein leiwander Mensch.

Vergelt's Gott und alles Liebe,
Ihr Ferdl
""", [("Graz", LOC), ("Ferdl", P, 0), ("Ferdinand", P), ("Sechsundsechzig", AGE), ("Schulwart", OID), ("Keplergymnasium", ORG),
      ("3. Jänner 2022", DATE), ("LKH", ORG), ("Schwester Mirela", P), ("Gerti", P), ("Schloßberg", LOC),
      ("Südsteiermark", LOC), ("Ferdl", P, 1)], var="de-AT")

# Z010 donor Lena ("Lenchen"), 22, forestry student in Freiburg from a Black Forest village, registered at 17;
# weekday + day/month date with the final full stop; Schwarzwälder Kirschtorte (a cake), Weihnachten, Oma not labelled.
add("de", "donor_to_patient", """
Hallo du 🙂

ich bin deine Spenderin! Voll komisch, das zu schreiben. Ich heiße Lena (meine Oma sagt Lenchen, aber das bleibt unter uns), bin 22 und studiere Forstwirtschaft an der Uni Freiburg. Aufgewachsen bin ich in Todtnauberg, so ein Dorf im Schwarzwald mit mehr Kühen als Menschen.

Registriert hab ich mich mit 17 bei einer Aktion von der DKMS in unserer Schule, eigentlich nur, weil dafür eine Stunde Mathe ausgefallen ist 🙈 Und dann, Jahre später, der Anruf. Ich stand gerade im Wald und hab fast mein Handy in einen Bach fallen lassen.

Die Spende war am Mittwoch, den 8.11., in Köln. Ich hab die ganze Zeit Hörbücher gehört und eine Krankenschwester hat mir Gummibärchen geschmuggelt. Danach war ich zwei Tage müde, mehr nicht. Ehrlich, Zahnarzt ist schlimmer.

Ich hoffe so sehr, dass es dir gut geht. Ich stell mir vor, dass du jetzt irgendwo Kaffee trinkst und aus dem Fenster schaust und dich auf Weihnachten freust. Wenn du magst, schreib mir zurück! Ich würd mich riesig freuen.

Ganz liebe Grüße aus dem Süden
Lena

PS: Die Schwarzwälder Kirschtorte von meiner Oma ist legendär. Falls wir uns je treffen dürfen, bring ich eine mit.
""", [("Lena", P, 0), ("Lenchen", P), ("22", AGE), ("Uni Freiburg", ORG), ("Todtnauberg", LOC), ("Schwarzwald", LOC),
      ("17", AGE), ("DKMS", ORG), ("Mittwoch, den 8.11.", DATE), ("Köln", LOC), ("Lena", P, 1)], var="de-DE")

# Z011 Swiss parents (no ß) of Noah ("Noi"), 5; "Kispi" for the children's hospital in Zurich; the Swiss registry;
# a day/month date; "vierten Geburtstag" is an age; Chindsgi, Samichlaus, Kondukteur, Lokführer not labelled.
add("de", "family_to_donor", """
Liebe Spenderin oder lieber Spender

Wir sind die Eltern von Noah, den alle nur Noi nennen. Er ist jetzt fünf und hat uns erlaubt, Ihnen zu schreiben, «aber nur, wenn du auch den Bagger erwähnst». Also: Er hat einen neuen Bagger. Er ist gelb.

Als Noi drei war, kam die Diagnose. Es folgten viele Monate im Kispi in Zürich, mit dem Zug von Frauenfeld hin und her, so oft, dass der Kondukteur uns irgendwann mit Namen gegrüsst hat. Geschwister hat er keine, und bei uns Eltern passte es nicht. Dass über Blutspende SRK Schweiz jemand gefunden wurde, war für uns ein Wunder.

Die Transplantation war am 30.5., einen Tag nach seinem vierten Geburtstag. Wir haben im Isolationszimmer mit einem aufgeblasenen Handschuh als Ballon gefeiert.

Heute geht er in den Chindsgi, streitet mit seiner Cousine und will Lokführer werden. Am Samichlaus-Abend hat er gesagt, er wünscht sich, dass «der Mensch, der mir das Blut geschenkt hat» auch ein Geschenk bekommt. Hier ist es: eine Zeichnung vom gelben Bagger.

Von Herzen danke,
Sandra und Reto
""", [("Noah", P), ("Noi", P, 0), ("fünf", AGE), ("Noi", P, 1), ("drei", AGE), ("Kispi", ORG), ("Zürich", LOC),
      ("Frauenfeld", LOC), ("Blutspende SRK Schweiz", ORG), ("30.5.", DATE), ("vierten", AGE), ("Sandra", P), ("Reto", P)],
    var="de-CH")

# Z012 retired widower: no identifying detail at all; AML, GvHD, CMV, Ostern, sonntags and the nouns not labelled.
add("de", "patient_to_donor", """
Sehr geehrte Spenderin, sehr geehrter Spender,

mein Arzt hat mir gesagt, dass ich Ihnen schreiben darf, solange ich nichts über meinen Wohnort und meinen Namen verrate. Also halte ich mich daran, auch wenn es sich merkwürdig anfühlt, einem Menschen zu danken, ohne ihm die Hand geben zu können.

Die Diagnose AML kam vor zwei Jahren. Es folgten Chemotherapie, Bestrahlung und schließlich die Transplantation mit Ihren Stammzellen. Eine GvHD an der Haut und ein hartnäckiges CMV haben mich im ersten Sommer noch geplagt, inzwischen ist beides fast verschwunden.

Ich bin Rentner, Witwer, und habe einen Garten, in dem dieses Jahr zum ersten Mal seit langem wieder Tomaten wachsen, die ich selbst gepflanzt habe. Das klingt nach wenig. Für mich ist es sehr viel.

Zu Ostern kam die ganze Familie. Meine Enkelin hat gefragt, ob ich jetzt ein bisschen wie Sie bin. Ich habe gesagt: Hoffentlich.

Bleiben Sie gesund. Ich denke oft an Sie, besonders sonntags.

Mit herzlichem Dank und allen guten Wünschen
Ihr Empfänger
""", [], var="de-DE")

# Z013 Ruhr pigeon fancier "Kalle", 49, from "GE-Buer" (the known city only as its licence-plate abbreviation); the
# club; WTZ in Essen; "Herr B."; a month and year tied to the diagnosis; phone half in words; the pigeon Emma,
# Glück auf, AML not labelled; nothing known appears verbatim.
add("de", "patient_to_donor", """
Hallo Spender oder Spenderin,

hier schreibt Kalle aus GE-Buer. Ich bin 49, Vater von zwei Jungs, und hab mein halbes Leben auf Schalke im Block gestanden, also bitte nicht wundern über die Ausdrucksweise.

Wie dat so is: Im Februar 2022 bin ich am Taubenschlag umgekippt. Im Krankenhaus hieß es dann AML, und zack, ab ins WTZ nach Essen. Da war ich dann lange. Sehr lange. Meine Tauben hat in der Zeit der Nachbar Ötzi gefüttert, der hat sich gut gemacht, nur die Emma (meine beste Reisetaube) hat ihm das nie verziehen.

Am 14.09.22 kamen deine Zellen. Ich weiß noch, wie der Oberarzt gesagt hat: "Herr B., jetzt fängt Ihr zweites Leben an." Zweites Leben mit 49, ich sach ma, da hab ich noch wat vor.

Ich war inzwischen wieder im Stadion, mit Maske, und hab gebrüllt wie früher. Und ich arbeite wieder, halbe Tage, bei der Dachdeckerei Brinkmann, zum Glück nicht mehr auf dem Dach.

Wenn du mal Bock hast auf ne Currywurst und nen Schnack: 0176 – vierundvierzig – 21 – 90 – 3. Kein Stress.

Glück auf und danke, Kumpel!
Kalle
""", [("Kalle", P, 0), ("GE", LOC), ("Buer", LOC), ("49", AGE, 0), ("Schalke", ORG), ("Februar 2022", DATE), ("WTZ", ORG),
      ("Essen", LOC), ("Ötzi", P), ("14.09.22", DATE), ("Herr B.", P), ("49", AGE, 1), ("Dachdeckerei Brinkmann", ORG),
      ("0176 – vierundvierzig – 21 – 90 – 3", CON), ("Kalle", P, 1)],
    known={"names": ["Karl-Heinz Brzoska"], "places": ["Gelsenkirchen"], "organisations": ["Universitätsklinikum Essen"],
           "other": ["0176 4421903"]}, var="de-DE")

# Z014 donor, 31, who runs a mountain hut in the Lungau, to the family after the death; month and year of the
# donation; Kaiserschmarrn, Kapelle, "am See" not labelled.
add("de", "donor_to_family", """
Liebe Familie,

Ihren Brief hab ich bekommen und lang nicht gewusst, was ich antworten soll. Es tut mir so leid, dass Ihr Vater es nicht geschafft hat.

Ich bin einunddreißig und komme aus dem Lungau. Im Sommer bewirtschafte ich mit meinem Bruder die Sticklerhütte, im Winter arbeite ich unten im Tal beim Lift. Oben auf der Hütte hat man viel Zeit zum Nachdenken, und ich hab oft an den Menschen gedacht, der meine Zellen bekommen hat. Ich hab mir immer vorgestellt, dass er irgendwann bei uns heroben sitzt und einen Kaiserschmarrn isst.

Gespendet hab ich im Mai 2023 in Salzburg. Sie haben geschrieben, dass er danach noch einmal am See war und mit den Enkeln Steine flitschen hat lassen. Das freut mich, wirklich. Das nehm ich mit.

Heute Abend zünd ich in der Kapelle neben der Hütte eine Kerze für ihn an. Passen Sie gut auf sich auf.

Herzlich,
Ihre Spenderin aus den Bergen
""", [("einunddreißig", AGE), ("Lungau", LOC), ("Sticklerhütte", ORG), ("Mai 2023", DATE), ("Salzburg", LOC)], var="de-AT")

# Z015 Hamburg daughter "Jule" writing for her father, 62, lift operator in the Old Elbe Tunnel (a rare job); the
# hospital St. Georg (also a district name); a newspaper story about him (quasi-identifying event); e-mail with
# "punkt"/"ät"; Hummel Hummel, Moin, Juni not labelled; known name and e-mail only in other forms.
add("de", "family_to_donor", """
Moin liebe Spenderin, lieber Spender,

ich schreibe für meinen Vater, weil er sagt, er kann das nicht, "mit Gefühl und so". Er sitzt aber neben mir und diktiert die Hälfte, also schreibt er eigentlich doch.

Papa ist 62 und seit über dreißig Jahren Fahrstuhlführer im Alten Elbtunnel. Jeden Tag rauf und runter, Fahrräder, Touristen, Schulklassen, und für jeden einen Spruch. Als er krank wurde, haben die Stammgäste an den Landungsbrücken Karten für ihn gesammelt, ganze Schuhkartons voll.

Seine Transplantation war am 15.3.2023 in St. Georg. Danach war er zum ersten Mal im Leben lange weg vom Wasser und hat das ganz schlecht vertragen. Seit Juni arbeitet er wieder, zwei Tage die Woche. Die Kollegen haben zu seiner Rückkehr den Fahrkorb mit Wimpeln geschmückt, das stand sogar im Abendblatt.

Wir wohnen inzwischen auf der anderen Seite der Elbe, und wenn er abends heimkommt, sagt er oft: "Heute hab ich an unseren Spender gedacht, als die Sonne über den Kränen unterging."

Falls Sie uns mal schreiben dürfen: jule punkt meyerhoff ät web punkt de.

Alles Liebe aus dem Norden,
Jule (und Papa, der sagt, ich soll "Hummel Hummel" drunterschreiben)
""", [("62", AGE), ("Fahrstuhlführer", OID), ("Alten Elbtunnel", LOC), ("Landungsbrücken", LOC), ("15.3.2023", DATE),
      ("St. Georg", ORG), ("Fahrkorb mit Wimpeln geschmückt", OID), ("Abendblatt", ORG), ("Elbe", LOC),
      ("jule punkt meyerhoff ät web punkt de", CON), ("Jule", P)],
    known={"names": ["Julia Meyerhoff"], "places": ["Hamburg-Harburg"], "organisations": [],
           "other": ["julia.meyerhoff@web.de"]}, var="de-DE")

# ======================================== Polish ========================================

# Z016 retired post-office clerk "Halinka" (Halina), 57, from Nowy Targ (the known town only inflected); "pani
# Halinka"/"pani Halinko" and "Pani doktor Zawada" as one span each; the Kopernika street hospital; the folk
# ensemble "Podhale" (ORG) vs the region "Podhala" (LOC); Dzień Kobiet, Matka Boska, Bóg not labelled.
add("pl", "patient_to_donor", """
Drogi Dawco!

Piszę do Ciebie z Nowego Targu, gdzie zimą mróz taki, że aż w zębach trzeszczy. Mam pięćdziesiąt siedem lat, na imię mam Halina, ale wszyscy mówią na mnie Halinka, nawet wnuki.

Trzydzieści lat przesiedziałam w okienku na poczcie, więc pół Podhala zna moją twarz, tylko nie każdy pamięta skąd. Jak zachorowałam, ludzie w kolejce pytali jeden przez drugiego: „A gdzie nasza pani Halinka?”. Koleżanki zbierały dla mnie podpisy na kartce, wyszły trzy strony.

Przeszczep miałam 7 marca 2023 r. w Krakowie, na Kopernika. Pielęgniarki mówiły, że to dzień przed Dniem Kobiet, więc dostałam prezent wcześniej — od Ciebie. Pani doktor Zawada przyszła potem i powiedziała: „No, pani Halinko, teraz to już tylko do przodu”.

Teraz jestem na rencie, ale w niedzielę chodzę z wnuczką na próby zespołu „Podhale”. Uszyłam jej nowy gorset i płakałam przy tym jak bóbr, bo pomyślałam, że gdyby nie Ty, to by go ktoś inny szył.

Co niedzielę w kościele proszę Matkę Boską, żeby Cię miała w opiece. Bóg zapłać.

Z serca,
Halinka z gór
""", [("Nowego Targu", LOC), ("pięćdziesiąt siedem", AGE), ("Halina", P), ("Halinka", P, 0), ("Podhala", LOC),
      ("pani Halinka", P), ("7 marca 2023 r.", DATE), ("Krakowie", LOC), ("Kopernika", LOC), ("Pani doktor Zawada", P),
      ("pani Halinko", P), ("Podhale", ORG), ("Halinka", P, 2)],
    known={"names": ["Halina Gąsienica-Byrcyn"], "places": ["Nowy Targ"],
           "organisations": ["Szpital Uniwersytecki w Krakowie"]}, var="pl-PL")

# Z017 donor Bartek, 29, Nokia in Wrocław (Nadodrze); "Politechnice"; weekday + day.month date; his donor number
# (OTHER_ID); Śląsk as the football club; e-mail with "[at]"; the pizza, "Dzień Dawcy" (an event) not labelled.
add("pl", "donor_to_patient", """
Cześć!

Tu Twój dawca, Bartek. Mam 29 lat, mieszkam we Wrocławiu na Nadodrzu i klepię kod w Nokii (tak, ta od telefonów, tylko teraz robimy sieci, a nie komórki, ludzie zawsze pytają 😄).

Zarejestrowałem się na studiach, na jakimś Dniu Dawcy na Politechnice, bo dawali darmową pizzę. Serio. Najlepsza inwestycja w pizzę ever. Jakby co, w fundacji figuruję pod numerem 8810-4471-23.

Pobranie było we wtorek 7.03 w Gliwicach. Leżałem cztery godziny, obejrzałem prawie cały sezon serialu i zjadłem dwa batony. Trochę bolały kości po zastrzykach, ale bez przesady, po meczu w piłkę bolą bardziej.

Nie wiem o Tobie prawie nic, tylko że jesteś facetem starszym ode mnie. Mam nadzieję, że czujesz się coraz lepiej. Jak wyzdrowiejesz na całego, to trzymam kciuki, żebyś poszedł na jakiś mecz. Ja chodzę na Śląsk, niestety, więc wiem, co to cierpienie.

Gdyby kiedyś było wolno: bartek_sowinski[at]interia.pl

Trzymaj się mocno!
B.
""", [("Bartek", P), ("29", AGE), ("Wrocławiu", LOC), ("Nadodrzu", LOC), ("Nokii", ORG), ("Politechnice", ORG),
      ("8810-4471-23", OID), ("wtorek 7.03", DATE), ("Gliwicach", LOC), ("Śląsk", ORG),
      ("bartek_sowinski[at]interia.pl", CON), ("B.", P)], var="pl-PL")

# Z018 mother of Tosia, 6, from a village near Lublin; the Gębali street hospital; nurse "pani Ewelina"; a
# kindergarten; "niecałe cztery" is approximate; Muminki (fictional), ALL not labelled.
add("pl", "family_to_donor", """
Szanowny Dawco,

jestem mamą Tosi. Tosia ma teraz 6 lat, a kiedy zachorowała, miała niecałe cztery. Białaczka. Słowo, którego wcześniej nawet nie umiałam dobrze wymówić.

Mieszkamy na wsi pod Lublinem, w Jakubowicach, i przez ponad rok prawie codziennie jeździliśmy do szpitala na Gębali. Tosia znała tam każdą salową po imieniu, a pani Ewelina z nocnych dyżurów czytała jej „Muminki” na głosy.

Przeszczep był 3 października 2022 roku. Pamiętam, że lało jak z cebra, a ja stałam przy oknie i myślałam o Tobie — że gdzieś jest ktoś, kto kiedyś powiedział „tak” i nie zmienił zdania. Dziękuję, że nie zmieniłeś.

We wrześniu Tosia poszła do zerówki w przedszkolu „Słoneczko”. Pierwszego dnia przyniosła rysunek: nasz dom, pies, ona i ktoś wysoki w czerwonej pelerynie. Zapytałam, kto to. Powiedziała: „To ten pan od krwi”. Nie wiemy nawet, czy jesteś panem, ale dla niej już zawsze będziesz superbohaterem.

Z wdzięcznością na całe życie,
mama Tosi i tata, i starszy brat Kuba
""", [("Tosi", P, 0), ("Tosia", P, 0), ("6", AGE), ("Lublinem", LOC), ("Jakubowicach", LOC), ("Gębali", LOC),
      ("Tosia", P, 1), ("pani Ewelina", P), ("3 października 2022 roku", DATE), ("Tosia", P, 2), ("Słoneczko", ORG),
      ("Tosi", P, 1), ("Kuba", P)], var="pl-PL")

# Z019 donor, 42, farmer and village head (sołtys: one per village, OTHER_ID), to the family after the death; month
# and year of the donation (inflected month); "fundację" (unnamed), "nad morze" not labelled.
add("pl", "donor_to_family", """
Szanowna Rodzino,

dostałem Państwa list przez fundację i długo siedziałem z nim w kuchni. Bardzo mi przykro. Nie znałem Pana męża i ojca, a jednak czuję, jakbym stracił kogoś bliskiego.

Napiszę trochę o sobie, bo pytaliście. Mam 42 lata, jestem rolnikiem, a od dwóch kadencji także sołtysem Woli Zarczyckiej. To znaczy, że jak komuś płot się przewróci albo pies ucieknie, to dzwonią do mnie. Komórki oddałem w lipcu 2022 w Warszawie. Żona śmiała się, że pierwszy raz od lat pojechałem do stolicy nie w sprawie dopłat.

Napisali Państwo, że po przeszczepie tata zdążył jeszcze zobaczyć narodziny wnuka i pojechać nad morze. Bardzo się z tego cieszę. Ja też mam dzieci i wiem, ile znaczy taki jeden wyjazd.

Łączę się z Państwem w żałobie. Wieczny odpoczynek racz mu dać, Panie.

Z wyrazami szacunku,
dawca
""", [("42", AGE), ("sołtysem", OID), ("Woli Zarczyckiej", LOC), ("lipcu 2022", DATE), ("Warszawie", LOC)], var="pl-PL")

# Z020 no identifying detail at all, but a known list; Wigilia, opłatek, "setnym dniu" not labelled.
add("pl", "patient_to_donor", """
Drogi Dawco albo Droga Dawczyni,

nie wiem, jak się do Ciebie zwracać, więc piszę tak, jak umiem. Dziękuję. To słowo jest za małe, ale innego nie mam.

Przed chorobą byłem człowiekiem, który narzekał na wszystko: na pogodę, na korki, na to, że w sklepie nie ma chleba, który lubię. Po przeszczepie narzekam dużo mniej. Żona mówi, że to Twoje komórki tak na mnie działają i że powinna Ci za to osobno podziękować.

Najgorsze były święta w szpitalu. Wigilia z opłatkiem przez szybę, kolędy z telefonu. W tym roku siedziałem już przy stole z całą rodziną i dzieliłem się opłatkiem normalnie, ręką. Trzęsła mi się ta ręka trochę.

Jestem już po setnym dniu, wyniki dobre, lekarze zadowoleni. Chodzę na spacery, coraz dłuższe.

Życzę Ci zdrowia, spokoju i żeby ktoś kiedyś zrobił dla Ciebie choć połowę tego, co Ty zrobiłeś dla mnie.

Twój biorca
""", [], known={"names": ["Zbigniew Kowalczyk"], "places": ["Bydgoszcz"],
                "organisations": ["Szpital Uniwersytecki nr 2 im. dr. Jana Biziela"]}, var="pl-PL")

# Z021 17-year-old skater Igor from Gdańsk-Wrzeszcz, all lower-case; his school as "Trójka"/"III LO"; Trójmiasto;
# friend Witek (also inflected "Witkiem"); Lechia; handle; ALL, "3 piętra", "drugiej klasie" not labelled.
add("pl", "patient_to_donor", """
siema dawco!!

sorry że tak na luzie ale mam 17 lat i nie umiem pisać oficjalnych listów, pani z fundacji powiedziała że mogę jak chcę. jestem Igor, z Gdańska, z Wrzeszcza dokładnie, chodzę do Trójki (III LO, jak ktoś nie z Trójmiasta to nie wie o co chodzi xD).

zachorowałem w drugiej klasie. ALL. myślałem że to koniec deskorolki, koniec wszystkiego. leżałem na Dębinkach prawie pół roku, a mój ziomek Witek przychodził pod okno i pokazywał mi nowe triki na desce, tak żebym widział z 3 piętra. ochrona go raz wygoniła 😂

przeszczep był 18.01, dzień przed urodzinami mojej mamy, więc mama mówi że dostała najlepszy prezent w życiu.

teraz jestem w domu, nadrabiam szkołę i w weekendy chodzę z Witkiem na Lechię. na desce jeszcze nie jeżdżę, lekarz powiedział że jak się wywalę to mnie zabije osobiście.

dzięki stary/stara. serio. jesteś mistrzem.

insta: @igor.wrzeszcz.sk8

Igor
""", [("17", AGE), ("Igor", P, 0), ("Gdańska", LOC), ("Wrzeszcza", LOC), ("Trójki", ORG), ("III LO", ORG), ("Trójmiasta", LOC),
      ("Dębinkach", LOC), ("Witek", P), ("18.01", DATE), ("Witkiem", P), ("Lechię", ORG), ("@igor.wrzeszcz.sk8", CON),
      ("Igor", P, 1)], var="pl-PL")

# ======================================== Spanish ========================================

# Z022 retired euphonium player "tío Visantet" (Vicente), 71, from the Cabanyal in Valencia; "La Fe" (a hospital
# whose name is the word "faith": the span is "Fe", the lower-case "fe" in his joke is not labelled); a band; the
# granddaughter "la Paui"; "verano de 2021" (diagnosis), SMD, Fallas, mascletà, Dios not labelled; known first name
# verbatim, city absent.
add("es", "patient_to_donor", """
Querido donante:

Le escribe un jubilado del Cabanyal, de los de toda la vida, de los que todavía bajan a la playa de la Malva-rosa a ver amanecer aunque les duelan las rodillas. Me llamo Vicente, pero en el barrio soy el tío Visantet, tengo setenta y uno, y durante cuarenta años toqué el bombardino en la Unió Musical Poblats Marítims, hasta que los pulmones dijeron basta.

En el verano de 2021 me diagnosticaron un SMD que luego se convirtió en leucemia. Me trataron en La Fe, y allí, el 22 de noviembre de 2022, me pusieron sus células. Yo, que nunca he sido muy de iglesia, le dije a la enfermera: «Pues ahora ya tengo fe, y con mayúscula». Se rió tanto que casi se le cae la bandeja.

Ahora paseo por la calle de la Reina con mi nieta Amparo, la Paui, que tiene nueve años y habla más que un loro. Nos sentamos en un banco a comer pipas y ella me pregunta quién es usted. Yo le digo que es un ángel que no sabe que es ángel.

Estas Fallas vi la mascletà desde el balcón de mi cuñado, con tapones en los oídos, y lloré como un xiquet.

Que Dios se lo pague.

Visantet
""", [("Cabanyal", LOC), ("Malva-rosa", LOC), ("Vicente", P), ("tío Visantet", P), ("setenta y uno", AGE),
      ("Unió Musical Poblats Marítims", ORG), ("Fe", ORG), ("22 de noviembre de 2022", DATE), ("calle de la Reina", LOC),
      ("Amparo", P), ("Paui", P), ("nueve", AGE), ("Visantet", P, 1)],
    known={"names": ["Vicente Albiol Sanchis"], "places": ["València"],
           "organisations": ["Hospital Universitari i Politècnic La Fe"]}, var="es-ES")

# Z023 donor "Pau" (Paulina), 26, chemical engineer at Cemex from Monterrey, "el Tec"; her friend "la Fer";
# weekday + date; WhatsApp number in number words; Tigres (her club) labelled, the hypothetical Rayados not;
# regia (demonym), prepa, novelas not labelled.
add("es", "donor_to_patient", """
¡Hola, hola!

Soy tu donadora 🙋‍♀️ Me llamo Paulina pero todo el mundo me dice Pau. Tengo 26 años, soy regia de corazón (o sea de Monterrey, del mero norte) y soy ingeniera química, trabajo en Cemex desde que salí del Tec.

Me registré porque a una compañera de la prepa, la Fer, le dio leucemia y nadie de su familia era compatible. Hicimos una campaña enorme. Para ella no salió nadie, pero para ti sí salí yo, y eso la hace llorar de felicidad cada vez que le cuento.

La donación fue el jueves 16 de marzo en el Hospital Universitario. Estuve en la máquina como cinco horas viendo novelas con mi mamá, que llevó tacos de harina "por si acaso". Al otro día ya andaba en el gym, bueno, caminando en la caminadora, no te creas que muy atleta.

Ojalá estés bien, comiendo rico y sintiéndote fuerte. Si un día se puede, escríbeme al whats: ocho uno, veintidós, treinta y cinco, cero siete, noventa. Y si eres de Rayados, mejor ni me digas, que yo soy de Tigres hasta la muerte jaja.

Un abrazote,
Pau
""", [("Paulina", P), ("Pau", P, 0), ("26", AGE), ("Monterrey", LOC), ("Cemex", ORG), ("Tec", ORG), ("Fer", P),
      ("jueves 16 de marzo", DATE), ("Hospital Universitario", ORG),
      ("ocho uno, veintidós, treinta y cinco, cero siete, noventa", CON), ("Tigres", ORG), ("Pau", P, 1)], var="es-MX")

# Z024 Argentine grandmother Nélida writing about Benja (Benjamín), 11; Mar del Plata (Los Troncos, la Rambla);
# Aldosivi; "el Italiano"; voseo; "el Dibu" (public figure), barbijo, "segundo cumpleaños" not labelled.
add("es", "family_to_donor", """
Querido donante:

Soy la abuela de Benja. Te escribo yo porque mi hija todavía no puede, se pone a llorar en la primera línea, y yo, que ya lloré todo lo que tenía que llorar, me animo.

Benjamín tiene once años y vive con su mamá y conmigo en Mar del Plata, en Los Troncos, a cuatro cuadras del mar. Es hincha de Aldosivi a muerte, como su abuelo que en paz descanse, y cuando se enfermó lo primero que preguntó fue si en el hospital se podía ver fútbol. Se podía. Vimos un partido entero en la habitación del Italiano, él con barbijo y yo mordiéndome las uñas.

El trasplante fue el 14 de agosto de 2023, y el doctor Ferreyra le dijo: "Mirá, Benja, hoy es tu segundo cumpleaños, así que te toca torta dos veces por año". Vos no sabés lo que fue esa frase para nosotros.

Ahora volvió a la escuela y al fútbol. Juega de arquero, como el abuelo. Es flaquito todavía, pero ataja todo. Dice que cuando sea grande va a atajar como el Dibu.

No sé quién sos ni dónde vivís. Pero quiero que sepas que en una casa cerca de la Rambla hay una vela prendida por vos todos los domingos.

Con todo el cariño de una abuela,
Nélida
""", [("Benja", P, 0), ("Benjamín", P), ("once", AGE), ("Mar del Plata", LOC), ("Los Troncos", LOC), ("Aldosivi", ORG),
      ("Italiano", ORG), ("14 de agosto de 2023", DATE), ("doctor Ferreyra", P), ("Benja", P, 1), ("Rambla", LOC),
      ("Nélida", P)], var="es-AR")

# Z025 Chilean retiree: no identifying detail at all, but a known list; "fiestas patrias", "po", "cachai" not labelled.
add("es", "patient_to_donor", """
Hola donante:

Te escribo harto nervioso, po. Me dijeron que no podía poner mi nombre ni de dónde soy, así que vas a tener que conformarte con saber que soy un caballero con bigote que ahora camina todos los días.

Estuve enfermo casi dos años. Hubo días en que no me podía levantar ni para ir al baño, y mi señora me tenía que ayudar con todo. Ella se merece una medalla, pero tú también, cachai.

Después del trasplante me costó recuperarme, no te voy a mentir. Pero ya pasaron las fiestas patrias y me comí mis empanadas y mi choripán como cualquier cristiano. El doctor me retó un poco, pero se rió.

Gracias por haber dicho que sí. No sé si eres hombre o mujer, joven o viejo, pero te considero parte de mi familia.

Que estés muy bien. Un abrazo apretado,
tu receptor
""", [], known={"names": ["Rodrigo Salinas Pizarro"], "places": ["Concepción"],
                "organisations": ["Hospital Guillermo Grant Benavente"]}, var="es-CL")

# Z026 donor, 33, teacher of the whistled language in La Gomera (a rare job), to the family after the death; the
# registry named after a person; donation on Candelaria day in the hospital of that name (the hospital is labelled,
# the feast "día de la Candelaria" and "la Virgen" are not).
add("es", "donor_to_family", """
Estimada familia:

Recibí su carta a través de la Fundación Josep Carreras y les confieso que tuve que salir a caminar por el barranco antes de poder terminar de leerla. Siento muchísimo la pérdida de su hija.

Me preguntaban cómo soy. Tengo treinta y tres años y soy maestra de silbo gomero en el colegio de Vallehermoso; somos poquitas en toda la isla. Los niños aprenden a silbar palabras de un lado a otro del valle, y cuando les conté que iba a donar, me silbaron «ánimo» desde el patio. Me emocioné mucho.

Doné el 2 de febrero de 2023 en el Hospital de la Candelaria, en Santa Cruz de Tenerife, justo el día de la Candelaria. Mi madre, que es muy devota, dijo que la Virgen iba conmigo.

Me cuentan que su hija pudo volver a casa en primavera, que vio florecer el limonero del patio y celebró su cumpleaños con sus amigas. Gracias por decírmelo. Eso me lo quedo.

Un abrazo muy fuerte, desde mi isla,
la donante
""", [("Fundación Josep Carreras", ORG), ("treinta y tres", AGE), ("maestra de silbo gomero", OID), ("Vallehermoso", LOC),
      ("2 de febrero de 2023", DATE), ("Hospital de la Candelaria", ORG), ("Santa Cruz de Tenerife", LOC)], var="es-ES")

# ======================================== French ========================================

# Z027 bookseller Sandrine, 45, in Sélestat (shop name in guillemets, article left out); Hautepierre (a hospital
# that is also a district) in Strasbourg; a day/month date; "En 2022" (diagnosis), LAM, Noël, bredele, Hopla not
# labelled.
add("fr", "patient_to_donor", """
Cher donneur, chère donneuse,

Je m'appelle Sandrine, j'ai quarante-cinq ans et je tiens une petite librairie à Sélestat, « La Page Blanche », coincée entre une boulangerie et un cordonnier. Les habitués m'appellent « la libraire qui lit tout », ce qui est faux, mais je ne les contredis pas.

En 2022 on m'a trouvé une LAM. J'ai passé des mois à Hautepierre, à Strasbourg, et c'est mon mari, Thierry, qui a tenu la boutique. Il a vendu des polars à des gens qui voulaient des livres de cuisine, mais il a tenu.

Le 12/09, on m'a greffé vos cellules. Une infirmière a collé un marque-page sur la poche : « chapitre 2 ». J'ai ri et pleuré en même temps.

Aujourd'hui je suis revenue derrière le comptoir, trois matins par semaine. Mes deux enfants, Maël et Léna, ont dessiné un cœur sur la vitrine. Les clients demandent pour qui c'est. Je réponds : « pour quelqu'un qui ne sait pas qu'il m'a sauvée ».

À Noël je ferai des bredele en forme d'étoile et j'en mangerai un pour vous. Hopla !

Avec toute ma gratitude,
Sandrine
""", [("Sandrine", P, 0), ("quarante-cinq", AGE), ("Sélestat", LOC), ("Page Blanche", ORG), ("Hautepierre", ORG),
      ("Strasbourg", LOC), ("Thierry", P), ("12/09", DATE), ("Maël", P), ("Léna", P), ("Sandrine", P, 1)], var="fr-FR")

# Z028 donor "Clem" (Clémence), 23, pharmacy student at Paul-Sabatier (a university named after a person), lives in
# the Carmes; her gospel choir; Purpan; Snapchat handle; the cat Poireau, Nougaro (public figure), "encore ado"
# (approximate) not labelled.
add("fr", "donor_to_patient", """
Coucou toi !

C'est ta donneuse 😊 J'ai le droit de t'écrire alors je me lance, même si j'ai réécrit ce début genre quinze fois.

Moi c'est Clémence (Clem pour les intimes, donc pour toi aussi maintenant). J'ai 23 ans, je suis en cinquième année de pharma à Paul-Sabatier et j'habite aux Carmes dans une coloc avec trois filles et un chat qui s'appelle Poireau. Je chante aussi dans une chorale gospel, les Voix de la Garonne, on répète le jeudi soir dans une église du quartier.

Je me suis inscrite sur le registre après un cours d'hémato où le prof nous a dit « la moitié d'entre vous ne le fera jamais ». Ça m'a vexée, du coup je l'ai fait le soir même lol.

Le prélèvement, c'était le mardi 4 avril, à Purpan. Franchement rien de terrible, un peu de fatigue, beaucoup de jus d'orange et une infirmière qui chantait du Nougaro.

Je ne sais rien de toi à part que tu es un garçon, encore ado. J'espère que tu vas pouvoir retourner au lycée, râler contre les profs et manger des trucs pas bons pour la santé. Tu le mérites !

Si un jour on peut : snap clem.tls31 ✌️

Gros bisous,
Clem
""", [("Clémence", P), ("Clem", P, 0), ("23", AGE), ("Paul-Sabatier", ORG), ("Carmes", LOC), ("Voix de la Garonne", ORG),
      ("mardi 4 avril", DATE), ("Purpan", ORG), ("clem.tls31", CON), ("Clem", P, 1)], var="fr-FR")

# Z029 Liège widow Josiane: husband Jean-Pierre ("Jempi"), 72 ("septante-deux"), died after the transplant; the
# hospital with its site; a café; great-granddaughter Louise; "en novembre", "une fois" not labelled.
add("fr", "family_to_donor", """
Chère donneuse, cher donneur,

C'est avec le cœur bien lourd que je vous écris. Mon mari, Jean-Pierre, que tout le monde appelait Jempi, nous a quittés le 3 mars 2024, à septante-deux ans.

Je voulais que vous sachiez combien votre don a compté. Après la greffe au CHU du Sart-Tilman, il a eu encore presque deux ans de bonne vie. Il a pu retourner à son club de colombophilie à Herstal, revoir ses copains du café « Chez Mimi » le samedi, et surtout voir naître notre arrière-petite-fille, Louise, en novembre. Il l'a tenue dans ses bras une fois, une seule, mais il l'a tenue.

À la fin, c'est une infection qui l'a emporté. Les docteurs ont fait tout ce qu'ils pouvaient, encore une fois. Je ne leur en veux pas, et je ne vous en veux surtout pas à vous.

Il disait souvent : « Quelque part il y a quelqu'un qui se promène avec un peu de mon nouveau sang, j'espère qu'il prend soin de lui. » Alors prenez soin de vous, s'il vous plaît. Faites-le pour lui.

Avec toute ma reconnaissance, et celle de nos enfants,
Josiane
""", [("Jean-Pierre", P), ("Jempi", P), ("3 mars 2024", DATE), ("septante-deux", AGE), ("CHU du Sart-Tilman", ORG),
      ("Herstal", LOC), ("Chez Mimi", ORG), ("Louise", P), ("Josiane", P)], var="fr-BE")

# Z030 Gaspésie snow-crab fisherman Steve, 38 (Québécois: blonde, pis, astheure); the hospital "l'Enfant-Jésus"
# (a religious name; the article is left out); "Québec" the city also occurs inside "Héma-Québec"; "l'automne 2021"
# dates the diagnosis; known first name verbatim, the known town "Gaspé" only inside "Gaspésie".
add("fr", "patient_to_donor", """
Salut mon donneur (ou ma donneuse, on le sait pas pis c'est correct),

Moi c'est Steve, 38 ans, de Rivière-au-Renard, au bout de la Gaspésie. Ça fait quinze ans que je pêche le crabe des neiges sur le bateau de mon oncle. Une job de gars solide, que je pensais. Faut croire que même les gars solides tombent malades.

Ma blonde Mélanie m'a traîné à l'urgence à l'automne 2021 parce que j'étais rendu blanc comme un drap. Leucémie. Ils m'ont envoyé à Québec, à l'Enfant-Jésus, et j'ai passé l'hiver là, loin de ma gang pis de mes deux filles.

Ma greffe a eu lieu le 1er décembre 2022. Pis je vais te dire une affaire : quand l'infirmière a accroché le sac, je me suis mis à brailler comme un bébé. Elle m'a dit « lâche pas, Steve ». J'ai pas lâché.

Astheure je suis de retour à maison. Je retourne pas encore en mer, mais je descends au quai à matin voir les gars débarquer, pis ça me fait du bien en maudit.

Merci à toi, pis merci à Héma-Québec de t'avoir trouvé. Si jamais tu passes par la Gaspésie, y a du crabe qui t'attend, c'est moi qui paye.

Ton chum,
Steve
""", [("Steve", P, 0), ("38", AGE), ("Rivière-au-Renard", LOC), ("Gaspésie", LOC, 0), ("Mélanie", P), ("Québec", LOC, 0),
      ("Enfant-Jésus", ORG), ("1er décembre 2022", DATE), ("Steve", P, 1), ("Héma-Québec", ORG), ("Gaspésie", LOC, 1),
      ("Steve", P, 2)],
    known={"names": ["Steve Cloutier"], "places": ["Gaspé"],
           "organisations": ["CHU de Québec – Hôpital de l'Enfant-Jésus"]}, var="fr-CA")

# Z031 Senegalese-born Paris bus driver, 41, on one route (OTHER_ID), to the family after the death; "Saint-Louis"
# is his birthplace (LOC) and, inside "hôpital Saint-Louis", the hospital (ORG); Tabaski, Dieu not labelled.
add("fr", "donor_to_family", """
Chère famille,

J'ai reçu votre lettre par l'intermédiaire de l'Agence de la biomédecine. Je l'ai lue dans mon bus, au terminus, avant de reprendre le service. Je suis resté longtemps sans démarrer. Toutes mes condoléances. Que Dieu accueille votre maman dans Sa miséricorde.

Vous vouliez savoir qui je suis. J'ai quarante et un ans, je suis né à Saint-Louis, au Sénégal, et je vis à Paris depuis vingt ans. Je suis machiniste à la RATP, sur la ligne 183. Le hasard a voulu que je donne mes cellules à l'hôpital Saint-Louis, à Paris. Ma mère, au pays, a dit que ce n'était pas un hasard, que c'était un signe.

Vous m'écrivez que votre maman a pu fêter encore une Tabaski avec toute la famille, qu'elle a préparé le mouton elle-même, malgré la fatigue. Ça me touche beaucoup. Chez nous aussi, c'est la maman qui commande ce jour-là.

Je prierai pour elle. Et pour vous, qui l'avez accompagnée jusqu'au bout.

Avec respect et fraternité,
le donneur
""", [("Agence de la biomédecine", ORG), ("quarante et un", AGE), ("Saint-Louis", LOC, 0), ("Sénégal", LOC), ("Paris", LOC, 0),
      ("RATP", ORG), ("ligne 183", OID), ("hôpital Saint-Louis", ORG), ("Paris", LOC, 1)], var="fr-SN")

# ======================================== Hebrew ========================================

# Z032 baker גיל, 58, from Holon: his name is also the word "age" (a deliberate exception: "הגיל" is not labelled);
# a street; Bat Yam; Beilinson with the prefix ב; weekday + date; a month and year tied to the diagnosis; שקד
# ("almond") is the granddaughter; "הדוד עם הדם" not labelled.
add("he", "patient_to_donor", """
לתורם או לתורמת שלי, שלום!

קוראים לי גיל. כן, אני יודע, מצחיק לכתוב "גיל" בלי לכתוב את הגיל, אז הנה: חמישים ושמונה. נולדתי וגדלתי בחולון, ועד שחליתי עבדתי שלושים שנה במאפייה של אבא שלי ברחוב סוקולוב. כל חולון מכירה את הבורקס שלנו, אז אני לא אגיד איך קוראים למאפייה 😉

באוגוסט 2022 אמרו לי לוקמיה. אני זוכר שיצאתי מהרופא ונסעתי ישר לחוף בבת ים, ישבתי על החול ולא הבנתי כלום. ההשתלה הייתה בבילינסון, ביום שלישי, 9.5.2023. האחות הראשית, שושי, אמרה לי "עכשיו אתה תינוק, תתנהג בהתאם" 😂

היום אני כבר חוזר למאפייה בבוקר, לשעתיים. הנכדה שלי, שקד, בת שלוש, באה איתי ומקבלת רוגלך ראשון מהתנור. היא קוראת לך "הדוד עם הדם".

אני לא יודע אם אתה גבר או אישה, צעיר או מבוגר. אני רק יודע שאני חייב לך את כל זה.

תודה מכל הלב,
גיל
""", [("גיל", P, 0), ("גיל", P, 1), ("חמישים ושמונה", AGE), ("חולון", LOC, 0), ("רחוב סוקולוב", LOC), ("חולון", LOC, 1),
      ("אוגוסט 2022", DATE), ("בת ים", LOC), ("בילינסון", ORG), ("יום שלישי, 9.5.2023", DATE), ("שושי", P), ("שקד", P),
      ("שלוש", AGE), ("גיל", P, 3)], ok=("גיל",))

# Z033 donor נגה ("glow"), 24, illustration student at Bezalel living in Nachlaot; registered with Ezer Mizion at 18;
# Hadassah Ein Kerem; the donation on Tu B'Av with the year (a DATE; the second, bare "ט״ו באב" is not); handle;
# במבה (brand) not labelled.
add("he", "donor_to_patient", """
היי,

אני התורמת שלך! קוראים לי נגה, אני בת עשרים וארבע, סטודנטית לאיור בבצלאל וגרה בנחלאות, בדירה קטנה עם שלוש שותפות ועציץ אחד שמסרב למות.

נרשמתי למאגר של עזר מציון בגיל שמונה-עשרה, בטירונות, בין זריקה לזריקה. שכחתי מזה לגמרי. ואז, בשנה שעברה, התקשרו. חשבתי שזה ספאם 🙃

התרומה הייתה בהדסה עין כרם, בט״ו באב תשפ״ג. כל החברים שלי היו בחתונות ובמסיבות, ואני שכבתי עם מחט ביד ואכלתי במבה. זה היה ט״ו באב הכי טוב שהיה לי, ואני רצינית.

אני לא יודעת עלייך כמעט כלום, רק שאת ילדה. ציירתי לך משהו קטן, מקווה שיגיע.

אם אי פעם יהיה מותר, תמצאי אותי באינסטגרם: @noga.draws.jlm

המון אהבה והרבה בריאות,
נגה
""", [("נגה", P, 0), ("עשרים וארבע", AGE), ("בצלאל", ORG), ("נחלאות", LOC), ("עזר מציון", ORG), ("שמונה-עשרה", AGE),
      ("הדסה עין כרם", ORG), ("ט״ו באב תשפ״ג", DATE), ("@noga.draws.jlm", CON), ("נגה", P, 1)])

# Z034 parents of טל ("dew"), 4½, from moshav Nahalal; Safra at Tel HaShomer; "טל ומטר" (the prayer for dew) is a
# deliberate exception; ages "ארבע וחצי" and "שנתיים וחודשיים" are exact; known first name and place verbatim.
add("he", "family_to_donor", """
לתורם היקר,

אנחנו ההורים של טל. טל בן ארבע וחצי (הוא מתעקש על ה"וחצי"), ואנחנו גרים במושב נהלל. כשהוא היה בן שנתיים וחודשיים גילו אצלו לוקמיה, ומאז החיים שלנו התחלקו ל"לפני" ול"אחרי".

חצי שנה גרנו בספרא, בית החולים לילדים בתל השומר. אבא שלו ישן על כיסא, אני על מזרן מתקפל, וטל ישן באמצע כמו מלך. ב-3.1.23 הוא קיבל את התאים שלך. האחיות שרו לו "היום יום הולדת", וזה באמת היה יום הולדת.

עכשיו הוא בגן, רודף אחרי התרנגולות של השכנים ומסביר לכולם ש"יש לי דם של גיבור". בחורף, כשבבית הכנסת מתפללים על טל ומטר, סבתא שלו צוחקת ואומרת שכל המושב מתפלל עליו.

אנחנו לא יודעים מי אתה, אבל אתה חלק מהמשפחה שלנו לתמיד.

באהבה ובתודה,
מיכל ועידו, וטל
""", [("טל", P, 0), ("טל", P, 1), ("ארבע וחצי", AGE), ("נהלל", LOC), ("שנתיים וחודשיים", AGE), ("ספרא", ORG),
      ("תל השומר", LOC), ("טל", P, 2), ("3.1.23", DATE), ("מיכל", P), ("עידו", P), ("טל", P, 4)],
    known={"names": ["מיכל אברהמי"], "places": ["נהלל"], "organisations": ["המרכז הרפואי שיבא"]}, ok=("טל",))

# Z035 donor, 45, maths teacher in Kiryat Bialik, to the family after the death of משה (also Moses); month and year
# of the donation behind the prefix ב; the Kinneret; "יהי זכרו ברוך", "לתורה" not labelled.
add("he", "donor_to_family", """
למשפחה היקרה,

קיבלתי את המכתב שלכם לפני שבוע, ומאז אני קורא אותו כל ערב מחדש. אין לי מילים לתאר כמה צר לי על לכתו של בעלכם ואביכם.

אני בן ארבעים וחמש, נשוי ואב לשלושה, מורה למתמטיקה בתיכון בקריית ביאליק. תרמתי בינואר 2023, ומאז לא עבר יום שלא חשבתי על האיש שמקבל את התאים שלי. עכשיו אני יודע שקראו לו משה, שהוא אהב לדוג בכנרת, ושבזכות הזמן הנוסף הוא הספיק לראות את הנכד הראשון שלו עולה לתורה.

זה מה שאני לוקח איתי. לא את הסוף, אלא את השנה הזאת.

יהי זכרו ברוך. אני מקווה שתמצאו נחמה זה בזה.

בהערכה רבה,
התורם
""", [("ארבעים וחמש", AGE), ("קריית ביאליק", LOC), ("ינואר 2023", DATE), ("משה", P), ("כנרת", LOC)])

# Z036 Haredi teacher רחלי, mother of eight, from Bnei Brak written "ב״ב" (with the prefix: "בב״ב"); "ר' יוסף"; Shaare
# Zedek; a Hebrew-calendar date; the husband's phone in odd groups; "בקיץ תשפ״ב" (diagnosis), בס״ד, ברוך ה', שבת,
# תהילים and "אמא לשמונה" not labelled; known hospital verbatim, name and town only in other forms.
add("he", "patient_to_donor", """
בס״ד

לתורם היקר, שיחיה,

אני אמא לשמונה ילדים, בלי עין הרע, וגרה בב״ב. בעלי, ר' יוסף, אברך בכולל, ואני מורה בסמינר. אף פעם לא חשבתי שאכתוב מכתב לאדם זר, ובוודאי לא מכתב כזה.

בקיץ תשפ״ב התגלתה אצלי המחלה. לא הבנתי איך אמא לשמונה יכולה פשוט לשכב במיטה. השכנות בישלו לנו חודשים, וארגון "עזר מציון" עזר בכל דבר, גם בהסעות.

ההשתלה הייתה בשערי צדק, בי״ח בחשוון תשפ״ג. באותו יום הבת הגדולה שלי, חיה'לה, אמרה תהילים ליד המיטה מהבוקר עד הערב.

ברוך ה', היום אני שוב מדליקה נרות שבת עם כל הילדים סביבי. בכל הדלקה אני מתפללת גם עליך, שתזכה לבריאות ולאריכות ימים.

אם תרצה לכתוב, המספר של בעלי: 052-7-41-88-30.

בברכה ובהכרת טובה עמוקה,
רחלי
""", [("ב״ב", LOC), ("ר' יוסף", P), ("עזר מציון", ORG), ("שערי צדק", ORG), ("י״ח בחשוון תשפ״ג", DATE), ("חיה'לה", P),
      ("052-7-41-88-30", CON), ("רחלי", P)],
    known={"names": ["רחל ליבוביץ"], "places": ["בני ברק"], "organisations": ["שערי צדק"]})

# Z037 Druze donor, 52, from Daliyat al-Karmel, restaurant by the market entrance (OTHER_ID: how to find him);
# "כרמל" also inside the town's name; Ezer Mizion with the prefix מ; a day/month date; neighbour's son עמיר;
# דרוזי (demonym), שבת, חו"ל not labelled.
add("he", "donor_to_patient", """
שלום לך, אחי,

אני התורם שלך. אני בן חמישים ושתיים, דרוזי מדליית אל-כרמל, אבא לארבעה וסבא לשניים. יש לי מסעדה קטנה בשוק, ואם פעם תעלה לכרמל בשבת ותראה גבר עם שפם גדול שמוכר לאבנה וזעתר ליד הכניסה — זה אני. תגיד שאתה "האח מהדם" ותקבל פיתה על חשבון הבית.

נרשמתי לפני הרבה שנים, כשהבן של השכן, עמיר, היה חולה ועשו בכפר יום התרמה ענק. לו לא מצאו תורם, לצערי. אז כשהתקשרו אליי מעזר מציון ואמרו שיש מישהו שאני מתאים לו, לא חשבתי פעמיים.

התרומה הייתה ב-28/11, ואשתי הכינה לי מג'דרה לדרך כאילו אני נוסע לחו"ל.

אני מאחל לך בריאות, הרבה שנים טובות, ושיום אחד נשב יחד על כוס קפה שחור עם הל.

באהבה,
אחיך מהכרמל
""", [("חמישים ושתיים", AGE), ("דליית אל-כרמל", LOC), ("כרמל", LOC, 1), ("מוכר לאבנה וזעתר ליד הכניסה", OID),
      ("עמיר", P), ("עזר מציון", ORG), ("28/11", DATE), ("כרמל", LOC, 2)])

# ======================================== Japanese ========================================

# Z038 dried-fish seller in Hakodate's morning market, 62; shop name in 「」; 北大病院 (short form of the known
# hospital); wife "みっちゃん" (a nickname with -chan built in, labelled whole); nurse 大森 and the writer 正 with さん
# left out; Reiwa date and the shop's phone in full-width digits; JR, 去年の春, イカ, ホッケ not labelled.
add("ja", "patient_to_donor", """
ドナー様

はじめてお便りします。函館の朝市で、女房と二人で干物屋「丸八商店」をやっている者です。六十二になります。

去年の春、店先で倒れて救急車で運ばれ、白血病だと言われました。札幌の北大病院に移ってからは、毎日、窓から雪ばかり見ていました。女房のみっちゃんは、店を閉めてJRで毎週通ってくれました。

移植は令和５年９月２６日です。あの日、看護師の大森さんが「今日が二度目の誕生日ですよ」と言ってくれたのを、よく覚えています。

おかげさまで、今は朝四時に起きて、また店に立っています。常連さんに「正さん、顔色よくなったね」と言われるたびに、あなたのことを思います。

いつか函館に来られることがあれば、店（０１３８・２３・４７１９）に電話をください。イカでもホッケでも、好きなだけ持っていってください。

本当にありがとうございました。
""", [("函館", LOC, 0), ("丸八商店", ORG), ("六十二", AGE), ("札幌", LOC), ("北大病院", ORG), ("みっちゃん", P),
      ("令和５年９月２６日", DATE), ("大森", P), ("正", P, "「正さん"), ("函館", LOC, 1), ("０１３８・２３・４７１９", CON)],
    known={"names": ["佐々木 正"], "places": ["函館市"], "organisations": ["北海道大学病院"]})

# Z039 donor ゆい, 26, nursery teacher in Naha; her name is inside the word "ゆいまーる" (a deliberate exception);
# 琉大病院; the donation on Okinawa's memorial day (the date is labelled, 慰霊の日 is not); Instagram handle.
add("ja", "donor_to_patient", """
はいさい！

はじめまして、あなたのドナーです。名前はゆい、二十六歳、那覇で保育士をしています。沖縄には「ゆいまーる」という言葉があって、助け合いって意味なんですけど、私の名前もそこから来てるんです。だから今回、ちょっとだけ名前に恥じないことができたかなって思ってます😊

採取は2023年6月23日、琉大病院でした。慰霊の日で、島じゅうが静かな日でした。正午の黙とうのとき、ベッドの上で私も目を閉じました。

保育園の子どもたちには「先生、血をあげたの？痛かった？」って質問攻めにされました。「ちょっとだけね」って答えたら、みんなが絆創膏に絵をかいてくれました。

あなたが元気になって、いつかおいしいごはんをお腹いっぱい食べられますように。なんくるないさ！

インスタ：yui.nankurunaisa

ゆい
""", [("ゆい", P, 0), ("二十六", AGE), ("那覇", LOC), ("沖縄", LOC), ("2023年6月23日", DATE), ("琉大病院", ORG),
      ("yui.nankurunaisa", CON), ("ゆい", P, 2)], ok=("ゆい",))

# Z040 mother of 湊 (a given name that is also the word "harbour"), 7, in Sendai; 東北大病院 (short form of the known
# hospital); the transplant on Christmas Eve (the date is labelled, クリスマス and サンタ are not); 楽天 (the
# baseball team); known identifiers only in other forms.
add("ja", "family_to_donor", """
ドナーさまへ

七歳になる息子、湊の母です。

湊が白血病と診断されたのは、四歳の冬でした。東北大病院の小児病棟で二度目のクリスマスを迎えることになったとき、主治医の先生から「ドナーさんが見つかりました」と聞かされ、廊下でしゃがみこんで泣きました。

移植は十二月二十四日。息子は「サンタさんが血をくれた」と本気で信じていて、今もそう言っています。訂正するのはやめました。あなたは本当にサンタさんのような方だと思うので。

今は仙台の小学校に通い、楽天の試合に行くのが何よりの楽しみです。球場でジェット風船を飛ばしながら、「ドナーさんにも届け！」と叫んでいます。

寒くなりますので、どうかお体を大切に。

湊の母より
""", [("七", AGE, "七歳になる"), ("湊", P, 0), ("湊", P, 1), ("四", AGE, "四歳の冬"), ("東北大病院", ORG),
      ("十二月二十四日", DATE), ("仙台", LOC), ("楽天", ORG), ("湊", P, 2)],
    known={"names": ["高橋 里美"], "places": ["仙台市"], "organisations": ["東北大学病院"]})

# Z041 elderly, very formal: no identifying detail at all; 七十を過ぎた (approximate), GVHD, お盆, 花見 not labelled.
add("ja", "patient_to_donor", """
ドナー様

拝啓　桜の便りが聞かれる頃となりました。いかがお過ごしでしょうか。

私は昨年、あなた様から骨髄をいただいた者でございます。七十を過ぎた身に、見ず知らずの方が大切なものを分けてくださったこと、今でも夢のように思っております。

移植のあとはGVHDに悩まされ、口の中が荒れて、しばらくは粥しか喉を通りませんでした。それでも季節はめぐり、この春は孫と一緒に近所の公園で花見をすることができました。

お盆には仏壇の前で、ご先祖様にもあなた様のことを報告いたしました。

どうか、あなた様とご家族が、いつまでも健やかでありますように。

敬具
""", [])

# Z042 donor, 45, firefighter (a common job) in Kochi, to the family after the death; a Reiwa month and year of the
# donation; the Shimanto river; ナス, ご冥福 not labelled.
add("ja", "donor_to_family", """
ご家族の皆様

お手紙、拝読いたしました。お父様のご逝去を知り、言葉が見つかりません。心よりお悔やみ申し上げます。

私は高知の山あいの町で消防士をしている四十五歳の男です。令和4年11月に提供しました。その日の朝、四万十川の川霧がとても深かったのを覚えています。

お手紙には、お父様が移植のあと、もう一度畑に立ち、ご自分で育てたナスをお孫さんに食べさせることができたと書かれていました。それを読んで、仕事の帰りに車を停めて、しばらく泣きました。

私がしたことは小さなことです。最後まで闘われたお父様と、支え続けたご家族に、敬意を表します。

どうぞご自愛ください。
""", [("高知", LOC), ("四十五", AGE), ("令和4年11月", DATE), ("四万十川", LOC)])

# Z043 Osaka-dialect high-school pitcher 颯太, 17, from Sakai (one-character place name 堺); 市大病院; his school
# 三国丘; friends タク and ケン; a full-width date and a full-width LINE ID; 高二, 校歌 not labelled.
add("ja", "patient_to_donor", """
ドナーさんへ

どうも、颯太です。堺に住んでる十七歳の高校生です。手紙とか書いたことないんで、変やったらすんません。

高二の春に急性リンパ性白血病って言われて、市大病院に半年以上入院してました。野球部やってて、三国丘のレギュラーになったばっかりやったのに、ほんまに最悪でした。

移植は１月１５日です。その日、野球部のタクとケンが病院の前まで来て、窓に向かって校歌歌ってくれて、看護師さんにめっちゃ怒られてました笑

今はまだ練習は見学だけやけど、夏にはグラウンドに戻るつもりです。ドナーさんの血、ちゃんとマウンドまで連れていきます！

もしよかったら、LINEください。ＩＤはｓｏｕｔａ０１１５です。

ほんまにありがとうございました！
颯太
""", [("颯太", P, 0), ("堺", LOC), ("十七", AGE), ("市大病院", ORG), ("三国丘", ORG), ("１月１５日", DATE), ("タク", P),
      ("ケン", P), ("ｓｏｕｔａ０１１５", CON), ("颯太", P, 1)])

# ======================================== Chinese ========================================

# Z044 Chengdu hotpot-shop owner, 47; 玉林路; shop name in quotes; 华西 (short form of the known hospital); a lunar
# date; daughter 小雨 whose name is also "light rain" (下着小雨 is a deliberate exception); 中华骨髓库; 前年秋天,
# 高三, 南方人 not labelled; known identifiers only in other forms.
add("zh", "patient_to_donor", """
亲爱的捐献者：

你好！我是成都人，今年四十七岁，在玉林路开了一家小火锅店，叫“蜀香居”，开了快二十年了。

前年秋天我查出白血病，在华西住了大半年。老婆一个人撑着店，女儿小雨那时候刚上高三，每天放学先来医院，再回家写作业。

去年农历三月初九，我做了移植。那天成都下着小雨，护士说这是好兆头，“贵人带雨来”。我女儿在病房外面哭得稀里哗啦，小雨哭起来跟她小时候一模一样。

现在我已经回到店里了，虽然不能再一天站十几个小时，但每天早上炒底料的时候，闻到那个香味，我就知道自己真的活过来了。

听中华骨髓库的工作人员说，你是南方人。要是哪天你来成都，一定到店里来，我亲手给你炒一锅，微辣，保证不辣哭你。

谢谢你，真的谢谢你。
""", [("成都", LOC, 0), ("四十七", AGE), ("玉林路", LOC), ("蜀香居", ORG), ("华西", ORG), ("小雨", P, 0),
      ("农历三月初九", DATE), ("成都", LOC, 1), ("小雨", P, 2), ("中华骨髓库", ORG), ("成都", LOC, 2)],
    known={"names": ["陈建国"], "places": ["成都市武侯区"], "organisations": ["四川大学华西医院"]}, ok=("小雨",),
    var="zh-Hans")

# Z045 donor 阿杰, 20, second-year at 浙大, from Ruian (Wenzhou); date with weekday; WeChat ID; 双十一, 军训, 大二
# not labelled.
add("zh", "donor_to_patient", """
你好呀，陌生的朋友：

我是你的捐献者，叫我阿杰就好。今年20岁，在浙大读大二，学的是机械。老家在温州瑞安，爸妈开了个做鞋的小厂。

去年军训结束后，学校里来了献血车，我献完血顺便留了一管血样入库，说实话当时根本没多想。今年接到电话说配型成功的时候，我正在食堂排队打饭，差点把餐盘扔了😂

2023年11月8日星期三，我在杭州完成了采集。那天正好快到双十一，室友开玩笑说，我这是把自己“秒杀”给了一个陌生人。

我不知道你是谁，只知道你比我大不少。希望你快点好起来，能吃能睡，能出去晒太阳。

如果以后有机会，欢迎加我微信：ajie_zju_2003（备注“骨髓”就行）。

祝你平安！
阿杰
""", [("阿杰", P, 0), ("20", AGE, "今年20岁"), ("浙大", ORG), ("温州", LOC), ("瑞安", LOC), ("2023年11月8日星期三", DATE),
      ("杭州", LOC), ("ajie_zju_2003", CON), ("阿杰", P, 1)], var="zh-Hans")

# Z046 father of 朵朵, 5, from Zhengzhou, a Meituan delivery rider; 省医; 道培 in Beijing; the hospital file number
# (OTHER_ID); a dotted date; phone with Chinese numerals; 两岁多 (approximate), HLA, 幼儿园中班 not labelled.
add("zh", "family_to_donor", """
恩人你好：

我是朵朵的爸爸，我们家在河南郑州。朵朵今年五岁了，两岁多的时候查出来白血病，我跟她妈那时候天都塌了。

我是在美团送外卖的，一天跑十几个小时，钱还是不够。后来在省医治了一年多，医生说要移植，家里没人配得上。我们又去了北京，在道培做的，病历号DP-22-0917，我到现在都背得出来。医生说你跟孩子HLA十个点全相合。2022.9.15，这个日子我一辈子都记得。

那天我在无菌病房外面蹲了一整天，别人给我买饭我也吃不下。护士出来说：“进去了，很顺利。”我一个大男人，当着一走廊的人哭了。

现在朵朵上幼儿园中班了，每天回来给我们唱新学的歌。她说长大了要当医生，“给别人也送血”。

我嘴笨，不会说好听的。你要是有啥需要，打我电话：139 三七六二 〇五一八，哪怕让我给你送一单外卖也行。

朵朵爸爸
""", [("朵朵", P, 0), ("河南", LOC), ("郑州", LOC), ("朵朵", P, 1), ("五", AGE, "今年五岁"), ("美团", ORG), ("省医", ORG),
      ("北京", LOC), ("道培", ORG), ("DP-22-0917", OID), ("2022.9.15", DATE), ("朵朵", P, 2),
      ("139 三七六二 〇五一八", CON), ("朵朵", P, 3)], var="zh-Hans")

# Z047 night-market vendor 阿珠, 55, from Luodong (Yilan); 羅東夜市 as a landmark; 林口長庚; ROC-era date without
# "民國"; Tzu Chi's marrow centre; 110年底 (diagnosis, approximate), 三星蔥油餅 (a food named after a place), 過年
# not labelled; known identifiers only in other forms.
add("zh", "patient_to_donor", """
親愛的捐贈者您好：

我是宜蘭羅東人，今年五十五歲，大家都叫我阿珠。在羅東夜市賣三星蔥油餅賣了快三十年，您吃過嗎？沒吃過的話真的要來試試看。

110年底確診血癌，那時候真的覺得人生完了。後來到林口長庚治療，每個禮拜坐客運北上，坐到都會背站名了。

112年4月7日，我接受了您的造血幹細胞。感謝慈濟骨髓幹細胞中心幫我找到您，也感謝您當初願意登記。護理師說，您跟我配對是「萬中選一」。

今年過年，我終於又能站在攤子前面了。雖然只做半天，但聞到蔥香的時候，我一直哭，客人還以為我被油噴到哈哈。

祝您身體健康、平安喜樂。有空來羅東夜市找阿珠，蔥油餅我請！

阿珠 敬上
""", [("宜蘭", LOC), ("羅東", LOC, 0), ("五十五", AGE), ("阿珠", P, 0), ("羅東夜市", LOC, 0), ("林口長庚", ORG),
      ("112年4月7日", DATE), ("慈濟骨髓幹細胞中心", ORG), ("羅東夜市", LOC, 1), ("阿珠", P, 1), ("阿珠", P, 2)],
    known={"names": ["林秀珠"], "places": ["宜蘭縣羅東鎮"], "organisations": ["林口長庚紀念醫院"]}, var="zh-Hant-TW")

# Z048 Cantonese mother of 阿軒, 12, in Tai Po, La Salle; Queen Mary as 瑪麗醫院; 大埔 again inside the waterfront
# park's name; day/month date with 號; 中一, 東鐵綫, 中秋 not labelled.
add("zh", "family_to_donor", """
親愛嘅捐贈者：

你好，我係阿軒嘅媽媽。阿軒今年十二歲，喺大埔住，讀緊喇沙中一。佢九歲嗰年確診血癌，之後兩年幾我哋成日喺瑪麗醫院同屋企之間走來走去，東鐵綫坐到我都識背晒啲站名。

佢嘅移植係3月18號做嘅，嗰日佢仲要同啲姑娘講笑，話「我今日重生，可唔可以食雪糕慶祝」。

而家佢返咗學，仲參加埋學校嘅田徑隊，跑得比之前仲快。佢成日話：「可能係因為我身體入面有個跑得好快嘅人。」

我哋唔知你係邊個、住喺邊度，但係每年中秋，我哋一家都會去大埔海濱公園賞月，順便同個月亮講句：多謝你。

真係多謝晒你。

阿軒媽媽
""", [("阿軒", P, 0), ("阿軒", P, 1), ("十二", AGE), ("大埔", LOC, 0), ("喇沙", ORG), ("九", AGE, "九歲"), ("瑪麗醫院", ORG),
      ("3月18號", DATE), ("大埔海濱公園", LOC), ("阿軒", P, 2)], var="zh-Hant-HK")

# Z049 Cantonese donor, 38, green-minibus driver on one numbered route (OTHER_ID), Wong Tai Sin (a district named after
# a deity); Prince of Wales Hospital (a person's title); a date in Chinese numerals with 號; 細佬, 大隻佬 not labelled.
add("zh", "donor_to_patient", """
你好呀朋友，

我係你嘅捐贈者，三十八歲，喺黃大仙住咗成世，而家揸27號綠van，由黃大仙行去觀塘，日日同啲街坊打招呼。

當初登記骨髓庫，係因為我細佬以前有個同學患血癌，佢哋成班人去做登記，我都跟埋去。登記完都冇諗過會有今日。

二零二三年八月十號，我喺威爾斯親王醫院抽咗幹細胞。打完啲針，腰骨痠到好似做咗一個禮拜地盤咁，不過一諗到有人等緊，就唔覺得辛苦。

我唔識講好聽嘢，淨係想你知，有個揸小巴嘅大隻佬日日喺車入面為你打氣。你快啲好返，食多啲飯，唔好成日諗嘢。

如果有一日我哋見到面，我請你飲奶茶，車仔麵都得。

一個揸van嘅朋友
""", [("三十八", AGE), ("黃大仙", LOC, 0), ("27號綠van", OID), ("黃大仙", LOC, 1), ("觀塘", LOC), ("二零二三年八月十號", DATE),
      ("威爾斯親王醫院", ORG)], var="zh-Hant-HK")

# ======================================== Tamil ========================================

# Z050 textile-shop owner, 52, from Tirunelveli (all places with case endings); his brother-in-law works at the
# famous halwa shop; Stanley hospital; "டாக்டர் ரமேஷ்" with சார் left out; month + year tied to the diagnosis; the
# Tamirabarani; the temple; தேரோட்டம் not labelled; known identifiers only in other forms or scripts.
add("ta", "patient_to_donor", """
அன்புள்ள கொடையாளருக்கு,

வணக்கம். நான் திருநெல்வேலியைச் சேர்ந்தவன், வயது ஐம்பத்திரண்டு. ரத வீதியில் ஒரு சின்ன ஜவுளிக் கடை வைத்திருக்கிறேன். என் மைத்துனர் இருட்டுக்கடையில் வேலை பார்க்கிறார், அதனால் எங்கள் வீட்டில் அல்வாவுக்குப் பஞ்சமே இல்லை!

2022 டிசம்பரில் எனக்கு ரத்தப் புற்றுநோய் என்று சொன்னார்கள். சென்னையில் ஸ்டான்லி மருத்துவமனையில் சிகிச்சை எடுத்தேன். டாக்டர் ரமேஷ் சார் தினமும் வந்து தைரியம் சொல்வார். மனைவி வசந்தி என்னோடு மூன்று மாதம் அங்கேயே தங்கியிருந்தாள்.

ஜூலை 3, 2023 அன்று உங்கள் செல்கள் எனக்குள் வந்தன. அன்று மாலை தாமிரபரணியில் குளித்துவிட்டு வந்த மாதிரி ஒரு குளிர்ச்சி உடம்பு முழுக்கப் பரவியது.

இப்போது மீண்டும் கடைக்குப் போகிறேன். நெல்லையப்பர் கோவில் தேரோட்டத்துக்கு இந்த வருடம் குடும்பத்தோடு போனோம்.

நீங்கள் எப்போதாவது நெல்லைக்கு வந்தால், அல்வா என் செலவில்!

நன்றியுடன்,
உங்கள் சகோதரன்
""", [("திருநெல்வேலியைச்", LOC), ("ஐம்பத்திரண்டு", AGE), ("ரத வீதியில்", LOC), ("இருட்டுக்கடையில்", ORG),
      ("2022 டிசம்பரில்", DATE), ("சென்னையில்", LOC), ("ஸ்டான்லி மருத்துவமனையில்", ORG), ("டாக்டர் ரமேஷ்", P), ("வசந்தி", P),
      ("ஜூலை 3, 2023", DATE), ("தாமிரபரணியில்", LOC), ("நெல்லையப்பர் கோவில்", LOC), ("நெல்லைக்கு", LOC)],
    known={"names": ["சுப்பிரமணியன் ஆறுமுகம்"], "places": ["Tirunelveli"],
           "organisations": ["Government Stanley Hospital"]}, var="ta-IN")

# Z051 donor கதிர் ("ray of light"), 27, software engineer at Zoho's village office near Tenkasi; DATRI; a dotted
# date; e-mail with "dot"/"at"; "ஐந்து வருடம்" (duration), அம்மா not labelled.
add("ta", "donor_to_patient", """
அன்புள்ள நண்பருக்கு,

நான் உங்கள் கொடையாளர். என் பெயர் கதிர், வயது இருபத்தேழு. ஜோஹோவில் மென்பொருள் பொறியாளராக வேலை செய்கிறேன். எங்கள் அலுவலகம் தென்காசி பக்கத்தில் மத்தளம்பாறை என்ற கிராமத்தில் இருக்கிறது. வயல்களுக்கு நடுவே ஆபீஸ், மதியம் மயில் சத்தம் கேட்கும்!

கல்லூரியில் படிக்கும்போது தாத்ரி முகாமில் பதிவு செய்தேன். ஐந்து வருடம் கழித்து அழைப்பு வந்தது. 15.11.2023 அன்று ஸ்டெம் செல்களைத் தானம் செய்தேன். ஊசி போட்ட நாட்களில் முதுகு கொஞ்சம் வலித்தது, அவ்வளவுதான்.

அம்மா முதலில் பயந்தார். "உன் உடம்பிலிருந்து எடுத்தால் உனக்கு என்ன ஆகும்?" என்று கேட்டார். இப்போது ஊர் முழுக்கப் பெருமையாகச் சொல்லிக்கொண்டிருக்கிறார்.

நீங்கள் சீக்கிரம் குணமாகி, ஆரோக்கியமாக இருக்க வேண்டும். முடிந்தால் எழுதுங்கள்: kathir dot m dot tk at gmail dot com

அன்புடன்,
கதிர்
""", [("கதிர்", P, 0), ("இருபத்தேழு", AGE), ("ஜோஹோவில்", ORG), ("தென்காசி", LOC), ("மத்தளம்பாறை", LOC), ("தாத்ரி", ORG),
      ("15.11.2023", DATE), ("kathir dot m dot tk at gmail dot com", CON), ("கதிர்", P, 1)], var="ta-IN")

# Z052 Singapore Tamil mother of அருண், 9 (names with case endings); Little India, Serangoon Road; KK hospital; a
# Tamil-month date with the year; தைப்பொங்கல், முருகன் not labelled; known identifiers only in other forms/scripts.
add("ta", "family_to_donor", """
அன்புள்ள கொடையாளருக்கு,

நான் அருணின் அம்மா. நாங்கள் சிங்கப்பூரில் வசிக்கிறோம். என் கணவர் லிட்டில் இந்தியாவில் செராங்கூன் சாலையில் ஒரு பூக்கடை நடத்துகிறார். அருணுக்கு இப்போது ஒன்பது வயது.

அவனுக்கு ஏழு வயதில் ரத்தப் புற்றுநோய் என்று தெரிந்தது. KK மருத்துவமனையில் ஒன்றரை வருடம் சிகிச்சை. குடும்பத்தில் யாருடைய மஜ்ஜையும் பொருந்தவில்லை. அப்போதுதான் நீங்கள் கிடைத்தீர்கள்.

2023 தை 5 அன்று அவனுக்கு மாற்று சிகிச்சை நடந்தது. அதற்கு முன் தைப்பொங்கல் அன்று மருத்துவமனை அறையிலேயே சின்னதாகப் பொங்கல் வைத்தோம். நர்ஸ் அக்காவும் வந்து "பொங்கலோ பொங்கல்" என்று சொன்னார்.

இப்போது அவன் பள்ளிக்குப் போகிறான், கால்பந்து விளையாடுகிறான், தமிழ் வகுப்பில் முதல் மாணவன். முருகன் அருளாலும் உங்கள் கருணையாலும் எங்கள் வீடு மீண்டும் சிரிக்கிறது.

நன்றி என்ற சொல் போதாது.

அன்புடன்,
அருணின் அம்மா
""", [("அருணின்", P, 0), ("சிங்கப்பூரில்", LOC), ("லிட்டில் இந்தியாவில்", LOC), ("செராங்கூன் சாலையில்", LOC), ("அருணுக்கு", P),
      ("ஒன்பது", AGE), ("ஏழு", AGE), ("KK மருத்துவமனையில்", ORG), ("2023 தை 5", DATE), ("அருணின்", P, 1)],
    known={"names": ["லதா சிவகுமார்"], "places": ["Singapore"],
           "organisations": ["KK Women's and Children's Hospital"]}, var="ta-SG")

# Z053 donor, 34, Bharatanatyam school owner in Thanjavur, to the family after the death; the "Big Temple" (a landmark
# whose name is two ordinary words) with its case ending; வெள்ளிக்கிழமை, இறைவன் not labelled.
add("ta", "donor_to_family", """
அன்புள்ள குடும்பத்தினருக்கு,

உங்கள் கடிதம் கிடைத்தது. உங்கள் தந்தையார் இறைவனடி சேர்ந்தார் என்று படித்ததும் மனம் கனத்தது. என் ஆழ்ந்த இரங்கல்கள்.

நான் தஞ்சாவூரில் வசிக்கும் முப்பத்து நான்கு வயதுப் பெண். "ஸ்ரீ நிருத்யாலயா" என்ற பெயரில் சிறிய பரதநாட்டியப் பள்ளி நடத்துகிறேன். தானம் செய்த மறுநாளே வகுப்பு எடுத்தேன், குழந்தைகள் "மிஸ், கையில் என்ன பிளாஸ்டர்?" என்று கேட்டார்கள்.

அவர் கடைசி மாதங்களில் பேரக்குழந்தைகளுடன் பெரிய கோவிலுக்குப் போய் வந்தார் என்று எழுதியிருந்தீர்கள். அதைப் படித்தபோது கண்ணீர் வந்தது, நானும் ஒவ்வொரு வெள்ளிக்கிழமையும் அங்குதான் போகிறேன்.

அவர் ஆத்மா சாந்தியடையட்டும். உங்கள் குடும்பத்துக்கு இறைவன் மன உறுதியைத் தரட்டும்.

வணக்கத்துடன்,
கொடையாளர்
""", [("தஞ்சாவூரில்", LOC), ("முப்பத்து நான்கு", AGE), ("ஸ்ரீ நிருத்யாலயா", ORG), ("பெரிய கோவிலுக்குப்", LOC)], var="ta-IN")

# Z054 Chennai student "விக்கி" (Vignesh), 19, spoken Tamil; Loyola; the cancer institute in Adyar (ORG, inflected);
# the transplant on Republic Day (the date is labelled, குடியரசு தினம் is not); handle; ALL, பி.காம் not labelled.
add("ta", "patient_to_donor", """
ஹாய் டோனர்,

நான் விக்கி, அதாவது விக்னேஷ், பத்தொன்பது வயசு, வடபழனியில இருக்கேன். லயோலாவுல பி.காம் ரெண்டாம் வருஷம் படிக்கிறேன். ஃபர்ஸ்ட் இயர்லயே ALL வந்துடுச்சு, காலேஜ் கிரிக்கெட் டீம்லிருந்து நேரா அடையாறு கேன்சர் இன்ஸ்டிட்யூட்டுக்கு போனேன்.

ட்ரான்ஸ்ப்ளான்ட் ஜனவரி 26 அன்னைக்கு நடந்துச்சு. குடியரசு தினம், டிவில பரேட் ஓடிக்கிட்டு இருந்துச்சு. நர்ஸ் அக்கா "இன்னைக்கு உனக்கும் சுதந்திரம்டா"ன்னு சொன்னாங்க. (அது குடியரசு தினம்னு நான் சொல்லல, பாவம் 😂)

இப்போ மறுபடியும் காலேஜ் போறேன். நெட்ஸ்ல பந்து போடறதுக்கு டாக்டர் இன்னும் ஓகே சொல்லல. ஆனா கேன்டீன்ல சமோசா சாப்பிட ஓகே சொல்லிட்டாரு, அதுவே போதும்.

தேங்க்ஸ் ப்ரோ/சிஸ். நீங்க யாருன்னு தெரியாது, ஆனா நீங்கதான் எனக்கு ஹீரோ.

இன்ஸ்டா: @vicky_bcom_fan

விக்கி
""", [("விக்கி", P, 0), ("விக்னேஷ்", P), ("பத்தொன்பது", AGE), ("வடபழனியில", LOC), ("லயோலாவுல", ORG),
      ("அடையாறு கேன்சர் இன்ஸ்டிட்யூட்டுக்கு", ORG), ("ஜனவரி 26", DATE), ("@vicky_bcom_fan", CON), ("விக்கி", P, 1)],
    var="ta-IN")

# ======================================== Marathi ========================================

# Z055 Kolhapur farmer and former wrestler "पैलवान विठू" (title before the name in the span, after it left out), 55;
# his talim; Ruby Hall in Pune; "डॉ. गोखले" with सर left out; the Rankala lake; the monsoon of 2022 (diagnosis),
# अंबाबाई, तांबडा-पांढरा रस्सा not labelled; known identifiers only in other forms or scripts.
add("mr", "patient_to_donor", """
प्रिय दाते,

रामराम! मी कोल्हापुरात राहतो, वय पंचावन्न. तरुणपणी मोतीबाग तालमीत कुस्ती खेळायचो, आता शेती आणि दोन म्हशी एवढाच व्याप. लोक मला अजूनही 'पैलवान विठू' म्हणतात, पण आजारपणात वजन इतकं घटलं की पैलवान सोडा, माणूस दिसायचो नाही.

२०२२ च्या पावसाळ्यात रक्ताचा कॅन्सर निघाला. पुण्यात रुबी हॉलमध्ये डॉ. गोखले सरांनी उपचार केले. मुलगा बंड्या नोकरी सोडून माझ्यासोबत तिथे राहिला.

२३ नोव्हेंबर २०२२ रोजी तुमच्या पेशी मला दिल्या. त्या दिवशी बायकोने अंबाबाईला नवस बोलला होता, तो आता फेडून आलो.

आता पुन्हा शेतात जातो, थोडं थोडं काम करतो. संध्याकाळी रंकाळ्यावर फिरायला जातो. तिथं तांबडा-पांढरा रस्सा प्यायला मन धजावतं, पण डॉक्टरांनी अजून परवानगी दिली नाही!

तुम्ही कधी कोल्हापूरला आलात तर आमच्या घरी मुक्काम नक्की करा.

तुमचा ऋणी,
विठू पैलवान
""", [("कोल्हापुरात", LOC), ("पंचावन्न", AGE), ("मोतीबाग तालमीत", ORG), ("पैलवान विठू", P), ("पुण्यात", LOC),
      ("रुबी हॉलमध्ये", ORG), ("डॉ. गोखले", P), ("बंड्या", P), ("२३ नोव्हेंबर २०२२", DATE), ("रंकाळ्यावर", LOC),
      ("कोल्हापूरला", LOC), ("विठू", P, 1)],
    known={"names": ["विठ्ठल पाटील"], "places": ["Kolhapur"], "organisations": ["Ruby Hall Clinic"]})

# Z056 donor अनिकेत ("अन्या"), 29, IT at Infosys in Hinjewadi, from Satara (two case forms); a trekking club; DATRI;
# weekday + date with a case ending; forts Rajgad and Torna; e-mail with "dot"/"at"; सह्याद्री as a range.
add("mr", "donor_to_patient", """
नमस्कार मित्रा,

मी तुझा दाता. माझं नाव अनिकेत, पण मित्र मला अन्या म्हणतात. वय एकोणतीस. मूळचा साताऱ्याचा, सध्या पुण्यात हिंजवडीला इन्फोसिसमध्ये काम करतो.

आठवडाभर लॅपटॉपसमोर बसायचं आणि शनिवार-रविवार ट्रेकला पळायचं, हा माझा नियम. ट्रेकक्षितिज संस्थेसोबत सह्याद्रीत फिरताना एका कॅम्पमध्येच दात्रीसाठी नोंदणी केली होती.

शुक्रवार, ८ डिसेंबरला मी दान दिलं. आदल्या रात्री आईने साताऱ्याहून फोन करून विचारलं, "खरंच काही होणार नाही ना रे?" मी म्हटलं, "आई, राजगड चढतो मी, हे काय!"

तू लवकर बरा हो. एक दिवस आपण दोघं मिळून तोरणा चढू, असं मी ठरवून ठेवलंय.

जमलं तर लिही: aniket dot treks at gmail dot com

तुझा,
अन्या
""", [("अनिकेत", P), ("अन्या", P, 0), ("एकोणतीस", AGE), ("साताऱ्याचा", LOC), ("पुण्यात", LOC), ("हिंजवडीला", LOC),
      ("इन्फोसिसमध्ये", ORG), ("ट्रेकक्षितिज", ORG), ("सह्याद्रीत", LOC), ("दात्रीसाठी", ORG), ("शुक्रवार, ८ डिसेंबरला", DATE),
      ("साताऱ्याहून", LOC), ("राजगड", LOC), ("तोरणा", LOC), ("aniket dot treks at gmail dot com", CON), ("अन्या", P, 1)])

# Z057 Nashik widow सुनंदा: husband सुहास, 49, died after the transplant; his print shop carries his name; HCG
# Manavata ("humanity": "मानवतामध्ये" is the hospital, "मानवतेला" the word); daughter गौरी (also a goddess) in the
# genitive; मुंबईत.
add("mr", "family_to_donor", """
आदरणीय दाते,

हे पत्र लिहिताना हात थरथरतोय. माझे पती सुहास यांचं ३ ऑगस्ट २०२३ रोजी निधन झालं. ते एकोणपन्नास वर्षांचे होते.

नाशिकरोडला आमचं छोटं छापखान्याचं दुकान आहे, 'सुहास प्रिंटर्स'. लग्नपत्रिका, पावती पुस्तकं, शाळेची ओळखपत्रं, सगळं तेच छापायचे. आजारपणात मानवतामध्ये उपचार सुरू होते, आणि नंतर मुंबईत प्रत्यारोपण झालं.

तुमच्या पेशींमुळे त्यांना जवळजवळ दीड वर्ष मिळालं. त्या काळात त्यांनी आमच्या मुलीचं, गौरीचं, लग्न पाहिलं. स्वतःच्या हातानं तिची लग्नपत्रिका छापली. ते म्हणायचे, "ही माझ्या आयुष्यातली सगळ्यात सुंदर पत्रिका आहे."

शेवटी संसर्गाने त्यांना नेलं. पण मला तुमच्याबद्दल कोणतीही तक्रार नाही, उलट कृतज्ञताच आहे. तुमच्या मानवतेला माझा नमस्कार.

त्यांची पत्नी,
सुनंदा
""", [("सुहास", P, 0), ("३ ऑगस्ट २०२३", DATE), ("एकोणपन्नास", AGE), ("नाशिकरोडला", LOC), ("सुहास प्रिंटर्स", ORG),
      ("मानवतामध्ये", ORG), ("मुंबईत", LOC), ("गौरीचं", P), ("सुनंदा", P)])

# Z058 Worli Koliwada fishwife "शांताक्का" (name with the fused "akka"), 44; "टाटाला"/"टाटा मेमोरियलमध्ये"; her Tata
# case number (OTHER_ID); a date with a case ending; phone in Devanagari digits; नारळी पौर्णिमा and the second,
# generic "कोळीवाड्यात" not labelled; known first name verbatim (the signature).
add("mr", "patient_to_donor", """
दाता भाऊ किंवा ताई,

नमस्कार. मी वरळी कोळीवाड्यात राहते, मासळी विकते. वय चव्वेचाळीस. आमच्या कोळीवाड्यात मला सगळे 'शांताक्का' म्हणतात.

गेल्या वर्षी अचानक ताप, अंगावर काळे डाग आले. तपासणी केल्यावर डॉक्टर म्हणाले, टाटाला जा. टाटा मेमोरियलमध्ये सहा महिने गेले. तिथला माझा केस नंबर 2022/41873, तो तर आता तोंडपाठ झालाय. माझी पोरगी मिनू कॉलेज सोडून माझी देखभाल करत होती.

१७ जानेवारीला तुमच्या पेशी मला मिळाल्या. त्या दिवशी माझा नवरा बोटीवर होता, त्याला फोनवर बातमी सांगितली, तर तो समुद्रात उभा राहून ओरडला म्हणे!

आता पुन्हा बाजारात बसते. नारळी पौर्णिमेला आम्ही समुद्राला नारळ दिला आणि तुमच्यासाठी पण प्रार्थना केली.

कधी मुंबईला आलात तर फोन करा: ९८२०-४४-७१-३५. ताजी पापलेट तुमच्यासाठी!

तुमची,
शांता
""", [("वरळी कोळीवाड्यात", LOC), ("चव्वेचाळीस", AGE), ("शांताक्का", P), ("टाटाला", ORG), ("टाटा मेमोरियलमध्ये", ORG),
      ("2022/41873", OID), ("मिनू", P), ("१७ जानेवारीला", DATE), ("मुंबईला", LOC), ("९८२०-४४-७१-३५", CON), ("शांता", P)],
    known={"names": ["शांता कोळी"], "places": ["Worli"], "organisations": ["Tata Memorial Hospital"],
           "other": ["+91 98204 47135"]})

# Z059 donor, 38, chemistry lecturer at a Latur college named after a ruler, to the family after the death; a bare
# year that dates the donation; the village Vitthal temple (unnamed, religious) not labelled.
add("mr", "donor_to_family", """
आदरणीय कुटुंबीय,

तुमचं पत्र मिळालं आणि मन सुन्न झालं. तुमच्या आजोबांच्या जाण्याची बातमी वाचून खूप वाईट वाटलं. माझी भावपूर्ण श्रद्धांजली.

मी लातूरचा. राजर्षी शाहू महाविद्यालयात रसायनशास्त्र शिकवतो, वय अडतीस. २०२३ साली मी पेशी दान केल्या. तेव्हा मला फक्त एवढंच सांगितलं होतं की रुग्ण एक वयस्कर गृहस्थ आहेत.

तुम्ही लिहिलंत की त्यांनी शेवटच्या महिन्यांत नातवाला सायकल चालवायला शिकवलं, आणि रोज संध्याकाळी विठ्ठल मंदिरात भजनाला जायचे. हे वाचून डोळे भरून आले. मी काही फार मोठं केलं नाही, पण त्यांच्या आयुष्याचे ते दिवस सुंदर झाले, यातच समाधान आहे.

त्यांच्या आत्म्यास शांती लाभो.

आपला,
दाता
""", [("लातूरचा", LOC), ("राजर्षी शाहू महाविद्यालयात", ORG), ("अडतीस", AGE), ("२०२३", DATE)])

# Z060 16-year-old साक्षी from Sawantwadi (her name is also the word "witness": "देव साक्षी आहे" is a deliberate
# exception); her school; Moti Talao; KEM; a day/month date; handle; थॅलेसेमिया, दहावीत not labelled.
add("mr", "patient_to_donor", """
प्रिय दाता दादा/ताई,

मी साक्षी, सोळा वर्षांची, सावंतवाडीची. राणी पार्वतीदेवी हायस्कूलमध्ये दहावीत आहे. मला चित्रं काढायला खूप आवडतं, म्हणून या पत्रासोबत एक चित्र पाठवतेय — मोती तलावावरचा सूर्यास्त.

मला थॅलेसेमिया होता. लहानपणापासून दर महिन्याला रक्त चढवायला लागायचं. केईएममध्ये डॉक्टरांनी सांगितलं की प्रत्यारोपणाने हे थांबू शकतं, पण दाता मिळायला हवा. दोन वर्षं वाट पाहिली.

२६/१२ ला माझं प्रत्यारोपण झालं. आता मला दर महिन्याला रक्त लागत नाही! आई म्हणते, देव साक्षी आहे, तुझ्यासारखी माणसं अजून जगात आहेत.

मोठी होऊन मला डॉक्टर व्हायचंय.

माझं इन्स्टा: @sakshi.rangrekha

तुमची,
साक्षी
""", [("साक्षी", P, 0), ("सोळा", AGE), ("सावंतवाडीची", LOC), ("राणी पार्वतीदेवी हायस्कूलमध्ये", ORG), ("मोती तलावावरचा", LOC),
      ("केईएममध्ये", ORG), ("२६/१२", DATE), ("@sakshi.rangrekha", CON), ("साक्षी", P, 2)],
    known={"names": ["साक्षी सावंत"], "places": ["Sawantwadi"], "organisations": ["KEM Hospital"]}, ok=("साक्षी",))


main()
