"""Moving cards on the board: forward asks what is missing, backward a reason, 退出 a
reason from the list; the cycle's bulk actions; the board's own undo stack.

Every write goes through the services; the board follows the ``Changes`` they report.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication

from salesdesk.core.cycle import AgeState
from salesdesk.core.diagnosis import is_stuck_at_90
from salesdesk.core.rules import Missing, ProspectFacts, check_move
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.i18n import N_, tr
from salesdesk.services import MoveRefused, ServiceError
from salesdesk.services.board import SEND_BACK_REASON, BoardCard

from .deal_summary import offer_deal_summary
from .dialogs import ConfirmListDialog, LostDialog, LostReasonsDialog, MoveDialog, card_title
from .move_back import MoveBackDialog

STUCK_REASON = N_("签约日期已过仍未确认收款，退回50%")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectBoard", text)


def facts_of(card: BoardCard) -> ProspectFacts:
    return ProspectFacts(
        stage=card.stage, first_meeting=card.first_meeting, criteria=card.criteria, budget=card.budget,
        signing_date=card.signing_date, next_step=card.next_step, signed=card.signed, paid=card.paid,
        premium=card.premium,
    )



class BoardMoves:
    """Mixed into ProspectBoard: every move, 退出, send-back and undo the board starts."""

    def move_selected(self, step: int) -> None:
        """Ctrl+→ / Ctrl+←: the selected cards one stage forward or back."""
        cards = self.selected_cards()
        if not cards:
            return
        rank = cards[0].stage.rank + step
        if not 0 <= rank < len(BOARD_STAGES):
            return
        self.request_move([c.id for c in cards], BOARD_STAGES[rank])

    def request_move(self, ids: Sequence[int], target: Stage) -> None:
        """Move cards (a drop, a shortcut, a menu): forward asks for what is missing,
        backward asks a reason, 退出 asks a reason from the list."""
        if self.current_dialog is not None or self.read_only_reason:
            return
        cards = [self._cards[i] for i in ids if i in self._cards and self._cards[i].stage != target]
        if not cards:
            return
        if target == Stage.LOST:
            self.mark_lost([c.id for c in cards])
            return
        back = [c for c in cards if target.rank < c.stage.rank]
        forward = [c for c in cards if target.rank > c.stage.rank]
        if back:
            self._move_back(back, target)
        if forward:
            self._queue = [(c.id, target) for c in forward]
            self._next_forward()

    def _move_back(self, cards: list[BoardCard], target: Stage, reason: str | None = None) -> None:
        if target == Stage.P25 and reason is None:
            # 坚持标准: back into 25% asks which criteria no longer hold, card by card.
            self._back_queue = list(cards)
            self._next_back()
            return
        if reason is None:
            names = tr("、", "list separator").join(card_title(c) for c in cards[:5]) + ("…" if len(cards) > 5 else "")
            reason = self.messages.get_text(
                self, _tr("退回“{stage}”").format(stage=tr(target.label)),
                _tr("{names} 退回“{stage}”的原因（记入历史）：").format(names=names, stage=tr(target.label)))
            if reason is None:
                return
            reason = reason.strip()
            if not reason:
                self.messages.warn(self, _tr("退回"), _tr("退回需要填写原因，没有做任何更改。"))
                return
        ids = [c.id for c in cards]
        try:
            if target == Stage.OPPORTUNITY:
                results = self.desk.send_back(ids, reason)
            else:
                results = [self.desk.move_prospect(pid, target, reason=reason) for pid in ids]
        except ServiceError as exc:
            self.messages.warn(self, _tr("不能退回"), str(exc))
            return
        self._push_undo(_tr("退回“{stage}”").format(stage=tr(target.label)), results)
        self._select_ids(ids)

    def _next_back(self) -> None:
        while self._back_queue:
            card = self._cards.get(self._back_queue.pop(0).id)
            if card is None or card.stage.rank <= Stage.P25.rank:
                continue
            self._open_back_dialog(card)
            return

    def _open_back_dialog(self, card: BoardCard, kept=None) -> None:
        def submit(reason: str, still: list[int]) -> str | None:
            try:
                result = self.desk.move_prospect(card.id, Stage.P25, reason=reason, criteria=still)
            except ServiceError as exc:
                return str(exc)
            self._push_undo(_tr("{name} 退回“{stage}”").format(name=card.customer_name, stage=tr(Stage.P25.label)),
                            [result])
            self._select_ids([card.id])
            return None

        dialog = MoveBackDialog(card, facts_of(card), cycle_days=self._cycle.days, submit=submit, kept=kept,
                                parent=self)
        self._open_dialog(dialog, on_accept=self._next_back, on_reject=lambda: self._back_queue.clear())

    def move_back_from_details(self, prospect_id: int, kept) -> None:
        """The details dialog's 退回“25%”…: the way back with the criteria it left ticked."""
        card = self._cards.get(prospect_id)
        if card is None or self.current_dialog is not None or card.stage.rank <= Stage.P25.rank:
            return
        self._back_queue = []
        self._open_back_dialog(card, kept)

    def _next_forward(self) -> None:
        while self._queue:
            pid, target = self._queue.pop(0)
            card = self._cards.get(pid)
            if card is None or card.stage == target:
                continue
            check = check_move(facts_of(card), target, self._today, self._cycle.days)
            missing = list(check.missing)
            if check.refusal and not missing:
                self._queue.clear()
                self.messages.warn(self, _tr("不能移动"), check.refusal)
                return
            if card.stage == Stage.OPPORTUNITY:
                # Leaving 销售机会 always asks the first meeting's date: one kept from before a
                # send-back is stale, and the age (遵循周期) counts from it. Booked for
                # 约定初次见面; already held (today or earlier) for 25% and beyond.
                key = "first_meeting" if target == Stage.APPOINTMENT else "first_meeting_held"
                missing = [Missing(key, _tr("初次见面日期"))] + [
                    m for m in missing if not m.key.startswith("first_meeting")]
            if target == Stage.WON:
                missing.append(Missing("premium", _tr("承保标保")))
            if not missing:
                try:
                    result = self.desk.move_prospect(pid, target)
                except MoveRefused as exc:
                    missing = list(exc.missing)
                    if not missing:
                        self._queue.clear()
                        self.messages.warn(self, _tr("不能移动"), str(exc))
                        return
                except ServiceError as exc:
                    self._queue.clear()
                    self.messages.warn(self, _tr("不能移动"), str(exc))
                    return
                else:
                    self._push_undo(_tr("{name} 移到“{stage}”").format(name=card.customer_name, stage=tr(target.label)),
                                    [result])
                    self._select_ids([pid])
                    continue
            self._open_move_dialog(card, target, missing)
            return

    def _open_move_dialog(self, card: BoardCard, target: Stage, missing: list[Missing]) -> None:
        def submit(values: dict) -> str | None:
            try:
                result = self.desk.move_prospect(card.id, target, **values)
            except ServiceError as exc:
                return str(exc)
            self._push_undo(_tr("{name} 移到“{stage}”").format(name=card.customer_name, stage=tr(target.label)),
                            [result])
            self._select_ids([card.id])
            return None

        dialog = MoveDialog(card, target, missing, today=self._today, cycle_days=self._cycle.days,
                            submit=submit, parent=self)
        on_accept = self._next_forward
        if target == Stage.WON:  # 交易总结, optional (跳过), then the rest of the queue
            on_accept = lambda: offer_deal_summary(self, [card.id], then=self._next_forward)  # noqa: E731
        self._open_dialog(dialog, on_accept=on_accept, on_reject=lambda: self._queue.clear())

    def _open_dialog(self, dialog, on_accept=None, on_reject=None) -> None:
        self.current_dialog = dialog

        def finished(code: int) -> None:
            self.current_dialog = None
            dialog.deleteLater()
            if code and on_accept:
                on_accept()
            elif not code and on_reject:
                on_reject()

        dialog.finished.connect(finished)
        dialog.open()

    def mark_lost(self, ids: Sequence[int] | None = None) -> None:
        """退出: a reason from the editable list plus free text; the cards leave the board."""
        if self.current_dialog is not None:
            return
        cards = [self._cards[i] for i in (ids if ids is not None else self.selected_ids()) if i in self._cards]
        cards = [c for c in cards if c.stage != Stage.WON]
        if not cards:
            return

        def submit(reason: str) -> str | None:
            results = []
            try:
                for card in cards:
                    results.append(self.desk.move_prospect(card.id, Stage.LOST, reason=reason))
            except ServiceError as exc:
                self._push_undo(_tr("标记为退出"), results)
                return str(exc)
            self._push_undo(_tr("标记为退出"), results)
            return None

        dialog = LostDialog(cards, self.desk.lost_reasons(), submit=submit,
                            edit_reasons=self.edit_lost_reasons, parent=self)
        self._open_dialog(dialog, on_accept=lambda: offer_deal_summary(self, [c.id for c in cards]))

    def edit_lost_reasons(self) -> list[str] | None:
        """The editable list of 退出 reasons (modal: opened from inside the 退出 dialog)."""
        def submit(reasons: list[str]) -> str | None:
            try:
                self.desk.set_lost_reasons(reasons)
            except ServiceError as exc:
                return str(exc)
            return None

        dialog = LostReasonsDialog(self.desk.lost_reasons(), submit=submit, parent=self.current_dialog or self)
        if dialog.exec():
            return self.desk.lost_reasons()
        return None

    # == the cycle =========================================================================
    def overdue_cards(self) -> list[BoardCard]:
        cards = [c for c in self._cards.values() if c.stage.is_open and c.age_state == AgeState.OVERDUE]
        return sorted(cards, key=lambda c: (-(c.age or 0), c.id))

    def stuck_cards(self) -> list[BoardCard]:
        return sorted((c for c in self._cards.values() if is_stuck_at_90(c, self._today)),
                      key=lambda c: (c.signing_date, c.id))

    def send_back_overdue(self, selected: bool = False) -> None:
        """送回销售机会: the overdue cards (the selected ones, if any are) after a confirmation."""
        if self.current_dialog is not None:
            return
        overdue = self.overdue_cards()
        if selected:
            chosen = set(self.selected_ids())
            picked = [c for c in overdue if c.id in chosen]
            if not picked:
                # Any selected open card may be sent back on request, overdue or not.
                picked = [c for c in self.selected_cards()
                          if c.stage.is_open and c.stage != Stage.OPPORTUNITY]
            overdue = picked
        if not overdue:
            self.messages.inform(self, _tr("送回销售机会"), _tr("没有超出销售周期的客户。"))
            return
        rows = [(c.id, _tr("{name} · {stage} · {age} 天").format(name=card_title(c), stage=tr(c.stage.label),
                                                                  age=c.age if c.age is not None else "—"))
                for c in overdue]

        def submit(ids: list[int]) -> str | None:
            try:
                results = self.desk.send_back(ids, SEND_BACK_REASON)
            except ServiceError as exc:
                return str(exc)
            self._push_undo(_tr("送回销售机会（{n} 位）").format(n=len(results)), results)
            return None

        intro = _tr("以下 {n} 位客户已超出 {days} 天的销售周期。按照方法把他们送回销售机会，"
                    "把时间留给周期内的客户（可取消勾选）：").format(n=len(overdue), days=self._cycle.days)
        self._open_dialog(ConfirmListDialog(_tr("送回销售机会"), intro, rows, _tr("送回 {n} 位"),
                                            submit=submit, parent=self))

    def move_stuck_back(self) -> None:
        """90% past the signing date without payment: offered the move back to 50%."""
        if self.current_dialog is not None:
            return
        stuck = self.stuck_cards()
        if not stuck:
            return
        rows = [(c.id, _tr("{name} · 签约日 {day}").format(name=card_title(c), day=c.signing_date.isoformat()))
                for c in stuck]

        def submit(ids: list[int]) -> str | None:
            results = []
            try:
                for pid in ids:
                    results.append(self.desk.move_prospect(pid, Stage.P50, reason=tr(STUCK_REASON)))
            except ServiceError as exc:
                self._push_undo(_tr("退回 50%"), results)
                return str(exc)
            self._push_undo(_tr("退回 50%（{n} 位）").format(n=len(results)), results)
            return None

        intro = _tr("这些 90% 的客户已过约定的签约日期，仍未确认收款。按照方法退回 50%"
                    "（已经收款的，请改为移到成交）：")
        self._open_dialog(ConfirmListDialog(_tr("90% 过签约日"), intro, rows, _tr("退回 50%（{n} 位）"),
                                            submit=submit, parent=self))

    def edit_cycle(self) -> None:
        current = self.desk.setting("cycle_override_days", "0") or "0"
        text = self.messages.get_text(
            self, _tr("销售周期"),
            _tr("手动设置销售周期天数（填 0 按最近 20 笔成交自动计算，现在是 {days} 天）：").format(days=self._cycle.days),
            current)
        if text is None:
            return
        try:
            self.desk.set_setting("cycle_override_days", text.strip() or "0")
        except ServiceError as exc:
            self.messages.warn(self, _tr("销售周期"), str(exc))

    # == undo ==============================================================================
    def _push_undo(self, label: str, results) -> None:
        ids = [r.change_id for r in results]
        if ids:
            self._undo.append((label, ids))
            self.undo_button.setEnabled(True)
            self.undo_button.setToolTip(_tr("撤销：{what}").format(what=label))

    def undo_last(self) -> None:
        """Ctrl+Z: revert the board's last move; history keeps both, the undo as a correction."""
        if not self._undo or self.current_dialog is not None:
            return
        label, ids = self._undo.pop()
        try:
            results = self.desk.undo_moves(ids) if len(ids) > 1 else [self.desk.undo_move(ids[0])]
        except ServiceError as exc:
            self._after_change()
            self.messages.warn(self, _tr("不能撤销"), str(exc))
            return
        self._select_ids([r.prospect_id for r in results])
