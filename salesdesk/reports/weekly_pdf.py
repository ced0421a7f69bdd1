"""The weekly action table on paper: one renderer for print, print preview and PDF.

``render_on`` draws the 潜在客户管理行动工具表 like the paper form — title, agent,
``我的销售周期: N 天``, the week's range, a ruled grid of 周一/周三/周五/小计 by the six
stage columns — on a PDF writer or a printer. A normal week fits one page, its entry
font as large as the fullest cells allow; a week too full for a readable font flows
onto further pages, each with the header and the column heads, every row labelled
(``周三（续）`` where a row continues). See weekly_pdf_plan for the layout rules.
Overdue entries are bold with a ``※`` (print is often black and white).

Only QtGui is used, so ``write_weekly_pdf`` works from the command line with no window.
"""
from __future__ import annotations

import logging
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
from salesdesk.core.weekly import WeeklyTable

from .errors import ReportError
from .files import write_atomically
from .weekly_pdf_plan import (
    MAX_ENTRY_PT, PAD, READABLE_PT, SUBCOLUMN_GAP, Item, PagePlan, Planner, TablePlan, wrap_text,
)
from salesdesk.i18n import tr

from .weekly_text import OVERDUE_MARK, agent_line, cycle_line, review_day_heading, row_heading, subtotal_label, title, window_label

__all__ = ["MARGIN_MM", "PDF_RESOLUTION", "READABLE_PT", "WeeklyLayout", "cjk_family", "page_layout",
           "paint_weekly", "render_on", "render_pdf", "write_weekly_pdf"]

log = logging.getLogger(__name__)

#: Design units are points on an A4 landscape page with 10 mm margins; the drawing
#: scales to whatever rectangle it is given.
DESIGN_WIDTH = 785.0
MARGIN_MM = 10.0
PDF_RESOLUTION = 300

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
        raise ReportError(tr("生成 PDF 需要图形界面支持（当前只有 QCoreApplication）"))


def write_weekly_pdf(table: WeeklyTable, path: Path, agent_name: str) -> Path:
    """The table as an A4 landscape PDF; ReportError if it cannot be written."""
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
    writer.setTitle(f"{title()} {table.week.range_label}")
    writer.setCreator("salesdesk")
    if agent_name:
        writer.setAuthor(agent_name)
    layout = render_on(writer, table, agent_name)
    buffer.close()
    return bytes(buffer.data()), layout


def render_on(device: QPagedPaintDevice, table: WeeklyTable, agent_name: str) -> "WeeklyLayout":
    """Paint every page on a PDF writer or a printer already set to ``page_layout()``."""
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError(tr("无法开始打印（打印机或 PDF 文件不可用）"))
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        page_rect = QRectF(0, 0, rect.width(), rect.height())
        page = _Page(painter, page_rect)
        plan = _planner(page).plan(table)
        layout = WeeklyLayout(entry_pt=plan.entry_pt, subcolumns=plan.subcolumns)
        for number in range(len(plan.pages)):
            if number:
                device.newPage()
            layout.pages.append(_paint_page(page, table, " ".join((agent_name or "").split()), plan, number))
        return layout
    finally:
        painter.end()


@dataclass
class PageLayout:
    """Where one page's cells went, in the painter's coordinates."""

    cells: dict[tuple[ReviewRow, Stage], QRectF] = field(default_factory=dict)
    items: dict[tuple[ReviewRow, Stage], list[Item]] = field(default_factory=dict)
    continued: dict[ReviewRow, bool] = field(default_factory=dict)
    subtotal: dict[Stage, QRectF] = field(default_factory=dict)
    grid: QRectF = field(default_factory=QRectF)


@dataclass
class WeeklyLayout:
    """Where things went (tests map PDF text to cells with it)."""

    entry_pt: float = MAX_ENTRY_PT
    subcolumns: bool = False  # crowded cells flowed into sub-columns
    pages: list[PageLayout] = field(default_factory=list)

    @property
    def cells(self) -> dict[tuple[ReviewRow, Stage], QRectF]:
        """The first page's cells (all of them for a one-page week)."""
        return self.pages[0].cells if self.pages else {}

    @property
    def subtotal(self) -> dict[Stage, QRectF]:
        return self.pages[-1].subtotal if self.pages else {}

    @property
    def grid(self) -> QRectF:
        return self.pages[0].grid if self.pages else QRectF()


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


def paint_weekly(painter: QPainter, page_rect: QRectF, table: WeeklyTable, agent_name: str,
                 page_number: int = 0) -> PageLayout:
    """Draw one page of the action table into ``page_rect`` (the first by default)."""
    page = _Page(painter, QRectF(page_rect))
    plan = _planner(page).plan(table)
    return _paint_page(page, table, " ".join((agent_name or "").split()), plan,
                       min(page_number, len(plan.pages) - 1))


def _top() -> float:
    return TITLE_H + HEADER_H + GAP_BELOW_HEADER


def _planner(page: "_Page") -> Planner:
    col_w = (DESIGN_WIDTH - LABEL_COL) / len(BOARD_STAGES)
    body = page.height - LEGEND_H - _top() - COLUMN_H
    return Planner(page, col_w, body, SUBTOTAL_H)


def _paint_page(page: "_Page", table: WeeklyTable, agent: str, plan: TablePlan, number: int) -> PageLayout:
    painter = page.painter
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return _paint(page, table, agent, plan, number)
    finally:
        painter.restore()


def _paint(page: "_Page", table: WeeklyTable, agent: str, plan: TablePlan, number: int) -> PageLayout:
    sheet: PagePlan = plan.pages[number]
    W = DESIGN_WIDTH
    left = Qt.AlignmentFlag.AlignLeft
    right = Qt.AlignmentFlag.AlignRight
    result = PageLayout()

    page.text(page.r(0, 0, W, TITLE_H), title(), TITLE_PT, bold=True)
    y = TITLE_H
    third = W / 3
    page.text(page.r(0, y, third, HEADER_H), agent_line(agent, "____________"), HEADER_PT, align=left)
    page.text(page.r(third, y, third, HEADER_H), cycle_line(table.cycle_days), HEADER_PT)
    page.text(page.r(2 * third, y, third, HEADER_H), table.week.range_label, HEADER_PT, align=right)

    top = _top()
    col_w = (W - LABEL_COL) / len(BOARD_STAGES)
    rows_h = sum(p.height for p in sheet.pieces)
    bottom = top + COLUMN_H + rows_h + (SUBTOTAL_H if sheet.subtotal else 0.0)

    def col_x(i: int) -> float:
        return LABEL_COL + i * col_w

    painter = page.painter
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(HEADER_FILL)
    painter.drawRect(page.r(0, top, W, COLUMN_H))
    if sheet.subtotal:
        painter.setBrush(TOTAL_FILL)
        painter.drawRect(page.r(0, bottom - SUBTOTAL_H, W, SUBTOTAL_H))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    page.text(page.r(0, top, LABEL_COL, COLUMN_H), review_day_heading(), COLUMN_PT, bold=True)
    for i, stage in enumerate(BOARD_STAGES):
        page.text(page.r(col_x(i) + 2, top, col_w - 4, COLUMN_H), tr(stage.column_label), COLUMN_PT, bold=True)

    y = top + COLUMN_H
    row_tops = []
    for piece in sheet.pieces:
        row_tops.append(y)
        label_rect = page.r(0, y, LABEL_COL, piece.height)
        mid = label_rect.center().y()
        page.text(QRectF(label_rect.left() + 2 * page.u, mid - 16 * page.u, label_rect.width() - 4 * page.u,
                         16 * page.u), row_heading(piece.row, piece.continued), 12, bold=True)
        page.text(QRectF(label_rect.left() + 2 * page.u, mid + 1 * page.u, label_rect.width() - 4 * page.u,
                         13 * page.u), window_label(table, piece.row), 8)
        result.continued[piece.row] = piece.continued
        for i, stage in enumerate(BOARD_STAGES):
            result.cells[(piece.row, stage)] = page.r(col_x(i), y, col_w, piece.height)
            result.items[(piece.row, stage)] = piece.cells[stage]
            _paint_cell(page, plan, piece.cells[stage], col_x(i), y, col_w, piece.height)
        y += piece.height

    if sheet.subtotal:
        page.text(page.r(0, y, LABEL_COL, SUBTOTAL_H), subtotal_label(), 11, bold=True)
        for i, stage in enumerate(BOARD_STAGES):
            rect = page.r(col_x(i), y, col_w, SUBTOTAL_H)
            result.subtotal[stage] = rect
            page.text(rect, str(table.subtotal[stage]), 11, bold=True)

    # The ruled form: thin inner lines, a heavy outline and a heavy line under the header.
    painter.setPen(page.pen(0.5))
    for i in range(1, len(BOARD_STAGES) + 1):
        x = LABEL_COL if i == 1 else col_x(i - 1)
        painter.drawLine(_line(page, x, top, x, bottom))
    inner = row_tops[1:] + ([bottom - SUBTOTAL_H] if sheet.subtotal and sheet.pieces else [])
    for row_top in inner:
        painter.drawLine(_line(page, 0, row_top, W, row_top))
    painter.setPen(page.pen(1.4))
    painter.drawLine(_line(page, 0, top + COLUMN_H, W, top + COLUMN_H))
    if sheet.subtotal:
        painter.drawLine(_line(page, 0, bottom - SUBTOTAL_H, W, bottom - SUBTOTAL_H))
    painter.drawRect(page.r(0, top, W, bottom - top))
    result.grid = page.r(0, top, W, bottom - top)

    legend_y = page.height - LEGEND_H
    legend = tr("{mark} 粗体并标 {mark} 者已超过销售周期（{days} 天），按方法应退回销售机会。"
                "日期为初次见面日期（销售机会为进入该阶段的日期）。").format(mark=OVERDUE_MARK, days=table.cycle_days)
    page.text(page.r(0, legend_y + 2, W * 0.8, LEGEND_H - 2), legend, LEGEND_PT, align=left)
    count = len(plan.pages)
    mark = (tr("第 {page} 页，共 {pages} 页").format(page=number + 1, pages=count) + "  salesdesk"
            if count > 1 else "salesdesk")
    page.text(page.r(W * 0.8, legend_y + 2, W * 0.2, LEGEND_H - 2), mark, LEGEND_PT, align=right,
              color=QColor(110, 110, 110))
    return result


def _line(page: "_Page", x1: float, y1: float, x2: float, y2: float) -> QLineF:
    a = QPointF(page.rect.left() + x1 * page.u, page.rect.top() + y1 * page.u)
    b = QPointF(page.rect.left() + x2 * page.u, page.rect.top() + y2 * page.u)
    return QLineF(a, b)


def _paint_cell(page: "_Page", plan: TablePlan, items: list[Item], x: float, y: float, col_w: float,
                height: float) -> None:
    if not items:
        return
    pt = plan.entry_pt
    cell = _planner(page).cell(items, pt, columns_allowed=plan.subcolumns, max_height=height)
    regular, bold = page.font(pt), page.font(pt, True)
    painter = page.painter
    for item, lines, (column, line) in zip(items, cell.entry_lines, cell.positions):
        cx = x + PAD + column * (cell.column_width + SUBCOLUMN_GAP)
        cy = y + PAD + line * cell.line_height
        font = bold if item.overdue else regular
        painter.setFont(font)
        painter.setPen(OVERDUE_COLOR if item.overdue else QColor(0, 0, 0))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        parts = [item.text] if lines == 1 else wrap_text(item.text, cell.column_width * page.u, page.metrics(font))
        for j, part in enumerate(parts):
            rect = page.r(cx, cy + j * cell.line_height, cell.column_width, cell.line_height)
            painter.drawText(rect, flags, part)
            if item.overdue:
                # A light CJK face barely darkens when emboldened: strike it twice so an overdue
                # name still stands out on a black-and-white print-out (text extractors ignore
                # the repeat).
                painter.drawText(rect.translated(pt * OVERSTRIKE * page.u, 0), flags, part)
