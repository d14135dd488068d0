"""The library says when a bundled routine is partly shown in English (issue 17): a
changed English text has no translation until the catalogue catches up."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from routine_app import i18n
from routine_app.core.loader import load_routine_file
from routine_app.core.routine_text import localized
from routine_app.resources import assets_dir, routines_dir
from routine_app.ui.library.page import RoutineDetail


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(["de"])
    yield
    i18n.install(["en"])


def test_details_name_how_many_texts_are_still_english(qtbot: QtBot, german: None) -> None:
    english = load_routine_file(
        routines_dir() / "knee-to-chest.yaml", asset_dirs=[assets_dir()], bundled=True
    )
    step = dataclasses.replace(english.steps[0], say="A new spoken line.", name="New name")
    changed = localized(dataclasses.replace(english, steps=(step, *english.steps[1:])))
    detail = RoutineDetail()
    qtbot.addWidget(detail)
    detail.show()
    detail.show_routine(localized(english))
    assert detail.untranslated.isHidden()
    detail.show_routine(changed)
    assert not detail.untranslated.isHidden()
    assert "2 texts" in detail.untranslated.text() and "English" in detail.untranslated.text()
    detail.show_routine(None)
    assert detail.untranslated.isHidden()
