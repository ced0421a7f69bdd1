"""快捷键 (F1): every keyboard shortcut of the main window, read from the window itself.

Nothing is listed by hand: the sheet walks the live window (its menus, the one-click bar,
every page — pages not built yet are built first — and the customer card) for QActions and
QShortcuts with keys, plus the menu bar's Alt+letter keys. A shortcut added anywhere shows
up here by itself. Its description is the action's text (with the menu it sits in), or a
longer one given with ``describe`` where the text alone says too little.

``find_conflicts`` looks, page by page and for every widget that can take the focus, for one
key bound to two live shortcuts at once: Qt then runs neither ("Ambiguous shortcut overload").
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QMenu, QMenuBar,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from .about_dialog import bring_forward
from .page_refresh import LazyPage

#: Dynamic property holding a shortcut's description when its text says too little.
HELP_PROPERTY = "shortcutHelp"
#: Dynamic property of a widget listing the keys it handles itself (``declare_keys``).
KEYS_PROPERTY = "shortcutKeys"
#: Keys as the sheet writes them (the board's style: arrows as arrows).
_KEY_NAMES = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓", "Return": "Enter", "Del": "Delete", "Ins": "Insert"}
_MNEMONIC = re.compile(r"\(&(.)\)|&(?=[^&])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def describe(target: QAction | QShortcut, text: str) -> None:
    """Give a shortcut its line in the sheet (else its text is used)."""
    target.setProperty(HELP_PROPERTY, text)


def declare_keys(widget: QWidget, keys: list[tuple[list[str], str]]) -> None:
    """Keys ``widget`` handles itself (in ``keyPressEvent`` or an event filter, not as a
    shortcut): ``[(["Left", "Right"], "移到相邻的列"), …]`` — listed on the sheet with its page."""
    widget.setProperty(KEYS_PROPERTY, [[list(names), text] for names, text in keys])


def key_text(sequence: QKeySequence) -> str:
    """``Ctrl+Shift+Left`` → ``Ctrl+Shift+←`` (macOS: the system's own ⌘⇧← style)."""
    if sys.platform == "darwin":
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    parts = sequence.toString(QKeySequence.SequenceFormat.PortableText).split("+")
    return "+".join(_KEY_NAMES.get(part, part) for part in parts if part) or "+"


def _key_texts(keys: list[QKeySequence]) -> list[str]:
    """Each key once as written (Return and the keypad's Enter both read "Enter")."""
    return list(dict.fromkeys(key_text(k) for k in keys))


def plain(text: str) -> str:
    """A menu text without its mnemonic, shortcut column and arrows: "新建客户(&N)\tCtrl+N" → "新建客户"."""
    text = text.split("\t", 1)[0]
    return _MNEMONIC.sub("", text).replace("&&", "&").strip(" ◀▶")


@dataclass
class Entry:
    keys: list[str]
    description: str
    source: QObject
    #: An Alt+letter taken from a menu's or a button's name (it follows the language's words).
    mnemonic: bool = False


@dataclass
class Group:
    title: str
    entries: list[Entry] = field(default_factory=list)


# -- where the shortcuts are ------------------------------------------------------------------
def build_pages(window) -> None:
    """Make every page a tab would make on first show, so their shortcuts exist."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.page()


def _keys(source: QObject) -> list[QKeySequence]:
    if isinstance(source, QAction):
        return [k for k in source.shortcuts() if not k.isEmpty()]
    if isinstance(source, QShortcut):
        return [k for k in source.keys() if not k.isEmpty()]
    return []


def _widgets_of(source: QObject) -> list[QWidget]:
    if isinstance(source, QAction):
        return [o for o in source.associatedObjects() if isinstance(o, QWidget)]
    parent = source.parent()
    return [parent] if isinstance(parent, QWidget) else []


def _context(source: QObject) -> Qt.ShortcutContext:
    return source.shortcutContext() if isinstance(source, QAction) else source.context()


def _menu_path(menu: QMenu, bar: QMenuBar) -> list[str] | None:
    """The titles from the menu bar down to ``menu``; None when no menu bar reaches it."""
    seen: set[int] = set()
    titles: list[str] = []
    while id(menu) not in seen:
        seen.add(id(menu))
        titles.insert(0, plain(menu.title()))
        holders = [o for o in menu.menuAction().associatedObjects() if isinstance(o, (QMenu, QMenuBar))]
        if bar in holders:
            return titles
        parents = [o for o in holders if isinstance(o, QMenu)]
        if not parents:
            return None
        menu = parents[0]
    return None


def _in_window(widget: QWidget, window) -> bool:
    """Part of the main window itself (its menus included), not of a dialog it owns."""
    return isinstance(widget, QMenu) or widget.window() is window


def _is_within(widget: QWidget | None, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        if widget.isWindow():
            return False
        widget = widget.parentWidget()
    return False


class _Scopes:
    """Names the part of the window a widget belongs to: 客户列表, 客户名片, a page…"""

    def __init__(self, window):
        self.window = window
        self.global_title = _tr("全局（任何页面）")
        self.areas: list[tuple[QWidget, str]] = []
        for name, title in (("customer_list", _tr("客户列表")), ("card", _tr("客户名片"))):
            widget = getattr(window, name, None)
            if isinstance(widget, QWidget):
                self.areas.append((widget, title))
        self.pages = [(window.tabs.widget(i), plain(window.tabs.tabText(i))) for i in range(window.tabs.count())]

    def order(self) -> list[str]:
        titles = [self.global_title] + [t for _w, t in self.areas] + [t for _w, t in self.pages]
        return list(dict.fromkeys(titles))

    def of_widget(self, widget: QWidget) -> str:
        for area, title in self.areas + self.pages:
            if _is_within(widget, area):
                return title
        return self.global_title


def _describe(source: QObject, prefix: list[str]) -> str:
    given = source.property(HELP_PROPERTY)
    if isinstance(given, str) and given:
        text = given
    elif isinstance(source, QAction):
        text = plain(source.text()) or plain(source.toolTip())
    else:
        text = plain(source.whatsThis()) or source.objectName()
    return " → ".join(prefix + [text]) if prefix else text


def collect(window) -> list[Group]:
    """Every shortcut of ``window`` (its lazy pages built first), grouped by where it works."""
    build_pages(window)
    scopes = _Scopes(window)
    groups = {title: Group(title) for title in scopes.order()}
    bar = window.menuBar()
    listed: set[int] = set()

    def add(title: str, entry: Entry) -> None:
        groups.setdefault(title, Group(title)).entries.append(entry)

    # The menu bar's own keys (Alt+F opens 文件…), then the menus' entries in their order.
    for action in bar.actions():
        menu = action.menu()
        mnemonic = QKeySequence.mnemonic(action.text())
        if not mnemonic.isEmpty() and action.isVisible():
            add(scopes.global_title, Entry([key_text(mnemonic)],
                                           _tr("打开“{menu}”菜单").format(menu=plain(action.text())), action, True))
        if isinstance(menu, QMenu):
            _walk_menu(menu, [plain(menu.title())], scopes, add, listed)

    sources: list[QObject] = list(window.findChildren(QAction)) + list(window.findChildren(QShortcut))
    for source in sources:
        keys = _keys(source)
        if not keys or id(source) in listed:
            continue
        listed.add(id(source))
        widgets = _widgets_of(source)
        if widgets and not any(_in_window(w, window) for w in widgets):
            continue  # a dialog's own (the window owns the dialog, not its keys)
        prefix: list[str] = []
        if _context(source) == Qt.ShortcutContext.ApplicationShortcut or not widgets:
            title = scopes.global_title
        else:
            titles = [scopes.of_widget(w) for w in widgets if not isinstance(w, QMenu)]
            title = titles[0] if titles else scopes.global_title
        if any(w is getattr(window, "activity_bar", None) for w in widgets):
            prefix = [_tr("一键记录")]
        add(title, Entry(_key_texts(keys), _describe(source, prefix), source))

    for button in window.findChildren(QAbstractButton):
        mnemonic = QKeySequence.mnemonic(button.text())
        if not mnemonic.isEmpty() and _in_window(button, window):
            add(scopes.of_widget(button), Entry([key_text(mnemonic)], plain(button.text()), button, True))

    for widget in window.findChildren(QWidget):
        declared = widget.property(KEYS_PROPERTY) if _in_window(widget, window) else None
        for names, text in declared or ():
            add(scopes.of_widget(widget), Entry(_key_texts([QKeySequence(n) for n in names]), text, widget))

    for group in groups.values():
        # One line per key set: an action in two places (the card's save, in 编辑 too) once.
        seen: dict[tuple, Entry] = {}
        for entry in group.entries:
            seen.setdefault((tuple(entry.keys), entry.description), entry)
        group.entries = list(seen.values())
    return [g for g in groups.values() if g.entries]


def _walk_menu(menu: QMenu, path: list[str], scopes: _Scopes, add, listed: set[int]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            _walk_menu(action.menu(), path + [plain(action.menu().title())], scopes, add, listed)
            continue
        keys = _keys(action)
        if not keys or id(action) in listed:
            continue
        listed.add(id(action))
        add(scopes.global_title, Entry(_key_texts(keys), _describe(action, path), action))


# -- conflicts ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    where: str
    key: str
    descriptions: tuple[str, ...]


def _is_live(source: QObject, focus: QWidget, window) -> bool:
    """Whether Qt would run ``source`` for its key with ``focus`` focused (qshortcutmap's rules)."""
    if not source.isEnabled():
        return False
    context = _context(source)
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    for widget in _widgets_of(source):
        if isinstance(widget, QMenu):
            if context == Qt.ShortcutContext.WindowShortcut and _menu_path(widget, window.menuBar()) is not None:
                return True
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if context == Qt.ShortcutContext.WindowShortcut and widget.window() is window:
            return True
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut and _is_within(focus, widget):
            return True
        if context == Qt.ShortcutContext.WidgetShortcut and focus is widget:
            return True
    return False


def _mnemonics(window) -> list[tuple[QKeySequence, QObject, str]]:
    """Alt+letter keys Qt registers for the menu bar and for buttons (window-wide)."""
    found = []
    for action in window.menuBar().actions():
        key = QKeySequence.mnemonic(action.text())
        if not key.isEmpty() and action.isVisible():
            found.append((key, action, plain(action.text())))
    for button in window.findChildren(QAbstractButton):
        key = QKeySequence.mnemonic(button.text())
        if not key.isEmpty() and button.isVisible() and button.isEnabled():
            found.append((key, button, plain(button.text())))
    return found


def _conflicts_now(window, where: str) -> set[Conflict]:
    sources = [s for s in list(window.findChildren(QAction)) + list(window.findChildren(QShortcut)) if _keys(s)]
    focusable = [w for w in window.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus] + [window]
    fixed = _mnemonics(window)
    found: set[Conflict] = set()
    for focus in focusable:
        bound: dict[str, dict[int, str]] = {}
        for source in sources:
            if _is_live(source, focus, window):
                for key in _keys(source):
                    bound.setdefault(key.toString(), {})[id(source)] = _describe(source, [])
        for key, owner, text in fixed:
            bound.setdefault(key.toString(), {})[id(owner)] = text
        for key, owners in bound.items():
            if len(owners) > 1:
                found.add(Conflict(where, key_text(QKeySequence(key)), tuple(sorted(owners.values()))))
    return found


def find_conflicts(window) -> list[Conflict]:
    """Keys bound twice at once, on any page and any tab of a page (e.g. the card's)."""
    build_pages(window)
    tabs = window.tabs
    before = tabs.currentIndex()
    found: set[Conflict] = set()
    try:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            where = plain(tabs.tabText(index))
            found |= _conflicts_now(window, where)
            inner = [t for t in tabs.widget(index).findChildren(QTabWidget) if t.isVisible()]
            for tab_widget in inner:
                was = tab_widget.currentIndex()
                for sub in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(sub)
                    QApplication.processEvents()
                    found |= _conflicts_now(window, f"{where} · {plain(tab_widget.tabText(sub))}")
                tab_widget.setCurrentIndex(was)
    finally:
        tabs.setCurrentIndex(before)
    first: dict[tuple, Conflict] = {}  # the same pair on every tab of a page: said once
    for conflict in sorted(found, key=lambda c: (len(c.where), c.where, c.key)):
        first.setdefault((conflict.key, conflict.descriptions), conflict)
    return sorted(first.values(), key=lambda c: (c.where, c.key))


# -- the sheet ----------------------------------------------------------------------------------
class ShortcutSheet(QDialog):
    """The list, grouped, with a filter; read again from the window each time it is shown."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("快捷键"))
        self._window = window
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutFilter")
        self.filter_edit.setPlaceholderText(self.tr("查找按键或功能，例如 Ctrl+S 或 保存"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("按键"), self.tr("功能")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.groups: list[Group] = []
        self.resize(680, 620)

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.groups = collect(self._window)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.tree.clear()
        for group in self.groups:
            top = QTreeWidgetItem([group.title])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for entry in group.entries:
                top.addChild(QTreeWidgetItem([" / ".join(entry.keys), entry.description]))
            top.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0) + 24, 150))
        self._apply_filter(self.filter_edit.text())

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, description) of every line, as listed."""
        return [(g.title, " / ".join(e.keys), e.description) for g in self.groups for e in g.entries]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            shown = 0
            for j in range(top.childCount()):
                child = top.child(j)
                haystack = f"{child.text(0)} {child.text(1)} {top.text(0)}".casefold()
                hide = any(w not in haystack for w in words)
                child.setHidden(hide)
                shown += not hide
            top.setHidden(shown == 0)

    def open_sheet(self) -> None:
        self.reload()
        bring_forward(self)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)


def install_shortcut_sheet(window, help_menu: QMenu) -> QAction:
    """帮助 → 快捷键 (F1) on ``window``: the sheet is made when first asked for."""
    action = QAction(_tr("快捷键(&K)"), window)
    keys = [QKeySequence(Qt.Key.Key_F1)]
    if sys.platform == "darwin":  # ⌘? as well, where Mac users look for help
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) if k not in keys]
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    describe(action, _tr("快捷键一览（本表）"))

    def open_sheet() -> None:
        sheet = getattr(window, "shortcut_sheet", None)
        if sheet is None:
            sheet = ShortcutSheet(window)
            window.shortcut_sheet = sheet
        sheet.open_sheet()

    action.triggered.connect(open_sheet)
    help_menu.addAction(action)
    window.shortcut_sheet_action = action
    return action
