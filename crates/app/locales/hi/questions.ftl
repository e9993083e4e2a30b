ask-title = प्रश्न पूछें
ask-lead-participant = आपका प्रश्न आपकी अपनी रजिस्ट्री या प्रत्यारोपण केंद्र के कर्मचारियों के पास जाता है, कभी दूसरे व्यक्ति या उसके पक्ष के पास नहीं। उत्तर आने पर आपको ई-मेल मिलता है।
ask-lead-visitor = आपका प्रश्न रजिस्ट्री के कर्मचारियों के पास जाता है। पहले हम आपका पता पुष्टि करने के लिए ई-मेल भेजते हैं; फिर आपका प्रश्न उन तक पहुँचता है, और उत्तर आने पर आपको ई-मेल मिलता है।
ask-faq-first = कई प्रश्नों के उत्तर अक्सर पूछे जाने वाले प्रश्नों में हैं:
ask-about = आपका प्रश्न किस बारे में है?
ask-about-general = एक सामान्य प्रश्न
ask-email = आपका ई-मेल पता
ask-email-hint = केवल रजिस्ट्री के कर्मचारी इसे देखते हैं, आपको उत्तर देने के लिए।
ask-body = आपका प्रश्न
ask-body-hint = कृपया दूसरे व्यक्ति के नाम, स्थान या अन्य विवरण न लिखें।
ask-submit = प्रश्न भेजें
ask-own-heading = आपके प्रश्न
ask-sent-title = कृपया अपने ई-मेल पते की पुष्टि करें
ask-sent-text = हमने आपको एक लिंक के साथ ई-मेल भेजा है। लिंक पर जाने के बाद आपका प्रश्न रजिस्ट्री तक पहुँचेगा।
ask-invalid-email = कृपया name@example.org जैसा ई-मेल पता लिखें।
ask-invalid-body = कृपया अपना प्रश्न लिखें (अधिकतम 5,000 अक्षर)।
ask-invalid-organisation_id = इस साइट पर अभी प्रश्न नहीं भेजे जा सकते।
question-title = प्रश्न
question-status = स्थिति
question-pairing = जोड़ी
question-status-unconfirmed = आपके ई-मेल पते की पुष्टि की प्रतीक्षा है
question-status-open = उत्तर की प्रतीक्षा है
question-status-answered = उत्तर दिया गया
question-status-closed = बंद
question-thread = संदेश
question-from-asker = प्रश्न
question-from-staff = कर्मचारियों का उत्तर
question-warnings-heading = इस प्रश्न में पहचान बताने वाले विवरण
question-warnings-text = जाँच में ऐसे विवरण मिले जो पूछने वाले या अन्य लोगों की पहचान बता सकते हैं। इन्हें दूसरे पक्ष तक न पहुँचाएँ।
question-confirm-text = कृपया अपने ई-मेल पते की पुष्टि करें ताकि आपका प्रश्न रजिस्ट्री तक पहुँचे।
question-confirm-submit = पुष्टि करें और मेरा प्रश्न भेजें
question-answer-heading = उत्तर
question-answer-label = आपका उत्तर
question-faq-label = अक्सर पूछे जाने वाले प्रश्नों से उत्तर जोड़ें (वैकल्पिक)
question-faq-none = कोई नहीं
question-answer-submit = उत्तर भेजें
question-follow-heading = फिर से लिखें
question-follow-label = आपका संदेश
question-follow-submit = भेजें
question-close = प्रश्न बंद करें
question-notice-answered = उत्तर भेज दिया गया; पूछने वाले को ई-मेल से बताया जाएगा।
question-notice-sent = आपका संदेश भेज दिया गया।
question-notice-closed = प्रश्न बंद कर दिया गया।
question-notice-conflict = इस बीच प्रश्न बदल गया है या बंद है; कुछ नहीं भेजा गया।
question-notice-invalid = कृपया एक संदेश लिखें (अधिकतम 5,000 अक्षर)।
questions-title = प्रश्न
questions-ask = प्रश्न पूछें
questions-none = कोई प्रश्न नहीं।
questions-caption-staff = आपके संगठन से पूछे गए प्रश्न, खुले पहले और सबसे लंबे समय से प्रतीक्षारत पहले
questions-caption-own = आपके प्रश्न
questions-col-question = प्रश्न
questions-col-waiting = पिछले बदलाव से
questions-hours = { $hours } घंटे
waiting-general = सामान्य प्रश्न
waiting-question_to_answer = उत्तर देने के लिए एक प्रश्न
waiting-question_answered = आपके प्रश्न का उत्तर दिया गया
dashboard-questions = प्रश्न
account-mail-question-answered = मेरे प्रश्न का उत्तर दिया गया
mail-question-confirm-subject = कृपया रजिस्ट्री से अपने प्रश्न की पुष्टि करें
mail-question-confirm-body =
    नमस्ते,

    कृपया इस लिंक से अपने ई-मेल पते की पुष्टि करें, ताकि आपका प्रश्न रजिस्ट्री के कर्मचारियों तक पहुँचे। यही लिंक बाद में उनका उत्तर दिखाता है:

    { $link }

    यदि आपने कोई प्रश्न नहीं पूछा है, तो इस ई-मेल को अनदेखा करें।
mail-question-answered-subject = आपके प्रश्न का उत्तर दिया गया है
mail-question-answered-body =
    नमस्ते,

    कर्मचारियों ने आपके प्रश्न का उत्तर दिया है। आप उत्तर यहाँ पढ़ सकते हैं:

    { $link }
