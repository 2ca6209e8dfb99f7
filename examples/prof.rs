use india_canada_timeline::{date::PartialDate, export::*, load, measure::Measurer};
use resvg::{tiny_skia, usvg};
use std::time::Instant;
fn main() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let o = ExportOptions {
        from: PartialDate::parse("2023-06-01").unwrap(),
        to: PartialDate::parse("2026-06-30").unwrap(),
        width: 3840,
        theme: Theme::Light,
        title: "x".into(),
        legend: true,
        sources: true,
        lanes: None,
    };
    let t0 = Instant::now();
    let svg = export_svg(&t, &o, &m).unwrap();
    let t1 = Instant::now();
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(india_canada_timeline::fonts::TEXT_FONT.to_vec());
    let opt = usvg::Options {
        fontdb: std::sync::Arc::new(db),
        ..Default::default()
    };
    let tree = usvg::Tree::from_str(&svg, &opt).unwrap();
    let t2 = Instant::now();
    let s = tree.size().to_int_size();
    let mut pm = tiny_skia::Pixmap::new(s.width(), s.height()).unwrap();
    let t3 = Instant::now();
    resvg::render(&tree, tiny_skia::Transform::identity(), &mut pm.as_mut());
    let t4 = Instant::now();
    let svg2 = svg.replace(" clip-path=\"url(#timeline-clip)\"", "");
    let tree2 = usvg::Tree::from_str(&svg2, &opt).unwrap();
    let mut pm2 = tiny_skia::Pixmap::new(s.width(), s.height()).unwrap();
    let t5 = Instant::now();
    resvg::render(&tree2, tiny_skia::Transform::identity(), &mut pm2.as_mut());
    let t6 = Instant::now();
    let t7 = Instant::now();
    let n = pm.encode_png().unwrap().len();
    println!("encode {:?} {n}", t7.elapsed());
    println!(
        "svg {:?} parse {:?} alloc {:?} render {:?} render-no-text {:?}",
        t1 - t0,
        t2 - t1,
        t3 - t2,
        t4 - t3,
        t6 - t5
    );
}
