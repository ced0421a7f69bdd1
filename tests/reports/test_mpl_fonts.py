"""Charts draw Chinese labels with real glyphs (no "Glyph missing" warning)."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from salesdesk.reports import mpl_fonts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_rc():
    with matplotlib.rc_context():
        yield


def _chart() -> Figure:
    fig = Figure(figsize=(4, 3))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.bar(["销售机会", "约定初次见面", "成交"], [12, -3, 5])
    ax.set_title("何建国 本周漏斗")
    ax.set_ylabel("人数")
    return fig


def test_chinese_chart_draws_without_missing_glyphs():
    family = mpl_fonts.configure_matplotlib_cjk()

    assert family
    fig = _chart()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.canvas.draw()
        fig.savefig(io.BytesIO(), format="png")


def test_without_a_cjk_font_the_same_chart_warns():
    """The check above means something: DejaVu alone reports the missing glyphs."""
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig = _chart()
        with pytest.warns(UserWarning, match="missing from font"):
            fig.canvas.draw()


def test_rc_params_put_the_cjk_family_first():
    family = mpl_fonts.configure_matplotlib_cjk()

    assert matplotlib.rcParams["font.sans-serif"][0] == family
    assert matplotlib.rcParams["font.family"] == ["sans-serif"]
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]), fallback_to_default=False)
    assert font_manager.get_font(found).family_name == family


def test_configure_is_idempotent():
    first = mpl_fonts.configure_matplotlib_cjk()
    registered = len(font_manager.fontManager.ttflist)

    assert mpl_fonts.configure_matplotlib_cjk() == first
    assert len(font_manager.fontManager.ttflist) == registered
    assert matplotlib.rcParams["font.sans-serif"].count(first) == 1


def test_pdf_export_embeds_the_cjk_font():
    family = mpl_fonts.configure_matplotlib_cjk()
    out = io.BytesIO()

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _chart().savefig(out, format="pdf")

    assert family.replace(" ", "").encode() in out.getvalue().replace(b" ", b"")


def test_missing_font_file_warns_and_changes_nothing(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(mpl_fonts, "_known_cjk_family", lambda: "")
    monkeypatch.setattr(mpl_fonts, "bundled_cjk_font_path", lambda: tmp_path / "gone.ttc")
    before = list(matplotlib.rcParams["font.sans-serif"])

    with caplog.at_level(logging.WARNING, logger=mpl_fonts.__name__):
        assert mpl_fonts.configure_matplotlib_cjk() == ""

    assert "gone.ttc" in caplog.text
    assert matplotlib.rcParams["font.sans-serif"] == before


def test_does_not_import_pyplot():
    code = (
        "import sys\n"
        "from salesdesk.reports.mpl_fonts import configure_matplotlib_cjk\n"
        "assert configure_matplotlib_cjk()\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)
