"""What the published warehouse says for one year, as automatic criteria need it: each
community's yearly figures (fct_indicator_period), its targets (mart_target_gaps, which applies
seeds/targets.csv with a street's own targets) and its ranks (mart_scores). Read-only, bound
parameters, like jiedao/reports reads the warehouse."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from jiedao.assessments.schemes import Catalogue, Scheme


@dataclass(frozen=True)
class Community:
    code: str
    name: str
    street_code: str
    street_name: str


@dataclass(frozen=True)
class Figure:
    value: float
    months: int | None             # months of data behind a yearly value


@dataclass(frozen=True)
class ScoreRank:
    rank_in_street: int | None
    rank_in_city: int | None
    eligible: bool
    reason: str


@dataclass(frozen=True)
class Facts:
    year: str
    communities: tuple[Community, ...]          # every community of the city (ranks need them all)
    figures: dict[tuple[str, str], Figure]      # (community, indicator) → the year's figure
    targets: dict[tuple[str, str], tuple[float, str]]   # (community, indicator) → (target, operator)
    score_ranks: dict[tuple[str, str], ScoreRank]       # (community, method) → ranks
    catalogue: Catalogue

    def street_of(self, community_code: str) -> str:
        return next(c.street_code for c in self.communities if c.code == community_code)

    def peers(self, community_code: str, within: str) -> list[str]:
        """The communities ranked together with this one: its street's, or the city's."""
        street = self.street_of(community_code)
        return [c.code for c in self.communities if within == "city" or c.street_code == street]

    def indicator_rank(self, community_code: str, indicator: str, within: str) -> tuple[int, int] | None:
        """(rank, communities ranked) by the indicator's direction among those that reported it;
        None when this community did not. Ties share the better rank."""
        own = self.figures.get((community_code, indicator))
        if own is None:
            return None
        lower_better = self.catalogue.indicators[indicator][2] == "lower_better"
        values = [f.value for code in self.peers(community_code, within)
                  if (f := self.figures.get((code, indicator))) is not None]
        better = sum(1 for v in values if (v < own.value if lower_better else v > own.value))
        return better + 1, len(values)

    def eligible_count(self, community_code: str, method: str, within: str) -> int:
        return sum(1 for code in self.peers(community_code, within)
                   if (rank := self.score_ranks.get((code, method))) is not None and rank.eligible)


def years(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Years with community figures, newest first."""
    return [row[0] for row in con.execute(
        "select distinct period from fct_indicator_period where level = 'community' and grain = 'year' "
        "order by period desc").fetchall()]


def read_facts(con: duckdb.DuckDBPyConnection, scheme: Scheme, year: str, catalogue: Catalogue) -> Facts:
    communities = tuple(Community(*row) for row in con.execute(
        "select community_code, community_name, street_code, street_name from dim_community "
        "order by street_code, community_code").fetchall())
    wanted = list(scheme.indicators) or [""]
    figures = {(unit, code): Figure(value, None if months is None else int(months))
               for unit, code, value, months in con.execute("""
                   select unit_code, indicator_code, value, months_reported from fct_indicator_period
                   where level = 'community' and grain = 'year' and period = ? and value is not null
                     and indicator_code in (select unnest(?))""", [year, wanted]).fetchall()}
    targets = {(unit, code): (target, operator) for unit, code, target, operator in con.execute("""
                   select community_code, indicator_code, target_value, target_operator from mart_target_gaps
                   where grain = 'year' and period = ? and indicator_code in (select unnest(?))
                     and target_value is not null""", [year, wanted]).fetchall()}
    methods = sorted({c.score for d in scheme.dimensions for c in d.criteria if c.score}) or [""]
    ranks = {(unit, method): ScoreRank(None if street is None else int(street), None if city is None else int(city),
                                       bool(eligible), reason or "")
             for unit, method, street, city, eligible, reason in con.execute("""
                 select community_code, method, rank_in_street, rank_in_city, eligible, eligibility_reason
                 from mart_scores where grain = 'year' and period = ? and method in (select unnest(?))""",
                                                                             [year, methods]).fetchall()}
    return Facts(year, communities, figures, targets, ranks, catalogue)
