"""The place (拉萨市城关区 八廓街道, 540102002), the seven months 2025-10 … 2026-04 and the figures.

Seeded with random.Random(20261207). Seasons of Lhasa's old town: 国庆 / 十月 tourist tail (Oct, 流动人口 high),
燃灯节 (甘丹安曲, 2025-12-15) patrols and 志愿服务, the winter pilgrimage season (Dec–Feb: 转经 crowds round 八廓, 民情诉求 and
治安 up), 藏历新年 + 春节 (2026-02-17/18: 走访慰问, 慰问物资, 文体活动 peak in February), 春风行动 jobs in March–April.
"""
import random

STREET = "540102002"
STREET_NAME = "八廓街道"
COMM = [  # code, short name, residents (about)
    ("540102002001", "绕赛", 6200),
    ("540102002002", "白林", 5400),
    ("540102002003", "鲁固", 7100),
    ("540102002004", "八廓", 4800),
    ("540102002005", "冲赛康", 6600),
    ("540102002006", "丹杰林", 3900),
    ("540102002007", "夏萨苏", 5800),
]
NAME = {c: n for c, n, _ in COMM}
CODE = {n: c for c, n, _ in COMM}
PERIOD = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
ALL = ["2024-%02d" % m for m in range(10, 13)] + ["2025-%02d" % m for m in range(1, 13)] + PERIOD[3:]

# seasonal factors per month number
SEASON = {
    "petitions_received": {10: 1.1, 11: 0.9, 12: 1.2, 1: 1.3, 2: 1.2, 3: 0.9, 4: 0.9},
    "people_assisted": {10: 0.6, 11: 0.5, 12: 0.8, 1: 1.4, 2: 2.0, 3: 0.5, 4: 0.5},
    "goods_distributed": {10: 0.5, 11: 0.4, 12: 0.8, 1: 1.5, 2: 2.2, 3: 0.4, 4: 0.4},
    "cultural_activities": {10: 1.2, 11: 0.7, 12: 1.0, 1: 0.8, 2: 1.8, 3: 1.0, 4: 1.1},
    "volunteer_person_times": {10: 1.3, 11: 0.8, 12: 1.4, 1: 1.0, 2: 1.3, 3: 1.2, 4: 1.0},
    "jobs_created": {10: 0.8, 11: 0.7, 12: 0.5, 1: 0.5, 2: 0.8, 3: 1.6, 4: 1.4},
    "people_employed": {10: 0.8, 11: 0.7, 12: 0.5, 1: 0.5, 2: 0.8, 3: 1.6, 4: 1.4},
    "security_cases": {10: 1.0, 11: 0.6, 12: 1.2, 1: 1.3, 2: 1.4, 3: 0.6, 4: 0.6},
    "floating_population": {10: 1.15, 11: 0.95, 12: 1.0, 1: 1.1, 2: 1.2, 3: 0.95, 4: 1.0},
}
FLOW_BASE = {  # per 1,000 residents per month
    "petitions_received": 5.0, "disputes_mediated": 0.8, "jobs_created": 1.6, "public_welfare_jobs": 0.4,
    "people_employed": 1.3, "training_sessions": 0.25, "free_health_checks": 9.0, "people_assisted": 6.0,
    "goods_distributed": 9.0, "cultural_activities": 0.8, "lectures_held": 0.7, "security_cases": 0.3,
    "volunteer_person_times": 30.0,
}
STOCK_BASE = {  # per 1,000 residents
    "households": 330.0, "floating_population": 160.0, "staff": 2.4, "party_members": 38.0, "volunteers": 95.0,
    "pairings": 9.0, "patrol_members": 7.0, "informants": 3.0, "dibao_households": 9.0, "zero_employment_households": 0.7,
}


class World:
    def __init__(self):
        rnd = random.Random(20261207)
        self.period = list(PERIOD)
        self.v = {}
        self.old = {}   # key -> first (batch1) value of a corrected key
        for code, _, pop in COMM:
            k = pop / 1000.0
            res = pop
            st = {i: max(1, round(b * k * rnd.uniform(0.8, 1.2))) for i, b in STOCK_BASE.items()}
            for m in ALL:
                mn = int(m[5:])
                res += rnd.randint(-15, 25)
                self.v[(code, m, "residents")] = res
                for i, base in st.items():
                    drift = rnd.choice([0, 0, 0, 1, -1]) if i not in ("staff",) else rnd.choice([0] * 8 + [1])
                    st[i] = max(0, base + drift) if i != "households" else base + rnd.randint(-3, 6)
                    val = st[i]
                    if i == "floating_population":
                        val = round(st[i] * SEASON[i].get(mn, 1.0) * rnd.uniform(0.97, 1.03))
                    self.v[(code, m, i)] = val
                dh = self.v[(code, m, "dibao_households")]
                self.v[(code, m, "dibao_persons")] = round(dh * rnd.uniform(1.5, 1.9))
                self.v[(code, m, "dibao_payout_yuan")] = self.v[(code, m, "dibao_persons")] * 1010 + rnd.randint(0, 9) * 100
                for i, base in FLOW_BASE.items():
                    f = SEASON.get(i, {}).get(mn, 1.0)
                    self.v[(code, m, i)] = max(0, round(base * k * f * rnd.uniform(0.75, 1.25)))
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 50000, 100000, 150000, 200000, 300000])
                rec = self.v[(code, m, "petitions_received")]
                self.v[(code, m, "petitions_resolved")] = max(0, rec - rnd.randint(0, 3))
                self.v[(code, m, "public_welfare_jobs")] = min(self.v[(code, m, "public_welfare_jobs")],
                                                               self.v[(code, m, "jobs_created")])
                self.v[(code, m, "security_cases")] = min(self.v[(code, m, "security_cases")], 9)
                self.v[(code, m, "disputes_mediated")] = min(self.v[(code, m, "disputes_mediated")], 10)

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new

    def last_year(self, month):
        return f"{int(month[:4]) - 1}{month[4:]}"

    def prev(self, month):
        y, m = int(month[:4]), int(month[5:])
        return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"
