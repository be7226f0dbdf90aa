"""The world: 河南省郑州市金水区 南阳新村街道 (410105007), its 12 communities, 2025-10 … 2026-04, every figure.

Months 2024-10 … 2025-09 exist only for 本年累计, 上月 and 同比 columns. Seeds: random.Random(20260520) for the world.
"""
import random

STREET = ("410105007", "南阳新村街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居民委员会」
COMMS = [("南丰", "410105007001", 1.0), ("丰乐", "410105007002", 1.2), ("群英", "410105007003", 0.8),
         ("东风", "410105007004", 1.3), ("富田", "410105007005", 0.9), ("荣华", "410105007006", 1.1),
         ("翠花", "410105007007", 0.7), ("三北", "410105007008", 1.0), ("小孟砦", "410105007009", 1.5),
         ("大桥", "410105007010", 0.9), ("新村", "410105007012", 1.1), ("丰二", "410105007013", 0.6)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居民委员会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, 10), (2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 5)]]
PERIOD = ALL[ALL.index("2025-10"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor: 供暖 (11-15) raises 诉求 Nov–Jan; 重阳 (10-29) and 春节 (2026-02-17) raise 走访慰问 and 物资;
    春风行动 jobs Feb–Mar; 学雷锋 (3月) volunteering, February low; health checks in spring (Apr)."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.3, 12: 1.4, 1: 1.3, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.5, 1: 1.8, 2: 2.2, 9: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.6, 3: 1.8, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.7, 2: 0.6, 1: 0.9}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {4: 2.5, 5: 2.0, 3: 1.4, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {1: 1.5, 2: 1.3, 10: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260520)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2600, 3400) * f)
            res = int(hh * rnd.uniform(2.55, 2.85))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.2)),
                      staff=rnd.randint(9, 14), party_members=int(rnd.randint(150, 230) * f),
                      pairings=rnd.randint(12, 30), patrol_members=int(rnd.randint(40, 70) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.09, 0.13)),
                      dibao_households=int(rnd.randint(14, 30) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                # stocks drift
                st["households"] += rnd.randint(-3, 9)
                st["residents"] += rnd.randint(-8, 25)
                st["floating_population"] += rnd.randint(-20, 25)
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
                rec = s("petitions_received", 26, 52)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 6, 18)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 8, 22)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(40, 56) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 90)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 15, 40)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 180, 420)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
