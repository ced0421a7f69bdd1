"""Resources are found from a checkout, an installed wheel and a PyInstaller build."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from salesdesk import paths

REPO = Path(__file__).resolve().parents[1]
FONT = "wqy-microhei.ttc"


def test_checkout_resources_hold_the_font_and_its_licence():
    fonts = paths.resource_path("fonts")

    assert fonts.is_dir()
    assert (fonts / FONT).is_file()
    assert (fonts / "LICENSE-Apache-2.0.txt").is_file()
    assert paths.bundled_cjk_font_path() == fonts / FONT
    assert paths.bundled_cjk_font_path().stat().st_size > 1_000_000


def test_checkout_root_is_the_repository_resources_folder():
    assert paths.resources_root() == REPO / "resources"


@pytest.fixture
def not_frozen(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def test_frozen_build_reads_from_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert paths.resource_path("fonts", FONT) == tmp_path / "resources" / "fonts" / FONT


def test_meipass_alone_does_not_mean_frozen(monkeypatch, tmp_path, not_frozen):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert paths.resources_root() == REPO / "resources"


def test_installed_wheel_reads_from_inside_the_package(monkeypatch, tmp_path, not_frozen):
    package = tmp_path / "site-packages" / "salesdesk"
    (package / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)

    assert paths.resource_path("fonts") == package / "resources" / "fonts"


def test_data_locations(monkeypatch, tmp_path):
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
        assert paths.data_dir() == tmp_path / "share" / "salesdesk"

    assert paths.data_dir().name == "salesdesk"
    assert paths.backup_dir().parent == paths.data_dir()
    assert paths.default_db_path() == paths.data_dir() / "salesdesk.db"


def test_asking_for_locations_creates_no_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))

    paths.data_dir(), paths.backup_dir(), paths.default_db_path(), paths.resource_path("x")

    assert list(tmp_path.iterdir()) == []


def _pyproject_setuptools() -> dict:
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]


def test_wheel_ships_every_package_and_the_resources():
    """pyproject lists packages by hand (to map resources/ in): none may be forgotten."""
    config = _pyproject_setuptools()
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "salesdesk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }

    missing = on_disk - set(config["packages"])
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert config["package-dir"]["salesdesk.resources"] == "resources"
    assert "**/*" in config["package-data"]["salesdesk.resources"]


def test_qt_binding_keeps_none_alive():
    """PySide6 6.12.0 under Python 3.11 dropped a reference to None on each void call and
    aborted the app after a few thousand; pyproject pins it below 6.12. Guard the pin."""
    import sys

    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(200):
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 5
