"""Child process (JIEDAO_HOME set): time dashboard views server-side and in headless chromium.

Prints one JSON line {view path: {cold_p50, cold_p95, warm_p50, warm_p95, first_chart}}.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from bench.dashboard_bench import VIEWS
from dashboard import auth, data
from jiedao.accounts import add_user
from jiedao.settings import PROJECT_DIR, Settings

APP = PROJECT_DIR / "dashboard" / "app.py"
CHROMIUM = Path("/usr/bin/chromium")


BENCH_USER, BENCH_PASSWORD = "bench_city", "bench-password-42"


class WholeWarehouseSession(auth.Session):
    """A signed-in session that sees every community of the bench warehouse (several cities):
    without a session the app shows only the sign-in page, which is what an earlier version of
    this timer measured."""

    @property
    def scope(self) -> data.Scope:
        return data.Scope()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def server_side(path: str, repeats: int, city: str) -> dict[str, float]:
    charts: list[int] = []

    def one_run(clear: bool) -> float:
        if clear:
            st.cache_data.clear()
        app = AppTest.from_file(str(APP), default_timeout=600)
        now = time.time()
        app.session_state["session"] = WholeWarehouseSession(BENCH_USER, "city", city, now, now)
        app.switch_page(path)
        started = time.perf_counter()
        app.run()
        elapsed = time.perf_counter() - started
        if app.exception:
            raise RuntimeError(str(app.exception[0].message)[:300])
        if any(button.label == "登录" for button in app.button):
            raise RuntimeError("计时的是登录页，不是视图")
        charts.append(len(app.get("plotly_chart")))
        return elapsed

    cold = [one_run(True) for _ in range(max(2, repeats // 2))]
    one_run(False)
    warm = [one_run(False) for _ in range(repeats)]
    return {"cold_p50": statistics.median(cold), "cold_p95": percentile(cold, 0.95),
            "warm_p50": statistics.median(warm), "warm_p95": percentile(warm, 0.95),
            "charts": min(charts)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def largest_city() -> str:
    import duckdb

    con = duckdb.connect(str(Settings.from_env().warehouse_db), read_only=True)
    try:
        return con.execute("select city_code from dim_community group by city_code "
                           "order by count(*) desc, city_code limit 1").fetchone()[0]
    finally:
        con.close()


def first_charts() -> dict[str, float | None]:
    """Sign in as a city leader (the bench's largest city): time from the click on 登录 to the
    first screen (总览 with its first figure, cold server cache); then open each view twice from
    指标说明 (the second with the server's cache warm): time from the click to the first chart."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timings: dict[str, float | None] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            deadline = time.perf_counter() + 120
            while True:  # the server may still be starting
                try:
                    page.goto(f"http://127.0.0.1:{port}/", timeout=5_000)
                    break
                except Exception:
                    if time.perf_counter() > deadline:
                        raise
                    time.sleep(0.5)
            page.get_by_role("heading", name="登录", level=1).wait_for(timeout=60_000)
            page.get_by_label("用户名").fill(BENCH_USER)
            page.get_by_label("密码").fill(BENCH_PASSWORD)
            started = time.perf_counter()
            page.get_by_role("button", name="登录").click()
            navigation = page.locator('[data-testid="stSidebarNav"]')
            navigation.wait_for(timeout=120_000)
            # the first screen: 总览 with its first figure (数据截至) shown
            page.locator('[data-testid="stMetric"]').first.wait_for(timeout=120_000)
            timings["sign_in"] = time.perf_counter() - started
            for _ in range(2):
                for title, path in VIEWS.items():
                    navigation.get_by_role("link", name="指标说明", exact=True).click()
                    page.get_by_role("heading", name="指标说明", level=1).wait_for(timeout=120_000)
                    page.wait_for_selector('[data-testid="stPlotlyChart"]', state="detached",
                                           timeout=60_000)
                    started = time.perf_counter()
                    navigation.get_by_role("link", name=title, exact=True).click()
                    try:
                        page.wait_for_selector('[data-testid="stPlotlyChart"]', state="attached",
                                               timeout=60_000)
                        timings[path] = time.perf_counter() - started
                    except Exception:
                        timings[path] = None  # no chart within 60 s (e.g. an empty state)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return timings


def main() -> None:
    options = json.loads(sys.argv[1])
    results: dict[str, dict] = {}
    # The session must belong to an account (the app checks role and scope on every run).
    city = largest_city()
    add_user(Settings.from_env(), BENCH_USER, "city", city, BENCH_PASSWORD)
    for path in VIEWS.values():
        try:
            results[path] = server_side(path, options["repeats"], city)
        except Exception as error:  # report, don't stop the other views
            results[path] = {"error": str(error)[:300]}
    if CHROMIUM.exists():
        try:
            for path, seconds in first_charts().items():
                results.setdefault(path, {})["first_chart"] = seconds
        except Exception as error:
            print(f"first chart timing failed: {error}", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
