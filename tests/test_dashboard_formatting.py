"""Chinese number, period and rank formatting."""

import pytest

from dashboard.formatting import (format_number, format_operator, format_percent, format_period,
                                  format_rank_change, format_rank_interval, format_share,
                                  format_value)


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (1234, "1,234"), (99999, "99,999"), (12.5, "12.5"), (73.91, "73.91"),
    (125000, "12.5万"), (1250000.0, "125万"), (-300000, "-30万"), (320000000, "3.2亿"),
    (None, "—"), (float("nan"), "—"),
])
def test_format_number(value, text):
    assert format_number(value) == text


def test_percent_share_value_and_operator():
    assert format_percent(98) == "98.0%"
    assert format_share(0.75) == "75%"
    assert format_value(140.0, "人", approximate=True) == "≈140 人"
    assert format_value(2500000.0, "元") == "250万 元"
    assert format_value(92.5, "%") == "92.5%"
    assert format_value(None, "人") == "—"
    assert format_operator(">=") == "≥"
    assert format_operator("<=") == "≤"


def test_rank_change_and_interval():
    assert [format_rank_change(v) for v in (2, -1, 0, None)] == ["↑2", "↓1", "→", "新"]
    assert format_rank_interval(1, 3) == "第1–3名"
    assert format_rank_interval(4, 4) == "第4名"


def test_period():
    assert [format_period(p) for p in ("2025-12", "2025-01", "2025-Q4", "2025")] == [
        "2025年12月", "2025年1月", "2025年第4季度", "2025年"]
