"""The street office's own files, part two: 志愿 (bilingual export), 救助系统 (HTML .xls), 党建 (.ods with hidden
rows), 为老 (CSV with a trailing 合计), 联动中心 (footnote marks), 12月 党员志愿者台账 (GBK CSV)."""
from sz_grid import Sheet, miss, prior, val
from sz_world import CODES, NAME, SHORT, STREET, STREET_CODE
from sz_writers import save

B1 = "batch1/"


def s7_zhiyuan(W):
    """A platform export with bilingual headers 「Community 社区」."""
    m = "2026-01"
    sh = Sheet("export")
    sh.put(0, 0, "数据来源：志愿江苏·苏州志愿者服务平台　导出范围：姑苏区白洋湾街道　统计月份：2026年01月")
    sh.row(1, 0, ["No. 序号", "Community 社区", "Registered volunteers 注册志愿者（人）", "New this month 本月新增（人）",
                  "Service person-times 服务人次", "Service hours 服务时长（小时）", "Hours per volunteer 人均时长"])
    r = 2
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        val(sh, r, 2, code, m, "volunteers")
        sh.put(r, 3, W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")])
        val(sh, r, 4, code, m, "volunteer_person_times")
        hours = round(W.v[(code, m, "volunteer_person_times")] * 2.6, 1)
        sh.put(r, 5, hours)
        sh.put(r, 6, round(hours / W.v[(code, m, "volunteers")], 2))
        r += 1
    sh.put(r, 0, "导出时间：2026-02-02 14:37:09")
    save(B1 + "苏州志愿者平台数据导出_白洋湾街道_202601.xlsx", [sh], "xlsxwriter",
         ["street_rows", "bilingual_header", "names_reg", "month_zero_padded_line", "outside_columns", "derived_per_person",
          "footer_date_trap", "xlsx_xlsxwriter"], (2026, 2, 2, 14, 40))


def jiuzhu_sheet(W, m, rerun=False):
    """The 社会救助信息系统 export: one row per community per 救助类型; only 城市低保 rows are the 低保 figures."""
    sh = Sheet("社会救助对象统计")
    sh.merge(0, 0, 0, 8, "江苏省社会救助信息系统　救助对象分类统计" + ("（复核后重新导出）" if rerun else ""))
    sh.row(1, 0, ["序号", "行政区划代码", "街道（镇）", "社区（村）", "救助类型", "保障户数", "保障人数", "本月发放金额（元）",
                  "统计月份"])
    r, n = 2, 1
    for code in CODES:
        for kind in ("城市低保", "低保边缘", "特困供养"):
            sh.row(r, 0, [n, code, STREET, NAME[code], kind])
            if kind == "城市低保":
                val(sh, r, 5, code, m, "dibao_households")
                val(sh, r, 6, code, m, "dibao_persons")
                val(sh, r, 7, code, m, "dibao_payout_yuan", style="c")
            else:
                h = W.out(code, m, kind, 0, 4)
                sh.put(r, 5, h)
                sh.put(r, 6, h + W.out(code, m, kind + "人", 0, 2) if h else 0)
                sh.put(r, 7, f"{h * W.out(code, m, kind + '额', 400, 1300):,}")
            sh.put(r, 8, m.replace("-", ""))
            r += 1
            n += 1
    sh.put(r, 0, "制表时间：" + ("2026-05-13 16:02" if rerun else "2026-05-08 10:26"))
    return sh


def s8_jiuzhu_export(W):
    save(B1 + "江苏省社会救助信息系统_白洋湾街道_202604.xls", [jiuzhu_sheet(W, "2026-04")], "html",
         ["street_long_export", "html_as_xls", "gbk", "code_column", "names_reg", "kind_rows_one_is_value",
          "yyyymm_column", "text_thousands", "footer_date_trap"], (2026, 5, 8, 10, 30))


def s9_dangjian(W):
    """LibreOffice .ods: two communities' first rows (stale figures) kept but hidden under the right ones."""
    m = "2026-05"
    sh = Sheet("党建")
    sh.put(0, 0, f"{STREET}2026年5月党建和新时代文明实践工作统计")
    sh.row(1, 0, ["社区", "在册党员（名）", "在职党员报到（名）", "党员结对帮扶（对）", "新时代文明实践活动（场）",
                  "理论宣讲（场次）", "备注"])
    stale = {CODES[4]: "原数据，已更正", CODES[10]: "作废"}
    r = 2
    for code in CODES:
        sh.put(r, 0, SHORT[code] + "社区")
        val(sh, r, 1, code, m, "party_members")
        sh.put(r, 2, W.out(code, m, "报到", 20, 90))
        val(sh, r, 3, code, m, "pairings")
        sh.put(r, 4, W.out(code, m, "文明实践", 3, 12))
        val(sh, r, 5, code, m, "lectures_held")
        r += 1
        if code in stale:
            sh.hidden_rows.add(r)
            sh.row(r, 0, [SHORT[code] + "社区", W.v[(code, m, "party_members")] + 7, W.out(code, m, "报到", 20, 90),
                          W.v[(code, m, "pairings")] + 3, W.out(code, m, "文明实践", 3, 12),
                          W.v[(code, m, "lectures_held")] + 2, stale[code]])
            r += 1
    sh.put(r, 0, "合计")
    for c, ind in ((1, "party_members"), (3, "pairings"), (5, "lectures_held")):
        sh.put(r, c, sum(W.v[(code, m, ind)] for code in CODES))
    sh.put(r + 1, 0, "注：5月转入党员5名、转出2名；“七一”前集中开展主题党日活动。")
    save(B1 + "白洋湾街道2026年5月党建和文明实践统计.ods", [sh], "odfpy",
         ["street_rows", "ods_libreoffice", "hidden_stale_rows", "baodao_outside", "wenming_shijian_outside",
          "total_row", "notes_numbers", "ods_odfpy"], (2026, 6, 4, 17, 5))


def s10_weilao(W):
    """UTF-8 CSV with a BOM: a title line, one header, the communities, a trailing 合计 line."""
    m = "2026-06"
    sh = Sheet("csv")
    sh.put(0, 0, f"{STREET}2026年6月为老服务统计")
    sh.row(1, 0, ["社区", "65岁以上老年人体检（人）", "体检率（%）", "走访慰问困难群众（人）", "居家养老上门服务（人次）",
                  "助餐（人次）"])
    r = 2
    tot = [0, 0, 0, 0]
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        val(sh, r, 1, code, m, "free_health_checks", style="t")
        old = int(W.v[(code, m, "residents")] * 0.17)
        sh.put(r, 2, f"{W.ytd(code, m, 'free_health_checks') / old * 100:.1f}")
        val(sh, r, 3, code, m, "people_assisted", style="t")
        a, b = W.out(code, m, "居家", 80, 400), W.out(code, m, "助餐", 200, 900)
        sh.put(r, 4, str(a))
        sh.put(r, 5, str(b))
        for j, x in enumerate((W.v[(code, m, "free_health_checks")], W.v[(code, m, "people_assisted")], a, b)):
            tot[j] += x
        r += 1
    sh.row(r, 0, ["合计", str(tot[0]), "", str(tot[1]), str(tot[2]), str(tot[3])])
    save(B1 + "白洋湾街道2026年6月为老服务统计.csv", [sh], "csv-utf8bom",
         ["street_rows", "csv_utf8_bom", "trailing_total_line", "derived_rate_ytd", "outside_columns",
          "numbers_as_text"], (2026, 7, 3, 9, 0))


def s11_liandong(W):
    """The 联动中心 summary: footnote marks glued to figures (45* / 45①), 0 and 无 and blank, grid events outside."""
    m = "2026-06"
    sh = Sheet("6月")
    sh.put(0, 0, f"{STREET}网格化社会治理联动中心2026年6月工作数据汇总")
    sh.row(1, 0, ["序号", "社区", "受理诉求（件）", "办结（件）", "网格事件上报（件）", "网格事件办结（件）", "矛盾纠纷调处（起）",
                  "治安案件（起）", "防汛巡查（人次）", "垃圾分类督导（次）"])
    starred = set(CODES[1::3])
    circ = set(CODES[2::4])
    r = 2
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, SHORT[code])
        val(sh, r, 2, code, m, "petitions_received", style="star" if code in starred else "n")
        val(sh, r, 3, code, m, "petitions_resolved", style="circ" if code in circ else "n")
        ev = W.out(code, m, "网格事件", 40, 160)
        sh.put(r, 4, ev)
        sh.put(r, 5, ev - W.out(code, m, "网格事件未结", 0, 6))
        val(sh, r, 6, code, m, "disputes_mediated")
        if code == CODES[6]:
            miss(sh, r, 7, code, m, "security_cases", "")
        else:
            val(sh, r, 7, code, m, "security_cases", style="wu" if i % 2 else "n")
        sh.put(r, 8, W.out(code, m, "防汛", 20, 90))
        sh.put(r, 9, W.out(code, m, "垃圾分类", 8, 30))
        r += 1
    sh.put(r + 1, 0, "注：* 含寒山闻钟转办件；① 含5月结转本月办结件。6月17日—6月30日入梅，防汛巡查按日累计。")
    sh.put(r + 2, 0, "联系人：陈敏　电话：0512-65328817")
    save(B1 + "白洋湾街道2026年6月联动中心工作数据汇总.xls", [sh], "xlwt",
         ["street_rows", "footnote_marks", "wu_for_zero", "blank_not_reported", "grid_events_outside",
          "notes_numbers", "phone_trap", "xls_xlwt"], (2026, 7, 6, 8, 50))


def s12_taizhang(W):
    """GBK CSV of December party members and volunteers, no title, 「白洋湾街道…社区」 names."""
    m = "2025-12"
    sh = Sheet("csv")
    sh.row(0, 0, ["统计月份", "社区", "在册党员", "党员结对帮扶（对）", "注册志愿者（人）", "志愿服务（人次）", "志愿服务时长（小时）"])
    r = 1
    for code in CODES:
        sh.row(r, 0, ["2025年12月", STREET + SHORT[code] + "社区"])
        val(sh, r, 2, code, m, "party_members")
        val(sh, r, 3, code, m, "pairings")
        val(sh, r, 4, code, m, "volunteers", style="c")
        val(sh, r, 5, code, m, "volunteer_person_times")
        sh.put(r, 6, round(W.v[(code, m, "volunteer_person_times")] * 2.4))
        r += 1
    save(B1 + "白洋湾街道党员和志愿者台账202512.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "no_title", "month_column", "names_street_prefix", "text_thousands",
          "hours_outside"], (2026, 1, 6, 10, 20))


def build(W):
    s7_zhiyuan(W)
    s8_jiuzhu_export(W)
    s9_dangjian(W)
    s10_weilao(W)
    s11_liandong(W)
    s12_taizhang(W)
