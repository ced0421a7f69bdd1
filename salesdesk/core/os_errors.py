"""What an operating-system error means, in Chinese: one table for every layer.

An ``OSError``'s ``strerror`` is the C library's English ("Permission denied", "No space
left on device"); it never reaches the agent. The storage errors, the report writers and
the command line all say the reason through ``os_reason``.
"""
from __future__ import annotations

import errno

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


def os_reason(exc: OSError) -> str:
    """An OSError's reason in Chinese (never the English strerror)."""
    if exc.errno in OS_REASONS:
        return OS_REASONS[exc.errno]
    return f"系统错误（错误码 {exc.errno}）" if exc.errno else "系统错误"
