"""``customer add | edit | delete | show`` (SPEC §7.1): options, exit codes and the JSON contract."""
import json

import pytest

from salesdesk.cli import main


def cli(capsys, *args, code=0):
    got = main(list(args))
    out, err = capsys.readouterr()
    assert got == code, err
    return out if code == 0 else err


@pytest.fixture
def db(db_path):
    return ("--db", str(db_path))


@pytest.fixture
def family(db, capsys):
    """何建国 introduced 李秀英, whose prospect was won at 12,000.50 and who has two contacts."""
    cli(capsys, "customer", "add", "何建国", "--phone", "13812345678", "--company", "锦程物流", "--title", "总经理",
        "--source", "陌拜", "--birthday", "1980-11-25", "--anniversary", "2005-10-01", "--grade", "A",
        "--level", "目标客户", "--tags", "高净值,企业主", "--notes", "喜欢喝茶", *db)
    out = cli(capsys, "customer", "add", "李秀英", "--referrer", "何建国", "--lunar-birthday", "1990-闰5-20", *db)
    assert out.splitlines()[-1] == "2"
    for args in (("prospect", "add", "李秀英", "--plan", "重疾险", "--at", "2026-11-02 09:00"),
                 ("move", "1", "appointment", "--first-meeting", "2026-11-04", "--at", "2026-11-03 10:00"),
                 ("move", "1", "p25", "--at", "2026-11-04 15:00"),
                 ("move", "1", "p50", "--criteria", "1,2,3,4,5", "--budget", "12000", "--signing-date", "2026-11-20",
                  "--next-step", "签单", "--at", "2026-11-06 16:30"),
                 ("move", "1", "p90", "--signed", "--paid", "12000", "--at", "2026-11-10 10:00"),
                 ("move", "1", "won", "--premium", "12000.50", "--at", "2026-11-12 10:00"),
                 ("log", "李秀英", "contact", "--method", "电话", "--at", "2026-11-01 09:00", "--topic", "约见"),
                 ("log", "李秀英", "contact", "--method", "面谈", "--at", "2026-11-05 09:00", "--summary", "讲解计划书")):
        cli(capsys, *args, *db)
    return db


def show(capsys, db, who, *more):
    return json.loads(cli(capsys, "customer", "show", who, "--json", *more, *db))


def test_show_json_has_every_key_of_the_contract(family, capsys):
    from salesdesk.core.customer import CustomerData

    he = show(capsys, family, "1", "--date", "2026-11-23")
    card_fields = set(CustomerData.field_names()) - {"referrer_id", "birthday", "lunar_birthday"}
    assert set(he) == {"id", *card_fields, "birthday", "next_birthday", "prospects", "contacts", "referred_by",
                       "referrals", "referral_deals", "referral_premium"}
    assert {k: he[k] for k in ("id", "name", "company", "title", "mobile", "source", "value_grade", "relation_level",
                               "tags", "notes", "anniversary")} == {
        "id": 1, "name": "何建国", "company": "锦程物流", "title": "总经理", "mobile": "13812345678", "source": "陌拜",
        "value_grade": "A", "relation_level": "目标客户", "tags": "高净值,企业主", "notes": "喜欢喝茶",
        "anniversary": "2005-10-01"}
    assert he["birthday"] == {"calendar": "solar", "year": 1980, "month": 11, "day": 25, "leap": False}
    assert he["next_birthday"] == "2026-11-25"
    assert he["referred_by"] is None and he["referrals"] == [2]
    assert he["referral_deals"] == 1 and he["referral_premium"] == "12000.50"
    assert he["prospects"] == [] and he["contacts"] == []


def test_show_json_of_a_lunar_birthday_prospects_and_contacts_newest_first(family, capsys):
    from salesdesk.core.lunar import DateSpec, next_occurrence
    import datetime as dt

    li = show(capsys, family, "李秀英", "--date", "2026-11-23")
    assert li["birthday"] == {"calendar": "lunar", "year": 1990, "month": 5, "day": 20, "leap": True}
    assert li["next_birthday"] == next_occurrence(DateSpec(True, 1990, 5, 20, True), dt.date(2026, 11, 23)).isoformat()
    assert li["referred_by"] == 1 and li["referrals"] == [] and li["referral_premium"] == "0.00"
    assert [(p["id"], p["stage"], p["premium"]) for p in li["prospects"]] == [(1, "won", "12000.50")]
    assert [c["at"] for c in li["contacts"]] == ["2026-11-05T09:00", "2026-11-01T09:00"]
    assert li["contacts"][0]["summary"] == "讲解计划书" and li["contacts"][1]["topic"] == "约见"


def test_edit_changes_only_the_options_given(family, capsys):
    before = show(capsys, family, "1")
    out = cli(capsys, "customer", "edit", "1", "--title", "董事长", "--grade", "B", "--tags", "", *family)
    assert out.splitlines()[-1] == "1"
    after = show(capsys, family, "1")
    assert (after["title"], after["value_grade"], after["tags"]) == ("董事长", "B", "")
    assert {k: v for k, v in after.items() if k not in ("title", "value_grade", "tags")} == \
        {k: v for k, v in before.items() if k not in ("title", "value_grade", "tags")}
    cli(capsys, "customer", "edit", "2", "--birthday", "1990-07-03", "--referrer", "", *family)
    li = show(capsys, family, "2")
    assert li["birthday"]["calendar"] == "solar" and li["referred_by"] is None


def test_a_likely_duplicate_is_refused_unless_forced(family, capsys):
    err = cli(capsys, "customer", "add", "何建国", "--phone", "138-1234-5678", *family, code=2)
    assert "编号 1" in err and "--force" in err
    out = cli(capsys, "customer", "add", "何建国", "--phone", "138-1234-5678", "--force", *family)
    assert out.splitlines()[-1] == "3"


def test_delete_needs_yes_takes_a_backup_and_says_where(family, capsys, db_path):
    err = cli(capsys, "customer", "delete", "李秀英", *family, code=2)
    assert "--yes" in err and len(err.strip().splitlines()) == 1
    assert show(capsys, family, "2")["id"] == 2  # still there
    result = json.loads(cli(capsys, "customer", "delete", "李秀英", "--yes", "--json", *family))
    assert result["deleted"] == [2]
    from pathlib import Path
    backup = Path(result["backup"])
    assert backup.exists() and backup.parent.name == "backups"
    cli(capsys, "customer", "show", "2", *family, code=2)
    assert show(capsys, family, "1")["referrals"] == []


@pytest.mark.parametrize("args", [
    ["customer", "add", "王五", "--birthday", "1990-13-01"],
    ["customer", "add", "王五", "--birthday", "2099-01-01"],
    ["customer", "add", "王五", "--lunar-birthday", "13-40"],
    ["customer", "add", "王五", "--birthday", "1990-01-01", "--lunar-birthday", "8-15"],
    ["customer", "add", "王五", "--grade", "F"],
    ["customer", "add", "王五", "--level", "大客户"],
    ["customer", "edit", "99", "--title", "经理"],
    ["customer", "edit", "1", "--referrer", "1"],
    ["customer", "show", "99"],
    ["customer", "show", "1", "--date", "2026-02-30"],
    ["customer", "delete", "99", "--yes"],
])
def test_bad_input_exits_2_with_one_chinese_line(family, capsys, args):
    err = cli(capsys, *args, *family, code=2)
    assert len(err.strip().splitlines()) == 1 and any("\u4e00" <= ch <= "\u9fff" for ch in err)
