#!/usr/bin/env python3
"""Build letters.jsonl, the second hand-written development set for the letter screener.

Every letter below is data: its text, a list of (surface, category[, where]) tuples and an optional
`known` dict (the writer's own identifiers as the registry holds them). No offset is written by hand.

    where missing : the surface must occur exactly once as a whole word
    where an int  : the n-th (0-based) whole-word occurrence
    where a str   : a context string that occurs exactly once in the text and contains the surface

"Whole word" means the characters on either side are not letters, marks, digits or "_". In Japanese and
Chinese letters any substring counts. In Hebrew letters a one- or two-letter prefix (ב ל מ ה ו ש כ) in
front of the word is allowed, because the span leaves those prefixes out.

Checks (the script stops and writes nothing if one fails): every surface is found; a surface without
`where` is unique; spans are sorted and do not overlap; no span starts or ends with whitespace or
punctuation (an abbreviation's final full stop and a handle's leading "@" are allowed); every labelled
name, place, organisation, contact or ID that occurs again is labelled there too, unless listed in `ok`;
every `known` identifier (and every part of a known name with 3 or more characters) that appears verbatim
lies inside a span; length 60-350 words (Japanese/Chinese 100-600 characters); no duplicate letters.
After writing, letters.jsonl is read back and `text[start:end] == span["text"]` is checked again.

    python3 make.py            build letters.jsonl
    python3 make.py --stats    build it and print counts
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters.jsonl")

CATS = {"PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"}
REPEAT_CATS = {"PERSON", "LOCATION", "ORGANIZATION", "CONTACT", "OTHER_ID"}
DIRECTIONS = {"patient_to_donor", "donor_to_patient", "family_to_donor", "donor_to_family"}
NOSPACE = {"ja", "zh"}
HE_PREFIX = set("בלמהושכ")

LETTERS = []


def add(lang, direction, text, spans, known=None, ok=()):
    LETTERS.append({"language": lang, "direction": direction, "text": text.strip(),
                    "spans": spans, "known": known, "ok": tuple(ok)})


def is_word(ch):
    return ch == "_" or unicodedata.category(ch)[0] in "LMN"


def is_punct(ch):
    return unicodedata.category(ch)[0] == "P"


def matches(text, surface, lang):
    """All (start, end) whole-word occurrences of surface in text."""
    out = []
    i = text.find(surface)
    while i >= 0:
        j = i + len(surface)
        ok = True
        if lang not in NOSPACE:
            if is_word(surface[0]) and i > 0 and is_word(text[i - 1]):
                ok = False
                if lang == "he":
                    k = i
                    while k > 0 and text[k - 1] in HE_PREFIX and i - k < 2:
                        k -= 1
                    if k < i and (k == 0 or not is_word(text[k - 1])):
                        ok = True
            if is_word(surface[-1]) and j < len(text) and is_word(text[j]):
                ok = False
        if ok:
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


ABBREV_END = re.compile(r"(?:^|[\s.])(?:\w{1,4}|\w*str)\.$")


def word_count(text, lang):
    if lang in NOSPACE:
        return sum(1 for ch in text if not ch.isspace())
    return len(text.split())


def build():
    errors = []
    records = []
    seen_texts = {}
    for n, L in enumerate(LETTERS, 1):
        lid = f"D{n:03d}"
        text, lang = L["text"], L["language"]

        def err(msg):
            errors.append(f"{lid} ({lang}): {msg}")

        if L["direction"] not in DIRECTIONS:
            err(f"bad direction {L['direction']}")
        norm = re.sub(r"\W+", " ", text.lower()).strip()
        if norm in seen_texts:
            err(f"duplicate of {seen_texts[norm]}")
        seen_texts[norm] = lid
        wc = word_count(text, lang)
        lo, hi = (100, 600) if lang in NOSPACE else (60, 350)
        if not lo <= wc <= hi:
            err(f"length {wc} outside {lo}-{hi}")
        spans = []
        for t in L["spans"]:
            if len(t) == 2:
                surface, cat = t
                where = None
            else:
                surface, cat, where = t
            if cat not in CATS:
                err(f"bad category {cat} for {surface!r}")
                continue
            if where is None or isinstance(where, int):
                ms = matches(text, surface, lang)
                if not ms:
                    err(f"not found: {surface!r}")
                    continue
                if where is None:
                    if len(ms) > 1:
                        err(f"not unique ({len(ms)}x): {surface!r}")
                        continue
                    a, b = ms[0]
                else:
                    if where >= len(ms):
                        err(f"occurrence {where} of {surface!r} not found ({len(ms)}x)")
                        continue
                    a, b = ms[where]
            else:
                c = text.find(where)
                if c < 0:
                    err(f"context not found: {where!r}")
                    continue
                if text.find(where, c + 1) >= 0:
                    err(f"context not unique: {where!r}")
                    continue
                k = where.find(surface)
                if k < 0:
                    err(f"surface {surface!r} not in context {where!r}")
                    continue
                a, b = c + k, c + k + len(surface)
            s = text[a:b]
            if s[0].isspace() or (is_punct(s[0]) and not (cat == "CONTACT" and s[0] == "@")):
                err(f"span starts with space/punctuation: {s!r}")
            if s[-1].isspace() or (is_punct(s[-1]) and not (s[-1] == "." and ABBREV_END.search(s))):
                err(f"span ends with space/punctuation: {s!r}")
            spans.append({"start": a, "end": b, "category": cat, "text": s})
        spans.sort(key=lambda x: (x["start"], x["end"]))
        for x, y in zip(spans, spans[1:]):
            if y["start"] < x["end"]:
                err(f"overlap: {x['text']!r} / {y['text']!r}")
        covered = bytearray(len(text))
        for s in spans:
            covered[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])

        def inside(a, b):
            return all(covered[a:b])

        for s in spans:
            if s["category"] not in REPEAT_CATS or s["text"] in L["ok"]:
                continue
            for a, b in matches(text, s["text"], lang):
                if not inside(a, b):
                    err(f"{s['text']!r} occurs again at {a} unlabelled")
        for o in L["ok"]:
            if text.find(o) < 0:
                err(f"exception {o!r} does not occur")
        known = L["known"]
        if known is not None:
            for key in ("names", "places", "organisations", "other"):
                if key not in known:
                    known[key] = []
            extra = set(known) - {"names", "places", "organisations", "other"}
            if extra:
                err(f"bad known keys {extra}")
            items = [x for v in known.values() for x in v]
            for name in known["names"]:
                items += [p for p in re.split(r"[\s\-]+", name) if len(p) >= 3]
            for item in items:
                if item in L["ok"]:
                    continue
                for a, b in matches(text, item, lang):
                    if not inside(a, b):
                        err(f"known identifier {item!r} at {a} is not inside a span")
        records.append({"id": lid, "language": lang, "direction": L["direction"], "text": text,
                        "spans": spans, "known": known})
    return records, errors


def main():
    records, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(f"{len(errors)} error(s); nothing written")
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = []
    with open(tmp, encoding="utf-8") as f:
        for line in f:
            back.append(json.loads(line))
    bad = []
    for r in back:
        for s in r["spans"]:
            if r["text"][s["start"]:s["end"]] != s["text"]:
                bad.append(f"{r['id']}: {s}")
    if len(back) != len(records) or bad:
        os.remove(tmp)
        for b in bad:
            print("ERROR read-back", b, file=sys.stderr)
        sys.exit("read-back check failed; nothing written")
    os.replace(tmp, OUT)
    print(f"wrote {len(records)} letters, {sum(len(r['spans']) for r in records)} spans to {OUT}")
    if "--stats" in sys.argv:
        stats(records)


def stats(records):
    langs = Counter(r["language"] for r in records)
    dirs = defaultdict(Counter)
    for r in records:
        dirs[r["language"]][r["direction"]] += 1
    print("\nlanguage  letters  p2d d2p f2d d2f  known  no-spans")
    for lang, n in langs.most_common():
        rs = [r for r in records if r["language"] == lang]
        d = dirs[lang]
        print(f"{lang:<9}{n:>8}  {d['patient_to_donor']:>3} {d['donor_to_patient']:>3} "
              f"{d['family_to_donor']:>3} {d['donor_to_family']:>3}  {sum(r['known'] is not None for r in rs):>5}"
              f"  {sum(not r['spans'] for r in rs):>8}")
    cats = Counter(s["category"] for r in records for s in r["spans"])
    with_cat = Counter(c for r in records for c in {s["category"] for s in r["spans"]})
    print("\ncategory       spans  letters")
    for c in ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"]:
        print(f"{c:<14}{cats[c]:>6}  {with_cat[c]:>7}")
    print(f"{'all':<14}{sum(cats.values()):>6}  {sum(bool(r['spans']) for r in records):>7}")
    print("\nby language x category")
    print("lang  " + " ".join(f"{c[:6]:>6}" for c in sorted(CATS)))
    for lang, _ in langs.most_common():
        cc = Counter(s["category"] for r in records if r["language"] == lang for s in r["spans"])
        print(f"{lang:<6}" + " ".join(f"{cc[c]:>6}" for c in sorted(CATS)))
    wcs = sorted(word_count(r["text"], r["language"]) for r in records if r["language"] not in NOSPACE)
    ccs = sorted(word_count(r["text"], r["language"]) for r in records if r["language"] in NOSPACE)
    print(f"\nwords (spaced scripts): {wcs[0]}-{wcs[-1]}, median {wcs[len(wcs)//2]}")
    if ccs:
        print(f"characters (ja/zh): {ccs[0]}-{ccs[-1]}")


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------
P, LOC, ORG, DATE, CON, AGE, OID = "PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"

# ======================================== English ========================================

add("en", "patient_to_donor", """
hey donor!!

so my mom said i should write this myself and not let her do it lol. im Summer and im 16 now. i got your cells when i was 15, right before sophomore year, and honestly i dont remember much from the first month bc of all the meds. the nurses at Cincinnati Children's said your cells came on a plane from really far away?? either way thank you so much 💛

Summer break this year was the first one where i could actually go outside and be normal. i went to the pool with my friends and my mom cried about it which was embarrassing but ok. im back at Lakota East for junior year and i made the volleyball team again (JV but still). my counts are good and Dr. Patel says my chimerism is 100% you haha so i guess im part you now. do you like pickles? because i never did and now i eat them all the time. my mom thinks thats a you thing.

anyway i hope you have the best life ever. you literally gave me mine back.

love, Summer
p.s. i wanted to handwrite this but my handwriting is SO bad
""", [("Summer", P, 0), ("16", AGE), ("15", AGE), ("Cincinnati Children's", ORG), ("Lakota East", ORG),
      ("Dr. Patel", P), ("Summer", P, 2)],
    known={"names": ["Summer Reyes"], "places": ["West Chester, OH"],
           "organisations": ["Cincinnati Children's Hospital Medical Center"], "other": []},
    ok=("Summer",))

add("en", "donor_to_patient", """
Dear Recipient,

I've started this letter about six times. My wife Bev says just write it like you'd talk, so here goes. I'm 34, I'm a plasterer, and I live about ten minutes from the ground, so you can probably guess I'm Stoke City through and through, for my sins. I signed up with Anthony Nolan years ago when a lad I played five-a-side with got ill, and forgot all about it until they rang me in the middle of a job in Hanley with plaster up to my elbows.

The collection was on 9 November at the London Clinic. Four hours in a chair watching Pointless with a needle in each arm, and the nurses kept me going with tea and custard creams. It was honestly the easiest thing I've ever done for anyone. The hardest bit was not being able to tell my mum who it was for, because I don't know myself!

I don't know if you're a bloke or a lass, young or old, and I don't need to. I just hope you're getting stronger every week. If you like football, I'm sorry in advance if you support Port Vale.

All the best, and I mean that,
your donor

P.S. Bev says I'm to tell you I'm a better plasterer than letter writer.
""", [("Bev", P, 0), ("34", AGE), ("Stoke City", ORG), ("Anthony Nolan", ORG), ("Hanley", LOC),
      ("9 November", DATE), ("London Clinic", ORG), ("Bev", P, 1)])

add("en", "family_to_donor", """
Dear Donor,

This is the letter I prayed I would never have to write. Our son Will passed away on March 3rd, 2023, at Texas Children's in Houston. He was six. He got 214 more days because of you, and I need you to know they were good days. He learned to ride a bike without training wheels in the hospital parking garage (don't tell anyone). He went back to kindergarten for three whole weeks. He got to hold his baby cousin.

Will loved dinosaurs, Paw Patrol and anything with sprinkles on it. He called your cells his "superhero blood" and told every nurse on the unit that his donor was probably a firefighter. Maybe you are!

His big sister Hope drew the picture in this envelope. She is nine and she wants you to know that Will was brave. She's right.

We don't blame anyone. The GvHD was just too much for his little body in the end. Please don't ever regret what you did. You gave a mother seven more months of bedtime stories, and I will hold onto every one of them.

With love and gratitude,
Will's mom
""", [("Will", P, 0), ("March 3rd, 2023", DATE), ("Texas Children's", ORG), ("Houston", LOC), ("six", AGE),
      ("Will", P, 1), ("Hope", P), ("nine", AGE), ("Will", P, 2), ("Will", P, 3)],
    known={"names": ["William Dunn", "Rachel Dunn"], "places": ["Katy, TX"], "organisations": [], "other": []})

add("en", "patient_to_donor", """
Dear Life-Giver,

Namaste. I am writing this letter with folded hands and a full heart. I am 52 years old and I am a branch manager with State Bank of India in Nagpur. In June 2022 my blood reports came very bad and after many tests the doctors told me it is AML. My only brother was not a match, and my family was very worried.

Then the DATRI people informed us that an unrelated donor is found. My transplant was done at Tata Memorial in Mumbai on 14th February 2023. My wife says God sent you on Valentine's Day especially for us. I was in the hospital for 41 days and now I am back at my desk, though the doctor has told me no handshakes for some more time!

My daughter Kavya is studying engineering and she says you are her second father. My son is in class 10 and he has decided he will also register as a donor when he turns 18.

This Diwali we lit one extra diya for you. If you ever wish to meet us, my mobile number is 98220 41773. You will always be welcome in our home.

With respect and gratitude,
Your recipient
""", [("52", AGE), ("State Bank of India", ORG), ("Nagpur", LOC), ("DATRI", ORG), ("Tata Memorial", ORG),
      ("Mumbai", LOC), ("14th February 2023", DATE), ("Kavya", P), ("98220 41773", CON)],
    known={"names": ["Suresh Deshpande"], "places": ["Nagpur"], "organisations": ["Tata Memorial Hospital"],
           "other": ["9822041773"]})

add("en", "donor_to_patient", """
Hi,

I'm not much of a writer so this will be short. I'm 28, a vet nurse, and I live in a small town in the Riverina with two kelpies and far too many chooks. When the Strength to Give people rang I said yes before they'd even finished the sentence. I hope my cells are behaving themselves and you're feeling a bit more like you every week.

Take care of yourself,
your donor ☺
""", [("28", AGE), ("Riverina", LOC), ("Strength to Give", ORG)])

add("en", "patient_to_donor", """
Dear Donor,

My name is Bridie and I am seventy-one years of age, which the doctors in St. James's told me was nearly too old for a transplant, but here I am writing to you with a cup of tea at my elbow. I am a grandmother eleven times over and a widow these nine years.

Some of what happened I remember and some I do not. I remember the day, the 22nd of August 2022, because it was my late husband's birthday and I took that as a sign. I remember a nurse from Kerala called Sister Annie who sang to me at night when I couldn't sleep. I do not remember most of September at all, and my daughter says that is a blessing.

I am home in Ballina now. I run the wool shop on Pearse Street, or I did, and my granddaughter Aoife, who is thirteen, has been minding it with her mother. Half the town came in to ask after me. Father Devine said a Mass for you at St. Muredach's, for "a stranger who did a great kindness", and the whole church said Amen.

I hope you are young and healthy and that you never need anyone to do for you what you did for me. If you are ever in Mayo for the fishing, you would not pay for a pint in this town.

God bless you always,
Bridie
""", [("Bridie", P, 0), ("seventy-one", AGE), ("St. James's", ORG), ("22nd of August 2022", DATE),
      ("Kerala", LOC), ("Sister Annie", P), ("Ballina", LOC), ("run the wool shop", OID), ("Pearse Street", LOC),
      ("Aoife", P), ("thirteen", AGE), ("Father Devine", P), ("St. Muredach's", ORG), ("Mayo", LOC),
      ("Bridie", P, 1)],
    known={"names": ["Bridget Ruane"], "places": ["Ballina, Co. Mayo"], "organisations": ["St. James's Hospital"],
           "other": []})

add("en", "donor_to_family", """
To the family of the person who got my stem cells,

The registry told me last week that your loved one did not make it. I have been sitting with that news for days trying to figure out what to say. I'm sorry. I'm so sorry. I know my sorry doesn't fix anything, but I wanted you to hear it from me and not just from a coordinator.

I'm a 45-year-old father of three from Baltimore. I drive the number 22 bus for the MTA, up and down North Avenue, and every day since I donated I've looked at my passengers and wondered if one of them was somebody like your person. When I got the call from Be The Match, our pastor at Bethel AME had the whole congregation pray for a stranger, and they kept praying every Sunday after. We are going to keep praying now, for you.

I don't know their name or their age or what they liked to do. I wish I did. If you ever want to tell me about them, I would be honored to listen. If you never want to hear from me again, I understand that too.

Please know a man you have never met is grieving with you.

With deepest sympathy,
your donor
""", [("45", AGE), ("Baltimore", LOC), ("drive the number 22 bus", OID), ("MTA", ORG), ("North Avenue", LOC),
      ("Be The Match", ORG), ("Bethel AME", ORG)])

add("en", "patient_to_donor", """
Hello from the frozen middle of Canada!

I'm Gord, I'm a retired high school shop teacher, and I turned 63 in the hospital, which is not how I pictured it. Had the transplant at CancerCare Manitoba in April 2022 after about a year of the MDS getting worse and worse. My wife Linda kept a notebook of every blood count from day one. She has 3 notebooks now. She wants me to tell you the day my neutrophils came back she bought a cake and ate most of it herself.

I'm back to curling on Thursday nights (badly) and I've been building a cedar-strip canoe in the garage. I figure I'll have it in the water at Falcon Lake by next summer if the Jets don't keep distracting me. Linda says you must be a patient person because I'm much calmer than I used to be. Could be the drugs, could be you.

If the rules ever let us, I'd love to shake your hand. Canadian Blood Services says after a year we can swap details. I'm easy to find: gord.lindqvist (at) shaw (dot) ca. Until then, thank you. That word doesn't cover it but it's what I've got.

Gord
""", [("Canada", LOC), ("Gord", P, 0), ("63", AGE), ("CancerCare Manitoba", ORG), ("April 2022", DATE), ("Linda", P, 0),
      ("Linda", P, 1), ("Falcon Lake", LOC), ("Jets", ORG), ("Canadian Blood Services", ORG),
      ("gord.lindqvist (at) shaw (dot) ca", CON), ("Gord", P, 1)],
    known={"names": ["Gordon Lindqvist"], "places": ["Winnipeg, MB"], "organisations": [],
           "other": ["gord.lindqvist@shaw.ca"]})

add("en", "family_to_donor", """
Dear Donor,

Salamat po from the bottom of our hearts. I am the mother of the little girl who received your gift. Her name is Grace but everybody calls her Gracie, and she turned nine on October 12 with a cake shaped like a unicorn and a lot of cousins screaming.

When she got sick, the doctors at UCSF Benioff told us it would be hard to find a match because of her background. Filipino donors are very rare in the registry. We prayed a novena every night and our whole parish at St. Andrew in Daly City prayed with us. Her Lolo Ben even learned to use Facebook so he could share the swab drive posts. And then there was you.

Gracie is back in third grade now. She is very bossy and she loves Jollibee and K-pop and her little brother, not in that order. Some days she is tired and she still has to take many medicines, but she is running around and laughing, and for a mother that is everything.

We don't know who you are, but we will be praying for you at every Simbang Gabi for the rest of our lives.

Maraming salamat,
Gracie's mama
""", [("Grace", P), ("Gracie", P, 0), ("nine", AGE), ("October 12", DATE), ("UCSF Benioff", ORG),
      ("St. Andrew", ORG), ("Daly City", LOC), ("Lolo Ben", P), ("Gracie", P, 1), ("Gracie", P, 2)],
    known={"names": ["Maria Grace Villanueva", "Corazon Villanueva"], "places": ["Daly City"],
           "organisations": [], "other": []})

add("en", "donor_to_patient", """
Dear friend,

I hope this letter finds you well and resting. I'm your donor! I'm a 23-year-old medical student at King's College London, which means I spend a lot of time around sick people, but I never thought I'd be able to do something like this for one of them.

I signed up at an ACLT drive at my church in Peckham when I was 18. My pastor's nephew needed a donor and the queue went round the block. He never found his match, and I think about him a lot. So when DKMS called to say I was a match for someone, I actually cried in the library. My little brother Tunde thought somebody had died.

The donation itself was fine. I got a few days of bone aches from the injections and my mum made me enough jollof rice to feed a hospital ward. Now I'm back to revising for exams and telling everyone who'll listen to get swabbed, especially people from Black and mixed-race backgrounds, because there just aren't enough of us on the register.

Whoever you are, I'm rooting for you every single day.

Love,
your donor
""", [("23", AGE), ("King's College London", ORG), ("ACLT", ORG), ("Peckham", LOC), ("18", AGE),
      ("DKMS", ORG), ("Tunde", P)],
    known={"names": ["Adaeze Okonkwo"], "places": ["London SE15"], "organisations": ["King's College London"],
           "other": []})

add("en", "patient_to_donor", """
Kia ora e hoa,

Ko Aroha tōku ingoa. I'm writing from Rotorua, where the air smells of eggs and nobody notices anymore. I'm 38, a mum of two and a nan of one, which makes me young for a nan and old for a transplant patient, apparently.

They did my transplant at Auckland City Hospital and I was away from my whānau for nearly three months. My moko is 4 and she thought I was living at the hospital for good. When I finally came home the whole marae at Ōhinemutu put on a hāngī for me. Everyone wanted to know about "the donor". I told them the truth, that I don't know anything about you except that you must have a big heart.

Matariki was extra special this year. We said the names of the ones we lost and then we said thank you for the ones who gave. You were in that list, even without a name.

Look after yourself. You're part of our whānau now whether you like it or not.

Ngā mihi nui, nui te aroha,
Aroha
""", [("Aroha", P, 0), ("Rotorua", LOC), ("38", AGE), ("Auckland City Hospital", ORG), ("4", AGE),
      ("Ōhinemutu", LOC), ("Aroha", P, 1)])

add("en", "donor_to_patient", """
Dear Recipient,

Greetings from Germany! Well, sort of. I'm an American, 31 years old, and I'm an Air Force nurse stationed at Ramstein. I got swabbed at a drive for the C.W. Bill Young Marrow Donor Program during basic training about nine years ago and honestly forgot about it. Then last spring my phone rang with a number from the States and a very nice lady asked if I was still willing.

My husband Mark had to do a lot of convincing of my mom, who thought they were going to take out my spine. They did not. I went to Landstuhl for the collection and the worst part was being told to sit still for five hours. On your mark, get set, donate, right?

I don't know anything about you, but I've been picturing you getting stronger every week, eating real food again, maybe annoying your nurses the way I annoy mine. I hope whatever you love doing, you get to go back to it.

Take care and God bless,
your donor
""", [("31", AGE), ("Germany", LOC), ("Air Force nurse", OID), ("Ramstein", LOC), ("C.W. Bill Young Marrow Donor Program", ORG),
      ("Mark", P), ("Landstuhl", LOC)])

add("en", "patient_to_donor", """
Dear donor

Its Jack. Im fourteen and I had ALL and you gave me your bone marrow. Thanks a lot I mean it. GOSH were amazing and the play specialists let me win at FIFA loads which I now know was on purpose.

I'm back at school 3 days a week. My mates made me a banner. I missed my mocks so I have to catch up before GCSEs which is the worst thing about all of this honestly. Also my hair came back curly and I look like my nan.

Do you support anyone? I'm Arsenal. If your Spurs then never mind lol.

Cheers
Jack
""", [("Jack", P, 0), ("fourteen", AGE), ("GOSH", ORG), ("Arsenal", ORG), ("Jack", P, 1)],
    known={"names": ["Jack Whitmore"], "places": ["Enfield"], "organisations": ["Great Ormond Street Hospital"],
           "other": []})

add("en", "family_to_donor", """
G'day,

I'm writing for our son, because he's still learning his letters. Lachie (7) had his transplant at the Royal Children's on Tuesday 8 August 2023, and I reckon that's the day our family started breathing again.

He was diagnosed just after Anzac Day the year before. We live out in Footscray, and for the best part of a year I drove that road to Parkville twice a day. His mum practically lived on the ward. Our daughter stayed with her grandparents and learned to make pancakes.

He's home now, bald as a badger and cheeky as ever. He's watched every single episode of Bluey at least four times and he wants to know if you've got a dog. Once his counts are up he's going back to the under-8s at Yarraville Cricket Club, where they kept his cap on the bench for him the whole season.

His mum started an Instagram to keep the family posted, @lachies.big.fight, and 2,000 strangers ended up following him. None of them did what you did though, mate.

Cheers, from the bottom of our hearts,
Lachie's dad
""", [("Lachie", P, 0), ("7", AGE), ("Royal Children's", ORG), ("Tuesday 8 August 2023", DATE), ("Footscray", LOC),
      ("Parkville", LOC), ("Yarraville Cricket Club", ORG), ("@lachies.big.fight", CON), ("Lachie", P, 1)])

add("en", "donor_to_patient", """
Dear Recipient,

Hello from Bangalore! I am your donor. My friends call me Megs and I am 29 years old. I work as a software engineer at Infosys and most of my life happens on a laptop, so doing something this real felt very strange and very beautiful.

I registered with DATRI at a camp in my college canteen many years ago. Honestly I only did it because my friend said they were giving free samosas. When they called me I had to google what PBSC means! My parents were scared at first. My mother kept asking if I would still be able to get married. I told her the donation doesn't come with a groom.

I donated at Narayana Health City on 23 January 2023. The staff were so kind and the whole thing took about five hours. My arm was sore and I slept a lot after, that's all.

I think about you every time I see the little plaster mark on my arm. I hope you are eating well, laughing a lot, and growing stronger every day.

With lots of love and prayers,
Your donor
""", [("Bangalore", LOC), ("Megs", P), ("29", AGE), ("Infosys", ORG), ("DATRI", ORG), ("Narayana Health City", ORG),
      ("23 January 2023", DATE)],
    known={"names": ["Meghana Rao"], "places": ["Bengaluru"], "organisations": ["Infosys Ltd"],
           "other": ["DATRI-KA-88213"]})

add("en", "patient_to_donor", """
Dear Donor,

Baie dankie. That's Afrikaans for thank you very much, and it's the first thing I said when they told me a match had been found overseas, because in South Africa the odds for someone like me are not good.

A bit about me, within the rules: I turned 50 in isolation, so my 50th was a video call and a cupcake pushed through the door on a tray. I'm the only female tug master in the port of Cape Town, which my crew will tell you makes me impossible to argue with. I got your cells at Groote Schuur on 18 May 2022 and spent the next six weeks watching Table Mountain through a window I wasn't allowed to open.

I'm back on the water now, part-time. The first morning I took the tug out again, the guys on the harbour radio all said welcome back and I had to pretend it was sea spray on my face.

SABMR told me I could write once, so here it is. Whoever you are, wherever you are, there's a woman on a tugboat at the bottom of Africa who thinks of you every single sunrise.

Lekker bly,
your recipient
""", [("South Africa", LOC), ("50", AGE, "turned 50"), ("50", AGE, "my 50th"), ("only female tug master in the port", OID),
      ("Cape Town", LOC), ("Groote Schuur", ORG), ("18 May 2022", DATE), ("Table Mountain", LOC), ("SABMR", ORG)])

add("en", "donor_to_patient", """
Hi!! OK so they said I can tell you a few things about me as long as they aren't too specific, so here's a list because that's how my brain works:

1. I'm 20.
2. I row for the University of Wisconsin, which means I get up at 4:45 every morning to freeze on Lake Mendota. My coach was way more worried about my donation than my mom was.
3. I have a dog named Biscuit. He's not allowed to know about this because he'd be jealous.
4. I donated on Halloween! The nurses were dressed as the Avengers and one of them was a very convincing Hulk.
5. I registered at a Be The Match table in the student union because a girl handed me a cookie. Best cookie of my life.
6. I hate cilantro. If you suddenly hate cilantro, that's me, sorry.

I really hope you're doing OK. I think about you at practice when it's dark and my hands are numb and I'm like, well, somebody out there has it way harder than me, so pull harder.

Sending you all the good vibes,
your donor (my roommates call me Bean)
""", [("20", AGE), ("University of Wisconsin", ORG), ("Lake Mendota", LOC), ("Be The Match", ORG), ("Bean", P)])

add("en", "family_to_donor", """
Assalamu alaikum, dear donor.

I am the father of the boy who received your stem cells. He is 11 years old and his name is Zayn. He asked me to write because his hands still shake a little from the medicine, but he told me exactly what to say, so this is from both of us.

First, he wants you to know that he is now taller than his older sister, which he says is because of your cells. Second, he wants to know if you like cricket, because he does, very much.

The transplant was on the 5th of April 2023 at Birmingham Children's Hospital, during Ramadan. My wife and I broke our fast every evening on the ward with the nurses, and one of them brought dates from home for us. At Green Lane Masjid in Small Heath the imam asked the whole jamaat to make dua for an unknown donor. I want you to know that hundreds of people you will never meet have prayed for you by name, even though the name they used was just "the donor".

Alhamdulillah, Zayn is home. On Eid he wore new clothes and ate too much sheer khurma.

May Allah reward you with every good thing.
Zayn's Abbu
""", [("11", AGE), ("Zayn", P, 0), ("5th of April 2023", DATE), ("Birmingham Children's Hospital", ORG),
      ("Green Lane Masjid", ORG), ("Small Heath", LOC), ("Zayn", P, 1), ("Zayn", P, 2)],
    known={"names": ["Imran Hussain", "Zayn Hussain"], "places": ["Birmingham B10"],
           "organisations": ["Birmingham Women's and Children's NHS FT"], "other": []})

add("en", "patient_to_donor", """
Dear Friend,

My name is Mort, short for Mortimer, which nobody has called me since my mother passed. I celebrated my 67th birthday on a transplant floor at Mount Sinai with a Jell-O cup and a nurse named Dolores who sang Happy Birthday in a key I'd never heard before.

I was a court stenographer in Brooklyn for 38 years, so I've spent my life writing down what other people say. Now I'm trying to say something myself and it's harder than I thought.

Gift of Life found you. I'm told you are younger than my son. I'm told you said yes right away. In my tradition we say that whoever saves one life, it is as if they saved the whole world. I used to think that was a nice saying. Now I think it's just accurate.

My grandson had his bar mitzvah last month at Congregation Beth Elohim and I was there, standing, in a suit that's a bit too big now. During the blessings I thought about you.

Eat something good tonight. Put it on my tab.

With enormous gratitude,
Mort
""", [("Mort", P, 0), ("Mortimer", P), ("67", AGE, "67th"), ("Mount Sinai", ORG), ("Dolores", P),
      ("court stenographer", OID), ("Brooklyn", LOC), ("Gift of Life", ORG), ("Congregation Beth Elohim", ORG),
      ("Mort", P, 1)],
    known={"names": ["Mortimer Feld"], "places": ["Brooklyn, NY"], "organisations": ["Mount Sinai Hospital"],
           "other": []})

add("en", "donor_to_patient", """
Dear You,

I've never written to a stranger before. I'm the only midwife on the island, so most of my letters are to mothers, and they usually start with "Congratulations".

Well. Congratulations on your new cells!

I live in Stornoway, on the Isle of Lewis, and getting to the mainland to donate was a whole adventure in itself: the ferry to Ullapool, then the long drive down to Glasgow in a storm. My collection was on the 14th of March. The nurse in charge was from Lewis as well, if you can believe it, so we spent the whole afternoon gossiping in Gaelic about people we both knew.

I'm told I can't say much more than that. I don't know if you're a man or a woman, or how old you are, and it doesn't matter one bit. You were someone who needed help, and I happened to have the right bits.

Tapadh leibh for letting me be part of your story. Get well, stay well.

With warm wishes from the edge of the Atlantic,
your donor
""", [("only midwife on the island", OID), ("Stornoway", LOC), ("Isle of Lewis", LOC), ("Ullapool", LOC),
      ("Glasgow", LOC), ("14th of March", DATE), ("Lewis", LOC, 1)])

add("en", "patient_to_donor", """
Dear Donor ji,

Sat Sri Akal! I hope you are keeping well. I am a 24-year-old girl from Chandigarh and I received your stem cells in March 2023 at PGI after two years of thalassemia-related problems and then the bad news of MDS.

My family thanks Waheguru every single day for you. My mother did an Akhand Path at home and my father, who never cries, cried at the hospital gate when the doctor told us the engraftment had happened. My younger sister Simran made a poster for my room that said "Welcome Home Donor Cells" and my cousin Bunty stuck it on the ceiling so I could see it while lying down.

I am finishing my M.Com now and I want to work in a bank. I also started volunteering with the donor drive at Panjab University, so that more Punjabi people register. We are very few in the registries and I want to change that.

I don't know your name or your country, but I have put your letter in my Gutka Sahib so I keep you close.

With lots of love and respect,
Your blood sister
""", [("24", AGE), ("Chandigarh", LOC), ("March 2023", DATE), ("PGI", ORG), ("Simran", P), ("Bunty", P),
      ("Panjab University", ORG)],
    known={"names": ["Harleen Kaur Sandhu"], "places": ["Chandigarh"], "organisations": ["PGIMER Chandigarh"],
           "other": []})

add("en", "donor_to_family", """
To the family,

I was told this morning. I'm so sorry for your loss.

I donated at Fiona Stanley in Perth and I remember lying there thinking about who the cells were going to. I pictured a kid, or a grandma, or someone like my dad. Now I know they belonged to someone you loved and lost, and I wish with everything that it had ended differently.

You don't owe me a reply. I just didn't want the last thing between us to be a form letter.

Thinking of you,
the donor
""", [("Fiona Stanley", ORG), ("Perth", LOC)])

add("en", "patient_to_donor", """
Querido donante, dear donor,

I don't know if you speak Spanish so I'm going to write in both, like I talk at home. My name is Esperanza, which means hope, and my husband Chuy says that's why I didn't give up.

I got sick the same year my daughter turned quince. We had to cancel the party. They did my transplant at City of Hope el 2 de junio de 2022 and I was in the hospital 40 días. Mi familia vino todos los días from Boyle Heights, two buses each way, porque my husband doesn't drive on the freeway.

Now I'm home. I went back to work at the panadería on Cesar Chavez Avenue, just mornings for now. Every morning when I make the conchas I say a little prayer for you. My daughter finally had her quince party, one year late, and she danced the vals with her dad and then she made the whole family stand up and do a toast "por el donante". There were 200 people there, so 200 people toasted you.

Que Dios te bendiga siempre. God bless you always.

Con todo mi corazón,
Esperanza
""", [("Esperanza", P, 0), ("Chuy", P), ("quince", AGE, "turned quince"), ("City of Hope", ORG),
      ("2 de junio de 2022", DATE), ("Boyle Heights", LOC), ("Cesar Chavez Avenue", LOC), ("Esperanza", P, 1)],
    known={"names": ["Esperanza Delgado"], "places": ["Los Angeles, CA"], "organisations": ["City of Hope"],
           "other": []})

add("en", "donor_to_patient", """
Dear recipient,

I'm not sure what people usually write in these. I hope you are feeling better than you were and that the hospital food wasn't too bad. Mine was fine. I had a sandwich and watched half a film.

I think about you sometimes on my walk to work and hope it's a good day for you.

Best wishes for the months ahead, and for all the years after that,
from your donor
""", [], known={"names": ["Thomas Barker"], "places": ["Leeds"], "organisations": ["Anthony Nolan"], "other": []})

add("en", "family_to_donor", """
Annwyl Roddwr, dear Donor,

I'm writing on behalf of my husband Dai, who says he's "no good with words", which is rich for a man who's sung tenor with Treorchy Male Choir for thirty years.

Dai had his transplant at the University Hospital of Wales on Tuesday the 7th of November, three weeks before his 60th. The consultant said he was fit for his age, which went straight to his head. He spent his birthday in a side room with a tiny cake and the whole choir singing Calon Lân down the phone, which set off every nurse on the ward.

He's home in the valley now, walking a bit further up the mountain every day. He says he can see the whole of Rhondda from the top and he thinks about you when he gets there, getting his breath back.

The choir have asked me to tell you that if you're ever in Wales, there'll be a seat in the front row at the next concert with your name on it. Well, with "DONOR" on it.

Diolch o galon,
Mrs D.
""", [("Dai", P, 0), ("Treorchy Male Choir", ORG), ("Dai", P, 1), ("University Hospital of Wales", ORG),
      ("Tuesday the 7th of November", DATE), ("60", AGE, "his 60th"), ("Rhondda", LOC), ("Wales", LOC, 1),
      ("Mrs D.", P)],
    known={"names": ["Glenys Morgan", "David Morgan"], "places": ["Treorchy"], "organisations": ["UHW"],
           "other": []})

add("en", "patient_to_donor", """
Dear Donor,

Hello! I'm Wei Ling, 19, from Singapore. My Ah Ma says I must write properly and not use Singlish, so I will try my best lah.

I had my transplant at NUH on 27/9/2022, two weeks after my A-level results came out. I didn't even get to celebrate. The Bone Marrow Donor Programme people told my parents there was no match in Singapore and they had to search overseas, so somewhere far away, you said yes to a stranger. My father still can't talk about that part without going quiet.

I'm better now. I started uni this year, doing nursing, because of the nurses in Ward 64 who took care of me. On weekends I help my parents at our chicken rice stall at Tampines Round Market (I won't say which one, but we have the longest queue, hehe).

Every Chinese New Year we will set one extra pair of chopsticks for you. My Ah Ma insisted.

Thank you, thank you, thank you.
Wei Ling
""", [("Wei Ling", P, 0), ("19", AGE), ("Singapore", LOC, 0), ("NUH", ORG), ("27/9/2022", DATE),
      ("Bone Marrow Donor Programme", ORG), ("Singapore", LOC, 1), ("Ward 64", LOC),
      ("chicken rice stall at Tampines Round Market", OID), ("Wei Ling", P, 1)],
    known={"names": ["Tan Wei Ling"], "places": ["Tampines, Singapore"], "organisations": ["National University Hospital"],
           "other": ["S9987654Z"]})

add("en", "donor_to_patient", """
Dear Recipient,

Keep the faith! That's what my wife Faith always tells me, and it's what I want to tell you.

I'm a firefighter with the Tulsa Fire Department, 36 years old, dad to three wild kids aged 9, 6 and 2. My job is mostly waiting around and then running into places other people are running out of, so when Be The Match called and said somebody out there needed me, it felt like just another call. A slower one, with better snacks.

The crew at the station shaved their heads when they found out I was donating. I told them that wasn't how it works and they did it anyway. We looked ridiculous for a month.

I pray for you every night with my kids. My youngest just says "and bless the person" because she can't remember the word recipient. I think that's about right though.

You hang in there. You've got a whole firehouse pulling for you.

God bless,
your donor
""", [("Faith", P), ("Tulsa Fire Department", ORG), ("36", AGE), ("9", AGE), ("6", AGE), ("2", AGE),
      ("Be The Match", ORG)],
    known={"names": ["Caleb Harmon"], "places": ["Broken Arrow, OK"], "organisations": ["Tulsa Fire Department"],
           "other": []})

add("en", "patient_to_donor", """
to my donor

sorry if my spelling is bad i have dislexia and my mam said just write it how it comes out. my name is kyle im 22 and i was reely ill last year with leukeamia. i work at greggs in middlesbrough (the one near the bus station) and i was so tired i kept falling asleep in the back on the flour sacks lol. my manager Tracey made me go the doctors and thats how they found it.

i had the transplant at james cook on the 3rd of feb and i was in for ages. i was proper scared but the nurses was mint. theres one called Big Steve who is the best nurse in the world and he let me watch the boro on his phone when i wasnt alowed visitors.

i dont really know what to say apart from thanks man. you didnt even know me and you done this. im back at work now doing half days and tracey gives me free sausage rolls which she never did before haha.

if your ever in the north east the sausage rolls are on me

cheers
kyle
""", [("kyle", P, 0), ("22", AGE), ("greggs", ORG), ("middlesbrough", LOC), ("Tracey", P), ("james cook", ORG),
      ("3rd of feb", DATE), ("Big Steve", P), ("boro", ORG), ("tracey", P), ("north east", LOC), ("kyle", P, 1)],
    known={"names": ["Kyle Atkinson"], "places": ["Middlesbrough"], "organisations": ["Greggs"], "other": []})

add("en", "family_to_donor", """
Dear Donor,

Nomoskar from Kolkata. I am the father of the child who received your gift of life. Her name is Rimjhim but at home we only call her Mishti, because she is sweet like our mishti doi. She was five years old when the doctors in Kolkata told us she had aplastic anaemia and that only a transplant could save her.

We went to CMC in Vellore on the advice of our family doctor. Vellore was a very long way from home and my wife had to stay there with Mishti for nearly five months while I went back and forth for my job. The transplant was on 12/04/2023. I was on the Coromandel Express that night and I could not sleep, only praying.

Today Mishti is six and a half. She is back in Class 1 at La Martiniere for Girls and her teacher says she is the most talkative girl in the class. During Durga Puja this year she wore a new red frock and we went pandal hopping till midnight. I watched her running ahead of us in the crowd and I thought, someone in this world I will never meet has made this possible.

Thank you, dear friend. Our home will always have a place for you.

With folded hands,
Mishti's Baba
""", [("Kolkata", LOC, 0), ("Rimjhim", P), ("Mishti", P, 0), ("five", AGE, "She was five"), ("Kolkata", LOC, 1),
      ("CMC", ORG), ("Vellore", LOC, 0), ("Vellore", LOC, 1), ("Mishti", P, 1), ("12/04/2023", DATE),
      ("Mishti", P, 2), ("six and a half", AGE), ("La Martiniere for Girls", ORG), ("Mishti", P, 3)],
    known={"names": ["Subhajit Mukherjee", "Rimjhim Mukherjee"], "places": ["Calcutta"],
           "organisations": ["Christian Medical College, Vellore"], "other": []})

add("en", "donor_to_patient", """
Hello lovely human,

Hope this reaches you on a good day! I'm your donor. I turned forty the week before the collection, which my partner Raf says was the most middle-aged way to celebrate possible: a blood test, an early night and a green juice.

I run a tiny café in Newtown called Bean There (yes, I know, the pun was Raf's fault). My regulars kept asking why I was wearing a compression sleeve at the coffee machine, so now half of King Street knows what a PBSC donation is and about a dozen of them have signed up. Consider that my bonus gift to the register.

The whole thing was much easier than I thought. A few days of feeling like I had the flu from the injections, then a very long sit at the collection centre with a Netflix binge. I've had worse Mondays.

If the rules ever allow it, drop me a line, hello at beantherenewtown dot com dot au, and come for a flat white on the house. Mardi Gras is our busiest weekend, so maybe not then.

Sending heaps of love,
your donor x
""", [("forty", AGE), ("Raf", P, 0), ("Newtown", LOC), ("Bean There", ORG), ("Raf", P, 1), ("King Street", LOC),
      ("hello at beantherenewtown dot com dot au", CON)])

# ======================================== German ========================================

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

ich weiß nicht, ob Sie ein Mann oder eine Frau sind, also schreibe ich beides. Seit Wochen nehme ich mir diesen Brief vor und zerknülle dann doch wieder jeden Entwurf. Meine Frau Heike sagt, ich soll einfach anfangen.

Ich bin 58 Jahre alt und habe mein ganzes Leben am Wasser verbracht. Im Kieler Yacht-Club kennt mich jeder, weil ich dort seit über dreißig Jahren die Jugend trainiere. Im Herbst 2020 kam die Diagnose, AML, und von einem Tag auf den anderen war alles anders.

Am 3. März 2021 bekam ich im UKSH Ihre Stammzellen. Ich erinnere mich an den kleinen Beutel, der so unscheinbar aussah, und daran, wie die Schwester sagte: „Das ist jetzt Ihr neuer Geburtstag.“ Seitdem feiern wir zweimal im Jahr.

Diesen Sommer war ich zum ersten Mal wieder auf der Förde. Nur eine kleine Runde bis Laboe und zurück, aber ich habe geheult wie ein Schlosshund. Zur Kieler Woche stand ich dann am Steg und habe den Jugendlichen beim Start zugeschaut.

Ich wünsche Ihnen Gesundheit und dass Sie nie selbst auf so ein Geschenk angewiesen sind.

Von Herzen Danke,
Ihr Empfänger
""", [("Heike", P), ("58", AGE), ("Kieler Yacht-Club", ORG), ("3. März 2021", DATE), ("UKSH", ORG),
      ("Förde", LOC), ("Laboe", LOC)],
    known={"names": ["Rolf-Dieter Petersen"], "places": ["Kiel"], "organisations": ["Universitätsklinikum Schleswig-Holstein"],
           "other": []})

add("de", "donor_to_patient", """
Servus!

I bin dein Spender, oder wie die DKMS sagt, dein „genetischer Zwilling“. Ich bin 24, gelernter Schreiner und wohne in einem kleinen Dorf in Oberbayern, wo jeder jeden kennt. Bei uns ist man bei der Freiwilligen Feuerwehr Taufkirchen oder in der Blaskapelle, ich bin bei beiden, und als ich für die Spende ein paar Tage ausgefallen bin, wusste es natürlich gleich das ganze Dorf.

Typisieren lassen hab ich mich mit 17 bei einer Aktion in der Berufsschule. Ehrlich gesagt hab ich das komplett vergessen, bis der Anruf kam. Meine Mama hat erst mal geweint und dann eine Kerze in der Kirche angezündet.

Die Entnahme war in München, ich hab fünf Stunden auf dem Liegestuhl gelegen und mir Fußball angeschaut. Danach war ich zwei Tage ein bisserl schlapp, mehr nicht. Auf der Wiesn war ich zwei Wochen später schon wieder, aber nur mit Spezi, versprochen!

Ich hoffe, dir geht's jeden Tag ein bisserl besser. Pfiat di und Gottes Segen!

Dein Spender
""", [("DKMS", ORG), ("24", AGE), ("Oberbayern", LOC), ("Freiwilligen Feuerwehr Taufkirchen", ORG), ("17", AGE),
      ("München", LOC), ("Wiesn", LOC)])

add("de", "family_to_donor", """
Liebe Spenderin oder lieber Spender,

wir sind die Eltern des Mädchens, das Ihre Stammzellen bekommen hat. Unsere Emma war siebenjährig, als bei ihr eine schwere aplastische Anämie festgestellt wurde. Sieben Jahre alt, und plötzlich ging es nur noch um Blutwerte.

Die Transplantation war am 12.10.2022 an der Uniklinik Leipzig. Ihr Arzt, Dr. Sonne, hat uns an dem Morgen gesagt: „Heute geht die Sonne für Emma wieder auf.“ Wir mussten beide lachen, weil er das bestimmt jedem Kind sagt, aber es hat trotzdem gestimmt.

Inzwischen ist Emma acht und geht wieder in die Schule. Die Kinder aus ihrer alten Kita „Sonnenkäfer“ haben ihr zur Heimkehr ein riesiges Plakat gemalt. Sie hat immer noch keine Haare am Hinterkopf und trägt deshalb jeden Tag dieselbe grüne Mütze, auch im Sommer.

Wir wissen nicht, wer Sie sind. Aber wir denken jeden Tag an Sie, und Emma hat Ihnen ein Bild gemalt: Das sind Sie, mit einem Umhang.

In tiefer Dankbarkeit,
Emmas Mama und Papa
""", [("Emma", P, 0), ("sieben", AGE, "siebenjährig"), ("12.10.2022", DATE), ("Uniklinik Leipzig", ORG),
      ("Dr. Sonne", P), ("Emma", P, 1), ("Emma", P, 2), ("acht", AGE), ("Sonnenkäfer", ORG), ("Emma", P, 3),
      ("Emmas", P)],
    known={"names": ["Emma Richter"], "places": ["Leipzig-Gohlis"], "organisations": [], "other": []})

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender!

Gestatten, ich bin der Poldi, eigentlich Leopold, aber so nennt mich nur das Finanzamt. Ich bin ein alter Wiener und hab im AKH am 12. Jänner 2022 Ihre Zellen bekommen, grad rechtzeitig, bevor meine eigenen endgültig den Dienst quittiert hätten.

Zu meinem 70er im Sommer darauf bin ich dann schon wieder beim Heurigen gesessen, zwar mit Mineralwasser statt Grünem Veltliner, aber immerhin. Meine Enkelin Lena hat eine Rede gehalten und gesagt, dass der Opa jetzt zur Hälfte ein Fremder ist. Alle haben gelacht, nur ich hab ein bisserl geweint.

Ich wohn seit fünfzig Jahren in Ottakring, in einem Gemeindebau, und ich glaub, das ganze Haus hat für mich Kerzen angezündet. Die Frau Novak von oben hat mir jeden Tag eine Suppe vor die Tür gestellt, ob ich wollt oder nicht.

Ich weiß nicht, wo Sie leben und wie alt Sie sind. Ich weiß nur, dass es auf der Welt einen Menschen gibt, der einem alten Grantler wie mir ein paar gute Jahre geschenkt hat. Dafür sag ich vergelt's Gott, und zwar von ganzem Herzen.

Ihr Poldi
""", [("Poldi", P, 0), ("Leopold", P), ("AKH", ORG), ("12. Jänner 2022", DATE), ("70", AGE, "70er"), ("Lena", P),
      ("Ottakring", LOC), ("Frau Novak", P), ("Poldi", P, 1)],
    known={"names": ["Leopold Hrdlicka"], "places": ["Wien"], "organisations": ["AKH Wien"], "other": []})

add("de", "donor_to_patient", """
Grüezi

Ich bin deine Spenderin. Man hat mir gesagt, dass ich dir ein paar Zeilen schreiben darf, solange ich nichts verrate, was mich erkennbar macht. Das ist gar nicht so einfach, wenn man eigentlich gern erzählt!

Ich bin 31-jährig, wohne in Bern und arbeite als Lokführerin bei der SBB. Wenn du also je mit dem Zug durch die Schweiz fährst, sitzt vielleicht ich vorne. Im Sommer schwimme ich fast jeden Abend in der Aare, das habe ich nach der Spende am meisten vermisst, weil ich ein paar Tage lang keine Kraft dazu hatte.

Bei Blutspende SRK Schweiz bin ich seit dem Studium registriert. Dass tatsächlich einmal jemand meine Zellen braucht, hätte ich nie gedacht. Ich bin froh und ein bisschen stolz.

Ich wünsche dir von Herzen gute Besserung, viel Geduld mit dir selbst und ganz viele schöne Tage.

Liebe Grüsse
deine Spenderin
""", [("31", AGE, "31-jährig"), ("Bern", LOC), ("SBB", ORG), ("Schweiz", LOC, 0), ("Aare", LOC),
      ("Blutspende SRK Schweiz", ORG)],
    known={"names": ["Corinne Zbinden"], "places": ["Bern"], "organisations": ["SBB CFF FFS"], "other": []})

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

es fällt mir schwer, diesen Brief zu schreiben. Meine Frau Gabi ist am 14. Februar 2023 in der Uniklinik Köln gestorben. Ihre Stammzellen haben ihr fast ein ganzes Jahr geschenkt, und es war ein gutes Jahr. Im Winter ist sie noch mit mir am Rhein spazieren gegangen, dick eingepackt, und hat den Enten zugesehen.

Auf der Station hatte sie eine Pflegerin, Frau Engel, die jeden Morgen als Erste in ihr Zimmer kam. Gabi hat immer gesagt: „Ich habe zwei Engel, eine kenne ich, die andere nicht.“ Die andere, das waren Sie.

Wir haben nie Karneval ausgelassen, und dieses Jahr haben wir in Nippes am Straßenrand gestanden, sie im Rollstuhl, mit Pappnase. Den 1. FC Köln hat sie bis zum Schluss im Radio verfolgt, auch wenn er sie oft geärgert hat.

Bitte machen Sie sich keine Vorwürfe. Sie haben alles gegeben, was ein Mensch geben kann. Ich wollte, dass Sie wissen, dass Gabi dankbar war, bis zum letzten Tag.

Mit herzlichen Grüßen,
Familie Winter
""", [("Gabi", P, 0), ("14. Februar 2023", DATE), ("Uniklinik Köln", ORG), ("Rhein", LOC), ("Frau Engel", P),
      ("Gabi", P, 1), ("Nippes", LOC), ("1. FC Köln", ORG), ("Gabi", P, 2), ("Familie Winter", P)],
    known={"names": ["Gabriele Winter", "Hans-Peter Winter"], "places": ["Köln"], "organisations": [], "other": []},
    ok=("Winter", "Engel"))

add("de", "patient_to_donor", """
Hey du!! 👋

Ich bin Lea, 15, und ich hab deine Stammzellen bekommen!!! Meine Mama meinte, ich soll „Sie“ schreiben, aber das fühlt sich voll komisch an, weil du ja quasi mein Blutsverwandter bist 😅

Also: Ende Mai 2023 war meine Transplantation, davor ein halbes Jahr Chemo, und ehrlich, das war die schlimmste Zeit meines Lebens. Ich hab so viel verpasst, Klassenfahrt, den Geburtstag von meiner besten Freundin, alles. Jetzt bin ich wieder am Goethe-Gymnasium, erstmal nur vormittags, und alle sind mega nett zu mir, sogar die Lehrer lol.

Ich bin riesiger BVB-Fan (sorry falls du Schalke-Fan bist 🙈) und mein größter Wunsch ist, dass ich nächste Saison wieder auf die Südtribüne darf. Die Ärzte sagen, vielleicht.

Auf Insta hab ich die ganze Zeit über mein Leben mit Krebs gepostet, @lea.kaempft, da folgen mir jetzt voll viele Leute. Vielleicht liest du das ja irgendwann, wenn ich das darf.

DANKE DANKE DANKE ❤️❤️❤️
deine Lea
""", [("Lea", P, 0), ("15", AGE), ("Ende Mai 2023", DATE), ("Goethe-Gymnasium", ORG), ("BVB", ORG),
      ("Südtribüne", LOC), ("@lea.kaempft", CON), ("Lea", P, 1)],
    known={"names": ["Lea Kowalczyk"], "places": ["Dortmund-Hörde"], "organisations": [], "other": []})

add("de", "donor_to_patient", """
Moin!

Ich bin dein Spender. Viel schreiben ist nicht so meins, ich bin Krabbenfischer und rede lieber mit den Möwen als mit Leuten. Aber meine Frau hat gesagt, so einen Brief schreibt man nur einmal im Leben, also sitze ich jetzt hier.

Ich bin dreiundvierzig und fahre seit fünfundzwanzig Jahren von Greetsiel aus raus. Als die Stefan-Morsch-Stiftung anrief, war ich gerade auf dem Kutter, und ich hab die Nachricht erst abends im Hafen gehört. Ich hab mir dann Urlaub genommen, das erste Mal in der Hauptsaison, und mein Bruder ist für mich gefahren.

Die Entnahme war in Birkenfeld. Ich hatte ein bisschen Knochenschmerzen von der Spritze, aber nichts, was ein Ostfriese nicht mit einer Tasse Tee wegkriegt.

Ich hoffe, du kommst wieder gut auf die Beine. Und falls du mal Krabben magst: Die Hälfte von denen, die du in Deutschland isst, hab vielleicht ich gefangen.

Mach's gut,
dein Spender
""", [("Krabbenfischer", OID), ("dreiundvierzig", AGE), ("Greetsiel", LOC), ("Stefan-Morsch-Stiftung", ORG),
      ("Birkenfeld", LOC), ("Deutschland", LOC)])

add("de", "patient_to_donor", """
Sehr geehrte Spenderin, sehr geehrter Spender,

mein Name ist Ayşe, ich bin 44 Jahre alt und Mutter von drei Kindern. Ich schreibe Ihnen aus Duisburg-Marxloh, wo ich seit meiner Kindheit lebe und einen kleinen Brautmodenladen auf der Weseler Straße habe.

Als ich krank wurde, hieß es, dass es für Menschen mit türkischen Wurzeln schwer ist, einen passenden Spender zu finden. Meine Familie hat eine Typisierungsaktion in der Merkez-Moschee organisiert, über tausend Menschen sind gekommen. Mein Spender war am Ende aber keiner von ihnen, sondern Sie, ein Mensch, den ich nie gesehen habe. Allah hat Sie geschickt, davon bin ich überzeugt.

Die Transplantation war im Sommer 2022 in Essen. Ich war sehr lange im Krankenhaus, und meine Kinder durften mich nur durch die Scheibe sehen. Zum Ramazan Bayramı durfte ich zum ersten Mal wieder nach Hause.

Çok teşekkür ederim. Das heißt: vielen, vielen Dank. Ich bete jeden Tag für Ihre Gesundheit.

Mit herzlichen Grüßen
Familie Yılmaz
""", [("Ayşe", P), ("44", AGE), ("Duisburg-Marxloh", LOC), ("Brautmodenladen", OID), ("Weseler Straße", LOC),
      ("Typisierungsaktion", OID, "eine Typisierungsaktion in"), ("Merkez-Moschee", ORG),
      ("Sommer 2022", DATE), ("Essen", LOC), ("Familie Yılmaz", P)],
    known={"names": ["Ayşe Yılmaz"], "places": ["Duisburg"], "organisations": ["Universitätsklinikum Essen"],
           "other": []})

add("de", "family_to_donor", """
Liebe unbekannte Lebensretterin, lieber unbekannter Lebensretter,

unser Sohn Noah (2) schläft gerade neben mir, und ich nutze die Ruhe, um Ihnen endlich zu schreiben. Er hat Ihre Stammzellen am Freitag, 9. Juni 2023, an der MHH bekommen, mit nicht einmal anderthalb Jahren. Er wird sich später an nichts davon erinnern, und darüber sind wir froh.

Wir erinnern uns dafür an alles. An die Nacht, in der sein Fieber nicht runterging. An die Ärztin, die sich zu uns auf den Boden gesetzt hat, um uns die Werte zu erklären. An den Tag, an dem die Leukozyten kamen und die ganze Station geklatscht hat.

Heute läuft Noah durch unseren Garten in der Südstadt, jagt die Katze und sagt „Auto“ zu allem, was sich bewegt. Er ist ein ganz normales, wildes Kleinkind, und das verdanken wir Ihnen.

Wir wissen nicht, ob Sie Kinder haben. Falls ja: Drücken Sie sie heute einmal extra von uns.

In unendlicher Dankbarkeit
Noahs Eltern
""", [("Noah", P, 0), ("2", AGE), ("Freitag, 9. Juni 2023", DATE), ("MHH", ORG), ("Noah", P, 1), ("Südstadt", LOC),
      ("Noahs", P)])

add("de", "donor_to_family", """
Liebe Angehörige,

die DKMS hat mir mitgeteilt, dass der Mensch, für den ich gespendet habe, verstorben ist. Ich möchte Ihnen mein tiefes Beileid aussprechen.

Ich habe so oft an diesen Menschen gedacht, beim Joggen am Main, beim Einschlafen, bei jedem Krankenwagen, der an mir vorbeifuhr. Ich hatte gehofft, irgendwann einen Brief zu bekommen, in dem steht, dass alles gut gegangen ist. Dass es anders gekommen ist, macht mich sehr traurig.

Ich hoffe, Sie hatten noch Zeit miteinander, die Ihnen im Gedächtnis bleibt. Wenn Sie mögen, erzählen Sie mir irgendwann von ihr oder ihm. Wenn nicht, verstehe ich das gut.

In stiller Anteilnahme,
Ihre Spenderin aus Frankfurt
""", [("DKMS", ORG), ("Main", LOC), ("Frankfurt", LOC)])

add("de", "patient_to_donor", """
Werter Spender

ich bin 72 Jahre und hab nicht gedacht das ich noch mal so einen Brief schreibe ich bin kein großer Schreiber. 30 Jahre war ich bei der Wismut unter Tage und danach Hausmeister an einer Schule hier im Erzgebirge. Die Ärzte in Chemnitz haben gesagt mit meinem Alter ist das ein Risiko aber ich hab gesagt ich will es probieren weil mein Enkel Kevin nächstes Jahr heiratet und da will ich dabei sein.

Jetzt ist es ein Jahr her seit der Transplantation. Mir geht es gut nur die Haut macht manchmal Probleme die GvHD sagen die Ärzte. Ich geh jeden Tag mit dem Hund bis zum Schwartenberg hoch und wieder runter das sind 4 Kilometer.

Meine Frau sagt ich soll schreiben das Sie ein guter Mensch sind. Das stimmt. Ich danke Ihnen.

Gruß aus Seiffen
Ihr Empfänger
""", [("72", AGE), ("Wismut", ORG), ("Erzgebirge", LOC), ("Chemnitz", LOC), ("Kevin", P), ("Schwartenberg", LOC),
      ("Seiffen", LOC)],
    known={"names": ["Gerhard Ullrich"], "places": ["Seiffen/Erzgeb."], "organisations": ["Klinikum Chemnitz"],
           "other": []})

add("de", "donor_to_patient", """
Liebe Empfängerin, lieber Empfänger,

ich bin 22 und studiere in Tübingen Biologie, und ich glaube, ich habe in den letzten Wochen mehr über Stammzellen gelernt als im ganzen Studium. Vor vier Jahren habe ich mich bei einer Typisierungsaktion für einen kleinen Jungen aus Reutlingen registrieren lassen. Er hieß Paul, und soweit ich weiß, hat er damals einen Spender gefunden. Ich hatte nie gedacht, dass ich selbst einmal gebraucht werde.

Meine WG hat mich nach der Spende mit einer selbstgebackenen Torte empfangen, auf der „Held*in des Monats“ stand. Ziemlich übertrieben, ich habe ja nur fünf Stunden gelegen und Podcasts gehört. Du bist die Person, die das Schwere hinter sich hat.

Wenn es dir besser geht, hoffe ich, dass du irgendwo am Wasser sitzen kannst, so wie ich gerade am Neckar, und einfach in die Sonne blinzelst.

Alles Liebe und ganz viel Kraft,
deine Spenderin
""", [("22", AGE), ("Tübingen", LOC), ("Reutlingen", LOC), ("Paul", P), ("Neckar", LOC)],
    known={"names": ["Johanna Maier"], "places": ["Tübingen"], "organisations": ["Eberhard Karls Universität Tübingen"],
           "other": []})

add("de", "patient_to_donor", """
Grüß Gott, liebe Spenderin oder lieber Spender!

Ich bin der Hias und bewirtschafte die einzige Almhütte am Penken, die das ganze Jahr offen hat. Wer im Zillertal wandert, kommt früher oder später bei mir vorbei, und seit meiner Krankheit fragt jeder Gast als Erstes: „Hias, wie geht's dir?“

Im Oktober 2022 habe ich an der Klinik Innsbruck Ihre Stammzellen bekommen. Davor hatte ich ein Jahr lang Chemo, die Hütte hat in der Zeit mein Neffe Florian geführt, und der hat das, muss ich zugeben, gar nicht schlecht gemacht.

Heuer im Sommer stand ich wieder selbst hinter dem Tresen. Die Kaspressknödel mache ich nach wie vor selber, das lasse ich mir nicht nehmen. Mein Hausarzt sagt, ich soll es langsam angehen. Ich sag, auf 1.800 Metern geht eh alles langsamer.

Wenn Sie einmal nach Tirol kommen, sind Sie mein Gast, so lange Sie wollen. Das ist kein leeres Versprechen.

Vergelt's Gott!
Ihr Hias
""", [("Hias", P, 0), ("einzige Almhütte", OID), ("Penken", LOC), ("Zillertal", LOC),
      ("Hias", P, 1), ("Oktober 2022", DATE), ("Klinik Innsbruck", ORG), ("Florian", P), ("Tirol", LOC),
      ("Hias", P, 2)],
    known={"names": ["Matthias Gruber"], "places": ["Mayrhofen"], "organisations": ["Tirol Kliniken"], "other": []})

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

ich schreibe Ihnen im Namen meines Vaters. Er ist 61, und er hat gesagt: „Schreib du, du kannst das besser, aber schreib, dass ich es ernst meine.“ Also: Er meint es ernst.

Mein Vater ist seit über zwanzig Jahren Busfahrer bei der BVG. Er fährt den M29 quer durch Kreuzberg, und ich glaube, die Hälfte der Fahrgäste kennt ihn mit Namen. Als er krank wurde, haben Stammgäste Karten an die Endhaltestelle gebracht. Eine alte Dame hat ihm sogar einen Schal gestrickt, in BVG-Gelb.

Die Transplantation war im Juli 2022 an der Charité. Es war eine lange, schwere Zeit, mit Infektionen und Rückschlägen, und es gab Nächte, in denen wir nicht wussten, ob er es schafft. Er hat es geschafft.

Seit ein paar Wochen sitzt er wieder am Steuer, erstmal nur Frühschicht. Am ersten Tag hat ihm jemand an der Oranienstraße applaudiert.

Wir denken an Sie, jeden Tag. Danke, dass es Menschen wie Sie gibt.

Herzlich,
Ihre Familie aus Berlin
""", [("61", AGE), ("BVG", ORG, 0), ("BVG", ORG, 1), ("fährt den M29", OID), ("Kreuzberg", LOC), ("Juli 2022", DATE), ("Charité", ORG),
      ("Oranienstraße", LOC), ("Berlin", LOC)],
    known={"names": ["Dieter Szymański", "Katja Szymański"], "places": ["Berlin-Kreuzberg"], "organisations": ["BVG"],
           "other": []})

add("de", "donor_to_patient", """
Hallo liebe*r Unbekannte*r,

ich bin Mitte dreißig, Krankenschwester auf einer Intensivstation und eigentlich diejenige, die an Betten steht, nicht die, die drin liegt. Umso seltsamer war es, bei der Entnahme selbst mal an Schläuchen zu hängen. Ich kann jetzt besser verstehen, wie sich meine Patienten fühlen, also danke auch dafür!

Ich komme aus dem Münsterland, fahre überall mit dem Rad hin und gehe, wenn es sich einrichten lässt, samstags zu Preußen Münster ins Stadion, auch wenn das selten Freude macht. Meine Kolleginnen haben mir nach der Spende Blumen auf den Spind geklebt.

Falls es irgendwann erlaubt ist und du magst, freue ich mich riesig über Post: jana punkt k at web punkt de. Bis dahin wünsche ich dir ganz viel Geduld, gute Blutwerte und Menschen um dich, die dich zum Lachen bringen.

Fühl dich gedrückt,
Jana
""", [("Münsterland", LOC), ("Preußen Münster", ORG), ("jana punkt k at web punkt de", CON), ("Jana", P)],
    known={"names": ["Jana Kemper"], "places": ["Münster"], "organisations": [], "other": ["jana.k@web.de"]})

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender

Ich heisse Urs, bin 47 und lebe mit meiner Familie in Basel, keine fünf Minuten vom Rhein. Ich arbeite als Chemiker bei Roche, und als es mir schlecht ging, haben meine Kollegen eine Spenderaktion im Betrieb organisiert. Gefunden hat man am Ende aber Sie, irgendwo auf der Welt.

Am 15. August 2022 bekam ich Ihre Zellen im Unispital. Ich habe in diesem Moment an meine zwei Buben gedacht, die zu Hause auf mich warten, und zum ersten Mal seit Monaten keine Angst gehabt.

An der Fasnacht dieses Jahr bin ich nicht mitgelaufen, nur am Strassenrand gestanden, mit Maske, aber ich war dabei. Im Sommer bin ich mit den Buben sogar im Rhein geschwommen, ganz kurz, die Ärztin soll es bitte nicht erfahren.

Ich wünsche Ihnen alles Gute dieser Welt. Merci vielmal.

Ihr Urs
""", [("Urs", P, 0), ("47", AGE), ("Basel", LOC), ("Rhein", LOC, 0), ("Roche", ORG), ("15. August 2022", DATE),
      ("Unispital", ORG), ("Rhein", LOC, 1), ("Urs", P, 1)],
    known={"names": ["Urs Brunner"], "places": ["Basel"], "organisations": ["Universitätsspital Basel"], "other": []})

add("de", "donor_to_patient", """
Liebe Empfängerin oder lieber Empfänger,

ich bin nicht gut im Briefeschreiben, deshalb nur ein paar Zeilen. Ich hoffe sehr, dass es Ihnen gut geht und dass die neuen Zellen ihre Arbeit machen. Bei mir ist alles wieder wie vorher, nur dass ich jetzt öfter an einen Menschen denke, den ich nicht kenne.

Passen Sie gut auf sich auf. Ich drücke Ihnen alle Daumen, die ich habe.

Herzliche Grüße
Ihr Spender
""", [], known={"names": ["Bernd Lohmann"], "places": ["Gütersloh"], "organisations": ["DKMS"], "other": []})

# ======================================== Hindi (Devanagari) ========================================

add("hi", "patient_to_donor", """
आदरणीय दाता जी,

सादर प्रणाम। मैं लखनऊ से लिख रहा हूँ। मेरी उम्र 45 वर्ष है और मैं एक सरकारी इंटर कॉलेज में गणित पढ़ाता हूँ। पिछले साल जब मुझे ब्लड कैंसर का पता चला, तो लगा जैसे सब कुछ ख़त्म हो गया। मेरे दोनों भाइयों का HLA मैच नहीं हुआ और हम बहुत निराश हो गए थे।

फिर एक दिन डॉक्टर साहब ने बताया कि एक अनजान दाता मिल गया है। २ मार्च २०२२ को एसजीपीजीआई में मेरा ट्रांसप्लांट हुआ। मेरी पत्नी सुनीता उस दिन पूरे समय हनुमान चालीसा पढ़ती रहीं। मैं आज भी सोचता हूँ कि आपने एक ऐसे इंसान के लिए इतना बड़ा काम किया जिसे आप जानते भी नहीं।

अब मैं फिर से कक्षा में जाने लगा हूँ। बच्चे पूछते हैं कि सर इतने दिन कहाँ थे, तो मैं कहता हूँ कि एक फ़रिश्ते से मिलने गया था। इस होली पर हमने घर में सबसे पहले आपके नाम का गुलाल भगवान को चढ़ाया।

ईश्वर आपको लंबी उम्र और ढेर सारी ख़ुशियाँ दे।

आपका आभारी,
एक शिक्षक
""", [("लखनऊ", LOC), ("45", AGE), ("२ मार्च २०२२", DATE), ("एसजीपीजीआई", ORG), ("सुनीता", P)],
    known={"names": ["Rakesh Kumar Mishra"], "places": ["Lucknow"], "organisations": ["SGPGIMS Lucknow"], "other": []})

add("hi", "donor_to_patient", """
प्रिय मित्र,

नमस्ते! मैं आपकी दाता हूँ। मेरी उम्र 26 साल है और मैं जयपुर में रहती हूँ। मैं कथक सिखाती हूँ, इसलिए जब डॉक्टर ने कहा कि इंजेक्शन के बाद कुछ दिन हड्डियों में दर्द रहेगा, तो मुझे सबसे ज़्यादा चिंता अपनी क्लास की थी!

मैंने कॉलेज में दात्री के कैंप में रजिस्टर किया था। मेरी सहेली पूजा मुझे ज़बरदस्ती ले गई थी। जब पाँच साल बाद फ़ोन आया तो सबसे पहले मैंने उसी को बताया। मेरी माँ ने घर पर पूजा-पाठ रखवाया और पूरे मोहल्ले को लड्डू बाँटे, हालाँकि किसी को ठीक से समझ नहीं आया कि हुआ क्या है।

15 जनवरी 2023 को मैंने स्टेम सेल दान किए। पूरा दिन लगा, पर नर्सें बहुत अच्छी थीं और मैंने लेटे-लेटे पूरी फ़िल्म देख ली।

मुझे नहीं पता आप कौन हैं, कहाँ हैं, कितने बड़े हैं। बस इतना चाहती हूँ कि आप जल्दी ठीक हो जाएँ और फिर से अपनी पसंद की हर चीज़ कर सकें।

ढेर सारा प्यार,
आपकी दाता
""", [("26", AGE), ("जयपुर", LOC), ("दात्री", ORG), ("पूजा", P, 0), ("15 जनवरी 2023", DATE)],
    known={"names": ["Shruti Saxena"], "places": ["Jaipur"], "organisations": ["DATRI"], "other": []},
    ok=("पूजा",))

add("hi", "family_to_donor", """
प्रिय दाता जी,

मैं उस बच्चे का पिता हूँ जिसे आपने नई ज़िंदगी दी। मेरे बेटे का नाम आर्यन है, लेकिन घर में सब उसे गोलू बुलाते हैं। वह अभी आठ साल का है। जब वह छह साल का था तब उसे थैलेसीमिया मेजर के कारण हर महीने खून चढ़ाना पड़ता था।

हम पटना से हैं। ट्रांसप्लांट के लिए हमें दिल्ली जाना पड़ा, एम्स में। ०७/११/२०२२ को गोलू का ट्रांसप्लांट हुआ, छठ पूजा के ठीक बाद। उस साल हम छठ घाट पर नहीं जा सके, लेकिन उसकी माँ ने अस्पताल के कमरे में ही सूरज भगवान को अर्घ्य दिया।

आज गोलू स्कूल जाता है, क्रिकेट खेलता है और अपनी दीदी से रोज़ लड़ता है। डॉक्टर कहते हैं कि अब उसे खून चढ़ाने की ज़रूरत नहीं है। यह सुनकर मैं सड़क पर ही रो पड़ा था।

आप जहाँ भी हों, भगवान आपको हमेशा ख़ुश रखे। हमारा पूरा परिवार आपका ऋणी है।

आपका,
गोलू के पापा
""", [("आर्यन", P), ("गोलू", P, 0), ("आठ", AGE), ("छह", AGE), ("पटना", LOC), ("दिल्ली", LOC), ("एम्स", ORG),
      ("०७/११/२०२२", DATE), ("गोलू", P, 1), ("गोलू", P, 2), ("गोलू", P, 3)])

add("hi", "patient_to_donor", """
बेटा/बिटिया,

मुझे नहीं पता आप लड़का हैं या लड़की, इसलिए दोनों लिख रही हूँ। मेरी उम्र अड़सठ साल है। बनारस में अस्सी घाट के पास हमारा पुराना घर है, जहाँ मैं पचास साल से रह रही हूँ। रोज़ सुबह गंगा जी के दर्शन करके ही दिन शुरू होता है।

जब डॉक्टरों ने कहा कि इस उम्र में ट्रांसप्लांट मुश्किल है, तो मैंने कहा कि मुझे अपनी पोती की शादी देखनी है। मेरी पोती को हम सब गुड़िया बुलाते हैं। वह बचपन में अपनी गुड़िया से भी ज़्यादा प्यारी थी। महामना कैंसर सेंटर के डॉक्टरों ने बहुत हिम्मत दी।

अब मैं फिर से घाट तक पैदल जाती हूँ, धीरे-धीरे ही सही। कार्तिक पूर्णिमा पर मैंने आपके नाम का एक दीया गंगा जी में बहाया। बाबा विश्वनाथ आपकी रक्षा करें।

ढेर सारे आशीर्वाद के साथ,
आपकी दादी
""", [("अड़सठ", AGE), ("बनारस", LOC), ("अस्सी घाट", LOC), ("गुड़िया", P, 0), ("महामना कैंसर सेंटर", ORG)],
    known={"names": ["Kamla Devi Pandey"], "places": ["Varanasi"],
           "organisations": ["Mahamana Pandit Madan Mohan Malaviya Cancer Centre"], "other": []},
    ok=("गुड़िया",))

add("hi", "donor_to_family", """
आदरणीय परिवार,

आज मुझे पता चला कि जिन्हें मैंने अपनी स्टेम सेल दी थीं, वे अब इस दुनिया में नहीं रहे। मुझे बहुत दुख है। मैं दिल्ली में रहता हूँ और उस दिन से लगातार आपके परिवार के बारे में सोच रहा हूँ।

मैं आपका दर्द कम नहीं कर सकता। बस इतना कहना चाहता हूँ कि मैंने पूरे मन से, पूरी प्रार्थना के साथ दान किया था। ईश्वर उनकी आत्मा को शांति दे और आप सबको यह दुख सहने की शक्ति दे।

ओम शांति।
आपका दाता
""", [("दिल्ली", LOC)])
