"""Render resources/icons/salesdesk.svg into the icon files the app and its builds use.

    python tools/make_icons.py

Writes salesdesk-<N>.png (N = 16 … 256: the window icon), salesdesk.ico (Windows
executables: PNG entries, 16 … 256) and salesdesk.icns (macOS: PNG entries, 16 … 1024).
Run it after changing the SVG and commit the results; the app and the builds only read
the PNG/ICO/ICNS files, so neither needs Qt's SVG support. The ICO and ICNS containers
are written here (a few lines of struct) rather than by Qt's image plugins, which write
only one size per file.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "salesdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def png_name(size: int) -> str:
    return f"salesdesk-{size}.png"


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNG streams (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for size in sizes:
        out += pngs[size]
    return bytes(out)


def icns_bytes(elements: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, data) elements, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / png_name(size)).write_bytes(pngs[size])
    (ICONS / "salesdesk.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "salesdesk.icns").write_bytes(icns_bytes([(kind, pngs[size]) for kind, size in ICNS_TYPES]))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
