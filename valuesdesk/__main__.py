"""Start-up: read the arguments, find the data folder, set up logging, then run a command or the window.

Before the window, on Linux: whether Qt will find a display and the system libraries of its X11
plugin. Without them Qt aborts (exit 134) with "Reinstalling the application may fix this problem",
which it will not; ValuesDesk says instead what is missing and which packages bring it, and exits
with 2. The check costs a few dlopen calls of libraries Qt would load a moment later anyway.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import re
import socket
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from valuesdesk import __version__
from valuesdesk.cli import build_parser
from valuesdesk.files import keep_new_files_private
from valuesdesk.logs import configure_logging
from valuesdesk.paths import database_path, log_dir, resolve_data_dir

# What Qt's X11 plugin (and Qt's libraries under it) loads from the system: each library's
# name, and the packages that install it on Debian and Ubuntu, and on Fedora.
SystemLibrary = tuple[str, str, str]
X11_LIBRARIES: tuple[SystemLibrary, ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libX11.so.6", "libx11-6", "libX11"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libfreetype.so.6", "libfreetype6", "freetype"),
    ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    # Qt Core's and Qt Network's, left to the system by the Linux bundle (packaging/valuesdesk.spec).
    ("libzstd.so.1", "libzstd1", "libzstd"),
    ("libbrotlidec.so.1", "libbrotli1", "libbrotli"),
    ("libgssapi_krb5.so.2", "libgssapi-krb5-2", "krb5-libs"),
)
NO_DISPLAY = (
    "ValuesDesk cannot open its window: there is no display to show it on "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Start ValuesDesk from your desktop session (over SSH: ssh -X). "
    "Its commands need no window: valuesdesk --help lists them."
)
# A display on this computer: ":0", ":1.0", "unix:0"; one elsewhere ("localhost:10.0", as ssh -X sets) is
# left to Qt.
LOCAL_DISPLAY = re.compile(r"(?:unix)?:(\d+)(?:\.\d+)?")


def window_problem(environ: Mapping[str, str], libraries: tuple[SystemLibrary, ...] = X11_LIBRARIES) -> str | None:
    """Why Qt could not open a window here, in the person's words, with what to install; None when it can
    (or when it is not ours to tell: another platform than X11 or Wayland, or not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    requested = {name.split(":")[0] for name in environ.get("QT_QPA_PLATFORM", "").split(";") if name}
    if requested and requested != {"xcb"}:
        return None  # Wayland, offscreen, VNC…: their own checks, done by Qt
    if not requested and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt takes Wayland first, whose libraries come with it
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    if not x_server_answers(environ["DISPLAY"]):
        return (
            f"ValuesDesk cannot open its window: no display answers at DISPLAY={environ['DISPLAY']}.\n"
            "Start ValuesDesk from your desktop session, or set DISPLAY to the display you are using. "
            "Its commands need no window: valuesdesk --help lists them."
        )
    bundled = bundled_library_folders()
    missing = [library for library in libraries if not loadable(library[0], bundled)]
    if not missing:
        return None
    names = ", ".join(name for name, _debian, _fedora in missing)
    debian = " ".join(dict.fromkeys(package for _name, package, _fedora in missing))
    fedora = " ".join(dict.fromkeys(package for _name, _debian, package in missing))
    return (
        f"ValuesDesk cannot open its window: Qt needs system libraries that are not installed: {names}.\n"
        "Install them, then start ValuesDesk again:\n"
        f"  Debian, Ubuntu:  sudo apt install {debian}\n"
        f"  Fedora:          sudo dnf install {fedora}"
    )


def x_server_answers(display: str) -> bool:
    """Whether an X server listens for the local ``display`` (at its socket, abstract or in /tmp/.X11-unix,
    as Xlib looks); True for a display on another computer, which only Qt can try."""
    local = LOCAL_DISPLAY.fullmatch(display)
    if local is None:
        return True
    path = f"/tmp/.X11-unix/X{local.group(1)}"
    for address in ("\0" + path, path):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False


def loadable(name: str, bundled: list[Path]) -> bool:
    """Whether the library ``name`` comes with ValuesDesk (in a ``bundled`` folder) or the system has it."""
    if any((folder / name).exists() for folder in bundled):
        return True
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def bundled_library_folders() -> list[Path]:
    """Where ValuesDesk's own copies of Qt's libraries are: the installer's folder, or PySide6's wheel."""
    if getattr(sys, "frozen", False):
        return [Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))]
    spec = importlib.util.find_spec("PySide6")  # found, not imported: Qt loads after the check
    return [Path(folder) / "Qt" / "lib" for folder in (spec.submodule_search_locations or [])] if spec else []


def check_data_file_ahead(data_dir: Path) -> None:
    """Check the data file in a worker thread, while the main thread imports the services and the
    ORM: opening it then finds it checked (see ``valuesdesk.store.data_file``). Started from here,
    the one module above both the window and the store."""
    from valuesdesk.store.data_file import check_ahead

    threading.Thread(target=check_ahead, args=(database_path(data_dir),), name="check ahead", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    keep_new_files_private()  # before anything is written: every file and folder made from here on is this user's
    args = build_parser().parse_args(argv)
    if args.self_test:
        from valuesdesk.self_test import run_self_test

        return run_self_test()
    data_dir = resolve_data_dir(args.data_dir)
    configure_logging(log_dir(data_dir), verbose=args.verbose)
    logging.getLogger(__name__).info("ValuesDesk %s starting", __version__)
    if getattr(args, "run", None) is not None:
        return args.run(args, data_dir)
    if (problem := window_problem(os.environ)) is not None:
        logging.getLogger(__name__).error("no window: %s", problem.splitlines()[0])
        print(problem, file=sys.stderr)
        return 2
    from valuesdesk.app import run_gui

    return run_gui(data_dir, in_tray=args.in_tray, after_first_frame=lambda: check_data_file_ahead(data_dir))


if __name__ == "__main__":
    sys.exit(main())
