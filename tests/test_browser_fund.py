"""经费 in headless chromium on the real demo (its fund ledger written by `jiedao demo`): the
administrator sees every community's findings and downloads the check; a community's staff see
only their own community, add a project through the form and see its finding at once. One
server for the module, one sign-in and one page load per user."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from test_browser import (ADMIN, CHROMIUM, LAUNCH_ARGS, PASSWORD, choose, click_download, metric_value,
                          screenshot, serve, settle, sign_in)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

STAFF, STAFF_PASSWORD = "jianshe_fund", "jianshe-fund-42"


@pytest.fixture(scope="module")
def server(demo_home: Path, tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("fund-demo") / "home"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("build", ".lock"))
    yield from serve(home, [(ADMIN, "admin", "654201", PASSWORD),
                            (STAFF, "community_staff", "654201001001", STAFF_PASSWORD)])


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def fund_page(browser, server, username: str, password: str):
    """Signed in, on 经费 (through the navigation: a new URL would be a new session)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True)
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.base_url = server
    sign_in(page, username, password)
    nav = page.locator('[data-testid="stSidebarNav"]')
    more = nav.locator('[data-testid="stSidebarNavViewButton"]', has_text="more")
    if more.count():
        more.click()
    nav.get_by_role("link", name="经费", exact=True).click()
    page.get_by_role("heading", name="经费", level=1).wait_for()
    page.get_by_role("heading", name="经费使用").wait_for()
    settle(page)
    assert not page.locator('[data-testid="stException"]').count()
    return page


def downloaded_findings(page, tmp_path: Path) -> list[tuple]:
    path = tmp_path / "check.xlsx"
    click_download(page, "下载检查结果（XLSX）").save_as(path)
    return list(openpyxl.load_workbook(path)["问题清单"].iter_rows(min_row=2, values_only=True))


def test_the_administrator_sees_every_communitys_findings_and_downloads_them(browser, server, tmp_path):
    page = fund_page(browser, server, ADMIN, PASSWORD)
    assert metric_value(page, "合规问题") == "7 项"
    assert metric_value(page, "年度经费合计（元）") == "3,740,000.00"
    screenshot(page, "fund-admin")
    findings = downloaded_findings(page, tmp_path)
    assert len(findings) == 7 and len({row[0] for row in findings}) == 7   # seven communities, one each
    assert ("国庆邻里联欢会", "项目公示", "2025-10-10") in {(row[4], row[5], row[8]) for row in findings}
    page.context.close()


def test_a_community_sees_its_own_ledger_and_a_new_project_is_checked_at_once(browser, server, tmp_path):
    page = fund_page(browser, server, STAFF, STAFF_PASSWORD)
    assert metric_value(page, "合规问题") == "1 项"
    assert metric_value(page, "年度经费合计（元）") == "200,000.00"       # its own fund only
    assert {row[0] for row in downloaded_findings(page, tmp_path)} == {"654201001001"}
    community = page.locator('[data-testid="stMain"]').get_by_role("combobox", name="社区", exact=True)
    assert community.input_value() == "建设街社区居委会"
    community.click()
    community.fill("")
    community.press_sequentially("社区")           # every community's name has it: only its own is offered
    page.get_by_role("option").first.wait_for()
    assert page.get_by_role("option").all_inner_texts() == ["建设街社区居委会"]
    community.press("Escape")
    settle(page)
    assert page.get_by_role("button", name="保存年度经费").count() == 0

    page.get_by_label("项目名称").fill("重阳节敬老活动")
    choose(page, "类别", "为老服务")
    page.get_by_label("金额（元）").fill("6000")
    for label, day in (("公示开始日期", "2025-09-30"), ("公示结束日期", "2025-10-03"), ("审批日期", "2025-10-09"),
                       ("年度报告日期", "2025-11-20"), ("公开日期", "2025-12-10")):
        # a date field of segments (year, month, day): type the digits into the first, it moves on
        page.get_by_role("group", name=label, exact=True).get_by_role("spinbutton").first.click()
        page.keyboard.type(day.replace("-", ""))
    page.get_by_role("button", name="保存项目").click()
    page.get_by_text("已保存「重阳节敬老活动」，本项目有 1 个问题：项目公示").wait_for()
    settle(page)
    assert metric_value(page, "合规问题") == "2 项"
    screenshot(page, "fund-community-saved")
    page.context.close()
