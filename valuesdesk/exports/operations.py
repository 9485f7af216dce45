"""Exporting and importing, the same for the command line and the window.

An export is prepared first (the data gathered, checked and drawn: "nothing to export" comes
before the person is asked where to save) and then written whole. An import reads and checks the
whole file before anything is written, then merges it in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from valuesdesk.errors import ImportRefused, InvalidInput
from valuesdesk.exports.registry import ExportFormat, Selection, readable_formats
from valuesdesk.files import write_atomically
from valuesdesk.paths import is_own_file

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.exchange import ImportSummary, Snapshot

MAX_IMPORT_BYTES = 512 * 1024 * 1024
NOTHING_CHANGED = "Nothing was changed."
# Characters that some file systems refuse in a file name.
UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\\/:*?"<>|]+')


def file_name_part(text: str) -> str:
    return UNSAFE_IN_FILE_NAMES.sub("-", text).strip(" .-")[:60]


def refused(name: str, reason: str) -> ImportRefused:
    """A file that cannot be imported: its name, then the reason as a whole sentence."""
    return ImportRefused(f"{name} cannot be imported.", detail=f"{reason} {NOTHING_CHANGED}")


def check_destination(data_dir: Path, path: Path) -> None:
    """Refuse to write an export over the data it is made from."""
    if is_own_file(data_dir, path):
        raise InvalidInput(f"“{path.name}” is where ValuesDesk keeps your data.", detail="Choose another file name.")


@dataclass(frozen=True)
class PreparedExport:
    """An export drawn and ready to be written: its bytes and the file name to suggest."""

    format: ExportFormat[Any]
    data: bytes
    suggested_name: str
    data_dir: Path
    notice: str = ""  # what the person should know of the file, said with "Saved"

    def write(self, path: Path) -> None:
        """Write the file whole, or raise a typed error and leave what was at ``path``."""
        check_destination(self.data_dir, path)
        write_atomically(path, self.data)


EVERYTHING_SELECTED = Selection()


def prepare(
    services: Services, export_format: ExportFormat[Any], selection: Selection = EVERYTHING_SELECTED
) -> PreparedExport:
    """Gather and draw an export; NothingToExport says why there is nothing to write, InvalidInput what
    is wrong with the selection."""
    data = export_format.source.gather(services, selection)
    parts = [export_format.title, *(file_name_part(part) for part in export_format.source.name_parts(data))]
    return PreparedExport(
        format=export_format,
        data=_without_nul(export_format, export_format.render(data)),
        suggested_name=" - ".join(part for part in parts if part) + export_format.suffix,
        data_dir=services.data_dir,
        notice=export_format.notice(data) if export_format.notice else "",
    )


# Formats whose bytes are binary: every other is UTF-8 text, where a zero byte is only ever a NUL.
BINARY_SUFFIXES = frozenset({".pdf"})


def _without_nul(export_format: ExportFormat[Any], data: bytes) -> bytes:
    """A NUL never goes raw into a text file. Text enters ValuesDesk without one (the services and
    the importer refuse it); this leaves out one stored before they did."""
    return data if export_format.suffix in BINARY_SUFFIXES else data.replace(b"\x00", b"")


def export(services: Services, export_format: ExportFormat[Any], selection: Selection, path: Path) -> None:
    prepare(services, export_format, selection).write(path)


def read_file(path: Path) -> Snapshot:
    """Read and check a whole file to import, before anything is written (ImportRefused says why not).

    The format is the one whose suffix the file has; a file of another suffix is read as the first
    format that can be imported (a ValuesDesk export).
    """
    path = Path(path)
    readers = readable_formats()
    reader = next((each for each in readers if path.suffix.lower() == each.suffix), readers[0])
    assert reader.read is not None
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise refused(
                path.name, f"It is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, too large to be an export."
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(
            f"{path.name} could not be read.", detail=f"{error.strerror or error}. {NOTHING_CHANGED}"
        ) from error
    return reader.read(data, path.name)


def import_file(services: Services, path: Path) -> ImportSummary:
    """Merge a whole file into the data folder in one transaction, or refuse it and change nothing."""
    return services.exchange.merge(read_file(path))
