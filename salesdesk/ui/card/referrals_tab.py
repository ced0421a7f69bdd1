"""The card's 人脉关系 tab: who introduced this customer and whom they introduced, drawn as a
tree (QGraphicsScene) from the first introducer down ``depth`` levels below the customer,
with what each introducer's referrals produced (deals, 承保标保). Clicking a node opens that
customer. A loop in old data (A introduced B, B introduced A) is cut and said."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLabel, QSpinBox,
    QVBoxLayout, QWidget,
)

from salesdesk.core.money import format_cny
from salesdesk.services import Changes, SalesDesk, ServiceError

NODE_W, NODE_H, GAP_X, GAP_Y = 190, 48, 16, 44


class _Node(QGraphicsRectItem):
    def __init__(self, customer_id: int, rect: QRectF, on_click):
        super().__init__(rect)
        self.customer_id = customer_id
        self._on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:
        self._on_click(self.customer_id)
        event.accept()


class ReferralsTab(QWidget):
    open_customer = Signal(int)

    def __init__(self, desk: SalesDesk, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._customer_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("referralSummary")
        self.summary.setWordWrap(True)
        self.depth = QSpinBox(self)
        self.depth.setRange(1, 5)
        self.depth.setValue(2)
        self.depth.setPrefix(self.tr("向下 "))
        self.depth.setSuffix(self.tr(" 层"))
        self.depth.valueChanged.connect(lambda _v: self.reload())
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("referralGraph")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.depth)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.nodes: dict[int, _Node] = {}

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self._customer_id is not None and (changes.customers or changes.stages):
            self.reload()

    def reload(self) -> None:
        self.scene.clear()
        self.nodes = {}
        if self._customer_id is None:
            self.summary.setText(self.tr("保存客户后可查看人脉关系"))
            return
        try:
            tree = self._desk.referrals.tree(self._customer_id, self.depth.value())
            value = self._desk.referrals.value(self._customer_id)
        except ServiceError as exc:
            self.summary.setText(str(exc))
            return
        text = self.tr("TA 介绍了 {n} 位客户，成交 {d} 单，承保标保 {p}").format(
            n=value.referred, d=value.deals, p=format_cny(value.premium))
        if value.indirect_referred:
            text += self.tr("；再往下 {n} 位，成交 {d} 单，{p}").format(
                n=value.indirect_referred, d=value.indirect_deals, p=format_cny(value.indirect_premium))
        if tree.cycle:
            text += self.tr("（介绍关系中有循环，已在重复处截断）")
        self.summary.setText(text)
        self._draw(tree)

    def _draw(self, tree) -> None:
        children: dict[int | None, list] = {}
        for node in tree.nodes:
            children.setdefault(node.parent_id, []).append(node)
        widths: dict[int, int] = {}

        def width(node) -> int:  # leaves side by side, parents centred over them
            kids = children.get(node.id, [])
            widths[node.id] = max(1, sum(width(k) for k in kids))
            return widths[node.id]

        roots = children.get(None, [])
        for root in roots:
            width(root)
        line = QPen(QColor("#8a94a6"), 1.4)

        def place(node, left: int, centre_of_parent=None) -> None:
            span = widths[node.id]
            x = (left + span / 2) * (NODE_W + GAP_X) - NODE_W / 2
            y = node.level * (NODE_H + GAP_Y)
            me = node.id == tree.customer_id
            rect = _Node(node.id, QRectF(x, y, NODE_W, NODE_H), self.open_customer.emit)
            rect.setBrush(QBrush(QColor("#dbe9ff" if me else "#f6f7f9")))
            rect.setPen(QPen(QColor("#2f6fd6" if me else "#b8c0cc"), 2 if me else 1))
            rect.setToolTip(self.tr("打开 {name}").format(name=node.name))
            self.scene.addItem(rect)
            self.nodes[node.id] = rect
            title = QGraphicsSimpleTextItem(node.name, rect)
            font = title.font()
            font.setBold(me)
            title.setFont(font)
            title.setPos(x + 8, y + 5)
            detail = (self.tr("介绍 {n} 人 · 成交 {d} 单").format(n=node.referred, d=node.deals)
                      if node.referred else self.tr("未介绍客户"))
            if node.deals:
                detail += " · " + format_cny(node.premium)
            if node.hidden:
                detail += self.tr(" · 另 {n} 人").format(n=node.hidden)
            sub = QGraphicsSimpleTextItem(detail, rect)
            sub.setBrush(QBrush(QColor("#5b6472")))
            sub.setPos(x + 8, y + 26)
            if centre_of_parent is not None:
                px, py = centre_of_parent
                self.scene.addLine(px, py, x + NODE_W / 2, y, line).setZValue(-1)
            offset = left
            for kid in children.get(node.id, []):
                place(kid, offset, (x + NODE_W / 2, y + NODE_H))
                offset += widths[kid.id]

        left = 0
        for root in roots:
            place(root, left)
            left += widths[root.id]
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
