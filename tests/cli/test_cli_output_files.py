"""Output files are never overwritten silently (SPEC §7): an existing file needs --force;
a wrong extension or a missing folder is exit 2; a refused export writes nothing."""
import pytest

from salesdesk.cli import main


@pytest.fixture
def named(db_path, capsys):
    assert main(["settings", "set", "agent_name", "周明", "--db", str(db_path)]) == 0
    assert main(["customer", "add", "何建国", "--db", str(db_path)]) == 0
    assert main(["prospect", "add", "何建国", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


def refused(capsys, args, *untouched):
    before = {p: p.read_bytes() if p.exists() else None for p in untouched}
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    for path, content in before.items():
        assert (path.read_bytes() if path.exists() else None) == content, path
    return err


def dept_file(tmp_path, named, capsys, name="mine.xlsx"):
    path = tmp_path / name
    assert main(["dept", "export", "-o", str(path), "--db", str(named)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("command", [
    lambda out: ["weekly", "--xlsx", str(out)],
    lambda out: ["dept", "export", "-o", str(out)],
])
def test_an_existing_file_is_kept_unless_force(named, tmp_path, capsys, command):
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the manager's own file")
    err = refused(capsys, [*command(out), "--db", str(named)], out)
    assert "已存在" in err and "--force" in err
    assert main([*command(out), "--force", "--db", str(named)]) == 0
    assert out.read_bytes().startswith(b"PK")  # now the export (an xlsx is a zip)


def test_merge_keeps_an_existing_output_unless_force(named, tmp_path, capsys):
    mine = dept_file(tmp_path, named, capsys)
    main(["settings", "set", "agent_name", "李四", "--db", str(named)])
    other = dept_file(tmp_path, named, capsys, "other.xlsx")
    team = tmp_path / "team.xlsx"
    team.write_bytes(b"last week's merge")
    assert "已存在" in refused(capsys, ["dept", "merge", str(mine), str(other), "-o", str(team)], team)
    assert main(["dept", "merge", str(mine), str(other), "-o", str(team), "--force"]) == 0
    assert team.read_bytes().startswith(b"PK")
    # An input named as the output is refused by the merge even with --force.
    assert "不能是" in refused(capsys, ["dept", "merge", str(mine), str(other), "-o", str(mine), "--force"], mine)


@pytest.mark.parametrize("args,name", [
    (["weekly", "--xlsx"], "week.csv"),
    (["weekly", "--pdf"], "week.xlsx"),
    (["weekly", "--xlsx"], "week"),
    (["dept", "export", "-o"], "team.csv"),
])
def test_a_wrong_extension_is_refused(named, tmp_path, capsys, args, name):
    out = tmp_path / name
    assert "结尾" in refused(capsys, [*args, str(out), "--db", str(named)], out)
    assert not out.exists()


def test_a_wrong_extension_of_a_merge_is_refused(named, tmp_path, capsys):
    mine = dept_file(tmp_path, named, capsys)
    out = tmp_path / "team.csv"
    assert "结尾" in refused(capsys, ["dept", "merge", str(mine), "-o", str(out)], out)


@pytest.mark.parametrize("args", [
    ["weekly", "--xlsx", "{folder}/w.xlsx"],
    ["weekly", "--pdf", "{folder}/w.pdf"],
    ["dept", "export", "-o", "{folder}/d.xlsx"],
])
def test_a_missing_folder_is_bad_input(named, tmp_path, capsys, args):
    folder = tmp_path / "no-such-folder"
    err = refused(capsys, [a.format(folder=folder) for a in args] + ["--db", str(named)])
    assert "文件夹不存在" in err and not folder.exists()


def test_a_missing_folder_of_a_merge_is_bad_input(named, tmp_path, capsys):
    mine = dept_file(tmp_path, named, capsys)
    err = refused(capsys, ["dept", "merge", str(mine), "-o", str(tmp_path / "nope" / "t.xlsx")])
    assert "文件夹不存在" in err and not (tmp_path / "nope").exists()


def test_a_refused_second_target_writes_neither(named, tmp_path, capsys):
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "w.pdf"
    pdf.write_bytes(b"%PDF old")
    refused(capsys, ["weekly", "--xlsx", str(xlsx), "--pdf", str(pdf), "--db", str(named)], pdf)
    assert not xlsx.exists()


def test_a_folder_is_not_an_output_file(named, tmp_path, capsys):
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    assert "文件夹" in refused(capsys, ["weekly", "--xlsx", str(folder), "--force", "--db", str(named)])
