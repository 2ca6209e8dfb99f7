//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// A small valid timeline; tests break it in one place at a time.
pub const SMALL: &str = r##"Timeline(
    title: "Test timeline",
    description: "For tests.",
    categories: [
        Category(id: "diplomacy", name: "Diplomacy", color: "#3b6ea5"),
        Category(id: "security", name: "Security", color: "#d1495b"),
    ],
    sources: [
        Source(id: "a", outlet: "Outlet A", title: "A title", author: Some("Ann"), published: Some("2024-01-02"), url: Some("https://example.org/a")),
        Source(id: "b", outlet: "Outlet B", title: "B title", published: "2024-02", url: None),
    ],
    events: [
        Event(
            id: "later",
            title: "Later event",
            start: "2024-03-05",
            end: Some("2024-03-07"),
            category: "security",
            summary: "Second in time.",
            quotes: [Quote(source: "a", text: "a later quote")],
            disputes: [Dispute(text: "A and B differ on the day.", sources: ["a", "b"])],
            tags: ["x"],
        ),
        Event(
            id: "earlier",
            title: "Earlier event",
            start: "2024-01",
            category: "diplomacy",
            summary: "First in time, known to the month.",
            quotes: [Quote(source: "b", text: "an earlier quote")],
        ),
        Event(
            id: "middle",
            title: "Middle event",
            start: "2024-02-10",
            category: "diplomacy",
            summary: "Between the two.",
            quotes: [Quote(source: "a", text: "a middle quote")],
        ),
    ],
)
"##;

/// The app in a test window, with the app's fonts, settled after its first frames.
pub fn harness_for(
    app: india_canada_timeline::app::TimelineApp,
) -> egui_kittest::Harness<'static, india_canada_timeline::app::TimelineApp> {
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(india_canada_timeline::render::fonts::install)
        .with_max_steps(120)
        .build_ui_state(
            |ui, app: &mut india_canada_timeline::app::TimelineApp| app.show(ui),
            app,
        );
    h.run();
    h
}

/// A small timeline in the current form: speakers with roles, quotes with
/// voices, a dispute with two quoted sides and a corrections log.
pub const SPOKEN: &str = r##"Timeline(
    title: "Spoken timeline",
    categories: [Category(id: "diplomacy", name: "Diplomacy", color: "#3b6ea5")],
    sources: [
        Source(id: "a", outlet: "Outlet A", title: "A title", published: "2024-01-02", url: "https://example.org/a"),
        Source(id: "b", outlet: "Outlet B", title: "B title", published: "2024-02", kind: Copy(of: "Wire")),
    ],
    speakers: [
        Speaker(
            id: "ann-lee",
            name: "Ann Lee",
            side: Canada,
            roles: [Role(title: "Foreign Minister", from: "2023-01-01", to: "2024-12-31")],
            aliases: ["Lee"],
        ),
        Speaker(id: "ministry", name: "The Ministry", side: Other("Elsewhere"), kind: Body),
    ],
    events: [
        Event(
            id: "talks",
            title: "Talks held",
            start: "2024-02-10",
            category: "diplomacy",
            summary: "The two sides talked.",
            quotes: [
                Quote(source: "a", text: "“We talked,” she said.", speaker: Some("ann-lee")),
                Quote(source: "b", text: "The ministry said the talks went well.", speaker: Some("ministry"), voice: Reported),
                Quote(source: "a", text: "The talks were long."),
            ],
            disputes: [
                Dispute(
                    about: "the day of the talks",
                    sides: [
                        Side(source: "a", text: "on Monday"),
                        Side(source: "b", text: "on Tuesday"),
                    ],
                    note: Some("Monday was 12 February."),
                ),
            ],
        ),
        Event(
            id: "visit",
            title: "A visit",
            start: "2024-03-05",
            category: "diplomacy",
            quotes: [Quote(source: "b", text: "A visit took place.", speaker: Some("ministry"))],
        ),
    ],
    corrections: [
        Correction(date: "2024-04-01", events: ["talks"], text: "A sentence was credited to Ann Lee; it is the outlet's report."),
    ],
)
"##;

/// The content warnings for a text (which must load), as printed.
pub fn lints(text: &str) -> Vec<String> {
    let t = india_canada_timeline::data::load::load_str(text, "t.ron")
        .unwrap_or_else(|e| panic!("{e}"));
    india_canada_timeline::data::load::lint::lint(&t, text, "t.ron")
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect()
}
