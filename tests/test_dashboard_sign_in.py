"""Signing in (issue 6): the sign-in page, failures and throttling (tests/test_sign_in_throttle.py
has the rules), idle and absolute session expiry,
removed accounts, signing out, and OIDC (an e-mail address mapped to an account)."""

from __future__ import annotations

import time

import pytest

from dashboard import auth
from dashboard_apptest import (TEST_PASSWORD, add_account, fresh_app, open_page, rows,
                               sign_in_form, signed_in_app)
from dashboard_scope_checks import NAMES, OWN, leaks, rendered_text
from jiedao.accounts import REFUSED, Account, remove_user
from jiedao.audit import read_events
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401


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
    assert [e.value for e in app.error] == [REFUSED]
    app = sign_in_form(app, "nobody", "wrong-password")
    assert [e.value for e in app.error] == [REFUSED]  # the same words: no telling which names exist
    app = sign_in_form(app, "heping", TEST_PASSWORD)
    assert not app.exception
    assert app.title[0].value == "总览"  # the home page; its street table: 和平街道's 7
    assert [row["社区数"] for row in rows(app, "街道", "社区数")] == [7]
    events = read_events(Settings.from_env())
    assert [(e.action, e.username, e.role, e.scope_code) for e in events] == [
        ("sign_in_failed", "heping", "", ""), ("sign_in_failed", "nobody", "", ""),
        ("sign_in", "heping", "street_leader", "654201001")]
    assert events[0].detail == {"message": REFUSED, "reason": "wrong_password", "address": "本机"}
    assert events[1].detail["reason"] == "no_such_user"
    assert events[2].detail == {"method": "password", "address": "本机"}


def test_five_failures_hold_this_browser_with_the_same_message(warehouse_home):
    add_account("city", "654201", username="shiji")
    app = fresh_app()
    for _ in range(5):
        app = sign_in_form(app, "shiji", "wrong-password")
        assert [e.value for e in app.error] == [REFUSED]
    app = sign_in_form(app, "shiji", TEST_PASSWORD)  # the right password is refused meanwhile
    assert [e.value for e in app.error] == [REFUSED]
    assert app.title[0].value == "登录"
    events = read_events(Settings.from_env())
    assert [e.action for e in events] == ["sign_in_failed"] * 6
    assert [e.detail["reason"] for e in events] == ["wrong_password"] * 5 + ["held_pair"]


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
    assert app.title[0].value == "总览"


def test_expiry_limits_come_from_the_environment(warehouse_home, monkeypatch):
    monkeypatch.setenv("JIEDAO_SESSION_IDLE_MINUTES", "1")
    assert session_aged(idle_seconds=90, signed_in_seconds=90).title[0].value == "登录"
    monkeypatch.setenv("JIEDAO_SESSION_IDLE_MINUTES", "5")
    monkeypatch.setenv("JIEDAO_SESSION_MAX_HOURS", "0.01")  # 36 seconds
    assert session_aged(idle_seconds=10, signed_in_seconds=40).title[0].value == "登录"


def test_activity_keeps_a_session_alive(warehouse_home):
    app = session_aged(idle_seconds=29 * 60, signed_in_seconds=60 * 60)
    assert app.title[0].value == "总览"
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

    from dashboard_apptest import APP
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
