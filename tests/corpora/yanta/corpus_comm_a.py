"""Community files, part A: 秦川 12月 form, 康宁 本月数|上月数 blocks, 月灯阁 label/value pairs, the traditional
鑫龍天然居 report, 阳光 一季度, 延北 per-month sheets named 202601…, 德邻 三月份, 雁影 CSV, 史家湾 with 填报说明."""
import datetime as dt

import zhconv

from corpus_grid import Book
from corpus_render import put
from corpus_world import (CA, CODE, DH, DM, DP, DPAY, FHC, FLOAT, FLOWS, GOODS, HH, INF, JOBS, LH, LOAN, PA, PAIR,
                          PATROL, PE, PM, PR, PRES, PWJ, RES, SEC, STAFF, TRAIN, VOL, VPT, ZEH, pct)

S = "batch1/"

# the full form a community fills: (group, label, unit, indicator or None for a row outside the catalogue)
FULL_FORM = [
    ("一、民情诉求", [("受理居民诉求", "件", PR), ("办结居民诉求", "件", PRES), ("诉求办结率", "%", "rate"),
                 ("调解矛盾纠纷", "起", DM)]),
    ("二、就业和社会保障", [("新开发就业岗位", "个", JOBS), ("其中：公益性岗位", "个", PWJ), ("帮助实现就业", "人", PE),
                    ("零就业家庭", "户", ZEH), ("发放创业担保贷款", "元", LOAN), ("组织技能培训", "场", TRAIN),
                    ("低保户", "户", DH), ("低保人数", "人", DP), ("发放低保金", "元", DPAY)]),
    ("三、为老助残", [("老年人免费体检", "人", FHC), ("其中：独居老人探访", "人次", None), ("走访慰问困难群众", "人", PA),
                 ("发放慰问物资", "件", GOODS)]),
    ("四、文化宣传", [("举办文体活动", "场", CA), ("开展政策宣讲", "次", LH)]),
    ("五、平安建设", [("巡逻队员", "人", PATROL), ("平安信息员", "人", INF), ("治安案件", "起", SEC),
                 ("消防安全检查", "次", None)]),
    ("六、志愿服务和党建", [("注册志愿者", "人", VOL), ("志愿服务", "人次", VPT), ("在册党员", "人", PM),
                    ("结对帮扶", "对", PAIR)]),
    ("七、基本情况", [("户数", "户", HH), ("常住人口", "人", RES), ("流动人口", "人", FLOAT), ("社区工作者", "人", STAFF)]),
]


def _form_rows(sh, r, W, code, p, col, with_groups=True, styles=None, outside=lambda label: 3):
    """Group rows and numbered items; returns the next row."""
    n = 1
    for group, items in FULL_FORM:
        if with_groups:
            sh.put(r, 0, group)
            r += 1
        for label, unit, ind in items:
            sh.row(r, 0, [n, label, unit])
            if ind == "rate":
                sh.put(r, col, pct(W(code, p, PRES), W(code, p, PR)))
            elif ind is None:
                sh.put(r, col, outside(label))
            else:
                put(sh, r, col, W, code, p, ind, (styles or {}).get(ind, "n"))
            r += 1
            n += 1
    return r


def c1_qinchuan(C, W):
    """秦川 12月: every indicator as a row under 一、… group rows, 填报单位 with 居委会 and 盖章, signers, phone."""
    code, p = CODE["秦川"], "2025-12"
    b = Book(C, S + "秦川社区2025年12月工作报表.xlsx", "openpyxl", dt.datetime(2026, 1, 5, 16, 30),
             "community_file;indicators_as_rows;units_column;group_headings_numbered;seq_column;title_month_full;"
             "form_stamp_line;names_with_juweihui;derived_percent_text;qizhong_row;outside_catalogue;footer_signers;"
             "footer_phone;footer_date_trap;xlsx_openpyxl")
    sh = b.sheet("12月")
    sh.merge(0, 0, 0, 4, "秦川社区2025年12月工作报表")
    sh.merge(1, 0, 1, 4, "填报单位：秦川社区居委会（盖章）")
    sh.row(2, 0, ["序号", "项目", "计量单位", "数量", "备注"])
    r = _form_rows(sh, 3, W, code, p, 3, styles={DPAY: "n"})
    sh.put(r + 1, 0, "填报人：马**　　审核人：党委书记 高**　　联系电话：029-85529317")
    sh.put(r + 2, 0, "报送日期：2026年1月5日")


def c2_kangning(C, W):
    """康宁 26年1月 (.xls): 本月数 | 上月数 | 去年同期 | 增减% for each indicator row."""
    code, p = CODE["康宁"], "2026-01"
    b = Book(C, S + "康宁社区26年1月报表.xls", "xlwt", dt.datetime(2026, 2, 3, 9, 20),
             "community_file;indicators_as_rows;units_column;month_blocks_last_month_year_ago;title_yy_month;xls_xlwt")
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 6, "康宁社区26年1月主要工作指标完成情况")
    sh.row(1, 0, ["指标", "单位", "本月数", "上月数", "去年同期", "增减%", "备注"])
    items = [("受理诉求", "件", PR), ("办结诉求", "件", PRES), ("纠纷调解", "起", DM), ("促进就业", "人", PE),
             ("走访慰问", "人", PA), ("慰问物资", "件", GOODS), ("文体活动", "场", CA), ("志愿服务", "人次", VPT),
             ("注册志愿者", "人", VOL), ("党员", "人", PM), ("低保户", "户", DH), ("低保人员", "人", DP)]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        now = put(sh, r, 2, W, code, p, ind)
        a, y = W(code, "2025-12", ind), W(code, "2025-01", ind)
        sh.row(r, 3, [a, y, round(100.0 * (now - y) / y, 1) if y else "—"])
    sh.put(2 + len(items), 6, "春节前集中走访")
    sh.put(4 + len(items), 0, "填报人：康宁社区 韩**　电话：15829376640")


def c3_yuedengge_typo(C, W):
    """月灯阁 (for 月登阁) 2026年2月: label/value pairs three to a row, units glued on, 无."""
    code, p = CODE["月登阁"], "2026-02"
    b = Book(C, S + "月灯阁社区2026年2月数据.xlsx", "xlsxwriter", dt.datetime(2026, 3, 4, 14, 10),
             "community_file;label_value_pairs;names_homophone;title_month_full;units_glued;values_wu;xlsx_xlsxwriter")
    sh = b.sheet("2月")
    sh.merge(0, 0, 0, 5, "月灯阁社区2026年2月工作数据")
    pairs = [("接待群众诉求", PR, "glue:件"), ("诉求已办结", PRES, "glue:件"), ("化解纠纷", DM, "glue:起"),
             ("开发岗位", JOBS, "glue:个"), ("实现就业", PE, "glue:人"), ("技能培训", TRAIN, "glue:场"),
             ("慰问困难群众", PA, "glue:人"), ("发放慰问品", GOODS, "glue:件"), ("文体活动", CA, "glue:场"),
             ("志愿服务", VPT, "glue:人次"), ("治安案件", SEC, "glue:起"), ("巡逻队员", PATROL, "glue:人")]
    for i, (label, ind, st) in enumerate(pairs):
        r, c = 1 + i // 3, (i % 3) * 2
        sh.put(r, c, label)
        put(sh, r, c + 1, W, code, p, ind, st)
    sh.put(6, 0, "填报：月灯阁社区居委会　2026年3月4日")


def c4_traditional(C, W):
    """鑫龍天然居社區 2026年3月: the whole file in traditional characters."""
    code, p = CODE["鑫龙天然居"], "2026-03"
    t = lambda s: zhconv.convert(s, "zh-tw")
    b = Book(C, S + t("鑫龙天然居社区2026年3月工作报表") + ".xlsx", "openpyxl", dt.datetime(2026, 4, 3, 10, 45),
             "community_file;traditional_chinese;indicators_as_rows;units_column;group_headings_numbered;"
             "title_month_full;derived_percent_text;qizhong_row;outside_catalogue;footer_signers;xlsx_openpyxl")
    sh = b.sheet(t("报表"))
    sh.merge(0, 0, 0, 4, t("鑫龙天然居社区2026年3月工作报表"))
    sh.row(1, 0, [t(x) for x in ["序号", "项目", "计量单位", "本月数", "备注"]])
    r = 2
    n = 1
    for group, items in FULL_FORM[:6]:
        sh.put(r, 0, t(group))
        r += 1
        for label, unit, ind in items:
            sh.row(r, 0, [n, t(label), t(unit)])
            if ind == "rate":
                sh.put(r, 3, pct(W(code, p, PRES), W(code, p, PR)))
            elif ind is None:
                sh.put(r, 3, 2)
            else:
                put(sh, r, 3, W, code, p, ind, "wu_t" if W(code, p, ind) == 0 else "n")
            r += 1
            n += 1
    sh.put(r + 1, 0, t("填报人：刘**　　审核人：周**　　报送日期：2026年4月3日"))


def c5_yangguang_quarter(C, W):
    """阳光 一季度 (.ods): indicators as rows, 1月 2月 3月 | 一季度 (flows summed; stocks —)."""
    code = CODE["阳光"]
    ms = ["2026-01", "2026-02", "2026-03"]
    b = Book(C, S + "阳光社区2026年一季度报表.ods", "odf", dt.datetime(2026, 4, 6, 15, 5),
             "community_file;ods;indicators_as_rows;units_column;months_as_columns;quarter_total_column;"
             "title_quarter_cn")
    sh = b.sheet("一季度")
    sh.merge(0, 0, 0, 6, "阳光社区2026年一季度主要指标")
    sh.row(1, 0, ["指标", "单位", "1月", "2月", "3月", "一季度", "备注"])
    items = [("受理群众诉求", "件", PR), ("办结", "件", PRES), ("调解纠纷", "起", DM), ("新增岗位", "个", JOBS),
             ("实现就业", "人", PE), ("走访帮扶", "人", PA), ("文体活动", "场", CA), ("宣讲", "次", LH),
             ("志愿服务", "人次", VPT), ("注册志愿者", "人", VOL), ("党员", "人", PM), ("常住人口", "人", RES)]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        vals = [put(sh, r, 2 + j, W, code, m, ind) for j, m in enumerate(ms)]
        if ind in FLOWS:
            sh.quarter(r, 5, (code, "2026-Q1", ind), sum(vals))
        else:
            sh.put(r, 5, "—")
    sh.put(3 + len(items), 0, "3月5日学雷锋日志愿服务活动3场，参与居民420人次。")


def c6_yanbei_month_sheets(C, W):
    """延北 1-3月: sheets named 202601 202602 202603, a 汇总 sheet with 202601… integer column headers and a
    1-3月合计 column, a hidden 草稿 sheet."""
    code = CODE["延北"]
    ms = [("2026-01", 202601), ("2026-02", 202602), ("2026-03", 202603)]
    b = Book(C, S + "延北社区月度数据（2026年1-3月）.xlsx", "xlsxwriter", dt.datetime(2026, 4, 2, 9, 30),
             "community_file;sheet_per_month;sheet_name_yyyymm;period_yyyymm_header;summary_sheet_duplicates;"
             "quarter_total_column;hidden_sheet;indicators_as_rows;units_column;xlsx_xlsxwriter")
    items = [("受理诉求", "件", PR), ("办结诉求", "件", PRES), ("开发就业岗位", "个", JOBS), ("就业人数", "人", PE),
             ("低保金发放", "元", DPAY), ("文体活动", "场", CA), ("志愿服务", "人次", VPT), ("注册志愿者", "人", VOL),
             ("流动人口", "人", FLOAT)]
    for p, n in ms:
        sh = b.sheet(str(n))
        sh.merge(0, 0, 0, 3, f"延北社区工作数据（{n}）")
        sh.row(1, 0, ["项目", "单位", "数值", "说明"])
        for i, (label, unit, ind) in enumerate(items):
            sh.row(2 + i, 0, [label, unit])
            put(sh, 2 + i, 2, W, code, p, ind, fmt="0.00" if ind == DPAY else None)
    s = b.sheet("汇总")
    s.row(0, 0, ["项目", "单位"] + [n for _, n in ms] + ["1-3月合计"])
    for i, (label, unit, ind) in enumerate(items):
        s.row(1 + i, 0, [label, unit])
        vals = [put(s, 1 + i, 2 + j, W, code, p, ind) for j, (p, _) in enumerate(ms)]
        if ind in FLOWS:
            s.quarter(1 + i, 5, (code, "2026-Q1", ind), round(sum(vals), 2))
    d = b.sheet("草稿")
    d.hidden = True
    d.row(0, 0, ["诉求", W(code, "2026-03", PR) + 5, "志愿者", W(code, "2026-03", VOL) + 33])


def c7_delin_sanyuefen(C, W):
    """德邻 三月份 (.xls): indicators as columns, a two-row header, one data row; the year only in 所属年度."""
    code, p = CODE["德邻"], "2026-03"
    b = Book(C, S + "德邻社区三月份报表.xls", "xlwt", dt.datetime(2026, 4, 3, 8, 40),
             "community_file;indicators_as_columns;single_data_row;header_two_row_merged;title_month_cn;"
             "year_label_cell;footer_date_trap;xls_xlwt")
    sh = b.sheet("三月份")
    sh.merge(0, 0, 0, 11, "德邻社区三月份工作报表")
    sh.put(1, 0, "所属年度：2026年　　　　填报日期：4月3日")
    groups = [("民情", [("受理（件）", PR), ("办结（件）", PRES)]), ("就业", [("岗位（个）", JOBS), ("就业（人）", PE)]),
              ("平安", [("巡逻队员（人）", PATROL), ("信息员（人）", INF), ("案件（起）", SEC)]),
              ("党建", [("党员（人）", PM), ("结对（对）", PAIR)]), ("人口", [("户数（户）", HH), ("常住（人）", RES)])]
    c = 0
    for g, items in groups:
        sh.merge(2, c, 2, c + len(items) - 1, g)
        for label, ind in items:
            sh.put(3, c, label)
            put(sh, 4, c, W, code, p, ind)
            c += 1
    sh.put(5, 0, "德邻社区居委会")


def c8_yanying_csv(C, W):
    """雁影 2026-04 (UTF-8 CSV): label/value rows, 报表期：2026-04, full-width digits, 约, 余, 无, /."""
    code, p = CODE["雁影"], "2026-04"
    b = Book(C, S + "雁影社区2026-04月报.csv", "csv", dt.datetime(2026, 5, 6, 17, 55),
             "community_file;csv_utf8;label_value_rows;period_text_dash;values_fullwidth;values_approx;values_wu;"
             "values_dash_blank;units_glued", encoding="utf-8")
    sh = b.sheet()
    sh.put(0, 0, "雁影社区工作月报")
    sh.row(1, 0, ["报表期：2026-04", "", ""])
    sh.row(2, 0, ["项目", "数值", "说明"])
    rows = [("受理群众诉求", PR, "s"), ("已办结", PRES, "s"), ("调解纠纷", DM, "wu_s"), ("老年人体检", FHC, "s"),
            ("走访帮扶", PA, "s"), ("慰问物资", GOODS, "yu"), ("文体活动", CA, "glue:场"), ("志愿服务人次", VPT, "yue"),
            ("注册志愿者", VOL, "fw"), ("常住人口", RES, "fw"), ("流动人口", FLOAT, "comma"), ("治安案件", SEC, None)]
    for i, (label, ind, st) in enumerate(rows):
        sh.put(3 + i, 0, label)
        if st is None:
            sh.blank(3 + i, 1, (code, p, ind), "/")
            sh.put(3 + i, 2, "派出所未反馈")
        else:
            put(sh, 3 + i, 1, W, code, p, ind, st if not (st == "s" and W(code, p, ind) == 0) else "wu_s")
    sh.put(4 + len(rows), 0, "联系人：雁影社区 冯** 13709185523")


def c9_shijiawan_yuan(C, W):
    """史家湾 2026年4月: a 填报说明 sheet first; 本月 | 本年累计; amounts in 元 with two decimals (#,##0.00)."""
    code, p = CODE["史家湾"], "2026-04"
    b = Book(C, S + "史家湾社区2026年4月工作报表.xlsx", "openpyxl", dt.datetime(2026, 5, 7, 11, 25),
             "community_file;instructions_sheet_first;indicators_as_rows;units_column;ytd_column;values_yuan_2dp;"
             "title_month_full;xlsx_openpyxl")
    ins = b.sheet("填报说明")
    ins.put(0, 0, "填报说明：1.本月数填当月发生数；2.本年累计自1月起累计，时点数（户数、人数）不填累计；"
                  "3.金额单位为元，保留两位小数；4.每月5日前报送，节假日顺延。")
    sh = b.sheet("报表")
    sh.merge(0, 0, 0, 4, "史家湾社区2026年4月工作报表")
    sh.row(1, 0, ["项目", "计量单位", "本月", "本年累计", "备注"])
    items = [("受理诉求", "件", PR), ("办结诉求", "件", PRES), ("新增就业岗位", "个", JOBS), ("实现就业", "人", PE),
             ("发放创业担保贷款", "元", LOAN), ("低保户", "户", DH), ("低保人数", "人", DP), ("发放低保金", "元", DPAY),
             ("老年人免费体检", "人", FHC), ("走访帮扶困难群众", "人", PA), ("零就业家庭", "户", ZEH)]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        f = "#,##0.00" if unit == "元" else None
        put(sh, r, 2, W, code, p, ind, fmt=f)
        if ind in FLOWS:
            sh.put(r, 3, round(W.ytd(code, p, ind), 2), f)
        else:
            sh.put(r, 3, "/")
    sh.put(3 + len(items), 0, "审核人：史家湾社区党委　　2026年5月7日")
