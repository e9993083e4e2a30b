//! Letters in scripts without capitals: Chinese, Japanese, Hebrew, Tamil and Marathi.

use twinbridge_screening::Known;

use crate::{assert_found, assert_not_flagged, screen};

#[test]
fn japanese_honorifics_places_and_hospitals() {
    let text = "ドナー様へ\n私は仙台に住んでいます。山本先生と看護師の皆さんのおかげで、東北大学病院を退院しました。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_found(text, &f, &["仙台", "山本", "東北大学病院"]);
    assert_not_flagged(text, &f, &["ドナー様へ", "皆さん"]);
}

#[test]
fn chinese_names_places_and_hospitals() {
    let text = "亲爱的捐献者：\n我叫李明，住在杭州。张医生说我恢复得很好，我在浙江大学医院做了移植。每个小时都很珍贵。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["李明", "杭州", "张", "浙江大学医院"]);
    assert_not_flagged(text, &f, &["小时"]);
}

#[test]
fn hebrew_prefixes_are_stripped_before_look_up() {
    let text = "שלום לתורם היקר,\nאני גר בחיפה ועבדתי בתל אביב. ד\"ר לוינסון טיפל בי בבית החולים שערי צדק.";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["חיפה", "תל אביב", "לוינסון", "בית החולים שערי צדק"]);
    assert_not_flagged(text, &f, &["שלום"]);
}

#[test]
fn tamil_and_marathi_case_endings() {
    let text = "அன்புள்ள நன்கொடையாளருக்கு,\nநான் மதுரையில் வசிக்கிறேன்.";
    let f = screen(text, Some("ta"), &Known::default());
    assert_found(text, &f, &["மதுரையில்"]);
    let text = "प्रिय दाता,\nमी नाशिकमध्ये राहतो.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["नाशिकमध्ये"]);
}

#[test]
fn chinese_landmarks_start_after_the_verb_before_them() {
    let text = "上个月我们还去西湖边坐了一下午。我妈特意去灵隐寺给我烧了香。那时候学校组织献血，只能等骨髓库。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["西湖", "灵隐寺"]);
    assert_not_flagged(text, &f, &["我们还去", "特意去", "时候", "骨髓库"]);
}

#[test]
fn a_name_alone_on_the_last_line_is_a_signature() {
    for (text, name) in [
        ("本当にありがとうございました。\n\n健太", "健太"),
        ("心から感謝しております。\n\nかしこ\nけい子", "けい子"),
        ("祝你一切都好！\n\n小周", "小周"),
    ] {
        let f = screen(text, None, &Known::default());
        assert_found(text, &f, &[name]);
    }
    let text = "どうぞお元気で。\n\n敬具";
    let f = screen(text, Some("ja"), &Known::default());
    assert_not_flagged(text, &f, &["敬具"]);
}

#[test]
fn ages_in_words_in_tamil_marathi_and_hebrew() {
    for (text, lang, age) in [
        ("என் பெயர் முருகன். வயது முப்பத்தாறு. மதுரையில் வசிக்கிறேன்.", "ta", "முப்பத்தாறு"),
        ("நான் முப்பத்து மூன்று வயது ஆண்.", "ta", "முப்பத்து மூன்று"),
        ("मी पस्तीस वर्षांचा आहे.", "mr", "पस्तीस"),
        ("नमस्कार. मी सुनील, वय बावन्न वर्षे.", "mr", "बावन्न"),
        ("אני בן שישים ושבע, עליתי לארץ לפני שנים.", "he", "שישים ושבע"),
    ] {
        let f = screen(text, Some(lang), &Known::default());
        assert_found(text, &f, &[age]);
    }
}

#[test]
fn a_verb_after_my_husband_is_no_name() {
    let text = "כשהם התקשרו, בעלי אמר \"אם זה הצלת נפש\". חשבתי עליך, ואני אמא לשבעה ילדים. אבא של נוגה כותב.";
    let f = screen(text, Some("he"), &Known::default());
    assert_not_flagged(text, &f, &["אמר", "עליך", "לשבעה", "של"]);
    // A cue inside a longer word is no cue ("הבתים", the houses), and a frequent name after a comma is a name.
    let text = "ראיתי את הבתים האחרונים של השכונה. אבא שלי, יוסי, עבד שם.";
    let f = screen(text, Some("he"), &Known::default());
    assert_not_flagged(text, &f, &["הבתים", "האחרונים"]);
    assert_found(text, &f, &["יוסי"]);
}

#[test]
fn a_ward_number_and_an_age_in_brackets() {
    let text = "Ich lag auf Station 36 in der Charité. Mein Sohn (jannik, 19, der grade Abi macht) kam jeden Tag.";
    let f = screen(text, Some("de"), &Known::default());
    assert_found(text, &f, &["Station 36", "19"]);
    let text = "Me trasplantaron y el equipo de la planta 6 me cuidó. En el Metro voy por la línea K.";
    let f = screen(text, Some("es"), &Known::default());
    assert_found(text, &f, &["planta 6", "línea K"]);
}

#[test]
fn a_hebrew_signature_and_the_name_again() {
    let text = "לתורם היקר,\nבעלי, שלומי, נסע איתי כל יום. שלומי לא ויתר.\nתודה שהצלת את הילד שלי.\nאורית";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["שלומי", "אורית"]);
    // Findings count characters, not bytes.
    let at = text[..text.rfind("שלומי").unwrap_or_default()].chars().count();
    assert!(f.iter().any(|x| x.start <= at && x.end > at), "the second שלומי: {f:?}");
}

#[test]
fn marathi_towns_in_the_oblique_case() {
    let text = "मी मूळचा साताऱ्याचा, पण आता कोल्हापूरला राहतो.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["साताऱ्याचा", "कोल्हापूरला"]);
}

#[test]
fn japanese_mountains_gardens_clubs_and_teams() {
    let text = "窓から藻岩山が見えました。孫と兼六園に行き、「ハイボールズ」というバンドを聴き、カープの試合を見ました。ラグビー部に入っています。毎日沢山歩き、公園で休みます。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_found(text, &f, &["藻岩山", "兼六園", "ハイボールズ", "カープ", "ラグビー部"]);
    assert_not_flagged(text, &f, &["沢山", "公園"]);
    // In Chinese, 山 and 园 end ordinary words: no kana, no such rule.
    let text = "周末我们去爬山，然后在公园散步。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_not_flagged(text, &f, &["爬山", "公园"]);
}

#[test]
fn a_marathi_parent_signs_with_the_childs_name() {
    let text = "आदरणीय दाते,\nमी चिंटूची आई. चिंटू सात वर्षांचा आहे. त्याची आई म्हणून मी लिहिते. माझा तिसावा वाढदिवस होता.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["चिंटूची", "तिसावा"]);
    let at = text[..text.find("चिंटू सात").unwrap_or_default()].chars().count();
    assert!(f.iter().any(|x| x.start <= at && x.end > at), "the name again: {f:?}");
    assert_not_flagged(text, &f, &["त्याची"]);
}

#[test]
fn towns_in_their_own_script_and_frequent_words_that_are_also_towns() {
    let text = "亲爱的捐献者：\n我老家在周口，现在在喀什工作。我们一家人都很感谢你，希望你平安。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["周口", "喀什"]);
    // A town spelt in kana alone is mostly an ordinary word; so is a two-character name such as 四日.
    let text = "ドナー様へ\n入院は三泊四日でした。これから少しずつ元気になりますように。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_not_flagged(text, &f, &["なります", "四日"]);
}

#[test]
fn a_hebrew_name_after_a_relative_and_of_even_when_it_is_a_word() {
    // "איתי" is also "with me"; after "the father of" it is a name, and found again later.
    let text = "לתורם היקר,\nאני אבא של איתי. איתי בן תשע והוא כבר חזר לבית הספר.";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["איתי"]);
    // A day of the Hebrew calendar written with a geresh (׳), not an apostrophe.
    let text = "לתורמת היקרה,\nהטיפול התחיל ב-ה׳ בכסלו ונמשך חודש.";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["ה׳ בכסלו"]);
}

#[test]
fn an_abbreviation_in_tamil_syllables() {
    let text = "அன்புள்ள நண்பருக்கு,\nநான் கோவையில் பி.எஸ்.ஜி-யில் படிக்கிறேன்.";
    let f = screen(text, Some("ta"), &Known::default());
    assert_found(text, &f, &["பி.எஸ்.ஜி"]);
}

#[test]
fn a_shop_by_its_name_in_brackets_and_ages_without_the_unit() {
    let text = "ドナー様へ\n私は駅前で喫茶「こもれび」を営んでいます。今年で六十になりました。\n「ありがとう」と伝えたいです。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_found(text, &f, &["こもれび", "六十"]);
    assert_not_flagged(text, &f, &["ありがとう"]);
    let text = "亲爱的恩人：\n我今年七十一了，退休前在一家饭馆「老王面馆」当厨师。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["七十一", "老王面馆"]);
}

#[test]
fn where_a_marathi_writer_lives() {
    let text = "प्रिय दाता,\nमी ठाण्यात वागळे इस्टेटला राहतो. आम्ही आधी गावाला राहायचो.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["इस्टेटला"]);
    assert_not_flagged(text, &f, &["गावाला"]);
}

#[test]
fn chinese_streets_by_name_and_roads_as_words() {
    let text =
        "您好！生病以前，我在春熙路的一家手机店卖手机。医生说只有移植一条路。我每天走路去上班，好多街坊都认识我。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["春熙路"]);
    assert_not_flagged(text, &f, &["一条路", "走路", "好多街"]);
}

#[test]
fn indian_hospitals_with_a_case_ending() {
    let text = "प्रिय दाता,\nगेल्या वर्षी मुंबईच्या टाटामध्ये त्याचं प्रत्यारोपण झालं. आधी ससूनमध्ये उपचार सुरू झाले.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["टाटामध्ये", "ससूनमध्ये"]);
    let text = "அன்புள்ள நண்பருக்கு,\nஅப்போலோவில் டாக்டர்கள் பொருத்தமான கொடையாளர் கிடைத்தார் என்றார்கள்.";
    let f = screen(text, Some("ta"), &Known::default());
    assert_found(text, &f, &["அப்போலோவில்"]);
}

#[test]
fn marathi_landmarks_with_their_case_ending() {
    let text =
        "प्रिय दाता,\nदिवाळीच्या पहाटे फडके रोडवर सगळे जमतात. पावसाळ्यात कास पठारावर फुलं बघायला जातो. एका रोडवर खड्डे आहेत.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["फडके रोडवर", "कास पठारावर"]);
    assert_not_flagged(text, &f, &["एका रोडवर"]);
}

#[test]
fn hebrew_first_names_from_the_list_unless_they_are_frequent_words() {
    let text = "לתורם היקר,\nיוסי שלי היה חזן בבית הכנסת. ולנוגה יש חתול. אבי ואמי לימדו אותי.";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["יוסי", "נוגה"]);
    assert_not_flagged(text, &f, &["אבי"]);
}

#[test]
fn hebrew_names_after_i_am_called_streets_and_ages_in_years_and_months() {
    let text = "לתורמת שלי, שלום!\nקוראים לי גיל. עבדתי במאפייה של אבא שלי ברחוב סוקולוב. כשהוא היה בן שנתיים וחודשיים \
                גילו אצלו לוקמיה. התרומה הייתה ב-28/11. שמי לא חשוב.";
    let f = screen(text, Some("he"), &Known::default());
    assert_found(text, &f, &["גיל", "רחוב סוקולוב", "שנתיים וחודשיים", "28/11"]);
    assert_not_flagged(text, &f, &["לא"]);
}

#[test]
fn east_asian_phone_numbers_ages_and_marathi_dates_with_a_case_ending() {
    let text = "ドナーさんへ\n函館の朝市で干物屋をやっている者です。六十二になります。店（０１３８・２３・４７１９）に電話をください。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_found(text, &f, &["六十二", "０１３８・２３・４７１９"]);
    let text = "你好！你要是有啥需要，打我电话：139 三七六二 〇五一八，哪怕让我给你送一单外卖也行。";
    let f = screen(text, Some("zh"), &Known::default());
    assert_found(text, &f, &["139 三七六二 〇五一八"]);
    let text =
        "प्रिय मित्रा,\nमाझं नाव अनिकेत. शुक्रवार, ८ डिसेंबरला मी दान दिलं. माझे पती सुहास यांचं निधन झालं. माझे पती तेव्हा घरी होते.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["अनिकेत", "८ डिसेंबरला", "सुहास"]);
    assert_not_flagged(text, &f, &["तेव्हा"]);
}

#[test]
fn a_kanji_name_before_its_mother_a_tamil_i_am_and_indian_employers_in_their_scripts() {
    let text = "ドナーさまへ\n七歳になる息子、湊の母です。\n寒くなりますので、どうかお体を大切に。";
    let f = screen(text, Some("ja"), &Known::default());
    assert_found(text, &f, &["湊"]);
    assert_not_flagged(text, &f, &["息子"]);
    let text = "ஹாய் டோனர்,\nநான் விக்கி, அதாவது விக்னேஷ். நான் சிரித்தேன், ஆனால் பயந்தேன். ஜோஹோவில் வேலை செய்கிறேன்.";
    let f = screen(text, Some("ta"), &Known::default());
    assert_found(text, &f, &["விக்கி", "ஜோஹோவில்"]);
    assert_not_flagged(text, &f, &["சிரித்தேன்"]);
    let text = "प्रिय मित्रा,\nसध्या पुण्यात हिंजवडीला इन्फोसिसमध्ये काम करतो.";
    let f = screen(text, Some("mr"), &Known::default());
    assert_found(text, &f, &["इन्फोसिसमध्ये"]);
}
