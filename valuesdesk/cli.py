"""The command line: global options and the sub-commands that run without a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from valuesdesk import APP_NAME, __version__
from valuesdesk.paths import DATA_DIR_ENV


def _add_data_dir(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"the folder that holds your data (also ${DATA_DIR_ENV}); "
        "default: the user data folder of this system",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="valuesdesk",
        description=f"{APP_NAME}: a private, offline companion for values work in "
        "Acceptance and Commitment Therapy. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, default=None)
    parser.add_argument("--verbose", action="store_true", help="write more detail to the log file")
    # Sub-commands are added here, each with add_command().
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = add_command(
        commands,
        "demo",
        help="write realistic sample data into a new, empty data folder",
        description="Write sample values, experiments, diary entries, check-ins and therapist notes, "
        "ending today, for showing ValuesDesk without real data. Refuses a folder that already holds data.",
    )
    demo.add_argument("--years", type=int, default=1, metavar="N", help="how many years of data (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed writes the same data (default 1)")
    demo.set_defaults(run=run_demo)
    return parser


def add_command(commands: argparse._SubParsersAction, name: str, **kwargs) -> argparse.ArgumentParser:
    """A sub-command that also accepts the global --data-dir after its name.

    SUPPRESS keeps the sub-command's absent --data-dir from hiding one given before it.
    """
    command = commands.add_parser(name, **kwargs)
    _add_data_dir(command, default=argparse.SUPPRESS)
    return command


def run_demo(args: argparse.Namespace, data_dir: Path) -> int:
    """The ``demo`` command: sample data, without opening a window."""
    from valuesdesk.errors import ValuesDeskError
    from valuesdesk.services import open_services
    from valuesdesk.services.demo import write_demo_data

    try:
        services = open_services(data_dir)
        try:
            summary = write_demo_data(services.database, years=args.years, seed=args.seed)
        finally:
            services.close()
    except ValuesDeskError as error:
        print(f"ValuesDesk: {error}", file=sys.stderr)
        return error.exit_code
    print(
        f"Wrote sample data to {data_dir}: {summary.values} values, {summary.experiments} experiments, "
        f"{summary.diary_entries} diary entries, {summary.check_ins} check-ins, "
        f"{summary.therapist_notes} therapist notes."
    )
    return 0
