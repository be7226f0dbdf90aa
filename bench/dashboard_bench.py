"""Dashboard: server-side time per view (AppTest, warm and cold cache) and time to first chart."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench import report
from jiedao.settings import Settings

VIEWS = {"排名": "views/ranking.py", "差距": "views/gaps.py", "社区画像": "views/profile.py"}


def run(settings: Settings, scale: int, *, quick: bool) -> list[str]:
    repeats = 3 if quick else 10
    done = subprocess.run(
        [sys.executable, "-m", "bench.view_timer", json.dumps({"repeats": repeats})],
        env={**os.environ, "JIEDAO_HOME": str(settings.home)}, cwd=settings.project_dir,
        capture_output=True, text=True, timeout=3600)
    lines = [f"### {scale:,} 个社区", ""]
    if done.returncode != 0 or not done.stdout.strip():
        return lines + [f"失败：{(done.stderr or done.stdout).strip()[-800:]}", ""]
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    aim = 1.0 if scale <= 3000 else 2.0
    lines += ["| 视图 | 图表数 | 冷 p50 | 冷 p95 | 热 p50 | 热 p95 | 首个图表（headless chromium） | 目标（热） |",
              "|---|---:|---:|---:|---:|---:|---:|---|"]
    for label, path in VIEWS.items():
        view = timings.get(path, {})
        if "error" in view:
            lines.append(f"| {label} | 失败：{view['error']} | | | | | | |")
            continue
        warm = view.get("warm_p95")
        lines.append(
            f"| {label} | {view.get('charts', '—')} | {report.seconds(view.get('cold_p50'))} | {report.seconds(view.get('cold_p95'))} "
            f"| {report.seconds(view.get('warm_p50'))} | {report.seconds(warm)} "
            f"| {report.seconds(view.get('first_chart'))} "
            f"| {'✅' if warm is not None and warm < aim else '❌'} < {aim:.0f} s |")
    sign_in = timings.get("sign_in", {}).get("first_chart")
    lines += ["", f"登录到首屏（总览，服务端缓存为冷）：{report.seconds(sign_in)}，"
                  f"{'✅' if sign_in is not None and sign_in <= 2.0 else '❌'} 目标 ≤ 2 s"]
    return lines + ["", "服务端用时：streamlit.testing AppTest 以能看到全部社区的已登录会话运行整页脚本（含数据层查询与图表构建）；"
                    "冷 = 清空 st.cache_data 后。首个图表：以市级账号（数据仓中社区最多的城市）登录后，从点击侧栏的视图到第一个 Plotly 图表出现（服务端缓存已热的第二次打开；"
                    "— 表示 60 s 内没有图表，例如数据仓缺表时的空状态）。图表数为 0 的视图显示的是空状态，其用时不代表真实负载。", ""]
