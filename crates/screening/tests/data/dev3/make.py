#!/usr/bin/env python3
"""Build letters.jsonl, the third hand-written development set for the letter screener.

Every letter below is data: its text, a list of (surface, category[, where]) tuples, an optional
`known` dict (the writer's own identifiers as the registry holds them) and an optional `ok` list of
deliberate exceptions. No offset is written by hand.

    where missing : the surface must occur exactly once as a whole word
    where an int  : the n-th (0-based) whole-word occurrence
    where a str   : a context string that occurs exactly once in the text and contains the surface

"Whole word" means the characters on either side are not letters, marks, digits or "_". In Japanese and
Chinese letters any substring counts. In Hebrew letters a one- or two-letter prefix (ב ל מ ה ו ש כ) in
front of the word is allowed, because the span leaves those prefixes out.

Checks (the script stops and writes nothing if one fails): every surface is found; a surface without
`where` is unique; spans are sorted and do not overlap; no span starts or ends with whitespace or
punctuation (an abbreviation's final full stop is allowed, and a CONTACT may start with "@" or "(");
every labelled name, place, organisation, contact or ID that occurs again is labelled there too, unless
listed in `ok`; every `known` identifier (and every part of a known name with 3 or more characters,
lower-case particles such as "van" or "de" left out) that appears verbatim lies inside a span; length
60-300 words (Japanese/Chinese 100-500 characters); no duplicate letters; ids, languages and directions
are valid. After writing, letters.jsonl is read back and `text[start:end] == span["text"]` is checked again.

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
LANGS = {"en", "de", "hi", "mr", "ta", "ja", "zh", "he", "fr", "es", "it", "pt", "pl", "nl"}
NOSPACE = {"ja", "zh"}
HE_PREFIX = set("בלמהושכ")

LETTERS = []


def add(lang, direction, text, spans, known=None, ok=(), var=None):
    """var is the writer's background (en-AU, hi-Latn, zh-Hant-HK ...); used for the stats only."""
    LETTERS.append({"language": lang, "direction": direction, "text": text.strip(),
                    "spans": spans, "known": known, "ok": tuple(ok), "var": var or lang})


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
        lid = f"T{n:03d}"
        text, lang = L["text"], L["language"]

        def err(msg):
            errors.append(f"{lid} ({lang}): {msg}")

        if lang not in LANGS:
            err(f"bad language {lang}")
        if L["direction"] not in DIRECTIONS:
            err(f"bad direction {L['direction']}")
        norm = re.sub(r"\W+", " ", text.lower()).strip()
        if norm in seen_texts:
            err(f"duplicate of {seen_texts[norm]}")
        seen_texts[norm] = lid
        wc = word_count(text, lang)
        lo, hi = (100, 500) if lang in NOSPACE else (60, 300)
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
            if s[0].isspace() or (is_punct(s[0]) and not (cat == "CONTACT" and s[0] in "@(")):
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
                items += [p for p in re.split(r"[\s\-]+", name) if len(p) >= 3 and not p[0].islower()]
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
    for r, orig in zip(back, records):
        if r != orig:
            bad.append(f"{r['id']}: record differs after read-back")
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
    variety = defaultdict(Counter)
    for L, r in zip(LETTERS, records):
        variety[r["language"]][L["var"]] += 1
    dirs = defaultdict(Counter)
    for r in records:
        dirs[r["language"]][r["direction"]] += 1
    print("\nlanguage  letters  p2d d2p f2d d2f  known  no-spans  varieties")
    for lang, n in langs.most_common():
        rs = [r for r in records if r["language"] == lang]
        d = dirs[lang]
        vs = ", ".join(f"{v} {c}" for v, c in variety[lang].most_common())
        print(f"{lang:<9}{n:>8}  {d['patient_to_donor']:>3} {d['donor_to_patient']:>3} "
              f"{d['family_to_donor']:>3} {d['donor_to_family']:>3}  {sum(r['known'] is not None for r in rs):>5}"
              f"  {sum(not r['spans'] for r in rs):>8}  {vs}")
    tot = Counter(r["direction"] for r in records)
    print(f"{'total':<9}{len(records):>8}  {tot['patient_to_donor']:>3} {tot['donor_to_patient']:>3} "
          f"{tot['family_to_donor']:>3} {tot['donor_to_family']:>3}  "
          f"{sum(r['known'] is not None for r in records):>5}  {sum(not r['spans'] for r in records):>8}")
    cats = Counter(s["category"] for r in records for s in r["spans"])
    with_cat = Counter(c for r in records for c in {s["category"] for s in r["spans"]})
    print("\ncategory       spans  letters")
    for c in ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"]:
        print(f"{c:<14}{cats[c]:>6}  {with_cat[c]:>7}")
    print(f"{'all':<14}{sum(cats.values()):>6}  {sum(bool(r['spans']) for r in records):>7}")
    order = ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"]
    print("\nby language x category")
    print("lang  " + " ".join(f"{c[:6]:>6}" for c in order) + "    all")
    for lang, _ in langs.most_common():
        cc = Counter(s["category"] for r in records if r["language"] == lang for s in r["spans"])
        print(f"{lang:<6}" + " ".join(f"{cc[c]:>6}" for c in order) + f" {sum(cc.values()):>6}")
    verbatim = 0
    for r in records:
        k = r["known"]
        if not k:
            continue
        items = [x for v in k.values() for x in v]
        for name in k["names"]:
            items += [p for p in re.split(r"[\s\-]+", name) if len(p) >= 3 and not p[0].islower()]
        if any(matches(r["text"], x, r["language"]) for x in items):
            verbatim += 1
    print(f"\nletters with known: {sum(r['known'] is not None for r in records)}, "
          f"with a known entry (or name part) verbatim in the text: {verbatim}")
    wcs = sorted(word_count(r["text"], r["language"]) for r in records if r["language"] not in NOSPACE)
    ccs = sorted(word_count(r["text"], r["language"]) for r in records if r["language"] in NOSPACE)
    print(f"words (spaced scripts): {wcs[0]}-{wcs[-1]}, median {wcs[len(wcs)//2]}")
    if ccs:
        print(f"characters (ja/zh): {ccs[0]}-{ccs[-1]}, median {ccs[len(ccs)//2]}")


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------
P, LOC, ORG, DATE, CON, AGE, OID = "PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"

# ======================================== English ========================================

add("en", "patient_to_donor", """
Dear Donor,

Jodie here, well, that's what everyone calls me except Mum when I'm in trouble. I've sat down to write this about five times and every time I end up bawling into my cuppa, so bear with me.

I'm 38, married to a bloke who fixes tractors, and we've got two boys who eat everything in the fridge. Up until last year I ran the tuckshop at Harristown State High in Toowoomba and knew every kid by their lunch order. Then I got so tired I couldn't carry a tray of sausage rolls, and after a pile of tests I was told it was AML.

My transplant was at the RBWH on 23 March 2023. The nurses on the ward were absolute legends. One of them, Priya, used to sneak me an extra Milo at night when I couldn't sleep.

I'm back to driving the boys to footy on Saturdays and I even made it to the Anzac Day dawn service this year, rugged up in three jumpers. I'm not back at the tuckshop yet but the kids keep sending cards asking when I'm coming back.

Whoever you are, wherever you are, thank you from the bottom of my heart. You've given two boys their mum back.

Cheers and heaps of love,
J.
""", [("Jodie", P), ("38", AGE), ("ran the tuckshop", OID), ("Harristown State High", ORG), ("Toowoomba", LOC),
      ("RBWH", ORG), ("23 March 2023", DATE), ("Priya", P), ("J.", P)],
    known={"names": ["Jodie Pratt"], "places": ["Toowoomba, QLD"],
           "organisations": ["Royal Brisbane and Women's Hospital"], "other": []}, var="en-AU")

add("en", "donor_to_patient", """
Hi there,

I'm your donor. I'm not much of a writer so my girlfriend Kayleigh is checking my spelling. I'm 27 and I fish lobster out of Peggy's Cove with my uncle, so most mornings I'm up at 3:30 and on the water before the sun. I signed up with Canadian Blood Services at a swab drive at Dal when I was in first year and totally forgot until they called me last spring.

The donation was at the QEII in Halifax. They gave me the shots for a few days before and my back ached like I'd hauled traps all day, but honestly it was nothing compared to what you've been through. The nurse said my cells were going on a flight that same night. I thought that was pretty cool, my cells got to travel further than I ever have.

I don't know anything about you except that you needed a match and I was it. I hope you're eating good, sleeping good and getting stronger. If you ever find yourself on the South Shore, the chowder at my aunt's place is on me.

Take care of yourself, eh.
Your donor
""", [("Kayleigh", P), ("27", AGE), ("fish lobster", OID), ("Peggy's Cove", LOC), ("Canadian Blood Services", ORG),
      ("Dal", ORG), ("QEII", ORG), ("Halifax", LOC), ("South Shore", LOC)], var="en-CA")

add("en", "family_to_donor", """
Dear Donor,

I have put off writing this for a long time. My husband Declan received your stem cells in St James's in Dublin in the autumn of 2022, and I'm sorry to tell you that he died on the 14th of February this year, a few weeks short of his 59th birthday.

I want you to know that you gave him a good summer. He got home to Ballina, he got back to coaching the under-12s at the Stephenites, shouting at referees like nothing had happened, and he walked the quay with the dog most evenings. He watched Mayo lose another final, of course, and swore it was the last time he'd get his hopes up. It wasn't.

Declan always said that a stranger doing that for him was the best proof of God he ever had. He lit a candle for you at Mass every Sunday, and I've kept that up for him.

Please don't think it was wasted. It wasn't, not one day of it.

God bless you and yours,
Bríd
""", [("Declan", P, 0), ("St James's", ORG), ("Dublin", LOC), ("autumn of 2022", DATE), ("14th of February", DATE),
      ("59th", AGE), ("Ballina", LOC), ("coaching the under-12s", OID), ("Stephenites", ORG), ("Mayo", ORG),
      ("Declan", P, 1), ("Bríd", P)],
    known={"names": ["Declan Walsh", "Bríd Walsh"], "places": ["Ballina, Co. Mayo"],
           "organisations": ["St. James's Hospital"], "other": []}, var="en-IE")

add("en", "patient_to_donor", """
Dear Pal,

They tell me I'm no allowed to say who I am, so I'll just say I'm a 64-year-old Glaswegian wi a dodgy knee and a new lease of life, thanks to you.

I spent forty year as a welder in the yards at Govan, and when I got the diagnosis (MDS, then it turned into AML) I thought that was me. My wife Senga says I was a right misery. Then the Beatson folk told us they'd found a match, and I got your cells on the 9th of May 2023 at the Queen Elizabeth. I was in Ward 4B for five weeks and the food was worse than the Jags' defence.

I'm back at the bowling club at Whiteinch now, no bowling yet but I keep the scores and make the tea. Senga has me on a diet of soup and walks along the Clyde. I've never been so healthy in my life and I'm no happy about it!

Whoever ye are, ye're a diamond. If ye're ever in Glasgow there's a pint waiting, or a cup of tea if the doctors have got to you as well.

All the best,
your Scottish pal
""", [("64", AGE), ("welder in the yards", OID), ("Govan", LOC), ("Senga", P, 0), ("Beatson", ORG),
      ("9th of May 2023", DATE), ("Queen Elizabeth", ORG), ("Ward 4B", LOC), ("Jags", ORG), ("Whiteinch", LOC),
      ("Senga", P, 1), ("Clyde", LOC), ("Glasgow", LOC)], var="en-GB-SCT")

add("en", "donor_to_patient", """
Hey there, sweet friend,

Bless your heart, I have been praying for you since the day Be The Match called me, and I just couldn't wait one more minute to write. I'm a 45-year-old mama of three from right outside Birmingham, Alabama, and I've been teaching fourth grade for going on twenty years. My kids at school made you a poster but the coordinator said I can't send it, so just picture a whole lot of glitter and a few misspelled words.

I gave my stem cells at UAB in October. My husband Darrell drove me up every morning for the shots and stopped for biscuits at the same Waffle House every single time. Our Sunday school class at Shades Mountain Baptist has been lifting you up by name, well, by "our recipient," since we don't know your real one.

I don't know if you're a little one or a grandmama or somebody in between, but I hope you're feeling stronger every day. When you're able, I'd love to hear how you're doing. Y'all take care now, and eat some good cornbread for me.

With love and prayers,
Your donor, Tammy
""", [("Be The Match", ORG), ("45", AGE), ("Birmingham", LOC), ("Alabama", LOC), ("UAB", ORG), ("Darrell", P),
      ("Shades Mountain Baptist", ORG), ("Tammy", P)],
    known={"names": ["Tamara Lynn Hughes"], "places": ["Hoover, AL"],
           "organisations": ["Vestavia Hills City Schools"], "other": []}, var="en-US-South")

add("en", "family_to_donor", """
Dear Donor,

My name is not allowed in this letter, so I'll just be Jake's mom. Jake is 11 and he got your bone marrow on June 6, 2023 at the Stead Family Children's Hospital in Iowa City. We live on a hog farm about two hours west of there, outside a town so small we don't have a stoplight, just a grain elevator and a Casey's.

Before he got sick, Jake's whole world was 4-H and his show pigs. This August he showed a gilt named Peaches at the Carroll County Fair and got a purple ribbon. His dad cried in the show barn. I cried in the bleachers. The pig did not cry, she just wanted her marshmallows.

Jake wants you to know three things: he is taller than his sister now, he can eat pizza again, and he thinks you should come see the farm. I told him that's up to the registry, but if it's ever allowed, the invitation stands.

Every night at supper we say grace and we say thank you for you. You gave our family back its middle child.

With more gratitude than I know how to write,
Jake's mom, Karen
""", [("Jake", P, 0), ("Jake", P, 1), ("11", AGE), ("June 6, 2023", DATE), ("Stead Family Children's Hospital", ORG),
      ("Iowa City", LOC), ("Jake", P, 2), ("Carroll County", LOC), ("Jake", P, 3), ("Jake", P, 4), ("Karen", P)],
    var="en-US-Midwest")

add("en", "patient_to_donor", """
Dear Donor,

Greetings to you in the name of our Lord Jesus Christ. My name is Precious and I am 19 years of age. I am writing you from Enugu, Nigeria, to say thank you from the bottom of my heart.

Since I was a small girl I have been suffering sickle cell crisis. Many times I was admitted in UNTH and my parents have spent all their savings on my treatment. In 2023 my doctor advised that the only cure is bone marrow transplant, and by God's grace, a donor was found for me. The transplant was done in Apollo Hospital Chennai, India on 2nd August 2023. It was my first time to travel outside Nigeria and the food was too peppery even for a Nigerian!

Now I am no more having crisis. I have returned to school at the University of Nigeria, Nsukka, where I am studying Pharmacy. My pastor at RCCG Jesus House asked the whole church to pray for you during thanksgiving service.

Please if you are allowed, you can write me on WhatsApp 0803 555 2741. My mummy wants to greet you also.

God bless you abundantly.
Precious
""", [("Precious", P, 0), ("19", AGE), ("Enugu", LOC), ("Nigeria", LOC, 0), ("UNTH", ORG), ("Apollo Hospital", ORG),
      ("Chennai", LOC), ("India", LOC), ("2nd August 2023", DATE), ("Nigeria", LOC, 1), ("University of Nigeria", ORG),
      ("Nsukka", LOC), ("RCCG Jesus House", ORG), ("0803 555 2741", CON), ("Precious", P, 1)],
    known={"names": ["Precious Chiamaka Okafor"], "places": ["Enugu"],
           "organisations": ["University of Nigeria Teaching Hospital"], "other": ["+2348035552741"]}, var="en-NG")

add("en", "donor_to_patient", """
Dear Recipient,

Akwaaba to my letter! I hope this finds you in good health. I am your donor, a 31-year-old man from Kumasi in Ghana. I registered with DKMS in 2019 when I was doing my Masters at RWTH Aachen, because one of my lab mates organised a swab day for a classmate's cousin. I did not think about it again until last year when DKMS sent me an email that I may be a match.

By then I was back home, lecturing at KNUST. DKMS arranged everything and I flew to Cologne for the donation, which took place on 11 April 2024. My mother was worried that they will remove my kidney, hahaha. I had to explain to the whole family on our family WhatsApp group that it is just like donating blood but longer.

I do not know where you are, or whether you are old or young, man or woman. But I believe God connected us for a reason. Back home we say that when you help someone up the tree, you have also climbed. Now I feel we are brothers or sisters.

Get well soon. Eat well, rest well, and when you are strong, please tell me about your life.

Your donor,
Kwabena
""", [("31", AGE), ("Kumasi", LOC), ("Ghana", LOC), ("DKMS", ORG, 0), ("RWTH Aachen", ORG), ("DKMS", ORG, 1),
      ("KNUST", ORG), ("DKMS", ORG, 2), ("Cologne", LOC), ("11 April 2024", DATE), ("Kwabena", P)], var="en-GH")

add("en", "patient_to_donor", """
Dear Donor,

Jambo! Asante sana. These two words are small but they carry my whole heart.

I am a 42-year-old father of three from Nyeri, near the slopes of Mt. Kenya. I keep dairy cows and I supply milk to the Kiganjo Dairy Co-operative. In March 2022 I was diagnosed with aplastic anaemia and my blood count became very low. My siblings were tested but none was a match, so the doctors searched the international registries and found you.

Because the transplant is very expensive at home, our church and my age-mates from Kagumo High School held a harambee and raised money for me to go to Manipal Hospital in Bengaluru. I received your cells there on 17 October 2022. I stayed in India for four months with my wife Wanjiru, eating chapati that did not taste like ours.

Today I am back with my cows. I milk them myself in the morning and I walk my last-born to school. Wanjiru says I am even more stubborn than before, so the cells are working.

Mungu akubariki, my friend. If you ever come to Kenya, you will drink the sweetest milk in Nyeri.

Yours,
Mwangi
""", [("42", AGE), ("Nyeri", LOC, 0), ("Mt. Kenya", LOC), ("Kiganjo Dairy Co-operative", ORG), ("March 2022", DATE),
      ("Kagumo High School", ORG), ("Manipal Hospital", ORG), ("Bengaluru", LOC), ("17 October 2022", DATE),
      ("India", LOC), ("Wanjiru", P, 0), ("Wanjiru", P, 1), ("Kenya", LOC, "come to Kenya"), ("Nyeri", LOC, 1),
      ("Mwangi", P)],
    known={"names": ["Peter Mwangi Kariuki", "Wanjiru Mwangi"], "places": ["Nyeri County"],
           "organisations": [], "other": []}, var="en-KE")

add("en", "family_to_donor", """
Dear Donor po,

Good day! I am the mother of the boy who received your stem cells. Please forgive my English, I will try my best.

Our son, we call him Bebot, he is 7 years old now. He was diagnosed with ALL when he was 4 and after relapse the doctors in St. Luke's BGC said he needs transplant. My husband is a seaman so he was on the ship most of the time, and I was alone with Bebot in the hospital. Every night I prayed to Sto. Niño for a donor. Then we got the news. Salamat sa Diyos!

The transplant was last January 2024. Now Bebot is going back to school in Grade 2 at Pasig Catholic College, and his favorite is Math, not like his Mama. His Lola in Tacloban lights a candle for you every Sunday in the church.

During Sinulog we danced for you, even the neighbours. (We are Cebuano but we live in Pasig now.)

If you can, please send us a picture, even of your hand only. My email is jen.bautista83@yahoo.com.

Maraming salamat po! God bless you always.

Bebot's Mama
""", [("Bebot", P, 0), ("7", AGE), ("4", AGE), ("St. Luke's BGC", ORG), ("Bebot", P, 1), ("January 2024", DATE),
      ("Bebot", P, 2), ("Pasig Catholic College", ORG), ("Tacloban", LOC), ("Pasig", LOC, "live in Pasig"),
      ("jen.bautista83@yahoo.com", CON), ("Bebot", P, 3)], var="en-PH")

add("en", "family_to_donor", """
Respected Donor,

Assalam-o-Alaikum. I hope you and your family are in the best of health. I am the father of a little girl who was born with thalassaemia major. Since she was a baby she needed blood transfusion every three weeks. For years, our life was going from Ganga Ram Hospital to home and home to Ganga Ram, with blood bags, iron chelation and many tears of her mother.

Alhamdulillah, through your kindness, Ayesha received her transplant at Shaukat Khanum on 29th November 2023. She is ten years old now and she has not needed one single transfusion since February. Her cheeks are pink for the first time in her life. Her grandmother says she is looking like a rose from our garden in Model Town.

I am a pharmacist, I have a small medical store on Ferozepur Road, and I have given medicine to hundreds of people. But I never understood what a gift can mean until you gave one to us.

This Eid we sacrificed a goat in your name and distributed the meat to poor families. We pray that Allah rewards you in this world and the next.

With deepest respect,
Ayesha's Abbu
""", [("Ganga Ram Hospital", ORG), ("Ganga Ram", ORG, 1), ("Ayesha", P, 0), ("Shaukat Khanum", ORG),
      ("29th November 2023", DATE), ("ten", AGE), ("Model Town", LOC), ("medical store", OID), ("Ferozepur Road", LOC),
      ("Ayesha", P, 1)],
    known={"names": ["Ayesha Tariq", "Muhammad Tariq"], "places": ["Lahore"], "organisations": [], "other": []},
    var="en-PK")

add("en", "donor_to_family", """
Dear Family,

I was informed by the registry last week that the gentleman who received my stem cells has passed away. Inna lillahi wa inna ilayhi raji'un. I do not have the words in English or in Urdu to express my sorrow.

Let me tell you a little about the person whose cells he carried. I am 33, originally from Rawalpindi, and I am doing my residency in internal medicine at Henry Ford in Detroit. I registered with NMDP during a drive at the Islamic Center of Detroit after Jummah prayers, more than five years ago. When they called me, my mother in Pindi asked me three times if I was sure. I told her, Ammi, if I can help someone's son or father, what else is medicine for?

The donation was on 8 January 2024. I remember praying two rakats afterwards, in the hospital chapel, for a stranger whose name I will probably never know.

I am told he was a grandfather. I hope that in the months he had, he held his grandchildren a little longer. Please know that he was in my duas then, and he is in my duas now, and so are all of you.

With heartfelt condolences,
Dr. Faisal
""", [("33", AGE), ("Rawalpindi", LOC), ("Henry Ford", ORG), ("Detroit", LOC, 0), ("NMDP", ORG),
      ("Islamic Center of Detroit", ORG), ("Pindi", LOC), ("8 January 2024", DATE), ("Dr. Faisal", P)], var="en-PK")

add("en", "patient_to_donor", """
Hi Donor,

I'm the one who got your stem cells at NUH on 4 July 2023, so now I celebrate two birthdays, and one of them is the same day as the Americans' Independence Day haha. I'm 26, Chinese Singaporean, and I was supposed to start my first job at DBS when they found the leukaemia. Sian right?

My family runs a chicken rice stall at Maxwell Food Centre, my grandfather started it in 1986. While I was in hospital, my mum still cooked every morning at 5am and then came to see me with a tingkat of porridge. Now I'm well enough to help at the stall on weekends. Really very shiok to be standing in the heat again, I never thought I would say that.

The Bone Marrow Donor Programme said they found you overseas, so I don't even know if you eat chicken rice. If you ever come to Singapore, please come find our stall, the queue is long but worth it. Ask for Ah Boy, everyone knows me by that name.

Thank you for giving me my life back lah. Really.

From your recipient
""", [("NUH", ORG), ("4 July 2023", DATE), ("26", AGE), ("DBS", ORG), ("chicken rice stall", OID),
      ("Maxwell Food Centre", LOC), ("Bone Marrow Donor Programme", ORG), ("Singapore", LOC), ("Ah Boy", P)],
    known={"names": ["Tan Wei Jie"], "places": ["Tanjong Pagar"], "organisations": ["National University Hospital"],
           "other": []}, var="en-SG")

add("en", "donor_to_patient", """
Howzit!

I'm your donor. Ag, I've never written a letter to a stranger before, so this might be a bit of a mess. I'm 29, I grew up in Paarl and now I work as a cellar hand at Spier outside Stellenbosch. Harvest season is mad busy, so when DKMS Africa phoned to say I was a possible match I was literally standing in a tank of grape skins.

My ouma was very worried, she thought they'd drill into my spine. Eish, I had to show her YouTube videos. In the end I donated at a clinic in Cape Town in Feb and it was lekker easy. Just boring, lying there for five hours, so I watched the Springboks' World Cup final on my phone again. Goosebumps every time.

I don't know if you're in South Africa or on the other side of the world, but I hope my stubborn Boland blood is doing its job. Eat something nice, go for a walk in the sun, and give someone a hug from me.

Alles van die beste,
your donor, Ruan
""", [("29", AGE), ("Paarl", LOC), ("cellar hand", OID), ("Spier", ORG), ("Stellenbosch", LOC), ("DKMS Africa", ORG),
      ("Cape Town", LOC), ("Boland", LOC), ("Ruan", P)], var="en-ZA")

add("en", "patient_to_donor", """
Respected Donor Sir/Madam,

Namaskar. I am a 61 years old retired person from Bhopal, Madhya Pradesh. I served Indian Railways for 36 years and retired as Station Master of Itarsi Junction in 2021. Within six months of retirement I was diagnosed with myelofibrosis. My wife and I had made so many plans for pilgrimage, all were cancelled.

My transplant was done at CMC Vellore on 05/09/2022. Doctors and sisters there are next to God. We stayed in a lodge near the hospital for almost five months. My son took leave from his office in Hyderabad and stayed with us throughout.

Now I am doing my morning walk at Van Vihar daily and my grandson Chintu, who is 5, comes with me on Sundays to see the crocodiles. Last month we finally went to Ujjain for Mahakal darshan, which was pending since so long.

You have given me a second innings, and like a good batsman I will not throw it away. If the rules permit, kindly write to me at rk dot saxena1961 at gmail dot com.

With blessings and thanks,
Your well-wisher
""", [("61", AGE), ("Bhopal", LOC), ("Madhya Pradesh", LOC), ("Indian Railways", ORG), ("Station Master", OID),
      ("Itarsi Junction", LOC), ("CMC Vellore", ORG), ("05/09/2022", DATE), ("Hyderabad", LOC), ("Van Vihar", LOC),
      ("Chintu", P), ("5", AGE), ("Ujjain", LOC), ("rk dot saxena1961 at gmail dot com", CON)],
    known={"names": ["Ramesh Kumar Saxena"], "places": ["Bhopal"], "organisations": [],
           "other": ["rk.saxena1961@gmail.com"]}, var="en-IN")

add("en", "donor_to_patient", """
Hi!

I'm your donor, and I've been told I can't tell you my name, so let's just say I'm a 24-year-old Malayali girl who talks way too much. I grew up in Kochi, studied at Rajagiri, and now I'm in Bengaluru writing code for a living and complaining about traffic on Outer Ring Road like everyone else.

I registered with DATRI at a college fest in 2019, mostly because the volunteer was cute (sorry!). When they called last year I didn't even remember what DATRI was. My parents were nervous, my ammachi lit candles at our church every day, and my roommate made me sambar rice every night during the injections.

The donation happened at Narayana Health City on 19th June 2024. Six hours on the machine and I finished an entire season of a K-drama.

I hope you're healing well. I hope you're eating properly, not just hospital food. This Onam I'm going home and I'll make an extra plate of payasam for you. If you ever want to say hi, I'm @meera.codes on Instagram, though the registry may not let you yet.

Lots of love and strength,
M.
""", [("24", AGE), ("Kochi", LOC), ("Rajagiri", ORG), ("Bengaluru", LOC), ("Outer Ring Road", LOC), ("DATRI", ORG, 0),
      ("DATRI", ORG, 1), ("Narayana Health City", ORG), ("19th June 2024", DATE), ("@meera.codes", CON), ("M.", P)],
    var="en-IN")

add("en", "donor_to_family", """
To the family of my recipient,

I got the call from the registry on Tuesday, and I've been walking around ever since feeling like I've lost someone I never met. I'm so sorry.

I'm 52, a dad of two girls, and I drive road trains up to the Pilbara for a living, so I spend a lot of hours on my own with the radio. I donated at Fiona Stanley in September 2023, and on every run north since then I've been thinking about whoever was carrying my cells. I used to talk to you out loud somewhere past Newman, which my daughters think is hilarious.

I don't know who you lost. A mum, a son, a grandad, a best mate. Whoever they were, I hope they got some good days. I hope they had a feed they enjoyed, a laugh, a swim.

If it's ever any help to you to know a bit more about me, the coordinator has my details and I'm happy for you to have them. No pressure at all.

Look after each other. That's what they'd want.

Warm regards,
Gav
""", [("52", AGE), ("drive road trains", OID), ("Pilbara", LOC), ("Fiona Stanley", ORG), ("September 2023", DATE),
      ("Newman", LOC), ("Gav", P)],
    known={"names": ["Gavin Roberts"], "places": ["Rockingham WA"], "organisations": ["Roy Hill"], "other": []},
    var="en-AU")

add("en", "patient_to_donor", """
Dear Friend,

At my age you'd think I'd have learned to write a thank-you note without crying, but here I am. I'm 71, a retired music teacher, and a proud Winnipegger who has survived fifty-some winters and, now, thanks to you, a bone marrow transplant.

I received your stem cells at HSC on November 18, 2022. The staff at CancerCare Manitoba were wonderful, and my granddaughter Oksana made a paper chain on the wall so I could tear off a link for every day until I went home. There were 39 links.

Before I got sick I was the skip of a seniors' team at the Granite Curling Club, and I'm happy to report I was back on the ice last February, with a helmet, on my daughter's orders. I also still play organ at Holy Family parish on Sundays, though my hands are a little slower than they were.

Every Ukrainian Christmas I make pyrohy for the whole family. This January I'll make an extra dozen and think of you.

God bless you, dear. You have given an old lady many more winters to complain about.

With love,
Olya
""", [("71", AGE), ("HSC", ORG), ("November 18, 2022", DATE), ("CancerCare Manitoba", ORG), ("Oksana", P),
      ("Granite Curling Club", ORG), ("play organ", OID), ("Holy Family parish", ORG), ("Olya", P)],
    known={"names": ["Olga Kowalchuk"], "places": ["Winnipeg, MB"], "organisations": [], "other": []}, var="en-CA")

add("en", "donor_to_patient", """
Well hello there,

I'm your donor! The lovely woman from the Irish Blood Transfusion Service said I could write, so you're stuck with me now. I'm 23, from a small parish outside Loughrea, and I'm in final year of engineering at the University of Galway. I hurl (badly) with Sarsfields and my mam runs the chipper on the main street, so if I'm honest I've eaten more chips than is good for anyone.

I joined the bone marrow registry when I was giving blood at the mobile clinic in the Radisson, and thought nothing more of it. Then in March I got the call. My mam cried, my dad asked if I'd still be able to play on Sunday, and my nan lit a candle at Knock.

The collection was grand, honestly. A few injections, a day in a chair in Dublin, and a bag of my stem cells went off on their adventure. I hope they're behaving themselves and not giving you any trouble.

I'd love to know how you're getting on, if you're able. Even a line. Mind yourself, and God bless.

Your donor
""", [("Irish Blood Transfusion Service", ORG), ("23", AGE), ("Loughrea", LOC), ("University of Galway", ORG),
      ("Sarsfields", ORG), ("runs the chipper", OID), ("Radisson", ORG), ("Knock", LOC), ("Dublin", LOC)],
    var="en-IE")

add("en", "family_to_donor", """
Dear Donor,

Mòran taing. That's Gaelic for many thanks, and it's from all of us.

Our son Calum was 14 when he was diagnosed, and he had his transplant in the Schiehallion ward at the Royal Hospital for Children in Glasgow on the 27th of January 2023. For us that meant a flight from Stornoway and months away from home, with his wee brother staying with his granny in Tong.

He turned 15 in the hospital. The nurses got him a cake shaped like a fishing boat because his grandad and uncle fish out of the harbour, and he hasn't stopped talking about going out with them on the Spray Maid this summer.

Calum is back at the Nicolson Institute now and playing shinty again, not very well, but we're not complaining. He has your cells and his granny's stubbornness, a dangerous mix.

He's written his own wee note at the bottom. He says sorry about the spelling.

With love and thanks from the Isle of Lewis,
Calum's mum

"thanks for saving my life. your a legend. C"
""", [("Calum", P, 0), ("14", AGE), ("Schiehallion ward", LOC), ("Royal Hospital for Children", ORG), ("Glasgow", LOC),
      ("27th of January 2023", DATE), ("Stornoway", LOC), ("Tong", LOC), ("15", AGE), ("Calum", P, 1),
      ("Nicolson Institute", ORG), ("Isle of Lewis", LOC), ("Calum", P, 2), ("C", P)],
    known={"names": ["Calum MacLeod", "Morag MacLeod"], "places": ["Stornoway"], "organisations": [], "other": []},
    var="en-GB-SCT")

add("en", "patient_to_donor", """
Dear Donor,

Well, I've been told I can't give my name, so I'll just tell you I'm a 58-year-old Cajun from down the bayou who owes you his life. I've run a shrimp boat out of Delcambre for thirty-one years, same as my daddy and his daddy. When I got so weak I couldn't pull a net, my wife Marie-Claire drug me to the doctor and it was leukemia.

They did my transplant at Ochsner in New Orleans on April 12, 2023. I was three hours from home but my whole parish showed up, it felt like. Father Landry from St. Joseph's came and blessed the IV pole. The nurses said they never saw so much gumbo come through the door of that unit.

I'm back on the water now, just half days. Marie-Claire rides with me to make sure I wear my hat and drink my water. Last Mardi Gras I rode in the boat parade and threw beads to the grandbabies.

Whoever you are, you're family now. Down here that means you got a pot of étouffée waiting any time you want it. God bless you, cher.

Your friend on the bayou
""", [("58", AGE), ("run a shrimp boat", OID), ("Delcambre", LOC), ("Marie-Claire", P, 0), ("Ochsner", ORG),
      ("New Orleans", LOC), ("April 12, 2023", DATE), ("Father Landry", P), ("St. Joseph's", ORG),
      ("Marie-Claire", P, 1)], var="en-US-South")

add("en", "donor_to_patient", """
Hi friend!

Uff da, I have started this letter a dozen times. I'm your donor! I'm 36, I live in a little lake town in central Minnesota, and I'm the band director at Alexandria Area High School, which means my life is mostly marching band, fundraisers and the smell of valve oil. In winter I go ice fishing with my husband Nate, even though I hate the cold, because he makes the best hot cocoa on the lake.

I joined the registry at a drive at our Lutheran church, Calvary, after one of our confirmation kids got sick. I never thought I'd get the call. In May 2024 I donated at Mayo Clinic in Rochester. My parents drove up from Iowa to watch our boys, and my students made me a banner that said "Go, Mrs. H, go!"

I don't know anything about you, and that's okay. I just want you to know there's a band room full of teenagers who cheered for you without knowing your name.

Stay warm, stay strong, and have some hotdish for me.

With love from the land of 10,000 lakes,
your donor
""", [("36", AGE), ("Minnesota", LOC), ("band director", OID), ("Alexandria Area High School", ORG), ("Nate", P),
      ("Calvary", ORG), ("May 2024", DATE), ("Mayo Clinic", ORG), ("Rochester", LOC), ("Iowa", LOC), ("Mrs. H", P),
      ("land of 10,000 lakes", LOC)],
    known={"names": ["Jessica Halvorson"], "places": ["Alexandria, MN"],
           "organisations": ["Alexandria Area High School"], "other": []}, var="en-US-Midwest")

add("en", "family_to_donor", """
Dear Donor,

Compliments of the season to you! I am writing on behalf of my husband, who is still too shy to write you himself, and because I promised God that I will say thank you in person if I can, and in writing if I cannot.

My husband is 47. He is an engineer with Shell in Port Harcourt and a deacon in our church, Salvation Ministries. In 2022 he started having fevers that would not stop, and after many tests in Lagos they said it is lymphoma. The doctors referred us to King's College Hospital in London, and there he received your stem cells in January 2023.

I will not lie to you, it was hard. Winter in London is not for Port Harcourt people! But the nurses were so kind, especially Sister Abena, a Ghanaian, who used to sing to him at night.

Today Emeka is back at work and back in the choir. When he leads "Great is Thy Faithfulness" on Sunday, the whole church knows who he is singing about first, God, and second, you. As we say here, God don do am!

Please greet your family for us.

Yours sincerely,
Mrs. Ngozi E.
""", [("47", AGE), ("Shell", ORG), ("Port Harcourt", LOC, 0), ("deacon", OID), ("Salvation Ministries", ORG),
      ("Lagos", LOC), ("King's College Hospital", ORG), ("London", LOC, 0), ("January 2023", DATE),
      ("London", LOC, 1), ("Port Harcourt", LOC, 1), ("Sister Abena", P), ("Emeka", P), ("Mrs. Ngozi E.", P)],
    var="en-NG")

add("en", "donor_to_patient", """
Hello po!

Kumusta ka? I am your donor. I am a 34-year-old Filipina nurse, originally from Iloilo City, but for the last six years I am working at the Royal Stoke in the cardiac ward. Anthony Nolan came to our hospital for a swab drive and my manager Sue encouraged all of us to sign up. I did it just to support, and then one year later, I was a match!

My family back home did not understand at first. My Nanay asked me over Messenger if they will take my kidney, same worry of every mother I think haha. I explained that it is like donating blood but longer. On 3 March 2024 I donated at the London Clinic. My co-nurses Joy and Marites came with me and we ate adobo in the train home because I was very hungry.

I pray the rosary for you every night together with the Filipino community in our parish, St. Peter's. We don't know your name, so we call you "our kapatid". It means sibling.

Please take care and get well soon. God bless you always!

Ingat,
Your donor, Bing
""", [("34", AGE), ("Iloilo City", LOC), ("Royal Stoke", ORG), ("Anthony Nolan", ORG), ("Sue", P),
      ("3 March 2024", DATE), ("London Clinic", ORG), ("Joy", P), ("Marites", P), ("St. Peter's", ORG), ("Bing", P)],
    known={"names": ["Maria Bernadette Villanueva"], "places": ["Stoke-on-Trent"],
           "organisations": ["University Hospitals of North Midlands"], "other": []}, var="en-PH")

