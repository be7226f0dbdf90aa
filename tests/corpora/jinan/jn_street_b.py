"""Street-office files (2): 党群办 党建和志愿服务 (January, a 联合党委 row), 文化站 三季度 (month headers as real date
cells, 三季度小计), the “志愿山东” export (UTF-8 BOM CSV, 累计注册 = the stock), the 9—11月 诉求 long table with the
月份 and 社区 merged down, the 元月 汇总 (GBK CSV from WPS), the 四季度 就业台账 (.ods) and the December workbook with
one sheet per community."""
import datetime

from jn_grid import Formula, Sheet, miss, multi, qval, val
from jn_street_a import pad
from jn_world import BY_SHORT, COMMS, FULL
from jn_writers import save

JOINT = ("建达南苑", "建达北苑")


def dangjian(W):
    m = "2026-01"
    sh = Sheet("党建和志愿服务")
    sh.merge(0, 0, 0, 6, "文东街道2026年1月党建和志愿服务工作统计")
    sh.row(1, 0, ["序号", "社区党组织", "党员总数（名）", "其中：离退休\n党员（名）", "党员结对帮扶\n困难群众（对）",
                  "“志愿山东”注册\n志愿者（人）", "志愿服务\n（人次）"])
    rows = [c for c in COMMS if c[0] not in JOINT] + [("建达", None, None)]
    rows.sort(key=lambda c: c[1] or BY_SHORT["建达南苑"])
    inds = ["party_members", None, "pairings", "volunteers", "volunteer_person_times"]
    for i, (short, code, _) in enumerate(rows):
        r = 2 + i
        if code is None:
            sh.put(r, 0, i + 1)
            sh.put(r, 1, "中共建达南苑、建达北苑社区联合委员会")
            a, b = BY_SHORT["建达南苑"], BY_SHORT["建达北苑"]
            for k, ind in enumerate(inds):
                if ind is None:
                    sh.put(r, 2 + k, 120)
                    continue
                sh.put(r, 2 + k, W.v[(a, m, ind)] + W.v[(b, m, ind)])
                sh.rec(r, 2 + k, ("ignore", (a, m, ind), None, None))
                sh.rec(r, 2 + k, ("ignore", (b, m, ind), None, None))
            continue
        org = f"中共济南市历下区文东街道{FULL[code]}社区委员会" if i % 3 == 0 else f"{FULL[code]}社区党委"
        if short == "文化东路":
            org = "文化东路居委会党支部"
        sh.row(r, 0, [i + 1, org])
        for k, ind in enumerate(inds):
            if ind is None:
                sh.put(r, 2 + k, int(W.v[(code, m, "party_members")] * (0.62 if short in ("山师大", "山大路") else 0.45)))
            else:
                val(sh, r, 2 + k, code, m, ind)
    r = 2 + len(rows)
    sh.put(r, 1, "合计")
    for k, L in enumerate("CDEFG"):
        tot = sum(sh.cells[(2 + i, 2 + k)][0] for i in range(len(rows)))
        sh.put(r, 2 + k, Formula(f"=SUM({L}3:{L}{r})", tot))
    sh.put(r + 1, 0, "注：建达南苑、建达北苑两社区设联合党委，党员和志愿者数据合并填报，暂无法分列。元旦、腊八“送福进万家”志愿服务计入。")
    sh.put(r + 2, 0, "文东街道党群工作办公室　2026年2月5日")
    sh.widths.update({1: 40})
    save("batch1/文东街道2026年1月党建和志愿服务工作统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "party_org_names", "joint_row_two_communities", "sum_formula_row", "outside_columns"],
         (2026, 2, 5, 9, 20))


def wenhua_q3(W):
    months = ["2025-07", "2025-08", "2025-09"]
    sh = Sheet("三季度")
    sh.merge(0, 0, 0, 9, "文东街道2025年第三季度文化活动和宣讲情况统计（综合文化站）")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    for c, lab in ((2, "文体活动（场）"), (6, "政策宣讲、理论宣讲（次）")):
        sh.merge(1, c, 1, c + 3, lab)
        for k, m in enumerate(months):
            sh.put(2, c + k, datetime.datetime(int(m[:4]), int(m[5:]), 1), 'm"月"')
        sh.put(2, c + 3, "三季度小计")
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, short])
        for c, ind in ((2, "cultural_activities"), (6, "lectures_held")):
            for k, m in enumerate(months):
                val(sh, r, c + k, code, m, ind)
            qval(sh, r, c + 3, code, "2025-Q3", ind)
    sh.put(19, 0, "注：7—8月暑期纳凉晚会、“四点半课堂”文艺展演计入文体活动；8月29日七夕主题活动计入8月。")
    sh.put(20, 0, "文东街道综合文化站　2025年10月10日")
    save("batch1/文东街道2025年第三季度文化活动和宣讲情况统计.xlsx", [sh], "openpyxl",
         ["street_file", "month_headers_as_date_cells", "quarter_total_column", "two_row_header", "year_only_in_title"],
         (2025, 10, 10, 10, 0))


def zhiyuan_export(W):
    m = "2025-10"
    sh = Sheet("csv")
    sh.row(0, 0, ["序号", "组织名称", "所属区域", "累计注册志愿者数", "本月新增注册数", "本月参与服务人次",
                  "本月服务时长(小时)", "统计截止日期"])
    rows = [("历下区文东街道新时代文明实践所", None)] + [(f"历下区文东街道{FULL[c]}社区志愿服务站", c) for _, c, _ in COMMS]
    rows.sort(key=lambda x: -(W.v[(x[1], m, "volunteers")] if x[1] else 10 ** 6))
    for i, (org, code) in enumerate(rows):
        r = 1 + i
        sh.row(r, 0, [str(i + 1), org, "山东省-济南市-历下区-文东街道"])
        if code is None:
            sh.row(r, 3, ["412", "6", "388", "1164.5", "2025-10-31"])
            continue
        val(sh, r, 3, code, m, "volunteers", style="t")
        new = W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")]
        sh.put(r, 4, str(new))
        val(sh, r, 5, code, m, "volunteer_person_times", style="t")
        sh.put(r, 6, f"{W.v[(code, m, 'volunteer_person_times')] * 2.5:.1f}")
        sh.put(r, 7, "2025-10-31")
    save("batch1/志愿山东组织数据导出_文东街道_202510.csv", [sh], "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "platform_export", "cumulative_registered_is_stock", "street_org_row",
          "sorted_by_value", "org_names_hold_community"], (2025, 11, 3, 17, 45))


def changbiao(W):
    months = [("2025-09", "9月份"), ("2025-10", "10月份"), ("2025-11", "11月份")]
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated")]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 5, "文东街道2025年9—11月民情诉求及矛盾纠纷调解台账")
    sh.row(1, 0, ["月份", "社区", "项目", "数量", "单位", "备注"])
    r = 2
    for m, lab in months:
        r0 = r
        for short, code, _ in COMMS:
            sh.merge(r, 1, r + len(items) - 1, 1, short + "社区")
            for k, (it, unit, ind) in enumerate(items):
                sh.put(r + k, 2, it)
                val(sh, r + k, 3, code, m, ind)
                sh.put(r + k, 4, unit)
            if m == "2025-11" and short in ("环山路", "师东新村"):
                sh.put(r, 5, "含供暖不热诉求")
            r += len(items)
        sh.merge(r0, 0, r - 1, 0, lab)
    sh.put(r + 1, 0, "注：11月15日起集中供暖，供暖类诉求由社区转热力公司办理，办结以居民确认为准。")
    sh.put(r + 2, 0, "文东街道综合治理办公室　2025年12月8日")
    save("batch1/文东街道2025年9—11月民情诉求及矛盾纠纷调解台账.xlsx", [sh], "openpyxl",
         ["street_file", "long_format", "month_merged_down", "community_merged_down", "year_only_in_title"],
         (2025, 12, 8, 10, 30))


def yuanyue(W):
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "文东街道2026年元月社区工作数据汇总表")
    sh.put(1, 0, "报送单位：文东街道党政综合办公室")
    heads = [("社区", ""), ("受理诉求", "（件）"), ("办结", "（件）"), ("调解纠纷", "（起）"), ("新增岗位", "（个）"),
             ("实现就业", "（人）"), ("城市低保", "（户/人）"), ("低保金", "（元）"), ("走访慰问", "（人）"),
             ("慰问物资", "（件）"), ("文体活动", "（场）")]
    sh.row(2, 0, [h for h, _ in heads])
    sh.row(3, 0, [u for _, u in heads])
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 0, pad(short))
        c = 1
        for ind in ("petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed"):
            c = val(sh, r, c, code, m, ind, style="t")
        c = multi(sh, r, c, code, m, "{0}/{1}", ["dibao_households", "dibao_persons"])
        c = val(sh, r, c, code, m, "dibao_payout_yuan", style="k")
        for ind in ("people_assisted", "goods_distributed", "cultural_activities"):
            c = val(sh, r, c, code, m, ind, style="t")
    r = 4 + len(COMMS)
    tot = lambda ind: sum(W.v[(c, m, ind)] for _, c, _ in COMMS)  # noqa: E731
    sh.row(r, 0, ["合　计", str(tot("petitions_received")), str(tot("petitions_resolved"))])
    sh.put(r + 1, 0, "注：腊八（1月26日）“粥暖泉城”送腊八粥及春节前走访慰问计入走访慰问、慰问物资。")
    sh.put(r + 2, 0, "制表：　　　　2026年2月4日")
    save("batch1/文东街道2026年元月社区工作数据汇总.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "yuanyue_january", "units_row", "pair_slash", "thousands_text",
          "ideographic_space_names", "total_row"], (2026, 2, 4, 15, 50))


def jiuye_q4(W):
    months = [("2025-10", "10月"), ("2025-11", "11月"), ("2025-12", "12月")]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 9, "文东街道2025年四季度就业工作台账")
    sh.merge(1, 0, 2, 0, "社区")
    for c, lab in ((1, "开发就业岗位（个）"), (5, "实现就业（人）")):
        sh.merge(1, c, 1, c + 3, lab)
        sh.row(2, c, [x for _, x in months] + ["四季度"])
    sh.merge(1, 9, 2, 9, "备注")
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short + "社区")
        for c, ind in ((1, "jobs_created"), (5, "people_employed")):
            for k, (m, _) in enumerate(months):
                val(sh, r, c + k, code, m, ind)
            qval(sh, r, c + 3, code, "2025-Q4", ind)
    sh.put(3 + len(COMMS), 0, "注：10月“金秋招聘月”两场招聘会新增岗位已分社区计入；四季度为10—12月合计。")
    sh.put(4 + len(COMMS), 0, "文东街道便民服务中心（人社服务站）　2026年1月12日")
    save("batch1/文东街道2025年四季度就业工作台账.ods", [sh], "odfpy",
         ["street_file", "months_across_year_in_title", "quarter_total_column", "two_row_header"],
         (2026, 1, 12, 11, 15))


def per_community(W):
    m = "2025-12"
    items = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
             ("老年人健康查体", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted")]
    sheets = []
    for short, code, _ in COMMS:
        sh = Sheet(short)
        sh.merge(0, 0, 0, 3, "社区月度工作数据填报表")
        sh.merge(1, 0, 1, 1, f"填报社区：{FULL[code]}{'居委会' if short == '文化东路' else '社区居委会'}")
        sh.merge(1, 2, 1, 3, "填报月份：2025年12月")
        sh.row(2, 0, ["序号", "项目", "单位", "本月数"])
        for k, (lab, unit, ind) in enumerate(items):
            sh.row(3 + k, 0, [k + 1, lab, unit])
            if short == "文恒" and ind == "free_health_checks":
                miss(sh, 3 + k, 3, code, m, ind, "")
                sh.put(3 + k, 2, "人")
                continue
            val(sh, 3 + k, 3, code, m, ind)
        sh.put(10, 0, "填表人：　　　　社区书记（签字）：")
        sheets.append(sh)
    save("batch1/文东街道2025年12月各社区工作数据.xlsx", sheets, "openpyxl",
         ["street_file", "one_sheet_per_community", "community_only_in_cell", "blank_value_cell"],
         (2026, 1, 9, 16, 0))


def build(W):
    dangjian(W)
    wenhua_q3(W)
    zhiyuan_export(W)
    changbiao(W)
    yuanyue(W)
    jiuye_q4(W)
    per_community(W)
