"""The world: 江西省九江市浔阳区 滨兴街道 (360403092), its 11 community committees, 2025-09 … 2026-03, every figure.

Months 2024-11 … 2025-10 exist only for 本年累计 / 上月 columns. Seed: random.Random(20260403) for the world.
"""
import random

STREET = ("360403092", "滨兴街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居民委员会」
COMMS = [("三马路", "360403092001", 1.1), ("一马路", "360403092002", 0.9), ("二马路", "360403092003", 1.0),
         ("月亮湾", "360403092005", 1.4), ("向湖", "360403092006", 1.2), ("春安里", "360403092007", 0.8),
         ("放马场", "360403092008", 1.0), ("坝围里", "360403092009", 0.9), ("官牌夹", "360403092010", 0.8),
         ("建材", "360403092011", 1.1), ("兴中", "360403092012", 1.3)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区委员会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(8, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor (the 合肥 shape kept: winter 诉求, 春节 2026-02-17 走访慰问, 春风行动 jobs, 学雷锋 volunteering)."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {12: 1.3, 1: 1.5, 2: 0.8, 5: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.9, 2: 2.3, 12: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.5, 3: 1.9, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 4: 1.4, 5: 1.5, 2: 0.6, 1: 0.8}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {4: 2.4, 5: 2.2, 3: 1.3, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.5, 3: 1.3, 1: 1.2, 5: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260403)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2400, 3600) * f)
            res = int(hh * rnd.uniform(2.5, 2.9))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.15, 0.28)),
                      staff=rnd.randint(10, 16), party_members=int(rnd.randint(130, 220) * f),
                      pairings=rnd.randint(10, 28), patrol_members=int(rnd.randint(35, 65) * f),
                      informants=rnd.randint(8, 22), volunteers=int(res * rnd.uniform(0.08, 0.12)),
                      dibao_households=int(rnd.randint(12, 28) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-4, 12)
                st["residents"] += rnd.randint(-10, 30)
                st["floating_population"] += rnd.randint(-25, 25)
                st["volunteers"] += rnd.randint(3, 20)
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
                rec = s("petitions_received", 24, 50)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 6, 18)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 8, 22)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(42, 58) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 90)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 15, 40)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 160, 400)

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
