"""What an import check, an import and its undo hand back (read-only records)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .views import Changes

DUPLICATE_CHOICES = ("skip", "merge", "add")
from salesdesk.i18n import N_

CHOICE_LABELS = {"skip": N_("跳过"), "merge": N_("合并"), "add": N_("仍然添加")}  # shown through tr


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str  # the column's header in the file (or the field's label when the file has none)
    reason: str

    def as_json(self) -> dict:
        return {"row": self.row, "column": self.column, "reason": self.reason}


@dataclass(frozen=True)
class ImportDuplicate:
    """Row ``row`` looks like customer ``customer`` already on file, or like the earlier row
    ``same_as_row`` of the same file (``customer`` is then None until the import adds it)."""

    row: int
    customer: int | None
    why: str  # "phone" | "name+company"
    name: str
    other_name: str = ""
    same_as_row: int | None = None

    def as_json(self) -> dict:
        return {"row": self.row, "customer": self.customer}


@dataclass(frozen=True)
class RejectedRow:
    row: int
    values: tuple
    reason: str


@dataclass(frozen=True)
class ImportResult:
    imported: int = 0  # rows added as new customers
    merged: int = 0  # rows merged into a customer (on file, or an earlier row's)
    skipped: int = 0  # duplicates skipped and, with skip_bad_rows, rejected rows
    rejected: int = 0  # rows with errors (nothing imported unless skip_bad_rows)
    errors: tuple[ImportProblem, ...] = ()
    duplicates: tuple[ImportDuplicate, ...] = ()
    dry_run: bool = False
    #: True when errors stopped the import (nothing changed).
    stopped: bool = False
    cancelled: bool = False
    batch_id: int | None = None
    headers: tuple[str, ...] = ()
    rejected_rows: tuple[RejectedRow, ...] = ()
    rows: int = 0  # data rows read (blank rows are not counted)
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict:
        """SPEC §7.1's shape: merged rows count as imported (they went in)."""
        return {"imported": self.imported + self.merged, "skipped": self.skipped,
                "errors": [e.as_json() for e in self.errors], "duplicates": [d.as_json() for d in self.duplicates],
                "dry_run": self.dry_run}


@dataclass(frozen=True)
class ImportBatchView:
    id: int
    at: dt.datetime
    file_name: str
    added: int
    merged: int
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class ImportUndo:
    batch_id: int
    file_name: str
    removed: int
    reverted: int
    changes: Changes = field(default_factory=Changes)
