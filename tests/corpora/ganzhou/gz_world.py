"""The world: 14 居委会 of 解放街道 × 2025-09 … 2026-03, one seeded figure per (community, month, indicator)."""
import random

from gz_core import COMM, MONTHS, W

SHORT = {"360702001001": "西津路", "360702001002": "新赣南路", "360702001003": "八境路", "360702001004": "西郊路",
         "360702001005": "大新开路", "360702001006": "南京路", "360702001007": "建国路", "360702001008": "解放路",
         "360702001009": "姚衙前", "360702001010": "健康路", "360702001011": "中山路", "360702001012": "洪城巷",
         "360702001013": "和平路", "360702001014": "尚书街"}
# what a clerk of the street office writes in a hurry: short, old or mistyped names (each still one community only)
CLERK = {"360702001001": "西津", "360702001002": "新赣南", "360702001003": "八境路社区", "360702001004": "西郊",
         "360702001005": "大新开", "360702001006": "南京路", "360702001007": "建国", "360702001008": "解放路居",
         "360702001009": "姚衙前", "360702001010": "健康", "360702001011": "中山", "360702001012": "洪成巷",
         "360702001013": "和平", "360702001014": "尚书街"}
STOCK = {"dibao_households": (8, 40), "patrol_members": (12, 40), "informants": (5, 16), "volunteers": (180, 620),
         "party_members": (90, 260), "pairings": (8, 30), "households": (1800, 4200), "floating_population": (300, 1500),
         "staff": (9, 16), "zero_employment_households": (0, 4)}
FLOW = {"petitions_received": (6, 40), "disputes_mediated": (0, 7), "jobs_created": (2, 25),
        "people_employed": (3, 30), "training_sessions": (0, 3), "free_health_checks": (10, 90),
        "people_assisted": (8, 60), "goods_distributed": (10, 120), "cultural_activities": (2, 9),
        "lectures_held": (1, 6), "volunteer_person_times": (60, 400), "security_cases": (0, 5)}
SEASON = {"2026-01": 1.3, "2026-02": 1.6}   # 春节 (2026-02-17): 走访慰问、物资、文体活动 rise


def build():
    rnd = random.Random(20260702)
    v = W["v"]
    for code, _ in COMM:
        base = {k: rnd.randint(*r) for k, r in STOCK.items()}
        for m in MONTHS:
            for k, b in base.items():
                if k == "staff":
                    v[(code, m, k)] = b + (1 if m >= "2026-01" and code[-1] in "37" else 0)
                elif k in ("zero_employment_households", "pairings"):
                    v[(code, m, k)] = b
                else:
                    base[k] = max(0, b + rnd.randint(-2, 3) * (1 if b < 100 else 3))
                    v[(code, m, k)] = base[k]
            h = v[(code, m, "households")]
            v[(code, m, "residents")] = int(h * rnd.uniform(2.4, 2.9))
            v[(code, m, "dibao_persons")] = v[(code, m, "dibao_households")] + rnd.randint(3, 14)
            v[(code, m, "dibao_payout_yuan")] = round(v[(code, m, "dibao_persons")] * rnd.choice([480, 520, 560, 610, 650]) / 100) * 100
            for k, r in FLOW.items():
                x = rnd.randint(*r)
                if k in ("people_assisted", "goods_distributed", "cultural_activities"):
                    x = int(x * SEASON.get(m, 1.0))
                v[(code, m, k)] = x
            rec = v[(code, m, "petitions_received")]
            v[(code, m, "petitions_resolved")] = rec - rnd.choice([0, 0, 1, 2])
            v[(code, m, "public_welfare_jobs")] = rnd.randint(0, min(3, v[(code, m, "jobs_created")]))
            v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 50000, 100000, 150000, 200000, 300000])


def correct(key, new):
    W["old"][key] = W["v"][key]
    W["v"][key] = new
