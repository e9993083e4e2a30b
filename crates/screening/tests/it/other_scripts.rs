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
