"""Paints one card: no widget per card, so a column of 1,000 scrolls like a column of 10."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from salesdesk.core.cycle import AgeState
from salesdesk.core.money import format_cny
from salesdesk.core.stages import Stage

from .model import AheadRole, CardRole, StuckRole, month_day


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardDelegate", text)


#: (background, stripe/badge) per age state. Warning amber and overdue red read at a
#: glance and stay distinct for the common red-green colour blindness (different lightness).
CARD_COLOURS: dict[AgeState, tuple[QColor, QColor]] = {
    AgeState.OK: (QColor("#ffffff"), QColor("#8a9bb0")),
    AgeState.WARNING: (QColor("#fff3d1"), QColor("#d18b00")),
    AgeState.OVERDUE: (QColor("#fde3e1"), QColor("#c5221f")),
}
WON_STRIPE = QColor("#1e8e3e")
TEXT = QColor("#202124")
MUTED = QColor("#5f6368")
ALERT = QColor("#c5221f")
SELECTED = QColor("#1a73e8")

PAD = 7
MARGIN_X = 5
MARGIN_Y = 3
STRIPE = 4


def card_colours(state: AgeState) -> tuple[QColor, QColor]:
    return CARD_COLOURS[state]


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._height = 0

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(max(8.0, base.pointSizeF() - 1))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        bold, small = self._fonts(option.font)
        h = QFontMetrics(bold).height() + 2 * QFontMetrics(small).height() + 2 * PAD + 2 * MARGIN_Y + 4
        return QSize(200, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if card is None:
            return
        stuck = bool(index.data(StuckRole))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        background, stripe = card_colours(card.age_state)
        if card.stage == Stage.WON:
            stripe = WON_STRIPE
        if stuck:
            background, stripe = CARD_COLOURS[AgeState.OVERDUE]

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        painter.fillPath(path, background)
        border = QPen(SELECTED if selected else QColor("#dadce0"), 2 if selected else 1)
        if focused and not selected:
            border = QPen(SELECTED, 1, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.drawPath(path)
        stripe_rect = QRectF(rect.left(), rect.top(), STRIPE, rect.height())
        clip = QPainterPath()
        clip.addRoundedRect(stripe_rect.adjusted(0, 0, 4, 0), 5, 5)
        painter.setClipPath(clip.intersected(path))
        painter.fillRect(stripe_rect, stripe)
        painter.setClipping(False)

        bold, small = self._fonts(option.font)
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        left = rect.left() + STRIPE + PAD
        right = rect.right() - PAD
        y = rect.top() + PAD

        # Line 1: name, and the age badge (stages 2–5) or the deal date.
        badge = ""
        ahead = index.data(AheadRole) if card.stage == Stage.APPOINTMENT else -1
        if ahead >= 0:
            badge = _tr("今天见面") if ahead == 0 else _tr("待见面")
        elif card.age is not None:
            badge = _tr("{n}天").format(n=card.age)
        elif card.stage == Stage.WON:
            badge = month_day(card.stage_since.date())
        badge_w = fm_b.horizontalAdvance(badge) + (12 if badge else 0)
        if badge:
            badge_rect = QRectF(right - badge_w, y, badge_w, fm_b.height())
            badge_colour = stripe if card.age_state != AgeState.OK or card.stage == Stage.WON else MUTED
            if card.age_state != AgeState.OK:
                pill = QPainterPath()
                pill.addRoundedRect(badge_rect, fm_b.height() / 2, fm_b.height() / 2)
                painter.fillPath(pill, badge_colour)
                painter.setPen(QColor("#ffffff"))
            else:
                painter.setPen(badge_colour)
            painter.setFont(bold)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setFont(bold)
        painter.setPen(TEXT)
        name_w = right - left - badge_w - 6
        name = fm_b.elidedText(card.customer_name, Qt.TextElideMode.ElideRight, int(name_w))
        painter.drawText(QPointF(left, y + fm_b.ascent()), name)
        used = fm_b.horizontalAdvance(name) + 8
        if card.plan and used < name_w:
            painter.setFont(small)
            painter.setPen(MUTED)
            plan = fm_s.elidedText(card.plan, Qt.TextElideMode.ElideRight, int(name_w - used))
            painter.drawText(QPointF(left + used, y + fm_b.ascent()), plan)
        y += fm_b.height() + 2

        # Line 2: first meeting and days in this stage (or the money of a deal).
        painter.setFont(small)
        painter.setPen(MUTED)
        parts = []
        if card.stage == Stage.WON:
            parts.append(_tr("承保 {money}").format(money=format_cny(card.premium)) if card.premium
                         else _tr("成交"))
        elif card.stage == Stage.OPPORTUNITY:
            parts.append(_tr("录入 {md}").format(md=month_day(card.stage_since.date())))
            parts.append(_tr("已等 {n} 天").format(n=card.days_in_stage))
        else:
            if card.first_meeting:
                parts.append(_tr("初见 {md}").format(md=month_day(card.first_meeting)))
            parts.append(_tr("本阶段 {n} 天").format(n=card.days_in_stage))
        line = fm_s.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, int(right - left))
        painter.drawText(QPointF(left, y + fm_s.ascent()), line)
        y += fm_s.height()

        # Line 3: the next step, or the 90% alarm.
        if stuck:
            painter.setPen(ALERT)
            text = _tr("⚠ 签约日 {md} 已过，未确认收款").format(md=month_day(card.signing_date))
        elif card.next_step:
            painter.setPen(TEXT)
            text = "→ " + card.next_step
        else:
            painter.setPen(MUTED)
            text = _tr("→ 下一步未填写") if card.stage in (Stage.P25, Stage.P50, Stage.P90) else ""
        if text:
            painter.drawText(QPointF(left, y + fm_s.ascent()),
                             fm_s.elidedText(text, Qt.TextElideMode.ElideRight, int(right - left)))
        painter.restore()
