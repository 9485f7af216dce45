"""The "Values" area: the values check (ten life domains rated) and the picture of the checks over time."""

from valuesdesk.ui.values.page import ValuesPage

__all__ = ["ValuesPage"]
