"""Lays out the app icon for Linux desktops under resources/icons/hicolor/: the package's SVG
(pingtower_desktop/resources/icons/app.svg) as the scalable icon, and PNGs rendered from it with Qt.

Run it again whenever app.svg changes: tests/test_bundle_metadata.py checks the copies match.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "pingtower_desktop" / "resources" / "icons" / "app.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"
NAME = "pingtower-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    scalable = THEME / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    for size in SIZES:
        render(size, THEME / f"{size}x{size}" / "apps" / f"{NAME}.png")
    print(f"wrote {scalable.relative_to(ROOT)} and PNGs of {', '.join(map(str, SIZES))} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
