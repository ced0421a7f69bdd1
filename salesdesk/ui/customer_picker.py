"""Choose one customer (e.g. a 介绍人) with the same filter and paged list as the main page."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from salesdesk.services import SalesDesk

from .customer_list import CustomerListPanel
from .customer_model import CustomerTableModel


class CustomerPickerDialog(QDialog):
    def __init__(self, desk: SalesDesk, title: str, exclude: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._exclude = exclude
        self.model = CustomerTableModel(desk, parent=self)
        self.panel = CustomerListPanel(self.model, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        # Named here too: Qt's own translations may not be installed (tests, a bare build).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.panel.view.doubleClicked.connect(lambda _index: self.accept())
        self.panel.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_ok())
        self.model.modelReset.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self._update_ok()
        self.panel.filter_edit.setFocus()

    def chosen(self) -> int | None:
        customer_id = self.panel.current_customer()
        return None if customer_id == self._exclude else customer_id

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)


def pick_customer(parent: QWidget | None, desk: SalesDesk, title: str, exclude: int | None = None) -> int | None:
    """Modal: the chosen customer's id, or None when cancelled."""
    dialog = CustomerPickerDialog(desk, title, exclude, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
