"""The world of the 市南区·八大峡街道 corpus: place, months and every figure (seeded).

World.v[(community_code, 'YYYY-MM', indicator_code)] holds every monthly figure from 2024-11 to 2026-06 (the months
before 2025-11 exist only for 累计 and 上年同期 columns). World.old holds the first (wrong) value of each corrected key.
"""
import random

CITY = "370202"
STREET = ("370202002", "八大峡街道")
# the registry's 八大峡街道 (2023 edition): six communities, codes not contiguous
COMMUNITIES = [("370202002008", "团岛"), ("370202002009", "西镇"), ("370202002011", "八大峡"),
               ("370202002012", "台西"), ("370202002013", "挪庄"), ("370202002014", "西藏路")]
PERIOD = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
STOCKS = ["households", "residents", "floating_population", "staff", "dibao_households", "dibao_persons",
          "zero_employment_households", "patrol_members", "volunteers", "party_members", "pairings"]
FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "cultural_activities", "lectures_held", "security_cases", "volunteer_person_times"]


def months_from(a, b):
    y, m = int(a[:4]), int(a[5:])
    out = []
    while True:
        s = f"{y}-{m:02d}"
        out.append(s)
        if s == b:
            return out
        m += 1
        if m == 13:
            y, m = y + 1, 1


ALL = months_from("2024-11", "2026-06")
SEASON = {  # month number -> factor per theme
    "petitions": {11: 1.35, 12: 1.4, 1: 1.3, 2: 0.9, 3: 1.05, 4: 0.95, 5: 1.0, 6: 1.1, 7: 1.2, 8: 1.2, 9: 1.0, 10: 0.95},
    "assist": {1: 1.9, 2: 1.6, 9: 1.3, 10: 1.2},
    "jobs": {2: 1.5, 3: 1.7, 4: 1.2, 12: 0.7, 1: 0.8},
    "volunteer": {3: 1.6, 2: 0.6, 1: 0.8, 12: 0.9, 6: 1.1},
    "health": {4: 1.8, 5: 2.0, 6: 1.5, 12: 0.5, 1: 0.4, 2: 0.3},
    "culture": {1: 1.6, 2: 1.3, 6: 1.2, 11: 0.8},
    "security": {6: 1.4, 7: 1.5, 8: 1.5, 5: 1.2, 2: 0.8},
}


class World:
    def __init__(self, seed=20260707):
        rnd = random.Random(seed)
        self.rnd = rnd
        self.period = PERIOD
        self.communities = COMMUNITIES
        self.name = dict(COMMUNITIES)
        self.v = {}
        self.outside = {}   # (code, month, what) -> figure of a row the catalogue lacks
        for code, _ in COMMUNITIES:
            res = rnd.randrange(6200, 13800)
            hh = int(res / rnd.uniform(2.3, 2.6))
            flo = rnd.randrange(900, 2600)
            staff = rnd.randrange(9, 16)
            dh = rnd.randrange(14, 46)
            dp = int(dh * rnd.uniform(1.5, 1.9))
            patrol = rnd.randrange(40, 120)
            vol = int(res * rnd.uniform(0.09, 0.16))
            party = rnd.randrange(280, 720)
            pair = rnd.randrange(12, 40)
            zero = rnd.choice([0, 0, 1])
            for i, m in enumerate(ALL):
                mo = int(m[5:])
                k = lambda ind: (code, m, ind)  # noqa: E731
                if i:
                    res += rnd.randrange(-25, 40)
                    hh += rnd.randrange(-8, 15)
                    flo += rnd.randrange(-60, 70) + (120 if mo == 3 else 0) - (150 if mo == 2 else 0)
                    if rnd.random() < 0.15:
                        staff += rnd.choice([-1, 1])
                    if rnd.random() < 0.35:
                        d = rnd.choice([-1, 1])
                        dh = max(5, dh + d)
                        dp = max(dh, dp + d * rnd.choice([1, 2]))
                    patrol += rnd.randrange(0, 3)
                    vol += rnd.randrange(5, 30) + (40 if mo == 3 else 0)
                    party += rnd.randrange(-2, 4)
                    pair += rnd.choice([0, 0, 1])
                    zero = 0 if rnd.random() < 0.7 else rnd.choice([0, 1])
                for ind, x in zip(STOCKS, [hh, res, flo, staff, dh, dp, zero, patrol, vol, party, pair]):
                    self.v[k(ind)] = x
                f = lambda t: SEASON[t].get(mo, 1.0)  # noqa: E731
                rec = int(res / 95 * f("petitions") * rnd.uniform(0.8, 1.2))
                self.v[k("petitions_received")] = rec
                self.v[k("petitions_resolved")] = rec - rnd.randrange(0, max(2, rec // 12))
                self.v[k("disputes_mediated")] = rnd.randrange(1, 9)
                jobs = int(rnd.randrange(6, 26) * f("jobs"))
                self.v[k("jobs_created")] = jobs
                self.v[k("public_welfare_jobs")] = min(jobs, rnd.randrange(0, 5))
                self.v[k("people_employed")] = int(rnd.randrange(5, 22) * f("jobs"))
                self.v[k("micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[k("training_sessions")] = rnd.randrange(0, 4)
                self.v[k("dibao_payout_yuan")] = round(dp * rnd.uniform(980, 1180) / 100) * 100
                self.v[k("free_health_checks")] = int(rnd.randrange(30, 90) * f("health"))
                self.v[k("people_assisted")] = int(rnd.randrange(20, 60) * f("assist"))
                self.v[k("cultural_activities")] = max(1, int(rnd.randrange(3, 11) * f("culture")))
                self.v[k("lectures_held")] = rnd.randrange(1, 7)
                self.v[k("security_cases")] = max(0, int(rnd.randrange(0, 5) * f("security")))
                self.v[k("volunteer_person_times")] = int(vol * rnd.uniform(0.25, 0.5) * f("volunteer"))
                for what, lo, hi in [("tekun", 1, 6), ("linshi_yuan", 0, 9), ("shuangbaodao", 20, 90),
                                     ("wangge", 4, 9), ("huji", 0, 0), ("shichang_h", 300, 1500),
                                     ("wenming", 2, 9), ("anquan", 5, 30), ("paicha", 3, 15), ("xinfang", 0, 4),
                                     ("rexian12345", 0, 0), ("xinzeng_zc", 3, 40), ("laojiu", 0, 3)]:
                    self.outside[(code, m, what)] = rnd.randrange(lo, hi + 1)
                self.outside[(code, m, "huji")] = res - flo // 3 + rnd.randrange(100, 900)
                self.outside[(code, m, "linshi_yuan")] *= 500
                self.outside[(code, m, "rexian12345")] = int(rec * rnd.uniform(0.45, 0.7))
        # corrections (batch2): key -> the first, wrong value
        self.old = {}
        nz, tx = "370202002013", "370202002012"
        self.old[(nz, "2026-04", "volunteer_person_times")] = self.v[(nz, "2026-04", "volunteer_person_times")] + 90
        self.old[(nz, "2026-04", "petitions_resolved")] = self.v[(nz, "2026-04", "petitions_resolved")] - 6
        self.old[(nz, "2026-04", "free_health_checks")] = self.v[(nz, "2026-04", "free_health_checks")] + 10
        self.old[(tx, "2026-03", "dibao_persons")] = self.v[(tx, "2026-03", "dibao_persons")] + 2
        self.old[(tx, "2026-03", "dibao_payout_yuan")] = self.v[(tx, "2026-03", "dibao_payout_yuan")] + 2300
        self.old[("370202002008", "2026-03", "dibao_households")] = self.v[("370202002008", "2026-03", "dibao_households")] - 1

    def last_year(self, month):
        return f"{int(month[:4]) - 1}{month[4:]}"

    def ytd(self, code, month, ind):
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL if m[:4] == y and m <= month)

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{(int(n) - 1) * 3 + i:02d}" for i in (1, 2, 3)]
        return sum(self.v[(code, m, ind)] for m in ms)
