"""The Daily Reactions Diary area."""
