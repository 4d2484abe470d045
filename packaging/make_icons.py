"""Render resources/icons/dsar-desk.svg to the icon files the installers need.

    python packaging/make_icons.py [OUTPUT_FOLDER]      (default: build/icons)

Writes dsar-desk-48.png, dsar-desk-128.png, dsar-desk-256.png (Linux hicolor theme and the
window icon), dsar-desk.ico (Windows, with 16..256 px images) and dsar-desk.icns (macOS).
Uses Qt's own SVG renderer and image writers (QtSvg and the ico/icns image format plugins are
in PySide6-Essentials), so it runs the same on Linux, Windows and macOS, with no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "dsar-desk.svg"
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # image plugins need it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    written = []
    for size in PNG_SIZES:
        target = out / f"dsar-desk-{size}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        written.append(target)
    # Windows: one .ico holding several sizes, each stored as PNG (valid since Windows Vista).
    ico = out / "dsar-desk.ico"
    ico.write_bytes(ico_bytes([(s, png_bytes(render(renderer, s))) for s in ICO_SIZES]))
    written.append(ico)
    # macOS: .icns from the 256 px image (the icns plugin is part of Qt's image formats).
    icns = out / "dsar-desk.icns"
    if b"icns" in [bytes(f) for f in QImageWriter.supportedImageFormats()]:
        if render(renderer, 256).save(str(icns), "ICNS"):
            written.append(icns)
    del app
    for path in written:
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file: header, one directory entry per image, then the PNG data."""
    import struct

    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
