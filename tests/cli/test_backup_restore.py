import json
import sqlite3

from salesdesk.cli import main


def names(db_path, capsys):
    assert main(["customer", "list", "--json", "--db", str(db_path)]) == 0
    return sorted(c["name"] for c in json.loads(capsys.readouterr().out))


def test_backup_then_restore_brings_the_data_back_and_keeps_a_safety_copy(db_path, capsys, tmp_path):
    main(["customer", "add", "何建国", "--db", str(db_path)])
    copy = tmp_path / "copy.db"
    assert main(["backup", "-o", str(copy), "--db", str(db_path)]) == 0
    main(["customer", "add", "李秀英", "--db", str(db_path)])
    capsys.readouterr()
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    assert "恢复前的数据已备份到" in capsys.readouterr().out
    assert names(db_path, capsys) == ["何建国"]
    safety = sorted((db_path.parent / "backups").glob("salesdesk-*.db"))
    assert len(safety) == 1  # the state before the restore is not lost
    con = sqlite3.connect(safety[0])
    assert sorted(r[0] for r in con.execute("SELECT name FROM customer")) == ["何建国", "李秀英"]
    con.close()


def test_backup_goes_to_the_backups_folder_by_default(db_path, capsys):
    assert main(["backup", "--db", str(db_path)]) == 0
    assert len(list((db_path.parent / "backups").glob("salesdesk-*.db"))) == 1


def test_restore_refuses_a_bad_file_and_changes_nothing(db_path, capsys, tmp_path):
    main(["customer", "add", "何建国", "--db", str(db_path)])
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    capsys.readouterr()
    assert main(["restore", str(bad), "--db", str(db_path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "missing.db"), "--db", str(db_path)]) == 2
    capsys.readouterr()
    assert names(db_path, capsys) == ["何建国"]
    assert not (db_path.parent / "backups").exists()


def test_check_reports_healthy_and_corrupt(db_path, capsys, tmp_path):
    assert main(["check", "--db", str(db_path)]) == 0
    assert "完好" in capsys.readouterr().out
    broken = tmp_path / "broken.db"
    data = bytearray(db_path.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble over every b-tree page header but the first
        data[page * 4096:page * 4096 + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    broken.write_bytes(bytes(data))
    assert main(["check", "--db", str(broken)]) == 1


# -- bad files through the command line ----------------------------------------------
import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from bad_files import (  # noqa: E402
    fill_disk, filled, make_corrupt, make_foreign, make_newer, make_not_sqlite, make_truncated, read_only, sha,
    side_files, small_disk,
)

BAD = [
    (make_corrupt, "已损坏"),
    (make_truncated, "不完整"),
    (make_not_sqlite, "不是有效的 salesdesk"),
    (make_newer, "更新版本"),
    (make_foreign, "其他程序"),
]


@pytest.mark.parametrize("make,words", BAD, ids=lambda v: getattr(v, "__name__", ""))
@pytest.mark.parametrize("command", [["customer", "list"], ["customer", "add", "何建国"], ["check"], ["backup"]])
def test_each_bad_file_gets_its_message_exit_1_and_stays_untouched(tmp_path, capsys, make, words, command):
    path = make(tmp_path / "salesdesk.db")
    before = sha(path)
    assert main([*command, "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sha(path) == before
    assert side_files(path) == []
    assert not (tmp_path / "backups").exists()  # nothing backed up, no .part left


def test_backup_refuses_a_corrupt_database_and_says_so(tmp_path, capsys):
    path = make_corrupt(tmp_path / "salesdesk.db")
    assert main(["backup", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and "未备份" in err
    assert main(["backup", "-o", str(tmp_path / "copy.db"), "--db", str(path)]) == 1
    assert "未备份" in capsys.readouterr().err
    assert not (tmp_path / "copy.db").exists() and side_files(tmp_path / "copy.db") == []


def _check(path, capsys):
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.err.strip()


def test_check_tells_a_locked_file_from_a_corrupt_one(db_path, capsys):
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        code, err = _check(db_path, capsys)
    finally:
        other.rollback()
        other.close()
    assert code == 1
    assert "占用" in err and "不要从备份恢复" in err and "已损坏" not in err


def test_check_tells_a_read_only_file(tmp_path, capsys):
    path = filled(tmp_path / "salesdesk.db")
    before = sha(path)
    with read_only(path):
        code, err = _check(path, capsys)
    assert code == 1 and "只读" in err and "不需要从备份恢复" in err and "已损坏" not in err
    assert sha(path) == before and side_files(path) == []


def test_check_tells_a_read_only_folder(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    path = filled(folder / "salesdesk.db")
    before = sha(path)
    with read_only(folder):
        code, err = _check(path, capsys)
    assert code == 1 and "文件夹不能写入" in err and "不需要从备份恢复" in err and "已损坏" not in err
    assert sha(path) == before and side_files(path) == []


def test_check_tells_a_missing_folder(tmp_path, capsys):
    code, err = _check(tmp_path / "unplugged-drive" / "salesdesk.db", capsys)
    assert code == 2 and "文件夹不存在" in err and "备份" not in err


def test_check_and_writes_on_a_full_disk(tmp_path, capsys):
    with small_disk(tmp_path / "disk", size_kb=8192) as disk:
        path = filled(disk / "salesdesk.db", customers=20)
        fill_disk(disk)
        before = sha(path)
        code, err = _check(path, capsys)
        assert code == 1 and "磁盘空间已满" in err and "不需要从备份恢复" in err and "已损坏" not in err
        assert main(["customer", "add", "何建国", "--company", "示例保险", "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "磁盘空间已满" in err and "cannot rollback" not in err
        assert main(["backup", "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "磁盘空间已满" in err
        assert not (disk / "backups").exists() or list((disk / "backups").iterdir()) == []  # no .part left
        assert sha(path) == before


def test_restore_replaces_a_corrupt_database_and_keeps_the_damaged_file_aside(tmp_path, capsys):
    good = filled(tmp_path / "good.db", customers=5)
    assert main(["backup", "-o", str(tmp_path / "copy.db"), "--db", str(good)]) == 0
    (tmp_path / "data").mkdir()
    path = make_corrupt(tmp_path / "data" / "salesdesk.db")
    damaged = sha(path)
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "copy.db"), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已损坏" in out and "已从" in out
    assert len(names(path, capsys)) == 5
    aside = list((path.parent / "backups").glob("damaged-*.db"))
    assert len(aside) == 1 and sha(aside[0]) == damaged
    assert list((path.parent / "backups").glob("salesdesk-*.db")) == []  # the rotation holds no damaged copy


def test_a_restore_in_the_same_second_as_the_backup_keeps_both(db_path, capsys, monkeypatch):
    from salesdesk.core import clock

    monkeypatch.setattr(clock.SystemClock, "now", lambda self: dt.datetime(2026, 11, 23, 10, 0, 0))
    main(["customer", "add", "何建国", "--db", str(db_path)])
    assert main(["backup", "--db", str(db_path)]) == 0
    backup = next((db_path.parent / "backups").glob("salesdesk-*.db"))
    kept = sha(backup)
    main(["customer", "add", "李秀英", "--db", str(db_path)])
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0  # the same second
    capsys.readouterr()
    assert names(db_path, capsys) == ["何建国"]  # the backup's data, not the current data
    assert sha(backup) == kept  # the safety copy did not replace the backup being restored
    copies = sorted((db_path.parent / "backups").glob("salesdesk-*.db"))
    assert [p.name for p in copies] == ["salesdesk-20261123-100000-2.db", "salesdesk-20261123-100000.db"]
    con = sqlite3.connect(copies[0])
    assert sorted(r[0] for r in con.execute("SELECT name FROM customer")) == ["何建国", "李秀英"]
    con.close()


def test_backups_are_in_rollback_journal_mode_and_read_without_side_files(db_path, capsys):
    assert main(["backup", "--db", str(db_path)]) == 0
    backup = next((db_path.parent / "backups").glob("salesdesk-*.db"))
    assert backup.read_bytes()[18:20] == b"\x01\x01"  # not WAL
    before = sha(backup)
    con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    con.execute("SELECT count(*) FROM customer").fetchone()
    con.close()
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    assert sha(backup) == before and side_files(backup) == []
