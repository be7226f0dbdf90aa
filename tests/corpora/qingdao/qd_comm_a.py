"""Community files, part one: 团岛 11月, 西镇 12月份, 台西 1月, 西藏路 1-3月, 八大峡 3月 (CSV), 团岛 4月 (sheet name)."""
import qd_grid as G
from qd_grid import Sheet, pair, qval, val
from qd_items import AID, BASE, CITY, CUL, JOB, OLD, PARTY, PET, SAFE, VOL, vrows
from qd_lib import footer
from qd_writers import save

TD, XZ, BDX, TX, NZ, XZL = ("370202002008", "370202002009", "370202002011", "370202002012", "370202002013",
                            "370202002014")


def c1_tuandao(W):
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 6, "团岛社区2025年11月工作月报")
    sh.row(1, 0, ["序号", "类别", "指标", "计量单位", "本月", "本年累计", "备注"])
    items = PET + JOB + AID + OLD + CUL + SAFE + VOL + PARTY + CITY
    r = vrows(sh, 2, TD, m, items, ["unit", "this", "ytd"], cat=True)
    sh.put(2, 6, "11月15日起集中供暖，供暖类诉求增多")
    footer(sh, r + 1, 0, who="团岛社区 张红", checker="社区书记 李强", date="2025年12月2日", phone="0532-82861052")
    save("batch1/团岛社区2025年11月工作月报.xlsx", [sh], "openpyxl",
         ["community_rows", "xlsx_openpyxl", "title_month_full", "category_merged_down", "unit_column", "month_ytd_columns",
          "outside_rows", "notes_date_trap", "footer_fill_check"], (2025, 12, 2, 10, 5))


def c2_xizhen(W):
    m = "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "西镇社区12月份各项工作统计表")
    sh.merge(1, 0, 1, 3, "统计年度：2025年")
    sh.row(2, 0, ["项目", "数量", "项目", "数量"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("城镇新增就业", "人", "people_employed"),
             ("新增就业岗位", "个", "jobs_created"), ("低保金", "元", "dibao_payout_yuan"),
             ("查体老人", "人", "free_health_checks"), ("走访困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("网格员入户走访", "户", None)]
    for i, (lab, unit, ind) in enumerate(items):
        r, c = 3 + i // 2, (i % 2) * 2
        sh.put(r, c, lab)
        if ind:
            val(sh, r, c + 1, XZ, m, ind, style="u", unit=unit)
        else:
            sh.put(r, c + 1, f"{W.outside[(XZ, m, 'anquan')] * 9}{unit}")
    r = 3 + (len(items) + 1) // 2
    sh.put(r, 0, "低保")
    pair(sh, r, 1, XZ, m)
    sh.put(r, 2, "零就业家庭")
    val(sh, r, 3, XZ, m, "zero_employment_households", style="u", unit="户")
    sh.put(r + 2, 0, "西镇社区居委会  2026年1月4日报")
    save("batch1/西镇社区12月份报表.xls", [sh], "xlwt",
         ["community_pairs", "xls_xlwt", "month_fen_no_year_filename", "year_line_only", "units_glued_cells",
          "households_persons_one_cell", "two_pairs_per_row", "footer_date_trap"], (2026, 1, 4, 18, 30))


def c3_taixi(W):
    m = "2026-01"
    sh = Sheet("工作表1")
    sh.merge(0, 0, 0, 2, "台西社区2026年1月工作完成情况")
    sh.row(1, 0, ["工作项目", "完成情况", "备注"])
    rows = [("居民诉求受理", dict(i="petitions_received", s="u", u="件")), ("居民诉求办结", dict(i="petitions_resolved", s="u", u="件")),
            ("低保", ("pair",)), ("春节前走访慰问困难群众", dict(i="people_assisted", s="u", u="人")),
            ("志愿服务", dict(i="volunteer_person_times", s="a", u="人次")), ("治安案件", dict(i="security_cases", s="wu")),
            ("文体活动", dict(i="cultural_activities", s="u", u="场")), ("注册志愿者", dict(i="volunteers", s="u", u="人")),
            ("社区党员", dict(i="party_members", s="u", u="名")), ("在职党员双报到", None)]
    from qd_lib import cell
    for i, (lab, sp) in enumerate(rows):
        sh.put(2 + i, 0, lab)
        if sp is None:
            sh.put(2 + i, 1, f"{W.outside[(TX, m, 'shuangbaodao')]}人")
        else:
            cell(sh, 2 + i, 1, TX, m, sp)
    sh.put(5, 2, "1月20日至2月10日春节走访")
    sh.put(13, 0, "台西社区居委会（盖章）")
    save("batch1/台西社区2026年1月.ods", [sh], "odfpy",
         ["community_rows", "ods_odfpy", "title_month_full", "units_glued_cells", "households_persons_one_cell",
          "approx_yue", "wu_zero", "shuangbaodao_outside", "notes_date_trap"], (2026, 2, 3, 9, 0))


def c4_xizanglu_q1(W):
    ms = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 8, "西藏路社区2026年1-3月工作台账")
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调解纠纷（起）", "disputes_mediated"),
            ("新增就业（人）", "people_employed"), ("查体（人）", "free_health_checks"), ("慰问困难群众（人）", "people_assisted"),
            ("志愿服务（人次）", "volunteer_person_times"), ("低保户（户）", "dibao_households")]
    sh.row(1, 0, ["月份"] + [h for h, _ in cols])
    for i, m in enumerate(ms):
        sh.put(2 + i, 0, f"{i + 1}月份")
        for j, (_, ind) in enumerate(cols):
            val(sh, 2 + i, 1 + j, XZL, m, ind)
    sh.put(5, 0, "一季度合计")
    for j, (_, ind) in enumerate(cols):
        if ind == "dibao_households":
            sh.put(5, 1 + j, "—")
        else:
            qval(sh, 5, 1 + j, XZL, "2026-Q1", ind)
    sh.put(7, 0, "西藏路社区  2026年4月3日")
    save("batch1/西藏路社区2026年1-3月工作台账.xlsx", [sh], "openpyxl",
         ["community_months_down", "xlsx_openpyxl", "span_filename", "months_as_rows_fen", "units_glued_header",
          "quarter_total_row", "stock_dash_in_total", "footer_date_trap"], (2026, 4, 3, 16, 45))


def c5_badaxia(W):
    m = "2026-03"
    sh = Sheet("x")
    sh.put(0, 0, "八大峡社区2026年3月工作报表")
    sh.put(1, 0, "报送单位：市南区八大峡街道八大峡社区居委会")
    sh.row(2, 0, ["序号", "指标", "单位", "数值", "备注"])
    items = PET[:3] + JOB[:4] + AID[:3] + OLD[:2] + VOL + BASE
    r = vrows(sh, 3, BDX, m, items, ["unit", "this"], styles={"volunteers": {"i": "volunteers", "s": "k"},
                                                               "residents": {"i": "residents", "s": "k"}})
    sh.put(3 + len(PET[:3]) + len(JOB[:4]) + len(AID[:3]) + len(OLD[:2]) + 1, 4, "3月5日学雷锋集中服务")
    sh.put(r, 0, "填报人：孙晓燕")
    save("batch1/八大峡社区2026年3月工作报表.csv", [sh], "csv-utf8bom",
         ["community_rows", "csv_utf8bom", "street_name_community", "title_month_full", "path_name_line", "unit_column",
          "thousands_text", "notes_date_trap"], (2026, 4, 2, 11, 15))


def c6_tuandao_apr(W):
    m = "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "团岛社区工作数据报表")
    sh.put(1, 0, "2026年度")
    sh.put(1, 3, "单位：团岛社区")
    sh.row(2, 0, ["序号", "指标名称", "计量单位", "本月数", "备注"])
    items = PET[:3] + JOB + AID[:3] + OLD + CUL[:2] + SAFE[:2] + VOL + PARTY[:2]
    r = vrows(sh, 3, TD, m, items, ["unit", "this"])
    footer(sh, r + 1, 0, who="张红", checker="李强", date="2026年5月5日")
    save("batch1/团岛社区工作数据报表.xlsx", [sh], "openpyxl",
         ["community_rows", "xlsx_openpyxl", "month_in_sheet_name_only", "year_cell_only", "no_period_filename",
          "unit_column", "zhucan_outside", "footer_fill_check"], (2026, 5, 5, 9, 40))


def build(W):
    for f in (c1_tuandao, c2_xizhen, c3_taixi, c4_xizanglu_q1, c5_badaxia, c6_tuandao_apr):
        f(W)
