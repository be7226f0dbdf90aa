"""The place, the months and every figure of the 幸福路街道 corpus (新疆乌鲁木齐市天山区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-05: the corpus period is
2025-11 … 2026-05; the earlier months exist only for 本年累计 and the 10月 column of a ledger (ignore.csv). `old`
holds the first (wrong) values that the batch2 corrections replace. `out()` gives figures outside the catalogue
(入户走访, 结对认亲, 燃气安全检查 …): seeded per name, never truth.
"""
import random

CITY = "650102"
STREET_CODE, STREET = "650102009", "幸福路街道"
PERIOD = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]

# code suffix, short name, 片区 (the street's own grouping: 一片区 … 三片区)
COMMUNITIES = [
    ("001", "幸福路", "一片区"), ("002", "幸福集", "一片区"), ("003", "天福花园", "二片区"),
    ("004", "四道巷", "一片区"), ("005", "北三巷", "一片区"), ("006", "百信花园", "二片区"),
    ("007", "职大", "三片区"), ("008", "建国南路南", "三片区"), ("009", "中环路北", "三片区"),
    ("010", "宏大", "二片区"), ("011", "湖东", "二片区"), ("014", "幸福城市花园", "三片区"),
    ("015", "幸福园", "一片区"), ("016", "幸福路南", "二片区"),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
SHORT = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
NAME = {code: s + "社区居委会" for code, s in SHORT.items()}          # the registry's form
AREA = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
BY_SHORT = {c[1]: STREET_CODE + c[0] for c in COMMUNITIES}
AREAS = ["一片区", "二片区", "三片区"]
SMALL = ("幸福园", "幸福路南", "职大")

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


ALL_MONTHS = months_between("2025-01", "2026-05")

# seasons of an Urumqi street: 供暖 (10-15 … 4-15) brings 12345 诉求 (暖气不热) Nov–Jan; 春节 2026-02-17, 肉孜节
# 2026-03-20 and 古尔邦节 2026-05-27 bring 走访慰问 and 慰问物资; 学雷锋 lifts volunteering in March, the cold and the
# holiday lower it Dec–Feb; jobs come with the outdoor season (春风行动, 3–5月); 老年人健康体检 in April–May.
SEASON = {
    "petitions_received": {11: 1.5, 12: 1.35, 1: 1.3, 2: 0.85, 3: 1.1, 5: 0.9},
    "people_assisted": {1: 1.5, 2: 2.2, 3: 1.8, 5: 1.7},
    "goods_distributed": {1: 1.6, 2: 2.6, 3: 2.0, 5: 1.9},
    "cultural_activities": {2: 1.4, 3: 1.5, 5: 1.3, 12: 0.8},
    "volunteer_person_times": {3: 1.6, 12: 0.8, 1: 0.75, 2: 0.6},
    "jobs_created": {3: 1.6, 4: 1.8, 5: 1.4, 12: 0.6, 1: 0.6},
    "people_employed": {3: 1.4, 4: 1.6, 5: 1.3, 1: 0.6},
    "free_health_checks": {4: 2.0, 5: 2.4, 12: 0.6, 1: 0.5},
    "security_cases": {12: 0.5, 1: 0.5, 2: 0.5},
}


class World:
    def __init__(self, seed=20260712):
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
        small = SHORT[code] in SMALL
        res = r.randint(2600, 4800) if small else r.randint(5200, 12600)
        s = dict(res=res, hh=res / r.uniform(2.5, 2.9), vol=res * r.uniform(0.05, 0.12),
                 party=int(res * r.uniform(0.025, 0.05)), pair=r.randint(12, 45),
                 patrol=int(res * r.uniform(0.006, 0.014)), inf=r.randint(6, 24),
                 dh=r.randint(6, 16) if small else r.randint(18, 62), zero=r.choice([0, 0, 0, 1, 2]),
                 staff=r.randint(14, 19) if small else r.randint(20, 34))
        s["dp"] = int(s["dh"] * r.uniform(1.5, 2.1))
        flo, pet = r.uniform(0.08, 0.26), r.uniform(0.5, 1.0)
        for month in ALL_MONTHS:
            m = int(month[5:])
            s["res"] += r.randint(-30, 40)
            s["hh"] += r.uniform(-9, 13)
            s["vol"] += r.randint(0, 15) + (25 if m == 3 else 0)
            s["party"] += r.choice([-2, -1, 0, 0, 1, 2])
            s["pair"] += r.choice([0, 0, 0, 1, -1])
            s["patrol"] += r.choice([0, 0, 1, -1, 2])
            s["inf"] += r.choice([0, 0, 0, 1])
            if r.random() < 0.3:
                s["dh"] = max(4, s["dh"] + r.choice([-1, 1]))
            s["dp"] = max(s["dh"] + 1, s["dp"] + r.choice([-1, 0, 0, 1]))
            if r.random() < 0.1:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.12:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            k = lambda ind: (code, month, ind)
            v = self.v
            v[k("residents")] = s["res"]
            v[k("households")] = int(s["hh"])
            v[k("floating_population")] = int(s["res"] * flo * (0.85 if m in (1, 2) else 1.0)) + r.randint(-12, 12)
            v[k("staff")] = s["staff"]
            recv = max(6, int(s["res"] / 100 * pet * f("petitions_received") * r.uniform(0.8, 1.2)))
            v[k("petitions_received")] = recv
            v[k("petitions_resolved")] = int(round(recv * r.uniform(0.84, 0.99)))
            v[k("disputes_mediated")] = r.randint(1, 8)
            jobs = max(2, int(r.randint(4, 22) * f("jobs_created")))
            v[k("jobs_created")] = jobs
            v[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            v[k("people_employed")] = max(1, int(r.randint(3, 18) * f("people_employed")))
            v[k("zero_employment_households")] = s["zero"]
            v[k("micro_loans_yuan")] = r.choice([0] * 6 + [50000, 100000, 150000, 200000, 85000])
            v[k("training_sessions")] = r.choice([0, 1, 1, 2, 2, 3])
            v[k("dibao_households")] = s["dh"]
            v[k("dibao_persons")] = s["dp"]
            v[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(520, 720), -1))
            v[k("free_health_checks")] = max(4, int(r.randint(15, 60) * f("free_health_checks")))
            v[k("people_assisted")] = max(3, int(r.randint(12, 40) * f("people_assisted")))
            v[k("goods_distributed")] = max(5, int(r.randint(15, 60) * f("goods_distributed")))
            v[k("cultural_activities")] = max(1, int(r.randint(3, 10) * f("cultural_activities")))
            v[k("lectures_held")] = r.randint(1, 7)
            v[k("patrol_members")] = s["patrol"]
            v[k("informants")] = s["inf"]
            v[k("security_cases")] = int(r.choice([0, 0, 0, 1, 1, 2, 3]) * f("security_cases"))
            v[k("volunteers")] = int(s["vol"])
            vpt = max(50, int(s["res"] * r.uniform(0.02, 0.08) * f("volunteer_person_times")))
            v[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.35 else vpt
            v[k("party_members")] = s["party"]
            v[k("pairings")] = s["pair"]

    def _overrides(self):
        c = STREET_CODE
        for key, val in {(c + "003", "2026-01", "people_assisted"): 60, (c + "011", "2026-02", "volunteer_person_times"): 200,
                         (c + "007", "2026-04", "free_health_checks"): 120, (c + "009", "2026-05", "goods_distributed"): 300,
                         (c + "015", "2026-05", "people_assisted"): 80}.items():
            self.v[key] = val
        for code in CODES:
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])

    def _corrections(self):
        c = STREET_CODE
        # batch2 湖东社区2026年2月工作报表（更正）: 办结 counted twice for 3 诉求, 慰问 included February's first week of March
        t = (c + "011", "2026-02")
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] - 3
        self.old[t + ("people_assisted",)] = self.v[t + ("people_assisted",)] + 14
        self.old[t + ("goods_distributed",)] = self.v[t + ("goods_distributed",)] + 30
        # batch2 幸福路街道社会救助月报（2026年1月）修订: two communities' January 低保
        self.old[(c + "002", "2026-01", "dibao_persons")] = self.v[(c + "002", "2026-01", "dibao_persons")] + 2
        self.old[(c + "007", "2026-01", "dibao_payout_yuan")] = self.v[(c + "007", "2026-01", "dibao_payout_yuan")] + 1300

    def ytd(self, code, month, ind):
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL_MONTHS if m[:4] == y and m <= month)

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{m:02d}" for m in range(3 * int(n) - 2, 3 * int(n) + 1)]
        return sum(self.v[(code, m, ind)] for m in ms)

    def out(self, code, month, name, lo, hi):
        return random.Random(f"{code}|{month}|{name}").randint(lo, hi)


def nm(code, form="sq"):
    """How a clerk writes a community's name."""
    s = SHORT[code]
    return {"short": s, "sq": s + "社区", "jwh": s + "社区居委会", "jmwyh": s + "社区居民委员会",
            "jd": "幸福路街道" + s + "社区", "jdjwh": "幸福路街道" + s + "社区居委会",
            "full": "乌鲁木齐市天山区幸福路街道" + s + "社区居民委员会", "dw": s + "社区党委"}[form]


def W_OUT(code, month, name, lo, hi):
    return random.Random(f"{code}|{month}|{name}").randint(lo, hi)
