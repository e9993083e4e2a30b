## पहचान, मुलाक़ात और स्वास्थ्य समाचार (जोड़ी का पृष्ठ)
contact-release-heading = एक-दूसरे की पहचान जानना
contact-release-released = पहचान { $date } को साझा की गई। आप दोनों वही देखते हैं जो दूसरे ने साझा करना चुना।
contact-release-requested = पहचान के आदान-प्रदान का अनुरोध { $date } को किया गया।
contact-release-stopped = पहचान के आदान-प्रदान का पिछला अनुरोध समाप्त हुआ: { $reason }
contact-release-needs = पहचान के आदान-प्रदान से पहले अभी यह बाकी है:
contact-needs-donor-sign-off = दाता पक्ष के समन्वयक की स्वीकृति
contact-needs-patient-sign-off = रोगी पक्ष के समन्वयक की स्वीकृति
contact-release-explain = यदि आप दोनों सहमत हैं, तो समन्वयक शर्तें जाँचते हैं; उसके बाद हर पक्ष केवल वही विवरण देखता है जो दूसरे ने साझा करना चुना।
contact-release-ask = पहचान के आदान-प्रदान का अनुरोध करें
contact-sign-off-legend = हमारा पक्ष क्या पुष्टि करता है
contact-sign-off = हमारे पक्ष की ओर से स्वीकृति दें
contact-attest-counselling_recorded = हमारे प्रतिभागी को मुलाक़ात के बारे में परामर्श दिया गया
contact-attest-patient_well_confirmed = रोगी पर्याप्त रूप से स्वस्थ है
contact-attest-no_further_donation_expected = आगे कोई दान अपेक्षित नहीं है
contact-attest-confidentiality_agreement = हमारे प्रतिभागी ने गोपनीयता समझौते पर हस्ताक्षर किए
contact-counterpart-heading = आप दूसरे व्यक्ति के बारे में क्या जानते हैं
contact-counterpart-none = अभी कुछ नहीं।
contact-fact-first_name = पहला नाम
contact-fact-full_name = पूरा नाम
contact-fact-email = ई-मेल
contact-fact-phone = फ़ोन
contact-fact-town = शहर
contact-fact-postal_address = डाक पता
contact-fact-country = देश
contact-fact-age_group = आयु वर्ग
contact-fact-sex = लिंग
contact-meetings-heading = आमने-सामने मुलाक़ात
contact-meetings-none = अभी कोई मुलाक़ात प्रस्तावित नहीं है।
contact-meeting-proposed = प्रस्तावित
contact-meeting-accepted = तय
contact-meeting-declined = अस्वीकृत
contact-meeting-cancelled = रद्द
contact-meeting-proposed-by = प्रस्ताव देने वाला:
contact-meeting-date = तारीख़
contact-meeting-place = स्थान
contact-meeting-staff = संगठनों की ओर से
contact-meeting-staff-input = संगठनों की ओर से कौन आएगा (हर पंक्ति में एक)
contact-meeting-media = फ़ोटो, फ़िल्म या प्रेस के लिए सहमति
contact-meeting-media-none = किसी की नहीं
contact-meeting-media-donor = दाता सहमत है
contact-meeting-media-patient = रोगी सहमत है
contact-meeting-accept = हाँ, मिलते हैं
contact-meeting-decline = नहीं, धन्यवाद
contact-meeting-cancel = मुलाक़ात रद्द करें
contact-meeting-arrange = व्यवस्था सहेजें
contact-meeting-note = दूसरे व्यक्ति के लिए कुछ शब्द (वैकल्पिक)
contact-meeting-propose = मुलाक़ात का प्रस्ताव दें
contact-updates-heading = स्वास्थ्य समाचार
contact-updates-none = अभी कोई स्वास्थ्य समाचार नहीं।
contact-updates-next = अगला समाचार इस तारीख़ को देय है:
contact-updates-status = रोगी की स्थिति
contact-updates-on = तारीख़
contact-updates-text = सरल शब्दों में, दाता के लिए
contact-updates-send = समीक्षा के लिए भेजें
contact-notice-release-requested = आपका अनुरोध भेज दिया गया। दोनों पक्षों के समन्वयक शर्तें जाँचेंगे।
contact-notice-release-signed = आपकी स्वीकृति दर्ज हो गई।
contact-notice-release-released = पहचान साझा कर दी गई।
contact-notice-release-never = इस जोड़ी के संपर्क नियम पहचान के आदान-प्रदान की कभी अनुमति नहीं देते।
contact-notice-release-rules-unknown = इस जोड़ी के संपर्क नियम यह नहीं बताते कि पहचान साझा की जा सकती है या नहीं, इसलिए नहीं की जाती।
contact-notice-release-waiting = प्रतीक्षा अवधि अभी पूरी नहीं हुई है।
contact-notice-release-not-initiator = इस जोड़ी के संपर्क नियमों के अनुसार केवल दूसरा पक्ष अनुरोध कर सकता है।
contact-notice-release-consent = पहले आप दोनों को अपनी संपर्क पसंद में विवरण साझा करना चुनना होगा।
contact-notice-release-open = एक अनुरोध पहले से समन्वयकों की प्रतीक्षा में है।
contact-notice-release-done = यह अनुरोध पहले ही समाप्त हो चुका है।
contact-notice-release-moved = किसी और ने इसी समय यह अनुरोध बदल दिया। कृपया फिर से देखें।
contact-notice-consent-withdrawn = एक संपर्क पसंद बदल दी गई।
contact-notice-stopped = इसे रोक दिया गया।
contact-notice-meeting-proposed = आपका प्रस्ताव भेज दिया गया।
contact-notice-meeting-updated = मुलाक़ात अद्यतन कर दी गई।
contact-notice-meeting-not-released = पहचान साझा होने के बाद ही मुलाक़ात का प्रस्ताव दिया जा सकता है।
contact-notice-meeting-consent = आप दोनों को अपनी संपर्क पसंद में "मिलना" चुनना होगा।
contact-notice-meeting-open = एक मुलाक़ात पहले से प्रस्तावित या तय है।
contact-notice-meeting-wrong-state = इस मुलाक़ात में अब यह कदम संभव नहीं है।
contact-notice-meeting-own-proposal = प्रस्ताव का उत्तर केवल दूसरा व्यक्ति देता है।
contact-notice-meeting-moved = किसी और ने इसी समय यह मुलाक़ात बदल दी। कृपया फिर से देखें।
contact-notice-meeting-invalid = कृपया तारीख़ और स्थान जाँचें।
contact-notice-health-recorded = स्वास्थ्य समाचार समीक्षा के लिए दाता पक्ष के समन्वयक को भेज दिया गया।
contact-notice-health-invalid = कृपया स्थिति, ऐसी तारीख़ जो भविष्य में न हो, और एक पाठ दें।
contact-notice-not-allowed-by-rules = इस जोड़ी के संपर्क नियम इसकी अनुमति नहीं देते।
contact-notice-rules-unknown = इस जोड़ी के संपर्क नियम यह नहीं बताते कि इसकी अनुमति है या नहीं, इसलिए नहीं किया जाता।
contact-notice-consent = दाता या रोगी अभी यह नहीं चाहते।
contact-notice-failed = यह नहीं हो पाया। कृपया फिर से प्रयास करें।
mail-case-waiting-subject = जोड़ी { $reference } में आपके लिए कुछ प्रतीक्षा में है
mail-case-waiting-body =
    नमस्ते,

    Twinbridge में जोड़ी { $reference } में आपके लिए कुछ प्रतीक्षा में है:

    { $link }
mail-pairing-news-subject = Twinbridge में आपके लिए नई जानकारी है
mail-pairing-news-body =
    नमस्ते,

    Twinbridge में आपके संपर्क के बारे में नई जानकारी है। जब आप तैयार हों, देख सकते हैं:

    { $link }
letters-error-paused = इस जोड़ी में अभी पत्र आगे नहीं भेजे जा सकते। समन्वयक आपसे संपर्क करेंगे।
contact-notice-patient-deceased = रोगी का निधन हो गया।
consent-help-no_contact = आपको या आपकी ओर से कुछ भी आगे नहीं भेजा जाता; दूसरे व्यक्ति के बारे में कोई आपसे संपर्क नहीं करेगा।
consent-help-updates_only = आपको पता चलता है कि रोगी कैसा है (दाता के रूप में) या कि दाता को बताया गया (रोगी के रूप में), पर पत्र नहीं।
consent-help-anonymous_letters = आप पत्र लिख और पा सकते हैं। एक समन्वयक हर पत्र पहले पढ़ता है और वह सब हटा देता है जिससे आपकी पहचान हो सकती है।
consent-help-share_details = जब नियम अनुमति दें और आप दोनों सहमत हों, तो दूसरा व्यक्ति केवल वही विवरण देखता है जिन्हें आप नीचे चुनते हैं। आपका समन्वयक पहले सब जाँचता है।
consent-help-meet = ऊपर जैसा, और आप आमने-सामने मिलना चाहेंगे। मुलाक़ात तभी तय होती है जब दूसरा व्यक्ति भी चाहे।
queue-health-update = रोगी पक्ष से स्वास्थ्य समाचार
case-event-release-requested = पहचान के आदान-प्रदान का अनुरोध
case-event-release-released = पहचान साझा की गई
case-event-release-stopped = पहचान का आदान-प्रदान रोका गया
case-event-meeting = मुलाक़ात: { $status }
case-event-consent-paper = हस्ताक्षरित फ़ॉर्म से { $role } की सहमति: { $level }
contact-paper-heading = हस्ताक्षरित फ़ॉर्म से सहमति
contact-paper-explain = जब किसी प्रतिभागी ने काग़ज़ पर चुना हो, तो हस्ताक्षरित फ़ॉर्म के स्कैन या फ़ोटो के साथ उसकी पसंद यहाँ दर्ज करें। चित्र से उसका मेटाडेटा हटाया जाता है और वह एन्क्रिप्ट करके रखा जाता है; सहमति के इतिहास में दिखता है कि इसे आपने दर्ज किया।
contact-paper-participant = किसकी सहमति
contact-paper-signed-on = हस्ताक्षर की तारीख़
contact-paper-file = हस्ताक्षरित फ़ॉर्म (JPEG या PNG)
contact-paper-save = यह सहमति दर्ज करें
contact-notice-paper-recorded = हस्ताक्षरित फ़ॉर्म से सहमति दर्ज हो गई।
contact-notice-paper-invalid = कृपया स्तर, हस्ताक्षर की तारीख़ और फ़ॉर्म का पढ़ने योग्य JPEG या PNG चुनें।
