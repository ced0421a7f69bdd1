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
