"""Exports and imports: a registry of file formats, each declared once, and the one way to use them.

The command line and the window both call :func:`prepare` (or :func:`export`) and
:func:`read_file`/:func:`import_file`, and offer the formats of :func:`formats`; when a choice
holds nothing to write, every format says so with :class:`valuesdesk.errors.NothingToExport`.
:data:`DIARY_PDF` is also what the window prints. Importing this package loads no Qt; only
drawing a PDF does.
"""

# Each format module registers its format; the order here is the order in which they are offered.
from valuesdesk.exports import diary_pdf, markdown, spreadsheet, values_spreadsheet, calendar_file, json_export  # noqa: F401  isort: skip
from valuesdesk.exports.diary_pdf import DIARY_PDF
from valuesdesk.exports.operations import (
    PreparedExport,
    check_destination,
    export,
    import_file,
    prepare,
    read_file,
)
from valuesdesk.exports.registry import (
    ExportFormat,
    Selection,
    format_by_key,
    formats,
    readable_formats,
    register_format,
)
from valuesdesk.exports.sources import diary_report

__all__ = [
    "DIARY_PDF",
    "ExportFormat",
    "PreparedExport",
    "Selection",
    "check_destination",
    "diary_report",
    "export",
    "format_by_key",
    "formats",
    "import_file",
    "prepare",
    "read_file",
    "readable_formats",
    "register_format",
]
