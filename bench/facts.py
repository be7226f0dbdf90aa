"""Facts generated straight into a raw store: every community × 36 months × the catalogue."""

from __future__ import annotations

import csv
from pathlib import Path

from ingest import store
from jiedao.settings import PROJECT_DIR

MONTHS = tuple(f"{year}-{month:02d}" for year in (2023, 2024, 2025) for month in range(1, 13))

# Plausible monthly ranges per indicator (the few dependent ones are derived below).
RANGES = {
    "petitions_received": (20, 90), "disputes_mediated": (1, 12), "jobs_created": (5, 30),
    "people_employed": (5, 35), "zero_employment_households": (0, 8),
    "micro_loans_yuan": (0, 500000), "training_sessions": (0, 4), "dibao_households": (10, 120),
    "free_health_checks": (10, 80), "people_assisted": (10, 60), "goods_distributed": (20, 200),
    "cultural_activities": (2, 10), "lectures_held": (1, 8), "patrol_members": (20, 80),
    "informants": (10, 40), "security_cases": (0, 6), "volunteers": (150, 1300),
    "volunteer_person_times": (50, 600), "party_members": (60, 400), "pairings": (10, 40),
    "residents": (3000, 12000), "floating_population": (150, 1800), "staff": (7, 20),
}
DEPENDENT = {
    "petitions_resolved": "floor(petitions_received * (0.7 + 0.3 * {u}))",
    "public_welfare_jobs": "floor(jobs_created * 0.3 * {u})",
    "dibao_persons": "floor(dibao_households * (1.3 + 0.7 * {u}))",
    "households": "floor(residents / (2.4 + 0.5 * {u}))",
}


def catalogue(seeds_dir: Path = PROJECT_DIR / "seeds") -> dict[str, str]:
    """Non-derived indicator → unit."""
    with open(seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        return {row["indicator_code"]: row["unit"] for row in csv.DictReader(handle)
                if row["kind"] != "derived"}


def generate(raw_db: Path) -> int:
    """Fill files and observations for the store's registry; returns the number of observations."""
    units = catalogue()
    # dibao_payout_yuan follows dibao_persons (760 元 a person a month).
    assert set(units) == set(RANGES) | set(DEPENDENT) | {"dibao_payout_yuan"}, \
        "bench ranges must cover the catalogue"

    def u(key: str) -> str:
        # Reproducible pseudo-random number in [0, 1) per community, month and indicator.
        return f"((hash(c.community_code, m.period, '{key}') % 1000000) / 1000000.0)"

    base = ",\n".join(f"{lo} + floor({u(code)} * {hi - lo + 1}) as {code}"
                      for code, (lo, hi) in RANGES.items())
    dependent = ",\n".join(f"{expr.format(u='u_' + code)} as {code}" for code, expr in DEPENDENT.items())
    randoms = ",\n".join(f"{u(code)} as u_{code}" for code in DEPENDENT)
    unit_cases = " ".join(f"when '{code}' then '{unit}'" for code, unit in units.items())
    con = store.connect(raw_db)
    try:
        con.execute("delete from observations")
        con.execute("delete from files")
        months = ", ".join(f"('{m}')" for m in MONTHS)
        con.execute(f"""
            create temp table wide as
            with months(period) as (values {months}),
            first as (
                select c.community_code, c.community_name, c.street_code, m.period,
                       {base},
                       {randoms}
                from registry_communities c cross join months m
            ),
            second as (select *, {dependent} from first)
            select *, dibao_persons * 760 as dibao_payout_yuan from second
        """)
        con.execute(f"""
            insert into files (file_sha256, file_name, file_path, size_bytes, file_format, file_mtime,
                               batch_id, ingested_at, status, values_loaded, problems)
            select distinct md5(street_code || period), street_code || '-' || period || '.xlsx',
                   'bench/' || street_code || '-' || period || '.xlsx', 10000, 'xlsx',
                   strptime(period || '-05', '%Y-%m-%d'), 1, now(), 'loaded', 0, 0
            from wide
        """)
        columns = ", ".join(units)
        con.execute(f"""
            insert into observations (file_sha256, batch_id, file_name, sheet, cell_ref, header_text,
                community_text, period_text, raw_text, community_code, community_match,
                indicator_code, period_grain, period, value, unit, is_cumulative, is_approximate,
                file_mtime, ingested_at)
            select md5(street_code || period), 1, street_code || '-' || period || '.xlsx', 'Sheet1',
                   'C3', indicator_code, community_name, period, cast(value as varchar),
                   community_code, 'code', indicator_code, 'month', period, value,
                   case indicator_code {unit_cases} end, false, false,
                   strptime(period || '-05', '%Y-%m-%d'), now()
            from (select community_code, community_name, street_code, period, {columns} from wide)
            unpivot (value for indicator_code in ({columns}))
        """)
        con.execute("""insert into batches values (1, now(), now(),
                       (select count(*) from files), (select count(*) from files),
                       (select count(*) from observations), 0)""")
        (count,) = con.execute("select count(*) from observations").fetchone()
        return count
    finally:
        con.close()
