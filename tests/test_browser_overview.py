"""总览 and click-through in headless Debian chromium on the real demo: 总览 is the page after
sign-in, and clicking a bar of its movers chart (or a heatmap cell on 差距) opens that community's
社区画像 in the same period (at the cell's indicator)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_browser import (CHROMIUM, browser_home, chosen, open_view, page,  # noqa: F401
                          screenshot, server, settle)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]


def test_overview_first_then_a_bar_click_opens_the_profile(page):
    # the page fixture has signed in: the dashboard opens on 总览
    page.get_by_role("heading", name="总览", level=1).wait_for()
    settle(page)
    assert not page.locator('[data-testid="stException"]').count()
    period = chosen(page, "期间")
    assert page.locator('[data-testid="stMetricLabel"]', has_text="民情诉求受理数").count() == 1
    chart = page.locator('[data-testid="stPlotlyChart"]').filter(
        has=page.locator("text.gtitle", has_text="名次变化最大的社区"))
    chart.scroll_into_view_if_needed()
    bars = chart.locator(".barlayer .point path")
    bars.first.wait_for()
    # plotly draws the bars and the y ticks in the same (category) order
    name = chart.locator(".yaxislayer-above .ytick text").first.text_content().strip()
    screenshot(page, "overview")
    # plotly takes clicks on its drag layer above the bars: click where the bar is drawn
    box = bars.first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_role("heading", name="社区画像", level=1).wait_for()
    page.get_by_role("heading", name=f"{name} · {period}").wait_for()
    settle(page)
    assert re.search(r"/profile\?(.*&)?community=\d{12}", page.url)
    assert chosen(page, "社区") == name
    screenshot(page, "overview-click-through-profile")


def nearest_tick(chart, axis: str, centre: float) -> str:
    """The label of the x or y tick drawn closest to a screen coordinate."""
    ticks = chart.locator(f".{axis}axislayer-above .{axis}tick text")
    best, label = None, ""
    for index in range(ticks.count()):
        box = ticks.nth(index).bounding_box()
        middle = box["x"] + box["width"] / 2 if axis == "x" else box["y"] + box["height"] / 2
        if best is None or abs(middle - centre) < best:
            best, label = abs(middle - centre), ticks.nth(index).text_content().strip()
    return label


def test_a_heatmap_cell_on_gaps_opens_the_profile_at_its_indicator(page):
    open_view(page, "gaps")
    period = chosen(page, "期间")
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.scroll_into_view_if_needed()
    cell = chart.locator(".scatterlayer .point").first  # the cells' invisible click targets
    cell.wait_for(state="attached")
    box = cell.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    community, indicator = nearest_tick(chart, "y", y), nearest_tick(chart, "x", x)
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    page.get_by_role("heading", name="社区画像", level=1).wait_for()
    page.get_by_role("heading", name=f"{community} · {period}").wait_for()
    settle(page)
    assert chosen(page, "趋势指标", sidebar=False) == indicator
