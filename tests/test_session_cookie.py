"""The signed session cookie: its secret in the data home, signing, expiry and tampering
(jiedao/session_cookie.py), and the dashboard resuming a session from it after F5 (an AppTest
with the cookie the browser would send)."""

from __future__ import annotations

import base64
import json
import stat
import time

import pytest

from jiedao import session_cookie
from jiedao.session_cookie import SessionClaims, sign, verify
from warehouse_fixture import warehouse_home  # noqa: F401

IDLE, MAX = 30 * 60.0, 8 * 3600.0
NOW = 1_800_000_000.0
CLAIMS = SessionClaims("heping", "street_leader", "654201001", NOW - 3600, NOW - 60)
SECRET = b"k" * 32


def check(token: object, now: float = NOW, secret: bytes = SECRET) -> SessionClaims | None:
    return verify(token, secret, now=now, idle_seconds=IDLE, max_seconds=MAX)


def test_secret_is_created_once_with_mode_600(tmp_path):
    path = tmp_path / "home" / "session_secret"
    first = session_cookie.load_secret(path)
    assert len(first) == 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_cookie.load_secret(path) == first


def test_a_signed_token_round_trips():
    assert check(sign(CLAIMS, SECRET)) == CLAIMS


def test_idle_and_absolute_expiry():
    token = sign(CLAIMS, SECRET)
    assert check(token, now=CLAIMS.last_seen + IDLE - 1) == CLAIMS
    assert check(token, now=CLAIMS.last_seen + IDLE + 1) is None
    busy = SessionClaims("heping", "street_leader", "654201001", NOW - MAX + 10, NOW)
    assert check(sign(busy, SECRET)) == busy
    assert check(sign(busy, SECRET), now=NOW + 11) is None  # 8 hours after signing in


def test_tampered_forged_or_malformed_tokens_are_refused():
    token = sign(CLAIMS, SECRET)
    payload, signature = token.split(".")
    fields = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    fields["scope_code"] = "654201"  # widen the scope, keep the signature
    widened = base64.urlsafe_b64encode(json.dumps(fields).encode()).rstrip(b"=").decode()
    assert check(f"{widened}.{signature}") is None
    assert check(token, secret=b"x" * 32) is None  # signed with another home's key
    future = SessionClaims("heping", "street_leader", "654201001", NOW + 3600, NOW + 3600)
    assert check(sign(future, SECRET)) is None
    for junk in (None, "", "abc", "a.b.c", token + "x", "." + signature, 42):
        assert check(junk) is None


def test_cookie_header_sets_and_clears():
    header = session_cookie.cookie_header("tok.sig", max_age=120.7, secure=True)
    assert header == "jiedao_session=tok.sig; Path=/; Max-Age=120; SameSite=Strict; Secure"
    assert session_cookie.cookie_header(None, max_age=0, secure=False) == (
        "jiedao_session=; Path=/; Max-Age=0; SameSite=Strict")


# ---- the dashboard resumes from the cookie (what F5 sends) -----------------------------------

@pytest.fixture
def browser_cookies(monkeypatch):
    """The cookies st.context.cookies reports, as a browser would send them on a reload."""
    from streamlit.runtime.context import ContextProxy

    jar: dict[str, str] = {}
    monkeypatch.setattr(ContextProxy, "cookies", property(lambda self: jar))
    return jar


def token_for(username: str, role: str, scope: str, signed_in_ago: float = 600) -> str:
    from jiedao.settings import Settings

    now = time.time()
    secret = session_cookie.load_secret(Settings.from_env().session_secret_file)
    return sign(SessionClaims(username, role, scope, now - signed_in_ago, now - 60), secret)


def test_a_reload_with_the_cookie_stays_signed_in(warehouse_home, browser_cookies):
    from dashboard_apptest import add_account, fresh_app
    from jiedao.audit import read_events
    from jiedao.settings import Settings

    name = add_account("street_leader", "654201001")
    browser_cookies["jiedao_session"] = token_for(name, "street_leader", "654201001")
    app = fresh_app()
    assert not app.exception
    assert app.title[0].value != "登录"
    session = app.session_state["session"]
    assert (session.username, session.scope_code) == (name, "654201001")
    assert time.time() - session.signed_in_at > 590  # the limit still counts from sign-in
    assert [(e.action, e.detail) for e in read_events(Settings.from_env())] == [
        ("sign_in", {"method": "cookie"})]

    app.sidebar.button(key="sign_out").click().run()  # the page still has the old cookie
    assert app.title[0].value == "登录"
    app.run()
    assert app.title[0].value == "登录"


@pytest.mark.parametrize("case", ["tampered", "changed_role", "expired", "unknown_user"])
def test_a_bad_cookie_leaves_the_visitor_signed_out(warehouse_home, browser_cookies, case):
    from dashboard_apptest import add_account, fresh_app

    name = add_account("street_leader", "654201001")
    token = {
        "tampered": token_for(name, "city", "654201")[:-2] + "AA",
        "changed_role": token_for(name, "city", "654201"),  # genuine, but not the account's
        "expired": token_for(name, "street_leader", "654201001", signed_in_ago=9 * 3600),
        "unknown_user": token_for("nobody", "street_leader", "654201001"),
    }[case]
    browser_cookies["jiedao_session"] = token
    app = fresh_app()
    assert app.title[0].value == "登录"
    assert "session" not in app.session_state
