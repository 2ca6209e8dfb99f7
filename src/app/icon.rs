//! The window icon, embedded so that the binary needs nothing beside it.

/// `assets/icon.png`, 256 × 256 RGBA.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// The icon as eframe wants it (decoded by eframe's own helper); `None`, and a
/// logged warning, only if the embedded file were broken.
pub fn app_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(ICON_PNG)
        .map_err(|e| log::warn!("the window icon could not be decoded: {e}"))
        .ok()
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
