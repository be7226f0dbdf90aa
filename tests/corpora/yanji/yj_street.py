"""The street office's files (公园街道's 综治中心, 劳动保障事务所, 民政办, 平安办, 党建办, 文化站, 社区建设办): all 15
communities each, laid out the ways a Yanji clerk does — bilingual 한글/中文 header rows, Hangul-only community
names, a long-format GBK CSV, two month blocks side by side, stacked 片区 tables, one sheet per community."""
from yj_grid import Sheet, header, miss, val
from yj_world import CODES, HANGUL, NAME
from yj_writers import save

ST = "公园街道"
KO = "사회구역"


def s1_petitions(W):
    m = "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 6, "延吉市公园街道2025年10月民情诉求办理情况统计表")
    sh.merge(1, 0, 1, 6, "연길시 공원가두 2025년 10월 주민민원 처리 통계표")
    sh.row(2, 0, ["번호", "사회구역", "민원 접수", "처리 완료", "분쟁 조정", "1-10월 누계 접수", "비고"])
    sh.row(3, 0, ["序号", "社区", "受理诉求（件）", "办结（件）", "调解纠纷（起）", "1-10月累计受理", "备注"])
    for i, code in enumerate(CODES):
        r = 4 + i
        sh.row(r, 0, [i + 1, f"{NAME[code]}社区\n{HANGUL[code]}{KO}"])
        val(sh, r, 2, code, m, "petitions_received")
        val(sh, r, 3, code, m, "petitions_resolved")
        val(sh, r, 4, code, m, "disputes_mediated")
        sh.put(r, 5, W.ytd(code, m, "petitions_received"))
        if i % 5 == 1:
            sh.put(r, 6, "供暖开栓后暖气不热诉求较多")
    sh.put(20, 0, "填表人：金（김）　联系电话：0433-2512306")
    save("batch1/公园街道2025年10月民情诉求办理情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "bilingual_header_rows_korean_above_chinese", "bilingual_title", "name_cell_two_scripts",
          "ytd_column", "remarks"], (2025, 11, 4, 9, 0))


def s2_jobs(W):
    m = "2025-11"
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 7, "公园街道劳动保障事务所就业创业工作月报（25年11月）")
    leaves = header(sh, 1, 0, [("社区", "c"), ("新增就业岗位", [("合计", "jobs_created"), ("其中公益性", "public_welfare_jobs")]),
                               ("实现就业\n（人）", "people_employed"), ("其中：赴韩劳务回流再就业", "x"),
                               ("零就业家庭\n（户）", "zero_employment_households"),
                               ("创业担保贷款\n（万元）", "micro_loans_yuan"), ("技能培训\n（场）", "training_sessions")], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "c":
                sh.put(r, c, NAME[code] if i % 3 else f"{NAME[code]}社区")
            elif leaf == "x":
                sh.put(r, c, (i * 7) % 3)
            elif leaf == "micro_loans_yuan":
                val(sh, r, c, code, m, leaf, div=10000)
            else:
                val(sh, r, c, code, m, leaf)
    sh.put(19, 0, "注：贷款金额单位为万元；赴韩劳务回流人员已含在实现就业人数内。")
    save("batch1/公园街道2025年11月就业创业工作月报.xls", [sh], "xlwt",
         ["street_file", "two_level_header", "wan_yuan_in_header_line_break", "part_column_outside_catalogue",
          "short_and_full_names_mixed"], (2025, 12, 3, 10, 0))


def s3_dibao(W, m="2025-12", comms=None, note=None, rel=None, sent=(2026, 1, 6, 14, 0)):
    """Communities ACROSS by their Hangul names only (원성 원월 …); the Chinese only in the title."""
    comms = comms or CODES
    sh = Sheet(f"{int(m[5:])}월")
    sh.merge(0, 0, 0, len(comms) + 1, f"公园街道{m[:4]}年{int(m[5:])}月城市低保统计（민정）")
    sh.row(1, 0, ["항목 项目", "단위"] + [HANGUL[c] for c in comms])
    for j, (lab, unit, ind) in enumerate([("보장 가구 低保户数", "户", "dibao_households"),
                                          ("보장 인원 低保人数", "人", "dibao_persons"),
                                          ("지급액 低保金", "元", "dibao_payout_yuan")]):
        r = 2 + j
        sh.row(r, 0, [lab, unit])
        for k, code in enumerate(comms):
            val(sh, r, 2 + k, code, m, ind, style="k" if ind == "dibao_payout_yuan" else "n")
    sh.put(6, 0, note or "民政办 2026.1.6 报")
    save(rel or f"batch1/公园街道{m[:4]}年{int(m[5:])}月城市低保统计.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "hangul_only_community_names", "korean_sheet_name_month",
          "bilingual_item_labels", "thousands_comma_text"], sent)


def s4_safety(W):
    m = "2026-01"
    sh = Sheet("x")
    sh.put(0, 0, "公园街道平安办 2026年1月 群防群治情况（导出）")
    sh.row(1, 0, ["月份", "社区名称", "统计项", "数值", "说明"])
    r = 2
    items = [("巡逻队员人数", "patrol_members"), ("平安信息员", "informants"), ("治安案件（起）", "security_cases")]
    typo = {"园城": "圆城社区", "园月": "圆月社区", "园美": "园美社区 "}
    for code in CODES:
        for lab, ind in items:
            sh.row(r, 0, ["2026-01", typo.get(NAME[code], f"{NAME[code]}社区"), lab])
            if NAME[code] == "园航" and ind == "security_cases":
                miss(sh, r, 3, code, m, ind, "待派出所反馈")
            else:
                val(sh, r, 3, code, m, ind, style="t")
            if ind == "patrol_members" and NAME[code] in ("园吉", "园建"):
                sh.put(r, 4, "含朝鲜族老年巡逻队")
            r += 1
    save("batch1/公园街道2026年1月群防群治情况导出.csv", [sh], "csv-gbk",
         ["street_file", "long_format_one_value_per_line", "homophone_typos_圆_for_园", "trailing_space_name",
          "pending_text_marker", "iso_month_column"], (2026, 2, 2, 16, 0))


def s5_party(W):
    m = "2026-02"
    sh = Sheet("2026년2월")
    sh.merge(0, 0, 0, 5, "公园街道党建办 2026年2月 党员及志愿服务情况")
    sh.row(1, 0, ["党组织", "在册党员", "结对帮扶", "注册志愿者", "志愿服务人次", "活动"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, f"中共延吉市公园街道{NAME[code]}社区委员会" if i % 2 else f"{NAME[code]}社区党委")
        val(sh, r, 1, code, m, "party_members", style="u", unit="명")
        val(sh, r, 2, code, m, "pairings", style="u", unit="对")
        val(sh, r, 3, code, m, "volunteers", style="u", unit="명")
        val(sh, r, 4, code, m, "volunteer_person_times")
        sh.put(r, 5, "春节“送温暖”、정월대보름 윷놀이" if i % 4 == 0 else "扫雪除冰")
    sh.put(18, 0, "명=人（朝鲜文）")
    save("batch1/公园街道2026年2月党员及志愿服务情况.xlsx", [sh], "xlsxwriter",
         ["street_file", "korean_unit_suffix_명", "party_org_full_names", "korean_sheet_name", "activity_text_column"],
         (2026, 3, 4, 9, 30))


def s6_culture(W):
    sh = Sheet("x")
    sh.put(0, 0, "公园街道综合文化站 2026年 文化活动、宣讲统计（2月、3月）")
    sh.row(1, 0, ["社区", "2月份", "", "", "3月份", ""])
    sh.row(2, 0, ["", "文体活动（场）", "宣讲（次）", "", "文体活动（场）", "宣讲（次）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, f"{NAME[code]}")
        val(sh, r, 1, code, "2026-02", "cultural_activities", style="t")
        val(sh, r, 2, code, "2026-02", "lectures_held", style="t")
        val(sh, r, 4, code, "2026-03", "cultural_activities", style="t")
        val(sh, r, 5, code, "2026-03", "lectures_held", style="t")
    sh.put(19, 0, "3月含정월대보름（元宵）民俗活动：拔河、投壶、秋千、象帽舞")
    save("batch1/公园街道2026年2-3月文化活动宣讲统计.csv", [sh], "csv-utf8bom",
         ["street_file", "two_month_blocks_side_by_side", "blank_spacer_column", "month_in_header_only"],
         (2026, 4, 2, 11, 0))


def s7_basic(W):
    m = "2026-04"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 4, "公园街道2026年4月末社区基础信息")
    r = 2
    for n, part in enumerate([CODES[0:5], CODES[5:10], CODES[10:15]]):
        sh.merge(r, 0, r, 4, f"第{'一二三'[n]}网格片区")
        sh.row(r + 1, 0, ["社区", "户数", "常住人口", "流动人口", "社区工作者"])
        for k, code in enumerate(part):
            rr = r + 2 + k
            sh.put(rr, 0, NAME[code])
            val(sh, rr, 1, code, m, "households")
            val(sh, rr, 2, code, m, "residents")
            val(sh, rr, 3, code, m, "floating_population")
            val(sh, rr, 4, code, m, "staff")
        sh.put(r + 7, 0, "小计")
        for c, ind in enumerate(["households", "residents", "floating_population", "staff"], 1):
            sh.put(r + 7, c, sum(W.v[(x, m, ind)] for x in part))
        r += 9
    save("batch1/公园街道2026年4月末社区基础信息.xlsx", [sh], "openpyxl",
         ["street_file", "three_stacked_tables_one_sheet", "repeated_header_per_block", "subtotal_rows"],
         (2026, 5, 6, 9, 0))


def s8_elderly(W):
    m = "2025-11"
    sh = Sheet("为老助残")
    sh.merge(0, 0, 0, 6, "公园街道为老助残工作统计 二〇二五年十一月")
    sh.row(1, 0, ["社区", "免费体检（人）", "上月体检", "走访帮扶（人）", "慰问物资（件）", "", "备注"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, f"{NAME[code]}社区")
        if i % 3 == 0:
            sh.put(r, 1, f"{W.v[(code, m, 'free_health_checks')]}（其中朝鲜族老人{W.v[(code, m, 'free_health_checks')] // 2}）")
            sh.rec(r, 1, ("truth", (code, m, "free_health_checks"), W.v[(code, m, "free_health_checks")], "primary"))
        else:
            val(sh, r, 1, code, m, "free_health_checks")
        val(sh, r, 2, code, W.prev(m), "free_health_checks", role="prevmonth")
        val(sh, r, 3, code, m, "people_assisted")
        val(sh, r, 4, code, m, "goods_distributed")
        sh.put(r, 5, "件")
    save("batch1/公园街道为老助残工作统计（二〇二五年十一月）.xlsx", [sh], "openpyxl",
         ["street_file", "chinese_numeral_year_month", "figure_with_part_in_brackets", "prev_month_column",
          "unit_in_separate_column_no_header"], (2025, 12, 5, 10, 0))


def s9_sheets(W):
    m = "2026-03"
    sheets = []
    for i, code in enumerate(CODES):
        nm = {"园城": "园成", "园法": "园法社区"}.get(NAME[code], NAME[code])
        sh = Sheet(nm)
        sh.put(0, 0, "2026年3月诉求台账汇总")
        sh.row(1, 0, ["受理", "办结", "调解"])
        val(sh, 2, 0, code, m, "petitions_received")
        val(sh, 2, 1, code, m, "petitions_resolved")
        val(sh, 2, 2, code, m, "disputes_mediated")
        sheets.append(sh)
    save("batch1/公园街道2026年3月诉求台账汇总（分社区）.xls", sheets, "xlwt",
         ["street_file", "one_sheet_per_community", "community_only_in_sheet_name", "typo_sheet_name_园成"],
         (2026, 4, 3, 15, 0))


def s10_jobs(W):
    m = "2026-04"
    sh = Sheet("2026.4")
    sh.merge(0, 0, 0, 9, "公园街道2026年4月就业创业统计（春风行动）")
    leaves = header(sh, 1, 0, [("社区", "c"), ("新增岗位", [("本月", "jobs_created"), ("1-4月", "y")]),
                               ("公益性岗位", [("本月", "public_welfare_jobs"), ("1-4月", "y")]),
                               ("实现就业", [("本月", "people_employed"), ("1-4月", "y")]),
                               ("创业贷款(万元)", [("本月", "micro_loans_yuan"), ("1-4月", "y")]),
                               ("培训场次", "training_sessions")], 2)
    prev = None
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "c":
                sh.put(r, c, NAME[code])
            elif leaf == "y":
                sh.put(r, c, W.ytd(code, m, prev) / (10000 if prev == "micro_loans_yuan" else 1))
            elif leaf == "micro_loans_yuan":
                val(sh, r, c, code, m, leaf, div=10000)
            else:
                val(sh, r, c, code, m, leaf)
            prev = leaf if leaf not in ("c", "y") else prev
    save("batch1/公园街道2026年4月就业创业统计.ods", [sh], "odfpy",
         ["street_file", "month_and_ytd_pairs_under_groups", "wan_yuan_group_header", "sheet_name_dotted_month"],
         (2026, 5, 7, 9, 0))


def build(W):
    for f in (s1_petitions, s2_jobs, s3_dibao, s4_safety, s5_party, s6_culture, s7_basic, s8_elderly, s9_sheets,
              s10_jobs):
        f(W)
