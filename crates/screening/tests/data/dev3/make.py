#!/usr/bin/env python3
"""Build letters.jsonl, the third hand-written development set for the letter screener.

The record format, the `where` forms and the checks are those of ../letterset.py; the script stops and
writes nothing if a check fails. `python3 make.py` builds letters.jsonl, `--stats` also prints counts.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "T", (60, 300), (100, 500))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== English ========================================

add("en", "patient_to_donor", """
Dear Donor,

Jodie here, well, that's what everyone calls me except Mum when I'm in trouble. I've sat down to write this about five times and every time I end up bawling into my cuppa, so bear with me.

I'm 38, married to a bloke who fixes tractors, and we've got two boys who eat everything in the fridge. Up until last year I ran the tuckshop at Harristown State High in Toowoomba and knew every kid by their lunch order. Then I got so tired I couldn't carry a tray of sausage rolls, and after a pile of tests I was told it was AML.

My transplant was at the RBWH on 23 March 2023, and the Leukaemia Foundation put us up in one of their units in Brisbane so the boys could visit. The nurses on the ward were absolute legends. One of them, Priya, used to sneak me an extra Milo at night when I couldn't sleep.

I'm back to driving the boys to footy on Saturdays and I even made it to the Anzac Day dawn service this year, rugged up in three jumpers. I'm not back at the tuckshop yet but the kids keep sending cards asking when I'm coming back.

Whoever you are, wherever you are, thank you from the bottom of my heart. You've given two boys their mum back.

Cheers and heaps of love,
J.
""", [("Jodie", P), ("38", AGE), ("ran the tuckshop", OID), ("Harristown State High", ORG), ("Toowoomba", LOC),
      ("RBWH", ORG), ("23 March 2023", DATE), ("Leukaemia Foundation", ORG), ("Brisbane", LOC), ("Priya", P), ("J.", P)],
    known={"names": ["Jodie Pratt"], "places": ["Toowoomba, QLD"],
           "organisations": ["Royal Brisbane and Women's Hospital"], "other": []}, var="en-AU")

add("en", "donor_to_patient", """
Hi there,

I'm your donor. I'm not much of a writer so my girlfriend Kayleigh is checking my spelling. I'm 27 and I fish lobster out of Peggy's Cove with my uncle, so most mornings I'm up at 3:30 and on the water before the sun. I signed up with Canadian Blood Services at a swab drive at Dal when I was in first year and totally forgot until they called me last spring.

The donation was at the QEII in Halifax. They gave me the shots for a few days before and my back ached like I'd hauled traps all day, but honestly it was nothing compared to what you've been through. The nurse said my cells were going on a flight that same night. I thought that was pretty cool, my cells got to travel further than I ever have.

I don't know anything about you except that you needed a match and I was it. I hope you're eating good, sleeping good and getting stronger. If you ever find yourself on the South Shore, the chowder at my aunt's place is on me.

Take care of yourself, eh.
Your donor
""", [("Kayleigh", P), ("27", AGE), ("fish lobster", OID), ("Peggy's Cove", LOC), ("Canadian Blood Services", ORG),
      ("Dal", ORG), ("QEII", ORG), ("Halifax", LOC), ("South Shore", LOC)], var="en-CA")

add("en", "family_to_donor", """
Dear Donor,

I have put off writing this for a long time. My husband Declan received your stem cells in St James's in Dublin in the autumn of 2022, and I'm sorry to tell you that he died on the 14th of February this year, a few weeks short of his 59th birthday.

I want you to know that you gave him a good summer. He got home to Ballina, he got back to coaching the under-12s at the Stephenites, shouting at referees like nothing had happened, and he walked the quay with the dog most evenings. He watched Mayo lose another final, of course, and swore it was the last time he'd get his hopes up. It wasn't.

Declan always said that a stranger doing that for him was the best proof of God he ever had. He lit a candle for you at Mass every Sunday, and I've kept that up for him.

Please don't think it was wasted. It wasn't, not one day of it.

God bless you and yours,
Bríd
""", [("Declan", P, 0), ("St James's", ORG), ("Dublin", LOC), ("autumn of 2022", DATE), ("14th of February", DATE),
      ("59th", AGE), ("Ballina", LOC), ("coaching the under-12s", OID), ("Stephenites", ORG), ("Mayo", ORG),
      ("Declan", P, 1), ("Bríd", P)],
    known={"names": ["Declan Walsh", "Bríd Walsh"], "places": ["Ballina, Co. Mayo"],
           "organisations": ["St. James's Hospital"], "other": []}, var="en-IE")

add("en", "patient_to_donor", """
Dear Pal,

They tell me I'm no allowed to say who I am, so I'll just say I'm a 64-year-old Glaswegian wi a dodgy knee and a new lease of life, thanks to you.

I spent forty year as a welder in the yards at Govan, and when I got the diagnosis (MDS, then it turned into AML) I thought that was me. My wife Senga says I was a right misery. Then the Beatson folk told us they'd found a match, and I got your cells on the 9th of May 2023 at the Queen Elizabeth. I was in Ward 4B for five weeks and the food was worse than the Jags' defence.

I'm back at the bowling club at Whiteinch now, just off Dumbarton Road in G14, no bowling yet but I keep the scores and make the tea. Senga has me on a diet of soup and walks along the Clyde. I've never been so healthy in my life and I'm no happy about it!

Whoever ye are, ye're a diamond. If ye're ever in Glasgow there's a pint waiting, or a cup of tea if the doctors have got to you as well.

All the best,
your Scottish pal
""", [("64", AGE), ("welder in the yards", OID), ("Govan", LOC), ("Senga", P, 0), ("Beatson", ORG),
      ("9th of May 2023", DATE), ("Queen Elizabeth", ORG), ("Ward 4B", LOC), ("Jags", ORG), ("Whiteinch", LOC),
      ("Dumbarton Road", LOC), ("G14", CON), ("Senga", P, 1), ("Clyde", LOC), ("Glasgow", LOC)], var="en-GB-SCT")

add("en", "donor_to_patient", """
Hey there, sweet friend,

Bless your heart, I have been praying for you since the day Be The Match called me, and I just couldn't wait one more minute to write. I'm a 45-year-old mama of three from right outside Birmingham, Alabama, and I've been teaching fourth grade for going on twenty years. My kids at school made you a poster but the coordinator said I can't send it, so just picture a whole lot of glitter and a few misspelled words.

I gave my stem cells at UAB in October. My husband Darrell drove me up every morning for the shots and stopped for biscuits at the same Waffle House every single time. Our Sunday school class at Shades Mountain Baptist has been lifting you up by name, well, by "our recipient," since we don't know your real one.

I don't know if you're a little one or a grandmama or somebody in between, but I hope you're feeling stronger every day. When you're able, I'd love to hear how you're doing. Y'all take care now, and eat some good cornbread for me.

With love and prayers,
Your donor, Tammy
""", [("Be The Match", ORG), ("45", AGE), ("Birmingham", LOC), ("Alabama", LOC), ("UAB", ORG), ("Darrell", P),
      ("Shades Mountain Baptist", ORG), ("Tammy", P)],
    known={"names": ["Tamara Lynn Hughes"], "places": ["Hoover, AL"],
           "organisations": ["Vestavia Hills City Schools"], "other": []}, var="en-US-South")

add("en", "family_to_donor", """
Dear Donor,

My name is not allowed in this letter, so I'll just be Jake's mom. Jake is 11 and he got your bone marrow on June 6, 2023 at the Stead Family Children's Hospital in Iowa City. We live on a hog farm about two hours west of there, outside a town so small we don't have a stoplight, just a grain elevator and a Casey's.

Before he got sick, Jake's whole world was 4-H and his show pigs. This August he showed a gilt named Peaches at the Carroll County Fair and got a purple ribbon. His dad cried in the show barn. I cried in the bleachers. Our story was on the news, and the Carroll Daily Times Herald ran a picture of him with Peaches. The pig did not cry, she just wanted her marshmallows.

Jake wants you to know three things: he is taller than his sister now, he can eat pizza again, and he thinks you should come see the farm. I told him that's up to the registry, but if it's ever allowed, the invitation stands.

Every night at supper we say grace and we say thank you for you. You gave our family back its middle child.

With more gratitude than I know how to write,
Jake's mom, Karen
""", [("Jake", P, 0), ("Jake", P, 1), ("11", AGE), ("June 6, 2023", DATE), ("Stead Family Children's Hospital", ORG),
      ("Iowa City", LOC), ("Jake", P, 2), ("Carroll County", LOC), ("Our story was on the news", OID), ("Carroll Daily Times Herald", ORG), ("Jake", P, 3), ("Jake", P, 4), ("Karen", P)],
    var="en-US-Midwest")

add("en", "patient_to_donor", """
Dear Donor,

Greetings to you in the name of our Lord Jesus Christ. My name is Precious and I am 19 years of age. I am writing you from Enugu, Nigeria, to say thank you from the bottom of my heart.

Since I was a small girl I have been suffering sickle cell crisis. Many times I was admitted in UNTH and my parents have spent all their savings on my treatment. In 2023 my doctor advised that the only cure is bone marrow transplant, and by God's grace, a donor was found for me. The transplant was done in Apollo Hospital Chennai, India on 2nd August 2023. It was my first time to travel outside Nigeria and the food was too peppery even for a Nigerian!

Now I am no more having crisis. I have returned to school at the University of Nigeria, Nsukka, where I am studying Pharmacy. My pastor at RCCG Jesus House asked the whole church to pray for you during thanksgiving service.

Please if you are allowed, you can write me on WhatsApp 0803 555 2741. My mummy wants to greet you also.

God bless you abundantly.
Precious
""", [("Precious", P, 0), ("19", AGE), ("Enugu", LOC), ("Nigeria", LOC, 0), ("UNTH", ORG), ("Apollo Hospital", ORG),
      ("Chennai", LOC), ("India", LOC), ("2nd August 2023", DATE), ("Nigeria", LOC, 1), ("University of Nigeria", ORG),
      ("Nsukka", LOC), ("RCCG Jesus House", ORG), ("0803 555 2741", CON), ("Precious", P, 1)],
    known={"names": ["Precious Chiamaka Okafor"], "places": ["Enugu"],
           "organisations": ["University of Nigeria Teaching Hospital"], "other": ["+2348035552741"]}, var="en-NG")

add("en", "donor_to_patient", """
Dear Recipient,

Akwaaba to my letter! I hope this finds you in good health. I am your donor, a 31-year-old man from Kumasi in Ghana. I registered with DKMS in 2019 when I was doing my Masters at RWTH Aachen, because one of my lab mates organised a swab day for a classmate's cousin. I did not think about it again until last year when DKMS sent me an email that I may be a match.

By then I was back home, lecturing at KNUST. DKMS arranged everything and I flew to Cologne for the donation, which took place on 11 April 2024. My mother was worried that they will remove my kidney, hahaha. I had to explain to the whole family on our family WhatsApp group that it is just like donating blood but longer.

I do not know where you are, or whether you are old or young, man or woman. But I believe God connected us for a reason. Back home we say that when you help someone up the tree, you have also climbed. Now I feel we are brothers or sisters.

Get well soon. Eat well, rest well, and when you are strong, please tell me about your life. (The coordinator said to put my donor ID, so here it is: 7716-4402-9815.)

Your donor,
Kwabena
""", [("31", AGE), ("Kumasi", LOC), ("Ghana", LOC), ("DKMS", ORG, 0), ("RWTH Aachen", ORG), ("DKMS", ORG, 1),
      ("KNUST", ORG), ("DKMS", ORG, 2), ("Cologne", LOC), ("11 April 2024", DATE), ("7716-4402-9815", OID), ("Kwabena", P)], var="en-GH")

add("en", "patient_to_donor", """
Dear Donor,

Jambo! Asante sana. These two words are small but they carry my whole heart.

I am a 42-year-old father of three from Nyeri, near the slopes of Mt. Kenya. I keep dairy cows and I supply milk to the Kiganjo Dairy Co-operative. In March 2022 I was diagnosed with aplastic anaemia and my blood count became very low. My siblings were tested but none was a match, so the doctors searched the international registries and found you.

Because the transplant is very expensive at home, our church and my age-mates from Kagumo High School held a harambee, my nephew started gofundme.com/f/help-mwangi-beat-aplastic-anaemia, and together they raised money for me to go to Manipal Hospital in Bengaluru. I received your cells there on 17 October 2022. I stayed in India for four months with my wife Wanjiru, eating chapati that did not taste like ours.

Today I am back with my cows. I milk them myself in the morning and I walk my last-born to school. Wanjiru says I am even more stubborn than before, so the cells are working.

Mungu akubariki, my friend. If you ever come to Kenya, you will drink the sweetest milk in Nyeri.

Yours,
Mwangi
""", [("42", AGE), ("Nyeri", LOC, 0), ("Mt. Kenya", LOC), ("Kiganjo Dairy Co-operative", ORG), ("March 2022", DATE),
      ("Kagumo High School", ORG), ("gofundme.com/f/help-mwangi-beat-aplastic-anaemia", CON), ("Manipal Hospital", ORG), ("Bengaluru", LOC), ("17 October 2022", DATE),
      ("India", LOC), ("Wanjiru", P, 0), ("Wanjiru", P, 1), ("Kenya", LOC, "come to Kenya"), ("Nyeri", LOC, 1),
      ("Mwangi", P)],
    known={"names": ["Peter Mwangi Kariuki", "Wanjiru Mwangi"], "places": ["Nyeri County"],
           "organisations": [], "other": []}, var="en-KE")

add("en", "family_to_donor", """
Dear Donor po,

Good day! I am the mother of the boy who received your stem cells. Please forgive my English, I will try my best.

Our son, we call him Bebot, he is 7 years old now. He was diagnosed with ALL when he was 4 and after relapse the doctors in St. Luke's BGC said he needs transplant. My husband is a seaman so he was on the ship most of the time, and I was alone with Bebot in the hospital. Every night I prayed to Sto. Niño for a donor. Then we got the news. Salamat sa Diyos!

The transplant was last January 2024. Now Bebot is going back to school in Grade 2 at Pasig Catholic College, and his favorite is Math, not like his Mama. His Lola in Tacloban lights a candle for you every Sunday in the church.

During Sinulog we danced for you, even the neighbours. (We are Cebuano but we live in Pasig now.)

If you can, please send us a picture, even of your hand only. My email is jen.bautista83@yahoo.com.

Maraming salamat po! God bless you always.

Bebot's Mama
""", [("Bebot", P, 0), ("7", AGE), ("4", AGE), ("St. Luke's BGC", ORG), ("Bebot", P, 1), ("January 2024", DATE),
      ("Bebot", P, 2), ("Pasig Catholic College", ORG), ("Tacloban", LOC), ("Pasig", LOC, "live in Pasig"),
      ("jen.bautista83@yahoo.com", CON), ("Bebot", P, 3)], var="en-PH")

add("en", "family_to_donor", """
Respected Donor,

Assalam-o-Alaikum. I hope you and your family are in the best of health. I am the father of a little girl who was born with thalassaemia major. Since she was a baby she needed blood transfusion every three weeks. For years, our life was going from Ganga Ram Hospital to home and home to Ganga Ram, with blood bags, iron chelation and many tears of her mother.

Alhamdulillah, through your kindness, Ayesha received her transplant at Shaukat Khanum on 29th November 2023. She is ten years old now and she has not needed one single transfusion since February. Her cheeks are pink for the first time in her life. Her grandmother says she is looking like a rose from our garden in Model Town.

I am a pharmacist, I have a small medical store on Ferozepur Road, and I have given medicine to hundreds of people. But I never understood what a gift can mean until you gave one to us.

This Eid we sacrificed a goat in your name and distributed the meat to poor families. We pray that Allah rewards you in this world and the next.

With deepest respect,
Ayesha's Abbu
""", [("Ganga Ram Hospital", ORG), ("Ganga Ram", ORG, 1), ("Ayesha", P, 0), ("Shaukat Khanum", ORG),
      ("29th November 2023", DATE), ("ten", AGE), ("Model Town", LOC), ("medical store", OID), ("Ferozepur Road", LOC),
      ("Ayesha", P, 1)],
    known={"names": ["Ayesha Tariq", "Muhammad Tariq"], "places": ["Lahore"], "organisations": [], "other": []},
    var="en-PK")

add("en", "donor_to_family", """
Dear Family,

I was informed by the registry last week that the gentleman who received my stem cells has passed away. Inna lillahi wa inna ilayhi raji'un. I do not have the words in English or in Urdu to express my sorrow.

Let me tell you a little about the person whose cells he carried. I am 33, originally from Rawalpindi, and I am doing my residency in internal medicine at Henry Ford in Detroit. I registered with NMDP during a drive at the Islamic Center of Detroit after Jummah prayers, more than five years ago. When they called me, my mother in Pindi asked me three times if I was sure. I told her, Ammi, if I can help someone's son or father, what else is medicine for?

The donation was on 8 January 2024. I remember praying two rakats afterwards, in the hospital chapel, for a stranger whose name I will probably never know.

I am told he was a grandfather. I hope that in the months he had, he held his grandchildren a little longer. Please know that he was in my duas then, and he is in my duas now, and so are all of you.

With heartfelt condolences,
Dr. Faisal
""", [("33", AGE), ("Rawalpindi", LOC), ("Henry Ford", ORG), ("Detroit", LOC, 0), ("NMDP", ORG),
      ("Islamic Center of Detroit", ORG), ("Pindi", LOC), ("8 January 2024", DATE), ("Dr. Faisal", P)], var="en-PK")

add("en", "patient_to_donor", """
Hi Donor,

I'm the one who got your stem cells at NUH on 4 July 2023, so now I celebrate two birthdays, and one of them is the same day as the Americans' Independence Day haha. I'm 26, Chinese Singaporean, and I was supposed to start my first job at DBS when they found the leukaemia. Sian right?

My family runs a chicken rice stall at Maxwell Food Centre, my grandfather started it in 1986. While I was in hospital, my mum still cooked every morning at 5am and then came to see me with a tingkat of porridge. Now I'm well enough to help at the stall on weekends. Really very shiok to be standing in the heat again, I never thought I would say that.

The Bone Marrow Donor Programme said they found you overseas, so I don't even know if you eat chicken rice. If you ever come to Singapore, please come find our stall, the queue is long but worth it. Ask for Ah Boy, everyone knows me by that name.

Thank you for giving me my life back lah. Really.

From your recipient
""", [("NUH", ORG), ("4 July 2023", DATE), ("26", AGE), ("DBS", ORG), ("chicken rice stall", OID),
      ("Maxwell Food Centre", LOC), ("Bone Marrow Donor Programme", ORG), ("Singapore", LOC), ("Ah Boy", P)],
    known={"names": ["Tan Wei Jie"], "places": ["Tanjong Pagar"], "organisations": ["National University Hospital"],
           "other": []}, var="en-SG")

add("en", "donor_to_patient", """
Howzit!

I'm your donor. Ag, I've never written a letter to a stranger before, so this might be a bit of a mess. I'm 29, I grew up in Paarl and now I work as a cellar hand at Spier outside Stellenbosch. Harvest season is mad busy, so when DKMS Africa phoned to say I was a possible match I was literally standing in a tank of grape skins.

My ouma was very worried, she thought they'd drill into my spine. Eish, I had to show her YouTube videos. In the end I donated at a clinic in Cape Town in Feb and it was lekker easy. Just boring, lying there for five hours, so I watched the Springboks' World Cup final on my phone again. Goosebumps every time.

I don't know if you're in South Africa or on the other side of the world, but I hope my stubborn Boland blood is doing its job. Eat something nice, go for a walk in the sun, and give someone a hug from me.

Alles van die beste,
your donor, Ruan
""", [("29", AGE), ("Paarl", LOC), ("cellar hand", OID), ("Spier", ORG), ("Stellenbosch", LOC), ("DKMS Africa", ORG),
      ("Cape Town", LOC), ("Boland", LOC), ("Ruan", P)], var="en-ZA")

add("en", "patient_to_donor", """
Respected Donor Sir/Madam,

Namaskar. I am a 61 years old retired person from Bhopal, Madhya Pradesh. I served Indian Railways for 36 years and retired as Station Master of Itarsi Junction in 2021. Within six months of retirement I was diagnosed with myelofibrosis. My wife and I had made so many plans for pilgrimage, all were cancelled.

My transplant was done at CMC Vellore on 05/09/2022 (UHID 4483127G). Doctors and sisters there are next to God. We stayed in a lodge near the hospital for almost five months. My son took leave from his office in Hyderabad and stayed with us throughout.

Now I am doing my morning walk at Van Vihar daily and my grandson Chintu, who is 5, comes with me on Sundays to see the crocodiles. Last month we finally went to Ujjain for Mahakal darshan, which was pending since so long.

You have given me a second innings, and like a good batsman I will not throw it away. If the rules permit, kindly write to me at rk dot saxena1961 at gmail dot com.

With blessings and thanks,
Your well-wisher
""", [("61", AGE), ("Bhopal", LOC), ("Madhya Pradesh", LOC), ("Indian Railways", ORG), ("Station Master", OID),
      ("Itarsi Junction", LOC), ("CMC Vellore", ORG), ("05/09/2022", DATE), ("4483127G", OID), ("Hyderabad", LOC), ("Van Vihar", LOC),
      ("Chintu", P), ("5", AGE), ("Ujjain", LOC), ("rk dot saxena1961 at gmail dot com", CON)],
    known={"names": ["Ramesh Kumar Saxena"], "places": ["Bhopal"], "organisations": [],
           "other": ["rk.saxena1961@gmail.com"]}, var="en-IN")

add("en", "donor_to_patient", """
Hi!

I'm your donor, and I've been told I can't tell you my name, so let's just say I'm a 24-year-old Malayali girl who talks way too much. I grew up in Kochi, studied at Rajagiri, and now I'm in Bengaluru writing code for a living and complaining about traffic on Outer Ring Road like everyone else.

I registered with DATRI at a college fest in 2019, mostly because the volunteer was cute (sorry!). When they called last year I didn't even remember what DATRI was. My parents were nervous, my ammachi lit candles at our church every day, and my roommate made me sambar rice every night during the injections.

The donation happened at Narayana Health City on 19th June 2024. Six hours on the machine and I finished an entire season of a K-drama.

I hope you're healing well. I hope you're eating properly, not just hospital food. This Onam I'm going home and I'll make an extra plate of payasam for you. If you ever want to say hi, I'm @meera.codes on Instagram, though the registry may not let you yet.

Lots of love and strength,
M.
""", [("24", AGE), ("Kochi", LOC), ("Rajagiri", ORG), ("Bengaluru", LOC), ("Outer Ring Road", LOC), ("DATRI", ORG, 0),
      ("DATRI", ORG, 1), ("Narayana Health City", ORG), ("19th June 2024", DATE), ("@meera.codes", CON), ("M.", P)],
    var="en-IN")

add("en", "donor_to_family", """
To the family of my recipient,

I got the call from the registry on Tuesday, and I've been walking around ever since feeling like I've lost someone I never met. I'm so sorry.

I'm 52, a dad of two girls, and I drive road trains up to the Pilbara for a living, so I spend a lot of hours on my own with the radio. I donated at Fiona Stanley in September 2023, and on every run north since then I've been thinking about whoever was carrying my cells. I used to talk to you out loud somewhere past Newman, which my daughters think is hilarious. If you ever pass a blue Kenworth with ROADGAV on the plates, give it a toot.

I don't know who you lost. A mum, a son, a grandad, a best mate. Whoever they were, I hope they got some good days. I hope they had a feed they enjoyed, a laugh, a swim.

If it's ever any help to you to know a bit more about me, the coordinator has my details and I'm happy for you to have them. No pressure at all.

Look after each other. That's what they'd want.

Warm regards,
Gav
""", [("52", AGE), ("drive road trains", OID), ("Pilbara", LOC), ("Fiona Stanley", ORG), ("September 2023", DATE),
      ("Newman", LOC), ("ROADGAV", OID), ("Gav", P)],
    known={"names": ["Gavin Roberts"], "places": ["Rockingham WA"], "organisations": ["Roy Hill"], "other": []},
    var="en-AU")

add("en", "patient_to_donor", """
Dear Friend,

At my age you'd think I'd have learned to write a thank-you note without crying, but here I am. I'm 71, a retired music teacher, and a proud Winnipegger who has survived fifty-some winters and, now, thanks to you, a bone marrow transplant.

I received your stem cells at HSC on November 18, 2022. The staff at CancerCare Manitoba were wonderful, and my granddaughter Oksana made a paper chain on the wall so I could tear off a link for every day until I went home. There were 39 links.

Before I got sick I was the skip of a seniors' team at the Granite Curling Club, and I'm happy to report I was back on the ice last February, with a helmet, on my daughter's orders. I also still play organ at Holy Family parish on Sundays, though my hands are a little slower than they were.

Every Ukrainian Christmas I make pyrohy for the whole family. This January I'll make an extra dozen and think of you.

God bless you, dear. You have given an old lady many more winters to complain about.

With love,
Olya
""", [("71", AGE), ("HSC", ORG), ("November 18, 2022", DATE), ("CancerCare Manitoba", ORG), ("Oksana", P),
      ("Granite Curling Club", ORG), ("play organ", OID), ("Holy Family parish", ORG), ("Olya", P)],
    known={"names": ["Olga Kowalchuk"], "places": ["Winnipeg, MB"], "organisations": [], "other": []}, var="en-CA")

add("en", "donor_to_patient", """
Well hello there,

I'm your donor! The lovely woman from the Irish Blood Transfusion Service said I could write, so you're stuck with me now. I'm 23, from a small parish outside Loughrea, and I'm in final year of engineering at the University of Galway. I hurl (badly) with Sarsfields and my mam runs the only chipper in the village, so if I'm honest I've eaten more chips than is good for anyone.

I joined the bone marrow registry when I was giving blood at the mobile clinic in the Radisson, and thought nothing more of it. Then in March I got the call. My mam cried, my dad asked if I'd still be able to play on Sunday, and my nan lit a candle at Knock.

The collection was grand, honestly. A few injections, a day in a chair in Dublin, and a bag of my stem cells went off on their adventure. I hope they're behaving themselves and not giving you any trouble.

I'd love to know how you're getting on, if you're able. Even a line. Mind yourself, and God bless.

Your donor
""", [("Irish Blood Transfusion Service", ORG), ("23", AGE), ("Loughrea", LOC), ("University of Galway", ORG),
      ("Sarsfields", ORG), ("runs the only chipper in the village", OID), ("Radisson", ORG), ("Knock", LOC), ("Dublin", LOC)],
    var="en-IE")

add("en", "family_to_donor", """
Dear Donor,

Mòran taing. That's Gaelic for many thanks, and it's from all of us.

Our son Calum was 14 when he was diagnosed, and he had his transplant in the Schiehallion ward at the Royal Hospital for Children in Glasgow on the 27th of January 2023. For us that meant a flight from Stornoway and months away from home in a flat from Young Lives vs Cancer, with his wee brother staying with his granny in Tong.

He turned 15 in the hospital. The nurses got him a cake shaped like a fishing boat because his grandad and uncle fish out of the harbour, and he hasn't stopped talking about going out with them on the Spray Maid this summer.

Calum is back at the Nicolson Institute now and playing shinty again, not very well, but we're not complaining. He has your cells and his granny's stubbornness, a dangerous mix.

He's written his own wee note at the bottom. He says sorry about the spelling.

With love and thanks from the Isle of Lewis,
Calum's mum

"thanks for saving my life. your a legend. C"
""", [("Calum", P, 0), ("14", AGE), ("Schiehallion ward", LOC), ("Royal Hospital for Children", ORG), ("Glasgow", LOC),
      ("27th of January 2023", DATE), ("Stornoway", LOC), ("Young Lives vs Cancer", ORG), ("Tong", LOC), ("15", AGE), ("Calum", P, 1),
      ("Nicolson Institute", ORG), ("Isle of Lewis", LOC), ("Calum", P, 2), ("C", P)],
    known={"names": ["Calum MacLeod", "Morag MacLeod"], "places": ["Stornoway"], "organisations": [], "other": []},
    var="en-GB-SCT")

add("en", "patient_to_donor", """
Dear Donor,

Well, I've been told I can't give my name, so I'll just tell you I'm a 58-year-old Cajun from down the bayou who owes you his life. I've run a shrimp boat out of Delcambre for thirty-one years, same as my daddy and his daddy. When I got so weak I couldn't pull a net, my wife Marie-Claire drug me to the doctor and it was leukemia.

They did my transplant at Ochsner in New Orleans on April 12, 2023. I was three hours from home but my whole parish showed up, it felt like. Father Landry from St. Joseph's came and blessed the IV pole. The nurses said they never saw so much gumbo come through the door of that unit.

I'm back on the water now, just half days. Marie-Claire rides with me to make sure I wear my hat and drink my water. Last Mardi Gras I rode in the boat parade and threw beads to the grandbabies.

Whoever you are, you're family now. Down here that means you got a pot of étouffée waiting any time you want it. When the rules let you, write to us at 1187 Bayou Carlin Rd, Delcambre, LA 70528. God bless you, cher.

Your friend on the bayou
""", [("58", AGE), ("run a shrimp boat", OID), ("Delcambre", LOC, 0), ("Marie-Claire", P, 0), ("Ochsner", ORG),
      ("New Orleans", LOC), ("April 12, 2023", DATE), ("Father Landry", P), ("St. Joseph's", ORG),
      ("Marie-Claire", P, 1), ("1187 Bayou Carlin Rd, Delcambre, LA 70528", CON)], var="en-US-South")

add("en", "donor_to_patient", """
Hi friend!

Uff da, I have started this letter a dozen times. I'm your donor! I'm 36, I live in a little lake town in central Minnesota, and I'm the band director at Alexandria Area High School, which means my life is mostly marching band, fundraisers and the smell of valve oil. In winter I go ice fishing with my husband Nate, even though I hate the cold, because he makes the best hot cocoa on the lake.

I joined the registry at a drive at our Lutheran church, Calvary, after one of our confirmation kids got sick. I never thought I'd get the call. In May 2024 I donated at Mayo Clinic in Rochester. My parents drove up from Iowa to watch our boys, and my students made me a banner that said "Go, Mrs. H, go!"

I don't know anything about you, and that's okay. I just want you to know there's a band room full of teenagers who cheered for you without knowing your name.

Stay warm, stay strong, and have some hotdish for me.

With love from the land of 10,000 lakes,
your donor
""", [("36", AGE), ("Minnesota", LOC), ("band director", OID), ("Alexandria Area High School", ORG), ("Nate", P),
      ("Calvary", ORG), ("May 2024", DATE), ("Mayo Clinic", ORG), ("Rochester", LOC), ("Iowa", LOC), ("Mrs. H", P),
      ("land of 10,000 lakes", LOC)],
    known={"names": ["Jessica Halvorson"], "places": ["Alexandria, MN"],
           "organisations": ["Alexandria Area High School"], "other": []}, var="en-US-Midwest")

add("en", "family_to_donor", """
Dear Donor,

Compliments of the season to you! I am writing on behalf of my husband, who is still too shy to write you himself, and because I promised God that I will say thank you in person if I can, and in writing if I cannot.

My husband is 47. He is an engineer with Shell in Port Harcourt and a deacon in our church, Salvation Ministries. In 2022 he started having fevers that would not stop, and after many tests in Lagos they said it is lymphoma. The doctors referred us to King's College Hospital in London, and there he received your stem cells in January 2023.

I will not lie to you, it was hard. Winter in London is not for Port Harcourt people! But the nurses were so kind, especially Sister Abena, a Ghanaian, who used to sing to him at night.

Today Emeka is back at work and back in the choir. When he leads "Great is Thy Faithfulness" on Sunday, the whole church knows who he is singing about first, God, and second, you. As we say here, God don do am!

Please greet your family for us.

Yours sincerely,
Mrs. Ngozi E.
""", [("47", AGE), ("Shell", ORG), ("Port Harcourt", LOC, 0), ("deacon", OID), ("Salvation Ministries", ORG),
      ("Lagos", LOC), ("King's College Hospital", ORG), ("London", LOC, 0), ("January 2023", DATE),
      ("London", LOC, 1), ("Port Harcourt", LOC, 1), ("Sister Abena", P), ("Emeka", P), ("Mrs. Ngozi E.", P)],
    var="en-NG")

add("en", "donor_to_patient", """
Hello po!

Kumusta ka? I am your donor. I am a 34-year-old Filipina nurse, originally from Iloilo City, but for the last six years I am working at the Royal Stoke in the cardiac ward. Anthony Nolan came to our hospital for a swab drive and my manager Sue encouraged all of us to sign up. I did it just to support, and then one year later, I was a match!

My family back home did not understand at first. My Nanay asked me over Messenger if they will take my kidney, same worry of every mother I think haha. I explained that it is like donating blood but longer. On 3 March 2024 I donated at the London Clinic. My co-nurses Joy and Marites came with me and we ate adobo in the train home because I was very hungry.

I pray the rosary for you every night together with the Filipino community in our parish, St. Peter's. We don't know your name, so we call you "our kapatid". It means sibling.

Please take care and get well soon. God bless you always!

Ingat,
Your donor, Bing
""", [("34", AGE), ("Iloilo City", LOC), ("Royal Stoke", ORG), ("Anthony Nolan", ORG), ("Sue", P),
      ("3 March 2024", DATE), ("London Clinic", ORG), ("Joy", P), ("Marites", P), ("St. Peter's", ORG), ("Bing", P)],
    known={"names": ["Maria Bernadette Villanueva"], "places": ["Stoke-on-Trent"],
           "organisations": ["University Hospitals of North Midlands"], "other": []}, var="en-PH")

# ======================================== German ========================================

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

ich weiß nicht, ob Du Frau oder Mann bist, also schreibe ich einfach an beide. Ich bin 49 Jahre alt, Hamburgerin durch und durch, und seit zwanzig Jahren stehe ich in meinem Fischbrötchen-Kiosk an den Landungsbrücken. Im Herbst 2021 war ich plötzlich ständig müde, hatte blaue Flecken und dachte, das sei der Stress. Es war eine akute Leukämie.

Die DKMS hat dann Dich gefunden. Am 14. Februar 2023 habe ich im UKE Deine Stammzellen bekommen. Valentinstag! Mein Mann Jörg sagt seitdem, ich hätte jetzt zwei Valentine. Die Station war sehr gut zu mir, vor allem Schwester Hanne, die mir jeden Morgen den Wetterbericht vom Hafen vorgelesen hat.

Seit dem Sommer stehe ich wieder am Kiosk, erst mal nur vormittags. Die Stammkunden haben mir einen Blumenstrauß hingestellt, so groß wie ein Anker.

Ich wünsche Dir alles Glück der Welt. Und falls Du mal nach Hamburg kommst: Das Matjesbrötchen geht auf mich.

Herzlichst,
Deine Empfängerin Birte
""", [("49", AGE), ("Fischbrötchen-Kiosk", OID), ("Landungsbrücken", LOC), ("DKMS", ORG), ("14. Februar 2023", DATE),
      ("UKE", ORG), ("Jörg", P), ("Schwester Hanne", P), ("Hamburg", LOC), ("Birte", P)],
    known={"names": ["Birte Hansen"], "places": ["Hamburg-Altona"],
           "organisations": ["Universitätsklinikum Hamburg-Eppendorf"], "other": []}, var="de-DE")

add("de", "donor_to_patient", """
Servus!

Ich bin Dein Spender und schreibe Dir aus dem Allgäu. Ich bin Anfang dreißig, Zimmerer von Beruf, verheiratet, und wir haben eine Tochter, die Lena, die ist drei und regiert das ganze Haus.

Vor ein paar Jahren war bei uns im Dorf eine Typisierungsaktion für einen Buben aus dem Nachbarort, organisiert von der Freiwilligen Feuerwehr Wildpoldsried, bei der ich auch aktiv bin. Da habe ich mich halt registrieren lassen. Letzten Winter kam dann der Anruf. Meine Frau hat gesagt: „Na, dann mach halt!“ Also bin ich im März nach Dresden zur Cellex gefahren. Die Spritzen vorher waren nicht so schön, ein bisserl Rückenweh, aber das war's auch.

Ich weiß nicht, ob Du ein Kind bist oder ein Opa, ob Du in Deutschland wohnst oder ganz woanders. Ich hoffe einfach, dass es Dir jeden Tag ein bisserl besser geht. Bei uns in der Kirche hab ich an Ostern eine Kerze für Dich angezündet.

Pfiat Di und alles Gute,
Dein Spender
""", [("Allgäu", LOC), ("Lena", P), ("drei", AGE), ("Freiwilligen Feuerwehr Wildpoldsried", ORG), ("Dresden", LOC),
      ("Cellex", ORG)], var="de-DE")

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

wir sind die Eltern von Finn. Finn ist jetzt 17 und hat am 2. Mai 2022 in der Uniklinik Essen Deine Stammzellen bekommen. Damals war er 15 und hatte gerade erst angefangen, sich für Mädchen und Mopeds zu interessieren, und plötzlich ging es nur noch um Blutwerte.

Heute macht er eine Ausbildung zum Kfz-Mechatroniker bei einem Autohaus in Gelsenkirchen-Buer, spielt wieder Fußball in der B-Jugend vom SSV Buer und ist natürlich Fan von Schalke 04, durch und durch. Seit der Transplantation sagt er: „Wenn der Spender Dortmund-Fan ist, dann ist das jetzt halt so.“

Damals hat sein Verein eine Typisierungsaktion für ihn organisiert, die Seite www.finn-kaempft.de gibt es immer noch. Wir denken oft an Dich. An Heiligabend stellen wir jedes Jahr eine Kerze mehr auf den Tisch. Finns kleine Schwester Mia hat Dir ein Bild gemalt: ihr Bruder und ein Mensch mit Umhang.

Wir würden uns sehr freuen, irgendwann von Dir zu hören. Wenn es erlaubt ist, kannst Du uns schreiben: familie.kowalski.buer@web.de

Von Herzen danke,
Sabine und Dirk
""", [("Finn", P, 0), ("Finn", P, 1), ("17", AGE), ("2. Mai 2022", DATE), ("Uniklinik Essen", ORG), ("15", AGE),
      ("Gelsenkirchen-Buer", LOC), ("SSV Buer", ORG), ("Schalke 04", ORG), ("Typisierungsaktion für ihn organisiert", OID), ("www.finn-kaempft.de", CON), ("Finns", P), ("Mia", P),
      ("familie.kowalski.buer@web.de", CON), ("Sabine", P), ("Dirk", P)],
    known={"names": ["Finn Kowalski", "Sabine Kowalski", "Dirk Kowalski"], "places": ["Gelsenkirchen"],
           "organisations": [], "other": []}, var="de-DE")

add("de", "donor_to_family", """
Liebe Angehörige,

vor einer Woche hat mich die Spenderdatei angerufen und mir gesagt, dass der Mensch, für den ich letzten Sommer gespendet habe, gestorben ist. Ich habe lange überlegt, ob ich Ihnen schreiben darf oder ob das eher stört. Wenn dieser Brief zur falschen Zeit kommt, legen Sie ihn bitte einfach weg.

Ich bin Mitte zwanzig und studiere Lehramt. Registriert habe ich mich noch zu Schulzeiten, bei einer Aktion in der Aula. Als der Anruf kam, habe ich keine Sekunde gezögert. Seitdem habe ich oft an die Person gedacht, die meine Zellen bekommen hat, besonders an Weihnachten und an meinem Geburtstag.

Ich weiß nicht, wer Sie sind und wen Sie verloren haben. Aber ich möchte Ihnen sagen, dass ich nicht traurig bin, es versucht zu haben. Ich bin nur traurig, dass es nicht gereicht hat.

Ich wünsche Ihnen viel Kraft, gute Menschen um sich herum und irgendwann auch wieder hellere Tage. Vielleicht tröstet es ein wenig, dass ein fremder Mensch an Sie denkt.

In stillem Mitgefühl
Ihre Spenderin
""", [],
    known={"names": ["Lea Sommer"], "places": ["Freiburg im Breisgau"], "organisations": ["DKMS"], "other": []},
    ok=("Sommer",), var="de-DE")

add("de", "patient_to_donor", """
Sehr geehrte Spenderin, sehr geehrter Spender,

mein Name tut hier nichts zur Sache, aber ich möchte Ihnen trotzdem einiges von mir erzählen. Ich bin 73 Jahre alt, gebürtiger Berliner, und war bis zur Rente Busfahrer bei der BVG, die letzten zwölf Jahre auf der Linie 104. Die Haltestellen kann ich heute noch im Schlaf aufsagen.

Im Juli 2022 bekam ich in der Charité, am Virchow-Klinikum, Ihre Stammzellen. Mein Arzt, Dr. Yılmaz, meinte, in meinem Alter sei das keine Selbstverständlichkeit. Er hatte recht. Es gab schwere Wochen. Aber heute sitze ich wieder in meinem Schrebergarten in der Kolonie Sonnenschein, ernte Tomaten und ärgere mich über Hertha, wie es sich gehört.

Meine Enkelin Sophie hat mich neulich gefragt, ob ich jetzt ein bisschen wie Sie bin. Ich habe gesagt: Hoffentlich der bessere Teil.

Ich danke Ihnen von ganzem Herzen. Sie haben einem alten Mann noch ein paar Sommer geschenkt.

Mit herzlichen Grüßen
Ihr Empfänger aus Berlin
""", [("73", AGE), ("BVG", ORG), ("Linie 104", OID), ("Juli 2022", DATE), ("Charité", ORG), ("Virchow-Klinikum", ORG),
      ("Dr. Yılmaz", P), ("Kolonie Sonnenschein", LOC), ("Hertha", ORG), ("Sophie", P), ("Berlin", LOC)], var="de-DE")

add("de", "patient_to_donor", """
Liebe Spenderin oder lieber Spender,

Grüß Gott aus Wien! Ich bin 56, und bis zu meiner Krankheit hab ich 25 Jahre lang die Trafik in der Josefstädter Straße geführt. Die halbe Josefstadt hat bei mir ihre Zeitung und ihre Lottoscheine gekauft, und die andere Hälfte ist auf einen Plausch vorbeigekommen.

Im Sommer 2022 kam die Diagnose, MDS, und dann ging alles sehr schnell. Am 9. Jänner 2023 hab ich im AKH Ihre Stammzellen bekommen. Der Primar hat gesagt, die Zellen kommen aus dem Ausland, mehr durfte er nicht verraten. Mein Mann, der Ferdl, hat trotzdem eine Landkarte aufgehängt und jeden Tag ein neues Land getippt.

Jetzt geh ich wieder jeden Sonntag in den Stephansdom und zünd eine Kerze an, und danach gibt's eine Melange im Café Hummel. Die Trafik hat jetzt meine Nichte übernommen, aber ich schau jeden Tag vorbei, ob sie eh alles richtig macht.

Vergelt's Gott für alles. Sie haben mir ein zweites Leben geschenkt.

Ihre Resi
""", [("Wien", LOC), ("56", AGE), ("Trafik", OID, 0), ("Josefstädter Straße", LOC), ("Josefstadt", LOC),
      ("9. Jänner 2023", DATE), ("AKH", ORG), ("Ferdl", P), ("Stephansdom", LOC), ("Café Hummel", ORG),
      ("Trafik", OID, 1), ("Resi", P)],
    known={"names": ["Theresia Gruber", "Ferdinand Gruber"], "places": ["1080 Wien"], "organisations": [],
           "other": []}, var="de-AT")

add("de", "donor_to_patient", """
Hallo Du!

Ich bin Dein Spender aus Tirol. Ich bin ein 27-jähriger Bergbauernsohn aus dem Zillertal, im Sommer bin ich auf der Alm, im Winter Skilehrer in Mayrhofen. Bei der Bergrettung bin ich auch dabei, also Leute retten ist quasi mein Hobby, nur diesmal ohne Seil und Hubschrauber.

Typisieren hab ich mich bei einer Aktion in der Landesberufsschule lassen. Gespendet hab ich dann an der Klinik in Innsbruck, im Oktober 2023. Meine Mama war nervöser als ich und hat mir drei Jausenpakete mitgegeben, für einen Tag!

Ich hoff, dass es Dir gut geht und dass meine Zellen sich bei Dir wohlfühlen. Sie sind Bergluft gewohnt, also geh bitte ab und zu an die frische Luft mit ihnen.

Wenn Du einmal gesund bist und Lust hast, komm ins Zillertal. Ich zeig Dir den schönsten Sonnenaufgang vom Ahorn aus, versprochen.

Meine Spendernummer ist AT-4471-203, hat die Koordinatorin gsagt, soll ich dazuschreiben.

Pfiat Di,
Dein Spender
""", [("Tirol", LOC), ("27", AGE), ("Zillertal", LOC, 0), ("Mayrhofen", LOC), ("Bergrettung", ORG), ("Innsbruck", LOC),
      ("Oktober 2023", DATE), ("Zillertal", LOC, 1), ("Ahorn", LOC), ("AT-4471-203", OID)], var="de-AT")

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

es fällt mir schwer, diesen Brief zu schreiben. Mein Vater, den alle nur den Poldi nannten, hat im Frühling 2023 im LKH Graz Ihre Stammzellen bekommen. Am 30. November 2023 ist er gestorben, mit 68 Jahren, zuhause in Gleisdorf, so wie er es sich gewünscht hat.

Ich möchte Ihnen trotzdem danken. Durch Sie hatte er noch einen Sommer. Er konnte noch einmal in seinem Weingarten in der Südsteiermark stehen, noch einmal mit seinem Enkerl Jakob Schwammerl suchen und noch einmal beim Musikverein Gleisdorf die Tuba spielen, beim Frühschoppen im Juli. Er hat gesagt, so gut hat er noch nie geklungen.

Bitte machen Sie sich keine Vorwürfe. Sie haben alles gegeben, was man geben kann. Unsere Familie wird nie vergessen, dass ein fremder Mensch so etwas für uns getan hat.

In Dankbarkeit,
Ihre Monika
""", [("Poldi", P), ("Frühling 2023", DATE), ("LKH Graz", ORG), ("30. November 2023", DATE), ("68", AGE),
      ("Gleisdorf", LOC, 0), ("Südsteiermark", LOC), ("Jakob", P), ("Musikverein Gleisdorf", ORG), ("Tuba", OID),
      ("Monika", P)],
    known={"names": ["Leopold Pichler", "Monika Pichler-Haas"], "places": ["Gleisdorf"],
           "organisations": ["LKH-Univ. Klinikum Graz"], "other": []}, var="de-AT")

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender

Merci vielmal! Ich weiss gar nicht, wie ich anfangen soll. Ich bin 35, Primarlehrerin in Riehen und Mutter von zwei Buben. Im Frühling 2022 bekam ich die Diagnose AML, mitten im Schuljahr, einfach so.

Am 12.03.2023 bekam ich im Unispital Basel Ihre Stammzellen. Die Pflegefachfrauen auf der Station haben mich durch die schwierigsten Wochen meines Lebens getragen. Besonders Frau Dr. Bühler, die jeden Morgen mit einem Witz ins Zimmer kam, auch an Tagen, an denen mir nicht nach Lachen war.

Diesen Sommer bin ich zum ersten Mal wieder im Rhein geschwommen, vom Tinguely-Museum bis zur Johanniterbrücke, mit dem Wickelfisch wie alle Basler. Meine Buben sind am Ufer mitgerannt und haben geschrien, als hätte ich Olympia gewonnen.

Ab August darf ich wieder unterrichten, zuerst nur drei Vormittage pro Woche. Meine Klasse hat mir einen Brief geschrieben: «Wir vermissen Sie, auch wenn Sie streng sind.»

Ich hoffe, es geht Ihnen gut. Sie haben einer Familie die Mutter zurückgegeben.

Herzlich
Ihre Empfängerin
""", [("35", AGE), ("Riehen", LOC), ("12.03.2023", DATE), ("Unispital Basel", ORG), ("Frau Dr. Bühler", P),
      ("Rhein", LOC), ("Tinguely-Museum", LOC), ("Johanniterbrücke", LOC)], var="de-CH")

add("de", "donor_to_patient", """
Grüessech!

So sagt man bei uns in Bern. Ich bin Ihr Spender, 41 Jahre alt, verheiratet, zwei Töchter, und ich arbeite als Lokführer bei der BLS, meistens auf der Strecke durch den Lötschberg. Wenn Sie je mit dem Zug ins Wallis gefahren sind, sass ich vielleicht vorne.

Registriert habe ich mich vor vielen Jahren bei Blutspende SRK Schweiz, nach einem Aufruf für ein krankes Kind im Emmental. Damals passte ich nicht. Jetzt, Jahre später, hat es gepasst, und zwar für Sie. Die Entnahme war im Inselspital, und ehrlich gesagt war der schlimmste Teil das Spitalessen.

Am Abend danach sind wir mit den Kindern an die Aare gegangen und haben Steine ins Wasser geworfen, und meine Jüngere hat gefragt, ob meine Zellen jetzt auch schwimmen können. Ich habe gesagt: Sie fliegen.

Ich wünsche Ihnen von Herzen gute Besserung, Geduld und viele schöne Tage. Wenn Sie mögen, würde ich mich sehr über ein paar Zeilen freuen.

Härzlechi Grüess
Ihr Spender
""", [("Bern", LOC), ("41", AGE), ("Lokführer", OID), ("BLS", ORG), ("Lötschberg", LOC),
      ("Blutspende SRK Schweiz", ORG), ("Emmental", LOC), ("Inselspital", ORG), ("Aare", LOC)], var="de-CH")

add("de", "patient_to_donor", """
Lieber Spender,

ich heiße Emre, bin 38 Jahre und wohne in Köln-Ehrenfeld. Entschuldigung für mein Deutsch, ich schreibe nicht so oft Briefe. Mit meine Bruder Serkan habe ich einen Imbiss auf der Venloer Straße, seit 2009. Im Januar 2022 ich war immer müde, Zahnfleisch blutet, und dann Uniklinik sagt: Leukämie.

Meine Familie alle haben sich typisieren lassen, auch meine Cousins aus Izmir, aber niemand passt. Dann DKMS hat Dich gefunden. Die Transplantation war am 6. Oktober 2022 in der Uniklinik Köln. Meine Mutter hat jeden Tag gebetet, im Ramadan auch extra für Dich.

Jetzt bin ich wieder im Laden, nicht den ganzen Tag, aber jeden Tag. Die Stammgäste sagen: „Emre, du siehst aus wie neu.“ Ich sage: Bin ich auch, ein bisschen.

Wenn Du einmal in Köln bist, komm in unsere Imbiss, Döner für Dich immer umsonst, für Dein ganzes Leben. Du kannst mir schreiben auf Instagram: @emre_grill_ehrenfeld

Danke, danke, tausend Dank. Allah soll Dich schützen.
Emre
""", [("Emre", P, 0), ("38", AGE), ("Köln-Ehrenfeld", LOC), ("Serkan", P), ("Imbiss", OID, 0), ("Venloer Straße", LOC),
      ("Januar 2022", DATE), ("Izmir", LOC), ("DKMS", ORG), ("6. Oktober 2022", DATE), ("Uniklinik Köln", ORG),
      ("Emre", P, 1), ("Köln", LOC, "in Köln bist"), ("Imbiss", OID, 1), ("@emre_grill_ehrenfeld", CON),
      ("Emre", P, 2)],
    known={"names": ["Emre Yıldız"], "places": ["Köln"], "organisations": [], "other": ["@emre_grill_ehrenfeld"]},
    var="de-DE")

add("de", "donor_to_patient", """
Moin!

Ich bin Deine Spenderin und komme aus Nordfriesland, von ganz oben, wo der Wind nie Pause macht. Ich bin 44, die einzige Schäferin weit und breit, und meine 400 Schafe halten den Deich bei Husum kurz. Ich hab also viel Zeit zum Nachdenken, und in letzter Zeit denke ich da draußen oft an Dich.

Registriert hab ich mich 2015 bei einer Aktion vom Landfrauenverein Nordstrand. Gespendet habe ich im September 2024 in Köln. Es war das erste Mal seit Jahren, dass ich so weit in den Süden gefahren bin, und meine Tochter hat die Schafe gehütet und mir jeden Abend Fotos geschickt, damit ich beruhigt schlafen konnte.

Wir sind hier oben keine großen Redner. Aber ich will Dir sagen: Ich hab das gern gemacht. Ich würde es wieder tun.

Wenn Du irgendwann Lust hast, mir zu schreiben, freue ich mich. Und wenn Du mal Lammfleisch brauchst, weißt Du jetzt, wen Du fragen musst.

Tschüss und alles Gute,
Deine Spenderin Wiebke
""", [("Nordfriesland", LOC), ("44", AGE), ("einzige Schäferin weit und breit", OID), ("Husum", LOC), ("Landfrauenverein Nordstrand", ORG),
      ("September 2024", DATE), ("Köln", LOC), ("Wiebke", P)],
    known={"names": ["Wiebke Jensen"], "places": ["Nordstrand"], "organisations": [], "other": []}, var="de-DE")

# ======================================== Hindi ========================================

add("hi", "patient_to_donor", """
आदरणीय दाता जी,

सादर प्रणाम। मैं आपका मरीज़ हूँ, जिसे आपने नया जीवन दिया है। मेरी उम्र ४५ वर्ष है और मैं लखनऊ के केंद्रीय विद्यालय, गोमती नगर में हिंदी पढ़ाता हूँ। पिछले साल अचानक बुखार और कमज़ोरी शुरू हुई, जाँच हुई तो पता चला कि ब्लड कैंसर है।

मेरा ट्रांसप्लांट १२ मार्च २०२३ को एसजीपीजीआई में हुआ। डॉ. शर्मा जी और पूरी नर्सिंग टीम ने दिन-रात मेरी देखभाल की। मेरी पत्नी सुनीता रोज़ अस्पताल के बाहर हनुमान जी के मंदिर में आपके लिए दीया जलाती थीं।

अब मैं फिर से कक्षा में पढ़ा रहा हूँ। बच्चे पूछते हैं, "सर, आप इतने दिन कहाँ थे?" मैं कहता हूँ, किसी फ़रिश्ते से मिलने गया था।

इस होली पर हमने पहली बार फिर से रंग खेला। मेरी बेटी परी, जो अब नौ साल की है, ने आपके नाम का एक गुलाल का टीका मेरे माथे पर लगाया।

भगवान आपको हमेशा ख़ुश रखे।

आपका आभारी
""", [("४५", AGE), ("लखनऊ", LOC), ("केंद्रीय विद्यालय", ORG), ("गोमती नगर", LOC), ("१२ मार्च २०२३", DATE),
      ("एसजीपीजीआई", ORG), ("डॉ. शर्मा", P), ("सुनीता", P), ("परी", P), ("नौ", AGE)],
    known={"names": ["राजेश कुमार मिश्रा", "सुनीता मिश्रा"], "places": ["गोमती नगर, लखनऊ"],
           "organisations": ["Sanjay Gandhi Postgraduate Institute of Medical Sciences"], "other": []}, var="hi")

add("hi", "donor_to_patient", """
प्रिय दोस्त,

नमस्ते! मैं आपका डोनर हूँ। मैं २६ साल का हूँ और जयपुर में रहता हूँ। जौहरी बाज़ार में हमारी बंधेज की साड़ियों की पुश्तैनी दुकान है, जहाँ मैं अपने पापा और चाचा के साथ बैठता हूँ।

कॉलेज के दिनों में दात्री का कैंप लगा था, वहीं मैंने अपना नाम लिखवाया था। तीन साल बाद फ़ोन आया कि किसी मरीज़ से मेरा मैच हुआ है। घरवाले पहले थोड़ा डरे, मम्मी ने तो मंदिर में मन्नत भी माँग ली, लेकिन फिर सबने साथ दिया। दिल्ली जाकर मैंने स्टेम सेल दान किए। पाँच दिन इंजेक्शन लगे, थोड़ा बदन दर्द हुआ, बस।

मुझे नहीं पता आप कौन हैं, बच्चे हैं या बुज़ुर्ग, किस शहर में हैं। पर मैं रोज़ सुबह गोविंद देव जी मंदिर में दर्शन करता हूँ और आपके लिए भी प्रार्थना करता हूँ।

जल्दी ठीक हो जाइए। जब पूरी तरह स्वस्थ हो जाएँ, तो कभी जयपुर आइए, दाल-बाटी-चूरमा मेरी तरफ़ से।

आपका भाई
""", [("२६", AGE), ("जयपुर", LOC, 0), ("जौहरी बाज़ार", LOC), ("बंधेज की साड़ियों की पुश्तैनी दुकान", OID),
      ("दात्री", ORG), ("दिल्ली", LOC), ("गोविंद देव जी मंदिर", ORG), ("जयपुर", LOC, 1)], var="hi")

add("hi", "family_to_donor", """
आदरणीय डोनर जी,

प्रणाम। मैं आयुष की माँ हूँ। आयुष आठ साल का है। उसे थैलेसीमिया मेजर था और जन्म से ही हर महीने ख़ून चढ़ाना पड़ता था। हम पटना के पास दानापुर से हैं। हर बार पटना जाकर ख़ून चढ़वाते थे और रास्ते भर वह मेरी गोद में सोता रहता था।

डॉक्टरों ने कहा कि बोन मैरो ट्रांसप्लांट ही एक रास्ता है। घर में किसी से मैच नहीं हुआ। फिर आप मिले। ०३/११/२०२२ को दिल्ली के राजीव गांधी कैंसर इंस्टीट्यूट में उसका ट्रांसप्लांट हुआ।

अब आयुष को ख़ून नहीं चढ़ता। वह स्कूल जाता है, क्रिकेट खेलता है और अपनी दादी से रोज़ लड़ता है। इस बार छठ पूजा में उसने पहली बार घाट पर दउरा उठाया। मैं रो पड़ी।

उसके पापा ऑटो चलाते हैं। हम अमीर नहीं हैं, लेकिन हमारा दिल आपके लिए दुआओं से भरा है। अगर नियम अनुमति दें, तो हमारा नंबर है: ९८३५० १२७४६।

छठी मइया आपको और आपके परिवार को हमेशा सुखी रखें।

आयुष की माँ, रंजना
""", [("आयुष", P, 0), ("आयुष", P, 1), ("आठ", AGE), ("पटना", LOC, 0), ("दानापुर", LOC), ("पटना", LOC, 1),
      ("०३/११/२०२२", DATE), ("दिल्ली", LOC), ("राजीव गांधी कैंसर इंस्टीट्यूट", ORG), ("आयुष", P, 2),
      ("९८३५० १२७४६", CON), ("आयुष", P, 3), ("रंजना", P)],
    known={"names": ["आयुष कुमार", "रंजना देवी"], "places": ["Danapur, Patna"], "organisations": [],
           "other": ["9835012746"]}, var="hi")

add("hi", "patient_to_donor", """
मेरे प्यारे बेटा या बेटी,

यह चिट्ठी मैं अपने पोते से लिखवा रही हूँ, क्योंकि मेरी आँखें अब कमज़ोर हैं। मैं ६३ बरस की हूँ, बनारस में अस्सी घाट के पास रहती हूँ। मेरे पति की पान की दुकान थी, अब बड़ा बेटा सँभालता है।

जब बीमारी का पता चला तो लगा कि अब गंगा मैया के पास जाने का समय आ गया है। पर डॉक्टर साहब ने कहा, अम्मा, अभी बहुत जीना है। मुंबई में टाटा अस्पताल में मेरा इलाज हुआ और अगस्त २०२३ में आपकी कोशिकाएँ मुझे चढ़ाई गईं। इतना बड़ा शहर मैंने पहली बार देखा।

अब मैं रोज़ शाम को घाट पर आरती देखने जाती हूँ। पोता कहता है, दादी, तुम्हारे अंदर किसी और का ख़ून है। मैं कहती हूँ, हाँ, किसी देवता का।

बेटा, तुम जहाँ भी हो, सदा सुखी रहो। तुम्हारे बच्चे फलें-फूलें। मेरा आशीर्वाद सदा तुम्हारे साथ है।

तुम्हारी अम्मा
""", [("६३", AGE), ("बनारस", LOC), ("अस्सी घाट", LOC), ("पान की दुकान", OID), ("मुंबई", LOC), ("टाटा अस्पताल", ORG),
      ("अगस्त २०२३", DATE)], var="hi")

add("hi", "donor_to_family", """
प्रिय परिवारजन,

कुछ दिन पहले मुझे रजिस्ट्री से ख़बर मिली कि जिन्हें मैंने स्टेम सेल दान किए थे, वे अब इस दुनिया में नहीं रहे। यह सुनकर मैं बहुत देर तक चुप बैठी रही। मैं आपके दुःख को समझ नहीं सकती, बस इतना कहना चाहती हूँ कि मैं आपके साथ हूँ।

मैं ३१ साल की हूँ, इंदौर में रहती हूँ और एक सरकारी स्कूल में गणित पढ़ाती हूँ। दान से पहले मैंने अपनी कक्षा के बच्चों को बताया था कि मैं किसी की मदद करने जा रही हूँ। वे आज भी पूछते हैं, "मैडम, वो अंकल-आंटी ठीक हैं?" अब मुझे समझ नहीं आ रहा कि उन्हें क्या बताऊँ।

मैंने खजराना गणेश मंदिर में आपके प्रियजन की आत्मा की शांति के लिए प्रार्थना की है। मुझे विश्वास है कि जितने भी दिन उन्हें मिले, वे आपके प्यार से भरे रहे होंगे।

कृपया अपना ध्यान रखिए।

सादर,
आपकी डोनर
""", [("३१", AGE), ("इंदौर", LOC), ("खजराना गणेश मंदिर", ORG)], var="hi")

add("hi", "patient_to_donor", """
राम राम दाता जी,

मैं हरियाणा के रोहतक ज़िले के गाँव खिड़वाली से लिख रहा हूँ। मेरी उम्र उनतीस साल है। मैं पहलवान हूँ और गाँव में अपने गुरु जी के साथ अखाड़ा चलाता हूँ, जहाँ रोज़ सुबह चालीस बच्चे कुश्ती सीखते हैं।

२०२२ में मुझे ब्लड कैंसर हुआ। जो आदमी दो-दो पहलवानों को उठा लेता था, वो एक बाल्टी पानी नहीं उठा पाता था। पीजीआई चंडीगढ़ में १८ जनवरी २०२४ को मेरा ट्रांसप्लांट हुआ। दैनिक भास्कर में मेरी ख़बर भी छपी थी।

अब मैं फिर से अखाड़े में जाता हूँ। अभी ख़ुद लड़ता नहीं, पर बच्चों को दाँव-पेच सिखाता हूँ। गुरु जी कहते हैं, सोनू, तेरे अंदर अब दो पहलवानों की ताक़त है।

जब कभी हरियाणा आओ, तो हमारे अखाड़े ज़रूर आना, दूध-घी की कोई कमी नहीं है। मेरा नंबर है नौ आठ एक शून्य चार दो सात सात तीन एक।

आपका छोटा भाई,
सोनू
""", [("हरियाणा", LOC, 0), ("रोहतक", LOC), ("खिड़वाली", LOC), ("उनतीस", AGE), ("अखाड़ा चलाता", OID),
      ("पीजीआई चंडीगढ़", ORG), ("१८ जनवरी २०२४", DATE), ("दैनिक भास्कर", ORG), ("मेरी ख़बर भी छपी थी", OID), ("सोनू", P, 0), ("हरियाणा", LOC, 1),
      ("नौ आठ एक शून्य चार दो सात सात तीन एक", CON), ("सोनू", P, 1)],
    known={"names": ["संदीप मलिक"], "places": ["Khidwali, Rohtak"], "organisations": [], "other": ["9810427731"]},
    var="hi")

add("hi", "family_to_donor", """
आदरणीय दाता,

बहुत हिम्मत करके यह पत्र लिख रही हूँ। मेरे पति, जिन्हें आपने अपनी कोशिकाएँ दी थीं, पिछले महीने हमें छोड़कर चले गए। वे ५८ वर्ष के थे।

वे गढ़वाल राइफ़ल्स से सूबेदार मेजर रिटायर हुए थे। पूरी ज़िंदगी उन्होंने देश की सेवा की और बीमारी से भी एक सिपाही की तरह लड़े। ट्रांसप्लांट के बाद आठ महीने वे घर पर रहे। उन्होंने देहरादून में हमारे घर के आँगन में आम का पेड़ लगाया और पोती को साइकिल चलाना सिखाया। ये आठ महीने आपकी वजह से मिले।

लोग कहते हैं कि सब बेकार गया। मैं ऐसा नहीं मानती। उन्होंने आख़िरी दिनों में कहा था, "उस अनजान भाई या बहन को मेरा सलाम कहना।" आज वही सलाम आप तक पहुँचा रही हूँ।

भगवान आपको लंबी उम्र दे।

आपकी बहन
""", [("५८", AGE), ("गढ़वाल राइफ़ल्स", ORG), ("सूबेदार मेजर", OID), ("देहरादून", LOC)], var="hi")

add("hi", "donor_to_patient", """
प्रिय मित्र,

केम छो! माफ़ कीजिए, गुजराती की आदत है। मैं आपकी डोनर हूँ और अहमदाबाद से लिख रही हूँ। इस साल मैं चालीस की हुई हूँ। मेरा घर से ही खाखरे का छोटा-सा बिज़नेस है, "हेतल गृह उद्योग" नाम से, और मणिनगर की आधी सोसायटी मेरे मेथी खाखरे खाती है।

दान से पहले मेरी सास बहुत चिंतित थीं। मैंने उन्हें समझाया कि यह ख़ून देने जैसा ही है, बस थोड़ा लंबा। मई २०२४ में मैंने स्टेम सेल दान किए, और उसी शाम हम पूरे परिवार के साथ कांकरिया झील पर घूमने गए ताकि सबका डर निकल जाए।

इस नवरात्रि मैंने गरबा में एक चक्कर आपके नाम का भी लगाया। आप जहाँ भी हों, मुझे उम्मीद है कि आप रोज़ थोड़ा-थोड़ा मज़बूत हो रहे हैं।

अगर अनुमति हो तो लिखिएगा: hetal.khakhra@gmail.com

ढेर सारा प्यार,
हेतल
""", [("अहमदाबाद", LOC), ("चालीस", AGE), ("हेतल गृह उद्योग", ORG), ("मणिनगर", LOC), ("मई २०२४", DATE),
      ("कांकरिया झील", LOC), ("hetal.khakhra@gmail.com", CON), ("हेतल", P, 1)],
    known={"names": ["Hetal Shah"], "places": ["Maninagar, Ahmedabad"], "organisations": [],
           "other": ["hetal.khakhra@gmail.com"]}, var="hi")

add("hi", "patient_to_donor", """
Hello donor bhaiya ya didi,

Pata nahi aap kaun ho, but thank you yaar, seriously. Main 22 saal ka hoon, Delhi ka launda, Hansraj College se B.Com final year kar raha tha jab ye sab shuru hua. Pehle laga dengue hai, phir pata chala ALL hai. Mummy ne toh hospital mein hi rona shuru kar diya tha.

Mera transplant 9 Dec 2023 ko BLK mein hua. Wahan ke doctors ekdum top hain, especially Dr. Malhotra jo har round pe mujhse cricket score poochte the. Ab main ghar pe hoon, Lajpat Nagar mein, aur mummy ke haath ke rajma chawal kha raha hoon, bina mirchi ke, doctor ka order hai.

Next year college wapas jaaunga. Aur haan, maine decide kiya hai ki jab full fit ho jaaunga toh DATRI ke saath volunteer karunga, college mein camps lagwaunga.

Aapko kabhi Delhi aana ho toh bata dena, Moolchand ke parathe khilaunga. Insta pe mil jaunga @kabir.lajpat

Love you bhai/didi, aap legend ho!
K.
""", [("22", AGE), ("Delhi", LOC, 0), ("Hansraj College", ORG), ("9 Dec 2023", DATE), ("BLK", ORG), ("Dr. Malhotra", P),
      ("Lajpat Nagar", LOC), ("DATRI", ORG), ("Delhi", LOC, 1), ("Moolchand", LOC), ("@kabir.lajpat", CON), ("K.", P)],
    known={"names": ["Kabir Sethi"], "places": ["Lajpat Nagar, New Delhi"],
           "organisations": ["BLK-Max Super Speciality Hospital"], "other": []}, var="hi-Latn")

add("hi", "donor_to_patient", """
Hi ji,

Main aapki donor hoon! Kaise ho aap? Mujhe itna kuch kehna hai ki samajh nahi aa raha kahan se shuru karun. Main 27 ki hoon, Mumbai mein rehti hoon, Dadar mein, aur ek private bank mein kaam karti hoon. Roz 8:12 ki Virar fast pakadti hoon, toh aap samajh sakte ho meri life kitni adventurous hai, haha.

DATRI ka call aaya toh pehle laga koi fraud hai! Phir samjha ki sach mein kisi ko meri zaroorat hai. Ghar pe aai-baba thode nervous the, lekin mere dada ne bola, "Jaa, punya ka kaam hai." Donation ke pehle din main Siddhivinayak gayi aur aapke liye prarthana ki.

Aap jo bhi ho, jahan bhi ho, please apna dhyan rakhna. Khana time pe khana, doctor ki baat maanna, aur jab mood kharab ho toh yaad rakhna ki Mumbai mein ek pagal ladki aapke liye roz pray karti hai.

Ganpati Bappa Morya!
Aapki donor
""", [("27", AGE), ("Mumbai", LOC, 0), ("Dadar", LOC), ("8:12 ki Virar fast", OID), ("DATRI", ORG),
      ("Siddhivinayak", ORG), ("Mumbai", LOC, 1)], var="hi-Latn")

add("hi", "family_to_donor", """
Sat Sri Akal ji,

Main Lucky da papa haan. Lucky, asli naam toh Gurpreet hai but sab Lucky hi bulaate hain, 12 saal ka hai. Usko 10 saal ki umar mein blood cancer hua tha. Hum Ludhiana ke paas Doraha mein rehte hain, mera tractor parts ka kaam hai GT Road pe.

Lucky ka transplant 13 April 2023 ko DMC mein hua, Baisakhi wale din. Poore pind ne gurudwara sahib mein ardaas kiti thi. Jab doctor ne bataya ki cells lag gaye hain, main gaddi mein baith ke bahut roya, kisi ko dikhaya nahi.

Ab Lucky school jaata hai, Doraha Public School, aur bhangra team mein wapas aa gaya hai. Annual function mein usne itna naacha ki uski mummy ko darr lagne laga, haha.

Waheguru ji di kirpa te tuhadi meherbaani. Aap jaise log duniya mein hain toh duniya chal rahi hai. Kabhi Punjab aao, sarson da saag te makki di roti humare ghar khaana.

Dhanvaad,
Lucky de papa, Harjinder
""", [("Lucky", P, 0), ("Lucky", P, 1), ("Gurpreet", P), ("Lucky", P, 2), ("12", AGE), ("10", AGE), ("Ludhiana", LOC),
      ("Doraha", LOC, 0), ("tractor parts ka kaam", OID), ("GT Road", LOC), ("Lucky", P, 3), ("13 April 2023", DATE),
      ("DMC", ORG), ("Lucky", P, 4), ("Doraha Public School", ORG), ("Punjab", LOC), ("Lucky", P, 5),
      ("Harjinder", P)],
    known={"names": ["Gurpreet Singh", "Harjinder Singh"], "places": ["Doraha, Ludhiana"],
           "organisations": ["Dayanand Medical College & Hospital"], "other": []}, var="hi-Latn")

add("hi", "patient_to_donor", """
Assalamualaikum donor bhai/behen,

Main Hyderabad se likh rahi hoon, Laad Bazaar se, jahan humari chudiyon ki dukaan hai teen peedhiyon se. Umar 35 hai, do bachche hain, aur ek sasu maa jo mere se zyada aapke liye dua karti hain.

2023 mein mujhe pata chala ki mera blood theek nahi hai. Kya bolun, bahut dar gayi thi. Doctor saab ne bola bone marrow transplant karna padega. Mere bhai-behen kisi ka match nahi hua. Phir Allah ne aapko bheja. Yashoda Hospital mein 2 Feb 2024 ko transplant hua, Shab-e-Barat se thoda pehle.

Ab main wapas dukaan pe baithti hoon, thoda thoda. Customers poochte, "Baji, itte din kaan thein?" Main bolti, ek farishte se milne gayi thi.

Ramzan mein humne aapke naam pe iftaar baanta, poori gali mein. Aap jahan bhi ho, Allah aapko hamesha khush rakhe. Kabhi Hyderabad aaye toh Shah Ghouse ki haleem meri taraf se.

Khuda hafiz,
Aapki behen
""", [("Hyderabad", LOC, 0), ("Laad Bazaar", LOC), ("chudiyon ki dukaan", OID), ("35", AGE), ("Yashoda Hospital", ORG),
      ("2 Feb 2024", DATE), ("Hyderabad", LOC, 1), ("Shah Ghouse", ORG)], var="hi-Latn")

# ======================================== Marathi ========================================

add("mr", "patient_to_donor", """
प्रिय दाते,

नमस्कार. मी तुमचा रुग्ण. माझं वय ५२ वर्षं आहे. मी पुण्यात कसबा पेठेत राहतो आणि तिथेच माझं छोटंसं किराणा दुकान आहे. गेली पंचवीस वर्षं रोज सकाळी सहा वाजता दुकान उघडतो.

२०२२ च्या दिवाळीनंतर अचानक ताप आणि थकवा सुरू झाला. तपासण्या झाल्या आणि डॉक्टरांनी रक्ताचा कर्करोग असल्याचं सांगितलं. माझ्या भावाचं जुळलं नाही. मग तुम्ही सापडलात. १४ जानेवारी २०२३ ला, मकर संक्रांतीच्या दिवशी, रुबी हॉलमध्ये माझं प्रत्यारोपण झालं. बायको म्हणाली, "तिळगूळ घ्या, गोड गोड बोला, आणि आता जगा!"

आता मी पुन्हा दुकानात बसतो. गिऱ्हाईक विचारतात, "काका, इतके दिवस कुठे होतात?" मी सांगतो, देवाघरी जाऊन परत आलो.

या गणपतीत आम्ही कसबा गणपतीला तुमच्यासाठी नवस बोललो. तुम्ही कोणीही असा, कुठेही असा, सुखी राहा.

तुमचा ऋणी,
सुधीर
""", [("५२", AGE), ("पुण्यात", LOC), ("कसबा पेठेत", LOC), ("१४ जानेवारी २०२३", DATE), ("रुबी हॉलमध्ये", ORG),
      ("कसबा गणपतीला", ORG), ("सुधीर", P)],
    known={"names": ["सुधीर गोखले"], "places": ["Kasba Peth, Pune"], "organisations": ["Ruby Hall Clinic"],
           "other": []}, var="mr")

add("mr", "donor_to_patient", """
नमस्कार मित्रा,

मी तुमची दाती. खरं तर 'दाती' हा शब्द मला अजून विचित्र वाटतो! मी अठ्ठावीस वर्षांची आहे, नाशिकची. माझं शिक्षण के. के. वाघ कॉलेजमध्ये झालं आणि आता मी ओझरला एचएएलमध्ये विमानांच्या देखभालीचं काम करते.

कॉलेजमध्ये असताना दात्रीच्या शिबिरात नाव नोंदवलं होतं. पाच वर्षांनी फोन आला. आईने आधी विचारलं, "पाठीच्या कण्यातून काढतात का?" मी हसले आणि तिला समजावलं. दान मुंबईत झालं, परळच्या एका हॉस्पिटलमध्ये. संपूर्ण दिवस मशीनला जोडलेली होते, पण नर्स ताई खूप प्रेमळ होत्या.

तुम्ही कोण आहात, कुठे आहात, मला माहीत नाही. पण गोदावरीच्या काठी रामकुंडावर मी तुमच्यासाठी एक दिवा सोडला आहे. तो वाहत वाहत तुमच्यापर्यंत पोहोचो, अशी प्रार्थना.

लवकर बरे व्हा. खूप खूप शुभेच्छा!

तुमची दाती
""", [("अठ्ठावीस", AGE), ("नाशिकची", LOC), ("के. के. वाघ कॉलेजमध्ये", ORG), ("ओझरला", LOC), ("एचएएलमध्ये", ORG),
      ("विमानांच्या देखभालीचं काम", OID), ("दात्रीच्या", ORG), ("मुंबईत", LOC), ("परळच्या", LOC),
      ("गोदावरीच्या", LOC), ("रामकुंडावर", LOC)], var="mr")

add("mr", "family_to_donor", """
प्रिय दाते,

मी चिऊची आई. चिऊचं खरं नाव तनिष्का, पण घरात सगळे तिला चिऊच म्हणतात. ती आता सात वर्षांची आहे. आम्ही अमरावतीजवळच्या एका छोट्याशा गावात राहतो, तिचे बाबा शेती करतात.

तिला अ‍ॅप्लास्टिक अ‍ॅनिमिया झाला तेव्हा ती फक्त चार वर्षांची होती. आम्हाला काहीच कळत नव्हतं. ३ मार्च २०२३ ला मुंबईच्या टाटा मेमोरियलमध्ये तिचं प्रत्यारोपण झालं. आम्ही चार महिने धर्मशाळेत राहिलो.

आता चिऊ शाळेत जाते, पहिलीत आहे. अंगणात एक चिमणी रोज येते, तर चिऊ म्हणते, "ही माझी मैत्रीण आहे." तुमच्यासाठी तिने एक चित्र काढलंय: एक मोठं झाड आणि त्यावर बसलेली एक चिमणी.

आमचा नंबर ९४२२० ५५८१३ आहे. नियम असेल तर कधीतरी फोन करा. नसेल तरी चालेल. तुमच्यासाठी रोज देवापुढे दिवा लावतो.

चिऊची आई, सविता
""", [("चिऊची", P, 0), ("चिऊचं", P), ("तनिष्का", P), ("चिऊच", P), ("सात", AGE), ("अमरावतीजवळच्या", LOC),
      ("चार", AGE, 0), ("३ मार्च २०२३", DATE), ("मुंबईच्या", LOC), ("टाटा मेमोरियलमध्ये", ORG), ("चिऊ", P, 0),
      ("चिऊ", P, 1), ("९४२२० ५५८१३", CON), ("चिऊची", P, 1), ("सविता", P)],
    known={"names": ["तनिष्का राऊत", "सविता राऊत"], "places": ["Amravati"], "organisations": [],
           "other": ["9422055813"]}, var="mr")

add("mr", "patient_to_donor", """
आदरणीय दाते,

सप्रेम नमस्कार. मी कोकणातला, रत्नागिरी जिल्ह्यातल्या गणपतीपुळ्याजवळच्या एका गावचा. वय सत्तर. आयुष्यभर जिल्हा परिषदेच्या शाळेत मुलांना मराठी शिकवलं, आणि निवृत्त झाल्यावर आमच्या हापूसच्या बागेत रमलो.

मागच्या पावसाळ्यात माझं प्रत्यारोपण झालं. इतक्या वयात हे करायचं की नाही, यावर घरात खूप चर्चा झाली. पण माझ्या नातीने, गौरीने, निर्णय घेतला: "आजोबा, तुम्ही करायचंच." ती मुंबईत डॉक्टर होण्याचं शिक्षण घेते आहे.

यंदा मे महिन्यात मी पुन्हा बागेत फिरलो, आंबे उतरवले, पेट्या भरल्या. पहिली पेटी देवाला, दुसरी तुमच्या नावाने गावातल्या शाळेला दिली.

तुम्ही कुठे आहात माहीत नाही. पण कधी कोकणात आलात, तर समुद्रकिनारी बसून आमच्या बागेतला आंबा खाऊन बघा. त्यासारखी गोडी दुसरी नाही.

तुमचा,
एक कृतज्ञ आजोबा
""", [("कोकणातला", LOC), ("रत्नागिरी", LOC), ("गणपतीपुळ्याजवळच्या", LOC), ("सत्तर", AGE), ("गौरीने", P),
      ("मुंबईत", LOC), ("कोकणात", LOC)], var="mr")

add("mr", "donor_to_patient", """
नमस्कार दोस्ता,

मी तुमचा दाता, कोल्हापूरचा! वय तेहतीस. मी इथे एका साखर कारखान्यात केमिस्ट आहे आणि रविवारी पाटाकडील तालीम मंडळाकडून फुटबॉल खेळतो. कोल्हापुरात फुटबॉल म्हणजे धर्म आहे, तुम्हाला माहीत असेलच.

जुलै २०२४ मध्ये मी स्टेम सेल दान केले. आदल्या दिवशी अंबाबाईच्या मंदिरात दर्शन घेतलं आणि आईने तांबडा-पांढरा रस्सा खाऊ घातला, "ताकद पाहिजे" म्हणून. डॉक्टर हसले, पण मी सगळं संपवलं.

तुम्हाला बरं वाटत असेल अशी आशा करतो. अजून थकवा असेल तर घाबरू नका, हळूहळू सगळं ठीक होईल. माझ्या संघातली पोरं म्हणतात, "आपल्या गोलकीपरचं रक्त आता कुठेतरी खेळतंय."

कधी कोल्हापुरात आलात तर रंकाळ्यावर फिरायला नेतो. मला इथे लिहा: ajinkya.kolhapur@gmail.com

तुमचा दोस्त,
अजिंक्य
""", [("कोल्हापूरचा", LOC), ("तेहतीस", AGE), ("साखर कारखान्यात केमिस्ट", OID), ("पाटाकडील तालीम मंडळाकडून", ORG),
      ("कोल्हापुरात", LOC, 0), ("जुलै २०२४", DATE), ("अंबाबाईच्या मंदिरात", ORG), ("गोलकीपरचं", OID),
      ("कोल्हापुरात", LOC, 1), ("रंकाळ्यावर", LOC), ("ajinkya.kolhapur@gmail.com", CON), ("अजिंक्य", P)],
    known={"names": ["Ajinkya Patil"], "places": ["Kolhapur"], "organisations": [],
           "other": ["ajinkya.kolhapur@gmail.com"]}, var="mr")

add("mr", "family_to_donor", """
प्रिय दाते,

मी तुम्ही जीव वाचवलेल्या एका आईची मुलगी. आई स्वतः लिहू शकत नाही म्हणून तिच्या वतीने मी लिहितेय, ती शेजारी बसून सांगतेय.

आईचं वय साठ. ती गेली वीस वर्षं छत्रपती संभाजीनगरमध्ये, क्रांती चौकाजवळ पोळी-भाजी केंद्र चालवते. आसपासच्या कॉलेजची पोरं तिला 'मावशी' म्हणतात. आजारपणात केंद्र बंद ठेवावं लागलं, तेव्हा याच पोरांनी आमच्या घरी डबे आणून दिले.

डिसेंबर २०२२ मध्ये पुण्यात तिचं प्रत्यारोपण झालं. आता ती पुन्हा स्वयंपाकघरात उभी राहते, थोडा वेळच, पण तिच्या हातच्या पोळ्यांची चव तशीच आहे.

आई म्हणतेय, "त्यांना सांग, माझ्या पोळ्या खायला कधीही या." खरंच, कधी आलात तर भरपेट जेवल्याशिवाय सोडणार नाही.

तुमच्या उपकारांची परतफेड कधीच होणार नाही.

तुमची कृतज्ञ,
आई आणि लेक
""", [("साठ", AGE), ("छत्रपती संभाजीनगरमध्ये", LOC), ("क्रांती चौकाजवळ", LOC), ("पोळी-भाजी केंद्र", OID),
      ("डिसेंबर २०२२", DATE), ("पुण्यात", LOC)], var="mr")

# ======================================== Tamil ========================================

add("ta", "patient_to_donor", """
அன்புள்ள கொடையாளருக்கு,

வணக்கம். நான் மதுரையிலிருந்து எழுதுகிறேன். எனக்கு 38 வயது. மீனாட்சி அம்மன் கோயிலின் தெற்கு கோபுரம் அருகே எங்கள் குடும்பம் மூன்று தலைமுறையாக ஜிகர்தண்டா கடை நடத்துகிறது.

2022-ல் எனக்கு இரத்தப் புற்றுநோய் என்று தெரிந்தது. என் தம்பிக்கு பொருத்தம் இல்லை. நீங்கள் கிடைத்தீர்கள். 05.06.2023 அன்று வேலூர் சிஎம்சியில் எனக்கு மாற்று சிகிச்சை நடந்தது. மூன்று மாதம் அங்கேயே தங்கினோம். என் மனைவி செல்வியும் என் அம்மாவும் மாறி மாறி என்னுடன் இருந்தார்கள்.

இப்போது மீண்டும் கடையில் உட்காருகிறேன். வாடிக்கையாளர்கள் "அண்ணே, எங்கே போயிருந்தீங்க?" என்று கேட்கிறார்கள். "புது உயிர் வாங்கப் போனேன்" என்று சொல்கிறேன்.

சித்திரைத் திருவிழாவில் அழகர் ஆற்றில் இறங்கும்போது உங்களுக்காக வேண்டிக்கொண்டேன். நீங்கள் எப்போதாவது மதுரைக்கு வந்தால், ஒரு கிளாஸ் ஜிகர்தண்டா என் கணக்கில்.

நன்றியுடன்,
உங்கள் பெறுநர்
""", [("மதுரையிலிருந்து", LOC), ("38", AGE), ("மீனாட்சி அம்மன் கோயிலின்", ORG), ("ஜிகர்தண்டா கடை", OID),
      ("05.06.2023", DATE), ("வேலூர் சிஎம்சியில்", ORG), ("செல்வியும்", P), ("மதுரைக்கு", LOC)],
    known={"names": ["Karthikeyan Pandian", "Selvi Karthikeyan"], "places": ["Madurai"],
           "organisations": ["Christian Medical College, Vellore"], "other": []}, var="ta")

add("ta", "donor_to_patient", """
அன்புள்ள நண்பருக்கு,

வணக்கம்! நான் உங்கள் கொடையாளர். என் வயது இருபத்தாறு. சென்னையில் ஒரு மென்பொருள் நிறுவனத்தில் வேலை செய்கிறேன். தினமும் காலையில் பெசன்ட் நகர் கடற்கரையில் ஓடுவது என் பழக்கம்.

அண்ணா பல்கலைக்கழகத்தில் படிக்கும்போது தாத்ரி முகாமில் பதிவு செய்தேன். ஜனவரி 2024-ல் அழைப்பு வந்தபோது, என் பாட்டி, "பொண்ணுக்கு எதாவது ஆகிடுமோ" என்று பயந்தார். "ஒன்றும் ஆகாது பாட்டி, இரத்த தானம் மாதிரிதான்" என்று சமாதானப்படுத்தினேன்.

தானம் முடிந்த மறுநாள் கொஞ்சம் சோர்வாக இருந்தது, அவ்வளவுதான். இரண்டு வாரத்தில் மீண்டும் கடற்கரையில் ஓட ஆரம்பித்துவிட்டேன்.

நீங்கள் யார் என்று தெரியாது. ஆனால் என் உடலின் ஒரு பகுதி இப்போது உங்களுக்குள் வாழ்கிறது என்று நினைக்கும்போது மனம் நிறைகிறது. நன்றாக சாப்பிடுங்கள், ஓய்வெடுங்கள், சீக்கிரம் குணமாகுங்கள்.

அன்புடன்,
உங்கள் சகோதரி
""", [("இருபத்தாறு", AGE), ("சென்னையில்", LOC), ("பெசன்ட் நகர் கடற்கரையில்", LOC), ("அண்ணா பல்கலைக்கழகத்தில்", ORG),
      ("தாத்ரி", ORG), ("ஜனவரி 2024", DATE)], var="ta")

add("ta", "family_to_donor", """
அன்புள்ள கொடையாளருக்கு,

நாங்கள் யாழ்ப்பாணத்திலிருந்து கனடாவுக்கு வந்து பதினைந்து வருடங்கள் ஆகின்றன. டொராண்டோவில், ஸ்கார்பரோவில் வசிக்கிறோம். எங்கள் மகள் நிலாவுக்கு ஆறு வயது. அவளுக்கு இரத்தப் புற்றுநோய் வந்தபோது எங்கள் உலகமே இருண்டு போனது.

2023 நவம்பர் 2 அன்று சிக்கிட்ஸ் மருத்துவமனையில் உங்கள் குருத்தணுக்கள் அவளுக்குச் செலுத்தப்பட்டன. அன்று இரவு வானத்தில் முழு நிலா. அவள் அப்பா ஜன்னல் வழியே காட்டி, "பார், உனக்காக நிலா வந்திருக்கு" என்றார்.

இப்போது நிலா மீண்டும் பள்ளிக்குச் செல்கிறாள். தமிழ் வகுப்பிலும் சேர்ந்திருக்கிறாள். தைப்பொங்கலுக்கு அம்மம்மாவுடன் சேர்ந்து பொங்கல் பானையில் அரிசி போட்டாள்.

நீங்கள் யார் என்று எங்களுக்குத் தெரியாது. ஆனால் ஒவ்வொரு நாளும் நல்லூர் கந்தனை நினைத்து உங்களுக்காக வேண்டுகிறோம்.

நன்றியுடன்,
நிலாவின் அம்மா, அப்பா
""", [("யாழ்ப்பாணத்திலிருந்து", LOC), ("கனடாவுக்கு", LOC), ("டொராண்டோவில்", LOC), ("ஸ்கார்பரோவில்", LOC),
      ("நிலாவுக்கு", P), ("ஆறு", AGE), ("2023 நவம்பர் 2", DATE), ("சிக்கிட்ஸ் மருத்துவமனையில்", ORG),
      ("நிலா", P, "இப்போது நிலா மீண்டும்"), ("நல்லூர்", LOC), ("நிலாவின்", P)],
    known={"names": ["Nila Sivakumar"], "places": ["Scarborough, ON"],
           "organisations": ["The Hospital for Sick Children"], "other": []}, ok=("நிலா",), var="ta-LK")

add("ta", "patient_to_donor", """
மதிப்பிற்குரிய கொடையாளருக்கு,

நான் தஞ்சாவூர் பக்கத்தில் ஒரு கிராமத்தில் நெல் விவசாயம் செய்கிறேன். வயது அறுபத்தைந்து. எனக்கு எழுதப் படிக்கத் தெரியும், ஆனால் இவ்வளவு நீண்ட கடிதம் எழுதுவது இதுவே முதல் முறை. என் பேத்திதான் பக்கத்தில் உட்கார்ந்து எழுத்துப் பிழைகளைத் திருத்துகிறாள்.

நோய் வந்தபோது என் வயலை யார் பார்த்துக்கொள்வார்கள் என்றுதான் முதலில் கவலைப்பட்டேன். என் மகன் சென்னையில் வேலையை விட்டுவிட்டு ஊருக்கு வந்தான். மருத்துவர்கள் நீங்கள் வெளிநாட்டில் இருக்கிறீர்கள் என்று சொன்னார்கள். எங்கோ இருக்கும் ஒருவர் ஒரு கிழவனுக்காக இதைச் செய்திருக்கிறார் என்பதை நம்பவே முடியவில்லை.

இந்த ஆண்டு குறுவை அறுவடையை நானே வயலில் நின்று பார்த்தேன். கதிர்களைத் தொட்டபோது கண்ணீர் வந்தது. பிறகு பெரிய கோயிலுக்குச் சென்று உங்கள் நலனுக்காக அர்ச்சனை செய்தேன்.

நீங்களும் உங்கள் குடும்பமும் நூறாண்டு வாழ வேண்டும். உங்கள் பிள்ளைகள் நன்றாக இருக்க வேண்டும்.

இப்படிக்கு,
உங்கள் பெறுநர்
""", [("தஞ்சாவூர்", LOC), ("அறுபத்தைந்து", AGE), ("சென்னையில்", LOC), ("பெரிய கோயிலுக்குச்", ORG)], var="ta")

add("ta", "donor_to_family", """
அன்புள்ள குடும்பத்தினருக்கு,

உங்கள் அன்புக்குரியவர் இறந்துவிட்டார் என்ற செய்தியை பதிவகம் எனக்குத் தெரிவித்தது. என் ஆழ்ந்த இரங்கலைத் தெரிவித்துக்கொள்கிறேன்.

நான் புதுச்சேரியில் பெத்தி செமினார் பள்ளியில் இயற்பியல் ஆசிரியராக இருக்கிறேன். எனக்கு நாற்பத்தைந்து வயது. என் மாணவர்களிடம் நான் ஒருவருக்கு குருத்தணு கொடுத்ததைச் சொன்னபோது, அவர்களில் பத்து பேர் பதிவு செய்ய முன்வந்தார்கள். அந்த மகிழ்ச்சியை உங்கள் அன்புக்குரியவருக்குச் சொல்ல நினைத்திருந்தேன்.

அவர் யார், அவருக்கு எத்தனை வயது என்று எனக்குத் தெரியாது. ஆனால் அவர் கடைசி வரை போராடினார் என்று நம்புகிறேன். அவருடன் நீங்கள் கழித்த கூடுதல் நாட்கள் உங்களுக்கு ஆறுதலாக இருக்கட்டும்.

மணக்குள விநாயகர் கோயிலில் அவருடைய ஆன்மா சாந்தியடைய வேண்டிக்கொண்டேன்.

உங்கள் துயரத்தில் பங்குகொள்ளும்,
கொடையாளர்
""", [("புதுச்சேரியில்", LOC), ("பெத்தி செமினார் பள்ளியில்", ORG), ("இயற்பியல் ஆசிரியராக", OID), ("நாற்பத்தைந்து", AGE),
      ("மணக்குள விநாயகர் கோயிலில்", ORG)], var="ta")

add("ta", "patient_to_donor", """
அன்புள்ள அண்ணா அல்லது அக்கா,

உங்களை எப்படி அழைப்பது என்று தெரியவில்லை, அதனால் இப்படியே எழுதுகிறேன். நான் திருநெல்வேலியைச் சேர்ந்த ஒரு கல்லூரி மாணவி. எனக்கு இப்போது பத்தொன்பது வயது. சாரா டக்கர் கல்லூரியில் முதலாம் ஆண்டு படித்துக்கொண்டிருந்தபோது எனக்கு நோய் கண்டறியப்பட்டது.

மார்ச் 2024-ல் சென்னை அப்போலோவில் எனக்கு மாற்று சிகிச்சை நடந்தது. மருத்துவமனையில் இருந்தபோது என் தோழி பிரியா ஒவ்வொரு நாளும் வீடியோ காலில் பாடம் சொல்லித் தந்தாள்.

இப்போது மீண்டும் கல்லூரிக்குச் செல்கிறேன். முடி கொஞ்சம் கொஞ்சமாக வளர்கிறது. அப்பா ஒவ்வொரு ஞாயிறும் இருட்டுக்கடை அல்வா வாங்கி வருகிறார், "என் மகளுக்கு இனிப்புதான் மருந்து" என்று.

உங்களுக்கு எப்போதாவது எழுத விருப்பம் இருந்தால், இன்ஸ்டாகிராமில் @nellai_ponnu_2005 என்று தேடுங்கள்.

உங்கள் தங்கை
""", [("திருநெல்வேலியைச்", LOC), ("பத்தொன்பது", AGE), ("சாரா டக்கர் கல்லூரியில்", ORG), ("மார்ச் 2024", DATE),
      ("சென்னை", LOC), ("அப்போலோவில்", ORG), ("பிரியா", P), ("இருட்டுக்கடை", ORG), ("@nellai_ponnu_2005", CON)],
    known={"names": ["Jebasheela R."], "places": ["Palayamkottai"], "organisations": [],
           "other": ["@nellai_ponnu_2005"]}, var="ta")

# ======================================== Japanese ========================================

add("ja", "patient_to_donor", """
ドナー様へ

はじめまして。あなたから骨髄をいただいた者です。北海道の帯広で酪農をしている、四十二歳の男です。

令和5年2月14日、北大病院で移植を受けました。バレンタインデーだったので、妻の由美子は「世界一のチョコをもらったね」と言って泣いていました。

入院中は牛たちのことばかり心配していましたが、近所の仲間や農協の若い衆が毎朝搾乳を手伝ってくれました。退院してから初めて牛舎に入ったとき、一番古株の牛が鼻を鳴らして迎えてくれたのを、一生忘れないと思います。

今年の夏は、十勝川の河川敷で家族とバーベキューをしました。まだ疲れやすいですが、少しずつ仕事にも戻っています。

あなたがどこのどなたか存じ上げませんが、毎朝の搾乳のたびに感謝しています。どうかお体を大切に。

心からの感謝をこめて
""", [("北海道", LOC), ("帯広", LOC), ("四十二", AGE), ("令和5年2月14日", DATE), ("北大病院", ORG), ("由美子", P),
      ("十勝川", LOC)],
    known={"names": ["佐藤 健一", "佐藤 由美子"], "places": ["北海道帯広市"], "organisations": ["北海道大学病院"],
           "other": []}, var="ja")

add("ja", "donor_to_patient", """
はじめまして、あなたのドナーです。

大阪に住んでる三十一歳の女です。天神橋筋商店街で、父と一緒に小さなたこ焼き屋をやってます。関西弁が出てしまったらごめんなさい。

ドナー登録したのは、大学生のとき献血ルームでポスターを見たのがきっかけでした。それから十年近く何の連絡もなかったので、日本骨髄バンクから封筒が届いたときは、正直なんの手紙か分からへんかったです。

家族はみんな賛成してくれました。父は「店のことは心配すんな」と言って、看護師の西川さんにまで店の宣伝をしながら、入院中の三日間、一人で鉄板の前に立ってくれました。採取が終わった日の夜、病院の窓から通天閣の灯りが見えて、「今ごろ私の骨髄、どこ飛んでるんやろ」と考えていました。

あなたが今どんな毎日を過ごしているのか、私には分かりません。でも、いつか元気になって、おいしいものをたくさん食べられるようになりますように。たこ焼きでもええですよ。

ほな、お大事に。
""", [("大阪", LOC), ("三十一", AGE), ("天神橋筋商店街", LOC), ("たこ焼き屋", OID), ("日本骨髄バンク", ORG),
      ("西川", P), ("通天閣", LOC)], var="ja")

add("ja", "family_to_donor", """
ドナーさまへ

はじめてお手紙を書きます。あなたから造血幹細胞をいただいた男の子の母です。息子の陽翔は、みんなから「はるくん」と呼ばれています。いま五歳です。

三歳のときに急性リンパ性白血病と診断され、再発をくりかえしました。2023年8月3日、世田谷の成育医療研究センターで移植を受けました。無菌室のガラス越しにしか抱きしめられなかった日々は、今思い出しても胸が苦しくなります。

いま、はるくんは毎朝元気に「ひまわり保育園」に通っています。園庭に咲いたひまわりを見て、「これ、ドナーさんにあげたい」と言っていました。先生方も、本当によく支えてくださいました。

あなたがどんな方なのか、私たちは知りません。でも、毎晩寝る前に、はるくんと一緒に「ドナーさん、ありがとう」と言っています。

どうか、あなたとご家族がいつまでも健康でいられますように。

はるとの母より
""", [("陽翔", P), ("はる", P, 0), ("五", AGE, "いま五歳"), ("三", AGE, "三歳のとき"), ("2023年8月3日", DATE),
      ("世田谷", LOC), ("成育医療研究センター", ORG), ("はる", P, 1), ("ひまわり保育園", ORG), ("はる", P, 2),
      ("はると", P)],
    known={"names": ["山口 陽翔", "山口 恵"], "places": ["東京都世田谷区"], "organisations": ["国立成育医療研究センター"],
           "other": []}, var="ja")

add("ja", "patient_to_donor", """
ドナー様

拝啓 紅葉の美しい季節となりました。

私は京都の西陣で、今では数少ない手織りの帯職人として五十年あまり帯を織ってまいりました、七十一歳の者でございます。一昨年、骨髄異形成症候群と診断され、この年齢で移植ができるのかと、家族ともども大変悩みました。

2022年の秋、京大病院で移植を受けました。主治医の森本先生が「年齢より、あなたの気力です」とおっしゃってくださったことが、今も支えになっております。

退院後、初めて機の前に座った日、手が震えて一本の糸も通せませんでした。それでも毎日少しずつ練習し、今では短い時間なら織れるようになりました。北野天満宮の梅が咲いたころ、孫の美咲と一緒にお参りし、あなた様のご健康をお祈りいたしました。

見ず知らずの年寄りのために、大切なお体を差し出してくださったこと、言葉では言い尽くせません。

どうぞご自愛くださいませ。

敬具
""", [("京都", LOC), ("西陣", LOC), ("手織りの帯職人", OID), ("七十一", AGE), ("2022年の秋", DATE), ("京大病院", ORG), ("森本", P),
      ("北野天満宮", ORG), ("美咲", P)], var="ja")

add("ja", "donor_to_patient", """
はじめまして。あなたのドナーです。

福岡県北九州市に住んでいる二十八歳の会社員です。小倉にあるTOTOの工場で働いていて、休みの日は「ハイボールズ」というバンドでドラムを叩いています。ライブハウスで年に数回演奏するくらいの、ゆるいバンドです。

ドナー登録は、大学の同級生の翔太が白血病になったときに、みんなで一緒にしました。翔太は残念ながら適合者が見つからず、二十一歳で亡くなりました。だから、コーディネーターさんから連絡が来たとき、「今度は間に合うかもしれない」と思いました。

2024年5月に骨髄を提供しました。全身麻酔から目が覚めたとき、腰が少し痛かったけど、それ以上に嬉しかったです。

あなたのことは何も分かりませんが、翔太の分まで長生きしてください。いつか許されるなら、LINE（ID：kokura_drum28）で話せたらうれしいです。

あなたのドナーより
""", [("福岡県", LOC), ("北九州市", LOC), ("二十八", AGE), ("小倉", LOC), ("TOTO", ORG), ("ハイボールズ", ORG),
      ("ドラム", OID), ("翔太", P, 0), ("翔太", P, 1), ("二十一", AGE), ("2024年5月", DATE), ("翔太", P, 2),
      ("kokura_drum28", CON)],
    known={"names": ["中村 大輝"], "places": ["北九州市小倉北区"], "organisations": ["TOTO株式会社"],
           "other": ["kokura_drum28"]}, var="ja")

add("ja", "family_to_donor", """
ドナー様へ

突然のお便りをお許しください。昨年、あなたから骨髄をいただいた夫が、今年の春に亡くなりました。五十六歳でした。

夫は静岡の牧之原で、親の代からお茶を作っておりました。移植のあと、一時は本当に元気になり、去年の新茶の季節には畑に立つこともできました。「今年のお茶は、ドナーさんのおかげで飲めるんだな」と、うれしそうに一番茶を淹れていた姿が忘れられません。

最後は感染症でした。先生方も手を尽くしてくださいました。あなたにもう一度お礼を言いたかったと、夫は何度も申しておりました。

どうか、ご自分を責めないでください。あなたがくださった一年は、私たち家族にとってかけがえのない時間でした。息子が畑を継ぐと言ってくれたのも、その一年があったからです。

あなたのご健康とお幸せを、心よりお祈り申し上げます。

かしこ
""", [("五十六", AGE), ("静岡", LOC), ("牧之原", LOC)], var="ja")

add("ja", "patient_to_donor", """
ドナーさんへ

こんにちは！私は宮城県仙台市に住んでいる高校二年生です。十六歳です。中学三年のときに白血病になって、2022年12月24日、クリスマスイブに東北大学病院で移植を受けました。ドナーさんからのクリスマスプレゼントだと思っています。

入院中は、同じ病棟の子たちと折り紙をしたり、推しのライブ配信を見たりしていました。担任の佐々木先生と親友のみゆちゃんは毎週手紙をくれて、学校のことを教えてくれました。

今は宮城第一高校の吹奏楽部でクラリネットを吹いています。まだ体力がなくて、定期演奏会のときは途中で休ませてもらったけど、最後の曲はちゃんと吹けました。

ドナーさんは、どんな人なんだろう？と、よく考えます。優しい人なのは間違いないですね！

本当に、本当にありがとうございました。

葵より
""", [("宮城県", LOC), ("仙台市", LOC), ("十六", AGE), ("2022年12月24日", DATE), ("東北大学病院", ORG), ("佐々木", P), ("みゆ", P),
      ("宮城第一高校", ORG), ("吹奏楽部", ORG), ("葵", P)],
    known={"names": ["鈴木 葵"], "places": ["仙台市青葉区"], "organisations": ["宮城県宮城第一高等学校"], "other": []},
    var="ja")

add("ja", "donor_to_patient", """
はいさい！あなたのドナーです。

沖縄の那覇から書いています。四十五歳、三人の子の父親です。国際通りの裏で小さな三線の店をやっていて、夜は居酒屋で民謡を歌うこともあります。

骨髄バンクに登録したのは、二十年以上前の成人式の日でした。友達と酔っぱらった勢いで、という話は内緒にしておいてください（笑）。

提供のために本土の病院まで飛行機で行きました。家族旅行以外で沖縄を出るのは久しぶりで、寒さにびっくりしました。入院中、妻から毎日送られてくる子どもたちの動画に励まされました。

あなたがどこにいて、どんな暮らしをしているのか分かりません。でも、いつか元気になったら、一度沖縄の海を見に来てください。三線を弾いて、「てぃんさぐぬ花」を歌ってあげます。

なんくるないさ。きっと大丈夫。

あなたのドナーより
""", [("沖縄", LOC, 0), ("那覇", LOC), ("四十五", AGE), ("国際通り", LOC), ("三線の店", OID), ("沖縄", LOC, 1),
      ("沖縄", LOC, 2)], var="ja")

add("ja", "family_to_donor", """
ドナー様

はじめまして。娘のひかりは、令和4年6月1日に名古屋の日赤であなたの骨髄をいただきました。当時七歳、今は九歳になりました。

娘の名前には「周りを照らす光になってほしい」という願いをこめました。病気になってからは、私たち夫婦のほうが、娘にずっと照らされていたように思います。

退院後は、少しずつ学校にも通えるようになり、この春からはスイミングスクールにも通い始めました。先週、初めて二十五メートル泳げたと、びしょぬれのまま報告してくれました。

規則で許される日が来たら、ぜひお礼を直接お伝えしたいと思っております。その時は、こちらの住所にお便りいただければ幸いです。〒464-0821 名古屋市千種区末盛通2丁目15番地

本当にありがとうございました。

ひかりの父より
""", [("ひかり", P, 0), ("令和4年6月1日", DATE), ("名古屋", LOC, 0), ("日赤", ORG), ("七", AGE, "当時七歳"),
      ("九", AGE, "今は九歳"), ("〒464-0821 名古屋市千種区末盛通2丁目15番地", CON), ("ひかり", P, 1)],
    known={"names": ["伊藤 ひかり", "伊藤 拓也"], "places": ["名古屋市千種区"],
           "organisations": ["日本赤十字社愛知医療センター名古屋第一病院"], "other": []}, var="ja")

add("ja", "patient_to_donor", """
ドナーさんへ

僕は広島に住む大学三年生、二十一歳です。十九歳のときに再生不良性貧血と診断され、去年の秋に広島大学病院で移植を受けました。

入院中の楽しみは、病室のテレビでカープの試合を見ることでした。点滴につながれたまま、ひとりで応援歌を歌って看護師さんに笑われたこともあります。退院して最初に行ったのはマツダスタジアムで、外野席で飛び跳ねたら、母に「まだ無理せんの！」と怒られました。

今は、理学部で化学の勉強をしながら、同じ病気の子どもたちに勉強を教えるボランティアをしています。闘病の記録はブログ（hiroshima-koi21.hatenablog.com）に書いています。自分が助けてもらった分を、少しでも誰かに返したいと思ったからです。

あなたがどこの誰なのか、僕には分かりません。でも、あなたのおかげで僕の人生はもう一度動き出しました。いつか、どこかで一緒にビールで乾杯できたらうれしいです。

本当にありがとうございました。
""", [("広島", LOC, 0), ("二十一", AGE), ("十九", AGE), ("広島大学病院", ORG), ("カープ", ORG), ("マツダスタジアム", LOC), ("hiroshima-koi21.hatenablog.com", CON)],
    var="ja")

# ======================================== Chinese ========================================

add("zh", "patient_to_donor", """
亲爱的捐献者：

您好！我是接受您造血干细胞的患者，今年三十五岁，在北京一家互联网公司做产品经理。2022年体检时发现白细胞异常，后来确诊为急性髓系白血病。

我的家人都没有配型成功。是中华骨髓库帮我找到了您。2023年3月15日，我在北大人民医院进行了移植，主治医生是黄主任。住进层流病房那天，我女儿小雨在病房外的玻璃上贴了一张画，画上是一个戴着披风的超人，旁边写着“爸爸加油”。

出院以后，我每天早上去奥森公园慢跑，从一公里开始，现在已经能跑五公里了。上个月我回到了公司，同事们给我准备了一个大蛋糕。

我不知道您是谁，在哪个城市，但我常常想，您一定是一个特别善良的人。希望您和家人一切都好。

此致
敬礼！

一个被您救了的人
""", [("三十五", AGE), ("北京", LOC), ("中华骨髓库", ORG), ("2023年3月15日", DATE), ("北大人民医院", ORG), ("黄", P, "黄主任"), ("小雨", P),
      ("奥森公园", LOC)],
    known={"names": ["王磊"], "places": ["北京市朝阳区"], "organisations": ["北京大学人民医院"], "other": []},
    var="zh-Hans-CN")

add("zh", "donor_to_patient", """
你好，陌生的朋友：

我是你的捐献者，一个二十七岁的西安姑娘。我在西安开公交车，每天开着车牌陕A·D6218的那辆车跑606路，从火车站一路开到大雁塔，算起来每天要载几百个乘客。

大学的时候，我在一次献血活动中顺便加入了中华骨髓库，之后就忘了这件事。去年冬天突然接到电话，说我和一位患者初配成功了。我妈一开始很担心，怕对身体有伤害，我给她看了好多科普视频，她才放心。

2024年4月，我在西京医院完成了捐献。打动员剂那几天腰有点酸，别的都还好。捐完的第二天，我就回去上班了，车队的师傅们还给我买了一束花。

我不知道你是男是女，是大人还是小孩。我只希望你能好好吃饭，好好睡觉，慢慢好起来。等你康复了，如果有机会来西安，我请你吃羊肉泡馍。

祝你早日康复！
你的捐献者
""", [("二十七", AGE), ("西安", LOC, 0), ("西安", LOC, 1), ("陕A·D6218", OID), ("606路", OID), ("大雁塔", LOC), ("中华骨髓库", ORG),
      ("2024年4月", DATE), ("西京医院", ORG), ("西安", LOC, 2)], var="zh-Hans-CN")

add("zh", "family_to_donor", """
恩人：

您好！我是一个农村老汉，今年六十八岁，家在河南周口的一个小村子里。我孙子乐乐得了白血病那年才五岁，他爸妈在深圳打工，孩子一直跟着我和他奶奶过。

为了给乐乐看病，我们跑遍了郑州和北京。2022年10月8日，乐乐在北京的道培医院做了移植。医生说，是您的骨髓救了他的命。那段时间，我在医院旁边租了个地下室，每天给孩子熬小米粥送过去。

今年乐乐八岁了，上二年级，期末考试数学考了一百分。他说长大要当医生，也要救别人。

我不会说什么漂亮话。我们村里人都说，好人一生平安。我天天在心里给您烧高香，祝您长命百岁。孙女帮我注册了微信，号是lele_yeye1956，您要是愿意，可以加我。

乐乐的爷爷
""", [("六十八", AGE), ("河南", LOC), ("周口", LOC), ("乐乐", P, 0), ("五", AGE, "才五岁"), ("深圳", LOC),
      ("乐乐", P, 1), ("郑州", LOC), ("北京", LOC, 0), ("2022年10月8日", DATE), ("乐乐", P, 2), ("北京", LOC, 1),
      ("道培医院", ORG), ("乐乐", P, 3), ("八", AGE, "八岁了"), ("lele_yeye1956", CON), ("乐乐", P, 4)],
    known={"names": ["刘乐乐", "刘建国"], "places": ["河南省周口市"], "organisations": ["北京陆道培医院"], "other": []},
    var="zh-Hans-CN")

add("zh", "donor_to_family", """
尊敬的家属：

您好。几天前，中华骨髓库上海分库的工作人员告诉我，接受我造血干细胞的那位患者已经去世了。我犹豫了很久，不知道该不该写这封信，最后还是决定提笔。

我今年四十岁，是一名中学物理老师。捐献之后，我在课堂上跟学生们讲过这件事，有十几个孩子说，等满了十八岁也要去登记。我原本很想把这个消息告诉那位患者，让他知道，他并不孤单。

我不知道他是谁，也不知道他经历了怎样的痛苦。我只知道，你们一定用尽了全力陪他走完最后一段路。请不要因为结果而否定这一切。

那天晚上，我一个人去黄浦江边走了很久。江风很大，我想，生命虽然短暂，但爱会留下来。

愿逝者安息，愿你们保重。

一位捐献者
""", [("中华骨髓库上海分库", ORG), ("四十", AGE), ("黄浦江", LOC)], var="zh-Hans-CN")

add("zh", "patient_to_donor", """
親愛的捐贈者您好：

我是一個五十二歲的歐巴桑，在士林夜市賣了二十幾年的蚵仔煎。客人都叫我「阿珠姐」，說我的蚵仔煎是全台北最好吃的（這是他們說的，不是我說的喔）。

前年我一直覺得很累，以為是年紀大了，結果檢查出來是骨髓增生不良症候群。兒子女兒都去驗了，都不合。後來慈濟骨髓幹細胞中心幫我找到了您。民國112年5月20日，我在北榮做了移植。520，「我愛你」，護理師說這是最浪漫的移植日。

現在我又回到攤位上了，不過只做晚上七點到十點，女兒說不可以再像以前那樣拚命。每次翻蚵仔煎的時候，我都會想到您。

如果有一天您來台北，一定要來夜市找我，蚵仔煎我請，加蛋加菜都沒問題！

祝福您平安健康，好人有好報。

阿珠 敬上
""", [("五十二", AGE), ("士林夜市", LOC), ("賣了二十幾年的蚵仔煎", OID), ("阿珠", P, 0), ("台北", LOC, 0),
      ("慈濟骨髓幹細胞中心", ORG), ("民國112年5月20日", DATE), ("北榮", ORG), ("台北", LOC, 1), ("阿珠", P, 1)],
    known={"names": ["陳玉珠"], "places": ["台北市士林區"], "organisations": ["臺北榮民總醫院"], "other": []},
    var="zh-Hant-TW")

add("zh", "donor_to_patient", """
嗨，你好：

我是你的捐贈者，今年二十五歲，住在高雄。平常在旗津的渡輪上工作，每天來來回回，看著海，看著觀光客。

大學時在學校的捐血活動順便驗了血，加入骨髓資料庫。去年夏天接到電話，說我跟你配對成功。說真的，我第一個反應是「詐騙嗎？」哈哈。後來確認是真的，我馬上答應了。

捐贈是在高雄長庚做的。打了幾天的生長激素，骨頭有點痠，像打完一場籃球賽的隔天。我阿嬤很擔心，一直燉雞湯給我喝，我一個禮拜胖了兩公斤。

不知道你現在怎麼樣？希望你吃得下、睡得好，每天都比前一天更有力氣。等你好起來，來高雄玩，我請你坐渡輪去旗津吃海產。

加油！你一定可以的！

你的捐贈者
""", [("二十五", AGE), ("高雄", LOC, 0), ("旗津", LOC, 0), ("渡輪上工作", OID), ("高雄長庚", ORG), ("高雄", LOC, 2),
      ("旗津", LOC, 1)], var="zh-Hant-TW")

add("zh", "patient_to_donor", """
捐贈者你好：

我係一個六十歲嘅香港阿伯，喺深水埗開咗三十年茶餐廳。街坊都叫我阿強，佢哋話我嘅奶茶係成條街最滑。

前年我開始成日頭暈、氣喘，去瑪麗醫院檢查，先知道係白血病。醫生話要做骨髓移植，但我兩個細佬都唔夾。好彩香港骨髓捐贈者資料庫搵到你。2023年9月12日，我喺瑪麗醫院接受咗移植。

住院嗰陣，我個仔幫我睇住間舖。佢以前成日話唔想接手，而家每朝六點就返去煲奶茶，仲話要學埋我嘅秘方。我真係好開心。

而家我每朝去石硤尾公園行一個鐘，然後返舖頭坐一陣，同啲老街坊傾偈。

多謝你救咗我一命。如果有一日可以見面，我請你飲成世奶茶！

阿強
""", [("六十", AGE), ("香港", LOC, 0), ("深水埗", LOC), ("茶餐廳", OID), ("阿強", P, 0), ("瑪麗醫院", ORG, 0),
      ("香港骨髓捐贈者資料庫", ORG), ("2023年9月12日", DATE), ("瑪麗醫院", ORG, 1), ("石硤尾公園", LOC), ("阿強", P, 1)],
    known={"names": ["李志強"], "places": ["深水埗"], "organisations": ["瑪麗醫院"], "other": []}, var="zh-Hant-HK")

add("zh", "family_to_donor", """
親愛的捐贈者：

您好！我是一位十二歲女孩的媽媽。女兒在九歲那年確診急性淋巴細胞白血病，經歷了兩年多的化療後復發，醫生建議進行骨髓移植。

2022年11月，她在啟德的香港兒童醫院接受了您的造血幹細胞。那段日子，我和丈夫輪流在醫院陪伴她，晚上回家的時候，常常在觀塘海濱長廊上一個人哭。

現在，女兒已經回到拔萃女書院上學，還重新加入了學校的合唱團。上個月的聖誕音樂會上，她站在第一排唱歌，我在台下拍片的手一直在抖。

她常常問我：「媽媽，捐贈者會不會也喜歡唱歌？」我說：「不知道，但他一定是一個很溫柔的人。」

我們一家每晚睡前都會為您祈禱。願主賜福給您和您的家人。

一位感恩的媽媽
""", [("十二", AGE), ("九", AGE, "在九歲"), ("2022年11月", DATE), ("啟德", LOC), ("香港兒童醫院", ORG),
      ("觀塘海濱長廊", LOC), ("拔萃女書院", ORG)], var="zh-Hant-HK")

# ======================================== Hebrew ========================================

add("he", "patient_to_donor", """
לתורם היקר,

שמי לא חשוב, אבל אספר לך קצת עליי. אני בת 45, אמא לארבעה, ירושלמית מלידה. כבר עשרים שנה אני מוכרת תבלינים בדוכן שלי בשוק מחנה יהודה. אם פעם קנית זעתר בשוק, יש סיכוי שזה היה אצלי.

לפני שנתיים אובחנתי עם לוקמיה. אף אחד מהאחים שלי לא התאים. ואז, בזכות עזר מציון, מצאו אותך. ההשתלה הייתה בכ"ג באדר תשפ"ג, בהדסה עין כרם. יום לפני פורים. הילדים התחפשו ובאו לבקר אותי עם מסכות, והאחיות צחקו שזה הכי שמח שהמחלקה הייתה אי פעם.

היום אני שוב בדוכן, אמנם רק בבקרים. הבן שלי, אליה, מחזיק את העסק אחר הצהריים. הוא אומר שהלקוחות מתגעגעים לצעקות שלי.

אני מתפללת עליך בכל שבת כשאני מדליקה נרות. תודה שנתת לי לראות את הילדים שלי גדלים.

באהבה גדולה,
המושתלת שלך
""", [("45", AGE), ("מוכרת תבלינים", OID), ("שוק מחנה יהודה", LOC), ("עזר מציון", ORG), ('כ"ג באדר תשפ"ג', DATE),
      ("הדסה עין כרם", ORG), ("אליה", P)],
    known={"names": ["מרים אוחיון"], "places": ["ירושלים"], "organisations": [], "other": []}, var="he")

add("he", "donor_to_patient", """
שלום לך,

אני התורם שלך. אני בן 34, גר בבאר שבע עם אשתי ושתי בנות קטנות, ומלמד מתמטיקה באוניברסיטת בן-גוריון. נרשמתי למאגר לפני יותר מעשר שנים, בשבוע הראשון שלי בצבא, בלי לחשוב על זה יותר מדי.

כשהתקשרו והודיעו לי שנמצאה התאמה, הבת הגדולה שלי, נעמה, שאלה: "אבא, אתה הולך להציל מישהו?" אמרתי לה שאני מקווה. מאז היא מספרת לכל הגן שאבא שלה גיבור, ולנעמה כבר יש ציור בשבילך.

התרומה עצמה הייתה פשוטה יותר ממה שחשבתי. כמה זריקות, יום אחד במיטה, והרבה קפה מהמכונה של בית החולים.

אני לא יודע מי אתה או מי את, בן כמה או מאיפה. אני רק מקווה שהתאים שלי עושים עבודה טובה ושאתה מרגיש כל יום קצת יותר חזק. אם יום אחד תרצה לכתוב, אשמח מאוד.

בריאות שלמה,
התורם שלך
""", [("34", AGE), ("באר שבע", LOC), ("מלמד מתמטיקה", OID), ("אוניברסיטת בן-גוריון", ORG), ("נעמה", P, 0), ("נעמה", P, 1)], var="he")

add("he", "family_to_donor", """
לתורם או לתורמת,

אני כותבת לך בשם המשפחה. אבא שלי, יוסי, קיבל ממך תאי גזע בבילינסון באביב 2022. הוא נפטר ב-7 ביולי 2023, בגיל 71, בבית, מוקף בכל הנכדים.

אבא היה חקלאי במושב נהלל כל חייו. אחרי ההשתלה הוא הספיק עוד עונה אחת בפרדס. הוא היה קם בחמש בבוקר, נוסע עם הטרקטור הישן, וחוזר בצהריים עם ארגז תפוזים לכל השכנים. הוא אמר שהתפוזים של אותה שנה הכי מתוקים שהיו לו אי פעם, ושזה בזכותך.

אנחנו לא כועסים ולא מאוכזבים. להפך. קיבלנו ממך שנה שלמה שלא הייתה לנו אחרת. שנה עם חג שבועות בשדה, עם בר מצווה של הנכד הבכור, עם עוד שיחות ארוכות במרפסת.

תודה, מכל הלב. שתהיה בריא ומאושר.

בשם משפחתו של יוסי,
רותי
""", [("יוסי", P, 0), ("בילינסון", ORG), ("אביב 2022", DATE), ("7 ביולי 2023", DATE), ("71", AGE), ("נהלל", LOC),
      ("יוסי", P, 1), ("רותי", P)],
    known={"names": ["יוסף גולן", "רות גולן-בר"], "places": ["נהלל"], "organisations": ["מרכז רפואי רבין"], "other": []},
    var="he")

add("he", "patient_to_donor", """
לתורם היקר,

אני כותב לך בעברית, למרות שהשפה הראשונה שלי היא ערבית, אז סליחה על הטעויות. אני בן 29 מנצרת, רוקח, ועובד בבית מרקחת ליד כנסיית הבשורה. כל התיירים בעולם עוברים ליד הדלת שלי.

בתחילת 2023 עברתי השתלה ברמב"ם. אמא שלי ישנה על כיסא ליד המיטה שלי חמישה שבועות. היא אומרת שהיא לא זוכרת את זה, אבל הגב שלה זוכר.

ברמדאן האחרון, בארוחת האיפטאר הראשונה שאכלתי בבית, כל המשפחה הרימה כוסות מיץ תמר הינדי לכבודך. סבא שלי אמר: "אללה יברך את הידיים שנתנו."

אני לא יודע אם אתה יהודי, נוצרי, מוסלמי או משהו אחר, וזה לא משנה לי בכלל. הדם שלך עכשיו בגוף שלי, ואנחנו משפחה.

שוקראן, תודה, מכל הלב.
""", [("29", AGE), ("נצרת", LOC), ("בית מרקחת", OID), ("כנסיית הבשורה", ORG), ("תחילת 2023", DATE), ('רמב"ם', ORG)],
    var="he")

add("he", "donor_to_patient", """
היי,

אני התורמת שלך! אני בת 26, גרה באילת ועובדת כמדריכת צלילה בחוף האלמוגים. רוב היום אני מתחת למים, בין דגים צבעוניים, אז כשהתקשרו אליי מהמאגר הייתי בטוחה שזו טעות.

נסעתי לתל אביב לתרום ב-3.4.2024, בשיבא. חמש שעות ישבתי מחוברת למכונה, ואחותי הקטנה, שירה, הקריאה לי בקול את כל ההודעות מהקבוצה של המשפחה. כולם שלחו לבבות.

אני לא יודעת עלייך כלום, חוץ מזה שהגוף שלך צריך עכשיו קצת סבלנות. תהיי חזקה, או תהיה חזק, ותאכל טוב. ואם פעם תרצה לצלול בים סוף, תבוא אליי, אני מבטיחה לך שהשונית שווה כל רגע.

אפשר למצוא אותי באינסטגרם: @dana.dives.eilat

המון אהבה,
ד.
""", [("26", AGE), ("אילת", LOC), ("מדריכת צלילה", OID), ("חוף האלמוגים", LOC), ("תל אביב", LOC), ("3.4.2024", DATE),
      ("שיבא", ORG), ("שירה", P), ("ים סוף", LOC), ("@dana.dives.eilat", CON), ("ד.", P)],
    known={"names": ["דנה אזולאי"], "places": ["אילת"], "organisations": [], "other": ["@dana.dives.eilat"]}, var="he")

add("he", "family_to_donor", """
לתורם היקר,

אני סבתא של אורי. אורי בן עשר, והוא קיבל ממך מח עצם בהדסה לפני שנה וחצי. הוא ביקש שאכתוב לך, כי הכתב שלו, לדבריו, "לא מספיק יפה בשביל גיבור".

אורי הוא אור הלב שלנו. כשהיה חולה, כל הבית כבה. עכשיו הוא שוב רץ במדרגות, צועק על אחיו הקטן ומשחק כדורגל בקבוצת הילדים של הפועל מודיעין. הוא שוער. הוא טוען ששום כדור לא עובר אותו, כי יש לו "ידיים של תורם".

בליל הסדר האחרון, כשפתחנו את הדלת לאליהו הנביא, אורי לחש לי: "סבתא, אולי גם התורם יבוא?" לא ידעתי מה לענות. אמרתי לו שהתורם כבר נמצא איתנו, בתוכו.

כל שישי אני אופה חלה, ואחת מהן אני מקדישה לך בלב. אם פעם תזדמן למודיעין, יש לך פה סבתא.

באהבה,
סבתא של אורי
""", [("אורי", P, 0), ("אורי", P, 1), ("עשר", AGE), ("הדסה", ORG), ("אורי", P, 2), ("הפועל מודיעין", ORG),
      ("שוער", OID), ("אורי", P, 3), ("מודיעין", LOC, 1), ("אורי", P, 4)], var="he")

add("he", "donor_to_family", """
למשפחה היקרה,

הבוקר קיבלתי את הבשורה הקשה מהמאגר. אני משתתף בצערכם מכל הלב.

אני בן 50, נהג אוטובוס בחברת דן כבר עשרים ושתיים שנה, רוב הזמן בקו 5 מרמת גן לתל אביב. ביום שתרמתי, ב-12 בספטמבר 2023, לקחתי יום חופש ראשון מזה שנים. חברים מהעבודה צחקו שרק בשביל להציל חיים אני מוכן לוותר על משמרת.

במשך החודשים האחרונים, בכל פעם שעצרתי ברמזור אדום, חשבתי על האדם שקיבל ממני את התאים. דמיינתי אותו יושב אצלי באוטובוס, אולי בדרך לבית חולים, אולי בדרך הביתה.

אני לא מכיר אתכם, אבל אני יודע שאיבדתם עולם ומלואו. אני מקווה שהזמן שקיבלתם יחד, גם אם היה קצר מדי, היה מלא באהבה.

יהי זכרו ברוך.

בהשתתפות בצערכם,
אבי
""", [("50", AGE), ("דן", ORG), ("קו 5", OID), ("רמת גן", LOC), ("תל אביב", LOC), ("12 בספטמבר 2023", DATE),
      ("אבי", P)],
    known={"names": ["אבי מזרחי"], "places": ["רמת גן"], "organisations": ["דן"], "other": []}, var="he")

add("he", "patient_to_donor", """
שלום לתורם היקר,

סליחה על העברית שלי, אני בארץ רק עשר שנים ועוד לומד. אני בן 67, הגעתי מחרקוב, ושם הייתי מהנדס גשרים. עכשיו אני גר באשדוד, ליד הים, ומשחק שחמט כל ערב במועדון השחמט העירוני עם עוד פנסיונרים מכל העולם.

באוקטובר 2022 עשו לי השתלה באיכילוב. הרופא, ד"ר פרידמן, אמר לי: "ולדימיר, עכשיו אתה צריך לשחק משחק ארוך." הוא צדק. היו הרבה חודשים קשים. אבל עכשיו אני שוב ליד לוח, ועוד מנצח את החברים שלי.

הנכדה שלי, מאשה, לומדת בכיתה ג' ומתרגמת לי מכתבים. היא אמרה שאני צריך לכתוב לבד, אז אני כותב לבד. אם יש טעויות, זה בגלל שאני לבד.

תודה רבה לך. אתה נתת לי עוד משחק.

ולדימיר
""", [("67", AGE), ("חרקוב", LOC), ("מהנדס גשרים", OID), ("אשדוד", LOC), ("מועדון השחמט העירוני", ORG),
      ("אוקטובר 2022", DATE), ("איכילוב", ORG), ('ד"ר פרידמן', P), ("ולדימיר", P, 0), ("מאשה", P),
      ("ולדימיר", P, 1)],
    known={"names": ["Vladimir Kogan", "ולדימיר קוגן"], "places": ["אשדוד"], "organisations": [], "other": []},
    var="he-RU")

# ======================================== French ========================================

add("fr", "patient_to_donor", """
Chère donneuse, cher donneur,

Je ne sais pas si vous êtes un homme ou une femme, jeune ou moins jeune, alors je vous écris un peu à l'aveugle. J'ai 44 ans, je suis breton, marié, père de trois ados, et je tiens une crêperie sur le port de Concarneau depuis quinze ans.

Au printemps 2022, on m'a diagnostiqué une leucémie aiguë. Mes frères n'étaient pas compatibles. Grâce au registre, on vous a trouvé(e), et le 18 avril 2023, au CHU de Rennes, j'ai reçu vos cellules. Le Dr Le Goff m'a dit ce jour-là : « C'est votre deuxième anniversaire. » Depuis, on fait deux gâteaux par an à la maison.

Cet été, j'ai rouvert la crêperie, avec l'aide de ma femme Gwenaëlle et de mon aîné. Je ne fais plus les journées de quatorze heures, mais je refais la galette complète comme avant. Les habitués m'ont applaudi le premier jour, j'en ai eu les larmes aux yeux. Le Télégramme avait même fait un article sur la collecte de sang organisée sur le port pour moi.

Si un jour vous passez en Bretagne, la première bolée de cidre est pour moi. Et la deuxième aussi.

Avec toute ma reconnaissance,
Votre receveur
""", [("44", AGE), ("crêperie", OID, 0), ("Concarneau", LOC), ("18 avril 2023", DATE), ("CHU de Rennes", ORG),
      ("Dr Le Goff", P), ("crêperie", OID, 1), ("Gwenaëlle", P), ("Le Télégramme", ORG), ("article sur la collecte de sang organisée sur le port pour moi", OID), ("Bretagne", LOC)],
    known={"names": ["Yann Le Bihan", "Gwenaëlle Le Bihan"], "places": ["Concarneau"],
           "organisations": ["CHU de Rennes"], "other": []}, var="fr-FR")

add("fr", "donor_to_patient", """
Salut à toi,

Je suis ton donneur ! On m'a dit que je pouvais te tutoyer, alors je me lance. J'ai trente ans, je suis marseillais jusqu'au bout des ongles, et je conduis la navette qui fait l'aller-retour entre le Vieux-Port et les îles du Frioul. Autant dire que je vois la mer toute la journée, et je ne m'en lasse pas.

Je me suis inscrit sur le registre après une campagne à la fac, à Luminy. Des années plus tard, coup de fil : tu es compatible. Ma mère a fait un signe de croix, mon père m'a demandé si j'aurais droit à un arrêt maladie. Le don a eu lieu en mars 2024, à la Timone. J'ai regardé le match de l'OM sur mon téléphone pendant toute l'aphérèse, on a gagné, donc je pense que c'était un bon présage pour toi.

Je ne sais rien de toi. Peut-être que tu détestes le foot, peut-être que tu n'as jamais vu la Méditerranée. Peu importe. Je te souhaite de retrouver des forces, de manger des bonnes choses et de rire souvent.

Allez, courage, et à bientôt j'espère.

Ton donneur
""", [("trente", AGE), ("conduis la navette", OID), ("Vieux-Port", LOC), ("Frioul", LOC), ("Luminy", LOC),
      ("mars 2024", DATE), ("Timone", ORG), ("OM", ORG)], var="fr-FR")

add("fr", "family_to_donor", """
Madame, Monsieur,

C'est avec beaucoup d'émotion que je vous écris. Notre fils Théo, à qui vous aviez donné vos cellules souches en novembre 2022, nous a quittés le 2 février 2024. Il avait 23 ans.

Je veux pourtant vous dire merci. Grâce à vous, Théo a vécu une année de plus. Il a pu reprendre ses études d'ingénieur à l'INSA, retrouver ses copains de la chorale À Cœur Joie de Villeurbanne et même partir une semaine en randonnée dans le Vercors avec son père, à petits pas. Il nous envoyait des photos de chaque sommet, fier comme tout.

Les équipes de l'hôpital Édouard-Herriot ont été formidables jusqu'au bout. Nous n'avons aucun regret, sinon celui de ne pas pouvoir vous serrer dans nos bras.

À la Toussaint, nous avons déposé des fleurs pour lui, et nous avons pensé à vous aussi. Vous faites désormais partie de notre histoire.

Avec toute notre gratitude,
La maman de Théo
""", [("Théo", P, 0), ("novembre 2022", DATE), ("2 février 2024", DATE), ("23", AGE), ("Théo", P, 1), ("INSA", ORG),
      ("À Cœur Joie", ORG), ("Villeurbanne", LOC), ("Vercors", LOC), ("hôpital Édouard-Herriot", ORG), ("Théo", P, 2)],
    known={"names": ["Théo Marchand", "Nathalie Marchand"], "places": ["Villeurbanne"],
           "organisations": ["Hospices Civils de Lyon"], "other": []}, var="fr-FR")

add("fr", "patient_to_donor", """
Cher donneur, chère donneuse,

Mi di aou merci ! C'est comme ça qu'on dit chez nous, en créole. Je vous écris de La Réunion, de Saint-André, où je cultive la canne à sucre comme mon père et mon grand-père avant moi. J'ai 58 ans.

Le 10 octobre 2022, j'ai été greffé au CHU Félix-Guyon. Ma femme dit que c'est la seule fois qu'elle m'a vu rester tranquille plus d'une journée. Pendant que j'étais à l'hôpital, ce sont mes voisins qui ont coupé ma canne. Ici, on s'entraide, c'est comme ça.

Aujourd'hui je retourne aux champs, doucement. Le dimanche, après la messe, je mange un bon cari poulet avec mes petits-enfants, et je leur raconte qu'un inconnu, peut-être de l'autre côté de la mer, m'a sauvé la vie.

Que le Bon Dieu vous bénisse, vous et votre famille.

Votre receveur
""", [("La Réunion", LOC), ("Saint-André", LOC), ("58", AGE), ("10 octobre 2022", DATE), ("CHU Félix-Guyon", ORG)],
    var="fr-RE")

add("fr", "donor_to_patient", """
Bonjour à vous,

Je suis votre donneur et je vous écris depuis Liège, en Belgique. J'ai 33 ans, je suis technicien chez FN Herstal, et le week-end j'entraîne les minimes du RFC Liège. Une semaine sur deux, je dors chez ma copine à Namur, l'autre semaine c'est elle qui vient. Bref, une vie bien belge.

Je m'étais inscrit comme donneur après une collecte de la Croix-Rouge à l'université, quand j'étais encore en kot à Louvain-la-Neuve. Le don s'est fait au CHU de Liège, au Sart-Tilman, en janvier 2024. Mon grand-père, qui a nonante ans et qui a tout vu, m'a dit : « Ça, fiston, c'est la plus belle chose que tu feras. »

J'espère que vous allez mieux, que vous mangez bien (des frites, de temps en temps, ça ne fait pas de mal) et que vous avez autour de vous des gens qui vous aiment.

Si un jour vous voulez m'écrire, mon GSM est le 0478 52 19 63.

À tantôt, j'espère,
Votre donneur
""", [("Liège", LOC, 0), ("Belgique", LOC), ("33", AGE), ("FN Herstal", ORG), ("entraîne les minimes", OID),
      ("RFC Liège", ORG), ("Namur", LOC), ("Croix-Rouge", ORG), ("Louvain-la-Neuve", LOC), ("CHU de Liège", ORG),
      ("Sart-Tilman", LOC), ("janvier 2024", DATE), ("nonante", AGE), ("0478 52 19 63", CON)],
    known={"names": ["Maxime Dubois"], "places": ["Liège"], "organisations": [], "other": ["+32 478 52 19 63"]},
    var="fr-BE")

add("fr", "patient_to_donor", """
Chère donneuse, cher donneur,

Je m'appelle… non, je n'ai pas le droit ! Disons simplement que je suis vigneronne à Cully, dans le Lavaux, et que j'ai soixante-deux ans. Nos vignes descendent jusqu'au lac, et depuis ma chambre au CHUV, je pouvais presque les voir par beau temps.

J'ai été greffée le 6 juin 2023. Ma maman, qui a huitante-sept ans et toute sa tête, venait me voir chaque mercredi en train, avec un cake aux fruits que je ne pouvais pas manger. Elle le mangeait elle-même, pour ne pas le gaspiller.

Cet automne, j'ai participé aux vendanges, pas à la hotte, mais au pressoir. Notre chasselas de cette année, je l'ai baptisé « Deuxième vie ». Si jamais le règlement le permet un jour, je vous en enverrai une caisse.

Je pense à vous chaque soir, quand le soleil se couche sur le Léman.

Avec ma profonde reconnaissance,
Votre receveuse
""", [("vigneronne", OID), ("Cully", LOC), ("Lavaux", LOC), ("soixante-deux", AGE), ("CHUV", ORG), ("6 juin 2023", DATE),
      ("huitante-sept", AGE), ("Deuxième vie", OID), ("Léman", LOC)], var="fr-CH")

add("fr", "patient_to_donor", """
Bonjour toi,

J'sais pas trop comment commencer, fait que j'vais y aller franchement : merci. Juste « merci », c'est pas assez fort, mais c'est ce que j'ai.

J'ai 40 ans, je viens de Saint-Jérôme, dans les Laurentides, pis je conduis la zamboni à l'aréna Melançon depuis quasiment vingt ans. Tous les petits joueurs de hockey de la place me connaissent. En 2021, j'ai commencé à être fatigué, fatigué… Diagnostic : leucémie myéloïde aiguë.

Héma-Québec m'a trouvé un donneur : toi. Le 22 novembre 2022, à Maisonneuve-Rosemont, j'ai reçu tes cellules. Ma blonde, Marie-Ève, a pas lâché ma main de la journée.

Au printemps, on est allés à la cabane à sucre avec les enfants, comme avant. J'ai mangé de la tire sur la neige comme un petit gars de six ans. Pis là, je suis retourné à l'aréna, à temps partiel. La première fois que j'ai refait la glace, les jeunes m'ont fait une haie d'honneur avec leurs bâtons.

Si jamais tu passes par chez nous, je te prête les clés de la zamboni. C'est le plus beau cadeau que je peux faire!

Ton receveur, pour la vie
""", [("40", AGE), ("Saint-Jérôme", LOC), ("Laurentides", LOC), ("conduis la zamboni", OID), ("aréna Melançon", LOC),
      ("Héma-Québec", ORG), ("22 novembre 2022", DATE), ("Maisonneuve-Rosemont", ORG), ("Marie-Ève", P)],
    known={"names": ["Sébastien Lavoie", "Marie-Ève Gagnon"], "places": ["Saint-Jérôme, QC"],
           "organisations": ["Hôpital Maisonneuve-Rosemont"], "other": []}, var="fr-CA")

add("fr", "donor_to_family", """
À la famille de mon receveur,

La coordonnatrice d'Héma-Québec m'a appelée hier pour m'annoncer le décès de la personne qui avait reçu mes cellules souches. Je suis vraiment désolée. Je vous écris avec le cœur gros.

Je suis infirmière auxiliaire à Rimouski, j'ai 37 ans et deux garçons. Depuis mon don, au mois de mai, je me suis souvent surprise à regarder le fleuve en me demandant comment allait « mon » receveur. J'allais souvent marcher au bout du quai de Rimouski, le soir, en pensant à lui ou à elle.

Je ne sais pas qui vous avez perdu. Un père, une sœur, un enfant peut-être. Je sais seulement que cette personne a été aimée, puisque vous étiez là, à ses côtés, jusqu'à la fin.

Si un jour vous avez besoin d'en parler, ou simplement de savoir qui je suis, je serai là. Sinon, je comprendrai.

Je vous serre dans mes bras, de loin.

Votre donneuse
""", [("Héma-Québec", ORG), ("Rimouski", LOC, 0), ("37", AGE), ("Rimouski", LOC, 1)], var="fr-CA")

# ======================================== Spanish ========================================

add("es", "patient_to_donor", """
Querido donante:

No sé tu nombre ni de dónde eres, pero desde hace un año pienso en ti todos los días. Tengo 50 años, soy valenciano y llevo toda la vida detrás del mostrador de la horchatería familiar en Alboraya, la que abrió mi abuelo en los años cincuenta.

En 2022 me diagnosticaron una leucemia. Mi hermana no era compatible, y gracias al REDMO de la Fundación Josep Carreras te encontraron a ti. El 3 de marzo de 2023 me hicieron el trasplante en La Fe. Justo en plenas Fallas, así que la primera mascletà que escuché desde la habitación la celebré como si fuera para mí.

Ahora ya vuelvo a abrir la horchatería por las tardes. Mi mujer, Amparo, no me deja cargar las cajas de chufa, y mis clientes de siempre me traen fartons como si el enfermo fuera el niño.

Si algún día vienes a Valencia, tienes horchata gratis para toda la vida. Es lo mínimo.

Un abrazo enorme,
Vicent
""", [("50", AGE), ("horchatería familiar", OID), ("Alboraya", LOC), ("REDMO", ORG), ("Fundación Josep Carreras", ORG),
      ("3 de marzo de 2023", DATE), ("La Fe", ORG), ("horchatería", OID, "abrir la horchatería"), ("Amparo", P),
      ("Valencia", LOC), ("Vicent", P)],
    known={"names": ["Vicent Ferrer Soler"], "places": ["Alboraya"],
           "organisations": ["Hospital Universitari i Politècnic La Fe"], "other": []}, var="es-ES")

add("es", "donor_to_patient", """
¡Hola!

Soy tu donante. Te escribo desde Gijón, donde llueve un día sí y otro también. Tengo 28 años, soy socorrista en la playa de San Lorenzo en verano y en invierno doy clases de natación en un polideportivo. Además, toco la gaita en una banda, así que si alguna vez oyes gaitas en tu cabeza, échame la culpa.

Me apunté al registro de donantes hace unos años, después de donar sangre en el HUCA. Cuando me llamaron para decirme que era compatible con alguien, me puse a llorar en mitad del supermercado. La donación fue en el mismo HUCA, y la enfermera que me atendió, Covadonga, me contó chistes durante cuatro horas.

No sé quién eres, ni si eres niño o abuela, ni en qué país vives. Solo quiero que sepas que alguien en el norte de España está pensando en ti y deseando que te pongas fuerte.

Cuídate mucho y come bien. Un besín asturiano,
tu donante
""", [("Gijón", LOC), ("28", AGE), ("socorrista", OID), ("playa de San Lorenzo", LOC), ("toco la gaita", OID),
      ("HUCA", ORG, 0), ("HUCA", ORG, 1), ("Covadonga", P), ("norte de España", LOC)], var="es-ES")

add("es", "patient_to_donor", """
Querido donador:

¡Qué tal! Le escribo desde Guadalajara, Jalisco, con todo el corazón. Tengo 35 años y soy violinista en un mariachi, el Mariachi Los Gallitos, y casi todas las noches tocamos en la Plaza de los Mariachis, junto al mercado San Juan de Dios.

En 2022 me diagnosticaron leucemia linfoblástica. Mi familia es grande, tengo siete hermanos, pero ninguno fue compatible. Gracias a usted me hicieron el trasplante el 12 de diciembre de 2022, día de la Virgen de Guadalupe, en el Hospital Civil. Mi mamá dice que fue milagro de la Virgencita, y yo digo que fue usted, así que quedamos a mano.

Ya regresé a tocar, nomás los fines de semana. La primera canción que toqué fue "Amor eterno", y se la dediqué a usted aunque no sepa quién es. Mis compañeros ahora me dicen "el Resucitado".

Si algún día viene a Guadalajara, lo llevamos a comer tortas ahogadas y le tocamos una serenata. Nos encuentra en facebook.com/MariachiLosGallitosGDL.

Dios lo bendiga,
Chuy
""", [("Guadalajara", LOC, 0), ("Jalisco", LOC), ("35", AGE), ("violinista", OID), ("Mariachi Los Gallitos", ORG),
      ("Plaza de los Mariachis", LOC), ("San Juan de Dios", LOC), ("12 de diciembre de 2022", DATE),
      ("Hospital Civil", ORG), ("Resucitado", P), ("Guadalajara", LOC, 1), ("facebook.com/MariachiLosGallitosGDL", CON), ("Chuy", P)],
    known={"names": ["Jesús Ramírez Ochoa"], "places": ["Guadalajara, Jal."], "organisations": [], "other": []},
    var="es-MX")

add("es", "family_to_donor", """
Querido donante:

Soy la mamá de Xóchitl. Ella tiene nueve añitos y es la niña más platicadora de todo San Bartolo Coyotepec, el pueblo de Oaxaca donde vivimos y donde hacemos barro negro, como mis papás y mis abuelos.

A Xóchitl le dio aplasia medular a los siete. Tuvimos que irnos a la Ciudad de México, al Hospital Infantil Federico Gómez, y ahí estuvimos casi un año. Allá le hicieron el trasplante con sus células, en agosto de 2023. Yo nunca había salido de Oaxaca y tenía mucho miedo, pero las enfermeras nos trataron como familia.

Ahora Xóchitl ya regresó a la escuela y me ayuda a pulir las piezas en el taller. Dice que cuando sea grande va a hacer una figura de barro de usted, aunque no sepa cómo es su cara.

En el Día de Muertos le pusimos una veladora en el altar, pero no porque esté muerto, sino para darle gracias a Dios por usted.

Que Dios le pague,
la mamá de Xóchitl
""", [("Xóchitl", P, 0), ("nueve", AGE), ("San Bartolo Coyotepec", LOC), ("Oaxaca", LOC, 0), ("hacemos barro negro", OID),
      ("Xóchitl", P, 1), ("siete", AGE), ("Ciudad de México", LOC), ("Hospital Infantil Federico Gómez", ORG),
      ("agosto de 2023", DATE), ("Oaxaca", LOC, 1), ("Xóchitl", P, 2), ("Xóchitl", P, 3)], var="es-MX")

add("es", "donor_to_patient", """
¡Hola! ¿Cómo andás?

Soy tu donante. Me dijeron que te podía escribir, así que acá estoy, con el mate al lado y sin saber muy bien qué poner. Tengo 31 años, vivo en Villa Crespo y manejo el colectivo de la línea 140. Si alguna vez tomaste el 140 de noche por Córdoba, capaz que te llevé yo, ja.

Me anoté en el registro del INCUCAI cuando doné sangre para el viejo de un amigo. Nunca pensé que me iban a llamar. El 5 de julio de 2023 hice la donación en el Hospital de Clínicas. Mi vieja me preparó milanesas con puré para después, como si volviera de la guerra.

No sé quién sos, ni si sos hincha de algún equipo. Yo soy de Atlanta, así que sé lo que es sufrir y seguir bancando. Eso te deseo: que sigas bancando, que te pongas fuerte, que vuelvas a comer asado con los tuyos.

Un abrazo grande, de esos que se dan en la cancha cuando hay gol.

Tu donante, el Tano
""", [("31", AGE), ("Villa Crespo", LOC), ("línea 140", OID), ("Córdoba", LOC), ("INCUCAI", ORG),
      ("5 de julio de 2023", DATE), ("Hospital de Clínicas", ORG), ("Atlanta", ORG), ("Tano", P)],
    known={"names": ["Gastón Ferraro"], "places": ["Villa Crespo, CABA"], "organisations": [], "other": []},
    var="es-AR")

add("es", "patient_to_donor", """
Querido donante:

Te escribo desde Mendoza, mirando la cordillera por la ventana de la cocina. Tengo 67 años, soy viuda, y con mis dos hijos llevamos adelante una bodeguita familiar en Luján de Cuyo. Hacemos poquito vino, pero bueno, eso sí.

En marzo de 2022 me hicieron el trasplante en Fundaleu, en Buenos Aires. Fueron meses largos, lejos de casa y de mis viñas. Mi nieta Malena me mandaba audios todas las noches contándome qué había hecho en el jardín de infantes, y yo los escuchaba tres veces antes de dormir.

Este año volví a estar en la vendimia. No corté uvas, eso no me dejaron, pero me senté en mi sillita bajo la parra y di órdenes como siempre. Mis hijos dicen que el trasplante no me cambió el carácter.

Le pusimos tu "nombre" a un malbec de esta cosecha: "Donante". No sé si te gusta el vino, pero si algún día venís a Mendoza, la primera botella es tuya.

Con cariño de abuela,
Nené
""", [("Mendoza", LOC, 0), ("67", AGE), ("bodeguita familiar", OID), ("Luján de Cuyo", LOC), ("marzo de 2022", DATE),
      ("Fundaleu", ORG), ("Buenos Aires", LOC), ("Malena", P), ("Donante", OID), ("Mendoza", LOC, 1), ("Nené", P)],
    var="es-AR")

add("es", "patient_to_donor", """
Querido donante, o querida donante:

Le escribe una paisa de 24 años que le debe la vida. Soy de Medellín, del barrio Laureles, y estudio ingeniería en la Universidad de Antioquia. Bueno, estudiaba, y ahora otra vez estudio, gracias a usted.

Me diagnosticaron en 2022, en pleno semestre. El 20 de julio de 2023, el día de la independencia, me hicieron el trasplante en el Pablo Tobón Uribe. Mi papá dijo que era mi propia independencia, de la enfermedad. Mi mamá le rezó a la Virgen del Carmen todos los días, y mi novio, Santiago, me llevaba buñuelos a escondidas de las enfermeras.

Ya volví a la U, ya volví a bailar salsa los viernes y ya volví a subir al Pueblito Paisa los domingos con mi familia. Cada vez que miro la ciudad desde allá arriba pienso que usted me regaló esa vista.

Si algún día se puede, me encantaría saber de usted. Mi correo es valen.rios.ing@gmail.com.

Con todo mi cariño,
Valen
""", [("24", AGE), ("Medellín", LOC), ("Laureles", LOC), ("Universidad de Antioquia", ORG), ("20 de julio de 2023", DATE),
      ("Pablo Tobón Uribe", ORG), ("Santiago", P), ("Pueblito Paisa", LOC), ("valen.rios.ing@gmail.com", CON),
      ("Valen", P)],
    known={"names": ["Valentina Ríos Mejía"], "places": ["Medellín"], "organisations": ["Hospital Pablo Tobón Uribe"],
           "other": []}, var="es-CO")

add("es", "donor_to_family", """
Querida familia:

Hace unos días la fundación me avisó que la persona que recibió mis células falleció. No tengo palabras para decirles cuánto lo siento. Desde entonces no he dejado de pensar en ustedes.

Soy caleña, tengo 29 años y soy profesora de salsa en una academia en Juanchito. Cuando me llamaron para donar, estaba en pleno ensayo para la Feria. Dejé todo y dije que sí, sin pensarlo. Mientras estaba conectada a la máquina, pensaba en que mis células iban a bailar en otro cuerpo.

No sé si su ser querido era joven o mayor, hombre o mujer. Solo sé que alguien lo amaba mucho, porque ustedes siguieron a su lado hasta el final.

Esta semana prendí una vela en la iglesia de San Antonio, aquí en Cali, por su alma y por la paz de ustedes. Ojalá algún día el dolor se vuelva un recuerdo dulce.

Con un abrazo muy fuerte,
la donante
""", [("29", AGE), ("profesora de salsa", OID), ("Juanchito", LOC), ("iglesia de San Antonio", ORG), ("Cali", LOC)],
    var="es-CO")

# ======================================== Italian ========================================

add("it", "patient_to_donor", """
Caro donatore, cara donatrice,

non so se sei uomo o donna, giovane o vecchio, ma so che da un anno e mezzo una parte di te vive dentro di me. Ho 48 anni, sono bolognese e faccio la sfoglina: tiro la pasta a mano in una bottega in via Clavature, dietro Piazza Maggiore. Tortellini, tagliatelle, lasagne: tutto col mattarello, come mi ha insegnato mia nonna.

Nell'autunno del 2021 ho scoperto di avere una leucemia. Il 9 maggio 2023 ho fatto il trapianto al Sant'Orsola. La dottoressa Benni mi ha detto: "Adesso tocca a lei, signora, deve solo riposare." Per una come me, riposare è stata la parte più difficile.

Da settembre sono tornata in bottega, a mezza giornata. Le clienti storiche mi hanno portato un mazzo di fiori enorme, e mio marito Gigi ha pianto più di me.

A Natale farò i tortellini anche per te, almeno col pensiero. Se un giorno passi da Bologna, la sfoglia è offerta dalla casa.

Con infinita gratitudine,
la tua ricevente
""", [("48", AGE), ("sfoglina", OID), ("via Clavature", LOC), ("Piazza Maggiore", LOC), ("9 maggio 2023", DATE),
      ("Sant'Orsola", ORG), ("dottoressa Benni", P), ("Gigi", P), ("Bologna", LOC)],
    known={"names": ["Rossella Gamberini", "Luigi Gamberini"], "places": ["Bologna"],
           "organisations": ["Policlinico di Sant'Orsola"], "other": []}, var="it")

add("it", "donor_to_patient", """
Ciao!

Sono il tuo donatore. Ti scrivo dalla Sardegna, dalla Barbagia per la precisione, dove faccio il pastore come mio padre e mio nonno. Ho trentacinque anni e più pecore che amici, ma agli amici voglio bene lo stesso.

Mi sono iscritto all'ADMO dopo una festa in piazza a Orgosolo, tanti anni fa. Non ci ho più pensato fino a quando mi hanno chiamato. Ho dovuto chiedere a mio cugino di badare al gregge per una settimana, e lui si lamenta ancora adesso. La donazione l'ho fatta al Brotzu, a Cagliari. Era la prima volta che dormivo in città, e il rumore delle macchine non mi ha fatto chiudere occhio.

Non so chi sei, ma ti penso spesso quando sono su in montagna col cane. Qui diciamo "A kent'annos", che vuol dire "che tu possa vivere cento anni". Te lo auguro con tutto il cuore.

Forza e coraggio,
il tuo donatore
""", [("Sardegna", LOC), ("Barbagia", LOC), ("pastore", OID), ("trentacinque", AGE), ("ADMO", ORG), ("Orgosolo", LOC),
      ("Brotzu", ORG), ("Cagliari", LOC)], var="it")

add("it", "family_to_donor", """
Gentile donatore,

le scrivo con il cuore pesante. Mio marito Franco, che ha ricevuto le sue cellule nell'estate del 2023 al Niguarda, se n'è andato il 14 gennaio 2024. Aveva 62 anni.

Per trent'anni aveva fatto il portinaio in un palazzo di via Paolo Sarpi, e conosceva tutti: i vecchi milanesi, le famiglie cinesi, i bambini che gli chiedevano le caramelle. Dopo il trapianto è riuscito a tornare in portineria qualche mattina, e i condomini gli hanno fatto una festa con le lanterne rosse e il panettone.

Voglio che lei sappia che quei mesi sono stati un regalo. Franco ha visto nascere la nostra seconda nipotina, Giulia, e l'ha tenuta in braccio. Mi ha detto: "Adesso posso anche andare, ma non ditelo al donatore, che ci resta male."

Invece glielo dico, perché penso sia giusto che lei sappia quanto bene ha fatto.

La ricorderò nelle mie preghiere,
Carla
""", [("Franco", P, 0), ("estate del 2023", DATE), ("Niguarda", ORG), ("14 gennaio 2024", DATE), ("62", AGE),
      ("portinaio", OID), ("via Paolo Sarpi", LOC), ("Franco", P, 1), ("Giulia", P), ("Carla", P)],
    known={"names": ["Franco Colombo", "Carla Colombo"], "places": ["Milano"],
           "organisations": ["ASST Grande Ospedale Metropolitano Niguarda"], "other": []}, var="it")

add("it", "patient_to_donor", """
Ciao donatore!!

Sono una ragazza di 17 anni di Bari, anzi di Bari vecchia, dove mia nonna fa ancora le orecchiette per strada davanti casa (sì, quelle che vedi nei video su TikTok, una di quelle signore è proprio lei 😂).

Il 30/11/2022 ho fatto il trapianto al Giovanni XXIII. Avevo 15 anni e pensavo che la mia vita fosse finita. Invece eccomi qua, in quarta al liceo Flacco, con la media dell'otto e mezzo e un ragazzo che si chiama Nicola e che è venuto a trovarmi ogni giorno, anche quando non potevo vederlo e mi parlava dal vetro.

Non so niente di te, ma ti voglio bene lo stesso. Ogni volta che soffio sulle candeline penso: una per me, una per il mio donatore.

Se vuoi scrivermi, su Instagram sono @martina.barivecchia 💙

Un abbraccio gigante,
M.
""", [("17", AGE), ("Bari", LOC, 0), ("Bari vecchia", LOC), ("orecchiette per strada", OID), ("30/11/2022", DATE),
      ("Giovanni XXIII", ORG), ("15", AGE), ("liceo Flacco", ORG), ("Nicola", P), ("@martina.barivecchia", CON),
      ("M.", P)], var="it")

add("it", "donor_to_patient", """
Cara persona che non conosco,

mi chiamo… no, questo non posso dirlo. Ti dico però che ho 42 anni, vivo in Val di Fiemme, in Trentino, faccio il falegname e sono vigile del fuoco volontario nel corpo di Cavalese. Sono abituato a correre quando suona la sirena, ma quando mi hanno telefonato per la donazione ho sentito il cuore in gola come mai prima.

Ho donato al Santa Chiara di Trento a ottobre dell'anno scorso. Mia moglie Elisa mi ha accompagnato, e al ritorno ci siamo fermati a mangiare canederli in una baita, come due turisti. I miei bambini, di 8 e 11 anni, hanno raccontato a tutta la classe che il papà ha "salvato una vita senza spegnere nessun fuoco".

Spero che tu stia bene, o almeno ogni giorno un po' meglio. Quando ti sentirai pronto, mi farebbe piacere avere tue notizie. Il mio numero è +39 347 218 5590.

Un abbraccio dalle montagne,
il tuo donatore
""", [("42", AGE), ("Val di Fiemme", LOC), ("Trentino", LOC), ("vigile del fuoco volontario", OID), ("Cavalese", LOC),
      ("Santa Chiara", ORG), ("Trento", LOC), ("Elisa", P), ("8", AGE), ("11", AGE), ("+39 347 218 5590", CON)],
    known={"names": ["Matteo Delvai", "Elisa Delvai"], "places": ["Cavalese (TN)"], "organisations": [],
           "other": ["3472185590"]}, var="it")

add("it", "family_to_donor", """
Carissimo donatore,

sono la mamma di Totò, che in realtà si chiama Salvatore come il nonno, ma a Palermo un Salvatore piccolo è sempre Totò. Ha sei anni e da quando ha le tue cellule non sta fermo un attimo.

Il trapianto l'ha fatto al Civico nel 2023, dopo due anni di chemio e di ricoveri. Io e mio marito abbiamo dormito a turno su una sedia per mesi, ma non mi lamento: c'erano mamme che stavano peggio di noi.

Quest'estate, per la prima volta, Totò ha fatto il bagno a Mondello. Correva avanti e indietro sulla battigia urlando "Mamma, guarda, sono guarito!", e la gente sotto gli ombrelloni applaudiva senza sapere niente.

A luglio, per il Festino, abbiamo acceso una candela a Santa Rosalia anche per te.

Grazie, grazie, grazie. Non finirò mai di dirtelo.

La mamma di Totò
""", [("Totò", P, 0), ("Salvatore", P, 0), ("Palermo", LOC), ("Totò", P, 1), ("sei", AGE), ("Civico", ORG),
      ("2023", DATE), ("Totò", P, 2), ("Mondello", LOC), ("Totò", P, 3)], ok=("Salvatore",), var="it")

# ======================================== Portuguese ========================================

add("pt", "patient_to_donor", """
Querido doador,

Meu nome não posso dizer, mas posso dizer que sou paulistano, tenho 39 anos e uma barraca de pastel na feira de quarta-feira da Vila Madalena há quinze anos. Se você já comeu pastel de carne com vinagrete ali, talvez tenha sido meu.

Em 2022 descobri uma leucemia. Meus irmãos fizeram o exame, nenhum era compatível. O REDOME achou você. No dia 15/03/2023 eu fiz o transplante no Hospital Amaral Carvalho, em Jaú, longe de casa, mas com uma equipe que parecia família.

Hoje estou de volta à feira, ainda devagar. Minha esposa, Cida, não me deixa carregar a banca sozinho, e meu filho mais velho, o Dudu, aprendeu a fritar pastel melhor do que eu (não conta pra ninguém).

No Carnaval deste ano eu até fui ver o bloco passar, de máscara, mas fui. E no domingo vi o Corinthians ganhar no estádio pela primeira vez depois da doença. Chorei mais pelo transplante do que pelo gol. Os feirantes até organizaram uma campanha de cadastro de doadores, e a Globo fez uma matéria sobre a campanha.

Deus te abençoe, meu irmão ou minha irmã.
Um abraço apertado
""", [("39", AGE), ("barraca de pastel", OID), ("Vila Madalena", LOC), ("REDOME", ORG), ("15/03/2023", DATE),
      ("Hospital Amaral Carvalho", ORG), ("Jaú", LOC), ("Cida", P), ("Dudu", P), ("Corinthians", ORG), ("campanha de cadastro de doadores", OID), ("Globo", ORG)],
    known={"names": ["Antônio Carlos Ferreira", "Aparecida Ferreira"], "places": ["São Paulo, SP"],
           "organisations": [], "other": []}, var="pt-BR")

add("pt", "donor_to_patient", """
Oi, tudo bem?

Eu sou o seu doador! Tenho 26 anos, moro em Salvador e sou professor de capoeira num grupo lá no Pelourinho. Meu apelido na roda é Beija-Flor, porque sou pequeno e rápido, hehe.

Eu me cadastrei no REDOME num mutirão de doação de sangue na UFBA, quando ainda era estudante de educação física. Quando me ligaram, eu nem acreditei. Minha avó ficou preocupada e foi logo pedir proteção ao Senhor do Bonfim, amarrou uma fitinha no meu pulso e disse que só podia tirar quando você ficasse bom.

A fitinha continua aqui. Já tá desbotada, mas eu não tiro.

Não sei quem você é, nem onde mora. Mas se um dia vier a Salvador, vem pra roda. Não precisa saber jogar, basta bater palma.

Axé e muita saúde pra você!
Seu doador
""", [("26", AGE), ("Salvador", LOC, 0), ("professor de capoeira", OID), ("Pelourinho", LOC), ("Beija-Flor", P),
      ("REDOME", ORG), ("UFBA", ORG), ("Salvador", LOC, 1)], var="pt-BR")

add("pt", "family_to_donor", """
Querido doador ou querida doadora,

Sou a mãe da Vitória. Ela tem onze anos e o nome dela nunca fez tanto sentido: cada dia desde o transplante tem sido uma vitória. A gente mora em Olinda, pertinho das ladeiras, e a Vitória é apaixonada por frevo desde que aprendeu a andar.

O transplante foi em agosto de 2022, no IMIP, em Recife. Foram sessenta dias de internação. Eu vendia bolo de rolo na porta de casa e tive que parar tudo, mas as vizinhas se revezaram para fazer e vender por mim. Aqui é assim.

Neste Carnaval, pela primeira vez, a Vitória desfilou com a sombrinha no bloco das crianças. Dançou tanto que dormiu no meu colo antes do fim. Eu chorei a tarde inteira, de alegria.

Se um dia for permitido, eu queria muito falar com você. Meu WhatsApp é (81) 99876-5432.

Que Deus te cubra de bênçãos.

Com amor,
Mãe da Vitória
""", [("Vitória", P, 0), ("onze", AGE), ("Olinda", LOC), ("Vitória", P, 1), ("agosto de 2022", DATE), ("IMIP", ORG),
      ("Recife", LOC), ("vendia bolo de rolo", OID), ("Vitória", P, 2), ("(81) 99876-5432", CON), ("Vitória", P, 3)],
    known={"names": ["Vitória Santos Lima", "Josefa Santos"], "places": ["Olinda, PE"],
           "organisations": ["Instituto de Medicina Integral Prof. Fernando Figueira"],
           "other": ["+55 81 99876-5432"]}, var="pt-BR")

add("pt", "patient_to_donor", """
Caro dador,

Escrevo-lhe do Porto, mais precisamente da Ribeira, onde tenho uma tasca há vinte e tal anos, mesmo ao pé do rio. Tenho 57 anos, sou casado com a Fernanda e temos três filhos já crescidos.

Em 2021 disseram-me que tinha um linfoma. Fiz quimioterapia no IPO do Porto, mas a doença voltou, e os médicos disseram que só um transplante me salvava. Os meus irmãos não eram compatíveis. Foi o CEDACE que o encontrou a si. O transplante foi no dia 12 de setembro de 2022.

Este ano, no São João, voltei a abrir a tasca até de madrugada, com sardinhas, caldo verde e martelinhos de plástico por todo o lado. Os clientes de sempre cantaram-me os parabéns à meia-noite, como se fosse o meu aniversário.

Não sei se é adepto de futebol, mas se for do Benfica, perdoo-lhe, que me salvou a vida. Eu cá sou do FC Porto até morrer, e agora, graças a si, isso vai demorar.

Um forte abraço,
o seu recetor
""", [("Porto", LOC, 0), ("Ribeira", LOC), ("tasca", OID, 0), ("57", AGE), ("Fernanda", P), ("IPO do Porto", ORG),
      ("CEDACE", ORG), ("12 de setembro de 2022", DATE), ("tasca", OID, 1), ("FC Porto", ORG)],
    known={"names": ["Manuel Teixeira", "Fernanda Teixeira"], "places": ["Porto"], "organisations": ["IPO Porto"],
           "other": []}, var="pt-PT")

add("pt", "donor_to_family", """
Querida família,

Recebi ontem a notícia de que a pessoa a quem doei as minhas células estaminais faleceu. Não sei bem o que se diz numa carta destas, mas não queria deixar de vos escrever.

Sou açoriana, de São Miguel. Tenho 34 anos e dou aulas de Biologia numa escola secundária em Ponta Delgada. Quando me ligaram a dizer que era compatível, apanhei o avião para Lisboa e fiz a doação lá, com a minha mãe ao lado, muito nervosa, a rezar o terço baixinho.

Durante estes meses pensei muitas vezes na pessoa que recebeu as minhas células. Nos dias de nevoeiro, quando ia até à Lagoa das Sete Cidades, imaginava-a a recuperar, a comer, a rir.

Lamento profundamente a vossa perda. Espero que o tempo vos traga alguma paz e que guardem as boas memórias dos dias que tiveram juntos.

Com um abraço sentido,
a dadora
""", [("São Miguel", LOC), ("34", AGE), ("Ponta Delgada", LOC), ("Lisboa", LOC), ("Lagoa das Sete Cidades", LOC)],
    var="pt-PT")

add("pt", "family_to_donor", """
Caro dador,

Sou o pai do Tiago. O Tiago tem oito anos, mas quando adoeceu tinha só cinco, e não percebia porque é que já não podia ir à escola nem brincar com os primos.

Somos de Braga. O transplante foi no Hospital de São João, no Porto, a 4 de maio de 2023. A mãe dele ficou lá com ele quase três meses. Eu ia e vinha todos os dias depois do trabalho na fábrica, pela autoestrada, a contar os quilómetros.

Hoje o Tiago joga nas escolinhas do Sporting de Braga. Ainda não é grande jogador, mas corre muito e ri-se ainda mais. Quando marca um golo, aponta para o céu. Diz que é para si, porque não sabe onde o senhor vive, e o céu está em todo o lado.

No Natal, pusemos mais um lugar à mesa. Ficou vazio, mas ficou lá.

Muito obrigado por tudo. Que Deus o proteja sempre.

O pai do Tiago
""", [("Tiago", P, 0), ("Tiago", P, 1), ("oito", AGE), ("cinco", AGE), ("Braga", LOC, 0), ("Hospital de São João", ORG),
      ("Porto", LOC), ("4 de maio de 2023", DATE), ("Tiago", P, 2), ("Sporting de Braga", ORG), ("Tiago", P, 3)],
    known={"names": ["Tiago Fernandes Costa", "Rui Costa"], "places": ["Braga"], "organisations": ["ULS São João"],
           "other": []}, var="pt-PT")

# ======================================== Polish ========================================

add("pl", "patient_to_donor", """
Drogi Dawco,

piszę do Pana albo do Pani, bo nie wiem, kim jest mój wybawca. Mam 61 lat, jestem z Rudy Śląskiej i przepracowałem trzydzieści lat na dole, na kopalni Halemba. Myślałem, że jak wytrzymałem tyle lat pod ziemią, to nic mnie już nie złamie. A potem przyszła białaczka.

Przeszczep miałem 15 marca 2023 r. w Instytucie Onkologii w Gliwicach. Żona, Grażyna, codziennie dojeżdżała do mnie tramwajem i autobusem, a w domu wnuczek Kuba modlił się za Pana co wieczór, zanim zasnął.

Teraz znów chodzę na działkę, sadzę pomidory i ogórki, a w niedzielę po mszy idę z wnukiem na mecz Ruchu Chorzów. Lekarz mówi, że nie powinienem się denerwować, więc to chyba niezbyt mądre. Chłopaki z kopalni zorganizowali dla mnie akcję rejestracji dawców i nawet Dziennik Zachodni o tym napisał.

Dziękuję Panu z całego serca. Niech Pana Bóg ma w swojej opiece. Szczęść Boże!

Pański dłużnik
""", [("61", AGE), ("Rudy Śląskiej", LOC), ("kopalni Halemba", ORG), ("15 marca 2023 r.", DATE),
      ("Instytucie Onkologii", ORG), ("Gliwicach", LOC), ("Grażyna", P), ("Kuba", P), ("Ruchu Chorzów", ORG), ("zorganizowali dla mnie akcję rejestracji dawców", OID), ("Dziennik Zachodni", ORG)],
    known={"names": ["Zbigniew Nowak", "Grażyna Nowak"], "places": ["Ruda Śląska"],
           "organisations": ["Narodowy Instytut Onkologii – Oddział w Gliwicach"], "other": []}, var="pl")

add("pl", "donor_to_patient", """
Cześć!

Jestem Twoją dawczynią. Mam 29 lat, mieszkam w Gdańsku i prowadzę tramwaj linii 8, więc jeśli kiedyś jechałeś przez Wrzeszcz do Stogów, to może ze mną. Zarejestrowałam się w DKMS na studiach, na Uniwersytecie Gdańskim, i szczerze mówiąc zupełnie o tym zapomniałam.

Telefon zadzwonił w środku zmiany. Zjechałam do zajezdni, oddzwoniłam i usłyszałam, że jestem zgodna z kimś, kto bardzo potrzebuje pomocy. Jesienią 2023 roku oddałam komórki w Warszawie. Mama przyjechała ze mną i przez cały dzień robiła na drutach szalik. Mówi, że jest dla Ciebie, ale chyba go nie wyśle.

Nie wiem, kim jesteś, ale codziennie rano, kiedy mijam Neptuna na Długim Targu, życzę Ci zdrowia. Trzymaj się mocno! Jeśli kiedyś będzie można, zajrzyj na moją stronę: kasia-motorniczka kropka pl.

Ściskam,
Twoja dawczyni
""", [("29", AGE), ("Gdańsku", LOC), ("tramwaj linii 8", OID), ("Wrzeszcz", LOC), ("Stogów", LOC), ("DKMS", ORG),
      ("Uniwersytecie Gdańskim", ORG), ("Jesienią 2023 roku", DATE), ("Warszawie", LOC), ("Neptuna", LOC),
      ("Długim Targu", LOC), ("kasia-motorniczka kropka pl", CON)], var="pl")

add("pl", "family_to_donor", """
Szanowny Dawco,

długo zbierałam się do napisania tego listu. Mój mąż Marek, który otrzymał od Pana komórki macierzyste w maju 2023 roku w Lublinie, zmarł 12 stycznia 2024 roku. Miał 54 lata.

Chcę jednak, żeby Pan wiedział, że te miesiące były dla nas darem. Marek wrócił do domu na lato. Siedział w ogrodzie pod orzechem, czytał wnukom i nawet pojechał z synem na ryby nad Wieprz, chociaż obiecywał mi, że będzie odpoczywał. Był nauczycielem historii w liceum im. Zamoyskiego przez ponad dwadzieścia lat i jego dawni uczniowie odwiedzali go do samego końca.

Na Wszystkich Świętych zapaliliśmy na jego grobie dwa znicze: jeden dla niego, drugi dla Pana, jako podziękowanie.

Niech Pan żyje długo i szczęśliwie. Tego Marek by sobie życzył.

Z wdzięcznością,
Ewa
""", [("Marek", P, 0), ("maju 2023 roku", DATE), ("Lublinie", LOC), ("12 stycznia 2024 roku", DATE), ("54", AGE),
      ("Marek", P, 1), ("Wieprz", LOC), ("nauczycielem historii", OID), ("liceum im. Zamoyskiego", ORG),
      ("Marek", P, 2), ("Ewa", P)],
    known={"names": ["Marek Wiśniewski", "Ewa Wiśniewska"], "places": ["Lublin"], "organisations": [], "other": []},
    var="pl")

# ======================================== Dutch ========================================

add("nl", "patient_to_donor", """
Lieve donor,

Ik weet niet wie je bent, maar ik denk elke dag aan je. Ik ben 33, woon in Utrecht en ben juf van groep 5 op basisschool De Regenboog in Lombok. In 2022 kreeg ik de diagnose leukemie, precies in de week dat ik met mijn klas op schoolreisje naar de Efteling zou gaan.

Op 8 juni 2023 kreeg ik in het UMC Utrecht jouw stamcellen. Matchis had je gevonden, ergens ver weg, en mijn vriend Joris heeft de hele dag naast mijn bed gezeten met een thermoskan thee en een stapel puzzelboekjes.

Sinds dit schooljaar sta ik weer voor de klas, drie ochtenden per week. Mijn leerlingen hebben een regenboog op het bord getekend met de tekst 'Welkom terug juf'. Ik heb de hele ochtend staan huilen, en zij vonden dat heel normaal.

Dankjewel, uit de grond van mijn hart. Ik hoop dat jij ook een gezonde, fijne tijd hebt.

Liefs,
je ontvanger
""", [("33", AGE), ("Utrecht", LOC, 0), ("De Regenboog", ORG), ("Lombok", LOC), ("Efteling", LOC), ("8 juni 2023", DATE),
      ("UMC Utrecht", ORG), ("Matchis", ORG), ("Joris", P)],
    known={"names": ["Sanne de Vries"], "places": ["Utrecht"], "organisations": ["UMC Utrecht"], "other": []},
    var="nl-NL")

add("nl", "donor_to_patient", """
Hoi,

Ik ben je donor. Ik ben 45, getrouwd, vader van een tweeling, en ik woon in Friesland, vlak bij de Afsluitdijk. Ik ben een van de twee sluiswachters bij Kornwerderzand, dus ik zie de hele dag boten voorbij komen en heb tijd genoeg om na te denken. De laatste maanden denk ik vaak aan jou.

Ik heb me ooit ingeschreven bij Matchis nadat een collega ziek werd. Toen ik werd gebeld, was ik zo verrast dat ik bijna een zeilboot de verkeerde kant op stuurde. De donatie was in het LUMC in Leiden. Vier uur aan het apparaat, een broodje kaas en een kopje soep, en klaar. Mijn vrouw vond het maar niks dat ik daarna meteen weer wilde fietsen.

Ik weet niet of je jong of oud bent, of je in Nederland woont of heel ergens anders. Maar ik hoop echt dat het goed met je gaat.

Als je ooit wilt schrijven, graag. Zo niet, ook goed.

Groeten uit het noorden,
je donor
""", [("45", AGE), ("Friesland", LOC), ("Afsluitdijk", LOC), ("een van de twee sluiswachters", OID), ("Kornwerderzand", LOC),
      ("Matchis", ORG), ("LUMC", ORG), ("Leiden", LOC)], var="nl-NL")

add("nl", "family_to_donor", """
Beste donor,

Amai, waar moet ik beginnen? Ik ben de mama van een jongen van wie ge het leven gered hebt. Hij was nog maar een kleine gast toen hij ziek werd, en nu is hij een puber die de hele dag op zijn gsm zit en zijn kamer niet opruimt. Ik had nooit gedacht dat ik daar ooit zo content over zou zijn.

De transplantatie was zwaar. Weken in een kamer waar we alleen met een mondmasker binnen mochten, dagen dat hij niets kon eten, nachten dat ik naast zijn bed zat te bidden. Maar het is gelukt. Uw cellen hebben het gedaan.

Vorige zomer zijn we voor het eerst terug naar zee geweest. Hij heeft heel de dag gevoetbald op het strand en 's avonds drie porties frieten gegeten. Mijn man zei: 'Dat is het beste nieuws van het jaar.'

Met Kerstmis steken we een kaars aan voor u. Ge zijt deel van onze familie geworden, ook al kennen we uw naam niet.

Heel veel liefs en dank,
een gelukkige mama
""", [],
    known={"names": ["Wout Vermeulen", "Els De Smet"], "places": ["Gent"], "organisations": ["UZ Gent"], "other": []},
    var="nl-BE")


if __name__ == "__main__":
    main()
