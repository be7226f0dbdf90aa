"""指标说明 view: the catalogue with targets and weights, and the what-if weight editor."""

from dashboard_apptest import open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_catalogue_lists_every_indicator_with_target_weight_and_definition(warehouse_home):
    app = open_page("catalogue")
    assert not app.exception
    table = {row["代码"]: row for row in rows(app, "代码", "口径")}
    assert len(table) == 33
    assert table["petition_resolution_rate"]["月度目标"] == "≥90"
    assert table["security_cases"]["月度目标"] == "≤2"
    assert table["petition_resolution_rate"]["综合得分权重"] == "0.4"
    assert table["residents"]["类型"] == "期末量"
    assert table["security_cases"]["方向"] == "越低越好"


def test_what_if_weights_rerank_beside_the_unchanged_official_ranking(warehouse_home):
    app = open_page("catalogue")
    official = rows(app, "名次", "得分")
    same = rows(app, "模拟名次", "模拟得分")
    assert official[0] == {"名次": 1, "社区": "伊宁街社区居委会", "得分": "73.91"}
    assert same[0] == {"模拟名次": 1, "社区": "伊宁街社区居委会", "模拟得分": "73.91", "较正式名次": "→"}
    for code in ("jobs_created", "volunteers_per_1000_residents", "security_cases"):
        app.number_input(key=f"weight_{code}").set_value(0.0)
    app.run()
    what_if = rows(app, "模拟名次", "模拟得分")
    # only the resolution rate counts now: 建设街 (98.0%, the city's best) scores 100
    assert what_if[0]["社区"] == "建设街社区居委会"
    assert what_if[0]["模拟得分"] == "100"
    assert rows(app, "名次", "得分")[0] == official[0]


def direct_ranks(home, street_code: str, weights: dict[str, float]) -> dict[str, int]:
    """The what-if ranks computed straight from the warehouse: Σ w·x / Σ w over the normalized
    values of the street's eligible communities (latest month, composite), ranked (ties share)."""
    import duckdb

    weight_rows = ", ".join(f"('{code}', {weight!r})" for code, weight in weights.items())
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as connection:
        return dict(connection.execute(
            f"with w(indicator_code, w) as (values {weight_rows}), "
            "latest as (select max(period) as period from mart_scores where grain = 'month'), "
            "scores as (select c.community_code, round(sum(c.normalized_value * w.w) "
            "  / nullif(sum(w.w), 0), 4) as score "
            "  from mart_score_contributions c join w using (indicator_code) "
            "  join mart_scores s using (community_code, grain, period, method) "
            "  where c.method = 'composite' and c.grain = 'month' "
            "  and c.period = (select period from latest) and s.eligible and s.street_code = ? "
            "  and c.normalized_value is not null group by c.community_code) "
            "select community_code, rank() over (order by score desc) from scores",
            [street_code]).fetchall())


def test_what_if_moves_compare_like_with_like(warehouse_home):
    """A street leader: the what-if ranks within the street are compared with the street ranks
    computed the same way, never with the city rank (which showed ↑1 … ↑14 with no change)."""
    street = "654201001"
    app = open_page("catalogue", role="street_leader", scope_code=street)
    assert not app.exception
    unchanged = rows(app, "模拟名次", "模拟得分")
    assert len(unchanged) > 2
    assert {row["较正式名次"] for row in unchanged} == {"→"}  # unchanged weights: no moves at all
    assert [row["模拟名次"] for row in unchanged] == [row["名次"] for row in rows(app, "名次", "得分")]
    old = {row["代码"]: float(row["综合得分权重"]) for row in rows(app, "代码", "口径")
           if row["综合得分权重"] != "—"}
    codes = {row["社区"]: row for row in unchanged}

    new = {**old, "petition_resolution_rate": 0.0}
    app.number_input(key="weight_petition_resolution_rate").set_value(0.0).run()
    what_if = rows(app, "模拟名次", "模拟得分")
    before, after = direct_ranks(warehouse_home, street, old), direct_ranks(warehouse_home, street, new)
    assert before != after  # the change does move ranks
    import duckdb
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb"), read_only=True) as connection:
        code_of = dict(connection.execute(
            "select community_name, community_code from dim_community where street_code = ?",
            [street]).fetchall())
    assert set(codes) == {name for name, code in code_of.items() if code in before}
    for row in what_if:
        code = code_of[row["社区"]]
        assert row["模拟名次"] == after[code]
        move = before[code] - after[code]
        assert row["较正式名次"] == ("→" if move == 0 else f"↑{move}" if move > 0 else f"↓{-move}")
    assert any(row["较正式名次"] != "→" for row in what_if)
    official = [(row["名次"], row["社区"]) for row in rows(app, "名次", "得分")]
    assert official == [(row["模拟名次"], row["社区"]) for row in unchanged]  # it does not move
