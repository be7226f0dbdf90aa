"""The world: 青海省西宁市城西区 虎台街道 (630104003), its 7 community committees, 2025-10 … 2026-04, every figure.

Months 2025-01 … 2025-09 exist only for 上月 / 累计 columns. Seed: random.Random(20260415) for the world; the
ethnic splits and other incidental numbers are derived from positions, never from the world's generator.
"""
import random

STREET = ("630104003", "虎台街道")
# (short name, 12-digit code, size factor). The registry spells five 「…社区居民委员会」, 医财巷东 / 医财巷西 「…居委会」
# (no 社区) and 虎台 「虎台社区居委会」.
COMMS = [("海晏路", "630104003002", 1.1), ("医财巷东", "630104003003", 0.8), ("医财巷西", "630104003004", 0.9),
         ("冷湖路", "630104003005", 1.2), ("新西", "630104003006", 1.0), ("殷家庄", "630104003007", 1.4),
         ("虎台", "630104003008", 1.3)]
REG = {"630104003002": "海晏路社区居民委员会", "630104003003": "医财巷东居委会", "630104003004": "医财巷西居委会",
       "630104003005": "冷湖路社区居民委员会", "630104003006": "新西社区居民委员会",
       "630104003007": "殷家庄社区居民委员会", "630104003008": "虎台社区居委会"}
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
# the two 村委会 of the street (in the registry cut; they send nothing)
VILLAGES = [("杨家寨村", "630104003201"), ("苏家河湾村", "630104003202")]

ALL = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 5)]
PERIOD = ALL[ALL.index("2025-10"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
ETHNIC = ["汉族", "回族", "藏族", "土族", "撒拉族", "其他"]


def season(ind, m):
    """Month factor for 西宁 (高原, 采暖期 10月15日—次年4月15日): 暖气不热 / 管道跑冒滴漏 诉求 from mid-October, peak
    November–January; 国庆·中秋 (10-01…10-08) and 重阳 (10-29) lift 文体活动, 慰问 and the autumn 老年人体检; the cold lowers
    volunteering December–February; 春节 (2026-02-17) and 藏历新年 (2026-02-18) raise 走访慰问 / 慰问物资 in January–February,
    开斋节 (2026-03-20) again in March; 元宵社火 (03-03) lifts 文体活动 in February–March; 学雷锋 (3月) and the spring
    “全域无垃圾” clean-up lift volunteering in March–April; 春风行动 brings jobs March–April; 停暖 4月15日; 体检 again in April."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {10: 1.1, 11: 1.4, 12: 1.5, 1: 1.4, 2: 0.8, 3: 1.0, 4: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.2, 1: 1.8, 2: 2.2, 3: 1.3}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {3: 1.8, 4: 1.6, 12: 0.7, 1: 0.5, 2: 0.9}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 4: 1.3, 10: 1.2, 12: 0.7, 1: 0.6, 2: 0.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.6, 4: 2.0, 3: 1.2, 12: 0.6, 1: 0.3, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.3, 1: 1.2, 2: 1.6, 3: 1.4}.get(mo, 1.0)
    return 1.0


def split(total, weights, salt):
    """Split `total` into len(weights) non-negative parts that add up (largest remainder, ties by a salted order)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [int(x) for x in raw]
    rest = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - parts[i]), (i * 7 + salt) % len(weights)))
    for i in order[:rest]:
        parts[i] += 1
    return parts


class World:
    def __init__(self):
        rnd = random.Random(20260415)
        self.v, self.old, self.first, self.groups, self.period = {}, {}, {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(1900, 3300) * f)
            res = int(hh * rnd.uniform(2.6, 3.0))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.30)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(110, 200) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 55) * f),
                      informants=rnd.randint(6, 18), volunteers=int(res * rnd.uniform(0.06, 0.11)),
                      dibao_households=int(rnd.randint(18, 34) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.6, 2.0))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-3, 10)
                st["residents"] += rnd.randint(-12, 28)
                st["floating_population"] += rnd.randint(-30, 20) if m[5:] in ("12", "01") else rnd.randint(-15, 25)
                st["volunteers"] += rnd.randint(2, 16)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.35:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1])
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 20, 42)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 5, 15)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 18)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3) + (1 if m[5:] in ("03", "04") else 0)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(52, 68) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 70)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 5)
                cases = [0, 0, 0, 0, 1, 1, 2] if m[5:] in ("12", "01", "02") else [0, 0, 0, 1, 1, 2, 3]
                self.v[(code, m, "security_cases")] = rnd.choice(cases)
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 120, 320)

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def heating(self, code, m, ind):
        """供暖期累计: October (heating from 10月15日, the whole month counted) through m."""
        ms = [x for x in PERIOD if x <= m]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new

    def earlier(self, key, first):
        """A figure written first in batch1 and replaced within batch1 (a later 接龙 line, a 社区上报 column the street
        revised): the world keeps the final one."""
        self.first[key] = first

    def ethnic(self, code, m, ind, value=None):
        """Parts of a 低保 figure by 民族 (汉 回 藏 土 撒拉 其他) that add up to it; fixed weights per community."""
        k = [s for s, c, _ in COMMS].index(NAME[code])
        w = [[55, 25, 10, 5, 3, 2], [48, 30, 12, 5, 3, 2], [60, 20, 10, 6, 2, 2], [40, 38, 10, 6, 4, 2],
             [58, 22, 12, 4, 2, 2], [35, 45, 8, 6, 5, 1], [52, 26, 12, 6, 2, 2]][k]
        return split(self.v[(code, m, ind)] if value is None else value, w, k)
