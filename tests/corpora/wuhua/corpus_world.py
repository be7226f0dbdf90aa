"""The place, the months and every figure of the 五华区·莲华街道 corpus.

One seeded draw gives every community, month and catalogue indicator a value (the months before the corpus
too, for 本年累计 and 上年同期). The files only ever copy these values, so the same key in two files is the
same number. A few keys are rounded where a clerk writes an approximate figure (APPROX), and a few carry an
older, wrong value that a later row or batch corrects (OLD, ROW_FIX).
"""
import random

SEED = 20260731
DISTRICT_CODE = "530102"
DISTRICT = "五华区"
STREET_CODE = "530102006"
STREET = "莲华街道"

# (code, short name) — registered as 「<short>社区居民委员会」 in the national registry, 2023 edition.
COMMUNITIES = [
    ("530102006001", "教场中路"),
    ("530102006002", "教场北路"),
    ("530102006003", "昆明理工大学"),
    ("530102006004", "苏家塘"),
    ("530102006005", "马村"),
    ("530102006006", "虹山"),
    ("530102006007", "云南财经大学"),
    ("530102006008", "江岸"),
    ("530102006009", "江北"),
    ("530102006010", "昆明冶金高等专科学校"),
    ("530102006011", "教场东路"),
    ("530102006012", "学府"),
    ("530102006013", "云南省第二监狱"),
]
CODE = {short: code for code, short in COMMUNITIES}
SHORT = {code: short for code, short in COMMUNITIES}


def full(code):
    return SHORT[code] + "社区居民委员会"


MONTHS = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]
_ALL = ["2024-12"] + [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 8)]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]

# Residents at the start, floating share, and whether a university campus community (students volunteer a lot).
PROFILE = {
    "530102006001": (12400, 0.17, False), "530102006002": (10600, 0.15, False),
    "530102006003": (8300, 0.22, True), "530102006004": (9800, 0.20, False),
    "530102006005": (11200, 0.36, False), "530102006006": (13600, 0.18, False),
    "530102006007": (9100, 0.25, True), "530102006008": (7600, 0.16, False),
    "530102006009": (8400, 0.19, False), "530102006010": (5200, 0.21, True),
    "530102006011": (9500, 0.17, False), "530102006012": (12150, 0.25, False),
    "530102006013": (3600, 0.08, False),
}

# Keys a clerk writes as a round, approximate figure: the value is rounded to this step (truth = what is written).
APPROX = {
    ("530102006012", "2026-07", "residents"): 1000,            # 「1.2万人」
    ("530102006012", "2026-07", "floating_population"): 1000,  # 「3千余」
    ("530102006005", "2026-06", "jobs_created"): 10,           # 「约40」
    ("530102006006", "2026-06", "people_employed"): 10,        # 「30余」
    ("530102006009", "2026-07", "volunteer_person_times"): 100,  # 「约400」 in the 7月 xlsx
    ("530102006007", "2026-02", "goods_distributed"): 10,      # 「120余件」
    ("530102006012", "2026-07", "dibao_payout_yuan"): 100,     # 「3.02万元」
}

# batch2 correction of 江岸社区 2026-04: the old (batch1) value = truth + delta.
CORRECTION = ("530102006008", "2026-04")
OLD = {
    ("530102006008", "2026-04", "dibao_persons"): +9,
    ("530102006008", "2026-04", "free_health_checks"): -40,
    ("530102006008", "2026-04", "petitions_resolved"): +6,
}
# 江北 2026-02 is written twice in the 2月 社区基本情况 CSV; the first row's slips (old = truth + delta).
ROW_FIX = {
    ("530102006009", "2026-02", "residents"): -900,
    ("530102006009", "2026-02", "households"): +120,
}


def _season(ind, month, univ):
    m = int(month[5:])
    f = 1.0
    if ind == "petitions_received":
        f = {2: 0.8, 6: 1.25, 7: 1.3, 12: 0.95}.get(m, 1.0)      # 雨季 (June–July): 积水、漏雨
    elif ind in ("people_assisted", "goods_distributed"):
        f = {1: 2.1, 2: 1.8, 12: 1.2}.get(m, 1.0)                 # 春节 2026-02-17 送温暖
    elif ind == "cultural_activities":
        f = {1: 1.6, 2: 1.7, 3: 1.1}.get(m, 1.0)
    elif ind in ("jobs_created", "people_employed"):
        f = {2: 1.3, 3: 1.5, 6: 1.4 if univ else 1.0, 7: 1.5 if univ else 1.0}.get(m, 1.0)  # 春风行动, 毕业季
    elif ind == "volunteer_person_times":
        f = {3: 1.8, 1: 1.2, 2: 0.7 if univ else 1.0, 7: 0.6 if univ else 1.0}.get(m, 1.0)  # 学雷锋, 寒暑假
    elif ind == "free_health_checks":
        f = {4: 1.6, 5: 1.5, 12: 0.7}.get(m, 1.0)
    return f


class World:
    def __init__(self):
        rnd = random.Random(SEED)
        self.v = {}
        for code, _ in COMMUNITIES:
            self._draw(rnd, code)
        for key, step in APPROX.items():
            self.v[key] = max(step, round(self.v[key] / step) * step)
        self.old = {k: self.v[k] + d for k, d in OLD.items()}
        self.rowfix = {k: self.v[k] + d for k, d in ROW_FIX.items()}

    def _draw(self, rnd, code):
        res0, fshare, univ = PROFILE[code]
        small = code == "530102006013"
        res = res0
        st = dict(
            residents=res0, households=int(res0 / rnd.uniform(2.5, 2.8)),
            floating_population=int(res0 * fshare), staff=rnd.randint(13, 21) if not small else 9,
            party_members=int(res0 * rnd.uniform(0.03, 0.045) * (2.2 if univ else 1.0)),
            pairings=rnd.randint(12, 38), patrol_members=rnd.randint(22, 58), informants=rnd.randint(8, 24),
            volunteers=int(res0 * rnd.uniform(0.09, 0.14) * (2.4 if univ else 1.0)),
            dibao_households=rnd.randint(14, 52) if not small else 6, zero_employment_households=rnd.randint(0, 3))
        ratio = rnd.uniform(1.45, 1.85)
        st["dibao_persons"] = int(st["dibao_households"] * ratio)
        per_k = res0 / 1000.0
        for month in _ALL:
            m = int(month[5:])
            # stocks: a slow walk
            if month != _ALL[0]:
                st["residents"] += rnd.randint(-25, 60)
                st["households"] += rnd.randint(-8, 22)
                fp = st["floating_population"] + rnd.randint(-60, 80)
                st["floating_population"] = int(fp * (0.9 if m == 2 else 1.0) / (0.9 if m == 3 else 1.0))
                st["party_members"] += rnd.choice([0, 0, 1, 1, 2, -1])
                st["pairings"] += rnd.choice([0, 0, 0, 1, -1])
                st["patrol_members"] += rnd.choice([0, 0, 1, -1, 2])
                st["informants"] += rnd.choice([0, 0, 0, 1, -1])
                st["volunteers"] += rnd.randint(2, 40) * (3 if univ and m in (3, 9, 10) else 1)
                st["dibao_households"] = max(4, st["dibao_households"] + rnd.choice([0, 0, 0, 1, -1]))
                st["dibao_persons"] = max(st["dibao_households"] + 1,
                                          round(st["dibao_households"] * ratio) + rnd.choice([0, 0, 1, -1]))
                st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([0, 0, 0, 1, -1]))
                st["staff"] += rnd.choice([0, 0, 0, 0, 1, -1])
            for k, x in st.items():
                self.v[(code, month, k)] = x
            res = st["residents"]
            s = lambda ind: _season(ind, month, univ)  # noqa: E731
            pr = max(3, round(per_k * rnd.uniform(2.4, 4.2) * s("petitions_received")))
            self.v[(code, month, "petitions_received")] = pr
            self.v[(code, month, "petitions_resolved")] = pr - rnd.choice([0, 0, 1, 1, 2, 3, 4])
            self.v[(code, month, "disputes_mediated")] = rnd.randint(1, 9)
            jobs = max(2, round(per_k * rnd.uniform(1.2, 3.2) * s("jobs_created")))
            self.v[(code, month, "jobs_created")] = jobs
            self.v[(code, month, "public_welfare_jobs")] = min(jobs, rnd.choice([0, 1, 1, 2, 2, 3, 4]))
            self.v[(code, month, "people_employed")] = max(1, round(per_k * rnd.uniform(1.0, 2.8) * s("people_employed")))
            self.v[(code, month, "micro_loans_yuan")] = rnd.choice([0, 0, 50000, 100000, 150000, 200000, 300000])
            self.v[(code, month, "training_sessions")] = rnd.choice([0, 1, 1, 2, 2, 3])
            self.v[(code, month, "dibao_payout_yuan")] = st["dibao_persons"] * rnd.randrange(560, 730, 10)
            self.v[(code, month, "free_health_checks")] = round(rnd.randint(25, 120) * s("free_health_checks"))
            self.v[(code, month, "people_assisted")] = round(rnd.randint(12, 55) * s("people_assisted"))
            self.v[(code, month, "goods_distributed")] = round(rnd.randint(20, 110) * s("goods_distributed"))
            self.v[(code, month, "cultural_activities")] = round(rnd.randint(2, 8) * s("cultural_activities"))
            self.v[(code, month, "lectures_held")] = rnd.randint(1, 6)
            self.v[(code, month, "security_cases")] = rnd.choice([0, 0, 1, 1, 2, 3, 4])
            vpt = res / 1000.0 * rnd.uniform(25, 60) * (2.0 if univ else 1.0) * s("volunteer_person_times")
            self.v[(code, month, "volunteer_person_times")] = round(vpt)
        self.v[(code, "2026-06", "micro_loans_yuan")] = 230000 if code == "530102006004" else \
            self.v[(code, "2026-06", "micro_loans_yuan")]  # 「23万元」 in the 6月 CSV

    def ytd(self, code, month, ind):
        """本年累计 of a flow: January of the month's year up to the month."""
        y, m = month[:4], int(month[5:])
        return sum(self.v[(code, f"{y}-{i:02d}", ind)] for i in range(1, m + 1))

    def last_year(self, month):
        return f"{int(month[:4]) - 1}-{month[5:]}"

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        months = [f"{y}-{3 * (int(n) - 1) + i:02d}" for i in (1, 2, 3)]
        return sum(self.v[(code, m, ind)] for m in months)


def nm(code, form="sq"):
    """A community's name as a clerk writes it: sq 「江岸社区」, short 「江岸」, jwh 「江岸社区居委会」,
    jwh2 「江岸居委会」, full 「江岸社区居民委员会」 (the registry's)."""
    s = SHORT[code]
    return {"sq": s + "社区", "short": s, "jwh": s + "社区居委会", "jwh2": s + "居委会", "full": full(code)}[form]
