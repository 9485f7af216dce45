"""The pages of the Settings dialog, one module per subject, each listed once in settings_dialog.PAGES."""
