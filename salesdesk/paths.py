"""Where salesdesk finds its bundled resources and keeps the user's data.

Resources (fonts, icons, translations...) live in the repository's top-level
``resources/`` folder. The same tree is reachable three ways:

* source checkout (or editable install): ``<repo>/resources``;
* installed wheel: ``salesdesk/resources`` inside site-packages (pyproject maps
  the ``resources/`` folder to the ``salesdesk.resources`` package);
* PyInstaller build: ``sys._MEIPASS/resources`` (the spec must list
  ``("resources", "resources")`` in its datas).

Nothing here creates a folder: callers create what they write into, when they write.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "salesdesk"

# The CJK font the app ships, so Chinese never renders as boxes on a machine
# without one (see resources/fonts/README.md).
BUNDLED_CJK_FONT = ("fonts", "wqy-microhei.ttc")

#: Families an OS ships for Chinese, best first; the screen and the charts both prefer
#: one of these when the machine has it, the bundled font otherwise.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "SimSun",
)

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The folder holding the resources, for the way the app is running now."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass) / "resources"
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "x.ttc")``.

    The path is returned whether or not the file exists, so callers can say
    which file is missing.
    """
    return resources_root().joinpath(*parts)


def bundled_cjk_font_path() -> Path:
    return resource_path(*BUNDLED_CJK_FONT)


def _dirs() -> PlatformDirs:
    # appauthor=False: no vendor folder level on Windows (%LOCALAPPDATA%\salesdesk).
    return PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The per-user folder for the database (not created here)."""
    return Path(_dirs().user_data_dir)


def backup_dir() -> Path:
    """Where automatic backups go (not created here)."""
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / "salesdesk.db"
