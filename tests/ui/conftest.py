"""Fixtures for the tests that drive windows and dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def printed_pdf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Stands in for the person choosing a printer: the print dialog is accepted at once, with a printer
    that writes the pages to the PDF file returned."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    return printed


@pytest.fixture
def appearance():
    """The application's theme (valuesdesk.ui.theme), put back to the system's colours and 100% text
    after the test, so that no other test runs dark or large."""
    from valuesdesk.app import application
    from valuesdesk.ui.look import TEXT_SIZE_DEFAULT, ColourScheme
    from valuesdesk.ui.theme import theme

    installed = theme(application())
    yield installed
    installed.text_size = TEXT_SIZE_DEFAULT
    installed.set_scheme(ColourScheme.SYSTEM)
