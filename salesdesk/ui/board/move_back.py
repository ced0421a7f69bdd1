"""Back into 25%: which of the five criteria no longer hold, and why (坚持标准).

A 25% may not show all five criteria: the agent unticks those that no longer hold and
writes the reason; both go into the history. The services enforce the rule too.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from salesdesk.core.rules import CRITERIA, all_criteria_hold
from salesdesk.core.stages import Stage
from salesdesk.i18n import tr
from salesdesk.services.board import BoardCard

from .dialogs import Submit, _SubmitDialog, card_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardDialogs", text)


class MoveBackDialog(_SubmitDialog):
    """The criteria that still hold (ticked ones pre-ticked) and the reason for going back.

    ``submit(reason, criteria)`` gets the criteria the agent left ticked; ``kept`` pre-ticks
    a choice made elsewhere (the details dialog).
    """

    def __init__(
        self, card: BoardCard, facts, *, target: Stage = Stage.P25, cycle_days: int, submit: Submit,
        kept: Iterable[int] | None = None, parent: QWidget | None = None,
    ):
        super().__init__(parent, submit)
        self.card, self.target, self._facts, self._cycle_days = card, target, facts, cycle_days
        self.setWindowTitle(_tr("退回“{stage}”— {name}").format(stage=tr(target.label), name=card_title(card)))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("“{stage}”的客户不能五项标准全部成立。请取消勾选已经不再成立的标准"
                           "（至少一项），并写明退回的原因，两者都记入历史：").format(stage=tr(target.label)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(_tr("仍然成立的标准：")))
        self.checks: dict[int, QCheckBox] = {}
        for crit in CRITERIA:
            check = QCheckBox(f"{crit.number}. {tr(crit.label)}")
            check.setObjectName(f"keep{crit.number}")
            check.setToolTip(tr(crit.meaning))
            ticked = crit.number in card.criteria
            check.setChecked(ticked if kept is None else crit.number in kept)
            # Going back never ticks a criterion: one not ticked stays unticked.
            check.setEnabled(ticked)
            check.toggled.connect(self._refresh)
            self.checks[crit.number] = check
            layout.addWidget(check)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(400)
        self.reason.setPlaceholderText(_tr("退回的原因（必填），如：客户要和家人再商量"))
        self.reason.textChanged.connect(self._refresh)
        layout.addWidget(QLabel(_tr("原因：")))
        layout.addWidget(self.reason)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b26a00;")
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(_tr("退回“{stage}”").format(stage=tr(target.label)),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._refresh()

    def kept(self) -> list[int]:
        return [n for n, check in self.checks.items() if check.isChecked()]

    def _still_all_five(self) -> bool:
        facts = self._facts.with_(criteria=frozenset(self.kept()))
        return all_criteria_hold(facts, self._cycle_days)

    def problem(self) -> str:
        """What still stops the move ("" when OK may go ahead)."""
        if self._still_all_five():
            return _tr("还需取消至少一项已不再成立的标准")
        if not self.reason.text().strip():
            return _tr("还需写明退回的原因")
        return ""

    def _refresh(self, *_args) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        if not problem:
            self.show_error("")

    def _on_ok(self) -> None:
        if self.problem():
            return
        self._run(self.reason.text().strip(), self.kept())
