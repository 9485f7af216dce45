"""`valuesdesk encrypt`, `decrypt` and `change-passphrase`, and the passphrase of every other command:
from --passphrase-file or asked on a terminal, never a plain argument."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_diary import add_sample_experiment

from valuesdesk.__main__ import main
from valuesdesk.paths import backups_folder, database_path
from valuesdesk.services import needs_passphrase, open_services
from valuesdesk.store import cipher
from valuesdesk.store.cipher import FileKind


def secret_file(folder: Path, name: str, secret: str) -> Path:
    path = folder / name
    path.write_text(f"{secret}\n", encoding="utf-8")
    return path


@pytest.fixture
def passphrases(tmp_path: Path) -> dict[str, Path]:
    return {
        "first": secret_file(tmp_path, "first.txt", "correct horse battery"),
        "second": secret_file(tmp_path, "second.txt", "another long passphrase"),
        "short": secret_file(tmp_path, "short.txt", "short"),
    }


@pytest.fixture
def diary(data_dir: Path) -> Path:
    """A plaintext diary with a backup."""
    services = open_services(data_dir)
    try:
        add_sample_experiment(services)
        services.backups.back_up_now()
    finally:
        services.close()
    return data_dir


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A terminal where the person types the answers put in the list, one per prompt."""
    answers: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    yield answers
    assert answers == [], "every answer was asked for"


def run(data_dir: Path, *arguments: str | Path) -> int:
    return main(["--data-dir", str(data_dir), *map(str, arguments)])


def test_encrypt_change_and_decrypt_from_files(diary: Path, passphrases, capsys) -> None:
    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["first"]) == 0
    out = capsys.readouterr().out
    assert "Encrypted your diary and its backups" in out and "nobody, including the ValuesDesk developers" in out
    assert needs_passphrase(diary)
    assert all(cipher.file_kind(path) is FileKind.ENCRYPTED for path in backups_folder(diary).iterdir())

    assert run(diary, "--passphrase-file", passphrases["first"], "backup") == 0
    assert run(diary, "--passphrase-file", passphrases["first"], "change-passphrase", "--new-passphrase-file",
               passphrases["second"]) == 0  # fmt: skip
    assert "Changed the passphrase of your diary" in capsys.readouterr().out

    before = database_path(diary).read_bytes()
    assert run(diary, "--passphrase-file", passphrases["first"], "decrypt") == 2
    assert "valuesdesk decrypt: That passphrase does not open your diary." in capsys.readouterr().err
    assert database_path(diary).read_bytes() == before

    assert run(diary, "decrypt", "--passphrase-file", passphrases["second"]) == 0  # also after the command
    assert not needs_passphrase(diary)
    assert all(cipher.file_kind(path) is FileKind.PLAIN for path in backups_folder(diary).iterdir())


def test_an_encrypted_diary_needs_its_passphrase_for_every_command(diary: Path, passphrases, tmp_path, capsys) -> None:
    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["first"]) == 0
    capsys.readouterr()
    csv = tmp_path / "diary.csv"

    assert run(diary, "export", "--format", "csv", "-o", csv) == 2  # no terminal to ask on
    assert "your diary is encrypted: give its passphrase with --passphrase-file FILE" in capsys.readouterr().err
    assert not csv.exists()
    assert run(diary, "--passphrase-file", passphrases["first"], "export", "--format", "csv", "-o", csv) == 0
    assert csv.exists()

    [backup] = sorted(backups_folder(diary).iterdir())
    assert run(diary, "restore", backup) == 2
    assert run(diary, "--passphrase-file", passphrases["first"], "restore", backup) == 0
    assert needs_passphrase(diary), "restored under the diary's passphrase"


def test_the_terminal_asks_once_for_the_passphrase_and_twice_for_a_new_one(diary: Path, terminal, capsys) -> None:
    terminal.extend(["correct horse battery", "correct horse batterY"])
    assert run(diary, "encrypt") == 2
    assert "The two passphrases are not the same." in capsys.readouterr().err
    assert not needs_passphrase(diary)

    terminal.extend(["correct horse battery", "correct horse battery"])
    assert run(diary, "encrypt") == 0
    terminal.append("correct horse battery")
    assert run(diary, "backup") == 0
    terminal.extend(["correct horse battery", "another long passphrase", "another long passphrase"])
    assert run(diary, "change-passphrase") == 0
    terminal.append("another long passphrase")
    assert run(diary, "decrypt") == 0
    assert not needs_passphrase(diary)


def test_refusals_say_why_and_change_nothing(diary: Path, data_dir: Path, passphrases, tmp_path, capsys) -> None:
    before = database_path(diary).read_bytes()
    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["short"]) == 2
    assert "Use at least 8 characters." in capsys.readouterr().err
    assert run(diary, "--passphrase-file", passphrases["first"], "decrypt") == 1
    assert "your diary has no passphrase" in capsys.readouterr().err
    assert run(diary, "--passphrase-file", tmp_path / "missing.txt", "backup") == 2
    assert "cannot read the passphrase file" in capsys.readouterr().err
    assert database_path(diary).read_bytes() == before

    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["first"]) == 0
    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["second"]) == 1
    assert "your diary is encrypted already" in capsys.readouterr().err
    assert run(tmp_path / "empty", "encrypt", "--new-passphrase-file", passphrases["first"]) == 1
    assert "there is no ValuesDesk data" in capsys.readouterr().err


def test_a_passphrase_is_never_a_plain_argument(diary: Path, capsys) -> None:
    with pytest.raises(SystemExit) as refused:
        run(diary, "--passphrase", "correct horse battery", "encrypt")
    assert refused.value.code == 2
    assert not needs_passphrase(diary)


def test_restore_with_a_wrong_passphrase_changes_nothing(diary: Path, passphrases, tmp_path, capsys) -> None:
    plaintext = tmp_path / "plain.sqlite3"
    assert run(diary, "backup", "-o", plaintext) == 0
    assert run(diary, "encrypt", "--new-passphrase-file", passphrases["first"]) == 0
    database_and_backups = [database_path(diary), *backups_folder(diary).iterdir()]
    before = {path: path.read_bytes() for path in database_and_backups}

    # A plaintext copy opens with any key: the wrong one must not become the diary's passphrase.
    assert run(diary, "--passphrase-file", passphrases["second"], "restore", plaintext) != 0

    assert "That passphrase does not open your diary." in capsys.readouterr().err
    assert [*backups_folder(diary).iterdir()] == database_and_backups[1:], "no before-restore copy"
    assert {path: path.read_bytes() for path in database_and_backups} == before
    assert run(diary, "--passphrase-file", passphrases["first"], "restore", plaintext) == 0


def test_a_passphrase_file_does_not_encrypt_a_plaintext_diary_on_restore(
    diary: Path, passphrases, tmp_path, capsys
) -> None:
    plaintext = tmp_path / "plain.sqlite3"
    assert run(diary, "backup", "-o", plaintext) == 0

    assert run(diary, "--passphrase-file", passphrases["first"], "restore", plaintext) == 0

    assert cipher.file_kind(database_path(diary)) is FileKind.PLAIN, "only encrypt sets a passphrase"
