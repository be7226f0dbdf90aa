"""The street office's own department files: 9 tables over all 18 communities (社会事务局, 综合治理办公室,
东莞市人力资源局南城分局, 党建工作办公室, 公共服务办 / 文化服务中心)."""
from dg_grid import REC, Formula, Sheet, _value_role, col_letter, miss, val
from dg_world import BY_SHORT, COMMS, NAME, PIANQU
from dg_writers import save

REGN = {c: s + "社区居民委员会" for s, c, _ in COMMS}
# how the street's clerks shorten some names in narrow across-columns headers
SHORT2 = {"三元里": "三元", "袁屋边": "袁屋", "水濂": "水帘"}


def txt(sh, r, c, code, m, ind, fn):
    """A value written as free text fn(v) (「2笔/30万」, 「¥12,300.00」)."""
    key = (code, m, ind)
    v, role = _value_role(key, None, None)
    sh.put(r, c, fn(v))
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1


def s1_population(W):
    m = "2025-09"
    sh = Sheet("人口基础")
    sh.merge(0, 0, 0, 5, "南城街道2025年9月各社区人口基础数据统计表")
    sh.merge(1, 0, 1, 5, "填报科室：社会事务局　　统计截止：2025年9月30日　　（新莞人即在本社区居住半年以上的非莞籍流动人口）")
    sh.row(2, 0, ["片区", "社区", "常住户数", "常住人口", "新莞人（流动人口）", "社区专职工作人员"])
    sh.row(3, 2, ["户", "人", "人", "名"])          # the unit row under the header
    r = 4
    inds = ["households", "residents", "floating_population", "staff"]
    for pq, names in PIANQU:
        sh.merge(r, 0, r + len(names) - 1, 0, pq)
        top = r
        for n in names:
            code = BY_SHORT[n]
            sh.put(r, 1, n)
            for j, ind in enumerate(inds):
                if n == "雅园" and ind == "staff":
                    miss(sh, r, 2 + j, code, m, ind, "待人事核定")
                else:
                    val(sh, r, 2 + j, code, m, ind)
            r += 1
        sh.put(r, 0, f"{pq}小计")
        for j, ind in enumerate(inds):
            sh.put(r, 2 + j, sum(W.v[(BY_SHORT[n], m, ind)] for n in names if not (n == "雅园" and ind == "staff")))
        r += 1
    sh.put(r, 0, "全街合计")
    for j, ind in enumerate(inds):
        sh.put(r, 2 + j, sum(W.v[(c, m, ind)] for _, c, _ in COMMS if not (NAME[c] == "雅园" and ind == "staff")))
    sh.put(r + 2, 0, "审核：　　　　制表：梁　　　　联系电话：0769-22xxxxxx")
    save("batch1/南城街道2025年9月人口基础数据统计表（含新莞人）.xlsx", [sh], "openpyxl",
         ["street_file", "unit_row_under_header", "pianqu_merged_down", "pianqu_subtotal_rows", "xinguanren_header"],
         (2025, 10, 9, 10, 0))


def s2_petitions(W):
    m, pm = "2025-10", "2025-09"
    sh = Sheet("10月")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 1, "南城街道2025年10月群众诉求办理情况（按社区）")
    sh.put(1, 0, "项目＼社区")
    for j, (s, code, _) in enumerate(COMMS):
        sh.put(1, 1 + j, SHORT2.get(s, s))
    sh.put(1, n + 1, "合计")
    rows = [("受理诉求（件）", "petitions_received", None), ("办结（件）", "petitions_resolved", None),
            ("调解矛盾纠纷（宗）", "disputes_mediated", None), ("上月受理（件）", "petitions_received", "prev")]
    for i, (lab, ind, kind) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        for j, (s, code, _) in enumerate(COMMS):
            if kind == "prev":
                val(sh, r, 1 + j, code, pm, ind, role="prevmonth")
            else:
                val(sh, r, 1 + j, code, m, ind)
        mm = pm if kind else m
        tot = sum(W.v[(c, mm, ind)] for _, c, _ in COMMS)
        sh.put(r, n + 1, Formula(f"SUM(B{r + 1}:{col_letter(n)}{r + 1})", tot))
    r = 6
    sh.put(r, 0, "办结率")
    sums = [(W.v[(c, m, "petitions_received")], W.v[(c, m, "petitions_resolved")]) for _, c, _ in COMMS]
    sums.append((sum(a for a, _ in sums), sum(b for _, b in sums)))
    for j, (a, b) in enumerate(sums):
        L = col_letter(1 + j)
        sh.put(r, 1 + j, Formula(f"IFERROR({L}4/{L}3,0)", round(b / a, 4) if a else 0), "0.0%")
    sh.put(8, 0, "说明：受理含12345热线、“粤省事”“莞家政务”平台转办及网格员走访收集；“水帘”即水濂社区，“三元”即三元里社区。")
    save("batch1/南城街道2025年10月群众诉求办理情况.xlsx", [sh], "xlsxwriter",
         ["street_file", "transposed_communities_across", "short_names_in_header", "prevmonth_row", "sum_formulas",
          "rate_row_formulas"], (2025, 11, 6, 16, 20))


def s3_dibao(W, comms=None, note=None, rel=None, sent=(2025, 12, 5, 11, 0)):
    m = "2025-11"
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 5, "南城街道2025年11月城乡低保救助情况表" + ("（更正）" if note else ""))
    sh.merge(1, 0, 1, 5, "单位：社会事务局（社会救助股）")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 3, "在册低保")
    sh.row(3, 2, ["户数", "人数"])
    sh.merge(2, 4, 3, 4, "当月发放低保金")
    sh.merge(2, 5, 3, 5, "备注")
    rows = comms or [c for _, c, _ in COMMS]
    for i, code in enumerate(rows):
        r = 4 + i
        name = "蛤地社区（原蛤地村）" if NAME[code] == "蛤地" else REGN[code]
        sh.row(r, 0, [i + 1, name])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        txt(sh, r, 4, code, m, "dibao_payout_yuan", lambda v: f"¥{v:,.2f}")
        if i % 5 == 2:
            sh.put(r, 5, "含11月新批1户，次月起发")
    r = 4 + len(rows)
    if note:
        sh.merge(r + 1, 0, r + 1, 5, note)
    else:
        sh.row(r, 0, ["", "合计"])
        sh.put(r, 2, sum(W.v[(c, m, "dibao_households")] for c in rows))
        sh.put(r, 3, sum(W.v[(c, m, "dibao_persons")] for c in rows))
        sh.put(r, 4, f"¥{sum(W.v[(c, m, 'dibao_payout_yuan')] for c in rows):,.2f}")
    save(rel or "batch1/南城街道2025年11月低保救助情况表.xls", [sh], "xlwt",
         ["street_file", "two_row_header", "yen_money_text", "registry_full_names", "old_village_name"]
         + (["correction_partial_rows"] if note else []), sent)


def s4_jobs(W):
    m = "2025-12"
    sh = Sheet("2025年12月")
    sh.merge(0, 0, 0, 6, "东莞市人力资源局南城分局　2025年12月各社区就业创业情况")
    sh.row(1, 0, ["社区", "新增就业岗位（个）", "其中公益性岗位（个）", "实现就业（人）", "创业担保贷款", "职业技能培训（场）",
                  "零就业家庭（户）"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, s + "社区")
        val(sh, r, 1, code, m, "jobs_created")
        val(sh, r, 2, code, m, "public_welfare_jobs")
        val(sh, r, 3, code, m, "people_employed")
        k = (i % 2) + 1
        txt(sh, r, 4, code, m, "micro_loans_yuan",
            lambda v, k=k: "0" if v == 0 else f"{k if v >= 200000 else 1}笔/{v // 10000}万")
        val(sh, r, 5, code, m, "training_sessions")
        val(sh, r, 6, code, m, "zero_employment_households")
    sh.put(21, 0, "注：创业担保贷款填“笔数/金额（万元）”。")
    save("batch1/南城街道2025年12月就业创业情况.ods", [sh], "odfpy",
         ["street_file", "loans_count_slash_wan", "sheet_named_by_month"], (2026, 1, 8, 9, 30))


def s5_volunteers(W):
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "南城街道2026年元月志愿服务统计（数据来源：i志愿系统导出后手工整理）")
    sh.row(1, 0, ["社区", "i志愿注册志愿者(人)", "本月服务人次", "本月服务时长(小时)"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, s + "社区居委会")
        val(sh, r, 1, code, m, "volunteers")
        val(sh, r, 2, code, m, "volunteer_person_times")
        sh.put(r, 3, round(W.v[(code, m, "volunteer_person_times")] * 2.5, 1))
    save("batch1/南城街道2026年元月志愿服务统计.csv", [sh], "csv-gbk",
         ["street_file", "yuanyue_for_january", "hours_column_not_in_catalogue"], (2026, 2, 4, 17, 0))


def s6_safety(W):
    m, pm = "2026-02", "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "南城街道综合治理办公室 2026年2月平安建设情况")
    sh.row(1, 0, ["社区", "治安巡逻队员(上月末)", "治安巡逻队员(本月末)", "平安信息员(人)", "治安案件(宗)"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, s)
        val(sh, r, 1, code, pm, "patrol_members", role="prevmonth")
        val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        val(sh, r, 4, code, m, "security_cases")
    save("batch1/南城街道2026年2月平安建设情况.csv", [sh], "csv-utf8bom",
         ["street_file", "prevmonth_column", "zong_for_cases"], (2026, 3, 5, 10, 0))


def s7_party(W):
    m = "2026-03"
    sh = Sheet("党建")
    sh.merge(0, 0, 0, 3, "南城街道党建工作办公室　2026年3月党建工作统计")
    sh.put(2, 0, "一、党员队伍情况")
    sh.row(3, 0, ["社区党委", "党员人数", "其中流动党员"])
    r = 4
    for pq, names in PIANQU:
        for n in names:
            code = BY_SHORT[n]
            sh.put(r, 0, f"中共东莞市南城街道{n}社区委员会")
            val(sh, r, 1, code, m, "party_members")
            sh.put(r, 2, W.v[(code, m, "party_members")] // 9)
            r += 1
    r += 1
    sh.put(r, 0, "二、“双报到”结对帮扶情况")
    sh.row(r + 1, 0, ["社区", "结对帮扶（对）", "备注"])
    r += 2
    for s, code, _ in sorted(COMMS, key=lambda x: x[1], reverse=True):
        sh.put(r, 0, s)
        val(sh, r, 1, code, m, "pairings")
        r += 1
    save("batch1/南城街道2026年3月党建工作统计表.xlsx", [sh], "xlsxwriter",
         ["street_file", "two_tables_one_sheet_different_order", "party_committee_names"], (2026, 4, 3, 15, 0))


def s8_culture(W):
    months = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    sheets = []
    for title, ind, unit in [("文化活动", "cultural_activities", "场"), ("宣讲活动", "lectures_held", "次")]:
        sh = Sheet(title)
        sh.merge(0, 0, 0, 9, f"南城街道各社区{title}开展情况（{unit}）")
        sh.merge(1, 0, 2, 0, "社区")
        sh.merge(1, 1, 1, 4, "2025年")
        sh.merge(1, 5, 1, 7, "2026年")
        sh.row(2, 1, [f"{int(x[5:])}月" for x in months])
        sh.merge(1, 8, 2, 8, "合计")
        sh.merge(1, 9, 2, 9, "备注")
        for i, (s, code, _) in enumerate(COMMS):
            r = 3 + i
            sh.put(r, 0, s)
            for j, x in enumerate(months):
                val(sh, r, 1 + j, code, x, ind)
            sh.put(r, 8, sum(W.v[(code, x, ind)] for x in months))
            if ind == "cultural_activities" and i % 4 == 0:
                sh.put(r, 9, "2月含醒狮贺岁、粤剧私伙局")
        sheets.append(sh)
    save("batch1/南城街道2025年9月至2026年3月文化活动和宣讲统计.xlsx", sheets, "openpyxl",
         ["street_file", "months_across", "year_only_in_group_header", "sheet_per_indicator", "unit_in_title"],
         (2026, 4, 7, 9, 0))


def s9_festival(W):
    m = "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "南城街道2026年2月（春节期间）走访慰问及免费体检统计")
    sh.row(1, 0, ["社区", "走访慰问困难群众（人）", "发放慰问品（件/份）", "长者免费体检（人）"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, "蛤地村" if s == "蛤地" else s + "社区")
        val(sh, r, 1, code, m, "people_assisted")
        val(sh, r, 2, code, m, "goods_distributed")
        if s == "周溪":
            miss(sh, r, 3, code, m, "free_health_checks", "春节停检")
        else:
            val(sh, r, 3, code, m, "free_health_checks")
    save("batch1/南城街道2026年2月春节走访慰问统计.xls", [sh], "xlwt",
         ["street_file", "festival_month", "old_village_name"], (2026, 3, 3, 9, 0))


def build(W):
    for f in (s1_population, s2_petitions, s3_dibao, s4_jobs, s5_volunteers, s6_safety, s7_party, s8_culture,
              s9_festival):
        f(W)
