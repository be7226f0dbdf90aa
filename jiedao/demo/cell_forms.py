"""How a clerk writes a figure into a cell: "约30", "3000余", "1,869", full-width digits, "无",
a unit after the number, 万元 — and what number a written cell stands for."""

from __future__ import annotations

import math
import random

from jiedao.demo.model import Cell, RenderPlan, TruthKey

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
UNIT_SUFFIX = {"petitions_received": "件", "petitions_resolved": "件", "jobs_created": "个",
               "people_employed": "人", "free_health_checks": "人", "cultural_activities": "场",
               "lectures_held": "次", "security_cases": "起"}
# Figures written approximately only where no total or rule depends on them.
APPROXIMATE_OK = {"residents", "households", "floating_population", "goods_distributed",
                  "free_health_checks"}


def written(rng: random.Random, plan: RenderPlan, key: TruthKey, value: float, *,
            text_file: bool = False) -> Cell:
    """The cell a clerk types for a value; records in the plan what ingest must load."""
    indicator = key[2]
    plan.truth[key] = value
    roll = rng.random()
    whole = value == int(value)
    if whole and indicator in APPROXIMATE_OK and value >= 100 and roll < 0.04:
        style = rng.choice(("约{}", "{}余", "{}多", "近{}"))
        step = 1000 if value >= 5000 else (100 if value >= 1000 else 10)
        rounded = (math.ceil(value / step) if style == "近{}" else
                   (round(value / step) if style == "约{}" else math.floor(value / step))) * step
        plan.truth[key] = float(rounded)
        plan.approximate.add(key)
        return style.format(rounded)
    if whole and value == 0 and roll < 0.5:
        return "无"
    if whole and indicator in UNIT_SUFFIX and 0.04 <= roll < 0.08:
        return f"{int(value)}{UNIT_SUFFIX[indicator]}"
    if whole and 0 < value < 100 and 0.08 <= roll < 0.11:
        return str(int(value)).translate(FULL_WIDTH)
    if whole and value >= 1000 and (roll < 0.4 if text_file else 0.11 <= roll < 0.2):
        return f"{int(value):,}"
    if text_file:
        return str(int(value)) if whole else f"{value:g}"
    return int(value) if whole else value


def wan(value_yuan: float) -> float:
    """元 → 万元 as a clerk writes it (two decimals at most)."""
    return round(value_yuan / 10000, 2)


def numeric(cell: Cell) -> float:
    """The number a written cell stands for (for the 合计 a clerk's spreadsheet computes)."""
    if isinstance(cell, (int, float)):
        return float(cell)
    text = (cell or "").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits) if digits else 0.0
