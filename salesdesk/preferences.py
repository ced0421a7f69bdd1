"""Preferences of this computer's user, not of one data file: the UI language and where
the data folder lives (once the agent has moved it). Qt-free and read by the window and the command line alike.

Kept as a small JSON file in the user's config folder (``preferences.json``), written
atomically; a missing or unreadable file means "no preference" — never a failure to start.
The window's layout stays in QSettings: only the window reads it.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs

from salesdesk import paths

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
LANGUAGE = "language"
#: The data folder the agent chose (an absolute path); missing: the system's (paths.data_dir).
DATA_DIR = "data_dir"


def preferences_path() -> Path:
    return Path(PlatformDirs(paths.APP_NAME, appauthor=False).user_config_dir) / FILE_NAME


def load(path: Path | None = None) -> dict[str, Any]:
    path = path or preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("preferences %s unreadable, using defaults: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None, path: Path | None = None) -> Any:
    return load(path).get(key, default)


def set_values(values: dict[str, Any], path: Path | None = None) -> None:
    """Save ``values`` over the current preferences (``None`` removes a key). Raises OSError."""
    path = path or preferences_path()
    data = load(path)
    for key, value in values.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    paths.make_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    paths.create_private_file(tmp)
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
