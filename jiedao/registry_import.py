"""``jiedao registry import FILE``: a registry in the statistical-division layout replaces ours.

Layout (as the NBS 统计用区划代码 files): ``villages.csv`` or ``villages.csv.gz`` with
code (12 digits), name, streetCode[, provinceCode, cityCode, areaCode]; beside it, if present,
streets.csv (code, name, areaCode …), areas.csv, cities.csv, provinces.csv give the names.
Pass the folder or the villages file.

``city_code`` filters: 6 digits = one area (区/县级市; our ``city_code``), 4 = a prefecture,
2 = a province. Every township/street (街道, 镇, 乡) of the filtered area is imported as a
street, and every villages row as a community (村委会 too): a street office oversees what its
registry lists, and dropping rows here would silently lose them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ingest import store
from jiedao.settings import Settings


@dataclass(frozen=True)
class RegistryImportReport:
    source: str
    city_code: str | None
    streets: int
    communities: int
    cities: tuple[str, ...]   # the 6-digit city codes imported


class RegistryImportError(Exception):
    """The file cannot serve as a registry; the message is Chinese and names the file."""


def find_villages(path: Path) -> Path:
    if path.is_dir():
        for name in ("villages.csv", "villages.csv.gz"):
            if (path / name).exists():
                return path / name
        raise RegistryImportError(f"目录「{path}」中没有 villages.csv 或 villages.csv.gz")
    if not path.exists():
        raise RegistryImportError(f"文件「{path}」不存在")
    return path


def sibling(folder: Path, stem: str) -> Path | None:
    for name in (f"{stem}.csv", f"{stem}.csv.gz"):
        if (folder / name).exists():
            return folder / name
    return None


def import_registry(settings: Settings, path: Path, *, city_code: str | None = None) -> RegistryImportReport:
    villages = find_villages(Path(path))
    folder = villages.parent
    if city_code is not None and not re.fullmatch(r"\d{2}|\d{4}|\d{6}", city_code):
        raise RegistryImportError(f"区划代码「{city_code}」应为 2、4 或 6 位数字")
    prefix = city_code or ""
    with duckdb.connect() as scratch:
        def read(file: Path) -> str:
            return f"read_csv('{str(file).replace(chr(39), chr(39) * 2)}', all_varchar=true, header=true)"

        try:
            columns = {row[0] for row in scratch.execute(f"describe select * from {read(villages)}").fetchall()}
        except duckdb.Error as error:
            raise RegistryImportError(f"无法读取「{villages.name}」：{error}") from None
        if not {"code", "name"} <= columns:
            raise RegistryImportError(f"「{villages.name}」缺少 code、name 列（统计用区划代码格式）")
        street_expr = "streetCode" if "streetCode" in columns else "substr(code, 1, 9)"
        scratch.execute(f"""
            create table v as
            select trim(code) as community_code, trim(name) as community_name,
                   trim({street_expr}) as street_code
            from {read(villages)}
            where regexp_full_match(trim(code), '\\d{{12}}') and starts_with(trim(code), ?)
        """, [prefix])
        for stem in ("streets", "areas", "cities", "provinces"):
            file = sibling(folder, stem)
            if file:
                scratch.execute(f"create table {stem} as select trim(code) as code, trim(name) as name from {read(file)}")
            else:
                scratch.execute(f"create table {stem} (code varchar, name varchar)")
        # Every township/street of the area, even one with no community rows yet.
        street_source = "select code as street_code from streets where starts_with(code, ?) " \
                        "union select distinct street_code from v"
        params = [prefix]
        streets = scratch.execute(f"""
            select s.street_code, coalesce(st.name, s.street_code) as street_name,
                   substr(s.street_code, 1, 6) as city_code, coalesce(a.name, '') as city_name,
                   substr(s.street_code, 1, 4) as prefecture_code, coalesce(c.name, '') as prefecture_name,
                   substr(s.street_code, 1, 2) as province_code, coalesce(p.name, '') as province_name
            from ({street_source}) s
            left join streets st on st.code = s.street_code
            left join areas a on a.code = substr(s.street_code, 1, 6)
            left join cities c on c.code = substr(s.street_code, 1, 4)
            left join provinces p on p.code = substr(s.street_code, 1, 2)
            order by 1
        """, params).fetchall()
        communities = scratch.execute("select community_code, community_name, street_code from v order by 1").fetchall()
    if not communities:
        raise RegistryImportError(f"「{villages.name}」中没有{('代码以 ' + prefix + ' 开头的') if prefix else ''}社区")
    con = store.connect(settings.raw_db)
    try:
        con.execute("begin")
        con.execute("delete from registry_communities")
        con.execute("delete from registry_streets")
        con.executemany("insert into registry_streets values (?, ?, ?, ?, ?, ?, ?, ?)", streets)
        con.executemany("insert into registry_communities values (?, ?, ?)", communities)
        con.execute("commit")
    finally:
        con.close()
    return RegistryImportReport(
        source=str(villages), city_code=city_code, streets=len(streets), communities=len(communities),
        cities=tuple(sorted({row[2] for row in streets})),
    )
