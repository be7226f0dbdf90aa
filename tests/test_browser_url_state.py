"""State that lasts, in headless chromium on the real demo: a filtered view survives F5 (the
signed session cookie keeps the user signed in, the URL keeps the filters), its copied URL opens
the same view in a new browser context after signing in, and signing out ends it for good."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from test_browser import CHROMIUM, LAUNCH_ARGS, chosen, choose, serve, settle, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

LEADER, PASSWORD = "heping_lingdao_url", "browser-url-42"
COMMUNITY, COMMUNITY_NAME = "654201001003", "商业街社区居委会"


@pytest.fixture(scope="module")
def server(demo_home: Path, tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("url-demo") / "home"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("build", ".lock"))
    yield from serve(home, [(LEADER, "street_leader", "654201001", PASSWORD)])


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=LAUNCH_ARGS)
        yield launched
        launched.close()


def new_page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.base_url = server
    return page


def wait_for_url_param(page, name: str, value: str) -> None:
    page.wait_for_function(
        "([name, value]) => new URLSearchParams(location.search).get(name) === value",
        arg=[name, value])


def shows_the_filtered_profile(page) -> None:
    page.get_by_role("heading", name="社区画像", level=1).wait_for()
    page.get_by_role("heading", name=f"{COMMUNITY_NAME} · 2025年3月").wait_for()
    settle(page)
    assert chosen(page, "期间") == "2025年3月"
    assert chosen(page, "社区") == COMMUNITY_NAME
    assert page.locator('[data-testid="stSidebarNav"]').count() == 1
    assert page.get_by_text("数据截至", exact=False).count() >= 1


def test_a_filtered_view_survives_f5_and_opens_from_its_copied_url(browser, server):
    page = new_page(browser, server)
    sign_in(page, LEADER, PASSWORD, "profile")
    page.get_by_role("heading", name="社区画像", level=1).wait_for()
    choose(page, "期间", "2025年3月", sidebar=True)
    settle(page)
    choose(page, "社区", COMMUNITY_NAME, sidebar=True)
    settle(page)
    wait_for_url_param(page, "community", COMMUNITY)
    wait_for_url_param(page, "period", "2025-03")
    shows_the_filtered_profile(page)
    link = page.url
    assert urlsplit(link).path.endswith("/profile")
    # the cookie that keeps the session is written by the page: wait for it, not for a clock
    page.wait_for_function("() => document.cookie.includes('jiedao_session=')")

    page.reload()  # F5: a new Streamlit session, still signed in, same filters
    shows_the_filtered_profile(page)
    assert page.get_by_label("用户名").count() == 0

    other = new_page(browser, server)  # someone the link was sent to: signs in first
    other.goto(link)
    other.get_by_role("heading", name="登录", level=1).wait_for()
    settle(other)
    assert "Page not found" not in other.content()
    other.get_by_label("用户名").fill(LEADER)
    other.get_by_label("密码").fill(PASSWORD)
    other.get_by_role("button", name="登录").click()
    shows_the_filtered_profile(other)
    assert parse_qs(urlsplit(other.url).query)["community"] == [COMMUNITY]
    other.context.close()

    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="退出登录").click()
    page.get_by_role("heading", name="登录", level=1).wait_for()
    page.wait_for_function("() => !document.cookie.includes('jiedao_session=')")
    page.reload()  # signed out stays signed out
    page.get_by_role("heading", name="登录", level=1).wait_for()
    settle(page)
    assert page.get_by_label("用户名").count() == 1
    page.context.close()


def test_a_link_outside_the_scope_shows_the_viewers_own_with_a_notice(browser, server):
    page = new_page(browser, server)
    sign_in(page, LEADER, PASSWORD, "profile?community=654201002002&street=654201002")
    page.get_by_role("heading", name="社区画像", level=1).wait_for()
    page.get_by_text("不在您的查看范围内", exact=False).wait_for()
    settle(page)
    assert chosen(page, "社区").endswith("社区居委会")
    assert "公园街社区居委会" not in page.content()
    page.context.close()
