"""The world: 宁夏回族自治区银川市兴庆区 银古路街道 (640104009), its 12 community committees, 2025-10 … 2026-04, every
figure.

Months 2024-10 … 2025-09 exist only for 上年同期 and 本年累计 columns. Seed: random.Random(20251031) for the world.
"""
import random

STREET = ("640104009", "银古路街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居委会」
COMMS = [("春园", "640104009002", 1.0), ("丽景", "640104009003", 1.3), ("丽水", "640104009004", 0.9),
         ("福园", "640104009011", 1.1), ("景湖", "640104009012", 1.4), ("迎宾", "640104009013", 1.2),
         ("友爱", "640104009014", 0.8), ("云和", "640104009015", 1.0), ("康园", "640104009016", 1.2),
         ("宝南", "640104009017", 0.9), ("大团结", "640104009019", 0.7), ("宝银", "640104009020", 1.1)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居委会" for s, c, _ in COMMS}
# the street's three 村委会 (in the registry cut; they send nothing): 光华门 …201, 高台寺 …202, 友爱村 …203
# traditional forms used by the 党建办's file
TRAD = {"春园": "春園", "丽景": "麗景", "丽水": "麗水", "福园": "福園", "景湖": "景湖", "迎宾": "迎賓", "友爱": "友愛",
        "云和": "雲和", "康园": "康園", "宝南": "寶南", "大团结": "大團結", "宝银": "寶銀"}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, 10), (2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 5)]]
PERIOD = ALL[ALL.index("2025-10"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 银川: 国庆中秋 (10-01/10-06) and 重阳 (10-29) in October; 集中供暖 from 11月1日 (暖气不热、
    管道跑冒 诉求 November–January); 春节 2026-02-17 and 元宵 (03-03) raise 走访慰问 / 物资 (Jan–Feb) and 文体活动
    (Feb–Mar); 开斋节 (about 03-20) brings 慰问 of 回族 families in March; 春风行动 and 闽宁协作 劳务对接 bring jobs in
    February–April; 学雷锋 (3月), 沙尘 after-cleaning and 清明 raise volunteering; 敬老月 (October) and spring raise
    老年人体检; 国家宪法日 (12-04) and 全民国家安全教育日 (04-15) raise 宣讲; 停暖 03-31."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.5, 12: 1.3, 1: 1.2, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.2, 1: 1.8, 2: 2.2, 3: 1.3}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 4: 1.3, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 4: 1.4, 10: 1.2, 1: 0.7, 2: 0.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.6, 4: 1.5, 3: 1.1, 1: 0.5, 2: 0.4}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.3, 2: 1.5, 3: 1.3, 1: 1.2}.get(mo, 1.0)
    if ind == "lectures_held":
        return {12: 1.4, 4: 1.3}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251031)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(1700, 3400) * f)
            res = int(hh * rnd.uniform(2.6, 3.1))
            float_share = rnd.uniform(0.3, 0.45) if short == "友爱" else rnd.uniform(0.12, 0.25)
            st = dict(households=hh, residents=res, floating_population=int(res * float_share),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(110, 200) * f),
                      pairings=rnd.randint(8, 26), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(6, 20), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(14, 34) * f), zero_employment_households=rnd.randint(0, 3))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.9))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-3, 14)
                st["residents"] += rnd.randint(-12, 36)
                st["floating_population"] += rnd.randint(-30, 24)
                st["volunteers"] += rnd.randint(2, 18)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.2:
                    st["informants"] += rnd.choice([-1, 1])
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 22, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 50000, 100000, 125000, 150000, 200000,
                                                                    300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")]
                                                                   * rnd.randint(48, 66) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 38)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = max(1, int(round(rnd.randint(1, 5) * season("lectures_held", m))))
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 140, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def first(self, key):
        """The figure as first reported (before a batch2 correction)."""
        return self.old.get(key, self.v[key])

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def months_of(self, q):
        y, n = int(q[:4]), int(q[-1])
        return [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]

    def quarter(self, code, q, ind, first=False):
        get = self.first if first else (lambda k: self.v[k])
        return sum(get((code, x, ind)) for x in self.months_of(q))

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
