"""What the command and the dashboard call: the schemes available, one scheme assessed for a
year (every community, or a street's, or the communities a viewer may see), its history across
the years the warehouse holds, and the scoring workbook."""

from __future__ import annotations

import re
from collections.abc import Collection

import duckdb

from jiedao.assessments.facts import read_facts, years
from jiedao.assessments.rating import Assessment, rate_community
from jiedao.assessments.records import manual_scores, progress, step_records
from jiedao.assessments.schemes import Catalogue, Scheme, SchemeError, load_schemes, read_catalogue, scheme_dirs
from jiedao.settings import Settings

YEAR = re.compile(r"^\d{4}$")


class AssessmentUnavailable(Exception):
    """No published warehouse, an unknown scheme, street or year: the message is Chinese."""


def catalogue(settings: Settings) -> Catalogue:
    return read_catalogue(settings.seeds_dir)


def available_schemes(settings: Settings) -> dict[str, Scheme]:
    """Shipped schemes and the user's own (``<home>/schemes/``); SchemeError names a bad file."""
    return load_schemes(scheme_dirs(settings.project_dir, settings.home), catalogue(settings))


def scheme_named(settings: Settings, code: str) -> Scheme:
    schemes = available_schemes(settings)
    if code not in schemes:
        raise AssessmentUnavailable(f"没有考核方案「{code}」（运行 jiedao assess list 查看）")
    return schemes[code]


def connect(settings: Settings) -> duckdb.DuckDBPyConnection:
    if not settings.warehouse_db.exists():
        raise AssessmentUnavailable("尚未发布数据仓：请先运行 jiedao build")
    return duckdb.connect(str(settings.warehouse_db), read_only=True)


def assessment_years(settings: Settings) -> list[str]:
    """Years the warehouse has community figures for, newest first."""
    con = connect(settings)
    try:
        return years(con)
    finally:
        con.close()


def assess(settings: Settings, code: str, year: str, street: str | None = None,
           communities: Collection[str] | None = None) -> Assessment:
    """The scheme for one year: every community of the city, or of ``street``, or only those in
    ``communities`` (a viewer's scope). Ranks are always among all of the street's or city's."""
    scheme = scheme_named(settings, code)
    if not YEAR.match(str(year)):
        raise AssessmentUnavailable(f"年份「{year}」应为四位数字，如 2025")
    con = connect(settings)
    try:
        held = years(con)
        if year not in held:
            raise AssessmentUnavailable(f"数据仓中没有 {year} 年的社区数据（现有：{'、'.join(held) or '无'}）")
        facts = read_facts(con, scheme, year, catalogue(settings))
    except duckdb.CatalogException as error:
        raise AssessmentUnavailable(f"数据仓缺少考核需要的表或字段，请重新运行 jiedao build（{str(error).splitlines()[0]}）") from None
    finally:
        con.close()
    chosen = [c for c in facts.communities if (street is None or c.street_code == street)
              and (communities is None or c.code in communities)]
    if street is not None and not chosen:
        raise AssessmentUnavailable(f"数据仓中没有街道「{street}」")
    manual = manual_scores(settings, code, year)
    steps = step_records(settings, code, year)
    return Assessment(scheme, year, tuple(rate_community(scheme, facts, community, manual,
                                                         progress(scheme, steps.get(community.code, [])))
                                          for community in chosen))


def history(settings: Settings, code: str, communities: Collection[str] | None = None) -> list[Assessment]:
    """The scheme assessed for every year the warehouse holds, newest first."""
    return [assess(settings, code, year, communities=communities) for year in assessment_years(settings)]


def render_assessment(settings: Settings, code: str, year: str, street: str | None = None) -> bytes:
    from jiedao.assessments.workbook import render

    return render(assess(settings, code, year, street))


__all__ = ["AssessmentUnavailable", "SchemeError", "assess", "assessment_years", "available_schemes", "history",
           "render_assessment", "scheme_named"]
