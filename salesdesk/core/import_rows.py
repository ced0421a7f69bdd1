"""One spreadsheet row as a customer card, with every problem named by its column."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from salesdesk.i18n import tr

from .customer import FIELD_LABELS, CustomerData, InvalidCustomer, validate
from .idcard import is_masked
from .import_fields import DATE_COLUMNS, label_of
from .import_values import BadCell, cell_text, parse_date, parse_gender, parse_grade, parse_lunar
from .lunar import DateSpec, check_spec, parse_date_spec

#: Longest text a cell may bring (Excel's own limit); longer is refused before anything else.
MAX_CELL = 32767


@dataclass
class RowCard:
    """A row read as a card: ``data`` is validated when ``errors`` is empty."""

    row: int
    data: CustomerData
    referrer: str = ""
    #: field -> reason (the field's column names it in a report).
    errors: dict[str, str] = field(default_factory=dict)


def read_row(row: int, values: tuple, mapping: dict[int, str], today: dt.date) -> RowCard:
    """The card a row describes. ``mapping`` is column index → field."""
    data = CustomerData()
    card = RowCard(row, data)
    for index, name in mapping.items():
        value = values[index] if index < len(values) else None
        if isinstance(value, str) and len(value) > MAX_CELL:
            card.errors[name] = tr("内容太长（{count} 个字符，最多 {limit}）").format(count=len(value), limit=MAX_CELL)
            continue
        try:
            if name in DATE_COLUMNS:
                setattr(data, name, parse_date(value))
            elif name == "lunar_birthday":
                data.lunar_birthday = lunar_spec(value)
            elif name == "gender":
                data.gender = parse_gender(value)
            elif name == "value_grade":
                data.value_grade = parse_grade(value)
            elif name == "referrer":
                card.referrer = cell_text(value).strip()
            elif name == "id_number" and is_masked(cell_text(value)):
                continue  # an export read back: the number was masked (SPEC §3), keep the stored one
            else:
                setattr(data, name, cell_text(value))
        except BadCell as exc:
            if name == "birthday" and isinstance(value, str) and ("农历" in value or "阴历" in value):  # i18n: data
                _lunar_in_birthday(card, value)
            else:
                card.errors[name] = str(exc)
    try:
        card.data = validate(data, today)
    except InvalidCustomer as exc:
        for name, reason in exc.errors.items():
            card.errors.setdefault(name, reason)
    return card


def _lunar_in_birthday(card: RowCard, value: str) -> None:
    """A 生日 column that says 农历八月十五 holds a lunar birthday."""
    try:
        card.data.lunar_birthday = lunar_spec(value)
    except BadCell as exc:
        card.errors["birthday"] = str(exc)


def lunar_spec(value: object) -> DateSpec | None:
    """A lunar birthday cell as the card keeps it: core/lunar's reading of §3.1's forms and
    农历八月十五, then this module's for what it leaves (1990年农历闰四月初八, a date cell);
    a 闰 month the year lacks or a 三十 in a short month is refused, as on the card."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            return parse_date_spec(value, lunar=True, label=tr("农历生日"))
        except ValueError as exc:
            first = str(exc)
        try:
            parsed = parse_lunar(value)
        except BadCell:
            raise BadCell(first) from None
    else:
        parsed = parse_lunar(value)
    year, month, day, leap = parsed
    try:
        return check_spec(DateSpec(True, year, month, day, leap), tr("农历生日"))
    except ValueError as exc:
        raise BadCell(str(exc)) from None


def column_label(name: str) -> str:
    return label_of(name) if name in ("referrer", "lunar_birthday") else FIELD_LABELS.get(name, label_of(name))
