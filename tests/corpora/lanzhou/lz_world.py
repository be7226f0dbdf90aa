"""The place, the months and every figure of the 雁南街道 corpus (甘肃省兰州市城关区).

`World` holds one value per (community_code, YYYY-MM, indicator_code) for 2025-01 … 2026-03: the corpus period is
2025-09 … 2026-03; the earlier months exist only for 本年累计 columns, the 上月末 of a 动态 table and the 7月 / 8月
columns of a 下半年 report. `old` holds the first (wrong) values that the batch2 corrections replace. `out()` gives
figures outside the catalogue (黄河防汛巡堤, 虚拟养老院, 冬防巡查 …): seeded per name, never truth.
"""
import random

CITY = "620102"
STREET_CODE, STREET = "620102003", "雁南街道"
PERIOD = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]

# code suffix, registry name, short name as clerks write it, 村社区 (a former village turned community)
COMMUNITIES = [
    ("001", "雁宁路社区居委会", "雁宁路", False),
    ("002", "滩尖子社区居委会", "滩尖子", False),
    ("003", "大雁滩社区居委会", "大雁滩", False),
    ("004", "沙洼河社区居委会", "沙洼河", False),
    ("005", "张苏滩社区居委会", "张苏滩", False),
    ("006", "天庆嘉园社区", "天庆嘉园", False),
    ("007", "南河社区居委会", "南河", False),
    ("008", "张苏滩村社区", "张苏滩村", True),
    ("009", "滩尖子村社区", "滩尖子村", True),
    ("010", "大雁滩村社区", "大雁滩村", True),
    ("011", "沙洼河村社区", "沙洼河村", True),
]
CODES = [STREET_CODE + c[0] for c in COMMUNITIES]
NAME = {STREET_CODE + c[0]: c[1] for c in COMMUNITIES}
SHORT = {STREET_CODE + c[0]: c[2] for c in COMMUNITIES}
VILLAGE = {STREET_CODE + c[0]: c[3] for c in COMMUNITIES}
BY_SHORT = {c[2]: STREET_CODE + c[0] for c in COMMUNITIES}


def full(code):
    """「雁宁路社区」 / 「张苏滩村社区」: the form most clerks write."""
    return SHORT[code] + "社区"


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


ALL_MONTHS = months_between("2025-01", "2026-03")
STOCKS = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"}

# the 28 reported indicators as a community ledger lists them: label, unit, code
W_ITEMS = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
           ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
           ("其中：公益性岗位", "个", "public_welfare_jobs"), ("城镇新增就业", "人", "people_employed"),
           ("零就业家庭", "户", "zero_employment_households"), ("创业担保贷款", "元", "micro_loans_yuan"),
           ("职业技能培训", "场", "training_sessions"), ("低保户数", "户", "dibao_households"),
           ("低保人数", "人", "dibao_persons"), ("低保金发放", "元", "dibao_payout_yuan"),
           ("65岁以上老人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
           ("发放慰问物资", "件", "goods_distributed"), ("群众文化活动", "场", "cultural_activities"),
           ("政策宣讲", "次", "lectures_held"), ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
           ("治安案件", "起", "security_cases"), ("注册志愿者", "人", "volunteers"),
           ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"),
           ("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
           ("社区工作者", "人", "staff")]

# seasons of a 兰州 street by the Yellow River: 秋汛 in September; 国庆中秋 (10-01 / 10-06) and 重阳 (10-29) in October;
# 供暖 from 11-01 (暖气不热, 漏水: 诉求 up November–January); 春节 2026-02-17 (走访慰问, 慰问物资 January–February;
# 流动人口 down in February); 元宵 社火 and 太平鼓 (3-03) raise 文体活动 in February–March; 学雷锋 (3-05) lifts volunteering;
# 开斋节 (2026-03-20) brings 慰问 of 回族 families in March; 春风行动 brings jobs in February–March; 65岁以上老人体检 run
# in autumn (September–October) and again in March.
SEASON = {
    "petitions_received": {11: 1.55, 12: 1.4, 1: 1.3, 2: 0.8, 9: 1.1},
    "free_health_checks": {9: 2.2, 10: 2.6, 3: 1.7, 1: 0.4, 2: 0.3},
    "people_assisted": {10: 1.4, 1: 1.9, 2: 2.5, 3: 1.6},
    "goods_distributed": {10: 1.3, 1: 2.2, 2: 2.8, 3: 1.7},
    "cultural_activities": {10: 1.5, 2: 1.6, 3: 1.4, 12: 0.8},
    "volunteer_person_times": {3: 1.8, 2: 0.6, 1: 0.8, 9: 1.2},
    "jobs_created": {2: 1.4, 3: 1.9, 1: 0.6},
    "people_employed": {3: 1.6, 2: 1.2, 1: 0.7},
    "lectures_held": {10: 1.3, 3: 1.3},
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
        res = r.randint(9000, 16500) if vil else r.randint(4800, 12800)
        if SHORT[code] == "天庆嘉园":
            res = r.randint(5200, 6400)
        flo = r.uniform(0.35, 0.55) if vil else r.uniform(0.08, 0.22)
        s = dict(res=res, hh=res / r.uniform(2.5, 2.9), vol=res * r.uniform(0.05, 0.12),
                 party=int(res * r.uniform(0.015, 0.03)), pair=r.randint(8, 30), patrol=int(res * r.uniform(0.004, 0.009)),
                 inf=r.randint(5, 18), dh=r.randint(12, 48) if vil else r.randint(8, 34), zero=r.choice([0, 0, 1, 1, 2]),
                 staff=r.randint(9, 14) if not vil else r.randint(12, 18))
        s["dp"] = int(s["dh"] * r.uniform(1.5, 2.1))
        pet = r.uniform(0.3, 0.65)
        for month in ALL_MONTHS:
            m = int(month[5:])
            s["res"] += r.randint(-40, 55)
            s["hh"] += r.uniform(-10, 16)
            s["vol"] += r.randint(3, 20) * (2.4 if m == 3 else 1)
            if r.random() < 0.35:
                s["party"] += r.choice([-1, 1, 1, 2])
            if r.random() < 0.2:
                s["pair"] += r.choice([1, -1, 2])
            if r.random() < 0.3:
                s["patrol"] += r.choice([-1, 1, 2, 3])
            if r.random() < 0.12:
                s["inf"] += 1
            if r.random() < 0.35:
                s["dh"] = max(4, s["dh"] + r.choice([-1, 1, 1]))
            s["dp"] = max(s["dh"] + 2, s["dp"] + r.choice([-2, -1, 0, 0, 1, 2]))
            if r.random() < 0.08:
                s["zero"] = max(0, s["zero"] + r.choice([-1, 1]))
            if r.random() < 0.1:
                s["staff"] += r.choice([-1, 1])
            f = lambda ind: SEASON.get(ind, {}).get(m, 1.0)
            rec = self.v
            k = lambda ind: (code, month, ind)
            rec[k("residents")] = s["res"]
            rec[k("households")] = int(s["hh"])
            rec[k("floating_population")] = int(s["res"] * flo * (0.82 if m == 2 else 1.0)) + r.randint(-25, 25)
            rec[k("staff")] = s["staff"]
            recv = max(8, int(s["res"] / 100 * pet * f("petitions_received") * r.uniform(0.8, 1.2)))
            rec[k("petitions_received")] = recv
            rec[k("petitions_resolved")] = int(round(recv * r.uniform(0.83, 0.99)))
            rec[k("disputes_mediated")] = r.randint(1, 9 if vil else 6)
            jobs = max(2, int(r.randint(3, 20) * f("jobs_created")))
            rec[k("jobs_created")] = jobs
            rec[k("public_welfare_jobs")] = min(jobs, r.choice([0, 0, 1, 1, 2, 3]))
            rec[k("people_employed")] = max(1, int(r.randint(3, 22) * f("people_employed")))
            rec[k("zero_employment_households")] = s["zero"]
            rec[k("micro_loans_yuan")] = r.choice([0] * 10 + [50000, 100000, 150000, 200000, 300000])
            rec[k("training_sessions")] = r.choice([0, 1, 1, 1, 2, 2, 3])
            rec[k("dibao_households")] = s["dh"]
            rec[k("dibao_persons")] = s["dp"]
            rec[k("dibao_payout_yuan")] = int(s["dp"] * r.uniform(640, 760))
            rec[k("free_health_checks")] = max(4, int(r.randint(12, 45) * f("free_health_checks")))
            rec[k("people_assisted")] = max(3, int(r.randint(8, 30) * f("people_assisted")))
            rec[k("goods_distributed")] = max(5, int(r.randint(10, 40) * f("goods_distributed")))
            rec[k("cultural_activities")] = max(1, int(r.randint(2, 8) * f("cultural_activities")))
            rec[k("lectures_held")] = max(1, int(r.randint(1, 5) * f("lectures_held")))
            rec[k("patrol_members")] = s["patrol"]
            rec[k("informants")] = s["inf"]
            rec[k("security_cases")] = r.choice([0, 0, 0, 1, 1, 2, 3] if vil else [0, 0, 0, 0, 1, 1, 2])
            rec[k("volunteers")] = int(s["vol"])
            vpt = max(40, int(s["res"] * r.uniform(0.012, 0.05) * f("volunteer_person_times")))
            rec[k("volunteer_person_times")] = vpt
            rec[k("party_members")] = s["party"]
            rec[k("pairings")] = s["pair"]

    def _overrides(self):
        B = BY_SHORT
        fixed = {
            (B["雁宁路"], "2025-09", "people_assisted"): 50,          # 「50左右」
            (B["天庆嘉园"], "2025-11", "volunteer_person_times"): 150,  # 「近150」
            (B["沙洼河"], "2025-09", "security_cases"): 0,
            (B["天庆嘉园"], "2025-11", "security_cases"): 0,
            (B["大雁滩"], "2026-03", "micro_loans_yuan"): 150000,
            (B["张苏滩"], "2026-03", "micro_loans_yuan"): 100000,
            (B["南河"], "2025-12", "micro_loans_yuan"): 200000,
        }
        self.v.update(fixed)
        # stocks a clerk writes once for a whole quarter (merged across the months) or as 「同上」
        for who, months, inds in ((B["张苏滩"], ["2026-01", "2026-02", "2026-03"], ["staff", "informants", "pairings"]),
                                  (B["沙洼河村"], ["2025-09", "2025-10", "2025-11"], ["staff", "informants"]),
                                  (B["沙洼河村"], ["2025-12", "2026-01", "2026-02"], ["staff", "pairings"])):
            for ind in inds:
                for m in months[1:]:
                    self.v[(who, m, ind)] = self.v[(who, months[0], ind)]
        for code in CODES:
            for m in ("2025-10", "2025-11", "2025-12"):      # 零就业家庭 unchanged through the fourth quarter
                self.v[(code, m, "zero_employment_households")] = self.v[(code, "2025-10", "zero_employment_households")]
            if code == B["大雁滩村"]:                          # … but one family of 大雁滩村 lost its last job in December
                self.v[(code, "2025-12", "zero_employment_households")] += 1
            for month in ALL_MONTHS:
                a, b = (code, month, "petitions_received"), (code, month, "petitions_resolved")
                self.v[b] = min(self.v[b], self.v[a])
                j, p = (code, month, "jobs_created"), (code, month, "public_welfare_jobs")
                self.v[p] = min(self.v[p], self.v[j])

    def _corrections(self):
        B = BY_SHORT
        # batch2 张苏滩社区2025年12月工作报表.xlsm (same name, resent): 供暖诉求 counted twice, 志愿服务 digits swapped
        t = (B["张苏滩"], "2025-12")
        self.old[t + ("petitions_received",)] = self.v[t + ("petitions_received",)] + 14
        self.old[t + ("petitions_resolved",)] = self.v[t + ("petitions_resolved",)] + 9
        self.old[t + ("volunteer_person_times",)] = self.v[t + ("volunteer_person_times",)] + 90
        # batch2 低保动态管理月报表（2025年11月）更正: two 停保 families entered late, one payout typed wrong
        self.old[(B["张苏滩村"], "2025-11", "dibao_persons")] = self.v[(B["张苏滩村"], "2025-11", "dibao_persons")] + 2
        self.old[(B["滩尖子"], "2025-11", "dibao_persons")] = self.v[(B["滩尖子"], "2025-11", "dibao_persons")] - 1
        self.old[(B["滩尖子"], "2025-11", "dibao_payout_yuan")] = self.v[(B["滩尖子"], "2025-11", "dibao_payout_yuan")] + 700

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
