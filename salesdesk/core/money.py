"""CNY amounts: parsed from what people type, kept exact, shown with two decimals."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from salesdesk.i18n import tr

MAX_AMOUNT = Decimal("1000000000")  # 十亿: anything above is a typing mistake
CENT = Decimal("0.01")


class BadAmount(ValueError):
    pass


def parse_money(text: str | int | float | Decimal) -> Decimal:
    raw = str(text).strip().replace(",", "").replace("，", "").replace("¥", "").replace("元", "")  # i18n: data
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise BadAmount(tr("金额“{text}”不是有效数字").format(text=text)) from None
    if not value.is_finite():
        raise BadAmount(tr("金额“{text}”不是有效数字").format(text=text))
    if value < 0:
        raise BadAmount(tr("金额不能为负数：{text}").format(text=text))
    if value > MAX_AMOUNT:
        raise BadAmount(tr("金额过大：{text}").format(text=text))
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_fen(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(CENT)


def format_cny(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"¥{value:,.2f}"
