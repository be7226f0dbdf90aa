"""Subsets of the real statistical-division registry (../shared/data/admin_divisions)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from ingest import store
from jiedao.settings import PROJECT_DIR

REGISTRY_DIR = PROJECT_DIR.parent / "shared" / "data" / "admin_divisions"


@dataclass(frozen=True)
class RegistrySubset:
    """Streets as registry_streets rows, communities as registry_communities rows."""

    label: str
    streets: list[tuple[str, ...]]
    communities: list[tuple[str, str, str]]


def available(registry_dir: Path = REGISTRY_DIR) -> bool:
    return (registry_dir / "villages.csv.gz").exists() and (registry_dir / "streets.csv").exists()


def _streets_sql(registry_dir: Path) -> str:
    return f"""
        select s.code as street_code, s.name as street_name, a.code as city_code, a.name as city_name,
               c.code as prefecture_code, c.name as prefecture_name,
               p.code as province_code, p.name as province_name
        from read_csv('{registry_dir}/streets.csv', all_varchar=true) s
        join read_csv('{registry_dir}/areas.csv', all_varchar=true) a on a.code = s.areaCode
        join read_csv('{registry_dir}/cities.csv', all_varchar=true) c on c.code = s.cityCode
        join read_csv('{registry_dir}/provinces.csv', all_varchar=true) p on p.code = s.provinceCode
    """


def subset(where: str, label: str, *, limit: int | None = None,
           registry_dir: Path = REGISTRY_DIR) -> RegistrySubset:
    """Communities matching a SQL condition on villages (code, name, streetCode, cityCode …)."""
    villages = f"read_csv('{registry_dir}/villages.csv.gz', all_varchar=true)"
    with duckdb.connect() as con:
        communities = con.execute(
            f"select code, name, streetCode from {villages} where {where} order by code"
            + (f" limit {int(limit)}" if limit else "")
        ).fetchall()
        codes = sorted({street for _, _, street in communities})
        streets = con.execute(
            f"select * from ({_streets_sql(registry_dir)}) where street_code in "
            f"(select unnest(?::varchar[])) order by street_code", [codes]
        ).fetchall()
    return RegistrySubset(label, streets, communities)


def largest_street(city_code: str, registry_dir: Path = REGISTRY_DIR) -> str:
    villages = f"read_csv('{registry_dir}/villages.csv.gz', all_varchar=true)"
    with duckdb.connect() as con:
        (street,) = con.execute(
            f"select streetCode from {villages} where cityCode = ? group by 1 "
            "order by count(*) desc, 1 limit 1", [city_code]).fetchone()
    return street


def install(raw_db: Path, registry: RegistrySubset) -> None:
    """Put the subset into a (new) raw store as its registry, replacing what is there."""
    con = store.connect(raw_db)
    try:
        con.execute("delete from registry_communities")
        con.execute("delete from registry_streets")
        streets = pd.DataFrame(registry.streets, dtype="string")
        communities = pd.DataFrame(registry.communities, dtype="string")
        con.register("new_streets", streets)
        con.register("new_communities", communities)
        con.execute("insert into registry_streets select * from new_streets")
        con.execute("insert into registry_communities select * from new_communities")
    finally:
        con.close()
