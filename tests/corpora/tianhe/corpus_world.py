"""The place, the months and every figure of the 天河区·长兴街道 corpus.

One seeded world: every file takes its numbers from `FIG`, so the same key in two files always holds the
same value (the two deliberate exceptions, the 兴科 resend and the batch2 correction, are in `WRONG_FIRST`).
"""
import datetime as dt
import random

DISTRICT_CODE = "440106"
DISTRICT = "天河区"
CITY = "广州市"
STREET_CODE = "440106017"
STREET = "长兴街道"
SEED = 20260715

# code, name as registered, short name a clerk writes, 片区 the street office groups it in
COMMS = [
    ("440106017003", "乐意居社区居居委会", "乐意居", "北片"),
    ("440106017006", "天鹅社区居委会", "天鹅", "北片"),
    ("440106017007", "建丽社区居委会", "建丽", "北片"),
    ("440106017008", "兴科社区居委会", "兴科", "北片"),
    ("440106017009", "科艺社区居委会", "科艺", "北片"),
    ("440106017010", "兴安社区居委会", "兴安", "南片"),
    ("440106017011", "岑村西社区居委会", "岑村西", "南片"),
    ("440106017012", "岑村东社区居委会", "岑村东", "南片"),
    ("440106017013", "长湴西社区居委会", "长湴西", "南片"),
    ("440106017014", "长湴东社区居委会", "长湴东", "南片"),
    ("440106017015", "兴韵社区居委会", "兴韵", "南片"),
]
CODE = {short: code for code, _, short, _ in COMMS}
SHORT = {code: short for code, _, short, _ in COMMS}
# 村改居: the four communities carved out of 岑村 and 长湴 villages (2000s); clerks still write the old village
OLD_VILLAGE = {"岑村西": "岑村", "岑村东": "岑村", "长湴西": "长湴村", "长湴东": "长湴村"}
URBAN_VILLAGE = set(OLD_VILLAGE)

MONTHS = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
Q1 = ["2026-01", "2026-02", "2026-03"]
Q2 = ["2026-04", "2026-05", "2026-06"]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
INDICATORS = FLOWS + STOCKS


def month_no(period):
    return int(period[5:])


def year_of(period):
    return int(period[:4])


def first_day(period):
    return dt.date(year_of(period), month_no(period), 1)


def excel_serial(period):
    """The number Excel keeps for the first day of the month (what a 月份 column shows once its format is lost)."""
    return (first_day(period) - dt.date(1899, 12, 30)).days


def quarter_of(period):
    return f"{period[:4]}-Q{(month_no(period) - 1) // 3 + 1}"


# seasonal weights per month number (广州: 回南天 Feb–Apr, 春节 2026-02-17, 春风行动 after it, 学雷锋 in March,
# 端午龙舟 and 登革热 clean-ups in June, 台风 season from June)
SEASON = {
    "petitions": {11: 1.0, 12: 0.9, 1: 0.85, 2: 0.8, 3: 1.15, 4: 1.2, 5: 1.1, 6: 1.25},
    "jobs": {11: 0.9, 12: 0.8, 1: 0.7, 2: 1.3, 3: 1.5, 4: 1.2, 5: 1.0, 6: 0.9},
    "festive": {11: 0.8, 12: 1.0, 1: 1.6, 2: 1.8, 3: 0.8, 4: 0.8, 5: 0.9, 6: 1.3},
    "volunteer": {11: 0.9, 12: 1.0, 1: 1.2, 2: 0.9, 3: 1.5, 4: 1.0, 5: 1.0, 6: 1.4},
    "floating": {11: 1.0, 12: 1.0, 1: 0.97, 2: 0.9, 3: 1.0, 4: 1.02, 5: 1.03, 6: 1.03},
}


def _profile(rng, short):
    village = short in URBAN_VILLAGE
    res = rng.randrange(11000, 17000) if village else rng.randrange(4200, 12500)
    return {
        "residents": res,
        "households": int(res / rng.uniform(2.5, 2.9)),
        "floating": int(res * (rng.uniform(0.55, 0.85) if village else rng.uniform(0.15, 0.45))),
        "staff": rng.randrange(9, 17),
        "party": rng.randrange(120, 420),
        "volunteers": rng.randrange(300, 1300),
        "patrol": rng.randrange(22, 70),
        "informants": rng.randrange(8, 26),
        "pairings": rng.randrange(6, 28),
        "dibao_h": rng.randrange(6, 34) if village else rng.randrange(3, 22),
        "zero": rng.randrange(0, 4),
        "scale": res / 9000.0,
    }


def build(rng):
    """FIG[(code, period, indicator)] -> int, for every community, month and reported indicator."""
    fig = {}
    for code, _, short, _ in COMMS:
        p = _profile(rng, short)
        s = p["scale"]
        st = {k: p[k] for k in ("residents", "households", "floating", "staff", "party", "volunteers", "patrol",
                                "informants", "pairings", "dibao_h", "zero")}
        dibao_ratio = rng.uniform(1.35, 1.9)
        for per in MONTHS:
            m = month_no(per)
            st["residents"] += rng.randrange(-25, 40)
            st["households"] += rng.randrange(-6, 12)
            st["floating"] = max(800, st["floating"] + rng.randrange(-120, 160))
            if rng.random() < 0.12:
                st["staff"] += rng.choice([-1, 1])
            st["party"] += rng.choice([0, 0, 0, 1, 1, 2, -1])
            st["volunteers"] += rng.randrange(0, 35) + (25 if m == 3 else 0)
            st["patrol"] += rng.choice([0, 0, 0, 1, -1, 2])
            st["informants"] += rng.choice([0, 0, 0, 0, 1, -1])
            st["pairings"] += rng.choice([0, 0, 0, 1, 1, -1])
            st["dibao_h"] = max(2, st["dibao_h"] + rng.choice([0, 0, 0, 1, -1]))
            st["zero"] = max(0, min(4, st["zero"] + rng.choice([0, 0, 0, 0, 1, -1])))
            dibao_p = int(round(st["dibao_h"] * dibao_ratio)) + rng.choice([0, 0, 1])
            received = max(6, int(rng.gauss(34 * s, 6) * SEASON["petitions"][m]))
            resolved = received - rng.choice([0, 0, 1, 1, 2, 3])
            jobs = max(1, int(rng.gauss(14 * s, 4) * SEASON["jobs"][m]))
            pw = min(jobs, rng.choice([0, 0, 1, 1, 2, 3]))
            loans = rng.choice([0, 0, 0, 0, 100000, 150000, 200000, 300000, 500000])
            if m in (3, 4) and loans == 0:
                loans = rng.choice([0, 200000, 250000])
            festive = SEASON["festive"][m]
            vals = {
                "petitions_received": received,
                "petitions_resolved": resolved,
                "disputes_mediated": rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6]),
                "jobs_created": jobs,
                "public_welfare_jobs": pw,
                "people_employed": max(1, int(rng.gauss(11 * s, 3) * SEASON["jobs"][m])),
                "micro_loans_yuan": loans,
                "training_sessions": rng.choice([0, 1, 1, 1, 2, 2, 3]),
                "dibao_payout_yuan": int(round(dibao_p * rng.uniform(880, 1180), -1)),
                "free_health_checks": max(0, int(rng.gauss(38 * s, 9) * (1.4 if m in (4, 5) else 1.0))),
                "people_assisted": max(4, int(rng.gauss(30 * s, 6) * festive)),
                "goods_distributed": max(0, int(rng.gauss(45 * s, 10) * festive * (1.6 if m in (1, 2) else 1))),
                "cultural_activities": max(1, int(rng.gauss(5, 1.5) * festive)),
                "lectures_held": rng.choice([1, 2, 2, 3, 3, 4, 5]),
                "security_cases": rng.choice([0, 0, 1, 1, 2, 3] + ([4, 5] if short in URBAN_VILLAGE else [])),
                "volunteer_person_times": int(round(rng.gauss(420 * s, 70) * SEASON["volunteer"][m], -1)),
                "zero_employment_households": st["zero"],
                "dibao_households": st["dibao_h"],
                "dibao_persons": dibao_p,
                "patrol_members": st["patrol"],
                "informants": st["informants"],
                "volunteers": st["volunteers"],
                "party_members": st["party"],
                "pairings": st["pairings"],
                "households": st["households"],
                "residents": st["residents"],
                "floating_population": int(st["floating"] * SEASON["floating"][m]),
                "staff": st["staff"],
            }
            for ind, v in vals.items():
                fig[(code, per, ind)] = int(v)
    _fix_for_renderings(fig)
    return fig


def _fix_for_renderings(fig):
    """Values some files write in a way that needs them round or special (kept in the world so every file
    that holds the key agrees)."""
    # 岑村东 2026-04 writes its 创业担保贷款 as "25万元" and 长湴西 2026-03 is a "无" month
    fig[(CODE["岑村东"], "2026-04", "micro_loans_yuan")] = 250000
    fig[(CODE["长湴西"], "2026-03", "security_cases")] = 0
    fig[(CODE["兴安"], "2026-06", "micro_loans_yuan")] = 0
    fig[(CODE["天鹅"], "2026-04", "disputes_mediated")] = 0
    # 科艺 May reports 约50 people checked; 兴韵 June "30余" volunteer trainings are not a catalogue figure
    fig[(CODE["科艺"], "2026-05", "free_health_checks")] = 50


def ytd(fig, code, period, ind):
    """本年累计 of a flow as the clerk knew it: the months of the same year up to `period` (2026 only)."""
    assert period.startswith("2026")
    return sum(fig[(code, p, ind)] for p in MONTHS if p.startswith("2026") and p <= period)


def qsum(fig, code, months, ind):
    return sum(fig[(code, p, ind)] for p in months)


# Deliberate second versions. The 兴科 March report was sent twice in batch1: the first had 实现就业 as the
# 本年累计 (the resend on the same afternoon fixes it). batch2 corrects 兴韵's June report.
RESEND = {"community": "兴科", "period": "2026-03", "changes": {"people_employed": "ytd"}}
CORRECTION = {"community": "兴韵", "period": "2026-06",
              "changes": {"petitions_received": +6, "petitions_resolved": +4, "goods_distributed": -60}}


def apply_versions(fig):
    """Return WRONG_FIRST: key -> the value the first version held (FIG keeps the true, final value)."""
    wrong = {}
    code = CODE[RESEND["community"]]
    for ind in RESEND["changes"]:
        wrong[(code, RESEND["period"], ind)] = ytd(fig, code, RESEND["period"], ind)
    code = CODE[CORRECTION["community"]]
    for ind, delta in CORRECTION["changes"].items():
        key = (code, CORRECTION["period"], ind)
        wrong[key] = fig[key] - delta
    return wrong


def sent(y, m, d, hh=10, mm=0):
    return dt.datetime(y, m, d, hh, mm)


def new_world():
    rng = random.Random(SEED)
    fig = build(rng)
    wrong = apply_versions(fig)
    return rng, fig, wrong


def full(code):
    """The name as a clerk writes it in full (the registry's 乐意居社区居居委会 is a slip of the registry)."""
    return SHORT[code] + "社区居委会"


def shequ(code):
    return SHORT[code] + "社区"


def juwei(code):
    return SHORT[code] + "居委会"


def village_style(code):
    """村改居: the community with its old village, e.g. 长湴东社区（原长湴村）."""
    s = SHORT[code]
    return f"{s}社区（原{OLD_VILLAGE[s]}）" if s in OLD_VILLAGE else f"{s}社区"


PEOPLE = ["陈伟明", "黄丽萍", "梁嘉欣", "李晓燕", "何志恒", "罗家豪", "冯子健", "邓晓雯", "麦淑仪", "谭美玲",
          "钟思敏", "区嘉慧", "岑伟强", "植国华", "关凯琳", "卢少芬", "苏永强", "吴碧珊", "郭建华", "潘慧珍",
          "叶志鹏", "曾秀英"]
