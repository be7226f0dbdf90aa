"""The world of the 岳麓区·银盆岭街道 corpus: the place, the months and every figure (seeded).

Months 2025-01 … 2026-02 exist (1-N月累计 needs January 2025 on); the corpus period is 2025-08 … 2026-02.
"""
import random

STREET = ("430104004", "银盆岭街道")
# (short name, 12-digit code, registry suffix, residents base)
COMMUNITIES = [
    ("银星", "430104004001", "社区居委会", 9800), ("银建", "430104004002", "社区居委会", 7600),
    ("银太", "430104004003", "社区居委会", 6900), ("火炬城", "430104004004", "社区居委会", 12400),
    ("银双", "430104004005", "社区", 8300), ("英才园", "430104004006", "社区居委会", 10900),
    ("银鸿", "430104004010", "社区居委会", 5400), ("桐梓坡", "430104004012", "社区居委会", 11600),
    ("银桥", "430104004013", "社区居委会", 7200), ("林海", "430104004014", "社区", 4600),
    ("铜盆湖", "430104004015", "社区", 13800),
]
VILLAGE = ("银盆岭", "430104004202", "村委会")   # in the registry; sends nothing
ALL_MONTHS = [f"2025-{m:02d}" for m in range(1, 13)] + ["2026-01", "2026-02"]
PERIOD = ALL_MONTHS[7:]          # 2025-08 … 2026-02
STOCKS = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"}
SEASON = {  # month number -> factor per theme
    "petition": {1: 1.0, 2: .8, 3: .9, 4: .9, 5: 1.0, 6: 1.1, 7: 1.35, 8: 1.45, 9: 1.1, 10: .9, 11: 1.0, 12: 1.15},
    "assist": {1: 1.6, 2: 2.0, 3: .7, 4: .6, 5: .7, 6: .8, 7: .8, 8: .9, 9: 1.0, 10: 1.5, 11: .8, 12: 1.0},
    "culture": {1: 1.3, 2: 1.6, 3: 1.0, 4: 1.0, 5: 1.1, 6: 1.0, 7: .8, 8: .7, 9: 1.0, 10: 1.5, 11: 1.0, 12: 1.1},
    "jobs": {1: .6, 2: 1.5, 3: 1.6, 4: 1.1, 5: 1.0, 6: 1.0, 7: 1.1, 8: 1.0, 9: 1.2, 10: .8, 11: 1.0, 12: .9},
    "health": {1: .3, 2: .2, 3: .8, 4: 1.0, 5: 1.2, 6: 1.0, 7: .6, 8: .8, 9: 1.6, 10: 1.8, 11: 1.3, 12: .6},
    "vol": {1: 1.0, 2: .6, 3: 1.5, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.1, 8: 1.2, 9: 1.0, 10: 1.3, 11: 1.0, 12: 1.1},
    "dispute": {1: 1.5, 2: 1.4, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.2, 8: 1.2, 9: 1.0, 10: 1.0, 11: 1.0, 12: 1.1},
}


class World:
    def __init__(self):
        rnd = random.Random(20260715)
        self.rnd = rnd
        self.period = PERIOD
        self.comms = COMMUNITIES
        self.code = {c[0]: c[1] for c in COMMUNITIES}
        self.v = {}
        self.old = {}      # key -> the first (superseded) value of a corrected key
        for name, code, _, base in COMMUNITIES:
            self._community(rnd, code, base)

    def _community(self, rnd, code, base):
        v = self.v
        res = base
        hh_ratio = rnd.uniform(2.45, 2.8)
        flo = int(base * rnd.uniform(.12, .25))
        staff = rnd.randint(9, 16)
        party = int(base * rnd.uniform(.022, .04))
        pair = rnd.randint(12, 40)
        patrol = rnd.randint(30, 88)
        inf = rnd.randint(10, 30)
        vols = int(base * rnd.uniform(.08, .2))
        zero = rnd.randint(0, 3)
        dh = max(6, int(base * rnd.uniform(.002, .006)))
        dp = int(dh * rnd.uniform(1.4, 1.9))
        for m in ALL_MONTHS:
            mo = int(m[5:])
            k = lambda ind: (code, m, ind)  # noqa: E731
            res += rnd.randint(-12, 30)
            fl = flo + (-int(flo * .15) if mo == 2 else rnd.randint(-20, 25))
            v[k("residents")] = res
            v[k("households")] = int(res / hh_ratio)
            v[k("floating_population")] = fl
            if rnd.random() < .1:
                staff += rnd.choice((-1, 1))
            v[k("staff")] = staff
            party += rnd.choice((0, 0, 1, 1, 2, -1))
            v[k("party_members")] = party
            if rnd.random() < .3:
                pair += rnd.randint(1, 2)
            v[k("pairings")] = pair
            patrol += rnd.choice((0, 0, 1, 2, -1))
            v[k("patrol_members")] = patrol
            if rnd.random() < .2:
                inf += 1
            v[k("informants")] = inf
            vols += rnd.randint(3, 25) + (20 if mo == 3 else 0)
            v[k("volunteers")] = vols
            if rnd.random() < .2:
                zero = max(0, zero + rnd.choice((-1, 1)))
            v[k("zero_employment_households")] = zero
            if rnd.random() < .35:
                dh = max(4, dh + rnd.choice((-1, 1, 1)))
                dp = max(dh, dp + rnd.choice((-2, -1, 1, 2)))
            v[k("dibao_households")] = dh
            v[k("dibao_persons")] = dp
            v[k("dibao_payout_yuan")] = dp * rnd.choice((780, 790, 800)) // 100 * 100 + rnd.choice((0, 200, 500))
            s = lambda t: SEASON[t][mo]  # noqa: E731
            pr = max(3, int(base / 180 * s("petition") * rnd.uniform(.8, 1.2)))
            v[k("petitions_received")] = pr
            v[k("petitions_resolved")] = pr - rnd.choice((0, 0, 1, 1, 2, 3))
            v[k("disputes_mediated")] = max(0, int(base / 1500 * s("dispute") * rnd.uniform(.6, 1.4)))
            jobs = max(2, int(base / 300 * s("jobs") * rnd.uniform(.7, 1.3)))
            v[k("jobs_created")] = jobs
            v[k("public_welfare_jobs")] = min(jobs, rnd.choice((0, 0, 1, 1, 2, 3)))
            v[k("people_employed")] = max(1, int(jobs * rnd.uniform(.6, 1.1)))
            v[k("micro_loans_yuan")] = rnd.choice((0, 0, 0, 100000, 150000, 200000, 300000, 125000, 85000))
            v[k("training_sessions")] = rnd.choice((0, 1, 1, 2, 2, 3))
            v[k("free_health_checks")] = int(base / 90 * s("health") * rnd.uniform(.7, 1.3))
            pa = int(base / 250 * s("assist") * rnd.uniform(.8, 1.2))
            v[k("people_assisted")] = pa
            v[k("goods_distributed")] = int(pa * rnd.uniform(1.0, 2.2))
            v[k("cultural_activities")] = max(1, int(base / 1400 * s("culture") * rnd.uniform(.7, 1.3)))
            v[k("lectures_held")] = rnd.randint(1, 6)
            v[k("security_cases")] = rnd.choice((0, 0, 0, 1, 1, 2, 3))
            v[k("volunteer_person_times")] = int(vols * .25 * s("vol") * rnd.uniform(.8, 1.2))

    def ytd(self, code, month, ind):
        """1-N月累计: January of the month's year up to the month (flows)."""
        y = month[:4]
        return sum(self.v[(code, m, ind)] for m in ALL_MONTHS if m[:4] == y and m <= month)

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        ms = [f"{y}-{3 * (int(n) - 1) + i:02d}" for i in (1, 2, 3)]
        return sum(self.v[(code, m, ind)] for m in ms)

    def correct(self, key, new):
        """A value a batch2 file corrects: remember the first value, set the true one."""
        self.old[key] = self.v[key]
        self.v[key] = new
