"""The shape diagnosis under the board: plain words, the names behind each, one action."""
from __future__ import annotations

import html
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from salesdesk.core.diagnosis import Diagnosis
from salesdesk.i18n import tr

#: Names listed per diagnosis; the rest are counted ("等 N 位").
MAX_NAMES = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagnosisPanel", text)


def healthy_html() -> str:
    return ("<p style='color:#1e8e3e'>" + _tr("<b>✓ {title}</b>：{text}").format(
        title=html.escape(_tr("形态健康")), text=html.escape(_tr("漏斗逐级收窄，日期都在销售周期内。保持每天的拨打量。")))
        + "</p>")


def diagnosis_html(d: Diagnosis) -> str:
    """One diagnosis: its name, what the board shows, the next action, the names (links)."""
    names = [f"<a href='p:{n.prospect_id}'>{html.escape(n.name)}</a>" for n in d.prospects[:MAX_NAMES]]
    if len(d.prospects) > MAX_NAMES:
        names.append(html.escape(_tr("等 {n} 位").format(n=len(d.prospects))))
    who = ("<br>" + html.escape(_tr("相关：")) + tr("、", "list separator").join(names)) if names else ""
    head = _tr("{title}　{finding}").format(
        title=f"<b style='color:#c5221f'>● {html.escape(d.title)}</b>", finding=html.escape(d.finding))
    return head + f"<br><b>{html.escape(_tr('下一步：'))}</b>{html.escape(d.action)}{who}"


class DiagnosisPanel(QFrame):
    """Each diagnosis in its own cell, side by side, so all of them show at once."""

    #: A name was clicked: the board selects that prospect's card.
    prospect_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diagnosisPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        title = QLabel(_tr("看板形态诊断"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        inner = QWidget()
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        self.cells: list[QLabel] = []
        self.diagnoses: list[Diagnosis] = []

    def show_diagnoses(self, diagnoses: Sequence[Diagnosis]) -> None:
        diagnoses = list(diagnoses)
        if diagnoses == self.diagnoses and self.cells:
            return
        self.diagnoses = diagnoses
        texts = [diagnosis_html(d) for d in diagnoses] or [healthy_html()]
        while len(self.cells) < len(texts):
            cell = QLabel()
            cell.setWordWrap(True)
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            cell.linkActivated.connect(self._on_link)
            self._row.addWidget(cell, 1)
            self.cells.append(cell)
        for i, cell in enumerate(self.cells):
            cell.setVisible(i < len(texts))
            cell.setText(texts[i] if i < len(texts) else "")

    def html(self) -> str:
        """Everything the panel shows, as rich text."""
        return "".join(c.text() for c in self.cells if not c.isHidden())

    def _on_link(self, href: str) -> None:
        if href.startswith("p:") and href[2:].isdigit():
            self.prospect_clicked.emit(int(href[2:]))
