"""The data folder the agent moved to (preference ``data_dir``) is where the window and the
command line look: a moved file is found without ``--db``."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salesdesk import paths, preferences

ROOT = Path(__file__).resolve().parent.parent


def test_the_data_folder_follows_the_preference(tmp_path, monkeypatch):
    path = tmp_path / "preferences.json"
    monkeypatch.setattr(preferences, "preferences_path", lambda: path)
    system = paths.default_data_dir()
    assert paths.data_dir() == system

    preferences.set_values({preferences.DATA_DIR: str(tmp_path / "moved")})
    assert paths.data_dir() == tmp_path / "moved"
    assert paths.default_db_path() == tmp_path / "moved" / "salesdesk.db"
    assert paths.backup_dir() == tmp_path / "moved" / "backups"

    # A value that is no folder path the system could mean is ignored, never fatal.
    for junk in ("", "relative/folder", 42, None):
        preferences.set_values({preferences.DATA_DIR: junk})
        assert paths.data_dir() == system
    path.write_text("{not json", encoding="utf-8")
    assert paths.data_dir() == system


def test_the_command_line_finds_a_moved_data_folder(tmp_path):
    home = tmp_path / "home"
    moved = tmp_path / "USB drive" / "salesdesk"
    moved.mkdir(parents=True)
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(ROOT), SALESDESK_LANG="en")
    config = home / ".config" / "salesdesk"
    config.mkdir(parents=True)
    (config / "preferences.json").write_text(json.dumps({"data_dir": str(moved)}), encoding="utf-8")

    def salesdesk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "salesdesk", *args], env=env, cwd=home,
                              capture_output=True, text=True, timeout=120)

    added = salesdesk("customer", "add", "Zhang Wei", "--company", "Acme Trading")
    assert added.returncode == 0, added.stderr
    listed = salesdesk("customer", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["name"] for row in json.loads(listed.stdout)] == ["Zhang Wei"]
    assert (moved / "salesdesk.db").is_file()
    assert not (home / ".local" / "share" / "salesdesk" / "salesdesk.db").exists()
