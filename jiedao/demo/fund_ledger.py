"""The demo's 社区专项工作经费 ledger: every community of the shipped registry in 2024 and 2025,
five projects a year on a sensible timetable (publicity of four working days, approval two
working days after, report in November, disclosure in December), and in 2025 one breach of each
rule planted in a named community, so the 经费 page and ``jiedao fund check`` have something
to show. Deterministic: the same ledger every time; writing it again changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from jiedao.demo.registry import read_registry
from jiedao.fund.model import Actor, Allocation, Project
from jiedao.fund.store import merge
from jiedao.fund.workdays import nth_working_day_after, nth_working_day_from
from jiedao.settings import Settings

YEARS = (2024, 2025)
ALLOCATION_BY_STREET = {"654201001": Decimal(200_000), "654201002": Decimal(180_000), "654201003": Decimal(150_000)}
# name, category, base amount (元), a 小组/团队 project, month its publicity starts
PROJECTS = (
    ("老年人助餐服务", "为老服务", 38_000, False, 3),
    ("楼院环境整治", "环境整治", 32_000, False, 4),
    ("邻里文化节", "文体活动", 18_000, False, 6),
    ("志愿服务队活动", "小组/团队活动", 20_000, True, 7),
    ("便民服务点维护", "便民设施", 22_000, False, 9),
)
# 2025's planted breaches: community code → what goes wrong there (one of each rule)
BREACHES = {
    "654201001001": "publicity",        # 建设街: publicity over National Day, 4 calendar days, 1 working day
    "654201001003": "forbidden_use",    # 商业街: gifts bought from the fund
    "654201002002": "group_share",      # 公园街: two 小组/团队 projects, 30 % of the fund
    "654201002005": "approval",         # 光明街: approved 10 working days after publicity
    "654201003002": "yearly_report",    # 边城街: report on 12-05
    "654201003005": "disclosure",       # 伊宁街: not disclosed
    "654201003008": "allocation_total", # 哈尔墩: projects beyond the allocation
}
DEMO_ACTOR = Actor("demo", "admin", "654201")


def project(code: str, year: int, index: int, name: str, category: str, amount: int, is_group: bool,
            month: int, salt: int) -> Project:
    start = nth_working_day_from(dt.date(year, month, 3 + salt % 5), 1)
    end = nth_working_day_from(start, 4)
    approved = nth_working_day_after(end, 2)
    return Project(f"{code}-{year}-{index:03d}", code, year, name, category,
                   Decimal(amount + salt % 7 * 500).quantize(Decimal("0.01")), is_group, start, end, approved,
                   approved + dt.timedelta(days=45 + salt), dt.date(year, 11, 17 + salt % 7),
                   dt.date(year, 12, 8 + salt % 7))


def community_year(code: str, street_code: str, year: int, salt: int) -> tuple[Allocation, list[Project]]:
    allocation = ALLOCATION_BY_STREET.get(street_code, Decimal(150_000))
    projects = [project(code, year, index, *spec, salt=salt) for index, spec in enumerate(PROJECTS, start=1)]
    breach = BREACHES.get(code) if year == 2025 else None
    if breach == "publicity":
        projects.append(replace(projects[2], project_id=f"{code}-{year}-006", name="国庆邻里联欢会",
                                amount=Decimal("8000.00"), publicity_start=dt.date(2025, 9, 30),
                                publicity_end=dt.date(2025, 10, 3), approval_date=dt.date(2025, 10, 9),
                                completion_date=dt.date(2025, 10, 20)))
    elif breach == "forbidden_use":
        projects.append(replace(projects[0], project_id=f"{code}-{year}-006", name="节日慰问品采购",
                                category="购买礼品礼金", amount=Decimal("12000.00")))
    elif breach == "group_share":
        projects.append(replace(projects[3], project_id=f"{code}-{year}-006", name="广场舞队展演",
                                amount=Decimal("30000.00")))
    elif breach == "approval":
        projects[1] = replace(projects[1], approval_date=nth_working_day_after(projects[1].publicity_end, 10))
    elif breach == "yearly_report":
        projects[4] = replace(projects[4], report_date=dt.date(2025, 12, 5))
    elif breach == "disclosure":
        projects[2] = replace(projects[2], disclosure_date=None)
    elif breach == "allocation_total":
        projects.append(replace(projects[1], project_id=f"{code}-{year}-006", name="小区道路修补",
                                category="便民设施", amount=Decimal("30000.00")))
    return Allocation(code, year, allocation.quantize(Decimal("0.01"))), projects


def write_demo_fund_ledger(settings: Settings) -> tuple[int, int]:
    """Write the ledger into ``<home>/fund/``; returns (communities, projects written or kept)."""
    _, communities = read_registry(settings.seeds_dir)
    allocations, projects = [], []
    for salt, community in enumerate(communities):
        for year in YEARS:
            allocation, items = community_year(community.code, community.street_code, year, salt)
            allocations.append(allocation)
            projects.extend(items)
    merge(settings, allocations, projects, DEMO_ACTOR, {"op": "demo"})
    return len(communities), len(projects)
