"""数据下载 view: filtered standardized tables and the template section."""

from warehouse_fixture import open_page, rows, warehouse_home  # noqa: F401


def caption_with(app, text: str) -> str:
    return next(caption.value for caption in app.caption if text in caption.value)


def test_indicators_table_for_the_month_with_counts(warehouse_home):
    app = open_page("export")
    assert not app.exception
    # 21 communities × (6 reported + 2 derived) − 宏图街's unreported 治安案件数
    assert caption_with(app, "共") == "2025年12月：共 167 行（下面预览前 20 行）。"
    preview = rows(app, "community_code", "indicator_code", "source_cell")
    assert preview[0]["community_code"] == "654201001001"
    assert [button.label for button in app.get("download_button")] == [
        "下载 CSV", "下载 XLSX", "下载填报模板"]


def test_filters_by_community_indicator_and_street(warehouse_home):
    app = open_page("export")
    app.selectbox(key="export_community").set_value("654201001001").run()
    assert caption_with(app, "共") == "2025年12月：共 8 行（下面预览前 20 行）。"
    app.multiselect(key="export_indicators").set_value(["petitions_received"]).run()
    preview = rows(app, "community_code", "indicator_code", "source_cell")
    assert [(r["community_name"], r["value"], r["source_file"], r["source_cell"]) for r in preview] == [
        ("建设街社区居委会", 50.0, "和平街道2025-12月报.xlsx", "C4")]
    app = open_page("export")
    app.sidebar.selectbox(key="street").set_value("654201002").run()
    # 杜别克街道: 8 communities × 8 indicators − 宏图街's 治安案件数
    assert caption_with(app, "共") == "2025年12月：共 63 行（下面预览前 20 行）。"


def test_scores_and_quality_tables(warehouse_home):
    app = open_page("export")
    app.radio(key="export_table").set_value("scores").run()
    assert caption_with(app, "共") == "2025年12月：共 42 行（下面预览前 20 行）。"  # 21 × 2 methods
    app.radio(key="export_table").set_value("quality").run()
    assert caption_with(app, "共") == "2025年12月：共 1 行（下面预览前 20 行）。"
    assert rows(app, "finding_type", "source_cell")[0]["source_cell"] == "C5"


def test_template_choice_lists_streets_and_months(warehouse_home):
    app = open_page("export")
    assert app.selectbox(key="template_street").options == ["和平街道", "杜别克街道", "新城街道"]
    months = app.selectbox(key="template_month").options
    assert "2025年12月" in months and "2026年1月" in months  # the month after the latest

