"""The Daily Reactions Diary as Markdown text.

The person's words are escaped so that they read as written and can never change the document:
no line of theirs becomes a heading (also a setext underline), a list, a quote, a code block or
fence, a table, a rule, HTML (``<script>``, an unclosed ``<!--``), a link or an image, and no
character emphasis, code or an entity; each of their line breaks stays a line break.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from valuesdesk.domain import CHECK_IN_LABEL
from valuesdesk.domain.dates import long_date
from valuesdesk.exports import diary_text
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import DIARY
from valuesdesk.exports.values_check_text import checks_markdown

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport

# Characters that mean something anywhere in a line (code, emphasis, links and images, HTML and comments,
# entities, tables, strikethrough, headings with their closing #s, and the escape itself); a backslash
# before each makes it plain text (CommonMark).
INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>&|~#])")
# What makes a line a quote, a list item, a rule or a setext underline, after its indentation.
LINE_MARKUP = re.compile(r"^([ \t]*)([>+=-]|[0-9]+[.)])")
LEADING_BLANKS = re.compile(r"^[ \t]+")
# Ends a line inside a paragraph with a hard line break (CommonMark), so that the person's line breaks stay.
HARD_BREAK = "\\"


def _line(text: str) -> str:
    # Spaces at the end would be a hard break of their own, or nothing: the breaks are made by block().
    text = INLINE_MARKUP.sub(r"\\\1", text.rstrip())
    text = LINE_MARKUP.sub(lambda match: match[1] + match[2][:-1] + "\\" + match[2][-1], text)
    # Indentation would make a code block after an empty line: no-break spaces keep it without that meaning.
    return LEADING_BLANKS.sub(lambda match: "\u00a0" * len(match[0].expandtabs(4)), text)


def block(text: str) -> str:
    """The person's text as Markdown paragraphs: each line break kept, empty lines between paragraphs."""
    lines = [_line(line) for line in text.strip().splitlines()]
    return "\n".join(
        line + HARD_BREAK if line and index + 1 < len(lines) and lines[index + 1] else line
        for index, line in enumerate(lines)
    )


def inline(text: str) -> str:
    """The person's text inside a heading or a list item: on one line."""
    return _line(" ".join(text.split()))


def markdown(report: DiaryReport) -> str:
    lines = [f"# {diary_text.DOCUMENT_TITLE}", ""]
    if diary_text.span(report):
        lines += [f"*{diary_text.span(report)}*", ""]
    for section in report.experiments:
        lines += [f"## {inline(section.title)}", ""]
        if section.value_meaning.strip():
            lines += [f"**{diary_text.MEANING_LABEL}**", "", block(section.value_meaning), ""]
        if section.chosen_behaviors:
            lines += [f"**{diary_text.CHOSEN_LABEL}**", ""] + [f"- {inline(text)}" for text in section.chosen_behaviors]
            lines += [""]
        if section.plan.strip() or section.plan_items:
            lines += [f"**{diary_text.PLAN_LABEL}**", ""]
            if section.plan.strip():
                lines += [block(section.plan), ""]
            lines += [f"- {inline(text)}" for text in section.plan_items] + ([""] if section.plan_items else [])
        facts = [
            f"- {label}: {text}"
            for label, text in (
                ("Planned for", diary_text.planned_for(section)),
                ("Trying it on", diary_text.trying_on(section)),
                ("Next session", long_date(section.next_session_date) if section.next_session_date else ""),
            )
            if text
        ]
        if facts:
            lines += [*facts, ""]
        lines += checks_markdown(section)
        if not section.days:
            lines += [f"*{diary_text.NO_DAYS}*", ""]
        for day in section.days:
            lines += [f"### {diary_text.day_heading(day)}", ""]
            lines += [f"**{CHECK_IN_LABEL}** {diary_text.check_in_text(day)}", ""]
            for field, text in diary_text.written(day):
                lines += [f"**{field.label}**", "", block(text), ""]
            if day.note.strip():
                lines += [f"**{diary_text.NOTE_LABEL}**", "", block(day.note), ""]
    if report.other_notes:
        lines += [f"## {diary_text.OTHER_NOTES_TITLE}", ""]
        for note in report.other_notes:
            lines += [f"### {long_date(note.day)}", "", block(note.text), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


register_format(
    ExportFormat(
        key="md",
        label="Diary as Markdown text",
        suffix=".md",
        file_filter="Markdown text (*.md)",
        title=diary_text.DOCUMENT_TITLE,
        source=DIARY,
        render=lambda report: markdown(report).encode("utf-8"),
    )
)
