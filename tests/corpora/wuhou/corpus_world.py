"""The place, the months and the invented-but-plausible figures behind every file of the corpus.

The world is one dict (community_code, period, indicator_code) -> value in the catalogue's unit. Every
file renders values from it, so the same key in two files always shows the same figure; the truth is the
set of keys some file actually holds (collected by the Recorder while the files are written).
"""
import datetime as dt

CITY = "510107"           # 四川省成都市武侯区
STREET = "510107005"      # 玉林街道
STREET_NAME = "玉林街道"

# the 11 community committees of 玉林街道 (national registry, 2023 edition), in code order
COMMS = [
    ("510107005001", "玉林北路"), ("510107005002", "玉林东路"), ("510107005004", "倪家桥"),
    ("510107005006", "九如村"), ("510107005007", "电信路"), ("510107005008", "黉门街"),
    ("510107005009", "棕南"), ("510107005010", "棕北"), ("510107005011", "跳伞塔"),
    ("510107005012", "新南路"), ("510107005013", "南虹村"),
]
CODE = {short: code for code, short in COMMS}
SHORT = {code: short for code, short in COMMS}
# two made-up 片区 of the street office, for 小计 rows and columns
AREA_1 = ["玉林北路", "玉林东路", "电信路", "九如村", "倪家桥", "南虹村"]
AREA_2 = ["黉门街", "棕南", "棕北", "跳伞塔", "新南路"]

MONTHS = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
Q4, Q1 = ["2025-10", "2025-11", "2025-12"], ["2026-01", "2026-02", "2026-03"]

# the 28 non-derived indicators of seeds/indicators.csv: code -> (canonical unit, kind)
INDICATORS = {
    "petitions_received": ("件", "flow"), "petitions_resolved": ("件", "flow"),
    "disputes_mediated": ("起", "flow"), "jobs_created": ("个", "flow"),
    "public_welfare_jobs": ("个", "flow"), "people_employed": ("人", "flow"),
    "zero_employment_households": ("户", "stock"), "micro_loans_yuan": ("元", "flow"),
    "training_sessions": ("场", "flow"), "dibao_households": ("户", "stock"),
    "dibao_persons": ("人", "stock"), "dibao_payout_yuan": ("元", "flow"),
    "free_health_checks": ("人", "flow"), "people_assisted": ("人", "flow"),
    "goods_distributed": ("件", "flow"), "cultural_activities": ("场", "flow"),
    "lectures_held": ("次", "flow"), "patrol_members": ("人", "stock"), "informants": ("人", "stock"),
    "security_cases": ("起", "flow"), "volunteers": ("人", "stock"),
    "volunteer_person_times": ("人次", "flow"), "party_members": ("人", "stock"),
    "pairings": ("对", "stock"), "households": ("户", "stock"), "residents": ("人", "stock"),
    "floating_population": ("人", "stock"), "staff": ("人", "stock"),
}
FLOWS = [k for k, (_, kind) in INDICATORS.items() if kind == "flow"]

# values some files write in a rounded or approximate form ("约50", "30余", "2.3万元"): the world holds
# exactly the number written, so every other file that reports the key shows the same figure
SPECIAL = {
    ("新南路", "2026-03", "petitions_received"): 50,      # 约50
    ("新南路", "2026-03", "petitions_resolved"): 47,
    ("新南路", "2026-03", "volunteer_person_times"): 300,  # 300余
    ("新南路", "2026-03", "dibao_payout_yuan"): 23000,    # 2.3万元
    ("新南路", "2026-03", "goods_distributed"): 30,       # 30余
    ("棕北", "2026-02", "volunteer_person_times"): 400,   # 约400 (UTF-8 CSV)
    ("倪家桥", "2026-03", "people_assisted"): 60,         # 60余
    ("电信路", "2025-12", "micro_loans_yuan"): 150000,    # 15万元 in the value text
    ("跳伞塔", "2025-10", "micro_loans_yuan"): 0,
    ("九如村", "2026-01", "micro_loans_yuan"): 200000,
    ("玉林东路", "2026-02", "micro_loans_yuan"): 100000,
    ("棕南", "2026-02", "micro_loans_yuan"): 50000,
}


def full(short):
    """The name as most clerks write it: 玉林北路社区."""
    return short + "社区"


def reg(short):
    """The registry's name: 玉林北路社区居委会."""
    return short + "社区居委会"


def ym(period):
    y, m = period.split("-")
    return int(y), int(m)


def first_day(period):
    y, m = ym(period)
    return dt.date(y, m, 1)


CN_MONTH = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def build_world(rng):
    """Six months of figures per community: stocks drift, flows vary with the season (春节 on 2026-02-17:
    more 慰问 and 文体活动 in January and February, autumn health checks in October and November)."""
    w = {}
    for code, short in COMMS:
        res = rng.randint(42, 138) * 100 + rng.randint(0, 99)
        hh = int(res / rng.uniform(2.35, 2.75))
        flo = int(res * rng.uniform(0.08, 0.24))
        staff = rng.randint(11, 24)
        party = rng.randint(160, 620)
        vol = int(res * rng.uniform(0.045, 0.11))
        patrol = rng.randint(18, 64)
        inf = rng.randint(8, 30)
        pairs = rng.randint(10, 42)
        dh = rng.randint(9, 46)
        dp = dh + rng.randint(dh // 4, dh // 2 + 2)
        zero = rng.randint(0, 3)
        size = res / 1000.0
        for p in MONTHS:
            _, m = ym(p)
            res += rng.randint(-30, 45)
            hh += rng.randint(-8, 16)
            flo += rng.randint(-40, 35)
            staff += rng.choice([0, 0, 0, 0, 1, -1])
            party += rng.choice([0, 0, 1, 1, 2, -1])
            vol += rng.randint(0, 28) + (30 if m == 3 else 0)      # 学雷锋月
            patrol += rng.choice([0, 0, 0, 1, 2, -1])
            inf += rng.choice([0, 0, 0, 1, -1])
            pairs += rng.choice([0, 0, 0, 1, 2])
            ch = rng.choice([0, 0, 0, 1, -1])
            dh = max(5, dh + ch)
            dp = max(dh + 1, dp + ch + rng.choice([0, 0, 1, -1]))
            zero = max(0, min(4, zero + rng.choice([0, 0, 0, 0, 1, -1])))
            festive = m in (1, 2)
            rec = max(8, int(size * rng.uniform(4.5, 11.0)))
            resolved = rec - rng.randint(0, max(1, rec // 12))
            jobs = rng.randint(0, 22)
            v = {
                "petitions_received": rec, "petitions_resolved": resolved,
                "disputes_mediated": rng.choice([0, 0, 1, 1, 2, 3, 4, 6]),
                "jobs_created": jobs, "public_welfare_jobs": min(jobs, rng.choice([0, 0, 0, 1, 1, 2, 3])),
                "people_employed": rng.randint(2, 28),
                "zero_employment_households": zero,
                "micro_loans_yuan": rng.choice([0, 0, 0, 0, 50000, 100000, 200000, 300000]),
                "training_sessions": rng.choice([0, 1, 1, 2, 2, 3]),
                "dibao_households": dh, "dibao_persons": dp,
                "dibao_payout_yuan": round(dp * rng.randint(68, 96) * 10, -2),
                "free_health_checks": int(size * rng.uniform(8, 22) * (1.6 if m in (10, 11) else 1.0)),
                "people_assisted": int(size * rng.uniform(2.0, 6.0) * (2.2 if festive else 1.0)),
                "goods_distributed": int(size * rng.uniform(1.5, 6.0) * (3.0 if festive else 1.0)),
                "cultural_activities": rng.randint(2, 7) + (rng.randint(2, 5) if festive else 0),
                "lectures_held": rng.randint(1, 6),
                "patrol_members": patrol, "informants": inf,
                "security_cases": rng.choice([0, 0, 0, 1, 1, 2, 3]),
                "volunteers": vol,
                "volunteer_person_times": int(vol * rng.uniform(0.25, 0.9)),
                "party_members": party, "pairings": pairs,
                "households": hh, "residents": res, "floating_population": flo, "staff": staff,
            }
            for ind, val in v.items():
                w[(code, p, ind)] = val
    for (short, p, ind), val in SPECIAL.items():
        w[(CODE[short], p, ind)] = val
    return w
