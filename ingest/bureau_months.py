"""2025M09: the statistics bureau's way of writing a month (year, M, two-digit month), as its data
releases and the platform exports copied from them write it. Read as 2025年09月, so that every rule
of ``ingest.periods`` (spans such as 2025M09-2026M03, leftovers, years) applies unchanged."""

from __future__ import annotations

import re

BUREAU_MONTH = re.compile(r"(?<![A-Za-z\d])((?:19|20)\d{2})\s*M\s*(0[1-9]|1[0-2])(?!\d)")


def bureau_months(text: str) -> str:
    """2025M09 → 2025年09月; a text without such a month unchanged (ADM2025M09 is a code)."""
    return BUREAU_MONTH.sub(r"\1年\2月", text) if "M" in text else text
