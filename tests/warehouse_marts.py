"""The fixture warehouse's marts, derived from its facts the way the dbt models do: target gaps,
scores with ranks and contributions, the petition ranking, submission completeness, value
history (with one superseded version: 建设街社区居委会's 2025-12 petitions_received, 45 → 50),
quality findings and ingest problems."""

from __future__ import annotations

import pandas as pd

from warehouse_facts import MISSING, MONTHS, PARTIAL, REPORTED_INDICATORS, TARGETS, WEIGHTS


def target_gaps_mart(values: pd.DataFrame) -> pd.DataFrame:
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


def scores_marts(values: pd.DataFrame, dims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
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


def petition_ranking_mart(monthly: pd.DataFrame) -> pd.DataFrame:
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


def completeness_mart(dims: pd.DataFrame) -> pd.DataFrame:
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


def value_history_mart(monthly: pd.DataFrame) -> pd.DataFrame:
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
