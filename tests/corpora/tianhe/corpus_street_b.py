"""Street-office files, part two: 五月份为老 (.xls, 片区 小计), 6月民生综合 (.ods, two tables side by side), 上半年
民政台账 (long format, months as Excel serial numbers), 2026.5月报 (WPS .et), 12月党建志愿 (UTF-8 CSV), 第二季度
文化宣讲 (months under groups, 小计, 排名) and 11-12月社会事务 (a sheet per month)."""
import random

import corpus_render as R
import corpus_world as W
from corpus_grid import Book

B1 = "batch1/"


def _val(fig, wrong, key):
    """The value a street file copied from a community's report: the first version when a later one corrects it."""
    if key in wrong:
        return wrong[key], "superseded"
    return fig[key], "primary"


def s09_elderly_may(fig, wrong):
    per = "2026-05"
    b = Book(B1 + "长兴街道2026年五月份为老服务统计.xls", "xlwt", W.sent(2026, 6, 4, 10, 30),
             ["street_file_rows", "title_month_words", "year_in_file_name_only", "area_column_merged",
              "subtotal_rows", "total_row", "qizhong_outside_catalogue", "outside_catalogue_column",
              "footer_date_trap", "names_short", "xls_xlwt"])
    sh = b.sheet("为老服务")
    sh.merge(0, 0, 0, 7, "五月份为老服务统计表")
    sh.row(1, 0, ["片区", "序号", "社区", "长者免费体检（人）", "其中：独居长者（人）", "探访帮扶困难群众（人）",
                  "发放慰问品（件）", "长者饭堂就餐（人次）"])
    inds = ["free_health_checks", None, "people_assisted", "goods_distributed", None]
    rng = random.Random(505)
    r = 2
    grand = [0] * 5
    seq = 0
    for area in ("北片", "南片"):
        members = [c for c in W.COMMS if c[3] == area]
        sh.merge(r, 0, r + len(members), 0, area)
        sub = [0] * 5
        for code, _n, short, _a in members:
            seq += 1
            sh.put(r, 1, seq)
            sh.put(r, 2, short)
            hc = fig[(code, per, "free_health_checks")]
            extra = {1: rng.randrange(2, max(3, hc // 4)), 4: rng.randrange(600, 1800)}
            for j, ind in enumerate(inds):
                v = fig[(code, per, ind)] if ind else extra[j]
                if ind:
                    sh.tput(r, 3 + j, v, code, per, ind, v)
                else:
                    sh.put(r, 3 + j, v)
                sub[j] += v
            r += 1
        sh.merge(r, 1, r, 2, f"{area}小计")
        sh.row(r, 3, sub)
        grand = [g + s for g, s in zip(grand, sub)]
        r += 1
    sh.merge(r, 0, r, 2, "全街合计")
    sh.row(r, 3, grand)
    sh.put(r + 2, 0, "填表日期：2026年6月4日    审核：植国华")
    return b


def s10_june_side(fig, wrong):
    per = "2026-06"
    b = Book(B1 + "长兴街道2026年6月民生综合统计.ods", "odfpy", W.sent(2026, 7, 6, 16, 0),
             ["street_file_rows", "title_month_full", "tables_side_by_side", "value_no_data_words",
              "value_double_dash", "names_short", "names_shequ", "total_row", "note_numbers_trap",
              "footer_date_trap", "ods_odfpy", "copied_before_correction"])
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 9, "长兴街道2026年6月民生综合统计")
    sh.merge(1, 0, 1, 3, "一、民生诉求")
    sh.merge(1, 5, 1, 9, "二、就业帮扶")
    sh.row(2, 0, ["社区", "受理（宗）", "办结（宗）", "调处纠纷（宗）"])
    sh.row(2, 5, ["社区", "新增岗位（个）", "公益岗（个）", "促进就业（人）", "技能培训（场）"])
    left = ["petitions_received", "petitions_resolved", "disputes_mediated"]
    right = ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions"]
    holes = {("岑村东", "training_sessions"): "暂无数据", ("兴安", "public_welfare_jobs"): "——"}
    tl, tr = [0] * 3, [0] * 4
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 3 + i
        sh.put(r, 0, W.SHORT[code])
        sh.put(r, 5, W.shequ(code))
        for j, ind in enumerate(left):
            v, role = _val(fig, wrong, (code, per, ind))
            sh.tput(r, 1 + j, v, code, per, ind, v, role=role)
            tl[j] += v
        for j, ind in enumerate(right):
            hole = holes.get((W.SHORT[code], ind))
            if hole:
                sh.iput(r, 6 + j, hole, code, per, ind)
                continue
            v = fig[(code, per, ind)]
            sh.tput(r, 6 + j, v, code, per, ind, v)
            tr[j] += v
    r = 3 + len(W.COMMS)
    sh.put(r, 0, "合计")
    sh.row(r, 1, tl)
    sh.put(r, 5, "合计")
    sh.row(r, 6, tr)
    sh.merge(r + 2, 0, r + 2, 9, "注：6月受“龙舟水”强降雨影响，涉水诉求增多，全街共受理水浸类诉求57宗。")
    sh.put(r + 3, 0, "报送日期：2026年7月6日")
    return b


LONG_ITEMS = [("低保户", "户", "dibao_households"), ("低保对象", "人", "dibao_persons"),
              ("零就业家庭", "户", "zero_employment_households"), ("党员结对帮扶", "对", "pairings")]


def s11_long_h1(fig, wrong):
    b = Book(B1 + "长兴街道2026年上半年社区民政台账.xlsx", "openpyxl", W.sent(2026, 7, 8, 11, 0),
             ["street_file_long", "long_format", "community_merged_down", "month_merged_down",
              "month_excel_serial_numbers", "title_month_span", "names_full", "xlsx_openpyxl"])
    sh = b.sheet("台账")
    sh.merge(0, 0, 0, 4, "长兴街道2026年1-6月社区民政及党建工作台账")
    sh.row(1, 0, ["社区", "月份", "项目", "数量", "单位"])
    months = [p for p in W.MONTHS if p.startswith("2026")]
    r = 2
    for code, *_r in W.COMMS:
        sh.merge(r, 0, r + len(months) * len(LONG_ITEMS) - 1, 0, W.full(code))
        for per in months:
            sh.merge(r, 1, r + len(LONG_ITEMS) - 1, 1, W.excel_serial(per))
            for label, unit, ind in LONG_ITEMS:
                v = fig[(code, per, ind)]
                sh.put(r, 2, label)
                sh.tput(r, 3, v, code, per, ind, v)
                sh.put(r, 4, unit)
                r += 1
    sh.widths.update({0: 20})
    return b


def s12_may_et(fig, wrong):
    per = "2026-05"
    b = Book(B1 + "长兴街道2026.5月报.et", "xlwt", W.sent(2026, 6, 5, 9, 0),
             ["street_file_rows", "title_dotted_month", "header_two_row_merged", "group_headings",
              "counts_decimal_text", "names_mixed", "names_homophone", "footer_phone", "footer_date_no_year",
              "et_wps"])
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "长兴街道2026.5月报")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 2, "群众诉求")
    sh.put(1, 3, "矛盾纠纷")
    sh.put(1, 4, "治安")
    sh.merge(1, 5, 1, 6, "志愿服务")
    sh.merge(1, 7, 1, 8, "党建")
    sh.row(2, 1, ["受理", "办结", "调处（宗）", "案件（宗）", "注册人数", "服务人次", "党员（名）", "结对（对）"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "security_cases", "volunteers",
            "volunteer_person_times", "party_members", "pairings"]
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 3 + i
        s = W.SHORT[code]
        name = "星韵社区" if s == "兴韵" else (W.full(code) if i % 3 == 0 else W.shequ(code))
        sh.put(r, 0, name)
        for j, ind in enumerate(inds):
            v = fig[(code, per, ind)]
            if ind == "security_cases":
                sh.tput(r, 1 + j, R.decimal_text(v), code, per, ind, v)
            else:
                sh.tput(r, 1 + j, v, code, per, ind, v)
    r = 3 + len(W.COMMS)
    sh.put(r + 1, 0, "联系人：区嘉慧  13640288715  6月5日报送")
    return b


def s13_party_dec(fig, wrong):
    per = "2025-12"
    b = Book(B1 + "长兴街道2025年12月党建和志愿统计.csv", "csv-utf8", W.sent(2026, 1, 7, 15, 45),
             ["street_file_rows", "title_month_full", "csv_utf8", "derived_per_1000_column",
              "outside_catalogue_column", "names_shequ"])
    sh = b.sheet("csv")
    sh.put(0, 0, "长兴街道2025年12月党建和志愿服务统计")
    sh.row(1, 0, ["社区", "在册党员(名)", "党员结对帮扶(对)", "注册志愿者(人)", "千人志愿者数", "志愿服务(人次)",
                  "服务时长(小时)"])
    rng = random.Random(1231)
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 2 + i
        sh.put(r, 0, W.shequ(code))
        for j, ind in enumerate(["party_members", "pairings", "volunteers"]):
            v = fig[(code, per, ind)]
            sh.tput(r, 1 + j, str(v), code, per, ind, v)
        vol, res = fig[(code, per, "volunteers")], fig[(code, per, "residents")]
        sh.put(r, 4, f"{1000 * vol / res:.1f}")
        v = fig[(code, per, "volunteer_person_times")]
        if W.SHORT[code] == "兴安":
            sh.iput(r, 5, "", code, per, "volunteer_person_times")  # left blank: 兴安 did not send it in time
        else:
            sh.tput(r, 5, str(v), code, per, "volunteer_person_times", v)
        sh.put(r, 6, str(rng.randrange(300, 1500)))
    return b


def s14_culture_q2(fig, wrong):
    b = Book(B1 + "长兴街道2026年第二季度文化宣讲开展情况.xlsx", "xlsxwriter", W.sent(2026, 7, 7, 10, 10),
             ["street_file_rows", "title_quarter", "months_under_groups", "quarter_subtotal_columns",
              "total_formula", "rank_column", "seq_column", "names_full", "xlsx_xlsxwriter"])
    sh = b.sheet("二季度")
    sh.merge(0, 0, 0, 10, "长兴街道2026年第二季度文化宣讲活动开展情况")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    sh.merge(1, 2, 1, 5, "文体活动（场）")
    sh.merge(1, 6, 1, 9, "宣讲活动（次）")
    sh.merge(1, 10, 2, 10, "排名")
    sh.row(2, 2, ["4月", "5月", "6月", "小计", "4月", "5月", "6月", "小计"])
    inds = ["cultural_activities", "lectures_held"]
    totals = [sum(W.qsum(fig, c, W.Q2, ind) for ind in inds) for c, *_ in W.COMMS]
    ranks = [1 + sum(1 for o in totals if o > t) for t in totals]
    n = len(W.COMMS)
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, W.full(code))
        for g, ind in enumerate(inds):
            c0 = 2 + 4 * g
            for j, per in enumerate(W.Q2):
                v = fig[(code, per, ind)]
                sh.tput(r, c0 + j, v, code, per, ind, v)
            q = W.qsum(fig, code, W.Q2, ind)
            a, z = chr(ord("A") + c0), chr(ord("A") + c0 + 2)
            sh.put(r, c0 + 3, q, formula=f"=SUM({a}{r + 1}:{z}{r + 1})")
            sh.records.append(("quarter", r, c0 + 3, code, "2026-Q2", ind, q, ""))
        sh.put(r, 10, ranks[i])
    r = 3 + n
    sh.merge(r, 0, r, 1, "合计")
    for c in range(2, 10):
        col = chr(ord("A") + c)
        ind = inds[(c - 2) // 4]
        months = W.Q2 if (c - 2) % 4 == 3 else [W.Q2[(c - 2) % 4]]
        total = sum(W.qsum(fig, cc, months, ind) for cc, *_ in W.COMMS)
        sh.put(r, c, total, formula=f"=SUM({col}4:{col}{r})")
    sh.put(r + 2, 0, "说明：6月19日端午节前后各社区组织龙舟文化活动，排名按文体活动与宣讲活动小计之和。")
    return b


def s15_social_nov_dec(fig, wrong):
    b = Book(B1 + "长兴街道2025年11-12月社会事务统计.xlsx", "openpyxl", W.sent(2026, 1, 9, 16, 40),
             ["street_file_rows", "sheet_per_month", "title_month_full", "header_two_row_merged",
              "values_wan_header", "qizhong_subcolumn", "names_mixed", "total_row", "xlsx_openpyxl"])
    cols = [("就业", "新开发岗位（个）", "jobs_created"), ("就业", "其中：公益性岗位（个）", "public_welfare_jobs"),
            ("就业", "实现就业（人）", "people_employed"), ("就业", "零就业家庭（户）", "zero_employment_households"),
            ("就业", "创业担保贷款（万元）", "micro_loans_yuan"), ("就业", "职业技能培训（场）", "training_sessions"),
            ("最低生活保障", "保障户数（户）", "dibao_households"), ("最低生活保障", "保障人数（人）", "dibao_persons"),
            ("最低生活保障", "保障金（元）", "dibao_payout_yuan"),
            ("为老助困", "长者免费体检（人）", "free_health_checks"),
            ("为老助困", "走访慰问（人）", "people_assisted"), ("为老助困", "慰问物资（件）", "goods_distributed")]
    for per in ("2025-11", "2025-12"):
        m = W.month_no(per)
        sh = b.sheet(f"{m}月")
        sh.merge(0, 0, 0, len(cols), f"长兴街道2025年{m}月社会事务统计表")
        sh.merge(1, 0, 2, 0, "社区")
        sh.merge(1, 1, 1, 6, "就业")
        sh.merge(1, 7, 1, 9, "最低生活保障")
        sh.merge(1, 10, 1, 12, "为老助困")
        tot = [0] * len(cols)
        for j, (_g, head, ind) in enumerate(cols):
            sh.put(2, 1 + j, head)
        for i, (code, *_r) in enumerate(W.COMMS):
            r = 3 + i
            sh.put(r, 0, W.shequ(code) if (i + m) % 2 else W.SHORT[code])
            for j, (_g, _h, ind) in enumerate(cols):
                v = fig[(code, per, ind)]
                tot[j] += v
                shown = R.wanyuan(v) if ind == "micro_loans_yuan" else v
                sh.tput(r, 1 + j, shown, code, per, ind, v)
        r = 3 + len(W.COMMS)
        sh.put(r, 0, "合计")
        for j, (_g, _h, ind) in enumerate(cols):
            sh.put(r, 1 + j, R.wanyuan(tot[j]) if ind == "micro_loans_yuan" else tot[j])
        sh.put(r + 2, 0, f"填报人：卢少芬    电话：020-87046132    填报日期：{2025 if m == 11 else 2026}年"
                         f"{12 if m == 11 else 1}月{6 if m == 11 else 8}日")
    return b


FILES = [s09_elderly_may, s10_june_side, s11_long_h1, s12_may_et, s13_party_dec, s14_culture_q2,
         s15_social_nov_dec]
