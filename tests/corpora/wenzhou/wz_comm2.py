"""Community files (batch1), continued: horizontal, key：value lines, side-by-side tables, 上月 columns."""
from wz_comm import ITEMS, foot, vertical
from wz_grid import Sheet, header, multi, val
from wz_writers import save

UNIT = {ind: unit for ind, _, unit in ITEMS}
LAB = {ind: labels for ind, labels, _ in ITEMS}


def build(W):
    # 8 桂柑 12月: one row, two-row header grouped by 条线 (xlsxwriter)
    code, m = W.code["桂柑"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 15, "桂柑社区2025年12月工作情况一览")
    groups = [("民情", ["petitions_received", "petitions_resolved", "disputes_mediated"]),
              ("就业", ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions"]),
              ("民政", ["dibao_households", "dibao_persons", "dibao_payout_yuan"]),
              ("为老", ["free_health_checks", "people_assisted", "goods_distributed"]),
              ("平安", ["security_cases", "patrol_members", "informants"])]
    names = {"training_sessions": ("技能培训", "期"), "patrol_members": ("巡逻队员", "人"),
             "informants": ("平安信息员", "人")}
    def label(i):
        n, u = names.get(i, (LAB.get(i, ("",))[0], UNIT.get(i)))
        return f"{n}（{u}）"
    tree = [("社区", "x")] + [(g, [(label(i), i) for i in inds]) for g, inds in groups]
    leaves = header(sh, 1, 0, tree, 2)
    sh.put(3, 0, "桂柑")
    for c, ind in leaves[1:]:
        val(sh, 3, c, code, m, ind)
    sh.put(5, 0, "备注：冬至慰问品为汤圆、番薯粉；巡逻队员为12月底在册数。")
    foot(sh, 5, "桂柑", "2026年1月4日")
    save("batch1/桂柑社区2025年12月工作情况一览.xlsx", [sh], "xlsxwriter", ["one data row", "grouped two-row header"],
         (2026, 1, 4))

    # 9 半腰桥 1月: GBK CSV typed as 「项目：数值单位」 in column A only
    code, m = W.code["半腰桥"], "2026-01"
    sh = Sheet("a")
    sh.put(0, 0, "半腰桥社区2026年1月报数")
    r = 1
    for ind, labels, unit in ITEMS:
        if ind in ("volunteers",):
            continue
        multi(sh, r, 0, code, m, f"{labels[1]}：{{0}}{unit}", [ind])
        r += 1
    sh.put(r, 0, "报送人：半腰桥社区 小郑")
    save("batch1/半腰桥社区2026年1月报数.csv", [sh], "csv-gbk", ["项目：数值单位 in one field", "GBK"], (2026, 2, 2))

    # 10 蛟翔巷 2月: two tables side by side on one sheet (民情·平安 left, 民政·为老 right)
    code, m = W.code["蛟翔巷"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 6, "蛟翔巷社区2026年2月（春节）工作报表")
    left = ["petitions_received", "petitions_resolved", "disputes_mediated", "security_cases", "cultural_activities",
            "lectures_held", "volunteer_person_times"]
    right = ["dibao_households", "dibao_persons", "dibao_payout_yuan", "people_assisted", "goods_distributed",
             "jobs_created", "people_employed"]
    sh.row(1, 0, ["综治、文化", "单位", "数量"])
    sh.row(1, 4, ["民政、就业", "单位", "数量"])
    for i, ind in enumerate(left):
        sh.row(2 + i, 0, [LAB[ind][0], UNIT[ind]])
        val(sh, 2 + i, 2, code, m, ind)
    for i, ind in enumerate(right):
        sh.row(2 + i, 4, [LAB[ind][0], UNIT[ind]])
        val(sh, 2 + i, 6, code, m, ind, style="k" if ind == "dibao_payout_yuan" else "n")
    foot(sh, 10, "蛟翔巷", "2026年3月3日")
    save("batch1/蛟翔巷社区2026年2月工作报表.ods", [sh], "odfpy", ["two tables side by side"], (2026, 3, 3))

    # 11 茶花 2月: lunar dates in the title, comments on cells, 诉求 channels as parts (not values)
    code, m = W.code["茶花"], "2026-02"
    sh, r = vertical(W, "茶花", m, "茶花社区2026年2月工作月报（农历腊月十四至正月十三）", variant=0,
                     skip=("petitions_received",), notes={"goods_distributed": "春节慰问：年糕、灯盏糕、橘子"})
    v = W.v[(code, m, "petitions_received")]
    sh.row(r, 0, ["受理群众诉求", "件"])
    val(sh, r, 2, code, m, "petitions_received", comment="含春节期间“温州12345”转办及网格上报")
    sh.put(r, 3, f"其中12345转办{v // 2}件、网格上报{v - v // 2 - 3}件、来访3件")
    foot(sh, r + 1, "茶花", "2026年3月2日")
    save("batch1/茶花社区2026年2月工作月报.xlsx", [sh], "openpyxl",
         ["lunar dates in the title", "cell comment", "channel parts in a 备注 sentence (not values)"], (2026, 3, 2))

    # 12 庆年坊 3月: 本月 | 上月 (上月 = February; ignore or duplicate)
    code, m = W.code["庆年坊"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "庆年坊社区2026年3月工作报表")
    sh.row(1, 0, ["项目", "本月", "上月", "备注"])
    r = 2
    for ind, labels, unit in ITEMS:
        sh.put(r, 0, f"{labels[0]}（{unit}）")
        val(sh, r, 1, code, m, ind)
        val(sh, r, 2, code, "2026-02", ind, value=W.v[(code, "2026-02", ind)], role="prevmonth")
        r += 1
    sh.put(r, 0, "拦街福期间（3月）社区文艺队参演2场，已计入文体活动。")
    foot(sh, r, "庆年坊", "2026年4月3日")
    save("batch1/庆年坊社区2026年3月工作报表.xlsx", [sh], "xlsxwriter", ["本月 | 上月"], (2026, 4, 3))

    # 13 水心 1月: batch1 version (corrected in batch2 by a 修订版)
    sh, r = vertical(W, "水心", "2026-01", "水心社区2026年1月工作报表", variant=1)
    foot(sh, r, "水心", "2026年2月3日")
    save("batch1/水心社区2026年1月工作报表.xlsx", [sh], "openpyxl", ["vertical"], (2026, 2, 3))

    # 14 桂柑 3月 拦街福: activities as sentences in the 备注 cell, the figure in its own cell
    sh, r = vertical(W, "桂柑", "2026-03", "桂柑社区2026年3月报表（拦街福、学雷锋月）", variant=2,
                     styles={"volunteer_person_times": ("yu", "")},
                     notes={"cultural_activities": "含拦街福巡游、瓯剧专场", "volunteer_person_times": "学雷锋月"})
    foot(sh, r, "桂柑", "2026.4.1")
    save("batch1/桂柑社区2026年3月报表.ods", [sh], "odfpy", ["余 figures", "colloquial labels"], (2026, 4, 1))

    # 15 半腰桥 3月: xls, 待核 cells
    sh, r = vertical(W, "半腰桥", "2026-03", "半腰桥社区2026年3月份工作数据", variant=0,
                     misses={"security_cases": "待核", "disputes_mediated": "待核"},
                     notes={"security_cases": "派出所数据未反馈", "disputes_mediated": "与司法所核对中"})
    foot(sh, r, "半腰桥", "2026年4月2日")
    save("batch1/半腰桥社区2026年3月份工作数据.xls", [sh], "xlwt", ["待核 cells"], (2026, 4, 2))

    # 16 来福门 2月: 本月 | 1-2月累计 (the 累计 is no monthly value); 零就业 「无」
    code, m = W.code["来福门"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "来福门社区2026年2月统计表")
    sh.row(1, 0, ["指标", "单位", "本月", "1-2月累计"])
    r = 2
    for ind, labels, unit in ITEMS + [("zero_employment_households", ("零就业家庭",), "户")]:
        sh.row(r, 0, [labels[0], unit])
        val(sh, r, 2, code, m, ind, style="wu" if ind in ("zero_employment_households", "security_cases") else "n")
        if ind not in ("dibao_households", "dibao_persons", "volunteers", "zero_employment_households"):
            sh.put(r, 3, W.v[(code, m, ind)] + W.v[(code, "2026-01", ind)])
        r += 1
    foot(sh, r, "来福门", "2026年3月4日")
    save("batch1/来福门社区2026年2月统计表.xls", [sh], "xlwt",
         ["YTD column (not monthly)", "无 = 0"], (2026, 3, 4))
