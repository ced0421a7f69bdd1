"""One Chinese line on stderr, always (SPEC §7): argparse's and the OS's English never shows.

The commands run in a separate Python process with the real stderr, so a log line or an
English message from argparse would be seen exactly as a user would see it.
"""
import argparse
import json
import re
import subprocess
import textwrap

import pytest

from tests.cli.conftest import PYTHON

#: Runs each case in turn with fd 1 and 2 pointing at files: what a terminal would show.
DRIVER = textwrap.dedent('''
    import errno, json, os, sqlite3, sys, tempfile
    cases = json.loads(sys.argv[1])
    from salesdesk.storage import db as dbmod
    dbmod.PRAGMAS = tuple((k, 50 if k == "busy_timeout" else v) for k, v in dbmod.PRAGMAS)
    from salesdesk.cli import main, run
    results = []
    for case in cases:
        holder = None
        if case.get("lock"):
            holder = sqlite3.connect(case["lock"], timeout=0.05)
            holder.execute("BEGIN EXCLUSIVE")
        if case.get("deny"):
            def denied(path, *a, **k):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            dbmod.open_db = denied
        if case.get("boom"):
            def boom(args):
                raise RuntimeError("boom: something internal went wrong")
            run.COMMANDS["customer"] = boom
        saved = os.dup(1), os.dup(2)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            os.dup2(out.fileno(), 1); os.dup2(err.fileno(), 2)
            try:
                code = main(case["argv"])
            except SystemExit as exc:
                code = exc.code
            sys.stdout.flush(); sys.stderr.flush()
            os.dup2(saved[0], 1); os.dup2(saved[1], 2)
            out.seek(0); err.seek(0)
            results.append({"code": code, "out": out.read().decode(), "err": err.read().decode()})
        if holder is not None:
            holder.rollback(); holder.close()
    print(json.dumps(results))
''')


def run_cases(cases, env):
    done = subprocess.run([PYTHON, "-c", DRIVER, json.dumps(cases)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def parser_words() -> set[str]:
    """Names a user types: sub-commands, option names, metavars (NAME, FILE…)."""
    from salesdesk.cli import build_parser

    words, parsers = set(), [build_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            texts = [*action.option_strings, str(action.metavar or "")]
            if isinstance(action, argparse._SubParsersAction):
                texts += list(action.choices)
                parsers += list(action.choices.values())
            words |= set(re.findall(r"[A-Za-z]+", " ".join(texts)))
    return words


def english_words(err: str, argv) -> set[str]:
    """ASCII words on stderr that are neither typed by the user nor a name they type."""
    allowed = set(re.findall(r"[A-Za-z]+", " ".join(argv))) | parser_words() | {"salesdesk", "UTF"}
    return {w for w in re.findall(r"[A-Za-z]{2,}", err) if w not in allowed}


def assert_one_chinese_line(result, argv):
    err = result["err"]
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("salesdesk: ")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    assert english_words(err, argv) == set(), err


ARGPARSE_CASES = [
    ["customer", "add", "王五", "多余的"],            # unrecognized arguments
    ["customer", "add"],                              # the following arguments are required
    ["customer", "add", "王五", "--phone"],           # expected one argument
    ["no-such-command"],                              # invalid choice
    ["customer", "remove", "1"],                      # invalid choice of a sub-command
    ["move", "1", "p25", "--signed=yes"],             # ignored explicit argument
    ["dept", "merge", "-o", "team.xlsx"],             # required nargs="+"
    ["demo", "--customers", "abc"],                   # a type's own message
    ["customer", "list", "--nope"],
]


def test_argparse_speaks_chinese_in_one_line(tmp_path, cli_env):
    db = str(tmp_path / "s.db")
    cases = [{"argv": [*argv, "--db", db]} for argv in ARGPARSE_CASES]
    for case, result in zip(cases, run_cases(cases, cli_env)):
        assert result["code"] == 2, (case, result)
        assert result["out"] == ""
        assert_one_chinese_line(result, case["argv"])
        assert "--help" in result["err"]  # says where the usage is


def test_os_and_database_refusals_are_one_chinese_line_and_logged(tmp_path, cli_env, data_home):
    db = tmp_path / "s.db"
    plain_file = tmp_path / "a-file"
    plain_file.write_text("x")
    cases = [
        {"argv": ["customer", "add", "王五", "--db", str(db)]},
        # A database the other program holds: WriteFailed, exit 1, no "WARNING write refused" line.
        {"argv": ["customer", "add", "赵六", "--db", str(db)], "lock": str(db)},
        # strerror "Not a directory" inside a storage message.
        {"argv": ["customer", "add", "王五", "--db", str(plain_file / "sub" / "x.db")]},
        # strerror "Permission denied" from an OSError.
        {"argv": ["customer", "list", "--db", str(db)], "deny": True},
    ]
    results = run_cases(cases, cli_env)
    assert results[0]["code"] == 0
    locked, not_a_folder, denied = results[1:]
    assert locked["code"] == 1 and "占用" in locked["err"]
    assert not_a_folder["code"] == 1 and "不是文件夹" in not_a_folder["err"]
    assert denied["code"] == 1 and "没有权限" in denied["err"]
    for case, result in zip(cases[1:], results[1:]):
        assert_one_chinese_line(result, case["argv"])
        for english in ("WARNING", "Permission", "denied", "directory", "locked", "Errno"):
            assert english not in result["err"]
    log = (data_home / "salesdesk.log").read_text(encoding="utf-8")
    assert "write refused" in log and "database is locked" in log  # the details are kept


def test_an_unexpected_error_points_to_the_log_and_shows_no_english(tmp_path, cli_env, data_home):
    argv = ["customer", "list", "--db", str(tmp_path / "s.db")]
    (result,) = run_cases([{"argv": argv, "boom": True}], cli_env)
    assert result["code"] == 1
    assert_one_chinese_line(result, argv + [str(data_home / "salesdesk.log")])
    assert "boom" not in result["err"] and str(data_home / "salesdesk.log") in result["err"]
    log = (data_home / "salesdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "boom: something internal went wrong" in log


def test_nothing_is_logged_on_success(tmp_path, cli_env, data_home):
    (result,) = run_cases([{"argv": ["customer", "add", "王五", "--db", str(tmp_path / "s.db")]}], cli_env)
    assert result["code"] == 0 and result["err"] == ""
    assert not data_home.exists()


@pytest.mark.parametrize("raw", [b"\xff\xe5\x90\x8d", b"\xe5\x90", b"abc\x80"])
def test_invalid_utf8_in_an_argument_is_bad_input(tmp_path, cli_env, raw):
    db = tmp_path / "s.db"
    done = subprocess.run([PYTHON, "-m", "salesdesk", "customer", "add", raw, "--db", str(db)],
                          capture_output=True, env=cli_env, timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and "UTF-8" in err and "意外" not in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err)
    assert not db.exists()  # nothing created, nothing written


def test_the_window_keeps_its_own_log_file(monkeypatch, data_home):
    """Opening the window (no sub-command) leaves logging to app.py: no second handler on its file."""
    import logging

    import salesdesk.app
    from salesdesk.cli import main

    seen = []

    def fake_gui(db, **options):
        logging.getLogger("salesdesk.crash").error("a crash the window logs itself")
        seen.append([type(h).__name__ for h in logging.getLogger().handlers])
        return 0

    monkeypatch.setattr(salesdesk.app, "run_gui", fake_gui)
    assert main([]) == 0
    assert seen and "LazyFileHandler" not in seen[0]
    assert not (data_home / "salesdesk.log").exists()


def test_a_group_without_its_sub_command_says_which_to_use(tmp_path, capsys):
    from salesdesk.cli import main

    missing = tmp_path / "none.db"
    for group, hint in (("customer", "customer add"), ("prospect", "prospect add"), ("dept", "dept export"),
                        ("settings", "settings list")):
        assert main([group, "--db", str(missing)]) == 2
        err = capsys.readouterr().err
        assert hint in err and "不存在" not in err
    assert main(["move"]) == 2
    assert "PROSPECT（潜在客户编号）、STAGE（目标阶段）" in capsys.readouterr().err
    assert not missing.exists()
