"""Everything as one JSON file, to keep a copy or move to another computer; the one format that is read back.

The file itself is declared in :mod:`valuesdesk.exports.export_file`, imported only when a file is
written or read: it loads the store, which the command line's parser and the window's first
paint need not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuesdesk import APP_NAME
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import EVERYTHING

if TYPE_CHECKING:
    from valuesdesk.services.exchange import Snapshot


def json_bytes(snapshot: Snapshot) -> bytes:
    from valuesdesk.exports import export_file

    return export_file.json_bytes(snapshot)


def read_json(data: bytes, name: str) -> Snapshot:
    from valuesdesk.exports import export_file

    return export_file.read_json(data, name)


register_format(
    ExportFormat(
        key="json",
        label="Everything, to keep a copy or move to another computer",
        suffix=".json",
        file_filter="ValuesDesk export (*.json)",
        title=f"{APP_NAME} export",
        source=EVERYTHING,
        render=json_bytes,
        read=read_json,
    )
)
