"""The world: 福建省泉州市鲤城区 开元街道 (350502004), its 13 community committees, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 上月 / 上年同期 / 累计 figures. Seed: random.Random(20251231).
"""
import random

STREET = ("350502004", "开元街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居委会」
COMMS = [("梅山", "350502004001", 1.0), ("新春", "350502004002", 0.9), ("东北", "350502004003", 0.8),
         ("梅峰", "350502004004", 1.1), ("刺桐", "350502004005", 1.3), ("东升", "350502004006", 0.9),
         ("华新", "350502004007", 1.0), ("泉山", "350502004008", 1.2), ("双塔", "350502004009", 0.8),
         ("红梅", "350502004010", 0.9), ("开元", "350502004011", 1.4), ("西湖", "350502004012", 1.1),
         ("北山", "350502004013", 0.7)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居委会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, k) for k in range(9, 13)] + [(2025, k) for k in range(1, 13)]
       + [(2026, k) for k in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 泉州古城: 台风 season tail in September (防台 诉求); 中秋 博饼 (2025-10-06) and 国庆 raise
    文体活动 in October; 冬至 (12-21) 搓圆 and 元旦 in December; 春节 2026-02-17 and 元宵 (03-03, 古城 花灯 and
    踩街) raise 走访慰问 / 物资 (Jan–Feb) and 文化活动 (Feb–Mar); 侨亲 come home for 春节; 春风行动 jobs Feb–Mar;
    学雷锋 (3月) raises 刺桐红 volunteering."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {9: 1.4, 2: 0.7, 3: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 10: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 2: 1.3, 10: 1.2}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 1.3, 10: 1.5, 1: 0.5, 2: 0.4}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.6, 12: 1.2, 2: 1.5, 3: 1.7}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251231)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(1500, 2600) * f)
            res = int(hh * rnd.uniform(2.6, 3.1))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.10, 0.22)),
                      staff=rnd.randint(8, 14), party_members=int(rnd.randint(110, 200) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(25, 50) * f),
                      informants=rnd.randint(6, 18), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(8, 22) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 9)
                st["residents"] += rnd.randint(-12, 25)
                st["floating_population"] += rnd.randint(-20, 20)
                st["volunteers"] += rnd.randint(2, 15)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 3)
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 18, 42)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 5, 15)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(44, 60) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 140, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
