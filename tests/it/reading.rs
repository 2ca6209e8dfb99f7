//! The reading tools, driven as a user would: the list view, the tour, and
//! citations copied to the clipboard in each style.

use crate::common;
use egui::{Key, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::cite::CitationStyle;
use india_canada_timeline::data::load;
use india_canada_timeline::data::model::{Attribution, Importance, SpeakerKind};
use india_canada_timeline::timeline::list::{ListSort, SortColumn};

type H = Harness<'static, TimelineApp>;

fn harness() -> H {
    common::harness_for(TimelineApp::new(load::bundled().unwrap(), None))
}

#[test]
fn the_list_sorts_filters_and_selects_both_ways() {
    let mut h = harness();
    h.key_press(Key::L);
    h.run();
    assert!(h.state().central().list_mode);
    // Sort by title: the header is a button.
    h.get_by_label("Title").click();
    h.run();
    assert_eq!(
        h.state().central().list_sort,
        ListSort {
            column: SortColumn::Title,
            descending: false
        }
    );
    let rows = h.state_mut().list_rows().to_vec();
    let t = h.state().timeline().clone();
    let first_title = &t.events[rows[0]].title;
    assert!(rows.windows(2).all(|w| {
        india_canada_timeline::base::text::fold(&t.events[w[0]].title)
            <= india_canada_timeline::base::text::fold(&t.events[w[1]].title)
    }));
    // Selecting a row selects the event (and the side panel shows it).
    h.get_by_label(first_title).click();
    h.run();
    assert_eq!(h.state().reading().selected, Some(rows[0]));
    // Down moves to the next row of the list, not the next date.
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().reading().selected, Some(rows[1]));
    // Selecting from elsewhere shows in the list.
    h.state_mut().apply(Command::Select(Some(rows[5])));
    h.run();
    assert_eq!(
        h.query_all_by_label(&t.events[rows[5]].title).count(),
        2,
        "its row and the side panel"
    );
    // The search and the filters narrow the list.
    h.state_mut().apply(Command::SearchFor("Cameco".into()));
    h.state_mut().apply(Command::SetDisputedOnly(false));
    let found = h.state_mut().list_rows().to_vec();
    assert!(!found.is_empty() && found.len() < 5);
    h.state_mut().apply(Command::SearchFor(String::new()));
    h.state_mut().apply(Command::SetDisputedOnly(true));
    let disputed = h.state_mut().list_rows().to_vec();
    assert!(disputed.iter().all(|&i| !t.events[i].disputes.is_empty()));
}

#[test]
fn the_tour_visits_key_events_in_order_and_esc_leaves() {
    let mut h = harness();
    h.key_press(Key::T);
    h.run();
    let t = h.state().timeline().clone();
    let keys: Vec<usize> = (0..t.events.len())
        .filter(|&i| t.events[i].importance == Importance::Key)
        .collect();
    assert_eq!(
        h.state().reading().selected,
        Some(keys[0]),
        "starts at the first key event"
    );
    h.get_by_label_contains(&format!("1 of {}", keys.len()));
    h.get_by_label("Next stop ▶").click();
    h.run();
    assert_eq!(h.state().reading().selected, Some(keys[1]));
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().reading().selected, Some(keys[2]));
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().reading().selected, Some(keys[1]));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().reading().tour.is_none());
    assert_eq!(
        h.state().reading().selected,
        Some(keys[1]),
        "leaving keeps the event"
    );
}

/// The text the last frame put on the clipboard.
fn copied(h: &H) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn copy_citation_puts_the_chosen_style_on_the_clipboard_and_says_so() {
    let mut h = harness();
    let t = h.state().timeline().clone();
    // An event whose first quote is someone's own words.
    let own = |q: &india_canada_timeline::data::model::Quote| {
        matches!(q.attribution(), Attribution::Own(_)) && t.sources[q.source].author.is_some()
    };
    let i = (0..t.events.len())
        .find(|&i| t.events[i].quotes.first().is_some_and(own))
        .unwrap();
    let q = &t.events[i].quotes[0];
    let speaker = &t.speaker_of(q).unwrap().name;
    h.state_mut().apply(Command::Select(Some(i)));
    h.run();
    for style in CitationStyle::ALL {
        h.state_mut().apply(Command::SetCitationStyle(style));
        h.run();
        h.query_all_by_label("Copy citation")
            .next()
            .unwrap()
            .scroll_to_me();
        h.run();
        h.query_all_by_label("Copy citation")
            .next()
            .unwrap()
            .click();
        h.step();
        let text = copied(&h).unwrap_or_else(|| panic!("{style:?}: nothing copied"));
        assert!(
            text.starts_with(&format!("“{}” — {speaker}, quoted in ", q.text)),
            "{style:?}: {text}"
        );
        h.run();
        assert!(
            h.query_by_label("✔ Copied").is_some(),
            "{style:?}: the button says it copied"
        );
    }
    h.get_by_label("Copy all citations").click();
    h.step();
    assert_eq!(
        copied(&h).unwrap().lines().count(),
        t.events[i].quotes.len()
    );
}

#[test]
fn nothing_selected_shows_the_dataset_its_periods_and_counts() {
    let h = harness();
    let t = load::bundled().unwrap();
    h.get_by_label(&t.description);
    for era in &t.eras {
        assert!(h.query_by_label(&era.name).is_some(), "{}", era.name);
    }
    h.get_by_label_contains(&format!("{} disputed", t.disputed_count()));
}

#[test]
fn a_real_event_shows_whose_words_each_quote_is_and_its_dispute_sides() {
    let mut h = harness();
    let t = h.state().timeline().clone();
    let own_in_role = |e: &india_canada_timeline::data::model::Event,
                       q: &india_canada_timeline::data::model::Quote| {
        matches!(q.attribution(), Attribution::Own(s) if t.speakers[s].role_on(e.start_day()).is_some())
    };
    // An event of the bundled dataset with all three: someone's own words said
    // in a known role, an outlet's report, and a dispute quoting two sides.
    let i = (0..t.events.len())
        .find(|&i| {
            let e = &t.events[i];
            e.quotes.iter().any(|q| own_in_role(e, q))
                && e.quotes
                    .iter()
                    .any(|q| matches!(q.attribution(), Attribution::Reported(_)))
                && e.disputes
                    .iter()
                    .any(|d| d.sides.len() >= 2 && d.sides.iter().all(|s| !s.text.is_empty()))
        })
        .expect("the dataset has such an event");
    let e = &t.events[i];
    h.state_mut().apply(Command::Select(Some(i)));
    h.run();
    let own = e.quotes.iter().find(|q| own_in_role(e, q)).unwrap();
    let speaker = t.speaker_of(own).unwrap();
    let role = speaker.role_on(e.start_day()).unwrap();
    assert!(
        h.query_by_label(&speaker.name).is_some(),
        "{} is named",
        speaker.name
    );
    assert!(
        h.query_by_label(&format!(", {}", role.title)).is_some(),
        "with the role held then: {}",
        role.title
    );
    let voice = match speaker.kind {
        SpeakerKind::Person => "in their own words",
        SpeakerKind::Body => "its own statement",
    };
    assert!(
        h.query_by_label_contains(voice).is_some(),
        "says whose words"
    );
    assert!(
        h.query_by_label(", reporting what").is_some(),
        "an outlet's report says it is one"
    );
    let d = e
        .disputes
        .iter()
        .find(|d| d.sides.len() >= 2 && d.sides.iter().all(|s| !s.text.is_empty()))
        .unwrap();
    let head = format!("Sources differ on {}", d.about);
    assert!(h.query_by_label(&head).is_some(), "{head}");
    for side in &d.sides {
        let words = format!("“{}”", side.text);
        assert!(
            h.query_by_label(&words).is_some(),
            "the side's words: {words}"
        );
    }
}

#[test]
fn a_speakers_page_lists_their_statements_and_esc_goes_back() {
    let mut h = harness();
    let t = h.state().timeline().clone();
    let i = t
        .speakers
        .iter()
        .position(|s| s.id == "s-jaishankar")
        .unwrap();
    let theirs = |own_only: bool| {
        t.events
            .iter()
            .flat_map(|e| &e.quotes)
            .filter(|q| match q.attribution() {
                Attribution::Own(s) => s == i,
                Attribution::Reported(s) => s == i && !own_only,
                Attribution::Narration => false,
            })
            .count()
    };
    let (all, own) = (theirs(false), theirs(true));
    assert!(all > own && own > 0, "{all} statements, {own} own");
    h.state_mut().apply(Command::Select(Some(3)));
    h.run();
    h.state_mut().apply(Command::OpenSpeaker(i));
    h.run();
    assert!(h.query_by_label("S. Jaishankar").is_some());
    let head = format!(
        "{all} statements: {own} in their own words, {} reported by outlets",
        all - own
    );
    assert!(h.query_by_label(&head).is_some(), "{head}");
    assert_eq!(h.query_all_by_label("Copy citation").count(), all);
    // In date order, each row named for a screen reader by date, speaker and words.
    use egui_kittest::kittest::NodeT;
    let expected: Vec<String> = india_canada_timeline::timeline::voices::statements(&t, i)
        .into_iter()
        .map(|(e, q)| {
            let (e, q) = (&t.events[e], &t.events[e].quotes[q]);
            format!("{}, S. Jaishankar: {}", e.date_label(), q.text)
        })
        .collect();
    let rows: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Row)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(rows, expected);
    h.get_by_label("Own words only").click();
    h.run();
    assert_eq!(h.query_all_by_label("Copy citation").count(), own);
    // The timeline keeps bright exactly the events where he is quoted.
    let spoke: Vec<bool> = t
        .events
        .iter()
        .map(|e| {
            e.quotes
                .iter()
                .any(|q| t.speaker_of(q).is_some_and(|s| s.id == "s-jaishankar"))
        })
        .collect();
    assert_eq!(h.state_mut().highlight(), Some(&spoke[..]));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(
        h.state().reading().speaker_page,
        None,
        "Esc closes the page"
    );
    assert_eq!(
        h.state().reading().selected,
        Some(3),
        "back where the reader was"
    );
    assert_eq!(h.state_mut().highlight(), None);
}

#[test]
fn the_voices_filter_dims_events_where_that_side_did_not_speak() {
    use india_canada_timeline::data::model::Side;
    use india_canada_timeline::timeline::quotes::SideFilter;
    use india_canada_timeline::timeline::voices::VoiceFilter;
    let mut h = harness();
    let t = h.state().timeline().clone();
    h.state_mut()
        .apply(Command::SetVoices(Some(VoiceFilter::Side(
            SideFilter::India,
        ))));
    h.run();
    let india_spoke: Vec<bool> = t
        .events
        .iter()
        .map(|e| {
            e.quotes
                .iter()
                .any(|q| t.speaker_of(q).is_some_and(|s| s.side == Some(Side::India)))
        })
        .collect();
    assert!(india_spoke.contains(&true) && india_spoke.contains(&false));
    assert_eq!(h.state_mut().highlight(), Some(&india_spoke[..]));
    assert!(h.query_by_label("Voices: India").is_some());
    // The list follows the voices too, also when it was made before they changed.
    h.state_mut().apply(Command::SetVoices(None));
    h.state_mut().apply(Command::ToggleList);
    h.run();
    assert_eq!(h.state_mut().list_rows().len(), t.events.len());
    h.state_mut()
        .apply(Command::SetVoices(Some(VoiceFilter::Side(
            SideFilter::India,
        ))));
    h.run();
    let listed = h.state_mut().list_rows().len();
    assert_eq!(listed, india_spoke.iter().filter(|b| **b).count());
    h.state_mut().apply(Command::ToggleList);
    h.run();
    // With a search too, both must hold.
    h.state_mut().apply(Command::SearchFor("visa".into()));
    h.run();
    let both = h.state_mut().highlight().unwrap().to_vec();
    assert!(both.iter().zip(&india_spoke).all(|(b, s)| !b || *s));
    assert!(both.iter().filter(|b| **b).count() < india_spoke.iter().filter(|b| **b).count());
}

#[test]
fn searching_a_speakers_name_offers_their_page() {
    let mut h = harness();
    h.state_mut().apply(Command::SearchFor("jaishankar".into()));
    h.run();
    h.get_by_label("Show S. Jaishankar's page").click();
    h.run();
    let page = h
        .state()
        .reading()
        .speaker_page
        .map(|i| h.state().timeline().speakers[i].id.clone());
    assert_eq!(page.as_deref(), Some("s-jaishankar"));
    h.state_mut().apply(Command::SearchFor("visa".into()));
    h.run();
    assert!(
        h.query_by_label_contains("'s page").is_none(),
        "no speaker is called that"
    );
    // The dataset overview lists every speaker, each a link to their page.
    h.state_mut().apply(Command::CloseSpeaker);
    h.state_mut().apply(Command::SearchFor(String::new()));
    h.run();
    let t = h.state().timeline().clone();
    let header = format!("Speakers ({})", t.speakers.len());
    h.get_by_label(&header).scroll_to_me();
    h.run();
    h.get_by_label(&header).click();
    h.run();
    let joly = t
        .speakers
        .iter()
        .position(|s| s.id == "melanie-joly")
        .unwrap();
    let said = india_canada_timeline::timeline::voices::statements(&t, joly).len();
    let name = format!("Mélanie Joly ({said})");
    h.get_by_label(&name).click_accesskit();
    h.run();
    assert_eq!(h.state().reading().speaker_page, Some(joly));
}
