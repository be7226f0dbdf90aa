"""The world: 广东省东莞市 南城街道 (441900004), its 18 community committees, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 上月 / 上年同期 cells. Seed: random.Random(20251009).
"""
import random

STREET = ("441900004", "南城街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居民委员会」 (no 001, 002, 004)
COMMS = [("鸿福", "441900004003", 1.2), ("元美", "441900004005", 0.9), ("胜和", "441900004006", 1.1),
         ("亨美", "441900004007", 0.8), ("三元里", "441900004008", 0.9), ("篁村", "441900004009", 1.3),
         ("新基", "441900004010", 1.0), ("周溪", "441900004011", 1.1), ("袁屋边", "441900004012", 0.8),
         ("白马", "441900004013", 1.2), ("石鼓", "441900004014", 0.9), ("蛤地", "441900004015", 1.0),
         ("西平", "441900004016", 1.4), ("水濂", "441900004017", 0.9), ("雅园", "441900004018", 0.7),
         ("新城", "441900004019", 1.0), ("宏远", "441900004020", 1.1), ("宏图", "441900004021", 1.2)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
CODES = [c for _, c, _ in COMMS]
# 片区 as the street groups them (西片 / 中片 / 东片)
PIANQU = [("西片", ["水濂", "蛤地", "西平", "石鼓", "宏图", "宏远"]),
          ("中片", ["鸿福", "元美", "胜和", "新城", "雅园", "新基"]),
          ("东片", ["亨美", "三元里", "篁村", "周溪", "袁屋边", "白马"])]

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(9, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Dongguan: 新莞人 leave before 春节 (2026-02-17) and come back after 元宵 — floating population drops in
    Feb; 台风 season over by Oct; 春风行动 / 招工 after 春节 (Feb–Mar jobs); 重阳 (Oct) elderly checks; 春节 走访慰问
    (Jan–Feb); 醒狮 / 粤剧私伙局 / 迎春花市 cultural activities (Jan–Feb); 学雷锋 (3月) volunteering."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {2: 0.7, 3: 1.2, 9: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 10: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.6, 3: 2.0, 1: 0.5, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 2: 0.7, 1: 1.1}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 2.2, 11: 1.3, 1: 0.5, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {1: 1.4, 2: 1.7, 10: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251009)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(2600, 4200) * f)
            res = int(hh * rnd.uniform(2.4, 2.9))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.45, 0.9)),
                      staff=rnd.randint(12, 22), party_members=int(rnd.randint(150, 260) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(40, 80) * f),
                      informants=rnd.randint(10, 26), volunteers=int(res * rnd.uniform(0.06, 0.11)),
                      dibao_households=int(rnd.randint(6, 18) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.6, 2.1))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                mo = int(m[5:])
                st["households"] += rnd.randint(-5, 14)
                st["residents"] += rnd.randint(-12, 35)
                # 新莞人 go home in January–February and return in March
                st["floating_population"] += {1: -rnd.randint(300, 600), 2: rnd.randint(250, 550)}.get(
                    mo, rnd.randint(-40, 60))
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
                rec = min(39, s("petitions_received", 18, 34))
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 10, 30)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 8, 26)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 200000, 300000, 500000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 4)
                self.v[(code, m, "dibao_payout_yuan")] = self.v[(code, m, "dibao_persons")] * rnd.randint(98, 118) * 10
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 420)

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
