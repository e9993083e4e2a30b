#!/usr/bin/env python3
"""Build the per-language lists of frequent words of the screening crate.

Writes crates/screening/data/common/<language>.txt: the most frequent words of each language in wordfreq's
data (case-folded, NFC, letters and inner apostrophes or hyphens only), one a line, most frequent first. The screen
reads a capitalised word of such a list in a letter of that language as an ordinary word (a sentence start, a
greeting, a noun). Web text is full of names and towns, and the frequency lists do not keep case: a word that the
name or place lists hold is kept only among the most frequent (KEEP_NAMES) words ("pero", "caro", "il"), so that
"Giulia" or "Firenze" stay names. Run from the repository root (after build.py):

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/gazetteers/common_by_language.py
"""

import os
import re
import unicodedata

from wordfreq import top_n_list

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "screening", "data", "common")

# How many words per language: inflecting languages need more forms for the same vocabulary.
SIZES = {"es": 20000, "fr": 20000, "it": 20000, "pt": 20000, "nl": 20000, "pl": 30000, "de": 30000, "he": 5000}

WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")


def fold(word):
    return unicodedata.normalize("NFC", word).lower().replace("ß", "ss").replace("’", "'")


# Words that are also names or places stay in a list only within this many of the most frequent.
KEEP_NAMES = 1500

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "screening", "data")


def gazetteer_words():
    words = set()
    for name in ("first_names.txt", "last_names.txt", "places.txt"):
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for line in f:
                words.update(fold(w) for w in line.split())
    return words


def main():
    os.makedirs(OUT, exist_ok=True)
    names = gazetteer_words()
    for lang, n in SIZES.items():
        words, seen = [], set()
        for rank, w in enumerate(top_n_list(lang, n)):
            w = fold(w)
            if WORD.match(w) and len(w) >= 2 and w not in seen and (rank < KEEP_NAMES or w not in names):
                seen.add(w)
                words.append(w)
        with open(os.path.join(OUT, f"{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(words) + "\n")
        print(lang, len(words))


if __name__ == "__main__":
    main()
