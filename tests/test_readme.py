"""The README's two set-up commands stay true: CI runs exactly the test command."""
import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

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
    assert tests in ci.splitlines()
    assert ".ci/apt-packages.txt" in tests


def install_part(command: str) -> str:
    """The Debian part of a set-up command: everything before the venv is made."""
    head, sep, _ = command.partition(" && python3 -m venv")
    assert sep, command
    return head


def run_install(command: str, tmp_path: Path, shell: str, uid: int, have_sudo: bool) -> list[str]:
    """Run ``command``'s Debian part on a pretend machine; what it asked apt-get and sudo for."""
    bin_dir = tmp_path / f"bin-{uid}-{have_sudo}-{Path(shell).name}"
    bin_dir.mkdir()
    calls = bin_dir / "calls"
    tools = {
        "id": f'[ "$1" = "-u" ] && echo {uid} || echo "uid={uid}"',
        "apt-get": f'echo "apt-get $*" >> {calls}',
    }
    if have_sudo:
        tools["sudo"] = f'echo "sudo $1" >> {calls}; exec "$@"'
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    for name in ("sh", "grep"):  # all the rest of the command needs
        (bin_dir / name).symlink_to(shutil.which(name))
    (tmp_path / ".ci").mkdir(exist_ok=True)
    shutil.copy(ROOT / ".ci" / "apt-packages.txt", tmp_path / ".ci" / "apt-packages.txt")
    done = subprocess.run([shell, "-c", install_part(command)], cwd=tmp_path, env={"PATH": str(bin_dir)},
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return calls.read_text().splitlines() if calls.exists() else []


@pytest.mark.parametrize("shell", ["/bin/sh", "/bin/bash"])
@pytest.mark.parametrize("which", [0, 1])
def test_setup_installs_as_root_without_sudo_and_as_a_user_with_sudo(tmp_path, shell, which):
    command = readme_commands()[which]
    packages = [line.strip() for line in (ROOT / ".ci" / "apt-packages.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    # A fresh container: root, no sudo installed, apt's lists empty until `apt-get update`.
    as_root = run_install(command, tmp_path, shell, uid=0, have_sudo=False)
    assert as_root[0] == "apt-get update"
    assert as_root[1].startswith("apt-get install -y") and as_root[1].split()[-len(packages):] == packages
    assert len(as_root) == 2
    # A desktop user: the same through sudo.
    as_user = run_install(command, tmp_path, shell, uid=1000, have_sudo=True)
    assert as_user[0] == "sudo sh"
    assert as_user[1:] == as_root


def test_pyinstaller_spec_parses_and_ships_resources():
    spec = (ROOT / "salesdesk.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    datas = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.targets[0].id == "datas")
    assert "resources" in ast.unparse(datas.value)
    assert (ROOT / "resources" / "fonts").is_dir()
