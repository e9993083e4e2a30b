## Layout
site-name = Twinbridge
site-tagline = स्टेम सेल दाताओं और उनके मरीज़ों के बीच संपर्क
skip-to-content = मुख्य सामग्री पर जाएँ
nav-label = मुख्य
nav-home = मुखपृष्ठ
nav-faq = प्रश्न और उत्तर
lang-switch-label = भाषा
lang-name-en = English
lang-name-hi = हिन्दी
lang-name-de = Deutsch
footer-text = Twinbridge दाता और मरीज़ की पहचान एक-दूसरे से तब तक गुप्त रखता है जब तक दोनों सहमत न हों और नियम अनुमति न दें।
footer-faq = प्रश्न और उत्तर

## Home
home-title = दाता और मरीज़ के बीच सुरक्षित संपर्क
home-lead = स्टेम सेल दान के बाद दाता और मरीज़ एक-दूसरे को केवल रजिस्ट्री के माध्यम से जान सकते हैं। Twinbridge उन्हें जुड़े रहने में मदद करता है — गुमनाम पत्रों से, और जहाँ दोनों देशों के नियम अनुमति दें और दोनों चाहें, वहाँ नाम साझा करके और मिलकर।
home-donors-heading = दाताओं के लिए
home-donors-text = देखें कि आप अभी क्या कर सकते हैं और कब से: अपने मरीज़ को पत्र लिखना, उनके स्वास्थ्य की जानकारी पाना, और यदि आप दोनों चाहें और नियम अनुमति दें, तो यह जानना कि वे कौन हैं। आपके पत्र जाँचे जाते हैं ताकि कोई बात अनजाने में आपकी पहचान न बता दे।
home-patients-heading = मरीज़ों और परिवारों के लिए
home-patients-text = अपने दाता को अपने शब्दों में धन्यवाद कहें। Twinbridge आपको बताता है कि कौन-से नियम लागू होते हैं, लिखते समय चेतावनी देता है यदि कोई बात आपकी पहचान बता सकती है, और सूचना देता है जब आपके दाता का पत्र आपकी प्रतीक्षा कर रहा हो। माता-पिता, अभिभावक और परिजन मरीज़ की ओर से लिख सकते हैं।
home-staff-heading = रजिस्ट्री और प्रत्यारोपण केंद्रों के लिए
home-staff-text = हर देश के संपर्क नियम एक ही जगह, दोनों ओर पत्रों की समीक्षा की कतार और पहचान बताने वाली बातों की जाँच, सहमति का रिकॉर्ड और ऑडिट ट्रेल — स्प्रेडशीट और काले मार्कर की जगह।
home-faq-link = प्रश्न और उत्तर पढ़ें

## FAQ
faq-title = प्रश्न और उत्तर
faq-lead = स्टेम सेल दान के बाद संपर्क में रहने के बारे में दाता और मरीज़ सबसे अधिक क्या पूछते हैं।
faq-anonymity-q = दाता और मरीज़ एक-दूसरे के लिए गुमनाम क्यों रहते हैं?
faq-anonymity-a = प्रत्यारोपण के बाद के पहले महीने और साल तय करते हैं कि वह सफल होगा या नहीं, और मरीज़ को आराम चाहिए। दाता संभावित दूसरे दान के लिए आरक्षित रहता है और उसे बिना दबाव के निर्णय लेना चाहिए। गुमनामी दोनों पक्षों को अनचाहे संपर्क और माँगों से भी बचाती है। इसलिए अधिकांश देश कम से कम कुछ समय के लिए गुमनामी आवश्यक करते हैं, और कुछ हमेशा के लिए।
faq-rules-q = किसके नियम लागू होते हैं?
faq-rules-a = दोनों पक्षों के नियम: दाता के देश और मरीज़ के देश का क़ानून, और दाता रजिस्ट्री तथा प्रत्यारोपण केंद्र की नीतियाँ। जहाँ वे अलग हों, वहाँ सबसे सख़्त नियम लागू होता है। Twinbridge हर दाता–मरीज़ जोड़ी के लिए दिखाता है कि आज क्या अनुमत है और किस नियम ने यह तय किया।
faq-told-q = शुरुआत में मैं दूसरे व्यक्ति के बारे में क्या जान सकता/सकती हूँ?
faq-told-a = पहचान साझा होने से पहले आप आम तौर पर केवल कुछ सामान्य बातें जान सकते हैं, जैसे लिंग, अनुमानित आयु और देश। कुछ रजिस्ट्रियाँ कुछ भी नहीं बतातीं।
faq-letters-q = क्या हम एक-दूसरे को पत्र लिख सकते हैं?
faq-letters-a = अधिकांश देशों में हाँ: गुमनाम पत्र रजिस्ट्री और प्रत्यारोपण केंद्र के माध्यम से पहुँचाए जाते हैं। कुछ देश केवल एक पत्र की अनुमति देते हैं, या तय समय में कुछ ही पत्रों की; कुछ देश हर संपर्क पर रोक लगाते हैं। दोनों ओर के कर्मचारी हर पत्र पढ़ते हैं और ऐसी हर बात हटा देते हैं जो लिखने वाले की पहचान बता सके, जैसे नाम, शहर, अस्पताल, नियोक्ता, फ़ोन नंबर या तारीख़ें। उत्तर आने में हफ़्ते लग सकते हैं या उत्तर कभी न आए; यह दूसरे व्यक्ति की अपनी इच्छा है।
faq-writing-q = पत्र में मुझे क्या नहीं लिखना चाहिए?
faq-writing-a = अपना नाम और आद्याक्षर, आप कहाँ रहते या काम करते हैं, अस्पताल का नाम, आपका जन्मदिन या प्रत्यारोपण का दिन जैसी तारीख़ें, आपका चेहरा दिखाने वाली तस्वीरें, और कोई भी संपर्क विवरण या सोशल मीडिया नाम। आप लिख सकते हैं कि आप कैसा महसूस करते हैं, सामान्य रूप से अपने परिवार, अपने शौक़ और अपनी आशाओं के बारे में। लिखते समय Twinbridge आपको चेतावनी देता है।
faq-gifts-q = क्या मैं उपहार, चित्र या फ़ोटो भेज सकता/सकती हूँ?
faq-gifts-a = यह देशों पर निर्भर करता है। कुछ छोटे उपहार की अनुमति देते हैं, कुछ बिल्कुल नहीं; चित्र और फ़ोटो कुछ जगह अनुमत हैं और हमेशा हाथ से जाँचे जाते हैं। लिखने से पहले Twinbridge दिखाता है कि आपके पत्रों के लिए क्या अनुमत है।
faq-release-q = क्या हम कभी एक-दूसरे के नाम जान सकते हैं?
faq-release-a = कुछ देशों में हाँ: एक, दो या पाँच साल की प्रतीक्षा अवधि के बाद, जो प्रत्यारोपण या अंतिम दान से गिनी जाती है, और केवल तब जब आप दोनों लिखित रूप से सहमत हों। प्रत्यारोपण केंद्र को यह भी पुष्टि करनी होती है कि मरीज़ स्वस्थ है, और दोनों पक्षों को पहले परामर्श दिया जाता है। फ़्रांस, इटली और स्पेन जैसे अन्य देशों में पहचान कभी साझा नहीं की जा सकती। आप में से हर कोई चुनता है कि कौन-सी जानकारी साझा करे।
faq-second-q = प्रतीक्षा अवधि फिर से क्यों शुरू हो गई?
faq-second-a = यदि दाता फिर से कोशिकाएँ देता है, जैसे लिम्फ़ोसाइट या दूसरा स्टेम सेल दान, तो कई नियम प्रतीक्षा अवधि अंतिम दान से गिनते हैं।
faq-meeting-q = क्या हम व्यक्तिगत रूप से मिल सकते हैं?
faq-meeting-a = केवल पहचान साझा होने के बाद और यदि आप दोनों चाहें। रजिस्ट्री और प्रत्यारोपण केंद्र पहली मुलाक़ात की तैयारी में मदद करते हैं। मुलाक़ातें दुर्लभ और बहुत भावुक होती हैं; मिलने के लिए कोई बाध्य नहीं है।
faq-updates-q = क्या दाता को पता चलेगा कि मरीज़ कैसा है?
faq-updates-a = अक्सर हाँ: कई प्रत्यारोपण केंद्र स्वास्थ्य की छोटी गुमनाम जानकारी भेजते हैं, जैसे कुछ महीनों बाद और एक साल बाद, यदि मरीज़ अनुमति दे और दाता चाहे। कुछ देश कोई जानकारी नहीं देते।
faq-cord-q = गर्भनाल रक्त (कॉर्ड ब्लड) के बारे में क्या?
faq-cord-a = गर्भनाल रक्त दान करने वाली से संपर्क कभी संभव नहीं है।
faq-sad-q = यदि मरीज़ का देहांत हो गया हो तो?
faq-sad-a = दाता को संवेदनशीलता से, बिना अधिक विवरण के बताया जाता है, और वह रजिस्ट्री से सहायता माँग सकता है। कुछ देशों में मरीज़ के परिजन दाता को पत्र लिख सकते हैं।
faq-consent-q = क्या मैं अपना निर्णय बदल सकता/सकती हूँ?
faq-consent-a = हाँ, कभी भी। आप तय करते हैं कि आप कितना संपर्क चाहते हैं — कोई नहीं, केवल स्वास्थ्य जानकारी, गुमनाम पत्र, चुनी हुई जानकारी साझा करना, या मिलना — और आप सहमति वापस ले सकते हैं। सहमति वापस लेना उन सभी चीज़ों पर तुरंत लागू होता है जो अभी पहुँचाई नहीं गई हैं।

## Errors
error-not-found-title = पृष्ठ नहीं मिला
error-not-found-text = इस पते पर कुछ नहीं है, या आप इसे नहीं देख सकते।
error-internal-title = कुछ गड़बड़ हो गई
error-internal-text = हमारी ओर से कुछ गड़बड़ हो गई। कृपया बाद में फिर कोशिश करें। यदि यह बार-बार हो, तो अपनी रजिस्ट्री को यह त्रुटि संख्या बताएँ:
error-unavailable-title = कृपया थोड़ी देर में फिर कोशिश करें
error-unavailable-text = सेवा अभी अपने डेटाबेस तक नहीं पहुँच पा रही है। आपके भेजे गए में कुछ नहीं बदला गया; कृपया कुछ सेकंड बाद फिर कोशिश करें।
error-back-home = मुखपृष्ठ पर लौटें

## Signed-in navigation
nav-dashboard = अवलोकन
nav-account = खाता
nav-staff = कर्मचारी
nav-sign-in = साइन इन
sign-out = साइन आउट

## Sign-in
sign-in-title = साइन इन
sign-in-password-heading = अपने पासवर्ड से
sign-in-email = ईमेल पता
sign-in-password = पासवर्ड
sign-in-totp = आपके ऑथेंटिकेटर ऐप का कोड (केवल कर्मचारी)
sign-in-submit = साइन इन करें
sign-in-link-heading = ईमेल पर भेजे गए लिंक से
sign-in-link-text = दाता, मरीज़ और परिवार अपने ईमेल पते पर भेजे गए लिंक से साइन इन कर सकते हैं। यह एक बार, 15 मिनट तक काम करता है।
sign-in-link-submit = मुझे लिंक भेजें
sign-in-code-used = आपके ऑथेंटिकेटर ऐप का यह कोड पहले ही उपयोग हो चुका है। अगले कोड की प्रतीक्षा करें (यह हर 30 सेकंड में बदलता है) और वही दर्ज करें।
sign-in-failed = साइन इन नहीं हो सका। अपना ईमेल पता, पासवर्ड और कोड जाँचें। बार-बार असफल होने पर साइन इन कुछ समय के लिए रोक दिया जाता है।
sign-in-link-sent-title = अपना ईमेल देखें
sign-in-link-sent-text = यदि यह पता किसी खाते का है, तो साइन इन लिंक भेज दिया गया है। यह एक बार, 15 मिनट तक काम करता है।
totp-title = अपना कोड दर्ज करें
totp-text = अपना ऑथेंटिकेटर ऐप खोलें और Twinbridge का 6 अंकों का कोड दर्ज करें। आप अपने किसी रिकवरी कोड का भी उपयोग कर सकते हैं।
totp-code = कोड
totp-submit = आगे बढ़ें
link-confirm-title = Twinbridge में साइन इन करें
link-confirm-text = साइन इन करने के लिए बटन दबाएँ। लिंक केवल एक बार काम करता है।
link-confirm-submit = साइन इन करें
link-invalid-title = यह लिंक अब काम नहीं करता
link-invalid-text = लिंक एक बार और सीमित समय तक ही काम करते हैं। साइन इन पृष्ठ पर नया लिंक माँगें।

## Overview after sign-in
dashboard-title = अवलोकन
dashboard-text = Twinbridge में आप जो कुछ कर सकते हैं, वह सब यहाँ से जुड़ा है।
dashboard-account = खाता सेटिंग: पासवर्ड, भाषा, सूचना ईमेल, हर जगह से साइन आउट
dashboard-totp = ऑथेंटिकेटर ऐप: सेट करें या बदलें
dashboard-staff = आपके संगठन के कर्मचारी: आमंत्रित करें और खाते बंद करें

## Account settings
account-title = खाता सेटिंग
account-language-heading = भाषा
account-language-label = पृष्ठों और ईमेल की भाषा
account-language-save = भाषा सहेजें
account-notify-heading = सूचना ईमेल
account-notify-text = सूचनाएँ आपके साइन इन पते पर जाती हैं, जब तक आप यहाँ कोई दूसरा पता न दें। उनमें कभी नाम या अन्य व्यक्तिगत जानकारी नहीं होती।
account-notify-label = सूचना ईमेल (साइन इन पते के लिए खाली छोड़ें)
account-notify-save = सूचना ईमेल सहेजें
account-receipts-heading = पढ़ने की सूचना
account-receipts-text = जब आप कोई पत्र खोलते हैं, तो लिखने वाले को "पहुँचाया गया" दिखता है। आप चाहें तो उन्हें इसके बजाय "पढ़ा गया" दिख सकता है। आपके बारे में और कुछ साझा नहीं होता।
account-receipts-label = लिखने वालों को यह देखने दें कि मैंने उनके पत्र पढ़ लिए हैं
account-receipts-save = पढ़ने की सूचना सहेजें
account-password-heading = पासवर्ड
account-password-current = वर्तमान पासवर्ड (यदि हो)
account-password-new = नया पासवर्ड (कम से कम 10 अक्षर)
account-password-save = पासवर्ड सेट करें
account-password-done = आपका पासवर्ड सेट हो गया है। आपके अन्य सत्रों से साइन आउट कर दिया गया है।
account-password-refused = पासवर्ड नहीं बदला गया: वर्तमान पासवर्ड सही नहीं है, या नया पासवर्ड 10 अक्षरों से छोटा है।
account-everywhere-heading = हर जगह से साइन आउट
account-everywhere-text = सभी उपकरणों पर, इस उपकरण सहित, आपके खाते के सभी सत्र और API टोकन समाप्त कर देता है।
account-everywhere-submit = हर जगह से साइन आउट करें
account-saved = सहेजा गया।
account-invalid-email = यह मान्य ईमेल पता नहीं है।

## Authenticator enrolment
enrol-title = अपना ऑथेंटिकेटर ऐप सेट करें
enrol-text = कर्मचारी पासवर्ड और ऑथेंटिकेटर ऐप के कोड से साइन इन करते हैं। ऐप से QR कोड स्कैन करें या कुंजी टाइप करें, फिर ऐप में दिखने वाला कोड दर्ज करें।
enrol-key = कुंजी
enrol-qr-alt = ऑथेंटिकेटर ऐप में Twinbridge जोड़ने के लिए QR कोड
enrol-code = ऐप का कोड
enrol-submit = पुष्टि करें
enrol-refused = कोड मेल नहीं खाया। अपने फ़ोन का समय जाँचें और फिर कोशिश करें।
recovery-title = आपके रिकवरी कोड
recovery-text = इन कोड को सुरक्षित जगह रखें। फ़ोन खो जाने पर हर कोड ऐप के कोड की जगह एक बार काम करता है। ये केवल अभी दिखाए जा रहे हैं।
recovery-continue = आगे बढ़ें

## Staff management
staff-title = कर्मचारी
staff-list-heading = कर्मचारियों के खाते
staff-col-name = नाम
staff-col-email = ईमेल पता
staff-col-roles = भूमिकाएँ
staff-col-status = स्थिति
staff-col-action = कार्रवाई
staff-active = सक्रिय
staff-disabled = बंद
staff-disable = बंद करें
staff-enable = फिर चालू करें
staff-invite-heading = कर्मचारी को आमंत्रित करें
staff-name = नाम
staff-email = ईमेल पता
staff-roles = भूमिकाएँ
role-coordinator = समन्वयक
role-administrator = प्रशासक
role-auditor = लेखा परीक्षक
staff-invite-submit = आमंत्रण भेजें
staff-invited = आमंत्रण भेज दिया गया है।
staff-invite-refused = आमंत्रण नहीं भेजा गया। नाम और पता जाँचें (हो सकता है उसका पहले से खाता हो), और कम से कम एक भूमिका चुनें।
invitation-title = Twinbridge में आपका स्वागत है
invitation-text = कम से कम 10 अक्षरों का पासवर्ड चुनें। इसके बाद आप अपना ऑथेंटिकेटर ऐप सेट करेंगे।
invitation-password = पासवर्ड
invitation-submit = पासवर्ड सेट करें

## E-mails
mail-sign-in-link-subject = Twinbridge के लिए आपका साइन इन लिंक
mail-sign-in-link-body =
    नमस्ते,

    Twinbridge में साइन इन करने के लिए यह आपका लिंक है। यह एक बार, { $minutes } मिनट तक काम करता है:

    { $link }

    यदि आपने इसे नहीं माँगा था, तो इस संदेश को अनदेखा करें।
mail-invitation-subject = Twinbridge के लिए आपका आमंत्रण
mail-invitation-body =
    नमस्ते,

    आपको Twinbridge में काम करने के लिए आमंत्रित किया गया है। अपना पासवर्ड चुनने और ऑथेंटिकेटर ऐप सेट करने के लिए यह लिंक खोलें। यह { $days } दिन तक काम करता है:

    { $link }

## Rules by country
nav-rules = देशों के नियम
rules-title = देशों के अनुसार संपर्क नियम
rules-lead = असंबंधित स्टेम सेल दान के बाद हर देश का क़ानून और रजिस्ट्रियाँ क्या अनुमति देती हैं। जब दाता और मरीज़ अलग-अलग देशों में रहते हैं, तो दोनों में से अधिक सख़्त नियम लागू होता है। जानकारी सार्वजनिक स्रोतों से है, जिनके लिंक हर पंक्ति में हैं; जो बात ज्ञात नहीं है वह अज्ञात लिखी है, और Twinbridge उसे कभी अनुमति नहीं मानता।
rules-caption = नियम डेटा में हर देश के क़ानून या संगठन की नीति के लिए एक पंक्ति
rules-col-country = देश
rules-col-rule = क़ानून या संगठन
rules-col-letters = गुमनाम पत्र
rules-col-release = पहचान साझा करना
rules-col-sources = स्रोत
rules-kind-law = देश का क़ानून
rules-kind-main = देश की मुख्य रजिस्ट्री
rules-kind-residence = देश में रहने वाले सभी लोगों के लिए नियम
rules-kind-organisation = संगठन की नीति
rules-letters-allowed = अनुमत
rules-letters-forbidden = अनुमत नहीं
rules-letters-not-mention = पत्रों में इनका उल्लेख नहीं: { $kinds }
rules-letters-max = हर पक्ष से अधिकतम { $count }
rules-release-never = कभी नहीं
rules-release-after = { $months } महीने बाद, यदि दोनों सहमत हों
rules-release-after-unknown = अज्ञात अवधि की प्रतीक्षा के बाद
rules-unknown = ज्ञात नहीं
rules-not-stated = उल्लेख नहीं

## Organisation contact policy
nav-policy = संपर्क नीति
dashboard-policy = आपके संगठन की संपर्क नीति: अपने नियम तय करें
orgpolicy-title = आपके संगठन की संपर्क नीति
orgpolicy-lead = आपका संगठन नियम प्रविष्टि { $entry } का पालन करता है। यहाँ आप अपने नियम तय कर सकते हैं: वे विषय-दर-विषय उस प्रविष्टि की जगह लेते हैं। वे अधिक सख़्त हो सकते हैं, या वहाँ अलग हो सकते हैं जहाँ आपके देश का क़ानून अनुमति दे। जोड़ियों पर वे तुरंत लागू होते हैं।
orgpolicy-entry-none = (कोई नहीं)
orgpolicy-letters-forbidden = कोई गुमनाम पत्र नहीं
orgpolicy-max-letters = हर पक्ष से अधिकतम इतने पत्र (खाली: नियम प्रविष्टि के अनुसार)
orgpolicy-gifts = पत्रों के साथ उपहार
orgpolicy-photos = पत्रों के साथ फ़ोटो और चित्र
orgpolicy-release = पहचान साझा करना
orgpolicy-months = महीनों में प्रतीक्षा अवधि
orgpolicy-counted-from = किससे गिनी जाए
orgpolicy-as-entry = नियम प्रविष्टि के अनुसार
orgpolicy-gifts-none = कोई उपहार नहीं
orgpolicy-gifts-small = छोटे उपहार
orgpolicy-gifts-allowed = उपहार अनुमत
orgpolicy-photos-none = कोई फ़ोटो नहीं
orgpolicy-photos-allowed = फ़ोटो अनुमत
orgpolicy-release-never = कभी नहीं
orgpolicy-release-after = प्रतीक्षा अवधि के बाद
orgpolicy-from-last_donation = अंतिम दान (DLI सहित)
orgpolicy-from-first_transplant = पहला प्रत्यारोपण
orgpolicy-from-last_transplant = अंतिम प्रत्यारोपण
orgpolicy-from-first_collection = पहला संग्रह
orgpolicy-from-unknown = ऐसा दिन जिसे स्रोत नहीं बताते
orgpolicy-source = वह वेब पता जहाँ आपकी नीति लिखी है
orgpolicy-save = नीति सहेजें
orgpolicy-saved = नीति सहेज ली गई है और अब आपकी जोड़ियों पर लागू है।
orgreview-heading = पत्रों की समीक्षा
orgreview-lead = आम तौर पर दोनों पक्षों के समन्वयक हर पत्र पढ़ते हैं। यदि आपके कर्मचारी पत्रों की समीक्षा नहीं करते, तो आपके पक्ष पर मशीन जाँच जो पाती है उसे हटा देती है; दूसरा पक्ष फिर भी समीक्षा करता है, और यदि कोई भी पक्ष नहीं चाहता, तो लिखने वाले का पक्ष हमेशा समीक्षा करता है।
orgreview-checkbox = हमारे समन्वयक हमारे पक्ष पर पत्रों की समीक्षा करते हैं
orgreview-save = पत्र समीक्षा सहेजें
orgreview-saved = पत्र समीक्षा की सेटिंग सहेज ली गई है और अब से लागू है।
orgpolicy-refused = सहेजा नहीं गया: यह इन विषयों पर आपके देश के क़ानून से अधिक छूट देगी: { $dimensions }।
orgpolicy-invalid = सहेजा नहीं गया: संख्याएँ जाँचें (महीने 1 से 240, पत्र 1 से 50) और अपनी नीति का वेब पता दें।
orgpolicy-history = बदलाव
orgpolicy-col-when = कब
orgpolicy-col-who = किसने
orgpolicy-col-what = क्या तय किया
orgpolicy-summary-letters-max = हर पक्ष से अधिकतम { $count } पत्र
orgpolicy-summary-release-after = { $months } महीने बाद पहचान
orgpolicy-summary-empty = नियम प्रविष्टि के अनुसार
dim-anonymous_letters = गुमनाम पत्र
dim-gifts = उपहार
dim-photos = फ़ोटो
dim-identity_release = पहचान साझा करना

## Pairings
nav-pairings = जोड़ियाँ
dashboard-pairings = आपकी जोड़ियाँ और आज हर एक में नियम क्या अनुमति देते हैं
pairings-title = जोड़ियाँ
pairings-empty = अभी आपके लिए कोई जोड़ी नहीं है।
pairings-col-reference = संदर्भ
pairings-col-side = पक्ष
pairings-col-role = भूमिका
side-donor = दाता पक्ष
side-patient = मरीज़ पक्ष
participant-donor = दाता
participant-patient = मरीज़
participant-proxy = परिजन या अभिभावक
pairing-title = जोड़ी
pairing-today = आज क्या संभव है
pairing-rules-heading = नियम और स्रोत
pairing-col-topic = विषय
pairing-col-rule = नियम
pairing-col-says = नियम क्या कहता है
explain-cord = गर्भनाल रक्त दान के बाद कोई संपर्क नहीं होता: न पत्र, और पहचान कभी साझा नहीं होती।
explain-letters-now = आप अभी गुमनाम पत्र लिख सकते हैं।
explain-letters-remaining = { $count ->
    [one] आप एक और गुमनाम पत्र लिख सकते हैं।
   *[other] आप { $count } और गुमनाम पत्र लिख सकते हैं।
    }
explain-letters-not-now = आप अभी गुमनाम पत्र नहीं लिख सकते।
explain-letters-forbidden = नियम इस जोड़ी के लिए गुमनाम पत्रों की अनुमति नहीं देते।
explain-letters-unknown = गुमनाम पत्रों की अनुमति है या नहीं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
explain-gifts-none = उपहार की अनुमति नहीं है।
explain-gifts-small = एक छोटा उपहार अनुमत है।
explain-gifts-allowed = उपहार अनुमत हैं।
explain-gifts-unknown = उपहार अनुमत हैं या नहीं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
explain-photos-none = फ़ोटो और चित्र अनुमत नहीं हैं।
explain-photos-allowed = फ़ोटो और चित्र अनुमत हैं।
explain-photos-unknown = फ़ोटो और चित्र अनुमत हैं या नहीं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
explain-release-never = दोनों में से एक देश के नियम पहचान साझा करने की कभी अनुमति नहीं देते।
explain-release-unknown = पहचान कभी साझा हो सकती है या नहीं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
explain-release-passed = प्रतीक्षा अवधि पूरी हो गई है: यदि आप दोनों सहमत हों और बाकी शर्तें पूरी हों, तो पहचान साझा की जा सकती है।
explain-release-after = यदि आप दोनों सहमत हों, तो पहचान सबसे पहले { $date } से साझा की जा सकती है।
explain-release-date-unknown = { $months } महीने की प्रतीक्षा के बाद पहचान साझा की जा सकती है; तारीख़ अभी तय नहीं की जा सकती।
explain-open-conditions = पहचान साझा होने से पहले अभी भी ज़रूरी: { $conditions }।
explain-letters-total = { $count ->
    [one] कुल मिलाकर दोनों ओर से केवल एक पत्र भेजा जा सकता है।
   *[other] कुल मिलाकर दोनों ओर से अधिकतम { $count } पत्र भेजे जा सकते हैं।
    }
explain-gifts-count = { $count ->
    [one] कुल मिलाकर अधिकतम एक उपहार।
   *[other] कुल मिलाकर अधिकतम { $count } उपहार।
    }
explain-consent-first = नियमों के अनुसार लिखने से पहले पत्रों के लिए आपकी सहमति दर्ज होनी चाहिए: इसी पेज पर अपना संपर्क स्तर चुनें।
explain-forbidden-content = इस जोड़ी के पत्रों में इनका उल्लेख नहीं होना चाहिए: { $kinds }।
explain-release-length-unknown = पहचान केवल एक प्रतीक्षा अवधि के बाद साझा की जा सकती है, जिसकी लंबाई ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
explain-conditions-unknown = पहचान साझा करने से पहले और कौन-सी शर्तें लागू होती हैं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
content-name = नाम
content-initials = नाम के आद्याक्षर
content-residence = आप कहाँ रहते हैं
content-address = पते
content-date_of_birth = जन्म तिथियाँ
content-age = उम्र
content-hospital = अस्पताल या दान का स्थान
content-country = आपका देश
content-social_media = सोशल मीडिया खाते
content-disease = बीमारी
content-donation_details = दान की तिथि या स्थान
content-contact_details = ईमेल पते या फ़ोन नंबर
condition-both_written_consent = आप दोनों लिखित रूप से सहमत हों
condition-counselling_recorded = आप दोनों का परामर्श दर्ज हो
condition-patient_well_confirmed = प्रत्यारोपण केंद्र पुष्टि करे कि मरीज़ स्वस्थ है
condition-no_further_donation_expected = आगे कोई दान अपेक्षित न हो
condition-regular_letters_first = पहले गुमनाम पत्रों का आदान-प्रदान हुआ हो
condition-confidentiality_agreement = गोपनीयता समझौते पर हस्ताक्षर हों
dim-health_updates = स्वास्थ्य जानकारी
dim-before_release = पहले क्या बताया जा सकता है

## Audit
nav-audit = ऑडिट ट्रेल
dashboard-audit = आपके संगठन का ऑडिट ट्रेल
audit-title = ऑडिट ट्रेल
audit-lead = आपके संगठन का हर साइन इन, पहचान तक हर पहुँच और हर निर्णय, सबसे नया पहले। प्रविष्टियों में केवल पहचान संख्याएँ होती हैं; ट्रेल एक हैश श्रृंखला है, जिसे "twinbridge audit verify" से जाँचा जाता है।
audit-action = कार्रवाई
audit-subject = विषय (जैसे किसी जोड़ी की पहचान संख्या)
audit-actor = करने वाला (खाता संख्या)
audit-from = से
audit-to = तक
audit-filter = छाँटें
audit-col-when = कब

## Letters
mail-letter-waiting-subject = Twinbridge में एक पत्र आपकी प्रतीक्षा कर रहा है
mail-letter-waiting-body =
    नमस्ते,

    Twinbridge में एक पत्र आपकी प्रतीक्षा कर रहा है। जब आप तैयार हों, इसे पढ़ सकते हैं:

    { $link }

## Letter pages
nav-review = समीक्षा
dashboard-review = आपकी समीक्षा की प्रतीक्षा कर रहे पत्र
pairing-letters = पत्र
pairing-no-letters = अभी कोई पत्र नहीं।
pairing-write = पत्र लिखें
write-title = गुमनाम पत्र लिखें
write-rules-heading = नियम क्या अनुमति देते हैं
write-guidance = दिल से लिखें, पर ऐसी हर बात छोड़ दें जो बता सके कि आप कौन हैं: आपका नाम, आप कहाँ रहते या काम करते हैं, अस्पताल, तारीख़ें, फ़ोन नंबर, ईमेल या सोशल मीडिया नाम। आगे भेजने से पहले दोनों ओर के कर्मचारी पत्र पढ़ते हैं।
write-body = आपका पत्र
write-warnings-heading = इससे आपकी पहचान हो सकती है
write-no-warnings = पहचान बताने वाली कोई बात नहीं मिली। कर्मचारी फिर भी पत्र पढ़ेंगे।
write-warnings-never-block = चेतावनियाँ केवल सुझाव हैं; वे आपको भेजने से कभी नहीं रोकतीं।
write-check = जाँचें
write-save-draft = मसौदा सहेजें
write-send = समीक्षा के लिए भेजें
letter-title = पत्र
letter-from-donor = दाता पक्ष का पत्र
letter-from-patient = मरीज़ पक्ष का पत्र
letter-status-draft = मसौदा
letter-status-in_review = समीक्षा में
letter-status-returned = लेखक को लौटाया गया
letter-status-rejected = आगे नहीं भेजा गया
letter-status-delivered = पहुँचाया गया
letter-status-read = पढ़ा गया
letter-status-withdrawn = वापस लिया गया
letter-reasons = समीक्षकों के कारण
letter-reply = उत्तर लिखें
letter-back = जोड़ी पर लौटें
letter-pictures = चित्र
picture-kind = यह क्या है
picture-kind-card = कार्ड
picture-kind-drawing = ड्रॉइंग
picture-kind-photo = फ़ोटो
picture-file = चित्र (JPEG या PNG, अधिकतम 8 MB)
picture-add-heading = कार्ड, ड्रॉइंग या फ़ोटो जोड़ें
picture-hint = ऐसे चित्र चुनें जिनसे पता न चले कि आप कौन हैं या कहाँ रहते हैं: कोई चेहरा, नाम, मकान नंबर, गाड़ी की नंबर प्लेट, स्कूल की वर्दी या अस्पताल का बोर्ड नहीं। फ़ाइल में रखी जानकारी (जैसे फ़ोटो कहाँ और कब ली गई) हटा दी जाती है, और आगे भेजने से पहले दोनों पक्षों के कर्मचारी हर चित्र देखते हैं।
picture-add = चित्र जोड़ें
picture-remove = यह चित्र हटाएँ
picture-added = चित्र जोड़ दिया गया है।
picture-removed = चित्र हटा दिया गया है।
review-pictures = चित्र (केवल चिह्नित चित्र आगे भेजे जाते हैं)
review-picture-pass = आगे भेजें
write-pictures-hint = नियम आपके पत्र के साथ कार्ड, ड्रॉइंग या फ़ोटो की अनुमति देते हैं: पत्र को ड्राफ़्ट के रूप में सहेजें, फिर पत्र के पेज पर चित्र जोड़ें।
letters-error-picture = यह फ़ाइल नहीं ली जा सकी: कृपया अधिकतम 8 MB का JPEG या PNG चित्र चुनें (एक पत्र में अधिकतम 3)।
letters-error-pictures-not-allowed = इस जोड़ी के संपर्क नियम पत्रों के साथ फ़ोटो, ड्रॉइंग या कार्ड की अनुमति नहीं देते।
review-findings = जाँच में क्या मिला
review-suggested = इन्हें हटाएँ (रखने के लिए निशान हटाएँ)
review-also-remove = यह भी हटाएँ (शब्द या वाक्यांश, अल्पविराम से अलग)
review-note = लेखक के लिए कारण (लौटाने या अस्वीकार करने के लिए आवश्यक)
review-preview = पूर्वावलोकन
review-preview-heading = जो आगे भेजा जाएगा
review-approve = स्वीकृत करें
review-return = लेखक को लौटाएँ
review-reject = अस्वीकार करें
review-done = आपका निर्णय दर्ज हो गया है।
review-writer-side-screen-only = लिखने वाले का पक्ष पत्रों की समीक्षा स्वयं नहीं करता: यह पाठ आप तक पहुँचने से पहले मशीन जाँच ने जो पाया उसे हटा दिया। इसे पढ़ने वाले व्यक्ति केवल आप हैं।
review-reader-side-screen-only = पढ़ने वाले का पक्ष पत्रों की समीक्षा स्वयं नहीं करता: आपकी स्वीकृति से यह पत्र तुरंत पहुँचा दिया जाएगा, जब मशीन जाँच पढ़ने वाले के विवरणों से जो पाती है उसे हटा देगी।
queue-title = समीक्षा की प्रतीक्षा कर रहे पत्र
queue-empty = आपके पक्ष के लिए कोई पत्र प्रतीक्षा में नहीं है।
queue-col-letter = पत्र
queue-col-stage = समीक्षा
queue-col-waiting = प्रतीक्षा
queue-stage-writer = लेखक का पक्ष (मूल)
queue-stage-reader = पाठक का पक्ष
queue-hours = { $hours } घंटे
letters-error-quota-used = नियम आपके पक्ष से जितने पत्रों की अनुमति देते हैं, वे सब भेजे जा चुके हैं।
letters-error-awaiting-reply = नियम आपका अगला पत्र पिछले पत्र के उत्तर के बाद ही अनुमत करते हैं।
letters-error-other-side-writes-first = नियमों के अनुसार पहला पत्र दूसरा पक्ष लिखता है।
letters-error-window-closed = जिस अवधि में नियम पत्रों की अनुमति देते हैं, वह बीत चुकी है।
letters-error-not-yet = प्रत्यारोपण दर्ज होने के बाद ही पत्र संभव हैं।
letters-error-consent = इस जोड़ी में चुने गए संपर्क के साथ पत्र संभव नहीं है।
letters-error-cord-blood = गर्भनाल रक्त दान के बाद कोई संपर्क नहीं होता।
letters-error-rules-unknown = पत्र अनुमत हैं या नहीं, यह ज्ञात नहीं है; अपनी रजिस्ट्री से पूछें।
letters-error-not-allowed-by-rules = इस जोड़ी के संपर्क नियम गुमनाम पत्रों की अनुमति नहीं देते।
letters-error-wrong-state = यह पत्र इस चरण की प्रतीक्षा नहीं कर रहा।
letters-error-bad-input = कृपया पत्र जाँचें: वह खाली या बहुत लंबा नहीं होना चाहिए, और लौटाने या अस्वीकार करने के लिए कारण ज़रूरी है।
letters-error-forbidden = यह आप यहाँ नहीं कर सकते।
letter-edit = आपका पत्र (भेजने से पहले आप इसे बदल सकते हैं)
letter-withdraw = यह पत्र वापस लें
letter-saved = सहेजा गया।
letter-withdrawn = पत्र वापस ले लिया गया है; इसे आगे नहीं भेजा जाएगा।

## Consent
consent-heading = संपर्क का आपका चुनाव
consent-text = आप तय करते हैं कि आप कितना संपर्क चाहते हैं, और आप कभी भी अपना निर्णय बदल सकते हैं। बदलाव उन सभी चीज़ों पर तुरंत लागू होता है जो अभी पहुँचाई नहीं गई हैं।
consent-level = संपर्क
consent-no_contact = कोई संपर्क नहीं
consent-updates_only = केवल स्वास्थ्य जानकारी
consent-anonymous_letters = गुमनाम पत्र
consent-share_details = नीचे चुनी गई जानकारी साझा करें, जब नियम अनुमति दें
consent-meet = व्यक्तिगत रूप से मिलें, जब नियम अनुमति दें
consent-share = पहचान साझा होने के बाद मैं जो जानकारी दूँगा/दूँगी (केवल अंतिम दो विकल्पों के साथ)
share-first_name = पहला नाम
share-full_name = पूरा नाम
share-country = देश
share-town = शहर
share-email = ईमेल पता
share-phone = फ़ोन नंबर
share-postal_address = डाक पता
share-photo = एक फ़ोटो
consent-save = मेरा चुनाव सहेजें

## Cases
mail-participant-invitation-subject = Twinbridge के लिए आपका आमंत्रण
mail-participant-invitation-body =
    नमस्ते,

    आपकी रजिस्ट्री या प्रत्यारोपण केंद्र ने आपको Twinbridge में आमंत्रित किया है, जहाँ आप देख सकते हैं कि दान के बाद कौन-सा संपर्क संभव है और गुमनाम पत्रों का आदान-प्रदान कर सकते हैं। साइन इन करने के लिए यह लिंक खोलें। यह { $days } दिन तक काम करता है:

    { $link }
letter-translation = अनुवाद
letter-add-translation = अनुवाद जोड़ें
letter-translation-language = अनुवाद की भाषा (जैसे en, de, hi)
letter-translation-text = अनूदित पाठ (इसकी भी जाँच होती है)
letter-translation-save = अनुवाद जोड़ें

date-format = { $day } { $month } { $year }
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्टूबर
month-11 = नवंबर
month-12 = दिसंबर
write-kept = लिखते समय आप साइन आउट हो गए थे। आपका पत्र रखा गया है: जब आप तैयार हों, उसे जाँचें और भेजें।
letters-error-bad-text = कृपया अपना पत्र लिखें: इसे खाली नहीं भेजा जा सकता, और यह कुछ पन्नों से लंबा नहीं होना चाहिए।
finding-not-allowed = इस जोड़ी के संपर्क नियमों के अनुसार पत्रों में अनुमति नहीं
tokens-title = रजिस्ट्री सिस्टम के लिए सेवा टोकन
tokens-link = आपकी रजिस्ट्री के सिस्टम के लिए सेवा टोकन
tokens-intro = रजिस्ट्री का कोई सिस्टम (दाता या केस सिस्टम) अपने टोकन से Twinbridge API का उपयोग करता है। यह आपके समन्वयकों के अधिकारों से, केवल अपनी अनुमतियों की सीमा तक काम करता है, कभी दाता या मरीज़ के रूप में नहीं, और हर उपयोग ऑडिट रिकॉर्ड में दर्ज होता है।
tokens-created-heading = नया टोकन
tokens-created-once = यह टोकन अभी उस सिस्टम में कॉपी करें जो इसका उपयोग करेगा: यह केवल इसी बार दिखाया जाता है।
tokens-col-name = नाम
tokens-col-scopes = अनुमतियाँ
tokens-col-created = बनाया गया
tokens-col-used = अंतिम उपयोग
tokens-col-action = कार्रवाई
tokens-never-used = अभी नहीं
tokens-revoked = रद्द
tokens-revoke = रद्द करें
tokens-new-heading = टोकन बनाएँ
tokens-name = नाम (कौन-सा सिस्टम इसका उपयोग करता है)
tokens-scopes = यह क्या कर सकता है
tokens-create = टोकन बनाएँ
tokens-error-name = टोकन को एक पंक्ति का नाम दें, अधिकतम 100 अक्षर।
tokens-error-scopes = कम से कम एक अनुमति चुनें।
tokens-error-taken = इस नाम का टोकन पहले से है; दूसरा नाम चुनें या पुराना टोकन रद्द करें।
scope-cases-read = केस और उनके नियम पढ़ना
scope-cases-write = केस खोलना और अपडेट करना (पढ़ना भी शामिल)
scope-letters-read = पत्र और समीक्षा सूची पढ़ना
scope-registrations-read = संभावित दाताओं के पंजीकरण पढ़ना
scope-questions-read = प्रश्न पढ़ना
scope-statistics-read = आँकड़े पढ़ना
scope-identities-read = अपने प्रतिभागियों की पहचान देखना
mydata-title = आपका डेटा
mydata-intro = Twinbridge में आपके बारे में रखा गया सब कुछ: आपका विवरण, समय के साथ आपकी संपर्क पसंद, आपके लिखे और मिले पत्र (जैसे वे आप तक पहुँचे) और आपके खाते व विवरण के साथ क्या किया गया इसका रिकॉर्ड। इसमें दूसरे व्यक्ति के बारे में कुछ नहीं है।
mydata-download = फ़ाइल के रूप में डाउनलोड करें (JSON)
mydata-link = अपने बारे में रखा गया सारा डेटा देखें या डाउनलोड करें
mydata-identity = आपका विवरण
mydata-pairing = जोड़ी
mydata-consents = समय के साथ आपकी संपर्क पसंद
mydata-letters = पत्र
mydata-written = आपके द्वारा लिखा गया
mydata-received = आपको मिला
mydata-events = आपके खाते और विवरण के साथ क्या किया गया
mydata-col-when = कब
mydata-col-what = क्या
mydata-field-legal_name = नाम
mydata-field-preferred_first_name = आपका पसंदीदा पहला नाम
mydata-field-email = ईमेल
mydata-field-phone = फ़ोन
mydata-field-postal_address = डाक पता
mydata-field-town = शहर
mydata-field-country = देश
mydata-field-date_of_birth = जन्म तिथि
mydata-field-language = भाषा
mydata-field-sex = लिंग
mydata-field-other_identifiers = अन्य पहचान-चिह्न
mydata-field-grid = दाता संख्या (GRID)

## Webhooks
webhooks-title = रजिस्ट्री सिस्टम के लिए वेबहुक
webhooks-link = वेबहुक: जब कुछ आपकी रजिस्ट्री के सिस्टम की राह देखे, तो उन्हें बताएँ
webhooks-intro = जब कोई पत्र आपके संगठन की समीक्षा की प्रतीक्षा करता है, जब कोई पक्ष पहचान जारी करने पर हस्ताक्षर करता है, या जब कोई आपके संगठन से प्रश्न पूछता है, तब Twinbridge आपके सिस्टम के पते पर एक छोटा हस्ताक्षरित संदेश भेजता है। संदेश में केवल आईडी होती हैं, कभी कोई नाम या पाठ नहीं: बाकी जानकारी आपका सिस्टम सर्विस टोकन के साथ API से लेता है।
webhooks-created-heading = नई सदस्यता
webhooks-created-once = यह हस्ताक्षर-रहस्य अभी प्राप्त करने वाले सिस्टम में कॉपी करें: यह केवल इसी एक बार दिखाया जाता है। आपका सिस्टम इससे हर संदेश का Twinbridge-Signature हेडर जाँचता है।
webhooks-col-url = पता
webhooks-col-events = घटनाएँ
webhooks-col-created = बनाया गया
webhooks-col-last = पिछली डिलीवरी
webhooks-col-action = कार्रवाई
webhooks-no-delivery = अभी कोई नहीं
webhooks-status-pending = प्रतीक्षा में या फिर से प्रयास हो रहा है
webhooks-status-delivered = पहुँचाया गया
webhooks-status-given-up = छोड़ दिया गया
webhooks-delete = हटाएँ
webhooks-new-heading = सदस्यता जोड़ें
webhooks-url = आपके सिस्टम का पता (https://)
webhooks-url-hint = केवल https:// पते; परीक्षण के लिए इसी कंप्यूटर के पतों (127.0.0.1, localhost) के लिए http:// स्वीकार है।
webhooks-events = उसे क्या बताना है
webhooks-event-letter-waiting = कोई पत्र आपके संगठन की समीक्षा की प्रतीक्षा कर रहा है
webhooks-event-release-signed-off = किसी पक्ष ने पहचान जारी करने पर हस्ताक्षर किए (या उसे पूरा किया)
webhooks-event-question-asked = आपके संगठन से एक प्रश्न पूछा गया
webhooks-create = सदस्यता जोड़ें
webhooks-error-url = https:// पता दें (http:// केवल 127.0.0.1 या localhost के लिए), बिना उपयोगकर्ता नाम या पासवर्ड के।
webhooks-error-events = कम से कम एक घटना चुनें।

## Words for the codes of the rule data, in rule summaries shown to staff.
code-after_period = प्रतीक्षा अवधि के बाद
code-last_donation = अंतिम दान
code-first_collection = पहला संग्रह
code-first_transplant = पहला प्रत्यारोपण
code-last_transplant = अंतिम प्रत्यारोपण
code-both_written_consent = दोनों की लिखित सहमति
code-counselling_recorded = दर्ज परामर्श
code-patient_well_confirmed = मरीज़ के स्वास्थ्य की पुष्टि
code-no_further_donation_expected = आगे कोई दान अपेक्षित नहीं
code-age_group = आयु वर्ग
code-disease_category = रोग का प्रकार
code-date_of_birth = जन्म तिथि
code-contact_details = संपर्क विवरण
code-donation_details = दान का विवरण
code-social_media = सोशल मीडिया
code-confidentiality_agreement = गोपनीयता समझौता
code-regular_letters_first = पहले नियमित पत्र
code-transplant_centre = प्रत्यारोपण केंद्र
code-postal_address = डाक पता
code-first_name = पहला नाम
code-full_name = पूरा नाम
autosave-hint = लिखते समय और हर बटन दबाने पर आपका पत्र मसौदे के रूप में सहेजा जाता है।
autosave-saved = मसौदे के रूप में सहेजा गया।
autosave-failed = अभी सहेजा नहीं जा सका। आपका लेख यहीं है; उसे रखने के लिए "मसौदा सहेजें" दबाएँ।
write-draft-saved = आपका पत्र मसौदे के रूप में सहेजा गया।
form-kept = यह भेजे जाने से पहले आप साइन आउट हो गए थे। आपने जो लिखा था वह रखा गया है: उसे जाँचें और फिर से भेजें।
audit-action-sign_in = साइन इन किया
audit-action-sign_in_failed = साइन इन विफल
audit-action-sign_out = साइन आउट किया
audit-action-sign_in_link_sent = साइन-इन लिंक भेजा गया
audit-action-invitation_accepted = निमंत्रण स्वीकार किया
audit-action-password_changed = पासवर्ड बदला
audit-action-totp_enrolled = ऑथेंटिकेटर ऐप सेट किया
audit-action-read_receipts_changed = पढ़ने की सूचना का चुनाव बदला
audit-action-signed_out_everywhere = हर जगह से साइन आउट किया
audit-action-staff_invited = स्टाफ़ सदस्य को आमंत्रित किया
audit-action-staff_disabled = स्टाफ़ खाता बंद किया
audit-action-staff_enabled = स्टाफ़ खाता फिर से चालू किया
audit-action-identity_read = पहचान पढ़ी गई
audit-action-data_exported = अपना डेटा डाउनलोड किया
audit-action-person_erased = व्यक्ति का डेटा मिटाया गया
audit-action-case_closed = मामला बंद किया
audit-action-retention_changed = डेटा रखने की अवधि बदली
audit-action-pairing_created = मामला खोला गया
audit-action-patient_attached = मामले में मरीज़ जोड़ा गया
audit-action-donation_recorded = दान दर्ज किया
audit-action-transplant_recorded = प्रत्यारोपण की तारीख दर्ज की
audit-action-patient_status_recorded = मरीज़ की सेहत दर्ज की
audit-action-consent_changed = सहमति बदली
audit-action-letter_drafted = पत्र का मसौदा सहेजा
audit-action-letter_revised = पत्र बदला
audit-action-letter_submitted = पत्र जाँच के लिए भेजा
audit-action-letter_withdrawn = पत्र वापस लिया
audit-action-letter_reviewed = पत्र की जाँच की
audit-action-letter_screened_in_place_of_review = जाँच के बदले पत्र की स्वचालित जाँच
audit-action-letter_translated = अनुवाद जोड़ा
audit-action-letter_translation_requested = अनुवाद माँगा
audit-action-letter_picture_added = पत्र में चित्र जोड़ा
audit-action-letter_picture_removed = पत्र से चित्र हटाया
audit-action-organisation_policy_changed = संस्था के संपर्क नियम बदले
audit-action-organisation_letter_review_changed = पत्र जाँच की सेटिंग बदली
audit-action-keys_rotated = एन्क्रिप्शन कुंजियाँ बदली गईं
audit-action-service_token_created = रजिस्ट्री सिस्टम के लिए पहुँच बनाई
audit-action-service_token_revoked = रजिस्ट्री सिस्टम की पहुँच रद्द की
audit-action-service_token_used = रजिस्ट्री सिस्टम ने अनुरोध किया
audit-action-backup_made = बैकअप बनाया
audit-action-organisation_added = संस्था जोड़ी गई
audit-action-letter_entered = काग़ज़ का पत्र दर्ज किया
audit-action-letter_exported = पत्र छापा या निर्यात किया
audit-action-letter_sent = पत्र भेजा गया चिह्नित
audit-action-participant_reinvited = निमंत्रण फिर से भेजा
audit-action-participant_email_changed = प्रतिभागी का ई-मेल बदला
audit-action-pairings_imported = मामले आयात किए
audit-action-release_requested = पहचान साझा करने का अनुरोध
audit-action-release_signed_off = पहचान साझा करने पर हस्ताक्षर
audit-action-release_completed = पहचान साझा की गई
audit-action-release_stopped = पहचान साझा करना रोका गया
audit-action-meeting_changed = मुलाक़ात बदली
audit-action-mail_choices_changed = ई-मेल के चुनाव बदले
audit-action-mail_given_up = ई-मेल नहीं पहुँचा
audit-action-waiting_target_changed = प्रतीक्षारत काम का लक्ष्य समय बदला
audit-action-registration_ages_changed = पंजीकरण की आयु सीमा बदली
audit-action-patient_came_of_age = मरीज़ वयस्क हुआ
audit-action-notice_sent = सूचना भेजी
audit-action-registration_received = दाता पंजीकरण मिला
audit-action-registration_confirmed = दाता पंजीकरण की पुष्टि हुई
audit-action-registration_status_changed = पंजीकरण की स्थिति बदली
audit-action-registration_erased = पंजीकरण मिटाया
audit-action-registrations_read = पंजीकरण पढ़े गए
audit-action-question_asked = प्रश्न पूछा
audit-action-question_answered = प्रश्न का उत्तर दिया
audit-action-question_followed_up = प्रश्न पर आगे पूछा
audit-action-question_closed = प्रश्न बंद किया
audit-action-webhook_created = वेबहुक बनाया
audit-action-webhook_deleted = वेबहुक हटाया
audit-actor-system = सिस्टम
audit-actor-other-staff = किसी दूसरी संस्था का स्टाफ़
audit-actor-service = एक रजिस्ट्री सिस्टम
audit-actor-donor = दाता
audit-actor-patient = मरीज़
audit-actor-proxy = मरीज़ की ओर से कोई
audit-actor-unknown = एक खाता जो अब नहीं है
audit-actor-events = केवल इस व्यक्ति की घटनाएँ
review-own-lead = आपकी ओर से यह पत्र स्वीकृत हो चुका है। क्या हटाया गया और क्या रखा गया:
review-own-removed = हटाया
review-own-kept = रखा
review-own-also = आपकी ओर से यह भी हटाया गया
letters-error-already-translated = इस पत्र का आपकी भाषा में अनुवाद पहले से है: वह पत्र के नीचे है।
audit-action-translation_requested = पाठक ने अनुवाद का अनुरोध किया

## Pages of long lists (keyset pages: "next" continues after the last line shown).
pages-label = पृष्ठ
pages-first = पहला पृष्ठ
pages-next = अगला पृष्ठ
