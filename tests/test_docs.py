"""The user guide (docs/) keeps up with the program: pages in both languages, every picture and link
there, the shortcut tables listing every key the window has, and the screenshot script running."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("zh", "en")
#: A page per screen (issue 15), in each language.
PAGES = {"index.md", "customers.md", "board.md", "weekly.md", "stats.md", "day.md", "import.md", "setup.md",
         "shortcuts.md"}
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
MAX_IMAGE_BYTES = 250_000


def links(page: Path, pattern=LINK) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [target for target in pattern.findall(text) if not re.match(r"[a-z]+:", target)]


def test_each_language_has_a_page_per_screen():
    for lang in LANGUAGES:
        assert {p.name for p in (DOCS / lang).glob("*.md")} == PAGES, lang


def test_every_link_and_picture_of_the_guide_and_the_readme_is_there():
    pages = sorted(DOCS.rglob("*.md")) + [ROOT / "README.md"]
    missing = []
    for page in pages:
        for target in links(page):
            path = target.split("#", 1)[0]
            if path and not (page.parent / path).exists():
                missing.append(f"{page.relative_to(ROOT)} → {target}")
    assert missing == []


def test_the_readme_leads_to_the_guide_in_both_languages():
    readme = links(ROOT / "README.md")
    assert "docs/zh/index.md" in readme and "docs/en/index.md" in readme


def test_the_index_links_every_page():
    for lang in LANGUAGES:
        linked = {target.split("#")[0] for target in links(DOCS / lang / "index.md")}
        assert PAGES - {"index.md"} <= linked, lang


def test_both_languages_show_the_same_screenshots_in_their_own_language():
    for name in PAGES:
        shown = {}
        for lang in LANGUAGES:
            images = links(DOCS / lang / name, IMAGE)
            assert all(image.startswith(f"../images/{lang}/") for image in images), (lang, name, images)
            shown[lang] = [Path(image).name for image in images]
        assert shown["zh"] == shown["en"], name


def test_every_screenshot_is_used_and_small():
    for lang in LANGUAGES:
        used = {Path(image).name for page in (DOCS / lang).glob("*.md") for image in links(page, IMAGE)}
        files = {p.name for p in (DOCS / "images" / lang).glob("*.png")}
        assert files == used, lang
        for name in files:
            path = DOCS / "images" / lang / name
            assert path.stat().st_size < MAX_IMAGE_BYTES, path
            assert not QImage(str(path)).isNull(), path


def test_the_shortcut_tables_list_every_key_of_the_window(qtbot, desk, tmp_path):
    from PySide6.QtCore import QSettings

    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.pages import install_pages
    from salesdesk.ui.shortcut_sheet import collect

    window = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    install_pages(window, window.messages)
    # Menu letters (Alt+F…) follow each language's menu names; every other key is the same in both.
    keys = {key for group in collect(window) for entry in group.entries if not entry.mnemonic for key in entry.keys}
    assert "Ctrl+N" in keys and "Alt+1" in keys
    for lang in LANGUAGES:
        table = (DOCS / lang / "shortcuts.md").read_text(encoding="utf-8")
        listed = set(re.findall(r"`([^`]+)`", table))
        assert keys <= listed, (lang, sorted(keys - listed), "run: python docs/screenshots.py --only shortcuts")


@pytest.mark.slow
def test_the_screenshot_script_takes_its_pictures(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, str(DOCS / "screenshots.py"), "--lang", "zh", "--out", str(tmp_path),
                          "--only", "customers,shortcuts,about", "--no-table"],
                         env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    shots = {p.name: QImage(str(p)) for p in (tmp_path / "zh").glob("*.png")}
    assert set(shots) == {"customers.png", "shortcuts.png", "about.png"}
    assert (shots["customers.png"].width(), shots["customers.png"].height()) == (1366, 768)
    assert all(not image.isNull() for image in shots.values())
