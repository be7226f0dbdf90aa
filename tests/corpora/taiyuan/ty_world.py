"""The world: 山西省太原市小店区 黄陵街道 (140105005), its 11 community committees, 2025-11 … 2026-05, every figure.

Months 2024-11 … 2025-10 exist only for 上月 columns. Seed: random.Random(20261107) for the world. The street's one
村委会 (五大龙沟, 140105005212) sends nothing.
"""
import random

STREET = ("140105005", "黄陵街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居委会」
COMMS = [("教育学院", "140105005001", 0.8), ("农科南路一", "140105005002", 0.9), ("农科南路二", "140105005003", 0.8),
         ("煤机", "140105005004", 1.1), ("民航", "140105005005", 1.0), ("北营", "140105005010", 1.3),
         ("郑村", "140105005011", 1.2), ("东峰", "140105005012", 0.9), ("黄陵", "140105005013", 1.4),
         ("马练营", "140105005014", 1.0), ("窑子上", "140105005015", 0.7)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居委会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 6)]]
PERIOD = ALL[ALL.index("2025-11"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for Taiyuan: 供暖季 from 11-01 (暖气不热、跑冒滴漏 诉求 Nov–Dec, the January 寒潮); 春节 2026-02-17
    and 元宵 闹红火 (03-03) raise 走访慰问 / 物资 (Jan–Feb) and 文化活动 (Feb–Mar); 春风行动 jobs Feb–Mar; 学雷锋 (3月),
    清明 / 寒食 文明祭扫 and 五一 raise volunteering; 老年人免费体检 peaks April–May."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.5, 12: 1.4, 1: 1.2, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 2.0, 2: 2.2, 12: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6, 12: 0.7}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 4: 1.5, 5: 1.4, 1: 0.7, 2: 0.8}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {4: 2.2, 5: 2.4, 3: 1.2, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 3: 1.4, 1: 1.2, 12: 1.1}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20261107)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2200, 3400) * f)
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
