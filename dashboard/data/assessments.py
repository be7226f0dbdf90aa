"""考核评星 as the dashboard reads it: the schemes, one scheme assessed for the communities the
viewer may see, its history across years, the tables the page shows — and the entries (manual
scores, workflow steps) made in the signed-in account's name.

The scope is applied here: the viewer's communities come from ``dim_community`` filtered by the
scope's bound parameters, and only those are assessed (ranks are still among all of a street's
or the city's communities, as the scheme says). Who may score or record a step is checked again
in jiedao/assessments/records.py, whatever the page offers.
"""

from __future__ import annotations

import pandas as pd

from dashboard.data.dimensions import communities, periods
from dashboard.data.scope import Scope
from dashboard.data.warehouse import WarehouseUnavailable, settings
from jiedao.assessments import records
from jiedao.assessments.rating import Assessment, CommunityResult
from jiedao.assessments.schemes import KINDS, Scheme
from jiedao.assessments.service import AssessmentUnavailable, assess, available_schemes
from jiedao.assessments.workbook import render

__all__ = ["Assessment", "AssessmentUnavailable", "CommunityResult", "Scheme", "assessment", "criteria_frame",
           "enter_score", "history", "history_frame", "record_step", "schemes", "score_matrix",
           "scoring_refusal", "step_refusal", "summary_frame", "workbook", "years"]


def schemes() -> dict[str, Scheme]:
    """Shipped and user schemes; SchemeError (Chinese, naming the file) when one is bad."""
    return available_schemes(settings())


def years(scope: Scope) -> list[str]:
    """Years with community figures in the viewer's scope, newest first."""
    return periods(scope, "year")


def scope_codes(scope: Scope) -> frozenset[str]:
    return frozenset(communities(scope)["community_code"])


def assessment(scope: Scope, code: str, year: str) -> Assessment:
    """The scheme for one year, for the viewer's communities only."""
    try:
        return assess(settings(), code, year, communities=scope_codes(scope))
    except AssessmentUnavailable as error:
        raise WarehouseUnavailable(str(error)) from None


def history(scope: Scope, code: str) -> list[Assessment]:
    """The scheme for every year of the viewer's scope, newest first."""
    return [assessment(scope, code, year) for year in years(scope)]


def summary_frame(result: Assessment) -> pd.DataFrame:
    """A row per community: every dimension's score, total, stars, level, 达标, workflow stage."""
    scheme = result.scheme
    columns = (["社区代码", "社区", "街道"] + [d.name for d in scheme.dimensions] + ["总分"]
               + (["星数"] if scheme.star_at is not None else []) + ["评定", "达标", "待评分项", "流程"])
    rows = []
    for item in result.communities:
        row = {"社区代码": item.community.code, "社区": item.community.name, "街道": item.community.street_name}
        row |= {d.dimension.name: d.score for d in item.dimensions}
        row |= {"总分": item.total, "评定": item.level, "达标": "是" if item.passed else "否",
                "待评分项": item.pending, "流程": item.stage}
        if item.stars is not None:
            row["星数"] = item.stars
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def score_matrix(result: Assessment) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Communities × dimensions: the share of each dimension's points earned (for colour) and the
    printed text (the score, ★ when it earns a star)."""
    names = [item.community.name for item in result.communities]
    dims = [d.name for d in result.scheme.dimensions]
    share = pd.DataFrame([[d.score / d.dimension.max for d in item.dimensions] for item in result.communities],
                         index=names, columns=dims)
    text = pd.DataFrame([[f"{d.score:g}" + ("★" if d.star else "") for d in item.dimensions]
                         for item in result.communities], index=names, columns=dims)
    return share, text


def criteria_frame(item: CommunityResult) -> pd.DataFrame:
    """Every criterion of one community: how it is scored, its points, source and what earns more."""
    rows = [{"维度": d.dimension.name, "细则": c.criterion.name, "评分方式": KINDS[c.criterion.kind],
             "满分": c.criterion.max, "得分": "待评分" if c.pending else f"{c.points:g}",
             "得分来源": c.source, "如何得更多分": c.hint}
            for d in item.dimensions for c in d.criteria]
    return pd.DataFrame(rows, columns=["维度", "细则", "评分方式", "满分", "得分", "得分来源", "如何得更多分"])


def history_frame(results: list[Assessment]) -> pd.DataFrame:
    """A row per community and year: total, stars, level, 达标."""
    rows = [{"年度": result.year, "社区": item.community.name, "总分": item.total,
             "星数": item.stars if item.stars is not None else "—", "评定": item.level,
             "达标": "是" if item.passed else "否"}
            for result in results for item in result.communities]
    return pd.DataFrame(rows, columns=["年度", "社区", "总分", "星数", "评定", "达标"])


def workbook(result: Assessment) -> bytes:
    return render(result)


def entrant(username: str, role: str, scope_code: str) -> records.Entrant:
    return records.Entrant(username, role, scope_code)


def scoring_refusal(scheme: Scheme, who: records.Entrant, community_code: str) -> str | None:
    return records.scoring_refusal(scheme, who, community_code)


def step_refusal(scheme: Scheme, who: records.Entrant, item: CommunityResult) -> str | None:
    return records.step_refusal(scheme, who, item.community.code, item.workflow)


def enter_score(scheme: Scheme, year: str, community_code: str, criterion: str, points: float, note: str,
                evidence_file: str, who: records.Entrant) -> records.ManualScore:
    """Append the score (checked and audited in jiedao); NotAllowed says why not, in Chinese."""
    return records.enter_score(settings(), scheme, year, community_code, criterion, points, note, evidence_file, who)


def record_step(scheme: Scheme, year: str, community_code: str, decision: str, note: str,
                who: records.Entrant) -> records.StepRecord:
    return records.record_step(settings(), scheme, year, community_code, decision, note, who)
