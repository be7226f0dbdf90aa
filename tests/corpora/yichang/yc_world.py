"""The 西陵街道 world: 12 communities, seven months 2025-09 … 2026-03, every base indicator's true value."""
import random

PERIOD = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
# code, registry short name, size factor
COMMS = [("420502001001", "土街头", 1.1), ("420502001002", "樵湖岭", 0.9), ("420502001003", "石板溪", 1.0),
         ("420502001004", "铁路坝", 1.2), ("420502001006", "刘家大堰", 0.8), ("420502001007", "常刘路", 1.0),
         ("420502001008", "绿萝路", 0.7), ("420502001009", "营盘路", 1.3), ("420502001011", "船柴", 0.6),
         ("420502001012", "香锦", 0.9), ("420502001013", "大学路", 1.4), ("420502001014", "土城路", 0.8)]
HIST = ["2024-%02d" % m for m in range(9, 13)] + ["2025-%02d" % m for m in range(1, 9)]
BY_SHORT = {s: c for c, s, _ in COMMS}
SHORT = {c: s for c, s, _ in COMMS}
# stock: (base, monthly drift range); flow: (low, high)
STOCK = {"zero_employment_households": (3, 1), "dibao_households": (24, 1), "dibao_persons": (38, 2),
         "patrol_members": (45, 2), "informants": (18, 1), "volunteers": (820, 15), "party_members": (210, 3),
         "pairings": (30, 1), "households": (3900, 12), "residents": (10400, 30), "floating_population": (1300, 25),
         "staff": (16, 0)}
FLOW = {"petitions_received": (25, 60), "disputes_mediated": (0, 6), "jobs_created": (4, 20),
        "people_employed": (5, 24), "micro_loans_yuan": (0, 30), "training_sessions": (0, 4),
        "free_health_checks": (10, 90), "people_assisted": (8, 45), "goods_distributed": (10, 80),
        "cultural_activities": (2, 9), "lectures_held": (1, 6), "security_cases": (0, 4),
        "volunteer_person_times": (150, 700)}


class World:
    def __init__(self):
        rnd = random.Random(20250917)
        self.period = PERIOD
        self.v, self.old = {}, {}
        for code, _, f in COMMS:
            for ind, (base, drift) in STOCK.items():
                x = max(1, int(base * f * rnd.uniform(0.85, 1.15)))
                for ym in HIST + PERIOD:
                    x = max(0, x + rnd.randint(-drift, drift))
                    self.v[(code, ym, ind)] = x
            for ym in HIST + PERIOD:
                for ind, (lo, hi) in FLOW.items():
                    n = rnd.randint(lo, max(lo, int(hi * f)))
                    if ind == "micro_loans_yuan":
                        n = n * 5000 if rnd.random() < 0.5 else 0    # 0, 5 000 … in 5 000s
                    self.v[(code, ym, ind)] = n
                k = (code, ym, "petitions_received")
                self.v[(code, ym, "petitions_resolved")] = self.v[k] - rnd.randint(0, 3) if self.v[k] > 3 else self.v[k]
                j = self.v[(code, ym, "jobs_created")]
                self.v[(code, ym, "public_welfare_jobs")] = rnd.randint(0, min(2, j))
                p = self.v[(code, ym, "dibao_persons")]
                self.v[(code, ym, "dibao_payout_yuan")] = p * rnd.choice([650, 700, 750, 800]) // 100 * 100

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new

    def last_year(self, month):
        return f"{int(month[:4]) - 1}{month[4:]}"

    def prev(self, month):
        y, m = int(month[:4]), int(month[5:])
        return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"

    def quarter(self, code, q, ind):
        months = {"2025-Q4": ["2025-10", "2025-11", "2025-12"], "2026-Q1": ["2026-01", "2026-02", "2026-03"]}[q]
        return sum(self.v[(code, m, ind)] for m in months)
