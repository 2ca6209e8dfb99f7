//! The interface's words in the reader's language. The app keeps the chosen
//! language in egui's memory at the start of each frame, so a widget needs only
//! its `Ui` to say something: `t(ui, "menu-file")`, or with arguments
//! `ta(ui, "search-matches", &[("count", n.into())])`.

use crate::base::i18n::{Arg, Lang, tr, tr_args};
use egui::{Context, Ui};

fn lang_id() -> egui::Id {
    egui::Id::unique("interface-language")
}

/// Makes `lang` the language of this frame's words.
pub(super) fn set_lang(ctx: &Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The language of this frame's words.
pub(super) fn lang(ctx: &Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

/// A message with no arguments.
pub(super) fn t(ui: &Ui, id: &str) -> String {
    tr(lang(ui.ctx()), id)
}

/// A message with arguments.
pub(super) fn ta(ui: &Ui, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_args(lang(ui.ctx()), id, args)
}
