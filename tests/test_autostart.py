"""Start at login: the entry each system expects, written on turning on and removed on turning off."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import subprocess
from pathlib import Path

from valuesdesk.autostart import RUN_VALUE, WindowsRunKey, login_start, start_command
from valuesdesk.cli import build_parser
from valuesdesk.paths import default_data_dir

COMMAND = ["/opt/Value Desk/valuesdesk", "--data-dir", "/home/ann/My Diary"]


def test_the_command_starts_this_program_on_its_data_folder(tmp_path: Path):
    assert start_command(tmp_path, "/opt/valuesdesk/valuesdesk", frozen=True) == [
        "/opt/valuesdesk/valuesdesk",
        "--data-dir",
        str(tmp_path),
        "--in-tray",
    ]
    default = start_command(default_data_dir(), "/usr/bin/python3", frozen=False)
    assert default == ["/usr/bin/python3", "-m", "valuesdesk", "--in-tray"]
    assert build_parser().parse_args(default[3:]).in_tray


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path: Path, monkeypatch):
    config = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = login_start("linux", home=tmp_path / "home")
    assert not entry.is_on()

    entry.turn_on(COMMAND)
    written = config / "autostart" / "org.valuesdesk.ValuesDesk.desktop"
    assert entry.is_on() and written.is_file()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(written, encoding="utf-8")
    section = desktop["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "ValuesDesk"
    assert shlex.split(section["Exec"].replace("\\\\", "\\")) == COMMAND

    entry.turn_off()
    assert not written.exists() and not entry.is_on()
    entry.turn_off()  # turning off twice is harmless


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path: Path):
    entry = login_start("linux", home=tmp_path, environ={})
    entry.turn_on(COMMAND)
    assert (tmp_path / ".config" / "autostart" / "org.valuesdesk.ValuesDesk.desktop").is_file()


def test_macos_writes_a_launch_agent(tmp_path: Path):
    entry = login_start("darwin", home=tmp_path)
    command = ["/Applications/ValuesDesk.app/Contents/MacOS/ValuesDesk", "--data-dir", "/Users/ann/Me & <my> diary"]
    entry.turn_on(command)
    agent = tmp_path / "Library" / "LaunchAgents" / "org.valuesdesk.ValuesDesk.plist"
    content = plistlib.loads(agent.read_bytes())  # written without plistlib: the bundle has no XML parser
    assert content["Label"] == "org.valuesdesk.ValuesDesk"
    assert content["ProgramArguments"] == command
    assert content["RunAtLoad"] is True
    entry.turn_off()
    assert not agent.exists()


class FakeRunKey:
    """HKCU\\...\\Run as a dict."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_sets_and_deletes_the_run_value(tmp_path: Path):
    registry = FakeRunKey()
    entry = login_start("win32", home=tmp_path, registry=registry)
    assert isinstance(entry, WindowsRunKey)
    command = [r"C:\Users\Ann\AppData\Local\Programs\ValuesDesk\ValuesDesk.exe", "--data-dir", r"D:\My Diary"]
    entry.turn_on(command)
    assert registry.values == {
        RUN_VALUE: r'C:\Users\Ann\AppData\Local\Programs\ValuesDesk\ValuesDesk.exe --data-dir "D:\My Diary"'
    }
    assert entry.is_on()
    entry.turn_off()
    assert registry.values == {} and not entry.is_on()


def test_the_windows_uninstaller_deletes_the_run_value():
    script = (Path(__file__).parents[1] / "packaging" / "windows" / "valuesdesk.iss").read_text(encoding="utf-8")
    assert r"Software\Microsoft\Windows\CurrentVersion\Run" in script
    assert RUN_VALUE == "ValuesDesk" and '#define MyAppName "ValuesDesk"' in script
    assert "RegDeleteValue(HKCU, 'Software\\Microsoft\\Windows\\CurrentVersion\\Run', '{#MyAppName}');" in script


def test_the_linux_uninstaller_removes_the_autostart_entry(tmp_path: Path):
    home, config = tmp_path / "home", tmp_path / "config"
    entry = login_start("linux", home=home, environ={"XDG_CONFIG_HOME": str(config)})
    entry.turn_on(COMMAND)
    script = Path(__file__).parents[1] / "packaging" / "linux" / "uninstall.sh"
    environment = {"HOME": str(home), "XDG_CONFIG_HOME": str(config), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(script)], env=environment, check=True, capture_output=True)
    assert not entry.is_on()
