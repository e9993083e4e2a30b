#!/usr/bin/env python3
"""Build the HELD-OUT screening letter set: letters.jsonl (stdlib only).

    python3 make.py            # check every letter, then write letters.jsonl
    python3 make.py --stats    # same, and print counts per language / direction / category

Every letter is stored below as its text plus a list of span tuples:

    (surface, CATEGORY)             the only whole-word match of surface in the text
    (surface, CATEGORY, n)          the n-th (0-based) whole-word match
    (surface, CATEGORY, "context")  surface inside the (unique) context string, for surfaces that
                                    sit inside a longer word ("30" in "30th", "三十四" in "三十四歳",
                                    "באר שבע" in "בבאר שבע")

No offset is written by hand: offsets are computed from where the surface is found, so
text[start:end] == span["text"] always holds. `known` is the writer's own identifiers as the registry
would hold them (or None). `ok` lists deliberate unlabelled repeats of a labelled surface, e.g. the
common word "Faith" at a sentence start when the granddaughter Faith is labelled, given as
(surface, n) or (surface, "context").

Checks (any failure stops the script and nothing is written):
  - every surface (and context) is found; a surface without index or context must be unique;
  - spans are sorted and do not overlap;
  - no span starts or ends with whitespace or punctuation (a final full stop of an abbreviation
    such as "Dr." or "K." or Polish "r." is allowed; a CONTACT may start with "@" or "+");
  - every labelled PERSON / LOCATION / ORGANIZATION / CONTACT / OTHER_ID surface that appears again
    in the letter is covered by a span there too (unless listed in `ok`);
  - every `known` identifier, and every part (3+ characters) of a known name, that appears verbatim in
    the text lies inside a span;
  - 40-300 words per letter (Japanese / Chinese: 80-600 non-space characters);
  - no duplicate letters, valid language / direction / category values.
After writing to a temporary file the script reads it back, checks text[start:end] == span["text"]
again, and only then moves it to letters.jsonl.

Categories: PERSON, LOCATION, ORGANIZATION, DATE, CONTACT, AGE, OTHER_ID. The labelling conventions are
those of ../shared/data/screening-letters.md; its ID_NUMBER and OTHER categories are both OTHER_ID
here.
"""
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters.jsonl")

P, L, O, D, C, A, X = "PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"
CATS = [P, L, O, D, C, A, X]
REPEAT_CATS = {P, L, O, C, X}
LANGS = ["en", "de", "hi", "fr", "es", "it", "pt", "pl", "nl", "ja", "zh", "he", "ta", "mr"]
DIRS = ["patient_to_donor", "donor_to_patient", "family_to_donor", "donor_to_family"]
# Scripts where a name/place may be glued to other letters (CJK) or to prefixes/suffixes (Hebrew,
# Tamil, Marathi): repeats and known identifiers are searched as plain substrings there.
SUBSTRING_LANGS = {"ja", "zh", "he", "ta", "mr"}
CJK_LANGS = {"ja", "zh"}

LETTERS = []


def letter(lang, direction, text, spans, known=None, ok=()):
    if known is not None:
        known = {k: list(known.get(k, [])) for k in ("names", "places", "organisations", "other")}
    LETTERS.append({"lang": lang, "direction": direction, "text": text.strip(), "spans": list(spans),
                    "known": known, "ok": list(ok)})


def is_word(ch):
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def is_cjk(ch):
    cp = ord(ch)
    return (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF
            or 0xF900 <= cp <= 0xFAFF or 0xFF66 <= cp <= 0xFF9F or cp in (0x3005, 0x3007))


def word_matches(text, s):
    """Start offsets of whole-word matches of s (CJK characters never block a match)."""
    res, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        left = (i == 0 or not (is_word(text[i - 1]) and is_word(s[0]))
                or is_cjk(text[i - 1]) or is_cjk(s[0]))
        right = (j == len(text) or not (is_word(text[j]) and is_word(s[-1]))
                 or is_cjk(text[j]) or is_cjk(s[-1]))
        if left and right:
            res.append(i)
        i = text.find(s, i + 1)
    return res


def substring_matches(text, s):
    res, i = [], text.find(s)
    while i >= 0:
        res.append(i)
        i = text.find(s, i + 1)
    return res


def all_matches(text, s, lang):
    return substring_matches(text, s) if lang in SUBSTRING_LANGS else word_matches(text, s)


def locate(text, surface, where, errs, tag):
    """Offset of surface: where is None (unique whole-word match), an int n (n-th whole-word match)
    or a context string that occurs exactly once in the text and contains surface."""
    if isinstance(where, str):
        n = len(substring_matches(text, where))
        if n != 1:
            errs.append(f"{tag}: context {where!r} found {n} times (need exactly 1)")
            return None
        k = where.find(surface)
        if k < 0:
            errs.append(f"{tag}: surface {surface!r} not inside its context {where!r}")
            return None
        return text.find(where) + k
    ms = word_matches(text, surface)
    if not ms:
        errs.append(f"{tag}: surface {surface!r} not found as a whole word")
        return None
    if where is None:
        if len(ms) > 1:
            errs.append(f"{tag}: surface {surface!r} occurs {len(ms)} times; give an index or context")
            return None
        return ms[0]
    if not isinstance(where, int) or where < 0 or where >= len(ms):
        errs.append(f"{tag}: surface {surface!r} has {len(ms)} whole-word matches, index {where!r} is invalid")
        return None
    return ms[where]


def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def abbreviation_end(surface):
    tok = surface.split()[-1]
    core = tok[:-1].replace(".", "")
    return tok.endswith(".") and 1 <= len(core) <= 3 and all(is_word(c) for c in core)


def length_ok(lang, text):
    if lang in CJK_LANGS:
        n = sum(1 for c in text if not c.isspace())
        return 80 <= n <= 600, f"{n} characters"
    n = len(text.split())
    return 40 <= n <= 300, f"{n} words"


def build():
    errs, records, seen = [], [], {}
    for idx, let in enumerate(LETTERS, 1):
        lid = f"H{idx:03d}"
        lang, text = let["lang"], let["text"]
        if lang not in LANGS:
            errs.append(f"{lid}: bad language {lang!r}")
        if let["direction"] not in DIRS:
            errs.append(f"{lid}: bad direction {let['direction']!r}")
        good, what = length_ok(lang, text)
        if not good:
            errs.append(f"{lid}: length out of range ({what})")
        norm = " ".join(text.lower().split())
        if norm in seen:
            errs.append(f"{lid}: duplicate of {seen[norm]}")
        seen[norm] = lid
        spans = []
        for k, spec in enumerate(let["spans"]):
            tag = f"{lid} span {k}"
            if not isinstance(spec, tuple) or len(spec) not in (2, 3):
                errs.append(f"{tag}: bad spec {spec!r}")
                continue
            surface, cat = spec[0], spec[1]
            where = spec[2] if len(spec) == 3 else None
            if cat not in CATS:
                errs.append(f"{tag}: bad category {cat!r}")
                continue
            if not surface:
                errs.append(f"{tag}: empty surface")
                continue
            start = locate(text, surface, where, errs, tag)
            if start is None:
                continue
            end = start + len(surface)
            if text[start:end] != surface:
                errs.append(f"{tag}: offsets do not give the surface")
                continue
            if bad_edge(surface[0]) and not (cat == C and surface[0] in "@+"):
                errs.append(f"{tag}: {surface!r} starts with space/punctuation")
            if bad_edge(surface[-1]) and not (surface[-1] == "." and abbreviation_end(surface)):
                errs.append(f"{tag}: {surface!r} ends with space/punctuation")
            spans.append({"start": start, "end": end, "category": cat, "text": surface})
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errs.append(f"{lid}: spans overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")

        def covered(pos, n):
            return any(s["start"] <= pos and pos + n <= s["end"] for s in spans)

        ok_pos = set()
        for k, spec in enumerate(let["ok"]):
            surface, where = spec
            pos = locate(text, surface, where, errs, f"{lid} ok {k}")
            if pos is None:
                continue
            if covered(pos, len(surface)):
                errs.append(f"{lid}: ok-exception {surface!r}@{pos} is inside a span")
            ok_pos.add((surface, pos))
        used_ok = set()
        labelled = sorted({(s["text"], s["category"]) for s in spans if s["category"] in REPEAT_CATS})
        reported = set()
        for surf, cat in labelled:
            s = {"text": surf, "category": cat}
            for pos in all_matches(text, s["text"], lang):
                if covered(pos, len(s["text"])):
                    continue
                if (s["text"], pos) in ok_pos:
                    used_ok.add((s["text"], pos))
                    continue
                if (surf, pos) in reported:
                    continue
                reported.add((surf, pos))
                errs.append(f"{lid}: {s['text']!r} ({s['category']}) repeated unlabelled at {pos}: "
                            f"...{text[max(0, pos - 25):pos + len(s['text']) + 25]!r}...")
        for surface, pos in ok_pos - used_ok:
            errs.append(f"{lid}: ok-exception {surface!r}@{pos} is not an unlabelled repeat of a labelled surface")
        known = let["known"]
        if known is not None:
            needles = set()
            for key in ("names", "places", "organisations", "other"):
                for v in known[key]:
                    needles.add(v)
            for name in known["names"]:
                for part in name.replace("-", " ").split():
                    part = part.strip("()\"'.,")
                    if len(part) >= 3:
                        needles.add(part)
            for needle in sorted(needles):
                for pos in all_matches(text, needle, lang):
                    if not covered(pos, len(needle)):
                        errs.append(f"{lid}: known identifier {needle!r} appears unlabelled at {pos}")
        records.append({"id": lid, "language": lang, "direction": let["direction"], "text": text,
                        "spans": spans, "known": known})
    return records, errs


def recheck(path, records):
    errs = []
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if back != records:
        errs.append("read-back records differ from the records written")
    for rec in back:
        for s in rec["spans"]:
            if rec["text"][s["start"]:s["end"]] != s["text"]:
                errs.append(f"{rec['id']}: read back, text[{s['start']}:{s['end']}] != {s['text']!r}")
    return errs


def stats(records):
    langs = Counter(r["language"] for r in records)
    dirs = defaultdict(Counter)
    cats, cat_letters = Counter(), Counter()
    for r in records:
        dirs[r["language"]][r["direction"]] += 1
        for c in {s["category"] for s in r["spans"]}:
            cat_letters[c] += 1
        for s in r["spans"]:
            cats[s["category"]] += 1
    print(f"letters: {len(records)}  with known: {sum(r['known'] is not None for r in records)}  "
          f"no spans: {sum(not r['spans'] for r in records)}  spans: {sum(cats.values())}")
    print("| language | letters | " + " | ".join(DIRS) + " | no spans | with known |")
    for lg in LANGS:
        rs = [r for r in records if r["language"] == lg]
        print(f"| {lg} | {langs[lg]} | " + " | ".join(str(dirs[lg][d]) for d in DIRS)
              + f" | {sum(not r['spans'] for r in rs)} | {sum(r['known'] is not None for r in rs)} |")
    print("| all | " + str(len(records)) + " | "
          + " | ".join(str(sum(dirs[lg][d] for lg in LANGS)) for d in DIRS) + " | | |")
    print("| category | spans | letters with it |")
    for c in CATS:
        print(f"| {c} | {cats[c]} | {cat_letters[c]} |")
    words = sorted(len(r["text"].split()) for r in records if r["language"] not in CJK_LANGS)
    chars = sorted(sum(1 for ch in r["text"] if not ch.isspace()) for r in records if r["language"] in CJK_LANGS)
    if words:
        print(f"words (spaced scripts): {words[0]}-{words[-1]}, median {words[len(words) // 2]}")
    if chars:
        print(f"characters (ja/zh): {chars[0]}-{chars[-1]}, median {chars[len(chars) // 2]}")
    hi_latin = [r["id"] for r in records if r["language"] == "hi" and not any("\u0900" <= c <= "\u097f" for c in r["text"])]
    print(f"hi in Latin script: {hi_latin}")


def main():
    records, errs = build()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"{len(errs)} error(s); nothing written")
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs = recheck(tmp, records)
    if errs:
        os.remove(tmp)
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"{len(errs)} error(s) on read-back; nothing written")
    os.replace(tmp, OUT)
    print(f"wrote {len(records)} letters, {sum(len(r['spans']) for r in records)} spans to {OUT}")
    if "--stats" in sys.argv:
        stats(records)


# ---------------------------------------------------------------------------------------------
# English (20)
# ---------------------------------------------------------------------------------------------

letter("en", "patient_to_donor", """
Dear donor,

I have started this letter about eleven times. My daughter says I should just write what I feel, so here goes. My name is Maggie and I am the lady who got your stem cells in March. I was diagnosed with AML the week before Christmas and honestly thought that was it for me. The doctors at Jimmy's in Leeds were marvellous, Dr Hargreaves especially, but they needed a match and none of my family came close.

Then you came along. A complete stranger, a 10/10 match, and you said yes. I don't know how to thank someone for that. Day +100 has come and gone, the GvHD on my skin has settled, and last Sunday I walked to the end of our road and back with the dog. Biscuit was very patient with me.

I turned sixty-six in the summer, which I did not expect to see. Hope is a funny thing. It creeps back in when you're not looking.

I hope life is kind to you. If you ever want to write back, I would love to know a little about you - what you like, whether you have a family, whether it is cold where you are.

With all my love and gratitude,
Maggie
""", [
    ("Maggie", P, 0), ("Jimmy's", O), ("Leeds", L), ("Dr Hargreaves", P), ("sixty-six", A), ("Maggie", P, 1),
], known={"names": ["Margaret Ellen Whitcombe"], "places": ["Harrogate"],
          "organisations": ["St James's University Hospital"],
          "other": ["maggie.whitcombe58@btinternet.com", "07700 914 362"]})

letter("en", "donor_to_patient", """
Hi there,

I'm your donor! I've been told I can write to you now, so I'm sitting in the ambulance on my break with a cold coffee trying to find the right words. I'm a paramedic with the Welsh Ambulance Service, so hospitals aren't scary for me, but being on the other end of the needle was a new one.

I signed up with Anthony Nolan at a freshers' fair when I was nineteen. A guy in a giant foam spit-tube costume handed me a swab kit and I thought, why not. Twelve years later I got the call. I gave PBSC over two days at the London Clinic and the worst part was the boredom - I watched an entire series about people baking bread in a tent.

I don't know anything about you except that you're a man in your forties somewhere in the UK. I really hope the cells are doing their job and that you're starting to feel like yourself again.

If we're allowed to swap details one day, I'm on Instagram as @danokafor_runs - mostly photos of parkruns and my terrible sourdough.

All the best, honestly,
Dan
""", [
    ("Welsh Ambulance Service", O), ("Anthony Nolan", O), ("nineteen", A), ("London Clinic", O),
    ("UK", L), ("@danokafor_runs", C), ("Dan", P),
], known={"names": ["Daniel Okafor"], "places": ["Cardiff"], "organisations": ["Welsh Ambulance Service"],
          "other": ["@danokafor_runs"]})

letter("en", "family_to_donor", """
To the angel who saved our boy,

There is no card for this. I looked. The drugstore has cards for retirements and new puppies and getting your braces off, but nothing that says thank you for giving my son his life back.

Our Eli was diagnosed with ALL just after his fourth birthday. He relapsed eighteen months later and our team at Cincinnati Children's told us a transplant was his best chance. Nobody in the family matched. We prayed so hard. Then in October 2022 the coordinator called and said they'd found a young man on the registry who was a perfect match, and that was you.

Eli is seven now. He's in first grade at Mason Heights Elementary and he thinks his new blood makes him run faster. He might be right. He still has his port scar and likes to show it off to anyone who stands still.

We think of you every single day, and every night at bedtime Eli says "and God bless my donor." We don't know your name but God does.

With our whole hearts,
Jenna, Marcus, Eli and baby Rose
""", [
    ("Eli", P, 0), ("fourth", A), ("Cincinnati Children's", O), ("October 2022", D), ("Eli", P, 1),
    ("seven", A), ("Mason Heights Elementary", O), ("Eli", P, 2), ("Jenna", P), ("Marcus", P),
    ("Eli", P, 3), ("Rose", P),
])

letter("en", "patient_to_donor", """
Dear Donor,

It has been a year since my transplant and I wanted to mark it by finally writing to you. I'm not much of a writer, so please forgive me.

Before the transplant I could hardly climb the stairs. I had MDS that turned into AML and spent most of last winter in isolation, watching the car park through a window. My wife came every day. Our kids sent drawings. One of them drew you as a superhero with a cape made of blood cells, which I think is fair.

Now I'm back at work three days a week, I've had all my vaccinations again like a newborn, and my CMV numbers are finally boring. The nurses say boring is good.

I don't know if you're a man or a woman, young or old, but I know you're generous. Thank you for the time you gave, the needles, the tiredness. You gave me more Christmases with my family.

Yours gratefully,
Your recipient
""", [])

letter("en", "donor_to_family", """
Dear family of my recipient,

I was so sorry to read your letter. I have read it many times now, on the bus and at night, and I keep coming back to the part where you said he laughed at the nurses' terrible jokes until the very end.

I donated in the spring of 2021 when I was twenty-eight. I work on a ward myself, at the Royal Sussex, so I know a little about what those months must have been like for you - the waiting, the blood counts, the hope and then the bad news. I'm so sorry that my cells weren't enough.

Please don't ever feel you owe me anything. Knowing he had a bit more time with you, that he saw his granddaughter walk, means everything to me.

If it helps at all, I planted a rowan tree in my mum's garden in Hove for him. It's doing well. It had berries for the first time this autumn.

With love and sympathy,
Sophie
""", [
    ("spring of 2021", D), ("twenty-eight", A), ("Royal Sussex", O), ("Hove", L), ("Sophie", P),
], known={"names": ["Sophie Anne Marchetti"], "places": ["Brighton"],
          "organisations": ["Royal Sussex County Hospital"], "other": ["sophie.marchetti@nhs.net"]})

letter("en", "patient_to_donor", """
Respected Donor,

Namaste from India! I am writing this letter with the help of my brother because my hands still shake a little from the medicines. My name is Pinky (that is what everyone calls me, my real name is too long for the doctors to pronounce!). I am twenty-three years old and I was in B.Com final year when they found my aplastic anaemia.

My transplant was done on 14 February 2023 at Narayana in Bangalore. My mother calls it my second birthday and she made payasam for the whole ward. Valentine's Day and my new life on the same day - now nobody can forget it.

Sir or Madam, I do not know who you are, but DKMS-BMST told us you are from Germany. Germany is very far but your blood is now inside me, so now I am half German, no? My father says we must pray for you every Diwali and every Ganesh Chaturthi along with the family.

I have started walking on the terrace every evening. Slowly I will finish my degree.

Please take care of your health. God bless you and your family.

With respect and love,
Pinky
""", [
    ("India", L), ("Pinky", P, 0), ("twenty-three", A), ("14 February 2023", D), ("Narayana", O),
    ("Bangalore", L), ("DKMS-BMST", O), ("Germany", L, 0), ("Germany", L, 1), ("Pinky", P, 1),
], known={"names": ["Priyanka Raghunathan"], "places": ["Bengaluru"],
          "organisations": ["Narayana Health City"], "other": ["+91 98450 31276"]})

letter("en", "donor_to_patient", """
Dear Recipient,

My name is Will and I'm the guy whose stem cells you got last spring. I know we're supposed to keep things anonymous for now, so I'll keep it general-ish - but I'm the only chemistry teacher at the high school in our little town in Oregon, and I coach cross-country, which is why I'm annoyingly obsessed with running.

When the registry called, I'll be honest, I'd forgotten I even joined. I swabbed at a Be The Match drive during college. My wife was eight months pregnant at the time of the donation, so it was a wild few weeks. Our daughter Hope was born nine days after I gave marrow. We joke that she and you are sort of siblings.

I'm thirty-four. I like terrible puns, Star Wars, and camping by the river. I will keep my fingers crossed that you're getting stronger every week.

If you want to write back I'd love to hear from you. No pressure at all. (My donor ID on the card is BTM-0477-2291-6, in case that helps them match the letters up.)

Will
""", [
    ("Will", P, 0), ("the only chemistry teacher at the high school", X), ("Oregon", L),
    ("Be The Match", O), ("Hope", P), ("thirty-four", A), ("BTM-0477-2291-6", X), ("Will", P, 1),
])

letter("en", "patient_to_donor", """
G'day mate,

Not sure how you start one of these. The social worker said "just be yourself" so here's me being myself: I'm Brad, 52, married with three kids and a kelpie named Dusty, and I live in Toowoomba on the Darling Downs. I was a grader driver for the council for 20 years before the leukaemia knocked me flat.

The transplant was at the Royal Brisbane on 3 August 2022. I don't remember much of August to be honest. My missus says I was a shocker of a patient. The GvHD in my gut was rough but the team got on top of it.

I'm back mowing my own lawn now, which the kids think is hilarious because I used to whinge about it every weekend. I went to the footy for the first time in two years last Saturday - we lost, but who cares, I was there.

Thanks for doing what you did, whoever you are. If you're ever up this way for the Carnival of Flowers, there's a beer with your name on it.

Cheers,
Brad
""", [
    ("Brad", P, 0), ("52", A), ("Toowoomba", L), ("Darling Downs", L),
    ("grader driver for the council", X), ("Royal Brisbane", O), ("3 August 2022", D), ("Brad", P, 1),
], known={"names": ["Bradley James Cutler"], "places": ["Toowoomba"],
          "organisations": ["Toowoomba Regional Council"], "other": ["bcutler@tr.qld.gov.au", "0412 667 093"]})

letter("en", "family_to_donor", """
Dear Donor,

I'm Charlotte's mum. I've wanted to write this for a long time and I've never known what to say, because the news isn't what either of us wanted.

Lottie died on 2 November last year, aged seventeen, at the Royal Marsden with her dad and me and her little brother beside her. Your cells engrafted beautifully - the doctors were so pleased - but the relapse came back too fast and nothing more could be done.

I need you to know something, though. Because of you she got nine more months. She went to her sixth-form prom in a green dress she'd chosen off the internet at three in the morning. She passed her driving theory test. She saw Harry Styles at Wembley, screaming her head off with her friend Grace. None of that would have happened without you.

She used to talk about you. She wanted to meet you when she turned eighteen.

Please don't think your gift was wasted. It wasn't. It was the best summer of her life.

With love and thanks,
Helen
""", [
    ("Charlotte", P), ("Lottie", P), ("2 November", D), ("seventeen", A), ("Royal Marsden", O),
    ("Wembley", L), ("Grace", P), ("eighteen", A), ("Helen", P),
])

letter("en", "patient_to_donor", """
To my hero,

Faith has carried me through this whole ordeal, and now I believe God carried you to me too. I am a seventy-one-year-old grandmother of nine, a retired school librarian, and I never thought someone would give part of themselves for an old lady like me. But you did.

I was diagnosed with myelofibrosis in May 2021. My doctors at Vanderbilt in Nashville said a transplant at my age was a gamble. My pastor, Reverend Collins of Eastgate Baptist, prayed over me the night before and the whole congregation signed a quilt that hung in my room.

My cells are now 100% yours! My blood type even changed. I tell everyone at church that I'm part young person now.

My granddaughter Faith is helping me type this. She's twelve and much better with computers than me.

I pray for you every morning. May the Lord bless you abundantly.

With a grateful heart,
Rosie
""", [
    ("seventy-one", A), ("May 2021", D), ("Vanderbilt", O), ("Nashville", L), ("Reverend Collins", P),
    ("Eastgate Baptist", O), ("Faith", P, 1), ("twelve", A), ("Rosie", P),
], known={"names": ["Rosalind Mae Tibbets"], "places": ["Chattanooga"],
          "organisations": ["Erlanger Health System"], "other": ["423-555-0187"]},
   ok=[("Faith", 0)])

letter("en", "donor_to_patient", """
Dear stranger with my blood,

Hello from the south of Germany! My name is Jonas and I am 26 years old. I study forestry in Freiburg and in my free time I play trumpet in a brass band, the Musikverein Kappel, so if you ever feel a strange wish to play polka, it is maybe my fault.

The donation was on Tuesday, 7 March 2023, at the DKMS collection centre in Cologne. They gave me injections for five days before and my back hurt like I carried a fridge up the stairs, but it was not so bad. My girlfriend came with me and afterwards we ate far too much cake.

I do not know anything about you, only that you are a woman of around 50 years. I hope this is OK to say: I think about you often, especially when I walk in the Black Forest and it is very quiet. I hope you can also walk somewhere quiet soon.

The first snow is already on the Feldberg. Stay warm and get healthy.

Many greetings,
Jonas
""", [
    ("Germany", L), ("Jonas", P, 0), ("26", A), ("Freiburg", L), ("Musikverein Kappel", O),
    ("Tuesday, 7 March 2023", D), ("DKMS", O), ("Cologne", L), ("Black Forest", L), ("Feldberg", L),
    ("Jonas", P, 1),
], known={"names": ["Jonas Winter"], "places": ["Freiburg im Breisgau"],
          "organisations": ["Universitätsklinikum Freiburg"], "other": ["jonas.winter@posteo.de"]})

letter("en", "patient_to_donor", """
Dear Donor,

Hiya from a very rainy corner of Scotland. I'm Kirsty, though my gran only ever called me Bunny and now the whole ward does too, so you may as well.

I had my transplant at the Beatson in Glasgow in January 2024, a week after my 30th birthday. Not the birthday present I'd planned! Before all this I was a teacher at St Ninian's Primary in Kirkintilloch, primary 3, and the kids made me a giant card with 27 handprints on it. It's stuck on my ceiling so I see it every morning.

Recovery has been up and down. I had a wee spell in ICU with an infection in March, and the skin GvHD made me look like a boiled lobster for a bit, but my counts are good and my hair is coming back curly, which nobody warned me about.

I'd love to know a bit about you. Do you have kids? Pets? Do you like rain? Because if you ever visit, I can promise plenty of it.

Lots of love and a massive thank you,
Kirsty (Bunny) x
""", [
    ("Scotland", L), ("Kirsty", P, 0), ("Bunny", P, 0), ("Beatson", O), ("Glasgow", L),
    ("January 2024", D), ("30", A, "my 30th birthday"), ("St Ninian's Primary", O), ("Kirkintilloch", L),
    ("Kirsty", P, 1), ("Bunny", P, 1),
])

letter("en", "donor_to_patient", """
Hey you!

It's your donor here. I'm a nurse (ha, I know, of course I am) and an Army reservist, so between shifts at BAMC and drill weekends life is busy, but I've been wanting to sit down and write to you for months.

I'm Mari, I'm 41, and I'm a proud Texan. I joined the registry back in 2009 when a little girl from our parish needed a match. I wasn't hers, but sixteen years later I was yours, and that still gives me chills.

The collection was on June 10, 2025. I got to bring my Kindle and a pile of tamales my tía made, and the apheresis nurses and I became best friends by lunchtime.

Please tell me how you are when you're ready. What's your favorite food? Are you a morning person? Do you have people looking after you? I'm praying for you every night, and so is my tía, who is very persistent with her rosary.

Sending you so much strength,
Mari

P.S. My number if it's ever allowed: 210 555 0143
""", [
    ("BAMC", O), ("Mari", P, 0), ("41", A), ("June 10, 2025", D), ("Mari", P, 1), ("210 555 0143", C),
], known={"names": ["Marisol Grace Ortega"], "places": ["San Antonio"],
          "organisations": ["Brooke Army Medical Center"],
          "other": ["marisol.ortega.rn@gmail.com", "210-555-0143"]})

letter("en", "patient_to_donor", """
Dear Donor Ji,

Sat Sri Akal! My name is Harpreet Kaur and I am writing from Ludhiana, Punjab. I am forty-four years old, a mother of two sons, and I teach Punjabi at Guru Nanak Public School, Sarabha Nagar.

In the month of Chet last year I was told I had CML that had gone into blast crisis. The doctors at DMC Hospital said only a bone marrow transplant could save me and no one in my family matched, not even my own sister. My elder son Jaskaran, who is nineteen, did research on the internet day and night and found the registry.

After the transplant I stayed in the hospital for 41 days. Every day my husband brought langar from the Gurdwara for the whole family waiting outside. Waheguru heard all our prayers and sent you.

Today I can cook, I can walk to the market, and yesterday I scolded my younger son for his marks, so you can understand I am fully back to normal!

Waheguru bless you always.

With folded hands,
Harpreet
""", [
    ("Harpreet Kaur", P), ("Ludhiana", L), ("Punjab", L), ("forty-four", A),
    ("Guru Nanak Public School", O), ("Sarabha Nagar", L), ("DMC Hospital", O), ("Jaskaran", P),
    ("nineteen", A), ("Harpreet", P, 1),
])

letter("en", "donor_to_patient", """
Dear friend,

I hope it's okay to call you that. After everything, "recipient" feels too cold.

I'm Lan, I'm a pharmacist, and I'm the daughter of refugees. My parents arrived in Melbourne with nothing, and my mum always told us that when someone helps you, you pass it on. When I heard there were very few donors with an Asian background on the registry, I signed up straight away. That was years ago and I'd honestly forgotten about it until the phone rang last year.

I know from the coordinator that you're a young man, about the age of my little brother. He's 22 and plays far too much basketball. I imagine you doing something like that again soon.

My best friend, Rain, drove me to every appointment and sat with me through the whole collection, eating my hospital sandwiches. Everyone should have a Rain.

The week I donated was around Lunar New Year, so my whole family called it lucky money of a different kind. My grandmother lit incense at the temple for you.

Be gentle with yourself. Rest when you need to. Eat your greens (pharmacist's orders).

Warmly,
Lan
""", [
    ("Lan", P, 0), ("Melbourne", L), ("22", A), ("Rain", P, 0), ("Rain", P, 1), ("Lan", P, 1),
], known={"names": ["Thi Ngoc Lan Nguyen"], "places": ["Footscray"], "organisations": ["Western Health"],
          "other": ["lan.nguyen.pharm@outlook.com"]})

letter("en", "patient_to_donor", """
Dear Donor,

Two years ago today I was lying in a bed on 7 West at Johns Hopkins waiting for a bag of your cells to arrive from overseas. Today I ran a 5K. Slowly! But I ran it.

Quick intro: I'm Tom, I'm 58, and I drive a school bus in Frederick County. Yes, that's my real job and no, the kids don't know I had cancer. They just know "Mr. Tom" was gone for a year and came back bald.

My wife J. (she says I can't use her full name) set up a Facebook page during my treatment so people could follow along - facebook.com/TeamTomFights - and over 1,100 people joined. A lot of them signed up with Be The Match because of it. So your one donation has already grown into many more possible donors. I think that's pretty amazing.

If you ever want to reach me directly once the rules allow, my email is tommy dot brandt58 at gmail dot com.

Thank you for sending your cells across an ocean. I hope you're healthy and happy wherever you are.

Tom
""", [
    ("Johns Hopkins", O), ("Tom", P, 0), ("58", A), ("drive a school bus", X), ("Frederick County", L),
    ("Mr. Tom", P), ("J.", P), ("facebook.com/TeamTomFights", C), ("Be The Match", O),
    ("tommy dot brandt58 at gmail dot com", C), ("Tom", P, 2),
])

letter("en", "family_to_donor", """
Dear Donor,

I'm writing on behalf of our son, who is nine and far too busy with Minecraft to write his own letter, though he has drawn you a dragon on the back.

Rhys was diagnosed with severe aplastic anaemia the summer he turned seven. He went from running about on the beach at Aber to barely being able to get off the sofa. We spent the best part of a year between home and the children's ward at the University Hospital of Wales in Cardiff, which is a long old drive up and down the A470 in the winter.

His transplant was on 19 September 2023. You were a 9/10 match and the doctors were thrilled. Two years on, he's back at Ysgol Llwyn yr Eos - sorry, I mean he's back at school, he's made me promise not to embarrass him - and he plays rugby for the under-10s.

His mam and I can't thank you enough. Diolch o galon, as we say here.

Gareth (Rhys's dad)
""", [
    ("nine", A), ("Rhys", P, 0), ("seven", A), ("Aber", L), ("University Hospital of Wales", O),
    ("Cardiff", L), ("A470", L), ("19 September 2023", D), ("Ysgol Llwyn yr Eos", O), ("Gareth", P),
    ("Rhys", P, 1),
], known={"names": ["Gareth Huw Pritchard"], "places": ["Aberystwyth"], "organisations": [],
          "other": ["01970 612 884"]})

letter("en", "patient_to_donor", """
Dear Donor,

My name is Sunny. My parents named me that because I was born on the one sunny day of a very wet April, and I've always tried to live up to it, but last year was hard to be sunny about.

I'm a 29-year-old nail salon owner in Queens (the shop is my baby - it's called Sunny Nails, on Main Street, so if you're ever in Flushing you get a free manicure for life). In February I found bruises all over my legs. Two weeks later I was at NewYork-Presbyterian with a diagnosis of AML.

Being Korean American, I was told finding a match would be very hard. My church ran a swab drive for me and more than 300 people came, but none of them matched. Then you did. The doctors say you live on the other side of the world. That makes me cry every time I think of it.

I'm in remission now. The manicure offer stands forever, and my email is sunnypark.nyc@gmail.com whenever you want it.

With love,
Sunny
""", [
    ("Sunny", P, 0), ("29", A), ("Queens", L), ("Sunny Nails", O), ("Main Street", L), ("Flushing", L),
    ("NewYork-Presbyterian", O), ("ran a swab drive for me", X), ("sunnypark.nyc@gmail.com", C),
    ("Sunny", P, 2),
], known={"names": ["Sunny Park"], "places": ["Flushing, Queens"], "organisations": ["NewYork-Presbyterian"],
          "other": ["sunnypark.nyc@gmail.com"]})

letter("en", "donor_to_patient", """
Dear Recipient,

I've been told you're doing well, and I can't tell you how happy that made me. I actually cried in the supermarket car park when the coordinator rang.

I'm not going to say much about myself, because I know there are rules and I'd hate to get either of us in trouble. But I'm a mum of three, I love gardening, and I have an allotment where I grow far more courgettes than any family could possibly eat. Every summer I give bags of them away to anyone who stands still long enough.

The donation itself was easy. A couple of days of injections, a bit of backache, a long afternoon on the machine watching films. The staff made me endless cups of tea. Honestly, I've had worse trips to the dentist.

I hope you have people around you who love you. I hope you get to sit in the sun this summer and eat something delicious. And if you ever fancy a courgette, you know where to find me. Well, you don't, but you know what I mean.

Take care of yourself,
Your donor
""", [])

letter("en", "family_to_donor", """
Dear wonderful stranger,

This is Grace, Nathan's wife. Nate is still too tired to write much, so he's dictating bits and I'm adding the rest.

Nathan had his transplant at Princess Margaret in Toronto on March 28, 2024, which also happens to be our son's birthday - Owen turned five that day and celebrated with a cupcake in the family lounge. The nurses sang. Nathan says to tell you he was "mostly unconscious but very grateful."

Before he got sick, Nate was the only farrier in Grey County who still shoes draft horses, so there are a lot of very large horses around here waiting for him to get better. He's already talking about going back to work, and I'm already telling him no.

We'd love to send you a proper thank-you once we're allowed. Our address is 412 Concession Road 6, Meaford, ON N4L 1W5 - I know the registry may not pass this on, and that's fine. Even if they don't, please know that there's a family in Canada that thinks about you every day.

With so much gratitude,
Grace, Nathan and Owen
""", [
    ("Grace", P, 0), ("Nathan", P, 0), ("Nate", P, 0), ("Nathan", P, 1), ("Princess Margaret", O),
    ("Toronto", L), ("March 28, 2024", D), ("Owen", P, 0), ("five", A), ("Nathan", P, 2), ("Nate", P, 1),
    ("the only farrier", X), ("Grey County", L), ("412 Concession Road 6, Meaford, ON N4L 1W5", C),
    ("Canada", L), ("Grace", P, 1), ("Nathan", P, 3), ("Owen", P, 1),
])
# ---------------------------------------------------------------------------------------------
# German (12)
# ---------------------------------------------------------------------------------------------

letter("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

ich weiß gar nicht, wie ich anfangen soll. Seit Wochen liegt dieses Blatt Papier auf meinem Küchentisch, und jedes Mal, wenn ich mich hinsetze, kommen mir die Tränen. Also schreibe ich jetzt einfach drauflos.

Ich bin die Rosi, bin dreiundsechzig Jahre alt und wohne in Landshut, in Niederbayern. Im Herbst 2022 hat man bei mir ein MDS festgestellt, und ein halbes Jahr später war klar: ohne Transplantation geht es nicht. Im Klinikum rechts der Isar in München haben sie mir am 11. Mai 2023 Ihre Stammzellen gegeben. Die Schwestern dort haben mir zum „zweiten Geburtstag“ sogar eine Kerze in den Wackelpudding gesteckt.

Heute geht es mir gut. Ich kann wieder in meinem Garten werkeln, die Tomaten sind dieses Jahr prächtig geworden, und am Sonntag war ich zum ersten Mal wieder in der Kirche. Unser Pfarrer hat für Sie eine Fürbitte gesprochen.

Ich wünsche Ihnen von ganzem Herzen Gesundheit und Glück. Vergelt's Gott!

Ihre dankbare Rosi
""", [
    ("Rosi", P, 0), ("dreiundsechzig", A), ("Landshut", L), ("Niederbayern", L),
    ("Klinikum rechts der Isar", O), ("München", L), ("11. Mai 2023", D), ("Rosi", P, 1),
], known={"names": ["Rosa Maria Eichinger"], "places": ["Landshut"],
          "organisations": ["Klinikum rechts der Isar"], "other": ["rosa.eichinger@web.de", "0871 4428190"]})

letter("de", "donor_to_patient", """
Hallo liebe/r Unbekannte/r,

ich bin dein Spender! Man hat mir gesagt, dass ich dir jetzt schreiben darf, solange ich nichts Persönliches verrate. Na ja, ich versuch's.

Ich heiße Stefan, bin 38 und komme aus dem Ruhrpott. Beruflich fahre ich in Essen die Straßenbahnlinie 107, also falls du irgendwann mal in einer Bahn sitzt und der Fahrer dich anlächelt – könnte ich sein. Registriert habe ich mich vor fünfzehn Jahren bei einer Typisierungsaktion bei uns im Fußballverein, der DJK Katernberg. Damals wurde für einen kleinen Jungen aus dem Nachbarort gesucht.

Die Entnahme war im Februar 2024 in Köln. Vorher fünf Tage Spritzen, da hab ich mich gefühlt wie nach einer durchzechten Nacht, aber ehrlich: Das ist nichts im Vergleich zu dem, was du durchgemacht hast.

Meine Frau sagt, ich soll nicht so viel quatschen. Deshalb nur noch eins: Ich drück dir ganz fest die Daumen. Werd gesund, iss ordentlich Currywurst (okay, vielleicht lieber Gemüse) und melde dich, wenn du magst.

Glück auf!
Stefan
""", [
    ("Stefan", P, 0), ("38", A), ("Ruhrpott", L), ("Essen", L), ("die Straßenbahnlinie 107", X),
    ("DJK Katernberg", O), ("Februar 2024", D), ("Köln", L), ("Stefan", P, 1),
])

letter("de", "family_to_donor", """
Liebe Spenderin,

wir wissen nur, dass Sie eine junge Frau aus Polen sind, und trotzdem sitzen Sie seit einem Jahr jeden Tag mit uns am Tisch.

Unser Sohn Mats war vier, als er die Diagnose bekam: JMML, eine sehr seltene Form der Leukämie bei Kindern. Ich werde den Moment nie vergessen, als die Ärztin in der Uniklinik Rostock uns das gesagt hat. Mein Mann ist einfach aus dem Zimmer gegangen und hat eine halbe Stunde auf dem Parkplatz gestanden.

Am 2. Oktober 2023 kam Ihr Transplantat. Mats hat die ganze Zeit auf den Beutel gestarrt und gefragt, ob das Erdbeersaft ist. Heute ist er fünf, geht wieder in die Kita „Seesterne“ in Warnemünde und will Feuerwehrmann werden. Oder Pirat. Je nach Tag.

Wir haben zu Hause ein Foto von einem Sonnenuntergang an der Ostsee aufgehängt und sagen: Das ist für unsere Spenderin. Dziękujemy – das hat mir eine polnische Kollegin beigebracht.

In großer Dankbarkeit,
Katharina, Jens und Mats
""", [
    ("Polen", L), ("Mats", P, 0), ("vier", A), ("Uniklinik Rostock", O), ("2. Oktober 2023", D),
    ("Mats", P, 1), ("fünf", A), ("Seesterne", O), ("Warnemünde", L), ("Ostsee", L), ("Katharina", P),
    ("Jens", P), ("Mats", P, 2),
], known={"names": ["Katharina Sonne"], "places": ["Rostock"], "organisations": ["Universitätsmedizin Rostock"],
          "other": ["k.sonne@gmx.de"]})

letter("de", "patient_to_donor", """
Lieber Spender,

heute vor genau zwei Jahren bin ich aus der Klinik entlassen worden, und ich finde, das ist ein guter Tag, um Ihnen endlich zu schreiben.

Ich bin 24, studiere Lehramt in Tübingen und hatte vorher nie etwas mit Krankenhäusern zu tun. Dann kam im Winter die Diagnose AML, und plötzlich war mein Leben ein Kalender aus Chemo-Blöcken. Meine Oberärztin, Frau Dr. Winter, hat mir am ersten Tag gesagt: „Wir kämpfen zusammen.“ Das hat sie gehalten. Im Winter darauf war ich transplantiert, und Frau Dr. Winter hat mit mir auf der Station Kinderpunsch getrunken.

Ich weiß von der DKMS nur, dass Sie ein Mann aus den USA sind. Ihre Zellen sind einmal über den Atlantik geflogen, um zu mir zu kommen. Das finde ich immer noch unglaublich.

Inzwischen jobbe ich wieder in der Bäckerei Gehr am Marktplatz, mache im Herbst mein Referendariat und gehe jeden Samstag mit meiner Mitbewohnerin laufen. Langsam, aber immerhin.

Danke. Für alles.
Lena
""", [
    ("24", A), ("Tübingen", L), ("Frau Dr. Winter", P, 0), ("Frau Dr. Winter", P, 1), ("DKMS", O),
    ("USA", L), ("Atlantik", L), ("Bäckerei Gehr", O), ("Marktplatz", L), ("Lena", P),
])

letter("de", "donor_to_patient", """
Lieber Empfänger, liebe Empfängerin,

ich bin 57 Jahre alt und habe mir nie vorgestellt, dass ich mal jemandem das Leben retten darf. Ich bin eigentlich ein ganz normaler Kerl: Elektriker bei den Stadtwerken, verheiratet, zwei erwachsene Töchter, ein Dackel, der Bruno heißt und mehr zu sagen hat als ich.

Als der Anruf kam, dass ich als Spender in Frage komme, stand ich gerade auf einem Mast. Ich hab fast das Handy fallen lassen. Das war im Januar, und die Entnahme war dann am Montag, dem 18. März 2024, in Dresden. Meine Kollegen haben mich danach „Lebensretter“ genannt und mir einen Kuchen mit Blutstropfen aus Marmelade gebacken. Die sind so.

Die Leute hier an der Neiße reden nicht viel, aber sie meinen es ernst. Also: Ich denke jeden Tag an dich. Wenn du magst und es irgendwann erlaubt ist, ruf einfach an: 0162 / 778 45 21. Frag nach dem Hansi.

Alles Gute und bleib tapfer!
Dein Hansi
""", [
    ("57", A), ("Montag, dem 18. März 2024", D), ("Dresden", L), ("Neiße", L), ("0162 / 778 45 21", C),
    ("Hansi", P, 0), ("Hansi", P, 1),
], known={"names": ["Hans-Peter Brückner"], "places": ["Görlitz"], "organisations": ["Stadtwerke Görlitz"],
          "other": ["0162 7784521"]})

letter("de", "patient_to_donor", """
Liebe Spenderin!

Grüß Gott aus Österreich! Ich heiße Florian, aber alle sagen Flo, und ich bin vierzehn. Meine Mama hilft mir beim Schreiben, aber die Wörter sind von mir.

Ich hatte ALL. Das ist eine Leukämie. Ich war ganz lange im St. Anna Kinderspital in Wien, und am 12. Jänner 2024 habe ich deine Stammzellen bekommen. Die Infusion hat nur eine halbe Stunde gedauert. Ich hab mir gedacht, das geht ja schnell für so was Wichtiges. Meine kleine Schwester Rosa hat mir jeden Tag ein Bild gemalt, meistens in Rosa, weil das ihre Lieblingsfarbe ist.

Jetzt bin ich wieder daheim in Mödling und darf bald wieder in die Schule. Ich spiele Eishockey beim EHC Mödling, also ich hab gespielt, und im Herbst darf ich vielleicht wieder aufs Eis. Der Trainer hat gesagt, mein Trikot mit der Nummer 19 wartet auf mich.

Mama sagt, du bist eine Frau aus Deutschland und du bist 22. Das ist voll jung! Danke, dass du das gemacht hast. Du bist meine Heldin.

Liebe Grüße
dein Flo
""", [
    ("Österreich", L), ("Florian", P), ("Flo", P, 0), ("vierzehn", A), ("St. Anna Kinderspital", O),
    ("Wien", L), ("12. Jänner 2024", D), ("Rosa", P, 0), ("Mödling", L, 0), ("EHC Mödling", O),
    ("Trikot mit der Nummer 19", X), ("Deutschland", L), ("22", A), ("Flo", P, 1),
], ok=[("Rosa", 1)])

letter("de", "donor_to_family", """
Liebe Familie,

Ihr Brief hat mich sehr berührt, und ich habe lange gebraucht, um eine Antwort zu finden. Eigentlich gibt es keine richtigen Worte. Es tut mir unendlich leid, dass Ihr Mann es nicht geschafft hat.

Als ich damals gefragt wurde, ob ich spenden möchte, habe ich keine Sekunde gezögert. Ich habe mir oft vorgestellt, wer Sie wohl sind, wie es Ihnen geht, ob die Zellen gut angegangen sind. Dass er durch die Transplantation noch einen Sommer mit Ihnen und den Enkeln hatte, tröstet mich ein wenig. Sie schreiben, dass er noch einmal an seinem geliebten See angeln war. Das Bild geht mir nicht mehr aus dem Kopf.

Ich zünde jeden Sonntag in der Kirche eine Kerze für ihn an. Das werde ich auch weiter tun.

Ich wünsche Ihnen Kraft für die kommende Zeit, und dass die schönen Erinnerungen irgendwann lauter werden als die traurigen.

In stiller Verbundenheit
Ihre Spenderin
""", [], known={"names": ["Birgit Schäfer"], "places": ["Kassel"], "organisations": ["Klinikum Kassel"],
               "other": ["birgit.schaefer@t-online.de"]})

letter("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender

Grüezi! Ich heisse Reto, bin 49 Jahre alt und Käser. Genauer gesagt bin ich der einzige Käser in unserem Dorf im Appenzellerland, und ohne mich gibt es bei uns keinen Alpkäse. Sie können sich vorstellen, wie die Leute gejammert haben, als ich plötzlich ein halbes Jahr weg war.

Die Diagnose war ein Lymphom, das nach zwei Chemotherapien wiedergekommen ist. Im KSSG hat man mir dann am 30. November 2022 Ihre Zellen gegeben. Die Pflegerinnen dort waren Engel, besonders Schwester Doris, die mir jeden Morgen das Wetter auf dem Säntis vorgelesen hat, damit ich wusste, was ich verpasse.

Seit letztem Sommer stehe ich wieder in der Käserei. Noch nicht jeden Tag, aber an guten Tagen schon um fünf Uhr früh. Meine Frau sagt, ich sei ein sturer Appenzeller. Sie hat Recht.

Ich danke Ihnen von Herzen. Wenn Sie einmal in die Schweiz kommen, zeige ich Ihnen, wie man einen richtigen Käse macht.

Herzliche Grüsse
Reto
""", [
    ("Reto", P, 0), ("49", A), ("der einzige Käser in unserem Dorf", X), ("Appenzellerland", L),
    ("KSSG", O), ("30. November 2022", D), ("Schwester Doris", P), ("Säntis", L), ("Schweiz", L),
    ("Reto", P, 1),
], known={"names": ["Reto Gämperli"], "places": ["St. Gallen"], "organisations": ["Kantonsspital St. Gallen"],
          "other": ["+41 79 412 63 08"]})

letter("de", "family_to_donor", """
Lieber Spender,

ich schreibe Ihnen im Namen unserer Familie, und ich muss Ihnen leider mitteilen, dass meine Mutter im vergangenen Frühjahr gestorben ist. Sie war einundsiebzig.

Ich möchte aber nicht, dass dieser Brief nur traurig ist. Denn Sie haben ihr etwas geschenkt, das wir nie vergessen werden: Nach der Transplantation hatte sie noch vierzehn gute Monate. Sie hat die Hochzeit meiner Schwester in der Frauenkirche erlebt, sie hat ihren ersten Urenkel im Arm gehalten, und sie ist mit uns noch einmal an den Bodensee gefahren, wo sie als Kind immer die Sommerferien verbracht hat.

Ihr Name war Gertrud, aber alle nannten sie Trudi. Sie hat oft von „ihrem jungen Mann“ gesprochen, weil man uns gesagt hatte, dass Sie ein Spender Anfang zwanzig sind. Sie hat jeden Abend für Sie gebetet.

Danke, dass Sie ihr diese Zeit geschenkt haben. Wir wünschen Ihnen ein langes, gesundes Leben.

Mit herzlichen Grüßen
Andreas K. und Familie
""", [
    ("einundsiebzig", A), ("Frauenkirche", L), ("Bodensee", L), ("Gertrud", P), ("Trudi", P),
    ("Andreas K.", P),
])

letter("de", "donor_to_patient", """
Hey du,

ich bin Tobi, 31, und seit dem 5. Juni 2024 sind wir sozusagen Blutsverwandte. Verrückt, oder?

Ich arbeite als Greenkeeper im Weserstadion, ich bin also der Typ, der dafür sorgt, dass bei Werder der Rasen grün ist. Meine Chefin, Frau Sonne, hat mir für die Spende sofort freigegeben, aber die Kollegen haben mich ausgelacht, weil ich solche Angst vor der Nadel hatte. Ich, ein Kerl von 1,95 Meter! Am Ende war es halb so wild.

Ich hab mich 2016 bei einer Aktion in der Uni typisiert, ehrlich gesagt wegen der kostenlosen Pizza. Ich hätte nie gedacht, dass ich mal angerufen werde. Als es dann so weit war, hat meine Oma gesagt: „Junge, das machst du.“ Und Oma hat immer recht.

Ich hoffe, dir geht es jeden Tag ein bisschen besser und du kannst bald wieder in der Sonne sitzen. Wenn du Fußball magst: Ich schick dir gern irgendwann ein Trikot. Wenn nicht: auch gut, dann gibt's Schokolade. Schreib mir einfach an tobi.rasenmann@gmx.de, falls das irgendwann erlaubt ist.

Ganz liebe Grüße aus dem Norden
Tobi
""", [
    ("Tobi", P, 0), ("31", A), ("5. Juni 2024", D), ("Greenkeeper", X), ("Weserstadion", L),
    ("Werder", O), ("Frau Sonne", P), ("tobi.rasenmann@gmx.de", C), ("Tobi", P, 1),
], known={"names": ["Tobias Rosenthal"], "places": ["Bremen"], "organisations": ["SV Werder Bremen"],
          "other": ["@tobi_rosenthal"]})

letter("de", "patient_to_donor", """
Liebe Spenderin,

Merhaba und Hallo! Ich bin Özlem, 36 Jahre alt, Mutter von zwei Jungs und Erzieherin in einer Kita in Neukölln. Die Kinder dort haben mir während der ganzen Zeit Bilder gemalt, und eines davon zeigt Sie: eine Frau mit Superheldenumhang und einer riesigen Spritze. Ich hoffe, Sie nehmen es mit Humor.

Es war schwer, für mich einen passenden Spender zu finden, weil Menschen mit türkischen Wurzeln in den Dateien selten sind. Meine Familie hat deshalb eine Typisierungsaktion für mich organisiert, in der Şehitlik-Moschee, und über 600 Menschen sind gekommen. Am Ende waren aber Sie es, eine Frau aus Spanien, die gepasst hat.

Die Transplantation war an der Charité, Campus Virchow, am 8. Februar 2023. Meine Mutter hat vor der Tür gebetet, mein Mann hat im Flur Simit verteilt.

Heute arbeite ich wieder, halbtags. Nächsten Ramadan möchte ich wieder fasten können, und meine Ärztin sagt: vielleicht.

Allah razı olsun – möge Gott mit Ihnen zufrieden sein.
Ihre Özlem
""", [
    ("Özlem", P, 0), ("36", A), ("Neukölln", L), ("eine Typisierungsaktion für mich organisiert", X),
    ("Şehitlik-Moschee", O), ("Spanien", L), ("Charité", O), ("Campus Virchow", O), ("8. Februar 2023", D),
    ("Özlem", P, 1),
], known={"names": ["Özlem Yıldırım"], "places": ["Berlin-Neukölln"], "organisations": ["Charité"],
          "other": ["oezlem.yildirim@gmail.com", "030 6891 2277"]})

letter("de", "donor_to_patient", """
Moin!

Ich bin deine Spenderin und wollte mich einfach mal melden. Viel darf ich ja nicht erzählen. Nur so viel: Ich bin Mitte dreißig, habe zwei Katzen, und ich liebe das Meer.

Als ich den Anruf bekam, saß ich gerade im Zug zur Arbeit. Ich musste aussteigen und erst mal eine Runde um den Bahnhof laufen, so aufgeregt war ich. Danach ging alles ganz schnell: Voruntersuchung, Spritzen, Entnahme. Zwei Tage lang habe ich auf einer Liege gelegen und Hörbücher gehört. Die Schwestern haben mir Kekse gebracht, und ich habe mich gefühlt wie im Wellnessurlaub, nur mit Schläuchen.

Ich denke oft an dich und frage mich, wie es dir geht. Bist du jung oder alt? Hast du Familie? Magst du auch das Meer? Ich stelle mir vor, dass du irgendwann an einem Strand stehst und der Wind dir um die Nase weht. Das wünsche ich dir.

Pass gut auf dich auf. Und sag deinen Ärzten, dass sie einen tollen Job machen.

Herzlich,
deine Spenderin
""", [])
# ---------------------------------------------------------------------------------------------
# Hindi (10: 7 in Devanagari, 3 Hinglish in Latin script)
# ---------------------------------------------------------------------------------------------

letter("hi", "patient_to_donor", """
प्रिय दाता,

नमस्ते। मेरा नाम अंजलि है और मैं लखनऊ से हूँ। मैं इकतीस साल की हूँ और एक सरकारी स्कूल में गणित पढ़ाती हूँ। पिछले साल जब मुझे अप्लास्टिक एनीमिया का पता चला, तो लगा जैसे सब कुछ ख़त्म हो गया।

मेरा ट्रांसप्लांट ७ जुलाई २०२३ को पीजीआई में हुआ। उस दिन सावन का पहला सोमवार था, और मेरी माँ ने कहा कि भोलेनाथ ने ख़ुद आपको भेजा है। मेरे पति ने पूरे वार्ड में लड्डू बाँटे, हालाँकि मैं खुद एक भी नहीं खा पाई!

आप जर्मनी से हैं, हमें बस इतना ही बताया गया। मेरी बेटी पिहू, जो छह साल की है, रोज़ पूछती है कि "जर्मनी वाली मौसी" कब आएँगी। मैंने उसे नक्शे पर जर्मनी दिखाया है।

अब मैं धीरे-धीरे ठीक हो रही हूँ। डॉक्टर कहते हैं कि अगले साल तक मैं फिर से स्कूल जा सकूँगी।

आपका बहुत-बहुत धन्यवाद। भगवान आपको हमेशा खुश रखे।

आपकी आभारी,
अंजलि
""", [
    ("अंजलि", P, 0), ("लखनऊ", L), ("इकतीस", A), ("७ जुलाई २०२३", D), ("पीजीआई", O), ("जर्मनी", L, 0),
    ("पिहू", P), ("छह", A), ("जर्मनी", L, 1), ("जर्मनी", L, 2), ("अंजलि", P, 1),
], known={"names": ["Anjali Srivastava"], "places": ["Lucknow"], "organisations": ["SGPGI Lucknow"],
          "other": ["anjali.sri92@gmail.com", "+91 94150 27736"]})

letter("hi", "donor_to_patient", """
प्रिय मित्र,

मैं आपका दाता हूँ। मेरा नाम तो मैं नहीं बता सकता, पर इतना बता सकता हूँ कि मैं पच्चीस साल का हूँ और इंजीनियरिंग की पढ़ाई पूरी करके अभी नई नौकरी शुरू की है।

कॉलेज में एक कैंप लगा था, दात्री वालों का। मेरे दोस्त ने कहा चल, मुँह में रुई घुमानी है बस, पाँच मिनट का काम है। मैंने सोचा भी नहीं था कि तीन साल बाद फ़ोन आएगा कि किसी की जान बचाने के लिए आपकी ज़रूरत है।

घर वाले पहले डर गए थे। दादी को लगा कि रीढ़ की हड्डी से कुछ निकालेंगे। लेकिन डॉक्टर साहब ने सब समझाया, और आख़िर में दादी ने ही सबसे ज़्यादा हिम्मत दी। दान के दिन उन्होंने मेरे माथे पर तिलक लगाया और कहा, "जा बेटा, पुण्य का काम है।"

मुझे बस इतना पता है कि आप एक छोटे बच्चे हैं। मैं रोज़ प्रार्थना करता हूँ कि आप जल्दी स्कूल लौटें, क्रिकेट खेलें, और खूब शरारत करें।

आपका भाई,
आपका दाता
""", [
    ("पच्चीस", A), ("दात्री", O),
])

letter("hi", "family_to_donor", """
आदरणीय दाता जी,

प्रणाम। मैं सुरेश, पटना से, आपको यह चिट्ठी अपनी बेटी आशा की ओर से लिख रहा हूँ। आशा बारह साल की है और सातवीं कक्षा में पढ़ती है।

दो साल पहले उसे ब्लड कैंसर हुआ। गाँव से लेकर शहर तक हर डॉक्टर के पास गए। जब महावीर कैंसर संस्थान के डॉक्टर ने कहा कि बोन मैरो ट्रांसप्लांट ही आख़िरी रास्ता है, तो मेरी पत्नी बेहोश हो गई। घर में किसी का मैच नहीं हुआ। फिर भी हमने आशा नहीं छोड़ी। रोज़ हनुमान जी के मंदिर में माथा टेकते रहे।

और फिर आप मिले। १९ जनवरी २०२४ को उसका ट्रांसप्लांट वेल्लोर के सीएमसी अस्पताल में हुआ। हम इतनी दूर पहली बार गए थे, दक्षिण का खाना भी पहली बार खाया।

अब वह फिर से हँसती है, अपने छोटे भाई से लड़ती है, और कहती है कि बड़ी होकर डॉक्टर बनेगी।

मैं एक मामूली किसान हूँ, आपको देने के लिए मेरे पास कुछ नहीं है। बस दुआ है कि आप और आपका परिवार हमेशा सुखी रहें।

आपका,
सुरेश
""", [
    ("सुरेश", P, 0), ("पटना", L), ("आशा", P, 0), ("आशा", P, 1), ("बारह", A), ("महावीर कैंसर संस्थान", O),
    ("१९ जनवरी २०२४", D), ("वेल्लोर", L), ("सीएमसी अस्पताल", O), ("सुरेश", P, 1),
], known={"names": ["Suresh Kumar Yadav"], "places": ["Patna"], "organisations": ["Mahavir Cancer Sansthan"],
          "other": ["+91 93341 58820"]},
   ok=[("आशा", "हमने आशा नहीं")])

letter("hi", "patient_to_donor", """
प्रिय दाता,

मैं राजेश हूँ, पर घर में सब मुझे गुड्डू बुलाते हैं। उम्र अड़तालीस साल। जयपुर में हवा महल के पास हमारी चूड़ियों की पुश्तैनी दुकान है, जो मेरे दादाजी ने शुरू की थी। पूरा बाज़ार जानता है कि गुड्डू भैया बीमार थे।

मार्च २०२२ में पता चला कि मुझे मायलोमा है। पहले तो समझ ही नहीं आया कि ये क्या बीमारी है। फिर एक के बाद एक कीमो, और आख़िर में ट्रांसप्लांट। डॉक्टरों ने कहा कि अपने ही स्टेम सेल से काम नहीं चलेगा, किसी और के चाहिए।

आप विदेश से हैं, यह सुनकर मेरी माँ रो पड़ीं। बोलीं, "देखो, इंसानियत की कोई सरहद नहीं होती।"

आज मैं फिर से दुकान पर बैठता हूँ। ग्राहक आते हैं, चाय पीते हैं, हाल पूछते हैं। दीवाली पर गोविंद देव जी मंदिर में आपके नाम का दीया जलाया था — नाम नहीं पता, तो "मेरे दाता" लिख दिया।

धन्यवाद शब्द बहुत छोटा है।

आपका,
गुड्डू
""", [
    ("राजेश", P), ("गुड्डू", P, 0), ("अड़तालीस", A), ("जयपुर", L), ("हवा महल", L),
    ("चूड़ियों की पुश्तैनी दुकान", X), ("गुड्डू", P, 1), ("मार्च २०२२", D), ("गोविंद देव जी मंदिर", O),
    ("गुड्डू", P, 2),
])

letter("hi", "donor_to_family", """
प्रिय परिवारजन,

आपका पत्र मिला। पढ़कर बहुत देर तक कुछ बोल नहीं पाई। मुझे बहुत दुख है कि विनोद जी अब हमारे बीच नहीं हैं।

मैं कविता हूँ, इंदौर की रहने वाली। जब मुझे फ़ोन आया था कि मेरा एचएलए किसी से मिलता है, तब मैं उनतीस साल की थी और मेरी शादी को बस छह महीने हुए थे। मेरे ससुराल वाले थोड़ा घबराए, लेकिन मेरे पति ने पूरा साथ दिया।

आपने लिखा कि ट्रांसप्लांट के बाद उन्होंने अपने पोते का पहला जन्मदिन देखा, और होली पर पूरे मोहल्ले के साथ रंग खेला। यह जानकर मन को थोड़ी शांति मिली कि मेरे दान से उन्हें कुछ अच्छे दिन मिले।

मैं उनके लिए हर पूर्णिमा को दीया जलाती हूँ। भगवान उनकी आत्मा को शांति दे और आप सबको यह दुख सहने की शक्ति दे।

आपकी,
कविता
""", [
    ("विनोद", P), ("कविता", P, 0), ("इंदौर", L), ("उनतीस", A), ("कविता", P, 1),
], known={"names": ["Kavita Deshpande"], "places": ["Indore"], "organisations": ["Choithram Hospital"],
          "other": ["kavita.d@rediffmail.com"]})

letter("hi", "patient_to_donor", """
मोहतरम डोनर साहब,

अस्सलाम अलैकुम। मेरा नाम इमरान है, मैं हैदराबाद के पुराने शहर में चारमीनार के पास रहता हूँ। मेरी उम्र बयालीस साल है और मैं ऑटो चलाता हूँ।

पिछले रमज़ान में मुझे बहुत कमज़ोरी रहने लगी। रोज़ा रखना तो दूर, सीढ़ियाँ भी नहीं चढ़ पाता था। जाँच हुई तो पता चला कि ल्यूकेमिया है। बस, उस दिन से ज़िंदगी बदल गई।

मेरा ट्रांसप्लांट १२ नवंबर २०२३ को बसवतारकम अस्पताल में हुआ। मेरी बीवी सलमा ने अस्पताल के बाहर पूरे चालीस दिन गुज़ारे। मेरे बच्चे, अयान और ज़ोया, रोज़ वीडियो कॉल पर मुझसे कहते थे, "अब्बू, जल्दी घर आओ।"

अब मैं घर पर हूँ। अभी ऑटो नहीं चला सकता, पर इंशाअल्लाह अगली ईद तक फिर सड़क पर होऊँगा।

अल्लाह आपको और आपके घर वालों को हमेशा सेहतमंद रखे। आपने मुझे दोबारा ज़िंदगी दी है।

आपका शुक्रगुज़ार,
इमरान
""", [
    ("इमरान", P, 0), ("हैदराबाद", L), ("चारमीनार", L), ("बयालीस", A), ("१२ नवंबर २०२३", D),
    ("बसवतारकम अस्पताल", O), ("सलमा", P), ("अयान", P), ("ज़ोया", P), ("इमरान", P, 1),
], known={"names": ["Mohammed Imran Qureshi"], "places": ["Hyderabad"],
          "organisations": ["Osmania General Hospital"], "other": ["imran.q.hyd@yahoo.co.in"]})

letter("hi", "family_to_donor", """
प्रिय दाता,

मैं नेहा की माँ हूँ। नेहा सिर्फ़ ग्यारह महीने की थी जब डॉक्टरों ने बताया कि उसे एक दुर्लभ बीमारी है, एससीआईडी, जिसमें शरीर की रक्षा करने वाली ताक़त ही नहीं होती। हम मुंबई के टाटा मेमोरियल अस्पताल में कई महीने रहे। हर दिन डर लगता था कि कोई छोटा-सा इन्फ़ेक्शन भी उसे हमसे छीन न ले।

आपकी वजह से आज नेहा दो साल की है। वह दौड़ती है, गिरती है, फिर उठकर दौड़ती है। उसे मिट्टी में खेलना सबसे अच्छा लगता है, और अब डॉक्टर भी कहते हैं कि खेलने दो।

हम ठाणे में रहते हैं, और यहाँ गणपति के दिनों में हमने पंडाल में आपके लिए विशेष आरती करवाई थी। पूरी सोसाइटी आपको दुआ देती है।

अगर कभी नियम इजाज़त दें, तो हमसे ज़रूर बात कीजिए। मेरा नंबर है ९८२०४ ७७१६३।

आपकी सदा आभारी,
नेहा की माँ, सुनीता
""", [
    ("नेहा", P, 0), ("नेहा", P, 1), ("ग्यारह", A), ("मुंबई", L), ("टाटा मेमोरियल अस्पताल", O),
    ("नेहा", P, 2), ("दो", A, "नेहा दो साल"), ("ठाणे", L), ("९८२०४ ७७१६३", C), ("नेहा", P, 3), ("सुनीता", P),
])

letter("hi", "patient_to_donor", """
Hi Donor bhai/behen,

Main Ronnie hoon, actually Rohit, but sab Ronnie hi bolte hain. Umar 35 saal, Gurgaon mein ek MNC mein sales manager tha jab yeh sab shuru hua. Ek din office mein hi chakkar aa gaya aur blood test mein platelets 9,000 nikle. Doctor ne seedha bola, beta admit ho jao.

Medanta mein AML diagnose hua, phir induction chemo, phir consolidation. Mummy roz ghar se parathe laati thi, jo main kha bhi nahi paata tha, but woh phir bhi laati thi. Papa ne apni gaadi bech di, kisi ko bataya bhi nahi.

Transplant hua 22 August 2023 ko. Aap DKMS-BMST ke through mile, aur sabse mazedaar baat, doctors ne bataya aap bhi Delhi NCR se hi ho! Matlab kya pata hum kabhi same metro mein baithe hon. Mera UHID 20230817-4471 hai, agar hospital se kuch confirm karna ho.

Ab main 80% recover ho gaya hoon, gym bhi dheere dheere start kiya hai. Wife kehti hai pehle se zyada healthy lag raha hoon.

Thank you yaar. Seriously. Aapne jo kiya uska koi mol nahi hai.

Your blood brother,
Ronnie
""", [
    ("Ronnie", P, 0), ("Rohit", P), ("Ronnie", P, 1), ("35", A), ("Gurgaon", L), ("Medanta", O),
    ("22 August 2023", D), ("DKMS-BMST", O), ("Delhi NCR", L), ("20230817-4471", X), ("Ronnie", P, 2),
], known={"names": ["Rohit Malhotra"], "places": ["Gurugram"], "organisations": ["Medanta"],
          "other": ["rohit.malhotra.89@gmail.com", "+91 98110 45372"]})

letter("hi", "donor_to_patient", """
Dear Recipient ji,

Sat Sri Akal! Main aapka donor hoon. Naam nahi bata sakta rules ki wajah se, but itna bata sakta hoon ki main 27 saal ka hoon aur Mohali mein ek physio clinic chalata hoon. Clinic ka naam "Fit Punjab Physio" hai, toh agar kabhi back pain ho toh aana! (Joke hai, pehle theek ho jao.)

Jab DATRI se call aaya, main gym mein tha. Pehle laga koi spam call hai. Phir unhone samjhaya ki ek patient ko meri zaroorat hai, toh maine socha, bas, karna hai. Meri bebe ne gurdwara sahib mein ardaas karvai, aur donation ke din poora parivaar hospital aaya, jaise shaadi ho.

Donation 4 din ke injections ke baad hua, thoda body pain tha par kuch khaas nahi. Doctor saab ne bola bahut achha collection hua hai. Sun ke itni khushi hui ki bata nahi sakta.

Aap jaldi theek ho jao. Jab rules allow karein, toh Insta pe message karna: @fitwithharman.

Rab rakha,
Aapka donor
""", [
    ("27", A), ("Mohali", L), ("Fit Punjab Physio", O), ("DATRI", O), ("@fitwithharman", C),
])

letter("hi", "family_to_donor", """
Assalamualaikum Donor Sahab,

Main Farzana hoon, Aftab ki biwi. Aftab ne khud likhne ki koshish ki thi par unke haathon mein abhi bhi jhunjhunahat hai, isliye main likh rahi hoon.

Aftab 51 saal ke hain aur Park Circus mein unki biryani ki dukaan hai, "Aftab Biryani House", jo unke abba ne 1978 mein shuru ki thi. Jab woh bimaar pade, toh pehli baar dukaan teen mahine band rahi. Poora mohalla pooch raha tha, Aftab bhai kahan hain?

Unka transplant Tata Medical mein hua tha, 3 March 2024 ko. Hum log raat raat bhar hospital ke bahar bench pe baithe rehte the. Meri beti Sana ne tab apne board exams diye, roz hospital se padhai karke.

Ab Aftab ghar pe hain, dheere dheere chalne lage hain. Kehte hain Eid pe dukaan phir se kholenge aur pehli plate aapke naam ki hogi.

Allah aapko lambi umar de.

Farzana
""", [
    ("Farzana", P, 0), ("Aftab", P, 0), ("Aftab", P, 1), ("Aftab", P, 2), ("51", A), ("Park Circus", L),
    ("Aftab Biryani House", O), ("Aftab", P, 4), ("Tata Medical", O), ("3 March 2024", D), ("Sana", P),
    ("Aftab", P, 5), ("Farzana", P, 1),
], known={"names": ["Farzana Begum"], "places": ["Kolkata"], "organisations": ["Tata Medical Center"],
          "other": []})
# ---------------------------------------------------------------------------------------------
# French (7)
# ---------------------------------------------------------------------------------------------

letter("fr", "patient_to_donor", """
Cher donneur, chère donneuse,

Je m'appelle Bernadette, mais tout le monde m'appelle Dédette depuis l'école. J'ai soixante-sept ans, je suis veuve, et j'habite un petit village près de Clermont, dans le Puy-de-Dôme, où je tiens depuis trente ans la seule mercerie du canton.

On m'a diagnostiqué une leucémie en novembre 2021. Au CHU Estaing, les médecins ont été formidables, mais ils m'ont prévenue : à mon âge, la greffe, c'était risqué. J'ai dit oui quand même. J'ai reçu vos cellules le 4 avril 2022. C'était un lundi, je m'en souviens parce que le lundi, c'est le jour où la mercerie est fermée.

Aujourd'hui je vais bien. J'ai rouvert la boutique, je tricote des bonnets pour le service d'hématologie, et je suis allée voir mon petit-fils jouer au rugby à l'ASM. Quelle émotion !

Je ne sais rien de vous, sauf que vous êtes un homme jeune. Merci, merci, mille fois merci.

Dédette
""", [
    ("Bernadette", P), ("Dédette", P, 0), ("soixante-sept", A), ("Clermont", L), ("Puy-de-Dôme", L),
    ("la seule mercerie du canton", X), ("novembre 2021", D), ("CHU Estaing", O), ("4 avril 2022", D),
    ("ASM", O), ("Dédette", P, 1),
], known={"names": ["Bernadette Lhuillier"], "places": ["Clermont-Ferrand"], "organisations": ["CHU Estaing"],
          "other": ["b.lhuillier63@orange.fr"]})

letter("fr", "donor_to_patient", """
Bonjour à toi,

C'est moi, ton donneur. Je sais que je n'ai pas le droit de dire grand-chose, mais je voulais au moins te dire que je pense à toi.

Je m'appelle Mathieu, j'ai trente et un ans et je suis pompier à Trois-Rivières. À la caserne, les gars m'ont surnommé « le cobaye » quand j'ai annoncé que j'allais donner de la moelle. Ils trouvaient ça drôle jusqu'à ce qu'ils voient le reportage de Radio-Canada sur les donneurs; là, ils ont arrêté de rire et trois d'entre eux se sont inscrits chez Héma-Québec.

Le prélèvement a eu lieu le 15 janvier 2024 à Montréal. Il faisait moins trente dehors, et j'ai passé la journée au chaud avec une couverture et des films de Noël, même si Noël était fini. Pas mal comme journée de congé.

J'espère que tu reprends des forces. Mange bien, dors beaucoup, et un jour, quand tu seras prêt, viens faire de la motoneige chez nous. Je t'emmène.

À bientôt peut-être,
Mathieu
""", [
    ("Mathieu", P, 0), ("trente et un", A), ("Trois-Rivières", L), ("Radio-Canada", O), ("Héma-Québec", O),
    ("15 janvier 2024", D), ("Montréal", L), ("Mathieu", P, 1),
])

letter("fr", "family_to_donor", """
Chère donneuse,

On nous a dit que vous êtes une jeune femme d'Italie, et depuis, mon fils Yanis a décidé d'apprendre l'italien. Il connaît déjà « grazie », « pizza » et « forza », ce qui est, selon lui, l'essentiel.

Yanis avait six ans quand on a découvert sa drépanocytose sévère. Il faisait des crises terribles, parfois plusieurs fois par mois. À l'Hôpital Reine Fabiola, les médecins nous ont parlé de la greffe comme seule guérison possible. Aucun de ses frères et sœurs n'était compatible.

La greffe a eu lieu en mai 2023. Aujourd'hui, Yanis a huit ans, il n'a plus fait une seule crise, et il court partout dans le parc Josaphat avec ses copains comme si de rien n'était. Moi, je le regarde et je pleure encore un peu, de bonheur cette fois.

Nous habitons Schaerbeek, et tout l'immeuble connaît votre histoire. Notre voisine du troisième vous a même allumé un cierge à Notre-Dame de Laeken.

Merci du fond du cœur,
Nadia, maman de Yanis
""", [
    ("Italie", L), ("Yanis", P, 0), ("Yanis", P, 1), ("six", A), ("Hôpital Reine Fabiola", O),
    ("mai 2023", D), ("Yanis", P, 2), ("huit", A), ("parc Josaphat", L), ("Schaerbeek", L),
    ("Notre-Dame de Laeken", O), ("Nadia", P), ("Yanis", P, 3),
], known={"names": ["Nadia Benali"], "places": ["Schaerbeek"], "organisations": ["HUDERF"],
          "other": ["nadia.benali@skynet.be"]})

letter("fr", "patient_to_donor", """
Cher donneur,

Voilà deux ans que vos cellules vivent en moi, et je n'ai jamais trouvé le courage de vous écrire. Aujourd'hui, je me lance.

Je ne peux pas vous dire grand-chose de moi, les règles sont strictes, et c'est peut-être mieux ainsi. Sachez simplement que je suis une maman, que j'aime les longues marches et les romans policiers, et que la maladie m'a pris presque une année entière.

Pendant la greffe, je me suis accrochée à une idée : quelque part, quelqu'un que je ne connaîtrai peut-être jamais avait dit oui. Sans rien demander. Cette pensée m'a portée dans les pires nuits, quand la fièvre montait et que les infirmières passaient toutes les heures.

Maintenant, je reprends doucement ma vie. Je suis retournée au travail à mi-temps au printemps. J'ai fêté Noël avec ma famille, et pour la première fois depuis longtemps, je n'ai pas eu peur du lendemain.

Je vous souhaite une vie longue, douce et pleine de rires. Vous le méritez.

Avec toute ma reconnaissance,
Une receveuse qui vous doit tout
""", [])

letter("fr", "donor_to_family", """
Chère famille,

Votre lettre m'est parvenue il y a trois semaines, pendant une permission. Je l'ai lue assis sur le quai, et je suis resté longtemps sans bouger.

Je suis tellement désolé pour Camille. Vous m'écrivez qu'elle avait dix-neuf ans, qu'elle voulait devenir sage-femme, qu'elle riait fort. J'aurais tant voulu que mes cellules suffisent.

Je m'appelle Julien. Je suis sous-marinier, basé à Lorient, et quand vous lirez ceci je serai sans doute quelque part sous l'Atlantique, sans téléphone pendant des semaines. C'est pour ça que ma réponse arrive si tard, pardon.

Le jour du prélèvement, à l'hôpital Saint-Louis à Paris, le 9 septembre 2022, je me souviens avoir pensé à celle ou celui qui recevrait ce sac. Je ne savais pas que c'était Camille. Maintenant je le sais, et je penserai à elle à chaque plongée.

Si un jour vous souhaitez me rencontrer, j'en serais honoré. Vous pouvez m'appeler au 06 71 42 88 15.

Avec toute mon affection,
Julien
""", [
    ("Camille", P, 0), ("dix-neuf", A), ("Julien", P, 0), ("sous-marinier", X), ("Lorient", L),
    ("Atlantique", L), ("hôpital Saint-Louis", O), ("Paris", L), ("9 septembre 2022", D), ("Camille", P, 1),
    ("06 71 42 88 15", C), ("Julien", P, 1),
], known={"names": ["Julien Roche"], "places": ["Lorient"], "organisations": ["Marine nationale"],
          "other": ["06 71 42 88 15"]})

letter("fr", "patient_to_donor", """
Chère donneuse, cher donneur,

Je suis Lili — enfin, Aurélie, mais personne ne m'appelle comme ça sauf ma grand-mère quand elle est fâchée. J'ai vingt-deux ans, j'apprends l'horlogerie et, avant ma maladie, je passais tous mes week-ends à faire du paddle sur le lac de Neuchâtel.

Le diagnostic est tombé le jeudi 16 mars 2023 : leucémie aiguë lymphoblastique. Je me souviens de la date parce que c'était le jour de mon examen pratique. Je n'ai jamais su si je l'avais réussi !

J'ai été greffée aux HUG, à Genève, à la fin de l'été. Les premières semaines étaient horribles : mucite, nausées, et une GvH de la peau qui m'a rendue rouge comme une écrevisse. Mais mes infirmières, surtout Sandrine, m'ont fait rire tous les jours.

Aujourd'hui, je suis de retour à l'école. Mes mains tremblent encore un peu, ce qui n'est pas idéal pour réparer des montres, mais ça va venir.

Merci d'avoir dit oui. Vous m'avez rendu mon été, mon lac, ma vie.

Lili
""", [
    ("Lili", P, 0), ("Aurélie", P), ("vingt-deux", A), ("lac de Neuchâtel", L), ("jeudi 16 mars 2023", D),
    ("HUG", O), ("Genève", L), ("Sandrine", P), ("Lili", P, 1),
], known={"names": ["Aurélie Favre-Bulle"], "places": ["Neuchâtel"], "organisations": ["HUG"],
          "other": ["aurelie.favre@bluewin.ch"]})

letter("fr", "family_to_donor", """
Cher donneur inconnu,

Je suis la sœur de Théo. Il a quinze ans et il déteste écrire, alors c'est moi qui m'y colle, sous sa surveillance (il lit par-dessus mon épaule et il dit que j'exagère).

Quand Théo est tombé malade, au printemps, toute la ville s'est mobilisée. Son club de foot, l'US Saint-Malo, a organisé une grande journée d'inscription au registre, et Ouest-France a même fait un article : « Un ado malouin attend son donneur ». Plus de quatre cents personnes se sont inscrites ce jour-là. Vous n'étiez pas parmi elles, vous étiez déjà ailleurs, prêt à l'aider sans le savoir.

La greffe a eu lieu le 21 juin 2024 à Rennes, au CHU Pontchaillou. Le jour de la Fête de la musique ! Théo dit que c'est pour ça qu'il chante faux maintenant.

Il va mieux, vraiment mieux. Il a repris le collège en septembre et il retournera sur le terrain dès que les médecins diront oui.

Si un jour vous voulez suivre ses progrès, j'ai créé un compte : @theo.contre.la.leucemie sur Instagram.

Mille mercis,
Inès, la grande sœur
""", [
    ("Théo", P, 0), ("quinze", A), ("Théo", P, 1), ("US Saint-Malo", O),
    ("journée d'inscription au registre", X), ("Ouest-France", O), ("Un ado malouin attend son donneur", X),
    ("21 juin 2024", D), ("Rennes", L), ("CHU Pontchaillou", O), ("Théo", P, 2),
    ("@theo.contre.la.leucemie", C), ("Inès", P),
])

# ---------------------------------------------------------------------------------------------
# Spanish (7)
# ---------------------------------------------------------------------------------------------

letter("es", "patient_to_donor", """
Querido donante:

Me llamo Maricarmen y tengo cincuenta y ocho años. Soy de Triana, de toda la vida, y trabajo en el Mercado de Triana vendiendo pescado con mi hermano. Si alguna vez vienes a Sevilla, pregunta por la pescadería de los Ruiz y te pongo las mejores gambas que hayas probado.

En enero de 2022 me diagnosticaron un linfoma que no respondía a nada. En el Virgen del Rocío me dijeron que la única salida era un trasplante, y que tenían que buscar donante fuera de la familia. Mis tres hermanos se hicieron las pruebas y ninguno era compatible. Imagínate la pena.

El trasplante fue el 27 de octubre de 2022. Me dijeron que eras un chico joven de Alemania. Desde entonces, en casa te llamamos «el alemán», con cariño.

Ahora estoy bien, he vuelto al puesto y mis clientas me dicen que tengo mejor cara que antes. Será tu sangre, que es más joven que la mía.

Que Dios te bendiga siempre. Un abrazo enorme desde el sur,
Maricarmen
""", [
    ("Maricarmen", P, 0), ("cincuenta y ocho", A), ("Triana", L, 0), ("Mercado de Triana", L),
    ("Sevilla", L), ("pescadería de los Ruiz", O), ("enero de 2022", D), ("Virgen del Rocío", O),
    ("27 de octubre de 2022", D), ("Alemania", L), ("Maricarmen", P, 1),
], known={"names": ["María del Carmen Ruiz Ortega"], "places": ["Sevilla"],
          "organisations": ["Hospital Universitario Virgen del Rocío"],
          "other": ["mcarmen.ruiz@hotmail.es", "655 213 908"]})

letter("es", "donor_to_patient", """
Hola, querido receptor:

Soy tu donadora. Me dijeron que puedo escribirte siempre y cuando no dé datos personales, así que voy a intentar portarme bien.

Tengo veintinueve años y soy maestra de primaria. Me registré en un evento que organizó mi universidad hace como cinco años, y la verdad ni me acordaba. Cuando me llamaron, pensé que era una broma. Mi mamá lloró más que yo.

La donación fue en la Ciudad de México, en el Centro Médico Nacional 20 de Noviembre. Fueron cuatro días de inyecciones que me dejaron como si me hubiera atropellado un camión, y luego unas horas conectada a la máquina. Nada del otro mundo.

Lo que sí te quiero contar es que mis alumnos de tercero hicieron un dibujo para ti. No te lo puedo mandar porque tiene sus nombres, pero te lo describo: un sol enorme, un corazón con curitas y la frase «Échale ganas». Eso te digo yo también: échale ganas.

Te mando un abrazo muy fuerte y toda mi fe,
Tu donadora
""", [
    ("veintinueve", A), ("Ciudad de México", L), ("Centro Médico Nacional 20 de Noviembre", O),
])

letter("es", "family_to_donor", """
Querida donante:

Le escribe Gustavo, el papá de Milagros. Así se llama nuestra hija, y después de todo lo que pasó, creo que nunca un nombre le quedó tan bien a alguien.

Mili tenía once años cuando le diagnosticaron leucemia mieloide aguda. Vivimos en Rosario, pero el tratamiento lo hicimos en el Hospital Italiano, en Buenos Aires, así que durante casi un año vivimos entre la ruta 9 y una pieza alquilada en Almagro. Mi señora dejó el trabajo, yo manejaba el camión toda la semana para pagar todo.

Su trasplante fue el 3 de diciembre de 2021. Nos dijeron que usted es una mujer de Brasil. Mili, que es fanática de Central, dice que la va a perdonar por eso si algún día se conocen en una cancha.

Hoy tiene catorce años, va al secundario, y sus análisis son perfectos. Es una adolescente insoportable, gracias a Dios.

Con todo nuestro agradecimiento, desde acá, del otro lado del río,
Gustavo, Silvia y Mili
""", [
    ("Gustavo", P, 0), ("Milagros", P), ("Mili", P, 0), ("once", A), ("Rosario", L), ("Hospital Italiano", O),
    ("Buenos Aires", L), ("ruta 9", L), ("Almagro", L), ("3 de diciembre de 2021", D), ("Brasil", L),
    ("Mili", P, 1), ("Central", O), ("catorce", A), ("Gustavo", P, 1), ("Silvia", P), ("Mili", P, 2),
], known={"names": ["Gustavo Adolfo Pereyra"], "places": ["Rosario"],
          "organisations": ["Hospital Italiano de Buenos Aires"],
          "other": ["gpereyra.ros@gmail.com", "+54 9 341 555 7721"]})

letter("es", "patient_to_donor", """
Estimado donante:

Hace un año exacto que recibí tus células y quería celebrarlo escribiéndote. Soy Jordi, tengo cuarenta y un años y soy de un pueblo del Empordà que tiene más vacas que personas. Trabajo de guarda forestal en el Cap de Creus, así que me paso el día entre rocas, viento y turistas perdidos.

Me detectaron una aplasia medular en la primavera de 2022. En Vall d'Hebron me lo explicaron todo con mucha paciencia, aunque yo solo entendía la mitad. Lo que sí entendí es que necesitaba un donante, y que lo encontraron en el REDMO en pocas semanas. Fuiste tú.

El día del trasplante, el 9 de marzo de 2023, mi mujer me trajo una rosa y un libro, como si fuera Sant Jordi. Dice que ese día también era un poco mi santo, aunque no me lo creo.

Ya he vuelto al trabajo, a media jornada. La tramontana sigue soplando y yo sigo aquí para sentirla. Gracias a ti.

Una abrazada,
Jordi
""", [
    ("Jordi", P, 0), ("cuarenta y un", A), ("Empordà", L), ("guarda forestal", X), ("Cap de Creus", L),
    ("Vall d'Hebron", O), ("REDMO", O), ("9 de marzo de 2023", D), ("Jordi", P, 2),
], ok=[("Jordi", 1)])

letter("es", "donor_to_family", """
Querida familia:

Recibí su carta hace unos días y todavía no logro escribir sin llorar. Siento muchísimo la partida de Samuel. Nunca lo conocí, pero desde que supe que mis células iban a un niño pequeño, lo sentí como parte de mi vida.

Me llamo Vale. Cuando doné tenía veinte años y estaba en tercer semestre de medicina en el CES, en Medellín. Recuerdo que me dio mucho miedo la anestesia, y que mi abuela le prendió una veladora a la Virgen del Carmen toda la noche.

Ustedes me cuentan que Samuel alcanzó a celebrar sus cuatro años, que le encantaban los dinosaurios y que pidió una torta de tiranosaurio. Esa imagen me va a acompañar siempre.

Ahora estoy haciendo mis prácticas en pediatría, y cada vez que atiendo a un niño pienso en él. Creo que por él voy a ser mejor médica.

Les mando un abrazo inmenso y mis oraciones. Si algún día quieren hablar, aquí estaré.

Con cariño,
Vale
""", [
    ("Samuel", P, 0), ("Vale", P, 0), ("veinte", A), ("CES", O), ("Medellín", L), ("Samuel", P, 1),
    ("cuatro", A), ("Vale", P, 1),
], known={"names": ["Valentina Ospina"], "places": ["Medellín"], "organisations": ["Universidad CES"],
          "other": ["@valeospina.md"]})

letter("es", "patient_to_donor", """
Hola:

No sé si eres hombre o mujer, joven o mayor, ni de dónde eres. Solo sé que un día dijiste que sí, y que gracias a ese sí yo sigo aquí, escribiendo esta carta en la mesa de la cocina mientras mis hijos se pelean en el salón.

La enfermedad llegó sin avisar, como llegan estas cosas. Un cansancio raro, unos moratones, y de repente estaba en una habitación aislada con mascarilla y sin poder abrazar a nadie. Fueron meses muy largos. Hubo días en que pensé que no lo contaba.

Luego llegaste tú, en una bolsita que parecía zumo de tomate. Las enfermeras aplaudieron. Yo no entendía nada, pero también aplaudí.

Ahora ya han pasado dos Navidades. He vuelto a cocinar, a discutir con mi madre por teléfono, a ver el fútbol los domingos. Todo lo normal, que es lo más bonito.

Gracias por tu generosidad, por tu tiempo y por tu valentía. Ojalá la vida te devuelva todo lo que me has dado.

Un abrazo muy grande,
Tu receptora
""", [])

letter("es", "donor_to_patient", """
Kaixo!

Soy tu donante. Me llamo Iñigo, tengo treinta y seis años y soy de Donosti, aunque ahora vivo en Getaria, donde trabajo en un barco de pesca de bajura. Si comes anchoas del Cantábrico, a lo mejor las he pescado yo.

Me hice donante hace muchos años, después de que un compañero de la trainera de Getaria enfermara de leucemia. Él no lo superó, y desde entonces me prometí que si algún día me llamaban, diría que sí sin pensarlo.

Me llamaron el verano pasado. La donación fue en el Hospital Universitario Donostia, el 11 de julio. Mi cuadrilla vino a buscarme con una pancarta que decía «Gure heroia», que significa «nuestro héroe», aunque creo que exageraban un poco.

Solo sé que eres un hombre de unos cuarenta años. Ojalá pronto puedas salir al mar, o al monte, o a donde te haga feliz.

Ondo izan,
Iñigo
""", [
    ("Iñigo", P, 0), ("treinta y seis", A), ("Donosti", L), ("Getaria", L, 0), ("barco de pesca de bajura", X),
    ("Cantábrico", L), ("trainera de Getaria", O), ("Hospital Universitario Donostia", O), ("11 de julio", D),
    ("Iñigo", P, 1),
], known={"names": ["Íñigo Etxeberria Lasa"], "places": ["Donostia-San Sebastián"],
          "organisations": ["Osakidetza"], "other": ["iñigo.etxe@euskaltel.net"]})
# ---------------------------------------------------------------------------------------------
# Italian (5)
# ---------------------------------------------------------------------------------------------

letter("it", "patient_to_donor", """
Caro donatore,

sono Peppe, ho cinquantatré anni e faccio il pizzaiolo da quando ne avevo quattordici. La mia pizzeria sta nei Quartieri Spagnoli, a Napoli, e si chiama «Da Peppe 'o Rosso», per via dei capelli che avevo prima della chemio. Adesso sono ricresciuti grigi, ma il nome resta.

Nell'estate del 2021 ho cominciato a sentirmi stanco, ma pensavo fosse il caldo del forno. Invece era una leucemia. Al Cardarelli mi hanno detto che serviva un trapianto, e mia moglie Nunzia ha acceso un cero a San Gennaro ogni settimana finché non ti hanno trovato.

Il trapianto l'ho fatto il 15 marzo 2022. Mi hanno detto che sei un ragazzo tedesco. Io i tedeschi li ho sempre presi in giro per come mangiano la pizza, ma da oggi basta: per te faccio un'eccezione.

Quando potrai, vieni a trovarmi. La margherita è offerta a vita.

Un abbraccio grande come il Vesuvio,
Peppe
""", [
    ("Peppe", P, 0), ("cinquantatré", A), ("quattordici", A), ("Quartieri Spagnoli", L), ("Napoli", L),
    ("Da Peppe 'o Rosso", O), ("Cardarelli", O), ("Nunzia", P), ("15 marzo 2022", D), ("Vesuvio", L),
    ("Peppe", P, 2),
], known={"names": ["Giuseppe Esposito"], "places": ["Napoli"], "organisations": ["Ospedale Cardarelli"],
          "other": ["peppe.esposito71@libero.it"]})

letter("it", "donor_to_patient", """
Cara ricevente,

mi hanno detto che sei una bambina di sei anni e da quel giorno non faccio che pensare a te. Io di anni ne ho trentadue, faccio la maestra d'asilo in un paesino sulle colline delle Langhe, e passo le giornate con bambini della tua età. Forse è per questo che mi sono emozionata così tanto.

Mi sono iscritta all'ADMO dopo una serata di raccolta fondi nella nostra parrocchia. Non pensavo che mi avrebbero mai chiamata. Invece, un martedì di novembre, il telefono ha squillato mentre preparavo la merenda per i bimbi.

La donazione l'ho fatta alle Molinette di Torino. Ho chiesto alle infermiere di disegnare un cuore sulla sacca, e l'hanno fatto davvero. Spero che ti sia arrivato.

Adesso tu pensa solo a guarire, a giocare e a fare i capricci quando ti va. Ti mando un abbraccio grande, grande, grande.

La tua donatrice, M.
""", [
    ("sei", A, "di sei anni"), ("trentadue", A), ("Langhe", L), ("ADMO", O), ("Molinette", O), ("Torino", L), ("M.", P),
])

letter("it", "family_to_donor", """
Gentile donatore,

sono Lucia, la mamma di Stella. Stella ha nove anni e da due vive con il tuo midollo. Lo diciamo proprio così, a casa: «il midollo del nostro amico».

Quando le hanno diagnosticato la talassemia major, all'ospedale pediatrico Meyer di Firenze, ci hanno detto che l'unica cura definitiva era il trapianto. Io e mio marito non eravamo compatibili, e nemmeno il fratellino. Per mesi abbiamo vissuto di trasfusioni e di speranza.

Il 6 giugno 2023 è arrivato il tuo regalo. Stella ha passato quaranta giorni in camera sterile, e per farle coraggio le sue compagne della 3ªB della scuola Mazzoni le mandavano un video ogni sera.

Oggi non ha più bisogno di trasfusioni. Fa danza, litiga con il fratello, mangia come un lupo. È tornata la bambina di prima, anzi, più forte.

Non sappiamo niente di te, tranne che sei un uomo giovane. Ti pensiamo ogni sera guardando le stelle, come ci ha insegnato lei.

Con infinita gratitudine,
Lucia, Marco, Stella e Tommaso
""", [
    ("Lucia", P, 0), ("Stella", P, 0), ("Stella", P, 1), ("nove", A), ("Meyer", O), ("Firenze", L),
    ("6 giugno 2023", D), ("Stella", P, 2), ("scuola Mazzoni", O), ("Lucia", P, 1), ("Marco", P),
    ("Stella", P, 3), ("Tommaso", P),
], known={"names": ["Lucia Bellandi"], "places": ["Prato"], "organisations": ["Meyer"],
          "other": ["+39 347 118 2290"]})

letter("it", "patient_to_donor", """
Caro donatore, cara donatrice,

non so come ringraziarti. Ho provato a scrivere questa lettera tante volte, ma le parole sembravano sempre troppo piccole.

Sono passati diciotto mesi dal trapianto. Sto bene. Ho ripreso a lavorare, a guidare, a cucinare la domenica per tutta la famiglia. Le analisi sono buone e il medico dice che posso cominciare a fare progetti. Progetti! Per tanto tempo non ho osato pensare oltre la settimana successiva.

Mi hanno detto che non posso dirti chi sono né dove vivo, e va bene così. Ma voglio che tu sappia che c'è una persona, da qualche parte, che ogni mattina apre la finestra e pensa a te. Che a Natale brinda alla tua salute. Che quando vede il mare si commuove, perché non pensava di rivederlo.

Grazie per il tuo coraggio e per il tuo tempo. Ti auguro una vita piena, lunga e felice.

Con affetto
""", [])

letter("it", "donor_to_family", """
Cara famiglia,

la vostra lettera mi è arrivata proprio il giorno del mio trentesimo compleanno, e da allora la tengo nel portafoglio.

Mi dispiace tantissimo per la vostra mamma. Mi avete scritto che si chiamava Graziella, che faceva la sarta, che cuciva i vestiti di Carnevale per tutti i bambini del quartiere. Mi sarebbe piaciuto conoscerla.

Io sono Fede. Faccio l'alpino, e nel 2022, quando mi hanno chiamato per la donazione, ero in missione in Libano. Sono rientrato apposta, e il mio comandante mi ha detto che era la missione più importante della mia vita. Aveva ragione.

So che le mie cellule non sono bastate. Ma mi consola sapere che grazie al trapianto ha potuto vedere nascere il suo primo nipote, e tenerlo in braccio almeno una volta.

Vi abbraccio forte. Se un giorno vorrete, mi farebbe piacere incontrarvi a Bergamo, magari davanti a una polenta.

Con affetto,
Fede
""", [
    ("trentesimo", A), ("Graziella", P), ("Fede", P, 0), ("alpino", X), ("2022", D), ("Libano", L),
    ("Bergamo", L), ("Fede", P, 1),
], known={"names": ["Federico Gallo"], "places": ["Bergamo"], "organisations": ["5º Reggimento Alpini"],
          "other": ["fede.gallo@gmail.com"]})

# ---------------------------------------------------------------------------------------------
# Portuguese (5)
# ---------------------------------------------------------------------------------------------

letter("pt", "patient_to_donor", """
Querido doador,

Aqui é o Toninho, de Recife. Tenho sessenta e dois anos e sou taxista há trinta. Pode perguntar a qualquer um lá no ponto do Marco Zero que todo mundo me conhece, o Toninho do Fusca azul, placa KGF-2817.

Em agosto de 2021 descobri um mieloma. Fiz quimioterapia, fiz autotransplante, e a doença voltou. Aí os médicos do Real Hospital Português disseram que eu precisava de um doador de medula, e que na minha família ninguém servia. Minha filha chorou tanto que eu fingi que não estava com medo.

Pelo REDOME acharam você. Meu transplante foi no dia 18 de maio de 2022, uma quarta-feira. Minha mulher, Socorro, diz que foi um milagre. Eu digo que foi você.

Hoje voltei a dirigir, só meio período. No Carnaval fiquei em casa, mas ouvi o frevo da janela e chorei de alegria.

Obrigado, doador. Que Deus abençoe sua vida.

Toninho
""", [
    ("Toninho", P, 0), ("Recife", L), ("sessenta e dois", A), ("Marco Zero", L), ("Toninho", P, 1),
    ("Fusca azul", X), ("KGF-2817", X), ("agosto de 2021", D), ("Real Hospital Português", O), ("REDOME", O),
    ("18 de maio de 2022", D), ("Socorro", P), ("Toninho", P, 2),
], known={"names": ["Antônio Carlos da Silva"], "places": ["Recife"], "organisations": ["IMIP"],
          "other": ["(81) 99872-4410"]})

letter("pt", "donor_to_patient", """
Olá,

Sou o teu dador. Chamo-me Rui, tenho vinte e sete anos e sou enfermeiro no Porto. Sim, enfermeiro — passo a vida a picar os outros, e desta vez fui eu o picado. Os meus colegas acharam imensa graça.

Inscrevi-me no CEDACE quando estava na faculdade, numa campanha no Hospital de São João. Na altura disseram-me que a probabilidade de ser chamado era muito pequena. E afinal, sete anos depois, aqui estou.

A colheita foi no dia 2 de fevereiro de 2024. Passei a manhã ligado à máquina a ver um jogo antigo do FC Porto no telemóvel, e quando acabou as enfermeiras bateram palmas. Fiquei vermelho como um tomate.

Disseram-me que és uma senhora do Brasil. Gostava muito de saber como estás. Se um dia quiseres, escreve-me de volta. Prometo que respondo, mesmo que a minha letra seja horrível.

Um abraço apertado do outro lado do Atlântico,
Rui
""", [
    ("Rui", P, 0), ("vinte e sete", A), ("Porto", L, 0), ("CEDACE", O), ("Hospital de São João", O),
    ("2 de fevereiro de 2024", D), ("FC Porto", O), ("Brasil", L), ("Atlântico", L), ("Rui", P, 1),
])

letter("pt", "family_to_donor", """
Querida doadora,

Eu sou a Jéssica, irmã do Davi. Ele tem dezesseis anos e pediu para eu escrever porque "a senhora vai entender melhor a sua letra, Jé". Irmão caçula é assim.

O Davi teve anemia aplástica grave. Foi descoberto numa consulta de rotina, antes de um campeonato de futsal. Ele jogava no time do Colégio Batista de Belo Horizonte e já tinha feito uma peneira na base do Cruzeiro. De repente, nada mais importava, só encontrar um doador.

A gente fez campanha nas redes, saiu até reportagem na TV Globo Minas sobre ele: "Jovem atleta mineiro precisa de doador de medula". Mais de duas mil pessoas se cadastraram no Hemominas naquela semana. E mesmo assim quem deu match foi você, lá do outro lado do mundo.

O transplante foi em Jaú, no Hospital Amaral Carvalho, em setembro de 2023. Hoje ele já voltou a treinar, devagar, e diz que o primeiro gol vai ser em sua homenagem.

Com carinho e gratidão eterna,
Jéssica e Davi
""", [
    ("Jéssica", P, 0), ("Davi", P, 0), ("dezesseis", A), ("Jé", P), ("Davi", P, 1),
    ("Colégio Batista de Belo Horizonte", O), ("Cruzeiro", O), ("TV Globo Minas", O),
    ("Jovem atleta mineiro precisa de doador de medula", X), ("Hemominas", O), ("Jaú", L),
    ("Hospital Amaral Carvalho", O), ("setembro de 2023", D), ("Jéssica", P, 1), ("Davi", P, 2),
])

letter("pt", "patient_to_donor", """
Caro dador,

Escrevo-lhe de Braga, numa tarde de chuva, com uma chávena de chá ao lado e o coração cheio. Chamo-me Fatinha — é assim que toda a gente me trata desde pequena — e tenho quarenta e nove anos.

Sou professora de Educação Física na Escola Secundária Carlos Amarante, e quem me conhecia antes sabe que eu nunca parava quieta. A leucemia obrigou-me a parar de repente. Passei meses no IPO, a olhar pela janela para o céu do Porto e a pensar se voltaria a correr.

O transplante foi a 7 de novembro de 2022. Disseram-me que o senhor é um homem jovem da Polónia. Confesso que fui ao mapa ver onde ficava a sua terra e prometi a mim mesma que um dia lá vou.

Este ano voltei à escola. Ainda não corro como antes, mas já apito os jogos dos meus alunos e grito com eles como sempre. Dizem que tenho mais energia do que nunca.

Bem-haja, do fundo do coração.
Fatinha
""", [
    ("Braga", L), ("Fatinha", P, 0), ("quarenta e nove", A), ("Escola Secundária Carlos Amarante", O),
    ("IPO", O), ("Porto", L), ("7 de novembro de 2022", D), ("Polónia", L), ("Fatinha", P, 1),
], known={"names": ["Maria de Fátima Gonçalves"], "places": ["Braga"], "organisations": ["IPO Porto"],
          "other": ["fatima.goncalves@sapo.pt", "912 447 305"]})

letter("pt", "donor_to_family", """
Querida família,

Recebi a carta de vocês pela coordenadora e precisei de alguns dias para conseguir responder. Sinto muito, de verdade, pela perda do seu pai e marido.

Quando fui chamada para doar, eu não sabia nada sobre ele. Só sabia que alguém, em algum lugar, estava esperando. Lembro que passei a noite anterior sem dormir, pensando se tudo ia dar certo, se minhas células iam ser suficientes. Agora sei que ele lutou muito, e que vocês lutaram junto.

Vocês me contaram que ele adorava pescar, que contava as mesmas piadas todo domingo e que, depois do transplante, ainda conseguiu ver o neto nascer. Guardo essas histórias com muito carinho. É como se eu o tivesse conhecido um pouquinho.

Não sei se isso ajuda, mas quero que saibam que eu doaria de novo, sem pensar duas vezes. E que vou lembrar dele sempre.

Com todo o meu carinho e respeito,
A doadora
""", [], known={"names": ["Larissa Tanaka"], "places": ["São Paulo"], "organisations": ["Hospital Sírio-Libanês"],
               "other": ["@lari.tanaka"]})
# ---------------------------------------------------------------------------------------------
# Polish (5)
# ---------------------------------------------------------------------------------------------

letter("pl", "patient_to_donor", """
Drogi Dawco,

nazywam się Krzysiek, mam trzydzieści dziewięć lat i mieszkam w Krakowie, na Nowej Hucie. Jestem motorniczym, jeżdżę tramwajem linii 4, więc jeśli kiedyś będzie Pan w Krakowie i ktoś w niebieskim tramwaju pomacha do Pana jak wariat, to może będę ja.

Białaczkę wykryto u mnie w marcu 2022 roku. Lekarze w Szpitalu Uniwersyteckim powiedzieli od razu, że bez przeszczepu się nie obejdzie. Moja siostra nie pasowała, brat też nie. Wtedy pierwszy raz w życiu naprawdę się bałem.

Przeszczep miałem 20.10.2022 r. Pamiętam, że pielęgniarka, pani Ela, powiedziała: „No, panie Krzysiu, dzisiaj są drugie urodziny”. I tak je teraz obchodzimy, z tortem i świeczkami.

Wiem tylko, że jest Pan z Niemiec i że jest Pan młodym mężczyzną. Dziękuję Panu z całego serca. Moja żona codziennie modli się za Pana w kościele Arka Pana w Bieńczycach.

Z wyrazami wdzięczności,
Krzysiek
""", [
    ("Krzysiek", P, 0), ("trzydzieści dziewięć", A), ("Krakowie", L, 0), ("Nowej Hucie", L),
    ("jeżdżę tramwajem linii 4", X), ("Krakowie", L, 1), ("marcu 2022 roku", D), ("Szpitalu Uniwersyteckim", O),
    ("20.10.2022 r.", D), ("pani Ela", P), ("panie Krzysiu", P), ("Niemiec", L), ("Arka Pana", O),
    ("Bieńczycach", L), ("Krzysiek", P, 1),
], known={"names": ["Krzysztof Nowicki"], "places": ["Kraków"], "organisations": ["Szpital Uniwersytecki w Krakowie"],
          "other": ["k.nowicki@interia.pl", "601 224 873"]})

letter("pl", "donor_to_patient", """
Droga Biorczyni,

piszę do Ciebie z małego miasteczka na Podlasiu, gdzie bociany mieszkają na każdym słupie. Mam dwadzieścia sześć lat i jestem weterynarzem. Właściwie jedynym weterynarzem w całej gminie, więc jak ktoś ma chorą krowę o trzeciej w nocy, to dzwoni do mnie.

Do rejestru DKMS zapisałam się na studiach w Lublinie, podczas akcji na uczelni. Kiedy w zeszłym roku zadzwonili, że jestem zgodna z pacjentką, akurat odbierałam poród cielaka. Musiałam oddzwonić!

Pobranie było 14 listopada 2023 roku w Warszawie. Pięć dni zastrzyków, trochę bolały mnie kości, ale to nic. Moja mama zrobiła mi rosół i pierogi, jakbym wracała z wojny.

Wiem o Tobie tylko tyle, że jesteś kobietą w wieku mojej mamy i mieszkasz we Francji. Mam nadzieję, że czujesz się coraz lepiej. Trzymam kciuki każdego dnia.

Ściskam mocno,
Twoja Dawczyni, Ola
""", [
    ("Podlasiu", L), ("dwadzieścia sześć", A), ("jedynym weterynarzem w całej gminie", X), ("DKMS", O),
    ("Lublinie", L), ("14 listopada 2023 roku", D), ("Warszawie", L), ("Francji", L), ("Ola", P),
])

letter("pl", "family_to_donor", """
Kochany Dawco,

piszę w imieniu mojego synka, Kuby. Kuba ma teraz pięć lat i właśnie nauczył się pisać swoje imię, więc na dole listu sam się podpisze — proszę wybaczyć krzywe literki.

Kiedy Kuba miał dwa latka, zdiagnozowano u niego ostrą białaczkę szpikową. Leczyliśmy się w UCK w Gdańsku, na oddziale, który zna chyba każda mama z Trójmiasta. Byliśmy tam prawie rok. Przeszczep odbył się 8 sierpnia 2022 roku — dzień, którego nigdy nie zapomnę.

Dziś Kuba chodzi do przedszkola, kocha dinozaury i morze. W każdą niedzielę chodzimy na bulwar w Gdyni i Kuba krzyczy do statków: „Dziękuję, Dawco!”, bo myśli, że statki płyną do Pana. Nie wyprowadzam go z błędu.

Dziękujemy za życie naszego dziecka. Nie ma słów, które by to wyraziły.

Aga, mama Kuby
KUBA
""", [
    ("Kuby", P, 0), ("Kuba", P, 0), ("pięć", A), ("Kuba", P, 1), ("dwa", A), ("UCK", O), ("Gdańsku", L),
    ("Trójmiasta", L), ("8 sierpnia 2022 roku", D), ("Kuba", P, 2), ("Gdyni", L), ("Kuba", P, 3), ("Aga", P),
    ("Kuby", P, 1), ("KUBA", P),
], known={"names": ["Agnieszka Wróbel"], "places": ["Gdynia"],
          "organisations": ["Uniwersyteckie Centrum Kliniczne w Gdańsku"], "other": ["agawrobel@o2.pl"]})

letter("pl", "patient_to_donor", """
Szanowny Dawco,

minął rok od dnia, w którym dostałam od Pana nowe życie. Długo zbierałam się do napisania tego listu, bo żadne słowa nie wydawały mi się wystarczające.

Choroba przyszła nagle. Jeszcze latem chodziłam po górach, a jesienią leżałam w izolatce i liczyłam płytki krwi. Były dni, kiedy nie miałam siły podnieść ręki. Mąż czytał mi książki na głos, dzieci nagrywały filmiki z piosenkami. Trzymałam się tego, jak tylko mogłam.

Kiedy lekarz powiedział, że znalazł się dawca, rozpłakałam się. Ktoś obcy, ktoś, kto mnie nigdy nie widział, zgodził się oddać część siebie. To wciąż mnie zadziwia.

Teraz powoli wracam do życia. Piekę ciasta na Wielkanoc, chodzę na spacery z psem, a w maju pierwszy raz od dawna pojechałam na wycieczkę. Lekarze są zadowoleni z wyników.

Niech Pan wie, że codziennie o Panu myślę. Dziękuję za dar życia.

Z wdzięcznością,
Pacjentka
""", [])

letter("pl", "donor_to_family", """
Szanowni Państwo,

dziękuję za Państwa list. Czytałem go wiele razy i za każdym razem musiałem przerwać. Bardzo mi przykro z powodu śmierci Zuzi. Napisali Państwo, że miała siedemnaście lat, że grała na skrzypcach i marzyła o konserwatorium. Żałuję, że moje komórki nie dały jej więcej czasu.

Mam na imię Bartek, jestem informatykiem z Rzeszowa. Kiedy w 2021 roku oddawałem szpik, myślałem głównie o tym, jak nie zemdleć przy igle. Dziś myślę o niej codziennie.

Moja żona zaproponowała, żebyśmy w jej imieniu ufundowali stypendium dla młodej skrzypaczki w naszej szkole muzycznej. Jeśli Państwo się zgodzą, chcielibyśmy nazwać je jej imieniem.

Gdyby chcieli Państwo kiedyś porozmawiać, mój adres to bartek.szymanski (małpa) wp.pl.

Z wyrazami głębokiego współczucia,
Bartek
""", [
    ("Zuzi", P), ("siedemnaście", A), ("Bartek", P, 0), ("Rzeszowa", L), ("2021 roku", D),
    ("bartek.szymanski (małpa) wp.pl", C), ("Bartek", P, 1),
], known={"names": ["Bartłomiej Szymański"], "places": ["Rzeszów"], "organisations": ["Asseco Poland"],
          "other": ["bartek.szymanski@wp.pl"]})

# ---------------------------------------------------------------------------------------------
# Dutch (5)
# ---------------------------------------------------------------------------------------------

letter("nl", "patient_to_donor", """
Lieve donor,

Ik ben Mijntje, vierenveertig jaar, moeder van drie pubers en juf van groep 5 op een basisschool in Zwolle. Mijn leerlingen noemen je 'de held van juf Mijntje', en ze hebben een hele muur in de klas voor je volgeplakt met tekeningen.

In oktober 2022 werd ik ziek. Eerst dacht ik aan een griepje, maar in het Isala kregen we al snel het woord dat niemand wil horen: leukemie. Daarna ging het hard. Chemo, nog meer chemo, en toen het bericht dat er een donor gevonden was. Een jonge man uit de Verenigde Staten, zei de arts. Mijn man heeft meteen een Amerikaanse vlag gekocht en die in de tuin gehangen. De buren vonden het maar raar.

De transplantatie was in het UMC Utrecht op 1 maart 2023. Ik weet nog dat het stormde.

Nu sta ik weer voor de klas, drie ochtenden per week. Op Koningsdag heb ik zelfs een rondje gefietst.

Dank je wel, uit de grond van mijn hart.

Mijntje
""", [
    ("Mijntje", P, 0), ("vierenveertig", A), ("Zwolle", L), ("juf Mijntje", P), ("oktober 2022", D),
    ("Isala", O), ("Verenigde Staten", L), ("UMC Utrecht", O), ("1 maart 2023", D), ("Mijntje", P, 2),
], known={"names": ["Willemijn de Graaf"], "places": ["Zwolle"], "organisations": ["Isala"],
          "other": ["willemijn.degraaf@ziggo.nl", "06-41827356"]})

letter("nl", "donor_to_patient", """
Beste ontvanger,

Ik ben je donor, en ik wil je laten weten dat ik heel vaak aan je denk. Ik mag niet veel over mezelf vertellen, maar ik ben een man van vijfendertig uit Vlaanderen, getrouwd, en papa van een tweeling van drie.

Ik heb me laten registreren toen het Rode Kruis een actie had bij ons op het werk. Ik werk bij De Lijn, als chauffeur op lijn 1 in Gent, dus misschien heb je me ooit wel eens zien rijden als je in Gent bent geweest. Mijn collega's hebben me tijdens de donatie wel honderd berichtjes gestuurd.

De afname was op 22 mei 2024 in het UZ Gent. Ze hebben me goed verzorgd. Ik kreeg koffie, een wafel en een dekentje, en na vier uur was het gedaan.

Ik hoop dat mijn cellen hun werk goed doen en dat je snel weer kan genieten van de kleine dingen. Een wandeling, een goed boek, een frietje op zaterdag.

Veel sterkte en veel liefs,
Je donor (en de tweeling, L. en M.)
""", [
    ("vijfendertig", A), ("Vlaanderen", L), ("drie", A), ("Rode Kruis", O), ("De Lijn", O),
    ("chauffeur op lijn 1", X), ("Gent", L, 0), ("Gent", L, 1), ("22 mei 2024", D), ("UZ Gent", O), ("L.", P), ("M.", P),
])

letter("nl", "family_to_donor", """
Lieve donor,

Wij zijn de ouders van Noor. Noor is zeven jaar en kreeg vorig jaar jouw stamcellen. Ze heeft zelf een tekening gemaakt voor bij deze brief: jij als een prinses met een kroon van bloedcellen. We hopen dat je het niet erg vindt.

Noor werd ziek in de zomer van 2022. In het Sophia Kinderziekenhuis hebben ze alles voor haar gedaan, maar er was geen familielid dat paste. Onze familie komt uit Marokko, en we wisten niet dat het voor mensen zoals wij zo moeilijk is om een donor te vinden. Via Matchis hoorden we dat er iemand in Duitsland was. Dat was jij.

Op 19 januari 2023 kreeg ze de transplantatie. Tijdens de ramadan die daarop volgde, hebben wij elke avond bij het iftar voor jou gebeden.

Nu zit Noor weer in groep 4 van De Regenboog, in Feijenoord. Ze leest, ze danst, en ze wil later dokter worden, "net als de dokters van het Sophia".

Duizendmaal dank,
Fatima en Youssef
""", [
    ("Noor", P, 0), ("Noor", P, 1), ("zeven", A), ("Noor", P, 2), ("Sophia Kinderziekenhuis", O),
    ("Marokko", L), ("Matchis", O), ("Duitsland", L), ("19 januari 2023", D), ("Noor", P, 3),
    ("De Regenboog", O), ("Feijenoord", L), ("Sophia", O, 1), ("Fatima", P), ("Youssef", P),
], known={"names": ["Fatima el Amrani"], "places": ["Rotterdam"], "organisations": ["Erasmus MC-Sophia"],
          "other": ["f.elamrani@hotmail.com"]})

letter("nl", "patient_to_donor", """
Hoi donor!

Ik ben Sven, 19 jaar, en sinds 12 september 2023 ben ik officieel half jij. Raar idee, maar ook wel gaaf.

Ik had een zeldzame vorm van bloedarmoede, Fanconi-anemie. Ik was al van jongs af aan vaak moe en ziek, maar in de brugklas werd het echt slecht. Mijn transplantatie was in het Prinses Máxima Centrum in Utrecht, en de verpleging daar is echt top. Vooral Kim, die altijd foute muziek opzette tijdens de nachtdienst.

Ik zit nu op het Deltion College voor een opleiding tot monteur, en in het weekend werk ik bij de Jumbo in Kampen. Als je ooit langskomt: ik sta meestal bij de kassa.

Ik heb gehoord dat jij uit Polen komt. Ik heb 'dziękuję' opgezocht, maar ik spreek het vast helemaal verkeerd uit.

Mijn adres, voor als je ooit een kaartje wilt sturen: Oudestraat 88, 8261 CK Kampen.

Groetjes en nogmaals bedankt!
Sven
""", [
    ("Sven", P, 0), ("19", A), ("12 september 2023", D), ("Prinses Máxima Centrum", O), ("Utrecht", L),
    ("Kim", P), ("Deltion College", O), ("Jumbo", O), ("Kampen", L, 0), ("Polen", L),
    ("Oudestraat 88, 8261 CK Kampen", C), ("Sven", P, 1),
])

letter("nl", "donor_to_patient", """
Beste onbekende,

Ik ben je stamceldonor. Ik ben een eenvoudige man van achtenvijftig, geboren en getogen op Texel, en ik werk al mijn hele leven op de veerboot naar Den Helder. Elke dag zie ik honderden mensen voorbijkomen. Nu weet ik dat er ergens één persoon rondloopt die een stukje van mij bij zich draagt.

Ik had me jaren geleden ingeschreven en was het eigenlijk vergeten. Toen het telefoontje kwam, dacht mijn vrouw dat er iets met de kinderen was. Voor de donatie moest ik naar Leiden, en dat was voor een eilander als ik een hele reis. De verpleegkundigen lachten om mijn klompen.

Ik weet niet wie je bent, alleen dat je een jonge vrouw bent. Misschien heb je net zulke sproeten als mijn dochter. Ik hoop dat je weer lacht, en dat je ooit de zee ziet zoals ik hem elke dag zie: grijs, wild en prachtig.

Hartelijke groet,
Hannes
""", [
    ("achtenvijftig", A), ("Texel", L), ("op de veerboot", X), ("Den Helder", L), ("Leiden", L), ("Hannes", P),
], known={"names": ["Johannes Bakker"], "places": ["Texel"], "organisations": ["TESO"],
          "other": ["j.bakker.texel@kpnmail.nl"]})
# ---------------------------------------------------------------------------------------------
# Japanese (4)
# ---------------------------------------------------------------------------------------------

letter("ja", "patient_to_donor", """
ドナー様へ

はじめてお手紙を書きます。みさきと申します。三十四歳、二人の子どもの母です。

二〇二二年の秋、急性骨髄性白血病と診断されました。下の子はまだ二歳で、「ママ、いつ帰ってくるの」と毎日電話で泣いていました。仙台の東北大病院で治療を受け、家族の誰とも型が合わないと聞いたときは、目の前が真っ暗になりました。

それでも、日本骨髄バンクを通じてあなたが見つかりました。移植は二〇二三年三月九日でした。あの日、病室の窓から見えた桜のつぼみを今でも覚えています。

今は少しずつ元の生活に戻っています。先日は子どもたちと七夕まつりにも行けました。短冊には「ドナーさんがずっと元気でいますように」と書きました。

見ず知らずの私のために、時間と体を使ってくださって、本当にありがとうございました。

心より感謝を込めて
みさき
""", [
    ("みさき", P, "みさきと申します"), ("三十四", A, "三十四歳"), ("二", A, "まだ二歳"), ("仙台", L),
    ("東北大病院", O), ("日本骨髄バンク", O), ("二〇二三年三月九日", D), ("みさき", P, "込めて\nみさき"),
], known={"names": ["佐藤 美咲"], "places": ["仙台市"], "organisations": ["東北大学病院"],
          "other": ["misaki.sato@docomo.ne.jp"]})

letter("ja", "donor_to_patient", """
患者様へ

突然のお手紙、失礼いたします。あなたに骨髄を提供したドナーです。

私は四十一歳の会社員で、神奈川県に住んでいます。登録したのは二十代のころで、献血ルームで声をかけられたのがきっかけでした。正直、自分が本当に選ばれるとは思っていませんでした。

提供の前には何度も病院に通い、家族にも職場にも理解してもらう必要がありました。上司は「人の命がかかっているんだから、仕事のことは気にするな」と言ってくれました。その言葉に、とても救われました。

入院中、妻と小学生の娘が毎日メッセージを送ってくれました。娘は「パパの血、がんばれ」と絵を描いてくれて、それを病室に飾っていました。

あなたが今、どのように過ごされているのか、私には分かりません。それでも、あなたの回復を毎日祈っています。どうか無理をせず、ご自分のペースで元気になってください。

遠くから応援しています。
""", [
    ("四十一", A, "四十一歳"), ("神奈川県", L),
])

letter("ja", "family_to_donor", """
ドナーさんへ

息子の悠斗(ゆうと)の父、健太です。悠斗は今年で六歳になりました。

悠斗が重症再生不良性貧血と分かったのは、三歳の誕生日のすぐあとでした。久留米大学病院の先生から「移植しか治す方法はありません」と言われ、妻と二人で病院の駐車場で泣きました。

移植の日は令和五年六月二日です。小さな体に点滴がつながれているのを見るのはつらかったですが、悠斗は「これはヒーローの血だから大丈夫」と言って笑っていました。

今では毎日保育園に通い、筑後川の河川敷で自転車の練習をしています。転んでも泣かずに立ち上がる姿を見るたび、あなたのことを思い出します。

もしいつか許されるなら、直接お礼を言わせてください。私の電話番号は０９０－３３１８－７２６４です。

心から、ありがとうございました。
""", [
    ("悠斗", P, 0), ("ゆうと", P), ("健太", P), ("悠斗", P, 1), ("六", A, "今年で六歳"), ("悠斗", P, 2),
    ("三", A, "三歳の誕生日"), ("久留米大学病院", O), ("令和五年六月二日", D), ("悠斗", P, 3), ("筑後川", L),
    ("０９０－３３１８－７２６４", C),
], known={"names": ["山本 健太"], "places": ["福岡県久留米市"], "organisations": ["久留米大学病院"],
          "other": ["090-3318-7264"]})

letter("ja", "patient_to_donor", """
ドナー様

移植から一年が経ちました。ようやく気持ちを文章にできるようになったので、お手紙を書いています。

病気が分かったとき、私は何も考えられませんでした。仕事のこと、家族のこと、これからのこと。不安ばかりが大きくなって、夜も眠れませんでした。そんなとき、ドナーが見つかったという知らせを聞き、初めて希望という言葉の意味が分かった気がします。

移植後は感染症や拒絶反応に苦しみましたが、医師や看護師の皆さんに支えられ、少しずつ回復しました。今では散歩をしたり、料理をしたり、当たり前の毎日を送れるようになりました。

あなたがどんな方なのかは分かりません。でも、見知らぬ誰かのために勇気を出してくださったことに、心から感謝しています。

季節の変わり目です。どうかお体を大切になさってください。
""", [])

# ---------------------------------------------------------------------------------------------
# Chinese (3)
# ---------------------------------------------------------------------------------------------

letter("zh", "patient_to_donor", """
亲爱的捐献者：

您好！我是一名白血病患者，大家都叫我老王。今年五十六岁，在成都开了二十多年的出租车。

去年春节前，我总觉得浑身没劲，以为是累着了。结果在华西医院一查，是急性髓系白血病。医生说必须做骨髓移植，可我的兄弟姐妹都配不上。那段时间，我老婆天天在医院走廊里偷偷抹眼泪。

后来中华骨髓库传来好消息：找到了和我配型成功的您。2023年4月18日，我做了移植手术。听说您是一位年轻的小伙子，还在读大学。您的善举让我们全家感动得不知道说什么好。

现在我已经出院快一年了，每天早上去人民公园打太极，还能带孙子去吃火锅。

衷心感谢您！祝您学业有成，身体健康，万事如意！

老王 敬上
""", [
    ("老王", P, 0), ("五十六", A, "今年五十六岁"), ("成都", L), ("华西医院", O), ("中华骨髓库", O),
    ("2023年4月18日", D), ("人民公园", L), ("老王", P, 1),
], known={"names": ["王建国"], "places": ["成都"], "organisations": ["四川大学华西医院"],
          "other": ["wangjg1968@163.com", "139 8176 4425"]})

letter("zh", "family_to_donor", """
親愛的捐贈者您好：

我是小宇的媽媽。小宇今年八歲，是個很愛笑的孩子。

他四歲那年被診斷出罹患急性淋巴性白血病，在台大醫院治療了很長一段時間。化療後復發，醫生告訴我們只剩下骨髓移植這條路。我們全家都去驗了，可惜都不合。後來透過慈濟骨髓幹細胞中心，找到了遠在大陸的您。

移植是在2021年12月24日，平安夜。那天晚上，病房外的護理師們為小宇唱了聖誕歌，我第一次覺得有希望。

現在小宇已經回到學校上課了，還參加了學校的直笛隊。每次吹起〈小星星〉，他都說要吹給救他的叔叔聽。

謝謝您，願您平安喜樂。

小宇媽媽 敬上
""", [
    ("小宇", P, 0), ("小宇", P, 1), ("八", A, "今年八歲"), ("四", A, "他四歲"), ("台大醫院", O),
    ("慈濟骨髓幹細胞中心", O), ("大陸", L), ("2021年12月24日", D), ("小宇", P, 2), ("小宇", P, 3),
    ("小宇", P, 4),
])

letter("zh", "donor_to_patient", """
你好呀：

我是你的造血干细胞捐献者。工作人员说我可以给你写信，我就忍不住拿起了笔。

我叫琪琪，今年二十三岁，在杭州读研究生，学的是环境工程。三年前在浙大的校园献血活动里，我顺手加入了中华骨髓库。没想到去年秋天接到电话，说我和一位患者初步配型成功了。那一刻我手都在抖。

捐献那天是2024年10月9日，在浙江省人民医院。打动员剂的那几天腰有点酸，但一想到你在等，就一点都不觉得难受了。妈妈专门从老家赶来陪我，还给护士们带了一大袋橘子。

听说你是一位和我妈妈差不多年纪的阿姨。希望你早日康复，能来看看西湖的荷花。

如果以后可以联系，我的微信号是siqi_li_hz，随时欢迎你来找我聊天！

加油！
琪琪
""", [
    ("琪琪", P, 0), ("二十三", A, "今年二十三岁"), ("杭州", L), ("浙大", O), ("中华骨髓库", O),
    ("2024年10月9日", D), ("浙江省人民医院", O), ("西湖", L), ("siqi_li_hz", C), ("琪琪", P, 1),
], known={"names": ["李思琪"], "places": ["杭州市西湖区"], "organisations": ["浙江大学"],
          "other": ["siqi_li_hz"]})

# ---------------------------------------------------------------------------------------------
# Hebrew (3)
# ---------------------------------------------------------------------------------------------

letter("he", "patient_to_donor", """
לתורם היקר,

שמי אורית, אני בת ארבעים ושבע, אמא לשלושה וסבתא טרייה. אני גרה בבאר שבע ועובדת כגננת כבר עשרים שנה.

באביב שעבר אובחנתי עם לוקמיה. הרופאים בסורוקה היו מדהימים, אבל אמרו שאני צריכה השתלה ואף אחד מהמשפחה לא התאים. עזר מציון חיפשו לי תורם, ומצאו אותך – בחור צעיר מגרמניה.

ההשתלה הייתה ב-5 בספטמבר 2023, ממש לפני ראש השנה. בחג הבאנו לבית החולים תפוחים בדבש, והאחיות צחקו שזאת השנה הכי מתוקה שלי.

היום אני שוב בגן, עם הילדים. הם לא יודעים כמה הייתי חולה, רק שהגננת חזרה. וזה מספיק לי.

תודה מכל הלב. אתה חלק מהמשפחה שלנו עכשיו.

באהבה,
אורית
""", [
    ("אורית", P, 0), ("ארבעים ושבע", A), ("באר שבע", L, "בבאר שבע"), ("סורוקה", O, "בסורוקה"),
    ("עזר מציון", O), ("גרמניה", L, "מגרמניה"), ("5 בספטמבר 2023", D), ("אורית", P, 1),
], known={"names": ["אורית לוי"], "places": ["באר שבע"], "organisations": ["סורוקה"],
          "other": ["orit.levy@walla.co.il", "052-7741930"]})

letter("he", "donor_to_patient", """
שלום לך,

אני התורם שלך. אסור לי לספר יותר מדי, אבל אני יכול לספר שאני בן עשרים ושתיים, סטודנט להנדסה בטכניון, ושאת רוב הזמן הפנוי שלי אני מבלה על הגלים בחוף בת גלים.

נרשמתי למאגר במהלך השירות הצבאי, בהתרמה שעשו בבסיס. שכחתי מזה לגמרי, עד שיום אחד קיבלתי טלפון מעזר מציון. אמא שלי בכתה, אבא שלי שאל אם זה כואב, וסבתא שלי כבר התחילה לבשל לי מרק עוף.

התרומה עצמה הייתה קלה. כמה ימים של זריקות, קצת כאבי גב, ויום שלם של שכיבה מול סרטים. היה שווה כל רגע.

אני לא יודע מי אתה, רק שאתה גבר מבוגר ממני. אני מקווה שאתה מרגיש טוב יותר מיום ליום, ושבקרוב תוכל לחזור לכל מה שאתה אוהב.

בהצלחה ובבריאות,
התורם שלך
""", [
    ("עשרים ושתיים", A), ("טכניון", O, "בטכניון"), ("חוף בת גלים", L, "בחוף בת גלים"),
    ("עזר מציון", O, "מעזר מציון"),
])

letter("he", "family_to_donor", """
לתורמת היקרה,

אני כותב לך בשם המשפחה שלנו, ואני מצטער שהמכתב הזה לא מביא בשורות טובות. אשתי, רינה, נפטרה לפני שלושה חודשים, בגיל שישים ושלוש.

אבל חשוב לי שתדעי: בזכותך היא קיבלה עוד שנה וחצי של חיים. שנה וחצי שבה היא ראתה את הבת שלנו מתחתנת, החזיקה על הידיים את הנכדה הראשונה, נועה, וישבה איתי בערבים במרפסת מול הים, כמו שאהבה.

ההשתלה נעשתה ברמב"ם בחיפה, והצוות שם היה משפחה בשבילנו. רינה קראה לך "המלאכית מאמריקה". היא התפללה עלייך בכל שבת, כשהדליקה נרות.

אנחנו רוצים שתדעי שהמתנה שלך לא הייתה לשווא. היא נתנה לנו זמן, ואין דבר יקר מזה.

בתודה ובאהבה,
קובי והמשפחה
""", [
    ("רינה", P, 0), ("שישים ושלוש", A), ("נועה", P), ('רמב"ם', O, 'ברמב"ם'), ("חיפה", L, "בחיפה"),
    ("רינה", P, 1), ("אמריקה", L, "מאמריקה"), ("קובי", P),
], known={"names": ["יעקב כהן"], "places": ["חיפה"], "organisations": ['רמב"ם'],
          "other": ["yaakov.cohen@gmail.com"]})

# ---------------------------------------------------------------------------------------------
# Tamil (2)
# ---------------------------------------------------------------------------------------------

letter("ta", "patient_to_donor", """
அன்புள்ள கொடையாளருக்கு,

வணக்கம். என் பெயர் லட்சுமி. எனக்கு முப்பத்தெட்டு வயது. நான் கோவையில் ஒரு தனியார் பள்ளியில் ஆசிரியையாக வேலை செய்கிறேன். எனக்கு இரண்டு பெண் குழந்தைகள் இருக்கிறார்கள்.

இரண்டு வருடங்களுக்கு முன் எனக்கு இரத்தப் புற்றுநோய் இருப்பது தெரிய வந்தது. அந்த நாளை என்னால் மறக்கவே முடியாது. என் கணவர் அன்று முழுவதும் ஒரு வார்த்தை கூட பேசவில்லை.

என் குடும்பத்தில் யாருடைய மாதிரியும் பொருந்தவில்லை. பிறகு நீங்கள் கிடைத்தீர்கள். 2023 ஜனவரி 20 அன்று வேலூர் சி.எம்.சி மருத்துவமனையில் எனக்கு மாற்று சிகிச்சை நடந்தது. அது பொங்கல் முடிந்த சில நாட்களில். அந்த வருடம் எங்கள் வீட்டில் பொங்கல் கொண்டாடவில்லை, ஆனால் இந்த வருடம் இரட்டிப்பு சந்தோஷத்துடன் கொண்டாடினோம்.

இப்போது நான் மீண்டும் பள்ளிக்குச் செல்கிறேன். என் மாணவர்கள் எனக்காக ஒவ்வொரு நாளும் பிரார்த்தனை செய்தார்கள்.

உங்களுக்கு என் மனமார்ந்த நன்றி. கடவுள் உங்களை என்றும் காப்பாற்றட்டும்.

அன்புடன்,
லட்சுமி
""", [
    ("லட்சுமி", P, 0), ("முப்பத்தெட்டு", A), ("கோவையில்", L), ("2023 ஜனவரி 20", D), ("வேலூர்", L),
    ("சி.எம்.சி மருத்துவமனையில்", O), ("லட்சுமி", P, 1),
], known={"names": ["Lakshmi Narayanan"], "places": ["Coimbatore"],
          "organisations": ["Stanes Anglo Indian Higher Secondary School"], "other": ["lakshmi.n@gmail.com"]})

letter("ta", "donor_to_patient", """
அன்புள்ள நண்பருக்கு,

நான் உங்களுக்கு ஸ்டெம் செல் தானம் செய்தவன். என் பெயரைச் சொல்ல அனுமதி இல்லை, ஆனால் நான் சென்னையில் வசிக்கும் இருபத்தொன்பது வயது மென்பொருள் பொறியாளர் என்று மட்டும் சொல்லலாம்.

கல்லூரியில் படிக்கும்போது DATRI நடத்திய முகாமில் பதிவு செய்தேன். ஐந்து வருடங்களுக்குப் பிறகு அழைப்பு வந்தது. முதலில் என் அம்மா பயந்தார். ஆனால் மருத்துவர் எல்லாவற்றையும் விளக்கிய பிறகு, அவரே எனக்கு திருஷ்டி சுற்றி ஆசீர்வாதம் செய்தார்.

தானம் செய்த நாள், 2024 மார்ச் 11, என் வாழ்நாளில் மிக முக்கியமான நாள். ஐந்து மணி நேரம் இயந்திரத்துடன் இணைந்திருந்தேன். பாட்டு கேட்டுக்கொண்டே இருந்ததால் நேரம் போனதே தெரியவில்லை.

நீங்கள் ஒரு சிறுவன் என்று கேள்விப்பட்டேன். நீங்கள் விரைவில் குணமடைந்து, ஒருநாள் மெரினா கடற்கரையில் கிரிக்கெட் விளையாட வர வேண்டும் என்று வாழ்த்துகிறேன். அன்று நானும் உங்களுடன் சேர்ந்து விளையாடுவேன்.

அன்புடன்,
உங்கள் கொடையாளர்
""", [
    ("சென்னையில்", L), ("இருபத்தொன்பது", A), ("DATRI", O), ("2024 மார்ச் 11", D), ("மெரினா கடற்கரையில்", L),
])

# ---------------------------------------------------------------------------------------------
# Marathi (2)
# ---------------------------------------------------------------------------------------------

letter("mr", "patient_to_donor", """
प्रिय दाते,

नमस्कार. माझं नाव सचिन. मी बावन्न वर्षांचा आहे आणि पुण्यात कोथरूडमध्ये राहतो. गेली पंचवीस वर्षं मी एका बँकेत कॅशियर म्हणून काम करतोय.

मागच्या वर्षी दिवाळीच्या आधी मला खूप थकवा यायला लागला. तपासणी केल्यावर कळलं की मला रक्ताचा कर्करोग आहे. दीनानाथ रुग्णालयातल्या डॉक्टरांनी सांगितलं की बोन मॅरो ट्रान्सप्लांट करावं लागेल. माझ्या भावाचा नमुना जुळला नाही, तेव्हा खूप निराशा आली.

मग तुम्ही भेटलात. ३ फेब्रुवारी २०२४ रोजी माझं ट्रान्सप्लांट झालं. माझी बायको रोज सकाळी दगडूशेठ गणपतीला जाऊन तुमच्यासाठी प्रार्थना करायची.

आता मी हळूहळू बरा होतोय. रोज संध्याकाळी वेताळ टेकडीवर थोडं फिरायला जातो. पुढच्या गणेशोत्सवात ढोल वाजवायचं माझं स्वप्न आहे.

तुमचे खूप खूप आभार. देव तुम्हाला सुखी ठेवो.

तुमचा,
सचिन
""", [
    ("सचिन", P, 0), ("बावन्न", A), ("पुण्यात", L), ("कोथरूडमध्ये", L), ("दीनानाथ रुग्णालयातल्या", O),
    ("३ फेब्रुवारी २०२४", D), ("दगडूशेठ गणपतीला", O), ("वेताळ टेकडीवर", L), ("सचिन", P, 1),
], known={"names": ["Sachin Vasant Kulkarni"], "places": ["Pune"],
          "organisations": ["Deenanath Mangeshkar Hospital"],
          "other": ["sachin.kulkarni71@gmail.com", "98220 41573"]})

letter("mr", "donor_to_patient", """
प्रिय मित्रा,

मी तुझा दाता आहे. माझं नाव सांगता येणार नाही, पण मी नाशिकजवळच्या एका गावात द्राक्षाची बाग सांभाळतो, एवढं सांगू शकतो. वय अठ्ठावीस.

मुंबईत कॉलेजला असताना एका शिबिरात नोंदणी केली होती. तीन वर्षांनी फोन आला, तेव्हा मी बागेत फवारणी करत होतो. आधी वाटलं कुणीतरी चेष्टा करतंय. घरी सांगितल्यावर आजी म्हणाली, "जा, पुण्याचं काम आहे."

दान करताना थोडी भीती वाटली, पण हॉस्पिटलमधल्या सिस्टरनी खूप छान काळजी घेतली. चार तास मशीनला जोडलेलो होतो, आणि मी पूर्ण वेळ क्रिकेटचा सामना पाहत होतो.

तू लवकर बरा हो. कधी नाशिकला आलास तर आमच्या बागेतली द्राक्षं नक्की खायला ये. तुला आवडतील, खात्री आहे.

तुझा,
दाता
""", [
    ("नाशिकजवळच्या", L), ("अठ्ठावीस", A), ("मुंबईत", L), ("नाशिकला", L),
])


if __name__ == "__main__":
    main()
