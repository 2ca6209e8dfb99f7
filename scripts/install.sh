#!/bin/sh
# Installs India–Canada Timeline for the current user on Linux: the program,
# its icon, a menu entry, and the .ron file type, all under your home folder
# (nothing needs administrator rights). Run it again to update;
# `scripts/install.sh --uninstall` removes what it installed.
#
# The program is built first unless BIN names an already built one.
set -eu

app=india-canada-timeline
here=$(cd "$(dirname "$0")/.." && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
icon_path=$data_home/icons/hicolor/256x256/apps/$app.png
desktop_path=$data_home/applications/$app.desktop
mime_path=$data_home/mime/packages/$app.xml

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data_home/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$bin_dir/$app" "$icon_path" "$desktop_path" "$mime_path"
    refresh_caches
    echo "Removed India–Canada Timeline. Your saved window state is kept in $data_home/$app."
    exit 0
fi

bin=${BIN:-}
if [ -z "$bin" ]; then
    echo "Building the program (a few minutes the first time)…"
    (cd "$here" && cargo build --release)
    bin=$here/target/release/$app
fi
if [ ! -x "$bin" ]; then
    echo "No program at $bin: build it with 'cargo build --release' first." >&2
    exit 1
fi

mkdir -p "$bin_dir" "$(dirname "$icon_path")" "$(dirname "$desktop_path")" "$(dirname "$mime_path")"
# Copy to a temporary name, then rename: a running copy is never half overwritten.
cp "$bin" "$bin_dir/.$app.new"
chmod 755 "$bin_dir/.$app.new"
mv -f "$bin_dir/.$app.new" "$bin_dir/$app"
cp "$here/assets/icon.png" "$icon_path"
cp "$here/assets/$app.xml" "$mime_path"
# The menu may not search ~/.local/bin, so the entry names the program by its full path.
sed "s|^Exec=$app |Exec=\"$bin_dir/$app\" |" "$here/assets/$app.desktop" >"$desktop_path"
refresh_caches

echo "Installed India–Canada Timeline."
echo "  program:    $bin_dir/$app"
echo "  menu entry: $desktop_path"
echo "Find it in your applications menu, or double-click a .ron timeline file."
