"""The fixture warehouse's marts, derived from its facts the way the dbt models do: target gaps,
scores with ranks and contributions, the petition ranking, submission completeness, value
history (with one superseded version: 建设街社区居委会's 2025-12 petitions_received, 45 → 50),
quality findings and ingest problems."""

from __future__ import annotations

import pandas as pd

from warehouse_facts import MISSING, MONTHS, PARTIAL, REPORTED_INDICATORS, TARGETS, WEIGHTS


def target_gaps_mart(values: pd.DataFrame, dims: pd.DataFrame) -> pd.DataFrame:
    """Every community × period × target indicator reported by someone; the ones a community did
    not report are rows with value null and is_missing true, as in the warehouse."""
    rows = []
    for indicator, operator, target in TARGETS:
        reported = values[values["indicator_code"] == indicator]
        for (grain, period), group in reported.groupby(["grain", "period"], sort=True):
            by_code = group.set_index("unit_code")
            for code in dims["community_code"]:
                value = by_code["value"].get(code)
                if value is None or pd.isna(value):
                    rows.append({"community_code": code, "grain": grain, "period": period,
                                 "indicator_code": indicator, "value": None,
                                 "target_value": target, "target_operator": operator,
                                 "gap": None, "meets_target": None, "is_missing": True})
                    continue
                gap = value - target
                meets = gap >= 0 if operator == ">=" else gap <= 0
                rows.append({"community_code": code, "grain": grain, "period": period,
                             "indicator_code": indicator, "value": value, "target_value": target,
                             "target_operator": operator, "gap": round(gap, 2),
                             "meets_target": bool(meets), "is_missing": False})
    return pd.DataFrame(rows)


MIN_COVERAGE = 0.8  # dbt var ranking_min_coverage
PARTS = {"petition_resolution_rate": ("petitions_resolved", "petitions_received"),
         "volunteers_per_1000_residents": ("volunteers", "residents")}


def eligibility(coverage: float, rankable: bool, unrankable: str = "无得分，不参与排名") -> tuple[bool, str]:
    """Who is ranked and why, worded as the warehouse words it (macro eligibility_reason)."""
    percent = f"{coverage * 100:.1f}"
    if coverage < MIN_COVERAGE:
        return False, f"数据不全（覆盖率 {percent} %），不参与排名"
    if not rankable:
        return False, unrankable
    return True, f"覆盖率 {percent} %（不低于 80 %），参与排名"


def scores_marts(values: pd.DataFrame, dims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """target_ratio = the resolution rate as a share (0 when missing); composite = weighted min-max normalized (0–1)
    over every expected indicator, a missing one (or one over fewer months than due) scoring one
    full range below the worst; coverage = reported due indicator-months / due ones; only the
    eligible (coverage ≥ 0.8) ranked — as the warehouse does."""
    score_rows, contribution_rows = [], []
    info = dims.set_index("community_code")
    codes = dims["community_code"].tolist()
    for (grain, period), group in values.groupby(["grain", "period"], sort=True):
        wide = group.pivot_table(index="unit_code", columns="indicator_code",
                                 values="value").reindex(codes)
        months = group.pivot_table(index="unit_code", columns="indicator_code",
                                   values="months_reported").reindex(codes)
        for derived, parts in PARTS.items():
            months[derived] = months[list(parts)].min(axis=1, skipna=False)
        scored, reported, due, complete_of = pd.DataFrame(index=wide.index), 0, 0, {}
        for indicator, weight in WEIGHTS.items():
            column = wide[indicator]
            months_due = months.loc[column.notna(), indicator].max()
            complete = complete_of[indicator] = column.notna() & (months[indicator] >= months_due)
            present = column[complete]
            spread = present.max() - present.min()
            normalized = (present - present.min()) / spread if spread else present * 0 + 1
            if indicator == "security_cases":
                normalized = 1 - normalized
            penalty = normalized.min() - max(1.0, normalized.max() - normalized.min())
            scored[indicator] = normalized.reindex(wide.index).fillna(penalty)
            reported = reported + months[indicator].fillna(0).clip(upper=months_due)
            due += months_due
        coverage = reported / due
        has_data = coverage > 0
        composite = (scored * pd.Series(WEIGHTS)).sum(axis=1) / sum(WEIGHTS.values())
        rate = wide["petition_resolution_rate"] / 100
        target = rate.where(complete_of["petition_resolution_rate"], 0.0)  # missing scores 0
        for code in wide.index[has_data]:
            for indicator, weight in WEIGHTS.items():
                value = scored.loc[code, indicator]
                contribution_rows.append({
                    "community_code": code, "grain": grain, "period": period,
                    "method": "composite", "indicator_code": indicator,
                    "normalized_value": round(float(value), 4), "nominal_weight": weight,
                    "weight": weight, "contribution": round(float(value) * weight, 4),
                    "is_missing": bool(pd.isna(wide.loc[code, indicator])
                                       or months.loc[code, indicator] < months[indicator].max())})
        for method, score in (("target_ratio", target), ("composite", composite.round(4))):
            for code in wide.index:
                value = float(score[code]) if has_data[code] else None
                eligible, reason = eligibility(float(coverage[code]), value is not None)
                score_rows.append({"community_code": code, "grain": grain, "period": period,
                                   "method": method, "score": value,
                                   "coverage": float(coverage[code]), "eligible": eligible,
                                   "eligibility_reason": reason})
    scores = pd.DataFrame(score_rows).join(info, on="community_code")
    keys = ["grain", "period", "method"]
    ranked = scores["score"].where(scores["eligible"])
    scores["rank_in_city"] = ranked.groupby([scores[key] for key in keys]).rank(
        ascending=False, method="min")
    scores["rank_in_street"] = ranked.groupby(
        [scores[key] for key in keys + ["street_code"]]).rank(ascending=False, method="min")
    scores["rank_in_peer"] = ranked.groupby(
        [scores[key] for key in keys + ["peer_group"]]).rank(ascending=False, method="min")
    size = scores.groupby(keys)["eligible"].transform("sum")
    scores["rank_p05"] = (scores["rank_in_city"] - 2).clip(lower=1)
    scores["rank_median"] = scores["rank_in_city"]
    scores["rank_p95"] = pd.concat([scores["rank_in_city"] + 2, size], axis=1).min(
        axis=1).where(scores["rank_in_city"].notna())
    # The peer-group interval: ±1 around rank_in_peer (the city's is ±2), within the peer group.
    peer_size = scores.groupby(keys + ["peer_group"])["eligible"].transform("sum")
    scores["peer_rank_p05"] = (scores["rank_in_peer"] - 1).clip(lower=1)
    scores["peer_rank_median"] = scores["rank_in_peer"]
    scores["peer_rank_p95"] = pd.concat([scores["rank_in_peer"] + 1, peer_size], axis=1).min(
        axis=1).where(scores["rank_in_peer"].notna())
    scores = scores.sort_values(["grain", "method", "community_code", "period"])
    previous = scores.groupby(["grain", "method", "community_code"])["rank_in_city"].shift(1)
    scores["rank_change"] = previous - scores["rank_in_city"]  # positive: moved up
    for column in ("rank_in_city", "rank_in_street", "rank_in_peer", "rank_p05", "rank_median",
                   "rank_p95", "peer_rank_p05", "peer_rank_median", "peer_rank_p95", "rank_change"):
        scores[column] = scores[column].astype("Int64")
    return scores, pd.DataFrame(contribution_rows)


def petition_ranking_mart(monthly: pd.DataFrame, dims: pd.DataFrame) -> pd.DataFrame:
    """Every community in every month (petitions were due each month): the ones that sent
    nothing or no rate are listed, not ranked, with their reason."""
    wide = monthly.pivot_table(index=["community_code", "period"], columns="indicator_code",
                               values="value")
    grid = pd.MultiIndex.from_product([dims["community_code"], MONTHS],
                                      names=["community_code", "period"])
    wide = wide.reindex(grid).reset_index()
    frame = wide[["community_code", "period", "petitions_received", "petitions_resolved"]].merge(
        dims[["community_code", "community_name", "street_code", "street_name"]],
        on="community_code")
    frame["resolution_rate"] = (frame["petitions_resolved"] / frame["petitions_received"] * 100).round(2)
    frame["coverage"] = frame[["petitions_received", "petitions_resolved"]].notna().mean(axis=1)
    decided = [eligibility(coverage, pd.notna(rate), "受理数为 0 或缺失，无办结率，不参与排名")
               for coverage, rate in zip(frame["coverage"], frame["resolution_rate"])]
    frame["eligible"] = [eligible for eligible, _ in decided]
    frame["eligibility_reason"] = [reason for _, reason in decided]
    ranked = frame["resolution_rate"].where(frame["eligible"])
    frame["rank_in_street"] = ranked.groupby([frame["period"], frame["street_code"]]).rank(
        ascending=False, method="min").astype("Int64")
    frame["rank_in_city"] = ranked.groupby(frame["period"]).rank(
        ascending=False, method="min").astype("Int64")
    return frame[["community_code", "community_name", "street_code", "street_name", "period",
                  "petitions_received", "petitions_resolved", "resolution_rate", "coverage",
                  "eligible", "eligibility_reason", "rank_in_street", "rank_in_city"]]


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
