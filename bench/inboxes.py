"""Benchmark inboxes: street summaries (demo layout a) for real registry subsets."""

from __future__ import annotations

import random
from pathlib import Path

from bench.registry import RegistrySubset
from jiedao import demo


def write_street_summaries(inbox: Path, registry: RegistrySubset,
                           months: tuple[tuple[int, int], ...], *, limit: int | None = None,
                           seed: int = 2025) -> list[Path]:
    """One summary per street and month (streets in code order, month by month), up to limit."""
    inbox.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    communities = [demo.Community(code, name, street) for code, name, street in registry.communities]
    values = demo.simulate(communities, rng, months)
    members: dict[str, list[demo.Community]] = {}
    for community in communities:
        members.setdefault(community.street_code, []).append(community)
    paths: list[Path] = []
    for year, month in months:
        for row in registry.streets:
            if limit is not None and len(paths) >= limit:
                return paths
            street = demo.Street(row[0], row[1])
            if street.code not in members:
                continue
            name = f"{street.code}{street.name}{year}年{month}月民情民意统计表.xlsx"
            grid = demo.street_summary(street, members[street.code], year, month, values, rng,
                                       demo.RenderPlan(), name)
            path = inbox / name
            demo.write_xlsx(path, [grid], demo.submitted_at(year, month, random.Random(name)))
            paths.append(path)
    return paths
