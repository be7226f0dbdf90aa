"""Community files, part A: what the committees themselves send (one community per file)."""
import random

from corpus_grid import Book
from corpus_render import fullwidth, glued, messy, trad, wan, wan_text
from corpus_world import CODE, FLOWS, MONTHS, QUARTERS, SEED, STOCKS, V1, YTD, sent


def _rng(name):
    return random.Random(f"{SEED}-{name}")


LEDGER = [("群众诉求受理", "件", "petitions_received"), ("群众诉求办结", "件", "petitions_resolved"),
          ("矛盾纠纷调解", "起", "disputes_mediated"), ("文体活动", "场", "cultural_activities"),
          ("宣讲活动", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
          ("常住人口", "人", "residents"), ("户数", "户", "households")]
STOCK_SET = {"residents", "households"}


def f_dianyingji_ledger():
    name = "电影机社区指标月度台账.xlsx"
    code = CODE["电影机"]
    b = Book("batch1", name, "openpyxl", sent(2026, 5, 8, 16, 0),
             ["community", "year_by_month_wide", "years_stacked", "months_as_columns", "indicators_rows_unit_col",
              "year_total_col", "months_without_year", "no_period_in_name"])
    s = b.sheet("台账")
    s.merge(0, 0, 0, 15, "电影机社区主要指标月度台账", bold=True)
    s.put(1, 0, "注：本台账自2025年9月起建立，1-8月数据见原纸质台账。")
    r = 2
    for year in (2025, 2026):
        s.merge(r, 0, r, 15, f"{year}年", bold=True)
        s.row(r + 1, 0, ["指标", "单位"] + [f"{m}月" for m in range(1, 13)] + ["合计"])
        for i, (label, unit, ind) in enumerate(LEDGER):
            rr = r + 2 + i
            s.row(rr, 0, [label, unit])
            total = 0
            for m in range(1, 13):
                p = f"{year}-{m:02d}"
                if p in MONTHS:
                    v = V1(code, p, ind)
                    s.val(rr, 1 + m, (code, p, ind), v, v)
                    total += v
            if ind not in STOCK_SET:
                s.put(rr, 14, total)
        r += 2 + len(LEDGER) + 1
    s.put(r, 0, "填报：电影机社区居委会　刘晓燕　2026年5月8日")
    return b


def f_keyan_sep():
    name = "科研路社区2025年9月工作报表.xlsx"
    rng, p = _rng(name), "2025-09"
    code = CODE["科研路"]
    b = Book("batch1", name, "xlsxwriter", sent(2025, 10, 8, 10, 20),
             ["community", "indicators_rows_unit_col", "group_headings_cn", "item_numbers", "newline_header",
              "qizhong_row", "wan_yuan_unit_col", "messy_values", "period_title"])
    s = b.sheet("9月")
    s.merge(0, 0, 0, 4, "科研路社区2025年9月工作报表", bold=True)
    s.put(1, 0, "报送单位：科研路社区居委会")
    s.row(2, 0, ["序号", "工作项目", "计量\n单位", "本月\n完成", "备注"])
    groups = [("一、民生诉求", [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
                               ("调解邻里纠纷", "起", "disputes_mediated")]),
              ("二、就业保障", [("新开发就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
                               ("实现就业", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan"),
                               ("职业技能培训", "场", "training_sessions")]),
              ("三、民政服务", [("城市低保户", "户", "dibao_households"), ("城市低保人员", "人", "dibao_persons"),
                               ("低保金发放", "元", "dibao_payout_yuan")]),
              ("四、平安建设", [("义务巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                               ("治安案件", "起", "security_cases")]),
              ("五、基础信息", [("辖区户数", "户", "households"), ("常住人口", "人", "residents"),
                               ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")])]
    r = 3
    for heading, items in groups:
        s.merge(r, 0, r, 4, heading, bold=True)
        r += 1
        for i, (label, unit, ind) in enumerate(items):
            v = V1(code, p, ind)
            s.row(r, 0, [f"{i + 1}.", label, unit])
            w = wan(v) if unit == "万元" else v if unit == "元" else messy(v, rng, unit if unit in ("件", "起") else None)
            s.val(r, 3, (code, p, ind), w, v)
            r += 1
    s.put(r + 1, 0, "填报人：吴桂兰　　审核人：杨志刚　　2025年10月8日")
    return b


def f_zhiyao_grid_oct():
    name = "制药厂社区2025年10月报表.xlsx"
    rng, p = _rng(name), "2025-10"
    code = CODE["制药厂"]
    b = Book("batch1", name, "xlsxwriter", sent(2025, 11, 3, 15, 35),
             ["community", "label_value_grid_2col", "units_in_brackets", "abbreviations", "wan_yuan_header",
              "messy_values", "period_title"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 3, "制药厂社区2025年10月工作数据报表", bold=True)
    s.merge(1, 0, 1, 3, "填报单位：制药厂社区居委会")
    s.row(2, 0, ["项目", "数值", "项目", "数值"])
    pairs = [("受理诉求（件）", "petitions_received"), ("办结诉求（件）", "petitions_resolved"),
             ("化解矛盾纠纷（起）", "disputes_mediated"), ("治安案件（起）", "security_cases"),
             ("新增就业岗位（个）", "jobs_created"), ("公益性岗位（个）", "public_welfare_jobs"),
             ("实现就业（人）", "people_employed"), ("技能培训（场）", "training_sessions"),
             ("低保户数（户）", "dibao_households"), ("低保人数（人）", "dibao_persons"),
             ("低保金发放（元）", "dibao_payout_yuan"), ("创业贷款（万元）", "micro_loans_yuan"),
             ("为老体检（人）", "free_health_checks"), ("走访帮扶（人）", "people_assisted"),
             ("慰问物资（件）", "goods_distributed"), ("文体活动（场）", "cultural_activities"),
             ("政策宣讲（次）", "lectures_held"), ("志愿服务（人次）", "volunteer_person_times"),
             ("注册志愿者（人）", "volunteers"), ("党员（人）", "party_members"),
             ("结对帮扶（对）", "pairings"), ("巡逻队员（人）", "patrol_members")]
    for i, (label, ind) in enumerate(pairs):
        r, c = 3 + i // 2, (i % 2) * 2
        v = V1(code, p, ind)
        s.put(r, c, label)
        w = wan(v) if "万元" in label else messy(v, rng)
        s.val(r, c + 1, (code, p, ind), w, v)
    s.put(4 + len(pairs) // 2, 0, "填报人：陈静　　审核：周立新　　2025年11月3日")
    s.width(0, 20)
    s.width(2, 20)
    return b


def f_hexie_nov():
    name = "和谐社区居委会2025.11月报.xls"
    rng, p = _rng(name), "2025-11"
    code = CODE["和谐"]
    b = Book("batch1", name, "xlwt", sent(2025, 12, 4, 9, 15),
             ["community", "xls", "indicators_rows_unit_col", "rate_number_pct", "share_pct_text", "wan_text_value",
              "notes_with_digits", "period_dot"])
    s = b.sheet("月报")
    s.merge(0, 0, 0, 4, "和谐社区居委会2025.11月报", bold=True)
    s.row(1, 0, ["序号", "指标名称", "单位", "本月数", "备注"])
    rec, res = V1(code, p, "petitions_received"), V1(code, p, "petitions_resolved")
    jobs, pw = V1(code, p, "jobs_created"), V1(code, p, "public_welfare_jobs")
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("诉求办结率", "%", round(res / rec, 4) if rec else "—"), ("调解纠纷", "起", "disputes_mediated"),
             ("新开发岗位", "个", "jobs_created"), ("其中公益性岗位", "个", "public_welfare_jobs"),
             ("公益性岗位占比", "%", f"{round(100 * pw / jobs)}%" if jobs else "—"),
             ("实现就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("技能培训", "场", "training_sessions"), ("为老体检", "人", "free_health_checks"),
             ("帮扶困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
             ("常住人口", "人", "residents"), ("户数", "户", "households"), ("流动人口", "人", "floating_population")]
    for i, (label, unit, what) in enumerate(items):
        r = 2 + i
        s.row(r, 0, [i + 1, label, unit])
        if what not in STOCKS + FLOWS:
            s.put(r, 3, what, fmt="pct1" if isinstance(what, float) else None)
            continue
        v = V1(code, p, what)
        if what == "micro_loans_yuan":
            w = wan_text(v) if v else 0
        else:
            w = messy(v, rng, allow_text=False)
        s.val(r, 3, (code, p, what), w, v)
    d = V1(code, p, "households") - V1(code, "2025-10", "households")
    s.put(2 + 14, 4, f"较上月增加{d}户" if d >= 0 else f"较上月减少{-d}户")
    s.put(4 + len(items), 0, "填报日期：2025年12月4日")
    return b


def f_xinhua_jan_ods():
    name = "新华居委会26年1月工作报表.ods"
    rng, p = _rng(name), "2026-01"
    code = CODE["新华"]
    b = Book("batch1", name, "odfpy", sent(2026, 2, 5, 10, 5),
             ["community", "ods", "category_col_merged", "indicators_rows_unit_col", "benyue_leiji",
              "period_two_digit_year", "jwh_suffix"])
    s = b.sheet("1月")
    s.merge(0, 0, 0, 4, "新华居委会26年1月工作报表")
    s.row(1, 0, ["类别", "项目", "单位", "本月", "本年累计"])
    cats = [("民生", [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
                      ("调解纠纷", "起", "disputes_mediated")]),
            ("就业", [("新开发岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
                      ("实现就业", "人", "people_employed"), ("技能培训", "场", "training_sessions")]),
            ("为老", [("免费体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
                      ("慰问物资", "件", "goods_distributed")]),
            ("平安", [("巡逻队员", "人", "patrol_members"), ("信息员", "人", "informants"),
                      ("治安案件", "起", "security_cases")]),
            ("党建", [("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"),
                      ("注册志愿者", "人", "volunteers")])]
    r = 2
    flows = {"petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
             "people_employed", "training_sessions", "free_health_checks", "people_assisted", "goods_distributed",
             "security_cases"}
    for cat, items in cats:
        s.merge(r, 0, r + len(items) - 1, 0, cat)
        for label, unit, ind in items:
            v = V1(code, p, ind)
            s.row(r, 1, [label, unit])
            s.val(r, 3, (code, p, ind), v, v)
            s.put(r, 4, YTD(code, p, ind) if ind in flows else "/")
            r += 1
    s.put(r + 1, 0, "填表人：郑红　2026年2月5日")
    return b


def f_xuefu_sheets():
    name = "学府四道街社区月报.xlsx"
    rng = _rng(name)
    code = CODE["学府四道街"]
    months = ["2025-12", "2026-01", "2026-02"]
    b = Book("batch1", name, "openpyxl", sent(2026, 3, 6, 11, 0),
             ["community", "sheet_per_month", "summary_sheet_duplicates", "hidden_scratch_sheet",
              "indicators_rows_unit_col", "period_in_sheet_name", "year_change"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("帮扶困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("组织文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("在册党员", "人", "party_members"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
             ("社区工作者", "人", "staff")]
    for m in months:
        y, mm = m.split("-")
        s = b.sheet(f"{y}年{int(mm)}月")
        s.merge(0, 0, 0, 2, "学府四道街社区工作月报", bold=True)
        s.row(1, 0, ["项目", "单位", "数量"])
        for i, (label, unit, ind) in enumerate(items):
            v = V1(code, m, ind)
            s.row(2 + i, 0, [label, unit])
            s.val(2 + i, 2, (code, m, ind), messy(v, rng, allow_text=i % 3 == 0), v)
    s = b.sheet("汇总", hint="duplicate")
    s.merge(0, 0, 0, 4, "学府四道街社区近三个月汇总", bold=True)
    s.row(1, 0, ["项目", "单位", "2025年12月", "2026年1月", "2026年2月"])
    for i, (label, unit, ind) in enumerate(items):
        s.row(2 + i, 0, [label, unit])
        for j, m in enumerate(months):
            v = V1(code, m, ind)
            s.val(2 + i, 2 + j, (code, m, ind), v, v)
    s = b.sheet("草稿", hidden=True)
    s.row(0, 0, ["受理", "办结", "帮扶"])
    s.row(1, 0, [rng.randint(10, 60) for _ in range(3)])
    return b


def f_baojian_trad():
    name = trad("保健社区2026年2月工作报表") + ".xlsx"
    rng, p = _rng(name), "2026-02"
    code = CODE["保健"]
    b = Book("batch1", name, "openpyxl", sent(2026, 3, 4, 14, 30),
             ["community", "traditional", "indicators_rows_unit_col", "messy_values", "footer_phone", "period_title"])
    s = b.sheet(trad("报表"))
    s.merge(0, 0, 0, 3, trad("保健社区2026年2月工作报表"), bold=True)
    s.put(1, 0, trad("报送单位：保健社区居委会"))
    s.row(2, 0, [trad(x) for x in ["项目", "单位", "本月数", "备注"]])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新开发就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("免费体检", "人", "free_health_checks"),
             ("走访帮扶困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"), ("巡逻队员", "人", "patrol_members"),
             ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        v = V1(code, p, ind)
        s.row(3 + i, 0, [trad(label), trad(unit)])
        w = messy(v, rng)
        s.val(3 + i, 2, (code, p, ind), trad(w) if isinstance(w, str) else w, v)
    s.put(3 + len(items), 3, trad("春节期间走访慰问困难党员"))
    s.put(5 + len(items), 0, trad("填报人：林淑芬　电话：13804517788　2026年3月4日"))
    return b


def f_yidaeryuan_q4_et():
    name = "医大二院社区2025年第四季度报表.et"
    rng, q = _rng(name), "2025-Q4"
    code = CODE["医大二院"]
    months = QUARTERS[q]
    b = Book("batch1", name, "xlwt", sent(2026, 1, 9, 10, 10),
             ["community", "wps_et", "quarterly_with_months", "quarter_total_col", "months_as_columns",
              "indicators_rows_unit_col", "period_title_quarter"])
    s = b.sheet("四季度")
    s.merge(0, 0, 0, 6, "医大二院社区2025年第四季度工作报表", bold=True)
    s.row(1, 0, ["序号", "项目", "单位", "10月", "11月", "12月", "季度合计"])
    items = [("受理居民诉求", "件", "petitions_received", True), ("办结居民诉求", "件", "petitions_resolved", True),
             ("调解纠纷", "起", "disputes_mediated", True), ("新增就业岗位", "个", "jobs_created", True),
             ("实现就业", "人", "people_employed", True), ("免费健康体检", "人", "free_health_checks", True),
             ("帮扶困难群众", "人", "people_assisted", True), ("文体活动", "场", "cultural_activities", True),
             ("低保户数", "户", "dibao_households", False), ("低保人数", "人", "dibao_persons", False),
             ("常住人口", "人", "residents", False), ("户数", "户", "households", False)]
    for i, (label, unit, ind, flow) in enumerate(items):
        r = 2 + i
        s.row(r, 0, [i + 1, label, unit])
        for j, m in enumerate(months):
            v = V1(code, m, ind)
            s.val(r, 3 + j, (code, m, ind), v, v)
        if flow:
            qt = sum(V1(code, m, ind) for m in months)
            s.qtr(r, 6, (code, q, ind), qt, qt)
        else:
            s.put(r, 6, "—")
    s.put(3 + len(items), 0, "注：户数、人口为月末数。填报日期2026年1月9日")
    return b


def f_cehuiju_typo_csv():
    name = "侧绘局社区2026年1月报表.csv"
    rng, p = _rng(name), "2026-01"
    code = CODE["测绘局"]
    b = Book("batch1", name, "csv-gbk", sent(2026, 2, 4, 16, 55),
             ["community", "csv_gbk", "label_value_rows", "units_glued", "wu_zero", "homophone_file", "period_title"])
    s = b.sheet(name[:-4])
    s.put(0, 0, "侧绘局社区2026年1月报表")
    s.row(1, 0, ["项目", "数值", "单位"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("低保户", "户", "dibao_households"),
             ("低保人数", "人", "dibao_persons"), ("体检人数", "人", "free_health_checks"),
             ("慰问困难群众", "人", "people_assisted"), ("慰问品", "件", "goods_distributed"),
             ("巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        v = V1(code, p, ind)
        w = "无" if v == 0 else glued(v, unit) if i % 2 == 0 else str(v)
        s.row(2 + i, 0, [label])
        s.val(2 + i, 1, (code, p, ind), w, v)
        s.put(2 + i, 2, unit)
    s.put(3 + len(items), 0, "联系人：韩冬梅　13603604521")
    return b


def f_yida_mar_row():
    name = "医大社区2026年3月报表.xlsx"
    rng, p = _rng(name), "2026-03"
    code = CODE["医大"]
    b = Book("batch1", name, "openpyxl", sent(2026, 4, 2, 9, 40),
             ["community", "indicators_columns", "single_data_row", "two_row_header", "units_row", "fullwidth",
              "period_title"])
    s = b.sheet("3月")
    s.merge(0, 0, 0, 10, "医大社区2026年3月主要工作数据", bold=True)
    s.merge(1, 0, 2, 0, "社区")
    groups = [("诉求", [("受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved")]),
              ("纠纷", [("调解", "起", "disputes_mediated")]),
              ("就业", [("新增岗位", "个", "jobs_created"), ("公益岗", "个", "public_welfare_jobs"),
                        ("实现就业", "人", "people_employed")]),
              ("为老", [("体检", "人", "free_health_checks"), ("帮扶", "人", "people_assisted")]),
              ("文化", [("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held")])]
    c = 1
    s.put(4, 0, "医大社区")
    for g, items in groups:
        s.merge(1, c, 1, c + len(items) - 1, g)
        for label, unit, ind in items:
            v = V1(code, p, ind)
            s.put(2, c, label)
            s.put(3, c, f"（{unit}）")
            s.val(4, c, (code, p, ind), fullwidth(v) if c % 3 == 0 else v, v)
            c += 1
    s.put(6, 0, "报送日期：2026年4月2日")
    return b


FILES = [f_dianyingji_ledger, f_keyan_sep, f_zhiyao_grid_oct, f_hexie_nov, f_xinhua_jan_ods, f_xuefu_sheets,
         f_baojian_trad, f_yidaeryuan_q4_et, f_cehuiju_typo_csv, f_yida_mar_row]
