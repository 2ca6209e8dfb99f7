# ਪੰਜਾਬੀ (pa), ਗੁਰਮੁਖੀ ਲਿਪੀ।
# ਅੰਕ: ਪੱਛਮੀ ਅੰਕ (0–9)। ਭਾਰਤ ਸਰਕਾਰ ਅਤੇ ਪੰਜਾਬੀ ਅਖ਼ਬਾਰ ਇਹ ਅੰਕ ਆਮ ਵਰਤਦੇ ਹਨ;
# ਗੁਰਮੁਖੀ ਅੰਕ (੦–੯) ਨਾ ਵਰਤੋ।
# ਕੁੰਜੀਆਂ ਦੇ ਨਾਂ (Ctrl, Shift, Esc, ← …) ਕੋਡ ਤੋਂ ਵੇਰੀਏਬਲ ਵਜੋਂ ਆਉਂਦੇ ਹਨ।
# ਸ਼ਬਦਾਵਲੀ: quote = ਕਥਨ, citation = ਹਵਾਲਾ, statement = ਬਿਆਨ, speaker = ਬੁਲਾਰਾ,
# side = ਧਿਰ, storyline = ਕਹਾਣੀ-ਲੜੀ, lane/category = ਸ਼੍ਰੇਣੀ।

-app-name = ਭਾਰਤ-ਕੈਨੇਡਾ ਸਮਾਂ-ਰੇਖਾ

## ਮੀਨੂ (ਫ਼ਾਈਲ, ਵੇਖੋ, ਮਦਦ) ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਡਾਇਲਾਗ

menu-file = ਫ਼ਾਈਲ
menu-view = ਵੇਖੋ
menu-help = ਮਦਦ
menu-help-shortcuts = ਕੀਬੋਰਡ ਸ਼ਾਰਟਕੱਟ
menu-help-about = ਇਸ ਬਾਰੇ
menu-file-open = ਖੋਲ੍ਹੋ…
menu-file-open-recent = ਹਾਲ ਹੀ ਵਿੱਚ ਖੋਲ੍ਹੀਆਂ ਫ਼ਾਈਲਾਂ
menu-file-recent-open-now = ਹੁਣ ਖੁੱਲ੍ਹੀ ਹੈ
menu-file-recent-missing = { $path } ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ
menu-file-recent-clear = ਸੂਚੀ ਸਾਫ਼ ਕਰੋ
menu-file-open-bundled = ਐਪ ਦਾ ਆਪਣਾ ਡਾਟਾਸੈੱਟ ਖੋਲ੍ਹੋ
menu-file-export = ਨਿਰਯਾਤ ਕਰੋ…
menu-file-export-citations = ਹਵਾਲੇ ਨਿਰਯਾਤ ਕਰੋ…
menu-file-export-citations-tip = ਦਿਸਦੀਆਂ ਘਟਨਾਵਾਂ (ਜਾਂ ਚੁਣੀ ਮਿਆਦ) ਦੇ ਸਰੋਤ, Markdown, CSV ਜਾਂ BibTeX ਵਿੱਚ
menu-file-quit = ਬਾਹਰ ਜਾਓ
menu-view-fit-all = ਪੂਰੀ ਸਮਾਂ-ਰੇਖਾ
menu-view-list = ਸੂਚੀ
menu-view-compare = ਆਵਾਜ਼ਾਂ ਦੀ ਤੁਲਨਾ
menu-view-tour = ਮੁੱਖ ਘਟਨਾਵਾਂ ਦਾ ਟੂਰ
menu-view-theme = ਥੀਮ
menu-view-theme-system = ਸਿਸਟਮ ਅਨੁਸਾਰ
menu-view-theme-light = ਹਲਕਾ
menu-view-theme-dark = ਗੂੜ੍ਹਾ
menu-view-larger-text = ਵੱਡੇ ਅੱਖਰ
menu-view-smaller-text = ਛੋਟੇ ਅੱਖਰ
menu-view-actual-size = ਅਸਲ ਆਕਾਰ
menu-view-language = ਭਾਸ਼ਾ
# ਹਰ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ, ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਇੱਕੋ ਜਿਹਾ।
menu-language-en = English
menu-language-fr = Français
menu-language-hi = हिन्दी
menu-language-pa = ਪੰਜਾਬੀ
menu-dialog-open-title = ਸਮਾਂ-ਰੇਖਾ ਖੋਲ੍ਹੋ
menu-dialog-filter-all = ਸਾਰੀਆਂ ਸਮਾਂ-ਰੇਖਾਵਾਂ
menu-dialog-filter-ron = ਸਮਾਂ-ਰੇਖਾ (RON)
menu-dialog-filter-timelinejs = TimelineJS (JSON, CSV)
menu-dialog-export-citations-title = ਹਵਾਲੇ ਨਿਰਯਾਤ ਕਰੋ

## ਉੱਪਰਲੀ ਪੱਟੀ

top-window-title = { $title } — { -app-name }
top-tour = ▶ ਟੂਰ
top-tour-tip = ਪਹਿਲੀ ਘਟਨਾ ਤੋਂ ਸ਼ੁਰੂ ਕਰਕੇ ਮੁੱਖ ਘਟਨਾਵਾਂ ਇੱਕ-ਇੱਕ ਕਰਕੇ ਵੇਖੋ
top-fit-all = ਪੂਰੀ ਸਮਾਂ-ਰੇਖਾ
top-fit-all-tip = ਪੂਰੀ ਸਮਾਂ-ਰੇਖਾ ਵਿਖਾਓ
top-export = ਨਿਰਯਾਤ…
top-export-tip = ਚੁਣੀ ਮਿਆਦ ({ $shift }+ਡਰੈਗ) ਜਾਂ ਦਿਸਦੇ ਹਿੱਸੇ ਨੂੰ PNG, SVG ਜਾਂ PDF ਵਿੱਚ ਨਿਰਯਾਤ ਕਰੋ
top-open = ਖੋਲ੍ਹੋ…
top-open-tip = ਕੋਈ ਹੋਰ ਸਮਾਂ-ਰੇਖਾ ਖੋਲ੍ਹੋ (.ron, TimelineJS .json ਜਾਂ .csv)
top-lanes = ਸ਼੍ਰੇਣੀਆਂ
top-lanes-hidden =
    ਸ਼੍ਰੇਣੀਆਂ ({ $count ->
        [one] { $count } ਲੁਕੀ ਹੋਈ
       *[other] { $count } ਲੁਕੀਆਂ ਹੋਈਆਂ
    })
top-lane-hide = ਇਹ ਸ਼੍ਰੇਣੀ ਲੁਕਾਓ
top-lane-show = ਇਹ ਸ਼੍ਰੇਣੀ ਵਿਖਾਓ
top-storylines-all = ਸਾਰੀਆਂ ਕਹਾਣੀ-ਲੜੀਆਂ
top-storyline = ਕਹਾਣੀ-ਲੜੀ: { $name }
top-disputed = ⚠ ਵਿਵਾਦਿਤ
top-disputed-tip = ਸਿਰਫ਼ ਉਹ ਘਟਨਾਵਾਂ ਵਿਖਾਓ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਸਰੋਤਾਂ ਵਿੱਚ ਮਤਭੇਦ ਹੈ
top-list = ☰ ਸੂਚੀ
top-list-tip = ਘਟਨਾਵਾਂ ਦੀ ਸੂਚੀ, ਜਿਸ ਦੀ ਤਰਤੀਬ ਬਦਲੀ ਜਾ ਸਕਦੀ ਹੈ
top-compare = ⇆ ਤੁਲਨਾ
top-compare-tip = ਦੋ ਆਵਾਜ਼ਾਂ ਨਾਲ-ਨਾਲ, ਹਰ ਦਿਨ ਦੀ ਇੱਕ ਕਤਾਰ

## ਖੋਜ

search-hint = ਖੋਜੋ
search-matches =
    { $count ->
        [0] ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
        [one] { $count } ਨਤੀਜਾ
       *[other] { $count } ਨਤੀਜੇ
    }
search-clear = ਸਾਫ਼ ਕਰੋ
search-clear-tip = ਖੋਜ ਸਾਫ਼ ਕਰੋ
search-speaker-page = { $name } ਦਾ ਪੰਨਾ ਵੇਖੋ
search-speaker-page-tip = ਇਨ੍ਹਾਂ ਦੇ ਸਾਰੇ ਬਿਆਨ, ਹਵਾਲਿਆਂ ਸਮੇਤ

## ਆਵਾਜ਼ਾਂ ਮੀਨੂ ਅਤੇ ਧਿਰਾਂ

voices-menu-all = ਆਵਾਜ਼ਾਂ: ਸਾਰੀਆਂ
voices-menu-one = ਆਵਾਜ਼ਾਂ: { $voice }
voices-all = ਸਾਰੀਆਂ ਆਵਾਜ਼ਾਂ
voices-one-speaker = ਇੱਕ ਬੁਲਾਰਾ
voices-menu-tip = ਜਿਨ੍ਹਾਂ ਘਟਨਾਵਾਂ ਵਿੱਚ ਇਸ ਧਿਰ ਜਾਂ ਬੁਲਾਰੇ ਦਾ ਕਥਨ ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ ਉਘਾੜ ਕੇ ਵਿਖਾਓ
voices-side-india = ਭਾਰਤ ਸਰਕਾਰ
voices-side-canada = ਕੈਨੇਡਾ ਸਰਕਾਰ
voices-side-other = ਹੋਰ ਦੇਸ਼
voices-side-non-state = ਗ਼ੈਰ-ਸਰਕਾਰੀ ਆਵਾਜ਼ਾਂ
voices-short-india = ਭਾਰਤ
voices-short-canada = ਕੈਨੇਡਾ
voices-short-other = ਹੋਰ ਦੇਸ਼
voices-short-non-state = ਗ਼ੈਰ-ਸਰਕਾਰੀ
voices-a-speaker = ਕੋਈ ਬੁਲਾਰਾ

## ਪਾਸੇ ਵਾਲਾ ਪੈਨਲ: ਚੁਣੀ ਘਟਨਾ

side-previous = ◀ ਪਿਛਲੀ
side-previous-tip = ਪਿਛਲੀ ਘਟਨਾ
side-next = ਅਗਲੀ ▶
side-next-tip = ਅਗਲੀ ਘਟਨਾ
side-tags = ਟੈਗ: { $tags }
side-sources-say = ਸਰੋਤ ਕੀ ਕਹਿੰਦੇ ਹਨ
side-cite-as = ਹਵਾਲਾ ਸ਼ੈਲੀ
side-cite-style-plain = ਸਾਦਾ
side-copy-all-citations = ਸਾਰੇ ਹਵਾਲੇ ਕਾਪੀ ਕਰੋ
side-copy-citation = ਹਵਾਲਾ ਕਾਪੀ ਕਰੋ
side-copied = ✔ ਕਾਪੀ ਹੋ ਗਿਆ
side-key-event = ★ ਮੁੱਖ ਘਟਨਾ
side-storylines = ਕਹਾਣੀ-ਲੜੀ: { $names }
side-precision-month = ਤਾਰੀਖ਼ ਸਿਰਫ਼ ਮਹੀਨੇ ਤੱਕ ਪਤਾ ਹੈ: ਸਮਾਂ-ਰੇਖਾ ਉੱਤੇ ਹਲਕੀ ਪੱਟੀ ਪੂਰੇ ਮਹੀਨੇ ਨੂੰ ਦਰਸਾਉਂਦੀ ਹੈ।
side-precision-year = ਤਾਰੀਖ਼ ਸਿਰਫ਼ ਸਾਲ ਤੱਕ ਪਤਾ ਹੈ।
side-open-source = ਸਰੋਤ ਖੋਲ੍ਹੋ →
side-open-source-tip = ਪੰਨੇ ਨੂੰ ਇਸੇ ਕਥਨ ਉੱਤੇ, ਉਭਾਰ ਕੇ ਖੋਲ੍ਹਦਾ ਹੈ (Chrome, Edge, Safari); { $url }
side-copy-quote-link = ਕਥਨ ਦਾ ਲਿੰਕ ਕਾਪੀ ਕਰੋ
side-copy-quote-link-tip = ਪੰਨੇ ਦਾ ਪਤਾ, ਜੋ ਖੁੱਲ੍ਹਣ ਉੱਤੇ ਕਥਨ ਨੂੰ ਉਭਾਰਦਾ ਹੈ
side-archived = ਸਾਂਭੀ ਹੋਈ ਨਕਲ →
side-archive-lookup = Wayback Machine →
side-archive-lookup-tip = ਇਹ ਇੱਕ ਖੋਜ ਹੈ, ਪੱਕੀ ਨਕਲ ਨਹੀਂ: ਆਰਕਾਈਵ ਪੰਨੇ ਦੀ ਤਾਰੀਖ਼ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਦੀ ਸਾਂਭੀ ਨਕਲ ਖੋਲ੍ਹਦਾ ਹੈ, ਜੇ ਉਸ ਕੋਲ ਹੋਵੇ। { $url }
side-page-gone = ⚠ ਪੰਨਾ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ (ਜਾਂਚ: { $date })
side-source-via = { $via } ਰਾਹੀਂ ·
side-source-no-date = ਤਾਰੀਖ਼ ਨਹੀਂ ਦਿੱਤੀ ਗਈ
# ਸਰੋਤ ਕਿਸ ਕਿਸਮ ਦਾ ਪ੍ਰਕਾਸ਼ਕ ਹੈ, ਉਸ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਬਾਅਦ: "· ਅਧਿਕਾਰਤ ਬਿਆਨ"।
side-source-kind-official = ਅਧਿਕਾਰਤ ਬਿਆਨ
side-source-kind-news = ਖ਼ਬਰ ਰਿਪੋਰਟ
side-source-kind-reference = ਸੰਦਰਭ ਸਮੱਗਰੀ
# ਕਿਸੇ ਹੋਰ ਮੀਡੀਆ ਅਦਾਰੇ ਦੀ ਖ਼ਬਰ ਮੁੜ ਛਾਪਣ ਵਾਲਾ ਪੰਨਾ; $outlet ਉਹ ਅਦਾਰਾ ਹੈ।
side-source-kind-copy = { $outlet } ਦੀ ਰਿਪੋਰਟ ਦੀ ਨਕਲ
side-own-words-person = — ਉਨ੍ਹਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ·
side-own-words-body = — ਇਸ ਦਾ ਆਪਣਾ ਬਿਆਨ ·
# "<ਮੀਡੀਆ ਅਦਾਰਾ>, ਜਿਸ ਨੇ ਦੱਸਿਆ ਕਿ <ਬੁਲਾਰੇ ਦਾ ਲਿੰਕ> ਨੇ ਕੀ ਕਿਹਾ"
side-reported-before = , ਜਿਸ ਨੇ ਦੱਸਿਆ ਕਿ
side-reported-after = ਨੇ ਕੀ ਕਿਹਾ
side-narration = (ਬਿਰਤਾਂਤ)
side-speaker-speaks-for = ਧਿਰ: { $side }
side-speaker-click = ਇਨ੍ਹਾਂ ਦੇ ਸਾਰੇ ਬਿਆਨ ਵੇਖਣ ਲਈ ਕਲਿੱਕ ਕਰੋ
# ਵਿਸ਼ਾ ਡਾਟਾਸੈੱਟ ਤੋਂ ਆਉਂਦਾ ਹੈ, ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਜਿਸ ਵਿੱਚ ਉਹ ਲਿਖਿਆ ਗਿਆ ਸੀ:
# ਇਸ ਲਈ ਉਹ ਵਾਕ ਦੇ ਅੰਦਰ ਨਹੀਂ, ਕੋਲਨ ਤੋਂ ਬਾਅਦ ਆਉਂਦਾ ਹੈ।
side-dispute-differ = ਸਰੋਤਾਂ ਵਿੱਚ ਮਤਭੇਦ: { $about }
side-dispute = ਸਰੋਤਾਂ ਵਿੱਚ ਮਤਭੇਦ ਹੈ
side-dispute-sources = ਸਰੋਤ: { $sources }
side-corrected = ਸੋਧਾਂ

## ਕੁਝ ਨਾ ਚੁਣਿਆ ਹੋਵੇ ਤਾਂ ਡਾਟਾਸੈੱਟ ਦੀ ਝਲਕ; ਝਲਕ ਪੱਟੀ

overview-counts =
    { $events ->
        [one] { $events } ਘਟਨਾ
       *[other] { $events } ਘਟਨਾਵਾਂ
    } · { $sources ->
        [one] { $sources } ਸਰੋਤ
       *[other] { $sources } ਸਰੋਤ
    } · { $quotes ->
        [one] { $quotes } ਕਥਨ
       *[other] { $quotes } ਕਥਨ
    } · { $disputed ->
        [one] { $disputed } ਵਿਵਾਦਿਤ
       *[other] { $disputed } ਵਿਵਾਦਿਤ
    }
overview-source = ਸਰੋਤ ਫ਼ਾਈਲ: { $source }
overview-periods = ਦੌਰ
overview-click-hint = ਕੀ ਹੋਇਆ ਅਤੇ ਸਰੋਤਾਂ ਨੇ ਕੀ ਕਿਹਾ, ਇਹ ਪੜ੍ਹਨ ਲਈ ਸਮਾਂ-ਰੇਖਾ ਉੱਤੇ ਕਿਸੇ ਘਟਨਾ ਉੱਤੇ ਕਲਿੱਕ ਕਰੋ।
overview-keys-hint = { $previousKey } { $nextKey } ਨਾਲ ਘਟਨਾਵਾਂ ਵਿੱਚ ਅੱਗੇ-ਪਿੱਛੇ ਜਾਓ · { $tourKey } ਨਾਲ ਮੁੱਖ ਘਟਨਾਵਾਂ ਦਾ ਟੂਰ · { $listKey } ਨਾਲ ਪੂਰੀ ਸੂਚੀ · { $helpKey } ਨਾਲ ਸਾਰੇ ਸ਼ਾਰਟਕੱਟ
overview-corrections = ਸੋਧਾਂ ({ $count })
overview-strip-tip = ਝਲਕ: ਦਿਸਦੇ ਹਿੱਸੇ ਨੂੰ ਖਿਸਕਾਉਣ ਲਈ ਖਿੱਚੋ, ਸਿੱਧਾ ਉੱਥੇ ਪਹੁੰਚਣ ਲਈ ਕਲਿੱਕ ਕਰੋ

## ਬੁਲਾਰੇ ਦਾ ਪੰਨਾ ਅਤੇ ਬੁਲਾਰਿਆਂ ਦੀ ਸੂਚੀ

speaker-back = ◀ ਵਾਪਸ
speaker-back-tip = ਜਿੱਥੇ ਤੁਸੀਂ ਸੀ, ਉੱਥੇ ਵਾਪਸ ਜਾਓ ({ $key })
speaker-own-only = ਸਿਰਫ਼ ਆਪਣੇ ਸ਼ਬਦ
speaker-newest-first = ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ
speaker-kind-person = ਵਿਅਕਤੀ
speaker-kind-body = ਸੰਸਥਾ
speaker-kind-side = { $kind } · ਧਿਰ: { $side }
speaker-role-since = { $role } · { $date } ਤੋਂ
speaker-role-until = { $role } · { $date } ਤੱਕ
speaker-statement-count =
    { $count ->
        [one] { $count } ਬਿਆਨ
       *[other] { $count } ਬਿਆਨ
    }: { $own } ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, { $reported } ਮੀਡੀਆ ਅਦਾਰਿਆਂ ਵੱਲੋਂ ਰਿਪੋਰਟ ਕੀਤੇ ਗਏ
speaker-aliases = ਹੋਰ ਨਾਂ: { $names }
speaker-show-event = ਇਹ ਘਟਨਾ ਵਿਖਾਓ
speaker-voice-own = ਆਪਣੇ ਸ਼ਬਦ · { $outlet }
speaker-voice-reported = { $outlet } ਵੱਲੋਂ ਰਿਪੋਰਟ ਕੀਤਾ ਗਿਆ
speaker-list-heading = ਬੁਲਾਰੇ ({ $count })
speaker-side-unknown = ਧਿਰ ਪਤਾ ਨਹੀਂ
speaker-list-tip = ਇਨ੍ਹਾਂ ਦੇ ਸਾਰੇ ਬਿਆਨ

## ਸੂਚੀ ਦ੍ਰਿਸ਼

list-col-date = ਤਾਰੀਖ਼
list-col-title = ਸਿਰਲੇਖ
list-col-category = ਸ਼੍ਰੇਣੀ
list-col-importance = ਮਹੱਤਵ
list-col-outlets = ਮੀਡੀਆ ਅਦਾਰੇ
list-col-disputed = ਵਿਵਾਦਿਤ
list-sort-tip = ਇਸ ਕਾਲਮ ਅਨੁਸਾਰ ਤਰਤੀਬ ਦਿਓ
list-key = ★ ਮੁੱਖ
list-minor = ਛੋਟੀ

## ਟੂਰ

tour-of-key-events = ਮੁੱਖ ਘਟਨਾਵਾਂ ਦਾ ਟੂਰ
tour-of-storyline = ਟੂਰ: { $storyline }
tour-position = { $total } ਵਿੱਚੋਂ { $current }
tour-previous = ◀ ਪਿਛਲਾ ਪੜਾਅ
tour-next = ਅਗਲਾ ਪੜਾਅ ▶
tour-leave = ਟੂਰ ਛੱਡੋ

## ਸਮਾਂ-ਰੇਖਾ ਉੱਤੇ ਹੋਵਰ ਲਿਖਤਾਂ

tip-keys-either = { $first } ਜਾਂ { $second }
tip-density-events =
    { $count ->
        [one] { $when } ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੀ { $count } ਘਟਨਾ
       *[other] { $when } ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੀਆਂ { $count } ਘਟਨਾਵਾਂ
    }
tip-click-to-zoom = ਜ਼ੂਮ ਇਨ ਕਰਨ ਲਈ ਕਲਿੱਕ ਕਰੋ
tip-when-day = { $date } ਨੂੰ
tip-when-range = { $range } ਦੌਰਾਨ
tip-badge-events =
    { $count ->
        [one] { $count } ਘਟਨਾ
       *[other] { $count } ਘਟਨਾਵਾਂ
    }
tip-badge-more =
    { $count ->
        [one] ਅਤੇ { $count } ਹੋਰ
       *[other] ਅਤੇ { $count } ਹੋਰ
    }
tip-badge-click = ਜ਼ੂਮ ਇਨ ਕਰਨ ਜਾਂ ਕੋਈ ਇੱਕ ਚੁਣਨ ਲਈ ਕਲਿੱਕ ਕਰੋ
tip-quoted = ਕਥਨ:

## ਤੁਲਨਾ ਦ੍ਰਿਸ਼

compare-title = ਤੁਲਨਾ
compare-left = ਖੱਬੇ:
compare-right = ਸੱਜੇ:
compare-swap-tip = ਕਾਲਮ ਆਪਸ ਵਿੱਚ ਬਦਲੋ
compare-rows =
    { $count ->
        [one] { $count } ਕਤਾਰ
       *[other] { $count } ਕਤਾਰਾਂ
    } · { $scope }
compare-export-tip = ਇਹ ਕਤਾਰਾਂ ਹਵਾਲਿਆਂ ਸਮੇਤ { $format } ਵਜੋਂ ਸੰਭਾਲੋ
compare-export = { $format } ਨਿਰਯਾਤ ਕਰੋ
compare-close = ਬੰਦ ਕਰੋ
compare-close-tip = ਸਮਾਂ-ਰੇਖਾ ਉੱਤੇ ਵਾਪਸ ਜਾਓ
# After a speaker's name when an outlet reports what they said.
compare-reported = , ਰਿਪੋਰਟ ਕੀਤਾ ਗਿਆ ਕਥਨ
compare-empty = ਇਨ੍ਹਾਂ ਤਾਰੀਖ਼ਾਂ ਵਿੱਚ ਕਿਸੇ ਵੀ ਆਵਾਜ਼ ਦਾ ਕਥਨ ਨਹੀਂ ਹੈ: ਜ਼ੂਮ ਆਊਟ ਕਰੋ ਜਾਂ ਹੋਰ ਆਵਾਜ਼ਾਂ ਚੁਣੋ।
compare-scope-storyline = ਕਹਾਣੀ-ਲੜੀ “{ $storyline }”
compare-scope-dates = ਦਿਸਦੀਆਂ ਤਾਰੀਖ਼ਾਂ, { $range }
compare-dialog-title = ਤੁਲਨਾ ਨਿਰਯਾਤ ਕਰੋ

## ਨਿਰਯਾਤ ਡਾਇਲਾਗ

export-window-title = ਨਿਰਯਾਤ
export-from = ਸ਼ੁਰੂ
export-to = ਅੰਤ
export-width = ਚੌੜਾਈ
export-theme = ਥੀਮ
export-theme-light = ਹਲਕਾ (ਛਪਾਈ ਲਈ)
export-theme-dark = ਗੂੜ੍ਹਾ
export-title = ਸਿਰਲੇਖ
export-include = ਸ਼ਾਮਲ ਕਰੋ
export-legend = ਸੰਕੇਤ-ਸੂਚੀ
export-source-list = ਸਰੋਤ-ਸੂਚੀ
export-key-only = ਸਿਰਫ਼ ਮੁੱਖ ਘਟਨਾਵਾਂ
export-save-to = ਇੱਥੇ ਸੰਭਾਲੋ
export-choose = ਚੁਣੋ…
export-button = ਨਿਰਯਾਤ ਕਰੋ
export-running = ਨਿਰਯਾਤ ਹੋ ਰਿਹਾ ਹੈ…
export-saved = { $path } ਵਿੱਚ ਸੰਭਾਲਿਆ ਗਿਆ
export-open-folder = ਫ਼ੋਲਡਰ ਖੋਲ੍ਹੋ
export-format = ਫ਼ਾਰਮੈਟ
export-format-png = PNG ਚਿੱਤਰ
export-format-svg = SVG ਡਰਾਇੰਗ
export-format-pdf = PDF ਦਸਤਾਵੇਜ਼

## ਨਿਰਯਾਤ ਕੀਤੇ ਪੰਨਿਆਂ ਦੀ ਲਿਖਤ (PNG, SVG, PDF)

export-page-numbered-events = ਨੰਬਰਵਾਰ ਘਟਨਾਵਾਂ
export-page-official = { $outlet } (ਅਧਿਕਾਰਤ)
export-page-sources-quoted = ਹਵਾਲੇ ਵਜੋਂ ਵਰਤੇ ਗਏ ਸਰੋਤ: { $outlets }।
export-page-corrected = ਸੋਧਾਂ
export-page-more-corrections =
    { $count ->
        [one] …ਅਤੇ { $count } ਹੋਰ ਸੋਧ ਡਾਟਾਸੈੱਟ ਦੀ ਸੋਧ-ਸੂਚੀ ਵਿੱਚ ਹੈ।
       *[other] …ਅਤੇ { $count } ਹੋਰ ਸੋਧਾਂ ਡਾਟਾਸੈੱਟ ਦੀ ਸੋਧ-ਸੂਚੀ ਵਿੱਚ ਹਨ।
    }
export-page-events =
    { $count ->
        [one] { $count } ਘਟਨਾ
       *[other] { $count } ਘਟਨਾਵਾਂ
    }
export-page-events-in-bars =
    { $count ->
        [one] { $count } ਘਟਨਾ
       *[other] { $count } ਘਟਨਾਵਾਂ
    } (ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ { $inBars ->
        [one] { $inBars } ਪੱਟੀਆਂ ਵਿੱਚ ਗਿਣੀ ਗਈ
       *[other] { $inBars } ਪੱਟੀਆਂ ਵਿੱਚ ਗਿਣੀਆਂ ਗਈਆਂ
    })
export-page-footer = { $title } · { $date } ਨੂੰ { -app-name } { $version } ਨਾਲ ਨਿਰਯਾਤ ਕੀਤਾ ਗਿਆ
export-page-compare-heading = { $left } ਅਤੇ { $right } · { $range }
export-page-citations = ਹਵਾਲੇ
export-page-more-rows =
    { $count ->
        [one] …ਅਤੇ { $count } ਹੋਰ ਕਤਾਰ: ਛੋਟੀ ਮਿਆਦ ਚੁਣੋ।
       *[other] …ਅਤੇ { $count } ਹੋਰ ਕਤਾਰਾਂ: ਛੋਟੀ ਮਿਆਦ ਚੁਣੋ।
    }
export-page-disputed-title = ਸਰੋਤਾਂ ਵਿੱਚ ਮਤਭੇਦ ਹੈ

## ਵਿੰਡੋ ਵਿੱਚ ਦਿਸਣ ਵਾਲੇ ਗ਼ਲਤੀ ਸੁਨੇਹੇ

error-export-from = ਸ਼ੁਰੂ: { $error }
error-export-to = ਅੰਤ: { $error }
error-export-start-after-end = ਸ਼ੁਰੂ ({ $from }) ਅੰਤ ({ $to }) ਤੋਂ ਬਾਅਦ ਹੈ: ਦੋਵਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਬਦਲੋ
error-export-width = ਚੌੜਾਈ { $width } ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ: { $min } ਤੋਂ { $max } ਪਿਕਸਲ ਦੇ ਵਿਚਕਾਰ ਰੱਖੋ
error-export-extension = { $path }: ਅਣਜਾਣ ਫ਼ਾਈਲ ਕਿਸਮ; ਫ਼ਾਈਲ ਦੀ ਐਕਸਟੈਂਸ਼ਨ { $extensions } ਰੱਖੋ
error-list-or = { $rest } ਜਾਂ { $last }
error-export-not-a-picture = { $format } ਕੋਈ ਤਸਵੀਰ ਨਹੀਂ ਹੈ: { $extensions } ਚੁਣੋ
error-export-missing-folder = { $path }: ਫ਼ੋਲਡਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ; ਇਸ ਨੂੰ ਬਣਾਓ ਜਾਂ ਕੋਈ ਹੋਰ ਚੁਣੋ
error-write-file = { $path }: ਫ਼ਾਈਲ ਲਿਖੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $error }
error-export-would-replace-input = { $path }: ਇਹੀ ਸਮਾਂ-ਰੇਖਾ ਨਿਰਯਾਤ ਹੋ ਰਹੀ ਹੈ; ਫ਼ਾਈਲ ਦਾ ਕੋਈ ਹੋਰ ਨਾਂ ਚੁਣੋ
error-svg-read = SVG ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $error }
error-image-too-large = ਚਿੱਤਰ { $width } × { $height } ਪਿਕਸਲ ਦਾ ਬਣੇਗਾ, ਜੋ ਰੈਂਡਰ ਕਰਨ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ
error-png-encode = PNG ਐਨਕੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ: { $error }
error-pdf-read = PDF ਲਈ ਡਰਾਇੰਗ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $error }
error-pdf-write = PDF ਲਿਖੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $error }
error-citations-extension = { $path }: ਫ਼ਾਈਲ ਦੀ ਐਕਸਟੈਂਸ਼ਨ .md, .csv ਜਾਂ .bib ਰੱਖੋ

## ਸਮਾਂ-ਰੇਖਾ ਦੇ ਉੱਪਰ ਸੂਚਨਾ ਪੱਟੀ

notice-dismiss = ਬੰਦ ਕਰੋ
notice-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
notice-retry-tip = ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ (ਸੰਭਾਲਣ 'ਤੇ ਇਹ ਆਪਣੇ-ਆਪ ਵੀ ਮੁੜ ਲੋਡ ਹੁੰਦੀ ਹੈ)
notice-more-lines =
    { $count ->
        [one] … ਅਤੇ { $count } ਹੋਰ ਸਤਰ
       *[other] … ਅਤੇ { $count } ਹੋਰ ਸਤਰਾਂ
    }
notice-opening = { $path } ਖੁੱਲ੍ਹ ਰਹੀ ਹੈ…
notice-missing-reopened = ਤੁਹਾਡੀ ਪਿਛਲੀ ਖੁੱਲ੍ਹੀ ਸਮਾਂ-ਰੇਖਾ, { $path }, ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ; ਉਸ ਦੀ ਥਾਂ ਐਪ ਦਾ ਆਪਣਾ ਡਾਟਾਸੈੱਟ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ। ਉਸ ਨੂੰ ਲੱਭਣ ਲਈ { menu-file } › { menu-file-open } ਵਰਤੋ।
notice-failed-bundled = { $path } ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ; ਉਸ ਦੀ ਥਾਂ ਐਪ ਦਾ ਆਪਣਾ ਡਾਟਾਸੈੱਟ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ। ਇਹ ਸਮੱਸਿਆਵਾਂ ਠੀਕ ਕਰਕੇ ਸੰਭਾਲੋ: ਫ਼ਾਈਲ ਆਪਣੇ-ਆਪ ਖੁੱਲ੍ਹ ਜਾਵੇਗੀ।
notice-failed-unchanged = { $path } ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ; ਸਕਰੀਨ ਉੱਤੇ ਦਿਸਦੀ ਸਮਾਂ-ਰੇਖਾ ਪਹਿਲਾਂ ਵਾਂਗ ਹੀ ਹੈ। ਇਹ ਸਮੱਸਿਆਵਾਂ ਠੀਕ ਕਰਕੇ ਸੰਭਾਲੋ: ਫ਼ਾਈਲ ਆਪਣੇ-ਆਪ ਖੁੱਲ੍ਹ ਜਾਵੇਗੀ।
notice-reload-problems = { $path } ਡਿਸਕ ਉੱਤੇ ਬਦਲੀ ਗਈ ਹੈ ਅਤੇ ਹੁਣ ਇਸ ਵਿੱਚ ਸਮੱਸਿਆਵਾਂ ਹਨ; ਆਖ਼ਰੀ ਠੀਕ ਸੰਸਕਰਣ ਹੀ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ। ਠੀਕ ਕੀਤਾ ਸੰਸਕਰਣ ਸੰਭਾਲਣ 'ਤੇ ਇਹ ਮੁੜ ਲੋਡ ਹੋਵੇਗੀ।
notice-file-gone = { $path } ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ ਜਾਂ ਕਿਤੇ ਹੋਰ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ; ਆਖ਼ਰੀ ਵਾਰ ਲੋਡ ਕੀਤਾ ਸੰਸਕਰਣ ਹੀ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ। ਫ਼ਾਈਲ ਵਾਪਸ ਆਉਣ 'ਤੇ ਇਹ ਮੁੜ ਲੋਡ ਹੋਵੇਗੀ।
notice-wrote-citations =
    { $count ->
        [one] { $count } ਘਟਨਾ ਦੇ ਸਰੋਤ { $path } ਵਿੱਚ ਲਿਖੇ ਗਏ
       *[other] { $count } ਘਟਨਾਵਾਂ ਦੇ ਸਰੋਤ { $path } ਵਿੱਚ ਲਿਖੇ ਗਏ
    }
notice-wrote-comparison = ਤੁਲਨਾ { $path } ਵਿੱਚ ਲਿਖੀ ਗਈ

## ਵਿੰਡੋ ਉੱਤੇ ਫ਼ਾਈਲ ਛੱਡਣਾ

drop-hint-open = ਇਹ ਸਮਾਂ-ਰੇਖਾ ਖੋਲ੍ਹਣ ਲਈ ਇੱਥੇ ਛੱਡੋ
drop-hint-refuse = ਸਿਰਫ਼ ਸਮਾਂ-ਰੇਖਾ ਫ਼ਾਈਲਾਂ (.ron, ਜਾਂ TimelineJS .json ਅਤੇ .csv) ਖੋਲ੍ਹੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ
drop-not-timeline = { $path } ਸਮਾਂ-ਰੇਖਾ ਨਹੀਂ ਹੈ: .ron ਫ਼ਾਈਲਾਂ, ਜਾਂ TimelineJS .json ਅਤੇ .csv ਫ਼ਾਈਲਾਂ ਖੋਲ੍ਹੋ।

## ਕੀਬੋਰਡ ਸ਼ਾਰਟਕੱਟ ਸੂਚੀ (F1)

shortcuts-title = ਕੀਬੋਰਡ ਸ਼ਾਰਟਕੱਟ
shortcuts-zoom-in = ਜ਼ੂਮ ਇਨ
shortcuts-zoom-out = ਜ਼ੂਮ ਆਊਟ
shortcuts-pan-back = ਸਮੇਂ ਵਿੱਚ ਪਿੱਛੇ ਜਾਓ
shortcuts-pan-forward = ਸਮੇਂ ਵਿੱਚ ਅੱਗੇ ਜਾਓ
shortcuts-fit-all = ਪੂਰੀ ਸਮਾਂ-ਰੇਖਾ ਵਿਖਾਓ (ਜਾਂ ਡਬਲ-ਕਲਿੱਕ ਕਰੋ)
shortcuts-previous = ਪਿਛਲੀ ਘਟਨਾ (ਦਿਸਦੀ ਆਖ਼ਰੀ ਘਟਨਾ ਤੋਂ)
shortcuts-next = ਅਗਲੀ ਘਟਨਾ (ਦਿਸਦੀ ਪਹਿਲੀ ਘਟਨਾ ਤੋਂ)
shortcuts-first = ਪਹਿਲੀ ਘਟਨਾ
shortcuts-last = ਆਖ਼ਰੀ ਘਟਨਾ
shortcuts-clear = ਕੋਈ ਵਿੰਡੋ ਬੰਦ ਕਰੋ, ਟੂਰ ਛੱਡੋ, ਜਾਂ ਚੋਣ ਅਤੇ ਮਿਆਦ ਸਾਫ਼ ਕਰੋ
shortcuts-search = ਸ਼ਬਦ ਜਾਂ ਤਾਰੀਖ਼ਾਂ ਖੋਜੋ; { $nextKey } / { $previousKey }: ਅਗਲਾ / ਪਿਛਲਾ ਨਤੀਜਾ
shortcuts-export = ਮਿਆਦ ਨੂੰ PNG, SVG ਜਾਂ PDF ਵਿੱਚ ਨਿਰਯਾਤ ਕਰੋ
shortcuts-open = ਸਮਾਂ-ਰੇਖਾ ਖੋਲ੍ਹੋ (.ron, TimelineJS .json ਜਾਂ .csv)
shortcuts-list = ਘਟਨਾਵਾਂ ਦੀ ਸੂਚੀ, ਜਿਸ ਦੀ ਤਰਤੀਬ ਬਦਲੀ ਜਾ ਸਕਦੀ ਹੈ
shortcuts-list-previous = ਸੂਚੀ ਦੀ ਪਿਛਲੀ ਕਤਾਰ
shortcuts-list-next = ਸੂਚੀ ਦੀ ਅਗਲੀ ਕਤਾਰ
shortcuts-tour = ਮੁੱਖ ਘਟਨਾਵਾਂ ਦਾ ਟੂਰ (ਟੂਰ ਦੌਰਾਨ { $nextKey }, { $previousKey } ਅਤੇ { $leaveKey })
shortcuts-tour-next = ਟੂਰ ਦਾ ਅਗਲਾ ਪੜਾਅ
shortcuts-toggle = ਇਹ ਸ਼ਾਰਟਕੱਟ ਵਿਖਾਓ ਜਾਂ ਲੁਕਾਓ
shortcuts-quit = ਬਾਹਰ ਜਾਓ (ਐਪ ਜਿਵੇਂ ਛੱਡੀ ਸੀ ਉਵੇਂ ਹੀ ਦੁਬਾਰਾ ਖੁੱਲ੍ਹੇਗੀ)
shortcuts-gesture-zoom-keys = { $ctrl } + ਵ੍ਹੀਲ, ਪਿੰਚ
shortcuts-gesture-zoom = ਪੌਇੰਟਰ ਦੁਆਲੇ ਸਮਾਂ-ਰੇਖਾ ਜ਼ੂਮ ਕਰੋ
shortcuts-gesture-pan-keys = ਵ੍ਹੀਲ, ਡਰੈਗ
shortcuts-gesture-pan = ਸਮੇਂ ਵਿੱਚ ਅੱਗੇ-ਪਿੱਛੇ ਜਾਓ
shortcuts-gesture-click-keys = ਕਲਿੱਕ
shortcuts-gesture-click = ਕੋਈ ਘਟਨਾ ਚੁਣੋ; ਬੈਜ ਉੱਤੇ: ਜ਼ੂਮ ਇਨ ਕਰੋ ਜਾਂ ਸੂਚੀ ਵਿੱਚੋਂ ਚੁਣੋ
shortcuts-gesture-range-keys = { $shift } + ਡਰੈਗ
shortcuts-gesture-range = ਨਿਰਯਾਤ ਲਈ ਤਾਰੀਖ਼ਾਂ ਦੀ ਮਿਆਦ ਚੁਣੋ
shortcuts-gesture-text-size-keys = { $ctrl }++ / { $ctrl }+- / { $ctrl }+0
shortcuts-gesture-text-size = ਵੱਡੇ / ਛੋਟੇ / ਆਮ ਅੱਖਰ

## ਇਸ ਬਾਰੇ

about-title = ਇਸ ਬਾਰੇ
about-app-name = { -app-name }
about-version = ਸੰਸਕਰਣ { $version }
about-counts =
    { $events ->
        [one] { $events } ਘਟਨਾ
       *[other] { $events } ਘਟਨਾਵਾਂ
    }, { $sources ->
        [one] { $sources } ਸਰੋਤ
       *[other] { $sources } ਸਰੋਤ
    }, { $quotes ->
        [one] { $quotes } ਕਥਨ
       *[other] { $quotes } ਕਥਨ
    }
about-source = ਸਰੋਤ ਫ਼ਾਈਲ: { $source }
about-verbatim = ਹਰ ਕਥਨ ਦੱਸੇ ਗਏ ਸਰੋਤ ਤੋਂ ਸ਼ਬਦ-ਬ-ਸ਼ਬਦ ਲਿਆ ਗਿਆ ਹੈ; ਜਿੱਥੇ ਸਰੋਤਾਂ ਵਿੱਚ ਮਤਭੇਦ ਹੈ, ਉੱਥੇ ਦੋਵੇਂ ਪੱਖ ਵਿਖਾਏ ਗਏ ਹਨ।
# The dataset inside the app, where a file name would be.
about-bundled-name = india_canada.ron (ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ)
