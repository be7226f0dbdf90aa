"""Numbers, periods and rank changes written the way a Chinese street office reads them."""

from __future__ import annotations

import math
import re

MISSING = "—"


def is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))  # NaN, pandas NA
    except (TypeError, ValueError):
        return value is not None and str(value) in ("<NA>", "nan")


def format_number(value: object, digits: int = 2) -> str:
    """1234 → "1,234"; 125000 → "12.5万"; 320000000 → "3.2亿"; trailing zeros dropped."""
    if is_missing(value):
        return MISSING
    number = float(value)  # type: ignore[arg-type]
    magnitude = abs(number)
    if magnitude >= 1e8:
        return f"{_trim(number / 1e8, digits)}亿"
    if magnitude >= 1e5:  # 万 only where it helps: six digits and more
        return f"{_trim(number / 1e4, digits)}万"
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.{digits}f}".rstrip("0").rstrip(".")


def _trim(number: float, digits: int) -> str:
    return f"{number:.{digits}f}".rstrip("0").rstrip(".")


def format_percent(value: object, digits: int = 1) -> str:
    """98 → "98.0%" (the value is already a percentage)."""
    if is_missing(value):
        return MISSING
    return f"{float(value):.{digits}f}%"  # type: ignore[arg-type]


def format_share(value: object) -> str:
    """A 0–1 share as a whole percentage: 0.75 → "75%"."""
    if is_missing(value):
        return MISSING
    return f"{float(value) * 100:.0f}%"  # type: ignore[arg-type]


def format_value(value: object, unit: str | None = None, approximate: bool = False) -> str:
    """A reported figure with its unit; approximate figures (近140, 3000余) get "≈"."""
    if is_missing(value):
        return MISSING
    text = format_percent(value) if unit == "%" else format_number(value)
    if unit and unit != "%":
        text = f"{text} {unit}"
    return f"≈{text}" if approximate is True else text


def format_rank_change(change: object) -> str:
    """Positive means the community moved up: 2 → "↑2", -1 → "↓1", 0 → "→", missing → "新"."""
    if is_missing(change):
        return "新"
    steps = int(float(change))  # type: ignore[arg-type]
    if steps > 0:
        return f"↑{steps}"
    if steps < 0:
        return f"↓{-steps}"
    return "→"


def format_rank_interval(low: object, high: object) -> str:
    if is_missing(low) or is_missing(high):
        return MISSING
    low_rank, high_rank = int(float(low)), int(float(high))  # type: ignore[arg-type]
    return f"第{low_rank}名" if low_rank == high_rank else f"第{low_rank}–{high_rank}名"


def format_period(period: str) -> str:
    """2025-12 → "2025年12月"; 2025-Q4 → "2025年第4季度"; 2025 → "2025年"."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})", period):
        return f"{match[1]}年{int(match[2])}月"
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        return f"{match[1]}年第{match[2]}季度"
    if re.fullmatch(r"\d{4}", period):
        return f"{period}年"
    return period


OPERATORS = {">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "＝", "==": "＝"}


def format_operator(operator: object) -> str:
    """">=" → "≥": how a target reads in a Chinese report."""
    if is_missing(operator):
        return ""
    return OPERATORS.get(str(operator), str(operator))


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$:!{}()])")
LIST_MARKER = re.compile(r"(?m)^(\s*)([-+=])")
NUMBERED_MARKER = re.compile(r"(?m)^(\s*\d+)\.")


def escape_markdown(text: object) -> str:
    """Text from spreadsheets (names, headers, file names) shown literally where Streamlit would
    read Markdown: titles, captions, alerts, metric labels. `:` is escaped too (`:red[…]`,
    `:material/…:`)."""
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
    escaped = LIST_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}", escaped)
    return NUMBERED_MARKER.sub(lambda m: f"{m[1]}\\.", escaped)
