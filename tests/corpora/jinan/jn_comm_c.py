"""Community files (3): 清华园 October (one data row under a two-level header), 万豪 9月 | 10月 side by side, 文恒 November
(.ods, 「二〇二五年十一月」, the figures in sentences), 山师东路 December (UTF-8 BOM CSV, 上年同期 and 增减), 建达北苑 July
(.xls, traditional characters in some labels), 科院路 10—12月 (a sheet per month, 「10月份」 …)."""
from jn_comm_a import items
from jn_grid import Sheet, header, multi, prior, val
from jn_world import BY_SHORT
from jn_writers import save


def qinghua(W):
    m, code = "2025-10", BY_SHORT["清华园"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 12, "清华园社区2025年度10月份数据报表")
    tree = [("社区", "name"),
            ("民情诉求", [("受理（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
                          ("调解（起）", "disputes_mediated")]),
            ("就业", [("新增岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed")]),
            ("为老服务", [("查体（人）", "free_health_checks"), ("慰问（人）", "people_assisted"),
                          ("慰问品（件）", "goods_distributed")]),
            ("文化", [("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held")]),
            ("党建", [("党员（名）", "party_members"), ("结对帮扶（对）", "pairings")])]
    leaves = header(sh, 1, 0, tree, 2)
    for c, ind in leaves:
        if ind == "name":
            sh.put(3, c, "清华园（10月）")
        else:
            val(sh, 3, c, code, m, ind)
    sh.put(5, 0, "备注：10月6日中秋、国庆“我们的节日”活动2场计入文体活动；重阳节走访慰问高龄老人计入慰问。")
    sh.put(6, 0, "清华园社区居委会　2025年11月4日")
    save("batch1/清华园社区2025年10月报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_across_one_row", "two_level_header", "month_in_row_label", "year_as_niandu"],
         (2025, 11, 4, 9, 5))


def wanhao(W):
    code = BY_SHORT["万豪"]
    sh = Sheet("9-10月")
    sh.merge(0, 0, 0, 4, "万豪社区2025年9月、10月工作报表")
    sh.row(1, 0, ["项目", "单位", "9月", "10月", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
            ("老年人健康查体", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, "2025-09", ind)
        val(sh, r, 3, code, "2025-10", ind)
    sh.put(2, 4, "9月为补报")
    sh.put(7, 4, "中秋国庆双节、重阳")
    sh.put(13, 0, "万豪社区居委会　2025年11月3日")
    save("batch1/万豪社区2025年9月、10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_months_side_by_side", "late_resend_note"], (2025, 11, 3, 11, 30))


def wenheng(W):
    m, code = "2025-11", BY_SHORT["文恒"]
    sh = Sheet("十一月")
    sh.merge(0, 0, 0, 1, "文恒社区二〇二五年十一月工作情况")
    sh.row(1, 0, ["类别", "完成情况"])
    lines = [("民情诉求", "本月共受理居民诉求{0}件，办结{1}件，调解矛盾纠纷{2}起。",
              ["petitions_received", "petitions_resolved", "disputes_mediated"]),
             ("就业创业", "新开发就业岗位{0}个，其中城乡公益性岗位{1}个；帮助{2}名居民实现就业。",
              ["jobs_created", "public_welfare_jobs", "people_employed"]),
             ("社会救助", "在保城市低保{0}户{1}人，发放低保金{2}元。",
              ["dibao_households", "dibao_persons", "dibao_payout_yuan"]),
             ("为老服务", "为{0}名65岁以上老人开展健康查体，走访慰问困难群众{1}人。",
              ["free_health_checks", "people_assisted"]),
             ("文化宣讲", "组织文体活动{0}场、政策宣讲{1}次。", ["cultural_activities", "lectures_held"]),
             ("平安建设", "治安巡逻队员{0}人，平安信息员{1}人，本月辖区" +
              ("未发生治安案件。" if W.v[(code, m, "security_cases")] == 0 else "发生治安案件{2}起。"),
              ["patrol_members", "informants", "security_cases"])]
    for i, (cat, tpl, inds) in enumerate(lines):
        sh.put(2 + i, 0, cat)
        multi(sh, 2 + i, 1, code, m, tpl, inds)
    sh.put(8, 0, "其他")
    sh.put(8, 1, "11月15日起集中供暖，入户排查暖气不热3户、燃气隐患12处（不计入上述数据）。")
    sh.put(10, 1, "文恒社区居委会　2025年12月4日")
    sh.widths.update({1: 70})
    save("batch1/文恒社区二〇二五年十一月工作情况.ods", [sh], "odfpy",
         ["community_file", "figures_in_sentences", "several_values_one_cell", "chinese_digit_year_month",
          "other_paragraph_outside"], (2025, 12, 4, 17, 0))


def shishidong(W):
    m, code = "2025-12", BY_SHORT["山师东路"]
    sh = Sheet("csv")
    sh.row(0, 0, ["序号", "指标", "计量单位", "本月", "上年同期", "增减"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("老年人查体", "人", "free_health_checks"),
            ("走访慰问", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 1 + i
        sh.row(r, 0, [str(i + 1), lab, unit])
        val(sh, r, 3, code, m, ind, style="t")
        prior(sh, r, 4, code, m, ind, style="t")
        d = W.v[(code, m, ind)] - W.v[(code, W.last_year(m), ind)]
        sh.put(r, 5, f"+{d}" if d > 0 else str(d))
    sh.row(12, 0, ["", "山师东路社区 2025年12月", "", "", "", ""])
    save("batch1/山师东路社区2025年12月份工作报表.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8_bom", "same_month_last_year", "signed_change_column", "period_only_in_footer_and_name",
          "shidonglu_vs_shida"], (2026, 1, 6, 8, 55))


def jianbei(W):
    m, code = "2025-07", BY_SHORT["建达北苑"]
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 3, "建达北苑社区2025年7月工作报表")
    sh.row(1, 0, ["序号", "項目", "單位", "本月"])
    spec = [("受理訴求", "件", "petitions_received", "n"), ("辦結", "件", "petitions_resolved", "n"),
            ("調解糾紛", "起", "disputes_mediated", "n"), ("新增就業崗位", "个", "jobs_created", "n"),
            ("實現就業", "人", "people_employed", "n"), ("走访慰问", "人", "people_assisted", "n"),
            ("文体活动", "场", "cultural_activities", "n"), ("志願服務", "人次", "volunteer_person_times", "n"),
            ("注册志愿者", "人", "volunteers", "n"), ("黨員人數", "名", "party_members", "n"),
            ("常住戶數", "户", "households", "n"), ("流動人口", "人", "floating_population", "n")]
    r = items(sh, 2, code, m, spec)
    sh.put(r + 1, 0, "填报单位：建達北苑社区居委会　　2025年8月5日")
    save("batch1/建达北苑社区2025年7月工作报表.xls", [sh], "xlwt",
         ["community_file", "traditional_labels_here_and_there", "one_char_apart_names"], (2025, 8, 5, 15, 20))


def keyuan_q4(W):
    code = BY_SHORT["科院路"]
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("城乡公益性岗位", "个", "public_welfare_jobs", "n"),
            ("实现就业", "人", "people_employed", "n"), ("零就业家庭", "户", "zero_employment_households", "wu"),
            ("低保户数", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
            ("志愿服务", "人次", "volunteer_person_times", "n")]
    sheets = []
    for m, name in (("2025-10", "10月份"), ("2025-11", "11月份"), ("2025-12", "12月份")):
        sh = Sheet(name)
        sh.merge(0, 0, 0, 3, "科院路社区月度工作数据")
        sh.merge(1, 0, 1, 3, "2025年")
        sh.row(2, 0, ["序号", "项目", "单位", "数量"])
        items(sh, 3, code, m, spec)
        sh.put(13, 0, "科院路社区")
        sheets.append(sh)
    save("batch1/科院路社区2025年10—12月工作数据.xlsx", sheets, "openpyxl",
         ["community_file", "one_sheet_per_month", "month_only_in_sheet_names", "year_in_a_cell", "wu_zero"],
         (2026, 1, 8, 9, 40))


def build(W):
    qinghua(W)
    wanhao(W)
    wenheng(W)
    shishidong(W)
    jianbei(W)
    keyuan_q4(W)
