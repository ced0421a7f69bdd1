"""Starting the window as a user does: ``salesdesk [--db PATH | --demo] --exit-when-ready``
in a child process (offscreen), with the user's folders pointed at empty temporary ones."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from salesdesk.demo import make_demo_db

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 11, 23, 10, 0)


def user_env(home: Path, tmp: Path) -> dict[str, str]:
    """A user whose home, config, data, cache and temp folders are all fresh and empty."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
        TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
    )
    return env


def salesdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "salesdesk", *args], env=env, cwd=env["HOME"],
                          capture_output=True, text=True, timeout=120)


def everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@pytest.fixture
def folders(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    return home, tmp


def test_exit_when_ready_opens_the_window_on_a_file_and_quits_with_0(folders, tmp_path):
    home, tmp = folders
    db = make_demo_db(tmp_path / "agent.db", customers=30, seed=3, now=NOW)

    done = salesdesk(user_env(home, tmp), "--db", str(db), "--exit-when-ready")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # The window really came up: closing it saved its geometry in the user's settings.
    assert (home / ".config" / "salesdesk" / "salesdesk.conf").is_file()


def test_demo_leaves_nothing_behind_in_the_users_folders(folders):
    home, tmp = folders

    done = salesdesk(user_env(home, tmp), "--demo", "--exit-when-ready")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert everything_under(home) == []  # no settings, log, data or backups folder
    assert everything_under(tmp) == []  # and the demo's own temporary folder is gone


def test_db_and_demo_together_are_refused(folders):
    home, tmp = folders

    done = salesdesk(user_env(home, tmp), "--demo", "--db", str(home / "x.db"), "--exit-when-ready")

    assert done.returncode == 2
    assert "不能同时使用" in done.stderr and "Traceback" not in done.stderr
    assert everything_under(home) == []


def test_a_demo_logs_an_unexpected_error_in_its_own_folder(monkeypatch, tmp_path, qapp):
    import salesdesk.app as app_module
    import salesdesk.demo
    from PySide6.QtWidgets import QApplication

    from fake_messages import FakeMessages

    fake = FakeMessages()
    data = tmp_path / "data"
    monkeypatch.setattr(app_module.paths, "data_dir", lambda: data)
    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)
    monkeypatch.setattr(app_module, "_settings", lambda: pytest.fail("the demo read the user's settings"))
    real = salesdesk.demo.make_demo_db
    monkeypatch.setattr(salesdesk.demo, "make_demo_db", lambda path, **kw: real(path, customers=4, seed=2))
    logs: list[Path] = []

    def event_loop(app):
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        logs.extend(Path(p) for p in Path(tempfile.gettempdir()).glob("salesdesk-demo-*/salesdesk.log"))
        assert logs and "boom in a slot" in logs[0].read_text(encoding="utf-8")
        return 0

    monkeypatch.setattr(app_module, "_event_loop", event_loop)
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        assert app_module.run_gui(None, demo=True) == 0
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])

    assert fake.kinds() == ["error"] and str(logs[0]) in fake.texts()[0]
    assert not logs[0].exists()  # gone with the demo's folder
    assert not data.exists()
    assert QApplication.instance() is qapp
