"""Storage failures the user can understand. Messages are shown as they are.

One class per cause, so a caller can offer the right way out (the window's dialog at
start, ``salesdesk check``): only a corrupt file is a reason to restore from a backup;
a locked, read-only or full one is not (restoring would throw away newer data).
Every error carries the ``path`` it is about and an ``advice`` line in the user's language.
"""
from __future__ import annotations

from pathlib import Path

from salesdesk.i18n import N_, tr


class _Advice:
    """A class's advice line, kept in Chinese (``N_``) and read in the user's language, on
    the class as on an instance; an instance's own advice (given already translated) wins."""

    def __init__(self, text: str):
        self.text = text

    def __get__(self, obj, owner=None) -> str:
        return tr(self.text)


class StorageError(Exception):
    """A database problem with a one-line message in the user's language."""

    advice = _Advice(N_("请稍后重试；如果问题持续，请联系技术支持。"))

    def __init__(self, message: str, path: str | Path | None = None, *, advice: str | None = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        if advice is not None:
            self.advice = advice


class NewerDatabaseError(StorageError):
    advice = _Advice(N_("请升级 salesdesk 后再打开此文件；文件未做任何更改。"))


class CorruptDatabaseError(StorageError):
    """The file's content is damaged: the one case where restoring a backup is the way out."""

    advice = _Advice(N_("请从备份恢复（salesdesk restore 备份文件），或选择另一个数据库文件。"))


class TruncatedDatabaseError(CorruptDatabaseError):
    """Shorter than its own header says: a copy or a download that stopped half way."""


class NotADatabaseError(CorruptDatabaseError):
    """Not an SQLite file at all (a spreadsheet, a zip, random bytes)."""

    advice = _Advice(N_("请选择 salesdesk 的数据库文件（.db），或从备份恢复。"))


class ForeignDatabaseError(CorruptDatabaseError):
    """An SQLite file, but another program's, not salesdesk's."""

    advice = _Advice(N_("这是其他程序的数据库，请选择 salesdesk 的数据库文件；此文件未做任何更改。"))


class LockedDatabaseError(StorageError):
    advice = _Advice(N_("请关闭正在使用此文件的其他 salesdesk 窗口或程序后重试；不要从备份恢复，数据完好。"))


class ReadOnlyDatabaseError(StorageError):
    """The file itself cannot be written (its permissions, a read-only attribute)."""

    advice = _Advice(N_("请在文件属性中取消“只读”或给予写入权限后重试；数据完好，不需要从备份恢复。"))


class ReadOnlyFolderError(ReadOnlyDatabaseError):
    """The folder refuses new files: SQLite needs to create its journal beside the file."""

    advice = _Advice(N_("请把数据库放到可写入的文件夹（或给予该文件夹写入权限）后重试；数据完好，不需要从备份恢复。"))


class MissingFolderError(StorageError):
    advice = _Advice(N_("请检查路径是否正确（移动硬盘或网络盘是否已连接）。"))


class DiskFullError(StorageError):
    advice = _Advice(N_("请清理磁盘空间后重试；未做任何更改，数据完好，不需要从备份恢复。"))
