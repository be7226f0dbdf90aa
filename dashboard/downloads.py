"""Downloads built on click and recorded in the audit trail when built.

The files themselves come from ingest/spreadsheet_writer.py, the one writer `jiedao export`
also uses: CSV in utf-8-sig, styled XLSX, text beginning with = + - @ neutralized.
"""

from __future__ import annotations

from typing import Callable

import pandas as pd

from dashboard import auth, data
from jiedao import audit
from jiedao.spreadsheet_writer import csv_bytes, neutralize, xlsx_bytes

__all__ = ["audited", "neutralize", "to_csv_bytes", "to_xlsx_bytes"]


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    return csv_bytes(frame)


def to_xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "数据") -> bytes:
    return xlsx_bytes(frame, sheet_name=sheet_name)


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
