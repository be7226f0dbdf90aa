"""The world: 江西省南昌市东湖区 彭家桥街道 (360102009), its 14 units (13 社区 + 江西师大家委会), 2025-07 … 2026-01.

Months 2024-07 … 2025-06 exist only for 本年累计 / 上年同期 / 上月 columns. Seed: random.Random(20250791).
"""
import random

STREET = ("360102009", "彭家桥街道")
# (short name, 12-digit code, size factor, registry name as the national file spells it)
COMMS = [("文教路", "360102009001", 1.1, "文教路社区居委会"), ("北京西路", "360102009002", 1.3, "北京西路社区居委会"),
         ("江西师大", "360102009003", 0.6, "江西师大家委会"), ("福州路北", "360102009004", 0.9, "福州路北社区居委会"),
         ("光明", "360102009005", 1.0, "光明社区居委会"), ("七里街", "360102009006", 1.2, "七里街社区居委会"),
         ("李家庄", "360102009007", 0.8, "李家庄社区居委会"), ("新祺周", "360102009009", 1.0, "新祺周社区居委会"),
         ("江中花园", "360102009010", 0.9, "江中花园社区居委会"), ("文教路北", "360102009012", 0.8, "文教路北社区居委会"),
         ("建新", "360102009014", 1.0, "建新社区居委员会"), ("湖滨南路", "360102009015", 1.2, "湖滨南路社区"),
         ("观欣", "360102009016", 1.4, "观欣社区"), ("青山北路", "360102009017", 1.1, "青山北路社区")]
BY_SHORT = {s: c for s, c, _, _ in COMMS}
NAME = {c: s for s, c, _, _ in COMMS}
REG = {c: r for s, c, _, r in COMMS}
SHIDA = BY_SHORT["江西师大"]


def full(code):
    """The name a clerk writes: 「…社区」, or 「江西师大家委会」 for the 家属委员会."""
    return "江西师大家委会" if code == SHIDA else NAME[code] + "社区"


ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(7, 13)] + [(2025, m) for m in range(1, 13)] + [(2026, 1)]]
PERIOD = ALL[ALL.index("2025-07"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 南昌: 主汛期 and 梅雨 tail in July (防汛 值守, 积水 诉求), 高温 July–August (停水停电, 空调外机, 夏送清凉
    for 独居老人), 高校毕业生 and 金秋招聘月 jobs July–October, 中秋 (10-06) and 国庆, 重阳 (10-29) and 敬老月: 体检, 慰问 and
    文体 in September–October; 宪法宣传日 (12-04) lectures and 国际志愿者日 (12-05) in December; 元旦 and 腊八 (01-26) and the
    春节 (02-17) 走访慰问 starting in January."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {7: 1.4, 8: 1.5, 9: 1.1, 10: 0.85, 1: 1.1}.get(mo, 1.0)
    if ind == "disputes_mediated":
        return {7: 1.3, 8: 1.4, 1: 1.2}.get(mo, 1.0)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {7: 1.5, 8: 1.3, 9: 1.4, 10: 1.2, 12: 0.7, 1: 0.6}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 1.8, 10: 2.3, 7: 0.6, 8: 0.5, 1: 0.4, 12: 0.7}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {7: 1.2, 8: 1.3, 9: 1.4, 10: 1.5, 1: 2.2, 12: 1.1}.get(mo, 0.8)
    if ind == "cultural_activities":
        return {10: 1.6, 9: 1.3, 1: 1.4, 7: 0.7, 8: 0.6}.get(mo, 1.0)
    if ind == "lectures_held":
        return {7: 1.4, 12: 1.7}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {7: 1.5, 8: 1.2, 12: 1.6, 1: 0.9, 10: 1.2}.get(mo, 1.0)
    if ind == "training_sessions":
        return {9: 1.5, 10: 1.5, 11: 1.3, 1: 0.5}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20250791)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, _ in COMMS:
            hh = int(rnd.randint(2300, 3400) * f)
            res = int(hh * rnd.uniform(2.55, 2.95))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.10, 0.24)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(150, 260) * f),
                      pairings=rnd.randint(8, 26), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(10, 24), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(14, 34) * f), zero_employment_households=rnd.randint(0, 2))
            if code == BY_SHORT["江西师大"]:
                st["party_members"] = int(st["party_members"] * 2.6)   # a university's retired staff
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.85))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 12)
                st["residents"] += rnd.randint(-12, 30)
                st["floating_population"] += rnd.randint(-150, -40) if m[5:] == "12" else rnd.randint(-20, 30)   # 春节 返乡
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
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = int(round(rnd.randint(0, 6) * season("disputes_mediated", m)))
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000, 500000])
                self.v[(code, m, "training_sessions")] = int(round(rnd.randint(0, 3) * season("training_sessions", m)))
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(68, 82) / 10)) * 100 \
                    + rnd.choice([0, 0, 20, 50])
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 85)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = max(1, s("lectures_held", 1, 5))
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)
        # a few figures the files' words depend on: 光明 had no 治安案件 in September (「本月未发生」); 福州路北 and 新祺周
        # lent 创业担保贷款 in the months whose unit is only in a footnote / the 备注 column
        self.v[(BY_SHORT["光明"], "2025-09", "security_cases")] = 0
        self.v[(BY_SHORT["福州路北"], "2025-11", "micro_loans_yuan")] = 200000
        self.v[(BY_SHORT["新祺周"], "2025-10", "micro_loans_yuan")] = 150000
        # 李家庄 keeps its 社区工作者 unchanged through the third quarter (its 台账 merges the three cells)
        lj = BY_SHORT["李家庄"]
        for m in ("2025-08", "2025-09"):
            self.v[(lj, m, "staff")] = self.v[(lj, "2025-07", "staff")]

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
