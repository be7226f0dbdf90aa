"""The street office's files of 桃源街道 (党政办, 社会事务办, 平安办, 劳动保障事务所, 综合文化站, 社区建设办)."""
from dl_grid import REC, Sheet, cn_month, miss, multi, val
from dl_world import COMMS, NAME, REG
from dl_writers import save

FOOT = "填表人：{}　　审核人：{}　　联系电话：0411-8{}"
GROUPS = {"pet": ["petitions_received", "petitions_resolved", "disputes_mediated"],
          "job": ["jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households",
                  "micro_loans_yuan", "training_sessions"],
          "dibao": ["dibao_households", "dibao_persons", "dibao_payout_yuan"],
          "safe": ["patrol_members", "informants", "security_cases"],
          "old": ["free_health_checks", "people_assisted", "goods_distributed"],
          "vol": ["volunteers", "volunteer_person_times", "party_members", "pairings"],
          "base": ["households", "residents", "floating_population", "staff"],
          "cult": ["cultural_activities", "lectures_held"]}
# month -> groups the street office reports for every community (community files leave them out)
STREET_COVER = {"2025-10": {"pet", "cult"}, "2025-11": {"job", "cult"}, "2025-12": {"dibao", "cult"},
                "2026-01": {"safe", "cult"}, "2026-02": {"old", "cult"}, "2026-03": {"vol", "cult"},
                "2026-04": {"base", "pet"}}


def table(sh, r0, m, cols, name=lambda c: NAME[c], total=True):
    """Communities down, one column per (header, ind, style, unit, div); a 合计 row. Returns the next row."""
    sh.put(r0, 0, "序号")
    sh.put(r0, 1, "社区")
    for j, col in enumerate(cols):
        sh.put(r0, 2 + j, col[0])
    r = r0 + 1
    for i, (_, code, _) in enumerate(COMMS):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, name(code))
        for j, (_, ind, style, unit, div) in enumerate(cols):
            if ind is None:
                sh.put(r, 2 + j, style(code) if callable(style) else style)
            elif ind in ("miss", "prev"):
                pass
            else:
                val(sh, r, 2 + j, code, m, ind, style=style, unit=unit, div=div)
        r += 1
    if total:
        sh.put(r, 1, "合计")
        r += 1
    return r


def build(W):
    m = "2025-10"
    sh = Sheet("诉求")
    sh.merge(0, 0, 0, 6, "桃源街道2025年10月份居民诉求受理办结情况统计表")
    sh.put(1, 0, "报送单位：桃源街道党政办（网格化服务管理中心）")
    heat = lambda c: int(W.v[(c, m, "petitions_received")] * 0.3)  # noqa: E731
    r = table(sh, 2, m, [("受理诉求（件）", "petitions_received", "n", "", 1), ("其中：供暖诉求", None, heat, "", 1),
                         ("已办结（件）", "petitions_resolved", "n", "", 1), ("调处矛盾纠纷（起）", "disputes_mediated", "n", "", 1),
                         ("办结率", None, lambda c: f"{W.v[(c, m, 'petitions_resolved')] / W.v[(c, m, 'petitions_received')]:.1%}", "", 1)],
              name=lambda c: REG[c])
    sh.put(r + 1, 0, "注：供暖诉求为10月下旬试供暖期间反映的暖气不热、跑冒滴漏等问题，已含在受理诉求内。")
    sh.put(r + 2, 0, FOOT.format("王丽", "刘军", "2601234"))
    save("batch1/桃源街道2025年10月份居民诉求受理办结情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "registry_names", "part_column_heating", "rate_text", "total_row", "footer"], (2025, 11, 4, 9, 0))

    m = "2025-11"
    sh = Sheet("jy")
    sh.put(0, 0, "桃源街道2025年11月就业创业工作情况")
    sh.put(1, 5, "单位：个、人、户、万元、场")
    r = table(sh, 2, m, [("新增就业岗位", "jobs_created", "n", "", 1), ("其中公益性岗位", "public_welfare_jobs", "n", "", 1),
                         ("实现就业", "people_employed", "n", "", 1), ("零就业家庭", "zero_employment_households", "n", "", 1),
                         ("创业担保贷款", "micro_loans_yuan", "t", "", 10000), ("技能培训", "training_sessions", "n", "", 1)])
    sh.put(r, 0, "劳动保障事务所　" + FOOT.format("孙晓燕", "赵刚", "2605588"))
    save("batch1/桃源街道2025年11月就业创业工作情况.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk", "unit_line_mixed_wan", "total_row_empty"], (2025, 12, 3, 14, 0))

    m = "2025-12"
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 5, "桃源街道2025年12月城市低保情况统计")
    sh.put(1, 0, "社会事务办　金额单位：元")
    r = table(sh, 2, m, [("低保户数", "dibao_households", "n", "", 1), ("上月户数", "prev", "n", "", 1),
                         ("低保人数", "dibao_persons", "n", "", 1), ("本月发放低保金", "dibao_payout_yuan", "n", "", 1)],
              name=lambda c: NAME[c] + "社区")
    for i, (_, code, _) in enumerate(COMMS):   # the hidden 上月户数 column: November's figures
        key = (code, W.prev(m), "dibao_households")
        REC_prev(sh, 3 + i, 3, key, W)
    sh.hidden_cols.add(3)
    sh.put(r, 0, FOOT.format("李娜", "周海波", "2608811"))
    save("batch1/桃源街道2025年12月城市低保情况统计.xls", [sh], "xlwt",
         ["street_file", "hidden_column_prev_month", "unit_line", "total_row"], (2026, 1, 5, 10, 0))

    m = "2026-01"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 4, "桃源街道平安建设工作月报（2026年1月）")
    r = table(sh, 1, m, [("群防群治巡逻队员（人）", "patrol_members", "n", "", 1), ("平安信息员（人）", "informants", "n", "", 1),
                         ("治安案件（起）", "security_cases", "wu", "", 1)])
    sh.put(r, 0, "说明：“平安”指平安建设工作，与老虎滩街道平安社区无关；治安案件以桃源派出所通报为准。")
    sh.put(r + 1, 0, "平安办 " + FOOT.format("张伟", "刘军", "2603366"))
    save("batch1/桃源街道平安建设工作月报（2026年1月）.ods", [sh], "odfpy",
         ["street_file", "pingan_word_trap", "wu_zero", "total_row"], (2026, 2, 4, 9, 30))

    m = "2026-02"
    sh = Sheet("为老服务")
    sh.merge(0, 0, 0, 4, "桃源街道2026年2月春节走访慰问及为老服务统计")
    r = table(sh, 1, m, [("老年人免费体检（人）", "free_health_checks", "n", "", 1),
                         ("春节走访慰问困难群众（人）", "people_assisted", "n", "", 1),
                         ("发放米面油等慰问品（件）", "goods_distributed", "n", "", 1)])
    sh.put(r, 0, "备注：慰问品含区慈善总会“春节送温暖”物资；体检因春节假期顺延，2月人数较少。")
    save("batch1/桃源街道2026年2月春节走访慰问及为老服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "festival_title", "total_row"], (2026, 3, 3, 9, 0))

    m = "2026-03"   # long format, the community written once and the rows under it left blank (not merged)
    sh = Sheet("long")
    sh.row(0, 0, ["社区", "项目", "数值", "计量单位"])
    r = 1
    labs = [("“志愿辽宁”注册志愿者", "volunteers", "人"), ("学雷锋志愿服务", "volunteer_person_times", "人次"),
            ("在册党员", "party_members", "名"), ("党员结对帮扶", "pairings", "对")]
    for short, code, _ in COMMS:
        for j, (lab, ind, unit) in enumerate(labs):
            if j == 0:
                sh.put(r, 0, short)
            sh.row(r, 1, [lab])
            val(sh, r, 2, code, m, ind, style="t")
            sh.put(r, 3, unit)
            r += 1
    sh.put(r, 0, "统计时间：2026年3月　党建办（新时代文明实践所）")
    save("batch1/桃源街道2026年3月志愿服务和党建数据.csv", [sh], "csv-utf8bom",
         ["street_file", "long_format", "blank_down_community", "utf8_bom"], (2026, 4, 2, 16, 0))

    m = "2026-04"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 5, "桃源街道各社区基本情况（2026年4月末）")
    r = table(sh, 1, m, [("常住户数（户）", "households", "sp", "", 1), ("常住人口（人）", "residents", "sp", "", 1),
                         ("流动人口（人）", "floating_population", "n", "", 1), ("社区工作者（人）", "staff", "n", "", 1)])
    sh.put(r, 0, "社区建设办　数据来源：社区网格基础信息采集")
    save("batch1/桃源街道各社区基本情况（2026年4月末）.ods", [sh], "odfpy",
         ["street_file", "period_as_month_end", "space_thousands"], (2026, 5, 6, 9, 0))

    # the 文化站 台账: two tables stacked on one sheet, months across
    sh = Sheet("台账")
    months = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    r = 0
    for ind, title in (("cultural_activities", "一、群众文体活动开展情况（场）"), ("lectures_held", "二、政策宣讲及法治讲座（次）")):
        sh.put(r, 0, title)
        sh.row(r + 1, 0, ["社区"] + [f"{int(x[5:])}月" for x in months] + ["合计"])
        for i, (short, code, _) in enumerate(COMMS):
            sh.put(r + 2 + i, 0, short)
            for j, x in enumerate(months):
                val(sh, r + 2 + i, 1 + j, code, x, ind)
            sh.put(r + 2 + i, 1 + len(months), sum(W.v[(code, x, ind)] for x in months))
        r += len(COMMS) + 4
    sh.put(r, 0, "综合文化站　2026年4月3日整理（2025年10月—2026年3月）")
    save("batch1/桃源街道文化活动宣讲台账（2025年10月—2026年3月）.xlsx", [sh], "openpyxl",
         ["street_file", "two_tables_one_sheet", "months_across", "year_in_title_range", "total_column"], (2026, 4, 3, 11, 0))

    m = "2026-04"   # a WeChat 接龙 pasted into a CSV, one line per community
    sh = Sheet("jl")
    sh.put(0, 0, "#接龙 桃源街道4月诉求数据 请各社区接龙报送：社区 受理 办结 调解")
    for i, (short, code, _) in enumerate(COMMS):
        multi(sh, 1 + i, 0, code, m, f"{i + 1}. {short}社区 受理{{0}}件 办结{{1}}件 调解{{2}}起",
              ["petitions_received", "petitions_resolved", "disputes_mediated"])
    sh.put(2 + len(COMMS), 0, "（以上为微信群接龙内容复制，2026年4月30日）")
    save("batch1/桃源街道4月诉求接龙（2026年）.csv", [sh], "csv-utf8",
         ["street_file", "wechat_jielong", "several_values_per_cell", "utf8"], (2026, 4, 30, 18, 0))


def REC_prev(sh, r, c, key, W):
    sh.put(r, c, W.v[key])
    sh.rec(r, c, ("truth", key, W.v[key], "prevmonth"))
