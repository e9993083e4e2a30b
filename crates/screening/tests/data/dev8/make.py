#!/usr/bin/env python3
"""Build letters.jsonl, the eighth hand-written development set for the letter screener (60 letters, ids T001-T060).

DOCSTRING_PLACEHOLDER
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "T", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== English ========================================

# T001 retired plasterer from near Holmfirth, "soon 61", cornet in a brass band; the Hallamshire; Valentine's-day
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

# T002 donor, 28, from Tillamook, the only woman on the volunteer fire crew; emoji; Taylor Swift, Oreos, "10/10",
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

# T003 Irish mother of Oisín ("Osh"), 9, from Ballina; Crumlin as the hospital; GAA club; "seventh birthday" is an
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

# T004 formal Indian English, retired SBI branch manager, 58, Nagpur; Tata Memorial; hospital file number; phone
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

# T005 donor, 34, runs the pub in a tiny town past Meekatharra; Fiona Stanley (a hospital with a person's name);
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

# T006 South African widow: husband died after the transplant; Groote Schuur; Paarl-Noord; Sunflower Fund; GvHD,
# "March of last year", "seventeen months" not labelled.
add("en", "family_to_donor", """
Dear donor,

I don't quite know how to begin this. My husband Kobus received your stem cells in March of last year at Groote Schuur, and I am so sorry to tell you that he passed away on the 17th of August 2023. He was 63.

I wanted you to hear it from us and not only from an office, because you were part of our family for seventeen months. Kobus spoke about you often. He called you "my twin" and claimed he'd started liking pineapple on pizza because of you, so we blamed you for that, I hope you don't mind.

Those months were a gift. He walked our daughter Elna down the aisle in the little church in Paarl-Noord, he saw our grandson's first steps, he sat on the stoep in the evenings with his coffee watching the mountain go pink. When the GvHD got into his lungs he was tired, but never bitter.

Please don't ever think what you did was wasted. It wasn't. Not for one day.

Some of us have since helped at a Sunflower Fund drive so that more people can do what you did.

With love and gratitude from all of us,
Marie
""", [("Kobus", P, 0), ("Groote Schuur", ORG), ("17th of August 2023", DATE), ("63", AGE), ("Kobus", P, 1), ("Elna", P),
      ("Paarl-Noord", LOC), ("Sunflower Fund", ORG), ("Marie", P)], var="en-ZA")

# T007 shy Irish donor, very short: no identifying detail at all.
add("en", "donor_to_patient", """
Dear recipient,

I'm not very good at this sort of thing so this will be short. I'm your donor. I was told you were doing okay and I was really glad, I went for a long walk afterwards just to think about it.

I don't have anything clever to say. I hope the food in the hospital is better than what they gave me (the macaroni was rotten). I hope you get home soon if you're not home already, and that you get to do whatever it is you love doing.

Mind yourself.

All the best,
your donor
""", [], var="en-IE")

# T008 forklift driver at H-E-B in "Corpus", 46; MD Anderson; daughter Faith; e-mail with "at"/"dot"; "fall 2022"
# (diagnosis), Christmas, God, "mijo" not labelled.
add("en", "patient_to_donor", """
Dear Donor,

My name is Rob, I'm 46, I'm a husband to Dolores and dad to three kids and I drive a forklift at the H-E-B warehouse here in Corpus. I never wrote a letter to a stranger before so bear with me.

They found my leukemia by accident at a work physical in fall 2022. By Christmas I was living in Houston at MD Anderson and my wife was sleeping in a recliner next to me. We kept saying "when the match comes" like it was a bus.

The bus came. June 6th, 2023. My birthday was two weeks later, on the transplant floor, and the nurses sang to me in English and Spanish, out of tune, it was beautiful.

My oldest, Faith, she's sixteen, she wants to get on the registry the minute she's old enough. My youngest, Junior, asked if you were a superhero. I said kind of. He said does he have a cape. I said I don't know mijo, maybe.

If you ever want to write back for real, my email is rgarza77 at yahoo dot com. No pressure. I just want to say thank you to your face one day, and cook you the best brisket of your life.

God bless you and your family.
Rob
""", [("Rob", P, 0), ("46", AGE), ("Dolores", P), ("H-E-B", ORG), ("Corpus", LOC), ("Houston", LOC), ("MD Anderson", ORG),
      ("June 6th, 2023", DATE), ("Faith", P), ("sixteen", AGE), ("Junior", P), ("rgarza77 at yahoo dot com", CON),
      ("Rob", P, 1)], var="en-US")

# T009 Bengaluru donor, 24, tester at Infosys; DATRI; friend Sunny (the "sunny day" in the PS is not a name);
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

# T010 Tasmanian ferry skipper, 52 ("53 by the time you read this"); "the Royal"; phone half in words; "winter 2021"
# (diagnosis), ward 5B, Thursday not labelled; known identifiers appear only in other forms.
add("en", "patient_to_donor", """
Hello from the bottom of the world,

To the person who saved my life: I'm Jen, I'm 52 (53 by the time you read this if the post is as slow as they reckon), and I skipper the car ferry across to Bruny Island. Or I did, and I will again, the boss has promised.

I was diagnosed in winter 2021 after a very embarrassing faint in the wheelhouse. Then came months at the Royal, three rounds of chemo, a relapse, and finally the news on a Thursday arvo that there was a match overseas. I rang my sister Trish and neither of us could talk.

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

# T011 Welsh daughter writing for her mother, 74; "the Heath"; "Shrove Tuesday 2023" pins one day, so it is a DATE;
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

# T012 donor, 39, chemistry teacher in Vermont, to the family of Hope (a name that is also a word: "I hope" is not
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

# T013 Lyon hairdresser "Mimi" (Michèle), 45 ans, salon named after her nickname; Édouard-Herriot (a hospital named
# after a person); "docteur Faure" as one span; LAM, "pavillon E" not labelled; known first name verbatim.
add("fr", "patient_to_donor", """
Chère donneuse,

(on m'a dit que vous étiez une femme, alors je me permets !!)

Je m'appelle Michèle mais tout le monde m'appelle Mimi, j'ai 45 ans et je suis coiffeuse à la Croix-Rousse depuis vingt ans, L'Atelier de Mimi, petite boutique rouge en haut de la montée, si vous passez un jour vous aurez la coupe gratuite à vie, c'est promis, je l'ai dit à tout le monde.

J'ai eu une leucémie aiguë myéloïde, LAM comme ils disent. Le 3 mars on m'a greffée à Édouard-Herriot, pavillon E, et franchement je ne pensais pas voir l'été. Et là je vous écris depuis ma terrasse avec un petit rosé (un seul, le docteur Faure a dit un seul).

Mes clientes ont fait une cagnotte pour payer les taxis pendant six mois. Ma fille Inès a repris le salon toute seule à 22 ans, elle a été formidable.

Je ne sais pas qui vous êtes, ni où vous vivez, mais je pense à vous chaque fois que je vois mes cheveux repousser (tout frisés en plus, la coiffeuse qui a les cheveux frisés, la honte !).

Merci merci merci, du fond du cœur.
Mimi ❤️
""", [("Michèle", P), ("Mimi", P, 0), ("45", AGE), ("Croix-Rousse", LOC), ("L'Atelier de Mimi", ORG), ("3 mars", DATE),
      ("Édouard-Herriot", ORG), ("docteur Faure", P), ("Inès", P), ("22", AGE), ("Mimi", P, 2)],
    known={"names": ["Michèle Baudry"], "places": ["Lyon"], "organisations": ["Hospices Civils de Lyon"]},
    var="fr-FR")

# T014 Belgian donor, bus driver on line 4 in Namur; Jambes (a district that is also the word "legs"); Saint-Luc;
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

# T015 Swiss parents of Lou, 14; CHUV; transplant on 1 August (national day: the date is labelled, the holiday
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

# T016 Québécois retiree "Gillou", 58, ex-Alcan; Maisonneuve-Rosemont; 23 juin (the Saint-Jean is not labelled);
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

# T017 Breton donor, 36, nursery teacher in Quimperlé, to the family after the death of Jean-Yves, 68; the month and
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

# T018 shy student, almost nothing identifying: only "le CHU" (the known hospital in short form); lower-case start.
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

# T019 mother of baby Gabin (10 months at transplant, now 2); Necker; Instagram handle; "Mamie Jo" as one span;
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

# T020 Marseille baker "Momo" turning 40 ("mon 40e"); la Timone; l'OM; phone in number words; the reader's
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
