#!/usr/bin/env python3
"""Build letters.jsonl, the seventh hand-written development set for the letter screener (60 letters).

Languages: ja 10, mr 8, zh 8, es 7, de 7, he 6, pl 5, nl 5, ta 4. The record format, the `where` forms and
the checks are those of ../letterset.py; the script stops and writes nothing if a check fails.
`python3 make.py` builds letters.jsonl, `--stats` also prints counts.

Labels follow /work/shared/data/screening-letters.md; OTHER_ID covers ID numbers (a boat's registration) and
the quasi-identifiers the guidelines call OTHER. Pet and animal names, boat names, festivals, holidays,
diseases, demonyms, foods named after places, religious figures, durations and guesses about the reader are
never labelled.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "S", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== Japanese ========================================

# S001 okonomiyaki landlady in Osaka (Tenma), 56; known identifiers only in other forms (阪大病院, 天満).
add("ja", "patient_to_donor", """
ドナーさんへ

はじめまして。去年、あなたの骨髄をいただいた者です。字が下手で読みにくかったら、かんにんしてくださいね。

私は天満でお好み焼き屋「ふくちゃん」を、もう三十年近くやっています。五十六歳で「白血病です」と言われたとき、自分の体より先に店のことを心配してしまいました。阪大病院に入院している間、常連さんたちがシャッターに「女将、ただいま戦闘中」と貼り紙をしてくれていたそうです。退院して初めてそれを見たとき、店の前で泣いてしまいました。

移植は令和5年3月でした。点滴の袋を見ながら、この向こうにどんな人がいるんやろうと、ずっと考えていました。

今は週に四日だけ店を開けています。鉄板の前に立つと汗がどっと出て、「ああ、生きてるわ」と思います。主人のマサは「もう無理すんな」とうるさいですが、キャベツを刻んでいるときが一番元気が出るんです。

もしいつか会えることがあったら、うちの豚玉を焼かせてください。ほんまに、ありがとうございました。
""", [("天満", LOC), ("ふくちゃん", ORG), ("五十六", AGE, "五十六歳"), ("阪大病院", ORG), ("令和5年3月", DATE),
      ("マサ", P)],
    known={"names": ["福田 恵子"], "places": ["大阪市北区"], "organisations": ["大阪大学医学部附属病院"]})

# S002 donor, 21-year-old Doshisha student in the rowing club; donation on White Day (the date is labelled).
add("ja", "donor_to_patient", """
患者さんへ

こんにちは。あなたに末梢血幹細胞を提供した者です。21歳の大学生です。

ドナー登録をしたのは、同志社の学園祭に献血バスが来ていたのがきっかけでした。正直、そのときは友だちのノリで登録しただけで、一年後に適合の通知が届いたときはかなり焦りました。親にも反対されました。でも、ボート部の西村監督が「行ってこい、練習は待ってるから」と言ってくれて、決心がつきました。

採取は3月14日でした。ホワイトデーだったので、病院のベッドで「今年のお返しは、知らん誰かにあげるんやな」と一人で笑っていました。

退院してからは、また毎朝瀬田川で漕いでいます。朝もやの中をボートが進んでいくのは、本当に気持ちがいいです。あなたにも、いつか気持ちのいい朝が来ますように。

ご飯をたくさん食べて、よく寝て、元気になってください。応援しています。
""", [("21", AGE, "21歳"), ("同志社", ORG), ("西村", P), ("3月14日", DATE), ("瀬田川", LOC)])

# S003 mother of 結衣 (6) in Nagoya; 名古屋日赤; the cat きなこ is not labelled; known only in other forms.
add("ja", "family_to_donor", """
ドナー様へ

娘の結衣の母です。結衣は四歳の秋に急性リンパ性白血病と診断され、二度の再発のあと、あなたからいただいた骨髄で移植を受けました。令和4年12月24日、クリスマスイブのことでした。名古屋日赤の小児病棟の看護師さんたちがサンタの帽子をかぶって病室に来てくれたのを、昨日のことのように覚えています。

あれから一年半。結衣は六歳になり、この春から小学校に通っています。髪もすっかり伸びて、毎朝「ママ、三つ編みにして」とせがまれます。週末には家族で東山動物園に行き、コアラの前から動かなくなります。パパはグランパスの試合に連れて行きたいらしいのですが、本人はまだ動物のほうが好きなようです。

うちの猫のきなこも、結衣が帰ってきてからは、ずっと結衣のベッドで寝ています。

あなたがどこのどなたなのか知ることはできませんが、毎晩、家族四人で「ドナーさん、ありがとう」と言ってから眠ります。本当に、本当にありがとうございました。
""", [("結衣", P, 0), ("結衣", P, 1), ("四", AGE, "四歳の秋"), ("令和4年12月24日", DATE), ("名古屋日赤", ORG),
      ("結衣", P, 2), ("六", AGE, "六歳になり"), ("東山動物園", LOC), ("グランパス", ORG), ("結衣", P, 3),
      ("結衣", P, 4)],
    known={"names": ["加藤 美穂"], "places": ["愛知県名古屋市昭和区"],
           "organisations": ["日本赤十字社愛知医療センター名古屋第一病院"]})

# S004 retired fisherman in Kesennuma, 72; the boat 第八清栄丸 and 震災 are not labelled.
add("ja", "patient_to_donor", """
ドナー様

気仙沼で五十年、漁師をしてきた者です。手紙なんぞ書くのは、女房に出した恋文以来かもしれません。

去年の春に骨髄異形成症候群という長い名前の病気だと言われ、仙台の東北大に入院しました。七十二にもなって移植なんて、と最初は断るつもりでした。でも先生が「年は関係ない、あんたの体はまだ海に出たがってる」と言うもんだから、その気になりました。

入院中は、女房が毎週、気仙沼から高速バスで通ってくれました。片道二時間半です。病室に来ると、まず窓を開けて「海の匂いがしないねえ」と文句を言うのが決まりでした。私も同じことを思っていたので、二人で笑いました。無菌室では、夜の沖で見た星のことばかり考えていました。

十月二十日に、あなたの細胞が届きました。遠いところから運ばれてきたと聞いて、ありがたくて手を合わせました。

今はまだ沖には出られませんが、港に行って、息子が乗る第八清栄丸の網の手入れを手伝っています。孫の颯太が「じいちゃん、顔色よくなったね」と言ってくれます。震災のときも生き延びて、今度も生き延びました。二回も命をもらったようなものです。

寒くなりますので、どうかご自愛ください。
""", [("気仙沼", LOC, 0), ("仙台", LOC), ("東北大", ORG), ("七十二", AGE), ("気仙沼", LOC, 1), ("十月二十日", DATE),
      ("颯太", P)])

# S005 donor, 34, a home-visit nurse in Tokyo (common job, not labelled); 阿波おどり not labelled.
add("ja", "donor_to_patient", """
患者様へ

はじめまして。あなたに造血幹細胞を提供したドナーです。

私は東京で訪問看護の仕事をしている三十四歳の女性です。毎日自転車で患者さんのお宅をまわっていますが、まさか自分が「提供する側」になるとは思っていませんでした。登録したのは二十歳のとき、新宿の献血ルームでした。

2023年6月に入院して採取を受けました。看護師なのに、自分が点滴につながれると急に心細くなるものですね。担当の看護師さんがそっと手を握ってくれて、私も明日から患者さんにもっと優しくしようと思いました。

休みの日は高円寺の商店街をぶらぶらするのが好きです。夏の阿波おどりの時期になると、町じゅうが鳴り物の音でいっぱいになります。あなたも来年の夏は、どこかでお祭りの音を聞けていますように。

寒暖差の大きい季節です。どうぞお大事になさってください。
""", [("東京", LOC), ("三十四", AGE), ("二十", AGE, "二十歳のとき"), ("新宿", LOC), ("2023年6月", DATE),
      ("高円寺", LOC)])

# S006 19-year-old trumpeter from Kumamoto (済々黌); Instagram handle.
add("ja", "patient_to_donor", """
ドナーさんへ

こんにちは！僕は十九歳の大学一年生です。高校三年の夏、吹奏楽コンクールの直前に倒れて、そのまま熊大病院に入院しました。病名は再生不良性貧血でした。

移植の日は令和5年8月2日です。病室の窓から熊本城の天守閣が見えて、「あれも地震から立ち直ったんだから、自分も大丈夫」と毎日言い聞かせていました。

済々黌の吹奏楽部の仲間は、入院中に動画を送ってくれました。僕のパートのトランペットを後輩のタカシが代わりに吹いてくれていて、ちょっと下手で笑いました。でも、うれしかったです。

今はまたトランペットを吹いています。肺活量はまだ前の半分くらいですが、少しずつ戻ってきました。演奏の動画をインスタ（@kuma_tp_0802）に上げているので、もしよかったら……と書こうとしたら、名前や連絡先はダメだと言われました。この部分は消されるかもしれませんね。

本当にありがとうございました。
""", [("十九", AGE), ("熊大病院", ORG), ("令和5年8月2日", DATE), ("熊本城", LOC), ("済々黌", ORG), ("タカシ", P),
      ("@kuma_tp_0802", CON)])

# S007 widow in Matsuyama; husband a tram driver at 伊予鉄; 四十九日 and 坊っちゃん列車 are not labelled.
add("ja", "family_to_donor", """
ドナー様

突然のお手紙、失礼いたします。あなたから骨髄をいただいた村上俊夫の妻でございます。

主人は令和6年1月9日に、六十一歳で永眠いたしました。移植のあと、半年ほどは本当に元気で、道後の湯にも二人で行くことができました。「あのドナーさんのおかげで、もう一回この湯に入れた」と、湯船で子どものように喜んでおりました。

主人は三十八年間、伊予鉄の電車の運転士をしておりました。退職してからも、家の前を坊っちゃん列車が通ると、必ず窓から手を振っていました。

最後は感染症に勝てませんでしたが、あなたがくださった時間は、私たち家族にとってかけがえのないものでした。孫たちも、おじいちゃんと過ごした最後の夏をちゃんと覚えています。

四十九日を終え、ようやく筆をとる気持ちになりました。あなたのご健康とお幸せを、松山の地から心よりお祈り申し上げます。
""", [("村上俊夫", P), ("令和6年1月9日", DATE), ("六十一", AGE), ("道後", LOC), ("伊予鉄", ORG), ("松山", LOC)],
    known={"names": ["村上 和子"], "places": ["愛媛県松山市"], "organisations": []})

# S008 donor, 45, dairy farmer in Tokachi; the cow ハナコ is not labelled.
add("ja", "donor_to_patient", """
患者さんへ

北海道の十勝で酪農をやっている、四十五歳の男です。牛が八十頭、家族が五人。毎朝四時に起きて搾乳しています。

コーディネーターさんから電話が来たのは、ちょうど牧草の一番刈りの時期でした。正直「よりによって今か」と思いました。でも妻のユミが「牛は私と親父で見るから、行ってきな」と言ってくれて、札幌の病院に四日間入院しました。

採取したのは令和六年二月のことです。帯広に戻る特急の窓から日高山脈が見えたとき、今ごろ自分の骨髄が誰かのところへ向かっているんだなあと、不思議な気持ちになりました。

うちの牛のハナコが、ちょうどその頃に子牛を産みました。新しい命が二つ、同じ冬に始まったんだと勝手に思っています。

どうか焦らず、ゆっくり元気になってください。十勝の空の下から応援しています。
""", [("北海道", LOC), ("十勝", LOC, 0), ("四十五", AGE), ("ユミ", P), ("札幌", LOC), ("令和六年二月", DATE),
      ("帯広", LOC), ("日高山脈", LOC), ("十勝", LOC, 1)])

# S009 38-year-old game tester at 任天堂 living in Uji; e-mail; ゼルダ/リンク are fictional; known in other forms.
add("ja", "patient_to_donor", """
ドナー様へ

こんにちは。一昨年、あなたから末梢血幹細胞をいただいた三十八歳の会社員です。

私は任天堂でゲームのテストをする仕事をしています。入院中、同僚たちが試作品……ではなく、普通にお店で売っているゲームを差し入れてくれて、無菌室でずっとゼルダを遊んでいました。リンクが何度倒れても起き上がるのを見て、私もがんばろうと思ったものです。

移植は2023年11月7日、京大病院でした。前処置の抗がん剤がつらくて、夜中に泣きながら母に電話したこともあります。

今は宇治の実家から会社に通っています。宇治川の土手を歩いていると、平等院のほうから鐘の音が聞こえてくることがあって、そのたびに「ああ、帰ってこられたんだな」と思います。

本当はメール（kyoko.u1985@gmail.com）で直接お礼を言いたいくらいなのですが、規則で難しいそうですね。せめてこの手紙が届きますように。

京子
""", [("三十八", AGE), ("任天堂", ORG), ("2023年11月7日", DATE), ("京大病院", ORG), ("宇治", LOC, "宇治の実家"),
      ("宇治川", LOC), ("平等院", LOC), ("kyoko.u1985@gmail.com", CON), ("京子", P)],
    known={"names": ["上田 京子"], "places": ["京都府宇治市"], "organisations": ["任天堂株式会社"]})

# S010 donor, 50, soba maker near 出雲大社, a short note to the family after the death; 出雲そば not labelled.
add("ja", "donor_to_family", """
ご家族の皆様へ

コーディネーターの方から、あの方が亡くなられたと伺いました。心よりお悔やみ申し上げます。

私は出雲大社の近くの「八雲庵」というそば屋で、毎朝そばを打っています。今年で五十になります。出雲そばはお好きだっただろうか、と時々考えます。お手紙にあった「最後の春に、家族で桜を見に行けました」という一文を、厨房の隅で何度も読み返しました。

宍道湖に沈む夕日を見るたびに、手を合わせています。どうか皆様、お体を大切に。
""", [("出雲大社", LOC), ("八雲庵", ORG), ("五十", AGE, "五十になります"), ("宍道湖", LOC)])

# ======================================== Chinese ========================================

# S011 Beijing back-end developer at 字节, 35; wife 小雪 (also a solar term); known only in other forms or absent.
add("zh", "patient_to_donor", """
亲爱的捐献者：

你好！我是接受你造血干细胞的那个人。提笔之前，我在电脑前坐了一个多小时，写了删、删了写，比写代码还难。

我今年三十五岁，在字节做后端开发，平时住在海淀，每天骑车经过五道口去上班。前年体检查出白血病的时候，我女儿才两岁。那段时间我最怕的不是死，是她长大以后不记得我。

2023年4月18日，我在北医三院做了移植。护士说你的细胞是连夜坐飞机送来的，我躺在床上想，这小小一袋里装的是一个陌生人的一片好心啊。

现在我已经回去上班了，组里的同事都说我比以前更能熬夜——这可不是好事，我老婆小雪天天盯着我早点睡。周末我们一家三口去圆明园放风筝，女儿跑在前面，我跟在后面，能跑得动，真好。

谢谢你。不管你在哪儿，祝你一切都好。
""", [("三十五", AGE), ("字节", ORG), ("海淀", LOC), ("五道口", LOC), ("两", AGE, "才两岁"), ("2023年4月18日", DATE),
      ("北医三院", ORG), ("小雪", P), ("圆明园", LOC)],
    known={"names": ["赵磊"], "places": ["北京市海淀区"], "organisations": ["北京字节跳动科技有限公司"]}, var="zh-Hans")

# S012 donor, 23, an armed-police soldier from Zhoukou serving in Kashgar; lunar date of the donation.
add("zh", "donor_to_patient", """
尊敬的患者朋友：

您好！我是一名武警战士，今年二十三岁，老家在周口，现在在新疆喀什服役。

入伍第一年，部队组织献血，顺便采了血样加入中华骨髓库。说实话，当时连“造血干细胞”几个字都念不利索。没想到三年后接到电话，说我和一位患者配型成功了。指导员拍着我肩膀说：“小伙子，这是比立功还光荣的事。”

捐献是在301医院做的，农历十月初八，正好是我娘的生日。我在病床上给她打视频，她一边抹眼泪一边骂我：“你这孩子，过生日送这么大的礼，还送给了别人！”

我们这儿天高地远，晚上能看到满天星星。站岗的时候我常常想，不知道您现在吃得下饭没有，睡得好不好。

您一定要好好养病。等您康复了，就当替我多看看这个世界。

一名普通的兵
""", [("武警", ORG), ("二十三", AGE), ("周口", LOC), ("新疆", LOC), ("喀什", LOC), ("中华骨髓库", ORG),
      ("301医院", ORG), ("十月初八", DATE)], var="zh-Hans")

# S013 father of 乐乐 (7) in Suzhou; the transplant fell on 小年 (the date is labelled, 小年 is not); 苏绣 not labelled.
add("zh", "family_to_donor", """
好心人：

您好。我是乐乐的爸爸。乐乐今年七岁，上一年级，前年查出来是重型再生障碍性贫血。

那时候我们跑遍了医院，最后住进了苏大附一院的血液科。医生说只有移植一条路，可我和他妈妈跟孩子都只是半相合。等了四个多月，终于等来了您——一个全相合的陌生人。

移植那天是腊月二十三，小年。病房外面有人放鞭炮，乐乐隔着玻璃问我：“爸爸，是给我放的吗？”我说是，是给你和那个叔叔阿姨一起放的。

现在乐乐回到平江实验学校上学了，头发长得又黑又密，比以前还调皮。星期天我们带他去金鸡湖边骑车，他骑得飞快，我在后面追都追不上。

我们家是做苏绣的，他妈妈绣了一幅小猫扑蝶，一直想送给您。不知道有没有机会。

谢谢您。好人一生平安。
""", [("乐乐", P, 0), ("乐乐", P, 1), ("七", AGE, "七岁"), ("苏大附一院", ORG), ("腊月二十三", DATE), ("乐乐", P, 2),
      ("乐乐", P, 3), ("平江实验学校", ORG), ("金鸡湖", LOC)], var="zh-Hans")

# S014 Hong Kong cha chaan teng waitress 阿芬, 42, writing in Cantonese.
add("zh", "patient_to_donor", """
親愛的捐髓者：

你好！我叫阿芬，今年四十二歲，喺觀塘長大，而家喺附近一間茶餐廳做樓面，間舖叫「華星冰室」，好多街坊都識我。

前年我成日頭暈、流鼻血，以為自己做得太攰，點知一驗就驗出血癌。喺瑪麗醫院住咗差唔多半年，2023年9月12號做移植。嗰日我老公喺病房外面隔住玻璃同我揮手，喊到好似細路仔咁。

而家我已經返咗工，不過老闆只係畀我做半日。每朝返工之前，我都會望一望獅子山，同自己講：今日又係好日子。

唔知你係邊個，係男定係女，住喺邊度。但係我想你知，喺香港有個普通嘅阿姐，每日都好多謝你。

祝你身體健康，萬事如意！

阿芬
""", [("阿芬", P, 0), ("四十二", AGE), ("觀塘", LOC), ("華星冰室", ORG), ("瑪麗醫院", ORG), ("2023年9月12號", DATE),
      ("獅子山", LOC), ("香港", LOC), ("阿芬", P, 1)], var="zh-Hant-HK")

# S015 donor, 31, a TSMC engineer in Hsinchu registered with Tzu Chi; Minguo date; film title not labelled.
add("zh", "donor_to_patient", """
受贈者您好：

我是您的捐贈者，一個在新竹上班的工程師，今年三十一歲。在台積電輪班的日子很規律，也很無聊，所以當慈濟的志工打電話來說配對成功時，我整個人從椅子上跳了起來。

捐贈是在民國112年3月。打了四天的白血球生長激素，骨頭有點痠，像跑完馬拉松的隔天。採集那天，護理師一直陪我聊天，還問我要不要看電影，我選了《海角七號》，看到一半就睡著了。

休假的時候，我喜歡開車上合歡山看星星。那裡晚上很冷，但星空美得不像真的。採集完的第一個週末，我又上去了一趟，心裡一直想著：不知道那個人現在好不好。

希望您按時吃藥、多休息，不要太勉強自己。等您好起來，也去看看星星吧。

祝 平安健康
""", [("新竹", LOC), ("三十一", AGE), ("台積電", ORG), ("慈濟", ORG), ("民國112年3月", DATE), ("合歡山", LOC)],
    known={"names": ["林志豪"], "places": ["新竹市東區"], "organisations": ["台灣積體電路製造股份有限公司"]},
    var="zh-Hant-TW")

# S016 donor, 29, a teacher in Changsha, a short note to the family after the death; "520" not labelled.
add("zh", "donor_to_family", """
尊敬的家属：

收到你们的信，才知道他已经走了。那天我在办公室里坐了很久，一节课都没上好。

我是长沙的一名语文老师，今年二十九岁。去年五月二十号捐献那天，学生们在黑板上画了一颗大大的爱心，写着“520，老师加油”。

以后每次爬岳麓山，我都会替他多看一眼湘江。请你们节哀，保重身体。
""", [("长沙", LOC), ("二十九", AGE), ("五月二十号", DATE), ("岳麓山", LOC), ("湘江", LOC)], var="zh-Hans")

# S017 retired train driver in Harbin, 66, who drove one train number (K7041次, OTHER_ID); doctor 王 (title after the name left out); 冰雪节 and 马迭尔 not labelled.
add("zh", "patient_to_donor", """
恩人：

你好！我是哈尔滨的一个退休老头，今年六十六了，在铁路上干了一辈子，开了三十多年的火车，最后十年开的是K7041次，天天在林区里钻来钻去。

前年冬天查出骨髓增生异常综合征，大夫说岁数大了，移植风险高。我老伴哭了好几宿，儿子从南方赶回来，一家人在病房外面商量了一整夜。最后还是哈医大一院的王主任拍板：“老爷子身子骨硬朗，能做！”2023年1月5日，冰雪节开幕那天，我做了移植。

外头冰天雪地，病房里暖暖和和的。我躺着想，这辈子拉过多少趟车，送过多少人回家，到老了，倒是让一个素不相识的人把我送回了家。

说句实在话，刚开始那几个月可遭罪了，吃啥吐啥，身上起疹子，脑袋上一根毛都没剩下。老伴天天熬小米粥，一勺一勺喂我，比伺候孙女还精心。

现在天暖和了，我每天早上去松花江边遛弯，在中央大街上买根马迭尔冰棍，孙女妞妞跟在后头跑。她问我：“爷爷，你的血是谁的？”我说：“是一个好人的。”她又问：“那好人叫啥？”我说不知道。她就说：“那我管他叫好人爷爷吧。”我也不知道你是男是女、多大岁数，就先这么叫着，你可别见怪。

好人，谢谢你！
""", [("哈尔滨", LOC), ("六十六", AGE), ("K7041次", OID), ("哈医大一院", ORG), ("王", P, "王主任"), ("2023年1月5日", DATE),
      ("松花江", LOC), ("中央大街", LOC), ("妞妞", P)], var="zh-Hans")

# S018 mother of 阿哲 (20), a student at 成大 treated at 成大醫院 in Tainan; the dog 黑糖 is not labelled.
add("zh", "family_to_donor", """
親愛的捐贈者：

您好，我是阿哲的媽媽。阿哲今年二十歲，在成大讀機械系，大二上學期突然發高燒，一查竟然是急性骨髓性白血病。

那段日子，我們每天在成大醫院的病房和家裡之間來回。阿哲很愛面子，光頭的時候連同學來看他都不肯，只肯跟我們家的狗「黑糖」視訊。

去年12月3日，他接受了您的周邊血幹細胞。護理師說，您的細胞數量很多、很漂亮，我聽了忍不住笑出來，原來細胞也有漂不漂亮的。

現在阿哲已經復學了，週末會騎車去安平看夕陽，還嚷著要去學衝浪，被他爸爸擋了下來。我每次去廟裡拜拜，都會多替您點一炷香。

謝謝您，讓我們家還是一個完整的家。
""", [("阿哲", P, 0), ("阿哲", P, 1), ("二十", AGE, "二十歲"), ("成大", ORG, "在成大讀"), ("成大醫院", ORG), ("阿哲", P, 2),
      ("12月3日", DATE), ("阿哲", P, 3), ("安平", LOC)], var="zh-Hant-TW")

# ======================================== Marathi ========================================

# S019 Marathi teacher, 42, in Kothrud, Pune; husband named in the instrumental (अजितने); गुढीपाडवा, चाळीस सह्या and दहावीत not labelled.
add("mr", "patient_to_donor", """
प्रिय दाता,

सप्रेम नमस्कार.

मी पुण्यात कोथरूडला राहते. वय बेचाळीस. भावे स्कूलमध्ये गेली पंधरा वर्षं मराठी शिकवते. मुलांना व्याकरण शिकवणारी मी, पण तुम्हाला पत्र लिहिताना मात्र शब्दच सुचत नाहीयेत.

गेल्या वर्षी दिवाळीनंतर सतत ताप यायला लागला. तपासण्या केल्या आणि रक्ताचा कर्करोग असल्याचं निदान झालं. दीनानाथमध्ये डॉक्टरांनी सांगितलं की प्रत्यारोपणाशिवाय पर्याय नाही. घरात कोणाचाच नमुना जुळला नाही. मग तुमचा जुळला, आणि आमच्या घरात पुन्हा दिवा लागला.

१४ मार्च २०२३ रोजी माझं प्रत्यारोपण झालं. त्यानंतर आठवड्याभरात गुढीपाडवा होता. अजितने, म्हणजे माझ्या नवऱ्याने, हॉस्पिटलच्या खिडकीत छोटीशी गुढी उभारली. नर्सताई हसल्या, पण कोणी काढायला लावली नाही.

रुग्णालयात असताना माझ्या वर्गातल्या मुलांनी मला एक मोठं कार्ड पाठवलं होतं. त्यावर चाळीस सह्या होत्या, आणि प्रत्येकाने एक ओळ लिहिली होती. एकाने लिहिलं होतं, “बाई, लवकर या, नाहीतर आम्ही व्याकरण विसरून जाऊ.” ते कार्ड मी अजूनही कपाटात जपून ठेवलं आहे. आमची मुलगी तेव्हा दहावीत होती. तिने स्वतःचा अभ्यास सांभाळून घरही सांभाळलं. तिच्याकडे पाहिलं की वाटतं, या आजारात मी नाही, माझी मुलगीच मोठी झाली.

आता मी पुन्हा शाळेत जाते. मुलं विचारतात, “बाई, तुम्ही एवढ्या बारीक का झालात?” मी सांगते, “एका चांगल्या माणसाने मला दुसरं आयुष्य दिलं, ते सांभाळायला वेळ लागतो.”

तुम्ही कोण आहात, कुठे आहात, माहीत नाही. पण तुमच्यासाठी रोज देवापाशी दिवा लावते.

तुमची ऋणी,
एक शिक्षिका
""", [("पुण्यात", LOC), ("कोथरूडला", LOC), ("बेचाळीस", AGE), ("भावे स्कूलमध्ये", ORG), ("दीनानाथमध्ये", ORG),
      ("१४ मार्च २०२३", DATE), ("अजितने", P)])

# S020 donor, 35, grape farmer near Tasgaon (Sangli); the Krishna river in a compound; देवा not labelled.
add("mr", "donor_to_patient", """
नमस्कार,

मी तुमचा दाता. सांगली जिल्ह्यात तासगावजवळच्या एका छोट्या गावात द्राक्षाची बाग करतो. वय पस्तीस.

तीन वर्षांपूर्वी आमच्या गावात रक्तदान शिबिर झालं होतं, तिथेच नाव नोंदवलं. मग विसरूनही गेलो. गेल्या वर्षी छाटणीच्या ऐन हंगामात फोन आला की माझा आणि एका रुग्णाचा मेळ बसलाय. आई घाबरली, म्हणाली, “हाडं पोखरून काढतात म्हणे!” तिला समजावता समजावता माझी दमछाक झाली.

ऑगस्ट २०२३ मध्ये मुंबईला जाऊन पेशी दिल्या. चार दिवस इंजेक्शनं घेतली, थोडी कंबर दुखली, बाकी काही नाही. परत येताना कृष्णाकाठी थांबलो, पाण्यात पाय सोडून बसलो आणि मनात म्हणालो, “देवा, ज्याला दिल्यात त्याला बरं कर.”

यंदा द्राक्षं चांगली आलीत. तुम्ही बरे झालात की एक पेटी पाठवावी असं फार वाटतं, पण नियमांमुळे जमणार नाही. असो.

काळजी घ्या. लवकर बरे व्हा.
""", [("सांगली", LOC), ("तासगावजवळच्या", LOC), ("पस्तीस", AGE), ("ऑगस्ट २०२३", DATE), ("मुंबईला", LOC),
      ("कृष्णाकाठी", LOC)])

# S021 mother of सई (7) from Dombivli, thalassaemia, Wadia hospital; पहिलीत (first standard) not labelled; known absent.
add("mr", "family_to_donor", """
आदरणीय दाते,

मी सईची आई. सई आता सात वर्षांची आहे. ती चार वर्षांची असताना तिला थॅलेसेमिया मेजर असल्याचं कळलं. दर महिन्याला रक्त चढवायचं, आयुष्यभर — हे ऐकून आमच्या पायाखालची जमीनच सरकली.

आम्ही डोंबिवलीहून परळला लोकलने वाडियामध्ये जायचो. सकाळी सहाची गाडी, हातात सईची फाईल आणि डबा. गर्दीत ती माझ्या कडेवर झोपून जायची.

२२/०१/२०२३ ला तिचं प्रत्यारोपण झालं. आज दीड वर्ष झालं, तिला एकदाही रक्त लागलं नाही. डॉक्टर म्हणतात, आता ती पूर्ण बरी झाली आहे. मला अजूनही खरं वाटत नाही.

सई आता पहिलीत आहे. शाळेतून आल्यावर ती तुमच्यासाठी चित्र काढते — एक मोठा सूर्य आणि त्याखाली दोन माणसं. ती म्हणते, “ही मी आणि हे माझे रक्ताचे मावशी-काका.”

तुमचे उपकार या जन्मात फिटणार नाहीत.

सईची आई
""", [("सईची", P, 0), ("सई", P, 0), ("सात", AGE), ("चार", AGE, "चार वर्षांची असताना"), ("डोंबिवलीहून", LOC),
      ("परळला", LOC), ("वाडियामध्ये", ORG), ("सईची", P, 1), ("२२/०१/२०२३", DATE), ("सई", P, 1), ("सईची", P, 2)],
    known={"names": ["मेघना पाटील"], "places": ["डोंबिवली पूर्व"], "organisations": []})

# S022 donor, 29, a nurse at Mayo hospital in Nagpur, to the family after the death; signs "दात्री" (the noun, not DATRI).
add("mr", "donor_to_family", """
प्रिय कुटुंबीयांनो,

तुमचं पत्र मिळालं. ते वाचून मी बराच वेळ गप्प बसले होते. ज्यांना मी माझ्या पेशी दिल्या, ते आता या जगात नाहीत, हे स्वीकारायला मन तयार होत नाहीये.

मी नागपूरला मेयोमध्ये नर्स आहे. वय एकोणतीस. रोज रुग्ण जाताना पाहते, तरीही हे दुःख वेगळंच आहे. कारण हा माणूस मी कधी पाहिलाही नव्हता, पण तरी तो माझाच होता असं वाटतं.

तुम्ही लिहिलं की प्रत्यारोपणानंतर त्यांनी नातवाच्या मुंजीला हजेरी लावली आणि पंगतीत बसून पोटभर जेवले. ते वाचून खूप बरं वाटलं. त्या काही महिन्यांसाठी तरी माझ्या पेशी कामी आल्या.

संध्याकाळी ड्युटी संपली की मी फुटाळ्यावर जाऊन बसते. तलावावरचं मावळतीचं ऊन पाहताना मी त्यांच्यासाठी प्रार्थना करते.

तुम्ही सगळे स्वतःला जपा.

तुमची,
एक दात्री
""", [("नागपूरला", LOC), ("मेयोमध्ये", ORG), ("एकोणतीस", AGE), ("फुटाळ्यावर", LOC)])

# S023 engineering student, 22, at MGM in Sambhajinagar; friend पक्या; Instagram handle.
add("mr", "patient_to_donor", """
दादा/ताई,

तुम्ही कोण आहात माहीत नाही, म्हणून असं लिहितोय. मी बावीस वर्षांचा आहे, संभाजीनगरला एमजीएममध्ये इंजिनिअरिंगच्या शेवटच्या वर्षाला आहे.

११ नोव्हेंबर २०२२ ला माझं ट्रान्सप्लांट झालं. त्याआधी वर्षभर मी हॉस्पिटलमध्येच होतो. कॉलेजचे मित्र, विशेषतः पक्या, रोज व्हिडिओ कॉल करायचा आणि मला सगळ्या लेक्चर्सच्या नोट्स पाठवायचा. त्याच्यामुळेच माझं वर्ष वाया न जाता मी परीक्षा दिली.

आता मी परत क्रिकेट खेळायला लागलोय. बॅटिंगमध्ये अजून जोर नाही, पण फिल्डिंगमध्ये मी वाघ आहे. परवा बीबी का मकबऱ्याजवळच्या ग्राउंडवर आमची मॅच होती, आम्ही जिंकलो. मी मनातल्या मनात ती मॅच तुम्हाला अर्पण केली.

इन्स्टाला माझं @sham_bhau22 असं अकाउंट आहे, पण मला माहीत आहे की तुम्हाला ते बघता येणार नाही. असो, हे पत्र पोहोचलं तरी खूप झालं.

खरंच मनापासून धन्यवाद!

तुमचा लहान भाऊ
""", [("बावीस", AGE), ("संभाजीनगरला", LOC), ("एमजीएममध्ये", ORG), ("११ नोव्हेंबर २०२२", DATE), ("पक्या", P),
      ("बीबी का मकबऱ्याजवळच्या", LOC), ("@sham_bhau22", CON)])

# S024 donor, 48, Alphonso mango grower in Ratnagiri, nickname दत्तू; wife with the title सौ.; known only inflected.
add("mr", "donor_to_patient", """
प्रिय मित्रा,

मी रत्नागिरीत राहतो. आमची हापूसची बाग आहे, तीन पिढ्यांची. वय अठ्ठेचाळीस. गावात सगळे मला दत्तू म्हणतात.

माझ्या बायकोला, सौ. सुनीताला, आधी हे सगळं पटत नव्हतं. “एवढ्या लांब मुंबईला जाऊन दुसऱ्यासाठी सुया टोचून घ्यायच्या कशाला?” असं ती म्हणायची. पण मी म्हणालो, कोणाचा तरी जीव वाचत असेल तर चार दिवसांच्या सुया काय मोठी गोष्ट आहे?

१ मे २०२३ रोजी पेशी दिल्या. नेमका आंब्याचा हंगाम, बाग सोडून जावं लागलं, म्हणून माझा धाकटा भाऊ चिडला होता. पण आता तोच सगळ्यांना अभिमानाने सांगतो की माझ्या भावाने कुणालातरी जीवदान दिलं.

तुम्ही कधी कोकणात आलात, तर गणपतीपुळ्याचा समुद्र नक्की बघा. संध्याकाळी तिथे सूर्य पाण्यात बुडताना पाहिला की सगळी दुःखं विसरायला होतात.

लवकर बरे व्हा. तब्येतीची काळजी घ्या.

तुमचा,
एक कोकणी माणूस
""", [("रत्नागिरीत", LOC), ("अठ्ठेचाळीस", AGE), ("दत्तू", P), ("सौ. सुनीताला", P), ("मुंबईला", LOC),
      ("१ मे २०२३", DATE), ("कोकणात", LOC), ("गणपतीपुळ्याचा", LOC)],
    known={"names": ["दत्तात्रय सावंत"], "places": ["रत्नागिरी"], "organisations": []})

# S025 widow शारदा in Solapur; husband अशोक (known name part verbatim); सिद्धेश्वराच्या यात्रेला (a fair) not labelled.
add("mr", "family_to_donor", """
दाता भाऊ,

नमस्कार. मी शारदा, सोलापूरहून लिहितेय. माझे यजमान अशोक यांना तुम्ही पेशी दिल्या होत्या. आज हे पत्र लिहिताना हात थरथरतोय, कारण ते आता आमच्यात नाहीत. १८ डिसेंबर २०२३ ला त्यांनी शेवटचा श्वास घेतला. ते त्रेसष्ट वर्षांचे होते.

प्रत्यारोपणासाठी आम्ही मुंबईला टाटा हॉस्पिटलमध्ये तीन महिने राहिलो. परळच्या धर्मशाळेत राहायचं, रोज हॉस्पिटलला चालत जायचं. त्या दिवसांत तुमच्या पेशी हीच आमची आशा होती.

प्रत्यारोपणानंतर ते घरी आले आणि सहा महिने अगदी छान राहिले. सिद्धेश्वराच्या यात्रेला आम्ही दोघं गेलो, नातीच्या बारशाला ते स्वतः पाळणा हलवत होते. हे सगळं तुमच्यामुळे शक्य झालं.

देवाच्या मनात वेगळंच होतं. पण तुम्ही दिलेले ते सहा महिने माझ्यासाठी सोन्याचे होते.

तुमचं भलं होवो.

शारदा
""", [("शारदा", P, 0), ("सोलापूरहून", LOC), ("अशोक", P), ("१८ डिसेंबर २०२३", DATE), ("त्रेसष्ट", AGE),
      ("मुंबईला", LOC), ("टाटा हॉस्पिटलमध्ये", ORG), ("परळच्या", LOC), ("शारदा", P, 1)],
    known={"names": ["शारदा अशोक माने"], "places": ["सोलापूर"], "organisations": []})

# S026 retired ST bus conductor, 58, on the Thane–Bhiwandi run; KEM; phone number in Devanagari digits.
add("mr", "patient_to_donor", """
आदरणीय दाते,

मी अठ्ठावन्न वर्षांचा आहे. एसटीत बत्तीस वर्षं कंडक्टर म्हणून नोकरी केली, ठाणे ते भिवंडी रोज. गेल्या वर्षी निवृत्त झालो आणि निवृत्तीनंतर दोनच महिन्यांत रक्ताचा कर्करोग निघाला. नशीब म्हणतात ते हेच.

केईएममध्ये डॉक्टरांनी खूप धीर दिला. ३ जून २०२३ रोजी तुमच्या पेशी माझ्या शरीरात गेल्या. त्या दिवशी माझा नातू आर्यन हॉस्पिटलबाहेर उभा राहून खिडकीकडे हात हलवत होता. आत यायची परवानगी नव्हती.

आता मी बरा आहे. सकाळी तलावाकाठी फिरायला जातो, जुने सहकारी भेटतात, चहा होतो. ते विचारतात, “काय रे, नवं रक्त कसं आहे?” मी म्हणतो, “एकदम ताजं, एक्स्प्रेससारखं!”

माझा फोन नंबर ९८२२०४५६७१ आहे. नियम असेल तर हा नंबर काढून टाका, पण कधी शक्य झालं तर एकदा फोन करा. तुमचा आवाज ऐकायची इच्छा आहे.

आपला कृतज्ञ,
एक म्हातारा कंडक्टर
""", [("अठ्ठावन्न", AGE), ("एसटीत", ORG), ("ठाणे", LOC), ("भिवंडी", LOC), ("केईएममध्ये", ORG), ("३ जून २०२३", DATE),
      ("आर्यन", P), ("९८२२०४५६७१", CON)])

# ======================================== Tamil ========================================

# S027 jigarthanda seller, 40, in Madurai, treated at CMC Vellore; the god முருகன் shares the writer's known name
# (a deliberate exception, not labelled); மதுரைக்காரன் (demonym) and பொங்கல் not labelled.
add("ta", "patient_to_donor", """
அன்புள்ள கொடையாளருக்கு,

வணக்கம். என் பெயரை எழுதக்கூடாது என்று சொன்னார்கள், அதனால் மதுரையில் இருந்து ஒரு நாற்பது வயது ஆள் எழுதுகிறேன் என்று மட்டும் வைத்துக்கொள்ளுங்கள்.

எனக்கு ரத்தப் புற்றுநோய் என்று தெரிந்தபோது, என் மகளுக்குப் பத்தாம் வகுப்புத் தேர்வு. வீட்டில் யாரிடமும் சொல்லாமல் இரண்டு வாரம் தவித்தேன். பிறகு வேலூர் சி.எம்.சி-யில் சேர்ந்தேன். அங்கே மூன்று மாதம் தங்கியிருந்தோம். மார்ச் 14, 2023 அன்று உங்கள் ஸ்டெம் செல்கள் எனக்குள் சென்றன.

முருகன் அருளாலும், உங்கள் பெரிய மனதாலும், இப்போது நான் மீண்டும் என் கடையைத் திறந்துவிட்டேன். கீழவாசலில் ஒரு சின்ன ஜிகர்தண்டா கடை. வெயில் காலத்தில் கூட்டம் அலைமோதும். தை பொங்கலுக்குக் குடும்பத்தோடு மீனாட்சி அம்மன் கோவிலுக்குப் போனோம். பல மாதங்களுக்குப் பிறகு முதல் முறையாக அவ்வளவு கூட்டத்தில் நடந்தேன்.

நீங்கள் யாராக இருந்தாலும், எங்கே இருந்தாலும், நன்றாக இருக்க வேண்டும். உங்களுக்காக ஒவ்வொரு நாளும் வேண்டிக்கொள்கிறேன்.

நன்றியுடன்,
ஒரு மதுரைக்காரன்
""", [("மதுரையில்", LOC), ("நாற்பது", AGE), ("வேலூர்", LOC), ("சி.எம்.சி", ORG), ("மார்ச் 14, 2023", DATE),
      ("கீழவாசலில்", LOC), ("மீனாட்சி அம்மன் கோவிலுக்குப்", LOC)],
    known={"names": ["முருகன் செல்வராஜ்"], "places": ["மதுரை"], "organisations": ["Christian Medical College, Vellore"]},
    ok=("முருகன்",))

# S028 donor, 28, a TCS employee in Chennai, registered with DATRI at college; the hyphenated suffix is left out.
add("ta", "donor_to_patient", """
அன்புள்ள நண்பருக்கு,

நான் உங்களுக்கு ஸ்டெம் செல் தானம் செய்தவள். சென்னையில் டி.சி.எஸ்-ல் வேலை பார்க்கிறேன். வயது இருபத்தெட்டு.

கல்லூரியில் படிக்கும்போது தாத்ரி அமைப்பு நடத்திய முகாமில் பதிவு செய்தேன். அப்போது வாயின் உட்புறத்தில் ஒரு பஞ்சை வைத்துத் தேய்த்தார்கள், அவ்வளவுதான். ஆறு வருடம் கழித்து "உங்கள் செல்கள் ஒருவருக்குப் பொருந்துகின்றன" என்று அழைப்பு வந்தபோது, முதலில் ஏதோ மோசடி அழைப்பு என்று நினைத்துவிட்டேன்!

ஜூலை 20 அன்று தானம் செய்தேன். அம்மா பயந்துபோய் கோயிலில் அர்ச்சனை செய்தார். நான் சிரித்தேன், ஆனால் உள்ளுக்குள் எனக்கும் கொஞ்சம் பயம்தான்.

வார இறுதியில் மெரினாவில் நடப்பது என் பழக்கம். கடல் காற்றில் நின்றுகொண்டு உங்களை நினைத்துக்கொள்வேன். நீங்கள் விரைவில் முழுமையாகக் குணமடைய வேண்டும்.

அன்புடன்,
உங்கள் கொடையாளி
""", [("சென்னையில்", LOC), ("டி.சி.எஸ்", ORG), ("இருபத்தெட்டு", AGE), ("தாத்ரி", ORG), ("ஜூலை 20", DATE),
      ("மெரினாவில்", LOC)])

# S029 father of யாழினி "யாழு" (10) from Coimbatore, treated at Apollo in Chennai; e-mail.
add("ta", "family_to_donor", """
மதிப்பிற்குரிய கொடையாளருக்கு,

நான் யாழினியின் அப்பா. வீட்டில் எல்லோரும் அவளை யாழு என்றுதான் கூப்பிடுவோம். அவளுக்கு இப்போது பத்து வயது.

எட்டு வயதில் அவளுக்கு ரத்தப் புற்றுநோய் வந்தது. கோவையிலிருந்து சென்னைக்கு மாதம் இரண்டு முறை ரயிலில் போய் வந்தோம். அப்போலோவில் டாக்டர்கள் "பொருத்தமான கொடையாளர் கிடைத்துவிட்டார்" என்று சொன்ன நாளை என் வாழ்நாளில் மறக்க மாட்டேன்.

இப்போது யாழு மீண்டும் பள்ளிக்குப் போகிறாள். பரதநாட்டியம் கற்றுக்கொள்கிறாள். போன மாதம் பள்ளி ஆண்டு விழாவில் மேடையில் ஆடினாள். பார்வையாளர்களில் நான் மட்டும் அழுதுகொண்டிருந்தேன்.

நீங்கள் எப்போதாவது எங்களுக்கு எழுத விரும்பினால், என் மின்னஞ்சல் ksenthil.kovai@gmail.com. விதிகள் அனுமதிக்கவில்லை என்றால் பரவாயில்லை.

நன்றியுடன்,
யாழுவின் அப்பா
""", [("யாழினியின்", P), ("யாழு", P, 0), ("பத்து", AGE), ("எட்டு", AGE), ("கோவையிலிருந்து", LOC), ("சென்னைக்கு", LOC),
      ("அப்போலோவில்", ORG), ("யாழு", P, 1), ("ksenthil.kovai@gmail.com", CON), ("யாழுவின்", P)])

# S030 donor, 35, a fisherman in Rameswaram, to the family after the death; Tamil-month date (ஐப்பசி 12).
add("ta", "donor_to_family", """
அன்புள்ள குடும்பத்தாருக்கு,

உங்கள் கடிதம் கிடைத்தது. படித்தவுடன் நெஞ்சு கனத்துவிட்டது. நான் கொடுத்த செல்கள் அவருக்கு இன்னும் நிறைய காலம் தரும் என்று நம்பியிருந்தேன்.

நான் ராமேஸ்வரத்தில் மீன்பிடிக்கிறேன். வயது முப்பத்தைந்து. போன வருஷம் ஐப்பசி 12 அன்று தானம் கொடுத்தேன். அதற்காக ஒரு வாரம் கடலுக்குப் போகவில்லை. படகில் கூட வருபவர்கள் கேலி செய்தார்கள், ஆனால் திரும்பி வந்ததும் எல்லோரும் தோளில் தட்டிக்கொடுத்தார்கள்.

அவர் கடைசி மாதங்களில் பேரப்பிள்ளைகளோடு கடற்கரைக்குப் போனதாக எழுதியிருந்தீர்கள். அதைப் படித்ததும் பாம்பன் பாலத்தின் மேல் நின்று நீண்ட நேரம் கடலைப் பார்த்துக்கொண்டிருந்தேன்.

அவர் ஆன்மா சாந்தியடையட்டும். உங்கள் குடும்பத்துக்கு இறைவன் மன வலிமை தரட்டும்.
""", [("ராமேஸ்வரத்தில்", LOC), ("முப்பத்தைந்து", AGE), ("ஐப்பசி 12", DATE), ("பாம்பன் பாலத்தின்", LOC)])

# ======================================== Hebrew ========================================

# S031 lab worker at the Technion, 34, in Haifa; Rambam with gershayim; daughter נועה (5).
add("he", "patient_to_donor", """
לתורם היקר שלי,

שלום. אני בת שלושים וארבע, גרה בחיפה ועובדת בטכניון, במעבדה לביולוגיה של התא. יש משהו מצחיק בזה שכל החיים אני מסתכלת על תאים במיקרוסקופ, ופתאום התאים של מישהו אחר מצילים לי את החיים.

את ההשתלה עברתי ברמב״ם, ב-12 במרץ 2023. אני זוכרת שהאחות אמרה לי "תגידי שלום לדם החדש שלך", ואני באמת אמרתי לו שלום, בקול, כמו מטומטמת. כולם צחקו.

הבת שלי, נועה, הייתה אז בת חמש. היא ציירה לך ציור: אישה עם כנפיים שמחזיקה שקית אדומה. אני מצרפת אותו, אם יתנו לי.

עכשיו אני כבר חוזרת לעבודה, בחצי משרה. בשבתות אנחנו יורדות לחוף בבת גלים ואוכלות גלידה. נועה אומרת שזו "גלידה של תודה".

אין לי מילים. תודה שלא ויתרת, תודה שענית לטלפון, תודה שאתה קיים.

שלך, מהצפון
""", [("שלושים וארבע", AGE), ("חיפה", LOC), ("טכניון", ORG), ("רמב״ם", ORG), ("12 במרץ 2023", DATE), ("נועה", P, 0),
      ("חמש", AGE), ("בת גלים", LOC), ("נועה", P, 1)])

# S032 donor, 20, a Golani soldier from Kiryat Shmona; Hebrew-calendar date; פורים and the hypothetical trip not labelled.
add("he", "donor_to_patient", """
שלום לך,

אני התורם שלך. אני בן עשרים, חייל בגולני, מקריית שמונה. כתבתי את המכתב הזה בשמירה, בשתיים בלילה, עם פנס קטן, אז תסלח לי על הכתב.

נרשמתי לעזר מציון בגיבוש, כשכולם עמדו בתור ונתנו דגימת רוק. שכחתי מזה לגמרי. ואז, שנה וחצי אחר כך, התקשרו אליי, והמ"פ שלי נתן לי חופשה מיוחדת. בבסיס קראו לי "הגיבור" במשך שבוע, וזה היה קצת מביך.

התרומה הייתה בכ״ג באדר, יומיים אחרי פורים. עוד היו לי שאריות של צבע מהתחפושת על הידיים. אמא שלי הגיעה לבית החולים עם סיר שלם של מפרום, כאילו אני זה שחולה.

אני לא יודע מי אתה, בן כמה אתה, אם אתה בכלל בארץ. אבל אני מקווה שאתה מרגיש יותר טוב כל יום. כשאשתחרר אני רוצה לטייל בדרום אמריקה, ואחשוב עליך שם.

תהיה חזק, אחי.
""", [("עשרים", AGE), ("גולני", ORG), ("קריית שמונה", LOC), ("עזר מציון", ORG), ("כ״ג באדר", DATE)])

# S033 parents of איתי (6) from Rosh HaAyin, Schneider; known place verbatim behind a prefix; ט״ו בשבט not labelled.
add("he", "family_to_donor", """
לתורם או לתורמת היקרים,

אנחנו ההורים של איתי. איתי בן שש, ולפני שנתיים, כשהיה בן ארבע, גילו אצלו לוקמיה. מאז החיים שלנו התחלקו ל"לפני" ו"אחרי".

ההשתלה הייתה ב-15 בינואר 2023 בשניידר. חודשיים גרנו שם, בפתח תקווה, בין המחלקה לבין החניון. אבא של איתי ישן באוטו יותר לילות ממה שהוא מוכן להודות.

היום איתי בגן חובה בראש העין. הוא הכי קטן בקבוצה, אבל הכי רועש. בט״ו בשבט הם שתלו עצים, והוא התעקש לשתול "עץ בשביל התורם". הגננת צילמה אותו עם השתיל, מחייך עם כל השיניים החסרות שלו.

אנחנו לא יודעים אם אתה גבר או אישה, צעיר או מבוגר. אנחנו רק יודעים שבזכותך יש לנו ילד שרץ בבית וצועק. אין צליל יפה מזה.

בתודה עמוקה,
רונית ואלי
""", [("איתי", P, 0), ("איתי", P, 1), ("שש", AGE), ("ארבע", AGE), ("15 בינואר 2023", DATE), ("שניידר", ORG),
      ("פתח תקווה", LOC), ("איתי", P, 2), ("איתי", P, 3), ("ראש העין", LOC), ("רונית", P), ("אלי", P)],
    known={"names": ["רונית אברהם"], "places": ["ראש העין"], "organisations": []})

# S034 donor, 42, a Talmud teacher in Jerusalem, to the widow; "ציון וירושלים" in the mourners' formula is liturgy
# (a deliberate exception); the rabbi with his title is one span.
add("he", "donor_to_family", """
למשפחה היקרה,

קיבלתי את מכתבכם דרך המאגר, וקראתי אותו שלוש פעמים לפני שהבנתי את מה שכתוב בו. אני משתתף בצערכם מכל הלב.

אני בן ארבעים ושתיים, מלמד גמרא בישיבה בירושלים, אב לשבעה. כשהתקשרו אליי לפני שנה ואמרו שנמצאה התאמה, התייעצתי עם הרב שמואל, והוא אמר לי משפט אחד: "כל המקיים נפש אחת, כאילו קיים עולם מלא". לא היה צורך ביותר מזה.

כתבתם שבחודשים שאחרי ההשתלה הוא הספיק להוביל את בתו לחופה. אני מדמיין אותו שם, חלש אבל עומד, ואני יודע שהחודשים האלה לא היו לשווא.

ביום שקיבלתי את המכתב הלכתי לכותל והתפללתי לעילוי נשמתו. אמשיך לזכור אותו בתפילותיי.

המקום ינחם אתכם בתוך שאר אבלי ציון וירושלים.
""", [("ארבעים ושתיים", AGE), ("ירושלים", LOC, 0), ("הרב שמואל", P), ("כותל", LOC)], ok=("ירושלים",))

# S035 kibbutz member, 71, from Yagur, treated at Ichilov; grandson עומר vs ספירת העומר (a deliberate exception); e-mail.
add("he", "patient_to_donor", """
לתורם היקר,

שמי לא חשוב. אני בן שבעים ואחת, חבר קיבוץ יגור כבר חמישים שנה, עבדתי כל חיי בלול ובמטעים. אף פעם לא הייתי חולה, אפילו לא שפעת. ואז, בגיל שבעים, פתאום לימפומה.

עברתי השתלה באיכילוב ב-ח׳ בחשוון. הרופאים אמרו שבגילי זה לא מובן מאליו, ושהתורם צעיר ובריא. מה שאומר, כנראה, שיש בי עכשיו קצת נעורים. אשתי אומרת שאני מתנהג בהתאם.

הנכד שלי עומר, בן תשע, בא לבקר אותי כל שבוע עם ציורים. באחד מהם צייר אותי עם גלימה של סופרמן. אמרתי לו שהגיבור האמיתי זה מישהו אחר, שאנחנו לא מכירים.

עכשיו אני שוב יורד לפרדס כל בוקר, לאט לאט. בספירת העומר השנה ספרתי גם את הימים שלי מאז ההשתלה.

אם תרצה לכתוב לי, כשיהיה מותר: dov.yagur@walla.co.il

בברכה ובהוקרה,
דב
""", [("שבעים ואחת", AGE), ("יגור", LOC), ("שבעים", AGE, "בגיל שבעים"), ("איכילוב", ORG), ("ח׳ בחשוון", DATE),
      ("עומר", P, 0), ("תשע", AGE), ("dov.yagur@walla.co.il", CON), ("דב", P)], ok=("עומר",))

# S036 widow אורנה in Beersheba; husband אבי (also "my father" in שאבי ואמי, a deliberate exception); Dead Sea Works; שש-בש not labelled.
add("he", "family_to_donor", """
לתורם שלנו,

כותבת לך אורנה, אשתו של אבי. אני לא יודעת אם סיפרו לך, אבל אבי נפטר ב-3 בנובמבר 2023, בסורוקה, אחרי מאבק ארוך. הוא היה בן חמישים ושמונה.

אני רוצה שתדע שהתאים שלך נתנו לו עוד שנה שלמה. שנה שבה הוא חזר לעבוד כמה חודשים במפעלי ים המלח, נסע עם החבר'ה לדוג באילת, וראה את הנכדה הראשונה שלנו נולדת. הוא החזיק אותה ובכה כמו ילד.

בחודשים האלה הוא גם חזר לשחק שש-בש עם השכנים בערבים, על השולחן הישן בחצר. הוא הפסיד כמעט בכל משחק, ואמר שזה בגלל שהתאים החדשים שלו עוד לא למדו לשחק. צחקנו כל כך. אני רוצה שתדע שגם הצחוק הזה הוא בזכותך.

כמו שאבי ואמי לימדו אותי בילדותי, אין מתנה גדולה יותר מחיים. רק עכשיו אני מבינה עד כמה.

בבאר שבע חם מאוד עכשיו. אני יושבת במרפסת בערבים, מסתכלת על המדבר וחושבת עליך. אני לא יודעת מי אתה, אבל אתה חלק מהמשפחה שלנו.

תודה, מכל הלב.
אורנה
""", [("אורנה", P, 0), ("אבי", P, 0), ("אבי", P, 1), ("3 בנובמבר 2023", DATE), ("סורוקה", ORG), ("חמישים ושמונה", AGE),
      ("מפעלי ים המלח", ORG), ("אילת", LOC), ("באר שבע", LOC), ("אורנה", P, 1)],
    known={"names": ["אורנה ביטון"], "places": ["באר שבע"], "organisations": []}, ok=("אבי",))

# ======================================== Spanish ========================================

# S037 taxi driver, 42, from Carabanchel; his licence plate (OTHER_ID); "La Paz" is the hospital; "la Pili"; the guess "ni siquiera en España" is
# about the reader and not labelled.
add("es", "patient_to_donor", """
Hola, amigo o amiga:

Me llamo… bueno, no puedo decirte cómo me llamo, así que digamos que soy un taxista de Carabanchel de cuarenta y dos años, del Atleti hasta la médula, que hace un año estaba en una cama de La Paz sin saber si iba a ver otra primavera.

El trasplante fue el 12 de marzo de 2023. Me acuerdo porque mi mujer, la Pili, había hecho torrijas para celebrarlo aunque yo no podía ni probarlas. Las enfermeras se las comieron todas, y bien que hicieron.

Ahora vuelvo a trabajar por las tardes. A veces llevo a algún pasajero hasta el hospital y, cuando paso por la puerta de Urgencias, me da un vuelco el corazón. Le digo al cliente: «Aquí me salvaron la vida», y la mayoría me mira raro, pero alguno hasta me da la mano.

No sé quién eres ni dónde vives, a lo mejor ni siquiera en España. Pero quiero que sepas que en Madrid hay un tío que te debe la vida y que, cada vez que el Atleti marca un gol, se acuerda de ti. Aunque últimamente, la verdad, no marca mucho. Y si algún día te subes a un taxi blanco con la matrícula 4721 KLM, ese soy yo, y la carrera corre de mi cuenta.

Un abrazo enorme, de corazón.
""", [("Carabanchel", LOC), ("cuarenta y dos", AGE), ("Atleti", ORG, 0), ("La Paz", ORG), ("12 de marzo de 2023", DATE),
      ("Pili", P), ("Madrid", LOC), ("Atleti", ORG, 1), ("4721 KLM", OID)], var="es-ES")

# S038 donor, 29, cook at her aunt's fonda in Oaxaca; the market "20 de Noviembre" is a place, not a date;
# "la Benito Juárez" is the university; Virgen de la Soledad and Guelaguetza not labelled.
add("es", "donor_to_patient", """
Querido paciente:

Te escribo desde Oaxaca, con las manos todavía oliendo a chile pasilla porque acabo de salir de la cocina. Tengo veintinueve años y trabajo con mi tía en la Fonda Doña Chela, en el mercado 20 de Noviembre, donde hacemos tlayudas y mole negro desde que yo era niña.

Me registré como donadora casi sin pensarlo, en una campaña en la Benito Juárez, cuando estudiaba. Años después me llamaron. Mi tía dijo que estaba loca por irme tantos días a la Ciudad de México «a que te saquen la sangre», pero luego fue ella la que le prendió veladoras a la Virgen de la Soledad por ti todos los días.

La donación fue el 3 de mayo, Día de la Santa Cruz. Mi abuela dice que eso es buena señal.

No sé tu nombre, pero te imagino comiendo algo rico otra vez. Ojalá algún día puedas venir a la Guelaguetza y probar un buen mole. Mientras tanto, cuídate mucho, come bien y hazle caso a tus doctores.

Con cariño,
tu donadora
""", [("Oaxaca", LOC), ("veintinueve", AGE), ("Fonda Doña Chela", ORG), ("20 de Noviembre", LOC), ("Benito Juárez", ORG),
      ("Ciudad de México", LOC), ("3 de mayo", DATE)], var="es-MX")

# S039 mother of Martina "Marti" (9) in Mendoza, Garrahan; Godoy Cruz as "el Tomba"; Casa Ronald McDonald; "catorce horas" is a duration and "mendocina" a demonym;
# known name and city verbatim.
add("es", "family_to_donor", """
Querido donante:

Soy la mamá de Martina, aunque acá todos le dicen Marti. Te escribo desde Mendoza, con la cordillera nevada de fondo y un mate que ya se enfrió porque llevo una hora buscando las palabras.

A Marti le diagnosticaron leucemia a los seis años. Nos tuvimos que ir a la capital, al Garrahan, y pasamos casi un año allá, lejos de todo. Su papá viajaba los fines de semana en micro, catorce horas de ida y catorce de vuelta, para estar con ella el domingo. Yo me quedé con ella todo ese tiempo en la Casa Ronald McDonald, que para nosotros fue un hogar. Ahí conocí a otras mamás de todo el país, cada una con su historia y su termo. Nos turnábamos para cocinar y para llorar, porque delante de los chicos no se lloraba. Hubo noches en que pensé que no íbamos a volver nunca a casa.

El trasplante fue el 4 de agosto de 2022. Ese día me dijeron que tu médula había cruzado medio mundo para llegar. No sé si es verdad, pero me gusta creerlo.

Hoy Marti tiene nueve años, juega al hockey y es hincha fanática del Tomba, como el padre. La semana pasada fue a la cancha por primera vez desde que se enfermó y volvió afónica de tanto gritar. Su hermano dice que ahora ella es «mitad mendocina y mitad de vos». Yo creo que tiene razón.

Gracias por existir. No hay otra forma de decirlo.

Silvina
""", [("Martina", P), ("Marti", P, 0), ("Mendoza", LOC), ("Marti", P, 1), ("seis", AGE), ("Garrahan", ORG),
      ("Casa Ronald McDonald", ORG), ("4 de agosto de 2022", DATE), ("Marti", P, 2), ("nueve", AGE), ("Tomba", ORG), ("Silvina", P)],
    known={"names": ["Silvina Ferreyra"], "places": ["Mendoza"], "organisations": []}, var="es-AR")

# S040 journalism student, 23, at the UAB, living in Sabadell; Vall d'Hebron; Diada, Hodgkin and the dog Pulgui not labelled.
add("es", "patient_to_donor", """
Hola, donant (así se dice en catalán, perdona que mezcle):

Tengo 23 años y estudio Periodismo en la UAB. Bueno, estudiaba, porque en segundo me diagnosticaron un linfoma de Hodgkin que no respondió a nada. Al final, el trasplante en Vall d'Hebron fue la única salida. Me lo hicieron el 21 de septiembre de 2022, diez días después de la Diada; todavía tenía una estelada pequeña pegada en el cabecero de la cama.

Vivo en Sabadell con mis padres y mi perro, el Pulgui, que se pasó todo el ingreso durmiendo encima de mi sudadera. Cuando volví a casa casi se vuelve loco.

Este año he retomado la carrera. Voy en tren a Bellaterra cada mañana y, a veces, cuando el tren sale del túnel y entra el sol por la ventana, me acuerdo de ti sin ningún motivo.

Si algún día se puede, me encantaría conocerte. Mi Instagram es @martaa.sbd, por si las normas cambian.

Una abraçada molt forta (esto sí es catalán),
Marta
""", [("23", AGE), ("UAB", ORG), ("Vall d'Hebron", ORG), ("21 de septiembre de 2022", DATE), ("Sabadell", LOC),
      ("Bellaterra", LOC), ("@martaa.sbd", CON), ("Marta", P)], var="es-ES")

# S041 donor, 38, works at Pescanova in Chapela (Vigo), to the family after the death; "consuelo" is a common noun.
add("es", "donor_to_family", """
Querida familia:

Me han contado que la persona que recibió mi médula falleció hace unos meses. Lo siento muchísimo. Llevo días con esta carta en la mesa de la cocina, empezándola y rompiéndola.

Soy de Vigo, tengo treinta y ocho años y trabajo en Pescanova, en la planta de Chapela, desde hace quince. Doné en noviembre de 2022. Me acuerdo de que llovía a mares, como siempre aquí, y de que en el tren de vuelta pensaba que, en algún sitio, alguien estaba empezando de nuevo gracias a un poco de mí.

En su carta me dicen que él pudo pasar el verano en la playa con sus nietos y que volvió a pescar. No saben lo que significó para mí leerlo. Yo también pesco, los domingos, en las Cíes cuando el tiempo deja. Desde ahora, cada vez que tire la caña, me acordaré de él.

No sé si sirve de consuelo, pero les prometo que su recuerdo también viaja conmigo.

Un abrazo muy fuerte,
su donante
""", [("Vigo", LOC), ("treinta y ocho", AGE), ("Pescanova", ORG), ("Chapela", LOC), ("noviembre de 2022", DATE),
      ("Cíes", LOC)], var="es-ES")

# S042 grandmother "doña Coco", 63, selling cholados in barrio San Antonio, Cali; Valle del Lili; WhatsApp number;
# "Virgen María" shares a part of the writer's known name (a deliberate exception); "caleña" is a demonym.
add("es", "patient_to_donor", """
Querido donante:

Le escribe una abuela caleña de sesenta y tres años. En el barrio San Antonio todos me conocen como doña Coco, porque desde hace treinta años vendo cholados y lulada en la esquina de la iglesia.

El año pasado me dio una leucemia que los médicos llamaron "mieloide aguda". Yo no entendía nada, solo que me iba a morir. Pero en la Valle del Lili me dijeron que había un donante compatible, y el 15 de junio de 2023 me hicieron el trasplante. Yo le recé a la Virgen María todas las noches, y creo que ella lo encontró a usted.

Ahora estoy otra vez en mi esquina, aunque con tapabocas. Mi nieto Samuelito me ayuda con la caja después del colegio y dice que cuando sea grande va a ser médico "de los que cambian la sangre".

Si algún día usted pasa por Cali, venga a tomarse una lulada por cuenta de la casa. Y si me quiere escribir, mi WhatsApp es +57 315 482 9036.

Dios le pague, mijo.
""", [("sesenta y tres", AGE), ("San Antonio", LOC), ("doña Coco", P), ("Valle del Lili", ORG), ("15 de junio de 2023", DATE),
      ("Samuelito", P), ("Cali", LOC), ("+57 315 482 9036", CON)],
    known={"names": ["María del Socorro Valencia"], "places": ["Santiago de Cali"], "organisations": []},
    ok=("María",), var="es-CO")

# S043 daughter writing for her father "el tío Paco", 78, a retired docker in Cartagena; la Arrixaca; el Efesé;
# the Californios brotherhood; Semana Santa not labelled.
add("es", "family_to_donor", """
Estimado donante:

Le escribo en nombre de mi padre, que tiene setenta y ocho años y ya no ve bien para escribir cartas largas, aunque la cabeza la tiene mejor que yo. En el barrio todo el mundo le llama el tío Paco.

Mi padre fue estibador en el puerto de Cartagena toda su vida. Cuando le dijeron en la Arrixaca que necesitaba un trasplante, se rió y dijo que a su edad eso era tirar el dinero. Los médicos no pensaban lo mismo y, gracias a Dios y a usted, el 9 de enero le pusieron sus células.

Lo primero que hizo al salir fue pedir que le lleváramos al Cartagonova a ver al Efesé. Perdieron, claro, pero él volvió a casa contentísimo. En Semana Santa se empeñó en ver salir a los californios desde el balcón de mi tía, y aguantó hasta las tantas.

Me pide que le diga esto, con sus palabras: «Usted no me conoce, pero me ha dado más años que muchos que sí me conocen».

Un abrazo de toda la familia.
""", [("setenta y ocho", AGE), ("tío Paco", P), ("Cartagena", LOC), ("Arrixaca", ORG), ("9 de enero", DATE),
      ("Cartagonova", LOC), ("Efesé", ORG), ("californios", ORG)], var="es-ES")

# ======================================== German ========================================

# S044 electrician from Cologne-Ehrenfeld, 43; "Herbst 2022" dates the diagnosis (not labelled); Kölner, Kölsch and
# Karneval not labelled; known first name verbatim, known city only inside the hospital's name.
add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

ich weiß nicht, wie man so einen Brief anfängt, also fange ich einfach an: Danke.

Ich bin dreiundvierzig, Elektriker und ein echter Kölner Jung. Im Herbst 2022 kam die Diagnose, akute myeloische Leukämie, und von einem Tag auf den anderen war nichts mehr, wie es war. Die Uniklinik Köln war dann für fast fünf Monate mein Zuhause.

Am 3. Mai 2023 war es so weit. Ich lag da, schaute auf den Beutel und dachte: Da drin steckt jetzt ein Stück von einem Menschen, der mich nicht mal kennt. Das hat mich umgehauen.

Inzwischen arbeite ich wieder halbtags. Meine Frau sagt, ich sei ruhiger geworden. Zum ersten Heimspiel vom FC bin ich noch mit Maske gegangen, und als ich nach der langen Zeit vom Zug aus wieder den Dom gesehen habe, über die Hohenzollernbrücke, habe ich geheult wie ein Schlosshund. Karneval lasse ich dieses Jahr noch aus, da sind die Ärzte streng.

Vielleicht trinken wir irgendwann mal ein Kölsch zusammen. Bis dahin: Pass auf dich auf.

Dein Stefan aus Ehrenfeld
""", [("dreiundvierzig", AGE), ("Uniklinik Köln", ORG), ("3. Mai 2023", DATE), ("FC", ORG), ("Dom", LOC),
      ("Hohenzollernbrücke", LOC), ("Stefan", P), ("Ehrenfeld", LOC)],
    known={"names": ["Stefan Brenner"], "places": ["Köln"], "organisations": ["Universitätsklinikum Köln"]}, var="de-DE")

# S045 donor, 31, dairy farmer in the Allgäu, typed at a DKMS drive; wife "die Kathi".
add("de", "donor_to_patient", """
Servus,

ich bin der, von dem du die Stammzellen hast. Ich bin einunddreißig und hab einen Milchviehbetrieb im Allgäu, zwischen Kempten und den Bergen, mit sechzig Kühen und einer Frau, die mehr arbeitet als ich.

Typisiert hab ich mich vor sechs Jahren bei einer Aktion der DKMS in unserer Turnhalle, weil der Sohn vom Nachbarn krank war. Für den hat es damals leider nicht gepasst. Umso mehr hab ich mich gefreut, als letztes Jahr der Anruf kam, dass ich für dich passe.

Gespendet hab ich im Februar 2024 in Dresden. Die Kathi hat in der Zeit den ganzen Hof alleine geschmissen, zusammen mit dem Schwiegervater. Als ich heimkam, hat sie gesagt: „So, jetzt bist du dran, ich geh zwei Tage in die Therme."

Bei uns liegt gerade noch Schnee, aber auf den Wiesen kommt schon das erste Grün. Ich stell mir vor, dass bei dir auch gerade was Neues anfängt.

Halt durch, und lass dir Zeit. Alles Gute aus dem Allgäu!
""", [("einunddreißig", AGE), ("Allgäu", LOC, 0), ("Kempten", LOC), ("DKMS", ORG), ("Februar 2024", DATE), ("Dresden", LOC),
      ("Kathi", P), ("Allgäu", LOC, 1)], var="de-DE")

# S046 parents of Maxi (4) in Linz; St. Anna Kinderspital; the known surname Hofer appears as the supermarket (ORG).
add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender!

Wir sind die Eltern vom Maxi. Der Maxi ist jetzt vier Jahre alt und hat keine Ahnung, dass in ihm etwas von dir steckt. Er weiß nur, dass er „ganz lang im Spital" war und jetzt endlich wieder in den Kindergarten darf.

Die Diagnose kam, da war er noch nicht einmal zwei. Wir sind dann mit ihm von Linz ins St. Anna, und dort haben wir fast ein halbes Jahr verbracht. Am 12. Jänner 2023 war die Transplantation. Draußen war es grau und kalt, drinnen haben die Schwestern Luftballons aufgehängt.

Heute fährt der Maxi mit dem Laufrad durch die ganze Siedlung und will jeden Samstag mit dem Papa auf den Pöstlingberg. Beim Hofer an der Kassa erzählt er jeder Verkäuferin, dass er „neues Blut" hat. Die meisten lachen, manche weinen.

Wir können dir nicht sagen, wie dankbar wir sind. Vielleicht reicht es, wenn du weißt: Da ist ein kleiner Bub, der lacht, und das ist deine Schuld.

Andrea und der Papa
""", [("Maxi", P, 0), ("Maxi", P, 1), ("vier", AGE), ("Linz", LOC), ("St. Anna", ORG), ("12. Jänner 2023", DATE),
      ("Maxi", P, 2), ("Pöstlingberg", LOC), ("Hofer", ORG), ("Andrea", P)],
    known={"names": ["Andrea Hofer"], "places": ["Linz"], "organisations": []}, var="de-AT")

# S047 donor, 54, the district chimney sweep (one per district: OTHER_ID) in Erfurt, to the family after the death; Ostsee is the patient's holiday.
add("de", "donor_to_family", """
Liebe Familie,

über die Stiftung habe ich erfahren, dass der Mensch, für den ich gespendet habe, nicht mehr lebt. Es tut mir unendlich leid.

Ich bin Bezirksschornsteinfegerin in Erfurt, vierundfünfzig Jahre alt, und eigentlich nicht nah am Wasser gebaut. Aber Ihr Brief hat mich umgehauen. Sie schreiben, dass er im letzten Sommer noch einmal mit den Enkeln an der Ostsee war und Sandburgen gebaut hat. Dieses Bild trage ich jetzt mit mir herum.

Wenn ich auf den Dächern der Altstadt stehe und runter auf die Krämerbrücke schaue, denke ich an ihn. Schornsteinfeger sollen ja Glück bringen. Ich hätte ihm so gern mehr davon gebracht.

Ich wünsche Ihnen Kraft für die kommende Zeit.

In stiller Verbundenheit
""", [("Bezirksschornsteinfegerin", OID), ("Erfurt", LOC), ("vierundfünfzig", AGE), ("Ostsee", LOC), ("Krämerbrücke", LOC)], var="de-DE")

# S048 computer-science student Lenny, 20, at the HU, treated at the Virchow (named after a person); "Wedding" is the
# district; Valentinstag not labelled; Instagram handle; the Späti owner with his title.
add("de", "patient_to_donor", """
Hey du,

ich bin Lenny, zwanzig, und studiere Informatik an der HU. Also eigentlich studiere ich seit zwei Semestern gar nichts, weil ich im Virchow lag, aber jetzt geht's wieder los.

Mein Transplantationstag war der 14.2.2023. Valentinstag, ja. Die Pflegerinnen fanden das total romantisch, ich fand es eher absurd.

Die Monate davor waren, ehrlich gesagt, die schlimmsten meines Lebens. Ich hatte mir das Studium so schön vorgestellt: WG, Partys, Vorlesungen schwänzen. Stattdessen saß ich in einem Zimmer mit Schleuse, hab Serien durchgesuchtet und jeden Tag meine Blutwerte im Handy abfotografiert, als wären es Fußballergebnisse. Meine Mutter ist jeden zweiten Tag mit dem Zug gekommen und hat mir Kartoffelsuppe in der Thermoskanne mitgebracht, obwohl ich nichts runterbekommen habe. Mein kleiner Bruder hat mir jeden Abend eine Sprachnachricht geschickt, meistens völligen Quatsch, aber ich hab auf jede gewartet.

Und dann kam dein Beutel. Irgendwie passt es ja: Ein fremder Mensch schenkt mir sein Herzblut, na ja, seine Stammzellen, an dem Tag, an dem sich alle Rosen schenken.

Ich wohne im Wedding, direkt über einem Späti, und der Besitzer, Herr Yılmaz, hat mir während der ganzen Reha jeden Morgen eine Mate hochgebracht. Die Stadt ist manchmal rau, aber manchmal auch echt herzlich.

Falls du jemals Bock hast, mir zu schreiben, und es erlaubt ist: Ich bin auf Insta @lenny.wdg. Ich verstehe aber auch, wenn das nicht geht.

Danke, dass du dich hast typisieren lassen. Ohne dich wäre ich jetzt nicht hier, und das meine ich nicht dramatisch, sondern medizinisch.

Lenny
""", [("Lenny", P, 0), ("zwanzig", AGE), ("HU", ORG), ("Virchow", ORG), ("14.2.2023", DATE), ("Wedding", LOC),
      ("Herr Yılmaz", P), ("@lenny.wdg", CON), ("Lenny", P, 1)], var="de-DE")

# S049 daughter in Basel writing for her mother Trudi, 67; Unispital; a Fasnacht clique; "Baslerin" and Fasnacht not
# labelled; Swiss spelling.
add("de", "family_to_donor", """
Liebe Spenderin oder lieber Spender

Ich schreibe Ihnen im Namen meiner Mutter Trudi. Sie ist siebenundsechzig, und ihre Hände zittern seit der Chemotherapie so stark, dass sie nicht mehr gut schreiben kann. Sie sitzt neben mir und diktiert, und zwischendurch muss ich ihr die Taschentücher reichen.

Die Transplantation war am 2. Oktober im Unispital. Meine Mutter sagt, sie habe an diesem Tag zum ersten Mal seit Monaten wieder Hunger gehabt, und sie habe beschlossen, das als gutes Zeichen zu nehmen.

Jetzt geht es ihr jeden Monat ein wenig besser. Letzte Woche sind wir zusammen am Rhein spaziert, bis zur Mittleren Brücke, und sie hat darauf bestanden, ein Glace zu essen. An der Fasnacht will sie nächstes Jahr wieder dabei sein, als Pfeiferin bei ihrer alten Clique, den „Alte Stainlemer". Die Ärzte sind skeptisch, meine Mutter nicht.

Sie lässt Ihnen ausrichten: „Sie haben einer alten Baslerin noch ein paar gute Jahre geschenkt. Merci vielmal."

Mit herzlichen Grüssen
Ihre Tochter
""", [("Trudi", P), ("siebenundsechzig", AGE), ("2. Oktober", DATE), ("Unispital", ORG), ("Rhein", LOC),
      ("Mittleren Brücke", LOC), ("Alte Stainlemer", ORG)], var="de-CH")

# S050 donor, 38, an ICU nurse at the UMG in Göttingen (common job, not labelled); obfuscated e-mail; known city verbatim.
add("de", "donor_to_patient", """
Liebe Patientin, lieber Patient,

ich bin Ihre Spenderin. Ich bin achtunddreißig Jahre alt und arbeite selbst als Krankenschwester, auf der Intensivstation der UMG in Göttingen. Ich kenne also die andere Seite des Bettes ziemlich gut, aber Spenderin zu sein, war etwas völlig Neues für mich.

Die Entnahme war am 27. November. Die Tage davor mit den Spritzen waren unangenehm, ich hatte Rückenschmerzen wie nach einem Umzug. Aber ehrlich: Jeder Nachtdienst ist anstrengender.

Was mich am meisten bewegt hat, war der Moment, als die Kollegin sagte: „Ihre Zellen sind jetzt unterwegs." Ich habe an Sie gedacht, an Ihre Familie, an das Warten.

Ich weiß, dass die Regeln einen direkten Kontakt erst nach zwei Jahren erlauben. Falls es dann so weit ist und Sie möchten, erreichen Sie mich unter sabine.k (at) posteo.de – ich würde mich wirklich freuen.

Bis dahin: Geben Sie nicht auf. Ihr Körper leistet gerade Unglaubliches.

Herzliche Grüße
""", [("achtunddreißig", AGE), ("UMG", ORG), ("Göttingen", LOC), ("27. November", DATE), ("sabine.k (at) posteo.de", CON)],
    known={"names": ["Sabine Kraus"], "places": ["Göttingen"], "organisations": ["Universitätsmedizin Göttingen"]},
    var="de-DE")

# ======================================== Polish ========================================

# S051 coal miner "Heniek", 52, from Rybnik (the Jankowice mine), Gliwice institute; speedway club ROW; Barbórka not
# labelled; known identifiers only in other forms (Heniek, Rybniku).
add("pl", "patient_to_donor", """
Szanowny Dawco!

Piszę do Pana, a może do Pani, bo nie wiem, kim Pan jest. Ja jestem górnikiem, mam pięćdziesiąt dwa lata i całe życie przepracowałem na Jankowicach, na dole. Mieszkam w Rybniku, tu się urodziłem i tu chcę umrzeć, ale, dzięki Panu, jeszcze nie teraz.

Białaczkę wykryli mi przypadkiem, na badaniach okresowych. Potem wszystko poszło szybko: Instytut Onkologii w Gliwicach, chemia, szukanie dawcy. Przeszczep miałem 3 marca 2023 r. Żona mówi, że od tego dnia jestem spokojniejszy, chociaż na żużlu, jak ROW przegrywa, to dalej krzyczę.

Teraz jestem na rencie, ale chodzę z kolegami na ryby nad zalew. Na Barbórkę byłem na akademii i koledzy zaśpiewali mi „Sto lat". Pierwszy raz w życiu się przy nich popłakałem.

Dziękuję Panu z całego serca. Szczęść Boże!

Heniek
""", [("pięćdziesiąt dwa", AGE), ("Jankowicach", ORG), ("Rybniku", LOC), ("Instytut Onkologii", ORG), ("Gliwicach", LOC),
      ("3 marca 2023 r.", DATE), ("ROW", ORG), ("Heniek", P)],
    known={"names": ["Henryk Wieczorek"], "places": ["Rybnik"], "organisations": ["Polska Grupa Górnicza S.A."]})

# S052 donor Kuba, 24, an AGH student in Kraków; donor number (OTHER_ID); "Wiśle" is the football club; Kopiec Kościuszki carries a person's name;
# juwenalia not labelled.
add("pl", "donor_to_patient", """
Cześć!

Jestem Twoim dawcą. Mam dwadzieścia cztery lata, studiuję automatykę i robotykę na AGH, a w wolnym czasie biegam po parku albo gram w kosza.

Do bazy DKMS zapisałem się na juwenaliach, bo stał tam namiot i dawali darmowe batony. Serio. Dwa lata później dostałem telefon, że jestem „potencjalnie zgodny". Myślałem, że to jakiś spam. Do dziś mam w telefonie tego SMS-a z moim numerem dawcy: PL-4471-2298.

Komórki oddałem 12 maja 2023 roku. Mama przyjechała pociągiem i cały czas dopytywała pielęgniarki, czy na pewno nic mi nie będzie. Pielęgniarki były cierpliwe jak anioły.

Kibicuję Wiśle, tej piłkarskiej, więc jestem przyzwyczajony do cierpienia, ale to, co Ty przeszedłeś, to zupełnie inna liga. Podziwiam Cię.

Jak wyzdrowiejesz, przyjedź kiedyś do Krakowa. Postawię Ci najlepszą zapiekankę w mieście i zabiorę Cię na Kopiec Kościuszki, skąd widać całe miasto.

Trzymaj się mocno!
Kuba
""", [("dwadzieścia cztery", AGE), ("AGH", ORG), ("DKMS", ORG), ("PL-4471-2298", OID), ("12 maja 2023 roku", DATE), ("Wiśle", ORG),
      ("Krakowa", LOC), ("Kopiec Kościuszki", LOC), ("Kuba", P)])

# S053 mother "Kasia" of Zosia (8) from near Oleśnica, Przylądek Nadziei in Wrocław; "niecałe pięć" is not an exact age;
# Wigilia and the cat Bursztyn not labelled; phone number.
add("pl", "family_to_donor", """
Droga Dawczyni, drogi Dawco,

piszę do Ciebie jako mama Zosi. Zosia ma teraz osiem lat, a kiedy zachorowała, miała niecałe pięć. Mieszkamy na wsi pod Oleśnicą i przez prawie rok jeździliśmy codziennie do Wrocławia, do Przylądka Nadziei. Nazwa tego szpitala brzmi jak z bajki i trochę tak tam było – między płaczem a nadzieją.

Przeszczep odbył się 23 grudnia 2022 r., dzień przed Wigilią. Zamiast barszczu i pierogów jedliśmy kanapki na szpitalnym korytarzu, ale to była najpiękniejsza Wigilia w moim życiu, bo wiedziałam, że Zosia dostała szansę.

Dzisiaj chodzi do drugiej klasy, śpiewa w scholi przy parafii i ma kota, który nazywa się Bursztyn. Ciągle pyta, czy może Ci wysłać rysunek kota. Może kiedyś się da.

Jeśli kiedyś będzie można, proszę o kontakt: 601 234 587. Bardzo chciałabym Cię uściskać.

Z wdzięcznością,
Kasia
""", [("Zosi", P), ("Zosia", P, 0), ("osiem", AGE), ("Oleśnicą", LOC), ("Wrocławia", LOC), ("Przylądka Nadziei", ORG),
      ("23 grudnia 2022 r.", DATE), ("Zosia", P, 1), ("601 234 587", CON), ("Kasia", P)],
    known={"names": ["Katarzyna Nowak"], "places": ["Oleśnica"], "organisations": []})

# S054 donor, 37, a forester of the Baligród forest district in the Bieszczady, to the family after the death.
add("pl", "donor_to_family", """
Szanowna Rodzino,

dowiedziałem się z fundacji, że osoba, której oddałem szpik, odeszła. Bardzo mi przykro. Długo się zastanawiałem, czy w ogóle pisać, bo co ja, obcy człowiek, mogę Państwu powiedzieć.

Mam trzydzieści siedem lat i jestem leśniczym w Nadleśnictwie Baligród. Na co dzień widzę, jak w lesie coś się kończy i coś zaczyna. Stare drzewo się przewraca, a na nim wyrastają młode świerki. Może to głupie porównanie, ale tylko takie mam.

Napisali Państwo, że po przeszczepie mąż i ojciec zdążył jeszcze pojechać na studniówkę wnuczki i zatańczyć z nią poloneza. Czytałem ten list w leśniczówce, przy piecu, i musiałem wyjść na dwór, żeby ochłonąć.

Kiedy chodzę po Bieszczadach, a w tym tygodniu byłem na Tarnicy, myślę o nim. Niech odpoczywa w pokoju.

Z wyrazami współczucia
""", [("trzydzieści siedem", AGE), ("Nadleśnictwie Baligród", ORG), ("Bieszczadach", LOC), ("Tarnicy", LOC)])

# S055 retired seamstress "pani Hania", 68, from Praga (Warsaw), Institute of Haematology; nurse "pani Ewa";
# granddaughter Ola; parish of St Florian; the cat Mruczek not labelled.
add("pl", "patient_to_donor", """
Kochany Dawco,

mam sześćdziesiąt osiem lat i całe życie mieszkam na Pradze, w starej kamienicy, w której urodziła się jeszcze moja mama. Przez czterdzieści lat byłam krawcową. Szyłam suknie ślubne, garnitury, firanki, wszystko, co ludzie przynieśli. Nigdy nie myślałam, że w tym wieku ktoś zupełnie obcy uratuje mi życie.

Zaczęło się od siniaków. Myślałam, że to od starości, że się obijam o meble. Córka zaciągnęła mnie do lekarza, a lekarz od razu wysłał na badania. Potem już nie wróciłam do domu przez wiele tygodni.

W Instytucie Hematologii leżałam prawie pół roku. Przeszczep był 15.06.2023 r. Pamiętam, że tego dnia padał deszcz i pielęgniarka, pani Ewa, powiedziała: „Deszcz na przeszczep to dobry znak, pani Haniu". Nie wiem, czy to prawda, ale chciałam jej wierzyć. Leżałam i patrzyłam, jak krople spływają po szybie, i myślałam o Panu albo o Pani. Kim Pan jest? Czy ma Pan dzieci? Czy się Pan bał?

Teraz znowu chodzę na mszę do parafii św. Floriana i modlę się za Pana albo Panią. Wnuczka Ola pomaga mi w zakupach i pilnuje, żebym brała wszystkie tabletki, a mój kot Mruczek pilnuje, żebym się wysypiała. Maszynę do szycia też odkurzyłam. Na razie szyję tylko drobiazgi, fartuszki dla prawnuczki sąsiadki, ale ręce pamiętają.

Pan mi dał coś, czego nie da się uszyć ani kupić. Z całego serca dziękuję i życzę dużo zdrowia, Panu i całej rodzinie.

Babcia z Pragi
""", [("sześćdziesiąt osiem", AGE), ("Pradze", LOC), ("Instytucie Hematologii", ORG), ("15.06.2023 r.", DATE),
      ("pani Ewa", P), ("pani Haniu", P), ("parafii św. Floriana", ORG), ("Ola", P), ("Pragi", LOC)])

# ======================================== Dutch ========================================

# S056 fisherman, 47, from Urk; UMCG; the fishing boat's registration UK 23 is an ID; "In 2022" dates the diagnosis
# (not labelled); "Urker" is a demonym.
add("nl", "patient_to_donor", """
Beste donor,

Ik ben een visser van Urk, zevenenveertig jaar oud, en ik schrijf niet graag brieven. Mijn vrouw zei: "Als je het nu niet doet, doe je het nooit." Dus hier zit ik, aan de keukentafel, met een pen die niet wil.

In 2022 kreeg ik te horen dat ik leukemie had. Ik moest van boord, en dat was voor mij bijna erger dan de ziekte zelf. In het UMCG hebben ze me erdoorheen gesleept. Op 14 maart 2023 kreeg ik jouw stamcellen. De verpleegkundige zei dat ze van ver kwamen. Meer mocht ze niet zeggen.

Nu ben ik weer aan de wal aan het werk, netten boeten en helpen bij het lossen van de UK 23, de kotter van mijn broer. Varen mag nog niet, zegt de dokter. Zondags zitten we met het hele gezin in de Bethelkerk, en ik dank God elke week voor jou.

Ik hoop dat het jou goed gaat. Jij hebt een vreemde een tweede leven gegeven. Dat vergeet ik nooit.

Een Urker
""", [("Urk", LOC), ("zevenenveertig", AGE), ("UMCG", ORG), ("14 maart 2023", DATE), ("UK 23", OID),
      ("Bethelkerk", ORG)], var="nl-NL")

# S057 donor, 22, a nursing student at the HAN in Nijmegen; Matchis; Radboud; friend Sem; the guess about Germany is
# about the reader (not labelled).
add("nl", "donor_to_patient", """
Hoi,

Ik ben jouw donor! Ik ben tweeëntwintig en zit in mijn laatste jaar van de HBO-V aan de HAN in Nijmegen. Ik wil me later specialiseren in de oncologie, dus toen Matchis belde dat ik een match was, wist ik precies wat dat betekende. Misschien was ik daardoor ook wel extra zenuwachtig.

De afname was op 11 oktober, in het Radboud. Vier uur aan de machine, met een zak chips en een serie op mijn laptop. Eerlijk gezegd had ik meer last van het feit dat ik een week niet mocht sporten dan van de afname zelf.

Mijn vriend Sem heeft me de hele dag gezelschap gehouden. Hij heeft daarna een tattoo laten zetten van een druppel bloed, "uit solidariteit". Ik heb geen idee wat hij daarmee bedoelt, want hij heeft zelf niks gedaan.

Misschien woon je wel in Duitsland, daar komen veel patiënten vandaan, zeggen ze. Of juist heel ver weg. 's Zomers fiets ik vaak langs de Waal. Dan denk ik aan jou en hoop ik dat jij ook ergens buiten bent, in de zon.

Heel veel sterkte en liefs!
""", [("tweeëntwintig", AGE), ("HAN", ORG), ("Nijmegen", LOC), ("Matchis", ORG), ("11 oktober", DATE), ("Radboud", ORG),
      ("Sem", P), ("Waal", LOC)], var="nl-NL")

# S058 Flemish mother "Els" of Wout (12) from Hasselt; Gasthuisberg; KRC Genk; known name and town verbatim.
add("nl", "family_to_donor", """
Beste donor,

Ik ben de mama van Wout. Wout is nu twaalf en wil later profvoetballer worden bij KRC Genk. Wij wonen in Hasselt, en in de tijd dat hij ziek was, reden we bijna elke dag naar Gasthuisberg. Dat is drie kwartier rijden als het meezit, en het zat zelden mee.

Hij kreeg jouw stamcellen op 5 juni 2023. Ik weet nog dat de dokter zei: "Nu begint het wachten." En wachten hebben we gedaan. Weken, maanden. Tot hij op een dag gewoon vroeg of hij frietjes mocht.

Nu staat hij weer elke woensdag op het veld. Hij is niet meer de snelste, maar hij is er, en dat is alles voor ons. Zijn ploegmaats hebben een spandoek gemaakt: "Welkom terug, Woutje!" Ik heb gehuild, natuurlijk.

We weten niets over jou, alleen dat je jong en gezond was. Dat je iets van jezelf hebt gegeven aan een jongen die je nooit zult zien. Daar bestaan geen woorden voor, ook niet in het Vlaams.

Dankjewel, uit de grond van ons hart.

Els
""", [("Wout", P, 0), ("Wout", P, 1), ("twaalf", AGE), ("KRC Genk", ORG), ("Hasselt", LOC), ("Gasthuisberg", ORG),
      ("5 juni 2023", DATE), ("Woutje", P), ("Els", P)],
    known={"names": ["Els Peeters"], "places": ["Hasselt"], "organisations": ["Universitaire Ziekenhuizen Leuven"]},
    var="nl-BE")

# S059 donor, 34, a baker in Zierikzee, a short note to the family after the death; "Zeeuwse bolussen" not labelled.
add("nl", "donor_to_family", """
Lieve familie,

Via Matchis hoorde ik dat uw man en vader is overleden. Wat ontzettend verdrietig voor u allemaal.

Ik ben bakker in Zierikzee, vierendertig jaar, en sta elke nacht om drie uur in bakkerij De Korenschoof. Als ik dan het deeg kneed voor de Zeeuwse bolussen, praat ik soms een beetje tegen hem. Misschien gek, maar zo voelt het.

Heel veel sterkte.
""", [("Matchis", ORG), ("Zierikzee", LOC), ("vierendertig", AGE), ("De Korenschoof", ORG)], var="nl-NL")

# S060 student Floor, 19, in de Pijp near the Albert Cuyp (named after a painter); AMC; Ajax; e-mail; known first name
# verbatim, known city and hospital name absent.
add("nl", "patient_to_donor", """
Lieve donor,

Ik heet Floor, ik ben negentien en woon met twee huisgenoten in de Pijp, vlak bij de Albert Cuyp. Vorig jaar, in mijn eerste jaar op de universiteit, kreeg ik de diagnose: ernstige aplastische anemie. Ik moest stoppen met studeren, met uitgaan, met alles.

Op 2 februari 2024 kreeg ik jouw stamcellen in het AMC. Mijn moeder had een taart meegenomen met "Happy Stamceldag" erop, en de verpleging heeft die opgegeten, want ik mocht niks.

Het gaat nu echt beter. Ik fiets weer, voorzichtig, en ben vorige week voor het eerst weer naar het stadion geweest, voor Ajax. We verloren, maar ik stond er, en dat telt.

Als je me ooit wil mailen en dat mag: floor.vdb@hotmail.nl. Ik zou zo graag willen weten wie jij bent.

Dikke knuffel,
Floor
""", [("Floor", P, 0), ("negentien", AGE), ("Pijp", LOC), ("Albert Cuyp", LOC), ("2 februari 2024", DATE), ("AMC", ORG),
      ("Ajax", ORG), ("floor.vdb@hotmail.nl", CON), ("Floor", P, 1)],
    known={"names": ["Floor van den Berg"], "places": ["Amsterdam"], "organisations": ["Amsterdam UMC"]}, var="nl-NL")


main()
