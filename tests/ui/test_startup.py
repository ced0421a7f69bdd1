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


def test_a_demo_that_cannot_be_written_says_why_in_chinese(monkeypatch, tmp_path, qapp):
    import errno
    import os

    import salesdesk.app as app_module
    import salesdesk.demo

    from fake_messages import FakeMessages

    fake = FakeMessages()
    monkeypatch.setattr(app_module.paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)

    def full_disk(path, **_kw):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(salesdesk.demo, "make_demo_db", full_disk)
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        assert app_module.run_gui(None, demo=True) == app_module.EXIT_FAILURE
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])
    assert fake.kinds() == ["warn"]
    text = fake.texts()[0]
    assert "磁盘空间不足" in text and "demo.db" in text
    assert os.strerror(errno.ENOSPC) not in text and "Errno" not in text


# -- a file that cannot be opened: the dialog and its ways out (in process, Messages seam) ---------
import shutil  # noqa: E402
import sqlite3  # noqa: E402

from bad_files import (  # noqa: E402
    filled, make_corrupt, make_foreign, make_newer, make_not_sqlite, make_truncated, read_only, sha, side_files,
)

QUIT, OTHER, RETRY, RESTORE = "退出", "打开其他文件…", "重试", "从备份恢复…"


@pytest.fixture
def gui(monkeypatch, tmp_path, qapp):
    """run_gui with FakeMessages, no real event loop and no user folders; ``seen`` holds
    what the window showed when the loop would have run."""
    import salesdesk.app as app_module
    from fake_messages import FakeMessages
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.read_only import ReadOnlyBanner

    fake = FakeMessages()
    seen: dict = {}

    def event_loop(app):
        window = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][-1]
        banner = window.findChild(ReadOnlyBanner)
        seen.update(
            window=window, customers=window.desk.count_customers(),
            banner=banner.label.text() if banner is not None and banner.isVisible() else "",
            can_add=window.new_customer_action.isEnabled(),
            form_enabled=window.card.tabs.widget(0).isEnabled() and window.card.fields["name"].isEnabled(),
        )
        if "try_write" in seen:
            from salesdesk.services import WriteFailed

            try:
                window.desk.set_setting("agent_name", "林晓东")
                seen["write"] = "done"
            except WriteFailed as exc:
                seen["write"] = str(exc)
        return 0

    monkeypatch.setattr(app_module.paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(app_module, "Messages", lambda: fake)
    monkeypatch.setattr(app_module, "ensure_cjk_font", lambda app: "")
    monkeypatch.setattr(app_module, "install_qt_translations", lambda app: None)
    monkeypatch.setattr(app_module, "_event_loop", event_loop)
    monkeypatch.setattr(app_module, "_settings",
                        lambda: QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    yield app_module.run_gui, fake, seen
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationDisplayName(names[2])


def backup_of(db: Path, when: str, customers: int) -> Path:
    """A healthy backup with ``customers`` customers, as the automatic backup names it."""
    folder = db.parent / "backups"
    folder.mkdir(exist_ok=True)
    made = filled(db.parent / f"made-{when}.db", customers=customers)
    target = folder / f"salesdesk-{when}.db"
    con = sqlite3.connect(made)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    shutil.move(made, target)
    return target


@pytest.mark.parametrize("make, ways, says", [
    (make_not_sqlite, [OTHER, QUIT], "不是 SQLite"),
    (make_truncated, [OTHER, QUIT], "不完整"),
    (make_corrupt, [OTHER, QUIT], "已损坏"),
    (make_newer, [OTHER, QUIT], "请升级 salesdesk"),
    (make_foreign, [OTHER, QUIT], "其他程序的数据库"),
])
def test_each_bad_file_gets_its_dialog_and_stays_as_it_was(gui, tmp_path, make, ways, says):
    run_gui, fake, seen = gui
    path = make(tmp_path / "salesdesk.db")
    before = sha(path)
    fake.choice_answers.append(QUIT)

    assert run_gui(path) == 1  # quit: never a silent exit, never a traceback

    assert fake.kinds() == ["choose"] and fake.offered == [ways]
    assert says in fake.texts()[0] and "Traceback" not in fake.texts()[0]
    assert "window" not in seen
    assert sha(path) == before and side_files(path) == []


def test_a_corrupt_file_offers_its_backups_and_opens_the_one_chosen(gui, tmp_path):
    run_gui, fake, seen = gui
    path = make_corrupt(tmp_path / "salesdesk.db")
    damaged = path.read_bytes()
    backup_of(path, "20261119-180000", customers=5)
    backup_of(path, "20261120-183000", customers=7)
    fake.choice_answers.append(RESTORE)
    fake.pick_answers.append("2026-11-19 18:00")  # not the newest: the agent chooses

    assert run_gui(path) == 0

    assert fake.offered[0] == [RESTORE, OTHER, QUIT]
    assert "最近的备份：2026-11-20 18:30　7 位客户" in fake.texts()[0]
    assert fake.offered[1] == ["2026-11-20 18:30　7 位客户，3 个潜在客户", "2026-11-19 18:00　5 位客户，2 个潜在客户"]
    assert seen["customers"] == 5 and seen["banner"] == ""
    (aside,) = (path.parent / "backups").glob("damaged-*.db")
    assert aside.read_bytes() == damaged  # the damaged file is kept, not deleted
    assert str(aside) in fake.texts("inform")[0]


def test_another_file_can_be_chosen_instead(gui, tmp_path):
    run_gui, fake, seen = gui
    path = make_newer(tmp_path / "salesdesk.db")
    other = filled(tmp_path / "elsewhere.db", customers=4)
    fake.choice_answers.extend([OTHER, OTHER])
    fake.file_answers.extend([None, str(other)])  # cancelled once, then a file

    assert run_gui(path) == 0

    assert fake.kinds() == ["choose", "open_file", "choose", "open_file"]
    assert seen["customers"] == 4
    assert seen["window"].db_label.text() == str(other)


def test_a_locked_file_offers_to_try_again_not_a_backup(gui, tmp_path):
    run_gui, fake, seen = gui
    path = filled(tmp_path / "salesdesk.db", customers=3)
    backup_of(path, "20261120-183000", customers=1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    answer = fake.choose

    def choose(parent, title, text, choices):
        other.rollback()  # the other program is closed while the dialog is up
        other.close()
        return answer(parent, title, text, choices)

    fake.choose = choose
    fake.choice_answers.append(RETRY)

    assert run_gui(path) == 0

    assert fake.offered == [[RETRY, OTHER, QUIT]]
    assert "占用" in fake.texts()[0] and "不要从备份恢复" in fake.texts()[0]
    assert seen["customers"] == 3 and seen["banner"] == ""


def test_exit_when_ready_says_what_is_wrong_in_one_line_instead_of_a_dialog(folders, tmp_path):
    home, tmp = folders
    path = make_truncated(tmp_path / "salesdesk.db")
    before = sha(path)

    done = salesdesk(user_env(home, tmp), "--db", str(path), "--exit-when-ready")

    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("salesdesk:")]
    assert len(lines) == 1 and "不完整" in lines[0] and "Traceback" not in done.stderr
    assert sha(path) == before


# -- read-only: a file or folder that cannot be written, a second window -------------------------
def test_a_read_only_file_opens_read_only_with_a_banner(gui, tmp_path):
    run_gui, fake, seen = gui
    path = filled(tmp_path / "salesdesk.db", customers=3)

    with read_only(path):
        assert run_gui(path) == 0

    assert "只读" in seen["banner"] and "文件属性" in seen["banner"]
    assert not seen["can_add"] and not seen["form_enabled"]
    assert fake.shown == []


def test_a_read_only_folder_opens_read_only_and_creates_nothing_beside_the_file(gui, tmp_path):
    run_gui, fake, seen = gui
    folder = tmp_path / "shared"
    folder.mkdir()
    path = filled(folder / "salesdesk.db", customers=3)
    before = sha(path)

    with read_only(folder):
        assert run_gui(path) == 0

    assert "文件夹不能写入" in seen["banner"] and not seen["can_add"]
    assert seen["customers"] == 3
    assert sha(path) == before and side_files(path) == [] and not (folder / "backups").exists()


def test_a_second_window_on_the_same_file_is_read_only(gui, tmp_path):
    from PySide6.QtCore import QLockFile

    from salesdesk.opening import lock_path

    run_gui, fake, seen = gui
    path = filled(tmp_path / "salesdesk.db", customers=3)
    first = QLockFile(str(lock_path(path)))  # what the first window holds while it is open
    assert first.tryLock(0)
    seen["try_write"] = True
    try:
        assert run_gui(path) == 0
    finally:
        first.unlock()

    assert "另一个 salesdesk 窗口" in seen["banner"] and not seen["can_add"] and not seen["form_enabled"]
    assert seen["customers"] == 3 and fake.shown == []
    assert seen["write"] == seen["banner"].removeprefix("只读：")  # a write still tried is refused, saying why
    # The first window closed: the next one edits again, and leaves no lock behind.
    assert run_gui(path) == 0
    assert seen["banner"] == "" and seen["can_add"] and seen["form_enabled"] and seen["write"] == "done"
    assert not lock_path(path).exists()


def test_an_old_file_in_a_read_only_folder_cannot_be_upgraded_and_says_so(gui, tmp_path):
    run_gui, fake, seen = gui
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "salesdesk.db"
    shutil.copy(ROOT / "tests" / "storage" / "fixtures" / "schema_v2.db", path)
    before = sha(path)
    fake.choice_answers.append(QUIT)

    with read_only(folder):
        assert run_gui(path) == 1

    assert fake.offered == [[RETRY, OTHER, QUIT]]  # no backup: the file is fine
    assert "升级" in fake.texts()[0] and "不能写入" in fake.texts()[0]
    assert sha(path) == before and side_files(path) == []


def test_a_lock_left_by_a_killed_window_does_not_lock_the_agent_out(gui, tmp_path):
    from salesdesk.opening import lock_path

    run_gui, fake, seen = gui
    path = filled(tmp_path / "salesdesk.db", customers=2)
    # A window that took the lock and was killed before it could let go of it.
    killed = subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(9)\n"), str(lock_path(path))], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert killed.returncode == 9 and lock_path(path).exists()

    assert run_gui(path) == 0

    assert seen["banner"] == "" and seen["can_add"] and fake.shown == []
