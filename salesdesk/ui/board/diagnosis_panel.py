"""The shape diagnosis under the board: plain words, the names behind each, one action."""
from __future__ import annotations

import html
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from salesdesk.core.diagnosis import Diagnosis

#: Names listed per diagnosis; the rest are counted ("等 N 位").
MAX_NAMES = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagnosisPanel", text)


def diagnosis_html(diagnoses: Sequence[Diagnosis]) -> str:
    if not diagnoses:
        return ("<p style='color:#1e8e3e'><b>✓ " + html.escape(_tr("形态健康")) + "</b>："
                + html.escape(_tr("漏斗逐级收窄，日期都在销售周期内。保持每天的拨打量。")) + "</p>")
    parts = []
    for d in diagnoses:
        names = [f"<a href='p:{n.prospect_id}'>{html.escape(n.name)}</a>" for n in d.prospects[:MAX_NAMES]]
        more = len(d.prospects) - MAX_NAMES
        if more > 0:
            names.append(html.escape(_tr("等 {n} 位").format(n=len(d.prospects))))
        who = ("<br>" + html.escape(_tr("相关：")) + "、".join(names)) if names else ""
        parts.append(
            f"<p style='margin:0 0 6px 0'><b style='color:#c5221f'>● {html.escape(d.title)}</b>　"
            f"{html.escape(d.finding)}<br><b>{html.escape(_tr('下一步：'))}</b>{html.escape(d.action)}{who}</p>"
        )
    return "".join(parts)


class DiagnosisPanel(QFrame):
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
        self.text = QLabel()
        self.text.setObjectName("diagnosisText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.text.linkActivated.connect(self._on_link)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout.addWidget(scroll)
        self.diagnoses: list[Diagnosis] = []

    def show_diagnoses(self, diagnoses: Sequence[Diagnosis]) -> None:
        self.diagnoses = list(diagnoses)
        self.text.setText(diagnosis_html(self.diagnoses))

    def _on_link(self, href: str) -> None:
        if href.startswith("p:") and href[2:].isdigit():
            self.prospect_clicked.emit(int(href[2:]))
