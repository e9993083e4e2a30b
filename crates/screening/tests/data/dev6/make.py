#!/usr/bin/env python3
"""Build letters.jsonl, the sixth hand-written development set for the letter screener (50 letters).

Every letter below is data: its text, a list of (surface, category[, where]) tuples, an optional
`known` dict (the writer's own identifiers as the registry holds them), an optional `ok` list of
deliberate exceptions and a `var` tag (the writer's background, used only for the counts). No offset is
written by hand.

    where missing : the surface must occur exactly once as a whole word (ja/zh: as a substring)
    where an int  : the n-th (0-based) occurrence
    where a str   : a context string that occurs exactly once in the text and contains the surface

The builder and its checks live in ../letterset.py. The script stops and writes nothing if a check fails.

    python3 make.py            build letters.jsonl
    python3 make.py --stats    build it and print counts
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "W", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== Japanese ========================================

# W001 Sapporo patient; known identifiers only in other forms (北大病院 for 北海道大学病院, no 札幌市).
add("ja", "patient_to_donor", """
ドナー様へ

はじめてお手紙を書きます。昨年の秋に移植を受けた者です。正直、何を書けばいいのか一週間も悩みました。

病名は急性骨髄性白血病でした。北大病院の無菌室で過ごした三か月は長くて、窓から見える藻岩山だけが楽しみでした。今は週に三日だけ、すすきのの近くにある叔父のラーメン屋「麺屋たつみ」で皿洗いを手伝っています。

先月、三十二歳の誕生日を家族で祝いました。妻の由香が大きなケーキを焼いてくれて、娘は「パパ、もうおじいちゃんみたい」と笑っていました。ろうそくを吹き消す息がちゃんと続いたことが、なんだかうれしかったです。

あなたがどんな方なのか分かりませんが、見ず知らずの私のために時間と体を使ってくださったこと、一生忘れません。本当にありがとうございました。

どうかお体を大切に。
""", [("北大病院", ORG), ("藻岩山", LOC), ("すすきの", LOC), ("麺屋たつみ", ORG), ("三十二", AGE, "三十二歳"),
      ("由香", P)],
    known={"names": ["田辺 浩二"], "places": ["札幌市"], "organisations": ["北海道大学病院"]})

# W002 donor, the only vet in a mountain town in Nagano.
add("ja", "donor_to_patient", """
患者様へ

骨髄を提供した者です。お手紙を出してよいものか迷いましたが、コーディネーターさんに背中を押されて書いています。

私は四十代の男で、長野の山あいの小さな町で、町でただ一人の獣医をしています。牛や馬を診ることが多く、冬は雪道を軽トラで走り回っています。ドナー登録をしたのは二十年前、大学の献血ルームで誘われたのがきっかけでした。まさか本当に適合の連絡が来るとは思いませんでした。

入院中は、信大病院の看護師さんたちがとても親切で、採取も思っていたより楽でした。退院の日に、遠くの誰かのことを考えながら見た北アルプスがきれいでした。

あなたの体が新しい血液になじんで、毎日少しずつ元気になっていることを願っています。お正月にはお餅を食べられるくらいになっていたらいいですね。

どうかご無理なさらずに。
""", [("長野", LOC), ("町でただ一人の獣医", OID), ("信大病院", ORG), ("北アルプス", LOC)])

# W003 mother of a boy in Osaka; the known city appears only inside the hospital's name.
add("ja", "family_to_donor", """
ドナーさんへ

息子の母です。息子は二年前の十一月、五歳のときに再生不良性貧血と分かりました。目の前が真っ暗になりました。

令和五年二月十四日、バレンタインの日に、あなたの骨髄が息子の体に入りました。大阪市立総合医療センター、みんな「総合医療」と呼んでいますが、そこの小児病棟の先生たちが「ドナーさんからのチョコやね」と言ってくれたのを覚えています。

今、息子の蒼太は七歳になりました。毎朝、阪神の帽子をかぶって小学校へ走っていきます。夜は「ドナーさんにも見せたい」と言って、甲子園で買ったメガホンを振り回しています。先週は近所の公園で初めて逆上がりができました。

あなたのことを家族みんなで「骨髄のヒーロー」と呼んでいます。本当に、本当にありがとうございました。
""", [("五", AGE, "五歳"), ("令和五年二月十四日", DATE), ("大阪市立総合医療センター", ORG),
      ("総合医療", ORG, "「総合医療」"), ("蒼太", P), ("七", AGE, "七歳"), ("阪神", ORG), ("甲子園", LOC)],
    known={"names": ["森本 千晴"], "places": ["大阪市"], "organisations": []})

# W004 hairdresser in Fukuoka; Instagram handle.
add("ja", "patient_to_donor", """
ドナー様

こんにちは。去年の夏、あなたの末梢血幹細胞をいただいた者です。お手紙が遅くなってしまってごめんなさい。

私は博多で生まれ育った二十八歳です。病気になる前は天神の美容室で働いていて、毎日お客さんの髪を切っていました。抗がん剤で自分の髪が全部抜けたときは、さすがに笑うしかなかったです。今はやっとショートボブくらいまで伸びました。

九大の先生から「ドナーさんは仕事を休んで何日も入院してくれたんだよ」と聞いたとき、涙が止まりませんでした。見ず知らずの私のために、そこまでしてくれる人がいるんですね。

最近は母とホークスの試合をテレビで見ながら、ごぼう天うどんを食べるのが一番の幸せです。入院中の記録はインスタ(@hakata_mii_28)に少しずつ載せています。いつか読んでもらえたらうれしいです。

本当に、本当にありがとうございました。
""", [("博多", LOC), ("二十八", AGE), ("天神", LOC), ("九大", ORG), ("ホークス", ORG), ("@hakata_mii_28", CON)])

# W005 donor, teacher in Sendai, nickname テラ; known school only in the short form 二高.
add("ja", "donor_to_patient", """
患者さんへ

はじめまして。あなたに末梢血幹細胞を提供したドナーです。手紙を書くのは得意ではないのですが、どうしても伝えたいことがあって筆をとりました。

私は仙台で高校の国語の教師をしています。二高で教えて十年になり、生徒たちからは「テラ先生」と呼ばれています。提供のために一週間休んだとき、生徒たちが黒板いっぱいに「がんばれ」と書いてくれていました。理由は言っていなかったのに、なぜかみんな知っていました。

休みの日は広瀬川沿いを走るのが趣味です。夏の七夕まつりの頃は街が人であふれて走れませんが、それもまた楽しいものです。秋には楽天の試合を見に行く予定です。

あなたがどこでどんな暮らしをしているのか、私には分かりません。でも、同じ空の下で、あなたが少しずつ元気を取り戻していると思うと、それだけで胸が温かくなります。

どうか焦らず、ゆっくり回復してください。
""", [("仙台", LOC), ("二高", ORG), ("テラ", P), ("広瀬川", LOC), ("楽天", ORG)],
    known={"names": ["小野寺 健"], "places": ["仙台市青葉区"], "organisations": ["宮城県仙台第二高等学校"]})

# W006 retired Kyoto city bus driver on one route; grandchild's name.
add("ja", "patient_to_donor", """
ドナー様へ

京都に住む六十七歳の男です。去年、骨髄異形成症候群で移植を受けました。この年で移植ができるとは思っておらず、あなたのおかげで二度目の人生をもらった気持ちです。

四十年近くバスの仕事をしておりました。最後の二十年はずっと市バス206系統の運転手で、毎日のように観光のお客さんを乗せて東山を回っていました。退職した年に病気が見つかったので、神様が休めと言ったのかもしれません。

2023年6月、京大病院で移植を受けました。入院中は窓から鴨川が見えて、毎朝川べりを散歩する人たちを眺めては「早くあそこを歩きたい」と思っていました。今年の祇園祭のころ、ようやく孫の陽菜と手をつないで河原を歩くことができました。孫は「じいじ、ゆっくりでええよ」と言ってくれました。

あなたがお若い方なのか、私と同じくらいの方なのか分かりませんが、どうかお元気で。心から感謝申し上げます。
""", [("京都", LOC), ("六十七", AGE), ("市バス206系統の運転手", OID), ("東山", LOC), ("2023年6月", DATE),
      ("京大病院", ORG), ("鴨川", LOC), ("陽菜", P)])

# W007 widow in Kanazawa; the date of death is also ひな祭り (labelled as the date it is).
add("ja", "family_to_donor", """
ドナー様

突然のお手紙をお許しください。あなたから骨髄をいただいた者の妻でございます。

まず、悲しいお知らせをしなければなりません。夫の修一は、令和6年3月3日、金大病院で静かに息を引き取りました。移植から一年半、本当によく頑張りました。

夫は五十年近く輪島塗の塗師をしておりました。金沢に越してからも、仕事場の窓から見える空の色を毎日確かめては、漆の乾き具合を気にしていました。移植のあと少し元気になった春には、二人で兼六園の梅を見に行きました。夫は「ドナーさんのおかげでもう一回梅が見られた」と何度も言っておりました。

亡くなった日はひな祭りで、孫娘のお雛様を飾ったばかりでした。悲しい日ではありますが、最後の一年半は、あなたがくださった贈り物でした。

夫に代わって、心よりお礼申し上げます。どうか、あなたも健やかにお過ごしください。
""", [("修一", P), ("令和6年3月3日", DATE), ("金大病院", ORG), ("輪島塗の塗師", OID), ("金沢", LOC),
      ("兼六園", LOC)],
    known={"names": ["中村 幸子"], "places": ["石川県金沢市"], "organisations": []})

# W008 student donor from Ishigaki, rugby club.
add("ja", "donor_to_patient", """
患者さんへ

こんにちは!骨髄ドナーの者です。二十一歳の大学生で、今は東京で一人暮らしをしています。

出身は石垣島です。海しかない島ですが、だからこそ誰かの役に立てることがあるなら、と思って成人式の後にドナー登録しました。早稲田のラグビー部に入っていて、練習を休むのが本当に申し訳なかったのですが、監督が「行ってこい、それが一番大事な試合だ」と言ってくれました。

入院中はベッドの上で、ずっと島の母から送られてきたサーターアンダギーを食べていました。看護師さんに笑われました。

5月になると島では海開きがあって、みんなで海に入ります。あなたもいつか、きれいな海を見に行けるくらい元気になってほしいです。桜の季節はもう過ぎてしまったけど、来年の桜は一緒に、別々の場所で見ましょう。

がんばってください!応援しています。
""", [("二十一", AGE), ("東京", LOC), ("石垣島", LOC), ("早稲田", ORG)])

# W009 Yokohama office worker at 崎陽軒; nickname マリ also inside マリンタワー.
add("ja", "patient_to_donor", """
ドナー様へ

私は横浜に住む四十三歳の会社員です。2022年12月に、あなたからいただいた造血幹細胞の移植を受けました。

仕事は崎陽軒で、シウマイ弁当の工場の品質管理をしています。復職してまず同僚たちに言われたのは「マリさん、おかえり!」でした。職場ではみんな私をそう呼びます。あのお弁当を見るたびに、帰ってこられたんだなと実感します。

週末は夫と日吉の商店街を歩いたり、ベイスターズを応援しに行ったりしています。先日は久しぶりに山下公園からマリンタワーを見上げて、思わず泣いてしまいました。入院中、窓からあのタワーの灯りを見て「また行こう」と思っていたからです。

あなたの勇気と優しさに、心から感謝しています。本当にありがとうございました。
""", [("横浜", LOC), ("四十三", AGE), ("2022年12月", DATE), ("崎陽軒", ORG), ("シウマイ弁当の工場の品質管理", OID),
      ("マリ", P, "マリさん"), ("日吉", LOC), ("ベイスターズ", ORG), ("山下公園", LOC), ("マリンタワー", LOC)],
    known={"names": ["山口 真理"], "places": ["横浜市港北区日吉"], "organisations": ["株式会社崎陽軒"]})

# W010 Hiroshima donor to a bereaved family.
add("ja", "donor_to_family", """
ご家族の皆様へ

コーディネーターの方から、患者さんが亡くなられたと伺いました。お手紙をいただいてから、何度も書き直して、やっとこうしてペンを持っています。

私は広島で暮らす三十五歳の会社員です。提供が決まったとき、一番喜んでくれたのは妻でした。「知らない誰かのために何かできるのは、すごいことよ」と。

提供の前の晩、宮島の見える海辺を一人で歩きました。どうか、この細胞が患者さんの力になりますように、と祈りました。結果は私の願いとは違いましたが、ご家族の手紙に「最後の数か月、一緒にカープの試合をテレビで見られた」とあって、救われる思いがしました。

お盆には、私も手を合わせさせていただきます。ご家族の皆様が、少しずつでも穏やかな日々を取り戻されますように。
""", [("広島", LOC), ("三十五", AGE), ("宮島", LOC), ("カープ", ORG)])

# W011 known list, but no identifier in the text (false-alarm check): 桜, 七五三, 白血病.
add("ja", "donor_to_patient", """
患者様

ドナーです。先日は丁寧なお手紙をありがとうございました。何度も読み返して、家族にも読んで聞かせました。

移植から一年がたったと聞き、本当にうれしく思います。春になって、近所の川沿いの桜も満開でした。あなたも桜を見られたでしょうか。白血病という病気は、私にとってはニュースの中の言葉でしかありませんでしたが、今は他人事ではありません。

私はごく普通の会社員で、子どもが二人います。上の子は七五三を終えたばかりで、着物を嫌がって大変でした。提供のために休んだとき、子どもたちには「ちょっと人助けに行ってくる」とだけ言いました。いつか大きくなったら、ちゃんと話そうと思っています。

お互いに、無理をせず、毎日を大切にしましょう。あなたの新しい一年が、穏やかなものになりますように。
""", [],
    known={"names": ["高橋 聡"], "places": ["静岡県浜松市"], "organisations": ["ヤマハ発動機株式会社"]})

# W012 Nagoya teenager; friend's nickname; LINE ID.
add("ja", "patient_to_donor", """
ドナーさんへ

はじめまして。名古屋に住んでいる十六歳の高校生です。中学三年の冬に急性リンパ性白血病になって、8月3日にあなたの骨髄を移植してもらいました。

名大病院にいた間、部活の仲間が毎週ドラゴンズの応援グッズを持ってきてくれました。特にりょうちんは、僕の代わりに僕の分までトランペットを吹くって言って、本当に大会で二人分がんばってくれたらしいです(笑)。

今は学校にも戻って、吹奏楽部でまたホルンを吹いています。息が続くようになったのは、あなたのおかげです。

もしよかったら、いつか話してみたいです。LINEのIDは horn_taku0803 です。…ってコーディネーターさんに消されちゃうかもしれないけど、書いてみました。

本当にありがとうございました。
""", [("名古屋", LOC), ("十六", AGE), ("8月3日", DATE), ("名大病院", ORG), ("ドラゴンズ", ORG), ("りょうちん", P),
      ("horn_taku0803", CON)])

# ======================================== German ========================================

# W013 Bochum steelworker "Kalle"; known name/town/employer only in other forms.
add("de", "patient_to_donor", """
Lieber Spender,

ich weiß gar nicht, wie man so einen Brief anfängt. Meine Frau sagt, ich soll einfach schreiben, wie mir der Schnabel gewachsen ist. Also: Danke. Ohne dich wäre ich nicht mehr da.

Ich bin Kalle, 54 Jahre alt, und komme aus dem Ruhrpott. Dreißig Jahre habe ich bei Thyssen am Hochofen gestanden, da ist man eigentlich einiges gewohnt. Aber als die Ärzte im Bergmannsheil mir gesagt haben, dass ich Leukämie habe, hat mir das die Beine weggezogen.

Jetzt, ein Jahr nach der Transplantation, sitze ich wieder samstags im Stadion an der Castroper Straße und schreie mir für den VfL die Seele aus dem Leib. Die Kumpels aus meinem Kegelclub haben mir ein Trikot mit einer großen Null hinten drauf geschenkt – „für den unbekannten Spender“.

Im Karneval war ich noch zu schwach, aber im Sommer grille ich wieder für die ganze Siedlung. Du bist herzlich eingeladen, auch wenn ich weiß, dass das nicht geht.

Glück auf und alles Gute,
dein Kalle
""", [("Kalle", P, 0), ("54", AGE), ("Ruhrpott", LOC), ("Thyssen", ORG), ("Bergmannsheil", ORG),
      ("Castroper Straße", LOC), ("VfL", ORG), ("Kalle", P, 1)],
    known={"names": ["Karl-Heinz Brückner"], "places": ["Bochum"], "organisations": ["thyssenkrupp Steel Europe AG"]},
    var="de-DE")

# W014 donor, the only midwife in the Glottertal.
add("de", "donor_to_patient", """
Liebe Empfängerin, lieber Empfänger,

ich bin deine Spenderin. Vor ein paar Wochen kam die Nachricht, dass es dir besser geht, und ich habe vor Freude in der Küche getanzt.

Ein bisschen was über mich: Ich bin vierunddreißig und lebe in einem kleinen Dorf bei Freiburg. Ich bin die einzige Hebamme im Glottertal, deshalb war es gar nicht so leicht, für die Spende freizubekommen. Die Frauen, die gerade kurz vor der Geburt standen, haben alle mitgefiebert.

Die Entnahme war am 9. Mai, an einem Dienstag. Danach bin ich noch zum Münster gefahren und habe eine Kerze angezündet, für dich. Ich bin nicht besonders fromm, aber es fühlte sich richtig an.

Am Wochenende gehe ich oft zum SC, auch wenn die Ergebnisse einem manchmal die Laune verderben. Im Herbst kommt der neue Wein, dann wird im Dorf gefeiert.

Ich wünsche dir von Herzen, dass du bald wieder alles machen kannst, was dir Freude macht.

Deine Spenderin
""", [("vierunddreißig", AGE), ("Freiburg", LOC), ("einzige Hebamme", OID), ("Glottertal", LOC), ("9. Mai", DATE),
      ("Münster", LOC), ("SC", ORG)], var="de-DE")

# W015 father of Leni, Hamburg; known place only as a compound.
add("de", "family_to_donor", """
Liebe Spenderin oder lieber Spender,

ich bin der Vater des kleinen Mädchens, das im letzten Frühjahr deine Stammzellen bekommen hat. Leni ist inzwischen sechs und hat gestern ihren ersten Milchzahn verloren. Sie hat ihn stolz in ein Döschen gepackt und gesagt, den schicken wir dem Spender.

Die Zeit im UKE war die schwerste unseres Lebens. Wir haben wochenlang auf der Station gewohnt, meine Frau und ich abwechselnd. Die Schwestern dort sind Engel, das muss ich einfach sagen.

Heute gehen wir wieder sonntags an der Elbe spazieren, unten in Blankenese am Strand, und Leni zählt die Containerschiffe. Bei jedem großen ruft sie: „Das ist das Schiff vom Spender!“ Wir wissen nicht, wo du wohnst, aber in ihrer Vorstellung fährst du zur See.

Danke, dass du dich hast typisieren lassen. Danke, dass du Ja gesagt hast, als der Anruf kam. Wir denken jeden Tag an dich.

Herzliche Grüße aus dem Norden
Lenis Papa
""", [("Leni", P, 0), ("sechs", AGE), ("UKE", ORG), ("Elbe", LOC), ("Blankenese", LOC), ("Leni", P, 1), ("Lenis", P)],
    known={"names": ["Thomas Reimers"], "places": ["Hamburg-Blankenese"], "organisations": []}, var="de-DE")

# W016 donor to the family after the death; the cantor of the Frauenkirche.
add("de", "donor_to_family", """
Liebe Familie,

über die Stiftung habe ich erfahren, dass euer Vater und Ehemann gestorben ist. Ich habe lange überlegt, ob ich schreiben darf. Nun tue ich es doch, weil mir euer Brief nicht aus dem Kopf geht.

Ihr habt geschrieben, dass er nach der Transplantation noch einmal mit euch an der Ostsee war und die Enkel im Sand eingebuddelt hat. Das hat mich sehr berührt. Ich hatte mir immer gewünscht, dass meine Zellen einem Menschen noch schöne Tage schenken.

Ich bin Kantor an der Frauenkirche, und am Sonntag nach eurem Brief habe ich zum Abschluss des Gottesdienstes ein Stück für ihn gespielt. Niemand wusste, für wen, nur ich.

Ich wünsche euch Kraft für die kommende Zeit. Trauer braucht Platz, und ich hoffe, ihr findet Menschen, die ihn euch geben.

In Gedanken bei euch
euer Spender aus Sachsen
""", [("Ostsee", LOC), ("Kantor", OID), ("Frauenkirche", ORG), ("Sachsen", LOC)], var="de-DE")

# W017 Munich tram driver on one line; "Frau Resi".
add("de", "patient_to_donor", """
Servus, lieber Spender!

Ich heiße Resi, bin einundsechzig und seit fast dreißig Jahren Trambahnfahrerin auf der Linie 19. Wer in München öfter mal zum Stachus fährt, kennt mich wahrscheinlich vom Sehen. Mit meiner Leukämie war dann erst mal Schluss mit dem Fahren.

Am 3. Februar 2023 habe ich in Großhadern deine Stammzellen bekommen. Die Schwestern haben mir einen kleinen Kuchen mit einer Kerze gebracht und gesagt: „Heut ist Ihr zweiter Geburtstag, Frau Resi.“

Heuer war ich zum ersten Mal wieder auf der Wiesn, nur zwei Stunden und nur mit Spezi, aber ich war da. Mein Mann hat mir ein Lebkuchenherz gekauft, da steht drauf: „Zweites Leben“.

Ab dem Frühjahr darf ich wieder ein paar Schichten fahren. Falls du mal in der 19 sitzt, dann winkt dir vielleicht eine ältere Dame mit kurzen grauen Haaren zu.

Vergelt's Gott und alles Liebe,
deine Resi
""", [("Resi", P, 0), ("einundsechzig", AGE), ("Trambahnfahrerin auf der Linie 19", OID), ("München", LOC),
      ("Stachus", LOC), ("3. Februar 2023", DATE), ("Großhadern", ORG), ("Frau Resi", P), ("Wiesn", LOC),
      ("19", OID, "in der 19 sitzt"), ("Resi", P, 2)], var="de-DE")

# W018 Kiel ferry deckhand; known name and town verbatim.
add("de", "patient_to_donor", """
Moin lieber Spender,

ich bin Jannik, 27, und wohne in Kiel. Vor zwei Jahren hatte ich plötzlich nur noch blaue Flecken und war ständig müde. Diagnose: schwere aplastische Anämie. Im März 2022 kam dann die Transplantation, und seitdem geht es bergauf.

Vorher war ich Decksmann auf der Fähre nach Laboe, jeden Tag rüber und zurück über die Förde. Die Kollegen haben mir Postkarten ins Krankenhaus geschickt, jede mit einem anderen Möwenfoto. Inzwischen darf ich wieder an Bord, erst mal halbtags.

Im Sommer war ich bei Holstein im Stadion, zum ersten Mal seit der Krankheit. Wir haben verloren, aber das war mir egal. Zur Kieler Woche hab ich mich noch nicht getraut, zu viele Leute.

Ich weiß nicht, wer du bist oder wo du lebst. Aber ich weiß, dass du mir mein Leben zurückgegeben hast.

Danke, danke, danke!
Jannik
""", [("Jannik", P, 0), ("27", AGE), ("Kiel", LOC), ("März 2022", DATE), ("Decksmann auf der Fähre", OID),
      ("Laboe", LOC), ("Förde", LOC), ("Holstein", ORG), ("Jannik", P, 1)],
    known={"names": ["Jannik Petersen"], "places": ["Kiel"],
           "organisations": ["SFK Schlepp- und Fährgesellschaft Kiel"]}, var="de-DE")

# W019 Graz carpenter "Flo"; Austrian Jänner; Sturm.
add("de", "donor_to_patient", """
Liebe Patientin, lieber Patient,

ich habe heuer im Jänner meine Stammzellen gespendet und denke seitdem oft an dich. Jetzt hat mir die Koordinatorin erlaubt, dir ein paar Zeilen zu schreiben.

Ich bin Flo, achtundzwanzig, und arbeite als Tischler in einer kleinen Werkstatt in Graz. Die Entnahme war am 14. Jänner im LKH, und ehrlich gesagt war das Schlimmste das Warten vorher. Die Spritzen haben mir Knochenschmerzen gemacht, aber dafür gibt es ja Schmerztabletten und Sturm-Spiele im Fernsehen.

Wenn ich nicht in der Werkstatt stehe, bin ich am Schlossberg unterwegs oder auf einer Hütte in der Steiermark. Beim Wandern habe ich mir vorgestellt, dass du vielleicht auch bald wieder einen Berg hinaufgehst, langsam, aber mit Freude.

Ich wünsche dir ganz viel Kraft und Geduld. Es wird!

Liebe Grüße
Flo
""", [("Flo", P, 0), ("achtundzwanzig", AGE), ("Graz", LOC), ("14. Jänner", DATE), ("LKH", ORG), ("Sturm", ORG),
      ("Schlossberg", LOC), ("Steiermark", LOC), ("Flo", P, 1)],
    known={"names": ["Florian Pichler"], "places": ["Graz"], "organisations": []}, var="de-AT")

# W020 Tyrolean mother of Vroni; ages in words, one inside a compound.
add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

ich bin die Mama von Vroni. Sie hat vor eineinhalb Jahren deine Stammzellen bekommen, in der Kinderklinik in Innsbruck. Damals war sie acht und so dünn, dass man sie kaum in der Bettdecke gefunden hat.

Jetzt ist sie eine freche Zehnjährige, die mit ihrem Opa im Zillertal auf die Alm geht und sich beim Krampuslauf im Dezember in der ersten Reihe versteckt hat, um dann laut zu kreischen. Zum zehnten Geburtstag wollte sie nur eines: einen Brief an dich schreiben. Den lege ich bei, er ist voller Pferdezeichnungen.

Wir wissen, dass wir dir nie genug danken können. Aber ich möchte, dass du weißt, wie ein ganz normaler Tag bei uns jetzt aussieht: Schule, Hausaufgaben, Streit ums Tablet, Abendessen, Gutenachtgeschichte. Für andere ist das nichts Besonderes. Für uns ist es ein Wunder.

Pfiat di und vergelt's Gott
Vronis Mama
""", [("Vroni", P), ("Innsbruck", LOC), ("acht", AGE), ("Zehn", AGE, "Zehnjährige"), ("Zillertal", LOC),
      ("zehnten", AGE), ("Vronis", P)], var="de-AT")

# W021 Bernese postwoman "Ursi"; Insel/Inselspital.
add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender

Es ist Herbst geworden, und die Aare ist wieder kühl und grün. Letzten Sommer lag ich noch im Inselspital und konnte nur davon träumen, mich einmal vom Marzili bis zum Lorrainebad treiben zu lassen. Diesen Sommer habe ich es geschafft, zwar mit Schwimmweste und meinem Mann an der Seite, aber ich habe es geschafft.

Ich bin seit zweiundzwanzig Jahren Pöstlerin in Worb. Die Leute im Dorf haben mir während der Therapie so viele Karten geschickt, dass meine Ablösung gelacht hat: «Jetzt muss ich deine Post austragen.» Seit März bin ich wieder auf meiner Tour, mit dem Velo, jeden Morgen.

Die Ärztinnen auf der Insel haben mir erzählt, dass du dich vor vielen Jahren hast registrieren lassen. Ich frage mich oft, ob du einfach Ja gesagt hast, ohne lange zu überlegen. So stelle ich mir dich vor.

Von Herzen merci.
Ursi
""", [("Aare", LOC), ("Inselspital", ORG), ("Marzili", LOC), ("Lorrainebad", LOC), ("Pöstlerin", OID),
      ("Worb", LOC), ("Insel", ORG), ("Ursi", P)],
    known={"names": ["Ursula Känzig-Moser"], "places": ["Bern"], "organisations": ["Die Schweizerische Post AG"]},
    var="de-CH")

# W022 Zurich tram driver donor; obfuscated e-mail.
add("de", "donor_to_patient", """
Hoi du

Ich bin dein Spender, 41 Jahre alt, und wohne mit meiner Familie in Züri, gleich unter dem Uetliberg. Ich schreibe dir, weil ich gehört habe, dass es dir langsam besser geht, und das ist die schönste Nachricht seit langem.

Im Alltag bin ich Tramchauffeur bei den VBZ, meistens auf dem Zehner zum Flughafen. Vielleicht bist du ja schon mal mit mir gefahren, wer weiss. Am Wochenende stehe ich im Letzigrund und leide mit dem FCZ. Am Sechseläuten war ich mit den Kindern am Bellevue, der Böögg hat dieses Jahr ewig gebraucht.

Wenn du irgendwann Kontakt möchtest und die Regeln es erlauben: beat punkt meier at bluewin punkt ch. Ich würde mich sehr freuen.

Alles Gute und bleib stark
Beat
""", [("41", AGE), ("Züri", LOC), ("Uetliberg", LOC), ("VBZ", ORG), ("auf dem Zehner zum Flughafen", OID),
      ("Letzigrund", LOC), ("FCZ", ORG), ("Bellevue", LOC), ("beat punkt meier at bluewin punkt ch", CON),
      ("Beat", P)], var="de-CH")
