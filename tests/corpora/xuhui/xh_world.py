"""The place, the months and every figure of the 徐汇区·斜土路街道 corpus.

`World` holds one value per (community code, month, indicator) for 2025-10 … 2026-05, invented but plausible for
a 居民区 of 斜土路街道 (3,000–9,000 people, old 新村 and new estates), with Shanghai's seasons: 重阳节 (2025-10-29)
and the autumn health checks in October–November, 进博会 (2025-11-05…10) lifting patrols and volunteering in
November, a cold snap (burst pipes) raising January petitions, 春节 (2026-02-17) raising 帮困 and 慰问物资 and
lowering 来沪人员 in February, 春风行动 and 学雷锋 in March, the spring health checks in April–May.
"""
import random

STREET = ("310104007", "斜土路街道")
DISTRICT = "310104"
# code, registry name (all 「…居委会」), short name, 片区
COMMUNITIES = [
    ("310104007001", "日晖新城居委会", "日晖新城", 1),
    ("310104007002", "日晖七村居委会", "日晖七村", 1),
    ("310104007003", "日晖六村第一居委会", "日晖六村第一", 1),
    ("310104007004", "日晖六村第二居委会", "日晖六村第二", 1),
    ("310104007008", "康巨居委会", "康巨", 1),
    ("310104007009", "江南新村居委会", "江南新村", 2),
    ("310104007013", "大木桥路第三居委会", "大木桥路第三", 2),
    ("310104007014", "上影居委会", "上影", 2),
    ("310104007015", "茶陵居委会", "茶陵", 2),
    ("310104007018", "日晖二村居委会", "日晖二村", 1),
    ("310104007021", "肇嘉浜路第一居委会", "肇嘉浜路第一", 3),
    ("310104007022", "肇清居委会", "肇清", 3),
    ("310104007023", "景泰居委会", "景泰", 3),
    ("310104007024", "大木桥路第四居委会", "大木桥路第四", 2),
    ("310104007025", "大木桥路第五居委会", "大木桥路第五", 2),
    ("310104007026", "日晖五村居委会", "日晖五村", 1),
    ("310104007028", "恒益居委会", "恒益", 3),
    ("310104007049", "尚海湾居委会", "尚海湾", 3),
    ("310104007050", "医学院路居委会", "医学院路", 3),
]
CODES = [c[0] for c in COMMUNITIES]
NAME = {c[0]: c[1] for c in COMMUNITIES}
SHORT = {c[0]: c[2] for c in COMMUNITIES}
AREA = {c[0]: c[3] for c in COMMUNITIES}
AREA_NAME = {1: "第一片区", 2: "第二片区", 3: "第三片区"}
BY_SHORT = {c[2]: c[0] for c in COMMUNITIES}

MONTHS = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]
QUARTERS = {"2025-Q4": ["2025-10", "2025-11", "2025-12"], "2026-Q1": ["2026-01", "2026-02", "2026-03"]}

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
UNIT = {"petitions_received": "件", "petitions_resolved": "件", "disputes_mediated": "起", "jobs_created": "个",
        "public_welfare_jobs": "个", "people_employed": "人", "zero_employment_households": "户",
        "micro_loans_yuan": "元", "training_sessions": "场", "dibao_households": "户", "dibao_persons": "人",
        "dibao_payout_yuan": "元", "free_health_checks": "人", "people_assisted": "人", "goods_distributed": "件",
        "cultural_activities": "场", "lectures_held": "次", "patrol_members": "人", "informants": "人",
        "security_cases": "起", "volunteers": "人", "volunteer_person_times": "人次", "party_members": "人",
        "pairings": "对", "households": "户", "residents": "人", "floating_population": "人", "staff": "人"}

SEASON = {  # month number -> factor, per flow
    "petitions_received": {10: 1.0, 11: .95, 12: 1.0, 1: 1.3, 2: .8, 3: 1.05, 4: 1.0, 5: 1.1},
    "disputes_mediated": {10: 1.0, 11: 1.0, 12: 1.0, 1: 1.1, 2: 1.3, 3: 1.0, 4: .9, 5: 1.0},
    "jobs_created": {10: 1.0, 11: 1.0, 12: .8, 1: .7, 2: 1.4, 3: 1.7, 4: 1.2, 5: 1.0},
    "people_employed": {10: 1.0, 11: 1.0, 12: .8, 1: .7, 2: 1.3, 3: 1.6, 4: 1.2, 5: 1.0},
    "free_health_checks": {10: 6.0, 11: 3.0, 12: .6, 1: .3, 2: .2, 3: .8, 4: 4.0, 5: 5.0},
    "people_assisted": {10: 1.3, 11: 1.0, 12: 1.2, 1: 2.2, 2: 2.6, 3: 1.0, 4: .9, 5: 1.0},
    "goods_distributed": {10: 1.5, 11: 1.0, 12: 1.3, 1: 3.0, 2: 3.5, 3: 1.0, 4: .8, 5: 1.0},
    "cultural_activities": {10: 1.1, 11: 1.0, 12: 1.2, 1: 1.4, 2: 1.2, 3: 1.0, 4: 1.0, 5: 1.1},
    "lectures_held": {10: 1.0, 11: 1.3, 12: 1.2, 1: .8, 2: .6, 3: 1.0, 4: 1.1, 5: 1.0},
    "volunteer_person_times": {10: 1.0, 11: 1.3, 12: 1.0, 1: .9, 2: .6, 3: 1.7, 4: 1.0, 5: 1.05},
}


def mnum(month):
    return int(month[5:])


class World:
    def __init__(self, seed=20260605):
        rnd = random.Random(seed)
        self.v = {}
        self.side = {}      # outside-the-catalogue figures kept consistent across files: (code, month, name)
        self.old = {}       # key -> the first (wrong) value a batch1 file carried; batch2 corrects it
        allm = MONTHS
        for code in CODES:
            lux = code.endswith("049")          # 尚海湾: a riverside estate, few 低保, few 来沪
            big = rnd.uniform(0.6, 1.5) if not lux else 0.7
            old_estate = SHORT[code].startswith("日晖") or SHORT[code] in ("江南新村", "康巨", "茶陵")
            hh = int(rnd.randint(1500, 2700) * big)
            ppl = hh * rnd.uniform(2.3, 2.65)
            flo_share = rnd.uniform(.05, .09) if lux else rnd.uniform(.12, .26) * (1.2 if old_estate else 1)
            d_hh = 1 if lux else int(rnd.randint(8, 30) * big * (1.3 if old_estate else 1))
            d_ratio = rnd.uniform(1.25, 1.7)
            party = int(ppl * rnd.uniform(.045, .08))
            vol = int(ppl * rnd.uniform(.06, .12))
            patrol = rnd.randint(24, 60)
            base = {f: rnd.uniform(.7, 1.3) * big for f in FLOWS}
            staff = rnd.randint(8, 13)
            for i, m in enumerate(allm):
                n = mnum(m)
                k = lambda ind: (code, m, ind)
                hh += rnd.randint(-6, 10)
                ppl += rnd.randint(-25, 40)
                self.v[k("households")] = hh
                self.v[k("residents")] = int(ppl)
                f = ppl * flo_share * (0.86 if n == 2 else 1.0) * rnd.uniform(.98, 1.02)
                self.v[k("floating_population")] = int(f)
                self.v[k("staff")] = staff + (1 if (i >= 4 and code.endswith("9")) else 0)
                d_hh = max(1, d_hh + rnd.choice([-1, 0, 0, 0, 1]))
                self.v[k("dibao_households")] = d_hh
                dp = max(d_hh, int(round(d_hh * d_ratio)))
                self.v[k("dibao_persons")] = dp
                self.v[k("zero_employment_households")] = 1 if (old_estate and rnd.random() < .25) else 0
                party += rnd.choice([0, 0, 1, 1, 2, -1])
                self.v[k("party_members")] = party
                self.v[k("pairings")] = max(6, int(party * .08) + (i // 3))
                vol += rnd.randint(0, 12) + (rnd.randint(10, 30) if n == 3 else 0) + (rnd.randint(4, 12) if n == 11 else 0)
                self.v[k("volunteers")] = vol
                self.v[k("patrol_members")] = patrol + (rnd.randint(8, 15) if n == 11 else 0)
                self.v[k("informants")] = 6 + int(patrol / 5) + (1 if i >= 5 else 0)
                for fl in FLOWS:
                    self.v[k(fl)] = self._flow(rnd, fl, n, base[fl], ppl, lux)
                r = self.v[k("petitions_received")]
                self.v[k("petitions_resolved")] = max(0, r - rnd.choice([0, 0, 1, 1, 2, 3]))
                j = self.v[k("jobs_created")]
                self.v[k("public_welfare_jobs")] = min(j, rnd.choice([0, 0, 0, 1, 1, 2]))
                self.v[k("dibao_payout_yuan")] = int(round(dp * rnd.uniform(1020, 1180), -2))
            for i, m in enumerate(allm):   # outside figures, one value per file that shows them
                s = lambda name, val: self.side.__setitem__((code, m, name), val)
                res = self.v[(code, m, "residents")]
                s("户籍人口", int(res * rnd.uniform(.78, .95)))
                s("人户分离", int(res * rnd.uniform(.08, .16)))
                s("助餐", rnd.randint(300, 1800))
                s("长护险", rnd.randint(20, 140))
                s("服务时长", self.v[(code, m, "volunteer_person_times")] * rnd.randint(2, 3))

    def _flow(self, rnd, fl, n, b, ppl, lux):
        per10k = ppl / 10000
        s = SEASON.get(fl, {}).get(n, 1.0)
        if fl == "petitions_received":
            return max(6, int(rnd.gauss(48, 8) * b * per10k * 1.6 * s))
        if fl == "petitions_resolved":
            return 0
        if fl == "disputes_mediated":
            return max(0, int(rnd.gauss(5, 2) * b * s))
        if fl == "jobs_created":
            return max(0, int(rnd.gauss(4, 2) * b * s))
        if fl == "public_welfare_jobs":
            return 0
        if fl == "people_employed":
            return max(1, int(rnd.gauss(6, 2.5) * b * s))
        if fl == "micro_loans_yuan":
            if rnd.random() < (.05 if lux else .16):
                return rnd.choice([50000, 100000, 150000, 200000, 300000, 125000, 250000])
            return 0
        if fl == "training_sessions":
            return rnd.choice([0, 0, 1, 1, 2]) + (1 if n in (3, 4) else 0)
        if fl == "dibao_payout_yuan":
            return 0
        if fl == "free_health_checks":
            return max(0, int(rnd.gauss(22, 8) * b * s))
        if fl == "people_assisted":
            return max(3, int(rnd.gauss(22, 6) * b * s * (.4 if lux else 1)))
        if fl == "goods_distributed":
            return max(2, int(rnd.gauss(26, 8) * b * s * (.4 if lux else 1)))
        if fl == "cultural_activities":
            return max(1, int(rnd.gauss(6, 2) * b * s))
        if fl == "lectures_held":
            return max(0, int(rnd.gauss(3, 1.3) * b * s))
        if fl == "security_cases":
            return rnd.choice([0, 0, 0, 1, 1, 2, 3])
        if fl == "volunteer_person_times":
            return max(40, int(rnd.gauss(420, 110) * b * s))
        raise KeyError(fl)

    # -- the clerks' approximations: a key written 「约40」 or 「30余」 holds that round figure everywhere
    def round_to(self, key, step=10):
        code, m, ind = key
        v = self.v[key]
        self.v[key] = max(step, int(round(v / step)) * step)
        if ind == "petitions_received":
            rk = (code, m, "petitions_resolved")
            self.v[rk] = min(self.v[rk], self.v[key])
        if ind == "jobs_created":
            pk = (code, m, "public_welfare_jobs")
            self.v[pk] = min(self.v[pk], self.v[key])

    def set(self, key, value):
        self.v[key] = value

    def quarter(self, code, q, ind):
        return sum(self.v[(code, m, ind)] for m in QUARTERS[q])

    def ytd(self, code, month, ind):
        """本年累计 of a 2026 flow: January up to the month."""
        assert month.startswith("2026")
        return sum(self.v[(code, "2026-%02d" % i, ind)] for i in range(1, mnum(month) + 1))

    def prev(self, month):
        i = MONTHS.index(month)
        return MONTHS[i - 1] if i else None

    def added(self, code, month, ind):
        """本月新增 of a stock (never negative): the 「（其中新增N）」 in a cell."""
        p = self.prev(month)
        return max(0, self.v[(code, month, ind)] - self.v[(code, p, ind)]) if p else 0


YIJU = {"日晖六村第一": "日晖六村一居", "日晖六村第二": "日晖六村二居", "大木桥路第三": "大木桥路三居",
        "大木桥路第四": "大木桥路四居", "大木桥路第五": "大木桥路五居", "肇嘉浜路第一": "肇嘉浜路一居"}


def name(code, form):
    """How a clerk writes a 居民区: full (the registry's 「…居委会」), short, jmq (…居民区), jw (…居委), jmwyh
    (…居民委员会), yiju (the numbered ones as 「日晖六村一居」, the others …居委), dzz (…居民区党总支, or 党支部 for a
    small one)."""
    s = SHORT[code]
    if form == "full":
        return NAME[code]
    if form == "short":
        return s
    if form == "jmq":
        return s + "居民区"
    if form == "jw":
        return s + "居委"
    if form == "jmwyh":
        return s + "居民委员会"
    if form == "yiju":
        return YIJU.get(s, s + "居委")
    raise ValueError(form)
