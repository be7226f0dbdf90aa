"""Cell texts of the import template → values, each refusal a Chinese reason (the importer adds
file, sheet and cell). Written the way clerks write them: "1,200", "1.2万", "12000元", full-width
digits; dates as 2025-09-30, 2025/9/30, 2025.9.30, 2025年9月30日, 20250930 or an Excel date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

YES = {"是", "y", "yes", "true", "1", "√", "✓", "对"}
NO = {"否", "n", "no", "false", "0", "×", "", "不是"}
DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+0{1,2}:0{2}(?::0{2})?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
COMMUNITY_CODE = re.compile(r"^\d{12}$")


class CellError(ValueError):
    """A cell that cannot be read; the message says what was found and what is expected."""


def clean(text: str) -> str:
    """Full-width to half-width, spaces trimmed; a leading apostrophe or ="…" (codes kept as text) removed."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    return text.lstrip("'").strip()


def community_code(text: str) -> str:
    code = clean(text)
    if code.endswith(".0"):
        code = code[:-2]
    if not COMMUNITY_CODE.match(code):
        raise CellError(f"社区代码「{text}」应是 12 位数字")
    return code


def year(text: str) -> int:
    value = clean(text).removesuffix("年")
    if value.endswith(".0"):
        value = value[:-2]
    if not (value.isdigit() and len(value) == 4 and 2000 <= int(value) <= 2100):
        raise CellError(f"年度「{text}」应是四位年份，如 2025")
    return int(value)


def amount(text: str, label: str = "金额", unit: int = 1) -> Decimal:
    """An amount in 元 (万 and 万元 multiply by 10,000; a bare number is in ``unit`` 元, e.g.
    10,000 under a （万元） header); never negative."""
    value = clean(text).replace(",", "").replace("，", "")
    scale = Decimal(unit)
    for suffix, factor in (("万元", 10_000), ("万", 10_000), ("元", 1)):
        if value.endswith(suffix):
            value, scale = value[: -len(suffix)].strip(), Decimal(factor)
            break
    try:
        number = Decimal(value) * scale
    except InvalidOperation:
        raise CellError(f"{label}「{text}」无法识别（应为数字，如 12000 或 1.2万）") from None
    if not number.is_finite() or number < 0:
        raise CellError(f"{label}「{text}」不能为负数")
    return number.quantize(Decimal("0.01"))


def yes_no(text: str) -> bool:
    value = clean(text).lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise CellError(f"小组/团队项目「{text}」应填“是”或“否”")


def date(text: str, label: str) -> dt.date | None:
    """None for an empty cell (not done yet)."""
    value = clean(text)
    if not value:
        return None
    match = DATE.match(value)
    if match is None and value.isdigit() and len(value) == 8:
        match = re.match(r"^(\d{4})(\d{2})(\d{2})$", value)
    try:
        if match is not None:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        serial = float(value)
        if serial.is_integer() and 36_526 <= serial <= 73_050:   # an Excel date 2000-01-01 … 2099-12-31
            return EXCEL_EPOCH + dt.timedelta(days=int(serial))
    except ValueError:
        pass
    raise CellError(f"{label}「{text}」不是日期（应写成 2025-09-30）")
