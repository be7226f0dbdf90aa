"""Community files, part 3: the 环湖东里 return with a 重点数据 box repeating two figures, and the 宾水西里 return
filled into the street's template of fourteen community columns (only its own column filled)."""
from tj_comm import ITEMS
from tj_grid import Sheet, val
from tj_world import BY_SHORT, COMMS
from tj_writers import save


def key_box(W):
    """环湖东里 3月: a 「本月重点数据」 box at the top right (受理诉求, 志愿服务人次 again), the table from A6."""
    short, m = "环湖东里", "2026-03"
    code = BY_SHORT[short]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "环湖东里社区2026年3月工作报表")
    sh.merge(0, 5, 0, 6, "本月重点数据")
    sh.put(1, 5, "接诉即办受理")
    val(sh, 1, 6, code, m, "petitions_received", style="u", unit="件", role="duplicate")
    sh.put(2, 5, "学雷锋志愿服务")
    val(sh, 2, 6, code, m, "volunteer_person_times", style="u", unit="人次", role="duplicate")
    sh.put(3, 5, "停暖后室温诉求")
    sh.put(3, 6, "7件")
    sh.row(4, 0, ["序号", "项目", "单位", "本月"])
    its = [it for it in ITEMS if it[2] not in ("party_members", "pairings")]
    for i, (lab, unit, ind) in enumerate(its):
        r = 5 + i
        sh.row(r, 0, [i + 1, lab, unit])
        if ind:
            val(sh, r, 3, code, m, ind)
        else:
            sh.put(r, 3, 11 if unit == "件" else 26)
    sh.put(6 + len(its), 0, "备注：3月5日学雷锋纪念日，天塔街道“社区志愿服务发源地”主题活动；3月15日停止供暖。")
    sh.put(7 + len(its), 0, "填报人：赵雅琴　2026年4月3日")
    save("batch1/环湖东里社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "key_figures_box_repeats_table", "units_glued", "qizhong_row", "loumenzhang_outside",
          "notes_dates", "footer_date_trap"], (2026, 4, 3, 11, 20))


def street_template(W):
    """宾水西里 1月: the street's template (communities across, 项目 down) with only the 宾水西里 column filled; the
    other thirteen columns empty; the filler's name under it."""
    short, m = "宾水西里", "2026-01"
    code = BY_SHORT[short]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 2 + len(COMMS), "天塔街道各社区2026年1月工作数据统计表")
    sh.row(1, 0, ["项目", "单位"] + [s for s, _, _ in COMMS] + ["合计"])
    col = 2 + [s for s, _, _ in COMMS].index(short)
    its = [it for it in ITEMS if it[2] is not None]
    for i, (lab, unit, ind) in enumerate(its):
        sh.row(2 + i, 0, [lab, unit])
        val(sh, 2 + i, col, code, m, ind)
    sh.put(3 + len(its), 0, "说明：各社区只填本社区一列，2月5日前报社区建设办公室；合计由街道汇总。")
    sh.put(4 + len(its), 0, "宾水西里社区填报：何晓东　2026年2月4日")
    save("batch1/宾水西里社区2026年1月工作数据统计表.xlsx", [sh], "openpyxl",
         ["community_file", "street_template_communities_across", "only_own_column_filled", "empty_total_column",
          "own_column_header_only", "notes_dates", "footer_date_trap"], (2026, 2, 4, 16, 30))


def build(W):
    key_box(W)
    street_template(W)
