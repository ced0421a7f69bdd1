"""合并客户: two cards side by side, a choice per field that differs, what moves, confirm.

OTHER (right) is merged into KEEP (left): everything of OTHER's moves to KEEP and OTHER is
deleted (services/duplicates.py). Each field the two cards fill differently has a radio per
side, preset to the filled one (both filled: the more recently updated card's). A backup is
taken first, and 客户 → 撤销合并 reverts the last merge (``undo_last_merge``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from salesdesk.i18n import tr
from salesdesk.services import SalesDesk, ServiceError
from salesdesk.services.duplicates import MergeResult, move_summary

from .labels import shown
from .messages import Messages

#: Longest value shown on a radio; the whole text is its tooltip.
SHOWN_CHARS = 48


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARS else line[:SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    """``result`` holds the MergeResult once merged (the dialog is then accepted)."""

    def __init__(self, desk: SalesDesk, keep_id: int, other_id: int, messages: Messages | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.desk = desk
        self.messages = messages or Messages()
        self.result: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        #: The third radio of the text fields that can keep both sides (notes…).
        self.both: dict[str, QRadioButton] = {}
        self.setWindowTitle(self.tr("合并客户"))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("⇄ 交换左右"))
        self.swap_button.setObjectName("swapSides")
        self.swap_button.setToolTip(self.tr("保留右边的客户，把左边的并入"))
        self.swap_button.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)

        self.fields_page = QWidget()
        self.grid = QGridLayout(self.fields_page)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.fields_page)

        self.same = QLabel()
        self.same.setObjectName("sameFields")
        self.same.setWordWrap(True)
        self.moves = QLabel()
        self.moves.setObjectName("moveSummary")
        self.moves.setWordWrap(True)
        note = QLabel(self.tr("合并前会自动备份；合并后可用 客户 → 撤销合并 恢复原样。"))
        note.setStyleSheet("color: #666;")

        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("合并"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("confirmMerge")
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.same)
        layout.addWidget(self.moves)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self._show(keep_id, other_id)
        self.resize(*self._size())

    # -- what the dialog shows ----------------------------------------------------------
    @property
    def keep_id(self) -> int:
        return self.preview.keep_id

    @property
    def other_id(self) -> int:
        return self.preview.other_id

    def _show(self, keep_id: int, other_id: int) -> None:
        self.preview = self.desk.duplicates.compare(keep_id, other_id)
        p = self.preview
        self.intro.setText(self.tr(
            "把右边的 <b>{other}</b>（编号 {oid}）并入左边的 <b>{keep}</b>（编号 {kid}）：右边的客户将被删除，"
            "TA 的潜在客户、交流记录、活动等全部移到左边。下面选择每一项保留哪边的内容。").format(
                other=_html(p.other_name), oid=p.other_id, keep=_html(p.keep_name), kid=p.keep_id))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups.clear()
        self.radios.clear()
        self.both.clear()
        for column, text in enumerate((self.tr("项目"), self.tr("保留：{name}（编号 {id}）").format(
                name=p.keep_name, id=p.keep_id), self.tr("并入：{name}（编号 {id}）").format(
                name=p.other_name, id=p.other_id))):
            head = QLabel(f"<b>{_html(text)}</b>")
            self.grid.addWidget(head, 0, column)
        row = 1
        for choice in p.fields:
            if not choice.differs:
                continue
            label = QLabel(self.tr(choice.label))
            # A fixed choice (gender, marital status…) is stored in Chinese: shown in the user's language.
            keep = QRadioButton(_short(shown(choice.key, choice.keep)) or self.tr("（空）"))
            other = QRadioButton(_short(shown(choice.key, choice.other)) or self.tr("（空）"))
            for radio, value, side in ((keep, choice.keep, "keep"), (other, choice.other, "other")):
                radio.setObjectName(f"{choice.key}_{side}")
                radio.setToolTip(shown(choice.key, value))
            group = QButtonGroup(self)
            group.addButton(keep)
            group.addButton(other)
            if choice.can_both and choice.keep and choice.other:
                both = QRadioButton(self.tr("两边都保留（左边的在前，右边的接在下一行）"))
                both.setObjectName(f"{choice.key}_both")
                group.addButton(both)
                self.both[choice.key] = both
                self.grid.addWidget(both, row + 1, 1, 1, 2)
            checked = {"other": other, "both": self.both.get(choice.key)}.get(choice.suggested) or keep
            checked.setChecked(True)
            self.groups[choice.key] = group
            self.radios[choice.key] = (keep, other)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(keep, row, 1)
            self.grid.addWidget(other, row, 2)
            row += 2 if choice.key in self.both else 1
        if row == 1:
            self.grid.addWidget(QLabel(self.tr("两张名片的内容完全相同。")), 1, 0, 1, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(row + 1, 1)
        same = [self.tr(c.label) for c in p.fields if not c.differs and c.keep]
        self.same.setText(self.tr("两边相同：") + tr("、", "list separator").join(same) if same else "")
        self.same.setVisible(bool(same))
        self.moves.setText(self.tr("将从右边移到左边：{what}").format(what=move_summary(p.moves)))

    def choices(self) -> dict[str, str]:
        """Field -> "keep" | "other", as the radios stand."""
        out = {key: "other" if other.isChecked() else "keep" for key, (_keep, other) in self.radios.items()}
        out.update({key: "both" for key, radio in self.both.items() if radio.isChecked()})
        return out

    def swap(self) -> None:
        self._show(self.other_id, self.keep_id)

    # -- merging ----------------------------------------------------------------------------
    def merge(self) -> None:
        try:
            self.result = self.desk.duplicates.merge(self.keep_id, self.other_id, self.choices())
        except ServiceError as exc:
            self.messages.warn(self, self.tr("未能合并"), str(exc))
            return
        self.accept()

    def _size(self) -> tuple[int, int]:
        width, height = 900, 620
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        return width, height


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def open_merge_dialog(parent: QWidget | None, desk: SalesDesk, keep_id: int, other_id: int,
                      messages: Messages) -> MergeResult | None:
    """Show the dialog until it is closed; the merge's result, None when cancelled."""
    try:
        dialog = MergeDialog(desk, keep_id, other_id, messages, parent)
    except ServiceError as exc:
        messages.warn(parent, _tr("未能合并"), str(exc))
        return None
    try:
        dialog.exec()
        return dialog.result
    finally:
        dialog.deleteLater()


def undo_last_merge(parent: QWidget | None, desk: SalesDesk, messages: Messages) -> int | None:
    """Ask, then revert the latest merge; the restored customer's id, None when not done."""
    last = desk.duplicates.last_merge()
    title = _tr("撤销合并")
    if last is None:
        messages.inform(parent, title, _tr("没有可以撤销的合并。"))
        return None
    try:
        kept = desk.customer_name(last.kept_id)
    except ServiceError:
        kept = ""
    question = _tr("撤销 {at} 的合并？\n\n{other}（编号 {oid}）将恢复为单独的客户，合并时移到 {kept}（编号 {kid}）"
                          "的记录都回到 TA 名下，{kept} 的名片恢复为合并前的内容（合并后改过的项目保留）。").format(
        at=last.at.strftime("%Y-%m-%d %H:%M"), other=last.other_name, oid=last.other_id, kept=kept, kid=last.kept_id)
    if not messages.ask(parent, title, question):
        return None
    try:
        return desk.duplicates.undo_merge(last.id).restored_id
    except ServiceError as exc:
        messages.warn(parent, _tr("未能撤销合并"), str(exc))
        return None
