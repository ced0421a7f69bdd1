"""今天, 日程 and 待办 in the main window: built on first show, opening customers through the
window, sharing its one Ctrl+Z. 今天 is the page the window opens on unless the agent left
it on another one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from .main_window import MainWindow
from .messages import Messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def install_day_pages(window: MainWindow, messages: Messages) -> None:
    desk = window.desk
    tabs: dict[str, object] = {}

    def opened(customer_id, _prospect_id=None) -> None:
        if customer_id is not None:
            window.open_customer(customer_id)

    def make_today():
        from .today_view import TodayView

        page = TodayView(desk, messages)
        page.use_undo(window.undo_stack)
        page.set_read_only(window.read_only_reason)
        page.open_customer.connect(opened)
        page.show_agenda.connect(lambda: window.tabs.setCurrentWidget(tabs["agenda"]))
        page.show_todos.connect(lambda: window.tabs.setCurrentWidget(tabs["todos"]))
        return page

    def make_agenda():
        from .agenda_view import AgendaView

        page = AgendaView(desk, messages, settings=getattr(window, "_settings", None))
        page.use_undo(window.undo_stack)
        page.set_read_only(window.read_only_reason)
        page.open_customer.connect(opened)
        return page

    def make_todos():
        from .todo_view import TodoPage

        page = TodoPage(desk, messages)
        page.use_undo(window.undo_stack)
        page.set_read_only(window.read_only_reason)
        page.open_customer.connect(opened)
        return page

    today = window.tabs.widget(window.add_page(make_today, _tr("今天")))
    tabs["agenda"] = window.tabs.widget(window.add_page(make_agenda, _tr("日程")))
    tabs["todos"] = window.tabs.widget(window.add_page(make_todos, _tr("待办")))
    if not window._wanted_page:
        window.tabs.setCurrentWidget(today)

    from .reminders import ReminderNotifier

    window.reminders = ReminderNotifier(desk, window)
    window.reminders.open_customer.connect(opened)
    window.installEventFilter(_KeepInTray(window))


class _KeepInTray(QObject):
    """Closing the window with its frame's button keeps the app in the tray (setting
    close_to_tray, default off); 退出程序 (Ctrl+Q) still quits."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and event.spontaneous():
            window = self.parent()
            notifier = getattr(window, "reminders", None)
            if notifier is not None and notifier.tray is not None and window.desk.setting("close_to_tray", "0") == "1":
                event.ignore()
                window.hide()
                return True
        return False
