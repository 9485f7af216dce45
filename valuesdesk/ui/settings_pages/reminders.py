"""Settings ▸ Reminders: which reminders, when, the quiet days, the snooze, what a notification shows,
running in the tray, starting at login, and a test notification. Every change applies at once."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.reminders.choices import SNOOZE_CHOICES, quiet_days
from valuesdesk.ui.settings import (
    KEEP_RUNNING,
    REMIND_CHECK_IN,
    REMIND_PLAN,
    REMIND_SESSION,
    REMINDER_CHECK_IN_TIME,
    REMINDER_DETAILS,
    REMINDER_MORNING_TIME,
    REMINDER_QUIET_DAYS,
    REMINDER_SNOOZE_MINUTES,
    BoolSetting,
    KeepRunning,
    Setting,
    Settings,
    TextSetting,
)
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

T = TypeVar("T")

if TYPE_CHECKING:  # settings_dialog imports this module to list the page: the service loads after the window
    from valuesdesk.ui.reminders.service import ReminderService
    from valuesdesk.ui.settings_dialog import SettingsScope

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Reminders")


class RemindersPage(QWidget):
    def __init__(self, settings: Settings, service: ReminderService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        self._settings = settings
        self._service = service
        tray = service is not None and service.tray_available

        kinds = QGroupBox(self.tr("Remind me of"))
        kinds_layout = QVBoxLayout(kinds)
        self.kind_boxes: dict[BoolSetting, QCheckBox] = {}
        for setting, label in (
            (REMIND_CHECK_IN, self.tr("The daily &check-in, on each day of a try-on")),
            (REMIND_PLAN, self.tr("The &plan's start and its checklist's due days")),
            (REMIND_SESSION, self.tr("The next &session, the day before and that morning")),
        ):
            box = self._check_box(label, setting)
            kinds_layout.addWidget(box)
            self.kind_boxes[setting] = box

        self.check_in_time = self._time_edit(REMINDER_CHECK_IN_TIME, self.tr("Check-in time"))
        self.check_in_time.setAccessibleDescription(
            self.tr("For a try-on whose plan sets no check-in time; also the evening before a session.")
        )
        self.morning_time = self._time_edit(REMINDER_MORNING_TIME, self.tr("Morning reminders at"))
        self.morning_time.setAccessibleDescription(self.tr("Checklist items due that day, and a session's morning."))

        self.quiet = QWidget()
        quiet_row = QHBoxLayout(self.quiet)
        quiet_row.setContentsMargins(0, 0, 0, 0)
        chosen = quiet_days(settings.get(REMINDER_QUIET_DAYS))
        self.quiet_boxes: dict[int, QCheckBox] = {}
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1  # Qt's Monday is 1, the domain's 0
        for offset in range(7):
            weekday = (first + offset) % 7
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
            box.setChecked(weekday in chosen)
            box.toggled.connect(self._quiet_days_changed)
            quiet_row.addWidget(box)
            self.quiet_boxes[weekday] = box
        quiet_row.addStretch(1)

        self.snooze = QComboBox()
        self.snooze.setObjectName("snoozeMinutes")
        for minutes in SNOOZE_CHOICES:
            self.snooze.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.snooze.setCurrentIndex(max(0, self.snooze.findData(settings.get(REMINDER_SNOOZE_MINUTES))))
        self.snooze.currentIndexChanged.connect(self._snooze_changed)

        self.details = self._check_box(
            self.tr("Show &what a reminder is about (the value, the plan)"), REMINDER_DETAILS
        )
        self.details.setAccessibleDescription(
            self.tr("Notifications can show on the lock screen and in the notification history.")
        )
        details_note = QLabel(
            self.tr(
                "Off, a notification only says that it is time for ValuesDesk: notifications can show on the "
                "lock screen. None ever shows your diary."
            )
        )
        details_note.setWordWrap(True)

        self.keep_running = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.keep_running.setAccessibleName(self.keep_running.text().replace("&", ""))
        self.keep_running.setChecked(settings.get(KEEP_RUNNING) is KeepRunning.YES)
        self.keep_running.setEnabled(tray)
        self.keep_running.toggled.connect(self._keep_running_changed)

        self.at_login = QCheckBox(self.tr("Start ValuesDesk when I &log in"))
        self.at_login.setAccessibleName(self.at_login.text().replace("&", ""))
        self.at_login.setChecked(service is not None and service.login.is_on())
        self.at_login.setEnabled(service is not None)
        self.at_login.toggled.connect(self._at_login_changed)

        self.running_note = QLabel(
            self.tr("Reminders come while ValuesDesk runs, open or in the tray; after you quit it, none come.")
            if tray
            else self.tr(
                "This desktop has no system tray, which reminders need to run in the background: "
                "they come only while the ValuesDesk window is open, in its status bar."
            )
        )
        self.running_note.setObjectName("remindersRunningNote")
        self.running_note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("Send a &Test Notification"))
        self.test_button.setAccessibleName(self.test_button.text().replace("&", ""))
        self.test_button.setEnabled(service is not None)
        if service is not None:
            self.test_button.clicked.connect(service.send_test)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("C&heck-in time:"), self.check_in_time)
        form.addRow(self.tr("&Morning reminders at:"), self.morning_time)
        quiet_label = QLabel(self.tr("Quiet days:"))
        form.addRow(quiet_label, self.quiet)
        form.addRow(self.tr("S&nooze for:"), self.snooze)
        self.snooze.setAccessibleName(self.tr("Snooze for"))

        shown = QGroupBox(self.tr("What a notification shows"))
        shown_layout = QVBoxLayout(shown)
        shown_layout.addWidget(self.details)
        shown_layout.addWidget(details_note)
        background = QGroupBox(self.tr("In the background"))
        background_layout = QVBoxLayout(background)
        background_layout.addWidget(self.keep_running)
        background_layout.addWidget(self.at_login)
        background_layout.addWidget(self.running_note)

        layout = QVBoxLayout(self)
        layout.addWidget(kinds)
        layout.addLayout(form)
        layout.addWidget(shown)
        layout.addWidget(background)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        # The wrapped notes need their height at the page's width: the dialog's stack does not ask for it.
        hint = super().minimumSizeHint()
        layout = self.layout()
        assert layout is not None, "built in __init__"
        return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(max(hint.width(), self.width()))))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())

    def _check_box(self, label: str, setting: BoolSetting) -> QCheckBox:
        box = QCheckBox(label)
        box.setAccessibleName(label.replace("&", ""))
        box.setChecked(self._settings.get(setting))
        box.toggled.connect(lambda on: self._set(setting, on))
        return box

    def _time_edit(self, setting: TextSetting, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setAccessibleName(name)
        try:
            time = dt.time.fromisoformat(self._settings.get(setting))
        except ValueError:
            time = dt.time.fromisoformat(setting.default)
        edit.setTime(QTime(time.hour, time.minute))
        edit.timeChanged.connect(lambda value: self._set(setting, value.toString("HH:mm")))
        return edit

    def _set(self, setting: Setting[T], value: T) -> None:
        self._settings.set(setting, value)
        self._changed()

    def _quiet_days_changed(self) -> None:
        days = sorted(day for day, box in self.quiet_boxes.items() if box.isChecked())
        self._set(REMINDER_QUIET_DAYS, ",".join(str(day) for day in days))

    def _snooze_changed(self) -> None:
        self._settings.set(REMINDER_SNOOZE_MINUTES, self.snooze.currentData())
        self._changed()

    def _keep_running_changed(self, on: bool) -> None:
        self._settings.set(KEEP_RUNNING, KeepRunning.YES if on else KeepRunning.NO)
        self._changed()

    def _at_login_changed(self, on: bool) -> None:
        assert self._service is not None, "enabled only with the service"
        try:
            self._service.start_at_login(on)
        except ValuesDeskError as error:
            show_error(self, error)
            self.at_login.blockSignals(True)
            self.at_login.setChecked(self._service.login.is_on())
            self.at_login.blockSignals(False)

    def _changed(self) -> None:
        self._settings.sync()
        if self._service is not None:
            self._service.settings_changed()


def build(scope: SettingsScope) -> QWidget:
    from valuesdesk.ui.reminders.service import ReminderService

    return RemindersPage(scope.settings, scope.window.findChild(ReminderService))
