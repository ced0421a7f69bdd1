"""The board's dialogs: what a move still needs, 退出 with a reason, confirm a list.

Each dialog is opened with ``open()`` (window-modal, not blocking) and is handed a
``submit`` callable that performs the change through the services: it returns None
when done, or a one-line message, which the dialog shows while staying open. So a
refused move never closes the dialog, and cancelling never reaches the services.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from salesdesk.core.money import BadAmount, parse_money
from salesdesk.core.rules import CRITERIA_BY_NUMBER, Missing
from salesdesk.core.stages import Stage
from salesdesk.i18n import N_, tr
from salesdesk.services.board import BoardCard

Submit = Callable[..., "str | None"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardDialogs", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c5221f;")
    label.setVisible(False)
    return label


def signing_default(stored: dt.date | None, today: dt.date, latest: dt.date | None) -> dt.date:
    """The signing date a dialog offers: never a day already past.

    The stored date if it is still ahead; else a week from today, kept inside the cycle
    (``latest``) while the cycle still allows one, else today.
    """
    if stored is not None and stored >= today:
        return stored
    return max(today, min(today + dt.timedelta(days=7), latest or dt.date.max))


def card_title(card: BoardCard) -> str:
    return tr("{name}（{plan}）").format(name=card.customer_name, plan=card.plan) if card.plan else card.customer_name


class _SubmitDialog(QDialog):
    """OK runs ``submit``; a returned message is shown and the dialog stays open."""

    def __init__(self, parent: QWidget | None, submit: Submit):
        super().__init__(parent)
        self._submit = submit
        self.error = _error_label()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _run(self, *args) -> None:
        message = self._submit(*args)
        if message:
            self.show_error(message)
        else:
            self.accept()


@dataclass
class _Row:
    missing: Missing
    check: QCheckBox | None = None
    field: QWidget | None = None


class MoveDialog(_SubmitDialog):
    """Lists what a forward move is missing, with a check box and field for each.

    ``missing`` comes from the refusal (core.rules): criteria 1–5, the signed application
    and the received payment, the first meeting; two rows are added by the board, not the
    rules — the first-meeting date when booking one, and 承保标保 when moving to 成交.
    """

    def __init__(
        self, card: BoardCard, target: Stage, missing: Sequence[Missing], *, today: dt.date, cycle_days: int,
        submit: Submit, message: str = "", parent: QWidget | None = None,
    ):
        super().__init__(parent, submit)
        self.card, self.target, self.today, self.cycle_days = card, target, today, cycle_days
        self.setWindowTitle(_tr("移到“{stage}”— {name}").format(stage=tr(target.label), name=card_title(card)))
        self.rows: dict[str, _Row] = {}
        #: Once OK was pressed, the 还缺少 line follows every tick and keystroke.
        self._live = False
        layout = QVBoxLayout(self)
        needs_ticks = any(m.criterion or m.key in ("signed", "paid") for m in missing)
        intro = QLabel(message or (
            _tr("进入“{stage}”还缺少下面的条件。请如实勾选并填写，完成后即可移动：").format(stage=tr(target.label))
            if needs_ticks else _tr("请填写：")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        for line, m in enumerate(missing):
            row = self._make_row(m)
            self.rows[m.key] = row
            if row.check is not None:
                grid.addWidget(row.check, line, 0)
            else:
                grid.addWidget(QLabel(m.label), line, 0)
            if row.field is not None:
                grid.addWidget(row.field, line, 1)
                if row.check is not None:
                    row.field.setEnabled(False)
                    row.check.toggled.connect(row.field.setEnabled)
            self._watch(row)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(_tr("移到“{stage}”").format(stage=tr(target.label)),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    # -- building ------------------------------------------------------------------
    def _make_row(self, m: Missing) -> _Row:
        card = self.card
        if m.criterion:
            crit = CRITERIA_BY_NUMBER[m.criterion]
            check = QCheckBox(f"{crit.number}. {tr(crit.label)}")
            check.setToolTip(tr(crit.meaning))
            check.setObjectName(f"criterion{crit.number}")
            field: QWidget | None = None
            if crit.needs == "budget":
                field = QLineEdit(f"{card.budget:.2f}" if card.budget else "")
                field.setPlaceholderText(_tr("预算金额（元），如 1500"))
            elif crit.needs == "signing_date":
                field = QDateEdit()
                field.setCalendarPopup(True)
                field.setDisplayFormat("yyyy-MM-dd")
                latest = (card.first_meeting + dt.timedelta(days=self.cycle_days)) if card.first_meeting else None
                default = signing_default(card.signing_date, self.today, latest)
                if latest is not None:
                    field.setMaximumDate(_qdate(max(latest, self.today)))
                    field.setToolTip(_tr("销售周期内：{date} 之前").format(date=latest.isoformat()))
                    if latest < self.today:
                        # No date can satisfy the rule any more: say so instead of a dead field.
                        check.setText(check.text() + _tr("（已超出周期）"))
                        check.setToolTip(_tr("签约日期须在 {date} 之前（初次见面后 {days} 天内）。"
                                             "已超出销售周期的客户，按方法应送回销售机会。").format(
                            date=latest.isoformat(), days=self.cycle_days))
                field.setDate(_qdate(default))
            elif crit.needs == "next_step":
                field = QLineEdit(card.next_step)
                field.setPlaceholderText(_tr("下次见面谈什么"))
                field.setMaxLength(500)
            if field is not None:
                field.setObjectName(f"field{crit.number}")
            return _Row(m, check, field)
        if m.key == "signed":
            check = QCheckBox(_tr("已签署投保单/合同"))
            check.setObjectName("signed")
            return _Row(m, check)
        if m.key == "paid":
            check = QCheckBox(_tr("预收到帐，金额："))
            check.setObjectName("paid")
            amount = card.paid or card.budget
            field = QLineEdit(f"{amount:.2f}" if amount else "")
            field.setPlaceholderText(_tr("公司已收到的金额（元）"))
            field.setObjectName("field_paid")
            return _Row(m, check, field)
        if m.key == "premium":
            amount = card.premium or card.paid
            field = QLineEdit(f"{amount:.2f}" if amount else "")
            field.setPlaceholderText(_tr("承保标保（元）"))
            field.setObjectName("field_premium")
            return _Row(Missing("premium", _tr("承保标保（元）")), None, field)
        if m.key in ("first_meeting", "first_meeting_held"):
            field = QDateEdit()
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
            field.setObjectName("field_first_meeting")
            if m.key == "first_meeting_held":
                field.setMaximumDate(_qdate(self.today))
                kept = card.first_meeting if card.stage != Stage.OPPORTUNITY else None
                field.setDate(_qdate(min(kept or self.today, self.today)))
                label = _tr("实际见面日期")
            else:
                field.setDate(_qdate(self.today + dt.timedelta(days=1)))
                label = _tr("初次见面日期")
            return _Row(Missing(m.key, label), None, field)
        return _Row(m)  # a requirement this dialog cannot supply: shown as a line of text

    def _watch(self, row: _Row) -> None:
        if row.check is not None:
            row.check.toggled.connect(self._refresh_missing)
        if isinstance(row.field, QLineEdit):
            row.field.textChanged.connect(self._refresh_missing)
        elif isinstance(row.field, QDateEdit):
            row.field.dateChanged.connect(self._refresh_missing)

    def _refresh_missing(self, *_args) -> None:
        """Keep the 还缺少 line true to the boxes as they are now (gone when nothing is)."""
        if not self._live:
            return
        try:
            self.values()
        except ValueError as exc:
            self.show_error(str(exc))
        else:
            self.show_error("")

    # -- reading -------------------------------------------------------------------
    def tick_all(self) -> None:
        """Tick every box (what an agent does when every criterion truly holds)."""
        for row in self.rows.values():
            if row.check is not None:
                row.check.setChecked(True)

    def values(self) -> dict:
        """The keyword arguments for ``move_prospect``; raises ValueError naming what is wrong."""
        out: dict = {}
        problems: list[str] = []
        ticked: list[int] = []
        for key, row in self.rows.items():
            m = row.missing
            if row.check is not None and not row.check.isChecked():
                problems.append(m.label)
                continue
            if m.criterion:
                ticked.append(m.criterion)
                crit = CRITERIA_BY_NUMBER[m.criterion]
                if crit.needs == "budget":
                    money = self._money(row.field, tr(crit.needs_label), problems)
                    if money is not None:
                        out["budget"] = money
                elif crit.needs == "signing_date":
                    out["signing_date"] = row.field.date().toPython()
                elif crit.needs == "next_step":
                    text = row.field.text().strip()
                    if text:
                        out["next_step"] = text
                    else:
                        problems.append(_tr("下一步"))
            elif key == "signed":
                out["signed"] = True
            elif key == "paid":
                money = self._money(row.field, _tr("预收保费金额"), problems)
                if money is not None:
                    out["paid"] = money
            elif key == "premium":
                if row.field.text().strip():
                    money = self._money(row.field, _tr("承保标保"), problems)
                    if money is not None:
                        out["premium"] = money
            elif key in ("first_meeting", "first_meeting_held"):
                out["first_meeting"] = row.field.date().toPython()
        if ticked:
            out["criteria"] = sorted(ticked)
        if problems:
            raise ValueError(_tr("还缺少：{items}").format(items=tr("、", "list separator").join(problems)))
        return out

    @staticmethod
    def _money(field: QLineEdit, label: str, problems: list[str]):
        text = field.text().strip()
        if not text:
            problems.append(label)
            return None
        try:
            value = parse_money(text)
        except BadAmount as exc:
            problems.append(str(exc))
            return None
        if value <= 0:
            problems.append(_tr("{label}应大于 0").format(label=label))
            return None
        return value

    def _on_ok(self) -> None:
        self._live = True
        try:
            values = self.values()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._run(values)


class LostDialog(_SubmitDialog):
    """退出: a reason from the editable list, plus free text."""

    OTHER = N_("其他")

    def __init__(
        self, cards: Sequence[BoardCard], reasons: Sequence[str], *, submit: Submit,
        edit_reasons: Callable[[], "list[str] | None"] | None = None, parent: QWidget | None = None,
    ):
        super().__init__(parent, submit)
        self._edit_reasons = edit_reasons
        self.setWindowTitle(_tr("标记为退出（放弃）"))
        layout = QVBoxLayout(self)
        names = tr("、", "list separator").join(card_title(c) for c in cards[:10]) + (_tr(" 等 {n} 位").format(n=len(cards))
                                                                 if len(cards) > 10 else "")
        intro = QLabel(_tr("把 {names} 标记为退出。它会离开看板，但仍保留在历史和统计中。").format(names=names))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self._fill(reasons)
        edit = QToolButton()
        edit.setText(_tr("编辑列表…"))
        edit.setVisible(edit_reasons is not None)
        edit.clicked.connect(self._on_edit)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(edit)
        form.addRow(_tr("原因："), reason_row)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_tr("补充说明（可选；选“其他”时必填）"))
        self.note.setMaxLength(400)
        form.addRow(_tr("说明："), self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(_tr("标记为退出"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _fill(self, reasons: Sequence[str]) -> None:
        self.reason.clear()
        self.reason.addItems(list(reasons) + [_tr(self.OTHER)])

    def _on_edit(self) -> None:
        reasons = self._edit_reasons() if self._edit_reasons else None
        if reasons:
            current = self.reason.currentText()
            self._fill(reasons)
            self.reason.setCurrentIndex(max(0, self.reason.findText(current)))

    def reason_text(self) -> str:
        note = self.note.text().strip()
        if self.reason.currentIndex() == self.reason.count() - 1:  # 其他
            return note
        picked = self.reason.currentText()
        return tr("{reason}：{note}").format(reason=picked, note=note) if note else picked

    def _on_ok(self) -> None:
        text = self.reason_text()
        if not text:
            self.show_error(_tr("请写明退出的原因"))
            return
        self._run(text)


class LostReasonsDialog(_SubmitDialog):
    """Edit the list of 退出 reasons, one a line."""

    def __init__(self, reasons: Sequence[str], *, submit: Submit, parent: QWidget | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(_tr("退出原因"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("每行一条原因：")))
        self.text = QPlainTextEdit("\n".join(reasons))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(lambda: self._run(self.reasons()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]


class ConfirmListDialog(_SubmitDialog):
    """Who a bulk action will touch, each with a check box (all ticked); nothing happens on cancel."""

    def __init__(
        self, title: str, intro: str, rows: Sequence[tuple[int, str]], ok_text: str, *, submit: Submit,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, submit)
        self._ok_text = ok_text
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setObjectName("who")
        for pid, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._update_ok)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(lambda: self._run(self.chosen()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_ok()
        self.resize(420, 360)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _update_ok(self, *_args) -> None:
        n = len(self.chosen())
        self.ok_button.setText(self._ok_text.format(n=n))
        self.ok_button.setEnabled(n > 0)
