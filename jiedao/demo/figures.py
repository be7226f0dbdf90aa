"""The demo's figures: monthly values per community with persistent traits, a mild trend,
seasonality and noise — what the clerks' spreadsheets then report."""

from __future__ import annotations

import math
import random

from jiedao.demo.model import MONTHS, Community, TruthKey


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def simulate(communities: list[Community], rng: random.Random,
             months: tuple[tuple[int, int], ...] = MONTHS) -> dict[TruthKey, float]:
    """Monthly values per community: persistent traits, a mild trend, seasonality, noise."""
    values: dict[TruthKey, float] = {}
    for community in communities:
        residents0 = rng.uniform(3000, 11500)
        size = (residents0 - 3000) / 8500            # 0 … 1: drives the volume indicators
        skill = rng.uniform(0.74, 0.97)              # resolution rate: persistent, so ranks mean something
        employment = rng.uniform(0.6, 1.35)
        poverty = rng.uniform(0.5, 1.5)
        activity = rng.uniform(0.6, 1.4)
        household_size = rng.uniform(2.4, 2.9)
        floating_share = rng.uniform(0.05, 0.15)
        volunteer_share = rng.uniform(0.05, 0.11)
        party_share = rng.uniform(0.02, 0.04)
        staff = 6 + round(residents0 / 1000)
        patrol, informants = rng.randint(20, 70), rng.randint(10, 35)
        pairings0, zero_households0 = rng.randint(10, 35), rng.randint(2, 8)
        dibao_households0 = round(rng.uniform(20, 80) * poverty)
        dibao_ratio = rng.uniform(1.3, 2.0)
        for t, (year, month) in enumerate(months):
            period = f"{year}-{month:02d}"
            winter = math.cos(2 * math.pi * (month - 1) / 12)  # +1 in January, -1 in July
            spring = 1.3 if month in (3, 4, 5) else (0.8 if month in (1, 2, 12) else 1.0)
            festival = 1.6 if month in (1, 2, 9) else 1.0      # 春节, 中秋 visits
            trend = 1 + 0.008 * t
            residents = round(residents0 * (1 + 0.0015 * t) + rng.gauss(0, 12))
            received = round(_clip((25 + 50 * size) * (1 + 0.15 * winter) * trend
                                   + rng.gauss(0, 5), 20, 90))
            resolved = min(received, round(received * _clip(skill + rng.gauss(0, 0.03), 0.7, 1.0)))
            jobs = round(_clip(16 * employment * spring * trend + rng.gauss(0, 3), 5, 30))
            dibao_households = max(5, dibao_households0 + round(2 * math.sin(t / 4)) - t // 8)
            dibao_persons = round(dibao_households * dibao_ratio)
            standard = 720 if year == 2024 else 760
            volunteers = round(residents * volunteer_share * (1 + 0.01 * t))
            month_values = {
                "petitions_received": received,
                "petitions_resolved": resolved,
                "disputes_mediated": 1 + _poisson(rng, 2 + 4 * size),
                "jobs_created": jobs,
                "public_welfare_jobs": round(jobs * rng.uniform(0, 0.3)),
                "people_employed": round(_clip(jobs * rng.uniform(0.8, 1.25), 5, 35)),
                "zero_employment_households": max(0, zero_households0 - t // 5),
                # 0.1 万元 steps, so the 万元 text converts to whole yuan.
                "micro_loans_yuan": (rng.randint(20, 500) * 1000) if rng.random() < 0.6 else 0,
                "training_sessions": rng.randint(0, 4),
                "dibao_households": dibao_households,
                "dibao_persons": dibao_persons,
                # Whole hundreds of yuan, so "8.46" 万元 is exact.
                "dibao_payout_yuan": round(dibao_persons * standard / 100) * 100,
                "free_health_checks": round(_clip(rng.gauss(30 + 30 * size, 8), 10, 80)),
                "people_assisted": round(_clip(rng.gauss(20 + 15 * poverty, 5) * festival, 10, 60)),
                "goods_distributed": round(_clip(rng.gauss(50 + 40 * poverty, 12) * festival, 20, 200)),
                "cultural_activities": round(_clip(4 * activity + rng.gauss(0, 1.5), 2, 10)),
                "lectures_held": round(_clip(3 * activity + rng.gauss(0, 1.2), 1, 8)),
                "patrol_members": patrol + (t // 6),
                "informants": informants + (t // 12),
                "security_cases": _poisson(rng, 0.8 + 2 * size),
                "volunteers": volunteers,
                "volunteer_person_times": round(volunteers * rng.uniform(0.3, 0.6)
                                                * (1.2 if month in (3, 5, 10) else 1.0)),
                "party_members": round(residents0 * party_share) + t // 4,
                "pairings": pairings0 + t // 6,
                "households": round(residents / household_size),
                "residents": residents,
                "floating_population": round(residents * floating_share * (1 + 0.1 * winter)),
                "staff": staff + (1 if t >= 12 and staff < 12 else 0),
            }
            for indicator, value in month_values.items():
                values[(community.code, period, indicator)] = float(value)
    return values
