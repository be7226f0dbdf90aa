"""The world: 吉林省长春市南关区 长通街道 (220102005), its 7 community committees, 2025-10 … 2026-04, every figure.

Months 2024-10 … 2025-09 exist only for 上年同期 / 累计 columns. Seed: random.Random(20260430).
"""
import random

STREET = ("220102005", "长通街道")
# (short name, 12-digit code, size factor, 书记): the registry calls them 「…社区」; 东安村委会 (…200) sends nothing
COMMS = [("光复路南", "220102005001", 1.1, "王丽华"), ("清真寺", "220102005002", 0.8, "马秀琴"),
         ("东大", "220102005003", 1.0, "刘春燕"), ("龙兴", "220102005004", 1.3, "张国庆"),
         ("东莱南街", "220102005005", 0.9, "孙艳"), ("永宁路", "220102005006", 1.2, "李淑芬"),
         ("景东", "220102005007", 1.4, "赵志刚")]
VILLAGE = ("东安村委会", "220102005200")
BY_SHORT = {s: c for s, c, _, _ in COMMS}
NAME = {c: s for s, c, _, _ in COMMS}
SECRETARY = {c: p for _, c, _, p in COMMS}
CODES = [c for _, c, _, _ in COMMS]

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(10, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 5)]]
PERIOD = ALL[ALL.index("2025-10"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 长春: 供热 from 10-20 (暖气不热 诉求 peak in October–November), 清雪 after every snow
    (December–February volunteering), 冰雪 活动 in winter, 春节 2026-02-17 and 元宵 03-03 (走访慰问 January–February),
    春风行动 jobs in March–April, 学雷锋 (3月) and 清明 (4月); 停暖 04-08."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {10: 1.6, 11: 1.4, 12: 1.1, 4: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 12: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {3: 1.7, 4: 1.5, 1: 0.6, 2: 0.7, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {12: 1.5, 1: 1.4, 3: 1.7, 4: 1.3, 2: 0.9}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.6, 4: 1.5, 1: 0.5, 2: 0.4}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {1: 1.3, 2: 1.5, 3: 1.2, 12: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20260430)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, _ in COMMS:
            hh = int(rnd.randint(2600, 3800) * f)
            res = int(hh * rnd.uniform(2.3, 2.7))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.10, 0.22)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(140, 240) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.06, 0.10)),
                      dibao_households=int(rnd.randint(20, 40) * f), zero_employment_households=rnd.randint(0, 3))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.7))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-6, 10)
                st["residents"] += rnd.randint(-15, 25)
                st["floating_population"] += rnd.randint(-30, 20)
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
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 20, 44)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 250000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(60, 76) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 55)
                self.v[(code, m, "cultural_activities")] = min(10, s("cultural_activities", 2, 7))
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)

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
