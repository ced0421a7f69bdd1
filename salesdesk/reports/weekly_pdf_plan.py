"""Where the printed weekly table's entries go: the font, the rows, the pages.

A normal week fits one A4 landscape page: the entry font is as large as possible
(11 pt) while every entry fits, down to READABLE_PT; a crowded cell flows into
sub-columns. A week too full for one page at READABLE_PT is never shrunk further: its
rows flow onto further pages (a row cut by a page break continues as ``周一（续）``),
each page with the header and the column heads, 小计 on the last.

Everything here is in design units (points of the page, see weekly_pdf).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field


from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.core.weekly import WeeklyTable

from .weekly_text import cell_texts

MAX_ENTRY_PT = 11.0
READABLE_PT = 6.5  # the smallest entry font printed; below it, the table flows onto more pages
PAD = 4.0  # inside a cell
SUBCOLUMN_GAP = 8.0
MIN_PIECE = 36.0  # the least height of a row (its label needs it)


@dataclass(frozen=True)
class Item:
    """One entry as printed."""

    text: str
    overdue: bool


@dataclass
class CellPlan:
    columns: int  # sub-columns the entries flow into (top to bottom, then right)
    column_width: float
    entry_lines: list[int]  # wrapped lines per entry (1 unless a name is wider than its sub-column)
    line_height: float
    height: float  # design units, padding included
    #: (sub-column, first line) of each entry
    positions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Piece:
    """A review row, or the part of it on one page."""

    row: ReviewRow
    continued: bool
    height: float
    cells: dict[Stage, list[Item]]


@dataclass
class PagePlan:
    pieces: list[Piece] = field(default_factory=list)
    subtotal: bool = False  # the last page carries 小计


@dataclass
class TablePlan:
    entry_pt: float
    subcolumns: bool
    pages: list[PagePlan]


def table_items(table: WeeklyTable) -> dict[ReviewRow, dict[Stage, list[Item]]]:
    result = {}
    for row in ReviewRow:
        result[row] = {}
        for stage in BOARD_STAGES:
            entries = table.cell(row, stage)
            result[row][stage] = [Item(t, e.overdue) for t, e in zip(cell_texts(entries), entries)]
    return result


class Planner:
    """Lays a table out on pages of a given body height (below the heads, above the legend)."""

    def __init__(self, page, col_w: float, body: float, subtotal_h: float):
        self.page = page  # weekly_pdf._Page: fonts and metrics
        self.col_w = col_w
        self.body = body
        self.subtotal_h = subtotal_h
        self._widths: dict[tuple[float, str, bool], float] = {}

    # -- one cell ------------------------------------------------------------------------
    def _width(self, pt: float, item: Item, metrics) -> float:
        key = (pt, item.text, item.overdue)
        if key not in self._widths:
            # Measure a little wide: what fits when measured must not wrap when drawn.
            self._widths[key] = (metrics.horizontalAdvance(item.text) / self.page.u) * 1.02 + 0.5
        return self._widths[key]

    def cell(self, items: list[Item], pt: float, *, columns_allowed: bool,
             max_height: float | None = None) -> CellPlan:
        """How a cell's items are laid out at ``pt``.

        With sub-columns allowed, a cell uses the fewest sub-columns that keep it within
        ``max_height`` (the most compact layout when no height is given). Sub-columns are
        as wide as most entries need: the odd longer one (a plan added to a name) wraps
        onto a second line of its sub-column rather than costing the cell its columns.
        """
        options = self._options(items, pt, columns_allowed)
        if max_height is not None:
            fitting = [o for o in options if o.height <= max_height + 1e-6]
            if fitting:
                return fitting[0]
        return min(options, key=lambda o: (o.height, o.columns))

    def _options(self, items: list[Item], pt: float, columns_allowed: bool) -> list[CellPlan]:
        page = self.page
        inner = self.col_w - 2 * PAD
        regular, bold = page.metrics(page.font(pt)), page.metrics(page.font(pt, True))
        line_h = bold.lineSpacing() / page.u
        if not items:
            return [CellPlan(1, inner, [], line_h, 0.0, [])]
        widths = [self._width(pt, it, bold if it.overdue else regular) for it in items]
        most = 1
        if columns_allowed:
            typical = sorted(widths)[(len(widths) - 1) * 9 // 10]  # the 90th percentile
            most = max(1, min(len(items), int((inner + SUBCOLUMN_GAP) // (min(typical, inner) + SUBCOLUMN_GAP))))
        options = []
        for k in range(1, most + 1):
            width = (inner - (k - 1) * SUBCOLUMN_GAP) / k
            lines = [1 if w <= width else self._wrapped_lines(it, width, bold if it.overdue else regular)
                     for it, w in zip(items, widths)]
            per_column = max(max(lines), math.ceil(sum(lines) / k))
            while (placed := _fill(lines, per_column))[0] > k:
                per_column += 1
            used, positions = placed
            options.append(CellPlan(used, width, lines, line_h, per_column * line_h + 2 * PAD, positions))
        return options

    def _wrapped_lines(self, item: Item, width: float, metrics) -> int:
        return len(wrap_text(item.text, width * self.page.u, metrics))

    def _take(self, items: list[Item], pt: float, height: float) -> int:
        """How many of a cell's items (from the front) fit ``height``, sub-columns allowed."""
        plan = self.cell(items, pt, columns_allowed=True)
        per_column = int((height - 2 * PAD + 1e-6) // plan.line_height)
        if per_column <= 0:
            return 0
        count, column, used = 0, 0, 0
        for n in plan.entry_lines:
            if used + n > per_column:
                column, used = column + 1, 0
                if column >= plan.columns or n > per_column:
                    break
            used += n
            count += 1
        return count

    # -- one page ------------------------------------------------------------------------
    def _rows_needed(self, items, pt: float, columns_allowed: bool) -> list[float]:
        return [max(self.cell(items[row][s], pt, columns_allowed=columns_allowed).height for s in BOARD_STAGES)
                for row in ReviewRow]

    def _fits_one_page(self, items, pt: float, columns_allowed: bool) -> bool:
        avail = self.body - self.subtotal_h
        return sum(max(MIN_PIECE, h) for h in self._rows_needed(items, pt, columns_allowed)) <= avail

    def plan(self, table: WeeklyTable) -> TablePlan:
        items = table_items(table)
        for columns_allowed in (False, True):
            if self._fits_one_page(items, READABLE_PT, columns_allowed):
                pt = _largest_fitting(lambda p: self._fits_one_page(items, p, columns_allowed),
                                      READABLE_PT, MAX_ENTRY_PT)
                return TablePlan(pt, columns_allowed, [self._one_page(items, pt, columns_allowed)])
        return TablePlan(READABLE_PT, True, self._flow(items, READABLE_PT))

    def _one_page(self, items, pt: float, columns_allowed: bool) -> PagePlan:
        """Rows are equal, like the paper form, unless a crowded row needs more."""
        avail = self.body - self.subtotal_h
        needed = [max(MIN_PIECE, h) for h in self._rows_needed(items, pt, columns_allowed)]
        count = len(needed)
        if max(needed) * count <= avail:
            heights = [avail / count] * count
        else:
            extra = max(0.0, avail - sum(needed)) / count
            heights = [n + extra for n in needed]
        pieces = [Piece(row, False, h, items[row]) for row, h in zip(ReviewRow, heights)]
        return PagePlan(pieces, subtotal=True)

    def _flow(self, items, pt: float) -> list[PagePlan]:
        """Rows onto as many pages as they need, cut between entry lines."""
        pages = [PagePlan()]
        used = 0.0
        rows = list(ReviewRow)
        for index, row in enumerate(rows):
            left = {s: list(items[row][s]) for s in BOARD_STAGES}
            continued = False
            reserve = self.subtotal_h if index == len(rows) - 1 else 0.0
            while True:
                need = max(MIN_PIECE, max(self.cell(left[s], pt, columns_allowed=True).height for s in BOARD_STAGES))
                room = self.body - used - reserve
                if need <= room:
                    pages[-1].pieces.append(Piece(row, continued, need, left))
                    used += need
                    break
                taken = {s: self._take(left[s], pt, room) for s in BOARD_STAGES} if room >= MIN_PIECE else {}
                if not any(taken.values()):
                    if pages[-1].pieces:
                        pages.append(PagePlan())
                        used = 0.0
                        continue
                    # A single entry taller than a page (an absurdly long name): print what fits.
                    taken = {s: min(1, len(left[s])) for s in BOARD_STAGES}
                pages[-1].pieces.append(Piece(row, continued, room, {s: left[s][:n] for s, n in taken.items()}))
                left = {s: left[s][n:] for s, n in taken.items()}
                continued = True
                if not any(left.values()):
                    used += room
                    break
                pages.append(PagePlan())
                used = 0.0
        pages[-1].subtotal = True
        return pages


def wrap_text(text: str, width: float, metrics) -> list[str]:
    """An entry cut into lines no wider than ``width`` (device units), anywhere (Chinese
    has no spaces). The painter draws these very lines, so the count is what prints."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and metrics.horizontalAdvance(current + ch) * 1.02 > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    lines.append(current)
    return lines


def _fill(lines: list[int], per_column: int) -> tuple[int, list[tuple[int, int]]]:
    """Entries of ``lines`` lines each, top to bottom then right, ``per_column`` lines a
    sub-column: the sub-columns used and where each entry goes."""
    positions = []
    column = used = 0
    for n in lines:
        if used + n > per_column and used > 0:
            column, used = column + 1, 0
        positions.append((column, used))
        used += n
    return column + 1, positions


def _largest_fitting(fits, lo: float, hi: float) -> float:
    if fits(hi):
        return hi
    for _ in range(12):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo
