"""Sidebar choices live in the URL and last across page switches; a link opens the same view in
a new session, and a link naming a place outside the viewer's scope shows the viewer's own."""

from __future__ import annotations

from dashboard.url_state import FOREIGN_NOTICE
from dashboard_apptest import open_page, signed_in_app
from dashboard_scope_checks import NAMES, leaks, rendered_text
from warehouse_fixture import warehouse_home  # noqa: F401

HEPING = "654201001"
DUBIEKE_COMMUNITY = "654201002002"  # 公园街社区居委会, 杜别克街道


def sidebar_values(app) -> dict[str, object]:
    return {widget.key: widget.value for widget in [*app.sidebar.radio, *app.sidebar.selectbox]}


def test_choices_are_written_into_the_url_and_a_copied_link_opens_the_same_view(
        warehouse_home):
    app = open_page("profile")
    app.sidebar.radio(key="grain").set_value("quarter").run()
    app.sidebar.selectbox(key="street").set_value(HEPING).run()
    app.sidebar.selectbox(key="community").set_value("654201001003").run()
    assert not app.exception
    link = dict(app.query_params)
    assert link == {"grain": "quarter", "period": "2025-Q4", "street": HEPING,
                    "community": "654201001003"}

    copy = open_page("profile", query_params=link)  # a new session, as a pasted link starts
    assert not copy.exception and not copy.warning
    assert sidebar_values(copy) == {"grain": "quarter", "period_quarter": "2025-Q4",
                                    "street": HEPING, "community": "654201001003"}
    assert copy.subheader[0].value.startswith("商业街社区居委会")


def test_choices_last_across_page_switches(warehouse_home):
    app = open_page("ranking")
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    app.sidebar.selectbox(key="street").set_value(HEPING).run()
    for page in ("gaps", "profile", "ranking"):
        app.switch_page(f"views/{page}.py").run()
        assert not app.exception, page
        assert app.sidebar.selectbox(key="period_month").value == "2025-11", page
        assert app.sidebar.selectbox(key="street").value == HEPING, page
        assert (app.query_params["period"], app.query_params["street"]) == ("2025-11", HEPING)


def test_a_link_to_a_community_outside_the_scope_shows_the_viewers_own(warehouse_home):
    app = signed_in_app("street_leader", HEPING, query_params={
        "community": DUBIEKE_COMMUNITY, "street": "654201002", "period": "2025-11"}).run()
    assert [warning.value for warning in app.warning] == [FOREIGN_NOTICE]  # the first page run
    app.switch_page("views/profile.py").run()
    assert not app.exception
    assert app.sidebar.selectbox(key="community").value.startswith(HEPING)
    assert app.sidebar.selectbox(key="period_month").value == "2025-11"  # the rest still applies
    assert "community" not in app.query_params or app.query_params["community"].startswith(HEPING)
    assert app.query_params.get("street") != "654201002"
    others = {code: name for code, name in NAMES.items() if not code.startswith(HEPING)}
    assert leaks(rendered_text(app), others) == []
    assert not app.warning  # said once: the foreign parameters are gone from the URL


def test_community_staff_cannot_open_another_community_by_link(warehouse_home):
    own = "654201001001"
    app = signed_in_app("community_staff", own,
                        query_params={"community": DUBIEKE_COMMUNITY}).run()
    assert [warning.value for warning in app.warning] == [FOREIGN_NOTICE]
    app.switch_page("views/profile.py").run()
    assert app.sidebar.selectbox(key="community").value == own
    assert app.query_params["community"] == own
