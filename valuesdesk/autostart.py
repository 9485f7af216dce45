"""Start ValuesDesk when the person logs in, the way each system expects (no Qt):

- Windows: a value named ``ValuesDesk`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (the uninstaller deletes it: ``packaging/windows/valuesdesk.iss``);
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.valuesdesk.ValuesDesk.plist``;
- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/org.valuesdesk.ValuesDesk.desktop``.

Off by default; turning it off removes the entry. The command starts this very program (the
installed executable, or this Python with ``-m valuesdesk`` from a checkout) on the same data folder.
"""

from __future__ import annotations

import html
import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from valuesdesk import APP_ID, APP_NAME
from valuesdesk.errors import StorageError
from valuesdesk.files import write_atomically
from valuesdesk.paths import is_default_data_dir

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME  # the uninstaller deletes this value: keep the two in step
FAILED = "ValuesDesk could not change whether it starts when you log in."


def start_command(data_dir: Path, executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """The command that starts this ValuesDesk on ``data_dir`` (named only when it is not the default),
    put away in the tray (``--in-tray``)."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    command = [executable] if frozen else [executable, "-m", "valuesdesk"]
    if not is_default_data_dir(data_dir):
        command += ["--data-dir", str(data_dir)]
    return [*command, "--in-tray"]


class Registry(Protocol):
    """The current user's Run key: what ``winreg`` does for :class:`WindowsRunKey` (a fake in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    # Imported by name: the module exists on Windows only, and its stubs are only checked there.
    return importlib.import_module("winreg")


class WinregRunKey:
    """``HKCU\\...\\Run`` through ``winreg`` (Windows only)."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class LoginStart(Protocol):
    def is_on(self) -> bool: ...

    def turn_on(self, command: Sequence[str]) -> None: ...

    def turn_off(self) -> None: ...


@dataclass(frozen=True)
class WindowsRunKey:
    registry: Registry

    def is_on(self) -> bool:
        return self.registry.get(RUN_VALUE) is not None

    def turn_on(self, command: Sequence[str]) -> None:
        try:
            self.registry.set(RUN_VALUE, self.entry(command))
        except OSError as error:
            raise StorageError(FAILED, detail=f"HKEY_CURRENT_USER\\{RUN_KEY}\n{error.strerror or error}") from error

    def turn_off(self) -> None:
        try:
            self.registry.delete(RUN_VALUE)
        except OSError as error:
            raise StorageError(FAILED, detail=f"HKEY_CURRENT_USER\\{RUN_KEY}\n{error.strerror or error}") from error

    @staticmethod
    def entry(command: Sequence[str]) -> str:
        """The Run value: a command line quoted as Windows reads it."""
        import subprocess  # only here: the window loads this module when it shows

        return subprocess.list2cmdline(list(command))


@dataclass(frozen=True)
class FileEntry:
    """An autostart file: a LaunchAgent or an XDG autostart entry."""

    path: Path
    render: Callable[[Sequence[str]], bytes]  # the file's bytes for a command

    def is_on(self) -> bool:
        return self.path.is_file()

    def turn_on(self, command: Sequence[str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(FAILED, detail=f"{self.path.parent}\n{error.strerror or error}") from error
        write_atomically(self.path, self.render(command))

    def turn_off(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(FAILED, detail=f"{self.path}\n{error.strerror or error}") from error


def launch_agent(command: Sequence[str]) -> bytes:
    """macOS: started once at login in the person's graphical session, never restarted by launchd.

    Written out here rather than by ``plistlib``, which needs the XML parser the bundle leaves out
    (``packaging/valuesdesk.spec``)."""
    arguments = "".join(f"\n        <string>{html.escape(argument, quote=False)}</string>" for argument in command)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>{APP_ID}</string>
    <key>ProgramArguments</key>
    <array>{arguments}
    </array>
    <key>RunAtLoad</key>
    <true/>
    <key>LimitLoadToSessionType</key>
    <string>Aqua</string>
    <key>ProcessType</key>
    <string>Interactive</string>
</dict>
</plist>
""".encode()


def _desktop_quoted(argument: str) -> str:
    """An argument of an Exec line, quoted as the Desktop Entry specification asks."""
    if argument and not any(character in argument for character in " \t\n\"'\\><~|&;$*?#()`%="):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def xdg_entry(command: Sequence[str]) -> bytes:
    """Linux: an XDG autostart entry (GNOME, KDE, Xfce, Cinnamon, MATE, LXQt follow it)."""
    exec_line = " ".join(_desktop_quoted(argument) for argument in command)
    # Backslashes in a desktop file's string values are escapes themselves: doubled once more.
    exec_line = exec_line.replace("\\", "\\\\")
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Reminders for your values work",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def login_start(
    platform: str | None = None,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> LoginStart:
    """How this system starts programs at login."""
    platform = platform or sys.platform
    home = home or Path.home()
    environ = os.environ if environ is None else environ
    if platform == "win32":
        return WindowsRunKey(registry or WinregRunKey())
    if platform == "darwin":
        return FileEntry(home / "Library" / "LaunchAgents" / f"{APP_ID}.plist", launch_agent)
    config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    return FileEntry(config / "autostart" / f"{APP_ID}.desktop", xdg_entry)
