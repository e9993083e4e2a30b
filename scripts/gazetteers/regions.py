"""Writes crates/screening/data/regions.txt: the first- and second-level regions (states, Länder, provinces,
départements, cantons…) of the countries whose donors and patients write most, from ISO 3166-2 as pycountry
ships it. Names that are also ordinary words ("Centre", "Nord") are left out.

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install pycountry==26.2.16
    /tmp/gaz/bin/python scripts/gazetteers/regions.py      # from the repository root
"""
import unicodedata

import pycountry

COUNTRIES = ["DE", "AT", "CH", "FR", "IT", "ES", "PT", "NL", "BE", "LU", "PL", "CZ", "GB", "IE", "US", "CA", "AU",
             "NZ", "IN", "BR", "MX", "AR", "CL", "CO", "IL", "TR", "ZA", "DK", "SE", "NO", "FI"]
DATA = "crates/screening/data/"


def words(path, top=None):
    out = set()
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if top is not None and i >= top:
                break
            w = line.strip()
            if w and not w.startswith("#"):
                out.add(w.casefold())
    return out


# The English and German words that dictionaries write in lower case; the other languages' frequency lists hold
# the regions themselves, so they cannot tell.
ordinary = words(DATA + "lowercase_words.txt") | {"nord", "sud", "est", "ouest", "centro", "norte", "sur", "capital",
                                                 "cher", "lot", "ain", "var", "gers"}

names = set()
for sub in pycountry.subdivisions:
    if sub.country_code not in COUNTRIES:
        continue
    for name in sub.name.replace(" / ", "/").split("/"):
        name = unicodedata.normalize("NFC", name.split(" (")[0].strip())
        if len(name) < 3 or name.casefold() in ordinary:
            continue
        names.add(name)

with open(DATA + "regions.txt", "w", encoding="utf-8") as f:
    f.write("# Regions (ISO 3166-2 subdivisions) of the countries in scripts/gazetteers/regions.py, via pycountry.\n")
    for name in sorted(names):
        f.write(name + "\n")
print(len(names), "names")
