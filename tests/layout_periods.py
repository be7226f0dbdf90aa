"""Where a generated return writes its period, and in which form (see layout_generator)."""

from __future__ import annotations

import random

from layout_model import FILE_PERIOD_FORMS, MONTH_CELL_FORMS, SHEET_FORMS, TITLE_PERIOD_FORMS, period_text

ACROSS_FORMS = ["3月", "3月份", "三月份", "2025年3月", "2025.03"]


def period_forms(rng: random.Random, period_place: str, periods: tuple[str, ...], year: int,
                 features: set[str]) -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    """(form, each period as written, the year written elsewhere or '', sheet names)."""
    form = ""
    year_text = ""
    sheet_names: tuple[str, ...] = ("Sheet1",)
    period_texts: tuple[str, ...] = ()
    if period_place in ("title", "cell"):
        form = rng.choice(TITLE_PERIOD_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"period_form={form}")
        if form == "三月份":
            year_text = f"{year}年"
    elif period_place == "file_name":
        form = rng.choice(FILE_PERIOD_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"file_period_form={form}")
    elif period_place == "sheet":
        form = rng.choice(SHEET_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        sheet_names = period_texts
        features.add(f"sheet_name={form}")
        if form == "3月":
            year_text = f"{year}年"
    elif period_place == "month_column":
        form = rng.choice(MONTH_CELL_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"month_cell={form}")
        if form == "3月":
            year_text = f"{year}年"
    elif period_place == "month_across":  # over the value columns of one community's form
        form = rng.choice(ACROSS_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"month_across={form}")
        if "年" not in form:
            year_text = f"{year}年"
    return form, period_texts, year_text, sheet_names
