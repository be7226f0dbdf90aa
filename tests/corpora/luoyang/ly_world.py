"""The world: 河南省洛阳市西工区 邙山街道 (410302008), its 15 community committees, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 上月 columns. Seed: random.Random(41030208).
"""
import random

STREET = ("410302008", "邙山街道")
COMMS = [("丽都", "410302008001", 1.2), ("丽景", "410302008002", 1.0), ("中沟", "410302008003", 0.8),
         ("国花", "410302008004", 1.3), ("营庄", "410302008006", 0.9), ("定鼎北路", "410302008007", 1.1),
         ("王城北路", "410302008008", 1.0), ("金谷北路", "410302008009", 0.9), ("望朝岭", "410302008010", 0.7),
         ("苏滹沱", "410302008011", 0.8), ("水口", "410302008012", 0.7), ("李家凹", "410302008013", 0.9),
         ("沟上", "410302008014", 0.8), ("冢头", "410302008015", 0.7), ("土桥", "410302008016", 0.8)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
CODES = [c for _, c, _ in COMMS]
ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(9, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]
FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "dibao_payout_yuan", "free_health_checks", "people_assisted", "goods_distributed",
         "cultural_activities", "lectures_held", "security_cases", "volunteer_person_times"]
STOCKS = ["dibao_households", "dibao_persons", "patrol_members", "informants", "volunteers", "party_members",
          "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """洛阳: 集中供暖 from 11-15 (暖气不热 诉求 Nov–Dec); 国庆 and 龙门/王城公园 autumn tourists (Oct volunteering);
    春节 2026-02-17, 元宵 河洛庙会 and 社火 (Feb–Mar culture); 春风行动 jobs Feb–Mar; 学雷锋 March."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.5, 12: 1.4, 1: 1.2, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 9: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {10: 1.6, 3: 1.7, 2: 0.7}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 3: 1.3, 1: 1.2, 10: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(41030208)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        for short, code, f in COMMS:
            hh = int(rnd.randint(2200, 3800) * f)
            res = int(hh * rnd.uniform(2.6, 3.0))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.1, 0.22)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(120, 230) * f),
                      pairings=rnd.randint(8, 26), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(14, 32) * f))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.9))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 10)
                st["residents"] += rnd.randint(-12, 25)
                st["floating_population"] += rnd.randint(-20, 20)
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
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 20, 46)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(44, 60) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 20, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 5)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        return sum(self.v[(code, f"{y}-{k:02d}", ind)] for k in range(3 * n - 2, 3 * n + 1))

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new
