"""SQLCipher in the installers: the spec names it (SQLAlchemy loads it by name, which PyInstaller cannot
see), and its extension needs no library the bundle leaves out (OpenSSL: the spec excludes ssl and _hashlib)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3._sqlite3
from test_spec import run_spec


def test_the_spec_names_sqlcipher_and_every_hidden_import_is_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hidden = run_spec(monkeypatch, tmp_path, "linux", binaries=[])["Analysis"]["hiddenimports"]

    assert {"sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite.pysqlcipher"} <= set(hidden)
    assert [name for name in hidden if name != "tzdata" and importlib.util.find_spec(name) is None] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the ELF extension of the Linux wheel")
def test_sqlcipher_brings_its_own_sqlite_and_crypto() -> None:
    extension = sqlcipher3._sqlite3.__file__
    assert extension is not None
    dynamic = subprocess.run(["readelf", "-dW", extension], check=True, capture_output=True, text=True).stdout
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))

    assert not {name for name in needed if re.match(r"lib(crypto|ssl|sqlite3)\.", name)}, needed
