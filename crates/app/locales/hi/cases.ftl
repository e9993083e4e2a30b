# समन्वयकों के केस पृष्ठ: खोज और फ़िल्टर के साथ केस सूची, केस का सार, अपने पक्ष का प्रतिभागी, घटनाक्रम;
# समीक्षा सूची में जोड़ी और प्रतीक्षा के दिन।

cases-search-label = संदर्भ से खोजें
cases-search-button = दिखाएँ
cases-filter-label = केवल दिखाएँ
cases-filter-all = सभी केस
cases-filter-waiting = हमारे लिए कुछ प्रतीक्षा में है
cases-filter-in_review = समीक्षा में पत्र
cases-filter-release_soon = 30 दिनों के भीतर पहचान साझा करना
cases-filter-closed = बंद
cases-caption = आपके केस, और हर एक में क्या प्रतीक्षा में है
cases-empty-filtered = इस खोज से कोई केस मेल नहीं खाता।
cases-col-status = स्थिति
cases-col-donor-country = दाता का देश
cases-col-patient-country = रोगी का देश
cases-col-donation = अंतिम दान
cases-col-transplant = प्रत्यारोपण
cases-col-release = पहचान साझा करने की सबसे पहली तारीख
cases-col-waiting = क्या प्रतीक्षा में है
cases-waiting-patient = रोगी को दर्ज करना है
cases-waiting-letters = समीक्षा के लिए { $count } पत्र

case-status-awaiting_patient_side = रोगी पक्ष की प्रतीक्षा में
case-status-open = खुला
case-status-closed = बंद

case-product-pbsc = परिधीय रक्त स्टेम कोशिकाएँ
case-product-bone-marrow = अस्थि मज्जा
case-product-dli = दाता लिम्फोसाइट (DLI)
case-product-cd34-boost = CD34 बूस्ट
case-product-cord-blood = गर्भनाल रक्त

case-patient-status-well = स्वस्थ
case-patient-status-in_treatment = उपचार में
case-patient-status-relapsed = रोग लौट आया
case-patient-status-deceased = देहांत हो गया
case-patient-status-unknown = अज्ञात

case-summary-heading = केस
case-participant-donor = हमारे दाता
case-participant-patient = हमारे रोगी
case-participant-name = नाम
case-participant-email = ई-मेल
case-participant-grid = GRID
case-participant-town = शहर
case-participant-born = जन्म तिथि
case-participant-none = आपके पक्ष का कोई प्रतिभागी अभी दर्ज नहीं है।

case-timeline-heading = घटनाक्रम
case-timeline-caption = इस केस में क्या हुआ, सबसे पुराना पहले
case-timeline-col-date = तारीख
case-timeline-col-event = घटना
case-timeline-empty = अभी कुछ दर्ज नहीं है।
case-event-donation = दान: { $product }
case-event-transplant = प्रत्यारोपण
case-event-patient-status = रोगी की स्थिति: { $status }
case-event-letter = { $from }: { $status }
case-event-consent = { $role } की सहमति: { $level }

queue-caption = आपके पक्ष की समीक्षा की प्रतीक्षा में पत्र, सबसे पुराने पहले
queue-col-pairing = जोड़ी
queue-days = { $days } दिन

case-sex = लिंग
case-sex-hint = कुछ देश पहचान साझा होने से पहले दूसरे पक्ष को लिंग बताने देते हैं।
case-sex-none = दर्ज नहीं
case-sex-female = महिला
case-sex-male = पुरुष
case-sex-diverse = अन्य
