"""The world: 天津市河西区 天塔街道 (120103008), its 14 communities, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 本年累计, 上月 and 同期 columns. Seed: random.Random(20261207) for the world.
"""
import random

STREET = ("120103008", "天塔街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居委会」
COMMS = [("环湖南里", "120103008001", 1.0), ("气象南里", "120103008002", 0.8), ("环湖东里", "120103008006", 1.1),
         ("宾水北里", "120103008008", 0.9), ("宾水东里", "120103008009", 1.2), ("宾水西里", "120103008010", 1.3),
         ("宾水南里", "120103008011", 0.9), ("育贤里", "120103008012", 0.7), ("高风里", "120103008014", 0.8),
         ("富源里", "120103008019", 1.0), ("体育学院", "120103008023", 0.6), ("立达博兰", "120103008024", 1.4),
         ("五一阳光", "120103008025", 1.5), ("紫金里", "120103008026", 1.1)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区居委会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, 9), (2024, 10), (2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor, Tianjin: 供暖 (11-15 … 3-15) raises 诉求 Nov–Dec (供热不达标, 暖气不热); 中秋 / 国庆 (2025-10-06 /
    10-01) and 元宵灯会 raise 文体活动; 重阳 (10-29) and 春节 (2026-02-17) raise 走访慰问 and 物资; 金秋招聘月 (Sep) and
    春风行动 (Feb–Mar) bring jobs; 学雷锋 (3月5日, 天津 the cradle of 社区志愿服务) lifts volunteering, February low;
    老年人体检 in autumn, almost none in January–February."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.4, 12: 1.5, 1: 1.2, 2: 0.8, 3: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.6, 1: 1.9, 2: 2.1, 9: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {9: 1.3, 2: 1.5, 3: 1.8, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.9, 2: 0.6, 1: 0.9, 10: 1.2}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 2.2, 10: 2.4, 11: 1.3, 1: 0.3, 2: 0.2, 3: 0.8}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {9: 1.3, 10: 1.4, 2: 1.3, 3: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20261207)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        self.period_list = list(PERIOD)
        for short, code, f in COMMS:
            hh = int(rnd.randint(1900, 2700) * f)
            res = int(hh * rnd.uniform(2.55, 2.85))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.2)),
                      staff=rnd.randint(9, 14), party_members=int(rnd.randint(150, 230) * f),
                      pairings=rnd.randint(12, 30), patrol_members=int(rnd.randint(40, 70) * f),
                      informants=rnd.randint(8, 20), volunteers=int(res * rnd.uniform(0.09, 0.13)),
                      dibao_households=int(rnd.randint(14, 30) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                # stocks drift
                st["households"] += rnd.randint(-3, 9)
                st["residents"] += rnd.randint(-8, 25)
                st["floating_population"] += rnd.randint(-20, 25)
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
                rec = s("petitions_received", 26, 52)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 6, 18)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 8, 22)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(85, 118) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 90)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 15, 40)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 9)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 180, 420)

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
