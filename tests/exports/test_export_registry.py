"""The registry of formats, and the promise that exports and imports load no Qt unless they draw a PDF."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from valuesdesk import exports

ROOT = Path(__file__).resolve().parents[2]
LOADED_QT = "print([name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))])"


def test_every_format_declares_what_the_command_line_and_the_dialogs_offer() -> None:
    assert [export_format.key for export_format in exports.formats()] == [
        "pdf",
        "md",
        "csv",
        "values-csv",
        "ics",
        "json",
    ]
    for export_format in exports.formats():
        # The suffix is the key's last word: "values-csv" writes a .csv file.
        assert export_format.suffix == f".{export_format.key.rsplit('-', 1)[-1]}"
        assert f"(*{export_format.suffix})" in export_format.file_filter
        assert export_format.label and export_format.title
        assert exports.format_by_key(export_format.key) is export_format
    assert [export_format.key for export_format in exports.readable_formats()] == ["json"]
    assert [fmt.key for fmt in exports.formats() if not fmt.takes_experiment and not fmt.takes_date_range] == ["json"]


def test_a_key_is_registered_once() -> None:
    again = dataclasses.replace(exports.format_by_key("md"), label="Markdown again")
    with pytest.raises(ValueError, match="'md' is registered already"):
        exports.register_format(again)
    assert exports.format_by_key("md").label == "Diary as Markdown text"


def run_python(code: str, *arguments: str) -> str:
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    finished = subprocess.run(
        [sys.executable, "-c", code, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip().splitlines()[-1]


def test_importing_the_services_and_the_exports_loads_no_qt() -> None:
    assert run_python(f"import sys, valuesdesk.services, valuesdesk.exports; {LOADED_QT}") == "[]"


@pytest.mark.parametrize("key", ["json", "md", "csv", "ics"])
def test_exports_without_paper_and_the_import_load_no_qt(filled, tmp_path, key) -> None:
    output = tmp_path / f"out.{key}"
    command = f"import sys; from valuesdesk.__main__ import main; main(sys.argv[1:]); {LOADED_QT}"
    exported = ["--data-dir", str(filled), "export", "--format", key, "-o", str(output)]
    assert run_python(command, *exported) == "[]"
    assert output.stat().st_size
    if key == "json":
        assert run_python(command, "--data-dir", str(tmp_path / "fresh"), "import", str(output)) == "[]"
        assert (tmp_path / "fresh" / "valuesdesk.sqlite3").exists()
