"""Sign-in, role scopes, session expiry and the audit trail (issue 6), on the fixture warehouse.

The scope is enforced in data.py's SQL; these tests check it both there (every function, called
with a community scope) and in what each page renders for a 社区工作人员 or a 街道领导.
"""

from __future__ import annotations

import csv
import io
import json
import time

import openpyxl
import pandas as pd
import pytest
from google.protobuf.json_format import MessageToJson

from dashboard import auth, data, downloads, templates
from dashboard.formatting import escape_markdown
from jiedao.accounts import Account, remove_user
from jiedao.audit import read_events
from jiedao.settings import Settings
from warehouse_fixture import (SEEDS, TEST_PASSWORD, add_account, empty_home, open_page,  # noqa: F401
                               rows, signed_in_app, warehouse_home)

OWN = "654201002002"  # 公园街社区居委会, 杜别克街道: has an anomaly finding; its street's file a problem
with open(SEEDS / "registry_communities.csv", encoding="utf-8") as handle:
    REGISTRY = list(csv.DictReader(handle))
NAMES = {row["community_code"]: row["community_name"] for row in REGISTRY}
STREET_OF = {row["community_code"]: row["street_code"] for row in REGISTRY}
OTHERS = {code: name for code, name in NAMES.items() if code != OWN}
VIEWS = ("ranking", "gaps", "profile", "compare", "export", "quality", "catalogue")


def leaks(text: str, forbidden: dict[str, str]) -> list[str]:
    """The forbidden community codes or names that occur in the text."""
    return sorted(word for code, name in forbidden.items() for word in (code, name)
                  if word in text)


def frame_text(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False) + " ".join(map(str, frame.columns))


def rendered_text(app) -> str:
    """Every string the page sent to the browser: element protos (labels, options, values),
    table cells and chart specs."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            walk(child)
        proto = getattr(node, "proto", None)
        if getattr(node, "type", None) == "dataframe":
            parts.append(frame_text(node.value))
        elif getattr(node, "type", None) == "plotly_chart":
            parts.append(json.dumps(json.loads(proto.spec), ensure_ascii=False))
        elif proto is not None and not isinstance(proto, (str, bytes)):
            try:
                parts.append(MessageToJson(proto, ensure_ascii=False))
            except TypeError:  # not a protobuf message (a block's wrapper)
                parts.append(str(proto))

    walk(app._tree)
    return "\n".join(parts)


# ---- the data layer ---------------------------------------------------------------------------

def data_layer_frames(scope: data.Scope, other: str) -> dict[str, pd.DataFrame]:
    """Every data.py function that returns rows, called with `scope`; `other` is a community
    outside it, passed wherever a function takes a community code."""
    return {
        "streets": data.streets(scope),
        "communities": data.communities(scope),
        "peer_groups": pd.DataFrame({"g": list(data.peer_groups(scope))}),
        "scores_target": data.scores(scope, "month", "2025-12", "target_ratio"),
        "scores_composite": data.scores(scope, "quarter", "2025-Q4", "composite"),
        "scores_peer": data.scores(scope, "month", "2025-12", "composite", "large"),
        "score_contributions": data.score_contributions(scope, "month", "2025-12", "composite"),
        "score_drivers": data.score_drivers(scope, "month", "2025-12", "composite"),
        "petition_ranking": data.petition_ranking(scope, "2025-12"),
        "petition_history_other": data.petition_history(scope, other),
        "target_gaps": data.target_gaps(scope, "month", "2025-12"),
        "community_values": data.community_values(scope, "month", "2025-12"),
        "street_aggregates": data.street_aggregates(scope, "month", "2025-12"),
        "missing_reports": data.missing_reports(scope, "month", "2025-11"),
        "community_profile_other": data.community_profile(scope, other, "month", "2025-12")[
            ["value", "peer_median", "target_value"]].dropna(how="all"),
        "indicator_trend_other": data.indicator_trend(scope, other, "petitions_received"),
        "lineage_other": data.lineage(scope, other, ("2025-12",), "petitions_received"),
        "submission_matrix": data.submission_matrix(scope),
        "quality_findings": data.quality_findings(scope),
        "ingest_problems": data.ingest_problems(scope),
        "standardized_indicators": data.standardized_indicators(scope),
        "score_table": data.score_table(scope, "month"),
        "weights": data.weights(scope, "month", "2025-12"),
    }


def test_every_data_function_keeps_community_staff_to_their_community(warehouse_home):
    scope = auth.scope_of("community_staff", OWN)
    frames = data_layer_frames(scope, "654201001001")
    for name, frame in frames.items():
        assert leaks(frame_text(frame), OTHERS) == [], name
    assert set(frames["communities"]["community_code"]) == {OWN}
    assert frames["petition_ranking"][["community_name", "rank_in_city"]].values.tolist() == [
        ["公园街社区居委会", 13]]
    assert set(frames["standardized_indicators"]["community_code"]) == {OWN}
    assert frames["street_aggregates"]["street_code"].unique().tolist() == ["654201002"]
    for name in ("petition_history_other", "community_profile_other", "indicator_trend_other",
                 "lineage_other", "ingest_problems"):  # the street's file names others too
        assert frames[name].empty, name
    assert frames["quality_findings"]["rule_code"].size == 1
    assert data.periods(scope, "month") == ["2025-12", "2025-11", "2025-10"]


def test_a_community_or_street_choice_can_only_narrow(warehouse_home):
    own = auth.scope_of("community_staff", OWN)
    assert data.within(own, "654201001001") == own
    assert data.narrow(own, "654201001") == own
    street = auth.scope_of("street_leader", "654201001")
    assert data.within(street, "654201002002") == street
    assert data.within(street, "654201001003") == data.Scope("community", "654201001003")
    assert data.narrow(street, "654201002") == street
    city = auth.scope_of("city", "654201")
    assert data.narrow(city, "654201002") == data.Scope("street", "654201002")
    assert data.narrow(city, "999999999") == city  # not a street of this city


def test_street_roles_see_only_their_street(warehouse_home):
    scope = auth.scope_of("planner", "654201001")
    others = {code: name for code, name in NAMES.items() if STREET_OF[code] != "654201001"}
    for name, frame in data_layer_frames(scope, "654201002002").items():
        assert leaks(frame_text(frame), others) == [], name
    assert len(data.communities(scope)) == 7


def test_roles_map_to_scopes():
    assert auth.scope_of("city", "654201") == data.Scope("city", "654201")
    assert auth.scope_of("admin", "654201") == data.Scope("city", "654201")
    assert auth.scope_of("street_leader", "654201001") == data.Scope("street", "654201001")
    assert auth.scope_of("planner", "654201002") == data.Scope("street", "654201002")
    assert auth.scope_of("community_staff", OWN) == data.Scope("community", OWN)


def test_a_city_account_of_another_city_sees_nothing(warehouse_home):
    assert data.communities(data.Scope("city", "110101")).empty


# ---- pages as community staff and street roles ------------------------------------------------

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


# ---- sign-in, lockout, expiry ------------------------------------------------------------------

def sign_in_form(app, username: str, password: str):
    app.text_input(key="sign_in_username").input(username)
    app.text_input(key="sign_in_password").input(password)
    return app.button[0].click().run()


def fresh_app():
    from streamlit.testing.v1 import AppTest

    from warehouse_fixture import APP
    return AppTest.from_file(str(APP), default_timeout=30).run()


def test_signed_out_visitor_sees_only_the_sign_in_page(warehouse_home):
    app = fresh_app()
    assert not app.exception
    assert [t.value for t in app.title] == ["登录"]
    assert [t.label for t in app.text_input] == ["用户名", "密码"]
    assert not app.dataframe and not app.get("plotly_chart") and not app.sidebar.get("text")
    assert leaks(rendered_text(app), NAMES) == []
    with pytest.raises(ValueError, match=r"Known pages: \['.*sign_in.py'\]"):
        app.switch_page("views/ranking.py")


def test_sign_in_failure_then_success_is_audited(warehouse_home):
    add_account("street_leader", "654201001", username="heping")
    app = sign_in_form(fresh_app(), "heping", "wrong-password")
    assert [e.value for e in app.error] == ["用户名或密码错误"]
    app = sign_in_form(app, "nobody", "wrong-password")
    assert [e.value for e in app.error] == ["用户名或密码错误"]
    app = sign_in_form(app, "heping", TEST_PASSWORD)
    assert not app.exception
    assert app.title[0].value == "排名"
    assert len(rows(app, "名次", "得分")) == 7
    events = read_events(Settings.from_env())
    assert [(e.action, e.username, e.role, e.scope_code) for e in events] == [
        ("sign_in_failed", "heping", "", ""), ("sign_in_failed", "nobody", "", ""),
        ("sign_in", "heping", "street_leader", "654201001")]
    assert events[0].detail == {"message": "用户名或密码错误"}


def test_lockout_after_five_failures(warehouse_home):
    add_account("city", "654201", username="shiji")
    app = fresh_app()
    for _ in range(4):
        app = sign_in_form(app, "shiji", "wrong-password")
        assert [e.value for e in app.error] == ["用户名或密码错误"]
    app = sign_in_form(app, "shiji", "wrong-password")
    assert [e.value for e in app.error] == ["连续登录失败次数过多，账号已锁定 15 分钟"]
    app = sign_in_form(app, "shiji", TEST_PASSWORD)  # the right password is refused meanwhile
    assert [e.value for e in app.error] == ["连续登录失败次数过多，账号已锁定，请 15 分钟后再试"]
    assert app.title[0].value == "登录"
    actions = [e.action for e in read_events(Settings.from_env())]
    assert actions == ["sign_in_failed"] * 6


def session_aged(idle_seconds: float, signed_in_seconds: float):
    app = signed_in_app("city", "654201")
    now = time.time()
    app.session_state["session"] = auth.Session("city_654201", "city", "654201",
                                                now - signed_in_seconds, now - idle_seconds)
    return app.run()


def test_idle_session_expires_to_the_sign_in_page(warehouse_home):
    app = session_aged(idle_seconds=31 * 60, signed_in_seconds=40 * 60)
    assert app.title[0].value == "登录"
    assert [w.value for w in app.warning] == [auth.IDLE_EXPIRED]
    (event,) = read_events(Settings.from_env())
    assert (event.action, event.username, event.detail) == (
        "sign_out", "city_654201", {"reason": auth.IDLE_EXPIRED})


def test_absolute_session_limit(warehouse_home):
    app = session_aged(idle_seconds=60, signed_in_seconds=8 * 3600 + 60)
    assert app.title[0].value == "登录"
    assert [w.value for w in app.warning] == [auth.MAX_EXPIRED]
    app = session_aged(idle_seconds=60, signed_in_seconds=7 * 3600)
    assert app.title[0].value == "排名"


def test_expiry_limits_come_from_the_environment(warehouse_home, monkeypatch):
    monkeypatch.setenv("JIEDAO_SESSION_IDLE_MINUTES", "1")
    assert session_aged(idle_seconds=90, signed_in_seconds=90).title[0].value == "登录"
    monkeypatch.setenv("JIEDAO_SESSION_IDLE_MINUTES", "5")
    monkeypatch.setenv("JIEDAO_SESSION_MAX_HOURS", "0.01")  # 36 seconds
    assert session_aged(idle_seconds=10, signed_in_seconds=40).title[0].value == "登录"


def test_activity_keeps_a_session_alive(warehouse_home):
    app = session_aged(idle_seconds=29 * 60, signed_in_seconds=60 * 60)
    assert app.title[0].value == "排名"
    assert time.time() - app.session_state["session"].last_seen < 60


def test_removed_account_is_signed_out(warehouse_home):
    app = open_page("ranking")
    remove_user(Settings.from_env(), "city_654201")
    app.run()
    assert app.title[0].value == "登录"
    assert [w.value for w in app.warning] == [auth.ACCOUNT_CHANGED]


def test_sign_out_button(warehouse_home):
    app = open_page("gaps", role="community_staff", scope_code=OWN)
    app.sidebar.button(key="sign_out").click().run()
    assert app.title[0].value == "登录"
    assert [w.value for w in app.warning] == ["您已退出登录。"]
    assert "session" not in app.session_state
    (event,) = read_events(Settings.from_env())
    assert (event.action, event.username, event.detail) == (
        "sign_out", f"community_staff_{OWN}", {"reason": "user"})


# ---- OIDC mapping --------------------------------------------------------------------------

def account(name: str, role: str = "city", scope: str = "654201") -> Account:
    return Account(name, role, scope, "hash", 0.0)


def test_oidc_email_maps_to_an_account_or_is_refused():
    accounts = {"li.hua@tacheng.gov.cn": account("li.hua@tacheng.gov.cn", "street_leader",
                                                   "654201001"),
                "admin": account("admin", "admin")}
    assert auth.account_for_email(accounts, "Li.Hua@TaCheng.gov.cn ").role == "street_leader"
    assert auth.account_for_email(accounts, "wang@tacheng.gov.cn") is None
    assert auth.account_for_email(accounts, "admin") is None  # a name that is not an address
    assert auth.account_for_email(accounts, None) is None


def test_oidc_mode_offers_the_provider_button(warehouse_home, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from warehouse_fixture import APP
    monkeypatch.setenv("JIEDAO_AUTH", "oidc")
    app = fresh_app()
    assert [e.value for e in app.error] == [
        "已设置 JIEDAO_AUTH=oidc，但 .streamlit/secrets.toml 中没有 [auth] 配置。"]
    app = AppTest.from_file(str(APP), default_timeout=30)
    app.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback",
                           "cookie_secret": "x" * 32, "client_id": "jiedao",
                           "client_secret": "s", "server_metadata_url":
                           "https://id.example.org/.well-known/openid-configuration"}
    app.run()
    assert [b.label for b in app.button] == ["使用单位统一身份认证登录"]
    assert not app.text_input


# ---- audit trail ---------------------------------------------------------------------------

def test_downloads_and_templates_are_audited_when_built(warehouse_home):
    session = auth.Session("jianshe", "community_staff", OWN, 0.0, 0.0)
    frame = data.standardized_indicators(session.scope, ("2025-12",))
    build = downloads.audited(lambda: downloads.to_csv_bytes(frame), session, "download",
                              {"table": "indicators", "period": "2025-12", "rows": len(frame)})
    assert read_events(Settings.from_env()) == []  # nothing until the file is built
    payload = build()
    settings = Settings.from_env()
    template = downloads.audited(
        lambda: templates.template_bytes(settings, session.scope, "654201002", "2026-01"),
        session, "template", {"street": "654201002", "month": "2026-01"})()
    assert template.startswith(b"PK")
    download, made = read_events(settings)
    assert (download.action, download.username, download.role, download.scope_code) == (
        "download", "jianshe", "community_staff", OWN)
    assert download.detail == {"table": "indicators", "period": "2025-12", "rows": 8,
                               "bytes": len(payload)}
    assert (made.action, made.detail["street"], made.detail["month"]) == (
        "template", "654201002", "2026-01")


def test_admin_sees_filters_and_exports_the_audit_trail(warehouse_home):
    add_account("city", "654201", username="shiji")
    sign_in_form(fresh_app(), "shiji", "wrong-password")
    sign_in_form(fresh_app(), "shiji", TEST_PASSWORD)
    app = open_page("audit", role="admin")
    table = rows(app, "时间", "详情")
    assert [(r["操作"], r["用户"], r["角色"]) for r in table] == [
        ("登录", "shiji", "市级"), ("登录失败", "shiji", "")]
    app.selectbox(key="audit_action").set_value("sign_in_failed").run()
    assert [r["详情"] for r in rows(app, "时间", "详情")] == ['{"message": "用户名或密码错误"}']
    assert app.get("download_button")[0].label == "导出审计日志 CSV"
    exported = downloads.to_csv_bytes(app.dataframe[0].value).decode("utf-8-sig").splitlines()
    assert exported[0] == "时间,操作,用户,角色,范围,详情"
    assert exported[1].endswith(',登录失败,shiji,,,"{""message"": ""用户名或密码错误""}"')


# ---- untrusted text ---------------------------------------------------------------------------

def test_names_from_spreadsheets_are_never_rendered_as_markdown(warehouse_home):
    import duckdb
    hostile = "**粗体** [链接](http://x) :red[红] <b>x</b>"
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb")) as con:
        for table in ("dim_community", "mart_scores", "mart_petition_ranking"):
            con.execute(f"update {table} set community_name = ? where community_code = ?",
                        [hostile, OWN])
    app = open_page("profile", role="community_staff", scope_code=OWN)
    assert app.subheader[0].value == escape_markdown(f"{hostile} · 2025年12月")
    assert app.subheader[0].value.startswith(r"\*\*粗体\*\* \[链接\]\(http\:")
    app = open_page("ranking", role="community_staff", scope_code=OWN)
    bars = json.loads(app.get("plotly_chart")[1].proto.spec)["data"][0]
    assert bars["y"] == ["**粗体** [链接](http://x) :red[红] &lt;b&gt;x&lt;/b&gt;"]
