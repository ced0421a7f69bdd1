"""The app icon: PNGs for the window, an .ico for Windows executables, an .icns for macOS."""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage

from salesdesk import app, paths

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402

ICONS = paths.resource_path("icons")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def image(data: bytes) -> QImage:
    picture = QImage()
    assert picture.loadFromData(QByteArray(data), "PNG")
    return picture


def test_every_window_icon_size_is_a_square_png_of_that_size(qapp):
    assert app.ICON_SIZES == make_icons.PNG_SIZES
    for size in app.ICON_SIZES:
        picture = QImage(str(ICONS / make_icons.png_name(size)))
        assert (picture.width(), picture.height()) == (size, size)
        assert picture.hasAlphaChannel()
        corner, centre = picture.pixelColor(0, 0), picture.pixelColor(size // 2, size // 2)
        assert corner.alpha() == 0 and centre.alpha() == 255  # rounded, not a grey square


def test_the_ico_holds_each_size_from_16_to_256_as_png(qapp):
    data = (ICONS / "salesdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for n in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        payload = data[offset:offset + length]
        assert payload.startswith(PNG_MAGIC) and planes == 1 and bits == 32
        side = width or 256
        assert width == height and image(payload).size() == QSize(side, side)
        sizes.append(side)
    assert sizes == sorted(make_icons.ICO_SIZES)
    assert QImage(str(ICONS / "salesdesk.ico")).width() in make_icons.ICO_SIZES  # Qt's reader agrees


def test_the_icns_is_well_formed_with_retina_sizes(qapp):
    data = (ICONS / "salesdesk.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", data)
    assert magic == b"icns" and total == len(data)
    found, at = {}, 8
    while at < total:
        kind, length = struct.unpack_from(">4sI", data, at)
        payload = data[at + 8:at + length]
        found[kind] = image(payload).width()
        at += length
    assert at == total
    assert found == dict(make_icons.ICNS_TYPES)


def test_the_pngs_are_what_the_svg_renders(qapp):
    """Re-rendering the SVG gives the committed pictures (someone changed one, not the other?)."""
    for size in (16, 256):
        committed = QImage(str(ICONS / make_icons.png_name(size))).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = image(make_icons.render(size)).convertToFormat(QImage.Format.Format_ARGB32)
        differing = sum(
            1 for x in range(size) for y in range(size)
            if max(abs(a - b) for a, b in zip(committed.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb())) > 8
        )
        assert differing <= size * size // 100


def test_the_application_carries_the_icon(qapp):
    application = app._application(None)
    icon = application.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
