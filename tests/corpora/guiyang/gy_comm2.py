"""Community files, part two (2026-02 … 2026-04) and the 青年路 April return (batch1 and its batch2 更正)."""
from gy_common import UNIT_DIV, cell, part_cell
from gy_comm import STOCKS
from gy_grid import Sheet, header, qval, val
from gy_world import BY_SHORT
from gy_writers import save

B1 = "batch1/"


def c10_suocao(W):
    """梭草路 for 蓑草路 (suō) in the file name, title and data row; indicators across, units row, one data row."""
    code, m = BY_SHORT["蓑草路"], "2026-02"
    sh = Sheet("2月")
    sh.put(0, 0, "梭草路社区2026年2月工作报表")
    cols = [("诉求受理", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
            ("春节走访慰问", "人", "people_assisted"), ("慰问物资", "份", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("新增岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan"),
            ("巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases")]
    sh.put(1, 0, "社区")
    sh.put(2, 0, "单位")
    for j, (h, u, ind) in enumerate(cols):
        sh.put(1, 1 + j, h)
        sh.put(2, 1 + j, u)
    sh.put(3, 0, "梭草路社区")
    for j, (h, u, ind) in enumerate(cols):
        val(sh, 3, 1 + j, code, m, ind, div=UNIT_DIV.get(u, 1))
    sh.put(5, 0, "备注：正月初一至初七（2月17日—23日）社区安排春节值班，走访慰问集中在腊月。")
    save(B1 + "梭草路社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["comm_across_one_row", "units_row_under_header", "homophone_rare_char_name", "wan_units_row",
          "lunar_dates_note", "xlsx_openpyxl"], (2026, 3, 3, 9, 5))


def c11_jiarun(W):
    """GBK CSV in two blocks: 「一、本月工作量」 (flows) and 「二、截至2026年2月28日基本情况」 (stocks)."""
    code, m = BY_SHORT["嘉润路"], "2026-02"
    sh = Sheet("c11")
    sh.put(0, 0, "嘉润路社区2026年2月报表")
    sh.put(1, 0, "一、本月工作量")
    sh.row(2, 0, ["项目", "数量", "单位"])
    flows = [("受理诉求", "petitions_received", "件"), ("办结诉求", "petitions_resolved", "件"),
             ("调解纠纷", "disputes_mediated", "起"), ("老年人体检", "free_health_checks", "人"),
             ("走访帮扶", "people_assisted", "人"), ("发放米油等慰问物资", "goods_distributed", "件"),
             ("宣讲", "lectures_held", "次"), ("志愿服务", "volunteer_person_times", "人次"),
             ("技能培训", "training_sessions", "期")]
    r = 3
    for label, ind, unit in flows:
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, style="wu" if ind == "training_sessions" else "t")
        sh.put(r, 2, unit)
        r += 1
    sh.put(r, 0, "二、截至2026年2月28日基本情况")
    sh.row(r + 1, 0, ["项目", "数量", "单位"])
    r += 2
    stocks = [("常住户数", "households", "户"), ("常住人口", "residents", "人"), ("流动人口", "floating_population", "人"),
              ("低保", "pair", "户/人"), ("零就业家庭", "zero_employment_households", "户"),
              ("注册志愿者", "volunteers", "人"), ("党员", "party_members", "人"), ("结对帮扶", "pairings", "对"),
              ("平安信息员", "informants", "人"), ("社区工作人员", "staff", "人")]
    for label, ind, unit in stocks:
        sh.put(r, 0, label)
        cell(W, sh, r, 1, code, m, ind, style="c" if ind in ("residents", "households") else "t")
        sh.put(r, 2, unit)
        r += 1
    sh.put(r, 0, "报送：嘉润路社区　2026年3月2日")
    save(B1 + "嘉润路社区2026年2月报表.csv", [sh], "csv-gbk",
         ["comm_list", "two_blocks_flows_then_stocks", "jiezhi_block_heading", "households_persons_one_cell",
          "measure_word_qi", "numbers_as_text", "csv_gbk"], (2026, 3, 2, 16, 0))


def c12_nanyue(W):
    """Indicators across under a three-row header: domain / indicator / unit; one data row; 春节月 in the title."""
    code, m = BY_SHORT["南岳路"], "2026-02"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "南岳路社区2026年2月（春节月）工作数据")
    tree = [("社区", "n"),
            ("民情", [("受理", [("件", "petitions_received")]), ("办结", [("件", "petitions_resolved")])]),
            ("民政", [("保障户", [("户", "dibao_households")]), ("保障人数", [("人", "dibao_persons")]),
                      ("保障金", [("元", "dibao_payout_yuan")])]),
            ("为老", [("慰问", [("人次", "people_assisted")]), ("物资", [("件", "goods_distributed")])]),
            ("党建", [("党员", [("名", "party_members")]), ("结对", [("对", "pairings")])])]
    leaves = header(sh, 1, 0, tree, 3)
    sh.put(4, 0, "南岳路")
    for c, ind in leaves[1:]:
        val(sh, 4, c, code, m, ind)
    sh.put(6, 0, "填报：南岳路社区居委会　3月4日")
    save(B1 + "南岳路社区2026年2月工作数据.xlsx", [sh], "openpyxl",
         ["comm_across_one_row", "header_three_rows_unit_leaf", "baozhang_for_dibao", "festival_in_title",
          "footer_date_no_year", "xlsx_openpyxl"], (2026, 3, 4, 10, 40))


def c13_baba(W):
    """「报告期：2026-3」; measure words 例 / 对子 / 袋 / 人次 for the catalogue's 人 / 对 / 件."""
    code, m = BY_SHORT["粑粑街"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, "粑粑街社区工作报表")
    sh.put(1, 0, "报告期：2026-3")
    sh.row(2, 0, ["序号", "指标名称", "计量单位", "本期数"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("免费健康体检", "例", "free_health_checks"), ("帮扶困难群众", "人次", "people_assisted"),
             ("发放慰问物资", "袋", "goods_distributed"), ("结对帮扶", "对子", "pairings"),
             ("学雷锋志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
             ("实现就业", "人", "people_employed"), ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        sh.row(3 + i, 0, [i + 1, label, unit])
        val(sh, 3 + i, 3, code, m, ind)
    sh.put(16, 0, "填表：陈敏（0851-85983316）　2026.4.2")
    save(B1 + "粑粑街社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "period_iso_like_line", "measure_words_li_duizi_dai", "footer_dotted_date", "phone_trap",
          "xlsx_openpyxl"], (2026, 4, 2, 15, 20))


def c14_nanpu(W):
    """3月 | 一季度累计 in a March return (the 累计 is a quarter total: quarter_truth; blank for stocks)."""
    code, m = BY_SHORT["南浦路"], "2026-03"
    sh = Sheet("3月份")
    sh.put(0, 0, "南浦路社区2026年3月份工作统计")
    sh.row(1, 0, ["项目", "单位", "3月", "一季度累计", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("老年人免费体检", "人", "free_health_checks"),
             ("学雷锋志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, m, ind, style="about" if ind in ("volunteer_person_times", "free_health_checks") else "n")
        if ind not in STOCKS:
            qval(sh, r, 3, code, "2026-Q1", ind)
    sh.put(12, 0, "注：3月5日学雷锋日集中服务；一季度累计为1—3月合计。")
    save(B1 + "南浦路社区2026年3月份工作统计.ods", [sh], "odfpy",
         ["comm_list", "quarter_cumulative_column", "about_values", "blank_for_stock_cumulative", "notes_numbers",
          "ods_odfpy"], (2026, 4, 3, 11, 30))


def c15_shinan(W):
    """「截至4月30日」 header for stocks, 「本月」 for flows in two separate lists side by side; 三月三 part in brackets."""
    code, m = BY_SHORT["市南路"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "市南路社区2026年4月工作报表")
    sh.row(1, 0, ["本月工作", "本月", "", "截至4月30日", "人数/户数"])
    flows = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
             ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"),
             ("健康体检（例）", "free_health_checks"), ("志愿服务（人次）", "volunteer_person_times")]
    stocks = [("常住户（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
              ("低保户（户）", "dibao_households"), ("低保人员（人）", "dibao_persons"), ("党员（名）", "party_members")]
    for i, (label, ind) in enumerate(flows):
        sh.put(2 + i, 0, label)
        if ind == "cultural_activities":
            n3 = min(3, W.v[(code, m, ind)])
            part_cell(W, sh, 2 + i, 1, code, m, ind, f"（其中“三月三”活动{n3}场）")
        else:
            val(sh, 2 + i, 1, code, m, ind)
    for i, (label, ind) in enumerate(stocks):
        sh.put(2 + i, 3, label)
        val(sh, 2 + i, 4, code, m, ind)
    sh.put(9, 0, "备注：4月19日（农历三月初三）开展布依族“三月三”民族文化活动。报送日期：2026年5月5日")
    save(B1 + "市南路社区2026年4月工作报表.xlsx", [sh], "openpyxl",
         ["comm_two_lists_side_by_side", "flows_and_stocks_split_lists", "jiezhi_header", "part_in_brackets_festival",
          "lunar_festival_note", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 5, 9, 30))


def c16_tuanpo(W):
    """UTF-8 CSV (no BOM) with a 责任人 column of names and mobiles; 治安案件 「/」 (not reported)."""
    code, m = BY_SHORT["团坡桥"], "2026-04"
    sh = Sheet("c16")
    sh.put(0, 0, "团坡桥社区2026年4月工作统计表")
    sh.row(1, 0, ["序号", "工作项目", "完成数", "单位", "责任人"])
    items = [("受理诉求", "petitions_received", "件", "罗丹 13608512274"), ("办结", "petitions_resolved", "件", "罗丹 13608512274"),
             ("调解纠纷", "disputes_mediated", "起", "王强 13885110932"), ("新增岗位", "jobs_created", "个", "杨柳 18985023341"),
             ("实现就业", "people_employed", "人", "杨柳 18985023341"), ("零就业家庭", "zero_employment_households", "户", "杨柳 18985023341"),
             ("低保户", "dibao_households", "户", "张琴 15185016678"), ("低保人数", "dibao_persons", "人", "张琴 15185016678"),
             ("低保金", "dibao_payout_yuan", "元", "张琴 15185016678"), ("巡逻队员", "patrol_members", "人", "王强 13885110932"),
             ("治安案件", ("miss", "/", "security_cases"), "起", "王强 13885110932"),
             ("注册志愿者", "volunteers", "人", "李雪 13765000291")]
    for i, (label, ind, unit, who) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        cell(W, sh, r, 2, code, m, ind, style="t")
        sh.row(r, 3, [unit, who])
    sh.put(15, 0, "注：治安案件数据派出所未反馈。")
    save(B1 + "团坡桥社区2026年4月工作统计表.csv", [sh], "csv-utf8",
         ["comm_list", "responsible_person_column_with_mobiles", "slash_not_reported", "numbers_as_text", "csv_utf8"],
         (2026, 5, 6, 14, 10))


def qingnian_sheet(W, corrected=False):
    code, m = BY_SHORT["青年路"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "青年路社区2026年4月工作月报" + ("（更正）" if corrected else ""))
    sh.row(1, 0, ["序号", "指标", "单位", "数值", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解", "起", "disputes_mediated"), ("老年人健康体检", "人", "free_health_checks"),
             ("帮扶困难群众", "人", "people_assisted"), ("“三月三”文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("低保", "户/人", "pair"), ("低保金", "元", "dibao_payout_yuan"), ("公益性岗位", "个", "public_welfare_jobs")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        cell(W, sh, r, 3, code, m, ind)
    if corrected:
        t = (code, m)
        sh.put(14, 0, f"更正说明：老年人健康体检原报{W.old[t + ('free_health_checks',)]}人（含三月三义诊重复统计），"
                      f"志愿服务原报{W.old[t + ('volunteer_person_times',)]}人次，办结原报{W.old[t + ('petitions_resolved',)]}件，"
                      "以本表为准。")
    sh.put(15, 0, "青年路社区居委会　2026年5月" + ("11日" if corrected else "6日"))
    return sh


def c17_qingnian(W):
    save(B1 + "青年路社区2026年4月工作月报.xlsx", [qingnian_sheet(W)], "openpyxl",
         ["comm_list", "households_persons_slash_unit", "festival_label", "xlsx_openpyxl"], (2026, 5, 6, 17, 0))


def build(W):
    c10_suocao(W)
    c11_jiarun(W)
    c12_nanyue(W)
    c13_baba(W)
    c14_nanpu(W)
    c15_shinan(W)
    c16_tuanpo(W)
    c17_qingnian(W)
