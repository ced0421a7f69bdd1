"""``python -m salesdesk.bench [--quick] [--json FILE] [--runs N] [--cache DIR]``.

Builds (or reuses) the 1× and 5× benchmark files and prints every figure: median and
max of several runs, the raw-sqlite3 baseline measured in the same run with the ratio,
and the 5×/1× ratio. ``--quick`` measures one small file once: seconds, for CI.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import sys
import time
from pathlib import Path

from .generate import GENERATOR_VERSION, write_file


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "salesdesk-bench"


def history_end(today: dt.date | None = None) -> dt.datetime:
    """The generated history ends this morning, so the window (on the real clock) opens on
    a week that has it; cached files are keyed by this day."""
    return dt.datetime.combine(today or dt.date.today(), dt.time(7, 0))


def schema_key() -> str:
    """A short hash of the schema a new file gets: an index added within a version (or a
    changed trigger) makes the cached files stale too."""
    import hashlib
    import tempfile

    from salesdesk.storage.db import SCHEMA_VERSION, close_db, open_db

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "schema.db")
        try:
            sql = sorted(r[0] or "" for r in db.execute_sql("SELECT sql FROM sqlite_master"))
        finally:
            close_db(db)
    return f"v{SCHEMA_VERSION}-" + hashlib.sha1("\n".join(sql).encode()).hexdigest()[:8]


def bench_file(cache: Path, scale: float, now: dt.datetime) -> Path:
    name = f"g{GENERATOR_VERSION}-{schema_key()}-x{scale:g}-{now:%Y%m%d}.db"
    path = cache / name
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        t = time.perf_counter()
        counts = write_file(tmp, scale, now=now)
        tmp.replace(path)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s: {counts}", file=sys.stderr)
    return path


def machine() -> str:
    return (f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, {platform.platform()}")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def table(results: dict[str, dict], sizes: list[str]) -> str:
    from .figures import LABELS

    lines = []
    head = f"{'figure':44}"
    for size in sizes:
        head += f" | {size + ' median':>12} {'max':>10} {'raw':>10} {'×raw':>6}"
    if len(sizes) == 2:
        head += f" | {sizes[1] + '/' + sizes[0]:>7}"
    lines.append(head)
    lines.append("-" * len(head))
    notes = []
    for key, label in LABELS.items():
        line = f"{label:44}"
        meds = []
        for size in sizes:
            m = results[size].get(key, {})
            unit = m.get("unit", "ms")
            med, mx, base = m.get("median"), m.get("max"), m.get("baseline")
            ratio = f"{med / base:5.1f}×" if med and base else "—"
            line += f" | {_fmt(med, unit):>12} {_fmt(mx, unit):>10} {_fmt(base, unit):>10} {ratio:>6}"
            meds.append(med)
            if m.get("note"):
                notes.append(f"  {label} ({size}): {m['note']}")
        if len(sizes) == 2:
            line += f" | {meds[1] / meds[0]:6.2f}×" if meds[0] and meds[1] else " |       —"
        lines.append(line)
    return "\n".join(lines + ["", "notes:"] + notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m salesdesk.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one small file, one run (CI)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--cache", metavar="DIR", help="where the generated files are kept")
    parser.add_argument("--only", metavar="FIGS",
                        help="comma-separated: start,weekly,move,window,board,dates,duplicates,list,cli,stats")
    parser.add_argument("--sizes", default="1,5", help="scales to measure (default 1,5)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .figures import measure_all

    cache = Path(args.cache) if args.cache else default_cache()
    now = history_end()
    scales = [0.05] if args.quick else [float(s) for s in args.sizes.split(",")]
    runs = 1 if args.quick else args.runs
    only = set(args.only.split(",")) if args.only else None
    results: dict[str, dict] = {}
    for scale in scales:
        path = bench_file(cache, scale, now)
        label = f"{scale:g}×"
        t = time.perf_counter()
        results[label] = {k: m.as_json() for k, m in measure_all(path, now, runs, only).items()}
        print(f"measured {label} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    text = f"salesdesk benchmark — {machine()}\nhistory ends {now:%Y-%m-%d %H:%M}, {runs} runs per figure\n\n"
    text += table(results, list(results))
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "runs": runs, "results": results},
                                              ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
