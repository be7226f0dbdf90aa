"""Staying signed in across F5: the signed session cookie, read on a new Streamlit session and
written (or cleared) in the browser.

A reload starts a new Streamlit session with empty state; the browser still sends the
``jiedao_session`` cookie (jiedao/session_cookie.py: HMAC-signed with the data home's secret,
valid only within the idle and absolute limits of dashboard/auth.py), and ``st.context.cookies``
reads it. If it is genuine, unexpired and its account still has the same role and scope, the
session resumes where it was (same sign-in time, so the absolute limit still counts from the
real sign-in).

Streamlit has no server-side way for a page to set a cookie, so it is written by a tiny inline
``st.components.v2`` component (``document.cookie``; no file or script is downloaded). Such a
cookie cannot be HttpOnly; it is SameSite=Strict, Secure over https, and useless once expired
or altered. Signing out clears it, and a session that signed out never resumes from the cookie
its page was opened with.
"""

from __future__ import annotations

import time

import streamlit as st

from dashboard import auth, data
from jiedao import session_cookie
from jiedao.accounts import load_accounts

REFRESH_SECONDS = 60.0  # the cookie's last activity is renewed at most once a minute
WRITTEN_KEY = "session_cookie_written_at"

_WRITER_JS = """
export default function(component) {
    const { data } = component;
    if (data && typeof data.cookie === "string") {
        document.cookie = data.cookie;
    }
}
"""
_writer = st.components.v2.component("jiedao.session_cookie", js=_WRITER_JS)


def _secret() -> bytes:
    return session_cookie.load_secret(data.settings().session_secret_file)


def _secure() -> bool:
    try:
        return str(st.context.url or "").startswith("https://")
    except (AttributeError, RuntimeError):
        return False


def _write(cookie: str) -> None:
    with st.sidebar:
        _writer(data={"cookie": cookie}, key="session_cookie_writer")


def restore(now: float | None = None) -> auth.Session | None:
    """The session the browser's cookie vouches for (started and audited), or None."""
    if st.session_state.get(auth.COOKIE_REVOKED_KEY):
        return None
    try:
        token = st.context.cookies.get(session_cookie.COOKIE_NAME)
    except (AttributeError, RuntimeError):
        return None
    if not token:
        return None
    moment = time.time() if now is None else now
    claims = session_cookie.verify(token, _secret(), now=moment, idle_seconds=auth.idle_seconds(),
                                   max_seconds=auth.max_seconds())
    if claims is None:
        return None
    account = load_accounts(data.settings()).get(claims.username)
    if account is None or (account.role, account.scope_code) != (claims.role, claims.scope_code):
        return None
    session = auth.Session(claims.username, claims.role, claims.scope_code, claims.signed_in_at,
                           moment)
    st.session_state[auth.SESSION_KEY] = session
    st.session_state["viewer_scope"] = session.scope
    auth.record_for(session, "sign_in", {"method": "cookie"})
    return session


def remember(session: auth.Session, now: float | None = None) -> None:
    """Write (or renew) the cookie for the signed-in session, at most once a minute."""
    moment = time.time() if now is None else now
    written = st.session_state.get(WRITTEN_KEY)
    if isinstance(written, float) and moment - written < REFRESH_SECONDS:
        return
    claims = session_cookie.SessionClaims(session.username, session.role, session.scope_code,
                                          session.signed_in_at, moment)
    lifetime = claims.expires_at(auth.idle_seconds(), auth.max_seconds()) - moment
    _write(session_cookie.cookie_header(session_cookie.sign(claims, _secret()),
                                        max_age=lifetime, secure=_secure()))
    st.session_state[WRITTEN_KEY] = moment


def forget_if_signed_out() -> None:
    """After signing out (or expiry), delete the cookie in the browser."""
    if st.session_state.pop(auth.COOKIE_CLEAR_KEY, False):
        _write(session_cookie.cookie_header(None, max_age=0, secure=_secure()))
