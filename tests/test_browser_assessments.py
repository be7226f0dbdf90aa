"""考核评星 in headless Debian chromium on the real demo (one server for the module): the
administrator sees every community's stars and scores one criterion with its evidence (audited);
a community's staff see their own community only, cannot score it, and record 社区自荐."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jiedao.audit import read_events
from jiedao.settings import Settings
from test_browser import (ADMIN, CHROMIUM, LAUNCH_ARGS, PASSWORD, choose, metric_value, screenshot, serve,
                          settle, sign_in)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

TITLE = "考核评星"
STAFF, STAFF_PASSWORD = "jianshe_assess", "jianshe-assess-42"


@pytest.fixture(scope="module")
def assess_home(demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's published warehouse in a home of this module's own."""
    home = tmp_path_factory.mktemp("assess-browser")
    shutil.copy(demo_home / "warehouse.duckdb", home / "warehouse.duckdb")
    return home


@pytest.fixture(scope="module")
def browser(assess_home: Path):
    from playwright.sync_api import sync_playwright

    accounts = [(ADMIN, "admin", "654201", PASSWORD), (STAFF, "community_staff", "654201001001", STAFF_PASSWORD)]
    server = serve(assess_home, accounts)
    base = next(server)
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
            yield launched, base
            launched.close()
    finally:
        server.close()   # stops the dashboard


def signed_in(browser, username: str, password: str):
    launched, base = browser
    context = launched.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.base_url = base
    sign_in(page, username, password)
    return page


def open_assessments(page) -> None:
    """Through the navigation (a new URL would start a new, signed-out session), then 十星级和谐社区."""
    nav = page.locator('[data-testid="stSidebarNav"]')
    more = nav.locator('[data-testid="stSidebarNavViewButton"]', has_text="more")
    if more.count():
        more.click()
    nav.get_by_role("link", name=TITLE, exact=True).click()
    page.get_by_role("heading", name=TITLE, level=1).wait_for()
    settle(page)
    choose(page, "考核方案", "十星级和谐社区")
    settle(page)
    page.get_by_role("heading", name="各社区得分与星级").wait_for()


def test_the_administrator_sees_every_community_and_scores_with_evidence(browser, assess_home):
    page = signed_in(browser, ADMIN, PASSWORD)
    open_assessments(page)
    assert not page.locator('[data-testid="stException"]').count()
    assert metric_value(page, "参评社区") == "21"
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 2
    page.get_by_role("heading", name="历年结果").wait_for()
    choose(page, "细则", "创建理念·创建规划和年度方案（满分 4）")
    settle(page)
    page.get_by_label("得分", exact=True).fill("3.5")
    page.get_by_label("评分说明（依据）").fill("规划和方案齐全")
    page.get_by_label("附件文件名").fill("2025年创建方案.pdf")
    page.get_by_role("button", name="保存评分").click()
    page.get_by_text("已保存「创建理念·创建规划和年度方案」：3.5 分").wait_for()
    settle(page)
    screenshot(page, "assessments-admin")
    (event,) = [e for e in read_events(Settings(home=assess_home)) if e.action == "assessment"]
    assert (event.username, event.detail["points"], event.detail["evidence_file"]) == (ADMIN, 3.5, "2025年创建方案.pdf")
    assert event.detail["community_code"] == "654201001001"
    page.context.close()


def test_a_community_sees_itself_and_recommends_itself_but_cannot_score(browser, assess_home):
    page = signed_in(browser, STAFF, STAFF_PASSWORD)
    open_assessments(page)
    assert not page.locator('[data-testid="stException"]').count()
    assert metric_value(page, "参评社区") == "1"
    page.get_by_text("社区账号可以查看本社区的评分，但不能为本社区评分").wait_for()
    assert page.get_by_role("button", name="保存评分").count() == 0
    page.get_by_label("说明", exact=True).fill("申报十星级")
    page.get_by_role("button", name="办理「社区自荐」").click()
    page.get_by_text("已记录「社区自荐」：通过").wait_for()
    settle(page)
    screenshot(page, "assessments-community")
    steps = [e.detail for e in read_events(Settings(home=assess_home))
             if e.action == "assessment" and "step" in e.detail]
    assert steps == [{"scheme": "shixingji", "year": "2025", "community_code": "654201001001", "step": "社区自荐",
                      "decision": "通过", "note": "申报十星级"}]
    page.context.close()
