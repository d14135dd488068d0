"""The chart pictures: drawn on any QPainter, lines broken at gaps, days found again
from the mouse's x."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from routine_app.core.figures import compute
from routine_app.core.stats import DayPain, PeriodSessions
from routine_app.store.progress import Progress
from routine_app.ui.progress.chart_paint import (
    MAX_GAP_DAYS,
    ChartColours,
    Frame,
    paint_calendar,
    paint_pain,
    paint_reach,
    paint_sessions,
    round_ticks,
    runs,
)

FIRST = date(2026, 3, 1)


def progress_of(days: list[DayPain], first: date, last: date) -> Progress:
    weeks = [PeriodSessions(first + timedelta(weeks=w), 3, 1) for w in range(4)]
    return Progress(
        first=first,
        last=last,
        days=days,
        points=days,
        point_days=1,
        weeks=weeks,
        months=[],
        calendar={first + timedelta(days=2): 1, first + timedelta(days=3): 2},
        sessions=16,
        completed=12,
        days_with_session=16,
        red_flag_entries=[],
        notes=[],
        figures=compute(
            first=first,
            last=last,
            days=days,
            session_days=[],
            ratings={},
            first_record=days[0].day if days else None,
            streak_days=0,
        ),
    )


def day_pain(offset: int, value: float) -> DayPain:
    return DayPain(FIRST + timedelta(days=offset), value, value / 2, 1, 2.0, False)


series_strategy = st.lists(
    st.tuples(st.integers(1, 9), st.one_of(st.none(), st.floats(0, 10))), max_size=40
).map(
    lambda steps: [
        (FIRST + timedelta(days=sum(s for s, _ in steps[: i + 1])), v)
        for i, (_, v) in enumerate(steps)
    ]
)


@given(series_strategy, st.integers(1, 5))
def test_runs_never_bridge_a_long_gap_or_a_missing_value(
    series: list[tuple[date, float | None]], span: int
) -> None:
    parts = runs(series, span)
    assert [p for part in parts for p in part] == [(d, v) for d, v in series if v is not None]
    for part in parts:
        assert part
        for (a, _), (b, _) in itertools.pairwise(part):
            assert (b - a).days - span <= MAX_GAP_DAYS
    # Parts are cut only where they must be.
    for before, after in itertools.pairwise(parts):
        gap = (after[0][0] - before[-1][0]).days - span
        between = [v for d, v in series if before[-1][0] < d < after[0][0]]
        assert gap > MAX_GAP_DAYS or None in between


def test_round_ticks_are_few_and_round() -> None:
    assert round_ticks(7.5, 8) == [(float(v), str(v)) for v in range(8)]
    assert [t for _, t in round_ticks(7.5, 4)] == ["0", "2", "4", "6"]
    assert [t for _, t in round_ticks(31.5, 4)] == ["0", "10", "20", "30"]
    assert [t for _, t in round_ticks(120, 3)] == ["0", "50", "100"]


def test_a_frame_finds_the_day_under_each_x() -> None:
    frame = Frame(
        QRectF(40, 10, 700, 200), FIRST, FIRST + timedelta(days=90), 0, 10, "", (), (), ()
    )
    for offset in range(91):
        day = FIRST + timedelta(days=offset)
        assert frame.day_at(frame.x(day)) == day
        assert frame.day_at(frame.x(day, 0.02)) == day
    assert frame.day_at(39) is None and frame.day_at(741) is None
    assert frame.y(0) == 210 and frame.y(10) == 10


def render(paint: object, size: tuple[int, int] = (900, 320)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint(painter, QRectF(0, 0, *size))  # type: ignore[operator]
    finally:
        painter.end()
    return image


def column_has(image: QImage, x: int, colour: QColor, top: int, bottom: int) -> bool:
    return any(image.pixelColor(x, y) == colour for y in range(top, bottom))


def test_no_line_is_drawn_across_a_long_gap(qapp: object) -> None:
    # Days 0-9, then nothing for 10 days, then days 20-29, all at pain 5.
    days = [day_pain(d, 5.0) for d in [*range(10), *range(20, 30)]]
    progress = progress_of(days, FIRST, FIRST + timedelta(days=29))
    colours = ChartColours.for_print()
    frames: list[Frame] = []
    image = render(lambda p, r: frames.append(paint_pain(p, r, progress, colours)))
    frame = frames[0]
    y = round(frame.y(5.0))
    inside_gap = round(frame.x(FIRST + timedelta(days=15)))
    within_data = round(frame.x(FIRST + timedelta(days=5), 0.0))
    assert column_has(image, within_data, colours.back, y - 3, y + 4)
    assert not column_has(image, inside_gap, colours.back, y - 3, y + 4)
    assert image.pixelColor(inside_gap, y) == colours.background
    # A short gap (3 days) is joined.
    days = [day_pain(d, 5.0) for d in [*range(10), *range(13, 30)]]
    image = render(lambda p, r: paint_pain(p, r, progress_of(days, FIRST, days[-1].day), colours))
    assert column_has(image, round(frame.x(FIRST + timedelta(days=11))), colours.back, y - 3, y + 4)


def test_every_chart_draws_on_any_painter_with_print_colours(qapp: object) -> None:
    days = [day_pain(d, d % 11) for d in range(30)]
    progress = progress_of(days, FIRST, FIRST + timedelta(days=29))
    colours = ChartColours.for_print()
    for paint in (paint_pain, paint_reach, paint_sessions):
        image = render(lambda p, r, f=paint: f(p, r, progress, colours, unit=2.0), (1800, 620))
        assert image.pixelColor(2, 2) == QColor("white")
        greys = {image.pixel(x, y) for x in range(0, 1800, 5) for y in range(0, 620, 5)}
        assert len(greys) > 3
        assert all(QColor(c).saturation() < 10 for c in greys), "black and grey only"
    image = render(
        lambda p, r: paint_calendar(p, r, progress.calendar, progress.last, colours), (700, 180)
    )
    shades = {image.pixel(x, y) for x in range(0, 700, 2) for y in range(30, 180, 2)}
    assert QColor(colours.empty_day).rgb() in shades
    assert any(QColor(c).lightness() < 150 for c in shades), "two days with routines"
