"""The world: 山东省济南市历下区 文东街道 (370102007), its 15 community committees, 2025-07 … 2026-01, every figure.

Months 2024-07 … 2025-06 exist only for 本年累计 (from January 2025) and 上年同期 columns. Seed: random.Random(20250731).
"""
import random

STREET = ("370102007", "文东街道")
# (short name, 12-digit code, size factor). Registry names are 「…社区居民委员会」, except 文化东路 「文化东路居民委员会」.
COMMS = [("和平路", "370102007001", 1.1), ("山师东路", "370102007002", 0.9), ("文化东路", "370102007003", 0.8),
         ("师东新村", "370102007004", 1.0), ("环山路", "370102007005", 1.2), ("山大路", "370102007006", 1.3),
         ("羊头峪", "370102007007", 1.0), ("科院路", "370102007008", 0.8), ("山师大", "370102007010", 1.4),
         ("开元山庄", "370102007011", 1.1), ("清华园", "370102007012", 0.9), ("万豪", "370102007013", 0.7),
         ("建达南苑", "370102007014", 0.8), ("建达北苑", "370102007015", 0.75), ("文恒", "370102007016", 0.7)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: ("中创开元山庄" if s == "开元山庄" else s) + ("居民委员会" if s == "文化东路" else "社区居民委员会")
       for s, c, _ in COMMS}
FULL = {c: "中创开元山庄" if s == "开元山庄" else s for s, c, _ in COMMS}   # the name without 社区

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(7, 13)] + [(2025, m) for m in range(1, 13)] + [(2026, 1)]]
PERIOD = ALL[ALL.index("2025-07"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for Jinan (历下区, the 山大 / 山师 campus quarter): the 主汛期 of late July–August (积水, 漏雨, 防汛
    诉求), 暑期 (四点半课堂, 大学生 home: volunteering up in July–August), 开学季 in September (高校志愿者 back, 高校毕业生
    jobs), 中秋 (10-06) / 国庆 and 重阳 (10-29) with the 敬老月 (查体, 走访慰问 peak in October), 金秋招聘月, 集中供暖
    from 11月15日 (供暖不热 诉求 November–December), 元旦, 腊八 (2026-01-26) and the 春节 (2026-02-17) 走访慰问 in
    January."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {7: 1.25, 8: 1.35, 11: 1.4, 12: 1.3, 1: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {7: 1.1, 8: 1.1, 9: 1.3, 10: 1.6, 1: 2.2, 12: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {9: 1.6, 10: 1.3, 7: 1.2, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {7: 1.4, 8: 1.5, 9: 1.3, 10: 1.1, 1: 0.8, 12: 0.9}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 2.4, 9: 1.5, 11: 1.2, 1: 0.4, 12: 0.5}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {7: 1.3, 8: 1.3, 9: 1.2, 10: 1.4, 1: 1.3}.get(mo, 1.0)
    if ind == "security_cases":
        return {7: 1.5, 8: 1.5}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20250731)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2300, 3400) * f)
            res = int(hh * rnd.uniform(2.4, 2.8))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.25)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(160, 280) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=max(4, int(rnd.randint(8, 22) * f)), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                # stocks move slowly: many months a clerk can write 〃 / 同上
                if rnd.random() < 0.55:
                    st["households"] += rnd.randint(-3, 9)
                if rnd.random() < 0.6:
                    st["residents"] += rnd.randint(-8, 25)
                if rnd.random() < 0.6:
                    st["floating_population"] += rnd.randint(-20, 25)
                if rnd.random() < 0.7:
                    st["volunteers"] += rnd.randint(2, 18)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.2:
                    st["pairings"] += 1
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.15:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1, 1])
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 22, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = self.v[(code, m, "dibao_persons")] * rnd.randint(66, 95) * 10
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 5)
                self.v[(code, m, "security_cases")] = int(rnd.choice([0, 0, 0, 1, 1, 2]) * season("security_cases", m))
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 140, 380)
        # the clerk of 和平路 formats 创业担保贷款 as 0.0"万元": give July a loan so the trap is real
        self.v[("370102007001", "2025-07", "micro_loans_yuan")] = 150000

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
