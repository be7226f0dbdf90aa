"""The place, the months and every figure of the 油榨街道 corpus (贵州省贵阳市南明区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-04: the corpus period is
2025-10 … 2026-04; the earlier months exist only for 累计 columns. `old` holds the first (wrong) values that the
batch2 corrections replace. `out()` gives figures outside the catalogue (十联户, 凝冻巡查, 临时救助 …): seeded per
name, never truth.
"""
import random

CITY = "520102"
STREET_CODE, STREET = "520102027", "油榨街道"
PERIOD = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]

# code suffix, registry name, short name, the form a department with narrow columns writes (路/街/巷 dropped only
# where no other community of the street is left with the same stem)
COMMUNITIES = [
    ("001", "东新区路社区", "东新区路", "东新区"),
    ("002", "青年路社区", "青年路", "青年"),
    ("003", "冶金大院社区", "冶金大院", "冶金大院"),
    ("004", "冶金路社区", "冶金路", "冶金路"),
    ("005", "东宝社区", "东宝", "东宝"),
    ("006", "雨高桥社区", "雨高桥", "雨高桥"),
    ("007", "富源北路社区", "富源北路", "富源北"),
    ("008", "油榨街社区", "油榨街", "油榨街"),
    ("009", "南兴巷社区", "南兴巷", "南兴"),
    ("010", "蓑草路社区", "蓑草路", "蓑草"),
    ("011", "嘉润路社区", "嘉润路", "嘉润"),
    ("012", "南岳路社区", "南岳路", "南岳"),
    ("013", "粑粑街社区", "粑粑街", "粑粑街"),
    ("014", "南浦路社区", "南浦路", "南浦"),
    ("015", "市南路社区", "市南路", "市南"),
    ("016", "团坡桥社区", "团坡桥", "团坡桥"),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
NARROW = {STREET_CODE + c[0]: c[3] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}
CN_MONTH = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一",
            12: "十二"}


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2025-01", "2026-04")

# seasons of a Guiyang street: 凝冻 (freezing rain, 1–2月) bursts pipes and cuts water → more 诉求; 春节 2026-02-17
# (走访慰问, 慰问物资 in 1–2月); 重阳 2025-10-29 and 国庆 (10月 活动); 布依族“三月三” (农历三月初三 = 2026-04-19) and
# 苗族 活动 in April; 春风行动 (2–3月 jobs); 学雷锋 3月, the holiday lowers volunteering in 2月; spring 老年人健康体检
# (3–4月); 流动人口 drops over 春节.
SEASON = {
    "petitions_received": {1: 1.45, 2: 1.25, 12: 1.1, 4: 0.9},
    "free_health_checks": {3: 1.8, 4: 2.4, 10: 1.4},
    "people_assisted": {1: 2.0, 2: 2.3, 10: 1.5},
    "goods_distributed": {1: 2.4, 2: 2.6, 10: 1.3},
    "cultural_activities": {10: 1.4, 1: 1.4, 2: 1.3, 4: 1.6},
    "volunteer_person_times": {3: 1.7, 2: 0.6, 1: 1.1},
    "jobs_created": {2: 1.4, 3: 1.8},
    "people_employed": {3: 1.5, 4: 1.2},
}


class World:
    def __init__(self, seed=20261207):
        self.rng = random.Random(seed)
        self.period = PERIOD
        self.v = {}
        self.old = {}
        for code in CODES:
            self._community(code)
        self._fix()
        self._corrections()

    def _community(self, code):
        r = self.rng
        small = SHORT[code] in ("冶金大院", "东宝", "粑粑街", "团坡桥")
        res = r.randint(3600, 6400) if small else r.randint(7000, 15800)
        p = dict(flo=r.uniform(0.15, 0.38), pet=r.uniform(0.3, 0.7))
        s = dict(res=res, hh=res / r.uniform(2.5, 2.9), vol=res * r.uniform(0.07, 0.16), party=int(res * r.uniform(0.02, 0.036)),
                 pair=r.randint(8, 34), patrol=int(res * r.uniform(0.006, 0.012)), inf=r.randint(6, 22),
                 dh=r.randint(6, 14) if small else r.randint(14, 42), zero=r.choice([0, 0, 0, 1, 2]),
                 staff=r.randint(9, 13 if small else 20))
        s["dp"] = int(s["dh"] * r.uniform(1.4, 1.85))
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
                s["dh"] = max(4, s["dh"] + r.choice([-1, 1]))
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
            rec[k("floating_population")] = int(s["res"] * p["flo"] * (0.86 if m == 2 else 1.0)) + r.randint(-20, 20)
            rec[k("staff")] = s["staff"]
            recv = max(6, int(s["res"] / 100 * p["pet"] * f("petitions_received") * r.uniform(0.8, 1.2)))
            rec[k("petitions_received")] = recv
            rec[k("petitions_resolved")] = int(round(recv * r.uniform(0.84, 0.99)))
            rec[k("disputes_mediated")] = r.randint(1, 9)
            jobs = max(2, int(r.randint(3, 22) * f("jobs_created")))
            rec[k("jobs_created")] = jobs
            rec[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            rec[k("people_employed")] = max(1, int(r.randint(4, 24) * f("people_employed")))
            rec[k("zero_employment_households")] = s["zero"]
            rec[k("micro_loans_yuan")] = r.choice([0] * 6 + [100000, 150000, 200000, 300000, 500000])
            rec[k("training_sessions")] = r.choice([0, 1, 1, 2, 2, 3])
            rec[k("dibao_households")] = s["dh"]
            rec[k("dibao_persons")] = s["dp"]
            rec[k("dibao_payout_yuan")] = int(round(s["dp"] * r.uniform(720, 880), -2))
            rec[k("free_health_checks")] = max(5, int(r.randint(10, 46) * f("free_health_checks")))
            rec[k("people_assisted")] = max(3, int(r.randint(8, 34) * f("people_assisted")))
            rec[k("goods_distributed")] = max(2, int(r.randint(6, 30) * f("goods_distributed")))
            rec[k("cultural_activities")] = max(1, int(r.randint(2, 9) * f("cultural_activities")))
            rec[k("lectures_held")] = r.randint(1, 5)
            rec[k("patrol_members")] = s["patrol"]
            rec[k("informants")] = s["inf"]
            rec[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3])
            rec[k("volunteers")] = int(s["vol"])
            vpt = max(50, int(s["res"] * r.uniform(0.015, 0.07) * f("volunteer_person_times")))
            rec[k("volunteer_person_times")] = round(vpt, -1) if r.random() < 0.4 else vpt
            rec[k("party_members")] = s["party"]
            rec[k("pairings")] = s["pair"]

    def _fix(self):
        c = STREET_CODE
        for key, v in {(c + "010", "2026-02", "people_assisted"): 40, (c + "014", "2026-03", "volunteer_person_times"): 300,
                       (c + "014", "2026-03", "free_health_checks"): 60}.items():
            self.v[key] = v
        for code in CODES:
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])

    def _corrections(self):
        c = STREET_CODE
        # batch2 青年路社区2026年4月工作月报（更正）: 体检 counted the 三月三 义诊 twice, 志愿服务 typo, 办结 of May
        t = (c + "002", "2026-04")
        self.old[t + ("free_health_checks",)] = self.v[t + ("free_health_checks",)] + 18
        self.old[t + ("volunteer_person_times",)] = self.v[t + ("volunteer_person_times",)] + 90
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] + 3
        # batch2 冬春救助台账 一月份 (修订): two communities' 保障对象 changed after 年审
        for key, delta in {(c + "005", "2026-01", "dibao_persons"): 2, (c + "005", "2026-01", "dibao_payout_yuan"): 1600,
                           (c + "012", "2026-01", "dibao_households"): 1}.items():
            self.old[key] = self.v[key] + delta

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

    def split3(self, code, month, ind):
        """The month's figure cut into 上旬 / 中旬 / 下旬 parts (seeded, adding up)."""
        v = self.v[(code, month, ind)]
        rr = random.Random(f"{code}|{month}|{ind}|旬")
        w = [rr.uniform(0.7, 1.3) for _ in range(3)]
        a = int(v * w[0] / sum(w))
        b = int(v * w[1] / sum(w))
        return [a, b, v - a - b]
