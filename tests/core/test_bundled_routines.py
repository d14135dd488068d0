"""The bundled library as a whole: safety texts, gentle versions, evidence and pictures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from routine_app.core.library import Library, RoutineFolder, load_library
from routine_app.core.routine import Intensity, Kind, Position, Routine
from routine_app.core.safety import ready_cautions
from routine_app.resources import assets_dir, routines_dir
from tests.conftest import BUNDLED

ROOT = Path(__file__).resolve().parents[2]
ORIGINALS = ("foam-roller", "tennis-ball", "piriformis-stretch", "knee-to-chest")
GENERATOR = "Drawn by scripts/figure_model.py from a pose"
#: Wording that would contradict the safety rules (push into pain, bounce, force).
UNSAFE = re.compile(
    r"push through|no pain,? no gain|as far as you can|force|(?<!not )(?<!no )bounc",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([RoutineFolder(routines_dir(), bundled=True)], [assets_dir()])


def texts(routine: Routine) -> list[str]:
    """Every text a person reads or hears in *routine*."""
    out = [routine.title, routine.summary, *routine.cautions, routine.evidence or ""]
    for step in routine.steps:
        out += [step.name, step.instructions, step.caution or "", step.say or ""]
    return out


def test_every_bundled_file_loads_in_format_2(library: Library) -> None:
    assert library.problems == ()
    assert len(library.routines) == len(BUNDLED) >= 10
    assert all(r.format == 2 and r.position is not None for r in library.routines)


def test_the_library_has_what_the_issue_asks_for(library: Library) -> None:
    ids = {r.id for r in library.routines}
    assert {
        *ORIGINALS,
        *(f"{i}-gentle" for i in ORIGINALS),
        "seated-stretches",
        "hand-massage",
        "daily-routine",
        "standing-break",
    } <= ids
    positions = {r.position for r in library.routines}
    assert positions == {Position.FLOOR, Position.SEATED, Position.STANDING}
    daily = library.get("daily-routine")
    assert daily is not None and 10 * 60 <= daily.total_duration <= 15 * 60


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_each_routine_carries_the_stop_rule_evidence_and_sources(
    library: Library, path: Path
) -> None:
    routine = next(r for r in library.routines if r.source == path.resolve())
    assert any("pain spreads further down your leg" in c for c in routine.cautions)
    assert routine.evidence and "NICE" in routine.evidence
    comment = [line for line in path.read_text().splitlines() if line.startswith("#")]
    assert comment and path.read_text().startswith("#"), "sources cited at the top"
    assert any("Evidence:" in line for line in comment)
    if routine.kind is Kind.STRETCH:
        cautions = " ".join(routine.cautions).lower()
        assert "never into pain" in cautions or "never pain" in cautions
        assert "do not bounce" in cautions
    for text in texts(routine):
        assert not UNSAFE.search(text), text


@pytest.mark.parametrize("original_id", ORIGINALS)
def test_each_original_links_a_shorter_gentle_version_without_hamstrings(
    library: Library, original_id: str
) -> None:
    original = library.get(original_id)
    assert original is not None and original.gentle_version == f"{original_id}-gentle"
    gentle = library.gentle_version(original)
    assert gentle is not None and gentle.intensity is Intensity.GENTLE
    assert library.original_of(gentle) == original
    assert gentle.total_duration <= original.total_duration
    assert sum(s.reps * max(1, len(s.sides)) for s in gentle.steps) <= sum(
        s.reps * max(1, len(s.sides)) for s in original.steps
    ), "fewer rounds"
    for step in gentle.steps:
        words = f"{step.name} {step.instructions} {step.caution or ''}".lower()
        assert "hamstring" not in words and "back of the thigh" not in words, step.name


def test_every_gentle_routine_is_linked_and_no_link_dangles(library: Library) -> None:
    gentle = {r.id for r in library.routines if r.intensity is Intensity.GENTLE}
    linked = {r.gentle_version for r in library.routines if r.gentle_version}
    assert linked == gentle


def test_every_step_has_a_picture_drawn_by_the_figure_model(library: Library) -> None:
    images = (assets_dir() / "images").resolve()
    for routine in library.routines:
        for step in routine.steps:
            assert step.image is not None and step.image.is_file(), (routine.id, step.name)
            assert step.image.parent == images
            assert GENERATOR in step.image.read_text(encoding="utf-8")
            if step.sides:
                assert step.image_right is not None, f"{step.image.name} has no mirror"
                assert GENERATOR in step.image_right.read_text(encoding="utf-8")


def test_the_pictures_on_disk_are_exactly_what_the_figure_model_draws() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_images.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_check_notices_a_picture_that_was_edited_by_hand(tmp_path: Path) -> None:
    """The --check above can fail: run the script on a copy with one picture changed."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    for name in ("make_images.py", "figure_model.py"):
        (scripts / name).write_text((ROOT / "scripts" / name).read_text())
    images = tmp_path / "assets" / "images"
    subprocess.run(
        [sys.executable, str(scripts / "make_images.py")], check=True, capture_output=True
    )
    (images / "walk.svg").write_text("<svg/>")
    result = subprocess.run(
        [sys.executable, str(scripts / "make_images.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "walk.svg differs" in result.stderr


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_the_get_ready_box_says_the_stop_rule_once(library: Library, path: Path) -> None:
    """The routine's own "Stop if pain spreads…" repeats the app's fuller "Stop if: …"
    (core.safety), so the player's box leaves it out; any caution saying more stays."""
    routine = next(r for r in library.routines if r.source == path.resolve())
    shown = ready_cautions(routine.cautions, routine.kind is Kind.SELF_MASSAGE)
    assert sum(line.startswith("Stop if:") for line in shown) == 1
    assert not any(line.rstrip(".") in RESTATED for line in shown), shown
    kept = [c for c in routine.cautions if c.rstrip(".") not in RESTATED]
    assert shown[: len(kept)] == kept, "every other caution, in its order"
    assert len(kept) < len(routine.cautions) or "symptoms worsen" in " ".join(kept)


RESTATED = {
    "Stop if pain spreads further down your leg",
    "Stop if pain spreads further down your leg, or if numbness, tingling or weakness "
    "appears or increases",
}
