"""The command line: global options and the sub-commands that run without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from valuesdesk import APP_NAME, __version__
from valuesdesk.domain import DEMO_MAX_YEARS, dates
from valuesdesk.domain.passphrase import Passphrase, passphrase_problem
from valuesdesk.errors import ValuesDeskError
from valuesdesk.paths import DATA_DIR_ENV, database_path

if TYPE_CHECKING:
    # Only for types: the services load the ORM, and the export formats their writers (PDF, spreadsheet,
    # calendar), none of which the window draws in its first frame.
    from valuesdesk.exports import ExportFormat
    from valuesdesk.services import Services


def _folder(text: str) -> str:
    # An empty --data-dir (an unset shell variable) must not fall back to the person's real data folder.
    if not text.strip():
        raise argparse.ArgumentTypeError("the folder name is empty")
    return text


def _add_data_dir(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
        default=default,
        help=f"the folder that holds your data (also ${DATA_DIR_ENV}); default: the user data folder of this system",
    )


class CommandParser(argparse.ArgumentParser):
    """A sub-command's parser whose ``arguments`` are added when it is first used (parsed or its help shown):
    export and import list the export formats, which the window's start does not import."""

    def __init__(self, *args: Any, arguments: Callable[[argparse.ArgumentParser], None] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._arguments = arguments

    def _add_arguments(self) -> None:
        if self._arguments is not None:
            arguments, self._arguments = self._arguments, None
            arguments(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._add_arguments()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._add_arguments()
        return super().format_usage()

    def format_help(self) -> str:
        self._add_arguments()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="valuesdesk",
        # No abbreviations: "--passphrase SECRET" must not pass as --passphrase-file.
        allow_abbrev=False,
        description=f"{APP_NAME}: a private, offline companion for values work in "
        "Acceptance and Commitment Therapy. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, default=None)
    parser.add_argument("--verbose", action="store_true", help="write more detail to the log file")
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help="start with the window put away in the tray, to remind you (how ValuesDesk starts when you log in)",
    )
    _add_passphrase_file(parser, default=None)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, in a temporary folder and without a window, that ValuesDesk works; print one line",
    )
    # Sub-commands are added here, each with add_command().
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    demo = add_command(
        commands,
        "demo",
        help="write realistic sample data into a new, empty data folder",
        description="Write sample values, experiments, diary entries, check-ins and therapist notes, "
        "ending today, for showing ValuesDesk without real data. Refuses a folder that already holds data.",
    )
    demo.add_argument(
        "--years",
        type=_years,
        default=1,
        metavar="N",
        help=f"how many years of data, 1 to {DEMO_MAX_YEARS} (default 1)",
    )
    demo.add_argument("--seed", type=int, default=1, help="the same seed writes the same data (default 1)")
    demo.set_defaults(run=run_demo)
    _add_exchange_commands(commands)
    _add_backup_commands(commands)
    _add_passphrase_commands(commands)
    return parser


def _add_passphrase_file(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=default,
        help="read the passphrase of an encrypted diary from FILE (its first line); "
        "without it, a command asks for the passphrase on the terminal. Never give it on the command line",
    )


def add_command(commands: argparse._SubParsersAction, name: str, **kwargs) -> argparse.ArgumentParser:
    """A sub-command that also accepts the global --data-dir and --passphrase-file after its name.

    SUPPRESS keeps the sub-command's absent option from hiding one given before it.
    """
    command = commands.add_parser(name, allow_abbrev=False, **kwargs)
    _add_data_dir(command, default=argparse.SUPPRESS)
    _add_passphrase_file(command, default=argparse.SUPPRESS)
    return command


def _day(text: str) -> dt.date:
    try:
        return dates.parse_iso_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None


def _years(text: str) -> int:
    # Checked here, before the data folder is created, so a wrong number leaves nothing behind.
    if not text.isdigit() or not 1 <= int(text) <= DEMO_MAX_YEARS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of years from 1 to {DEMO_MAX_YEARS}")
    return int(text)


def _experiment_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not an experiment number")
    return int(text)


def _keys(formats: Iterable[ExportFormat[Any]]) -> str:
    keys = [export_format.key for export_format in formats]
    return keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " and " + keys[-1]


def _add_exchange_commands(commands: argparse._SubParsersAction) -> None:
    export = add_command(
        commands, "export", help="write your data or your diary to a file", arguments=_add_export_arguments
    )
    export.set_defaults(run=run_export)
    imported = add_command(
        commands,
        "import",
        help="add the contents of a ValuesDesk export to your data",
        arguments=_add_import_arguments,
    )
    imported.set_defaults(run=run_import)


def _add_export_arguments(export: argparse.ArgumentParser) -> None:
    from valuesdesk import exports

    offered = exports.formats()
    export.description = (
        "Write your data or your diary to a file in one of these formats: "
        + "; ".join(f"{export_format.key}: {export_format.label}" for export_format in offered)
        + "."
    )
    keys = [export_format.key for export_format in offered]
    export.add_argument("--format", required=True, choices=keys, help="what kind of file to write")
    by_experiment = _keys(export_format for export_format in offered if export_format.takes_experiment)
    by_days = _keys(export_format for export_format in offered if export_format.takes_date_range)
    export.add_argument(
        "--experiment", metavar="ID", type=_experiment_id, help=f"only this experiment (for {by_experiment})"
    )
    for option, name, which in (("--from", "first", "first"), ("--to", "last", "last")):
        export.add_argument(
            option, dest=name, metavar="DATE", type=_day, help=f"{which} day, YYYY-MM-DD (for {by_days})"
        )
    detailed = _keys(export_format for export_format in offered if export_format.takes_calendar_details)
    export.add_argument(
        "--calendar-details",
        action="store_true",
        help=f"name the value and the plan in the events (for {detailed}); without it they are called only "
        "'ValuesDesk check-in' and 'Therapy session'",
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path, help="the file to write")


def _add_import_arguments(imported: argparse.ArgumentParser) -> None:
    from valuesdesk import exports

    readable = _keys(exports.readable_formats())
    imported.description = (
        f"Merge a file written by 'valuesdesk export --format {readable}' into the data folder. "
        "Nothing already there is duplicated; a damaged, foreign or newer file is refused and nothing changes."
    )
    imported.add_argument("file", metavar="FILE", type=Path, help="the file to import")


def _add_backup_commands(commands: argparse._SubParsersAction) -> None:
    backup = add_command(
        commands,
        "backup",
        help="keep a checked copy of your data in the backups folder, or write one to a file",
        description="Copy the data file with SQLite's backup API and check the copy before keeping it: "
        "in the backups folder of the data folder (kept like a daily backup), or with -o in FILE.",
    )
    backup.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write the copy to FILE instead of the backups folder"
    )
    backup.set_defaults(run=run_backup)

    restore = add_command(
        commands,
        "restore",
        help="put a backup in place of your data, keeping a copy of your data first",
        description="Replace the data file with FILE (a backup, or a copy made with 'valuesdesk backup -o'). "
        "The data as it is now is kept in the backups folder first. A file that is not a ValuesDesk "
        "database, is damaged or was made by a newer version is refused and nothing changes.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.set_defaults(run=run_restore)


def _add_passphrase_commands(commands: argparse._SubParsersAction) -> None:
    forgotten = "Keep the passphrase safe: without it nobody, including the ValuesDesk developers, can read the diary."
    encrypt = add_command(
        commands,
        "encrypt",
        help="encrypt your diary and its backups with a passphrase",
        description="Encrypt the data file and every backup in place with a new passphrase (SQLCipher). " + forgotten,
    )
    _add_new_passphrase_file(encrypt)
    encrypt.set_defaults(run=run_encrypt)
    decrypt = add_command(
        commands,
        "decrypt",
        help="remove the passphrase: store your diary and its backups unencrypted",
        description="Decrypt the data file and every backup in place; it asks for the current passphrase "
        "(or reads --passphrase-file).",
    )
    decrypt.set_defaults(run=run_decrypt)
    change = add_command(
        commands,
        "change-passphrase",
        help="encrypt your diary and its backups with a new passphrase",
        description="Write the data file and every backup again under a new passphrase; it asks for the current "
        "one (or reads --passphrase-file). " + forgotten,
    )
    _add_new_passphrase_file(change)
    change.set_defaults(run=run_change_passphrase)


def _add_new_passphrase_file(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the new passphrase from FILE (its first line) instead of asking twice on the terminal",
    )


class _NoPassphrase(Exception):
    """A passphrase was needed and could not be had; says why, for ``_fail``."""


def _read_passphrase_file(path: Path) -> Passphrase:
    """The first line of ``path``, without its line ending (a file written with ``echo`` works)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "it is not UTF-8 text"
        raise _NoPassphrase(f"cannot read the passphrase file {path}: {reason}.") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise _NoPassphrase(f"the passphrase file {path} is empty.")
    return Passphrase(lines[0])


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise _NoPassphrase("your diary is encrypted: give its passphrase with --passphrase-file FILE.")
    return getpass.getpass(prompt)


def current_passphrase(args: argparse.Namespace, data_dir: Path) -> Passphrase | None:
    """The passphrase to open the diary with: from --passphrase-file, else (for an encrypted diary)
    asked on the terminal; None for a plaintext diary. Raises ``_NoPassphrase``."""
    from valuesdesk.services import needs_passphrase

    if args.passphrase_file is not None:
        return _read_passphrase_file(args.passphrase_file)
    if not needs_passphrase(data_dir):
        return None
    secret = _ask("Passphrase of your diary: ")
    if not secret:
        raise _NoPassphrase("no passphrase was given.")
    return Passphrase(secret)


def _new_passphrase(args: argparse.Namespace) -> Passphrase:
    """The new passphrase: from --new-passphrase-file, else typed twice on the terminal; checked."""
    if args.new_passphrase_file is not None:
        new = _read_passphrase_file(args.new_passphrase_file)
        secret = repeated = new.reveal()
    else:
        secret = _ask("New passphrase: ")
        repeated = getpass.getpass("The new passphrase again: ")
    problem = passphrase_problem(secret, repeated)
    if problem is not None:
        raise _NoPassphrase(f"the new passphrase cannot be used. {problem}")
    return Passphrase(secret)


def _open(command: str, args: argparse.Namespace, data_dir: Path) -> Services | int:
    """The data folder's services, opened with its passphrase; or the exit code of a failure."""
    from valuesdesk.services import open_services

    try:
        return open_services(data_dir, current_passphrase(args, data_dir))
    except _NoPassphrase as refused:
        return _fail(command, str(refused))
    except ValuesDeskError as error:
        return _fail(command, error)


def _fail(command: str, error: ValuesDeskError | str, code: int = 2) -> int:
    print(f"valuesdesk {command}: {error}", file=sys.stderr)
    return error.exit_code if isinstance(error, ValuesDeskError) else code


def run_export(args: argparse.Namespace, data_dir: Path) -> int:
    from valuesdesk import exports

    export_format = exports.format_by_key(args.format)
    refused = [
        option
        for option, given, taken in (
            ("--experiment", args.experiment is not None, export_format.takes_experiment),
            ("--from", args.first is not None, export_format.takes_date_range),
            ("--to", args.last is not None, export_format.takes_date_range),
            ("--calendar-details", args.calendar_details, export_format.takes_calendar_details),
        )
        if given and not taken
    ]
    if refused:
        everything = not (export_format.takes_experiment or export_format.takes_date_range)
        reason = ": it always exports everything" if everything else ""
        return _fail("export", f"--format {export_format.key} does not take {' or '.join(refused)}{reason}.")
    if not args.output.parent.is_dir():
        return _fail("export", f"the folder {args.output.parent} does not exist.")
    try:
        exports.check_destination(data_dir, args.output)
    except ValuesDeskError as error:
        return _fail("export", str(error))  # a wrong argument, as a missing folder is
    if not database_path(data_dir).exists():
        return _fail("export", f"there is no ValuesDesk data in {data_dir}.", code=1)
    services = _open("export", args, data_dir)
    if isinstance(services, int):
        return services
    try:
        selection = exports.Selection(args.experiment, args.first, args.last, calendar_details=args.calendar_details)
        prepared = exports.prepare(services, export_format, selection)
        prepared.write(args.output)
    except ValuesDeskError as error:
        return _fail("export", error)
    finally:
        services.close()
    print(f"Exported to {args.output}")
    if prepared.notice:
        print(prepared.notice)
    return 0


def run_import(args: argparse.Namespace, data_dir: Path) -> int:
    from valuesdesk import exports

    try:
        # The whole file is checked first: a refused file leaves no database behind, even in a new folder.
        snapshot = exports.read_file(args.file)
    except ValuesDeskError as error:
        return _fail("import", error)
    services = _open("import", args, data_dir)
    if isinstance(services, int):
        return services
    try:
        summary = services.exchange.merge(snapshot)
    except ValuesDeskError as error:
        return _fail("import", error)
    finally:
        services.close()
    print(summary.describe())
    return 0


def run_demo(args: argparse.Namespace, data_dir: Path) -> int:
    """The ``demo`` command: sample data, without opening a window (encrypted with --passphrase-file)."""
    from valuesdesk.services.demo import write_demo_data

    services = _open("demo", args, data_dir)
    if isinstance(services, int):
        return services
    try:
        try:
            summary = write_demo_data(services.database, years=args.years, seed=args.seed)
        finally:
            services.close()
    except ValuesDeskError as error:
        return _fail("demo", error)
    print(
        f"Wrote sample data to {data_dir}: {summary.values} values, {summary.experiments} experiments, "
        f"{summary.diary_entries} diary entries, {summary.check_ins} check-ins, "
        f"{summary.therapist_notes} therapist notes, {summary.day_notes} notes of days, "
        f"{summary.values_checks} values checks."
    )
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} KB"


def run_backup(args: argparse.Namespace, data_dir: Path) -> int:
    """The ``backup`` command: a manual backup in the backups folder, or a checked copy in FILE."""
    output: Path | None = args.output
    if output is not None and not output.parent.is_dir():
        return _fail("backup", f"the folder {output.parent} does not exist.")
    if not database_path(data_dir).exists():
        return _fail("backup", f"there is no ValuesDesk data in {data_dir}.", code=1)
    services = _open("backup", args, data_dir)
    if isinstance(services, int):
        return services
    try:
        if output is not None:
            written = services.backups.save_copy(output)
            print(f"Saved a checked copy of your data ({_size(written.stat().st_size)}) to {written}")
        else:
            made = services.backups.back_up_now()
            print(f"Backed up your data ({_size(made.size)}, {made.diary_days} diary days) to {made.path}")
    except ValuesDeskError as error:
        return _fail("backup", error)
    finally:
        services.close()
    return 0


def run_restore(args: argparse.Namespace, data_dir: Path) -> int:
    """The ``restore`` command: the folder locked but its database not opened first (it may be damaged)."""
    from valuesdesk.services import restore_data_folder

    try:
        kept = restore_data_folder(data_dir, args.file, current_passphrase(args, data_dir))
    except _NoPassphrase as refused:
        return _fail("restore", str(refused))
    except ValuesDeskError as error:
        return _fail("restore", error)
    print(f"Restored {args.file} into {data_dir}.")
    if kept is not None:
        print(f"Your data as it was before is kept in {kept.path}")
    return 0


def _change(command: str, args: argparse.Namespace, data_dir: Path, *, encrypted: bool, new: bool) -> int:
    """encrypt, decrypt and change-passphrase: check the diary is as the command needs, ask, rewrite."""
    from valuesdesk.services import needs_passphrase

    if not database_path(data_dir).exists():
        return _fail(command, f"there is no ValuesDesk data in {data_dir}.", code=1)
    if needs_passphrase(data_dir) != encrypted:
        state = "has no passphrase: encrypt it with 'valuesdesk encrypt'" if encrypted else "is encrypted already"
        return _fail(command, f"your diary {state}.", code=1)
    services = _open(command, args, data_dir)  # asks for the current passphrase first
    if isinstance(services, int):
        return services
    try:
        new_passphrase = _new_passphrase(args) if new else None
        current = services.database.key  # the passphrase that opened it
        if current is None:
            assert new_passphrase is not None
            left = services.set_passphrase(new_passphrase)
        elif new_passphrase is None:
            left = services.remove_passphrase(current)
        else:
            left = services.change_passphrase(current, new_passphrase)
    except _NoPassphrase as refused:
        return _fail(command, str(refused))
    except ValuesDeskError as error:
        return _fail(command, error)
    finally:
        services.close()
    done = {"encrypt": "Encrypted", "decrypt": "Decrypted", "change-passphrase": "Changed the passphrase of"}[command]
    print(f"{done} your diary and its backups in {data_dir}.")
    if left:
        print(f"These backups could not be opened, so they were left as they were: {', '.join(map(str, left))}")
    if new_passphrase is not None:
        print("Keep your passphrase safe: without it nobody, including the ValuesDesk developers, can read your diary.")
    return 0


def run_encrypt(args: argparse.Namespace, data_dir: Path) -> int:
    return _change("encrypt", args, data_dir, encrypted=False, new=True)


def run_decrypt(args: argparse.Namespace, data_dir: Path) -> int:
    return _change("decrypt", args, data_dir, encrypted=True, new=False)


def run_change_passphrase(args: argparse.Namespace, data_dir: Path) -> int:
    return _change("change-passphrase", args, data_dir, encrypted=True, new=True)
