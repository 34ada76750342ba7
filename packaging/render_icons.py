"""Render the app icon (core/resources/icons/deskmate.svg) to PNGs at the sizes desktops look for.

    python packaging/render_icons.py OUT_DIR        # OUT_DIR/<n>x<n>/apps/deskmate.png + scalable/

Icon themes (hicolor) want raster sizes for menus and docks that do not scale SVGs well; Qt's own
SVG renderer draws them, so the build needs nothing beyond PySide6.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parents[1] / "core" / "resources" / "icons" / "deskmate.svg"


def render(out: Path, name: str = "deskmate") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = QSvgRenderer(str(SOURCE))
    if not svg.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    written = []
    for n in SIZES:
        image = QImage(n, n, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter)
        painter.end()
        target = out / f"{n}x{n}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in render(Path(sys.argv[1])):
        print(path)
