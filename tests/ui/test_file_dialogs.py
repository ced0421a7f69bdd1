"""The real Messages seam's file dialogs: where they open, what they remember, what they ask."""
from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

import salesdesk.ui.messages as messages_module
from salesdesk.ui.messages import MERGE_INPUTS, WEEKLY_PDF, WEEKLY_XLSX, Messages, RecentFolders


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(messages_module, "documents_folder", lambda: str(folder))
    return folder


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


class Answered(Messages):
    """Real dialogs, answered by the test: each answer gets the dialog and returns the file
    names to choose (None = cancel); yes/no questions are recorded and answered from a list."""

    def __init__(self, settings, answers):
        super().__init__(settings)
        self.answers = deque(answers)
        self.opened_in: list[str] = []
        self.asked: list[str] = []
        self.yes_no: deque[bool] = deque()

    def _run(self, dialog: QFileDialog) -> bool:
        self.opened_in.append(dialog.directory().absolutePath())
        chosen = self.answers.popleft()
        if chosen is None:
            return False
        if len(chosen) == 1:
            dialog.selectFile(chosen[0])
        else:
            dialog.selectFile(" ".join(f'"{name}"' for name in chosen))
        return True

    def ask(self, parent, title, text):
        self.asked.append(text)
        return self.yes_no.popleft()


def test_a_kind_of_file_opens_in_documents_then_where_it_was_last_saved(qapp, settings, documents, tmp_path):
    reports = tmp_path / "周报"
    reports.mkdir()
    dialogs = Answered(settings, [[str(reports / "本周")], ["下周"], ["图表"]])

    assert dialogs.save_file(None, "导出 Excel", "表.xlsx", "Excel 工作簿 (*.xlsx)", kind=WEEKLY_XLSX,
                             suffix=".xlsx") == str(reports / "本周.xlsx")
    dialogs.save_file(None, "导出 Excel", "表.xlsx", "", kind=WEEKLY_XLSX, suffix=".xlsx")
    dialogs.save_file(None, "导出 PDF", "表.pdf", "", kind=WEEKLY_PDF, suffix=".pdf")

    assert dialogs.opened_in == [str(documents), str(reports), str(documents)]
    # Remembered in the settings, for the next start of the program.
    assert RecentFolders(QSettings(settings.fileName(), QSettings.Format.IniFormat)).folder(WEEKLY_XLSX) == str(reports)


def test_a_remembered_folder_that_is_gone_opens_documents(qapp, settings, documents, tmp_path):
    gone = tmp_path / "U盘"
    gone.mkdir()
    folders = RecentFolders(settings)
    folders.remember(WEEKLY_XLSX, gone / "周报.xlsx")
    gone.rmdir()
    assert folders.folder(WEEKLY_XLSX) == str(documents)


def test_documents_is_a_real_folder():
    assert Path(messages_module.documents_folder()).is_dir()


def test_replacing_a_file_is_asked_under_the_name_completed_with_its_extension(qapp, settings, documents):
    existing = documents / "周报.xlsx"
    existing.write_bytes(b"the agent's own file")
    dialogs = Answered(settings, [["周报"], ["周报"], None])
    dialogs.yes_no.extend([True])

    assert dialogs.save_file(None, "导出 Excel", "", "", kind=WEEKLY_XLSX, suffix=".xlsx") == str(existing)
    assert dialogs.asked == ["“周报.xlsx”已存在，要替换它吗？"]

    dialogs.yes_no.extend([False])  # "no": back to the dialog, which is then cancelled
    assert dialogs.save_file(None, "导出 Excel", "", "", kind=WEEKLY_XLSX, suffix=".xlsx") is None
    assert len(dialogs.asked) == 2 and len(dialogs.opened_in) == 3


def test_a_new_file_is_not_asked_about(qapp, settings, documents):
    dialogs = Answered(settings, [["新表"]])
    assert dialogs.save_file(None, "导出 PDF", "", "", kind=WEEKLY_PDF, suffix=".pdf") == str(documents / "新表.pdf")
    assert dialogs.asked == []


def test_several_files_are_opened_at_once_and_their_folder_remembered(qapp, settings, documents, tmp_path):
    team = tmp_path / "组员"
    team.mkdir()
    for name in ("李四.xlsx", "王五.xlsx"):
        (team / name).write_bytes(b"x")
    dialogs = Answered(settings, [[str(team / "李四.xlsx"), str(team / "王五.xlsx")], None])

    chosen = dialogs.open_files(None, "选择", "Excel 工作簿 (*.xlsx)", kind=MERGE_INPUTS)
    assert sorted(Path(p).name for p in chosen) == ["李四.xlsx", "王五.xlsx"]
    assert dialogs.open_files(None, "选择", "", kind=MERGE_INPUTS) == []
    assert dialogs.opened_in == [str(documents), str(team)]
