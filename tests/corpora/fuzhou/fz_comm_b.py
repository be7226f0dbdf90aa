"""Community files (2): 龙泉 November under a pinyin file name (units row ABOVE the names, one data row), 永恒's ledger
(indicators down, months across under 2025年 / 2026年), 兰庭's ledger (months as date rows, unchanged stocks written
once in a cell merged down), 凤仪 November (traditional file name and title; 初报数 | 核实数), 屏西 December (UTF-8 CSV
with a BOM, line breaks in quoted headers, 待核实), 湖前 January (二〇二六年一月, 约 / 余 / 左右, units glued), 铜盘
January (.xls, 所属年月 202601, 本月 | 上月)."""
import datetime

from fz_grid import Sheet, held, miss, multi, val
from fz_world import BY_SHORT, PERIOD
from fz_writers import save


def longquan_nov(W):
    m, code = "2025-11", BY_SHORT["龙泉"]
    sh = Sheet("Sheet1")
    heads = [("社区", None, None), ("月份", None, None), ("件", "受理诉求", "petitions_received"),
             ("件", "办结诉求", "petitions_resolved"), ("起", "调处纠纷", "disputes_mediated"),
             ("个", "新增就业岗位", "jobs_created"), ("人", "实现就业", "people_employed"),
             ("户", "低保户数", "dibao_households"), ("人", "低保人数", "dibao_persons"),
             ("元", "低保金", "dibao_payout_yuan"), ("人", "老年人体检", "free_health_checks"),
             ("人", "走访慰问", "people_assisted"), ("场", "文体活动", "cultural_activities"),
             ("人", "巡逻队员", "patrol_members"), ("人", "平安信息员", "informants"),
             ("人", "注册志愿者", "volunteers"), ("名", "党员", "party_members")]
    n = len(heads)
    sh.merge(0, 0, 0, n - 1, "福州市鼓楼区五凤街道龙泉社区2025年11月份工作报表")
    for k, (unit, lab, ind) in enumerate(heads):
        if ind is None:
            sh.merge(1, k, 2, k, unit)
            continue
        sh.put(1, k, f"（{unit}）")
        sh.put(2, k, lab)
        val(sh, 3, k, code, m, ind)
    sh.row(3, 0, ["龙泉社区", "2025.11"])
    sh.merge(5, 0, 5, n - 1, "备注：11月为消防宣传月，开展高层住宅消防演练2场（不计入文体活动）。联系人：郭　0591-87530417")
    sh.merge(6, 0, 6, n - 1, "报送日期：2025年12月3日")
    save("batch1/LQSQ_202511_yb.xlsx", [sh], "openpyxl",
         ["community_file", "pinyin_file_name", "units_row_above_names", "indicators_across_one_row",
          "period_dotted_cell", "common_name_trap"], (2025, 12, 3, 16, 20))


def yongheng_ledger(W):
    code = BY_SHORT["永恒"]
    sh = Sheet("台账")
    ms = PERIOD
    sh.merge(0, 0, 0, 2 + len(ms), "永恒社区2025年7月—2026年1月工作台账")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 7, "2025年")
    sh.put(1, 8, "2026年")
    for k, m in enumerate(ms):
        sh.put(2, 2 + k, f"{int(m[5:])}月")
    sh.merge(1, 9, 2, 9, "备注")
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
            ("老年人免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(ms):
            val(sh, r, 2 + k, code, m, ind)
    sh.put(3 + 4, 9, "10月为敬老月")
    sh.put(3 + len(spec) + 1, 0, "永恒社区居委会　2026年2月2日")
    save("batch1/永恒社区2025年7月—2026年1月工作台账.ods", [sh], "odfpy",
         ["community_file", "indicators_down_months_across", "year_row_over_months", "year_boundary_in_header"],
         (2026, 2, 2, 11, 0))


RUNS = {"staff": [["2025-07", "2025-08", "2025-09"], ["2025-10", "2025-11", "2025-12", "2026-01"]],
        "party_members": [["2025-07", "2025-08"], ["2025-09", "2025-10", "2025-11"], ["2025-12", "2026-01"]],
        "pairings": [["2025-07", "2025-08", "2025-09", "2025-10"], ["2025-11", "2025-12", "2026-01"]],
        "zero_employment_households": [PERIOD]}


def lanting_ledger(W):
    code = BY_SHORT["兰庭"]
    sh = Sheet("工作台账")
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("文体活动（场）", "cultural_activities"), ("志愿服务（人次）", "volunteer_person_times"),
            ("社区工作者（人）", "staff"), ("党员（名）", "party_members"), ("结对帮扶（对）", "pairings"),
            ("零就业家庭（户）", "zero_employment_households")]
    sh.merge(0, 0, 0, len(cols), "兰庭社区工作台账（2025.7-2026.1）")
    sh.put(1, 0, "月份")
    for k, (lab, _) in enumerate(cols):
        sh.put(1, 1 + k, lab)
    for i, m in enumerate(PERIOD):
        r = 2 + i
        sh.put(r, 0, datetime.datetime(int(m[:4]), int(m[5:]), 1), fmt='yyyy"年"m"月"')
        for k, (_, ind) in enumerate(cols[:4]):
            val(sh, r, 1 + k, code, m, ind)
    for k, (_, ind) in enumerate(cols[4:]):
        for run in RUNS[ind]:
            r1, r2 = 2 + PERIOD.index(run[0]), 2 + PERIOD.index(run[-1])
            held(sh, r1, r2, 5 + k, code, run, ind)
    r = 2 + len(PERIOD)
    sh.put(r + 1, 0, "注：社区工作者、党员、结对帮扶、零就业家庭未变动的月份合并填写。")
    sh.put(r + 2, 0, "兰庭社区　2026年2月4日")
    sh.widths.update({0: 12})
    save("batch1/兰庭社区工作台账（2025.7-2026.1）.xlsx", [sh], "openpyxl",
         ["community_file", "months_as_rows", "month_date_cells", "stock_merged_down_over_months",
          "year_boundary_in_rows"], (2026, 2, 4, 9, 10))


def fengyi_nov(W):
    m, code = "2025-11", BY_SHORT["凤仪"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 5, "五鳳街道鳳儀社區2025年11月工作報表")
    sh.row(1, 0, ["序号", "项目", "单位", "初报数", "核实数", "备注"])
    spec = [("受理诉求", "件", "petitions_received", 2, "平台重复录入2件"), ("办结", "件", "petitions_resolved", 2, ""),
            ("调处纠纷", "起", "disputes_mediated", 0, ""), ("新增就业岗位", "个", "jobs_created", 3, "3个岗位属10月开发"),
            ("其中：公益性岗位", "个", "public_welfare_jobs", 0, ""), ("实现就业", "人", "people_employed", 0, ""),
            ("职业技能培训", "场", "training_sessions", 0, ""), ("低保户数", "户", "dibao_households", 0, ""),
            ("低保人数", "人", "dibao_persons", 0, ""), ("低保金", "元", "dibao_payout_yuan", 0, ""),
            ("老年人免费体检", "人", "free_health_checks", -5, "补录社区卫生服务中心名单5人"),
            ("走访慰问", "人", "people_assisted", 0, ""), ("发放慰问品", "份", "goods_distributed", 0, ""),
            ("政策宣讲", "次", "lectures_held", 0, ""), ("治安案件", "起", "security_cases", 0, "")]
    for i, (lab, unit, ind, d, note) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        sh.put(r, 3, W.v[(code, m, ind)] + d)
        val(sh, r, 4, code, m, ind)
        if note:
            sh.put(r, 5, note)
    sh.put(2 + len(spec) + 1, 0, "注：初报数为11月28日网格平台自动汇总数，经社区逐项核实后以核实数为准。")
    sh.put(2 + len(spec) + 2, 0, "鳳儀社區居委會　2025年12月2日")
    save("batch1/五鳳街道鳳儀社區2025年11月工作報表.xlsx", [sh], "openpyxl",
         ["community_file", "traditional_file_name_and_title", "first_and_verified_columns", "fengyi_fenghu_trap"],
         (2025, 12, 2, 14, 40))


def pingxi_dec(W):
    m, code = "2025-12", BY_SHORT["屏西"]
    sh = Sheet("csv")
    sh.put(0, 0, "屏西社区2025年12月工作报表")
    sh.row(1, 0, ["序号", "指标\n名称", "计量\n单位", "12月\n完成数", "备注"])
    spec = [("受理诉求", "件", "petitions_received", "t", ""), ("办结", "件", "petitions_resolved", "t", ""),
            ("调处矛盾纠纷", "起", "disputes_mediated", "t", ""), ("新增就业岗位", "个", "jobs_created", "t", ""),
            ("实现就业", "人", "people_employed", "t", ""), ("创业担保贷款", "元", "micro_loans_yuan", "t", ""),
            ("走访慰问", "人", "people_assisted", "t", "冬至走访独居老人、送糍粑"),
            ("发放慰问品", "份", "goods_distributed", "t", ""), ("文体活动", "场", "cultural_activities", "t", ""),
            ("宪法宣传日等宣讲", "次", "lectures_held", "t", "12月4日国家宪法日"),
            ("志愿服务", "人次", "volunteer_person_times", "t", "含12月14日福州马拉松赛道志愿服务"),
            ("注册志愿者", "人", "volunteers", "t", ""), ("群防群治队员", "人", "patrol_members", "t", ""),
            ("治安案件", "起", "security_cases", ("miss", "待核实"), "派出所数据待核实")]
    for i, (lab, unit, ind, st, note) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), lab, unit])
        if isinstance(st, tuple):
            miss(sh, r, 3, code, m, ind, st[1])
        else:
            val(sh, r, 3, code, m, ind, style=st)
        if note:
            sh.put(r, 4, note)
    sh.put(2 + len(spec) + 1, 0, "屏西社区居委会　2026年1月5日")
    save("batch1/屏西社区2025年12月工作报表.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8_bom", "line_breaks_in_quoted_headers", "daiheshi_marker", "month_in_value_header"],
         (2026, 1, 5, 10, 25))


def huqian_jan(W):
    m, code = "2026-01", BY_SHORT["湖前"]
    sh = Sheet("一月")
    sh.merge(0, 0, 0, 3, "湖前社区二〇二六年一月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "完成情况", "说明"])
    spec = [("受理群众诉求", "petitions_received", ("multi", "{0}件", ["petitions_received"]), ""),
            ("办结", "petitions_resolved", ("multi", "{0}件", ["petitions_resolved"]), ""),
            ("化解矛盾纠纷", "disputes_mediated", ("multi", "{0}起", ["disputes_mediated"]), ""),
            ("春节前走访慰问困难群众", "people_assisted", ("yue", "人"), "1月20日起"),
            ("发放米、油、春联等慰问品", "goods_distributed", ("yu", "份"), ""),
            ("迎新春文体活动（写春联、闽剧折子戏）", "cultural_activities", ("u", "场"), ""),
            ("老年人免费体检", "free_health_checks", ("zy", "人"), ""),
            ("志愿服务", "volunteer_person_times", ("yu", "人次"), ""),
            ("注册志愿者", "volunteers", ("u", "人"), ""),
            ("低保", "dibao_households", ("multi", "{0}户{1}人", ["dibao_households", "dibao_persons"]), ""),
            ("低保金", "dibao_payout_yuan", ("k", "元"), ""),
            ("平安信息员", "informants", ("u", "名"), ""),
            ("治安案件", "security_cases", ("wu", "起"), "")]
    for i, (lab, ind, how, note) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab])
        if how[0] == "multi":
            multi(sh, r, 2, code, m, how[1], how[2])
        else:
            val(sh, r, 2, code, m, ind, style=how[0], unit=how[1])
        if note:
            sh.put(r, 3, note)
    sh.put(2 + len(spec) + 1, 0, "湖前社区居委会　二〇二六年二月三日")
    save("batch1/湖前社区2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "chinese_numeral_date_title", "units_glued", "approx_yue", "approx_yu", "approx_zuoyou",
          "pair_hh_persons", "cn_numeral_footer_date"], (2026, 2, 3, 15, 5))


def tongpan_jan(W):
    m, code = "2026-01", BY_SHORT["铜盘"]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "铜盘社区1月份工作报表")
    sh.merge(1, 0, 1, 4, "所属年月：202601　　填报单位：铜盘社区居委会")
    sh.row(2, 0, ["项目", "单位", "本月", "上月", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("低保金", "元", "dibao_payout_yuan"), ("走访慰问", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("常住户数", "户", "households"), ("常住人口", "人", "residents")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind)
        val(sh, r, 3, code, W.prev(m), ind, role="prevmonth")
    sh.put(3 + 7, 4, "春节前走访自1月20日开始")
    sh.put(3 + len(spec) + 1, 0, "填报人：铜盘社区 蔡　　2026年2月3日")
    save("batch1/铜盘社区1月份工作报表.xls", [sh], "xlwt",
         ["community_file", "period_yyyymm_in_cell", "this_month_last_month", "no_year_in_file_name"],
         (2026, 2, 3, 16, 50))


def build(W):
    longquan_nov(W)
    yongheng_ledger(W)
    lanting_ledger(W)
    fengyi_nov(W)
    pingxi_dec(W)
    huqian_jan(W)
    tongpan_jan(W)
