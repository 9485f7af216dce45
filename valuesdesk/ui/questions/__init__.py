"""The Parallel Questions sheet: the dock panel, private notes, session mode, print and PDF."""
