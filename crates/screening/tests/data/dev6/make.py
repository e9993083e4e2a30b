#!/usr/bin/env python3
"""Build letters.jsonl, the sixth hand-written development set for the letter screener (50 letters).

The record format, the `where` forms and the checks are those of ../letterset.py; the script stops and
writes nothing if a check fails. `python3 make.py` builds letters.jsonl, `--stats` also prints counts.
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

# ======================================== Spanish ========================================

# W023 Seville greengrocer "Chío"; known first name Rocío only inside the hospital's name.
add("es", "patient_to_donor", """
Querido donante:

Me llamo Chío y te escribo desde Sevilla, con el aire acondicionado a tope porque aquí en julio no hay quien viva. Hace un año y medio me trasplantaron en el Virgen del Rocío y hoy puedo decir que estoy bien. Bien de verdad.

Tengo cuarenta y un años y trabajo en la frutería de mi suegro en Triana, en la calle Pureza. Cuando volví, las clientas de toda la vida me recibieron con flores y con un bizcocho. Una me dijo: «Niña, tú has vuelto a nacer». Y es verdad.

En Semana Santa no pude ver los pasos, todavía estaba muy débil, pero este año voy a la Feria aunque sea un rato. Mi marido dice que me va a llevar en volandas. Ya ves, el Betis pierde y yo sigo contenta, eso es que algo ha cambiado en mí.

No sé si eres hombre o mujer, joven o mayor, pero quiero que sepas que en una casa de Sevilla se brinda por ti cada domingo.

Un abrazo enorme,
Chío
""", [("Chío", P, 0), ("Sevilla", LOC, 0), ("Virgen del Rocío", ORG), ("cuarenta y un", AGE),
      ("frutería de mi suegro", OID), ("Triana", LOC), ("calle Pureza", LOC), ("Betis", ORG), ("Sevilla", LOC, 1),
      ("Chío", P, 1)],
    known={"names": ["Rocío Navarro Gil"], "places": ["Sevilla"], "organisations": []}, var="es-ES")

# W024 Bilbao donor, fish auctioneer at the Ondarroa market.
add("es", "donor_to_patient", """
Hola:

Soy tu donante. Me han contado que te estás recuperando bien y no veas la alegría que me he llevado. Te escribo desde Bilbao, con el txirimiri de siempre pegado a la ventana.

Tengo treinta y ocho años y desde hace quince trabajo de subastador en la lonja de Ondarroa. Madrugo muchísimo, así que cuando me llamaron para la donación lo primero que pensé fue: por fin unos días para dormir. La donación fue el 2 de marzo en Cruces y, la verdad, me trataron como a un rey.

Los fines de semana subo a Artxanda con la cuadrilla o voy a San Mamés a sufrir con el Athletic. Mi ama, que es muy de misa, me ha dicho que va a encender una vela por ti todos los meses.

Ojalá nos podamos conocer algún día. Mientras tanto, cuídate mucho y come bien, que las defensas se hacen en la cocina.

Un abrazo muy fuerte,
tu donante
""", [("Bilbao", LOC), ("treinta y ocho", AGE), ("subastador en la lonja", OID), ("Ondarroa", LOC),
      ("2 de marzo", DATE), ("Cruces", ORG), ("Artxanda", LOC), ("San Mamés", LOC), ("Athletic", ORG)],
    var="es-ES")

# W025 Madrid mother of Dani; known first name and city verbatim; Reyes is not a name.
add("es", "family_to_donor", """
Querida persona donante:

Soy la madre de Dani. En octubre hará dos años que recibió tus células en el Niño Jesús, y desde entonces en casa celebramos dos cumpleaños: el de verdad y el de la médula.

Dani tiene ahora nueve años y es un terremoto. Va al cole otra vez, juega al fútbol en un equipo del barrio y dice que de mayor quiere ser médico «para curar a los niños como me curaron a mí». El otro día, en la plaza de Lavapiés, le contó a un señor que no conocía de nada que él tiene «sangre de un héroe».

Vivimos en Madrid, en un piso pequeño, y durante el trasplante su padre y yo nos turnábamos para dormir en el hospital. Nunca olvidaré la noche de Reyes que pasamos allí: las enfermeras se disfrazaron y le trajeron un camión de bomberos.

Gracias por existir. Gracias por decir que sí.

Marta
""", [("Dani", P, 0), ("Niño Jesús", ORG), ("Dani", P, 1), ("nueve", AGE), ("Lavapiés", LOC), ("Madrid", LOC),
      ("Marta", P)],
    known={"names": ["Marta Gómez Ruiz"], "places": ["Madrid"], "organisations": []}, var="es-ES")

# W026 Valencian donor to the family: "La Fe" (hospital) vs "la fe" (faith); Fallas.
add("es", "donor_to_family", """
Querida familia:

Me ha llegado vuestra carta y la he leído sentado en un banco, sin poder levantarme en un buen rato. Siento muchísimo vuestra pérdida. No tengo palabras mejores que esas.

Cuando me dijeron que era compatible, no lo dudé ni un segundo. Me hicieron la aféresis en La Fe, y recuerdo que estuve toda la mañana pensando en quién sería la persona que iba a recibir mis células. Me imaginaba a alguien riendo con su familia. Por lo que me contáis, eso es justo lo que hizo en sus últimos meses, y me quedo con eso.

Yo vivo cerca de la Albufera y, desde que recibí vuestra carta, cada tarde que paseo por allí miro el atardecer y me acuerdo de vosotros. En Fallas, cuando quemen la falla de mi barrio, pensaré que algo de él también se va al cielo con el humo.

No perdáis la fe. Os mando todo mi cariño.

Vuestro donante
""", [("La Fe", ORG), ("Albufera", LOC)], var="es-ES")

# W027 Guadalajara student "Lupita"; WhatsApp number.
add("es", "patient_to_donor", """
¡Hola, mi querido donante!

Soy Lupita, tengo veintitrés años y soy de Guadalajara. Te escribo con mucha emoción porque por fin me dejaron mandarte una carta. Me trasplantaron en el Civil, en el viejo, y todas las enfermeras se sabían mi nombre porque me pasé casi cuatro meses ahí.

Antes de enfermarme estudiaba en la UdeG y los domingos vendía tejuino con mi tío afuera del estadio de las Chivas. Ahorita ya regresé a la escuela y mi tío dice que el puesto me espera.

En el Día de Muertos pusimos un altar y, además de las fotos de mis abuelitos, mi mamá puso una veladora para ti, "para que el donante tenga larga vida". Aquí en Tlaquepaque todos los vecinos saben que tengo un ángel guardián, aunque no saben cómo te llamas.

Si algún día se puede, me encantaría mandarte un WhatsApp: 33 1872 4409. Pero si no se puede, con esta carta me conformo.

Con todo mi cariño,
Lupita
""", [("Lupita", P, 0), ("veintitrés", AGE), ("Guadalajara", LOC), ("Civil", ORG), ("UdeG", ORG),
      ("vendía tejuino", OID), ("Chivas", ORG), ("Tlaquepaque", LOC), ("33 1872 4409", CON), ("Lupita", P, 1)],
    var="es-MX")

# W028 Monterrey brewer "Tito"; the dog Chuy is not labelled; known employer only in short form.
add("es", "donor_to_patient", """
Hola, amigo o amiga:

Soy tu donador. Me dijeron en la clínica que ya pasó un año desde tu trasplante y que vas muy bien, y se me hizo un nudo en la garganta.

Tengo cuarenta y seis años, dos hijas y un perro que se llama Chuy. Vivo en Monterrey, desde mi ventana se ve el Cerro de la Silla. Trabajo de maestro cervecero en la Cuauhtémoc desde hace veinte años, así que ya te imaginarás que en mi casa nunca falta una carne asada los domingos.

Cuando me avisaron que era compatible, lo primero que hice fue ir al estadio a ver a los Rayados, como para despedirme, porque me daba miedo la aguja. Al final la donación fue facilísima. Lo que sí, ahora cada vez que alguien dice "donación", mis hijas gritan: "¡papá es héroe!".

Cuídate mucho. Te mando un abrazo regio y mucha fuerza.

Tito
""", [("cuarenta y seis", AGE), ("Monterrey", LOC), ("Cerro de la Silla", LOC), ("maestro cervecero", OID),
      ("Cuauhtémoc", ORG), ("Rayados", ORG), ("Tito", P)],
    known={"names": ["Héctor Garza Treviño"], "places": ["Monterrey"],
           "organisations": ["Cervecería Cuauhtémoc Moctezuma"]}, var="es-MX")

# W029 wife of "el Flaco", Rosario; Día de la Bandera is a holiday, not a date.
add("es", "family_to_donor", """
Querido donante:

Soy la esposa del Flaco, el hombre que recibió tus células. Te escribo yo porque él dice que no le salen las palabras, y es verdad: cada vez que empieza, termina llorando.

El trasplante fue el 4 de agosto de 2023 en el Italiano, en Buenos Aires. Nosotros somos de Rosario, así que fueron meses de ir y venir por la ruta con el termo y el mate. Hoy el Flaco tiene cincuenta y dos años, volvió a caminar por la costanera y ya discute de fútbol como antes. Es hincha de Central hasta la médula (perdón por el chiste).

Para el Día de la Bandera fuimos al Monumento con los nietos. Él se quedó mirando las banderas un rato largo y me dijo: «Pensar que alguien que no me conoce me regaló esto».

No sabemos nada de vos, pero en esta casa tenés un lugar en la mesa para siempre.

Con todo el cariño del mundo,
Graciela
""", [("Flaco", P, 0), ("4 de agosto de 2023", DATE), ("Italiano", ORG), ("Buenos Aires", LOC), ("Rosario", LOC),
      ("Flaco", P, 1), ("cincuenta y dos", AGE), ("Central", ORG), ("Monumento", LOC), ("Graciela", P)],
    var="es-AR")

# W030 Córdoba student "Santi"; the known city also inside "Nueva Córdoba"; "la Mona" is a public figure.
add("es", "patient_to_donor", """
¡Hola, donante!

Soy Santi, tengo diecinueve años y vivo en Córdoba, en Nueva Córdoba, a dos cuadras del Buen Pastor. Estudio Ingeniería en la UNC, aunque este año lo perdí casi entero por el linfoma. Bueno, por el linfoma y por el trasplante.

Ahora estoy volviendo de a poco. Ya puedo ir a la facu dos veces por semana y los fines de semana voy con mis viejos a ver a Talleres. Mi vieja dice que el cuarteto me va a curar más que cualquier remedio, y cada sábado pone a la Mona a todo volumen.

Quiero que sepas que no me olvido de vos ni un día. Cuando sople las velas el año que viene, voy a pedir un deseo para vos también.

Gracias, gracias, gracias.
Santi
""", [("Santi", P, 0), ("diecinueve", AGE), ("Córdoba", LOC, 0), ("Nueva Córdoba", LOC), ("Buen Pastor", LOC),
      ("UNC", ORG), ("Talleres", ORG), ("Santi", P, 1)],
    known={"names": ["Santiago Ferreyra"], "places": ["Córdoba"],
           "organisations": ["Universidad Nacional de Córdoba"]}, var="es-AR")

# W031 Medellín Metrocable operator; Instagram handle; "del DIM" is a guess about the reader.
add("es", "donor_to_patient", """
Hola, parcero o parcera:

Le escribo desde Medellín para contarle que soy su donante. Me dijeron que usted va muy bien y eso me tiene feliz, se lo juro.

Tengo veintinueve años y soy operario del Metrocable de la línea J, el que sube a San Javier. Todos los días veo la ciudad desde arriba y ahora, cuando voy en la cabina, pienso que en algún lado hay alguien con un pedacito mío adentro. Es una sensación bien bonita.

Yo crecí en la Comuna 13 y mi mamá todavía vive allá. Cuando le conté de la donación me dijo que yo había salido igual de terco que mi abuelo, pero que por una buena causa. Soy hincha del Nacional, así que si usted es del DIM, tocará perdonarnos mutuamente.

Si algún día me quiere saludar, búsqueme en Instagram como @juanda.cable29. Y si no, igual lo llevo en el corazón.

Un abrazo grandote,
Juanda
""", [("Medellín", LOC), ("veintinueve", AGE), ("operario del Metrocable de la línea J", OID), ("San Javier", LOC),
      ("Comuna 13", LOC), ("Nacional", ORG), ("@juanda.cable29", CON), ("Juanda", P)], var="es-CO")

# W032 Bogotá taxi driver "don Alberto"; known name part Alberto appears three times.
add("es", "patient_to_donor", """
Apreciado donante:

Reciba un saludo muy especial desde Bogotá. Me llamo Alberto, tengo cuarenta y cinco años y el 15 de septiembre de 2022 recibí sus células madre en la Fundación Santa Fe. Ese día, la doctora Paola Ríos me dijo: «Hoy empieza su segunda vida, don Alberto». Y así ha sido.

Soy taxista desde hace veinte años, casi siempre entre el aeropuerto y Chapinero, así que conozco cada hueco de la Calle 26. Durante el tratamiento tuve que dejar el carro, y mis compañeros de la cooperativa hicieron una colecta para ayudarnos con el arriendo.

El mes pasado subí a Monserrate con mi hija menor. No llegué caminando, claro, subí en el funicular, pero allá arriba, viendo toda la ciudad, le di gracias a Dios y a usted.

Que Dios le pague. Y ahora sí, a ver si Millos por fin gana algo este año.

Alberto
""", [("Bogotá", LOC), ("Alberto", P, 0), ("cuarenta y cinco", AGE), ("15 de septiembre de 2022", DATE),
      ("Fundación Santa Fe", ORG), ("doctora Paola Ríos", P), ("don Alberto", P), ("Chapinero", LOC),
      ("Calle 26", LOC), ("Monserrate", LOC), ("Millos", ORG), ("Alberto", P, 2)],
    known={"names": ["Luis Alberto Cárdenas"], "places": ["Bogotá D.C."], "organisations": []}, var="es-CO")

# ======================================== Chinese ========================================

# W033 Chengdu phone-shop salesman; known registry verbatim; 春节 and 火锅 are not labelled.
add("zh", "patient_to_donor", """
亲爱的捐献者:

你好!我是接受你造血干细胞的患者。拿起笔的时候手一直在抖,不知道该从哪里说起。

我今年三十六岁,是成都人。生病以前,我在春熙路的一家手机店卖手机,每天站十个小时也不觉得累。前年冬天查出白血病,在华西住了整整五个月。那段时间,妈妈每天从家里给我送粥,我媳妇一边上班一边带孩子,真的很辛苦。

听中华骨髓库的工作人员说,你是专门请了假来捐献的。我一直在想,你是什么样的人?是不是也喜欢吃火锅?如果是的话,真想请你来宽窄巷子吃一顿,我请客!

今年春节,我终于能陪女儿放鞭炮了。她叫我"小刘爸爸",说我头发短短的像个小和尚。

谢谢你,真的谢谢你。祝你一生平安。
""", [("三十六", AGE), ("成都", LOC), ("春熙路", LOC), ("华西", ORG), ("中华骨髓库", ORG), ("宽窄巷子", LOC),
      ("小刘", P)],
    known={"names": ["刘志强"], "places": ["四川省成都市锦江区"], "organisations": ["中华骨髓库"]}, var="zh-Hans")

# W034 Hangzhou programmer donor "阿杰"; 中秋节 not labelled.
add("zh", "donor_to_patient", """
你好,陌生的朋友:

我是你的捐献者。2023年4月18日,我在浙一完成了采集。那天杭州下着小雨,我躺在采集室里,看着血液一点点流进机器,心里想的全是你。

介绍一下我自己吧。我今年二十七岁,在阿里做程序员,平时加班比较多,朋友们都叫我"阿杰"。报名捐献是在大学的时候,那时候只是抽了一管血,没想到过了六年真的配上了。领导知道以后,直接给我批了两个星期的假。

采集完回家,我妈特地炖了鸡汤,说要给我补补。我跟她说,真正需要补的是你。

中秋节那天,我一个人去西湖边走了走,看着月亮,希望你也能在某个地方看到同一个月亮。

请一定好好养病,按时吃药。等你好了,去做你最想做的事情。

阿杰
""", [("2023年4月18日", DATE), ("浙一", ORG), ("杭州", LOC), ("二十七", AGE), ("阿里", ORG), ("阿杰", P, 0),
      ("西湖", LOC), ("阿杰", P, 1)],
    known={"names": ["王俊杰"], "places": ["浙江省杭州市"], "organisations": ["阿里巴巴集团"]}, var="zh-Hans")

# W035 Zhengzhou mother of 朵朵; 儿童节 not labelled.
add("zh", "family_to_donor", """
亲爱的捐献者:

我是朵朵的妈妈。朵朵是去年三月在河南省儿童医院做的移植,那时候她才四岁,瘦得只剩一把骨头。

说实话,确诊的那天我在医院走廊里哭了一整夜。医生说只有配型成功才有希望,我们全家都去抽了血,可是一个都没配上。后来接到电话说骨髓库找到了合适的人,我抱着她爸爸又哭了一场,这次是高兴的。

现在朵朵五岁半了,在郑州的郑东新区上幼儿园中班,每天回家都要给我跳新学的舞。儿童节那天她在台上表演,一点都不怕。老师说她是班里最有精神的小朋友,谁能想到她一年前还躺在无菌仓里呢。

我们不知道你是谁,也不知道你在哪里,但是朵朵每天晚上睡觉前都会说:"谢谢好心的叔叔阿姨。"

祝你和你的家人平平安安,健健康康。
""", [("朵朵", P, 0), ("朵朵", P, 1), ("河南省儿童医院", ORG), ("四", AGE, "才四岁"), ("朵朵", P, 2),
      ("五", AGE, "五岁半"), ("郑州", LOC), ("郑东新区", LOC), ("朵朵", P, 3)], var="zh-Hans")

# W036 Qingdao brewer, donor to the bereaved family; 清明节 not labelled.
add("zh", "donor_to_family", """
尊敬的家属:

收到你们的信,我在办公室里坐了很久,一句话也说不出来。非常抱歉,听到这个消息,我心里特别难过。

捐献之前,我常常想象接受者康复以后的样子。你们在信里说,他最后几个月精神很好,还带着孙子去海边放了风筝,我看了以后哭了。我想,这也许就是我能给他的最好的礼物。

我是青岛人,今年四十一岁,在一家啤酒厂做酿酒师。下班以后,我喜欢去栈桥边上走一走,看看海鸥。以后每次去,我都会想起他。

清明节的时候,请替我给他献一束花。虽然我们素不相识,但是我会一直记得,有一个人身上曾经流过我的血。

愿你们节哀,保重身体。
""", [("青岛", LOC), ("四十一", AGE), ("酿酒师", OID), ("栈桥", LOC)], var="zh-Hans")

# W037 Taichung night-market stall; known city in the other form (臺中 / 台中).
add("zh", "patient_to_donor", """
親愛的捐贈者您好:

我是接受您周邊血幹細胞的病人。寫這封信之前,我在房間裡坐了好久,想了很多種開頭,最後還是決定簡單地說一聲:謝謝您。

我今年二十五歲,住在台中,原本在逢甲夜市幫家裡顧雞排攤。去年被診斷出急性骨髓性白血病的時候,我爸爸整整一個禮拜都沒有出攤。後來在中國醫住了半年,護理師們都叫我「小君」,說我是病房裡最愛笑的病人。

慈濟的志工告訴我,您是在很多年前登記的,一直等到今天才配對成功。我常常想,如果您當初沒有走進那台捐血車,我現在會在哪裡?

現在我每天早上都會去草悟道散步,晚上回攤子幫忙。我爸說等我完全好了,要請您吃一輩子的雞排。

祝福您平安健康,萬事如意。
""", [("二十五", AGE), ("台中", LOC), ("逢甲夜市", LOC), ("顧雞排攤", OID), ("中國醫", ORG), ("小君", P),
      ("慈濟", ORG), ("草悟道", LOC)],
    known={"names": ["陳怡君"], "places": ["臺中市西屯區"], "organisations": []}, var="zh-Hant-TW")

# W038 Kaohsiung ferry ticket seller donor; Minguo date.
add("zh", "donor_to_patient", """
您好:

我是您的捐贈者。慈濟的師姊說您恢復得不錯,我聽了真的好開心,當天晚上多吃了一碗飯。

我住在高雄,在旗津的渡輪上賣票,已經做了十幾年。每天看著船來來回回,心裡很平靜。民國112年5月,我請了一個禮拜的假去醫院捐贈,同事還以為我要出國玩,回來以後才知道是去救人,大家都說我很酷。

放假的時候,我喜歡帶女兒去駁二看展覽,或者去西子灣看夕陽。女兒今年上小學一年級,她說長大也要當捐贈者。

希望您每天都有好心情,多吃點好吃的,身體會越來越好。如果有機會來高雄,可以搭一趟旗津渡輪,說不定賣票的人就是我喔!

加油!
""", [("慈濟", ORG), ("高雄", LOC, 0), ("旗津", LOC, 0), ("渡輪上賣票", OID), ("民國112年5月", DATE), ("駁二", LOC),
      ("西子灣", LOC), ("高雄", LOC, 1), ("旗津", LOC, 1)], var="zh-Hant-TW")

# W039 Hong Kong father (Cantonese) of 阿朗; 瑪麗 is the hospital; known place verbatim.
add("zh", "family_to_donor", """
親愛的捐贈者:

我係阿朗嘅爸爸。阿朗今年八歲,兩年前喺瑪麗做咗骨髓移植,用嘅就係你嘅骨髓。

嗰陣時我哋一家人成日喺醫院同沙田之間走來走去,佢媽媽辭咗工專心照顧佢。最難捱嘅係隔離嗰幾個月,佢只可以隔住玻璃同細佬揮手。

而家阿朗已經返學,仲參加咗學校嘅足球隊,每個禮拜六都喺城門河邊踢波。上個月我哋一家人行獅子山,佢行得比我仲快,喺山頂大聲叫:「多謝捐贈者!」

我哋唔知你係邊個,但係每年聖誕節,阿朗都會畫一張卡,話要寄畀你。今年我終於可以透過中心幫佢寄出去喇。

真心多謝你。祝你身體健康,一切順利。

阿朗爸爸
""", [("阿朗", P, 0), ("阿朗", P, 1), ("八", AGE, "八歲"), ("瑪麗", ORG), ("沙田", LOC), ("阿朗", P, 2),
      ("城門河", LOC), ("獅子山", LOC), ("阿朗", P, 3), ("阿朗", P, 4)],
    known={"names": ["黃志強"], "places": ["沙田"], "organisations": []}, var="zh-Hant-HK")

# W040 Hong Kong minibus driver "肥姐" on the 1A; e-mail.
add("zh", "patient_to_donor", """
捐贈者你好:

我係一個五十八歲嘅師奶,住喺西貢。講出嚟你可能唔信,我揸咗廿年1A綠van,由西貢去彩虹,熟客都叫我「肥姐」。

前年我喺威院確診淋巴癌,化療之後復發,醫生話要做移植。等配對嗰陣,我成日諗,唔知世界上有冇一個人肯幫我。結果真係有,就係你。

而家我已經冇再揸車,但係每朝都會去西貢海傍飲茶,同啲老街坊吹水。佢哋見到我都話:「肥姐,你個樣後生咗喎!」我話係因為有人送咗一份好靚嘅禮物俾我。

如果有一日可以聯絡,我嘅電郵係 feijie.skg58@yahoo.com.hk,我好想請你食餐飯。

多謝你。真心多謝你。
""", [("五十八", AGE), ("西貢", LOC, 0), ("1A綠van", OID), ("西貢", LOC, 1), ("彩虹", LOC), ("肥姐", P, 0),
      ("威院", ORG), ("西貢海傍", LOC), ("肥姐", P, 1), ("feijie.skg58@yahoo.com.hk", CON)], var="zh-Hant-HK")

# ======================================== Marathi ========================================

# W041 Pune rickshaw driver; inflected place and hospital names; known only in other forms; गणपती not labelled.
add("mr", "patient_to_donor", """
प्रिय दाते,

सप्रेम नमस्कार. मी तुमच्या पेशी मिळालेला रुग्ण आहे. हे पत्र लिहिताना माझे हात थरथरत आहेत, पण मनात फक्त कृतज्ञता आहे.

माझं वय बावन्न आहे. मी पुण्यात राहतो आणि गेली पंचवीस वर्षं शनिवारवाड्याजवळ रिक्षा चालवतो. गेल्या वर्षी मला रक्ताचा कर्करोग झाल्याचं कळलं, तेव्हा घरात सगळे घाबरून गेले. ससूनमध्ये उपचार सुरू झाले, आणि डॉक्टरांनी सांगितलं की फक्त स्टेम सेल प्रत्यारोपणच आशा आहे.

तुम्ही कोण आहात, कुठे राहता, मला माहीत नाही. पण तुम्ही होकार दिलात म्हणून आज मी माझ्या नातवाला शाळेत सोडायला जाऊ शकतो. यंदा गणपतीत मी पुन्हा ढोल वाजवला, आमच्या मंडळातले मित्र आनंदाने रडले.

तुमचे उपकार मी कधीच विसरणार नाही. देव तुम्हाला उदंड आयुष्य देवो.

तुमचा,
एक कृतज्ञ रुग्ण
""", [("बावन्न", AGE), ("पुण्यात", LOC), ("शनिवारवाड्याजवळ", LOC), ("ससूनमध्ये", ORG)],
    known={"names": ["सुरेश पाटील"], "places": ["पुणे"], "organisations": ["ससून सर्वोपचार रुग्णालय"]})

# W042 Nashik donor working at HAL Ozar; known first name verbatim; ordinal age.
add("mr", "donor_to_patient", """
प्रिय मित्रा/मैत्रिणी,

मी तुमचा दाता आहे. तुमची तब्येत सुधारतेय हे ऐकून मला खूप आनंद झाला.

मी नाशिकचा आहे. ओझरच्या HAL कारखान्यात मी तंत्रज्ञ म्हणून काम करतो. १४ मार्च २०२३ ला मी पेशी दान केल्या. त्याच आठवड्यात माझा तिसावा वाढदिवस होता, त्यामुळे घरच्यांनी गंमतीने म्हटलं की यंदा वाढदिवसाची भेट तूच दुसऱ्याला दिलीस.

रविवारी सकाळी मी गोदावरीच्या काठावर रामकुंडाजवळ फिरायला जातो. तिथे बसून मी तुमच्यासाठी प्रार्थना करतो. आमच्याकडे द्राक्षांचा हंगाम सुरू झाला आहे; तुम्ही बरे झालात की भरपूर द्राक्षं खा!

काळजी घ्या आणि लवकर पूर्ण बरे व्हा.

तुमचा दाता,
नितीन
""", [("नाशिकचा", LOC), ("ओझरच्या", LOC), ("HAL", ORG), ("१४ मार्च २०२३", DATE), ("तिसावा", AGE),
      ("गोदावरीच्या", LOC), ("रामकुंडाजवळ", LOC), ("नितीन", P)],
    known={"names": ["नितीन जाधव"], "places": ["नाशिक"], "organisations": ["हिंदुस्तान एरोनॉटिक्स लिमिटेड"]})

# W043 Kolhapur mother of "चिंटू"; दिवाळी not labelled; the Mahalakshmi temple is a landmark.
add("mr", "family_to_donor", """
आदरणीय दाते,

मी चिंटूची आई. चिंटू सात वर्षांचा आहे. गेल्या वर्षी मुंबईच्या टाटामध्ये त्याचं प्रत्यारोपण झालं, आणि तुमच्या पेशींमुळे आज तो आमच्याबरोबर आहे.

आम्ही कोल्हापूरचे. उपचारासाठी सहा महिने मुंबईत भाड्याच्या खोलीत राहिलो. ते दिवस आठवले की अजूनही अंगावर काटा येतो. पण आता चिंटू परत शाळेत जातो, आणि रंकाळ्यावर संध्याकाळी भेळ खायचा हट्ट करतो.

या दिवाळीत आम्ही महालक्ष्मीच्या देवळात जाऊन तुमच्यासाठी दिवा लावला. तुम्ही कोण आहात, कुठले आहात, हे आम्हाला कधीच कळणार नाही, पण आमच्या घरात तुमचं नाव 'देवमाणूस' असंच आहे.

तुमचे खूप खूप आभार.

चिंटूची आई
""", [("चिंटूची", P, 0), ("चिंटू", P, 0), ("सात", AGE), ("मुंबईच्या", LOC), ("टाटामध्ये", ORG),
      ("कोल्हापूरचे", LOC), ("मुंबईत", LOC), ("चिंटू", P, 1), ("रंकाळ्यावर", LOC),
      ("महालक्ष्मीच्या देवळात", LOC), ("चिंटूची", P, 1)])

# W044 Mumbai donor to the bereaved family; known registry verbatim; गणेशोत्सव not labelled.
add("mr", "donor_to_family", """
प्रिय कुटुंबीयांनो,

तुमचं पत्र वाचलं आणि बराच वेळ काहीच सुचलं नाही. तुमच्या घरातली व्यक्ती आता या जगात नाही, हे वाचून मन खूप जड झालं. माझ्या मनापासून सहवेदना.

मी DATRI मध्ये नाव नोंदवलं तेव्हा कॉलेजमध्ये होतो. बारा वर्षांनी फोन आला, तेव्हा मी दादरला एका छोट्या प्रिंटिंग प्रेसमध्ये काम करत होतो. मालक म्हणाले, 'जा, आधी ते काम कर.'

तुम्ही लिहिलंत की शेवटच्या महिन्यांत ते रोज संध्याकाळी खिडकीत बसून गाणी ऐकायचे. मी रोज शिवाजी पार्कवर फिरायला जातो. आता तिथे प्रत्येक सूर्यास्ताला मला त्यांची आठवण येईल.

गणेशोत्सवात आमच्या गल्लीतल्या बाप्पाकडे मी त्यांच्या आत्म्याच्या शांतीसाठी प्रार्थना केली.

तुमच्या दुःखात मी सहभागी आहे.

तुमचा दाता
""", [("DATRI", ORG), ("दादरला", LOC), ("शिवाजी पार्कवर", LOC)],
    known={"names": ["अमित देशमुख"], "places": ["मुंबई"], "organisations": ["DATRI"]})

# W045 Nagpur schoolgirl "सोनू"; school name without a suffix; Instagram handle.
add("mr", "patient_to_donor", """
प्रिय दादा/ताई,

मी सोनू. मी सोळा वर्षांची आहे आणि नागपूरला राहते. मी सोमलवारमध्ये दहावीत शिकते. गेल्या वर्षी मला थॅलेसेमिया मेजरसाठी प्रत्यारोपण करावं लागलं, आणि तुमच्यामुळे आता मला दर महिन्याला रक्त घ्यावं लागत नाही!

हे किती मोठं आहे, ते तुम्हाला कदाचित माहीत नसेल. लहानपणापासून मी दवाखान्यात जात होते. आता मी मैत्रिणींबरोबर सायकलवर दीक्षाभूमीपर्यंत जाते, आणि येताना संत्र्याचा रस पिते.

माझ्या आईने सांगितलं की मी इन्स्टाग्रामवर काहीही टाकू नये, पण तरी सांगते, माझं अकाउंट @nagpuri_sonu16 आहे. तुम्हाला कधी परवानगी मिळाली तर नक्की मेसेज करा.

खूप खूप धन्यवाद!

तुमची सोनू
""", [("सोनू", P, 0), ("सोळा", AGE), ("नागपूरला", LOC), ("सोमलवारमध्ये", ORG), ("दीक्षाभूमीपर्यंत", LOC),
      ("@nagpuri_sonu16", CON), ("सोनू", P, 1)])

# ======================================== English ========================================

# W046 Newcastle chip-shop owner "Gaz"; known name/city only in other forms.
add("en", "patient_to_donor", """
Dear Donor,

I've started this letter about ten times, so I'm just going to crack on with it. My name's Gaz, I'm forty-seven, and thanks to you I'm still here to annoy my wife.

I run a chippy on Shields Road in Byker, and have done for nineteen years. When I got poorly the regulars kept the place going for me – one of them even learned to batter fish off YouTube. Everyone round here knows me as the lad with the Toon shirt behind the counter.

I had my transplant at the RVI in November 2022. The nurses on the ward were class. I was in there for Christmas, which wasn't ideal, but they put tinsel on my drip stand.

These days I'm back at St James' Park with my lad every other Saturday, and I've started walking along the Quayside of a morning. Grace, my youngest, says I walk faster than her now.

Whoever you are, wherever you are, you're a legend. Thank you.

Gaz
""", [("Gaz", P, 0), ("forty-seven", AGE), ("run a chippy", OID), ("Shields Road", LOC), ("Byker", LOC),
      ("Toon", ORG), ("RVI", ORG), ("November 2022", DATE), ("St James' Park", LOC), ("Quayside", LOC),
      ("Grace", P), ("Gaz", P, 1)],
    known={"names": ["Gareth Robson"], "places": ["Newcastle upon Tyne"], "organisations": []}, var="en-GB")

# W047 Ohio teacher and softball coach donor; "Hope", Thanksgiving, "eighth grade" not labelled.
add("en", "donor_to_patient", """
Hi there,

Hope you're doing well! I'm the person who donated stem cells for your transplant, and I've been thinking about you pretty much every day since.

A little about me: I'm thirty-three, married, with two boys who think it's hilarious that I 'gave away my blood.' I teach eighth grade science and coach JV softball at Lakewood High, just outside Cleveland. The girls on my team made me a big poster on donation day that said 'GO COACH D!'

I donated at the Clinic on June 7th. Honestly, the worst part was the filgrastim shots the days before – my bones ached like I'd run a marathon. Totally worth it.

In the fall you'll find me yelling at the TV during Buckeyes games, and at Thanksgiving we do a big family touch-football game in the backyard. I'd love to think you might be doing something like that this year too.

Take care of yourself. You've got a whole team of people rooting for you, and now that includes a bunch of teenage softball players in Ohio.

Coach D
""", [("thirty-three", AGE), ("coach JV softball", OID), ("Lakewood High", ORG), ("Cleveland", LOC),
      ("COACH D", P), ("Clinic", ORG), ("June 7th", DATE), ("Buckeyes", ORG), ("Ohio", LOC), ("Coach D", P)],
    known={"names": ["Danielle Kowalski"], "places": ["Lakewood, OH"], "organisations": ["Lakewood City Schools"]},
    var="en-US")

# W048 Queensland mother of Mack; the mate Kobe is a person; Anzac Day not labelled.
add("en", "family_to_donor", """
Dear Donor,

I'm Mack's mum. Mack had his transplant at the Lady Cilento two years ago, when he was nine, and I promised him I'd write to you when he turned eleven. He turned eleven last week, so here I am.

He's a proper Queensland kid again – barefoot, sunburnt and obsessed with the Broncos. For his birthday we took him to a game at Suncorp and he screamed himself hoarse. Two years ago he couldn't even sit up in bed. I still can't quite believe it.

We live out past Redcliffe, and most weekends he's on the jetty with his fishing rod and his best mate Kobe. He's also started nippers at the surf club, which I'm trying very hard not to panic about.

On Anzac Day he marched with his school and wore his great-grandad's medals. He told me afterwards he was marching for you as well, 'cos you're a hero too.

There aren't words big enough. Thank you from all of us.

Love,
Mack's mum
""", [("Mack", P, 0), ("Mack", P, 1), ("Lady Cilento", ORG), ("nine", AGE), ("eleven", AGE, 0), ("eleven", AGE, 1),
      ("Queensland", LOC), ("Broncos", ORG), ("Suncorp", LOC), ("Redcliffe", LOC), ("Kobe", P), ("Mack", P, 2)],
    var="en-AU")

# W049 Bengaluru teacher donor to the family; known registry verbatim, city in the other spelling; Mysore pak.
add("en", "donor_to_family", """
Dear Family,

I received your letter through DATRI last week. I am so very sorry for your loss. I have read it many times, and each time I have to stop and sit quietly for a while.

I am a Kannada teacher at a government school in Jayanagar, and when I registered as a donor I never imagined I would actually get the call. When it came, my students were more excited than me. I donated on 12th Feb 2022 at Narayana Health, and my whole staff room sent me off with a box of Mysore pak.

You wrote that after the transplant he saw his granddaughter's first Sankranti and helped her with the ellu-bella. I am grateful he had those months with you. It is small comfort, I know.

Here in Bengaluru the rains have started. Every evening I walk in Lalbagh and I think of your family. If you ever wish to write to me directly, when the rules allow, my email is ravi.h.blr at gmail dot com.

With deepest condolences,
Ravi
""", [("DATRI", ORG), ("Kannada teacher", OID), ("Jayanagar", LOC), ("12th Feb 2022", DATE), ("Narayana Health", ORG),
      ("Bengaluru", LOC), ("Lalbagh", LOC), ("ravi.h.blr at gmail dot com", CON), ("Ravi", P)],
    known={"names": ["Ravi Shankar Hegde"], "places": ["Bangalore"], "organisations": ["DATRI"]}, var="en-IN")

# W050 Cork farmer "Mossie"; "the Mercy" vs "mercy"; Nemo Rangers; season+year only for the transplant.
add("en", "patient_to_donor", """
Dear Donor,

My name is Mossie and I'm a sixty-four-year-old farmer from just outside Macroom. I'm not much of a man for letters, but my daughter said I'd regret it if I didn't write, and she's usually right.

I was diagnosed with myeloma in the spring of 2021 and got my transplant in the Mercy in the spring of 2022. The staff there showed me great mercy altogether, if you'll pardon the pun. I had forty-odd cattle at home and the neighbours took it in turns to look after them all the time I was inside.

I've been a Nemo Rangers man all my life, and I was back on the sideline for the county final, wrapped up like a mummy in three coats. When we won, the lads brought the cup over to me and I held it for a minute. I'm not ashamed to say I cried.

On Paddy's Day I went for a pint in Coughlan's for the first time in two years. One pint, mind. Doctor's orders.

God bless you, whoever you are.

Mossie
""", [("Mossie", P, 0), ("sixty-four", AGE), ("Macroom", LOC), ("Mercy", ORG), ("spring of 2022", DATE),
      ("Nemo Rangers", ORG), ("Coughlan's", ORG), ("Mossie", P, 1)], var="en-IE")


main()
