"""The world: 内蒙古自治区包头市昆都仑区 昆北街道 (150203014), its 5 社区居委会 and 5 村委会, 2025-09 … 2026-03.

Months 2024-09 … 2025-08 exist only for 上月 / 上年同期 / 累计 columns. Seed: random.Random(20260914) for the world.
Villages report no 新增就业岗位 / 公益性岗位 / 创业担保贷款 / 零就业家庭 (urban-only in the catalogue's words).
"""
import random

STREET = ("150203014", "昆北街道")
# (short name, 12-digit code, size factor, kind) — registry names: 海威社区居委会, 番茄社区, 甲尔坝村委会 …
COMMS = [("海威", "150203014001", 1.2, "c"), ("华盛", "150203014002", 1.0, "c"), ("番茄", "150203014003", 0.8, "c"),
         ("丽日", "150203014004", 1.1, "c"), ("龙悦", "150203014005", 1.4, "c"),
         ("甲尔坝", "150203014200", 0.5, "v"), ("新城", "150203014201", 0.6, "v"), ("边墙壕", "150203014202", 0.4, "v"),
         ("前口子", "150203014203", 0.45, "v"), ("玉泉", "150203014204", 0.35, "v")]
BY_SHORT = {s: c for s, c, _, _ in COMMS}
NAME = {c: s for s, c, _, _ in COMMS}
KIND = {c: k for _, c, _, k in COMMS}
URBAN = [c for _, c, _, k in COMMS if k == "c"]
RURAL = [c for _, c, _, k in COMMS if k == "v"]
FULL = {c: s + ("社区" if k == "c" else "村") for s, c, _, k in COMMS}

ALL = [f"2024-{m:02d}" for m in range(9, 13)] + [f"2025-{m:02d}" for m in range(1, 13)] + \
      [f"2026-{m:02d}" for m in range(1, 4)]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
URBAN_ONLY = {"jobs_created", "public_welfare_jobs", "micro_loans_yuan", "zero_employment_households"}


def season(ind, m, kind):
    """Month factor for Baotou: 供暖 starts 10月15日 (供热不热 / 暖气漏水 诉求 Oct–Dec); 秋收 in the villages (Sep–Oct, few
    activities); 中秋·国庆 (10月) and 春节 2026-02-17 raise 走访慰问 (Jan–Feb); 元宵 (3月3日) 社火·二人台 raise 文化活动
    (Feb–Mar); 春风行动 jobs Feb–Mar; 学雷锋 (3月) volunteering; 秋季 老年人体检 (Sep–Oct)."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {10: 1.6, 11: 1.5, 12: 1.2, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 9: 1.1, 10: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.9, 12: 0.7, 1: 0.6}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 12: 1.2, 1: 1.1, 2: 0.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 2.0, 10: 1.6, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 3: 1.4, 9: (0.6 if kind == "v" else 1.0)}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260914)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, kind in COMMS:
            hh = int(rnd.randint(2600, 3800) * f)
            res = int(hh * rnd.uniform(2.3, 2.8))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.08, 0.22)),
                      staff=rnd.randint(9, 15) if kind == "c" else rnd.randint(5, 8),
                      party_members=int(rnd.randint(120, 210) * f), pairings=rnd.randint(8, 24),
                      patrol_members=int(rnd.randint(30, 60) * f), informants=rnd.randint(6, 20),
                      volunteers=int(res * rnd.uniform(0.07, 0.11)), dibao_households=int(rnd.randint(14, 30) * f),
                      zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.9))
            for m in ALL:
                for ind in STOCKS:
                    if not (kind == "v" and ind in URBAN_ONLY):
                        self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 10)
                st["residents"] += rnd.randint(-12, 25)
                st["floating_population"] += rnd.randint(-20, 20)
                st["volunteers"] += rnd.randint(2, 16)
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
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m, kind))))  # noqa: E731
                rec = s("petitions_received", 22, 46)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                if kind == "c":
                    jobs = s("jobs_created", 6, 16)
                    self.v[(code, m, "jobs_created")] = jobs
                    self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                    self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "people_employed")] = s("people_employed", 8, 22)
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                per = rnd.randint(38, 52) if kind == "c" else rnd.randint(28, 36)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * per / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 15, 40)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = max(1, s("cultural_activities", 3, 9))
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)

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
