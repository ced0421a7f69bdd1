"""The board's keyboard shortcuts and the card's context menu."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from salesdesk.core.diagnosis import is_stuck_at_90
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.i18n import N_, tr

from .columns import Column
from .model import IdRole
from .moves import STUCK_REASON


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectBoard", text)


#: Keys as the board writes them: arrows as arrows, one style in every menu and tooltip
#: (Qt's native text would mix in translated names such as "Ctrl+Shift+左方向").
_KEY_NAMES = {"Right": "→", "Left": "←", "Return": "Enter"}


#: The cycle button's own tooltip (a read-only board shows its reason instead).
CYCLE_TIP = QT_TRANSLATE_NOOP("ProspectBoard", "手动设置销售周期（0 = 按最近的成交自动计算）")


def key_text(keys: str) -> str:
    """``Ctrl+Shift+Left`` → ``Ctrl+Shift+←``."""
    return "+".join(_KEY_NAMES.get(part, part) for part in keys.split("+"))


def menu_text(text: str, keys: str) -> str:
    """A menu entry with its shortcut in the board's style (a tab keeps Qt's own text out)."""
    return f"{text}\t{key_text(keys)}"


class BoardActions:
    """Mixed into ProspectBoard: the actions (with their shortcuts) and the context menu."""

    def _make_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            act = QAction(menu_text(_tr(text), keys[0]), self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_forward = action(N_("前进一个阶段"), ["Ctrl+Right"], lambda: self.move_selected(1))
        self.act_back = action(N_("退回一个阶段"), ["Ctrl+Left"], lambda: self.move_selected(-1))
        self.act_send_back = action(N_("送回销售机会…"), ["Ctrl+Shift+Left"], lambda: self.send_back_overdue(selected=True))
        # 退出 is the stage a lost prospect goes to; the words say it is not quitting the program.
        self.act_lost = action(N_("标记为退出（放弃）…"), ["Ctrl+Delete"], lambda: self.mark_lost())
        self.act_undo = action(N_("撤销上一次移动"), ["Ctrl+Z"], self.undo_last)
        self.act_customer = action(N_("打开客户名片"), ["Ctrl+Return", "Ctrl+Enter"], self.open_selected_customer)
        self.act_filter = action(N_("筛选"), ["Ctrl+F"], lambda: (self.filter_edit.setFocus(), self.filter_edit.selectAll()))
        self.act_reload = action(N_("刷新看板"), ["F5"], self.reload)

    # == read-only ========================================================================
    def _write_controls(self) -> tuple:
        """Everything on the board that writes: the moves, 退出, undo, the cycle's actions."""
        return (self.act_forward, self.act_back, self.act_send_back, self.act_lost, self.act_undo,
                self.cycle_button, self.send_back_button, self.stuck_button, self.undo_button)

    def set_read_only(self, reason: str) -> None:
        """``reason`` non-empty: nothing here may write. Every move, undo and the cycle are
        greyed with the reason as their tooltip and cards cannot be dragged; reading,
        filtering and opening the details (view only) keep working. "" switches writing back on."""
        self.read_only_reason = reason
        for column in self.columns.values():
            column.view.setDragEnabled(not reason)  # a drag is refused before it starts
            column.view.setAcceptDrops(not reason)
        if reason:
            self._disable_writes()
            return
        for control in self._write_controls():
            control.setEnabled(True)
            control.setToolTip("")
        self.cycle_button.setToolTip(_tr(CYCLE_TIP))
        self._after_change()  # the buttons' own state (nothing to undo, no one overdue…)

    def _disable_writes(self) -> None:
        for control in self._write_controls():
            control.setEnabled(False)
            control.setToolTip(self.read_only_reason)

    def context_menu(self, card) -> QMenu:
        """The menu of a card (the selection acts with it), not yet shown."""
        menu = QMenu(self)
        details = menu.addAction(menu_text(_tr("详情…"), "Return"), lambda: self.open_details(card.id))
        menu.addAction(self.act_customer)
        menu.addSeparator()
        if card.stage.rank + 1 < len(BOARD_STAGES):
            menu.addAction(menu_text(_tr("前进到“{s}”").format(s=tr(BOARD_STAGES[card.stage.rank + 1].label)), "Ctrl+Right"),
                           lambda: self.move_selected(1))
        if card.stage.rank > 0:
            menu.addAction(menu_text(_tr("退回到“{s}”").format(s=tr(BOARD_STAGES[card.stage.rank - 1].label)), "Ctrl+Left"),
                           lambda: self.move_selected(-1))
        move_to = menu.addMenu(_tr("移到"))
        for stage in BOARD_STAGES:
            if stage != card.stage:
                move_to.addAction(tr(stage.label), lambda s=stage: self.request_move(self.selected_ids(), s))
        if card.stage.is_open and card.stage != Stage.OPPORTUNITY:
            menu.addAction(self.act_send_back)
        if is_stuck_at_90(card, self._today):
            menu.addAction(_tr("退回 50%（签约日已过未收款）"),
                           lambda: self._move_back([card], Stage.P50, tr(STUCK_REASON)))
        if card.stage != Stage.WON:
            menu.addSeparator()
            menu.addAction(self.act_lost)
        if self.read_only_reason:  # the menu still opens the card; every move in it is greyed
            menu.setToolTipsVisible(True)
            for entry in menu.actions():
                if entry not in (details, self.act_customer) and not entry.isSeparator():
                    entry.setEnabled(False)
                    entry.setToolTip(self.read_only_reason)
        return menu

    def _context_menu(self, column: Column, pos) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        if not column.view.selectionModel().isSelected(index):
            column.view.setCurrentIndex(index)
        card = self._cards.get(int(index.data(IdRole)))
        if card is None:
            return
        menu = self.context_menu(card)
        menu.exec(column.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
