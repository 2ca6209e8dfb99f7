//! Export speed: a 3840-pixel PNG of the whole bundled dataset (budget: under a second).
// Benchmarks, like tests, stop at the first broken assumption.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use india_canada_timeline::data::date::PartialDate;
use india_canada_timeline::data::formats::FileFormat;
use india_canada_timeline::data::load;
use india_canada_timeline::render::export::{self, ExportOptions};
use india_canada_timeline::render::measure::Measurer;
use std::hint::black_box;

fn options(from: &str, to: &str) -> ExportOptions {
    ExportOptions {
        width: 3840,
        ..ExportOptions::new(
            PartialDate::parse(from).unwrap(),
            PartialDate::parse(to).unwrap(),
            "Bench",
        )
    }
}

fn bench_export(c: &mut Criterion) {
    let timeline = load::bundled().unwrap();
    let measurer = Measurer::new();
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    for (name, from, to) in [
        ("png_3840_everything", "2023-06-01", "2026-06-30"),
        ("png_3840_one_month", "2026-02-01", "2026-02-28"),
    ] {
        let opts = options(from, to);
        group.bench_function(name, |b| {
            b.iter(|| {
                export::export_bytes(black_box(&timeline), &opts, FileFormat::Png, &measurer)
                    .unwrap()
            })
        });
    }
    let opts = options("2023-06-01", "2026-06-30");
    group.bench_function("svg_everything", |b| {
        b.iter(|| export::export_svg(black_box(&timeline), &opts, &measurer).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench_export);
criterion_main!(benches);
