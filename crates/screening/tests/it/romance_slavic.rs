//! Letters in Spanish, Italian, French, Portuguese, Polish and Dutch: ordinary capitalised words, greetings and
//! polite pronouns are not names; names after titles, closings and repeated mentions are.

use twinbridge_screening::Known;

use crate::{assert_found, assert_not_flagged, screen};

#[test]
fn spanish_sentence_starts_and_greeting() {
    let text = "Querido donante:\nCuando me dijeron que había un donante, lloré. Tengo dos hijos y ahora \
                puedo verlos crecer. Mi hermano Teodoro vive en Zaragoza.\nUn abrazo,\nLeocadia";
    let f = screen(text, Some("es"), &Known::default());
    assert_not_flagged(text, &f, &["Querido donante", "Cuando", "Tengo"]);
    assert_found(text, &f, &["Teodoro", "Zaragoza", "Leocadia"]);
}

#[test]
fn italian_title_in_lower_case() {
    let text = "Caro donatore,\nQuando sono uscita dall'ospedale ho ringraziato la dottoressa Marchetti. \
                Grazie di cuore.";
    let f = screen(text, Some("it"), &Known::default());
    assert_not_flagged(text, &f, &["Caro donatore", "Quando", "Grazie"]);
    assert_found(text, &f, &["Marchetti"]);
}

#[test]
fn french_elisions_are_ordinary_words() {
    let text = "Cher donneur,\nJ'ai reçu votre lettre hier. Aujourd'hui je marche à nouveau. Avec toute ma \
                gratitude,\nGhislaine";
    let f = screen(text, Some("fr"), &Known::default());
    assert_not_flagged(text, &f, &["Cher donneur", "J'ai", "Aujourd'hui"]);
    assert_found(text, &f, &["Ghislaine"]);
}

#[test]
fn polish_vocatives_and_polite_pronouns() {
    let text = "Drogi Dawco,\nDziękuję Ci z całego serca. Myślę o Tobie codziennie, a pan Zbigniew z \
                sąsiedztwa pyta o Ciebie.\nPozdrawiam,\nBożena";
    let f = screen(text, Some("pl"), &Known::default());
    assert_not_flagged(text, &f, &["Drogi Dawco", "Dziękuję", "Tobie", "Ciebie"]);
    assert_found(text, &f, &["Zbigniew", "Bożena"]);
}

#[test]
fn polite_forms_of_address_are_not_names_and_ages_in_words_between_commas_are_ages() {
    let text = "Szanowny Panie,\nbardzo dziękuję Panu za wszystko. Myślimy o Panu i o Państwu każdego dnia.\nAnna";
    let f = screen(text, Some("pl"), &Known::default());
    assert_not_flagged(text, &f, &["Panu", "Państwu"]);
    let text = "Beste donor,\nIk ben een timmerman uit Harderwijk, tweeënvijftig jaar oud, en ik wil u bedanken.";
    let f = screen(text, Some("nl"), &Known::default());
    assert_found(text, &f, &["tweeënvijftig", "Harderwijk"]);
}

#[test]
fn portuguese_and_dutch_letters() {
    let text = "Querida doadora,\nHoje faz um ano do transplante. Que Deus te abençoe.\nCom carinho,\nIracema";
    let f = screen(text, Some("pt"), &Known::default());
    assert_not_flagged(text, &f, &["Querida doadora", "Hoje", "Deus"]);
    assert_found(text, &f, &["Iracema"]);
    let text = "Beste donor,\nIk ben zo dankbaar. Mijn dochter Femke heeft met Sinterklaas een tekening gemaakt.";
    let f = screen(text, Some("nl"), &Known::default());
    assert_not_flagged(text, &f, &["Beste donor", "Ik ben", "Sinterklaas"]);
    assert_found(text, &f, &["Femke"]);
}

#[test]
fn a_name_shown_by_a_cue_is_found_again() {
    let text = "Mein Mann Gerhard war lange krank. Gerhard konnte wieder lachen.";
    let f = screen(text, Some("de"), &Known::default());
    let second = text.rfind("Gerhard").map(|b| text[..b].chars().count()).unwrap_or(0);
    assert!(f.iter().any(|x| x.start <= second && second < x.end), "second mention missed: {f:?}");
}

#[test]
fn a_child_s_age_a_river_and_a_hospital_named_first() {
    let es = "Soy papá de una nena de 5. Me trasplantaron en el hospital de Cruces.";
    let f = screen(es, Some("es"), &Known::default());
    assert_found(es, &f, &["5", "hospital de Cruces"]);
    let pl = "Chciał jeszcze raz pojechać na ryby nad Bug.";
    let f = screen(pl, Some("pl"), &Known::default());
    assert_found(pl, &f, &["Bug"]);
    let fr = "Je me suis inscrit à l'EFS. Mes parents sont originaires d'Oran.";
    let f = screen(fr, Some("fr"), &Known::default());
    assert_found(fr, &f, &["EFS", "Oran"]);
}

#[test]
fn a_spanish_hospital_by_its_short_name_and_not_faith() {
    let text = "Me hicieron la aféresis en La Fe. Tengo fe en la fe de mi madre. Me trasplantaron en el Civil. \
                Dani tiene ahora nueve años.";
    let f = screen(text, Some("es"), &Known::default());
    assert_found(text, &f, &["La Fe", "Civil", "nueve"]);
    assert_not_flagged(text, &f, &["la fe"]);
}

#[test]
fn a_writers_club_and_employer_by_the_names_people_use() {
    let text = "Querida donante:\nSoy socio del Athletic desde niño y trabajo en Iberdrola. Real cariño te mando.";
    let f = screen(text, Some("es"), &Known::default());
    assert_found(text, &f, &["Athletic", "Iberdrola"]);
    assert_not_flagged(text, &f, &["Real"]);
    let text = "Caro donatore,\nogni domenica vado allo stadio a vedere l'Inter, e lavoro alla Pirelli da vent'anni.";
    let f = screen(text, Some("it"), &Known::default());
    assert_found(text, &f, &["Inter", "Pirelli"]);
    let text = "Lieber Spender,\ndreißig Jahre habe ich bei Thyssen gearbeitet, und samstags geht's zu Schalke.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Thyssen", "Schalke"]);
    let text = "您好！我在台積電上班，週末常去台大附近的書店。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["台積電", "台大"]);
}

#[test]
fn streets_named_without_their_numbers() {
    for (text, lang, street) in [
        ("Bonjour,\nOn habite rue des Lilas depuis vingt ans.", "fr", "rue des Lilas"),
        ("Ciao,\nlavoro al forno di via Garibaldi.", "it", "via Garibaldi"),
        ("Hola:\nvivimos en la calle Mayor, encima de la farmacia.", "es", "calle Mayor"),
        ("Olá,\nmoramos na rua Augusta há anos.", "pt", "rua Augusta"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert_found(text, &f, &[street]);
    }
}

#[test]
fn names_after_a_relative_or_friend_even_when_they_are_words() {
    for (text, lang, name) in [
        ("Cara donatrice,\nla mia coinquilina Vale pensava che fossi pazza.", "it", "Vale"),
        ("Querido donante:\nmi hija Paz cumplió años ayer.", "es", "Paz"),
        ("Olá,\nminha filha Duda manda um beijo.", "pt", "Duda"),
        ("Hoi,\nmijn zoon Sem zit in groep drie.", "nl", "Sem"),
        ("Cześć,\nmoja córka Zosia rysuje dla Ciebie.", "pl", "Zosia"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert_found(text, &f, &[name]);
    }
}

#[test]
fn a_signature_before_the_postscript() {
    let text =
        "Caro donatore,\ngrazie di tutto.\n\nForza, che ce la fai!\nSalvo\n\nP.S. Se ti piace la musica, scrivimi.";
    let f = screen(text, Some("it"), &Known::default());
    assert_found(text, &f, &["Salvo"]);
    let text = "Liebe Spenderin,\ndanke von ganzem Herzen.\n\nUrsula und Beat";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Ursula", "Beat"]);
}

#[test]
fn lower_case_words_that_are_also_towns_in_a_letter_with_capitals() {
    let text = "Olá,\nTenho um bocadinho de horta e moro perto da praça. Há sempre um prato de sopa. Obrigado!";
    let f = screen(text, Some("pt"), &Known::default());
    assert_not_flagged(text, &f, &["horta", "prato", "moro"]);
}

#[test]
fn the_only_one_of_a_trade_or_a_place() {
    let text = "Caro donatore,\nsono l'unico veterinario di tutta la Barbagia. Mio marito fa il fornaio, l'unico dell'isola. \
                È l'unico modo che conosco.";
    let f = screen(text, Some("it"), &Known::default());
    assert_found(text, &f, &["l'unico veterinario", "l'unico dell'isola"]);
    assert_not_flagged(text, &f, &["l'unico modo"]);
}

#[test]
fn a_day_written_as_a_word_before_the_month() {
    for (text, lang, date) in [
        ("Caro donatore,\nil trapianto è stato il primo marzo.", "it", "primo marzo"),
        ("Olá,\nmeu transplante foi no primeiro de maio.", "pt", "primeiro de maio"),
        ("Bonjour,\nla greffe a eu lieu le premier mai 2023.", "fr", "premier mai 2023"),
        ("Hola:\nel trasplante fue el dos de mayo.", "es", "dos de mayo"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert_found(text, &f, &[date]);
    }
}

#[test]
fn polish_short_dates_a_village_head_and_a_bare_handle() {
    let text = "Droga Dawczyni,\npobranie było we wtorek 7.03 w Gliwicach, a przeszczep był 18.01. Jestem sołtysem \
                Woli Zarczyckiej. Ważę 3.5 kg mniej.";
    let f = screen(text, Some("pl"), &Known::default());
    assert_found(text, &f, &["7.03", "18.01", "sołtysem"]);
    assert_not_flagged(text, &f, &["3.5"]);
    let text = "Coucou,\nsi un jour on peut : snap clem.tls31 ✌️ Je suis sur snap tous les jours.";
    let f = screen(text, Some("fr"), &Known::default());
    assert_found(text, &f, &["clem.tls31"]);
    assert_not_flagged(text, &f, &["tous"]);
}
