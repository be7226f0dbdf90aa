"""Three more batch1 files: the 民政办's 「户/人」 cells with 低保金 in 万元 to the 分, the 党建办's 上月 | 本月 | 增减
stock table as a UTF-8 CSV, and 园城's one-row wide form with its units in a row of their own."""
from yj_grid import Sheet, val
from yj_world import BY_SHORT, CODES, NAME
from yj_writers import save


def m1_dibao_slash(W):
    m = "2026-02"
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 3, "公园街道民政办 城市低保月报 2026年2月")
    sh.row(1, 0, ["社区", "保障户/人", "低保金（万元）", "备注"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, f"{NAME[code]}社区")
        hh, pp = W.v[(code, m, "dibao_households")], W.v[(code, m, "dibao_persons")]
        sh.put(r, 1, f"{hh}户/{pp}人")
        sh.rec(r, 1, ("truth", (code, m, "dibao_households"), hh, "primary"))
        sh.rec(r, 1, ("truth", (code, m, "dibao_persons"), pp, "primary"))
        val(sh, r, 2, code, m, "dibao_payout_yuan", div=10000, style="t")
    sh.put(18, 0, "合计金额见财务报表；金额保留两位小数（万元）")
    save("batch1/公园街道2026年2月城市低保月报.xlsx", [sh], "openpyxl",
         ["street_file", "households_slash_persons_cell", "wan_yuan_two_decimals_text", "title_event_note"],
         (2026, 3, 5, 9, 0))


def m2_volunteers(W):
    m = "2025-10"
    sh = Sheet("x")
    sh.put(0, 0, "公园街道“海兰江畔志愿红”注册志愿者变动（2025年10月）")
    sh.row(1, 0, ["社区", "上月末", "本月末", "增减", "党员", "上月党员"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, NAME[code])
        val(sh, r, 1, code, W.prev(m), "volunteers", role="prevmonth")
        val(sh, r, 2, code, m, "volunteers")
        d = W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")]
        sh.put(r, 3, f"+{d}" if d >= 0 else str(d))
        val(sh, r, 4, code, m, "party_members")
        val(sh, r, 5, code, W.prev(m), "party_members", role="prevmonth")
    save("batch1/公园街道2025年10月注册志愿者变动.csv", [sh], "csv-utf8",
         ["street_file", "prev_month_before_this_month", "signed_change_column", "utf8_no_bom"], (2025, 11, 6, 9, 0))


def m3_wide(W):
    code, m = BY_SHORT["园城"], "2026-04"
    sh = Sheet("园城4月")
    inds = [("诉求受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
            ("公益岗", "个", "public_welfare_jobs"), ("就业", "人", "people_employed"),
            ("体检", "人", "free_health_checks"), ("帮扶", "人", "people_assisted"), ("物资", "件", "goods_distributed"),
            ("文体", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
            ("治安案件", "起", "security_cases"), ("户数", "户", "households"), ("人口", "人", "residents")]
    sh.merge(0, 0, 0, len(inds) - 1, "园城社区 2026年4月 주요 지표 / 主要指标")
    for k, (lab, unit, ind) in enumerate(inds):
        sh.put(1, k, lab)
        sh.put(2, k, f"({unit})")
        val(sh, 3, k, code, m, ind)
    save("batch1/园城社区2026年4月主要指标.xls", [sh], "xlwt",
         ["community_file", "one_row_wide_form", "units_row_under_header_in_brackets"], (2026, 5, 5, 9, 0))


def build(W):
    m1_dibao_slash(W)
    m2_volunteers(W)
    m3_wide(W)
