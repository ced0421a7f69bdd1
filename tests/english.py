"""Helpers for the English-build tests: find Chinese left in what a user sees.

Use with the ``english`` fixture (tests/conftest.py) and data with Latin names, so that any
Chinese found is the program's own text, not the user's.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit,
    QTabBar, QTabWidget, QTextEdit, QWidget,
)

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def chinese(texts) -> list[str]:
    """The texts among ``texts`` that still hold Chinese (or full-width punctuation)."""
    return sorted({t for t in texts if t and CJK.search(t)})


def _model_texts(view: QAbstractItemView, rows: int = 30) -> list[str]:
    model = view.model()
    if model is None:
        return []
    # A list model has one column (Qt keeps its columnCount private).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    rows = min(model.rowCount(QModelIndex()), rows)
    texts = []
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns if orientation == Qt.Orientation.Horizontal else rows
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    texts.append(value)
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user can read on ``root`` and its children: labels, buttons, menus and
    their actions, tabs, headers and cells of views, placeholders, tooltips, titles."""
    texts = [root.windowTitle(), root.toolTip()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis(), widget.accessibleName()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts += [widget.placeholderText()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in QWidget.actions(widget):  # a widget may have an attribute of that name
            texts += [action.text(), action.toolTip(), action.statusTip()]
            if action.menu() is not None:
                texts.append(action.menu().title())
                texts += [sub.text() for sub in action.menu().actions()]
    return [t for t in texts if t]


def chinese_on(root: QWidget) -> list[str]:
    """What is still Chinese on ``root`` (empty when the English build is complete there)."""
    return chinese(widget_texts(root))
