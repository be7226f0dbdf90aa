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
from ingest.settings import PROJECT_DIR

APP = PROJECT_DIR / "dashboard" / "app.py"
CHROMIUM = Path("/usr/bin/chromium")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def server_side(path: str, repeats: int) -> dict[str, float]:
    charts: list[int] = []

    def one_run(clear: bool) -> float:
        if clear:
            st.cache_data.clear()
        app = AppTest.from_file(str(APP), default_timeout=600)
        app.switch_page(path)
        started = time.perf_counter()
        app.run()
        elapsed = time.perf_counter() - started
        if app.exception:
            raise RuntimeError(str(app.exception[0].message)[:300])
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


def first_charts() -> dict[str, float | None]:
    """Open each view twice (the second with the server's cache warm); time to the first chart."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timings: dict[str, float] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
            for path in VIEWS.values():
                url_path = "" if path.endswith("ranking.py") else Path(path).stem
                for _ in range(2):
                    page = browser.new_page()
                    started = time.perf_counter()
                    deadline = started + 120
                    while True:  # the server may still be starting
                        try:
                            page.goto(f"http://127.0.0.1:{port}/{url_path}", timeout=120_000)
                            break
                        except Exception:
                            if time.perf_counter() > deadline:
                                raise
                            time.sleep(0.5)
                            started = time.perf_counter()
                    try:
                        page.wait_for_selector('[data-testid="stPlotlyChart"]', state="attached",
                                               timeout=30_000)
                        timings[path] = time.perf_counter() - started
                    except Exception:
                        timings[path] = None  # no chart within 30 s (e.g. an empty state)
                    page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return timings


def main() -> None:
    options = json.loads(sys.argv[1])
    results: dict[str, dict] = {}
    for path in VIEWS.values():
        try:
            results[path] = server_side(path, options["repeats"])
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
