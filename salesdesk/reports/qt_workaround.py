"""Work around PySide6 6.12's lost reference to ``None`` on Python 3.11.

The PySide6/shiboken6 6.12.0 wheels (stable ABI, cp310-abi3) return ``None`` from every
void method (``QFont.setBold``, ``QPainter.setPen``, ``QPainter.drawLine``...) without
taking a reference to it. On Python 3.12+ ``None`` is immortal and nothing happens; on
3.11 each call drops ``None``'s reference count by one, and after a few thousand calls
the interpreter aborts with "Fatal Python error: none_dealloc" (a long print-out or
any long session is enough). Giving ``None`` an enormous reference count makes it
immortal as on 3.12. Call ``make_none_immortal()`` before any Qt work; it is idempotent.
The right home for this call is the composition root (app start, CLI, tests/conftest).
"""
from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40  # no session makes 10^12 Qt calls
_done = False


def make_none_immortal() -> bool:
    """Return True if the reference count was raised (CPython < 3.12 only)."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
    _done = True
    return True
