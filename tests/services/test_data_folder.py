"""Moving the data folder (设置 → 移动…): everything arrives checked, the preference follows,
the originals go only afterwards, and every refusal leaves the original folder as it was."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from bad_files import read_only, sha, small_disk
from salesdesk import paths, preferences
from salesdesk.core.clock import FixedClock
from salesdesk.core.customer import CustomerData
from salesdesk.services import SalesDesk
from salesdesk.services.data_folder import FolderMoveRefused
from salesdesk.storage.backup import make_backup
from salesdesk.storage.db import close_db, open_db
from salesdesk.storage.errors import DiskFullError

NOW = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def prefs(tmp_path, monkeypatch):
    """This computer's preferences in a file of the test's own, the system's data folder too."""
    path = tmp_path / "config" / "preferences.json"
    monkeypatch.setattr(preferences, "preferences_path", lambda: path)
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "system-data")
    return path


@pytest.fixture
def live(tmp_path, prefs):
    """An agent's open data folder: the database (with a -wal), two backups and a log."""
    folder = tmp_path / "system-data"
    db = open_db(folder / "salesdesk.db")
    desk = SalesDesk(db, FixedClock(NOW))
    for i in range(25):
        cid = desk.add_customer(CustomerData(name=f"Zhang Wei {i}", company="Acme Trading", notes="x" * 200))
        if i % 2:
            desk.add_prospect(cid, "Annuity")
    make_backup(db, folder / "backups", NOW - dt.timedelta(days=1))
    make_backup(db, folder / "backups", NOW)
    (folder / "salesdesk.log").write_text("2026-11-23 started\n", encoding="utf-8")
    desk.add_customer(CustomerData(name="Li Na", company="Acme Trading"))  # in the -wal only
    yield desk, folder
    if not db.is_closed():
        close_db(db)


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def customer_count(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def test_a_move_copies_checked_points_the_preference_and_removes_the_originals_last(live, tmp_path, prefs):
    desk, old = live
    target = tmp_path / "usb" / "salesdesk data"
    target.mkdir(parents=True)
    backups = sorted(p.name for p in (old / "backups").iterdir())

    move = desk.data_folder.move(target)

    assert move.new_db == target.resolve() / "salesdesk.db"
    assert customer_count(move.new_db) == 26  # the row still in the -wal came along
    assert sorted(p.name for p in (target / "backups").iterdir()) == backups
    assert (target / "salesdesk.log").read_text(encoding="utf-8") == "2026-11-23 started\n"
    assert preferences.load()[preferences.DATA_DIR] == str(target.resolve())
    assert paths.default_db_path() == target.resolve() / "salesdesk.db"
    # Until the window lets go of it, the original stays where it was.
    assert (old / "salesdesk.db").is_file() and len(list((old / "backups").iterdir())) == 2
    if os.name == "posix":
        assert (move.new_db.stat().st_mode & 0o777) == 0o600

    close_db(desk.db)
    assert move.finish() == []

    assert not old.exists()  # nothing else was in it
    assert customer_count(move.new_db) == 26


def test_moving_back_to_the_systems_folder_forgets_the_preference(live, tmp_path, prefs):
    desk, old = live
    away = tmp_path / "away"
    away.mkdir()
    move = desk.data_folder.move(away)
    close_db(desk.db)
    move.finish()
    assert not old.exists()
    old.mkdir()  # the system's folder, picked again in the dialog
    db = open_db(move.new_db)
    try:
        back = SalesDesk(db).data_folder.move(old)
    finally:
        close_db(db)
    back.finish()
    assert preferences.DATA_DIR not in preferences.load()
    assert paths.default_db_path() == old / "salesdesk.db"
    assert customer_count(old / "salesdesk.db") == 26


def refused(desk, target, **kw) -> str:
    with pytest.raises(FolderMoveRefused) as caught:
        desk.data_folder.move(target, **kw)
    return str(caught.value)


@pytest.fixture
def untouched(live, prefs):
    """Asserts, after the test, that the original folder and the preferences are as before."""
    desk, old = live
    desk.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(old)
    yield desk, old
    assert snapshot(old) == before
    assert preferences.DATA_DIR not in preferences.load()
    assert paths.default_db_path() == old / "salesdesk.db"


def test_a_folder_holding_a_salesdesk_db_is_refused(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "other"
    target.mkdir()
    (target / "salesdesk.db").write_bytes(b"someone else's data")

    assert "已有 salesdesk 数据文件" in refused(desk, target)
    assert (target / "salesdesk.db").read_bytes() == b"someone else's data"


def test_a_backup_of_the_same_name_there_is_refused(untouched, tmp_path):
    desk, old = untouched
    target = tmp_path / "other"
    (target / "backups").mkdir(parents=True)
    name = sorted((old / "backups").iterdir())[0].name
    (target / "backups" / name).write_bytes(b"older")

    assert "同名的文件" in refused(desk, target)
    assert (target / "backups" / name).read_bytes() == b"older"
    assert not (target / "salesdesk.db").exists()


def test_a_folder_inside_the_current_one_is_refused(untouched):
    desk, old = untouched
    assert "之内" in refused(desk, old / "backups")
    assert "已经在这个文件夹" in refused(desk, old)


def test_a_missing_or_relative_folder_is_refused(untouched, tmp_path):
    desk, _old = untouched
    assert "不存在" in refused(desk, tmp_path / "nowhere")
    assert "完整" in refused(desk, Path("relative"))


def test_a_folder_that_cannot_be_written_is_refused(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "locked"
    target.mkdir()
    with read_only(target):
        assert "不能写入" in refused(desk, target)
    assert list(target.iterdir()) == []


def test_too_little_room_is_refused_before_anything_is_copied(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "small"
    target.mkdir()
    message = refused(desk, target, disk_usage=lambda _p: (10**9, 10**9 - 4096, 4096))
    assert "空间不足" in message and "MB" in message
    assert list(target.iterdir()) == []


def test_a_disk_filling_up_during_the_copy_leaves_nothing_there(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "tiny"
    with small_disk(target, size_kb=64):
        # The free-space check is told there is room: the copy itself meets the full disk.
        message = refused(desk, target, disk_usage=lambda _p: (10**12, 0, 10**12))
        assert "磁盘空间已满" in message and "原来的数据没有改动" in message
        assert list(target.iterdir()) == []


def test_the_real_free_space_check_refuses_a_small_disk(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "tiny"
    with small_disk(target, size_kb=64):
        assert "空间不足" in refused(desk, target)
        assert list(target.iterdir()) == []


def test_a_preference_that_cannot_be_saved_undoes_the_copies(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "other"
    target.mkdir()

    def cannot_save(_folder):
        raise OSError(28, "No space left on device")

    assert "无法保存新的数据文件夹位置" in refused(desk, target, save=cannot_save)
    assert list(target.iterdir()) == []


def test_a_copy_that_fails_its_check_is_removed(untouched, tmp_path, monkeypatch):
    import salesdesk.storage.relocate as relocate

    desk, _old = untouched
    target = tmp_path / "other"
    target.mkdir()
    monkeypatch.setattr(relocate, "table_counts", lambda con, calls=[]: calls.append(1) or {"customer": len(calls)})

    message = refused(desk, target)
    assert "没有通过检查" in message and "customer" in message
    assert list(target.iterdir()) == []


def test_a_read_only_window_cannot_move(untouched, tmp_path):
    desk, _old = untouched
    target = tmp_path / "other"
    target.mkdir()
    desk.db.read_only_reason = "只读：另一个窗口"
    try:
        assert refused(desk, target) == "只读：另一个窗口"
    finally:
        desk.db.read_only_reason = ""


def test_a_disk_full_error_reads_as_such(untouched, tmp_path, monkeypatch):
    import salesdesk.services.data_folder as data_folder

    desk, _old = untouched
    target = tmp_path / "other"
    target.mkdir()

    def full(source, dest):
        raise DiskFullError("磁盘空间已满，无法写入，未做任何更改：x", dest)

    monkeypatch.setattr(data_folder, "copy_file_checked", full)
    assert "磁盘空间已满" in refused(desk, target)
    assert list(target.iterdir()) == []
