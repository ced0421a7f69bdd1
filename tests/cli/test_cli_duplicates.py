"""``customer add --force``, ``customer dupes`` and ``customer merge KEEP OTHER`` (SPEC §3.2, §7.1):
exit codes, the one-line refusals, and the JSON shapes."""
import json
import sqlite3

import pytest

from salesdesk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def he(db_path, capsys):
    code, out, _ = run(capsys, "customer", "add", "何建国", "--phone", "13812345678", "--company", "锦程物流",
                       "--db", str(db_path))
    assert code == 0
    return int(out.strip().splitlines()[-1])


def count(path, table="customer"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("phone", ["138-1234-5678", "+86 13812345678", "１３８１２３４５６７８"])
def test_a_likely_duplicate_is_refused_with_exit_2_naming_the_other_id(db_path, he, capsys, phone):
    code, out, err = run(capsys, "customer", "add", "何先生", "--phone", phone, "--db", str(db_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"编号 {he}" in err and "电话相同" in err and "--force" in err
    assert count(db_path) == 1


def test_the_same_name_and_company_is_refused_too(db_path, he, capsys):
    code, _, err = run(capsys, "customer", "add", "何建国", "--company", "锦程物流 ", "--db", str(db_path))
    assert code == 2 and f"编号 {he}，姓名和公司相同" in err


def test_force_saves_anyway_and_prints_the_new_id(db_path, he, capsys):
    code, out, _ = run(capsys, "customer", "add", "何先生", "--phone", "13812345678", "--force", "--json",
                       "--db", str(db_path))
    assert code == 0 and json.loads(out) == {"id": he + 1}


def test_dupes_lists_the_pairs_as_json(db_path, he, capsys):
    run(capsys, "customer", "add", "何先生", "--phone", "+86 138-1234-5678", "--force", "--db", str(db_path))
    run(capsys, "customer", "add", "何建国", "--company", "锦程物流", "--force", "--db", str(db_path))
    code, out, _ = run(capsys, "customer", "dupes", "--json", "--db", str(db_path))
    assert code == 0
    assert json.loads(out) == [{"customers": [he, he + 1], "why": "phone"},
                               {"customers": [he, he + 2], "why": "name+company"}]
    code, out, _ = run(capsys, "customer", "dupes", "--db", str(db_path))
    assert code == 0 and "何先生" in out and "共 2 对" in out


def test_no_dupes_is_an_empty_list(db_path, he, capsys):
    assert run(capsys, "customer", "dupes", "--json", "--db", str(db_path))[:2] == (0, "[]\n")


def test_merge_moves_everything_and_undo_gives_it_back(db_path, he, capsys):
    run(capsys, "customer", "add", "何先生", "--phone", "13812345678", "--force", "--db", str(db_path))
    other = he + 1
    run(capsys, "prospect", "add", str(other), "--plan", "重疾险", "--db", str(db_path))
    run(capsys, "log", str(other), "dial", "--db", str(db_path))
    code, out, _ = run(capsys, "customer", "merge", str(he), str(other), "--json", "--db", str(db_path))
    assert code == 0
    result = json.loads(out)
    assert result["kept"] == he and result["other"] == other and result["id"] == 1
    assert result["moved"] == {"prospect": 1, "activity": 1}
    assert result["backup"].endswith(".db")
    assert count(db_path) == 1
    code, out, _ = run(capsys, "customer", "merge", "--undo", "--json", "--db", str(db_path))
    assert code == 0 and json.loads(out) == {"undone": 1, "kept": he, "restored": other}
    assert count(db_path) == 2
    code, _, err = run(capsys, "customer", "merge", "--undo", "--db", str(db_path))
    assert code == 2 and "没有可以撤销的合并" in err


def test_merge_in_words_names_both_and_ends_with_the_merge_id(db_path, he, capsys):
    run(capsys, "customer", "add", "何先生", "--phone", "13812345678", "--force", "--db", str(db_path))
    code, out, _ = run(capsys, "customer", "merge", "何建国", "何先生", "--db", str(db_path))
    lines = out.strip().splitlines()
    assert code == 0 and "何先生" in lines[0] and "何建国" in lines[0] and lines[-1] == "1"


@pytest.mark.parametrize("argv, message", [
    (["customer", "merge", "1"], "请写出两位客户"),
    (["customer", "merge", "1", "1"], "不能把客户与自己合并"),
    (["customer", "merge", "1", "99"], "找不到客户“99”"),
    (["customer", "merge", "1", "2", "--undo"], "撤销合并时不要再写"),
    (["customer", "merge", "--undo", "x"], "合并编号“x”不正确"),
    (["customer", "merge", "--undo", "5"], "找不到编号为 5 的合并记录"),
])
def test_each_refusal_is_exit_2_with_one_line(db_path, he, capsys, argv, message):
    code, out, err = run(capsys, *argv, "--db", str(db_path))
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    assert count(db_path) == 1 and count(db_path, "merge_record") == 0
