"""The place, the months and every figure of the 白洋湾街道 corpus (江苏省苏州市姑苏区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-06: the corpus period is
2025-12 … 2026-06; the earlier months exist only for 本年累计 columns. `old` holds the first (wrong) values that
the batch2 corrections replace. `out()` gives figures outside the catalogue (网格事件, 垃圾分类, 古城保护巡查 …):
seeded per name, never truth.
"""
import random

CITY = "320508"
STREET_CODE, STREET = "320508017", "白洋湾街道"
PERIOD = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]

# code suffix, registry name, short name, 网格片区
COMMUNITIES = [
    ("003", "路南社区居委会", "路南", "南片"),
    ("004", "富强社区居委会", "富强", "南片"),
    ("006", "宝邻社区居委会", "宝邻", "南片"),
    ("007", "南山社区居委会", "南山", "南片"),
    ("008", "金筑社区居委会", "金筑", "中片"),
    ("009", "宝祥社区居委会", "宝祥", "中片"),
    ("010", "金色里程社区居委会", "金色里程", "中片"),
    ("011", "和美社区居委会", "和美", "中片"),
    ("012", "玉景湾社区居委会", "玉景湾", "北片"),
    ("013", "长青社区居委会", "长青", "北片"),
    ("014", "领秀金品社区居委会", "领秀金品", "北片"),
    ("015", "和泰社区居委会", "和泰", "北片"),
    ("016", "虎池苑社区居委会", "虎池苑", "北片"),
    ("017", "清嘉苑社区居委会", "清嘉苑", "北片"),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
AREA = {STREET_CODE + c[0]: c[3] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2025-01", "2026-06")

# seasons of a Suzhou street: 春节 2026-02-17 (走访慰问), 学雷锋 3月 and the holiday dip in 2月, 春风行动 2-3月
# (jobs), 老年人体检 in spring (4-6月), 梅雨 and 防汛 in June (more 诉求: 积水, 漏雨), 元旦春节 文体活动
SEASON = {
    "petitions_received": {6: 1.35, 7: 1.3, 1: 1.1, 2: 0.75},
    "free_health_checks": {4: 2.2, 5: 2.6, 6: 1.8},
    "people_assisted": {1: 1.9, 2: 2.4, 12: 1.2},
    "cultural_activities": {1: 1.5, 2: 1.3, 12: 1.2},
    "volunteer_person_times": {3: 1.7, 2: 0.6, 6: 1.1},
    "jobs_created": {2: 1.4, 3: 1.8},
    "people_employed": {3: 1.5, 4: 1.2},
}


class World:
    def __init__(self, seed=20260610):
        self.rng = random.Random(seed)
        self.period = PERIOD
        self.v = {}
        self.old = {}
        self.profile = {}
        for code in CODES:
            self._community(code)
        self._overrides()
        self._corrections()

    def _community(self, code):
        r = self.rng
        small = SHORT[code] in ("金筑", "宝祥", "虎池苑")
        res = r.randint(3800, 6200) if small else r.randint(7200, 16800)
        p = dict(res=res, hh=res / r.uniform(2.4, 2.8), flo=r.uniform(0.12, 0.35), staff=r.randint(9, 13 if small else 19),
                 pet=r.uniform(0.3, 0.7), party=int(res * r.uniform(0.018, 0.035)), pair=r.randint(8, 36),
                 vol=res * r.uniform(0.08, 0.18), patrol=int(res * r.uniform(0.006, 0.012)), inf=r.randint(6, 22),
                 dh=r.randint(4, 12) if small else r.randint(10, 36), zero=r.choice([0, 0, 0, 1, 2]))
        p["dp"] = int(p["dh"] * r.uniform(1.4, 1.85))
        self.profile[code] = p
        s = dict(res=res, hh=p["hh"], vol=p["vol"], party=p["party"], pair=p["pair"], patrol=p["patrol"],
                 inf=p["inf"], dh=p["dh"], dp=p["dp"], zero=p["zero"], staff=p["staff"])
        for month in ALL_MONTHS:
            m = int(month[5:])
            s["res"] += r.randint(-30, 45)
            s["hh"] += r.uniform(-8, 14)
            s["vol"] += r.randint(2, 24) * (2.2 if m == 3 else 1)
            s["party"] += r.choice([-1, 0, 0, 1, 2])
            s["pair"] += r.choice([0, 0, 0, 1, -1])
            s["patrol"] += r.choice([0, 0, 1, -1, 2])
            s["inf"] += r.choice([0, 0, 0, 1])
            if r.random() < 0.3:
                s["dh"] = max(3, s["dh"] + r.choice([-1, 1]))
            s["dp"] = max(s["dh"] + 1, s["dp"] + r.choice([-1, 0, 0, 1]))
            if r.random() < 0.1:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.1:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            rec = self.v
            k = lambda ind: (code, month, ind)
            rec[k("residents")] = s["res"]
            rec[k("households")] = int(s["hh"])
            rec[k("floating_population")] = int(s["res"] * p["flo"] * (0.88 if m == 2 else 1.0)) + r.randint(-20, 20)
            rec[k("staff")] = s["staff"]
            recv = max(6, int(s["res"] / 100 * p["pet"] * f("petitions_received") * r.uniform(0.8, 1.2)))
            rec[k("petitions_received")] = recv
            rec[k("petitions_resolved")] = int(round(recv * r.uniform(0.84, 0.99)))
            rec[k("disputes_mediated")] = r.randint(1, 8)
            jobs = max(2, int(r.randint(3, 22) * f("jobs_created")))
            rec[k("jobs_created")] = jobs
            rec[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            rec[k("people_employed")] = max(1, int(r.randint(4, 24) * f("people_employed")))
            rec[k("zero_employment_households")] = s["zero"]
            rec[k("micro_loans_yuan")] = r.choice([0] * 6 + [100000, 200000, 300000, 500000])
            rec[k("dibao_households")] = s["dh"]
            rec[k("dibao_persons")] = s["dp"]
            rec[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(900, 1180), -2))
            rec[k("free_health_checks")] = max(5, int(r.randint(10, 48) * f("free_health_checks")))
            rec[k("people_assisted")] = max(3, int(r.randint(8, 36) * f("people_assisted")))
            rec[k("cultural_activities")] = max(1, int(r.randint(2, 10) * f("cultural_activities")))
            rec[k("lectures_held")] = r.randint(1, 5)
            rec[k("patrol_members")] = s["patrol"]
            rec[k("informants")] = s["inf"]
            rec[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3])
            rec[k("volunteers")] = int(s["vol"])
            vpt = max(50, int(s["res"] * r.uniform(0.015, 0.07) * f("volunteer_person_times")))
            rec[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.4 else vpt
            rec[k("party_members")] = s["party"]
            rec[k("pairings")] = s["pair"]

    def _overrides(self):
        c = STREET_CODE
        for key, v in {(c + "007", "2026-01", "people_assisted"): 30, (c + "007", "2026-01", "free_health_checks"): 20,
                       (c + "011", "2026-03", "volunteer_person_times"): 500, (c + "011", "2026-03", "jobs_created"): 20,
                       (c + "015", "2026-05", "free_health_checks"): 100,
                       (c + "006", "2026-01", "goods_distributed"): 32}.items():
            self.v[key] = v
        for code in CODES:
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])

    def _corrections(self):
        c = STREET_CODE
        # batch2 领秀金品社区2026年4月工作报表（更正）: 体检 counted twice, 志愿服务 digits swapped, 办结 of May
        t = (c + "014", "2026-04")
        self.old[t + ("free_health_checks",)] = self.v[t + ("free_health_checks",)] * 2
        v = self.v[t + ("volunteer_person_times",)]
        self.old[t + ("volunteer_person_times",)] = v + 90
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] + 4
        # batch2 社会救助系统 re-export of April: two communities' 城市低保 changed after 复核
        for key, delta in {(c + "008", "2026-04", "dibao_persons"): 1, (c + "008", "2026-04", "dibao_payout_yuan"): 1200,
                           (c + "013", "2026-04", "dibao_households"): -1}.items():
            self.old[key] = self.v[key] + delta

    # ---- helpers
    def ytd(self, code, month, ind):
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL_MONTHS if m[:4] == y and m <= month)

    def span(self, code, months, ind):
        return sum(self.v[(code, m, ind)] for m in months)

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{m:02d}" for m in range(3 * int(n) - 2, 3 * int(n) + 1)]
        return sum(self.v[(code, m, ind)] for m in ms)

    def prev(self, month):
        y, m = int(month[:4]), int(month[5:])
        return f"{y}-{m - 1:02d}" if m > 1 else f"{y - 1}-12"

    def out(self, code, month, name, lo, hi):
        return random.Random(f"{code}|{month}|{name}").randint(lo, hi)
