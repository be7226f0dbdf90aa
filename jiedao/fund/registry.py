"""The communities a ledger may name: the published warehouse's, else the shipped registry's."""

from __future__ import annotations

import csv
from dataclasses import dataclass

import duckdb

from jiedao.settings import Settings


@dataclass(frozen=True)
class RegistryCommunity:
    community_code: str
    community_name: str
    street_code: str
    street_name: str


def registry_communities(settings: Settings) -> dict[str, RegistryCommunity]:
    """code → community, in code order (codes are text)."""
    rows: list[tuple[str, str, str, str]] = []
    if settings.warehouse_db.exists():
        try:
            with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
                rows = con.execute("select community_code, community_name, street_code, street_name "
                                   "from dim_community order by community_code").fetchall()
        except duckdb.Error:
            rows = []
    if not rows:
        with open(settings.seeds_dir / "registry_streets.csv", encoding="utf-8", newline="") as handle:
            streets = {row["street_code"]: row["street_name"] for row in csv.DictReader(handle)}
        with open(settings.seeds_dir / "registry_communities.csv", encoding="utf-8", newline="") as handle:
            rows = [(row["community_code"], row["community_name"], row["street_code"],
                     streets.get(row["street_code"], row["street_code"])) for row in csv.DictReader(handle)]
    return {code: RegistryCommunity(str(code), name, str(street), street_name)
            for code, name, street, street_name in sorted(rows)}


def in_scope(registry: dict[str, RegistryCommunity], scope_code: str | None) -> dict[str, RegistryCommunity]:
    """The communities under a 6-digit city, 9-digit street or 12-digit community code (all for None)."""
    if not scope_code:
        return dict(registry)
    return {code: item for code, item in registry.items() if code.startswith(scope_code)}
