"""The six stages of the 潜在客户管理系统 method, plus 退出 (lost)."""
from __future__ import annotations

from enum import Enum

from salesdesk.i18n import N_, tr


class Stage(str, Enum):
    OPPORTUNITY = "opportunity"
    APPOINTMENT = "appointment"
    P25 = "p25"
    P50 = "p50"
    P90 = "p90"
    WON = "won"
    LOST = "lost"

    @property
    def label(self) -> str:
        """The Chinese name (what is stored, parsed and compared); ``shown_label`` is for people."""
        return STAGE_LABELS[self]

    @property
    def shown_label(self) -> str:
        """The name in the user's language: ``Opportunity``, ``25%``, ``Won``."""
        return stage_label(self)

    @property
    def column_label(self) -> str:
        """The numbered column heading used on the paper table: ``3-(25%)``."""
        return COLUMN_LABELS[self]

    @property
    def rank(self) -> int:
        """Position on the board; LOST has no position (-1)."""
        return BOARD_STAGES.index(self) if self in BOARD_STAGES else -1

    @property
    def is_open(self) -> bool:
        """Still being worked: on the board and not yet 成交."""
        return self not in (Stage.WON, Stage.LOST)

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.value


#: The board's columns, in the method's order.
BOARD_STAGES: tuple[Stage, ...] = (
    Stage.OPPORTUNITY,
    Stage.APPOINTMENT,
    Stage.P25,
    Stage.P50,
    Stage.P90,
    Stage.WON,
)

#: Stages whose prospects show a first-meeting date and an age (SPEC §1.2).
AGING_STAGES: tuple[Stage, ...] = (Stage.APPOINTMENT, Stage.P25, Stage.P50, Stage.P90)

STAGE_LABELS: dict[Stage, str] = {
    Stage.OPPORTUNITY: N_("销售机会"),
    Stage.APPOINTMENT: N_("约定初次见面"),
    Stage.P25: "25%",
    Stage.P50: "50%",
    Stage.P90: "90%",
    Stage.WON: N_("成交"),
    Stage.LOST: N_("退出"),
}

COLUMN_LABELS: dict[Stage, str] = {
    Stage.OPPORTUNITY: N_("1-销售机会"),
    Stage.APPOINTMENT: N_("2-约定初次见面"),
    Stage.P25: "3-(25%)",
    Stage.P50: "4-(50%)",
    Stage.P90: "5-(90%)",
    Stage.WON: N_("6-成交"),
    Stage.LOST: N_("退出"),
}


def stage_label(stage: Stage | str) -> str:
    """A stage's name in the user's language (``Stage.OPPORTUNITY`` or ``"opportunity"``)."""
    return tr(STAGE_LABELS[Stage(stage)])


def column_label(stage: Stage | str) -> str:
    """The paper table's numbered heading in the user's language: ``1-Opportunity``."""
    return tr(COLUMN_LABELS[Stage(stage)])


_ALIASES: dict[str, Stage] = {}
for _stage in Stage:
    _ALIASES[_stage.value] = _stage
    _ALIASES[STAGE_LABELS[_stage]] = _stage
    _ALIASES[COLUMN_LABELS[_stage]] = _stage
_ALIASES.update(
    {
        "25": Stage.P25, "50": Stage.P50, "90": Stage.P90,
        "(25%)": Stage.P25, "(50%)": Stage.P50, "(90%)": Stage.P90,
        "初次见面": Stage.APPOINTMENT, "约见": Stage.APPOINTMENT,  # i18n: data
        "机会": Stage.OPPORTUNITY, "输单": Stage.LOST, "丢失": Stage.LOST,  # i18n: data
        "first meeting booked": Stage.APPOINTMENT,
    }
)


class UnknownStage(ValueError):
    pass


def parse_stage(text: str) -> Stage:
    """Accept a stage key (``p50``), its Chinese label (``50%``, ``成交``) or column label."""
    key = (text or "").strip()
    stage = _ALIASES.get(key) or _ALIASES.get(key.lower())
    if stage is None:
        names = tr("、").join(s.value for s in Stage)
        raise UnknownStage(tr("未知的阶段“{text}”，可用：{names}（或中文名称，如 销售机会、25%、成交、退出）").format(
            text=text, names=names))
    return stage
