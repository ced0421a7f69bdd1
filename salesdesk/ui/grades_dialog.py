"""客户 → 重新计算价值分级…, 客户五级分类…, 成交/退出原因…: the dialogs of desk.grades.

The 价值分级 dialog is its own confirmation: it says, for the thresholds shown, how many
customers' grades change and how many hand-set ones are kept, before anything is written.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from salesdesk.core.customer import RELATION_LEVELS
from salesdesk.core.grades import GRADES
from salesdesk.i18n import N_, tr
from salesdesk.services import ServiceError

from .labels import level_name
from .messages import Messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradesDialog", text)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setToolTip(str(value))
            table.setItem(r, c, item)


class GradeDialog(QDialog):
    """价值分级 A–E recomputed from premium (SPEC §5): thresholds, what changes, apply."""

    def __init__(self, desk, messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self.applied = None
        self.setWindowTitle(_tr("重新计算价值分级"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("按承保标保给有保费的客户排名：排在前 10% 的为 A，其后 10% 为 B，"
                           "再后 10% 为 C、D，其余及没有保费的客户为 E。保费相同的客户分级相同。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(_tr("分级界限（百分位数）"))
        row = QHBoxLayout(box)
        self.spins: list[QSpinBox] = []
        for grade, value in zip(GRADES, desk.grades.thresholds()):
            spin = QSpinBox()
            spin.setObjectName(f"threshold{grade}")
            spin.setRange(1, 99)
            spin.setValue(value)
            spin.setSuffix(" %")
            spin.valueChanged.connect(self.refresh)
            row.addWidget(QLabel(_tr("{grade} 高于").format(grade=grade)))
            row.addWidget(spin)
            self.spins.append(spin)
        row.addStretch(1)
        layout.addWidget(box)
        self.counts = _table([_tr("分级"), _tr("现在"), _tr("重新计算后")], "gradeCounts")
        self.counts.setFixedHeight(self.counts.verticalHeader().defaultSectionSize() * 6 + 30)
        layout.addWidget(self.counts)
        self.overwrite = QCheckBox(_tr("手动设置的分级也重新计算"))
        self.overwrite.setObjectName("overwrite")
        self.overwrite.toggled.connect(self.refresh)
        layout.addWidget(self.overwrite)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(_tr("重新计算"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("apply")
        cancel = buttons.addButton(_tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(620, 460)

    def thresholds(self) -> tuple[int, ...]:
        return tuple(spin.value() for spin in self.spins)

    def refresh(self, *_args) -> None:
        try:  # one computation (0.45 s at 100,000 customers)
            preview = self.desk.grades.preview(self.overwrite.isChecked(), thresholds=self.thresholds())
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.apply_button.setEnabled(False)
            return
        self.error.setText("")
        now, after = dict(preview.before), dict(preview.counts)
        _fill(self.counts, [(g, now[g], after[g]) for g in GRADES])
        text = _tr("将改变 {n} 位客户的价值分级。").format(n=preview.changed)
        if preview.overwrite_manual:
            text += _tr("手动设置的分级也按保费重新计算。")
        elif preview.kept_manual:
            text += _tr("手动设置的 {m} 位保持不变。").format(m=preview.kept_manual)
        else:
            text += _tr("手动设置的分级保持不变。")
        self.summary.setText(text)
        self.apply_button.setEnabled(preview.changed > 0 or tuple(self.desk.grades.thresholds()) != self.thresholds()
                                     or preview.overwrite_manual)
        self.apply_button.setText(_tr("改变 {n} 位").format(n=preview.changed) if preview.changed else _tr("保存界限"))

    def apply(self) -> None:
        try:
            with self.desk.batch():
                if tuple(self.desk.grades.thresholds()) != self.thresholds():
                    self.desk.set_setting("grade_thresholds", ",".join(map(str, self.thresholds())))
                self.applied = self.desk.grades.apply(overwrite_manual=self.overwrite.isChecked())
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class LevelsDialog(QDialog):
    """客户五级分类: customers per level, and who moved between levels and when."""

    open_customer = Signal(int)
    PERIODS = ((N_("最近 30 天"), 30), (N_("最近 90 天"), 90), (N_("最近一年"), 365), (N_("全部"), 0))

    def __init__(self, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(_tr("客户五级分类"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(_tr("各级客户数")))
        self.counts = _table([_tr("分类"), _tr("客户数")], "levelCounts")
        self.counts.setFixedWidth(220)
        left.addWidget(self.counts, 1)
        layout.addLayout(left)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("分类变化（双击打开客户）")), 1)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for label, days in self.PERIODS:
            self.period.addItem(_tr(label), days)
        self.period.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.period)
        right.addLayout(bar)
        self.changes = _table([_tr("时间"), tr("客户", "one customer"), _tr("从"), _tr("到"), tr("方式", "how a level was set"), _tr("原因")], "levelChanges")
        self.changes.itemDoubleClicked.connect(self._open)
        right.addWidget(self.changes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        layout.addLayout(right, 1)
        self._ids: list[int] = []
        self.refresh()
        self.resize(980, 560)

    def refresh(self, *_args) -> None:
        _fill(self.counts, [(level_name(level), n) for level, n in self.desk.grades.level_counts()])
        days = self.period.currentData() or 0
        since = self.desk.today() - dt.timedelta(days=days) if days else None
        changes = self.desk.grades.level_changes(since=since, limit=2000)
        self._ids = [c.customer_id for c in changes]
        _fill(self.changes, [(c.at.strftime("%Y-%m-%d %H:%M"), c.customer_name,
                              level_name(c.from_level) if c.from_level else "—", level_name(c.to_level),
                              _tr("手动") if c.manual else _tr("随潜在客户"), _tr(c.reason)) for c in changes])
        header = self.changes.horizontalHeader()
        metrics = self.fontMetrics()
        levels = [level_name(level) for level in RELATION_LEVELS]
        words = {2: levels, 3: levels, 4: [_tr("手动"), _tr("随潜在客户")]}  # what the column can say
        for column, chars in ((0, 10), (1, 6), (2, 5), (3, 5), (4, 6)):
            heading = self.changes.horizontalHeaderItem(column).text()
            one = metrics.horizontalAdvance("国")  # i18n: data
            widest = max(metrics.horizontalAdvance(w) + one for w in (*words.get(column, ()), heading))
            header.resizeSection(column, max(one * chars, widest))

    def _open(self, item: QTableWidgetItem) -> None:
        if 0 <= item.row() < len(self._ids):
            self.open_customer.emit(self._ids[item.row()])


class DealReasonsDialog(QDialog):
    """成功原因 and 失败原因 counted over a period (交易总结)."""

    def __init__(self, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(_tr("成交与退出原因"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = desk.today()
        self.start = self._date("start", dt.date(today.year, 1, 1))
        self.end = self._date("end", today)
        bar.addWidget(QLabel(_tr("从")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(_tr("到")))
        bar.addWidget(self.end)
        bar.addStretch(1)
        layout.addLayout(bar)
        grid = QGridLayout()
        grid.addWidget(QLabel(_tr("成功原因（成交）")), 0, 0)
        grid.addWidget(QLabel(_tr("失败原因（退出）")), 0, 1)
        self.won = _table([_tr("原因"), _tr("次数")], "wonReasons")
        self.lost = _table([_tr("原因"), _tr("次数")], "lostReasons")
        for column, table in enumerate((self.won, self.lost)):
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            grid.addWidget(table, 1, column)
        layout.addLayout(grid, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(760, 480)

    def _date(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self.refresh)
        return edit

    def refresh(self, *_args) -> None:
        try:
            reasons = self.desk.grades.deal_reasons(self.start.date().toPython(), self.end.date().toPython())
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("" if reasons.won or reasons.lost else _tr("这段时间没有填写原因的成交或退出。"))
        _fill(self.won, list(reasons.won))
        _fill(self.lost, list(reasons.lost))


def install_grade_actions(window) -> QMenu:
    """客户 → 重新计算价值分级…, 客户五级分类…, 成交与退出原因… on the main window."""
    menu = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.text() == _tr("客户(&C)")), None)
    if menu is None:
        menu = QMenu(_tr("客户(&C)"), window)
        window.menuBar().insertMenu(window.view_menu.menuAction(), menu)
    else:
        menu.addSeparator()

    def grades() -> None:
        dialog = GradeDialog(window.desk, window.messages, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if dialog.applied is not None:
            window.statusBar().showMessage(_tr("已重新计算价值分级：{n} 位客户改变").format(n=dialog.applied.changed), 6000)

    def show(dialog_class) -> None:
        dialog = dialog_class(window.desk, window)
        if isinstance(dialog, LevelsDialog):
            dialog.open_customer.connect(lambda cid: (dialog.accept(), window.open_customer(cid)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    window.grades_action = QAction(_tr("重新计算价值分级(&G)…"), window)
    window.grades_action.triggered.connect(grades)
    window.levels_action = QAction(_tr("客户五级分类(&L)…"), window)
    window.levels_action.triggered.connect(lambda: show(LevelsDialog))
    window.deal_reasons_action = QAction(_tr("成交与退出原因(&R)…"), window)
    window.deal_reasons_action.triggered.connect(lambda: show(DealReasonsDialog))
    for action in (window.grades_action, window.levels_action, window.deal_reasons_action):
        menu.addAction(action)
    # A read-only window recomputes nothing.
    menu.aboutToShow.connect(lambda: window.grades_action.setEnabled(not window.read_only_reason))
    return menu
