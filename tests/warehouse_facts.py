"""The fixture warehouse's known facts, its dimensions and its fact tables (dim_community,
dim_indicator, fct_indicator_monthly, fct_indicator_period at community and street level).

The demo city's 21 communities report three months (2025-10 … 2025-12). Known facts:
- 2025-12 resolution-rate leader: 建设街社区居委会 with 49 of 50 = 98.0%.
- Submission matrix: 3 red (missing) cells, 1 amber (partial) cell, the rest green.
- 商业街社区居委会's 2025-12 volunteers are approximate (“近140”).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS = PROJECT_DIR / "seeds"
MONTHS = ("2025-10", "2025-11", "2025-12")
LEADER_NAME = "建设街社区居委会"
LEADER_RATE = 98.0

# community code → (received, resolved) in 2025-12, as a street office would read them.
DECEMBER_PETITIONS = {
    "654201001001": (50, 49),   # 建设街 98.0%
    "654201001003": (40, 37),   # 商业街 92.5%
    "654201001004": (30, 27),   # 文化街 90.0%
    "654201001006": (60, 51),   # 新华街 85.0%
    "654201001007": (20, 19),   # 塔尔巴哈台街 95.0%
    "654201001008": (25, 22),   # 广场街 88.0%
    "654201001009": (45, 36),   # 营盘街 80.0%
    "654201002001": (55, 53),   # 杜别克街 96.36%
    "654201002002": (48, 42),   # 公园街 87.5%
    "654201002003": (36, 30),   # 花园街 83.33%
    "654201002004": (32, 29),   # 林南街 90.63%
    "654201002005": (28, 26),   # 光明街 92.86%
    "654201002007": (44, 34),   # 宏图街 77.27%
    "654201002008": (38, 33),   # 发展街 86.84%
    "654201002009": (26, 20),   # 拜格托别街 76.92%
    "654201003001": (52, 47),   # 新城街 90.38%
    "654201003002": (34, 31),   # 边城街 91.18%
    "654201003003": (42, 35),   # 东门外街 83.33%
    "654201003005": (22, 21),   # 伊宁街 95.45%
    "654201003006": (46, 41),   # 爱国街 89.13%
    "654201003008": (30, 24),   # 哈尔墩 80.0%
}

# (community, month) → submission status when not simply "reported".
MISSING = {("654201003008", "2025-10"), ("654201003008", "2025-11"),
           ("654201002009", "2025-11")}
PARTIAL = {("654201002007", "2025-12")}  # security_cases not reported
REPORTED_INDICATORS = ("petitions_received", "petitions_resolved", "jobs_created", "volunteers",
                       "security_cases", "residents")
TARGETS = (  # indicator, operator, value (every grain)
    ("petition_resolution_rate", ">=", 90.0),
    ("jobs_created", ">=", 8.0),
    ("security_cases", "<=", 2.0),
)
WEIGHTS = {"petition_resolution_rate": 0.4, "jobs_created": 0.2,
           "volunteers_per_1000_residents": 0.2, "security_cases": 0.2}


def _read_seed(name: str) -> list[dict[str, str]]:
    with open(SEEDS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def community_dimension() -> pd.DataFrame:
    streets = {row["street_code"]: row for row in _read_seed("registry_streets.csv")}
    rows = []
    for index, row in enumerate(_read_seed("registry_communities.csv")):
        street = streets[row["street_code"]]
        residents = 3000 + 100 * index
        rows.append({
            "community_code": row["community_code"], "community_name": row["community_name"],
            "street_code": row["street_code"], "street_name": street["street_name"],
            "city_code": street["city_code"], "city_name": street["city_name"],
            "residents": residents,
            "peer_group": "large" if residents >= 4000 else "medium",
            "peer_group_name": "大型社区" if residents >= 4000 else "中小型社区",
        })
    return pd.DataFrame(rows)


def indicator_dimension() -> pd.DataFrame:
    rows = []
    for row in _read_seed("indicators.csv"):
        formula = (f"{row['numerator_code']} / {row['denominator_code']} * {row['multiplier']}"
                   if row["kind"] == "derived" else None)
        rows.append({key: row[key] for key in ("indicator_code", "indicator_name", "unit", "kind",
                                               "direction", "domain", "definition")}
                    | {"formula": formula})
    return pd.DataFrame(rows)


def _reported_value(code: str, index: int, month: str, indicator: str,
                    residents: int) -> float | None:
    month_index = MONTHS.index(month)
    if indicator in ("petitions_received", "petitions_resolved"):
        received, resolved = DECEMBER_PETITIONS[code]
        if month != "2025-12":  # earlier months: fewer petitions, a little worse
            received, resolved = received - 2 * (2 - month_index), resolved - 3 * (2 - month_index)
        return float(received if indicator == "petitions_received" else resolved)
    if indicator == "jobs_created":
        return float(5 + index % 7 + month_index)
    if indicator == "volunteers":
        return float(100 + 10 * index + month_index)
    if indicator == "security_cases":
        return None if (code, month) in PARTIAL else float(index % 4)
    return float(residents)


def monthly_facts(dims: pd.DataFrame, catalogue: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(catalogue["indicator_code"], catalogue["indicator_name"]))
    units = dict(zip(catalogue["indicator_code"], catalogue["unit"]))
    rows = []
    for index, community in dims.iterrows():
        code = community["community_code"]
        for month in MONTHS:
            if (code, month) in MISSING:
                continue
            values = {}
            for column, indicator in enumerate(REPORTED_INDICATORS):
                value = _reported_value(code, index, month, indicator, community["residents"])
                if value is None:
                    continue
                values[indicator] = value
                approximate = code == "654201001003" and month == "2025-12" and indicator == "volunteers"
                raw_text = "近140" if approximate else f"{value:g}"
                if approximate:
                    values[indicator] = value = 140.0
                rows.append(_monthly_row(community, month, indicator, value, approximate,
                                         f"{community['street_name']}{month}月报.xlsx", "Sheet1",
                                         f"{chr(ord('C') + column)}{index % 7 + 4}", raw_text))
            derived = {
                "petition_resolution_rate":
                    round(values["petitions_resolved"] / values["petitions_received"] * 100, 2),
                "volunteers_per_1000_residents":
                    round(values["volunteers"] / values["residents"] * 1000, 2),
            }
            for indicator, value in derived.items():
                rows.append(_monthly_row(community, month, indicator, value, False,
                                         None, None, None, None))
    frame = pd.DataFrame(rows)
    frame["indicator_name"] = frame["indicator_code"].map(names)
    frame["unit"] = frame["indicator_code"].map(units)
    return frame


def _monthly_row(community: pd.Series, month: str, indicator: str, value: float,
                 approximate: bool, source_file: str | None, sheet: str | None,
                 cell: str | None, raw_text: str | None) -> dict[str, object]:
    return {
        "community_code": community["community_code"],
        "community_name": community["community_name"],
        "street_code": community["street_code"], "street_name": community["street_name"],
        "period": month, "indicator_code": indicator, "value": value,
        "is_approximate": approximate, "source_file": source_file, "source_sheet": sheet,
        "source_cell": cell, "raw_text": raw_text,
        "file_sha256": f"sha-{community['street_code']}-{month}" if source_file else None,
    }


def period_facts(monthly: pd.DataFrame, catalogue: pd.DataFrame) -> pd.DataFrame:
    """Community rows at month, quarter (2025-Q4) and year (2025): flows summed, stocks last."""
    kinds = dict(zip(catalogue["indicator_code"], catalogue["kind"]))
    base = monthly[monthly["indicator_code"].map(kinds) != "derived"]
    frames = []
    for grain, period_of in (("month", lambda p: p), ("quarter", lambda p: "2025-Q4"),
                             ("year", lambda p: "2025")):
        rows = []
        grouped = base.assign(bucket=base["period"].map(period_of)).groupby(
            ["community_code", "street_code", "bucket", "indicator_code"], sort=True)
        for (code, street, bucket, indicator), group in grouped:
            group = group.sort_values("period")
            value = (group["value"].sum() if kinds[indicator] == "flow"
                     else group["value"].iloc[-1])
            rows.append({"level": "community", "unit_code": code, "street_code": street,
                         "grain": grain, "period": bucket, "indicator_code": indicator,
                         "value": float(value), "is_approximate": bool(group["is_approximate"].any()),
                         "months_reported": int(group["period"].nunique())})
        frame = pd.DataFrame(rows)
        wide = frame.pivot_table(index=["unit_code", "street_code", "period"],
                                 columns="indicator_code", values="value").reset_index()
        for indicator, numerator, denominator, multiplier in (
                ("petition_resolution_rate", "petitions_resolved", "petitions_received", 100),
                ("volunteers_per_1000_residents", "volunteers", "residents", 1000)):
            for _, row in wide.iterrows():
                rows.append({"level": "community", "unit_code": row["unit_code"],
                             "street_code": row["street_code"], "grain": grain,
                             "period": row["period"], "indicator_code": indicator,
                             "value": round(row[numerator] / row[denominator] * multiplier, 2),
                             "is_approximate": False, "months_reported": None})
        frames.append(pd.DataFrame(rows))
    result = pd.concat(frames, ignore_index=True)
    units = dict(zip(catalogue["indicator_code"], catalogue["unit"]))
    result["unit"] = result["indicator_code"].map(units)
    return result


def street_facts(values: pd.DataFrame, dims: pd.DataFrame) -> pd.DataFrame:
    """Street rows: the communities' figures summed, rates recomputed from the sums."""
    derived = {"petition_resolution_rate": ("petitions_resolved", "petitions_received", 100),
               "volunteers_per_1000_residents": ("volunteers", "residents", 1000)}
    base = values[~values["indicator_code"].isin(derived)]
    sums = base.groupby(["street_code", "grain", "period", "indicator_code", "unit"],
                        as_index=False).agg(value=("value", "sum"),
                                            is_approximate=("is_approximate", "any"))
    wide = sums.pivot_table(index=["street_code", "grain", "period"], columns="indicator_code",
                            values="value").reset_index()
    units = dict(zip(values["indicator_code"], values["unit"]))
    rates = [{"street_code": row["street_code"], "grain": row["grain"], "period": row["period"],
              "indicator_code": code, "unit": units[code], "is_approximate": False,
              "value": round(row[numerator] / row[denominator] * multiplier, 2)}
             for code, (numerator, denominator, multiplier) in derived.items()
             for _, row in wide.iterrows()]
    frame = pd.concat([sums, pd.DataFrame(rates)], ignore_index=True)
    names = dict(zip(dims["street_code"], dims["street_name"]))
    return frame.assign(level="street", unit_code=frame["street_code"],
                        unit_name=frame["street_code"].map(names), months_reported=None)
