"""The card's 相关信息 tab (SPEC §3): 籍贯, 婚姻状况, 家庭地址, 身份证.

Personal details the agent does not need at every glance, on a tab of their own: the
名片 page keeps fitting a 1366×768 screen, and the 身份证 stays masked (id_field.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


def related_page(box: QGroupBox) -> QWidget:
    page = QWidget()
    page.setObjectName("relatedPage")
    column = QVBoxLayout(page)
    column.setContentsMargins(2, 4, 2, 0)
    box.setMaximumWidth(640)
    column.addWidget(box)
    hint = QLabel(_tr("身份证号码只在编辑时完整显示，其他时候（包括列表和导出）只显示前 4 位和后 4 位。"))
    hint.setObjectName("idNumberHint")
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #5f6368;")
    column.addWidget(hint)
    column.addStretch(1)
    return page
