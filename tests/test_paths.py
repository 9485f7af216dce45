"""Where ValuesDesk keeps its files, and who may read them."""

from __future__ import annotations

import stat
import sys

import pytest

from valuesdesk.__main__ import main
from valuesdesk.paths import database_path


@pytest.mark.skipif(sys.platform == "win32", reason="Windows gives a user's folders to that user by its own rules")
def test_folders_valuesdesk_creates_are_for_this_user_only(tmp_path, capsys) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    folder = shared / "new" / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert database_path(folder).exists()
    for created in (shared / "new", folder, folder / "logs"):
        assert stat.S_IMODE(created.stat().st_mode) & 0o077 == 0, created
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
