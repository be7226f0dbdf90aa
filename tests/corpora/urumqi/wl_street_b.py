"""Street-office files (2/2): 平安 .et with 月份 2026/1, 志愿 export CSV with apostrophes, 党建 with quote-prefixed
text, 为老/文体 .xls with trailing spaces, the 一季度 就业 blocks (name only on a block's first row), 5月 基础 ods."""
from wl_grid import Sheet, cur, miss, pair, qval, val
from wl_world import CODES, W_OUT as out, nm
from wl_writers import save

B = "batch1/"


def safety_2601(W):
    m = "2026-01"
    sh = Sheet("平安建设")
    sh.put(0, 0, "幸福路街道平安建设和综治工作统计表")
    sh.put(1, 0, "月份：")
    sh.put(1, 1, "2026/1")
    sh.put(1, 5, "报送：综治中心")
    sh.row(2, 0, ["序号", "社区", "群防群治巡逻队员（人）", "平安信息员（人）", "治安案件（起）", "矛盾纠纷排查（次）",
                  "燃气安全入户检查（户次）", "供暖隐患排查（处）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "sq"))
        val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        val(sh, r, 4, code, m, "security_cases", "wu")
        sh.row(r, 5, [out(code, m, "pc", 4, 15), out(code, m, "rq", 150, 600), out(code, m, "gn", 0, 8)])
    sh.put(3 + len(CODES), 0, "备注：冬季燃气安全“敲门行动”入户检查随网格员走访开展。联系人：李建新 13899812345")
    save(B + "幸福路街道平安建设统计表（2026年1月）.et", [sh], "xlwt-et",
         ["street_rows", "et_wps_xls", "period_cell_slash", "title_month_paren", "wu_for_zero", "names_sq",
          "ranqi_gongnuan_outside", "paicha_outside"], (2026, 2, 4, 10, 0))


def volunteer_2603(W):
    m = "2026-03"
    sh = Sheet("x")
    sh.put(0, 0, "数据来源：全国志愿服务信息系统（新疆）组织数据导出")
    sh.put(1, 0, "统计日期：2026.03")
    sh.row(2, 0, ["组织名称", "所属区域", "注册志愿者数", "本月服务人次", "本月服务时长（小时）", "志愿队伍数"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, nm(code, "full"))
        sh.put(r, 1, "新疆维吾尔自治区/乌鲁木齐市/天山区/幸福路街道")
        val(sh, r, 2, code, m, "volunteers", "apos")
        val(sh, r, 3, code, m, "volunteer_person_times", "apos")
        sh.put(r, 4, "'" + f"{cur(code, m, 'volunteer_person_times') * out(code, m, 'h', 20, 35) / 10:.1f}")
        sh.put(r, 5, "'" + str(out(code, m, "dw", 2, 7)))
    sh.put(4 + len(CODES), 0, "导出时间：2026-04-02 10:15:33")
    save(B + "志愿服务组织数据导出_幸福路街道_202603.csv", [sh], "csv-utf8",
         ["street_rows", "csv_utf8", "system_export", "period_line_dot", "apostrophe_text_numbers",
          "names_full_urumqi_prefix", "hours_teams_outside", "export_time_trap"], (2026, 4, 2, 10, 20))


def party_2511(W):
    m = "2025-11"
    sh = Sheet("党建")
    sh.put(0, 0, "幸福路街道2025年11月基层党建工作统计表")
    sh.row(1, 0, ["党组织名称", "在册党员", "其中：预备党员", "流动党员", "在职党员到社区报到（人）",
                  "党员结对帮扶困难群众（对）", "党课及政策宣讲（次）"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, nm(code, "dw"))
        val(sh, r, 1, code, m, "party_members", "t", fmt="QP")
        sh.put(r, 2, str(out(code, m, "yb", 0, 4)), "QP")
        sh.put(r, 3, str(out(code, m, "ld", 2, 15)), "QP")
        sh.put(r, 4, str(out(code, m, "bd", 30, 160)), "QP")
        val(sh, r, 5, code, m, "pairings", "t", fmt="QP")
        val(sh, r, 6, code, m, "lectures_held", "t", fmt="QP")
    sh.put(2 + len(CODES), 0, "填报日期：2025年12月2日")
    save(B + "幸福路街道2025年11月基层党建工作统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "title_month_full", "quote_prefix_text_numbers", "names_dangwei",
          "baodao_liudong_outside", "footer_date_trap"], (2025, 12, 2, 9, 0))


def elderly_2604(W):
    m = "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "幸福路街道2026年4月为老服务和文体活动统计")
    sh.row(1, 0, ["社区", "65岁以上老人（人）", "老年人健康体检（人）", "体检率", "文体活动（场）",
                  "国家通用语言培训（期）", "政策宣讲（次）", "参与群众（人次）"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, nm(code, "short"))
        old = out(code, m, "65", 380, 1300)
        sh.put(r, 1, old)
        val(sh, r, 2, code, m, "free_health_checks", "tsp")
        sh.put(r, 3, f"{cur(code, m, 'free_health_checks') / old * 100:.1f}%")
        val(sh, r, 4, code, m, "cultural_activities", "tsp")
        sh.put(r, 5, out(code, m, "ty", 0, 3))
        if nm(code, "short") == "宏大":
            miss(sh, r, 6, code, m, "lectures_held", "—")
        else:
            val(sh, r, 6, code, m, "lectures_held", "tsp")
        sh.put(r, 7, f"{out(code, m, 'cy', 200, 900)}  ")
    sh.put(2 + len(CODES), 0, "注：体检由辖区社区卫生服务中心4月8日—30日开展；宏大社区宣讲数据未报。")
    save(B + "幸福路街道2026年4月为老服务和文体活动统计.xls", [sh], "xlwt",
         ["street_rows", "xls_xlwt", "title_month_full", "trailing_space_text_numbers", "derived_rate_text",
          "dash_not_reported", "tongyong_yuyan_outside", "names_short"], (2026, 5, 6, 15, 45))


def jobs_q1(W):
    ms = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.put(0, 0, "幸福路街道2026年第一季度就业工作台账")
    cols = [("新开发岗位（个）", "jobs_created"), ("其中公益性岗位（个）", "public_welfare_jobs"),
            ("实现就业（人）", "people_employed"), ("技能培训（场次）", "training_sessions"),
            ("创业担保贷款（元）", "micro_loans_yuan")]
    sh.row(1, 0, ["社区", "月份"] + [h for h, _ in cols])
    r = 2
    for code in CODES:
        for j, m in enumerate(ms):
            if j == 0:
                sh.put(r, 0, nm(code, "sq"))
            sh.put(r, 1, f"2026.{int(m[5:]):02d}")
            for k, (_, ind) in enumerate(cols):
                val(sh, r, 2 + k, code, m, ind, fmt="#,##0" if ind == "micro_loans_yuan" else None)
            r += 1
        sh.put(r, 1, "一季度合计")
        for k, (_, ind) in enumerate(cols):
            qval(sh, r, 2 + k, code, "2026-Q1", ind, fmt="#,##0" if ind == "micro_loans_yuan" else None)
        r += 1
    sh.put(r, 0, "说明：社区名称只在每块首行填写；“春风行动”招聘会3月14日举办。")
    save(B + "幸福路街道2026年第一季度就业工作台账.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "quarter_title", "month_rows_dot_text", "name_on_first_row_of_block",
          "quarter_total_rows", "amount_thousands_format"], (2026, 4, 7, 11, 30))


def base_2605(W):
    m = "2026-05"
    sh = Sheet("5月")
    sh.put(0, 0, "幸福路街道社区基本情况月报")
    sh.put(1, 0, "统计月份：2026年05月")
    sh.row(2, 0, ["社区", "户数", "常住人口", "流动人口", "社区工作者", "党员", "注册志愿者", "巡逻队员",
                  "平安信息员", "低保户/人", "零就业家庭", "千人志愿者数"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, nm(code, "jmwyh"))
        for c, ind in enumerate(["households", "residents", "floating_population", "staff", "party_members",
                                 "volunteers", "patrol_members", "informants"], 1):
            val(sh, r, c, code, m, ind, "c")
        pair(sh, r, 9, code, m)
        val(sh, r, 10, code, m, "zero_employment_households", "wu")
        sh.put(r, 11, round(W.v[(code, m, "volunteers")] / W.v[(code, m, "residents")] * 1000, 1))
    sh.put(3 + len(CODES), 0, "报送：幸福路街道党建办  2026年6月3日")
    save(B + "幸福路街道社区基本情况月报（2026年05月）.ods", [sh], "odfpy",
         ["street_rows", "ods_odfpy", "period_cell_zero_month", "thousands_text", "households_persons_one_cell",
          "wu_for_zero", "derived_per_1000", "names_jmwyh", "footer_date_trap"], (2026, 6, 3, 9, 40))


def build(W):
    safety_2601(W)
    volunteer_2603(W)
    party_2511(W)
    elderly_2604(W)
    jobs_q1(W)
    base_2605(W)
