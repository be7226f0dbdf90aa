"""Community files (1/2): the 报告单 form of 幸福路社区, 幸福集's 四季度 ledger, 天福花园, 四道巷's date rows, 北三巷,
百信花园's two stacked blocks, 职大's label-and-value cells."""
import datetime

from wl_grid import Sheet, cur, miss, outv, pair, qval, text, val
from wl_world import BY_SHORT, W_OUT as out, nm
from wl_writers import save

B = "batch1/"
X = None   # an outside row: its figure comes from out()


def items(sh, r, code, m, spec, cl=1, cu=2, cv=3, seq=True):
    """One row per item: 序号 | label | unit | value. spec: (label, unit, ind|X, style[, lo, hi])."""
    n = 1
    for it in spec:
        label, unit, ind, style = it[:4]
        if seq:
            sh.put(r, 0, n)
        sh.put(r, cl, label)
        if unit:
            sh.put(r, cu, unit)
        if ind is X:
            sh.put(r, cv, out(code, m, label, it[4], it[5]))
        elif ind == "pair":
            pair(sh, r, cv, code, m)
        elif style.startswith("miss"):
            miss(sh, r, cv, code, m, ind, style[4:])
        else:
            val(sh, r, cv, code, m, ind, style, unit, div=10000 if "万元" in unit and style == "n" else 1)
        r += 1
        n += 1
    return r


def form_xfl(W):
    code, m = BY_SHORT["幸福路"], "2025-11"
    sh = Sheet("报告单")
    sh.merge(0, 0, 0, 7, "幸福路社区居委会月度工作情况报告单")
    sh.put(2, 0, "填报单位")
    sh.merge(2, 1, 2, 3, "幸福路街道幸福路社区居委会")
    sh.put(2, 5, "所属月份")
    sh.merge(2, 6, 2, 7, "2025年11月")
    blocks = [("一、民情诉求", [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                           ("调解矛盾纠纷", "起", "disputes_mediated"), ("其中12345转办", "件", X)]),
              ("二、就业和社会保障", [("新开发就业岗位", "个", "jobs_created"), ("其中公益性岗位", "个", "public_welfare_jobs"),
                               ("城镇新增就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
                               ("城市低保", "", "pair"), ("低保金", "元", "dibao_payout_yuan")]),
              ("三、党建和志愿服务", [("在册党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"),
                               ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")]),
              ("四、基本情况", [("常住户数", "户", "households"), ("常住人口", "人", "residents"),
                           ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")])]
    r = 4
    for title, its in blocks:
        sh.merge(r, 0, r, 7, title)
        r += 1
        for k in range(0, len(its), 2):
            for j, (label, unit, ind) in enumerate(its[k:k + 2]):
                c = 4 * j
                sh.put(r, c, label)
                if ind is X:
                    sh.put(r, c + 1, out(code, m, label, 20, 40))
                elif ind == "pair":
                    pair(sh, r, c + 1, code, m)
                else:
                    val(sh, r, c + 1, code, m, ind, "c" if unit == "元" else "n")
                if unit:
                    sh.put(r, c + 2, unit)
            r += 1
    r += 1
    sh.merge(r, 0, r + 3, 7, "填报说明：1.本表由社区于次月5日前报街道党建办；2.受理诉求含12345热线转办、网格员入户发现、"
                             "来访来电；3.城市低保填“户数户人数人”；4.金额以元为单位，保留整数。")
    r += 5
    sh.put(r, 0, "填报人：古丽娜尔")
    sh.put(r, 3, "审核人：张志强")
    sh.put(r, 6, "2025年12月3日")
    save(B + "幸福路社区2025年11月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "xlsx_openpyxl", "word_like_form", "label_value_pairs_scattered", "tianbao_shuoming_block",
          "community_named_like_street", "households_persons_one_cell", "thousands_text", "part_12345_outside",
          "footer_date_trap"], (2025, 12, 3, 17, 5))


def ledger_xfj(W):
    code = BY_SHORT["幸福集"]
    ms = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度")
    sh.put(0, 0, "幸福集社区2025年第四季度工作台账")
    sh.row(1, 0, ["项目", "单位", "10月", "11月", "12月", "四季度合计"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
            ("新开发岗位", "个", "jobs_created"), ("老年人健康体检", "人", "free_health_checks"),
            ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times"), ("党员", "人", "party_members"),
            ("注册志愿者", "人", "volunteers")]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, label)
        sh.put(r, 1, unit)
        outv(sh, r, 2, code, ms[0], ind)
        val(sh, r, 3, code, ms[1], ind)
        val(sh, r, 4, code, ms[2], ind)
        if ind in ("party_members", "volunteers"):
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2025-Q4", ind)
    sh.put(2 + len(rows), 0, "注：10月数据为补录；党员、志愿者为月末数。2026年1月4日")
    save(B + "幸福集社区2025年第四季度工作台账.xls", [sh], "xlwt",
         ["community_file", "xls_xlwt", "quarter_title", "month_columns_partly_outside", "quarter_total_column",
          "dash_for_stock_total"], (2026, 1, 4, 10, 10))


def tfhy(W):
    code, m = BY_SHORT["天福花园"], "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "天福花园社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "计量单位", "数量", "备注"])
    r = items(sh, 2, code, m, [("受理居民诉求", "件", "petitions_received", "n"), ("诉求办结", "件", "petitions_resolved", "n"),
                               ("入户走访", "户", X, "", 200, 500), ("走访慰问困难群众", "人", "people_assisted", "about"),
                               ("发放米面油等慰问物资", "件", "goods_distributed", "n"), ("城市低保", "户/人", "pair", ""),
                               ("低保金", "万元", "dibao_payout_yuan", "n"), ("治安案件", "起", "security_cases", "wu"),
                               ("燃气安全检查", "户次", X, "", 100, 300), ("民族团结一家亲结对认亲", "户", X, "", 20, 60),
                               ("文体活动", "场", "cultural_activities", "n"), ("政策宣讲", "次", "lectures_held", "n")])
    sh.put(4, 4, "含春节前走访")
    sh.put(r + 1, 0, "天福花园社区居委会  2026年2月2日")
    save(B + "天福花园社区2026年1月工作报表.ods", [sh], "odfpy",
         ["community_file", "ods_odfpy", "title_month_full", "item_list", "about_value", "wanyuan_unit_column",
          "households_persons_one_cell", "wu_for_zero", "outside_rows"], (2026, 2, 2, 12, 0))


def sdx_dates(W):
    code = BY_SHORT["四道巷"]
    ms = ["2025-11", "2025-12", "2026-01", "2026-02"]
    sh = Sheet("台账")
    sh.put(0, 0, "四道巷社区民生工作台账")
    cols = [("受理诉求", "petitions_received"), ("办结", "petitions_resolved"), ("调处纠纷", "disputes_mediated"),
            ("走访慰问（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed"),
            ("文体活动（场）", "cultural_activities"), ("志愿服务（人次）", "volunteer_person_times")]
    sh.row(1, 0, ["月份"] + [h for h, _ in cols] + ["网格员入户（户）"])
    for i, m in enumerate(ms):
        r = 2 + i
        sh.put(r, 0, datetime.datetime(int(m[:4]), int(m[5:]), 1), 'yyyy"年"m"月"')
        for j, (_, ind) in enumerate(cols):
            val(sh, r, 1 + j, code, m, ind)
        sh.put(r, 8, out(code, m, "wgy", 300, 700))
    r = 2 + len(ms)
    sh.put(r, 0, "合计")
    for j, (_, ind) in enumerate(cols):
        sh.put(r, 1 + j, sum(W.v[(code, m, ind)] for m in ms))
    save(B + "四道巷社区民生工作台账.xlsx", [sh], "openpyxl",
         ["community_file", "xlsx_openpyxl", "no_period_in_name_or_title", "month_rows_excel_dates_formatted",
          "span_total_row", "wanggeyuan_outside"], (2026, 3, 2, 16, 30))


def bsx(W):
    code, m = BY_SHORT["北三巷"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, "北三巷社区2026年3月工作报表")
    sh.row(1, 0, ["指标", "单位", "本月数", "本年累计", "备注"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("诉求办结率", "%", "rate"),
            ("走访慰问困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("新开发岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("低保金", "元", "dibao_payout_yuan"), ("人均低保金", "元", "percap"), ("注册志愿者", "人", "volunteers"),
            ("志愿服务", "人次", "volunteer_person_times"), ("文体活动", "场", "cultural_activities")]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if ind == "rate":
            sh.put(r, 2, round(cur(code, m, "petitions_resolved") / cur(code, m, "petitions_received") * 100, 1))
        elif ind == "percap":
            sh.put(r, 2, round(cur(code, m, "dibao_payout_yuan") / cur(code, m, "dibao_persons"), 0))
        else:
            val(sh, r, 2, code, m, ind)
            if ind in ("dibao_households", "dibao_persons", "volunteers"):
                sh.put(r, 3, "—")
            else:
                sh.put(r, 3, W.ytd(code, m, ind))
    sh.put(4, 4, "含12345转办")
    sh.put(5, 4, "3月20日肉孜节前集中走访")
    save(B + "北三巷社区2026年3月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "xlsx_xlsxwriter", "title_month_full", "benyue_bennianleiji", "derived_rate_row",
          "derived_per_capita_row", "dash_for_stock_total"], (2026, 4, 3, 9, 15))


def bxhy(W):
    code, m = BY_SHORT["百信花园"], "2025-11"
    sh = Sheet("2025.11")
    sh.put(0, 0, "百信花园社区工作统计（2025.11）")
    sh.put(1, 0, "一、本月工作完成情况")
    sh.row(2, 0, ["项目", "单位", "数量"])
    r = items(sh, 3, code, m, [("受理诉求", "件", "petitions_received", "n"), ("办结诉求", "件", "petitions_resolved", "n"),
                               ("调解纠纷", "起", "disputes_mediated", "n"), ("老年人健康体检", "人", "free_health_checks", "n"),
                               ("志愿服务", "人次", "volunteer_person_times", "n"), ("创业担保贷款", "万元", "micro_loans_yuan", "n"),
                               ("国家通用语言培训", "期", X, "", 1, 3)], cl=0, cu=1, cv=2, seq=False)
    sh.put(r + 1, 0, "二、月末基本情况")
    sh.row(r + 2, 0, ["项目", "单位", "数量"])
    r = items(sh, r + 3, code, m, [("常住户数", "户", "households", "n"), ("常住人口", "人", "residents", "n"),
                                   ("流动人口", "人", "floating_population", "n"), ("在册党员", "人", "party_members", "n"),
                                   ("零就业家庭", "户", "zero_employment_households", "n"),
                                   ("平安信息员", "人", "informants", "n")], cl=0, cu=1, cv=2, seq=False)
    sh.put(r + 1, 0, "2025年12月5日报")
    save(B + "百信花园社区2025.11月工作统计.xls", [sh], "xlwt",
         ["community_file", "xls_xlwt", "period_dot_in_name_title_sheet", "two_stacked_blocks", "wanyuan_unit_column",
          "tongyong_yuyan_outside"], (2025, 12, 5, 11, 40))


def zd_labels(W):
    code, m = BY_SHORT["职大"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "职大社区2026年4月工作完成情况")
    cells = [("受理群众诉求：{v}件", "petitions_received"), ("办结：{v}件", "petitions_resolved"),
             ("化解矛盾纠纷：{v}起", "disputes_mediated"), ("老年人免费体检：约{v}人", "free_health_checks"),
             ("新开发岗位：{v}个", "jobs_created"), ("其中公益性岗位：{v}个", "public_welfare_jobs"),
             ("实现就业：{v}人", "people_employed"), ("开展文体活动：{v}场", "cultural_activities"),
             ("在册党员：{v}名", "party_members"), ("注册志愿者：{v}人", "volunteers")]
    for i, (fmt, ind) in enumerate(cells):
        text(sh, 2 + i // 2, 2 * (i % 2), code, m, ind, fmt)
    sh.put(8, 0, "入户走访：{}户".format(out(code, m, "zf", 150, 400)))
    sh.put(8, 2, "燃气安全检查：{}户".format(out(code, m, "rq", 80, 200)))
    sh.put(10, 0, "职大社区居委会 2026年5月4日")
    save(B + "职大社区2026年4月报表.xlsx", [sh], "openpyxl",
         ["community_file", "xlsx_openpyxl", "title_month_full", "label_and_value_in_one_cell", "about_value",
          "outside_cells"], (2026, 5, 4, 14, 0))


def build(W):
    form_xfl(W)
    ledger_xfj(W)
    tfhy(W)
    sdx_dates(W)
    bsx(W)
    bxhy(W)
    zd_labels(W)
