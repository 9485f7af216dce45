"""ValuesDesk: a private, offline desktop program for values work in ACT."""

__version__ = "0.1.0"

APP_NAME = "ValuesDesk"
APP_ID = "org.valuesdesk.ValuesDesk"
