"""A community's result under a scheme: its dimensions, total, stars, the level it reached
(十星级 / 达标 / 未达标, or 优秀 / 良好 / 合格 …) and whether that passes, the workflow so far — and
what would earn the next star or the next level, criterion by criterion."""

from __future__ import annotations

from dataclasses import dataclass

from jiedao.assessments.facts import Community, Facts
from jiedao.assessments.records import ManualScore, StepStatus
from jiedao.assessments.schemes import Level, Scheme
from jiedao.assessments.scoring import CriterionResult, DimensionResult, score_dimension


@dataclass(frozen=True)
class CommunityResult:
    community: Community
    dimensions: tuple[DimensionResult, ...]
    total: float
    stars: int | None              # None: the scheme gives no stars
    level: str
    passed: bool                   # reached the scheme's pass_level (达标) or above
    workflow: tuple[StepStatus, ...]
    hints: tuple[str, ...]

    @property
    def pending(self) -> int:
        """Manual criteria nobody has scored yet."""
        return sum(1 for d in self.dimensions for c in d.criteria if c.pending)

    @property
    def stage(self) -> str:
        """Where the workflow stands: the step it waits for, or 已完成."""
        waiting = next((s.step.name for s in self.workflow if s.passed is None), None)
        return "已完成" if waiting is None and self.workflow else (f"待{waiting}" if waiting else "—")


@dataclass(frozen=True)
class Assessment:
    scheme: Scheme
    year: str
    communities: tuple[CommunityResult, ...]


def rate_community(scheme: Scheme, facts: Facts, community: Community,
                   manual: dict[tuple[str, str], ManualScore], workflow: tuple[StepStatus, ...]) -> CommunityResult:
    dimensions = tuple(score_dimension(d, facts, community.code, manual, scheme.star_at) for d in scheme.dimensions)
    total = round(sum(d.score for d in dimensions), 1)
    stars = None if scheme.star_at is None else sum(1 for d in dimensions if d.star)
    reached = level_reached(scheme.levels, stars, total)
    names = [level.name for level in scheme.levels]
    passed = reached is not None and names.index(reached.name) <= names.index(scheme.pass_level)
    hints = next_star_hints(scheme, dimensions) if stars is not None else ()
    return CommunityResult(community, dimensions, total, stars, reached.name if reached else scheme.otherwise,
                           passed, workflow, level_hint(scheme, reached, stars, total, dimensions) + hints)


def level_reached(levels: tuple[Level, ...], stars: int | None, total: float) -> Level | None:
    for level in levels:
        if (level.stars is None or (stars or 0) >= level.stars) and (level.total is None or total >= level.total - 1e-9):
            return level
    return None


def level_hint(scheme: Scheme, reached: Level | None, stars: int | None, total: float,
               dimensions: tuple[DimensionResult, ...]) -> tuple[str, ...]:
    """How far the next level is: stars, or points (with the criteria that have most room)."""
    above = scheme.levels[:scheme.levels.index(reached)] if reached else scheme.levels
    if not above:
        return ()
    target = above[-1]
    parts = []
    if target.stars is not None and (stars or 0) < target.stars:
        parts.append(f"再得 {target.stars - (stars or 0)} 颗星")
    if target.total is not None and total < target.total:
        gap = round(target.total - total, 1)
        room = sorted(((weighted_room(d, c), c) for d in dimensions for c in d.criteria if c.room > 0),
                      key=lambda item: -item[0])[:3]
        parts.append(f"总分再得 {gap:g} 分（可争取：" + "、".join(f"{c.key} {r:g} 分" for r, c in room) + "）")
    return (f"{'，'.join(parts)}可评为「{target.name}」",) if parts else ()


def weighted_room(dimension: DimensionResult, criterion: CriterionResult) -> float:
    """The points a criterion can still add to the total (scaled when the dimension is weighted)."""
    scale = dimension.dimension.max / dimension.dimension.criteria_max if dimension.dimension.weighted else 1
    return round(criterion.room * scale, 1)


def next_star_hints(scheme: Scheme, dimensions: tuple[DimensionResult, ...]) -> tuple[str, ...]:
    """For each dimension without its star: how many points are missing and where to find them."""
    hints = []
    for dimension in dimensions:
        if dimension.star or scheme.star_at is None:
            continue
        gap = round(scheme.star_at - dimension.score, 1)
        ways = [f"「{c.criterion.name}」{c.hint}" for c in sorted(dimension.criteria, key=lambda c: -c.room)
                if c.room > 0 and c.hint]
        hints.append(f"「{dimension.dimension.name}」{dimension.score:g} 分，差 {gap:g} 分得星：" + "；".join(ways))
    return tuple(hints)
