"""Community files (2): 建达南苑 and 建达北苑 in one return (columns 南苑 | 北苑 | 合计), 文化东路居委会 November (a .csv
typed in Notepad with the Chinese comma 「，」 as separator), 师东新村 December (本月 | 1—12月累计), 羊头峪 元月 (WPS .et,
five 网格 columns and the 社区合计 that is the value), 科院路 August (「41→43」 corrections and 「6，532」)."""
from jn_comm_a import items
from jn_grid import Sheet, multi, val
from jn_street_a import split
from jn_world import BY_SHORT
from jn_writers import save


def jianda(W):
    m = "2025-10"
    a, b = BY_SHORT["建达南苑"], BY_SHORT["建达北苑"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 5, "建达南苑、建达北苑社区2025年10月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "单位", "南苑", "北苑", "合计"])
    spec = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解矛盾纠纷", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
            ("城市低保户", "户", "dibao_households"), ("城市低保人数", "人", "dibao_persons"),
            ("65岁以上老人查体", "人", "free_health_checks"), ("重阳走访慰问", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
            ("治安巡逻队员", "人", "patrol_members"), ("注册志愿者", "人", "volunteers")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, a, m, ind)
        val(sh, r, 4, b, m, ind)
        sh.put(r, 5, W.v[(a, m, ind)] + W.v[(b, m, ind)])
    sh.put(15, 0, "注：两社区合署办公，数据按社区分列；合计仅供参考。中秋、国庆双节及重阳敬老活动已计入。")
    sh.put(16, 0, "建达南苑社区居委会　建达北苑社区居委会　2025年11月5日")
    save("batch1/建达南苑、北苑社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_communities_side_by_side", "one_char_apart_names", "short_column_heads", "total_column"],
         (2025, 11, 5, 10, 0))


def wenhua_csv(W):
    m, code = "2025-11", BY_SHORT["文化东路"]
    sh = Sheet("csv")
    sh.put(0, 0, "文化东路居委会2025年11月份工作情况")
    sh.put(1, 0, "项目，数量")
    lines = [("受理居民诉求，{0}件", ["petitions_received"]), ("办结，{0}件", ["petitions_resolved"]),
             ("调解邻里纠纷，{0}起", ["disputes_mediated"]), ("新增就业岗位，{0}个", ["jobs_created"]),
             ("实现就业，{0}人", ["people_employed"]), ("低保户，{0}户{1}人", ["dibao_households", "dibao_persons"]),
             ("发放低保金，{0}元", ["dibao_payout_yuan"]), ("老年人查体，{0}人", ["free_health_checks"]),
             ("志愿服务，{0}人次", ["volunteer_person_times"]), ("社区工作者，{0}人", ["staff"])]
    for i, (tpl, inds) in enumerate(lines):
        multi(sh, 2 + i, 0, code, m, tpl, inds)
    sh.put(13, 0, "（11月15日起供暖，供暖不热诉求已转热力公司）")
    sh.put(14, 0, "填报：文化东路居委会　2025.12.3")
    save("batch1/文化东路居委会2025年11月工作情况.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_notepad", "fullwidth_comma_separator", "one_column_lines", "units_glued",
          "pair_hh_persons", "registry_name_without_shequ", "wendong_vs_wenhuadonglu"], (2025, 12, 3, 16, 40))


def shidong(W):
    m, code = "2025-12", BY_SHORT["师东新村"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 5, "师东新村社区2025年12月工作报表")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "项目")
    sh.merge(1, 2, 2, 2, "单位")
    sh.merge(1, 3, 1, 4, "2025年12月")
    sh.row(2, 3, ["本月", "1—12月累计"])
    sh.merge(1, 5, 2, 5, "备注")
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan"),
            ("职业技能培训", "场", "training_sessions"), ("老年人查体", "人", "free_health_checks"),
            ("走访慰问", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]
    stocks = {"volunteers", "dibao_households", "dibao_persons"}
    for i, (lab, unit, ind) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, unit])
        div = 10000 if unit == "万元" else 1
        val(sh, r, 3, code, m, ind, div=div)
        if ind in stocks:
            sh.put(r, 4, "—")
        else:
            sh.put(r, 4, W.ytd(code, m, ind) / div if div != 1 else W.ytd(code, m, ind))
    sh.put(3, 5, "含供暖诉求")
    sh.put(11, 5, "含冬至包饺子送独居老人")
    sh.put(18, 0, "师东新村社区居委会　2026年1月5日")
    save("batch1/师东新村社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "month_and_ytd_columns", "period_in_group_header", "wan_unit_column", "stocks_dash_in_ytd"],
         (2026, 1, 5, 9, 50))


def yangtouyu(W, sent=(2026, 2, 3, 10, 30)):
    m, code = "2026-01", BY_SHORT["羊头峪"]
    sh = Sheet("元月")
    sh.merge(0, 0, 0, 8, "羊头峪社区2026年元月份工作月报")
    sh.row(1, 0, ["序号", "项目", "单位", "第一網格", "第二網格", "第三網格", "第四網格", "第五網格", "社區合計"])
    spec = [("受理诉求", "件", "petitions_received", True), ("办结", "件", "petitions_resolved", True),
            ("走访慰问困难群众", "人", "people_assisted", True), ("发放慰问物资（米面油）", "件", "goods_distributed", True),
            ("治安巡逻队员", "人", "patrol_members", True), ("平安信息员", "人", "informants", True),
            ("常住户数", "户", "households", True), ("常住人口", "人", "residents", True),
            ("流动人口", "人", "floating_population", True), ("社区工作者", "人", "staff", False),
            ("党员结对帮扶", "对", "pairings", False)]
    for i, (lab, unit, ind, by_grid) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        key = (code, m, ind)
        shown = W.old.get(key, W.v[key])
        if by_grid:
            sh.row(r, 3, split(shown, 5, int(code) + i))
        else:
            sh.row(r, 3, ["—"] * 5)
        val(sh, r, 8, code, m, ind)
    sh.put(14, 0, "注：网格数据为各网格员上报，社区合计为本社区本月数；腊八（1月26日）送粥、春节前走访慰问计入。")
    sh.put(15, 0, "羊头峪社区居委会　2026年2月3日")
    save("batch1/羊头峪社区2026年元月份工作月报.et", [sh], "xlwt-et",
         ["community_file", "grid_parts_community_total_is_value", "yuanyue_january", "traditional_headers",
          "dash_grid_cells"], sent)


def keyuan(W):
    m, code = "2025-08", BY_SHORT["科院路"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "科院路社区2025年8月工作统计")
    sh.row(1, 0, ["序号", "统计项目", "计量单位", "数据", "备注"])
    arrow = lambda d: (lambda v: f"{v - d}→{v}")  # noqa: E731
    spec = [("受理诉求", "件", "petitions_received", ("text", arrow(2))),
            ("办结", "件", "petitions_resolved", ("text", arrow(1))),
            ("调解纠纷", "起", "disputes_mediated", "n"), ("实现就业", "人", "people_employed", "n"),
            ("老年人查体", "人", "free_health_checks", "n"), ("走访慰问", "人", "people_assisted", "n"),
            ("文体活动", "场", "cultural_activities", "n"), ("巡逻队员", "人", "patrol_members", "n"),
            ("常住户数", "户", "households", "fwk"), ("常住人口", "人", "residents", "fwk"),
            ("流动人口", "人", "floating_population", "n")]
    r = items(sh, 2, code, m, spec)
    sh.put(2, 4, "与12345平台核对后更正")
    sh.put(3, 4, "同上")
    sh.put(r + 1, 0, "注：“→”后为核对后的数字，以此为准。")
    sh.put(r + 2, 0, "科院路社区　2025年9月5日")
    save("batch1/科院路社区2025年8月工作统计.xlsx", [sh], "xlsxwriter",
         ["community_file", "arrow_old_to_new_in_cell", "fullwidth_comma_thousands", "tongshang_in_note_column"],
         (2025, 9, 5, 14, 15))


def build(W):
    jianda(W)
    wenhua_csv(W)
    shidong(W)
    yangtouyu(W)
    keyuan(W)
