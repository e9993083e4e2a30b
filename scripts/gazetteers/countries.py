"""Writes crates/screening/data/countries.txt: the names of the world's countries in the languages the screen
has rules for, from the Unicode CLDR as Babel ships it (English names come from GeoNames in places.txt).

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install babel==2.19.0
    /tmp/gaz/bin/python scripts/gazetteers/countries.py      # from the repository root
"""
import unicodedata

from babel import Locale

LANGUAGES = ["de", "fr", "es", "it", "pt", "nl", "pl", "hi", "mr", "ta"]
# Codes CLDR lists that are not countries one lives in or comes from.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM", "IO", "TF", "GS", "CP", "DG",
                 "EA", "IC", "AC", "TA"}

names = set()
for lang in LANGUAGES:
    for code, name in Locale(lang).territories.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name = unicodedata.normalize("NFC", name)
        names.add(name)
        # "Bosnien und Herzegowina", "Corée du Sud": the short name before a comma or bracket too.
        for cut in (",", " ("):
            if cut in name:
                names.add(name.split(cut)[0].strip())

with open("crates/screening/data/countries.txt", "w", encoding="utf-8") as f:
    f.write("# Country names in de, fr, es, it, pt, nl, pl, hi, mr, ta (Unicode CLDR via Babel; see PROVENANCE.md).\n")
    for name in sorted(names):
        f.write(name + "\n")
print(len(names), "names")
