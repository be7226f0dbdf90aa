"""The demo inbox: two years of 塔城市 community reports in the shapes clerks really send.

``write_demo_inbox(inbox_dir)`` simulates every non-derived indicator of seeds/indicators.csv
for every community of the shipped registry over 2024-01 … 2025-12 (persistent differences
between communities, a mild trend, seasonality), then writes them the way street offices do:

a) ``<街道>/<街道><年>年<月>月民情民意统计表.xlsx`` — a street summary per month: title row,
   two-row merged header, 序号, community names as clerks write them, 合计 row, footer.
b) ``<街道>/<社区>社区<年>年民政为老文化工作台账.xls`` (.ods for 新城街道) — one file per
   community and year, indicators as rows, months as columns, amounts in 万元.
c) ``<街道>/<街道><年>年平安建设和基础信息.csv`` — GBK CSV, one row per community and month,
   keyed by the 12-digit community code.
d) ``<街道>/<街道><年>年志愿服务和党建工作月报.xlsx`` — one sheet per month ("1月" …), the
   year only in the file name, with 本月 and 本年累计 columns in 2025.

A few problems are planted on purpose and listed in the manifest; ``truth`` holds exactly the
monthly values the warehouse should end up with. Same seed → byte-identical files and mtimes.

The package, one job per module:

- ``model``      — months, streets and communities, a sheet grid, the manifest
- ``registry``   — the shipped registry (塔城市) and names as clerks shorten them
- ``figures``    — the simulated monthly values per community
- ``headers``    — the header texts per layout and which street writes which
- ``cell_forms`` — how a clerk writes a figure into a cell ("约30", "1,869", 万元 …)
- ``layouts``    — the four layouts (a)–(d) as sheet grids, and when each report arrives
- ``writers``    — sheet grids → .xlsx, .xls, .ods files (deterministic)
- ``inbox``      — ``write_demo_inbox``: the whole messy inbox and its planted problems
- ``fund_ledger`` — ``write_demo_fund_ledger``: the 社区专项工作经费 ledger, one breach of each rule
"""

from __future__ import annotations

from ingest.layout import cell_ref
from jiedao.demo.cell_forms import APPROXIMATE_OK, FULL_WIDTH, UNIT_SUFFIX, numeric, wan, written
from jiedao.demo.figures import simulate
from jiedao.demo.headers import (CSV_HEADERS, CUMULATIVE_ONLY_STREET_YEARS, DEMO_HEADERS,
                                 DEMO_LABEL_TEXTS, LEDGER_ROWS, MONTH_SHEET_HEADERS_2024,
                                 MONTH_SHEET_HEADERS_2025, MONTH_SHEET_HEADERS_CUMULATIVE_ONLY,
                                 SHORT_HEADER_STREETS, SUMMARY_HEADERS_LONG, SUMMARY_HEADERS_SHORT)
from jiedao.demo.inbox import ODS_LEDGER_STREETS, write_demo_inbox
from jiedao.demo.layouts import (CLERKS, community_ledger, security_csv, street_summary,
                                 submitted_at, volunteer_month_sheet)
from jiedao.demo.model import (CHINA_TIME, Cell, Community, DemoHeader, DemoManifest, MONTHS,
                               PlantedProblem, RenderPlan, SheetGrid, Street, TruthKey, YEARS)
from jiedao.demo.registry import read_registry, short_name, shortest_name
from jiedao.demo.writers import write_ods, write_xls, write_xlsx

__all__ = [
    "APPROXIMATE_OK", "CHINA_TIME", "CLERKS", "CSV_HEADERS", "CUMULATIVE_ONLY_STREET_YEARS",
    "Cell", "Community", "DEMO_HEADERS", "DEMO_LABEL_TEXTS", "DemoHeader", "DemoManifest",
    "FULL_WIDTH", "LEDGER_ROWS", "MONTHS", "MONTH_SHEET_HEADERS_2024", "MONTH_SHEET_HEADERS_2025",
    "MONTH_SHEET_HEADERS_CUMULATIVE_ONLY", "ODS_LEDGER_STREETS", "PlantedProblem", "RenderPlan",
    "SHORT_HEADER_STREETS", "SUMMARY_HEADERS_LONG", "SUMMARY_HEADERS_SHORT", "SheetGrid", "Street",
    "TruthKey", "UNIT_SUFFIX", "YEARS", "cell_ref", "community_ledger", "numeric", "read_registry",
    "security_csv", "short_name", "shortest_name", "simulate", "street_summary", "submitted_at",
    "volunteer_month_sheet", "wan", "write_demo_inbox", "write_ods", "write_xls", "write_xlsx",
    "written",
]
