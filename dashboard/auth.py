"""Who is signed in: sessions that expire, the scope each role may see, and the audit trail.

Accounts live in the data home (ingest/accounts.py); this module only keeps the signed-in
account in the Streamlit session and checks on every rerun that it is still valid: not idle too
long, not signed in too long, and still present in accounts.json with the same role and scope.
With JIEDAO_AUTH=oidc an organisation's identity provider signs people in (st.login) and the
e-mail address it reports is mapped to an account here, which gives the role and scope.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from typing import Mapping

import streamlit as st

from dashboard import data, media_files
from jiedao import audit
from jiedao.accounts import ROLES, Account, load_accounts

SESSION_KEY = "session"
NOTICE_KEY = "sign_in_notice"
# Set when a session ends: the session-cookie the page was opened with must not sign it in again,
# and the browser's cookie is to be cleared (dashboard/remembered_session.py).
COOKIE_REVOKED_KEY = "session_cookie_revoked"
COOKIE_CLEAR_KEY = "session_cookie_clear"
DEFAULT_IDLE_MINUTES = 30.0
DEFAULT_MAX_HOURS = 8.0
ROLE_LEVELS = {"city": "city", "admin": "city", "street_leader": "street", "planner": "street",
               "community_staff": "community"}
IDLE_EXPIRED = "长时间未操作，登录已过期，请重新登录。"
MAX_EXPIRED = "登录时间已超过上限，请重新登录。"
ACCOUNT_CHANGED = "账号已被管理员停用或修改，请重新登录。"


@dataclass(frozen=True)
class Session:
    username: str
    role: str
    scope_code: str
    signed_in_at: float
    last_seen: float

    @property
    def role_name(self) -> str:
        return ROLES[self.role]

    @property
    def scope(self) -> data.Scope:
        return scope_of(self.role, self.scope_code)


def scope_of(role: str, scope_code: str) -> data.Scope:
    """城市/管理员 see the city, street roles their street, community staff their community."""
    return data.Scope(ROLE_LEVELS[role], scope_code)  # type: ignore[arg-type]


def idle_seconds() -> float:
    return float(os.environ.get("JIEDAO_SESSION_IDLE_MINUTES", DEFAULT_IDLE_MINUTES)) * 60


def max_seconds() -> float:
    return float(os.environ.get("JIEDAO_SESSION_MAX_HOURS", DEFAULT_MAX_HOURS)) * 3600


def expiry_reason(session: Session, now: float) -> str | None:
    """Why a session is no longer valid at `now`, or None while it is."""
    if now - session.signed_in_at > max_seconds():
        return MAX_EXPIRED
    if now - session.last_seen > idle_seconds():
        return IDLE_EXPIRED
    return None


def oidc_enabled() -> bool:
    return os.environ.get("JIEDAO_AUTH", "").strip().lower() == "oidc"


def oidc_configured() -> bool:
    """Whether .streamlit/secrets.toml has the [auth] section st.login needs."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, KeyError, st.errors.StreamlitSecretNotFoundError):
        return False


def account_for_email(accounts: Mapping[str, Account], email: object) -> Account | None:
    """The account whose username is the provider's e-mail (case-insensitive); None if unknown.

    The provider proves who someone is; only the administrator's accounts file says what they
    may see, so an address without an account is refused rather than given a default role.
    """
    if not isinstance(email, str) or "@" not in email:
        return None
    wanted = email.strip().casefold()
    matches = [account for name, account in accounts.items() if name.casefold() == wanted]
    return matches[0] if len(matches) == 1 else None


def start_session(account: Account, now: float | None = None) -> Session:
    moment = time.time() if now is None else now
    session = Session(account.username, account.role, account.scope_code, moment, moment)
    st.session_state[SESSION_KEY] = session
    st.session_state["viewer_scope"] = session.scope
    return session


def end_session(notice: str | None = None) -> None:
    """Forget the signed-in account, every choice made under it and the files it downloaded
    (their /media/… addresses stop answering: dashboard/media_files.py)."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    media_files.forget_unreferenced_downloads()
    st.session_state[COOKIE_REVOKED_KEY] = st.session_state[COOKIE_CLEAR_KEY] = True
    if notice:
        st.session_state[NOTICE_KEY] = notice


def current_session(now: float | None = None) -> Session | None:
    """The valid session, its last activity moved to now; an expired one is ended with a notice."""
    session = st.session_state.get(SESSION_KEY)
    if not isinstance(session, Session):
        return None
    moment = time.time() if now is None else now
    reason = expiry_reason(session, moment)
    if reason is None:
        account = load_accounts(data.settings()).get(session.username)
        if account is None or (account.role, account.scope_code) != (session.role,
                                                                     session.scope_code):
            reason = ACCOUNT_CHANGED
    if reason is not None:
        record_for(session, "sign_out", {"reason": reason})
        end_session(reason)
        return None
    session = replace(session, last_seen=moment)
    st.session_state[SESSION_KEY] = session
    st.session_state["viewer_scope"] = session.scope  # the scope always follows the account
    return session


def require_session() -> Session:
    """The signed-in session, or stop the page (a page run without one shows nothing)."""
    session = st.session_state.get(SESSION_KEY)
    if not isinstance(session, Session):
        st.error("请先登录。")
        st.stop()
    return session


def require_role(*roles: str) -> Session:
    session = require_session()
    if session.role not in roles:
        st.error("当前账号无权查看本页。")
        st.stop()
    return session


def record_for(session: Session, action: str, detail: dict) -> None:
    audit.record(data.settings(), audit.AuditEvent(action, session.username, session.role,
                                                   session.scope_code, detail))


def record(action: str, detail: dict) -> None:
    """Append an event for the signed-in user to the audit trail."""
    record_for(require_session(), action, detail)


def record_anonymous(action: str, username: str, detail: dict) -> None:
    """Failed sign-ins: the name typed, no role or scope."""
    audit.record(data.settings(), audit.AuditEvent(action, username, "", "", detail))
