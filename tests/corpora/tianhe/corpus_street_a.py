"""Street-office files, part one: 诉求 11月, the per-indicator ledger workbook, 就业 1月 (.xls), 民政 26年2月 (GBK
CSV), 平安 12月 (.ods, communities as columns), 一季度志愿服务 (transposed, stacked), 3月综合 (本月/本年累计 sub-rows)
and 4月各社区 (UTF-8 BOM CSV)."""
import random

import corpus_render as R
import corpus_world as W
from corpus_grid import Book

B1 = "batch1/"


def _rank(values):
    """Competition rank, 1 = highest."""
    return [1 + sum(1 for o in values if o > v) for v in values]


def s01_petitions_nov(fig, wrong):
    per = "2025-11"
    b = Book(B1 + "长兴街道2025年11月群众诉求办理情况.xlsx", "openpyxl", W.sent(2025, 12, 3, 16, 20),
             ["street_file_rows", "title_month_full", "header_line_breaks", "seq_column", "names_full",
              "grid_member_column", "rank_column", "target_yes_no", "derived_percent_text", "total_row",
              "footer_phone", "footer_date_trap", "note_numbers_trap", "unit_zong", "xlsx_openpyxl"])
    sh = b.sheet("诉求办理")
    sh.merge(0, 0, 0, 8, "长兴街道2025年11月群众诉求办理情况统计表")
    sh.put(1, 0, "填报单位：长兴街道党群服务中心（社会事务办）")
    sh.put(1, 7, "单位：宗")
    sh.row(2, 0, ["序号", "社区", "网格长", "受理群众诉求\n（宗）", "已办结\n（宗）", "办结率",
                  "调处化解矛盾纠纷\n（宗）", "办结率排名", "是否达标\n（≥90%）"])
    rates = [fig[(c, per, "petitions_resolved")] / fig[(c, per, "petitions_received")] for c, *_ in W.COMMS]
    ranks = _rank(rates)
    tot = [0, 0, 0]
    for i, (code, *_rest) in enumerate(W.COMMS):
        r = 3 + i
        rec, res, dis = (fig[(code, per, k)] for k in ("petitions_received", "petitions_resolved", "disputes_mediated"))
        sh.row(r, 0, [i + 1, W.full(code), W.PEOPLE[i]])
        sh.tput(r, 3, rec, code, per, "petitions_received", rec)
        sh.tput(r, 4, res, code, per, "petitions_resolved", res)
        sh.put(r, 5, R.pct_text(res, rec))
        sh.tput(r, 6, dis, code, per, "disputes_mediated", dis)
        sh.put(r, 7, ranks[i])
        sh.put(r, 8, "是" if rates[i] >= 0.9 else "否")
        tot = [tot[0] + rec, tot[1] + res, tot[2] + dis]
    r = 3 + len(W.COMMS)
    sh.merge(r, 0, r, 2, "合计")
    sh.row(r, 3, [tot[0], tot[1], R.pct_text(tot[1], tot[0]), tot[2]])
    sh.put(r + 2, 0, "填报人：黄丽萍    审核人：陈志强    联系电话：020-87051236    报送日期：2025年12月3日")
    sh.put(r + 3, 0, "注：办结率=已办结÷受理×100%；12345热线转办件按“穗好办”平台口径统计，11月共转办126宗。")
    sh.widths.update({1: 18, 3: 12, 6: 14})
    return b


LEDGER = [  # sheet name (= the indicator as the office calls it), title, indicator
    ("常住人口", "长兴街道各社区常住人口统计（单位：人）", "residents"),
    ("来穗人员", "长兴街道各社区来穗人员登记数（单位：人）", "floating_population"),
    ("户数", "长兴街道各社区常住户数（单位：户）", "households"),
    ("社区工作人员", "各社区在岗社区工作人员（单位：人）", "staff"),
    ("党员", "各社区在册党员人数（单位：名）", "party_members"),
]


def s02_ledger(fig, wrong):
    b = Book(B1 + "长兴街道社区基础数据台账（2025.11-2026.6）.xlsx", "xlsxwriter", W.sent(2026, 7, 6, 9, 40),
             ["street_file_rows", "sheet_per_indicator", "months_as_columns", "year_heading_over_months",
              "year_change", "header_two_row_merged", "notes_sheet", "total_formula", "number_format_thousands",
              "names_short", "xlsx_xlsxwriter"])
    note = b.sheet("说明")
    lines = ["填表说明", "1. 各表数据为当月月末数，按月更新，数据截至2026年6月30日。",
             "2. 来穗人员数据来源于来穗人员服务管理系统，2026年2月受春节返乡影响有所减少。",
             "3. 常住户数以“四标四实”采集数据为准。", "4. 联系人：冯子健，电话020-87029415，更新日期：2026年7月6日。"]
    for i, t in enumerate(lines):
        note.put(i, 0, t)
    n = len(W.MONTHS)
    for name, title, ind in LEDGER:
        sh = b.sheet(name)
        sh.merge(0, 0, 0, n + 1, title)
        sh.merge(1, 0, 2, 0, "社区")
        sh.merge(1, 1, 1, 2, "2025年")
        sh.merge(1, 3, 1, n, "2026年")
        sh.merge(1, n + 1, 2, n + 1, "备注")
        for j, per in enumerate(W.MONTHS):
            sh.put(2, 1 + j, f"{W.month_no(per)}月")
        fmt = "#,##0" if ind in ("residents", "floating_population", "households") else None
        for i, (code, *_r) in enumerate(W.COMMS):
            r = 3 + i
            sh.put(r, 0, W.SHORT[code] if i % 3 else W.shequ(code))
            for j, per in enumerate(W.MONTHS):
                v = fig[(code, per, ind)]
                sh.tput(r, 1 + j, v, code, per, ind, v, fmt=fmt)
        r = 3 + len(W.COMMS)
        sh.put(r, 0, "全街合计")
        for j, per in enumerate(W.MONTHS):
            col = chr(ord("B") + j)
            total = sum(fig[(c, per, ind)] for c, *_ in W.COMMS)
            sh.put(r, 1 + j, total, fmt=fmt, formula=f"=SUM({col}4:{col}{r})")
        if ind == "floating_population":
            sh.put(3 + W.COMMS.index(next(x for x in W.COMMS if x[2] == "岑村西")), n + 1, "春节后返穗人员陆续登记")
        sh.widths.update({0: 12})
    return b


def s03_jobs_jan(fig, wrong):
    per = "2026-01"
    b = Book(B1 + "长兴街道2026年1月就业工作统计.xls", "xlwt", W.sent(2026, 2, 4, 11, 5),
             ["street_file_rows", "title_month_full", "header_three_row_merged", "group_headings", "qizhong_subcolumn",
              "header_line_breaks", "counts_with_decimals", "values_qianyuan_header", "derived_share_number",
              "target_yes_no", "names_short", "names_village_style", "total_row", "footer_phone", "footer_date_trap",
              "xls_xlwt"])
    sh = b.sheet("就业统计")
    sh.merge(0, 0, 0, 10, "长兴街道2026年1月就业创业工作统计表")
    sh.put(1, 0, "统计单位：长兴街道公共就业服务站")
    sh.merge(2, 0, 4, 0, "序号")
    sh.merge(2, 1, 4, 1, "社区")
    sh.merge(2, 2, 2, 7, "就业创业")
    sh.merge(2, 8, 4, 8, "公益岗\n占比")
    sh.merge(2, 9, 4, 9, "是否完成\n月度任务")
    sh.merge(3, 2, 3, 3, "岗位开发")
    sh.merge(3, 4, 4, 4, "促进就业\n（人）")
    sh.merge(3, 5, 4, 5, "零就业家庭\n（户）")
    sh.merge(3, 6, 4, 6, "创业担保贷款\n（千元）")
    sh.merge(3, 7, 4, 7, "技能培训\n（场）")
    sh.put(4, 2, "开发岗位\n（个）")
    sh.put(4, 3, "其中：公益性岗位\n（个）")
    inds = ["jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households",
            "micro_loans_yuan", "training_sessions"]
    tot = [0] * 6
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 5 + i
        s = W.SHORT[code]
        sh.put(r, 0, i + 1)
        sh.put(r, 1, W.village_style(code) if s == "长湴西" else s)
        for j, ind in enumerate(inds):
            v = fig[(code, per, ind)]
            tot[j] += v
            if ind == "micro_loans_yuan":
                sh.tput(r, 2 + j, float(R.qianyuan(v)), code, per, ind, v, fmt="0.0")
            elif ind == "zero_employment_households":
                sh.tput(r, 2 + j, v, code, per, ind, v)
            else:
                sh.tput(r, 2 + j, R.as_float(v), code, per, ind, v, fmt="0.0")
        jobs, pw = fig[(code, per, "jobs_created")], fig[(code, per, "public_welfare_jobs")]
        sh.put(r, 8, R.pct_share(pw, jobs), fmt="0.00%")
        sh.put(r, 9, "是" if jobs >= 8 else "否")
    r = 5 + len(W.COMMS)
    sh.merge(r, 0, r, 1, "合计")
    for j, ind in enumerate(inds):
        sh.put(r, 2 + j, float(R.qianyuan(tot[j])) if ind == "micro_loans_yuan" else float(tot[j]), fmt="0.0")
    sh.put(r, 8, R.pct_share(tot[1], tot[0]), fmt="0.00%")
    sh.put(r + 2, 0, "制表：邓晓雯    电话：13825096714    2026年2月4日")
    sh.put(r + 3, 0, "注：创业担保贷款按实际放款金额填报，单位千元；“春风行动”招聘会安排在2月24日。")
    return b


def s04_dibao_feb(fig, wrong):
    per = "2026-02"
    b = Book(B1 + "长兴街道26年2月民政工作月报.csv", "csv-gbk", W.sent(2026, 3, 5, 15, 30),
             ["street_file_rows", "title_yy_month", "csv_gbk", "values_qianyuan_header", "value_wu",
              "value_not_reported_word", "names_juweihui", "blank_row_in_table", "notes_column",
              "footer_phone", "footer_date_trap"])
    sh = b.sheet("csv")
    sh.put(0, 0, "长兴街道26年2月民政工作月报")
    sh.put(1, 6, "单位：户、人、千元")
    sh.row(2, 0, ["序号", "社区", "低保户(户)", "低保对象(人)", "低保金(千元)", "零就业家庭(户)", "备注"])
    r = 3
    notes = {"天鹅": "新增1户（2月12日审批）", "岑村东": "春节前发放临时救助2户", "长湴东": "退出1户（家庭收入超标）"}
    for i, (code, *_r) in enumerate(W.COMMS):
        if i == 5:
            r += 1  # a blank row the clerk left between 北片 and 南片
        s = W.SHORT[code]
        sh.put(r, 0, str(i + 1))
        sh.put(r, 1, W.juwei(code) if i % 2 else W.full(code))
        for j, ind in enumerate(["dibao_households", "dibao_persons"]):
            v = fig[(code, per, ind)]
            sh.tput(r, 2 + j, str(v), code, per, ind, v)
        pay = fig[(code, per, "dibao_payout_yuan")]
        sh.tput(r, 4, str(R.qianyuan(pay)), code, per, "dibao_payout_yuan", pay)
        z = fig[(code, per, "zero_employment_households")]
        if s == "科艺":
            sh.iput(r, 5, "未报", code, per, "zero_employment_households")
        else:
            sh.tput(r, 5, str(R.zero_word(z)), code, per, "zero_employment_households", z)
        if s in notes:
            sh.put(r, 6, notes[s])
        r += 1
    sh.put(r + 1, 0, "经办人：梁嘉欣")
    sh.put(r + 1, 3, "联系电话：020-87024563")
    sh.put(r + 2, 0, "报送时间：2026年3月5日")
    return b


def s05_safety_dec(fig, wrong):
    per = "2025-12"
    b = Book(B1 + "长兴街道12月平安建设情况.ods", "odfpy", W.sent(2026, 1, 6, 10, 15),
             ["street_file_columns", "communities_as_columns", "indicators_as_rows", "unit_column",
              "label_split_left_right", "period_date_span", "month_without_year_in_name", "outside_catalogue_rows",
              "total_column", "note_numbers_trap", "footer_date_trap", "ods_odfpy"])
    sh = b.sheet("平安建设")
    n = len(W.COMMS)
    sh.merge(0, 0, 0, n + 3, "长兴街道平安建设工作统计表")
    sh.put(1, 0, "统计时段：2025年12月1日至12月31日")
    sh.row(2, 0, ["类别", "项目", "单位"] + [W.SHORT[c] for c, *_ in W.COMMS] + ["合计"])
    rows = [("群防群治", "巡逻队员", "人", "patrol_members"), (None, "平安信息员", "名", "informants"),
            ("治安", "案件", "宗", "security_cases"), ("矛盾纠纷", "调处化解", "宗", "disputes_mediated"),
            ("消防安全", "隐患排查", "处", None), ("出租屋", "巡查", "间", None)]
    rng = random.Random(1205)
    for k, (grp, item, unit, ind) in enumerate(rows):
        r = 3 + k
        sh.row(r, 0, [grp, item, unit])
        tot = 0
        for j, (code, *_r) in enumerate(W.COMMS):
            if ind:
                v = fig[(code, per, ind)]
                sh.tput(r, 3 + j, v, code, per, ind, v)
            else:
                v = rng.randrange(8, 60) if item == "隐患排查" else rng.randrange(40, 400)
                sh.put(r, 3 + j, v)
            tot += v
        sh.put(r, 3 + n, tot)
    sh.put(10, 0, "备注：12月共开展“平安长兴”夜巡31次，出动1,240人次；岑村、长湴城中村出租屋巡查纳入来穗人员管理。")
    sh.put(11, 0, "填报：罗家豪    2026年1月6日")
    return b


def s06_volunteers_q1(fig, wrong):
    b = Book(B1 + "长兴街道2026年第一季度志愿服务统计.xlsx", "openpyxl", W.sent(2026, 4, 8, 14, 0),
             ["street_file_columns", "months_as_rows", "communities_as_columns", "tables_stacked",
              "title_quarter", "quarter_total_row", "merged_note_between_tables", "month_end_labels",
              "total_column", "note_numbers_trap", "footer_phone", "xlsx_openpyxl"])
    sh = b.sheet("一季度")
    n = len(W.COMMS)
    sh.merge(0, 0, 0, n + 1, "长兴街道2026年第一季度志愿服务统计")
    blocks = [(2, "一、参与志愿服务（人次）", "volunteer_person_times", "{m}月", True),
              (11, "二、注册志愿者（人，月末数）", "volunteers", "{m}月末", False)]
    for top, heading, ind, label, quarter in blocks:
        sh.merge(top, 0, top, n + 1, heading)
        sh.row(top + 1, 0, ["月份"] + [W.SHORT[c] for c, *_ in W.COMMS] + ["全街合计"])
        for i, per in enumerate(W.Q1):
            r = top + 2 + i
            sh.put(r, 0, label.format(m=W.month_no(per)))
            for j, (code, *_r) in enumerate(W.COMMS):
                v = fig[(code, per, ind)]
                sh.tput(r, 1 + j, v, code, per, ind, v)
            sh.put(r, 1 + n, sum(fig[(c, per, ind)] for c, *_ in W.COMMS))
        if quarter:
            r = top + 5
            sh.put(r, 0, "一季度合计")
            for j, (code, *_r) in enumerate(W.COMMS):
                q = W.qsum(fig, code, W.Q1, ind)
                sh.qput(r, 1 + j, q, code, "2026-Q1", ind, q)
            sh.put(r, 1 + n, sum(W.qsum(fig, c, W.Q1, ind) for c, *_ in W.COMMS))
    sh.merge(8, 0, 9, n + 1, "说明：3月5日“学雷锋日”全街开展志愿服务活动12场；3月数据含“i志愿”平台补录。"
                             "统计口径以“i志愿”系统为准。联系人：钟思敏，020-87039128。")
    sh.put(16, 0, "长兴街道新时代文明实践所    2026年4月8日")
    return b


S07_COLS = [("文化宣传", "文体活动\n（场）", "cultural_activities"),
            ("文化宣传", "普法及政策宣讲\n（次）", "lectures_held"),
            ("为老助困", "长者免费体检\n（人）", "free_health_checks"),
            ("为老助困", "走访慰问困难群众\n（人）", "people_assisted"),
            ("为老助困", "发放慰问品\n（件）", "goods_distributed")]

HIGHLIGHTS = ["3月5日组织学雷锋志愿服务，服务长者62人次", "开展“回南天”防潮入户宣传3场，覆盖住户210户",
              "联合社卫中心为65岁以上长者体检，建档28份", "春风行动专场招聘会提供岗位46个",
              "3月8日妇女节活动1场，参与妇女80余人", "长者饭堂3月供餐1,350人次",
              "出租屋消防检查156间，整改隐患9处", "城中村环境整治清运垃圾12车",
              "组织“平安长兴”宣传2次，发放资料500份", "3月12日植树节种树30棵",
              "心理健康讲座1场，参与居民45人"]


def s07_combined_mar(fig, wrong):
    per = "2026-03"
    b = Book(B1 + "长兴街道2026年3月社区综合月报.xlsx", "xlsxwriter", W.sent(2026, 4, 7, 17, 30),
             ["street_file_rows", "title_month_full", "names_merged_two_rows", "month_and_ytd_subrows",
              "header_two_row_merged", "header_line_breaks", "change_block", "free_text_highlights",
              "names_short", "total_row", "footer_phone", "footer_date_trap", "xlsx_xlsxwriter"])
    sh = b.sheet("3月")
    k = len(S07_COLS)
    sh.merge(0, 0, 0, k + 4, "长兴街道2026年3月社区综合工作月报")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 2, 1, "口径")
    sh.merge(1, 2, 1, 3, "文化宣传")
    sh.merge(1, 4, 1, 6, "为老助困")
    sh.merge(1, 7, 1, 8, "环比")
    sh.merge(1, 9, 2, 9, "工作亮点")
    for j, (_g, head, _i) in enumerate(S07_COLS):
        sh.put(2, 2 + j, head)
    sh.put(2, 7, "文体活动")
    sh.put(2, 8, "慰问品")
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 3 + 2 * i
        sh.merge(r, 0, r + 1, 0, W.SHORT[code])
        sh.put(r, 1, "本月")
        sh.put(r + 1, 1, "本年累计")
        for j, (_g, _h, ind) in enumerate(S07_COLS):
            v = fig[(code, per, ind)]
            sh.tput(r, 2 + j, v, code, per, ind, v)
            sh.put(r + 1, 2 + j, W.ytd(fig, code, per, ind))
        for j, ind in enumerate(["cultural_activities", "goods_distributed"]):
            sh.merge(r, 7 + j, r + 1, 7 + j, R.change_text(fig[(code, per, ind)], fig[(code, "2026-02", ind)]))
        sh.merge(r, 9, r + 1, 9, HIGHLIGHTS[i])
    r = 3 + 2 * len(W.COMMS)
    sh.merge(r, 0, r + 1, 0, "全街合计")
    sh.put(r, 1, "本月")
    sh.put(r + 1, 1, "本年累计")
    for j, (_g, _h, ind) in enumerate(S07_COLS):
        sh.put(r, 2 + j, sum(fig[(c, per, ind)] for c, *_ in W.COMMS))
        sh.put(r + 1, 2 + j, sum(W.ytd(fig, c, per, ind) for c, *_ in W.COMMS))
    sh.put(r + 3, 0, "报送日期：2026年4月7日    联系人：谭美玲    18902217456")
    sh.widths.update({9: 40})
    return b


def s08_april_csv(fig, wrong):
    per = "2026-04"
    b = Book(B1 + "长兴街道2026年4月各社区报表.csv", "csv-utf8-bom", W.sent(2026, 5, 8, 9, 20),
             ["street_file_rows", "title_month_full", "csv_utf8_bom", "values_comma_text", "values_fullwidth_sep",
              "values_trailing_spaces", "values_approx", "values_units_glued", "value_wu", "derived_percent_text",
              "names_village_style", "names_mixed", "grid_member_column", "footer_phone", "footer_date_trap"])
    sh = b.sheet("csv")
    sh.put(0, 0, "长兴街道2026年4月各社区主要工作数据")
    head = ["社区", "常住人口(人)", "来穗人员(人)", "受理诉求(宗)", "办结(宗)", "办结率", "调解纠纷(宗)",
            "开发岗位(个)", "促进就业(人)", "注册志愿者(人)", "志愿服务(人次)", "文体活动(场)", "巡逻队员(人)", "网格员"]
    sh.row(1, 0, head)
    for i, (code, *_r) in enumerate(W.COMMS):
        r = 2 + i
        s = W.SHORT[code]
        name = W.village_style(code) if s in W.OLD_VILLAGE else (W.shequ(code) if i % 2 == 0 else s)
        sh.put(r, 0, name)
        f = {ind: fig[(code, per, ind)] for ind in W.INDICATORS}
        res = f["residents"]
        sh.tput(r, 1, R.comma(res), code, per, "residents", res)
        fl = f["floating_population"]
        sh.tput(r, 2, R.fullwidth(fl, sep=True) if i in (6, 7) else R.comma(fl), code, per, "floating_population", fl)
        sh.tput(r, 3, R.trailing(f["petitions_received"], 1 + i % 2), code, per, "petitions_received",
                f["petitions_received"])
        sh.tput(r, 4, str(f["petitions_resolved"]), code, per, "petitions_resolved", f["petitions_resolved"])
        sh.put(r, 5, R.pct_text(f["petitions_resolved"], f["petitions_received"]))
        d = f["disputes_mediated"]
        sh.tput(r, 6, "无" if d == 0 else R.glued(d, "宗"), code, per, "disputes_mediated", d)
        sh.tput(r, 7, str(f["jobs_created"]), code, per, "jobs_created", f["jobs_created"])
        sh.tput(r, 8, R.glued(f["people_employed"], "人") if i % 4 == 1 else str(f["people_employed"]),
                code, per, "people_employed", f["people_employed"])
        sh.tput(r, 9, R.comma(f["volunteers"]), code, per, "volunteers", f["volunteers"])
        vpt = f["volunteer_person_times"]
        sh.tput(r, 10, R.approx(vpt, "约" if i % 3 == 0 else "余") if i % 3 != 2 else str(vpt), code, per,
                "volunteer_person_times", vpt)
        sh.tput(r, 11, R.fullwidth(f["cultural_activities"]) if i == 4 else str(f["cultural_activities"]), code, per,
                "cultural_activities", f["cultural_activities"])
        sh.tput(r, 12, str(f["patrol_members"]), code, per, "patrol_members", f["patrol_members"])
        sh.put(r, 13, "、".join(W.PEOPLE[(i * 2 + k) % len(W.PEOPLE)] for k in range(2)))
    r = 2 + len(W.COMMS)
    sh.put(r + 1, 0, "填报：何志恒")
    sh.put(r + 1, 1, "电话：020-87027761")
    sh.put(r + 1, 2, "2026年5月8日")
    return b


FILES = [s01_petitions_nov, s02_ledger, s03_jobs_jan, s04_dibao_feb, s05_safety_dec, s06_volunteers_q1,
         s07_combined_mar, s08_april_csv]
