"""Superseded by ``python -m salesdesk.bench`` (realistic data, raw-SQLite baselines)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from salesdesk.bench.__main__ import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
