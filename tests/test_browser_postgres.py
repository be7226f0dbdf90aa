"""The dashboard served from PostgreSQL in headless Debian chromium (issue 18): `jiedao build
--target postgres` publishes the demo on a throwaway cluster, the dashboard runs with
JIEDAO_ENGINE=postgres on a home without warehouse.duckdb, and the browser tests' core paths pass
there — sign-in, 排名, 社区画像, 数据下载 — while a community account sees only its own rows.

Markers `browser` and `engines`; fails, never skips, without Debian's postgresql.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_browser import (CHROMIUM, LAUNCH_ARGS, VIEWS, click_download, metric_value, open_view,
                          screenshot, serve, settle, sign_in)
from test_browser_auth import OTHER_COMMUNITIES, STAFF_VIEWS, leaks
from tests.postgres_cluster import Cluster, build_demo_on, environment, throwaway_cluster

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engines,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

OWN, OWN_NAME = "654201001001", "建设街社区居委会"
PASSWORD = "browser-pg-42"
ACCOUNTS = [("pg_admin", "admin", "654201", PASSWORD), ("pg_staff", "community_staff", OWN, PASSWORD)]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with throwaway_cluster() as started:
        yield started


@pytest.fixture(scope="module")
def server(cluster: Cluster, demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = build_demo_on(cluster, demo_home, tmp_path_factory.mktemp("browser-pg") / "home")
    assert not (home / "warehouse.duckdb").exists()  # every figure shown comes from the server
    with environment(cluster.environment() | {"JIEDAO_ENGINE": "postgres"}):
        yield from serve(home, ACCOUNTS)


@pytest.fixture
def page(server: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True, locale="zh-CN")
        context.set_default_timeout(60_000)
        page = context.new_page()
        page.base_url = server
        yield page
        context.close()
        browser.close()


def rows_on_server(cluster: Cluster, where: str) -> int:
    result = cluster.psql("postgres", f"select count(*) from jiedao.fct_indicator_monthly where {where}")
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def downloaded_indicators(page) -> list[list[str]]:
    """数据下载's standardized table as CSV, checked against the row count the page states."""
    open_view(page, "export")
    caption = page.get_by_text(re.compile(r"共 \d+ 行")).first.inner_text()
    payload = Path(click_download(page, "下载 CSV").path()).read_bytes()
    assert payload.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    assert table[0][:2] == ["社区代码", "社区名称"]
    assert len(table) - 1 == int(re.search(r"共 (\d+) 行", caption)[1])
    return table


def test_sign_in_ranking_profile_and_download_on_postgres(page, cluster: Cluster) -> None:
    sign_in(page, "pg_admin", PASSWORD)
    for path in VIEWS:  # never a crash, whatever a page reads
        open_view(page, path)
        assert not page.locator('[data-testid="stException"]').count(), path
    open_view(page, "ranking")
    assert metric_value(page, "2025年12月诉求办结率第一").endswith("社区居委会")
    assert page.locator('[data-testid="stDataFrame"]').count() > 0
    screenshot(page, "postgres-ranking")
    open_view(page, "profile")
    page.get_by_role("heading", name=re.compile(r"社区居委会 · \d{4}年\d{1,2}月")).wait_for()
    page.locator('[data-testid="stMetric"], [data-testid="stDataFrame"]').first.wait_for()  # drawn after the heading
    screenshot(page, "postgres-profile")
    table = downloaded_indicators(page)
    periods = {row[table[0].index("期间")] for row in table[1:]}
    assert periods == {'="2025-12"'}
    assert len(table) - 1 == rows_on_server(cluster, "period = '2025-12'") > 0


def test_a_community_account_sees_only_its_rows_on_postgres(page, cluster: Cluster) -> None:
    sign_in(page, "pg_staff", PASSWORD, f"?community=654201002002&street=654201002")
    for path in STAFF_VIEWS:
        open_view(page, path)
        assert not page.locator('[data-testid="stException"]').count(), path
        assert leaks(page.content(), OTHER_COMMUNITIES) == [], path
    open_view(page, "ranking")
    assert OWN_NAME in page.content()
    open_view(page, "profile")
    page.get_by_role("heading", name=re.compile(f"{OWN_NAME} · ")).wait_for()
    table = downloaded_indicators(page)
    assert {row[0] for row in table[1:]} == {f'="{OWN}"'}
    assert len(table) - 1 == rows_on_server(cluster, f"community_code = '{OWN}' and period = '2025-12'") > 0
    screenshot(page, "postgres-community-export")
