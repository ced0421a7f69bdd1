"""The first start (欢迎): whether there is a data file yet, and the two settings a new desk
is given before it is used (SPEC §7.1 ``agent_name`` and ``cycle_default_days``).

The answers are checked here before any file exists, by the same rules ``set_settings``
applies, so a refused answer never leaves an empty file behind.
"""
from __future__ import annotations

from pathlib import Path

from salesdesk import preferences

from .settings import DEFAULTS, SettingsService

DEFAULT_CYCLE_DAYS = int(DEFAULTS["cycle_default_days"])


def needs_welcome(db_path: str | Path) -> bool:
    """No database at ``db_path`` yet (an empty file left by an interrupted start counts as none)."""
    path = Path(db_path)
    try:
        return not path.exists() or (path.is_file() and path.stat().st_size == 0)
    except OSError:
        return False  # let opening the file say what is wrong


def chosen_folder_missing(db_path: str | Path) -> bool:
    """``db_path`` is in the data folder the agent moved to (设置), and that folder is gone:
    a removable or network drive not connected, most likely — not a first start."""
    chosen = preferences.get(preferences.DATA_DIR)
    if not isinstance(chosen, str) or not chosen:
        return False
    folder = Path(db_path).parent
    return folder == Path(chosen) and not folder.is_dir()


def checked_answers(agent_name: object, cycle_default_days: object) -> dict[str, str]:
    """The welcome's answers as settings, checked; InvalidInput (in the user's language) otherwise."""
    checker = SettingsService()
    return {
        "agent_name": checker._checked_setting("agent_name", agent_name),
        "cycle_default_days": checker._checked_setting("cycle_default_days", cycle_default_days),
    }
