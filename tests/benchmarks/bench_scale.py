"""Scale benchmark (not collected by pytest): run ``python tests/benchmarks/bench_scale.py``.

Builds a small baseline database and the SPEC §6 sizes (a heavy agent: 20,000 customers and
200,000 activities; and 5× that) in one run, then times what the agent does all day —
type-ahead search, the first page of the list, the weekly table, the cycle, the board's
open prospects — and prints each time as a ratio against the baseline measured in the same
run, because machines here are noisy. Fluid means the ratio grows far slower than the data.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from salesdesk.core.clock import FixedClock  # noqa: E402
from salesdesk.core.search import pinyin_keys, search_text  # noqa: E402
from salesdesk.core.stages import Stage  # noqa: E402
from salesdesk.demo import GIVEN, SURNAMES  # noqa: E402
from salesdesk.services import SalesDesk  # noqa: E402
from salesdesk.storage import models as m  # noqa: E402
from salesdesk.storage.db import close_db, open_db  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0)
SIZES = {"baseline": (2_000, 20_000), "heavy": (20_000, 200_000), "5x heavy": (100_000, 1_000_000)}


def build(path: Path, customers: int, activities: int) -> None:
    rng = random.Random(1)
    db = open_db(path)
    db.execute_sql("PRAGMA synchronous = OFF")
    start = NOW - dt.timedelta(days=365)
    rows = []
    for i in range(customers):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        full, initials = pinyin_keys(name)
        row = dict(name=name, name_pinyin=full, name_initials=initials, mobile=f"139{i:08d}",
                   company=f"公司{i % 997}", created_at=start, updated_at=start, phone="", notes="")
        row["search_text"] = search_text(name, row["mobile"], "", row["company"], "")
        rows.append(row)
    with db.atomic():
        for k in range(0, len(rows), 5000):
            m.Customer.insert_many(rows[k:k + 5000]).execute()
    prospects, changes = [], []
    stages = [Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90]
    n_prospects = customers // 10  # open prospects on the board: 2,000 for a heavy agent
    for i in range(n_prospects):
        at = start + dt.timedelta(minutes=rng.randint(0, 525_000))
        stage = rng.choice(stages)
        prospects.append(dict(customer=rng.randint(1, customers), stage=stage.value, stage_since=at, created_at=at,
                              first_meeting=at.date() if stage != Stage.OPPORTUNITY else None))
        changes.append(dict(prospect=i + 1, at=at, from_stage=None, to_stage="opportunity", recorded_at=at))
        if stage != Stage.OPPORTUNITY:
            changes.append(dict(prospect=i + 1, at=at + dt.timedelta(hours=1), from_stage="opportunity",
                                to_stage=stage.value, first_meeting=at.date(), recorded_at=at))
    acts = [dict(customer=rng.randint(1, customers), at=start + dt.timedelta(minutes=rng.randint(0, 525_000)),
                 kind=rng.choice(("dial", "reach", "meet"))) for _ in range(activities)]
    with db.atomic():
        for batch, model in ((prospects, m.Prospect), (changes, m.StageChange), (acts, m.Activity)):
            for k in range(0, len(batch), 5000):
                model.insert_many(batch[k:k + 5000]).execute()
    db.execute_sql("PRAGMA synchronous = FULL")
    close_db(db)


def timed(fn, repeat: int = 7) -> float:
    fn()  # warm the page cache
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def measure(path: Path) -> dict[str, float]:
    db = open_db(path)
    desk = SalesDesk(db, FixedClock(NOW))
    ops = {
        "search 2 chars (王伟)": lambda: desk.list_customers("王伟", limit=200),
        "search initials (wjg)": lambda: desk.list_customers("wjg", limit=200),
        "search phone digits": lambda: desk.list_customers("1390001", limit=200),
        "list first page": lambda: desk.list_customers("", limit=200),
        "count with filter": lambda: desk.count_customers("王"),
        "weekly table": lambda: desk.weekly_table(NOW.date()),
        "sales cycle": lambda: desk.sales_cycle(),
        "board: open prospects": lambda: desk.open_prospects(),
    }
    out = {name: timed(fn) for name, fn in ops.items()}
    close_db(db)
    return out


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, (customers, activities) in SIZES.items():
            path = Path(tmp) / f"{label.replace(' ', '_')}.db"
            t = time.perf_counter()
            build(path, customers, activities)
            print(f"built {label}: {customers:,} customers, {activities:,} activities in {time.perf_counter() - t:.1f} s")
            results[label] = measure(path)
    base = results["baseline"]
    print(f"\n{'operation':28}" + "".join(f"{k:>22}" for k in results))
    for op in base:
        cells = [f"{results[k][op] * 1000:9.2f} ms ×{results[k][op] / base[op]:6.1f}" for k in results]
        print(f"{op:28}" + "".join(f"{c:>22}" for c in cells))
    print("\n×N = time relative to the baseline (2,000 customers) in this same run; data grows ×10 and ×50.")


if __name__ == "__main__":
    main()
