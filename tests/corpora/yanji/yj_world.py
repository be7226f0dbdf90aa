"""The world: 吉林省延边朝鲜族自治州延吉市 公园街道 (222401004), its 15 community committees, 2025-10 … 2026-04.

Months 2024-10 … 2025-09 exist only for 上月 / 累计 / 上年同期 columns. Seed: random.Random(20251231).
The 15 registry names are 「园X社区」 — one character apart; each has a Korean reading (원성, 원월 …) that the
bilingual clerks use.
"""
import random

STREET = ("222401004", "公园街道")
# (short name, code, size factor, Hangul reading of the two characters)
COMMS = [("园城", "222401004001", 1.0, "원성"), ("园月", "222401004002", 1.2, "원월"),
         ("园新", "222401004003", 0.9, "원신"), ("园辉", "222401004004", 1.1, "원휘"),
         ("园校", "222401004005", 0.8, "원교"), ("园艺", "222401004006", 1.0, "원예"),
         ("园建", "222401004007", 1.3, "원건"), ("园航", "222401004008", 0.9, "원항"),
         ("园纺", "222401004009", 1.0, "원방"), ("园法", "222401004010", 0.7, "원법"),
         ("园锦", "222401004011", 1.2, "원금"), ("园美", "222401004012", 1.0, "원미"),
         ("园绣", "222401004013", 0.8, "원수"), ("园吉", "222401004014", 1.1, "원길"),
         ("园祥", "222401004015", 0.9, "원상")]
BY_SHORT = {s: c for s, c, _, _ in COMMS}
NAME = {c: s for s, c, _, _ in COMMS}
HANGUL = {c: h for _, c, _, h in COMMS}
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
    """Yanji: 供暖 starts mid-October (暖气不热 / 采暖费 诉求 October–November and in the January cold); 春节
    2026-02-17 and 정월대보름 (元宵, 03-03: 拔河、投壶、摔跤) raise 走访慰问 and 文体活动; 赴韩劳务 returnees and 春风行动
    bring jobs in March–April; 学雷锋 (3月) and 清明 raise volunteering; snow-clearing 扫雪 volunteers in December–January."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {10: 1.4, 11: 1.3, 1: 1.3, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 12: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed"):
        return {3: 1.7, 4: 1.5, 1: 0.6, 2: 0.7, 12: 0.7}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {12: 1.4, 1: 1.3, 3: 1.7, 4: 1.3, 2: 0.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.6, 4: 1.8, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 3: 1.4, 12: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251231)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, _ in COMMS:
            hh = int(rnd.randint(1800, 3200) * f)
            res = int(hh * rnd.uniform(2.2, 2.6))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.06, 0.14)),
                      staff=rnd.randint(9, 15), party_members=int(rnd.randint(110, 200) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(25, 50) * f),
                      informants=rnd.randint(6, 18), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(18, 40) * f), zero_employment_households=rnd.randint(0, 3))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.3, 1.6))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-8, 6)
                st["residents"] += rnd.randint(-25, 12)
                st["floating_population"] += rnd.randint(-15, 15)
                st["volunteers"] += rnd.randint(2, 15)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 1])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.35:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 3)
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 18, 42)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 4, 14)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 2))
                self.v[(code, m, "people_employed")] = s("people_employed", 5, 18)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 50000, 100000, 150000, 200000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(58, 72) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 20, 70)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 35)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 15, 50)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 5)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 120, 320)

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
        self.old[key] = self.v[key]
        self.v[key] = new
