"""A try-on's values checks in the diary: the check before it and the check after it, side by side.

Qt-free HTML for ``diary_document``'s PDF (whose style sheet it uses: ``p.label``, ``td.key``) and a
Markdown table for ``markdown``, in the same place of each try-on (after its facts, before its days);
the domains and the composite are those of ``domain/life_domains.py``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from valuesdesk.domain.dates import long_date
from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE, CheckMoment

if TYPE_CHECKING:
    from valuesdesk.services.reports import ExperimentDiary
    from valuesdesk.services.values_check import ValuesCheckView

CHECKS_LABEL = "Values check before and after"
SKIPPED = "–"
COMPOSITE_LABEL = "Composite (1–100)"
NOTE = (
    "Each domain rated 1–10: how much it matters, and how much it was lived. The composite (1–100) is the "
    "mean of importance × consistency over the rated domains; a skipped domain (–) is left out of it."
)


def _heading(check: ValuesCheckView | None, moment: CheckMoment) -> str:
    if check is None:
        return "Before the try-on: no check" if moment is CheckMoment.START else "After the try-on: no check yet"
    linked = check.link is not None and check.link.moment is moment
    words = {
        (CheckMoment.START, True): "As the try-on began",
        (CheckMoment.START, False): "Before the try-on",
        (CheckMoment.END, True): "As it ended",
        (CheckMoment.END, False): "After the try-on",
    }[moment, linked]
    return f"{words}, {long_date(check.taken_on)}"


def _number(value: int | None) -> str:
    return SKIPPED if value is None else str(value)


def _cells(check: ValuesCheckView | None, key: str) -> list[str]:
    if check is None:
        return ["", ""]
    rating = check.rating(key)
    return [_number(rating.importance), _number(rating.consistency)]


def _composites(before: ValuesCheckView | None, after: ValuesCheckView | None) -> list[str]:
    return ["" if check is None or check.composite is None else f"{check.composite:.1f}" for check in (before, after)]


def checks_html(section: ExperimentDiary) -> list[str]:
    """The table of the section's checks, or nothing when neither was taken (or none was asked for)."""
    around = section.values_checks
    if not around:
        return []
    before, after = around.before, around.after
    sides = ((before, CheckMoment.START), (after, CheckMoment.END))
    parts = [
        f'<p class="label">{CHECKS_LABEL}</p>',
        '<table cellspacing="0">',
        '<tr><td class="key"></td>'
        + "".join(f'<td class="key" colspan="2">{html.escape(_heading(c, m))}</td>' for c, m in sides)
        + "</tr>",
        '<tr><td class="key">Life domain</td>' + '<td class="key">Matters</td><td class="key">Lived</td>' * 2 + "</tr>",
    ]
    for domain in LIFE_DOMAIN_TABLE:
        cells = _cells(before, domain.key) + _cells(after, domain.key)
        parts.append(f"<tr><td>{html.escape(domain.name)}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    parts.append(
        f'<tr><td class="key">{COMPOSITE_LABEL}</td>'
        + "".join(f'<td colspan="2"><b>{value}</b></td>' for value in _composites(before, after))
        + "</tr>"
    )
    parts += ["</table>", f'<p class="kicker">{html.escape(NOTE)}</p>']
    return parts


def checks_markdown(section: ExperimentDiary) -> list[str]:
    """The same table as Markdown lines (each check's heading above it: a Markdown table spans no columns),
    or nothing when neither check was taken."""
    around = section.values_checks
    if not around:
        return []
    before, after = around.before, around.after
    lines = [f"**{CHECKS_LABEL}**", ""]
    lines += [f"- {_heading(before, CheckMoment.START)}", f"- {_heading(after, CheckMoment.END)}", ""]
    lines += [
        "| Life domain | Matters, before | Lived, before | Matters, after | Lived, after |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for domain in LIFE_DOMAIN_TABLE:
        lines.append(f"| {domain.name} | " + " | ".join(_cells(before, domain.key) + _cells(after, domain.key)) + " |")
    composite_before, composite_after = (f"**{value}**" if value else "" for value in _composites(before, after))
    lines += [f"| **{COMPOSITE_LABEL}** | {composite_before} | | {composite_after} | |", "", f"*{NOTE}*", ""]
    return lines
