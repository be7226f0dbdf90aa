"""Community files, part B: a date cell as the only period, 本月新增/累计, a quarter ledger, label/value CSV,
三月份 with the year on another line, a three-row header with rates, and 科研路's March report (batch1 and its
更正 in batch2)."""
import random

from corpus_grid import Book
from corpus_render import approx, can_approx, fullwidth, glued, messy, trailing
from corpus_world import CODE, QUARTERS, SEED, V, V1, YTD, month_date, sent
import datetime as dt


def _rng(name):
    return random.Random(f"{SEED}-{name}")


def f_hapinglu_datecell():
    name = "哈平路社区工作月报.xlsx"
    rng, p = _rng(name), "2026-03"
    code = CODE["哈平路"]
    b = Book("batch1", name, "xlsxwriter", sent(2026, 4, 3, 15, 25),
             ["community", "period_date_cell_only", "fill_date_cell", "indicators_rows_unit_col", "no_period_in_name"])
    s = b.sheet("月报")
    s.merge(0, 0, 0, 4, "哈平路社区工作月报", bold=True)
    s.put(1, 0, "统计月份：")
    s.put(1, 1, month_date(p), fmt="ym")
    s.put(1, 3, "填报日期：")
    s.put(1, 4, dt.date(2026, 4, 3), fmt="ymd")
    s.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新开发就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("低保户", "户", "dibao_households"), ("低保人员", "人", "dibao_persons"),
             ("低保金", "元", "dibao_payout_yuan"), ("走访慰问困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
             ("注册志愿者", "人", "volunteers"), ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        v = V1(code, p, ind)
        s.row(3 + i, 0, [i + 1, label, unit])
        s.val(3 + i, 3, (code, p, ind), v, v, fmt="thousands" if v >= 1000 else None)
    s.put(3 + 12, 4, "3月5日学雷锋日新增注册")
    s.put(4 + len(items), 0, "填报人：马丽　电话：0451-86645512")
    return b


def f_longxianglu_apr():
    name = "龙橡路社区2026年4月报表.xls"
    rng, p = _rng(name), "2026-04"
    code = CODE["龙橡路"]
    b = Book("batch1", name, "xlwt", sent(2026, 5, 7, 9, 20),
             ["community", "xls", "indicators_rows_unit_col", "fullwidth", "wu_zero", "slash_gap", "blank_gap",
              "period_title"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 3, "龙橡路社区2026年4月报表", bold=True)
    s.row(1, 0, ["项目", "单位", "数量", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("创业担保贷款", "元", "micro_loans_yuan"), ("免费体检", "人", "free_health_checks"),
             ("帮扶困难群众", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
             ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
             ("治安案件", "起", "security_cases"), ("常住人口", "人", "residents")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        s.row(r, 0, [label, unit])
        v = V1(code, p, ind)
        if ind == "security_cases":
            s.gap(r, 2, (code, p, ind), "/")
            s.put(r, 3, "派出所未反馈")
        elif ind == "micro_loans_yuan":
            s.gap(r, 2, (code, p, ind), None)
        elif v == 0:
            s.val(r, 2, (code, p, ind), "无", v)
        else:
            s.val(r, 2, (code, p, ind), fullwidth(v, sep=v >= 1000) if i % 2 else v, v)
    s.put(3 + len(items), 0, "报送日期：2026年5月7日")
    return b


def f_dazhong_dec():
    name = "大众新城社区2025年12月报表.xlsx"
    rng, p = _rng(name), "2025-12"
    code = CODE["大众新城"]
    b = Book("batch1", name, "openpyxl", sent(2026, 1, 5, 10, 45),
             ["community", "xinzeng_leiji", "xinzeng_leiji_stock", "indicators_rows_unit_col", "notes_with_digits",
              "period_title"])
    s = b.sheet("12月")
    s.merge(0, 0, 0, 4, "大众新城社区2025年12月报表", bold=True)
    s.row(1, 0, ["项目", "单位", "本月新增", "累计", "备注"])
    flows = [("新开发就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
             ("实现就业", "人", "people_employed"), ("受理群众诉求", "件", "petitions_received"),
             ("办结群众诉求", "件", "petitions_resolved")]
    stocks = [("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings")]
    r = 2
    for label, unit, ind in flows:
        v = V1(code, p, ind)
        s.row(r, 0, [label, unit])
        s.val(r, 2, (code, p, ind), v, v)
        s.put(r, 3, YTD(code, p, ind))
        r += 1
    for label, unit, ind in stocks:
        v, before = V1(code, p, ind), V1(code, "2025-11", ind)
        s.row(r, 0, [label, unit])
        s.put(r, 2, max(0, v - before))
        s.val(r, 3, (code, p, ind), v, v)
        if v < before:
            s.put(r, 4, f"转出{before - v}名")
        r += 1
    s.put(r + 1, 0, "注：累计数为2025年1月以来累计；志愿者、党员、结对为截至月末总数。")
    return b


SJ_ITEMS = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("免费体检", "人", "free_health_checks"),
            ("帮扶困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("注册志愿者", "人", "volunteers")]


def f_songjiang_q1_long():
    name = "松江新城社区2026年一季度台账.xlsx"
    rng, q = _rng(name), "2026-Q1"
    code = CODE["松江新城"]
    b = Book("batch1", name, "xlsxwriter", sent(2026, 4, 8, 11, 15),
             ["community", "long_format", "merged_month_text", "quarter_total_rows", "period_title_quarter"])
    s = b.sheet("一季度")
    s.merge(0, 0, 0, 3, "松江新城社区2026年一季度工作台账", bold=True)
    s.row(1, 0, ["月份", "指标", "数值", "单位"])
    r = 2
    for m in QUARTERS[q]:
        y, mm = m.split("-")
        s.merge(r, 0, r + len(SJ_ITEMS) - 1, 0, f"{y}年{int(mm)}月", center=True)
        for label, unit, ind in SJ_ITEMS:
            v = V1(code, m, ind)
            s.row(r, 1, [label])
            s.val(r, 2, (code, m, ind), v, v)
            s.put(r, 3, unit)
            r += 1
    flows = [it for it in SJ_ITEMS if it[2] != "volunteers"]
    s.merge(r, 0, r + len(flows) - 1, 0, "1-3月合计", center=True)
    for label, unit, ind in flows:
        qt = sum(V1(code, m, ind) for m in QUARTERS[q])
        s.row(r, 1, [label])
        s.qtr(r, 2, (code, q, ind), qt, qt)
        s.put(r, 3, unit)
        r += 1
    s.put(r + 1, 0, "制表：松江新城社区　2026年4月8日")
    return b


def f_fenghuang_feb_csv():
    name = "凤凰城社区居民委员会2026年2月.csv"
    rng, p = _rng(name), "2026-02"
    code = CODE["凤凰城"]
    b = Book("batch1", name, "csv-utf8-bom", sent(2026, 3, 3, 16, 0),
             ["community", "csv_utf8_bom", "label_value_rows", "units_glued", "approx_values", "footer_phone",
              "full_name_jmwyh", "period_title"])
    s = b.sheet(name[:-4])
    s.put(0, 0, "凤凰城社区居民委员会2026年2月工作情况")
    items = [("受理群众诉求：", "件", "petitions_received"), ("办结群众诉求：", "件", "petitions_resolved"),
             ("调解纠纷：", "起", "disputes_mediated"), ("老年人体检：", "人", "free_health_checks"),
             ("走访慰问困难群众：", "人", "people_assisted"), ("发放慰问物资：", "件", "goods_distributed"),
             ("文体活动：", "场", "cultural_activities"), ("政策宣讲：", "次", "lectures_held"),
             ("志愿服务：", "人次", "volunteer_person_times"), ("注册志愿者：", "人", "volunteers"),
             ("党员：", "名", "party_members"), ("治安案件：", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        v = V1(code, p, ind)
        if v == 0:
            w = "无"
        elif can_approx(v) and ind in ("goods_distributed", "volunteer_person_times"):
            w = approx(v, rng)
        else:
            w = glued(v, unit) if rng.random() < 0.6 else str(v)
        s.put(1 + i, 0, label)
        s.val(1 + i, 1, (code, p, ind), w, v)
    s.put(2 + len(items), 0, "报送时间：2026年3月3日　联系电话：0451-86631190")
    return b


KEYAN_ITEMS = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
               ("调解矛盾纠纷", "起", "disputes_mediated"), ("新开发就业岗位", "个", "jobs_created"),
               ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
               ("城市低保户", "户", "dibao_households"), ("城市低保人员", "人", "dibao_persons"),
               ("发放低保金", "元", "dibao_payout_yuan"), ("免费健康体检", "人", "free_health_checks"),
               ("走访帮扶困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
               ("开展文体活动", "场", "cultural_activities"), ("注册志愿者", "人", "volunteers"),
               ("在册党员", "名", "party_members"), ("常住人口", "人", "residents")]


def keyan_mar(batch):
    p = "2026-03"
    code = CODE["科研路"]
    fix = batch == "batch2"
    name = "科研路社区2026年3月报表（更正）.xlsx" if fix else "科研路社区2026年3月报表.xlsx"
    get = V if fix else V1
    b = Book(batch, name, "openpyxl", sent(2026, 4, 15, 14, 20) if fix else sent(2026, 4, 2, 16, 45),
             ["community", "correction" if fix else "corrected_later", "indicators_rows_unit_col", "period_title"])
    s = b.sheet("3月")
    s.merge(0, 0, 0, 4, "科研路社区2026年3月报表" + ("（更正）" if fix else ""), bold=True)
    s.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    for i, (label, unit, ind) in enumerate(KEYAN_ITEMS):
        v = get(code, p, ind)
        s.row(2 + i, 0, [i + 1, label, unit])
        s.val(2 + i, 3, (code, p, ind), v, v)
    r = 2 + len(KEYAN_ITEMS)
    if fix:
        s.merge(r + 1, 0, r + 1, 4, "更正说明：实现就业人数、慰问物资件数、低保金发放金额原表填报有误，以本表为准。")
    s.put(r + 2, 0, "填报人：吴桂兰　　" + ("2026年4月15日" if fix else "2026年4月2日"))
    return b


def f_keyan_mar():
    return keyan_mar("batch1")


def f_zhiyao_mar_xls():
    name = "三月份制药厂社区工作统计.xls"
    rng, p = _rng(name), "2026-03"
    code = CODE["制药厂"]
    b = Book("batch1", name, "xlwt", sent(2026, 4, 2, 10, 30),
             ["community", "xls", "cn_month_title", "year_on_second_line", "no_year_in_name",
              "indicators_rows_unit_col", "messy_values"])
    s = b.sheet("三月份")
    s.merge(0, 0, 0, 2, "制药厂社区三月份工作统计", bold=True)
    s.merge(1, 0, 1, 2, "（2026年）")
    s.row(2, 0, ["项目", "单位", "数量"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("新增岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
             ("实现就业", "人", "people_employed"), ("技能培训", "场", "training_sessions"),
             ("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("为老体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
             ("政策宣讲", "次", "lectures_held"), ("巡逻队员", "人", "patrol_members")]
    for i, (label, unit, ind) in enumerate(items):
        v = V1(code, p, ind)
        s.row(3 + i, 0, [label, unit])
        s.val(3 + i, 2, (code, p, ind), messy(v, rng, unit), v)
    s.put(4 + len(items), 0, "2026年4月2日报")
    return b


def f_xinhua_mar_rates():
    name = "新华社区2026.3工作报表.xlsx"
    rng, p = _rng(name), "2026-03"
    code = CODE["新华"]
    b = Book("batch1", name, "xlsxwriter", sent(2026, 4, 3, 8, 55),
             ["community", "indicators_columns", "single_data_row", "three_row_header", "pct_text",
              "share_number_pct", "period_dot"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 10, "新华社区2026.3工作报表", bold=True)
    s.merge(1, 0, 3, 0, "社区")
    s.merge(1, 1, 1, 4, "民生服务")
    s.merge(1, 5, 1, 8, "就业创业")
    s.merge(1, 9, 1, 10, "平安建设")
    s.merge(2, 1, 2, 3, "群众诉求")
    s.put(2, 4, "矛盾纠纷")
    s.merge(2, 5, 2, 7, "岗位开发")
    s.put(2, 8, "就业")
    s.merge(2, 9, 2, 10, "群防群治")
    s.row(3, 1, ["受理（件）", "办结（件）", "办结率", "调解（起）", "新开发（个）", "其中：公益性（个）", "公益性岗位占比",
                 "实现就业（人）", "巡逻队员（人）", "治安案件（起）"])
    s.put(4, 0, "新华社区")
    g = {ind: V1(code, p, ind) for ind in ("petitions_received", "petitions_resolved", "disputes_mediated",
                                            "jobs_created", "public_welfare_jobs", "people_employed",
                                            "patrol_members", "security_cases")}
    cols = {1: "petitions_received", 2: "petitions_resolved", 4: "disputes_mediated", 5: "jobs_created",
            6: "public_welfare_jobs", 8: "people_employed", 9: "patrol_members", 10: "security_cases"}
    for c, ind in cols.items():
        s.val(4, c, (code, p, ind), g[ind], g[ind])
    rec, res = g["petitions_received"], g["petitions_resolved"]
    s.put(4, 3, f"{round(100 * res / rec)}%" if rec else "—")
    jobs, pw = g["jobs_created"], g["public_welfare_jobs"]
    s.put(4, 7, round(pw / jobs, 2) if jobs else "—", fmt="pct" if jobs else None)
    s.put(6, 0, "填报：新华社区　2026年4月3日")
    return b


def f_songjiang_nov_ods():
    name = "松江新城社区2025年11月报表.ods"
    rng, p = _rng(name), "2025-11"
    code = CODE["松江新城"]
    b = Book("batch1", name, "odfpy", sent(2025, 12, 5, 13, 10),
             ["community", "ods", "indicators_rows_unit_col", "qizhong_outside_rows", "month_in_header",
              "trailing_spaces", "period_title"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 4, "松江新城社区2025年11月报表")
    s.row(1, 0, ["序号", "项目", "计量单位", "本月数（11月）", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("其中：供热诉求", "件", None),
             ("办结居民诉求", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
             ("免费健康体检", "人", "free_health_checks"), ("其中：残疾人", "人", None),
             ("帮扶困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")]
    n = 0
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        if ind is None:
            s.row(r, 1, [label, unit])
            s.put(r, 3, rng.randint(1, 9) if "残疾" in label else rng.randint(5, 18))
            continue
        n += 1
        v = V1(code, p, ind)
        s.row(r, 0, [n, label, unit])
        s.val(r, 3, (code, p, ind), trailing(v) if n % 4 == 0 else v, v)
    s.put(3 + len(items), 0, "填报人：高雪　2025年12月5日")
    return b


FILES = [f_hapinglu_datecell, f_longxianglu_apr, f_dazhong_dec, f_songjiang_q1_long, f_fenghuang_feb_csv,
         f_keyan_mar, f_zhiyao_mar_xls, f_xinhua_mar_rates, f_songjiang_nov_ods]
