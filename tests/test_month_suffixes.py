"""上月 glued after an indicator's name (ingest/month_suffixes.py), as the catalogue and a sheet read it."""

import pytest

from ingest.headers import HeaderCatalog, is_prior_figure
from ingest.layout import extract_sheet
from jiedao.settings import PROJECT_DIR
from test_layout_readings import CONTEXT, grid

CATALOG = HeaderCatalog.from_seeds(PROJECT_DIR / "seeds")


@pytest.mark.parametrize("header", ["岗位上月", "贷款上月(元)", "公益岗上月"])
def test_last_month_glued_after_the_name_is_last_months_figure(header: str) -> None:
    """Beside 岗位本月: last month's figure, never this month's value nor a header to review."""
    assert is_prior_figure([header]) and CATALOG.match_indicator([header]) is None


def test_this_and_last_month_interleaved_load_only_this_months_figures() -> None:
    """公益岗本月 | 公益岗上月 | 就业本月 | 就业上月: without the rule both columns of a pair read as the
    same indicator and neither is loaded."""
    sheet = grid(("和平街道2025年12月就业月报",), ("社区", "公益岗本月", "公益岗上月", "就业本月", "就业上月"),
                 ("建设街社区", 1, 2, 9, 8))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extract_sheet(sheet, CONTEXT).values] == [
        ("B3", "public_welfare_jobs", 1.0), ("D3", "people_employed", 9.0)]


@pytest.mark.parametrize("header", ["较上月", "环比上月"])
def test_a_comparison_with_last_month_is_not_glued(header: str) -> None:
    assert CATALOG.match_indicator([header]) is None
