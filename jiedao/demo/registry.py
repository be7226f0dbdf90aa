"""The shipped registry (塔城市) as the demo reads it, and community names as clerks shorten them."""

from __future__ import annotations

import csv
from pathlib import Path

from jiedao.demo.model import Community, Street


def read_registry(seeds_dir: Path) -> tuple[list[Street], list[Community]]:
    with open(seeds_dir / "registry_streets.csv", encoding="utf-8", newline="") as handle:
        streets = [Street(row["street_code"], row["street_name"]) for row in csv.DictReader(handle)]
    with open(seeds_dir / "registry_communities.csv", encoding="utf-8", newline="") as handle:
        communities = [Community(row["community_code"], row["community_name"], row["street_code"])
                       for row in csv.DictReader(handle)]
    return streets, communities


def short_name(name: str) -> str:
    """建设街社区居委会 → 建设街社区 (how most clerks write it)."""
    return name.removesuffix("居委会").removesuffix("居民委员会")


def shortest_name(name: str) -> str:
    """建设街社区居委会 → 建设社区 (some clerks drop the 街 as well)."""
    short = short_name(name)
    return short.replace("街社区", "社区") if short.endswith("街社区") else short
