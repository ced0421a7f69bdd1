"""The prospect board (看板): the method as a kanban the agent works in every day."""
from salesdesk.reports.qt_workaround import make_none_immortal

# The board paints thousands of cards a session: PySide6 6.12 on Python 3.11 drops a
# reference to None per void call, which would abort a long session (idempotent).
make_none_immortal()

from .board import ProspectBoard  # noqa: E402

__all__ = ["ProspectBoard"]
