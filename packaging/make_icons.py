"""Render resources/icons/valuesdesk.svg into the PNG, ICO and ICNS files the installers use.

Run from anywhere: ``python packaging/make_icons.py``. Only PySide6 is needed; the ICO and ICNS
containers are simple enough to write by hand.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS_DIR / "valuesdesk.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS PNG entry types and their pixel sizes (ic11-ic14 are the @2x variants of 16-256 pt).
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {image.width()}px PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BI_RGB icon bitmap: BITMAPINFOHEADER (height doubled to count the AND mask),
    bottom-up BGRA rows (QImage's ARGB32 in little-endian memory), then an all-zero AND mask."""
    size = image.width()
    stride = size * 4
    pixels = bytes(image.constBits())[: stride * size]
    rows = b"".join(pixels[row * stride : (row + 1) * stride] for row in reversed(range(size)))
    mask = bytes(((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(rows) + len(mask), 0, 0, 0, 0)
    return header + rows + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """ICONDIR, ICONDIRENTRYs, then the images: bitmaps up to 48 px, which every Windows tool
    reads, and PNG above, as Windows itself writes them."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payloads = [], []
    for size, image in images.items():
        payload = dib_bytes(image) if size <= 48 else png_bytes(image)
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    return header + b"".join(entries) + b"".join(payloads)


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """'icns' + big-endian total length, then (type, length incl. 8-byte header, PNG) blocks."""
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in entries)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering needs no display
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # must outlive the rendering
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}

    for size in PNG_SIZES:
        (ICONS_DIR / f"valuesdesk-{size}.png").write_bytes(png_bytes(images[size]))
    (ICONS_DIR / "valuesdesk.ico").write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    (ICONS_DIR / "valuesdesk.icns").write_bytes(
        icns_bytes([(kind, png_bytes(images[size])) for kind, size in ICNS_TYPES])
    )
    print(f"wrote {len(PNG_SIZES)} PNGs, valuesdesk.ico and valuesdesk.icns to {ICONS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
