"""Encryption at rest: a diary with a passphrase keeps its words out of every file ValuesDesk writes,
opens only with that passphrase, and changes it (or drops it) in place."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import DamagedDatabase, PassphraseRequired, RestoreRefused, WrongPassphrase
from valuesdesk.paths import backups_folder, database_path
from valuesdesk.services import needs_passphrase, open_services
from valuesdesk.store import backups as backup_files
from valuesdesk.store import cipher, migrations
from valuesdesk.store.backups import BackupKind
from valuesdesk.store.cipher import FileKind

PASSPHRASE = Passphrase("correct horse battery")
OTHER = Passphrase("another long passphrase")
# Words that must never be found in the bytes of an encrypted diary's files.
ENTRY_TEXT = "Rang Annelie about the allotment"
VALUE_NAME = "Gardening with Oskar"
NOTE_TEXT = "Therapist: notice the urge to cancel"
SECRETS = (ENTRY_TEXT, VALUE_NAME, NOTE_TEXT)


def write_private_words(services, make_experiment, clock) -> int:
    experiment = make_experiment(value_name=VALUE_NAME, services=services)
    services.diary.save_entry(experiment, clock.today, others_reactions=ENTRY_TEXT)
    services.therapist_notes.add(1, NOTE_TEXT)
    return experiment


def files_under(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def leaks(folder: Path) -> list[tuple[str, str]]:
    """Every (file, word) where one of SECRETS is found in the file's bytes."""
    return [
        (path.name, secret)
        for path, content in files_under(folder).items()
        for secret in SECRETS
        if secret.encode() in content
    ]


@pytest.fixture
def encrypted(data_dir: Path, make_experiment, clock) -> Path:
    """The test's data folder with private words, a plaintext backup, then encrypted and closed."""
    services = open_services(data_dir)
    try:
        write_private_words(services, make_experiment, clock)
        services.backups.back_up_now()
        services.set_passphrase(PASSPHRASE)
    finally:
        services.close()
    return data_dir


def test_no_file_of_an_encrypted_diary_holds_its_words(data_dir: Path, make_experiment, clock) -> None:
    services = open_services(data_dir)
    experiment = write_private_words(services, make_experiment, clock)
    services.backups.back_up_now()
    assert leaks(data_dir), "the words are there to be found in a plaintext diary"

    assert services.set_passphrase(PASSPHRASE) == ()
    assert services.encrypted and needs_passphrase(data_dir)
    assert leaks(data_dir) == [], "nothing plaintext left: the database, its backups, no leftover"
    # Written while open: the write-ahead log holds the new pages, encrypted too.
    services.diary.save_entry(experiment, clock.today, others_reactions=ENTRY_TEXT + " again")
    assert database_path(data_dir).with_name("valuesdesk.sqlite3-wal").stat().st_size > 0
    backup_files.make_backup(database_path(data_dir), data_dir, BackupKind.BEFORE_IMPORT, services.database.key)
    clock.advance(clock.today.resolution)
    services.backups.back_up_if_due()
    assert leaks(data_dir) == []
    assert services.diary.search("allotment").total == 1, "the full-text index lives inside the encrypted file"

    listed = services.backups.list_backups()
    assert {info.kind for info in listed} == {BackupKind.MANUAL, BackupKind.DAILY, BackupKind.BEFORE_IMPORT}
    assert all(cipher.file_kind(info.path) is FileKind.ENCRYPTED and not info.damaged for info in listed)
    services.close()
    assert leaks(data_dir) == []


def test_a_wrong_passphrase_changes_nothing_and_says_so(encrypted: Path) -> None:
    before = files_under(encrypted)

    with pytest.raises(WrongPassphrase) as wrong:
        open_services(encrypted, OTHER)
    with pytest.raises(PassphraseRequired):
        open_services(encrypted)

    assert wrong.value.message == "That passphrase does not open your diary."
    assert "SQLCipher cannot tell the two apart" in wrong.value.detail
    assert files_under(encrypted) == before, "byte for byte, and nothing created beside it"
    open_services(encrypted, PASSPHRASE).close()  # the folder's lock was released


def test_a_damaged_encrypted_file_is_told_apart_from_a_wrong_passphrase_as_far_as_sqlcipher_can(
    encrypted: Path,
) -> None:
    database = database_path(encrypted)
    intact = database.read_bytes()
    page = 4096

    # A damaged page after the first: the right passphrase opens it, and the check finds the damage.
    database.write_bytes(intact[: 3 * page] + bytes(page) + intact[4 * page :])
    with pytest.raises(DamagedDatabase) as damaged:
        open_services(encrypted, PASSPHRASE)
    assert damaged.value.backup_path is not None and damaged.value.backup_path.parent == backups_folder(encrypted)
    with pytest.raises(WrongPassphrase):
        open_services(encrypted, OTHER)

    # A damaged first page holds the salt: SQLCipher says what it says for a wrong passphrase.
    database.write_bytes(intact[:100] + bytes(50) + intact[150:])
    with pytest.raises(WrongPassphrase) as first_page:
        open_services(encrypted, PASSPHRASE)
    assert "the start of the file may be damaged" in first_page.value.detail


def test_opening_an_encrypted_diary_derives_its_key_twice(encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyed = []  # every keyed connection is checked once, right after keying: each derived the key (0.1 s)
    check_key = cipher.check_key
    monkeypatch.setattr(cipher, "check_key", lambda connection: (keyed.append(connection), check_key(connection)))

    services = open_services(encrypted, PASSPHRASE)
    try:
        assert services.diary.search("allotment").total == 1
    finally:
        services.close()

    # One read-only connection checks the file and reads its revision; the engine's first
    # connection checks that no other program is writing, and is kept for the sessions.
    assert len(keyed) == 2


def test_locking_forgets_the_passphrase_and_unlocking_needs_it_again(encrypted: Path, clock) -> None:
    services = open_services(encrypted, PASSPHRASE)
    try:
        services.lock()
        assert services.locked and services.encrypted
        with pytest.raises(PassphraseRequired):
            services.diary.search("allotment")
        with pytest.raises(PassphraseRequired):
            services.backups.back_up_now()
        clock.advance(clock.today.resolution)
        assert services.backups.back_up_if_due() is None, "the daily copy waits for the unlock"

        with pytest.raises(WrongPassphrase):
            services.unlock(OTHER)
        assert services.locked
        services.unlock(PASSPHRASE)
        assert not services.locked
        assert services.diary.search("allotment").total == 1
        assert services.backups.back_up_if_due() is not None
    finally:
        services.close()


def test_a_backup_under_way_keeps_the_key_it_started_with_when_the_diary_locks(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, clock
) -> None:
    services = open_services(encrypted, PASSPHRASE)
    make_backup = backup_files.make_backup
    started = threading.Event()
    locked = threading.Event()

    def locks_while_copying(*args):
        started.set()
        locked.wait(timeout=10)
        return make_backup(*args)

    monkeypatch.setattr(backup_files, "make_backup", locks_while_copying)
    clock.advance(clock.today.resolution)
    made = []
    worker = threading.Thread(target=lambda: made.append(services.backups.back_up_if_due()))
    worker.start()
    started.wait(timeout=10)
    services.lock()
    locked.set()
    worker.join(timeout=10)

    [daily] = made
    assert daily is not None and daily.kind is BackupKind.DAILY and not daily.damaged
    assert cipher.file_kind(daily.path) is FileKind.ENCRYPTED
    services.unlock(PASSPHRASE)
    assert daily in services.backups.list_backups()
    services.close()


def test_a_wrong_passphrase_is_logged_as_a_mistake_not_a_fault_and_without_a_secret(
    encrypted: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(WrongPassphrase):
        open_services(encrypted, OTHER)
    services = open_services(encrypted, PASSPHRASE)
    try:
        services.lock()
        before = files_under(encrypted)
        with pytest.raises(WrongPassphrase):
            services.unlock(OTHER)
        assert files_under(encrypted) == before, "byte for byte, and nothing created beside it"
    finally:
        services.close()

    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []
    assert "unlocking: the passphrase did not open the diary" in caplog.messages
    assert not any(secret.reveal() in caplog.text for secret in (PASSPHRASE, OTHER))


def test_changing_the_passphrase_rewrites_the_diary_and_every_backup(encrypted: Path) -> None:
    services = open_services(encrypted, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            services.change_passphrase(OTHER, OTHER)
        services.change_passphrase(PASSPHRASE, OTHER)
        assert services.diary.search("allotment").total == 1, "open and usable"
        [backup] = services.backups.list_backups()
        assert not backup.damaged, "one passphrase opens everything"
    finally:
        services.close()
    with pytest.raises(WrongPassphrase):
        open_services(encrypted, PASSPHRASE)
    assert backup_files.check_database(backup.path, key=PASSPHRASE) == cipher.NOT_A_DATABASE
    assert leaks(encrypted) == []


def test_removing_the_passphrase_decrypts_the_diary_and_its_backups_in_place(encrypted: Path) -> None:
    services = open_services(encrypted, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            services.remove_passphrase(OTHER)
        assert services.encrypted
        services.remove_passphrase(PASSPHRASE)
        assert not services.encrypted and services.diary.search("allotment").total == 1
    finally:
        services.close()
    assert not needs_passphrase(encrypted)
    assert all(cipher.file_kind(path) is FileKind.PLAIN for path in backups_folder(encrypted).iterdir())
    open_services(encrypted).close()


def test_a_backup_under_another_passphrase_is_refused_with_its_own_message(encrypted: Path, tmp_path: Path) -> None:
    services = open_services(encrypted, PASSPHRASE)
    try:
        foreign = services.backups.save_copy(tmp_path / "copy.sqlite3")
        services.change_passphrase(PASSPHRASE, OTHER)
        with pytest.raises(RestoreRefused) as refused:
            services.restore(foreign)
        assert refused.value.message == "“copy.sqlite3” is encrypted with another passphrase."
    finally:
        services.close()


def test_a_plaintext_backup_restored_into_an_encrypted_diary_is_encrypted(
    data_dir: Path, make_experiment, clock, tmp_path: Path
) -> None:
    services = open_services(data_dir)
    try:
        write_private_words(services, make_experiment, clock)
        plaintext = services.backups.save_copy(tmp_path / "plain.sqlite3")
        services.set_passphrase(PASSPHRASE)
        services.restore(plaintext)
        assert services.diary.search("allotment").total == 1
    finally:
        services.close()
    assert needs_passphrase(data_dir)
    assert leaks(data_dir) == []


def test_a_passphrase_with_quotes_opens_the_engine_and_every_other_connection_alike(data_dir: Path) -> None:
    quoted = Passphrase("""it's "quoted" ; --""")
    services = open_services(data_dir, quoted)  # a new diary, encrypted from the start
    try:
        assert services.encrypted and services.backups.back_up_now().diary_days == 0
    finally:
        services.close()
    assert needs_passphrase(data_dir)
    assert backup_files.check_database(database_path(data_dir), key=quoted) is None
    open_services(data_dir, quoted).close()


def test_a_replaced_file_left_by_a_crash_is_overwritten_at_the_next_start(encrypted: Path) -> None:
    leftover = encrypted / ".valuesdesk.sqlite3.replaced.part"
    leftover.write_bytes(ENTRY_TEXT.encode())
    [backup] = backups_folder(encrypted).iterdir()
    backup_leftover = backup.with_name(f".{backup.name}.replaced.part")  # killed while the backups were rewritten
    backup_leftover.write_bytes(ENTRY_TEXT.encode())

    open_services(encrypted, PASSPHRASE).close()

    assert not leftover.exists() and not backup_leftover.exists()
    assert leaks(encrypted) == []


def test_a_crash_between_the_link_and_the_swap_leaves_the_diary_whole(encrypted: Path) -> None:
    database = database_path(encrypted)
    # Killed in the middle of a change of key: the replaced file's second name is still the diary itself.
    (encrypted / ".valuesdesk.sqlite3.replaced.part").hardlink_to(database)
    before = database.read_bytes()

    services = open_services(encrypted, PASSPHRASE)
    try:
        assert services.diary.search("allotment").total == 1
    finally:
        services.close()

    assert not (encrypted / ".valuesdesk.sqlite3.replaced.part").exists()
    assert database.read_bytes() == before, "only the second name was deleted, not the bytes it shares"
    services = open_services(encrypted, PASSPHRASE)
    try:
        services.change_passphrase(PASSPHRASE, OTHER)  # the same leftover, met by the swap itself
    finally:
        services.close()


def test_the_replaced_plaintext_file_is_overwritten_before_it_is_deleted(
    data_dir: Path, make_experiment, clock, tmp_path: Path
) -> None:
    services = open_services(data_dir)
    write_private_words(services, make_experiment, clock)
    services.database.close()
    witness = tmp_path / "old-inode"
    witness.hardlink_to(database_path(data_dir))  # a second name for the plaintext file's bytes on disk
    assert ENTRY_TEXT.encode() in witness.read_bytes()

    services.set_passphrase(PASSPHRASE)
    services.close()

    old_bytes = witness.read_bytes()
    assert old_bytes and old_bytes == bytes(len(old_bytes)), "zeros where the plaintext was"


def test_an_encrypted_diary_from_an_older_version_is_updated_with_an_encrypted_copy_first(data_dir: Path) -> None:
    database = database_path(data_dir)
    data_dir.mkdir()
    migrations.upgrade(database, "0002", key=PASSPHRASE)
    assert needs_passphrase(data_dir)

    open_services(data_dir, PASSPHRASE).close()

    assert migrations.read_revision(database, PASSPHRASE) == migrations.SCHEMA_REVISION
    [before] = backup_files.list_backups(data_dir, PASSPHRASE)
    assert before.kind is BackupKind.BEFORE_UPGRADE and before.revision == "0002"
    assert cipher.file_kind(before.path) is FileKind.ENCRYPTED
