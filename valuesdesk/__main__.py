"""Start-up: read the arguments, find the data folder, set up logging, then run a command or the window."""

from __future__ import annotations

import logging
import sys

from valuesdesk import __version__
from valuesdesk.cli import build_parser
from valuesdesk.files import keep_new_files_private
from valuesdesk.logs import configure_logging
from valuesdesk.paths import log_dir, resolve_data_dir


def main(argv: list[str] | None = None) -> int:
    keep_new_files_private()  # before anything is written: every file and folder made from here on is this user's
    args = build_parser().parse_args(argv)
    if args.self_test:
        from valuesdesk.self_test import run_self_test

        return run_self_test()
    data_dir = resolve_data_dir(args.data_dir)
    configure_logging(log_dir(data_dir), verbose=args.verbose)
    logging.getLogger(__name__).info("ValuesDesk %s starting", __version__)
    if getattr(args, "run", None) is not None:
        return args.run(args, data_dir)
    from valuesdesk.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
