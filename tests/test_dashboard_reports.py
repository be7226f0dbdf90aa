"""报表 view: this month's calendar, a form filled for a street and period (preview and an audited
XLSX download); a street leader gets their own street only; community staff do not get the page."""

from __future__ import annotations

import io

import openpyxl
import pytest

from dashboard_apptest import open_page, rows
from jiedao.audit import read_events
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401


def test_a_form_is_previewed_for_the_street_and_period(warehouse_home):
    app = open_page("reports", role="street_leader", scope_code="654201001")
    assert not app.exception
    assert app.selectbox(key="reports_street").options == ["和平街道"]   # their own street only
    app.selectbox(key="reports_form").set_value("xinfang_monthly").run()
    app.selectbox(key="reports_period").set_value("2025-12").run()
    assert not app.exception
    preview = rows(app, "名称", "民情诉求受理数")
    communities = [row["名称"] for row in preview if row["名称"] != "合计"]
    assert len(communities) == 7 and "建设街社区居委会" in communities
    jianshe = next(row for row in preview if row["名称"] == "建设街社区居委会")
    assert jianshe["民情诉求受理数"] == "50.0"                            # the current version (45 → 50)
    assert preview[-1]["名称"] == "合计"


def test_the_download_is_the_departments_workbook_and_is_audited(warehouse_home):
    app = open_page("reports", role="city")
    app.selectbox(key="reports_form").set_value("jiuye_monthly").run()
    app.selectbox(key="reports_period").set_value("2025-12").run()
    button = app.get("download_button")[0]
    assert button.proto.label == "下载报表（XLSX）"
    from jiedao.reports.service import render_report
    data = render_report(Settings(home=warehouse_home), "jiuye_monthly", "2025-12",
                         app.selectbox(key="reports_street").value)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert "就业和再就业工作进度表" in book.worksheets[0]["A1"].value
    assert book["数据来源"].sheet_state == "hidden"
    assert [e for e in read_events(Settings(home=warehouse_home)) if e.action == "download"] == []  # not yet clicked


@pytest.mark.parametrize("role,scope", [("community_staff", "654201001001")])
def test_community_staff_do_not_get_street_forms(warehouse_home, role, scope):
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        open_page("reports", role=role, scope_code=scope)
