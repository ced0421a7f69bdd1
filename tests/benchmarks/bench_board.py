"""Board benchmark: build, filter, move, scroll at 200 vs 2,000 open prospects.

Not a test (pytest does not collect it). Run:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/benchmarks/bench_board.py

Every figure is the median of several runs and is printed next to ratios against
baselines measured in the same run — the same board on 200 prospects, and an empty
board — so the numbers mean the same on a slow laptop and a fast CI box.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtWidgets import QApplication  # noqa: E402

from salesdesk.core.clock import FixedClock  # noqa: E402
from salesdesk.core.customer import CustomerData  # noqa: E402
from salesdesk.core.stages import Stage  # noqa: E402
from salesdesk.services import SalesDesk  # noqa: E402
from salesdesk.storage.db import close_db, open_db  # noqa: E402
from salesdesk.ui.board import ProspectBoard  # noqa: E402
from salesdesk.fonts import ensure_cjk_font  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红玉"
PLANS = ["重疾险", "终身寿险", "年金险", "医疗险", "意外险", "教育金"]
TAGS = ["", "", "高净值", "企业主", "家庭保障"]
#: How a heavy agent's board is spread over the stages.
SHARE = ((Stage.OPPORTUNITY, 0.30), (Stage.APPOINTMENT, 0.10), (Stage.P25, 0.33), (Stage.P50, 0.15),
         (Stage.P90, 0.07), (Stage.WON, 0.05))
REPEAT = 7


def populate(path: Path, n: int, seed: int = 1) -> None:
    db = open_db(path)
    db.execute_sql("PRAGMA synchronous = OFF")  # a throwaway file filled in one go
    clock = FixedClock(NOW)
    desk = SalesDesk(db, clock)
    rng = random.Random(seed)
    order = [Stage.OPPORTUNITY, Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90, Stage.WON]
    stages = [s for s, share in SHARE for _ in range(round(n * share))]
    for i, stage in enumerate(stages):
        age = rng.randint(0, 40) if stage != Stage.WON else rng.randint(5, 20)
        met = NOW.date() - dt.timedelta(days=age)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        cid = desk.add_customer(CustomerData(name=name, tags=rng.choice(TAGS)))
        pid = desk.add_prospect(cid, rng.choice(PLANS), at=dt.datetime.combine(met - dt.timedelta(days=2), dt.time(9)))
        signing = min(met + dt.timedelta(days=28), NOW.date() + dt.timedelta(days=rng.randint(-3, 10)))
        kwargs = {
            Stage.APPOINTMENT: dict(first_meeting=met),
            Stage.P25: {},
            Stage.P50: dict(criteria=[1, 2], budget=Decimal(rng.choice((1500, 3000, 8000))),
                            signing_date=signing, next_step="讲解建议书"),
            Stage.P90: dict(signed=True, paid=Decimal(3000)),
            Stage.WON: dict(premium=Decimal(3000)),
        }
        for k, step in enumerate(order[1:order.index(stage) + 1]):
            at = (NOW - dt.timedelta(hours=1)) if step == Stage.WON else \
                dt.datetime.combine(met - dt.timedelta(days=1) if step == Stage.APPOINTMENT else met, dt.time(9, k))
            desk.move_prospect(pid, step, at=at, **kwargs[step])
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db(db)


def median_ms(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(app: QApplication, path: Path) -> dict[str, float]:
    db = open_db(path)
    clock = FixedClock(NOW)
    desk = SalesDesk(db, clock)
    out: dict[str, float] = {}
    boards = []

    def build():
        board = ProspectBoard(desk)
        board.resize(1366, 768)
        board.show()
        app.processEvents()  # first paint included
        boards.append(board)

    out["build (load + first paint)"] = median_ms(build, 5)
    for b in boards[:-1]:
        b.close()
        b.deleteLater()
    app.processEvents()
    board = boards[-1]
    if not board.column_ids(Stage.P25):  # the empty baseline: its build time is all we need
        board.close()
        close_db(db)
        return out
    snapshot = median_ms(lambda: desk.board_snapshot())
    out["  of which: snapshot query"] = snapshot

    texts = iter(["王", "wang", "l", "zh", "建国", "x"] * 10)

    def filter_once():
        board.set_filter(text=next(texts))
        app.processEvents()

    out["filter keystroke (+ repaint)"] = median_ms(filter_once)
    board.set_filter(text="")

    def tag_filter():
        board.set_filter(tag="企业主")
        app.processEvents()
        board.set_filter(tag="")
        app.processEvents()

    out["tag filter on+off"] = median_ms(tag_filter) / 2

    movable = [c.id for c in sorted((board.card(i) for i in board.column_ids(Stage.P25)), key=lambda c: c.id)
               if (c.age or 0) + 3 <= desk.sales_cycle().days]
    moves = iter(movable)

    def move_once():
        pid = next(moves)
        desk.move_prospect(pid, Stage.P50, criteria=[1, 2, 3, 4, 5], budget=Decimal(1000),
                           signing_date=NOW.date() + dt.timedelta(days=3), next_step="签约")
        app.processEvents()

    out["move 25%→50% (service + refresh + repaint)"] = median_ms(move_once)

    def undo_once():
        board._undo.append(("bench", [desk.move_prospect(next(moves), Stage.OPPORTUNITY, reason="bench").change_id]))
        app.processEvents()
        board.undo_last()
        app.processEvents()

    out["move back + Ctrl+Z"] = median_ms(undo_once)

    def scroll():
        view = board.columns[Stage.P25].view
        bar = view.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
            bar.setValue(value)
            view.viewport().repaint()
        bar.setValue(0)

    out["scroll 25% column top→bottom (21 repaints)"] = median_ms(scroll, 5)
    out["diagnose (core)"] = median_ms(lambda: board._after_change())
    board.close()
    board.deleteLater()
    app.processEvents()
    close_db(db)
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ensure_cjk_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="bench_board_"))
    results: dict[int, dict[str, float]] = {}
    for n in (0, 200, 2000):
        path = tmp / f"board_{n}.db"
        start = time.perf_counter()
        populate(path, n)
        print(f"made {n} prospects in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        results[n] = measure(app, path)
    empty_build = results[0]["build (load + first paint)"]
    print(f"baseline: empty board build = {empty_build:.1f} ms (same run)")
    print(f"{'operation':46} {'200':>9} {'2000':>9} {'2000/200':>9} {'2000/empty':>11}")
    for key in results[200]:
        a, b = results[200][key], results[2000][key]
        print(f"{key:46} {a:8.1f}ms {b:8.1f}ms {b / a:8.1f}x {b / empty_build:10.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
