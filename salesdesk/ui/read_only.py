"""A database shown read-only: a banner saying why, and editing switched off.

For a file that cannot be written (its own permissions, its folder's) and for a second
window on a file another salesdesk window is editing. The connection refuses every write
as well (``query_only``), so anything a page still tried would be refused with a message,
never half done; this module makes sure the agent is not invited to try.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolBar, QWidget

from .board import ProspectBoard

if TYPE_CHECKING:
    from .main_window import MainWindow

BANNER_STYLE = ("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c060;"
                " padding: 6px 10px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("read_only", text)


class ReadOnlyBanner(QToolBar):
    """A fixed strip under the menu bar; not movable, not hideable from the context menu."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet("QToolBar#readOnlyBar { border: 0; padding: 0; spacing: 0; }")
        self.label = QLabel(self)
        self.label.setObjectName("readOnlyBanner")
        self.label.setStyleSheet(BANNER_STYLE)
        # One line (a wrapping label in a tool bar takes several times its height); the whole
        # reason is in the tooltip should a narrow window cut it.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.label)

    def show_reason(self, reason: str) -> None:
        text = _tr("只读：") + reason
        self.label.setText(text)
        self.label.setToolTip(text)


def _form_of(card) -> QWidget:
    """The card's fields (inside their scroll area, which keeps scrolling when they are off)."""
    form = card.tabs.widget(0)
    if isinstance(form, QScrollArea) and form.widget() is not None:
        return form.widget()
    return form


def set_read_only(window: "MainWindow", on: bool, reason: str = "") -> None:
    banner = window.findChild(ReadOnlyBanner)
    if banner is None:
        banner = ReadOnlyBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show_reason(reason)
    banner.setVisible(on)
    # The pages read it as they are built (the board, the settings dialog); one already
    # built is told now.
    window.read_only_reason = reason if on else ""
    for board in window.findChildren(ProspectBoard):
        board.set_read_only(window.read_only_reason)
    card = window.card
    # Containers, not the widgets in them: the card re-enables its own buttons as it shows
    # a customer, but nothing inside a disabled container can be used.
    _form_of(card).setEnabled(not on)
    card.contacts_tab.set_read_only(window.read_only_reason)
    window.activity_bar.set_read_only(window.read_only_reason)
    for button in (card.save_button, card.revert_button, card.prospect_panel.new_button):
        button.setVisible(not on)
    window.new_customer_action.setEnabled(not on)
    if on:
        card.save_action.setEnabled(False)
        card.revert_action.setEnabled(False)
    else:
        card.revert()  # back to the card's own idea of its save and revert actions
