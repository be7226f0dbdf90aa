"""Sidebar filters shared by every view, kept across page switches, and the page frame.

Streamlit forgets a widget's value when a page without it runs, so each choice is also kept
under a plain session key and handed back to the widget when the next page draws it. Each choice
is also written into the URL (dashboard/url_state.py), so F5 and a copied link open the same view;
the period starts at the latest complete one (dashboard/period_marks.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import streamlit as st

from dashboard import auth, data, page_chrome, period_marks, url_state
from dashboard.formatting import escape_markdown

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
    return url_state.linked(name, options)


def kept_choice(label: str, options: Sequence[str], key: str,
                format_func: Callable[[str], str] = str, *, radio: bool = False,
                default: str | None = None, url: str | None = None) -> str | None:
    """A sidebar selectbox (or radio) whose value survives switching pages and lives in the URL
    (as ?<url>=…, `key` unless told): the URL's value first, then the kept one, then `default`."""
    if not options:
        return None
    kept, name = f"kept_{key}", url or key
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    if key not in st.session_state:
        remembered = st.session_state.get(kept)
        start = (query_choice(name, options) or (remembered if remembered in options else None)
                 or (default if default in options else None))
        if start is not None:
            st.session_state[key] = start
    else:  # hand the value back explicitly: after a page switch the widget would start afresh
        st.session_state[key] = st.session_state[key]
    widget = st.sidebar.radio if radio else st.sidebar.selectbox
    choice = widget(label, list(options), key=key, format_func=format_func)
    st.session_state[kept] = choice
    url_state.show(name, choice)
    page_chrome.note_filter(label, format_func(choice))
    return choice


def filters(*, with_period: bool = True, grains: Sequence[str] = ("month", "quarter", "year"),
            with_street: bool = True) -> Filters:
    """Period grain, period and street in the sidebar; returns the scope they imply."""
    scope = viewer_scope()
    url_state.drop_foreign({"street": [ALL_STREETS, *data.streets(scope)["street_code"]],
                            "community": data.communities(scope)["community_code"]})
    grain = "month"
    period = None
    if with_period:
        grain = kept_choice("期间类型", list(grains), "grain", data.GRAIN_LABELS.get, radio=True)
        choices = period_marks.period_choices(scope, grain)
        period = kept_choice("期间", choices.options, f"period_{grain}", choices.label,
                             default=choices.default, url="period")
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
    """Draw one page: its title, then its body, or an empty state that says why. Above the title,
    a header shown only in print names the page and the filters its body chose (page_chrome)."""
    page_chrome.start(title)
    print_header = st.empty()
    st.title(title)
    as_of_caption()
    try:
        if needs_warehouse:
            data.current_warehouse()  # not published, or the server unreachable: say which
        render()
    except data.WarehouseUnavailable as reason:
        st.info(escape_markdown(str(reason)))
    print_header.html(page_chrome.print_header(title))


def as_of_caption() -> None:
    """数据截至 the latest complete month in the signed-in viewer's scope, under the title."""
    session = st.session_state.get(auth.SESSION_KEY)
    if not isinstance(session, auth.Session) or not data.warehouse_exists():
        return
    try:
        st.caption(period_marks.as_of_text(session.scope))
    except data.WarehouseUnavailable:
        return
