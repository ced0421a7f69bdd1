"""The 统计 page (SPEC §1.3, §5): the ratio game against the reference, what the method
says to do, the goal planner, the weighted forecast and the charts.

Everything shown is read in one go (``read_page``) — on a worker thread when the page is
made with ``background`` — and drawn when it arrives; charts are matplotlib Figures on
FigureCanvas (backend_qtagg), each exportable as PNG or PDF, and the page prints as an A4
PDF (reports/stats_pdf). File dialogs go through the Messages seam.
"""
from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass

import shiboken6
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from salesdesk.core import stats as core
from salesdesk.core.money import format_cny
from salesdesk.i18n import N_, tr
from salesdesk.reports import charts
from salesdesk.reports.errors import ReportError
from salesdesk.reports.stats_pdf import forecast_rows, ratio_table_rows, write_stats_pdf
from salesdesk.services import Changes, SalesDesk, ServiceError

from .background import read_in_background
from .messages import Messages

#: The period picker: (label, period kind, weeks/months back). "custom" uses the two dates.
PERIODS = ((N_("本周"), "week", 0), (N_("上周"), "week", 1), (N_("本月"), "month", 0), (N_("本季度"), "quarter", 0),
           (N_("本年"), "year", 0), (N_("自定义"), "custom", 0))
#: The charts' tabs: (kind, tab label).
CHART_TABS = (("funnel", N_("阶段漏斗")), ("ratios", N_("比例趋势")), ("cycle", N_("成交周期")),
              ("pareto", N_("二八分割图")), ("levels", N_("客户分级")), ("lost", N_("退出原因")))
#: The ratio trend covers at least this many weeks before the period's end.
TREND_WEEKS = 12
#: Kinds of file whose dialogs remember their folder (Messages).
STATS_CHART = "stats_chart"
STATS_REPORT = "stats_report"


@dataclass(frozen=True)
class PageData:
    """Everything the page shows, read together."""

    report: object  # services.stats.StatsReport
    forecast: core.Forecast
    plan: core.Plan | None
    plan_problem: str  # why there is no plan (no goal set…)
    charts: dict


def read_page(desk: SalesDesk, kind: str, day: dt.date, end: dt.date | None) -> PageData:
    """The reads behind the page (run on a worker: no widget is touched)."""
    stats = desk.stats
    report = stats.report(kind, day, end)
    period = report.ratios.period
    start, last = period.start, period.end
    trend_from = min(start, core.week_start(last) - dt.timedelta(weeks=TREND_WEEKS - 1))
    data = {
        "funnel": report.funnel,
        "ratios": stats.weekly_trend(trend_from, max(start, min(last, desk.today()))),
        "cycle": (stats.cycle_distribution(start, last), period),
        "pareto": (stats.pareto(start, last), period),
        "levels": stats.levels(),
        "lost": (stats.lost_counts(start, last), period),
    }
    try:
        plan, problem = stats.plan(day=min(desk.today(), last)), ""
    except ServiceError as exc:
        plan, problem = None, str(exc)
    return PageData(report, stats.forecast(), plan, problem, data)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(22)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if c else
                                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class StatsView(QWidget):
    """The 统计 page. Emits ``open_customer(customer_id)`` from the forecast's prospects."""

    open_customer = Signal(int)
    refreshed = Signal()
    exported = Signal(str)

    def __init__(self, desk: SalesDesk, parent: QWidget | None = None, messages: Messages | None = None,
                 background: bool = False):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self._background = background
        self._generation = 0
        self._pending = False
        self._stale = True
        self.data: PageData | None = None
        self.figures: dict = {}

        # -- the period picker ---------------------------------------------------------------
        self.period_box = QComboBox(self)
        for label, _kind, _back in PERIODS:
            self.period_box.addItem(self.tr(label))
        self.period_box.setCurrentIndex(2)  # 本月
        self.period_box.currentIndexChanged.connect(self._period_changed)
        today = desk.today()
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, value in ((self.from_edit, today.replace(day=1)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(value))
            edit.dateChanged.connect(lambda _d: self._custom_dates_changed())
        self.range_label = QLabel(self)
        self.busy_label = QLabel(self.tr("正在计算…"), self)
        self.busy_label.hide()
        self.report_button = QPushButton(self.tr("打印报告（PDF）…"), self)
        self.report_button.clicked.connect(self.export_report)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("时段："), self))
        bar.addWidget(self.period_box)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("—", self))
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.report_button)

        # -- the numbers (left) --------------------------------------------------------------
        left = QWidget(self)
        self.ratio_table = _table(left, [self.tr("项目"), self.tr("本期"), self.tr("上期"), self.tr("趋势"),
                                         self.tr("参考")])
        # The first column takes what its words need (English ones are longer than 150 px).
        self.ratio_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ratio_table.horizontalHeader().setMinimumSectionSize(60)
        self.advice_label = QLabel(left)
        self.plan_label = QLabel(left)
        for label in (self.advice_label, self.plan_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_label.setStyleSheet("font-weight: bold;")
        self.forecast_table = _table(left, [self.tr("预计签约月份"), self.tr("加权"), self.tr("未加权"),
                                            self.tr("已成交")])
        self.forecast_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.forecast_table.setToolTip(self.tr("单击一个月份，下面列出它背后的潜在客户；双击客户打开名片"))
        self.forecast_table.itemSelectionChanged.connect(self._month_picked)
        self.month_table = _table(left, [self.tr("客户"), self.tr("阶段"), self.tr("金额"), self.tr("加权"),
                                         self.tr("签约日期")])
        self.month_table.cellDoubleClicked.connect(self._month_row_opened)
        self._month_items: list = []
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("比例游戏（本期与上期）"), left))
        column.addWidget(self.ratio_table, 5)
        column.addWidget(self.advice_label)
        column.addWidget(self.plan_label)
        column.addWidget(QLabel(self.tr("加权预测（25% × 0.25、50% × 0.5、90% × 0.9）"), left))
        column.addWidget(self.forecast_table, 2)
        column.addWidget(self.month_table, 2)

        # -- the charts (right) --------------------------------------------------------------
        right = QWidget(self)
        self.chart_tabs = QTabWidget(right)
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        for kind, label in CHART_TABS:
            canvas = self._canvas(charts.build(kind, _empty(kind, today)))
            self.canvases[kind] = canvas
            self.chart_tabs.addTab(canvas, self.tr(label))
        self.png_button = QPushButton(self.tr("导出图片 PNG…"), right)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), right)
        self.png_button.clicked.connect(lambda: self.export_chart(".png"))
        self.pdf_button.clicked.connect(lambda: self.export_chart(".pdf"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.pdf_button)
        chart_column = QVBoxLayout(right)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_column.addWidget(self.chart_tabs, 1)
        chart_column.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._period_changed(self.period_box.currentIndex())

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        listener = _listener_for(self)
        desk.subscribe(listener)
        self.destroyed.connect(lambda *_: desk.unsubscribe(listener))

    def _canvas(self, figure) -> FigureCanvasQTAgg:
        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumSize(320, 240)
        return canvas

    # -- the period ----------------------------------------------------------------------------
    def selection(self) -> tuple[str, dt.date, dt.date | None]:
        """(period kind, day, end) of what the picker says."""
        _label, kind, back = PERIODS[self.period_box.currentIndex()]
        today = self.desk.today()
        if kind == "custom":
            return kind, _date(self.from_edit.date()), _date(self.to_edit.date())
        return kind, today - dt.timedelta(weeks=back), None

    def set_period(self, label: str) -> None:
        self.period_box.setCurrentIndex([p[0] for p in PERIODS].index(label))

    def _period_changed(self, _index: int) -> None:
        custom = PERIODS[self.period_box.currentIndex()][1] == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self._stale = True
        if self.isVisible():
            self.reload()

    def _custom_dates_changed(self) -> None:
        if PERIODS[self.period_box.currentIndex()][1] == "custom":
            self._period_changed(self.period_box.currentIndex())

    # -- reading -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._pending

    def reload(self) -> None:
        self._reload_timer.stop()
        kind, day, end = self.selection()
        self._generation += 1
        generation = self._generation
        if not self._background:
            try:
                self._apply(read_page(self.desk, kind, day, end))
            except ServiceError as exc:
                self._failed(exc)
            return
        self._pending = True
        self.busy_label.show()
        read_in_background(self, self.desk, lambda: read_page(self.desk, kind, day, end),
                           lambda data: self._done(generation, data), self._failed)

    def _done(self, generation: int, data: PageData) -> None:
        if generation == self._generation:
            self._apply(data)

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self.busy_label.hide()
        if isinstance(error, ServiceError):
            self.range_label.setText(str(error))
            return
        raise error

    def _apply(self, data: PageData) -> None:
        self._pending = False
        self._stale = False
        self.busy_label.hide()
        self.data = data
        report = data.report
        period = report.ratios.period
        self.range_label.setText(self.tr("{range}（工作日 {days} 天）　上期 {previous}").format(
            range=period.label, days=period.working_days, previous=report.previous.period.label))
        _fill(self.ratio_table, ratio_table_rows(report))
        self.advice_label.setText(report.advice)
        self.plan_label.setText(data.plan.summary if data.plan is not None else data.plan_problem)
        _fill(self.forecast_table, forecast_rows(data.forecast))
        self.month_table.setRowCount(0)
        self._month_items = []
        current = self.chart_tabs.currentIndex()
        blocked = self.chart_tabs.blockSignals(True)
        for index, (kind, label) in enumerate(CHART_TABS):
            # A new canvas per figure: it takes the figure to its own size and pixel ratio.
            figure = charts.build(kind, data.charts[kind])
            canvas = self._canvas(figure)
            old = self.canvases[kind]
            self.chart_tabs.removeTab(index)
            self.chart_tabs.insertTab(index, canvas, self.tr(label))
            old.deleteLater()
            self.canvases[kind] = canvas
            self.figures[kind] = figure
        self.chart_tabs.setCurrentIndex(current)
        self.chart_tabs.blockSignals(blocked)
        self.refreshed.emit()

    # -- the forecast's months -------------------------------------------------------------------
    def _month_picked(self) -> None:
        rows = {i.row() for i in self.forecast_table.selectedIndexes()}
        if not rows or self.data is None:
            return
        self.show_month(self.data.forecast.months[min(rows)].month)

    def show_month(self, month: str) -> None:
        """List the open prospects behind a forecast month."""
        try:
            items = self.desk.stats.forecast_prospects(month)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("加权预测"), str(exc))
            return
        self._month_items = items
        _fill(self.month_table, [[self.tr("{name}（{plan}）").format(name=i.customer_name, plan=i.plan) if i.plan
                                  else i.customer_name, tr(i.stage.label),
                                  format_cny(i.amount), format_cny(i.weighted),
                                  i.signing_date.isoformat() if i.signing_date else self.tr("按周期推算")]
                                 for i in items])

    def _month_row_opened(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._month_items):
            self.open_customer.emit(self._month_items[row].customer_id)

    # -- export ------------------------------------------------------------------------------------
    def current_chart(self) -> str:
        return CHART_TABS[self.chart_tabs.currentIndex()][0]

    def export_chart(self, suffix: str) -> None:
        kind = self.current_chart()
        figure = self.figures.get(kind) or self.canvases[kind].figure
        label = dict(CHART_TABS)[kind]
        name = tr(label) + suffix
        kinds = {".png": self.tr("PNG 图片 (*.png)"), ".pdf": self.tr("PDF 文件 (*.pdf)")}
        path = self.messages.save_file(self, self.tr("导出图表"), name, kinds[suffix], kind=STATS_CHART, suffix=suffix)
        if not path:
            return
        try:
            charts.save(figure, path)
        except ReportError as exc:
            self.messages.warn(self, self.tr("导出失败"), str(exc))
            return
        self.exported.emit(str(path))

    def export_report(self) -> None:
        if self.data is None or self._stale:
            self.reload()
        if self.data is None:
            return
        report = self.data.report
        name = self.tr("统计报告 {date}").format(date=report.ratios.period.start.isoformat()) + ".pdf"
        path = self.messages.save_file(self, self.tr("打印报告"), name, self.tr("PDF 文件 (*.pdf)"),
                                       kind=STATS_REPORT, suffix=".pdf")
        if not path:
            return
        plan_text = self.data.plan.summary if self.data.plan is not None else self.data.plan_problem
        try:
            write_stats_pdf(path, report, self.data.forecast, plan_text, self.desk.setting("agent_name"))
        except ReportError as exc:
            self.messages.warn(self, self.tr("导出失败"), str(exc))
            return
        self.exported.emit(str(path))

    # -- following changes --------------------------------------------------------------------------
    @staticmethod
    def touches(changes: Changes) -> bool:
        return bool(changes.stages or changes.activities or changes.settings or changes.prospects
                    or changes.customers)

    def _changed(self, changes: Changes) -> None:
        if not self.touches(changes):
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._pending:
            self.reload()


def _empty(kind: str, today: dt.date):
    """What a chart shows before the first read: nothing."""
    period = core.period_of("day", today)
    return {
        "funnel": core.build_funnel(period, {}, {}),
        "ratios": [],
        "cycle": (core.CycleDistribution({}, 0), period),
        "pareto": (core.Pareto(()), period),
        "levels": core.Levels({}, {}),
        "lost": ([], period),
    }[kind]


def _listener_for(view: StatsView):
    ref = weakref.ref(view)

    def changed(changes: Changes) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target._changed(changes)

    return changed
