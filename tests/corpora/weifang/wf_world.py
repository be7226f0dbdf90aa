"""The world: 山东省潍坊市奎文区 廿里堡街道 (370705004), its 10 community committees, 2025-09 … 2026-03, every figure.

Months 2025-01 … 2025-08 exist only for 上月 / 累计 columns. Seed: random.Random(20251003) for the world.
"""
import random

STREET = ("370705004", "廿里堡街道")
COMMS = [("鑫叶", "370705004002", 1.1), ("南屯", "370705004006", 0.9), ("新茂", "370705004016", 1.0),
         ("广潍", "370705004027", 1.3), ("宝通街", "370705004028", 1.2), ("凤凰街", "370705004030", 1.0),
         ("崇文街", "370705004031", 0.8), ("南家", "370705004032", 0.7), ("金沙窝", "370705004033", 0.9),
         ("涧头院", "370705004034", 0.8)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}

ALL = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "dibao_payout_yuan", "cultural_activities", "security_cases",
         "volunteer_person_times"]
STOCKS = ["dibao_households", "dibao_persons", "patrol_members", "informants", "volunteers"]


def season(ind, m):
    """潍坊: 11月15日 集中供暖 starts (暖气不热 诉求 Nov–Dec); 国庆/中秋 Oct; 春节 2026-02-17 and 元宵 03-03 (扭秧歌、
    灯会 raise 文体活动 Feb–Mar); 春风行动 and 潍柴 spring hiring Feb–Mar; 学雷锋 March volunteering."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.5, 12: 1.3, 1: 1.1, 2: 0.8}.get(mo, 1.0)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 10: 1.2, 2: 0.7, 1: 0.8}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.5, 3: 1.3, 10: 1.3, 1: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251003)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            st = dict(patrol_members=int(rnd.randint(30, 60) * f), informants=rnd.randint(6, 18),
                      volunteers=int(rnd.randint(600, 1100) * f), dibao_households=int(rnd.randint(10, 26) * f))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["volunteers"] += rnd.randint(2, 18)
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.25:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1])
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 20, 46)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(44, 60) / 10)) * 100
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new
