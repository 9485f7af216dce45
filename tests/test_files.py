import errno
import os

import pytest

from valuesdesk.errors import DiskFull, ExportFailed
from valuesdesk.files import write_atomically


def test_a_file_is_written_whole(tmp_path) -> None:
    target = tmp_path / "diary.md"
    write_atomically(target, "Ärger, 😊, שלום".encode())
    assert target.read_text(encoding="utf-8") == "Ärger, 😊, שלום"
    assert [path.name for path in tmp_path.iterdir()] == ["diary.md"]


@pytest.mark.parametrize("interruption", [OSError(errno.EIO, "I/O error"), KeyboardInterrupt()])
def test_an_interrupted_write_keeps_the_old_file_and_leaves_no_hidden_copy(tmp_path, monkeypatch, interruption) -> None:
    target = tmp_path / "diary.md"
    target.write_text("the earlier export", encoding="utf-8")

    def fail(*_args) -> None:
        raise interruption

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises((ExportFailed, KeyboardInterrupt)):
        write_atomically(target, b"my private words")
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert [path.name for path in tmp_path.iterdir()] == ["diary.md"]


def test_a_full_disk_is_named(tmp_path, monkeypatch) -> None:
    def full(*_args) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull, match="not enough free disk space"):
        write_atomically(tmp_path / "all.json", b"{}")
    assert list(tmp_path.iterdir()) == []
