"""A try-on day is marked by more than its faint shade: a folded corner in the accent, 3:1 on the shaded cell,
in light and dark; a day outside the try-on has none."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette

from valuesdesk.ui.diary.marks import contrast, try_on_cue_colour
from valuesdesk.ui.local_dates import qdate
from valuesdesk.ui.look import ColourScheme


@pytest.mark.parametrize("scheme", [ColourScheme.LIGHT, ColourScheme.DARK])
def test_a_try_on_day_has_a_folded_corner_and_other_days_none(
    open_diary, make_experiment, appearance, days_ago, scheme
) -> None:
    appearance.set_scheme(scheme)
    _window, page = open_diary(lambda services: make_experiment(start=days_ago(6), days=3, services=services))
    calendar = page.calendar
    grid = calendar.day_grid
    image = grid.viewport().grab().toImage()

    def corner(day: dt.date):
        cell = grid.visualRect(calendar.model.index_of(qdate(day)))
        return image.pixelColor(cell.topLeft() + QPoint(3, 3)), image.pixelColor(cell.center())

    accent = grid.palette().color(QPalette.ColorRole.Highlight)
    tried, tried_middle = corner(days_ago(5))
    assert tried == accent
    assert try_on_cue_colour(grid.palette(), tried_middle) == accent
    assert contrast(tried, tried_middle) >= 3.0
    untried, untried_middle = corner(days_ago(1))
    assert untried == untried_middle  # plain: no corner
