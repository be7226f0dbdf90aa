"""Street-office files, part B: 党建和平安 with 社区代码 as numbers, the GBK CSV with codes as 6.10113E+11, the long
CSV, 为老服务, stacked tables, the July bound volume of community forms, the 低保 ledger, the 12月 basics."""
import datetime as dt

from corpus_grid import Book, Formula
from corpus_render import put
from corpus_world import (CA, CODE, CODES, DH, DM, DP, DPAY, FHC, FLOAT, FULL, GOODS, HH, INF, JOBS, LH, LOAN, PA,
                          PAIR, PATROL, PE, PM, PR, PRES, PWJ, RES, SEC, SHORT, STAFF, TRAIN, VOL, VPT, ZEH, pct, site)

S = "batch1/"


def s9_party_safety_codes(C, W):
    """2026.4 党建和平安: 社区代码 as numbers (format 0), numbered group headings, registry names, 备注, phone."""
    b = Book(C, S + "等驾坡街道2026.4党建和平安工作统计.xlsx", "xlsxwriter", dt.datetime(2026, 5, 6, 10, 30),
             "street_file_rows;title_dot_month;code_column_number;header_two_row_merged;group_headings_numbered;"
             "header_units_brackets;names_registry_full;outside_catalogue;notes_column;footer_phone;xlsx_xlsxwriter")
    sh = b.sheet("2026.4")
    p = "2026-04"
    sh.merge(0, 0, 0, 9, "等驾坡街道2026.4党建和平安工作统计表")
    sh.merge(1, 0, 2, 0, "社区代码")
    sh.merge(1, 1, 2, 1, "社区名称")
    sh.merge(1, 2, 1, 3, "一、党的建设")
    sh.merge(1, 4, 1, 6, "二、平安建设")
    sh.merge(1, 7, 1, 8, "三、其他")
    sh.merge(1, 9, 2, 9, "备注")
    sh.row(2, 2, ["党员（名）", "结对帮扶（对）", "巡逻队员（人）", "信息员（人）", "治安案件（起）", "网格员（人）",
                  "楼栋长（人）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, int(code), "0")
        sh.put(r, 1, FULL[code])
        for j, ind in enumerate([PM, PAIR, PATROL, INF, SEC]):
            put(sh, r, 2 + j, W, code, p, ind)
        sh.row(r, 7, [4 + i % 5, 10 + (i * 3) % 17])
        if i % 8 == 3:
            d = W(code, p, PM) - W(code, "2026-03", PM)
            sh.put(r, 9, f"4月转入党员{max(d, 1)}名" if d > 0 else "4月无变动")
    sh.merge(4 + len(CODES), 0, 4 + len(CODES), 9, "联系人：党建办 孙**　电话：13991234567　　报送日期：2026年5月6日")


def s10_csv_gbk_sci_codes(C, W):
    """4月份 (GBK CSV): 社区代码 as Excel writes it after a round trip (6.10113E+11) beside the name, the year on
    the second line, messy values."""
    b = Book(C, S + "等驾坡街道4月份社区数据.csv", "csv", dt.datetime(2026, 5, 8, 8, 55),
             "street_file_rows;csv_gbk;title_month_only;year_second_line;code_column_scientific;names_short;"
             "names_homophone;values_fullwidth;values_approx;values_dash_blank;units_glued",
             encoding="gbk")
    sh = b.sheet()
    p = "2026-04"
    sh.put(0, 0, "等驾坡街道4月份社区工作数据")
    sh.put(1, 0, "（2026年）")
    sh.row(2, 0, ["社区代码", "社区名称", "受理诉求（件）", "办结诉求（件）", "帮扶救助（人）", "老年人体检（人）",
                  "文体活动（场）", "就业（人）"])
    odd = {("马腾空", FHC): "yue", ("史家湾", PA): "yu", ("德邻", PR): "fw", ("德邻", PRES): "fw",
           ("花间", CA): "glue:场", ("暖山", PE): "wu_s", ("海伦", PR): "glue:件"}
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, "6.10113E+11")
        sh.put(r, 1, "月灯阁社区" if SHORT[code] == "月登阁" else site(code))
        for j, ind in enumerate([PR, PRES, PA, FHC, CA, PE]):
            key = (code, p, ind)
            if SHORT[code] == "上城" and ind == CA:
                sh.blank(r, 2 + j, key, "—")
            elif SHORT[code] == "雁安" and ind == PE:
                sh.blank(r, 2 + j, key, "")
            else:
                st = odd.get((SHORT[code], ind), "wu_s" if W(*key) == 0 else "s")
                put(sh, r, 2 + j, W, code, p, ind, st)
    sh.put(4 + len(CODES), 0, "报送：等驾坡街道办 2026年5月8日")


def s11_csv_long(C, W):
    """2026年5月 (UTF-8 BOM CSV): long format 序号 | 社区 | 指标名称 | 计量单位 | 数值 | 备注."""
    b = Book(C, S + "等驾坡街道2026年5月社区工作汇总.csv", "csv", dt.datetime(2026, 6, 5, 9, 12),
             "street_file_long;csv_utf8_bom;long_format_unit_note;title_month_full;names_short;values_wan_text;"
             "notes_dates;values_wu", encoding="utf-8-sig")
    sh = b.sheet()
    p = "2026-05"
    sh.put(0, 0, "等驾坡街道2026年5月社区工作汇总")
    sh.row(1, 0, ["序号", "社区", "指标名称", "计量单位", "数值", "备注"])
    items = [("受理群众诉求", "件", PR), ("诉求办结", "件", PRES), ("调解矛盾纠纷", "起", DM),
             ("新开发就业岗位", "个", JOBS), ("创业担保贷款发放", "元", LOAN), ("职业技能培训", "场", TRAIN)]
    r, n = 2, 1
    for code in CODES:
        for label, unit, ind in items:
            sh.row(r, 0, [n, site(code), label, unit])
            v = W(code, p, ind)
            if ind == LOAN and v and SHORT[code] in ("海伦湾", "雁影", "启迪"):
                put(sh, r, 4, W, code, p, ind, "wan_glue")
            else:
                put(sh, r, 4, W, code, p, ind, "wu_s" if v == 0 else "s")
            if ind == PR and n % 5 == 1:
                sh.put(r, 5, "含4月结转2件")
            if ind == TRAIN and SHORT[code] == "雁影":
                sh.put(r, 5, "5月12日防灾减灾日另开展宣传1次")
            r += 1
            n += 1


def s12_csv_elderly(C, W):
    """五月份 为老服务 (UTF-8 CSV, no BOM): the year only on the second line."""
    b = Book(C, S + "等驾坡街道五月份为老服务情况.csv", "csv", dt.datetime(2026, 6, 4, 16, 45),
             "street_file_rows;csv_utf8;title_month_cn;year_second_line;header_one_row;header_units_brackets;"
             "qizhong_subcolumn;outside_catalogue;values_approx;names_short", encoding="utf-8")
    sh = b.sheet()
    p = "2026-05"
    sh.put(0, 0, "等驾坡街道五月份为老服务情况统计")
    sh.put(1, 0, "统计年度：2026")
    sh.row(2, 0, ["社区", "老年人免费体检（人）", "其中：80岁以上（人）", "走访帮扶（人）", "发放物资（件）",
                  "助餐服务（人次）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, SHORT[code])
        f = put(sh, r, 1, W, code, p, FHC, "yue" if SHORT[code] == "海伦湾" else "s")
        sh.put(r, 2, str(f // 6))
        put(sh, r, 3, W, code, p, PA, "yu" if SHORT[code] == "司法小区" else "s")
        put(sh, r, 4, W, code, p, GOODS, "s")
        sh.put(r, 5, str(300 + (i * 53) % 900))


def s13_stacked(C, W):
    """2026年6月 综合报表: two tables stacked on one sheet, a note with a date between them, 万元 loans."""
    b = Book(C, S + "等驾坡街道2026年6月社区综合报表.xlsx", "openpyxl", dt.datetime(2026, 7, 6, 11, 20),
             "street_file_rows;stacked_tables;group_headings_numbered;title_month_full;header_units_brackets;"
             "values_wan_header;total_row;notes_dates;names_short;xlsx_openpyxl")
    sh = b.sheet("6月")
    p = "2026-06"
    sh.merge(0, 0, 0, 6, "等驾坡街道2026年6月社区综合报表")
    sh.put(1, 0, "一、基本情况")
    sh.row(2, 0, ["社区", "户数（户）", "常住人口（人）", "流动人口（人）", "社区工作者（人）"])
    r = 3
    tot = [0] * 4
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for j, ind in enumerate([HH, RES, FLOAT, STAFF]):
            tot[j] += put(sh, r, 1 + j, W, code, p, ind, fmt="#,##0")
        r += 1
    sh.put(r, 0, "合计")
    sh.row(r, 1, tot, "#,##0")
    sh.merge(r + 1, 0, r + 1, 6, "注：人口数据以6月末公安户籍及居住证登记为准，2026年7月3日核对。")
    r += 3
    sh.put(r, 0, "二、民政和就业")
    sh.row(r + 1, 0, ["社区", "低保户（户）", "低保对象（人）", "零就业家庭（户）", "创业担保贷款（万元）",
                      "公益性岗位（个）"])
    r += 2
    tot = [0] * 5
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for j, (ind, st) in enumerate([(DH, "n"), (DP, "n"), (ZEH, "n"), (LOAN, "wan"), (PWJ, "n")]):
            tot[j] += put(sh, r, 1 + j, W, code, p, ind, st)
        r += 1
    sh.put(r, 0, "合计")
    sh.row(r, 1, [tot[0], tot[1], tot[2], tot[3] / 10000, tot[4]])
    sh.put(r + 2, 0, "填报人：社会事务办　　2026年7月6日")


FORM_ITEMS = [("受理群众诉求", "件", PR), ("办结群众诉求", "件", PRES), ("调解矛盾纠纷", "起", DM),
              ("实现就业", "人", PE), ("开展文体活动", "场", CA), ("政策法规宣讲", "次", LH),
              ("志愿服务", "人次", VPT), ("注册志愿者", "人", VOL), ("在册党员", "人", PM),
              ("党员结对帮扶", "对", PAIR), ("治安案件", "起", SEC), ("老年人免费体检", "人", FHC)]


def s14_bound_forms(C, W):
    """2026年7月 合订本: a 汇总 sheet (duplicates), then one sheet per community named by its short name, each a
    form with 填报单位：XX社区（盖章） and 填报人/审核人/联系电话; a hidden scratch sheet."""
    b = Book(C, S + "等驾坡街道2026年7月社区报表（合订本）.xlsx", "openpyxl", dt.datetime(2026, 8, 7, 15, 0),
             "sheet_per_community;summary_sheet_duplicates;hidden_sheet;form_stamp_line;footer_signers;footer_phone;"
             "indicators_as_rows;units_column;seq_column;title_month_in_stamp_line;names_short;xlsx_openpyxl")
    p = "2026-07"
    summ = b.sheet("汇总")
    summ.merge(0, 0, 0, 5, "等驾坡街道2026年7月各社区主要指标汇总")
    summ.row(1, 0, ["社区", "受理诉求（件）", "办结诉求（件）", "注册志愿者（人）", "党员（人）"])
    for i, code in enumerate(CODES):
        summ.put(2 + i, 0, SHORT[code])
        for j, ind in enumerate([PR, PRES, VOL, PM]):
            put(summ, 2 + i, 1 + j, W, code, p, ind)
    for i, code in enumerate(CODES):
        sh = b.sheet(SHORT[code])
        sh.merge(0, 0, 0, 4, "社区工作月报表")
        sh.merge(1, 0, 1, 4, f"填报单位：{site(code)}（盖章）　　　　　　　　2026年7月")
        sh.row(2, 0, ["序号", "指标", "单位", "本月数", "备注"])
        for k, (label, unit, ind) in enumerate(FORM_ITEMS):
            sh.row(3 + k, 0, [k + 1, label, unit])
            put(sh, 3 + k, 3, W, code, p, ind)
        sh.put(3 + len(FORM_ITEMS), 1, "其中：夏季用水用电诉求（件）")
        sh.put(3 + len(FORM_ITEMS), 3, W(code, p, PR) // 4)
        f = 5 + len(FORM_ITEMS)
        sh.put(f, 0, "填报人：" + "张李王赵刘陈"[i % 6] + "**")
        sh.put(f, 2, "审核人：" + "杨黄周吴"[i % 4] + "**")
        sh.put(f + 1, 0, f"联系电话：029-8552{1000 + i * 37}")
        sh.put(f + 1, 2, "报送日期：2026年8月" + str(3 + i % 4) + "日")
    scratch = b.sheet("Sheet30")
    scratch.hidden = True
    for i, code in enumerate(CODES[:10]):
        scratch.row(i, 0, [SHORT[code], W(code, p, PR) + 7, W(code, p, VOL) - 40])


def s15_dibao_ledger(C, W):
    """二季度 低保台账: long format 社区名称 (merged down over its nine rows) | 统计月份 ("2026-04" text, merged over
    three rows) | 指标名称 | 计量单位 | 数值 | 备注; 保障金 in 元 with two decimals."""
    b = Book(C, S + "等驾坡街道低保动态台账（2026年二季度）.xlsx", "xlsxwriter", dt.datetime(2026, 7, 8, 10, 0),
             "street_file_long;long_format_unit_note;community_merged_down;month_merged_down;period_text_dash;"
             "title_quarter_cn;values_yuan_2dp;names_short;xlsx_xlsxwriter")
    sh = b.sheet("台账")
    sh.merge(0, 0, 0, 5, "等驾坡街道城市低保动态台账（2026年二季度）")
    sh.row(1, 0, ["社区名称", "统计月份", "指标名称", "计量单位", "数值", "备注"])
    r = 2
    for code in CODES:
        sh.merge(r, 0, r + 8, 0, site(code))
        for p in ("2026-04", "2026-05", "2026-06"):
            sh.merge(r, 1, r + 2, 1, p)
            for label, unit, ind in (("低保户数", "户", DH), ("低保人数", "人", DP), ("低保金发放", "元", DPAY)):
                sh.row(r, 2, [label, unit])
                put(sh, r, 4, W, code, p, ind, fmt="0.00" if ind == DPAY else "0")
                if ind == DH and p != "2026-04":
                    d = W(code, p, DH) - W(code, W.prev(p), DH)
                    if d:
                        sh.put(r, 5, ("新增" if d > 0 else "退出") + f"{abs(d)}户")
                r += 1


def s16_basics_december(C, W):
    """25年12月 基本情况 (.xls): the period only in a 统计月份 cell holding a real date (yyyy年m月), abbreviations."""
    b = Book(C, S + "等驾坡街道社区基本情况统计表.xls", "xlwt", dt.datetime(2026, 1, 7, 10, 10),
             "street_file_rows;xls_xlwt;period_date_cell;no_period_in_file_name;header_one_row;header_abbrev;"
             "names_short;seq_column;total_row;date_cell_trap")
    sh = b.sheet("基本情况")
    p = "2025-12"
    sh.merge(0, 0, 0, 10, "等驾坡街道社区基本情况统计表")
    sh.put(1, 0, "统计月份：")
    sh.put(1, 1, dt.date(2025, 12, 1), 'yyyy"年"m"月"')
    sh.put(1, 7, "制表日期：")
    sh.put(1, 8, dt.date(2026, 1, 7), "yyyy/m/d")
    cols = [("常住户", HH), ("常住人口", RES), ("流动人口", FLOAT), ("社工", STAFF), ("党员", PM),
            ("注册志愿者", VOL), ("低保户", DH), ("低保人口", DP)]
    sh.row(2, 0, ["序号", "社区"] + [c for c, _ in cols] + ["备注"])
    tot = [0] * len(cols)
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, SHORT[code]])
        for j, (_, ind) in enumerate(cols):
            tot[j] += put(sh, r, 2 + j, W, code, p, ind)
    r = 3 + len(CODES)
    sh.put(r, 1, "合计")
    sh.row(r, 2, tot)
