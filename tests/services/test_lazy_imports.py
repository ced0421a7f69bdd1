"""Read-only work never pays for the heavy libraries: they load on first use."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "matplotlib", "pypinyin", "PySide6")


def _loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True).stdout.strip()
    return [m for m in out.split(",") if m]


def test_services_and_storage_import_none_of_them():
    assert _loaded_after("import salesdesk.services, salesdesk.storage.db, salesdesk.core.search") == []


def test_a_search_and_a_weekly_table_do_not_load_the_pinyin_dictionary(tmp_path):
    from salesdesk.storage.db import close_db, open_db

    path = tmp_path / "s.db"
    close_db(open_db(path))
    code = (
        "from salesdesk.storage.db import open_db\nfrom salesdesk.services import SalesDesk\n"
        f"desk = SalesDesk(open_db({str(path)!r}))\n"
        "desk.list_customers('wang'); desk.count_customers('王'); desk.weekly_table(); desk.board_snapshot()"
    )
    assert _loaded_after(code) == []


def test_pinyin_loads_when_a_customer_is_written(tmp_path):
    code = (
        "from salesdesk.storage.db import open_db\nfrom salesdesk.services import SalesDesk\n"
        "from salesdesk.core.customer import CustomerData\n"
        f"SalesDesk(open_db({str(tmp_path / 'w.db')!r})).add_customer(CustomerData(name='何建国'))"
    )
    assert _loaded_after(code) == ["pypinyin"]
