"""Community files (3): 湖滨南路 12月 (.ods, section heading rows, 「36 件」; corrected in batch2), 观欣 12月 (UTF-8 CSV from
WPS on a phone; corrected in batch2), 建新 1月份 (.xls, 统计周期 2025年12月26日至2026年1月25日, the registry's 「居委员会」),
北京西路 1月 (本月 | 本年累计), 文教路 下半年台账 (months down as date cells, 「〃」 for an unchanged stock)."""
import datetime

from nc_comm_a import items
from nc_grid import Sheet, ditto, miss, val
from nc_world import BY_SHORT, PERIOD
from nc_writers import save


def hubin_dec(W):
    m, code = "2025-12", BY_SHORT["湖滨南路"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 3, "湖滨南路社区2025年12月工作月报")
    sh.row(1, 0, ["序号", "项目", "完成情况", "备注"])
    sections = [("一、民情诉求", [("受理居民诉求", "件", "petitions_received", "us"), ("办结", "件", "petitions_resolved", "us"),
                                   ("调解矛盾纠纷", "起", "disputes_mediated", "us")]),
                ("二、就业保障", [("新增就业岗位", "个", "jobs_created", "us"), ("实现就业", "人", "people_employed", "us"),
                                   ("职业技能培训", "场", "training_sessions", "us")]),
                ("三、民政服务", [("城市低保户数", "户", "dibao_households", "us"), ("城市低保人数", "人", "dibao_persons", "us"),
                                   ("低保金发放", "元", "dibao_payout_yuan", "us"), ("走访慰问困难群众", "人", "people_assisted", "us")]),
                ("四、文化和志愿服务", [("文体活动", "场", "cultural_activities", "us"),
                                         ("“12·4”宪法宣传日等法治宣讲", "次", "lectures_held", "us"),
                                         ("注册志愿者", "人", "volunteers", "us"),
                                         ("志愿服务（含12月5日国际志愿者日）", "人次", "volunteer_person_times", "us")])]
    r, n = 2, 1
    for title, spec in sections:
        sh.merge(r, 0, r, 3, title)
        r += 1
        for lab, unit, ind, st in spec:
            sh.row(r, 0, [n, lab])
            val(sh, r, 2, code, m, ind, style=st, unit=unit)
            r += 1
            n += 1
    sh.put(r + 1, 0, "湖滨南路社区居委会　　2026年1月5日")
    sh.widths.update({1: 34, 2: 14})
    return sh


def guanxin_dec(W):
    m, code = "2025-12", BY_SHORT["观欣"]
    sh = Sheet("csv")
    sh.put(0, 0, "观欣社区12月工作报表（2025年）")
    sh.row(1, 0, ["项目", "数量"])
    spec = [("受理诉求（件）", "petitions_received", "n"), ("办结（件）", "petitions_resolved", "n"),
            ("调解（起）", "disputes_mediated", "n"), ("新增岗位（个）", "jobs_created", "n"),
            ("实现就业（人）", "people_employed", "n"), ("零就业家庭（户）", "zero_employment_households", "n"),
            ("体检（人）", "free_health_checks", "yue"), ("走访（人）", "people_assisted", "n"),
            ("慰问物资（件）", "goods_distributed", "n"), ("文体活动（场）", "cultural_activities", "n"),
            ("宣讲（次）", "lectures_held", "n"), ("巡逻队员（人）", "patrol_members", "n"),
            ("信息员（人）", "informants", "n"), ("治安案件（起）", "security_cases", "n"),
            ("党员（名）", "party_members", "n"), ("结对帮扶（对）", "pairings", "n")]
    for i, (lab, ind, st) in enumerate(spec):
        sh.put(2 + i, 0, lab)
        val(sh, 2 + i, 1, code, m, ind, style="t" if st == "n" else st)
    sh.put(3 + len(spec), 0, "观欣社区 2026.1.5")
    return sh


def jianxin_jan(W):
    m, code = "2026-01", BY_SHORT["建新"]
    sh = Sheet("1月份")
    sh.merge(0, 0, 0, 4, "建新社区1月份工作报表")
    sh.merge(1, 0, 1, 4, "统计周期：2025年12月26日至2026年1月25日")
    sh.merge(2, 0, 2, 4, "填报单位：建新社区居委员会")
    sh.row(3, 0, ["序号", "工作事项", "单位", "数量", "备注"])
    spec = [("受理居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解邻里纠纷", "起", "disputes_mediated", "cn", "年关装修噪音纠纷"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n"),
            ("城市低保户", "户", "dibao_households", "n"), ("城市低保人数", "人", "dibao_persons", "n"),
            ("春节前走访慰问困难群众", "人", "people_assisted", "n", "1月20日起"),
            ("发放米、油等慰问品", "件", "goods_distributed", "n"), ("迎新春文体活动", "场", "cultural_activities", "n"),
            ("平安巡逻队员", "人", "patrol_members", "n"), ("治安案件", "起", "security_cases", "wu"),
            ("职业技能培训", "场", "training_sessions", ("miss", "暂无"), "街道统一组织")]
    r = items(sh, 4, code, m, spec, note_col=4)
    sh.put(r + 1, 0, "建新社区　　2026年1月27日")
    return sh


def beijingxi_jan(W):
    m, code = "2026-01", BY_SHORT["北京西路"]
    sh = Sheet("2026年1月")
    sh.merge(0, 0, 0, 4, "北京西路社区2026年1月工作月报")
    sh.row(1, 0, ["项目", "单位", "本月", "本年累计", "备注"])
    spec = [("受理诉求", "件", "petitions_received", True), ("办结", "件", "petitions_resolved", True),
            ("调解纠纷", "起", "disputes_mediated", True), ("新增就业岗位", "个", "jobs_created", True),
            ("实现就业", "人", "people_employed", True), ("创业担保贷款", "元", "micro_loans_yuan", True),
            ("走访慰问困难群众", "人", "people_assisted", True), ("发放慰问物资", "件", "goods_distributed", True),
            ("文体活动", "场", "cultural_activities", True), ("常住户数", "户", "households", False),
            ("常住人口", "人", "residents", False), ("流动人口", "人", "floating_population", False),
            ("社区工作者", "人", "staff", False), ("注册志愿者", "人", "volunteers", False)]
    for i, (lab, unit, ind, flow) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        fmt = "#,##0" if unit == "元" else None
        val(sh, r, 2, code, m, ind, fmt=fmt)
        sh.put(r, 3, W.ytd(code, m, ind) if flow else "—", fmt)
        if ind == "floating_population":
            d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
            sh.put(r, 4, f"春节返乡，较上月减少{-d}人" if d < 0 else "春节前务工人员陆续返乡")
    sh.put(17, 0, "北京西路社区居委会　2026年2月3日")
    return sh


def wenjiao_tai(W):
    code = BY_SHORT["文教路"]
    ms = [m for m in PERIOD if m <= "2025-12"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 7, "文教路社区2025年下半年工作台账")
    sh.row(1, 0, ["月份", "受理诉求（件）", "办结（件）", "文体活动（场）", "志愿服务（人次）", "党员（名）", "社区工作者（人）",
                  "平安信息员（人）"])
    cols = [("petitions_received", False), ("petitions_resolved", False), ("cultural_activities", False),
            ("volunteer_person_times", False), ("party_members", True), ("staff", True), ("informants", True)]
    for i, m in enumerate(ms):
        r = 2 + i
        sh.put(r, 0, datetime.datetime(int(m[:4]), int(m[5:]), 1), 'yyyy"年"m"月"')
        for k, (ind, stock) in enumerate(cols):
            if stock and i and W.v[(code, m, ind)] == W.v[(code, W.prev(m), ind)]:
                ditto(sh, r, 1 + k, code, m, ind)
            else:
                val(sh, r, 1 + k, code, m, ind)
    r = 2 + len(ms)
    sh.put(r, 0, "合计")
    for k, (ind, stock) in enumerate(cols[:4]):
        sh.put(r, 1 + k, sum(W.v[(code, m, ind)] for m in ms))
    sh.put(r + 1, 0, "注：党员、社区工作者、平安信息员为月末数，“〃”表示与上月相同。")
    sh.widths[0] = 12
    return sh


def build(W):
    save("batch1/湖滨南路社区2025年12月工作月报.ods", [hubin_dec(W)], "odfpy",
         ["community_file", "section_heading_rows", "value_space_unit", "registry_name_without_juweihui"],
         (2026, 1, 5, 9, 45))
    save("batch1/观欣社区2025年12月工作报表.csv", [guanxin_dec(W)], "csv-utf8",
         ["community_file", "csv_utf8_no_bom", "units_in_labels", "approx_yue", "year_in_brackets_title"],
         (2026, 1, 5, 20, 15))
    save("batch1/建新社区1月份工作报表.xls", [jianxin_jan(W)], "xlwt",
         ["community_file", "period_26th_to_25th_across_year", "registry_typo_name", "cn_small_numerals", "zanwu",
          "wu_zero", "no_year_in_file_name"], (2026, 1, 27, 16, 30))
    save("batch1/北京西路社区2026年1月工作月报.xlsx", [beijingxi_jan(W)], "openpyxl",
         ["community_file", "month_and_ytd_columns", "january_ytd_equals_month", "sheet_name_period"],
         (2026, 2, 3, 10, 20))
    save("batch1/文教路社区2025年下半年工作台账.xlsx", [wenjiao_tai(W)], "openpyxl",
         ["community_file", "months_down_date_cells", "ditto_mark_for_stock", "total_row", "wenjiao_prefix_trap"],
         (2026, 1, 6, 11, 0))
