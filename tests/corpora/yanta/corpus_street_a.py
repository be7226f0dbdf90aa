"""Street-office files, part A: web-system exports (.xls that are HTML or tab-separated text), the district file,
the 社会救助 monthly report with its 填报说明 sheet, the 本月数|上月数 report with repeated header rows, the quarter files."""
import datetime as dt

from corpus_grid import Book, Formula, col_letter
from corpus_render import put
from corpus_world import (CA, CODES, DH, DM, DP, DPAY, DUCHENG, FLOAT, FULL, GOODS, HH, INF, JOBS, LH, LOAN, PA,
                          PATROL, PE, PR, PRES, PWJ, RES, SEC, SHORT, STAFF, TRAIN, VOL, VPT, ZEH, pct, site)

S = "batch1/"


def s1_html_petitions(C, W):
    """12月 诉求: an HTML table from the 12345 / 网格化 platform saved as .xls (UTF-8), rowspan/colspan header."""
    b = Book(C, S + "等驾坡街道2025年12月群众诉求办理情况.xls", "html", dt.datetime(2026, 1, 6, 9, 45),
             "street_file_rows;xls_html_utf8;html_rowspan_colspan;title_month_full;header_two_row_merged;"
             "group_headings;header_units_brackets;qizhong_subcolumn;outside_catalogue;derived_percent_text;"
             "seq_column;names_registry_full;total_row;notes_column;export_timestamp_trap;footer_phone")
    sh = b.sheet()
    p = "2025-12"
    sh.merge(0, 0, 0, 8, "等驾坡街道2025年12月群众诉求办理情况统计表")
    sh.merge(1, 0, 1, 8, "数据来源：雁塔区12345市民服务热线及网格化管理平台　　导出时间：2026-01-06 09:41:27")
    sh.header_rows |= {2, 3}
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区名称")
    sh.merge(2, 2, 2, 5, "群众诉求")
    sh.merge(2, 6, 2, 7, "矛盾纠纷")
    sh.merge(2, 8, 3, 8, "备注")
    sh.row(3, 2, ["受理（件）", "办结（件）", "办结率", "其中：网格上报（件）", "排查（起）", "调解结案（起）"])
    notes = {"秦川": "含11月结转2件", "海伦": "物业类诉求较多", "马腾空": "12月18日集中回访"}
    r = 4
    tot = [0, 0, 0]
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, FULL[code]])
        a = put(sh, r, 2, W, code, p, PR)
        b2 = put(sh, r, 3, W, code, p, PRES)
        sh.put(r, 4, pct(b2, a, 2))
        sh.put(r, 5, max(0, a // 3 - 1))
        d = put(sh, r, 7, W, code, p, DM)
        sh.put(r, 6, d + (i % 3))
        sh.put(r, 8, notes.get(SHORT[code], ""))
        tot = [tot[0] + a, tot[1] + b2, tot[2] + d]
        r += 1
    sh.row(r, 0, ["", "合计", tot[0], tot[1], pct(tot[1], tot[0], 2), "", "", tot[2], ""])
    sh.merge(r + 1, 0, r + 1, 8, "制表：等驾坡街道综治中心　　联系电话：029-85521736")


def s2_html_basics(C, W):
    """3月 基础数据: an HTML table saved as .xls in GBK, 社区代码 as text, the period written 2026-03."""
    b = Book(C, S + "等驾坡街道社区基础数据（2026-03）.xls", "html", dt.datetime(2026, 4, 3, 16, 20),
             "street_file_rows;xls_html_gbk;title_month_dash;header_one_row;header_units_brackets;code_column_text;"
             "names_short;outside_catalogue;total_row;seq_column", encoding="gbk", charset="GBK")
    sh = b.sheet()
    p = "2026-03"
    sh.merge(0, 0, 0, 8, "等驾坡街道社区基础数据（2026-03）")
    sh.header_rows.add(1)
    sh.row(1, 0, ["序号", "社区代码", "社区", "辖区户数（户）", "常住人口（人）", "流动人口（人）", "社区工作者（人）",
                  "网格数（个）", "楼院数（个）"])
    r = 2
    tot = [0, 0, 0, 0]
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, code, "@")
        sh.put(r, 2, site(code))
        for j, ind in enumerate([HH, RES, FLOAT, STAFF]):
            tot[j] += put(sh, r, 3 + j, W, code, p, ind, "s")
        sh.row(r, 7, [str(6 + i % 7), str(18 + (i * 7) % 40)])
        r += 1
    sh.row(r, 0, ["", "", "合计"] + [str(t) for t in tot] + ["", ""])


def s3_tsv_jobs(C, W):
    """就业 export: tab-separated text saved as .xls (GBK); 统计期 as 202601 / 202602, 社区代码 and 社区名称."""
    b = Book(C, S + "等驾坡街道就业数据导出.xls", "tsv", dt.datetime(2026, 3, 4, 11, 2),
             "street_file_rows;xls_tsv_gbk;period_yyyymm_column;code_column_text;names_registry_full;"
             "header_one_row;header_units_brackets;qizhong_subcolumn;two_months_long_rows;values_yuan",
             encoding="gbk")
    sh = b.sheet()
    sh.put(0, 0, "查询条件：统计期 202601 至 202602；所属街道 等驾坡街道；导出人 dengjiapo_jy")
    sh.row(1, 0, ["统计期", "所属街道", "社区代码", "社区名称", "开发岗位(个)", "其中:公益性岗位(个)", "城镇新增就业(人)",
                  "零就业家庭(户)", "技能培训(场)", "创业担保贷款(元)", "审核状态"])
    r = 2
    for p, yyyymm in (("2026-01", "202601"), ("2026-02", "202602")):
        for code in CODES:
            sh.row(r, 0, [yyyymm, "等驾坡街道", code, FULL[code]])
            for j, ind in enumerate([JOBS, PWJ, PE, ZEH, TRAIN, LOAN]):
                put(sh, r, 4 + j, W, code, p, ind, "s")
            sh.put(r, 10, "已审核")
            r += 1


def s4_district_safety(C, W):
    """The district's 平安建设 summary of two streets (区委政法委 form), 街道 merged down, 小计 per street, 总计;
    the period only as 统计时段：2026.3.1-2026.3.31."""
    b = Book(C, S + "雁塔区各街道社区平安建设情况汇总表.xlsx", "openpyxl", dt.datetime(2026, 4, 8, 10, 12),
             "district_file;two_streets;street_column_merged;subtotal_rows;grand_total_row;period_span_row;"
             "header_two_row_merged;group_headings;names_short;outside_catalogue;no_period_in_file_name;xlsx_openpyxl")
    sh = b.sheet("平安建设")
    p = "2026-03"
    sh.merge(0, 0, 0, 7, "雁塔区各街道社区平安建设情况汇总表")
    sh.merge(1, 0, 1, 7, "统计时段：2026.3.1-2026.3.31")
    sh.merge(2, 0, 2, 7, "填报单位：区委政法委（区平安办）　　　　　　　　　　　单位：人、起")
    sh.merge(3, 0, 4, 0, "街道")
    sh.merge(3, 1, 4, 1, "社区")
    sh.merge(3, 2, 3, 3, "群防群治力量（人）")
    sh.row(4, 2, ["巡防队员", "平安信息员"])
    sh.merge(3, 4, 4, 4, "治安案件立案（起）")
    sh.merge(3, 5, 4, 5, "人民调解结案（起）")
    sh.merge(3, 6, 4, 6, "重点人员（人）")
    sh.merge(3, 7, 4, 7, "备注")
    r = 5
    grand = [0, 0, 0, 0]
    dj = [(c, SHORT[c] + "社区") for c in CODES]
    dc = [(c, n.replace("社区居民委员会", "社区")) for c, n in DUCHENG]
    for street, rows in (("等驾坡街道", dj), ("杜城街道", dc)):
        start = r
        sub = [0, 0, 0, 0]
        for code, name in rows:
            sh.put(r, 1, name)
            for j, ind in enumerate([PATROL, INF, SEC, DM]):
                sub[j] += put(sh, r, 2 + j, W, code, p, ind)
            sh.put(r, 6, (int(code[-2:]) * 3) % 7)
            r += 1
        sh.merge(start, 0, r - 1, 0, street)
        sh.merge(r, 0, r, 1, "小计")
        sh.row(r, 2, sub)
        grand = [g + s for g, s in zip(grand, sub)]
        r += 1
    sh.merge(r, 0, r, 1, "总计")
    sh.row(r, 2, grand)
    sh.merge(r + 2, 0, r + 2, 7, "注：治安案件以派出所立案数为准，数据截至2026年3月31日；报送时间：2026年4月7日。")


def s5_relief_with_instructions(C, W):
    """1月 社会救助: a 填报说明 sheet before the data sheet, a three-row header (group / item / unit row),
    保障金 in 元 with two decimals, 临时救助 outside, SUM formulas in the 合计 row."""
    b = Book(C, S + "等驾坡街道2026年1月社会救助工作月报.xlsx", "xlsxwriter", dt.datetime(2026, 2, 4, 15, 30),
             "street_file_rows;instructions_sheet_first;header_three_row_merged;units_row;group_headings;"
             "title_month_full;values_yuan_2dp;outside_catalogue;total_formula;names_short;notes_dates;xlsx_xlsxwriter")
    ins = b.sheet("填报说明")
    for i, t in enumerate(["填报说明",
                           "1. 本表由各社区于每月5日前报送街道社会事务办，逾期请电话说明（029-85526104）。",
                           "2. 保障金按当月实际发放金额填写，单位为元，保留两位小数。",
                           "3. 临时救助填写当月审批人次及金额，不含慈善救助。",
                           "4. 春节前（2026年2月17日）走访慰问情况请单独附表报送。",
                           "5. 请勿修改表格格式，勿合并或拆分单元格。"]):
        ins.put(i, 0, t)
    sh = b.sheet("1月")
    p = "2026-01"
    sh.merge(0, 0, 0, 10, "等驾坡街道2026年1月社会救助工作月报表")
    sh.merge(1, 0, 3, 0, "序号")
    sh.merge(1, 1, 3, 1, "社区")
    sh.merge(1, 2, 1, 4, "城市最低生活保障")
    sh.merge(1, 5, 1, 6, "临时救助")
    sh.merge(1, 7, 1, 8, "走访慰问")
    sh.merge(1, 9, 3, 9, "备注")
    sh.row(2, 2, ["保障户数", "保障人数", "保障金", "救助人次", "救助金额", "走访困难群众", "发放慰问品"])
    sh.row(3, 2, ["（户）", "（人）", "（元）", "（人次）", "（元）", "（人）", "（件）"])
    r = 4
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, site(code)])
        put(sh, r, 2, W, code, p, DH)
        put(sh, r, 3, W, code, p, DP)
        put(sh, r, 4, W, code, p, DPAY, fmt="#,##0.00")
        sh.put(r, 5, i % 4)
        sh.put(r, 6, float((i % 4) * 800), "#,##0.00")
        put(sh, r, 7, W, code, p, PA)
        put(sh, r, 8, W, code, p, GOODS)
        if i % 9 == 4:
            sh.put(r, 9, "1月20日起开展春节前走访")
        r += 1
    sh.put(r, 1, "合计")
    for c in range(2, 9):
        col = col_letter(c)
        total = sum(sh.cells[(k, c)] for k in range(4, r))
        sh.put(r, c, Formula(f"=SUM({col}5:{col}{r})", total), "#,##0.00" if c in (4, 6) else None)
    sh.put(r + 2, 0, "填表人：王**　　审核人：刘**　　填报日期：2026年2月4日")


def s6_month_blocks(C, W):
    """26年2月 诉求: 本月数 | 上月数 | 去年同期 | 增减% blocks, header rows repeated after a page break,
    spaces inside words (社　区, 受 理 数, 合  计)."""
    b = Book(C, S + "等驾坡街道26年2月民情诉求月报.xlsx", "openpyxl", dt.datetime(2026, 3, 5, 17, 8),
             "street_file_rows;title_yy_month;month_blocks_last_month_year_ago;header_two_row_merged;"
             "header_repeated_page_break;spaces_inside_words;seq_column;names_short;total_row;xlsx_openpyxl")
    sh = b.sheet("2月")
    p, last, ago = "2026-02", "2026-01", "2025-02"
    sh.merge(0, 0, 0, 13, "等驾坡街道26年2月民情诉求情况月报表")
    sh.merge(1, 0, 1, 13, "单位：件、起")

    def header(r):
        sh.merge(r, 0, r + 1, 0, "序号")
        sh.merge(r, 1, r + 1, 1, "社　区")
        for k, t in enumerate(["受 理 数", "办 结 数", "调解纠纷"]):
            sh.merge(r, 2 + 4 * k, r, 5 + 4 * k, t)
            sh.row(r + 1, 2 + 4 * k, ["本月数", "上月数", "去年同期", "增减%"])

    header(2)
    r = 4
    tot = [0] * 12
    for i, code in enumerate(CODES):
        if i == 14:
            header(r)
            r += 2
        sh.row(r, 0, [i + 1, SHORT[code]])
        for k, ind in enumerate([PR, PRES, DM]):
            now = put(sh, r, 2 + 4 * k, W, code, p, ind)
            a, y = W(code, last, ind), W(code, ago, ind)
            sh.row(r, 3 + 4 * k, [a, y, round(100.0 * (now - y) / y, 1) if y else "—"])
            for j, x in enumerate([now, a, y]):
                tot[4 * k + j] += x
        r += 1
    sh.put(r, 1, "合  计")
    for k in range(3):
        now, a, y = tot[4 * k], tot[4 * k + 1], tot[4 * k + 2]
        sh.row(r, 2 + 4 * k, [now, a, y, round(100.0 * (now - y) / y, 1)])
    sh.put(r + 1, 0, "说明：上月数为1月报表数，去年同期为2025年2月数；2月17日春节假期期间热线工单顺延受理。")


def s7_volunteers_quarter(C, W):
    """2026年第1季度 志愿服务 (.ods): 1月 2月 3月 and a 2026年第1季度 column beside them; stocks at month end."""
    b = Book(C, S + "等驾坡街道2026年第1季度志愿服务统计.ods", "odf", dt.datetime(2026, 4, 7, 9, 5),
             "street_file_rows;ods;title_quarter_numeric;months_as_columns;quarter_total_column;"
             "header_two_row_merged;month_end_stock_columns;outside_catalogue;names_short;seq_column")
    sh = b.sheet("志愿服务")
    sh.merge(0, 0, 0, 10, "等驾坡街道2026年第1季度志愿服务统计表")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    sh.merge(1, 2, 1, 5, "志愿服务（人次）")
    sh.merge(1, 6, 1, 8, "注册志愿者（人）")
    sh.merge(1, 9, 2, 9, "服务时长（小时）")
    sh.row(2, 2, ["1月", "2月", "3月", "2026年第1季度", "1月末", "2月末", "3月末"])
    ms = ["2026-01", "2026-02", "2026-03"]
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, site(code)])
        q = sum(put(sh, r, 2 + j, W, code, m, VPT) for j, m in enumerate(ms))
        sh.quarter(r, 5, (code, "2026-Q1", VPT), q)
        for j, m in enumerate(ms):
            put(sh, r, 6 + j, W, code, m, VOL)
        sh.put(r, 9, q * 2 + 15)


def s8_culture_columns(C, W):
    """一季度 文化宣讲 (.xls): communities as columns, 项目 merged down over 1月 2月 3月 一季度, a 单位 column,
    the year on a second line."""
    b = Book(C, S + "等驾坡街道文化宣讲活动统计（一季度）.xls", "xlwt", dt.datetime(2026, 4, 9, 14, 40),
             "street_file_columns;communities_as_columns;xls_xlwt;title_quarter_cn;year_second_line;"
             "item_column_merged;month_rows;quarter_total_row;units_column;outside_catalogue;total_column;names_short")
    sh = b.sheet("一季度")
    n = len(CODES)
    sh.merge(0, 0, 0, n + 3, "等驾坡街道文化宣讲活动统计（一季度）")
    sh.merge(1, 0, 1, n + 3, "年度：2026年")
    sh.row(2, 0, ["项目", "月份", "单位"] + [SHORT[c] for c in CODES] + ["合计"])
    ms = ["2026-01", "2026-02", "2026-03"]
    r = 3
    for label, unit, ind in (("文体活动", "场", CA), ("政策宣讲", "次", LH), ("参与群众", "人次", None)):
        sh.merge(r, 0, r + 3, 0, label)
        for j, m in enumerate(ms + ["Q1"]):
            sh.row(r + j, 1, [f"{j + 1}月" if m != "Q1" else "一季度", unit])
            tot = 0
            for k, code in enumerate(CODES):
                if ind is None:
                    x = (k * 37 + j * 91) % 300 + 120 if m != "Q1" else None
                    if x is None:
                        x = sum((k * 37 + jj * 91) % 300 + 120 for jj in range(3))
                    sh.put(r + j, 3 + k, x)
                elif m == "Q1":
                    x = sum(W(code, mm, ind) for mm in ms)
                    sh.quarter(r + j, 3 + k, (code, "2026-Q1", ind), x)
                else:
                    x = put(sh, r + j, 3 + k, W, code, m, ind)
                tot += x
            sh.put(r + j, 3 + n, tot)
        r += 4
    sh.merge(r + 1, 0, r + 1, 10, "填报人：赵**　联系电话：18729031256　　2026年4月9日")
