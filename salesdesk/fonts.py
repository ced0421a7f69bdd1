"""Make Chinese text render on any machine, even one without a CJK font.

A machine with only Latin fonts (a fresh Linux box, a CI runner) draws every
Chinese character as a box. The app ships WenQuanYi Micro Hei and falls back to
it when Qt's font database has no Simplified-Chinese family of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from salesdesk.paths import CJK_FAMILIES, bundled_cjk_font_path

log = logging.getLogger(__name__)

DEFAULT_POINT_SIZE = 10.0

# A family is only taken if it really draws these (some fonts claim a writing
# system they barely cover).
SAMPLE_TEXT = "何建国客户"  # i18n: data


# Latin families a widget or stylesheet may name explicitly; each gets the CJK
# family as a substitute so Chinese in such a font still finds glyphs on
# platforms whose fallback does not look at application fonts.
_LATIN_FAMILIES = (
    "Sans Serif",
    "sans-serif",
    "Helvetica",
    "Arial",
    "DejaVu Sans",
    "Segoe UI",
    "Noto Sans",
    "Ubuntu",
    "Cantarell",
)

# Font files already registered with Qt, so a second call does not add them again.
_loaded_families: dict[Path, str] = {}


def draws_chinese(family: str, sample: str = SAMPLE_TEXT) -> bool:
    """Whether the font Qt picks for ``family`` has a glyph for every sample character."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return False
    # ord(): PySide6 converts a one-character str wrongly for some code points
    # (supportsCharacter("管") is False on a font that has it).
    return all(raw.supportsCharacter(ord(ch)) for ch in sample)


def installed_cjk_family() -> str:
    """A Simplified-Chinese family Qt already knows (system or already loaded), or ""."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    known = set(QFontDatabase.families())
    candidates = [f for f in CJK_FAMILIES if f in known]
    candidates += [f for f in chinese if f not in candidates and "Mono" not in f]
    for family in candidates:
        if draws_chinese(family):
            return family
    return ""


def load_bundled_cjk_font(path: Path | None = None) -> str:
    """Register the bundled font with Qt and return its family, or "" on failure."""
    path = bundled_cjk_font_path() if path is None else path
    if path in _loaded_families:
        return _loaded_families[path]
    if not path.is_file():
        log.warning("bundled CJK font not found at %s; Chinese may show as boxes", path)
        return ""
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
    if not families:
        log.warning("Qt could not load the CJK font %s; Chinese may show as boxes", path)
        return ""
    # The collection holds a proportional and a Mono face: the UI wants the former.
    proportional = [f for f in families if "Mono" not in f]
    _loaded_families[path] = (proportional or families)[0]
    return _loaded_families[path]


def _add_fallback(family: str, previous_default: str) -> None:
    for latin in dict.fromkeys((previous_default, *_LATIN_FAMILIES)):
        # Qt keeps substitutes lower-cased.
        known = [name.casefold() for name in QFont.substitutes(latin)]
        if latin and latin.casefold() != family.casefold() and family.casefold() not in known:
            QFont.insertSubstitution(latin, family)


def ensure_cjk_font(app: QGuiApplication, point_size: float = DEFAULT_POINT_SIZE) -> str:
    """Make ``app`` draw Chinese; return the CJK family used, or "" if none could be had.

    Uses a Simplified-Chinese font already on the machine, else loads the bundled
    one. The application font becomes that family (at least ``point_size`` points),
    and the family is registered as a substitute for common Latin families, so
    fonts created later with an explicit Latin family still draw Chinese.
    """
    family = installed_cjk_family() or load_bundled_cjk_font()
    if not family:
        return ""

    previous = app.font()
    font = QFont(previous)
    font.setFamilies([family])
    # Keep the desktop's size when it is larger (accessibility); Chinese below
    # 10 pt, or a pixel-sized default (pointSizeF() == -1), is too small to read.
    if previous.pointSizeF() < point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    _add_fallback(family, previous.family())
    log.info("CJK font in use: %s", family)
    return family
