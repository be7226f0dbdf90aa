"""The place, the months and every figure of the 潘家园街道 corpus (北京市朝阳区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2024-10 … 2026-05: the corpus
period is 2025-10 … 2026-05; the earlier months exist only for 本年累计 / 同比 / 上年同期 columns. `old` holds
the first (wrong) values that the batch2 corrections replace. `out()` gives figures outside the catalogue
(垃圾分类, 网格事件, 吹哨报到 …): seeded per name, never truth.
"""
import random

CITY = "110105"
STREET_CODE, STREET = "110105018", "潘家园街道"
PERIOD = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]

# code suffix, registry name, short name, 片区
COMMUNITIES = [
    ("065", "磨房南里社区居委会", "磨房南里", "武圣片"),
    ("066", "武圣东里社区居委会", "武圣东里", "武圣片"),
    ("067", "松榆东里社区居委会", "松榆东里", "松榆片"),
    ("068", "松榆里社区居委会", "松榆里", "松榆片"),
    ("069", "松榆西里社区居委会", "松榆西里", "松榆片"),
    ("070", "武圣农光社区居委会", "武圣农光", "武圣片"),
    ("071", "华威北里社区居委会", "华威北里", "华威片"),
    ("072", "潘家园东里社区居委会", "潘家园东里", "潘家园片"),
    ("073", "华威西里社区居委会", "华威西里", "华威片"),
    ("074", "潘家园社区居委会", "潘家园", "潘家园片"),
    ("075", "潘家园南里社区居委会", "潘家园南里", "潘家园片"),
    ("076", "华威里社区居委会", "华威里", "华威片"),
    ("077", "松榆西里北社区居民委员会", "松榆西里北", "松榆片"),
    ("078", "武圣西里社区居民委员会", "武圣西里", "武圣片"),
    ("079", "华威北里南社区居民委员会", "华威北里南", "华威片"),
    ("080", "潘家园东里西社区居民委员会", "潘家园东里西", "潘家园片"),
    ("081", "华威西里南社区居民委员会", "华威西里南", "华威片"),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
AREA = {STREET_CODE + c[0]: c[3] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}
AREAS = ["松榆片", "华威片", "潘家园片", "武圣片"]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2024-10", "2026-05")

# seasons of a Beijing street: 供暖 (11-15 … 3-15) petitions, 春节 2026-02-17 (慰问), 学雷锋 3月, spring health
# checks 4-5月, 重阳 10月 (老人), 春风行动 2-3月 (jobs)
SEASON = {
    "petitions_received": {11: 1.45, 12: 1.3, 1: 1.15, 2: 0.8, 3: 1.1, 7: 1.2},
    "free_health_checks": {4: 2.4, 5: 2.1, 10: 1.5},
    "people_assisted": {1: 2.2, 2: 2.0, 10: 1.3},
    "goods_distributed": {1: 3.0, 2: 2.6, 10: 1.6},
    "cultural_activities": {1: 1.5, 2: 1.4, 10: 1.2},
    "volunteer_person_times": {3: 1.6, 2: 0.6, 10: 1.2},
    "jobs_created": {2: 1.5, 3: 1.7},
    "people_employed": {3: 1.4, 4: 1.2},
}


class World:
    def __init__(self, seed=20260603):
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
        small = SHORT[code] in ("华威西里南", "华威北里南", "潘家园东里西", "松榆西里北")
        res = r.randint(3400, 5600) if small else r.randint(6200, 13800)
        p = dict(res=res, hh=res / r.uniform(2.3, 2.6), flo=r.uniform(0.1, 0.3), staff=r.randint(16, 22 if small else 33),
                 pet=r.uniform(0.55, 1.1), party=int(res * r.uniform(0.035, 0.06)), pair=r.randint(8, 40),
                 vol=res * r.uniform(0.06, 0.15), patrol=int(res * r.uniform(0.012, 0.028)), inf=r.randint(8, 30),
                 dh=r.randint(5, 14) if small else r.randint(14, 48), zero=r.choice([0, 0, 0, 0, 1, 2]))
        p["dp"] = int(p["dh"] * r.uniform(1.45, 1.9))
        self.profile[code] = p
        state = dict(res=res, hh=p["hh"], vol=p["vol"], party=p["party"], pair=p["pair"], patrol=p["patrol"],
                     inf=p["inf"], dh=p["dh"], dp=p["dp"], zero=p["zero"], staff=p["staff"])
        for month in ALL_MONTHS:
            m = int(month[5:])
            s = state
            s["res"] += r.randint(-25, 35)
            s["hh"] += r.uniform(-8, 12)
            s["vol"] += r.randint(0, 18)
            s["party"] += r.choice([-2, -1, 0, 0, 1, 2, 3])
            s["pair"] += r.choice([0, 0, 0, 1, -1])
            s["patrol"] += r.choice([0, 0, 2, -1, 3])
            s["inf"] += r.choice([0, 0, 0, 1])
            if r.random() < 0.3:
                s["dh"] = max(3, s["dh"] + r.choice([-1, 1]))
            s["dp"] = max(s["dh"] + 1, s["dp"] + r.choice([-1, 0, 0, 1]))
            if r.random() < 0.1:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.12:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            res_now = s["res"]
            rec = self.v
            k = lambda ind: (code, month, ind)
            rec[k("residents")] = res_now
            rec[k("households")] = int(s["hh"])
            rec[k("floating_population")] = int(res_now * p["flo"] * (0.9 if m == 2 else 1.0)) + r.randint(-15, 15)
            rec[k("staff")] = s["staff"]
            recv = max(8, int(res_now / 100 * p["pet"] * f("petitions_received") * r.uniform(0.8, 1.2)))
            rec[k("petitions_received")] = recv
            rec[k("petitions_resolved")] = int(round(recv * r.uniform(0.86, 0.98)))
            rec[k("disputes_mediated")] = r.randint(1, 9)
            jobs = max(2, int(r.randint(4, 26) * f("jobs_created")))
            rec[k("jobs_created")] = jobs
            rec[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3, 4]))
            rec[k("people_employed")] = max(1, int(r.randint(3, 20) * f("people_employed")))
            rec[k("zero_employment_households")] = s["zero"]
            rec[k("micro_loans_yuan")] = r.choice([0] * 6 + [100000, 150000, 200000, 300000])
            rec[k("training_sessions")] = r.choice([0, 1, 1, 2, 2, 3])
            rec[k("dibao_households")] = s["dh"]
            rec[k("dibao_persons")] = s["dp"]
            rec[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(980, 1260), -2))
            rec[k("free_health_checks")] = max(4, int(r.randint(12, 55) * f("free_health_checks")))
            rec[k("people_assisted")] = max(3, int(r.randint(10, 38) * f("people_assisted")))
            rec[k("goods_distributed")] = max(5, int(r.randint(18, 70) * f("goods_distributed")))
            rec[k("cultural_activities")] = max(1, int(r.randint(3, 11) * f("cultural_activities")))
            rec[k("lectures_held")] = r.randint(1, 6)
            rec[k("patrol_members")] = s["patrol"]
            rec[k("informants")] = s["inf"]
            rec[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3, 4])
            rec[k("volunteers")] = int(s["vol"])
            vpt = max(60, int(res_now * r.uniform(0.02, 0.09) * f("volunteer_person_times")))
            rec[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.35 else vpt
            rec[k("party_members")] = s["party"]
            rec[k("pairings")] = s["pair"]

    def _overrides(self):
        c = STREET_CODE
        # 华威西里南's February 低保: 5户7人, 0.8万元 (written so in its own 1-2月 report)
        r = random.Random(81)
        for month in ALL_MONTHS:
            hh = 5 if month >= "2025-12" else 6
            pp = 7 if month >= "2025-12" else 9
            self.v[(c + "081", month, "dibao_households")] = hh
            self.v[(c + "081", month, "dibao_persons")] = pp
            self.v[(c + "081", month, "dibao_payout_yuan")] = 8000 if month == "2026-02" else int(round(pp * r.uniform(1050, 1200), -2))
        # round figures a clerk writes as 约… / …余
        for key, val in {(c + "074", "2026-02", "volunteer_person_times"): 300,
                         (c + "072", "2025-11", "people_assisted"): 40,
                         (c + "067", "2026-03", "jobs_created"): 40,
                         (c + "069", "2026-03", "jobs_created"): 30,
                         (c + "080", "2025-11", "volunteer_person_times"): 260,
                         (c + "079", "2025-10", "volunteer_person_times"): 300}.items():
            self.v[key] = val
        for code in CODES:   # a resolved count never exceeds what was received
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])

    def _corrections(self):
        c = STREET_CODE
        # batch2 华威西里社区2026年4月工作报表（更正）: the first return had the digits of 志愿服务人次 swapped,
        # counted 体检 of March's last week and put 就业困难人员 into 促进就业
        t = (c + "073", "2026-04")
        self.old[t + ("volunteer_person_times",)] = 634
        self.v[t + ("volunteer_person_times",)] = 436
        self.old[t + ("free_health_checks",)] = self.v[t + ("free_health_checks",)] + 21
        self.old[t + ("people_employed",)] = self.v[t + ("people_employed",)] + 6
        # batch2 潘家园街道2026年2月城市低保数据更正: two communities' February 低保
        for key, delta in {(c + "069", "2026-02", "dibao_persons"): 2, (c + "069", "2026-02", "dibao_payout_yuan"): 2300,
                           (c + "075", "2026-02", "dibao_households"): -1}.items():
            self.old[key] = self.v[key] + delta

    # ---- helpers
    def ytd(self, code, month, ind):
        """本年累计 of a flow, as the clerk knew it when sending."""
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL_MONTHS if m[:4] == y and m <= month)

    def last_year(self, month):
        return f"{int(month[:4]) - 1}{month[4:]}"

    def yoy(self, code, month, ind):
        a, b = self.v[(code, month, ind)], self.v[(code, self.last_year(month), ind)]
        return None if b == 0 else (a - b) / b * 100

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{m:02d}" for m in range(3 * int(n) - 2, 3 * int(n) + 1)]
        return sum(self.v[(code, m, ind)] for m in ms)

    def out(self, code, month, name, lo, hi):
        return random.Random(f"{code}|{month}|{name}").randint(lo, hi)
