use twinbridge_screening::Known;

use crate::{assert_found, assert_not_flagged, screen};

#[test]
fn devanagari_letter() {
    let text = "प्रिय दाता,\nमेरा नाम अनीता है और मैं ४२ साल की हूँ। मैं लखनऊ में रहती हूँ। मेरा इलाज टाटा मेमोरियल अस्पताल \
                में हुआ। मेरे बेटे राहुल ने आपके लिए यह पत्र लिखने में मदद की। मेरा फ़ोन नंबर ९८७६५ ४३२१० है। \
                १५ अगस्त २०२४ को मेरा प्रत्यारोपण हुआ।\nआपकी\nअनीता";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["अनीता", "४२", "लखनऊ", "टाटा मेमोरियल अस्पताल", "राहुल", "९८७६५ ४३२१०", "१५ अगस्त २०२४"]);
    assert_not_flagged(text, &f, &["इलाज", "पत्र लिखने"]);
}

#[test]
fn romanised_hindi_letter() {
    let text = "Namaste,\nMera naam Sunil Verma hai. Main 38 saal ka hoon aur Indore mein rehta hoon. \
                Meri beti Kavya ab school jaati hai. Aapka bahut dhanyavaad.\nSunil";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["Sunil Verma", "38", "Indore", "Kavya"]);
    assert_not_flagged(text, &f, &["Namaste", "dhanyavaad"]);
}

#[test]
fn nukta_and_joiners_do_not_hide_a_name() {
    // "ज़ोया" with a precomposed nukta letter and a zero-width joiner inside; known as "जोया".
    let text = "मेरी दोस्त \u{095B}ो\u{200D}या बहुत अच्छी है";
    let known = Known { names: vec!["जोया".into()], ..Known::default() };
    let f = screen(text, Some("hi"), &known);
    assert_found(text, &f, &["\u{095B}ो\u{200D}या"]);
}

#[test]
fn unknown_village_and_name_from_cues() {
    let text = "मैं सुखविंदर हूँ। मैं खुश हूँ। हम कोटखाई में रहते हैं, हमारा गाँव छोटा है।";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["सुखविंदर", "कोटखाई"]);
    assert_not_flagged(text, &f, &["खुश"]);
}

#[test]
fn ordinary_hindi_is_left_alone() {
    let text = "नमस्ते,\nमुझे यह जानकर बहुत खुशी हुई कि आपका स्वास्थ्य अब बेहतर है। मैं एक स्कूल में पढ़ाती हूँ। \
                आपके दान से मेरी बेटी को नया जीवन मिला। भगवान आपको हमेशा खुश रखे।\nआपका दाता";
    let f = screen(text, Some("hi"), &Known::default());
    assert_not_flagged(text, &f, &["नमस्ते", "खुशी", "स्वास्थ्य", "एक स्कूल", "बेटी", "जीवन मिला", "भगवान", "आपका दाता"]);
}

#[test]
fn romanised_hindi_with_numbers() {
    let text = "Mera naam Deepak hai. Meri beti ka naam Riya hai aur woh 5 saal ki hai. Meri umar 40 saal hai, \
                mere pati ki jaan bachi. Mujhe WhatsApp karein: 98220 54321.";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["Deepak", "Riya", "5", "40", "98220 54321"]);
    assert_not_flagged(text, &f, &["umar", "pati", "jaan"]);
}

#[test]
fn spelling_variants_of_towns() {
    // The gazetteer writes Indore "इन्दौर"; letters often write "इंदौर".
    let text = "मेरा बेटा आरव अब ठीक है। उसकी दादी कमला देवी रोज़ प्रार्थना करती हैं। हम इंदौर के पास रहते हैं।\nधन्यवाद,\nसुरेश यादव";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["आरव", "कमला देवी", "इंदौर", "सुरेश यादव"]);
}

#[test]
fn landmarks_addresses_and_how_parents_sign() {
    let text = "मैं भोपाल से अरशद बोल रहा हूँ। मेहरानगढ़ किले के पास हमारा घर है। हम माल रोड पर घूमे। \
                पता है: ग्राम व पोस्ट बहेड़ी, ज़िला दरभंगा, बिहार – 847105.\nआपकी आभारी,\nअनन्या की माँ, सरिता देवी";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["अरशद", "मेहरानगढ़ किले", "माल रोड", "ग्राम व पोस्ट बहेड़ी", "अनन्या", "सरिता देवी"]);
    assert_not_flagged(text, &f, &["आभारी", "घर"]);
}

#[test]
fn a_cue_word_inside_a_longer_word_is_no_cue() {
    // "रोड" (road) and "की माँ" inside longer words: no word stands before them, and nothing breaks.
    let text = "वह ब्रोडवे गया। उसकी माँ और ब्रोड की माँओं ने कहा। हम रोडवेज़ से आए।";
    let f = screen(text, Some("hi"), &Known::default());
    assert_not_flagged(text, &f, &["वह", "गया", "हम"]);
}

#[test]
fn a_child_named_by_its_parents_or_after_a_kinship_word() {
    let text = "आदरणीय दाता जी,\nहम खुशी के मम्मी-पापा हैं। इस साल पोते गुड्डू ने चरखी पकड़ी। मैं उस छोटी बच्ची की माँ हूँ।";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["खुशी", "गुड्डू"]);
    assert_not_flagged(text, &f, &["बच्ची"]);
    let text = "Namaste donor ji,\nmeri cousin simran ki shaadi mein hum sab naache.";
    let f = screen(text, Some("hi"), &Known::default());
    assert_found(text, &f, &["simran"]);
}
