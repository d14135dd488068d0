"""Format 2 in the pages: evidence, step cautions, gentle links, mirrored pictures, editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id, now
from routine_app.core.routine import Intensity, Position, Side
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.store.user_routines import load_all, user_folder
from tests.ui.conftest import MakeWindow
from tests.ui.test_editor_page import fill_new


def test_library_shows_evidence_step_cautions_and_links_both_ways(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    page = make_window().library_page
    assert page.select("foam-roller")
    detail = page.detail
    assert detail.evidence.isVisible() and "Cochrane" in detail.evidence.text()
    assert "3,096 people" in detail.evidence.text()
    assert "⚠</b> Skip this step on a flare day" in detail.steps.text()
    assert detail.steps.text().count("<img src=") == 3, "each step shows its picture"
    assert "roller-glutes.svg" in detail.steps.text()
    assert detail.links.isVisible() and "Foam roller release (gentle)" in detail.links.text()
    detail.links.linkActivated.emit("foam-roller-gentle")
    assert page.selected_routine().id == "foam-roller-gentle"  # type: ignore[union-attr]
    assert "The gentle version of" in detail.links.text()
    assert "Foam roller release<" in detail.links.text()
    assert page.select("knee-to-chest")
    assert "left and right · 3 times each side · taking turns" in detail.steps.text()
    assert page.select("daily-routine")
    assert not detail.links.isVisible(), "no gentle version, not a gentle version"


def test_bad_day_hint_follows_the_file_link(make_window: MakeWindow) -> None:
    window = make_window()
    page = window.library_page
    page.select("piriformis-stretch")
    assert not page.gentle_hint.isVisible(), "no pain logged yet"
    window.journal_actions.add(Entry(new_id(), now(), 2, 8))
    page.select("tennis-ball")
    page.select("piriformis-stretch")
    assert page.gentle_hint.isVisible()
    assert "Piriformis stretch (gentle)" in page.gentle_hint.text()
    page.gentle_button.click()
    assert page.selected_routine().id == "piriformis-stretch-gentle"  # type: ignore[union-attr]
    assert not page.gentle_hint.isVisible(), "a gentle routine has no gentler version"


def test_player_shows_evidence_step_caution_and_the_mirrored_picture(
    make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    routine = window.library.get("foam-roller")
    assert routine is not None
    window.start_routine(routine, lead_in=2)
    page = window.player_page
    assert page.ready_evidence.isVisibleTo(page) and "NICE" in page.ready_evidence.text()
    page.begin()
    player = page.player
    assert player is not None
    page.next()
    first = player.segments[player.index]
    assert first.name.startswith("Buttock") and first.side is Side.LEFT
    assert not page.step_caution.isVisibleTo(page)
    left_picture = page.image.pixmap().toImage()
    while not (
        player.segments[player.index].side is Side.RIGHT and player.segments[player.index].is_step
    ):
        page.next()
    right = player.segments[player.index]
    assert right.image is not None and right.image.name == "roller-glutes-right.svg"
    shown = page.image.pixmap().toImage()
    assert shown == QIcon(str(right.image)).pixmap(260, 260).toImage()
    assert shown != left_picture, "the right side shows the mirrored picture"
    while player.segments[player.index].step_index != 1:
        page.next()
    assert page.step_caution.isVisibleTo(page)
    assert "Skip this step on a flare day" in page.step_caution.text()


def test_editor_picks_bundled_pictures_and_saves_format_2(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.editor_page
    fill_new(page)
    names = [page.picture_choice.itemData(i) for i in range(1, page.picture_choice.count())]
    assert "images/walk.svg" in names and "images/roller-glutes.svg" in names
    assert not any(n.endswith("-right.svg") for n in names), "mirrors are chosen automatically"
    index = page.picture_choice.findData("images/figure-four.svg")
    page.picture_choice.activated.emit(index)
    assert page.step_image.text() == "images/figure-four.svg"
    assert page.picture_choice.currentIndex() == 0
    page.step_alternate.setChecked(True)
    assert any("needs format 2" in p for p in page.problems), "explained, not dropped"
    page.position.setCurrentIndex(page.position.findData("seated"))
    page.step_caution.setText("Skip this on a flare day.")
    page.evidence.setPlainText("Practice advice only.")
    assert page.problems == [] and page.save()
    text = (user_folder(tmp_path) / "evening-stretch.yaml").read_text()
    assert text.startswith("format: 2\n")
    saved = load_all(tmp_path).get("evening-stretch")
    assert saved is not None and saved.position is Position.SEATED
    assert saved.intensity is Intensity.REGULAR and saved.evidence == "Practice advice only."
    step = saved.steps[0]
    assert step.alternate and step.caution == "Skip this on a flare day."
    assert step.image is not None and step.image.name == "figure-four.svg"
    assert step.image_right is not None and step.image_right.name == "figure-four-right.svg"


def test_a_copy_of_a_bundled_routine_keeps_its_format_2_fields(make_window: MakeWindow) -> None:
    page = make_window().editor_page
    original = page._library().get("knee-to-chest")
    assert original is not None
    page.edit(original)
    assert page.position.currentData() == "floor"
    assert "NICE" in page.evidence.toPlainText()
    page.steps.setCurrentRow(1)
    assert page.step_alternate.isChecked()
    assert page.save()
    copy = page._library().get("knee-to-chest-mine")
    assert copy is not None
    assert copy.gentle_version == "knee-to-chest-gentle" and copy.steps == original.steps


def test_every_bundled_picture_renders_at_player_and_thumbnail_size(qapp: object) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from routine_app.resources import assets_dir

    pictures = sorted((assets_dir() / "images").glob("*.svg"))
    assert len(pictures) >= 20
    for path in pictures:
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        for width, height in ((260, 173), (72, 48)):
            image = QImage(width, height, QImage.Format.Format_ARGB32)
            image.fill(QColor("#202020"))  # a dark window: the card must cover it
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, width, height))
            painter.end()
            colours = {image.pixel(x, y) for x in range(0, width, 3) for y in range(0, height, 3)}
            assert len(colours) > 8, f"{path.name} at {width} px looks blank"
            assert image.pixelColor(width // 2, 2).lightness() > 200, "light card, any theme"
