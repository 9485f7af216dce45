"""The spec's Windows and macOS branches, run under a stand-in for PyInstaller on this Linux machine.

PyInstaller runs a spec as a script with Analysis, EXE, BUNDLE, ... and SPECPATH, workpath in its globals.
Here those are recorders, the platform is switched, and the binaries are Mach-O files of the real shape, so
what the spec hands PyInstaller for Windows and macOS is checked without either system.
"""

from __future__ import annotations

import plistlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from release_version import macos_version, read_version, windows_version

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SPEC = PACKAGING / "valuesdesk.spec"
QTCORE = "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"
# The write_macho fixture of conftest.py.
WriteMachO = Callable[..., Path]


def run_spec(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str, binaries: list[tuple[str, str, str]]
) -> dict[str, dict[str, Any]]:
    """Runs the spec as PyInstaller would on the platform; returns the keyword arguments of each build step."""
    calls: dict[str, dict[str, Any]] = {}

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            calls["Analysis"] = kwargs
            self.binaries = binaries
            self.datas: list[tuple[str, str, str]] = []
            self.pure: list[tuple[str, str, str]] = []
            self.scripts = scripts

    def recorder(name: str) -> Callable[..., str]:
        def record(*args: Any, **kwargs: Any) -> str:
            calls[name] = kwargs
            return name

        return record

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds its helpers' folders
    spec_globals = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "Analysis": Analysis,
        **{name: recorder(name) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return calls


def test_macos_minimum_is_derived_from_the_bundled_qtcore(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_macho: WriteMachO
) -> None:
    monkeypatch.delenv("MACOS_SIGNING_IDENTITY", raising=False)
    qtcore = write_macho(f"site-packages/{QTCORE}", [("arm64", (13, 0, 0), False)])
    # PySide6 6.10 and later build their binding libraries for macOS 15 (see packaging/macos/macho.py).
    shiboken = write_macho("site-packages/shiboken6/libshiboken6.abi3.6.11.dylib", [("arm64", (15, 0, 0), False)])
    python = write_macho("python/libpython3.11.dylib", [("arm64", (11, 0, 0), False)])
    binaries = [
        (QTCORE, str(qtcore), "BINARY"),
        ("shiboken6/libshiboken6.abi3.6.11.dylib", str(shiboken), "BINARY"),
        ("libpython3.11.dylib", str(python), "BINARY"),
    ]

    calls = run_spec(monkeypatch, tmp_path, "darwin", binaries)

    plist = calls["BUNDLE"]["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == macos_version(read_version())
    assert calls["EXE"]["codesign_identity"] is None  # PyInstaller then signs ad hoc


def test_macos_signing_goes_through_pyinstaller_with_the_entitlements(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_macho: WriteMachO
) -> None:
    identity = "Developer ID Application: The ValuesDesk developers (TEAM123456)"
    monkeypatch.setenv("MACOS_SIGNING_IDENTITY", identity)
    qtcore = write_macho(f"site-packages/{QTCORE}", [("x86_64", (13, 0, 0), False)])

    calls = run_spec(monkeypatch, tmp_path, "darwin", [(QTCORE, str(qtcore), "BINARY")])

    # EXE passes both on to COLLECT and BUNDLE: every binary, then the bundle, is signed with them.
    assert calls["EXE"]["codesign_identity"] == identity
    entitlements = Path(calls["EXE"]["entitlements_file"])
    with entitlements.open("rb") as file:
        assert plistlib.load(file) == {}  # no hardened-runtime exception is needed
    assert entitlements == PACKAGING / "macos" / "entitlements.plist"


def test_windows_file_version_keeps_pre_releases_below_finals(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = run_spec(monkeypatch, tmp_path, "win32", [])

    version_file = Path(calls["EXE"]["version"]).read_text(encoding="utf-8")
    version = read_version()
    assert f"filevers={windows_version(version)!r}," in version_file
    assert f"prodvers={windows_version(version)!r}," in version_file
    assert f"StringStruct('ProductVersion', '{version}')" in version_file
    assert calls["EXE"]["icon"].endswith("valuesdesk.ico")
    assert "BUNDLE" not in calls
