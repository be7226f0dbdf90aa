"""The world: 海南省海口市龙华区 滨海街道 (460106002), its 10 community committees, 2025-10 … 2026-04, every figure.

Months 2024-10 … 2025-09 exist only for 上月 columns. Seed: random.Random(20260511) for the world.
"""
import random

STREET = ("460106002", "滨海街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居民委员会」
COMMS = [("八灶", "460106002001", 1.0), ("滨海新村", "460106002002", 1.2), ("滨海", "460106002003", 1.1),
         ("盐灶一", "460106002004", 0.8), ("盐灶二", "460106002005", 0.9), ("盐灶三", "460106002006", 0.7),
         ("龙华中", "460106002007", 1.3), ("滨港", "460106002008", 1.0), ("泰华", "460106002009", 1.4),
         ("玉河", "460106002010", 0.9)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居民委员会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(10, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 5)]]
PERIOD = ALL[ALL.index("2025-10"):]

STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for Haikou: 候鸟 (winter migrants from the north) fill the rented flats from November to March
    (流动人口 up, 诉求 about 出租屋 / 噪音 up); 中秋国庆 (2025-10-06) and 重阳 (10-29) 走访慰问; 春节 (2026-02-17)
    慰问 peak in January–February; 军坡节 / 公期 (二月, 2026-03) and 三月三 (2026-04-19) raise 文体活动; 春风行动
    jobs in February–March; 双创 (创文巩卫) 劝导 and 学雷锋 raise volunteering in March–April; 为老体检 after 重阳."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {12: 1.2, 1: 1.3, 2: 0.8, 11: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.4, 1: 1.8, 2: 2.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.7}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.7, 4: 1.5, 2: 0.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.9, 11: 1.5, 2: 0.4}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.4, 3: 1.6, 4: 1.5, 10: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260511)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2600, 3800) * f)
            res = int(hh * rnd.uniform(2.6, 3.0))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.18, 0.30)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(120, 210) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(6, 20), volunteers=int(res * rnd.uniform(0.06, 0.10)),
                      dibao_households=int(rnd.randint(14, 30) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.6, 1.9))
            for m in ALL:
                mo = int(m[5:])
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-3, 10)
                st["residents"] += rnd.randint(-8, 25)
                st["floating_population"] += rnd.randint(30, 90) if mo in (10, 11, 12) else (
                    -rnd.randint(40, 100) if mo in (3, 4) else rnd.randint(-20, 20))
                st["volunteers"] += rnd.randint(2, 18)
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
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 20, 46)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 50000, 100000, 150000, 200000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(55, 72) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = min(10, s("cultural_activities", 2, 6))
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 140, 380)

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
