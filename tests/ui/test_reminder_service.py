"""The reminder service on the frozen clock: the tray's notifications and menu, the check-in written
from the tray, neutral text, closing into the tray (asked once), and Settings ▸ Reminders."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QSystemTrayIcon

from valuesdesk.app import Startup, StartupCancelled, application, open_data, paint
from valuesdesk.domain import CheckInOutcome, dates
from valuesdesk.paths import database_path, ui_state_path
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.reminders.service import ReminderService
from valuesdesk.ui.settings import (
    AREA,
    KEEP_RUNNING,
    REMIND_CHECK_IN,
    REMINDER_DETAILS,
    REMINDERS_LAST_CHECK,
    USED_FOR,
    WINDOW_GEOMETRY,
    KeepRunning,
    Settings,
    UsedFor,
)
from valuesdesk.ui.settings_pages.reminders import RemindersPage

CHECK_IN_AT = dt.time(10, 45)  # a quarter of an hour after the frozen clock's 10:30


class FakeLogin:
    def __init__(self) -> None:
        self.command: list[str] | None = None

    def is_on(self) -> bool:
        return self.command is not None

    def turn_on(self, command) -> None:
        self.command = list(command)

    def turn_off(self) -> None:
        self.command = None


@pytest.fixture(autouse=True)
def _quit_on_last_window_closed() -> Iterator[None]:
    """Closing into the tray keeps the program running after its last window: undone after each test."""
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def window(make_window, make_experiment):
    window = make_window()
    services = window.context.services
    experiment_id = make_experiment(services=services, start=dates.today() - dt.timedelta(days=1), days=7)
    services.experiments.update(experiment_id, checkin_time=CHECK_IN_AT)
    window.experiment_id = experiment_id
    return window


@pytest.fixture
def shown() -> list[tuple[str, str]]:
    """The notifications the ``remind`` fixture's service showed, as (title, text)."""
    return []


@pytest.fixture
def remind(window, data_dir, monkeypatch, shown):
    """A reminder service on ``window`` with a tray, its notifications recorded in ``shown``."""

    def make(tray: bool = True) -> ReminderService:
        service = ReminderService(
            window, Settings(ui_state_path(data_dir)), data_dir, tray_available=tray, login=FakeLogin()
        )
        monkeypatch.setattr(service.tray, "showMessage", lambda title, text, *_: shown.append((title, text)))
        return service

    return make


def settings_of(data_dir) -> Settings:
    return Settings(ui_state_path(data_dir))


def check_ins_on_disk(data_dir) -> list[tuple[str, str]]:
    with sqlite3.connect(database_path(data_dir)) as connection:
        return connection.execute("SELECT day, outcome FROM check_in").fetchall()


def test_the_check_in_reminder_fires_at_its_minute_with_neutral_text(shown, remind, clock, window):
    service = remind()
    service.start()
    assert shown == []  # a first run: nothing was missed
    assert service.next_reminder() == dt.datetime.combine(clock.today, CHECK_IN_AT)
    # The timer is set to that minute, not ticking every second.
    assert service.timer.isActive()
    assert abs(service.timer.remainingTime() - 15 * 60_000) < 2_000
    assert service.tray.toolTip() == "ValuesDesk: next reminder at 10:45"  # when, never what about

    clock.advance(dt.timedelta(minutes=15))
    service.timer.timeout.emit()
    assert shown == [("ValuesDesk", "Time for your ValuesDesk check-in")]
    assert "Kindness" not in service.last_notification
    # Tomorrow's is next.
    assert service.next_reminder() == dt.datetime.combine(clock.today + dt.timedelta(days=1), CHECK_IN_AT)
    assert service.tray.toolTip() == "ValuesDesk: next reminder on 19 Nov 2026 at 10:45"


def test_the_value_is_named_only_when_the_person_chooses_and_never_while_locked(remind, clock, window, data_dir):
    settings = settings_of(data_dir)
    settings.set(REMINDER_DETAILS, True)
    settings.sync()
    service = remind()
    service.start()
    clock.advance(dt.timedelta(minutes=15))
    service.check()
    assert "Kindness" in service.last_notification

    window.conceal()  # as the lock does
    clock.set(dt.datetime.combine(clock.today + dt.timedelta(days=1), CHECK_IN_AT, tzinfo=dt.UTC))
    service.check()
    assert service.last_notification == "Time for your ValuesDesk check-in"


def test_check_in_now_from_the_tray_writes_the_check_in_and_silences_the_day(shown, remind, clock, window, data_dir):
    service = remind()
    service.start()
    service.fill_check_in_menu()
    answers = {action.text(): action for action in service.check_in_menu.actions() if not action.isSeparator()}
    assert {"&Yes", "&Partly", "N&o"} <= answers.keys()
    answers["&Partly"].trigger()
    assert check_ins_on_disk(data_dir) == [(clock.today.isoformat(), "partly")]

    clock.advance(dt.timedelta(minutes=15))
    service.check()
    assert shown == []  # today is checked in
    service.fill_check_in_menu()
    assert [action.text() for action in service.check_in_menu.actions()] == ["Nothing to check in today"]


def test_check_in_now_asks_to_unlock_first(remind, clock, window, data_dir):
    service = remind()
    window.conceal()
    service.fill_check_in_menu()
    assert [action.text() for action in service.check_in_menu.actions()] == ["Unlock ValuesDesk to Check In…"]
    assert not service.check_in(window.experiment_id, CheckInOutcome.YES)
    assert check_ins_on_disk(data_dir) == []


def test_reminders_missed_while_closed_are_said_once_together(shown, remind, clock, window, data_dir, make_experiment):
    services = window.context.services
    earlier = make_experiment("Courage", services=services, start=dates.today() - dt.timedelta(days=3))
    services.experiments.update(earlier, checkin_time=CHECK_IN_AT)
    settings = settings_of(data_dir)
    settings.set(REMINDERS_LAST_CHECK, (dates.local_now() - dt.timedelta(days=3)).isoformat())
    settings.sync()
    service = remind()
    service.start()
    # Three days closed: Courage's check-ins of three days and Kindness's of yesterday came and went unseen.
    assert shown == [("ValuesDesk", "You missed 4 ValuesDesk reminders while it was not running.")]
    service.check()
    assert len(shown) == 1


def test_a_kind_turned_off_in_settings_stops_its_reminders(remind, clock, window, data_dir, qtbot):
    service = remind()
    service.start()
    page = RemindersPage(settings_of(data_dir), service)
    qtbot.addWidget(page)
    box = page.kind_boxes[REMIND_CHECK_IN]
    assert box.isChecked() and box.accessibleName() == "The daily check-in, on each day of a try-on"
    box.click()
    assert settings_of(data_dir).get(REMIND_CHECK_IN) is False
    assert service.next_reminder() is None


def test_closing_the_window_with_reminders_on_asks_once(shown, remind, window, data_dir, monkeypatch):
    service = remind()
    service.start()
    asked = []

    def keep_running(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if "Keep" in button.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_running)
    close_button_clicked(window, monkeypatch)
    assert asked == ["Your reminders come only while ValuesDesk runs."]
    assert not window.isVisible()
    assert settings_of(data_dir).get(KEEP_RUNNING) is KeepRunning.YES
    assert "keeps running in the tray" in shown[-1][1]

    service.open_window()
    assert window.isVisible()
    close_button_clicked(window, monkeypatch)
    assert len(asked) == 1 and not window.isVisible()
    window.close()  # File ▸ Quit: closes for good, never into the tray
    assert len(asked) == 1


def close_button_clicked(window, monkeypatch) -> None:
    """A close from the window system (the title bar's button) is spontaneous; close() from code is not."""
    with monkeypatch.context() as patch:
        patch.setattr(QCloseEvent, "spontaneous", lambda _event: True)
        window.close()


def test_without_a_tray_closing_quits_and_reminders_show_in_the_window(
    shown, remind, clock, window, monkeypatch, qtbot
):
    service = remind(tray=False)
    service.start()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("nothing to ask without a tray"))
    assert service.close_to_tray() is False
    clock.advance(dt.timedelta(minutes=15))
    service.check()
    assert shown == []
    assert window.statusBar().currentMessage() == "Time for your ValuesDesk check-in"
    page = RemindersPage(settings_of(window.context.services.data_dir), service)
    qtbot.addWidget(page)
    assert "no system tray" in page.running_note.text() and not page.keep_running.isEnabled()


def test_the_settings_page_turns_start_at_login_on_and_off(window, data_dir, qtbot, tmp_path):
    service = ReminderService(window, settings_of(data_dir), data_dir, tray_available=True)  # the real login start
    dialog = window.show_settings("Reminders")
    page = dialog.findChild(RemindersPage)
    assert page is not None and dialog.pages.currentWidget() is page
    entry = tmp_path / "xdg-config" / "autostart" / "org.valuesdesk.ValuesDesk.desktop"
    assert not page.at_login.isChecked()
    page.at_login.click()
    assert entry.is_file() and f"--data-dir {data_dir}" in entry.read_text(encoding="utf-8")
    page.at_login.click()
    assert not entry.exists()
    assert service.login.is_on() is False
    names = {box.accessibleName() for box in page.findChildren(QCheckBox)}
    assert "Start ValuesDesk when I log in" in names and "Keep running in the tray when the window is closed" in names
    dialog.close()


def test_a_changed_check_in_time_moves_the_timer(remind, clock, window):
    service = remind()
    service.start()
    window.context.services.experiments.update(window.experiment_id, checkin_time=dt.time(10, 50))
    window.context.events.changed(DataKind.EXPERIMENTS)
    assert service._reread.isActive()  # read once the saving pauses, not on every save
    service._reread.timeout.emit()
    assert service.next_reminder() == dt.datetime.combine(clock.today, dt.time(10, 50))
    assert abs(service.timer.remainingTime() - 20 * 60_000) < 2_000


def test_clicking_a_check_in_notification_opens_its_day_in_the_diary(remind, clock, window):
    service = remind()
    service.start()
    window.show_area("experiments")
    clock.advance(dt.timedelta(minutes=15))
    service.check()
    service.tray.messageClicked.emit()
    assert window.current_area() == "diary"
    assert window.diary_page.calendar.selectedDate().toPython() == clock.today


def test_a_start_at_login_puts_the_window_away_in_the_tray_unless_the_diary_is_locked(remind, window):
    service = remind()
    service.start()
    window.conceal()
    assert not service.put_away() and window.isVisible()  # the lock screen waits to be unlocked
    window.reveal()
    assert service.put_away() and not window.isVisible()
    assert not QApplication.quitOnLastWindowClosed()


def test_without_a_tray_a_start_at_login_keeps_the_window(remind, window):
    service = remind(tray=False)
    assert not service.put_away() and window.isVisible()


def test_the_session_reminder_offers_the_diary_as_pdf(remind, clock, window, monkeypatch):
    services = window.context.services
    services.experiments.update(window.experiment_id, next_session_date=clock.today + dt.timedelta(days=1))
    service = remind()
    service.start()
    saved: list[int] = []
    monkeypatch.setattr(window, "export_diary_pdf", saved.append)
    clock.set(dt.datetime.combine(clock.today, dt.time(20, 0), tzinfo=dt.UTC))  # the evening before
    services.diary.set_check_in(window.experiment_id, clock.today, CheckInOutcome.YES)  # no check-in reminder
    service.check()
    assert service.last_notification == "A ValuesDesk reminder for tomorrow: bring your diary."
    service.menu.aboutToShow.emit()
    assert service.pdf_action.isVisible() and service.pdf_action.text() == "&Save the Diary as PDF…"
    service.tray.messageClicked.emit()
    assert saved == [window.experiment_id]


def test_snooze_brings_the_reminder_back_and_pause_silences_them(shown, remind, clock, window):
    service = remind()
    service.start()
    clock.advance(dt.timedelta(minutes=15))
    service.check()
    service.snooze_action.trigger()
    assert service.next_reminder() == dates.local_now() + dt.timedelta(minutes=15)
    clock.advance(dt.timedelta(minutes=15))
    service.check()
    assert len(shown) == 2 and shown[-1] == shown[0]

    service.pause_action.trigger()
    assert service.next_reminder() is None and not service.timer.isActive()
    assert service.tray.toolTip() == "ValuesDesk: reminders paused"
    clock.advance(dt.timedelta(days=1))
    service.check()
    service.pause_action.trigger()  # what came while paused was not wanted: it is not "missed"
    service.check()
    assert len(shown) == 2


def test_closing_into_the_tray_saves_the_layout_a_session_end_would_lose(remind, window, data_dir, monkeypatch):
    settings = settings_of(data_dir)
    settings.set(KEEP_RUNNING, KeepRunning.YES)
    settings.sync()
    service = remind()
    service.start()
    window.show_area("diary")
    window.resize(1000, 700)
    close_button_clicked(window, monkeypatch)
    assert not window.isVisible()
    # Saved as it went: a session that ends now (logout, shutdown) ends it without closing anything.
    saved = settings_of(data_dir)
    assert saved.get(AREA) == "diary"
    geometry = saved.get(WINDOW_GEOMETRY)
    window.resize(800, 500)  # hidden, what it would save now is not what the person last saw
    service.quit_action.trigger()
    assert settings_of(data_dir).get(WINDOW_GEOMETRY) == geometry


def test_shown_again_from_the_tray_file_quit_ends_the_program(remind, window, data_dir, monkeypatch):
    settings = settings_of(data_dir)
    settings.set(KEEP_RUNNING, KeepRunning.YES)
    settings.sync()
    service = remind()
    service.start()
    close_button_clicked(window, monkeypatch)
    assert not QApplication.quitOnLastWindowClosed()
    window.bring_to_front()  # another start on this folder, as the activation server asks
    assert QApplication.quitOnLastWindowClosed()


@pytest.mark.parametrize(("tray", "shown"), [(True, False), (False, True)])
def test_a_start_at_login_paints_nothing_when_the_tray_takes_it(qtbot, filled, monkeypatch, tray, shown):
    settings = settings_of(filled)
    settings.set(USED_FOR, UsedFor.MYSELF)
    settings.sync()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: tray))
    start = Startup(application(), filled, in_tray=True)
    waits_for_frame = paint(start)
    assert start.window is not None
    qtbot.addWidget(start.window)
    # Without a tray it shows, as any start; with one, not even for a moment.
    assert start.window.isVisible() is shown and (waits_for_frame is not None) is shown


def test_a_reminder_due_and_ones_missed_make_one_notification(shown, remind, clock, window, data_dir):
    settings = settings_of(data_dir)
    settings.set(REMINDERS_LAST_CHECK, (dates.local_now() - dt.timedelta(days=1)).isoformat())
    settings.sync()
    clock.advance(dt.timedelta(minutes=15))  # the program starts at the check-in's minute
    service = remind()
    service.start()
    assert shown == [
        ("ValuesDesk", "Time for your ValuesDesk check-in\nYou missed 1 ValuesDesk reminder while it was not running.")
    ]


def test_a_start_at_login_while_it_runs_already_ends_quietly(services, data_dir, monkeypatch):
    # ``services`` holds the data folder, as the ValuesDesk already running does.
    monkeypatch.setattr("valuesdesk.ui.activation.request_activation", lambda _folder: pytest.fail("no window"))
    start = Startup(application(), data_dir, in_tray=True)
    with pytest.raises(StartupCancelled) as ended:  # said nowhere, exit code 0
        open_data(start)
    assert ended.value.shown and ended.value.exit_code == 0


def test_checked_in_from_the_tray_with_the_window_put_away_it_says_so_there(shown, remind, window, data_dir, clock):
    service = remind()
    service.start()
    window.hide()  # in the tray
    service.fill_check_in_menu()
    next(action for action in service.check_in_menu.actions() if action.text() == "&Yes").trigger()
    assert check_ins_on_disk(data_dir) == [(clock.today.isoformat(), "yes")]
    assert shown[-1] == ("ValuesDesk", "Checked in for today.")
