"""Community files (2): 宝南 December (.et, indicators across, 本月 and 1-12月累计 rows), 大团结 January (numbered
sections, 民族团结 items beside the catalogue's), 宝银 January (GBK CSV, thousands in quoted cells), 云和 February
(春节月, parts in brackets, 「≈」), 康园 January–March (a sheet per month named 「26年1月」…), 丽水 一季度 (months as
rows, 合计 and 月均 rows)."""
from yc_comm_a import form
from yc_grid import Sheet, miss, qval, val
from yc_render import num_text
from yc_world import BY_SHORT
from yc_writers import save


def baonan_dec(W):
    m, code = "2025-12", BY_SHORT["宝南"]
    sh = Sheet("Sheet1")
    heads = [("受理诉求", "（件）", "petitions_received"), ("办结", "（件）", "petitions_resolved"),
             ("调解纠纷", "（起）", "disputes_mediated"), ("新增岗位", "（个）", "jobs_created"),
             ("实现就业", "（人）", "people_employed"), ("技能培训", "（场）", "training_sessions"),
             ("走访慰问", "（人）", "people_assisted"), ("慰问物资", "（件）", "goods_distributed"),
             ("文体活动", "（场）", "cultural_activities"), ("宣讲", "（次）", "lectures_held"),
             ("志愿服务", "（人次）", "volunteer_person_times")]
    sh.merge(0, 0, 0, len(heads), "宝南社区2025年度12月份工作月报")
    sh.put(1, 0, "项目")
    sh.put(2, 0, "单位")
    sh.put(3, 0, "本月")
    sh.put(4, 0, "1-12月累计")
    for k, (h, u, ind) in enumerate(heads):
        c = 1 + k
        sh.put(1, c, h)
        sh.put(2, c, u)
        if ind == "training_sessions":
            miss(sh, 3, c, code, m, ind, "/")
        else:
            val(sh, 3, c, code, m, ind)
        sh.put(4, c, W.ytd(code, m, ind))
    sh.merge(6, 0, 6, len(heads), "备注：技能培训由街道便民服务中心统一组织；12月4日宪法宣传日宣讲已计入。")
    sh.merge(7, 0, 7, len(heads), "填报人：宝南社区　白　　2026.1.5")
    save("batch1/宝南社区2025年12月工作月报.et", [sh], "xlwt-et",
         ["community_file", "indicators_across", "units_row", "month_and_ytd_rows", "slash"], (2026, 1, 5, 16, 45))


def datuanjie_jan(W):
    m, code = "2026-01", BY_SHORT["大团结"]
    lec = W.v[(code, m, "lectures_held")]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "大团结社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "完成数", "备注"])
    sections = [("一、民情诉求", [("受理诉求", "件", ("v", "petitions_received")), ("办结", "件", ("v", "petitions_resolved")),
                              ("调解纠纷", "起", ("v", "disputes_mediated", "cn"))]),
                ("二、就业和社会保障", [("新增就业岗位", "个", ("v", "jobs_created")), ("实现就业", "人", ("v", "people_employed")),
                                  ("低保户数", "户", ("v", "dibao_households")),
                                  ("低保金", "元", ("v", "dibao_payout_yuan", "k"))]),
                ("三、民族团结和文化", [("文体活动", "场", ("v", "cultural_activities")),
                                  ("政策宣讲", "次", ("m", f"{{0}}次（其中铸牢中华民族共同体意识宣讲{min(lec, 2)}次）",
                                                      ["lectures_held"])),
                                  ("“石榴籽”民族团结主题活动", "场", ("o", 3))]),
                ("四、平安建设", [("巡逻队员", "人", ("v", "patrol_members")), ("平安信息员", "人", ("v", "informants")),
                             ("治安案件", "起", ("v", "security_cases", "wu"))])]
    r = 2
    for title, spec in sections:
        sh.merge(r, 0, r, 4, title)
        r = form(W, sh, r + 1, code, m, spec)
    sh.merge(r + 1, 0, r + 1, 4, "其他：本月开展“民族团结一家亲”结对认亲走访，更新“民族大团结”宣传展板2块（不计入上表）。")
    sh.merge(r + 2, 0, r + 2, 4, "大团结社区居委会　2026年2月3日")
    sh.widths.update({1: 30, 4: 24})
    save("batch1/大团结社区2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "numbered_section_rows", "part_in_brackets", "cn_small_numerals", "outside_rows",
          "datuanjie_vs_minzu_datuanjie_words", "thousands_text"], (2026, 2, 3, 11, 15))


def baoyin_jan(W):
    m, code = "2026-01", BY_SHORT["宝银"]
    sh = Sheet("csv")
    sh.row(0, 0, ["宝银社区2026年1月份工作数据", "", ""])
    sh.row(1, 0, ["指标（单位）", "数值", "备注"])
    rows = [("常住户数（户）", "households", "k"), ("常住人口（人）", "residents", "k"),
            ("流动人口（人）", "floating_population", "k"), ("社区工作者（人）", "staff", "t"),
            ("在册党员（名）", "party_members", "t"), ("注册志愿者（人）", "volunteers", "k"),
            ("受理诉求（件）", "petitions_received", "t"), ("办结（件）", "petitions_resolved", "t"),
            ("低保户数（户）", "dibao_households", "t"), ("低保人数（人）", "dibao_persons", "t"),
            ("低保金（元）", "dibao_payout_yuan", "kd"), ("走访慰问（人）", "people_assisted", "t"),
            ("慰问物资（件）", "goods_distributed", "t")]
    for i, (lab, ind, st) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        val(sh, r, 1, code, m, ind, style=st)
        if ind == "people_assisted":
            sh.put(r, 2, "春节前走访")
    sh.row(2 + len(rows) + 1, 0, ["宝银社区居委会", "2026年2月4日", ""])
    save("batch1/宝银社区2026年1月份工作数据.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "quoted_thousands_in_csv", "units_in_label_brackets",
          "baoyin_baonan_prefix"], (2026, 2, 4, 14, 40))


def yunhe_feb(W):
    m, code = "2026-02", BY_SHORT["云和"]
    pa = W.v[(code, m, "people_assisted")]
    ca = W.v[(code, m, "cultural_activities")]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "云和社区2026年2月（春节月）工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    spec = [("受理诉求", "件", ("v", "petitions_received")), ("办结", "件", ("v", "petitions_resolved")),
            ("走访慰问困难群众", "人", ("m", f"{{0}}人（其中回族群众{pa // 3}人）", ["people_assisted"])),
            ("发放慰问物资", "件", ("v", "goods_distributed", "u")),
            ("文体活动", "场", ("m", f"{{0}}场（含元宵社火排练{min(ca, 2)}场）", ["cultural_activities"])),
            ("政策宣讲", "次", ("v", "lectures_held")),
            ("志愿服务", "人次", ("v", "volunteer_person_times", "ap"), "春节期间值守、清雪"),
            ("老年人免费体检", "人", ("v", "free_health_checks", "zy"), "春节期间上门体检"),
            ("巡逻队员", "人", ("v", "patrol_members")), ("注册志愿者", "人", ("v", "volunteers"))]
    r = form(W, sh, 2, code, m, spec)
    sh.merge(r + 1, 0, r + 1, 4, "云和社区居委会　　填报人：马　　2026年3月3日")
    sh.widths.update({1: 20, 3: 28})
    save("batch1/云和社区2026年2月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "part_in_brackets", "approx_sign", "approx_zuoyou", "units_glued", "festival_in_title"],
         (2026, 3, 3, 10, 25))


KANGYUAN = [("受理诉求", "件", ("v", "petitions_received")), ("办结诉求", "件", ("v", "petitions_resolved")),
            ("调解纠纷", "起", ("v", "disputes_mediated")), ("新增就业岗位", "个", ("v", "jobs_created")),
            ("实现就业", "人", ("v", "people_employed")), ("走访慰问", "人", ("v", "people_assisted")),
            ("慰问物资", "件", ("v", "goods_distributed")), ("文体活动", "场", ("v", "cultural_activities")),
            ("宣讲活动", "次", ("v", "lectures_held")), ("志愿服务", "人次", ("v", "volunteer_person_times")),
            ("老年人体检", "人", ("v", "free_health_checks")), ("治安案件", "起", ("v", "security_cases", "wu"))]


def kangyuan_q1(W):
    code = BY_SHORT["康园"]
    sheets = []
    for m in ("2026-01", "2026-02", "2026-03"):
        mo = int(m[5:])
        sh = Sheet(f"26年{mo}月")
        sh.merge(0, 0, 0, 3, f"康园社区{mo}月份工作月报")
        sh.row(1, 0, ["序号", "项目", "单位", "数量"])
        r = form(W, sh, 2, code, m, KANGYUAN, cols=dict(no=0, lab=1, unit=2, val=3))
        sh.put(r + 1, 0, {1: "1月中旬寒潮，独居老人走访计入走访慰问。", 2: "春节（2月17日）前后走访慰问集中。",
                          3: "3月31日停暖；学雷锋月志愿服务集中。"}[mo])
        sh.put(r + 2, 0, "康园社区居委会")
        sheets.append(sh)
    save("batch1/康园社区2026年1-3月工作报表.xlsx", sheets, "openpyxl",
         ["community_file", "sheet_per_month", "year_only_in_sheet_names_two_digit", "month_in_title_no_year", "wu_zero"],
         (2026, 4, 2, 9, 50))


def lishui_q1(W):
    code = BY_SHORT["丽水"]
    heads = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调解纠纷（起）", "disputes_mediated"),
             ("新增就业岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed"),
             ("免费健康体检（人）", "free_health_checks"), ("走访慰问（人）", "people_assisted"),
             ("文体活动（场）", "cultural_activities"), ("志愿服务（人次）", "volunteer_person_times"),
             ("注册志愿者（人，月末）", "volunteers")]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, len(heads), "丽水社区2026年第一季度工作数据")
    sh.put(1, 0, "月份")
    for k, (h, _) in enumerate(heads):
        sh.put(1, 1 + k, h)
    months = ("2026-01", "2026-02", "2026-03")
    for j, m in enumerate(months):
        sh.put(2 + j, 0, f"{int(m[5:])}月份")
        for k, (_, ind) in enumerate(heads):
            val(sh, 2 + j, 1 + k, code, m, ind)
    sh.put(5, 0, "合计")
    sh.put(6, 0, "月均")
    for k, (_, ind) in enumerate(heads):
        if ind == "volunteers":
            sh.put(5, 1 + k, "—")
            sh.put(6, 1 + k, "—")
        else:
            qval(sh, 5, 1 + k, code, "2026-Q1", ind)
            sh.put(6, 1 + k, float(num_text(round(W.quarter(code, "2026-Q1", ind) / 3, 1))))
    sh.merge(8, 0, 8, len(heads), "说明：月均=合计÷3，保留一位小数；注册志愿者为月末数，不合计。3月20日开斋节走访回族困难群众已计入。")
    sh.merge(9, 0, 9, len(heads), "丽水社区　2026年4月3日")
    save("batch1/丽水社区2026年第一季度工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "months_as_rows", "quarter_total_row", "monthly_average_row", "units_in_headers"],
         (2026, 4, 3, 15, 30))


def build(W):
    baonan_dec(W)
    datuanjie_jan(W)
    baoyin_jan(W)
    yunhe_feb(W)
    kangyuan_q1(W)
    lishui_q1(W)
