"""Printing and exporting the week shown on the 行动工具表, and merging department files.

Printing and PDF share one renderer (reports.weekly_pdf). Every file dialog goes through
the ``Messages`` seam, with a kind of file so each kind opens in the folder last used
for it; replacing an existing file is always asked.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
from PySide6.QtWidgets import QWidget

from salesdesk.i18n import tr
from salesdesk.reports.dept import check_department, merge_department, write_dept_export
from salesdesk.reports.errors import ReportError
from salesdesk.reports.weekly_pdf import page_layout, render_on, write_weekly_pdf
from salesdesk.reports.weekly_xlsx import TITLE, write_weekly_xlsx
from salesdesk.services import ServiceError, WriteFailed

from .messages import DEPT_EXPORT, MERGE_INPUTS, MERGED, WEEKLY_PDF, WEEKLY_XLSX, Messages, replace_question

if TYPE_CHECKING:
    from .weekly_view import WeeklyView

MAX_MERGE_FILES = 200

OpenFiles = Callable[[QWidget, str, str], list[str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeeklyView", text)


def one_by_one(messages: Messages) -> OpenFiles:
    """Several files through a seam that opens one at a time: ask until the user cancels.

    Used only while ``Messages`` has no multi-file ``open_files``.
    """
    def open_files(parent: QWidget, title: str, filter: str) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < MAX_MERGE_FILES:
            hint = _tr("（第 {n} 个，选完后点“取消”）").format(n=len(chosen) + 1)
            path = messages.open_file(parent, title + hint, filter, kind=MERGE_INPUTS)
            if not path:
                break
            chosen.append(path)
        return chosen

    return open_files


def default_open_files(messages: Messages) -> OpenFiles:
    several = getattr(messages, "open_files", None)
    if several is None:
        return one_by_one(messages)
    return lambda parent, title, filter: several(parent, title, filter, kind=MERGE_INPUTS)


class WeeklyExports(QObject):
    """The 打印 / 导出 / 合并 commands of one weekly view."""

    def __init__(self, view: "WeeklyView", open_files: OpenFiles | None = None):
        super().__init__(view)
        self.view = view
        self.messages = view.messages
        self._open_files = open_files or default_open_files(self.messages)
        self.run_dialog: Callable[[QPrintPreviewDialog], object] = lambda dialog: dialog.exec()

    # -- print -----------------------------------------------------------------------------
    def print_preview(self) -> None:
        table = self.view.table
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"{tr(TITLE)} {table.week.range_label}")
        dialog = QPrintPreviewDialog(printer, self.view)
        dialog.setWindowTitle(_tr("打印预览 — {title}").format(title=_tr(TITLE)))
        dialog.paintRequested.connect(self.print_on)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def print_on(self, printer: QPrinter) -> None:
        try:
            render_on(printer, self.view.table, self.view.agent_name())
        except ReportError as exc:
            self.messages.error(self.view, _tr("打印"), str(exc))

    # -- export ----------------------------------------------------------------------------
    def export_pdf(self) -> None:
        table = self.view.table
        title = _tr("导出 PDF")
        path = self._save_path(title, f"{tr(TITLE)}_{self._week_tag()}.pdf", _tr("PDF 文件 (*.pdf)"), ".pdf", WEEKLY_PDF)
        if path:
            self._export(title, path, lambda: write_weekly_pdf(table, path, self.view.agent_name()))

    def export_xlsx(self) -> None:
        table = self.view.table
        title = _tr("导出 Excel")
        path = self._save_path(title, f"{tr(TITLE)}_{self._week_tag()}.xlsx", _tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                               WEEKLY_XLSX)
        if path:
            self._export(title, path, lambda: write_weekly_xlsx(table, path, self.view.agent_name()))

    def export_dept(self) -> None:
        title = _tr("部门追踪表导出")
        agent = self.view.agent_name() or self._ask_agent_name(title)
        if not agent:
            return
        table = self.view.table
        path = self._save_path(title, _tr("部门追踪表_{agent}_{week}").format(agent=agent, week=self._week_tag()) + ".xlsx", _tr("Excel 工作簿 (*.xlsx)"),
                               ".xlsx", DEPT_EXPORT)
        if path:
            self._export(title, path, lambda: write_dept_export(table, path, agent))

    def merge_dept(self) -> None:
        title = _tr("合并部门追踪表")
        files = self._open_files(self.view, _tr("选择组员导出的部门追踪表（可多选）"), _tr("Excel 工作簿 (*.xlsx)"))
        if not files:
            return
        inputs = [Path(f) for f in files]
        # The files first: a refusal before the agent has chosen where to save.
        try:
            merged, _warnings = check_department(inputs)
        except ReportError as exc:
            self.view.show_status("")
            self.messages.error(self.view, title, str(exc))
            return
        tag = merged.week.start.strftime("%Y%m%d")
        path = self._save_path(title, _tr("部门追踪表_合并_{week}").format(week=tag) + ".xlsx", _tr("Excel 工作簿 (*.xlsx)"), ".xlsx", MERGED)
        if path:
            results = []
            self._export(title, path, lambda: results.append(merge_department(inputs, path)))
            for warning in results[0].warnings if results else ():  # merged, but the manager should know
                self.messages.warn(self.view, title, warning)

    # -- helpers ---------------------------------------------------------------------------
    def _ask_agent_name(self, title: str) -> str:
        """The name typed, kept as the setting ("" when cancelled or refused)."""
        name = self.messages.get_text(self.view, title, _tr("部门追踪表需要您的姓名（业务员姓名）："))
        if not name or not name.strip():
            return ""
        try:
            self.view.desk.set_setting("agent_name", name.strip())
        except WriteFailed:
            # A read-only database (or a full disk) cannot keep it: the export, which
            # writes only its own file, still goes ahead with the name.
            return name.strip()
        except ServiceError as exc:
            self.messages.warn(self.view, title, str(exc))
            return ""
        return self.view.agent_name()

    def _week_tag(self) -> str:
        return self.view.table.week.start.strftime("%Y%m%d")

    def _save_path(self, title: str, suggested: str, filter: str, suffix: str, kind: str) -> Path | None:
        chosen = self.messages.save_file(self.view, title, suggested, filter, kind=kind, suffix=suffix)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
            # The dialog asked about replacing the name typed, not this one.
            if path.exists() and not self.messages.ask(self.view, title, replace_question(path)):
                return None
        return path

    def _export(self, title: str, path: Path, write: Callable[[], object]) -> None:
        try:
            write()
        except ReportError as exc:
            self.view.show_status("")
            self.messages.error(self.view, title, str(exc))
            return
        self.view.show_status(_tr("已导出：{path}").format(path=str(path)))
        self.view.exported.emit(str(path))
