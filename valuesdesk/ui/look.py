"""ValuesDesk's visual language in one place: the spacing scale, the type scale and the style sheet made from them.

Spacing is in device-independent pixels (Qt multiplies them for a screen's scaling). Type sizes are
steps of the body text, whose size is the system's font times the person's text size (Settings ▸
Appearance, 90–200%): so headings, body and secondary text grow together, and a label sized here
never stays small when the text grows. ``resources/styles/app.qss`` is a template of ``$names``
filled by :func:`style_sheet` from these scales; its colours are the palette's roles, which
:mod:`valuesdesk.ui.theme` sets for light and dark.
"""

from __future__ import annotations

import enum
import functools
from string import Template

from valuesdesk.content import resource_path


class Space(enum.IntEnum):
    """The spacing scale: every margin and gap between controls is one of these."""

    HAIRLINE = 2
    TIGHT = 4
    SMALL = 8
    MEDIUM = 12
    LARGE = 16
    WIDE = 24
    SECTION = 32


class TypeStep(float, enum.Enum):
    """The type scale, as multiples of the body text."""

    HEADING = 1.45  # a page's heading ("Welcome to ValuesDesk", an area's title)
    TITLE = 1.2  # a step's title, a day's heading
    LEAD = 1.08  # a page's opening sentence, a placeholder page's text
    BODY = 1.0
    SECONDARY = 0.95  # hints, counts, captions (in the secondary colour)


class ColourScheme(enum.StrEnum):
    """Settings ▸ Appearance: the colours ValuesDesk uses."""

    SYSTEM = "system"  # follows the desktop's light or dark setting, also when it changes
    LIGHT = "light"
    DARK = "dark"


# Settings ▸ Appearance: the text size, in percent of the system's font.
TEXT_SIZE_DEFAULT = 100
TEXT_SIZE_MIN = 90
TEXT_SIZE_MAX = 200
TEXT_SIZE_STEP = 10


# Check boxes and radio buttons at 100% (Fusion's own size), grown with the text.
INDICATOR_SIZE = 14


def clamp_text_size(percent: int) -> int:
    return max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, percent))


def point_size(step: TypeStep, body_points: float) -> float:
    """The size in points of a ``step`` of the type scale on a body text of ``body_points``."""
    return round(body_points * step.value, 1)


@functools.cache
def _template() -> Template:
    return Template(resource_path("styles", "app.qss").read_text(encoding="utf-8"))


def style_sheet(body_points: float, text_size: int = TEXT_SIZE_DEFAULT) -> str:
    """The application's style sheet for a body text of ``body_points`` at ``text_size`` percent: its colours are
    the palette's roles."""
    sizes = {f"{step.name.lower()}_size": f"{point_size(step, body_points)}pt" for step in TypeStep}
    spaces = {f"space_{space.name.lower()}": f"{space.value}px" for space in Space}
    indicator = {"indicator_size": f"{round(INDICATOR_SIZE * text_size / 100)}px"}
    return _template().substitute(sizes | spaces | indicator)
