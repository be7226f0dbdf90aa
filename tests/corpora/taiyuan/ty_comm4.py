"""Community files of 黄陵街道 (part 4): 煤机 2026-05 (类别 merged, tally), 民航 2026-03 (三晋通 part in brackets),
郑村 2025-11 (a hidden 模板 sheet), 窑子上 2026-04 (pasted with no-break / zero-width spaces), 马练营 2026-02."""
from ty_comm import SIGN
from ty_comm3 import across
from ty_grid import Sheet, miss, multi, val
from ty_world import BY_SHORT
from ty_writers import save


def build(W):
    # C13 煤机 2026-05: 类别 merged down, tally for 宣讲 / 调解
    code, m = BY_SHORT["煤机"], "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 4, "煤机社区2026年5月工作台账")
    sh.row(1, 0, ["类别", "项目", "单位", "本月", "备注"])
    groups = [("民情", [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                        ("调解纠纷", "起", "disputes_mediated", "tally")]),
              ("就业", [("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n")]),
              ("民政", [("低保户", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
                        ("低保金", "元", "dibao_payout_yuan", "k")]),
              ("文化", [("文化活动", "场", "cultural_activities", "tally"), ("宣讲", "次", "lectures_held", "tally"),
                        ("老年人免费体检", "人", "free_health_checks", "n")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for lab, unit, ind, st in items:
            sh.row(r, 1, [lab, unit])
            val(sh, r, 3, code, m, ind, style=st)
            r += 1
    sh.put(r + 1, 0, "注：“正”字为登记本原始划记，一个“正”字为5。")
    sh.put(r + 2, 0, SIGN.format("孟彩霞", "武志刚", "13603510872"))
    save("batch1/煤机社区2026年5月工作台账.xlsx", [sh], "openpyxl",
         ["community_file", "category_merged_down", "tally_zheng_marks", "thousands_text"], (2026, 6, 2, 8, 50))

    # C14 民航 2026-03: 受理诉求 with its 三晋通 part in brackets; sentences (ods)
    code, m = BY_SHORT["民航"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 2, "民航社区2026年3月工作完成情况")
    sh.row(1, 0, ["工作项目", "完成情况", "备注"])
    multi(sh, 2, 1, code, m, "受理{0}件（其中三晋通平台反映6件），办结{1}件", ["petitions_received", "petitions_resolved"])
    sh.put(2, 0, "民情诉求")
    sh.put(3, 0, "矛盾调解")
    val(sh, 3, 1, code, m, "disputes_mediated", style="cn", unit="起")
    sh.put(4, 0, "就业")
    multi(sh, 4, 1, code, m, "新增岗位{0}个，实现就业{1}人，开展技能培训{2}场",
          ["jobs_created", "people_employed", "training_sessions"])
    sh.put(5, 0, "志愿服务")
    multi(sh, 5, 1, code, m, "学雷锋月志愿服务{0}人次，“志愿山西”注册志愿者{1}人", ["volunteer_person_times", "volunteers"])
    sh.put(6, 0, "文化宣讲")
    multi(sh, 6, 1, code, m, "元宵闹红火等文化活动{0}场，理论宣讲{1}次", ["cultural_activities", "lectures_held"])
    sh.put(7, 0, "机场噪音投诉")
    sh.put(7, 1, "11件")
    sh.put(7, 2, "已转武宿机场，不计入民情诉求")
    sh.put(9, 0, SIGN.format("闫蓉", "高建平", "0351-7287450"))
    save("batch1/民航社区2026年3月工作完成情况.ods", [sh], "odfpy",
         ["community_file", "sentences_several_values", "part_in_brackets", "outside_row"], (2026, 4, 3, 11, 0))

    # C15 郑村 2025-11: xlsxwriter, a hidden 模板 sheet with blank headers; 暖气 诉求
    code, m = BY_SHORT["郑村"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 3, "郑村社区2025年11月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("常住户数", "户", "households"), ("常住人口", "人", "residents"),
             ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff"), ("党员", "名", "party_members")]
    for i, (lab, unit, ind) in enumerate(items):
        sh.row(2 + i, 0, [lab, unit])
        val(sh, 2 + i, 2, code, m, ind)
    sh.put(2, 3, "供暖开栓后暖气不热集中反映")
    sh.put(13, 0, SIGN.format("郑晓丽", "郑永福", "13934670518"))
    tpl = Sheet("模板")
    tpl.row(0, 0, ["项目", "单位", "本月", "备注"])
    tpl.row(1, 0, ["受理诉求", "件"])
    tpl.hidden = True
    save("batch1/郑村社区2025年11月工作报表.xlsx", [sh, tpl], "xlsxwriter",
         ["community_file", "hidden_template_sheet", "remark_column"], (2025, 12, 2, 16, 0))

    # C16 窑子上 2026-04: figures pasted from the WeChat work group / platform with no-break and zero-width spaces
    code, m = BY_SHORT["窑子上"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 3, "窑子上社区2026年4月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    items = [("受理诉求", "件", "petitions_received", "zw"), ("办结", "件", "petitions_resolved", "nbsp"),
             ("调解纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "nbsp"),
             ("实现就业", "人", "people_employed", "n"), ("免费体检", "人", "free_health_checks", "zw"),
             ("志愿服务", "人次", "volunteer_person_times", "nbsp"), ("注册志愿者", "人", "volunteers", "n"),
             ("结对帮扶", "对", "pairings", "n"), ("平安信息员", "人", "informants", "n")]
    for i, (lab, unit, ind, st) in enumerate(items):
        sh.row(2 + i, 0, [lab, unit])
        val(sh, 2 + i, 2, code, m, ind, style=st)
    sh.put(2, 3, "数据从12345平台复制")
    miss(sh, 12, 2, code, m, "cultural_activities", "暂无")
    sh.row(12, 0, ["文化活动", "场"])
    sh.put(12, 3, "文化站4月统一组织，社区未单独开展")
    sh.put(14, 0, SIGN.format("冯娟", "王海龙", "13513610974"))
    save("batch1/窑子上社区2026年4月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "nbsp_in_numbers", "zero_width_in_numbers", "zanwu_marker"], (2026, 5, 5, 10, 30))

    # C17 马练营 2026-01 and 2026-02: the across layout, two month rows (春节 in February)
    code = BY_SHORT["马练营"]
    sh, r = across(W, code, ["2026-01", "2026-02"], "马练营社区2026年1—2月主要工作指标", "1-2月")
    sh.put(r + 1, 0, "备注：1月份数据已于2月初报送，本表一并列出；2月含春节走访慰问。")
    save("batch1/马练营社区2026年1—2月主要工作指标.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_across", "two_month_rows"], (2026, 3, 4, 9, 40))
