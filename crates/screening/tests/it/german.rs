use twinbridge_screening::Known;

use crate::{assert_found, assert_not_flagged, screen};

#[test]
fn brief_einer_spenderin() {
    let text = "Liebe Empfängerin, lieber Empfänger,\n\nich heiße Annika, bin 29-jährig und wohne in Freiburg. \
                Meine Stammzellspende war am 5. März 2024 in der Uniklinik Köln. Mein Mann Jörg und ich \
                denken oft an dich. Du erreichst mich unter 0761 1234567 oder per Post: Hauptstraße 5, \
                79098 Freiburg.\n\nViele Grüße\nAnnika";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Annika", "29", "Freiburg", "5. März 2024", "Uniklinik Köln", "Jörg"]);
    assert_found(text, &f, &["0761 1234567", "Hauptstraße 5", "79098"]);
    assert_not_flagged(text, &f, &["Stammzellspende", "denken"]);
}

#[test]
fn brief_eines_patienten() {
    let text = "Lieber Spender,\nmein Name ist Klaus Weber, ich bin 61 Jahre alt und komme aus Bayern. \
                Seit der Transplantation im Klinikum rechts der Isar geht es mir besser. Unsere Enkelin Lea \
                kam im Mai zur Welt.\nHerzliche Grüße\nKlaus";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Klaus Weber", "61", "Bayern", "Klinikum rechts der Isar", "Lea"]);
    assert_not_flagged(text, &f, &["Transplantation", "besser", "Mai"]);
}

#[test]
fn nouns_are_not_names() {
    let text = "Sehr geehrte Empfängerin,\nals ich die Nachricht bekam, dass ich als Spender in Frage komme, war \
                ich aufgeregt. Ich arbeite als Krankenpfleger und spiele Fußball im Verein. Ich hoffe, Sie \
                genießen den Sommer.\nAlles Gute\nIhr Spender";
    let f = screen(text, Some("de"), &Known::default());
    assert_not_flagged(
        text,
        &f,
        &["Empfängerin", "Nachricht", "Krankenpfleger", "Fußball", "Sommer", "Alles Gute", "Ihr Spender"],
    );
}

#[test]
fn student_in_munich() {
    let text = "Hallo! Ich bin Lukas, 24 Jahre alt, Student in München. Meine Freundin heißt Lena Schmidt. \
                Wir wohnen in der Leopoldstraße 12, 80802 München. Geboren bin ich am 3.4.2001.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Lukas", "24", "München", "Lena Schmidt", "Leopoldstraße 12", "80802", "3.4.2001"]);
}

#[test]
fn compounds_are_words_but_unknown_names_are_not() {
    let text = "Die Stammzellentnahme verlief gut, mein Fußballverein hat mich unterstützt. Mein Nachbar \
                Brunnhuber und Frau Obermoser haben die Katze gefüttert.";
    let f = screen(text, Some("de"), &Known::default());
    assert_not_flagged(text, &f, &["Stammzellentnahme", "Fußballverein"]);
    assert_found(text, &f, &["Brunnhuber", "Obermoser"]);
}

#[test]
fn parents_of_a_child_and_an_employer() {
    let text = "Sehr geehrte Spenderin,\nwir sind die Eltern von Can. Can ist 12. Ich arbeite seit über zwanzig Jahren \
                bei VW. Die Eltern haben sie Hope genannt. Ich wohne auf Rügen, ganz im Norden.\nFamilie Aydın";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Can", "VW", "Hope", "Rügen", "Familie Aydın"]);
    assert_not_flagged(text, &f, &["Eltern", "Norden", "Jahren"]);
}

#[test]
fn a_german_landmark_by_its_ending() {
    let text = "Im Sommer samma am Donaukanal gsessen. Am Sonntag habe ich in der Frauenkirche eine Kerze angezündet.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Donaukanal", "Frauenkirche"]);
}

#[test]
fn ages_in_words_after_a_name_and_before_a_birthday() {
    let text = "Ich bin Flo, achtundzwanzig, und arbeite am Hafen. Zum zehnten Geburtstag wollte mein Sohn ein Rad, \
                zum nächsten Geburtstag einen Hund.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["achtundzwanzig", "zehnten"]);
    assert_not_flagged(text, &f, &["nächsten"]);
}

#[test]
fn a_name_after_ich_bin_der() {
    let text = "Liebe Spenderin,\nich bin der Sepp aus Bad Tölz. Ich bin der Meinung, dass du ein Engel bist.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Sepp"]);
    assert_not_flagged(text, &f, &["Meinung"]);
}

#[test]
fn a_name_before_hiess() {
    let text = "Liebe Familie,\nSie haben geschrieben, dass er Mats hieß und Bagger liebte. Die Katze heißt Minka.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Mats"]);
    assert_not_flagged(text, &f, &["Katze"]);
}

#[test]
fn seas_village_bands_and_a_tram_line() {
    let text = "Lieber Spender,\nfalls Sie je an die Ostsee kommen: ich spiel Flügelhorn bei der Musikkapelle \
                Längenfeld, und wenn Rapid gewinnt, bin ich glücklich.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Ostsee", "Musikkapelle Längenfeld", "Rapid"]);
    let text = "Beste donor,\nik rijd al twaalf jaar op tram 25 voor de RET.";
    let f = screen(text, Some("nl"), &Known::default());
    assert_found(text, &f, &["tram 25"]);
}

#[test]
fn foundations_and_support_groups_by_name() {
    let text = "Lieber Spender,\nich engagiere mich im Förderverein Kinderkrebshilfe Giessen und bei der Stiftung \
                Leukämiehilfe Rhein-Main.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Förderverein Kinderkrebshilfe Giessen", "Stiftung Leukämiehilfe Rhein-Main"]);
}

#[test]
fn short_dates_birthdays_and_a_number_half_in_words() {
    let text = "Liebe Familie,\ndie Spende war am Mittwoch, den 8.11., in Köln. Die Transplantation war am 30.5., \
                einen Tag nach seinem vierten Geburtstag. Als Noi drei war, kam die Diagnose. Ruf an: 0176 – \
                vierundvierzig – 21 – 90 – 3.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["8.11.", "30.5.", "vierten", "drei", "0176 – vierundvierzig – 21 – 90 – 3"]);
    assert!(f.iter().all(|x| !x.text.ends_with(',')), "{f:?}");
}
