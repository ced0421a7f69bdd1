"""Read-only commands start fast: they never load the spreadsheet, chart or window libraries.

openpyxl, matplotlib and PySide6 together take about a second to import on a small
machine; only the command that writes such a file may import them.
"""
import json
import subprocess

from salesdesk.cli import main
from tests.cli.conftest import PYTHON

HEAVY = ("openpyxl", "matplotlib", "PySide6")

READ_ONLY = [
    ["customer", "list"],
    ["customer", "list", "--json", "--search", "hjg"],
    ["weekly", "--json"],
    ["weekly"],
    ["settings", "get", "agent_name"],
    ["settings", "list", "--json"],
    ["prospect", "show", "1", "--json"],
    ["prospect", "show", "1"],
    ["check"],
]

DRIVER = """
import json, os, sys
from salesdesk.cli import main
heavy = json.loads(sys.argv[1]); cases = json.loads(sys.argv[2])
loaded = {}
devnull = os.open(os.devnull, os.O_WRONLY)
for argv in cases:
    saved = os.dup(1); os.dup2(devnull, 1)
    code = main(argv)
    sys.stdout.flush(); os.dup2(saved, 1)
    loaded[" ".join(argv)] = [code, sorted({m.split(".")[0] for m in sys.modules} & set(heavy))]
print(json.dumps(loaded))
"""


def test_read_only_commands_do_not_import_report_or_window_libraries(db_path, capsys, cli_env):
    db = ["--db", str(db_path)]
    assert main(["customer", "add", "何建国", *db]) == 0
    assert main(["prospect", "add", "何建国", "--at", "2026-11-02 09:00", *db]) == 0
    capsys.readouterr()
    cases = [[*argv, *db] for argv in READ_ONLY]
    done = subprocess.run([PYTHON, "-c", DRIVER, json.dumps(HEAVY), json.dumps(cases)],
                          capture_output=True, text=True, env=cli_env, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert {cmd: result for cmd, result in loaded.items() if result != [0, []]} == {}


def test_the_check_would_see_an_export_loading_openpyxl(db_path, tmp_path, cli_env):
    cases = [["weekly", "--xlsx", str(tmp_path / "w.xlsx"), "--db", str(db_path)]]
    done = subprocess.run([PYTHON, "-c", DRIVER, json.dumps(HEAVY), json.dumps(cases)],
                          capture_output=True, text=True, env=cli_env, timeout=120)
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout).values()
    assert result[0] == 0 and "openpyxl" in result[1]
