"""``salesdesk today | agenda | todo`` (SPEC §7.1): the JSON of ``today`` is a contract."""
import datetime as dt
import json

from salesdesk.cli import main
from salesdesk.core.clock import FixedClock
from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_agenda_add_reports_an_overlap_on_stderr_and_prints_the_id(db_path, capsys):
    db = str(db_path)
    assert run(capsys, "customer", "add", "何建国", "--db", db)[0] == 0
    code, out, err = run(capsys, "agenda", "add", "何建国", "--at", "2026-12-02 10:00", "--title", "送计划书", "--db", db)
    assert code == 0 and out.splitlines()[-1] == "1" and err == ""
    code, out, err = run(capsys, "agenda", "add", "1", "--at", "2026-12-02T10:30", "--minutes", "30", "--json",
                         "--db", db)
    assert code == 0 and json.loads(out) == {"id": 2} and "重叠" in err
    code, out, _ = run(capsys, "agenda", "--date", "2026-12-02", "--json", "--db", db)
    assert [(a["id"], a["at"], a["minutes"], a["title"]) for a in json.loads(out)["appointments"]] == [
        (1, "2026-12-02 10:00", 60, "送计划书"), (2, "2026-12-02 10:30", 30, "")]
    code, out, _ = run(capsys, "agenda", "--week", "--date", "2026-12-06", "--db", db)
    assert code == 0 and "10:00–11:00  [1] 何建国：送计划书" in out
    for bad in (["--at", "2026-12-02"], ["--at", "2026-12-02 10:00", "--minutes", "0"]):
        code, out, err = run(capsys, "agenda", "add", "1", *bad, "--db", db)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_todo_add_list_done(db_path, capsys):
    db = str(db_path)
    run(capsys, "customer", "add", "何建国", "--db", db)
    code, out, _ = run(capsys, "todo", "add", "回访", "--due", "2026-12-02", "--important", "--urgent",
                       "--customer", "何建国", "--db", db)
    assert code == 0 and out.splitlines()[-1] == "1"
    code, out, _ = run(capsys, "todo", "list", "--json", "--db", db)
    (item,) = json.loads(out)
    assert (item["id"], item["text"], item["due"], item["quadrant"], item["customer"]) == (
        1, "回访", "2026-12-02", "重要紧急", 1)
    assert run(capsys, "todo", "done", "1", "--db", db)[0] == 0
    assert json.loads(run(capsys, "todo", "list", "--json", "--db", db)[1]) == []
    code, _, err = run(capsys, "todo", "done", "9", "--db", db)
    assert code == 2 and "找不到" in err


def test_today_json_has_exactly_the_contract_keys(db_path, capsys):
    db = open_db(db_path)
    desk = SalesDesk(db, FixedClock(dt.datetime(2026, 10, 1, 9)))
    he = desk.add_customer(CustomerData(name="何建国", birthday=dt.date(1980, 11, 25), value_grade="A"))
    p = desk.add_prospect(he, "重疾险")
    desk.move_prospect(p, Stage.APPOINTMENT, first_meeting=dt.date(2026, 10, 30))
    desk.clock.set(dt.datetime(2026, 11, 20, 9))
    desk.move_prospect(p, Stage.P90, criteria=[1, 2, 5], budget="100", signing_date=dt.date(2026, 11, 21),
                       next_step="收款", signed=True, paid="100")
    desk.todos.add("回访", due=dt.date(2026, 11, 23))
    desk.agenda.add(he, dt.datetime(2026, 11, 23, 15), 60, "面谈")
    close_db(db)
    code, out, _ = run(capsys, "today", "--date", "2026-11-23", "--json", "--db", str(db_path))
    assert code == 0
    view = json.loads(out)
    assert list(view) == ["date", "appointments", "todos", "birthdays", "anniversaries", "turning_overdue",
                          "stuck_at_90", "not_contacted"]
    assert view["date"] == "2026-11-23"
    assert view["appointments"] == [{"at": "2026-11-23 15:00", "customer": he, "title": "面谈"}]
    assert view["todos"] == [{"id": 1, "text": "回访", "due": "2026-11-23", "quadrant": "不重要不紧急"}]
    assert view["birthdays"] == [{"customer": he, "name": "何建国", "date": "2026-11-25", "in_days": 2, "lunar": False}]
    assert view["anniversaries"] == []
    assert view["turning_overdue"] == [{"prospect": p, "name": "何建国", "age_days": 24, "cycle_days": 28}]
    assert view["stuck_at_90"] == [{"prospect": p, "name": "何建国", "signing_date": "2026-11-21"}]
    assert view["not_contacted"] == [{"customer": he, "name": "何建国", "days": 53, "grade": "A"}]
    code, out, _ = run(capsys, "today", "--date", "2026-11-23", "--days", "1", "--json", "--db", str(db_path))
    assert json.loads(out)["birthdays"] == []
    code, out, _ = run(capsys, "today", "--date", "2026-11-23", "--db", str(db_path))
    assert code == 0 and "15:00  何建国：面谈" in out and "何建国  A  53 天（从未联系）" in out
