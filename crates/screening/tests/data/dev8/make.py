#!/usr/bin/env python3
"""Build letters.jsonl, the eighth hand-written development set for the letter screener (60 letters, ids Y001-Y060).

Languages (60): en 12 (US 3, GB 2, IE 2, IN 2, AU 2, ZA 1), fr 8 (FR 5, BE 1, CH 1, CA 1), hi 8 (5 in Devanagari,
3 Hinglish in Latin script), it 7, pt 7 (BR 4, PT 3), de 6 (DE 3, AT 2, CH 1), es 6 (ES 2, MX, AR, CO, CL 1 each),
nl 6 (NL 4, BE 2). Directions: patient_to_donor 23, donor_to_patient 17, family_to_donor 14 (three of them after
the patient's death), donor_to_family 6. 22 letters carry a `known` list; in 11 of them no known entry appears
verbatim (only as a nickname, an initial, an abbreviation, another spelling or script, or a phone/e-mail written
another way), and two of those have almost (Y018) or exactly (Y060) nothing to find. Five letters (Y007, Y025, Y038,
Y048, Y060) contain no identifying detail. Lengths 67-291 words. The record format, the `where` forms and the checks
are those of ../letterset.py; the script stops and writes nothing if a check fails. `python3 make.py` builds
letters.jsonl, `--stats` also prints counts.

Labels follow /work/shared/data/screening-letters.md; OTHER_ID covers both ID numbers (a hospital file number, donor
IDs, a licence plate) and the quasi-identifiers the guidelines call OTHER: rare or unique roles (the only woman on
a volunteer fire crew, the pub in a town of 200, a car-ferry skipper, the island's only baker, the only vet of a
region, a church's cantor, a Fiaker driver, coaching a named team), the bus or tram line someone drives, and the
co-workers' blood drive for a patient. Common jobs (teacher, baker, plumber, farmer, cheesemaker in the Emmental,
tester at a big employer) are not labelled.

Labelled: first names, nicknames and diminutives (Baz, Osh, Gillou, Nunziatino, Zefinha, Lurdinhas, Dolo), initials
(B., D., G., PH), lower-case names (simran), names that are also words (Hope, Faith, Sunny, Bianca, Salvo, Paz, Fe,
Beat, प्रेम, खुशी, आदि), title + name as one span (Dr Nwosu, Dr. Menon, Frau Dr. Albers, Tante Resi, Nana Bríd, nonna
Assunta, doña Gloria, padre Armindo, prof. Bruno, Mamie Jo) with "madam" and articles left out; places down to
districts, streets, ghats, stadiums and landmarks, with the other party's country when stated as fact (Allemagne,
Alemanha, Espanha, Estados Unidos, Francia, बंगाल) and places the writer invites the reader to; organisations by
short or local names (Hallamshire, the Royal -> "Royal", the Heath -> "Heath", Crumlin, CHU, Gemelli, Poli, Sírio,
HC, Clínicas, Insel, AKH, Jessa, Erasmus), clubs, bands, brotherhoods, shops, schools and registries; dates in
every format, a month + year when it dates the donation, and holiday-based dates that pin one day and year
(Shrove Tuesday 2023, Heiligabend 2023, véspera de São João de 2022); when a transplant fell on a holiday the date
is labelled and the holiday name is not (1er août, 9/7, 2nd Oct, 23 juin, primeiro de maio); ages as the number
only ("61" in "soon 61", "40" in "mon 40e", "sessant" in "sessant'anni", "seventh" in "seventh birthday", "dix" in
"dix mois"); phones, e-mails, handles, a URL and a postal address (one span, town included), however they are spelt.

Not labelled: salutations (Dear Donor, Chère donneuse, Liebe Spenderin, प्रिय दाता, Respected Donor ji); diseases and
acronyms (AML, ALL, MDS, GvHD/GVH, CMV, HLA, ICU, LAM, DICS, GCSF); God, Bhagwan (outside a hospital's name),
Waheguru, la Madonna, Virgen (outside the hospital's name) and holidays (Diwali, Pongal, Holi, Eid, Chhath, Pâques,
Natale, Befana, Candelora, Toussaint, Saint-Jean, Gandhi Jayanti, Suikerfeest, Fourth of July, Christmas); pets
(Biscuit, Jule); brands and generic products (Oreos, Milo, Maaza, Paradise, Trenitalia, Instagram, TikTok); public
figures and bands (Taylor Swift, Virat Kohli, Maradona, Vasco, Maluma, Selena, Clouseau); events (Royal Show,
Gentse Feesten, Feria); demonyms; approximate ages and decades ("in your fifties", "la trentaine", "around 55",
"uns oito anos", "bijna twaalf"); durations; a season + year that dates the diagnosis (autumn of 2022, fall 2022,
winter 2021, primavera del 2022, Herbst 2022); a bare year of diagnosis; months and weekdays alone; "10/10" and
"110 e lode"; a hypothetical club (PSG); German nouns and capitalised words at sentence starts.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "Y", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== English ========================================

# Y001 retired plasterer from near Holmfirth, "soon 61", cornet in a brass band; the Hallamshire; Valentine's-day
# transplant; dog Biscuit and "autumn of 2022" (diagnosis) not labelled; known place verbatim, name/hospital not.
add("en", "patient_to_donor", """
Dear Donor,

well here goes, the nurse said keep it short and I've never kept anything short in my life so apologies in advance.

I'm Baz (everyone calls me Baz, even Dr Nwosu now), soon 61, retired plasterer, live just outside Holmfirth with the wife and a daft spaniel called Biscuit. Got told I had AML in the autumn of 2022 after I nodded off at band practice, which for a cornet player is frowned upon.

They gave me your cells at the Hallamshire on the 14th of Feb so whether you like it or not your my valentine now. Sorry. The wife says she doesn't mind sharing.

Things I can do now that I couldn't last year:
- walk up to Holme Moss (slowly, with stops, lots of stops)
- play a full hymn tune without going dizzy
- eat a proper pie

Hade Edge Band have let me back in on third cornet and the lads had a whip round for a new mouthpiece. I cried. Don't tell them.

I hope your a young lad or lass with a good life ahead of you and I hope it didn't hurt too much. Whatever you do for a living, you did a better job on me than I ever did on a ceiling.

All the best, truly,
B.

PS Biscuit sends a wag.
""", [("Baz", P, 0), ("Baz", P, 1), ("Dr Nwosu", P), ("61", AGE), ("Holmfirth", LOC), ("Hallamshire", ORG),
      ("14th of Feb", DATE), ("Holme Moss", LOC), ("Hade Edge Band", ORG), ("B.", P)],
    known={"names": ["Barry Whitworth"], "places": ["Holmfirth"], "organisations": ["Royal Hallamshire Hospital"]},
    var="en-GB")

# Y002 donor, 28, from Tillamook, the only woman on the volunteer fire crew; emoji; Taylor Swift, Oreos, "10/10",
# "in your fifties" and the Fourth of July are not labelled.
add("en", "donor_to_patient", """
Hi!!!

ok so I've started this letter like six times. Hi, I'm your donor 👋 I'm a 28 year old gal from Tillamook on the Oregon coast and honestly I still can't believe a little cheek swab at an Oregon State career fair turned into this.

When Be The Match called I was literally up a ladder (I'm the only woman on our volunteer fire crew, long story) and I almost dropped my phone. The filgrastim shots made my bones ache like crazy for about four days, I played Taylor Swift at full volume and ate a whole sleeve of Oreos to cope lol. Donation day was 3/3, I watched two movies and a nurse called Marisol braided my hair. 10/10 would do again.

I don't know anything about you except that you're a guy in your fifties. I really hope you're somewhere feeling stronger every day. I hope you get a Fourth of July with fireworks and a hot dog you're allowed to eat.

If the rules ever let us, my insta is @k8.outside — no pressure!!

sending you the biggest hug 🤗
Katie (K8 to the crew)
""", [("28", AGE), ("Tillamook", LOC), ("Oregon", LOC, "the Oregon coast"), ("Oregon State", ORG), ("Be The Match", ORG),
      ("the only woman on our volunteer fire crew", OID), ("3/3", DATE), ("Marisol", P), ("@k8.outside", CON),
      ("Katie", P), ("K8", P)], var="en-US")

# Y003 Irish mother of Oisín ("Osh"), 9, from Ballina; Crumlin as the hospital; GAA club; "seventh birthday" is an
# age; Halloween, "under-10s" and "Irish" not labelled; known place only inside the club's name.
add("en", "family_to_donor", """
To our donor,

I'm Oisín's mam. I've a pile of drafts in the drawer of the kitchen table because every time I try to write this I end up bawling, so I'm just going to write it straight out and post it before I lose my nerve.

Osh was diagnosed with ALL the week before his seventh birthday. We spent the guts of two years up and down to Crumlin, the car knows the road on its own at this stage. When the first treatment didn't hold, they told us he needed a transplant and there was nobody in the family who matched. Then there was you.

He got your cells on the 2nd of November, the day after Halloween, still had a bit of face paint on his ear from the ward party. He's nine now and back hurling with the under-10s at Ballina Stephenites, roaring at the referee like his father. Nana Bríd lit a candle for you every single Sunday, and still does.

I don't know if you're a man or a woman, young or old, Irish or from the far side of the world. I only know you said yes to a stranger's child. There aren't words. I've tried.

Go raibh míle maith agat,
Oisín's mam x
""", [("Oisín", P, 0), ("Osh", P), ("seventh", AGE), ("Crumlin", ORG), ("2nd of November", DATE),
      ("nine", AGE, "He's nine now"), ("Ballina Stephenites", ORG), ("Nana Bríd", P), ("Oisín", P, 1)],
    known={"names": ["Siobhán Gallagher"], "places": ["Ballina"],
           "organisations": ["Children's Health Ireland at Crumlin"]}, var="en-IE")

# Y004 formal Indian English, retired SBI branch manager, 58, Nagpur; Tata Memorial; hospital file number; phone
# in number words; "madam" left out of the doctor's span; MDS, CMV, 10/10, Ganpati Bappa, Diwali, God not labelled.
add("en", "patient_to_donor", """
Respected Donor ji,

Namaste. I am writing this letter with folded hands. I am a retired branch manager of State Bank, age 58 years, residing in Dharampeth area of Nagpur with my wife and younger daughter.

In the month of March last year I was diagnosed with MDS which as you must be knowing is a disease of the bone marrow. My doctors at Tata Memorial, Parel, especially Dr. Menon madam, explained that only a transplant can save me and no sibling was matching. Then came the news that one unrelated donor is matching 10/10. My whole family did pooja that evening.

Transplant was done on 12-01-2023 (my file no. there is TMH/22/118475, if your registry needs it for records). There were complications, CMV came twice, I lost 14 kilos, but by the grace of Ganpati Bappa and your cells I am back home since Diwali. Now every morning I am going for walk at Futala Lake and taking my grandson Chintu for his tuition classes.

My daughter Bhavu has written her mobile number below, in case rules permit you to call some day: nine eight five zero, two two one, four six zero. We will be honoured.

May God give you long life and all happiness.

Yours sincerely,
A grateful patient
""", [("State Bank", ORG), ("58", AGE), ("Dharampeth", LOC), ("Nagpur", LOC), ("Tata Memorial", ORG), ("Parel", LOC),
      ("Dr. Menon", P), ("12-01-2023", DATE), ("TMH/22/118475", OID), ("Futala Lake", LOC), ("Chintu", P),
      ("Bhavu", P), ("nine eight five zero, two two one, four six zero", CON)],
    known={"names": ["Anil Deshpande"], "places": ["Nagpur"], "organisations": ["Tata Memorial Hospital, Mumbai"],
           "other": ["+91 98502 21460"]}, var="en-IN")

# Y005 donor, 34, runs the pub in a tiny town past Meekatharra; Fiona Stanley (a hospital with a person's name);
# Milo, the Royal Show (an event) and "Tues" not labelled.
add("en", "donor_to_patient", """
G'day mate (or madam, they wouldn't tell me which),

Your donor here. Thought I'd better write before the footy season swallows me whole.

Bit about me: thirty-four, single, I run the pub in a town of about 200 people out past Meekatharra. Got swabbed at a Strength to Give stall at the Royal Show in Perth years back, mainly cos they were handing out free Milo. Didn't think about it again till the phone rang.

Flew down to Perth and did the donation at Fiona Stanley on Tues 9 May. Nurses were legends. The needles were fine, the boredom was worse, four hours of daytime telly. I've had worse hangovers than the side effects honestly.

Back home the regulars were more worried than me. One of them, old Gazza, asked if they'd taken my liver by mistake. No such luck Gaz.

Anyway I hope you're coming good. I hope you get a big feed of something and a cold one when the docs say it's allowed. And I hope the Eagles do better this year for both our sakes, though I wouldn't put money on it.

Take care of yourself, eh. Half that blood's a bit country now, go easy on it.

Cheers,
your donor
""", [("thirty-four", AGE), ("run the pub in a town of about 200 people", OID), ("Meekatharra", LOC),
      ("Strength to Give", ORG), ("Perth", LOC, 0), ("Perth", LOC, 1), ("Fiona Stanley", ORG), ("9 May", DATE),
      ("Gazza", P), ("Gaz", P), ("Eagles", ORG)], var="en-AU")

# Y006 South African widow: husband died after the transplant; Groote Schuur; Paarl-Noord; Sunflower Fund; GvHD, ICU,
# "March of last year", "seventeen months" not labelled.
add("en", "family_to_donor", """
Dear donor,

I don't quite know how to begin this. My husband Kobus received your stem cells in March of last year at Groote Schuur, and I am so sorry to tell you that he passed away on the 17th of August 2023. He was 63.

I wanted you to hear it from us and not only from an office, because you were part of our family for seventeen months. Kobus spoke about you often. He called you "my twin" and claimed he'd started liking pineapple on pizza because of you, so we blamed you for that, I hope you don't mind.

Those months were a gift. He walked our daughter Elna down the aisle in the little church in Paarl-Noord, he saw our grandson's first steps, he sat on the stoep in the evenings with his coffee watching the mountain go pink. When the GvHD got into his lungs and he ended up in ICU, he was tired, but never bitter.

Please don't ever think what you did was wasted. It wasn't. Not for one day.

Some of us have since helped at a Sunflower Fund drive so that more people can do what you did.

With love and gratitude from all of us,
Marie
""", [("Kobus", P, 0), ("Groote Schuur", ORG), ("17th of August 2023", DATE), ("63", AGE), ("Kobus", P, 1), ("Elna", P),
      ("Paarl-Noord", LOC), ("Sunflower Fund", ORG), ("Marie", P)], var="en-ZA")

# Y007 shy Irish donor, very short: no identifying detail at all.
add("en", "donor_to_patient", """
Dear recipient,

I'm not great at this so I'll keep it short. I'm your donor. They told me you were doing okay and I went for a long walk after, just to think about it.

I hope the hospital food is better than what they gave me (the macaroni was rotten). I hope you're home soon, if you're not already.

Mind yourself.

All the best,
your donor
""", [], var="en-IE")

# Y008 forklift driver at H-E-B in "Corpus", 46; MD Anderson; co-workers' blood drive for him (quasi-identifying
# event); daughter Faith; e-mail with "at"/"dot"; "fall 2022" (diagnosis), Selena, 1994, Christmas, God, "mijo" not
# labelled.
add("en", "patient_to_donor", """
Dear Donor,

My name is Rob, I'm 46, I'm a husband to Dolores and dad to three kids and I drive a forklift at the H-E-B warehouse here in Corpus. I never wrote a letter to a stranger before so bear with me.

They found my leukemia by accident at a work physical in fall 2022. By Christmas I was living in Houston at MD Anderson and my wife was sleeping in a recliner next to me. We kept saying "when the match comes" like it was a bus.

Some things about me so you're not writing back to a total stranger: I still listen to Selena in the truck like it's 1994, my abuela's tamales are the only reason I survived chemo, and I cry at dog food commercials now, which the doctors say is normal. The guys from the warehouse did a blood drive for me while I was out, and forty of them signed up for the registry too. My supervisor cried. He'll deny it.

The bus came. June 6th, 2023. My birthday was two weeks later, on the transplant floor, and the nurses sang to me in English and Spanish, out of tune, it was beautiful.

My oldest, Faith, she's sixteen, she wants to get on the registry the minute she's old enough. My youngest, Junior, asked if you were a superhero. I said kind of. He said does he have a cape. I said I don't know mijo, maybe.

If you ever want to write back for real, my email is rgarza77 at yahoo dot com. No pressure. I just want to say thank you to your face one day, and cook you the best brisket of your life.

God bless you and your family.
Rob
""", [("Rob", P, 0), ("46", AGE), ("Dolores", P), ("H-E-B", ORG), ("Corpus", LOC), ("Houston", LOC), ("MD Anderson", ORG),
      ("did a blood drive for me", OID), ("June 6th, 2023", DATE), ("Faith", P), ("sixteen", AGE), ("Junior", P), ("rgarza77 at yahoo dot com", CON),
      ("Rob", P, 1)], var="en-US")

# Y009 Bengaluru donor, 24, tester at Infosys; DATRI; friend Sunny (the "sunny day" in the PS is not a name);
# Pongal, Amma, Virat Kohli, GCSF, "didi" not labelled.
add("en", "donor_to_patient", """
Hello dear recipient!! 😊

This is your donor writing from Bengaluru. I am 24 yrs old, working as a tester at Infosys, Electronic City (very boring job but good canteen 😅). I registered with DATRI during my college fest in second year, my friend Sunny dragged me saying there will be free samosa. And see now!!

Donation happened on 21st Jan, just after Pongal. Amma was very scared, she made me eat so much ragi mudde before the procedure only. Honestly the GCSF injections gave backache but nothing else. The doctors at Narayana Health were super sweet, one uncle in next bed was telling me Virat Kohli stories full 4 hours.

I don't know your name or anything, they said you are a small boy, age 7. I keep thinking what cartoon you watch, what you like to eat. I hope you are eating lots of ice cream now, mango flavour is best, don't let anyone tell you different.

Get well soon na, and study well also 😄

Lots of love,
your didi-donor
P.S. it was a sunny day when I donated, I took it as a good sign ☀️
""", [("Bengaluru", LOC), ("24", AGE, "24 yrs"), ("Infosys", ORG), ("Electronic City", LOC), ("DATRI", ORG), ("Sunny", P),
      ("21st Jan", DATE), ("Narayana Health", ORG), ("7", AGE, "age 7")], var="en-IN")

# Y010 Tasmanian ferry skipper, 52 ("53 by the time you read this"); "the Royal"; phone half in words; "winter 2021"
# (diagnosis), ward 5B, HLA, Thursday not labelled; known identifiers appear only in other forms.
add("en", "patient_to_donor", """
Hello from the bottom of the world,

To the person who saved my life: I'm Jen, I'm 52 (53 by the time you read this if the post is as slow as they reckon), and I skipper the car ferry across to Bruny Island. Or I did, and I will again, the boss has promised.

I was diagnosed in winter 2021 after a very embarrassing faint in the wheelhouse. Then came months at the Royal, three rounds of chemo, a relapse, and finally the news on a Thursday arvo that there was a full HLA match overseas. I rang my sister Trish and neither of us could talk.

Transplant day was 23/11/2022. I had a little party with jelly cups. My hair's come back curly, which nobody warned me about, I look like a mop.

Things I'm grateful for, in order:
1. you
2. the nurses on 5B
3. my sister, who drove the Channel Highway twice a day for a month
4. scallop pies

If you're ever in Tassie, and I hope you are, come and ride my ferry for free. Ring me, 0418 two two seven 390, any time.

Love and salt air,
Jen x
""", [("Jen", P, 0), ("52", AGE), ("53", AGE), ("skipper the car ferry", OID), ("Bruny Island", LOC), ("Royal", ORG),
      ("Trish", P), ("23/11/2022", DATE), ("Channel Highway", LOC), ("Tassie", LOC), ("0418 two two seven 390", CON),
      ("Jen", P, 1)],
    known={"names": ["Jennifer Lowe"], "places": ["Kettering, Tasmania"], "organisations": ["Royal Hobart Hospital"],
           "other": ["0418 227 390"]}, var="en-AU")

# Y011 Welsh daughter writing for her mother, 74; "the Heath"; "Shrove Tuesday 2023" pins one day, so it is a DATE;
# initials "D. and G."; "Mam", "Diolch o galon" not labelled.
add("en", "family_to_donor", """
Dear Donor,

I'm writing on behalf of my mother, who received your stem cells, because her hands shake too much these days to write more than a shopping list and she says her spelling has gone 'all to pot'. She is sitting next to me dictating, so if this sounds bossy that's her.

Mam is seventy-four. Everybody told her she was too old for a transplant and she told everybody else where to go. The doctors at the Heath were braver than most and agreed to try. You came through for her on Shrove Tuesday 2023, so we have pancakes on your day every year now, lemon and sugar.

She is back at chapel in Pontyberem, singing alto, a bit wobbly but loud. She wants you to know she prays for you by name, except she doesn't know your name so she calls you 'the angel from away'. She asks if you are married. I've told her not to ask that. She's asking anyway.

My brothers D. and G. send their love too, and their terrible jokes, which I have left out.

Diolch o galon — thank you from the heart.

With love from all of us,
Rhian (and Mam)
""", [("seventy-four", AGE), ("Heath", ORG), ("Shrove Tuesday 2023", DATE), ("Pontyberem", LOC), ("D.", P), ("G.", P),
      ("Rhian", P)], var="en-GB")

# Y012 donor, 39, chemistry teacher in Vermont, to the family of Hope (a name that is also a word: "I hope" is not
# labelled); coaching a named team is the quasi-identifier; e-mail with "at"/"dot".
add("en", "donor_to_family", """
Dear family,

Thank you for your letter. I read it in my truck in the school parking lot and then I sat there for a long time before I could go in and teach fourth period.

Your letter told me her name was Hope, and that she was twenty. I'm so sorry. I have a daughter who is eleven and I can't begin to imagine. I want you to know I think about her every April 19, the day I gave, and I will keep doing that for the rest of my life.

You asked what I'm like. I'm 39, I teach chemistry at Montpelier High, I coach the JV Nordic ski team badly, and I make maple syrup with my dad every spring in a sugarhouse that's older than both of us. I registered because a kid in my homeroom needed a match years ago. He never found one. I guess I've been trying to make it up to somebody.

You said Hope laughed at the ward's terrible jokes calendar every morning. I'm going to buy one for my classroom.

If you ever want to write again, directly, I'd be honored: dmarchetti.vt at gmail dot com.

With deep respect,
Dan
""", [("Hope", P, 0), ("twenty", AGE), ("eleven", AGE), ("April 19", DATE), ("39", AGE), ("Montpelier High", ORG),
      ("coach the JV Nordic ski team", OID), ("Hope", P, 1), ("dmarchetti.vt at gmail dot com", CON), ("Dan", P)],
    var="en-US")

# ======================================== French ========================================

# Y013 Lyon hairdresser "Mimi" (Michèle), 45 ans, salon named after her nickname; Édouard-Herriot (a hospital named
# after a person); "docteur Faure" as one span; LAM, "pavillon E", Pâques not labelled; known first name verbatim.
add("fr", "patient_to_donor", """
Chère donneuse,

(on m'a dit que vous étiez une femme, alors je me permets !!)

Je m'appelle Michèle mais tout le monde m'appelle Mimi, j'ai 45 ans et je suis coiffeuse à la Croix-Rousse depuis vingt ans, L'Atelier de Mimi, petite boutique rouge en haut de la montée, si vous passez un jour vous aurez la coupe gratuite à vie, c'est promis, je l'ai dit à tout le monde.

J'ai eu une leucémie aiguë myéloïde, LAM comme ils disent. Le 3 mars on m'a greffée à Édouard-Herriot, pavillon E, et franchement je ne pensais pas voir Pâques. Et là je vous écris depuis ma terrasse avec un petit rosé (un seul, le docteur Faure a dit un seul).

Mes clientes ont fait une cagnotte pour payer les taxis pendant six mois. Ma fille Inès a repris le salon toute seule à 22 ans, elle a été formidable.

Je ne sais pas qui vous êtes, ni où vous vivez, mais je pense à vous chaque fois que je vois mes cheveux repousser (tout frisés en plus, la coiffeuse qui a les cheveux frisés, la honte !).

Merci merci merci, du fond du cœur.
Mimi ❤️
""", [("Michèle", P), ("Mimi", P, 0), ("45", AGE), ("Croix-Rousse", LOC), ("L'Atelier de Mimi", ORG), ("3 mars", DATE),
      ("Édouard-Herriot", ORG), ("docteur Faure", P), ("Inès", P), ("22", AGE), ("Mimi", P, 2)],
    known={"names": ["Michèle Baudry"], "places": ["Lyon"], "organisations": ["Hospices Civils de Lyon"]},
    var="fr-FR")

# Y014 Belgian donor, bus driver on line 4 in Namur; Jambes (a district that is also the word "legs"); Saint-Luc;
# Standard (a club that is also a common word); septante/nonante, "une fois", GSM.
add("fr", "donor_to_patient", """
Bonjour à vous,

Je suis votre donneur. On m'a dit que je pouvais vous écrire alors voilà, je ne suis pas un grand écrivain hein, soyez indulgent.

J'ai trente et un ans et je suis chauffeur sur la ligne 4 du TEC, entre Namur et Jambes, alors si un jour vous voyez un chauffeur qui sourit bêtement derrière son volant, c'est peut-être moi. Je me suis inscrit à la Croix-Rouge il y a sept ans, après que ma cousine a eu besoin de sang.

Le prélèvement s'est fait à Saint-Luc le 12/09. Ma copine Nath m'a conduit à Bruxelles à six heures du matin, on a mangé une gaufre sur le parking, c'était notre petit rituel. Ça a duré à peu près quatre heures. J'ai regardé le match du Standard sur mon GSM, on a perdu, mais bon, ce jour-là je m'en fichais.

J'espère que vous savez déjà remarcher un peu, manger des frites (des vraies, hein) et qu'on vous laissera bientôt rentrer chez vous. Ça fait nonante jours que je pense à vous tous les matins.

Courage, une fois !
Votre donneur
""", [("trente et un", AGE), ("chauffeur sur la ligne 4", OID), ("TEC", ORG), ("Namur", LOC), ("Jambes", LOC),
      ("Croix-Rouge", ORG), ("Saint-Luc", ORG), ("12/09", DATE), ("Nath", P), ("Bruxelles", LOC), ("Standard", ORG)],
    var="fr-BE")

# Y015 Swiss parents of Lou, 14; CHUV; transplant on 1 August (national day: the date is labelled, the holiday
# not); the reader's country stated as fact; "la trentaine", "septante fois" not labelled.
add("fr", "family_to_donor", """
Chère donneuse, cher donneur,

Nous sommes les parents de Lou. Elle a quatorze ans et elle a reçu vos cellules souches au CHUV le 1er août de l'année passée, pendant que tout le pays tirait des feux d'artifice pour la fête nationale. Depuis, elle dit que les feux, c'était pour elle.

Lou est retournée au cycle d'orientation à la rentrée, d'abord le matin seulement, maintenant toute la journée. Elle a repris le hockey avec les juniors du HC Fribourg-Gottéron, ce qui nous donne des sueurs froides, mais le médecin a dit oui, alors...

Nous habitons un petit village au pied du Moléson. Quand on a appris qu'il y avait un donneur compatible, ma femme a ouvert la fenêtre et a crié dans la vallée. Les voisins ont cru qu'il y avait le feu. Le syndic est même passé voir.

Nous ne savons rien de vous, seulement que vous avez la trentaine et que vous vivez en Allemagne. Nous vous imaginons souvent, à peu près septante fois par jour. Merci d'avoir dit oui à une inconnue.

Avec toute notre gratitude,
Les parents de Lou
""", [("Lou", P, 0), ("quatorze", AGE), ("CHUV", ORG), ("1er août", DATE), ("Lou", P, 1), ("HC Fribourg-Gottéron", ORG),
      ("Moléson", LOC), ("Allemagne", LOC), ("Lou", P, 2)], var="fr-CH")

# Y016 Québécois retiree "Gillou", 58, ex-Alcan; Maisonneuve-Rosemont; 23 juin (the Saint-Jean is not labelled);
# e-mail with "arobas"/"point"; GVH, "ma blonde" not labelled; known first name and town verbatim.
add("fr", "patient_to_donor", """
Salut mon sauveur (ou ma sauveuse),

C'est pas mal difficile d'écrire à quelqu'un qu'on connaît pas pis qui nous a sauvé la vie, ça fait que je vas faire ça simple.

Je m'appelle Gilles, mais tout le monde à Chicoutimi m'appelle Gillou. J'ai 58 ans, je suis retraité d'Alcan (Rio Tinto maintenant, mais pour nous autres ça va toujours être l'Alcan), pis ma grosse passion c'est la pêche blanche sur le Saguenay.

Ils m'ont greffé à Maisonneuve-Rosemont à Montréal le 23 juin, la veille de la Saint-Jean. Ma blonde Francine a amené un petit drapeau fleurdelisé dans la chambre, les infirmières ont toute chanté. J'ai pleuré comme un veau.

Les six mois après, c'était pas toujours drôle. La GVH dans la bouche, les pilules, le char que j'avais pas le droit de conduire. Mais là, je suis retourné voir les Saguenéens avec mon petit-fils Loïc, pis j'ai crié plus fort que lui.

Si jamais t'as le goût de m'écrire, je suis là : gillou.peche arobas videotron point ca.

Merci, du fond du cœur, pis prends soin de toi.

Gillou
""", [("Gilles", P), ("Chicoutimi", LOC), ("Gillou", P, 0), ("58", AGE), ("Alcan", ORG, 0), ("Rio Tinto", ORG),
      ("Alcan", ORG, 1), ("Saguenay", LOC), ("Maisonneuve-Rosemont", ORG), ("Montréal", LOC), ("23 juin", DATE),
      ("Francine", P), ("Saguenéens", ORG), ("Loïc", P), ("gillou.peche arobas videotron point ca", CON),
      ("Gillou", P, 1)],
    known={"names": ["Gilles Tremblay"], "places": ["Chicoutimi"], "organisations": [],
           "other": ["gillou.peche@videotron.ca"]}, var="fr-CA")

# Y017 Breton donor, 36, nursery teacher in Quimperlé, to the family after the death of Jean-Yves, 68; the month and
# year of the donation are a DATE; Toussaint, "dimanche" not labelled.
add("fr", "donor_to_family", """
Chère famille,

J'ai reçu votre lettre hier par l'intermédiaire du registre. Je l'ai lue trois fois, assise sur les marches de l'école, pendant que les enfants jouaient dans la cour. Je suis tellement désolée.

Vous me dites que votre papa s'appelait Jean-Yves, qu'il avait soixante-huit ans, qu'il aimait la voile et les mots croisés du dimanche. Je n'ai pas pu vous le rendre, et pourtant vous me remerciez. Je ne sais pas quoi faire de tant de gentillesse, sinon vous la rendre.

Moi, j'ai trente-six ans, je suis institutrice en maternelle à Quimperlé. Quand on m'a appelée en novembre 2022, je n'ai pas hésité une seconde. Je voulais juste que ça marche. Pour quelques mois, ça a marché, et vous dites que ces mois-là ont compté. Je vais m'accrocher à ça.

Pour la Toussaint, j'irai allumer une bougie à la chapelle près de chez moi, pour lui. Je ne suis pas très croyante, mais je le ferai quand même.

Je vous embrasse fort,
Votre donneuse
""", [("Jean-Yves", P), ("soixante-huit", AGE), ("trente-six", AGE), ("Quimperlé", LOC), ("novembre 2022", DATE)],
    var="fr-FR")

# Y018 shy student, almost nothing identifying: only "le CHU" (the known hospital in short form); lower-case start.
add("fr", "patient_to_donor", """
Bonjour,

je ne sais pas trop quoi vous écrire. Merci, déjà. C'est le mot qui revient tout le temps dans ma tête depuis des mois.

J'ai passé presque tout l'hiver au CHU. Je regardais par la fenêtre, je comptais les pigeons sur le toit d'en face, je faisais des listes de choses que je ferais si ça marchait. Ça a marché. Alors je commence la liste : manger une vraie pizza, dormir chez moi, revoir la mer, courir (un peu).

Je n'ai pas encore tout fait. Mais j'ai mangé la pizza.

J'espère que vous allez bien, que le prélèvement ne vous a pas trop fatigué, et que quelqu'un vous a dit que vous étiez quelqu'un de bien. Parce que c'est vrai.

Merci encore,
la personne qui a reçu votre moelle
""", [("CHU", ORG)],
    known={"names": ["Léa Fontaine"], "places": ["Rennes"], "organisations": ["CHU de Rennes"]}, var="fr-FR")

# Y019 mother of baby Gabin (10 months at transplant, now 2); Necker; Instagram handle; "Mamie Jo" as one span;
# DICS, "Au clair de la lune", "une vingtaine" not labelled.
add("fr", "family_to_donor", """
Chère donneuse, cher donneur,

Notre fils Gabin avait dix mois quand il a reçu votre moelle, le 11/10/2023, à Necker. Dix mois, et déjà un dossier médical plus épais que celui de son grand-père.

Il est né avec un déficit immunitaire sévère, un DICS, qu'on a découvert par hasard. Pendant des semaines on n'a pu le toucher qu'avec des gants, à travers une bulle de plastique. Le jour de la greffe, c'était tout simple, une petite poche, un tuyau, et l'infirmière Sandrine qui chantait Au clair de la lune. On s'attendait à des trompettes.

Aujourd'hui il a deux ans, il court partout dans notre appartement de Montreuil, il dit « non » à tout et il mange la terre du jardin de Mamie Jo. Les médecins disent que c'est excellent pour son système immunitaire, votre système immunitaire, du coup.

J'ai raconté notre histoire sur Instagram (@lespetitspasdegabin) pour que d'autres parents s'inscrivent au registre, et une vingtaine de nos amis l'ont fait. Vous avez fait des petits.

Merci pour notre fils.
Camille, sa maman
""", [("Gabin", P), ("dix", AGE, "avait dix mois"), ("11/10/2023", DATE), ("Necker", ORG), ("Dix", AGE, "Dix mois, et"),
      ("Sandrine", P), ("deux", AGE, "il a deux ans"), ("Montreuil", LOC), ("Mamie Jo", P),
      ("@lespetitspasdegabin", CON), ("Camille", P)], var="fr-FR")

# Y020 Marseille baker "Momo" turning 40 ("mon 40e"); la Timone; l'OM; phone in number words; the reader's
# approximate age and a hypothetical club (PSG) are not labelled.
add("fr", "donor_to_patient", """
Salut à toi,

Je suis ton donneur, enfin un de tes « jumeaux » génétiques comme dit l'infirmière. Je me permets de te tutoyer, à Marseille on tutoie tout le monde, même le préfet.

Je suis boulanger dans le Panier, je me lève à trois heures du matin, alors le prélèvement à huit heures à la Timone, pour moi c'était presque la grasse matinée. C'était le 6 juin. J'avais apporté des navettes pour les infirmières, elles m'ont dit que c'était interdit, elles les ont mangées quand même.

Le mois prochain je fête mon 40e anniversaire et je crois que c'est le plus beau cadeau que j'ai jamais fait, et c'est moi qui l'ai offert, c'est le monde à l'envers.

Je ne sais rien de toi sauf que tu es un homme d'à peu près soixante ans. Si tu aimes le foot, j'espère que tu n'es pas pour le PSG, sinon il faudra qu'on parle sérieusement. Allez l'OM !

Si un jour on a le droit, appelle-moi : zéro six, quarante et un, dix-sept, vingt-huit, zéro trois. Je t'enverrai des navettes par la poste.

Prends soin de toi, vraiment.
Momo
""", [("Marseille", LOC), ("Panier", LOC), ("Timone", ORG), ("6 juin", DATE), ("40", AGE, "mon 40e"), ("OM", ORG),
      ("zéro six, quarante et un, dix-sept, vingt-huit, zéro trois", CON), ("Momo", P)], var="fr-FR")

# ======================================== Italian ========================================

# Y021 Roman seamstress Graziella; turned sixty ("sessant'anni", span "sessant") at the Gemelli; granddaughter Bianca
# (also the word "bianco/bianca"); Roma the city and la Roma the club; Candelora, Natale, Befana, "quarant'anni" (a
# duration) and the vague "dall'estero" not labelled.
add("it", "patient_to_donor", """
Caro donatore, cara donatrice,

non so nemmeno da dove cominciare, allora comincio dalla fine: sto bene. Sto BENE! Lo scrivo in maiuscolo perché per due anni non l'ho potuto dire a nessuno.

Mi chiamo Graziella, abito alla Garbatella da sempre, ho fatto la sarta per quarant'anni e ho compiuto sessant'anni al Gemelli, nel reparto di ematologia, con una torta finta fatta di garze dalle infermiere. Il trapianto me l'hanno fatto il 2 febbraio 2023, giorno della Candelora, e mia suocera buonanima diceva sempre "Candelora, dell'inverno semo fora". Aveva ragione lei.

In reparto ho passato anche il Natale. Le infermiere hanno appeso le palline colorate all'asta della flebo e il giorno della Befana ci hanno portato le calze con il carbone di zucchero. La mia vicina di letto, una signora di Frosinone, mi ha insegnato a giocare a burraco e io le ho insegnato a fare l'orlo invisibile. Ci sentiamo ancora tutte le domeniche.

Adesso cucio di nuovo. Ho fatto il vestito della prima comunione a mia nipote Bianca, tutto bianco con le roselline, e lei si è messa a piangere perché era troppo bello. Mio marito Ettore dice che sono tornata rompiscatole come prima, quindi sono guarita davvero.

La dottoressa Conti mi ha detto che lei, donatore, è giovane e viene dall'estero. Chissà da dove. Io immagino sempre qualcuno con gli occhi buoni.

Qui a Roma tifiamo tutti per la Roma, ma a lei perdono qualsiasi squadra.

Un abbraccio grande grande,
Graziella
""", [("Graziella", P, 0), ("Garbatella", LOC), ("sessant", AGE, "sessant'anni"), ("Gemelli", ORG),
      ("2 febbraio 2023", DATE), ("Frosinone", LOC), ("Bianca", P), ("Ettore", P), ("dottoressa Conti", P), ("Roma", LOC, 0),
      ("Roma", ORG, 1), ("Graziella", P, 1)], var="it-IT")

# Y022 donor Salvo (also the word "salvo"), 19, engineering at "il Poli"; from Zafferana under Etna; ADMO; Niguarda;
# a URL; Vasco (a singer), "Analisi 2", "sana e salva" not labelled.
add("it", "donor_to_patient", """
Ciao!

Sono il tuo donatore. Ho 19 anni, anzi diciannove e mezzo come dice mia nonna, e studio ingegneria al Poli a Milano, ma sono di Zafferana, sotto l'Etna, e ogni volta che torno giù mia madre mi fa mangiare per tre.

Mi sono iscritto all'ADMO a una festa in piazza, c'era un banchetto tra l'arancino e la granita. Un anno dopo mi hanno chiamato mentre ero a lezione di Analisi 2, sono uscito di corsa e il prof mi ha guardato malissimo.

La donazione l'ho fatta il 15/5 al Niguarda. Tutto tranquillo, solo un po' di mal di schiena con i fattori di crescita. La sera stessa ero già sui Navigli con gli amici a bere uno spritz analcolico (giuro).

So solo che sei una ragazza più o meno della mia età. Ti immagino sana e salva, con i capelli che ricrescono e tanta voglia di uscire. Spero che tu possa tornare a fare tutto, ma proprio tutto.

Forza, che ce la fai!
Salvo

P.S. Se ti piace la musica, ho un canale: youtube.com/@salvosuona, faccio cover orribili di Vasco 😂
""", [("19", AGE), ("diciannove", AGE), ("Poli", ORG), ("Milano", LOC), ("Zafferana", LOC), ("Etna", LOC), ("ADMO", ORG),
      ("15/5", DATE), ("Niguarda", ORG), ("Navigli", LOC), ("Salvo", P), ("youtube.com/@salvosuona", CON)],
    var="it-IT")

# Y023 Procida parents of Nunzio ("Nunziatino"), 7; Pausilipon; the father is the island's only baker; "nonna
# Assunta" as one span; l'Immacolata, la Madonna, Maradona not labelled; known first name and island verbatim.
add("it", "family_to_donor", """
Gentile donatore,

siamo la mamma e il papà di Nunzio, ma a casa lo chiamiamo tutti Nunziatino, anche se ormai si arrabbia perché dice che è grande. Ha sette anni.

A quattro anni gli hanno trovato l'aplasia midollare. Abbiamo passato due inverni tra Procida e il Pausilipon, con l'aliscafo delle sei e mezza, i panini nella borsa e la paura nello stomaco. Mio marito fa il fornaio, l'unico dell'isola, e per mesi ha impastato di notte e dormito in nave di giorno.

Il trapianto è stato il 9 dicembre, il giorno dopo l'Immacolata. La nonna Assunta ha detto che era un segno della Madonna, e chi siamo noi per contraddirla.

Adesso Nunziatino va a scuola, gioca a pallone sulla spiaggia della Chiaiolella, tifa Napoli come un pazzo e dice che da grande farà il calciatore come Maradona oppure il dottore "che cambia il sangue".

Noi non sappiamo chi siete, ma ogni sera, a tavola, prima di mangiare, diciamo una preghiera anche per voi. Grazie, grazie assai.

Con tutto il cuore,
Teresa e Ciro
""", [("Nunzio", P), ("Nunziatino", P, 0), ("sette", AGE), ("quattro", AGE, "A quattro anni"), ("Procida", LOC),
      ("Pausilipon", ORG), ("fornaio, l'unico dell'isola", OID), ("9 dicembre", DATE), ("nonna Assunta", P),
      ("Nunziatino", P, 1), ("Chiaiolella", LOC), ("Napoli", ORG), ("Teresa", P), ("Ciro", P)],
    known={"names": ["Teresa Scotto di Perta"], "places": ["Procida"],
           "organisations": ["AORN Santobono-Pausilipon"]}, var="it-IT")

# Y024 formal Piedmontese retired surveyor, 71; Molinette; "gruppo Alpini" + Pinerolo; "prof. Bruno"; "quasi
# cinquanta anni" and "primavera del 2022" (diagnosis) not labelled.
add("it", "patient_to_donor", """
Egregio Donatore,

mi permetto di scriverLe queste poche righe, con la calligrafia di un uomo che ha fatto il geometra per quasi cinquanta anni e adesso non ha più la mano ferma di una volta.

Ho settantun anni. Mi è stata diagnosticata una leucemia mieloide acuta nella primavera del 2022, proprio mentre preparavo con il gruppo Alpini di Pinerolo la festa per il centenario della nostra sezione. Ho passato l'estate alle Molinette, in una stanza da cui si vedeva un pezzetto di collina.

Il trapianto è avvenuto il giorno 28.09.2022. Il prof. Bruno mi disse: "Adesso il lavoro lo fa il Suo donatore, noi guardiamo". Aveva ragione.

Oggi cammino di nuovo ogni mattina fino al santuario, e la mia Pina, che mi ha assistito senza mai lamentarsi, dice che sono diventato più paziente. Forse ho preso un po' del Suo carattere.

Non so chi Lei sia, né dove viva, ma sappia che in una casa del Piemonte c'è una famiglia che La ricorda ogni giorno.

Con profonda gratitudine e stima,
un paziente di Pinerolo
""", [("settantun", AGE), ("gruppo Alpini", ORG), ("Pinerolo", LOC, 0), ("Molinette", ORG), ("28.09.2022", DATE),
      ("prof. Bruno", P), ("Pina", P), ("Piemonte", LOC), ("Pinerolo", LOC, 1)], var="it-IT")

# Y025 donor to a widow and her children: no identifying detail at all.
add("it", "donor_to_family", """
Cara famiglia,

ho saputo della vostra perdita qualche giorno fa e da allora non riesco a smettere di pensarci. Vi chiedo scusa se queste parole arrivano tardi o se sono quelle sbagliate.

Quando mi hanno chiamata per la donazione ho pensato a una persona lontana, senza volto. Poi, nei mesi, è diventata qualcuno per cui accendevo una candela la domenica.

Mi avete scritto che vostro marito e papà ha avuto qualche mese buono, che ha visto il mare un'ultima volta, che rideva ancora. Tenetevi strette queste cose. Io me le terrò strette insieme a voi.

Vi abbraccio, anche se non ci conosciamo.
La donatrice
""", [], var="it-IT")

# Y026 Bologna student "Marti", 26, all lower-case; Unibo, Sant'Orsola (a saint's name); her band; a street; phone
# in digit words; Trenitalia, "110 e lode", "anni 90" not labelled; known identifiers only in other forms.
add("it", "patient_to_donor", """
ciao donatore misterioso!!

allora, sono Marti, ho ventisei anni e scrivo questa lettera sul treno regionale quindi se la calligrafia balla è colpa di Trenitalia non mia.

ti faccio il riassunto: a settembre dovevo laurearmi all'Unibo in lettere, invece mi è venuta una leucemia linfoblastica, l'ho scoperto perché mi venivano lividi ovunque e la mia coinquilina Vale pensava che il mio ragazzo mi picchiasse (spoiler: no, il mio ragazzo sviene a vedere il sangue). Sant'Orsola per otto mesi, chemio, capelli addio, poi la notizia del donatore compatibile, cioè te!!!

il trapianto è stato il primo marzo, io me lo sono tatuato sul polso in numeri romani, mia madre non è contenta.

adesso sto bene, mi sono laureata (110 e lode, scusa se me la tiro) e ho ricominciato a suonare il basso con la mia band, le Tagliatelle Elettriche, facciamo cover anni 90 nei bar di via del Pratello, vieni quando vuoi.

se un giorno si potrà, scrivimi o chiamami: tre tre nove, quattro uno due, otto otto sette zero. ti offro tutte le birre del mondo

grazie grazie grazie
Marti 🎸
""", [("Marti", P, 0), ("ventisei", AGE), ("Unibo", ORG), ("Vale", P), ("Sant'Orsola", ORG), ("primo marzo", DATE),
      ("Tagliatelle Elettriche", ORG), ("via del Pratello", LOC),
      ("tre tre nove, quattro uno due, otto otto sette zero", CON), ("Marti", P, 1)],
    known={"names": ["Martina Ghedini"], "places": ["Bologna"],
           "organisations": ["IRCCS Policlinico di Sant'Orsola"], "other": ["339 412 8870"]}, var="it-IT")

# Y027 Sardinian donor Efisio, 47, the (almost) only vet of the Barbagia; Nora (a place that is also a name);
# Brotzu (a hospital named after a person); the 1 May procession, "sarda" and "A kent'annos" not labelled.
add("it", "donor_to_patient", """
Caro amico, cara amica,

mi chiamo Efisio, come il santo che a Cagliari portano in processione ogni primo maggio fino a Nora, e ho quarantasette anni. Sono l'unico veterinario di tutta la Barbagia, o quasi, quindi passo le giornate tra pecore, cani da pastore e qualche cavallo nervoso.

La chiamata per la donazione è arrivata in piena stagione degli agnelli. Ho chiesto a un collega di Nuoro di coprirmi tre giorni e sono sceso al Brotzu. Il 20 ottobre 2023 ho donato. Pensavo a te tutto il tempo, anche se non ti conosco, e per una volta ero io quello con l'ago nel braccio.

Mia moglie dice che sono un duro, ma quando mi hanno detto che le cellule erano partite per il tuo ospedale mi sono commosso come un ragazzino.

Spero che ti arrivi un po' della nostra aria di montagna, del nostro pecorino e della nostra testardaggine sarda. Ne avrai bisogno, e qui ne abbiamo in abbondanza.

A kent'annos, come si dice da noi: che tu possa vivere cent'anni.

Efisio
""", [("Efisio", P, 0), ("Cagliari", LOC), ("Nora", LOC), ("quarantasette", AGE), ("l'unico veterinario", OID),
      ("Barbagia", LOC), ("Nuoro", LOC), ("Brotzu", ORG), ("20 ottobre 2023", DATE), ("Efisio", P, 1)], var="it-IT")

# ======================================== Portuguese ========================================

# Y028 São Paulo dance teacher "Ju", 32; Mooca, "Sampa"; "Sírio"; transplant on "primeiro de maio" (the date is
# labelled, Dia do Trabalhador not); Timão; the reader's country as fact; handle; "2022" (diagnosis), Copa, kkkk.
add("pt", "patient_to_donor", """
Oi, doador(a) do meu coração!!! 💛

Aqui é a Ju, tenho trinta e dois anos, moro na Mooca, em Sampa, e sou a pessoa que recebeu suas células. Tô chorando desde a primeira linha então desculpa a letra tremida kkkk

Descobri a leucemia em 2022, bem no meio da Copa, imagina. Fiquei internada no Sírio um tempão, minha mãe dormia numa poltrona do lado, meu marido trazia pão de queijo escondido. Meu transplante foi no primeiro de maio, Dia do Trabalhador, e a enfermeira Raquel disse que você tinha trabalhado dobrado por mim.

Hoje eu voltei a dar aula de dança pras crianças da comunidade, voltei a ir no estádio ver o Timão (meu médico não aprova, meu coração sim) e já fiz até um churrasco pra comemorar um ano de medula nova!!

Não sei de onde você é, só me disseram que é da Alemanha. Danke! Aprendi essa palavra por sua causa kkkk

Se um dia puder, me procura no insta: @juferraz.ju 🙏

Com amor (muito amor),
Ju
""", [("Ju", P, 0), ("trinta e dois", AGE), ("Mooca", LOC), ("Sampa", LOC), ("Sírio", ORG), ("primeiro de maio", DATE),
      ("Raquel", P), ("Timão", ORG), ("Alemanha", LOC), ("@juferraz.ju", CON), ("Ju", P, 1)],
    known={"names": ["Juliana Ferraz"], "places": ["São Paulo"], "organisations": ["Hospital Sírio-Libanês"],
           "other": ["@juferraz.ju"]}, var="pt-BR")

# Y029 Braga donor Rui, 41, works at Bosch; CEDACE donor code; IPO do Porto; the reader's country as fact; e-mail
# with "arroba"/"ponto"; francesinha not labelled.
add("pt", "donor_to_patient", """
Caro(a) receptor(a),

Escrevo-lhe de Braga, numa noite de chuva, com o jogo dos Guerreiros a dar na televisão sem som. Sou o seu dador. Chamo-me Rui, tenho 41 anos, sou casado e pai de duas raparigas, e trabalho como técnico de qualidade na Bosch.

Inscrevi-me no CEDACE há muitos anos, numa campanha na faculdade (o meu número de dador é PT-0473-118, se isso servir de alguma coisa), e confesso que já nem me lembrava. Quando me ligaram, a minha mulher pensou que era uma burla. A colheita foi no IPO do Porto, a 7 de março de 2023. Correu tudo bem, fiquei só um bocado cansado e com vontade de comer uma francesinha, o que fiz logo a seguir, claro.

Disseram-me que é uma senhora de Espanha. Gosto de imaginar que daqui a uns tempos vai estar numa esplanada ao sol, a beber um café e a rir-se de alguma coisa. É isso que lhe desejo: muitas tardes assim.

As minhas filhas fizeram-lhe um desenho (uma flor gigante e um sol de óculos escuros), mas disseram-me que não o podia enviar. Fica aqui guardado, à sua espera.

Com os melhores cumprimentos e muita força,
Rui

P.S. Se um dia as regras deixarem: rui.m.braga arroba sapo ponto pt
""", [("Braga", LOC), ("Guerreiros", ORG), ("Rui", P, 0), ("41", AGE), ("Bosch", ORG), ("CEDACE", ORG),
      ("PT-0473-118", OID), ("IPO do Porto", ORG), ("7 de março de 2023", DATE), ("Espanha", LOC), ("Rui", P, 1),
      ("rui.m.braga arroba sapo ponto pt", CON)], var="pt-PT")

# Y030 mother "Zefinha" of Davi ("Davizinho"), 5, from Jaboatão; IMIP; WhatsApp number spaced; Maria Clara (a name
# that contains the word "clara"); Deus, Nossa Senhora, "menino de ouro" not labelled.
add("pt", "family_to_donor", """
Querido doador,

Eu sou a mãe do Davi. Escrevo devagar porque não estudei muito, minha filha Maria Clara tá me ajudando com as palavras difíceis.

O Davi tinha três anos quando descobriram a doença no sangue dele. A gente mora em Jaboatão e ia todo dia de ônibus pro IMIP, eu com ele no colo e a bolsa cheia de remédio. Teve noite que eu achei que ia perder meu filho. Eu rezava pra Nossa Senhora e pedia um milagre. O milagre foi você.

O transplante foi dia 25/07/2023. Hoje o Davizinho tem cinco aninhos, corre pela rua atrás da bola, briga com a irmã, come cuscuz com ovo todo dia de manhã. A vizinhança toda chama ele de "menino de ouro".

Se Deus quiser um dia eu vou poder te dar um abraço. Se for permitido, meu zap é 81 9 9712 4408, pode ligar a qualquer hora, de dia ou de noite.

Que Deus te abençoe e abençoe sua família.
Zefinha, mãe do Davi
""", [("Davi", P, 0), ("Maria Clara", P), ("Davi", P, 1), ("três", AGE, "tinha três anos"), ("Jaboatão", LOC),
      ("IMIP", ORG), ("25/07/2023", DATE), ("Davizinho", P), ("cinco", AGE, "cinco aninhos"), ("81 9 9712 4408", CON),
      ("Zefinha", P), ("Davi", P, 2)], var="pt-BR")

# Y031 "Lurdinhas", 73, from Vinhais; Santo António (a hospital named after a saint); the eve of São João 2022 pins
# one day, so it is a DATE; "padre Armindo"; a postal address as one CONTACT span (the town inside it).
add("pt", "patient_to_donor", """
Exmo. Senhor Dador ou Senhora Dadora,

Quem lhe escreve é uma velhota de setenta e três anos de Vinhais, lá para cima, ao pé de Espanha, onde o inverno é comprido e o fumeiro é o melhor do mundo, digo eu.

Fui transplantada no Santo António, no Porto, na véspera de São João de 2022. Da janela do quarto ouvia os martelinhos e via os balões a subir, e pensei: se eu sair daqui viva, no ano que vem vou eu também para a rua. E fui! Com o meu neto Tiago a segurar-me no braço e um manjerico na mão.

Na aldeia toda a gente me chama Lurdinhas, e toda a gente rezou por mim, até o senhor padre Armindo fez uma missa. Mas quem me salvou foi o senhor ou a senhora, que nem me conhece.

Tenho um bocadinho de horta, umas galinhas e uma gata preta que não presta para nada. Se um dia passar por Trás-os-Montes, há sempre um prato de sopa e um copo de vinho à sua espera. A minha morada é Rua da Costa, n.º 14, 5320-326 Vinhais.

Beijinhos e obrigada do fundo do coração,
Lurdinhas
""", [("setenta e três", AGE), ("Vinhais", LOC, 0), ("Espanha", LOC), ("Santo António", ORG), ("Porto", LOC),
      ("véspera de São João de 2022", DATE), ("Tiago", P), ("Lurdinhas", P, 0), ("padre Armindo", P),
      ("Trás-os-Montes", LOC), ("Rua da Costa, n.º 14, 5320-326 Vinhais", CON), ("Lurdinhas", P, 1)], var="pt-PT")

# Y032 gaúcho donor, 25, vet student at UFSM; Santa Maria (a town with a saint's name); REDOME; "o Clínicas"; the
# rival club Inter; "uns oito anos" (approximate), "gremista" not labelled.
add("pt", "donor_to_patient", """
Bah, nem sei como começar isso aqui.

Oi, tchê! Sou o teu doador. Tenho vinte e cinco anos, sou guri do interior, de Santa Maria, e faço veterinária na UFSM. Me cadastrei no REDOME num mutirão de doação de sangue no campus, mais por causa do lanche grátis do que por heroísmo, vou ser sincero.

Quando ligaram dizendo que eu era compatível com alguém, eu tava no meio de uma prova. Saí da sala tremendo. Depois fui pra Porto Alegre, fiz os exames no Clínicas e a coleta foi dia 12 de setembro. Os enfermeiros eram tudo gente fina, um deles era gremista igual eu, então a gente passou a manhã falando mal do Inter kkk.

Não sei nada de ti, só que tu é uma guria pequena, de uns oito anos. Fico pensando se tu gosta de bicho. Se gostar, quando eu me formar, prometo que cuido do teu cachorro de graça.

Toma o chimarrão da vida devagar, tá? Vai dar tudo certo.

Abração,
teu doador
""", [("vinte e cinco", AGE), ("Santa Maria", LOC), ("UFSM", ORG), ("REDOME", ORG), ("Porto Alegre", LOC),
      ("Clínicas", ORG), ("12 de setembro", DATE), ("Inter", ORG)], var="pt-BR")

# Y033 Coimbra widow: husband Zé Manel, 54, died after the transplant; "o Conservatório", Sé Velha, HUC; "um ano e
# meio" (a duration) not labelled.
add("pt", "family_to_donor", """
Querido dador,

Escrevo-lhe com o coração pesado. O meu marido, o Zé Manel, a quem o senhor deu as suas células, deixou-nos a 2 de janeiro de 2024. Tinha cinquenta e quatro anos.

Quero que saiba que o transplante lhe deu um ano e meio que não teríamos tido. Um ano e meio! Nesse tempo ele voltou a dar aulas de guitarra no Conservatório, viu a nossa filha acabar o curso, e ainda tocou uma última vez nas escadas da Sé Velha, numa noite de serenata, com os antigos colegas. Cantou pior do que nunca e nunca o vi tão feliz.

Nos HUC trataram-no sempre com enorme carinho. Ele dizia aos enfermeiros que tinha dentro dele "um estrangeiro simpático" e que por isso agora gostava de chá.

Não lhe peço nada. Só queria que soubesse que o seu gesto não foi em vão, e que nesta casa em Coimbra o seu nome, mesmo sem o sabermos, é dito com gratidão.

Com estima,
Fernanda
""", [("Zé Manel", P), ("2 de janeiro de 2024", DATE), ("cinquenta e quatro", AGE), ("Conservatório", ORG),
      ("Sé Velha", LOC), ("HUC", ORG), ("Coimbra", LOC), ("Fernanda", P)], var="pt-PT")

# Y034 shy 15-year-old "PH" from "BH", all lower-case; "HC"; Cruzeiro (a club that is also a common word); known
# identifiers appear only as initials and abbreviations.
add("pt", "patient_to_donor", """
oi

meu nome é PH, tenho 15 anos e moro em BH. minha mãe falou que eu tinha que escrever uma carta pra você, eu não sou bom nisso então vai ser curta, foi mal.

fiquei quase um ano no HC com anemia aplástica. meu transplante foi no dia 18/8. agora voltei pra escola e pro futsal, no gol porque ainda canso rápido. meu time é o Cruzeiro, meu pai diz que é o único sofrimento que sobrou kkkkk

valeu mesmo por ter doado. minha mãe chora toda vez que fala de você.

PH
""", [("PH", P, 0), ("15", AGE), ("BH", LOC), ("HC", ORG), ("18/8", DATE), ("Cruzeiro", ORG), ("PH", P, 1)],
    known={"names": ["Pedro Henrique Alves"], "places": ["Belo Horizonte"],
           "organisations": ["Hospital das Clínicas da UFMG"]}, var="pt-BR")

# ======================================== Hindi ========================================

# Y035 retired teacher, 62, Jaipur (Mansarovar); "भगवान" is a religious word on its own but part of the hospital's
# name; मकर संक्रांति, पतंग not labelled; known identifiers in Latin script only.
add("hi", "patient_to_donor", """
प्रिय दाता,

सादर प्रणाम। मैं बासठ साल का एक रिटायर्ड अध्यापक हूँ, जयपुर के मानसरोवर इलाके में रहता हूँ। आपको यह चिट्ठी लिखते हुए मेरे हाथ काँप रहे हैं, पर दिल बहुत हल्का है।

पिछले साल मुझे ब्लड कैंसर बताया गया। डॉक्टरों ने कहा कि बोन मैरो ट्रांसप्लांट ही एक रास्ता है, और घर में किसी का मैच नहीं हुआ। भगवान महावीर कैंसर अस्पताल में हमने महीनों इंतज़ार किया। फिर खबर आई कि एक अनजान दाता मिल गया है। उस दिन मेरी पत्नी ने पूरे मोहल्ले में लड्डू बाँटे।

मेरा ट्रांसप्लांट १५ जनवरी २०२३ को हुआ, मकर संक्रांति के अगले दिन। अस्पताल की खिड़की से आसमान में पतंगें दिखती थीं, और मैं सोचता था कि अगले साल मैं भी छत पर चढ़ूँगा। इस साल चढ़ा! पोते गुड्डू ने चरखी पकड़ी और मैंने पेंच लड़ाए।

भगवान की कृपा और आपकी दया से आज मैं फिर से सुबह हवा महल तक टहलने जाता हूँ। आप जहाँ भी हों, सुखी रहें, स्वस्थ रहें।

आपका सदा आभारी,
एक मरीज़
""", [("बासठ", AGE), ("जयपुर", LOC), ("मानसरोवर", LOC), ("भगवान महावीर कैंसर अस्पताल", ORG), ("१५ जनवरी २०२३", DATE),
      ("गुड्डू", P), ("हवा महल", LOC)],
    known={"names": ["Ramesh Chand Sharma"], "places": ["Jaipur"],
           "organisations": ["Bhagwan Mahaveer Cancer Hospital & Research Centre"]}, var="hi-Deva")

# Y036 donor, 26, works for Delhi Metro; friend प्रेम (a name; "ढेर सारा प्रेम" at the end is the word "love");
# DKMS-BMST; Max, Saket; the reader's region as fact; "नर्स दीदी", "अंकल" not labelled.
add("hi", "donor_to_patient", """
प्रिय मरीज़ जी,

नमस्ते! मैं आपकी डोनर हूँ। मेरी उम्र २६ साल है और मैं दिल्ली मेट्रो में काम करती हूँ। रोज़ हज़ारों लोगों को उनकी मंज़िल तक पहुँचाती हूँ, पर पहली बार लगा कि किसी को सच में ज़िंदगी की तरफ़ पहुँचाया है।

कॉलेज में मेरे दोस्त प्रेम ने DKMS-BMST का एक कैंप लगवाया था, उसी ने ज़बरदस्ती मेरा गाल का स्वैब करवाया। तीन साल बाद फ़ोन आया कि आपसे मेरा मैच हुआ है। मम्मी बहुत डर गई थीं, उन्हें लगा कि किडनी निकाल लेंगे! मैंने उन्हें बहुत समझाया।

३ मार्च को साकेत के मैक्स अस्पताल में मेरे स्टेम सेल लिए गए। चार-पाँच घंटे लगे, मैंने पूरा समय गाने सुने और नर्स दीदी से गपशप की। बस थोड़ा कमर दर्द हुआ, और कुछ नहीं।

मुझे बताया गया कि आप एक अंकल हैं, बंगाल से। मैं सोचती हूँ कि शायद आप भी मेरी तरह मिठाई के शौकीन होंगे। जल्दी ठीक हो जाइए और खूब रसगुल्ले खाइए!

ढेर सारा प्रेम और दुआएँ,
आपकी डोनर
लाजपत नगर, दिल्ली से
""", [("२६", AGE), ("दिल्ली मेट्रो", ORG), ("प्रेम", P, 0), ("DKMS-BMST", ORG), ("३ मार्च", DATE), ("साकेत", LOC),
      ("मैक्स अस्पताल", ORG), ("बंगाल", LOC), ("लाजपत नगर", LOC), ("दिल्ली", LOC, 1)], ok=("प्रेम",), var="hi-Deva")

# Y037 parents of खुशी (a name that is also the word "joy": "इतनी खुशी हुई" is not labelled), 8, Patna; AIIMS as
# "एम्स"; St. Michael's; छठ पूजा, छठी मैया, थैलेसीमिया not labelled; known identifiers in Latin script only.
add("hi", "family_to_donor", """
आदरणीय दाता जी,

हम खुशी के मम्मी-पापा हैं। खुशी अभी आठ साल की है। जब वह छह साल की थी, तब उसे थैलेसीमिया मेजर के इलाज के लिए ट्रांसप्लांट की ज़रूरत पड़ी। हम पटना से दिल्ली के एम्स तक न जाने कितनी बार गए, ट्रेन में रात-रात भर जागते हुए।

आपके दिए हुए स्टेम सेल उसे २८-२-२०२३ को चढ़ाए गए। उस दिन के बाद से उसे हर महीने खून चढ़वाने की ज़रूरत नहीं पड़ी। आप सोच भी नहीं सकते कि यह हमारे लिए क्या है। पहले हर महीने अस्पताल, सुई, रोना। अब वह सेंट माइकल्स स्कूल में तीसरी कक्षा में पढ़ती है, और डांस क्लास में सबसे आगे खड़ी होती है।

इस बार छठ पूजा में उसने पहली बार घाट पर दादी के साथ दीया जलाया। हमें इतनी खुशी हुई कि शब्दों में नहीं बता सकते।

छठी मैया आपको हमेशा सुखी रखें।

धन्यवाद,
खुशी की मम्मी
""", [("खुशी", P, 0), ("खुशी", P, 1), ("आठ", AGE), ("छह", AGE, "छह साल की थी"), ("पटना", LOC), ("दिल्ली", LOC),
      ("एम्स", ORG), ("२८-२-२०२३", DATE), ("सेंट माइकल्स स्कूल", ORG), ("खुशी", P, 3)],
    known={"names": ["Sunita Kumari"], "places": ["Patna"], "organisations": ["AIIMS New Delhi"]}, ok=("खुशी",),
    var="hi-Deva")

# Y038 donor to the family after the death: no identifying detail at all (पूजा, ईश्वर not labelled).
add("hi", "donor_to_family", """
प्रिय परिवार,

आपका पत्र मिला। पढ़कर बहुत देर तक चुप बैठा रहा। आपके अपने के जाने का मुझे गहरा दुख है।

जब मुझे बताया गया था कि मेरा मैच किसी से हुआ है, तब से मैं रोज़ सुबह पूजा के बाद उनके लिए भी प्रार्थना करता था। मुझे लगता था कि कहीं दूर कोई है जो मेरे ही खून से लड़ रहा है। आज भी वह प्रार्थना बंद नहीं करूँगा, बस अब उनकी आत्मा की शांति के लिए करूँगा।

आपने लिखा कि आख़िरी महीनों में वे घर पर थे, अपने बच्चों के साथ हँसते थे, आँगन में धूप सेंकते थे। मेरे लिए यही सबसे बड़ी बात है। अगर मेरी छोटी-सी कोशिश से उन्हें वह समय मिला, तो मैं ईश्वर का आभारी हूँ।

आप सब अपना ध्यान रखिए। मेरी संवेदनाएँ हमेशा आपके साथ हैं।

आपका दाता
""", [], var="hi-Deva")

# Y039 student आदि (a nickname that is also the word "etc.": "दोस्त आदि" is not labelled), 19, Banaras; BHU in
# Devanagari; Assi Ghat (अस्सी = eighty); phone in Devanagari digits; AML, होली, हर हर महादेव not labelled.
add("hi", "patient_to_donor", """
नमस्ते दाता भैया/दीदी,

मैं आदि हूँ, उन्नीस साल का, बनारस से। बीएचयू में बी.एससी. सेकंड ईयर में हूँ, या यूँ कहिए कि अब फिर से सेकंड ईयर में हूँ, क्योंकि बीमारी की वजह से एक साल छूट गया।

मुझे AML हुआ था। पहले तो लगा कि सब ख़त्म, पढ़ाई, क्रिकेट, दोस्त आदि सब। पर डॉक्टर साहब ने कहा, "बेटा, डोनर मिल गया है, अब लड़ना तुम्हारा काम है।" ट्रांसप्लांट १०/०३/२०२३ को हुआ, होली के दो दिन बाद। उस साल होली नहीं खेल पाया, लेकिन इस साल अस्सी घाट पर दोस्तों ने मुझे ऊपर से नीचे तक हरा कर दिया 😄

अब शाम को गंगा किनारे बैठकर चाय पीता हूँ और सोचता हूँ कि आप कहाँ होंगे, क्या कर रहे होंगे। शायद आप भी अभी चाय पी रहे हों!

अगर कभी नियम इजाज़त दें, तो मेरा नंबर है ९८३९० ४५६१२। एक बार आपकी आवाज़ सुनना चाहता हूँ।

हर हर महादेव,
आदि
""", [("आदि", P, 0), ("उन्नीस", AGE), ("बनारस", LOC), ("बीएचयू", ORG), ("१०/०३/२०२३", DATE), ("अस्सी घाट", LOC),
      ("गंगा", LOC), ("९८३९० ४५६१२", CON), ("आदि", P, 2)],
    known={"names": ["Aditya Mishra"], "places": ["Varanasi"], "organisations": ["Banaras Hindu University"],
           "other": ["+91 98390 45612"]}, ok=("आदि",), var="hi-Deva")

# Y040 Hinglish: Noor, 22, Ludhiana; PGI; transplant on Gandhi Jayanti (the date is labelled, the holiday not);
# lower-case cousin "simran"; handle; ALL, BCom, WhatsApp, Waheguru not labelled.
add("hi", "patient_to_donor", """
Hiii donor ji!! 🙏

Main Noor, 22 saal ki, Ludhiana se. Sach bolun toh mujhe nahi pata yeh letter kaise likhte hain, isliye jaise WhatsApp pe baat karti hoon waise hi likh rahi hoon, sorry in advance 😅

Mujhe ALL hua tha last year, final year BCom ke beech mein. PGI mein itne mahine nikle ki wahan ke canteen wale bhaiya ko meri chai ka order yaad ho gaya tha, kam cheeni, extra adrak. Mummy roz Ludhiana se bus pakad ke aati thi, teen ghante one side.

Transplant 2nd Oct ko hua, Gandhi Jayanti wale din, toh papa kehte hain 'tera dusra janam bhi national holiday pe hua hai' lol.

Ab main bilkul theek hoon, baal wapas aa gaye (curly!!), aur meri cousin simran ki shaadi mein full bhangra kiya, doctor ne bola tha dheere, maine suna nahi 🙈

Aap jo bhi ho, jahan bhi ho, Waheguru aapko hamesha khush rakhe. Agar kabhi rules allow karein toh insta pe message karna: @noorvibes_22

Bahut saara pyaar,
Noor
""", [("Noor", P, 0), ("22", AGE, "22 saal"), ("Ludhiana", LOC, 0), ("PGI", ORG), ("Ludhiana", LOC, 1), ("2nd Oct", DATE),
      ("simran", P), ("@noorvibes_22", CON), ("Noor", P, 1)],
    known={"names": ["Navneet Kaur"], "places": ["Ludhiana"], "organisations": ["PGIMER Chandigarh"],
           "other": ["@noorvibes_22"]}, var="hi-Latn")

# Y041 Hinglish donor Rohan, thirty, Pune (Kothrud), TCS; MDRI and his donor ID; Jaslok; e-mail with "(at)"/"(dot)";
# the reader's approximate age ("around 55"), Maaza, Ganpati, "aai" not labelled.
add("hi", "donor_to_patient", """
Hello boss,

Main aapka donor, Rohan. Thirty saal ka hoon, Pune mein rehta hoon, Kothrud side, aur TCS mein kaam karta hoon (haan haan, wahi IT wala, laptop aur chai).

Sach kahun toh registration maine college mein Bunty ke saath mazaak mazaak mein kiya tha, usne bola 'chal swab de, free mein Maaza milega'. Aur dekho aaj. MDRI se call aaya toh pehle laga spam hai, phone kaat diya. Dobara aaya tab samjha, unhone bola apna donor ID MD-22-40817 note kar lo.

Donation 17/6 ko Jaslok mein hua, Mumbai. Ghar walon ko thoda tension tha, aai ne toh do din pehle se hi modak bana ke rakhe the jaise main yudh pe ja raha hoon. Process easy tha yaar, bas injection ke baad thoda body ache.

Mujhe bataya gaya ki aap ek aunty ho, around 55 ki. Aunty, jaldi theek ho jao, aur is baar Ganpati pe mere naam ka ek modak extra khana 😄

Kabhi mil sake toh badiya, mail karna: rohanp(at)outlook(dot)com

Take care,
Rohan
""", [("Rohan", P, 0), ("Thirty", AGE), ("Pune", LOC), ("Kothrud", LOC), ("TCS", ORG), ("Bunty", P), ("MDRI", ORG), ("MD-22-40817", OID),
      ("17/6", DATE), ("Jaslok", ORG), ("Mumbai", LOC), ("rohanp(at)outlook(dot)com", CON), ("Rohan", P, 1)],
    var="hi-Latn")

# Y042 Hinglish son Imran writing for his father, 64, Hyderabad; Yashoda (a hospital with a mythological name);
# Laad Bazaar; the family shop; e-mail with spaces; Paradise (a restaurant brand), Abbu, Ammi, MDS, roza, Eid not
# labelled.
add("hi", "family_to_donor", """
Assalamu alaikum donor sahab/sahiba,

Main Imran, mere Abbu ko aapke stem cells mile the. Abbu khud likhna chahte the lekin unki urdu likhawat sirf woh hi padh sakte hain, isliye main likh raha hoon, woh saamne baithe hain aur har line pe 'ye bhi likho, wo bhi likho' bol rahe hain.

Abbu 64 ke hain. Pichle saal unko MDS bataya gaya, phir Yashoda mein transplant hua, 22 March 2023 ko. Pehla roza tha us din, Abbu ne kaha roza toh nahi rakh sakta lekin dua poori rakhunga.

Ab woh wapas Laad Bazaar mein apni choodiyon ki dukaan 'Ali Bangle Store' pe baithne lage hain, sirf do ghante, hum zyada nahi baithne dete. Customers ko bata bata ke thakte nahi ki 'mere andar ek farishte ka khoon hai'.

Is saal Eid pe Abbu khud chal ke masjid tak gaye, Ammi ne wahan aapke liye khaas dua karwayi. Aur haan, Abbu bol rahe hain agar aap kabhi Hyderabad aao toh biryani unki taraf se, Paradise wali nahi, ghar wali, woh better hai.

Email: imran.ali.hyd @ gmail . com — agar permission ho toh zaroor likhiye.

Shukriya, dil se.
Imran aur Abbu
""", [("Imran", P, 0), ("64", AGE), ("Yashoda", ORG), ("22 March 2023", DATE), ("Laad Bazaar", LOC),
      ("Ali Bangle Store", ORG), ("Hyderabad", LOC), ("imran.ali.hyd @ gmail . com", CON), ("Imran", P, 1)],
    known={"names": ["Syed Imran Ali"], "places": ["Hyderabad"], "organisations": ["Yashoda Hospitals, Somajiguda"],
           "other": ["imran.ali.hyd@gmail.com"]}, var="hi-Latn")

# ======================================== German ========================================

# Y043 "Anni", 49, cantor at St. Nikolai (the cantor of a named church is a quasi-identifier); UKSH; "Frau Dr.
# Albers" as one span; "Heiligabend 2023" pins one day, so it is a DATE; "Herbst 2022" (diagnosis), the dog Jule,
# "Tochter Zion", AML and the German nouns are not labelled.
add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

seit Wochen liegt der Briefbogen auf meinem Klavier und ich schiebe es vor mir her, weil kein Wort groß genug ist. Jetzt also einfach los.

Ich bin Anni, neunundvierzig, und seit zwanzig Jahren Kantorin an St. Nikolai. Im Herbst 2022 konnte ich plötzlich die Orgeltreppe nicht mehr hochsteigen, ohne mich festzuhalten. Diagnose: AML. Dann ging alles sehr schnell, Chemo im UKSH, Frau Dr. Albers mit ihren bunten Socken, die mir jeden Morgen erklärte, was heute passiert.

Ihre Zellen habe ich Heiligabend 2023 bekommen. Mein Chor hat vor dem Fenster der Station „Tochter Zion“ gesungen, die Schwestern haben geweint, und ich auch. Ein schöneres Geschenk hat mir nie jemand gemacht.

Jetzt wohne ich wieder in Laboe, gehe jeden Tag mit unserer Hündin Jule am Strand entlang bis zum Ehrenmal und spiele sonntags wieder, noch mit Pausen. Die Gemeinde hat Geduld mit mir.

Ich weiß nicht, ob Sie gläubig sind. Ich bete jedenfalls für Sie, jeden Sonntag, leise, zwischen zwei Strophen.

Von Herzen danke,
Ihre Anni

PS: Falls Sie je an die Ostsee kommen – die Orgel klingt um 17 Uhr am schönsten.
""", [("Anni", P, 0), ("neunundvierzig", AGE), ("Kantorin", OID), ("St. Nikolai", ORG), ("UKSH", ORG),
      ("Frau Dr. Albers", P), ("Heiligabend 2023", DATE), ("Laboe", LOC), ("Ehrenmal", LOC), ("Anni", P, 1),
      ("Ostsee", LOC)], var="de-DE")

# Y044 Tyrolean donor "Luki", 27, ski instructor in the Ötztal, brass band; Klinik Innsbruck; "19. Jänner";
# "Tante Resi" as one span; the reader is a boy of twelve; handle in the PS; "Bub", "leiwand", "Spital" not labelled.
add("de", "donor_to_patient", """
Servus!

I bin dein Spender, und weil man mir g'sagt hat, ich darf dir schreiben, tu ich das jetzt, auch wenn ich mehr so der Typ fürs Reden bin als fürs Schreiben.

Ich heiß Luki, bin siebenundzwanzig und Skilehrer im Ötztal. Im Sommer spiel ich Flügelhorn bei der Musikkapelle Längenfeld, also wenn du irgendwo eine Blasmusik hörst, denk an mich, auch wenn's schief klingt.

Der Anruf kam im Herbst, mitten in der Vorbereitung für die Saison. Mein Chef hat nur gesagt: „Geh, des is wichtiger als jede Piste.“ Am 19. Jänner war dann die Entnahme an der Klinik Innsbruck. War ned schlimm, die Spritzen davor haben mehr zwickt, und das Spitalsessen war leiwand, ehrlich. Meine Tante Resi hat mir einen Rosenkranz mitgegeben, den hab ich die ganze Zeit in der Hand g'habt.

Man hat mir verraten, dass du ein Bub bist, zwölf Jahre alt. Ich hoff, du kannst bald wieder raus, in den Schnee oder ans Wasser, ganz wurscht. Und wenn du mal Skifahren lernen willst: Das erste Mal ist gratis, versprochen.

Halt dich tapfer!
Dein Luki

PS: Auf Insta bin ich @luki.imtal, falls das irgendwann erlaubt ist.
""", [("Luki", P, 0), ("siebenundzwanzig", AGE), ("Ötztal", LOC), ("Musikkapelle Längenfeld", ORG), ("19. Jänner", DATE),
      ("Klinik Innsbruck", ORG), ("Tante Resi", P), ("zwölf", AGE), ("Luki", P, 1),
      ("@luki.imtal", CON)], var="de-AT")

# Y045 Swiss parents of Jonas, 18 then 19, apprentice cheesemaker; "die Insel" (Inselspital; also the noun
# "island"); Langnau, Bern; Beat (a Swiss name that is also an English word); Emmentaler (a cheese) not labelled.
add("de", "family_to_donor", """
Grüezi liebe Spenderin, lieber Spender

Wir sind die Eltern von Jonas. Er war achtzehn, als er im letzten Lehrjahr als Käser plötzlich so müde wurde, dass er am Morgen nicht mehr aufs Velo kam. Wir dachten zuerst, er sei einfach faul. Es war eine schwere aplastische Anämie.

Die Zeit in der Insel war lang. Wir sind jeden Tag von Langnau nach Bern gefahren, haben am Bahnhof Kaffee aus dem Automaten getrunken und kaum geredet. Am 7.11.2022 hat Jonas Ihre Stammzellen bekommen. Der Pfleger Reto hat ein kleines Schweizerfähnli an den Infusionsständer geklebt.

Heute ist Jonas neunzehn, hat seine Lehrabschlussprüfung nachgeholt und arbeitet wieder in der Käserei. Er sagt, der Emmentaler schmecke jetzt anders, aber das glauben wir ihm nicht so ganz.

Sein Grosi hat Ihnen einen Schal gestrickt, den wir leider nicht schicken dürfen. Er liegt bei uns im Schrank, falls wir uns einmal kennenlernen dürfen.

Merci vielmal, von ganzem Herzen.
Ursula und Beat
""", [("Jonas", P, 0), ("achtzehn", AGE), ("Insel", ORG), ("Langnau", LOC), ("Bern", LOC), ("7.11.2022", DATE),
      ("Jonas", P, 1), ("Reto", P), ("Jonas", P, 2), ("neunzehn", AGE), ("Ursula", P), ("Beat", P)], var="de-CH")

# Y046 donor in Leipzig-Gohlis to the parents of Mats, 7, who died; DKMS; month and year of the donation are a
# DATE; Bagger, Kita, Typisierungsaktion (for another child) not labelled.
add("de", "donor_to_family", """
Liebe Familie,

ich habe Ihren Brief bekommen und ihn meinem Mann vorgelesen, und wir haben beide am Küchentisch gesessen und geweint. Es tut mir so unendlich leid, dass Ihr Sohn es nicht geschafft hat.

Sie haben geschrieben, dass er Mats hieß, dass er sieben war und Bagger liebte. Unser Sohn ist fünf und liebt auch Bagger. Seit Ihrem Brief bleibe ich an jeder Baustelle stehen.

Ich bin damals zur DKMS gekommen, weil es in unserer Kita in Gohlis eine Typisierungsaktion für ein anderes Kind gab. Gespendet habe ich im Mai 2023 in Dresden. Ich war so stolz und so aufgeregt. Ich habe mir vorgestellt, wie irgendwo ein Kind wieder gesund wird.

Dass Mats noch ein paar gute Monate hatte, dass er noch einmal an der Ostsee war und im Sand gebuddelt hat, bedeutet mir sehr viel. Danke, dass Sie mir das erzählt haben. Ich trage ihn mit mir herum, ganz fest.

Wenn Sie mögen, würde ich gern einmal eine Kerze für ihn anzünden. Sagen Sie mir einfach, an welchem Tag.

In Verbundenheit,
Ihre Spenderin
""", [("Mats", P, 0), ("sieben", AGE), ("fünf", AGE), ("DKMS", ORG), ("Gohlis", LOC), ("Mai 2023", DATE), ("Dresden", LOC),
      ("Mats", P, 1), ("Ostsee", LOC)], var="de-DE")

# Y047 Viennese retired Fiaker driver "Fritz", 71 (a rare job); Ottakring; AKH; "2. Feber" (Austrian month name);
# Rapid (a club that is also a word); Krügerl, "Vergelt's Gott" not labelled; known identifiers only in other forms.
add("de", "patient_to_donor", """
Sehr geehrte Spenderin, sehr geehrter Spender!

Der Fritz schreibt Ihnen, so nennen mich alle, seit ich denken kann. Einundsiebzig Jahre bin ich alt, davon vierzig Jahre Fiakerfahrer am Stephansplatz, jetzt in Pension, in Ottakring daham.

Voriges Jahr hat man mir gesagt, dass mein Blut nimmer will. Myelodysplastisches Syndrom, so ein Wort, das kann man sich ned merken. Im AKH hab ich dann so viele Monate verbracht, dass mich die Schwestern schon mit Namen gegrüßt haben, bevor ich aus dem Lift draußen war.

Am 2. Feber war's so weit, da sind Ihre Zellen gekommen. Meine Gerti hat ein Krügerl Bier mitgebracht, das ich natürlich nicht trinken durfte. Sie hat's dann selber getrunken, auf Ihr Wohl.

Meine zwei Enkerl, die Lena und der Maxi, haben mir jeden Tag ein Bild gemalt. Am End war die ganze Wand voller Pferde, weil sie wissen, dass ich die Rösser vermiss. Der Maxi hat gefragt, ob Ihre Zellen jetzt auch Wienerisch reden. Ich hab gesagt: Noch nicht, aber ich arbeite dran.

Jetzt geh ich wieder jeden Sonntag mit der Gerti zum Heurigen am Cobenzl, und wenn Rapid gewinnt, bin ich der glücklichste Mensch in ganz Wien. Das passiert nicht so oft, aber ich hab ja jetzt wieder Zeit.

Vergelt's Gott, von ganzem Herzen.
Ihr Fritz
""", [("Fritz", P, 0), ("Einundsiebzig", AGE), ("Fiakerfahrer", OID), ("Stephansplatz", LOC), ("Ottakring", LOC),
      ("AKH", ORG), ("2. Feber", DATE), ("Gerti", P, 0), ("Lena", P), ("Maxi", P, 0), ("Maxi", P, 1),
      ("Gerti", P, 1), ("Cobenzl", LOC), ("Rapid", ORG),
      ("Wien", LOC), ("Fritz", P, 1)],
    known={"names": ["Friedrich Koller"], "places": ["Wien-Ottakring"], "organisations": ["AKH Wien"]}, var="de-AT")

# Y048 shy donor, very short: no identifying detail at all (Leberkäse not labelled).
add("de", "donor_to_patient", """
Hallo,

ich bin die Person, von der Sie die Stammzellen bekommen haben. Ich schreibe nicht gern Briefe, aber meine Freundin meint, ich soll.

Die Spende war nicht schlimm, danach war ich nur müde. Ich denke oft an Sie, vor allem morgens beim Radfahren, und hoffe, dass es Ihnen jeden Tag ein bisschen besser geht. Und dass Sie bald wieder essen dürfen, worauf Sie Lust haben. Bei mir wäre es Leberkäse.

Alles Gute und viel Kraft,
Ihr Spender
""", [], var="de-DE")

# ======================================== Spanish ========================================

# Y049 "Malena" (Martha Elena), 43, taquería El Güero in Iztapalapa; Siglo XXI and IMSS; daughters Paz and Fe
# ("mucha paz", "fe fue" are the words); the reader's country as fact; Club América (also a continent); phone half in
# words; "En 2022" (diagnosis), la Virgencita, Dios not labelled.
add("es", "patient_to_donor", """
¡Querido donante!

Ay, no sé ni por dónde empezar. Soy Malena, tengo cuarenta y tres años, vivo en Iztapalapa con mis dos hijas y mi mamá, y desde hace quince años tenemos una taquería, El Güero, que mi papá abrió antes de que yo naciera.

En 2022 me diagnosticaron leucemia y el mundo se me vino encima. Me atendieron en el Siglo XXI del IMSS, y le digo que las enfermeras de ahí son ángeles con uniforme. Mi hija Paz, la más grande, dejó la prepa un semestre para cuidarme. Eso me duele todavía. La chiquita, Fe, tiene once años y le dice a todo el mundo que su mamá ahora tiene sangre de gringo. Le pusimos Fe porque llegó después de muchos años de intentarlo, y fe fue lo que tampoco nos faltó esta vez.

El trasplante fue el 18 de abril de 2023. Yo le recé a la Virgencita toda la noche, y a usted también, aunque no sé su nombre. Ahora ya estoy en la taquería otra vez, nada más en la caja, porque el doctor no me deja acercarme al trompo todavía.

Dicen que usted es un muchacho joven de Estados Unidos. Si algún día viene a México, los tacos al pastor van por mi cuenta, toda la vida. Y le regalo una playera del América, aunque sea usted de otro equipo.

Mi número, por si algún día se puede: 55 dos ocho cuatro uno 9 3 7 0.

Que Dios le bendiga y le dé mucha paz, que es lo que usted me dio a mí.

Con todo mi cariño,
Malena
""", [("Malena", P, 0), ("cuarenta y tres", AGE), ("Iztapalapa", LOC), ("El Güero", ORG), ("Siglo XXI", ORG), ("IMSS", ORG),
      ("Paz", P), ("Fe", P, 0), ("once", AGE), ("Fe", P, 1), ("18 de abril de 2023", DATE), ("Estados Unidos", LOC), ("México", LOC), ("América", ORG),
      ("55 dos ocho cuatro uno 9 3 7 0", CON), ("Malena", P, 1)],
    known={"names": ["Martha Elena Reyes"], "places": ["Iztapalapa, CDMX"], "organisations": ["IMSS"]}, var="es-MX")

# Y050 Sevillian plumber "Curro", 38, costalero in a Triana brotherhood; REDMO; Virgen del Rocío (a hospital with a
# religious name: "la Virgen" alone is not labelled); the reader's country as fact; Feria not labelled.
add("es", "donor_to_patient", """
¡Hola, compañero o compañera!

Soy tu donante. Me llamo Curro, tengo treinta y ocho años y vivo en Triana, a dos calles del río, en Sevilla. Trabajo de fontanero y los fines de semana soy costalero en la Hermandad de la Esperanza de Triana, así que la espalda la tengo acostumbrada a cargar con cosas pesadas, jaja.

Me apunté a REDMO hace años, cuando un chaval del barrio necesitaba médula. Él al final encontró donante en Alemania y está estupendo. Yo me quedé en la lista y mira, ahora me ha tocado a mí echar una mano.

La donación fue el 2 de octubre en el Virgen del Rocío. Mi madre, que es muy de la Virgen, se pasó la mañana rezando en la capilla del hospital. Yo me pasé la mañana viendo vídeos de gatos. Cada uno con lo suyo.

No sé quién eres, solo que eres una mujer y que vives en Francia. Espero que estés mejor cada día, que tengas ganas de comer, de salir, de reírte. Si algún día vienes a Sevilla en abril, la Feria la vivimos juntos.

Un abrazo muy fuerte,
Curro
""", [("Curro", P, 0), ("treinta y ocho", AGE), ("Triana", LOC, 0), ("Sevilla", LOC, 0),
      ("Hermandad de la Esperanza de Triana", ORG), ("REDMO", ORG), ("Alemania", LOC), ("2 de octubre", DATE),
      ("Virgen del Rocío", ORG), ("Francia", LOC), ("Sevilla", LOC, 1), ("Curro", P, 1)], var="es-ES")

# Y051 Rosario father "Gus" of Dolores ("Dolo"), 12; Garrahan; Casa Ronald; transplant on 9/7 (Independence Day:
# the date is labelled, the holiday not); Newell's; weekdays, "Mi señora" not labelled.
add("es", "family_to_donor", """
Querido donante:

Te escribe Gus, el papá de Dolores. En casa le decimos Dolo, y ella odia que le digan Dolores, así que ya la estoy haciendo enojar desde la primera línea.

Dolo tiene doce años. A los diez le diagnosticaron una leucemia mieloide. Nosotros somos de Rosario y tuvimos que mudarnos casi un año a Buenos Aires para el tratamiento en el Garrahan. Mi señora dormía en la Casa Ronald, yo laburaba de lunes a jueves y los viernes me tomaba el micro. Fue durísimo, no te voy a mentir.

El trasplante fue el 9/7, Día de la Independencia. Los enfermeros le pusieron una escarapela en la cabecera de la cama. Dolo dice que ese día ella también se independizó de la enfermedad. Tiene unas salidas esta piba...

Ahora volvió al colegio, juega al hockey en el club y grita los goles de Newell's más fuerte que yo. Todavía tiene que cuidarse, pero está re bien.

No sabemos nada de vos. Solo queremos que sepas que en una casa de Rosario hay una familia que te quiere sin conocerte.

Un abrazo enorme,
Gus
""", [("Gus", P, 0), ("Dolores", P, 0), ("Dolo", P, 0), ("Dolores", P, 1), ("Dolo", P, 1), ("doce", AGE),
      ("diez", AGE, "A los diez"), ("Rosario", LOC, 0), ("Buenos Aires", LOC), ("Garrahan", ORG), ("Casa Ronald", ORG),
      ("9/7", DATE), ("Dolo", P, 2), ("Newell's", ORG), ("Rosario", LOC, 1), ("Gus", P, 1)], var="es-AR")

# Y052 Medellín courier "Sebas", 24, from Envigado, worked for Rappi; Pablo Tobón Uribe (a hospital with a person's
# name); "doña Gloria" (one span; "Gloria a Dios" is not a name); a licence plate;
# Atanasio; "el Verde"; TikTok handle; Maluma,
# "en el 2022" (diagnosis) not labelled.
add("es", "patient_to_donor", """
¡Quiubo, parce!

Le escribe Sebas, el que recibió sus células madre. Tengo 24 años, soy de Envigado y antes de enfermarme trabajaba de domiciliario en Rappi, en moto, todo el día por Medellín con la maleta naranja.

Me dio una leucemia en el 2022 y pues me tocó parar todo. En el Pablo Tobón Uribe me cuidaron como a un hijo. Mi mamá, doña Gloria, no se despegó de mí ni un día, y le rezaba a Dios y a todos los santos, hasta a Maluma creo jaja.

El trasplante fue el 30 de enero. Me acuerdo de que llovía durísimo y yo pensaba: "ahí viene mi donante, mojado y todo". Ya sé que las células vienen en una bolsita, no me juzgue.

Ahorita ya estoy bien, parce. Todavía no vuelvo a la moto (la pobre, placa KQW 61E, está guardada donde mi tío), pero ya fui al Atanasio a ver al Verde y casi me da algo de la emoción.

Usted es un bacán. Si alguna vez se puede, búsqueme en TikTok, @sebas.en.moto, ahí subo videítos de mi recuperación.

Gloria a Dios y gracias a usted,
Sebas
""", [("Sebas", P, 0), ("24", AGE), ("Envigado", LOC), ("Rappi", ORG), ("Medellín", LOC), ("Pablo Tobón Uribe", ORG),
      ("doña Gloria", P), ("30 de enero", DATE), ("KQW 61E", OID), ("Atanasio", LOC), ("Verde", ORG), ("@sebas.en.moto", CON),
      ("Sebas", P, 1)], var="es-CO")

# Y053 Bilbao widow "Bego": Iñaki, 59, died after the transplant; "Bilbo" (Basque name of the known city); San Mamés
# (a stadium with a saint's name); Cruces (a hospital that is also the word "crosses"); a txoko; known identifiers
# only in other forms.
add("es", "family_to_donor", """
Querido donante:

Soy Bego, la mujer de Iñaki. Le escribo desde Bilbo, con la lluvia de siempre en la ventana, para contarle algo que me cuesta mucho poner en palabras: Iñaki falleció el 28 de diciembre de 2023. Tenía cincuenta y nueve años.

No quiero que esta carta sea solo triste, porque él no lo habría querido. Gracias a usted tuvimos un verano entero más. Fuimos a San Mamés a ver al Athletic (perdieron, como siempre que íbamos juntos), paseamos por la ría hasta el Guggenheim, él con mascarilla y yo con el paraguas. Volvió a cocinar marmitako en el txoko Gure Etxea con sus amigos de toda la vida. Se reía tanto.

En Cruces nos trataron de maravilla, y la doctora Arregi nos dijo desde el principio que había que ir día a día. Eso hicimos.

Usted le regaló tiempo, y el tiempo era lo único que pedíamos.

Eskerrik asko, de todo corazón.
Bego
""", [("Bego", P, 0), ("Iñaki", P, 0), ("Bilbo", LOC), ("Iñaki", P, 1), ("28 de diciembre de 2023", DATE),
      ("cincuenta y nueve", AGE), ("San Mamés", LOC), ("Athletic", ORG), ("Guggenheim", LOC), ("Gure Etxea", ORG),
      ("Cruces", ORG), ("doctora Arregi", P), ("Bego", P, 1)],
    known={"names": ["Begoña Etxeberria"], "places": ["Bilbao"], "organisations": ["Hospital Universitario Cruces"]},
    var="es-ES")

# Y054 Chilean donor, 30, history teacher in "Valpo"; her school; Cerro Alegre; DKMS; donation on 21 de mayo (a
# holiday: the date is labelled); the reader (a boy of two) lives in Santiago; "po", "cachai" not labelled.
add("es", "donor_to_patient", """
Hola, hola,

Soy tu donante, escribiéndote desde Valpo, con vista al puerto y un café que ya se enfrió porque llevo media hora mirando esta hoja en blanco.

Tengo treinta años, soy profe de historia en el Liceo Eduardo de la Barra y vivo en el Cerro Alegre, en una casa azul que se cae a pedazos pero que amo. Me inscribí en la DKMS en una campaña en la plaza Sotomayor, cachai, entre los turistas y los perros callejeros.

Doné el 21 de mayo, día feriado, así que mientras me sacaban las células afuera pasaban los desfiles y sonaban las bandas, y yo ahí, conectada a la máquina, sintiéndome parte del desfile po.

Me contaron que eres un niño chiquitito, de dos años, y que estás en Santiago. Ojalá que cuando crezcas te guste el mar tanto como a mí. Acá te espero para enseñarte a subir en los ascensores.

Te mando toda la buena onda del mundo,
tu donante
""", [("Valpo", LOC), ("treinta", AGE), ("Liceo Eduardo de la Barra", ORG), ("Cerro Alegre", LOC), ("DKMS", ORG),
      ("plaza Sotomayor", LOC), ("21 de mayo", DATE), ("dos", AGE, "de dos años"), ("Santiago", LOC)], var="es-CL")

# ======================================== Dutch ========================================

# Y055 Rotterdam tram driver "Den", 37, on line 25 (the quasi-identifier); RET; "het Erasmus"; daughter Fie (zes);
# de Kuip; "Rotterdammer" (a demonym) and MDS not labelled; known identifiers only in other forms.
add("nl", "patient_to_donor", """
Hoi donor,

Ik ben Den, 37 jaar, Rotterdammer in hart en nieren, en ik heb jouw stamcellen gekregen. Dat moest ik even opschrijven want ik geloof het soms zelf nog niet.

Ik rijd al twaalf jaar op tram 25 voor de RET, dus als je ooit in Rotterdam bent en een bestuurder ziet die te hard 'goedemorgen' roept, dat ben ik. Of was ik. Ik mag over een maand weer beginnen, eerst halve diensten.

Twee jaar geleden bleek dat ik MDS had. Een half jaar Erasmus, op en neer vanuit Charlois, mijn vrouw die alles regelde, mijn dochtertje Fie (zes) die tekeningen van bacteriën met boze gezichten maakte voor op mijn kamer. Op 4 april 2023 kwam jij. Nou ja, jouw zakje.

Sindsdien gaat het elke maand beter. Vorige week stond ik weer in de Kuip, Feyenoord won, ik heb gejankt, maar dat kwam niet door de wedstrijd.

Ik weet niet wie je bent maar ik hoop dat jij ook iemand hebt die zo voor je zorgt als mijn vrouw voor mij.

Bedankt, man. Of vrouw. Bedankt.
Den
""", [("Den", P, 0), ("37", AGE), ("tram 25", OID), ("RET", ORG), ("Rotterdam", LOC), ("Erasmus", ORG), ("Charlois", LOC),
      ("Fie", P), ("zes", AGE, "(zes)"), ("4 april 2023", DATE), ("Kuip", LOC), ("Feyenoord", ORG), ("Den", P, 1)],
    known={"names": ["Dennis de Groot"], "places": ["Rotterdam-Charlois"], "organisations": ["Erasmus MC"]},
    var="nl-NL")

# Y056 Flemish donor "Lotte" (Charlotte), 29, primary teacher in the Patershol; Rode Kruis; UZ Gent; e-mail with
# "punt"/"apenstaartje"; Clouseau (a band), Gentse Feesten (an event) not labelled; known identifiers in other forms.
add("nl", "donor_to_patient", """
Dag gij daar,

Amai, hoe begint ge zoiets? Ik ben uw donor. Ik ben Lotte, negenentwintig, juf van het tweede leerjaar, en ik woon met mijn lief en twee katten in een veel te klein huisje in het Patershol.

Ik heb mij laten registreren bij het Rode Kruis toen ik zelf bloed ging geven, zo tussen de koffiekoeken door. Jaren later belden ze: 'ge zijt misschien een match'. Ik heb direct ja gezegd, zonder nadenken, en dan pas beginnen panikeren natuurlijk.

Op 15/11 was het zover, in het UZ Gent. Ik heb heel de tijd naar de plafondtegels liggen kijken en liedjes van Clouseau in mijn hoofd gezongen, sorry daarvoor. De verpleegsters waren schatten van mensen.

Mijn klasje heeft voor u een grote kaart gemaakt met 'word rap beter' erop, en een regenboog, en een tekening van een virus dat wegloopt. Ik mag ze niet opsturen, maar weet dat ze bestaat.

Als ge ooit goesting hebt om naar de Gentse Feesten te komen, laat het weten: lotte punt vermeulen apenstaartje telenet punt be.

Veel liefs en allez, doe maar efkes rustig aan,
Lotte
""", [("Lotte", P, 0), ("negenentwintig", AGE), ("Patershol", LOC), ("Rode Kruis", ORG), ("15/11", DATE), ("UZ Gent", ORG),
      ("lotte punt vermeulen apenstaartje telenet punt be", CON), ("Lotte", P, 1)],
    known={"names": ["Charlotte Vermeulen"], "places": ["Gent"], "organisations": ["Rode Kruis-Vlaanderen"],
           "other": ["lotte.vermeulen@telenet.be"]}, var="nl-BE")

# Y057 Frisian parents of Jelle, 11 ("bijna twaalf" is approximate and not labelled); Prinses Máxima Centrum (a
# royal's name inside an organisation); Grou; sister Femke; "opa" not labelled.
add("nl", "family_to_donor", """
Beste donor,

Wij zijn de ouders van Jelle. Jelle is elf en hij wil per se dat we in deze brief zetten dat hij 'bijna twaalf' is. Bij dezen.

Toen hij negen was kreeg hij leukemie, ALL. We hebben bijna een jaar in het Prinses Máxima Centrum in Utrecht gewoond, zo voelde het tenminste, en de rest van de tijd in de auto tussen Utrecht en Grou. Op 1 juni kreeg hij jouw stamcellen. Zijn grote zus Femke had een spandoek gemaakt, 'WELKOM NIEUWE CELLEN', dat hangt nu nog boven zijn bed.

Afgelopen winter lag er eindelijk weer eens ijs en heeft Jelle zijn eerste rondjes geschaatst op de ijsbaan in het dorp. Zijn opa stond aan de kant te huilen. Opa huilt nooit.

Hij zegt dat hij later ook donor wordt. En dokter. En profvoetballer. We zien wel.

Dankjewel dat je dit hebt gedaan voor een jongen die je nooit hebt ontmoet.

Hartelijke groet,
Anke en Sjoerd
""", [("Jelle", P, 0), ("Jelle", P, 1), ("elf", AGE), ("negen", AGE), ("Prinses Máxima Centrum", ORG), ("Utrecht", LOC, 0),
      ("Utrecht", LOC, 1), ("Grou", LOC), ("1 juni", DATE), ("Femke", P), ("Jelle", P, 2), ("Anke", P), ("Sjoerd", P)],
    var="nl-NL")

# Y058 Limburg grandfather, 66, from Waterschei in Genk; "het Jessa" in Hasselt; wife Rita; cycling club;
# "Italiaanse", "Limburgse" (demonyms), "nonno", distances not labelled.
add("nl", "patient_to_donor", """
Beste donor,

Ik ben een man van zesenzestig uit Waterschei, in Genk, zoon van een Italiaanse mijnwerker, en ik heb in mijn leven nog nooit een brief aan een onbekende geschreven. Mijn kleindochter zegt dat ik dat moet doen en dat ik niet te veel moet zagen. Ik zal mijn best doen.

Vorig jaar was ik plots altijd moe. Ik dacht: ouderdom. Het was leukemie. In het Jessa in Hasselt hebben ze mij door een lange winter gesleept, en op 12 februari 2024 kreeg ik uw cellen. Mijn vrouw Rita zat naast mij en zei: 'Nu zijt ge half iemand anders, ik hoop dat die beter afwast.'

Ik fiets weer. Niet ver, niet snel, maar elke zondag met de mannen van WTC De Zwaluw, tot aan het café en terug. Vroeger reed ik honderd kilometer, nu dertig. Dertig kilometer die ik aan u te danken heb.

Mijn nonno zei altijd: wie helpt zonder te vragen, heeft een groot hart. Hij had gelijk.

Met grote dank,
een Limburgse grootvader
""", [("zesenzestig", AGE), ("Waterschei", LOC), ("Genk", LOC), ("Jessa", ORG), ("Hasselt", LOC), ("12 februari 2024", DATE),
      ("Rita", P), ("WTC De Zwaluw", ORG)], var="nl-BE")

# Y059 dairy farmer Bram, 44, near Staphorst, to the widow of Henk (a carpenter); Matchis; month and year of the
# donation are a DATE; Leiden (a city that is also the verb "leiden").
add("nl", "donor_to_family", """
Beste mevrouw, beste familie,

Via Matchis kreeg ik uw brief. Ik heb hem gelezen in de melkstal, tussen twee koeien in, en ik moest even gaan zitten op een emmer.

Wat vreselijk dat uw man er niet meer is. U schreef dat hij Henk heette, dat hij timmerman was en dat hij na de transplantatie nog een boomhut voor de kleinkinderen heeft gebouwd. Die boomhut krijg ik niet meer uit mijn hoofd. Ik zie hem voor me, met een potlood achter zijn oor.

Ik ben Bram, vierenveertig, boer in de buurt van Staphorst. Ik heb gedoneerd in maart 2023, in Leiden, en was de week erna alweer aan het melken. Mijn vrouw zei toen al: 'Je hebt vast iemand heel gelukkig gemaakt.' Dat is dus waar geweest, al was het korter dan we allemaal hoopten.

Als u het goed vindt, plant ik dit voorjaar een eikenboom achter de schuur, voor Henk. Dan groeit er toch iets door.

Met hartelijke groet en veel sterkte,
Bram
""", [("Matchis", ORG), ("Henk", P, 0), ("Bram", P, 0), ("vierenveertig", AGE), ("Staphorst", LOC), ("maart 2023", DATE),
      ("Leiden", LOC), ("Henk", P, 1), ("Bram", P, 1)], var="nl-NL")

# Y060 student: no identifying detail at all, but a known list (to catch false alarms); Suikerfeest not labelled.
add("nl", "patient_to_donor", """
Lieve donor,

ik had een hele brief in mijn hoofd maar nu ik pen en papier heb is hij weg. Dus gewoon dit: dankjewel. Echt.

Ik was bang, heel lang. Ik heb maanden in een kamer gelegen waar ik de deur niet uit mocht, en mijn moeder stond elke dag achter het raam te zwaaien met een bakje eten dat ik toch niet mocht. Nu eet ik alles. Echt alles. Met het Suikerfeest zat ik eindelijk weer met iedereen aan tafel. Mijn moeder is blij, mijn broertjes minder, want er blijft niks over.

Ik ben weer begonnen met studeren. Langzaam, twee vakken, maar ik zit weer in de collegezaal en ik verveel me weer bij statistiek, en dat voelt geweldig.

Ik hoop dat het goed met je gaat en dat iemand je vandaag een knuffel geeft. Die is van mij.

Liefs,
je ontvanger
""", [],
    known={"names": ["Yara El Idrissi"], "places": ["Utrecht"], "organisations": ["UMC Utrecht"],
           "other": ["06-41789230"]}, var="nl-NL")


main()
