"""Street-office files, 2025-10 … 2026-01 (8 files)."""
import random

from cy_grid import Formula, Sheet, header, miss, pair, qval, val, col_letter
from cy_names import nm, pct
from cy_world import AREAS, AREA, CODES
from cy_writers import save

B = "batch1/"


def s01_basic(W):
    m = "2025-10"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 10, "潘家园街道社区基础信息统计表（2025年10月）")
    sh.put(1, 0, "数据来源：实有人口管理系统、社区台账　　　　　　　　　　　　　　　　　　统计截止：2025年10月31日")
    sh.row(2, 0, ["序号", "网格号", "社区名称", "常住户数（户）", "常住人口（人）", "其中：户籍人口（人）", "来京人员（人）",
                  "实有人口（人）", "社区工作者（人）", "楼栋数（栋）", "备注"])
    notes = {"069": "含代管松榆西里北社区3号楼", "074": "10月新入住回迁房2栋", "081": "社工1名休产假"}
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, "018" + code[-3:])
        sh.put(r, 2, nm(code, "jwh" if i in (4, 11) else "sq"))
        val(sh, r, 3, code, m, "households")
        val(sh, r, 4, code, m, "residents")
        res, flo = W.v[(code, m, "residents")], W.v[(code, m, "floating_population")]
        sh.put(r, 5, res - flo + W.out(code, m, "人户分离", -300, 300))
        val(sh, r, 6, code, m, "floating_population")
        sh.put(r, 7, res + W.out(code, m, "实有", 150, 900))
        val(sh, r, 8, code, m, "staff")
        sh.put(r, 9, W.out(code, m, "楼栋", 12, 60))
        if code[-3:] in notes:
            sh.put(r, 10, notes[code[-3:]])
    sh.put(21, 0, "填表人：刘晓燕　　审核人：陈卫国　　联系电话：010-67745218　　报送日期：2025年11月5日")
    save(B + "潘家园街道社区基础信息统计表（2025年10月）.xlsx", [sh], "openpyxl",
         ["street_rows", "seq_then_grid_code_name_in_C", "title_month_paren", "header_one_row", "outside_columns",
          "huji_shiyou_outside", "laijing_is_floating", "notes_column_names_inside", "footer_date_trap", "xlsx_openpyxl"],
         (2025, 11, 5, 10, 12))


def s02_12345_oct(W):
    m = "2025-10"
    r0 = random.Random(2)
    sh = Sheet("sheet")
    sh.put(0, 0, "潘家园街道2025年10月接诉即办工作情况通报")
    sh.row(1, 0, ["社区", "派单量（件）", "响应量（件）", "解决量（件）", "满意量（件）", "响应率", "解决率", "满意率",
                  "综合成绩", "全区社区排名"])
    for i, code in enumerate(CODES):
        r = 2 + i
        recv, solv = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        resp = recv - r0.choice([0, 0, 1])
        sat = solv - r0.randint(0, 3)
        sh.put(r, 0, nm(code, "jwh"))
        val(sh, r, 1, code, m, "petitions_received", "t")
        sh.put(r, 2, str(resp))
        val(sh, r, 3, code, m, "petitions_resolved", "t")
        sh.put(r, 4, str(sat))
        sh.row(r, 5, [pct(resp / recv), pct(solv / recv), pct(sat / recv),
                      f"{10 * resp / recv + 45 * solv / recv + 45 * sat / recv:.2f}", str(r0.randint(12, 380))])
    tot = lambda ind: sum(W.v[(c, m, ind)] for c in CODES)
    sh.row(19, 0, ["合计", str(tot("petitions_received")), "", str(tot("petitions_resolved"))])
    sh.put(20, 0, "注：1.响应率=响应量/派单量；解决率、满意率按参评工单计算。2.10月份全街道综合成绩在全区43个街乡中排名第7。")
    sh.put(21, 0, "联系人：王丽　电话：010-67712345　2025年11月6日")
    save(B + "潘家园街道10月份接诉即办工作情况.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "title_month_full", "month_fen_filename", "jiesujiban_counts", "derived_rates_text",
          "score_rank_columns", "numbers_as_text", "names_jwh", "total_row", "notes_numbers", "footer_date_trap"],
         (2025, 11, 6, 16, 40))


def s03_dibao_nov(W):
    m = "2025-11"
    sh = Sheet("低保低收入")
    sh.merge(0, 0, 0, 7, "潘家园街道城市低保、低收入家庭统计表")
    sh.put(1, 0, "统计月份：2025年11月")
    sh.put(1, 5, "单位：户、人、元")
    sh.row(2, 0, ["序号", "社区", "城市低保", "低保金发放（元）", "低收入家庭", "特困供养人员（人）", "临时救助（人次）", "备注"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "reg"))
        pair(sh, r, 2, code, m)
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        lh = W.out(code, m, "低收入户", 0, 6)
        sh.put(r, 4, f"{lh}户{lh * 2 - (1 if lh else 0)}人" if lh else "0户0人")
        sh.put(r, 5, W.out(code, m, "特困", 0, 3))
        sh.put(r, 6, W.out(code, m, "临时救助", 0, 5))
    hh = sum(W.v[(c, m, "dibao_households")] for c in CODES)
    pp = sum(W.v[(c, m, "dibao_persons")] for c in CODES)
    sh.put(20, 1, "合计")
    sh.put(20, 2, f"{hh}户{pp}人")
    sh.put(20, 3, sum(W.v[(c, m, "dibao_payout_yuan")] for c in CODES), "#,##0.00")
    sh.put(21, 7, "")
    sh.put(22, 0, "审核人：赵春梅　　　填表人：孙倩　　　填报日期：2025年12月3日")
    sh.widths = {1: 28, 2: 12, 3: 14, 4: 12}
    save(B + "潘家园街道城市低保和低收入家庭统计（2025年11月）.xls", [sh], "xlwt",
         ["street_rows", "xls_xlwt", "title_month_paren", "period_line", "households_persons_one_cell", "names_reg",
          "dibao_outside_neighbours", "amount_two_decimals", "total_row_text", "footer_date_trap"],
         (2025, 12, 3, 11, 5))


def s04_party_nov(W):
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 10, "潘家园街道2025年11月党建和志愿服务工作统计")
    tree = [("序号", "seq"), ("社区", "name"),
            ("党的建设", [("社区党员（名）", "party_members"), ("在职党员回社区报到（人）", "x_zaizhi"),
                          ("党员结对帮扶（对）", "pairings")]),
            ("志愿服务", [("“志愿北京”注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times"),
                          ("志愿服务时长（小时）", "x_hours")]),
            ("社区议事厅", [("召开议事协商会（次）", "x_yishi"), ("解决议题（个）", "x_yiti")])]
    leaves = header(sh, 1, 0, tree, 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "seq":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, nm(code, "short"))
            elif leaf.startswith("x_"):
                lo, hi = {"x_zaizhi": (40, 260), "x_hours": (300, 3000), "x_yishi": (1, 4), "x_yiti": (0, 5)}[leaf]
                sh.put(r, c, W.out(code, m, leaf, lo, hi))
            else:
                val(sh, r, c, code, m, leaf)
    r = 20
    sh.put(r, 1, "合计")
    for c, leaf in leaves[2:]:
        L = col_letter(c)
        total = sum(sh.cells[(3 + i, c)][0] for i in range(17))
        sh.put(r, c, Formula(f"=SUM({L}4:{L}20)", total))
    sh.put(22, 0, "注：在职党员回社区报到人数为累计报到人数；志愿服务时长以“志愿北京”平台记录为准。")
    sh.put(23, 0, "党群工作办　2025年12月4日")
    save(B + "潘家园街道2025年11月党建和志愿服务工作统计.xlsx", [sh], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "title_month_full", "header_two_row_merged", "names_short",
          "zaizhi_dangyuan_outside", "yishiting_outside", "zhiyuan_beijing", "total_formula", "footer_date_trap"],
         (2025, 12, 4, 9, 20))


def s05_jobs_dec(W):
    m = "2025-12"
    sh = Sheet("就业月报")
    sh.merge(0, 0, 0, 9, "潘家园街道2025年12月就业工作月报")
    sh.put(1, 0, "填报单位：潘家园街道社会保障事务所")
    tree = [("片区", "area"), ("社区", "name"),
            ("岗位开发", [("新开发岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs")]),
            ("促进就业", [("促进就业（人）", "people_employed"), ("其中：就业困难人员（人）", "x_kunnan")]),
            ("城镇登记失业人员（人）", "x_shiye"), ("零就业家庭（户）", "zero_employment_households"),
            ("职业技能培训（场）", "training_sessions"), ("创业担保贷款（万元）", "micro_loans_yuan")]
    leaves = header(sh, 2, 0, tree, 2)
    r = 4
    grand = {}
    for area in AREAS:
        members = [c for c in CODES if AREA[c] == area]
        top = r
        for code in members:
            sh.put(r, 1, nm(code, "sq"))
            for c, leaf in leaves[2:]:
                if leaf == "x_kunnan":
                    sh.put(r, c, min(W.v[(code, m, "people_employed")], W.out(code, m, leaf, 0, 4)))
                elif leaf == "x_shiye":
                    sh.put(r, c, W.out(code, m, leaf, 20, 110))
                elif leaf == "micro_loans_yuan":
                    val(sh, r, c, code, m, leaf, div=10000)
                else:
                    val(sh, r, c, code, m, leaf)
            r += 1
        sh.put(r, 1, "小计")
        for c, _ in leaves[2:]:
            s = sum(sh.cells[(rr, c)][0] for rr in range(top, r))
            sh.put(r, c, s)
            grand[c] = grand.get(c, 0) + s
        sh.merge(top, 0, r, 0, area)
        r += 1
    sh.put(r, 0, "全街道合计")
    for c, s in grand.items():
        sh.put(r, c, s)
    sh.put(r + 2, 0, "注：创业担保贷款按放款时间统计。填表人：周敏　联系电话：010-67738806　2026年1月6日")
    save(B + "潘家园街道2025年12月就业工作月报.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "title_month_full", "area_merged_down", "area_subtotal_rows", "grand_total_row",
          "header_two_row_merged", "qizhong_subcolumn", "values_wan_header", "kunnan_outside", "shiye_outside",
          "footer_date_trap", "footer_phone"],
         (2026, 1, 6, 15, 0))


def s06_culture_q4(W):
    months = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 9, "潘家园街道2025年第四季度文化和宣讲活动开展情况统计")
    tree = [("序号", "seq"), ("社区", "name"),
            ("文体活动（场）", [("10月", ("cultural_activities", 0)), ("11月", ("cultural_activities", 1)),
                              ("12月", ("cultural_activities", 2)), ("季度合计", ("cultural_activities", "q"))]),
            ("政策宣讲、法治讲座（次）", [("10月", ("lectures_held", 0)), ("11月", ("lectures_held", 1)),
                                     ("12月", ("lectures_held", 2)), ("季度合计", ("lectures_held", "q"))])]
    leaves = header(sh, 1, 0, tree, 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "seq":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, nm(code, "jwh"))
            elif leaf[1] == "q":
                a, b = col_letter(c - 3), col_letter(c - 1)
                qval(sh, r, c, code, "2025-Q4", leaf[0], formula=f"=SUM({a}{r + 1}:{b}{r + 1})")
            else:
                val(sh, r, c, code, months[leaf[1]], leaf[0])
    sh.put(20, 1, "全街道")
    for c, _ in leaves[2:]:
        L = col_letter(c)
        sh.put(20, c, Formula(f"=SUM({L}4:{L}20)", sum(
            (sh.cells[(3 + i, c)][0].cached if isinstance(sh.cells[(3 + i, c)][0], Formula) else sh.cells[(3 + i, c)][0])
            for i in range(17))))
    sh.put(22, 0, "说明：12月含“迎新春”系列活动；宣讲含“八五”普法讲座。社区建设办　2026年1月8日")
    save(B + "潘家园街道2025年第四季度文化和宣讲活动统计.xlsx", [sh], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "title_quarter", "months_under_groups", "quarter_total_formula",
          "names_jwh", "total_formula_row", "footer_date_trap"],
         (2026, 1, 8, 10, 30))


def s07_ranking_jan(W):
    m = "2026-01"
    r0 = random.Random(7)
    rows = []
    for code in CODES:
        recv, solv = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        resp = (recv - r0.choice([0, 0, 0, 1])) / recv
        sat = (solv - r0.randint(0, 3)) / recv
        score = 10 * resp + 45 * solv / recv + 45 * sat
        rows.append((score, code, resp, solv / recv, sat))
    rows.sort(key=lambda x: -x[0])
    sh = Sheet("1月排名")
    sh.merge(0, 0, 0, 8, "潘家园街道接诉即办“三率”排名（2026年1月）")
    sh.put(1, 0, "说明：综合得分=响应率×10%+解决率×45%+满意率×45%，按区考核口径计算，派单量含市级、区级派单。")
    sh.row(2, 0, ["排名", "社区", "派单量（件）", "解决量（件）", "响应率", "解决率", "满意率", "综合得分", "较上月"])
    for i, (score, code, resp, solv, sat) in enumerate(rows):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "sq" if code[-3:] in ("079", "081", "077") else "short"))
        val(sh, r, 2, code, m, "petitions_received")
        val(sh, r, 3, code, m, "petitions_resolved")
        sh.put(r, 4, round(resp, 4), "0.00%")
        sh.put(r, 5, round(solv, 4), "0.00%")
        sh.put(r, 6, round(sat, 4), "0.00%")
        sh.put(r, 7, round(score, 2), "0.00")
        sh.put(r, 8, r0.choice(["↑1", "↑2", "↓1", "↓3", "—", "↑4"]))
    sh.put(21, 0, "接诉即办办公室　2026年2月5日")
    draft = Sheet("计算稿")
    draft.hidden = True
    draft.row(0, 0, ["社区", "派单量", "解决量", "满意量", "备注"])
    for i, code in enumerate(CODES):
        recv = W.v[(code, m, "petitions_received")] - W.out(code, m, "自接", 1, 8)
        draft.row(1 + i, 0, [nm(code, "short"), recv, recv - W.out(code, m, "未解", 2, 9), recv - 10, "不含社区自接"])
    save(B + "接诉即办“三率”排名（2026年1月）.xlsx", [sh, draft], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "ranking_sheet_sorted", "rank_score_columns", "derived_rates_percent_format",
          "title_month_paren", "names_short", "sheet_month_only", "hidden_draft_sheet", "footer_date_trap"],
         (2026, 2, 5, 14, 10))


def s08_safety_jan(W):
    m = "2026-01"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 21, "潘家园街道平安建设工作月报表")
    sh.put(1, 0, "填报科室：平安建设办")
    sh.put(1, 10, "报表月份：2026年1月")
    sh.row(2, 0, ["序号", "工作项目", "单位", "分管领导"] + [nm(c, "short") for c in CODES] + ["合计"])
    items = [("治安志愿者（“朝阳群众”）", "人", "张建国", "patrol_members"), ("平安信息员", "人", "张建国", "informants"),
             ("治安案件", "起", "李卫东", "security_cases"), ("矛盾纠纷调解", "件", "王秀英", "disputes_mediated"),
             ("“吹哨报到”", "次", "刘明", ("哨", 0, 3)), ("网格事件上报", "件", "刘明", ("网格上报", 20, 140)),
             ("网格事件办结", "件", "刘明", ("网格办结", 0, 12)), ("消防安全检查", "处", "李卫东", ("消防", 5, 40))]
    for i, (label, unit, lead, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit, lead])
        tot = 0
        for j, code in enumerate(CODES):
            c = 4 + j
            if isinstance(ind, tuple):
                x = W.out(code, m, ind[0], ind[1], ind[2])
                if ind[0] == "网格办结":
                    x = W.out(code, m, "网格上报", 20, 140) - x
                sh.put(r, c, x)
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, c, code, m, ind, "wu" if ind == "security_cases" and j % 3 == 0 else "n")
            tot += x
        sh.put(r, 21, tot)
    sh.put(12, 0, "备注：1月份开展春节前安全隐患大排查，“朝阳群众”参与巡逻3400余人次。")
    sh.put(13, 0, "报送时间：2026年2月4日　　联系电话：13701152846")
    save(B + "潘家园街道平安建设月报表（2026年1月）.et", [sh], "xlwt-et",
         ["street_columns", "wps_et", "communities_across_indicators_down", "fenguan_lingdao_column", "unit_column",
          "period_in_cell_not_title", "chaoyang_qunzhong", "chuishao_baodao_outside", "grid_events_outside", "wu_zero",
          "total_column", "notes_numbers", "footer_phone"],
         (2026, 2, 4, 17, 25))


def build(W):
    for f in (s01_basic, s02_12345_oct, s03_dibao_nov, s04_party_nov, s05_jobs_dec, s06_culture_q4, s07_ranking_jan,
              s08_safety_jan):
        f(W)
