"""The agenda's time grid: days as columns (one, or Monday–Sunday), hours as rows.

A custom-painted widget (a few dozen appointments a week: no item per cell). Appointments
that share time sit side by side in their day. Drag a box to move it (snapped to a quarter
hour), drag its bottom edge to change its length, double-click an empty slot to book one
there, double-click a box to edit it. The all-day strip above (``AllDayStrip``) shows first
meetings booked before the agenda existed (a date, no time).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesdesk.services.agenda import AppointmentView

from .labels import weekday_short

HOUR_HEIGHT = 44
GUTTER = 52  # the hour labels' column
SNAP_MINUTES = 15
RESIZE_GRIP = 6
FIRST_HOUR_SHOWN = 7  # scrolled to on open

COLORS = {
    "normal": QColor("#4a7fc1"),
    "first_meeting": QColor("#2e9d6a"),
    "warning": QColor("#d9822b"),
    "today": QColor("#fff7e0"),
    "line": QColor("#e2e2e2"),
    "half": QColor("#f0f0f0"),
    "now": QColor("#d9534f"),
}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AgendaGrid", text)


@dataclass
class _Placed:
    appointment: AppointmentView
    rect: QRectF
    warned: bool


class TimeGrid(QWidget):
    """The hours of ``days``; the caller puts it in a scroll area."""

    #: (appointment id, new start)
    moved = Signal(int, object)
    #: (appointment id, new length in minutes)
    resized = Signal(int, int)
    #: a double-click on an empty slot: its start
    create_at = Signal(object)
    #: a double-click on a box: its appointment id
    edit_requested = Signal(int)
    selected = Signal(object)  # AppointmentView | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaTimeGrid")
        self.days: list[dt.date] = [dt.date.today()]
        self.today: dt.date | None = None
        self.now: dt.datetime | None = None
        self.appointments: list[AppointmentView] = []
        self.warned: set[int] = set()
        self.selected_id: int | None = None
        self._placed: list[_Placed] = []
        self._drag: tuple[str, AppointmentView, QPoint] | None = None  # ("move" | "resize", appt, press point)
        self._preview: tuple[int, dt.datetime, int] | None = None  # (id, start, minutes) while dragging
        self.setMouseTracking(True)
        self.setMinimumHeight(24 * HOUR_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(800, 24 * HOUR_HEIGHT)

    # -- content ------------------------------------------------------------------------------
    def set_days(self, days: list[dt.date], appointments: list[AppointmentView], warned: set[int],
                 today: dt.date | None = None, now: dt.datetime | None = None) -> None:
        self.days = list(days)
        self.appointments = [a for a in appointments if not a.all_day]
        self.warned = set(warned)
        self.today, self.now = today, now
        if self.selected_id not in {a.id for a in self.appointments}:
            self.selected_id = None
        self._layout()
        self.update()

    # -- geometry -------------------------------------------------------------------------------
    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER) / max(1, len(self.days)))

    def column_rect(self, index: int) -> QRectF:
        w = self.column_width()
        return QRectF(GUTTER + index * w, 0, w, 24 * HOUR_HEIGHT)

    def y_of(self, minutes: int) -> float:
        return minutes * HOUR_HEIGHT / 60

    def slot_at(self, point: QPoint, snap: int = SNAP_MINUTES) -> dt.datetime | None:
        """The start of the slot under ``point`` (snapped), None over the hour labels."""
        if point.x() < GUTTER or not self.days:
            return None
        index = min(len(self.days) - 1, int((point.x() - GUTTER) // self.column_width()))
        minutes = max(0, min(24 * 60 - snap, int(point.y() * 60 / HOUR_HEIGHT) // snap * snap))
        return dt.datetime.combine(self.days[index], dt.time()) + dt.timedelta(minutes=minutes)

    def rect_of(self, appointment_id: int) -> QRectF | None:
        for placed in self._placed:
            if placed.appointment.id == appointment_id:
                return placed.rect
        return None

    def point_for(self, moment: dt.datetime) -> QPoint:
        """The middle of ``moment``'s column at its time (tests drag to it)."""
        index = self.days.index(moment.date())
        rect = self.column_rect(index)
        return QPoint(int(rect.center().x()), int(self.y_of(moment.hour * 60 + moment.minute)) + 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        """Boxes per day; appointments that overlap share the column side by side."""
        self._placed = []
        for index, day in enumerate(self.days):
            todays = sorted((a for a in self.appointments if a.start.date() == day),
                            key=lambda a: (a.start, -a.minutes, a.id))
            clusters: list[list[AppointmentView]] = []
            cluster_end: dt.datetime | None = None
            for a in todays:
                if cluster_end is None or a.start >= cluster_end:
                    clusters.append([])
                    cluster_end = a.end
                clusters[-1].append(a)
                cluster_end = max(cluster_end, a.end)
            column = self.column_rect(index)
            for cluster in clusters:
                lanes: list[dt.datetime] = []
                lane_of: dict[int, int] = {}
                for a in cluster:
                    lane = next((i for i, end in enumerate(lanes) if end <= a.start), None)
                    if lane is None:
                        lanes.append(a.end)
                        lane = len(lanes) - 1
                    else:
                        lanes[lane] = a.end
                    lane_of[a.id] = lane
                width = (column.width() - 6) / len(lanes)
                for a in cluster:
                    start_min = a.start.hour * 60 + a.start.minute
                    end_min = min(24 * 60, start_min + a.minutes) if a.end.date() == day else 24 * 60
                    top, bottom = self.y_of(start_min), self.y_of(end_min)
                    rect = QRectF(column.x() + 2 + lane_of[a.id] * width, top + 1, width - 2,
                                  max(14.0, bottom - top - 2))
                    self._placed.append(_Placed(a, rect, a.id in self.warned))

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        for index, day in enumerate(self.days):
            if day == self.today:
                p.fillRect(self.column_rect(index), COLORS["today"])
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        for hour in range(24):
            y = self.y_of(hour * 60)
            p.setPen(QPen(COLORS["line"]))
            p.drawLine(GUTTER, int(y), self.width(), int(y))
            p.setPen(QPen(COLORS["half"]))
            p.drawLine(GUTTER, int(y + HOUR_HEIGHT / 2), self.width(), int(y + HOUR_HEIGHT / 2))
            p.setPen(QPen(QColor("#777777")))
            p.drawText(QRect(0, int(y) + 1, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        p.setPen(QPen(COLORS["line"]))
        for index in range(len(self.days) + 1):
            x = int(GUTTER + index * self.column_width())
            p.drawLine(x, 0, x, self.height())
        if self.now is not None and self.now.date() in self.days:
            index = self.days.index(self.now.date())
            y = int(self.y_of(self.now.hour * 60 + self.now.minute))
            column = self.column_rect(index)
            p.setPen(QPen(COLORS["now"], 2))
            p.drawLine(int(column.left()), y, int(column.right()), y)
        p.setFont(self.font())
        for placed in self._placed:
            self._paint_box(p, placed)
        if self._preview is not None:
            appointment_id, start, minutes = self._preview
            if start.date() in self.days:
                column = self.column_rect(self.days.index(start.date()))
                top = self.y_of(start.hour * 60 + start.minute)
                rect = QRectF(column.x() + 2, top + 1, column.width() - 6, max(14.0, self.y_of(minutes) - 2))
                p.setPen(QPen(QColor("#333333"), 1, Qt.PenStyle.DashLine))
                p.setBrush(QColor(74, 127, 193, 60))
                p.drawRoundedRect(rect, 4, 4)
                p.drawText(rect.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           f"{start:%H:%M}–{start + dt.timedelta(minutes=minutes):%H:%M}")
        p.end()

    def _paint_box(self, p: QPainter, placed: _Placed) -> None:
        a = placed.appointment
        color = COLORS["first_meeting"] if a.first_meeting else COLORS["normal"]
        if placed.warned:
            color = COLORS["warning"]
        fill = QColor(color)
        fill.setAlpha(235 if a.id == self.selected_id else 200)
        p.setBrush(fill)
        p.setPen(QPen(QColor("#1f1f1f") if a.id == self.selected_id else color.darker(120),
                      2 if a.id == self.selected_id else 1))
        p.drawRoundedRect(placed.rect, 4, 4)
        p.setPen(QPen(Qt.GlobalColor.white))
        text_rect = placed.rect.adjusted(4, 2, -3, -2)
        when = f"{a.start:%H:%M}–{a.end:%H:%M}"
        warn = "⚠\u00a0" if placed.warned else ""
        text = f"{warn}{when}\n{a.label}" if placed.rect.height() >= 30 else f"{warn}{a.start:%H:%M} {a.label}"
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)

    # -- mouse ---------------------------------------------------------------------------------
    def _hit(self, point: QPoint) -> tuple[_Placed | None, bool]:
        for placed in reversed(self._placed):
            if placed.rect.contains(point.toPointF()):
                near_bottom = placed.rect.bottom() - point.y() <= RESIZE_GRIP
                return placed, near_bottom
        return None, False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        placed, near_bottom = self._hit(event.position().toPoint())
        self.selected_id = placed.appointment.id if placed else None
        self.selected.emit(placed.appointment if placed else None)
        if placed is not None:
            self._drag = ("resize" if near_bottom else "move", placed.appointment, event.position().toPoint())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None:
            placed, near_bottom = self._hit(point)
            shape = Qt.CursorShape.SizeVerCursor if placed and near_bottom else (
                Qt.CursorShape.OpenHandCursor if placed else Qt.CursorShape.ArrowCursor)
            self.setCursor(shape)
            return
        mode, a, pressed = self._drag
        if mode == "move":
            offset = int((pressed.y() - self.y_of(a.start.hour * 60 + a.start.minute)) * 60 / HOUR_HEIGHT)
            slot = self.slot_at(QPoint(point.x(), point.y() - int(self.y_of(offset))))
            if slot is not None:
                self._preview = (a.id, slot, a.minutes)
        else:
            start_min = a.start.hour * 60 + a.start.minute
            end = max(start_min + SNAP_MINUTES, round(point.y() * 60 / HOUR_HEIGHT / SNAP_MINUTES) * SNAP_MINUTES)
            self._preview = (a.id, a.start, min(24 * 60 - start_min, end - start_min) or SNAP_MINUTES)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, preview = self._drag, self._preview
        self._drag = self._preview = None
        self.update()
        if drag is None or preview is None:
            return
        mode, a, _pressed = drag
        _id, start, minutes = preview
        if mode == "move" and start != a.start:
            self.moved.emit(a.id, start)
        elif mode == "resize" and minutes != a.minutes:
            self.resized.emit(a.id, minutes)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        placed, _ = self._hit(point)
        self._drag = self._preview = None
        if placed is not None:
            self.edit_requested.emit(placed.appointment.id)
            return
        slot = self.slot_at(point, 30)
        if slot is not None:
            self.create_at.emit(slot)


class DayHeader(QWidget):
    """The day names over the grid, and the all-day entries (first meetings with no time)."""

    #: an all-day entry clicked: (customer id, prospect id)
    open_entry = Signal(object, object)
    #: an all-day entry double-clicked: give it a time
    book_entry = Signal(object)  # AppointmentView

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = grid
        self.entries: list[AppointmentView] = []
        self._rects: list[tuple[QRectF, AppointmentView]] = []
        self.setObjectName("agendaDayHeader")

    def set_entries(self, entries: list[AppointmentView]) -> None:
        self.entries = [e for e in entries if e.all_day]
        per_day: dict[dt.date, int] = {}
        for e in self.entries:
            per_day[e.start.date()] = per_day.get(e.start.date(), 0) + 1
        rows = max(per_day.values(), default=0)
        self.setFixedHeight(28 + rows * 20 + (4 if rows else 0))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fafafa"))
        grid = self.grid
        offset = grid.mapTo(self.window(), QPoint(0, 0)).x() - self.mapTo(self.window(), QPoint(0, 0)).x()
        width = max(1.0, (grid.width() - GUTTER) / max(1, len(grid.days)))
        self._rects = []
        for index, day in enumerate(grid.days):
            x = offset + GUTTER + index * width
            bold = QFont(self.font())
            bold.setBold(day == grid.today)
            p.setFont(bold)
            p.setPen(QPen(QColor("#c0392b") if day == grid.today else QColor("#333333")))
            p.drawText(QRectF(x, 2, width, 22), Qt.AlignmentFlag.AlignCenter,
                       _tr("{m}月{d}日 {w}").format(m=day.month, d=day.day, w=weekday_short(day)))
            p.setFont(self.font())
            row = 0
            for entry in self.entries:
                if entry.start.date() != day:
                    continue
                rect = QRectF(x + 2, 26 + row * 20, width - 4, 18)
                p.setBrush(QColor("#d5efe2"))
                p.setPen(QPen(COLORS["first_meeting"]))
                p.drawRoundedRect(rect, 3, 3)
                p.setPen(QPen(QColor("#1d5e40")))
                text = p.fontMetrics().elidedText(_tr("全天 {label}").format(label=entry.label),
                                                  Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
                p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
                self._rects.append((rect, entry))
                row += 1
        p.setPen(QPen(COLORS["line"]))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()

    def entry_at(self, point: QPoint) -> AppointmentView | None:
        for rect, entry in self._rects:
            if rect.contains(point.toPointF()):
                return entry
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not None:
            self.open_entry.emit(entry.customer_id, entry.prospect_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not None:
            self.book_entry.emit(entry)
