"""What an operating-system error means, in the user's language: one table for every layer.

An ``OSError``'s ``strerror`` is the C library's English ("Permission denied", "No space
left on device"); it never reaches the agent. The storage errors, the report writers and
the command line all say the reason through ``os_reason``.
"""
from __future__ import annotations

import errno

from salesdesk.i18n import N_, tr

#: What the operating system's error texts mean, in Chinese (shown through ``tr``).
OS_REASONS = {
    errno.EACCES: N_("没有权限"),
    errno.EPERM: N_("没有权限"),
    errno.ENOENT: N_("文件或文件夹不存在"),
    errno.ENOTDIR: N_("路径中有一段不是文件夹"),
    errno.EISDIR: N_("这是一个文件夹"),
    errno.EEXIST: N_("文件已存在"),
    errno.ENOSPC: N_("磁盘空间不足"),
    getattr(errno, "EDQUOT", -1): N_("磁盘配额已满"),
    errno.EROFS: N_("磁盘为只读"),
    errno.ENAMETOOLONG: N_("文件名太长"),
    errno.EBUSY: N_("文件正被占用"),
    errno.ETXTBSY: N_("文件正被占用"),
    errno.EIO: N_("读写磁盘出错"),
    errno.EMFILE: N_("打开的文件太多"),
    errno.ENFILE: N_("打开的文件太多"),
    errno.EINVAL: N_("文件名或参数无效"),
    errno.EXDEV: N_("不能跨磁盘移动文件"),
    errno.ELOOP: N_("路径中的链接太多（可能循环）"),
    errno.ENXIO: N_("设备不存在"),
    errno.ENODEV: N_("设备不存在"),
}


def os_reason(exc: OSError) -> str:
    """An OSError's reason in the user's language (never the C library's strerror)."""
    if exc.errno in OS_REASONS:
        return tr(OS_REASONS[exc.errno])
    return tr("系统错误（错误码 {code}）").format(code=exc.errno) if exc.errno else tr("系统错误")
