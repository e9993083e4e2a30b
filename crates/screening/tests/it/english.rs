use twinbridge_screening::{Category, Known};

use crate::{assert_found, assert_not_flagged, screen};

#[test]
fn letter_from_a_donor() {
    let text = "Dear friend,\n\nMy name is Rohan and I am 34 years old. I live in Leeds with my wife Meera and our \
                two boys. I gave my cells at the Royal Infirmary on 12 March 2024, and I hope you are feeling \
                stronger every week. Will you write back? I would love to hear about your garden.\n\n\
                You can call me on 07700 900123 or mail rohan.k@example.org.\n\nWith love,\nRohan K.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Rohan", "34", "Leeds", "Meera", "12 March 2024", "07700 900123", "rohan.k@example.org"]);
    assert_found(text, &f, &["Rohan K"]);
    assert_not_flagged(text, &f, &["Dear friend", "Will you", "hope", "garden", "stronger"]);
}

#[test]
fn letter_from_a_patient() {
    let text = "Hello,\nI am the one who got your stem cells last spring. I am a teacher at Westbrook Primary \
                School in Bath, and my daughter Hope started school this September. We went to Cornwall in \
                August. My doctor, Dr. Okonkwo, says my counts are normal now.\nThank you, from all of us.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Westbrook Primary School", "Bath", "Hope", "Cornwall", "Okonkwo"]);
    // A month alone dates nothing anyone could trace.
    assert_not_flagged(text, &f, &["stem cells", "counts", "September", "August"]);
}

#[test]
fn contacts_and_numbers() {
    let text = "Find me at https://example.net/mypage or @sunny_days_77, WhatsApp +1 (415) 555-0134. \
                My flat is 221B Baker Street, London NW1 6XE.";
    let f = screen(text, None, &Known::default());
    assert_found(text, &f, &["https://example.net/mypage", "@sunny_days_77", "+1 (415) 555-0134"]);
    assert_found(text, &f, &["221B Baker Street", "London", "NW1 6XE"]);
    assert!(f.iter().any(|x| x.category == Category::Contact && x.reason.contains("phone")));
}

#[test]
fn ordinary_capitalised_words_are_left_alone() {
    let text = "Thank you so much. The nurses were wonderful and the Monday visits kept me going.";
    let f = screen(text, Some("en"), &Known::default());
    assert_not_flagged(text, &f, &["Thank you", "The nurses", "wonderful", "Monday"]);
}

#[test]
fn organisations_from_the_list() {
    let text = "I was treated at Tata Memorial Hospital and later at the Mayo Clinic.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Tata Memorial Hospital", "Mayo Clinic"]);
    assert!(f.iter().any(|x| x.category == Category::Organization));
}

#[test]
fn a_letter_with_no_identifying_detail_stays_clean() {
    let text = "Dear Recipient,\nI hope this letter finds you well. The weather has been lovely and we spent the \
                weekend in the garden. The G-CSF injections made my back ache, but the nurses were kind. I hope \
                the New Year brings you strength.\nBest wishes,\nYour donor";
    let f = screen(text, Some("en"), &Known::default());
    assert_not_flagged(text, &f, &["Dear Recipient", "weather", "garden", "nurses", "Best wishes", "Your donor"]);
}

#[test]
fn family_names_and_places_in_passing() {
    let text = "We just got back from the Lake District with the kids, Olivia and Noah. I started a new job at \
                Barclays in March. Stay strong! Jen";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Lake District", "Olivia", "Noah", "Barclays", "Jen"]);
    assert_not_flagged(text, &f, &["March"]);
}

#[test]
fn a_business_and_a_handle() {
    let text = "Hello from sunny Kerala! My husband Thomas and I run a small bakery called Sweet Crumbs on Beach \
                Road. Our twins turned 10 on 2nd June. See our cakes on Instagram @sweetcrumbs_kochi.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Kerala", "Thomas", "Sweet Crumbs", "Beach Road", "10", "2nd June", "@sweetcrumbs_kochi"]);
    assert_not_flagged(text, &f, &["Instagram", "bakery"]);
}

#[test]
fn employers_teams_papers_and_children_listed_with_ages() {
    let text = "I work for Deutsche Bahn and I'm a Spurs fan. The drive made the Courier. Two boys (Cooper's 12 and \
                Flynn's 9). His name is Andre. I'm in the Navy now.\nCheers and thank you, Rob";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(
        text,
        &f,
        &["Deutsche Bahn", "Spurs", "Courier", "Cooper", "Flynn", "12", "9", "Andre", "Navy", "Rob"],
    );
    assert_not_flagged(text, &f, &["Cheers", "drive", "boys"]);
}

#[test]
fn a_last_line_of_one_word_in_lower_case_signs_as_a_name() {
    for (text, name) in [("i think of you every day, honestly.\ntobi", "tobi"), ("Tausend Dank, von Herzen,\nh.", "h")]
    {
        let f = screen(text, None, &Known::default());
        assert_found(text, &f, &[name]);
    }
    let text = "Thank you for everything you did for our family.\nlove";
    let f = screen(text, Some("en"), &Known::default());
    assert_not_flagged(text, &f, &["love"]);
}

#[test]
fn a_team_before_its_games_and_a_ward_with_a_letter() {
    let text = "During chemo I watched two whole Brewers games on my phone. I was on ward J95 for a month.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["Brewers", "ward J95"]);
    let text = "On Sunday we played board games. Video games kept him busy.";
    let f = screen(text, Some("en"), &Known::default());
    assert_not_flagged(text, &f, &["Sunday", "Video"]);
}

#[test]
fn initials_joined_and_streets_without_numbers() {
    let text = "Dear donor,\nMy boys R. and S. say hello. We live on Mill Lane, past the U.S. and E.U. flags.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["R.", "S.", "Mill Lane"]);
    assert_not_flagged(text, &f, &["E.U."]);
}

#[test]
fn towns_in_lower_case_from_a_writer_who_writes_all_in_lower_case() {
    let text = "hi there\nim jay from swindon. my mum says thanks. we go to the coast most weekends.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["swindon"]);
}

#[test]
fn a_birthday_by_its_ordinal_in_words_and_an_age_going_on() {
    let text = "Dear donor,\nshe was diagnosed just after her fourteenth. Soren is 3 going on 30.";
    let f = screen(text, Some("en"), &Known::default());
    assert_found(text, &f, &["fourteenth", "3"]);
}
