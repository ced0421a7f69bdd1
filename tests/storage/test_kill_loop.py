"""Crash safety, measured: a writer SIGKILLed at random moments ≥ 50 times loses nothing it
reported committed, and the file passes integrity_check after every kill (SPEC §6)."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk.storage.db import close_db, open_db

KILLS = 100
TABLES = {"c": "customer", "p": "prospect", "m": "stage_change", "t": "contact_record", "a": "activity"}
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (Linux, macOS)")
def test_kill_loop_loses_no_committed_write_and_never_corrupts(tmp_path, capsys):
    path = tmp_path / "salesdesk.db"
    close_db(open_db(path))
    rng = random.Random(20261201)
    zygote = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("kill_writer.py")), str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    committed: dict[str, set[int]] = {k: set() for k in TABLES}
    moved: set[int] = set()
    kills = lost = 0
    try:
        assert zygote.stdout.readline().strip() == "ready"
        for round_no in range(KILLS):
            wait_for = rng.randint(0, 30)  # commits to let through before the kill (0: during open)
            zygote.stdin.write(f"go {round_no}\n")
            zygote.stdin.flush()
            child, seen = None, 0
            while child is None or seen < wait_for:
                kind, *ids = zygote.stdout.readline().split()
                if kind == "pid":
                    child = int(ids[0])
                    if wait_for == 0:
                        break
                else:
                    committed[kind].add(int(ids[0]))
                    if kind == "m":
                        moved.add(int(ids[1]))
                    seen += 1
            os.kill(child, signal.SIGKILL)
            kills += 1
            while True:  # what the writer reported before it died was committed too
                kind, *ids = zygote.stdout.readline().split()
                if kind == "dead":
                    break
                committed[kind].add(int(ids[0]))
                if kind == "m":
                    moved.add(int(ids[1]))
            lost += _check(path, committed, moved)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=60)
        zygote.stdout.close()
    total = sum(len(ids) for ids in committed.values())
    with capsys.disabled():
        print(f"\nkill loop: {kills} SIGKILLs survived, {total} committed writes checked, {lost} lost")
    assert kills >= 50 and total > kills and lost == 0


def _check(path: Path, committed: dict[str, set[int]], moved: set[int]) -> int:
    con = sqlite3.connect(path)  # as the next start would: recovers the WAL the writer left
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        lost = 0
        for kind, table in TABLES.items():
            present = {r[0] for r in con.execute(f"SELECT id FROM {table}")}
            lost += len(committed[kind] - present)
        stages = dict(con.execute("SELECT id, stage FROM prospect"))
        lost += sum(1 for pid in moved if stages.get(pid) != "appointment")
        return lost
    finally:
        con.close()
