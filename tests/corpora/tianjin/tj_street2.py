"""The street office's files, part 2: 民政 录入 + 打印版, the volunteer platform CSV, the 3月 综合报表 (汇总 + detail
sheets + a hidden 上月 sheet), the 党建 .ods with party-organisation names."""
from tj_grid import Formula, Sheet, ref, val
from tj_world import COMMS, REG
from tj_writers import save


def entry_and_print(W):
    """12月 民政: sheet 录入 (communities down) and sheet 打印版 (communities across in two bands of seven, the
    same figures laid out for an A4 landscape page)."""
    m = "2025-12"
    items = [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("低保金发放", "元", "dibao_payout_yuan"), ("特困供养", "人", None), ("临时救助", "人次", None)]
    ent = Sheet("录入")
    ent.row(0, 0, ["社区", "低保户数（户）", "低保人数（人）", "低保金发放（元）", "特困供养（人）", "临时救助（人次）"])
    extra = {}
    for i, (short, code, f) in enumerate(COMMS):
        ent.put(1 + i, 0, short)
        for j, (lab, unit, ind) in enumerate(items):
            if ind:
                val(ent, 1 + i, 1 + j, code, m, ind, fmt="0.00" if unit == "元" else None)
            else:
                extra[(i, j)] = (i * 3 + j) % 4
                ent.put(1 + i, 1 + j, extra[(i, j)])
    pr = Sheet("打印版")
    pr.merge(0, 0, 0, 8, "天塔街道2025年12月社会救助情况统计表")
    pr.merge(1, 0, 1, 8, "填报单位：天塔街道民生服务办公室（盖章）　　　　统计截止：2025年12月31日")
    r = 2
    for band in (COMMS[:7], COMMS[7:]):
        pr.put(r, 0, "项目")
        pr.put(r, 1, "单位")
        for k, (short, code, f) in enumerate(band):
            pr.put(r, 2 + k, short)
        for j, (lab, unit, ind) in enumerate(items):
            pr.row(r + 1 + j, 0, [lab, unit])
            for k, (short, code, f) in enumerate(band):
                i = COMMS.index((short, code, f))
                if ind:
                    val(pr, r + 1 + j, 2 + k, code, m, ind, role="duplicate", fmt="#,##0" if unit == "元" else None)
                else:
                    pr.put(r + 1 + j, 2 + k, extra[(i, j)])
        r += len(items) + 2
    pr.put(r, 0, "审核人：　　　　　制表人：李红梅　　　　2026年1月5日")
    save("batch1/天塔街道2025年12月社会救助统计.xls", [ent, pr], "xlwt",
         ["street_rows", "entry_sheet_and_print_sheet_duplicate", "print_bands_communities_across", "no_title_entry_sheet",
          "units_in_headers", "outside_columns", "footer_date_trap"], (2026, 1, 5, 14, 0))


def volunteer_csv(W):
    """1月 志愿服务: the volunteer platform's team export (UTF-8 BOM) — 志愿服务队 names, 组织编号, a date span,
    服务时长 (outside) and an 数据更新时间 column."""
    m = "2026-01"
    sh = Sheet("csv")
    sh.row(0, 0, ["组织编号", "组织名称", "上级组织", "统计开始日期", "统计结束日期", "注册志愿者数", "服务人次",
                  "服务时长(小时)", "数据更新时间"])
    for i, (short, code, f) in enumerate(COMMS):
        r = 1 + i
        sh.row(r, 0, [f"TJHX{21008000 + i * 37 + 5}", f"天塔街道{short}社区志愿服务队", "河西区天塔街道新时代文明实践所",
                      "2026-01-01", "2026-01-31"])
        val(sh, r, 5, code, m, "volunteers", style="t")
        val(sh, r, 6, code, m, "volunteer_person_times", style="t")
        sh.put(r, 7, f"{W.v[(code, m, 'volunteer_person_times')] * 2.5:.1f}")
        sh.put(r, 8, f"2026-02-0{1 + i % 3} 0{2 + i % 5}:00:00")
    save("batch1/志愿服务队数据统计_天塔街道_20260203.csv", [sh], "csv-utf8bom",
         ["street_rows", "platform_export_csv", "team_names_not_community_names", "date_span_columns",
          "update_time_column", "hours_outside", "no_title"], (2026, 2, 3, 10, 30))


def monthly_workbook(W):
    """3月 综合报表: 汇总 (all indicators across, two-row header, formulas to the detail sheets: duplicates), detail
    sheets 民情 / 就业 / 民政 / 平安 (communities down), a hidden 上月 sheet (February, kept for 环比)."""
    m, pm = "2026-03", "2026-02"
    groups = [("民情", "民情诉求", [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
                                   ("调处化解纠纷（起）", "disputes_mediated")]),
              ("就业", "就业创业", [("实现就业（人）", "people_employed"), ("新增岗位（个）", "jobs_created"),
                                    ("其中公益性岗位（个）", "public_welfare_jobs")]),
              ("民政", "民政救助", [("低保户（户）", "dibao_households"), ("低保人员（人）", "dibao_persons")]),
              ("平安", "平安建设", [("巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"),
                                   ("治安案件（起）", "security_cases")])]
    summ = Sheet("汇总")
    width = sum(len(g[2]) for g in groups)
    summ.merge(0, 0, 0, width + 1, "天塔街道2026年3月社区工作综合报表")
    summ.merge(1, 0, 2, 0, "序号")
    summ.merge(1, 1, 2, 1, "社区")
    details, prev = [], Sheet("上月")
    prev.row(0, 0, ["社区"] + [lab for _, _, its in groups for lab, _ in its])
    c = 2
    for sname, gname, its in groups:
        summ.merge(1, c, 1, c + len(its) - 1, gname)
        d = Sheet(sname)
        d.merge(0, 0, 0, len(its) + 1, f"{gname}（2026年3月）")
        d.row(1, 0, ["序号", "社区"] + [lab for lab, _ in its] + ["备注"])
        for i, (short, code, f) in enumerate(COMMS):
            d.row(2 + i, 0, [i + 1, short])
            summ.row(3 + i, 0, [i + 1, short])
            prev.put(1 + i, 0, short)
            for k, (lab, ind) in enumerate(its):
                val(d, 2 + i, 2 + k, code, m, ind)
                val(summ, 3 + i, c + k, code, m, ind, formula=f"{sname}!{ref(2 + i, 2 + k)}", role="duplicate")
                val(prev, 1 + i, c - 1 + k, code, pm, ind, role="prevmonth")
        if sname == "民情":
            d.put(2 + 4, 2 + len(its), "含供热收费、停暖后室温诉求")
        for k, (lab, _) in enumerate(its):
            summ.put(2, c + k, lab)
        details.append(d)
        c += len(its)
    prev.hidden = True
    r = 3 + len(COMMS)
    summ.put(r, 1, "合计")
    for cc in range(2, 2 + width):
        tot = sum(summ.cells[(3 + i, cc)][0].cached for i in range(len(COMMS)))
        summ.put(r, cc, Formula(f"SUM({ref(3, cc)}:{ref(r - 1, cc)})", tot))
    summ.put(r + 2, 0, "天塔街道党政办公室汇总　报送时间：2026年4月7日　（3月15日停止供暖）")
    save("batch1/天塔街道2026年3月社区工作综合报表.xlsx", [summ] + details + [prev], "xlsxwriter",
         ["street_rows", "summary_formulas_to_detail_sheets", "detail_sheet_per_domain", "hidden_prev_month_sheet",
          "header_two_row_merged", "total_row_formula", "note_date_trap"], (2026, 4, 7, 11, 15))


def party_ods(W):
    """2月 党建: 党组织 full names 「中共天津市河西区天塔街道…社区委员会」, 双报到 (outside), the table from C4 after a
    two-line 说明 in column A."""
    m = "2026-02"
    sh = Sheet("党建")
    sh.put(0, 0, "说明：1.党员数以全国党员管理信息系统2月底数据为准；")
    sh.put(1, 0, "2.在职党员“双报到”人数不含区直机关已报到人员。")
    sh.merge(2, 2, 2, 7, "天塔街道2026年2月社区党建工作统计")
    sh.row(3, 2, ["社区党组织", "党员人数（名）", "其中：在职党员报到（名）", "党员结对帮扶（对）", "发展党员（名）", "备注"])
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 2, f"中共天津市河西区天塔街道{short}社区委员会")
        val(sh, r, 3, code, m, "party_members")
        sh.put(r, 4, 20 + (i * 7) % 23)
        val(sh, r, 5, code, m, "pairings")
        sh.put(r, 6, i % 2)
    sh.put(4 + len(COMMS) + 1, 2, "天塔街道党群服务中心　2026年3月4日")
    save("batch1/天塔街道2026年2月党建工作统计.ods", [sh], "odfpy",
         ["street_rows", "party_org_full_names_with_city_path", "table_starts_C4", "notes_in_col_a_above",
          "qizhong_outside", "outside_columns", "footer_date_trap"], (2026, 3, 4, 9, 30))


def html_export(W):
    """1月 社会治理中心 second export attempt (the first one saved the login page): an HTML table named .xls, one row
    per community with system columns (社区编码 as text, 填报月份 202601, 填报人, 提交时间, 状态), the 全街道 row first."""
    m = "2026-01"
    cols = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("调处化解(起)", "disputes_mediated"),
            ("网格事件(件)", None), ("巡逻队员(人)", "patrol_members"), ("信息员(人)", "informants"),
            ("治安案件(起)", "security_cases")]
    sh = Sheet("社区数据填报")
    sh.row(0, 0, ["序号", "社区编码", "社区名称", "填报月份"] + [lab for lab, _ in cols] + ["填报人", "提交时间", "状态"])
    sh.row(1, 0, ["", "120103008", "天塔街道（合计）", "202601"])
    for k, (lab, ind) in enumerate(cols):
        sh.put(1, 4 + k, str(sum(W.v[(c, m, ind)] if ind else 30 + i for i, (_, c, _) in enumerate(COMMS))))
    for i, (short, code, f) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), code, REG[code], "202601"])
        for k, (lab, ind) in enumerate(cols):
            if ind:
                val(sh, r, 4 + k, code, m, ind, style="t")
            else:
                sh.put(r, 4 + k, str(30 + i))
        sh.row(r, 4 + len(cols), [f"{short}社区", f"2026-02-0{2 + i % 4} {9 + i % 8:02d}:{(i * 17) % 60:02d}", "已审核"])
    save("batch1/天塔街道社会治理中心_社区数据填报导出_20260206(1).xls", [sh], "html",
         ["street_rows", "html_as_xls", "platform_system_columns", "total_row_first", "registry_codes_text",
          "yyyymm_column", "status_column", "outside_columns", "no_title", "export_date_in_filename_trap"],
         (2026, 2, 6, 10, 0))


def build(W):
    html_export(W)
    entry_and_print(W)
    volunteer_csv(W)
    monthly_workbook(W)
    party_ods(W)
