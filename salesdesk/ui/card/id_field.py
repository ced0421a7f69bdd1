"""The 身份证 field: the number masked (``3301**********1234``) except while it is being edited.

The card reads and writes it as any line edit (``text()`` / ``setText()``) and always gets the
whole number; what the screen shows outside editing, and what a copy or a screenshot takes,
is the mask (core.idcard.mask).
"""
from __future__ import annotations

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from salesdesk.core.customer import MAX_LEN
from salesdesk.core.idcard import mask


class IdNumberEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = ""
        self._editing = False
        self.setMaxLength(MAX_LEN["id_number"])
        self.setPlaceholderText(self.tr("18 位，末位可以是 X"))
        self.setToolTip(self.tr("身份证号码只在编辑时完整显示"))

    # What the card reads and writes: the whole number.
    def text(self) -> str:  # noqa: D401 - QLineEdit's own name
        return super().text() if self._editing else self._value

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._value = text or ""
        super().setText(self._value if self._editing else mask(self._value))

    def shown_text(self) -> str:
        """What the screen shows now."""
        return super().text()

    def is_editing(self) -> bool:
        return self._editing

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if not self._editing:
            self._editing = True
            self.blockSignals(True)
            super().setText(self._value)
            self.blockSignals(False)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self._editing:
            self._value = super().text()
            self._editing = False
            self.blockSignals(True)
            super().setText(mask(self._value))
            self.blockSignals(False)
