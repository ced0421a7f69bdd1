"""Superseded by ``python -m salesdesk.bench --only board,window`` (the board at 2,000 open
prospects on a heavy agent's file, beside raw SQLite)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from salesdesk.bench.__main__ import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(["--only", "board,window", *sys.argv[1:]]))
