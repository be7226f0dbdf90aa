"""The place, the months and every figure of the 湖里街道 corpus (福建省厦门市湖里区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-03: the corpus period is
2025-09 … 2026-03; the earlier months exist only for 本年累计 / 1-9月累计 columns. `old` holds the first (wrong) values
that a later submission replaces (the batch2 files, and the second 问卷星 answer of 东荣). `out()` gives figures outside
the catalogue (网格员, 防台转移, 志愿服务时长 …): seeded per name, never truth.
"""
import random

CITY = "350206"
STREET_CODE, STREET = "350206001", "湖里街道"
PERIOD = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]

# code suffix, registry name, short name, 片区 (the street's own grouping), 城中村 (former village: many 流动人口)
COMMUNITIES = [
    ("001", "湖里社区居委会", "湖里", "湖里片", False),
    ("002", "村里社区居委会", "村里", "湖里片", True),
    ("003", "徐厝社区居委会", "徐厝", "湖里片", True),
    ("004", "濠头社区居委会", "濠头", "湖里片", True),
    ("005", "东渡社区居委会", "东渡", "东渡片", False),
    ("006", "塘边社区居委会", "塘边", "湖里片", True),
    ("007", "后浦社区居委会", "后浦", "湖里片", True),
    ("011", "金鼎社区居委会", "金鼎", "康乐片", False),
    ("013", "南山社区居委会", "南山", "康乐片", False),
    ("015", "东荣社区居委会", "东荣", "东渡片", False),
    ("017", "康乐社区居委会", "康乐", "康乐片", False),
    ("018", "康晖社区居委会", "康晖", "康乐片", False),
    ("019", "康泰社区居委会", "康泰", "康乐片", False),
    ("023", "怡景社区居委会", "怡景", "康乐片", False),
    ("025", "和通社区居委会", "和通", "东渡片", False),
    ("026", "新港社区居委会", "新港", "东渡片", False),
    ("028", "海天社区居委会", "海天", "东渡片", False),
    ("029", "兴华社区居委会", "兴华", "东渡片", False),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
AREA = {STREET_CODE + c[0]: c[3] for c in COMMUNITIES}
VILLAGE = {STREET_CODE + c[0]: c[4] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2025-01", "2026-03")

# seasons of a Xiamen street: 台风 and 九八投洽会 in September (诉求: 积水, 树木倒伏; 防台 and 投洽会 volunteers);
# 中秋博饼 (中秋 2025-10-06) fills September–October with 文体活动; 重阳 (10-29) and the autumn 老年人体检 (10-11月);
# 厦门马拉松 (2026-01-04) lifts January volunteering; 春节 (2026-02-17) raises 走访慰问 and 慰问品 in January–February,
# lowers volunteering and 流动人口 (务工人员 go home) in February; 元宵 (3-03) 文体活动; 学雷锋 and 春风行动 in March.
SEASON = {
    "petitions_received": {9: 1.4, 10: 1.05, 1: 1.1, 2: 0.8},
    "free_health_checks": {10: 1.8, 11: 2.0, 3: 1.3},
    "people_assisted": {10: 1.6, 1: 2.0, 2: 2.3},
    "goods_distributed": {9: 1.4, 10: 1.3, 1: 2.0, 2: 2.5},
    "cultural_activities": {9: 1.8, 10: 1.6, 1: 1.3, 2: 1.4, 3: 1.3},
    "volunteer_person_times": {9: 1.4, 1: 1.5, 2: 0.6, 3: 1.7},
    "jobs_created": {2: 1.5, 3: 1.9},
    "people_employed": {2: 1.2, 3: 1.6},
}


class World:
    def __init__(self, seed=20260818):
        self.rng = random.Random(seed)
        self.period = PERIOD
        self.v = {}
        self.old = {}
        for code in CODES:
            self._community(code)
        self._overrides()
        self._corrections()

    def _community(self, code):
        r = self.rng
        vil = VILLAGE[code]
        res = r.randint(9000, 23000) if vil else r.randint(5600, 14500)
        p = dict(res=res, hh=res / r.uniform(2.3, 2.9), flo=r.uniform(0.45, 0.72) if vil else r.uniform(0.14, 0.34),
                 staff=r.randint(10, 14) if res < 9000 else r.randint(13, 22), pet=r.uniform(0.25, 0.6),
                 party=int(res * r.uniform(0.012, 0.03)), pair=r.randint(8, 40), vol=res * r.uniform(0.05, 0.14),
                 patrol=int(res * r.uniform(0.004, 0.01)), inf=r.randint(6, 24),
                 dh=r.randint(5, 16) if vil else r.randint(8, 34), zero=r.choice([0, 0, 0, 0, 1, 2]))
        p["dp"] = int(p["dh"] * r.uniform(1.4, 1.9))
        s = dict(p)
        for month in ALL_MONTHS:
            m = int(month[5:])
            s["res"] += r.randint(-40, 60)
            s["hh"] += r.uniform(-8, 15)
            s["vol"] += r.randint(3, 26) * (2.3 if m == 3 else 1.4 if m == 9 else 1)
            s["party"] += r.choice([-1, 0, 0, 0, 1, 2])
            s["pair"] += r.choice([0, 0, 0, 1, -1])
            s["patrol"] += r.choice([0, 0, 1, -1, 2])
            s["inf"] += r.choice([0, 0, 0, 1])
            if r.random() < 0.3:
                s["dh"] = max(3, s["dh"] + r.choice([-1, 1]))
            s["dp"] = max(s["dh"] + 1, s["dp"] + r.choice([-1, 0, 0, 1]))
            if r.random() < 0.1:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.12:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            k = lambda ind: (code, month, ind)
            rec = self.v
            rec[k("residents")] = s["res"]
            rec[k("households")] = int(s["hh"])
            flo = s["res"] * p["flo"] * (0.84 if m == 2 else 1.0)
            rec[k("floating_population")] = int(flo) + r.randint(-25, 25)
            rec[k("staff")] = s["staff"]
            recv = max(8, int(s["res"] / 100 * p["pet"] * f("petitions_received") * r.uniform(0.8, 1.2)))
            rec[k("petitions_received")] = recv
            rec[k("petitions_resolved")] = int(round(recv * r.uniform(0.84, 0.99)))
            rec[k("disputes_mediated")] = r.randint(1, 9)
            jobs = max(2, int(r.randint(4, 26) * f("jobs_created")))
            rec[k("jobs_created")] = jobs
            rec[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            rec[k("people_employed")] = max(1, int(r.randint(4, 28) * f("people_employed")))
            rec[k("zero_employment_households")] = s["zero"]
            rec[k("micro_loans_yuan")] = r.choice([0] * 6 + [100000, 150000, 200000, 300000, 500000])
            rec[k("training_sessions")] = r.choice([0, 1, 1, 1, 2, 2, 3])
            rec[k("dibao_households")] = s["dh"]
            rec[k("dibao_persons")] = s["dp"]
            rec[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(980, 1200), -1))
            rec[k("free_health_checks")] = max(6, int(r.randint(12, 55) * f("free_health_checks")))
            rec[k("people_assisted")] = max(4, int(r.randint(8, 38) * f("people_assisted")))
            rec[k("goods_distributed")] = max(5, int(r.randint(15, 90) * f("goods_distributed")))
            rec[k("cultural_activities")] = max(1, int(r.randint(2, 9) * f("cultural_activities")))
            rec[k("lectures_held")] = r.randint(1, 6)
            rec[k("patrol_members")] = s["patrol"]
            rec[k("informants")] = s["inf"]
            rec[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3, 4]) + (1 if vil else 0)
            rec[k("volunteers")] = int(s["vol"])
            vpt = max(60, int(s["res"] * r.uniform(0.012, 0.06) * f("volunteer_person_times")))
            rec[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.4 else vpt
            rec[k("party_members")] = s["party"]
            rec[k("pairings")] = s["pair"]

    def _overrides(self):
        c = STREET_CODE
        for key, v in {(c + "006", "2025-11", "people_assisted"): 30, (c + "006", "2025-11", "volunteer_person_times"): 260,
                       (c + "023", "2026-02", "free_health_checks"): 40,
                       (c + "028", "2026-03", "volunteer_person_times"): 600, (c + "028", "2026-03", "jobs_created"): 20,
                       (c + "026", "2026-02", "micro_loans_yuan"): 150000,
                       (c + "013", "2025-12", "micro_loans_yuan"): 0}.items():
            self.v[key] = v
        for code in CODES:
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])
                j, w = (code, month, "jobs_created"), (code, month, "public_welfare_jobs")
                self.v[w] = min(self.v[w], self.v[j])

    def _corrections(self):
        c = STREET_CODE
        # batch2 康乐社区2026年1月工作报表（最终版）: 12345 转办件 left out of 受理, 办结 of December counted,
        # 走访慰问 counted twice (the street's 问卷星 export copied the same first figures)
        t = (c + "017", "2026-01")
        self.old[t + ("petitions_received",)] = self.v[t + ("petitions_received",)] - 6
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] + 2
        self.old[t + ("people_assisted",)] = self.v[t + ("people_assisted",)] * 2
        # batch2 湖里街道2026年2月社会事务统计（第二版）: two 低保 figures after 复核
        self.old[(c + "005", "2026-02", "dibao_persons")] = self.v[(c + "005", "2026-02", "dibao_persons")] + 2
        self.old[(c + "013", "2026-02", "dibao_households")] = self.v[(c + "013", "2026-02", "dibao_households")] + 1
        # the 问卷星 export: 东荣 answered twice; the first 志愿服务人次 had a digit too many
        k = (c + "015", "2026-01", "volunteer_person_times")
        self.old[k] = self.v[k] * 10 + 5

    # ---- helpers
    def ytd(self, code, month, ind):
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL_MONTHS if m[:4] == y and m <= month)

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{m:02d}" for m in range(3 * int(n) - 2, 3 * int(n) + 1)]
        return sum(self.v[(code, m, ind)] for m in ms)

    def prev(self, month):
        y, m = int(month[:4]), int(month[5:])
        return f"{y}-{m - 1:02d}" if m > 1 else f"{y - 1}-12"

    def out(self, code, month, name, lo, hi):
        return random.Random(f"{code}|{month}|{name}").randint(lo, hi)
