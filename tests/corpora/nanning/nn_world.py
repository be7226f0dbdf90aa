"""The place, the months and every figure of the 津头街道 corpus (广西壮族自治区南宁市青秀区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-05: the corpus period is
2025-11 … 2026-05; the earlier months exist only for 上月 / 期初 and 本年累计 figures. `old` holds the first (wrong)
values that the batch2 files replace; `first` the values of a first online-form submission that the same
community's second submission (same file) replaces. `out()` gives figures outside the catalogue (网格事件,
登革热防控入户, 12345 parts …): seeded per name, never truth.
"""
import random

CITY = "450103"
STREET_CODE, STREET = "450103005", "津头街道"
DISTRICT = "青秀区"
PERIOD = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]

# code suffix, registry name, short name
COMMUNITIES = [
    ("002", "大板三社区居委会", "大板三"),
    ("003", "南湖小区社区居委会", "南湖小区"),
    ("004", "金浦社区居委会", "金浦"),
    ("005", "埌西社区居委会", "埌西"),
    ("006", "金洲社区居委会", "金洲"),
    ("007", "凤岭南社区居委会", "凤岭南"),
    ("008", "秀山社区居委会", "秀山"),
    ("009", "桂雅社区居委会", "桂雅"),
    ("010", "铜鼓岭社区居委会", "铜鼓岭"),
    ("011", "桂花社区居委会", "桂花"),
    ("012", "青环社区居委会", "青环"),
    ("013", "会展社区居委会", "会展"),
    ("014", "平岭社区居委会", "平岭"),
    ("015", "紫荆社区居委会", "紫荆"),
    ("016", "大岭社区居委会", "大岭"),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}
STOCKS = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"}


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2025-01", "2026-05")

# Nanning's year: 民歌节 (November) and 元旦/春节 文艺; 春节 2026-02-17 (走访慰问 and 慰问品 in January–February,
# migrants home in February, volunteering down); 回南天 (February–April); 春风行动 jobs in February–March; 学雷锋
# (March); “壮族三月三” (农历三月初三 = 2026-04-19: 文体活动, 五色糯米饭 慰问品); spring 老年人体检 (April–May);
# 龙舟水 rains and 登革热 clean-ups in May (诉求 about 内涝, volunteering up).
SEASON = {
    "petitions_received": {5: 1.35, 3: 1.15, 4: 1.1, 2: 0.75},
    "free_health_checks": {4: 2.1, 5: 2.5, 11: 1.3},
    "people_assisted": {1: 2.0, 2: 2.3, 12: 1.1},
    "goods_distributed": {1: 2.6, 2: 2.1, 4: 1.4},
    "cultural_activities": {4: 2.1, 11: 1.4, 1: 1.3, 2: 1.2},
    "lectures_held": {4: 1.4, 3: 1.2},
    "volunteer_person_times": {3: 1.7, 2: 0.6, 5: 1.3},
    "jobs_created": {2: 1.3, 3: 1.8},
    "people_employed": {3: 1.5, 4: 1.2, 2: 0.8},
}

BIG = {"凤岭南", "埌西", "金洲", "桂花", "大岭", "紫荆"}
SMALL = {"会展", "青环", "铜鼓岭"}


class World:
    def __init__(self, seed=20260419):
        self.rng = random.Random(seed)
        self.period = PERIOD
        self.v = {}
        self.old = {}
        self.first = {}
        for code in CODES:
            self._community(code)
        self._overrides()
        self._corrections()

    def _community(self, code):
        r = self.rng
        short = SHORT[code]
        res = r.randint(9800, 16400) if short in BIG else r.randint(3900, 6400) if short in SMALL else r.randint(6500, 9800)
        flo = r.uniform(0.35, 0.55) if short == "埌西" else r.uniform(0.12, 0.3)
        s = dict(res=res, hh=res / r.uniform(2.5, 2.9), vol=res * r.uniform(0.06, 0.14), party=int(res * r.uniform(0.02, 0.04)),
                 pair=r.randint(8, 30), patrol=int(res * r.uniform(0.005, 0.01)), inf=r.randint(6, 20),
                 dh=r.randint(5, 12) if short in SMALL else r.randint(12, 34), zero=r.choice([0, 0, 0, 1, 2]),
                 staff=r.randint(8, 12) if short in SMALL else r.randint(12, 19))
        s["dp"] = int(s["dh"] * r.uniform(1.45, 1.9))
        pet = r.uniform(0.3, 0.7)
        for month in ALL_MONTHS:
            m = int(month[5:])
            s["res"] += r.randint(-30, 45)
            s["hh"] += r.uniform(-8, 14)
            s["vol"] += r.randint(2, 22) * (2.2 if m == 3 else 1)
            s["party"] += r.choice([0, 0, 0, 0, 1, 2, -1])
            s["pair"] += r.choice([0, 0, 0, 0, 1, -1])
            s["patrol"] += r.choice([0, 0, 0, 1, -1, 2])
            s["inf"] += r.choice([0, 0, 0, 0, 1])
            if r.random() < 0.3:
                s["dh"] = max(3, s["dh"] + r.choice([-1, 1, 1]))
            s["dp"] = min(int(s["dh"] * 2.1), max(s["dh"] + 1, s["dp"] + r.choice([-1, 0, 0, 1, 1])))
            if r.random() < 0.1:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.08:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            k = lambda ind: (code, month, ind)
            v = self.v
            v[k("residents")] = s["res"]
            v[k("households")] = int(s["hh"])
            v[k("floating_population")] = int(s["res"] * flo * (0.85 if m == 2 else 1.0)) + r.randint(-20, 20)
            v[k("staff")] = s["staff"]
            recv = max(6, int(s["res"] / 100 * pet * f("petitions_received") * r.uniform(0.8, 1.2)))
            v[k("petitions_received")] = recv
            v[k("petitions_resolved")] = int(round(recv * r.uniform(0.84, 0.99)))
            v[k("disputes_mediated")] = r.randint(1, 9)
            jobs = max(2, int(r.randint(3, 20) * f("jobs_created")))
            v[k("jobs_created")] = jobs
            v[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            v[k("people_employed")] = max(1, int(r.randint(4, 22) * f("people_employed")))
            v[k("zero_employment_households")] = s["zero"]
            v[k("micro_loans_yuan")] = r.choice([0] * 6 + [100000, 150000, 200000, 300000])
            v[k("training_sessions")] = r.choice([0, 1, 1, 1, 2, 2, 3])
            v[k("dibao_households")] = s["dh"]
            v[k("dibao_persons")] = s["dp"]
            v[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(820, 1080), -2))
            v[k("free_health_checks")] = max(5, int(r.randint(10, 46) * f("free_health_checks")))
            v[k("people_assisted")] = max(3, int(r.randint(8, 34) * f("people_assisted")))
            v[k("goods_distributed")] = max(4, int(r.randint(12, 60) * f("goods_distributed")))
            v[k("cultural_activities")] = max(1, int(r.randint(2, 9) * f("cultural_activities")))
            v[k("lectures_held")] = max(1, int(r.randint(1, 5) * f("lectures_held")))
            v[k("patrol_members")] = s["patrol"]
            v[k("informants")] = s["inf"]
            v[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3])
            v[k("volunteers")] = int(s["vol"])
            vpt = max(50, int(s["res"] * r.uniform(0.012, 0.06) * f("volunteer_person_times")))
            v[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.4 else vpt
            v[k("party_members")] = s["party"]
            v[k("pairings")] = s["pair"]

    def _overrides(self):
        c = STREET_CODE
        fix = {
            # 南湖小区 2025-12: 「120左右」 志愿服务, 「百余」 慰问品
            (c + "003", "2025-12", "volunteer_person_times"): 120, (c + "003", "2025-12", "goods_distributed"): 100,
            (c + "003", "2025-12", "security_cases"): 0,
            # 金洲 2026-02: 培训 and 宣讲 「未开展」 over 春节; 「约150人次」; 慰问品 386
            (c + "006", "2026-02", "training_sessions"): 0, (c + "006", "2026-02", "lectures_held"): 0,
            (c + "006", "2026-02", "volunteer_person_times"): 150, (c + "006", "2026-02", "goods_distributed"): 386,
            # “三月三” file: 「百余」 / 「120左右」 志愿服务 (2026-04)
            (c + "012", "2026-04", "volunteer_person_times"): 100, (c + "013", "2026-04", "volunteer_person_times"): 120,
            # 紫荆 2026-05: 「约80」 体检, 「200左右」 志愿服务
            (c + "015", "2026-05", "free_health_checks"): 80, (c + "015", "2026-05", "volunteer_person_times"): 200,
            # 青环 2026-04: a loan written 「贰拾万元整」 (the payout too is written with its 大写)
            (c + "012", "2026-04", "micro_loans_yuan"): 200000,
        }
        self.v.update(fix)
        # 金浦's 台账 writes 「同上」 / 「〃」 for unchanged stocks: keep a few stocks flat over 2025-11 … 2026-01
        for ind in ("staff", "party_members", "pairings", "zero_employment_households"):
            for m in ("2025-12", "2026-01"):
                self.v[(c + "004", m, ind)] = self.v[(c + "004", "2025-11", ind)]
        self.v[(c + "004", "2026-01", "party_members")] += 2   # two members transferred in (written as a number)
        for code in CODES:
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])
                j, p = (code, month, "jobs_created"), (code, month, "public_welfare_jobs")
                self.v[p] = min(self.v[p], self.v[j])

    def _corrections(self):
        c = STREET_CODE
        # batch2 埌西社区2026年5月工作报表（更正）: 体检 counted twice, 志愿服务 of April added, 办结 of June counted
        t = (c + "005", "2026-05")
        self.old[t + ("free_health_checks",)] = self.v[t + ("free_health_checks",)] * 2
        self.old[t + ("volunteer_person_times",)] = self.v[t + ("volunteer_person_times",)] + 140
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] - 5
        # batch2 低保 12月 (最终版): 桂花 one family stopped (停保) before the payout, 会展 one person added late
        for key, delta in {(c + "011", "2025-12", "dibao_households"): 1, (c + "011", "2025-12", "dibao_persons"): 2,
                           (c + "011", "2025-12", "dibao_payout_yuan"): 1800,
                           (c + "013", "2025-12", "dibao_persons"): -1}.items():
            self.old[key] = self.v[key] + delta
        # 金山表单: 铜鼓岭 submitted March twice; the first answers (受理 and 志愿服务 swapped digits, 宣讲 of April)
        t = (c + "010", "2026-03")
        self.first[t + ("petitions_received",)] = int(str(self.v[t + ("petitions_received",)])[::-1]) \
            if self.v[t + ("petitions_received",)] % 10 else self.v[t + ("petitions_received",)] + 9
        self.first[t + ("lectures_held",)] = self.v[t + ("lectures_held",)] + 2
        for k, v in self.first.items():
            assert v != self.v[k], k

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
