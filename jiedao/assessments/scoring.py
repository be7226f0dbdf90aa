"""Scoring one community's criteria: automatically from the year's figures (a threshold, a ratio
to target, a rank band) or from the latest manual score; each result says where its points came
from and what would earn more. A figure not reported scores 0 — never the average — and a manual
criterion nobody has scored yet counts 0 and is marked 待评分."""

from __future__ import annotations

import math
from dataclasses import dataclass

from jiedao.assessments.facts import Facts
from jiedao.assessments.records import ManualScore
from jiedao.assessments.schemes import KINDS, Band, Criterion, Dimension, criterion_key

WITHIN = {"street": "街道内", "city": "全市"}
SCORE_NAMES = {"composite": "综合得分", "target_ratio": "目标完成度得分"}


@dataclass(frozen=True)
class CriterionResult:
    dimension: str
    criterion: Criterion
    points: float
    pending: bool = False          # manual, not scored yet
    value: float | None = None     # the indicator's figure, or the rank
    source: str = ""               # where the points came from
    hint: str = ""                 # what would earn more ("" at full points)

    @property
    def key(self) -> str:
        return f"{self.dimension}·{self.criterion.name}"

    @property
    def room(self) -> float:
        return round(self.criterion.max - self.points, 2)


@dataclass(frozen=True)
class DimensionResult:
    dimension: Dimension
    criteria: tuple[CriterionResult, ...]
    score: float                   # in the dimension's own points (its max, or its weight)
    star: bool | None              # None: the scheme gives no stars


def floor1(value: float) -> float:
    """Points to one decimal, never rounded up past what was earned."""
    return math.floor(value * 10 + 1e-9) / 10


def score_dimension(dimension: Dimension, facts: Facts, community_code: str,
                    manual: dict[tuple[str, str], ManualScore], star_at: float | None) -> DimensionResult:
    results = tuple(score_criterion(dimension, criterion, facts, community_code, manual)
                    for criterion in dimension.criteria)
    earned = sum(result.points for result in results)
    score = floor1(dimension.max * earned / dimension.criteria_max) if dimension.weighted else round(earned, 1)
    return DimensionResult(dimension, results, score, None if star_at is None else score >= star_at - 1e-9)


def score_criterion(dimension: Dimension, criterion: Criterion, facts: Facts, community_code: str,
                    manual: dict[tuple[str, str], ManualScore]) -> CriterionResult:
    if criterion.kind == "manual":
        entered = manual.get((community_code, criterion_key(dimension, criterion)))
        if entered is None:
            hint = f"待评分：最多 {criterion.max:g} 分" + (f"（依据：{criterion.evidence}）" if criterion.evidence else "")
            return CriterionResult(dimension.name, criterion, 0.0, True, None, "待评分（尚未录入人工评分）", hint)
        hint = "" if entered.points >= criterion.max else f"人工评分 {entered.points:g}/{criterion.max:g}"
        return CriterionResult(dimension.name, criterion, entered.points, False, entered.points, entered.describe(), hint)
    if criterion.kind == "rank":
        return score_rank(dimension, criterion, facts, community_code)
    name, unit, _ = facts.catalogue.indicators[criterion.indicator]
    figure = facts.figures.get((community_code, criterion.indicator))
    if figure is None:
        return CriterionResult(dimension.name, criterion, 0.0, False, None,
                               f"{facts.year}年未报送「{name}」，不得分",
                               f"报送「{name}」后按{KINDS[criterion.kind]}计分（最多 {criterion.max:g} 分）")
    shown = f"「{name}」{facts.year}年 {figure_text(figure.value, unit)}"
    basis = f"数据仓 fct_indicator_period 年度值（{figure.months} 个月数据）" if figure.months else "数据仓 fct_indicator_period 年度值"
    if criterion.kind == "threshold":
        return score_threshold(dimension, criterion, figure.value, shown, basis, unit)
    return score_target(dimension, criterion, facts, community_code, figure.value, shown, basis, unit)


def score_threshold(dimension: Dimension, criterion: Criterion, value: float, shown: str, basis: str,
                    unit: str) -> CriterionResult:
    met = next((i for i, band in enumerate(criterion.bands) if band_met(band, value)), None)
    points = criterion.bands[met].points if met is not None else 0.0
    rule = f"{criterion.bands[met].describe()} 得 {points:g} 分" if met is not None \
        else f"未达到最低一档（{criterion.bands[-1].describe()}），不得分"
    better = [band for band in criterion.bands[:met if met is not None else len(criterion.bands)]
              if band.points > points]
    hint = f"达到 {better[-1].describe()}{unit_suffix(unit)} 可得 {better[-1].points:g} 分" if better else ""
    return CriterionResult(dimension.name, criterion, points, False, value, f"{shown}，{rule}；{basis}", hint)


def score_target(dimension: Dimension, criterion: Criterion, facts: Facts, community_code: str, value: float,
                 shown: str, basis: str, unit: str) -> CriterionResult:
    if criterion.target is not None:
        target, operator, origin = criterion.target, criterion.operator, "考核方案规定"
    elif (community_code, criterion.indicator) in facts.targets:
        (target, operator), origin = facts.targets[(community_code, criterion.indicator)], "seeds/targets.csv"
    else:
        return CriterionResult(dimension.name, criterion, 0.0, False, value,
                               f"{shown}；数据仓中没有该社区 {facts.year} 年的目标，不得分", "")
    if operator == ">=":
        ratio = 1.0 if value >= target else (value / target if target > 0 else 0.0)
    else:
        ratio = 1.0 if value <= target else (target / value if target > 0 else 0.0)
    points = floor1(criterion.max * max(0.0, min(1.0, ratio)))
    source = (f"{shown}，目标 {operator.replace('>=', '≥').replace('<=', '≤')}{target:g}（{origin}），"
              f"完成 {ratio * 100:.1f}% × 满分 {criterion.max:g} = {points:g} 分；{basis}")
    hint = "" if points >= criterion.max else f"达到目标 {target:g}{unit_suffix(unit)} 可得满分 {criterion.max:g} 分"
    return CriterionResult(dimension.name, criterion, points, False, value, source, hint)


def score_rank(dimension: Dimension, criterion: Criterion, facts: Facts, community_code: str) -> CriterionResult:
    within = WITHIN[criterion.within]
    if criterion.score:
        what = SCORE_NAMES[criterion.score]
        found = facts.score_ranks.get((community_code, criterion.score))
        rank = None if found is None else (found.rank_in_city if criterion.within == "city" else found.rank_in_street)
        if found is None or rank is None or not found.eligible:
            reason = found.reason if found is not None and found.reason else "数据仓中没有排名"
            return CriterionResult(dimension.name, criterion, 0.0, False, None,
                                   f"{what}{facts.year}年未参与排名（{reason}），不得分", f"参与{within}排名后按名次计分")
        ranked = facts.eligible_count(community_code, criterion.score, criterion.within)
        basis = "数据仓 mart_scores"
    else:
        name, _, _ = facts.catalogue.indicators[criterion.indicator]
        what = f"「{name}」"
        placed = facts.indicator_rank(community_code, criterion.indicator, criterion.within)
        if placed is None:
            return CriterionResult(dimension.name, criterion, 0.0, False, None,
                                   f"{facts.year}年未报送{what}，不参与排名，不得分", f"报送{what}后按{within}名次计分")
        rank, ranked = placed
        basis = "按数据仓 fct_indicator_period 年度值排名"
    met = next((i for i, band in enumerate(criterion.bands) if rank_met(band, rank, ranked)), None)
    points = criterion.bands[met].points if met is not None else 0.0
    rule = f"{criterion.bands[met].describe()} 得 {points:g} 分" if met is not None else "不在计分名次内，不得分"
    better = [band for band in criterion.bands[:met if met is not None else len(criterion.bands)] if band.points > points]
    hint = f"{within}排名进入{better[-1].describe()}（需第 {places(better[-1], ranked)} 名以内）可得 {better[-1].points:g} 分" \
        if better else ""
    return CriterionResult(dimension.name, criterion, points, False, float(rank),
                           f"{what}{facts.year}年{within} {ranked} 个社区中第 {rank} 名，{rule}；{basis}", hint)


def band_met(band: Band, value: float) -> bool:
    if band.at_least is not None:
        return value >= band.at_least - 1e-9
    return value <= (band.at_most if band.at_most is not None else math.inf) + 1e-9


def places(band: Band, ranked: int) -> int:
    """The worst rank a band still takes: top N, or the best top_percent % (at least 1)."""
    if band.top is not None:
        return band.top
    return max(1, math.ceil(ranked * (band.top_percent or 0) / 100 - 1e-9))


def rank_met(band: Band, rank: int, ranked: int) -> bool:
    return rank <= places(band, ranked)


def figure_text(value: float, unit: str) -> str:
    shown = f"{value:.1f}" if unit in ("%", "人/千人") or not float(value).is_integer() else f"{value:g}"
    return f"{shown}{unit}"


def unit_suffix(unit: str) -> str:
    return unit if unit else ""
