"""Reminders while the app runs: a timer asks the services what is due (services/reminders.py)
and shows each once, as a system-tray notification where there is a tray, and always in a
banner in the window with 稍后提醒 (10 分钟 / 1 小时 / 明天) and 知道了. Tests fire the timer
by hand (``check()``) with the desk's clock set where they want.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QSystemTrayIcon, QToolBar, QWidget

from salesdesk.core.reminders import Occurrence
from salesdesk.i18n import tr
from salesdesk.services import SalesDesk, ServiceError

log = logging.getLogger(__name__)

CHECK_MS = 30_000


class ReminderBanner(QToolBar):
    """The reminders shown now, one line each, above the pages."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.holder = QWidget(self)
        self.holder.setStyleSheet("QWidget#reminderRow { background: #e8f4ff; border-bottom: 1px solid #9cc7f0; }")
        from PySide6.QtWidgets import QVBoxLayout

        self.rows = QVBoxLayout(self.holder)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(0)
        self.addWidget(self.holder)
        self.setVisible(False)

    def lines(self) -> list[str]:
        return [w.findChild(QLabel).text() for w in self.holder.findChildren(QWidget, "reminderRow")]


class ReminderNotifier(QObject):
    #: (customer id, prospect id): the agent clicked 打开 on a reminder
    open_customer = Signal(object, object)
    shown = Signal(object)  # Occurrence

    def __init__(self, desk: SalesDesk, window: QMainWindow, timer: QTimer | None = None,
                 tray: QSystemTrayIcon | None = None):
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.banner = ReminderBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon() if not window.windowIcon().isNull() else QIcon.fromTheme("appointment-soon")
            self.tray = QSystemTrayIcon(icon, window)
            self.tray.setToolTip("salesdesk")
            self.tray.show()
            self.tray.activated.connect(lambda *_: self._raise())
        self.timer = timer or QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Occurrence]:
        """Show what is due now (each once); what was shown."""
        if getattr(self.window, "read_only_reason", ""):
            return []  # a second window or a read-only file: the writing window reminds
        if not self.window.isVisible() and self.tray is None:
            return []  # closed (or not yet shown): nobody would see it
        try:
            due = self.desk.reminders.due()
        except Exception:  # noqa: BLE001 - a timer must never raise into Qt's event loop
            log.warning("reminders could not be read", exc_info=True)
            return []
        out = []
        for o in due:
            try:
                self.desk.reminders.shown(o.key)
            except ServiceError:
                continue
            self._show(o)
            out.append(o)
        return out

    def _show(self, o: Occurrence) -> None:
        row = QWidget(self.banner.holder)
        row.setObjectName("reminderRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(8, 3, 8, 3)
        label = QLabel(self.tr("⏰ {title}：{text}").format(title=tr(o.title), text=o.text), row)
        line.addWidget(label, 1)
        if o.customer_id is not None:
            open_button = QPushButton(self.tr("打开"), row)
            open_button.clicked.connect(lambda: self.open_customer.emit(o.customer_id, o.prospect_id))
            line.addWidget(open_button)
        for choice, text in (("10m", self.tr("10 分钟后")), ("1h", self.tr("1 小时后")), ("tomorrow", self.tr("明天"))):
            button = QPushButton(text, row)
            button.setObjectName(f"snooze_{choice}")
            button.clicked.connect(lambda _checked=False, c=choice: self.snooze(o, c, row))
            line.addWidget(button)
        ok = QPushButton(self.tr("知道了"), row)
        ok.setObjectName("dismiss")
        ok.clicked.connect(lambda: self._remove(row))
        line.addWidget(ok)
        self.banner.rows.addWidget(row)
        self.banner.setVisible(True)
        if self.tray is not None:
            self.tray.showMessage(o.title, o.text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.shown.emit(o)

    def snooze(self, o: Occurrence, choice: str, row: QWidget | None = None) -> None:
        try:
            self.desk.reminders.snooze(o.key, choice)
        except ServiceError:
            return
        if row is not None:
            self._remove(row)

    def _remove(self, row: QWidget) -> None:
        row.setParent(None)
        row.deleteLater()
        if not self.banner.holder.findChildren(QWidget, "reminderRow"):
            self.banner.setVisible(False)
        else:
            remaining = [w for w in self.banner.holder.findChildren(QWidget, "reminderRow") if w is not row]
            self.banner.setVisible(bool(remaining))

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
