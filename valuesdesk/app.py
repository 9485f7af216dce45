"""The application shell: the QApplication, and start-up as named steps run in order.

Start-up is :data:`STARTUP_STEPS`: ``paint`` shows the window and waits for its first frame, so
that the person sees ValuesDesk at once; ``begin_in_background`` starts the data file's check in a
worker thread (plaintext files; it overlaps with importing the ORM); ``unlock`` shows the lock
screen for an encrypted diary and opens it with the passphrase typed there, before anything of it
is read; then ``open_data``
opens the data folder (the slow part; a damaged or empty file is kept as it is and the newest good
backup offered) unless ``unlock`` did, ``attach_areas`` gives it to every area, ``back_up_daily``
makes the day's backup in the background (and checks every hour), ``listen_for_activation`` lets
a second start bring the window to the front, ``ask_who_for`` asks on a first start whether
ValuesDesk is for the person or for their clients (the Parallel Questions open for a therapist
only), and ``offer_privacy`` warns once about a data folder others can read. A new start-up
step is a function added to that list.

The shell owns what the areas share: one :class:`DataEvents` and one :class:`SaveCoordinator`. It
also installs the fault handler (an unexpected error is explained, the program goes on) and the
session end (SIGTERM, SIGINT, SIGHUP and the session manager save everything, then quit).
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from valuesdesk import APP_ID, APP_NAME, __version__
from valuesdesk.content import resource_path
from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import AlreadyRunning, RestorableStartupError, StartupError, ValuesDeskError, WrongPassphrase
from valuesdesk.paths import ui_state_path
from valuesdesk.ui import error_texts
from valuesdesk.ui.context import AppContext, DataEvents
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.fault_handler import install as install_fault_handler
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.save_coordinator import SaveCoordinator
from valuesdesk.ui.session_end import install_session_end
from valuesdesk.ui.settings import LANGUAGE, USED_FOR, Settings, UsedFor
from valuesdesk.ui.theme import apply_appearance, theme
from valuesdesk.ui.translations import ensure_translators, install_translators
from valuesdesk.windows_mutex import hold_app_mutex

if TYPE_CHECKING:
    from valuesdesk.services import Services

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running QApplication, made and named on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    # Counted texts read right ("1 day") in any window, also one built before start-up's language step.
    ensure_translators()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "valuesdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Colours, text size, style sheet and focus ring (valuesdesk.ui.theme): installed once, with the
    # defaults until the settings are read; applying them again changes nothing.
    theme(app).apply()
    return app


def make_context(services: Services, window: MainWindow) -> AppContext:
    """What the areas of ``window`` share once the data is open: the services, one DataEvents, one coordinator."""
    return AppContext(services=services, events=DataEvents(window), coordinator=SaveCoordinator())


@dataclass
class Startup:
    """What the start-up steps hand on to each other."""

    app: QApplication
    data_dir: Path
    settings: Settings | None = None
    window: MainWindow | None = None
    services: Services | None = None
    exit_code: int | None = None  # set when a step stopped start-up
    in_tray: bool = False  # --in-tray (a start at login): the window stays in the tray (``stays_in_tray``)
    # Work to begin once the first frame shows, beside this thread's: the data file's check (see __main__).
    after_first_frame: Callable[[], object] | None = None


# A step does its part, then returns None to go straight on, or a signal to go on when it fires.
StartupStep = Callable[[Startup], SignalInstance | None]


class StartupCancelled(StartupError):
    """The person chose Quit (on the lock screen): start-up stops, with nothing more to say."""

    exit_code = 0
    shown = True


def paint(start: Startup) -> SignalInstance | None:
    start.settings = Settings(ui_state_path(start.data_dir))
    apply_appearance(start.settings)  # colours and text size before the first widget is built
    # The language before the first widget: every text is translated as it is set.
    install_translators(start.settings.get(LANGUAGE))
    start.window = MainWindow(start.settings, start.data_dir, ask_who_for=True)
    if start.in_tray and stays_in_tray(start):
        QApplication.setQuitOnLastWindowClosed(False)  # a dialog closing before the tray shows must not end it
        return None  # nothing to paint: the window waits in the tray (the step ``remind``)
    start.window.show()
    start.window.activateWindow()  # without a window manager Qt counts it inactive: no shortcut would work
    return start.window.first_painted


def stays_in_tray(start: Startup) -> bool:
    """``--in-tray``: whether the window can stay unshown, known before it shows: a tray, reminders on,
    nothing to ask first (a passphrase, who ValuesDesk is for). Else it shows, and ``remind`` decides."""
    from valuesdesk.services import needs_passphrase
    from valuesdesk.ui.reminders.choices import reminders_on

    assert start.settings is not None, "read first"
    return (
        reminders_on(start.settings)
        and start.settings.get(USED_FOR) is not UsedFor.NOT_ASKED
        and QSystemTrayIcon.isSystemTrayAvailable()
        and not needs_passphrase(start.data_dir)
    )


def begin_in_background(start: Startup) -> None:
    # The data file's check runs in a worker thread while this one imports the services and the ORM:
    # SQLite leaves Python's lock while it reads, so the two overlap (docs/performance.md).
    if start.after_first_frame is not None:
        start.after_first_frame()


def unlock(start: Startup) -> None:
    """An encrypted diary: the lock screen asks for the passphrase until it opens the diary or the
    person quits. A wrong passphrase is said there, and the person tries again."""
    # The ORM and migrations cost a quarter of a second to import: only once the window shows.
    from valuesdesk.services import needs_passphrase

    window = start.window
    assert window is not None, "paint comes first"
    if not needs_passphrase(start.data_dir):
        return
    window.conceal()
    while start.services is None:
        passphrase = window.lock_screen.wait_for_passphrase()
        if passphrase is None:
            raise StartupCancelled("ValuesDesk was closed before the diary was unlocked.")
        try:
            start.services = open_folder(start, passphrase)
        except WrongPassphrase as error:
            log.info("start-up: the passphrase did not open the diary")
            window.lock_screen.refuse(error_texts.message(error))
        finally:
            window.lock_screen.set_busy(False)
    window.reveal()


def open_data(start: Startup) -> None:
    if start.services is None:  # not opened with a passphrase by ``unlock``
        start.services = open_folder(start, None)


def open_folder(start: Startup, passphrase: Passphrase | None) -> Services:
    """The data folder's services, opened with ``passphrase`` when it is encrypted."""
    from valuesdesk.services import open_services

    try:
        return open_services(start.data_dir, passphrase)
    except AlreadyRunning as error:
        if start.in_tray:  # a start at login while ValuesDesk runs already: nothing to show or say
            raise StartupCancelled("ValuesDesk is running already.") from error
        from valuesdesk.ui.activation import request_activation

        if request_activation(start.data_dir):
            error.detail = "Its window has been brought to the front."
        raise
    except RestorableStartupError as error:
        # A damaged or empty data file, kept as it is: offer the newest good backup in its place.
        if error.backup_path is None or not offer_restore(start, error, error.backup_path, passphrase):
            raise
        return open_services(start.data_dir, passphrase)


def offer_restore(
    start: Startup, error: RestorableStartupError, backup_path: Path, passphrase: Passphrase | None
) -> bool:
    """Say what is wrong (on stderr too) with "Restore This Backup" and "Quit"; True once the
    backup is in place (encrypted with ``passphrase`` when given). Quitting stops start-up without
    saying it twice."""
    from valuesdesk.services import restore_data_folder

    print(f"ValuesDesk: {error}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, error.title, error.message, parent=start.window)
    box.setInformativeText(error.detail)
    restore = box.addButton("Restore This Backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        error.shown = True
        return False
    log.info("restoring the newest good backup at start")
    restore_data_folder(start.data_dir, backup_path, passphrase)
    return True


def attach_areas(start: Startup) -> None:
    assert start.window is not None and start.services is not None, "paint and open_data come first"
    start.window.attach(make_context(start.services, start.window))


def ask_who_for(start: Startup) -> SignalInstance | None:
    # A first start asks whether ValuesDesk is for the person or for their clients: once the diary is
    # unlocked and open, in place of the work areas, and start-up goes on once it is answered.
    assert start.window is not None, "paint comes first"
    return start.window.ask_first_use()


def offer_privacy(start: Startup) -> None:
    # A data folder that other users can read: said once, with a button that makes it private.
    from valuesdesk.ui.private_folder import offer_privacy as offer

    assert start.window is not None and start.settings is not None, "paint comes first"
    offer(start.window, start.data_dir, start.settings)


def back_up_daily(start: Startup) -> None:
    # Today's backup, if there is none yet, in a worker thread: typing never waits for it, and a
    # failure is said quietly in the status bar.
    assert start.window is not None, "attach_areas comes first"
    start.window.backups.start_daily_backups()


def remind(start: Startup) -> None:
    # The reminders: the tray icon, the timer set to the next one, and once, what was missed since the last run.
    from valuesdesk.ui.reminders.service import ReminderService

    assert start.window is not None and start.settings is not None, "attach_areas comes first"
    reminders = ReminderService(start.window, start.settings, start.data_dir)
    reminders.start()
    if start.in_tray and not reminders.put_away():
        reminders.open_window()  # the tray could not take it after all: the window, as at any start


def listen_for_activation(start: Startup) -> None:
    # Qt's network module loads here, not before the first frame.
    from valuesdesk.ui.activation import ActivationServer

    assert start.window is not None, "paint comes first"
    ActivationServer(start.data_dir, start.window).activated.connect(start.window.bring_to_front)


STARTUP_STEPS: tuple[StartupStep, ...] = (
    paint,
    begin_in_background,
    unlock,
    open_data,
    attach_areas,
    back_up_daily,
    listen_for_activation,
    ask_who_for,
    remind,  # after the first start's question: reminders, and a start at login put away in the tray
    offer_privacy,  # last: its question waits for an answer, and nothing else should wait for it
)


def run_steps(start: Startup, steps: Sequence[StartupStep]) -> None:
    """Run ``steps`` in order; the first that fails stops start-up and says why."""
    for index, step in enumerate(steps):
        try:
            wait_for = step(start)
        except ValuesDeskError as error:
            log.error("start-up stopped at %s: %s", step.__name__, type(error).__name__)
            stop(start, error)
            return
        except Exception as error:  # a window forever "Opening your data…" would be worse than stopping
            log.error("start-up failed at %s: %s", step.__name__, type(error).__name__)
            stop(start, StartupError("ValuesDesk could not start.", detail=f"{type(error).__name__}: {error}"))
            return
        if wait_for is not None:
            wait_for.connect(functools.partial(run_steps, start, steps[index + 1 :]))
            return


def stop(start: Startup, error: ValuesDeskError) -> None:
    if not getattr(error, "shown", False):  # said already, as the restore offer
        print(f"ValuesDesk: {error}", file=sys.stderr)
        show_error(start.window, error)
    if start.window is not None:
        start.window.discard()
    start.exit_code = error.exit_code
    start.app.exit(error.exit_code)


def run_gui(data_dir: Path, *, in_tray: bool = False, after_first_frame: Callable[[], object] | None = None) -> int:
    """The window's start-up; ``after_first_frame`` begins once the window has painted (see ``Startup``)."""
    # Windows Setup and Uninstall wait while any ValuesDesk holds this (a no-op elsewhere).
    hold_app_mutex()
    start = Startup(application(), data_dir, in_tray=in_tray, after_first_frame=after_first_frame)
    install_fault_handler(lambda: start.window)  # any fault in the window: logged, explained, survived
    # SIGTERM, SIGINT, SIGHUP and the session's end save everything pending, then quit with 0.
    session_end = install_session_end(start.app, lambda: start.window)
    run_steps(start, STARTUP_STEPS)
    code = start.exit_code if start.exit_code is not None else start.app.exec()
    session_end.uninstall()
    if start.services is not None:
        start.services.close()
    return code
