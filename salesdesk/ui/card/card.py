"""The customer card (客户名片): view, add and edit one customer, and see their prospects.

Nothing is written until 保存 (Ctrl+S). Errors the services find are shown in red under
the field they concern and nothing is saved. Leaving a card with unsaved edits asks
保存 / 放弃 / 取消 (``maybe_leave``).
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from salesdesk.core.customer import CustomerData
from salesdesk.i18n import tr
from salesdesk.services import Changes, InvalidInput, LikelyDuplicate, NotFound, SalesDesk, ServiceError, StaleEdit

from ..customer_picker import pick_customer
from ..merge_dialog import open_merge_dialog
from ..messages import Messages, SaveChoice
from ..prospect_panel import ProspectPanel

from .contacts_tab import ContactsTab
from .referrals_tab import ReferralsTab
from .duplicate_warning import answer_duplicate
from .form import CardForm, _DateErrors
from .grade_hints import show_grade_hints
from .layout import ERROR_STYLE

PickCustomer = Callable[[QWidget, SalesDesk, str, "int | None"], "int | None"]


class CustomerCard(CardForm, QWidget):
    """``saved(id)`` after a save; ``open_customer(id)`` when a referral link is clicked."""

    saved = Signal(int)
    dirty_changed = Signal(bool)
    open_customer = Signal(int)

    def __init__(self, desk: SalesDesk, messages: Messages | None = None,
                 pick: PickCustomer = pick_customer, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._messages = messages or Messages()
        self._pick = pick
        #: Opens the merge dialog (tests replace it): (parent, desk, keep, other, messages) -> result.
        self.open_merge = open_merge_dialog
        self._customer_id: int | None = None
        self._loaded = CustomerData()
        self._referrer_id: int | None = None
        self._clean: tuple = ()
        self._dirty = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("cardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_action = QAction(self.tr("保存客户"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.revert_action = QAction(self.tr("撤销修改"), self)
        self.revert_action.triggered.connect(self.revert)

        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setToolTip(self.tr("保存客户（{key}）").format(
            key=self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("撤销修改"), self)
        self.revert_button.clicked.connect(self.revert)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_form(), self.tr("名片"))
        self.prospect_panel = ProspectPanel(desk, self._messages, self)
        self.prospect_panel.count_changed.connect(self._show_prospect_count)
        self.tabs.addTab(self.prospect_panel, self.tr("潜在客户"))
        self.contacts_tab = ContactsTab(desk, self._messages, self)
        self.tabs.addTab(self.contacts_tab, self.tr("交流记录"))
        self.referrals_tab = ReferralsTab(desk, self)
        self.referrals_tab.open_customer.connect(self.open_customer)
        self.tabs.addTab(self.referrals_tab, self.tr("人脉关系"))
        self.tabs.addTab(self.related_page, self.tr("相关信息"))

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(header)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        self.new_customer()

    # -- state ------------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        """The customer shown, None for a new one not yet saved."""
        return self._customer_id

    def is_dirty(self) -> bool:
        return self._dirty

    def new_customer(self) -> None:
        """An empty card; does not ask about unsaved edits (call ``maybe_leave`` first)."""
        self._customer_id = None
        self._show(CustomerData())
        self.tabs.setCurrentIndex(0)

    def show_customer(self, customer_id: int) -> bool:
        """Load a customer; does not ask about unsaved edits (call ``maybe_leave`` first)."""
        try:
            data = self._desk.get_customer(customer_id)
        except NotFound as exc:
            self._messages.warn(self, self.tr("找不到客户"), str(exc))
            return False
        self._customer_id = customer_id
        self._show(data)
        return True

    def revert(self) -> None:
        self._show(self._loaded)

    def maybe_leave(self) -> bool:
        """True when the card may show something else: clean, saved, or edits discarded."""
        if not self._dirty:
            return True
        name = self.fields["name"].text().strip() or self.tr("新客户")
        choice = self._messages.ask_save(
            self, self.tr("未保存的修改"),
            self.tr("“{name}”的名片有未保存的修改。要保存吗？").format(name=name),
        )
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            self.revert()
            return True
        return False

    # -- saving --------------------------------------------------------------------------
    def save(self, *, allow_duplicate: bool = False) -> bool:
        """Write the card through the services; False (and errors shown) when refused. A likely
        duplicate of a stored customer is asked about first (duplicate_warning.py)."""
        self._clear_errors()
        try:
            data = self.form_data()
        except _DateErrors as exc:
            self._show_errors(exc.errors)
            return False
        try:
            if self._customer_id is None:
                self._customer_id = self._desk.add_customer(data, allow_duplicate=allow_duplicate)
            else:
                self._desk.update_customer(self._customer_id, data, loaded=self._loaded,
                                           allow_duplicate=allow_duplicate)
        except LikelyDuplicate as exc:
            return answer_duplicate(self, exc)
        except StaleEdit:
            self._offer_reload()
            return False
        except InvalidInput as exc:
            self._show_errors(exc.errors or {"": str(exc)}, str(exc))
            return False
        except ServiceError as exc:
            self._show_errors({"": str(exc)})
            return False
        # Show what was stored (the services trim and normalise).
        self.show_customer(self._customer_id)
        self.saved.emit(self._customer_id)
        return True

    def _offer_reload(self) -> None:
        """Saved elsewhere since this card was loaded: reload, or keep the edits on screen."""
        if self._messages.ask(self, self.tr("名片已在别处修改"), self.tr(
                "这位客户的名片在你打开之后已在别处（另一个窗口或程序）修改过，你的修改没有保存。\n\n"
                "要重新载入最新的名片吗？这里未保存的修改将被放弃（选“否”可先把它们记下来）。")):
            self.show_customer(self._customer_id)
        else:
            self._show_errors({"": self.tr("未保存：名片已在别处修改。请重新打开这位客户后再修改。")})

    # -- changes from elsewhere -------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if self._customer_id is None:
            return
        mine = self._customer_id in changes.customers
        self.contacts_tab.on_changes(changes)
        self.referrals_tab.on_changes(changes)
        if mine or changes.stages or changes.prospects & self.prospect_panel.prospect_ids():
            self.prospect_panel.reload()
        if mine and not self._dirty:
            # Changed elsewhere (another page, an import): show it. While the agent is
            # typing here the card is left alone; their save wins. Merged away: the kept one.
            self._customer_id = self._desk.duplicates.merged_into(self._customer_id) or self._customer_id
            self.show_customer(self._customer_id)
        elif changes.customers - {self._customer_id}:
            # The referrer may have been renamed, or someone named this customer as theirs.
            self._show_referrer()

    # -- showing ------------------------------------------------------------------------------------
    def _show(self, data: CustomerData) -> None:
        self._loaded = dataclasses.replace(data)
        self._clear_errors()
        self._fill_fields(data)
        self._referrer_id = data.referrer_id
        self._show_referrer()
        self.prospect_panel.set_customer(self._customer_id)
        self.dates_editor.set_customer(self._customer_id)
        self.contacts_tab.set_customer(self._customer_id)
        self.referrals_tab.show_customer(self._customer_id)
        show_grade_hints(self)
        self._clean = self._snapshot()
        self._set_dirty(False)

    def _edited(self, *_args) -> None:
        self._set_dirty(self._snapshot() != self._clean)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        name = self._loaded.name if self._customer_id is not None else self.tr("新客户")
        self.heading.setText(name + (" *" if dirty else ""))
        if changed:
            self.dirty_changed.emit(dirty)

    def _show_prospect_count(self, count: int) -> None:
        title = self.tr("潜在客户") + (f" ({count})" if count else "")
        self.tabs.setTabText(1, title)

    # -- errors ---------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def _show_errors(self, errors: dict[str, str], summary: str = "") -> None:
        unplaced = []
        first: QWidget | None = None
        for name, message in errors.items():
            if name == "lunar_birthday":
                name = "birthday"
            label = self.errors.get(name)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.show()
            if first is None:
                first = self.fields.get(name)
        if unplaced:
            self.general_error.setText(tr("；", "list separator").join(unplaced))
            self.general_error.show()
        elif summary and len(errors) > 1:
            self.general_error.setText(self.tr("未保存：请更正标红的 {n} 处。").format(n=len(errors)))
            self.general_error.show()
        on_related = first is not None and self.related_page.isAncestorOf(first)
        self.tabs.setCurrentWidget(self.related_page if on_related else self.tabs.widget(0))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
