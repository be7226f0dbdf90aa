"""The world: 江苏省南京市鼓楼区 凤凰街道 (320106007), its 12 communities, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 累计 (year-to-date) and 上年同期 columns. Seed: random.Random(20260512).
"""
import random

STREET = ("320106007", "凤凰街道")
# (short name, 12-digit code, size factor): all registered 「…社区居委会」
COMMS = [("莫愁新寓", "320106007001", 1.2), ("凤凰二村", "320106007003", 1.0), ("凤凰西街", "320106007004", 0.8),
         ("西城岚湾", "320106007005", 1.1), ("凤凰街", "320106007007", 0.9), ("教工新村", "320106007009", 0.7),
         ("凤凰花园", "320106007010", 1.3), ("华阳佳园", "320106007011", 1.0), ("苏城苑", "320106007012", 0.6),
         ("白云园", "320106007013", 0.9), ("蓝天园", "320106007014", 1.1), ("凤凰熙岸", "320106007015", 0.7)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居委会" for s, c, _ in COMMS}

ALL = [f"2024-{m:02d}" for m in range(9, 13)] + [f"2025-{m:02d}" for m in range(1, 13)] + \
      [f"2026-{m:02d}" for m in range(1, 4)]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Nanjing: 开学 and 台风 (9月) raise 诉求; no central heating, 湿冷 and 雨雪冰冻 (1月: 水管冻裂, 路面结冰) raise 诉求;
    国庆·中秋 (10-01…10-08) and 重阳 (10-29) raise 文体活动 and 走访慰问; 春节 2026-02-17 and 秦淮灯会 / 元宵 (3-03)
    raise 慰问 and 文体; 春风行动 and 宁聚计划 jobs Feb–Mar; 学雷锋 (3月) volunteering, February low; health checks
    in autumn (9–11月, the 65岁以上 体检 season in 鼓楼) and low at 春节."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {9: 1.2, 1: 1.4, 2: 0.8, 12: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.5, 1: 1.9, 2: 2.1, 9: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.5, 3: 1.8, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 2: 0.6, 10: 1.2}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 2.0, 10: 2.4, 11: 1.6, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.5, 2: 1.4, 3: 1.3, 1: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260512)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2400, 3600) * f)
            res = int(hh * rnd.uniform(2.4, 2.75))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.1, 0.22)),
                      staff=rnd.randint(10, 16), party_members=int(rnd.randint(160, 260) * f),
                      pairings=rnd.randint(10, 28), patrol_members=int(rnd.randint(35, 70) * f),
                      informants=rnd.randint(8, 22), volunteers=int(res * rnd.uniform(0.1, 0.15)),
                      dibao_households=int(rnd.randint(10, 26) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-4, 8)
                st["residents"] += rnd.randint(-10, 22)
                st["floating_population"] += rnd.randint(-18, 24)
                st["volunteers"] += rnd.randint(3, 16) + (20 if m[5:] == "02" else 0)
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
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(98, 112) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 38)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
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
