"""Community files, part B: 海伦湾 类别 column, 启迪 one data row, 花间 二季度 months as rows, 建工路 date cells,
暖山 GBK CSV, 东等驾坡 side-by-side tables, 西等驾坡 units in the labels, 千户 July (batch1) and its 更正 (batch2)."""
import datetime as dt

from corpus_grid import Book
from corpus_render import put
from corpus_world import (CA, CODE, DH, DM, DP, DPAY, FHC, FLOAT, FLOWS, GOODS, HH, INF, JOBS, LH, LOAN, PA, PAIR,
                          PATROL, PE, PM, PR, PRES, PWJ, RES, SEC, STAFF, TRAIN, VOL, VPT, ZEH, pct)

S = "batch1/"


def c10_hailunwan(C, W):
    """海伦湾 2026年5月: a 类别 column merged down, 其中 rows (one outside), 万元 written in the cell, 占比 row."""
    code, p = CODE["海伦湾"], "2026-05"
    b = Book(C, S + "海伦湾社区2026年5月报表.xlsx", "xlsxwriter", dt.datetime(2026, 6, 3, 10, 15),
             "community_file;indicators_as_rows;category_column_merged;units_column;qizhong_row;outside_catalogue;"
             "values_wan_text;derived_share_row;title_month_full;xlsx_xlsxwriter")
    sh = b.sheet("5月")
    sh.merge(0, 0, 0, 4, "海伦湾社区2026年5月报表")
    sh.row(1, 0, ["类别", "工作内容", "单位", "完成数", "备注"])
    groups = [("就业创业", [("新开发岗位", "个", JOBS, "n"), ("其中：公益性岗位", "个", PWJ, "n"),
                          ("公益性岗位占比", "%", "share", None), ("实现就业人数", "人", PE, "n"),
                          ("创业担保贷款", "元", LOAN, "wan_glue")]),
              ("社会救助", [("低保户数", "户", DH, "n"), ("低保人数", "人", DP, "n"), ("低保金", "元", DPAY, "wan_glue")]),
              ("为老服务", [("免费健康体检", "人", FHC, "n"), ("其中：残疾人体检", "人", None, None),
                        ("走访慰问", "人", PA, "n")]),
              ("平安建设", [("治安巡逻队员", "人", PATROL, "n"), ("平安信息员", "人", INF, "n"),
                        ("治安案件", "起", SEC, "wu")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind, st in items:
            sh.row(r, 1, [label, unit])
            if ind == "share":
                sh.put(r, 3, pct(W(code, p, PWJ), W(code, p, JOBS)))
            elif ind is None:
                sh.put(r, 3, 3)
            else:
                if st == "wan_glue" and W(code, p, ind) == 0:
                    st = "n"
                put(sh, r, 3, W, code, p, ind, st)
            r += 1
    sh.put(r + 1, 0, "海伦湾社区居委会　2026年6月3日")


def c11_qidi_one_row(C, W):
    """启迪 2026.5月报 (.ods): one data row under a two-row header and a row of units."""
    code, p = CODE["启迪"], "2026-05"
    b = Book(C, S + "启迪社区2026.5月报.ods", "odf", dt.datetime(2026, 6, 4, 9, 0),
             "community_file;ods;indicators_as_columns;single_data_row;header_two_row_merged;units_row;"
             "title_dot_month;values_approx")
    sh = b.sheet("5月")
    groups = [("诉求", [("受理", "件", PR), ("办结", "件", PRES)]), ("就业", [("岗位", "个", JOBS), ("就业", "人", PE)]),
              ("志愿服务", [("服务人次", "人次", VPT), ("注册人数", "人", VOL)]),
              ("基本情况", [("户数", "户", HH), ("常住人口", "人", RES), ("流动人口", "人", FLOAT)])]
    sh.merge(0, 0, 0, 9, "启迪社区2026.5月报")
    c = 0
    for g, items in groups:
        sh.merge(1, c, 1, c + len(items) - 1, g)
        for label, unit, ind in items:
            sh.put(2, c, label)
            sh.put(3, c, f"（{unit}）")
            put(sh, 4, c, W, code, p, ind, "yue" if ind == VPT else "n")
            c += 1


def c12_huajian_q2(C, W):
    """花间 2026年第二季度: months as rows (4月 5月 6月, year in the title) and a 二季度合计 row."""
    code = CODE["花间"]
    ms = ["2026-04", "2026-05", "2026-06"]
    b = Book(C, S + "花间社区2026年第二季度工作台账.xlsx", "openpyxl", dt.datetime(2026, 7, 3, 16, 0),
             "community_file;months_as_rows;quarter_total_row;title_quarter_full;header_units_brackets;"
             "indicators_as_columns;xlsx_openpyxl")
    sh = b.sheet("二季度")
    cols = [("受理（件）", PR), ("办结（件）", PRES), ("文体活动（场）", CA), ("宣讲（次）", LH), ("志愿服务（人次）", VPT),
            ("注册志愿者（人）", VOL), ("帮扶困难群众（人）", PA)]
    sh.merge(0, 0, 0, len(cols), "花间社区2026年第二季度工作台账")
    sh.row(1, 0, ["月份"] + [c for c, _ in cols])
    for i, m in enumerate(ms):
        sh.put(2 + i, 0, f"{4 + i}月")
        for j, (_, ind) in enumerate(cols):
            put(sh, 2 + i, 1 + j, W, code, m, ind)
    sh.put(5, 0, "二季度合计")
    for j, (_, ind) in enumerate(cols):
        if ind in FLOWS:
            sh.quarter(5, 1 + j, (code, "2026-Q2", ind), sum(W(code, m, ind) for m in ms))
        else:
            sh.put(5, 1 + j, "—")


def c13_jiangonglu_datecell(C, W):
    """建工路 月报: the only period is the 统计月份 date cell; a 填报日期 date cell beside it; 本月 | 本年累计."""
    code, p = CODE["建工路"], "2026-06"
    b = Book(C, S + "建工路社区月报.xlsx", "xlsxwriter", dt.datetime(2026, 7, 4, 10, 40),
             "community_file;period_date_cell;date_cell_trap;no_period_in_file_name;indicators_as_rows;units_column;"
             "ytd_column;xlsx_xlsxwriter")
    sh = b.sheet("月报")
    sh.merge(0, 0, 0, 4, "建工路社区工作月报")
    sh.put(1, 0, "统计月份")
    sh.put(1, 1, dt.date(2026, 6, 1), 'yyyy"年"m"月"')
    sh.put(1, 2, "填报日期")
    sh.put(1, 3, dt.date(2026, 7, 4), "yyyy/m/d")
    sh.row(2, 0, ["指标", "单位", "本月", "本年累计", "备注"])
    items = [("受理居民诉求", "件", PR), ("办结居民诉求", "件", PRES), ("调解纠纷", "起", DM), ("开发岗位", "个", JOBS),
             ("就业人数", "人", PE), ("技能培训", "场", TRAIN), ("文体活动", "场", CA), ("志愿服务", "人次", VPT),
             ("注册志愿者", "人", VOL), ("党员", "人", PM), ("结对帮扶", "对", PAIR)]
    for i, (label, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [label, unit])
        put(sh, r, 2, W, code, p, ind)
        sh.put(r, 3, W.ytd(code, p, ind) if ind in FLOWS else "—")


def c14_nuanshan_csv(C, W):
    """暖山 26年7月 (GBK CSV): 指标 | 单位 | 本月 | 备注, "12,345" text."""
    code, p = CODE["暖山"], "2026-07"
    b = Book(C, S + "暖山社区26年7月工作报表.csv", "csv", dt.datetime(2026, 8, 4, 9, 35),
             "community_file;csv_gbk;indicators_as_rows;units_column;title_yy_month;values_comma_text;notes_column",
             encoding="gbk")
    sh = b.sheet()
    sh.put(0, 0, "暖山社区26年7月工作报表")
    sh.row(1, 0, ["指标", "单位", "本月", "备注"])
    items = [("受理诉求", "件", PR, "s"), ("办结诉求", "件", PRES, "s"), ("矛盾调解", "起", DM, "wu_s"),
             ("走访帮扶", "人", PA, "s"), ("文体活动", "场", CA, "s"), ("志愿服务", "人次", VPT, "s"),
             ("注册志愿者", "人", VOL, "comma"), ("常住户", "户", HH, "comma"), ("常住人口", "人", RES, "comma"),
             ("流动人口", "人", FLOAT, "comma"), ("社区工作者", "人", STAFF, "s")]
    for i, (label, unit, ind, st) in enumerate(items):
        sh.row(2 + i, 0, [label, unit])
        put(sh, 2 + i, 2, W, code, p, ind, st if W(code, p, ind) else "wu_s")
    sh.put(2, 3, "夏季用水诉求增多")
    sh.put(3 + len(items), 0, "填报人：暖山社区 许**，电话 029-89396021，2026年8月4日")


def c15_dongdengjiapo_side(C, W):
    """东等驾坡社区居民委员会 2025年12月: two tables side by side (民生服务 | 基础数据)."""
    code, p = CODE["东等驾坡"], "2025-12"
    b = Book(C, S + "东等驾坡社区居民委员会2025年12月报表.xlsx", "openpyxl", dt.datetime(2026, 1, 6, 11, 0),
             "community_file;side_by_side_tables;label_value_rows;units_in_labels;names_registry_full;"
             "title_month_full;xlsx_openpyxl")
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "东等驾坡社区居民委员会2025年12月报表")
    sh.put(1, 0, "一、民生服务")
    sh.put(1, 3, "二、基础数据")
    sh.row(2, 0, ["项目", "数量"])
    sh.row(2, 3, ["项目", "数量"])
    left = [("受理诉求（件）", PR), ("办结（件）", PRES), ("调解（起）", DM), ("帮扶困难群众（人）", PA),
            ("文体活动（场）", CA), ("宣讲（次）", LH), ("志愿服务（人次）", VPT)]
    right = [("户数（户）", HH), ("常住人口（人）", RES), ("流动人口（人）", FLOAT), ("社区工作者（人）", STAFF),
             ("党员（人）", PM), ("注册志愿者（人）", VOL), ("低保户（户）", DH)]
    for i, ((l1, i1), (l2, i2)) in enumerate(zip(left, right)):
        sh.put(3 + i, 0, l1)
        put(sh, 3 + i, 1, W, code, p, i1)
        sh.put(3 + i, 3, l2)
        put(sh, 3 + i, 4, W, code, p, i2)


def c16_xidengjiapo_ods(C, W):
    """西等驾坡 2026年6月 (.ods): units in the labels, no 单位 column, a blank and a — slot."""
    code, p = CODE["西等驾坡"], "2026-06"
    b = Book(C, S + "西等驾坡社区2026年6月报表.ods", "odf", dt.datetime(2026, 7, 3, 14, 20),
             "community_file;ods;indicators_as_rows;units_in_labels;title_month_full;values_dash_blank")
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 2, "西等驾坡社区2026年6月报表")
    sh.row(1, 0, ["项目", "本月", "备注"])
    items = [("受理群众诉求（件）", PR), ("办结（件）", PRES), ("调解纠纷（起）", DM), ("实现就业（人）", PE),
             ("技能培训（场）", TRAIN), ("文体活动（场）", CA), ("政策宣讲（次）", LH), ("走访慰问（人）", PA),
             ("治安案件（起）", SEC), ("志愿服务（人次）", VPT), ("结对帮扶（对）", PAIR)]
    for i, (label, ind) in enumerate(items):
        sh.put(2 + i, 0, label)
        if ind == TRAIN:
            sh.blank(2 + i, 1, (code, p, ind), "—")
        elif ind == LH:
            sh.blank(2 + i, 1, (code, p, ind), "")
        else:
            put(sh, 2 + i, 1, W, code, p, ind)
    sh.put(3 + len(items), 0, "6月12日组织端午节系列活动")


QIANHU_ITEMS = [("受理居民诉求", "件", PR), ("办结居民诉求", "件", PRES), ("调解纠纷", "起", DM), ("实现就业", "人", PE),
                ("走访帮扶", "人", PA), ("文体活动", "场", CA), ("志愿服务", "人次", VPT), ("注册志愿者", "人", VOL),
                ("党员", "人", PM), ("常住人口", "人", RES)]


def c17_qianhu_first(C, W):
    """千户 2026年7月 (.xls, batch1): the first version (受理, 办结 and 注册志愿者 are off)."""
    code, p = CODE["千户"], "2026-07"
    b = Book(C, S + "千户社区2026年7月工作报表.xls", "xlwt", dt.datetime(2026, 8, 3, 17, 30),
             "community_file;xls_xlwt;indicators_as_rows;units_column;title_month_full;corrected_later")
    sh = b.sheet("7月")
    sh.merge(0, 0, 0, 3, "千户社区2026年7月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    for i, (label, unit, ind) in enumerate(QIANHU_ITEMS):
        sh.row(2 + i, 0, [label, unit])
        put(sh, 2 + i, 2, W, code, p, ind)
    sh.put(3 + len(QIANHU_ITEMS), 0, "千户社区　2026年8月3日")


def c18_qianhu_correction(C, W):
    """千户 2026年7月（更正） (batch2): the whole report again with a 更正说明."""
    code, p = CODE["千户"], "2026-07"
    b = Book(C, "batch2/千户社区2026年7月工作报表（更正）.xlsx", "openpyxl", dt.datetime(2026, 8, 12, 10, 5),
             "community_file;correction;indicators_as_rows;units_column;title_month_full;xlsx_openpyxl")
    sh = b.sheet("7月")
    sh.merge(0, 0, 0, 3, "千户社区2026年7月工作报表（更正）")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    notes = {PR: "原报漏统计12345转办件", PRES: "原报含6月已办结件", VOL: "原报含已注销志愿者"}
    for i, (label, unit, ind) in enumerate(QIANHU_ITEMS):
        sh.row(2 + i, 0, [label, unit])
        sh.val(2 + i, 2, (code, p, ind), W(code, p, ind), role="correction" if ind in notes else "duplicate")
        if ind in notes:
            sh.put(2 + i, 3, notes[ind])
    sh.put(3 + len(QIANHU_ITEMS), 0, "更正说明：经核实，7月受理、办结及注册志愿者数据有误，以本表为准。2026年8月12日")
