"""The world: 浙江省宁波市海曙区 白云街道 (330203006), its 13 community committees, 2025-10 … 2026-04, every figure.

Months 2024-10 … 2025-09 exist only for 上月 / 同期 columns. Seed: random.Random(20261207).
"""
import random

STREET = ("330203006", "白云街道")
# (short name, 12-digit code, size factor): registry names are 「…社区」
COMMS = [("云乐", "330203006002", 1.0), ("南雅", "330203006003", 1.2), ("联南", "330203006004", 0.9),
         ("牡丹", "330203006005", 1.1), ("云丰", "330203006006", 0.8), ("联北", "330203006007", 1.0),
         ("宝善", "330203006009", 0.9), ("安泰", "330203006010", 1.3), ("白云庄", "330203006011", 1.1),
         ("安丰", "330203006012", 0.8), ("丽雅", "330203006013", 1.4), ("春悦", "330203006015", 0.6),
         ("曙悦", "330203006016", 0.7)]
BY = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
SHORTS = [s for s, _, _ in COMMS]

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
    """宁波: 重阳 (2025-10-29) 敬老 体检 and 慰问; 11月 消防宣传月 (宣讲); 冬至 (12-21) and the January 寒潮 raise 诉求
    (老小区 水管冻裂, 电动车 充电); 春节 (2026-02-17) 年糕 / 汤圆 慰问 in Jan–Feb, 元宵 (03-03) 文体; 春风行动 jobs Feb–Mar;
    学雷锋 (3月) and 清明 (4月) 志愿服务; 4月 the spring 老年人体检."""
    mo = int(m[5:])
    table = {
        "petitions_received": {12: 1.2, 1: 1.4, 2: 0.8}, "petitions_resolved": {12: 1.2, 1: 1.4, 2: 0.8},
        "people_assisted": {10: 1.4, 1: 1.8, 2: 2.2}, "goods_distributed": {10: 1.3, 1: 2.0, 2: 2.4},
        "jobs_created": {2: 1.4, 3: 1.8, 1: 0.6}, "people_employed": {2: 1.4, 3: 1.8, 1: 0.6},
        "volunteer_person_times": {3: 1.9, 4: 1.4, 2: 0.6, 1: 0.8, 10: 1.2},
        "free_health_checks": {10: 2.0, 4: 2.3, 1: 0.4, 2: 0.3},
        "cultural_activities": {2: 1.5, 3: 1.4, 10: 1.2, 12: 1.1}, "lectures_held": {11: 1.6, 12: 1.2},
    }
    return table.get(ind, {}).get(mo, 1.0)


class World:
    def __init__(self):
        rnd = random.Random(20261207)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2600, 3900) * f)
            res = int(hh * rnd.uniform(2.4, 2.8))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.18, 0.34)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(140, 260) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 60) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(10, 26) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.7))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 14)
                st["residents"] += rnd.randint(-12, 35)
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
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 22, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 200000, 300000, 500000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(95, 125) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = s("lectures_held", 1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def half(self, code, m, ind):
        """上半月 / 下半月 split of a monthly flow (parts, never values)."""
        v = self.v[(code, m, ind)]
        a = (v * (7 + int(code[-2:]) % 5)) // 15
        return a, v - a

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new
