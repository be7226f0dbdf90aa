"""Role scopes in the data layer (issue 6): every dashboard.data function that returns rows keeps
community staff to their community and street roles to their street, in SQL; a community or
street chosen in a widget or URL can only narrow the scope."""

from __future__ import annotations

import pandas as pd

from dashboard import auth, data
from dashboard_scope_checks import NAMES, OTHERS, OWN, STREET_OF, frame_text, leaks
from warehouse_fixture import warehouse_home  # noqa: F401


def data_layer_frames(scope: data.Scope, other: str) -> dict[str, pd.DataFrame]:
    """Every dashboard.data function that returns rows, called with `scope`; `other` is a
    community outside it, passed wherever a function takes a community code."""
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
