"""The dashboard works offline: no request leaves the server (issue "A dashboard a street leader
can trust").

Every request the browser makes is routed: one to the dashboard's own host and port goes on,
any other (fonts, the page icon, Plotly, telemetry, map tiles) is recorded and aborted. After
signing in and visiting every view as the 管理员, the list must be empty, and the page icon must
be served by the dashboard itself.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from test_browser import (ADMIN, CHROMIUM, LAUNCH_ARGS, PASSWORD, VIEWS, browser_home, open_view,  # noqa: F401
                          server, settle, sign_in)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]


def test_no_request_leaves_the_server(server):
    from playwright.sync_api import sync_playwright

    own = urlsplit(server).netloc
    outside: list[str] = []

    def route(route):
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own:
            outside.append(url)
            route.abort()
        else:
            route.continue_()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        context.set_default_timeout(60_000)
        context.route("**/*", route)
        page = context.new_page()
        page.on("websocket", lambda socket: urlsplit(socket.url).netloc != own and outside.append(socket.url))
        page.base_url = server
        sign_in(page, ADMIN, PASSWORD)
        for path, title in VIEWS.items():
            open_view(page, path)
            assert not page.locator('[data-testid="stException"]').count(), title
        # the page icon (the tab's favicon) comes from the dashboard, not from a font host
        icons = page.eval_on_selector_all('link[rel~="icon"]', "links => links.map(link => link.href)")
        served = [page.request.get(icon).ok for icon in icons if urlsplit(icon).netloc == own]
        context.close()
        browser.close()
    assert outside == [], "\n".join(sorted(set(outside)))
    assert icons, "no page icon"
    assert [urlsplit(icon).netloc for icon in icons] == [own] * len(icons), icons
    assert all(served) and served, icons
