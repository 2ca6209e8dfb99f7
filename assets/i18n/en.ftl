# English (en): the source language of India–Canada Timeline.
# Digits: Western (0–9), as in all four languages of the app.
# Key names (Ctrl, Shift, Esc, ←, F1…) are never written into a message: the
# code passes them as variables ($nextKey, $shift…), as it formats them per platform.
# Counts are passed as numbers so that plural selection works.

-app-name = India–Canada Timeline

## Menus (File, View, Help) and the dialogs they open

menu-file = File
menu-view = View
menu-help = Help
menu-help-shortcuts = Keyboard shortcuts
menu-help-about = About
menu-file-open = Open…
menu-file-open-recent = Open recent
menu-file-recent-open-now = Open now
menu-file-recent-missing = { $path } is no longer there
menu-file-recent-clear = Clear the list
menu-file-open-bundled = Open the bundled dataset
menu-file-export = Export…
menu-file-export-citations = Export citations…
menu-file-export-citations-tip = The sources of the events in view (or the selected range), as Markdown, CSV or BibTeX
menu-file-quit = Quit
menu-view-fit-all = Fit all
menu-view-list = List
menu-view-compare = Compare voices
menu-view-tour = Tour of the key events
menu-view-theme = Theme
menu-view-theme-system = Follow the system
menu-view-theme-light = Light
menu-view-theme-dark = Dark
menu-view-larger-text = Larger text
menu-view-smaller-text = Smaller text
menu-view-actual-size = Actual size
menu-view-language = Language
# Each language is named in itself, identically in every file.
menu-language-en = English
menu-language-fr = Français
menu-language-hi = हिन्दी
menu-language-pa = ਪੰਜਾਬੀ
menu-dialog-open-title = Open a timeline
menu-dialog-filter-all = All timelines
menu-dialog-filter-ron = Timeline (RON)
menu-dialog-filter-timelinejs = TimelineJS (JSON, CSV)
menu-dialog-export-citations-title = Export citations

## Top bar

# The window's title: $title is the dataset's title.
top-window-title = { $title } — { -app-name }
top-tour = ▶ Tour
top-tour-tip = Step through the key events from the first
top-fit-all = Fit all
top-fit-all-tip = Show the whole timeline
top-export = Export…
top-export-tip = Export the selected range ({ $shift }+drag) or the visible one to PNG, SVG or PDF
top-open = Open…
top-open-tip = Open another timeline (.ron, TimelineJS .json or .csv)
top-lanes = Lanes
top-lanes-hidden =
    Lanes ({ $count ->
        [one] { $count } hidden
       *[other] { $count } hidden
    })
top-lane-hide = Hide this lane
top-lane-show = Show this lane
top-storylines-all = All storylines
top-storyline = Storyline: { $name }
top-disputed = ⚠ Disputed
top-disputed-tip = Show only events where sources disagree
top-list = ☰ List
top-list-tip = The events as a sortable list
top-compare = ⇆ Compare
top-compare-tip = Two voices side by side, a row per day

## Search box

search-hint = Search
search-matches =
    { $count ->
        [0] no match
        [one] { $count } match
       *[other] { $count } matches
    }
search-clear = Clear
search-clear-tip = Clear the search
search-speaker-page = Show { $name }'s page
search-speaker-page-tip = Everything they said, with citations

## Voices menu and the sides

voices-menu-all = Voices: all
# $voice: a short side label (voices-short-*) or a speaker's name.
voices-menu-one = Voices: { $voice }
voices-all = All voices
voices-one-speaker = One speaker
voices-menu-tip = Keep bright the events where this side or speaker is quoted
voices-side-india = India's government
voices-side-canada = Canada's government
voices-side-other = Other countries
voices-side-non-state = Non-state voices
voices-short-india = India
voices-short-canada = Canada
voices-short-other = other countries
voices-short-non-state = non-state
voices-a-speaker = a speaker

## Side panel: the selected event, its quotes and attributions

side-previous = ◀ Previous
side-previous-tip = Previous event
side-next = Next ▶
side-next-tip = Next event
side-tags = Tags: { $tags }
side-sources-say = What the sources say
side-cite-as = Cite as
side-cite-style-plain = Plain
side-copy-all-citations = Copy all citations
side-copy-citation = Copy citation
side-copied = ✔ Copied
side-key-event = ★ Key event
side-storylines = Storyline: { $names }
side-precision-month = Known to the month only: the soft band on the timeline covers the whole month.
side-precision-year = Known to the year only.
side-open-source = Open source →
side-open-source-tip = Opens the page at this quote, highlighted (Chrome, Edge, Safari); { $url }
side-copy-quote-link = Copy link to quote
side-copy-quote-link-tip = The page’s address with the quote highlighted when opened
side-archived = Archived copy →
side-archive-lookup = Wayback Machine →
side-archive-lookup-tip = A lookup, not a verified copy: the archive opens its capture nearest the page’s date, if it has one. { $url }
side-page-gone = ⚠ Page gone (checked { $date })
side-source-via = via { $via } ·
side-source-no-date = date not given
# What kind of publisher a source is, after its date: "· Official statement".
side-source-kind-official = Official statement
side-source-kind-news = News report
side-source-kind-reference = Reference
# A page that republishes another outlet's story; $outlet is that outlet.
side-source-kind-copy = Copy of { $outlet }'s report
side-own-words-person = — in their own words ·
side-own-words-body = — its own statement ·
# "<outlet>, reporting what <speaker link> said": the link sits between the two.
side-reported-before = , reporting what
side-reported-after = said
side-narration = (narration)
side-speaker-speaks-for = Speaks for: { $side }
side-speaker-click = Click for everything they said
side-dispute-differ = Sources differ on { $about }
side-dispute = Sources disagree
side-dispute-sources = Sources: { $sources }
side-corrected = Corrected

## Side panel with nothing selected: the dataset overview; the overview strip

overview-counts =
    { $events ->
        [one] { $events } event
       *[other] { $events } events
    } · { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    } · { $quotes ->
        [one] { $quotes } quote
       *[other] { $quotes } quotes
    } · { $disputed ->
        [one] { $disputed } disputed
       *[other] { $disputed } disputed
    }
overview-source = From { $source }
overview-periods = Periods
overview-click-hint = Click an event on the timeline to read what happened and what the sources said.
overview-keys-hint = { $previousKey } { $nextKey } step through events · { $tourKey } takes the tour of the key events · { $listKey } lists them all · { $helpKey } lists every shortcut
overview-corrections = Corrections ({ $count })
overview-strip-tip = Overview: drag to move the visible window, click to jump

## A speaker's page and the list of speakers

speaker-back = ◀ Back
speaker-back-tip = Back to where you were ({ $key })
speaker-own-only = Own words only
speaker-newest-first = Newest first
speaker-kind-person = Person
speaker-kind-body = Institution
speaker-kind-side = { $kind } · speaks for { $side }
speaker-role-since = { $role } · since { $date }
speaker-role-until = { $role } · until { $date }
speaker-statement-count =
    { $count ->
        [one] { $count } statement
       *[other] { $count } statements
    }: { $own } in their own words, { $reported } reported by outlets
speaker-aliases = Also called { $names }
speaker-show-event = Show this event
speaker-voice-own = own words · { $outlet }
speaker-voice-reported = reported by { $outlet }
speaker-list-heading = Speakers ({ $count })
speaker-side-unknown = Side not given
speaker-list-tip = Everything they said

## The list view

list-col-date = Date
list-col-title = Title
list-col-category = Category
list-col-importance = Importance
list-col-outlets = Outlets
list-col-disputed = Disputed
list-sort-tip = Sort by this column
list-key = ★ Key
list-minor = minor

## The guided tour

tour-of-key-events = Tour of the key events
tour-of-storyline = Tour of { $storyline }
tour-position = { $current } of { $total }
tour-previous = ◀ Previous stop
tour-next = Next stop ▶
tour-leave = Leave the tour

## Hover texts on the timeline

# Two keys that do the same thing ("F1 or ?", "→ or Space").
tip-keys-either = { $first } or { $second }
# $when is tip-when-day or tip-when-range.
tip-density-events =
    { $count ->
        [one] { $count } event starting { $when }
       *[other] { $count } events starting { $when }
    }
tip-click-to-zoom = Click to zoom in
tip-when-day = on { $date }
tip-when-range = from { $range }
# The count on a cluster badge (also its accessible name, with tip-when-*).
tip-badge-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
tip-badge-more =
    { $count ->
        [one] and { $count } more
       *[other] and { $count } more
    }
tip-badge-click = Click to zoom in or pick one
tip-quoted = Quoted:

## The compare view

compare-title = Compare
compare-left = Left:
compare-right = Right:
compare-swap-tip = Swap the columns
# $scope is compare-scope-storyline or compare-scope-dates.
compare-rows =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } · { $scope }
# $format is export-format-png, export-format-pdf, "Markdown" or "CSV".
compare-export-tip = Save these rows as a { $format }, with citations
# $format is the extension in capitals: PNG, PDF, MD, CSV.
compare-export = Export { $format }
compare-close = Close
compare-close-tip = Back to the timeline
# After a speaker's name when an outlet reports what they said.
compare-reported = , reported
compare-empty = Neither voice is quoted in these dates: zoom out or pick other voices.
compare-scope-storyline = the storyline “{ $storyline }”
compare-scope-dates = the dates in view, { $range }
compare-dialog-title = Export the comparison

## The export dialog

export-window-title = Export
export-from = From
export-to = To
export-width = Width
export-theme = Theme
export-theme-light = Light (print)
export-theme-dark = Dark
export-title = Title
export-include = Include
export-legend = Legend
export-source-list = Source list
export-key-only = Key events only
export-save-to = Save to
export-choose = Choose…
export-button = Export
export-running = Exporting…
export-saved = Saved { $path }
export-open-folder = Open folder
export-format = Format
export-format-png = PNG image
export-format-svg = SVG drawing
export-format-pdf = PDF document

## Text on exported pages (PNG, SVG, PDF)

export-page-numbered-events = Numbered events
export-page-official = { $outlet } (official)
export-page-sources-quoted = Sources quoted: { $outlets }.
export-page-corrected = Corrected
export-page-more-corrections =
    { $count ->
        [one] …and { $count } more in the dataset's corrections log.
       *[other] …and { $count } more in the dataset's corrections log.
    }
export-page-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
# Some events in the range are drawn as density bars, not one by one.
export-page-events-in-bars =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    } ({ $inBars } counted in bars)
export-page-footer = { $title } · exported { $date } with { -app-name } { $version }
export-page-compare-heading = { $left } and { $right } · { $range }
export-page-citations = Citations
export-page-more-rows =
    { $count ->
        [one] …and { $count } more row: choose a shorter range.
       *[other] …and { $count } more rows: choose a shorter range.
    }
export-page-disputed-title = Sources disagree

## Error messages shown in the window

error-export-from = From: { $error }
error-export-to = To: { $error }
error-export-start-after-end = the start { $from } is after the end { $to }: swap them
error-export-width = width { $width } is out of range: use { $min } to { $max } pixels
# $extensions is built with error-list-or: ".png, .svg or .pdf".
error-export-extension = { $path }: unknown file type; name the file { $extensions }
error-list-or = { $rest } or { $last }
error-export-not-a-picture = a { $format } is not a picture: choose { $extensions }
error-export-missing-folder = { $path }: the folder does not exist; create it or choose another
error-write-file = { $path }: cannot write the file: { $error }
error-export-would-replace-input = { $path }: this is the timeline being exported; choose another file name
error-svg-read = the SVG could not be read: { $error }
error-image-too-large = the image would be { $width } × { $height } pixels, too large to render
error-png-encode = the PNG could not be encoded: { $error }
error-pdf-read = the drawing could not be read for the PDF: { $error }
error-pdf-write = the PDF could not be written: { $error }
error-citations-extension = { $path }: name the file .md, .csv or .bib

## The notice strip above the timeline

notice-dismiss = Dismiss
notice-retry = Retry
notice-retry-tip = Open the file again (it also reloads by itself when saved)
notice-more-lines =
    { $count ->
        [one] … and { $count } more line
       *[other] … and { $count } more lines
    }
notice-opening = Opening { $path }…
notice-missing-reopened = The timeline you had open, { $path }, is no longer there; showing the bundled dataset instead. Use { menu-file } › { menu-file-open } to find it.
notice-failed-bundled = { $path } could not be opened; showing the bundled dataset instead. Fix these problems and save: it opens by itself.
notice-failed-unchanged = { $path } could not be opened; the timeline on screen is unchanged. Fix these problems and save: it opens by itself.
notice-reload-problems = { $path } changed on disk and now has problems; still showing the last good version. It reloads when you save a fixed version.
notice-file-gone = { $path } was deleted or moved; still showing the version loaded last. It reloads if the file comes back.
notice-wrote-citations =
    { $count ->
        [one] Wrote the sources of { $count } event to { $path }
       *[other] Wrote the sources of { $count } events to { $path }
    }
notice-wrote-comparison = Wrote the comparison to { $path }

## Dropping a file on the window

drop-hint-open = Drop to open this timeline
drop-hint-refuse = Only timeline files (.ron, or TimelineJS .json and .csv) can be opened
drop-not-timeline = { $path } is not a timeline: open .ron files, or TimelineJS .json and .csv files.

## The keyboard shortcuts sheet (F1)

shortcuts-title = Keyboard shortcuts
shortcuts-zoom-in = Zoom in
shortcuts-zoom-out = Zoom out
shortcuts-pan-back = Move back in time
shortcuts-pan-forward = Move forward in time
shortcuts-fit-all = Show the whole timeline (or double-click)
shortcuts-previous = Previous event (from the last one in view)
shortcuts-next = Next event (from the first one in view)
shortcuts-first = First event
shortcuts-last = Last event
shortcuts-clear = Close a window, leave the tour, or clear the selection and range
shortcuts-search = Search words or dates; { $nextKey } / { $previousKey }: next / previous match
shortcuts-export = Export the range to PNG, SVG or PDF
shortcuts-open = Open a timeline (.ron, TimelineJS .json or .csv)
shortcuts-list = The events as a sortable list
shortcuts-list-previous = Previous row of the list
shortcuts-list-next = Next row of the list
shortcuts-tour = Tour of the key events ({ $nextKey }, { $previousKey } and { $leaveKey } while touring)
shortcuts-tour-next = Next stop of the tour
shortcuts-toggle = Show or hide these shortcuts
shortcuts-quit = Quit (the app reopens as you left it)
# Pointer gestures: the left column (keys-and-gesture) and what they do.
shortcuts-gesture-zoom-keys = { $ctrl } + wheel, pinch
shortcuts-gesture-zoom = Zoom the timeline about the pointer
shortcuts-gesture-pan-keys = Wheel, drag
shortcuts-gesture-pan = Move through time
shortcuts-gesture-click-keys = Click
shortcuts-gesture-click = Select an event; on a badge, zoom in or pick from a list
shortcuts-gesture-range-keys = { $shift } + drag
shortcuts-gesture-range = Select a date range to export
shortcuts-gesture-text-size-keys = { $ctrl }++ / { $ctrl }+- / { $ctrl }+0
shortcuts-gesture-text-size = Larger / smaller / normal text

## The About box

about-title = About
about-app-name = { -app-name }
about-version = Version { $version }
about-counts =
    { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    }, { $quotes ->
        [one] { $quotes } quote
       *[other] { $quotes } quotes
    }
about-source = From { $source }
about-verbatim = Every quote is verbatim from the named source; where sources disagree, both are shown.
# The dataset inside the app, where a file name would be.
about-bundled-name = india_canada.ron (built in)
