"""The board's columns: one list view per stage, with its header (count, money)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from salesdesk.core.money import format_cny
from salesdesk.core.stages import Stage
from salesdesk.i18n import N_, tr

from ..shortcut_sheet import declare_keys
from .delegate import CardDelegate
from .model import ColumnModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectBoard", text)


#: 成交 range choices: (label, days back; None = this review week, -1 = all).
WON_RANGES: tuple[tuple[str, int | None], ...] = (
    (N_("本周成交"), None), (N_("本月成交"), 0), (N_("近三个月"), 90), (N_("全部成交"), -1),
)


def _money_label(stage: Stage) -> str:
    """The short word a column's header puts before its money (a narrow column: "Premium")."""
    return {Stage.P50: tr("预算", "board column"), Stage.P90: tr("预收保费", "board column"),
            Stage.WON: tr("承保标保", "board column")}[stage]


class ColumnView(QListView):
    """A column's list; plain ←/→ hop to the neighbouring column, Enter opens the card."""

    neighbour_requested = Signal(int)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        declare_keys(self, [(["Left", "Right"], _tr("移到相邻的一列（卡片不动）")), (["Return"], _tr("打开选中卡片的详情"))])

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class Column(QFrame):
    def __init__(self, stage: Stage, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("boardColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        self.header = QLabel()
        self.header.setObjectName(f"header_{stage.value}")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setMinimumHeight(self.header.fontMetrics().height() * 2 + 4)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.setContentsMargins(4, 0, 2, 0)
        head.addWidget(self.header, 1)
        self.range_combo: QComboBox | None = None
        if stage == Stage.WON:
            self.range_combo = QComboBox()
            self.range_combo.setObjectName("wonRange")
            self.range_combo.addItems([_tr(label) for label, _ in WON_RANGES])
            self.range_combo.setToolTip(_tr("成交列显示哪段时间的成交"))
            head.addWidget(self.range_combo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.model = ColumnModel(stage, self)
        self.view = ColumnView()
        self.view.setObjectName(f"column_{stage.value}")
        self.view.setAccessibleName(_tr("{stage} 列").format(stage=tr(stage.label)))
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMinimumWidth(150)
        layout.addWidget(self.view, 1)

    def set_header(self, shown: int, total: int, money) -> None:
        count = f"{shown}" if shown == total else f"{shown} / {total}"
        line2 = ""
        if money is not None:
            line2 = f"<br><span style='color:#5f6368'>{_money_label(self.stage)} {format_cny(money)}</span>"
        self.header.setText(
            f"<b>{tr(self.stage.label)}</b>&nbsp;&nbsp;<span style='color:#1a73e8'><b>{count}</b></span>{line2}"
        )

