"""The command line in English (``--lang en`` or SALESDESK_LANG=en): help, outputs and errors
say nothing in Chinese; exit codes and JSON stay as in Chinese; Chinese inputs still work.

The data has Latin names, so any Chinese found is the program's own text. A few texts come
from the method's own terms (stage, criteria, field and setting names) that other layers
say: those are taken out before looking (``OTHER_LAYERS``), and go as those layers speak English.
"""
import argparse
import json
import re
import subprocess

import pytest

from salesdesk.cli import build_parser, main
from tests.cli.conftest import PYTHON
from tests.english import chinese

#: Lines said by the core and services layers (not the command line's own words) that are
#: still in Chinese: left out of the check until those layers speak English.
OTHER_LAYERS = (
    re.compile(r"^salesdesk: (不能进入|只能从|找不到客户)"),  # a refused move, an unknown customer (core/services)
    re.compile(r"^salesdesk: (Note|注意)：?.*时间重叠"),  # the overlap warning (services.agenda)
    re.compile(r"^(Prospect Action Table|比例游戏|Ratio game)\s+\d{4}(年|-)"),  # week and period labels (core)
    re.compile(r"离参考值"),  # the ratio advice (core.stats)
    re.compile(r"^lost_reasons\t"),  # the default lost reasons (services.settings)
    re.compile(r"^Merged .*, moved: "),  # what a merge moved (services.duplicates.move_summary)
    re.compile(r"^\s*(\d{2}:\d{2}(–\d{2}:\d{2})?|All day)\s+(\[\d+\] )?\S.*(：|初次见面)"),  # an appointment's label (services.agenda)
)


def other_layers_words() -> list[str]:
    """The method's terms as the core and services layers say them (Chinese while they do)."""
    from salesdesk.core.customer import FIELD_LABELS
    from salesdesk.core.review import ReviewRow
    from salesdesk.core.rules import CRITERIA
    from salesdesk.core.stages import Stage
    from salesdesk.core.stats import COUNT_LABELS
    from salesdesk.services.settings import KNOWN

    words = [s.label for s in Stage] + [s.column_label for s in Stage] + [c.label for c in CRITERIA]
    words += [r.label for r in ReviewRow] + list(FIELD_LABELS.values()) + list(COUNT_LABELS.values())
    words += list(KNOWN.values())
    return sorted({w for w in words if chinese([w])}, key=len, reverse=True)


def chinese_left(text: str) -> list[str]:
    """The lines of ``text`` still in Chinese once the other layers' words are taken out."""
    words = other_layers_words()
    left = []
    for line in text.splitlines():
        if any(pattern.search(line) for pattern in OTHER_LAYERS):
            continue
        for word in words:
            line = line.replace(word, "")
        left += chinese([line])
    return left


def run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def en_db(db_path, capsys):
    db = ("--db", str(db_path))
    steps = [
        ("customer", "add", "Zhang Wei", "--company", "Acme Trading", "--phone", "13812345678",
         "--birthday", "1985-11-25", "--level", "target", "--grade", "B"),
        ("customer", "add", "Li Na", "--referrer", "Zhang Wei", "--level", "准客户"),
        ("prospect", "add", "Zhang Wei", "--plan", "Life cover", "--at", "2026-11-02 09:00"),
        ("move", "1", "appointment", "--first-meeting", "2026-11-05", "--at", "2026-11-02 10:00"),
        ("move", "1", "p25", "--at", "2026-11-06 10:00"),
        ("log", "Zhang Wei", "dial", "--at", "2026-11-06 11:00"),
        ("log", "Zhang Wei", "contact", "--method", "phone", "--topic", "Plan", "--result", "B",
         "--at", "2026-11-06 12:00"),
        ("todo", "add", "Call back", "--due", "2026-11-24", "--important", "--customer", "Li Na"),
        ("agenda", "add", "Li Na", "--at", "2026-11-23 15:00", "--title", "Bring the proposal"),
    ]
    for step in steps:
        code, out, err = run(capsys, *step, *db)
        assert code == 0, (step, err)
        assert chinese_left(out + err) == [], step
    return db_path


@pytest.mark.parametrize("args", [
    ("customer", "list"),
    ("customer", "show", "Zhang Wei", "--date", "2026-11-23"),
    ("prospect", "show", "1"),
    ("weekly", "--week", "2026-11-06"),
    ("today", "--date", "2026-11-23"),
    ("agenda", "--date", "2026-11-23", "--week"),
    ("todo", "list"),
    ("settings", "list"),
    ("settings", "get", "cycle_default_days"),
    ("settings", "set", "agent_name", "Sam Lee"),
    ("ratios", "--date", "2026-11-06"),
    ("forecast", "--date", "2026-11-06"),
    ("customer", "grade"),
    ("customer", "dupes"),
    ("check",),
    ("backup",),
], ids=" ".join)
@pytest.mark.parametrize("asked_by", ["--lang", "SALESDESK_LANG"])
def test_commands_say_their_results_in_english(en_db, capsys, monkeypatch, args, asked_by):
    if asked_by == "--lang":
        code, out, err = run(capsys, *args, "--db", en_db)
    else:
        monkeypatch.setenv("SALESDESK_LANG", "en")
        code = main([*args, "--db", str(en_db)])
        out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() and err == ""
    assert chinese_left(out) == []


def test_what_the_commands_say_is_english_words_not_just_no_chinese(en_db, capsys):
    assert run(capsys, "customer", "list", "--db", en_db)[1].splitlines()[-1] == "Customers: 2"
    out = run(capsys, "customer", "show", "Zhang Wei", "--date", "2026-11-23", "--db", en_db)[1]
    assert "Customer 1: Zhang Wei" in out and ": Target" in out and "Birthday: 1985-11-25 (next 2026-11-25)" in out
    assert "  2026-11-06 12:00  Phone  Plan" in out
    out = run(capsys, "prospect", "show", "1", "--db", en_db)[1]
    assert "Prospect 1: Zhang Wei (customer 1) Life cover" in out and "Signed: No" in out
    out = run(capsys, "today", "--date", "2026-11-23", "--db", en_db)[1]
    assert out.startswith("Today 2026-11-23 Monday\n") and "(in 2 days)  Zhang Wei" in out
    assert "\nTo-dos: none\n" in out
    out = run(capsys, "today", "--date", "2026-11-24", "--db", en_db)[1]
    assert "  [1] Call back (Important, not urgent, due 2026-11-24)" in out
    assert "2026-11-25 (in 1 day)  Zhang Wei" in out
    out = run(capsys, "todo", "list", "--db", en_db)[1]
    assert out.splitlines()[:2] == ["Important, not urgent:", "  [1] Call back (due 2026-11-24, Li Na)"]
    assert run(capsys, "settings", "set", "reminder_days", "5", "--db", en_db)[1].startswith("Saved: ")
    assert run(capsys, "check", "--db", en_db)[1] == "The database is sound\n"


def test_writing_commands_say_what_they_did_in_english(en_db, capsys, tmp_path):
    db = ("--db", en_db)
    said = {
        ("customer", "add", "Wang Fang", "--json"): None,
        ("customer", "edit", "Wang Fang", "--company", "Globex"): "Customer saved: Wang Fang",
        ("prospect", "add", "Wang Fang", "--plan", "Pension"): "Prospect added (Opportunity): Wang Fang Pension",
        ("move", "2", "appointment", "--first-meeting", "2026-11-30"): 'Moved prospect 2 from "',
        ("log", "Wang Fang", "book"): "Activity recorded: Wang Fang",
        ("log", "Wang Fang", "wechat", "--summary", "Sent the plan"): "Contact recorded: Wang Fang (WeChat)",
        ("log", "Wang Fang", "电话"): "Contact recorded: Wang Fang (Phone)",
        ("todo", "add", "Send the card", "--urgent"): "To-do added: Urgent, not important",
        ("todo", "done", "1"): "Done: [1] Call back",
        ("customer", "delete", "Wang Fang", "--yes"): "Customer deleted: Wang Fang (ID 3), with ",
    }
    for args, first_line in said.items():
        code, out, err = run(capsys, *args, *db)
        assert code == 0, (args, err)
        assert chinese_left(out + err) == [], args
        if first_line:
            assert out.startswith(first_line), (args, out)
    code, out, err = run(capsys, "weekly", "--xlsx", tmp_path / "w.xlsx", *db)
    assert (code, out, err) == (0, f"Exported: {tmp_path / 'w.xlsx'}\n", "")


def test_an_import_dry_run_in_english(en_db, capsys, tmp_path):
    sheet = tmp_path / "customers.csv"
    sheet.write_text("name,mobile,company\nChen Jie,13900001111,Initech\nChen Jie,13900001111,Initech\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "import", sheet, "--dry-run", "--db", en_db)
    assert code == 0, err
    assert out.splitlines()[-1] == ("To import: new customers 1, rows merged 0, rows skipped 1"
                                    " (dry run, nothing changed)")
    assert "Row 3 Chen Jie: same phone as row 2 (Chen Jie)" in out
    assert chinese_left(out + err) == []
    assert run(capsys, "customer", "list", "--db", en_db)[1].splitlines()[-1] == "Customers: 2"


@pytest.mark.parametrize("args, says", [
    (("today", "--date", "2026-13-01"), 'Date "2026-13-01" is not valid: use YYYY-MM-DD'),
    (("agenda", "add", "Li Na", "--at", "tomorrow"), 'Time "tomorrow" is not valid'),
    (("todo", "done", "abc"), 'Wrong to-do number "abc"'),
    (("customer", "add"), "Invalid arguments: the following arguments are required: NAME (customer name)"),
    (("customer", "frob"), 'Invalid arguments: No sub-command "frob"'),
    (("import", "--on-duplicate", "keep", "x.csv"), '"keep" is not one of the choices (skip, merge, add)'),
    (("customer", "add", "Zhang Wei", "--level", "VIP"), 'Customer level "VIP" is not valid: use potential|'),
    (("customer", "delete", "Li Na"), "add --yes to confirm"),
    (("log", "Zhang Wei", "dial", "--topic", "x"), "--topic is only for contact records"),
    (("weekly", "--xlsx", "out.pdf"), "--xlsx needs a file name ending in .xlsx"),
    (("settings", "get", "colour"), 'Unknown setting "colour"'),
    (("move", "1", "won"), None),  # refused by the rules: said by the core layer
    (("log", "Nobody", "dial"), None),  # an unknown customer: said by the services layer
])
def test_refusals_exit_2_with_one_english_line(en_db, capsys, args, says):
    code, out, err = run(capsys, *args, "--db", en_db)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("salesdesk: ") and "Traceback" not in err
    if says:
        assert says in err
    assert chinese_left(err) == []


def test_json_keys_and_values_do_not_change_with_the_language(en_db, capsys):
    def both(*args):
        english = run(capsys, *args, "--json", "--db", en_db)[1]
        assert main([*args, "--json", "--db", str(en_db)]) == 0
        return json.loads(english), json.loads(capsys.readouterr().out)

    for args in (("customer", "show", "Zhang Wei", "--date", "2026-11-23"), ("prospect", "show", "1"),
                 ("today", "--date", "2026-11-23"), ("todo", "list"), ("settings", "get", "agent_name")):
        english, chinese_json = both(*args)
        assert english == chinese_json, args
    shown = both("customer", "show", "Zhang Wei", "--date", "2026-11-23")[0]
    assert shown["relation_level"] == "目标客户" and shown["contacts"][0]["method"] == "电话"


def test_english_words_are_stored_as_the_chinese_values(en_db, capsys):
    code, out, _ = run(capsys, "customer", "add", "Zhou Min", "--level", "Loyal", "--json", "--db", en_db)
    new = json.loads(out)["id"]
    for method in ("email", "SMS", "visit", "meeting", "短信"):
        assert run(capsys, "log", new, "contact", "--method", method, "--db", en_db)[0] == 0
    shown = json.loads(run(capsys, "customer", "show", new, "--json", "--db", en_db)[1])
    assert shown["relation_level"] == "忠诚客户"
    assert sorted(c["method"] for c in shown["contacts"]) == sorted(["邮件", "短信", "拜访", "面谈", "短信"])


def walk(parser, path=("salesdesk",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from walk(child, (*path, name))


def _paths():
    return [path for path, _ in walk(build_parser())]


@pytest.mark.parametrize("path", _paths(), ids=" ".join)
def test_every_help_page_is_in_english(path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", *path[1:], "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: ") and "options:" in out and "show this help message and exit" in out
    assert chinese(out.splitlines()) == []


def test_the_help_is_in_the_language_the_environment_asks_for(cli_env):
    env = dict(cli_env, SALESDESK_LANG="en")
    done = subprocess.run([PYTHON, "-m", "salesdesk", "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: salesdesk")
    assert "Database file (default: in the user data folder)" in done.stdout and chinese([done.stdout]) == []
    done = subprocess.run([PYTHON, "-m", "salesdesk", "move", "--help"], capture_output=True, text=True,
                          env=dict(cli_env, SALESDESK_LANG="zh"), timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("用法：salesdesk move")
    done = subprocess.run([PYTHON, "-m", "salesdesk", "move", "--lang=en", "--help"], capture_output=True, text=True,
                          env=dict(cli_env, SALESDESK_LANG="zh"), timeout=60)
    assert done.returncode == 0 and "Target stage: opportunity appointment" in done.stdout


def test_an_english_environment_runs_commands_in_english(en_db, cli_env):
    env = dict(cli_env, SALESDESK_LANG="en")
    done = subprocess.run([PYTHON, "-m", "salesdesk", "customer", "list", "--db", str(en_db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert (done.returncode, done.stderr) == (0, "") and done.stdout.endswith("Customers: 2\n")
    done = subprocess.run([PYTHON, "-m", "salesdesk", "today", "--date", "2026-02-30", "--db", str(en_db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and done.stderr == 'salesdesk: Date "2026-02-30" is not valid: use YYYY-MM-DD\n'


@pytest.mark.parametrize("env_lang, says", [
    ("en", 'salesdesk: Unsupported language "xx": use zh (Chinese) or en (English)\n'),
    ("zh", "salesdesk: 不支持的语言“xx”：可用 zh（中文）或 en（English）\n"),
])
def test_an_unknown_language_is_refused_with_exit_2(cli_env, db_path, env_lang, says):
    done = subprocess.run([PYTHON, "-m", "salesdesk", "--lang", "xx", "customer", "list", "--db", str(db_path)],
                          capture_output=True, text=True, env=dict(cli_env, SALESDESK_LANG=env_lang), timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", says)


@pytest.mark.parametrize("saved, env, argv, system, speaks", [
    (None, None, [], "en_US.UTF-8", "en"),  # the system's language
    (None, None, [], "de_DE.UTF-8", "en"),  # a language salesdesk does not speak: English
    (None, None, [], "zh_CN.UTF-8", "zh"),
    (None, None, [], "C", "zh"),  # no language at all: the source language
    ("zh", None, [], "en_US.UTF-8", "zh"),  # the saved preference beats the system
    ("zh", "en", [], "zh_CN.UTF-8", "en"),  # SALESDESK_LANG beats the saved preference
    ("en", "en", ["--lang", "zh"], "en_US.UTF-8", "zh"),  # --lang beats everything
    (None, "zh", ["--lang=en"], "zh_CN.UTF-8", "en"),
])
def test_the_language_is_chosen_as_spec_says(cli_env, tmp_path, saved, env, argv, system, speaks):
    environment = {k: v for k, v in cli_env.items()
                   if k not in ("SALESDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    environment.update(XDG_CONFIG_HOME=str(tmp_path / "config"), LANG=system)
    if env:
        environment["SALESDESK_LANG"] = env
    if saved:
        (tmp_path / "config" / "salesdesk").mkdir(parents=True)
        (tmp_path / "config" / "salesdesk" / "preferences.json").write_text(json.dumps({"language": saved}))
    done = subprocess.run([PYTHON, "-m", "salesdesk", *argv, "today", "--date", "x"], capture_output=True,
                          text=True, env=environment, timeout=60)
    said = {"en": 'salesdesk: Date "x" is not valid: use YYYY-MM-DD\n', "zh": "salesdesk: 日期“x”格式不正确，应为 YYYY-MM-DD\n"}
    assert (done.returncode, done.stderr) == (2, said[speaks])


def test_merging_exporting_importing_and_undoing_in_english(en_db, capsys, tmp_path):
    db = ("--db", en_db)
    assert run(capsys, "customer", "add", "Zhang W.", "--phone", "13812345678", "--force", *db)[0] == 0
    steps = [
        (("customer", "dupes"), "1\tZhang Wei\t3\tZhang W.\tsame phone\nLikely duplicate pairs: 1\n"),
        (("customer", "merge", "1", "3"), "Merged Zhang W. (ID 3) into Zhang Wei (ID 1), moved: "),
        (("customer", "merge", "--undo"), "Merge undone: Zhang W. (ID 3) and their records are back\n"),
        (("export", "customers", "-o", tmp_path / "all.csv"), f"Customers exported: 3, to {tmp_path / 'all.csv'}\n"),
        (("import", tmp_path / "all.csv", "--on-duplicate", "add"), "Row 3 Zhang W.: same phone as customer 1 (Zhang Wei)\n"),
        (("import", "--undo"), 'Import of "all.csv" undone: imported customers removed 3, merged customers restored 0\n'),
        (("customer", "grade", "--apply"), "1\tZhang Wei\t0.00\tE\tnow B (by hand)\n"),
        (("backup", "-o", tmp_path / "copy.db"), f"Backed up to: {tmp_path / 'copy.db'}\n"),
        (("restore", tmp_path / "copy.db"), f"Restored from {tmp_path / 'copy.db'}; the data before the restore"),
    ]
    for args, starts in steps:
        code, out, err = run(capsys, *args, *db)
        assert (code, err) == (0, ""), args
        assert out.startswith(starts), (args, out)
        assert chinese_left(out) == [], args
    assert run(capsys, "import", tmp_path / "all.csv", "--dry-run", *db)[1].splitlines()[-1] == (
        "To import: new customers 1, rows merged 0, rows skipped 2 (dry run, nothing changed)")


def test_the_demo_database_is_written_for_an_english_agent(tmp_path, capsys):
    path = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", path, "--customers", "3")
    assert (code, out, err) == (0, f"Demo database written: {path}\n", "")
    assert run(capsys, "settings", "get", "agent_name", "--db", path)[1] == "Demo agent\n"
    assert main(["demo", "--db", str(tmp_path / "zh.db"), "--customers", "3"]) == 0
    capsys.readouterr()
    assert main(["settings", "get", "agent_name", "--db", str(tmp_path / "zh.db")]) == 0
    assert capsys.readouterr().out == "演示业务员\n"
    code, out, err = run(capsys, "demo", "--db", path)
    assert (code, out) == (2, "") and err == f"salesdesk: The file already exists and is not overwritten: {path}\n"
