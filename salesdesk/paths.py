"""Where salesdesk finds its bundled resources and keeps the user's data.

Resources (fonts, icons, translations...) live in the repository's top-level
``resources/`` folder. The same tree is reachable three ways:

* source checkout (or editable install): ``<repo>/resources``;
* installed wheel: ``salesdesk/resources`` inside site-packages (pyproject maps
  the ``resources/`` folder to the ``salesdesk.resources`` package);
* PyInstaller build: ``sys._MEIPASS/resources`` (the spec must list
  ``("resources", "resources")`` in its datas).

Nothing here creates a folder by itself: callers create what they write into, when they
write, through ``make_private_dir`` / ``create_private_file`` — an agent's customers are
nobody else's business, so on Linux and macOS data folders are 0700 and data files 0600
whatever the umask (the umask can only narrow them further).
"""

from __future__ import annotations

import logging.handlers
import os
import sys
import threading
from pathlib import Path

from platformdirs import PlatformDirs

from salesdesk.i18n import tr

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


def default_data_dir() -> Path:
    """The system's per-user folder for salesdesk's data (not created here)."""
    return Path(_dirs().user_data_dir)


def data_dir() -> Path:
    """The folder of the database (not created here): the one the agent moved it to in
    设置 (preference ``data_dir``, read by the window and the command line alike), else the
    system's per-user folder."""
    from salesdesk import preferences  # preferences imports this module

    chosen = preferences.get(preferences.DATA_DIR)
    if isinstance(chosen, str) and chosen.strip():
        folder = Path(chosen)
        if folder.is_absolute():
            return folder
    return default_data_dir()


def backup_dir() -> Path:
    """Where automatic backups go (not created here)."""
    return data_dir() / "backups"


def cache_dir() -> Path:
    """Files salesdesk can make again (the English catalogue built from source)."""
    return Path(_dirs().user_cache_dir)


def default_db_path() -> Path:
    return data_dir() / "salesdesk.db"


# -- private files ------------------------------------------------------------------
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: str | Path) -> Path:
    """Create ``path`` and its missing parents 0700; folders that exist are left alone."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # another process made it meanwhile
            pass
    if not path.is_dir():
        raise NotADirectoryError(20, tr("不是文件夹"), str(path))
    return path


def create_private_file(path: str | Path) -> bool:
    """Create ``path`` empty and 0600 unless it exists; True when it was created here.

    SQLite gives its -wal, -shm and -journal files the mode of the database file, so
    creating the database this way keeps all of them private.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def make_private_config(path: str | Path) -> None:
    """Create an INI-style config file 0600 in a 0700 folder before Qt first writes it.

    QSettings saves through QSaveFile, which keeps the mode of the file it replaces, so a
    file created private stays private. Other formats (the Windows registry, macOS
    preferences written by the system) are left to the system.
    """
    path = Path(path)
    if os.name != "posix" or path.suffix.lower() not in (".conf", ".ini"):
        return
    try:
        make_private_dir(path.parent)
        create_private_file(path)
    except OSError:
        pass  # settings that cannot be saved are not worth refusing to start over


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (a log can quote customer data)."""

    def _open(self):
        create_private_file(self.baseFilename)
        return super()._open()
