"""`salesdesk … | head`: a reader that stops early is not an error to report."""
import subprocess

from tests.cli.conftest import PYTHON


def test_a_closed_pipe_stops_the_command_quietly(tmp_path, cli_env):
    db = tmp_path / "d.db"
    subprocess.run([PYTHON, "-m", "salesdesk", "demo", "--db", str(db), "--customers", "3000"], env=cli_env,
                   check=True, capture_output=True)
    # The reader takes one line and closes its end; the command still has most to write.
    pipeline = subprocess.run(
        ["sh", "-c", f'"{PYTHON}" -m salesdesk customer list --db "{db}" 2>"{tmp_path}/err" | head -n 1'],
        env=cli_env, capture_output=True, text=True, timeout=120)
    assert pipeline.stdout.count("\n") == 1
    err = (tmp_path / "err").read_text(encoding="utf-8")
    assert err == "", err  # no 文件操作失败（错误码 32）, no traceback
