"""Writing report files all or nothing.

A report is built in memory first, then written to a temporary file in the target
folder and renamed over the target: a full disk, a killed process or a file Excel
holds open leaves the old file (or no file), never half a file.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from salesdesk.i18n import N_, tr
from salesdesk.core.os_errors import os_reason as _any_os_reason
from salesdesk.paths import current_umask

from .errors import ReportWriteError

#: Where an export's failure needs its own words (otherwise: the shared table's).
_REASONS = {
    errno.ENOSPC: N_("磁盘空间不足"),
    getattr(errno, "EDQUOT", -1): N_("磁盘配额已满"),
    errno.EACCES: N_("没有写入权限，或文件正被其他程序（如 Excel）打开"),
    errno.EPERM: N_("没有写入权限"),
    errno.EROFS: N_("磁盘为只读"),
    errno.ENOENT: N_("文件夹不存在"),
    errno.ENOTDIR: N_("路径中有一段不是文件夹"),
    errno.EISDIR: N_("这是一个文件夹"),
    errno.ENAMETOOLONG: N_("文件名太长"),
}


def os_reason(exc: OSError) -> str:
    """Why a report file could not be written or read, in the UI's language (never the raw strerror)."""
    reason = _REASONS.get(exc.errno or 0)
    return tr(reason) if reason else _any_os_reason(exc)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and a rename; ReportError on failure."""
    path = Path(path)
    if path.is_dir():
        raise ReportWriteError(tr("无法写入“{path}”：这是一个文件夹").format(path=path))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file 0600; an export is an ordinary document, so it gets what a
        # new file gets under the user's umask (never wider), or keeps the replaced file's mode.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~current_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ReportWriteError(tr("无法写入“{path}”：{reason}").format(path=path, reason=os_reason(exc))) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path
