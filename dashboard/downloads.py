"""Downloads built on click and recorded in the audit trail when built.

The files themselves come from jiedao/spreadsheet_writer.py, the one writer `jiedao export`
also uses: CSV in utf-8-sig, styled XLSX, text beginning with = + - @ neutralized. Every
download is for a person, as `jiedao export --headers zh` writes it (jiedao/export_columns.py):
Chinese headers, numbers rounded to their unit, codes kept as text (="654201001001" in CSV).
"""

from __future__ import annotations

from typing import Callable

import pandas as pd

from dashboard import auth, data
from jiedao import audit
from jiedao.export_columns import PeopleTable, for_people, indicator_labels
from jiedao.spreadsheet_writer import csv_bytes, neutralize, xlsx_bytes

__all__ = ["audited", "neutralize", "people_table", "to_csv_bytes", "to_xlsx_bytes"]


def people_table(frame: pd.DataFrame) -> PeopleTable:
    """The table as a person downloads it; the catalogue names indicators given by code only."""
    needs_catalogue = "indicator_code" in frame.columns and not {"indicator_name", "unit"} <= set(frame.columns)
    return for_people(frame, indicator_labels(data.settings().seeds_dir) if needs_catalogue else None)


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    table = people_table(frame)
    return csv_bytes(table.frame, text_columns=table.text_columns)


def to_xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "数据") -> bytes:
    table = people_table(frame)
    return xlsx_bytes(table.frame, sheet_name=sheet_name, text_columns=table.text_columns)


def audited(build: Callable[[], bytes], session: auth.Session, action: str,
            detail: dict) -> Callable[[], bytes]:
    """`build`, recording `action` with `detail` each time it actually builds the file.

    Streamlit calls a download button's function on click, outside the page run, so the
    session is captured when the button is drawn.
    """
    settings = data.settings()

    def build_and_record() -> bytes:
        payload = build()
        audit.record(settings, audit.AuditEvent(action, session.username, session.role,
                                                session.scope_code, {**detail,
                                                                     "bytes": len(payload)}))
        return payload

    return build_and_record
