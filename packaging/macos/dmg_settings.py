"""dmgbuild settings for the ValuesDesk disk image: the app beside an Applications shortcut.

    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/ValuesDesk.app \
        -D icon=resources/icons/valuesdesk.icns "ValuesDesk" dist/ValuesDesk.dmg

dmgbuild runs this file with ``defines`` holding the -D values.
"""

import os.path

application = defines.get("app", "dist/ValuesDesk.app")  # noqa: F821 - provided by dmgbuild
appname = os.path.basename(application)

# LZMA-compressed: opens on macOS 10.15 and later, far older than any macOS ValuesDesk runs on.
format = "ULMO"
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # noqa: F821 - the volume icon in Finder

# dmgbuild's 640x240 arrow image, pointing from the app to Applications.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 280))
default_view = "icon-view"
show_icon_preview = False
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {
    appname: (140, 120),
    "Applications": (500, 120),
}
