"""The one error type the report writers and the department merge raise.

Its message is a single line in the UI's language the CLI prints as is (exit 2) and the UI
shows in a message box: what went wrong and with which file, never a traceback.
"""
from __future__ import annotations


class ReportError(Exception):
    """A report could not be written or a department file was refused."""

    def __init__(self, message: str):
        # One line, whatever a file name or an OS message brought in.
        super().__init__(" ".join(str(message).split()))


class ReportWriteError(ReportError):
    """The file could not be written (no such folder, no permission, disk full...).

    Not the user's input at fault: the CLI may map it to exit 1 rather than 2.
    """
