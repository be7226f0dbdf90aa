"""One case of the test corpus: a file built in code, the exact values it must load and the exact
problems it must report; and the registry codes of the demo city the cases name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

# Registry codes of the demo city (seeds/registry_communities.csv).
建设, 商业, 文化, 新华 = "654201001001", "654201001003", "654201001004", "654201001006"
塔尔巴哈台, 广场, 营盘 = "654201001007", "654201001008", "654201001009"
杜别克, 公园, 花园, 光明 = "654201002001", "654201002002", "654201002003", "654201002005"
新城, 边城, 东门外, 哈尔墩 = "654201003001", "654201003002", "654201003003", "654201003008"


@dataclass(frozen=True)
class Case:
    file: str
    build: Callable[[Path], object]
    # (sheet!cell, community_code, indicator_code, period, value, flags) ; flags: "", "approx", "cum"
    values: set[tuple[str, str, str, str, float, str]]
    # (sheet!cell or "" for the file, problem_code)
    problems: set[tuple[str, str]] = field(default_factory=set)
    status: str = "loaded"


def default_status(values: set, problems: set) -> str:
    """What the loader says of a file: nothing placed and nothing the mapping review could settle
    is rejected; some problems, partial; none, loaded."""
    from ingest.loader import REVIEWABLE

    if not values and problems and not any(code in REVIEWABLE for _, code in problems):
        return "rejected"
    return "partial" if problems else "loaded"


class Cases(list):
    """The cases of one topic, in order; ``add(...)`` is the decorator that registers a builder."""

    def add(self, file: str, values: set, problems: set | None = None, status: str | None = None):
        def register(build: Callable[[Path], object]) -> Callable[[Path], object]:
            self.append(Case(file, build, values, problems or set(),
                             status or default_status(values, problems)))
            return build
        return register
