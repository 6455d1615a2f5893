"""Draws the program's icon with Qt: ``python -m irev_desktop.make_icon``.

Writes ``resources/icons/irev.png`` (256 px, for Linux and the window),
``irev.ico`` (16 to 256 px, for Windows) and ``irev.icns`` (for macOS). No image
library is needed beyond Qt: the ICO container is written here, one PNG per size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

NAVY = "#1f3f66"
PAPER = "#ffffff"
INK = "#9fb3c8"
SEAL = "#c8102e"


def icons_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels: a register page with a red seal on a navy tile."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256-unit grid

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NAVY))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    page = QPainterPath()  # a sheet with its top-right corner folded
    page.moveTo(64, 36)
    page.lineTo(160, 36)
    page.lineTo(196, 72)
    page.lineTo(196, 220)
    page.lineTo(64, 220)
    page.closeSubpath()
    painter.setBrush(QColor(PAPER))
    painter.drawPath(page)
    fold = QPainterPath()
    fold.moveTo(160, 36)
    fold.lineTo(160, 72)
    fold.lineTo(196, 72)
    fold.closeSubpath()
    painter.setBrush(QColor(INK))
    painter.drawPath(fold)

    lines = QPen(QColor(INK), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(lines)
    for y, right in ((92, 142), (122, 172), (152, 172), (182, 120)):
        painter.drawLine(QPointF(86, y), QPointF(right, y))

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEAL))
    painter.drawEllipse(QPointF(174, 186), 34, 34)
    tick = QPen(QColor(PAPER), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(tick)
    painter.drawPolyline([QPointF(158, 187), QPointF(170, 199), QPointF(192, 174)])
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise RuntimeError("Qt could not encode the icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries = b""
    offset = 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(data for _, data in sorted(pngs.items()))


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    target = icons_dir()
    target.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (target / "irev.png").write_bytes(pngs[256])
    (target / "irev.ico").write_bytes(ico_bytes(pngs))
    large = draw(1024)
    written = ["irev.png", "irev.ico"]
    if large.save(str(target / "irev.icns")):  # Qt's icns plugin writes every smaller size
        written.append("irev.icns")
    print(f"Icônes écrites dans {target} : {', '.join(written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
