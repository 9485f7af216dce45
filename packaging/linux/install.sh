#!/bin/sh
# Installs (or updates) ValuesDesk for the current user under ~/.local. No root needed.
# Run it from the unpacked release folder: ./install.sh
set -eu

APP_ID=org.valuesdesk.ValuesDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/lib/valuesdesk        # program files only: never the data folder
BIN_DIR=$HOME/.local/bin
DESKTOP_DIR=$DATA_HOME/applications
ICON_DIR=$DATA_HOME/icons/hicolor/256x256/apps
METAINFO_DIR=$DATA_HOME/metainfo

if [ ! -x "$HERE/valuesdesk/valuesdesk" ]; then
    echo "install.sh: run me from the unpacked ValuesDesk folder" >&2
    exit 1
fi

# Copy beside the old version first, then swap, so a failed copy leaves a working install.
mkdir -p "$(dirname "$APP_DIR")" "$BIN_DIR" "$DESKTOP_DIR" "$ICON_DIR" "$METAINFO_DIR"
rm -rf "$APP_DIR.new"
cp -R "$HERE/valuesdesk" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

ln -sfn "$APP_DIR/valuesdesk" "$BIN_DIR/valuesdesk"
# Absolute paths: the desktop session's PATH often lacks ~/.local/bin.
sed -e "s|^Exec=.*|Exec=$APP_DIR/valuesdesk|" -e "s|^TryExec=.*|TryExec=$APP_DIR/valuesdesk|" \
    "$HERE/$APP_ID.desktop" > "$DESKTOP_DIR/$APP_ID.desktop"
cp "$HERE/$APP_ID.png" "$ICON_DIR/$APP_ID.png"
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_DIR/$APP_ID.metainfo.xml"

# Menus refresh on their own on most desktops; these only speed it up where available.
if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DESKTOP_DIR" || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
fi

echo "ValuesDesk is installed in $APP_DIR"
echo "Start it from your applications menu, or run: $BIN_DIR/valuesdesk"
echo "Your data lives in $DATA_HOME/ValuesDesk (kept on update and uninstall)."
echo "To uninstall: $APP_DIR/uninstall.sh"
