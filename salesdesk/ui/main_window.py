"""The main window: pages in tabs, the first being 客户 (list + card).

Further pages (the board, the weekly table…) are added by the composition root with
``add_page``. Every write the services make arrives once, as ``changed(Changes)``; each
page decides itself whether to refresh (as Anki's ``operation_did_execute``).
"""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from salesdesk.services import Changes, SalesDesk

from .activity_bar import ActivityBar
from .background import wait_for_reads
from .card.card import CustomerCard, PickCustomer
from .customer_list import CustomerListPanel
from .customer_model import CustomerTableModel
from .customer_picker import pick_customer
from .duplicates_dialog import install_duplicate_actions
from .grades_dialog import install_grade_actions
from .import_actions import add_import_menu
from .layout_memory import LayoutMemory
from .messages import Messages
from .page_refresh import LazyPage, WhenShown
from .session_undo import UndoStack, undo_action
from .shortcut_sheet import install_shortcut_sheet

#: Fits a 1366×768 laptop screen with a task bar and the window frame.
DEFAULT_SIZE = (1280, 680)
#: Selecting a customer loads the list down to their row (any depth; non-zero = do).
SELECT_FETCH_PAGES = 10


class MainWindow(QMainWindow):
    #: Every write made through the services, relayed on the GUI thread.
    changed = Signal(object)
    #: The log file, set by the composition root (关于 shows where it is).
    log_path: Path | None = None
    #: Opens a folder or file in the system's own program (关于's 打开数据文件夹; tests record).
    open_url = staticmethod(QDesktopServices.openUrl)

    def __init__(
        self,
        desk: SalesDesk,
        settings: QSettings,
        messages: Messages | None = None,
        *,
        demo: bool = False,
        db_path: Path | None = None,
        debounce: QTimer | None = None,
        pick: PickCustomer = pick_customer,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages(settings)
        if isinstance(self.messages, Messages):
            self.messages.folders.use(settings)  # file dialogs remember their folders here
        self._settings = settings
        self.demo = demo
        #: The open data file (None for the demo); ``data_moved``: the move done in 设置, after
        #: which the composition root reopens the file in its new folder.
        self.db_path = Path(db_path) if db_path is not None and not demo else None
        self.data_moved = None
        self._page_actions: list[QAction] = []
        #: Why this window may not write ("" = it may); set by ``set_read_only``.
        self.read_only_reason = ""
        # The page in front last time, by its place (its title changes with the language).
        self._wanted_page = str(settings.value("main_window/page", "") or "")
        try:
            self._wanted_index = int(settings.value("main_window/page_index", -1))
        except (TypeError, ValueError):
            self._wanted_index = -1
        # The system adds the application's display name ("… — salesdesk 销售管理"): the
        # title names only what is open, as document windows do.
        if demo:
            title = self.tr("演示数据")
        elif db_path is not None:
            title = Path(db_path).name
        else:
            title = ""
        self.setWindowTitle(title + "[*]")

        self.customer_model = CustomerTableModel(desk, parent=self)
        self.customer_list = CustomerListPanel(self.customer_model, debounce=debounce, messages=self.messages)
        self.card = CustomerCard(desk, self.messages, pick=pick)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.customer_list)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        self.customer_list.setContentsMargins(6, 6, 0, 6)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        # One Ctrl+Z for the session's clicks and contact deletes (services' undo, not text).
        self.undo_stack = UndoStack(self)
        self.undo_action = undo_action(self.undo_stack, self, self.messages,
                                       lambda text: self.statusBar().showMessage(self.tr("已撤销：") + text, 4000))
        self.card.contacts_tab.use_undo(self.undo_stack)
        #: page -> the customer it has in front (``current_customer_id``); 客户 is built in.
        self._customer_sources: dict[QWidget, Callable[[], "int | None"]] = {}
        self._build_menus()
        install_grade_actions(self)
        install_duplicate_actions(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")
        self.statusBar().addWidget(self.count_label, 1)
        self.db_label = QLabel(self)
        if demo:
            self.db_label.setText(self.tr("演示数据库：关闭后即删除，您的数据不受影响"))
        elif db_path is not None:
            self.db_label.setText(str(db_path))
        self.db_label.setToolTip(str(db_path) if db_path else "")
        self.statusBar().addPermanentWidget(self.db_label)

        self.customers_page = self.splitter
        self.add_page(self.splitter, self.tr("客户"))

        # Wiring: the services' one hook → changed → every page.
        self._relay = _relay_to(self)
        desk.subscribe(self._relay)
        # 客户 reads only while it is in front; what happened meanwhile is read when it is shown.
        self._customers_changes = WhenShown(self.splitter, self._customers_changed)
        self.changed.connect(self._customers_changes.notify)
        self.customer_list.customer_chosen.connect(self._choose_customer)
        self.customer_list.count_changed.connect(self._show_count)
        self.customer_model.modelReset.connect(self._reselect)
        self.customer_list.customers_deleted.connect(self._customers_deleted)
        self.card.saved.connect(self._customer_saved)
        self.card.open_customer.connect(self.open_customer)
        self.card.dirty_changed.connect(self.setWindowModified)

        self.tabs.currentChanged.connect(self._page_changed)
        self.activity_bar = ActivityBar(self)
        self.tabs.setCornerWidget(self.activity_bar, Qt.Corner.TopRightCorner)

        self._restore_geometry()
        self.layout_memory = LayoutMemory(settings, self)
        self._show_count()
        first = self.customer_model.customer_id(0)
        if first is not None:
            self.card.show_customer(first)
            self.customer_list.select_customer(first)

    # -- pages ---------------------------------------------------------------------------
    def add_page(self, widget: QWidget | Callable[[], QWidget], title: str,
                 shortcut: str | QKeySequence | None = None) -> int:
        """Add a page as a tab, with an entry in 视图 (Ctrl+<n> unless ``shortcut`` is given).

        ``widget`` may be a function making the page: it is then called the first time
        the tab is shown (see ``LazyPage``), so a page nobody opens costs nothing.
        """
        if not isinstance(widget, QWidget):
            widget = LazyPage(widget)
        index = self.tabs.addTab(widget, title)
        action = QAction(title, self)
        if shortcut is None and index < 9:
            shortcut = QKeySequence(f"Ctrl+{index + 1}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.tabs.setCurrentWidget(widget))
        self.view_menu.addAction(action)
        self._page_actions.append(action)
        if index == self._wanted_index or (self._wanted_index < 0 and title == self._wanted_page):
            self.tabs.setCurrentIndex(index)
        return index

    # -- customers --------------------------------------------------------------------------
    def new_customer(self) -> None:
        if not self.card.maybe_leave():
            return
        self.tabs.setCurrentWidget(self.customers_page)
        self.card.new_customer()
        self.customer_list.select_customer(None)
        self.card.fields["name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_customer(self, customer_id: int) -> bool:
        """Show a customer's card (from a link, another page…), asking about unsaved edits."""
        if customer_id != self.card.customer_id:
            if not self.card.maybe_leave() or not self.card.show_customer(customer_id):
                return False
        self.tabs.setCurrentWidget(self.customers_page)
        self.show_in_list(customer_id)
        return True

    def show_in_list(self, customer_id: int) -> bool:
        """Select a customer in the list; when the list's filter hides them, clear it."""
        if self.customer_list.select_customer(customer_id, SELECT_FETCH_PAGES):
            return True
        if not self.customer_model.filter_text:
            return False
        self.customer_list.clear_filter()
        return self.customer_list.select_customer(customer_id, SELECT_FETCH_PAGES)

    def find_customer(self) -> None:
        self.tabs.setCurrentWidget(self.customers_page)
        self.customer_list.focus_filter()

    def _choose_customer(self, customer_id: int) -> None:
        if customer_id == self.card.customer_id:
            return
        if self.card.maybe_leave():
            self.card.show_customer(customer_id)
            # Saving on the way out reloads the list (and the saved customer is selected):
            # select the one the agent chose.
            self.customer_list.select_customer(customer_id)
        else:
            # Stay on the card being edited; put the list back where it was.
            self.customer_list.select_customer(self.card.customer_id)

    def _customer_saved(self, customer_id: int) -> None:
        # A new customer the filter does not match would vanish: show the whole list.
        self.show_in_list(customer_id)
        self.statusBar().showMessage(self.tr("已保存"), 3000)

    def _customers_deleted(self, ids: list) -> None:
        if self.card.customer_id in ids:
            self.card.new_customer()

    def _reselect(self) -> None:
        self.customer_list.select_customer(self.card.customer_id)

    def _customers_changed(self, changes: Changes) -> None:
        shown = self.card.customer_id
        if shown is not None and shown in changes.customers and not self.desk.customers.rows([shown]):
            self.card.new_customer()  # deleted (here or in another window): nothing left to show
        self.customer_model.on_changes(changes)
        self.card.on_changes(changes)

    def current_customer_id(self) -> int | None:
        """The customer the page in front is about: the card's on 客户, else what the page says."""
        page = self.tabs.currentWidget()
        if page is self.customers_page:
            return self.card.customer_id
        source = self._customer_sources.get(page)
        return source() if source is not None else None

    def set_customer_source(self, page: QWidget, source: Callable[[], "int | None"]) -> None:
        """``source()`` names the customer ``page`` has in front (the board's selected card…)."""
        self._customer_sources[page] = source

    def _page_changed(self, _index: int) -> None:
        # The customer count belongs to 客户; the other pages show their own figures.
        page = self.tabs.currentWidget()
        self.count_label.setVisible(page is self.customers_page)
        # A page with its own Ctrl+Z (the board's moves) keeps the key: two would cancel out.
        own = page is not None and any(a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
                                       for a in page.findChildren(QAction))
        self.undo_action.setShortcut(QKeySequence() if own else QKeySequence(QKeySequence.StandardKey.Undo))

    def _show_count(self) -> None:
        shown = self.customer_model.total()
        if self.customer_model.is_filtered:
            total = self.desk.count_customers()
            text = self.tr("找到 {shown} 位客户（共 {total} 位）").format(shown=shown, total=total)
        else:
            text = self.tr("共 {total} 位客户").format(total=shown)
        self.count_label.setText(text)

    # -- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.new_customer_action = file_menu.addAction(self.tr("新建客户(&N)"))
        self.new_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_customer_action.triggered.connect(self.new_customer)
        file_menu.addSeparator()
        add_import_menu(self, file_menu)  # 导入客户… / 导出客户… / 撤销上一次导入 (ui/import_actions.py)
        file_menu.addSeparator()
        # "退出" alone is also the stage of a lost prospect on the board.
        self.quit_action = file_menu.addAction(self.tr("退出程序(&X)"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.card.save_action)
        edit_menu.addAction(self.card.revert_action)
        edit_menu.addSeparator()
        self.find_action = edit_menu.addAction(self.tr("查找客户(&F)"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_customer)

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        install_shortcut_sheet(self, help_menu)  # 快捷键 (F1): ui/shortcut_sheet.py
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("关于 salesdesk(&A)"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def show_about(self) -> None:
        from .about_dialog import show_about  # ui/about_dialog.py

        show_about(self)

    # -- read-only ------------------------------------------------------------------------------
    def set_read_only(self, on: bool, reason: str = "") -> None:
        """A file that must not be changed here: a banner says why, and editing is off."""
        from .read_only import set_read_only

        set_read_only(self, on, reason)

    # -- geometry -----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = DEFAULT_SIZE
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                room = screen.availableGeometry()
                width, height = min(width, room.width() - 40), min(height, room.height() - 40)
            self.resize(width, height)
        splitter = self._settings.value("main_window/customer_splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/customer_splitter", self.splitter.saveState())
        self._settings.setValue("main_window/page", self.tabs.tabText(self.tabs.currentIndex()))
        self._settings.setValue("main_window/page_index", self.tabs.currentIndex())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.card.maybe_leave():
            event.ignore()
            return
        self.save_geometry()
        self.layout_memory.close()
        self.desk.unsubscribe(self._relay)
        wait_for_reads()  # a page's read on a worker ends before the database closes
        super().closeEvent(event)


def _relay_to(window: MainWindow):
    """A listener for ``SalesDesk.subscribe`` that does not keep the window alive."""
    ref = weakref.ref(window)

    def relay(changes: Changes) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target.changed.emit(changes)

    return relay
