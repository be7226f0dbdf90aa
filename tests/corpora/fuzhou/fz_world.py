"""The world: 福建省福州市鼓楼区 五凤街道 (350102009), its 11 community committees, 2025-07 … 2026-01, every figure.

Months 2024-01 … 2025-06 exist only for 1-9月累计 / 本年累计 and 同期 columns. Seed: random.Random(20260226).
"""
import random

STREET = ("350102009", "五凤街道")
# (short name, 12-digit code, size factor): registry names are 「…社区」 (no 居委会 in the national file)
COMMS = [("屏西", "350102009001", 1.2), ("天元", "350102009002", 0.9), ("广厦", "350102009003", 1.1),
         ("白龙", "350102009004", 1.0), ("龙泉", "350102009005", 1.3), ("永恒", "350102009006", 0.8),
         ("兰庭", "350102009007", 0.9), ("左海", "350102009008", 1.4), ("铜盘", "350102009009", 1.0),
         ("湖前", "350102009010", 1.2), ("凤仪", "350102009013", 0.7)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
TRAD = {"屏西": "屏西", "天元": "天元", "广厦": "廣廈", "白龙": "白龍", "龙泉": "龍泉", "永恒": "永恆", "兰庭": "蘭庭",
        "左海": "左海", "铜盘": "銅盤", "湖前": "湖前", "凤仪": "鳳儀"}

ALL = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)] + ["2026-01"]
PERIOD = ALL[ALL.index("2025-07"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 福州: 台风 season July–September (积水、树木倒伏、停电 诉求, 防台 volunteers, 受灾群众 慰问);
    中秋 (10-06) and 国庆 in one long holiday, 重阳 (10-29) and the national 敬老月 in October (老年人体检, 慰问);
    消防宣传月 November; 12·4 宪法宣传日 and the 福州马拉松 in December (宣讲, volunteers); 冬至 搓糍; 元旦, 腊八 and the
    春节 (2026-02-17) visits beginning in late January; 高校毕业生 jobs in September, a slack January."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {7: 1.3, 8: 1.45, 9: 1.2, 10: 0.9, 1: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {8: 1.2, 9: 1.3, 10: 1.6, 1: 1.9, 12: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {9: 1.4, 7: 1.2, 1: 0.6, 12: 0.9}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {7: 1.3, 8: 1.5, 10: 1.2, 12: 1.4, 1: 1.1}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 2.3, 11: 1.5, 9: 1.2, 7: 0.7, 1: 0.5}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.5, 1: 1.4, 7: 1.2, 12: 1.1}.get(mo, 1.0)
    if ind == "lectures_held":
        return {12: 1.5, 11: 1.2}.get(mo, 1.0)
    return 1.0


# stocks that did not move over a run of months (兰庭's ledger writes each once, merged down over the run)
FROZEN = [("兰庭", "staff", ["2025-07", "2025-08", "2025-09"]), ("兰庭", "staff", ["2025-10", "2025-11", "2025-12", "2026-01"]),
          ("兰庭", "party_members", ["2025-07", "2025-08"]), ("兰庭", "party_members", ["2025-09", "2025-10", "2025-11"]),
          ("兰庭", "party_members", ["2025-12", "2026-01"]), ("兰庭", "pairings", ["2025-07", "2025-08", "2025-09", "2025-10"]),
          ("兰庭", "pairings", ["2025-11", "2025-12", "2026-01"]),
          ("兰庭", "zero_employment_households", ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"])]


class World:
    def __init__(self):
        rnd = random.Random(20260226)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2600, 3900) * f)
            res = int(hh * rnd.uniform(2.6, 3.0))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.24)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(150, 260) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(6, 18), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(10, 24) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 14)
                st["residents"] += rnd.randint(-12, 34)
                st["floating_population"] += rnd.randint(-30, 30)
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
                if rnd.random() < 0.25:
                    st["informants"] += rnd.choice([-1, 1, 1])
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 22, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 50000, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(88, 102) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 28, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = s("lectures_held", 1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)
        last = {}
        for short, ind, months in FROZEN:   # a run after another of the same stock always differs from it
            code = BY_SHORT[short]
            x = self.v[(code, months[0], ind)]
            if last.get((short, ind)) == x:
                x += 1
            for m in months:
                self.v[(code, m, ind)] = x
            last[(short, ind)] = x

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
