"""The card's birthday editor: 公历 or 农历 (SPEC §3.1), both calendars shown.

A lunar birthday is picked as the customer says it — year (optional), month (闰X月 offered
only where that year has one; any month may be 闰 when the year is not known), day 初一 …
三十 — never through a solar date picker: a 闰月 or a 三十 has no solar twin. Beside it the
card shows where it falls next (``农历八月十五（今年 9月15日）``); a solar birthday shows its
next date and the lunar day that is.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from salesdesk.core.lunar import (
    DAY_NAMES, MIN_YEAR, DateSpec, format_spec, leap_month_of, lunar_date_of, lunar_month_days, lunar_month_name,
    next_occurrence, when_text,
)

from ..date_field import OptionalDateEdit

#: The year box's "not known" value, shown as 年份不详.
NO_YEAR = MIN_YEAR - 1
SOLAR, LUNAR = 0, 1


class LunarDatePicker(QWidget):
    """Year (optional) / month / day of a lunar date; ``value()`` is a DateSpec or None."""

    changed = Signal()

    def __init__(self, max_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setObjectName("lunarYear")
        self.year.setRange(NO_YEAR, max_year)
        self.year.setSpecialValueText(self.tr("年份不详"))
        self.year.setSuffix(self.tr(" 年"))
        self.year.setValue(NO_YEAR)
        self.year.setToolTip(self.tr("出生的农历年份；不知道可留“年份不详”"))
        self.month = QComboBox(self)
        self.month.setObjectName("lunarMonth")
        self.day = QComboBox(self)
        self.day.setObjectName("lunarDay")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.year)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.day, 1)
        self._fill_months()
        self._fill_days()
        self.year.valueChanged.connect(self._year_changed)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.day.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- the value ----------------------------------------------------------------------------
    def known_year(self) -> int | None:
        return None if self.year.value() == NO_YEAR else self.year.value()

    def value(self) -> DateSpec | None:
        month = self.month.currentData()
        day = self.day.currentData()
        if month is None or day is None:
            return None
        return DateSpec(True, self.known_year(), month[0], day, month[1])

    def set_value(self, spec: DateSpec | None) -> None:
        self.blockSignals(True)
        try:
            year = spec.year if spec is not None and spec.year is not None else NO_YEAR
            if year > self.year.maximum():
                self.year.setMaximum(year)
            self.year.setValue(year)
            self._fill_months((spec.month, spec.leap) if spec else None)
            self._fill_days(spec.day if spec else None)
        finally:
            self.blockSignals(False)

    def state(self) -> tuple:
        return (self.year.value(), self.month.currentData(), self.day.currentData())

    # -- keeping the choices true to the year ---------------------------------------------------
    def _fill_months(self, keep: tuple[int, bool] | None = None) -> None:
        """正月 … 腊月, each followed by its 闰 month where the year has one (every 闰 month when
        the year is not known); keeps the chosen month, or its regular month if the 闰 is gone."""
        year = self.known_year()
        leap = leap_month_of(year) if year is not None else None
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("（未填）"), None)
        for month in range(1, 13):
            self.month.addItem(lunar_month_name(month), (month, False))
            if leap is None or leap == month:
                self.month.addItem(lunar_month_name(month, True), (month, True))
        if keep is not None:
            found = [self.month.itemData(i) for i in range(self.month.count())]
            # (findData does not compare Python tuples)
            regular = (keep[0], False)
            index = found.index(keep) if keep in found else found.index(regular) if regular in found else 0
            self.month.setCurrentIndex(index)
        self.month.blockSignals(False)

    def _fill_days(self, keep: int | None = None) -> None:
        """初一 … 三十, or 初一 … 廿九 when the year is known and that month has 29 days."""
        month = self.month.currentData()
        year = self.known_year()
        days = 30
        if month is not None and year is not None:
            days = lunar_month_days(year, month[0], month[1])
        self.day.blockSignals(True)
        self.day.clear()
        self.day.setEnabled(month is not None)
        if month is None:
            self.day.addItem("", None)
        else:
            for day in range(1, days + 1):
                self.day.addItem(DAY_NAMES[day - 1], day)
            self.day.setCurrentIndex(min(keep or 1, days) - 1)
        self.day.blockSignals(False)

    def _year_changed(self, _value: int) -> None:
        month, day = self.month.currentData(), self.day.currentData()
        self._fill_months(month)
        self._fill_days(day)
        self.changed.emit()

    def _month_changed(self, _index: int) -> None:
        self._fill_days(self.day.currentData())
        self.changed.emit()


class BirthdayField(QWidget):
    """生日: 公历 (a date) or 农历 (a lunar date). ``values()`` gives the card's ``birthday`` and
    ``lunar_birthday`` (one of them None); ``line`` is the solar date's text box."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("birthdayCalendar")
        self.calendar.addItems([self.tr("公历"), self.tr("农历")])
        self.calendar.setToolTip(self.tr("按公历还是农历（阴历）过生日"))
        self.solar = OptionalDateEdit(self)
        self.line = self.solar.line
        self.lunar = LunarDatePicker(today().year, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.solar)
        self.stack.addWidget(self.lunar)
        self.hint = QLabel(self)
        self.hint.setObjectName("birthdayHint")
        self.hint.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.calendar)
        row.addWidget(self.stack, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.setFocusProxy(self.calendar)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self.solar.changed.connect(self._edited)
        self.lunar.changed.connect(self._edited)
        self._show_hint()

    def is_lunar(self) -> bool:
        return self.calendar.currentIndex() == LUNAR

    def values(self) -> dict:
        """``{"birthday": date|None, "lunar_birthday": DateSpec|None}``; ValueError when the
        solar text is not a date."""
        if self.is_lunar():
            return {"birthday": None, "lunar_birthday": self.lunar.value()}
        return {"birthday": self.solar.date(), "lunar_birthday": None}

    def set_values(self, birthday: dt.date | None, lunar_birthday: DateSpec | None) -> None:
        self.blockSignals(True)
        try:
            self.calendar.blockSignals(True)
            self.calendar.setCurrentIndex(LUNAR if lunar_birthday is not None else SOLAR)
            self.calendar.blockSignals(False)
            self.stack.setCurrentIndex(self.calendar.currentIndex())
            self.solar.line.blockSignals(True)
            self.solar.set_date(birthday)
            self.solar.line.blockSignals(False)
            self.lunar.set_value(lunar_birthday)
        finally:
            self.blockSignals(False)
        self._show_hint()

    def state(self) -> tuple:
        """What the card compares to know whether the field was edited."""
        if self.is_lunar():
            return (LUNAR, self.lunar.state())
        return (SOLAR, self.solar.text().strip())

    def _calendar_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._edited()

    def _edited(self) -> None:
        self._show_hint()
        self.changed.emit()

    def _show_hint(self) -> None:
        self.hint.setText(self.hint_text())
        self.hint.setVisible(bool(self.hint.text()))

    def hint_text(self) -> str:
        """``农历八月十五（今年 9月15日）`` for a lunar birthday; ``下次 明年 5月20日（农历四月初四）``
        for a solar one; empty when there is none (or the solar text is not a date yet)."""
        today = self._today()
        if self.is_lunar():
            spec = self.lunar.value()
            if spec is None:
                return ""
            shown = DateSpec(True, None, spec.month, spec.day, spec.leap)
            return self.tr("{date}（{when}）").format(
                date=format_spec(shown), when=when_text(next_occurrence(spec, today), today))
        try:
            born = self.solar.date()
        except ValueError:
            return ""
        if born is None:
            return ""
        upcoming = next_occurrence(DateSpec(False, None, born.month, born.day), today)
        lunar = lunar_date_of(upcoming)
        return self.tr("下次 {when}（{lunar}）").format(
            when=when_text(upcoming, today), lunar=format_spec(DateSpec(True, None, lunar.month, lunar.day, lunar.leap)))
