"""Community files, part 3: label and unit in one cell, a two-digit year, 受理/办结 「42/40」 in one cell."""
from my_comm import LAB
from my_grid import Sheet, _value_role, multi, val
from my_world import BY_SHORT
from my_writers import save


def build(W):
    # C17 沿江 2026-02: 「项目（单位）」 in one cell, 「莫得」, the lunar months beside the solar one
    m, code = "2026-02", BY_SHORT["沿江"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 2, "沿江社区2026年2月（腊月—正月）工作报表")
    sh.row(1, 0, ["项目（单位）", "本月数", "上年同月"])
    for i, ind in enumerate(["petitions_received", "petitions_resolved", "disputes_mediated", "free_health_checks",
                             "people_assisted", "goods_distributed", "cultural_activities", "lectures_held",
                             "residents"]):
        lab, unit = LAB[ind]
        if ind == "petitions_received":   # 「27+11」: 线下 + 线上 (绵州通), the figure is the sum
            key = (code, m, ind)
            v, role = _value_role(key, None, None)
            off = max(1, v // 3)
            sh.put(2 + i, 0, f"受理群众诉求（线下+线上）（{unit}）")
            sh.put(2 + i, 1, f"{v - off}+{off}")
            sh.rec(2 + i, 1, ("truth", key, v, role))
            sh.put(2 + i, 2, "/")
            continue
        sh.put(2 + i, 0, f"{lab}（{unit}）")
        val(sh, 2 + i, 1, code, m, ind, style="mode")
        sh.put(2 + i, 2, "/")
    save("batch1/沿江社区2026年2月工作报表.xls", [sh], "xlwt",
         ["community_file", "unit_inside_label_brackets", "mode_for_zero", "lunar_months_in_title",
          "empty_last_year_column", "offline_plus_online_sum_in_cell"], (2026, 3, 4, 9))

    # C18 平政 2025-10: 「时间：25年10月」 two-digit year, the period only in a cell
    m, code = "2025-10", BY_SHORT["平政"]
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 3, "平政社区月度工作报表")
    sh.put(1, 0, "时间：25年10月")
    sh.put(1, 2, "社区：平政")
    sh.row(2, 0, ["序号", "项目", "单位", "数量"])
    for i, ind in enumerate(["petitions_received", "petitions_resolved", "free_health_checks", "people_assisted",
                             "cultural_activities", "volunteer_person_times", "households", "staff"]):
        sh.row(3 + i, 0, [i + 1] + list(LAB[ind]))
        val(sh, 3 + i, 3, code, m, ind)
    sh.put(12, 0, "国庆中秋双节期间开展“邻里坝坝宴”1场")
    save("batch1/平政社区月度工作报表（25年10月）.ods", [sh], "odfpy",
         ["community_file", "two_digit_year_period_cell", "generic_title_period_in_cell"], (2025, 11, 4, 10))

    # C20 牌坊 2026-03: GBK CSV, 受理 and 办结 in one cell 「42/40」
    m, code = "2026-03", BY_SHORT["牌坊"]
    sh = Sheet("csv")
    sh.put(0, 0, "牌坊社区2026年3月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月"])
    sh.row(2, 0, ["群众诉求 受理/办结", "件"])
    multi(sh, 2, 2, code, m, "{0}/{1}", ["petitions_received", "petitions_resolved"])
    for i, ind in enumerate(["disputes_mediated", "free_health_checks", "people_assisted", "volunteer_person_times",
                             "households", "residents", "floating_population"]):
        sh.row(3 + i, 0, list(LAB[ind]))
        val(sh, 3 + i, 2, code, m, ind)
    save("batch1/牌坊社区2026年3月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "received_slash_resolved_in_one_cell"], (2026, 4, 2, 10))
