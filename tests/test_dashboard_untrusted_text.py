"""Untrusted text: community names come from spreadsheets, so a page shows them as written and
never renders them as Markdown or HTML."""

from __future__ import annotations

import json

from dashboard.formatting import escape_markdown
from dashboard_apptest import open_page
from dashboard_scope_checks import OWN
from warehouse_fixture import warehouse_home  # noqa: F401


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
