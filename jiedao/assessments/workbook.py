"""The scoring workbook (XLSX): 汇总 (a row per community: every dimension's score, total, stars,
level, 达标, what waits), 说明 (the scheme's rules), then a sheet per community with every
criterion, its points, how it is scored, where each automatic point came from and what would
earn more, the dimension subtotals with their stars, the next-star hints and the workflow so far.

Written with xlsxwriter like jiedao/spreadsheet_writer.py, whose ``neutralize`` every text goes
through (text from names and notes never runs as a formula); codes are text cells."""

from __future__ import annotations

import io
import re

import xlsxwriter

from jiedao.accounts import ROLES
from jiedao.assessments.rating import Assessment, CommunityResult
from jiedao.assessments.schemes import KINDS, Scheme
from jiedao.spreadsheet_writer import neutralize

SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
DETAIL_HEADER = ["维度", "细则", "评分方式", "满分", "得分", "数值/名次", "得分来源", "如何得更多分"]


def render(assessment: Assessment) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    styles = {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "header": book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                                   "valign": "vcenter", "align": "center"}),
        "text": book.add_format({"border": 1, "text_wrap": True, "valign": "top"}),
        "code": book.add_format({"border": 1, "num_format": "@", "valign": "top"}),
        "number": book.add_format({"border": 1, "num_format": "0.0", "valign": "top"}),
        "value": book.add_format({"border": 1, "valign": "top"}),
        "bold": book.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "valign": "top"}),
        "bold_number": book.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2", "num_format": "0.0"}),
        "pending": book.add_format({"border": 1, "bg_color": "#FFF2CC", "num_format": "0.0", "valign": "top"}),
    }
    summary(book.add_worksheet("汇总"), assessment, styles)
    rules(book.add_worksheet("说明"), assessment.scheme, styles)
    used: set[str] = {"汇总", "说明"}
    for result in assessment.communities:
        community_sheet(book.add_worksheet(sheet_name(result.community.name, used)), assessment, result, styles)
    book.close()
    return buffer.getvalue()


def sheet_name(name: str, used: set[str]) -> str:
    base = SHEET_UNSAFE.sub("_", name)[:31] or "社区"
    chosen, n = base, 2
    while chosen in used:
        chosen = f"{base[:28]}_{n}"
        n += 1
    used.add(chosen)
    return chosen


def text(sheet, row: int, col: int, value: object, style) -> None:
    sheet.write_string(row, col, str(neutralize("" if value is None else str(value))), style)


def summary(sheet, assessment: Assessment, styles: dict) -> None:
    scheme = assessment.scheme
    text(sheet, 0, 0, f"{assessment.year}年 {scheme.name} 考核汇总", styles["title"])
    stars = scheme.star_at is not None
    header = (["序号", "街道", "社区", "社区代码"] + [d.name for d in scheme.dimensions] + ["总分"]
              + (["星数"] if stars else []) + ["评定", "达标", "待评分项", "流程"])
    for col, title in enumerate(header):
        text(sheet, 2, col, title, styles["header"])
    for index, result in enumerate(assessment.communities, start=1):
        row = 2 + index
        sheet.write_number(row, 0, index, styles["text"])
        text(sheet, row, 1, result.community.street_name, styles["text"])
        text(sheet, row, 2, result.community.name, styles["text"])
        text(sheet, row, 3, result.community.code, styles["code"])
        col = 4
        for dimension in result.dimensions:
            sheet.write_number(row, col, dimension.score, styles["number"])
            col += 1
        sheet.write_number(row, col, result.total, styles["number"])
        col += 1
        if stars:
            sheet.write_number(row, col, result.stars or 0, styles["text"])
            col += 1
        for value in (result.level, "是" if result.passed else "否", result.pending, result.stage):
            if isinstance(value, int):
                sheet.write_number(row, col, value, styles["text"])
            else:
                text(sheet, row, col, value, styles["text"])
            col += 1
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 2, 18)
    sheet.set_column(3, 3, 15)
    sheet.set_column(4, len(header) - 1, 10)
    sheet.freeze_panes(3, 4)


def rules(sheet, scheme: Scheme, styles: dict) -> None:
    lines = [scheme.name, scheme.description, f"满分 {scheme.total:g} 分，{len(scheme.dimensions)} 个维度：" +
             "、".join(f"{d.name} {d.max:g} 分" + ("（权重）" if d.weighted else "") for d in scheme.dimensions)]
    if scheme.star_at is not None:
        lines.append(f"维度得分 ≥{scheme.star_at:g} 分得一颗星。")
    for level in scheme.levels:
        conditions = ([f"≥{level.stars} 颗星"] if level.stars is not None else []) + \
                     ([f"总分 ≥{level.total:g}"] if level.total is not None else [])
        lines.append(f"「{level.name}」：{'，'.join(conditions)}" + ("（达标）" if level.name == scheme.pass_level else ""))
    lines.append(f"其余：「{scheme.otherwise}」")
    if scheme.workflow:
        lines.append("流程：" + " → ".join(f"{s.name}（{'、'.join(ROLES[r] for r in s.roles)}）" for s in scheme.workflow))
    lines.append("评分方式：" + "；".join(f"{name}" for name in KINDS.values()) +
                 "。自动评分取数据仓的年度值；未报送的指标不得分；人工评分未录入时记 0 分（待评分）。")
    lines.append(f"方案文件：{scheme.source.name}")
    for row, line in enumerate(lines):
        text(sheet, row, 0, line, styles["title"] if row == 0 else None)
    sheet.set_column(0, 0, 100)


def community_sheet(sheet, assessment: Assessment, result: CommunityResult, styles: dict) -> None:
    scheme, community = assessment.scheme, result.community
    text(sheet, 0, 0, f"{community.name} {assessment.year}年 {scheme.name} 评分表", styles["title"])
    facts = [("街道", community.street_name), ("社区代码", community.code), ("总分", f"{result.total:g} / {scheme.total:g}")]
    if result.stars is not None:
        facts.append(("星数", f"{result.stars} / {len(result.dimensions)}"))
    facts += [("评定", result.level), ("达标", "是" if result.passed else "否"), ("流程", result.stage)]
    for offset, (label, value) in enumerate(facts):
        text(sheet, 1 + offset, 0, label, styles["bold"])
        text(sheet, 1 + offset, 1, value, styles["code"] if label == "社区代码" else styles["text"])
    row = 2 + len(facts)
    for col, title in enumerate(DETAIL_HEADER):
        text(sheet, row, col, title, styles["header"])
    for dimension in result.dimensions:
        for item in dimension.criteria:
            row += 1
            text(sheet, row, 0, dimension.dimension.name, styles["text"])
            text(sheet, row, 1, item.criterion.name, styles["text"])
            text(sheet, row, 2, KINDS[item.criterion.kind], styles["text"])
            sheet.write_number(row, 3, item.criterion.max, styles["number"])
            sheet.write_number(row, 4, item.points, styles["pending" if item.pending else "number"])
            if item.value is None:
                text(sheet, row, 5, "—", styles["text"])
            else:
                sheet.write_number(row, 5, round(item.value, 2), styles["value"])
            text(sheet, row, 6, item.source, styles["text"])
            text(sheet, row, 7, item.hint, styles["text"])
        row += 1
        star = "" if dimension.star is None else ("  ★ 得星" if dimension.star else "  未得星")
        text(sheet, row, 0, dimension.dimension.name, styles["bold"])
        text(sheet, row, 1, f"维度小计{'（按权重折算）' if dimension.dimension.weighted else ''}{star}", styles["bold"])
        text(sheet, row, 2, "", styles["bold"])
        sheet.write_number(row, 3, dimension.dimension.max, styles["bold_number"])
        sheet.write_number(row, 4, dimension.score, styles["bold_number"])
        for col in (5, 6, 7):
            text(sheet, row, col, "", styles["bold"])
    row += 2
    text(sheet, row, 0, "如何得下一颗星 / 下一等级", styles["bold"])
    for hint in result.hints or ("已达到最高等级",):
        row += 1
        text(sheet, row, 0, hint, None)
    row += 2
    text(sheet, row, 0, "流程", styles["bold"])
    for status in result.workflow:
        row += 1
        done = status.passed
        text(sheet, row, 0, status.step.name, styles["text"])
        text(sheet, row, 1, "待办理" if done is None else f"{done.decision}：{done.username}（{ROLES.get(done.role, done.role)}）",
             styles["text"])
        text(sheet, row, 2, "" if done is None else done.at.replace("T", " "), styles["text"])
        text(sheet, row, 3, "" if done is None else done.note, styles["text"])
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 1, 28)
    sheet.set_column(2, 5, 10)
    sheet.set_column(6, 6, 60)
    sheet.set_column(7, 7, 40)
    sheet.freeze_panes(3 + len(facts), 2)
