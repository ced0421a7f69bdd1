"""Key/value settings kept in the database (they travel with the data file)."""
from __future__ import annotations

from salesdesk.core.grades import BadThresholds, check_thresholds, format_thresholds, parse_thresholds
from salesdesk.core.money import BadAmount, parse_money
from salesdesk.storage.models import Setting

from . import inputs
from .errors import InvalidInput
from .views import Changes
from salesdesk.i18n import N_, tr

#: Setting keys and what they are (in the source language: shown through ``tr``).
KNOWN = {
    "agent_name": N_("业务员姓名"),
    "cycle_override_days": N_("销售周期（手动设置，0 表示自动计算）"),
    "cycle_default_days": N_("默认销售周期"),
    "reminder_days": N_("生日、纪念日提前提醒天数"),
    "contact_days_A": N_("A 级客户联系间隔天数"),
    "contact_days_B": N_("B 级客户联系间隔天数"),
    "contact_days_C": N_("C 级客户联系间隔天数"),
    "contact_days_D": N_("D 级客户联系间隔天数"),
    "contact_days_E": N_("E 级客户联系间隔天数"),
    "goal_deals_year": N_("年度成交件数目标"),
    "goal_premium_year": N_("年度保费目标（元）"),
    "lost_reasons": N_("退出原因（每行一条）"),
    "remind_minutes": N_("约会提前提醒分钟数"),
    "close_to_tray": N_("关闭窗口时留在系统托盘（1 是，0 否）"),
    "grade_thresholds": N_("价值分级界限：A、B、C、D 的百分位数"),
    "loyal_deals": N_("成交几次成为忠诚客户"),
}

#: What a key reads as until it is set, as stored text (§4, §7.1).
DEFAULTS = {
    "agent_name": "", "cycle_override_days": "0", "cycle_default_days": "28", "reminder_days": "7",
    "contact_days_A": "30", "contact_days_B": "60", "contact_days_C": "90", "contact_days_D": "120",
    "contact_days_E": "180", "goal_deals_year": "0", "goal_premium_year": "0.00", "lost_reasons": "",
    "remind_minutes": "15", "close_to_tray": "0",
    "grade_thresholds": "90,80,70,60", "loyal_deals": "3",
}

#: Whole-number keys and the values they accept.
WHOLE_NUMBERS = {
    "cycle_override_days": (0, 3650), "cycle_default_days": (1, 3650), "reminder_days": (0, 365),
    **{f"contact_days_{grade}": (1, 3650) for grade in "ABCDE"},
    "goal_deals_year": (0, 100000), "remind_minutes": (0, 1440), "close_to_tray": (0, 1), "loyal_deals": (1, 1000),
}
MONEY_KEYS = ("goal_premium_year",)


class SettingsService:
    def setting(self, key: str, default: str = "") -> str:
        if not isinstance(key, str) or key != inputs.query(key, 64):
            return default  # no such key can be stored
        row = Setting.get_or_none(Setting.key == key)
        return default if row is None else row.value

    def settings_int(self, key: str, default: int) -> int:
        try:
            return int(self.setting(key, str(default)))
        except ValueError:
            return default

    def set_setting(self, key: str, value: str | int) -> Changes:
        if not isinstance(key, str):
            raise InvalidInput(tr("未知的设置项“{query}”").format(query=inputs.query(key, 40)))
        return self.set_settings({key: value})

    def set_settings(self, values: dict) -> Changes:
        """Check every value first, then write them all in one transaction."""
        if not isinstance(values, dict):
            raise InvalidInput(tr("设置应为 设置项→值"))
        checked = {key: self._checked_setting(key, value) for key, value in values.items()}
        with self._write():
            if "cycle_override_days" in checked:  # before the value changes: its history
                self._record_cycle_override(int(checked["cycle_override_days"]))
            for key, text in checked.items():
                Setting.insert(key=key, value=text).on_conflict_replace().execute()
        changes = Changes(settings=True)
        self._emit(changes)
        return changes

    def _checked_setting(self, key: str, value) -> str:
        if not isinstance(key, str) or key not in KNOWN:
            raise InvalidInput(tr("未知的设置项“{query}”（可用：{items}）").format(
                query=inputs.query(key, 40), items=tr("、").join(KNOWN)))
        if key == "lost_reasons":
            lines = value.splitlines() if isinstance(value, str) else value
            return self.checked_lost_reasons(lines)
        if key == "grade_thresholds":
            return _checked_thresholds(value)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidInput(tr("{known}的值不正确").format(known=tr(KNOWN[key])))
        text = inputs.line(value if isinstance(value, str) else inputs.query(value, 200), tr(KNOWN[key]), 100)
        if key in WHOLE_NUMBERS:
            low, high = WHOLE_NUMBERS[key]
            # isdecimal, not isdigit: "²" is a digit that int() refuses.
            if not (text.isascii() and text.isdecimal()) or not low <= int(text) <= high:
                unit = tr("整数天数") if key.endswith("_days") else tr("整数")
                raise InvalidInput(tr("{known}应为 {low}–{high} 之间的{unit}：“{text}”").format(
                    known=tr(KNOWN[key]), low=low, high=high, unit=unit, text=text))
            return str(int(text))
        if key in MONEY_KEYS:
            try:
                return str(parse_money(text or "0"))
            except BadAmount as exc:
                raise InvalidInput(tr("{known}：{exc}").format(known=tr(KNOWN[key]), exc=exc)) from None
        return text  # inputs.line has refused control characters and more than 100 characters


def _checked_thresholds(value) -> str:
    """``"90,80,70,60"`` or four numbers: the A–D percentiles of 价值分级 (core.grades)."""
    try:
        if isinstance(value, str):
            return format_thresholds(parse_thresholds(inputs.line(value, tr(KNOWN["grade_thresholds"]), 100)))
        if isinstance(value, (list, tuple)):
            return format_thresholds(check_thresholds(value))
    except BadThresholds as exc:
        raise InvalidInput(str(exc)) from None
    raise InvalidInput(tr("分级界限应为 4 个百分位数，如 90,80,70,60"))
