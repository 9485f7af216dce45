"""The "Ten Steps to Trying on a Value" wizard: one page per step of the worksheet (``wizard.TryOnWizard``)."""
