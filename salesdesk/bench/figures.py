"""The figures: each one timed through salesdesk and, in the same run, as raw ``sqlite3``.

A figure is a function ``(ctx) -> Measure``; ``Measure`` holds the salesdesk samples and
the baseline samples (the same work done with the standard library only, or the same
document written with the bare library), both in milliseconds.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Measure:
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    unit: str = "ms"
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def max(self) -> float | None:
        return max(self.samples) if self.samples else None

    @property
    def base(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    def as_json(self) -> dict:
        return {"median": self.median, "max": self.max, "baseline": self.base, "unit": self.unit,
                "samples": self.samples, "baseline_samples": self.baseline, "note": self.note}


def timed(fn: Callable[[], object], runs: int, warm: bool = True) -> list[float]:
    if warm:
        fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


@dataclass
class Context:
    path: Path  # the cached benchmark file (never written: figures that write use copies)
    now: dt.datetime
    runs: int
    work: Path  # a scratch folder for copies and outputs
    app: object = None  # the QApplication

    def copy(self, name: str) -> Path:
        dest = self.work / name
        for suffix in ("-wal", "-shm"):
            Path(str(dest) + suffix).unlink(missing_ok=True)
        shutil.copy(self.path, dest)
        return dest

    @property
    def week_day(self) -> dt.date:
        """The day whose week the weekly figures print: the last day with history."""
        return (self.now - dt.timedelta(minutes=1)).date()

    def env(self) -> dict:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The processes must not touch the user's own data, settings or backups.
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(self.work / "home" / var.lower())
        env["HOME"] = str(self.work / "home")
        return env


#: Run before the child's own code: it reports its peak RSS on stderr when it exits.
#: VmHWM belongs to the process's own memory map (new at exec); getrusage's ru_maxrss would
#: carry over the high-water mark of the (large) benchmark process that forked it.
_RSS_PROLOGUE = (
    "import atexit, sys\n"
    "def _bench_peak():\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if line.startswith('VmHWM:'):\n"
    "                return int(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "    import resource\n"
    "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "atexit.register(lambda: sys.stderr.write('\\nBENCH-MAXRSS %d\\n' % _bench_peak()))\n"
)


def run_process(args: list[str], env: dict) -> tuple[float, float, int, str]:
    """(wall ms, peak RSS MB, exit code, stderr) of one ``python -m salesdesk …`` or ``-c`` child."""
    if args[1] == "-m":
        args = [args[0], "-c", _RSS_PROLOGUE + f"import runpy\nsys.argv = {[args[2], *args[3:]]!r}\n"
                f"runpy.run_module({args[2]!r}, run_name='__main__', alter_sys=True)"]
    elif args[1] == "-c":
        args = [args[0], "-c", _RSS_PROLOGUE + args[2]]
    t = time.perf_counter()
    proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = (time.perf_counter() - t) * 1000
    err = proc.stderr.decode("utf-8", "replace")
    peak = 0.0
    for line in err.splitlines():
        if line.startswith("BENCH-MAXRSS "):
            peak = int(line.split()[1]) / 1024
    err = "\n".join(line for line in err.splitlines() if not line.startswith("BENCH-MAXRSS"))
    return wall, peak, proc.returncode, err


def _raw(code: str, path: Path) -> list[str]:
    return [sys.executable, "-c", f"import sqlite3\ncon = sqlite3.connect({str(path)!r})\n{code}"]


# -- raw sqlite3 versions of the work ---------------------------------------------------------
RAW_FIRST_PAGE = ("SELECT id, name, company, mobile, title, relation_level FROM customer "
                  "ORDER BY name_pinyin, id LIMIT 200")


def raw_weekly(con: sqlite3.Connection, day: dt.date) -> int:
    """The weekly table's reads: per review window, the prospects worked in it (moved, or
    their customer logged work) and their stage at the window's end."""
    from salesdesk.core.review import week_of

    week = week_of(day)
    n = 0
    for w in week.windows:
        s, e = str(w.start), str(w.end)
        rows = con.execute(
            """
            WITH worked AS (
                SELECT prospect_id AS pid FROM stage_change WHERE at >= ? AND at < ?
                UNION
                SELECT p.id FROM prospect p JOIN (
                    SELECT customer_id FROM activity WHERE at >= ? AND at < ?
                    UNION SELECT customer_id FROM contact_record WHERE at >= ? AND at < ?
                ) c ON c.customer_id = p.customer_id WHERE p.created_at < ?
            )
            SELECT w.pid, sc.to_stage, sc.first_meeting, sc.at, cu.name, p.plan
            FROM worked w
            JOIN stage_change sc ON sc.id = (
                SELECT id FROM stage_change x WHERE x.prospect_id = w.pid AND x.at < ?
                ORDER BY x.at DESC, x.id DESC LIMIT 1)
            JOIN prospect p ON p.id = w.pid JOIN customer cu ON cu.id = p.customer_id
            WHERE sc.to_stage != 'lost'
            """, (s, e, s, e, s, e, e, e)).fetchall()
        n += len(rows)
        con.execute("SELECT COALESCE(SUM(paid_fen), 0), COALESCE(SUM(premium_fen), 0) FROM stage_change "
                    "WHERE at >= ? AND at < ?", (s, e)).fetchone()
    return n


def raw_board(con: sqlite3.Connection, since: dt.date) -> int:
    rows = con.execute(
        "SELECT p.*, c.id, c.name, c.company, c.tags, c.name_pinyin, c.name_initials FROM prospect p "
        "JOIN customer c ON c.id = p.customer_id WHERE p.stage NOT IN ('won', 'lost') "
        "OR (p.stage = 'won' AND p.stage_since >= ?) ORDER BY p.id", (str(dt.datetime.combine(since, dt.time())),)
    ).fetchall()
    con.execute("SELECT value FROM setting WHERE key = 'cycle_override_days'").fetchall()
    return len(rows)


def raw_search(con: sqlite3.Connection, text: str) -> int:
    q = text.lower()
    con.execute("SELECT COUNT(*) FROM customer WHERE instr(search_text, ?) > 0", (q,)).fetchone()
    return len(con.execute("SELECT id, name, company, mobile FROM customer WHERE instr(search_text, ?) > 0 "
                           "ORDER BY name_pinyin, id LIMIT 200", (q,)).fetchall())


def raw_move(con: sqlite3.Connection, pid: int, at: str) -> None:
    """A move's reads and writes, committed (on a copy of its own: it writes a dummy change)."""
    con.execute("BEGIN IMMEDIATE")
    con.execute("SELECT * FROM prospect WHERE id = ?", (pid,)).fetchone()
    con.execute("SELECT at FROM stage_change WHERE prospect_id = ? ORDER BY at DESC LIMIT 1", (pid,)).fetchone()
    con.execute("UPDATE prospect SET stage = 'p25', stage_since = ? WHERE id = ?", (at, pid))
    con.execute("INSERT INTO stage_change (prospect_id, at, from_stage, to_stage, reason, paid_fen, premium_fen,"
                " recorded_at, before) VALUES (?, ?, 'p25', 'p25', 'bench', 0, 0, ?, '')", (pid, at, at))
    con.execute("COMMIT")


def raw_connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 5000", "journal_mode = wal", "foreign_keys = 1", "synchronous = full"):
        con.execute(f"PRAGMA {pragma}")
    return con


# -- the figures --------------------------------------------------------------------------------
def _desk(path: Path, now: dt.datetime):
    from salesdesk.core.clock import FixedClock
    from salesdesk.services import SalesDesk
    from salesdesk.storage.db import open_db

    db = open_db(path)
    return db, SalesDesk(db, FixedClock(now))


def fig_start(ctx: Context) -> dict[str, Measure]:
    """Start to a painted, idle window (a process), and its peak RSS."""
    env = ctx.env()
    start, rss = Measure(), Measure(unit="MB")
    for i in range(max(1, ctx.runs)):
        path = ctx.copy("start.db")
        wall, peak, code, err = run_process(
            [sys.executable, "-m", "salesdesk", "--exit-when-ready", "--db", str(path)], env)
        if code != 0:
            note = f"exit {code}: " + (err.strip().splitlines() or [""])[-1][:120]
            return {"start": Measure(note=note), "rss": Measure(unit="MB", note=note)}
        start.samples.append(wall)
        rss.samples.append(peak)
        wall, peak, _, _ = run_process(_raw(f"con.execute({RAW_FIRST_PAGE!r}).fetchall()", path), env)
        start.baseline.append(wall)
        rss.baseline.append(peak)
    start.note = "baseline: python + sqlite3 reading the first page"
    rss.note = "baseline: python + sqlite3"
    return {"start": start, "rss": rss}


def fig_weekly(ctx: Context) -> dict[str, Measure]:
    from salesdesk.storage.db import close_db

    db, desk = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    try:
        m = Measure(samples=timed(lambda: desk.weekly_table(ctx.week_day), ctx.runs),
                    baseline=timed(lambda: raw_weekly(con, ctx.week_day), ctx.runs))
        table = desk.weekly_table(ctx.week_day)
        entries = sum(len(v) for cells in table.cells.values() for v in cells.values())
        m.note = f"{entries} entries"
        xlsx, pdf = _documents(ctx, table, desk.setting("agent_name"))
    finally:
        con.close()
        close_db(db)
    return {"weekly": m, "xlsx": xlsx, "pdf": pdf}


def _documents(ctx: Context, table, agent: str) -> tuple[Measure, Measure]:
    from salesdesk.reports.weekly_pdf import write_weekly_pdf
    from salesdesk.reports.weekly_xlsx import write_weekly_xlsx

    texts = [e.text for cells in table.cells.values() for v in cells.values() for e in v]
    out = ctx.work / "out"
    out.mkdir(exist_ok=True)

    def xlsx():
        target = out / "week.xlsx"
        target.unlink(missing_ok=True)
        write_weekly_xlsx(table, target, agent)

    def raw_xlsx():
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for i, text in enumerate(texts):
            ws.cell(row=1 + i // 6, column=1 + i % 6, value=text)
        wb.save(out / "raw.xlsx")

    def pdf():
        target = out / "week.pdf"
        target.unlink(missing_ok=True)
        write_weekly_pdf(table, target, agent)

    def raw_pdf():
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

        writer = QPdfWriter(str(out / "raw.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        for i, text in enumerate(texts):
            if i and i % 300 == 0:
                writer.newPage()
            k = i % 300
            painter.drawText(QPointF(200 + (k % 6) * 1500, 300 + (k // 6) * 250), text)
        painter.end()

    return (Measure(timed(xlsx, ctx.runs), timed(raw_xlsx, ctx.runs), note="baseline: bare openpyxl, same texts"),
            Measure(timed(pdf, ctx.runs), timed(raw_pdf, ctx.runs), note="baseline: bare QPdfWriter, same texts"))


def _movable(desk, n: int) -> list[int]:
    """Open 25% prospects that can go to 50% (first meeting within the cycle)."""
    from salesdesk.core.stages import Stage

    snap = desk.board_snapshot()
    ids = [c.id for c in snap.cards if c.stage == Stage.P25 and c.first_meeting is not None]
    return ids[:n]


def _move(desk, pid: int) -> None:
    from salesdesk.core.stages import Stage

    view = desk.get_prospect(pid)
    desk.move_prospect(pid, Stage.P50, criteria=[1, 2], budget=Decimal(3000),
                       signing_date=view.first_meeting + dt.timedelta(days=1), next_step="带计划书面谈")


def fig_move(ctx: Context) -> dict[str, Measure]:
    from salesdesk.storage.db import close_db

    path = ctx.copy("move.db")
    db, desk = _desk(path, ctx.now)
    try:
        ids = iter(_movable(desk, ctx.runs + 1))
        samples = timed(lambda: _move(desk, next(ids)), ctx.runs)
        cycle = timed(lambda: desk.sales_cycle(), ctx.runs)
    finally:
        close_db(db)
    con = raw_connect(ctx.copy("raw-move.db"))
    try:
        pid = con.execute("SELECT id FROM prospect WHERE stage = 'p25' LIMIT 1").fetchone()[0]
        base = timed(lambda: raw_move(con, pid, str(ctx.now)), ctx.runs)
    finally:
        con.close()
    cyc = statistics.median(cycle)
    return {"move": Measure(samples, base, note=f"of which the sales cycle: {cyc:.1f} ms")}


def fig_window(ctx: Context) -> dict[str, Measure]:
    """Moves, adds, type-ahead and scrolling with the whole window open (as run_gui builds it)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from salesdesk.core.customer import CustomerData
    from salesdesk.fonts import ensure_cjk_font
    from salesdesk.storage.db import close_db
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.messages import Messages
    from salesdesk.ui.pages import install_pages

    app = QApplication.instance() or QApplication([sys.argv[0]])
    ensure_cjk_font(app)
    path = ctx.copy("window.db")
    db, desk = _desk(path, ctx.now)
    out: dict[str, Measure] = {}
    window = None
    try:
        settings = QSettings(str(ctx.work / "window.ini"), QSettings.Format.IniFormat)
        messages = Messages()
        window = MainWindow(desk, settings, messages)
        install_pages(window, messages, None)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        ids = iter(_movable(desk, ctx.runs + 1))

        def move():
            _move(desk, next(ids))
            app.processEvents()

        con = raw_connect(ctx.copy("raw-window.db"))
        pid = con.execute("SELECT id FROM prospect WHERE stage = 'p25' LIMIT 1").fetchone()[0]
        raw_moves = timed(lambda: raw_move(con, pid, str(ctx.now)), ctx.runs)
        out["move_window"] = Measure(timed(move, ctx.runs, warm=False), raw_moves)
        counter = iter(range(10**6))

        def add():
            desk.add_customer(CustomerData(name=f"基准客户{next(counter)}", mobile=""))
            app.processEvents()

        out["add_window"] = Measure(timed(add, ctx.runs), raw_moves, note="baseline: the raw move")

        panel = window.customer_list
        words = ["wang", "jincheng", "138", "zjn", "锦程物流", "曾"]
        keys = [w[:i] for w in words for i in range(1, len(w) + 1)]
        keys = (keys * (1 + ctx.runs // len(keys)))[:max(ctx.runs, len(keys))]
        typed = iter(keys)

        def keystroke():
            text = next(typed)
            panel.filter_edit.setText(text)
            panel.apply_filter()
            app.processEvents()

        raw_keys = iter(keys * 2)
        out["typeahead"] = Measure(timed(keystroke, len(keys), warm=False),
                                   timed(lambda: raw_search(con, next(raw_keys)), len(keys), warm=False),
                                   note="keystrokes typing " + "/".join(words))
        panel.filter_edit.setText("")
        panel.apply_filter()
        app.processEvents()
        window.tabs.setCurrentWidget(window.customers_page)

        def scroll():
            model, view = window.customer_model, panel.view
            model.refresh()
            while model.canFetchMore():
                view.scrollToBottom()
                app.processEvents()
                model.fetchMore()
            view.scrollToBottom()
            app.processEvents()

        def raw_scroll():
            last = ("", 0)
            while True:
                page = con.execute("SELECT id, name, company, mobile, name_pinyin FROM customer WHERE "
                                   "(name_pinyin, id) > (?, ?) ORDER BY name_pinyin, id LIMIT 200", last).fetchall()
                if not page:
                    break
                last = (page[-1][4], page[-1][0])

        runs = max(1, min(ctx.runs, 3))
        out["scroll"] = Measure(timed(scroll, runs, warm=False), timed(raw_scroll, runs),
                                note="baseline: keyset pages of 200")
        con.close()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        close_db(db)
    return out


def fig_board(ctx: Context) -> dict[str, Measure]:
    from salesdesk.storage.db import close_db

    db, desk = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    try:
        since = desk.this_week_start()
        snap = desk.board_snapshot()
        m = Measure(timed(desk.board_snapshot, ctx.runs), timed(lambda: raw_board(con, since), ctx.runs),
                    note=f"{len(snap.cards)} cards")
    finally:
        con.close()
        close_db(db)
    return {"board": m}


def raw_dated_customers(con: sqlite3.Connection) -> int:
    """The plain way to find coming birthdays: read every customer that has a date."""
    return len(con.execute(
        "SELECT id, name, birthday, anniversary, lunar_birthday_month, lunar_birthday_day, lunar_birthday_leap "
        "FROM customer WHERE birthday IS NOT NULL OR anniversary IS NOT NULL "
        "OR lunar_birthday_month IS NOT NULL").fetchall())


def fig_dates(ctx: Context) -> dict[str, Measure]:
    """Birthdays, anniversaries and dated notes of the next 7 days (the agent's day)."""
    from salesdesk.storage.db import close_db

    db, desk = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    try:
        day = ctx.now.date()
        found = desk.dates.upcoming(day, 7)
        m = Measure(timed(lambda: desk.dates.upcoming(day, 7), ctx.runs), timed(lambda: raw_dated_customers(con), ctx.runs),
                    note=f"{len(found)} dates; baseline: reading every customer with a date")
    finally:
        con.close()
        close_db(db)
    return {"upcoming": m}


def fig_duplicates(ctx: Context) -> dict[str, Measure]:
    """The likely-duplicate check a save makes (SPEC §3.2), and the list of every pair."""
    from salesdesk.core.customer import CustomerData
    from salesdesk.storage.db import close_db

    db, desk = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    try:
        name, company, mobile = con.execute(
            "SELECT name, company, mobile FROM customer WHERE mobile != '' AND company != '' "
            "ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM customer)").fetchone() or ("何建国", "锦程物流", "")
        card = CustomerData(name=name, company=company, mobile=mobile, phone=mobile)
        found = desk.duplicates.likely_duplicates(card)
        check = Measure(timed(lambda: desk.duplicates.likely_duplicates(card), ctx.runs * 5),
                        timed(lambda: con.execute("SELECT id FROM customer WHERE mobile = ?", (mobile,)).fetchall(),
                              ctx.runs * 5),
                        note=f"{len(found)} found; baseline: one probe of the mobile index")
        pairs = desk.duplicates.all_duplicates()
        every = Measure(timed(desk.duplicates.all_duplicates, ctx.runs),
                        timed(lambda: con.execute("SELECT mobile, COUNT(*) FROM customer WHERE mobile != '' "
                                                  "GROUP BY mobile HAVING COUNT(*) > 1").fetchall(), ctx.runs),
                        note=f"{len(pairs)} pairs; baseline: GROUP BY of the mobiles alone")
    finally:
        con.close()
        close_db(db)
    return {"dupe_check": check, "dupes_all": every}


def fig_list(ctx: Context) -> dict[str, Measure]:
    """The customer list sorted and filtered in SQL: the count and the first page of 100, read
    cold (a new desk each run: nothing cached), as the list does when a header or filter is clicked."""
    from salesdesk.core.clock import FixedClock
    from salesdesk.services import SalesDesk
    from salesdesk.services.customer_query import CustomerQuery
    from salesdesk.storage.db import close_db

    db, _ = _desk(ctx.path, ctx.now)
    con = raw_connect(ctx.path)
    out = {}
    try:
        def page(query):
            desk = SalesDesk(db, FixedClock(ctx.now))
            desk.customers.count(query)
            return desk.customers.page(query, 100, 0)

        def raw_page():
            con.execute("SELECT COUNT(*) FROM customer WHERE value_grade = 'A'").fetchone()
            con.execute("SELECT id, name, company, mobile FROM customer WHERE value_grade = 'A' "
                        "ORDER BY name_pinyin, id LIMIT 100").fetchall()

        base = timed(raw_page, ctx.runs)
        for key, query, note in (
            ("list_sorted", CustomerQuery(grade="A", sort="last_contact", descending=True),
             "grade A by last contact; baseline: grade A by name, raw"),
            ("list_birthday", CustomerQuery(sort="next_birthday"), "everyone by next birthday (lunar too)"),
            ("list_not_contacted", CustomerQuery(not_contacted_days=90, sort="grade"),
             "not contacted for 90 days, by grade"),
        ):
            out[key] = Measure(timed(lambda q=query: page(q), ctx.runs), base, note=note)
    finally:
        con.close()
        close_db(db)
    return out


def fig_cli(ctx: Context) -> dict[str, Measure]:
    env = ctx.env()
    path = ctx.copy("cli.db")
    week = ctx.week_day.isoformat()
    out = {}
    for key, args, raw in (
        ("weekly_cli", ["weekly", "--json", "--week", week],
         f"from salesdesk.bench.figures import raw_weekly\nimport datetime\n"
         f"raw_weekly(con, datetime.date.fromisoformat({week!r}))"),
        ("search_cli", ["customer", "list", "--search", "王", "--json"],
         "from salesdesk.bench.figures import raw_search\nraw_search(con, '王')"),
    ):
        m = Measure()
        for _ in range(max(1, ctx.runs)):
            wall, _, code, err = run_process([sys.executable, "-m", "salesdesk", *args, "--db", str(path)], env)
            if code != 0:
                m.note = f"exit {code}: {err.strip()[:120]}"
                break
            m.samples.append(wall)
            m.baseline.append(run_process(_raw(raw, path), env)[0])
        if not m.note:
            m.note = "baseline: python + sqlite3 doing the same reads"
        out[key] = m
    return out


# -- import (SPEC §3.3) -------------------------------------------------------------------------
IMPORT_ROWS = 20_000
_IMPORT_HEADERS = ("姓名", "性别", "公司", "职务", "手机", "邮箱", "地址", "认识来源", "生日", "标签", "备注")


def import_sheet(folder: Path, rows: int = IMPORT_ROWS) -> Path:
    """A heavy agent's address book as an .xlsx: invented people, mobiles in a 16x range the
    generated customers never use (every row is a new customer), a birthday each."""
    import random

    from salesdesk.reports.customer_export import write_rows

    rng = random.Random(7)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
    data = []
    for i in range(rows):
        name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        data.append((name, "男" if i % 2 else "女", f"示例{rng.randrange(400)}号公司", "经理", f"166{i:08d}",
                     f"c{i}@example.com", f"某市某区某路{rng.randrange(999)}号", "转介绍",
                     dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28), "朋友", "导入的客户"))
    return write_rows(_IMPORT_HEADERS, data, folder / "import.xlsx")


def raw_import(path: Path, sheet: Path) -> int:
    """The bare minimum of the same work: calamine reads the sheet, sqlite3 inserts the rows."""
    from python_calamine import CalamineWorkbook

    grid = CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()
    con = raw_connect(path)
    now = "2026-11-26 07:00:00"
    given = ["name", "gender", "company", "title", "mobile", "email", "address", "source", "birthday", "tags", "notes",
             "created_at", "updated_at"]
    # Columns whose SQL has no default get the value the services would write.
    rest = [(name, 0 if kind.upper() in ("INTEGER", "SMALLINT") else "")
            for _, name, kind, notnull, default, _ in con.execute("PRAGMA table_info(customer)")
            if notnull and default is None and name not in given and name != "id"]
    columns = given + [name for name, _ in rest]
    marks = ", ".join("?" * len(columns))
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        f"INSERT INTO customer ({', '.join(columns)}) VALUES ({marks})",
        ([*(str(v) for v in r[:8]), str(r[8]), r[9], r[10], now, now, *(v for _, v in rest)] for r in grid[1:]))
    con.execute("COMMIT")
    con.close()
    return len(grid) - 1


def fig_import(ctx: Context) -> dict[str, Measure]:
    """20,000 rows imported from an .xlsx into the file (read, checked, duplicates looked
    up against every customer on file, a backup, one transaction)."""
    from salesdesk.reports.customer_import import read_table
    from salesdesk.storage.db import close_db

    sheet = import_sheet(ctx.work)
    m = Measure(note=f"{IMPORT_ROWS} rows; baseline: calamine reading the sheet + sqlite3 inserting the rows")
    runs = max(1, min(ctx.runs, 3))
    for i in range(runs):
        path = ctx.copy("import.db")
        db, desk = _desk(path, ctx.now)
        try:
            t = time.perf_counter()
            result = desk.imports.run(read_table(sheet))
            m.samples.append((time.perf_counter() - t) * 1000)
            m.note = (f"{result.imported} of {IMPORT_ROWS} rows added ({len(result.duplicates)} duplicates skipped); "
                      "baseline: calamine reading the sheet + sqlite3 inserting the rows")
            if result.errors:
                m.note = f"refused: {result.errors[0]}"
        finally:
            close_db(db)
        path = ctx.copy("import-raw.db")
        t = time.perf_counter()
        raw_import(path, sheet)
        m.baseline.append((time.perf_counter() - t) * 1000)
    return {"import": m}


FIGURES: tuple[Callable[[Context], dict[str, Measure]], ...] = (
    fig_start, fig_weekly, fig_move, fig_window, fig_board, fig_dates, fig_duplicates, fig_list, fig_cli,
    fig_import,
)

#: Row order and labels of the printed table.
LABELS = {
    "start": "start to a painted, idle window",
    "weekly": "weekly table, current week",
    "move_window": "one move, window open (service+refresh)",
    "add_window": "customer add, window open",
    "move": "one move, service only",
    "typeahead": "type-ahead keystroke through the widget",
    "board": "board snapshot (open prospects)",
    "list_sorted": "customer list: filtered + sorted page",
    "list_birthday": "customer list: by next birthday",
    "list_not_contacted": "customer list: not contacted 90 days",
    "upcoming": "birthdays and dates, next 7 days",
    "dupe_check": "likely-duplicate check of a save",
    "dupes_all": "every likely-duplicate pair (customer dupes)",
    "weekly_cli": "`weekly --json` as a process",
    "search_cli": "`customer list --search 王 --json` process",
    "scroll": "scroll the customer list to the end",
    "xlsx": "weekly xlsx written",
    "pdf": "weekly PDF written",
    "rss": "peak RSS of the window",
    "import": "import 20,000 rows from .xlsx",
}

# The 统计 figures live in a module of their own (this one is long); it imports from here.
from .stats_figures import LABELS as _STATS_LABELS, fig_stats  # noqa: E402

FIGURES += (fig_stats,)
LABELS.update(_STATS_LABELS)


def measure_all(path: Path, now: dt.datetime, runs: int, only: set[str] | None = None) -> dict[str, Measure]:
    from PySide6.QtWidgets import QApplication

    # One application object for the in-process figures (widgets need a QApplication).
    app = QApplication.instance() or QApplication([sys.argv[0]])
    out: dict[str, Measure] = {}
    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as tmp:
        ctx = Context(Path(path), now, runs, Path(tmp), app)
        for figure in FIGURES:
            name = figure.__name__.removeprefix("fig_")
            if only and name not in only:
                continue
            try:
                out.update(figure(ctx))
            except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the others
                out[name] = Measure(note=f"failed: {type(exc).__name__}: {exc}"[:200])
    return out
