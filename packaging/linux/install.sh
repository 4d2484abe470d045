#!/usr/bin/env bash
# Install the built DSAR Desk for the current user (no root needed), or remove it again.
#
#   packaging/linux/install.sh [BUILT_FOLDER]     default BUILT_FOLDER: dist/dsar-desk
#   packaging/linux/install.sh --uninstall
#
# Puts the app folder in ~/.local/opt/dsar-desk, a `dsar-desk` launcher in ~/.local/bin, the menu
# entry in ~/.local/share/applications, the icons in ~/.local/share/icons/hicolor and the AppStream
# metadata in ~/.local/share/metainfo. Uninstalling removes exactly these; your cases, settings
# and log (in ~/.local/share/dsar-desk, ~/.config/dsar-desk, ~/.local/state/dsar-desk) stay.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/dsar-desk
bin=$HOME/.local/bin
apps=$data/applications
icons=$data/icons/hicolor
meta=$data/metainfo
ID=io.github.dsardesk.DsarDesk

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  # Only refresh an icon cache that exists (a stale one of ours would hide other apps' icons).
  touch "$icons" 2>/dev/null || true
  if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" || true
  fi
}

if [ "${1:-}" = "--uninstall" ] || [ "${1:-}" = "uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/dsar-desk" "$apps/dsar-desk.desktop" "$meta/$ID.metainfo.xml" "$icons/scalable/apps/dsar-desk.svg"
  for size in 48 128 256; do rm -f "$icons/${size}x${size}/apps/dsar-desk.png"; done
  refresh
  echo "DSAR Desk removed. Your data is still in ${XDG_DATA_HOME:-$HOME/.local/share}/dsar-desk."
  exit 0
fi

built=${1:-$root/dist/dsar-desk}
if [ ! -x "$built/dsar-desk" ]; then
  echo "install: no built app in $built (run packaging/build.sh first)" >&2
  exit 2
fi
icon_src=$built/_internal/resources/icons

# The app folder, replaced as a whole (no files of an older version left behind).
mkdir -p "$(dirname "$opt")"
rm -rf "$opt.new"
cp -a "$built" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"

# A launcher on the PATH (a symbolic link keeps the bundle's own folder lookup working).
mkdir -p "$bin"
ln -sfn "$opt/dsar-desk" "$bin/dsar-desk"

# Icons: the SVG for any size, PNG renders for the common ones.
install -Dm644 "$icon_src/dsar-desk.svg" "$icons/scalable/apps/dsar-desk.svg"
for size in 48 128 256; do
  if [ -f "$icon_src/dsar-desk-$size.png" ]; then
    install -Dm644 "$icon_src/dsar-desk-$size.png" "$icons/${size}x${size}/apps/dsar-desk.png"
  fi
done

# The menu entry, with the absolute path (~/.local/bin is not on every desktop session's PATH).
mkdir -p "$apps"
sed "s|^Exec=dsar-desk|Exec=$opt/dsar-desk|" "$here/dsar-desk.desktop" >"$apps/dsar-desk.desktop"
chmod 644 "$apps/dsar-desk.desktop"
install -Dm644 "$here/$ID.metainfo.xml" "$meta/$ID.metainfo.xml"
refresh

echo "DSAR Desk installed in $opt; start it from your menu or with: $bin/dsar-desk"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to type just: dsar-desk)" ;; esac
