"""客户 → 查找重复客户…: every pair of likely duplicates, from which a pair opens the merge
dialog; and 客户 → 撤销合并. ``install_duplicate_actions(window)`` puts both in the window's
客户 menu (made, before 视图, when the window has none yet)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenu, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from salesdesk.i18n import tr
from salesdesk.services import NotFound, SalesDesk
from salesdesk.services.duplicates import WHY_TEXT, MergeResult

from .merge_dialog import open_merge_dialog, undo_last_merge
from .messages import Messages

#: Pairs listed at most (names are read one by one): enough to work through at a sitting.
MAX_LISTED = 500

OpenMerge = Callable[[QWidget, SalesDesk, int, int, Messages], "MergeResult | None"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text)


class DuplicatesDialog(QDialog):
    """``merged`` lists the MergeResults of the merges made from it."""

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, open_merge: OpenMerge = open_merge_dialog,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.desk = desk
        self.messages = messages or Messages()
        self.open_merge = open_merge
        self.merged: list[MergeResult] = []
        self.read_only = ""
        self.setWindowTitle(self.tr("查找重复客户"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("duplicatePairs")
        self.table.setHorizontalHeaderLabels([self.tr("编号"), tr("客户", "one customer"), self.tr("编号"), self.tr("可能重复的客户"),
                                              self.tr("原因")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.merge_row(row))
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("合并…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("mergePair")
        self.merge_button.clicked.connect(lambda: self.merge_row(self.table.currentRow()))
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.reload()

    def set_read_only(self, reason: str) -> None:
        self.read_only = reason
        self.merge_button.setEnabled(False)
        self.merge_button.setToolTip(reason)

    def reload(self) -> None:
        pairs = self.desk.duplicates.all_duplicates()
        shown = pairs[:MAX_LISTED]
        self.pairs = [p.customers for p in shown]
        self.table.setRowCount(len(shown))
        for row, pair in enumerate(shown):
            cells = []
            for customer_id in pair.customers:
                try:
                    name = self.desk.customer_name(customer_id)
                except NotFound:
                    name = self.tr("（已删除）")
                cells += [str(customer_id), name]
            cells.append(self.tr(WHY_TEXT[pair.why]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not pairs:
            self.summary.setText(self.tr("没有找到可能重复的客户（电话相同，或姓名和公司都相同）。"))
        else:
            text = self.tr("找到 {n} 对可能重复的客户。选中一对后点“合并…”（或双击），逐项选择保留的内容。").format(n=len(pairs))
            if len(pairs) > len(shown):
                text += self.tr("（先列出前 {n} 对，合并后会继续列出其余的）").format(n=len(shown))
            self.summary.setText(text)
        if shown:
            self.table.selectRow(0)
        self.merge_button.setEnabled(bool(shown) and not self.read_only)

    def merge_row(self, row: int) -> MergeResult | None:
        if self.read_only or not 0 <= row < len(self.pairs):
            return None
        keep, other = self.pairs[row]
        result = self.open_merge(self, self.desk, keep, other, self.messages)
        if result is not None:
            self.merged.append(result)
            self.reload()
        return result


def install_duplicate_actions(window, open_merge: OpenMerge = open_merge_dialog) -> QMenu:
    """客户 → 查找重复客户… and 撤销合并 on the main window (which opens KEEP after either)."""
    menu = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.text() == _tr("客户(&C)")), None)
    if menu is None:
        menu = QMenu(_tr("客户(&C)"), window)
        window.menuBar().insertMenu(window.view_menu.menuAction(), menu)
    else:
        menu.addSeparator()

    def find_duplicates() -> None:
        dialog = DuplicatesDialog(window.desk, window.messages, open_merge, window)
        if window.read_only_reason:  # a file that must not change: the pairs are listed only
            dialog.set_read_only(window.read_only_reason)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if dialog.merged:
            last = dialog.merged[-1]
            window.open_customer(last.kept_id)
            window.statusBar().showMessage(_tr("已合并；可用 客户 → 撤销合并 恢复"), 8000)

    def undo() -> None:
        restored = undo_last_merge(window, window.desk, window.messages)
        if restored is not None:
            window.open_customer(restored)
            window.statusBar().showMessage(_tr("已撤销合并"), 5000)

    window.find_duplicates_action = QAction(_tr("查找重复客户(&D)…"), window)
    window.find_duplicates_action.triggered.connect(find_duplicates)
    window.undo_merge_action = QAction(_tr("撤销合并(&U)"), window)
    window.undo_merge_action.triggered.connect(undo)
    menu.addAction(window.find_duplicates_action)
    menu.addAction(window.undo_merge_action)
    # Greyed when there is nothing to revert, read when the menu opens (one indexed query).
    menu.aboutToShow.connect(lambda: window.undo_merge_action.setEnabled(
        not window.read_only_reason and window.desk.duplicates.last_merge() is not None))
    return menu
