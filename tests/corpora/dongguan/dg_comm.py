"""Community files: the committees' own monthly returns (17 files, 7 layouts)."""
from dg_grid import Sheet, multi, qval, val
from dg_street import txt
from dg_world import BY_SHORT
from dg_writers import save

CN_MONTH = {1: "一", 2: "二", 3: "三", 9: "九", 10: "十", 11: "十一", 12: "十二"}
# (label, unit, indicator): the standard items, in the standard words
ITEMS = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
         ("调解矛盾纠纷", "宗", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
         ("实现就业", "人", "people_employed"), ("低保户", "户", "dibao_households"),
         ("低保人员", "人", "dibao_persons"), ("i志愿注册志愿者", "人", "volunteers"),
         ("志愿服务", "人次", "volunteer_person_times"), ("新莞人（流动人口）", "人", "floating_population"),
         ("治安案件", "宗", "security_cases"), ("文体活动", "场", "cultural_activities")]
# the same items in Cantonese as a 街坊 clerk writes them in the group chat and then into the CSV
YUE = [("收到街坊反映", "单", "petitions_received", "nian"), ("搞掂咗", "单", "petitions_resolved", "nian"),
       ("倾掂咗嘅纠纷", "宗", "disputes_mediated", "cn"), ("新开工位", "个", "jobs_created", "nian"),
       ("帮手揾到工", "人", "people_employed", "nian"), ("攞低保嘅", "户", "dibao_households", "t"),
       ("攞低保嘅（人头）", "人", "dibao_persons", "nian"), ("登记做义工嘅街坊", "人", "volunteers", "t"),
       ("义工出勤", "人次", "volunteer_person_times", "t"), ("新莞人", "人", "floating_population", "t"),
       ("治安案件", "宗", "security_cases", "cn"), ("搞活动", "场", "cultural_activities", "nian")]


def t1_cantonese(W, short, m, shown, sent):
    code = BY_SHORT[short]
    y, mo = m[:4], int(m[5:])
    sh = Sheet("csv")
    sh.put(0, 0, f"{shown}社区{y}年{CN_MONTH[mo]}月份街坊事务统计")
    sh.row(1, 0, ["项目", "数量", "单位", "备注"])
    for i, (lab, unit, ind, style) in enumerate(YUE):
        r = 2 + i
        sh.put(r, 0, lab)
        v = W.v[(code, m, ind)]
        ok = (style == "cn" and v <= 10) or (style == "nian" and v < 40) or style == "t"
        val(sh, r, 1, code, m, ind, style=style if ok else "t")
        sh.put(r, 2, unit)
    sh.put(15, 0, "注：搞掂＝已办结；倾掂＝调解成功；廿＝二十，卅＝三十；新莞人即流动人口。")
    sh.put(16, 0, f"报送人：{shown}社区 阿敏")
    save(f"batch1/{shown}社区{y}年{CN_MONTH[mo]}月份街坊事务统计.csv", [sh], "csv-gbk",
         ["community_file", "cantonese_item_words", "nian_sa_numbers", "chinese_month_in_name"], sent)


def t2_stacked(W, short, months, rel, sent):
    code = BY_SHORT[short]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 2, f"{short}社区2025年第四季度工作数据（分月）")
    r = 2
    for m in months:
        sh.merge(r, 0, r, 2, f"■ {int(m[:4])}年{int(m[5:])}月")
        sh.row(r + 1, 0, ["项目", "本月", "单位"])
        r += 2
        for lab, unit, ind in ITEMS:
            sh.put(r, 0, lab)
            val(sh, r, 1, code, m, ind)
            sh.put(r, 2, unit)
            r += 1
        r += 1
    sh.merge(r, 0, r, 2, "■ 第四季度合计（10—12月）")
    r += 1
    for lab, unit, ind in ITEMS[:5]:
        sh.put(r, 0, lab)
        qval(sh, r, 1, code, "2025-Q4", ind)
        sh.put(r, 2, unit)
        r += 1
    save(rel, [sh], "openpyxl", ["community_file", "month_blocks_stacked", "quarter_total_block"], sent)


def t3_odd_place(W, short, m, rel, sent, writer="xlsxwriter"):
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{y}.{mo:02d}")
    sh.put(0, 0, f"{short}社区{y}年{mo}月工作小结")
    lines = ["一、基本情况：本月社区两委班子带领网格员开展“百千万工程”入户走访，",
             "二、民生服务：重点做好新莞人服务管理和出租屋巡查，",
             "三、平安建设：联合派出所开展电动车充电隐患排查，",
             "四、下月计划：做好春运返乡和节前安全检查。"]
    for i, t in enumerate(lines):
        sh.put(1 + i, 0, t)
    multi(sh, 5, 0, code, m, "　　本月共受理居民诉求{0}件，已办结{1}件，其余转街道相关部门跟进。",
          ["petitions_received", "petitions_resolved"])
    sh.put(12, 5, "附：主要数据")
    sh.row(13, 5, ["序号", "项目", "单位", "数量"])
    for i, (lab, unit, ind) in enumerate(ITEMS):
        sh.row(14 + i, 5, [i + 1, lab, unit])
        val(sh, 14 + i, 8, code, m, ind)
    save(rel, [sh], writer, ["community_file", "table_far_down_right_after_text", "figures_in_prose",
                             "sheet_named_yyyy_mm"], sent)


def t4_unit_row(W, short, m, shown, rel, sent, writer="odfpy", suffix="", note=None):
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet("月报")
    sh.merge(0, 0, 0, len(ITEMS), f"{shown}社区{y}年{mo}月报表{suffix}")
    sh.put(1, 0, "项目")
    sh.put(2, 0, "单位")
    sh.put(3, 0, "本月")
    for j, (lab, unit, ind) in enumerate(ITEMS):
        sh.put(1, 1 + j, lab)
        sh.put(2, 1 + j, unit)
        if ind == "petitions_received":
            val(sh, 3, 1 + j, code, m, ind, style="star")
        else:
            val(sh, 3, 1 + j, code, m, ind)
    sh.put(5, 0, "*含12345热线、“莞家政务”转办件。")
    if note:
        sh.put(6, 0, note)
    sh.put(7, 0, f"填报单位：南城街道{shown}社区居委会")
    save(rel, [sh], writer, ["community_file", "horizontal_one_row", "unit_row_between", "footnote_star_value"]
         + (["correction_whole_file_resent"] if note else []), sent)


def t5_pairs(W, short, m, shown, rel, sent):
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{mo}月")
    sh.merge(0, 0, 0, 3, f"{shown}社区{y}年{mo}月工作报表")
    sh.row(1, 0, ["项目", "数值", "项目", "数值"])
    half = (len(ITEMS) + 1) // 2
    for i, (lab, unit, ind) in enumerate(ITEMS):
        r, c = 2 + i % half, (i // half) * 2
        sh.put(r, c, f"{lab}（{unit}）")
        val(sh, r, c + 1, code, m, ind)
    sh.put(2 + half + 1, 0, "本月创业担保贷款")
    txt(sh, 2 + half + 1, 1, code, m, "micro_loans_yuan", lambda v: "无" if v == 0 else f"{v // 10000}万元")
    save(rel, [sh], "xlwt", ["community_file", "form_two_item_value_pairs", "typo_community_name"], sent)


def t6_long(W, short, m, shown, rel, sent):
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet("csv")
    sh.row(0, 0, ["月份", "社区", "指标", "数值"])
    for i, (lab, unit, ind) in enumerate(ITEMS):
        sh.row(1 + i, 0, [f"{y}/{mo}", shown, f"{lab}({unit})"])
        val(sh, 1 + i, 3, code, m, ind, style="t")
    save(rel, [sh], "csv-utf8", ["community_file", "long_format", "month_as_y_slash_m", "old_name_or_short"], sent)


def t8_eng_sheets(W, short, months, rel, sent):
    code = BY_SHORT[short]
    sheets = []
    for m in months:
        mo = int(m[5:])
        sh = Sheet(["", "Jan", "Feb", "Mar"][mo])
        sh.merge(0, 0, 0, 2, f"{short}社区工作报表（{mo}月）")
        sh.row(1, 0, ["项目", "单位", "数量"])
        for i, (lab, unit, ind) in enumerate(ITEMS):
            sh.row(2 + i, 0, [lab, unit])
            val(sh, 2 + i, 2, code, m, ind)
        sh.put(15, 0, "填报单位：东莞市南城街道新城社区居民委员会")
        sheets.append(sh)
    save(rel, sheets, "openpyxl", ["community_file", "english_month_sheet_names", "year_only_in_file_name"], sent)


def build(W):
    t1_cantonese(W, "白马", "2025-10", "白马", (2025, 11, 4, 20, 10))
    t1_cantonese(W, "宏图", "2026-01", "宏图", (2026, 2, 3, 21, 0))
    t1_cantonese(W, "袁屋边", "2025-12", "袁屋", (2026, 1, 5, 19, 40))
    t2_stacked(W, "西平", ["2025-10", "2025-11", "2025-12"], "batch1/西平社区2025年第四季度工作数据（10-12月）.xlsx",
               (2026, 1, 6, 9, 0))
    t3_odd_place(W, "篁村", "2026-01", "batch1/篁村社区2026年1月工作月报.xlsx", (2026, 2, 2, 11, 0))
    t3_odd_place(W, "鸿福", "2025-11", "batch1/鸿福社区2025年11月工作月报.xlsx", (2025, 12, 2, 11, 0), "openpyxl")
    t4_unit_row(W, "宏远", "2025-11", "宏远", "batch1/宏远社区2025年11月报表.ods", (2025, 12, 3, 9, 0))
    t4_unit_row(W, "宏图", "2025-11", "宏图", "batch1/宏图社区2025年11月报表.ods", (2025, 12, 3, 9, 30))
    t4_unit_row(W, "雅园", "2025-09", "雅苑", "batch1/雅苑社区2025年9月报表.ods", (2025, 10, 8, 10, 0))
    t4_unit_row(W, "石鼓", "2026-02", "石鼓", "batch1/石鼓社区2026年2月报表.xlsx", (2026, 3, 4, 10, 0), "xlsxwriter")
    t4_unit_row(W, "元美", "2025-10", "元美", "batch1/元美社区2025年10月报表.xlsx", (2025, 11, 5, 10, 0), "openpyxl")
    t5_pairs(W, "水濂", "2026-02", "水帘", "batch1/水帘社区2026年2月工作报表.xls", (2026, 3, 4, 16, 0))
    t5_pairs(W, "周溪", "2025-12", "周溪", "batch1/周溪社区2025年12月工作报表.xls", (2026, 1, 7, 16, 0))
    t6_long(W, "亨美", "2026-03", "亨美村", "batch1/亨美村2026年3月报数.csv", (2026, 4, 2, 18, 0))
    t6_long(W, "三元里", "2025-12", "三元", "batch1/三元社区2025年12月报数.csv", (2026, 1, 6, 18, 0))
    t6_long(W, "胜和", "2026-01", "胜和社区居委会", "batch1/胜和2026年1月报数.csv", (2026, 2, 5, 18, 0))
    t3_odd_place(W, "蛤地", "2025-09", "batch1/蛤地社区2025年9月工作月报.xlsx", (2025, 10, 9, 11, 0))
    t8_eng_sheets(W, "新城", ["2026-01", "2026-02", "2026-03"], "batch1/新城社区工作报表_2026.xlsx", (2026, 4, 3, 9, 0))
