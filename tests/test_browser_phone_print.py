"""A phone (390 px) sees the page, not the sidebar; a printed page (PDF for the 月度例会) is clean.

Phone: Streamlit collapses the sidebar after a tap on a page link only when the browser calls
itself a mobile device, and reopens a sidebar left open on an earlier visit; this browser calls
itself a desktop one (an iPad in split view does too), and the 排名 heading must still be
uncovered after a tap on 排名 and after signing in again. Print: `page.pdf()` of 排名, and the
page in print media: no sidebar, toolbar or buttons, a header with the title and the filters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_browser import (ADMIN, CHROMIUM, LAUNCH_ARGS, PASSWORD, SCREENSHOTS, VIEWS,  # noqa: F401
                          browser_home, open_view, page, server, settle)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]
RANKING = next(path for path, title in VIEWS.items() if title == "排名")
SIDEBAR = '[data-testid="stSidebar"]'
UNCOVERED = """() => {
    const heading = document.querySelector('[data-testid="stMain"] h1');
    if (!heading) return false;
    const box = heading.getBoundingClientRect();
    const sidebar = document.querySelector('[data-testid="stSidebar"]');
    const side = sidebar ? sidebar.getBoundingClientRect() : null;
    const overlaps = side && side.width > 0 && side.right > box.left && side.left < box.right;
    const hit = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
    return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight && !overlaps
        && hit !== null && heading.contains(hit);
}"""


def phone_sign_in(page) -> None:
    """Open the dashboard and sign in, unless a stay-signed-in cookie already did."""
    page.goto(page.base_url)
    page.locator('[data-testid="stMain"] h1').wait_for()
    settle(page)
    if page.get_by_role("heading", name="登录", level=1).count():
        page.get_by_label("用户名").fill(ADMIN)
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
    page.locator(SIDEBAR).wait_for(state="attached")
    page.locator('[data-testid="stMain"] h1').wait_for()
    settle(page)


def assert_heading_uncovered(page, when: str) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:  # the sidebar slides away: wait for the condition, with a bound
        page.wait_for_function(UNCOVERED, timeout=60_000)
    except PlaywrightTimeout:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "phone-covered.png"))
        raise AssertionError(f"{when}: the sidebar covers the page's heading "
                             f"(sidebar {page.locator(SIDEBAR).bounding_box()})") from None


def test_a_phone_sees_the_ranking_not_the_sidebar(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN",
                                      has_touch=True, device_scale_factor=2)
        context.set_default_timeout(60_000)
        page = context.new_page()
        page.base_url = server
        phone_sign_in(page)
        assert_heading_uncovered(page, "after signing in")

        page.locator('[data-testid="stExpandSidebarButton"]').click()  # ☰ → 排名
        nav = page.locator('[data-testid="stSidebarNav"]')
        nav.get_by_role("link", name="排名", exact=True).click()
        page.get_by_role("heading", name="排名", level=1).wait_for()
        settle(page)
        assert_heading_uncovered(page, "after tapping 排名")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "phone-390-ranking.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling

        page.locator('[data-testid="stExpandSidebarButton"]').click()  # left open, then a new visit
        nav.wait_for()
        second = context.new_page()
        second.base_url = server
        phone_sign_in(second)
        assert_heading_uncovered(second, "signing in again after leaving the sidebar open")
        context.close()
        browser.close()


def test_print_of_the_ranking_is_a_clean_pdf(page, tmp_path):
    open_view(page, RANKING)
    assert page.title() == "排名 · 街道数据仓"  # the tab, and the PDF's title and file name
    pdf = page.pdf(path=str(tmp_path / "排名.pdf"), print_background=True)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 1024
    title = re.search(rb"/Title\s*<([0-9A-Fa-f]+)>", pdf)  # chromium writes it as UTF-16 hex
    assert title and "排名" in bytes.fromhex(title[1].decode()).decode("utf-16")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) > 1  # the page flows on; not one screen's box

    page.emulate_media(media="print")
    for hidden in (SIDEBAR, '[data-testid="stHeader"]', '[data-testid="stToolbar"]',
                   '[data-testid="stMain"] .stButton', '[data-testid="stMain"] .stDownloadButton'):
        for element in page.locator(hidden).all():
            assert not element.is_visible(), hidden
    header = page.locator(".jiedao-print-header")
    assert header.is_visible()
    text = header.inner_text()
    assert "街道数据仓 · 排名" in text
    assert re.search(r"期间：\d{4}年\d{1,2}月", text) and "街道：全市" in text, text
    assert "打印于" in text and ADMIN in text
    page.emulate_media(media="screen")
    assert not header.is_visible()  # on screen the header is not shown
