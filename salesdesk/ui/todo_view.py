"""待办 (SPEC §4): the four quadrants 重要紧急 / 重要不紧急 / 紧急不重要 / 不重要不紧急.

Type a to-do and Enter (it goes to the quadrant the two boxes say), double-click to edit,
tick to mark done, drag a to-do to another quadrant; Ctrl+Z takes the last step back.
A plan (计划安排) is a to-do with a period (日/周/月/季/年), start and end, and 完成度.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from salesdesk.core.quadrants import PERIODS, QUADRANTS, flags
from salesdesk.i18n import N_, tr
from salesdesk.services import Changes, SalesDesk, ServiceError
from salesdesk.services.todos import TodoView

from .messages import Messages
from .page_refresh import follow_desk
from .session_undo import UndoStack

ID_ROLE = Qt.ItemDataRole.UserRole
COLORS = {N_("重要紧急"): "#fdecea", N_("重要不紧急"): "#eaf3fd", N_("紧急不重要"): "#fff6e0", N_("不重要不紧急"): "#f2f2f2"}
#: A plan's name by its period (core.quadrants.PERIODS).
PLAN_NAMES = dict(zip(PERIODS, (N_("日计划"), N_("周计划"), N_("月计划"), N_("季计划"), N_("年计划"))))


def plan_name(period: str) -> str:
    return tr(PLAN_NAMES[period]) if period in PLAN_NAMES else period


def todo_text(t: TodoView, today: dt.date) -> str:
    parts = [t.text]
    if t.due:
        late = t.due < today and not t.done
        due = f"{t.due.month}.{t.due.day:02d}"
        parts.append(tr("（已过期 {due}）").format(due=due) if late else tr("（{due}）").format(due=due))
    if t.period:
        end = f"–{t.period_end.month}.{t.period_end.day:02d}" if t.period_end else ""
        start = f"{t.period_start.month}.{t.period_start.day:02d}" if t.period_start else ""
        parts.append(f" [{plan_name(t.period)} {start}{end} {t.progress}%]")
    if t.customer_name:
        parts.append(f" · {t.customer_name}")
    return "".join(parts)


class QuadrantList(QListWidget):
    """One quadrant; a to-do dropped here from another moves to this quadrant."""

    dropped = Signal(int, str)  # (to-do id, this quadrant)

    def __init__(self, quadrant: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{QUADRANTS.index(quadrant)}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setStyleSheet(f"QListWidget {{ background: {COLORS[quadrant]}; }}")
        self.setWordWrap(True)

    def dropEvent(self, event) -> None:
        source = event.source()
        if isinstance(source, QuadrantList) and source is not self:
            for item in source.selectedItems():
                self.dropped.emit(int(item.data(ID_ROLE)), self.quadrant)
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the reload puts it in place
            event.accept()
            return
        event.ignore()


class TodoDialog(QDialog):
    def __init__(self, todo: TodoView | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改待办") if todo else self.tr("新建待办"))
        self.text_edit = QLineEdit(todo.text if todo else "", self)
        self.text_edit.setMaxLength(500)
        self.important_box = QCheckBox(self.tr("重要"), self)
        self.urgent_box = QCheckBox(self.tr("紧急"), self)
        self.important_box.setChecked(bool(todo and todo.important))
        self.urgent_box.setChecked(bool(todo and todo.urgent))
        self.due_box = QCheckBox(self.tr("到期日"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate(todo.due) if todo and todo.due else QDate.currentDate())
        self.due_box.setChecked(bool(todo and todo.due))
        self.period_box = QComboBox(self)
        self.period_box.addItem(self.tr("（不是计划）"), "")
        for p in PERIODS:
            self.period_box.addItem(plan_name(p), p)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(todo.period if todo else "")))
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit, value in ((self.start_edit, todo.period_start if todo else None),
                            (self.end_edit, todo.period_end if todo else None)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(value) if value else QDate.currentDate())
        self.progress_spin = QSpinBox(self)
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix("%")
        self.progress_spin.setValue(todo.progress if todo else 0)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.important_box)
        flags_row.addWidget(self.urgent_box)
        flags_row.addStretch(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_box)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("内容："), self.text_edit)
        form.addRow(self.tr("象限："), flags_row)
        form.addRow("", due_row)
        form.addRow(self.tr("计划周期："), self.period_box)
        form.addRow(self.tr("开始：", "plan"), self.start_edit)
        form.addRow(self.tr("结束："), self.end_edit)
        form.addRow(self.tr("完成度："), self.progress_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        period = self.period_box.currentData()
        return {"text": self.text_edit.text().strip(), "important": self.important_box.isChecked(),
                "urgent": self.urgent_box.isChecked(),
                "due": self.due_edit.date().toPython() if self.due_box.isChecked() else None,
                "period": period, "period_start": self.start_edit.date().toPython() if period else None,
                "period_end": self.end_edit.date().toPython() if period else None,
                "progress": self.progress_spin.value()}


class TodoPage(QWidget):
    #: (customer id, None): open the customer a to-do is about
    open_customer = Signal(object, object)

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todoPage")
        self.desk = desk
        self.messages = messages or Messages()
        self.undo_stack = UndoStack(self)
        self.read_only_reason = ""
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self._filling = False
        self._build()
        self.reload()
        self._when_shown = follow_desk(self, desk, self._on_changes)

    def use_undo(self, stack: UndoStack) -> None:
        self.undo_stack = stack
        self.undo_action.setShortcut(QKeySequence())

    def _build(self) -> None:
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newTodo")
        self.new_edit.setPlaceholderText(self.tr("新待办：输入内容后按回车"))
        self.new_edit.setMaxLength(500)
        self.new_edit.returnPressed.connect(self.add_typed)
        self.new_important = QCheckBox(self.tr("重要"), self)
        self.new_urgent = QCheckBox(self.tr("紧急"), self)
        self.new_due = QDateEdit(self)
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("yyyy-MM-dd")
        self.new_due.setDate(QDate(self.desk.today()))
        self.new_due_box = QCheckBox(self.tr("到期"), self)
        self.more_button = QPushButton(self.tr("计划安排…"), self)
        self.more_button.clicked.connect(self.add_with_dialog)
        self.show_done = QCheckBox(self.tr("显示已完成"), self)
        self.show_done.toggled.connect(lambda *_: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(self.new_edit, 1)
        for w in (self.new_important, self.new_urgent, self.new_due_box, self.new_due, self.more_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(self.show_done)
        grid = QGridLayout()
        self.lists: dict[str, QuadrantList] = {}
        for i, name in enumerate(QUADRANTS):
            box = QGroupBox(self.tr(name).replace("&", "&&"), self)  # "&" is not a mnemonic here
            box.setObjectName(f"quadrantBox_{i}")
            inner = QVBoxLayout(box)
            lst = QuadrantList(name, box)
            lst.itemChanged.connect(self._ticked)
            lst.itemDoubleClicked.connect(lambda item: self.edit(int(item.data(ID_ROLE))))
            lst.dropped.connect(self.move_to_quadrant)
            inner.addWidget(lst)
            self.lists[name] = lst
            grid.addWidget(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        self.undo_action = QAction(self.tr("撤销"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.delete_action = QAction(self.tr("删除待办"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        today = self.desk.today()
        items = self.desk.todos.open()
        if self.show_done.isChecked():
            items += self.desk.todos.done_list()
        self._filling = True
        try:
            for name, lst in self.lists.items():
                lst.clear()
                for t in (t for t in items if t.quadrant == name):
                    item = QListWidgetItem(todo_text(t, today))
                    item.setData(ID_ROLE, t.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                    item.setCheckState(Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked)
                    if t.due and t.due < today and not t.done:
                        item.setForeground(Qt.GlobalColor.red)
                    lst.addItem(item)
        finally:
            self._filling = False

    def texts(self, quadrant: str) -> list[str]:
        lst = self.lists[quadrant]
        return [lst.item(i).text() for i in range(lst.count())]

    def _on_changes(self, changes: Changes) -> None:
        if changes.todos or changes.customers:
            self.reload()

    def set_read_only(self, reason: str) -> None:
        self.read_only_reason = reason
        self.new_edit.setEnabled(not reason)

    # -- writing --------------------------------------------------------------------------------
    def add_typed(self) -> int | None:
        text = self.new_edit.text().strip()
        if not text or self._refused():
            return None
        due = self.new_due.date().toPython() if self.new_due_box.isChecked() else None
        try:
            new_id = self.desk.todos.add(text, due=due, important=self.new_important.isChecked(),
                                         urgent=self.new_urgent.isChecked())
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存待办"), str(exc))
            return None
        self.new_edit.clear()
        self.undo_stack.push(self.tr("新建待办"), lambda: self.desk.todos.delete(new_id))
        return new_id

    def add_with_dialog(self) -> int | None:
        if self._refused():
            return None
        dialog = TodoDialog(None, self)
        dialog.text_edit.setText(self.new_edit.text())
        try:
            if not self.run_dialog(dialog):
                return None
            values = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            new_id = self.desk.todos.add(**values)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存待办"), str(exc))
            return None
        self.new_edit.clear()
        self.undo_stack.push(self.tr("新建待办"), lambda: self.desk.todos.delete(new_id))
        return new_id

    def edit(self, todo_id: int) -> bool:
        if self._refused():
            return False
        before = self.desk.todos.get(todo_id)
        dialog = TodoDialog(before, self)
        try:
            if not self.run_dialog(dialog):
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        return self._change(todo_id, self.tr("修改待办"), **values)

    def move_to_quadrant(self, todo_id: int, quadrant: str) -> bool:
        important, urgent = flags(quadrant)
        return self._change(todo_id, self.tr("移到{q}").format(q=tr(quadrant)), important=important, urgent=urgent)

    def set_done(self, todo_id: int, done: bool) -> bool:
        if self._refused():
            self.reload()
            return False
        try:
            view = self.desk.todos.done(todo_id) if done else self.desk.todos.undone(todo_id)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存待办"), str(exc))
            return False
        self.undo_stack.push(self.tr("完成 {t}").format(t=view.text) if done else self.tr("取消完成"),
                             lambda: self.desk.todos.undone(todo_id) if done else self.desk.todos.done(todo_id))
        return True

    def delete_selected(self) -> bool:
        item = next((lst.currentItem() for lst in self.lists.values() if lst.hasFocus() and lst.currentItem()), None)
        if item is None or self._refused():
            return False
        todo_id = int(item.data(ID_ROLE))
        if not self.messages.ask(self, self.tr("删除待办"), self.tr("删除待办“{t}”？").format(t=item.text())):
            return False
        gone = self.desk.todos.delete(todo_id)
        self.undo_stack.push(self.tr("删除待办"), lambda: self.desk.todos.restore(gone))
        return True

    def _change(self, todo_id: int, label: str, **edits) -> bool:
        if self._refused():
            self.reload()
            return False
        try:
            before = self.desk.todos.get(todo_id)
            self.desk.todos.edit(todo_id, **edits)
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能保存待办"), str(exc))
            self.reload()
            return False
        keep = {k: getattr(before, k) for k in ("text", "due", "important", "urgent", "period", "period_start",
                                                "period_end", "progress")}
        self.undo_stack.push(label, lambda: self.desk.todos.edit(todo_id, **keep))
        return True

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        self.set_done(int(item.data(ID_ROLE)), item.checkState() == Qt.CheckState.Checked)

    def undo(self) -> None:
        try:
            self.undo_stack.undo()
        except ServiceError as exc:
            self.messages.warn(self, self.tr("不能撤销"), str(exc))

    def _refused(self) -> bool:
        if self.read_only_reason:
            self.messages.warn(self, self.tr("不能修改"), self.read_only_reason)
            return True
        return False
