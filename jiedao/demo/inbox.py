"""The messy inbox: every layout for every street, month and community of two years, with the
planted problems (a 合计 that does not add up, a typo corrected by a resubmission, a report that
never came, "l60", "#DIV/0!", an unregistered community) and the manifest of what ingest must
find."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from ingest.layout import cell_ref
from jiedao.demo.figures import simulate
from jiedao.demo.headers import LEDGER_ROWS, MONTH_SHEET_HEADERS_2024, SUMMARY_HEADERS_LONG
from jiedao.demo.layouts import (community_ledger, security_csv, street_summary, submitted_at,
                                 volunteer_month_sheet)
from jiedao.demo.model import (MONTHS, YEARS, Cell, DemoManifest, PlantedProblem, RenderPlan,
                               Street)
from jiedao.demo.registry import read_registry, short_name, shortest_name
from jiedao.demo.writers import touch, write_ods, write_xls, write_xlsx
from jiedao.settings import PROJECT_DIR

ODS_LEDGER_STREETS = {"654201003"}        # 新城街道's communities use LibreOffice


def write_demo_inbox(inbox_dir: Path, *, seed: int = 2025,
                     seeds_dir: Path | None = None) -> DemoManifest:
    """Write the demo inbox for the shipped registry (塔城市) and say what ingest must find."""
    inbox_dir = Path(inbox_dir)
    streets, communities = read_registry(seeds_dir or PROJECT_DIR / "seeds")
    rng = random.Random(seed)
    values = simulate(communities, rng)
    plan = RenderPlan()
    files: list[Path] = []
    resubmissions: list[tuple[str, str]] = []
    by_street = {s.code: [c for c in communities if c.street_code == s.code] for s in streets}

    def place(street: Street, name: str) -> Path:
        folder = inbox_dir / street.name
        folder.mkdir(parents=True, exist_ok=True)
        files.append(folder / name)
        return folder / name

    # Planted problems: (a) a 合计 that does not add up; (a) a typo corrected by a resubmission;
    # (a) a community that sent nothing for 2025-12; (b) "l60"; (d) "#DIV/0!" and 幸福社区.
    mismatch_street, mismatch_month = streets[2], (2024, 8)
    resubmit_street, resubmit_month = streets[0], (2025, 3)
    late_street, late_month = streets[1], (2025, 12)
    late_community = by_street[late_street.code][-1]
    typo_community = by_street[resubmit_street.code][6]

    for street in streets:
        members = by_street[street.code]
        for year, month in MONTHS:
            name = f"{street.name}{year}年{month}月民情民意统计表.xlsx"
            when = submitted_at(year, month, random.Random(name))
            offset = None
            if (street, (year, month)) == (mismatch_street, mismatch_month):
                offset = {"petitions_received": 10.0}
            omit = {late_community.code} if (street, (year, month)) == (late_street, late_month) else set()
            overrides = None
            if (street, (year, month)) == (resubmit_street, resubmit_month):
                key = (typo_community.code, f"{year}-{month:02d}", "petitions_resolved")
                overrides = {key: values[key] - 12}
            grid = street_summary(street, members, year, month, values, rng, plan, name,
                                  omit=omit, overrides=overrides, total_offset=offset)
            path = place(street, name)
            write_xlsx(path, [grid], when)
            touch(path, when)
            if offset:
                col = 2 + [h.indicator_code for h in (SUMMARY_HEADERS_LONG)].index("petitions_received")
                plan.planted.append(PlantedProblem(
                    name, "Sheet1", cell_ref(len(grid.rows) - 2, col), "total_mismatch",
                    "合计行受理诉求比各社区之和多 10"))
            if overrides:
                # The clerk finds the typo and sends the whole sheet again a week later.
                corrected_name = f"{street.name}{year}年{month}月民情民意统计表（更正）.xlsx"
                corrected = street_summary(street, members, year, month, values,
                                           random.Random(corrected_name), RenderPlan(), corrected_name)
                corrected_path = place(street, corrected_name)
                later = when + timedelta(days=7)
                write_xlsx(corrected_path, [corrected], later)
                touch(corrected_path, later)
                (key,) = overrides
                plan.truth[key] = values[key]
                # Ingest reports the disagreement on the older file's cell (the newer one wins).
                row = next(r for r, cells in enumerate(grid.rows)
                           if cells[1] in (typo_community.name, short_name(typo_community.name),
                                           shortest_name(typo_community.name)))
                col = 2 + [h.indicator_code for h in SUMMARY_HEADERS_LONG].index("petitions_resolved")
                plan.planted.append(PlantedProblem(
                    name, "Sheet1", cell_ref(row, col), "conflicting_value",
                    f"{typo_community.name}{year}年{month}月办结数与同批次更正文件不一致，以更正文件为准"))
                resubmissions.append((name, corrected_name))

        for community in members:
            for year in YEARS:
                grid = community_ledger(community, year, values, rng, plan)
                if (community, year) == (members[2], 2024) and street == streets[0]:
                    # "l60": a lower-case L typed for the 1 of 160.
                    row = 1 + 1 + [h.indicator_code for h in LEDGER_ROWS].index("free_health_checks")
                    grid.rows[row][6] = "l60"
                    plan.truth.pop((community.code, "2024-06", "free_health_checks"), None)
                    plan.approximate.discard((community.code, "2024-06", "free_health_checks"))
                suffix = "ods" if street.code in ODS_LEDGER_STREETS else "xls"
                name = f"{short_name(community.name)}{year}年民政为老文化工作台账.{suffix}"
                when = submitted_at(year, 12, random.Random(name))
                path = place(street, name)
                if suffix == "ods":
                    write_ods(path, [grid], when)
                else:
                    write_xls(path, [grid])
                touch(path, when)
                if (community, year) == (members[2], 2024) and street == streets[0]:
                    plan.planted.append(PlantedProblem(name, grid.name, cell_ref(row, 6),
                                                       "unreadable_value", "6月免费体检人数写成「l60」"))

        for year in YEARS:
            name = f"{street.name}{year}年平安建设和基础信息.csv"
            when = submitted_at(year, 12, random.Random(name))
            path = place(street, name)
            path.write_bytes(security_csv(street, members, year, values, rng, plan).encode("gbk"))
            touch(path, when)

        for year in YEARS:
            sheets = []
            name = f"{street.name}{year}年志愿服务和党建工作月报.xlsx"
            for month in range(1, 13):
                extra: list[list[Cell]] = []
                if (street, year, month) == (streets[2], 2024, 7):
                    # A community the registry does not know (a new name nobody registered).
                    extra = [[len(members) + 1, "幸福社区", 812, 240, 96, 18]]
                grid = volunteer_month_sheet(street, members, year, month, values, rng, plan,
                                             extra_rows=extra)
                if extra:
                    plan.planted.append(PlantedProblem(
                        name, grid.name, cell_ref(len(grid.rows) - 1, 1), "unknown_community",
                        "registry 中没有「幸福社区」，其余行照常入库"))
                if (street, year, month) == (streets[0], 2024, 5):
                    row = 2 + 5   # 6th community
                    col = 2 + [h.indicator_code for h in MONTH_SHEET_HEADERS_2024].index(
                        "volunteer_person_times")
                    grid.rows[row][col] = "#DIV/0!"
                    plan.truth.pop((members[5].code, "2024-05", "volunteer_person_times"), None)
                    plan.approximate.discard((members[5].code, "2024-05", "volunteer_person_times"))
                    plan.planted.append(PlantedProblem(name, grid.name, cell_ref(row, col),
                                                       "unreadable_value", "公式错误「#DIV/0!」"))
                sheets.append(grid)
            when = submitted_at(year, 12, random.Random(name))
            path = place(street, name)
            write_xlsx(path, sheets, when)
            touch(path, when)

    # The community that sent nothing for 2025-12 in layout (a) has no truth there.
    for header in SUMMARY_HEADERS_LONG:
        plan.truth.pop((late_community.code, f"{late_month[0]}-{late_month[1]:02d}",
                        header.indicator_code), None)
    truth = tuple(sorted((code, period, indicator, value)
                         for (code, period, indicator), value in plan.truth.items()))
    return DemoManifest(
        files=tuple(sorted(files)),
        planted_problems=tuple(plan.planted),
        truth=truth,
        approximate=tuple(sorted(plan.approximate & set(plan.truth))),
        resubmissions=tuple(resubmissions),
    )
