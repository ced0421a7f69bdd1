"""Test helpers for the UI: a scripted Messages seam, and typing Chinese like a user.

``FakeMessages`` stands in for salesdesk.ui.messages.Messages: it answers at once and
records what was asked. An answer must be scripted before a question is asked; an
unexpected dialog fails the test.
"""
from __future__ import annotations

from collections import deque

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from salesdesk.ui.messages import SaveChoice


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a user would: keys for ASCII, the input method's
    commit for Chinese (QTest can only press keys that exist on a keyboard)."""
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


class FakeMessages:
    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.save_answers: deque[SaveChoice] = deque()
        self.text_answers: deque[str | None] = deque()
        self.yes_no_answers: deque[bool] = deque()
        self.choice_answers: deque[str] = deque()  # the button to click, by its text
        self.pick_answers: deque[str | None] = deque()  # the list item to take, by part of its text
        self.file_answers: deque[str | None] = deque()  # open_file's answers, when scripted
        self.folder_answers: deque[str | None] = deque()  # choose_folder's answers
        self.offered: list[list[str]] = []  # the buttons or items each choice offered

    # -- what tests look at -------------------------------------------------------
    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]

    # -- the Messages interface ----------------------------------------------------
    def inform(self, parent, title, text):
        self.shown.append(("inform", title, text))

    def warn(self, parent, title, text):
        self.shown.append(("warn", title, text))

    def error(self, parent, title, text, details=""):
        self.shown.append(("error", title, text))

    def about(self, parent, title, text):
        self.shown.append(("about", title, text))

    def ask(self, parent, title, text):
        self.shown.append(("ask", title, text))
        assert self.yes_no_answers, f"unexpected question: {text}"
        return self.yes_no_answers.popleft()

    def ask_save(self, parent, title, text):
        self.shown.append(("ask_save", title, text))
        assert self.save_answers, f"unexpected 保存/放弃/取消 question: {text}"
        return self.save_answers.popleft()

    def get_text(self, parent, title, label, text=""):
        self.shown.append(("get_text", title, label))
        assert self.text_answers, f"unexpected text input: {label}"
        return self.text_answers.popleft()

    def open_file(self, parent, title, filter="", kind=""):
        self.shown.append(("open_file", title, filter))
        assert self.file_answers, "unexpected file dialog"
        return self.file_answers.popleft()

    def choose_folder(self, parent, title, kind=""):
        self.shown.append(("choose_folder", title, kind))
        assert self.folder_answers, "unexpected folder dialog"
        return self.folder_answers.popleft()

    def save_file(self, parent, title, suggested="", filter="", kind="", suffix=""):
        raise AssertionError("unexpected file dialog")

    # -- choices (answered by the text of the button or item to take) --------------------
    def choose(self, parent, title, text, choices):
        self.shown.append(("choose", title, text))
        self.offered.append(list(choices))
        assert self.choice_answers, f"unexpected choice: {text} {list(choices)}"
        answer = self.choice_answers.popleft()
        assert answer in choices, f"{answer!r} is not offered: {list(choices)}"
        return list(choices).index(answer)

    def pick(self, parent, title, label, items):
        self.shown.append(("pick", title, label))
        self.offered.append(list(items))
        assert self.pick_answers, f"unexpected list: {label} {list(items)}"
        answer = self.pick_answers.popleft()
        return None if answer is None else list(items).index(next(i for i in items if answer in i))
