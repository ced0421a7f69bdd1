"""文件 → 导入客户…: a wizard from a spreadsheet to customers (SPEC §3.3).

Pages: the file (and its encoding, for a CSV); the columns (a preview of the first rows
and, per column, the field it is imported as: guessed from the header, editable,
remembered for next time); the check (every problem by row and column, every likely
duplicate with a choice per row or for all); the import itself, on a worker thread with
a progress bar and 取消 (a cancel rolls everything back), ending in a summary and a
button to save the rejected rows, with their reasons, to fix and import again.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from salesdesk.core.import_fields import import_columns
from salesdesk.core.import_values import cell_text
from salesdesk.core.text import printable
from salesdesk.i18n import N_, tr
from salesdesk.services import SalesDesk, ServiceError
from salesdesk.services.import_views import CHOICE_LABELS, DUPLICATE_CHOICES
from salesdesk.services.imports import ImportCancelled

from .background import read_in_background
from .messages import Messages

IMPORT_FILES = "import_files"
REJECTS = "import_rejects"
PREVIEW_ROWS = 20
ENCODINGS = ((N_("自动识别"), None), ("UTF-8", "utf-8"), (N_("GB18030（GBK）"), "gb18030"), (N_("Big5（繁体）"), "big5"))
WHY = {"phone": N_("电话相同"), "name+company": N_("姓名和单位相同")}


class ImportWizard(QWizard):
    """Holds what the pages share: the table read, the mapping, the check, the result."""

    imported = Signal(object)  # the ImportResult, once the import has been written

    def __init__(self, desk: SalesDesk, messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.messages = messages or Messages()
        self.table = None
        self.mapping: dict[int, str] = {}
        self.check = None
        self.result = None
        self.setWindowTitle(self.tr("导入客户"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.resize(980, 640)

    def reject(self) -> None:
        if self.run_page.running():
            self.run_page.cancel()  # the worker rolls back; the wizard closes when it has
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(self.tr("Excel 文件（.xlsx）或 CSV 文件（.csv，UTF-8 或 GBK 编码）。第一行应为标题行（姓名、手机、单位……）。"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("要导入的文件"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("浏览(&O)…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for label, _ in ENCODINGS:
            self.encoding.addItem(self.tr(label))
        form = QFormLayout(self)
        form.addRow(self.tr("文件："), row)
        form.addRow(self.tr("CSV 编码："), self.encoding)
        hint = QLabel(self.tr("导入前会自动备份数据库；导入后可用“撤销上一次导入”恢复。"))
        hint.setWordWrap(True)
        form.addRow(hint)

    def browse(self) -> None:
        path = self.w.messages.open_file(self, self.tr("导入客户"), self.tr("表格文件 (*.xlsx *.csv *.txt)"),
                                         kind=IMPORT_FILES)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        from salesdesk.reports.customer_import import BadImportFile, read_table

        try:
            table = read_table(Path(self.path_edit.text().strip()), ENCODINGS[self.encoding.currentIndex()][1])
        except BadImportFile as exc:
            self.w.messages.warn(self, self.tr("无法导入"), str(exc))
            return False
        if not table.rows:
            self.w.messages.warn(self, self.tr("无法导入"), self.tr("文件中只有标题行，没有客户"))
            return False
        self.w.table = table
        self.w.mapping = self.w.desk.imports.mapping_for(table.headers)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("对应各列"))
        self.setSubTitle(self.tr("每一列导入为哪一项，已按标题猜好；可以修改。“不导入”的列会被忽略。"))
        self.fields = [("", self.tr("（不导入）"))] + import_columns()
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("导入为"), self.tr("第一行的内容")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 180)
        self.columns.setColumnWidth(1, 170)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setDefaultSectionSize(110)
        self.remember = QCheckBox(self.tr("记住这些对应关系，下次导入时使用"))
        self.remember.setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.columns, 2)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("前 {n} 行预览：").format(n=PREVIEW_ROWS)))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        self.combos: list[QComboBox] = []
        self._checking = False
        self._checked_for: dict[int, str] | None = None

    def initializePage(self) -> None:
        self._checked_for = None
        self.w.check = None
        table = self.w.table
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        first = table.rows[0][1] if table.rows else ()
        for index, header in enumerate(table.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header or self.tr("（第 {n} 列，无标题）").format(n=index + 1)))
            combo = QComboBox()
            for name, label in self.fields:
                combo.addItem(tr(label), name)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            value = first[index] if index < len(first) else None
            self.columns.setItem(index, 2, QTableWidgetItem(printable(cell_text(value), 80)))
            self.columns.setRowHeight(index, 28)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setVerticalHeaderLabels([str(n) for n, _ in rows])
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(printable(cell_text(value), 80)))
        self._changed()

    def chosen(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}

    def _changed(self) -> None:
        if self._checking:
            return
        chosen = list(self.chosen().values())
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        labels = dict(import_columns())
        if "name" not in chosen:
            self.problem.setText(self.tr("请指定哪一列是“姓名”"))
        elif twice:
            self.problem.setText(self.tr("“{f}”对应了不止一列").format(f=tr("、", "list separator").join(tr(labels[f]) for f in twice)))
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problem.text() and not self._checking

    def validatePage(self) -> bool:
        """The check runs on a worker (20,000 rows take a second or two): 下一步 starts it and
        the wizard moves on by itself when it is done."""
        mapping = self.chosen()
        if self._checked_for == mapping and self.w.check is not None:
            return True
        if self._checking:
            return False
        self.w.mapping = mapping
        try:
            if self.remember.isChecked():
                self.w.desk.imports.remember_mapping(self.w.table.headers, mapping)
        except ServiceError as exc:
            self.w.messages.warn(self, self.tr("无法导入"), str(exc))
            return False
        self._checking = True
        self.problem.setText(self.tr("正在检查每一行……"))
        self.problem.setStyleSheet("")
        self.completeChanged.emit()
        table, desk = self.w.table, self.w.desk
        read_in_background(self, desk, lambda: desk.imports.check(table, mapping),
                           lambda check: self._checked(mapping, check), self._check_failed)
        return False

    def _checked(self, mapping: dict[int, str], check) -> None:
        self._checking = False
        self.w.check = check
        self._checked_for = mapping
        self.problem.setText("")
        self.problem.setStyleSheet("color: #b00020")
        self.completeChanged.emit()
        if self.w.currentPage() is self:
            self.w.next()

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.problem.setText("")
        self.problem.setStyleSheet("color: #b00020")
        self._changed()
        why = str(exc) if isinstance(exc, ServiceError) else self.tr("检查时出现意外错误")
        self.w.messages.warn(self, self.tr("无法导入"), why)


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("检查"))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("问题")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 120)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip_bad = QCheckBox(self.tr("跳过有问题的行，只导入正确的行（未导入的行可在最后保存为文件）"))
        self.skip_bad.toggled.connect(self.completeChanged)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setHorizontalHeaderLabels([self.tr("行"), self.tr("姓名"), self.tr("可能重复"), self.tr("处理")])
        self.duplicates.verticalHeader().setVisible(False)
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.setColumnWidth(0, 60)
        self.duplicates.setColumnWidth(1, 120)
        self.duplicates.setColumnWidth(3, 120)
        self.for_all = QComboBox()
        for choice in DUPLICATE_CHOICES:
            self.for_all.addItem(self.tr(CHOICE_LABELS[choice]), choice)
        apply_all = QPushButton(self.tr("全部应用"))
        apply_all.clicked.connect(self.apply_to_all)
        self.problem_label = QLabel(self.tr("有问题的行："))
        self.duplicate_label = QLabel(self.tr("可能重复的客户（与已有客户或文件中前面的行）："))
        all_row = QHBoxLayout()
        all_row.addWidget(self.duplicate_label, 1)
        all_row.addWidget(QLabel(self.tr("全部：")))
        all_row.addWidget(self.for_all)
        all_row.addWidget(apply_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_bad)
        layout.addLayout(all_row)
        layout.addWidget(self.duplicates, 1)
        self.choice_combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        check = self.w.check
        bad_rows = len(check.rejected_rows)
        good = check.rows - bad_rows
        self.summary.setText(self.tr("共 {rows} 行：{good} 行可以导入，{bad} 行有问题，{dups} 行可能重复。")
                             .format(rows=check.rows, good=good, bad=bad_rows, dups=len(check.duplicates)))
        self.problems.setRowCount(len(check.errors))
        for r, problem in enumerate(check.errors):
            for c, text in enumerate((str(problem.row), problem.column, problem.reason)):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        for widget in (self.problem_label, self.problems, self.skip_bad):
            widget.setVisible(bool(check.errors))
        self.skip_bad.setChecked(False)
        self.duplicates.setRowCount(len(check.duplicates))
        self.choice_combos = {}
        for r, dup in enumerate(check.duplicates):
            other = (self.tr("已有客户 {name}（编号 {id}）").format(name=dup.other_name, id=dup.customer) if dup.customer
                     else self.tr("文件第 {row} 行 {name}").format(row=dup.same_as_row, name=dup.other_name))
            for c, text in enumerate((str(dup.row), dup.name, self.tr("{other}，{why}").format(other=other, why=self.tr(WHY.get(dup.why, ""))))):
                self.duplicates.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            for choice in DUPLICATE_CHOICES:
                combo.addItem(self.tr(CHOICE_LABELS[choice]), choice)
            self.duplicates.setCellWidget(r, 3, combo)
            self.choice_combos[dup.row] = combo
        for widget in (self.duplicate_label, self.duplicates, self.for_all):
            widget.setVisible(bool(check.duplicates))
        self.completeChanged.emit()

    def apply_to_all(self) -> None:
        for combo in self.choice_combos.values():
            combo.setCurrentIndex(self.for_all.currentIndex())

    def choices(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in self.choice_combos.items()}

    def isComplete(self) -> bool:
        check = self.w.check
        return check is not None and (not check.errors or self.skip_bad.isChecked())


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, error


class _ImportJob(QRunnable):
    def __init__(self, desk: SalesDesk, kwargs: dict, signals: _Signals, stop: threading.Event):
        super().__init__()
        self.desk, self.kwargs, self.signals, self.stop = desk, kwargs, signals, stop

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progress.emit(done, total)
            return not self.stop.is_set()

        try:
            result = self.desk.imports.run(**self.kwargs, progress=progress, announce=False)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which says what happened
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class RunPage(QWizardPage):
    #: The worker has ended (imported, cancelled or failed).
    ended = Signal()

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("导入"))
        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("取消导入"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_rejects = QPushButton(self.tr("保存未导入的行(&S)…"))
        self.save_rejects.clicked.connect(self.save_rejected)
        self.save_rejects.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_rejects)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._stop = threading.Event()
        self._signals: _Signals | None = None
        self._running = False
        self._done = False
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)

    def running(self) -> bool:
        return self._running

    def initializePage(self) -> None:
        self._done = False
        self._stop.clear()
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("正在备份并导入……"))
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.w.button(QWizard.WizardButton.CancelButton).setVisible(True)
        self.save_rejects.setVisible(False)
        self._signals = _Signals()
        self._signals.progress.connect(self._progress)
        self._signals.finished.connect(self._finished)
        kwargs = dict(table=self.w.table, mapping=self.w.mapping, on_duplicate="skip",
                      choices=self.w.check_page.choices(), skip_bad_rows=self.w.check_page.skip_bad.isChecked())
        self._running = True
        self.pool.start(_ImportJob(self.w.desk, kwargs, self._signals, self._stop))

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("正在取消……"))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(self.tr("正在导入：{done} / {total}").format(done=done, total=total))

    def _finished(self, result, error) -> None:
        self._running = False
        self._done = True
        self.cancel_button.setVisible(False)
        self.bar.setRange(0, 1)
        if error is not None:
            self.bar.setValue(0)
            if isinstance(error, ImportCancelled):
                self.status.setText(self.tr("已取消：没有导入任何客户，数据库未改变。"))
            elif isinstance(error, ServiceError):
                self.status.setText(self.tr("导入失败，数据库未改变：{why}").format(why=str(error)))
            else:
                self.status.setText(self.tr("导入失败，数据库未改变（出现意外错误）。"))
            self.completeChanged.emit()
            self.ended.emit()
            return
        self.bar.setValue(1)
        self.w.result = result
        self.w.desk.imports.announce(result)
        self.status.setText(self.tr("导入完成：新增 {added} 位客户，合并 {merged} 行，跳过 {skipped} 行，未导入（有问题）{rejected} 行。")
                            .format(added=result.imported, merged=result.merged,
                                    skipped=result.skipped - (result.rejected if result.rejected_rows else 0),
                                    rejected=len(result.rejected_rows)))
        self.save_rejects.setVisible(bool(result.rejected_rows))
        self.w.button(QWizard.WizardButton.CancelButton).setVisible(False)  # it is done: only 完成 is left
        self.w.imported.emit(result)
        self.completeChanged.emit()
        self.ended.emit()

    def isComplete(self) -> bool:
        return self._done

    def save_rejected(self) -> None:
        from salesdesk.reports.customer_export import write_rejects
        from salesdesk.reports.errors import ReportError

        result = self.w.result
        path = self.w.messages.save_file(self, self.tr("保存未导入的行"), self.tr("未导入的行.xlsx"),
                                         self.tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"), kind=REJECTS, suffix=".xlsx")
        if not path:
            return
        try:
            write_rejects(result.headers, result.rejected_rows, path)
        except ReportError as exc:
            self.w.messages.warn(self, self.tr("无法保存"), str(exc))
            return
        self.w.messages.inform(self, self.tr("已保存"), self.tr("未导入的行（含原因列）已保存到 {path}，改正后可再次导入。").format(path=path))
