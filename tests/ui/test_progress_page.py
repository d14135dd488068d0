from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, Outcome, Reach, RedFlag, Session, new_id
from routine_app.core.settings import Scheme
from routine_app.store.journal import Journal
from routine_app.store.progress import Range
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.progress.charts import keys_hint
from tests.ui.conftest import MakeWindow

TODAY = date.today()


def not_blank(image: QImage) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours) > 20


def fill_year(journal: Journal) -> None:
    start = datetime.now().astimezone() - timedelta(days=364)
    entries, sessions = [], []
    for day in range(365):
        morning = start + timedelta(days=day)
        pain = max(0, 8 - day // 50)
        entries.append(
            Entry(
                new_id(),
                morning,
                pain,
                min(10, pain + 1),
                reaches=list(Reach)[min(4, pain // 2)],
                red_flags=frozenset({RedFlag.BOTH_LEGS}) if day == 100 else frozenset(),
            )
        )
        if day % 2:
            sessions.append(
                Session(
                    new_id(),
                    "foam-roller",
                    morning + timedelta(hours=1),
                    morning + timedelta(hours=1, minutes=9),
                    Outcome.COMPLETED if day % 7 else Outcome.STOPPED,
                    5,
                    5,
                    pain,
                    max(0, pain - 2),
                )
            )
    journal.merge(entries, sessions)


def test_empty_journal_says_what_to_do_first(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    assert page.empty.isVisible() and not page.chart_area.isVisible()
    assert "Ctrl+L" in page.empty.text()
    assert page.charts == {}, "no empty axes are drawn"


def test_one_entry_draws_the_charts(make_window: MakeWindow, journal: Journal) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    assert page.chart_area.isVisible() and set(page.charts) == {
        "pain",
        "reach",
        "weeks",
        "calendar",
    }
    assert not_blank(page.charts["pain"].grab().toImage())
    assert "Back pain</b>: not enough data for a trend" in page.summary.text()
    assert "covers 1 day of this range" in page.summary.text()
    assert "No routine has been rated" in page.help_note.text()


def test_full_year_with_ranges_hover_and_png(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    fill_year(journal)
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    assert page.progress is not None and len(page.progress.days) == 91
    page.set_range(Range.ALL)
    assert len(page.progress.days) == 365
    # A year is drawn as 3-day means; hovering one tells what it stands for.
    pain = page.charts["pain"]
    first = page.progress.days[0].day
    assert len(page.progress.points) == 122
    text = pain.describe_period(first + timedelta(days=4))
    assert text is not None
    assert text.startswith(f"{first + timedelta(days=3):%d %b %Y} to ")
    assert "(3 entries)" in text
    assert pain.describe_period(first - timedelta(days=1)) is None
    assert pain.title == "Pain, 0 to 10: average of every 3 days"
    assert page.progress.point_days == 3 and page.progress.trend_label == "3-day average"
    assert page.progress.trend("leg") == [(p.day, p.leg) for p in page.progress.points]
    page.set_range(Range.TWO_WEEKS)
    assert len(page.progress.days) == 14
    # The calendar still shows its 26 weeks: days outside the period are not left blank.
    assert min(page.progress.calendar) < page.progress.first
    assert len(page.progress.calendar) in range(85, 93)  # every other day of 25-26 weeks
    page.set_range(Range.ONE_YEAR)
    assert page.progress.figures.streak_days in (0, 1)
    image = page.grab().toImage()
    assert not_blank(image)
    text = page.summary.text()
    assert "Back pain</b>: better: 8.0 on average from" in text
    table = page.help_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Foam roller release"
    assert (
        table.item(0, 5)
        .text()
        .startswith(
            "Helps: improved in 175 of 182 sessions, worse in 0"  # pain 0-1 cannot fall 2
        )
    )

    # Rows keep fitting their wrapped text when the window gets narrower or wider.
    def laid_out() -> bool:
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        return columns == table.viewport().width()

    heights = []
    for width in (1600, 700, 1600):
        window.resize(width, 900)
        qtbot.waitUntil(laid_out, timeout=2000)
        qtbot.wait(50)
        heights.append(table.rowHeight(0))
    assert heights[0] == heights[2] < heights[1]
    flagged = next(d.day for d in page.progress.days if d.red_flags)
    assert "emergency symptoms" in page.charts["pain"].describe_day(flagged)
    # The keyboard reads what hovering shows: here each point is 3 days, the last one
    # cut short by today.
    pain = page.charts["pain"]
    pain.setFocus()
    qtbot.keyClick(pain, Qt.Key.Key_End)
    points = page.progress.points
    assert pain.accessibleDescription().startswith(f"{points[-1].day:%d %b %Y} to {TODAY:%d %b %Y}")
    page.set_range(Range.TWO_WEEKS)
    assert pain.accessibleDescription() == keys_hint()  # new data: the marker starts again
    qtbot.keyClick(pain, Qt.Key.Key_Left)
    days = page.progress.days
    assert pain.accessibleDescription().startswith(f"{days[-1].day:%A %d %B %Y}\n")
    qtbot.keyClick(pain, Qt.Key.Key_Left)
    assert pain.accessibleDescription().startswith(f"{days[-2].day:%A %d %B %Y}\n")
    assert "back " in pain.accessibleDescription()
    qtbot.keyClick(pain, Qt.Key.Key_Home)
    assert pain.accessibleDescription().startswith(f"{days[0].day:%A %d %B %Y}\n")
    assert page.save_chart("weeks", tmp_path / "weeks.png")
    assert not_blank(QImage(str(tmp_path / "weeks.png")))


def test_report_from_the_window(make_window: MakeWindow, journal: Journal, tmp_path: Path) -> None:
    fill_year(journal)
    window = make_window()
    assert window.save_report(tmp_path / "r.pdf", TODAY - timedelta(days=90), TODAY)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    message = window.statusBar().currentMessage()
    assert re.fullmatch(
        rf"Report saved to {re.escape(str(tmp_path / 'r.pdf'))} \((1 page|2 pages)\)\.", message
    )


def test_charts_follow_a_theme_change_while_open(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    fill_year(journal)
    window = make_window()
    window.show_page("progress")
    pain = window.progress_page.charts["pain"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, Scheme.DARK)
        dark = app.palette()
        qtbot.waitUntil(lambda: pain.colours().background == dark.color(QPalette.ColorRole.Base))
        text = dark.color(QPalette.ColorRole.Text)
        assert pain.colours().text == text  # axis labels, title and legend
        image = pain.grab().toImage()
        assert image.pixelColor(5, image.height() // 2).lightness() < 100
        assert has_colour_near(image, text), "the text is drawn in the dark theme's colour"
    finally:
        apply_theme(app, Scheme.LIGHT)
    light = app.palette().color(QPalette.ColorRole.Base)
    qtbot.waitUntil(lambda: pain.colours().background == light)
    image = pain.grab().toImage()
    assert image.pixelColor(5, image.height() // 2) == light


def has_colour_near(image: QImage, colour: QColor) -> bool:
    return any(
        max(
            abs(image.pixelColor(x, y).red() - colour.red()),
            abs(image.pixelColor(x, y).green() - colour.green()),
            abs(image.pixelColor(x, y).blue() - colour.blue()),
        )
        < 12
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )


def test_pain_axis_labels_every_even_value_including_zero(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    fill_year(journal)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, Scheme.LIGHT)  # the app's large base font
    window = make_window()
    window.show_page("progress")
    pain = window.progress_page.charts["pain"]
    qtbot.waitUntil(lambda: pain.height() >= pain.minimumHeight())  # laid out at its real size
    pain.grab()
    frame = pain.frame
    assert frame is not None
    assert frame.y_labels == ("0", "2", "4", "6", "8", "10")
    assert frame.x_labels, "the date axis has labels"
    assert frame.legend == (
        "Back, daily",
        "Leg, daily",
        "Back, 7-day average",
        "Leg, 7-day average",
    )


def test_hovering_a_day_tells_its_entries(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    fill_year(journal)
    window = make_window()
    window.resize(1200, 900)
    window.show_page("progress")
    pain = window.progress_page.charts["pain"]
    qtbot.waitUntil(lambda: pain.isVisible() and pain.height() >= pain.minimumHeight())
    qtbot.wait(50)
    pain.grab()  # its frame at the size it has now
    frame = pain.frame
    assert frame is not None
    day = window.progress_page.progress.days[-5].day
    qtbot.mouseMove(pain, QPoint(round(frame.x(day)), round(frame.y(5))))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith(f"{day:%A %d %B %Y}\n")
    assert QToolTip.text() == pain.describe_day(day)


def test_two_weeks_says_why_there_is_no_trend(make_window: MakeWindow, journal: Journal) -> None:
    """A year of entries: 2 weeks can never hold the 28 days a trend needs, and says so;
    3 months gives the trend it points to."""
    fill_year(journal)
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    page.set_range(Range.TWO_WEEKS)
    summary = page.summary.text()
    assert "Back pain</b>: not enough data for a trend: a trend compares the first" in summary
    assert "more than this range of 14 days holds; choose a longer range" in summary
    page.set_range(Range.THREE_MONTHS)
    assert "not enough data" not in page.summary.text()
