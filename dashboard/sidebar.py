"""Sidebar filters shared by every view, kept across page switches, and the page frame.

Streamlit forgets a widget's value when a page without it runs, so each choice is also kept
under a plain session key and handed back to the widget when the next page draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import streamlit as st

from dashboard import auth, data
from dashboard.formatting import escape_markdown, format_period

ALL_STREETS = "全市"


@dataclass(frozen=True)
class Filters:
    grain: str
    period: str | None
    street_code: str | None
    scope: data.Scope


def viewer_scope() -> data.Scope:
    """What the signed-in viewer may see: always the account's scope, never a widget's."""
    return auth.require_session().scope


def account_box(session: auth.Session) -> None:
    """Who is signed in (as plain text: names come from the registry) and the sign-out button."""
    try:
        scope_name = data.scope_name(session.scope)
    except data.WarehouseUnavailable:
        scope_name = session.scope_code
    st.sidebar.text(f"{session.username}｜{session.role_name}\n{scope_name}")
    st.sidebar.button("退出登录", key="sign_out", icon=":material/logout:", on_click=sign_out)


def sign_out() -> None:
    session = st.session_state.get(auth.SESSION_KEY)
    if isinstance(session, auth.Session):
        auth.record_for(session, "sign_out", {"reason": "user"})
    auth.end_session("您已退出登录。")


def query_choice(name: str, options: Sequence[str]) -> str | None:
    """A value from the URL (?street=…, ?community=…) when it is one of the allowed options.

    The options already come from the viewer's scope, so a URL can narrow what is shown but never
    reach outside it.
    """
    value = st.query_params.get(name)
    return value if value in options else None


def kept_choice(label: str, options: Sequence[str], key: str,
                format_func: Callable[[str], str] = str, *, radio: bool = False) -> str | None:
    """A sidebar selectbox (or radio) whose value survives switching pages."""
    if not options:
        return None
    kept = f"kept_{key}"
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    if key not in st.session_state and st.session_state.get(kept) in options:
        st.session_state[key] = st.session_state[kept]
    if key not in st.session_state and (linked := query_choice(key, options)):
        st.session_state[key] = linked
    widget = st.sidebar.radio if radio else st.sidebar.selectbox
    choice = widget(label, list(options), key=key, format_func=format_func)
    st.session_state[kept] = choice
    return choice


def filters(*, with_period: bool = True, grains: Sequence[str] = ("month", "quarter", "year"),
            with_street: bool = True) -> Filters:
    """Period grain, period and street in the sidebar; returns the scope they imply."""
    scope = viewer_scope()
    grain = "month"
    period = None
    if with_period:
        grain = kept_choice("期间类型", list(grains), "grain", data.GRAIN_LABELS.get, radio=True)
        period = kept_choice("期间", data.periods(scope, grain), f"period_{grain}", format_period)
    street_code = None
    if with_street and scope.level == "city":
        streets = data.streets(scope)
        names = dict(zip(streets["street_code"], streets["street_name"]))
        choice = kept_choice("街道", [ALL_STREETS, *names], "street",
                             lambda code: names.get(code, code))
        street_code = None if choice == ALL_STREETS else choice
    return Filters(grain=grain, period=period, street_code=street_code,
                   scope=data.narrow(scope, street_code))


def community_choice(scope: data.Scope, label: str = "社区") -> str | None:
    communities = data.communities(scope)
    names = dict(zip(communities["community_code"], communities["community_name"]))
    return kept_choice(label, list(names), "community", lambda code: names.get(code, code))


def view(title: str, render: Callable[[], None], *, needs_warehouse: bool = True) -> None:
    """Draw one page: its title, then its body, or an empty state that says why."""
    st.title(title)
    if needs_warehouse and not data.warehouse_exists():
        st.info(data.EMPTY_WAREHOUSE_MESSAGE)
        return
    try:
        render()
    except data.WarehouseUnavailable as reason:
        st.info(escape_markdown(str(reason)))
