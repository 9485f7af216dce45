"""The minimum system versions the docs promise are the ones the bundled Qt allows.

The macOS app's LSMinimumSystemVersion is derived at build time from the bundled QtCore (the spec, checked by
packaging/macos/macho.py in the release); here the documented minimum is checked against the PySide6 versions
pyproject.toml allows, so that widening the range without updating the docs fails.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "packaging.md"

# QtCore's minimum macOS per Qt minor version, from "Qt for macOS: Supported Configurations" of each release;
# 6.11's confirmed by reading minos from QtCore in the PySide6-Essentials 6.11.3 macOS wheel.
QT_MACOS_MINIMUM = {
    (6, 8): "12.0",
    (6, 9): "12.0",
    (6, 10): "13.0",
    (6, 11): "13.0",
    (6, 12): "14.4",
}


def allowed_pyside6_minors() -> list[tuple[int, int]]:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pyside6 = next(Requirement(text) for text in dependencies if text.startswith("PySide6-Essentials"))
    return [
        (6, minor)
        for minor in range(40)
        if pyside6.specifier.contains(Version(f"6.{minor}.0")) or pyside6.specifier.contains(Version(f"6.{minor}.99"))
    ]


def test_every_allowed_pyside6_has_a_known_macos_minimum() -> None:
    assert set(allowed_pyside6_minors()) <= set(QT_MACOS_MINIMUM), "add the new Qt's macOS minimum above"


def test_the_docs_state_the_macos_minimum_of_the_newest_allowed_qt() -> None:
    # The release installs the newest PySide6 the range allows, so its Qt sets the minimum.
    newest = max(allowed_pyside6_minors())
    stated = re.findall(r"macOS (\d+\.\d+) or later", DOCS.read_text(encoding="utf-8"))

    assert stated, "docs/packaging.md must say 'macOS X.Y or later'"
    assert set(stated) == {QT_MACOS_MINIMUM[newest]}


def test_the_docs_state_the_windows_minimum_of_setup() -> None:
    text = DOCS.read_text(encoding="utf-8")
    iss = (ROOT / "packaging" / "windows" / "valuesdesk.iss").read_text(encoding="utf-8")

    assert "MinVersion=10.0.17763" in iss
    assert "Windows 10 version 1809 (build 17763) or later" in text
