"""The builder and checks shared by the hand-written letter sets (dev2/ … dev6/make.py).

A set's make.py calls configure(), then add() for each letter, then main(). Every letter is data: its text, a
list of (surface, category[, where]) tuples, an optional `known` dict (the writer's own identifiers as the
registry holds them), an optional `ok` list of deliberate exceptions and a `var` tag (the writer's background,
used only for the counts). No offset is written by hand.

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
lower-case particles such as "van" or "de" left out) that appears verbatim lies inside a span; the length
in words (Japanese/Chinese: characters) is within the set's bounds given to configure(); no duplicate
letters; ids, languages and directions are valid. After writing, letters.jsonl is read back and
`text[start:end] == span["text"]` is checked again.

    python3 make.py            build letters.jsonl
    python3 make.py --stats    build it and print counts
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict


CATS = {"PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"}
REPEAT_CATS = {"PERSON", "LOCATION", "ORGANIZATION", "CONTACT", "OTHER_ID"}
DIRECTIONS = {"patient_to_donor", "donor_to_patient", "family_to_donor", "donor_to_family"}
LANGS = {"en", "de", "hi", "mr", "ta", "ja", "zh", "he", "fr", "es", "it", "pt", "pl", "nl"}

# Set per letter set by configure(): where to write, the id prefix, and the allowed lengths.
OUT = None
PREFIX = "L"
WORDS = (60, 300)
CHARS = (100, 500)


# The categories, as the letters' span lists name them.
P, LOC, ORG, DATE, CON, AGE, OID = "PERSON", "LOCATION", "ORGANIZATION", "DATE", "CONTACT", "AGE", "OTHER_ID"


def configure(script, prefix, words, chars):
    """The set is written as letters.jsonl beside `script` (its make.py); its id prefix ("D", "T"), and its
    lengths in words and in ja/zh characters."""
    global OUT, PREFIX, WORDS, CHARS
    out = os.path.join(os.path.dirname(os.path.abspath(script)), "letters.jsonl")
    OUT, PREFIX, WORDS, CHARS = out, prefix, words, chars

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
        lid = f"{PREFIX}{n:03d}"
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
        lo, hi = CHARS if lang in NOSPACE else WORDS
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
