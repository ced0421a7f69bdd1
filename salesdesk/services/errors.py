"""What services raise. Every message is one line in the user's language."""
from __future__ import annotations

from salesdesk.core.rules import Missing


class ServiceError(Exception):
    """Bad input or a refused rule: nothing was changed."""


class InvalidInput(ServiceError):
    def __init__(self, message: str, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.errors = errors or {}


class NotFound(ServiceError):
    pass


class StaleEdit(ServiceError):
    """The record changed (another window, another program) since the edit was loaded.

    Nothing was saved; reload it and make the edit again.
    """


class LikelyDuplicate(ServiceError):
    """The card is likely a customer already stored (SPEC §3.2); nothing was saved.

    ``duplicates`` names them (services.duplicates.Duplicate). Saving anyway is asked for
    with ``allow_duplicate=True``.
    """

    def __init__(self, message: str, duplicates: tuple = ()):
        super().__init__(message)
        self.duplicates = duplicates


class MoveRefused(ServiceError):
    def __init__(self, message: str, missing: tuple[Missing, ...] = ()):
        super().__init__(message)
        self.missing = missing


class WriteFailed(ServiceError):
    """The database refused a write (locked by another program, read-only, disk full).

    Nothing was changed; the message says why in the user's language. Not bad input:
    the CLI exits 1 for it.
    """
