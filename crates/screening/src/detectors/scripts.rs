//! Names, places and organisations in scripts without capitals or spaces: Chinese and Japanese (cues such as
//! 「さん」「先生」「女士」, place and institution endings), Hebrew (prefixed particles ב ל מ ה ו ש כ stripped
//! before look-up), Tamil and Marathi (case endings after a known town or name: "சென்னையில்", "पुण्यात").
//! Each rule runs only on a letter that holds its script.

use std::sync::LazyLock;

use super::{Context, re};
use crate::gazetteer::{FIRST, FixedWords, Gazetteer, LAST, ORG, PLACE, data_lines, fixed_words};
use crate::pattern::Pattern;
use crate::{Category, Hit};

/// Towns, regions and landmarks in Hebrew, Japanese, Chinese and Tamil: the hand-made list and the towns of
/// GeoNames in those scripts (see data/PROVENANCE.md).
static PLACES: LazyLock<FixedWords> = LazyLock::new(|| {
    let mut words = data_lines(include_str!("../../data/places_other_scripts.txt"));
    words.extend(data_lines(include_str!("../../data/places_geonames_scripts.txt")));
    fixed_words(&words)
});

/// The Chinese and Japanese names of the organisation list ("慈濟", "日本骨髄バンク"), found in text without spaces.
static CJK_ORGS: LazyLock<Pattern> = LazyLock::new(|| {
    let mut names: Vec<&str> = data_lines(include_str!("../../data/organisations.txt"))
        .into_iter()
        .filter(|l| l.chars().next().is_some_and(is_cjk))
        .collect();
    names.sort_by_key(|w| std::cmp::Reverse(w.len()));
    re(&format!("(?:{})", names.join("|")))
});

/// A child's pet name is often one character twice ("朵朵", "乐乐", "豆豆"), the usual Chinese way; these
/// words of one character twice are not names: family words, adverbs, "thank you", laughter.
const DOUBLED_WORDS: &[&str] = &[
    "妈妈", "媽媽", "爸爸", "爷爷", "爺爺", "奶奶", "哥哥", "姐姐", "弟弟", "妹妹", "宝宝", "寶寶", "姥姥", "公公",
    "婆婆", "叔叔", "伯伯", "舅舅", "姑姑", "爹爹", "娘娘", "太太", "常常", "天天", "慢慢", "刚刚", "剛剛", "谢谢",
    "謝謝", "渐渐", "漸漸", "好好", "大大", "小小", "人人", "年年", "个个", "個個", "星星", "偏偏", "往往", "明明",
    "仅仅", "僅僅", "稍稍", "轻轻", "輕輕", "静静", "靜靜", "默默", "纷纷", "紛紛", "匆匆", "悄悄", "暗暗", "久久",
    "多多", "哈哈", "呵呵", "嘿嘿", "嘻嘻", "统统", "統統", "处处", "處處", "时时", "時時", "事事", "家家", "户户",
    "戶戶", "世世", "代代", "日日", "夜夜", "步步", "层层", "層層", "种种", "種種", "样样", "樣樣", "件件", "次次",
    "声声", "聲聲", "一一", "三三", "两两", "兩兩", "点点", "點點", "滴滴", "片片", "朝朝", "暮暮", "生生", "隐隐",
    "隱隱", "深深", "满满", "滿滿", "高高", "长长", "長長", "早早", "白白", "乖乖", "快快", "看看", "想想", "试试",
    "試試", "等等", "说说", "說說", "走走", "玩玩", "聊聊", "听听", "聽聽", "偷偷", "收收", "唠唠", "嘮嘮", "细细",
    "細細", "啱啱", "拜拜", "掰掰", "在在", "了了", "吃吃", "坐坐", "抱抱", "亲亲", "親親",
];

/// A Cantonese or Taiwanese nickname: "阿珠", "阿強" (not 阿姨 aunt, 阿伯 uncle, 阿公 grandpa…).
static A_NICKNAME: LazyLock<Pattern> = LazyLock::new(|| re(r"阿\p{Han}"));
const A_WORDS: &[&str] = &[
    "阿姨", "阿伯", "阿公", "阿嬤", "阿嬷", "阿婆", "阿爸", "阿媽", "阿妈", "阿哥", "阿弟", "阿妹", "阿拉", "阿姐",
    "阿叔", "阿爺", "阿爷", "阿嫲", "阿太", "阿們", "阿们", "阿彌", "阿弥", "阿門", "阿门", "阿根", "阿富", "阿聯",
    "阿联", "阿爾", "阿尔",
];
/// A bus route or metro line: "606路", "開606路公交", "基幹2系統", "4号线".
static BUS_ROUTE: LazyLock<Pattern> = LazyLock::new(|| re(r"\d{1,4}路|\p{Han}{0,2}\d{1,3}系統|\d{1,2}[号號][线線]"));

/// An account on a messenger: "微信号是 haoyu_baba2013", "LINE：yu_mama0608", "QQ 12345678".
static MESSENGER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:微信号?|微信號|WeChat|LINE|Line\s*ID|QQ号?|QQ號|ライン|インスタ)[，,]?\s*(?:ID|账号|帳號|号|號)?\s*(?:是|為|为|：|:)?\s*([A-Za-z0-9_.\-]{4,30})",
    )
});

/// Common Japanese family names of two or three kanji (see data/PROVENANCE.md).
static JA_SURNAMES: LazyLock<Pattern> = LazyLock::new(|| {
    let mut names = data_lines(include_str!("../../data/surnames_ja.txt"));
    names.sort_by_key(|w| std::cmp::Reverse(w.len()));
    re(&format!("(?:{})", names.join("|")))
});

/// The place list as one alternation, longest first, for text without spaces.
static CJK_PLACES: LazyLock<Pattern> = LazyLock::new(|| {
    let mut words: Vec<&str> = PLACES.iter().copied().filter(|w| w.chars().all(is_cjk)).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    re(&format!("(?:{})(?:市|省|県|府|区|區|县|縣)?", words.join("|")))
});

/// The reason of the rule for mountains, islands and gardens by their Japanese endings (山, 島, 園), which in
/// Chinese text are ordinary words ("爬山", "公园"): it runs only on text with kana.
const JAPANESE_LANDMARK: &str = "name of a mountain, island or garden";

struct CjkRule {
    pattern: Pattern,
    category: Category,
    reason: &'static str,
}

static CJK_RULES: LazyLock<Vec<CjkRule>> = LazyLock::new(|| {
    let rule = |p: &str, category, reason| CjkRule { pattern: re(p), category, reason };
    vec![
        rule(
            r"(\p{Han}{1,4}|\p{Katakana}[\p{Katakana}ー]{1,8}|\p{Hiragana}{2,4})(?:さん|様|さま|ちゃん|くん|君|先生|氏|先生|女士|小姐|老师|老師|医生|醫生|大夫|阿姨|叔叔)",
            Category::Person,
            "name before an honorific (さん, 様, 先生, 女士…)",
        ),
        rule(
            r"(?:我叫|名叫|叫做|名字是|名字叫|私は|名前は|ぼくは|僕は)(\p{Han}{1,4}|\p{Hiragana}{2,4}|\p{Katakana}[\p{Katakana}ー]{1,8})",
            Category::Person,
            "name after 'my name is' (我叫, 名前は…)",
        ),
        rule(r"(小(?:\p{Han}))(?:\p{Han}|[，。、！？,.!?\s])", Category::Person, "nickname with 小"),
        rule(
            r"([\p{Han}\p{Katakana}ー・A-Za-z]{1,14}(?:病院|医院|醫院|大学|大學|センター|中心|骨髓库|骨髓庫|骨髄バンク|バンク|研究所|小学校|中学校|高校|学校|公司|会社|保育園|幼稚園|書院|书院|中學|中学|小學|小学|資料庫|资料库|國小|国小|國中|国中|幼兒園|幼儿园|附醫|附院|龍舟隊|龙舟队|廟|庙|宮|宫))",
            Category::Organization,
            "name ending like an institution (病院, 医院, 大学, センター…)",
        ),
        rule(
            r"(\p{Han}{1,4}(?:都|道|府|県|省|市|区|區|县|縣|町|村))(?:\P{Han}|$)",
            Category::Location,
            "name with a place ending (県, 市, 省…)",
        ),
        // A shop or restaurant by its name in brackets: "お好み焼き屋「ふくちゃん」", "「松月」というそば屋",
        // "間舖叫「華星冰室」". Brackets alone are as often quoted speech, so a word for a shop must be beside them.
        rule(
            r"(?:屋|店|舗|舖|餐厅|餐廳|食堂|カフェ|喫茶|冰室|酒場|居酒屋|饭馆|飯館)(?:叫|は|の名前は|名は|名叫)?「([^」「\n]{1,12})」",
            Category::Organization,
            "a shop's name in brackets",
        ),
        rule(
            r"「([^」「\n]{1,12})」(?:という|っていう|という名の)\p{Han}{0,4}(?:屋|店|舗|食堂|カフェ|喫茶|居酒屋)",
            Category::Organization,
            "a shop's name in brackets",
        ),
        rule(
            r"(\p{Hiragana}{2,5}|\p{Katakana}[\p{Katakana}ー]{1,6})の(?:母|父|妻|夫|祖母|祖父|両親)(?:です|でございます|より)",
            Category::Person,
            "name before 'の母です' (…'s mother)",
        ),
        // A name in kanji, as a word of its own: "息子、湊の母です", "湊の母より".
        rule(
            r"(?:^|[、\s])(\p{Han}{1,3})の(?:母|父|妻|夫|祖母|祖父|両親)(?:です|でございます|より)",
            Category::Person,
            "name before 'の母です' (…'s mother)",
        ),
        rule(
            r"([\p{Han}\p{Katakana}ー]{1,8}(?:公園|公园|スタジアム|球場|神社|寺|駅|城|体育场|體育場|广场|廣場|市場|川|湖|商店街|通り|橋|閣|天満宮|大社|神宮|海岸|夜市|塔|江|長廊|长廊|碼頭|码头|海濱|海滨|大街|河|潭|洲|徑|径|科技园|科技園|稲荷|路|街|巷|弄|灣|湾|橋|桥))",
            Category::Location,
            "name of a park, ground, shrine or station",
        ),
        rule(
            r"(\p{Han}{1,6}(?:山|島|園|岳|峠|湾|半島|高原|温泉)|[\p{Han}\p{Katakana}ー]{1,8}キャンパス)",
            Category::Location,
            JAPANESE_LANDMARK,
        ),
        rule(
            r"「([^」\n]{1,15})」という(?:バンド|店|お店|チーム|クラブ|会社|グループ|サークル)",
            Category::Organization,
            "a band, shop or team by its name in quotes",
        ),
        rule(
            r"([\p{Katakana}ー]{2,8}部|吹奏楽部|軽音部|合唱部|演劇部|美術部)",
            Category::Organization,
            "a school or university club",
        ),
        rule(
            r"(カープ|ジャイアンツ|タイガース|ホークス|ドラゴンズ|スワローズ|ベイスターズ|ファイターズ|イーグルス|ライオンズ|マリーンズ|バファローズ|マリノス|レッズ|アントラーズ|ガンバ大阪|フロンターレ|セレッソ|サンフレッチェ|ヴィッセル)",
            Category::Organization,
            "a professional team",
        ),
        rule(
            r"(\p{Han}{1,4}(?:大学?|医大)(?:附属?[一二三四五六]?|[一二三四五六])院)",
            Category::Organization,
            "a university hospital by its short name (浙大一院, 苏大附一院)",
        ),
        rule(
            r"((?:喫茶|カフェ|ベーカリー|居酒屋|食堂|珈琲)[\p{Katakana}ー\p{Han}]{1,8})",
            Category::Organization,
            "a café, bakery or restaurant by name",
        ),
        rule(
            r"(?:娘|息子|妻|夫|主人|孫|兄|弟|姉|妹|女儿|儿子|女兒|兒子|同級生|友達|友人|親友|同僚|先輩|後輩|甥|姪)の(\p{Hiragana}{2,4}|\p{Katakana}[\p{Katakana}ー]{1,6}|\p{Han}{1,3})(?:は|が|と|ちゃん|くん|さん)",
            Category::Person,
            "name after 'my daughter', 'my son' (娘の, 息子の…)",
        ),
    ]
});

/// Kana words after "娘の" that are not a name ("娘のこと", "娘のため").
const KANA_WORDS: &[&str] = &[
    "こと",
    "もの",
    "ため",
    "ほう",
    "ところ",
    "よう",
    "おかげ",
    "ほか",
    "みんな",
    "まま",
    "あと",
    "とき",
    "からだ",
    "いのち",
    "ママ",
    "パパ",
];

/// A last line that is a name: in kana, of two or three Chinese characters ("健太", "小周"), or kana with 子
/// ("けい子"); alone, as "…の母" (…'s mother) or "…より" (from …), perhaps with the name in Latin letters after it
/// ("まい（Mai）").
static KANA_SIGNATURE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:^|[ \t\n　])(\p{Hiragana}{2,5}|\p{Katakana}[\p{Katakana}ー]{1,6}|\p{Hiragana}{1,3}[子美]|\p{Han}{2,3})(?:の(?:母|父|妻|夫|家族|両親)|より)?(?:[（(]([A-Za-z]{2,20})[)）])?[ \t　]*$",
    )
});

/// Last lines that close a letter without a name.
const CLOSING_WORDS: &[&str] = &[
    "かしこ",
    "ありがとう",
    "さようなら",
    "またね",
    "敬具",
    "草々",
    "早々",
    "不一",
    "以上",
    "感謝",
    "謝謝",
    "谢谢",
    "敬上",
    "再見",
    "再见",
    "合掌",
    "祝好",
    "此致",
    "敬礼",
    "敬禮",
    "加油",
    "保重",
    "多謝",
    "多谢",
    "感恩",
    "拝具",
    "謹白",
    "頓首",
    "愛你",
    "爱你",
    "平安",
    "祝福",
    "一切安好",
    "萬事如意",
];

/// Characters that begin a CJK run without being part of the name after them ("在华西医院": 在).
const CJK_LEADING: &[char] = &[
    '我', '你', '他', '她', '在', '从', '從', '到', '去', '的', '了', '和', '是', '住', '来', '來', '自', '于', '於',
    '回', '为', '為', '被', '把', '给', '給', '跟', '与', '與', '也', '都', '就', '还', '還', '很', '这', '這', '那',
    '每',
];

/// Chinese words of one character that end the run before a name ("上个月我们还去西湖": 去; "只能等骨髓库":
/// 等): a place, institution or name never holds them, so the name starts after the last one.
const CJK_BREAKS: &[char] = &[
    '我', '你', '他', '她', '您', '在', '从', '從', '到', '去', '的', '了', '和', '是', '住', '来', '來', '于', '於',
    '为', '為', '被', '把', '给', '給', '跟', '与', '與', '也', '都', '就', '还', '還', '很', '这', '這', '那', '每',
    '们', '們', '个', '個', '要', '想', '让', '讓', '请', '請', '说', '說', '过', '過', '着', '著', '吗', '嗎', '呢',
    '吧', '啊', '哪', '只', '才', '又', '再', '已', '喺', '嘅', '咗', '係', '落', '往', '等', '候', '知', '时', '時',
];

/// Words that end like a place or an institution but name none: "医院" (a hospital), "知道" (to know).
const CJK_GENERIC: &[&str] = &[
    "医院",
    "醫院",
    "病院",
    "公司",
    "会社",
    "学校",
    "學校",
    "大学",
    "大學",
    "城市",
    "骨髓库",
    "骨髓庫",
    "骨髄バンク",
    "バンク",
    "中心",
    "センター",
    "知道",
    "味道",
    "渠道",
    "频道",
    "頻道",
    "通道",
    "街道",
    "子宫",
    "子宮",
    "寺庙",
    "寺廟",
    "小学",
    "小學",
    "中学",
    "中學",
    "高校",
    "幼儿园",
    "幼兒園",
    "保育園",
    "幼稚園",
    "河边",
    "江边",
    "湖边",
    "公園",
    "動物園",
    "霊園",
    "庭園",
    "農園",
    "果樹園",
    "花園",
    "学園",
    "田園",
    "楽園",
    "菜園",
    "遊園",
    "離島",
    "列島",
    "無人島",
    "半島",
    "温泉",
    "高原",
    "本山",
    "公园",
    "广场",
    "廣場",
    "体育场",
    "體育場",
    "夜市",
    "码头",
    "碼頭",
    "市場",
    "商店街",
    // Roads and streets as words: "all the way", "to walk", "railway", "to go shopping".
    "一路",
    "马路",
    "馬路",
    "走路",
    "道路",
    "公路",
    "铁路",
    "鐵路",
    "上路",
    "出路",
    "半路",
    "带路",
    "帶路",
    "迷路",
    "问路",
    "問路",
    "小路",
    "大路",
    "山路",
    "水路",
    "开路",
    "開路",
    "网路",
    "網路",
    "思路",
    "线路",
    "線路",
    "电路",
    "電路",
    "条路",
    "條路",
    "老街",
    "上街",
    "逛街",
    "小巷",
    "大桥",
    "大橋",
    "过桥",
    "過橋",
];

/// Words that end like a mountain but are ordinary words ("沢山", a lot; "登山", climbing), also at the end of a
/// longer run of kanji ("毎日沢山").
const CJK_NOT_A_MOUNTAIN: &[&str] = &["沢山", "登山", "下山", "火山", "山々", "雪山", "裏山", "冬山", "夏山"];

/// Nicknames with 小 that are ordinary words (小时 hour, 小孩 child…).
const XIAO_WORDS: &[&str] = &[
    "小时",
    "小時",
    "小孩",
    "小学",
    "小學",
    "小姐",
    "小心",
    "小朋",
    "小区",
    "小說",
    "小说",
    "小小",
    "小的",
    "小型",
    "小便",
    "小组",
    "小組",
    "小事",
    "小狗",
    "小猫",
    "小貓",
    "小声",
    "小聲",
    "小红书",
    "小紅書",
    "小面",
    "小店",
    "小星",
    "小吃",
    "小区",
    "小時候",
    "小时候",
    "小太陽",
    "小太阳",
];

/// Words before an honorific that are roles, not names (ドナー様 the donor, 皆さん everyone, 护士阿姨 the nurse).
const CJK_ROLES: &[&str] = &[
    "ドナー",
    "レシピエント",
    "皆",
    "患者",
    "家族",
    "看護師",
    "医師",
    "医者",
    "お医者",
    "先生",
    "捐献者",
    "捐赠者",
    "捐贈者",
    "护士",
    "護士",
    "医生",
    "醫生",
    "大夫",
    "老师",
    "老師",
    "同学",
    "同學",
    "主治医",
    "担当医",
    "コーディネーター",
    "弟子",
    "同僚",
    "上司",
    "友人",
    "皆様",
    "スタッフ",
    "看護師長",
    "私",
    "僕",
    "俺",
    "彼",
    "彼女",
    "主人",
    "息子",
    "娘",
    "孫",
];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_hebrew(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{05FF}')
}

fn is_tamil(c: char) -> bool {
    matches!(c, '\u{0B80}'..='\u{0BFF}')
}

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    if text.is_ascii() {
        return Vec::new();
    }
    let (mut cjk, mut hebrew, mut tamil) = (false, false, false);
    for c in text.chars() {
        cjk |= is_cjk(c);
        hebrew |= is_hebrew(c);
        tamil |= is_tamil(c);
    }
    let mut hits = Vec::new();
    if cjk {
        hits.extend(cjk_hits(text));
    }
    if hebrew {
        hits.extend(hebrew_hits(ctx));
    }
    let marathi = ctx.word_language().is_some_and(|l| l.starts_with("mr"));
    if tamil || marathi {
        hits.extend(inflected_hits(ctx, marathi));
        for (pattern, category, reason) in INDIC_CUES.iter() {
            for c in pattern.captures_iter(text) {
                if let Some(m) = c.get(1) {
                    // "நான் சிரித்தேன்," (I laughed): a verb in the first person is no name.
                    if m.as_str().ends_with("ேன்") {
                        continue;
                    }
                    // "एका रुग्णालयात" (in a hospital), "रोजी": a name does not start or end with a function word.
                    let words: Vec<(usize, &str)> = m
                        .as_str()
                        .split_whitespace()
                        .map(|w| (w.as_ptr() as usize - m.as_str().as_ptr() as usize, w))
                        .collect();
                    let function = |w: &str| MARATHI_FUNCTION_WORDS.contains(&w);
                    if words.len() > 1 && words.get(words.len() - 2).is_some_and(|(_, w)| function(w)) {
                        continue;
                    }
                    let lead = words.iter().take_while(|(_, w)| function(w)).count();
                    // "त्याची आई" (his mother): nothing but function words.
                    if lead == words.len() {
                        continue;
                    }
                    let start = m.start() + words.get(lead).map_or(0, |(offset, _)| *offset);
                    hits.push(Hit::new(start, m.end(), *category, 0.7, reason));
                }
            }
        }
        if marathi {
            hits.extend(marathi_home(text));
        }
        // "चिंटूची आई … चिंटू सात वर्षांचा आहे": the name of a parent's signature, without its genitive, wherever
        // the letter writes it again (also with another ending).
        let stems: Vec<&str> = hits
            .iter()
            .filter(|h| h.category == Category::Person && h.reason.ends_with("(…ची आई)"))
            .filter_map(|h| ["ची", "चा", "चे"].iter().find_map(|e| text[h.start..h.end].strip_suffix(e)))
            .filter(|stem| stem.chars().count() >= 2)
            .collect();
        let devanagari = |c: char| ('\u{0900}'..='\u{097F}').contains(&c);
        let again =
            names_again(text, stems.into_iter(), |start, _| !text[..start].chars().next_back().is_some_and(devanagari));
        hits.extend(again);
    }
    hits
}

fn cjk_hits(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    // Japanese family names only where the letter is written in kana too (Chinese text reads the same kanji
    // as other words).
    for m in CJK_ORGS.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.8, "hospital or registry in the list"));
    }
    for m in A_NICKNAME.find_iter(text) {
        if !A_WORDS.contains(&m.as_str()) {
            hits.push(Hit::new(m.start(), m.end(), Category::Person, 0.6, "a nickname with 阿"));
        }
    }
    for m in BUS_ROUTE.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Other, 0.5, "the line or route the writer drives"));
    }
    for c in MESSENGER.captures_iter(text) {
        if let Some(m) = c.get(1) {
            hits.push(Hit::new(m.start(), m.end(), Category::Contact, 0.8, "a messenger account"));
        }
    }
    let kana = text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30FF}'));
    if !kana {
        for ((at, a), b) in text.char_indices().zip(text.chars().skip(1)) {
            let end = at + a.len_utf8() + b.len_utf8();
            if a == b && is_han(a) && !DOUBLED_WORDS.contains(&&text[at..end]) {
                hits.push(Hit::new(at, end, Category::Person, 0.6, "a pet name of one character twice"));
            }
        }
    }
    if kana {
        for m in JA_SURNAMES.find_iter(text) {
            hits.push(Hit::new(m.start(), m.end(), Category::Person, 0.6, "Japanese family name"));
        }
    }
    // Only the last line can be a signature.
    let trimmed = text.trim_end();
    let last_line = trimmed.rfind('\n').map_or(0, |p| p + 1);
    if let Some(c) = KANA_SIGNATURE.captures_iter(&trimmed[last_line..]).next()
        && let Some(m) = c.get(1)
        && !CJK_ROLES.contains(&m.as_str())
        && !CLOSING_WORDS.contains(&m.as_str())
    {
        for m in [c.get(1), c.get(2)].into_iter().flatten() {
            hits.push(Hit::new(
                last_line + m.start(),
                last_line + m.end(),
                Category::Person,
                0.7,
                "signature line at the end",
            ));
        }
    }
    for m in CJK_PLACES.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.7, "town or region in the gazetteer"));
    }
    for rule in CJK_RULES.iter() {
        for c in rule.pattern.captures_iter(text) {
            let Some(m) = c.get(1) else { continue };
            let s = m.as_str();
            if rule.reason.starts_with("nickname") && XIAO_WORDS.iter().any(|w| text[m.start()..].starts_with(w)) {
                continue;
            }
            if rule.reason == JAPANESE_LANDMARK && !kana {
                continue;
            }
            let mut trimmed = s.trim_start_matches(CJK_LEADING);
            if !kana && let Some((at, c)) = trimmed.char_indices().rev().find(|(_, c)| CJK_BREAKS.contains(c)) {
                trimmed = &trimmed[at + c.len_utf8()..];
            }
            if CJK_GENERIC.contains(&trimmed)
                || rule.reason == JAPANESE_LANDMARK && CJK_NOT_A_MOUNTAIN.iter().any(|w| trimmed.ends_with(w))
            {
                continue;
            }
            if street_as_a_word(trimmed, &text[m.end()..]) {
                continue;
            }
            let start = m.end() - trimmed.len();
            // "私は七十一歳": an age after "私は", not a name.
            let age = trimmed.chars().all(|c| "一二三四五六七八九十百两兩歳岁歲".contains(c));
            if rule.category == Category::Person
                && (CJK_ROLES.contains(&trimmed) || KANA_WORDS.contains(&trimmed) || age)
            {
                continue;
            }
            if trimmed.chars().count() >= 2 || rule.category == Category::Person && !trimmed.is_empty() {
                hits.push(Hit::new(start, m.end(), rule.category, 0.6, rule.reason));
            }
        }
    }
    // A name in kana (or of two or three kanji) found once is a name wherever the letter writes it again
    // ("さくらが大きくなったら", "翔太が").
    let names: Vec<String> = hits
        .iter()
        .filter(|h| h.category == Category::Person)
        .map(|h| text[h.start..h.end].to_string())
        .filter(|n| {
            let count = n.chars().count();
            count >= 2
                && (n.chars().all(|c| matches!(c, '\u{3040}'..='\u{30FF}')) || (count <= 3 && n.chars().all(is_han)))
        })
        .collect();
    let again = names_again(text, names.iter().map(String::as_str), |_, _| true);
    hits.extend(again);
    hits
}

/// Whether a run ending in 路, 街, 巷 or 弄 is the word for a road or a street in a sentence rather than a
/// street's name: "只有移植一条路" (only one road), "走完最后一段路", "好多街坊" (neighbours), "路过" (pass by).
fn street_as_a_word(run: &str, after: &str) -> bool {
    let Some(last) = run.chars().last().filter(|c| "路街巷弄".contains(*c)) else { return false };
    let head = &run[..run.len() - last.len_utf8()];
    head.chars().any(|c| "段条條走下有好成同啲细細最这這那哪".contains(c))
        || after.starts_with(['坊', '仔', '过', '過'])
}

/// Every place where the letter writes one of `names` again and `whole(start, end)` says it is a word there.
fn names_again<'a>(text: &str, names: impl Iterator<Item = &'a str>, whole: impl Fn(usize, usize) -> bool) -> Vec<Hit> {
    let mut hits = Vec::new();
    for name in names {
        for (pos, _) in text.match_indices(name) {
            if whole(pos, pos + name.len()) {
                let reason = "a word the letter uses as a name elsewhere";
                hits.push(Hit::new(pos, pos + name.len(), Category::Person, 0.6, reason));
            }
        }
    }
    hits
}

/// Whether `text[start..end]` is a Hebrew word of its own, perhaps after up to two particles ("ברמב"ם").
fn hebrew_word_at(text: &str, start: usize, end: usize) -> bool {
    let before: String = text[..start].chars().rev().take_while(|c| is_hebrew(*c)).collect();
    let after = text[end..].chars().next();
    before.chars().count() <= 2 && before.chars().all(|c| HEBREW_PREFIXES.contains(&c)) && !after.is_some_and(is_hebrew)
}

/// Hebrew particles written as one letter before a word: in, to, from, the, and, that, as.
const HEBREW_PREFIXES: &[char] = &['ב', 'ל', 'מ', 'ה', 'ו', 'ש', 'כ'];

/// Hebrew titles before a name (Dr., Mr., Mrs., Prof.).
/// The title must stand as a word of its own: "מר" is also the end of "תמר".
static HEBREW_TITLES: LazyLock<Pattern> =
    LazyLock::new(|| re(r#"(?:ד"ר|ד״ר|מר|גב'|גברת|פרופ'|פרופסור|הרב)\s+(\p{Hebrew}+(?:\s+\p{Hebrew}+)?)"#));

/// Hebrew organisations: hospital, university, medical centre, followed by their name.
static HEBREW_ORGS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r#"(?:ב|ל|מ|ו|ה)?((?:בית\s+החולים|בית-החולים|בי"ח|אוניברסיטת|המרכז\s+הרפואי|מרכז\s+רפואי|בית\s+הספר|בית\s+הכנסת|עמותת)\s+(\p{Hebrew}+(?:["״]\p{Hebrew}+)?)(?:\s+(\p{Hebrew}+))?)"#,
    )
});

/// Hebrew cues: a relative's name ("אבא שלי, יוסי", "הנכדה שלי, מאשה"), an age ("בגיל 71"), a landmark
/// ("שוק מחנה יהודה", "חוף האלמוגים"), a job ("עובדת כמדריכת צלילה"), a bus line ("בקו 5").
/// The reason of the Hebrew cue "I am called …", after which a frequent word is a name too.
const NAMING_CUE: &str = "name after 'קוראים לי' (I am called)";

static HEBREW_CUES: LazyLock<Vec<(Pattern, Category, &'static str)>> = LazyLock::new(|| {
    vec![
        (
            re(
                r"(?:^|\P{Hebrew})[וש]?(?:אבא|אמא|הבן|הבת|הנכד|הנכדה|בעלי|אשתי|אחי|אחותי|סבא|סבתא|הילד|הילדה|בני|בתי|האחות|האח|הרופא|הרופאה|המאמן|המאמנת|המורה|השכן|השכנה|החבר|החברה|ההורים|אשתו|בעלה|אמו|אביו|אחיו|אחותו)(?:\s+(?:שלי|שלנו|של))?(?:\s*,\s*|\s+)(\p{Hebrew}{2,})",
            ),
            Category::Person,
            "name after 'my father', 'my son' (אבא שלי…)",
        ),
        // "קוראים לי גיל" (I am called Gil), "קראו לו משה" (he was called Moshe), "שמי נועה": a strong cue, so a
        // name that is also a word counts (see `NAMING_CUE`).
        (
            re(
                r"(?:^|\P{Hebrew})(?:קוראים\s+ל(?:י|ו|ה)|[וש]?קראו\s+ל(?:ו|ה|י)|שמי|[וש]?שמו|[וש]?שמה)\s+(\p{Hebrew}{2,})",
            ),
            Category::Person,
            NAMING_CUE,
        ),
        (re(r"בגיל\s+(\d{1,3})"), Category::Age, "age"),
        // "בן שנתיים וחודשיים" (two years and two months old), "בת שנה וחצי".
        (
            re(
                r"(?:^|\P{Hebrew})(?:בן|בת)\s+((?:שנתיים|שנה)(?:\s+ו(?:חצי|חודש|חודשיים|\p{Hebrew}+\s+חודשים))?)(?:\P{Hebrew}|$)",
            ),
            Category::Age,
            "age",
        ),
        // "ברחוב סוקולוב" (in Sokolov Street).
        (re(r"((?:רחוב|רח')\s+\p{Hebrew}{2,}(?:\s+\p{Hebrew}{2,})?)"), Category::Location, "a street by name"),
        // "בן שישים ושבע" (sixty-seven years old), "בת שלושים ושש".
        (
            re(&format!(
                r"(?:^|\P{{Hebrew}})(?:בן|בת|בגיל)\s+((?:{HEBREW_NUMBER})(?:\s+ו?(?:{HEBREW_NUMBER}))?)(?:\P{{Hebrew}}|$)"
            )),
            Category::Age,
            "age",
        ),
        (
            re(r"((?:שוק|חוף|נמל|פארק|כיכר|שדרות|גן|קניון|קבר)\s+\p{Hebrew}{2,}(?:\s+\p{Hebrew}{2,})?)"),
            Category::Location,
            "a market, beach, park or square by name",
        ),
        (
            re(r"(?:עובד|עובדת)\s+(כ\p{Hebrew}+(?:\s+\p{Hebrew}+)?)"),
            Category::Other,
            "a job that may tell who the writer is",
        ),
        (re(r"(?:בקו|קו)\s+(\d{1,3})"), Category::Other, "the line or route the writer drives"),
        (
            re(r#"(?:^|\P{Hebrew})[בלמוש]?((?:מכבי|הפועל|בית"ר|בית״ר|עירוני)\s+\p{Hebrew}{2,}(?:\s+\p{Hebrew}{2,})?)"#),
            Category::Organization,
            "a sports club by name (מכבי, הפועל…)",
        ),
    ]
});

/// Pronouns and particles that follow "בבית החולים" where no name does ("בבית החולים הוא ביקש").
const HEBREW_FUNCTION_WORDS: &[&str] = &[
    "הוא",
    "היא",
    "הם",
    "הן",
    "אני",
    "אנחנו",
    "אתה",
    "את",
    "של",
    "על",
    "עם",
    "לא",
    "כי",
    "אבל",
    "גם",
    "זה",
    "זאת",
    "שם",
    "כבר",
    "עוד",
    "רק",
    "היה",
    "הייתה",
    "היו",
    "אחרי",
    "לפני",
    "כל",
    "עד",
    "אז",
    "כאשר",
    "כש",
    "מאוד",
    "שלי",
    "שלנו",
];

/// Hebrew number words (the masculine and feminine forms).
const HEBREW_NUMBER: &str = "אחת|אחד|שתיים|שניים|שתים|שנים|שלוש|שלושה|ארבע|ארבעה|חמש|חמישה|שש|שישה|שבע|שבעה|שמונה|תשע|תשעה|עשר|עשרה|עשרים|שלושים|ארבעים|חמישים|שישים|שבעים|שמונים|תשעים";

/// A kibbutz or moshav by name: "בקיבוץ יגור", "מושב נהלל".
static HEBREW_SETTLEMENT: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?:קיבוץ|מושב|כפר)\s+(?:(?:בית|עין|גבעת|רמת|נווה|כפר|בני|שדה|גן|נאות|מעלה)\s+)?\p{Hebrew}+"));

/// The Hebrew names of the organisation list ("רמב"ם", "עזר מציון"), after up to two prefixed particles
/// ("ברמב"ם", "בעזר מציון"), with either kind of double quote.
static HEBREW_LISTED_ORGS: LazyLock<Pattern> = LazyLock::new(|| {
    let names: Vec<String> = data_lines(include_str!("../../data/organisations.txt"))
        .into_iter()
        .filter(|l| l.chars().next().is_some_and(is_hebrew))
        .map(|l| regex_syntax::escape(l).replace('"', "[\"״]").replace(' ', r"\s+"))
        .collect();
    re(&format!(r"(?:{})", names.join("|")))
});

/// Israeli first names in Hebrew script (see data/PROVENANCE.md).
static HEBREW_NAMES: LazyLock<FixedWords> =
    LazyLock::new(|| fixed_words(&data_lines(include_str!("../../data/first_names_he.txt"))));

/// The thousand most frequent Hebrew words: a listed name among them is more often the word ("איתי" with me,
/// "אבי" my father); the full frequency list also holds names ("יוסי"), as they are frequent in text.
static HEBREW_TOP_WORDS: LazyLock<FixedWords> = LazyLock::new(|| {
    fixed_words(&data_lines(include_str!("../../data/common/he.txt")).into_iter().take(1000).collect::<Vec<_>>())
});

/// A listed Hebrew first name, after up to two particles ("ויוסי", "לנוגה"), unless the word or the name is also
/// one of the most frequent words.
fn hebrew_name_in(word: &str) -> Option<&str> {
    let common = |w: &str| HEBREW_TOP_WORDS.contains(w);
    if common(word) {
        return None;
    }
    strip_hebrew_to(word, |w| HEBREW_NAMES.contains(w)).filter(|w| !common(w))
}

fn hebrew_hits(ctx: &Context<'_>) -> Vec<Hit> {
    let mut hits = Vec::new();
    let toks = ctx.tokens;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.text.chars().next().is_some_and(is_hebrew) {
            i += 1;
            continue;
        }
        // Two-word towns first ("תל אביב", "באר שבע").
        let pair = toks.get(i + 1).map(|n| format!("{} {}", t.text, n.text));
        if let Some(pair) = pair.as_deref()
            && let Some(p) = strip_hebrew(pair)
            && let Some(n) = toks.get(i + 1)
        {
            let start = t.start + (pair.len() - p.len());
            hits.push(Hit::new(start, n.end, Category::Location, 0.7, "town in the gazetteer"));
            i += 2;
            continue;
        }
        if let Some(w) = strip_hebrew(t.text) {
            hits.push(Hit::new(t.end - w.len(), t.end, Category::Location, 0.7, "town in the gazetteer"));
        } else if let Some(w) = hebrew_name_in(t.text) {
            hits.push(Hit::new(t.end - w.len(), t.end, Category::Person, 0.6, "first name in the gazetteer"));
        }
        i += 1;
    }
    for c in HEBREW_TITLES.captures_iter(ctx.text) {
        let standing_alone = c.get(0).is_some_and(|all| {
            !ctx.text[..all.start()].chars().next_back().is_some_and(|ch| is_hebrew(ch) || "\"״'".contains(ch))
        });
        if let (Some(all), Some(_), true) = (c.get(0), c.get(1), standing_alone) {
            hits.push(Hit::new(all.start(), all.end(), Category::Person, 0.8, "name after a title (ד\"ר, מר…)"));
        }
    }
    for (pattern, category, reason) in HEBREW_CUES.iter() {
        for c in pattern.captures_iter(ctx.text) {
            let Some(m) = c.get(1) else { continue };
            // After "my husband" a verb or a word follows more often than a name ("בעלי אמר", "אמא לשבעה");
            // after a comma a name does ("אבא שלי, יוסי"), even one as frequent as a word.
            let word = m.as_str();
            let ordinary = |w: &str| crate::languages::is_common_in("he", w);
            let after_comma = ctx.text[..m.start()].trim_end().ends_with(',');
            // "אבא של איתי" (Itai's father): after "of" comes a name or a noun with its article ("של הילד"),
            // so a name that is also a word ("איתי" with me, "אבי" my father) counts there.
            let before = ctx.text[..m.start()].trim_end();
            let after_of = before.strip_suffix("של").is_some_and(|b| b.ends_with(char::is_whitespace))
                && !word.starts_with('ה')
                && !HEBREW_FUNCTION_WORDS.contains(&word);
            // "שמי לא חשוב" (my name does not matter): a function word after the cue names nobody.
            if *reason == NAMING_CUE
                && (HEBREW_FUNCTION_WORDS.contains(&word) || ["לא", "אינו", "אינה"].contains(&word))
            {
                continue;
            }
            if *category == Category::Person
                && *reason != NAMING_CUE
                && !after_comma
                && !after_of
                && (ordinary(word) || word.strip_prefix(['ל', 'ש', 'ו', 'ה']).is_some_and(ordinary))
            {
                continue;
            }
            hits.push(Hit::new(m.start(), m.end(), *category, 0.6, reason));
        }
    }
    for m in HEBREW_SETTLEMENT.find_iter(ctx.text) {
        // "הקיבוץ השכן" (the neighbouring kibbutz), "המושב ומתכננת": no name after it.
        let last = m.as_str().rsplit(char::is_whitespace).next().unwrap_or_default();
        if crate::languages::is_common_in("he", last) || last.starts_with('ו') && last.chars().count() > 4 {
            continue;
        }
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.75, "a kibbutz or village by name"));
    }
    // A listed name counts as a word of its own, or after up to two particles ("ברמב"ם"), not inside a word.
    for m in HEBREW_LISTED_ORGS.find_iter(ctx.text) {
        if hebrew_word_at(ctx.text, m.start(), m.end()) {
            hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.8, "hospital or registry in the list"));
        }
    }
    for c in HEBREW_ORGS.captures_iter(ctx.text) {
        let (Some(m), Some(name)) = (c.get(1), c.get(2)) else { continue };
        // "בבית החולים הוא ביקש" (in the hospital he asked): no name after the word, or a name of one word.
        let ordinary = |w: &str| HEBREW_FUNCTION_WORDS.contains(&w) || w.starts_with('ו') && w.chars().count() > 3;
        if ordinary(name.as_str()) {
            continue;
        }
        let end = match c.get(3) {
            Some(second) if !ordinary(second.as_str()) => second.end(),
            _ => name.end(),
        };
        hits.push(Hit::new(m.start(), end, Category::Organization, 0.7, "hospital or university by name"));
    }
    hits.extend(hebrew_signature(ctx.text));
    // A name found once is a name wherever the letter writes it again, also after a particle ("ולנוגה").
    let names: Vec<&str> = hits
        .iter()
        .filter(|h| h.category == Category::Person)
        .map(|h| &ctx.text[h.start..h.end])
        .filter(|n| n.chars().count() >= 2 && n.chars().all(is_hebrew))
        .collect();
    let again = names_again(ctx.text, names.into_iter(), |start, end| hebrew_word_at(ctx.text, start, end));
    hits.extend(again);
    hits
}

/// A Hebrew name alone on one of the last two lines, or with "and family" ("אבי ומשפחתו"), as letters are signed.
fn hebrew_signature(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .filter(|(_, line)| !line.trim().is_empty())
        .collect();
    for &(start, line) in lines.iter().rev().take(2) {
        let words: Vec<&str> = line.split_whitespace().map(|w| w.trim_matches(|c: char| ",.!".contains(c))).collect();
        let family = |w: &str| ["ומשפחתו", "ומשפחתה", "והמשפחה", "ומשפחתי"].contains(&w);
        let name = match words.as_slice() {
            [name] | [name, _] if words.len() == 1 || family(words[1]) => *name,
            _ => continue,
        };
        if name.chars().count() < 2
            || !name.chars().all(is_hebrew)
            || crate::languages::is_common_in("he", name)
            || HEBREW_FUNCTION_WORDS.contains(&name)
        {
            continue;
        }
        if let Some(at) = line.find(name) {
            hits.push(Hit::new(
                start + at,
                start + at + name.len(),
                Category::Person,
                0.7,
                "signature line at the end",
            ));
        }
    }
    hits
}

/// The word (or two) without up to two prefixed particles, if that is a place of the list.
fn strip_hebrew(word: &str) -> Option<&str> {
    strip_hebrew_to(word, |w| PLACES.contains(w))
}

/// The word, or what is left after up to two one-letter particles ("ב", "ל", "ו"…), that `listed` knows.
fn strip_hebrew_to(word: &str, listed: impl Fn(&str) -> bool) -> Option<&str> {
    let mut w = word;
    for _ in 0..3 {
        if listed(w) {
            return Some(w);
        }
        let rest = w.strip_prefix(HEBREW_PREFIXES)?;
        if rest.chars().count() < 2 {
            return None;
        }
        w = rest;
    }
    None
}

/// Tamil and Marathi cues: "my name is", "my son/wife …", and hospitals, centres and temples by name (with the
/// case ending the word carries: "மையத்தில்", "रुग्णालयात").
/// A Tamil number word from two to ninety-nine, in written and spoken forms ("முப்பத்தாறு", "நாப்பது", "ரெண்டு").
const TAMIL_NUMBER: &str = "(?:இருபத்|முப்பத்|நாற்பத்|நாப்பத்|ஐம்பத்|அம்பத்|அறுபத்|எழுபத்|எண்பத்|தொண்ணூற்)\\p{Tamil}*|இருபது|முப்பது|நாற்பது|நாப்பது|ஐம்பது|அம்பது|அறுபது|எழுபது|எண்பது|தொண்ணூறு|பத்து|பதின\\p{Tamil}*|பன்னிரண்டு|பத்தொன்பது|இரண்டு|ரெண்டு|மூன்று|நான்கு|நாலு|ஐந்து|அஞ்சு|ஆறு|ஏழு|எட்டு|ஒன்பது";

static INDIC_CUES: LazyLock<Vec<(Pattern, Category, &'static str)>> = LazyLock::new(|| {
    vec![
        (re(r"(?:என்|எனது)\s+பெயர்\s+(\p{Tamil}+)"), Category::Person, "word after 'my name is' (என் பெயர்)"),
        (
            re(r"(?:என்|எனது|எங்கள்)\s+(?:மகன்|மகள்|கணவர்|மனைவி|தம்பி|தங்கை|அண்ணன்|அக்கா|பேரன்|பேத்தி)\s+(\p{Tamil}+)"),
            Category::Person,
            "word after 'my son', 'my wife' (என் மகன்…)",
        ),
        (
            re(r"((?:\p{Tamil}+\s+){1,2}(?:மருத்துவமனை|மையம்|மையத்|பல்கலைக்கழக|கல்லூரி|பள்ளி)\p{Tamil}*)"),
            Category::Organization,
            "name of a hospital, centre, university or school",
        ),
        // "கோவில்" drops its virama before a case ending ("கோவிலுக்கு").
        (re(r"((?:\p{Tamil}+\s+){1,2}(?:கோவில|கோயில)\p{Tamil}*)"), Category::Location, "name of a temple"),
        // "சி.எம்.சி-யில்" (at CMC), "டி.சி.எஸ்-ல்" (at TCS): an English abbreviation spelt in Tamil syllables,
        // a hospital, college or employer; the case ending follows a hyphen.
        (
            re(r"((?:\p{Tamil}{1,3}\.){1,4}\p{Tamil}{1,3})\.?-\p{Tamil}"),
            Category::Organization,
            "an abbreviation in Tamil letters (சி.எம்.சி)",
        ),
        (
            re(&format!(r"((?:{TAMIL_NUMBER})(?:\s+(?:{TAMIL_NUMBER}))?)\s*(?:வயது|வயசு|வயதில்|வயதான|வயதாகும்)")),
            Category::Age,
            "age",
        ),
        (re(&format!(r"(?:வயது|வயசு)\s+((?:{TAMIL_NUMBER})(?:\s+(?:{TAMIL_NUMBER}))?)")), Category::Age, "age"),
        // "मी पस्तीस वर्षांचा आहे" (I am thirty-five years old), "वय बावन्न वर्षे" (age fifty-two).
        (re(r"(?:^|[\s,.(])((?:[\p{Devanagari}]+|[०-९0-9]{1,3}))\s+वर्षांच[ाीे]"), Category::Age, "age"),
        (re(r"वय\s+([\p{Devanagari}]+|[०-९0-9]{1,3})\s*(?:वर्षे|वर्ष|आहे|[.,।])"), Category::Age, "age"),
        // "माझा तिसावा वाढदिवस" (my thirtieth birthday): an ordinal before the birthday.
        (re(r"([\p{Devanagari}]{2,}(?:ावा|ावी|ावे))\s+वाढदिवस"), Category::Age, "age"),
        // "चिंटूची आई" (Chintu's mother), as Marathi parents sign and introduce themselves.
        (
            re(r"(?:^|\s)([\p{Devanagari}]+(?:ची|चा|चे))\s+(?:आई|बाबा|वडील|आजी|आजोबा|ताई|दादा)"),
            Category::Person,
            "name before 'mother' or 'father' (…ची आई)",
        ),
        // "கார்த்திக்கின் அம்மா": a name in the genitive before mother or father, as parents sign.
        (
            re(r"(\p{Tamil}+ின்)\s+(?:அம்மா|அப்பா|தாய்|தந்தை|பெற்றோர்)"),
            Category::Person,
            "name before 'mother' or 'father' (…இன் அம்மா)",
        ),
        // "நான் விக்கி, …" (I am Vicky): a word between "I" and a comma at the start of a sentence.
        (re(r"(?:^|[.\n]\s*)நான்\s+(\p{Tamil}+),"), Category::Person, "word after 'I am' (நான் …,)"),
        (re(r"(?:माझे|माझं|माझी)\s+नाव\s+([\p{Devanagari}]+)"), Category::Person, "word after 'my name is' (माझे नाव)"),
        // "माझे पती सुहास यांचं…" (my husband Suhas's…): after a possessive the next word is the name.
        (
            re(
                r"(?:माझे|माझा|माझी|माझं|आमचा|आमची|आमचे|आमचं)\s+(?:पती|नवरा|बायको|पत्नी|मुलगा|मुलगी|भाऊ|बहीण|नातू|नात|मित्र|मैत्रीण|वडील|आई)\s+([\p{Devanagari}]+)",
            ),
            Category::Person,
            "word after 'my husband', 'my son' (माझे पती…)",
        ),
        (
            re(
                r"(?:बायको|पत्नी|नवरा|पती|मुलगा|मुलगी|भाऊ|बहीण|नातू|नात)\s+([\p{Devanagari}]+)\s+(?:आणि|यांनी|यांना|हा|ही|हे|ने|ला|चे|ची|चा)",
            ),
            Category::Person,
            "word after 'my wife', 'my son' (बायको, मुलगा…)",
        ),
        (
            re(
                r"((?:[\p{Devanagari}]+\s+){1,3}(?:रुग्णालय|इस्पितळ|हॉस्पिटल|कॉलेज|मेमोरियल|हॉल|विद्यालय|शाळा)[\p{Devanagari}]*)",
            ),
            Category::Organization,
            "name of a hospital, college or school",
        ),
    ]
});

/// Marathi words that begin or qualify a phrase, not a name: on (a date), a, this, that, in, and, I, my.
const MARATHI_FUNCTION_WORDS: &[&str] = &[
    "रोजी",
    "एका",
    "एक",
    "या",
    "त्या",
    "मध्ये",
    "आणि",
    "मी",
    "माझे",
    "माझ्या",
    "ला",
    "ते",
    "हे",
    "सरकारी",
    "मोठ्या",
    "त्याची",
    "त्याचा",
    "त्याचे",
    "तिची",
    "तिचा",
    "तिचे",
    "आमची",
    "आमचा",
    "आमचे",
    "तुमची",
    "तुमचा",
    "तुमचे",
    "त्यांची",
    "त्यांचा",
    "त्यांचे",
    "यांची",
    "कोणाची",
    "सगळ्यांची",
    "सर्वांची",
    "आहे",
    "आहेत",
    "होता",
    "होती",
    "होते",
    "तेव्हा",
    "पण",
    "नाही",
    "खूप",
    "सुद्धा",
    "तर",
    "म्हणून",
    "आता",
    "नेहमी",
    "आज",
    "काल",
];

/// Where a Marathi writer lives: "मी कोथरूडला राहते", "परळमध्ये राहतो" (a part of town that no list holds).
static MARATHI_HOME: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?:^|\s)(\p{Devanagari}{2,}?)(ला|मध्ये|ात|त)\s+(?:राहतो|राहते|राहतात|राहायचो|राहायचे|राहायची|राहत)")
});

/// Places of living that say nothing: the village, the house, the town, a flat, a hostel, near, here.
const MARATHI_HOME_WORDS: &[&str] = &[
    "गाव",
    "घर",
    "शहर",
    "खेड",
    "वस्ती",
    "सोसायटी",
    "इमारत",
    "चाळ",
    "हॉस्टेल",
    "वसतिगृह",
    "फ्लॅट",
    "जवळ",
    "इथे",
    "तिथे",
    "एकत्र",
    "भाड्या",
];

fn marathi_home(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    for c in MARATHI_HOME.captures_iter(text) {
        let (Some(stem), Some(ending)) = (c.get(1), c.get(2)) else { continue };
        let word = stem.as_str();
        if MARATHI_HOME_WORDS.iter().any(|w| word.starts_with(w)) || MARATHI_FUNCTION_WORDS.contains(&word) {
            continue;
        }
        hits.push(Hit::new(stem.start(), ending.end(), Category::Location, 0.6, "place before 'I live' (…ला राहतो)"));
    }
    hits
}

/// Longest endings left after a stem in Tamil or Marathi ("-யிலிருந்து", "-मध्ये").
const MAX_ENDING_CHARS: usize = 11;

/// Tamil and Marathi words that are a known town or name with a case ending.
fn inflected_hits(ctx: &Context<'_>, marathi: bool) -> Vec<Hit> {
    let g = Gazetteer::get();
    let mut hits = Vec::new();
    for t in ctx.tokens {
        let tamil = t.text.chars().next().is_some_and(is_tamil);
        if !(tamil || (marathi && t.devanagari)) || g.is_common(t.base()) || is_common_word(t.base()) {
            continue;
        }
        let chars: Vec<(usize, char)> = t.text.char_indices().collect();
        let n = chars.len();
        // Try the longest stem first; a stem may have lost its last vowel sign ("पुणे" in "पुण्यात").
        for k in (3..=n).rev() {
            if n - k > MAX_ENDING_CHARS {
                break;
            }
            let stem = &t.text[..chars.get(k).map_or(t.text.len(), |c| c.0)];
            let kinds = stem_kinds(g, stem);
            if kinds != 0 {
                let (category, reason) = if kinds & PLACE != 0 {
                    (Category::Location, "town with a case ending")
                } else if kinds & ORG != 0 {
                    (Category::Organization, "hospital with a case ending")
                } else {
                    (Category::Person, "name with a case ending")
                };
                hits.push(Hit::new(t.start, t.end, category, 0.6, reason));
                break;
            }
        }
    }
    hits
}

/// Frequent Marathi words and stems that read like names ("वर्ष" years, and Varsha) and are far more often the
/// word; names that are words too ("आनंद" joy and Anand) stay names, as a missed name costs more.
const MARATHI_COMMON: &[&str] = &[
    "वर्ष",
    "वर्षे",
    "वर्षा",
    "वर्षां",
    "वर्षी",
    "मित्र",
    "मित्रा",
    "पुन्हा",
    "रविवार",
    "सोमवार",
    "मंगळवार",
    "बुधवार",
    "गुरुवार",
    "शुक्रवार",
    "शनिवार",
    "हिरो",
    "आभार",
    "सोनं",
    "नातं",
    "केमिकल",
    "मैत्रिण",
    "मैत्रिणी",
    "अनोळखी",
    "पंचवीस",
    "गणेशोत्सव",
    "दिवाळी",
];

/// Whether a word (or stem) of a Marathi letter is an ordinary word of the language.
fn is_common_word(word: &str) -> bool {
    MARATHI_COMMON.contains(&word)
}

/// What a stem is (place, first or family name), also with a vowel sign or virama it lost before the ending.
fn stem_kinds(g: &Gazetteer, stem: &str) -> u8 {
    let look = |w: &str| {
        if is_common_word(w) {
            return 0;
        }
        // The gazetteer's keys are folded ("इन्फोसिस" loses its virama there).
        let k = (g.kinds(w) | g.kinds(&crate::normalise::fold(w))) & (PLACE | FIRST | LAST | ORG);
        if PLACES.contains(w) { k | PLACE } else { k }
    };
    let k = look(stem);
    if k != 0 && !g.is_common(stem) {
        return k;
    }
    // Tamil nouns in -ம் take -த்த- before a case ending ("யாழ்ப்பாணம்" → "யாழ்ப்பாணத்தில்").
    if let Some(head) = stem.strip_suffix("த்த").or_else(|| stem.strip_suffix("த்"))
        && !head.is_empty()
    {
        let w = format!("{head}ம்");
        let k = look(&w);
        if k != 0 && !g.is_common(&w) {
            return k;
        }
    }
    // Marathi nouns in -आ or -ए take -्या before an ending ("सातारा" → "साताऱ्याचा", "गणपतीपुळे" →
    // "गणपतीपुळ्याजवळ").
    if let Some(head) = stem.strip_suffix("्या")
        && !head.is_empty()
    {
        let head = head.strip_suffix('ऱ').map_or_else(|| head.to_owned(), |h| format!("{h}र"));
        for sign in ["ा", "े"] {
            let w = format!("{head}{sign}");
            let k = look(&w);
            if k & PLACE != 0 && !g.is_common(&w) {
                return k;
            }
        }
    }
    let base = stem.trim_end_matches(['\u{094D}', '\u{0BCD}']);
    for sign in ["े", "ा", "ी", "ை", "்", "ு", "ி"] {
        let w = format!("{base}{sign}");
        let k = look(&w);
        if k != 0 && !g.is_common(&w) {
            return k;
        }
    }
    0
}
