"""Street-office files (2): 党建办 November (party organisations, corrected in batch2), 综合文化站 December in
traditional characters, 社会事务服务中心 January as a WPS GBK CSV with line breaks inside quoted headers, the district
platform's long export (UTF-8, December), the 三季度 民情 ledger (community merged over 7月 8月 9月 小计, formulas) and
the platform's January workbook with one sheet per community named by its 12-digit code."""
from fz_grid import Formula, Sheet, prior, qval, val
from fz_world import COMMS, TRAD
from fz_writers import save


def party_org(short, i):
    if i % 3 == 0:
        return f"中共福州市鼓楼区五凤街道{short}社区委员会"
    if i % 3 == 1:
        return f"{short}社区“大党委”"
    return f"{short}社区党委"


def party_nov(W, comms=None, batch="batch1"):
    m = "2025-11"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 8, "五凤街道2025年11月党建和志愿服务工作统计")
    sh.row(1, 0, ["序号", "社区党组织", "党员总数（名）", "其中：流动党员", "党员结对帮扶困难群众（对）",
                  "注册志愿者（人）", "本月志愿服务（人次）", "志愿服务时长（小时）", "“党建+”邻里中心活动（场）"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, party_org(short, i)])
        val(sh, r, 2, code, m, "party_members")
        sh.put(r, 3, 3 + (i * 7) % 11)
        val(sh, r, 4, code, m, "pairings")
        val(sh, r, 5, code, m, "volunteers")
        val(sh, r, 6, code, m, "volunteer_person_times")
        sh.put(r, 7, round(W.v[(code, m, "volunteer_person_times")] * 2.5))
        sh.put(r, 8, 4 + (i * 5) % 7)
    r = 2 + len(COMMS)
    sh.put(r + 1, 0, "说明：注册志愿者为全国志愿服务信息系统实名注册数（月末）；“11·9”消防宣传日活动计入志愿服务。")
    sh.put(r + 2, 0, "五凤街道党建工作办公室　2025年12月4日")
    save("batch1/五凤街道2025年11月党建和志愿服务工作统计.xlsx", [sh], "openpyxl",
         ["street_file", "party_org_names", "da_dangwei_names", "outside_columns", "corrected_in_batch2"],
         (2025, 12, 4, 9, 50))


def culture_dec(W):
    m = "2025-12"
    sh = Sheet("文化宣講")
    sh.merge(0, 0, 0, 8, "五鳳街道2025年12月文化活動及宣講統計表")
    sh.row(1, 0, ["序號", "社區", "群眾性文體活動（場）", "其中：閩劇、評話進社區（場）", "政策宣講（次）",
                  "其中：憲法宣傳日宣講（次）", "新時代文明實踐志願服務（人次）", "參與群眾（人次）", "備註"])
    tot = [0, 0, 0, 0, 0, 0]
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, TRAD[short] + "社區"])
        ca, le = W.v[(code, m, "cultural_activities")], W.v[(code, m, "lectures_held")]
        val(sh, r, 2, code, m, "cultural_activities")
        sh.put(r, 3, min(ca, 1 + i % 2))
        val(sh, r, 4, code, m, "lectures_held")
        sh.put(r, 5, min(le, 1))
        val(sh, r, 6, code, m, "volunteer_person_times")
        sh.put(r, 7, 260 + (i * 41) % 300)
        for k, x in enumerate([ca, min(ca, 1 + i % 2), le, min(le, 1), W.v[(code, m, "volunteer_person_times")],
                               260 + (i * 41) % 300]):
            tot[k] += x
        if short == "左海":
            sh.put(r, 8, "12月14日福州馬拉松志願服務計入")
    r = 2 + len(COMMS)
    sh.row(r, 1, ["合計"] + tot)
    sh.put(r + 2, 0, "填表：五鳳街道綜合文化站（新時代文明實踐所）　2026年1月6日")
    save("batch1/五鳳街道2025年12月文化活動及宣講統計表.xlsx", [sh], "openpyxl",
         ["street_file", "traditional_characters", "traditional_community_names", "part_columns_outside",
          "outside_columns", "total_row"], (2026, 1, 6, 10, 0))


def welfare_jan(W):
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "五凤街道2026年1月社会救助和春节走访慰问统计表")
    sh.put(1, 0, "填报单位：五凤街道社会事务服务中心")
    sh.put(1, 8, "金额单位：元")
    sh.row(2, 0, ["序号", "社区", "低保\n户数", "低保\n人数", "低保金\n发放", "春节前走访\n慰问（人）", "发放慰问品\n（份）",
                  "65岁以上老人\n免费体检（人）", "备注"])
    tot = [0] * 6
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [str(i + 1), short + "居委会"])
        for k, (ind, st) in enumerate((("dibao_households", "t"), ("dibao_persons", "t"), ("dibao_payout_yuan", "k2"),
                                       ("people_assisted", "t"), ("goods_distributed", "t"), ("free_health_checks", "t"))):
            val(sh, r, 2 + k, code, m, ind, style=st)
            tot[k] += W.v[(code, m, ind)]
        if short == "屏西":
            sh.put(r, 8, "含腊八节送粥慰问")
    r = 3 + len(COMMS)
    sh.row(r, 0, ["", "合计", str(tot[0]), str(tot[1]), f"{tot[2]:,.2f}", str(tot[3]), str(tot[4]), str(tot[5]), ""])
    sh.put(r + 1, 0, "注：春节（2月17日）前走访慰问自1月20日开始，2月走访另报。")
    sh.put(r + 2, 0, "制表：郑　　2026年2月4日")
    save("batch1/五凤街道2026年1月社会救助和春节走访慰问统计表.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "line_breaks_in_quoted_headers", "thousands_decimals_text", "unit_line_right",
          "juweihui_names", "total_row"], (2026, 2, 4, 16, 45))


def platform_dec(W):
    m = "2025-12"
    sh = Sheet("csv")
    sh.row(0, 0, ["数据期别", "行政区划", "社区名称", "指标名称", "计量单位", "本期数", "上年同期数", "审核状态"])
    spec = [("注册志愿者数", "人", "volunteers"), ("志愿服务人次", "人次", "volunteer_person_times"),
            ("新增就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
            ("实现就业人数", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan"),
            ("职业技能培训", "场", "training_sessions"), ("常住户数", "户", "households"), ("常住人口", "人", "residents")]
    r = 1
    for i, (short, code, _) in enumerate(COMMS):
        for lab, unit, ind in spec:
            div = 10000 if unit == "万元" else 1
            sh.row(r, 0, ["2025年12月", "福建省福州市鼓楼区五凤街道", f"{short}社区居民委员会", lab, unit])
            val(sh, r, 5, code, m, ind, style="t", div=div)
            prior(sh, r, 6, code, m, ind, style="t", div=div)
            sh.put(r, 7, "已审核" if short != "凤仪" else "待审核")
            r += 1
    save("batch1/鼓楼区社区治理数据平台_五凤街道_202512.csv", [sh], "csv-utf8",
         ["street_file", "long_format", "platform_export", "registry_full_names", "wan_unit_per_row", "same_month_last_year",
          "no_title", "utf8_no_bom"], (2026, 1, 7, 8, 30))


def petitions_q3(W):
    months = ["2025-07", "2025-08", "2025-09"]
    sh = Sheet("三季度")
    sh.merge(0, 0, 0, 5, "五凤街道2025年第三季度民情诉求及矛盾纠纷调处台账")
    sh.row(1, 0, ["社区", "月份", "受理诉求（件）", "已办结（件）", "调处矛盾纠纷（起）", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated"]
    letters = "CDE"
    r = 2
    subtotal_rows = []
    for i, (short, code, _) in enumerate(COMMS):
        sh.merge(r, 0, r + 3, 0, short)
        for k, m in enumerate(months):
            sh.put(r + k, 1, f"{int(m[5:])}月")
            for j, ind in enumerate(inds):
                val(sh, r + k, 2 + j, code, m, ind)
        if i % 4 == 1:
            sh.put(r + 1, 5, "台风过境，积水、停电诉求集中")
        sh.put(r + 3, 1, "小计")
        for j, ind in enumerate(inds):
            L = letters[j]
            qval(sh, r + 3, 2 + j, code, "2025-Q3", ind, formula=f"=SUM({L}{r + 1}:{L}{r + 3})")
        subtotal_rows.append(r + 3)
        r += 4
    sh.merge(r, 0, r, 1, "全街道合计")
    for j, ind in enumerate(inds):
        L = letters[j]
        tot = sum(W.quarter(c, "2025-Q3", ind) for _, c, _ in COMMS)
        sh.put(r, 2 + j, Formula("=" + "+".join(f"{L}{x + 1}" for x in subtotal_rows), tot))
    sh.put(r + 2, 0, "注：7月下旬、8月中旬两次台风影响期间，网格员上门收集的诉求一并计入；调处纠纷以人民调解委员会结案为准。")
    sh.put(r + 3, 0, "五凤街道综治中心　2025年10月14日")
    save("batch1/五凤街道2025年第三季度民情诉求及矛盾纠纷调处台账.xlsx", [sh], "xlsxwriter",
         ["street_file", "community_merged_over_month_rows", "months_as_rows", "subtotal_rows_quarter",
          "sum_formula_cells", "total_row"], (2025, 10, 14, 11, 0))


def platform_jan(W):
    m = "2026-01"
    toc = Sheet("目录")
    toc.merge(0, 0, 0, 3, "五凤街道社区月报（2026年01月）")
    toc.row(1, 0, ["序号", "区划代码", "社区名称", "报送状态"])
    sheets = [toc]
    spec = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("文体活动", "场", "cultural_activities"),
            ("宣讲活动", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
            ("群防群治队员", "人", "patrol_members"), ("治安案件", "起", "security_cases")]
    for i, (short, code, _) in enumerate(COMMS):
        toc.row(2 + i, 0, [i + 1, code, f"{short}社区居民委员会", "已报送"])
        sh = Sheet(code)
        sh.merge(0, 0, 0, 3, "社区月度工作报表")
        sh.merge(1, 0, 1, 3, f"单位名称：{short}社区居民委员会")
        sh.merge(2, 0, 2, 3, "报告期：2026年01月")
        sh.row(3, 0, ["指标", "计量单位", "本月", "备注"])
        for k, (lab, unit, ind) in enumerate(spec):
            sh.row(4 + k, 0, [lab, unit])
            val(sh, 4 + k, 2, code, m, ind)
        if short == "永恒":
            sh.put(4 + 5, 3, "含元旦迎新、腊八活动")
        sh.put(5 + len(spec), 0, "导出时间：2026-02-05 10:26:41")
        sheets.append(sh)
    toc.put(3 + len(COMMS), 0, "说明：本文件由鼓楼区社区治理数据平台导出，工作表以社区区划代码命名。")
    save("batch1/五凤街道2026年1月社区月报汇总（平台导出）.xlsx", sheets, "openpyxl",
         ["street_file", "sheet_per_community", "sheets_named_by_code", "contents_sheet_with_codes", "platform_export",
          "period_zero_padded_month", "export_time_trap"], (2026, 2, 5, 10, 40))


def build(W):
    party_nov(W)
    culture_dec(W)
    welfare_jan(W)
    platform_dec(W)
    petitions_q3(W)
    platform_jan(W)
