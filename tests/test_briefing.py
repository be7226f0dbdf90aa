"""jiedao brief (jiedao/briefing): the monthly briefing of a street as XLSX and as a PDF whose
pages render with Chinese text; alert rules as data, each alert with its lineage; without
chromium the XLSX is still written and the PDF's absence is said in Chinese."""

from __future__ import annotations

import shutil
import subprocess

import duckdb
import openpyxl
import pandas as pd
import pytest

from jiedao.briefing import write_briefings
from jiedao.briefing.alerts import evaluate_alerts, read_rules
from jiedao.cli import main
from jiedao.settings import Settings

STREET = "654201001"   # 和平街道


def test_the_xlsx_has_every_section_and_the_headline_figures_match_the_warehouse(demo_home, tmp_path):
    (written,) = write_briefings(Settings(home=demo_home), "2025-11", STREET, tmp_path, pdf=False)
    book = openpyxl.load_workbook(written.xlsx)
    assert book.sheetnames == ["概况", "报送情况", "主要指标", "综合排名", "未达目标", "预警", "数据质量"]
    assert book["概况"]["A1"].value == "和平街道2025年11月工作简报"
    headline = {row[0]: row[1] for row in book["主要指标"].iter_rows(min_row=2, values_only=True)}
    with duckdb.connect(str(demo_home / "warehouse.duckdb"), read_only=True) as con:
        (expected,) = con.execute("select value from fct_indicator_period where level = 'street' and unit_code = ? "
                                  "and grain = 'month' and period = '2025-11' and indicator_code = 'petitions_received'",
                                  [STREET]).fetchone()
    assert headline["民情诉求受理数（件）"] == expected
    ranking = list(book["综合排名"].iter_rows(min_row=2, values_only=True))
    assert len(ranking) == 7


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (make test installs it)")
def test_the_pdf_pages_render_with_chinese_text(demo_home, tmp_path):
    assert main(["--home", str(demo_home), "brief", "--period", "2025-11", "--street", STREET,
                 "--out", str(tmp_path)]) == 0
    (pdf,) = tmp_path.glob("*.pdf")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    assert len(list(tmp_path.glob("page*.png"))) >= 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, timeout=120).stdout.decode()
    assert "和平街道2025年11月工作简报" in text and "数据截至" in text and "综合排名" in text


def test_without_chromium_the_xlsx_is_written_and_the_pdf_is_explained(demo_home, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JIEDAO_CHROMIUM", str(tmp_path / "no-such-browser"))
    assert main(["--home", str(demo_home), "brief", "--period", "2025-11", "--street", STREET,
                 "--out", str(tmp_path)]) == 0
    assert list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))
    assert "chromium" in capsys.readouterr().err


def test_an_alert_rule_added_as_a_row_fires_with_its_source(demo_home):
    rules = pd.concat([read_rules(Settings(home=demo_home).seeds_dir), pd.DataFrame([{
        "rule_code": "any_volunteers_drop", "kind": "drop", "indicator_code": "volunteer_person_times",
        "months": "1", "threshold": "0", "message": "志愿服务人次下降{change}"}])], ignore_index=True)
    with duckdb.connect(str(demo_home / "warehouse.duckdb"), read_only=True) as con:
        alerts = evaluate_alerts(lambda sql, params: con.execute(sql, list(params)).fetchall(), rules, STREET,
                                 "2025-11")
        drops = con.execute("""
            select count(*) from fct_indicator_period a join fct_indicator_period b
              on b.unit_code = a.unit_code and b.level = a.level and b.grain = a.grain
             and b.indicator_code = a.indicator_code and b.period = '2025-10'
            where a.level = 'community' and a.street_code = ? and a.grain = 'month' and a.period = '2025-11'
              and a.indicator_code = 'volunteer_person_times' and b.value > 0 and a.value < b.value""",
                            [STREET]).fetchone()[0]
    fired = [a for a in alerts if a.rule_code == "any_volunteers_drop"]
    assert drops > 0 and len(fired) == drops
    assert all("单元格" in a.source for a in fired)


def test_a_month_nobody_reported_lists_every_community_as_not_reported(demo_home, tmp_path):
    (written,) = write_briefings(Settings(home=demo_home), "2026-10", STREET, tmp_path, pdf=False)
    assert len(written.briefing.not_reported) == 7
    assert {a.rule_code for a in written.briefing.alerts} == {"not_reported"}
