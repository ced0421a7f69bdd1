"""What the command line says on stderr: one line in the user's language; the details go
to the log file.

The log file is the window's (``salesdesk.log`` in the data folder), created only when
there is something to log. ``--debug`` also logs to stderr, and shows tracebacks.
"""
from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from salesdesk import i18n
from salesdesk.core.os_errors import OS_REASONS, os_reason  # noqa: F401 - os_reason: the commands' too

LOG_NAME = "salesdesk.log"  # the window's log file too (app.log_path)

_STRERRORS = sorted(((os.strerror(code), zh) for code, zh in OS_REASONS.items() if code > 0),
                    key=lambda pair: -len(pair[0]))
_ERRNO_PREFIX = re.compile(r"\[(?:Errno|WinError) -?\d+\]\s*")


def one_line(text: object) -> str:
    """The message as one line, with any English OS error text said in Chinese (in English,
    the system's own words stay)."""
    line = _ERRNO_PREFIX.sub("", " ".join(str(text).split()))
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        return line
    for english, chinese in _STRERRORS:
        line = line.replace(english, chinese)
    return line


def say(text: object) -> None:
    print(f"salesdesk: {one_line(text)}", file=sys.stderr)


class LazyFileHandler(logging.Handler):
    """Logs to the file, creating it (and its folder) on the first record only."""

    def __init__(self, path: Path, level: int = logging.WARNING):
        super().__init__(level)
        self.path = path
        self._file: logging.Handler | None = None
        self.failed = False

    @property
    def written(self) -> bool:
        return self._file is not None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self.failed:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = RotatingFileHandler(self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            except OSError:
                self.failed = True
                return
            self._file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        if self._file is not None:
            self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def default_log_path() -> Path:
    from salesdesk.paths import data_dir

    return data_dir() / LOG_NAME
