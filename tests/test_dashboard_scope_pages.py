"""Role scopes on the pages (issue 6): what each page renders for a 社区工作人员 or a 街道领导 —
never another community or street, whatever the URL says — and which pages each role has."""

from __future__ import annotations

import io

import openpyxl
import pytest

from dashboard import auth, templates
from dashboard_apptest import open_page, rows, signed_in_app
from dashboard_scope_checks import NAMES, OTHERS, OWN, STREET_OF, VIEWS, leaks, rendered_text
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401


@pytest.mark.parametrize("view", VIEWS)
def test_community_staff_never_see_another_community_on_any_page(warehouse_home, view):
    app = open_page(view, role="community_staff", scope_code=OWN)
    assert not app.exception
    text = rendered_text(app)
    assert "公园街社区居委会" in text
    assert leaks(text, OTHERS) == []


@pytest.mark.parametrize("view", ("ranking", "profile", "export", "quality"))
def test_url_parameters_cannot_widen_a_community_scope(warehouse_home, view):
    app = open_page(view, role="community_staff", scope_code=OWN,
                    query_params={"community": "654201001001", "street": "654201001"})
    assert not app.exception
    assert leaks(rendered_text(app), OTHERS) == []


def test_community_staff_league_tables_show_their_own_row_with_its_rank(warehouse_home):
    app = open_page("ranking", role="community_staff", scope_code=OWN)
    assert [(m.label, m.value) for m in app.metric] == [
        ("2025年12月目标达成率全市名次", "第13名"), ("2025年12月诉求办结率全市名次", "第13名")]
    assert [row["社区"] for row in rows(app, "名次", "得分")] == ["公园街社区居委会"]
    assert rows(app, "办结率", "街道内名次") == [
        {"社区": "公园街社区居委会", "街道": "杜别克街道", "受理数": "48", "办结数": "42",
         "办结率": "87.5%", "街道内名次": 4, "全市名次": 13}]  # 杜别克 96.4, 光明 92.9, 林南 90.6


def test_community_staff_compare_with_their_street_total(warehouse_home):
    app = open_page("compare", role="community_staff", scope_code=OWN)
    table = {row["指标"]: row for row in rows(app, "指标", "街道合计")}
    # 杜别克街道 December: 307 received (55+48+36+32+28+44+38+26)
    assert table["民情诉求受理数"] == {"指标": "民情诉求受理数", "公园街社区居委会": "48 件",
                                "街道合计": "307 件"}
    assert not app.get("plotly_chart")


def test_community_staff_template_holds_only_their_community(warehouse_home):
    settings = Settings.from_env()
    payload = templates.template_bytes(settings, auth.scope_of("community_staff", OWN),
                                       "654201002", "2026-01")
    sheet = openpyxl.load_workbook(io.BytesIO(payload)).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert sheet["A1"].value == "杜别克街道2026年1月社区工作月报表"
    assert sheet["B3"].value == OWN and sheet["C3"].value == "公园街社区居委会"
    assert sheet["A5"].value == "填表人："
    assert leaks(" ".join(cells), OTHERS) == []
    street = templates.template_bytes(settings, auth.scope_of("planner", "654201002"),
                                      "654201002", "2026-01")
    assert openpyxl.load_workbook(io.BytesIO(street)).active["B10"].value == "654201002009"
    with pytest.raises(ValueError, match="当前账号范围内没有街道"):
        templates.template_bytes(settings, auth.scope_of("community_staff", OWN),
                                 "654201001", "2026-01")


def test_street_leader_of_heping_never_sees_other_streets(warehouse_home):
    others = {code: name for code, name in NAMES.items() if STREET_OF[code] != "654201001"}
    for view in VIEWS:
        app = open_page(view, role="street_leader", scope_code="654201001",
                        query_params={"street": "654201002", "community": "654201002002"})
        assert not app.exception, view
        assert leaks(rendered_text(app), others) == [], view
        assert "杜别克街道" not in rendered_text(app), view
    assert app.sidebar.get("selectbox") and not any(
        box.key == "street" for box in app.sidebar.selectbox)


def test_city_url_street_parameter_narrows(warehouse_home):
    app = open_page("ranking", query_params={"street": "654201003"})
    assert len(rows(app, "名次", "得分")) == 6


def test_only_the_admin_has_upload_and_audit_pages(warehouse_home):
    for role, code in (("city", "654201"), ("street_leader", "654201001"),
                       ("community_staff", OWN)):
        app = signed_in_app(role, code).run()
        for page in ("upload", "audit"):
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                app.switch_page(f"views/{page}.py")
    app = open_page("audit", role="admin")
    assert not app.exception
    assert app.title[0].value == "审计日志"


def test_sidebar_shows_user_role_and_scope_name(warehouse_home):
    app = open_page("ranking", role="community_staff", scope_code=OWN)
    assert app.sidebar.text[0].value == f"community_staff_{OWN}｜社区工作人员\n公园街社区居委会"
    assert app.sidebar.button(key="sign_out").label == "退出登录"
