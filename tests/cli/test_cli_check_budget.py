"""A command checks its file within a small budget; damage it then meets is still reported.

At 5× a heavy agent the whole open-time quick check was 0.39 s of a 0.67 s
``customer list``: ordinary commands check a file past ``COMMAND_FULL_CHECK_BYTES`` only
lightly (a small file is still checked whole), while ``backup``, ``restore`` and ``check``
look at everything.
"""
import sqlite3

from bad_files import PAGE, filled, sha, side_files
from salesdesk.cli import main
from salesdesk.storage import db as db_module, health


def _damage_middle_of_customers(path):
    """Scribble over the customer table's middle leaf pages: its first and last rows stay
    readable, so only a check that reads everything, or a read that lands there, sees it."""
    con = sqlite3.connect(path)
    try:
        pages = [r[0] for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = 'customer' AND pagetype = 'leaf' ORDER BY pageno")]
    finally:
        con.close()
    assert len(pages) > 12, "the fixture needs a customer table of many pages"
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 3: 2 * len(pages) // 3]:
        start = (page - 1) * PAGE
        data[start:start + 12] = b"\x0d" + b"\xff" * 11
    path.write_bytes(bytes(data))


def test_a_small_file_is_checked_whole_by_an_ordinary_command(tmp_path, capsys):
    path = filled(tmp_path / "salesdesk.db", customers=300)
    _damage_middle_of_customers(path)
    before = sha(path)
    assert main(["customer", "list", "--json", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "已损坏" in err[0]
    assert sha(path) == before and side_files(path) == []


def test_damage_beyond_the_budget_is_reported_when_a_command_reads_it(tmp_path, capsys, monkeypatch):
    path = filled(tmp_path / "salesdesk.db", customers=300)
    _damage_middle_of_customers(path)
    monkeypatch.setattr(health, "COMMAND_FULL_CHECK_BYTES", 0)  # as if the file were far bigger
    budgets = []
    real_inspect = db_module.inspect

    def spy(path, newest, *, steps=health.QUICK_CHECK_STEPS):
        budgets.append(steps)
        return real_inspect(path, newest, steps=steps)

    monkeypatch.setattr(db_module, "inspect", spy)
    assert main(["customer", "list", "--json", "--db", str(path)]) == 1
    assert budgets == [0]  # opened past the bounded check; the damage was met while reading
    out = capsys.readouterr()
    assert out.out == ""  # nothing half-listed
    err = out.err.strip().splitlines()
    assert len(err) == 1 and "已损坏" in err[0] and "Traceback" not in out.err


def test_backup_checks_the_whole_file_whatever_the_command_budget(tmp_path, capsys, monkeypatch):
    path = filled(tmp_path / "salesdesk.db", customers=300)
    _damage_middle_of_customers(path)
    monkeypatch.setattr(health, "COMMAND_FULL_CHECK_BYTES", 0)
    assert main(["backup", "--db", str(path)]) != 0
    assert "已损坏" in capsys.readouterr().err
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").glob("*.db"))
