"""The world: 广东省深圳市福田区 福田街道 (440304004), its 13 community committees, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 累计 (year-to-date), 上月 and the 7月 / 8月 columns of a 台账.
Seed: random.Random(20251024) for the world.
"""
import random

STREET = ("440304004", "福田街道")
# (short name, 12-digit code, size factor, 城中村?): registry names are 「…社区居委会」
COMMS = [("福华", "440304004022", 0.8, False), ("福安", "440304004023", 1.0, False),
         ("福山", "440304004026", 0.9, False), ("福民", "440304004027", 1.2, False),
         ("水围", "440304004028", 1.6, True), ("渔农", "440304004029", 1.1, True),
         ("岗厦", "440304004030", 1.4, True), ("海滨", "440304004031", 0.9, False),
         ("福田", "440304004033", 1.3, True), ("皇岗", "440304004034", 1.8, True),
         ("福南", "440304004036", 1.0, False), ("口岸", "440304004037", 0.8, False),
         ("圩镇", "440304004039", 1.0, True)]
BY_SHORT = {c[0]: c[1] for c in COMMS}
NAME = {c[1]: c[0] for c in COMMS}
REG = {c[1]: c[0] + "社区居委会" for c in COMMS}
VILLAGE = [c for c in COMMS if c[3]]        # 城中村社区
ESTATE = [c for c in COMMS if not c[3]]     # 住宅小区社区

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
    """Month factor for 福田: 台风“桦加沙” (2025-09-24: 倒树、积水、停电 诉求); 中秋国庆 (10-01, 10-06) and 重阳
    (10-29: 长者体检、慰问); 深圳读书月 (11月: 文体、讲座); 深圳马拉松 (12月上旬) and 宪法日 宣讲; 春节前 劳资纠纷 and
    迎春送暖 慰问 (1月); 春节 (2026-02-17: 来深建设者返乡, 慰问物资); 回南天 (2–3月: 渗水、返潮 诉求); 春风行动 and
    学雷锋 (3月)."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {9: 1.45, 11: 0.9, 1: 1.1, 2: 0.75, 3: 1.3}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {9: 1.3, 10: 1.25, 1: 1.8, 2: 2.1, 7: 1.2, 8: 1.2}.get(mo, 0.9)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {9: 1.2, 12: 0.8, 1: 0.7, 2: 1.3, 3: 1.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {9: 1.3, 11: 1.2, 12: 1.5, 2: 0.8, 3: 1.7}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.6, 11: 1.3, 1: 0.8, 2: 0.4}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {10: 1.2, 11: 1.5, 1: 1.3, 2: 1.4, 3: 1.2}.get(mo, 1.0)
    if ind == "lectures_held":
        return {11: 1.4, 12: 1.3, 2: 0.6}.get(mo, 1.0)
    if ind == "disputes_mediated":
        return {1: 1.5, 2: 0.6}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251024)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, village in COMMS:
            res = int(rnd.randint(11000, 21000) * f)
            hh = int(res / (rnd.uniform(1.7, 2.0) if village else rnd.uniform(2.3, 2.7)))
            fl = int(res * (rnd.uniform(0.55, 0.72) if village else rnd.uniform(0.2, 0.34)))
            st = dict(households=hh, residents=res, floating_population=fl,
                      staff=rnd.randint(24, 42), party_members=int(rnd.randint(380, 700) * f),
                      pairings=rnd.randint(14, 38), patrol_members=int(rnd.randint(40, 80) * f),
                      informants=rnd.randint(16, 40), volunteers=int(res * rnd.uniform(0.05, 0.09)),
                      dibao_households=int(rnd.randint(4, 14) * f), zero_employment_households=rnd.choice([0, 0, 1]))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.9))
            rate = rnd.randint(105, 135) * 10     # 元 per person and month (差额 below the 深圳 standard)
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                if m == "2026-02":     # 春节: 来深建设者返乡, back in March
                    back = int(self.v[(code, m, "floating_population")] * rnd.uniform(0.06, 0.12))
                    self.v[(code, m, "floating_population")] -= back
                    self.v[(code, m, "residents")] -= back
                st["households"] += rnd.randint(-6, 15)
                st["residents"] += rnd.randint(-20, 45)
                st["floating_population"] += rnd.randint(-40, 40)
                st["volunteers"] += rnd.randint(4, 26) + (40 if m == "2026-02" else 0)
                if rnd.random() < 0.35:
                    st["party_members"] += rnd.choice([-1, 1, 2, 3])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    if st["dibao_households"] + d >= 1:
                        st["dibao_households"] += d
                        st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 5)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.1:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 40, 62)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = s("disputes_mediated", 1, 5)
                jobs = s("jobs_created", 14, 32)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 4))
                self.v[(code, m, "people_employed")] = s("people_employed", 10, 22)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 0, 150000, 200000, 300000, 500000, 600000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 4)
                self.v[(code, m, "dibao_payout_yuan")] = self.v[(code, m, "dibao_persons")] * (rate + rnd.choice([0, 0, 0, 10, -10, 20]))
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 50, 95)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 16, 34)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 25, 60)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 5, 9)
                self.v[(code, m, "lectures_held")] = s("lectures_held", 2, 5)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 1, 1, 2, 3, 4]) + (1 if village else 0)
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 330, 560)

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
