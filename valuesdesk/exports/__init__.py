"""Exports and imports: a registry of file formats, each declared once, and the one way to use them.

The command line and the window both call :func:`prepare` (or :func:`export`) and
:func:`read_file`/:func:`import_file`, and offer the formats of :func:`formats`. Importing this
package loads no Qt; only drawing a PDF does.
"""

# Each format module registers its format; the order here is the order in which they are offered.
from valuesdesk.exports import diary_pdf, markdown, spreadsheet, calendar_file, json_export  # noqa: F401  isort: skip
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
from valuesdesk.exports.sources import NothingToExport, diary_report

__all__ = [
    "ExportFormat",
    "NothingToExport",
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
