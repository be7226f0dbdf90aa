"""The place, the months and the figures behind every file.

哈尔滨市南岗区 保健路街道 (230103017) with its 15 community committees from the national registry, 2025-09 …
2026-04. ``V(code, period, indicator)`` is the figure a community reported for a month (after the batch2
correction); ``V1`` the one it first sent; ``YTD`` its 本年累计 as the clerk knew it (January … that month,
with Jan–Aug 2025 invented once, outside the corpus). Figures are invented but plausible for a Harbin
community in the heating season: 供热 complaints from late October, 清冰雪 in winter, 送温暖 before 春节
(2026-02-17), 春风行动 jobs in March and April.
"""
import datetime as dt
import random

SEED = 20260430
CITY = "230103"
CITY_NAME = "南岗区"
STREET = "230103017"
STREET_NAME = "保健路街道"

# (code, short name, registry name)
COMMUNITIES = [
    ("230103017001", "电影机", "电影机社区居委会"),
    ("230103017002", "科研路", "科研路社区居委会"),
    ("230103017003", "制药厂", "制药厂社区居委会"),
    ("230103017004", "和谐", "和谐社区居委会"),
    ("230103017006", "新华", "新华社区居委会"),
    ("230103017007", "学府四道街", "学府四道街社区居委会"),
    ("230103017010", "保健", "保健社区居委会"),
    ("230103017011", "医大二院", "医大二院社区居委会"),
    ("230103017012", "测绘局", "测绘局社区居委会"),
    ("230103017013", "医大", "医大社区居委会"),
    ("230103017014", "哈平路", "哈平路社区居委会"),
    ("230103017015", "龙橡路", "龙橡路社区居委会"),
    ("230103017016", "大众新城", "大众新城社区居委会"),
    ("230103017017", "松江新城", "松江新城社区居委会"),
    ("230103017018", "凤凰城", "凤凰城社区居民委员会"),
]
CODE = {short: code for code, short, _ in COMMUNITIES}
SHORT = {code: short for code, short, _ in COMMUNITIES}
FULL = {code: full for code, _, full in COMMUNITIES}
CODES = [c for c, _, _ in COMMUNITIES]

MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
QUARTERS = {"2025-Q4": ["2025-10", "2025-11", "2025-12"], "2026-Q1": ["2026-01", "2026-02", "2026-03"]}

STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]

# residents at 2025-09; the rest follows from them
RESIDENTS = {"电影机": 7420, "科研路": 9860, "制药厂": 5310, "和谐": 11840, "新华": 6930, "学府四道街": 8270,
             "保健": 10450, "医大二院": 4680, "测绘局": 3920, "医大": 12630, "哈平路": 8910, "龙橡路": 6150,
             "大众新城": 14280, "松江新城": 13170, "凤凰城": 9540}

# month factors (2025-09 … 2026-04)
SEASON = {
    "petitions_received": [1.0, 1.35, 1.5, 1.3, 1.15, 0.9, 1.0, 0.95],   # 供热 from 10-20
    "free_health_checks": [1.6, 1.4, 1.0, 0.5, 0.3, 0.2, 0.6, 1.0],
    "people_assisted": [0.7, 0.8, 0.9, 1.2, 1.8, 2.0, 0.9, 0.7],          # 送温暖 before 春节
    "goods_distributed": [0.4, 0.6, 0.6, 1.0, 2.4, 2.8, 0.6, 0.4],
    "cultural_activities": [1.0, 0.9, 0.8, 1.1, 1.4, 1.5, 1.1, 1.0],      # 冰雪节, 元宵
    "lectures_held": [1.0, 1.1, 1.0, 1.2, 0.8, 0.5, 1.3, 1.1],
    "jobs_created": [1.0, 0.9, 0.8, 0.6, 0.5, 0.4, 1.6, 1.5],             # 春风行动
    "people_employed": [1.0, 0.9, 0.8, 0.7, 0.5, 0.4, 1.5, 1.4],
    "training_sessions": [1.0, 1.0, 0.8, 0.6, 0.4, 0.0, 1.2, 1.2],
    "volunteer_person_times": [0.9, 1.0, 1.2, 1.5, 1.6, 1.4, 1.3, 1.0],   # 清冰雪
    "security_cases": [1.0, 1.0, 0.8, 0.8, 0.9, 1.1, 0.9, 1.0],
    "disputes_mediated": [1.0, 1.2, 1.3, 1.1, 0.9, 0.8, 1.0, 1.0],        # 供热费, 漏水
}


def _build():
    rng = random.Random(SEED)
    v = {}
    prior = {}   # (code, indicator) -> Jan–Aug 2025 sum, for 本年累计
    for code, short, _ in COMMUNITIES:
        res0 = RESIDENTS[short]
        k = res0 / 8000.0
        hh0 = int(res0 / rng.uniform(2.45, 2.75))
        stock = {
            "residents": res0, "households": hh0, "floating_population": int(res0 * rng.uniform(0.06, 0.16)),
            "staff": rng.randint(9, 17), "party_members": int(res0 * rng.uniform(0.028, 0.045)),
            "volunteers": int(res0 * rng.uniform(0.05, 0.09)), "patrol_members": rng.randint(24, 70),
            "informants": rng.randint(8, 26), "pairings": rng.randint(12, 45),
            "dibao_households": max(8, int(hh0 * rng.uniform(0.008, 0.02))),
            "zero_employment_households": rng.randint(0, 4),
        }
        stock["dibao_persons"] = int(stock["dibao_households"] * rng.uniform(1.45, 1.8))
        for i, m in enumerate(MONTHS):
            if i:
                stock["residents"] += rng.randint(-25, 40)
                stock["households"] += rng.randint(-8, 15)
                stock["floating_population"] += rng.randint(-30, 30)
                stock["volunteers"] += rng.randint(0, 14)
                stock["party_members"] += rng.choice([0, 0, 0, 1, 1, 2, -1])
                if rng.random() < 0.2:
                    stock["staff"] += rng.choice([-1, 1])
                if rng.random() < 0.25:
                    stock["patrol_members"] += rng.choice([-2, 2, 3, 5])
                if rng.random() < 0.15:
                    stock["informants"] += rng.choice([-1, 1, 2])
                if rng.random() < 0.2:
                    stock["pairings"] += rng.choice([1, 2, -1])
                if rng.random() < 0.3:
                    d = rng.choice([-1, 1, 1])
                    stock["dibao_households"] += d
                    stock["dibao_persons"] += d * rng.choice([1, 2])
                if rng.random() < 0.15:
                    stock["zero_employment_households"] = max(0, stock["zero_employment_households"] + rng.choice([-1, 1]))
            for ind in STOCKS:
                v[(code, m, ind)] = stock[ind]

            def f(ind, base):
                return max(0, int(round(base * k * SEASON.get(ind, [1] * 8)[i] * rng.uniform(0.7, 1.3))))

            rec = f("petitions_received", 22)
            v[(code, m, "petitions_received")] = rec
            v[(code, m, "petitions_resolved")] = max(0, rec - rng.choice([0, 0, 1, 1, 2, 3]))
            v[(code, m, "disputes_mediated")] = f("disputes_mediated", 4)
            jobs = f("jobs_created", 9)
            v[(code, m, "jobs_created")] = jobs
            v[(code, m, "public_welfare_jobs")] = min(jobs, rng.choice([0, 0, 1, 1, 2, 3]))
            v[(code, m, "people_employed")] = f("people_employed", 11)
            v[(code, m, "micro_loans_yuan")] = rng.choice([0, 0, 0, 50000, 100000, 150000, 200000, 300000, 23000,
                                                           45000])
            v[(code, m, "training_sessions")] = f("training_sessions", 2)
            persons = stock["dibao_persons"]
            v[(code, m, "dibao_payout_yuan")] = int(round(persons * rng.uniform(640, 760) / 10.0)) * 10
            v[(code, m, "free_health_checks")] = f("free_health_checks", 60)
            v[(code, m, "people_assisted")] = f("people_assisted", 30)
            v[(code, m, "goods_distributed")] = int(round(f("goods_distributed", 60) / 10.0)) * 10
            v[(code, m, "cultural_activities")] = f("cultural_activities", 5)
            v[(code, m, "lectures_held")] = f("lectures_held", 3)
            v[(code, m, "security_cases")] = max(0, int(round(rng.choice([0, 0, 0, 1, 1, 2, 3]) * SEASON["security_cases"][i])))
            v[(code, m, "volunteer_person_times")] = f("volunteer_person_times", 120)
        for ind in FLOWS:
            prior[(code, ind)] = sum(v[(code, "2025-09", ind)] for _ in range(8)) * rng.uniform(0.8, 1.1)
            prior[(code, ind)] = int(prior[(code, ind)] / 10) * 10 if ind.endswith("_yuan") else int(prior[(code, ind)])
    return v, prior


VALUES, PRIOR = _build()

# batch2: 科研路社区 2026-03 (更正): three figures changed; batch1 sent the old ones
KEYAN = CODE["科研路"]
CORRECTIONS = {
    (KEYAN, "2026-03", "people_employed"): None,
    (KEYAN, "2026-03", "goods_distributed"): None,
    (KEYAN, "2026-03", "dibao_payout_yuan"): None,
}
_first = {}
for _k in CORRECTIONS:
    _first[_k] = VALUES[_k]
# what batch1 said: 实现就业 typed with a digit swapped, 慰问物资 counted twice, 低保金 one family short
_first[(KEYAN, "2026-03", "people_employed")] = VALUES[(KEYAN, "2026-03", "people_employed")] + 9
_first[(KEYAN, "2026-03", "goods_distributed")] = VALUES[(KEYAN, "2026-03", "goods_distributed")] * 2
_first[(KEYAN, "2026-03", "dibao_payout_yuan")] = VALUES[(KEYAN, "2026-03", "dibao_payout_yuan")] - 1460


def V(code, period, ind):
    return VALUES[(code, period, ind)]


def V1(code, period, ind):
    """The figure as first sent (batch1)."""
    return _first.get((code, period, ind), VALUES[(code, period, ind)])


def YTD(code, period, ind, first=True):
    """本年累计 of a flow through `period`, as known when that month was sent."""
    y, m = period.split("-")
    total = PRIOR[(code, ind)] if y == "2025" else 0
    for p in MONTHS:
        if p[:4] == y and p <= period:
            total += (V1 if first else V)(code, p, ind)
    return total


def QSUM(code, quarter, ind, first=True):
    return sum((V1 if first else V)(code, p, ind) for p in QUARTERS[quarter])


def sent(y, m, d, hh=9, mm=30):
    return dt.datetime(y, m, d, hh, mm)


def month_date(period):
    y, m = period.split("-")
    return dt.date(int(y), int(m), 1)
