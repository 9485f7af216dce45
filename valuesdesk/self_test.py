"""``valuesdesk --self-test``: proves an installed or bundled ValuesDesk works, end to end.

In a temporary data folder it creates and migrates the database, builds the main window
offscreen, asks it to come to the front as a second start would (Qt Network's local socket), writes
a diary entry and reads it back (and finds it by search), saves the diary as
a PDF, then encrypts the database with a passphrase (the bundled SQLCipher), refuses a wrong
passphrase and opens it again with the right one; then it prints one line and exits 0, or says
what failed and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from valuesdesk import APP_NAME, __version__

PROBE = "Self-test: a kind word to my sister"


class SelfTestFailure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(what)


def exercise(data_dir: Path) -> str:
    """Every step of the self-test; returns the line of results."""
    from valuesdesk import exports
    from valuesdesk.app import application, make_context
    from valuesdesk.domain import dates
    from valuesdesk.domain.passphrase import Passphrase
    from valuesdesk.errors import WrongPassphrase
    from valuesdesk.paths import database_path, ui_state_path
    from valuesdesk.services import needs_passphrase, open_services
    from valuesdesk.store.migrations import SCHEMA_REVISION, read_revision
    from valuesdesk.ui.activation import ActivationServer, request_activation
    from valuesdesk.ui.main_window import MainWindow
    from valuesdesk.ui.settings import Settings

    app = application()
    services = open_services(data_dir)
    window: MainWindow | None = None
    try:
        revision = read_revision(database_path(data_dir))
        check(revision == SCHEMA_REVISION, f"the database is at revision {revision}, not {SCHEMA_REVISION}")

        window = MainWindow(Settings(ui_state_path(data_dir)), data_dir)
        window.attach(make_context(services, window))
        window.show()
        app.processEvents()
        check(window.isVisible(), "the main window did not show")

        activations: list[bool] = []
        ActivationServer(data_dir, window).activated.connect(lambda: activations.append(True))
        check(request_activation(data_dir), "a second start could not reach the running window")
        deadline = time.monotonic() + 5
        while not activations and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        check(bool(activations), "the running window did not hear a second start")

        today = dates.today()
        experiments = services.experiments
        experiment_id = experiments.create_draft().id
        experiments.save_value(experiment_id, name="Kindness", meaning="Being gentle", life_domain="Family")
        behaviour = experiments.add_behavior(experiment_id, "Call my sister")
        experiments.choose_behaviors(experiment_id, [behaviour.id])
        experiments.update(experiment_id, plan="After dinner", behave_confirmed=True, current_step=10)
        experiments.begin(experiment_id)
        services.diary.save_entry(experiment_id, today, others_reactions=PROBE, thanked_mind=True)
        entries = services.diary.day_entries(today, experiment_id, today)
        check(any(entry.values["others_reactions"] == PROBE for entry in entries), "the diary entry did not read back")
        check(services.diary.search("sister").total == 1, "search did not find the diary entry")

        pdf = data_dir / f"diary{exports.DIARY_PDF.suffix}"
        exports.export(services, exports.DIARY_PDF, exports.Selection(experiment_id=experiment_id), pdf)
        check(pdf.read_bytes().startswith(b"%PDF"), "the diary PDF is not a PDF")

        passphrase = Passphrase("self-test passphrase")
        services.set_passphrase(passphrase)
        services.close()
        database = database_path(data_dir)
        check(needs_passphrase(data_dir), "the encrypted database does not look encrypted")
        check(PROBE.encode() not in database.read_bytes(), "the encrypted database holds the diary's words")
        try:
            open_services(data_dir, Passphrase("not the passphrase")).close()
            check(False, "a wrong passphrase opened the encrypted database")
        except WrongPassphrase:
            pass
        services = open_services(data_dir, passphrase)
        entries = services.diary.day_entries(today, experiment_id, today)
        check(any(entry.values["others_reactions"] == PROBE for entry in entries), "the encrypted entry was not read")
        check(services.diary.search("sister").total == 1, "search did not find the entry in the encrypted diary")
        pdf_size = pdf.stat().st_size
        return (
            f"database {revision}, window, second start, diary entry, search, PDF ({pdf_size} bytes), "
            "encrypted database"
        )
    finally:
        if window is not None:
            window.discard()
            window.deleteLater()
        services.close()


def run_self_test() -> int:
    # No screen is needed, and none is touched: the window is built offscreen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="valuesdesk-self-test-") as folder:
        try:
            results = exercise(Path(folder) / "data")
        except Exception as error:  # whatever fails is the answer the self-test exists to give
            print(f"{APP_NAME} {__version__} self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print(f"{APP_NAME} {__version__} self-test OK: {results} in {time.perf_counter() - started:.2f} s")
    return 0
