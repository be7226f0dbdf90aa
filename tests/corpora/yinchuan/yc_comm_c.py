"""Community files (3): 福园 March (.xls, a traditional-character title, 开斋节, 「10万元」 in a 元 row), 春园 April (a
工作总结 typed as paragraphs, figures in sentences, a 下月计划 forecast), 景湖 April (.ods, 本月工作量 and 月末基础数据
stacked), 迎宾 April (UTF-8 CSV with BOM, 本月数 | 本年累计), 友爱 March (xlsx; its 修改版 in batch2)."""
from yc_comm_a import form
from yc_grid import Sheet, multi, val
from yc_world import BY_SHORT
from yc_writers import save


def fuyuan_mar(W):
    m, code = "2026-03", BY_SHORT["福园"]
    pa = W.v[(code, m, "people_assisted")]
    loans = W.v[(code, m, "micro_loans_yuan")]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "福園社區2026年3月工作報表")
    sh.row(1, 0, ["序號", "項目", "單位", "本月", "備註"])
    spec = [("受理诉求", "件", ("v", "petitions_received")), ("办结", "件", ("v", "petitions_resolved")),
            ("新增就业岗位", "个", ("m", "{0}个（其中公益性岗位{1}个）", ["jobs_created", "public_welfare_jobs"]),
             "春风行动、闽宁协作专场招聘会"),
            ("实现就业", "人", ("v", "people_employed")), ("职业技能培训", "场", ("v", "training_sessions")),
            ("创业担保贷款", "元", ("w", "micro_loans_yuan") if loans else ("x", "micro_loans_yuan", "/"),
             "" if loans else "本月无新发放"),
            ("走访慰问", "人", ("m", f"{{0}}人（含开斋节慰问回族群众{pa // 2}人）", ["people_assisted"])),
            ("发放慰问物资", "件", ("v", "goods_distributed")),
            ("文体活动", "场", ("m", "{0}场（含元宵节2场）", ["cultural_activities"])),
            ("注册志愿者", "人", ("v", "volunteers")),
            ("志愿服务", "人次", ("m", "{0}人次（学雷锋月）", ["volunteer_person_times"]))]
    r = form(W, sh, 2, code, m, spec)
    sh.merge(r + 1, 0, r + 1, 4, "3月20日开斋节走访慰问回族困难群众；3月31日停暖，暖气类诉求回落。")
    sh.merge(r + 2, 0, r + 2, 4, "福园社区居委会　2026年4月2日")
    save("batch1/福园社区2026年3月工作报表.xls", [sh], "xlwt",
         ["community_file", "traditional_title_headers", "wan_in_cell_yuan_row", "part_in_brackets", "two_values_one_cell",
          "slash", "figure_with_words"], (2026, 4, 2, 16, 0))


def chunyuan_apr(W):
    m, code = "2026-04", BY_SHORT["春园"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 7, "春园社区2026年4月份工作总结")
    sh.merge(1, 0, 1, 7, "银古路街道党政办：")
    sec = 0 if W.v[(code, m, "security_cases")] == 0 else 1
    paras = [("一、民情诉求。本月共受理居民诉求{0}件，办结{1}件，“塞上枫桥”调解室调解成功矛盾纠纷{2}起。",
              ["petitions_received", "petitions_resolved", "disputes_mediated"]),
             ("二、就业服务。新开发就业岗位{0}个，其中公益性岗位{1}个；帮助{2}名居民实现就业；组织职业技能培训{3}场。",
              ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions"]),
             ("三、为老服务。为辖区65岁以上老年人免费健康体检{0}人，走访慰问困难群众{1}人。",
              ["free_health_checks", "people_assisted"]),
             ("四、文化和志愿服务。开展群众性文体活动{0}场、“全民国家安全教育日”等政策宣讲{1}次；组织志愿服务{2}人次，"
              "清明文明祭扫劝导、沙尘天气后环境清扫均已计入。", ["cultural_activities", "lectures_held", "volunteer_person_times"]),
             ("五、平安建设。本月辖区发生治安案件{0}起，均已移交派出所处理。" if sec else "五、平安建设。本月辖区未发生治安案件。",
              ["security_cases"])]
    r = 3
    for text, inds in paras:
        if "{0}" in text:
            multi(sh, r, 0, code, m, "　　" + text, inds)
        else:   # 「本月辖区未发生治安案件。」: the sentence says nought
            sh.put(r, 0, "　　" + text)
            sh.rec(r, 0, ("truth", (code, m, "security_cases"), 0, "primary"))
        sh.merge(r, 0, r, 7)
        r += 1
    plan = W.v[(code, m, "petitions_received")] + 6
    sh.merge(r, 0, r, 7, f"　　六、下月计划。做好“五一”假期安全宣传，预计受理诉求{plan}件左右，组织职业技能培训2场。")
    sh.merge(r + 2, 5, r + 2, 7, "春园社区居委会")
    sh.merge(r + 3, 5, r + 3, 7, "2026年5月6日")
    sh.widths.update({0: 12})
    save("batch1/春园社区2026年4月份工作总结.xlsx", [sh], "openpyxl",
         ["community_file", "prose_paragraphs", "several_values_one_sentence", "weifasheng_sentence_zero",
          "plan_figure_trap", "footer_date_trap"], (2026, 5, 6, 10, 10))


def jinghu_apr(W):
    m, code = "2026-04", BY_SHORT["景湖"]
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 3, "景湖社区2026年4月工作月报")
    sh.merge(1, 0, 1, 3, "一、本月工作量（2026年4月1日—30日）")
    sh.row(2, 0, ["序号", "项目", "单位", "数量"])
    flows = [("受理诉求", "件", ("v", "petitions_received")), ("办结", "件", ("v", "petitions_resolved")),
             ("调解纠纷", "起", ("v", "disputes_mediated")), ("新增就业岗位", "个", ("v", "jobs_created")),
             ("实现就业", "人", ("v", "people_employed")), ("低保金发放", "元", ("v", "dibao_payout_yuan")),
             ("老年人免费体检", "人", ("v", "free_health_checks")), ("走访慰问", "人", ("v", "people_assisted")),
             ("文体活动", "场", ("v", "cultural_activities")), ("宣讲活动", "次", ("v", "lectures_held")),
             ("志愿服务", "人次", ("v", "volunteer_person_times"))]
    cols = dict(no=0, lab=1, unit=2, val=3)
    r = form(W, sh, 3, code, m, flows, cols=cols)
    sh.merge(r + 1, 0, r + 1, 3, "二、月末基础数据（截至2026年4月30日）")
    sh.row(r + 2, 0, ["序号", "项目", "单位", "数量"])
    stocks = [("常住户数", "户", ("v", "households")), ("常住人口", "人", ("v", "residents")),
              ("流动人口", "人", ("v", "floating_population")), ("社区工作者", "人", ("v", "staff")),
              ("党员", "名", ("v", "party_members")), ("注册志愿者", "人", ("v", "volunteers")),
              ("巡逻队员", "人", ("v", "patrol_members")), ("平安信息员", "人", ("v", "informants")),
              ("低保户", "户", ("v", "dibao_households")), ("低保人员", "人", ("v", "dibao_persons")),
              ("零就业家庭", "户", ("v", "zero_employment_households", "wu"))]
    r = form(W, sh, r + 3, code, m, stocks, cols=cols)
    sh.put(r + 1, 0, "景湖社区（银古路街道）　2026年5月7日")
    save("batch1/景湖社区2026年4月工作月报.ods", [sh], "odfpy",
         ["community_file", "two_stacked_tables_flows_stocks", "period_as_date_range_and_as_of", "wu_zero",
          "jinghu_vs_jingyuan_trap"], (2026, 5, 7, 8, 45))


def yingbin_apr(W):
    m, code = "2026-04", BY_SHORT["迎宾"]
    sh = Sheet("csv")
    sh.row(0, 0, ["迎宾社区2026年4月工作报表", "", "", ""])
    sh.row(1, 0, ["指标", "计量单位", "本月数", "本年累计"])
    rows = [("民情诉求受理", "件", "petitions_received"), ("民情诉求办结", "件", "petitions_resolved"),
            ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("创业担保贷款", "元", "micro_loans_yuan"), ("职业技能培训", "场", "training_sessions"),
            ("老年人免费体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
            ("文化活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind, style="t")
        sh.put(r, 3, str(W.ytd(code, m, ind)))
    sh.row(2 + len(rows) + 1, 0, ["备注：本年累计自2026年1月起", "", "", ""])
    sh.row(2 + len(rows) + 2, 0, ["迎宾社区居委会", "", "2026-05-06", ""])
    save("batch1/迎宾社区2026年4月工作报表.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8_bom", "month_and_ytd_columns", "part_row_is_catalogue_indicator",
          "numbers_as_text"], (2026, 5, 6, 17, 20))


YOUAI = [("受理诉求", "件", ("v", "petitions_received")), ("办结", "件", ("v", "petitions_resolved")),
         ("调解纠纷", "起", ("v", "disputes_mediated")), ("新增就业岗位", "个", ("v", "jobs_created")),
         ("实现就业", "人", ("v", "people_employed")), ("走访慰问", "人", ("v", "people_assisted")),
         ("慰问物资", "件", ("v", "goods_distributed")), ("文体活动", "场", ("v", "cultural_activities")),
         ("老年人免费体检", "人", ("v", "free_health_checks")), ("注册志愿者", "人", ("v", "volunteers")),
         ("志愿服务", "人次", ("v", "volunteer_person_times")), ("治安案件", "起", ("v", "security_cases", "wfs"))]


def youai_mar(W, revised=False):
    m, code = "2026-03", BY_SHORT["友爱"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "友爱社区2026年3月工作报表" + ("（修改版）" if revised else ""))
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    spec = []
    for lab, unit, how in YOUAI:
        note = ""
        if revised and how[1] in [k[2] for k in W.old if k[0] == code and k[1] == m]:
            note = "已修改"
        elif how[1] == "people_assisted":
            note = "含开斋节慰问"
        spec.append((lab, unit, how, note))
    r = form(W, sh, 2, code, m, spec)
    if revised:
        sh.merge(r + 1, 0, r + 1, 4, "修改说明：老年人免费体检原报数含外社区回迁居民，已剔除；志愿服务漏报3月28日沙尘后环境清扫志愿服务，已补入。")
        sh.merge(r + 2, 0, r + 2, 4, "友爱社区居委会　2026年4月9日")
    else:
        sh.merge(r + 1, 0, r + 1, 4, "友爱社区居委会　2026年4月2日")
    sh.widths.update({1: 18, 4: 20})
    return sh


def build(W):
    fuyuan_mar(W)
    chunyuan_apr(W)
    jinghu_apr(W)
    yingbin_apr(W)
    save("batch1/友爱社区2026年3月工作报表.xlsx", [youai_mar(W)], "openpyxl",
         ["community_file", "weifasheng_zero", "corrected_in_batch2"], (2026, 4, 2, 11, 30))
