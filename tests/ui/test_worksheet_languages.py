"""The worksheets keep their English words unless a translation of the sheet lies beside it, in
resources/worksheets/<language>/, for the language the window speaks."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from valuesdesk import content
from valuesdesk.ui.translations import install_translators


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of resources/ with a German "Ten Steps" beside the English one."""
    copy = tmp_path / "resources"
    shutil.copytree(content.resources_dir() / "worksheets", copy / "worksheets")
    shutil.copytree(content.resources_dir() / "translations", copy / "translations")
    sheet = json.loads((copy / "worksheets" / "ten_steps.json").read_text(encoding="utf-8"))
    sheet["title"] = "Zehn Schritte, einen Wert anzuprobieren"
    sheet["steps"][0]["title"] = "Einen Wert wählen"
    (copy / "worksheets" / "de").mkdir()
    (copy / "worksheets" / "de" / "ten_steps.json").write_text(json.dumps(sheet), encoding="utf-8")
    monkeypatch.setattr(content, "resources_dir", lambda: copy)
    yield copy
    content.use_worksheet_languages(())


def test_a_translated_sheet_is_read_in_its_language_and_the_english_one_otherwise(resources) -> None:
    content.use_worksheet_languages(["de_AT", "de"])
    assert content.ten_steps().title == "Zehn Schritte, einen Wert anzuprobieren"
    assert content.ten_steps().step(1).title == "Einen Wert wählen"
    # No German "Parallel Values Processes": it stays as the sheet has it.
    assert content.parallel_questions().therapist_heading == "Questions to Ask Yourself Privately"

    content.use_worksheet_languages(["fr"])
    assert content.ten_steps().step(1).title == "Choose a Value"


@pytest.mark.usefixtures("resources")
def test_the_window_in_german_shows_the_german_sheet_and_in_the_pseudo_language_the_english_one(qapp) -> None:
    previous = QLocale()
    try:
        install_translators("de")
        assert content.ten_steps().step(1).title == "Einen Wert wählen"
        install_translators("en_XA")
        assert content.ten_steps().step(1).title == "Choose a Value"
    finally:
        QLocale.setDefault(previous)
        install_translators()
