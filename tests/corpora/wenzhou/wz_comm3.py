"""Community files (batch1), last two: 「同上月」 for stocks, and a system export with every figure as 「45.00」 text."""
from wz_comm import ITEMS, foot
from wz_grid import Sheet, miss, val
from wz_writers import save

STOCK_ROWS = [("households", "常住户数", "户"), ("residents", "常住人口", "人"), ("floating_population", "流动人口", "人"),
              ("staff", "社区工作者", "人"), ("party_members", "党员", "名"), ("volunteers", "注册志愿者", "人")]


def build(W):
    # 17 郭公山 3月: flows as figures; stocks 「同上月」 where the clerk did not recount (ignore: not stated)
    code, m = W.code["郭公山"], "2026-03"
    sh = Sheet("三月")
    sh.merge(0, 0, 0, 3, "郭公山社区2026年3月工作报表（学雷锋月）")
    sh.row(1, 0, ["项目", "单位", "数据", "备注"])
    r = 2
    for ind, labels, unit in ITEMS:
        if ind == "volunteers":
            continue
        sh.row(r, 0, [labels[0], unit])
        val(sh, r, 2, code, m, ind)
        r += 1
    sh.put(r, 0, "基本情况")
    r += 1
    for i, (ind, label, unit) in enumerate(STOCK_ROWS):
        sh.row(r, 0, [label, unit])
        if i % 2 == 0:
            miss(sh, r, 2, code, m, ind, "同上月")
            sh.put(r, 3, "本月未重新统计")
        else:
            val(sh, r, 2, code, m, ind)
        r += 1
    foot(sh, r, "郭公山", "2026年4月2日")
    save("batch1/郭公山社区2026年3月工作报表.xlsx", [sh], "openpyxl", ["同上月 for stocks (ignore)", "two blocks"],
         (2026, 4, 2))

    # 18 昌盛 1月: a system export (UTF-8 BOM CSV): 统计月份 202601, every figure text with two decimals 「45.00」
    code, m = W.code["昌盛"], "2026-01"
    sh = Sheet("x")
    sh.row(0, 0, ["序号", "统计月份", "所属街道", "社区名称", "指标名称", "计量单位", "指标值", "填报状态"])
    r = 1
    for ind, labels, unit in ITEMS:
        sh.row(r, 0, [str(r), "202601", "松台街道", "昌盛社区", labels[1], unit])
        v = W.v[(code, m, ind)]
        val(sh, r, 6, code, m, ind, style="t")
        sh.put(r, 6, f"{v:.2f}")
        sh.put(r, 7, "已提交")
        r += 1
    save("batch1/昌盛社区_202601_导出.csv", [sh], "csv-utf8bom",
         ["system export", "month as 202601", "counts as 45.00 text", "UTF-8 BOM"], (2026, 2, 2))
