"""Key/value settings kept in the database (they travel with the data file)."""
from __future__ import annotations

from salesdesk.storage.models import Setting

from .errors import InvalidInput
from .views import Changes

KNOWN = {
    "agent_name": "业务员姓名",
    "cycle_override_days": "销售周期（手动设置，0 表示自动计算）",
    "cycle_default_days": "默认销售周期",
    "lost_reasons": "退出原因（每行一条）",
}


class SettingsService:
    def setting(self, key: str, default: str = "") -> str:
        row = Setting.get_or_none(Setting.key == key)
        return default if row is None else row.value

    def settings_int(self, key: str, default: int) -> int:
        try:
            return int(self.setting(key, str(default)))
        except ValueError:
            return default

    def set_setting(self, key: str, value: str | int) -> Changes:
        return self.set_settings({key: value})

    def set_settings(self, values: dict) -> Changes:
        """Check every value first, then write them all in one transaction."""
        checked = {key: self._checked_setting(key, value) for key, value in values.items()}
        with self._write():
            for key, text in checked.items():
                Setting.insert(key=key, value=text).on_conflict_replace().execute()
        changes = Changes(settings=True)
        self._emit(changes)
        return changes

    def _checked_setting(self, key: str, value) -> str:
        if key not in KNOWN:
            raise InvalidInput(f"未知的设置项“{key}”")
        if key == "lost_reasons":
            lines = value.splitlines() if isinstance(value, str) else value
            return self.checked_lost_reasons(lines)
        text = str(value).strip()
        if key.endswith("_days"):
            if not text.isdigit() or int(text) > 3650 or (key == "cycle_default_days" and int(text) < 1):
                raise InvalidInput(f"{KNOWN[key]}应为 0–3650 之间的整数天数")
        elif len(text) > 100:
            raise InvalidInput(f"{KNOWN[key]}太长（最多 100 个字）")
        return text
