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
