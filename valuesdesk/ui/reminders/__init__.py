"""Reminders: the shell's reminder service (``service.ReminderService``), its tray icon and the system's
notifications. Nothing is imported here: Settings ▸ Reminders is built with the window, the service after it."""
