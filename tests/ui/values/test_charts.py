"""The picture's charts as painted: bars as long as the ratings, try-ons shaded where their days are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage

from valuesdesk.domain.life_domains import DomainRating
from valuesdesk.ui.values.charts import GapChart, Period, TrendChart, accent

DAY = dt.date(2026, 1, 1)


def painted(widget, width: int, height: int) -> QImage:
    widget.resize(width, height)
    return widget.grab().toImage()


def close(first: QColor, second: QColor) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True))


def test_the_importance_bar_is_as_long_as_its_rating(qtbot) -> None:
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.show_gaps((DomainRating("work", 10, 5), DomainRating("health", 4, 4)))
    image = painted(chart, 600, chart.sizeHint().height())
    area = chart.bar_area()
    ink = accent(chart.palette())
    for row, importance in enumerate((10, 4)):
        y = int(area.top() + row * 30 + 6)
        filled = [x for x in range(int(area.left()), int(area.right()) + 2) if close(image.pixelColor(x, y), ink)]
        length = (max(filled) - min(filled) + 1) / area.width() * 10
        assert abs(length - importance) < 0.2


def test_a_try_on_is_shaded_on_its_days_and_only_there(qtbot) -> None:
    chart = TrendChart("Composite", 0, 100)
    qtbot.addWidget(chart)
    span = (DAY, DAY + dt.timedelta(days=100))
    chart.show_trend(
        [(DAY, 20.0), (span[1], 80.0)],
        [Period(DAY + dt.timedelta(days=40), DAY + dt.timedelta(days=60), "Courage")],
        span,
    )
    image = painted(chart, 400, 120)
    y = int(chart.plot_area().bottom() - 4)
    inside = image.pixelColor(int(chart.x_of(DAY + dt.timedelta(days=50))), y)
    outside = image.pixelColor(int(chart.x_of(DAY + dt.timedelta(days=80))), y)
    assert inside != outside
    # The line from 20 to 80 passes 50 halfway.
    middle_x, middle_y = int(chart.x_of(DAY + dt.timedelta(days=50))), int(chart.y_of(50.0))
    ink = accent(chart.palette())
    assert any(close(image.pixelColor(middle_x, middle_y + dy), ink) for dy in range(-2, 3))


def test_a_try_on_is_marked_by_a_strip_that_stands_out_and_named_above_the_composite(qtbot) -> None:
    from valuesdesk.ui.diary.marks import cell_background, contrast

    chart = TrendChart("Composite", 0, 100, labelled=True)
    qtbot.addWidget(chart)
    span = (DAY, DAY + dt.timedelta(days=100))
    # The third try-on's name would overlap the first's in the first row: it takes the second; the
    # fourth fits in neither and is left to the table.
    periods = [
        Period(DAY + dt.timedelta(days=10), DAY + dt.timedelta(days=19), "Courage"),
        Period(DAY + dt.timedelta(days=60), DAY + dt.timedelta(days=69), "Play"),
        Period(DAY + dt.timedelta(days=20), DAY + dt.timedelta(days=29), "Kindness"),
        Period(DAY + dt.timedelta(days=30), DAY + dt.timedelta(days=31), "Presence"),
    ]
    chart.show_trend([(DAY, 20.0), (span[1], 80.0)], periods, span)
    image = painted(chart, 400, chart.sizeHint().height())
    area = chart.plot_area()
    assert [label for _where, label in chart.labels] == ["Courage", "Play", "Kindness"]
    rows = {label: where.top() for where, label in chart.labels}
    assert rows["Courage"] == rows["Play"] < rows["Kindness"] and all(top >= 0 for top in rows.values())
    assert all(where.bottom() <= area.top() for where, _label in chart.labels)
    strip = image.pixelColor(int(chart.x_of(DAY + dt.timedelta(days=15))), int(area.bottom() - 2))
    assert contrast(strip, cell_background(chart.palette())) >= 3
    outside = image.pixelColor(int(chart.x_of(DAY + dt.timedelta(days=45))), int(area.bottom() - 2))
    assert outside == cell_background(chart.palette())
