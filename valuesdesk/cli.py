"""The command line: global options and the sub-commands that run without a window."""

from __future__ import annotations

import argparse

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
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def add_command(commands: argparse._SubParsersAction, name: str, **kwargs) -> argparse.ArgumentParser:
    """A sub-command that also accepts the global --data-dir after its name.

    SUPPRESS keeps the sub-command's absent --data-dir from hiding one given before it.
    """
    command = commands.add_parser(name, **kwargs)
    _add_data_dir(command, default=argparse.SUPPRESS)
    return command
