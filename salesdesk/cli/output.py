"""What the command line says on stderr: one Chinese line; the details go to the log file.

The log file is the window's (``salesdesk.log`` in the data folder), created only when
there is something to log. ``--debug`` also logs to stderr, and shows tracebacks.
"""
from __future__ import annotations

import errno
import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "salesdesk.log"  # the window's log file too (app.log_path)

#: What the operating system's (English) error texts mean, in Chinese.
OS_REASONS = {
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件或文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EEXIST: "文件已存在",
    errno.ENOSPC: "磁盘空间不足",
    getattr(errno, "EDQUOT", -1): "磁盘配额已满",
    errno.EROFS: "磁盘为只读",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EBUSY: "文件正被占用",
    errno.ETXTBSY: "文件正被占用",
    errno.EIO: "读写磁盘出错",
    errno.EMFILE: "打开的文件太多",
    errno.ENFILE: "打开的文件太多",
    errno.EINVAL: "文件名或参数无效",
    errno.EXDEV: "不能跨磁盘移动文件",
    errno.ELOOP: "路径中的链接太多（可能循环）",
    errno.ENXIO: "设备不存在",
    errno.ENODEV: "设备不存在",
}
_STRERRORS = sorted(((os.strerror(code), zh) for code, zh in OS_REASONS.items() if code > 0),
                    key=lambda pair: -len(pair[0]))
_ERRNO_PREFIX = re.compile(r"\[(?:Errno|WinError) -?\d+\]\s*")


def os_reason(exc: OSError) -> str:
    """An OSError's reason in Chinese (never the English strerror)."""
    if exc.errno in OS_REASONS:
        return OS_REASONS[exc.errno]
    return f"系统错误（错误码 {exc.errno}）" if exc.errno else "系统错误"


def one_line(text: object) -> str:
    """The message as one line, with any English OS error text said in Chinese."""
    line = _ERRNO_PREFIX.sub("", " ".join(str(text).split()))
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
