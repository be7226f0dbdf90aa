"""Street-office files, part B: 党建, 低保 by quarter, one workbook of community sheets, the WPS monthly, a long
ledger and the September base figures."""
import random

from corpus_grid import Book, Formula
from corpus_render import approx, can_approx, messy, thousands, trailing
from corpus_world import CODE, CODES, FULL, QUARTERS, SEED, SHORT, V1, month_date, sent


def _rng(name):
    return random.Random(f"{SEED}-{name}")


def f_party_jan():
    name = "保健路街道26年1月党建工作统计.xlsx"
    rng, p = _rng(name), "2026-01"
    b = Book("batch1", name, "xlsxwriter", sent(2026, 2, 3, 16, 40),
             ["street", "three_row_header", "newline_header", "xinzeng_leiji_stock", "sum_formulas",
              "full_names", "period_two_digit_year"])
    s = b.sheet("党建")
    s.merge(0, 0, 0, 5, "保健路街道26年1月党建及志愿服务工作统计", bold=True)
    s.merge(1, 0, 3, 0, "序号")
    s.merge(1, 1, 3, 1, "社区")
    s.merge(1, 2, 1, 5, "党建工作")
    s.merge(2, 2, 2, 3, "党员队伍")
    s.merge(2, 4, 2, 5, "志愿服务")
    s.row(3, 2, ["在册党员\n（名）", "结对帮扶\n（对）", "本月新增\n志愿者（人）", "累计注册\n志愿者（人）"])
    for i, code in enumerate(CODES):
        r = 4 + i
        pm, pa, vol = V1(code, p, "party_members"), V1(code, p, "pairings"), V1(code, p, "volunteers")
        s.put(r, 0, i + 1)
        s.put(r, 1, FULL[code])
        s.val(r, 2, (code, p, "party_members"), pm, pm)
        s.val(r, 3, (code, p, "pairings"), pa, pa)
        s.put(r, 4, vol - V1(code, "2025-12", "volunteers"))
        s.val(r, 5, (code, p, "volunteers"), vol, vol)
    r = 4 + len(CODES)
    s.merge(r, 0, r, 1, "合计")
    for j in range(4):
        col = "CDEF"[j]
        total = sum((V1(c, p, ["party_members", "pairings", None, "volunteers"][j]) if j != 2 else
                     V1(c, p, "volunteers") - V1(c, "2025-12", "volunteers")) for c in CODES)
        s.put(r, 2 + j, Formula(f"=SUM({col}5:{col}{r})", total))
    s.put(r + 1, 0, "填报：街道党工委　2026年2月3日")
    s.width(1, 24)
    return b


def f_dibao_q4():
    name = "保健路街道第四季度低保金发放明细.xls"
    rng, q = _rng(name), "2025-Q4"
    months = QUARTERS[q]
    b = Book("batch1", name, "xlwt", sent(2026, 1, 8, 9, 45),
             ["street", "xls", "quarterly_with_months", "quarter_total_col", "months_as_columns", "two_row_header",
              "thousands_format", "total_row", "short_names", "year_in_title_only"])
    s = b.sheet("第四季度")
    s.merge(0, 0, 0, 7, "保健路街道2025年第四季度城市低保统计", bold=True)
    s.merge(1, 0, 2, 0, "社区")
    s.merge(1, 1, 1, 4, "低保金发放（元）")
    s.merge(1, 5, 1, 7, "低保户数（户）")
    s.row(2, 1, ["10月", "11月", "12月", "第四季度合计", "10月", "11月", "12月"])
    sums = [0] * 7
    for i, code in enumerate(CODES):
        r = 3 + i
        s.put(r, 0, SHORT[code])
        for j, m in enumerate(months):
            pay, hh = V1(code, m, "dibao_payout_yuan"), V1(code, m, "dibao_households")
            s.val(r, 1 + j, (code, m, "dibao_payout_yuan"), pay, pay, fmt="thousands")
            s.val(r, 5 + j, (code, m, "dibao_households"), hh, hh)
            sums[j] += pay
            sums[4 + j] += hh
        qt = sum(V1(code, m, "dibao_payout_yuan") for m in months)
        s.qtr(r, 4, (code, q, "dibao_payout_yuan"), qt, qt, fmt="thousands")
        sums[3] += qt
    r = 3 + len(CODES)
    s.put(r, 0, "合计")
    for j, x in enumerate(sums):
        s.put(r, 1 + j, x, fmt="thousands" if j < 4 else None)
    s.put(r + 2, 0, "民政助理：张敏　　2026年1月8日")
    return b


SHEET_NAMES = ["电影机", "科研路社区", "制药厂社区居委会", "和谐", "新华社区", "学府四道街", "保健社区", "医大二院",
               "哈平路社区", "大众新城"]
JAN_ITEMS = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("老年人免费体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("开展文体活动", "场", "cultural_activities"), ("开展政策宣讲", "次", "lectures_held")]


def f_sheets_jan():
    name = "保健路街道各社区2026年1月报表.xlsx"
    rng, p = _rng(name), "2026-01"
    b = Book("batch1", name, "openpyxl", sent(2026, 2, 6, 17, 30),
             ["street", "sheet_per_community", "indicators_rows_unit_col", "summary_sheet_duplicates",
              "hidden_scratch_sheet", "messy_values", "period_title"])
    codes = []
    for sn in SHEET_NAMES:
        short = sn.replace("社区居委会", "").replace("社区", "")
        code = CODE[short]
        codes.append(code)
        s = b.sheet(sn)
        s.merge(0, 0, 0, 3, "2026年1月社区工作月报表", bold=True)
        s.put(1, 0, f"报送单位：{FULL[code]}")
        s.row(2, 0, ["项目", "单位", "数值", "备注"])
        for i, (label, unit, ind) in enumerate(JAN_ITEMS):
            v = V1(code, p, ind)
            s.row(3 + i, 0, [label, unit])
            s.val(3 + i, 2, (code, p, ind), messy(v, rng), v)
        s.put(3 + len(JAN_ITEMS), 3, "春节前集中开展送温暖活动")
        s.put(5 + len(JAN_ITEMS), 0, "社区书记签字：　　　　　2026年2月5日")
    s = b.sheet("汇总", hint="duplicate")
    s.merge(0, 0, 0, 8, "保健路街道2026年1月各社区报表汇总", bold=True)
    s.row(1, 0, ["社区"] + [f"{label}（{unit}）" for label, unit, _ in JAN_ITEMS])
    for i, code in enumerate(codes):
        s.put(2 + i, 0, SHORT[code] + "社区")
        for j, (_, _, ind) in enumerate(JAN_ITEMS):
            v = V1(code, p, ind)
            s.val(2 + i, 1 + j, (code, p, ind), v, v)
    s.put(2 + len(codes), 0, "合计")
    s.row(2 + len(codes), 1, [sum(V1(c, p, ind) for c in codes) for _, _, ind in JAN_ITEMS])
    s = b.sheet("Sheet3", hidden=True)
    s.row(0, 0, ["电影机", "科研路", "和谐", "医大二院"])
    s.row(1, 0, [rng.randint(5, 40) for _ in range(4)])
    s.row(2, 0, [rng.randint(5, 40) for _ in range(4)])
    s.put(4, 0, "草稿，核对用")
    return b


def f_monthly_apr_et():
    name = "保健路街道2026.4月报.et"
    rng, p = _rng(name), "2026-04"
    b = Book("batch1", name, "xlwt", sent(2026, 5, 6, 10, 0),
             ["street", "wps_et", "two_row_header", "newline_header", "renci_slash", "approx_values",
              "jwh_suffix", "homophone_row", "period_dot", "footer_phone"])
    s = b.sheet("4月")
    s.merge(0, 0, 0, 8, "保健路街道2026.4月社区工作综合月报", bold=True)
    s.merge(1, 0, 2, 0, "序号")
    s.merge(1, 1, 2, 1, "社区居委会")
    s.merge(1, 2, 1, 3, "民生诉求")
    s.merge(1, 4, 1, 5, "就业")
    s.merge(1, 6, 2, 6, "志愿服务\n（人/次）")
    s.merge(1, 7, 1, 8, "文化")
    s.row(2, 2, ["受理(件)", "办结(件)", "新增岗位(个)", "实现就业(人)"])
    s.row(2, 7, ["文体活动(场)", "宣讲(次)"])
    cols = [(2, "petitions_received"), (3, "petitions_resolved"), (4, "jobs_created"), (5, "people_employed"),
            (6, "volunteer_person_times"), (7, "cultural_activities"), (8, "lectures_held")]
    for i, code in enumerate(CODES):
        r = 3 + i
        s.put(r, 0, i + 1)
        short = "龙象路" if code == CODE["龙橡路"] else SHORT[code]
        s.put(r, 1, short + ("居委会" if i % 2 else "社区居委会"))
        for c, ind in cols:
            v = V1(code, p, ind)
            w = approx(v, rng) if ind == "volunteer_person_times" and can_approx(v) and rng.random() < 0.5 else v
            s.val(r, c, (code, p, ind), w, v)
    r = 3 + len(CODES)
    s.merge(r, 0, r, 1, "合计")
    s.row(r, 2, [sum(V1(c, p, ind) for c in CODES) for _, ind in cols])
    s.put(r + 2, 0, "填报人：孙晓梅　联系电话：0451-86617235　报送日期：2026年5月6日")
    return b


def f_party_nov_csv():
    name = "保健路街道2025年11月党建和志愿服务.csv"
    rng, p = _rng(name), "2025-11"
    b = Book("batch1", name, "csv-utf8-bom", sent(2025, 12, 2, 15, 20),
             ["street", "csv_utf8_bom", "renci_slash", "thousands_text", "trailing_spaces", "outside_columns",
              "short_names_she", "period_title"])
    s = b.sheet(name[:-4])
    s.put(0, 0, "2025年11月党建和志愿服务情况")
    s.row(1, 0, ["社区", "党员人数", "结对帮扶(对)", "注册志愿者(人)", "志愿服务(人/次)", "服务时长(小时)"])
    for i, code in enumerate(CODES):
        r = 2 + i
        s.put(r, 0, SHORT[code] + "社区")
        for j, ind in enumerate(["party_members", "pairings", "volunteers", "volunteer_person_times"]):
            v = V1(code, p, ind)
            x = rng.random()
            w = thousands(v) if v >= 1000 and x < 0.6 else trailing(v) if x < 0.25 else str(v)
            s.val(r, 1 + j, (code, p, ind), w, v)
        s.put(r, 5, str(rng.randint(150, 900)))
    s.put(3 + len(CODES), 0, "填表：街道党工委办公室　2025年12月2日")
    return b


def f_elderly_oct():
    name = "保健路街道十月份为老助残服务统计.xlsx"
    rng, p = _rng(name), "2025-10"
    b = Book("batch1", name, "xlsxwriter", sent(2025, 11, 4, 11, 30),
             ["street", "pianqu_subtotal_rows", "pianqu_merged_col", "qizhong_outside", "sum_formulas",
              "cn_month_title", "year_on_second_line", "short_names_she"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 5, "保健路街道十月份为老助残服务统计表", bold=True)
    s.merge(1, 0, 1, 5, "统计年度：2025年")
    s.row(2, 0, ["片区", "社区", "免费健康体检（人）", "其中：80岁以上", "帮扶困难群众（人）", "慰问物资（件）"])
    inds = ["free_health_checks", None, "people_assisted", "goods_distributed"]
    r = 3
    grand = [0] * 4
    sub_rows = []
    for g in range(3):
        r0 = r
        for code in CODES[g * 5:(g + 1) * 5]:
            s.put(r, 1, SHORT[code] + "社区")
            for j, ind in enumerate(inds):
                if ind is None:
                    x = rng.randint(0, max(0, V1(code, p, "free_health_checks") // 4))
                    s.put(r, 2 + j, x)
                    grand[j] += x
                else:
                    v = V1(code, p, ind)
                    s.val(r, 2 + j, (code, p, ind), v, v)
                    grand[j] += v
            r += 1
        s.put(r, 1, "小计")
        for j in range(4):
            col = "CDEF"[j]
            total = 0
            for code in CODES[g * 5:(g + 1) * 5]:
                total += s.cells[(CODES[g * 5:(g + 1) * 5].index(code) + r0, 2 + j)][0]
            s.put(r, 2 + j, Formula(f"=SUM({col}{r0 + 1}:{col}{r})", total))
        sub_rows.append(r)
        s.merge(r0, 0, r, 0, f"第{'一二三'[g]}片区")
        r += 1
    s.put(r, 0, "全街合计")
    for j in range(4):
        col = "CDEF"[j]
        s.put(r, 2 + j, Formula("=" + "+".join(f"{col}{x + 1}" for x in sub_rows), grand[j]))
    s.put(r + 2, 0, "报送日期：2025年11月4日")
    return b


LEDGER_ITEMS = [("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
                ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases")]


def f_ledger_novdec():
    name = "保健路街道2025年11-12月文化志愿台账.xlsx"
    rng = _rng(name)
    b = Book("batch1", name, "xlsxwriter", sent(2026, 1, 7, 14, 45),
             ["street", "long_format", "merged_community", "merged_month_date_cells", "wu_zero", "dash_gap",
              "full_names", "two_months_one_file"])
    s = b.sheet("台账")
    s.merge(0, 0, 0, 4, "保健路街道2025年11-12月文化宣传及志愿服务台账", bold=True)
    s.row(1, 0, ["社区", "月份", "指标", "数值", "单位"])
    r = 2
    gaps = {(CODES[4], "2025-12", "security_cases"), (CODES[13], "2025-11", "security_cases")}
    for code in CODES:
        s.merge(r, 0, r + 7, 0, FULL[code], center=True)
        for m in ("2025-11", "2025-12"):
            s.merge(r, 1, r + 3, 1, month_date(m), fmt="ym", center=True)
            for label, unit, ind in LEDGER_ITEMS:
                v = V1(code, m, ind)
                s.row(r, 2, [label])
                s.put(r, 4, unit)
                if (code, m, ind) in gaps:
                    s.gap(r, 3, (code, m, ind), "—")
                else:
                    s.val(r, 3, (code, m, ind), "无" if v == 0 and rng.random() < 0.5 else v, v)
                r += 1
    s.put(r + 1, 0, "注：治安案件以派出所通报为准，“—”为派出所未通报。制表：街道综治办　2026年1月7日")
    return b


def f_base_sep():
    name = "保健路街道2025年9月基础数据.xlsx"
    rng, p = _rng(name), "2025-09"
    b = Book("batch1", name, "xlsxwriter", sent(2025, 10, 10, 9, 0),
             ["street", "one_row_header", "units_in_brackets", "abbreviations", "outside_columns",
              "thousands_format", "short_names_she", "period_title"])
    s = b.sheet("基础数据")
    s.merge(0, 0, 0, 10, "保健路街道各社区基础数据（2025年9月）", bold=True)
    heads = [("户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
             ("社工（人）", "staff"), ("党员（名）", "party_members"), ("注册志愿者（人）", "volunteers"),
             ("低保户（户）", "dibao_households"), ("低保人员（人）", "dibao_persons"), ("60岁以上老人（人）", None)]
    s.row(1, 0, ["社区"] + [h for h, _ in heads] + ["备注"])
    for i, code in enumerate(CODES):
        r = 2 + i
        s.put(r, 0, SHORT[code] + "社区")
        for j, (_, ind) in enumerate(heads):
            if ind is None:
                s.put(r, 1 + j, int(V1(code, p, "residents") * rng.uniform(0.18, 0.3)), fmt="thousands")
                continue
            v = V1(code, p, ind)
            s.val(r, 1 + j, (code, p, ind), v, v, fmt="thousands" if v >= 1000 else None)
        if i == 6:
            s.put(r, 10, "9月新入住回迁楼2栋")
    s.put(3 + len(CODES), 0, "数据来源：社区网格排查　　2025年10月10日")
    return b


FILES = [f_party_jan, f_dibao_q4, f_sheets_jan, f_monthly_apr_et, f_party_nov_csv, f_elderly_oct, f_ledger_novdec,
         f_base_sep]
