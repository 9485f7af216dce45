"""The Windows installer's static facts, and the app mutex that its AppMutex names."""

from __future__ import annotations

import ctypes
import logging
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from valuesdesk import windows_mutex
from valuesdesk.windows_mutex import APP_MUTEX_NAME, hold_app_mutex

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "valuesdesk.iss"


def setup_directives() -> dict[str, str]:
    """The [Setup] section's directives after Inno Setup's preprocessor: {#Name} replaced by its #define."""
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.MULTILINE))
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    directives = {}
    for line in section.splitlines():
        if "=" in line and not line.startswith((";", "#")):
            name, value = line.split("=", 1)
            directives[name.strip()] = re.sub(r"\{#(\w+)\}", lambda match: defines.get(match[1], match[0]), value)
    return directives


def test_setup_and_uninstall_wait_for_the_mutex_the_app_holds() -> None:
    assert setup_directives()["AppMutex"] == APP_MUTEX_NAME


def test_setup_refuses_windows_older_than_qt_6_supports() -> None:
    # Qt 6 supports Windows 10 1809 (build 17763) and later.
    assert setup_directives()["MinVersion"] == "10.0.17763"


def test_setup_carries_a_numeric_file_version_from_the_release_tools() -> None:
    directives = setup_directives()

    assert directives["VersionInfoVersion"] == "{#WindowsVersion}"
    assert "#error Pass the four-part file version" in ISS.read_text(encoding="utf-8")


def test_the_uninstaller_is_signed_whenever_setup_is() -> None:
    text = ISS.read_text(encoding="utf-8")

    signing = re.search(r"^#ifdef SignToolName\n(.*?)^#endif", text, re.MULTILINE | re.DOTALL)

    assert signing is not None
    assert re.findall(r"^(\w+)=", signing[1], re.MULTILINE) == ["SignTool", "SignedUninstaller"]
    assert "SignedUninstaller=yes" in signing[1]
    assert text.count("SignedUninstaller") == 1


def test_the_uninstaller_checks_again_before_deleting_data() -> None:
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]

    assert code.index("CheckForMutexes('{#AppMutexName}')") < code.index("DelTree(")


def test_off_windows_holding_the_mutex_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # No WinDLL exists here; touching it would raise.
    monkeypatch.setattr(sys, "platform", "linux")

    hold_app_mutex()


class FakeCreateMutexW:
    """kernel32.CreateMutexW: records its calls and returns the handle given (0: failure)."""

    def __init__(self, handle: int) -> None:
        self.handle = handle
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> int:
        self.calls.append(args)
        return self.handle


def load_kernel32(monkeypatch: pytest.MonkeyPatch, create_mutex: FakeCreateMutexW) -> None:
    """Pretends to be Windows, where ctypes.WinDLL("kernel32") has CreateMutexW."""
    monkeypatch.setattr(sys, "platform", "win32")
    kernel32 = SimpleNamespace(CreateMutexW=create_mutex)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error: kernel32, raising=False)


def test_on_windows_the_named_mutex_is_created_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    create_mutex = FakeCreateMutexW(handle=0x1F4)
    load_kernel32(monkeypatch, create_mutex)

    hold_app_mutex()

    # Not owned (False): any number of ValuesDesk windows may hold it; Setup only asks whether it exists.
    assert create_mutex.calls == [(None, False, APP_MUTEX_NAME)]


def test_a_mutex_windows_refuses_is_logged_and_the_app_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    load_kernel32(monkeypatch, FakeCreateMutexW(handle=0))
    monkeypatch.setattr(ctypes, "get_last_error", lambda: 5, raising=False)

    with caplog.at_level(logging.WARNING, logger=windows_mutex.__name__):
        hold_app_mutex()

    assert "Could not create the app mutex for the installer (Windows error 5)" in caplog.text
