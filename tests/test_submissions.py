"""Submissions (jiedao/submissions.py): a preview reads a community's return without writing
anything; a community account may send only its own figures; what was sent shows on the street's
progress board, on time or late, before it is published."""

from __future__ import annotations

import io
import os
from datetime import date, datetime

import duckdb
import openpyxl
import pytest

from jiedao.audit import read_events
from jiedao.ingestion import ingest_paths
from jiedao.settings import Settings
from jiedao.submissions import due_date, preview, progress_board, send

OWN = "654201001001"          # 建设街社区居委会
STAFF = {"username": "jianshe", "role": "community_staff", "scope_code": OWN}


def workbook(*rows: list, month: str = "2025-11") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"{month[:4]}年{int(month[5:])}月"
    sheet.append(["社区", "民情诉求受理数", "民情诉求办结数"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home")


def raw_count(settings: Settings) -> int:
    if not settings.raw_db.exists():
        return 0
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        return con.execute("select count(*) from observations").fetchone()[0]


def test_a_preview_shows_values_and_problems_and_writes_nothing(settings):
    checked = preview(settings, "建设街11月.xlsx", workbook(["建设街社区", 12, "l0"]), OWN)
    assert [(v.community_code, v.period, v.indicator_code, v.value) for v in checked.values] == [
        (OWN, "2025-11", "petitions_received", 12.0)]
    assert len(checked.problems) == 1 and "C2" in checked.problems[0] and "l0" in checked.problems[0]
    assert checked.may_send and raw_count(settings) == 0
    assert not list((settings.inbox_dir).glob("**/*.xlsx")) if settings.inbox_dir.exists() else True


def test_another_communitys_figures_are_refused_whole(settings):
    data = workbook(["建设街社区", 12, 10], ["商业街社区", 9, 9])
    checked, report = send(settings, "两个社区.xlsx", data, **STAFF)
    assert checked.foreign == ("654201001003",) and not checked.may_send and report is None
    assert raw_count(settings) == 0
    (event,) = [e for e in read_events(settings) if e.action == "upload"]
    assert event.detail["sent"] is False and event.detail["foreign"] == ["654201001003"]


def test_a_street_account_may_send_every_community_and_a_bad_file_is_refused(settings):
    checked, report = send(settings, "两个社区.xlsx", workbook(["建设街社区", 12, 10], ["商业街社区", 9, 9]),
                           username="admin", role="admin", scope_code="654201")
    assert report is not None and report.values_loaded == 4
    refused, nothing = send(settings, "假表.xlsx", b"PK-not-a-workbook", **STAFF)
    assert refused.status == "refused" and nothing is None and "假表.xlsx" in refused.problems[0]


def test_the_board_shows_who_sent_on_time_late_or_not_at_all(settings, tmp_path):
    month = date.today().strftime("%Y-%m")            # sent now, for this month: before its due day
    checked, report = send(settings, "建设街.xlsx", workbook(["建设街社区", 12, 10], month=month), **STAFF)
    assert report.values_loaded == 2 and raw_count(settings) == 2
    late = tmp_path / "商业街.xlsx"
    late.write_bytes(workbook(["商业街社区", 9, 9], month=month))
    stamp = datetime.combine(due_date(month), datetime.min.time()).timestamp() + 86400 * 3   # after the due day
    os.utime(late, (stamp, stamp))
    ingest_paths(settings, [late])
    board = {item.community_code: item for item in progress_board(settings, "654201001", month)}
    assert len(board) == 7
    assert board[OWN].state == "已报送" and board[OWN].values == 2 and board[OWN].files == ("建设街.xlsx",)
    assert board["654201001003"].state == "逾期报送" and board["654201001003"].late
    assert board["654201001004"].state == "未报送"
    assert due_date("2025-12").isoformat() == "2026-01-10"
