"""Chinese labels in matplotlib charts, on any machine.

matplotlib ships only DejaVu: without a CJK font every Chinese label is drawn as
boxes (and warns "Glyph ... missing from font"). Use a Chinese family the
machine already has, else register the font bundled with the app.
Does not import pyplot: charts are built as plain Figures.
"""

from __future__ import annotations

import logging

from matplotlib import font_manager, rcParams

from salesdesk.paths import CJK_FAMILIES, bundled_cjk_font_path

log = logging.getLogger(__name__)



def _known_cjk_family() -> str:
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in known), "")


def _register_bundled_font() -> str:
    path = bundled_cjk_font_path()
    if not path.is_file():
        log.warning("bundled CJK font not found at %s; chart labels may show as boxes", path)
        return ""
    font_manager.fontManager.addfont(str(path))
    # For a collection (.ttc) matplotlib uses the first face: the proportional one.
    return font_manager.FontProperties(fname=str(path)).get_name()


def configure_matplotlib_cjk() -> str:
    """Make matplotlib draw Chinese; return the family used, or "" if none was found.

    Safe to call more than once: the bundled font is registered at most once and
    the family is kept first in ``font.sans-serif``.
    """
    family = _known_cjk_family() or _register_bundled_font()
    if not family:
        return ""
    others = [name for name in rcParams["font.sans-serif"] if name != family]
    rcParams["font.sans-serif"] = [family, *others]
    rcParams["font.family"] = ["sans-serif"]
    # Several CJK fonts (SimHei among them) have no U+2212 MINUS SIGN, so
    # negative ticks would be boxes: use the ASCII hyphen-minus instead.
    rcParams["axes.unicode_minus"] = False
    return family
