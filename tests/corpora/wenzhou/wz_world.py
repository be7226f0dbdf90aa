"""The place, the months and the figures of 鹿城区·松台街道 (seeded).

Seasons: 国庆/中秋 (2025-10) and 重阳 (10-29) raise 走访慰问; 冬至 (12-21, 「冬至大如年」) and 春节 (2026-02-17) raise 慰问
and 物资; 元旦 / 元宵 / 拦街福 (2026-03, 松台山 庙会) raise 文化活动; 春风行动 (2-3月) raises jobs; 学雷锋 (3月) 志愿服务;
台风 / 防台 (2025-09) raises 诉求 (积水、广告牌).
"""
import random

CITY = "330302"
STREET = "330302026"
STREET_NAME = "松台街道"
# code suffix, short name
COMMS = [("003", "庆年坊"), ("006", "郭公山"), ("007", "来福门"), ("024", "桂柑"), ("030", "昌明"), ("034", "菱藕"),
         ("039", "锦花"), ("040", "水心"), ("041", "蛟翔巷"), ("042", "茶花"), ("043", "半腰桥"), ("044", "昌盛")]
PERIOD = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
STOCKS = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"}


def prev_month(m):
    y, mm = int(m[:4]), int(m[5:])
    return f"{y - 1}-12" if mm == 1 else f"{y}-{mm - 1:02d}"


class World:
    def __init__(self):
        rnd = random.Random(20251221)
        self.comms = [(STREET + s, n) for s, n in COMMS]
        self.code = {n: c for c, n in self.comms}
        self.name = {c: n for c, n in self.comms}
        self.period = list(PERIOD)
        months = ["2024-%02d" % m for m in range(9, 13)] + ["2025-%02d" % m for m in range(1, 13)] + \
            ["2026-01", "2026-02", "2026-03"]
        self.months = months
        self.v = {}
        self.old = {}
        for code, _ in self.comms:
            size = rnd.randint(2600, 5200)           # households
            res = int(size * rnd.uniform(2.4, 2.9))
            base = dict(households=size, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.3)),
                        staff=rnd.randint(11, 19), party_members=rnd.randint(180, 420), pairings=rnd.randint(12, 40),
                        patrol_members=rnd.randint(25, 60), informants=rnd.randint(8, 22), volunteers=rnd.randint(600, 1500),
                        dibao_households=rnd.randint(14, 45), zero_employment_households=rnd.randint(0, 4))
            base["dibao_persons"] = int(base["dibao_households"] * rnd.uniform(1.4, 1.9))
            for m in months:
                mm = int(m[5:])
                k = lambda ind: (code, m, ind)
                for ind, b in base.items():
                    if ind in ("households", "residents", "floating_population", "volunteers"):
                        base[ind] = b + rnd.randint(-3, 12) if ind != "residents" else b + rnd.randint(-10, 30)
                    elif ind in ("dibao_households",):
                        base[ind] = max(8, b + rnd.choice([-1, 0, 0, 0, 1]))
                    elif ind == "dibao_persons":
                        base[ind] = max(base["dibao_households"] + 3, b + rnd.choice([-2, -1, 0, 0, 1, 2]))
                    elif ind in ("party_members", "pairings", "patrol_members", "informants"):
                        base[ind] = b + rnd.choice([-1, 0, 0, 1, 2])
                    elif ind == "staff":
                        base[ind] = b + rnd.choice([0, 0, 0, 0, -1, 1])
                    elif ind == "zero_employment_households":
                        base[ind] = max(0, b + rnd.choice([0, 0, 0, -1, 1]))
                    self.v[k(ind)] = base[ind]
                typhoon = 1.5 if mm == 9 else 1.0
                pr = int(rnd.randint(28, 70) * typhoon)
                self.v[k("petitions_received")] = pr
                self.v[k("petitions_resolved")] = pr - rnd.randint(0, 5)
                self.v[k("disputes_mediated")] = rnd.randint(1, 9)
                spring = mm in (2, 3)
                jobs = rnd.randint(5, 18) + (rnd.randint(8, 15) if spring else 0)
                self.v[k("jobs_created")] = jobs
                self.v[k("public_welfare_jobs")] = rnd.randint(0, min(4, jobs))
                self.v[k("people_employed")] = rnd.randint(6, 25) + (10 if spring else 0)
                self.v[k("micro_loans_yuan")] = rnd.choice([0, 100000, 150000, 200000, 300000, 500000])
                self.v[k("training_sessions")] = rnd.randint(0, 4)
                self.v[k("dibao_payout_yuan")] = self.v[k("dibao_persons")] * rnd.choice([900, 950, 1000, 1050]) + \
                    rnd.choice([0, 0, 300, 600])
                self.v[k("free_health_checks")] = rnd.randint(20, 90) + (40 if mm in (10, 11) else 0)
                fest = mm in (10, 12, 1, 2)
                self.v[k("people_assisted")] = rnd.randint(15, 45) + (40 if fest else 0)
                self.v[k("goods_distributed")] = rnd.randint(20, 60) + (70 if fest else 0)
                self.v[k("cultural_activities")] = rnd.randint(2, 6) + (3 if mm in (1, 2, 3) else 0)
                self.v[k("lectures_held")] = rnd.randint(1, 6)
                self.v[k("security_cases")] = rnd.randint(0, 4)
                self.v[k("volunteer_person_times")] = rnd.randint(150, 480) + (200 if mm == 3 else 0)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def quarter(self, code, q, ind):
        ms = {"2025-Q4": ["2025-10", "2025-11", "2025-12"], "2026-Q1": ["2026-01", "2026-02", "2026-03"]}[q]
        return sum(self.v[(code, m, ind)] for m in ms)

    def correct(self, key, new):
        """A figure corrected in batch2: batch1 shows the old one."""
        self.old[key] = self.v[key]
        self.v[key] = new
