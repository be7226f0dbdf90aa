"""World of the 龙沙区·大民街道 corpus: communities, months, values, and the cell ledger."""
import random

STREET = ("230202007", "大民街道")
COMM = [  # code, registry name, the name clerks write
    ("230202007001", "新鹤城社区居民委员会", "新鹤城社区"),
    ("230202007002", "新汇社区居民委员会", "新汇社区"),
    ("230202007003", "晨光社区居民委员会", "晨光社区"),
    ("230202007004", "联心社区居民委员会", "联心社区"),
    ("230202007200", "明星社区村委会", "明星社区"),
    ("230202007201", "爱国社区村委会", "爱国社区"),
    ("230202007202", "三合社区村委会", "三合社区"),
    ("230202007203", "新光社区村委会", "新光社区"),
    ("230202007204", "大民社区村委会", "大民社区"),
    ("230202007205", "五福玛社区村委会", "五福玛社区"),
    ("230202007206", "永光村村民委员会", "永光村"),
]
MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
BASE = {  # indicator: (low, high) per community-month
    "petitions_received": (20, 70), "petitions_resolved": None, "disputes_mediated": (1, 9),
    "jobs_created": (3, 25), "public_welfare_jobs": None, "people_employed": (4, 30),
    "zero_employment_households": (0, 4), "micro_loans_yuan": None, "training_sessions": (0, 4),
    "dibao_households": (20, 90), "dibao_persons": None, "dibao_payout_yuan": None,
    "free_health_checks": (10, 120), "people_assisted": (15, 90), "goods_distributed": (20, 260),
    "cultural_activities": (1, 9), "lectures_held": (1, 6), "patrol_members": (20, 60),
    "informants": (8, 30), "security_cases": (0, 5), "volunteers": (300, 1400),
    "volunteer_person_times": (80, 600), "party_members": (90, 420), "pairings": (10, 60),
    "households": (2400, 6800), "residents": None, "floating_population": (150, 900), "staff": (9, 18),
}
STOCK = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
         "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"}


def build(seed=230202):
    rng = random.Random(seed)
    v = {}
    for c, _, _ in COMM:
        start = {}
        for i, m in enumerate(MONTHS):
            for ind, rg in BASE.items():
                if rg is None:
                    continue
                if ind in STOCK and i:
                    prev = v[(c, MONTHS[i - 1], ind)]
                    v[(c, m, ind)] = max(0, prev + rng.randint(-2, 3) * (10 if prev > 1000 else 1))
                else:
                    v[(c, m, ind)] = rng.randint(*rg)
            k = (c, m)
            v[k + ("petitions_resolved",)] = v[k + ("petitions_received",)] - rng.randint(0, 6)
            v[k + ("public_welfare_jobs",)] = rng.randint(0, v[k + ("jobs_created",)] // 3)
            v[k + ("micro_loans_yuan",)] = rng.choice([0, 50000, 100000, 150000, 200000, 120000])
            if i == 0:
                v[k + ("dibao_persons",)] = v[k + ("dibao_households",)] + rng.randint(8, 40)
                v[k + ("residents",)] = int(v[k + ("households",)] * 2.3) + rng.randint(0, 400)
            else:
                pk = (c, MONTHS[i - 1])
                v[k + ("dibao_persons",)] = v[pk + ("dibao_persons",)] + (v[k + ("dibao_households",)] - v[pk + ("dibao_households",)])
                v[k + ("residents",)] = v[pk + ("residents",)] + rng.randint(-15, 25)
            v[k + ("dibao_payout_yuan",)] = v[k + ("dibao_persons",)] * rng.choice([560, 585, 610])
    return v


class Ledger:
    def __init__(self, world):
        self.w = world
        self.truth = {}
        self.cells = []
        self.ignore = []
        self.files = []
        self.bad = []

    def rec(self, key, file, sheet, cell, raw, role="primary", value=None):
        val = self.w[key] if value is None else value
        if role in ("primary", "correction", "duplicate"):
            if role == "primary" and key in self.truth:
                role = "duplicate"
                assert self.truth[key] == val, key
            self.truth[key] = val
        self.cells.append(key + (val, file, sheet, cell, str(raw), role))

    def ign(self, key, file, sheet, cell, raw):
        self.ignore.append(key + (file, sheet, cell, str(raw)))
        self.truth.pop(key, None)
        self.w[key] = None
