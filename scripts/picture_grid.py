"""Render every step picture into one PNG grid, to check that the set looks consistent.

Usage: python scripts/picture_grid.py [OUT.png] [--only NAME ...]
Each tile shows the picture at the player's size (260 px wide) on a light window, and as
thumbnails (72 px) on a light and a dark window, with the file name underneath.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

IMAGES = Path(__file__).resolve().parent.parent / "assets" / "images"
LIGHT, DARK = QColor("#eeeeee"), QColor("#2b2b2b")
BIG_W, BIG_H, THUMB_W, THUMB_H = 260, 173, 72, 48
TILE_W, TILE_H = BIG_W + 20, BIG_H + THUMB_H + 46
COLUMNS = 4


def draw_tile(painter: QPainter, renderer: QSvgRenderer, name: str, x: int, y: int) -> None:
    painter.fillRect(x, y, TILE_W, TILE_H, LIGHT)
    renderer.render(painter, QRectF(x + 10, y + 8, BIG_W, BIG_H))
    thumbs_y = y + BIG_H + 14
    renderer.render(painter, QRectF(x + 10, thumbs_y, THUMB_W, THUMB_H))
    painter.fillRect(x + 96, thumbs_y - 4, THUMB_W + 8, THUMB_H + 8, DARK)
    renderer.render(painter, QRectF(x + 100, thumbs_y, THUMB_W, THUMB_H))
    painter.setPen(QColor("#222222"))
    painter.drawText(x + 10, y + TILE_H - 8, name)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", nargs="?", default="picture-grid.png", type=Path)
    parser.add_argument("--only", nargs="*", default=None, help="picture names (no .svg)")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])
    files = sorted(IMAGES.glob("*.svg"))
    if args.only:
        files = [f for f in files if f.stem in args.only]
    rows = (len(files) + COLUMNS - 1) // COLUMNS
    image = QImage(COLUMNS * TILE_W, max(1, rows) * TILE_H, QImage.Format.Format_ARGB32)
    image.fill(QColor("#bbbbbb"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    for index, path in enumerate(files):
        renderer = QSvgRenderer(str(path))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        draw_tile(
            painter, renderer, path.stem, (index % COLUMNS) * TILE_W, (index // COLUMNS) * TILE_H
        )
    painter.end()
    image.save(str(args.output))
    print(f"{len(files)} pictures -> {args.output}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
