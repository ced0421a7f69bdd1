"""The UI draws Chinese with real glyphs even where the machine has no CJK font."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QRawFont
from PySide6.QtWidgets import QLabel

from salesdesk.paths import bundled_cjk_font_path
from salesdesk import fonts

NAME = "何建国"


def _has_glyphs(family: str, text: str) -> bool:
    raw = QRawFont.fromFont(QFont(family))
    # ord(): PySide6 maps some one-character strs to the wrong QChar
    # (supportsCharacter("管") is False on a font that has the glyph).
    return raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in text)


@pytest.fixture
def app(qapp):
    """The session's QApplication, with its font and substitutions put back afterwards."""
    font = QFont(qapp.font())
    watched = (font.family(), *fonts._LATIN_FAMILIES)
    substitutes = {family: QFont.substitutes(family) for family in watched}
    yield qapp
    qapp.setFont(font)
    for family, previous in substitutes.items():
        QFont.removeSubstitutions(family)
        if previous:
            QFont.insertSubstitutions(family, previous)


def test_app_font_draws_chinese(app):
    family = fonts.ensure_cjk_font(app)

    assert family
    assert QFontInfo(app.font()).family() == family
    assert QFontMetrics(app.font()).horizontalAdvance(NAME) > 0
    assert _has_glyphs(family, NAME + "潜在客户管理系统")
    assert app.font().pointSizeF() >= fonts.DEFAULT_POINT_SIZE


def test_bundled_font_is_used_when_the_machine_has_none(app, monkeypatch):
    monkeypatch.setattr(fonts, "installed_cjk_family", lambda: "")

    family = fonts.ensure_cjk_font(app)

    assert family == "WenQuanYi Micro Hei"
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_second_call_reuses_the_known_family(app, monkeypatch):
    first = fonts.ensure_cjk_font(app)

    def must_not_load(path=None):
        raise AssertionError("the font is already known: it must not be loaded again")

    monkeypatch.setattr(fonts, "load_bundled_cjk_font", must_not_load)
    assert fonts.ensure_cjk_font(app) == first


def test_bundled_font_registers_once(app):
    first = fonts.load_bundled_cjk_font()
    count = len(QFontDatabase.families())
    assert fonts.load_bundled_cjk_font() == first
    assert len(QFontDatabase.families()) == count


def test_missing_font_file_warns_and_leaves_the_font_alone(app, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(fonts, "installed_cjk_family", lambda: "")
    monkeypatch.setattr(fonts, "bundled_cjk_font_path", lambda: tmp_path / "gone.ttc")
    before = QFont(app.font())

    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        assert fonts.ensure_cjk_font(app) == ""

    assert "gone.ttc" in caplog.text
    assert app.font() == before


def test_unreadable_font_file_warns(app, tmp_path, caplog):
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"not a font")

    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        assert fonts.load_bundled_cjk_font(bad) == ""

    assert "bad.ttf" in caplog.text


def test_fonts_created_later_still_draw_chinese(app):
    family = fonts.ensure_cjk_font(app)

    assert QFontInfo(QFont()).family() == family
    for latin in ("DejaVu Sans", "Arial", "Sans Serif"):
        assert family.casefold() in [name.casefold() for name in QFont.substitutes(latin)]


def test_bundled_font_file_covers_the_ui_text(app):
    family = fonts.load_bundled_cjk_font(bundled_cjk_font_path())
    assert _has_glyphs(family, "销售机会约定初次见面成交小计周一周三周五¥0-9")


def test_a_latin_font_is_not_taken_for_chinese(app):
    assert _has_glyphs("DejaVu Sans", "Abc")
    assert not fonts.draws_chinese("DejaVu Sans")


def _grab(text: str) -> QImage:
    label = QLabel(text)
    label.resize(60, 40)
    return label.grab().toImage()


def test_label_pixels_are_distinct_glyphs_not_boxes(app):
    """Missing glyphs all draw the same box: distinct characters must differ in pixels."""
    fonts.ensure_cjk_font(app)

    images = [_grab(ch) for ch in NAME]
    blank = _grab("")

    for image in images:
        assert image != blank
    assert images[0] != images[1] != images[2] != images[0]
