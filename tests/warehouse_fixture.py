"""A small published warehouse that matches docs/contracts.md, with values the tests can assert.

The demo city's 21 communities report three months (2025-10 … 2025-12). Known facts:
- 2025-12 resolution-rate leader: 建设街社区居委会 with 49 of 50 = 98.0%.
- Submission matrix: 3 red (missing) cells, 1 amber (partial) cell, the rest green.
- 商业街社区居委会's 2025-12 volunteers are approximate (“近140”).
- 建设街社区居委会's 2025-12 petitions_received has a superseded earlier version (45 → 50).
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
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


def _dim_community() -> pd.DataFrame:
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


def _dim_indicator() -> pd.DataFrame:
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


def _monthly(dims: pd.DataFrame, catalogue: pd.DataFrame) -> pd.DataFrame:
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


def _period_values(monthly: pd.DataFrame, catalogue: pd.DataFrame) -> pd.DataFrame:
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


def _street_values(values: pd.DataFrame, dims: pd.DataFrame) -> pd.DataFrame:
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


def _target_gaps(values: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for indicator, operator, target in TARGETS:
        for _, row in values[values["indicator_code"] == indicator].iterrows():
            gap = row["value"] - target
            meets = gap >= 0 if operator == ">=" else gap <= 0
            rows.append({"community_code": row["unit_code"], "grain": row["grain"],
                         "period": row["period"], "indicator_code": indicator,
                         "value": row["value"], "target_value": target,
                         "target_operator": operator, "gap": round(gap, 2),
                         "meets_target": bool(meets)})
    return pd.DataFrame(rows)


def _scores(values: pd.DataFrame, dims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """target_ratio = the resolution rate as a share; composite = weighted min-max normalized (0–1)."""
    score_rows, contribution_rows = [], []
    info = dims.set_index("community_code")
    for (grain, period), group in values.groupby(["grain", "period"], sort=True):
        wide = group.pivot_table(index="unit_code", columns="indicator_code", values="value")
        contributions = pd.DataFrame(index=wide.index)
        for indicator, weight in WEIGHTS.items():
            column = wide[indicator]
            spread = column.max() - column.min()
            normalized = (column - column.min()) / spread if spread else column * 0 + 1
            if indicator == "security_cases":
                normalized = 1 - normalized
            contributions[indicator] = normalized
            for code, value in normalized.items():
                contribution_rows.append({
                    "community_code": code, "grain": grain, "period": period,
                    "method": "composite", "indicator_code": indicator,
                    "normalized_value": None if pd.isna(value) else round(float(value), 4),
                    "weight": weight,
                    "contribution": None if pd.isna(value) else round(float(value) * weight, 4)})
        # 0–1, renormalized over the indicators the community reported (as the warehouse does)
        present = contributions.notna() * pd.Series(WEIGHTS)
        composite = (contributions.fillna(0) * pd.Series(WEIGHTS)).sum(axis=1) / present.sum(axis=1)
        coverage = contributions.notna().sum(axis=1) / len(WEIGHTS)
        for method, score in (("target_ratio", wide["petition_resolution_rate"] / 100),
                              ("composite", composite.round(4))):
            for code, value in score.items():
                score_rows.append({"community_code": code, "grain": grain, "period": period,
                                   "method": method, "score": float(value),
                                   "coverage": float(coverage[code])})
    scores = pd.DataFrame(score_rows).join(info, on="community_code")
    keys = ["grain", "period", "method"]
    scores["rank_in_city"] = scores.groupby(keys)["score"].rank(ascending=False, method="min")
    scores["rank_in_street"] = scores.groupby(keys + ["street_code"])["score"].rank(
        ascending=False, method="min")
    scores["rank_in_peer"] = scores.groupby(keys + ["peer_group"])["score"].rank(
        ascending=False, method="min")
    size = scores.groupby(keys)["score"].transform("count")
    scores["rank_p05"] = (scores["rank_in_city"] - 2).clip(lower=1)
    scores["rank_median"] = scores["rank_in_city"]
    scores["rank_p95"] = pd.concat([scores["rank_in_city"] + 2, size], axis=1).min(axis=1)
    scores = scores.sort_values(["grain", "method", "community_code", "period"])
    previous = scores.groupby(["grain", "method", "community_code"])["rank_in_city"].shift(1)
    scores["rank_change"] = previous - scores["rank_in_city"]  # positive: moved up
    for column in ("rank_in_city", "rank_in_street", "rank_in_peer", "rank_p05", "rank_median",
                   "rank_p95", "rank_change"):
        scores[column] = scores[column].astype("Int64")
    return scores, pd.DataFrame(contribution_rows)


def _petition_ranking(monthly: pd.DataFrame) -> pd.DataFrame:
    wide = monthly.pivot_table(
        index=["community_code", "community_name", "street_code", "street_name", "period"],
        columns="indicator_code", values="value").reset_index()
    frame = wide[["community_code", "community_name", "street_code", "street_name", "period",
                  "petitions_received", "petitions_resolved"]].copy()
    frame["resolution_rate"] = (frame["petitions_resolved"] / frame["petitions_received"] * 100).round(2)
    frame["rank_in_street"] = frame.groupby(["period", "street_code"])["resolution_rate"].rank(
        ascending=False, method="min").astype("Int64")
    frame["rank_in_city"] = frame.groupby("period")["resolution_rate"].rank(
        ascending=False, method="min").astype("Int64")
    return frame


def _completeness(dims: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for code in dims["community_code"]:
        for month in MONTHS:
            if (code, month) in MISSING:
                reported, status = 0, "missing"
            elif (code, month) in PARTIAL:
                reported, status = len(REPORTED_INDICATORS) - 1, "partial"
            else:
                reported, status = len(REPORTED_INDICATORS), "reported"
            rows.append({"community_code": code, "period": month,
                         "indicators_expected": len(REPORTED_INDICATORS),
                         "indicators_reported": reported, "status": status})
    return pd.DataFrame(rows)


def _value_history(monthly: pd.DataFrame) -> pd.DataFrame:
    reported = monthly[monthly["source_file"].notna()]
    history = pd.DataFrame({
        "community_code": reported["community_code"], "period_grain": "month",
        "period": reported["period"], "indicator_code": reported["indicator_code"],
        "value": reported["value"], "raw_text": reported["raw_text"],
        "source_file": reported["source_file"], "source_sheet": reported["source_sheet"],
        "source_cell": reported["source_cell"], "batch_id": 2,
        "ingested_at": pd.Timestamp("2026-01-05 09:00:00"), "is_current": True})
    superseded = pd.DataFrame([{
        "community_code": "654201001001", "period_grain": "month", "period": "2025-12",
        "indicator_code": "petitions_received", "value": 45.0, "raw_text": "45",
        "source_file": "和平街道2025-12月报（初稿）.xlsx", "source_sheet": "Sheet1",
        "source_cell": "C4", "batch_id": 1, "ingested_at": pd.Timestamp("2026-01-02 10:00:00"),
        "is_current": False}])
    return pd.concat([history, superseded], ignore_index=True)


QUALITY_FINDINGS = pd.DataFrame([
    {"finding_type": "anomaly", "rule_code": "month_jump", "severity": "warning",
     "community_code": "654201002002", "period": "2025-12", "indicator_code": "petitions_received",
     "message": "公园街社区居委会 2025-12 民情诉求受理数 较上月大幅增长", "value": 48.0,
     "source_file": "杜别克街道2025-12月报.xlsx", "source_sheet": "Sheet1", "source_cell": "C5"},
    {"finding_type": "consistency", "rule_code": "resolved_le_received", "severity": "error",
     "community_code": "654201001004", "period": "2025-11", "indicator_code": "petitions_resolved",
     "message": "文化街社区居委会 2025-11 办结数不应大于受理数", "value": 24.0,
     "source_file": "和平街道2025-11月报.xlsx", "source_sheet": "Sheet1", "source_cell": "D6"},
])

PROBLEMS = pd.DataFrame([
    {"file_sha256": "sha-654201002-2025-12", "batch_id": 2, "file_name": "杜别克街道2025-12月报.xlsx",
     "sheet": "Sheet1", "cell_ref": "G7", "problem_code": "unreadable_value", "severity": "error",
     "message": "文件“杜别克街道2025-12月报.xlsx”工作表“Sheet1”单元格 G7：无法识别的数值“待定”",
     "raw_text": "待定"},
])


def build_fixture_warehouse(home: Path) -> Path:
    """Write <home>/warehouse.duckdb with the known values above; return its path."""
    home.mkdir(parents=True, exist_ok=True)
    dims = _dim_community()
    catalogue = _dim_indicator()
    monthly = _monthly(dims, catalogue)
    values = _period_values(monthly, catalogue)
    values["unit_name"] = values["unit_code"].map(
        dict(zip(dims["community_code"], dims["community_name"])))
    scores, contributions = _scores(values, dims)
    files = monthly[monthly["source_file"].notna()].groupby(
        ["file_sha256", "source_file"], as_index=False).size().rename(
        columns={"source_file": "file_name", "size": "values_loaded"})
    files["status"] = "loaded"
    tables = {
        "dim_community": dims,
        "dim_street": dims[["street_code", "street_name", "city_code", "city_name"]].drop_duplicates(),
        "dim_indicator": catalogue,
        "fct_indicator_monthly": monthly,
        "fct_indicator_period": pd.concat([values, _street_values(values, dims)],
                                          ignore_index=True),
        "mart_petition_ranking": _petition_ranking(monthly),
        "mart_target_gaps": _target_gaps(values),
        "mart_scores": scores,
        "mart_score_contributions": contributions,
        "mart_quality_findings": QUALITY_FINDINGS,
        "mart_submission_completeness": _completeness(dims),
        "mart_value_history": _value_history(monthly),
        "mart_files": files,
        "mart_problems": PROBLEMS,
    }
    path = home / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"create or replace table {name} as select * from frame")
            con.unregister("frame")
    return path


# ---- helpers for the dashboard's AppTests -----------------------------------------------------

APP = PROJECT_DIR / "dashboard" / "app.py"


TEST_PASSWORD = "correct-horse-42"
CITY_CODE = "654201"


def add_account(role: str, scope_code: str, username: str | None = None) -> str:
    """An account in the current JIEDAO_HOME (password TEST_PASSWORD); returns its username."""
    from jiedao.accounts import add_user
    from jiedao.settings import Settings

    name = username or f"{role}_{scope_code}"
    add_user(Settings.from_env(), name, role, scope_code, TEST_PASSWORD)
    return name


def signed_in_app(role: str = "city", scope_code: str = CITY_CODE, *, timeout: float = 30,
                  query_params: dict[str, str] | None = None):
    """An AppTest whose session is already signed in to a fresh account (not yet run)."""
    import time

    from streamlit.testing.v1 import AppTest

    from dashboard.auth import Session

    username = add_account(role, scope_code)
    app = AppTest.from_file(str(APP), default_timeout=timeout)
    now = time.time()
    app.session_state["session"] = Session(username, role, scope_code, now, now)
    app.query_params.update(query_params or {})
    return app


def open_page(page: str, *, role: str = "city", scope_code: str = CITY_CODE,
              timeout: float = 30, query_params: dict[str, str] | None = None):
    """Sign in (as 市级 unless told), run the app, switch to views/<page>.py and run it
    (JIEDAO_HOME must be set)."""
    app = signed_in_app(role, scope_code, timeout=timeout, query_params=query_params).run()
    return app.switch_page(f"views/{page}.py").run()


def rows(app, *columns: str) -> list[dict[str, object]]:
    """The rows (as dicts) of the first table on the page that has all these columns."""
    for frame in app.dataframe:
        if set(columns) <= set(frame.value.columns):
            return frame.value.to_dict("records")
    raise KeyError(columns)


def metric(app, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


try:
    import pytest
except ImportError:  # pragma: no cover - pytest is only needed by the tests
    pytest = None

if pytest is not None:
    @pytest.fixture
    def warehouse_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """JIEDAO_HOME pointing at a fresh fixture warehouse."""
        home = tmp_path / "home"
        build_fixture_warehouse(home)
        monkeypatch.setenv("JIEDAO_HOME", str(home))
        return home

    @pytest.fixture
    def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """JIEDAO_HOME pointing at a home with no published warehouse."""
        home = tmp_path / "empty"
        home.mkdir()
        monkeypatch.setenv("JIEDAO_HOME", str(home))
        return home


def chart_data(chart) -> list[dict[str, object]]:
    """A plotly chart element's traces, with plotly's base64 typed arrays decoded to lists."""
    import base64
    import json

    import numpy as np

    def decode(value: object) -> object:
        if isinstance(value, dict) and "bdata" in value and "dtype" in value:
            return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
        return value

    return [{key: decode(value) for key, value in trace.items()}
            for trace in json.loads(chart.proto.spec)["data"]]
