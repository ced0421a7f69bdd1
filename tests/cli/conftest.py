import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """The CLI's log file (and anything else in the data folder) goes under tmp_path."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "salesdesk"


@pytest.fixture
def cli_env(data_home):
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(data_home.parent))
    env.pop("PYTHONWARNINGS", None)
    return env


PYTHON = sys.executable
