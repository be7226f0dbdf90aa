"""Street-office files (2): 党建办 12月 (xlsxwriter, SUM row), 1月 为老和春节走访慰问 (WPS GBK CSV), the district platform's
民情诉求 export (UTF-8 CSV, long, 10–12月), the 12月 民生数据月报 with one sheet per community, the 四季度 志愿服务台账
(.xls, long, community merged down), the 1月 民情诉求 with 上年同期."""
from nc_grid import Formula, Sheet, miss, prior, val
from nc_street_a import CODES, ORDER, short
from nc_world import BY_SHORT, NAME, REG, SHIDA, full
from nc_writers import save


def dangjian(W):
    m = "2025-12"
    sh = Sheet("党建")
    sh.merge(0, 0, 0, 6, "彭家桥街道2025年12月基层党建工作统计表")
    sh.row(1, 0, ["序号", "党组织名称", "党员总数\n（名）", "其中：在职党员\n“双报到”（名）", "党员结对帮扶\n困难群众（对）",
                  "“红色物业”\n覆盖小区（个）", "“志愿江西”\n注册志愿者（人）"])
    kinds = ["党委", "党委", "党总支", "党委", "党委", "党委", "党总支", "党委", "党总支", "党委", "党委", "党委", "党委"]
    for i, code in enumerate(ORDER):
        r = 2 + i
        org = "江西师大家委会党总支" if code == SHIDA else f"{NAME[code]}社区{kinds[i]}"
        sh.row(r, 0, [i + 1, org])
        val(sh, r, 2, code, m, "party_members")
        sh.put(r, 3, 20 + (i * 11) % 35)
        val(sh, r, 4, code, m, "pairings")
        sh.put(r, 5, 2 + i % 4)
        val(sh, r, 6, code, m, "volunteers")
    r = 2 + len(ORDER)
    sh.put(r, 1, "合计")
    for c, L in ((2, "C"), (3, "D"), (4, "E"), (5, "F"), (6, "G")):
        sh.put(r, c, Formula(f"=SUM({L}3:{L}{r})", sum(sh.cells[(2 + i, c)][0] for i in range(len(ORDER)))))
    sh.put(r + 1, 0, "注：“红色物业”覆盖小区、在职党员“双报到”为专项统计，不计入党员总数以外的考核指标。12月5日国际志愿者日集中注册。")
    sh.put(r + 2, 0, "彭家桥街道党建办　2026年1月7日")
    return sh


def weilao(W):
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "彭家桥街道2026年1月为老服务和春节走访慰问统计表")
    sh.put(2, 0, "填报单位：彭家桥街道社会事务办")
    sh.row(3, 0, ["序号", "社区", "65岁以上老年人免费健康体检（人）", "走访慰问困难群众（人）", "发放慰问品（份）",
                  "长者食堂助餐（人次）", "群众文体活动（场）", "备注"])
    tot = [0] * 5
    for i, code in enumerate(ORDER):
        r = 4 + i
        sh.row(r, 0, [str(i + 1), full(code)])
        if code == BY_SHORT["李家庄"]:
            miss(sh, r, 2, code, m, "free_health_checks", "/")
            sh.put(r, 7, "社区卫生服务站1月暂停体检")
        else:
            val(sh, r, 2, code, m, "free_health_checks", style="t")
            tot[0] += W.v[(code, m, "free_health_checks")]
        val(sh, r, 3, code, m, "people_assisted", style="t")
        val(sh, r, 4, code, m, "goods_distributed", style="t")
        meals = 420 + (i * 53) % 380
        sh.put(r, 5, str(meals))
        val(sh, r, 6, code, m, "cultural_activities", style="t")
        for j, x in enumerate((W.v[(code, m, "people_assisted")], W.v[(code, m, "goods_distributed")], meals,
                               W.v[(code, m, "cultural_activities")])):
            tot[1 + j] += x
    r = 4 + len(ORDER)
    sh.row(r, 0, ["", "合计"] + [str(x) for x in tot])
    sh.put(r + 1, 0, "说明：走访慰问含春节前走访（1月20日起）；腊八（1月26日）送粥、长者食堂助餐不计入慰问。")
    sh.put(r + 2, 0, "制表：　　　　2026年2月2日")
    return sh


def platform(W):
    ms = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("csv")
    sh.row(0, 0, ["序号", "统计月份", "所属区县", "所属街道", "社区名称", "社区代码", "诉求总量（含12345、赣服通、网格上报）",
                  "已办结", "按期办结率", "群众满意率"])
    r = 1
    for mm in ms:
        for code in CODES:
            rec = W.v[(code, mm, "petitions_received")]
            sh.row(r, 0, [str(r), mm.replace("-", "/"), "东湖区", "彭家桥街道", REG[code], code])
            val(sh, r, 6, code, mm, "petitions_received", style="t")
            val(sh, r, 7, code, mm, "petitions_resolved", style="t")
            sh.put(r, 8, f"{(W.v[(code, mm, 'petitions_resolved')] - r % 3) / rec * 100:.2f}%")
            sh.put(r, 9, f"{97 + (r * 13) % 30 / 10:.2f}%")
            r += 1
    sh.put(r, 0, "导出时间：2026-01-06 10:12:33　导出人：pjq_zzzx")
    return sh


def minsheng_sheets(W):
    m = "2025-12"
    items = [("新增就业岗位", "个", "jobs_created", True), ("实现就业", "人", "people_employed", True),
             ("低保户数", "户", "dibao_households", False), ("低保人数", "人", "dibao_persons", False),
             ("低保金发放", "元", "dibao_payout_yuan", True), ("免费健康体检", "人", "free_health_checks", True),
             ("走访慰问困难群众", "人", "people_assisted", True), ("文体活动", "场", "cultural_activities", True),
             ("宣讲活动（含“12·4”宪法宣传日）", "次", "lectures_held", True)]
    sheets = []
    for code in ORDER:
        sh = Sheet(short(code))
        sh.merge(0, 0, 0, 5, "彭家桥街道社区民生数据月报")
        sh.merge(1, 0, 1, 3, f"填报社区：{full(code)}")
        sh.merge(1, 4, 1, 5, "报告期：2025年12月")
        sh.row(2, 0, ["序号", "项目", "单位", "本月", "本年累计", "备注"])
        for i, (lab, unit, ind, flow) in enumerate(items):
            r = 3 + i
            sh.row(r, 0, [i + 1, lab, unit])
            val(sh, r, 3, code, m, ind, fmt="#,##0.00" if unit == "元" else None)
            if flow:
                sh.put(r, 4, W.ytd(code, m, ind), "#,##0.00" if unit == "元" else None)
            else:
                sh.put(r, 4, "—")
        sh.put(13, 0, "填表人：　　　　联系电话：　　　　")
        sh.widths.update({1: 30})
        sheets.append(sh)
    return sheets


def zhiyuan(W):
    ms = [("2025-10", "10月"), ("2025-11", "11月"), ("2025-12", "12月")]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 5, "彭家桥街道2025年第四季度志愿服务台账")
    sh.merge(1, 0, 1, 5, "（“志愿江西”平台数据，注册志愿者为月末数）")
    sh.row(2, 0, ["序号", "社区", "月份", "项目", "数量", "备注"])
    notes = {("2025-10", "volunteer_person_times"): "含国庆假期文明引导", ("2025-12", "volunteer_person_times"): "含12月5日国际志愿者日"}
    r, n = 3, 1
    for code in ORDER:
        sh.merge(r, 1, r + 5, 1, full(code))
        for mm, lab in ms:
            sh.merge(r, 2, r + 1, 2, lab)
            for ind, item in (("volunteers", "注册志愿者（人）"), ("volunteer_person_times", "志愿服务（人次）")):
                sh.put(r, 0, n)
                sh.put(r, 3, item)
                val(sh, r, 4, code, mm, ind)
                if code == BY_SHORT["观欣"] and (mm, ind) in notes:
                    sh.put(r, 5, notes[(mm, ind)])
                r += 1
                n += 1
    sh.put(r + 1, 0, "彭家桥街道新时代文明实践所　2026年1月8日")
    return sh


def minqing_jan(W):
    m = "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 6, "彭家桥街道2026年1月民情诉求及矛盾纠纷调处统计")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 2, "受理诉求（件）")
    sh.merge(1, 3, 1, 4, "辦結（件）")
    sh.merge(1, 5, 2, 5, "调处矛盾纠纷（起）")
    sh.merge(1, 6, 2, 6, "备注")
    sh.row(2, 1, ["本月", "上年同期", "本月", "上年同期"])
    for i, code in enumerate(ORDER):
        r = 3 + i
        sh.put(r, 0, REG[code] if code in (BY_SHORT["湖滨南路"], BY_SHORT["观欣"], BY_SHORT["青山北路"]) else full(code) + ("居委会" if code != SHIDA else ""))
        val(sh, r, 1, code, m, "petitions_received")
        prior(sh, r, 2, code, m, "petitions_received")
        val(sh, r, 3, code, m, "petitions_resolved")
        prior(sh, r, 4, code, m, "petitions_resolved")
        val(sh, r, 5, code, m, "disputes_mediated")
        if code == BY_SHORT["七里街"]:
            sh.put(r, 6, "含1月中旬低温雨雪水管冻裂报修")
    sh.put(3 + len(ORDER) + 1, 0, "注：1月起邻里纠纷（年关讨薪、装修噪音）增多。彭家桥街道综治中心　2026年2月3日")
    sh.widths[0] = 22
    return sh


def build(W):
    save("batch1/彭家桥街道2025年12月基层党建工作统计表.xlsx", [dangjian(W)], "xlsxwriter",
         ["street_file", "party_org_names", "sum_formula_row", "parts_outside", "line_breaks_in_headers",
          "zhiyuan_jiangxi_platform"], (2026, 1, 7, 9, 15))
    save("batch1/彭家桥街道2026年1月为老服务和春节走访慰问统计.csv", [weilao(W)], "csv-gbk",
         ["street_file", "csv_gbk_wps", "outside_columns", "slash", "total_row", "footer_date_trap"], (2026, 2, 2, 16, 45))
    save("batch1/东湖区社会治理综合平台_民情诉求统计_彭家桥街道_202510-202512.csv", [platform(W)], "csv-utf8bom",
         ["street_file", "system_export", "long_format_months_down", "registry_names", "community_codes",
          "period_slash_text", "rate_text"], (2026, 1, 6, 10, 13))
    save("batch1/彭家桥街道社区民生数据月报（2025年12月）.xlsx", minsheng_sheets(W), "openpyxl",
         ["street_file", "sheet_per_community", "month_and_ytd_columns", "period_in_file_name_and_line",
          "number_format_decimals"], (2026, 1, 9, 11, 30))
    save("batch1/彭家桥街道2025年第四季度志愿服务台账.xls", [zhiyuan(W)], "xlwt",
         ["street_file", "long_format", "community_merged_down", "month_merged_down", "months_text_year_in_title"],
         (2026, 1, 8, 15, 0))
    save("batch1/彭家桥街道2026年1月民情诉求及矛盾纠纷调处统计.xlsx", [minqing_jan(W)], "openpyxl",
         ["street_file", "last_year_columns", "two_row_header", "names_with_juweihui", "registry_names"],
         (2026, 2, 3, 10, 0))
