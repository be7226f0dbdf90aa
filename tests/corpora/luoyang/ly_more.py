"""Two more: 望朝岭's one-column 情况简报 CSV (figures inside sentences), and the street's 四季度 为老服务 quarter sheet."""
from ly_grid import Sheet, multi, qval, val
from ly_world import BY_SHORT, CODES, NAME
from ly_writers import save

WZL = BY_SHORT["望朝岭"]


def wangchaoling(W):
    m = "2025-10"
    sh = Sheet("wzl")
    sh.put(0, 0, "望朝岭社区2025年10月份工作情况简报")
    sh.put(1, 0, "一、基本情况")
    multi(sh, 2, 0, WZL, m, "辖区常住{0}户、{1}人，流动人口{2}人；社区工作者{3}名。",
          ["households", "residents", "floating_population", "staff"])
    multi(sh, 3, 0, WZL, m, "在册党员{0}名，党员结对帮扶{1}对。", ["party_members", "pairings"])
    sh.put(4, 0, "二、民生保障")
    multi(sh, 5, 0, WZL, m, "低保{0}户{1}人，本月发放低保金{2}元。",
          ["dibao_households", "dibao_persons", "dibao_payout_yuan"])
    sh.put(6, 0, "三、其他")
    sh.put(7, 0, "国庆节期间组织志愿者到龙门石窟、应天门开展文明引导，（具体人次见街道志愿服务统计表）。")
    sh.put(8, 0, "望朝岭社区居委会　2025年11月3日")
    save("batch1/望朝岭社区2025年10月份工作情况简报.csv", [sh], "csv-utf8",
         ["community_file", "figures_inside_sentences", "one_column_prose_csv", "several_figures_per_cell"],
         (2025, 11, 3, 9, 0))


def weilao(W):
    sh = Sheet("四季度")
    sh.put(0, 0, "邙山街道2025年第四季度为老服务（免费查体）统计")
    sh.row(1, 0, ["社区", "10-12月查体合计（人）", "其中12月"])
    for i, code in enumerate(CODES):
        sh.put(2 + i, 0, NAME[code])
        qval(sh, 2 + i, 1, code, "2025-Q4", "free_health_checks")
        val(sh, 2 + i, 2, code, "2025-12", "free_health_checks")
    sh.put(18, 0, "注：季度数为10、11、12三个月之和；10、11月分月数据见各社区月报。")
    save("batch1/邙山街道2025年四季度为老服务统计.xlsx", [sh], "openpyxl",
         ["street_file", "quarter_total_with_last_month_part"], (2026, 1, 6, 9, 0))


def build(W):
    wangchaoling(W)
    weilao(W)
