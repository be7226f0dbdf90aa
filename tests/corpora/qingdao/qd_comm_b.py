"""Community files, part two: 挪庄 4月 (.et, xlsx inside; corrected in batch2), 西镇 5月 (上年同期), 台西 5月 (.xls,
indicators across), 西藏路 6月 (.ods, 无 / — / blank), 八大峡 26年6月 (hidden rows, 万元 in the cell), 挪庄 12月 (UTF-8 CSV)."""
from qd_grid import Sheet, miss, pair, val
from qd_items import AID, BASE, CITY, CUL, JOB, OLD, PARTY, PET, SAFE, VOL, vrows
from qd_lib import footer
from qd_writers import save

XZ, BDX, TX, NZ, XZL = "370202002009", "370202002011", "370202002012", "370202002013", "370202002014"
NZ_ITEMS = PET[:3] + JOB[:3] + OLD[:2] + CUL[:2] + VOL + PARTY[:2] + SAFE[:2]


def nuozhuang_apr(title_extra=""):
    m = "2026-04"
    sh = Sheet("挪庄社区")
    sh.merge(0, 0, 0, 4, f"挪庄社区2026年4月工作报表{title_extra}")
    sh.row(1, 0, ["序号", "工作内容", "计量单位", "完成数", "备注"])
    r = vrows(sh, 2, NZ, m, NZ_ITEMS, ["unit", "this"])
    return sh, r


def c7_nuozhuang(W):
    sh, r = nuozhuang_apr()
    footer(sh, r + 1, 0, who="挪庄社区 王芳", checker="赵书记", date="2026年5月6日")
    save("batch1/挪庄社区2026年4月工作报表.et", [sh], "openpyxl-et",
         ["community_rows", "et_wps_xlsx", "title_month_full", "unit_column", "corrected_later", "footer_fill_check"],
         (2026, 5, 6, 17, 5))


def c8_xizhen_may(W):
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 6, "西镇社区2026年5月工作报表")
    sh.row(1, 0, ["序号", "类别", "指标", "单位", "本月", "上年同期", "同比"])
    items = PET[:3] + JOB[:3] + OLD[:2] + CUL[:2] + VOL + SAFE[:2]
    r = vrows(sh, 2, XZ, m, items, ["unit", "this", "prior", "yoy"], cat=True)
    footer(sh, r + 1, 0, who="刘倩", checker="西镇社区 马书记", date="2026年6月3日")
    save("batch1/西镇社区2026年5月报表.xlsx", [sh], "openpyxl",
         ["community_rows", "xlsx_openpyxl", "title_month_full", "category_merged_down", "prior_year_column",
          "yoy_column", "unit_column", "footer_fill_check"], (2026, 6, 3, 10, 0))


def c9_taixi_may(W):
    m = "2026-05"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 11, "台西社区2026年5月统计")
    heads = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("办结率(%)", None),
             ("新增岗位(个)", "jobs_created"), ("公益岗(个)", "public_welfare_jobs"), ("创业担保贷款(万元)", "micro_loans_yuan"),
             ("低保(户)", "dibao_households"), ("低保(人)", "dibao_persons"), ("巡逻队员(人)", "patrol_members"),
             ("志愿者(人)", "volunteers"), ("千人志愿者数", None)]
    sh.row(1, 0, ["社区"] + [h for h, _ in heads])
    sh.put(2, 0, "台西")
    for j, (h, ind) in enumerate(heads):
        if ind == "micro_loans_yuan":
            val(sh, 2, 1 + j, TX, m, ind, div=10000, style="f2")
        elif ind:
            val(sh, 2, 1 + j, TX, m, ind)
        elif h.startswith("办结率"):
            sh.put(2, 1 + j, round(100 * W.v[(TX, m, "petitions_resolved")] / W.v[(TX, m, "petitions_received")], 1))
        else:
            sh.put(2, 1 + j, round(1000 * W.v[(TX, m, "volunteers")] / W.v[(TX, m, "residents")], 1))
    sh.put(4, 0, "报送：台西社区居委会 2026.6.2")
    save("batch1/台西社区2026年5月统计.xls", [sh], "xlwt",
         ["community_one_row", "xls_xlwt", "indicators_across", "units_glued_header_halfwidth", "wanyuan_header_decimals",
          "derived_rate_column", "derived_per_1000_column", "footer_date_trap"], (2026, 6, 2, 15, 30))


def c10_xizanglu_jun(W):
    m = "2026-06"
    sh = Sheet("6月")
    sh.merge(0, 0, 0, 4, "西藏路社区2026年6月工作月报")
    sh.row(1, 0, ["序号", "指标", "计量单位", "本月", "备注"])
    items = PET[:3] + JOB[:4] + AID[:3] + OLD[:2] + CUL[:2] + SAFE[:2] + VOL + BASE
    special = {"zero_employment_households": "无", "training_sessions": "/", "lectures_held": "", "security_cases": "—"}
    for i, (_, lab, unit, spec) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        if spec in special and special[spec] != "无":
            miss(sh, r, 3, XZL, m, spec, special[spec])
        elif spec == "zero_employment_households":
            val(sh, r, 3, XZL, m, spec, style="wu")
        else:
            val(sh, r, 3, XZL, m, spec)
    sh.put(2 + [x[3] for x in items].index("security_cases"), 4, "派出所数据未反馈")
    sh.put(3 + len(items), 0, "西藏路社区  2026年7月2日")
    save("batch1/西藏路社区2026年6月工作月报.ods", [sh], "odfpy",
         ["community_rows", "ods_odfpy", "title_month_full", "unit_column", "wu_zero", "slash_dash_blank",
          "footer_date_trap"], (2026, 7, 2, 9, 30))


def c11_badaxia_jun(W):
    m = "2026-06"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "八大峡社区26年6月工作报表")
    sh.row(1, 0, ["序号", "类别", "项目", "本月", "备注"])
    items = PET[:3] + JOB + AID[:3] + OLD[:2] + VOL + BASE
    styles = {"dibao_payout_yuan": {"i": "dibao_payout_yuan", "s": "u", "d": 10000, "u": "万元"},
              "volunteer_person_times": {"i": "volunteer_person_times", "s": "k"},
              "residents": {"i": "residents", "s": "k"}}
    r = 2
    for i, (cat, lab, unit, spec) in enumerate(items):
        sh.row(r, 0, [i + 1, cat, f"{lab}（{unit}）" if spec != "dibao_payout_yuan" else lab])
        val(sh, r, 3, BDX, m, **_kw(styles.get(spec, {"i": spec})))
        r += 1
        if spec == "petitions_resolved":   # a hidden row: 上月数, kept for the clerk's own check
            sh.row(r, 0, ["", cat, "诉求办结（上月数）", W.v[(BDX, "2026-05", spec)]])
            sh.hidden_rows.add(r)
            r += 1
    footer(sh, r + 1, 0, who="孙晓燕", checker="八大峡社区 高书记", date="2026年7月3日")
    save("batch1/八大峡社区26年6月报表.xlsx", [sh], "xlsxwriter",
         ["community_rows", "xlsx_xlsxwriter", "two_digit_year", "street_name_community", "units_glued_header",
          "wanyuan_in_cell", "thousands_text", "hidden_row_last_month", "footer_fill_check"], (2026, 7, 3, 11, 0))


def _kw(sp):
    return dict(ind=sp["i"], style=sp.get("s", "n"), unit=sp.get("u", ""), div=sp.get("d", 1))


def c12_nuozhuang_dec(W):
    m = "2025-12"
    sh = Sheet("x")
    sh.row(0, 0, ["社区", "月份", "常住户数", "常住人口", "流动人口", "社区工作者", "党员", "结对帮扶", "巡逻队员", "注册志愿者",
                  "低保户数", "低保人数", "低保金(元)"])
    sh.put(1, 0, "挪庄社区")
    sh.put(1, 1, "2025年12月")
    for j, ind in enumerate(["households", "residents", "floating_population", "staff", "party_members", "pairings",
                             "patrol_members", "volunteers", "dibao_households", "dibao_persons", "dibao_payout_yuan"]):
        val(sh, 1, 2 + j, NZ, m, ind, style="t")
    save("batch1/挪庄社区基础台账202512.csv", [sh], "csv-utf8",
         ["community_one_row", "csv_utf8", "month_column_text", "yyyymm_filename", "no_title", "units_glued_header_halfwidth"],
         (2026, 1, 5, 8, 55))


def build(W):
    for f in (c7_nuozhuang, c8_xizhen_may, c9_taixi_may, c10_xizanglu_jun, c11_badaxia_jun, c12_nuozhuang_dec):
        f(W)
