"""文件 → 导入客户… / 导出客户… / 撤销上一次导入: the main window's menu entries for §3.3."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from salesdesk.services import ServiceError

EXPORTS = "customer_export"


def add_import_menu(window: QMainWindow, menu: QMenu) -> None:
    """The three entries, in ``menu`` (the window keeps them as attributes for tests)."""
    window.import_action = menu.addAction(window.tr("导入客户(&I)…"))
    window.import_action.triggered.connect(lambda: open_import_wizard(window))
    window.export_customers_action = menu.addAction(window.tr("导出客户(&E)…"))
    window.export_customers_action.triggered.connect(lambda: export_customers(window))
    window.undo_import_action = menu.addAction(window.tr("撤销上一次导入(&U)"))
    window.undo_import_action.triggered.connect(lambda: undo_import(window))


def _refused(window) -> bool:
    reason = getattr(window, "read_only_reason", "") or getattr(window.desk.db, "read_only_reason", "")
    if reason:
        window.messages.warn(window, window.tr("无法导入"), reason)
        return True
    return False


def open_import_wizard(window):
    """Open the wizard (window-modal, not blocking); returns it."""
    from .import_wizard import ImportWizard

    if _refused(window):
        return None
    wizard = ImportWizard(window.desk, window.messages, window)
    window._import_wizard = wizard
    wizard.open()
    return wizard


def export_customers(window) -> None:
    from salesdesk.reports.customer_export import write_rows
    from salesdesk.reports.errors import ReportError

    title = window.tr("导出客户")
    path = window.messages.save_file(window, title, window.tr("客户.xlsx"),
                                     window.tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"), kind=EXPORTS, suffix=".xlsx")
    if not path:
        return
    query = None
    model = getattr(window, "customer_model", None)
    if model is not None and model.is_filtered:
        shown = model.total()
        every = window.tr("全部客户")
        listed = window.tr("只导出列表中筛选出的 {n} 位").format(n=shown)
        if window.messages.choose(window, title, window.tr("导出哪些客户？"), [every, listed]) == 1:
            query = model.query
    try:
        table = window.desk.imports.export_table(query)
        write_rows(table.headers, (values for _, values in table.rows), path)
    except (ReportError, ServiceError) as exc:
        window.messages.warn(window, title, str(exc))
        return
    window.messages.inform(window, title, window.tr("已导出 {n} 位客户到 {path}").format(n=len(table.rows), path=path))


def undo_import(window) -> None:
    title = window.tr("撤销上一次导入")
    last = window.desk.imports.last_import()
    if last is None:
        window.messages.inform(window, title, window.tr("没有可以撤销的导入"))
        return
    question = window.tr("撤销 {at:%Y-%m-%d %H:%M} 导入的“{file}”？将删除导入的 {added} 位客户，恢复 {merged} 位合并过的客户"
                         "（撤销前会先备份）。").format(at=last.at, file=last.file_name, added=last.added, merged=last.merged)
    if not window.messages.ask(window, title, question):
        return
    try:
        undo = window.desk.imports.undo_last()
    except ServiceError as exc:
        window.messages.warn(window, title, str(exc))
        return
    window.messages.inform(window, title, window.tr("已撤销：删除 {removed} 位客户，恢复 {reverted} 位客户")
                           .format(removed=undo.removed, reverted=undo.reverted))
