"""Community files (1): one table per month typed down a single long sheet (the month a heading row between blocks:
「2025年11月」, 「2026.02」, 「26-03」), the two-script label column, 巴彦淖尔北路's 月报, 果园路's 采暖期 台账."""
from hh_grid import Sheet, pair, val
from hh_world import BY_SHORT, MN, REG
from hh_writers import save

ITEMS = [("受理居民诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
         ("其中：供热诉求", "件", "heat"), ("矛盾纠纷调解", "起", "disputes_mediated"),
         ("新增就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
         ("实现就业", "人", "people_employed"), ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
         ("低保金", "元", "dibao_payout_yuan"), ("走访慰问困难群众", "人", "people_assisted"),
         ("发放慰问物资", "件", "goods_distributed"), ("文化活动", "场", "cultural_activities"),
         ("政策宣讲", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
         ("石榴籽家园活动", "场", "pome"), ("党员人数", "名", "party_members")]


def _item(sh, r, c, W, code, m, ind, style="n"):
    if ind == "heat":
        v = W.v[(code, m, "heating_part")]
        sh.put(r, c, v if v else "—")
    elif ind == "pome":
        sh.put(r, c, 1 + (int(m[5:]) + len(code)) % 3)
    else:
        val(sh, r, c, code, m, ind, style=style)


def long_sheet(W, short, months, heading, rel, writer, sent, sheet="Sheet1", extra=(), styles=None, title=None):
    """Every month its own small table down one sheet: a heading row (the month), 项目 | 单位 | 数量 | 备注, the rows,
    a blank row, the next month. The title names the community; no month in the title."""
    code = BY_SHORT[short]
    sh = Sheet(sheet)
    sh.merge(0, 0, 0, 3, title or (f"{REG[code]}月度工作数据" if short == "什拉门更" else f"{short}社区工作数据台账"))
    r = 2
    styles = styles or {}
    for m in months:
        sh.merge(r, 0, r, 3, heading(m))
        sh.row(r + 1, 0, ["项目", "单位", "数量", "备注"])
        r += 2
        for lab, unit, ind in ITEMS:
            sh.row(r, 0, [lab, unit])
            _item(sh, r, 2, W, code, m, ind, styles.get((m, ind), "n"))
            if ind == "heat" and W.v[(code, m, "heating_part")]:
                sh.put(r, 3, "暖气不热、管道跑冒滴漏，已含在受理数内")
            r += 1
        r += 1
    sh.put(r, 0, "填表人：　　　　　审核人：　　　　　")
    save(rel, [sh], writer, ["community_file", "months_stacked_down_one_sheet", "month_heading_rows", "repeated_header",
                             "part_row_outside", "outside_rows"] + list(extra), sent)


def bilingual_labels(W, m="2025-11", sent=(2025, 12, 3, 9, 0)):
    """光明小区: 项目 | ᠲᠥᠰᠥᠯ (the item in Mongolian) | 单位 | 本月 | 备注; 光明小区 (not 光明路)."""
    short = "光明小区"
    mo = int(m[5:])
    code = BY_SHORT[short]
    sh = Sheet(f"{mo}月")
    sh.merge(0, 0, 0, 4, f"{MN['comm']} {MN['report']}")
    sh.merge(1, 0, 1, 4, f"光明小区社区{m[:4]}年{mo}月工作报表")
    sh.row(2, 0, ["项目", MN["item"], "单位", "本月", "备注"])
    rows = [("常住户数", MN["households"], "户", "households"), ("常住人口", MN["residents"], "人", "residents"),
            ("受理诉求", MN["petition"], "件", "petitions_received"),
            ("办结诉求", "ᠭᠣᠶᠤᠴᠢᠯᠠᠯ ᠢ ᠰᠢᠶᠢᠳᠪᠦᠷᠢᠯᠠᠭᠰᠠᠨ", "件", "petitions_resolved"),
            ("调解纠纷", "ᠵᠥᠷᠢᠴᠡᠯᠳᠦᠭᠡᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ", "起", "disputes_mediated"),
            ("实现就业", f"{MN['jobs']} (ᠬᠦᠮᠦᠨ)", "人", "people_employed"),
            ("低保户", MN["dibao"], "户", "dibao_households"), ("党员", MN["party"], "名", "party_members"),
            ("结对帮扶", "ᠬᠣᠰ ᠬᠣᠯᠪᠣᠭᠳᠠᠨ ᠲᠤᠰᠠᠯᠠᠬᠤ", "对", "pairings"),
            ("注册志愿者", MN["volunteer"], "人", "volunteers"), ("社区工作者", MN["staff"], "人", "staff"),
            ("少数民族居民", MN["minority"], "人", None), ("蒙古族居民", MN["mongol"], "人", None)]
    for i, (zh, mn, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [zh, mn, unit])
        if ind:
            val(sh, r, 3, code, m, ind)
        else:
            sh.put(r, 3, W.v[(code, m, "residents")] * (21 if i == 11 else 9) // 100)
    sh.put(4, 4, "11月起进入采暖期" if mo == 11 else "3月5日学雷锋日志愿服务")
    sh.put(4 + len(rows), 0, f"光明小区社区居委会　{sent[0]}/{sent[1]}/{sent[2]}")
    save(f"batch1/光明小区社区{m[:4]}年{mo}月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "mongolian_label_column", "mongolian_header_cell", "mongolian_title_row",
          "name_prefix_of_street_trap", "ethnic_outside_rows", "footer_date_slash"], sent)


def bayannaoer(W, m="2025-12", sent=(2026, 1, 5, 10, 15)):
    """巴彦淖尔北路 2025-12: 「统计时段：2025/12/1—2025/12/31」; section heading rows; 约 / 余; 低保 「N户M人」; 清雪 note."""
    import calendar
    short, y, mo = "巴彦淖尔北路", int(m[:4]), int(m[5:])
    code = BY_SHORT[short]
    winter = mo in (11, 12, 1, 2)
    sh = Sheet(f"{mo}月")
    sh.merge(0, 0, 0, 3, "光明路街道巴彦淖尔北路社区工作月报")
    sh.merge(1, 0, 1, 3, f"统计时段：{y}/{mo}/1—{y}/{mo}/{calendar.monthrange(y, mo)[1]}")
    sh.row(2, 0, ["工作内容", "单位", "完成数", "备注"])
    blocks = [("一、民生诉求", [("接待居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                           ("人民调解", "起", "disputes_mediated", "n")]),
              ("二、就业和社会保障", [("新开发岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n"),
                             ("职业技能培训", "场", "training_sessions", "n"), ("城市低保", "户/人", "pair", ""),
                             ("低保金发放", "元", "dibao_payout_yuan", "k")]),
              ("三、冬季送温暖" if winter else "三、为老助残", [("走访慰问困难群众", "人", "people_assisted", "yue"),
                           ("发放米面油等慰问品" if winter else "发放慰问物资", "件", "goods_distributed", "yu"),
                           ("组织清雪" if winter else "65岁以上老人免费体检", "次" if winter else "人",
                            None if winter else "free_health_checks", "n")]),
              ("四、平安建设", [("治安巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
                          ("治安案件", "起", "security_cases", "wu")])]
    r = 3
    for head, rows in blocks:
        sh.merge(r, 0, r, 3, head)
        r += 1
        for lab, unit, ind, st in rows:
            sh.row(r, 0, [lab, unit])
            if ind == "pair":
                pair(sh, r, 2, code, m)
            elif ind is None:
                sh.put(r, 2, 6)
                sh.put(r, 3, "12月降雪6次，出动党员志愿者清雪")
            else:
                val(sh, r, 2, code, m, ind, style=st)
            r += 1
    sh.put(r + 1, 0, f"巴彦淖尔北路社区居委会（光明路街道）　报送时间：{sent[0]}/{sent[1]}/{sent[2]}")
    save(f"batch1/巴彦淖尔北路社区{y}年{mo}月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "name_one_char_from_other_street", "period_as_slash_date_range", "section_heading_rows",
          "approx_yue_yu", "pair_hh_persons", "thousands_text", "wu_zero", "outside_rows"], sent)


def guoyuan_ledger(W):
    """果园路 采暖期 台账: indicators down, months across 「2025.11」…「2026.03」 (text), 其中：供热诉求 row (outside)."""
    short = "果园路"
    code = BY_SHORT[short]
    months = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    sh = Sheet("采暖期台账")
    sh.merge(0, 0, 0, 7, "果园路社区2025—2026年度采暖期工作台账")
    sh.row(1, 0, ["指标", "单位"] + [f"{m[:4]}.{m[5:]}" for m in months] + ["备注"])
    items = [("受理诉求", "件", "petitions_received"), ("其中：供热诉求", "件", "heat"), ("办结诉求", "件", "petitions_resolved"),
             ("帮扶困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("流动人口", "人", "floating_population")]
    for i, (lab, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for j, m in enumerate(months):
            if ind == "heat":
                sh.put(r, 2 + j, W.v[(code, m, "heating_part")])
            else:
                val(sh, r, 2 + j, code, m, ind)
    sh.put(3, 7, "含在受理诉求内")
    sh.put(4 + len(items), 0, "果园路社区居委会　2026.04.02")
    save("batch1/果园路社区采暖期工作台账（2025.11-2026.03）.xlsx", [sh], "openpyxl",
         ["community_file", "heating_season_ledger", "months_across_dotted_text", "year_crossing", "part_row_outside"],
         (2026, 4, 2, 16, 20))


def build(W):
    long_sheet(W, "什拉门更", ["2025-11", "2025-12", "2026-01"], lambda m: f"{int(m[:4])}年{int(m[5:])}月",
               "batch1/什拉门更社区工作数据（2025年11月—2026年1月）.xlsx", "openpyxl", (2026, 2, 3, 9, 30),
               extra=["registry_name_in_title", "rare_transliterated_name", "heading_cn_year_month"])
    long_sheet(W, "西铁", ["2026-02", "2026-03", "2026-04"], lambda m: f"{m[:4]}.{m[5:]}",
               "batch1/西铁社区2026年工作数据台账.xls", "xlwt", (2026, 5, 7, 11, 0),
               extra=["xls", "heading_dotted_month", "year_only_in_headings"],
               styles={("2026-02", "people_assisted"): "yue"})
    long_sheet(W, "龙翔苑", ["2026-03", "2026-04", "2026-05"], lambda m: f"{m[2:4]}-{m[5:]}",
               "batch1/龙翔苑社区月度数据（26-03至26-05）.ods", "odfpy", (2026, 6, 4, 15, 45), sheet="数据",
               extra=["ods", "heading_yy_mm", "year_only_as_two_digits"])
    long_sheet(W, "什拉门更", ["2026-04", "2026-03", "2026-02", "2026-01", "2025-12", "2025-11"],
               lambda m: f"{int(m[:4])}年{int(m[5:])}月",
               "batch1/什拉门更社区工作数据（2025年11月—2026年4月）.xlsx", "openpyxl", (2026, 5, 6, 9, 20),
               extra=["registry_name_in_title", "grown_workbook_resent", "months_newest_first", "overlaps_earlier_file"])
    long_sheet(W, "沿河", ["2025-11", "2025-12", "2026-01"], lambda m: f"{m[:4]}/{int(m[5:])}",
               "batch1/沿河社区工作数据（冬季）.xlsx", "openpyxl", (2026, 2, 4, 17, 5), sheet="冬季",
               title="沿河社区采暖期各月工作数据", extra=["heading_slash_year_month", "no_period_in_file_name"])
    bilingual_labels(W)
    bilingual_labels(W, "2026-03", (2026, 4, 3, 9, 30))
    bayannaoer(W)
    bayannaoer(W, "2026-04", (2026, 5, 6, 10, 0))
    guoyuan_ledger(W)
