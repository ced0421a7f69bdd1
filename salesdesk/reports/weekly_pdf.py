"""The weekly action table on paper: one renderer for print, print preview and PDF.

``paint_weekly`` draws the 潜在客户管理行动工具表 like the paper form — title, agent,
``我的销售周期: N 天``, the week's range, a ruled grid of 周一/周三/周五/小计 by the six
stage columns — into any rectangle of any QPainter. The entry font is computed from the
fullest cells: as large as possible (11 pt) while every entry fits, down to very small
sizes, and a crowded cell flows into sub-columns, so nothing is ever clipped. Overdue
entries are bold with a ``※`` (print is often black and white).

Only QtGui is used, so ``write_weekly_pdf`` works from the command line with no window.
"""
from __future__ import annotations

import logging
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
    QPdfWriter, QPen,
)

from salesdesk.core.review import ReviewRow
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.core.weekly import Entry, WeeklyTable

from .errors import ReportError
from .files import write_atomically
from .weekly_xlsx import OVERDUE_MARK, TITLE, entry_text, window_label

log = logging.getLogger(__name__)

#: Design units are points on an A4 landscape page with 10 mm margins; the drawing
#: scales to whatever rectangle it is given.
DESIGN_WIDTH = 785.0
MARGIN_MM = 10.0
PDF_RESOLUTION = 300

MAX_ENTRY_PT = 11.0
MIN_ENTRY_PT = 1.5
READABLE_PT = 6.5  # below this, crowded cells flow into sub-columns instead
PAD = 4.0  # inside a cell
SUBCOLUMN_GAP = 8.0
LABEL_COL = 66.0
TITLE_PT, HEADER_PT, COLUMN_PT, LEGEND_PT = 18.0, 11.0, 10.5, 8.5
TITLE_H, HEADER_H, COLUMN_H, SUBTOTAL_H, LEGEND_H = 30.0, 22.0, 26.0, 24.0, 18.0
GAP_BELOW_HEADER = 6.0
OVERSTRIKE = 0.045  # of the font size: the second stroke of an overdue entry
OVERDUE_COLOR = QColor(176, 0, 0)  # dark red: still dark on a black-and-white printer
HEADER_FILL = QColor(232, 232, 232)
TOTAL_FILL = QColor(245, 245, 245)

_app: QGuiApplication | None = None
_family: str | None = None


def page_layout() -> QPageLayout:
    """A4 landscape with 10 mm margins, for the PDF writer and the printer alike."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, margins,
                       QPageLayout.Unit.Millimeter)


def cjk_family() -> str:
    """The bundled CJK font, else the machine's own ("" if neither).

    Paper comes out the same on every machine (the screen may use the desktop's font):
    a machine's fallback font (e.g. Droid Sans Fallback) can lack bold and change how
    names wrap.
    """
    global _family
    if _family is None:
        from salesdesk.fonts import installed_cjk_family, load_bundled_cjk_font

        _family = load_bundled_cjk_font() or installed_cjk_family()
    return _family


def _ensure_gui_app() -> None:
    """Fonts and painting need a QGuiApplication; the CLI has none (and maybe no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # else Qt aborts the process
        _app = QGuiApplication(["salesdesk"])
    elif not isinstance(existing, QGuiApplication):
        raise ReportError("生成 PDF 需要图形界面支持（当前只有 QCoreApplication）")


def write_weekly_pdf(table: WeeklyTable, path: Path, agent_name: str) -> Path:
    """The table as a one-page A4 landscape PDF; ReportError if it cannot be written."""
    data, _layout = render_pdf(table, agent_name)
    return write_atomically(Path(path), data)


def render_pdf(table: WeeklyTable, agent_name: str) -> tuple[bytes, "WeeklyLayout"]:
    """The PDF in memory (written to disk only when complete), and where the cells went."""
    _ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(f"{TITLE} {table.week.range_label}")
    writer.setCreator("salesdesk")
    if agent_name:
        writer.setAuthor(agent_name)
    layout = render_on(writer, table, agent_name)
    buffer.close()
    return bytes(buffer.data()), layout


def render_on(device: QPagedPaintDevice, table: WeeklyTable, agent_name: str) -> "WeeklyLayout":
    """Paint one page on a PDF writer or a printer already set to ``page_layout()``."""
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("无法开始打印（打印机或 PDF 文件不可用）")
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        return paint_weekly(painter, QRectF(0, 0, rect.width(), rect.height()), table, agent_name)
    finally:
        painter.end()


@dataclass
class WeeklyLayout:
    """Where things went, in the painter's coordinates (tests map PDF text to cells with it)."""

    entry_pt: float = MAX_ENTRY_PT
    subcolumns: bool = False  # crowded cells flowed into sub-columns
    cells: dict[tuple[ReviewRow, Stage], QRectF] = field(default_factory=dict)
    subtotal: dict[Stage, QRectF] = field(default_factory=dict)
    grid: QRectF = field(default_factory=QRectF)


class _Page:
    """Design units (points) mapped onto the target rectangle."""

    def __init__(self, painter: QPainter, rect: QRectF):
        self.painter = painter
        self.rect = rect
        self.u = rect.width() / DESIGN_WIDTH
        self.height = rect.height() / self.u
        device = painter.device()
        self.dpi = device.logicalDpiY() if device is not None else 72
        self.family = cjk_family()

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.rect.left() + x * self.u, self.rect.top() + y * self.u, w * self.u, h * self.u)

    def font(self, pt: float, bold: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont()
        # pointSize * dpi / 72 device pixels == pt design units on this page.
        font.setPointSizeF(max(0.1, pt * self.u * 72.0 / self.dpi))
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        device = self.painter.device()
        return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)

    def pen(self, width_pt: float, color: QColor = QColor(0, 0, 0)) -> QPen:
        pen = QPen(color)
        pen.setWidthF(width_pt * self.u)
        return pen

    def text(self, rect: QRectF, text: str, pt: float, bold: bool = False,
             align=Qt.AlignmentFlag.AlignCenter, color: QColor | None = None, shrink: bool = True) -> None:
        """Draw one line of text, shrinking the font rather than clipping it."""
        font = self.font(pt, bold)
        width = self.metrics(font).horizontalAdvance(text)
        if shrink and width > rect.width() > 0:
            font = self.font(pt * rect.width() / width * 0.98, bold)
        self.painter.setFont(font)
        self.painter.setPen(color or QColor(0, 0, 0))
        self.painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignVCenter), text)


def paint_weekly(painter: QPainter, page_rect: QRectF, table: WeeklyTable, agent_name: str) -> WeeklyLayout:
    """Draw the whole action table into ``page_rect``; returns the cell geometry."""
    page = _Page(painter, QRectF(page_rect))
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return _paint(page, table, " ".join((agent_name or "").split()))
    finally:
        painter.restore()


def _paint(page: _Page, table: WeeklyTable, agent: str) -> WeeklyLayout:
    W, H = DESIGN_WIDTH, page.height
    left = Qt.AlignmentFlag.AlignLeft
    right = Qt.AlignmentFlag.AlignRight

    page.text(page.r(0, 0, W, TITLE_H), TITLE, TITLE_PT, bold=True)
    y = TITLE_H
    third = W / 3
    page.text(page.r(0, y, third, HEADER_H), f"业务员：{agent or '____________'}", HEADER_PT, align=left)
    page.text(page.r(third, y, third, HEADER_H), f"我的销售周期: {table.cycle_days} 天", HEADER_PT)
    page.text(page.r(2 * third, y, third, HEADER_H), table.week.range_label, HEADER_PT, align=right)

    top = y + HEADER_H + GAP_BELOW_HEADER
    bottom = H - LEGEND_H
    col_w = (W - LABEL_COL) / len(BOARD_STAGES)
    rows_avail = bottom - top - COLUMN_H - SUBTOTAL_H
    entry_pt, columns_allowed, row_heights = _fit_entries(page, table, col_w, rows_avail)
    layout = WeeklyLayout(entry_pt=entry_pt, subcolumns=columns_allowed)

    def col_x(i: int) -> float:
        return LABEL_COL + i * col_w

    painter = page.painter
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(HEADER_FILL)
    painter.drawRect(page.r(0, top, W, COLUMN_H))
    painter.setBrush(TOTAL_FILL)
    painter.drawRect(page.r(0, bottom - SUBTOTAL_H, W, SUBTOTAL_H))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    page.text(page.r(0, top, LABEL_COL, COLUMN_H), "检视日", COLUMN_PT, bold=True)
    for i, stage in enumerate(BOARD_STAGES):
        page.text(page.r(col_x(i) + 2, top, col_w - 4, COLUMN_H), stage.column_label, COLUMN_PT, bold=True)

    y = top + COLUMN_H
    row_tops = []
    for row, height in zip(ReviewRow, row_heights):
        row_tops.append(y)
        label_rect = page.r(0, y, LABEL_COL, height)
        mid = label_rect.center().y()
        page.text(QRectF(label_rect.left(), mid - 16 * page.u, label_rect.width(), 16 * page.u),
                  row.label, 12, bold=True)
        page.text(QRectF(label_rect.left() + 2 * page.u, mid + 1 * page.u, label_rect.width() - 4 * page.u,
                         13 * page.u), window_label(table, row), 8)
        for i, stage in enumerate(BOARD_STAGES):
            layout.cells[(row, stage)] = page.r(col_x(i), y, col_w, height)
            _paint_cell(page, table.cell(row, stage), col_x(i), y, col_w, height, entry_pt, columns_allowed)
        y += height

    page.text(page.r(0, y, LABEL_COL, SUBTOTAL_H), "小计", 11, bold=True)
    for i, stage in enumerate(BOARD_STAGES):
        rect = page.r(col_x(i), y, col_w, SUBTOTAL_H)
        layout.subtotal[stage] = rect
        page.text(rect, str(table.subtotal[stage]), 11, bold=True)

    # The ruled form: thin inner lines, a heavy outline and a heavy line under the header.
    painter.setPen(page.pen(0.5))
    for i in range(1, len(BOARD_STAGES) + 1):
        x = LABEL_COL if i == 1 else col_x(i - 1)
        painter.drawLine(_line(page, x, top, x, bottom))
    for row_top in row_tops[1:] + [bottom - SUBTOTAL_H]:
        painter.drawLine(_line(page, 0, row_top, W, row_top))
    painter.setPen(page.pen(1.4))
    painter.drawLine(_line(page, 0, top + COLUMN_H, W, top + COLUMN_H))
    painter.drawLine(_line(page, 0, bottom - SUBTOTAL_H, W, bottom - SUBTOTAL_H))
    painter.drawRect(page.r(0, top, W, bottom - top))
    layout.grid = page.r(0, top, W, bottom - top)

    legend = (f"{OVERDUE_MARK} 粗体并标 {OVERDUE_MARK} 者已超过销售周期（{table.cycle_days} 天），按方法应退回销售机会。"
              "日期为初次见面日期（销售机会为进入该阶段的日期）。")
    page.text(page.r(0, bottom + 2, W * 0.85, LEGEND_H - 2), legend, LEGEND_PT, align=left)
    page.text(page.r(W * 0.85, bottom + 2, W * 0.15, LEGEND_H - 2), "salesdesk", LEGEND_PT, align=right,
              color=QColor(110, 110, 110))
    return layout


def _line(page: _Page, x1: float, y1: float, x2: float, y2: float) -> QLineF:
    a = QPointF(page.rect.left() + x1 * page.u, page.rect.top() + y1 * page.u)
    b = QPointF(page.rect.left() + x2 * page.u, page.rect.top() + y2 * page.u)
    return QLineF(a, b)


# -- entries ----------------------------------------------------------------------------
@dataclass
class _CellPlan:
    columns: int  # sub-columns the entries flow into (top to bottom, then right)
    column_width: float
    entry_lines: list[int]  # wrapped lines per entry (1 unless a name is wider than the cell)
    line_height: float
    height: float  # design units, padding included


def _plan_cell(page: _Page, entries: list[Entry], col_w: float, pt: float, *, columns_allowed: bool,
               max_height: float | None = None) -> _CellPlan:
    """How a cell's entries are laid out at ``pt``.

    With sub-columns allowed, a cell uses the fewest sub-columns that keep it within
    ``max_height`` (the most it can hold when no height is given).
    """
    inner = col_w - 2 * PAD
    regular, bold = page.metrics(page.font(pt)), page.metrics(page.font(pt, True))
    line_h = bold.lineSpacing() / page.u
    if not entries:
        return _CellPlan(1, inner, [], line_h, 0.0)
    # Measure a little wide: what fits when measured must not wrap when drawn.
    widths = [((bold if e.overdue else regular).horizontalAdvance(entry_text(e)) / page.u) * 1.02 + 0.5
              for e in entries]
    widest = max(widths)
    if widest <= inner:
        most = 1
        if columns_allowed:
            most = max(1, min(len(entries), int((inner + SUBCOLUMN_GAP) // (widest + SUBCOLUMN_GAP))))
        columns = most
        if max_height is not None:
            columns = next((k for k in range(1, most + 1)
                            if math.ceil(len(entries) / k) * line_h + 2 * PAD <= max_height), most)
        rows = math.ceil(len(entries) / columns)
        columns = math.ceil(len(entries) / rows)  # even out: 7 entries in 3 columns -> 3+3+1, not 3+3+1+0
        return _CellPlan(columns, (inner - (columns - 1) * SUBCOLUMN_GAP) / columns, [1] * len(entries),
                         line_h, rows * line_h + 2 * PAD)
    # A name wider than the cell wraps (anywhere: Chinese has no spaces); count its lines as drawn.
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere)
    box = QRectF(0, 0, inner * page.u, 1e7)
    lines = []
    for entry, width in zip(entries, widths):
        metrics = bold if entry.overdue else regular
        if width <= inner:
            lines.append(1)
        else:
            height = metrics.boundingRect(box, wrap, entry_text(entry)).height()
            lines.append(max(1, math.ceil(height / metrics.lineSpacing() - 0.01)))
    return _CellPlan(1, inner, lines, line_h, sum(lines) * line_h + 2 * PAD)


def _rows_needed(page: _Page, table: WeeklyTable, col_w: float, pt: float, columns_allowed: bool) -> list[float]:
    return [max(_plan_cell(page, table.cell(row, s), col_w, pt, columns_allowed=columns_allowed).height
                for s in BOARD_STAGES)
            for row in ReviewRow]


def _largest_fitting(fits, lo: float, hi: float) -> float:
    if fits(hi):
        return hi
    for _ in range(12):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def _fit_entries(page: _Page, table: WeeklyTable, col_w: float, avail: float
                 ) -> tuple[float, bool, list[float]]:
    """The entry font, whether cells may use sub-columns, and the row heights.

    The fullest cells decide: one entry per line at the largest size that fits, down to
    READABLE_PT; beyond that, crowded cells flow into sub-columns and the font shrinks
    further. Rows are equal, like the paper form, unless a crowded row needs more.
    """
    def fitter(columns_allowed: bool):
        return lambda pt: sum(_rows_needed(page, table, col_w, pt, columns_allowed)) <= avail

    columns_allowed = not fitter(False)(READABLE_PT)
    fits = fitter(columns_allowed)
    pt = _largest_fitting(fits, MIN_ENTRY_PT, MAX_ENTRY_PT)
    if not fits(pt):
        log.warning("weekly table too full for one page even at %.1f pt", pt)
    needed = _rows_needed(page, table, col_w, pt, columns_allowed)
    count = len(needed)
    if max(needed) * count <= avail:
        return pt, columns_allowed, [avail / count] * count
    extra = max(0.0, avail - sum(needed)) / count
    return pt, columns_allowed, [n + extra for n in needed]


def _paint_cell(page: _Page, entries: list[Entry], x: float, y: float, col_w: float, height: float,
                pt: float, columns_allowed: bool) -> None:
    if not entries:
        return
    plan = _plan_cell(page, entries, col_w, pt, columns_allowed=columns_allowed, max_height=height)
    regular, bold = page.font(pt), page.font(pt, True)
    per_column = math.ceil(len(entries) / plan.columns)
    painter = page.painter
    cy = y + PAD
    for i, (entry, lines) in enumerate(zip(entries, plan.entry_lines)):
        column = i // per_column
        if i % per_column == 0:
            cy = y + PAD
        cx = x + PAD + column * (plan.column_width + SUBCOLUMN_GAP)
        painter.setFont(bold if entry.overdue else regular)
        painter.setPen(OVERDUE_COLOR if entry.overdue else QColor(0, 0, 0))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if lines > 1:
            flags |= int(Qt.TextFlag.TextWrapAnywhere)
        rect = page.r(cx, cy, plan.column_width, lines * plan.line_height)
        painter.drawText(rect, flags, entry_text(entry))
        if entry.overdue:
            # A light CJK face barely darkens when emboldened: strike it twice so an overdue
            # name still stands out on a black-and-white print-out (text extractors ignore
            # the repeat).
            painter.drawText(rect.translated(pt * OVERSTRIKE * page.u, 0), flags, entry_text(entry))
        cy += lines * plan.line_height
