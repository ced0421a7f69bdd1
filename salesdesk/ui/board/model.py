"""One list model per board column, holding the column's visible cards in order.

The board keeps every loaded card in memory (one query); a column model holds the
cards of its stage that pass the filter. A refresh from a ``Changes`` record touches
only the rows of the prospects it names (insert, remove, or dataChanged in place), so
selection and scrolling survive everywhere else.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Iterable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal

from salesdesk.core.cycle import AgeState
from salesdesk.core.diagnosis import is_stuck_at_90
from salesdesk.core.stages import Stage
from salesdesk.i18n import tr
from salesdesk.services.board import BoardCard

MIME_TYPE = "application/x-salesdesk-prospects"

CardRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
AgeStateRole = Qt.ItemDataRole.UserRole + 3
StuckRole = Qt.ItemDataRole.UserRole + 4
#: Days until the first meeting when it is today or ahead (booked, not yet held), else -1.
#: (Never None: PySide6 6.12 on Python 3.11 loses a reference to None on each conversion.)
AheadRole = Qt.ItemDataRole.UserRole + 5


class AgeFilter(str, Enum):
    ALL = "all"
    ATTENTION = "attention"  # warning or overdue (≥ 75% of the cycle)
    OVERDUE = "overdue"
    STAGE_WEEK = "stage7"  # 7+ days in the current stage
    STAGE_MONTH = "stage30"  # 30+ days in the current stage


@dataclass(frozen=True)
class BoardFilter:
    """What the filter bar asks for; matching happens on cards already in memory."""

    text: str = ""
    tag: str = ""
    age: AgeFilter = AgeFilter.ALL

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.tag or self.age != AgeFilter.ALL)

    def matches(self, card: BoardCard) -> bool:
        words = self.text.lower().split()
        if words:
            hay = card.search_text
            if not all(w.lstrip("#") in hay for w in words):
                return False
        if self.tag and self.tag not in card.tags:
            return False
        if self.age == AgeFilter.ATTENTION:
            return card.age_state in (AgeState.WARNING, AgeState.OVERDUE)
        if self.age == AgeFilter.OVERDUE:
            return card.age_state == AgeState.OVERDUE
        if self.age == AgeFilter.STAGE_WEEK:
            return card.days_in_stage >= 7
        if self.age == AgeFilter.STAGE_MONTH:
            return card.days_in_stage >= 30
        return True


def sort_key(card: BoardCard) -> tuple:
    """Most urgent first: oldest first meeting in the aging stages, newest deal in 成交."""
    if card.stage == Stage.WON:
        return (-card.stage_since.timestamp(), card.id)
    if card.stage == Stage.OPPORTUNITY:
        return (card.stage_since.timestamp(), card.id)
    age = card.age if card.age is not None else -1
    return (-age, -card.days_in_stage, card.id)


def money_total(cards: Iterable[BoardCard], stage: Stage) -> Decimal | None:
    """The column's money: 预算 at 50%, 预收保费 at 90%, 承保标保 at 成交; none elsewhere."""
    attr = {Stage.P50: "budget", Stage.P90: "paid", Stage.WON: "premium"}.get(stage)
    if attr is None:
        return None
    return sum((getattr(c, attr) or Decimal(0) for c in cards), Decimal("0.00"))


class ColumnModel(QAbstractListModel):
    """The visible cards of one stage, sorted by ``sort_key``."""

    #: (prospect ids, target stage): cards were dropped on this column.
    move_requested = Signal(list, object)

    def __init__(self, stage: Stage, parent: QObject | None = None):
        super().__init__(parent)
        self.stage = stage
        self._cards: list[BoardCard] = []
        self._keys: list[tuple] = []
        self._today: dt.date | None = None

    # -- reading ----------------------------------------------------------------
    def set_today(self, today: dt.date) -> None:
        self._today = today

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.customer_name
        if role == CardRole:
            return card
        if role == IdRole:
            return card.id
        if role == AgeStateRole:
            return card.age_state.value
        if role == StuckRole:
            return self._today is not None and is_stuck_at_90(card, self._today)
        if role == AheadRole:
            if self._today is None or card.first_meeting is None or card.first_meeting < self._today:
                return -1
            return (card.first_meeting - self._today).days
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(card)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.customer_name} {card.plan}"
        return None

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def row_of(self, prospect_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == prospect_id:
                return row
        return -1

    # -- changing ---------------------------------------------------------------
    def set_cards(self, cards: Iterable[BoardCard]) -> None:
        ordered = sorted(cards, key=sort_key)
        self.beginResetModel()
        self._cards = ordered
        self._keys = [sort_key(c) for c in ordered]
        self.endResetModel()

    def remove(self, prospect_id: int) -> bool:
        row = self.row_of(prospect_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
        del self._keys[row]
        self.endRemoveRows()
        return True

    def put(self, card: BoardCard) -> None:
        """Insert ``card`` in order, or update it in place when its position holds."""
        key = sort_key(card)
        row = self.row_of(card.id)
        if row >= 0:
            left_ok = row == 0 or self._keys[row - 1] <= key
            right_ok = row == len(self._keys) - 1 or key <= self._keys[row + 1]
            if left_ok and right_ok:
                self._cards[row] = card
                self._keys[row] = key
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return
            self.remove(card.id)
        row = bisect.bisect_right(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._keys.insert(row, key)
        self.endInsertRows()

    # -- drag and drop ------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self._cards[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    @staticmethod
    def ids_from(mime: QMimeData) -> list[int]:
        if mime is None or not mime.hasFormat(MIME_TYPE):
            return []
        try:
            ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        return [int(i) for i in ids if isinstance(i, int)]

    def canDropMimeData(self, mime, action, row, column, parent) -> bool:
        ids = self.ids_from(mime)
        return bool(ids) and any(self.row_of(i) < 0 for i in ids)

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        ids = [i for i in self.ids_from(mime) if self.row_of(i) < 0]
        if not ids:
            return False
        # Let the drag finish before a dialog may open; the rows move when the service
        # reports the change, so tell the view nothing was moved by the drop itself.
        QTimer.singleShot(0, lambda: self.move_requested.emit(ids, self.stage))
        return False


def _md(day: dt.date | None) -> str:
    return f"{day.month}.{day.day:02d}" if day else ""


def card_tooltip(card: BoardCard) -> str:
    from salesdesk.core.money import format_cny

    lines = [f"{card.customer_name}  {card.plan}".strip()]
    if card.company:
        lines.append(card.company)
    if card.first_meeting:
        lines.append(tr("初次见面：{date}").format(date=card.first_meeting.isoformat()))
    if card.age is not None:
        lines.append(tr("已 {age} 天（本阶段 {days} 天）").format(age=card.age, days=card.days_in_stage))
    if card.signing_date:
        lines.append(tr("签约日期：{date}").format(date=card.signing_date.isoformat()))
    for label, value in ((tr("预算"), card.budget), (tr("预收保费"), card.paid), (tr("承保标保"), card.premium)):
        if value:
            lines.append(tr("{label}：{amount}").format(label=label, amount=format_cny(value)))
    if card.next_step:
        lines.append(tr("下一步：{text}").format(text=card.next_step))
    if card.tags:
        lines.append(tr("标签：{tags}").format(tags=tr("、", "list separator").join(card.tags)))
    return "\n".join(lines)


month_day = _md
