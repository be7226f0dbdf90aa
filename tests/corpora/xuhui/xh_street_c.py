"""Street-office files, part C: the May 平安 CSV (revised in batch2), the first-quarter 低保 sheet with formulas,
the .et of December petitions by 片区, the Windows system's Excel 95 export in GBK, the April sheet whose amounts
are in 万元 by a 「金额单位：万元」 line, and the May sheet with 片区 section rows."""
import random

import xh_grid
from xh_grid import Formula, Sheet, header, qval, ref, val
from xh_tables import Out, Rate, V, rows, total
from xh_world import AREA, AREA_NAME, CODES, name
from xh_writers import save

B = "batch1/"


def area_codes(a):
    return [c for c in CODES if AREA[c] == a]


def s13_may_safety(batch="batch1", old=None):
    m, rnd = "2026-05", random.Random(7113)
    sh = Sheet("5月", batch=batch, old=old)
    title = "斜土路街道2026年5月平安建设（综治）月报" + ("（修订）" if batch == "batch2" else "")
    sh.put(0, 0, title)
    sh.row(1, 0, ["序号", "居民区", "巡逻队员(人)", "平安信息员(人)", "治安案件(起)", "人民调解(起)", "矛盾排查(次)", "备注"])
    notes = {"310104007023": "5月12日防灾减灾日演练", "310104007049": "无"}
    specs = [V("patrol_members"), V("informants"), V("security_cases", style="wu"), V("disputes_mediated"),
             Out(lambda c, mm: rnd.randint(5, 22)), Out(lambda c, mm: notes.get(c), summable=False)]
    nm = {"310104007015": "茶林居委"}
    r, done = rows(sh, 2, CODES, m, specs, lambda c: nm.get(c, name(c, "jw")))
    r = total(sh, r, done, 2, 5, label="合计", label_col=1)
    if batch == "batch2":
        sh.put(r, 0, "修订说明：肇嘉浜路第一居委治安案件、日晖七村居委巡逻队员、康巨居委人民调解三处录入有误，以本表为准。")
        r += 1
    sh.put(r, 0, "综治中心　2026年6月" + ("9日" if batch == "batch2" else "4日"))
    feats = ["street_file_rows", "csv_utf8", "names_jw", "names_homophone_two_char", "wu_zero",
             "outside_catalogue_column", "notes_column", "total_row", "footer_date_trap"]
    if batch == "batch2":
        save("batch2/斜土路街道2026年5月平安建设月报（修订）.csv", [sh], "csv-utf8", feats + ["correction_revised"],
             (2026, 6, 9, 11, 0))
    else:
        save(B + "斜土路街道2026年5月平安建设月报.csv", [sh], "csv-utf8", feats, (2026, 6, 4, 9, 50))


def s14_dibao_quarter():
    q = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 12, "斜土路街道2026年第一季度低保动态统计")
    tree = [("序号", None), ("居民区", None),
            ("低保户数（户）", [("1月末", ("dibao_households", q[0])), ("2月末", ("dibao_households", q[1])),
                          ("3月末", ("dibao_households", q[2]))]),
            ("低保人数（人）", [("1月末", ("dibao_persons", q[0])), ("2月末", ("dibao_persons", q[1])),
                          ("3月末", ("dibao_persons", q[2]))]),
            ("低保金发放（元）", [("1月", ("dibao_payout_yuan", q[0])), ("2月", ("dibao_payout_yuan", q[1])),
                            ("3月", ("dibao_payout_yuan", q[2])), ("一季度合计", ("Q", None))])]
    leaves = header(sh, 1, 0, tree, 2)
    r0 = r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, name(code, "full"))
        for c, (ind, m) in leaves[2:]:
            if ind == "Q":
                qval(sh, r, c, code, "2026-Q1", "dibao_payout_yuan", fmt="#,##0",
                     formula=f"=SUM({ref(r, c - 3)}:{ref(r, c - 1)})")
            else:
                val(sh, r, c, code, m, ind, fmt="#,##0" if ind == "dibao_payout_yuan" else None)
        r += 1
    sh.put(r, 1, "合计")
    for c, _ in leaves[2:]:
        s = sum(sh.cells[(rr, c)][0].cached if isinstance(sh.cells[(rr, c)][0], Formula) else sh.cells[(rr, c)][0]
                for rr in range(r0, r))
        sh.put(r, c, Formula(f"=SUM({ref(r0, c)}:{ref(r - 1, c)})", s), "#,##0")
    sh.put(r + 1, 0, "注：户数、人数为月末在册数；低保金为当月实际发放金额。")
    sh.widths[1] = 20
    save(B + "斜土路街道2026年第一季度低保动态统计.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "header_two_row_merged", "months_under_indicator", "month_end_headers", "year_in_title_only",
          "quarter_total_column", "formulas_cached", "thousands_format", "names_full", "total_row_formulas",
          "xlsx_xlsxwriter"], (2026, 4, 8, 10, 0))


def s15_petitions_et():
    m, rnd = "2025-12", random.Random(7115)
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 8, "斜土路街道2025年12月民情诉求统计")
    sh.row(1, 0, ["片区", "序号", "居民区", "受理居民诉求（件）", "其中：12345热线（件）", "其中：信访（件）", "已办结（件）",
                  "办结率", "调解矛盾纠纷（起）"])
    r, n = 2, 0
    all_rows = []
    specs = [V("petitions_received"), Out(lambda c, mm: int(xh_grid.W.v[(c, mm, "petitions_received")] * rnd.uniform(.35, .6))),
             Out(lambda c, mm: rnd.choice([0, 0, 1, 1, 2])), V("petitions_resolved"), Rate(6, 3), V("disputes_mediated")]
    for a in (1, 2, 3):
        codes = area_codes(a)
        sh.merge(r, 0, r + len(codes) - 1, 0, AREA_NAME[a])
        r2, done = rows(sh, r, codes, m, specs, lambda c: name(c, "short"), c0=1, seq_fn=lambda i, n=n: n + i + 1)
        n += len(codes)
        r = total(sh, r2, done, 3, 6, label="小计", label_col=2, specs=specs)
        all_rows += done
    total(sh, r, all_rows, 3, 6, label="全街道合计", label_col=0, specs=specs)
    sh.put(r + 2, 0, "注：12345热线、信访件已计入受理总数。")
    save(B + "斜土路街道2025年12月民情诉求统计.et", [sh], "xlwt-et",
         ["street_file_rows", "wps_et", "area_column_merged", "area_subtotal_rows", "grand_total_row", "qizhong_outside",
          "derived_percent_text", "names_short", "note_row", "xls_xlwt"], (2026, 1, 6, 16, 0))


def s16_windows_biff5():
    m, rnd = "2025-11", random.Random(7116)
    sh = Sheet("低保统计")
    sh.row(0, 0, ["区县", "街镇", "居委会", "统计年月", "低保户数", "低保人数", "发放金额(元)", "特困供养人数"])
    for i, code in enumerate(CODES):
        r = i + 1
        sh.row(r, 0, ["徐汇区", "斜土路街道", name(code, "full"), 202511])
        val(sh, r, 4, code, m, "dibao_households")
        val(sh, r, 5, code, m, "dibao_persons")
        val(sh, r, 6, code, m, "dibao_payout_yuan")
        sh.put(r, 7, rnd.choice([0, 0, 0, 1]))
    save(B + "低保对象统计_202511.xls", [sh], "biff5-gbk",
         ["street_file_rows", "xls_biff5_gbk", "system_export_no_title", "period_column_yyyymm_number", "names_full",
          "outside_catalogue_column"], (2025, 12, 2, 8, 55))


def s17_wan_unit_line(old):
    m = "2026-04"
    sh = Sheet("4月", old=old)
    sh.merge(0, 0, 0, 9, "斜土路街道2026年4月就业和社会救助情况表")
    sh.put(1, 0, "填报单位：斜土路街道社区事务受理服务中心")
    sh.put(1, 8, "金额单位：万元")
    tree = [("序号", None), ("居民区", None),
            ("就业创业", [("新增就业岗位（个）", V("jobs_created")), ("其中：公益性岗位（个）", V("public_welfare_jobs")),
                      ("实现就业（人）", V("people_employed")), ("创业担保贷款", V("micro_loans_yuan", div=10000))]),
            ("社会救助", [("低保户数（户）", V("dibao_households")), ("低保人数（人）", V("dibao_persons")),
                      ("低保金发放", V("dibao_payout_yuan", div=10000, fmt="0.00"))])]
    leaves = header(sh, 2, 0, tree, 2)
    specs = [leaf for _, leaf in leaves[2:]]
    r, done = rows(sh, 4, CODES, m, specs, lambda c: name(c, "jmq"))
    total(sh, r, done, 2, 7, label="合计", label_col=1)
    save(B + "斜土路街道2026年4月就业和社会救助情况.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "header_two_row_merged", "amount_unit_line_wan", "qizhong_subcolumn", "names_jmq",
          "total_row", "xlsx_xlsxwriter"], (2026, 5, 8, 9, 30))


def s18_may_sections():
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 10, "斜土路街道2026年5月居民区综合工作数据")
    tree = [("序号", None), ("居民区", None),
            ("一、帮困为老", [("帮扶困难群众（人）", V("people_assisted")), ("慰问物资（件）", V("goods_distributed")),
                         ("老年人免费体检（人）", V("free_health_checks"))]),
            ("二、文化宣传", [("文体活动（场）", V("cultural_activities")), ("宣讲（次）", V("lectures_held", style="wu"))]),
            ("三、志愿服务", [("注册志愿者（人）", V("volunteers")), ("服务人次", V("volunteer_person_times"))]),
            ("四、党建引领", [("党员（名）", V("party_members")), ("结对帮扶（对）", V("pairings"))])]
    leaves = header(sh, 1, 0, tree, 2)
    specs = [leaf for _, leaf in leaves[2:]]
    r, n, all_rows = 3, 0, []
    for a in (1, 2, 3):
        sh.merge(r, 0, r, 10, AREA_NAME[a])
        r, done = rows(sh, r + 1, area_codes(a), m, specs, lambda c: name(c, "jmq"), seq_fn=lambda i, n=n: n + i + 1)
        n += len(done)
        all_rows += done
    r = total(sh, r, all_rows, 2, 9, label="全街道合计", label_col=0)
    sh.put(r + 1, 0, "报送：社区自治办　2026年6月5日")
    save(B + "斜土路街道2026年5月居民区综合工作数据.xlsx", [sh], "openpyxl",
         ["street_file_rows", "header_two_row_merged", "group_headings_numbered", "area_section_rows", "names_jmq",
          "wu_zero", "grand_total_row", "footer_date_trap", "xlsx_openpyxl"], (2026, 6, 5, 15, 0))


def build(old_k1, old_k2):
    s13_may_safety(old=old_k2)
    s14_dibao_quarter()
    s15_petitions_et()
    s16_windows_biff5()
    s17_wan_unit_line({k: v for k, v in old_k1.items() if k[2] == "people_employed"})
    s18_may_sections()
