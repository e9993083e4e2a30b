//! Ages, dates, contacts and quasi-identifiers in the languages of real letters, with the look-alikes that must
//! stay unflagged: durations, decades, day counts, habits ("every Sunday") and wishes ("May God…").

use twinbridge_screening::{Category, Known};

use crate::{assert_found, assert_not_flagged, screen};

/// Asserts that `needle` is flagged with exactly that span as the given category.
#[track_caller]
fn assert_span(text: &str, language: &str, needle: &str, category: Category) {
    let f = screen(text, Some(language), &Known::default());
    assert!(
        f.iter().any(|x| x.text == needle && x.category == category),
        "{needle:?} not flagged as {category:?}: {:?}",
        f.iter().map(|x| (&x.text, x.category)).collect::<Vec<_>>()
    );
}

/// Asserts that nothing in `text` is flagged as the given category.
#[track_caller]
fn assert_none_of(text: &str, language: &str, category: Category) {
    let f = screen(text, Some(language), &Known::default());
    assert!(f.iter().all(|x| x.category != category), "{text}: {f:?}");
}

#[test]
fn english_ages_in_words_lists_and_birthdays() {
    let text = "When I was nineteen I signed up. Our girls are 11 and 8, and my dad turned seventy-three on the \
                weekend. My nephew's fourth birthday was a bouncy-castle affair. I'll be 50 soon; ask me again \
                at 51, when I'm in my 60s I'll stop. We have been married 28 years and it is now 3 months after \
                the donation. My counts are 95% donor cells and day +200 is close.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["nineteen", "11", "seventy-three", "fourth", "50"]);
    assert_span(text, "en", "8", Category::Age);
    assert_not_flagged(text, &f, &["60s", "28 years", "3 months", "95%", "+200"]);
    assert_span(text, "en", "seventy-three", Category::Age);
}

#[test]
fn ages_in_european_languages() {
    for (lang, text, age) in [
        ("es", "Hola, me llamo Inés y tengo treinta y dos años. Vivo con mi perro.", "treinta y dos"),
        ("es", "Mi hijo, un chico de 12 años, juega al fútbol.", "12"),
        ("pt", "Olá! Tenho 41 anos e sou cozinheira.", "41"),
        ("it", "Caro donatore, ho sessantadue anni e tre nipoti.", "sessantadue"),
        ("fr", "Bonjour, j'ai vingt-neuf ans et je suis boulangère.", "vingt-neuf"),
        ("fr", "Notre fille a maintenant 6 ans.", "6"),
        ("de", "Ich bin zweiundvierzig und wohne am Meer.", "zweiundvierzig"),
        ("pl", "Cześć, mam 27 lat i studiuję.", "27"),
        ("pl", "Jestem mamą 4-letniej córeczki.", "4"),
        ("nl", "Hallo, ik ben 38 jaar en werk in de zorg.", "38"),
        ("nl", "Ik ben vader van een dochter van 9.", "9"),
    ] {
        assert_span(text, lang, age, Category::Age);
    }
}

#[test]
fn durations_are_not_ages() {
    for (lang, text, not_age) in [
        ("es", "Vivo aquí desde hace 20 años con mi familia.", "20"),
        ("fr", "Il y a 15 ans, j'ai déménagé.", "15"),
        ("it", "Lavoro in banca da più di 30 anni.", "30"),
        ("pt", "Trabalho aqui há 12 anos.", "12"),
        ("en", "Now I am almost three years after my transplant.", "three"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert!(
            !f.iter().any(|x| x.text == not_age && x.category == Category::Age),
            "{lang}: {not_age:?} flagged as an age in {text:?}"
        );
    }
}

#[test]
fn ages_in_other_scripts() {
    assert_span("私の息子は今年七歳になりました。高校三年の兄もいます。", "ja", "七", Category::Age);
    assert_span("我今年四十二岁，住在南方。", "zh", "四十二", Category::Age);
    assert_span("אני בת ארבעים, אמא לשניים.", "he", "ארבעים", Category::Age);
    assert_span("मेरा बेटा नौ साल का है।", "hi", "नौ", Category::Age);
    assert_span("எனக்கு 33 வயது.", "ta", "33", Category::Age);
    let text = "高校三年の冬、入院しました。";
    let f = screen(text, Some("ja"), &Known::default());
    assert!(!f.iter().any(|x| x.category == Category::Age), "{f:?}");
}

#[test]
fn dates_in_many_languages() {
    for (lang, text, date) in [
        ("es", "El trasplante fue el 4 de octubre de 2021 en la capital.", "4 de octubre de 2021"),
        ("pt", "A colheita foi no dia 9 de março de 2023.", "9 de março de 2023"),
        ("it", "Il trapianto è stato il 21 luglio 2022.", "21 luglio 2022"),
        ("fr", "Le prélèvement a eu lieu le 3 février dernier.", "3 février"),
        ("nl", "Op 12 mei 2022 kreeg ik de cellen.", "12 mei 2022"),
        ("pl", "Przeszczep odbył się 8 grudnia 2021 roku.", "8 grudnia 2021 roku"),
        ("pl", "Pobranie było 05.06.2023 r. w stolicy.", "05.06.2023 r."),
        ("ja", "2021年10月7日に移植を受けました。", "2021年10月7日"),
        ("ja", "平成31年4月に登録しました。", "平成31年4月"),
        ("es", "Me trasplantaron en noviembre de 2022.", "noviembre de 2022"),
        ("en", "My transplant was in the spring of 2023.", "the spring of 2023"),
    ] {
        assert_span(text, lang, date, Category::Date);
    }
}

#[test]
fn vague_times_are_not_dates() {
    let text = "I swim on Thursdays and every Sunday I bake. May God keep you well. I was diagnosed with \
                lymphoma in 2019, in my 40s, and now it is day +365 for me. Easter Sunday was quiet.";
    // Only dates and ages are judged here: a capitalised word may still be taken for a name by other rules.
    let f: Vec<_> = screen(text, Some("en"), &Known::default())
        .into_iter()
        .filter(|x| matches!(x.category, Category::Date | Category::Age))
        .collect();
    assert_not_flagged(text, &f, &["Thursdays", "Sunday I", "May God", "2019", "40s", "+365", "Easter Sunday"]);
    let text = "Je nage le mardi, et la greffe a eu lieu à J+100. Au printemps 2020 on m'a diagnostiqué.";
    let f = screen(text, Some("fr"), &Known::default());
    assert_not_flagged(text, &f, &["mardi", "J+100", "2020"]);
}

#[test]
fn spelled_out_contacts_in_other_languages() {
    let text = "Écris-moi : anne point roux arobase free point fr. Oder: k.meyer (klammeraffe) web.de. Mi \
                Instagram, mi username es: sole_pinta77.";
    let f = screen(text, Some("fr"), &Known::default());
    assert_found(text, &f, &["anne point roux arobase free point fr", "k.meyer (klammeraffe) web.de", "sole_pinta77"]);
    assert!(f.iter().any(|x| x.category == Category::Contact && x.text.contains("arobase")));
}

#[test]
fn quasi_identifiers_in_several_languages() {
    let text = "I am the only ferry captain on the whole island. My parents run a small flower shop near the \
                station, and the football club held a swab drive for me at the clubhouse. It was even on the \
                local news.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["the only ferry captain on the whole island", "small flower shop", "swab drive for me"]);
    assert_found(text, &f, &["was even on the local news"]);
    let text = "Ich war lange die einzige Hufschmiedin im ganzen Landkreis. Meine Eltern haben einen kleinen \
                Blumenladen.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["die einzige Hufschmiedin im ganzen Landkreis", "kleinen Blumenladen"]);
    let text = "That was the only way forward, and the only thing I wanted. We have a lot of hope.";
    let f = screen(text, Some("en"), &Known::default());
    assert!(!f.iter().any(|x| x.category == Category::Other), "{f:?}");
}

#[test]
fn ages_after_with_since_and_a_young_man_of() {
    for (text, lang, age) in [
        ("Soy de Triana, tengo cuarenta y un años y dos hijos.", "es", "cuarenta y un"),
        ("Laburo desde los 20 en la misma empresa.", "es", "20"),
        ("Registriert hab ich mich mit 19 auf einer Aktion.", "de", "19"),
        ("Je donor, een jongen van 24 uit Friesland.", "nl", "24"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert_found(text, &f, &[age]);
    }
    let text = "Wir fahren mit 20 Leuten in den Urlaub.";
    let f = screen(text, Some("de"), &Known::default());
    assert_not_flagged(text, &f, &["20"]);
}

#[test]
fn tamil_dates_by_the_tamil_or_the_gregorian_month() {
    for (text, date) in [
        ("கடந்த ஐப்பசி மாதம் 15ஆம் தேதி போன் வந்தது.", "ஐப்பசி மாதம் 15ஆம் தேதி"),
        ("போன வருஷம் ஏப்ரல் 13 அன்று, தமிழ்ப் புத்தாண்டு.", "ஏப்ரல் 13"),
        ("2023 ஆகஸ்ட் மாதம் வேலூரில் சிகிச்சை.", "2023 ஆகஸ்ட்"),
    ] {
        let f = screen(text, Some("ta"), &Known::default());
        assert_found(text, &f, &[date]);
    }
}

#[test]
fn an_age_in_words_after_tiene_before_a_comma() {
    let text = "Mi hija mayor, que tiene nueve, me pregunta por ti. Tiene dos hijos pequeños.";
    let f = screen(text, Some("es"), &Known::default());
    assert_found(text, &f, &["nueve"]);
    assert_not_flagged(text, &f, &["dos"]);
}

#[test]
fn an_age_reached_without_its_unit() {
    assert_span("Mi nieta cumplió 6 el domingo.", "es", "6", Category::Age);
    assert_span("O meu neto faz 12 amanhã.", "pt", "12", Category::Age);
    assert_span("La nonna compie novanta domani.", "it", "novanta", Category::Age);
    assert_span("Notre Léa a eu 6 dimanche.", "fr", "6", Category::Age);
    assert_span("Nasza Zosia skończyła 6 w niedzielę.", "pl", "6", Category::Age);
    assert_span("Onze Sem is 4 geworden.", "nl", "4", Category::Age);
    assert_span("Unsere Lena ist 9 geworden.", "de", "9", Category::Age);
    // Counts after the same verbs are not ages.
    assert_none_of("Mi hijo cumplió 6 meses de tratamiento.", "es", Category::Age);
    assert_none_of("Ele fez 3 sessões de quimio.", "pt", Category::Age);
    assert_none_of("Ha compiuto 10 cicli di chemio.", "it", Category::Age);
}

#[test]
fn a_day_and_month_without_the_year() {
    assert_span("Donation day was 3/3, I watched two films.", "en", "3/3", Category::Date);
    assert_span("La greffe s'est faite le 12/09 à Lyon.", "fr", "12/09", Category::Date);
    assert_span("Op 15/11 was het zover.", "nl", "15/11", Category::Date);
    assert_span("Donation 17/6 ko hua.", "hi", "17/6", Category::Date);
    // Shares, scores and "24/7" are not dates.
    assert_none_of("I take 1/2 a tablet at night.", "en", Category::Date);
    assert_none_of("We won 3/1 on Sunday, open 24/7 at the hospital.", "en", Category::Date);
}

#[test]
fn elided_ages_babies_in_months_and_names_with_their_age_in_words() {
    assert_span("Ho compiuto sessant'anni al Gemelli.", "it", "sessant", Category::Age);
    assert_span("Ho settantun anni.", "it", "settantun", Category::Age);
    assert_span("Notre fils Gabin avait dix mois quand il a reçu la greffe.", "fr", "dix", Category::Age);
    assert_span("Ik ben Lotte, negenentwintig, juf van het tweede leerjaar.", "nl", "negenentwintig", Category::Age);
    assert_span("Main aapka donor, Rohan. Thirty saal ka hoon.", "hi", "Thirty", Category::Age);
    assert_span("Abbu 64 ke hain.", "hi", "64", Category::Age);
    // Ten months of treatment, or ten months ago, are not ages.
    assert_none_of("Il y a dix mois, j'ai reçu la greffe.", "fr", Category::Age);
    assert_none_of("J'ai passé dix mois à l'hôpital.", "fr", Category::Age);
}

#[test]
fn phone_numbers_read_out_in_pairs_in_other_languages() {
    for (text, lang, number) in [
        (
            "Appelle-moi : zéro six, quarante et un, dix-sept, vingt-huit, zéro trois.",
            "fr",
            "zéro six, quarante et un, dix-sept, vingt-huit, zéro trois",
        ),
        (
            "Mi móvil: seis cero cero, treinta y dos, diecisiete, veintiocho.",
            "es",
            "seis cero cero, treinta y dos, diecisiete, veintiocho",
        ),
        (
            "Chiamami: tre tre nove, quarantuno, ventotto, diciassette.",
            "it",
            "tre tre nove, quarantuno, ventotto, diciassette",
        ),
        (
            "Nummer: null eins sieben, einundvierzig, achtundzwanzig, siebzehn.",
            "de",
            "null eins sieben, einundvierzig, achtundzwanzig, siebzehn",
        ),
        (
            "Bel me: nul zes, eenenveertig, achtentwintig, drieënzestig.",
            "nl",
            "nul zes, eenenveertig, achtentwintig, drieënzestig",
        ),
        (
            "Celular: nove nove, oitenta e um, vinte e oito, dezessete.",
            "pt",
            "nove nove, oitenta e um, vinte e oito, dezessete",
        ),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert!(f.iter().any(|x| x.text == number && x.category == Category::Contact), "{text}: {f:?}");
    }
    // The writer's own number, known to the screen, is recognised in words: 06 71 92 33 10.
    let known = Known { other: vec!["06 71 92 33 10".into()], ..Known::default() };
    let text = "Mon numéro : zéro six, soixante et onze, quatre-vingt-douze, trente-trois, dix.";
    let f = screen(text, Some("fr"), &known);
    assert!(f.iter().any(|x| x.category == Category::Contact && x.text.starts_with("zéro six")), "{f:?}");
    // Ages and counts in words are not phone numbers.
    assert_none_of("J'ai vingt ans, et mon frère en a trente. Nous étions dix-sept au repas.", "fr", Category::Contact);
}

#[test]
fn an_age_at_diagnosis_and_after_its_me_here() {
    assert_span("I am the mother of Oliver, who was diagnosed at 3 with ALL.", "en", "3", Category::Age);
    assert_span("Hey,\nit's Tash here, 24, nursing student.", "en", "24", Category::Age);
    // A time of day is not an age.
    assert_none_of("We got the call at 3 in the morning.", "en", Category::Age);
}
