"""The "Ten Steps to Trying on a Value" wizard: one page per step of the worksheet."""

from valuesdesk.ui.wizard.wizard import TryOnWizard

__all__ = ["TryOnWizard"]
