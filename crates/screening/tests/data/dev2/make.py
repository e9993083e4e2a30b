#!/usr/bin/env python3
"""Build letters.jsonl, the second hand-written development set for the letter screener.

The record format, the `where` forms and the checks are those of ../letterset.py; the script stops and
writes nothing if a check fails. `python3 make.py` builds letters.jsonl, `--stats` also prints counts.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from letterset import AGE, CON, DATE, LOC, OID, ORG, P, add, configure, main  # noqa: E402, F401

configure(__file__, "D", (60, 350), (100, 600))


# ---------------------------------------------------------------------------------------------------
# Letters. Categories: PERSON LOCATION ORGANIZATION DATE CONTACT AGE OTHER_ID
# ---------------------------------------------------------------------------------------------------

# ======================================== English ========================================

add("en", "patient_to_donor", """
hey donor!!

so my mom said i should write this myself and not let her do it lol. im Summer and im 16 now. i got your cells when i was 15, right before sophomore year, and honestly i dont remember much from the first month bc of all the meds. the nurses at Cincinnati Children's said your cells came on a plane from really far away?? either way thank you so much 💛

Summer break this year was the first one where i could actually go outside and be normal. i went to the pool with my friends and my mom cried about it which was embarrassing but ok. im back at Lakota East for junior year and i made the volleyball team again (JV but still). my counts are good and Dr. Patel says my chimerism is 100% you haha so i guess im part you now. do you like pickles? because i never did and now i eat them all the time. my mom thinks thats a you thing.

anyway i hope you have the best life ever. you literally gave me mine back.

love, Summer
p.s. i wanted to handwrite this but my handwriting is SO bad
""", [("Summer", P, 0), ("16", AGE), ("15", AGE), ("Cincinnati Children's", ORG), ("Lakota East", ORG),
      ("Dr. Patel", P), ("Summer", P, 2)],
    known={"names": ["Summer Reyes"], "places": ["West Chester, OH"],
           "organisations": ["Cincinnati Children's Hospital Medical Center"], "other": []},
    ok=("Summer",))

add("en", "donor_to_patient", """
Dear Recipient,

I've started this letter about six times. My wife Bev says just write it like you'd talk, so here goes. I'm 34, I'm a plasterer, I play bass in a covers band called The Kiln Cats, and I live about ten minutes from the ground, so you can probably guess I'm Stoke City through and through, for my sins. I signed up with Anthony Nolan years ago when a lad I played five-a-side with got ill, and forgot all about it until they rang me in the middle of a job in Hanley with plaster up to my elbows.

The collection was on 9 November at the London Clinic. Four hours in a chair watching Pointless with a needle in each arm, and the nurses kept me going with tea and custard creams. It was honestly the easiest thing I've ever done for anyone. The hardest bit was not being able to tell my mum who it was for, because I don't know myself!

I don't know if you're a bloke or a lass, young or old, and I don't need to. I just hope you're getting stronger every week. If you like football, I'm sorry in advance if you support Port Vale.

All the best, and I mean that,
your donor

P.S. Bev says I'm to tell you I'm a better plasterer than letter writer.
""", [("Bev", P, 0), ("34", AGE), ("The Kiln Cats", ORG), ("Stoke City", ORG), ("Anthony Nolan", ORG), ("Hanley", LOC),
      ("9 November", DATE), ("London Clinic", ORG), ("Bev", P, 1)])

add("en", "family_to_donor", """
Dear Donor,

This is the letter I prayed I would never have to write. Our son Will passed away on March 3rd, 2023, at Texas Children's in Houston. He was six. He got 214 more days because of you, and I need you to know they were good days. He learned to ride a bike without training wheels in the hospital parking garage (don't tell anyone). He went back to kindergarten for three whole weeks. He got to hold his baby cousin.

Will loved dinosaurs, Paw Patrol and anything with sprinkles on it. He called your cells his "superhero blood" and told every nurse on the unit that his donor was probably a firefighter. Maybe you are!

His big sister Hope drew the picture in this envelope. She is nine and she wants you to know that Will was brave. She's right.

We don't blame anyone. The GvHD was just too much for his little body in the end. Please don't ever regret what you did. You gave a mother seven more months of bedtime stories, and I will hold onto every one of them.

With love and gratitude,
Will's mom
""", [("Will", P, 0), ("March 3rd, 2023", DATE), ("Texas Children's", ORG), ("Houston", LOC), ("six", AGE),
      ("Will", P, 1), ("Hope", P), ("nine", AGE), ("Will", P, 2), ("Will", P, 3)],
    known={"names": ["William Dunn", "Rachel Dunn"], "places": ["Katy, TX"], "organisations": [], "other": []})

add("en", "patient_to_donor", """
Dear Life-Giver,

Namaste. I am writing this letter with folded hands and a full heart. I am 52 years old and I am a branch manager with State Bank of India in Nagpur. In June 2022 my blood reports came very bad and after many tests the doctors told me it is AML. My only brother was not a match, and my family was very worried.

Then the DATRI people informed us that an unrelated donor is found. My transplant was done at Tata Memorial in Mumbai on 14th February 2023. My wife says God sent you on Valentine's Day especially for us. I was in the hospital for 41 days and now I am back at my desk, though the doctor has told me no handshakes for some more time!

My daughter Kavya is studying engineering and she says you are her second father. My son is in class 10 and he has decided he will also register as a donor when he turns 18.

This Diwali we lit one extra diya for you. If you ever wish to meet us, my mobile number is 98220 41773. You will always be welcome in our home.

With respect and gratitude,
Your recipient
""", [("52", AGE), ("State Bank of India", ORG), ("Nagpur", LOC), ("DATRI", ORG), ("Tata Memorial", ORG),
      ("Mumbai", LOC), ("14th February 2023", DATE), ("Kavya", P), ("98220 41773", CON)],
    known={"names": ["Suresh Deshpande"], "places": ["Nagpur"], "organisations": ["Tata Memorial Hospital"],
           "other": ["9822041773"]})

add("en", "donor_to_patient", """
Hi,

I'm not much of a writer so this will be short. I'm 28, a vet nurse, and I live in a small town in the Riverina with two kelpies and far too many chooks. When the Strength to Give people rang I said yes before they'd even finished the sentence. I hope my cells are behaving themselves and you're feeling a bit more like you every week.

Take care of yourself,
your donor ☺
""", [("28", AGE), ("Riverina", LOC), ("Strength to Give", ORG)])

add("en", "patient_to_donor", """
Dear Donor,

My name is Bridie and I am seventy-one years of age, which the doctors in St. James's told me was nearly too old for a transplant, but here I am writing to you with a cup of tea at my elbow. I am a grandmother eleven times over and a widow these nine years.

Some of what happened I remember and some I do not. I remember the day, the 22nd of August 2022, because it was my late husband's birthday and I took that as a sign. I remember a nurse from Kerala called Sister Annie who sang to me at night when I couldn't sleep. I do not remember most of September at all, and my daughter says that is a blessing.

I am home in Ballina now. I run the wool shop on Pearse Street, or I did, and my granddaughter Aoife, who is thirteen, has been minding it with her mother. Half the town came in to ask after me. Father Devine said a Mass for you at St. Muredach's, for "a stranger who did a great kindness", and the whole church said Amen.

I hope you are young and healthy and that you never need anyone to do for you what you did for me. If you are ever in Mayo for the fishing, you would not pay for a pint in this town.

God bless you always,
Bridie
""", [("Bridie", P, 0), ("seventy-one", AGE), ("St. James's", ORG), ("22nd of August 2022", DATE),
      ("Kerala", LOC), ("Sister Annie", P), ("Ballina", LOC), ("run the wool shop", OID), ("Pearse Street", LOC),
      ("Aoife", P), ("thirteen", AGE), ("Father Devine", P), ("St. Muredach's", ORG), ("Mayo", LOC),
      ("Bridie", P, 1)],
    known={"names": ["Bridget Ruane"], "places": ["Ballina, Co. Mayo"], "organisations": ["St. James's Hospital"],
           "other": []})

add("en", "donor_to_family", """
To the family of the person who got my stem cells,

The registry told me last week that your loved one did not make it. I have been sitting with that news for days trying to figure out what to say. I'm sorry. I'm so sorry. I know my sorry doesn't fix anything, but I wanted you to hear it from me and not just from a coordinator.

I'm a 45-year-old father of three from Baltimore. I drive the number 22 bus for the MTA, up and down North Avenue, and every day since I donated I've looked at my passengers and wondered if one of them was somebody like your person. When I got the call from Be The Match, our pastor at Bethel AME had the whole congregation pray for a stranger, and they kept praying every Sunday after. We are going to keep praying now, for you.

I don't know their name or their age or what they liked to do. I wish I did. If you ever want to tell me about them, I would be honored to listen. If you never want to hear from me again, I understand that too.

Please know a man you have never met is grieving with you.

With deepest sympathy,
your donor
""", [("45", AGE), ("Baltimore", LOC), ("drive the number 22 bus", OID), ("MTA", ORG), ("North Avenue", LOC),
      ("Be The Match", ORG), ("Bethel AME", ORG)])

add("en", "patient_to_donor", """
Hello from the frozen middle of Canada!

I'm Gord, I'm a retired high school shop teacher, and I turned 63 in the hospital, which is not how I pictured it. Had the transplant at CancerCare Manitoba in April 2022 after about a year of the MDS getting worse and worse. My wife Linda kept a notebook of every blood count from day one. She has 3 notebooks now. She wants me to tell you the day my neutrophils came back she bought a cake and ate most of it herself.

I'm back to curling on Thursday nights (badly) and I've been building a cedar-strip canoe in the garage. I figure I'll have it in the water at Falcon Lake by next summer if the Jets don't keep distracting me. Linda says you must be a patient person because I'm much calmer than I used to be. Could be the drugs, could be you.

If the rules ever let us, I'd love to shake your hand. Canadian Blood Services says after a year we can swap details. I'm easy to find: gord.lindqvist (at) shaw (dot) ca, or two-oh-four, five-five-five, oh-one-nine-two if you'd rather talk. Until then, thank you. That word doesn't cover it but it's what I've got.

Gord
""", [("Canada", LOC), ("Gord", P, 0), ("63", AGE), ("CancerCare Manitoba", ORG), ("April 2022", DATE), ("Linda", P, 0),
      ("Linda", P, 1), ("Falcon Lake", LOC), ("Jets", ORG), ("Canadian Blood Services", ORG),
      ("gord.lindqvist (at) shaw (dot) ca", CON), ("two-oh-four, five-five-five, oh-one-nine-two", CON), ("Gord", P, 1)],
    known={"names": ["Gordon Lindqvist"], "places": ["Winnipeg, MB"], "organisations": [],
           "other": ["gord.lindqvist@shaw.ca", "204-555-0192"]})

add("en", "family_to_donor", """
Dear Donor,

Salamat po from the bottom of our hearts. I am the mother of the little girl who received your gift. Her name is Grace but everybody calls her Gracie, and she turned nine on October 12 with a cake shaped like a unicorn and a lot of cousins screaming.

When she got sick, the doctors at UCSF Benioff told us it would be hard to find a match because of her background. Filipino donors are very rare in the registry. We prayed a novena every night and our whole parish at St. Andrew in Daly City prayed with us. Her Lolo Ben even learned to use Facebook so he could share the swab drive posts. And then there was you. Our story was even in the local paper, with a picture of Gracie in her hospital bed holding a sign that said "Be My Match".

Gracie is back in third grade now. She is very bossy and she loves Jollibee and K-pop and her little brother, not in that order. Some days she is tired and she still has to take many medicines, but she is running around and laughing, and for a mother that is everything.

We don't know who you are, but we will be praying for you at every Simbang Gabi for the rest of our lives.

Maraming salamat,
Gracie's mama
""", [("Grace", P), ("Gracie", P, 0), ("nine", AGE), ("October 12", DATE), ("UCSF Benioff", ORG),
      ("St. Andrew", ORG), ("Daly City", LOC), ("Lolo Ben", P), ("Our story was even in the local paper", OID), ("Gracie", P, 1), ("Gracie", P, 2), ("Gracie", P, 3)],
    known={"names": ["Maria Grace Villanueva", "Corazon Villanueva"], "places": ["Daly City"],
           "organisations": [], "other": []})

add("en", "donor_to_patient", """
Dear friend,

I hope this letter finds you well and resting. I'm your donor! I'm a 23-year-old medical student at King's College London, which means I spend a lot of time around sick people, but I never thought I'd be able to do something like this for one of them.

I signed up at an ACLT drive at my church in Peckham when I was 18. My pastor's nephew needed a donor and the queue went round the block. He never found his match, and I think about him a lot. So when DKMS called to say I was a match for someone, I actually cried in the library. (The coordinator said I could put my donor number, 4471 0932 18, if you ever want to write back through them.) My little brother Tunde thought somebody had died.

The donation itself was fine. I got a few days of bone aches from the injections and my mum made me enough jollof rice to feed a hospital ward. Now I'm back to revising for exams and telling everyone who'll listen to get swabbed, especially people from Black and mixed-race backgrounds, because there just aren't enough of us on the register.

Whoever you are, I'm rooting for you every single day.

Love,
your donor
""", [("23", AGE), ("King's College London", ORG), ("ACLT", ORG), ("Peckham", LOC), ("18", AGE, "was 18"),
      ("DKMS", ORG), ("4471 0932 18", OID), ("Tunde", P)])

add("en", "patient_to_donor", """
Kia ora e hoa,

Ko Aroha tōku ingoa. I'm writing from Rotorua, where the air smells of eggs and nobody notices anymore. I'm 38, a mum of two and a nan of one, which makes me young for a nan and old for a transplant patient, apparently.

They did my transplant at Auckland City Hospital and I was away from my whānau for nearly three months. My moko is 4 and she thought I was living at the hospital for good. When I finally came home the whole marae at Ōhinemutu put on a hāngī for me. Everyone wanted to know about "the donor". I told them the truth, that I don't know anything about you except that you must have a big heart.

Matariki was extra special this year. We said the names of the ones we lost and then we said thank you for the ones who gave. You were in that list, even without a name.

Look after yourself. You're part of our whānau now whether you like it or not.

Ngā mihi nui, nui te aroha,
Aroha
""", [("Aroha", P, 0), ("Rotorua", LOC), ("38", AGE), ("Auckland City Hospital", ORG), ("4", AGE),
      ("Ōhinemutu", LOC), ("Aroha", P, 1)])

add("en", "donor_to_patient", """
Dear Recipient,

Greetings from Germany! Well, sort of. I'm an American, 31 years old, and I'm an Air Force nurse stationed at Ramstein. I got swabbed at a drive for the C.W. Bill Young Marrow Donor Program during basic training about nine years ago and honestly forgot about it. Then last spring my phone rang with a number from the States and a very nice lady asked if I was still willing.

My husband Mark and our six-year-old had to do a lot of convincing of my mom, who thought they were going to take out my spine. They did not. I went to Landstuhl for the collection and the worst part was being told to sit still for five hours. On your mark, get set, donate, right?

I don't know anything about you, but I've been picturing you getting stronger every week, eating real food again, maybe annoying your nurses the way I annoy mine. I hope whatever you love doing, you get to go back to it.

Take care and God bless,
your donor
""", [("31", AGE), ("Germany", LOC), ("Air Force nurse", OID), ("Ramstein", LOC), ("C.W. Bill Young Marrow Donor Program", ORG), ("States", LOC),
      ("Mark", P), ("six", AGE), ("Landstuhl", LOC)])

add("en", "patient_to_donor", """
Dear donor

Its Jack. Im fourteen and I had ALL and you gave me your bone marrow. Thanks a lot I mean it. GOSH were amazing and the play specialists let me win at FIFA loads which I now know was on purpose.

I'm back at school 3 days a week. My mates made me a banner. I missed my mocks so I have to catch up before GCSEs which is the worst thing about all of this honestly. Also my hair came back curly and I look like my nan.

Mum says I'm not allowed to say where we live but its basically EN2 lol. Do you support anyone? I'm Arsenal. If your Spurs then never mind lol.

Cheers
Jack
""", [("Jack", P, 0), ("fourteen", AGE), ("GOSH", ORG), ("EN2", CON), ("Arsenal", ORG), ("Jack", P, 1)],
    known={"names": ["Jack Whitmore"], "places": ["Enfield"], "organisations": ["Great Ormond Street Hospital"],
           "other": []})

add("en", "family_to_donor", """
G'day,

I'm writing for our son, because he's still learning his letters. Lachie (7) had his transplant at the Royal Children's on Tuesday 8 August 2023, and I reckon that's the day our family started breathing again.

He was diagnosed just after Anzac Day the year before. We live out in Footscray, and for the best part of a year I drove that road to Parkville twice a day. His mum practically lived on the ward. Our daughter stayed with her grandparents and learned to make pancakes.

He's home now, bald as a badger and cheeky as ever. He's watched every single episode of Bluey at least four times and he wants to know if you've got a dog. Once his counts are up he's going back to the under-8s at Yarraville Cricket Club, where they kept his cap on the bench for him the whole season.

His mum started an Instagram to keep the family posted, @lachies.big.fight, and 2,000 strangers ended up following him. The footy club set up a fundraiser too, and it's still at gofundme.com/f/lachie-vs-leukaemia if you're curious. None of them did what you did though, mate.

Cheers, from the bottom of our hearts,
Lachie's dad
""", [("Lachie", P, 0), ("7", AGE), ("Royal Children's", ORG), ("Tuesday 8 August 2023", DATE), ("Footscray", LOC),
      ("Parkville", LOC), ("Yarraville Cricket Club", ORG), ("@lachies.big.fight", CON), ("gofundme.com/f/lachie-vs-leukaemia", CON), ("Lachie", P, 1)])

add("en", "donor_to_patient", """
Dear Recipient,

Hello from Bangalore! I am your donor. My friends call me Megs and I am 29 years old. I work as a software engineer at Infosys and most of my life happens on a laptop, so doing something this real felt very strange and very beautiful.

I registered with DATRI at a camp in my college canteen many years ago. Honestly I only did it because my friend said they were giving free samosas. When they called me I had to google what PBSC means! My parents were scared at first. My mother kept asking if I would still be able to get married. I told her the donation doesn't come with a groom.

I donated at Narayana Health City on 23 January 2023. The staff were so kind and the whole thing took about five hours. My arm was sore and I slept a lot after, that's all.

Next year I am finally going to Japan with my college gang, and I will think of you there also. I think about you every time I see the little plaster mark on my arm. I hope you are eating well, laughing a lot, and growing stronger every day.

With lots of love and prayers,
Your donor
""", [("Bangalore", LOC), ("Megs", P), ("29", AGE), ("Infosys", ORG), ("DATRI", ORG), ("Narayana Health City", ORG),
      ("23 January 2023", DATE)],
    known={"names": ["Meghana Rao"], "places": ["Bengaluru"], "organisations": ["Infosys Ltd"],
           "other": ["DATRI-KA-88213"]})

add("en", "patient_to_donor", """
Dear Donor,

Baie dankie. That's Afrikaans for thank you very much, and it's the first thing I said when they told me a match had been found overseas, because in South Africa the odds for someone like me are not good.

A bit about me, within the rules: I turned 50 in isolation, so my 50th was a video call and a cupcake pushed through the door on a tray. I'm the only female tug master in the port of Cape Town, which my crew will tell you makes me impossible to argue with. I got your cells at Groote Schuur on 18 May 2022 and spent the next six weeks watching Table Mountain through a window I wasn't allowed to open.

I'm back on the water now, part-time. The first morning I took the tug out again, the guys on the harbour radio all said welcome back and I had to pretend it was sea spray on my face.

SABMR told me I could write once, so here it is. Whoever you are, wherever you are, there's a woman on a tugboat at the bottom of Africa who thinks of you every single sunrise.

Lekker bly,
your recipient
""", [("South Africa", LOC), ("50", AGE, "turned 50"), ("50", AGE, "my 50th"), ("only female tug master in the port", OID),
      ("Cape Town", LOC), ("Groote Schuur", ORG), ("18 May 2022", DATE), ("Table Mountain", LOC), ("SABMR", ORG), ("Africa", LOC, 1)])

add("en", "donor_to_patient", """
Hi!! OK so they said I can tell you a few things about me as long as they aren't too specific, so here's a list because that's how my brain works:

1. I'm 20.
2. I row for the University of Wisconsin, which means I get up at 4:45 every morning to freeze on Lake Mendota. My coach was way more worried about my donation than my mom was.
3. I have a dog named Biscuit. He's not allowed to know about this because he'd be jealous.
4. I donated on Halloween! The nurses were dressed as the Avengers and one of them was a very convincing Hulk.
5. I registered at a Be The Match table in the student union because a girl handed me a cookie. Best cookie of my life.
6. I hate cilantro. If you suddenly hate cilantro, that's me, sorry.

I really hope you're doing OK. I think about you at practice when it's dark and my hands are numb and I'm like, well, somebody out there has it way harder than me, so pull harder.

Sending you all the good vibes,
your donor (my roommates call me Bean)
""", [("20", AGE), ("University of Wisconsin", ORG), ("Lake Mendota", LOC), ("Be The Match", ORG), ("Bean", P)])

add("en", "family_to_donor", """
Assalamu alaikum, dear donor.

I am the father of the boy who received your stem cells. He is 11 years old and his name is Zayn. He asked me to write because his hands still shake a little from the medicine, but he told me exactly what to say, so this is from both of us.

First, he wants you to know that he is now taller than his older sister, which he says is because of your cells. Second, he wants to know if you like cricket, because he does, very much.

The transplant was on the 5th of April 2023 at Birmingham Children's Hospital, during Ramadan. My wife and I broke our fast every evening on the ward with the nurses, and one of them brought dates from home for us. At Green Lane Masjid in Small Heath the imam asked the whole jamaat to make dua for an unknown donor. I want you to know that hundreds of people you will never meet have prayed for you by name, even though the name they used was just "the donor".

Alhamdulillah, Zayn is home. On Eid he wore new clothes and ate too much sheer khurma.

May Allah reward you with every good thing.
Zayn's Abbu
""", [("11", AGE), ("Zayn", P, 0), ("5th of April 2023", DATE), ("Birmingham Children's Hospital", ORG),
      ("Green Lane Masjid", ORG), ("Small Heath", LOC), ("Zayn", P, 1), ("Zayn", P, 2)])

add("en", "patient_to_donor", """
Dear Friend,

My name is Mort, short for Mortimer, which nobody has called me since my mother passed. I celebrated my 67th birthday on a transplant floor at Mount Sinai with a Jell-O cup and a nurse named Dolores who sang Happy Birthday in a key I'd never heard before.

I was a court stenographer in Brooklyn for 38 years, so I've spent my life writing down what other people say. Now I'm trying to say something myself and it's harder than I thought.

Gift of Life found you. They gave me a reference number for this letter, GOL-22-4471, so here it is in case it helps them pass it along. I'm told you are younger than my son. I'm told you said yes right away. In my tradition we say that whoever saves one life, it is as if they saved the whole world. I used to think that was a nice saying. Now I think it's just accurate.

My late wife Rose would have known exactly what to write here. She grew roses on our fire escape for forty years, and I still water them. My grandson had his bar mitzvah last month at Congregation Beth Elohim and I was there, standing, in a suit that's a bit too big now. During the blessings I thought about you.

Eat something good tonight. Put it on my tab.

With enormous gratitude,
Mort
""", [("Mort", P, 0), ("Mortimer", P), ("67", AGE, "67th"), ("Mount Sinai", ORG), ("Dolores", P), ("Rose", P),
      ("court stenographer", OID), ("Brooklyn", LOC), ("Gift of Life", ORG), ("GOL-22-4471", OID), ("Congregation Beth Elohim", ORG),
      ("Mort", P, 1)],
    known={"names": ["Mortimer Feld"], "places": ["Brooklyn, NY"], "organisations": ["Mount Sinai Hospital"],
           "other": []})

add("en", "donor_to_patient", """
Dear You,

I've never written to a stranger before. I'm the only midwife on the island, so most of my letters are to mothers, and they usually start with "Congratulations".

Well. Congratulations on your new cells!

I live in Stornoway, on the Isle of Lewis, and getting to the mainland to donate was a whole adventure in itself: the ferry to Ullapool, then the long drive down to Glasgow in a storm. My collection was on the 14th of March. The nurse in charge was from Lewis as well, if you can believe it, so we spent the whole afternoon gossiping in Gaelic about people we both knew.

I'm told I can't say much more than that. I don't know if you're a man or a woman, or how old you are, and it doesn't matter one bit. You were someone who needed help, and I happened to have the right bits.

Tapadh leibh for letting me be part of your story. Get well, stay well.

With warm wishes from the edge of the Atlantic,
your donor
""", [("only midwife on the island", OID), ("Stornoway", LOC), ("Isle of Lewis", LOC), ("Ullapool", LOC),
      ("Glasgow", LOC), ("14th of March", DATE), ("Lewis", LOC, 1), ("Atlantic", LOC)])

add("en", "patient_to_donor", """
Dear Donor ji,

Sat Sri Akal! I hope you are keeping well. I am a 24-year-old girl from Chandigarh and I received your stem cells in March 2023 at PGI after two years of thalassemia-related problems and then the bad news of MDS.

My family thanks Waheguru every single day for you, and also Dr. P. Malhotra, who never once lost patience with my hundred questions. My mother did an Akhand Path at home and my father, who never cries, cried at the hospital gate when the doctor told us the engraftment had happened. My younger sister Simran made a poster for my room that said "Welcome Home Donor Cells" and my cousin Bunty stuck it on the ceiling so I could see it while lying down.

I am finishing my M.Com now and I want to work in a bank. I also started volunteering with the donor drive at Panjab University, so that more Punjabi people register. We are very few in the registries and I want to change that.

I don't know your name or your country, but I have put your letter in my Gutka Sahib so I keep you close.

With lots of love and respect,
Your blood sister
""", [("24", AGE), ("Chandigarh", LOC), ("March 2023", DATE), ("PGI", ORG), ("Dr. P. Malhotra", P), ("Simran", P), ("Bunty", P),
      ("Panjab University", ORG)])

add("en", "donor_to_family", """
To the family,

I was told this morning. I'm so sorry for your loss.

I donated at Fiona Stanley in Perth and I remember lying there thinking about who the cells were going to. I pictured a kid, or a grandma, or someone like my dad. Now I know they belonged to someone you loved and lost, and I wish with everything that it had ended differently.

You don't owe me a reply. I just didn't want the last thing between us to be a form letter.

Thinking of you,
the donor (M.)
""", [("Fiona Stanley", ORG), ("Perth", LOC), ("M.", P)])

add("en", "patient_to_donor", """
Querido donante, dear donor,

I don't know if you speak Spanish so I'm going to write in both, like I talk at home. My name is Esperanza, which means hope, and my husband Chuy says that's why I didn't give up.

I got sick the same year my daughter turned quince. We had to cancel the party. They did my transplant at City of Hope el 2 de junio de 2022 and I was in the hospital 40 días. Mi familia vino todos los días from Boyle Heights, two buses each way, porque my husband doesn't drive on the freeway.

Now I'm home. I went back to work at the panadería on Cesar Chavez Avenue, just mornings for now. Every morning when I make the conchas I say a little prayer for you. My daughter finally had her quince party, one year late, and she danced the vals with her dad and then she made the whole family stand up and do a toast "por el donante". There were 200 people there, so 200 people toasted you.

Que Dios te bendiga siempre. God bless you always.

Con todo mi corazón,
Esperanza
""", [("Esperanza", P, 0), ("Chuy", P), ("quince", AGE, "turned quince"), ("City of Hope", ORG),
      ("2 de junio de 2022", DATE), ("Boyle Heights", LOC), ("Cesar Chavez Avenue", LOC), ("Esperanza", P, 1)],
    known={"names": ["Esperanza Delgado"], "places": ["Los Angeles, CA"], "organisations": ["City of Hope"],
           "other": []})

add("en", "donor_to_patient", """
Dear recipient,

I'm not sure what people usually write in these. I hope you are feeling better than you were and that the hospital food wasn't too bad. Mine was fine. I had a sandwich and watched half a film.

I think about you sometimes on my walk to work and hope it's a good day for you.

Best wishes for the months ahead, and for all the years after that,
from your donor
""", [], known={"names": ["Thomas Barker"], "places": ["Leeds"], "organisations": ["Anthony Nolan"], "other": []})

add("en", "family_to_donor", """
Annwyl Roddwr, dear Donor,

I'm writing on behalf of my husband Dai, who says he's "no good with words", which is rich for a man who's sung tenor with Treorchy Male Choir for thirty years.

Dai had his transplant at the University Hospital of Wales on Tuesday the 7th of November, three weeks before his 60th. The consultant said he was fit for his age, which went straight to his head. He spent his birthday in a side room with a tiny cake and the whole choir singing Calon Lân down the phone, which set off every nurse on the ward.

He's home in the valley now, walking a bit further up the mountain every day. He says he can see the whole of Rhondda from the top and he thinks about you when he gets there, getting his breath back.

The choir have asked me to tell you that if you're ever in Wales, there'll be a seat in the front row at the next concert with your name on it. Well, with "DONOR" on it.

Diolch o galon,
Mrs D.
""", [("Dai", P, 0), ("Treorchy Male Choir", ORG), ("Dai", P, 1), ("University Hospital of Wales", ORG),
      ("Tuesday the 7th of November", DATE), ("60", AGE, "his 60th"), ("Rhondda", LOC), ("Wales", LOC, 1),
      ("Mrs D.", P)],
    known={"names": ["Glenys Morgan", "David Morgan"], "places": ["Treorchy"], "organisations": ["UHW"],
           "other": []})

add("en", "patient_to_donor", """
Dear Donor,

Hello! I'm Wei Ling, 19, from Singapore. My Ah Ma says I must write properly and not use Singlish, so I will try my best lah.

I had my transplant at NUH on 27/9/2022, two weeks after my A-level results came out. I didn't even get to celebrate. The Bone Marrow Donor Programme people told my parents there was no match in Singapore and they had to search overseas, so somewhere far away, you said yes to a stranger. My father still can't talk about that part without going quiet.

I'm better now. I started uni this year, doing nursing, because of the nurses in Ward 64 who took care of me. On weekends I help my parents at our chicken rice stall at Tampines Round Market (I won't say which one, but we have the longest queue, hehe).

Every Chinese New Year we will set one extra pair of chopsticks for you. My Ah Ma insisted.

Thank you, thank you, thank you.
Wei Ling
""", [("Wei Ling", P, 0), ("19", AGE), ("Singapore", LOC, 0), ("NUH", ORG), ("27/9/2022", DATE),
      ("Bone Marrow Donor Programme", ORG), ("Singapore", LOC, 1), ("Ward 64", LOC),
      ("chicken rice stall at Tampines Round Market", OID), ("Wei Ling", P, 1)])

add("en", "donor_to_patient", """
Dear Recipient,

Keep the faith! That's what my wife Faith always tells me, and it's what I want to tell you.

I'm a firefighter with the Tulsa Fire Department, 36 years old, dad to three wild kids aged 9, 6 and 2. My job is mostly waiting around and then running into places other people are running out of, so when Be The Match called and said somebody out there needed me, it felt like just another call. A slower one, with better snacks.

The crew at the station shaved their heads when they found out I was donating. I told them that wasn't how it works and they did it anyway. We looked ridiculous for a month.

I pray for you every night with my kids. My youngest just says "and bless the person" because she can't remember the word recipient. I think that's about right though.

You hang in there. You've got a whole firehouse pulling for you.

God bless,
your donor
""", [("Faith", P), ("Tulsa Fire Department", ORG), ("36", AGE), ("9", AGE), ("6", AGE), ("2", AGE),
      ("Be The Match", ORG)])

add("en", "patient_to_donor", """
to my donor

sorry if my spelling is bad i have dislexia and my mam said just write it how it comes out. my name is kyle im 22 and i was reely ill last year with leukeamia. i work at greggs in middlesbrough (the one near the bus station) and i was so tired i kept falling asleep in the back on the flour sacks lol. my manager Tracey made me go the doctors and thats how they found it.

i had the transplant at james cook on the 3rd of feb and i was in for ages. i was proper scared but the nurses was mint. theres one called Big Steve who is the best nurse in the world and he let me watch the boro on his phone when i wasnt alowed visitors.

i dont really know what to say apart from thanks man. you didnt even know me and you done this. im back at work now doing half days and tracey gives me free sausage rolls which she never did before haha.

if your ever in the north east the sausage rolls are on me

cheers
kyle
""", [("kyle", P, 0), ("22", AGE), ("greggs", ORG), ("middlesbrough", LOC), ("Tracey", P), ("james cook", ORG),
      ("3rd of feb", DATE), ("Big Steve", P), ("boro", ORG), ("tracey", P), ("north east", LOC), ("kyle", P, 1)],
    known={"names": ["Kyle Atkinson"], "places": ["Middlesbrough"], "organisations": ["Greggs"], "other": []})

add("en", "family_to_donor", """
Dear Donor,

Nomoskar from Kolkata. I am the father of the child who received your gift of life. Her name is Rimjhim but at home we only call her Mishti, because she is sweet like our mishti doi. She was five years old when the doctors in Kolkata told us she had aplastic anaemia and that only a transplant could save her.

We went to CMC in Vellore on the advice of our family doctor. Vellore was a very long way from home and my wife had to stay there with Mishti for nearly five months while I went back and forth for my job. The transplant was on 12/04/2023. I was on the Coromandel Express that night and I could not sleep, only praying.

Today Mishti is six and a half. She is back in Class 1 at La Martiniere for Girls and her teacher says she is the most talkative girl in the class. During Durga Puja this year she wore a new red frock and we went pandal hopping till midnight. I watched her running ahead of us in the crowd and I thought, someone in this world I will never meet has made this possible.

Thank you, dear friend. Our home will always have a place for you.

With folded hands,
Mishti's Baba
""", [("Kolkata", LOC, 0), ("Rimjhim", P), ("Mishti", P, 0), ("five", AGE, "She was five"), ("Kolkata", LOC, 1),
      ("CMC", ORG), ("Vellore", LOC, 0), ("Vellore", LOC, 1), ("Mishti", P, 1), ("12/04/2023", DATE),
      ("Mishti", P, 2), ("six and a half", AGE), ("La Martiniere for Girls", ORG), ("Mishti", P, 3)],
    known={"names": ["Subhajit Mukherjee", "Rimjhim Mukherjee"], "places": ["Calcutta"],
           "organisations": ["Christian Medical College, Vellore"], "other": []})

add("en", "donor_to_patient", """
Hello lovely human,

Hope this reaches you on a good day! I'm your donor. I turned forty the week before the collection, which my partner Raf says was the most middle-aged way to celebrate possible: a blood test, an early night and a green juice.

I run a tiny café in Newtown called Bean There (yes, I know, the pun was Raf's fault). My regulars kept asking why I was wearing a compression sleeve at the coffee machine, so now half of King Street knows what a PBSC donation is and about a dozen of them have signed up. Consider that my bonus gift to the register.

The whole thing was much easier than I thought. A few days of feeling like I had the flu from the injections, then a very long sit at the collection centre with a Netflix binge. I've had worse Mondays.

If the rules ever allow it, drop me a line, hello at beantherenewtown dot com dot au, and come for a flat white on the house. Mardi Gras is our busiest weekend, so maybe not then. Fair warning: I'll talk your ear off about single-origin beans from Ethiopia.

Sending heaps of love,
your donor x
""", [("forty", AGE), ("Raf", P, 0), ("Newtown", LOC), ("Bean There", ORG), ("Raf", P, 1), ("King Street", LOC),
      ("hello at beantherenewtown dot com dot au", CON)])

# ======================================== German ========================================

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender,

ich weiß nicht, ob Sie ein Mann oder eine Frau sind, also schreibe ich beides. Seit Wochen nehme ich mir diesen Brief vor und zerknülle dann doch wieder jeden Entwurf. Meine Frau Heike sagt, ich soll einfach anfangen.

Ich bin 58 Jahre alt und habe mein ganzes Leben am Wasser verbracht. Im Kieler Yacht-Club kennt mich jeder, weil ich dort seit über dreißig Jahren die Jugend trainiere. Im Herbst 2020 kam die Diagnose, AML, und von einem Tag auf den anderen war alles anders.

Am 3. März 2021 bekam ich im UKSH Ihre Stammzellen. Ich erinnere mich an den kleinen Beutel, der so unscheinbar aussah, und daran, wie die Schwester sagte: „Das ist jetzt Ihr neuer Geburtstag.“ Seitdem feiern wir zweimal im Jahr.

Diesen Sommer war ich zum ersten Mal wieder auf der Förde. Nur eine kleine Runde bis Laboe und zurück, aber ich habe geheult wie ein Schlosshund. Zur Kieler Woche stand ich dann am Steg und habe den Jugendlichen beim Start zugeschaut.

Ich wünsche Ihnen Gesundheit und dass Sie nie selbst auf so ein Geschenk angewiesen sind.

Von Herzen Danke,
Ihr Empfänger
""", [("Heike", P), ("58", AGE), ("Kieler Yacht-Club", ORG), ("die Jugend trainiere", OID), ("3. März 2021", DATE), ("UKSH", ORG),
      ("Förde", LOC), ("Laboe", LOC)],
    known={"names": ["Rolf-Dieter Petersen"], "places": ["Kiel"], "organisations": ["Universitätsklinikum Schleswig-Holstein"],
           "other": []})

add("de", "donor_to_patient", """
Servus!

I bin dein Spender, oder wie die DKMS sagt, dein „genetischer Zwilling“. Ich bin 24, gelernter Schreiner und wohne in einem kleinen Dorf in Oberbayern, wo jeder jeden kennt. Bei uns ist man bei der Freiwilligen Feuerwehr Taufkirchen oder in der Blaskapelle, ich bin bei beiden, und als ich für die Spende ein paar Tage ausgefallen bin, wusste es natürlich gleich das ganze Dorf.

Typisieren lassen hab ich mich mit 17 bei einer Aktion in der Berufsschule. Ehrlich gesagt hab ich das komplett vergessen, bis der Anruf kam. Meine Mama hat erst mal geweint und dann eine Kerze in der Kirche angezündet.

Die Entnahme war in München, ich hab fünf Stunden auf dem Liegestuhl gelegen und mir Fußball angeschaut. Danach war ich zwei Tage ein bisserl schlapp, mehr nicht. Auf der Wiesn war ich zwei Wochen später schon wieder, aber nur mit Spezi, versprochen!

Ich hoffe, dir geht's jeden Tag ein bisserl besser. Pfiat di und Gottes Segen!

Dein Spender
""", [("DKMS", ORG), ("24", AGE), ("Oberbayern", LOC), ("Freiwilligen Feuerwehr Taufkirchen", ORG), ("17", AGE),
      ("München", LOC), ("Wiesn", LOC)])

add("de", "family_to_donor", """
Liebe Spenderin oder lieber Spender,

wir sind die Eltern des Mädchens, das Ihre Stammzellen bekommen hat. Unsere Emma war siebenjährig, als bei ihr eine schwere aplastische Anämie festgestellt wurde. Sieben Jahre alt, und plötzlich ging es nur noch um Blutwerte.

Die Transplantation war am 12.10.2022 an der Uniklinik Leipzig. Ihr Arzt, Dr. Sonne, hat uns an dem Morgen gesagt: „Heute geht die Sonne für Emma wieder auf.“ Wir mussten beide lachen, weil er das bestimmt jedem Kind sagt, aber es hat trotzdem gestimmt.

Inzwischen ist Emma acht und geht wieder in die Schule. Die Kinder aus ihrer alten Kita „Sonnenkäfer“ haben ihr zur Heimkehr ein riesiges Plakat gemalt. Sie hat immer noch keine Haare am Hinterkopf und trägt deshalb jeden Tag dieselbe grüne Mütze, auch im Sommer.

Wir wissen nicht, wer Sie sind. Aber wir denken jeden Tag an Sie, und Emma hat Ihnen ein Bild gemalt: Das sind Sie, mit einem Umhang.

In tiefer Dankbarkeit,
Emmas Mama und Papa
""", [("Emma", P, 0), ("sieben", AGE, "siebenjährig"), ("12.10.2022", DATE), ("Uniklinik Leipzig", ORG),
      ("Dr. Sonne", P), ("Emma", P, 1), ("Emma", P, 2), ("acht", AGE), ("Sonnenkäfer", ORG), ("Emma", P, 3),
      ("Emmas", P)],
    known={"names": ["Emma Richter"], "places": ["Leipzig-Gohlis"], "organisations": [], "other": []})

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender!

Gestatten, ich bin der Poldi, eigentlich Leopold, aber so nennt mich nur das Finanzamt. Ich bin ein alter Wiener und hab im AKH am 12. Jänner 2022 Ihre Zellen bekommen, grad rechtzeitig, bevor meine eigenen endgültig den Dienst quittiert hätten.

Zu meinem 70er im Sommer darauf bin ich dann schon wieder beim Heurigen gesessen, zwar mit Mineralwasser statt Grünem Veltliner, aber immerhin. Meine Enkelin Lena hat eine Rede gehalten und gesagt, dass der Opa jetzt zur Hälfte ein Fremder ist. Alle haben gelacht, nur ich hab ein bisserl geweint.

Ich wohn seit fünfzig Jahren in Ottakring, in einem Gemeindebau, und ich glaub, das ganze Haus hat für mich Kerzen angezündet. Die Frau Novak von oben hat mir jeden Tag eine Suppe vor die Tür gestellt, ob ich wollt oder nicht.

Ich weiß nicht, wo Sie leben und wie alt Sie sind. Ich weiß nur, dass es auf der Welt einen Menschen gibt, der einem alten Grantler wie mir ein paar gute Jahre geschenkt hat. Dafür sag ich vergelt's Gott, und zwar von ganzem Herzen.

Ihr Poldi
""", [("Poldi", P, 0), ("Leopold", P), ("AKH", ORG), ("12. Jänner 2022", DATE), ("70", AGE, "70er"), ("Lena", P),
      ("Ottakring", LOC), ("Frau Novak", P), ("Poldi", P, 1)],
    known={"names": ["Leopold Hrdlicka"], "places": ["Wien"], "organisations": ["AKH Wien"], "other": []})

add("de", "donor_to_patient", """
Grüezi

Ich bin deine Spenderin. Man hat mir gesagt, dass ich dir ein paar Zeilen schreiben darf, solange ich nichts verrate, was mich erkennbar macht. Das ist gar nicht so einfach, wenn man eigentlich gern erzählt!

Ich bin 31-jährig, wohne in Bern und arbeite als Lokführerin bei der SBB. Wenn du also je mit dem Zug durch die Schweiz fährst, sitzt vielleicht ich vorne. Im Sommer schwimme ich fast jeden Abend in der Aare, das habe ich nach der Spende am meisten vermisst, weil ich ein paar Tage lang keine Kraft dazu hatte.

Bei Blutspende SRK Schweiz bin ich seit dem Studium registriert. Dass tatsächlich einmal jemand meine Zellen braucht, hätte ich nie gedacht. Ich bin froh und ein bisschen stolz.

Ich wünsche dir von Herzen gute Besserung, viel Geduld mit dir selbst und ganz viele schöne Tage.

Liebe Grüsse
deine Spenderin
""", [("31", AGE, "31-jährig"), ("Bern", LOC), ("SBB", ORG), ("Schweiz", LOC, 0), ("Aare", LOC),
      ("Blutspende SRK Schweiz", ORG)])

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

es fällt mir schwer, diesen Brief zu schreiben. Meine Frau Gabi ist am 14. Februar 2023 in der Uniklinik Köln gestorben. Ihre Stammzellen haben ihr fast ein ganzes Jahr geschenkt, und es war ein gutes Jahr. Im Winter ist sie noch mit mir am Rhein spazieren gegangen, dick eingepackt, und hat den Enten zugesehen.

Auf der Station hatte sie eine Pflegerin, Frau Engel, die jeden Morgen als Erste in ihr Zimmer kam. Gabi hat immer gesagt: „Ich habe zwei Engel, eine kenne ich, die andere nicht.“ Die andere, das waren Sie.

Wir haben nie Karneval ausgelassen, und dieses Jahr haben wir in Nippes am Straßenrand gestanden, sie im Rollstuhl, mit Pappnase. Den 1. FC Köln hat sie bis zum Schluss im Radio verfolgt, auch wenn er sie oft geärgert hat.

Bitte machen Sie sich keine Vorwürfe. Sie haben alles gegeben, was ein Mensch geben kann. Ich wollte, dass Sie wissen, dass Gabi dankbar war, bis zum letzten Tag.

Mit herzlichen Grüßen,
Familie Winter
""", [("Gabi", P, 0), ("14. Februar 2023", DATE), ("Uniklinik Köln", ORG), ("Rhein", LOC), ("Frau Engel", P),
      ("Gabi", P, 1), ("Nippes", LOC), ("1. FC Köln", ORG), ("Gabi", P, 2), ("Familie Winter", P)],
    known={"names": ["Gabriele Winter", "Hans-Peter Winter"], "places": ["Köln"], "organisations": [], "other": []},
    ok=("Winter", "Engel"))

add("de", "patient_to_donor", """
Hey du!! 👋

Ich bin Lea, 15, und ich hab deine Stammzellen bekommen!!! Meine Mama meinte, ich soll „Sie“ schreiben, aber das fühlt sich voll komisch an, weil du ja quasi mein Blutsverwandter bist 😅

Also: Ende Mai 2023 war meine Transplantation, davor ein halbes Jahr Chemo, und ehrlich, das war die schlimmste Zeit meines Lebens. Ich hab so viel verpasst, Klassenfahrt, den Geburtstag von meiner besten Freundin, alles. Jetzt bin ich wieder am Goethe-Gymnasium, erstmal nur vormittags, und alle sind mega nett zu mir, sogar die Lehrer lol.

Ich bin riesiger BVB-Fan (sorry falls du Schalke-Fan bist 🙈) und mein größter Wunsch ist, dass ich nächste Saison wieder auf die Südtribüne darf. Die Ärzte sagen, vielleicht.

Die Lokalzeit Dortmund vom WDR hat sogar einen Beitrag über mich gemacht, voll peinlich 🙈 Auf Insta hab ich die ganze Zeit über mein Leben mit Krebs gepostet, @lea.kaempft, da folgen mir jetzt voll viele Leute. Vielleicht liest du das ja irgendwann, wenn ich das darf.

DANKE DANKE DANKE ❤️❤️❤️
deine Lea
""", [("Lea", P, 0), ("15", AGE), ("Ende Mai 2023", DATE), ("Goethe-Gymnasium", ORG), ("BVB", ORG),
      ("Südtribüne", LOC), ("Lokalzeit Dortmund", ORG), ("WDR", ORG), ("@lea.kaempft", CON), ("Lea", P, 1)])

add("de", "donor_to_patient", """
Moin!

Ich bin dein Spender. Viel schreiben ist nicht so meins, ich bin Krabbenfischer und rede lieber mit den Möwen als mit Leuten. Aber meine Frau hat gesagt, so einen Brief schreibt man nur einmal im Leben, also sitze ich jetzt hier.

Ich bin dreiundvierzig und fahre seit fünfundzwanzig Jahren von Greetsiel aus raus. Als die Stefan-Morsch-Stiftung anrief, war ich gerade mit unserem Kutter draußen, der GRE 17, und ich hab die Nachricht erst abends im Hafen gehört. Ich hab mir dann Urlaub genommen, das erste Mal in der Hauptsaison, und mein Bruder ist für mich gefahren.

Die Entnahme war in Birkenfeld. Ich hatte ein bisschen Knochenschmerzen von der Spritze, aber nichts, was ein Ostfriese nicht mit einer Tasse Tee wegkriegt.

Ich hoffe, du kommst wieder gut auf die Beine. Und falls du mal Krabben magst: Die Hälfte von denen, die du in Deutschland isst, hab vielleicht ich gefangen.

Mach's gut,
dein Spender
""", [("Krabbenfischer", OID), ("dreiundvierzig", AGE), ("Greetsiel", LOC), ("GRE 17", OID), ("Stefan-Morsch-Stiftung", ORG),
      ("Birkenfeld", LOC), ("Deutschland", LOC)])

add("de", "patient_to_donor", """
Sehr geehrte Spenderin, sehr geehrter Spender,

mein Name ist Ayşe, ich bin 44 Jahre alt und Mutter von drei Kindern. Ich schreibe Ihnen aus Duisburg-Marxloh, wo ich seit meiner Kindheit lebe und einen kleinen Brautmodenladen auf der Weseler Straße habe.

Als ich krank wurde, hieß es, dass es für Menschen mit türkischen Wurzeln schwer ist, einen passenden Spender zu finden. Meine Familie hat eine Typisierungsaktion in der Merkez-Moschee organisiert, über tausend Menschen sind gekommen. Mein Spender war am Ende aber keiner von ihnen, sondern Sie, ein Mensch, den ich nie gesehen habe. Allah hat Sie geschickt, davon bin ich überzeugt.

Die Transplantation war im Sommer 2022 in Essen. Ich war sehr lange im Krankenhaus, und meine Kinder durften mich nur durch die Scheibe sehen. Zum Ramazan Bayramı durfte ich zum ersten Mal wieder nach Hause.

Çok teşekkür ederim. Das heißt: vielen, vielen Dank. Ich bete jeden Tag für Ihre Gesundheit.

Mit herzlichen Grüßen
Familie Yılmaz
""", [("Ayşe", P), ("44", AGE), ("Duisburg-Marxloh", LOC), ("Brautmodenladen", OID), ("Weseler Straße", LOC),
      ("Typisierungsaktion", OID, "eine Typisierungsaktion in"), ("Merkez-Moschee", ORG),
      ("Sommer 2022", DATE), ("Essen", LOC), ("Familie Yılmaz", P)])

add("de", "family_to_donor", """
Liebe unbekannte Lebensretterin, lieber unbekannter Lebensretter,

unser Sohn Noah (2) schläft gerade neben mir, und ich nutze die Ruhe, um Ihnen endlich zu schreiben. Er hat Ihre Stammzellen am Freitag, 9. Juni 2023, an der MHH bekommen, mit nicht einmal anderthalb Jahren. Er wird sich später an nichts davon erinnern, und darüber sind wir froh.

Wir erinnern uns dafür an alles. An die Nacht, in der sein Fieber nicht runterging. An die Ärztin, die sich zu uns auf den Boden gesetzt hat, um uns die Werte zu erklären. An den Tag, an dem die Leukozyten kamen und die ganze Station geklatscht hat.

Heute läuft Noah durch unseren Garten in der Südstadt, jagt die Katze und sagt „Auto“ zu allem, was sich bewegt. Er ist ein ganz normales, wildes Kleinkind, und das verdanken wir Ihnen.

Wir wissen nicht, ob Sie Kinder haben. Falls ja: Drücken Sie sie heute einmal extra von uns.

In unendlicher Dankbarkeit
Noahs Eltern
""", [("Noah", P, 0), ("2", AGE), ("Freitag, 9. Juni 2023", DATE), ("MHH", ORG), ("Noah", P, 1), ("Südstadt", LOC),
      ("Noahs", P)])

add("de", "donor_to_family", """
Liebe Angehörige,

die DKMS hat mir mitgeteilt, dass der Mensch, für den ich gespendet habe, verstorben ist. Ich möchte Ihnen mein tiefes Beileid aussprechen.

Ich habe so oft an diesen Menschen gedacht, beim Joggen am Main, beim Einschlafen, bei jedem Krankenwagen, der an mir vorbeifuhr. Ich hatte gehofft, irgendwann einen Brief zu bekommen, in dem steht, dass alles gut gegangen ist. Dass es anders gekommen ist, macht mich sehr traurig.

Ich hoffe, Sie hatten noch Zeit miteinander, die Ihnen im Gedächtnis bleibt. Wenn Sie mögen, erzählen Sie mir irgendwann von ihr oder ihm. Wenn nicht, verstehe ich das gut.

In stiller Anteilnahme,
Ihre Spenderin aus Frankfurt
""", [("DKMS", ORG), ("Main", LOC), ("Frankfurt", LOC)])

add("de", "patient_to_donor", """
Werter Spender

ich bin 72 Jahre und hab nicht gedacht das ich noch mal so einen Brief schreibe ich bin kein großer Schreiber. 30 Jahre war ich bei der Wismut unter Tage und danach Hausmeister an einer Schule hier im Erzgebirge. Die Ärzte in Chemnitz haben gesagt mit meinem Alter ist das ein Risiko aber ich hab gesagt ich will es probieren weil mein Enkel Kevin nächstes Jahr heiratet und da will ich dabei sein.

Jetzt ist es ein Jahr her seit der Transplantation. Mir geht es gut nur die Haut macht manchmal Probleme die GvHD sagen die Ärzte. Ich geh jeden Tag mit dem Hund bis zum Schwartenberg hoch und wieder runter das sind 4 Kilometer.

Meine Frau sagt ich soll schreiben das Sie ein guter Mensch sind. Das stimmt. Ich danke Ihnen.

Gruß aus Seiffen
Ihr Empfänger
""", [("72", AGE), ("Wismut", ORG), ("Erzgebirge", LOC), ("Chemnitz", LOC), ("Kevin", P), ("Schwartenberg", LOC),
      ("Seiffen", LOC)],
    known={"names": ["Gerhard Ullrich"], "places": ["Seiffen/Erzgeb."], "organisations": ["Klinikum Chemnitz"],
           "other": []})

add("de", "donor_to_patient", """
Liebe Empfängerin, lieber Empfänger,

ich bin 22 und studiere in Tübingen Biologie, und ich glaube, ich habe in den letzten Wochen mehr über Stammzellen gelernt als im ganzen Studium. Vor vier Jahren habe ich mich bei einer Typisierungsaktion für einen kleinen Jungen aus Reutlingen registrieren lassen. Er hieß Paul, und soweit ich weiß, hat er damals einen Spender gefunden. Ich hatte nie gedacht, dass ich selbst einmal gebraucht werde.

Meine WG hat mich nach der Spende mit einer selbstgebackenen Torte empfangen, auf der „Held*in des Monats“ stand. Ziemlich übertrieben, ich habe ja nur fünf Stunden gelegen und Podcasts gehört. Du bist die Person, die das Schwere hinter sich hat.

Wenn es dir besser geht, hoffe ich, dass du irgendwo am Wasser sitzen kannst, so wie ich gerade am Neckar, und einfach in die Sonne blinzelst.

Alles Liebe und ganz viel Kraft,
deine Spenderin
""", [("22", AGE), ("Tübingen", LOC), ("Reutlingen", LOC), ("Paul", P), ("Neckar", LOC)])

add("de", "patient_to_donor", """
Grüß Gott, liebe Spenderin oder lieber Spender!

Ich bin der Hias und bewirtschafte die einzige Almhütte am Penken, die das ganze Jahr offen hat. Wer im Zillertal wandert, kommt früher oder später bei mir vorbei, und seit meiner Krankheit fragt jeder Gast als Erstes: „Hias, wie geht's dir?“

Im Oktober 2022 habe ich an der Klinik Innsbruck Ihre Stammzellen bekommen. Davor hatte ich ein Jahr lang Chemo, die Hütte hat in der Zeit mein Neffe Florian geführt, und der hat das, muss ich zugeben, gar nicht schlecht gemacht.

Heuer im Sommer stand ich wieder selbst hinter dem Tresen. Die Kaspressknödel mache ich nach wie vor selber, das lasse ich mir nicht nehmen. Mein Hausarzt sagt, ich soll es langsam angehen. Ich sag, auf 1.800 Metern geht eh alles langsamer.

Wenn Sie einmal nach Tirol kommen, sind Sie mein Gast, so lange Sie wollen. Das ist kein leeres Versprechen.

Vergelt's Gott!
Ihr Hias
""", [("Hias", P, 0), ("einzige Almhütte", OID), ("Penken", LOC), ("Zillertal", LOC),
      ("Hias", P, 1), ("Oktober 2022", DATE), ("Klinik Innsbruck", ORG), ("Florian", P), ("Tirol", LOC),
      ("Hias", P, 2)],
    known={"names": ["Matthias Gruber"], "places": ["Mayrhofen"], "organisations": ["Tirol Kliniken"], "other": []})

add("de", "family_to_donor", """
Liebe Spenderin, lieber Spender,

ich schreibe Ihnen im Namen meines Vaters. Er ist 61, und er hat gesagt: „Schreib du, du kannst das besser, aber schreib, dass ich es ernst meine.“ Also: Er meint es ernst.

Mein Vater ist seit über zwanzig Jahren Busfahrer bei der BVG. Er fährt den M29 quer durch Kreuzberg, und ich glaube, die Hälfte der Fahrgäste kennt ihn mit Namen. Als er krank wurde, haben Stammgäste Karten an die Endhaltestelle gebracht. Eine alte Dame hat ihm sogar einen Schal gestrickt, in BVG-Gelb.

Die Transplantation war im Juli 2022 an der Charité. Es war eine lange, schwere Zeit, mit Infektionen und Rückschlägen, und es gab Nächte, in denen wir nicht wussten, ob er es schafft. Er hat es geschafft.

Seit ein paar Wochen sitzt er wieder am Steuer, erstmal nur Frühschicht. Am ersten Tag hat ihm jemand an der Oranienstraße applaudiert.

Wir denken an Sie, jeden Tag. Danke, dass es Menschen wie Sie gibt.

Herzlich,
Ihre Familie aus Berlin
""", [("61", AGE), ("BVG", ORG, 0), ("BVG", ORG, 1), ("fährt den M29", OID), ("Kreuzberg", LOC), ("Juli 2022", DATE), ("Charité", ORG),
      ("Oranienstraße", LOC), ("Berlin", LOC)],
    known={"names": ["Dieter Szymański", "Katja Szymański"], "places": ["Berlin-Kreuzberg"], "organisations": ["BVG"],
           "other": []})

add("de", "donor_to_patient", """
Hallo liebe*r Unbekannte*r,

ich bin Mitte dreißig, Krankenschwester auf einer Intensivstation und eigentlich diejenige, die an Betten steht, nicht die, die drin liegt. Umso seltsamer war es, bei der Entnahme selbst mal an Schläuchen zu hängen. Ich kann jetzt besser verstehen, wie sich meine Patienten fühlen, also danke auch dafür!

Ich komme aus dem Münsterland, fahre überall mit dem Rad hin und gehe, wenn es sich einrichten lässt, samstags zu Preußen Münster ins Stadion, auch wenn das selten Freude macht. Meine Kolleginnen haben mir nach der Spende Blumen auf den Spind geklebt.

Falls es irgendwann erlaubt ist und du magst, freue ich mich riesig über Post: jana punkt k at web punkt de. Bis dahin wünsche ich dir ganz viel Geduld, gute Blutwerte und Menschen um dich, die dich zum Lachen bringen.

Fühl dich gedrückt,
Jana
""", [("Münsterland", LOC), ("Preußen Münster", ORG), ("jana punkt k at web punkt de", CON), ("Jana", P)],
    known={"names": ["Jana Kemper"], "places": ["Münster"], "organisations": [], "other": ["jana.k@web.de"]})

add("de", "patient_to_donor", """
Liebe Spenderin, lieber Spender

Ich heisse Urs, bin 47 und lebe mit meiner Familie in Basel, keine fünf Minuten vom Rhein. Ich arbeite als Chemiker bei Roche, und als es mir schlecht ging, haben meine Kollegen eine Spenderaktion im Betrieb organisiert. Gefunden hat man am Ende aber Sie, irgendwo auf der Welt.

Am 15. August 2022 bekam ich Ihre Zellen im Unispital. Ich habe in diesem Moment an meine zwei Buben gedacht, die zu Hause auf mich warten, und zum ersten Mal seit Monaten keine Angst gehabt.

An der Fasnacht dieses Jahr bin ich nicht mitgelaufen, nur am Strassenrand gestanden, mit Maske, aber ich war dabei. Im Sommer bin ich mit den Buben sogar im Rhein geschwommen, ganz kurz, die Ärztin soll es bitte nicht erfahren.

Ich wünsche Ihnen alles Gute dieser Welt. Merci vielmal.

Ihr Urs
""", [("Urs", P, 0), ("47", AGE), ("Basel", LOC), ("Rhein", LOC, 0), ("Roche", ORG), ("15. August 2022", DATE),
      ("Unispital", ORG), ("Rhein", LOC, 1), ("Urs", P, 1)],
    known={"names": ["Urs Brunner"], "places": ["Basel"], "organisations": ["Universitätsspital Basel"], "other": []})

add("de", "donor_to_patient", """
Liebe Empfängerin oder lieber Empfänger,

ich bin nicht gut im Briefeschreiben, deshalb nur ein paar Zeilen. Ich hoffe sehr, dass es Ihnen gut geht und dass die neuen Zellen ihre Arbeit machen. Bei mir ist alles wieder wie vorher, nur dass ich jetzt öfter an einen Menschen denke, den ich nicht kenne.

Passen Sie gut auf sich auf. Ich drücke Ihnen alle Daumen, die ich habe.

Herzliche Grüße
Ihr Spender
""", [], known={"names": ["Bernd Lohmann"], "places": ["Gütersloh"], "organisations": ["DKMS"], "other": []})

# ======================================== Hindi (Devanagari) ========================================

add("hi", "patient_to_donor", """
आदरणीय दाता जी,

सादर प्रणाम। मैं लखनऊ से लिख रहा हूँ। मेरी उम्र 45 वर्ष है और मैं एक सरकारी इंटर कॉलेज में गणित पढ़ाता हूँ। पिछले साल जब मुझे ब्लड कैंसर का पता चला, तो लगा जैसे सब कुछ ख़त्म हो गया। मेरे दोनों भाइयों का HLA मैच नहीं हुआ और हम बहुत निराश हो गए थे।

फिर एक दिन डॉक्टर साहब ने बताया कि एक अनजान दाता मिल गया है। २ मार्च २०२२ को एसजीपीजीआई में मेरा ट्रांसप्लांट हुआ। वहाँ मेरा UHID नंबर 2021118734 था, जो मुझे आज भी ज़बानी याद है। मेरी पत्नी सुनीता उस दिन पूरे समय हनुमान चालीसा पढ़ती रहीं। मैं आज भी सोचता हूँ कि आपने एक ऐसे इंसान के लिए इतना बड़ा काम किया जिसे आप जानते भी नहीं।

अब मैं फिर से कक्षा में जाने लगा हूँ। बच्चे पूछते हैं कि सर इतने दिन कहाँ थे, तो मैं कहता हूँ कि एक फ़रिश्ते से मिलने गया था। इस होली पर हमने घर में सबसे पहले आपके नाम का गुलाल भगवान को चढ़ाया।

ईश्वर आपको लंबी उम्र और ढेर सारी ख़ुशियाँ दे।

आपका आभारी,
एक शिक्षक
""", [("लखनऊ", LOC), ("45", AGE), ("२ मार्च २०२२", DATE), ("एसजीपीजीआई", ORG), ("2021118734", OID), ("सुनीता", P)],
    known={"names": ["Rakesh Kumar Mishra"], "places": ["Lucknow"], "organisations": ["SGPGIMS Lucknow"], "other": []})

add("hi", "donor_to_patient", """
प्रिय मित्र,

नमस्ते! मैं आपकी दाता हूँ। मेरी उम्र 26 साल है और मैं जयपुर में रहती हूँ। मैं कथक सिखाती हूँ, इसलिए जब डॉक्टर ने कहा कि इंजेक्शन के बाद कुछ दिन हड्डियों में दर्द रहेगा, तो मुझे सबसे ज़्यादा चिंता अपनी क्लास की थी!

मैंने कॉलेज में दात्री के कैंप में रजिस्टर किया था। मेरी सहेली पूजा मुझे ज़बरदस्ती ले गई थी। जब पाँच साल बाद फ़ोन आया तो सबसे पहले मैंने उसी को बताया। मेरी माँ ने घर पर पूजा-पाठ रखवाया और पूरे मोहल्ले को लड्डू बाँटे, हालाँकि किसी को ठीक से समझ नहीं आया कि हुआ क्या है।

15 जनवरी 2023 को मैंने स्टेम सेल दान किए। पूरा दिन लगा, पर नर्सें बहुत अच्छी थीं और मैंने लेटे-लेटे पूरी फ़िल्म देख ली।

मुझे नहीं पता आप कौन हैं, कहाँ हैं, कितने बड़े हैं। बस इतना चाहती हूँ कि आप जल्दी ठीक हो जाएँ और फिर से अपनी पसंद की हर चीज़ कर सकें।

ढेर सारा प्यार,
आपकी दाता
""", [("26", AGE), ("जयपुर", LOC), ("दात्री", ORG), ("पूजा", P, 0), ("15 जनवरी 2023", DATE)],
    ok=("पूजा",))

add("hi", "family_to_donor", """
प्रिय दाता जी,

मैं उस बच्चे का पिता हूँ जिसे आपने नई ज़िंदगी दी। मेरे बेटे का नाम आर्यन है, लेकिन घर में सब उसे गोलू बुलाते हैं। वह अभी आठ साल का है। जब वह छह साल का था तब उसे थैलेसीमिया मेजर के कारण हर महीने खून चढ़ाना पड़ता था।

हम पटना से हैं। ट्रांसप्लांट के लिए हमें दिल्ली जाना पड़ा, एम्स में। ०७/११/२०२२ को गोलू का ट्रांसप्लांट हुआ, छठ पूजा के ठीक बाद। उस साल हम छठ घाट पर नहीं जा सके, लेकिन उसकी माँ ने अस्पताल के कमरे में ही सूरज भगवान को अर्घ्य दिया।

आज गोलू स्कूल जाता है, क्रिकेट खेलता है और अपनी दीदी से रोज़ लड़ता है। डॉक्टर कहते हैं कि अब उसे खून चढ़ाने की ज़रूरत नहीं है। यह सुनकर मैं सड़क पर ही रो पड़ा था।

आप जहाँ भी हों, भगवान आपको हमेशा ख़ुश रखे। हमारा पूरा परिवार आपका ऋणी है।

आपका,
गोलू के पापा
""", [("आर्यन", P), ("गोलू", P, 0), ("आठ", AGE), ("छह", AGE), ("पटना", LOC), ("दिल्ली", LOC), ("एम्स", ORG),
      ("०७/११/२०२२", DATE), ("गोलू", P, 1), ("गोलू", P, 2), ("गोलू", P, 3)])

add("hi", "patient_to_donor", """
बेटा/बिटिया,

मुझे नहीं पता आप लड़का हैं या लड़की, इसलिए दोनों लिख रही हूँ। मेरी उम्र अड़सठ साल है। बनारस में अस्सी घाट के पास हमारा पुराना घर है, जहाँ मैं पचास साल से रह रही हूँ। रोज़ सुबह गंगा जी के दर्शन करके ही दिन शुरू होता है।

जब डॉक्टरों ने कहा कि इस उम्र में ट्रांसप्लांट मुश्किल है, तो मैंने कहा कि मुझे अपनी पोती की शादी देखनी है। मेरी पोती को हम सब गुड़िया बुलाते हैं। वह बचपन में अपनी गुड़िया से भी ज़्यादा प्यारी थी। महामना कैंसर सेंटर के डॉक्टरों ने बहुत हिम्मत दी।

अब मैं फिर से घाट तक पैदल जाती हूँ, धीरे-धीरे ही सही। कार्तिक पूर्णिमा पर मैंने आपके नाम का एक दीया गंगा जी में बहाया। बाबा विश्वनाथ आपकी रक्षा करें।

ढेर सारे आशीर्वाद के साथ,
आपकी दादी
""", [("अड़सठ", AGE), ("बनारस", LOC), ("अस्सी घाट", LOC), ("गुड़िया", P, 0), ("महामना कैंसर सेंटर", ORG)],
    known={"names": ["Kamla Devi Pandey"], "places": ["Varanasi"],
           "organisations": ["Mahamana Pandit Madan Mohan Malaviya Cancer Centre"], "other": []},
    ok=("गुड़िया",))

add("hi", "donor_to_family", """
आदरणीय परिवार,

आज मुझे पता चला कि जिन्हें मैंने अपनी स्टेम सेल दी थीं, वे अब इस दुनिया में नहीं रहे। मुझे बहुत दुख है। मैं दिल्ली में रहता हूँ और उस दिन से लगातार आपके परिवार के बारे में सोच रहा हूँ।

मैं आपका दर्द कम नहीं कर सकता। बस इतना कहना चाहता हूँ कि मैंने पूरे मन से, पूरी प्रार्थना के साथ दान किया था। ईश्वर उनकी आत्मा को शांति दे और आप सबको यह दुख सहने की शक्ति दे।

ओम शांति।
आपका दाता
""", [("दिल्ली", LOC)])

add("hi", "patient_to_donor", """
प्रिय दाता,

मेरा नाम लिखने की इजाज़त नहीं है, इसलिए बस इतना बताता हूँ कि मैं इंदौर का 21 साल का लड़का हूँ और एसजीएसआईटीएस में मैकेनिकल इंजीनियरिंग के तीसरे साल में पढ़ता हूँ। पिछले साल सेमेस्टर परीक्षा से ठीक पहले मुझे बहुत तेज़ बुख़ार आया और जाँच में पता चला कि मुझे एप्लास्टिक एनीमिया है।

मेरी माँ आशा ने उस दिन से एक भी दिन आराम नहीं किया। वेल्लोर में हम चार महीने रहे, एक छोटे से किराए के कमरे में। आशा है कि आप समझ सकेंगे कि एक माँ के लिए यह कितना कठिन था। मेरा ट्रांसप्लांट सीएमसी में हुआ और अब मेरी रिपोर्ट्स बिल्कुल ठीक हैं।

मैं वापस कॉलेज जाने लगा हूँ। दोस्तों ने मेरे लौटने पर सराफ़ा बाज़ार में पार्टी दी, हालाँकि मुझे अभी बाहर का खाना मना है, तो मैं बस देखता रहा!

अगर कभी नियम अनुमति दें, तो मुझसे ज़रूर बात कीजिए। मेरा नंबर है ९८२७०१२३४५।

धन्यवाद, दिल से।
आपका छोटा भाई
""", [("इंदौर", LOC), ("21", AGE), ("एसजीएसआईटीएस", ORG), ("आशा", P, 0), ("वेल्लोर", LOC), ("सीएमसी", ORG),
      ("सराफ़ा बाज़ार", LOC), ("९८२७०१२३४५", CON)],
    known={"names": ["Anmol Choudhary", "Asha Choudhary"], "places": ["Indore"], "organisations": [],
           "other": ["9827012345"]},
    ok=("आशा",))

add("hi", "donor_to_patient", """
जय हिंद!

मैं आपका दाता हूँ। मैं चौंतीस साल का हूँ और भारतीय सेना में हूँ। पिछले दो साल मेरी पोस्टिंग सियाचिन में थी, जहाँ माइनस चालीस डिग्री में भी हम हँसते रहते थे। जब दात्री से फ़ोन आया तब मैं छुट्टी पर अपने गाँव आया हुआ था, हिसार के पास।

मेरे पिताजी किसान हैं। उन्होंने पूछा कि इसमें कोई ख़तरा तो नहीं। मैंने कहा, बापू, सरहद पर खड़े होने से तो कम ही है। वे हँस दिए और बोले, जा, किसी की जान बचा।

मैंने बस चार दिन इंजेक्शन लिए और एक दिन अस्पताल में मशीन से जुड़ा रहा। मेरे लिए यह कुछ भी नहीं था। आपके लिए यह सब कुछ हो, यही दुआ है।

हिम्मत रखिए। फ़ौजी कभी हार नहीं मानते, और अब आपके अंदर भी थोड़ा सा फ़ौजी है।

आपका भाई
""", [("चौंतीस", AGE), ("भारतीय सेना", ORG), ("सियाचिन", LOC), ("दात्री", ORG), ("हिसार", LOC)])

add("hi", "family_to_donor", """
प्रिय दाता जी,

मैं दीपिका की माँ हूँ। दीपिका अभी बारह साल की है और भोपाल के केंद्रीय विद्यालय में सातवीं कक्षा में पढ़ती है। पिछले साल उसे ल्यूकेमिया हो गया था। कीमोथेरेपी के बाद बीमारी फिर लौट आई, और डॉक्टरों ने कहा कि अब ट्रांसप्लांट ही एकमात्र रास्ता है।

मार्च 2023 में बीएमएचआरसी में उसका ट्रांसप्लांट हुआ। वह अस्पताल भोपाल गैस पीड़ितों के लिए बना था, और मेरे ससुर जी भी वहीं इलाज कराते थे, इसलिए हमें वह जगह पहले से जानी-पहचानी लगी।

इस नवरात्रि दीपिका ने तीन साल बाद पहली बार गरबा किया। बस दस मिनट, फिर थककर बैठ गई, लेकिन उसके चेहरे की ख़ुशी मैं कभी नहीं भूलूँगी।

आपने हमारी बेटी को लौटा दिया। इससे बड़ा उपहार कोई नहीं हो सकता।

सादर,
दीपिका की माँ
""", [("दीपिका", P, 0), ("दीपिका", P, 1), ("बारह", AGE), ("भोपाल", LOC, 0), ("केंद्रीय विद्यालय", ORG),
      ("मार्च 2023", DATE), ("बीएमएचआरसी", ORG), ("भोपाल", LOC, 1), ("दीपिका", P, 2), ("दीपिका", P, 3)])

add("hi", "patient_to_donor", """
सत श्री अकाल जी,

मैं पंजाब का एक किसान हूँ, उम्र 55 साल। लुधियाना के पास हमारा गाँव है, जहाँ मेरे पुरखों के ज़माने से हम गेहूँ और धान उगाते आए हैं। हिंदी ज़्यादा अच्छी नहीं लिख पाता, ग़लतियाँ माफ़ करना।

डीएमसी में मेरा ट्रांसप्लांट हुआ। उन दिनों मेरा बड़ा बेटा कनाडा से वापस आ गया था और पूरे तीन महीने मेरे पास रहा। मेरी घरवाली हर रोज़ गुरुद्वारा दुख निवारण साहिब जाकर अरदास करती थी। वाहेगुरु ने हमारी सुन ली और आपको भेज दिया।

अब मैं फिर से खेत पर जाता हूँ, ट्रैक्टर ख़ुद चलाता हूँ। डॉक्टर कहते हैं धूल से बचो, तो मुँह पर कपड़ा बाँधकर जाता हूँ। गाँव वाले कहते हैं, सरदार जी डाकू लग रहे हो!

आपको मेरी तरफ़ से और मेरे पूरे टब्बर की तरफ़ से लख-लख धन्यवाद। वाहेगुरु जी का ख़ालसा, वाहेगुरु जी की फ़तह।
""", [("पंजाब", LOC), ("55", AGE), ("लुधियाना", LOC), ("डीएमसी", ORG), ("कनाडा", LOC), ("गुरुद्वारा दुख निवारण साहिब", ORG)],
    known={"names": ["Gurnam Singh Gill"], "places": ["Ludhiana"], "organisations": ["Dayanand Medical College & Hospital"],
           "other": []})

add("hi", "donor_to_patient", """
नमस्कार,

मैं आपकी दाता हूँ, उनतीस साल की, और ठाणे में रहती हूँ। मैं बेस्ट की बस में कंडक्टर हूँ, रोज़ सुबह पाँच बजे से टिकट काटती हूँ। मेरे रूट के लोग मुझे पहचानते हैं, तो जब मैं दान के लिए छुट्टी पर गई, सबने पूछा कि ताई कहाँ गई थी!

शुक्रवार, 3 फ़रवरी 2023 को मैंने अस्पताल में स्टेम सेल दान किए। मेरी आई पहले बहुत डरी हुई थी। उसे लगा कि मेरी रीढ़ की हड्डी से कुछ निकालेंगे। जब उसने देखा कि बस हाथ में सुई लगी है, तब जाकर उसे चैन आया।

गणपति बाप्पा से रोज़ आपके लिए प्रार्थना करती हूँ। अगर कभी आप मुझसे बात करना चाहें और नियम इजाज़त दें, तो मुझे लिखिए: sunita.more अट जीमेल डॉट कॉम।

जल्दी ठीक हो जाइए। गणपति बाप्पा मोरया!

आपकी दीदी
""", [("उनतीस", AGE), ("ठाणे", LOC), ("बेस्ट", ORG), ("शुक्रवार, 3 फ़रवरी 2023", DATE),
      ("sunita.more अट जीमेल डॉट कॉम", CON)],
    known={"names": ["Sunita More"], "places": ["Thane"], "organisations": ["BEST"], "other": ["sunita.more@gmail.com"]})

# ======================================== Hindi (Hinglish, Latin script) ========================================

add("hi", "patient_to_donor", """
Hello donor bhai/behen!!

Mera naam Rahul hai par koi bhi Rahul nahi bulata, sab Sunny hi bolte hain, even mere professors bhi. Main 19 saal ka hoon aur DU mein B.Com kar raha hoon. Pichle saal first year ke beech mein hi pata chala ki mujhe blood cancer hai. Ekdum filmy scene tha yaar, canteen mein chakkar aaya aur seedha hospital.

Rajiv Gandhi Cancer Institute mein 28 Oct 2022 ko mera transplant hua. Mummy ne poore teen mahine wahi bench pe guzaare, Papa roz Laxmi Nagar se tiffin leke aate the. Sach bolun toh sabse mushkil cheez thi bina phone ke isolation room mein rehna lol.

Ab main theek hoon, baal bhi wapas aa gaye (pehle se zyada ghane 😎). Maine Insta pe apni poori journey daali hai, @sunny_fightsback, bahut logon ne wahan dekh ke DATRI mein register kiya.

Aaj dhoop waala sunny din hai aur main balcony mein baith ke ye likh raha hoon. Thank you bhai, ya behen, jo bhi ho. Aap legend ho. 🙏

Sunny
""", [("Rahul", P, 0), ("Rahul", P, 1), ("Sunny", P, 0), ("19", AGE), ("DU", ORG), ("Rajiv Gandhi Cancer Institute", ORG),
      ("28 Oct 2022", DATE), ("Laxmi Nagar", LOC), ("@sunny_fightsback", CON), ("DATRI", ORG), ("Sunny", P, 1)],
    known={"names": ["Rahul Khurana"], "places": ["Laxmi Nagar, Delhi"], "organisations": ["Rajiv Gandhi Cancer Institute & Research Centre"],
           "other": []})

add("hi", "donor_to_patient", """
Kem cho, dear friend!

Main aapki donor hoon. Meri age 33 hai aur main Anand mein Amul ke quality lab mein kaam karti hoon, toh aap samajh sakte ho, doodh se zyada main kisi cheez ke baare mein nahi jaanti 😄

Maine register college ke time kiya tha, jab ek senior ke bhai ko donor chahiye tha. Phir sab bhool gayi. Jab call aaya toh mera pehla sawaal tha, "Navratri se pehle ho jayega na?" Kyunki main garba kabhi miss nahi karti. Donation Zydus Hospital mein hua, Navratri se do hafte pehle, aur haan, main garba karne gayi! Thoda dheere, par gayi.

Mere husband ne pehle bahut tension li, phir khud bhi register ho gaye. Ab hamare office ke aadhe log registry mein hain.

Aap apna khayal rakhna. Dal-chawal khao, aaram karo, aur jab theek ho jao toh ek baar garba zaroor try karna. Jai Shri Krishna!

Aapki donor
""", [("33", AGE), ("Anand", LOC), ("Amul", ORG), ("Zydus Hospital", ORG)])

add("hi", "family_to_donor", """
Assalamualaikum,

Main us bachche ki ammi hoon jisko aapne stem cells diye. Mera beta ab 10 saal ka hai. Uska naam main nahi likh sakti par ghar mein sab usse Munna bolte hain. Allah ka lakh lakh shukr hai ki aap mile.

Hum Hyderabad mein rehte hain, Charminar ke bilkul paas. Munna ka transplant KIMS Hospital mein 15 August ko hua, Independence Day ke din. Hospital mein sab nurses ne uske bed ke paas chhota sa tiranga lagaya tha aur bola ki aaj iski bhi azaadi ka din hai.

Ab woh school jaata hai, cricket khelta hai, aur biryani ke liye zid karta hai. Doctor ne abhi bahar ka khana mana kiya hai toh main ghar pe hi banati hoon. Ramzan mein pehli baar usne ek roza bhi rakha, bas aadha din, phir mujhse chupke se khajoor kha li 😊

Aapke liye har namaz mein dua karti hoon. Allah aapko sehat aur khushiyan de.

Munna ki Ammi
""", [("10", AGE), ("Munna", P, 0), ("Hyderabad", LOC), ("Charminar", LOC), ("Munna", P, 1), ("KIMS Hospital", ORG),
      ("15 August", DATE), ("Munna", P, 2)])

add("hi", "patient_to_donor", """
Namaskar donor ji,

Mi Pune chi aahe, matlab main Pune se hoon 😊 Meri age 27 hai aur main Hinjewadi mein TCS mein kaam karti hoon. Lockdown ke baad se ghar se hi kaam chal raha tha, aur wahi time tha jab report aayi ki mujhe AML hai.

Ruby Hall mein mera transplant hua, 9 January 2023 ko. Aai ne uss din upvaas rakha tha aur Baba Dagdusheth ganpati ke darshan karke aaye the. Mera chhota bhai Omkar har roz video call pe mujhe gaane sunata tha, badly, par usse hi mera mood theek hota tha.

Ab main bilkul theek hoon. Wapas office jaane lagi hoon, haftey mein do din. Sinhagad ka trek ab bhi allowed nahi hai, par next monsoon pakka jaungi, aur top pe pahunch ke aapke liye ek photo lungi.

Agar rules allow karein toh please contact karna. Mera number hai +91 98901 12233.

Khup khup dhanyavaad! Bahut bahut shukriya!
""", [("Pune", LOC, 0), ("Pune", LOC, 1), ("27", AGE), ("Hinjewadi", LOC), ("TCS", ORG), ("Ruby Hall", ORG),
      ("9 January 2023", DATE), ("Dagdusheth ganpati", ORG), ("Omkar", P), ("Sinhagad", LOC), ("+91 98901 12233", CON)],
    known={"names": ["Snehal Kulkarni"], "places": ["Pune"], "organisations": ["Ruby Hall Clinic"],
           "other": ["+91-9890112233"]})

# ======================================== French ========================================

add("fr", "patient_to_donor", """
Cher donneur, chère donneuse,

Je ne sais pas comment commencer, alors je commence par le plus important : merci. J'ai fêté mes 19 ans dans une chambre stérile à Édouard-Herriot, avec un gâteau que personne n'avait le droit de manger à part moi. Mes potes m'ont chanté joyeux anniversaire à travers la vitre, c'était à la fois nul et magnifique.

Ma greffe a eu lieu le 14 juillet 2022. Pendant que tout le monde regardait le feu d'artifice au-dessus de Fourvière, moi je regardais la poche de vos cellules descendre goutte à goutte. Ma mère dit que c'était mon feu d'artifice à moi.

Aujourd'hui je suis retourné en fac, en licence de socio à Lyon 2. Je prends toujours des tonnes de médicaments et je dois éviter le soleil, ce qui est pénible pour quelqu'un qui adore les quais du Rhône en été. Mais je suis là.

Je ne saurai sans doute jamais qui vous êtes. Sachez juste qu'à Lyon il y a un étudiant un peu maladroit qui pense à vous très souvent.

Avec toute ma gratitude,
votre receveur
""", [("19", AGE), ("Édouard-Herriot", ORG), ("14 juillet 2022", DATE), ("Fourvière", LOC), ("Lyon 2", ORG),
      ("Rhône", LOC), ("Lyon", LOC, 1)],
    known={"names": ["Yanis Benali"], "places": ["Lyon 7e"], "organisations": ["Hospices Civils de Lyon"], "other": []})

add("fr", "donor_to_patient", """
Bonjour à vous,

Je suis votre donneuse. On m'a dit que je pouvais vous écrire quelques mots, à condition de ne pas trop en dire sur moi. Alors voilà l'essentiel : j'ai 38 ans, deux enfants, un mari patient et je suis ostréicultrice à Cancale, les pieds dans l'eau par tous les temps.

Je me suis inscrite sur le registre il y a dix ans, après un don de sang à l'EFS de Saint-Malo. Je n'y pensais plus du tout quand on m'a appelée en mars 2023. J'ai dit oui tout de suite, et ensuite seulement j'ai demandé ce que ça impliquait !

Le prélèvement s'est très bien passé. Un peu fatiguée les jours suivants, c'est tout. Mes collègues ont assuré les marées pour moi, et le premier jour de retour au parc, ils m'avaient préparé une banderole : « Bienvenue à l'héroïne ». Je n'ai rien d'une héroïne, c'est vous qui vous battez.

Je vous souhaite de retrouver des forces, l'appétit, et pourquoi pas un jour le goût des huîtres.

Bien amicalement,
votre donneuse
""", [("38", AGE), ("ostréicultrice", OID), ("Cancale", LOC), ("EFS", ORG), ("Saint-Malo", LOC), ("mars 2023", DATE)])

add("fr", "family_to_donor", """
Bonjour cher donneur,

Je suis la maman du petit garçon qui a reçu vos cellules souches. Félix a maintenant 4 ans et il est en pleine forme, il grimpe partout, il parle sans arrêt, il dit « tabarnouche » quand il échappe quelque chose (on ne sait pas où il a pris ça).

On habite au Saguenay, alors pendant la greffe on a vécu presque quatre mois à Montréal, au Manoir Ronald McDonald, pas loin de Sainte-Justine. La greffe a eu lieu le 2 novembre 2022. L'équipe d'hémato-oncologie a été extraordinaire. Une infirmière, Mélanie, venait lui lire « Paw Patrol » chaque soir même quand elle n'était pas de garde.

Héma-Québec nous a expliqué que vous veniez sûrement de l'extérieur du pays. On vous imagine souvent, quelque part dans le monde, en train de vivre votre vie sans savoir qu'un petit bonhomme au Québec porte un bout de vous.

Cette année pour la Saint-Jean, Félix a vu ses premiers feux. Il a crié « encore ! » pendant une heure.

Merci du fond du cœur,
la maman de Félix
""", [("Félix", P, 0), ("4", AGE), ("Saguenay", LOC), ("Montréal", LOC), ("Manoir Ronald McDonald", ORG),
      ("Sainte-Justine", ORG), ("2 novembre 2022", DATE), ("Mélanie", P), ("Héma-Québec", ORG), ("Québec", LOC, 1),
      ("Félix", P, 1), ("Félix", P, 2)],
    known={"names": ["Félix Tremblay", "Geneviève Gagnon"], "places": ["Chicoutimi"], "organisations": ["CHU Sainte-Justine"],
           "other": []})

add("fr", "patient_to_donor", """
Cher ami inconnu,

J'ai soixante-deux ans, je suis liégeois de naissance et de cœur, et je n'ai jamais écrit une lettre aussi importante de toute ma vie. Ma femme relit par-dessus mon épaule et corrige mes fautes, alors si vous en trouvez, c'est elle qu'il faut blâmer.

On m'a greffé au CHU de Liège le jeudi 16 février 2023. Avant ça, septante jours d'hôpital, deux chimios et beaucoup de doutes. Le jour J, l'infirmière m'a dit : « Monsieur Dethier, c'est votre deuxième anniversaire », et j'ai pleuré comme un gamin.

Je suis supporter du Standard depuis l'âge de six ans. J'ai raté toute la saison, mais mon petit-fils Noah m'envoyait les résumés sur mon téléphone. Ce printemps, je suis retourné à Sclessin pour la première fois. J'avais mon masque et ma casquette, mais j'y étais !

Je ne sais pas si vous êtes d'ici ou du bout du monde. Ça n'a pas d'importance. Vous êtes un peu de ma famille maintenant.

Avec toute mon amitié,
un Liégeois reconnaissant
""", [("soixante-deux", AGE), ("CHU de Liège", ORG), ("jeudi 16 février 2023", DATE), ("Monsieur Dethier", P),
      ("Standard", ORG), ("six", AGE), ("Noah", P), ("Sclessin", LOC)],
    known={"names": ["Jean-Marc Dethier"], "places": ["Liège"], "organisations": ["CHU de Liège"], "other": []})

add("fr", "donor_to_patient", """
Bonjour,

Je m'appelle… non, je n'ai pas le droit de vous le dire ! Je peux quand même vous raconter que j'ai 29 ans, que je vis à Genève et que je travaille comme horlogère, ce qui veut dire que je passe mes journées penchée sur des pièces minuscules. Ironiquement, les cellules que je vous ai données sont encore plus petites.

Je me suis inscrite chez Transfusion CRS Suisse après qu'une collègue a perdu son frère faute de donneur. Le prélèvement a eu lieu aux HUG, tout près de chez moi. J'ai passé la journée à regarder le lac par la fenêtre et à manger les biscuits des infirmières.

Cet hiver, à l'Escalade, j'ai cassé la marmite en pensant à vous. C'est une tradition d'ici : on casse une marmite en chocolat et on fait un vœu. J'ai fait le vôtre.

Si un jour on a le droit, écrivez-moi : m.favre arobase bluewin point ch. En attendant, je vous souhaite tout le courage du monde.

Chaleureusement,
votre donneuse
""", [("29", AGE), ("Genève", LOC), ("horlogère", OID), ("Transfusion CRS Suisse", ORG), ("HUG", ORG),
      ("m.favre arobase bluewin point ch", CON)],
    known={"names": ["Mélissa Favre"], "places": ["Genève"], "organisations": ["Patek Philippe SA"],
           "other": ["m.favre@bluewin.ch"]})

add("fr", "family_to_donor", """
Chère donneuse, cher donneur,

Notre fille Inès nous a quittés le 8 septembre 2023, à l'Institut Paoli-Calmettes, à 23 ans. Je vous écris parce qu'elle me l'avait demandé. Elle disait : « Maman, si ça tourne mal, tu écriras quand même à mon donneur, pour lui dire merci. »

Grâce à vous, elle a eu presque un an de plus. Un an pendant lequel elle a fini son master, fêté ses 23 ans sur la plage des Catalans avec ses amies, et revu le Vélodrome une dernière fois pour un match de l'OM. Elle est montée jusqu'à Notre-Dame-de-la-Garde en avril, à pied, en s'arrêtant tous les vingt mètres, pour allumer un cierge pour vous.

Nous ne vous en voulons de rien, au contraire. Vous lui avez donné du temps, et ce temps-là, c'est ce qui nous reste d'elle de plus beau.

Prenez soin de vous. Une famille de Marseille vous garde dans son cœur.

La maman d'Inès
""", [("Inès", P, 0), ("8 septembre 2023", DATE), ("Institut Paoli-Calmettes", ORG), ("23", AGE, "à 23 ans"),
      ("23", AGE, "ses 23 ans"), ("plage des Catalans", LOC), ("Vélodrome", LOC), ("OM", ORG),
      ("Notre-Dame-de-la-Garde", LOC), ("Marseille", LOC), ("Inès", P, 1)])

add("fr", "patient_to_donor", """
Madame, Monsieur,

Je ne suis pas un homme de plume, je suis paysan. J'ai 73 ans et je cultive des noix du côté de Sarlat depuis que mon père m'a laissé la ferme. Dans le canton, je suis le seul à faire encore de l'huile de noix au moulin à meule de pierre, alors les gens me connaissent, et quand je suis tombé malade, tout le monde l'a su.

Les médecins de Haut-Lévêque m'ont dit qu'à mon âge une greffe, c'était un pari. J'ai répondu que j'avais passé ma vie à parier sur la météo, alors un de plus ou de moins. La greffe a eu lieu en mai 2022 et je m'en suis sorti.

Mon petit-fils Théo, qui a douze ans, m'aide maintenant au ramassage. Il dit que j'ai un « cœur de donneur » maintenant, il confond un peu les organes, mais l'idée est là.

Je vous souhaite une bonne santé et une longue vie. Si vous passez un jour en Périgord, il y aura toujours une bouteille d'huile pour vous.

Avec mes respects,
un vieux paysan reconnaissant
""", [("73", AGE), ("Sarlat", LOC), ("le seul à faire encore de l'huile de noix au moulin à meule de pierre", OID),
      ("Haut-Lévêque", ORG), ("mai 2022", DATE), ("Théo", P), ("douze", AGE), ("Périgord", LOC)])

add("fr", "donor_to_patient", """
coucou toi 👋

alors voilà je suis ta donneuse !! j'ai 20 ans, je suis en deuxième année à Sciences Po et franchement j'ai jamais fait un truc aussi utile de toute ma vie 😅 je me suis inscrite au registre après avoir vu une vidéo sur TikTok d'une fille qui cherchait un donneur, et deux ans plus tard boum, on m'appelle.

le prélèvement c'était à Saint-Louis, j'ai regardé trois épisodes de Lupin et j'ai mangé genre quinze compotes. ma coloc m'a fait un gâteau avec écrit « super-héroïne » dessus, j'ai trop rigolé.

je sais pas qui t'es, si t'es petit ou vieux ou quoi, mais j'espère trop que tu vas bien. j'ai tout raconté sur mon insta (@chloe.donne) pour que d'autres s'inscrivent, on est déjà une trentaine dans ma promo !

prends soin de toi, vraiment ❤️
Chloé
""", [("20", AGE), ("Sciences Po", ORG), ("Saint-Louis", ORG), ("@chloe.donne", CON), ("Chloé", P)])

add("fr", "donor_to_family", """
Madame, Monsieur,

L'Agence de la biomédecine m'a appris le décès de la personne à qui j'avais donné mes cellules. Je voulais vous dire, simplement, que je partage votre peine.

Depuis le don, je pensais à elle ou à lui presque chaque matin, en promenant mon chien le long des falaises, ici en Normandie. Je continuerai à y penser, autrement.

Je vous souhaite beaucoup de courage, et de la douceur dans les jours qui viennent.

Avec toute ma sympathie,
le donneur
""", [("Agence de la biomédecine", ORG), ("Normandie", LOC)])

# ======================================== Spanish ========================================

add("es", "patient_to_donor", """
Querido donante:

Me llamo Amparo y tenía 34 años cuando me dijeron que tenía una leucemia. Fue en plenas Fallas, con el ruido de las mascletàs de fondo, y recuerdo que pensé: ya está, aquí se acaba todo. Pero no se acabó.

El trasplante fue el 23 de noviembre de 2022 en La Fe. La Fundación Josep Carreras buscó por todo el mundo y al final aparecisteis vosotros, bueno, tú. Mi marido, Vicent, dice que tiene celos de ti porque ahora llevo dentro algo que él no me ha podido dar.

Soy maestra de infantil en un colegio de Benimaclet, y cuando volví al aula los niños me habían hecho un mural enorme con corazones. Uno de ellos me preguntó si el donante era un superhéroe. Le dije que sí.

Este año, por primera vez en mucho tiempo, he podido ir andando hasta la Malvarrosa y meter los pies en el mar. Me he acordado de ti.

No sé si algún día podré darte las gracias en persona. Por si acaso, te las doy aquí: gracias, gracias, gracias.

Un abrazo enorme,
Amparo
""", [("Amparo", P, 0), ("34", AGE), ("23 de noviembre de 2022", DATE), ("La Fe", ORG), ("Fundación Josep Carreras", ORG),
      ("Vicent", P), ("Benimaclet", LOC), ("Malvarrosa", LOC), ("Amparo", P, 1)],
    known={"names": ["Amparo Sanchis Ferrer"], "places": ["València"], "organisations": ["Hospital Universitari i Politècnic La Fe"],
           "other": []})

add("es", "donor_to_patient", """
¡Hola, hermano o hermana de sangre!

Soy tu donante. Tengo 27 años, soy de Guadalajara, Jalisco, y trabajo de mariachi los fines de semana en la plaza de Tlaquepaque (entre semana soy contador, que es mucho menos divertido). Si quieres oírnos, tenemos página: w w w punto mariachilosgallos punto com punto mx. Cuando me llamaron para decirme que era compatible con alguien, pensé que era una broma de mis compas.

La donación fue en marzo de 2023 en el Centro Médico Nacional Siglo XXI, en la Ciudad de México. Viajé con mi mamá, que no me dejó solo ni un minuto y que les llevó tamales a todas las enfermeras. Me pusieron en un sillón por horas y yo cantando bajito para pasar el tiempo.

Soy de las Chivas, por si te interesa. Si eres del Atlas, te perdono, pero solo esta vez.

Te deseo mucha fuerza, mucha fe y muchas ganas de vivir. Aquí en mi tierra ya hay una veladora prendida por ti en la parroquia de mi colonia.

Un abrazo fuerte,
tu donante
""", [("27", AGE), ("Guadalajara", LOC), ("Jalisco", LOC), ("mariachi los fines de semana", OID), ("Tlaquepaque", LOC), ("w w w punto mariachilosgallos punto com punto mx", CON),
      ("marzo de 2023", DATE), ("Centro Médico Nacional Siglo XXI", ORG), ("Ciudad de México", LOC), ("Chivas", ORG)])

add("es", "family_to_donor", """
Hola, querido donante:

Te escribo desde Lanús, al sur de Buenos Aires. Soy la mamá de Benjamín, pero acá todos le decimos Benja. Tiene 6 años y hace un año recibió tus células en el Garrahan, el 3 de agosto de 2022.

Fue el peor año de nuestras vidas y, al mismo tiempo, el año en que aprendimos lo buena que puede ser la gente. Los vecinos del barrio organizaron una rifa para ayudarnos con los viajes, la maestra del jardín le mandaba videos de sus compañeritos todas las semanas, y vos, sin conocernos, le diste lo más importante.

Ahora Benja va a primer grado, juega a la pelota en el club del barrio y dice que cuando sea grande va a ser "doctor de sangre". Es de Boca como el papá, aunque yo insisto en que todavía está a tiempo de cambiar.

Cada noche, antes de dormir, Benja dice "gracias, donante". No sabe cómo sos, pero te quiere.

Con todo nuestro cariño,
la familia de Benja
""", [("Lanús", LOC), ("Buenos Aires", LOC), ("Benjamín", P), ("Benja", P, 0), ("6", AGE), ("Garrahan", ORG),
      ("3 de agosto de 2022", DATE), ("Benja", P, 1), ("Boca", ORG), ("Benja", P, 2), ("Benja", P, 3)],
    known={"names": ["Benjamín Ferreyra", "Lorena Ferreyra"], "places": ["Lanús Oeste"], "organisations": ["Hospital de Pediatría Garrahan"],
           "other": []})

add("es", "patient_to_donor", """
Apreciado donante,

Le escribo desde Medellín. Tengo 52 años y una tienda de barrio en Laureles que se llama Donde Chucho, porque así me dicen a mí desde chiquito. Si alguna vez vienes a Colombia y pasas por ahí, pregunta por el señor de la tienda que casi se muere y no se murió. Todo el mundo sabe quién es.

Me hicieron el trasplante en el Pablo Tobón Uribe a mediados de 2022. Mi esposa Luz Marina no se despegó de mí ni un solo día. Mis hijos se turnaron para atender la tienda, y dicen que vendieron más que yo, cosa que no creo.

Los médicos me explicaron que mi donante era de otro país y que había viajado muy lejos para llegar a mí. Eso me puso a pensar que el mundo es más pequeño y más bueno de lo que uno cree.

Dios le pague, de verdad. Que la Virgen lo acompañe siempre.

Su amigo de Medellín
""", [("Medellín", LOC, 0), ("52", AGE), ("Laureles", LOC), ("Donde Chucho", ORG), ("Colombia", LOC),
      ("Pablo Tobón Uribe", ORG), ("mediados de 2022", DATE), ("Luz Marina", P), ("Medellín", LOC, 1)],
    known={"names": ["Jesús Alberto Restrepo"], "places": ["Medellín"], "organisations": ["Hospital Pablo Tobón Uribe"],
           "other": []})

add("es", "donor_to_patient", """
Hola:

Soy tu donante. Tengo 41 años y soy percebeira en Baiona, en las Rías Baixas, o sea que me gano la vida colgada de las rocas mientras me revienta el mar en la cara. Después de eso, que me pincharan en el brazo no me dio ningún miedo.

Me apunté al REDMO con 19 años, cuando una compañera de la cofradía necesitó un donante para su hijo. No fui compatible con él, pero me quedé en la lista. Y mira, al final sí he podido ayudar a alguien.

La extracción fue en Santiago. Mi hija pequeña, que tiene nueve años, me hizo un dibujo de una gota de sangre con capa y antifaz para llevar al hospital. Lo tengo pegado en la nevera.

Ojalá estés mejor cada día. Ojalá algún día puedas venir a comer unos percebes por aquí, que no hay medicina mejor.

Un abrazo muy grande desde Galicia,
tu donante
""", [("41", AGE), ("percebeira", OID), ("Baiona", LOC), ("Rías Baixas", LOC), ("REDMO", ORG), ("19", AGE), ("Santiago", LOC),
      ("nueve", AGE), ("Galicia", LOC)])

add("es", "family_to_donor", """
Estimado donante:

Le escribo para darle una noticia triste. Mi marido, Manolo, falleció el 2 de febrero de 2023 en el Virgen del Rocío, después de pelear como un jabato durante casi un año. Tenía sesenta y cuatro años.

Quiero que sepa que ese año fue un regalo. Gracias a usted, Manolo pudo ver nacer a nuestra primera nieta, pudo salir una última Madrugá con su Hermandad de la Macarena, aunque fuera en silla de ruedas y solo un ratito, y pudo despedirse de todos con la cabeza clara y el corazón en paz.

Él le tenía mucho cariño sin conocerle. Decía "mi donante" como quien dice "mi hermano". Cuando le pregunté qué quería que le dijera a usted si él no podía, me contestó: "Dile que no se arrepienta nunca, que mereció la pena".

Así que se lo digo: mereció la pena. Que Dios le bendiga y le guarde.

Con cariño,
la viuda de Manolo, desde Triana
""", [("Manolo", P, 0), ("2 de febrero de 2023", DATE), ("Virgen del Rocío", ORG), ("sesenta y cuatro", AGE),
      ("Manolo", P, 1), ("Hermandad de la Macarena", ORG), ("Manolo", P, 2), ("Triana", LOC)])

add("es", "patient_to_donor", """
holaaa donante!! 😊

soy Lucía, tengo 16 años y soy de Madrid. me trasplantaron en el Niño Jesús en enero de 2023 y ahora estoy muchísimo mejor, de verdad. al principio no quería escribirte porque no sabía qué decir, pero mi psicóloga dice que me va a venir bien, así que aquí estoy jajaja

lo peor fue perderme casi todo 4º de la ESO. lo mejor, que ahora mis amigas vienen a casa a hacer los deberes conmigo y me traen chuches. bueno, y que estoy VIVA, eso también 😂

soy súper del Real Madrid y el día que me dieron el alta había partido, así que lo vi en la tele del hospital con todas las enfermeras gritando. fue lo más.

si algún día se puede, escríbeme al insta: @luciaa.vuelve, ahí cuento todo mi proceso.

gracias por existir de verdad 💜💜
Lucía
""", [("Lucía", P, 0), ("16", AGE), ("Madrid", LOC, 0), ("Niño Jesús", ORG), ("enero de 2023", DATE), ("Real Madrid", ORG),
      ("@luciaa.vuelve", CON), ("Lucía", P, 1)],
    known={"names": ["Lucía Navarro Gil"], "places": ["Madrid"], "organisations": ["Hospital Infantil Universitario Niño Jesús"],
           "other": []})

add("es", "donor_to_family", """
Querida familia:

Me acaban de contar que su ser querido falleció. Lo siento muchísimo. Durante todos estos meses recé por él o por ella cada domingo en misa, sin saber su nombre, y lo seguiré haciendo.

No sé qué más decir, salvo que les acompaño en el sentimiento desde aquí, desde Oaxaca, y que ojalá el tiempo les traiga un poco de consuelo.

Con respeto y cariño,
su donante
""", [("Oaxaca", LOC)])

add("es", "donor_to_patient", """
Hola, amic o amiga:

Sóc el teu donant. Perdona, empiezo en catalán porque me sale solo, pero sigo en castellano para que me entiendas mejor. Tengo 45 años, vivo en el Penedès y desde hace veinte años subo castillos humanos con los Castellers de Vilafranca. Soy de la pinya, de los de abajo, los que aguantan el peso para que los pequeños puedan subir hasta arriba.

Cuando me dijeron que había alguien en algún lugar que me necesitaba, pensé que no era tan distinto: a veces te toca estar abajo aguantando para que otro llegue arriba.

La donación fue en el Vall d'Hebron. Todo fue muy bien, y el médico, el doctor Puig, me explicó cada paso con una paciencia infinita.

Te deseo que subas muy alto. Força i endavant!

Una abraçada,
el teu donant
""", [("45", AGE), ("Penedès", LOC), ("Castellers de Vilafranca", ORG), ("Vall d'Hebron", ORG), ("doctor Puig", P)])

# ======================================== Italian ========================================

add("it", "patient_to_donor", """
Caro donatore, cara donatrice,

sono un quarantenne napoletano con due figli, una moglie santa e una pizzeria a Mergellina che porta il nome di mio nonno. Chi passa sul lungomare la conosce, e infatti quando mi sono ammalato mezzo quartiere è venuto a chiedere di me.

Il trapianto l'ho fatto al Pascale il 21 aprile 2022. Ricordo che dalla finestra si vedeva un pezzetto di Vesuvio e io gli parlavo, tipo: "Tu stai lì da sempre, e io pure voglio restare". Mia moglie Carmela dice che ero sotto morfina, ma io ero lucidissimo.

L'ADMO mi ha spiegato che il donatore veniva da lontano. Allora ho pensato che forse non sei nemmeno italiano, e la cosa mi fa sorridere: un pezzo di me adesso è straniero, e io che non ho mai preso un aereo!

Quando lo scudetto è arrivato ero a casa, in piedi sul balcone con la sciarpa del Napoli. Ho pianto per la squadra e ho pianto per te.

Se un giorno vieni a Napoli, la pizza è offerta. Per sempre.

Con affetto e riconoscenza,
il tuo ricevente
""", [("pizzeria", OID), ("Mergellina", LOC), ("Pascale", ORG), ("21 aprile 2022", DATE),
      ("Vesuvio", LOC), ("Carmela", P), ("ADMO", ORG), ("Napoli", ORG, 0), ("Napoli", LOC, 1)],
    known={"names": ["Gennaro Esposito"], "places": ["Napoli"], "organisations": ["Istituto Nazionale Tumori Fondazione Pascale"],
           "other": []})

add("it", "donor_to_patient", """
Ciao!

Sono la tua donatrice. Ho 25 anni, studio economia in Bocconi e, come tutti qui a Milano, corro sempre da una parte all'altra. Mi sono iscritta all'IBMDR da diciottenne, durante una giornata di sensibilizzazione al liceo, e poi me ne sono completamente dimenticata fino alla telefonata.

Ti confesso che ho avuto un po' paura delle iniezioni, ma è stata una paura stupida. La donazione è andata benissimo, gli infermieri erano simpaticissimi e io ho passato la giornata a guardare serie tv e a mandare vocali alle mie amiche.

La sera dopo la donazione sono andata a fare l'aperitivo sul Naviglio con mia sorella. Abbiamo brindato a te, chiunque tu sia. Lei ha detto: "Alla salute di qualcuno che non conosciamo", ed era il brindisi più sincero che abbia mai fatto.

Ti auguro una guarigione veloce e una vita lunghissima.

Un abbraccio forte,
la tua donatrice
""", [("25", AGE), ("Bocconi", ORG), ("Milano", LOC), ("IBMDR", ORG), ("diciottenne", AGE), ("Naviglio", LOC)])

add("it", "family_to_donor", """
Gentile donatore,

siamo i genitori di una bambina che si chiama Chiara, e il nome le sta a pennello: ha gli occhi chiari, la risata chiara e adesso, finalmente, anche un futuro chiaro. Ha 9 anni e il 5 dicembre 2022, al Bambino Gesù, ha ricevuto le tue cellule.

Veniamo da un paesino dell'Abruzzo, quindi per mesi abbiamo vissuto a Roma, in una casa famiglia dell'associazione Peter Pan, vicino all'ospedale. Lì abbiamo conosciuto altre famiglie con storie come la nostra, e molte di loro sono diventate amiche per la vita.

Chiara era in ospedale anche il giorno della Befana. Le infermiere le hanno portato una calza piena di caramelle che non poteva mangiare, e lei le ha regalate tutte ai dottori.

Ora è tornata a scuola e ha ripreso danza. Ieri ci ha chiesto se il donatore balla. Non sapevamo cosa rispondere, così le abbiamo detto di sì.

Grazie dal profondo del cuore,
mamma e papà di Chiara
""", [("Chiara", P, 0), ("9", AGE), ("5 dicembre 2022", DATE), ("Bambino Gesù", ORG), ("Abruzzo", LOC), ("Roma", LOC),
      ("Peter Pan", ORG), ("Chiara", P, 1), ("Chiara", P, 2)])

add("it", "patient_to_donor", """
Caro amico che non conosco,

ho sessantotto anni e faccio il pastore sull'altopiano sopra Orgosolo, come mio padre e mio nonno prima di me. Non ho mai scritto una lettera a un forestiero. Mia nipote Grazia scrive per me quello che dico, perché la mia grafia non la capisce nessuno.

Quando mi hanno detto che mi serviva un trapianto, pensavo che fosse una cosa per giovani. Invece al Businco di Cagliari mi hanno trattato come un re, anche se io le pecore non le potevo lasciare e ogni giorno chiedevo a mio figlio come stavano.

Il trapianto è stato a ottobre del 2022. Adesso sono tornato in campagna, piano piano. Il dottor Melis dice niente formaggio crudo e niente fatiche. Il formaggio lo rispetto, le fatiche meno.

In Barbagia diciamo che chi ti salva la vita diventa tuo fratello di sangue. Tu lo sei davvero.

Salude e trigu, come diciamo noi: salute e grano, cioè che non ti manchi mai niente.

Il tuo fratello sardo
""", [("sessantotto", AGE), ("Orgosolo", LOC), ("Grazia", P), ("Businco", ORG), ("Cagliari", LOC), ("ottobre del 2022", DATE),
      ("dottor Melis", P), ("Barbagia", LOC)],
    known={"names": ["Giovanni Antonio Mesina"], "places": ["Orgosolo"], "organisations": ["Ospedale Oncologico A. Businco"],
           "other": []})

add("it", "donor_to_patient", """
Ciao,

sono il tuo donatore. Ho 36 anni e vivo in Val di Fiemme, dove faccio il falegname e, nel tempo libero, il volontario del Soccorso Alpino di Cavalese. Di solito sono io quello che va a prendere la gente in difficoltà sulle Dolomiti, quindi quando mi hanno chiamato per la donazione mi è sembrato semplicemente un altro intervento, solo un po' più lungo e più comodo.

Sono stato a Trento per il prelievo. Mi hanno fatto tante domande, tanti esami, e alla fine sei ore su una poltrona. Il peggio è stato non poter uscire in montagna per qualche giorno.

La prima cosa che ho fatto quando mi sono sentito bene è stata salire fino al rifugio Torre di Pisa, che è il mio posto preferito. Lassù ho pensato a te e ti ho mandato un pensiero con il vento.

Forza, e tieni duro. Anche le salite più ripide finiscono.

Il tuo donatore
""", [("36", AGE), ("Val di Fiemme", LOC), ("Soccorso Alpino di Cavalese", ORG), ("Dolomiti", LOC), ("Trento", LOC),
      ("rifugio Torre di Pisa", LOC)])

add("it", "donor_to_family", """
Cara famiglia,

ho saputo dal registro che la persona che ha ricevuto le mie cellule non ce l'ha fatta. Vi scrivo da Bologna, con il cuore pesante.

Non so chi fosse, né quanti anni avesse, né che cosa amasse. So però che voi l'amavate, e che avete lottato con lei o con lui fino all'ultimo. Vorrei che sapeste che io ci ho creduto insieme a voi.

Vi abbraccio, anche se da lontano e senza un volto.

Con sincero affetto,
il donatore
""", [("Bologna", LOC)],
    known={"names": ["Marco Righi"], "places": ["Bologna"], "organisations": ["ADMO Emilia-Romagna"], "other": []})

add("it", "family_to_donor", """
Caro donatore,

sono la moglie di Turi. All'anagrafe si chiama Salvatore, ma a Palermo nessuno lo conosce così. Ha cinquantasette anni e fa il fruttivendolo al mercato del Capo da quando ne aveva quattordici. Tutti i clienti, quando lui era in ospedale, chiedevano: "E u zu Turi? Come sta?"

Ha fatto il trapianto all'ospedale Cervello nell'estate del 2022. Sono stati mesi durissimi, con la GvHD che gli ha preso la pelle e lo stomaco, ma adesso è tornato al suo banco, anche se per ora solo tre mattine alla settimana.

A luglio, per il Festino di Santa Rosalia, siamo scesi al Foro Italico a vedere i fuochi. Turi mi ha stretto la mano e ha detto: "Quest'anno ci sono anch'io, grazie a quel cristiano". Il cristiano sei tu.

Ti benedica Dio e la Santuzza.

Con tanto affetto,
Rosetta
""", [("Turi", P, 0), ("Salvatore", P), ("Palermo", LOC), ("cinquantasette", AGE), ("fruttivendolo", OID), ("mercato del Capo", LOC),
      ("quattordici", AGE), ("zu Turi", P), ("Cervello", ORG), ("estate del 2022", DATE), ("Foro Italico", LOC),
      ("Turi", P, 2), ("Rosetta", P)],
    known={"names": ["Rosa Lo Cascio", "Salvatore Lo Cascio"], "places": ["Palermo"], "organisations": ["Ospedale V. Cervello"],
           "other": []})

# ======================================== Portuguese ========================================

add("pt", "patient_to_donor", """
Querido doador ou doadora,

Meu nome é Rafael, tenho 35 anos e moro na zona leste de São Paulo, no Tatuapé. Sou professor de educação física numa escola estadual e corintiano roxo, daqueles que choram em final de campeonato.

Em 2021 descobri a leucemia. Ninguém da minha família era compatível, e o REDOME procurou no Brasil inteiro e depois fora. Até que apareceu você. Meu transplante foi no Einstein, no dia 4 de abril de 2022, e eu lembro que a enfermeira Dona Cida colocou um adesivo do Timão na bolsa das suas células, só para me animar.

Hoje já voltei a dar aula. Os alunos fizeram uma faixa escrita "O professor voltou" e colocaram na quadra. Ainda não posso jogar bola com eles, mas apito os jogos, e isso já é muita coisa.

Se um dia as regras deixarem, me manda uma mensagem no zap: 11 98765-4321. Vou adorar te levar na Arena ver um jogo do Corinthians.

Um abraço apertado,
Rafael
""", [("Rafael", P, 0), ("35", AGE), ("São Paulo", LOC), ("Tatuapé", LOC), ("REDOME", ORG), ("Brasil", LOC), ("Einstein", ORG),
      ("4 de abril de 2022", DATE), ("Dona Cida", P), ("Timão", ORG), ("11 98765-4321", CON), ("Arena", LOC),
      ("Corinthians", ORG), ("Rafael", P, 1)],
    known={"names": ["Rafael Moreira dos Santos"], "places": ["São Paulo - SP"], "organisations": ["Hospital Israelita Albert Einstein"],
           "other": ["+55 11 98765-4321"]})

add("pt", "donor_to_patient", """
Oi, tudo bem?

Eu sou sua doadora! Tenho 24 anos, sou de Recife e trabalho como dançarina de frevo num grupo que se apresenta no Recife Antigo. Então, sim, no Carnaval eu estou em todo lugar com a sombrinha colorida, pulando até o pé doer.

Me cadastrei como doadora no Hemope quando tinha 18, porque minha tia precisou de sangue. Nunca imaginei que um dia ia receber aquela ligação. Quando me falaram que era compatível com alguém, eu gritei tanto que minha vó achou que eu tinha ganhado na loteria.

A coleta foi tranquila. Fiquei umas horas deitada, vendo novela no celular. Depois dormi quase um dia inteiro.

Espero que você esteja se recuperando bem, que esteja comendo direitinho e que logo logo possa dançar também, nem que seja na sala de casa.

Beijos e muita força,
sua doadora
""", [("24", AGE), ("Recife", LOC, 0), ("dançarina de frevo", OID), ("Recife Antigo", LOC), ("Hemope", ORG), ("18", AGE)])

add("pt", "family_to_donor", """
Caro dador,

Sou a avó do menino que recebeu as suas células. O Tiago tem 8 anos e é a luz dos nossos olhos. Vivemos em Gaia, do outro lado do rio, e foi no IPO do Porto que ele fez o transplante, a 12 de março de 2023.

O meu neto passou quase três meses no hospital. Eu ia todos os dias de autocarro, levava-lhe bolachas Maria e lia-lhe as histórias do Uma Aventura. Os médicos e os enfermeiros foram uns anjos, mas o maior anjo foi o senhor, ou a senhora, que nem nos conhece.

Este ano, no São João, o Tiago andou connosco pela Ribeira com o seu martelinho a bater na cabeça de toda a gente. Nunca o vi tão feliz. É portista como o avô e diz que quando for grande vai jogar no Dragão.

Que Deus lhe dê muita saúde e o proteja sempre. Rezamos por si todas as noites.

Com muita gratidão,
a avó do Tiago
""", [("Tiago", P, 0), ("8", AGE), ("Gaia", LOC), ("IPO do Porto", ORG), ("12 de março de 2023", DATE), ("Tiago", P, 1),
      ("Ribeira", LOC), ("Dragão", LOC), ("Tiago", P, 2)],
    known={"names": ["Tiago Ferreira Costa", "Maria Helena Costa"], "places": ["Vila Nova de Gaia"], "organisations": [],
           "other": []},
    ok=("Maria",))

add("pt", "patient_to_donor", """
Querido desconhecido,

Tenho cinquenta e nove anos e canto fado há quarenta, numa casa pequenina em Alfama onde cabem vinte pessoas se ninguém respirar. Quando adoeci, o que mais me doeu não foi o corpo, foi a voz: com a quimioterapia fiquei sem forças para cantar.

Fui transplantada no Santa Maria em setembro de 2022. Fiquei muito tempo isolada, e para não enlouquecer cantava baixinho para a janela. Uma enfermeira, a Fátima, vinha sempre ouvir no fim do turno.

Em maio fui a Fátima a pé com as minhas irmãs, como tinha prometido a Nossa Senhora. Demorei o dobro dos outros, mas cheguei. Acendi uma vela por si.

Há duas semanas voltei a cantar na casa. Só três fados, mas a sala inteira levantou-se. O primeiro que cantei foi para si, mesmo sem saber o seu nome.

Com a minha eterna gratidão,
uma fadista de Lisboa
""", [("cinquenta e nove", AGE), ("canto fado", OID), ("Alfama", LOC), ("Santa Maria", ORG), ("setembro de 2022", DATE),
      ("Fátima", P, 0), ("Fátima", LOC, 1), ("Lisboa", LOC)],
    known={"names": ["Maria do Céu Antunes"], "places": ["Lisboa"], "organisations": ["Hospital de Santa Maria"], "other": []})

add("pt", "donor_to_patient", """
Bah, tchê, nem sei por onde começar!

Sou teu doador. Tenho 30 anos, sou gaúcho de Porto Alegre e trabalho como engenheiro agrônomo, então passo boa parte do tempo no interior, no meio da soja, com a cuia de chimarrão na mão.

A doação foi em outubro de 2022. Confesso que fiquei nervoso, mais por causa das agulhas do que por qualquer outra coisa, mas a equipe foi muito querida. Passei a tarde vendo o Grêmio perder no celular, o que doeu mais que a coleta.

Minha noiva disse que agora eu tenho um irmão ou irmã de sangue em algum lugar do mundo, e que isso conta como família para o casamento. Se um dia der, estás convidado, ou convidada!

Fica firme, te cuida e come bem.

Um quebra-costela,
teu doador
""", [("30", AGE), ("Porto Alegre", LOC), ("outubro de 2022", DATE), ("Grêmio", ORG)])

add("pt", "family_to_donor", """
Querido doador,

Escrevo com o coração partido. Nossa filha Luz partiu no dia 19 de junho de 2023, no Hospital das Clínicas da UFMG, aos 17 anos. Ela lutou até o fim, com aquele sorriso que iluminava o quarto inteiro, e por isso o nome combinava tanto com ela.

Queremos que você saiba que o seu gesto deu a ela mais oito meses. Nesses meses, ela voltou para casa em Belo Horizonte, viu o Galo ser campeão com o pai, dançou na festa de quinze anos da prima e escreveu um caderno inteiro de poesias. Uma delas se chama "Para o meu doador".

Vamos guardar essa poesia até que um dia, quem sabe, as regras permitam que você leia. Ela dizia que você era a luz que acenderam nela quando tudo estava escuro.

Não se culpe por nada. Você foi um presente.

Com carinho e saudade,
a família da Luz
""", [("Luz", P, 0), ("19 de junho de 2023", DATE), ("Hospital das Clínicas da UFMG", ORG), ("17", AGE), ("Belo Horizonte", LOC),
      ("Galo", ORG), ("quinze", AGE), ("Luz", P, 1)])

add("pt", "donor_to_patient", """
Olá!

Sou o seu dador. Tenho 42 anos e sou o único veterinário na ilha das Flores, nos Açores, o que quer dizer que trato de vacas, cães, gatos e, de vez em quando, de uma ou outra cagarra ferida. Quando me ligaram do CEDACE, tive de arranjar um colega do Faial para me substituir durante uma semana, coisa que por aqui não é nada fácil.

A viagem até Lisboa para a colheita foi a parte mais complicada: dois aviões e muito nevoeiro. O procedimento em si foi simples. Passei a tarde a pensar em si e a olhar para o Tejo pela janela.

Espero que esteja cada dia mais forte. Aqui nas Flores há muitas flores, como o nome diz, e uma delas, uma hortênsia azul, plantei-a no meu quintal no dia em que voltei, em sua honra.

Um abraço atlântico,
o seu dador
""", [("42", AGE), ("único veterinário na ilha", OID), ("Flores", LOC, 0), ("Açores", LOC), ("CEDACE", ORG), ("Faial", LOC),
      ("Lisboa", LOC), ("Tejo", LOC), ("Flores", LOC, 1)])

# ======================================== Polish ========================================

add("pl", "patient_to_donor", """
Drogi Dawco, Droga Dawczyni,

piszę do Ciebie z Krakowa, z naszego mieszkania na Kazimierzu, w którym przez ostatnie półtora roku prawie mnie nie było. Mam 41 lat, jestem tramwajarzem i jeżdżę ósemką przez całe miasto, a przynajmniej jeździłem, zanim wszystko się zaczęło.

Przeszczep miałem 12 kwietnia 2022 r. w Szpitalu Uniwersyteckim. Moja żona Kasia nie opuściła mnie ani na jeden dzień. Nasza córka ma dziewięć lat i narysowała mi plakat: „Tata + Dawca = Drużyna”. Wisi do dziś nad łóżkiem.

Na Wigilię w zeszłym roku postawiliśmy przy stole dodatkowe nakrycie, jak każe tradycja dla zbłąkanego wędrowca. W tym roku to nakrycie było dla Ciebie.

W marcu wróciłem do pracy. Pierwszego dnia, kiedy przejeżdżałem obok Wawelu, zatrzymałem się na przystanku i przez chwilę po prostu patrzyłem. Pasażerowie pewnie myśleli, że coś się popsuło.

Dziękuję Ci z całego serca. Niech Ci się dobrze wiedzie.

Twój biorca
""", [("Krakowa", LOC), ("Kazimierzu", LOC), ("41", AGE), ("jeżdżę ósemką", OID), ("12 kwietnia 2022 r.", DATE),
      ("Szpitalu Uniwersyteckim", ORG), ("Kasia", P), ("dziewięć", AGE), ("Wawelu", LOC)],
    known={"names": ["Tomasz Wójcik", "Katarzyna Wójcik"], "places": ["Kraków"], "organisations": ["Szpital Uniwersytecki w Krakowie"],
           "other": []})

add("pl", "donor_to_patient", """
Cześć!

Jestem Twoim dawcą. Mam 29 lat, mieszkam w Gdańsku i pracuję jako spawacz w stoczni, więc na co dzień mam do czynienia z ogniem i stalą, a nie ze szpitalami. Zarejestrowałem się w Fundacji DKMS kilka lat temu, na akcji na Politechnice Gdańskiej, bo koleżanka z roku szukała dawcy dla swojego brata.

Kiedy zadzwonili, byłem na zmianie. Kierownik powiedział: „Leć, spawać możesz jutro”. Pobranie było w Warszawie, jechałem pociągiem z mamą, która przez całą drogę karmiła mnie kanapkami.

Mam nadzieję, że czujesz się coraz lepiej. Jeśli kiedyś będzie wolno, napisz do mnie: kuba.spawa (małpa) o2.pl. Chętnie pokażę Ci Westerplatte i najlepsze gofry w Brzeźnie.

Trzymaj się mocno!
Kuba
""", [("29", AGE), ("Gdańsku", LOC), ("spawacz w stoczni", OID), ("Fundacji DKMS", ORG), ("Politechnice Gdańskiej", ORG),
      ("Warszawie", LOC), ("kuba.spawa (małpa) o2.pl", CON), ("Westerplatte", LOC), ("Brzeźnie", LOC), ("Kuba", P)],
    known={"names": ["Jakub Lewandowski"], "places": ["Gdańsk"], "organisations": [], "other": ["kuba.spawa@o2.pl"]})

add("pl", "family_to_donor", """
Kochany Dawco,

jestem mamą Zosi. Zosia ma teraz pięć lat, a kiedy zachorowała, miała niecałe trzy. Pamiętam dzień diagnozy jak przez mgłę: lekarz mówił, a ja patrzyłam na jej różowe kalosze i myślałam tylko o tym, że przecież jeszcze rano skakała po kałużach.

Przeszczep odbył się w lutym 2023 we Wrocławiu, w Przylądku Nadziei. Ta nazwa bardzo do nas pasowała, bo nadzieja była wtedy wszystkim, co mieliśmy. Pani doktor Kowalska powiedziała nam kiedyś: „Nadzieja to też lekarstwo”. Miała rację.

Dziś Zosia chodzi do przedszkola, śpiewa piosenki z „Krainy Lodu” i nie pozwala nikomu zapomnieć, że jest już duża. Każdego wieczoru modlimy się za Ciebie. Ona mówi: „I za mojego dawcę, żeby był zdrowy”.

Dziękujemy, że jesteś.

Mama Zosi
""", [("Zosi", P, 0), ("Zosia", P, 0), ("pięć", AGE), ("lutym 2023", DATE), ("Wrocławiu", LOC),
      ("Przylądku Nadziei", ORG), ("Pani doktor Kowalska", P), ("Zosia", P, 1), ("Zosi", P, 1)])

add("pl", "patient_to_donor", """
Szanowny Panie Dawco albo Szanowna Pani,

piszę z Zakopanego. Mam sześćdziesiąt sześć lat, całe życie byłem góralem i przewodnikiem tatrzańskim, chodziłem z turystami na Giewont i na Rysy więcej razy, niż potrafię zliczyć. Jak zachorowałem, to pierwszy raz w życiu nie miałem siły wejść nawet na Gubałówkę.

Przeszczep był w Katowicach, jesienią 2022. Pan doktor Nowak powiedział mi: „Panie Józefie, góry poczekają”. I poczekały. W tym roku latem wszedłem z wnukiem do Morskiego Oka. Pomału, z przystankami, ale doszedłem, i przy schronisku płakałem jak dziecko.

U nas się mówi, że gość w dom, Bóg w dom. Jeśli kiedyś przyjedzie Pan albo Pani pod Tatry, to w naszej chałupie zawsze będzie oscypek, herbata z prądem i miejsce przy piecu. Adres jest prosty: ul. Kasprowicza 7, 34-500 Zakopane, każdy listonosz trafi.

Bóg zapłać za wszystko.

Józek spod Giewontu
""", [("Zakopanego", LOC), ("sześćdziesiąt sześć", AGE), ("przewodnikiem tatrzańskim", OID), ("Giewont", LOC), ("Rysy", LOC),
      ("Gubałówkę", LOC), ("Katowicach", LOC), ("jesienią 2022", DATE), ("Pan doktor Nowak", P), ("Panie Józefie", P),
      ("Morskiego Oka", LOC), ("Tatry", LOC), ("ul. Kasprowicza 7, 34-500 Zakopane", CON), ("Józek", P), ("Giewontu", LOC)],
    known={"names": ["Józef Gąsienica"], "places": ["Zakopane"], "organisations": [], "other": []})

add("pl", "donor_to_patient", """
Hej,

nie wiem, jak się pisze takie listy, więc napiszę po prostu. Mam 21 lat, studiuję psychologię na KUL-u w Lublinie i do niedawna najbardziej stresowały mnie kolokwia. Potem zadzwonili z fundacji i okazało się, że mogę komuś pomóc naprawdę.

Pobranie było 3 października 2023 roku. Przez kilka dni przed nim brałam zastrzyki i bolały mnie kości, ale szczerze mówiąc, okres boli mnie bardziej. Sam zabieg to było kilka godzin na fotelu z filmem na laptopie.

Mama przez całą drogę do szpitala odmawiała różaniec, a tata udawał, że wcale się nie denerwuje. Moja współlokatorka upiekła mi sernik z napisem „Bohaterka”. Zjadłam pół.

Życzę Ci dużo sił, cierpliwości i dobrych wyników. Trzymam za Ciebie kciuki codziennie.

Twoja dawczyni
""", [("21", AGE), ("KUL-u", ORG), ("Lublinie", LOC), ("3 października 2023 roku", DATE)])

add("pl", "donor_to_family", """
Szanowni Państwo,

z ogromnym smutkiem przyjęłam wiadomość o śmierci osoby, dla której oddałam komórki macierzyste. Nie znałam jej, a mimo to od dnia pobrania myślałam o niej codziennie, przy porannej kawie i przy wieczornym pacierzu.

Bardzo Państwu współczuję. Wiem, że żadne słowa nie przyniosą ulgi, ale chciałam, żeby Państwo wiedzieli, że gdzieś w Polsce ktoś obcy płacze razem z Wami.

Z wyrazami głębokiego współczucia,
dawczyni
""", [("Polsce", LOC)])

# ======================================== Dutch ========================================

add("nl", "patient_to_donor", """
Beste donor,

Ik ben 48, geboren en getogen in de Jordaan, en ik heb nog nooit zo'n moeilijke brief geschreven. Mijn vrouw Ingrid zegt dat ik gewoon moet opschrijven wat ik aan de keukentafel ook zeg. Dus daar gaat ie.

Via Matchis hoorden we dat er ergens in de wereld iemand was die precies bij mij paste. Op 30 mei 2022 kreeg ik in het AMC jouw stamcellen. De verpleegkundige zei: "Gefeliciteerd, vandaag ben je jarig." Sindsdien vieren we twee verjaardagen.

Het was een zwaar jaar. Infecties, GvHD, weken dat ik alleen maar kon slapen. Maar nu fiets ik weer langs de Prinsengracht naar mijn werk, en op Koningsdag stond ik gewoon weer met mijn zoon op de vrijmarkt, bij ons voor de deur, oude Ajax-shirts te verkopen.

Ik weet niet wie je bent of waar je woont. Maar als je ooit in Amsterdam bent: er staat hier altijd een biertje voor je klaar.

Heel veel dank,
je ontvanger
""", [("48", AGE), ("Jordaan", LOC), ("Ingrid", P), ("Matchis", ORG), ("30 mei 2022", DATE), ("AMC", ORG), ("Prinsengracht", LOC),
      ("Ajax", ORG), ("Amsterdam", LOC)],
    known={"names": ["Peter de Graaf"], "places": ["Amsterdam"], "organisations": ["Amsterdam UMC"], "other": []})

add("nl", "donor_to_patient", """
Hoi!

Ik ben jouw donor. Ik ben 26 jaar en woon in Leeuwarden, waar ik bij een bakkerij werk die volgens iedereen in Friesland de beste suikerbrood maakt (ik ben natuurlijk niet objectief). In de winter schaats ik zoveel als ik kan, en ik droom nog altijd van een Elfstedentocht.

De afname was in het LUMC in Leiden. Ik moest er met de trein heen, en ik heb de hele reis naar de weilanden zitten staren en aan jou gedacht. Wie ben je? Hoe oud ben je? Heb je het koud in het ziekenhuis? Ik zal het nooit weten, en dat is ook goed.

Ik hoop dat je snel weer sterk bent. En als je ooit suikerbrood eet, denk dan even aan mij.

Groetjes,
je donor
""", [("26", AGE), ("Leeuwarden", LOC), ("Friesland", LOC), ("LUMC", ORG), ("Leiden", LOC)])

add("nl", "family_to_donor", """
Lieve donor,

Wij zijn de ouders van Fien. Fien was een zevenjarige kleuterjuf-in-spe (dat zegt ze zelf) toen ze ziek werd. Nu is ze acht en zit ze in het tweede leerjaar. Elke ochtend fietsen we samen naar school, langs de Leie, en elke ochtend zegt ze: "Mama, ik ben sterk, hé."

Ze kreeg jouw stamcellen op 4 oktober 2022 in het UZ Gent. Het was een lange, bange tijd. Maar de verpleging op de afdeling is een tweede familie voor ons geworden, en Fien heeft er zelfs een beste vriendin aan overgehouden, een meisje dat in de kamer ernaast lag.

Deze zomer hebben we voor het eerst weer de Gentse Feesten gedaan, heel even, met een mondmasker en veel handgel. Fien wilde absoluut op de paardenmolen. En met Sinterklaas heeft ze een tekening voor jou in haar schoen gestopt. Die zit bij deze brief.

Dank je wel, uit de grond van ons hart.

De mama en papa van Fien
""", [("Fien", P, 0), ("Fien", P, 1), ("zeven", AGE, "zevenjarige"), ("acht", AGE), ("Leie", LOC), ("4 oktober 2022", DATE),
      ("UZ Gent", ORG), ("Fien", P, 2), ("Fien", P, 3), ("Fien", P, 4)],
    known={"names": ["Fien Verstraete"], "places": ["Gent"], "organisations": ["UZ Gent"], "other": []})

add("nl", "patient_to_donor", """
Beste onbekende,

Ik ben Kees, 55 jaar, en ik ben kraanmachinist bij ECT op de Maasvlakte. Dertig jaar lang heb ik containers van de ene boot op de andere gezet, en nooit gedacht dat ik zelf nog eens een lading uit het buitenland nodig zou hebben. Maar dat was dus jouw pakketje.

Mijn transplantatie was in het voorjaar van 2023 in het Erasmus MC. Daar lig je dan, op de zoveelste verdieping, met uitzicht over de hele stad, de Erasmusbrug en de Maas, en je kan niks. Dat was voor mij het zwaarste: niks kunnen.

Nu gaat het stukje bij beetje beter. Ik mag nog niet terug in de kraan, maar ik sta wel weer elke zondag langs de lijn bij de voetbal van mijn kleinzoon. En ik ga weer naar De Kuip, als het moet met mondkapje. Feyenoord heeft me erdoorheen gesleept, en jij natuurlijk.

Geen woorden voor, echt niet. Bedankt, man. Of vrouw.

Kees
""", [("Kees", P, 0), ("55", AGE), ("kraanmachinist", OID), ("ECT", ORG), ("Maasvlakte", LOC), ("voorjaar van 2023", DATE),
      ("Erasmus MC", ORG), ("Erasmusbrug", LOC), ("Maas", LOC), ("De Kuip", LOC), ("Feyenoord", ORG), ("Kees", P, 1)],
    known={"names": ["Cornelis van der Linden"], "places": ["Rotterdam-Charlois"], "organisations": ["Erasmus MC"],
           "other": []})

add("nl", "donor_to_patient", """
Hallo daar,

Ik ben je donor! Ik ben 23 en studeer geneeskunde in Utrecht, dus eigenlijk ben ik op dit moment vooral aan het leren hoe ik later zelf mensen beter kan maken. Dat ik dat nu al een klein beetje heb gedaan, voelt heel bijzonder.

Ik heb me bij Matchis ingeschreven tijdens de introductieweek van mijn studentenvereniging, omdat er een kraampje stond met gratis stroopwafels. Serieus, zo simpel was het.

De donatie was in het UMC Utrecht en ging super. Ik lag de hele dag aan een apparaat, keek drie afleveringen van Wie is de Mol en at alle koekjes die de verpleegkundigen me gaven.

Als het ooit mag, zou ik het leuk vinden om iets van je te horen: lotte punt devries apenstaartje gmail punt com. Tot die tijd duim ik heel hard voor je!

Liefs,
Lotte
""", [("23", AGE), ("Utrecht", LOC, 0), ("Matchis", ORG), ("UMC Utrecht", ORG), ("lotte punt devries apenstaartje gmail punt com", CON),
      ("Lotte", P)])

add("nl", "family_to_donor", """
Beste donor,

Ik ben de oma van Bram. Bram is nu vier en hij woont met zijn papa en mama bij ons in de straat, hier in Maastricht. Toen hij twee was, kreeg hij jouw stamcellen in het MUMC+. Ik heb toen elke dag een kaarsje aangestoken in de Sterre der Zee, en de mensen van de kerk vroegen elke week: "En, hoe is het met dat kleine manneke?"

Nu gaat het goed met hem. Hij is druk, eigenwijs en dol op vlaai. Met de carnaval liep hij mee in de optocht, verkleed als brandweerman, en hij riep de hele tijd "Alaaf!" terwijl wij hier natuurlijk gewoon Vastelaovend vieren. Dat heeft hij van zijn vader.

Ik weet niet of je zelf kinderen of kleinkinderen hebt. Maar ik hoop dat je weet wat je ons hebt gegeven: een jongetje dat opgroeit.

God zegene je.

Oma van Bram
""", [("Bram", P, 0), ("Bram", P, 1), ("vier", AGE), ("Maastricht", LOC), ("twee", AGE), ("MUMC+", ORG), ("Sterre der Zee", ORG),
      ("Bram", P, 2)])

# ======================================== Japanese ========================================

add("ja", "patient_to_donor", """
ドナー様へ

はじめてお手紙を書きます。私は四十二歳の男で、豊洲市場で仲卸をしております。毎朝三時に起きてマグロを見る生活を二十年続けてきましたが、昨年の春、急に体がだるくなり、検査で白血病だとわかりました。

日本骨髄バンクからドナーが見つかったと連絡をいただいたとき、妻と二人で台所で泣きました。2022年11月2日、虎の門病院で移植を受けました。あの小さな袋の中に、見知らぬ方の善意が詰まっていると思うと、今でも胸が熱くなります。

おかげさまで、先月から少しずつ市場に戻っています。仲間たちは「おかえり」と言って、特上の中トロを取っておいてくれました。まだ生ものは食べられないので、眺めるだけですが。

どうかお体を大切に。あなたの毎日が幸せでありますように。

心から感謝をこめて
""", [("四十二", AGE), ("豊洲市場", LOC), ("仲卸", OID, "豊洲市場で仲卸"), ("日本骨髄バンク", ORG), ("2022年11月2日", DATE),
      ("虎の門病院", ORG)],
    known={"names": ["佐々木 健一"], "places": ["東京都江東区"], "organisations": ["虎の門病院"], "other": []})

add("ja", "donor_to_patient", """
患者さまへ

こんにちは。あなたに骨髄を提供した者です。私は28歳で、札幌に住んでいます。普段は看護師として働いているので、病院にいることには慣れているつもりでしたが、自分がベッドに横になる側になるのは初めてで、とても不思議な気持ちでした。

令和5年3月、北海道大学病院で採取をしていただきました。全身麻酔から目が覚めたとき、一番に考えたのは、あなたのことでした。無事に届くかな、うまく根づくかな、と。

お盆には実家の旭川に帰って、祖母の仏壇にあなたの回復をお願いしてきました。祖母は生前、献血に何十回も行った人だったので、きっと力を貸してくれると思います。

寒い季節、どうか風邪などひかれませんように。

遠くから応援しています。
""", [("28", AGE), ("札幌", LOC), ("令和5年3月", DATE), ("北海道大学病院", ORG), ("旭川", LOC)])

add("ja", "family_to_donor", """
ドナーさまへ

ゆうとの母です。息子は3歳のときに重い病気が見つかり、2023年1月20日に名古屋第一赤十字病院であなたの骨髄をいただきました。

いま、ゆうとは5歳になりました。保育園では一番元気な男の子だと先生に言われます。先日は七五三のお参りにも行けて、はかま姿で千歳飴を引きずりながら歩く姿に、家族みんなで泣いてしまいました。

入院中、ゆうとは「ドナーさん、ありがとう」と毎晩言ってから眠っていました。意味はまだよくわかっていなかったと思いますが、今は少しずつわかってきたようです。「ぼくのなかに、もうひとりいるんだよね」と言います。

名古屋の小さなアパートから、毎日あなたの健康をお祈りしています。

本当にありがとうございました。
""", [("ゆうと", P, "ゆうとの母"), ("3", AGE, "3歳"), ("2023年1月20日", DATE), ("名古屋第一赤十字病院", ORG),
      ("ゆうと", P, "いま、ゆうとは"), ("5", AGE, "5歳"), ("ゆうと", P, "入院中、ゆうと"), ("名古屋", LOC, "名古屋の小さな")])

add("ja", "patient_to_donor", """
ドナーさんへ

那覇に住む七十五歳のおばあです。字が下手でごめんなさいね。孫のみらいに手伝ってもらって書いています。

私の年齢で移植なんて無理だと思っていましたが、琉球大学病院の先生方が「まだまだこれからですよ」と言ってくださり、あなたの骨髄をいただきました。入院中は毎日、孫が「未来のためにがんばって」と書いたメモを枕元に置いてくれました。みらいという名前にかけたのでしょうね。

今は家に戻り、毎朝市場まで歩いて、ゆし豆腐を買っています。旧盆にはエイサーの太鼓の音を聞きながら、あなたのことを思いました。

なんくるないさ、という言葉があります。なんとかなる、という意味です。あなたのおかげで、私は本当になんとかなりました。

いつまでもお元気で。にふぇーでーびる。
""", [("那覇", LOC), ("七十五", AGE), ("みらい", P, "孫のみらい"), ("琉球大学病院", ORG), ("みらい", P, "みらいという")],
    known={"names": ["比嘉 トミ"], "places": ["那覇市"], "organisations": ["琉球大学病院"], "other": []})

add("ja", "donor_to_patient", """
はじめまして。

ドナーの者です。21歳の大学生で、京都大学の工学部に通っています。ラグビー部に入っていて、毎日鴨川沿いを走っています。体力にだけは自信があるので、少しでもお役に立てたならうれしいです。

ドナー登録は、部の先輩が白血病になったことがきっかけでした。先輩は残念ながら適合するドナーが見つからなかったのですが、その分、自分が誰かの役に立ちたいと思っていました。

採取のあと、部の仲間がお見舞いに来てくれて、「お前の骨髄、どこかでタックルしてるかもな」と笑っていました。あなたの体の中で、しっかり働いてくれていることを願っています。

もし規則で許されるなら、いつかお手紙ください。taku.kyoto アットマーク gmail.com です。

心から回復をお祈りしています。
""", [("21", AGE), ("京都大学", ORG), ("ラグビー部", ORG, "ラグビー部に入って"), ("鴨川", LOC),
      ("taku.kyoto アットマーク gmail.com", CON)],
    known={"names": ["松本 拓海"], "places": ["京都市左京区"], "organisations": ["京都大学"], "other": ["taku.kyoto@gmail.com"]})

# ======================================== Chinese ========================================

add("zh", "patient_to_donor", """
亲爱的捐献者：

您好！我今年三十五岁，是上海一所小学的语文老师。前年冬天，我被确诊为急性髓系白血病，当时女儿朵朵才两岁，我抱着她在医院走廊里哭了很久。

中华骨髓库帮我找到了您。2022年8月18日，我在瑞金医院接受了移植。那天护士对我说："从今天起，你就有两个生日了。"我一直记着这句话。

现在我已经回到学校，重新站上讲台。孩子们给我做了一张很大的贺卡，上面写着"欢迎老师回家"。今年春节，我们全家在外婆家吃年夜饭，我特意多摆了一副碗筷，说是给一位远方的亲人。

朵朵现在会说很多话了，她每天晚上都会说："谢谢捐髓的阿姨叔叔。"我们不知道您是谁，但您永远是我们家的恩人。

祝您身体健康，万事如意！
""", [("三十五", AGE), ("上海", LOC), ("朵朵", P, "女儿朵朵"), ("两", AGE, "才两岁"), ("中华骨髓库", ORG), ("2022年8月18日", DATE),
      ("瑞金医院", ORG), ("朵朵", P, "朵朵现在")],
    known={"names": ["王静怡"], "places": ["上海市徐汇区"], "organisations": ["上海交通大学医学院附属瑞金医院"], "other": []})

add("zh", "donor_to_patient", """
親愛的受贈者，你好：

我是你的捐贈者。我今年二十六歲，住在台中，在一家手搖飲料店當店長，每天都在搖珍珠奶茶。大學時在花蓮讀書，參加了慈濟的驗血活動，沒想到過了六年真的接到電話。

捐贈前要打幾天的生長激素，骨頭會有點痠，但比起你經歷的，根本不算什麼。捐贈那天我媽媽一直陪在旁邊，還帶了一大袋水果給護理師們。

我不知道你是男生還是女生，年紀多大，住在哪裡。但我每天開店的時候，都會在心裡跟你說一聲：今天也要加油喔！

希望你早日康復，有一天也能喝一杯全糖的珍奶（醫生同意的話）。

祝平安喜樂
你的捐贈者
""", [("二十六", AGE), ("台中", LOC), ("花蓮", LOC), ("慈濟", ORG)])

add("zh", "family_to_donor", """
尊敬的捐献者：

我是浩宇的爸爸。浩宇今年十岁，在成都上小学四年级。三年前他得了重型再生障碍性贫血，需要做造血干细胞移植。我和他妈妈都只是半相合，医生建议找无关供者。

2023年5月，浩宇在华西医院进行了移植。那段时间，我每天在医院和单位之间来回跑，他妈妈辞掉了工作，在病房里陪了他一百多天。

现在浩宇已经回到学校，还参加了学校的足球队。他最喜欢吃火锅，可是医生说还不能吃太辣的，他就每天盼着"等我好了，要吃一整锅"。

如果以后规定允许，我们非常希望能和您联系，我的微信号是 haoyu_baba2013。我们全家都想当面对您说一声谢谢。

祝您和家人平安健康！
浩宇爸爸
""", [("浩宇", P, "我是浩宇的爸爸"), ("浩宇", P, "浩宇今年"), ("十", AGE, "今年十岁"), ("成都", LOC), ("2023年5月", DATE),
      ("浩宇", P, "月，浩宇在"), ("华西医院", ORG), ("浩宇", P, "现在浩宇"), ("haoyu_baba2013", CON), ("浩宇", P, "浩宇爸爸")],
    known={"names": ["张浩宇", "张伟"], "places": ["四川省成都市"], "organisations": ["四川大学华西医院"], "other": []})

add("zh", "donor_to_family", """
亲爱的家属：

您好。前几天，骨髓库的工作人员告诉我，接受我造血干细胞的那位患者已经离开了。听到这个消息，我很难过，一个人在西湖边坐了很久。

我是在杭州捐献的。捐献那天，我一直在想象对方的样子，想象他或她康复以后的生活。虽然我们从未见过面，但在我心里，早就把对方当成了亲人。

我无法体会你们此刻的痛苦，只想告诉你们：我从来没有后悔过，也请你们不要自责。希望时间能慢慢抚平你们的伤口。

请节哀，保重身体。
""", [("西湖", LOC), ("杭州", LOC)])

# ======================================== Hebrew ========================================

add("he", "patient_to_donor", """
לתורם היקר או לתורמת היקרה,

שלום. אני לא יודע אם אתה גבר או אישה, צעיר או מבוגר, ואולי זה בכלל לא משנה. אני בן שישים, גר בחיפה כל חיי, ועד שחליתי עבדתי שלושים שנה כמהנדס בנמל חיפה. כל בוקר הייתי עולה לעבודה ורואה את הים, ולא חשבתי שיום אחד אראה אותו רק מחלון של מחלקה.

ההשתלה הייתה ב-12 במרץ 2023 ברמב"ם. עזר מציון מצאו אותך אחרי חיפושים ארוכים. האחות אמרה לי באותו יום: "מזל טוב, נולדת מחדש". צחקתי, אבל בלילה בכיתי.

בפסח האחרון ישבתי בראש השולחן בליל הסדר, והנכדה שלי נועה שאלה את ארבע הקושיות. אחר כך שאלה שאלה חמישית: "מי זה התורם של סבא?" לא ידעתי מה לענות. אמרתי לה שזה מלאך.

עכשיו אני הולך כל ערב לטייל על הכרמל, לאט לאט. תודה שנתת לי את הערבים האלה.

בהוקרה עמוקה,
המושתל שלך
""", [("שישים", AGE), ("חיפה", LOC, 0), ("נמל חיפה", ORG), ("12 במרץ 2023", DATE), ("רמב\"ם", ORG), ("עזר מציון", ORG),
      ("נועה", P), ("כרמל", LOC)])

add("he", "donor_to_patient", """
היי!

אני התורמת שלך. אני בת 21, גדלתי בקיבוץ יגור, ולפני כמה חודשים סיימתי את השירות הצבאי. נרשמתי למאגר בטירונות, כמו כמעט כולם, ובכלל שכחתי מזה עד שהתקשרו אליי בדיוק כשהייתי בטיול אחרי צבא.

התרומה הייתה ב-5 בינואר בשיבא. הייתי שם יום שלם מחוברת למכונה, ראיתי שלושה פרקים של סדרה, ואמא שלי הביאה לאחיות עוגה שלמה. האמת שהיה די כיף.

אני לא יודעת עלייך כלום, אבל אני חושבת עלייך הרבה. אני מקווה שאת או אתה מרגישים יותר טוב, שהגוף מקבל את התאים, ושאת חוזרת לאט לאט לדברים שאת אוהבת.

אם יום אחד יהיה מותר, אשמח מאוד לשמוע ממך: 050-7654321.

המון בריאות ואהבה,
נוגה
""", [("21", AGE), ("קיבוץ יגור", LOC), ("5 בינואר", DATE), ("שיבא", ORG), ("050-7654321", CON), ("נוגה", P)],
    known={"names": ["נוגה שחר"], "places": ["יגור"], "organisations": [], "other": ["0507654321"]})

add("he", "family_to_donor", """
לתורם או לתורמת שלנו,

אני אמא של אביגיל. אביגיל בת שמונה, והיא קיבלה ממך את מח העצם ב-3 בנובמבר 2022 בשניידר. אנחנו גרים בפתח תקווה, ממש קרוב לבית החולים, ובכל זאת היו ימים שהרגשתי שהוא בקצה השני של העולם.

כשהמצב היה הכי קשה, סבתא תקווה הייתה אומרת לי: "כל עוד יש תורם, יש תקווה". היא צדקה. יום אחד הגיעה הבשורה שנמצאה התאמה, ומאז אני מאמינה קצת יותר בבני אדם.

בחנוכה אביגיל הדליקה נרות בבית בפעם הראשונה מאז שחלתה. היא הוסיפה נר אחד קטן בצד ואמרה שהוא שלך.

היא חזרה לבית הספר, רוקדת בחוג בלט ומתלוננת על שיעורי בית, כמו כל ילדה בכיתה ב'. זה כל מה שרציתי.

תודה מכל הלב,
אמא של אביגיל
""", [("אביגיל", P, 0), ("אביגיל", P, 1), ("שמונה", AGE), ("3 בנובמבר 2022", DATE), ("שניידר", ORG), ("פתח תקווה", LOC),
      ("סבתא תקווה", P), ("אביגיל", P, 2), ("אביגיל", P, 3)],
    known={"names": ["אביגיל לוי", "מיכל לוי"], "places": ["פתח תקווה"], "organisations": ["מרכז שניידר לרפואת ילדים"], "other": []},
    ok=("תקווה",))

# ======================================== Tamil ========================================

add("ta", "patient_to_donor", """
அன்புள்ள கொடையாளருக்கு,

வணக்கம். என் பெயரைச் சொல்லக்கூடாது என்றார்கள், அதனால் என்னைப் பற்றி சில விஷயங்கள் மட்டும் சொல்கிறேன். எனக்கு 45 வயது. நான் சென்னையில், மயிலாப்பூரில், கபாலீஸ்வரர் கோயில் வாசலில் ஒரு சிறிய பூக்கடை நடத்துகிறேன். தினமும் காலை நான்கு மணிக்கு மல்லிகைப் பூ கட்டத் தொடங்குவேன்.

நோய் வந்தபோது கடையை என் மனைவிதான் பார்த்துக்கொண்டாள். அடையாறு புற்றுநோய் மையத்தில் 2022 மார்ச் 10 அன்று எனக்கு மாற்று சிகிச்சை நடந்தது. அன்று என் மகள் கயல் மருத்துவமனை வாசலில் இரவு முழுவதும் காத்திருந்தாள். அவள் கண்கள் கயல் மீன் போல அழகானவை, அதனால்தான் அந்தப் பெயர் வைத்தோம்.

இந்த பொங்கலுக்கு நாங்கள் உங்கள் பெயரில் ஒரு பானை பொங்கல் வைத்தோம். பெயர் தெரியாது, அதனால் "எங்கள் கொடையாளர்" என்று சொல்லி வைத்தோம்.

கடவுள் உங்களை எப்போதும் காப்பாற்றட்டும். நன்றி, நன்றி, கோடி நன்றி.
""", [("45", AGE), ("சென்னையில்", LOC), ("மயிலாப்பூரில்", LOC), ("கபாலீஸ்வரர் கோயில்", ORG), ("பூக்கடை", OID),
      ("அடையாறு புற்றுநோய் மையத்தில்", ORG), ("2022 மார்ச் 10", DATE), ("கயல்", P, 0)],
    known={"names": ["Murugan Selvaraj"], "places": ["Mylapore, Chennai"], "organisations": ["Cancer Institute (WIA), Adyar"],
           "other": []},
    ok=("கயல்",))

add("ta", "donor_to_patient", """
அன்புள்ள நண்பருக்கு,

வணக்கம்! நான் உங்கள் கொடையாளர். எனக்கு முப்பது வயது. நான் கோயம்புத்தூரைச் சேர்ந்தவன், ஒரு நூற்பாலையில் மேற்பார்வையாளராக வேலை செய்கிறேன். கல்லூரியில் படிக்கும்போது தாத்ரி நடத்திய முகாமில் பதிவு செய்தேன். எட்டு வருடங்கள் கழித்து திடீரென்று அழைப்பு வந்தது.

முதலில் என் அம்மா பயந்தார். முதுகெலும்பிலிருந்து எடுப்பார்களோ என்று கவலைப்பட்டார். கையில் ஊசி போட்டு இரத்தத்திலிருந்தே எடுப்பார்கள் என்று மருத்துவர் விளக்கிய பிறகுதான் அவர் நிம்மதியானார். கொடைக்காக சென்னைக்கு இரயிலில் போனேன்.

நீங்கள் யார், எங்கே இருக்கிறீர்கள் என்று எனக்குத் தெரியாது. ஆனால் ஒவ்வொரு நாளும் மருதமலை முருகனிடம் உங்களுக்காக வேண்டிக்கொள்கிறேன்.

சீக்கிரம் குணமடையுங்கள். உங்கள் வாழ்க்கை மகிழ்ச்சியாக இருக்கட்டும்.

உங்கள் சகோதரன்
""", [("முப்பது", AGE), ("கோயம்புத்தூரைச்", LOC), ("தாத்ரி", ORG), ("சென்னைக்கு", LOC), ("மருதமலை", LOC)])


if __name__ == "__main__":
    main()
