"""The reminder service of the application shell: a timer set to the next reminder, the tray icon
and its menu, the system's notifications, and closing the window into the tray by choice.

Which reminders are due is the domain's (``valuesdesk.domain.reminders``), on the one clock; the
service reads what it needs through the services (``ExperimentService.reminder_sources``: no diary
text) and keeps the last reading, so that a locked diary still reminds (neutrally: while locked a
notification never names the value or the plan, and "Check In Now" asks to unlock first).

The timer is a single shot set to the next reminder's minute, never longer than
:data:`LONGEST_WAIT`; when the computer wakes from sleep (``AwayWatcher``'s sleep detector) it
looks at once, and what came meanwhile is collected into one "missed" notification. Without a
system tray (some Linux desktops) the reminders show in the window's status bar while it is open,
and closing the window quits.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from valuesdesk.autostart import LoginStart, login_start, start_command
from valuesdesk.domain import CheckInOutcome, dates, value_title
from valuesdesk.domain.reminders import (
    DEFAULT_CHECK_IN_TIME,
    DEFAULT_MORNING_TIME,
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderSource,
    check_in_due_today,
    due,
    next_at,
    snooze,
)
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import local_dates
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.reminders.choices import kinds_on, quiet_days, reminders_on
from valuesdesk.ui.settings import (
    KEEP_RUNNING,
    REMINDER_CHECK_IN_TIME,
    REMINDER_DETAILS,
    REMINDER_MORNING_TIME,
    REMINDER_QUIET_DAYS,
    REMINDER_SNOOZE_MINUTES,
    REMINDERS_LAST_CHECK,
    REMINDERS_PAUSED,
    KeepRunning,
    Settings,
)

if TYPE_CHECKING:
    from valuesdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The timer never waits longer than this: after sleep or a change of the clock it looks again.
LONGEST_WAIT = dt.timedelta(minutes=30)
NOTIFICATION_MS = 15_000
REREAD_MS = 1_000


def _time(text: str, default: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return default


def reminder_settings(settings: Settings) -> ReminderSettings:
    """The person's choices, as the domain takes them."""
    return ReminderSettings(
        kinds=kinds_on(settings),
        check_in_time=_time(settings.get(REMINDER_CHECK_IN_TIME), DEFAULT_CHECK_IN_TIME),
        morning_time=_time(settings.get(REMINDER_MORNING_TIME), DEFAULT_MORNING_TIME),
        quiet_days=quiet_days(settings.get(REMINDER_QUIET_DAYS)),
    )


class ReminderService(QObject):
    """Owned by the shell (the start-up step ``remind``), parented to the window it reminds from."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        data_dir: Path,
        *,
        tray_available: bool | None = None,
        login: LoginStart | None = None,
        quit_program: Callable[[], None] = QApplication.quit,
    ) -> None:
        super().__init__(window)
        self.setObjectName("reminderService")
        self._window = window
        self._settings = settings
        self._data_dir = data_dir
        self._quit_program = quit_program
        self.login = login or login_start()
        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self._sources: tuple[ReminderSource, ...] = ()
        self._snoozed: list[Reminder] = []
        self.last_shown: tuple[Reminder, ...] = ()  # what the latest notification was about
        self.last_notification = ""  # its text, as shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # at the minute, not 5 % of half an hour off
        self.timer.timeout.connect(self.check)
        # Typing in the wizard saves every second or so: the experiments are read again once it pauses.
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_MS)
        self._reread.timeout.connect(self._data_changed)

        self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.tray.messageClicked.connect(self.open_reminded)
        self.tray.activated.connect(self._tray_activated)
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(self.tr("&Open ValuesDesk"), self.open_window)
        self.check_in_menu = self.menu.addMenu(self.tr("&Check In Now"))
        self.check_in_menu.aboutToShow.connect(self.fill_check_in_menu)
        self.snooze_action = self.menu.addAction("", self.snooze_last)
        self.pdf_action = self.menu.addAction(self.tr("&Save the Diary as PDF…"), self.save_diary_pdf)
        self.menu.addSeparator()
        self.pause_action = self.menu.addAction(self.tr("&Pause Reminders"))
        self.pause_action.setCheckable(True)
        self.pause_action.setChecked(settings.get(REMINDERS_PAUSED))
        self.pause_action.toggled.connect(self.pause)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("&Quit ValuesDesk"), self.quit)
        # Filled again when shown (locked or not, as it is now), and whenever the data changes: some
        # trays show a copy of the menu made beforehand (Linux's StatusNotifier over D-Bus).
        self.menu.aboutToShow.connect(self._update_menu)
        self.tray.setContextMenu(self.menu)
        self._update_menu()

        window.close_to_tray = self.close_to_tray
        window.installEventFilter(self)
        context = window.context
        if context is not None:
            context.events.data_changed.connect(self._changed_elsewhere)
        # Unlocking emits data_changed(ALL): the experiments are read again then.
        # Woken from sleep (or the screen locked): what came meanwhile is said now, the timer set anew.
        window.locker.away_watcher.away.connect(self._away)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() is QEvent.Type.Show:
            # Shown again (the tray's Open, a notification, another start on this folder): the program
            # ends with its window again, as File ▸ Quit and a closed window expect.
            QApplication.setQuitOnLastWindowClosed(True)
        return False

    # The schedule -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        context = self._window.context
        return self._window.concealed or context is None or context.services.locked

    @property
    def settings(self) -> ReminderSettings:
        return reminder_settings(self._settings)

    @property
    def reminding(self) -> bool:
        """Whether any kind of reminder is on and they are not paused."""
        return reminders_on(self._settings)

    def start(self) -> None:
        """At start: say once what was missed since the last run, then wait for the next reminder."""
        self.update_tray()
        self.check()

    def refresh(self) -> None:
        """Read the experiments again (kept as they were while the diary is locked)."""
        if self.locked:
            return
        context = self._window.context
        assert context is not None, "unlocked means open"
        try:
            self._sources = context.services.experiments.reminder_sources()
        except ValuesDeskError as error:
            log.warning("reminders: could not read the experiments (%s)", type(error).__name__)

    def check(self) -> None:
        """Say what is due now, remember when this was, and set the timer for the next reminder."""
        self.refresh()
        now = dates.local_now()
        last_run = self._last_check()
        if self.reminding:
            result = due(self._sources, self.settings, last_run, now, self._snoozed)
            self._snoozed = [reminder for reminder in self._snoozed if reminder.at > now]
            # One notification, never a burst: what is due now, and how many were missed meanwhile.
            texts = [self.reminder_text(result.on_time)] if result.on_time else []
            if result.missed:
                texts.append(self.missed_text(len(result.missed)))
            if texts:
                self.notify("\n".join(texts), result.on_time or result.missed[-1:])
        self._settings.set(REMINDERS_LAST_CHECK, now.isoformat(timespec="seconds"))
        self._settings.sync()
        self._update_menu()  # a new day has its own check-ins to answer
        self.schedule()

    def schedule(self) -> None:
        """The timer, at the next reminder's minute (at most :data:`LONGEST_WAIT` away)."""
        self.timer.stop()
        coming = self.next_reminder()
        self._say_when(coming)
        if not self.reminding:
            return
        wait = LONGEST_WAIT if coming is None else min(coming - dates.local_now(), LONGEST_WAIT)
        self.timer.start(max(1000, int(wait.total_seconds() * 1000)))

    def _say_when(self, coming: dt.datetime | None) -> None:
        """The tray icon's tooltip: when the next reminder comes; never what it is about."""
        if self._settings.get(REMINDERS_PAUSED):
            text = self.tr("ValuesDesk: reminders paused")
        elif coming is None:
            text = self.tr("ValuesDesk: no reminder coming")
        else:
            time = QLocale().toString(QTime(coming.hour, coming.minute), QLocale.FormatType.ShortFormat)
            if coming.date() == dates.today():
                text = self.tr("ValuesDesk: next reminder at %1").replace("%1", time)
            else:
                text = self.tr("ValuesDesk: next reminder on %1 at %2")
                text = text.replace("%1", local_dates.short_day(coming.date())).replace("%2", time)
        self.tray.setToolTip(text)

    def next_reminder(self) -> dt.datetime | None:
        return next_at(self._sources, self.settings, dates.local_now(), self._snoozed) if self.reminding else None

    def _last_check(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self._settings.get(REMINDERS_LAST_CHECK))
        except ValueError:
            return None

    def settings_changed(self) -> None:
        """Settings ▸ Reminders changed something: follow it at once."""
        self.pause_action.setChecked(self._settings.get(REMINDERS_PAUSED))
        self.update_tray()
        self.schedule()

    def _changed_elsewhere(self, _kind: str) -> None:
        self._reread.start()

    def _data_changed(self) -> None:
        self.refresh()
        self._update_menu()
        self.schedule()

    def _away(self, _reason: str) -> None:
        self.check()

    # What the person sees ------------------------------------------------------------------------

    def notify(self, text: str, about: tuple[Reminder, ...] = ()) -> None:
        """A notification through the system's tray; without one, in the window's status bar."""
        self.last_shown = about
        self.last_notification = text
        self._update_menu()
        log.info("reminders: notified (%s)", ", ".join(sorted({reminder.kind.value for reminder in about})) or "note")
        if self.tray_available:
            self.tray.showMessage(self.tr("ValuesDesk"), text, self.tray.icon(), NOTIFICATION_MS)
        else:
            self._window.statusBar().showMessage(text)
            QApplication.alert(self._window)

    def send_test(self) -> None:
        """Settings ▸ Reminders ▸ Send a Test Notification."""
        self.notify(self.tr("This is how ValuesDesk reminds you."))

    def missed_text(self, count: int) -> str:
        return self.tr("You missed %n ValuesDesk reminder(s) while it was not running.", "", count)

    def reminder_text(self, reminders: tuple[Reminder, ...]) -> str:
        """Neutral, unless the person chose to see what a reminder is about and the diary is unlocked."""
        if len(reminders) > 1:
            return self.tr("You have %n ValuesDesk reminders.", "", len(reminders))
        reminder = reminders[0]
        details = self._settings.get(REMINDER_DETAILS) and not self.locked
        title = value_title(reminder.value_name)
        if reminder.kind is ReminderKind.CHECK_IN:
            if details:
                return self.tr("Did you enact “%1” today? Time for your check-in.").replace("%1", title)
            return self.tr("Time for your ValuesDesk check-in")
        if reminder.kind is ReminderKind.PLAN:
            if details:
                return self.tr("Your plan for “%1” starts now.").replace("%1", title)
            return self.tr("Time for your ValuesDesk plan")
        if reminder.kind is ReminderKind.PLAN_ITEM:
            if details and reminder.item is not None:
                return self.tr("Due today on your checklist: %1").replace("%1", reminder.item.text)
            return self.tr("Something on your ValuesDesk checklist is due today")
        if reminder.kind is ReminderKind.SESSION_EVE:
            return self.tr("A ValuesDesk reminder for tomorrow: bring your diary.")
        return self.tr("A ValuesDesk reminder for today: bring your diary.")

    def update_tray(self) -> None:
        self.tray.setVisible(self.tray_available and (self.reminding or self._settings.get(REMINDERS_PAUSED)))

    def _update_menu(self) -> None:
        self.fill_check_in_menu(read_again=False)
        minutes = self._settings.get(REMINDER_SNOOZE_MINUTES)
        self.snooze_action.setText(self.tr("S&nooze for %n minute(s)", "", minutes))
        last = self.last_shown[-1] if self.last_shown else None
        self.snooze_action.setEnabled(last is not None)
        self.pdf_action.setVisible(
            last is not None and last.kind in (ReminderKind.SESSION_EVE, ReminderKind.SESSION_MORNING)
        )
        self.pdf_action.setEnabled(not self.locked)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    # The tray's menu ----------------------------------------------------------------------------

    def open_window(self) -> None:
        self._window.bring_to_front()

    def open_reminded(self) -> None:
        """A click on the notification: the day or page it is about (the lock screen first, if locked)."""
        self.open_window()
        if self.locked or not self.last_shown:
            return
        reminder = self.last_shown[-1]
        if reminder.kind is ReminderKind.CHECK_IN:
            self._window.open_diary(reminder.experiment_id)
            self._window.diary_page.select_day(reminder.day)
        elif reminder.kind in (ReminderKind.PLAN, ReminderKind.PLAN_ITEM):
            self._window.show_area("experiments")
            self._window.experiments_page.open_experiment(reminder.experiment_id)
        else:
            self._window.export_diary_pdf(reminder.experiment_id)

    def fill_check_in_menu(self, *, read_again: bool = True) -> None:
        """Yes, Partly, No for each try-on of today without a check-in; after unlocking only."""
        menu = self.check_in_menu
        menu.clear()
        if self.locked:
            menu.addAction(self.tr("Unlock ValuesDesk to Check In…"), self.open_window)
            return
        if read_again:
            self.refresh()
        today = dates.today()
        waiting = check_in_due_today(self._sources, today)
        if not waiting:
            menu.addAction(self.tr("Nothing to check in today")).setEnabled(False)
            return
        for ref in waiting:
            target = menu if len(waiting) == 1 else menu.addMenu(value_title(ref.value_name))
            target.addSection(self.tr("Did I enact the value?"))
            for outcome, label in (
                (CheckInOutcome.YES, self.tr("&Yes")),
                (CheckInOutcome.PARTLY, self.tr("&Partly")),
                (CheckInOutcome.NO, self.tr("N&o")),
            ):
                target.addAction(label, functools.partial(self.check_in, ref.id, outcome))

    def check_in(self, experiment_id: int, outcome: CheckInOutcome) -> bool:
        """Write today's check-in from the tray; refused (the window opens to unlock) while locked."""
        context = self._window.context
        if self.locked or context is None:
            self.open_window()
            return False
        try:
            context.services.diary.set_check_in(experiment_id, dates.today(), outcome)
        except ValuesDeskError as error:
            show_error(self._window if self._window.isVisible() else None, error)
            return False
        context.events.changed(DataKind.DIARY)
        done = self.tr("Checked in for today.")
        if self._window.isVisible():
            self._window.statusBar().showMessage(done, 8000)
        else:  # answered from the tray with the window put away: said where the person is looking
            self.tray.showMessage(self.tr("ValuesDesk"), done, self.tray.icon(), NOTIFICATION_MS)
        return True

    def snooze_last(self) -> None:
        minutes = self._settings.get(REMINDER_SNOOZE_MINUTES)
        self._snoozed += [snooze(reminder, dates.local_now(), minutes) for reminder in self.last_shown]
        self.last_shown = ()
        self._update_menu()
        self.schedule()

    def save_diary_pdf(self) -> None:
        if self.last_shown and not self.locked:
            self.open_window()
            self._window.export_diary_pdf(self.last_shown[-1].experiment_id)

    def pause(self, paused: bool) -> None:
        self._settings.set(REMINDERS_PAUSED, paused)
        self._settings.sync()
        if not paused:  # what came while paused was not missed: it was not wanted
            self._settings.set(REMINDERS_LAST_CHECK, dates.local_now().isoformat(timespec="seconds"))
        self.update_tray()
        self.schedule()

    def quit(self) -> None:
        """Quit from the tray: the window closes as File ▸ Quit closes it, saving everything."""
        if self._window.close():
            self.tray.hide()
            self._quit_program()

    # Closing the window -------------------------------------------------------------------------

    def close_to_tray(self) -> bool:
        """The person closed the window: keep running in the tray if they chose so (asked the first
        time, with reminders on); True when the window was put away rather than closed."""
        if not (self.tray_available and self.reminding):
            return False
        if self._settings.get(KEEP_RUNNING) is KeepRunning.NOT_ASKED:
            self._settings.set(KEEP_RUNNING, self.ask_keep_running())
            self._settings.sync()
        if self._settings.get(KEEP_RUNNING) is not KeepRunning.YES:
            return False
        if not self._window.save_pending():
            return True  # the window stays, saying why its text could not be saved
        self._window.save_layout()  # as at quit: a session that ends while it is hidden keeps it
        QApplication.setQuitOnLastWindowClosed(False)  # a dialog closing later must not end the program
        self._window.hide()
        self.tray.showMessage(
            self.tr("ValuesDesk"),
            self.tr("ValuesDesk keeps running in the tray to remind you. Quit it from the tray icon's menu."),
            self.tray.icon(),
            NOTIFICATION_MS,
        )
        return True

    def put_away(self) -> bool:
        """``--in-tray`` (a start at login): the window stays in the tray, quietly, when there is a tray,
        reminders are on and the diary is open; a locked diary's lock screen stays to be unlocked.
        Start-up has not shown the window when it could tell this beforehand (``app.paint``)."""
        if not (self.tray_available and self.reminding) or self.locked:
            return False
        if self._window.isVisible():
            self._window.save_layout()
        QApplication.setQuitOnLastWindowClosed(False)
        self._window.hide()
        return True

    def ask_keep_running(self) -> KeepRunning:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keep Reminding You?"),
            self.tr("Your reminders come only while ValuesDesk runs."),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(
            self.tr(
                "ValuesDesk can keep running in the system tray with its window closed, and remind you. "
                "You can change this in File ▸ Settings ▸ Reminders."
            )
        )
        keep = box.addButton(self.tr("&Keep Running in the Tray"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return KeepRunning.YES if box.clickedButton() is keep else KeepRunning.NO

    # Start at login ----------------------------------------------------------------------------

    def start_at_login(self, on: bool) -> None:
        """Settings ▸ Reminders ▸ Start ValuesDesk when I log in; ``StorageError`` when it cannot."""
        if on:
            self.login.turn_on(start_command(self._data_dir))
        else:
            self.login.turn_off()
