"""Exports and imports: a registry of file formats, each declared once."""
