//! The window icon, embedded so that the binary needs nothing beside it.

/// `assets/icon.png`, 256 × 256 RGBA.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// The icon as eframe wants it; `None` only if the embedded file were not an RGBA PNG.
pub fn app_icon() -> Option<egui::IconData> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(ICON_PNG));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().ok()?;
    let mut rgba = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut rgba).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    rgba.truncate(info.buffer_size());
    Some(egui::IconData {
        rgba,
        width: info.width,
        height: info.height,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_icon_decodes_at_256_px_and_is_not_empty() {
        let icon = super::app_icon().expect("icon decodes");
        assert!(icon.width >= 256 && icon.width == icon.height);
        assert_eq!(icon.rgba.len(), (icon.width * icon.height * 4) as usize);
        let opaque = icon.rgba.chunks(4).filter(|p| p[3] > 200).count();
        assert!(opaque > icon.rgba.len() / 4 / 4, "mostly transparent");
    }
}
