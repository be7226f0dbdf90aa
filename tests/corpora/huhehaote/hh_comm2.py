"""Community files (2): 电子路 GBK CSV (统计月份：2026.01), 阳光 (春节 / 查干萨日), 金园 .xls with the Mongolian row above
the Chinese header and 本月 | 1-3月累计, 沿河 .ods (万元), 富丽 (月份：26-05; corrected in batch2), 电子路 one-row sheet."""
from hh_grid import Sheet, pair, qval, val
from hh_world import BY_SHORT, MN
from hh_writers import save


def dianzi_csv(W):
    short, m = "电子路", "2026-01"
    code = BY_SHORT[short]
    sh = Sheet("csv")
    sh.put(0, 0, "电子路社区工作报表")
    sh.put(1, 0, "统计月份：2026.01")
    sh.put(1, 2, "报送日期：2026/2/3")
    sh.row(2, 0, ["项目", "单位", "本月", "备注"])
    rows = [("受理居民诉求", "件", "petitions_received", "n", f"其中供热诉求{W.v[(code, m, 'heating_part')]}件"), ("办结", "件", "petitions_resolved", "n", ""),
            ("调解矛盾纠纷", "起", "disputes_mediated", "n", ""), ("新增就业岗位", "个", "jobs_created", "n", "严寒期招聘会暂停"),
            ("实现就业", "人", "people_employed", "n", ""), ("创业担保贷款", "元", "micro_loans_yuan", "n", ""),
            ("低保", "户/人", "pair", "", ""), ("低保金", "元", "dibao_payout_yuan", "n", ""),
            ("采暖补贴", "元", None, "", "低保户每户1200元"), ("走访慰问", "人", "people_assisted", "n", "冬季送温暖"),
            ("慰问物资", "件", "goods_distributed", "n", "米、面、油、棉被"), ("文化活动", "场", "cultural_activities", "n", ""),
            ("志愿服务", "人次", "volunteer_person_times", "n", ""), ("平安信息员", "人", "informants", "n", "")]
    for i, (lab, unit, ind, st, note) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        if ind == "pair":
            pair(sh, r, 2, code, m)
        elif ind is None:
            sh.put(r, 2, W.v[(code, m, "dibao_households")] * 1200)
        else:
            val(sh, r, 2, code, m, ind, style=st)
        if note:
            sh.put(r, 3, note)
    sh.put(4 + len(rows), 0, "联系人：乌日娜　0471-6928415")
    save("batch1/电子路社区2026年1月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "period_dotted_line", "send_date_slash_beside_period", "pair_hh_persons",
          "heating_subsidy_outside", "note_numbers"], (2026, 2, 3, 10, 5))


def yangguang(W):
    """阳光 2026-02: 「回民区光明路街道阳光社区」 (阳光社区 is in 229 places); 本月 | 上月; a Mongolian line under the title."""
    short, m = "阳光", "2026-02"
    code = BY_SHORT[short]
    sh = Sheet("2月报表")
    sh.merge(0, 0, 0, 4, "回民区光明路街道阳光社区2026年2月工作报表")
    sh.merge(1, 0, 1, 4, f"{MN['huimin']} {MN['street']} {MN['comm']} {MN['report']}")
    sh.row(2, 0, ["指标名称", "计量单位", "本月", "上月", "说明"])
    rows = [("诉求受理", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"), ("纠纷调解", "起", "disputes_mediated"),
            ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
            ("文化活动", "场", "cultural_activities"), ("其中：查干萨日（白节）联欢", "场", None),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"),
            ("结对帮扶", "对", "pairings"), ("治安巡逻队员", "人", "patrol_members")]
    pm = W.prev(m)
    for i, (lab, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        if ind is None:
            sh.row(r, 2, [2, 0])
            continue
        val(sh, r, 2, code, m, ind)
        val(sh, r, 3, code, pm, ind, role="prevmonth")
    sh.put(6, 4, "春节（白节）前集中走访")
    sh.put(9, 4, "元宵节社火、查干萨日联欢")
    sh.put(4 + len(rows), 0, "阳光社区居委会　2026/3/4")
    save("batch1/阳光社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "common_name_many_places", "street_in_title", "mongolian_line_under_title", "this_and_prev_month",
          "festival_part_outside"], (2026, 3, 4, 9, 10))


def jinyuan_xls(W):
    """金园 2026-03 (.xls): the Mongolian header row above the Chinese; 本月 | 1-3月累计 (cumulative, not a value);
    创业担保贷款 in 万元 by the 单位 column."""
    short, m = "金园", "2026-03"
    code = BY_SHORT[short]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "金园社区2026年3月工作报表")
    sh.row(1, 0, [MN["item"], MN["unit"], MN["this_month"], "1-3 " + MN["month"], MN["note"]])
    sh.row(2, 0, ["项目", "单位", "本月", "1-3月累计", "备注"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("新增就业岗位", "个", "jobs_created"),
            ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("创业担保贷款", "万元", "micro_loans_yuan"), ("职业技能培训", "场", "training_sessions"),
            ("免费健康体检", "人", "free_health_checks"), ("政策宣讲", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times"), ("零就业家庭", "户", "zero_employment_households")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        div = 10000 if unit == "万元" else 1
        val(sh, r, 2, code, m, ind, div=div)
        if ind == "zero_employment_households":
            sh.put(r, 3, "—")
        else:   # 1-3月累计 is the first quarter: quarter_truth.csv, never a monthly value
            qval(sh, r, 3, code, "2026-Q1", ind, div=div)
    sh.put(5, 4, "春风行动招聘会2场")
    sh.put(12, 4, "学雷锋月")
    sh.put(4 + len(rows), 0, "金园社区　2026/4/2")
    save("batch1/金园社区2026年3月工作报表.xls", [sh], "xlwt",
         ["community_file", "xls", "mongolian_header_row_above_chinese", "month_and_ytd", "values_wan_unit_column",
          "stock_ytd_dash"], (2026, 4, 2, 14, 0))


def yanhe_ods(W):
    short, m = "沿河", "2026-04"
    code = BY_SHORT[short]
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 3, "沿河社区2026年4月份工作情况统计")
    sh.row(1, 0, ["序号", "工作项目", "完成情况", "单位"])
    rows = [("受理群众诉求", "petitions_received", "件", "n"), ("办结", "petitions_resolved", "件", "n"),
            ("新增就业岗位", "jobs_created", "个", "n"), ("实现就业", "people_employed", "人", "n"),
            ("创业担保贷款", "micro_loans_yuan", "万元", "w0"), ("免费健康体检", "free_health_checks", "人", "n"),
            ("治安案件", "security_cases", "起", "wu"), ("矛盾纠纷调解", "disputes_mediated", "起", "n"),
            ("注册志愿者", "volunteers", "人", "n"), ("常住户数", "households", "户", "n"), ("常住人口", "residents", "人", "n")]
    for i, (lab, ind, unit, st) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, lab)
        if st == "w0":
            val(sh, r, 2, code, m, ind, div=10000)
        else:
            val(sh, r, 2, code, m, ind, style=st)
        sh.put(r, 3, unit)
    sh.put(3 + len(rows), 0, "4月15日采暖期结束；沿河社区居委会　2026.05.06")
    save("batch1/沿河社区2026年4月份工作情况统计.ods", [sh], "odfpy",
         ["community_file", "ods", "value_before_unit", "values_wan_unit_column", "wu_zero", "note_date_trap"],
         (2026, 5, 6, 9, 0))


def fuli_sheet(W, note=None):
    short, m = "富丽", "2026-05"
    code = BY_SHORT[short]
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 3, "富丽社区工作月报" + ("（更正）" if note else ""))
    sh.row(1, 0, ["社区：富丽社区（光明路街道）", "", "月份：26-05"])
    sh.row(2, 0, ["指标", "单位", "数值", "备注"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"), ("免费健康体检", "人", "free_health_checks"),
            ("帮扶困难群众", "人", "people_assisted"), ("文化活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times"), ("党员人数", "名", "party_members"),
            ("社区工作者", "人", "staff")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind)
    sh.put(7, 3, "5月体检集中在社区卫生服务站")
    r = 4 + len(rows)
    if note:
        sh.put(r, 0, note)
        r += 1
    sh.put(r, 0, "填报：富丽社区居委会　报送日期：" + ("2026/6/10" if note else "2026/6/4"))
    return sh


def dianzi_row(W):
    """电子路 2026-05: indicators across, one data row; a Chinese header row, the Mongolian row, then a units row."""
    short, m = "电子路", "2026-05"
    code = BY_SHORT[short]
    sh = Sheet("5月")
    cols = [("社区", MN["comm_name"], "", None), ("常住户数", MN["households"], "户", "households"),
            ("常住人口", MN["residents"], "人", "residents"), ("流动人口", MN["floating"], "人", "floating_population"),
            ("党员", MN["party"], "名", "party_members"), ("注册志愿者", MN["volunteer"], "人", "volunteers"),
            ("低保户", MN["dibao"], "户", "dibao_households"), ("低保人数", MN["dibao"], "人", "dibao_persons"),
            ("低保金", MN["dibao"], "元", "dibao_payout_yuan"), ("社区工作者", MN["staff"], "人", "staff"),
            ("少数民族人口", MN["minority"], "人", "mino")]
    sh.merge(0, 0, 0, len(cols) - 1, "电子路社区2026年5月基础数据")
    for c, (zh, mn, unit, ind) in enumerate(cols):
        sh.put(1, c, zh)
        sh.put(2, c, mn)
        if unit:
            sh.put(3, c, unit)
        if ind is None:
            sh.put(4, c, "电子路社区")
        elif ind == "mino":
            sh.put(4, c, W.v[(code, m, "residents")] * 17 // 100)
        else:
            val(sh, 4, c, code, m, ind, fmt="#,##0" if ind in ("residents", "dibao_payout_yuan") else None)
    sh.put(6, 0, "电子路社区居委会　2026/6/2")
    save("batch1/电子路社区2026年5月基础数据.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_across_one_row", "mongolian_header_row_under_chinese", "units_row",
          "ethnic_outside_column"], (2026, 6, 2, 11, 40))


def build(W):
    dianzi_csv(W)
    yangguang(W)
    jinyuan_xls(W)
    yanhe_ods(W)
    save("batch1/富丽社区2026年5月工作月报.xlsx", [fuli_sheet(W)], "openpyxl",
         ["community_file", "period_yy_mm_in_cell", "name_shared_with_other_district", "street_in_name_cell",
          "corrected_later"], (2026, 6, 4, 16, 30))
    dianzi_row(W)
