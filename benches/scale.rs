//! Cost at scale: parsing, one frame of layout, hit-testing and export, for the
//! bundled dataset and synthetic ones up to 100k events (`generate`).
// Benchmarks, like tests, stop at the first broken assumption.
#![allow(clippy::unwrap_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{Rect, pos2, vec2};
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::date::PartialDate;
use india_canada_timeline::data::formats::FileFormat;
use india_canada_timeline::data::model::Timeline;
use india_canada_timeline::data::{generate, load};
use india_canada_timeline::render::export::{self, ExportOptions};
use india_canada_timeline::render::measure::Measurer;
use india_canada_timeline::timeline::layout::{Crowding, LayoutInput, layout};
use india_canada_timeline::timeline::view::TimeView;
use std::hint::black_box;

fn synthetic(n: usize) -> Timeline {
    load::load_str(&generate::generate(n, 42), "synthetic.ron").unwrap()
}

fn bench_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_validate");
    group.sample_size(10);
    for n in [1_000, 10_000, 100_000] {
        let text = generate::generate(n, 42);
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| load::load_str(black_box(text), "bench.ron").unwrap())
        });
    }
    group.finish();
}

fn frame(
    timeline: &Timeline,
    view: TimeView,
    measurer: &Measurer,
) -> india_canada_timeline::timeline::scene::Scene {
    let rect = Rect::from_min_size(pos2(0.0, 60.0), vec2(1280.0, 640.0));
    let lanes: Vec<usize> = (0..timeline.categories.len()).collect();
    let measure =
        |s: &str| measurer.width(s, india_canada_timeline::timeline::style::LABEL_FONT_SIZE);
    let input = LayoutInput::new(view, rect, &lanes, Crowding::Cluster, &measure);
    layout(timeline, &input)
}

fn zooms(timeline: &Timeline) -> [(&'static str, TimeView); 3] {
    let (first, last) = timeline.span().unwrap();
    let mid = (first + last) as f64 / 2.0;
    [
        (
            "everything",
            TimeView {
                start: first as f64,
                span: (last - first) as f64,
            },
        ),
        (
            "one_month",
            TimeView {
                start: mid,
                span: 30.0,
            },
        ),
        (
            "one_day",
            TimeView {
                start: mid,
                span: 1.0,
            },
        ),
    ]
}

fn bench_layout(c: &mut Criterion) {
    let measurer = Measurer::new();
    let mut group = c.benchmark_group("layout_frame");
    for (name, timeline) in [
        ("bundled", load::bundled().unwrap()),
        ("100k", synthetic(100_000)),
    ] {
        for (zoom, view) in zooms(&timeline) {
            group.bench_function(format!("{name}/{zoom}"), |b| {
                b.iter(|| frame(black_box(&timeline), view, &measurer))
            });
        }
    }
    let big = synthetic(100_000);
    let scene = frame(&big, zooms(&big)[0].1, &measurer);
    group.bench_function("100k/hit_test", |b| {
        b.iter(|| scene.hit(black_box(pos2(640.0, 130.0))))
    });
    group.finish();
}

fn bench_export_scale(c: &mut Criterion) {
    let measurer = Measurer::new();
    let mut group = c.benchmark_group("export_one_month_3840");
    group.sample_size(10);
    let options = |from: &str, to: &str| ExportOptions {
        width: 3840,
        ..ExportOptions::new(
            PartialDate::parse(from).unwrap(),
            PartialDate::parse(to).unwrap(),
            "Bench",
        )
    };
    // The same month from both datasets (the synthetic one covers 2000–2026).
    let opts = options("2026-02-01", "2026-02-28");
    let bundled = load::bundled().unwrap();
    group.bench_function("bundled", |b| {
        b.iter(|| export::export_bytes(&bundled, &opts, FileFormat::Png, &measurer).unwrap())
    });
    let big = synthetic(100_000);
    group.bench_function("100k", |b| {
        b.iter(|| export::export_bytes(&big, &opts, FileFormat::Png, &measurer).unwrap())
    });
    group.finish();
}

/// One whole frame of the app, headless: layout, painting and tessellation
/// (everything but the GPU upload).
fn app_frame(ctx: &egui::Context, app: &mut TimelineApp) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input, |ui| app.show(ui));
    out.textures_delta.clear();
    let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
    primitives.len()
}

fn bench_first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("load_bundled_and_first_frame", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            india_canada_timeline::render::fonts::install(&ctx);
            let mut app = TimelineApp::new(load::bundled().unwrap(), None);
            black_box(app_frame(&ctx, &mut app))
        })
    });
    let text = generate::generate(100_000, 42);
    group.bench_function("load_100k_and_first_frame", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            india_canada_timeline::render::fonts::install(&ctx);
            let timeline = load::load_str(&text, "big.ron").unwrap();
            let mut app = TimelineApp::new(timeline, None);
            black_box(app_frame(&ctx, &mut app))
        })
    });
    group.finish();
}

/// Frames of the running app at 100k events: what zooming and panning cost.
fn bench_app_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("app_frame_100k");
    let big = synthetic(100_000);
    let views = zooms(&big);
    let ctx = egui::Context::default();
    india_canada_timeline::render::fonts::install(&ctx);
    let mut app = TimelineApp::new(big, None);
    app_frame(&ctx, &mut app);
    for (zoom, view) in views {
        group.bench_function(zoom, |b| {
            b.iter(|| {
                app.apply(Command::SetView(view));
                black_box(app_frame(&ctx, &mut app))
            })
        });
    }
    group.finish();
}

/// A speaker's page (their statements and the events to keep bright) and the
/// side filter, at 100k events and about 250k quotes. Budget: 50 ms each.
fn bench_voices(c: &mut Criterion) {
    use india_canada_timeline::timeline::quotes::SideFilter;
    use india_canada_timeline::timeline::voices::{VoiceFilter, spoke_mask, statements};
    let t = synthetic(100_000);
    let mut group = c.benchmark_group("voices_100k");
    group.sample_size(20);
    group.bench_function("speaker_page", |b| {
        b.iter(|| {
            let rows = statements(black_box(&t), 7);
            let mask = spoke_mask(&t, VoiceFilter::Speaker(7));
            (rows.len(), mask.len())
        })
    });
    group.bench_function("side_filter", |b| {
        b.iter(|| spoke_mask(black_box(&t), VoiceFilter::Side(SideFilter::India)))
    });
    group.finish();
}

criterion_group!(
    benches,
    bench_voices,
    bench_parse,
    bench_layout,
    bench_export_scale,
    bench_first_frame,
    bench_app_frames
);
criterion_main!(benches);
