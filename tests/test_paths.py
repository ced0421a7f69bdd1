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


# -- private data: modes of what salesdesk creates (Linux/macOS) ------------------------
import logging  # noqa: E402
import os  # noqa: E402
import stat  # noqa: E402

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")


def mode(path) -> int:
    return stat.S_IMODE(Path(path).stat().st_mode)


@pytest.fixture(params=[0o022, 0o077], ids=["umask022", "umask077"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


@posix_only
def test_database_its_wal_and_shm_and_the_data_folder_are_private(tmp_path, umask):
    from salesdesk.storage.db import close_db, open_db

    folder = tmp_path / "share" / "salesdesk"
    path = folder / "salesdesk.db"
    db = open_db(path)
    try:
        db.execute_sql("CREATE TABLE scratch (x)")  # a write: the -wal and -shm exist now
        assert (folder / "salesdesk.db-wal").exists() and (folder / "salesdesk.db-shm").exists()
        assert {p.name: mode(p) for p in folder.iterdir()} == {
            "salesdesk.db": 0o600, "salesdesk.db-wal": 0o600, "salesdesk.db-shm": 0o600}
    finally:
        close_db(db)
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert paths.current_umask() == umask


@posix_only
def test_backups_and_their_folder_are_private(db, tmp_path, umask):
    import datetime as dt

    from salesdesk.storage.backup import make_backup

    backup = make_backup(db, tmp_path / "backups", dt.datetime(2026, 11, 23, 10, 0))
    assert mode(tmp_path / "backups") == 0o700 and mode(backup) == 0o600


@posix_only
def test_the_log_is_private_and_stays_so_when_it_rotates(tmp_path, umask):
    log = tmp_path / "logs" / "salesdesk.log"
    paths.make_private_dir(log.parent)
    handler = paths.PrivateRotatingFileHandler(log, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("test.private.log")
    logger.addHandler(handler)
    try:
        for i in range(20):
            logger.error("客户 测试客户%03d 的电话 13800000000", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(log.parent.iterdir())
    assert len(files) == 3 and {mode(p) for p in files} == {0o600} and mode(log.parent) == 0o700


@posix_only
def test_exports_respect_the_umask_and_never_widen_it(tmp_path, umask):
    from salesdesk.reports.files import write_atomically

    new = write_atomically(tmp_path / "周报.xlsx", b"data")
    assert mode(new) == 0o666 & ~umask  # 0644 under 022, 0600 under 077 (was always 0644)
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    os.chmod(kept, 0o640)
    write_atomically(kept, b"new")
    assert mode(kept) == 0o640  # replacing a file keeps the mode its owner gave it


@posix_only
def test_private_helpers_leave_existing_folders_alone(tmp_path, umask):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    paths.make_private_dir(shared / "a" / "b")
    assert mode(shared) == 0o755 and mode(shared / "a") == 0o700 and mode(shared / "a" / "b") == 0o700
    assert paths.create_private_file(shared / "a" / "f") is True
    assert paths.create_private_file(shared / "a" / "f") is False
    assert mode(shared / "a" / "f") == 0o600


@posix_only
def test_the_crash_log_the_app_opens_is_private(tmp_path, umask):
    from salesdesk import app

    log = tmp_path / "data" / "salesdesk.log"
    handler = app._log_handler(log)
    try:
        handler.emit(logging.makeLogRecord({"msg": "unexpected error", "levelno": logging.ERROR}))
    finally:
        handler.close()
    assert mode(log) == 0o600 and mode(log.parent) == 0o700


@posix_only
def test_window_settings_are_written_private(tmp_path, umask):
    from PySide6.QtCore import QSettings

    conf = tmp_path / "config" / "salesdesk" / "salesdesk.conf"
    paths.make_private_config(conf)
    settings = QSettings(str(conf), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", "1366x768")
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    del settings
    assert "1366x768" in conf.read_text()
    assert mode(conf) == 0o600 and mode(conf.parent) == 0o700


def _as_an_older_version_left_it(folder):
    """A database with its -wal and -shm (a connection still open holds them), a backups
    folder and a backup, all created readable by others (0644 files, 0755 folders)."""
    import sqlite3

    from salesdesk.storage.db import close_db, open_db

    close_db(open_db(folder / "salesdesk.db"))
    (folder / "backups").mkdir()
    (folder / "backups" / "salesdesk-20261101-100000.db").write_bytes(b"")
    holder = sqlite3.connect(folder / "salesdesk.db")
    holder.execute("CREATE TABLE scratch (x)")
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    assert (folder / "salesdesk.db-wal").exists() and (folder / "salesdesk.db-shm").exists()
    return holder


@posix_only
def test_an_existing_install_is_made_private_when_its_database_opens(tmp_path, monkeypatch):
    from salesdesk.storage.db import close_db, open_db

    old = os.umask(0o022)
    try:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
        (tmp_path / "share").mkdir()
        os.chmod(tmp_path / "share", 0o755)
        folder = paths.data_dir()
        paths.make_private_dir(folder)
        holder = _as_an_older_version_left_it(folder)
        try:
            close_db(open_db(paths.default_db_path()))
            assert {p.name: mode(p) for p in folder.iterdir() if p.is_file()} == {
                "salesdesk.db": 0o600, "salesdesk.db-wal": 0o600, "salesdesk.db-shm": 0o600}
        finally:
            holder.close()
        assert mode(folder) == 0o700 and mode(folder / "backups") == 0o700
        assert mode(folder.parent) == 0o755  # not salesdesk's folder: left alone
        # A database elsewhere: the file and its backups folder, not the folder the user chose.
        chosen = tmp_path / "Documents"
        chosen.mkdir()
        _as_an_older_version_left_it(chosen).close()
        os.chmod(chosen / "salesdesk.db", 0o640)
        close_db(open_db(chosen / "salesdesk.db"))
        assert mode(chosen / "salesdesk.db") == 0o600 and mode(chosen / "backups") == 0o700
        assert mode(chosen) == 0o755
    finally:
        os.umask(old)


@posix_only
def test_making_an_install_private_never_widens_nor_fails_the_open(tmp_path, monkeypatch, caplog):
    from salesdesk.storage.db import close_db, open_db

    _as_an_older_version_left_it(tmp_path).close()
    os.chmod(tmp_path / "salesdesk.db", 0o400)  # narrower than 0600 (root can still write it)
    os.chmod(tmp_path / "backups", 0o500)
    if os.geteuid() == 0:
        close_db(open_db(tmp_path / "salesdesk.db"))
        assert mode(tmp_path / "salesdesk.db") == 0o400 and mode(tmp_path / "backups") == 0o500
    os.chmod(tmp_path / "salesdesk.db", 0o644)
    os.chmod(tmp_path / "backups", 0o755)

    def refused(path, *args, **kwargs):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", refused)
    with caplog.at_level(logging.WARNING, logger="salesdesk.storage.db"):
        db = open_db(tmp_path / "salesdesk.db")
    close_db(db)
    monkeypatch.undo()
    assert mode(tmp_path / "salesdesk.db") == 0o644
    assert any("salesdesk.db" in r.getMessage() and "private" in r.getMessage() for r in caplog.records)


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs to give files to another user")
def test_what_another_user_owns_is_left_as_it_is(tmp_path):
    from salesdesk.storage.db import close_db, open_db

    _as_an_older_version_left_it(tmp_path).close()
    os.chown(tmp_path / "backups", 65534, 65534)
    close_db(open_db(tmp_path / "salesdesk.db"))
    assert mode(tmp_path / "salesdesk.db") == 0o600 and mode(tmp_path / "backups") == 0o755
    os.chmod(tmp_path / "salesdesk.db", 0o644)
    os.chown(tmp_path / "salesdesk.db", 65534, 65534)  # a database that is not the user's
    os.chown(tmp_path / "backups", 0, 0)
    close_db(open_db(tmp_path / "salesdesk.db"))
    assert mode(tmp_path / "salesdesk.db") == 0o644 and mode(tmp_path / "backups") == 0o755
