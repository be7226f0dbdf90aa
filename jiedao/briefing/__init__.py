"""The monthly briefing for a street (`jiedao brief`), ready for a cron job.

- ``content`` — what it says, from the published warehouse
- ``alerts``  — alert rules as data (seeds/alert_rules.csv) and their evaluation
- ``render``  — the XLSX, and the PDF printed by the machine's headless chromium
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from jiedao.briefing.alerts import read_rules
from jiedao.briefing.content import Briefing, gather
from jiedao.briefing.render import BriefingError, briefing_html, briefing_xlsx, html_to_pdf
from jiedao.settings import Settings


@dataclass(frozen=True)
class Written:
    briefing: Briefing
    xlsx: Path
    pdf: Path | None
    pdf_error: str = ""


def write_briefings(settings: Settings, period: str, street: str | None, out_dir: Path, *,
                    pdf: bool = True) -> list[Written]:
    """One briefing per street (or the one asked for): XLSX always, PDF when chromium is there."""
    if not settings.warehouse_db.exists():
        raise BriefingError("尚未发布数据仓：请先运行 jiedao build")
    rules = read_rules(settings.seeds_dir)
    con = duckdb.connect(str(settings.warehouse_db), read_only=True)
    try:
        streets = [row[0] for row in con.execute("select street_code from dim_street where street_code like ? "
                                                  "order by street_code", [f"{street}%" if street else "%"]).fetchall()]
        if not streets:
            raise BriefingError(f"数据仓中没有街道「{street}」")
        briefings = [gather(con, code, period, rules) for code in streets]
    finally:
        con.close()
    written = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for briefing in briefings:
        xlsx = out_dir / f"{briefing.title}.xlsx"
        xlsx.write_bytes(briefing_xlsx(briefing))
        target, error = (out_dir / f"{briefing.title}.pdf") if pdf else None, ""
        if target is not None:
            try:
                html_to_pdf(briefing_html(briefing), target)
            except BriefingError as problem:
                target, error = None, str(problem)
        written.append(Written(briefing, xlsx, target, error))
    return written
