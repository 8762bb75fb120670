"""How numbers read on screen: thousands separators, and the 亿/万 form a Chinese reader expects."""
from __future__ import annotations

from decimal import Decimal


def thousands(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def readable(value: float | int) -> str:
    """5670000000 -> '56.7亿', 12000 -> '1.2万', 836.4 -> '836.4'."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for size, unit in ((10 ** 12, "万亿"), (10 ** 8, "亿"), (10 ** 4, "万")):
        if v >= size:
            # exact, never rounded: 1234567891 is 12.34567891亿, not 12.3457亿
            text = format(Decimal(repr(v)) / size, "f")
            text = text.rstrip("0").rstrip(".") if "." in text else text
            return f"{sign}{text}{unit}"
    return sign + (thousands(v) if float(v).is_integer() else f"{v:g}")


def plain(value: float | int) -> str:
    """The value as a spreadsheet reads it: no separators, no float noise."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
