"""The database cannot be opened at start: say why, and offer the ways out.

Never a silent exit. What is offered depends on the cause (the storage layer tells them
apart): only a damaged file is a reason to go back to a backup — for a locked, read-only
or full one that would throw away newer data, so those offer to try again instead; a file
from a newer salesdesk says to upgrade. Choosing another file or quitting is always there.
Every question goes through the ``Messages`` seam.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import N_
from salesdesk.services.backups import (
    BackupInfo,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StorageError,
    backups_of,
    restore_backup_over,
)

from .messages import Messages

DB_FILTER = N_("salesdesk 数据库 (*.db);;所有文件 (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("open_problem", text)


class Way(Enum):
    RESTORE = "restore"
    RETRY = "retry"
    OTHER = "other"
    QUIT = "quit"

    @property
    def label(self) -> str:
        return {
            Way.RESTORE: _tr("从备份恢复…"),
            Way.RETRY: _tr("重试"),
            Way.OTHER: _tr("打开其他文件…"),
            Way.QUIT: _tr("退出"),
        }[self]


def ways_out(error: StorageError, backups: list[BackupInfo]) -> list[Way]:
    """What the dialog offers for ``error``, in button order (the last is Esc)."""
    if isinstance(error, (NewerDatabaseError, ForeignDatabaseError)):
        return [Way.OTHER, Way.QUIT]  # nothing here to repair: another file, or upgrade
    if isinstance(error, CorruptDatabaseError):
        return ([Way.RESTORE] if any(not b.problem for b in backups) else []) + [Way.OTHER, Way.QUIT]
    return [Way.RETRY, Way.OTHER, Way.QUIT]  # locked, read-only, full disk…: the data is fine


def describe_backup(info: BackupInfo) -> str:
    when = f"{info.taken_at:%Y-%m-%d %H:%M}"
    if info.problem:
        return _tr("{when}　无法使用：{problem}").format(when=when, problem=info.problem)
    return _tr("{when}　{customers} 位客户，{prospects} 个潜在客户").format(
        when=when, customers=info.customers, prospects=info.prospects)


def explain(error: StorageError, ways: list[Way], backups: list[BackupInfo]) -> str:
    text = str(error)
    advice = getattr(error, "advice", "")
    if isinstance(error, CorruptDatabaseError) and not isinstance(error, ForeignDatabaseError):
        # The storage layer's advice names the command line; here the buttons are the way.
        advice = _tr("可以从备份恢复（损坏的文件会保留，不会删除），或打开其他数据库文件。") \
            if Way.RESTORE in ways else _tr("请打开其他数据库文件（例如备份或从其他电脑复制来的文件）。")
    if advice and not isinstance(error, NewerDatabaseError):  # that one says to upgrade already
        text += "\n\n" + advice
    if isinstance(error, CorruptDatabaseError) and not isinstance(error, ForeignDatabaseError) \
            and Way.RESTORE not in ways:
        text += "\n\n" + _tr("没有找到此文件可用的备份。")
    elif Way.RESTORE in ways:
        newest = next(b for b in backups if not b.problem)
        text += "\n\n" + _tr("最近的备份：{backup}").format(backup=describe_backup(newest))
    return text


def resolve(messages: Messages, path: Path, error: StorageError, now: dt.datetime | None = None) -> Path | None:
    """Ask what to do about ``error`` opening ``path``.

    Returns the file to try next — the same one after 重试 or a restored backup, or the one
    chosen — or None to quit.
    """
    while True:
        backups = backups_of(path) if isinstance(error, CorruptDatabaseError) else []
        ways = ways_out(error, backups)
        way = ways[messages.choose(None, _tr("无法打开数据库"), explain(error, ways, backups),
                                   [w.label for w in ways])]
        if way is Way.QUIT:
            return None
        if way is Way.RETRY:
            return path
        if way is Way.OTHER:
            chosen = messages.open_file(None, _tr("打开 salesdesk 数据库"), _tr(DB_FILTER))
            if chosen:
                return Path(chosen)
            continue
        restored = _restore(messages, path, [b for b in backups if not b.problem], now)
        if restored:
            return path


def _restore(messages: Messages, path: Path, backups: list[BackupInfo], now: dt.datetime | None) -> bool:
    index = messages.pick(None, _tr("从备份恢复"), _tr("选择要恢复的备份（最新的在最前）："),
                          [describe_backup(b) for b in backups])
    if index is None:
        return False
    chosen = backups[index]
    try:
        aside = restore_backup_over(path, chosen.path, now)
    except StorageError as exc:
        messages.warn(None, _tr("无法恢复"), str(exc))
        return False
    messages.inform(None, _tr("已从备份恢复"), _tr(
        "已恢复 {backup} 的备份。\n\n损坏的文件没有删除，已移到：{aside}\n此备份之后所做的修改不在恢复的数据中。"
    ).format(backup=describe_backup(chosen), aside=aside))
    return True
