"""The five 村委会's own returns: 甲尔坝 (a half-year 台账, months across under merged 「2025年」「2026年」), 新城 (months
down as 「25年9月」, a 一季度合计 row), 边墙壕 (GBK CSV, units glued to the numbers, 边墙濠 typo), 前口子 (one sentence
per line of work), 玉泉 (本月 + 上年同期, 「昆都仑区昆北街道玉泉村」 against 呼和浩特 玉泉区)."""
from bt_grid import Sheet, cn_month, miss, multi, pair, prior, qval, val
from bt_world import BY_SHORT
from bt_writers import save

JEB, XC, BQH, QKZ, YQ = (BY_SHORT[s] for s in ("甲尔坝", "新城", "边墙壕", "前口子", "玉泉"))

RITEMS = [("受理村民反映问题", "件", "petitions_received"), ("　已办结", "件", "petitions_resolved"),
          ("调解矛盾纠纷", "起", "disputes_mediated"), ("农村劳动力转移就业", "人", "people_employed"),
          ("实用技术培训", "场", "training_sessions"), ("农村牧区低保", "户/人", "dibao"),
          ("低保金", "元", "dibao_payout_yuan"), ("老年人免费体检", "人", "free_health_checks"),
          ("走访慰问困难群众", "人", "people_assisted"), ("发放米面油等慰问品", "件", "goods_distributed"),
          ("文化活动（含“村晚”）", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
          ("护村队员", "人", "patrol_members"), ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"),
          ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
          ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"), ("常住户数", "户", "households"),
          ("常住人口", "人", "residents"), ("外来人口", "人", "floating_population"), ("村“两委”干部", "人", "staff")]
FLOWISH = {"petitions_received", "petitions_resolved", "people_employed", "free_health_checks", "people_assisted",
           "goods_distributed", "cultural_activities", "volunteer_person_times"}


def jiaerba(W):
    months = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 9, "甲尔坝村委会2025年9月—2026年3月工作台账")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 5, "2025年")
    sh.merge(1, 6, 1, 8, "2026年")
    sh.merge(1, 9, 2, 9, "合计")
    for j, m in enumerate(months):
        sh.put(2, 2 + j, f"{int(m[5:])}月")
    items = [x for x in RITEMS if x[2] in FLOWISH | {"disputes_mediated", "security_cases", "lectures_held"}]
    r = 3
    for lab, u, ind in items:
        sh.row(r, 0, [lab.strip("　"), u])
        for j, m in enumerate(months):
            if ind == "free_health_checks" and m == "2026-02":
                miss(sh, r, 2 + j, JEB, m, ind, "/")
            else:
                val(sh, r, 2 + j, JEB, m, ind)
        sh.put(r, 9, sum(W.v[(JEB, m, ind)] for m in months if not (ind == "free_health_checks" and m == "2026-02")))
        r += 1
    sh.row(r, 0, ["村集体经济收入", "万元", 3.2, 6.8, 1.1, 0.9, "", "", 0.6, 12.6])
    sh.merge(r + 1, 0, r + 1, 9, "说明：9—10月秋收，活动较少；2月春节体检暂停。甲尔坝村党支部　其其格")
    save("batch1/甲尔坝村2025年9月-2026年3月工作台账.xlsx", [sh], "openpyxl",
         ["village_file", "months_across_merged_year", "total_column", "collective_income_distractor",
          "slash_for_missing"], (2026, 4, 3, 16, 0))


def xincheng(W, months, writer, rel, sent, quarter=None):
    inds = [("受理问题", "petitions_received"), ("办结", "petitions_resolved"), ("转移就业（人）", "people_employed"),
            ("低保（户）", "dibao_households"), ("低保（人）", "dibao_persons"), ("慰问（人）", "people_assisted"),
            ("文化活动（场）", "cultural_activities"), ("志愿服务（人次）", "volunteer_person_times"),
            ("党员（名）", "party_members"), ("常住人口", "residents")]
    sh = Sheet("新城村")
    sh.merge(0, 0, 0, len(inds), f"昆北街道新城村工作数据（{rel.split('新城村')[1].split('工作')[0]}）")
    sh.put(1, 0, "月份")
    for j, (lab, _) in enumerate(inds):
        sh.put(1, 1 + j, lab)
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, f"{m[2:4]}年{int(m[5:])}月")
        for j, (_, ind) in enumerate(inds):
            val(sh, r, 1 + j, XC, m, ind)
    if quarter:
        r = 2 + len(months)
        sh.put(r, 0, "一季度合计")
        for j, (_, ind) in enumerate(inds):
            if ind in ("petitions_received", "petitions_resolved", "people_employed", "people_assisted",
                       "cultural_activities", "volunteer_person_times"):
                qval(sh, r, 1 + j, XC, quarter, ind)
    save(rel, [sh], writer, ["village_file", "months_down_two_digit_year", "several_months_rows"]
         + (["quarter_total_row"] if quarter else []), sent)


def vertical(W, code, m, title, sheet, cols, style="n"):
    sh = Sheet(sheet)
    sh.merge(0, 0, 0, len(cols) + 1, title)
    sh.row(1, 0, ["项目", "单位"] + [x for x in cols])
    r = 2
    for lab, u, ind in RITEMS:
        sh.row(r, 0, [lab.strip("　"), "" if ind == "dibao" else u])
        for j, col in enumerate(cols):
            if ind == "dibao":
                if col == "本月":
                    pair(sh, r, 2 + j, code, m)
                continue
            if col == "本月":
                st = "mei" if ind == "security_cases" else style
                val(sh, r, 2 + j, code, m, ind, style=st, unit="" if st == "n" else u)
            elif col == "上年同期" and ind in FLOWISH:
                prior(sh, r, 2 + j, code, m, ind)
        r += 1
    return sh, r


def build(W):
    jiaerba(W)
    xincheng(W, ["2025-09", "2025-10", "2025-11", "2025-12"], "xlwt", "batch1/新城村2025年9-12月工作数据.xls",
             (2026, 1, 6, 10, 0))
    xincheng(W, ["2026-01", "2026-02", "2026-03"], "odfpy", "batch1/新城村2026年一季度工作数据.ods",
             (2026, 4, 5, 10, 0), quarter="2026-Q1")
    for m, sent in (("2025-10", (2025, 11, 4, 17, 0)), ("2026-01", (2026, 2, 5, 17, 0))):
        sh, r = vertical(W, BQH, m, f"边墙濠村{cn_month(m)}工作报表", "x", ["本月"], style="u")
        sh.put(r, 0, "填报：边墙壕村委会　文书 王二小")
        save(f"batch1/边墙壕村{cn_month(m)}工作报表.csv", [sh], "csv-gbk",
             ["village_file", "units_glued_to_numbers", "zero_as_meila", "typo_name_in_title", "dibao_pair_cell"], sent)
    for m, w, ext, sent in (("2025-12", "openpyxl", "xlsx", (2026, 1, 5, 9, 0)),
                            ("2026-03", "xlwt", "xls", (2026, 4, 6, 9, 0))):
        sh, r = vertical(W, YQ, m, f"昆都仑区昆北街道玉泉村委会{cn_month(m)}工作报表", f"{int(m[5:])}月", ["本月", "上年同期"])
        save(f"batch1/玉泉村委会{cn_month(m)}工作报表.{ext}", [sh], w,
             ["village_file", "prior_year_column", "namesake_district_yuquan"], sent)
    for m, sent in (("2025-11", (2025, 12, 4, 11, 0)), ("2026-02", (2026, 3, 4, 11, 0))):
        sh = Sheet(f"{int(m[5:])}月")
        sh.merge(0, 0, 0, 1, f"前口子村{cn_month(m)}重点工作完成情况")
        sh.row(1, 0, ["工作", "完成情况"])
        lines = [("民情诉求", "本月受理村民反映问题{0}件，办结{1}件，调解纠纷{2}起",
                  ["petitions_received", "petitions_resolved", "disputes_mediated"]),
                 ("就业", "转移就业{0}人，组织实用技术培训{1}场", ["people_employed", "training_sessions"]),
                 ("民政", "农村牧区低保{0}户{1}人，发放低保金{2}元", ["dibao_households", "dibao_persons", "dibao_payout_yuan"]),
                 ("为老", "走访慰问{0}人，发放慰问品{1}件，老年人体检{2}人",
                  ["people_assisted", "goods_distributed", "free_health_checks"]),
                 ("文化", "开展文化活动{0}场（二人台坐腔、秧歌），政策宣讲{1}次", ["cultural_activities", "lectures_held"]),
                 ("平安", "护村队{0}人，平安信息员{1}人，治安案件{2}起", ["patrol_members", "informants", "security_cases"]),
                 ("党建志愿", "党员{0}名，结对帮扶{1}对，注册志愿者{2}人，志愿服务{3}人次",
                  ["party_members", "pairings", "volunteers", "volunteer_person_times"])]
        for i, (k, tpl, inds) in enumerate(lines):
            sh.put(2 + i, 0, k)
            multi(sh, 2 + i, 1, QKZ, m, tpl, inds)
        sh.merge(10, 0, 10, 1, f"前口子村委会　{m[:4]}年{int(m[5:])}月底")
        save(f"batch1/前口子村{cn_month(m)}重点工作完成情况.xlsx", [sh], "xlsxwriter",
             ["village_file", "sentence_per_line_of_work", "several_values_per_cell"], sent)
