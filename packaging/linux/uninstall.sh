#!/bin/sh
# Removes ValuesDesk's program files, menu entry and icon from ~/.local.
# It NEVER touches your data folder (diary, values, experiments) or your logs.
set -eu

APP_ID=org.valuesdesk.ValuesDesk
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
STATE_HOME=${XDG_STATE_HOME:-$HOME/.local/state}
APP_DIR=$HOME/.local/lib/valuesdesk
BIN_LINK=$HOME/.local/bin/valuesdesk

# Only our own symlink: a different "valuesdesk" on the PATH is not ours to delete.
if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$APP_DIR/valuesdesk" ]; then
    rm -f "$BIN_LINK"
fi
rm -f "$DATA_HOME/applications/$APP_ID.desktop" \
      "$DATA_HOME/icons/hicolor/256x256/apps/$APP_ID.png" \
      "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
rm -rf "$APP_DIR" "$APP_DIR.new"
# "Start ValuesDesk when I log in" (valuesdesk/autostart.py): the XDG autostart entry goes with the program.
rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$APP_ID.desktop"

if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi

echo "ValuesDesk has been removed."
echo "Your data was kept in $DATA_HOME/ValuesDesk and your logs in $STATE_HOME/ValuesDesk."
echo "Delete those folders yourself only if you no longer want your diary and data."
