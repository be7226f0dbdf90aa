"""The briefing as files: an XLSX (a sheet per section) and a PDF printed from HTML by the
machine's own headless chromium (Debian's package, with its CJK fonts; nothing fetched: the page
is a local file with its styles inline and no scripts)."""

from __future__ import annotations

import html
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from jiedao.briefing.content import Briefing

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; font-size: 10.5pt; margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }
p.meta { text-align: center; color: #444; margin: 0 0 10pt; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #666; padding: 2pt 4pt; }
th { background: #eef2f7; text-align: center; } td { text-align: center; } tr { page-break-inside: avoid; }
@page { size: A4; margin: 14mm 12mm; }
"""


class BriefingError(Exception):
    """A briefing that cannot be written (no warehouse, no chromium for the PDF); Chinese message."""


def sections(briefing: Briefing) -> list[tuple[str, pd.DataFrame]]:
    alerts = pd.DataFrame([{"社区": a.community_name, "预警": a.message, "来源": a.source} for a in briefing.alerts],
                          columns=["社区", "预警", "来源"])
    return [("报送情况", briefing.completeness), ("主要指标", briefing.headline), ("综合排名", briefing.ranking),
            ("未达目标", briefing.gaps), ("预警", alerts), ("数据质量", briefing.findings)]


def summary_lines(briefing: Briefing) -> list[str]:
    reported = int((briefing.completeness["状态"] == "已报送").sum())
    lines = [f"数据截至：{briefing.data_as_of or '暂无完整月份'}",
             f"报送：{len(briefing.completeness)} 个社区中 {reported} 个全部报送"]
    if briefing.not_reported:
        lines.append("未报送或部分报送：" + "、".join(briefing.not_reported))
    return lines


def briefing_xlsx(briefing: Briefing) -> bytes:
    book = Workbook()
    cover = book.active
    cover.title = "概况"
    cover.append([briefing.title])
    cover["A1"].font = Font(bold=True, size=14)
    for line in summary_lines(briefing):
        cover.append([line])
    cover.append([f"预警 {len(briefing.alerts)} 条，数据质量发现 {len(briefing.findings)} 条"])
    for name, frame in sections(briefing):
        sheet = book.create_sheet(name)
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            sheet.append([None if (isinstance(v, float) and pd.isna(v)) else v for v in row])
        if frame.empty:
            sheet.append(["（无）"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def number(value: float) -> str:
    """12 for 12.0, 88.2 for 88.17: a briefing reads like a report, not a dump."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def briefing_html(briefing: Briefing) -> str:
    parts = [f"<h1>{html.escape(briefing.title)}</h1>",
             "<p class='meta'>" + "　".join(html.escape(line) for line in summary_lines(briefing)) + "</p>"]
    for name, frame in sections(briefing):
        parts.append(f"<h2>{html.escape(name)}</h2>")
        parts.append(frame.to_html(index=False, escape=True, na_rep="—", border=0, float_format=number)
                     if not frame.empty else "<p>（无）</p>")
    return (f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def chromium() -> str | None:
    configured = os.environ.get("JIEDAO_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return next((found for name in CHROMIUM_CANDIDATES if (found := shutil.which(name))), None)


def html_to_pdf(page: str, out: Path, timeout: float = 180.0) -> None:
    binary = chromium()
    if binary is None:
        raise BriefingError("生成 PDF 需要本机的 chromium（Debian：apt-get install chromium fonts-noto-cjk）；"
                            "XLSX 已照常生成")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "briefing.html"
        source.write_text(page, encoding="utf-8")
        target = Path(folder) / "briefing.pdf"
        done = subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                               "--disable-background-networking", "--no-pdf-header-footer",
                               f"--user-data-dir={folder}/profile", f"--print-to-pdf={target}", source.as_uri()],
                              capture_output=True, timeout=timeout)
        if done.returncode != 0 or not target.exists():
            raise BriefingError(f"chromium 未能生成 PDF：{done.stderr.decode('utf-8', 'replace')[-300:]}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(target), out)
