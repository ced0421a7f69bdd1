"""``salesdesk import`` and ``export customers``: the §7.1 JSON, exit codes, rejects, --force."""
import json

import pytest
from openpyxl import load_workbook

from salesdesk.cli import main

GOOD = "姓名,手机,单位,生日\n何建国,138-1234-5678,示例公司,1980/3/5\n李秀英,13900001111,,\n"
BAD = GOOD + "王五,12345,,明天\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def csv_file(tmp_path):
    def make(text, name="客户.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path
    return make


def test_import_json_is_the_contract_shape(db_path, csv_file, capsys):
    code, out, err = run(capsys, "import", csv_file(GOOD), "--db", db_path, "--json")
    assert code == 0, err
    assert json.loads(out) == {"imported": 2, "skipped": 0, "errors": [], "duplicates": [], "dry_run": False}


def test_a_bad_row_stops_the_import_exit_2_with_the_json_printed_too(db_path, csv_file, capsys):
    code, out, err = run(capsys, "import", csv_file(BAD), "--db", db_path, "--json")
    assert code == 2
    result = json.loads(out)
    assert result["imported"] == 0 and {(e["row"], e["column"]) for e in result["errors"]} == {(4, "手机"), (4, "生日")}
    code, out, _ = run(capsys, "customer", "list", "--db", db_path, "--json")
    assert json.loads(out) == []


def test_the_text_output_lists_each_problem_and_says_why_on_one_stderr_line(db_path, csv_file, capsys):
    code, out, err = run(capsys, "import", csv_file(BAD), "--db", db_path)
    assert code == 2 and "第 4 行［手机］" in out
    assert err.count("\n") == 1 and "--skip-bad-rows" in err


def test_skip_bad_rows_writes_the_rejects_with_a_reason_column(db_path, csv_file, tmp_path, capsys):
    rejects = tmp_path / "未导入.xlsx"
    code, out, err = run(capsys, "import", csv_file(BAD), "--db", db_path, "--skip-bad-rows", "--rejects", rejects,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2 and json.loads(out)["skipped"] == 1
    rows = list(load_workbook(rejects).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("行号", "原因", "姓名") and rows[1][0] == 4 and "手机" in rows[1][1] and rows[1][2] == "王五"
    # Fixed, the rejects file imports as it is (行号 and 原因 are left out).
    code, out, err = run(capsys, "import", rejects, "--db", db_path, "--dry-run", "--json")
    assert code == 2 and {e["column"] for e in json.loads(out)["errors"]} == {"手机", "生日"}


def test_an_existing_rejects_file_is_kept_unless_force(db_path, csv_file, tmp_path, capsys):
    rejects = tmp_path / "未导入.csv"
    rejects.write_text("mine")
    code, _, err = run(capsys, "import", csv_file(BAD), "--db", db_path, "--skip-bad-rows", "--rejects", rejects)
    assert code == 2 and "--force" in err and rejects.read_text() == "mine"
    assert run(capsys, "customer", "list", "--db", db_path, "--json")[1].strip() in ("", "[]")


def test_duplicates_dry_run_and_each_choice(db_path, csv_file, capsys):
    path = csv_file(GOOD)
    run(capsys, "import", path, "--db", db_path)
    code, out, _ = run(capsys, "import", path, "--db", db_path, "--json", "--dry-run")
    result = json.loads(out)
    assert code == 0 and result["dry_run"] is True and result["skipped"] == 2
    assert [d["row"] for d in result["duplicates"]] == [2, 3] and all(d["customer"] for d in result["duplicates"])
    code, out, _ = run(capsys, "import", path, "--db", db_path, "--json", "--on-duplicate", "add")
    assert json.loads(out)["imported"] == 2
    code, out, _ = run(capsys, "customer", "list", "--db", db_path, "--json")
    assert len(json.loads(out)) == 4


def test_undo_reverts_the_last_import(db_path, csv_file, capsys):
    run(capsys, "import", csv_file(GOOD), "--db", db_path)
    code, out, err = run(capsys, "import", "--undo", "--db", db_path)
    assert code == 0 and "删除 2 位" in out, err
    code, out, err = run(capsys, "import", "--undo", "--db", db_path)
    assert code == 2 and "没有可以撤销的导入" in err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_import_columns_and_never_overwrites_without_force(db_path, csv_file, tmp_path, capsys,
                                                                             suffix):
    run(capsys, "import", csv_file(GOOD), "--db", db_path)
    run(capsys, "customer", "add", "=1+2", "--db", db_path)
    out_file = tmp_path / f"导出{suffix}"
    code, out, err = run(capsys, "export", "customers", "-o", out_file, "--db", db_path)
    assert code == 0 and "3 位客户" in out, err
    if suffix == ".xlsx":
        ws = load_workbook(out_file).active
        names = {ws.cell(r, 1).value: ws.cell(r, 1) for r in range(2, 5)}
        assert names["=1+2"].data_type == "s" and names["=1+2"].quotePrefix
    before = out_file.read_bytes()
    code, _, err = run(capsys, "export", "customers", "-o", out_file, "--db", db_path)
    assert code == 2 and "--force" in err and out_file.read_bytes() == before
    assert run(capsys, "export", "customers", "-o", out_file, "--db", db_path, "--force")[0] == 0
    other = tmp_path / "空.db"
    code, out, err = run(capsys, "import", out_file, "--db", other, "--json")
    assert code == 0 and json.loads(out)["imported"] == 3, err


def test_hostile_and_wrong_files_are_exit_2_with_one_line(db_path, tmp_path, capsys):
    for name, content in (("a.xlsx", b"not a zip"), ("b.csv", b""), ("c.csv", b"\xff\xfe\x00"), ("d.doc", b"x")):
        path = tmp_path / name
        path.write_bytes(content)
        code, out, err = run(capsys, "import", path, "--db", db_path)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, (name, err)
    code, _, err = run(capsys, "import", "--db", db_path)
    assert code == 2 and "--undo" in err
