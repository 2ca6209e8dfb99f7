# हिन्दी (hi), देवनागरी लिपि।
# अंक: पश्चिमी अंक (0–9)। भारत सरकार (विदेश मंत्रालय सहित) और हिन्दी समाचार-पत्र
# इन्हें व्यापक रूप से उपयोग करते हैं; संविधान का अनुच्छेद 343 भी "भारतीय अंकों के
# अंतरराष्ट्रीय रूप" को आधिकारिक मानता है। देवनागरी अंक (०–९) उपयोग न करें।
# कुंजियों के नाम (Ctrl, Shift, Esc, ← …) कोड से चर के रूप में आते हैं।
# शब्दावली: quote = उद्धरण, citation = संदर्भ, statement = बयान, speaker = वक्ता,
# storyline = कथा-सूत्र, lane/category = श्रेणी।

-app-name = भारत-कनाडा समयरेखा

## मेनू (फ़ाइल, दृश्य, सहायता) और उनके संवाद

menu-file = फ़ाइल
menu-view = दृश्य
menu-help = सहायता
menu-help-shortcuts = कीबोर्ड शॉर्टकट
menu-help-about = परिचय
menu-file-open = खोलें…
menu-file-open-recent = हाल में खोली गई फ़ाइलें
menu-file-recent-open-now = अभी खुली है
menu-file-recent-missing = { $path } अब मौजूद नहीं है
menu-file-recent-clear = सूची साफ़ करें
menu-file-open-bundled = अंतर्निर्मित डेटासेट खोलें
menu-file-export = निर्यात करें…
menu-file-export-citations = संदर्भ निर्यात करें…
menu-file-export-citations-tip = दिख रही घटनाओं (या चुनी गई अवधि) के स्रोत, Markdown, CSV या BibTeX में
menu-file-quit = बाहर निकलें
menu-view-fit-all = पूरी समयरेखा
menu-view-list = सूची
menu-view-compare = आवाज़ों की तुलना
menu-view-tour = मुख्य घटनाओं का टूर
menu-view-theme = थीम
menu-view-theme-system = सिस्टम के अनुसार
menu-view-theme-light = हल्की
menu-view-theme-dark = गहरी
menu-view-larger-text = बड़ा पाठ
menu-view-smaller-text = छोटा पाठ
menu-view-actual-size = वास्तविक आकार
menu-view-language = भाषा
# हर भाषा का नाम उसी भाषा में, सभी फ़ाइलों में एक जैसा।
menu-language-en = English
menu-language-fr = Français
menu-language-hi = हिन्दी
menu-language-pa = ਪੰਜਾਬੀ
menu-dialog-open-title = समयरेखा खोलें
menu-dialog-filter-all = सभी समयरेखाएँ
menu-dialog-filter-ron = समयरेखा (RON)
menu-dialog-filter-timelinejs = TimelineJS (JSON, CSV)
menu-dialog-export-citations-title = संदर्भ निर्यात करें

## ऊपरी पट्टी

top-window-title = { $title } — { -app-name }
top-tour = ▶ टूर
top-tour-tip = पहली घटना से शुरू करके मुख्य घटनाओं को एक-एक कर देखें
top-fit-all = पूरी समयरेखा
top-fit-all-tip = पूरी समयरेखा दिखाएँ
top-export = निर्यात…
top-export-tip = चुनी गई अवधि ({ $shift }+ड्रैग) या दिख रहे हिस्से को PNG, SVG या PDF में निर्यात करें
top-open = खोलें…
top-open-tip = दूसरी समयरेखा खोलें (.ron, TimelineJS .json या .csv)
top-lanes = श्रेणियाँ
top-lanes-hidden =
    श्रेणियाँ ({ $count ->
        [one] { $count } छिपी हुई
       *[other] { $count } छिपी हुई
    })
top-lane-hide = यह श्रेणी छिपाएँ
top-lane-show = यह श्रेणी दिखाएँ
top-storylines-all = सभी कथा-सूत्र
top-storyline = कथा-सूत्र: { $name }
top-disputed = ⚠ विवादित
top-disputed-tip = केवल वे घटनाएँ दिखाएँ जिन पर स्रोतों में मतभेद है
top-list = ☰ सूची
top-list-tip = घटनाओं की सूची, जिसका क्रम बदला जा सकता है
top-compare = ⇆ तुलना
top-compare-tip = दो आवाज़ें साथ-साथ, हर दिन के लिए एक पंक्ति

## खोज

search-hint = खोजें
search-matches =
    { $count ->
        [0] कोई परिणाम नहीं
        [one] { $count } परिणाम
       *[other] { $count } परिणाम
    }
search-clear = साफ़ करें
search-clear-tip = खोज साफ़ करें
search-speaker-page = { $name } का पृष्ठ देखें
search-speaker-page-tip = इनके सभी बयान, संदर्भों सहित

## आवाज़ें मेनू और पक्ष

voices-menu-all = आवाज़ें: सभी
voices-menu-one = आवाज़ें: { $voice }
voices-all = सभी आवाज़ें
voices-one-speaker = एक वक्ता
voices-menu-tip = जिन घटनाओं में इस पक्ष या वक्ता का उद्धरण है, उन्हें उभारकर दिखाएँ
voices-side-india = भारत सरकार
voices-side-canada = कनाडा सरकार
voices-side-other = अन्य देश
voices-side-non-state = ग़ैर-सरकारी आवाज़ें
voices-short-india = भारत
voices-short-canada = कनाडा
voices-short-other = अन्य देश
voices-short-non-state = ग़ैर-सरकारी
voices-a-speaker = कोई वक्ता

## साइड पैनल: चुनी गई घटना

side-previous = ◀ पिछली
side-previous-tip = पिछली घटना
side-next = अगली ▶
side-next-tip = अगली घटना
side-tags = टैग: { $tags }
side-sources-say = स्रोत क्या कहते हैं
side-cite-as = संदर्भ शैली
side-cite-style-plain = सादा
side-copy-all-citations = सभी संदर्भ कॉपी करें
side-copy-citation = संदर्भ कॉपी करें
side-copied = ✔ कॉपी हो गया
side-key-event = ★ मुख्य घटना
side-storylines = कथा-सूत्र: { $names }
side-precision-month = तारीख़ केवल महीने तक ज्ञात है: समयरेखा पर हल्की पट्टी पूरे महीने को दर्शाती है।
side-precision-year = तारीख़ केवल वर्ष तक ज्ञात है।
side-open-source = स्रोत खोलें →
side-open-source-tip = पेज को इसी उद्धरण पर, हाइलाइट करके खोलता है (Chrome, Edge, Safari); { $url }
side-copy-quote-link = उद्धरण का लिंक कॉपी करें
side-copy-quote-link-tip = पेज का पता, जो खुलने पर उद्धरण को हाइलाइट करता है
side-archived = संग्रहीत प्रति →
side-archive-lookup = Wayback Machine →
side-archive-lookup-tip = यह एक खोज है, सत्यापित प्रति नहीं: संग्रह पेज की तारीख़ के सबसे नज़दीकी सहेजी गई प्रति खोलता है, अगर उसके पास हो। { $url }
side-page-gone = ⚠ पेज अब उपलब्ध नहीं (जाँच: { $date })
side-source-via = { $via } के माध्यम से ·
side-source-no-date = तारीख़ नहीं दी गई
# स्रोत किस प्रकार का प्रकाशक है, उसकी तारीख़ के बाद: "· आधिकारिक बयान"।
side-source-kind-official = आधिकारिक बयान
side-source-kind-news = समाचार रिपोर्ट
side-source-kind-reference = संदर्भ सामग्री
# किसी दूसरे मीडिया संस्थान की ख़बर दोबारा छापने वाला पेज; $outlet वह संस्थान है।
side-source-kind-copy = { $outlet } की रिपोर्ट की प्रति
side-own-words-person = — उनके अपने शब्दों में ·
side-own-words-body = — उसका अपना बयान ·
# "<मीडिया संस्थान>, जिसने बताया कि <वक्ता का लिंक> ने क्या कहा"
side-reported-before = , जिसने बताया कि
side-reported-after = ने क्या कहा
side-narration = (वर्णन)
side-speaker-speaks-for = पक्ष: { $side }
side-speaker-click = इनके सभी बयान देखने के लिए क्लिक करें
# विषय डेटासेट से आता है, उसी भाषा में जिसमें वह लिखा गया था:
# इसलिए वह वाक्य के भीतर नहीं, कोलन के बाद आता है।
side-dispute-differ = स्रोतों में मतभेद: { $about }
side-dispute = स्रोतों में मतभेद है
side-dispute-sources = स्रोत: { $sources }
side-corrected = सुधार

## कुछ न चुना हो तो डेटासेट का सार; अवलोकन पट्टी

overview-counts =
    { $events ->
        [one] { $events } घटना
       *[other] { $events } घटनाएँ
    } · { $sources ->
        [one] { $sources } स्रोत
       *[other] { $sources } स्रोत
    } · { $quotes ->
        [one] { $quotes } उद्धरण
       *[other] { $quotes } उद्धरण
    } · { $disputed ->
        [one] { $disputed } विवादित
       *[other] { $disputed } विवादित
    }
overview-source = स्रोत फ़ाइल: { $source }
overview-periods = कालखंड
overview-click-hint = क्या हुआ और स्रोतों ने क्या कहा, यह पढ़ने के लिए समयरेखा पर किसी घटना पर क्लिक करें।
overview-keys-hint = { $previousKey } { $nextKey } से घटनाओं में आगे-पीछे जाएँ · { $tourKey } से मुख्य घटनाओं का टूर · { $listKey } से पूरी सूची · { $helpKey } से सभी शॉर्टकट
overview-corrections = सुधार ({ $count })
overview-strip-tip = अवलोकन: दिख रहे हिस्से को खिसकाने के लिए खींचें, सीधे वहाँ पहुँचने के लिए क्लिक करें

## वक्ता का पृष्ठ और वक्ताओं की सूची

speaker-back = ◀ वापस
speaker-back-tip = जहाँ थे वहीं लौटें ({ $key })
speaker-own-only = केवल अपने शब्द
speaker-newest-first = नवीनतम पहले
speaker-kind-person = व्यक्ति
speaker-kind-body = संस्था
speaker-kind-side = { $kind } · पक्ष: { $side }
speaker-role-since = { $role } · { $date } से
speaker-role-until = { $role } · { $date } तक
speaker-statement-count =
    { $count ->
        [one] { $count } बयान
       *[other] { $count } बयान
    }: { $own } अपने शब्दों में, { $reported } मीडिया संस्थानों द्वारा रिपोर्ट किए गए
speaker-aliases = अन्य नाम: { $names }
speaker-show-event = यह घटना दिखाएँ
speaker-voice-own = अपने शब्द · { $outlet }
speaker-voice-reported = { $outlet } द्वारा रिपोर्ट किया गया
speaker-list-heading = वक्ता ({ $count })
speaker-side-unknown = पक्ष ज्ञात नहीं
speaker-list-tip = इनके सभी बयान

## सूची दृश्य

list-col-date = तारीख़
list-col-title = शीर्षक
list-col-category = श्रेणी
list-col-importance = महत्व
list-col-outlets = मीडिया संस्थान
list-col-disputed = विवादित
list-sort-tip = इस कॉलम के अनुसार क्रम लगाएँ
list-key = ★ मुख्य
list-minor = गौण

## टूर

tour-of-key-events = मुख्य घटनाओं का टूर
tour-of-storyline = टूर: { $storyline }
tour-position = { $total } में से { $current }
tour-previous = ◀ पिछला पड़ाव
tour-next = अगला पड़ाव ▶
tour-leave = टूर से बाहर निकलें

## समयरेखा पर होवर पाठ

tip-keys-either = { $first } या { $second }
tip-density-events =
    { $count ->
        [one] { $when } शुरू होने वाली { $count } घटना
       *[other] { $when } शुरू होने वाली { $count } घटनाएँ
    }
tip-click-to-zoom = ज़ूम इन करने के लिए क्लिक करें
tip-when-day = { $date } को
tip-when-range = { $range } के दौरान
tip-badge-events =
    { $count ->
        [one] { $count } घटना
       *[other] { $count } घटनाएँ
    }
tip-badge-more =
    { $count ->
        [one] और { $count } अन्य
       *[other] और { $count } अन्य
    }
tip-badge-click = ज़ूम इन करने या कोई एक चुनने के लिए क्लिक करें
tip-quoted = उद्धृत:

## तुलना दृश्य

compare-title = तुलना
compare-left = बाएँ:
compare-right = दाएँ:
compare-swap-tip = कॉलमों की अदला-बदली करें
compare-rows =
    { $count ->
        [one] { $count } पंक्ति
       *[other] { $count } पंक्तियाँ
    } · { $scope }
compare-export-tip = इन पंक्तियों को संदर्भों सहित { $format } के रूप में सहेजें
compare-export = { $format } में निर्यात करें
compare-close = बंद करें
compare-close-tip = समयरेखा पर वापस जाएँ
# After a speaker's name when an outlet reports what they said.
compare-reported = , रिपोर्ट किया गया कथन
compare-empty = इन तारीख़ों में किसी भी आवाज़ का उद्धरण नहीं है: ज़ूम आउट करें या दूसरी आवाज़ें चुनें।
compare-scope-storyline = कथा-सूत्र “{ $storyline }”
compare-scope-dates = दिख रही तारीख़ें, { $range }
compare-dialog-title = तुलना निर्यात करें

## निर्यात संवाद

export-window-title = निर्यात
export-from = आरंभ
export-to = अंत
export-width = चौड़ाई
export-theme = थीम
export-theme-light = हल्की (प्रिंट के लिए)
export-theme-dark = गहरी
export-title = शीर्षक
export-include = शामिल करें
export-legend = संकेत-सूची
export-source-list = स्रोत-सूची
export-key-only = केवल मुख्य घटनाएँ
export-save-to = यहाँ सहेजें
export-choose = चुनें…
export-button = निर्यात करें
export-running = निर्यात हो रहा है…
export-saved = { $path } में सहेजा गया
export-open-folder = फ़ोल्डर खोलें
export-format = प्रारूप
export-format-png = PNG छवि
export-format-svg = SVG चित्र
export-format-pdf = PDF दस्तावेज़

## निर्यात किए गए पृष्ठों का पाठ (PNG, SVG, PDF)

export-page-numbered-events = क्रमांकित घटनाएँ
export-page-official = { $outlet } (आधिकारिक)
export-page-sources-quoted = उद्धृत स्रोत: { $outlets }।
export-page-corrected = सुधार
export-page-more-corrections =
    { $count ->
        [one] …और { $count } अन्य सुधार डेटासेट की सुधार-सूची में है।
       *[other] …और { $count } अन्य सुधार डेटासेट की सुधार-सूची में हैं।
    }
export-page-events =
    { $count ->
        [one] { $count } घटना
       *[other] { $count } घटनाएँ
    }
export-page-events-in-bars =
    { $count ->
        [one] { $count } घटना
       *[other] { $count } घटनाएँ
    } (इनमें से { $inBars ->
        [one] { $inBars } पट्टियों में गिनी गई
       *[other] { $inBars } पट्टियों में गिनी गईं
    })
export-page-footer = { $title } · { $date } को { -app-name } { $version } से निर्यात किया गया
export-page-compare-heading = { $left } और { $right } · { $range }
export-page-citations = संदर्भ
export-page-more-rows =
    { $count ->
        [one] …और { $count } अन्य पंक्ति: छोटी अवधि चुनें।
       *[other] …और { $count } अन्य पंक्तियाँ: छोटी अवधि चुनें।
    }
export-page-disputed-title = स्रोतों में मतभेद है

## विंडो में दिखने वाले त्रुटि संदेश

error-export-from = आरंभ: { $error }
error-export-to = अंत: { $error }
error-export-start-after-end = आरंभ ({ $from }) अंत ({ $to }) के बाद है: दोनों को आपस में बदलें
error-export-width = चौड़ाई { $width } सीमा से बाहर है: { $min } से { $max } पिक्सेल के बीच रखें
error-export-extension = { $path }: अज्ञात फ़ाइल प्रकार; फ़ाइल का एक्सटेंशन { $extensions } रखें
error-list-or = { $rest } या { $last }
error-export-not-a-picture = { $format } कोई चित्र नहीं है: { $extensions } चुनें
error-export-missing-folder = { $path }: फ़ोल्डर मौजूद नहीं है; उसे बनाएँ या कोई दूसरा चुनें
error-write-file = { $path }: फ़ाइल नहीं लिखी जा सकी: { $error }
error-export-would-replace-input = { $path }: यही समयरेखा निर्यात की जा रही है; फ़ाइल का कोई दूसरा नाम चुनें
error-svg-read = SVG पढ़ा नहीं जा सका: { $error }
error-image-too-large = छवि { $width } × { $height } पिक्सेल की होगी, जो रेंडर करने के लिए बहुत बड़ी है
error-png-encode = PNG एन्कोड नहीं हो सका: { $error }
error-pdf-read = PDF के लिए चित्र पढ़ा नहीं जा सका: { $error }
error-pdf-write = PDF लिखा नहीं जा सका: { $error }
error-citations-extension = { $path }: फ़ाइल का एक्सटेंशन .md, .csv या .bib रखें

## समयरेखा के ऊपर सूचना पट्टी

notice-dismiss = बंद करें
notice-retry = फिर से कोशिश करें
notice-retry-tip = फ़ाइल फिर से खोलें (सहेजे जाने पर यह अपने-आप भी दोबारा लोड होती है)
notice-more-lines =
    { $count ->
        [one] … और { $count } अन्य पंक्ति
       *[other] … और { $count } अन्य पंक्तियाँ
    }
notice-opening = { $path } खुल रही है…
notice-missing-reopened = आपकी पिछली खुली समयरेखा, { $path }, अब मौजूद नहीं है; उसकी जगह अंतर्निर्मित डेटासेट दिखाया जा रहा है। उसे ढूँढने के लिए { menu-file } › { menu-file-open } का उपयोग करें।
notice-failed-bundled = { $path } नहीं खुल सकी; उसकी जगह अंतर्निर्मित डेटासेट दिखाया जा रहा है। ये समस्याएँ ठीक करके सहेजें: फ़ाइल अपने-आप खुल जाएगी।
notice-failed-unchanged = { $path } नहीं खुल सकी; स्क्रीन पर दिख रही समयरेखा पहले जैसी ही है। ये समस्याएँ ठीक करके सहेजें: फ़ाइल अपने-आप खुल जाएगी।
notice-reload-problems = { $path } डिस्क पर बदली गई है और अब उसमें समस्याएँ हैं; अंतिम सही संस्करण ही दिखाया जा रहा है। ठीक किया गया संस्करण सहेजने पर यह दोबारा लोड होगी।
notice-file-gone = { $path } हटा दी गई है या कहीं और ले जाई गई है; अंतिम बार लोड किया गया संस्करण ही दिखाया जा रहा है। फ़ाइल वापस आने पर यह दोबारा लोड होगी।
notice-wrote-citations =
    { $count ->
        [one] { $count } घटना के स्रोत { $path } में लिखे गए
       *[other] { $count } घटनाओं के स्रोत { $path } में लिखे गए
    }
notice-wrote-comparison = तुलना { $path } में लिखी गई

## विंडो पर फ़ाइल छोड़ना

drop-hint-open = यह समयरेखा खोलने के लिए यहाँ छोड़ें
drop-hint-refuse = केवल समयरेखा फ़ाइलें (.ron, या TimelineJS .json और .csv) खोली जा सकती हैं
drop-not-timeline = { $path } समयरेखा नहीं है: .ron फ़ाइलें, या TimelineJS .json और .csv फ़ाइलें खोलें।

## कीबोर्ड शॉर्टकट सूची (F1)

shortcuts-title = कीबोर्ड शॉर्टकट
shortcuts-zoom-in = ज़ूम इन
shortcuts-zoom-out = ज़ूम आउट
shortcuts-pan-back = समय में पीछे जाएँ
shortcuts-pan-forward = समय में आगे जाएँ
shortcuts-fit-all = पूरी समयरेखा दिखाएँ (या डबल-क्लिक करें)
shortcuts-previous = पिछली घटना (दिख रही अंतिम घटना से)
shortcuts-next = अगली घटना (दिख रही पहली घटना से)
shortcuts-first = पहली घटना
shortcuts-last = अंतिम घटना
shortcuts-clear = कोई विंडो बंद करें, टूर छोड़ें, या चयन और अवधि साफ़ करें
shortcuts-search = शब्द या तारीख़ें खोजें; { $nextKey } / { $previousKey }: अगला / पिछला परिणाम
shortcuts-export = अवधि को PNG, SVG या PDF में निर्यात करें
shortcuts-open = समयरेखा खोलें (.ron, TimelineJS .json या .csv)
shortcuts-list = घटनाओं की सूची, जिसका क्रम बदला जा सकता है
shortcuts-list-previous = सूची की पिछली पंक्ति
shortcuts-list-next = सूची की अगली पंक्ति
shortcuts-tour = मुख्य घटनाओं का टूर (टूर के दौरान { $nextKey }, { $previousKey } और { $leaveKey })
shortcuts-tour-next = टूर का अगला पड़ाव
shortcuts-toggle = ये शॉर्टकट दिखाएँ या छिपाएँ
shortcuts-quit = बाहर निकलें (ऐप जैसा छोड़ा था वैसा ही फिर खुलेगा)
shortcuts-gesture-zoom-keys = { $ctrl } + व्हील, पिंच
shortcuts-gesture-zoom = पॉइंटर के आसपास समयरेखा ज़ूम करें
shortcuts-gesture-pan-keys = व्हील, ड्रैग
shortcuts-gesture-pan = समय में आगे-पीछे जाएँ
shortcuts-gesture-click-keys = क्लिक
shortcuts-gesture-click = कोई घटना चुनें; बैज पर: ज़ूम इन करें या सूची से चुनें
shortcuts-gesture-range-keys = { $shift } + ड्रैग
shortcuts-gesture-range = निर्यात के लिए तारीख़ों की अवधि चुनें
shortcuts-gesture-text-size-keys = { $ctrl }++ / { $ctrl }+- / { $ctrl }+0
shortcuts-gesture-text-size = बड़ा / छोटा / सामान्य पाठ

## परिचय

about-title = परिचय
about-app-name = { -app-name }
about-version = संस्करण { $version }
about-counts =
    { $events ->
        [one] { $events } घटना
       *[other] { $events } घटनाएँ
    }, { $sources ->
        [one] { $sources } स्रोत
       *[other] { $sources } स्रोत
    }, { $quotes ->
        [one] { $quotes } उद्धरण
       *[other] { $quotes } उद्धरण
    }
about-source = स्रोत फ़ाइल: { $source }
about-verbatim = हर उद्धरण नामित स्रोत से शब्दशः लिया गया है; जहाँ स्रोतों में मतभेद है, वहाँ दोनों पक्ष दिखाए गए हैं।
# The dataset inside the app, where a file name would be.
about-bundled-name = india_canada.ron (ऐप में अंतर्निर्मित)
