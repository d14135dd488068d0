"""The printable safety card: one A6 (or A5) page, from the CLI and from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from routine_app.cli import main
from routine_app.core.triage import Level, signs_at
from routine_app.report.safety_card import write_safety_card

A6_POINTS = (297.6, 419.5)
A5_POINTS = (419.5, 595.3)


def pdf(path: Path) -> tuple[int, tuple[float, float], str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    count = document.pageCount()
    document.close()
    return count, (size.width(), size.height()), " ".join(text.split())


def test_card_is_one_a6_page_with_every_emergency_sign_and_a_blank_number(
    qapp: object, tmp_path: Path
) -> None:
    path = tmp_path / "card.pdf"
    assert write_safety_card(path) == 1
    pages, size, text = pdf(path)
    assert pages == 1
    assert abs(size[0] - A6_POINTS[0]) < 2 and abs(size[1] - A6_POINTS[1]) < 2
    assert "toilet paper" in text and "My emergency number" in text
    for sign in signs_at(Level.EMERGENCY):
        assert " ".join(sign.text.split()[:4]) in text
    assert "Get checked soon" in text


def test_cli_writes_the_card_a6_or_a5(tmp_path: Path, capsys: object) -> None:
    assert main(["report", "--safety-card", "-o", str(tmp_path / "a6.pdf")]) == 0
    assert main(["report", "--safety-card", "a5", "-o", str(tmp_path / "a5.pdf")]) == 0
    assert pdf(tmp_path / "a6.pdf")[:2][0] == 1
    pages, size, _ = pdf(tmp_path / "a5.pdf")
    assert pages == 1 and abs(size[1] - A5_POINTS[1]) < 2


def test_cli_card_to_a_missing_folder_fails_clearly(tmp_path: Path, capsys: object) -> None:
    card = tmp_path / "no" / "card.pdf"
    assert main(["report", "--safety-card", "-o", str(card)]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert f"cannot write {card}: the folder {card.parent} does not exist" in err
