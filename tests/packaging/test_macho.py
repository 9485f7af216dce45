"""The Mach-O reader that sets and checks the macOS app's minimum version and architecture."""

from __future__ import annotations

import plistlib
from collections.abc import Callable
from pathlib import Path

import pytest
from macho import Slice, check_app, format_version, qtcore_minimum, read_slices

# The write_macho fixture of conftest.py.
WriteMachO = Callable[..., Path]
QTCORE = "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"


def test_a_thin_binary_states_its_architecture_and_minimum(write_macho: WriteMachO) -> None:
    path = write_macho("libthin.dylib", [("arm64", (13, 0, 0), False)])

    assert read_slices(path) == [Slice("arm64", (13, 0, 0))]


def test_a_universal_binary_states_each_slice(write_macho: WriteMachO) -> None:
    path = write_macho("libfat.dylib", [("x86_64", (10, 9, 0), False), ("arm64", (11, 0, 0), False)])

    assert read_slices(path) == [Slice("x86_64", (10, 9, 0)), Slice("arm64", (11, 0, 0))]


def test_the_pre_2018_load_command_is_read_too(write_macho: WriteMachO) -> None:
    path = write_macho("libold.dylib", [("x86_64", (10, 13, 6), True)])

    assert read_slices(path) == [Slice("x86_64", (10, 13, 6))]
    assert format_version((10, 13, 6)) == "10.13.6"


def test_other_files_have_no_slices(tmp_path: Path) -> None:
    (tmp_path / "qt.conf").write_text("[Paths]\nPrefix = .\n")
    # A Java class file starts with the universal-binary magic; its class-file version tells it apart.
    (tmp_path / "Some.class").write_bytes(bytes.fromhex("cafebabe00000041") + bytes(64))
    (tmp_path / "empty").write_bytes(b"")

    assert [read_slices(tmp_path / name) for name in ("qt.conf", "Some.class", "empty")] == [[], [], []]


def test_the_minimum_comes_from_qtcore_not_from_other_binaries(write_macho: WriteMachO) -> None:
    qtcore = write_macho(QTCORE, [("x86_64", (13, 0, 0), False), ("arm64", (13, 0, 0), False)])
    shiboken = write_macho("Contents/Frameworks/shiboken6/libshiboken6.abi3.6.11.dylib", [("arm64", (15, 0, 0), False)])

    assert qtcore_minimum([shiboken, qtcore]) == (13, 0, 0)
    with pytest.raises(ValueError, match=r"QtCore\.framework"):
        qtcore_minimum([shiboken])


def make_app(tmp_path: Path, write_macho: WriteMachO, declared: str, arch: str = "arm64") -> Path:
    app = tmp_path / "ValuesDesk.app"
    write_macho("ValuesDesk.app/Contents/MacOS/ValuesDesk", [(arch, (10, 13, 0), False)])
    write_macho(f"ValuesDesk.app/{QTCORE}", [(arch, (13, 0, 0), False)])
    with (app / "Contents" / "Info.plist").open("wb") as plist:
        plistlib.dump({"CFBundleName": "ValuesDesk", "LSMinimumSystemVersion": declared}, plist)
    (app / "Contents" / "Resources").mkdir()
    (app / "Contents" / "Resources" / "icon.icns").write_bytes(b"icns")
    return app


def test_check_app_accepts_the_minimum_of_qtcore(tmp_path: Path, write_macho: WriteMachO) -> None:
    app = make_app(tmp_path, write_macho, declared="13.0")

    assert check_app(app, "arm64") == ([], [])


def test_check_app_refuses_a_guessed_minimum(tmp_path: Path, write_macho: WriteMachO) -> None:
    app = make_app(tmp_path, write_macho, declared="11.0")

    errors, _ = check_app(app, "arm64")

    assert errors == ["LSMinimumSystemVersion is 11.0, but QtCore needs macOS 13.0"]


def test_check_app_refuses_binaries_of_another_architecture(tmp_path: Path, write_macho: WriteMachO) -> None:
    app = make_app(tmp_path, write_macho, declared="13.0", arch="x86_64")

    errors, _ = check_app(app, "arm64")

    assert errors == [f"{path} has no arm64 code (it has x86_64)" for path in (QTCORE, "Contents/MacOS/ValuesDesk")]


def test_check_app_warns_of_binaries_that_state_a_newer_macos(tmp_path: Path, write_macho: WriteMachO) -> None:
    app = make_app(tmp_path, write_macho, declared="13.0")
    write_macho("ValuesDesk.app/Contents/Frameworks/shiboken6/Shiboken.abi3.so", [("arm64", (15, 0, 0), False)])

    assert check_app(app, "arm64") == (
        [],
        ["Contents/Frameworks/shiboken6/Shiboken.abi3.so states macOS 15.0, newer than QtCore's 13.0"],
    )
