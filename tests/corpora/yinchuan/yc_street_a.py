"""Street-office files (1): 社区建设办 基本情况 (October), 综治中心 民情诉求 with 上月结转 (November), 便民服务中心 就业
(December, UTF-8 CSV with flattened headers), 社会事务办 低保 and 取暖补贴 (December; corrected in batch2), 平安办 long
table whose 填表说明 makes 「—」 nought (January)."""
import yc_grid
from yc_grid import Sheet, header, val
from yc_render import num_text
from yc_world import COMMS, REG
from yc_writers import save


def shown(W, key):
    """What the sender wrote: in batch1 the first figure of a key corrected later."""
    return W.first(key) if yc_grid.BATCH[0] == "batch1" else W.v[key]


def jiben(W):
    m = "2025-10"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 10, "银古路街道2025年10月社区基本情况统计表")
    sh.merge(1, 0, 1, 5, "填报单位：银古路街道社区建设办公室")
    sh.merge(1, 7, 1, 10, "统计时点：2025年10月31日")
    tree = [("序号", "no"), ("社区名称", "name"),
            ("人口情况", [("常住户数\n（户）", "households"), ("常住人口\n（人）", "residents"),
                      ("其中：回族\n（人）", "hui"), ("流动人口\n（人）", "floating_population")]),
            ("队伍建设", [("社区工作者\n（人）", "staff"), ("在册党员\n（名）", "party_members"),
                      ("专职网格员\n（人）", "grid")]),
            ("备注", "note")]
    leaves = dict((leaf, c) for c, leaf in header(sh, 2, 0, tree, 2))
    tot = {}
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, REG[code])
        for ind in ("households", "residents", "floating_population", "staff", "party_members"):
            val(sh, r, leaves[ind], code, m, ind, fmt="#,##0")
            tot[ind] = tot.get(ind, 0) + W.v[(code, m, ind)]
        share = 0.36 if short == "大团结" else 0.12 + (i * 7 % 10) / 100
        hui = int(W.v[(code, m, "residents")] * share)
        grid = 6 + (i * 5) % 7
        sh.put(r, leaves["hui"], hui, "#,##0")
        sh.put(r, leaves["grid"], grid)
        tot["hui"] = tot.get("hui", 0) + hui
        tot["grid"] = tot.get("grid", 0) + grid
        if short == "友爱":
            sh.put(r, leaves["note"], "含原友爱村回迁安置小区")
    r = 4 + len(COMMS)
    sh.put(r, 1, "全街道")
    for k, v in tot.items():
        sh.put(r, leaves[k], v, "#,##0")
    sh.merge(r + 1, 0, r + 1, 10, "注：常住人口以“一标三实”信息采集为准；友爱村委会、光华门村委会、高台寺村委会另行统计，不含在本表。")
    sh.merge(r + 2, 0, r + 2, 10, "填表人：纳　　审核人：　　　联系电话：0951-6032517　　报送日期：2025年11月4日")
    sh.widths.update({1: 18})
    save("batch1/银古路街道2025年10月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "two_row_group_header", "registry_names_juweihui", "line_breaks_in_headers", "part_column_outside",
          "street_total_row_quanjiedao", "number_format_thousands", "period_as_of_date_line"], (2025, 11, 4, 10, 30))


def minqing(W):
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 12, "银古路街道2025年11月民情诉求办理情况统计表")
    sh.merge(1, 0, 1, 6, "填报单位：银古路街道综治中心")
    sh.merge(1, 7, 1, 12, "统计口径：2025年11月1日—11月30日")
    tree = [("序号", "no"), ("社区", "name"),
            ("诉求受理（件）", [("上月\n结转", "carry"), ("本月\n新受理", "new"), ("合计", "total")]),
            ("其中：本月新受理来源", [("12345\n热线", "p1"), ("“我的宁夏”\nAPP", "p2"), ("网格员\n上报", "p3")]),
            ("办结\n（件）", "resolved"), ("办结率", "rate"), ("“塞上枫桥”\n调解成功（起）", "disputes"), ("备注", "note")]
    L = dict((leaf, c) for c, leaf in header(sh, 2, 0, tree, 2))
    tot = dict.fromkeys(("carry", "new", "total", "p1", "p2", "p3", "resolved", "disputes"), 0)
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        carry = 2 + (i * 3) % 5
        p = [rec * 2 // 5, rec // 6, rec // 4]
        sh.row(r, 0, [i + 1, short + "社区", carry])
        val(sh, r, L["new"], code, m, "petitions_received")
        sh.put(r, L["total"], carry + rec)
        sh.row(r, L["p1"], p)
        val(sh, r, L["resolved"], code, m, "petitions_resolved")
        sh.put(r, L["rate"], f"{res / (carry + rec) * 100:.1f}%")
        val(sh, r, L["disputes"], code, m, "disputes_mediated")
        if short == "景湖":
            sh.put(r, L["note"], f"其中暖气不热、管道跑冒{rec // 3}件")
        for k, v in (("carry", carry), ("new", rec), ("total", carry + rec), ("p1", p[0]), ("p2", p[1]), ("p3", p[2]),
                     ("resolved", res), ("disputes", W.v[(code, m, "disputes_mediated")])):
            tot[k] += v
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    for k, v in tot.items():
        sh.put(r, L[k], v)
    sh.put(r, L["rate"], f"{tot['resolved'] / tot['total'] * 100:.1f}%")
    sh.merge(r + 1, 0, r + 1, 12, "说明：1.11月1日起全市集中供暖，暖气不热、漏水类诉求增多；2.“合计”含上月结转未办结件，"
                                  "办结率=办结÷合计；3.来访来电未单列。")
    sh.merge(r + 2, 0, r + 2, 12, "填表人：丁　　联系电话：0951-6032186　　2025年12月3日")
    save("batch1/银古路街道2025年11月民情诉求办理情况统计表.xls", [sh], "xlwt",
         ["street_file", "carry_over_plus_new_total_trap", "received_with_parts", "wodeningxia_app_part",
          "line_breaks_in_headers", "rate_text", "total_row", "two_row_group_header"], (2025, 12, 3, 16, 20))


def jiuye(W):
    m = "2025-12"
    sh = Sheet("csv")
    sh.put(0, 0, "银古路街道2025年12月就业创业工作统计表")
    sh.put(1, 0, "填报单位：银古路街道便民服务中心（劳动保障）")
    sh.put(1, 12, "金额单位：万元")
    heads = ["社区", "新增就业岗位(个)-本月", "新增就业岗位(个)-本年累计", "其中:公益性岗位(个)-本月",
             "其中:公益性岗位(个)-本年累计", "其中:闽宁协作岗位(个)-本月", "实现就业(人)-本月", "实现就业(人)-本年累计",
             "零就业家庭(户)-月末", "创业担保贷款(万元)-本月", "创业担保贷款(万元)-本年累计", "职业技能培训(场次)-本月",
             "职业技能培训(场次)-本年累计"]
    sh.row(2, 0, heads)
    tot = [0] * 12
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short + "社区")
        jobs, pw = W.v[(code, m, "jobs_created")], W.v[(code, m, "public_welfare_jobs")]
        mn = min(jobs - pw, (i * 2) % 4)
        cells = [("jobs_created", False), ("jobs_created", True), ("public_welfare_jobs", False),
                 ("public_welfare_jobs", True), (None, mn), ("people_employed", False), ("people_employed", True),
                 ("zero_employment_households", False), ("micro_loans_yuan", False), ("micro_loans_yuan", True),
                 ("training_sessions", False), ("training_sessions", True)]
        for k, (ind, cum) in enumerate(cells):
            c = 1 + k
            div = 10000 if ind == "micro_loans_yuan" else 1
            if ind is None:
                sh.put(r, c, str(cum))
                tot[k] += cum
            elif cum:
                v = W.ytd(code, m, ind)
                sh.put(r, c, num_text(v / div))
                tot[k] += v / div
            else:
                val(sh, r, c, code, m, ind, style="t", div=div)
                tot[k] += W.v[(code, m, ind)] / div
    r = 3 + len(COMMS)
    sh.row(r, 0, ["合计"] + [num_text(round(x, 4)) for x in tot])
    sh.put(r + 2, 0, "注：1.闽宁协作岗位为对接福建企业（闽宁协作劳务输出）提供的岗位，已含在新增就业岗位内；"
                     "2.本年累计自2025年1月起；3.零就业家庭为月末数。")
    sh.put(r + 3, 0, "制表：海　　审核：马　　日期：2026-01-06")
    save("batch1/银古路街道2025年12月就业创业工作统计表.csv", [sh], "csv-utf8",
         ["street_file", "csv_utf8_no_bom", "flattened_headers_hyphen", "month_and_ytd_columns", "wan_unit_header",
          "minning_part_outside", "unit_line_right", "total_row"], (2026, 1, 6, 11, 40))


def dibao(W, comms, note=None):
    """社会事务办 低保 and 取暖补贴 for December; the batch2 更正 repeats two rows."""
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 8, "银古路街道2025年12月城市低保及冬季取暖补贴发放汇总表" + ("（更正）" if note else ""))
    sh.merge(1, 0, 1, 5, "填报单位（盖章）：银古路街道社会事务办公室")
    sh.merge(1, 6, 1, 8, "金额单位：元")
    tree = [("序号", "no"), ("社区", "name"),
            ("城市低保", [("户数", "dibao_households"), ("人数", "dibao_persons"), ("发放金额", "dibao_payout_yuan")]),
            ("冬季取暖补贴", [("户数", "heat_hh"), ("金额", "heat")]), ("合计金额", "sum"), ("备注", "note")]
    L = dict((leaf, c) for c, leaf in header(sh, 2, 0, tree, 2))
    tot = dict.fromkeys(("dibao_households", "dibao_persons", "dibao_payout_yuan", "heat_hh", "heat", "sum"), 0)
    for i, (short, code) in enumerate(comms):
        r = 4 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for ind in ("dibao_households", "dibao_persons", "dibao_payout_yuan"):
            val(sh, r, L[ind], code, m, ind, fmt="#,##0.00" if ind == "dibao_payout_yuan" else None)
            tot[ind] += shown(W, (code, m, ind))
        gi = [c for _, c, _ in COMMS].index(code)     # the same 特困 households in the 更正
        hh = shown(W, (code, m, "dibao_households")) + (gi % 3)
        heat = hh * 300
        pay = shown(W, (code, m, "dibao_payout_yuan"))
        sh.put(r, L["heat_hh"], hh)
        sh.put(r, L["heat"], heat, "#,##0.00")
        sh.put(r, L["sum"], pay + heat, "#,##0.00")
        tot["heat_hh"] += hh
        tot["heat"] += heat
        tot["sum"] += pay + heat
    r = 4 + len(comms)
    if note:
        sh.merge(r + 1, 0, r + 1, 8, note)
        sh.merge(r + 2, 0, r + 2, 8, "银古路街道社会事务办公室　2026年1月12日")
    else:
        sh.put(r, 1, "合计")
        for k, v in tot.items():
            sh.put(r, L[k], v, "#,##0.00" if k in ("dibao_payout_yuan", "heat", "sum") else None)
        sh.merge(r + 1, 0, r + 1, 8, "说明：冬季取暖补贴含特困供养户，按每户300元一次性发放（供暖期2025年11月1日—2026年3月31日）；"
                                      "低保金含分类施保金。")
        sh.merge(r + 2, 0, r + 2, 8, "经办人：金　　分管领导：　　　　联系电话：0951-6032750　　2026年1月7日")
    sh.widths.update({1: 12})
    return sh


def dibao_file(W):
    save("batch1/银古路街道2025年12月城市低保及取暖补贴发放表.xlsx", [dibao(W, [(s, c) for s, c, _ in COMMS])], "openpyxl",
         ["street_file", "two_row_group_header", "same_leaf_under_two_groups", "outside_columns", "number_format_decimals",
          "unit_line_right", "total_row"], (2026, 1, 7, 15, 0))


PINGAN = [("红袖标巡逻队员（群防群治）", "人", "patrol_members"), ("平安信息员", "人", "informants"),
          ("治安案件（立案）", "起", "security_cases"), ("“塞上枫桥”调解成功", "起", "disputes_mediated"),
          ("冬季防火、燃气安全巡查", "次", None)]


def pingan(W):
    m = "2026-01"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 4, "银古路街道2026年1月平安建设工作月报")
    sh.merge(1, 0, 1, 4, "填表说明：本表“—”表示本月无此项情况（即为0），不再填写“0”。")
    sh.row(2, 0, ["社区", "项目", "数量", "单位", "备注"])
    r = 3
    for i, (short, code, _) in enumerate(COMMS):
        sh.merge(r, 0, r + len(PINGAN) - 1, 0, short + "社区")
        for k, (lab, unit, ind) in enumerate(PINGAN):
            sh.put(r + k, 1, lab)
            sh.put(r + k, 3, unit)
            if ind is None:
                sh.put(r + k, 2, 8 + (i * 5 + k) % 13)
            else:
                val(sh, r + k, 2, code, m, ind, style="dash0" if ind in ("security_cases", "disputes_mediated") else "n")
            if ind == "security_cases" and W.v[(code, m, ind)] >= 2:
                sh.put(r + k, 4, "盗窃电动车、入室盗窃，已移交派出所")
        r += len(PINGAN)
    sh.merge(r + 1, 0, r + 1, 4, "备注：1月中旬寒潮，巡逻队员夜间增加燃气、取暖设施安全提醒。")
    sh.merge(r + 2, 0, r + 2, 4, "银古路街道平安办　2026年2月4日")
    save("batch1/银古路街道2026年1月平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "long_community_merged_down", "dash_means_zero_by_note", "outside_rows", "units_column"],
         (2026, 2, 4, 9, 10))


def build(W):
    jiben(W)
    minqing(W)
    jiuye(W)
    dibao_file(W)
    pingan(W)
