//! Names of the countries the contact rules speak about, in the portal's languages (English, German,
//! Hindi), the country's own language and common short forms, with the word for its people. A letter that
//! names the writer's country may break a country's letter rules; the screen finds the place, this says it
//! is a country.

use crate::CountryCode;

/// Code, then names (any case; compared folded to lower case).
const NAMES: &[(&str, &[&str])] = &[
    ("AT", &["austria", "österreich", "ऑस्ट्रिया", "austrian", "österreicher", "österreichisch"]),
    ("AU", &["australia", "australien", "ऑस्ट्रेलिया", "australian", "australier"]),
    ("BE", &["belgium", "belgien", "belgië", "belgique", "बेल्जियम", "belgian"]),
    ("BR", &["brazil", "brasilien", "brasil", "ब्राज़ील", "ब्राजील", "brazilian"]),
    ("CA", &["canada", "kanada", "कनाडा", "canadian"]),
    ("CH", &["switzerland", "schweiz", "suisse", "svizzera", "स्विट्ज़रलैंड", "स्विट्जरलैंड", "swiss", "schweizer"]),
    ("CL", &["chile", "चिली", "chilean"]),
    ("CN", &["china", "चीन", "中国", "chinese", "chinesisch"]),
    ("CZ", &["czech republic", "czechia", "tschechien", "česko", "चेक गणराज्य", "czech", "tschechisch"]),
    ("DE", &["germany", "deutschland", "जर्मनी", "german", "deutsch", "deutsche", "deutscher", "जर्मन"]),
    ("ES", &["spain", "spanien", "españa", "स्पेन", "spanish", "spanisch"]),
    ("FI", &["finland", "finnland", "suomi", "फ़िनलैंड", "फिनलैंड", "finnish"]),
    ("FR", &["france", "frankreich", "फ़्रांस", "फ्रांस", "french", "französisch", "français", "française"]),
    (
        "GB",
        &[
            "united kingdom",
            "uk",
            "great britain",
            "britain",
            "england",
            "scotland",
            "wales",
            "großbritannien",
            "ब्रिटेन",
            "इंग्लैंड",
            "british",
            "english",
            "britisch",
        ],
    ),
    ("HK", &["hong kong", "hongkong", "हांगकांग", "香港"]),
    ("IL", &["israel", "इज़राइल", "इजराइल", "israeli", "israelisch"]),
    ("IN", &["india", "indien", "भारत", "हिंदुस्तान", "indian", "indisch", "inder", "भारतीय"]),
    ("IT", &["italy", "italien", "italia", "इटली", "italian", "italienisch"]),
    ("JP", &["japan", "日本", "जापान", "japanese", "japanisch"]),
    ("NL", &["netherlands", "holland", "niederlande", "nederland", "नीदरलैंड", "dutch", "niederländisch"]),
    ("NO", &["norway", "norwegen", "norge", "नॉर्वे", "norwegian", "norwegisch"]),
    ("PL", &["poland", "polen", "polska", "पोलैंड", "polish", "polnisch"]),
    ("SG", &["singapore", "singapur", "सिंगापुर", "singaporean"]),
    ("SI", &["slovenia", "slowenien", "slovenija", "स्लोवेनिया", "slovenian", "slowenisch"]),
    ("TR", &["turkey", "türkei", "türkiye", "तुर्की", "turkish", "türkisch"]),
    ("TW", &["taiwan", "台灣", "ताइवान", "taiwanese"]),
    (
        "US",
        &[
            "united states",
            "usa",
            "u.s",
            "u.s.a",
            "america",
            "vereinigte staaten",
            "amerika",
            "अमेरिका",
            "american",
            "amerikanisch",
            "अमेरिकी",
        ],
    ),
    ("ZA", &["south africa", "südafrika", "दक्षिण अफ़्रीका", "दक्षिण अफ्रीका", "south african"]),
];

impl CountryCode {
    /// The country a word or phrase names (`"Deutschland"`, `"भारत"`, `"Indian"`), for the countries the
    /// rule data knows.
    pub fn named(text: &str) -> Option<Self> {
        let folded = text.trim().trim_end_matches(['.', ',', ';', ':', '!', '?']).to_lowercase();
        NAMES.iter().find(|(_, names)| names.iter().any(|n| *n == folded)).and_then(|(code, _)| Self::parse(code).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_several_languages_find_their_country() {
        for (name, code) in [("Germany", "DE"), ("Deutschland", "DE"), ("भारत", "IN"), ("Indian", "IN"), ("USA", "US")]
        {
            assert_eq!(CountryCode::named(name).map(|c| c.to_string()), Some(code.to_owned()), "{name}");
        }
        assert_eq!(CountryCode::named("Pune"), None);
        for (code, _) in NAMES {
            assert!(CountryCode::parse(code).is_ok(), "{code}");
        }
    }
}
