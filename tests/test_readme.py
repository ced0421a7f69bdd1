"""The README's two set-up commands stay true: CI runs exactly the test command."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", setup, re.S)


def test_exactly_two_setup_commands_one_runs_the_app_one_the_tests():
    app, tests = readme_commands()
    assert "\n" not in app and "\n" not in tests
    assert app.endswith("salesdesk --demo")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    apt_part, _, rest = tests.partition(" && ")
    assert "apt-get install" in apt_part and ".ci/apt-packages.txt" in apt_part
    assert rest in ci.splitlines()
    assert ".ci/apt-packages.txt" in ci


def test_pyinstaller_spec_parses_and_ships_resources():
    spec = (ROOT / "salesdesk.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    datas = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.targets[0].id == "datas")
    assert "resources" in ast.unparse(datas.value)
    assert (ROOT / "resources" / "fonts").is_dir()
