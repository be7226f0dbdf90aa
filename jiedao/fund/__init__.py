"""社区专项工作经费: each community's special work fund, year by year, and whether it is used by the rules.

A ledger per community per year — the allocation, and each project with its name, category,
amount, whether it is a 小组/团队 project, publicity start and end, approval, completion, report
and disclosure dates — entered through an XLSX template (``jiedao fund template`` / ``import``)
or the dashboard's 经费 page, and checked against rules kept as data (``rules/fund_rules.yml``)
with working days from the official Chinese calendar (the ``chinesecalendar`` package).

The package, one job per module:

- ``model``     — Allocation, Project, Ledger, Finding, CheckResult, Actor (frozen records)
- ``workdays``  — working days and their deadlines from the official calendar (调休 included)
- ``rules``     — the rules file: which rules, their thresholds and dates
- ``check``     — the engine: one finding per breach, with the figures and the deadline
- ``usage``     — fund use per community against its allocation
- ``store``     — the ledger's CSV files in ``<home>/fund/``, every change audited
- ``registry``  — the communities a ledger may name (warehouse, else the shipped registry)
- ``values``    — cell texts → codes, years, amounts, yes/no, dates
- ``template``  — the import template (XLSX)
- ``importer``  — a filled template → the ledger; bad cells named, bad rows kept for review
- ``report``    — findings and fund use as tables and as the check workbook
- ``service``   — ``run_check``: ledger + rules + registry → findings and fund use

It imports ``ingest`` only for the safe spreadsheet readers and never the dashboard.
"""

from __future__ import annotations

from jiedao.fund.check import check_ledger
from jiedao.fund.importer import ImportReport, import_bytes, import_ledger
from jiedao.fund.model import Actor, Allocation, CheckResult, Finding, Ledger, Project
from jiedao.fund.rules import FundRules, RulesError, load_rules, read_rules
from jiedao.fund.service import FundCheck, run_check
from jiedao.fund.store import LedgerError, delete_project, load_ledger, save_project, set_allocation
from jiedao.fund.usage import FundUse, fund_use
from jiedao.fund.workdays import CalendarRangeError, covered_years, working_days_between

__all__ = [
    "Actor", "Allocation", "CalendarRangeError", "CheckResult", "Finding", "FundCheck", "FundRules",
    "FundUse", "ImportReport", "Ledger", "LedgerError", "Project", "RulesError", "check_ledger",
    "covered_years", "delete_project", "fund_use", "import_bytes", "import_ledger", "load_ledger",
    "load_rules", "read_rules", "run_check", "save_project", "set_allocation", "working_days_between",
]
