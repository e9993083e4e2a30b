mail-letter-returned-subject = आपका पत्र आपको लौटाया गया है
mail-letter-returned-body =
    नमस्ते,

    एक समन्वयक ने आपका पत्र लौटाया है ताकि आगे भेजे जाने से पहले आप उसे बदल सकें। उनके कारण पत्र के साथ हैं:

    { $link }
mail-letter-delivered-subject = आपका पत्र आगे भेज दिया गया है
mail-letter-delivered-body =
    नमस्ते,

    आपके पत्र की जाँच हो गई है और उसे आगे भेज दिया गया है। आप उसे यहाँ देख सकते हैं:

    { $link }
mail-period-ended-subject = आज से, यदि आप दोनों चाहें, तो पहचान साझा की जा सकती है
mail-period-ended-body =
    नमस्ते,

    संपर्क नियमों द्वारा तय प्रतीक्षा अवधि { $date } को समाप्त हो गई। अब से, यदि आप दोनों चाहें और रजिस्ट्री अपने चरण पूरे कर ले, तो आप और दूसरा व्यक्ति एक-दूसरे की पहचान जान सकते हैं। जब तक आप न चुनें, कुछ नहीं होता; इसका अर्थ पढ़ने और निर्णय लेने के लिए यहाँ देखें:

    { $link }
mail-digest-subject = Twinbridge: आपके संगठन के लिए { $new } नए काम प्रतीक्षा में हैं
mail-digest-body =
    नमस्ते,

    Twinbridge में आपके संगठन के लिए { $count } काम प्रतीक्षा में हैं, जिनमें से { $new } आपके पिछले सारांश के बाद नए हैं। सब यहाँ देखें:

    { $link }
mail-escalation-subject = Twinbridge: { $count } काम आपके संगठन के लक्ष्य से अधिक समय से प्रतीक्षा में हैं
mail-escalation-body =
    नमस्ते,

    { $count } काम आपके संगठन के लक्ष्य समय से अधिक समय से उत्तर की प्रतीक्षा में हैं। कृपया उन्हें देखें, या किसी सहकर्मी को सौंपें:

    { $link }
mail-health-update-due-subject = जोड़ी { $reference } में स्वास्थ्य जानकारी देय है
mail-health-update-due-body =
    नमस्ते,

    प्रत्यारोपण के बाद की सामान्य समय-सारणी के अनुसार, जोड़ी { $reference } में दाता के लिए स्वास्थ्य जानकारी { $date } को देय थी। आप इसे यहाँ दर्ज कर सकते हैं:

    { $link }

waiting-heading = आपके लिए प्रतीक्षा में
waiting-none = अभी आपके लिए कुछ भी प्रतीक्षा में नहीं है।
waiting-pairing = जोड़ी { $reference }
waiting-since = { $date } से
waiting-letter_to_review = जाँच के लिए एक पत्र
waiting-health_update_to_review = जाँच के लिए एक स्वास्थ्य जानकारी
waiting-sign_off = हस्ताक्षर के लिए एक पहचान-साझाकरण
waiting-meeting_to_arrange = आयोजित करने के लिए एक मुलाकात
waiting-patient_to_record = रोगी को दर्ज करना है
waiting-letter_to_read = आपके पढ़ने के लिए एक पत्र
waiting-letter_returned = आपका पत्र लौटाया गया: कृपया कारण देखें
waiting-meeting_to_answer = मुलाकात का एक प्रस्ताव आपके उत्तर की प्रतीक्षा में है

account-mail-heading = आपको कौन-से ई-मेल मिलते हैं
account-mail-text = ई-मेल में कभी नाम या पत्रों का पाठ नहीं होता; वे केवल बताते हैं कि कुछ प्रतीक्षा में है। जो आप यहाँ बंद करते हैं, वह आपके होम पेज पर दिखता रहता है।
account-mail-letter-waiting = मुझे एक पत्र दिया गया
account-mail-letter-returned = मेरा पत्र कारणों सहित मुझे लौटाया गया
account-mail-letter-delivered = मेरा पत्र आगे भेजा गया (केवल यदि पाठक पढ़ने की सूचना साझा करता है)
account-mail-period-ended = प्रतीक्षा अवधि समाप्त हो गई
account-mail-pairing-news = मेरी जोड़ी में अन्य समाचार (पहचान-साझाकरण, मुलाकात, स्वास्थ्य जानकारी)
account-mail-case-waiting = किसी जोड़ी में मेरे पक्ष के लिए तुरंत कुछ प्रतीक्षा में है (हस्ताक्षर, मुलाकात)
account-mail-escalation = कोई काम मेरे संगठन के लक्ष्य से अधिक समय से प्रतीक्षा में है
account-mail-health-update-due = स्वास्थ्य जानकारी देय है
account-digest-label = मेरे संगठन के लिए प्रतीक्षारत कामों का सारांश
account-digest-hourly = घंटे में अधिकतम एक बार
account-digest-daily = दिन में अधिकतम एक बार
account-digest-never = कभी नहीं
account-mail-save = ई-मेल विकल्प सहेजें

case-mail-given-up = इस व्यक्ति को ई-मेल नहीं पहुँचाए जा सके (अंतिम प्रयास { $date } को छोड़ा गया)। कृपया उनसे पता जाँचें।

orgtarget-heading = प्रतीक्षारत कामों के लिए लक्ष्य समय
orgtarget-lead = जब कोई पत्र, हस्ताक्षर या अन्य काम आपके संगठन के लिए इतने कार्य-दिवसों (सोमवार से शुक्रवार) से अधिक प्रतीक्षा करता है, तो उसके समन्वयकों को ई-मेल से याद दिलाया जाता है। डिफ़ॉल्ट 5 के लिए खाली छोड़ें।
orgtarget-label = कार्य-दिवस
orgtarget-save = लक्ष्य सहेजें
orgtarget-saved = प्रतीक्षारत कामों का लक्ष्य सहेजा गया।
orgtarget-invalid = लक्ष्य 1 से { $max } तक कार्य-दिवसों की पूर्ण संख्या होनी चाहिए, या डिफ़ॉल्ट के लिए खाली।
