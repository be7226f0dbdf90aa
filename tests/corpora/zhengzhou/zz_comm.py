"""Community files: 上月 | 本月 | 增减 | 本年累计 forms, the two-community report card, the cover .xls, the .ods,
the quarter sheet, CSVs and one-row sheets."""
from zz_grid import Sheet, header, miss, pair, qval, val
from zz_world import BY_SHORT, COMMS, REG
from zz_writers import save

ITEMS = [("群众诉求受理", "件", "petitions_received"), ("群众诉求办结", "件", "petitions_resolved"),
         ("其中：12345热线转办", "件", None), ("矛盾纠纷调解", "起", "disputes_mediated"),
         ("城镇新增就业", "人", "people_employed"), ("新开发就业岗位", "个", "jobs_created"),
         ("其中：公益性岗位", "个", "public_welfare_jobs"), ("就业困难人员实现就业", "人", None),
         ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
         ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
         ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
         ("“志愿河南”注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
         ("党员人数", "名", "party_members"), ("楼院长", "人", None)]
STOCK = {"dibao_households", "dibao_persons", "volunteers", "party_members"}


def lmonth_form(W, short, m, writer, sent, extra=()):
    """Each indicator a row: 上月 | 本月 | 增减 | 本年累计 (累计 blank for stocks)."""
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{mo}月")
    sh.merge(0, 0, 0, 6, f"{short}社区居委会工作月报表")
    sh.merge(1, 0, 1, 6, f"{y}年{mo}月")
    sh.row(2, 0, ["序号", "工作指标", "单位", "上月", "本月", "增减", "本年累计"])
    pm = W.prev(m)
    for i, (lab, unit, ind) in enumerate(ITEMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, unit])
        if ind is None:
            sh.row(r, 3, [3 + i % 4, 4 + i % 3, (4 + i % 3) - (3 + i % 4)])
            continue
        if pm in W.period:
            val(sh, r, 3, code, pm, ind, role="prevmonth")
        else:
            miss_prior = W.v[(code, pm, ind)]
            sh.put(r, 3, miss_prior)
            sh.rec(r, 3, ("ignore", (code, pm, ind), miss_prior, None))
        val(sh, r, 4, code, m, ind)
        d = W.v[(code, m, ind)] - W.v[(code, pm, ind)]
        sh.put(r, 5, f"+{d}" if d > 0 else ("0" if d == 0 else str(d)))
        if ind not in STOCK:
            sh.put(r, 6, W.ytd(code, m, ind))
    r = 3 + len(ITEMS)
    sh.put(r + 1, 0, f"社区书记（主任）：　　　　　填表人：　　　　　报送日期：{y if mo < 12 else y + 1}年{mo % 12 + 1}月3日")
    ext = {"openpyxl": "xlsx", "xlwt": "xls", "odfpy": "ods"}[writer]
    save(f"batch1/{short}社区{y}年{mo}月工作月报表.{ext}", [sh], writer,
         ["community_file", "prev_month_change_ytd", "title_month_second_line", "outside_rows", "footer_date_trap"]
         + list(extra), sent)


def report_card(W):
    """荣华 and 翠花 side by side on one sheet (one 网格党支部 联建 sends both), each under its own name heading."""
    m = "2025-12"
    sh = Sheet("报告单")
    sh.merge(0, 0, 0, 7, "南阳新村街道2025年12月社区工作报告单（荣华·翠花联建片区）")
    items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("城镇新增就业", "人", "people_employed"),
             ("低保", "户/人", "pair"), ("低保金", "元", "dibao_payout_yuan"), ("慰问物资", "件", "goods_distributed"),
             ("治安巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"),
             ("“五星”支部创建", "星", None)]
    for k, short in enumerate(("荣华", "翠花")):
        code, c0 = BY_SHORT[short], k * 4
        sh.merge(2, c0, 2, c0 + 2, f"{short}社区")
        sh.row(3, c0, ["项目", "单位", "数据"])
        for i, (lab, unit, ind) in enumerate(items):
            r = 4 + i
            sh.row(r, c0, [lab, unit])
            if ind == "pair":
                pair(sh, r, c0 + 2, code, m)
            elif ind is None:
                sh.put(r, c0 + 2, "四星" if k == 0 else "三星")
            elif ind == "dibao_payout_yuan":
                val(sh, r, c0 + 2, code, m, ind, style="k")
            elif ind == "security_cases":
                val(sh, r, c0 + 2, code, m, ind, style="wu")
            else:
                val(sh, r, c0 + 2, code, m, ind)
    sh.put(16, 0, "联建片区党委　2026年1月5日")
    save("batch1/荣华翠花社区2025年12月工作报告单.xlsx", [sh], "openpyxl",
         ["community_file", "two_communities_side_by_side", "name_headings", "pair_hh_persons", "thousands_text",
          "wu_zero", "outside_rows"], (2026, 1, 5, 16, 40))


def cover_xls(W):
    """三北 1月: WPS .xls with a 封面; 项目 | 单位 | 本月 | 备注, bracket notes 「41（含12345转办9件）」, 约 / 余."""
    m, short = "2026-01", "三北"
    code = BY_SHORT[short]
    cover = Sheet("封面")
    for r, t in [(2, "三北社区"), (3, "2026年1月工作报表"), (6, "报送单位：三北社区居民委员会"), (7, "报送时间：2026年2月2日")]:
        cover.put(r, 0, t)
    sh = Sheet("报表")
    sh.row(0, 0, ["项目", "单位", "本月", "备注"])
    rows = [("群众诉求受理", "件", "petitions_received", "note"), ("已办结", "件", "petitions_resolved", "n"),
            ("矛盾纠纷调解", "起", "disputes_mediated", "n"), ("城镇新增就业", "人", "people_employed", "n"),
            ("新增岗位", "个", "jobs_created", "n"), ("低保", "户", "dibao_households", "n"),
            ("低保", "人", "dibao_persons", "n"), ("低保金", "万元", "dibao_payout_yuan", "wanunit"),
            ("走访慰问", "人", "people_assisted", "yue"), ("慰问物资", "件", "goods_distributed", "yu"),
            ("文体活动", "场", "cultural_activities", "n"), ("志愿服务", "人次", "volunteer_person_times", "yu"),
            ("残疾人两项补贴", "人", None, "n"), ("安全生产检查", "家次", None, "n")]
    for i, (lab, unit, ind, st) in enumerate(rows):
        r = 1 + i
        sh.row(r, 0, [lab, unit])
        if ind is None:
            sh.put(r, 2, 5 + i)
        elif st == "note":
            v = W.v[(code, m, ind)]
            val(sh, r, 2, code, m, ind)
            sh.cells[(r, 2)] = (f"{v}（含12345转办{v // 4}件）", None)
        elif st == "wanunit":
            val(sh, r, 2, code, m, ind, div=10000)
        elif st == "n":
            val(sh, r, 2, code, m, ind)
        else:
            val(sh, r, 2, code, m, ind, style=st)
    sh.put(4, 3, "含“三所联动”1起")
    sh.put(9, 3, "春节前集中走访")
    save("batch1/三北社区2026年1月工作报表.xls", [cover, sh], "xlwt",
         ["community_file", "xls_wps", "cover_sheet", "bracket_note", "approx_yue_yu", "values_wan_unit_column",
          "split_dibao_rows", "outside_rows"], (2026, 2, 2, 10, 10))


def quarter_sheet(W):
    """大桥 一季度: indicators down, 1月 | 2月 | 3月 | 一季度合计 (「—」 for stocks' total)."""
    short = "大桥"
    code = BY_SHORT[short]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 6, "大桥社区2026年一季度工作数据")
    sh.row(1, 0, ["指标", "单位", "1月", "2月", "3月", "一季度合计", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("实现就业", "人", "people_employed"), ("新增就业岗位", "个", "jobs_created"),
             ("职业技能培训", "场", "training_sessions"), ("65岁以上老人体检", "人", "free_health_checks"),
             ("帮扶困难群众", "人", "people_assisted"), ("志愿服务", "人次", "volunteer_person_times"),
             ("注册志愿者", "人", "volunteers"), ("低保户", "户", "dibao_households"), ("社区工作者", "人", "staff")]
    for i, (lab, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for j, m in enumerate(("2026-01", "2026-02", "2026-03")):
            val(sh, r, 2 + j, code, m, ind)
        if ind in ("volunteers", "dibao_households", "staff"):
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2026-Q1", ind)
    sh.put(2 + len(items), 6, "3月5日学雷锋日集中开展志愿服务")
    sh.put(4 + len(items), 0, "大桥社区居委会　2026年4月2日")
    save("batch1/大桥社区2026年一季度工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "quarter_months_and_total", "stock_total_dash", "note_date_trap"], (2026, 4, 2, 11, 30))


def build(W):
    lmonth_form(W, "南丰", "2025-10", "openpyxl", (2025, 11, 3, 9, 30), ["xlsx_openpyxl", "prev_month_outside"])
    lmonth_form(W, "南丰", "2025-11", "openpyxl", (2025, 12, 2, 9, 40), ["xlsx_openpyxl"])
    lmonth_form(W, "南丰", "2026-02", "openpyxl", (2026, 3, 3, 9, 10), ["xlsx_openpyxl"])
    lmonth_form(W, "丰乐", "2026-01", "odfpy", (2026, 2, 2, 16, 0), ["ods"])
    lmonth_form(W, "翠花", "2026-03", "xlwt", (2026, 4, 2, 10, 30), ["xls"])
    lmonth_form(W, "群英", "2026-04", "xlwt", (2026, 5, 6, 11, 0), ["xls"])
    lmonth_form(W, "丰乐", "2026-04", "openpyxl", (2026, 5, 6, 15, 20), ["xlsx_openpyxl"])
    report_card(W)
    cover_xls(W)
    quarter_sheet(W)
